"""Charts as vector drawings for the PDF: the same matplotlib Figures the screens show, with their text as text.

A Figure is written as SVG with ``svg.fonttype = 'none'`` (every label stays a ``<text>`` element at the position
matplotlib laid it out) and turned into a reportlab :class:`~reportlab.graphics.shapes.Drawing` by svglib, which
the PDF draws as paths and text in the embedded fonts: labels can be searched, selected and copied, and stay sharp
when printed large.

svglib takes one font per text element, so every ``<text>`` is rewritten first (:func:`_rewrite_text`): its
characters are split into runs by the first registered reportlab font that has each glyph, in the order the chart
used (Noto Sans for text it can draw, WenQuanYi Micro Hei for Chinese and mixed text, then the Arabic, Hebrew and
Symbola fallbacks), and each run becomes its own ``<text>`` at its measured place along the line (``text-anchor``
resolved to the start of the first run). Right-to-left text is joined and put in display order first
(``rtl.display``), as the PDF's paragraphs are. Hatch patterns, which svglib does not draw, are drawn as lines
(:func:`_hatch_lines`), so the index chart's bands stay told apart in black and white.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from . import rtl, style
from .fonts import BIDI_CONTROLS, FALLBACKS, LATIN, PDF_FONT, _reportlab_cmap, printable, register_reportlab

__all__ = ["ChartDrawing", "ChartImage", "chart_flowable", "figure_drawing", "raster_charts", "render"]

_SVG = "{http://www.w3.org/2000/svg}"
_XLINK = "{http://www.w3.org/1999/xlink}"
_STYLE_ITEM = re.compile(r"\s*([a-z-]+)\s*:\s*([^;]+)")


def _style(node: Any) -> dict[str, str]:
    return {k: v.strip() for k, v in _STYLE_ITEM.findall(node.get("style", ""))}


@functools.lru_cache(maxsize=1)
def _font_map() -> Any:
    """svglib's font map that knows the registered reportlab fonts by their own names and looks nothing up on the
    system (every text names one of them after :func:`_rewrite_text`). svglib's own map asks fontconfig for a name
    it does not know and registers what it finds under that name: the system's default font would replace ours."""
    from svglib.fonts import FontMap

    register_reportlab()
    ours = frozenset((PDF_FONT, LATIN.pdf_name, *(f.pdf_name for f in FALLBACKS)))

    class OurFonts(FontMap):
        def find_font(
            self, font_name: str, weight: str = "normal", style: str = "normal"
        ) -> tuple[str, bool]:
            return (font_name, True) if font_name in ours else (PDF_FONT, False)

    return OurFonts()


def _faces(families: str) -> list[tuple[str, Any]]:
    """The reportlab fonts (with their cmaps) a text with this SVG ``font-family`` list draws with, in order: the
    Latin font only when the chart led with it, then the main font, then the fallbacks."""
    first = families.split(",")[0].strip().strip("'\"")
    faces = [LATIN.pdf_name] if first == LATIN.family else []
    faces.append(PDF_FONT)
    faces += [f.pdf_name for f in FALLBACKS]
    return [(name, _reportlab_cmap(name)) for name in faces]


def runs(text: str, families: str) -> list[tuple[str, str]]:
    """``text`` as ``(reportlab font, text)`` runs: each character in the first font of the chart's family list
    that has it (spaces, controls and characters no font has stay with the run they are in)."""
    faces = _faces(families)
    out: list[tuple[str, list[str]]] = []
    current = faces[0][0]
    for ch in text:
        if not ch.isspace() and ch not in BIDI_CONTROLS:
            cp = ord(ch)
            for name, cmap in faces:
                if cp in cmap:
                    current = name
                    break
        if out and out[-1][0] == current:
            out[-1][1].append(ch)
        else:
            out.append((current, [ch]))
    return [(name, "".join(chars)) for name, chars in out]


def _rewrite_text(node: Any) -> None:
    """One ``<text>`` as one ``<text>`` per font run, each naming its reportlab font and starting where the run
    starts (the anchor resolved with the fonts' widths); the transform (rotation) is kept on every run."""
    st = _style(node)
    content = "".join(node.itertext())
    families = st.get("font-family", "")
    size = float(re.sub(r"[a-z]+$", "", st.get("font-size", "10px")) or 10)
    anchor = st.get("text-anchor", "start")
    text = rtl.display(printable(content)) if rtl.needs_bidi(content) else printable(content)
    parts = runs(text, families)
    widths = [stringWidth(part, name, size) for name, part in parts]
    x = float(node.get("x", 0) or 0)
    y = node.get("y", "0") or "0"
    total = sum(widths)
    start = x - (total if anchor == "end" else total / 2 if anchor == "middle" else 0)
    keep = {k: v for k, v in st.items() if k in ("fill", "fill-opacity")}
    parent = node.getparent()
    index = parent.index(node)
    parent.remove(node)
    for k, ((name, part), width) in enumerate(zip(parts, widths, strict=True)):
        el = node.makeelement(f"{_SVG}text", {})
        el.set("x", f"{start:.3f}")
        el.set("y", y)
        if node.get("transform"):
            el.set("transform", node.get("transform"))
        items = [f"font-size: {size}px", f"font-family: {name}", "text-anchor: start"]
        items += [f"{k2}: {v}" for k2, v in keep.items()]
        el.set("style", "; ".join(items))
        el.text = part
        el.set(
            "{http://www.w3.org/XML/1998/namespace}space", "preserve"
        )  # a leading space is kept, as measured
        parent.insert(index + k, el)
        start += width


_OPACITY = re.compile(r"(?<![-\w])opacity\s*:\s*([0-9.]+)")


def _opacity(root: Any) -> None:
    """matplotlib's ``opacity`` (an artist's alpha) as ``fill-opacity`` and ``stroke-opacity``, which svglib
    reads (it ignores ``opacity`` on a shape: the light bands would print at full strength)."""
    for node in root.iter():
        css = node.get("style") if isinstance(node.tag, str) else None
        if css and "opacity" in css:
            node.set("style", _OPACITY.sub(r"fill-opacity: \1; stroke-opacity: \1", css))


def _hatch_lines(root: Any) -> None:
    """A fill with a matplotlib hatch pattern (``url(#h…)``) as the pattern's own lines and dots clipped to the
    shape: svglib draws no patterns. The pattern's tile is repeated over the shape's bounding box, keeping only the
    strokes that reach into it; a dot (a small circle of curves) is drawn as a round-capped point of the same
    size, a fifth of the path data."""
    patterns = {p.get("id"): p for p in root.iter(f"{_SVG}pattern")}
    if not patterns:
        return
    from svglib.svglib import normalise_svg_path

    pieces_of: dict[str, list[tuple[dict[str, str], list[tuple[Any, ...]]]]] = {}
    for node in list(root.iter(f"{_SVG}path")):
        st = _style(node)
        m = re.match(r"url\(#([^)]*)\)", st.get("fill", ""))
        if not m or m.group(1) not in patterns:
            continue
        pattern = patterns[m.group(1)]
        if m.group(1) not in pieces_of:
            pieces_of[m.group(1)] = [
                (_style(child), _pattern_strokes(child.get("d", "")))
                for child in pattern
                if child.tag == f"{_SVG}path" and "url(" not in child.get("style", "")
            ]
        tile_w, tile_h = float(pattern.get("width")), float(pattern.get("height"))
        xs, ys = _path_points(normalise_svg_path(node.get("d", "")))
        if not xs:
            continue
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        group = node.makeelement(f"{_SVG}g", {})
        # The shape itself as the clip (svglib clips a group by a clipPath reference).
        clip_id = f"hclip{len(root)}"
        clip = node.makeelement(f"{_SVG}clipPath", {"id": clip_id})
        clip.append(node.makeelement(f"{_SVG}path", {"d": node.get("d")}))
        root.insert(0, clip)
        group.set("clip-path", f"url(#{clip_id})")
        for piece_style, strokes in pieces_of[m.group(1)]:
            lines: list[str] = []
            dots: list[str] = []
            radius = 0.0
            ty = y0 - (y0 % tile_h)
            while ty < y1:
                tx = x0 - (x0 % tile_w)
                while tx < x1:
                    for kind, bx0, by0, bx1, by1, data in strokes:
                        if bx1 + tx < x0 or bx0 + tx > x1 or by1 + ty < y0 or by0 + ty > y1:
                            continue
                        if kind == "dot":
                            cx, cy = (bx0 + bx1) / 2 + tx, (by0 + by1) / 2 + ty
                            dots.append(f"M{cx:.2f} {cy:.2f}L{cx + 0.01:.2f} {cy:.2f}")
                            radius = max(radius, (bx1 - bx0) / 2)
                        else:
                            lines.append(" ".join(f"{op}{x + tx:.2f} {y + ty:.2f}" for op, x, y in data))
                    tx += tile_w
                ty += tile_h
            colour = piece_style.get("stroke", "#000000")
            width = float(piece_style.get("stroke-width", "1") or 1)
            if lines:
                css = f"fill: none; stroke: {colour}; stroke-width: {width}; stroke-linecap: butt"
                group.append(node.makeelement(f"{_SVG}path", {"d": "".join(lines), "style": css}))
            if dots:
                css = f"fill: none; stroke: {colour}; stroke-width: {2 * radius + width:.2f}; stroke-linecap: round"
                group.append(node.makeelement(f"{_SVG}path", {"d": "".join(dots), "style": css}))
        node.set("style", ";".join(f"{k}: {v}" for k, v in st.items() if k != "fill") + "; fill: none")
        parent = node.getparent()
        parent.insert(parent.index(node) + 1, group)


@functools.lru_cache(maxsize=64)
def _pattern_strokes(d: str) -> list[tuple[Any, ...]]:
    """A hatch pattern's strokes, parsed once (every chart of the same hatch has the same pattern path)."""
    from svglib.svglib import normalise_svg_path

    return _strokes(normalise_svg_path(d))


def _strokes(norm: list[Any]) -> list[tuple[Any, ...]]:
    """A hatch path as its strokes: ``("dot", bbox…, None)`` for a closed subpath of curves (a dot), else
    ``("line", bbox…, [(op, x, y), …])`` for moves and lines."""
    subpaths: list[list[tuple[str, list[float]]]] = []
    for i in range(0, len(norm), 2):
        op, nums = norm[i], norm[i + 1]
        if op == "M" or not subpaths:
            subpaths.append([])
        subpaths[-1].append((op, nums))
    out: list[tuple[Any, ...]] = []
    for sub in subpaths:
        xs = [v for op, nums in sub for v in nums[0::2]]
        ys = [v for op, nums in sub for v in nums[1::2]]
        if not xs:
            continue
        box = (min(xs), min(ys), max(xs), max(ys))
        if any(op == "C" for op, _nums in sub):
            out.append(("dot", *box, None))
        else:
            out.append(("line", *box, [(op, nums[0], nums[1]) for op, nums in sub if op in "ML" and nums]))
    return out


def _path_points(norm: list[Any]) -> tuple[list[float], list[float]]:
    xs: list[float] = []
    ys: list[float] = []
    for i in range(0, len(norm), 2):
        op, nums = norm[i], norm[i + 1]
        if op.isupper() and len(nums) >= 2:
            xs += nums[0::2]
            ys += nums[1::2]
    return xs, ys


def figure_svg(fig: Any) -> bytes:
    """The Figure as SVG with its text kept as text."""
    import matplotlib

    buf = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "healthdesk", "svg.id": None}):
        fig.savefig(buf, format="svg", dpi=72, metadata={"Date": None})
    return buf.getvalue()


def figure_drawing(fig: Any) -> Drawing:
    """The Figure as a reportlab Drawing, its size in points (1 inch = 72 points), text as text."""
    from lxml import etree
    from svglib.svglib import SvgRenderer

    register_reportlab()
    parser = etree.XMLParser(remove_comments=True, resolve_entities=False, no_network=True)
    root = etree.fromstring(figure_svg(fig), parser)
    for node in list(root.iter(f"{_SVG}text")):
        _rewrite_text(node)
    _opacity(root)
    _hatch_lines(root)
    drawing = SvgRenderer("chart.svg", font_map=_font_map()).render(root)
    drawing.initialFontName = PDF_FONT  # renderPDF would otherwise set Helvetica (never used, but listed)
    return drawing


class ChartDrawing(Flowable):
    """A chart as a vector drawing, as wide as the frame (never enlarged beyond its nominal width, so its type
    stays at the size it was laid out in); shrunk only when taller than ``max_height``."""

    def __init__(self, drawing: Drawing, max_height: float):
        super().__init__()
        self._drawing = drawing
        self._aspect = drawing.height / drawing.width
        self._max_height = max_height
        self._w = self._h = 0.0

    @property
    def aspect(self) -> float:
        return self._aspect

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        w = min(avail_width, self._drawing.width, style.CHART_WIDTH * 72)
        h = w * self._aspect
        if h > self._max_height:
            h = self._max_height
            w = h / self._aspect
        self._w, self._h = w, h
        return w, h

    def draw(self) -> None:
        from reportlab.graphics import renderPDF

        scale = self._w / self._drawing.width
        self.canv.saveState()
        self.canv.scale(scale, scale)
        renderPDF.draw(self._drawing, self.canv, 0, 0)
        self.canv.restoreState()


class ChartImage(Flowable):
    """A chart rendered at :data:`style.CHART_DPI`, as wide as the frame; shrunk only when taller than
    ``max_height`` (the review's charts before they were vector; kept for :func:`raster_charts`)."""

    def __init__(self, image: Any, aspect: float, max_height: float):
        super().__init__()
        self._image = ImageReader(image)
        self._aspect = aspect  # height / width
        self._max_height = max_height
        self._w = self._h = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        w = min(avail_width, style.CHART_WIDTH * 72)  # never enlarged: chart type stays at its nominal size
        h = w * self._aspect
        if h > self._max_height:
            h = self._max_height
            w = h / self._aspect
        self._w, self._h = w, h
        return w, h

    def draw(self) -> None:
        self.canv.drawImage(self._image, 0, 0, width=self._w, height=self._h)


_raster = False


@contextmanager
def raster_charts() -> Iterator[None]:
    """Within it, :func:`render` draws charts as images at :data:`style.CHART_DPI` (the way they were printed
    before; the tests and the benchmark compare against it)."""
    global _raster
    before, _raster = _raster, True
    try:
        yield
    finally:
        _raster = before


def _image(fig: Any) -> tuple[Any, float]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    fig.set_dpi(style.CHART_DPI)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    w, h = canvas.get_width_height()
    image = Image.frombuffer("RGBA", (w, h), canvas.buffer_rgba(), "raw", "RGBA", 0, 1).convert("RGB")
    return image, h / w


def render(fig: Any) -> tuple[Any, float]:
    """The Figure for the PDF, as ``(drawing, height / width)``: a vector Drawing (an image within
    :func:`raster_charts`)."""
    if _raster:
        return _image(fig)
    drawing = figure_drawing(fig)
    return drawing, drawing.height / drawing.width


def chart_flowable(chart: Any, aspect: float, max_height: float) -> Flowable:
    """The flowable that prints a chart :func:`render` made."""
    if isinstance(chart, Drawing):
        return ChartDrawing(chart, max_height)
    return ChartImage(chart, aspect, max_height)
