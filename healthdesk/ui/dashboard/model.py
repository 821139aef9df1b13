"""What the dashboard shows, without Qt: the header (partnership, both partners, the rounds to choose from), the
round's status line and banner notes, the tiles (health index and each dimension), the findings, the indicator
table, the problem descriptions, which charts can be drawn, which actions are enabled, and the follow-up panel's
content.

Built from ``services.summary.summarise_for_dashboard``'s ``DashboardData`` (the scoring engine's ``summarise``,
exactly as ``healthdesk summary --json``) and the presentation layer (``present/``): every decision (which light,
which arrow, what is flagged, what is withheld, whether a list is empty) is made here or in ``present/``, as codes
and plain records. No words: the Qt view (``page.py``, ``tiles.py``, ``texts.py``) words them with
``ui/common/result_texts.py: ResultTexts`` and its own translations, and draws them.

:func:`load_dashboard`, :func:`load_followup` and :func:`load_history` (the detail's) are the reads the page and the
detail run on the background queue (``ctx.fetch``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from fractions import Fraction
from typing import Any

from ...analysis.numbers import fmt1, fmt2, fmt_signed2
from ...analysis.types import SIDES, Change, RoundScores, RoundSummary, Trend, Warning, Withheld
from ...errors import HealthDeskError
from ...framework import Framework, Text
from ...maintenance import Database
from ...present.findings import index_direction
from ...present.symbols import DASH, GAP_FLAG, SPREAD_FLAG, light_symbol
from ...services import followup as followup_svc
from ...services import summary as summary_svc
from ...services.summary import DashboardData

CHARTS = ("radar", "trend", "gap", "heatmap")
NEED_RESULTS = ("radar", "gap")  # charts of the chosen round's results: not while the blind rule hides them


class Empty(StrEnum):
    """What stands in place of the results."""

    NO_PARTNERSHIP = "no_partnership"  # "Choose a partnership first."
    NO_ROUND = "no_round"  # "No assessment round yet…"


class Note(StrEnum):
    """A line of the banner above the tiles."""

    PRELIMINARY = "preliminary"  # the round is not closed: its results may change
    BLIND_HIDDEN = "blind_hidden"  # params: threshold, waiting {side: n}
    WITHHELD = "withheld"  # params: reasons (Withheld items of sides below the threshold)
    NEEDS_BOTH_SIDES = "needs_both_sides"
    THRESHOLD_LOWERED = "threshold_lowered"  # params: threshold


class Said(StrEnum):
    """What a section of the findings says."""

    NEEDS_BOTH_SIDES = "needs_both_sides"
    NOTHING = "nothing"  # no rule fired / no gap flagged
    LIST = "list"


# --------------------------------------------------------------------------------------------------- records


@dataclass(frozen=True)
class SideName:
    side: str
    label: str
    name: str


@dataclass(frozen=True)
class RoundChoice:
    id: int
    label: str
    status: str  # a round status code (worded by ui.common.labels.round_statuses)


@dataclass(frozen=True)
class Header:
    name: str
    sides: tuple[SideName, ...]
    rounds: tuple[RoundChoice, ...]  # newest first, as the selector lists them
    can_choose_round: bool


@dataclass(frozen=True)
class SideCount:
    side: str
    label: str
    submitted: int
    invited: int
    in_progress: int


@dataclass(frozen=True)
class BannerNote:
    code: Note
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Status:
    round_label: str
    round_status: str
    start: date
    end: date | None
    as_of: date
    counts: tuple[SideCount, ...]
    notes: tuple[BannerNote, ...]


@dataclass(frozen=True)
class IndexTile:
    hidden: bool  # a blind round still hidden: a dash and "hidden"
    value: str | None = None  # the index, one decimal; None: a dash
    light: str | None = None  # None: "withheld"
    summary: RoundSummary | None = None  # for the trend's words (ResultTexts.index_trend)
    direction: str | None = None  # the colour of the trend (present.index_direction)
    tier: str | None = None
    exit_review: bool = False
    overall: str | None = None  # the joint score, two decimals; None: not said


@dataclass(frozen=True)
class DimensionTile:
    dimension_id: str
    name: Text
    hidden: bool
    value: str | None = None  # the joint score, two decimals; None: a dash (withheld is a word, never 0)
    light: str | None = None
    change: Change | None = None
    trend: Trend | None = None  # None: no trend line (hidden, or the trend is withheld)
    direction: str | None = None
    sides: Mapping[str, Fraction | None] = field(default_factory=dict)  # None: withheld
    gap: Fraction | None = None


@dataclass(frozen=True)
class DiagnosisItem:
    rule_id: str
    rule: Any  # the framework's rule (name, explanation, next steps), None when unknown
    triggers: tuple[Mapping[str, Any], ...]


@dataclass(frozen=True)
class GapLine:
    kind: str  # "dimension" | "indicator"
    item_id: str
    name: Text
    gap: Fraction


@dataclass(frozen=True)
class FindingsView:
    """The findings pane: diagnosis, early warnings, gaps, tier (None when the round is hidden), responses and
    what was withheld."""

    framework: Framework | None
    hidden: bool  # a blind round: only responses and withheld are said
    diagnosis_said: Said = Said.NOTHING
    diagnosis: tuple[DiagnosisItem, ...] = ()
    warnings: tuple[Warning, ...] = ()
    gaps_said: Said = Said.NOTHING
    gaps: tuple[GapLine, ...] = ()
    gap_limit: str = ""
    tier: str | None = None
    exit_review: bool = False
    exit_after: Any = ""
    counts: tuple[SideCount, ...] = ()
    threshold: int = 0
    withheld: tuple[Withheld, ...] | None = None  # None: everything, until both sides are in


@dataclass(frozen=True)
class SideCell:
    value: Fraction | None  # None: withheld
    spread_flagged: bool = False  # a side whose respondents disagree among themselves (◆)


@dataclass(frozen=True)
class IndicatorRow:
    kind: str  # "dimension" (a bold row) | "indicator"
    item_id: str
    name: Text
    joint: Fraction | None
    light: str | None
    symbol: str  # the light's symbol, "" without a light
    change: Change | None
    trend: Trend  # the round's trend (the change's words: "baseline", "version break")
    direction: str | None  # the arrow's direction; None without a change
    sides: Mapping[str, SideCell]
    gap: Fraction | None
    gap_cell: str  # signed, two decimals, ■ when flagged; a dash without a gap


@dataclass(frozen=True)
class ProblemIndicator:
    indicator_id: str
    name: Text
    said: tuple[tuple[str, str], ...]  # (side, text), side A first; never attributed to a person


@dataclass(frozen=True)
class ProblemGroup:
    dimension_id: str
    name: Text
    indicators: tuple[ProblemIndicator, ...]


@dataclass(frozen=True)
class ProblemsView:
    hidden: bool
    framework: Framework | None = None
    groups: tuple[ProblemGroup, ...] = ()
    has_comments: bool = False
    comments: tuple[tuple[str, str], ...] = ()
    withheld_sides: tuple[tuple[str, Withheld], ...] = ()
    empty: bool = True


@dataclass(frozen=True)
class DashboardView:
    """Everything the dashboard shows for one partnership and round."""

    data: DashboardData | None = None
    empty: Empty | None = Empty.NO_PARTNERSHIP
    header: Header | None = None
    status: Status | None = None
    index_tile: IndexTile | None = None
    dimension_tiles: tuple[DimensionTile, ...] = ()
    findings: FindingsView | None = None
    indicators: tuple[IndicatorRow, ...] = ()
    problems: ProblemsView | None = None
    upto: tuple[RoundScores, ...] = ()  # the rounds up to the chosen one (trend and heat map)
    has_results: bool = False  # radar and gap chart: the chosen round's results are shown
    can_open_detail: bool = False  # a dimension tile or indicator row opens its detail

    @property
    def round_id(self) -> int | None:
        d = self.data
        return d.round.id if d is not None and d.round is not None else None

    @property
    def labels(self) -> dict[str, str]:
        return self.data.labels if self.data is not None else {"A": "A", "B": "B"}

    def chart_available(self, name: str) -> bool:
        """Whether ``name`` can be drawn (else the chart view says the round is hidden)."""
        return self.has_results or name not in NEED_RESULTS


# --------------------------------------------------------------------------------------------------- building


def build_view(data: DashboardData | None) -> DashboardView:
    """The dashboard of ``data`` (None: no partnership chosen)."""
    if data is None:
        return DashboardView()
    header = _header(data)
    if data.round is None or data.framework is None:
        return DashboardView(data=data, empty=Empty.NO_ROUND, header=header)
    return DashboardView(
        data=data,
        empty=None,
        header=header,
        status=_status(data),
        index_tile=_index_tile(data),
        dimension_tiles=_dimension_tiles(data),
        findings=_findings(data),
        indicators=_indicator_rows(data),
        problems=_problems(data),
        upto=_upto(data),
        has_results=data.summary is not None,
        can_open_detail=True,
    )


def _header(d: DashboardData) -> Header:
    p = d.partnership
    sides = tuple(
        SideName(side, p.label(side), p.partner_a_name if side == "A" else p.partner_b_name) for side in SIDES
    )
    rounds = tuple(RoundChoice(r.id, r.label, r.status) for r in reversed(p.rounds))
    return Header(p.name, sides, rounds, bool(p.rounds))


def _counts(d: DashboardData) -> tuple[SideCount, ...]:
    r = d.round
    assert r is not None
    scores = d.scores
    out = []
    for side in SIDES:
        if scores is not None:
            sc = scores.sides[side]
            out.append(SideCount(side, d.labels[side], sc.submitted, sc.invited, sc.in_progress))
        else:
            out.append(
                SideCount(
                    side,
                    d.labels[side],
                    r.submitted.get(side, 0),
                    r.invited.get(side, 0),
                    r.in_progress.get(side, 0),
                )
            )
    return tuple(out)


def _status(d: DashboardData) -> Status:
    r = d.round
    assert r is not None
    scores = d.scores
    notes: list[BannerNote] = []
    if not d.visible:
        notes.append(BannerNote(Note.BLIND_HIDDEN, {"threshold": r.threshold, "waiting": dict(d.waiting)}))
    elif scores is not None:
        reasons = tuple(w for w in scores.withheld if w.code == "side_below_threshold")
        if reasons:
            notes.append(BannerNote(Note.WITHHELD, {"reasons": reasons}))
        if any(w.code == "needs_both_sides" for w in scores.withheld):
            notes.append(BannerNote(Note.NEEDS_BOTH_SIDES))
        if scores.threshold_lowered:
            notes.append(BannerNote(Note.THRESHOLD_LOWERED, {"threshold": scores.threshold}))
    if r.preliminary and d.visible and scores is not None:  # live results of a round not closed yet
        notes.insert(0, BannerNote(Note.PRELIMINARY))
    return Status(r.label, r.status, r.start_date, r.end_date, d.as_of, _counts(d), tuple(notes))


def _index_tile(d: DashboardData) -> IndexTile:
    summary = d.summary
    if summary is None:
        return IndexTile(hidden=True)
    sc = summary.scores
    kind = summary.trend.kind
    return IndexTile(
        hidden=False,
        value=fmt1(sc.index),
        light=sc.light,
        summary=summary,
        direction=None if kind in ("withheld", "version_break") else index_direction(summary),
        tier=summary.tier,
        exit_review=summary.exit_review,
        overall=fmt2(sc.overall),
    )


def _dimension_tiles(d: DashboardData) -> tuple[DimensionTile, ...]:
    fw = d.framework
    assert fw is not None
    summary = d.summary
    if summary is None:
        return tuple(DimensionTile(dim.id, dim.name, hidden=True) for dim in fw.dimensions)
    sc = summary.scores
    trend = summary.trend
    tiles = []
    for dim in fw.dimensions:
        jv = sc.dimensions.get(dim.id)
        change = trend.dimensions.get(dim.id)
        tiles.append(
            DimensionTile(
                dim.id,
                dim.name,
                hidden=False,
                value=fmt2(jv.joint if jv else None),
                light=jv.light if jv else None,
                change=change,
                trend=trend if trend.kind != "withheld" else None,
                direction=change.direction if change is not None else None,
                sides={side: sc.sides[side].dimensions.get(dim.id) for side in SIDES},
                gap=jv.gap if jv is not None else None,
            )
        )
    return tuple(tiles)


def _findings(d: DashboardData) -> FindingsView:
    r = d.round
    assert r is not None
    fw = d.framework
    scores = d.scores
    common: dict[str, Any] = {
        "counts": _counts(d),
        "threshold": r.threshold,
        "withheld": tuple(scores.withheld) if scores is not None else None,
    }
    summary = d.summary
    if summary is None:
        return FindingsView(framework=fw, hidden=True, **common)
    sc = summary.scores
    rules = {rule.id: rule for rule in fw.diagnosis} if fw else {}
    diagnosis = tuple(
        DiagnosisItem(f.rule_id, rules.get(f.rule_id), tuple(f.triggers)) for f in summary.diagnosis
    )
    gaps: list[GapLine] = []
    if fw is not None:
        for dim in fw.dimensions:
            jv = sc.dimensions.get(dim.id)
            if jv is not None and jv.gap is not None and jv.gap_flagged:
                gaps.append(GapLine("dimension", dim.id, dim.name, jv.gap))
        for ind in fw.indicators:
            jv = sc.indicators.get(ind.id)
            if jv is not None and jv.gap is not None and jv.gap_flagged:
                gaps.append(GapLine("indicator", ind.id, ind.name, jv.gap))
    both = sc.overall is not None
    return FindingsView(
        framework=fw,
        hidden=False,
        diagnosis_said=Said.NEEDS_BOTH_SIDES if not both else (Said.LIST if diagnosis else Said.NOTHING),
        diagnosis=diagnosis,
        warnings=tuple(summary.warnings),
        gaps_said=Said.NEEDS_BOTH_SIDES if not both else (Said.LIST if gaps else Said.NOTHING),
        gaps=tuple(gaps),
        gap_limit=fmt2(fw.gap_threshold) if fw else "",
        tier=summary.tier,
        exit_review=summary.exit_review,
        exit_after=fw.exit_review_after if fw else "",
        **common,
    )


def _side_cells(scores: RoundScores, kind: str, item_id: str) -> dict[str, SideCell]:
    cells = {}
    for side in SIDES:
        if kind == "dimension":
            cells[side] = SideCell(scores.sides[side].dimensions.get(item_id))
        else:
            si = scores.sides[side].indicators.get(item_id)
            value = si.value if si else None
            cells[side] = SideCell(value, bool(si is not None and si.spread_flagged and value is not None))
    return cells


def _row(kind: str, item_id: str, name: Text, summary: RoundSummary) -> IndicatorRow:
    sc = summary.scores
    jv = (sc.dimensions if kind == "dimension" else sc.indicators).get(item_id)
    trend = summary.trend
    change = (trend.dimensions if kind == "dimension" else trend.indicators).get(item_id)
    light = jv.light if jv else None
    return IndicatorRow(
        kind=kind,
        item_id=item_id,
        name=name,
        joint=jv.joint if jv else None,
        light=light,
        symbol=light_symbol(light),
        change=change,
        trend=trend,
        direction=change.direction if change is not None else None,
        sides=_side_cells(sc, kind, item_id),
        gap=jv.gap if jv is not None else None,
        gap_cell=_gap_cell(jv),
    )


def _indicator_rows(d: DashboardData) -> tuple[IndicatorRow, ...]:
    """Each dimension (bold), then its indicators; none while the round is hidden."""
    fw = d.framework
    summary = d.summary
    if fw is None or summary is None:
        return ()
    rows = []
    for dim in fw.dimensions:
        rows.append(_row("dimension", dim.id, dim.name, summary))
        rows.extend(_row("indicator", ind.id, ind.name, summary) for ind in dim.indicators)
    return tuple(rows)


def _problems(d: DashboardData) -> ProblemsView:
    fw = d.framework
    sc = d.scores
    if sc is None or fw is None:
        return ProblemsView(hidden=True)
    groups = []
    for dim in fw.dimensions:
        block = []
        for ind in dim.indicators:
            by_side = sc.problems.get(ind.id, {})
            said = tuple((side, text) for side in SIDES for text in by_side.get(side, ()))
            if said:
                block.append(ProblemIndicator(ind.id, ind.name, said))
        if block:
            groups.append(ProblemGroup(dim.id, dim.name, tuple(block)))
    comments = tuple((side, text) for side in SIDES for text in sc.comments.get(side, ()))
    withheld_sides = []
    for side in SIDES:
        if sc.sides[side].withheld:
            reason = next(
                (w for w in sc.withheld if w.code == "side_below_threshold" and w.params.get("side") == side),
                None,
            )
            if reason is not None:
                withheld_sides.append((side, reason))
    return ProblemsView(
        hidden=False,
        framework=fw,
        groups=tuple(groups),
        has_comments=bool(sc.comments),
        comments=comments,
        withheld_sides=tuple(withheld_sides),
        empty=not groups and not sc.comments,
    )


def _upto(d: DashboardData) -> tuple[RoundScores, ...]:
    """The rounds up to and including the chosen one."""
    assert d.round is not None
    upto = []
    for sc in d.history:
        upto.append(sc)
        if sc.round_id == d.round.id:
            break
    return tuple(upto)


# --------------------------------------------------------------------------------------------------- the detail


class HistoryState(StrEnum):
    """What a round's row of the detail's history says."""

    SHOWN = "shown"
    HIDDEN = "hidden"  # a blind round whose results are still hidden
    NOT_IN_FRAMEWORK = "not_in_framework"  # the item is not in that round's framework version


@dataclass(frozen=True)
class DetailRow:
    """A row of the detail's table of the chosen round: an indicator, or the dimension's total (bold)."""

    kind: str  # "dimension" | "indicator"
    item_id: str
    total: bool
    values: Mapping[str, Fraction | None]  # per side; None: withheld
    spreads: Mapping[
        str, str
    ]  # per side: two decimals with ◆ when flagged, a dash without; "" for a dimension
    joint: Fraction | None
    light: str | None
    gap_cell: str


@dataclass(frozen=True)
class SideNote:
    """Under the table, per side (an indicator only): why it is withheld, or how many scored it."""

    side: str
    withheld: Withheld | None = None
    scored: int = 0
    not_applicable: int = 0


@dataclass(frozen=True)
class DetailNow:
    """The chosen round in the detail (None while the blind rule hides it)."""

    rows: tuple[DetailRow, ...]
    gap: Fraction | None  # the item's gap, said under the table
    gap_flag_limit: str | None  # the gap threshold when the gap is flagged (and said so)
    sides: tuple[SideNote, ...]
    spread_limit: str | None  # the spread threshold (the note on what spread means)


@dataclass(frozen=True)
class HistoryRow:
    round_id: int
    label: str
    state: HistoryState
    values: Mapping[str, Fraction | None] = field(default_factory=dict)
    joint: Fraction | None = None
    light: str | None = None
    gap_cell: str = DASH
    current: bool = False  # the chosen round (bold)


def _gap_cell(jv: Any) -> str:
    gap = fmt_signed2(jv.gap) if jv is not None and jv.gap is not None else DASH
    if jv is not None and jv.gap_flagged:
        gap = f"{gap} {GAP_FLAG}"
    return gap


def detail_rows(data: DashboardData, kind: str, item_id: str) -> tuple[tuple[str, str, bool], ...]:
    """(kind, id, total) of the rows of the chosen round's table: a dimension's indicators and then its total."""
    fw = data.framework
    if kind == "indicator" or fw is None or item_id not in fw.dimension_map:
        return (("indicator", item_id, False),)
    dim = fw.dimension_map[item_id]
    return (*(("indicator", ind.id, False) for ind in dim.indicators), ("dimension", dim.id, True))


def detail_now(data: DashboardData, kind: str, item_id: str) -> DetailNow | None:
    """Both sides, their spread, the joint score and the gap of a dimension or an indicator in the chosen round."""
    if data.summary is None:
        return None
    fw = data.framework
    sc = data.summary.scores
    rows = []
    for row_kind, row_id, total in detail_rows(data, kind, item_id):
        if row_kind == "dimension":
            jv = sc.dimensions.get(row_id)
            values = {side: sc.sides[side].dimensions.get(row_id) for side in SIDES}
            spreads = {side: "" for side in SIDES}
        else:
            jv = sc.indicators.get(row_id)
            values, spreads = {}, {}
            for side in SIDES:
                si = sc.sides[side].indicators.get(row_id)
                values[side] = si.value if si else None
                spread = fmt2(si.spread) if si is not None and si.spread is not None else DASH
                if si is not None and si.spread_flagged and si.value is not None:
                    spread = f"{SPREAD_FLAG} {spread}"
                spreads[side] = spread
        rows.append(
            DetailRow(
                row_kind,
                row_id,
                total,
                values,
                spreads,
                jv.joint if jv else None,
                jv.light if jv else None,
                _gap_cell(jv),
            )
        )
    jv = (sc.dimensions if kind == "dimension" else sc.indicators).get(item_id)
    gap = jv.gap if jv is not None else None
    flag_limit = fmt2(fw.gap_threshold) if gap is not None and jv.gap_flagged and fw is not None else None
    sides = []
    if kind == "indicator":
        for side in SIDES:
            side_scores = sc.sides[side]
            si = side_scores.indicators.get(item_id)
            if side_scores.withheld:
                reason = next(
                    (
                        w
                        for w in sc.withheld
                        if w.code == "side_below_threshold" and w.params.get("side") == side
                    ),
                    None,
                )
                if reason is not None:
                    sides.append(SideNote(side, withheld=reason))
            elif si is not None:
                sides.append(SideNote(side, scored=si.scored, not_applicable=si.not_applicable))
    return DetailNow(
        tuple(rows), gap, flag_limit, tuple(sides), fmt2(fw.spread_threshold) if fw is not None else None
    )


def history_rows(
    data: DashboardData, history: Sequence[RoundScores], kind: str, item_id: str
) -> tuple[HistoryRow, ...]:
    """A dimension's or an indicator's row in every round: both sides, joint, light and gap; "hidden" for a blind
    round still hidden, "not in this framework version" where the item did not exist."""
    current = data.round.id if data.round is not None else None
    rows = []
    for sc in history:
        if kind == "dimension":
            known = item_id in sc.dimensions
            jv = sc.dimensions.get(item_id)
            values = {
                side: sc.sides[side].dimensions.get(item_id) if side in sc.sides else None for side in SIDES
            }
        else:
            known = item_id in sc.indicators
            jv = sc.indicators.get(item_id)
            values = {}
            for side in SIDES:
                si = sc.sides[side].indicators.get(item_id) if side in sc.sides else None
                values[side] = si.value if si is not None else None
        mine = sc.round_id == current
        if not known:
            rows.append(HistoryRow(sc.round_id, sc.label, HistoryState.NOT_IN_FRAMEWORK, current=mine))
        elif sc.round_id in data.hidden_rounds:
            rows.append(HistoryRow(sc.round_id, sc.label, HistoryState.HIDDEN, current=mine))
        else:
            rows.append(
                HistoryRow(
                    sc.round_id,
                    sc.label,
                    HistoryState.SHOWN,
                    values,
                    jv.joint if jv else None,
                    jv.light if jv else None,
                    _gap_cell(jv),
                    mine,
                )
            )
    return tuple(rows)


# --------------------------------------------------------------------------------------------------- reads


def load_dashboard(
    db: Database, partnership_id: int | None, round_id: int | None = None, as_of: date | None = None
) -> DashboardView:
    """Read and build the dashboard of a partnership's round (the default round when ``round_id`` is None; the
    dashboard of no partnership when ``partnership_id`` is None). Raises the services' typed errors."""
    if partnership_id is None:
        return build_view(None)
    return build_view(summary_svc.summarise_for_dashboard(db, partnership_id, round_id, as_of))


def load_history(db: Database, partnership_id: int) -> tuple[RoundScores, ...]:
    """Every round of a partnership with both sides' values, oldest first (the detail view's history)."""
    return tuple(summary_svc.partnership_history(db, partnership_id)[1])


@dataclass(frozen=True)
class FollowUpRead:
    """The follow-up panel's content (``services.followup.get_followup``; None when none could be read)."""

    partnership_id: int | None
    as_of: date | None
    info: followup_svc.FollowUpInfo | None


def load_followup(db: Database, partnership_id: int | None, as_of: date | None = None) -> FollowUpRead:
    """The goals, overdue actions, KPI breaches and decisions of a partnership, for the dashboard's panel (a
    refusal reads as nothing, as the panel always did)."""
    info = None
    if partnership_id is not None:
        try:
            info = followup_svc.get_followup(db, partnership_id, as_of)
        except HealthDeskError:
            info = None
    return FollowUpRead(partnership_id, as_of, info)


def followup_attention(info: followup_svc.FollowUpInfo | None) -> int:
    """What the follow-up tab's title counts (✕ n): overdue actions and KPI breaches."""
    return info.counts.overdue_actions + info.counts.kpi_breaches if info is not None else 0
