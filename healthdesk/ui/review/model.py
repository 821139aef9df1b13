"""What the Export JMC review dialog offers, without Qt: the rounds to choose from (newest first, the default
one, which are planned or still open), the file name it proposes, the key messages as stored, and whether the
review can be exported with the choices made. Codes and plain records; the dialog (``ui/review/export.py``) words
them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ...reports.catalogue import t
from ...services.dto import PartnershipInfo, RoundInfo

UNSAFE = '/\\:*?"<>|\0'  # characters a file name cannot hold


class RoundState(StrEnum):
    PLANNED = "planned"  # starts after today
    OPEN = "open"  # started, not closed yet
    CLOSED = "closed"


@dataclass(frozen=True)
class RoundChoice:
    round: RoundInfo
    state: RoundState

    @property
    def id(self) -> int:
        return self.round.id


def round_state(rnd: RoundInfo, today: date) -> RoundState:
    if rnd.start_date > today:
        return RoundState.PLANNED
    return RoundState.CLOSED if rnd.status == "closed" else RoundState.OPEN


def round_choices(partnership: PartnershipInfo | None, today: date) -> tuple[RoundChoice, ...]:
    """The partnership's rounds, the latest start first."""
    if partnership is None:
        return ()
    ordered = sorted(partnership.rounds, key=lambda r: (r.start_date, r.id), reverse=True)
    return tuple(RoundChoice(r, round_state(r, today)) for r in ordered)


def default_round_id(partnership: PartnershipInfo | None, today: date) -> int | None:
    """The round chosen at first: the one the review itself defaults to (the latest started by today)."""
    from ...reports.data import default_review_round  # loaded with the dialog, not with the app

    if partnership is None or not partnership.rounds:
        return None
    return default_review_round(partnership, today).id


def suggested_name(code: str, label: str, lang: str, layout: str = "full") -> str:
    """``CQ-HY 2026 H2 JMC review (en).pdf`` (the sheet: ``… JMC summary sheet (en).pdf``); a Chinese review is named
    in Chinese, with the printed title (``CQ-HY 2026 H2 合作健康度评审报告.pdf``). Characters a file name cannot hold
    become "-"."""
    if lang == "zh":
        name = f"{code} {label} {t('sheet.title' if layout == 'sheet' else 'review.title', 'zh')}.pdf"
    else:
        what = "JMC summary sheet" if layout == "sheet" else "JMC review"
        name = f"{code} {label} {what} ({lang}).pdf"
    return "".join("-" if ch in UNSAFE or ord(ch) < 32 else ch for ch in name).strip()


def bullets(texts: dict[str, str]) -> dict[str, list[str]]:
    """The editors' texts as key messages: one per line, blank lines left out."""
    return {
        lang: [line.strip() for line in text.splitlines() if line.strip()] for lang, text in texts.items()
    }


def can_export(
    busy: bool, has_round: bool, layout: str, sections: set[str] | list[str], file_text: str
) -> bool:
    """Export is offered when nothing is being written, a round is chosen, something is to print (the sheet, or
    at least one section) and a file is named."""
    return not busy and has_round and (layout == "sheet" or bool(sections)) and bool(file_text.strip())
