"""The widths of the portfolio's two long columns, the largest gap and the follow-up, from their texts' font metrics.

Their texts ("■ Relationship health 1.21: Yunqi higher", "2 overdue · 1 KPI breach · 2 decisions waiting") are the
widest of the table. Where the table has the room they stay on one line; where it has not (English at 1366x768),
a row whose texts need it takes a second line and both columns are as wide as their texts need on two lines, so
that nothing is cut. Where even that does not fit (1280x720), the follow-up stays whole and the largest gap gives
way (on one line, elided, its whole text in its tooltip).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QFontMetrics

from ..common.wrapping import cell_padding

__all__ = ["LongColumns", "cell_padding", "fit", "one_line_width", "two_line_width"]

# A wrapped line may come out this many pixels wider than measured (text shaping at a break): room for it.
SLACK = 2


def one_line_width(metrics: QFontMetrics, text: str) -> int:
    return metrics.horizontalAdvance(text)


def two_line_width(metrics: QFontMetrics, text: str) -> int:
    """The least width at which ``text`` wraps onto two lines, breaking at a space (as Qt's word wrap does; with
    ``SLACK``)."""
    best = metrics.horizontalAdvance(text)
    for i, ch in enumerate(text):
        if ch == " ":
            best = min(
                best,
                max(metrics.horizontalAdvance(text[:i].rstrip()), metrics.horizontalAdvance(text[i + 1 :])),
            )
    return best + SLACK if best < metrics.horizontalAdvance(text) else best


@dataclass(frozen=True)
class LongColumns:
    gap: int  # the largest gap's width in pixels
    followup: int  # the follow-up's
    lines: int  # 1, or 2: a row whose texts need it takes a second line
    gap_gives_way: bool = False  # the gap cannot be whole even on two lines: elided (its tooltip holds it)

    def two_lines(self, metrics: QFontMetrics, padding: int, gap_text: str, followup_text: str) -> bool:
        """Whether a row with these texts takes a second line: its follow-up needs one, or its largest gap does
        and can be whole on two (a gap that gives way stays on one line, elided)."""
        if self.lines < 2:
            return False
        if one_line_width(metrics, followup_text) + padding > self.followup:
            return True
        return not self.gap_gives_way and one_line_width(metrics, gap_text) + padding > self.gap


def fit(
    metrics: QFontMetrics,
    padding: int,
    room: int,
    gap_texts: Sequence[str],
    followup_texts: Sequence[str],
    gap_least: int,
    followup_least: int,
) -> LongColumns:
    """The widths of the two columns in ``room`` pixels (what the other columns leave). ``*_least``: the width a
    column never goes below (its header's)."""

    def need(texts: Sequence[str], width_of, least: int) -> int:  # noqa: ANN001
        return max([least, *(width_of(metrics, t) + padding for t in texts)])

    gap_one = need(gap_texts, one_line_width, gap_least)
    followup_one = need(followup_texts, one_line_width, followup_least)
    if gap_one + followup_one <= room:
        return LongColumns(gap_one, followup_one, 1)
    followup = need(followup_texts, two_line_width, followup_least)
    gap = need(gap_texts, two_line_width, gap_least)
    if gap + followup > room:  # the follow-up stays whole; the gap gives way (its tooltip holds the text)
        return LongColumns(max(room - followup, gap_least), followup, 2, gap_gives_way=True)
    spare = (
        room - gap - followup
    )  # what is left goes to the gap first (fewer of its texts wrap), then the other
    more = min(spare, gap_one - gap)
    gap, spare = gap + more, spare - more
    followup += min(spare, followup_one - followup)
    return LongColumns(gap, followup, 2)
