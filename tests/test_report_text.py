"""The printed review keeps text exactly as written (issue 16, section 2): paragraphs that run over a page break
keep every space, Latin text wraps at spaces (never inside a word), Chinese wraps between characters without stray
spaces, headings stay with their first item, an action stays with its owner and status line, and no page but the
last is nearly empty. Checked on the PDF itself with pdftotext (poppler-utils) and pypdf."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table

from healthdesk.framework import default_framework
from healthdesk.reports import style
from healthdesk.reports.data import ActionItem, DecisionItem, FollowUp, collect_review_data
from healthdesk.reports.fonts import register_reportlab
from healthdesk.reports.pdf import _styles, arrange, build_review
from healthdesk.reports.sample import build_sample
from healthdesk.reports.wrap import Paragraph, break_points

poppler = pytest.mark.skipif(
    not shutil.which("pdftotext") or not shutil.which("pdftoppm"), reason="poppler-utils"
)

SENTENCE = (
    "the escalation pilot stalled because both sides budgets were frozen until the steering group met again "
    "communication cost rose and services launched late in three provinces while nobody owned the customer "
    "interface nor the quarterly forecast so the partnership's credibility suffered internationally"
)
VOCABULARY = SENTENCE.split(" ")
ENGLISH = " ".join(VOCABULARY[(7 * k) % len(VOCABULARY)] + ("," if k % 11 == 10 else "") for k in range(300))
CHINESE = "".join(
    "双方在联合解决方案上的投入不对等，" if k % 3 == 0 else "客户反馈收集后没有共享给对方团队。"
    for k in range(50)
)
MIXED = " ".join(
    f"云启 的 escalation pilot 第{k}次延期，sides budgets 冻结；CloudSoft 与硬核科技的 communication cost 上升。"
    for k in range(16)
)


def latin_words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9']+", text)


def cjk_chars(text: str) -> str:
    return "".join(re.findall(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]", text))


def contains_run(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def body_text(pdf: Path) -> list[str]:
    """The text of each page's body frame (header and footer cropped off), as pdftotext reads it."""
    reader = PdfReader(str(pdf))
    pages = []
    for n, page in enumerate(reader.pages, 1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        top = round(19 * mm)
        crop = ["-x", "0", "-y", str(top), "-W", str(round(width)), "-H", str(round(height - top - 18 * mm))]
        out = subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), *crop, str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        pages.append(out)
    return pages


def page_fill(pdf: Path) -> list[float]:
    """For each page, how far down its body frame the lowest ink reaches (0 empty, 1 full), from a rendering."""
    from PIL import Image

    folder = pdf.parent / f"{pdf.stem}-fill"
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", "30", "-gray", str(pdf), str(folder / "p")], check=True)
    fills = []
    for image_path in sorted(folder.glob("p-*.pgm"), key=lambda p: int(p.stem.split("-")[1])):
        image = Image.open(image_path)
        w, h = image.size
        px = 30 / 25.4
        top, bottom = int(style.TOP_MARGIN_MM * px), h - int(style.BOTTOM_MARGIN_MM * px)
        pixels = image.load()
        last = top
        for y in range(top, bottom):
            if any(pixels[x, y] < 200 for x in range(w)):
                last = y
        fills.append((last - top) / (bottom - top))
    return fills


# --------------------------------------------------------------------------------------------- line breaking


def test_breaks_fall_at_spaces_in_latin_text_and_between_chinese_characters():
    text = "communication cost，双方（主观评估）。"
    points = break_points(text)
    assert text.index("cost") in points  # after the space
    for k in range(1, len("communication")):
        assert k not in points  # never inside an English word
    assert text.index("，") not in points  # closing punctuation never starts a line
    assert text.index("主") not in points  # opening punctuation never ends one
    assert text.index("双") + 1 in points  # between two Chinese characters


@poppler
def test_table_cells_wrap_english_at_spaces_and_chinese_between_characters(tmp_path):
    font = register_reportlab()
    st = _styles()["cell"]
    assert st.fontName == font
    names = [ind.name for ind in default_framework().indicators]
    rows = [[Paragraph(n.en, st), Paragraph(n.zh, st)] for n in names]
    rows.append([Paragraph("Cross-team communication cost of services launched", st), Paragraph("", st)])
    out = tmp_path / "cells.pdf"
    SimpleDocTemplate(str(out)).build([Table(rows, colWidths=[32 * mm, 14 * mm])])
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    english = {w for n in names for w in latin_words(n.en)} | {"communication", "services", "launched"}
    for line in lines:
        for word in latin_words(line):
            if re.fullmatch(r"[A-Za-z]+", word):
                assert word in english, f"a word broken in a cell: {word!r} in {line!r}"
    assert any(line.startswith("communication") for line in lines)  # it did wrap, at the space
    assert not any(line.startswith(("，", "。", "）")) for line in lines)


# --------------------------------------------------------------------------------------------- split paragraphs


@poppler
@pytest.mark.parametrize("lang", ["en", "zh", "bilingual"])
def test_paragraphs_split_across_pages_keep_every_word_as_typed(db, tmp_path, lang):
    assert len(ENGLISH) + len(CHINESE) + len(MIXED) < 5000  # what one problem description may hold
    build_sample(db, 2, per_side=3, problem_text=f"{ENGLISH} {CHINESE}{MIXED}")
    data = collect_review_data(db, "CSHK", as_of=date(2024, 12, 1))
    out = build_review(tmp_path / f"long-{lang}.pdf", data, lang, sections={"cover", "voices"})
    pages = body_text(out)
    joined = "\n".join(pages)
    words = latin_words(joined)
    chars = cjk_chars(joined)
    assert contains_run(words, latin_words(ENGLISH)), "an English paragraph lost or joined a word"
    assert contains_run(words, latin_words(MIXED)), "a mixed paragraph lost or joined a word"
    assert cjk_chars(CHINESE) in chars and cjk_chars(MIXED) in chars
    assert len(pages) >= 6  # twenty copies of the text: many of them run over a page break
    # No stray space between two Chinese characters that were typed side by side.
    typed = CHINESE + MIXED
    for a, b in re.findall(r"([\u4e00-\u9fff，。；]) +(?=([\u4e00-\u9fff，。；]))", joined.replace("\n", "")):
        assert f"{a} {b}" in typed, f"stray space between {a} and {b}"


@poppler
@pytest.mark.parametrize("text", [ENGLISH, CHINESE, MIXED], ids=["english", "chinese", "mixed"])
def test_a_paragraph_split_by_a_page_break_keeps_its_spaces(tmp_path, text):
    s = _styles()
    out = tmp_path / "split.pdf"
    doc = SimpleDocTemplate(str(out))
    doc.build(
        [Spacer(1, doc.height - 50), Paragraph(text, s["body"]), Paragraph(text, s["bullet"], bulletText="•")]
    )
    pages = [
        subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), str(out), "-"], capture_output=True, text=True
        ).stdout
        for n in (1, 2)
    ]
    assert pages[0].strip() and pages[1].strip()  # it did split
    joined = "\n".join(pages)
    assert latin_words(joined) == latin_words(text) * 2
    assert cjk_chars(joined) == cjk_chars(text) * 2
    for a, b in re.findall(r"([\u4e00-\u9fff，。；]) +(?=([\u4e00-\u9fff，。；]))", joined.replace("\n", "")):
        assert f"{a} {b}" in text, f"stray space between {a} and {b}"


# --------------------------------------------------------------------------------------------- keep together


def _layout(tmp_path: Path, flow: list, name: str) -> list[str]:
    out = tmp_path / name
    doc = SimpleDocTemplate(str(out), topMargin=20 * mm, bottomMargin=20 * mm)
    doc.build(arrange(flow, doc.height))
    return [page.extract_text() or "" for page in PdfReader(str(out)).pages]


def test_a_heading_stays_with_its_first_item(tmp_path):
    s = _styles()
    height = SimpleDocTemplate(str(tmp_path / "x.pdf"), topMargin=20 * mm, bottomMargin=20 * mm).height
    flow = [
        Spacer(1, height - 40),  # room for the heading, not for the heading and two lines of its item
        Paragraph("Innovation vitality", s["h2"]),
        Paragraph("Number of new products", s["h3"]),
        Paragraph("First problem " + "text " * 200, s["bullet"], bulletText="•"),
    ]
    pages = _layout(tmp_path, flow, "heading.pdf")
    assert "Innovation vitality" not in pages[0]
    assert "Innovation vitality" in pages[1] and "Number of new products" in pages[1]
    assert "First problem" in pages[1]


def test_a_long_item_after_a_heading_flows_on_instead_of_leaving_the_page_empty(tmp_path):
    s = _styles()
    flow = [
        Paragraph("Voices", s["h1"]),
        Paragraph("Innovation vitality", s["h2"]),
        Paragraph("Start " + "word " * 1500 + "End", s["bullet"], bulletText="•"),
    ]
    pages = _layout(tmp_path, flow, "long.pdf")
    assert "Innovation vitality" in pages[0] and "Start" in pages[0]  # not pushed to page 2


def test_an_action_stays_with_its_owner_and_status_line(tmp_path, db):
    build_sample(db, 1, per_side=3)
    actions = tuple(
        ActionItem(
            f"Action number {n} " + "to be done well " * (3 + n % 5), f"Owner {n}", "A", date(2025, 1, n + 1)
        )
        for n in range(1, 28)
    )
    decisions = tuple(
        DecisionItem(f"Decision number {n} " + "about the budget " * (2 + n % 4), f"Chair {n}")
        for n in range(1, 15)
    )
    data = collect_review_data(
        db, "CSHK", as_of=date(2024, 12, 1), follow_up=FollowUp(actions=actions, decisions=decisions)
    )
    out = build_review(tmp_path / "fu.pdf", data, "en", sections={"followup"})
    pages = [page.extract_text() or "" for page in PdfReader(str(out)).pages]
    assert len(pages) >= 2
    for n in range(1, 28):
        page = next(p for p in pages if f"Action number {n} " in p)
        assert f"Owner {n}" in page, f"action {n} split from its owner line"
    for n in range(1, 15):
        page = next(p for p in pages if f"Decision number {n} " in p)
        assert f"Chair {n}" in page, f"decision {n} split from its owner line"


@poppler
@pytest.mark.parametrize("lang", ["en", "zh", "bilingual"])
def test_demo_review_breaks_no_word_and_leaves_no_page_nearly_empty(db, tmp_path, lang):
    from healthdesk.demo import build_demo

    build_demo(db)
    data = collect_review_data(db, "CQ-HY", as_of=date(2026, 12, 4))
    out = build_review(tmp_path / f"demo-{lang}.pdf", data, lang)
    fills = page_fill(out)
    assert all(f >= 0.15 for f in fills[:-1]), fills
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    fw = data.framework
    names = [x.name.en for x in fw.dimensions] + [x.name.en for x in fw.indicators]
    for word in {w for n in names for w in latin_words(n) if len(w) >= 5}:
        for k in range(2, len(word) - 1):
            assert f"{word[:k]}\n{word[k:]}" not in text, f"{word} broken as {word[:k]}|{word[k:]}"
