"""Line breaking for the printed review that keeps every word as it was typed.

reportlab's Asian wrapping (``wordWrap="CJK"``), which the review needs so that Chinese wraps at all, has two faults
that change what respondents wrote:

- a paragraph split across pages is rebuilt from its lines with the line-end spaces stripped and the lines joined
  without them, so the continued part prints "wordword" (the single-fragment path rebuilds the text from the
  stripped line strings; the multi-fragment path adds a space at every seam, also between Chinese characters);
- a line that overflows inside a Latin word looks back only half a line for a space, so narrow table cells break
  inside English words ("communicati|on cost").

:class:`Paragraph` replaces both steps: lines break at spaces in Latin text and between characters in Chinese
(never before closing punctuation or after opening punctuation), a single word longer than the line is the only
thing cut inside a word, and every line keeps its own spaces, so a split paragraph's parts join back to exactly
the text that went in.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import paragraph as _rl
from reportlab.platypus.paragraph import Paragraph as _RLParagraph

__all__ = ["Paragraph", "break_points"]

# Closing punctuation that may not start a line, and opening punctuation that may not end one (Chinese and Latin).
CANNOT_START = set(ALL_CANNOT_START) | set("，。、：；！？）》〉」』】〕］｝”’…·％‰—～") - {"—"}
CANNOT_END = set(ALL_CANNOT_END) | set("（《〈「『【〔［｛“‘")
# Spaces a line may break after (a no-break space, figure space and narrow no-break space never break).
BREAKING_SPACES = {" ", "\t", "\u3000"} | {chr(c) for c in range(0x2000, 0x200B) if c != 0x2007}
_FUZZ = 1e-6


def _wide(ch: str) -> bool:
    """A character of East Asian text (ideographs, kana, full-width forms): a line may break beside it."""
    return bool(ch) and unicodedata.east_asian_width(ch) in ("W", "F")


def _break_before(prev: str, ch: str) -> bool:
    """Whether a line may end between ``prev`` and ``ch``."""
    if not prev or not ch or ch in BREAKING_SPACES:
        return False
    if prev in BREAKING_SPACES:
        return True
    if ch in CANNOT_START or prev in CANNOT_END:
        return False
    if _wide(prev) or _wide(ch):
        return True
    return prev in "-/" and ch.isalnum()  # after a hyphen or slash inside a Latin compound


def break_points(text: str) -> list[int]:
    """The positions in ``text`` before which a line may start (for tests and the line breaker)."""
    return [i for i in range(1, len(text)) if _break_before(text[i - 1], text[i])]


def _units(frags: list[Any]) -> list[Any]:
    """One unit per character (with its fragment and width); an empty fragment (a line break, an image) stays."""
    units = []
    for f in frags:
        text = f.text if hasattr(f, "text") else "".join(getattr(f, "words", []))
        if isinstance(text, bytes):
            text = text.decode("utf8")
        if text:
            units.extend(_rl.cjkU(ch, f, "utf8") for ch in text)
        else:
            units.append(_rl.cjkU(text, f, "utf8"))
    return units


def _width(u: Any, max_width: float) -> float:
    w = u.width
    if hasattr(w, "normalizedValue"):
        w._normalizer = max_width
        w = w.normalizedValue(max_width)
    return w


def _make_line(units: list[Any], max_width: float, used: float, line_break: bool, calc_bounds: bool) -> Any:
    """A reportlab line of ``units``: one fragment per run of the same fragment (reportlab's makeCJKParaLine does
    the same with a font lookup per character)."""
    if calc_bounds:
        return _rl.makeCJKParaLine(units, max_width, used, max_width - used, line_break, calc_bounds)
    words: list[Any] = []
    current, text = None, []
    size = ascent = descent = 0.0
    for u in units:
        f = u.frag
        if f is not current:
            if current is not None:
                words.append(current.clone(text="".join(text)))
            current, text = f, []
            a, d = getAscentDescent(f.fontName, f.fontSize)
            size, ascent, descent = max(size, f.fontSize), max(ascent, a), min(descent, d)
        text.append(str(u))
    if current is not None:
        words.append(current.clone(text="".join(text)))
    return _rl.FragLine(
        kind=1,
        extraSpace=max_width - used,
        wordCount=1,
        words=words,
        fontSize=size,
        ascent=ascent,
        descent=descent,
        maxWidth=max_width,
        currentWidth=used,
        lineBreak=line_break,
    )


def _one_line(frags: list[Any], max_width: float) -> Any | None:
    """The common short case without the per-character work: plain text that fits on one line as it is."""
    for f in frags:
        if hasattr(f, "cbDefn") or hasattr(f, "lineBreak") or not isinstance(getattr(f, "text", None), str):
            return None
    if not frags[-1].text or frags[-1].text[-1] in BREAKING_SPACES:
        return None
    width = sum(stringWidth(f.text, f.fontName, f.fontSize) for f in frags)
    if width > max_width + _FUZZ:
        return None
    size = ascent = descent = 0.0
    for f in frags:
        a, d = getAscentDescent(f.fontName, f.fontSize)
        size, ascent, descent = max(size, f.fontSize), max(ascent, a), min(descent, d)
    line = _rl.FragLine(
        kind=1,
        extraSpace=max_width - width,
        wordCount=1,
        words=[f.clone(text=f.text) for f in frags],
        fontSize=size,
        ascent=ascent,
        descent=descent,
        maxWidth=max_width,
        currentWidth=width,
        lineBreak=False,
    )
    line.tail = ()
    return _rl.ParaLines(kind=1, lines=[line])


def break_lines(frags: list[Any], max_widths: list[float], calc_bounds: bool) -> Any:
    """Break fragments into lines (reportlab ``kind=1`` lines). The spaces a line ends with are neither drawn nor
    measured (alignment is exact) but kept with the line, so the text of all lines joined is the text that went
    in."""
    if not calc_bounds:
        quick = _one_line(frags, max_widths[0])
        if quick is not None:
            return quick
    units = _units(frags)
    lines: list[Any] = []
    n = len(units)

    def max_width_of(line_no: int) -> float:
        return max_widths[min(line_no, len(max_widths) - 1)]

    start = 0
    while start < n:
        max_width = max_width_of(len(lines))
        used = 0.0  # width up to the last non-space character
        run = 0.0  # width including trailing spaces
        last_break = -1  # index before which the line may end, and the width of the line before it
        width_at_break = 0.0
        end = n
        line_break = False
        i = start
        while i < n:
            u = units[i]
            ch = str(u)
            if i > start and _break_before(str(units[i - 1]), ch):
                last_break, width_at_break = i, used
            w = _width(u, max_width)
            if hasattr(u.frag, "lineBreak"):
                end, line_break = i + 1, True
                break
            if ch in BREAKING_SPACES:
                run += w
                i += 1
                continue
            if run + w > max_width + _FUZZ and i > start:
                if ch in CANNOT_START and _wide(ch) and last_break != i:
                    used = run + w  # closing punctuation hangs in the margin rather than start a line
                    end = i + 1
                    break
                if last_break > start:
                    end, used = last_break, width_at_break
                else:
                    end = i  # one word longer than the line: the only cut inside a word
                break
            run += w
            used = run
            i += 1
        visible = end
        while visible > start + 1 and str(units[visible - 1]) in BREAKING_SPACES:
            visible -= 1
        line = _make_line(units[start:visible], max_width, used, line_break, calc_bounds)
        line.tail = units[visible:end]  # the spaces a line ends with: not drawn, kept for a split
        lines.append(line)
        start = end
    return _rl.ParaLines(kind=1, lines=lines)


def _exact_split(blpara: Any, start: int, stop: int) -> list[Any]:
    """The fragments of lines ``start:stop``, text exactly as it was (spaces at the seams included)."""
    out = []
    for line in blpara.lines[start:stop]:
        for word in line.words:
            out.append(word.clone())
        for u in getattr(line, "tail", ()):
            out.append(u.frag.clone(text=str(u)))
    return out


class Paragraph(_RLParagraph):
    """A reportlab Paragraph whose wrapping and page splitting keep the text exactly as written (module doc)."""

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802, N803 (reportlab's names)
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        maxWidths = list(maxWidths)
        self.height = 0
        if getattr(self, "_splitpara", 0) and hasattr(self, "blPara"):
            return self.blPara
        if not self.frags:
            return super().breakLinesCJK(maxWidths)
        _rl._handleBulletWidth(self.bulletText, self.style, maxWidths)
        auto = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        return break_lines(self.frags, maxWidths, auto not in ("", "off"))

    def _get_split_blParaFunc(self) -> Any:  # noqa: N802
        if self.style.wordWrap == "CJK" and getattr(self.blPara, "kind", 0) == 1:
            return _exact_split
        return super()._get_split_blParaFunc()
