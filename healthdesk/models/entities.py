"""SQLAlchemy 2 typed models. Portable SQL only: a shared server database may come later."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import true as sa_true
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

PARTNERSHIP_TYPES = (
    "joint_venture",
    "strategic_alliance",
    "channel_partnership",
    "capability_complement",
    "resource_sharing",
    "traffic_exchange",
    "innovation_cocreation",
)
PARTNERSHIP_STATUSES = ("active", "paused", "exited")
PARTNERSHIP_STAGES = ("formation", "launch", "growth", "mature", "renewal", "exit")
ROUND_STATUSES = ("draft", "open", "closed")
SIDES = ("A", "B")
MEMBER_ROLES = ("jmc_member", "jpt_lead", "executive", "facilitator")
RESPONSE_STATUSES = ("in_progress", "submitted")
AGREEMENT_TERMS = (
    "revenue_split",
    "ip_ownership",
    "exit_terms",
    "confidentiality",
    "exclusivity",
    "data_sharing",
)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def utcnow() -> datetime:
    return datetime.now().astimezone().replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Partnership(Base):
    __tablename__ = "partnership"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)  # casefolded name, for uniqueness
    code: Mapped[str] = mapped_column(String(20), unique=True)
    uid: Mapped[str | None] = mapped_column(
        String(40), unique=True, index=True, nullable=True
    )  # across machines
    partner_a_name: Mapped[str] = mapped_column(String(200))
    partner_a_name_alt: Mapped[str] = mapped_column(String(200), default="")
    partner_a_label: Mapped[str] = mapped_column(String(40))
    partner_b_name: Mapped[str] = mapped_column(String(200))
    partner_b_name_alt: Mapped[str] = mapped_column(String(200), default="")
    partner_b_label: Mapped[str] = mapped_column(String(40))
    type: Mapped[str] = mapped_column(String(40))
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    stage: Mapped[str] = mapped_column(String(40), default="growth")
    status: Mapped[str] = mapped_column(String(20), default="active")
    archived: Mapped[bool] = mapped_column(default=False)
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    members: Mapped[list[GovernanceMember]] = relationship(
        back_populates="partnership", cascade="all, delete-orphan", order_by="GovernanceMember.id"
    )
    terms: Mapped[list[AgreementTerm]] = relationship(
        back_populates="partnership", cascade="all, delete-orphan", order_by="AgreementTerm.id"
    )
    rounds: Mapped[list[Round]] = relationship(back_populates="partnership", order_by="Round.start_date")

    __table_args__ = (
        CheckConstraint(_in("type", PARTNERSHIP_TYPES), name="ck_partnership_type"),
        CheckConstraint(_in("status", PARTNERSHIP_STATUSES), name="ck_partnership_status"),
        CheckConstraint(_in("stage", PARTNERSHIP_STAGES), name="ck_partnership_stage"),
        CheckConstraint("length(name) > 0", name="ck_partnership_name"),
    )


class GovernanceMember(Base):
    __tablename__ = "governance_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    side: Mapped[str] = mapped_column(String(1))
    role: Mapped[str] = mapped_column(String(20))

    partnership: Mapped[Partnership] = relationship(back_populates="members")

    __table_args__ = (
        CheckConstraint(_in("side", SIDES), name="ck_member_side"),
        CheckConstraint(_in("role", MEMBER_ROLES), name="ck_member_role"),
    )


class AgreementTerm(Base):
    __tablename__ = "agreement_term"

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text, default="")

    partnership: Mapped[Partnership] = relationship(back_populates="terms")

    __table_args__ = (
        UniqueConstraint("partnership_id", "kind", name="uq_term_kind"),
        CheckConstraint(_in("kind", AGREEMENT_TERMS), name="ck_term_kind"),
    )


class Round(Base):
    __tablename__ = "assessment_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnership.id", ondelete="RESTRICT"), index=True)
    label: Mapped[str] = mapped_column(String(60))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    framework_key: Mapped[str] = mapped_column(String(120))
    uid: Mapped[str | None] = mapped_column(
        String(40), unique=True, index=True, nullable=True
    )  # across machines
    status: Mapped[str] = mapped_column(String(10), default="draft")
    threshold: Mapped[int] = mapped_column(Integer, default=3)
    threshold_note: Mapped[str] = mapped_column(Text, default="")  # why the threshold was lowered
    blind: Mapped[bool] = mapped_column(default=False)
    pin_hash: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    scores_cache: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON of a closed round's scores
    # PDF, xlsx and CSV of an open round are refused while this is on (differencing gives scores away)
    share_when_closed: Mapped[bool] = mapped_column(default=True, server_default=sa_true())
    # bumped in the same transaction by every write to the round's answers, responses, respondents or settings
    results_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    pin_failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # wrong PINs in a row
    pin_locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # JSON {"en": [...], "zh": [...]}: the facilitator's key messages for the review (services.key_messages)
    key_messages: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")

    partnership: Mapped[Partnership] = relationship(back_populates="rounds")
    respondents: Mapped[list[Respondent]] = relationship(
        back_populates="round", cascade="all, delete-orphan", order_by="Respondent.id"
    )

    __table_args__ = (
        UniqueConstraint("partnership_id", "label", name="uq_round_label"),
        CheckConstraint(_in("status", ROUND_STATUSES), name="ck_round_status"),
        CheckConstraint("threshold >= 1 AND threshold <= 50", name="ck_round_threshold"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="ck_round_dates"),
    )


class Respondent(Base):
    __tablename__ = "respondent"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("assessment_round.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    side: Mapped[str] = mapped_column(String(1))
    role: Mapped[str] = mapped_column(String(100), default="")
    uid: Mapped[str] = mapped_column(String(40), unique=True)  # stable id used by invitations and imports

    round: Mapped[Round] = relationship(back_populates="respondents")
    response: Mapped[Response | None] = relationship(
        back_populates="respondent", cascade="all, delete-orphan", uselist=False
    )

    __table_args__ = (
        UniqueConstraint("round_id", "name", "side", name="uq_respondent_name"),
        CheckConstraint(_in("side", SIDES), name="ck_respondent_side"),
    )


class Response(Base):
    __tablename__ = "response"

    id: Mapped[int] = mapped_column(primary_key=True)
    respondent_id: Mapped[int] = mapped_column(
        ForeignKey("respondent.id", ondelete="CASCADE"), unique=True
    )  # one response per respondent, and so per respondent and round
    status: Mapped[str] = mapped_column(String(12), default="in_progress")
    comment: Mapped[str] = mapped_column(Text, default="")
    last_page: Mapped[int] = mapped_column(Integer, default=0)  # where the walk-through resumes
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    submission_id: Mapped[str | None] = mapped_column(String(64), nullable=True)  # set by imports/exports

    respondent: Mapped[Respondent] = relationship(back_populates="response")
    answers: Mapped[list[Answer]] = relationship(
        back_populates="response", cascade="all, delete-orphan", order_by="Answer.id"
    )

    __table_args__ = (
        CheckConstraint(_in("status", RESPONSE_STATUSES), name="ck_response_status"),
        CheckConstraint(
            "(status = 'submitted') = (submitted_at IS NOT NULL)", name="ck_response_submitted_at"
        ),
    )


class Answer(Base):
    __tablename__ = "answer"

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("response.id", ondelete="CASCADE"))
    indicator_id: Mapped[str] = mapped_column(String(80))
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None with not_applicable
    not_applicable: Mapped[bool] = mapped_column(default=False)
    problem: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    response: Mapped[Response] = relationship(back_populates="answers")

    __table_args__ = (
        UniqueConstraint("response_id", "indicator_id", name="uq_answer_indicator"),
        CheckConstraint("score IS NULL OR (score >= 1 AND score <= 5)", name="ck_answer_score"),
        CheckConstraint("NOT (not_applicable AND score IS NOT NULL)", name="ck_answer_na"),
        Index("ix_answer_response", "response_id"),
    )


class AppSetting(Base):
    """Small key/value facts about this database (e.g. that it holds demo data)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


# --- Follow-up: layered goals, actions, joint KPIs, JMC decisions (workshop issue) -------------------------------

GOAL_LEVELS = ("top", "mid", "short")
WORK_STATUSES = ("planned", "in_progress", "done", "dropped")
KPI_DIRECTIONS = ("above", "below")  # breach when the value is above / below the alert threshold
DECIDERS = ("jmc", "jpt")
DECISION_STATUSES = ("requested", "taken")


class Goal(Base):
    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    round_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessment_round.id", ondelete="SET NULL"), nullable=True
    )  # the round whose workshop set it
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("goal.id", ondelete="SET NULL"), nullable=True)
    level: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(300))
    owner_a: Mapped[str] = mapped_column(String(200), default="")
    owner_b: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="planned")
    dimensions: Mapped[str] = mapped_column(String(300), default="")  # comma-separated dimension ids
    indicator_id: Mapped[str] = mapped_column(String(80), default="")
    target: Mapped[str] = mapped_column(Text, default="")  # the measurable target, as agreed
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        CheckConstraint(_in("level", GOAL_LEVELS), name="ck_goal_level"),
        CheckConstraint(_in("status", WORK_STATUSES), name="ck_goal_status"),
    )


class Action(Base):
    __tablename__ = "action_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("goal.id", ondelete="SET NULL"), nullable=True)
    round_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessment_round.id", ondelete="SET NULL"), nullable=True
    )
    title: Mapped[str] = mapped_column(String(300))
    owner: Mapped[str] = mapped_column(String(200), default="")
    owner_side: Mapped[str] = mapped_column(String(2), default="")  # "A", "B", "AB" or ""
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="planned")
    notes: Mapped[str] = mapped_column(Text, default="")
    dimension_id: Mapped[str] = mapped_column(String(80), default="")
    indicator_id: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    done_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    __table_args__ = (CheckConstraint(_in("status", WORK_STATUSES), name="ck_action_status"),)


class Kpi(Base):
    __tablename__ = "kpi"

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(40), default="")
    target: Mapped[float | None] = mapped_column(nullable=True)
    alert_threshold: Mapped[float] = mapped_column()
    direction: Mapped[str] = mapped_column(String(6), default="above")
    dimension_id: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    values: Mapped[list[KpiValue]] = relationship(
        back_populates="kpi", cascade="all, delete-orphan", order_by="KpiValue.period_end"
    )

    __table_args__ = (
        UniqueConstraint("partnership_id", "name", name="uq_kpi_name"),
        CheckConstraint(_in("direction", KPI_DIRECTIONS), name="ck_kpi_direction"),
    )


class KpiValue(Base):
    __tablename__ = "kpi_value"

    id: Mapped[int] = mapped_column(primary_key=True)
    kpi_id: Mapped[int] = mapped_column(ForeignKey("kpi.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(40))  # e.g. "2026 Q1"
    period_end: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column()
    note: Mapped[str] = mapped_column(Text, default="")

    kpi: Mapped[Kpi] = relationship(back_populates="values")

    __table_args__ = (UniqueConstraint("kpi_id", "period", name="uq_kpi_period"),)


class Decision(Base):
    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    round_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessment_round.id", ondelete="SET NULL"), nullable=True
    )
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # None while only requested
    text: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(4), default="jmc")
    status: Mapped[str] = mapped_column(String(10), default="requested")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        CheckConstraint(_in("decided_by", DECIDERS), name="ck_decision_by"),
        CheckConstraint(_in("status", DECISION_STATUSES), name="ck_decision_status"),
    )


# --- Offline exchange (exchange issue) ----------------------------------------------------------------------------

IMPORT_OUTCOMES = ("new", "identical", "updated", "conflict", "refused", "replaced")


class ImportRecord(Base):
    """Every response file seen, by content hash: re-importing the same file changes nothing."""

    __tablename__ = "import_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    file_name: Mapped[str] = mapped_column(String(300), default="")
    respondent_uid: Mapped[str] = mapped_column(String(40), default="")
    submission_id: Mapped[str] = mapped_column(String(64), default="")
    outcome: Mapped[str] = mapped_column(String(10))
    detail: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (CheckConstraint(_in("outcome", IMPORT_OUTCOMES), name="ck_import_outcome"),)
