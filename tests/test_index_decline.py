"""The honest headline (issue 16, section 3): an overall-index decline warning (``index_falling``) from the
framework rules (defaults in code: 3 consecutive falls, or 10 points within 4 rounds), shown by every output, and
the printed headline's change over the period as well as since the last round.

The issue's case: the index fell 67.9 → 37.9 over four rounds, the last step only −5.7 ("▶ −5.7", steady)."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from fractions import Fraction

import pytest
from pypdf import PdfReader

from healthdesk.analysis.scoring import summarise
from healthdesk.cli import main
from healthdesk.errors import ValidationError
from healthdesk.framework import default_framework, parse_framework
from healthdesk.framework import frameworks_dir as fw_dir
from healthdesk.present.findings import findings_of, warning_message
from healthdesk.reports.data import collect_review_data
from healthdesk.reports.pdf import build_review
from healthdesk.services import rounds, summary
from tests.builders import add_submitted, make_partnership
from tests.test_scoring import uniform

FW = default_framework()
TODAY = date(2026, 8, 1)
STARTS = [date(2025, 1, 10), date(2025, 7, 10), date(2026, 1, 10), date(2026, 7, 10)]


def _with_index(round_id: int, start: date, index: Fraction, fw=FW):
    sc = uniform(round_id, start, 3, fw=fw)
    return dataclasses.replace(sc, index=index, overall=1 + index / 25)


def _summary(indexes: list[Fraction], fw=FW):
    history = [_with_index(n + 1, date(2024, 1, 1 + n), x, fw) for n, x in enumerate(indexes)]
    return summarise(history, len(history), date(2024, 2, 1), fw)


def _decline(indexes, fw=FW):
    return [w for w in _summary(indexes, fw).warnings if w.code == "index_falling"]


def test_the_issues_case_warns_though_the_last_step_reads_steady():
    got = _summary([Fraction("67.9"), Fraction(55), Fraction("43.6"), Fraction("37.9")])
    assert got.trend.overall.direction == "flat"  # −5.7 is under the trend step: the old headline said "▶"
    (warning,) = [w for w in got.warnings if w.code == "index_falling"]
    p = warning.params
    assert (p["from_label"], p["from_index"], p["index"], p["rounds"], p["falls"]) == (
        "R1",
        Fraction("67.9"),
        Fraction("37.9"),
        4,
        3,
    )
    said = warning_message(warning)
    assert said.params["change"] == "-30.0" and said.params["from_index"] == "67.9"
    assert got.warnings[0].code == "index_falling"  # first: the most important thing to say


@pytest.mark.parametrize(
    ("indexes", "expected"),
    [
        ([60, 59, 58, 57], 4),  # three consecutive falls (four rounds), however small
        ([60, 59, 58], None),  # two falls, 2 points: not yet
        ([70, 58, 60, 59], 4),  # 11 points below the highest of the last four rounds
        ([70, 50, 60, 62, 61], None),  # 70 is five rounds back, outside the window of four
        ([50, 60, 65, 70], None),  # rising
        ([70, 60], 2),  # a fall of 10 points in one round is enough
        ([70], None),  # a baseline
    ],
)
def test_the_rule_with_the_default_limits(indexes, expected):
    found = _decline([Fraction(x) for x in indexes])
    assert (found[0].params["rounds"] if found else None) == expected


def test_a_framework_file_may_name_the_limits_and_the_shipped_one_does_not():
    raw = json.loads((fw_dir() / "healthdesk-default-1.json").read_text(encoding="utf-8"))
    assert not {"index_falling_rounds", "index_drop", "index_drop_rounds"} & set(raw["rules"])
    assert (FW.index_falling_rounds, FW.index_drop, FW.index_drop_rounds) == (3, 10, 4)
    raw["rules"].update(index_falling_rounds=2, index_drop=25, index_drop_rounds=3)
    strict = parse_framework({**raw, "version": "strict"})
    assert [w.params["falls"] for w in _decline([Fraction(x) for x in (60, 59, 58)], strict)] == [2]
    assert _decline([Fraction(x) for x in (70, 58, 60, 59)], strict) == []  # 11 < 25 points
    raw["rules"]["index_drop_rounds"] = 1
    with pytest.raises(ValidationError):
        parse_framework(raw)


def test_a_version_break_starts_the_count_again():
    fw2 = parse_framework(
        {**json.loads((fw_dir() / "healthdesk-default-1.json").read_text(encoding="utf-8")), "version": "2"}
    )
    history = [_with_index(1, date(2024, 1, 1), Fraction(80)), _with_index(2, date(2024, 1, 2), Fraction(75))]
    history += [
        _with_index(3, date(2024, 1, 3), Fraction(74), fw2),
        _with_index(4, date(2024, 1, 4), Fraction(73), fw2),
    ]
    got = summarise(history, 4, date(2024, 2, 1), fw2)
    assert [w.code for w in got.warnings if w.code == "index_falling"] == []


# ----------------------------------------------------------------------------------------- every output


def _scores(total: int, people: int) -> list[dict[str, int]]:
    """``people`` respondents whose answers (10 each) add up to ``total``, spread as evenly as possible."""
    ids = [ind.id for ind in FW.indicators]
    cells = people * len(ids)
    base, extra = divmod(total, cells)
    flat = [base + (1 if k < extra else 0) for k in range(cells)]
    return [dict(zip(ids, flat[n * len(ids) : (n + 1) * len(ids)], strict=True)) for n in range(people)]


@pytest.fixture
def falling(db):
    """Four closed rounds, 3 + 4 respondents each: index 67.9, 55.0, 43.6, 37.9 (the last step −5.7)."""
    p = make_partnership(db)
    # index = (4·A + 3·B − 240) · 5/48 with A, B the sums of side A's 30 and side B's 40 answers
    for n, (start, (a, b)) in enumerate(
        zip(STARTS, [(130, 124), (120, 96), (95, 93), (85, 88)], strict=True)
    ):
        r = rounds.create_round(db, p.id, f"R{n + 1}", start)
        add_submitted(db, r.id, "A", _scores(a, 3))
        add_submitted(db, r.id, "B", _scores(b, 4))
        rounds.set_round_status(db, r.id, "closed")
    return db, p


def test_every_output_says_the_index_fell(falling, data_dir, capsys, tmp_path, qapp):
    db, p = falling
    dash = summary.summarise_for_dashboard(db, p.id, as_of=TODAY)
    assert [s.index is not None and round(float(s.index), 1) for s in dash.history] == [
        67.9,
        55.0,
        43.6,
        37.9,
    ]
    assert "warning.index_falling" in findings_of(dash.summary, dash.round.status).codes

    # the dashboard's words (Qt), in English and Chinese
    from healthdesk.ui.dashboard.page import ResultTexts

    (warning,) = [w for w in dash.summary.warnings if w.code == "index_falling"]
    en = ResultTexts("en").warning_sentence(warning, dash.framework, {"A": "A", "B": "B"})
    assert en.startswith("The health index fell from 67.9 (R1) to 37.9 over 4 rounds (-30.0).")
    assert "3 consecutive rounds" in en
    assert ResultTexts("en").warning_step(warning, dash.framework)

    # the command line: text and JSON
    assert main(["--data-dir", str(data_dir), "summary", p.code, "--as-of", TODAY.isoformat()]) == 0
    text = capsys.readouterr().out
    assert "the health index fell from 67.9 (R1) to 37.9 over 4 rounds (-30.0)" in text
    assert main(["--data-dir", str(data_dir), "summary", p.code, "--as-of", TODAY.isoformat(), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    (item,) = [w for w in doc["warnings"] if w["code"] == "index_falling"]
    assert item["params"]["from_label"] == "R1" and item["params"]["falls"] == 3
    assert item["params"]["rounds"] == 4 and round(item["params"]["change"], 1) == -30.0
    assert "fell from 67.9" in item["message"]

    # the printed review: the warning, and the headline's change over the period as well as since the last round
    data = collect_review_data(db, p.id, as_of=TODAY)
    for lang, warn, period, last in [
        (
            "en",
            "The health index fell from 67.9 (R1) to 37.9 over 4 rounds (-30.0).",
            "-30.0 since R1",
            "-5.7",
        ),
        ("zh", "健康指数在4轮中从67.9（R1）降至37.9（-30.0）。", "自R1以来-30.0", "-5.7"),
    ]:
        out = build_review(tmp_path / f"fall-{lang}.pdf", data, lang, sections={"summary"})
        page = "".join("".join((pg.extract_text() or "") for pg in PdfReader(str(out)).pages).split())
        assert "".join(warn.split()) in page
        assert "".join(period.split()) in page and last in page


def test_the_index_steps_arrow_is_the_decline_rules_down_arrow_in_every_output():
    """The dashboard tile and the workshop overview show one arrow for the index's last step: ▼ for a fall while
    the decline rule holds (here the last step, −5.7, would read steady on its own), else the step's own."""
    from healthdesk.present.findings import index_step_arrow, trend_message
    from healthdesk.present.symbols import ARROWS

    falling = _summary([Fraction("67.9"), Fraction(55), Fraction("43.6"), Fraction("37.9")])
    assert trend_message(falling.trend).params["arrow"] == ARROWS["flat"]
    assert index_step_arrow(falling) == ARROWS["down"]
    assert index_step_arrow(_summary([Fraction(40), Fraction(60)])) == ARROWS["up"]
    assert (
        index_step_arrow(_summary([Fraction(50), Fraction("44.3")])) == ARROWS["flat"]
    )  # no warning: steady
    assert index_step_arrow(_summary([Fraction(40)])) == ""  # the baseline
