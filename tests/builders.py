"""Small builders for tests: a partnership, a round and answered responses, through the services."""

from __future__ import annotations

from healthdesk.framework import default_framework
from healthdesk.services import partnerships, responses, rounds
from healthdesk.services.dto import PartnershipInput


def make_partnership(db, name: str = "CloudSoft × HardCo", code: str = "CSHC"):
    return partnerships.create_partnership(
        db,
        PartnershipInput(
            name=name,
            code=code,
            partner_a_name="云启软件有限公司",
            partner_a_label="CloudSoft",
            partner_b_name="HardCo Manufacturing",
            partner_b_label="HardCo",
            type="strategic_alliance",
        ),
    )


def answer_all(db, respondent_id: int, score, problem: str | None = None) -> None:
    """Answer every indicator of the default framework with ``score`` (an int, "na", or a dict by indicator)."""
    for ind in default_framework().indicators:
        value = score.get(ind.id, 3) if isinstance(score, dict) else score
        responses.record_answer(db, respondent_id, ind.id, value, problem)


def add_submitted(db, round_id: int, side: str, scores: list, prefix: str = "") -> list[int]:
    """One submitted response per entry of ``scores``."""
    ids = []
    for n, score in enumerate(scores):
        r = rounds.add_respondent(db, round_id, f"{prefix}{side}{n + 1}", side, "Executive")
        answer_all(db, r.id, score)
        responses.submit_response(db, r.id)
        ids.append(r.id)
    return ids
