"""Text of the review as printed: user text made safe for a Paragraph, and what a tier means (the framework's
Chinese already reads with full-width punctuation: ``framework.zh_full_width``, as a framework file is read). Shared by the full review's sections and the summary sheet."""

from __future__ import annotations

from fractions import Fraction
from typing import Any
from xml.sax.saxutils import escape

from ...analysis.numbers import fmt1
from ..catalogue import TEXTS, pair, zh_format
from ..fonts import printable

__all__ = ["tier_explanation", "user_text"]


def user_text(text: object) -> str:
    """User text as Paragraph content: printable in the bundled font, markup escaped, newlines kept as breaks."""
    return escape(printable(text)).replace("\n", "<br/>")


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
    name = tier.name
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
