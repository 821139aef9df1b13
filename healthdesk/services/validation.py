"""Input checks shared by the use cases. Every free text has a cap (reportlab slows sharply on huge paragraphs)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from ..errors import ValidationError

if TYPE_CHECKING:
    from ..framework import Framework

TEXT_CAP = 5000  # problem descriptions, comments, descriptions, agreement terms
NAME_CAP = 200
LABEL_CAP = 40
CODE_CAP = 20
ROUND_LABEL_CAP = 60


def clean_text(value: str | None, field: str, cap: int = TEXT_CAP, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError("required", field=field)
    # NUL cannot be stored faithfully by every backend; other characters (emoji, CJK, markup) are kept exactly.
    value = value.replace("\x00", "")
    if required and not value.strip():
        raise ValidationError("required", field=field)
    if len(value) > cap:
        raise ValidationError("too_long", field=field, length=len(value), limit=cap)
    return value


def clean_name(value: str | None, field: str, cap: int = NAME_CAP, required: bool = True) -> str:
    return clean_text(value, field, cap=cap, required=required).strip()


def check_choice(value: str, field: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise ValidationError("invalid_choice", field=field, choices=", ".join(choices), value=value)
    return value


def parse_date(value: date | str | None, field: str, required: bool = False) -> date | None:
    if value is None or value == "":
        if required:
            raise ValidationError("required", field=field)
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError("invalid_date", field=field, value=value) from None


# -- rules ------------------------------------------------------------------------------------------------------
# One function per rule the services enforce. Every way data comes in (the screens through the services, history
# files, response files, and any later import) calls these same functions, so a rule has one definition.

MIN_THRESHOLD = 1
MAX_THRESHOLD = 50
DEFAULT_THRESHOLD = 3  # below it a round needs a written reason
SCORES = (1, 2, 3, 4, 5)
GOAL_LEVEL_RANK = {"top": 0, "mid": 1, "short": 2}  # a goal sits under a goal of a higher (smaller) rank


def check_date_order(start: date | None, end: date | None) -> None:
    """A round (or anything with a period) cannot end before it starts."""
    if end is not None and start is not None and end < start:
        raise ValidationError("date_order", start=start, end=end)


def check_threshold(threshold: object, note: str | None) -> int:
    """The anonymity threshold: a whole number 1..50; below 3 only with the reason written down."""
    if (
        isinstance(threshold, bool)
        or not isinstance(threshold, int)
        or not MIN_THRESHOLD <= threshold <= MAX_THRESHOLD
    ):
        raise ValidationError("threshold_range", value=threshold)
    if threshold < DEFAULT_THRESHOLD and not (note or "").strip():
        raise ValidationError("required", field="reason for lowering the anonymity threshold")
    return threshold


def check_score(indicator_id: str, score: object, not_applicable: bool = False) -> int | None:
    """One answer: a score 1..5, or none (not answered or "not applicable"), never both a score and n/a."""
    if score is None:
        return None
    if isinstance(score, bool) or not isinstance(score, int) or score not in SCORES:
        shown = score if isinstance(score, int | float | str) and not isinstance(score, bool) else "?"
        raise ValidationError("score_range", indicator=indicator_id, value=str(shown)[:20])
    if not_applicable:
        raise ValidationError("score_range", indicator=indicator_id, value=f"{score} and 'not applicable'")
    return score


def unanswered(indicator_ids: Iterable[str], answers: Mapping[str, tuple[int | None, bool]]) -> list[str]:
    """The indicators (in the order given) without a score or "not applicable"; ``answers`` maps an indicator
    to (score, not applicable)."""
    missing = []
    for ind in indicator_ids:
        score, na = answers.get(ind, (None, False))
        if score is None and not na:
            missing.append(ind)
    return missing


def check_complete(indicator_ids: Iterable[str], answers: Mapping[str, tuple[int | None, bool]]) -> None:
    """A response is submitted only when every indicator has a score or "not applicable"."""
    missing = unanswered(indicator_ids, answers)
    if missing:
        raise ValidationError("response_incomplete", missing=len(missing), indicators=", ".join(missing))


def check_goal_parent(level: str, parent_level: str, same_goal: bool = False) -> None:
    """A goal sits only under a goal of a higher level (top > mid > short), never under itself: so goals form a
    tree, never a cycle."""
    if same_goal or GOAL_LEVEL_RANK[parent_level] >= GOAL_LEVEL_RANK[level]:
        raise ValidationError("goal_parent", level=level, parent_level=parent_level)


def check_goal_children(level: str, child_levels: Iterable[str]) -> None:
    """A goal that has goals under it cannot drop to their level or below."""
    for child_level in child_levels:
        if GOAL_LEVEL_RANK[child_level] <= GOAL_LEVEL_RANK[level]:
            raise ValidationError("goal_children", level=child_level, new_level=level)


def check_dimension(framework: Framework, dimension_id: str | None, field: str = "dimension") -> str:
    """Empty, or a dimension of the framework."""
    dimension_id = (dimension_id or "").strip()
    if dimension_id and dimension_id not in framework.dimension_map:
        raise ValidationError(
            "invalid_choice", field=field, choices=", ".join(framework.dimension_map), value=dimension_id[:80]
        )
    return dimension_id


def check_indicator(framework: Framework, indicator_id: str | None) -> str:
    """Empty, or an indicator of the framework."""
    indicator_id = (indicator_id or "").strip()
    if indicator_id and indicator_id not in framework.indicator_map:
        raise ValidationError("unknown_indicator", indicator=indicator_id[:80], framework=framework.key)
    return indicator_id


def kpi_name_key(name: str) -> str:
    """Two KPIs of a partnership cannot share a name, whatever the case."""
    return name.lower()


def check_decision_date(status: str, decided_on: date | None) -> None:
    """A decision that was taken has the date it was taken."""
    if status == "taken" and decided_on is None:
        raise ValidationError("required", field="decision date")


# Key messages: the facilitator's short bullets for the JMC review, per language, each language optional.
KEY_MESSAGE_LANGS = ("en", "zh")
MAX_KEY_MESSAGES = 5  # per language
KEY_MESSAGE_CAP = 200  # characters per bullet
_KEY_MESSAGE_FIELD = {"en": "key message (English)", "zh": "key message (Chinese)"}
_KEY_MESSAGES_FIELD = {"en": "key messages (English)", "zh": "key messages (Chinese)"}


def check_key_message(text: object, lang: str) -> str:
    """One bullet: text, not blank, at most KEY_MESSAGE_CAP characters once surrounding blanks are removed."""
    if not isinstance(text, str):
        raise ValidationError("key_messages_format", reason=f"a {lang} bullet is not text")
    return clean_text(text.strip(), _KEY_MESSAGE_FIELD[lang], cap=KEY_MESSAGE_CAP, required=True)


def check_key_messages(raw: object) -> dict[str, tuple[str, ...]]:
    """A round's key messages: ``{"en": [...], "zh": [...]}`` with only those languages, each optional, at most
    MAX_KEY_MESSAGES bullets each (each checked by :func:`check_key_message`). Returns the languages that have
    bullets, in KEY_MESSAGE_LANGS order; the bullets with surrounding blanks removed."""
    if not isinstance(raw, Mapping):
        raise ValidationError("key_messages_format", reason="not an object")
    unknown = [str(k) for k in raw if k not in KEY_MESSAGE_LANGS]
    if unknown:
        raise ValidationError("key_messages_format", reason=f"unknown language '{unknown[0][:20]}'")
    out: dict[str, tuple[str, ...]] = {}
    for lang in KEY_MESSAGE_LANGS:
        items = raw.get(lang)
        if items is None:
            continue
        if isinstance(items, str) or not isinstance(items, list | tuple):
            raise ValidationError("key_messages_format", reason=f"'{lang}' is not a list")
        if len(items) > MAX_KEY_MESSAGES:
            raise ValidationError(
                "too_many", field=_KEY_MESSAGES_FIELD[lang], limit=MAX_KEY_MESSAGES, count=len(items)
            )
        bullets = tuple(check_key_message(item, lang) for item in items)
        if bullets:
            out[lang] = bullets
    return out
