"""The printed JMC review: numbers from the scoring engine, languages, page numbers, withheld cases, hostile text,
fonts, atomic writing and the command line. Each test builds its own small partnership through the services."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from healthdesk.analysis.numbers import fmt1, fmt2
from healthdesk.framework import default_framework, installed_frameworks
from healthdesk.reports import catalogue, fonts, style
from healthdesk.reports.data import ActionItem, DecisionItem, FollowUp, GoalItem, collect_review_data
from healthdesk.reports.pdf import build_review, user_text
from healthdesk.reports.sample import HOSTILE, build_sample

FW = default_framework()


def pdf_text(path: Path) -> tuple[list[str], PdfReader]:
    reader = PdfReader(str(path))
    return [page.extract_text() or "" for page in reader.pages], reader


def flat(text: str) -> str:
    """Extracted text without line breaks (a wrapped line comes back in pieces)."""
    return re.sub(r"\s+", "", text)


def row(text: str, first_cell: str, cells: int) -> list[str]:
    """A table row as pypdf gives it back: the first cell's line, then one line per further cell."""
    lines = [line.strip() for line in text.splitlines()]
    at = lines.index(first_cell)
    return lines[at : at + cells]


def review(
    db, tmp_path: Path, lang: str = "en", paper: str = "a4", **data_kw
) -> tuple[Path, list[str], PdfReader]:
    data = collect_review_data(db, "CSHK", as_of=date(2024, 12, 1), **data_kw)
    out = build_review(tmp_path / f"review-{lang}-{paper}.pdf", data, lang, paper)
    pages, reader = pdf_text(out)
    return out, pages, reader


def test_numbers_come_from_the_scoring_engine(db, tmp_path):
    build_sample(db, 3, per_side=3)
    data = collect_review_data(db, "CSHK", as_of=date(2024, 12, 1))
    out = build_review(tmp_path / "r.pdf", data, "en")
    pages, reader = pdf_text(out)
    summary = pages[1]
    sc = data.scores
    assert "Executive summary" in summary
    assert fmt1(sc.index) in summary
    for dim in FW.dimensions:
        jv = sc.dimensions[dim.id]
        cells = row(summary, dim.name.en, 7)
        assert cells[1:4] == [
            fmt2(sc.sides["A"].dimensions[dim.id]),
            fmt2(sc.sides["B"].dimensions[dim.id]),
            fmt2(jv.joint),
        ], cells
    # The largest gap, said as who sees it higher.
    gaps = sorted((jv for jv in sc.indicators.values() if jv.gap is not None), key=lambda jv: -abs(jv.gap))
    top = gaps[0]
    who = "CloudSoft" if top.gap > 0 else "硬核科技"
    if top.gap:
        assert f"{who} sees {fmt2(abs(top.gap))} higher" in summary
    # The indicator table has every indicator's joint value.
    results = "\n".join(pages)
    for ind in FW.indicators:
        assert fmt2(sc.indicators[ind.id].joint) in results
    # Page X of Y on every page; the confidentiality marking too.
    total = len(reader.pages)
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of {total}" in page
        assert "Confidential — prepared for the Joint Management Committee" in page
    # Cover: partners' full names, round, produced date, who prepared it.
    cover = pages[0]
    for text in (
        "CloudSoft Software Co., Ltd.",
        "硬核科技股份有限公司",
        sc.label,
        data.produced.isoformat(),
        "Li Na",
    ):
        assert text in cover
    # Metadata and outline.
    meta = reader.metadata
    assert "Partnership health review" in meta.title and sc.label in meta.title
    assert meta.author == "Li Na" and meta.creator.startswith("HealthDesk")
    assert "CloudSoft × 硬核科技" in meta.subject
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    for title in ("Executive summary", "Results", "Voices: problems described", "Method", "Sign-off"):
        assert title in outline
    # Sign-off names both partners' JMC members.
    assert "Alice Chen" in pages[-1] and "王建国" in pages[-1]


def test_chinese_review(db, tmp_path):
    build_sample(db, 2, per_side=3)
    _out, pages, reader = review(db, tmp_path, "zh")
    total = len(reader.pages)
    for n, page in enumerate(pages, 1):
        assert f"第 {n} 页，共 {total} 页" in page
        assert "机密 — 仅供联合管理委员会使用" in page
    joined = "\n".join(pages)
    assert "执行摘要" in pages[1] and "合作健康度评审报告" in pages[0]
    for dim in FW.dimensions:
        assert dim.name.zh in joined
    assert "Executive summary" not in joined and "Strategic alignment" not in joined
    assert reader.metadata.title.startswith("合作健康度评审报告")


def test_bilingual_on_letter_paper(db, tmp_path):
    build_sample(db, 2, per_side=3)
    _out, pages, reader = review(db, tmp_path, "bilingual", "letter")
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    summary = pages[1]
    assert "Executive summary / 执行摘要" in summary
    assert "Strategic alignment / 战略协同" in summary
    assert "Page 2 of" in summary and "第 2 页，共" in summary


def test_side_below_threshold_is_withheld_and_says_why(db, tmp_path):
    build_sample(db, 2, per_side=3, short_side={2: ("B", 2)})
    _out, pages, _reader = review(db, tmp_path)
    assert "Health index withheld" in pages[1]
    assert flat("withheld: 硬核科技 below threshold (2 of 3 required responses)") in flat(pages[1])
    voices = next(p for p in pages if "Voices" in p)
    assert "硬核科技: withheld — 2 of 3 required responses." in voices
    # B's side values are never printed as numbers: every B cell of the dimension table is a dash.
    for dim in FW.dimensions:
        cells = row(pages[1], dim.name.en, 7)
        assert cells[1] != style.DASH and cells[2] == style.DASH and cells[3] == style.DASH, cells


def test_lowered_threshold_is_stated_with_its_reason(db, tmp_path):
    build_sample(
        db, 2, per_side=2, lowered={2: (2, "Only two executives on the B side run the partnership.")}
    )
    _out, pages, _reader = review(db, tmp_path)
    method = next(p for p in pages if "Method" in p and "Respondents" in p)
    assert "lowered from 3 to 2" in method
    assert "Only two executives on the B side run the partnership." in method.replace("\n", " ")


def test_hostile_text_comes_out_as_written(db, tmp_path):
    long_word = "Ω" * 10 + "x" * 4990  # a 5,000-character comment with no space
    build_sample(db, 2, per_side=3, problem_text=HOSTILE, comment_text=long_word)
    out, pages, reader = review(db, tmp_path)
    total = len(reader.pages)
    # The page frame (header and footer) drawn between the pieces of a text that runs over a page break.
    frame = [flat(f"Page {n} of {total}") for n in range(total, 0, -1)]
    frame += [
        flat("Confidential — prepared for the Joint Management Committee"),
        flat("CloudSoft × 硬核科技 Industry Solution") + flat("Round 2021-H2"),
        flat("PRELIMINARY — the round is still open; results may change until it is closed"),
    ]
    joined = flat("\n".join(pages))
    for piece in frame:
        joined = joined.replace(piece, "")
    for piece in ("<b>bold?</b>", "&<img", "src='/etc/passwd'/>", "]]>", "<unclosed<para>", "<!--c-->"):
        assert piece in joined, piece
    assert "😀" in joined  # the emoji, drawn from the fallback font (Symbola)
    assert ("Supercalifragilisticexpialidocious" * 20) in joined
    assert "长文本没有空格" * 60 in joined
    assert "x" * 4990 in joined  # the whole comment, wrapped across lines and pages, nothing lost
    assert out.stat().st_size > 0


def test_user_text_is_never_markup():
    assert user_text("<b>x</b> & y\nz") == "&lt;b&gt;x&lt;/b&gt; &amp; y<br/>z"
    assert user_text("a\x00b\x07c\td") == "a b c d"
    assert user_text("😀") == "😀"  # a fallback font has it
    assert user_text("𠀀") == "𠀀"  # CJK Extension B: HanaMinB has it
    assert (
        user_text("\U0010fffd") == fonts.REPLACEMENT
    )  # private use: no bundled font has it, visibly replaced
    assert user_text("\ud800") == fonts.REPLACEMENT  # a lone surrogate from a broken import


def test_every_symbol_and_catalogue_text_is_in_the_bundled_font():
    assert fonts.missing(style.SYMBOLS) == []
    assert fonts.missing(catalogue.all_texts()) == []
    for fw in installed_frameworks():
        texts = [fw.name.en, fw.name.zh]
        for dim in fw.dimensions:
            texts += [dim.name.en, dim.name.zh]
            for ind in dim.indicators:
                texts += [ind.name.en, ind.name.zh]
        for rule in fw.diagnosis:
            texts += [rule.name.en, rule.name.zh, rule.explanation.en, rule.explanation.zh]
            texts += [s.en + s.zh for s in rule.next_steps]
        for tier in fw.tiers:
            texts += [tier.name.en, tier.name.zh]
        assert fonts.missing("".join(texts)) == [], fw.key
    # And the glyphs that the font lacks are known to be missing (the check itself works).
    assert fonts.missing("𠀀►\U0010fffd") == [
        "\U0010fffd"
    ]  # private use: in no bundled font (𠀀 HanaMinB, ► Symbola)


@pytest.mark.skipif(not shutil.which("pdffonts") or not shutil.which("pdftotext"), reason="poppler-utils")
def test_fonts_are_embedded_and_chinese_comes_back_out(db, tmp_path):
    build_sample(db, 2, per_side=3)
    out, _pages, _reader = review(db, tmp_path, "bilingual")
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    assert rows, listing
    for row in rows:
        assert re.search(r"\byes\s+yes\s+yes\b", row), f"font not embedded: {row}"
    assert "Helvetica" not in listing
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "执行摘要" in text and "硬核科技" in text and "战略协同" in text


def test_follow_up_data_is_printed(db, tmp_path):
    build_sample(db, 2, per_side=3)
    follow = FollowUp(
        goals=(
            GoalItem(
                "top", "Jointly lead the smart-factory segment", "Alice Chen", "王建国", date(2026, 12, 31)
            ),
        ),
        actions=(
            ActionItem("Set up a standing JPT", "Li Na", "A", date(2025, 3, 1), "in_progress", "operations"),
        ),
        decisions=(
            DecisionItem("Approve the shared reward fund <b>2M</b>", "Alice Chen", date(2025, 1, 15)),
        ),
    )
    _out, pages, _reader = review(db, tmp_path, follow_up=follow)
    assert "Approve the shared reward fund <b>2M</b>" in pages[1]  # decisions needed, on the summary page
    joined = "\n".join(pages)
    assert "Jointly lead the smart-factory segment" in joined and "Top-level goal" in joined
    assert "Set up a standing JPT" in joined and "in progress" in joined


def test_without_follow_up_data_a_page_to_fill_in(db, tmp_path):
    build_sample(db, 1, per_side=3)
    _out, pages, _reader = review(db, tmp_path)
    page = next(p for p in pages if "Follow-up: actions and decisions" in p)
    assert "No action plan has been recorded" in page and "Decision" in page and "Owner" in page
    assert "Only one round so far" in "\n".join(pages)


def test_sections_and_progress(db, tmp_path):
    build_sample(db, 2, per_side=3)
    data = collect_review_data(db, "CSHK", as_of=date(2024, 12, 1))
    calls: list[tuple[int, int]] = []
    out = build_review(
        tmp_path / "s.pdf",
        data,
        "en",
        sections={"summary", "method"},
        progress=lambda done, total: calls.append((done, total)),
    )
    pages, _reader = pdf_text(out)
    assert len(pages) == 2 and "Executive summary" in pages[0] and "Method" in pages[1]
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1]
    assert all(a[0] <= b[0] for a, b in zip(calls, calls[1:], strict=False))
    with pytest.raises(ValueError):
        build_review(tmp_path / "x.pdf", data, "fr")


def test_a_failed_export_leaves_the_old_file_and_no_temporary_file(db, tmp_path, monkeypatch):
    build_sample(db, 1, per_side=3)
    data = collect_review_data(db, "CSHK", as_of=date(2024, 12, 1))
    target = tmp_path / "out" / "review.pdf"
    target.parent.mkdir()
    target.write_bytes(b"the previous review")
    from healthdesk.reports.sections import method

    def broken(wr, d):  # noqa: ANN001
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(method, "method", broken)
    with pytest.raises(RuntimeError):
        build_review(target, data, "en")
    assert target.read_bytes() == b"the previous review"
    assert sorted(p.name for p in target.parent.iterdir()) == ["review.pdf"]


def test_history_stops_at_the_chosen_round(db, tmp_path):
    build_sample(db, 3, per_side=3)
    data = collect_review_data(db, "CSHK", round_label="2022-H1", as_of=date(2024, 12, 1))
    assert [s.label for s in data.history] == ["2021-H1", "2021-H2", "2022-H1"]
    data = collect_review_data(db, "CSHK", as_of=date(2021, 10, 1))
    assert data.round.label == "2021-H2"


def test_command_line_writes_the_review_while_the_app_holds_the_folder(db, data_dir, tmp_path, capsys):
    from healthdesk.cli import main
    from healthdesk.services import rounds

    build_sample(db, 2, per_side=3)  # ``db`` (a writer) stays open: the command must read only
    rounds.set_round_sharing(db, rounds.find_round(db, "CSHK").id, False)  # the open round: preliminary
    out = tmp_path / "cli.pdf"
    code = main(
        [
            "--data-dir",
            str(data_dir),
            "report",
            "CSHK",
            "--lang",
            "zh",
            "--paper",
            "letter",
            "--as-of",
            "2024-12-01",
            "-o",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    pages, _reader = pdf_text(out)
    assert "执行摘要" in pages[1]
    assert main(["--data-dir", str(data_dir), "report", "CSHK", "--round", "nope", "-o", str(out)]) == 1
    assert "round not found: nope" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "report", "CSHK", "--lang", "fr", "-o", str(out)]) == 2


def test_demo_partnerships_all_print(db, tmp_path):
    from healthdesk.demo import build_demo
    from healthdesk.services.partnerships import list_partnerships

    build_demo(db)
    langs = ("en", "zh", "bilingual")
    for n, p in enumerate(list_partnerships(db)):
        if not p.rounds:
            continue
        data = collect_review_data(db, p.id, as_of=date(2025, 6, 30))
        out = build_review(
            tmp_path / f"demo{n}.pdf", data, langs[n % 3], sections={"summary", "results", "voices"}
        )
        pages, reader = pdf_text(out)
        assert len(reader.pages) >= 3
        if data.scores.index is not None and langs[n % 3] != "zh":
            assert fmt1(data.scores.index) in pages[0]


def test_follow_up_recorded_through_the_services_is_printed(db, tmp_path):
    from healthdesk.services import followup as fu

    build_sample(db, 2, per_side=3)
    fu.create_goal(
        db, "CSHK", fu.GoalInput(level="top", title="Jointly lead the steel segment", owner_a="Alice")
    )
    fu.create_action(
        db, "CSHK", fu.ActionInput(title="Name one counterpart per topic", owner="王建国", owner_side="B")
    )
    fu.create_decision(db, "CSHK", fu.DecisionInput(text="Approve the joint lab budget"))
    _out, pages, _reader = review(db, tmp_path, "zh")
    assert "Approve the joint lab budget" in pages[1]  # decisions needed, on the summary page
    joined = "\n".join(pages)
    assert "Jointly lead the steel segment" in joined and "顶层目标" in joined
    assert "Name one counterpart per topic" in joined
    assert "王建国（硬核科技）" in flat(joined)  # the owner with the partner's label, full-width in Chinese
    assert "负责人：王建国" in flat(joined)


def test_a_blind_round_is_not_printed_before_both_sides_answered(db, tmp_path, data_dir, capsys):
    from healthdesk.cli import main
    from healthdesk.errors import ValidationError
    from healthdesk.services import rounds

    info = build_sample(db, 1, per_side=3)
    rnd = rounds.create_round(db, info.id, "Blind", date(2024, 9, 1), blind=True)
    rounds.add_respondent(db, rnd.id, "Someone", "A")
    with pytest.raises(ValidationError) as caught:
        collect_review_data(db, "CSHK", round_label="Blind")
    assert caught.value.code == "results_blind"
    out = tmp_path / "blind.pdf"
    assert main(["--data-dir", str(data_dir), "report", "CSHK", "--round", "Blind", "-o", str(out)]) == 1
    assert "blind" in capsys.readouterr().err and not out.exists()


def test_kpi_breaches_and_overdue_actions_are_printed(db, tmp_path):
    from healthdesk.services import followup as fu

    build_sample(db, 2, per_side=3)
    kpi = fu.create_kpi(
        db,
        "CSHK",
        fu.KpiInput(name="Customer churn", alert_threshold=10, direction="above", unit="%", target=5),
    )
    fu.record_kpi_value(db, kpi.id, "2024 Q3", "2024-09-30", 12.5)
    fu.create_action(
        db, "CSHK", fu.ActionInput(title="Win back lost accounts", owner="Li", due_date="2024-10-31")
    )
    _out, pages, _reader = review(db, tmp_path, "zh")
    joined = flat("\n".join(pages))
    assert "联合KPI" in joined and "Customerchurn" in joined
    assert "12.5%(2024Q3)" in joined and "高于10%" in joined and "超出预警" in joined
    assert "已逾期" in joined
