"""Plain records the use cases hand to screens and commands (never ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ..analysis.choice import is_preliminary


@dataclass(frozen=True)
class Member:
    name: str
    side: str
    role: str


@dataclass
class PartnershipInput:
    name: str
    code: str
    partner_a_name: str
    partner_a_label: str
    partner_b_name: str
    partner_b_label: str
    type: str = "strategic_alliance"
    partner_a_name_alt: str = ""
    partner_b_name_alt: str = ""
    start_date: date | None = None
    stage: str = "growth"
    status: str = "active"
    description: str = ""
    members: list[Member] = field(default_factory=list)
    terms: dict[str, str] = field(default_factory=dict)  # agreement term kind -> text
    archived: bool = False  # honoured when a partnership is created (undo of a delete); edits keep the flag


@dataclass(frozen=True)
class RoundInfo:
    id: int
    partnership_id: int
    label: str
    start_date: date
    end_date: date | None
    framework_key: str
    status: str
    threshold: int
    threshold_note: str
    blind: bool
    has_pin: bool
    invited: dict[str, int]
    submitted: dict[str, int]
    in_progress: dict[str, int]
    # "Share results only once the round is closed": while on, no PDF, xlsx or CSV of the round before it closes.
    share_when_closed: bool = True

    @property
    def preliminary(self) -> bool:
        """Results of a round that is not closed may still change (one rule: analysis.choice)."""
        return is_preliminary(self.status)


@dataclass(frozen=True)
class PartnershipInfo:
    id: int
    name: str
    code: str
    partner_a_name: str
    partner_a_name_alt: str
    partner_a_label: str
    partner_b_name: str
    partner_b_name_alt: str
    partner_b_label: str
    type: str
    start_date: date | None
    stage: str
    status: str
    archived: bool
    description: str
    members: tuple[Member, ...]
    terms: dict[str, str]
    rounds: tuple[RoundInfo, ...]

    def label(self, side: str) -> str:
        return self.partner_a_label if side == "A" else self.partner_b_label

    def as_input(self) -> PartnershipInput:
        return PartnershipInput(
            name=self.name,
            code=self.code,
            partner_a_name=self.partner_a_name,
            partner_a_label=self.partner_a_label,
            partner_b_name=self.partner_b_name,
            partner_b_label=self.partner_b_label,
            type=self.type,
            partner_a_name_alt=self.partner_a_name_alt,
            partner_b_name_alt=self.partner_b_name_alt,
            start_date=self.start_date,
            stage=self.stage,
            status=self.status,
            description=self.description,
            members=list(self.members),
            terms=dict(self.terms),
            archived=self.archived,
        )


@dataclass(frozen=True)
class RespondentInfo:
    id: int
    round_id: int
    name: str
    side: str
    role: str
    uid: str
    status: str  # "not_started" | "in_progress" | "submitted"
    answered: int
    updated_at: datetime | None


@dataclass(frozen=True)
class AnswerInfo:
    indicator_id: str
    score: int | None
    not_applicable: bool
    problem: str


@dataclass(frozen=True)
class ResponseInfo:
    respondent: RespondentInfo
    round: RoundInfo
    status: str
    answers: dict[str, AnswerInfo]
    comment: str
    last_page: int
    submitted_at: datetime | None

    @property
    def read_only(self) -> bool:
        return self.status == "submitted" or self.round.status != "open"
