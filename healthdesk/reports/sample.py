"""A sample partnership made through the services, for report tests, the report benchmark and trying the PDF.

``build_sample(db, rounds=8)`` creates "CloudSoft × 硬核科技" (a software company and a hardware maker) with the given
number of half-yearly rounds, each answered by four executives per side, with problem descriptions in both
languages. Options make the awkward cases: a side below the anonymity threshold, a lowered threshold with its
reason, and hostile free text.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from ..models.db import Database
from ..services import partnerships, responses, rounds
from ..services.dto import Member, PartnershipInfo, PartnershipInput

ROLES = ("CEO", "Sales director", "Delivery lead", "Finance lead")

PROBLEMS = {
    "goal_alignment": ("Our 3-year goals were never written down together.", "双方三年目标从未共同成文。"),
    "market_response": ("Pricing changes take a quarter to agree.", "价格调整需要一个季度才能达成一致。"),
    "delivery_cycle": ("The pilot for the steel plant slipped twice.", "钢厂试点项目两次延期。"),
    "communication_cost": (
        "Every question goes through three layers of managers.",
        "每个问题都要经过三层经理。",
    ),
    "revenue_growth": ("Joint revenue is flat since the bundle ended.", "捆绑销售结束后联合收入停滞。"),
    "cost_savings": ("Both sides still run their own support desks.", "双方仍各自运营客服台。"),
    "new_offerings": ("No joint product since the first solution.", "首个方案之后再无联合产品。"),
    "feedback_adoption": ("Customer feedback is collected but not shared.", "客户反馈有收集但未共享。"),
    "decision_conflicts": (
        "Territory disputes reach the JMC every quarter.",
        "区域纠纷每季度都上报联合管理委员会。",
    ),
    "trust": ("Forecasts from the other side are discounted.", "对方的预测常被打折扣。"),
}

HOSTILE = (
    "<b>bold?</b> & <img src='/etc/passwd'/> ]]> <unclosed <para> <font name=x> </i> <!-- c --> "
    "Emoji 😀👍🏽 👨‍👩‍👧 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 — ZWJ\u200d; tab\tand\x07bell. "
    + "Supercalifragilisticexpialidocious" * 20
    + " "
    + "长文本没有空格" * 60
)


def sample_input(
    code: str = "CSHK", name: str = "CloudSoft × 硬核科技 Industry Solution"
) -> PartnershipInput:
    return PartnershipInput(
        name=name,
        code=code,
        partner_a_name="CloudSoft Software Co., Ltd.",
        partner_a_name_alt="云软软件有限公司",
        partner_a_label="CloudSoft",
        partner_b_name="硬核科技股份有限公司",
        partner_b_name_alt="Hardcore Technology Co., Ltd.",
        partner_b_label="硬核科技",
        type="strategic_alliance",
        start_date=date(2021, 3, 1),
        stage="growth",
        description="From bundled sales to a joint industry solution.",
        members=[
            Member("Alice Chen", "A", "jmc_member"),
            Member("王建国", "B", "jmc_member"),
            Member("Li Na", "A", "facilitator"),
        ],
    )


def _score(rng: random.Random, base: float) -> int:
    return max(1, min(5, round(base + rng.uniform(-0.9, 0.9))))


def build_sample(
    db: Database,
    rounds_count: int = 8,
    *,
    code: str = "CSHK",
    name: str = "CloudSoft × 硬核科技 Industry Solution",
    per_side: int = 4,
    seed: int = 7,
    short_side: dict[int, tuple[str, int]] | None = None,
    lowered: dict[int, tuple[int, str]] | None = None,
    problem_text: str | None = None,
    comment_text: str | None = None,
    close: bool = True,
    labels: Sequence[str] | None = None,
) -> PartnershipInfo:
    """Create the sample partnership with ``rounds_count`` rounds (oldest first, every six months from 2021-03).

    ``short_side`` maps a round number (1-based) to (side, submitted): only that many of the side submit.
    ``lowered`` maps a round number to (threshold, reason). ``problem_text`` replaces every problem description
    of the last round (e.g. hostile text), ``comment_text`` the overall comment of its first respondent per side. Rounds before the last are closed when ``close``.
    """
    rng = random.Random(seed)
    info = partnerships.create_partnership(db, sample_input(code, name))
    short_side = short_side or {}
    lowered = lowered or {}
    for k in range(1, rounds_count + 1):
        year, half = 2021 + (k - 1) // 2, (k - 1) % 2
        start = date(year, 3 if half == 0 else 9, 1)
        end = date(year, 4 if half == 0 else 10, 15)
        label = labels[k - 1] if labels else f"{year}-H{half + 1}"
        threshold, note = lowered.get(k, (3, ""))
        # like the demo, a sample shares its open round's preliminary results (a review of it is the point)
        rnd = rounds.create_round(
            db, info.id, label, start, end, threshold=threshold, threshold_note=note, share_when_closed=False
        )
        # A story: finance and relationship sag in the middle rounds and recover; B sees operations lower.
        drift = 0.6 * ((k - 1) / max(rounds_count - 1, 1)) - 0.3
        bases = {
            "goal_alignment": 3.6,
            "market_response": 3.1,
            "delivery_cycle": 3.4,
            "communication_cost": 2.7,
            "revenue_growth": 2.6 + drift,
            "cost_savings": 2.8,
            "new_offerings": 2.9,
            "feedback_adoption": 3.3,
            "decision_conflicts": 3.0 - drift / 2,
            "trust": 3.5 + drift,
        }
        for side in ("A", "B"):
            submitters = per_side
            if k in short_side and short_side[k][0] == side:
                submitters = short_side[k][1]
            for n in range(per_side):
                person = rounds.add_respondent(
                    db, rnd.id, f"{side} executive {n + 1}", side, ROLES[n % len(ROLES)]
                )
                if n >= submitters and n >= per_side - 1:
                    continue  # invited, never started
                for ind_id, base in bases.items():
                    value = base + (
                        0.7 if side == "A" and ind_id in ("delivery_cycle", "communication_cost") else 0
                    )
                    problem = ""
                    if problem_text is not None and k == rounds_count and n == 0:
                        problem = problem_text
                    elif rng.random() < 0.2:
                        problem = PROBLEMS[ind_id][0 if side == "A" else 1]
                    responses.record_answer(db, person.id, ind_id, _score(rng, value), problem or None)
                if comment_text is not None and k == rounds_count and n == 0:
                    responses.record_comment(db, person.id, comment_text)
                if n < submitters:
                    responses.submit_response(db, person.id)
        if close and k < rounds_count:
            rounds.set_round_status(db, rnd.id, "closed")
    return partnerships.get_partnership(db, info.id)
