"""Where a text may break across lines without splitting a word, in Chinese as in English (no Qt here: the
widths come from a ``measure`` function, so the rule is tested on its own).

There is no Chinese word segmentation at hand, so the rule is simple and stated once:

- A break is free after a space or after punctuation that ends a clause (，。、；：！？ and closing brackets or
  quotes): between clauses.
- Inside a clause a break between two Chinese characters is allowed only when both pieces of the clause keep
  at least three characters ("也快 / 于双方" and "持续增 / 长，" are refused); it is a last resort, used only
  when it saves a line.
- Never inside a run the text marks as a unit: a Latin word or number, or characters joined by a no-break
  space (U+00A0) or a word joiner (U+2060) – see ``keep_whole``. Never before closing punctuation or after an
  opening bracket.
- No line of one or two characters.

Among the layouts at the width, the one chosen has (in this order) the fewest refused breaks (only a piece too
wide for any line needs one), the fewest lines, the fewest breaks inside a clause, then the narrowest widest
line: the lines are balanced like CSS ``text-wrap: balance``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

NO_BREAK_SPACE = "\u00a0"
WORD_JOINER = "\u2060"
JOINERS = NO_BREAK_SPACE + WORD_JOINER
# Punctuation that ends a clause (a free break after it) and may never start a line.
CLAUSE_END = "，。、；：！？）」』】》〉”’…,.;:!?)]}"
NO_LINE_START = CLAUSE_END + "%％·/-"
NO_LINE_END = "（「『【《〈“‘([{/"
MIN_PIECE = 3  # characters a line, or a piece of a clause split across lines, keeps at least

FREE, INSIDE, REFUSED = 0, 1, 2  # the kinds of break


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F") and not unicodedata.category(ch).startswith("P")


def _kind(text: str, i: int) -> int | None:
    """The kind of a break before ``text[i]``, None where none may be."""
    a, b = text[i - 1], text[i]
    if a in JOINERS or b in JOINERS or b == " " or a in NO_LINE_END:
        return None
    if a == " " and (b.isascii() or b not in NO_LINE_START):  # after a space only "，" etc. stay put
        return FREE
    if b in NO_LINE_START:
        return None
    if a in CLAUSE_END:
        return FREE
    if _wide(a) or _wide(b):
        return INSIDE
    return None  # inside a Latin word or number


def keep_whole(text: str) -> str:
    """``text`` as one unit that never breaks across lines: its spaces no-break, its Chinese characters joined
    (for a key hint such as "N 备注" or "L 中文/English"; lay several out with ordinary spaces between them)."""
    text = text.replace(" ", NO_BREAK_SPACE)
    out = []
    for n, ch in enumerate(text):
        prev = text[n - 1] if n else ""
        glued = NO_BREAK_SPACE in (prev, ch) or (
            prev.isascii() and prev.isalnum() and ch.isascii() and ch.isalnum()
        )
        if (
            n and not glued
        ):  # a joiner wherever a line breaker might break (after "/", between Chinese characters)
            out.append(WORD_JOINER)
        out.append(ch)
    return "".join(out)


def join_hints(hints: list[str] | tuple[str, ...], separator: str = " · ") -> str:
    """Hints each kept whole, joined so that lines break only between them."""
    return separator.join(keep_whole(h) for h in hints)


def _breaks(text: str) -> dict[int, int]:
    """{index: kind} of every break the rule allows (before ``text[index]``)."""
    kinds = {i: k for i in range(1, len(text)) if (k := _kind(text, i)) is not None}
    clause_starts = [0] + [i for i, k in kinds.items() if k == FREE] + [len(text)]
    for i, k in list(kinds.items()):
        if k != INSIDE:
            continue
        start = max(s for s in clause_starts if s < i)
        end = min(s for s in clause_starts if s > i)
        tail = text[i:end].rstrip(" " + CLAUSE_END)
        if len(text[start:i].strip()) < MIN_PIECE or len(tail) < MIN_PIECE:
            kinds[i] = REFUSED
    return kinds


def break_lines(text: str, width: float, measure: Callable[[str], float]) -> list[int]:
    """The lengths of the lines ``text`` is laid out in at ``width`` (``measure``: a string's width)."""
    n = len(text)
    if n == 0:
        return []
    kinds = _breaks(text)
    points = sorted(kinds)
    # A piece wider than any line (a long word in a narrow box) may break anywhere, as a refused break.
    bounds = [0, *points, n]
    for a, b in zip(bounds, bounds[1:], strict=False):
        if measure(text[a:b].rstrip()) > width:
            for i in range(a + 1, b):
                kinds.setdefault(i, REFUSED)
    ends = sorted(kinds) + [n]
    widths: dict[tuple[int, int], float] = {}

    def line_width(a: int, b: int) -> float:
        if (a, b) not in widths:
            widths[a, b] = measure(text[a:b].rstrip())
        return widths[a, b]

    # best[end] = (refused, lines, inside, widest line, previous end) over the layouts of text[:end]
    best: dict[int, tuple[int, int, int, float, int]] = {0: (0, 0, 0, 0.0, -1)}
    starts = [0, *ends]
    for b in ends:
        for a in reversed(starts):
            if a >= b or a not in best:
                continue
            w = line_width(a, b)
            single = not any(a < i < b for i in kinds)
            if w > width and not single:
                break  # an earlier start only makes the line wider
            refused, lines, inside, widest, _ = best[a]
            kind = kinds.get(b, FREE) if b < n else FREE
            refused += (kind == REFUSED) + (w > width)
            refused += len(text[a:b].strip()) < MIN_PIECE <= len(text.strip())
            inside += kind == INSIDE
            candidate = (refused, lines + 1, inside, max(widest, w), a)
            if b not in best or candidate[:4] < best[b][:4]:
                best[b] = candidate
    lengths = []
    end = n
    while end > 0:
        start = best[end][4]
        lengths.append(end - start)
        end = start
    return lengths[::-1]


def plain(text: str) -> str:
    """``text`` without what ``keep_whole`` added: ordinary spaces, no word joiners (to compare or search)."""
    return text.replace(WORD_JOINER, "").replace(NO_BREAK_SPACE, " ")
