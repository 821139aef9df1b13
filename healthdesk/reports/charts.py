"""Charts of the scoring engine's results as matplotlib ``Figure`` objects (no pyplot, no global rcParams).

The dashboard embeds them with ``FigureCanvasQTAgg(fig)``; the PDF renders them to PNG with :func:`render_png`.
Every text goes through :func:`label` (characters the bundled font lacks become a visible replacement, ``$`` never
starts mathtext). Withheld values are never drawn as zero: they are left out and said so on the chart.

Each function takes ``lang`` "en", "zh" or "bilingual". Layouts use fixed margins computed from the content
(no tight/constrained layout), so building and drawing a chart stays well under the 100 ms the dashboard needs.

Charts across rounds (trend, heat map, the detail's :func:`history_chart`) name every round while the names fit
side by side and at most :data:`MAX_ROUND_LABELS` show; beyond that every n-th round, always the first and the last,
never two names touching (:func:`round_ticks`, measured in the bundled font). ``max_rounds`` shows only the latest
rounds with a note "latest 12 of 40 rounds".
"""

from __future__ import annotations

import functools
import io
import math
import unicodedata
from collections.abc import Collection, Sequence
from fractions import Fraction

from matplotlib.collections import PatchCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.text import Annotation, Text

from ..analysis.numbers import fmt1, fmt2, fmt_signed2, to_float
from ..analysis.types import SIDES, RoundScores, Withheld
from ..framework import Framework
from . import rtl, style
from .catalogue import t, text_of
from .fonts import (
    CHART_FALLBACK_FAMILIES,
    CHART_FAMILIES,
    FONT_FAMILY,
    LATIN_FAMILY,
    chart_families,
    printable,
    register_matplotlib,
)

__all__ = [
    "gap_chart",
    "heatmap_chart",
    "history_chart",
    "label",
    "portfolio_heatmap",
    "radar_chart",
    "render_png",
    "trend_chart",
    "wrap",
]

NAN = float("nan")

# Texts the charts need that the report catalogue does not hold yet (the catalogue wins once it has them).
MAX_ROUND_LABELS = 12  # at most this many round names under a round axis; the others keep a tick mark


# --------------------------------------------------------------------------------------------------- text helpers


def _matplotlib_shapes() -> bool:
    from matplotlib import ft2font

    return bool(getattr(ft2font, "__libraqm_version__", ""))


_MPL_SHAPES = _matplotlib_shapes()


def label(text: object) -> str:
    """Text safe for a matplotlib label: printable in the bundled fonts, ``$`` shown as a dollar sign. matplotlib
    3.11 lays text out with libraqm (Arabic joined, right-to-left order, controls applied); an older one gets the
    text already joined and in display order, line by line."""
    s = printable(text)
    if not _MPL_SHAPES and rtl.needs_bidi(s):
        s = "\n".join(rtl.display(line) for line in s.split("\n"))
    return s.replace("$", r"\$")


def _units(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _width(text: str) -> int:
    return sum(_units(ch) for ch in text)


def wrap(text: str, width: int = 24, max_lines: int = 4) -> str:
    """Wrap for a chart label: ``width`` in Latin-letter units (a Chinese character counts two), breaking at spaces
    in Latin text and between any two Chinese characters; a word longer than a line is cut. Lines beyond
    ``max_lines`` are joined into the last one with an ellipsis, so a label never grows without end."""
    lines: list[str] = []
    for paragraph in str(text).split("\n"):
        tokens: list[str] = []
        word = ""
        for ch in paragraph:
            if ch == " ":
                if word:
                    tokens.append(word)
                word = ""
                tokens.append(" ")
            elif _units(ch) == 2:
                if word:
                    tokens.append(word)
                word = ""
                tokens.append(ch)
            else:
                word += ch
        if word:
            tokens.append(word)
        line = ""
        for tok in tokens:
            if tok == " ":
                if line and _width(line) < width:
                    line += " "
                continue
            while _width(tok) > width:  # a word longer than a line: cut it
                if line.strip():
                    lines.append(line.rstrip())
                    line = ""
                cut = 0
                while cut < len(tok) and _width(tok[: cut + 1]) <= width:
                    cut += 1
                lines.append(tok[:cut])
                tok = tok[cut:]
            if _width(line + tok) > width and line.strip():
                lines.append(line.rstrip())
                line = tok
            else:
                line += tok
        lines.append(line.rstrip())
    if len(lines) > max_lines:
        lines = lines[: max_lines - 1] + [lines[max_lines - 1].rstrip() + "…"]
    return "\n".join(lines)


def wrap_balanced(text: str, width: int = 24, max_lines: int = 4) -> str:
    """As :func:`wrap`, but choosing among the narrower wraps the one that, in this order, breaks fewest times
    between two characters of a word or name ("华 / 岳智造"), has fewest lines, and has the most even lines (no lone
    "3" under "… 2 of"). Breaks at spaces are free."""
    text = str(text)
    wrapped = wrap(text, width, max_lines)
    if "\n" not in wrapped or "\n" in text:
        return wrapped

    def cost(candidate: str) -> tuple[int, int, int]:
        parts = candidate.split("\n")
        inside = sum(f"{a} {b}" not in text for a, b in zip(parts, parts[1:], strict=False))
        return inside, len(parts), -min(_width(part) for part in parts)

    best = wrapped
    for narrower in range(width - 1, max(1, math.ceil(_width(text) / max_lines)) - 1, -1):
        candidate = wrap(text, narrower, max_lines)
        if "…" in candidate and "…" not in text:
            continue  # cut short: more lines than max_lines
        if cost(candidate) < cost(best):
            best = candidate
    return best


def wrap_name(text: str, width: int = 24, max_lines: int = 2) -> str:
    """Wrap a name (a partnership's, e.g. "云启 × 华岳 智能制造联合方案") at its spaces when it has any and every
    part fits a line, so a Chinese word is never broken in the middle; otherwise as :func:`wrap` does."""
    parts = str(text).split()
    if len(parts) > 1 and all(_width(part) <= width for part in parts):
        lines: list[str] = []
        for part in parts:
            if lines and _width(lines[-1] + " " + part) <= width:
                lines[-1] += " " + part
            else:
                lines.append(part)
        if len(lines) <= max_lines:
            return "\n".join(lines)
    return wrap(text, width, max_lines)


def _two(key: str, lang: str, **params: object) -> str:
    """A chart label; bilingual puts English and Chinese on two lines (narrower than one long line)."""
    if lang == "bilingual":
        return label(t(key, "en", **params) + "\n" + t(key, "zh", **params))
    return label(t(key, lang, **params))


def _font(size: float, **extra: object) -> dict[str, object]:
    return {"fontfamily": CHART_FAMILIES, "fontsize": size, **extra}


def _legend_font() -> dict[str, object]:
    return {"family": CHART_FAMILIES, "size": style.LEGEND_SIZE}


class _Figure(Figure):
    """A Figure whose texts get their fonts when drawn (``fonts.chart_families``): Latin text the Latin font,
    Chinese and mixed text the CJK font, emoji, Arabic or Hebrew the fallbacks as well. A family list on every
    text would slow every chart by about a fifth."""

    def draw(self, renderer) -> None:  # noqa: ANN001
        for text in self.findobj(Text):
            content = text.get_text()
            if content and text.get_fontfamily() in _OUR_FAMILIES:
                families = chart_families(content)
                if text.get_fontfamily() != families:
                    text.set_fontfamily(families)
        super().draw(renderer)


_OUR_FAMILIES = [CHART_FAMILIES, CHART_FALLBACK_FAMILIES, [LATIN_FAMILY], [FONT_FAMILY]]


def _figure(width: float, height: float) -> Figure:
    register_matplotlib()
    fig = _Figure(figsize=(width, height), dpi=100)
    fig.patch.set_facecolor("white")
    return fig


def _title(fig: Figure, text: str, y: float | None = None) -> None:
    """The chart's title (what to see), top left; its artist has gid "title"."""
    top = 1 - 0.12 / fig.get_figheight() if y is None else y
    fig.text(
        0.02,
        top,
        label(text),
        ha="left",
        va="top",
        color=style.TEXT_COLOUR,
        gid="title",
        **_font(style.TITLE_SIZE),
    )


def _note(fig: Figure, lines: Sequence[str], bottom_in: float = 0.06) -> None:
    if not lines:
        return
    fig.text(
        0.02,
        bottom_in / fig.get_figheight(),
        label("\n".join(lines)),
        ha="left",
        va="bottom",
        color=style.MUTED_COLOUR,
        **_font(style.NOTE_SIZE),
    )


def _style_axes(ax) -> None:  # noqa: ANN001
    ax.tick_params(labelfontfamily=CHART_FAMILIES, labelsize=style.TICK_SIZE, colors=style.TEXT_COLOUR)
    for spine in ax.spines.values():
        spine.set_color(style.GRID_COLOUR)


def _side_name(side: str, labels: dict[str, str] | None) -> str:
    if labels and labels.get(side):
        return str(labels[side])
    return side


def _withheld_notes(scores: RoundScores, labels: dict[str, str] | None, lang: str) -> list[str]:
    notes = []
    for w in scores.withheld:
        if w.code == "side_below_threshold":
            notes.append(
                t(
                    "withheld.side",
                    lang,
                    side=_side_name(w.params["side"], labels),
                    submitted=w.params["submitted"],
                    required=w.params["required"],
                )
            )
    return notes


def _indicator_withheld(scores: RoundScores) -> dict[str, list[Withheld]]:
    out: dict[str, list[Withheld]] = {}
    for w in scores.withheld:
        if w.code == "indicator_below_threshold":
            out.setdefault(w.params["indicator"], []).append(w)
    return out


def _f(x: Fraction | None) -> float:
    value = to_float(x)
    return NAN if value is None else value


def _axis_text(text: object, lang: str, width: int) -> str:
    return wrap(label(text), width)


def _name(obj_text, lang: str, width: int) -> str:  # noqa: ANN001
    """A framework name for a chart axis: bilingual puts the two languages on separate lines."""
    if lang == "bilingual":
        return wrap(label(obj_text.en), width) + "\n" + wrap(label(obj_text.zh), width)
    return wrap(label(obj_text.get(lang)), width)


def _ordered(history: Sequence[RoundScores]) -> list[RoundScores]:
    return sorted(history, key=lambda s: (s.start_date, s.round_id))


@functools.lru_cache(maxsize=8)
def _font_properties(size: float):  # noqa: ANN202
    from matplotlib.font_manager import FontProperties

    register_matplotlib()
    return FontProperties(family=CHART_FAMILIES, size=size)


@functools.lru_cache(maxsize=4096)
def text_width(text: str, size: float = style.TICK_SIZE) -> float:
    """Width in inches of the widest line of ``text`` at ``size`` points in the bundled font (as Agg draws it)."""
    from matplotlib.textpath import text_to_path

    prop = _font_properties(size)
    widest = 0.0
    for line in text.split("\n"):
        if line:
            widest = max(widest, text_to_path.get_text_width_height_descent(line, prop, ismath=False)[0])
    return widest / 72


def _spaced(n: int, step: int, widths: Sequence[float], slot: float, pad: float) -> list[int] | None:
    """Every ``step``-th of ``n`` positions, always the first and the last; None when two neighbours would touch
    (labels of ``widths`` inches centred on positions ``slot`` inches apart, ``pad`` inches between them)."""
    positions = list(range(0, n, step))
    if positions[-1] != n - 1:
        last = n - 1
        if (
            len(positions) > 1
            and (last - positions[-1]) * slot < (widths[positions[-1]] + widths[last]) / 2 + pad
        ):
            positions.pop()  # the last round's name wins over the one just before it
        positions.append(last)
    for left, right in zip(positions, positions[1:], strict=False):
        if (right - left) * slot < (widths[left] + widths[right]) / 2 + pad:
            return None
    return positions


def _uncut(wrapped: str, original: str) -> bool:
    """Whether ``wrapped`` keeps every character of the one-line ``original`` and breaks only where a reader
    expects it: at a space, after a hyphen or slash, or next to a Chinese character (never inside a word)."""
    if "\n" in original:
        return False
    rest = original
    lines = wrapped.split("\n")
    for k, line in enumerate(lines):
        rest = rest.lstrip(" ")
        if not rest.startswith(line):
            return False
        rest = rest[len(line) :]
        if k < len(lines) - 1 and rest and not rest.startswith(" "):
            before, after = line[-1:], rest[0]
            if before not in "-/–·" and _units(before or " ") != 2 and _units(after) != 2:
                return False
    return not rest.strip()


def _two_lines(text: str, width: int) -> str:
    """``text`` on at most two lines no wider than needed (the narrowest wrap that cuts no word), else wrapped to
    ``width`` and cut as :func:`wrap` cuts."""
    for units in range(4, width + 1):
        wrapped = wrap(text, units, 2)
        if _uncut(wrapped, text):
            return wrapped
    return wrap(text, width, 2)


def round_ticks(
    names: Sequence[str],
    slot: float,
    width: int = 12,
    max_labels: int | None = MAX_ROUND_LABELS,
    size: float = style.TICK_SIZE,
    pad: float = 0.06,
) -> tuple[list[int], list[str]]:
    """Which rounds of a round axis get their name shown, and the names as shown.

    ``slot`` is the distance between two rounds in inches. A name stays on one line when it is at most ``width``
    Latin-letter units (a Chinese character counts two) and fits, else it goes on two balanced lines. All names
    show when they fit side by side; otherwise every n-th name, always the first and the last: the smallest n for
    which no two names touch and at most ``max_labels`` show.
    """
    n = len(names)
    if n == 0:
        return [], []
    plain = [label(x) for x in names]
    one = [x if _width(x) <= width and "\n" not in x else None for x in plain]
    one_w = [text_width(x, size) if x is not None else math.inf for x in one]
    two = [_two_lines(x, width) for x in plain]
    two_w = [text_width(x, size) for x in two]
    for step in range(1, n + 1):
        room = step * slot - pad
        texts = [o if w <= room else tw for o, w, tw in zip(one, one_w, two, strict=True)]
        widths = [w if w <= room else ww for w, ww in zip(one_w, two_w, strict=True)]
        positions = _spaced(n, step, widths, slot, pad)
        if positions is not None and (not max_labels or len(positions) <= max(max_labels, 2)):
            return positions, [texts[p] for p in positions]  # type: ignore[misc]
    positions = [0, n - 1] if n > 1 else [0]  # names wider than the whole axis: first and last
    return positions, [two[p] for p in positions]


def _latest(
    history: Sequence[RoundScores], max_rounds: int | None
) -> tuple[list[RoundScores], list[RoundScores]]:
    """(earlier rounds left out, rounds shown): the latest ``max_rounds`` of the history in time order."""
    ordered = _ordered(history)
    if max_rounds is None or len(ordered) <= max_rounds:
        return [], ordered
    return ordered[:-max_rounds], ordered[-max_rounds:]


def _segments(ordered: Sequence[RoundScores]) -> list[list[int]]:
    """Positions grouped into runs of consecutive rounds of the same framework version."""
    segments: list[list[int]] = []
    for pos, sc in enumerate(ordered):
        if pos and sc.framework_key == ordered[pos - 1].framework_key:
            segments[-1].append(pos)
        else:
            segments.append([pos])
    return segments


def _round_axis(ax, ordered: Sequence[RoundScores], slot: float, size: float = style.TICK_SIZE) -> list[int]:  # noqa: ANN001
    """Round names under ``ax`` (thinned when there are many, see :func:`round_ticks`), a plain tick mark for
    every round; returns the positions that have a name."""
    n = len(ordered)
    positions, names = round_ticks([sc.label for sc in ordered], slot, size=size)
    ax.set_xticks(positions, names)
    if len(positions) < n:
        named = set(positions)
        ax.set_xticks([p for p in range(n) if p not in named], minor=True)
        ax.tick_params(axis="x", which="minor", length=2, color=style.GRID_COLOUR)
    return positions


def _break_text(ax, pos: int, n: int, y: float, text: str) -> None:  # noqa: ANN001
    """The version-break note beside its dashed line, on the side with more room."""
    right_side = pos <= n / 2
    ax.text(
        pos - 0.45 if right_side else pos - 0.55,
        y,
        wrap(label(text), 26),
        ha="left" if right_side else "right",
        va="top",
        color=style.MUTED_COLOUR,
        **_font(style.NOTE_SIZE),
    )


def _version_text(old: str, new: str) -> tuple[str, str]:
    old_id, _, old_v = old.partition("@")
    new_id, _, new_v = new.partition("@")
    if old_id == new_id and old_v and new_v:
        return f"v{old_v}", f"v{new_v}"
    return old, new


# --------------------------------------------------------------------------------------------------- radar


def _polar_grid(ax, angles: Sequence[float], n: int, *, first_tick: str, grid_width: float) -> None:  # noqa: ANN001
    """The radar's 1-5 polar grid, clockwise from the top (the dashboard's radar and the summary sheet's)."""
    ax.set_theta_offset(math.pi / 2)
    ax.set_theta_direction(-1)
    ax.set_ylim(1, 5)
    ax.set_yticks([1, 2, 3, 4, 5])
    ax.set_yticklabels([first_tick, "2", "3", "4", "5"], color=style.MUTED_COLOUR)
    ax.set_rlabel_position(180 / n)
    ax.set_xticks(angles)
    ax.set_xticklabels([])
    ax.grid(color=style.GRID_COLOUR, linewidth=grid_width)
    ax.spines["polar"].set_color(style.GRID_COLOUR)
    _style_axes(ax)


def radar_chart(
    scores: RoundScores,
    framework: Framework,
    labels: dict[str, str],
    lang: str,
    *,
    size: tuple[float, float] | None = None,
) -> Figure:
    """Both partners and the joint score per dimension on one radar, scale 1-5.

    ``size`` (width, height in inches; the screen's space): the radar as large as that space allows beside its
    legend and joint values, never smaller than readable (the figure is then larger than asked). Without it, the
    printed layout (the PDF's text width)."""
    dims = framework.dimensions
    n = len(dims)
    angles = [2 * math.pi * k / n for k in range(n)]
    width = 16 if lang != "zh" else 14
    names = [_name(dim.name, lang, width) for dim in dims]
    # Room for the dimension names above and below the circle, so they never touch the title or the notes.
    line = 0.145  # inches per label line
    top_lines = max(
        (nm.count("\n") + 1 for a, nm in zip(angles, names, strict=True) if math.cos(a) > 0.5), default=1
    )
    bottom_lines = max(
        (nm.count("\n") + 1 for a, nm in zip(angles, names, strict=True) if math.cos(a) < -0.5), default=1
    )
    notes = [*_withheld_notes(scores, labels, lang), t("chart.scale_note", lang)]
    note_lines = sum(x.count("\n") + 1 for x in notes)
    rows = []  # the joint values beside the legend: the numbers behind the shape
    for dim in dims:
        jv = scores.dimensions.get(dim.id)
        value = fmt2(jv.joint) if jv is not None else None
        symbol = style.LIGHT_SYMBOLS[jv.light] if jv is not None and jv.light else ""
        rows.append(
            f"{wrap(label(text_of(dim.name, 'en' if lang == 'bilingual' else lang)), 22, 1)}  {value or style.DASH} {symbol}"
        )
    series: list[tuple[str, str, list[float]]] = []
    for side in SIDES:
        sd = scores.sides.get(side)
        values = [_f(sd.dimensions.get(d.id)) if sd is not None else NAN for d in dims]
        series.append((side, _side_name(side, labels), values))
    series.append(
        (
            "joint",
            t("joint", lang),
            [_f(scores.dimensions[d.id].joint) if d.id in scores.dimensions else NAN for d in dims],
        )
    )
    legend_names = [
        f"{name} — {t('withheld', lang)}" if all(math.isnan(v) for v in values) else name
        for _key, name, values in series
    ]
    if size is None:
        fig_width = style.CHART_WIDTH
        diameter = 2.45
        below = 0.32 + bottom_lines * line + 0.14
        height = 0.4 + top_lines * line + 0.16 + diameter + below
        centre_x = 0.36 * fig_width
        side_x = 0.68 * fig_width
    else:
        # Beside the circle: the names at its sides; right of them the legend and the joint values.
        side_names = [nm for a, nm in zip(angles, names, strict=True) if abs(math.sin(a)) >= 0.2]
        name_w = max(
            (text_width(x, style.LABEL_SIZE) for nm in side_names for x in nm.split("\n")), default=0.8
        )
        right_w = max(1.6, max(text_width(r, style.NOTE_SIZE) for r in rows) + 0.25)
        # The scale note goes under the joint values; only why something is withheld stays below the radar.
        side_note = notes.pop()
        note_lines -= 1
        note_h = note_lines * style.NOTE_SIZE * 1.3 / 72 + 0.1 if notes else 0.0
        right_w = max(right_w, text_width(side_note, style.NOTE_SIZE) + 0.25)
        legend_w = (
            max(text_width(name, style.LEGEND_SIZE) for name in legend_names) + 3.2 * style.LEGEND_SIZE / 72
        )
        right_w = max(right_w, legend_w + 0.45)  # the legend's handles, gaps and names
        above = 0.4 + top_lines * line + 0.16
        below = 0.06 + bottom_lines * line + 0.14 + note_h
        fits_w = size[0] - right_w - 2 * (name_w + 0.2)
        diameter = max(1.2, min(fits_w, size[1] - above - below, 5.5))
        fig_width = max(size[0], diameter + 2 * (name_w + 0.2) + right_w)
        height = max(size[1], above + diameter + below)
        below += (height - above - diameter - below) / 2  # the circle in the middle of the height left
        left_w = fig_width - right_w
        centre_x = left_w / 2 + 0.1
        side_x = left_w + 0.05
    fig = _figure(fig_width, height)
    _title(fig, t("chart.radar.title" if n == 5 else "chart.radar.title_n", lang))
    ax = fig.add_axes(
        (
            (centre_x - diameter / 2) / fig_width,
            below / height,
            diameter / fig_width,
            diameter / height,
        ),
        projection="polar",
    )
    _polar_grid(ax, angles, n, first_tick="1", grid_width=0.6)
    ax.tick_params(labelsize=style.NOTE_SIZE)  # the scale's numbers: 11 px or more on screen
    for angle, name in zip(angles, names, strict=True):
        s = math.sin(angle)
        ha = "center" if abs(s) < 0.2 else ("left" if s > 0 else "right")
        va = "bottom" if math.cos(angle) > 0.5 else ("top" if math.cos(angle) < -0.5 else "center")
        ax.text(angle, 5.45, name, ha=ha, va=va, clip_on=False, **_font(style.LABEL_SIZE))

    handles = []
    for key, name, values in series:
        st = style.LINE_STYLES[key]
        if all(math.isnan(v) for v in values):
            handles.append(Line2D([], [], **st, label=label(legend_names[len(handles)])))
            continue
        xs = [*angles, angles[0]]
        ys = [*values, values[0]]
        (line,) = ax.plot(xs, ys, label=label(name), clip_on=False, zorder=3 if key == "joint" else 2, **st)
        if key != "joint":
            ax.fill(
                angles, [1 if math.isnan(v) else v for v in values], color=st["color"], alpha=0.07, zorder=1
            )
        handles.append(line)
    joint_top = (below + diameter * 0.52) / height
    legend_top = (below + diameter) / height
    if size is not None:  # legend, joint values and scale as one block, in the middle of the circle's height
        rows_h = len(rows) * style.NOTE_SIZE * 1.9 / 72  # 1.5 lines, and the taller CJK font of a dash
        block = 3 * style.LEGEND_SIZE * 1.9 / 72 + 0.3 + rows_h + 0.25 + 0.3
        legend_top = min((below + diameter / 2 + block / 2) / height, 1 - 0.45 / height)
        joint_top = legend_top - (3 * style.LEGEND_SIZE * 1.9 / 72 + 0.3) / height
    fig.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(side_x / fig_width, legend_top),
        frameon=False,
        prop=_legend_font(),
        handlelength=3.2,
    )
    x = (side_x + 0.065) / fig_width
    fig.text(
        x,
        joint_top,
        t("joint", lang),
        ha="left",
        va="top",
        gid="joint-heading",
        **_font(style.LABEL_SIZE, color=style.TEXT_COLOUR),
    )
    # One text per row at an even pitch: in one multi-line text the rows carrying a fallback glyph (× ●) would
    # sit at uneven distances.
    pitch = style.NOTE_SIZE * 1.75 / 72 / height
    for k, row in enumerate(rows):
        values = fig.text(
            x,
            joint_top - 0.22 / height - k * pitch,
            row,
            ha="left",
            va="top",
            gid="joint-values",
            **_font(style.NOTE_SIZE, color=style.TEXT_COLOUR),
        )
    if size is not None:  # the scale under the joint values, wherever the fonts put their last line
        fig.add_artist(
            Annotation(
                label(side_note),
                xy=(0, 0),
                xycoords=values,
                xytext=(0, -9),
                textcoords="offset points",
                ha="left",
                va="top",
                color=style.MUTED_COLOUR,
                gid="scale-note",
                **_font(style.NOTE_SIZE),
            )
        )
    _note(fig, notes)
    return fig


# --------------------------------------------------------------------------------------------------- trend


# Behind a value printed over a line: the line stays visible, the digits readable where the line crosses them.
_VALUE_BOX = {"facecolor": "white", "edgecolor": "none", "pad": 0.4, "alpha": 0.9}


def trend_chart(
    history: list[RoundScores],
    framework: Framework,
    lang: str,
    labels: dict[str, str] | None = None,
    *,
    first_is_baseline: bool | None = None,
    max_rounds: int | None = None,
    size: tuple[float, float] | None = None,
) -> Figure:
    """Health index (top, 0-100) and each dimension's joint score (bottom, 1-5) across rounds.

    ``size`` (width, height in inches; the screen's space): laid out for it, at least :data:`TREND_MIN_HEIGHT`
    high, each line named at its end and no legend below (the names are the legend). Without it, the printed
    layout with a legend as well.

    A change of framework version interrupts the lines and says why; the first round (and the first after a
    version change) is marked as the baseline; a round without both sides' results is marked as withheld.

    ``max_rounds`` shows only the latest that many rounds and says so ("latest 12 of 40 rounds").
    ``first_is_baseline``: whether the first round shown with an index is the partnership's baseline. By default
    it is decided from the history given: it is, unless the latest round left out by ``max_rounds`` that has an
    index is of the same framework version (the engine's rule: a baseline has no earlier result to compare). Pass
    False when ``history`` is itself a window of a longer history. Round names are thinned when there are many
    (:func:`round_ticks`); the index values are printed above the rounds that are named."""
    earlier, ordered = _latest(history, max_rounds)
    if first_is_baseline is None:
        before = [sc for sc in earlier if sc.index is not None]
        first_is_baseline = not (ordered and before and before[-1].framework_key == ordered[0].framework_key)
    n = len(ordered)
    legend = size is None
    if size is None:
        fig_width, fig_height = style.CHART_WIDTH, 4.9 if lang != "bilingual" else 5.2
    else:
        fig_width, fig_height = max(size[0], 4.5), max(size[1], TREND_MIN_HEIGHT)
    fig = _figure(fig_width, fig_height)
    _title(fig, t("chart.trend.title", lang))
    legend_rows = math.ceil(len(framework.dimensions) / 3) if legend else 0
    bottom = (0.55 + 0.22 * legend_rows + (0.2 if lang == "bilingual" else 0)) / fig.get_figheight()
    top = 1 - 0.55 / fig.get_figheight()
    gap = (0.5 if legend else 0.42) / fig.get_figheight()
    total = top - bottom - gap
    h_top = total * (0.42 if legend else 0.38)
    # Right of the plot: room for each dimension's name at the end of its line (as wide as the widest name).
    left = 0.07 * style.CHART_WIDTH / fig_width
    names = _end_names(framework, lang, wide=not legend and fig_width >= 5.5)
    label_in = max((text_width(x, style.NOTE_SIZE) for x in names), default=0.0) + END_LEAD_IN + 0.1
    width = 1 - left - label_in / fig_width
    ax_i = fig.add_axes((left, top - h_top, width, h_top))
    ax_d = fig.add_axes((left, bottom, width, total - h_top))
    for ax in (ax_i, ax_d):
        _style_axes(ax)
        ax.grid(axis="y", color=style.GRID_COLOUR, linewidth=0.5)
        ax.set_axisbelow(True)
    ax_i.set_ylim(0, 100)
    ax_i.set_yticks([0, 25, 50, 75, 100])
    ax_d.set_ylim(1, 5)
    ax_d.set_yticks([1, 2, 3, 4, 5])
    ax_i.set_title(
        label(t("chart.trend.index", lang)), loc="left", **_font(style.LABEL_SIZE, color=style.TEXT_COLOUR)
    )
    ax_d.set_title(
        label(t("chart.trend.dims", lang)), loc="left", **_font(style.LABEL_SIZE, color=style.TEXT_COLOUR)
    )
    if earlier:
        ax_i.text(
            1.0,
            1.02,
            label(t("chart.latest_rounds", lang, shown=n, total=n + len(earlier))),
            transform=ax_i.transAxes,
            ha="right",
            va="bottom",
            color=style.MUTED_COLOUR,
            gid="latest-rounds",
            **_font(style.NOTE_SIZE),
        )
    # Light bands on the index panel: where red, amber and green start.
    red_at = float((framework.red_below - 1) / 4 * 100)
    green_at = float((framework.green_from - 1) / 4 * 100)
    for lo, hi, light in ((0, red_at, "red"), (red_at, green_at, "amber"), (green_at, 100, "green")):
        _light_band(ax_i, lo, hi, light)
        ax_i.text(
            1.0,
            (lo + hi) / 2,
            f" {style.LIGHT_SYMBOLS[light]}",
            transform=ax_i.get_yaxis_transform(),
            ha="left",
            va="center",
            color=style.LIGHT_COLOURS[light],
            clip_on=False,
            **_font(style.NOTE_SIZE),
        )

    for ax in (ax_i, ax_d):
        ax.set_xlim(-0.5, max(n - 0.5, 0.5))
    slot = fig_width * width / max(n, 1)
    named = _round_axis(ax_d, ordered, slot)
    ax_i.set_xticks([])  # the rounds are named once, under the lower panel
    many = len(named) < n  # thinned: values only above the named rounds, smaller markers
    valued = set(named) if many else set(range(n))
    marker_scale = 0.7 if slot < 0.25 else 1.0

    segments = _segments(ordered)
    joint_style = {**style.LINE_STYLES["joint"]}
    joint_style["markersize"] *= marker_scale
    for k, seg in enumerate(segments):
        ax_i.plot(seg, [_f(ordered[p].index) for p in seg], clip_on=False, zorder=3, **joint_style)
        first = next((p for p in seg if ordered[p].index is not None), None)
        if first is not None and (k > 0 or first_is_baseline):
            ax_i.annotate(
                label(t("trend.baseline", lang)),
                (first, _f(ordered[first].index)),
                xytext=(-4 if first == 0 else 0, -14),  # the first round's mark stays right of the axis
                textcoords="offset points",
                ha="left" if first == 0 else "center",
                va="top",
                color=style.MUTED_COLOUR,
                gid="baseline",
                bbox=_VALUE_BOX,  # the amber band's dots never cross the word
                **_font(style.NOTE_SIZE, fontstyle="italic"),
            )
    for p, sc in enumerate(ordered):
        if sc.index is not None:
            if p in valued:
                ax_i.annotate(
                    fmt1(sc.index),
                    (p, _f(sc.index)),
                    xytext=(0, 6),
                    textcoords="offset points",
                    ha="center",
                    va="bottom",
                    color=style.TEXT_COLOUR,
                    gid="index-value",
                    zorder=4,
                    bbox=_VALUE_BOX,  # neither the band's dots nor steep lines between close rounds cross the digits
                    **_font(style.NOTE_SIZE),
                )
        else:  # why, written horizontally: on the index panel in full, on the dimensions panel in one word
            units = max(18, int(slot * 72 / (style.NOTE_SIZE * 0.5)))
            langs = ("en", "zh") if lang == "bilingual" else (lang,)
            for ax, y, text in (
                (ax_i, 50, _withheld_why(sc, labels, lang, units)),
                (ax_d, 3, "\n".join(label(t("withheld", x)) for x in langs)),
            ):
                ax.text(
                    p,
                    y,
                    text,
                    ha="center",
                    va="center",
                    color=style.MUTED_COLOUR,  # readable: the withheld grey is for lines and hatching
                    gid="withheld-why",
                    linespacing=1.1,
                    bbox=_VALUE_BOX,
                    zorder=5,
                    **_font(style.NOTE_SIZE, fontstyle="italic"),
                )

    handles = []
    for k, dim in enumerate(framework.dimensions):
        st = style.SERIES_STYLES[k % len(style.SERIES_STYLES)]
        for seg in segments:
            ys = []
            for p in seg:
                jv = ordered[p].dimensions.get(dim.id)
                ys.append(_f(jv.joint) if jv is not None else NAN)
            ax_d.plot(seg, ys, linewidth=1.6, markersize=5 * marker_scale, clip_on=False, **st)
        handles.append(Line2D([], [], linewidth=1.6, markersize=5, **st, label=_legend_name(dim.name, lang)))
    _end_labels(fig, ax_d, ordered, framework, names, (bottom, total - h_top))

    for pos in range(1, n):
        old, new = ordered[pos - 1].framework_key, ordered[pos].framework_key
        if old != new:
            for ax in (ax_i, ax_d):
                ax.axvline(pos - 0.5, color=style.MUTED_COLOUR, linestyle=(0, (2, 2)), linewidth=1)
            a, b = _version_text(old, new)
            _break_text(ax_i, pos, n, 97, t("chart.trend.break", lang, old=a, new=b))

    if not legend:
        return fig
    fig.legend(
        handles=handles,
        loc="lower center",
        ncol=3,
        frameon=False,
        prop=_legend_font(),
        bbox_to_anchor=(0.5, 0.0),
        handlelength=3.0,
        columnspacing=1.5,
    )
    return fig


END_LEAD_IN = 0.24  # inches of leader between a line's end and its name on the trend chart
# inches: the least a trend chart laid out for the screen takes (five names stacked; fits at 1280×720)
TREND_MIN_HEIGHT = 2.8


def _end_names(framework: Framework, lang: str, wide: bool = False) -> list[str]:
    """The dimension names printed at the ends of the trend lines: short lines (bilingual: English, then Chinese);
    ``wide``: one line while a name is at most 22 half-width characters (the screen, with room beside the plot)."""
    out = []
    en, zh = (22, 14) if wide else (13, 12)
    for dim in framework.dimensions:
        if lang == "bilingual":
            out.append(wrap(label(dim.name.en), 13, 2) + "\n" + wrap(label(dim.name.zh), 12, 1))
        else:
            out.append(wrap(label(dim.name.get(lang)), en if lang != "zh" else zh, 2))
    return out


def _withheld_why(sc: RoundScores, labels: dict[str, str] | None, lang: str, units: int) -> str:
    """Why a round has no index, short enough for its slot (bilingual: English, then Chinese)."""
    side = next((w for w in sc.withheld if w.code == "side_below_threshold"), None)
    if side is not None:
        key, params = (
            "chart.withheld.side",
            {
                "side": _side_name(side.params["side"], labels),
                "submitted": side.params["submitted"],
                "required": side.params["required"],
            },
        )
    else:
        key, params = "chart.withheld.both", {}
    langs = ("en", "zh") if lang == "bilingual" else (lang,)
    return "\n".join(wrap_balanced(label(t(key, x, **params)), units, 3) for x in langs)


def _spread_apart(wanted: list[float], heights: list[float], low: float, high: float) -> list[float]:
    """Label centres as near ``wanted`` as possible with no two closer than half their heights summed, inside
    [low, high] (sorted input order is kept)."""
    order = sorted(range(len(wanted)), key=lambda k: wanted[k])
    ys = [wanted[k] for k in order]
    hs = [heights[k] for k in order]
    for k in range(len(ys)):  # push up
        floor = low + hs[k] / 2 if k == 0 else ys[k - 1] + (hs[k - 1] + hs[k]) / 2
        ys[k] = max(ys[k], floor)
    for k in range(len(ys) - 1, -1, -1):  # then down from the top
        ceiling = high - hs[k] / 2 if k == len(ys) - 1 else ys[k + 1] - (hs[k + 1] + hs[k]) / 2
        ys[k] = min(ys[k], ceiling)
    out = [0.0] * len(ys)
    for k, pos in enumerate(order):
        out[pos] = ys[k]
    return out


def _end_labels(
    fig: Figure,
    ax,  # noqa: ANN001
    ordered: Sequence[RoundScores],
    framework: Framework,
    names: Sequence[str],
    panel: tuple[float, float],
) -> None:
    """Each dimension's name (``names``, from :func:`_end_names`) at the end of its line, in its colour, nudged
    apart so no two overlap, joined to the line's last point by a short leader."""
    ends: list[tuple[int, float, str, dict]] = []
    for k, dim in enumerate(framework.dimensions):
        st = style.SERIES_STYLES[k % len(style.SERIES_STYLES)]
        last = None
        for p in range(len(ordered) - 1, -1, -1):
            jv = ordered[p].dimensions.get(dim.id)
            if jv is not None and jv.joint is not None:
                last = (p, _f(jv.joint))
                break
        if last is None:
            continue
        ends.append((last[0], last[1], names[k], st))
    if not ends:
        return
    panel_in = panel[1] * fig.get_figheight()
    # data units per text line (the panel spans 1-5); 1.4 em holds the tallest of the chart fonts (Noto Sans)
    per_line = style.NOTE_SIZE * 1.4 / 72 / panel_in * 4
    heights = [(name.count("\n") + 1) * per_line + per_line * 0.25 for _p, _y, name, _st in ends]
    placed = _spread_apart([y for _p, y, _n, _st in ends], heights, 0.6, 5.4)
    trans = ax.get_yaxis_transform()  # x in axes fraction, y in data
    x_end = ax.transAxes.inverted().transform(ax.transData.transform((len(ordered) - 1, 0)))[0]
    lead = END_LEAD_IN / (ax.get_position().width * fig.get_figwidth())  # inches as a fraction of the axes
    for (_p, y, name, st), at in zip(ends, placed, strict=True):
        ax.plot(
            [x_end + lead * 0.1, 1.0 + lead * 0.6, 1.0 + lead * 0.85],
            [y, at, at],
            transform=trans,
            color=st["color"],
            linewidth=0.7,
            clip_on=False,
        )
        ax.text(
            1.0 + lead,
            at,
            name,
            transform=trans,
            ha="left",
            va="center",
            color=style.TEXT_COLOUR,
            gid="end-label",
            linespacing=1.05,
            clip_on=False,
            **_font(style.NOTE_SIZE),
        )


def _legend_name(text, lang: str) -> str:  # noqa: ANN001
    if lang == "bilingual":
        return label(f"{text.en} {text.zh}")
    return label(text.get(lang))


# --------------------------------------------------------------------------------------------------- history

HISTORY_HEIGHT = 3.5  # inches: the detail view reserves this much (times its zoom) for the chart


def _history_values(sc: RoundScores, kind: str, item_id: str) -> tuple[bool, dict[str, float]]:
    """(the item is in this round's framework version, {"A", "B", "joint": value or NaN})."""
    joint_values = sc.dimensions if kind == "dimension" else sc.indicators
    if item_id not in joint_values:
        return False, {key: NAN for key in (*SIDES, "joint")}
    values = {"joint": _f(joint_values[item_id].joint)}
    for side in SIDES:
        sd = sc.sides.get(side)
        if sd is None:
            values[side] = NAN
        elif kind == "dimension":
            values[side] = _f(sd.dimensions.get(item_id))
        else:
            si = sd.indicators.get(item_id)
            values[side] = _f(si.value) if si is not None else NAN
    return True, values


def history_chart(
    history: Sequence[RoundScores],
    framework: Framework,
    kind: str,
    item_id: str,
    labels: dict[str, str],
    lang: str,
    *,
    hidden_rounds: Collection[int] = frozenset(),
    max_rounds: int | None = None,
) -> Figure:
    """Side A, side B and the joint score of one dimension (``kind`` "dimension") or indicator ("indicator")
    across rounds, on the 1-5 scale.

    A value withheld (below the anonymity threshold), a round whose results are still hidden (``hidden_rounds``,
    blind rule: nothing of it is drawn) and a round whose framework version lacks the item are gaps in the lines,
    never zeros; a round with nothing to draw gets a hatched band saying why. A framework version change
    interrupts the lines and says so above the chart. Round names are thinned when there are many
    (:func:`round_ticks`); ``max_rounds`` shows only the latest rounds, with a note."""
    earlier, ordered = _latest(history, max_rounds)
    n = len(ordered)
    names = framework.dimension_map if kind == "dimension" else framework.indicator_map
    item = names.get(item_id)
    if item is None:
        title = label(item_id)
    elif lang == "bilingual":
        title = (
            t("chart.history.title", "en", name=item.name.en)
            + "\n"
            + t("chart.history.title", "zh", name=item.name.zh)
        )
    else:
        title = t("chart.history.title", lang, name=item.name.get(lang))
    title = "\n".join(wrap(label(line), 84, 2) for line in title.split("\n"))
    title_lines = title.count("\n") + 1
    breaks = [pos for pos in range(1, n) if ordered[pos - 1].framework_key != ordered[pos].framework_key]
    break_in = (0.3 if lang == "bilingual" else 0.17) if breaks else 0.0
    top_in = 0.3 + 0.2 * title_lines + (0.2 if earlier else 0.0) + break_in
    note_lines = 2 if lang == "bilingual" else 1
    bottom_in = 0.95 + 0.13 * note_lines + (0.2 if lang == "bilingual" else 0.0)
    height = (
        HISTORY_HEIGHT
        + 0.2 * (title_lines - 1)
        + (0.2 if earlier else 0.0)
        + 0.13 * (note_lines - 1)
        + break_in
    )
    fig = _figure(style.CHART_WIDTH, height)
    _title(fig, title)
    if earlier:
        fig.text(
            0.02,
            1 - (top_in - break_in - 0.12) / height,
            label(t("chart.latest_rounds", lang, shown=n, total=n + len(earlier))),
            ha="left",
            va="bottom",
            color=style.MUTED_COLOUR,
            gid="latest-rounds",
            **_font(style.NOTE_SIZE),
        )
    left, width = 0.08, 0.89
    ax = fig.add_axes((left, bottom_in / height, width, 1 - (top_in + bottom_in) / height))
    _style_axes(ax)
    ax.grid(axis="y", color=style.GRID_COLOUR, linewidth=0.5)
    ax.set_axisbelow(True)
    ax.set_ylim(0.8, 5.2)  # markers on 1 and 5 stay whole
    ax.set_yticks([1, 2, 3, 4, 5])
    ax.spines["top"].set_visible(False)
    ax.spines["right"].set_visible(False)
    ax.set_xlim(-0.5, max(n - 0.5, 0.5))
    slot = style.CHART_WIDTH * width / max(n, 1)
    _round_axis(ax, ordered, slot)

    series: dict[str, list[float]] = {key: [] for key in (*SIDES, "joint")}
    band_texts: list[tuple[int, str]] = []
    banded = False
    hidden = set(hidden_rounds)
    for p, sc in enumerate(ordered):
        known, values = _history_values(sc, kind, item_id)
        if sc.round_id in hidden:
            values = {key: NAN for key in values}
        for key, value in values.items():
            series[key].append(value)
        if sc.round_id in hidden or not known or math.isnan(values["joint"]):
            banded = True
            ax.axvspan(
                p - 0.42,
                p + 0.42,
                facecolor=style.WITHHELD_TINT,
                hatch=style.WITHHELD_HATCH,
                edgecolor=style.WITHHELD_COLOUR,
                linewidth=0,
                zorder=0,
            )
            if all(math.isnan(v) for v in values.values()):
                why = "hidden" if sc.round_id in hidden else ("not_in_version" if not known else "withheld")
                band_texts.append((p, t(why, lang)))
    for p, text in band_texts:
        ax.text(
            p,
            3,
            label(text),
            ha="center",
            va="center",
            rotation=90,
            color=TEXT_ON_HATCH,
            gid="gap-reason",
            **_font(style.NOTE_SIZE, fontstyle="italic"),
        )

    segments = _segments(ordered)
    scale = 0.75 if slot < 0.25 else 1.0
    handles: list = []
    for key in (*SIDES, "joint"):
        st = {**style.LINE_STYLES[key]}
        st["markersize"] *= scale
        name = t("joint", lang) if key == "joint" else _side_name(key, labels)
        ys = series[key]
        if all(math.isnan(v) for v in ys):
            handles.append(Line2D([], [], **st, label=label(f"{name} — {t('withheld', lang)}")))
            continue
        for seg in segments:
            ax.plot(seg, [ys[p] for p in seg], clip_on=False, zorder=4 if key == "joint" else 3, **st)
        handles.append(Line2D([], [], **st, label=label(name)))
    if banded:
        handles.append(
            Patch(
                facecolor=style.WITHHELD_TINT,
                hatch=style.WITHHELD_HATCH,
                edgecolor=style.WITHHELD_COLOUR,
                label=label(f"{t('withheld', lang)} / {t('hidden', lang)}"),
            )
        )

    for pos in breaks:  # the line, and above the chart what it means
        old, new = ordered[pos - 1].framework_key, ordered[pos].framework_key
        ax.axvline(
            pos - 0.5,
            ymax=1 + 0.8 * break_in / (height - top_in - bottom_in),
            color=style.MUTED_COLOUR,
            linestyle=(0, (2, 2)),
            linewidth=1,
            clip_on=False,
        )
        a, b = _version_text(old, new)
        right_side = pos <= n / 2
        ax.text(
            pos - 0.5 + (0.1 if right_side else -0.1),
            1.03,
            _two("chart.trend.break", lang, old=a, new=b),
            transform=ax.get_xaxis_transform(),
            ha="left" if right_side else "right",
            va="bottom",
            color=style.MUTED_COLOUR,
            gid="version-break",
            **_font(style.NOTE_SIZE),
        )

    fig.legend(
        handles=handles,
        loc="lower left",
        ncol=len(handles),
        frameon=False,
        prop=_legend_font(),
        bbox_to_anchor=(0.01, (0.12 + 0.13 * note_lines) / height),
        handlelength=3.2,
        columnspacing=1.6,
    )
    langs = ("en", "zh") if lang == "bilingual" else (lang,)
    _note(
        fig,
        [
            t("chart.scale_note", x) + ("。" if x == "zh" else ". ") + t("chart.history.gaps", x)
            for x in langs
        ],
        bottom_in=0.06,
    )
    return fig


# --------------------------------------------------------------------------------------------------- gaps


def gap_chart(
    scores: RoundScores, framework: Framework, labels: dict[str, str], lang: str, *, screen: bool = False
) -> Figure:
    """Per indicator, how far side A's score is above (right) or below (left) side B's, with the gap threshold as
    a band. Withheld indicators are marked, never drawn as a zero gap. On ``screen`` the rows are as tight as the
    heat map's (the page scrolls less); on paper they keep their room."""
    a, b = _side_name("A", labels), _side_name("B", labels)
    inds = framework.indicators
    n = len(inds)
    width_units = 30 if lang != "bilingual" else 26
    names = [_name(ind.name, lang, width_units) for ind in inds]
    line_count = max(name.count("\n") + 1 for name in names)
    row_h = (0.22 if screen else 0.30) + 0.13 * line_count
    extra = 0.5 if lang == "bilingual" else 0.0
    # Below the bars: the scale's numbers, the axis title and the legend, each on its own line.
    height = 1.75 + extra + row_h * n
    fig = _figure(style.CHART_WIDTH, height)
    _title(fig, t("chart.gap.title", lang))
    top = 1 - (0.78 + extra / 2) / height
    bottom = (0.82 + extra / 2) / height
    ax = fig.add_axes((0.37, bottom, 0.58, top - bottom))
    _style_axes(ax)
    threshold = float(framework.gap_threshold)
    gaps = [scores.indicators[i.id].gap if i.id in scores.indicators else None for i in inds]
    largest = max([abs(float(g)) for g in gaps if g is not None] + [threshold * 1.5, 1.5])
    limit = min(4.0, largest + 0.7)
    ax.set_xlim(-limit, limit)
    ax.set_ylim(n - 0.5, -0.5)
    ax.axvspan(-threshold, threshold, color=style.BAND_COLOUR, zorder=0, linewidth=0)
    ax.axvline(0, color=style.MUTED_COLOUR, linewidth=0.8, zorder=1)
    ax.grid(axis="x", color=style.GRID_COLOUR, linewidth=0.5)
    ax.set_axisbelow(True)
    ax.set_yticks([])  # indicator names as plain texts: tick objects cost more to draw
    _row_labels(ax, names)
    step = 0.5 if limit <= 2.0 else 1.0
    ticks = [k * step for k in range(-int(limit / step), int(limit / step) + 1)]
    ax.set_xticks(ticks, [fmt_signed2(x).rstrip("0").rstrip(".") if x else "0" for x in ticks])
    withheld_by_ind = _indicator_withheld(scores)
    side_withheld = any(w.code == "side_below_threshold" for w in scores.withheld)
    for y, (ind, gap) in enumerate(zip(inds, gaps, strict=True)):
        if gap is None:
            ax.add_patch(
                Rectangle(
                    (-limit, y - 0.32),
                    2 * limit,
                    0.64,
                    facecolor=style.WITHHELD_TINT,
                    hatch=style.WITHHELD_HATCH,
                    edgecolor=style.WITHHELD_COLOUR,
                    linewidth=0,
                    zorder=2,
                )
            )
            reason = [
                t(
                    "withheld.indicator",
                    lang,
                    side=_side_name(w.params["side"], labels),
                    scored=w.params["scored"],
                    required=w.params["required"],
                )
                for w in withheld_by_ind.get(ind.id, [])
            ]
            text = t("withheld", lang) + (": " + "; ".join(reason) if reason and not side_withheld else "")
            ax.text(
                0,
                y,
                label(text),
                ha="center",
                va="center",
                zorder=3,
                color=TEXT_ON_HATCH,
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.5},
                **_font(style.NOTE_SIZE),
            )
            continue
        g = float(gap)
        side = "A" if g >= 0 else "B"
        st = style.BAR_STYLES[side]
        ax.barh(
            y,
            g,
            height=0.56,
            color=st["color"],
            hatch=st["hatch"],
            edgecolor=st["edgecolor"],
            linewidth=0.8,
            zorder=3,
        )
        flagged = scores.indicators[ind.id].gap_flagged
        text = fmt_signed2(gap) or ""
        if flagged:
            text = f"{text} {style.GAP_FLAG}"
        ax.text(
            g + (0.06 if g >= 0 else -0.06),
            y,
            text,
            ha="left" if g >= 0 else "right",
            va="center",
            zorder=4,
            color=style.TEXT_COLOUR,
            **_font(style.NOTE_SIZE),
        )
    ax.text(
        0.0,
        1.01,
        _two("chart.gap.b_higher", lang, b=b),
        transform=ax.transAxes,
        ha="left",
        va="bottom",
        color=style.SIDE_B_COLOUR,
        **_font(style.LABEL_SIZE),
    )
    ax.text(
        1.0,
        1.01,
        _two("chart.gap.a_higher", lang, a=a),
        transform=ax.transAxes,
        ha="right",
        va="bottom",
        color=style.SIDE_A_COLOUR,
        **_font(style.LABEL_SIZE),
    )
    ax.set_xlabel(_two("chart.gap.axis", lang, a=a, b=b), **_font(style.LABEL_SIZE))
    handles = [
        Patch(
            facecolor=style.BAR_STYLES["A"]["color"],
            edgecolor=style.SIDE_A_COLOUR,
            label=_two("chart.gap.legend_a", lang, a=a),
        ),
        Patch(
            facecolor=style.BAR_STYLES["B"]["color"],
            hatch=style.BAR_STYLES["B"]["hatch"],
            edgecolor=style.SIDE_B_COLOUR,
            label=_two("chart.gap.legend_b", lang, b=b),
        ),
        Patch(
            facecolor=style.BAND_COLOUR,
            edgecolor="none",
            label=_two("chart.gap.band", lang, t=fmt2(framework.gap_threshold)),
        ),
    ]
    fig.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0.01, 0.0),
        ncol=3,
        frameon=False,
        prop=_legend_font(),
        handlelength=1.6,
        columnspacing=1.2,
    )
    notes = _withheld_notes(scores, labels, lang)
    if notes:
        fig.text(
            0.98,
            1 - 0.14 / height,
            label("\n".join(notes)),
            ha="right",
            va="top",
            color=style.MUTED_COLOUR,
            **_font(style.NOTE_SIZE),
        )
    return fig


TEXT_ON_HATCH = "#3A3A3A"


# --------------------------------------------------------------------------------------------------- heatmaps


def _light_band(ax, lo: float, hi: float, light: str) -> None:  # noqa: ANN001
    """One light's band on the index panel: tinted, and patterned so that the bands differ in grayscale too
    (style.BAND_HATCHES)."""
    ax.axhspan(lo, hi, color=style.LIGHT_TINTS[light], alpha=0.35, linewidth=0, zorder=0)
    hatch = style.BAND_HATCHES.get(light, "")
    if hatch:
        ax.axhspan(
            lo, hi, facecolor="none", edgecolor=style.BAND_HATCH_COLOUR, hatch=hatch, linewidth=0, zorder=0
        )


class _Grid:
    """Cells of a heatmap drawn as two collections (coloured, hatched) plus one text per cell: far fewer artists
    than a Rectangle per cell and tick objects per label, so the chart draws quickly."""

    def __init__(self, ax, layout: str = "inline", font_size: float = style.CELL_SIZE) -> None:  # noqa: ANN001
        self.ax = ax
        self.font_size = font_size
        self.layout = layout  # "inline" "3.50 ●", "stacked" value over symbol, "symbol" only (narrow cells)
        self.plain: list[Rectangle] = []
        self.colours: list[str] = []
        self.hatched: list[Rectangle] = []

    def cell(self, x: float, y: float, value: str | None, light: str | None, withheld: bool) -> None:
        box = Rectangle((x - 0.5, y - 0.5), 1, 1)
        if withheld:
            self.hatched.append(box)
            self.ax.text(
                x,
                y,
                style.DASH,
                ha="center",
                va="center",
                color=TEXT_ON_HATCH,
                zorder=3,
                bbox={"facecolor": style.WITHHELD_TINT, "edgecolor": "none", "pad": 0.5},
                **_font(self.font_size),
            )
            return
        self.plain.append(box)
        self.colours.append(style.LIGHT_TINTS.get(light or "", "white"))
        symbol = style.LIGHT_SYMBOLS.get(light or "", "")
        shown = value or style.DASH
        if self.layout == "stacked":
            text = f"{shown}\n{symbol}" if symbol else shown
        elif self.layout == "symbol":
            text = symbol or shown
        else:
            text = f"{shown} {symbol}".strip()
        self.ax.text(
            x,
            y,
            text,
            ha="center",
            va="center",
            zorder=3,
            color=style.TEXT_COLOUR,
            **_font(self.font_size),
        )

    def band(self, x: float, y: float, width: float, text: str) -> None:
        """A hatched row (e.g. a partnership without results) with a note in the middle."""
        self.hatched.append(Rectangle((x - 0.5, y - 0.5), width, 1))
        self.ax.text(
            x - 0.5 + width / 2,
            y,
            text,
            ha="center",
            va="center",
            color=TEXT_ON_HATCH,
            zorder=3,
            bbox={"facecolor": style.WITHHELD_TINT, "edgecolor": "none", "pad": 1},
            **_font(self.font_size),
        )

    def finish(self) -> None:
        if self.plain:
            self.ax.add_collection(
                PatchCollection(
                    self.plain, facecolors=self.colours, edgecolors="white", linewidths=1.5, zorder=1
                )
            )
        if self.hatched:
            self.ax.add_collection(
                PatchCollection(
                    self.hatched,
                    facecolors=style.WITHHELD_TINT,
                    hatch=style.WITHHELD_HATCH,
                    edgecolors=style.WITHHELD_COLOUR,
                    linewidths=0,
                    zorder=1,
                )
            )


def _grid_axes(fig: Figure, rect: tuple[float, float, float, float], n_cols: int, n_rows: int):  # noqa: ANN202
    ax = fig.add_axes(rect)
    ax.set_axis_off()
    ax.set_xlim(-0.5, n_cols - 0.5)
    ax.set_ylim(n_rows - 0.5, -0.5)
    return ax


def _row_labels(ax, names: Sequence[str]) -> None:  # noqa: ANN001
    for row, name in enumerate(names):
        ax.text(
            -0.01,
            row,
            name,
            transform=ax.get_yaxis_transform(),
            ha="right",
            va="center",
            color=style.TEXT_COLOUR,
            **_font(style.TICK_SIZE),
        )


def _col_labels(
    ax, names: Sequence[str], positions: Sequence[int] | None = None, gid: str | None = None
) -> None:  # noqa: ANN001
    for col, name in zip(range(len(names)) if positions is None else positions, names, strict=True):
        ax.text(
            col,
            1.01,
            name,
            transform=ax.get_xaxis_transform(),
            ha="center",
            va="bottom",
            color=style.TEXT_COLOUR,
            gid=gid,
            **_font(style.TICK_SIZE),
        )


def _light_legend(fig: Figure, lang: str, y: float = 0.0) -> None:
    handles = [
        Patch(
            facecolor=style.LIGHT_TINTS[light],
            edgecolor="none",
            label=label(f"{style.LIGHT_SYMBOLS[light]} {t('light.' + light, lang)}"),
        )
        for light in ("red", "amber", "green")
    ]
    handles.append(
        Patch(
            facecolor=style.WITHHELD_TINT,
            hatch=style.WITHHELD_HATCH,
            edgecolor=style.WITHHELD_COLOUR,
            label=label(f"{style.DASH} {t('withheld', lang)}"),
        )
    )
    fig.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0.01, y),
        ncol=4,
        frameon=False,
        prop=_legend_font(),
        handlelength=1.6,
    )


def _cell_layout(slot: float) -> str:
    """How a heatmap cell ``slot`` inches wide shows its value and light symbol without touching its neighbours."""
    if slot >= text_width(f"5.00 {style.LIGHT_SYMBOLS['green']}", style.CELL_SIZE) + 0.08:
        return "inline"
    if slot >= text_width("5.00", style.CELL_SIZE) + 0.05:
        return "stacked"
    return "symbol"


HEATMAP_ROOMY = style.LABEL_SIZE + 0.5  # points: a heat map cell's value on screen when the cell has room
PORTFOLIO_ROW_MAX = 0.55  # inches: the tallest a partnership's row gets on screen, however much room
PORTFOLIO_CELL_MAX = 1.3  # inches: the widest a heat map cell gets on screen
HEATMAP_ROUNDS = (
    12  # rounds a heat map shows by default (the latest); more would not leave room for the values
)


def heatmap_chart(
    history: list[RoundScores],
    framework: Framework,
    lang: str,
    *,
    max_rounds: int | None = HEATMAP_ROUNDS,
    screen: bool = False,
) -> Figure:
    """Indicators (rows) by rounds (columns), joint values with light symbols; withheld cells hatched.

    Only the latest ``max_rounds`` rounds are shown, with a note ("latest 12 of 40 rounds") when some are left
    out; round names are thinned when they do not fit side by side, and narrow cells put the light symbol under
    the value. On ``screen``, cells with room show their values at label size (as the portfolio's heat map),
    not at the printed page's small cell size."""
    earlier, ordered = _latest(history, max_rounds)
    inds = framework.indicators
    n_rows, n_cols = len(inds), max(len(ordered), 1)
    width_units = 30 if lang != "bilingual" else 26
    names = [_name(ind.name, lang, width_units) for ind in inds]
    line_count = max(name.count("\n") + 1 for name in names)
    grid_left, grid_width = 0.37, 0.61
    slot = style.CHART_WIDTH * grid_width / n_cols
    layout = _cell_layout(slot)
    row_h = max(0.22 + 0.13 * line_count, 0.4 if layout == "stacked" else 0.0)
    note_h = 0.2 if earlier else 0.0
    height = 1.45 + note_h + row_h * n_rows
    fig = _figure(style.CHART_WIDTH, height)
    _title(fig, t("chart.heatmap.title", lang))
    if earlier:
        fig.text(
            0.02,
            1 - 0.42 / height,
            label(t("chart.latest_rounds", lang, shown=len(ordered), total=len(ordered) + len(earlier))),
            ha="left",
            va="top",
            color=style.MUTED_COLOUR,
            gid="latest-rounds",
            **_font(style.NOTE_SIZE),
        )
    top = 1 - (0.78 + note_h) / height
    bottom = 0.45 / height
    ax = _grid_axes(fig, (grid_left, bottom, grid_width, top - bottom), n_cols, n_rows)
    _row_labels(ax, names)
    positions, col_names = round_ticks([sc.label for sc in ordered], slot, width=10)
    _col_labels(ax, col_names, positions, gid="round-label")
    cell_size = style.CELL_SIZE
    if (
        screen
        and row_h >= 0.35
        and slot >= text_width(f"5.00 {style.LIGHT_SYMBOLS['green']}", HEATMAP_ROOMY) + 0.1
    ):
        cell_size = HEATMAP_ROOMY
    grid = _Grid(ax, layout, font_size=cell_size)
    for col, sc in enumerate(ordered):
        for row, ind in enumerate(inds):
            jv = sc.indicators.get(ind.id)
            if jv is None:
                grid.cell(col, row, None, None, withheld=False)
            else:
                grid.cell(col, row, fmt2(jv.joint), jv.light, withheld=jv.joint is None)
        if col and sc.framework_key != ordered[col - 1].framework_key:
            ax.axvline(col - 0.5, color=style.TEXT_COLOUR, linewidth=2, linestyle=(0, (2, 1)), zorder=4)
    grid.finish()
    _light_legend(fig, lang)
    return fig


def portfolio_heatmap(
    rows: list[tuple[str, RoundScores | None]],
    framework: Framework,
    lang: str,
    *,
    size: tuple[float, float] | None = None,
) -> Figure:
    """Partnerships (rows) by dimensions plus the health index (columns) for each one's latest round.

    ``size`` (width, height in inches; the screen's space): the rows share the height (as tall as their names
    need, at most :data:`PORTFOLIO_ROW_MAX` each) and the cells the width (at most :data:`PORTFOLIO_CELL_MAX`);
    more rows than fit make the figure taller than asked (the screen scrolls). Without it, the printed layout."""
    dims = framework.dimensions
    n_rows = max(len(rows), 1)
    n_cols = len(dims) + 1
    units = 26 if size is None else 34
    names = [wrap_name(label(name), units, 2) for name, _ in rows]
    line_count = max([name.count("\n") + 1 for name in names] + [1])
    row_h = 0.24 + 0.13 * line_count
    col_names = [_name(d.name, lang, 12) for d in dims] + [wrap(label(t("index_short", lang)), 12)]
    head_lines = max(c.count("\n") + 1 for c in col_names)
    head = 0.55 + 0.14 * head_lines
    if size is None:
        fig_width = style.CHART_WIDTH
        height = 0.9 + head + row_h * n_rows
        rect = (0.30, 0.45 / height, 0.68)
    else:
        name_w = max(
            (text_width(line, style.TICK_SIZE) for nm in names for line in nm.split("\n")), default=1.0
        )
        name_w = max(name_w + 0.15, 1.2)
        cell = min(PORTFOLIO_CELL_MAX, max(0.7, (size[0] - name_w - 0.3) / n_cols))
        fig_width = max(size[0], name_w + 0.3 + cell * n_cols)
        least = 0.16 + 0.14 * line_count  # a row as tall as its name needs, with a little air
        row_h = min(PORTFOLIO_ROW_MAX, max(least, (size[1] - 0.9 - head) / n_rows))
        height = max(size[1], 0.9 + head + row_h * n_rows)
        grid_w = cell * n_cols
        left = (fig_width - grid_w - name_w) / 2 + name_w  # name and grid as one block, centred
        rect = (left / fig_width, (height - head - row_h * n_rows) / height, grid_w / fig_width)
    fig = _figure(fig_width, height)
    _title(fig, t("chart.portfolio.title", lang))
    top = 1 - head / height
    bottom = rect[1]
    ax = _grid_axes(fig, (rect[0], bottom, rect[2], top - bottom), n_cols, n_rows)
    _row_labels(ax, names)
    _col_labels(ax, col_names)
    # On screen, cells with room show their numbers larger than on paper.
    roomy = size is not None and row_h >= 0.35 and rect[2] * fig_width / n_cols >= 0.9
    grid = _Grid(ax, font_size=HEATMAP_ROOMY if roomy else style.CELL_SIZE)
    for row, (_name_text, sc) in enumerate(rows):
        if sc is None or sc.index is None:
            grid.band(0, row, n_cols, label(t("no_results", lang)))
            continue
        for col, dim in enumerate(dims):
            jv = sc.dimensions.get(dim.id)
            grid.cell(
                col,
                row,
                fmt2(jv.joint) if jv else None,
                jv.light if jv else None,
                withheld=jv is not None and jv.joint is None,
            )
        grid.cell(len(dims), row, fmt1(sc.index), sc.light, withheld=False)
    grid.finish()
    ax.axvline(len(dims) - 0.5, color=style.TEXT_COLOUR, linewidth=1.2, zorder=4)
    fig.text(
        0.98,
        1 - 0.14 / height,
        label(t("chart.portfolio.note", lang)),
        ha="right",
        va="top",
        color=style.MUTED_COLOUR,
        **_font(style.NOTE_SIZE),
    )
    _light_legend(fig, lang, 0.0 if size is None else max(0.0, bottom - 0.45 / height))
    return fig


# --------------------------------------------------------------------------------------------------- output


def render_png(fig: Figure, dpi: int = style.CHART_DPI) -> bytes:
    """The figure as PNG bytes (Agg), for the PDF."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor="white")
    return buf.getvalue()


# --------------------------------------------------------------------------------------------------- summary sheet
# Small charts for the one-page summary sheet (reports/sheet.py): printed at their nominal size, so their type
# stays readable (7 pt and up), without titles (the sheet heads them) and readable in black and white.

SHEET_SIZE = 7.0


def sheet_radar(
    scores: RoundScores, framework: Framework, labels: dict[str, str], lang: str, width: float, height: float
) -> Figure:
    """Both partners per dimension on a small radar (1-5), a legend below; no title."""
    dims = framework.dimensions
    n = len(dims)
    angles = [2 * math.pi * k / n for k in range(n)]
    fig = _figure(width, height)
    legend_h = 0.3 if lang != "bilingual" else 0.34
    diameter = min(width * 0.5, height - legend_h - 0.62)
    ax = fig.add_axes(
        (
            (width - diameter) / 2 / width,
            (legend_h + 0.26) / height,
            diameter / width,
            diameter / height,
        ),
        projection="polar",
    )
    _polar_grid(ax, angles, n, first_tick="", grid_width=0.5)
    ax.tick_params(labelsize=SHEET_SIZE - 1.5)
    for angle, dim in zip(angles, dims, strict=True):
        name = _name(dim.name, lang, 14 if lang != "zh" else 8)
        s = math.sin(angle)
        ha = "center" if abs(s) < 0.2 else ("left" if s > 0 else "right")
        va = "bottom" if math.cos(angle) > 0.5 else ("top" if math.cos(angle) < -0.5 else "center")
        ax.text(angle, 5.5, name, ha=ha, va=va, clip_on=False, linespacing=1.0, **_font(SHEET_SIZE))
    handles = []
    for side in SIDES:
        sd = scores.sides.get(side)
        values = [_f(sd.dimensions.get(d.id)) if sd is not None else NAN for d in dims]
        st = {**style.LINE_STYLES[side], "linewidth": 1.4, "markersize": 4}
        name = _side_name(side, labels)
        if all(math.isnan(v) for v in values):
            handles.append(Line2D([], [], **st, label=label(f"{name} — {t('withheld', lang)}")))
            continue
        (line,) = ax.plot([*angles, angles[0]], [*values, values[0]], label=label(name), clip_on=False, **st)
        handles.append(line)
    fig.legend(
        handles=handles,
        loc="lower center",
        ncol=2,
        frameon=False,
        prop={"family": FONT_FAMILY, "size": SHEET_SIZE},
        bbox_to_anchor=(0.5, 0.0),
        handlelength=2.6,
    )
    return fig


def sheet_index_trend(
    history: Sequence[RoundScores],
    framework: Framework,
    lang: str,
    width: float,
    height: float,
    labels: dict[str, str] | None = None,
) -> Figure:
    """The health index by round (latest eight) on a small chart with the light bands; values labelled; a round
    without an index says so."""
    ordered = _ordered(history)[-8:]
    n = len(ordered)
    fig = _figure(width, height)
    ax = fig.add_axes((0.36 / width, 0.42 / height, 1 - 0.5 / width, 1 - 0.56 / height))
    _style_axes(ax)
    ax.tick_params(labelsize=SHEET_SIZE)
    ax.set_ylim(0, 100)
    ax.set_yticks([0, 25, 50, 75, 100])
    ax.grid(axis="y", color=style.GRID_COLOUR, linewidth=0.4)
    ax.set_axisbelow(True)
    red_at = float((framework.red_below - 1) / 4 * 100)
    green_at = float((framework.green_from - 1) / 4 * 100)
    for lo, hi, light in ((0, red_at, "red"), (red_at, green_at, "amber"), (green_at, 100, "green")):
        ax.axhspan(lo, hi, color=style.LIGHT_TINTS[light], alpha=0.35, linewidth=0, zorder=0)
        ax.text(
            1.0,
            (lo + hi) / 2,
            f" {style.LIGHT_SYMBOLS[light]}",
            transform=ax.get_yaxis_transform(),
            ha="left",
            va="center",
            color=style.LIGHT_COLOURS[light],
            clip_on=False,
            **_font(SHEET_SIZE),
        )
    ax.set_xlim(-0.5, max(n - 0.5, 0.5))
    ax.set_xticks(range(n))
    ax.set_xticklabels([_two_lines(label(sc.label), 9) for sc in ordered], fontfamily=FONT_FAMILY)
    st = {**style.LINE_STYLES["joint"], "linewidth": 1.8, "markersize": 4}
    for seg in _segments(ordered):
        ax.plot(seg, [_f(ordered[p].index) for p in seg], clip_on=False, zorder=3, **st)
    for p, sc in enumerate(ordered):
        if sc.index is None:
            ax.text(
                p,
                50,
                _withheld_why(sc, labels, lang, 16),
                ha="center",
                va="center",
                color=style.WITHHELD_COLOUR,
                **_font(SHEET_SIZE - 0.5, fontstyle="italic"),
            )
            continue
        ax.annotate(
            fmt1(sc.index),
            (p, _f(sc.index)),
            xytext=(0, 5),
            textcoords="offset points",
            ha="center",
            va="bottom",
            color=style.TEXT_COLOUR,
            zorder=4,
            bbox=_VALUE_BOX,
            **_font(SHEET_SIZE),
        )
    return fig
