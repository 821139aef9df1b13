"""The slides: one Qt widget per screen of the workshop, from what ``model`` says a screen shows, in type that
scales with the screen (``style.sizes``) and never clipped; the screens' titles and the facilitator's notes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...present.findings import Message
from ...present.symbols import DASH
from ...services import followup as svc
from ..common import theme
from . import model
from .model import CAPTURED_ROWS, QUOTE_CHARS, TITLE_CHARS, Slide, shorten
from .style import LIGHT_INK, STATUS_SYMBOLS, level_words, light_words, sizes, status_words
from .style import coloured as _coloured
from .style import label as _label
from .style import sized as _sized

if TYPE_CHECKING:
    from .window import WorkshopWindow

TR_CONTEXT = "Workshop"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate under the workshop's context (scripts/translations.py files lupdate's "" here)."""
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


def step_words(slide: Slide, dim_name: Callable[[str], str]) -> tuple[str, str]:
    """(title, notes) of a screen: its title on the slide, the facilitator's notes for it."""
    kind = slide.kind
    if kind == "agenda":
        return tr("Agenda"), tr(
            "Welcome both sides. Results are shown per side and combined, never per person; problem "
            "descriptions are anonymous. Agree to capture every goal and action as it is agreed "
            "(A for an action, G for a goal)."
        )
    if kind == "review":
        return tr("Last round's actions"), tr(
            "Open with what was agreed last time. For each item: was it done, and did the score "
            "it aimed at move? Ask the owners what helped or blocked; re-plan what slipped."
        )
    if kind == "blind":
        return tr("Results are not shown yet"), tr(
            "This round is blind: nobody sees results until both sides have enough submitted "
            "responses. Use the time for last round's actions, or ask the missing respondents to "
            "submit now; then reopen the workshop."
        )
    if kind == "overview":
        return tr("Overall health"), tr(
            "Reveal with R. Let both sides react before explaining: is this the partnership they "
            "know? Point out the dimension furthest apart."
        )
    if kind == "dimension":
        name = dim_name(slide.dimension_id)
        return name, tr(
            "Ask each side first how they would score {dimension}, then reveal with R. Where "
            "the sides differ, ask the side that sees it better what it sees. Capture actions "
            "with A, goals with G."
        ).format(dimension=name)
    if kind == "voices":
        name = dim_name(slide.dimension_id)
        return tr("{dimension}: in respondents' words").format(dimension=name), tr(
            "Read the descriptions aloud or let the room read. Never guess who wrote what. "
            "Ask: which of these do we fix first?"
        )
    if kind == "captured":
        return tr("Goals and actions agreed"), tr(
            "Read back what was captured. Make sure each has an owner on the right side and a due "
            "date; finish the details in the action plan after the workshop."
        )
    return tr("Next steps"), tr("Thank everyone. The action plan and the decisions go into the JMC review.")


@dataclass
class Step:
    """A screen as the window presents it: the model's ``slide`` with its title and the facilitator's notes in
    the language on."""

    slide: Slide
    title: str
    notes: str

    @property
    def key(self) -> str:
        return self.slide.key

    @property
    def kind(self) -> str:
        return self.slide.kind

    @property
    def dimension_id(self) -> str:
        return self.slide.dimension_id

    @property
    def revealable(self) -> bool:
        return self.slide.revealable


class SlideMaker:
    """Builds the slide of a screen for the window (its size, the capture bar's room, the data)."""

    def __init__(self, window: WorkshopWindow):
        self.window = window
        self.scale = 1.0  # the dimension slide's type, shrunk only when its content would not fit

    @property
    def data(self) -> svc.WorkshopData:
        return self.window.data

    @property
    def lang(self) -> str:
        return self.window.lang

    def height(self) -> int:
        return self.window.slide_height()

    def side_label(self, side: str) -> str:
        return self.window.side_label(side)

    def dim_name(self, dim_id: str) -> str:
        return self.window.dim_name(dim_id)

    def ind_name(self, ind_id: str) -> str:
        return self.window.ind_name(ind_id)

    # -- one slide
    def make(self, step: Step, revealed: bool) -> QWidget:
        """The slide of ``step``: its title over its content."""
        slide = QWidget()
        slide.setObjectName("slide")
        slide.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(slide)
        m = sizes(self.height())["margin"]
        layout.setContentsMargins(0, m * 3 // 4, 0, m // 4)
        layout.setSpacing(sizes(self.height())["gap"])
        title = _label(step.title, "title")
        title.setObjectName("slideTitle")
        layout.addWidget(title)
        layout.addWidget(self.content(step.slide, revealed), 1)
        return slide

    def content(self, slide: Slide, revealed: bool) -> QWidget:
        kind = slide.kind
        if kind == "agenda":
            return self._agenda_slide()
        if kind == "review":
            return self._review_slide(slide)
        if kind == "blind":
            return self._blind_slide()
        if kind == "overview":
            return self._overview_slide(revealed)
        if kind == "dimension":
            return self._dimension_slide(self.data.framework.dimension_map[slide.dimension_id], revealed)
        if kind == "voices":
            return self._voices_slide(slide)
        if kind == "captured":
            return self._captured_slide()
        return self._close_slide()

    def _box(self, spacing: int | None = None) -> tuple[QWidget, QVBoxLayout]:
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(sizes(self.height())["gap"] if spacing is None else spacing)
        return w, layout

    def _tile(self) -> tuple[QFrame, QVBoxLayout]:
        frame = QFrame()
        frame.setProperty("ws", "tile")
        layout = QVBoxLayout(frame)
        g = sizes(self.height())["gap"]
        layout.setContentsMargins(g, g // 2, g, g // 2)
        layout.setSpacing(g // 3)
        return frame, layout

    def _light_label(self, light: str) -> QLabel:
        label = _label(f"{theme.LIGHT_SYMBOLS[light]} {light_words()[light]}", "heading", wrap=False)
        return _coloured(label, LIGHT_INK[light])

    # -- the agenda, the blind notice, the overall health
    def _agenda_slide(self) -> QWidget:
        d = self.data
        w, layout = self._box()
        layout.addWidget(_label(d.partnership.name, "heading"))
        layout.addWidget(
            _label(
                tr("Round {label} · {a} and {b}").format(
                    label=d.round.label, a=self.side_label("A"), b=self.side_label("B")
                ),
                "muted",
            )
        )
        words = {
            "review": lambda: tr("Last round's actions: what was done, what moved"),
            "overview": lambda: tr("Overall health"),
            "dimensions": lambda: tr("Dimension by dimension: {names}").format(
                names=tr(", ").join(dim.name.get(self.lang) for dim in d.framework.dimensions)
            ),
            "blind": lambda: tr("Results: not shown yet (blind round)"),
            "captured": lambda: tr("Goals and actions agreed"),
            "close": lambda: tr("Next steps"),
        }
        items = [words[code]() for code in model.agenda_items(d)]
        # The agenda is read from the back of the room: larger than a heading, the items spread over the slide.
        item_px = round(sizes(self.height())["heading"] * 1.25)
        layout.addSpacing(sizes(self.height())["gap"])
        for n, text in enumerate(items, 1):
            item = _sized(_label(f"{n}.  {text}", "heading"), item_px)
            item.setObjectName("agendaItem")
            layout.addWidget(item)
            layout.addStretch(1)
        layout.addStretch(2)
        return w

    def _blind_slide(self) -> QWidget:
        d = self.data
        w, layout = self._box()
        layout.addWidget(
            _label(
                tr(
                    "This round is blind: nobody sees any results until both sides have at least {n} "
                    "submitted responses."
                ).format(n=d.round.threshold),
                "heading",
            )
        )
        # One tile a side: the count against the threshold in large figures, the sentence under it.
        tiles = QHBoxLayout()
        tiles.setSpacing(sizes(self.height())["gap"] * 2)
        for t in model.blind_tiles(d):
            text = (
                tr("{side}: {submitted} submitted, {need} more needed")
                if t.need
                else tr("{side}: {submitted} submitted ✓")
            ).format(side=self.side_label(t.side), submitted=t.submitted, need=t.need)
            tile, tile_layout = self._tile()
            tile_layout.addStretch(1)
            count = _label(str(t.submitted), "huge", side=t.side, wrap=False)
            count.setObjectName("blindCount")
            tile_layout.addWidget(count)
            tile_layout.addWidget(_label(text, "heading", side=t.side))
            tile_layout.addStretch(1)
            tiles.addWidget(tile, 1)
        layout.addLayout(tiles, 3)
        layout.addStretch(1)
        return w

    def _overview_slide(self, revealed: bool) -> QWidget:
        d = self.data
        sz = sizes(self.height())
        w, layout = self._box()
        top = QHBoxLayout()
        index_tile, tile_layout = self._tile()
        tile_layout.addWidget(_label(tr("Health index (0–100)"), "muted"))
        value, light = model.overview_index(d, revealed)
        big = _label(value, "huge", wrap=False)
        big.setObjectName("overviewIndex")
        tile_layout.addWidget(big)
        if light:
            tile_layout.addWidget(self._light_label(light))
        top.addWidget(index_tile, 2)
        trend_tile, trend_layout = self._tile()
        trend_layout.addWidget(_label(tr("Trend"), "muted"))
        trend_layout.addStretch(1)
        trend = _sized(_label(self._overall_trend() if revealed else model.HIDDEN, "heading"), sz["title"])
        trend.setObjectName("overviewTrend")
        trend_layout.addWidget(trend)
        trend_layout.addStretch(1)
        top.addWidget(trend_tile, 3)
        layout.addLayout(top)
        # The five dimensions fill the rest of the slide, in type the room can read.
        name_px, value_px = sz["heading"], round(sz["heading"] * 1.4)
        grid = QGridLayout()
        grid.setHorizontalSpacing(sz["gap"] * 2)
        grid.setVerticalSpacing(0)
        for row, dim in enumerate(model.overview_rows(d)):
            name = _sized(_label(self.dim_name(dim.dimension_id), wrap=False), name_px)
            name.setObjectName("overviewDimension")
            grid.addWidget(name, row, 0)
            shown = dim.joint if revealed else model.HIDDEN
            value_label = _sized(_label(shown, "heading", wrap=False), value_px)
            grid.addWidget(value_label, row, 1, Qt.AlignmentFlag.AlignRight)
            if revealed and dim.light:
                grid.addWidget(self._light_label(dim.light), row, 2)
            if revealed and dim.change:
                grid.addWidget(_sized(_label(dim.change, wrap=False), name_px), row, 3)
            grid.setRowStretch(row, 1)
        grid.setColumnStretch(4, 1)
        layout.addLayout(grid, 1)
        return w

    def _overall_trend(self) -> str:
        said = model.overall_trend(self.data)  # the trend as every output says it (healthdesk.present)
        if said.code == "trend.baseline":
            return tr("First round: the baseline")
        if said.code == "trend.version_break":
            return tr("Not comparable: the framework changed since {label}").format(
                label=said.params["previous"]
            )
        if said.code == "trend.withheld":
            return tr("No trend: results withheld")
        return tr("{arrow} {delta} index points since {label}").format(
            arrow=said.params["arrow"], delta=said.params["delta"], label=said.params["previous"]
        )

    # -- a dimension: the three cards, the gap, the trend, the indicators
    def _side_note(self, value: model.SideValue) -> str:
        if value.note == "withheld":
            return tr("fewer than {n} responses").format(n=value.n)
        if value.note == "not_enough":
            return tr("not enough scores")
        if value.note == "submitted":
            return tr("{n} submitted").format(n=value.n)
        return tr("not revealed yet")  # neutral: the key that reveals is the facilitator's (control strip)

    def _dimension_type(self) -> dict[str, int]:
        """Type of the dimension slide, scaled to the height the slide has (less while the capture bar is open) so
        the numbers fill the screen at every size; ``scale`` shrinks it only when the content would not fit."""
        body = sizes(self.height())["body"]
        bar = self.window.capture
        room = self.height() - (bar.sizeHint().height() if bar.isVisible() else 0)
        unit = max(room, 400) / 1080 * self.scale

        def px(size: float) -> int:
            return max(body, round(size * unit))  # never below body text

        return {
            "name": px(50),
            "value": px(230),
            "note": px(34),
            "gap": px(50),
            "fact": px(38),
            "row": px(36),
            "space": max(4, round(30 * unit)),
        }

    def _dimension_slide(self, dim: Any, revealed: bool) -> QWidget:
        d = self.data
        t = self._dimension_type()
        g = sizes(self.height())["gap"]
        w, layout = self._box(spacing=t["space"])
        # The three cards share one grid: names, values and notes sit in the same rows, on one line across cards.
        cards = QWidget()
        grid = QGridLayout(cards)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(g * 2)
        grid.setVerticalSpacing(0)
        columns: list[tuple[str, str, str, str, str | None]] = []
        for side in model.SIDES:
            value = model.side_value(d, side, dim.id, revealed)
            columns.append((side, self.side_label(side), value.value, self._side_note(value), None))
        joint, light = model.joint_value(d, dim.id, revealed)
        columns.append(("Joint", tr("Joint"), joint, "" if revealed else tr("not revealed yet"), light))
        for col, (key, name, big, note, light_key) in enumerate(columns):
            side = key if key in model.SIDES else None
            tile = QFrame()
            tile.setProperty("ws", "tile")
            grid.addWidget(tile, 0, col, 3, 1)  # behind the three labels of its column
            name_label = _sized(_label(name, "heading", side=side, wrap=False), t["name"])
            name_label.setObjectName(f"cardName{key}")
            name_label.setContentsMargins(g, g // 2, g, 0)
            value_label = _sized(_label(big, "big", side=side, wrap=False), t["value"])
            value_label.setObjectName(f"sideValue{key}" if side else "jointValue")
            value_label.setContentsMargins(g, 0, g, 0)
            if light_key:
                note_label = _sized(self._light_label(light_key), t["name"])  # the light as large as the name
            else:
                note_label = _sized(_label(note, "muted"), t["note"])
            note_label.setObjectName(f"cardNote{key}")
            note_label.setContentsMargins(g, 0, g, g // 2)
            grid.addWidget(name_label, 0, col)
            grid.addWidget(value_label, 1, col)
            grid.addWidget(note_label, 2, col, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(col, 1)
        layout.addWidget(cards)
        if revealed:
            gap = model.dimension_gap(d, dim.id)
            if gap is not None:
                gap_text = gap_words(gap.message, self.side_label)
                if gap.flagged:
                    gap_text += " — " + tr("a perception gap")
                gap_label = _sized(_label(gap_text, "heading"), t["gap"])
                gap_label.setObjectName("gapText")
                if gap.flagged:
                    _coloured(gap_label, LIGHT_INK["red"])
                layout.addWidget(gap_label)
            trend = _sized(_label(self._dimension_trend(dim.id)), t["fact"])
            trend.setObjectName("trendText")
            layout.addWidget(trend)
            for flag in model.spread_flags(d, dim):
                text = tr("{side}'s respondents disagree on “{indicator}” (spread {spread})").format(
                    side=self.side_label(flag.side),
                    indicator=self.ind_name(flag.indicator_id),
                    spread=flag.spread,
                )
                layout.addWidget(_sized(_label(text), t["row"]))
        # The indicators behind the dimension: named before the reveal too (what each side is about to see).
        table = QGridLayout()
        table.setHorizontalSpacing(g * 2)
        table.setVerticalSpacing(max(2, t["space"] // 2))
        table.addWidget(_sized(_label(tr("Indicator"), "muted", wrap=False), t["row"]), 0, 0)
        table.addWidget(_sized(_label(self.side_label("A"), "muted", side="A", wrap=False), t["row"]), 0, 1)
        table.addWidget(_sized(_label(self.side_label("B"), "muted", side="B", wrap=False), t["row"]), 0, 2)
        for row, (ind_id, values) in enumerate(model.indicator_values(d, dim, revealed), 1):
            table.addWidget(_sized(_label(self.ind_name(ind_id)), t["row"]), row, 0)
            for col, side in ((1, "A"), (2, "B")):
                cell = _sized(_label(values[side], side=side, wrap=False), t["row"])
                table.addWidget(cell, row, col, Qt.AlignmentFlag.AlignRight)
        table.setColumnStretch(0, 1)
        layout.addLayout(table)
        layout.addStretch(1)
        return w

    def _dimension_trend(self, dim_id: str) -> str:
        said = model.dimension_trend(self.data, dim_id)
        if said.code == "trend.baseline":
            return tr("Trend: first round, no comparison yet")
        if said.code == "trend.version_break":
            return tr("Trend: not comparable, the framework changed since {label}").format(
                label=said.params["previous"]
            )
        if said.code == "trend.withheld":
            return tr("Trend: not available while results are withheld")
        if said.code == "trend.unavailable":
            return tr("Trend: not available")
        return tr("Trend: {arrow} {delta} since {label}").format(
            arrow=said.params["arrow"], delta=said.params["delta"], label=said.params["previous"]
        )

    # -- the respondents' words
    def _voices_slide(self, slide: Slide) -> QWidget:
        w, layout = self._box()
        if slide.pages > 1:
            layout.addWidget(
                _label(tr("Page {n} of {total}").format(n=slide.page + 1, total=slide.pages), "muted")
            )
        quotes = [f"“{shorten(q.text, QUOTE_CHARS)}”" for q in slide.items]
        px = self.quote_px(quotes)
        for q, quote in zip(slide.items, quotes, strict=True):
            group, gl = self._box(spacing=max(2, sizes(self.height())["gap"] // 6))
            gl.addWidget(_sized(_label(quote, "quote"), px))
            gl.addWidget(
                _label(f"{self.side_label(q.side)} · {self.ind_name(q.indicator_id)}", "muted", side=q.side)
            )
            layout.addWidget(group)
            layout.addStretch(1)
        layout.addStretch(2)
        return w

    def quote_px(self, quotes: list[str], lines: float = 1.6) -> int:
        """The quotes' type: larger than body text when each quote then still takes at most two lines (so four
        quotes fit on the slide at any size; ``lines`` 1: one line each), body text otherwise."""
        s = sizes(self.height())
        large = round(s["heading"] * 0.9)
        font = QFont(self.window.font())
        font.setPixelSize(large)
        metrics = QFontMetrics(font)
        line = max(200, self.window.width() - 2 * s["margin"] - 2 * s["gap"])
        fits = all(metrics.horizontalAdvance(q) <= lines * line for q in quotes)
        return large if fits else s["body"]

    # -- last round's actions
    def _review_slide(self, slide: Slide) -> QWidget:
        review = self.data.review
        w, layout = self._box()
        intro = tr("Set at the {previous} workshop; scores before ({previous}) and now ({current}).").format(
            previous=review.previous.label, current=review.current.label
        )
        if slide.pages > 1:
            intro += " " + tr("Page {n} of {total}").format(n=slide.page + 1, total=slide.pages)
        layout.addWidget(_label(intro, "muted"))
        if not review.visible:
            layout.addWidget(
                _label(tr("This round's results are hidden until both sides have submitted."), "warn")
            )
        grid = QGridLayout()
        gap = sizes(self.height())["gap"]
        grid.setHorizontalSpacing(gap * 2)
        grid.setVerticalSpacing(gap)
        grid.addWidget(_label(tr("Status"), "muted", wrap=False), 0, 0)
        grid.addWidget(_label(tr("Agreed last time"), "muted", wrap=False), 0, 1)
        grid.addWidget(_label(tr("Aimed at"), "muted", wrap=False), 0, 2)
        grid.addWidget(_label(tr("Before → now"), "muted", wrap=False), 0, 3)
        words = status_words()
        for row, item in enumerate(model.review_rows(review, slide.items), 1):
            status = f"{STATUS_SYMBOLS.get(item.status, '')} {words.get(item.status, item.status)}"
            status_label = _label(status, wrap=False)
            if item.overdue:
                status_label = _label(status + "\n" + tr("overdue"), "warn", wrap=False)
            elif item.done:
                _coloured(status_label, LIGHT_INK["green"])
            grid.addWidget(status_label, row, 0, Qt.AlignmentFlag.AlignTop)
            prefix = "◆ " if item.kind == "goal" else ""
            grid.addWidget(_label(prefix + item.title), row, 1, Qt.AlignmentFlag.AlignTop)
            aims = [self.ind_name(ind) if ind else self.dim_name(dim) for ind, dim in item.aims]
            grid.addWidget(_label("\n".join(aims) or DASH), row, 2, Qt.AlignmentFlag.AlignTop)
            move_label = _label("\n".join(item.moves) or DASH, wrap=False)
            move_label.setObjectName(f"move{item.kind}{item.id}")
            if item.direction == "up":
                _coloured(move_label, LIGHT_INK["green"])
            elif item.direction == "down":
                _coloured(move_label, LIGHT_INK["red"])
            grid.addWidget(move_label, row, 3, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        layout.addLayout(grid)
        layout.addStretch(1)
        return w

    # -- what was agreed, next steps
    def _captured_slide(self) -> QWidget:
        w, layout = self._box()
        lines = self.window.captured_lines()
        if not lines:
            layout.addWidget(
                _label(tr("Nothing captured yet. Press A for an action, G for a goal."), "muted")
            )
        picked, first = model.captured_window(len(lines), self.window.room.selected)
        shown = [
            f"{n + 1}.  {shorten(line, TITLE_CHARS + 20)}"
            for n, line in enumerate(lines[first : first + CAPTURED_ROWS], first)
        ]
        # A few short rows are read from the back of the room in larger type (one line each, so they still fit).
        px = self.quote_px(shown, lines=0.95) if len(shown) <= 5 else sizes(self.height())["body"]
        for n, text in enumerate(shown, first):
            row = _sized(_label(text), px)
            row.setObjectName(f"captured{n}")
            if n == picked:
                row.setProperty("ws", "quote")  # the row E and Delete act on
                row.setObjectName("capturedSelected")
            layout.addWidget(row)
        if lines:
            layout.addWidget(_label(tr("1–9 pick a row · E correct · Delete remove · Ctrl+Z undo"), "muted"))
        if len(lines) > CAPTURED_ROWS:
            layout.addWidget(
                _label(tr("… and {n} more in the action plan").format(n=len(lines) - CAPTURED_ROWS), "muted")
            )
        layout.addStretch(1)
        return w

    def _close_slide(self) -> QWidget:
        w, layout = self._box()
        counts = self.data.followup.counts
        for text in (
            tr("Owners finish their actions' details (due date, notes) in the action plan this week."),
            tr(
                "Open goals: {goals} · overdue actions: {overdue} · decisions for the JMC: {decisions}"
            ).format(
                goals=counts.open_goals, overdue=counts.overdue_actions, decisions=counts.decisions_requested
            ),
            tr("The JMC review prints the goals, the action plan and the decisions requested."),
            tr("Thank you."),
        ):
            layout.addWidget(_label(text, "heading"))
        layout.addStretch(1)
        return w


def gap_words(message: Message | None, side_label: Callable[[str], str]) -> str:
    """The gap in the workshop's words ("no gap" decided once, on the displayed value: healthdesk.present)."""
    if message is None:
        return tr("Gap: not available")
    if message.code == "gap.none":
        return tr("Both sides see it alike")
    return tr("{side} sees it {gap} higher").format(
        side=side_label(message.params["side"]), gap=message.params["size"]
    )


def captured_lines(items: list[tuple[str, Any]]) -> list[str]:
    """The rows of what was captured, as the notes and "goals and actions agreed" list them."""
    out = []
    for kind, item in items:
        if kind == "goal":
            out.append(
                "◆ " + tr("{level}: {title}").format(level=level_words()[item.level], title=item.title)
            )
        elif item.owner:  # zh: full-width brackets, “每周复盘（Emily Zhao）”
            out.append("▸ " + tr("{title} ({owner})").format(title=item.title, owner=item.owner))
        else:
            out.append(f"▸ {item.title}")
    return out
