"""The consistency test of issue 14 ("One voice"): the same rounds fed to every output — the dashboard's data, the
printed review's data (and for one case the PDF itself), the workshop, ``healthdesk summary`` (text and JSON) and the
xlsx export — give the same round, the same codes and the same numbers.

Cases: the demo, and generated partnerships with a planned round next year, a gap of 1/400, a framework version
break (whose tiers differ, so the exit review depends on reading earlier rounds with their own version), a withheld
side, a blind round and a closed round a respondent was removed from.
"""

from __future__ import annotations

import dataclasses
import io
import json
import shutil
from datetime import date, timedelta
from fractions import Fraction

import pytest
from openpyxl import load_workbook

from healthdesk import framework as framework_mod
from healthdesk.analysis.numbers import fmt1, fmt2
from healthdesk.cli import main
from healthdesk.errors import ValidationError
from healthdesk.exchange import tables
from healthdesk.framework import default_framework, register_framework
from healthdesk.models.db import Database
from healthdesk.paths import DataPaths
from healthdesk.present.findings import findings_of, gap_message
from healthdesk.reports.data import collect_review_data
from healthdesk.reports.pdf import build_review
from healthdesk.services import followup, partnerships, rounds, summary
from tests.builders import add_submitted, make_partnership

TODAY = date.today()
EARLIER = TODAY - timedelta(days=400)
LAST = TODAY - timedelta(days=100)
NEXT_YEAR = date(TODAY.year + 1, 3, 1)
FW = default_framework()
IND = FW.dimensions[0].indicators[0].id  # the indicator the 1/400 case differs on


# ------------------------------------------------------------------------------------------------ the outputs


def _float_fraction(x: float | None) -> Fraction | None:
    return None if x is None else Fraction(repr(x))


def _gap_code(x: float | None) -> str | None:
    said = gap_message(_float_fraction(x))
    return None if said is None else said.code


def cli(capsys, folder, code: str, *extra: str) -> tuple[int, str]:
    rc = main(["--data-dir", str(folder), "summary", code, "--as-of", TODAY.isoformat(), *extra])
    out = capsys.readouterr().out
    return rc, out


def xlsx_rows(db, pid: int, label: str) -> list[list]:
    data = tables.collect(db, pid, label, "en")
    book = load_workbook(io.BytesIO(tables.xlsx_bytes(data)), read_only=True)
    sheet = book[tables.word("scores", "en")]
    return [list(r) for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == label]


def check_one_voice(db, folder, pid: int, capsys, *, expect_label: str | None = None) -> None:
    """Every output of one partnership agrees with the dashboard's data."""
    p = partnerships.get_partnership(db, pid)
    dash = summary.summarise_for_dashboard(db, pid, as_of=TODAY)
    ws = followup.workshop_data(db, pid, as_of=TODAY)
    chosen = dash.round
    assert chosen is not None
    if expect_label is not None:
        assert chosen.label == expect_label
    # the same round everywhere
    assert ws.round.id == chosen.id
    if not dash.visible:  # the blind rule: every output withholds the round
        assert dash.summary is None and ws.summary is None
        with pytest.raises(ValidationError) as refused:
            collect_review_data(db, pid, as_of=TODAY)
        assert refused.value.code == "results_blind"
        rc, _ = cli(capsys, folder, p.code, "--json")
        assert rc != 0
        assert xlsx_rows(db, pid, chosen.label) == []
        return
    review = collect_review_data(db, pid, as_of=TODAY)
    assert review.round.id == chosen.id
    # the same codes and numbers: dashboard, printed review and workshop
    said = findings_of(dash.summary, dash.round.status)
    assert findings_of(review.summary, review.round.status) == said
    assert findings_of(ws.summary, ws.round.status) == said
    # summary --json
    rc, out = cli(capsys, folder, p.code, "--json")
    assert rc == 0
    doc = json.loads(out)
    assert doc["round"]["id"] == chosen.id and doc["round"]["label"] == chosen.label
    assert fmt1(_float_fraction(doc["overall"]["index"])) == said.index
    assert fmt2(_float_fraction(doc["overall"]["joint"])) == said.overall
    assert doc["overall"]["tier"] == said.tier and doc["overall"]["exit_review"] == said.exit_review
    assert f"trend.{doc['trend']['kind']}" == said.trend.code
    for dim_id, value in doc["dimensions"].items():
        assert fmt2(_float_fraction(value["joint"])) == said.dimensions[dim_id]
        expected = said.gaps[dim_id]
        assert _gap_code(value["gap"]) == (None if expected is None else expected.code)
    assert [d["rule_id"] for d in doc["diagnosis"]] == [rule for rule, _ in said.diagnosis]
    assert [f"warning.{w['code']}" for w in doc["warnings"]] == [m.code for m in said.warnings]
    assert [f"withheld.{w['code']}" for w in doc["withheld"]] == [m.code for m in said.withheld]
    # summary (text)
    rc, text = cli(capsys, folder, p.code)
    assert rc == 0
    assert f"Round {chosen.label}," in text
    if said.index is not None:
        assert f"Health index: {said.index} / 100" in text
    else:
        assert "Health index: withheld" in text
    # the xlsx export of that round
    rows = xlsx_rows(db, pid, chosen.label)
    overall = next(r for r in rows if r[1] == tables.word("overall", "en"))
    assert fmt1(overall[16]) == said.index and fmt2(overall[12]) == said.overall
    dims = {r[2]: r for r in rows if r[1] == tables.word("dimension", "en")}
    fw = dash.framework
    for dim in fw.dimensions:
        row = dims[dim.name.en]
        assert fmt2(row[12]) == said.dimensions[dim.id]
        expected = said.gaps[dim.id]
        assert _gap_code(row[13]) == (None if expected is None else expected.code)
        assert (row[14] == "yes") == (dim.id in said.flagged)


# ------------------------------------------------------------------------------------------------ the cases


@pytest.fixture
def db(data_dir):
    database = Database.open(data_dir)
    yield database
    database.close(backup="never")


def _round(db, p, label, start, a, b, **kw):
    kw.setdefault("share_when_closed", False)  # the xlsx export of an open round is compared too
    r = rounds.create_round(db, p.id, label, start, **kw)
    add_submitted(db, r.id, "A", a, prefix=label)
    add_submitted(db, r.id, "B", b, prefix=label)
    return r


def test_a_planned_round_next_year(db, data_dir, capsys):
    p = make_partnership(db)
    _round(db, p, "Earlier", EARLIER, [3, 3, 4], [3, 2, 3])
    _round(db, p, "Real", LAST, [4, 4, 3], [3, 3, 2])
    rounds.create_round(db, p.id, "Planned", NEXT_YEAR)
    check_one_voice(db, data_dir, p.id, capsys, expect_label="Real")


def test_a_gap_of_one_four_hundredth(db, data_dir, capsys, tmp_path):
    p = make_partnership(db)
    r = rounds.create_round(db, p.id, "Tiny gap", LAST)
    # CloudSoft: 16 respondents, mean 25/16; HardCo: 25 respondents, mean 39/25; the gap is 1/400
    add_submitted(db, r.id, "A", [{IND: 2}] * 9 + [{IND: 1}] * 7)
    add_submitted(db, r.id, "B", [{IND: 2}] * 14 + [{IND: 1}] * 11)
    rounds.set_round_status(db, r.id, "closed")
    dash = summary.summarise_for_dashboard(db, p.id, as_of=TODAY)
    assert dash.summary.scores.indicators[IND].gap == Fraction(1, 400)
    check_one_voice(db, data_dir, p.id, capsys, expect_label="Tiny gap")
    # on paper too: "the same", never "sees 0.00 higher"
    out = build_review(tmp_path / "tiny.pdf", collect_review_data(db, p.id, as_of=TODAY), "en")
    from pypdf import PdfReader

    text = " ".join((page.extract_text() or "") for page in PdfReader(str(out)).pages)
    assert "0.00 higher" not in " ".join(text.split())
    assert "Both partners see it the same" in " ".join(text.split())


@pytest.fixture
def version_two():
    """healthdesk-default@2: the same questions, but bronze starts at 60 (an index of 50 is yellow in it)."""
    tiers = tuple(dataclasses.replace(t, min_index=Fraction(60)) if t.id == "bronze" else t for t in FW.tiers)
    fw2 = dataclasses.replace(FW, version="2", tiers=tiers)
    register_framework(fw2)
    yield fw2
    framework_mod._installed().pop(fw2.key, None)


def test_a_version_break_with_other_tiers(db, data_dir, capsys, version_two):
    p = make_partnership(db)
    _round(db, p, "V1 a", EARLIER, [3, 3, 3], [3, 3, 3])  # index 50: bronze in version 1, yellow in 2
    _round(db, p, "V1 b", EARLIER + timedelta(days=150), [3, 3, 3], [3, 3, 3])
    _round(db, p, "V2", LAST, [2, 2, 2], [2, 2, 2], framework_key=version_two.key)  # index 25: yellow
    dash = summary.summarise_for_dashboard(db, p.id, as_of=TODAY)
    assert dash.summary.trend.kind == "version_break"
    assert dash.summary.tier == "yellow" and not dash.summary.exit_review  # earlier rounds read in version 1
    check_one_voice(db, data_dir, p.id, capsys, expect_label="V2")


def test_a_withheld_side(db, data_dir, capsys):
    p = make_partnership(db)
    _round(db, p, "Before", EARLIER, [4, 4, 4], [3, 3, 3])
    _round(db, p, "Short", LAST, [4, 3, 4], [2, 2])  # HardCo below the threshold of 3
    dash = summary.summarise_for_dashboard(db, p.id, as_of=TODAY)
    assert dash.summary.scores.index is None
    check_one_voice(db, data_dir, p.id, capsys, expect_label="Short")


def test_a_blind_round(db, data_dir, capsys):
    p = make_partnership(db)
    _round(db, p, "Open book", EARLIER, [4, 4, 4], [3, 3, 3])
    _round(db, p, "Blind", LAST, [4, 3, 4], [2, 2], blind=True)
    check_one_voice(db, data_dir, p.id, capsys, expect_label="Blind")


def test_a_closed_round_a_respondent_was_removed_from(db, data_dir, capsys):
    p = make_partnership(db)
    r = _round(db, p, "Closed", LAST, [4, 4, 3], [3, 3, 2])
    silent = rounds.add_respondent(db, r.id, "Silent", "B", "Engineer")
    rounds.set_round_status(db, r.id, "closed")
    check_one_voice(db, data_dir, p.id, capsys, expect_label="Closed")  # results kept with 4 invited
    rounds.set_round_status(db, r.id, "open")  # nobody leaves a closed round: reopened, then closed again
    rounds.remove_respondent(db, silent.id)
    rounds.set_round_status(db, r.id, "closed")
    check_one_voice(db, data_dir, p.id, capsys, expect_label="Closed")
    assert summary.summarise_for_dashboard(db, p.id, as_of=TODAY).summary.scores.sides["B"].invited == 3


def test_the_demo(demo_file, tmp_path, capsys):
    folder = tmp_path / "demo"
    folder.mkdir()
    shutil.copy(demo_file, DataPaths(folder).database)
    database = Database.open(folder)
    try:
        for p in partnerships.list_partnerships(database):
            if p.rounds:
                check_one_voice(database, folder, p.id, capsys)
    finally:
        database.close(backup="never")
