"""Input checks shared by the use cases. Every free text has a cap (reportlab slows sharply on huge paragraphs)."""

from __future__ import annotations

from datetime import date

from ..errors import ValidationError

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
