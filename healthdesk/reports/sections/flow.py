"""The review's own flowables (a cheap table cell, an outline bookmark, a heading kept with what follows) and the
page flow rules (:func:`arrange`)."""

from __future__ import annotations

from xml.sax.saxutils import unescape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak
from reportlab.platypus.flowables import _listWrapOn

from ..fonts import needs_fallback
from ..wrap import Paragraph

__all__ = ["Bookmark", "Keep", "arrange"]


class _Cell(Flowable):
    """A short one-line table cell drawn as a string: much cheaper than a Paragraph. Text that does not fit the
    column, or that holds markup, becomes a wrapping Paragraph instead."""

    def __init__(self, markup: str, st: ParagraphStyle):
        super().__init__()
        self._markup = markup
        self._style = st
        text = unescape(markup) if "<" not in markup else None
        # text the main font cannot draw alone (fallback fonts, right to left) goes through the Paragraph
        self._text = None if text is None or needs_fallback(text) else text
        self._para: Paragraph | None = None
        self._paragraph: Paragraph | None = None  # made once: a table wraps its cells more than once
        self._width: float | None = None
        self._aw = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        st = self._style
        if self._text is not None and "\n" not in self._text:
            if self._width is None:
                self._width = stringWidth(self._text, st.fontName, st.fontSize)
            if self._width <= avail_width:
                self._para = None
                self._aw = avail_width
                return avail_width, st.leading
        if self._paragraph is None:
            self._paragraph = Paragraph(self._markup, st)
        self._para = self._paragraph
        return self._para.wrap(avail_width, avail_height)

    def draw(self) -> None:
        if self._para is not None:
            self._para.drawOn(self.canv, 0, 0)
            return
        st = self._style
        c = self.canv
        c.setFont(st.fontName, st.fontSize)
        c.setFillColor(st.textColor)
        y = (
            st.leading - st.fontSize
        ) / 2 + st.fontSize * 0.22  # the baseline, centred like a one-line Paragraph
        if st.alignment == TA_RIGHT:
            c.drawRightString(self._aw, y, self._text)
        elif st.alignment == TA_CENTER:
            c.drawCentredString(self._aw / 2, y, self._text)
        else:
            c.drawString(0, y, self._text)


class Bookmark(Flowable):
    """A zero-size marker: the document adds an outline entry where it lands."""

    def __init__(self, title: str, level: int = 0):
        super().__init__()
        self.title, self.level = title, level
        self.key = f"bm{id(self)}"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=False)


class Keep(KeepTogether):
    """Headings kept on one page with the start of what follows them: all of it when it is short (up to
    ``whole``), else its first lines, so a long item still flows on from the heading instead of leaving the rest of
    the page empty. Used for every heading (see :func:`arrange`) and for an item with its owner and status line."""

    def __init__(self, flowables: list[Flowable], whole: float):
        super().__init__(flowables)
        for f in self._content:
            f.__dict__["keepWithNext"] = 0  # grouped here; reportlab must not group them again
        self._whole = whole

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        head, last = self._content[:-1], self._content[-1]
        dims: list[tuple[float, float]] = []
        width, height = _listWrapOn(head, aw, self.canv, dims=dims) if head else (0.0, 0.0)
        if isinstance(last, KeepTogether):
            last.wrapOn(self.canv, aw, ah)
            w, h = aw, last._H
        else:
            w, h = last.wrapOn(self.canv, aw, 0xFFFFFFF)
            if h > self._whole:  # a long item: its first two lines (a table: its heading and first row)
                leading = getattr(getattr(last, "style", None), "leading", None)
                h = 2 * leading if isinstance(last, Paragraph) and leading else min(h, 40.0)
        if head:
            h += last.getSpaceBefore()
        self._H = height + h
        self._H0 = dims[0][1] if dims else h
        self._wrapInfo = aw, ah
        return max(width, w), 0xFFFFFF  # force a split: KeepTogether moves on to the next page when needed


def _keeps_with_next(f: Flowable) -> bool:
    return not isinstance(f, KeepTogether) and bool(f.getKeepWithNext())


def arrange(flow: list[Flowable], frame_height: float) -> list[Flowable]:
    """The page flow rules of the review, in one place:

    - a heading (any flowable whose style keeps it with the next, with the bookmarks before it) stays on one page
      with the start of what follows (:class:`Keep`);
    - a section ends with a page break only when the page is more than about 15% filled: a section that ends with
      a few lines on a new page lets the next one start below them rather than leave a nearly empty page."""
    out: list[Flowable] = []
    i, n = 0, len(flow)
    while i < n:
        f = flow[i]
        if type(f) is PageBreak:
            out.append(CondPageBreak(frame_height * 0.85))
            i += 1
            continue
        j = i
        while j < n and (isinstance(flow[j], Bookmark) or _keeps_with_next(flow[j])):
            j += 1
        grouped = any(not isinstance(x, Bookmark) for x in flow[i:j])
        if grouped and j < n and not isinstance(flow[j], (PageBreak, CondPageBreak)):
            out.append(Keep(flow[i : j + 1], frame_height / 3))
            i = j + 1
        else:
            out.append(flow[i])
            i += 1
    return out
