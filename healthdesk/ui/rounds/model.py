"""What the rounds screen shows, without Qt: the rounds of a partnership, the chosen round's details, both
sides' respondents and counts ("Soft: 3 of 4 submitted"), the round guide's state and next steps, and which
actions are enabled and why not.

Built from the services' data objects (``PartnershipInfo``, ``RoundInfo``, ``RespondentInfo``) and no words:
states and reasons are codes the Qt view (``ui/rounds/page.py``) translates. The rules come from the services
(``services.rounds.can_remove_respondent`` and friends), which enforce the same rules when asked to act.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from ...errors import HealthDeskError
from ...framework import Framework, get_framework
from ...services import partnerships as partnerships_svc
from ...services import rounds as rounds_svc
from ...services.dto import PartnershipInfo, RespondentInfo, RoundInfo

if TYPE_CHECKING:
    from ...maintenance import Database

SIDES = ("A", "B")


class Guide(StrEnum):
    """Where the chosen round stands, for the guide above the respondents."""

    NONE = "none"  # no round chosen: no guide
    NO_RESPONDENTS = "no_respondents"
    DRAFT = "draft"
    NOT_ANSWERED = "not_answered"
    ANSWERING = "answering"  # some have answered, some not: no guide (the lists say it)
    ALL_SUBMITTED = "all_submitted"
    CLOSED = "closed"


class Step(StrEnum):
    """A next step the guide or the empty state offers (a button each)."""

    CHOOSE_PARTNERSHIP = "choose_partnership"  # go to the partnerships
    OPEN_FIRST_ROUND = "open_first_round"
    ADD_RESPONDENTS = "add_respondents"
    OPEN_ROUND = "open_round"  # a draft: open it for answers
    SEND_INVITATIONS = "send_invitations"
    HAND_OVER = "hand_over"
    CLOSE_ROUND = "close_round"
    SEE_RESULTS = "see_results"
    PLAN_ACTIONS = "plan_actions"


class Empty(StrEnum):
    """What stands in place of the rounds when there are none to show."""

    NO_PARTNERSHIP = "no_partnership"
    NO_ROUND = "no_round"


class Why(StrEnum):
    """Why an action is not available."""

    READ_ONLY = "read_only"
    NO_PARTNERSHIP = "no_partnership"
    NO_ROUND = "no_round"
    NO_RESPONDENT = "no_respondent"  # none chosen
    ROUND_CLOSED = "round_closed"
    ROUND_NOT_OPEN = "round_not_open"
    SUBMITTED = "submitted"  # the respondent has submitted already
    NOT_SUBMITTED = "not_submitted"  # nothing submitted to reopen
    STARTED = "started"  # the respondent has started answering
    ANSWERED = "answered"  # someone has answered in this round


class StatusAction(StrEnum):
    """What the round's status button does."""

    OPEN = "open"  # a draft: open for answers
    CLOSE = "close"
    REOPEN = "reopen"


@dataclass(frozen=True)
class Action:
    """One action's state: enabled, or the reason it is not (``refusal``: the service's own error, when a
    service rule refuses it, for the view to show in the user's language)."""

    enabled: bool
    why: Why | None = None
    refusal: HealthDeskError | None = None

    @classmethod
    def check(cls, *reasons: Why | None) -> Action:
        """Enabled when no reason holds; else the first reason that does."""
        why = next((r for r in reasons if r is not None), None)
        return cls(why is None, why)

    def __bool__(self) -> bool:
        return self.enabled


@dataclass(frozen=True)
class SideCount:
    """One side's count: "Soft: 3 of 4 submitted"."""

    side: str
    label: str  # the partner's short label
    submitted: int
    invited: int


def side_counts(round_info: RoundInfo, partnership: PartnershipInfo) -> tuple[SideCount, ...]:
    """Both sides' submitted and invited counts, side A first (the view words them)."""
    return tuple(
        SideCount(
            side,
            partnership.label(side),
            round_info.submitted.get(side, 0),
            round_info.invited.get(side, 0),
        )
        for side in SIDES
    )


@dataclass(frozen=True)
class RoundRow:
    """A row of the rounds list (newest first)."""

    id: int
    label: str
    status: str  # "draft" | "open" | "closed"
    counts: tuple[SideCount, ...]  # the tooltip: both sides' progress


@dataclass(frozen=True)
class RespondentRow:
    """A respondent as the side's list shows them: the answers column is "submitted", "not_started" or
    "answered of total" while in progress."""

    respondent: RespondentInfo
    status: str  # "not_started" | "in_progress" | "submitted"
    answered: int
    total: int  # the framework's indicator count

    @property
    def id(self) -> int:
        return self.respondent.id


@dataclass(frozen=True)
class SideView:
    """One side's panel: the partner's label and name, its count and its respondents."""

    side: str
    label: str
    partner_name: str
    count: SideCount | None  # None without a round
    rows: tuple[RespondentRow, ...]
    can_add: Action  # the quick add row (a closed round takes nobody new)


@dataclass(frozen=True)
class RoundDetails:
    """The chosen round's facts; ``framework`` is None for a round of a framework not installed here."""

    round: RoundInfo
    framework: Framework | None
    indicator_count: int
    status_action: StatusAction


@dataclass(frozen=True)
class RoundActions:
    """Which buttons of the screen are enabled (for the respondent chosen, if any) and why not."""

    new_round: Action
    edit_round: Action
    status: Action
    pin: Action
    delete_round: Action
    fill_in: Action
    hand_over: Action
    reopen_response: Action
    remove_respondent: Action
    guide: Action  # the guide's buttons


@dataclass(frozen=True)
class RoundsView:
    """The whole rounds screen for one partnership and chosen round (see the module docstring)."""

    partnership: PartnershipInfo | None
    round: RoundInfo | None
    respondents: tuple[RespondentInfo, ...]
    read_only: bool
    rows: tuple[RoundRow, ...] = ()
    details: RoundDetails | None = None
    sides: dict[str, SideView] = field(default_factory=dict)

    # -- what stands where ---------------------------------------------------------------------------------
    @property
    def empty(self) -> Empty | None:
        """The empty state in place of the rounds, or None when there are rounds to show."""
        if self.partnership is None:
            return Empty.NO_PARTNERSHIP
        if not self.partnership.rounds:
            return Empty.NO_ROUND
        return None

    @property
    def empty_steps(self) -> tuple[Step, ...]:
        return {
            Empty.NO_PARTNERSHIP: (Step.CHOOSE_PARTNERSHIP,),
            Empty.NO_ROUND: (Step.OPEN_FIRST_ROUND,),
            None: (),
        }[self.empty]

    @property
    def empty_action(self) -> Action:
        """Going to the partnerships is always possible; opening the first round needs a writable database."""
        if self.empty == Empty.NO_ROUND:
            return Action.check(Why.READ_ONLY if self.read_only else None)
        return Action(True)

    @property
    def counts(self) -> tuple[SideCount, ...]:
        """The chosen round's progress line, both sides."""
        if self.round is None or self.partnership is None:
            return ()
        return side_counts(self.round, self.partnership)

    @property
    def short_sides(self) -> tuple[SideCount, ...]:
        """Sides with fewer respondents invited than the anonymity threshold: their results would be withheld
        even if everyone answered (the guide says so while there is time to add people)."""
        if self.round is None:
            return ()
        return tuple(c for c in self.counts if c.invited < self.round.threshold)

    # -- the guide -----------------------------------------------------------------------------------------
    @property
    def guide(self) -> Guide:
        r = self.round
        if r is None:
            return Guide.NONE
        if r.status == "closed":
            return Guide.CLOSED
        if not self.respondents:
            return Guide.NO_RESPONDENTS
        if r.status == "draft":
            return Guide.DRAFT
        if all(x.status == "not_started" for x in self.respondents):
            return Guide.NOT_ANSWERED
        if all(x.status == "submitted" for x in self.respondents) and all(
            r.invited.get(side, 0) > 0 for side in SIDES
        ):
            return Guide.ALL_SUBMITTED
        return Guide.ANSWERING

    @property
    def guide_steps(self) -> tuple[Step, ...]:
        """The guide's buttons, in order."""
        return {
            Guide.NONE: (),
            Guide.NO_RESPONDENTS: (Step.ADD_RESPONDENTS,),
            Guide.DRAFT: (Step.OPEN_ROUND,),
            Guide.NOT_ANSWERED: (Step.SEND_INVITATIONS, Step.HAND_OVER),
            Guide.ANSWERING: (),
            Guide.ALL_SUBMITTED: (Step.CLOSE_ROUND,),
            Guide.CLOSED: (Step.SEE_RESULTS, Step.PLAN_ACTIONS),
        }[self.guide]

    @property
    def guide_visible(self) -> bool:
        return self.guide not in (Guide.NONE, Guide.ANSWERING)

    @property
    def add_respondent_side(self) -> str:
        """Where "Add respondents" puts the cursor: side A, or B when A has its respondents and B has none."""
        a = self.sides.get("A")
        b = self.sides.get("B")
        if a is None or b is None or not a.rows or b.rows:
            return "A"
        return "B"

    def next_to_hand_over(self, chosen: RespondentInfo | None) -> RespondentInfo | None:
        """The respondent "Hand the laptop over" is for: the one chosen, or else the first who has not
        submitted yet (None when everyone has)."""
        if chosen is not None and chosen.status != "submitted":
            return chosen
        return next((x for x in self.respondents if x.status != "submitted"), None)

    # -- the buttons ---------------------------------------------------------------------------------------
    def actions(self, chosen: RespondentInfo | None = None) -> RoundActions:
        """The buttons' states with ``chosen`` the respondent selected in either side's list."""
        r = self.round
        ro = Why.READ_ONLY if self.read_only else None
        no_round = Why.NO_ROUND if r is None else None
        not_open = Why.ROUND_NOT_OPEN if r is not None and r.status != "open" else None
        nobody = Why.NO_RESPONDENT if chosen is None else None
        delete = Action.check(ro, no_round)
        if delete and not rounds_svc.can_delete_round(r, self.respondents):
            answered = sum(1 for x in self.respondents if x.status != "not_started")
            delete = Action(False, Why.ANSWERED, rounds_svc.deletion_refusal(r.label, answered))
        remove = Action.check(ro, no_round, nobody)
        if remove and not rounds_svc.can_remove_respondent(r, chosen):
            refusal = rounds_svc.removal_refusal(r.label, r.status, chosen.name, chosen.status)
            why = Why.ROUND_CLOSED if r.status == "closed" else Why.STARTED
            remove = Action(False, why, refusal)
        return RoundActions(
            new_round=Action.check(ro, Why.NO_PARTNERSHIP if self.partnership is None else None),
            edit_round=Action.check(ro, no_round),
            status=Action.check(ro, no_round),
            pin=Action.check(ro, no_round),
            delete_round=delete,
            fill_in=Action.check(ro, no_round, not_open, nobody),
            hand_over=Action.check(
                ro,
                no_round,
                not_open,
                nobody,
                Why.SUBMITTED if chosen is not None and chosen.status == "submitted" else None,
            ),
            reopen_response=Action.check(
                ro,
                no_round,
                not_open,
                nobody,
                Why.NOT_SUBMITTED if chosen is not None and chosen.status != "submitted" else None,
            ),
            remove_respondent=remove,
            guide=Action.check(None if self.guide == Guide.CLOSED else ro),
        )


def _framework(key: str) -> Framework | None:
    try:
        return get_framework(key)
    except Exception:  # noqa: BLE001 - a round of an uninstalled framework still shows
        return None


def _status_action(status: str) -> StatusAction:
    return {"open": StatusAction.CLOSE, "closed": StatusAction.REOPEN}.get(status, StatusAction.OPEN)


def build(
    partnership: PartnershipInfo | None,
    round_id: int | None,
    respondents: list[RespondentInfo] | tuple[RespondentInfo, ...] = (),
    read_only: bool = False,
) -> RoundsView:
    """The rounds screen for ``partnership`` with the round ``round_id`` chosen (and its ``respondents``)."""
    if partnership is None:
        return RoundsView(None, None, (), read_only)
    chosen = next((r for r in partnership.rounds if r.id == round_id), None)
    respondents = tuple(respondents) if chosen is not None else ()
    rows = tuple(
        RoundRow(r.id, r.label, r.status, side_counts(r, partnership)) for r in reversed(partnership.rounds)
    )
    details = None
    total = 0
    if chosen is not None:
        fw = _framework(chosen.framework_key)
        total = len(fw.indicators) if fw is not None else 0
        details = RoundDetails(chosen, fw, total, _status_action(chosen.status))
    sides = {}
    for side in SIDES:
        counts = side_counts(chosen, partnership)[SIDES.index(side)] if chosen is not None else None
        closed = (
            Why.ROUND_CLOSED if chosen is not None and not rounds_svc.can_add_respondents(chosen) else None
        )
        sides[side] = SideView(
            side,
            partnership.label(side),
            partnership.partner_a_name if side == "A" else partnership.partner_b_name,
            counts,
            tuple(RespondentRow(x, x.status, x.answered, total) for x in respondents if x.side == side),
            Action.check(
                Why.READ_ONLY if read_only else None, Why.NO_ROUND if chosen is None else None, closed
            ),
        )
    return RoundsView(partnership, chosen, respondents, read_only, rows, details, sides)


def chosen_round_id(partnership: PartnershipInfo, round_id: int | None) -> int | None:
    """The round to show: ``round_id`` when it is one of the partnership's, else the latest (None: no rounds)."""
    ids = [r.id for r in partnership.rounds]
    if round_id in ids:
        return round_id
    return ids[-1] if ids else None


@dataclass(frozen=True)
class RoundsData:
    """What the rounds screen reads to fill itself: the partnership (None: it is gone), the round to show and
    that round's respondents."""

    partnership: PartnershipInfo | None
    round_id: int | None
    respondents: tuple[RespondentInfo, ...] = ()


def load_rounds(db: Database, partnership_id: int, round_id: int | None) -> RoundsData:
    """The rounds screen's read (run on the background queue by ``ctx.fetch``): the partnership with its rounds
    and their response counts, the round to show (``round_id`` or the latest) and its respondents."""
    try:
        partnership = partnerships_svc.get_partnership(db, partnership_id)
    except HealthDeskError:
        return RoundsData(None, None)
    chosen = chosen_round_id(partnership, round_id)
    try:
        respondents = rounds_svc.list_respondents(db, chosen) if chosen is not None else []
    except HealthDeskError:  # the round went in the meantime: shown without respondents
        respondents = []
    return RoundsData(partnership, chosen, tuple(respondents))
