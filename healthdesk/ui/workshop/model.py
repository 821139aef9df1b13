"""What the workshop shows and how it stands, without Qt.

- **The sequence** (``agenda``): one ``Slide`` record per screen, built from ``services.followup.WorkshopData``:
  the agenda, last round's actions (six a screen), the blind notice or the overall health, then per dimension its
  reveal and the respondents' words (four a screen), what was agreed, next steps.
- **What a slide shows**, as numbers formatted once and codes (``present``'s messages) the Qt view words:
  the side values with their note, the gap, the trends, the spread flags, the indicator table, the review rows,
  the blind tiles, the captured rows.
- **Where the room stands** (``Room``): the screen on, what is revealed, the blank projector, the row picked, the
  timers on an injected clock, and the resume state (what is kept in the database and offered back after a crash).
- **The capture rules** (``Capture``): the level and side defaults the bar goes back to after each save, the side
  a member's name sets, why Enter cannot save yet, and what one capture stores into the action plan.

No words here: the view (``slides.py``, ``capture.py``, ``overlays.py``, ``window.py``) says them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ...analysis.numbers import fmt1, fmt2, fmt_signed2
from ...present.findings import Message, gap_message, index_step_arrow, trend_message
from ...present.symbols import ARROWS, DASH
from ...services import followup as svc

QUOTES_PER_SCREEN = 4
QUOTE_CHARS = 220  # longer problem descriptions are shortened on the projector (the PDF prints them whole)
REVIEW_ROWS_PER_SCREEN = 6
CAPTURED_ROWS = 8
TITLE_CHARS = 90
HIDDEN = "?"  # what a number shows before the reveal

MAX_GAP = 30.0  # seconds between two ticks beyond which the machine slept or froze

MINUTES = {  # planned minutes per kind of screen (the footer's timer turns red past them)
    "agenda": 3,
    "review": 10,
    "blind": 3,
    "overview": 5,
    "dimension": 6,
    "voices": 6,
    "captured": 10,
    "close": 3,
}
DEFAULT_MINUTES = 5

SIDES = ("A", "B")
LEVELS = ("top", "mid", "short")
DEFAULT_LEVEL = "short"  # after each save the bar goes back to these, and says so
DEFAULT_SIDE = ""  # no side until the owner is chosen (a member sets it) or the side is picked
KINDS = ("goal", "action")


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def chunks(items: list[Any], size: int) -> list[tuple[Any, ...]]:
    return [tuple(items[i : i + size]) for i in range(0, len(items), size)]


# -- the sequence -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """A problem description on the projector: its side and indicator, never its author."""

    side: str
    indicator_id: str
    text: str


@dataclass(frozen=True)
class Slide:
    """One screen of the workshop. ``key`` is unique (e.g. "dimension:strategy") and stays the same across a
    language switch or a reload, so the room keeps its place and reveals. ``items`` are this screen's review
    items (kind "review") or quotes (kind "voices"), ``page`` of ``pages``."""

    key: str
    kind: str  # agenda | review | blind | overview | dimension | voices | captured | close
    dimension_id: str = ""
    revealable: bool = False
    page: int = 0
    pages: int = 1
    items: tuple[Any, ...] = ()


def quotes(data: svc.WorkshopData, dim: Any) -> list[Quote]:
    """The dimension's problem descriptions by indicator and side, never attributed to a person."""
    problems = data.summary.scores.problems
    out = []
    for ind in dim.indicators:
        for side in SIDES:
            for text in problems.get(ind.id, {}).get(side, ()):
                out.append(Quote(side, ind.id, text))
    return out


def agenda(data: svc.WorkshopData) -> list[Slide]:
    """The screens in order. The blind rule first: a round whose results are hidden has no overview, dimension
    or voices screen at all."""
    slides = [Slide("agenda", "agenda")]
    if data.review is not None and data.review.items:
        pages = chunks(list(data.review.items), REVIEW_ROWS_PER_SCREEN)
        for n, chunk in enumerate(pages):
            slides.append(Slide(f"review:{n}", "review", page=n, pages=len(pages), items=chunk))
    if not data.visible:
        slides.append(Slide("blind", "blind"))
    else:
        slides.append(Slide("overview", "overview", revealable=True))
        for dim in data.framework.dimensions:
            slides.append(Slide(f"dimension:{dim.id}", "dimension", dimension_id=dim.id, revealable=True))
            pages = chunks(quotes(data, dim), QUOTES_PER_SCREEN)
            for n, chunk in enumerate(pages):
                slides.append(
                    Slide(
                        f"voices:{dim.id}:{n}",
                        "voices",
                        dimension_id=dim.id,
                        page=n,
                        pages=len(pages),
                        items=chunk,
                    )
                )
    slides.append(Slide("captured", "captured"))
    slides.append(Slide("close", "close"))
    return slides


def agenda_items(data: svc.WorkshopData) -> list[str]:
    """What the agenda screen lists, as codes: review, overview, dimensions, blind, captured, close."""
    items = []
    if data.review is not None and data.review.items:
        items.append("review")
    if data.visible:
        items += ["overview", "dimensions"]
    else:
        items.append("blind")
    return items + ["captured", "close"]


# -- what a slide shows ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BlindTile:
    side: str
    submitted: int
    need: int  # responses still needed (0: this side is ready)


def blind_tiles(data: svc.WorkshopData) -> list[BlindTile]:
    return [BlindTile(side, data.round.submitted.get(side, 0), data.waiting.get(side, 0)) for side in SIDES]


@dataclass(frozen=True)
class OverviewRow:
    dimension_id: str
    joint: str  # "3.25", or DASH
    light: str | None
    change: str | None  # "▲ +0.50" when the dimension moved, else None


def overview_index(data: svc.WorkshopData, revealed: bool) -> tuple[str, str | None]:
    """The health index as shown ("?" before the reveal) and its light (None before the reveal or without)."""
    s = data.summary.scores
    value = fmt1(s.index) if revealed and s.index is not None else (DASH if revealed else HIDDEN)
    return value, (s.light if revealed and s.light else None)


def overview_rows(data: svc.WorkshopData) -> list[OverviewRow]:
    s = data.summary.scores
    rows = []
    for dim in data.framework.dimensions:
        jv = s.dimensions.get(dim.id)
        joint = fmt2(jv.joint) if jv is not None and jv.joint is not None else DASH
        light = jv.light if jv is not None and jv.light else None
        change = data.summary.trend.dimensions.get(dim.id)
        moved = None
        if change is not None and change.direction:
            moved = f"{ARROWS[change.direction]} {fmt_signed2(change.delta)}"
        rows.append(OverviewRow(dim.id, joint, light, moved))
    return rows


def overall_trend(data: svc.WorkshopData) -> Message:
    """The index's trend as every output says it: ``trend.baseline``, ``trend.version_break`` (``previous``),
    ``trend.withheld`` (also a compared trend without an arrow), or ``trend.compared`` with ``arrow`` (the index
    step's arrow, healthdesk.present), ``delta`` and ``previous``."""
    said = trend_message(data.summary.trend)
    assert said is not None
    if said.code in ("trend.baseline", "trend.version_break"):
        return said
    if said.code != "trend.compared" or not said.params["arrow"]:
        return Message("trend.withheld", {})
    return Message(
        "trend.compared",
        {
            "arrow": index_step_arrow(data.summary),
            "delta": said.params["delta"],
            "previous": said.params["previous"],
        },
    )


@dataclass(frozen=True)
class SideValue:
    value: str  # "3.00", DASH or "?"
    note: str  # withheld (n = threshold) | not_enough | submitted (n) | hidden
    n: int = 0


def side_value(data: svc.WorkshopData, side: str, dim_id: str, revealed: bool) -> SideValue:
    """One side's score of a dimension, with the note under it."""
    if not revealed:
        return SideValue(HIDDEN, "hidden")
    s = data.summary.scores
    sc = s.sides.get(side)
    if sc is None or sc.withheld:
        return SideValue(DASH, "withheld", s.threshold)
    value = sc.dimensions.get(dim_id)
    if value is None:
        return SideValue(DASH, "not_enough")
    return SideValue(fmt2(value), "submitted", sc.submitted)


def joint_value(data: svc.WorkshopData, dim_id: str, revealed: bool) -> tuple[str, str | None]:
    """The dimension's joint score as shown and its light (None before the reveal or without)."""
    jv = data.summary.scores.dimensions.get(dim_id)
    if not revealed:
        return HIDDEN, None
    joint = fmt2(jv.joint) if jv is not None and jv.joint is not None else DASH
    return joint, (jv.light if jv is not None and jv.light else None)


@dataclass(frozen=True)
class GapSaid:
    message: Message | None  # gap.none | gap.sees (side, size); None: not available
    flagged: bool  # reaches the framework's gap threshold: "a perception gap"


def dimension_gap(data: svc.WorkshopData, dim_id: str) -> GapSaid | None:
    """The gap of a revealed dimension (None when the dimension has no joint value at all)."""
    jv = data.summary.scores.dimensions.get(dim_id)
    if jv is None:
        return None
    return GapSaid(gap_message(jv.gap), bool(jv.gap_flagged))


def dimension_trend(data: svc.WorkshopData, dim_id: str) -> Message:
    """``trend.baseline``, ``trend.version_break`` (``previous``), ``trend.withheld``, ``trend.unavailable`` or
    ``trend.compared`` (``arrow``, ``delta``, ``previous``) of one dimension."""
    t = data.summary.trend
    if t.kind == "baseline":
        return Message("trend.baseline", {})
    if t.kind == "version_break":
        return Message("trend.version_break", {"previous": t.previous_label})
    if t.kind != "compared":
        return Message("trend.withheld", {})
    change = t.dimensions.get(dim_id)
    if change is None or change.direction is None:
        return Message("trend.unavailable", {})
    return Message(
        "trend.compared",
        {"arrow": ARROWS[change.direction], "delta": fmt_signed2(change.delta), "previous": t.previous_label},
    )


@dataclass(frozen=True)
class SpreadFlag:
    side: str
    indicator_id: str
    spread: str  # two decimals


def spread_flags(data: svc.WorkshopData, dim: Any) -> list[SpreadFlag]:
    """The indicators on which one side's respondents disagree (spread flagged)."""
    s = data.summary.scores
    out = []
    for ind in dim.indicators:
        for side in SIDES:
            si = s.sides[side].indicators.get(ind.id) if side in s.sides else None
            if si is not None and si.spread_flagged and si.spread is not None:
                out.append(SpreadFlag(side, ind.id, f"{si.spread:.2f}"))
    return out


def indicator_values(data: svc.WorkshopData, dim: Any, revealed: bool) -> list[tuple[str, dict[str, str]]]:
    """(indicator id, side -> value as shown) for the table under a dimension's cards: named before the reveal
    too, every number "?" until then."""
    s = data.summary.scores
    rows = []
    for ind in dim.indicators:
        values = {}
        for side in SIDES:
            si = s.sides[side].indicators.get(ind.id) if side in s.sides else None
            text = fmt2(si.value) if si is not None and si.value is not None else DASH
            values[side] = text if revealed else HIDDEN
        rows.append((ind.id, values))
    return rows


@dataclass(frozen=True)
class ReviewRow:
    """One item of last round's actions: its status, title, what it aimed at (indicator ids, or dimension ids
    where the indicator is empty) and "before → after" per aim, with the first aim's direction."""

    kind: str  # goal | action
    id: int
    status: str
    overdue: bool
    done: bool
    title: str
    aims: tuple[tuple[str, str], ...]  # (indicator id or "", dimension id)
    moves: tuple[str, ...]
    direction: str | None


def review_rows(review: Any, items: Iterable[Any]) -> list[ReviewRow]:
    rows = []
    for item in items:
        wk = item.work
        aims, moves = [], []
        for m in item.movements:
            aims.append((m.indicator_id or "", m.dimension_id))
            before = fmt2(m.before) if m.before is not None else DASH
            after = fmt2(m.after) if m.after is not None else (HIDDEN if not review.visible else DASH)
            arrow = f"  {ARROWS[m.direction]} {fmt_signed2(m.delta)}" if m.direction else ""
            moves.append(f"{before} → {after}{arrow}")
        rows.append(
            ReviewRow(
                kind=wk.kind,
                id=wk.id,
                status=wk.status,
                overdue=bool(item.overdue),
                done=bool(item.done),
                title=shorten(wk.title, TITLE_CHARS),
                aims=tuple(aims),
                moves=tuple(moves),
                direction=item.movements[0].direction if item.movements else None,
            )
        )
    return rows


# -- what was captured in this workshop ---------------------------------------------------------------------


def captured_items(followup: Any, round_id: int | None) -> list[tuple[str, Any]]:
    """(kind, goal or action) captured for this round: the goals, then the actions in the order captured."""
    items: list[tuple[str, Any]] = [("goal", g) for g in followup.goals if g.round_id == round_id]
    items += [("action", a) for a in sorted(followup.actions, key=lambda a: a.id) if a.round_id == round_id]
    return items


def picked_row(count: int, selected: int) -> int:
    """The row E and Delete act on: the one picked with 1–9, else the last (-1 without rows)."""
    return selected if 0 <= selected < count else count - 1


def captured_window(count: int, selected: int) -> tuple[int, int]:
    """(row picked, first row shown): at most CAPTURED_ROWS rows, the picked one always among them."""
    picked = picked_row(count, selected)
    first = max(0, min(picked - CAPTURED_ROWS + 1, count - CAPTURED_ROWS))
    return picked, first


# -- the capture rules ----------------------------------------------------------------------------------------


def member_sides(members: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Member name -> side, for the owner field's completion (nameless or sideless members left out)."""
    return {name: side for name, side in members if name and side in SIDES}


def other_side(side: str) -> str:
    """← → in the side field: from A to B, from B (or none) to A."""
    return "B" if side == "A" else "A"


@dataclass
class Capture:
    """What the capture bar holds: a goal or an action being typed (or an earlier one being corrected,
    ``editing`` = (kind, id)). ``title`` and ``owner`` as typed; what is stored is trimmed."""

    kind: str = "action"
    title: str = ""
    owner: str = ""
    side: str = DEFAULT_SIDE
    level: str = DEFAULT_LEVEL
    dimension_id: str = ""
    editing: tuple[str, int] | None = field(default=None, compare=False)

    def draft(self) -> str:
        return self.title.strip()

    def owner_name(self) -> str:
        return self.owner.strip()

    def kept(self) -> bool:
        """Worth keeping for a resume: something typed in the title or the owner."""
        return bool(self.draft() or self.owner_name())

    def problem(self) -> str:
        """Why Enter cannot save yet, as a code ("" when it can): an owner without a side is never stored."""
        return "side_missing" if self.owner_name() and not self.side else ""

    def state(self) -> dict[str, str]:
        """The draft as kept for a resume (``services.followup.save_workshop_state``)."""
        return {
            "kind": self.kind,
            "title": self.title,
            "owner": self.owner,
            "side": self.side,
            "level": self.level,
            "dimension_id": self.dimension_id,
        }

    @classmethod
    def from_state(cls, state: Mapping[str, Any]) -> Capture:
        """A kept draft back, whatever the stored values (an unknown kind becomes an action)."""
        return cls(
            kind=state.get("kind") if state.get("kind") in KINDS else "action",
            title=str(state.get("title") or ""),
            owner=str(state.get("owner") or ""),
            side=str(state.get("side") or ""),
            level=str(state.get("level") or DEFAULT_LEVEL),
            dimension_id=str(state.get("dimension_id") or ""),
        )

    @classmethod
    def of_item(cls, kind: str, item: Any) -> Capture:
        """An earlier capture opened for a correction: a goal shows its side A owner (or side B's when only that
        one is set); an action its owner and side."""
        if kind == "goal":
            owner, side = (item.owner_a, "A") if item.owner_a or not item.owner_b else (item.owner_b, "B")
            return cls(
                kind=kind,
                title=item.title,
                owner=owner,
                side=side if owner else "",
                level=item.level,
                dimension_id=item.dimensions[0] if item.dimensions else "",
                editing=(kind, item.id),
            )
        return cls(
            kind=kind,
            title=item.title,
            owner=item.owner,
            side=item.owner_side if item.owner_side in SIDES else "",
            dimension_id=item.dimension_id,
            editing=(kind, item.id),
        )

    def goal_input(self, before: Any, round_id: int | None) -> svc.GoalInput:
        """The goal one capture stores: a new one linked to the dimension and this round, or ``before``
        corrected (its other fields kept)."""
        owner = self.owner_name()
        side = self.side if owner else ""
        data = before.as_input() if before is not None else svc.GoalInput(level="short", title="")
        data.level = self.level
        data.title = self.draft()
        data.owner_a = owner if side == "A" else ""
        data.owner_b = owner if side == "B" else ""
        if before is None:
            data.dimensions = (self.dimension_id,) if self.dimension_id else ()
            data.round_id = round_id
        return data

    def action_input(self, before: Any, round_id: int | None) -> svc.ActionInput:
        """The action one capture stores (as ``goal_input``)."""
        owner = self.owner_name()
        action = before.as_input() if before is not None else svc.ActionInput(title="")
        action.title = self.draft()
        action.owner = owner
        action.owner_side = self.side if owner else ""
        if before is None:
            action.dimension_id = self.dimension_id
            action.round_id = round_id
        return action


# -- where the room stands: screen, reveals, timers, resume ------------------------------------------------------


def planned_minutes(kind: str) -> int:
    return MINUTES.get(kind, DEFAULT_MINUTES)


def step_clock(seconds: int, kind: str | None) -> str:
    """The footer's timer: "01:30 / 03:00" (time on this screen / planned)."""
    planned = planned_minutes(kind) if kind else DEFAULT_MINUTES
    return f"{seconds // 60:02d}:{seconds % 60:02d} / {planned:02d}:00"


def session_clock(seconds: int) -> str:
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class Timers:
    """Time spent per screen, kept when the room comes back to it. CLOCK_MONOTONIC on Linux does not count while
    the machine sleeps; time is added a tick at a time, and a gap longer than MAX_GAP between two readings (frozen,
    suspended) counts none of it. The clock is injected (tests move it by hand)."""

    def __init__(self, clock: Callable[[], float]):
        self.clock = clock
        self.elapsed: dict[str, float] = {}
        self.entered = clock()

    def since_entered(self) -> float:
        gap = self.clock() - self.entered
        return gap if 0 <= gap <= MAX_GAP else 0.0  # asleep or frozen: that time is not the room's

    def record(self, key: str | None) -> None:
        if key is not None:
            self.elapsed[key] = self.elapsed.get(key, 0.0) + self.since_entered()
        self.entered = self.clock()

    def restart(self) -> None:
        self.entered = self.clock()

    def seconds(self, key: str | None) -> int:
        if key is None:
            return 0
        return int(self.elapsed.get(key, 0.0) + self.since_entered())

    def session_seconds(self) -> int:
        return int(sum(self.elapsed.values()) + self.since_entered())


@dataclass(frozen=True)
class ResumeOffer:
    """A kept workshop worth resuming: at screen ``index`` (0-based) of ``total``, after ``minutes``."""

    index: int
    total: int
    minutes: int


class Room:
    """Where the workshop stands: the screens, the one on, what is revealed, the blank projector, the row picked
    on "goals and actions agreed", the timers; what is kept for a resume and how it comes back."""

    def __init__(self, clock: Callable[[], float]):
        self.slides: list[Slide] = []
        self.index = 0
        self.revealed: set[str] = set()
        self.blank = False
        self.selected = -1  # the row picked on the "goals and actions agreed" screen (-1: the last one)
        self.timers = Timers(clock)

    # -- the screens
    def set_slides(self, slides: list[Slide]) -> None:
        """A new sequence (reload, language): the room stays on the same screen when it is still there."""
        current = self.current()
        self.slides = slides
        keys = self.keys()
        if current is not None and current.key in keys:
            self.index = keys.index(current.key)
        self.index = max(0, min(self.index, len(slides) - 1))

    def keys(self) -> list[str]:
        return [s.key for s in self.slides]

    def current(self) -> Slide | None:
        return self.slides[self.index] if 0 <= self.index < len(self.slides) else None

    def following(self) -> Slide | None:
        return self.slides[self.index + 1] if self.index + 1 < len(self.slides) else None

    def go(self, index: int, record: bool = True) -> int:
        """Move to screen ``index`` (clamped); ``record`` counts the time spent on the screen left."""
        index = max(0, min(index, len(self.slides) - 1))
        if record:
            self.record_time()
        if index != self.index:
            self.selected = -1
        self.index = index
        return index

    def toggle_reveal(self) -> bool:
        """R: reveal the screen's scores, or hide them again; False on a screen with nothing to reveal."""
        slide = self.current()
        if slide is None or not slide.revealable:
            return False
        if slide.key in self.revealed:
            self.revealed.discard(slide.key)
        else:
            self.revealed.add(slide.key)
        return True

    def is_revealed(self) -> bool:
        slide = self.current()
        return slide is not None and slide.key in self.revealed

    def hidden(self) -> bool:
        """A screen whose scores the room has not seen yet (the strip and the notes name R)."""
        slide = self.current()
        return slide is not None and slide.revealable and slide.key not in self.revealed

    # -- time
    def record_time(self) -> None:
        slide = self.current()
        self.timers.record(slide.key if slide is not None else None)

    def step_seconds(self) -> int:
        slide = self.current()
        return self.timers.seconds(slide.key if slide is not None else None)

    def session_seconds(self) -> int:
        return self.timers.session_seconds()

    def step_clock(self) -> str:
        slide = self.current()
        return step_clock(self.step_seconds(), slide.kind if slide is not None else None)

    def over_time(self) -> bool:
        slide = self.current()
        return slide is not None and self.step_seconds() > planned_minutes(slide.kind) * 60

    # -- resume
    def state(self, draft: Capture | None) -> dict[str, Any]:
        """What is kept in the database as the workshop goes (``services.followup.save_workshop_state``): the
        screen, the reveals, the timers and the capture bar's draft (when something is typed)."""
        slide = self.current()
        self.record_time()
        return {
            "step": slide.key if slide else "",
            "index": self.index,
            "revealed": sorted(self.revealed),
            "elapsed": {k: round(v, 1) for k, v in self.timers.elapsed.items()},
            "draft": draft.state() if draft is not None and draft.kept() else None,
        }

    def resume_offer(self, state: Mapping[str, Any]) -> ResumeOffer | None:
        """Whether a kept state is worth offering: its screen still exists, and it is past the agenda or
        something was revealed."""
        keys = self.keys()
        key = state.get("step")
        if key not in keys or (keys.index(key) == 0 and not state.get("revealed")):
            return None
        elapsed = state.get("elapsed") or {}
        minutes = int(sum(float(v) for v in elapsed.values()) // 60)
        return ResumeOffer(keys.index(key), len(keys), minutes)

    def resume(self, state: Mapping[str, Any]) -> int:
        """Take back the kept reveals and timers; returns the screen to go to."""
        self.revealed = {k for k in state.get("revealed") or () if isinstance(k, str)}
        self.timers.elapsed = {str(k): float(v) for k, v in (state.get("elapsed") or {}).items()}
        self.timers.restart()
        return self.keys().index(state.get("step"))


def kept_draft(state: Mapping[str, Any] | None) -> Capture | None:
    """The capture bar's draft in a kept state (it comes back whether or not the workshop is resumed)."""
    draft = (state or {}).get("draft")
    if isinstance(draft, dict) and (draft.get("title") or draft.get("owner")):
        return Capture.from_state(draft)
    return None
