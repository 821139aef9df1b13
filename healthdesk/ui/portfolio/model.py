"""What the portfolio screen shows, without Qt: one row per partnership (health index, light, trend, the joint value
and light of each dimension, largest gap, warnings, due dates, tier, status, follow-up) as plain records and codes,
how each column sorts, which rows the filters keep, and what the heat map shows.

Built from the services' records (``services.portfolio.PortfolioRow``, the follow-up ``Counts`` of
``services.followup``) and the presentation layer (``present/findings.py``: the index heading, i.e. the decline
rule, and the "no gap" decision). No words: the Qt view (``ui/portfolio/page.py``) words the codes.
:func:`load_portfolio` is what the page fetches on the background queue (``ctx.fetch``): every row is computed
there, none on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum, StrEnum
from typing import TYPE_CHECKING

from ...analysis.followup import Counts
from ...analysis.numbers import fmt1, fmt2, fmt_signed1, fmt_signed2
from ...analysis.scoring import PartnershipOverview
from ...analysis.types import RoundScores
from ...errors import HealthDeskError
from ...framework import DEFAULT_FRAMEWORK_KEY, Framework, get_framework
from ...present.findings import Message, gap_message, index_heading
from ...services import followup as followup_svc
from ...services import portfolio as svc
from ...services.partnerships import PARTNERSHIP_STATUSES
from ...services.portfolio import Portfolio, PortfolioRow

if TYPE_CHECKING:
    from ...maintenance import Database

HEATMAP_ROWS = 30  # the heat map shows the first rows of the table, in its order and filter


class Column(IntEnum):
    """The table's columns, in order."""

    NAME = 0
    INDEX = 1
    LIGHT = 2
    TREND = 3
    GAP = 4
    WARNINGS = 5
    LAST = 6
    NEXT = 7
    TIER = 8
    STATUS = 9
    FOLLOWUP = 10


COLUMN_COUNT = len(Column)


class IndexState(StrEnum):
    """What the index cell says."""

    VALUE = "value"  # the health index (``Row.index_text``)
    NO_RESULTS = "no_results"  # no round has started yet
    WITHHELD = "withheld"  # a round, but no index (too few responses, a side missing)
    FAILED = "failed"  # the row could not be computed (e.g. a round's framework is not installed)
    NONE = "none"  # not computed: a dash


@dataclass(frozen=True)
class TrendCell:
    """The index's trend as the dashboard tile says it (``present.findings.index_heading``)."""

    kind: str | None  # "compared", "baseline", "version_break", "withheld"; None: no trend
    heading: str | None  # "up" / "down" / "flat" / None: the arrow and the colour (the decline rule first)
    delta: str | None  # the index change since the round before, signed, one decimal (compared only)
    falling: bool  # the index decline rule holds: the cell says "falling"


@dataclass(frozen=True)
class GapCell:
    """The dimension on which the partners' joint scores differ most."""

    dimension: str
    size: str  # |gap|, two decimals
    signed: str  # A − B, signed, two decimals
    said: (
        Message  # present's decision: ``gap.none`` or ``gap.sees`` (``side`` = the side that sees it higher)
    )
    flagged: bool  # at or above the framework's gap threshold


@dataclass(frozen=True)
class DimensionLight:
    """One dimension of the row's latest round with results, as the heat map shows it."""

    dimension: str
    joint: str | None  # two decimals; None: withheld or not scored
    light: str | None


@dataclass(frozen=True)
class Row:
    """One partnership's row."""

    source: PortfolioRow
    framework: Framework | None  # of the latest round with results
    index: IndexState
    index_text: str | None  # one decimal (IndexState.VALUE)
    light: str | None
    trend: TrendCell | None  # None: not computed
    gap: GapCell | None
    dimensions: tuple[DimensionLight, ...]
    warnings: int
    last_start: date | None
    next_due: date | None
    overdue: bool  # the next assessment was due before the as-of date
    tier: str | None
    exit_review: bool
    followup: Counts | None
    sort_keys: tuple[float | str | None, ...]  # per column; None: a missing value (sorts last either way)

    # -- the service's record ------------------------------------------------------------------------------
    @property
    def partnership_id(self) -> int:
        return self.source.partnership_id

    @property
    def name(self) -> str:
        return self.source.name

    @property
    def code(self) -> str:
        return self.source.code

    @property
    def status(self) -> str:
        return self.source.status

    @property
    def archived(self) -> bool:
        return self.source.archived

    @property
    def computed(self) -> bool:
        return self.source.overview is not None

    @property
    def overview(self) -> PartnershipOverview | None:
        return self.source.overview

    def label(self, side: str) -> str:
        return self.source.label(side)

    # -- filters -------------------------------------------------------------------------------------------
    @property
    def search_text(self) -> str:
        """What the text filter looks in, case-folded: name, code, both partners' names and labels."""
        p = self.source
        return " ".join(
            [p.name, p.code, p.partner_a_name, p.partner_a_label, p.partner_b_name, p.partner_b_label]
        ).casefold()

    @property
    def tier_key(self) -> str:
        """The tier filter's key: the tier id, "none" (computed, no tier), "" (not computed)."""
        if not self.computed:
            return ""
        return "none" if self.tier is None else self.tier

    @property
    def status_key(self) -> str:
        return "archived" if self.archived else self.status


def gap_said(row: Row) -> Message | None:
    """Who sees the largest gap higher, decided once (``present.findings.gap_message``)."""
    ov = row.overview
    return gap_message(ov.gap if ov is not None else None)


def _index_state(source: PortfolioRow) -> IndexState:
    ov = source.overview
    if ov is None:
        return IndexState.FAILED if source.failed else IndexState.NONE
    if ov.index is not None:
        return IndexState.VALUE
    return IndexState.NO_RESULTS if ov.last_start is None else IndexState.WITHHELD


def _trend(source: PortfolioRow) -> TrendCell | None:
    ov = source.overview
    if ov is None:
        return None
    compared = ov.trend_kind == "compared"
    return TrendCell(
        kind=ov.trend_kind,
        heading=index_heading(ov.index_falling, ov.trend if compared else None),
        delta=fmt_signed1(ov.index_delta) if compared and ov.index_delta is not None else None,
        falling=ov.index_falling,
    )


def _gap(source: PortfolioRow) -> GapCell | None:
    ov = source.overview
    if ov is None or ov.gap_dimension is None or ov.gap is None:
        return None
    said = gap_message(ov.gap)
    assert said is not None
    return GapCell(ov.gap_dimension, fmt2(abs(ov.gap)), fmt_signed2(ov.gap), said, ov.gap_flagged)


def _dimensions(source: PortfolioRow, fw: Framework | None) -> tuple[DimensionLight, ...]:
    latest = source.latest
    if latest is None or latest.index is None:
        return ()
    order = [d.id for d in fw.dimensions] if fw is not None else list(latest.dimensions)
    out = []
    for dim in order:
        jv = latest.dimensions.get(dim)
        if jv is not None:
            out.append(DimensionLight(dim, fmt2(jv.joint), jv.light if jv.joint is not None else None))
    return tuple(out)


def _tier_rank(fw: Framework | None, tier: str | None, exit_review: bool) -> float | None:
    if tier is None or fw is None:
        return None
    ids = [t.id for t in fw.tiers]
    rank = len(ids) - ids.index(tier) if tier in ids else 0
    return rank - (0.5 if exit_review else 0.0)


def _sort_keys(source: PortfolioRow, fw: Framework | None, counts: Counts | None) -> tuple:
    """How each column sorts: a number (the name: a text) Qt compares natively; None for a missing value."""
    keys: list[float | str | None] = [None] * COLUMN_COUNT
    keys[Column.NAME] = source.name.casefold()
    rank = PARTNERSHIP_STATUSES.index(source.status) if source.status in PARTNERSHIP_STATUSES else 9
    keys[Column.STATUS] = float(rank * 2 + source.archived)
    if counts is not None:
        keys[Column.FOLLOWUP] = float(
            counts.overdue_actions * 100 + counts.kpi_breaches * 10 + counts.decisions_requested
        )
    ov = source.overview
    if ov is None:
        return tuple(keys)
    keys[Column.INDEX] = None if ov.index is None else float(ov.index)
    light = {"red": 0.0, "amber": 1.0, "green": 2.0}.get(ov.light or "")
    if light is not None:
        keys[Column.LIGHT] = light + (float(ov.index) / 1000 if ov.index is not None else 0)
    keys[Column.TREND] = None if ov.index_delta is None else float(ov.index_delta)
    keys[Column.GAP] = None if ov.gap is None else abs(float(ov.gap))
    keys[Column.WARNINGS] = float(ov.warnings)
    keys[Column.LAST] = float(ov.last_start.toordinal()) if ov.last_start else None
    keys[Column.NEXT] = float(ov.next_due.toordinal()) if ov.next_due else 0.0
    keys[Column.TIER] = _tier_rank(fw, ov.tier, ov.exit_review)
    return tuple(keys)


def row(source: PortfolioRow, as_of: date, followup: Counts | None = None) -> Row:
    """The screen's row of a partnership's portfolio row (and its follow-up counts)."""
    ov = source.overview
    fw = source.framework
    return Row(
        source=source,
        framework=fw,
        index=_index_state(source),
        index_text=fmt1(ov.index) if ov is not None and ov.index is not None else None,
        light=ov.light if ov is not None else None,
        trend=_trend(source),
        gap=_gap(source),
        dimensions=_dimensions(source, fw),
        warnings=ov.warnings if ov is not None else 0,
        last_start=ov.last_start if ov is not None else None,
        next_due=ov.next_due if ov is not None else None,
        overdue=ov is not None and ov.next_due is not None and ov.next_due < as_of,
        tier=ov.tier if ov is not None else None,
        exit_review=bool(ov is not None and ov.exit_review),
        followup=followup,
        sort_keys=_sort_keys(source, fw, followup),
    )


# ------------------------------------------------------------------------------------------------- the screen


@dataclass(frozen=True)
class PortfolioView:
    """Everything the portfolio screen shows, by name."""

    rows: tuple[Row, ...]
    as_of: date
    pending: tuple[int, ...] = ()  # partnerships whose row is still to be computed (the service's; none here)

    @property
    def empty(self) -> bool:
        """No partnership at all: the screen says what to do instead."""
        return not self.rows

    @property
    def sources(self) -> tuple[PortfolioRow, ...]:
        return tuple(r.source for r in self.rows)


def portfolio_view(portfolio: Portfolio, followup: Mapping[int, Counts] | None = None) -> PortfolioView:
    counts = followup or {}
    return PortfolioView(
        rows=tuple(row(r, portfolio.as_of, counts.get(r.partnership_id)) for r in portfolio.rows),
        as_of=portfolio.as_of,
        pending=tuple(portfolio.pending),
    )


def load_portfolio(db: Database, as_of: date | None = None) -> PortfolioView:
    """Every partnership's row with its follow-up counts (reads only; the page runs it on the background queue).
    Follow-up counts that cannot be read leave the follow-up column empty, as before."""
    portfolio = svc.list_portfolio(db, as_of)
    try:
        counts = followup_svc.followup_counts(db, portfolio.as_of)
    except HealthDeskError:
        counts = {}
    return portfolio_view(portfolio, counts)


# ------------------------------------------------------------------------------------------------- filters

TIER_EXIT_REVIEW = "exit_review"
TIER_NONE = "none"
STATUS_CURRENT = "current"  # active and paused
STATUS_ARCHIVED = "archived"


def tier_filter_keys() -> tuple[str, ...]:
    """The tier filter's choices: any (""), each tier of the default framework, exit review due, no results."""
    return ("", *[t.id for t in get_framework(DEFAULT_FRAMEWORK_KEY).tiers], TIER_EXIT_REVIEW, TIER_NONE)


def status_filter_keys() -> tuple[str, ...]:
    """The status filter's choices: any (""), active and paused, each status, archived."""
    return ("", STATUS_CURRENT, *PARTNERSHIP_STATUSES, STATUS_ARCHIVED)


@dataclass(frozen=True)
class Filters:
    """The search words (each must appear), the tier and the status ("" for any; see the ``*_filter_keys``)."""

    text: str = ""
    tier: str = ""
    status: str = ""

    @property
    def words(self) -> list[str]:
        return self.text.casefold().split()

    def keeps(self, r: Row) -> bool:
        if self.tier:
            if self.tier == TIER_EXIT_REVIEW:
                if not r.exit_review:
                    return False
            elif r.tier_key != self.tier:
                return False
        if self.status:
            if self.status == STATUS_CURRENT:
                if r.status_key not in ("active", "paused"):
                    return False
            elif r.status_key != self.status:
                return False
        words = self.words
        if words:
            haystack = r.search_text
            return all(word in haystack for word in words)
        return True


def shown(rows: Sequence[Row], filters: Filters) -> list[Row]:
    """The rows the filters keep, in the given order."""
    return [r for r in rows if filters.keeps(r)]


# ------------------------------------------------------------------------------------------------- heat map


@dataclass(frozen=True)
class Heatmap:
    """What the heat map shows: the first rows of the table (its order and filter) by the dimensions of one
    framework (the one most of them use) and the index."""

    rows: tuple[Row, ...]
    total: int  # rows in the table
    framework: Framework

    @property
    def partial(self) -> bool:
        """Only the first :data:`HEATMAP_ROWS` of the table: the note says so."""
        return self.total > len(self.rows)

    @property
    def items(self) -> list[tuple[str, RoundScores | None]]:
        """(name, latest round's joint values or None) per row, for ``reports.charts.portfolio_heatmap``."""
        return [(r.name, r.source.latest) for r in self.rows]

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(r.partnership_id for r in self.rows)


def heatmap(ordered: Sequence[Row]) -> Heatmap | None:
    """The heat map of the rows in the table's order; None when the table shows none."""
    rows = tuple(ordered[:HEATMAP_ROWS])
    if not rows:
        return None
    return Heatmap(rows, len(ordered), svc.heatmap_framework([r.source for r in rows]))
