"""Text of the review as printed: user text made safe for a Paragraph, the framework's Chinese with full-width
punctuation, and what a tier means. Shared by the full review's sections and the summary sheet."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import Any
from xml.sax.saxutils import escape

from ...analysis.numbers import fmt1
from ...framework import Text, zh_full_width
from ..catalogue import TEXTS, pair, zh_format
from ..fonts import printable

__all__ = ["chart_punctuation", "tier_explanation", "user_text", "zh_punctuation"]


def user_text(text: object) -> str:
    """User text as Paragraph content: printable in the bundled font, markup escaped, newlines kept as breaks."""
    return escape(printable(text)).replace("\n", "<br/>")


def zh_punctuation(text: Text) -> Text:
    """The framework's own Chinese text with full-width punctuation ("信任度(主观评估)" prints "信任度（主观评估）"), by
    the one rule (``framework.zh_full_width``; a framework read from its file already has it); user text is never
    changed."""
    fixed = zh_full_width(text.zh)
    return text if fixed == text.zh else Text(text.en, fixed)


def chart_punctuation(fw: Any) -> Callable[[str], str]:
    """For the charts in the PDF: a chart line that is (part of) one of the framework's Chinese names printed with
    full-width punctuation, as :func:`zh_punctuation` prints it in the text; other lines (user text) unchanged."""
    names = [
        item.name.zh
        for item in (*fw.dimensions, *fw.indicators)
        if zh_punctuation(item.name) is not item.name
    ]

    def fix(line: str) -> str:
        if names and any(ch in line for ch in "(),") and any(line.strip() in name for name in names):
            return zh_punctuation(Text(line, line)).zh
        return line

    return fix


def _tier_number(value: Fraction) -> str:
    return str(int(value)) if value == int(value) else fmt1(value) or ""


def tier_explanation(fw: Any, tier_id: str | None) -> tuple[str, str] | None:
    """What a tier means, from the framework's tier rules ("Yellow card: index below 50; 3 in a row lead to an exit
    review"), as (English, Chinese); None for no tier."""
    tiers = list(fw.tiers)  # highest first
    k = next((n for n, x in enumerate(tiers) if x.id == tier_id), None)
    if k is None:
        return None
    tier = tiers[k]
    name = zh_punctuation(tier.name)
    low = _tier_number(tier.min_index)
    high = _tier_number(tiers[k - 1].min_index) if k > 0 else ""
    if len(tiers) == 1:
        return name.en, name.zh
    if k == 0:
        en, zh = TEXTS["tier.top"]
    elif k == len(tiers) - 1:
        en, zh = TEXTS["tier.lowest"]
    else:
        en, zh = TEXTS["tier.middle"]
    en = en.format(name=name.en, low=low, high=high)
    zh = zh_format(zh, name=name.zh, low=low, high=high)
    if k == len(tiers) - 1 and fw.exit_review_after:
        more = pair("tier.exit", n=fw.exit_review_after)
        en, zh = f"{en}; {more[0]}", f"{zh}；{more[1]}"
    return en, zh
