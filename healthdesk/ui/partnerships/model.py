"""What the partnerships screens show, without Qt: the list's rows (with each partnership's latest round and its
progress), the search and filters, the count line, the empty states, which buttons are enabled and why not, and
which field of the record form a refused save points at.

Built from the services' data objects (``PartnershipInfo``) and no words: codes the Qt view
(``ui/partnerships/page.py``) translates. Whether a partnership can be deleted is the service's rule
(``services.partnerships.check_deletable``), asked when the user tries.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum, StrEnum
from typing import TYPE_CHECKING

from ...services import partnerships as partnerships_svc
from ...services.dto import PartnershipInfo, RoundInfo
from ..rounds.model import SideCount, side_counts

if TYPE_CHECKING:
    from ...maintenance import Database


class Column(int, Enum):
    """The list's columns, in order."""

    NAME = 0
    CODE = 1
    PARTNERS = 2
    TYPE = 3
    STAGE = 4
    STATUS = 5
    ROUNDS = 6
    LATEST = 7


COLUMN_COUNT = len(Column)


class Empty(StrEnum):
    """What stands in place of the list."""

    NO_PARTNERSHIPS = "no_partnerships"  # nothing at all: what a partnership is, and how to start
    NO_MATCH = "no_match"  # the search and filters leave nothing


class CountKind(StrEnum):
    """How the count line reads."""

    NONE = "none"  # no partnerships: no count line (the empty state says it)
    ALL = "all"  # "3 partnerships"
    FILTERED = "filtered"  # "2 of 3 partnerships shown"


class Why(StrEnum):
    """Why a list button is not available."""

    READ_ONLY = "read_only"
    NOTHING_CHOSEN = "nothing_chosen"


@dataclass(frozen=True)
class Action:
    enabled: bool
    why: Why | None = None

    @classmethod
    def check(cls, *reasons: Why | None) -> Action:
        why = next((r for r in reasons if r is not None), None)
        return cls(why is None, why)


@dataclass(frozen=True)
class LatestRound:
    """The partnership's latest round as the list shows it: "2026 H2 · Open", progress as the tooltip."""

    id: int
    label: str
    status: str
    start_date: date
    counts: tuple[SideCount, ...]


@dataclass(frozen=True)
class PartnershipRow:
    """One row of the list."""

    info: PartnershipInfo
    latest: LatestRound | None  # None: no round yet

    @property
    def id(self) -> int:
        return self.info.id

    @property
    def archived(self) -> bool:
        return self.info.archived

    @property
    def round_count(self) -> int:
        return len(self.info.rounds)

    @property
    def search_text(self) -> str:
        """Everything the search looks in, case-folded: names in both languages, code, labels, description and
        the rounds' labels."""
        p = self.info
        return " ".join(
            [
                p.name,
                p.code,
                p.partner_a_name,
                p.partner_a_name_alt,
                p.partner_a_label,
                p.partner_b_name,
                p.partner_b_name_alt,
                p.partner_b_label,
                p.description,
                " ".join(r.label for r in p.rounds),
            ]
        ).casefold()

    def sort_key(self, column: int, shown: str) -> object:
        """How the column sorts; ``shown`` is the cell's text as displayed (for the text columns)."""
        if column == Column.ROUNDS:
            return self.round_count
        if column == Column.LATEST:
            return self.latest.start_date.isoformat() if self.latest is not None else ""
        return shown.casefold()


def latest_round(partnership: PartnershipInfo) -> RoundInfo | None:
    """The partnership's latest round (the services list rounds oldest first), or None."""
    return partnership.rounds[-1] if partnership.rounds else None


def row(partnership: PartnershipInfo) -> PartnershipRow:
    r = latest_round(partnership)
    latest = (
        None if r is None else LatestRound(r.id, r.label, r.status, r.start_date, side_counts(r, partnership))
    )
    return PartnershipRow(partnership, latest)


@dataclass(frozen=True)
class Filters:
    """The search words (all must appear), status and type ("" for any), and whether archived ones show."""

    search: str = ""
    status: str = ""
    type: str = ""
    show_archived: bool = False

    @property
    def words(self) -> list[str]:
        return self.search.casefold().split()

    def accepts(self, line: PartnershipRow) -> bool:
        if not self.show_archived and line.archived:
            return False
        if self.status and line.info.status != self.status:
            return False
        if self.type and line.info.type != self.type:
            return False
        haystack = line.search_text
        return all(word in haystack for word in self.words)


def accepts(
    search_words: Iterable[str], status: str, kind: str, show_archived: bool, line: PartnershipRow
) -> bool:
    """Whether the list shows ``line`` with these filters (the words already case-folded)."""
    return Filters(" ".join(search_words), status, kind, show_archived).accepts(line)


@dataclass(frozen=True)
class ListView:
    """The list screen: its rows, what the filters leave, the count line and the buttons."""

    rows: tuple[PartnershipRow, ...]
    shown: int
    show_archived: bool
    read_only: bool

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def archived_hidden(self) -> int:
        """How many archived partnerships the list hides (0 while archived ones show)."""
        return 0 if self.show_archived else sum(1 for r in self.rows if r.archived)

    @property
    def count_kind(self) -> CountKind:
        if self.total == 0:
            return CountKind.NONE
        return CountKind.ALL if self.shown == self.total else CountKind.FILTERED

    @property
    def empty(self) -> Empty | None:
        if self.total == 0:
            return Empty.NO_PARTNERSHIPS
        if self.shown == 0:
            return Empty.NO_MATCH
        return None

    @property
    def empty_actions_enabled(self) -> bool:
        """Creating a partnership and the demo need a writable database (the demo button hides without)."""
        return not self.read_only

    def row_of(self, partnership_id: int | None) -> PartnershipRow | None:
        return next((r for r in self.rows if r.id == partnership_id), None)

    def actions(self, chosen_id: int | None) -> ListActions:
        """The buttons' states with the partnership ``chosen_id`` selected (None: none)."""
        ro = Why.READ_ONLY if self.read_only else None
        none = Why.NOTHING_CHOSEN if chosen_id is None else None
        chosen = self.row_of(chosen_id)
        return ListActions(
            new=Action.check(ro),
            open=Action.check(none),
            archive=Action.check(ro, none),
            delete=Action.check(ro, none),
            unarchive=chosen is not None and chosen.archived,
        )


@dataclass(frozen=True)
class ListActions:
    new: Action
    open: Action
    archive: Action  # archive or unarchive (``unarchive``)
    delete: Action  # the service says at the click whether it can (rounds or an action plan: it cannot)
    unarchive: bool  # the archive button brings the chosen one back


def list_view(
    partnerships: Iterable[PartnershipInfo] | Iterable[PartnershipRow],
    shown: int | None = None,
    filters: Filters | None = None,
    read_only: bool = False,
) -> ListView:
    """The list of ``partnerships``; ``shown`` is how many the filters leave (counted here from ``filters``
    when not given)."""
    rows = tuple(p if isinstance(p, PartnershipRow) else row(p) for p in partnerships)
    filters = filters or Filters()
    if shown is None:
        shown = sum(1 for r in rows if filters.accepts(r))
    return ListView(rows, shown, filters.show_archived, read_only)


# -- the record form -------------------------------------------------------------------------------------

# The service's names of a record's fields (as in its refusals) -> the form's field.
FORM_FIELDS = (
    "name",
    "code",
    "partner A name",
    "partner B name",
    "partner A short label",
    "partner B short label",
    "description",
    "member name",
)


def refused_field(code: str, params: dict) -> str | None:
    """The form field a refused save points at (the service's field name, or "agreement term KIND"), so the
    view puts the cursor there; None when the refusal is about no one field."""
    if code == "duplicate_partnership":
        return "name"
    if code == "duplicate_code":
        return "code"
    if code in ("required", "too_long", "invalid_choice"):
        field = params.get("field") or ""
        if field in FORM_FIELDS or field.startswith("agreement term "):
            return field
    return None


def offers_first_round(info: PartnershipInfo | None, offered_for: int | None) -> bool:
    """Whether the form keeps offering "open its first round": a record just created, still without rounds."""
    return info is not None and info.id == offered_for and not info.rounds


def load_record(db: Database, partnership_id: int) -> PartnershipInfo:
    """The record form's read (run on the background queue by ``ctx.fetch``): the partnership as stored."""
    return partnerships_svc.get_partnership(db, partnership_id)


def load_list(db: Database) -> tuple[PartnershipRow, ...]:
    """The list's read (run on the background queue by ``ctx.fetch``): every partnership with its members and
    rounds, as the list's rows (latest round and its progress)."""
    return tuple(row(p) for p in partnerships_svc.list_partnerships(db))
