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

It also draws what the main font lacks from the fallback fonts (each fragment is split into runs by the first
font that has each character, ``fonts.font_runs``) and prints right-to-left text: Arabic is joined before lines
are broken and every broken line is put into display order (``rtl.py``) before it is drawn; the line keeps its
characters in typed order for a paragraph split across pages.
"""

from __future__ import annotations

import copy
import functools
import unicodedata
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import paragraph as _rl
from reportlab.platypus.paragraph import Paragraph as _RLParagraph

from . import rtl
from .fonts import BIDI_CONTROLS, font_runs, needs_fallback

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
            if hasattr(f, "cbDefn"):
                units.extend(_rl.cjkU(ch, f, "utf8") for ch in text)
            else:  # reportlab's cjkU, with each character's width measured once per font and size
                font, size = f.fontName, f.fontSize
                units.extend(_unit(ch, f, _char_width(ch, font, size)) for ch in text)
            if not text.isascii():
                for u in units[len(units) - len(text) :]:
                    if u in BIDI_CONTROLS:
                        u._width = 0  # never drawn (removed when the line is put into display order)
        else:
            units.append(_rl.cjkU(text, f, "utf8"))
    return units


@functools.lru_cache(maxsize=65536)
def _char_width(ch: str, font: str, size: float) -> float:
    return stringWidth(ch, font, size)


def _unit(ch: str, frag: Any, width: float) -> Any:
    u = str.__new__(_rl.cjkU, ch)
    u._frag = frag
    u._width = width
    return u


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


def _plain(f: Any) -> bool:
    return (
        isinstance(getattr(f, "text", None), str) and not hasattr(f, "cbDefn") and not hasattr(f, "lineBreak")
    )


def split_fonts(frags: list[Any]) -> tuple[list[Any], bool | None]:
    """Fragments split into runs by the font that has each character (Arabic joined first), and the paragraph's
    direction when it needs bidirectional ordering (``None`` when it has no right-to-left text or controls)."""
    out: list[Any] = []
    bidi = False
    for f in frags:
        text = f.text if _plain(f) else ""
        if not text or not needs_fallback(text):
            out.append(f)
            continue
        if rtl.needs_bidi(text):
            bidi = True
            text = rtl.reshape(text)
        runs = font_runs(text, f.fontName)
        if len(runs) == 1 and runs[0] == (f.fontName, f.text):
            out.append(f)
        else:
            out.extend(f.clone(text=run, fontName=name) for name, run in runs)
    if not bidi:
        return out, None
    return out, rtl.base_rtl("".join(f.text for f in out if _plain(f)))


def _display_order(units: list[Any], direction: bool) -> list[Any]:
    """One line's units in display order (``rtl.visual_order``); mirrored brackets are measured again."""
    text = "".join(str(u) for u in units)
    if not direction and not rtl.needs_bidi(text):
        return units
    out = []
    for i, ch in rtl.visual_order(text, direction):
        u = units[i]
        out.append(u if ch == str(u) else _rl.cjkU(ch, u.frag, "utf8"))
    return out


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


def break_lines(
    frags: list[Any], max_widths: list[float], calc_bounds: bool, direction: bool | None = None
) -> Any:
    """Break fragments into lines (reportlab ``kind=1`` lines). The spaces a line ends with are neither drawn nor
    measured (alignment is exact) but kept with the line, so the text of all lines joined is the text that went
    in. With a ``direction`` (True: right to left) each line is put into display order; the line keeps its
    units in typed order as ``logical``."""
    if not calc_bounds and direction is None:
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
        shown = units[start:visible]
        if direction is not None:
            shown = _display_order(shown, direction)
        line = _make_line(shown, max_width, used, line_break, calc_bounds)
        line.tail = units[visible:end]  # the spaces a line ends with: not drawn, kept for a split
        if direction is not None:
            line.logical = units[start:end]
        lines.append(line)
        start = end
    return _rl.ParaLines(kind=1, lines=lines)


def _exact_split(blpara: Any, start: int, stop: int) -> list[Any]:
    """The fragments of lines ``start:stop``, text exactly as it was (spaces at the seams included)."""
    out = []
    for line in blpara.lines[start:stop]:
        logical = getattr(line, "logical", None)
        if logical is not None:  # a line in display order: its characters as typed
            runs: list[tuple[Any, list[str]]] = []
            for u in logical:
                if runs and runs[-1][0] is u.frag:
                    runs[-1][1].append(str(u))
                else:
                    runs.append((u.frag, [str(u)]))
            out.extend(frag.clone(text="".join(chars)) for frag, chars in runs)
            continue
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
        # A table or a kept-together block wraps the same paragraph at the same width more than once.
        key = (tuple(maxWidths), auto)
        cache = self.__dict__.setdefault("_hd_lines", {})
        if key in cache:
            return cache[key]
        frags, direction = split_fonts(self.frags)
        if direction and self.style.alignment == TA_LEFT:
            self.style = copy.copy(self.style)  # a right-to-left paragraph starts at the right
            self.style.alignment = TA_RIGHT
        cache[key] = lines = break_lines(frags, maxWidths, auto not in ("", "off"), direction)
        return lines

    def _get_split_blParaFunc(self) -> Any:  # noqa: N802
        if self.style.wordWrap == "CJK" and getattr(self.blPara, "kind", 0) == 1:
            return _exact_split
        return super()._get_split_blParaFunc()


def line_runs(text: str, font: str) -> list[tuple[str, str]]:
    """One line of plain text as ``(font, text)`` runs in display order (fallback fonts, right to left)."""
    if not needs_fallback(text):
        return [(font, text)]
    if rtl.needs_bidi(text):
        shaped = rtl.reshape(text)
        text = "".join(ch for _i, ch in rtl.visual_order(shaped, rtl.base_rtl(shaped)))
    return font_runs(text, font)


def line_width(text: str, font: str, size: float) -> float:
    """The width of one line of plain text as :func:`draw_line` draws it."""
    return sum(stringWidth(run, name, size) for name, run in line_runs(text, font))


def draw_line(
    canvas: Any, x: float, y: float, text: str, font: str, size: float, anchor: str = "left"
) -> None:
    """Draw one line of plain text (page headers and footers, one-line cells) with the fallback fonts and in
    display order; ``anchor`` is "left", "right" or "centre" (where ``x`` is)."""
    runs = line_runs(text, font)
    if len(runs) == 1 and runs[0][0] == font:
        draw = {"right": canvas.drawRightString, "centre": canvas.drawCentredString}.get(
            anchor, canvas.drawString
        )
        draw(x, y, runs[0][1])
        return
    widths = [stringWidth(run, name, size) for name, run in runs]
    if anchor == "right":
        x -= sum(widths)
    elif anchor == "centre":
        x -= sum(widths) / 2
    for (name, run), width in zip(runs, widths, strict=True):
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += width
    canvas.setFont(font, size)
