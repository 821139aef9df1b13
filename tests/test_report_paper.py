"""Paper details of the printed review (issue 16, section 4): a sign-off line for each JMC member of both sides,
bilingual body text never shrunk below 8.5 pt, Chinese typography (full-width punctuation, no space between two
Chinese words, whole header words) and an outline that opens visible."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from healthdesk.reports.catalogue import pair, zh_format
from healthdesk.reports.data import collect_review_data
from healthdesk.reports.pdf import build_review
from healthdesk.reports.sample import build_sample, sample_input
from healthdesk.services import partnerships
from healthdesk.services.dto import Member


def _review(db, tmp_path: Path, lang: str, **kw) -> tuple[Path, PdfReader]:
    data = collect_review_data(db, "CSHK", as_of=date(2024, 12, 1))
    out = build_review(tmp_path / f"r-{lang}.pdf", data, lang, **kw)
    return out, PdfReader(str(out))


def test_sign_off_has_a_line_for_each_jmc_member_of_both_sides(db, tmp_path):
    info = build_sample(db, 1, per_side=3)
    data = sample_input()
    data.members = [
        Member("Alice Chen", "A", "jmc_member"),
        Member("Bob Li", "A", "jmc_member"),
        Member("王建国", "B", "jmc_member"),
        Member("陈思远", "B", "jmc_member"),
        Member("Li Na", "A", "facilitator"),
    ]
    partnerships.update_partnership(db, info.id, data)
    _out, reader = _review(db, tmp_path, "en", sections={"cover", "signoff"})
    text = reader.pages[-1].extract_text()
    lines = [line.strip() for line in text.splitlines()]
    for name in ("Alice Chen", "Bob Li", "王建国", "陈思远"):
        at = lines.index(name)
        assert lines[at + 1 : at + 3] in (["CloudSoft", "JMC member"], ["硬核科技", "JMC member"]), lines[
            at : at + 3
        ]
    assert "Li Na" not in text  # the facilitator does not sign
    for head in ("Name", "Side", "Role", "Signature", "Date"):
        assert head in lines


def _sizes(page) -> list[tuple[float, str]]:  # noqa: ANN001
    """Effective font size of every piece of text drawn inside the body frame of a page."""
    found: list[tuple[float, str]] = []
    height = float(page.mediabox.height)

    def visit(text, cm, tm, _font, size):  # noqa: ANN001
        if not text.strip():
            return
        a, b, c, d = (
            tm[0] * cm[0] + tm[1] * cm[2],
            tm[0] * cm[1] + tm[1] * cm[3],
            tm[2] * cm[0] + tm[3] * cm[2],
            tm[2] * cm[1] + tm[3] * cm[3],
        )
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if 70 < y < height - 70:  # not the header or the footer
            found.append((size * abs(a * d - b * c) ** 0.5, text))

    page.extract_text(visitor_text=visit)
    return found


def test_bilingual_summary_is_never_shrunk_below_8_5_pt(db, tmp_path):
    build_sample(db, 4, per_side=3)
    _out, reader = _review(db, tmp_path, "bilingual", sections={"cover", "summary"})
    assert len(reader.pages) >= 3  # the summary runs on to a second page instead of shrinking
    sizes = [s for page in reader.pages[1:] for s in _sizes(page)]
    assert sizes
    small = [(round(size, 2), text) for size, text in sizes if size < 8.5 - 1e-6]
    assert not small, small[:5]


def test_chinese_typography(db, tmp_path):
    build_sample(db, 3, per_side=3)
    _out, reader = _review(db, tmp_path, "zh")
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert "信任度（主观评估）" in text and "信任度(主观评估)" not in text
    method = next(page.extract_text() for page in reader.pages if "评估方法" in (page.extract_text() or ""))
    assert "合作方" in method.splitlines()[method.splitlines().index("答卷人") + 1]
    # No space between two Chinese words where a template meets a value.
    assert pair("trig.falling", name="财务健康", n=2)[1] == "财务健康连续 2 轮下降"
    assert pair("sum.gap_sees", label="云启软件", value="+1.25")[1] == "云启软件评分高 +1.25"
    assert (
        zh_format("{a} 评分更高 →", a="Cloud Soft") == "Cloud Soft 评分更高 →"
    )  # a Latin name keeps its space
    assert zh_format("{name} {value}", name="财务健康", value="2.00") == "财务健康 2.00"


def test_the_outline_opens_visible(db, tmp_path):
    build_sample(db, 1, per_side=3)
    _out, reader = _review(db, tmp_path, "en")
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    assert reader.outline
