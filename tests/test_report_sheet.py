"""The one-page JMC summary sheet (``--layout sheet``): one page in en, zh and bilingual on A4 and Letter for every
demo partnership, holding the index, every dimension, the three largest gaps and the sign-off; key messages when
there are some (markup printed literally); the tier explained from the framework's rules; a legend of only the
symbols the page uses."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader

from healthdesk.analysis.numbers import fmt1
from healthdesk.cli import main
from healthdesk.reports.catalogue import t
from healthdesk.reports.data import collect_review_data
from healthdesk.reports.pdf import tier_explanation
from healthdesk.reports.review import build_review

AS_OF = date(2026, 12, 4)


def _flat(text: str) -> str:
    """Extracted text without whitespace (names wrap inside table cells)."""
    return re.sub(r"\s+", "", text)


def _names(text, lang: str) -> list[str]:  # noqa: ANN001
    return [text.en, text.zh] if lang == "bilingual" else [text.get(lang)]


@pytest.fixture
def demo(db):
    from healthdesk.demo import build_demo
    from healthdesk.services.partnerships import list_partnerships

    build_demo(db)
    return [p for p in list_partnerships(db) if p.rounds]


def test_one_page_with_index_dimensions_gaps_and_signoff(db, demo, tmp_path):
    from healthdesk.present.findings import gap_message

    assert demo
    for n, p in enumerate(demo):
        data = collect_review_data(db, p.id, as_of=AS_OF)
        sc = data.scores
        gaps = sorted(
            (
                ind
                for ind in data.framework.indicators
                if ind.id in sc.indicators and sc.indicators[ind.id].gap is not None
            ),
            key=lambda ind: -abs(sc.indicators[ind.id].gap),
        )[:3]
        jmc = [m.name for m in data.partnership.members if m.role == "jmc_member"]
        for lang in ("en", "zh", "bilingual"):
            for paper in ("a4", "letter"):
                out = build_review(tmp_path / f"s{n}{lang}{paper}.pdf", data, lang, paper, layout="sheet")
                reader = PdfReader(str(out))
                assert len(reader.pages) == 1, (p.code, lang, paper)
                text = _flat(reader.pages[0].extract_text() or "")
                where = (p.code, lang, paper)
                if sc.index is not None:
                    assert fmt1(sc.index) in text, where
                for dim in data.framework.dimensions:
                    for name in _names(dim.name, lang):
                        assert _flat(name) in text, (where, name)
                for ind in gaps:
                    for name in _names(ind.name, lang):
                        assert _flat(name) in text, (where, name)
                    said = gap_message(sc.indicators[ind.id].gap)
                    if said is not None and said.code == "gap.sees":
                        assert said.params["size"] in text, where
                assert _flat({"en": "Sign-off", "zh": "签署", "bilingual": "Sign-off/签署"}[lang]) in text, (
                    where
                )
                for name in jmc:
                    assert _flat(name) in text, (where, name)


def test_key_messages_print_when_there_are_some_and_markup_stays_text(db, demo, tmp_path):
    data = collect_review_data(db, demo[0].id, as_of=AS_OF)
    plain = build_review(tmp_path / "plain.pdf", data, "en", "letter", layout="sheet")
    assert "Key messages" not in (PdfReader(str(plain)).pages[0].extract_text() or "")
    messages = {
        "en": ("Renew the <b>parts</b> deal before Q2 & keep the JPT", "Budget gap of 3 M closed"),
        "zh": ("二季度前续签零部件协议",),
    }
    object.__setattr__(data, "key_messages", messages)  # the field the key-messages work adds to ReviewData
    for lang, expected in (
        ("en", messages["en"]),
        ("zh", messages["zh"]),
        ("bilingual", (*messages["en"], *messages["zh"])),
    ):
        out = build_review(tmp_path / f"km-{lang}.pdf", data, lang, "letter", layout="sheet")
        reader = PdfReader(str(out))
        assert len(reader.pages) == 1
        text = _flat(reader.pages[0].extract_text() or "")
        for message in expected:
            assert _flat(message) in text, (lang, message)


def test_the_tier_is_explained_from_the_framework_rules(db, demo, tmp_path):
    data = collect_review_data(db, demo[0].id, as_of=AS_OF)
    fw = data.framework
    lowest, top = fw.tiers[-1], fw.tiers[0]
    en, zh = tier_explanation(fw, lowest.id)
    assert en == (
        f"{lowest.name.en}: index below {int(fw.tiers[-2].min_index)}; "
        f"{fw.exit_review_after} in a row lead to an exit review"
    )
    assert zh.startswith(f"{lowest.name.zh}：指数低于 {int(fw.tiers[-2].min_index)}；")
    assert tier_explanation(fw, top.id)[0] == f"{top.name.en}: index {int(top.min_index)} or above"
    if data.summary.tier:
        said = tier_explanation(fw, data.summary.tier)
        for kind in ("sheet", "full"):
            out = build_review(
                tmp_path / f"t-{kind}.pdf", data, "en", "a4", layout=kind, sections={"summary"}
            )
            pages = " ".join(_flat(pg.extract_text() or "") for pg in PdfReader(str(out)).pages)
            assert _flat(said[0]) in pages, kind


def test_the_legend_lists_only_symbols_the_page_uses(db, demo, tmp_path):
    for n, p in enumerate(demo):
        data = collect_review_data(db, p.id, as_of=AS_OF)
        out = build_review(tmp_path / f"l{n}.pdf", data, "en", "a4", layout="sheet")
        text = PdfReader(str(out)).pages[0].extract_text() or ""
        start = re.search(r"[✕●✓] (red|amber|green)", text).start()  # the legend line (lower-case words)
        legend, body = text[start:], text[:start]
        for frame_text in (t("confidential", "en"), t("preliminary", "en")):  # the page's own marks
            body = body.replace(frame_text, "")
        assert ("■ marks a gap" in legend) == ("■" in body), p.code
        assert ("— = withheld" in legend) == ("—" in body), p.code
        for light, symbol in (("red", "✕"), ("amber", "●"), ("green", "✓")):
            assert (f"{symbol} {light}" in legend) == (symbol in body), (p.code, light)
        for word, symbol in (("up", "▲"), ("down", "▼"), ("steady", "▶")):
            assert (f"{symbol} {word}" in legend) == (symbol in body), (p.code, word)


def test_cli_layout_sheet(db, demo, data_dir, tmp_path, capsys):
    out = tmp_path / "sheet.pdf"
    code = demo[0].code
    args = ["--data-dir", str(data_dir), "report", code, "--as-of", AS_OF.isoformat(), "--layout", "sheet"]
    assert main([*args, "--lang", "bilingual", "--paper", "letter", "-o", str(out)]) == 0, (
        capsys.readouterr().err
    )
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    assert "JMC summary sheet" in (reader.pages[0].extract_text() or "")
