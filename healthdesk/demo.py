"""The demo database: four partnerships from the domain brief, built through the use cases, always the same.

``build_demo(db)`` fills an open database with partnerships whose stories show in the numbers the scoring engine
computes:

1. CloudSoft x Huayue (software + hardware): from bundled sales to a joint industry solution; the difficult second
   year: finance and relationship fall round after round, and the hardware side sees the relationship clearly worse
   than the software side (a growing perception gap). Its 2025 H2 round is the edge case: side B has fewer submitted
   responses than the anonymity threshold, so that round has no joint scores.
2. YouGo x Xunda (e-commerce + logistics): forward warehouses cut delivery from 48 hours to 2; high and rising.
3. Zhixing x Moyan (online education + content): growth stalled, a strategy workshop in December 2025, then a joint
   AI learning assistant and shared data lifted completion by 25%: a dip, then recovery.
4. Aurora after-sales x EasyRide (carmaker + courtesy cars): a steady, amber-to-green capability partnership.

Everything is written through ``healthdesk.services`` (every answer in its own transaction, exactly as the
walk-through does) with fixed dates and ``random.Random(seed)``, so two builds hold the same data (except the
generated respondent ids and the time stamps the services set). Scores are not drawn at random around a target:
each side's scores for an indicator are allocated so that their mean is the planned value, and only how they are
spread over the respondents is random. So the story holds for any seed.

The demo partnerships are listed in the ``app_setting`` row ``demo_partnership_ids`` (a JSON list of ids), which
``has_demo_data`` and ``remove_demo_data`` read; partnerships a user creates are never touched.
"""

from __future__ import annotations

import contextlib
import json
import logging
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .errors import ValidationError
from .framework import DEFAULT_FRAMEWORK_KEY, get_framework
from .models.db import Database
from .models.entities import (
    Action,
    AgreementTerm,
    Answer,
    AppSetting,
    Decision,
    Goal,
    GovernanceMember,
    Kpi,
    KpiValue,
    Partnership,
    Respondent,
    Response,
    Round,
)
from .services import followup, partnerships, responses, rounds
from .services.dto import Member, PartnershipInput

log = logging.getLogger(__name__)

DEMO_SETTING_KEY = "demo_partnership_ids"
DEMO_SEED = 20240301

# The order of the ten indicators in the score tables below (the default framework's order).
INDICATORS = (
    "goal_alignment",
    "market_response",
    "delivery_cycle",
    "communication_cost",
    "revenue_growth",
    "cost_savings",
    "new_offerings",
    "feedback_adoption",
    "decision_conflicts",
    "trust",
)

# Chance that a respondent writes a problem description for a score of 1-2, and for a score of 3.
_PROBLEM_CHANCE = {1: 0.9, 2: 0.85, 3: 0.35}
_COMMENT_CHANCE = 0.6
_NA_CHANCE = 0.6

# Respondent states in a round plan: submitted, in progress (some answers), not started, not in the round.
_SUBMITTED, _IN_PROGRESS, _NOT_STARTED, _ABSENT = "S", "P", "N", "-"


@dataclass(frozen=True)
class _Person:
    name: str
    role: str
    lang: str = "zh"  # the language this person writes problem descriptions and comments in
    na: tuple[str, ...] = ()  # indicators this person may answer "not applicable / don't know"


@dataclass(frozen=True)
class _RoundPlan:
    label: str
    start: date
    end: date
    phase: str  # key into the partnership's problem and comment pools
    states: dict[str, str]  # side -> one state letter per person of that side's roster
    targets: dict[str, tuple[float, ...]]  # side -> planned mean per indicator, in INDICATORS order
    closed: bool = True


Texts = tuple[tuple[str, str], ...]  # (Chinese, English) pairs


@dataclass(frozen=True)
class _PartnershipPlan:
    data: PartnershipInput
    roster: dict[str, tuple[_Person, ...]]
    rounds: tuple[_RoundPlan, ...]
    problems: dict[str, dict[str, Texts]]  # phase -> indicator -> texts
    comments: dict[str, Texts]  # phase -> texts
    extra: dict[str, str] = field(default_factory=dict)


def _terms(**kinds: str) -> dict[str, str]:
    return dict(kinds)


# --------------------------------------------------------------------------------------------------- 1. CloudSoft x Huayue

_P1 = _PartnershipPlan(
    data=PartnershipInput(
        name="云启 × 华岳 智能制造联合方案",
        code="CQ-HY",
        partner_a_name="云启软件科技有限公司",
        partner_a_name_alt="CloudSoft Technology Co., Ltd.",
        partner_a_label="云启软件",
        partner_b_name="华岳智能装备股份有限公司",
        partner_b_name_alt="Huayue Smart Equipment Co., Ltd.",
        partner_b_label="华岳智造",
        type="strategic_alliance",
        start_date=date(2024, 3, 1),
        stage="growth",
        description=(
            "第一年以软硬件捆绑销售为主；第二年升级为面向离散制造业的一站式数字化解决方案："
            "云启提供 MES 软件平台，华岳提供产线设备与传感器，双方组建联合方案团队。"
            "捆绑销售增长乏力，联合方案推进慢于预期，双方对合作现状的看法开始出现分歧。\n\n"
            "Year one was bundled sales of software and hardware. In year two the partners set out to build a "
            "one-stop digital solution for discrete manufacturers: CloudSoft brings the MES platform, Huayue the "
            "line equipment and sensors, with a joint solution team. Bundle growth has faded, the joint solution is "
            "slower than planned, and the two sides have begun to see the partnership differently."
        ),
        members=[
            Member("陈思远", "A", "jmc_member"),
            Member("林雪", "A", "jmc_member"),
            Member("郑国华", "B", "jmc_member"),
            Member("孙卫东", "B", "jmc_member"),
            Member("周敏", "A", "jpt_lead"),
            Member("Emily Zhao", "B", "jpt_lead"),
            Member("Daniel Wu", "A", "executive"),
            Member("王立群", "A", "facilitator"),
        ],
        terms=_terms(
            revenue_split=(
                "联合方案合同额按 55:45（云启:华岳）分成；捆绑套餐中各自计收本方产品收入。\n"
                "Joint-solution contract value is split 55:45 (CloudSoft:Huayue); in bundles each side books its "
                "own product revenue."
            ),
            ip_ownership=(
                "各自产品的知识产权归各自所有；联合开发的行业模板与接口归双方共有，任何一方单独商用须经对方书面同意。\n"
                "Each side keeps its own product IP; jointly developed industry templates and interfaces are "
                "co-owned, and neither side may sell them alone without the other's written consent."
            ),
            exit_terms=(
                "任一方可提前 6 个月书面通知退出；连续两个评估周期联合收入低于目标 60% 时，JMC 须启动合作复盘。\n"
                "Either side may exit on 6 months' written notice; if joint revenue stays below 60% of target for "
                "two assessment periods, the JMC must start a partnership review."
            ),
            confidentiality=(
                "客户名单、报价与产品路线图属保密信息，保密义务在合作终止后延续 3 年。\n"
                "Customer lists, prices and product roadmaps are confidential; the duty survives termination by "
                "3 years."
            ),
            exclusivity=(
                "在汽车零部件与 3C 电子两个细分行业内互为排他伙伴，其他行业不排他。\n"
                "Exclusive partners in automotive parts and 3C electronics; non-exclusive in other industries."
            ),
            data_sharing=(
                "共享联合商机与项目交付数据；各自客户的原始数据不共享。\n"
                "Joint opportunity and delivery data are shared; each side's raw customer data is not."
            ),
        ),
    ),
    roster={
        "A": (
            _Person("陈思远", "CEO"),
            _Person("林雪", "VP Sales"),
            _Person("Daniel Wu", "CTO", "en", na=("revenue_growth",)),
            _Person("周敏", "Head of Alliances"),
            _Person("许可", "CFO", na=("new_offerings", "feedback_adoption")),
        ),
        "B": (
            _Person("郑国华", "President"),
            _Person("韩磊", "VP Sales"),
            _Person("刘洋", "R&D Director", na=("revenue_growth",)),
            _Person("Emily Zhao", "Head of Solutions", "en"),
            _Person("孙卫东", "VP Sales"),  # replaced 韩磊 in 2026
        ),
    },
    rounds=(
        _RoundPlan(
            "2024 H2",
            date(2024, 11, 11),
            date(2024, 11, 29),
            "early",
            {"A": "SSSSS", "B": "SSSS-"},
            {
                "A": (4.2, 3.6, 3.8, 3.6, 4.2, 3.8, 3.4, 3.6, 3.8, 4.2),
                "B": (4.0, 3.4, 3.6, 3.4, 4.0, 3.6, 3.2, 3.4, 3.6, 4.0),
            },
        ),
        _RoundPlan(
            "2025 H1",
            date(2025, 5, 12),
            date(2025, 5, 30),
            "early",
            {"A": "SSSSS", "B": "SSSS-"},
            {
                "A": (3.8, 3.2, 3.6, 3.4, 3.4, 3.4, 3.2, 3.4, 3.6, 4.0),
                "B": (3.6, 3.0, 3.2, 3.0, 3.2, 3.2, 3.0, 3.2, 3.2, 3.4),
            },
        ),
        # The edge case: only two of Huayue's four respondents submitted before the round was closed.
        _RoundPlan(
            "2025 H2",
            date(2025, 11, 10),
            date(2025, 11, 28),
            "late",
            {"A": "SSSS-", "B": "SPNS-"},
            {
                "A": (3.6, 3.0, 3.2, 3.0, 2.8, 3.0, 3.2, 3.0, 3.4, 3.8),
                "B": (3.0, 2.5, 3.0, 2.5, 2.5, 2.5, 3.0, 3.0, 2.5, 3.0),
            },
        ),
        _RoundPlan(
            "2026 H1",
            date(2026, 5, 11),
            date(2026, 5, 29),
            "late",
            {"A": "SSSSS", "B": "S-SSS"},
            {
                "A": (3.4, 2.8, 3.0, 2.8, 2.4, 2.6, 3.0, 3.0, 3.2, 3.6),
                "B": (2.8, 2.4, 2.6, 2.2, 2.2, 2.4, 2.6, 2.8, 2.4, 2.6),
            },
        ),
        _RoundPlan(
            "2026 H2",
            date(2026, 11, 9),
            date(2026, 11, 27),
            "late",
            {"A": "SSSSP", "B": "S-SPS"},
            {
                "A": (3.2, 2.6, 3.0, 2.6, 2.0, 2.4, 2.8, 2.8, 3.2, 3.4),
                "B": (2.6, 2.2, 2.4, 2.0, 1.8, 2.0, 2.4, 2.6, 2.0, 2.2),
            },
            closed=False,
        ),
    ),
    problems={
        "early": {
            "goal_alignment": (
                (
                    "捆绑销售之后往哪走，双方还没有书面共识",
                    "No written agreement yet on what comes after bundled sales",
                ),
            ),
            "market_response": (
                (
                    "竞品推出一体化方案后，我们两个月才拿出对应报价",
                    "It took us two months to answer a competitor's integrated offer with a joint quote",
                ),
            ),
            "delivery_cycle": (
                (
                    "硬件到货与软件部署分开排期，现场常等一周",
                    "Hardware delivery and software rollout are scheduled separately; site teams often wait a week",
                ),
            ),
            "communication_cost": (
                (
                    "技术问题要经过三层转达才能到对方研发",
                    "Technical questions pass through three hand-offs before they reach the other side's R&D",
                ),
                (
                    "双方销售各有一套 CRM，商机要手工对表",
                    "Each sales team has its own CRM, so opportunities are matched by hand",
                ),
            ),
            "revenue_growth": (
                ("捆绑套餐增速从一季度的 40% 降到 15%", "Bundle sales growth slowed from 40% in Q1 to 15%"),
            ),
            "cost_savings": (
                (
                    "联合投标仍由双方各自准备材料，重复工作多",
                    "Joint bids are still prepared separately by each side, with much duplicate work",
                ),
            ),
            "new_offerings": (
                (
                    "今年只推出一个捆绑套餐，没有新方案",
                    "Only one bundle launched this year and no new solution",
                ),
            ),
            "feedback_adoption": (
                (
                    "客户提出的接口需求还停留在需求池里",
                    "Customers' interface requests are still sitting in the backlog",
                ),
            ),
            "decision_conflicts": (
                (
                    "折扣审批权限不清，销售常要两边各找一次",
                    "Discount approval authority is unclear; sales have to ask both companies",
                ),
            ),
            "trust": (
                ("对方对共享客户名单仍有顾虑", "The other side is still wary of sharing its customer list"),
            ),
        },
        "late": {
            "goal_alignment": (
                (
                    "联合方案团队的定位仍有分歧：一方想做项目，一方想卖标准品",
                    "Still no agreement on the joint team: one side wants projects, the other standard products",
                ),
                (
                    "行业解决方案的目标客户两家各写了一版",
                    "Each company wrote its own version of the target customers for the industry solution",
                ),
            ),
            "market_response": (
                (
                    "联合方案的报价由双方各自审批，平均耗时三周",
                    "Joint-solution quotes are approved by each side separately, taking three weeks on average",
                ),
                (
                    "客户要求本地化部署，我们一个季度后才答复",
                    "A customer asked for on-premise deployment and we replied a quarter later",
                ),
            ),
            "delivery_cycle": (
                (
                    "试点项目延期两个月交付，软硬件联调反复返工",
                    "The pilot was delivered two months late after repeated hardware-software integration rework",
                ),
                (
                    "现场实施人员由双方分别派遣，责任边界不清",
                    "Each side sends its own field engineers and the responsibility boundary is unclear",
                ),
            ),
            "communication_cost": (
                (
                    "联合路线图会议本半年被取消了两次",
                    "Joint roadmap meetings were cancelled twice this half-year",
                ),
                (
                    "同一个问题要在三个群里重复沟通",
                    "The same issue gets discussed again in three different chat groups",
                ),
                (
                    "周会变成了互相追问进度",
                    "The weekly meeting has turned into chasing each other for status",
                ),
            ),
            "revenue_growth": (
                (
                    "联合方案本半年只签下 2 单，目标是 8 单",
                    "Only 2 joint-solution deals signed in the half against a target of 8",
                ),
                ("捆绑销售收入同比下降约 12%", "Bundle revenue fell about 12% year on year"),
                (
                    "新方案客单价高，但销售周期拉长到 9 个月",
                    "The new solution has larger deals, but the sales cycle stretched to 9 months",
                ),
            ),
            "cost_savings": (
                (
                    "双方都扩充了解决方案团队，人均产出却在下降",
                    "Both sides added solution staff, yet output per head is falling",
                ),
                ("联合样板间投入超预算 35%", "The joint showroom came in 35% over budget"),
            ),
            "new_offerings": (
                ("行业方案第二版推迟到明年", "Version two of the industry solution slipped to next year"),
            ),
            "feedback_adoption": (
                (
                    "试点客户的改进意见三个月没排进版本",
                    "Pilot customers' improvement requests have not made it into a release in three months",
                ),
            ),
            "decision_conflicts": (
                (
                    "收入分成口径在 JMC 上讨论两次仍未定",
                    "The revenue-split definition was debated at two JMC meetings and is still open",
                ),
                ("谁主导客户关系反复引发冲突", "Who owns the customer relationship keeps causing conflict"),
            ),
            "trust": (
                (
                    "对方销售绕过联合团队直接报价",
                    "The other side's sales quoted directly, bypassing the joint team",
                ),
                ("承诺的研发资源一直没有到位", "The promised R&D resources never arrived"),
                ("感觉对方在接触我们的竞争对手", "We sense the other side is talking to our competitor"),
            ),
        },
    },
    comments={
        "early": (
            (
                "第一年合作顺利，捆绑套餐打开了局面，下一步需要更深的整合。",
                "A good first year: the bundle opened doors. Next we need deeper integration.",
            ),
            (
                "希望明年把联合方案团队正式搭起来。",
                "We hope to set up the joint solution team properly next year.",
            ),
            (
                "销售配合不错，研发层面的协同还很少。",
                "Sales work well together; there is little joint work in R&D yet.",
            ),
        ),
        "late": (
            (
                "第二年明显进入深水区，建议尽快召开战略对齐工作坊。",
                "Year two is clearly harder; we should hold a strategy-alignment workshop soon.",
            ),
            (
                "收入分成与客户归属需要在 JMC 层面定下来，不能再拖。",
                "Revenue split and customer ownership must be settled by the JMC without further delay.",
            ),
            (
                "双方团队都很努力，但方向不一致，投入越多越累。",
                "Both teams work hard but pull in different directions; more effort only brings more fatigue.",
            ),
            (
                "需要一本双方都遵守的联合决策手册，现在每单都要谈两次。",
                "We need one decision manual both sides follow; today every deal is negotiated twice.",
            ),
        ),
    },
)

# --------------------------------------------------------------------------------------------------- 2. YouGo x Xunda

_P2 = _PartnershipPlan(
    data=PartnershipInput(
        name="优购 × 迅达 前置仓即时配送",
        code="YG-XD",
        partner_a_name="优购电子商务有限公司",
        partner_a_name_alt="YouGo E-commerce Co., Ltd.",
        partner_a_label="优购商城",
        partner_b_name="迅达供应链物流有限公司",
        partner_b_name_alt="Xunda Supply Chain & Logistics Co., Ltd.",
        partner_b_label="迅达物流",
        type="resource_sharing",
        start_date=date(2023, 10, 1),
        stage="mature",
        description=(
            "第一年是简单的“下单-配送”合作。第二年双方共建“前置仓 + 即时配送”模式：优购共享高频商品销售数据，"
            "迅达据此在重点城市设立前置仓，平均配送时效从 48 小时缩短至 2 小时，并吸引了更多高端品牌入驻。\n\n"
            "Year one was a plain order-and-deliver arrangement. In year two the partners built a forward-warehouse "
            "and instant-delivery model: YouGo shares sales data on high-frequency items and Xunda places forward "
            "warehouses in key cities. Average delivery time fell from 48 hours to 2, and more premium brands joined "
            "the platform."
        ),
        members=[
            Member("黄志强", "A", "jmc_member"),
            Member("吴婷", "A", "jmc_member"),
            Member("何建军", "B", "jmc_member"),
            Member("冯静", "B", "jmc_member"),
            Member("Kevin Liang", "A", "jpt_lead"),
            Member("罗芳", "B", "jpt_lead"),
            Member("马俊", "A", "executive"),
            Member("谢涛", "B", "facilitator"),
        ],
        terms=_terms(
            revenue_split=(
                "配送服务费按单结算；前置仓带来的增量毛利按 50:50 分成，按季度对账。\n"
                "Delivery fees are settled per order; incremental gross margin from forward warehouses is split "
                "50:50 and reconciled quarterly."
            ),
            ip_ownership=(
                "前置仓选址与补货算法归迅达；销售预测模型归优购；联合开发的调度看板双方共有。\n"
                "Site-selection and replenishment algorithms belong to Xunda, the sales forecasting model to YouGo; "
                "the jointly built dispatch dashboard is co-owned."
            ),
            exit_terms=(
                "提前 9 个月通知；退出方承担前置仓未摊销租约的 50%。\n"
                "Nine months' notice; the exiting side bears 50% of the unamortised forward-warehouse leases."
            ),
            confidentiality=(
                "销售与库存数据仅用于本合作，按双方数据保护协议处理。\n"
                "Sales and stock data are used only for this partnership, under the parties' data-protection "
                "agreement."
            ),
            exclusivity=(
                "在合作城市，迅达不为其他综合电商平台建设前置仓。\n"
                "In partnership cities Xunda builds no forward warehouses for other general e-commerce platforms."
            ),
            data_sharing=(
                "优购每小时同步高频商品的销售与库存数据（匿名化）；迅达实时回传履约时效与异常。\n"
                "YouGo syncs anonymised sales and stock of high-frequency items hourly; Xunda returns delivery times "
                "and exceptions in real time."
            ),
        ),
    ),
    roster={
        "A": (
            _Person("黄志强", "CEO"),
            _Person("吴婷", "VP Supply Chain"),
            _Person("Kevin Liang", "COO", "en"),
            _Person("马俊", "Director, Data Platform", na=("cost_savings",)),
        ),
        "B": (
            _Person("何建军", "CEO"),
            _Person("罗芳", "VP Warehousing"),
            _Person("谢涛", "Regional Operations Director"),
            _Person("冯静", "CFO", na=("new_offerings", "feedback_adoption")),
        ),
    },
    rounds=(
        _RoundPlan(
            "2025 H1",
            date(2025, 5, 19),
            date(2025, 6, 6),
            "all",
            {"A": "SSSS", "B": "SSS-"},
            {
                "A": (3.6, 3.4, 3.4, 3.2, 3.6, 3.4, 3.2, 3.4, 3.6, 3.8),
                "B": (3.6, 3.2, 3.2, 3.0, 3.4, 3.2, 3.0, 3.2, 3.4, 3.6),
            },
        ),
        _RoundPlan(
            "2025 H2",
            date(2025, 11, 3),
            date(2025, 11, 21),
            "all",
            {"A": "SSSS", "B": "SSSS"},
            {
                "A": (4.0, 3.8, 3.8, 3.6, 4.0, 3.8, 3.6, 3.8, 3.8, 4.0),
                "B": (3.8, 3.6, 3.6, 3.4, 3.8, 3.8, 3.4, 3.6, 3.8, 4.0),
            },
        ),
        _RoundPlan(
            "2026 H1",
            date(2026, 5, 18),
            date(2026, 6, 5),
            "all",
            {"A": "SSSS", "B": "SSSS"},
            {
                "A": (4.4, 4.0, 4.2, 3.8, 4.4, 4.2, 4.0, 4.0, 4.2, 4.4),
                "B": (4.2, 4.0, 4.0, 3.8, 4.2, 4.2, 3.8, 3.8, 4.0, 4.4),
            },
        ),
        _RoundPlan(
            "2026 H2",
            date(2026, 11, 5),
            date(2026, 11, 27),
            "all",
            {"A": "SSSP", "B": "SSSN"},
            {
                "A": (4.6, 4.2, 4.4, 4.0, 4.6, 4.4, 4.2, 4.2, 4.4, 4.6),
                "B": (4.4, 4.2, 4.2, 4.0, 4.4, 4.4, 4.0, 4.0, 4.2, 4.6),
            },
            closed=False,
        ),
    ),
    problems={
        "all": {
            "goal_alignment": (
                (
                    "下沉市场是否铺前置仓，双方节奏不同",
                    "Different pace on opening forward warehouses in smaller cities",
                ),
            ),
            "market_response": (
                (
                    "大促期间临时加仓需要提前六周确认",
                    "Extra warehouse capacity for big sales events needs six weeks' notice",
                ),
            ),
            "delivery_cycle": (
                (
                    "新城市前置仓开仓比计划晚了三周",
                    "The forward warehouse in the new city opened three weeks late",
                ),
                (
                    "冷链品类的 2 小时达覆盖率还只有 60%",
                    "Two-hour delivery covers only 60% of cold-chain items so far",
                ),
            ),
            "communication_cost": (
                (
                    "补货预测口径一调整，双方系统都要改",
                    "Any change to the replenishment forecast needs changes in both systems",
                ),
                ("夜间异常单仍靠电话协调", "Night-time exceptions are still coordinated by phone"),
            ),
            "revenue_growth": (
                (
                    "高端品牌入驻增长快，但中小商家渗透率偏低",
                    "Premium brands join fast, but few small merchants use the service",
                ),
            ),
            "cost_savings": (
                (
                    "淡季前置仓库存周转放慢到 20 天",
                    "Forward-warehouse stock turns slowed to 20 days in the off season",
                ),
                ("末端配送成本仍高于目标 8%", "Last-mile cost is still 8% above target"),
            ),
            "new_offerings": (("退货上门取件还在试点", "Return pick-up at the door is still in pilot"),),
            "feedback_adoption": (
                (
                    "商家要的库存实时看板排到了下季度",
                    "The live stock dashboard merchants asked for is scheduled for next quarter",
                ),
            ),
            "decision_conflicts": (
                ("新仓选址的成本分摊讨论较久", "Cost sharing for new warehouse sites took long to agree"),
            ),
            "trust": (
                (
                    "销售数据共享范围仍需法务逐项确认",
                    "Legal still reviews each item of sales data before it is shared",
                ),
            ),
        },
    },
    comments={
        "all": (
            (
                "前置仓模式效果超出预期，配送时效从 48 小时缩短到 2 小时。",
                "The forward-warehouse model beat expectations: delivery fell from 48 hours to 2.",
            ),
            (
                "建议明年把模式复制到另外五个城市。",
                "Suggest rolling the model out to five more cities next year.",
            ),
            (
                "数据共享是这次合作成功的关键，要继续保持。",
                "Data sharing is what made this work; let's keep it up.",
            ),
            (
                "高端品牌入驻带来了新增收入，双方利润都在增长。",
                "Premium brands joining brought new revenue; both sides' profits are growing.",
            ),
        ),
    },
)

# --------------------------------------------------------------------------------------------------- 3. Zhixing x Moyan

_P3 = _PartnershipPlan(
    data=PartnershipInput(
        name="知行课堂 × 墨言内容 AI 学习助手",
        code="ZX-MY",
        partner_a_name="知行在线教育科技有限公司",
        partner_a_name_alt="Zhixing Online Education Technology Co., Ltd.",
        partner_a_label="知行课堂",
        partner_b_name="墨言文化内容有限公司",
        partner_b_name_alt="Moyan Culture & Content Co., Ltd.",
        partner_b_label="墨言内容",
        type="innovation_cocreation",
        start_date=date(2023, 9, 1),
        stage="renewal",
        description=(
            "墨言为知行平台提供课程内容，知行负责平台运营与招生。第二年招生放缓、留存下降；"
            "2025 年 12 月战略对齐工作坊后，双方联合开发 AI 学习助手并打通学习与服务数据，"
            "实施半年后完课率提升 25%，续费率提升 18%。\n\n"
            "Moyan supplies courses to the Zhixing platform, which runs operations and enrolment. In year two "
            "enrolment slowed and retention fell. After a strategy-alignment workshop in December 2025 the partners "
            "co-developed an AI learning assistant and connected learning and teacher-service data; six months "
            "later course completion was up 25% and renewals up 18%."
        ),
        members=[
            Member("杨帆", "A", "jmc_member"),
            Member("蒋丽", "A", "jmc_member"),
            Member("钱文博", "B", "jmc_member"),
            Member("高敏", "B", "jmc_member"),
            Member("唐浩", "A", "jpt_lead"),
            Member("邓凯", "B", "jpt_lead"),
            Member("Sophie Qian", "B", "executive"),
            Member("Grace Lin", "A", "facilitator"),
        ],
        terms=_terms(
            revenue_split=(
                "课程收入按 60:40（知行:墨言）分成；AI 助手带来的增量收入 50:50，其中 10% 计入共赢奖励基金。\n"
                "Course revenue is split 60:40 (Zhixing:Moyan); incremental revenue from the AI assistant 50:50, "
                "with 10% going into the shared reward fund."
            ),
            ip_ownership=(
                "课程内容版权归墨言；平台与 AI 模型归知行；AI 助手的知识库与教学逻辑双方共有。\n"
                "Course copyright stays with Moyan, the platform and AI model with Zhixing; the assistant's "
                "knowledge base and teaching logic are co-owned."
            ),
            exit_terms=(
                "提前 6 个月通知；共有知识库按贡献比例拆分，退出后 12 个月内不得用于竞品。\n"
                "Six months' notice; the co-owned knowledge base is split by contribution and may not be used for "
                "a competing product for 12 months after exit."
            ),
            confidentiality=(
                "学员个人信息按《个人信息保护法》处理，仅以去标识化形式共享。\n"
                "Learners' personal information is handled under the PIPL and shared only in de-identified form."
            ),
            exclusivity=(
                "职业教育品类内，墨言内容独家上线知行平台。\n"
                "In vocational education, Moyan's content is exclusive to the Zhixing platform."
            ),
            data_sharing=(
                "知行开放学习行为数据（观看时长、答题正确率），墨言开放教师服务数据（答疑响应时间、批改质量），"
                "经安全数据交换通道每日同步。\n"
                "Zhixing shares learning-behaviour data (watch time, answer accuracy) and Moyan shares "
                "teacher-service data (response times, marking quality), synced daily through a secure exchange "
                "channel."
            ),
        ),
    ),
    roster={
        "A": (
            _Person("杨帆", "CEO"),
            _Person("蒋丽", "VP Product"),
            _Person("唐浩", "CTO", na=("revenue_growth",)),
            _Person("Grace Lin", "Head of Growth", "en"),
        ),
        "B": (
            _Person("钱文博", "Founder & CEO"),
            _Person("高敏", "Chief Content Officer"),
            _Person("邓凯", "Head of Teacher Services", na=("cost_savings",)),
            _Person("Sophie Qian", "Partnerships Director", "en"),
        ),
    },
    rounds=(
        _RoundPlan(
            "2025 H1",
            date(2025, 6, 2),
            date(2025, 6, 20),
            "stall",
            {"A": "SSSS", "B": "SSSS"},
            {
                "A": (3.2, 3.0, 3.2, 2.8, 2.8, 3.0, 2.8, 2.8, 3.2, 3.4),
                "B": (3.4, 3.0, 3.0, 2.8, 3.0, 3.0, 3.0, 2.8, 3.2, 3.4),
            },
        ),
        _RoundPlan(
            "2025 H2",
            date(2025, 11, 17),
            date(2025, 12, 5),
            "stall",
            {"A": "SSSS", "B": "SSSS"},
            {
                "A": (2.6, 2.4, 2.8, 2.2, 2.2, 2.6, 2.2, 2.2, 2.8, 3.0),
                "B": (2.8, 2.6, 2.6, 2.2, 2.4, 2.4, 2.4, 2.0, 2.6, 2.8),
            },
        ),
        _RoundPlan(
            "2026 H1",
            date(2026, 6, 1),
            date(2026, 6, 19),
            "recovery",
            {"A": "SSSS", "B": "SSSS"},
            {
                "A": (3.6, 3.2, 3.2, 3.0, 3.0, 3.2, 3.4, 3.4, 3.4, 3.6),
                "B": (3.6, 3.2, 3.0, 3.0, 3.2, 3.0, 3.6, 3.4, 3.4, 3.6),
            },
        ),
        _RoundPlan(
            "2026 H2",
            date(2026, 11, 16),
            date(2026, 12, 4),
            "recovery",
            {"A": "SSSP", "B": "SSSP"},
            {
                "A": (4.0, 3.6, 3.6, 3.4, 3.8, 3.6, 4.0, 4.0, 3.8, 4.0),
                "B": (4.0, 3.6, 3.4, 3.4, 3.8, 3.6, 4.0, 3.8, 3.8, 4.0),
            },
            closed=False,
        ),
    ),
    problems={
        "stall": {
            "goal_alignment": (
                (
                    "平台想扩品类，内容方想做精品课，目标不一致",
                    "The platform wants more categories, the content side premium courses: our goals differ",
                ),
            ),
            "market_response": (
                (
                    "AI 学习工具兴起后，我们还没有共同的应对方案",
                    "No joint answer yet to the rise of AI study tools",
                ),
            ),
            "delivery_cycle": (
                ("新课从签约到上线要四个月", "A new course takes four months from contract to launch"),
            ),
            "communication_cost": (
                (
                    "答疑和作业批改由内容方老师处理，流程割裂，用户投诉多",
                    "Q&A and homework marking sit with the content side's teachers; the hand-over is clumsy and users complain",
                ),
                (
                    "运营数据要发邮件申请，一周才能拿到",
                    "Operating data must be requested by email and takes a week to arrive",
                ),
            ),
            "revenue_growth": (
                ("招生增长放缓，续费率降到 41%", "Enrolment growth slowed and renewals fell to 41%"),
                ("课程收入连续两个季度持平", "Course revenue has been flat for two quarters"),
            ),
            "cost_savings": (
                ("投放成本上涨，获客成本比去年高 30%", "Acquisition cost is 30% higher than last year"),
            ),
            "new_offerings": (
                (
                    "课程与其他平台同质化，今年没有新产品",
                    "Our courses look like everyone else's, and there is no new product this year",
                ),
            ),
            "feedback_adoption": (
                (
                    "平台看不到学习行为数据，内容方看不到付费和反馈数据",
                    "The platform cannot see learning behaviour; the content side cannot see payments or feedback",
                ),
                (
                    "学员反映的难度问题半年没有调整",
                    "Learners' complaints about difficulty have not been acted on in six months",
                ),
            ),
            "decision_conflicts": (
                (
                    "定价和促销常由一方拍板，另一方事后才知道",
                    "Pricing and promotions are often decided by one side; the other learns afterwards",
                ),
            ),
            "trust": (
                (
                    "双方都担心数据开放后被对方单独利用",
                    "Each side fears the other would use shared data on its own",
                ),
            ),
        },
        "recovery": {
            "goal_alignment": (
                (
                    "完课率目标已对齐，续费目标的分解还在讨论",
                    "Completion targets are aligned; splitting the renewal target is still under discussion",
                ),
            ),
            "market_response": (
                (
                    "AI 助手适配新题型仍需两周一次迭代",
                    "Adapting the AI assistant to new question types still takes a two-week cycle",
                ),
            ),
            "delivery_cycle": (
                ("AI 学习助手二期功能延期一个月", "Phase two of the AI learning assistant slipped a month"),
                (
                    "教师服务已嵌入平台，但排课系统还没打通",
                    "Teacher services are in the platform now, but the scheduling systems are not yet connected",
                ),
            ),
            "communication_cost": (
                (
                    "联合项目组运转良好，但跨部门审批仍需三级签字",
                    "The joint project team works well, but cross-department approvals still need three signatures",
                ),
            ),
            "revenue_growth": (
                (
                    "完课率提升了 25%，但新用户增长还没跟上",
                    "Completion is up 25%, but new-user growth has not caught up yet",
                ),
            ),
            "cost_savings": (
                ("AI 助手的算力成本高于预算", "The AI assistant's compute cost is above budget"),
            ),
            "feedback_adoption": (
                (
                    "家长端的反馈入口还没接入数据通道",
                    "Parent feedback does not yet flow through the shared data channel",
                ),
            ),
            "decision_conflicts": (
                ("奖励基金的分配比例仍有不同意见", "Views still differ on how the reward fund is shared"),
            ),
            "trust": (
                (
                    "数据交换通道上线后信任明显改善，但仍需审计机制",
                    "Trust improved once the data exchange went live, but we still need an audit mechanism",
                ),
            ),
        },
    },
    comments={
        "stall": (
            (
                "合作第二年增长停滞，需要重新定义共同愿景。",
                "Growth stalled in year two; we need to redefine our shared vision.",
            ),
            (
                "建议尽快召开战略对齐工作坊，把数据打通放在第一位。",
                "Let's hold a strategy-alignment workshop soon and make data sharing priority one.",
            ),
            (
                "学习体验割裂是目前最大的问题。",
                "The fragmented learning experience is the biggest problem today.",
            ),
        ),
        "recovery": (
            (
                "工作坊之后方向清楚了，AI 学习助手是关键转折。",
                "After the workshop the direction is clear; the AI learning assistant was the turning point.",
            ),
            (
                "完课率提升 25%，续费率提升 18%，希望保持节奏。",
                "Completion up 25% and renewals up 18%; let's keep the pace.",
            ),
            (
                "联合 KPI 和奖励基金让两个团队真正站在了一起。",
                "Joint KPIs and the reward fund have really brought the two teams together.",
            ),
        ),
    },
)

# --------------------------------------------------------------------------------------------------- 4. Aurora x EasyRide

_P4 = _PartnershipPlan(
    data=PartnershipInput(
        name="极光汽车售后 × 畅行代步车服务",
        code="JG-CX",
        partner_a_name="极光汽车销售服务有限公司",
        partner_a_name_alt="Aurora Motors Sales & Service Co., Ltd.",
        partner_a_label="极光售后",
        partner_b_name="畅行出行科技有限公司",
        partner_b_name_alt="EasyRide Mobility Technology Co., Ltd.",
        partner_b_label="畅行代步",
        type="capability_complement",
        start_date=date(2024, 11, 1),
        stage="growth",
        description=(
            "极光售后没有代步车能力，与畅行合作补齐：维修超过 4 小时自动触发代步车需求，畅行 30 分钟内送车上门，"
            "客户在 App 内一键下单。\n\n"
            "Aurora's after-sales arm had no courtesy cars, so it partnered with EasyRide: a repair longer than "
            "4 hours triggers a courtesy-car order, EasyRide delivers a car within 30 minutes, and customers book "
            "in the app with one tap."
        ),
        members=[
            Member("李振宇", "A", "jmc_member"),
            Member("苏晨", "B", "jmc_member"),
            Member("赵倩", "A", "jpt_lead"),
            Member("彭亮", "B", "jpt_lead"),
            Member("方磊", "A", "executive"),
            Member("钟华", "A", "facilitator"),
        ],
        terms=_terms(
            revenue_split=(
                "极光按 100 元/天的成本价采购，向客户收取 120 元/天；订阅会员免费使用，成本由极光承担。\n"
                "Aurora buys at CNY 100 a day and charges customers CNY 120 a day; subscription members ride free at "
                "Aurora's cost."
            ),
            ip_ownership=(
                "各自系统归各自所有；API 对接规范双方共有。\n"
                "Each side owns its systems; the API integration specification is co-owned."
            ),
            exit_terms=(
                "提前 3 个月通知；连续三个季度 SLA 达标率低于 90% 时，极光可单方解约。\n"
                "Three months' notice; Aurora may terminate if SLA compliance stays below 90% for three quarters "
                "in a row."
            ),
            confidentiality=(
                "客户车辆与行程信息仅用于代步车履约。\nCustomer vehicle and trip data are used only to fulfil "
                "courtesy-car orders."
            ),
            exclusivity=(
                "在合作城市，畅行不为其他新能源品牌提供同类售后代步服务。\n"
                "In partnership cities EasyRide offers no comparable after-sales courtesy cars to other EV brands."
            ),
            data_sharing=(
                "共享工单、派车与结算数据；SLA 为 30 分钟送达，响应时间按月报告。\n"
                "Work-order, dispatch and settlement data are shared; the SLA is delivery within 30 minutes, with "
                "response times reported monthly."
            ),
        ),
    ),
    roster={
        "A": (
            _Person("李振宇", "VP After-sales"),
            _Person("赵倩", "Service Network Director"),
            _Person("方磊", "Customer Experience Manager"),
            _Person("钟华", "Finance Business Partner", na=("new_offerings", "delivery_cycle")),
        ),
        "B": (
            _Person("苏晨", "CEO"),
            _Person("彭亮", "Operations Director"),
            _Person("Mia Chen", "Key Account Manager", "en"),
        ),
    },
    rounds=(
        _RoundPlan(
            "2025 H1",
            date(2025, 5, 26),
            date(2025, 6, 13),
            "all",
            {"A": "SSSS", "B": "SSS"},
            {
                "A": (3.6, 3.4, 2.8, 3.0, 3.4, 3.4, 3.0, 3.2, 3.4, 3.6),
                "B": (3.8, 3.4, 3.2, 3.0, 3.2, 3.4, 3.0, 3.2, 3.4, 3.6),
            },
        ),
        _RoundPlan(
            "2025 H2",
            date(2025, 11, 3),
            date(2025, 11, 21),
            "all",
            {"A": "SSSS", "B": "SSS"},
            {
                "A": (3.6, 3.4, 3.2, 3.2, 3.6, 3.6, 3.0, 3.4, 3.6, 3.6),
                "B": (3.8, 3.4, 3.4, 3.2, 3.4, 3.6, 3.0, 3.4, 3.4, 3.8),
            },
        ),
        _RoundPlan(
            "2026 H1",
            date(2026, 5, 25),
            date(2026, 6, 12),
            "all",
            {"A": "SSSS", "B": "SSS"},
            {
                "A": (3.8, 3.6, 3.4, 3.4, 3.6, 3.6, 3.2, 3.6, 3.6, 3.8),
                "B": (3.8, 3.4, 3.4, 3.2, 3.2, 3.4, 3.2, 3.4, 3.4, 3.6),
            },
        ),
        _RoundPlan(
            "2026 H2",
            date(2026, 11, 2),
            date(2026, 11, 20),
            "all",
            {"A": "SSSS", "B": "SSS"},
            {
                "A": (3.8, 3.6, 3.6, 3.4, 3.8, 3.6, 3.4, 3.6, 3.6, 3.8),
                "B": (3.6, 3.4, 3.2, 3.2, 3.0, 3.2, 3.2, 3.4, 3.2, 3.4),
            },
        ),
    ),
    problems={
        "all": {
            "goal_alignment": (
                (
                    "代步车服务是否扩展到保险理赔客户尚未决定",
                    "Not yet decided whether courtesy cars extend to insurance-claim customers",
                ),
            ),
            "market_response": (
                ("新车型上市后，代步车车型更新滞后", "Courtesy-car models lag behind our new model launches"),
            ),
            "delivery_cycle": (
                (
                    "偏远门店的代步车响应超过 1 小时",
                    "Remote outlets wait more than an hour for a courtesy car",
                ),
                ("节假日高峰代步车经常不够", "Courtesy cars often run short at holiday peaks"),
            ),
            "communication_cost": (
                (
                    "派车异常仍需门店打电话给区域调度",
                    "Dispatch exceptions still need a phone call from the outlet to regional dispatch",
                ),
                (
                    "双方系统工单编号不一致，对账费时",
                    "Work-order numbers differ between the two systems, so reconciliation is slow",
                ),
            ),
            "revenue_growth": (
                ("按成本价供车后我方毛利偏薄", "Supplying cars at cost leaves us a thin margin"),
                (
                    "会员免费用车占比上升，收入增长放缓",
                    "More members ride free, so revenue growth is slowing",
                ),
            ),
            "cost_savings": (
                ("车辆调拨空驶率仍在 18% 左右", "Empty repositioning runs are still around 18%"),
            ),
            "new_offerings": (
                (
                    "上门取送车服务还停留在方案阶段",
                    "Pick-up and drop-off at the customer's door is still only a proposal",
                ),
                ("今年只新增了一个服务套餐", "Only one new service package this year"),
            ),
            "feedback_adoption": (
                ("客户希望代步车可选新能源车型，暂未落实", "Customers want EV courtesy cars; not done yet"),
            ),
            "decision_conflicts": (
                ("车辆损伤责任认定偶有争议", "Responsibility for vehicle damage is sometimes disputed"),
            ),
            "trust": (
                (
                    "结算周期从 30 天拉长到 45 天，伙伴有意见",
                    "Settlement stretched from 30 to 45 days and the partner is unhappy",
                ),
            ),
        },
    },
    comments={
        "all": (
            (
                "代步车服务让客户满意度明显提升，合作稳定。",
                "Courtesy cars lifted customer satisfaction noticeably; the partnership is stable.",
            ),
            ("明年重点是节假日运力和新能源车型。", "Next year's focus: holiday capacity and EV models."),
            ("结算和对账流程需要简化。", "Settlement and reconciliation need simplifying."),
        ),
    },
)

DEMO_PLANS: tuple[_PartnershipPlan, ...] = (_P1, _P2, _P3, _P4)


# --------------------------------------------------------------------------------------------------- follow-up
#
# What came out of each partnership's workshops: layered goals, actions, joint KPIs with quarterly values and JMC
# decisions. Items name the round whose workshop set them (by label); "today" in the stories is late November 2026.
#
# 1. CloudSoft x Huayue: goals re-set after 2025 H1 and 2026 H1, but the 2026 H1 actions slipped: two are overdue,
#    joint revenue against plan is below its alert threshold, and two decisions wait for the JMC.
# 2. YouGo x Xunda: goals on track, KPIs at target, decisions taken.
# 3. Zhixing x Moyan: the December 2025 workshop (after the 2025 H2 round) set the goals that turned it round: a
#    shared data agreement and the joint AI learning assistant; completion climbed back above its alert line.
# 4. Aurora x EasyRide: steady; one JPT decision requested for holiday capacity.


@dataclass(frozen=True)
class _GoalPlan:
    key: str
    level: str
    title: str
    owner_a: str = ""
    owner_b: str = ""
    due: str | None = None
    status: str = "planned"
    dimensions: tuple[str, ...] = ()
    indicator: str = ""
    target: str = ""
    parent: str | None = None
    round: str | None = None


@dataclass(frozen=True)
class _ActionPlan:
    title: str
    owner: str = ""
    side: str = ""
    due: str | None = None
    status: str = "planned"
    notes: str = ""
    dimension: str = ""
    indicator: str = ""
    goal: str | None = None
    round: str | None = None


@dataclass(frozen=True)
class _KpiPlan:
    name: str
    unit: str
    alert: float
    direction: str
    target: float | None
    dimension: str
    values: tuple[tuple[str, str, float], ...]  # (period, period end, value)


@dataclass(frozen=True)
class _DecisionPlan:
    text: str
    decided_by: str = "jmc"
    status: str = "requested"
    decided_on: str | None = None
    follow_up: str = ""
    round: str | None = None


@dataclass(frozen=True)
class _FollowUpPlan:
    goals: tuple[_GoalPlan, ...] = ()
    actions: tuple[_ActionPlan, ...] = ()
    kpis: tuple[_KpiPlan, ...] = ()
    decisions: tuple[_DecisionPlan, ...] = ()


_FOLLOWUP: dict[str, _FollowUpPlan] = {
    "CQ-HY": _FollowUpPlan(
        goals=(
            _GoalPlan(
                "top",
                "top",
                "成为汽车零部件与 3C 电子行业数字化工厂方案的首选联合供应商",
                "陈思远",
                "郑国华",
                "2027-12-31",
                "in_progress",
                ("strategy", "finance"),
                target="两个细分行业联合方案签约客户 ≥ 30 家；联合收入占双方该行业收入 25%",
                round="2025 H1",
            ),
            _GoalPlan(
                "templates",
                "mid",
                "共同开发 3 套行业方案模板（冲压、注塑、SMT）",
                "Daniel Wu",
                "Emily Zhao",
                "2026-12-31",
                "in_progress",
                ("innovation",),
                target="3 套模板通过双方评审并各有 1 个标杆客户",
                parent="top",
                round="2025 H1",
            ),
            _GoalPlan(
                "pilot",
                "short",
                "第三季度在一家 3C 工厂完成首个联合试点",
                "周敏",
                "Emily Zhao",
                "2026-09-30",
                "in_progress",
                ("operations",),
                indicator="delivery_cycle",
                target="试点产线 OEE 提升 8 个百分点，交付周期 ≤ 90 天",
                parent="templates",
                round="2026 H1",
            ),
            _GoalPlan(
                "trust",
                "short",
                "Rebuild trust between the two sales teams",
                "林雪",
                "孙卫东",
                "2026-10-31",
                "planned",
                ("relationship",),
                indicator="trust",
                target="Trust back to 3.0 on both sides at the 2026 H2 round",
                parent="top",
                round="2026 H1",
            ),
        ),
        actions=(
            _ActionPlan(
                "联合拜访前 20 家重点客户",
                "林雪",
                "AB",
                "2025-09-30",
                "done",
                dimension="finance",
                goal="top",
                round="2025 H1",
            ),
            _ActionPlan(
                "任命联合方案负责人并组建 JPT",
                "陈思远",
                "A",
                "2025-07-31",
                "done",
                dimension="operations",
                goal="top",
                round="2025 H1",
            ),
            _ActionPlan(
                "签署联合方案数据共享补充协议",
                "周敏",
                "AB",
                "2026-07-31",
                "in_progress",
                "法务对数据出境条款仍有分歧，已两次延期。",
                dimension="strategy",
                goal="templates",
                round="2026 H1",
            ),
            _ActionPlan(
                "Agree one price list for hardware + software bundles",
                "Emily Zhao",
                "B",
                "2026-08-31",
                "planned",
                "Waiting for the JMC budget decision.",
                dimension="finance",
                indicator="revenue_growth",
                goal="top",
                round="2026 H1",
            ),
            _ActionPlan(
                "每月召开一次双方销售团队联合复盘会",
                "孙卫东",
                "B",
                "2026-12-31",
                "in_progress",
                dimension="relationship",
                indicator="decision_conflicts",
                goal="trust",
                round="2026 H1",
            ),
            _ActionPlan(
                "试点工厂现场交付计划（含设备到货与软件部署）",
                "Daniel Wu",
                "A",
                "2026-06-30",
                "done",
                dimension="operations",
                goal="pilot",
                round="2026 H1",
            ),
        ),
        kpis=(
            _KpiPlan(
                "联合收入达成率 Joint revenue vs plan",
                "%",
                60.0,
                "below",
                100.0,
                "finance",
                (
                    ("2025 Q4", "2025-12-31", 78.0),
                    ("2026 Q1", "2026-03-31", 64.0),
                    ("2026 Q2", "2026-06-30", 57.0),
                    ("2026 Q3", "2026-09-30", 52.0),
                ),
            ),
            _KpiPlan(
                "联合方案交付周期 Solution delivery time",
                "days",
                120.0,
                "above",
                90.0,
                "operations",
                (
                    ("2025 Q4", "2025-12-31", 118.0),
                    ("2026 Q1", "2026-03-31", 112.0),
                    ("2026 Q2", "2026-06-30", 109.0),
                    ("2026 Q3", "2026-09-30", 104.0),
                ),
            ),
        ),
        decisions=(
            _DecisionPlan(
                "任命华岳 Emily Zhao 为联合方案 JPT 负责人",
                "jpt",
                "taken",
                "2025-06-20",
                "已到岗，每两周向 JMC 书面汇报。",
                round="2025 H1",
            ),
            _DecisionPlan(
                "追加 300 万元联合方案团队预算（超出 JPT 审批权限）",
                "jmc",
                "requested",
                follow_up="需在 2026 年 12 月 JMC 会议上决定，否则第二套模板将推迟。",
                round="2026 H1",
            ),
            _DecisionPlan(
                "Extend exclusivity to new-energy vehicle parts, or keep it to the two current segments",
                "jmc",
                "requested",
                round="2026 H1",
            ),
        ),
    ),
    "YG-XD": _FollowUpPlan(
        goals=(
            _GoalPlan(
                "top",
                "top",
                "前 20 城 80% 订单 2 小时送达",
                "黄志强",
                "何建军",
                "2027-12-31",
                "in_progress",
                ("operations", "finance"),
                target="2 小时送达占比 ≥ 80%，单均履约成本下降 15%",
                round="2025 H1",
            ),
            _GoalPlan(
                "warehouses",
                "mid",
                "新开 40 个前置仓",
                "Kevin Liang",
                "罗芳",
                "2026-12-31",
                "in_progress",
                ("operations",),
                target="40 个前置仓上线，缺货率 ≤ 1.5%",
                parent="top",
                round="2025 H2",
            ),
            _GoalPlan(
                "forecast",
                "short",
                "联合销量预测模型上线",
                "马俊",
                "罗芳",
                "2026-06-30",
                "done",
                ("innovation",),
                parent="warehouses",
                round="2025 H2",
            ),
        ),
        actions=(
            _ActionPlan(
                "共享前置仓实时库存数据接口",
                "Kevin Liang",
                "AB",
                "2026-03-31",
                "done",
                dimension="operations",
                goal="forecast",
                round="2025 H2",
            ),
            _ActionPlan(
                "大促前联合压测与运力预案",
                "罗芳",
                "B",
                "2026-10-31",
                "done",
                dimension="operations",
                goal="warehouses",
                round="2026 H1",
            ),
            _ActionPlan(
                "第二批 12 个前置仓选址",
                "马俊",
                "A",
                "2026-12-15",
                "in_progress",
                dimension="finance",
                goal="warehouses",
                round="2026 H1",
            ),
        ),
        kpis=(
            _KpiPlan(
                "2 小时送达占比 2-hour delivery share",
                "%",
                70.0,
                "below",
                80.0,
                "operations",
                (
                    ("2026 Q1", "2026-03-31", 72.0),
                    ("2026 Q2", "2026-06-30", 76.0),
                    ("2026 Q3", "2026-09-30", 81.0),
                ),
            ),
            _KpiPlan(
                "前置仓缺货率 Stock-out rate",
                "%",
                3.0,
                "above",
                1.5,
                "operations",
                (
                    ("2026 Q1", "2026-03-31", 2.6),
                    ("2026 Q2", "2026-06-30", 1.9),
                    ("2026 Q3", "2026-09-30", 1.4),
                ),
            ),
        ),
        decisions=(
            _DecisionPlan(
                "批准第二批 12 个前置仓投资",
                "jmc",
                "taken",
                "2026-06-18",
                "选址由 JPT 在 12 月前完成。",
                round="2026 H1",
            ),
        ),
    ),
    "ZX-MY": _FollowUpPlan(
        goals=(
            _GoalPlan(
                "top",
                "top",
                "成为 K12 阅读领域领先的 AI 辅助学习服务",
                "杨帆",
                "钱文博",
                "2027-12-31",
                "in_progress",
                ("strategy", "innovation"),
                target="付费学员 50 万；课程完课率较 2025 年提升 25%",
                round="2025 H2",
            ),
            _GoalPlan(
                "assistant",
                "mid",
                "联合推出 AI 学习助手",
                "唐浩",
                "Sophie Qian",
                "2026-04-30",
                "done",
                ("innovation",),
                indicator="new_offerings",
                target="助手覆盖全部精品阅读课",
                parent="top",
                round="2025 H2",
            ),
            _GoalPlan(
                "data",
                "short",
                "签署学习数据共享协议并打通数据",
                "蒋丽",
                "邓凯",
                "2026-02-28",
                "done",
                ("strategy", "operations"),
                target="双方共享学习行为数据，周更新",
                parent="assistant",
                round="2025 H2",
            ),
            _GoalPlan(
                "maths",
                "short",
                "Extend the assistant to maths courses",
                "唐浩",
                "Sophie Qian",
                "2027-03-31",
                "in_progress",
                ("innovation",),
                parent="top",
                round="2026 H1",
            ),
        ),
        actions=(
            _ActionPlan(
                "签署学习数据共享协议",
                "蒋丽",
                "AB",
                "2026-01-31",
                "done",
                dimension="strategy",
                indicator="goal_alignment",
                goal="data",
                round="2025 H2",
            ),
            _ActionPlan(
                "组建 AI 助手联合产品团队（双方各 6 人）",
                "唐浩",
                "AB",
                "2026-01-15",
                "done",
                dimension="innovation",
                goal="assistant",
                round="2025 H2",
            ),
            _ActionPlan(
                "每月联合路线图评审，替代邮件往来",
                "高敏",
                "B",
                "2026-02-28",
                "done",
                dimension="relationship",
                goal="top",
                round="2025 H2",
            ),
            _ActionPlan(
                "Survey 2,000 learners on the assistant",
                "Sophie Qian",
                "B",
                "2026-09-30",
                "done",
                dimension="innovation",
                indicator="feedback_adoption",
                goal="maths",
                round="2026 H1",
            ),
            _ActionPlan(
                "数学课程内容授权谈判",
                "钱文博",
                "B",
                "2026-12-31",
                "in_progress",
                dimension="finance",
                goal="maths",
                round="2026 H1",
            ),
        ),
        kpis=(
            _KpiPlan(
                "课程完课率 Course completion",
                "%",
                40.0,
                "below",
                50.0,
                "innovation",
                (
                    ("2025 Q3", "2025-09-30", 38.0),
                    ("2025 Q4", "2025-12-31", 36.0),
                    ("2026 Q1", "2026-03-31", 41.0),
                    ("2026 Q2", "2026-06-30", 45.0),
                    ("2026 Q3", "2026-09-30", 47.5),
                ),
            ),
        ),
        decisions=(
            _DecisionPlan(
                "批准学习数据共享协议（含隐私保护条款）",
                "jmc",
                "taken",
                "2025-12-12",
                "JPT 负责在 2026 年 1 月底前完成签署。",
                round="2025 H2",
            ),
            _DecisionPlan(
                "设立联合奖励基金：完课率提升 25% 时按 50:50 发放",
                "jmc",
                "taken",
                "2025-12-12",
                round="2025 H2",
            ),
        ),
    ),
    "JG-CX": _FollowUpPlan(
        goals=(
            _GoalPlan(
                "top",
                "top",
                "代步车服务覆盖全部 4S 店",
                "李振宇",
                "苏晨",
                "2027-06-30",
                "in_progress",
                ("operations",),
                target="覆盖 120 家 4S 店，客户满意度 ≥ 95%",
                round="2025 H2",
            ),
        ),
        actions=(
            _ActionPlan(
                "节假日代步车运力预案",
                "彭亮",
                "B",
                "2026-12-20",
                "in_progress",
                dimension="operations",
                goal="top",
                round="2026 H1",
            ),
            _ActionPlan(
                "简化月度结算对账流程",
                "赵倩",
                "A",
                "2026-10-31",
                "done",
                dimension="finance",
                indicator="cost_savings",
                goal="top",
                round="2026 H1",
            ),
        ),
        kpis=(
            _KpiPlan(
                "代步车平均等待时间 Courtesy-car wait",
                "min",
                30.0,
                "above",
                15.0,
                "operations",
                (
                    ("2026 Q1", "2026-03-31", 22.0),
                    ("2026 Q2", "2026-06-30", 18.0),
                    ("2026 Q3", "2026-09-30", 16.0),
                ),
            ),
        ),
        decisions=(_DecisionPlan("批准春节期间新增 60 辆代步车", "jpt", "requested", round="2026 H2"),),
    ),
}


def _build_followup(db: Database, partnership_id: int, code: str) -> None:
    """Goals, actions, KPIs with values and decisions of one demo partnership, through the follow-up services."""
    plan = _FOLLOWUP.get(code)
    if plan is None:
        return
    round_ids = {r.label: r.id for r in partnerships.get_partnership(db, partnership_id).rounds}
    goals: dict[str, int] = {}
    for g in plan.goals:
        info = followup.create_goal(
            db,
            partnership_id,
            followup.GoalInput(
                level=g.level,
                title=g.title,
                owner_a=g.owner_a,
                owner_b=g.owner_b,
                due_date=g.due,
                status=g.status,
                dimensions=g.dimensions,
                indicator_id=g.indicator,
                target=g.target,
                parent_id=goals[g.parent] if g.parent else None,
                round_id=round_ids.get(g.round) if g.round else None,
            ),
        )
        goals[g.key] = info.id
    for a in plan.actions:
        followup.create_action(
            db,
            partnership_id,
            followup.ActionInput(
                title=a.title,
                owner=a.owner,
                owner_side=a.side,
                due_date=a.due,
                status=a.status,
                notes=a.notes,
                dimension_id=a.dimension,
                indicator_id=a.indicator,
                goal_id=goals[a.goal] if a.goal else None,
                round_id=round_ids.get(a.round) if a.round else None,
            ),
        )
    for k in plan.kpis:
        kpi = followup.create_kpi(
            db,
            partnership_id,
            followup.KpiInput(
                name=k.name,
                alert_threshold=k.alert,
                direction=k.direction,
                unit=k.unit,
                target=k.target,
                dimension_id=k.dimension,
            ),
        )
        for period, end, value in k.values:
            followup.record_kpi_value(db, kpi.id, period, end, value)
    for d in plan.decisions:
        followup.create_decision(
            db,
            partnership_id,
            followup.DecisionInput(
                text=d.text,
                decided_by=d.decided_by,
                status=d.status,
                decided_on=d.decided_on,
                follow_up=d.follow_up,
                round_id=round_ids.get(d.round) if d.round else None,
            ),
        )


# --------------------------------------------------------------------------------------------------- marking


def _read_ids(session: Session) -> list[int]:
    row = session.get(AppSetting, DEMO_SETTING_KEY)
    if row is None or not row.value:
        return []
    try:
        raw = json.loads(row.value)
    except ValueError:
        log.warning("the %s setting is not valid JSON; ignoring it", DEMO_SETTING_KEY)
        return []
    if not isinstance(raw, list):
        return []
    return [v for v in raw if isinstance(v, int) and not isinstance(v, bool)]


def _existing(session: Session, ids: list[int]) -> list[int]:
    if not ids:
        return []
    found = set(session.scalars(select(Partnership.id).where(Partnership.id.in_(ids))).all())
    return [i for i in ids if i in found]


def _mark(db: Database, ids: list[int]) -> None:
    """Record ``ids`` as demo partnerships, keeping earlier demo ids that still exist."""
    with db.transaction() as session:
        kept = _existing(session, _read_ids(session))
        merged = kept + [i for i in ids if i not in kept]
        row = session.get(AppSetting, DEMO_SETTING_KEY)
        if row is None:
            row = AppSetting(key=DEMO_SETTING_KEY)
            session.add(row)
        row.value = json.dumps(merged)


def demo_partnership_ids(db: Database) -> list[int]:
    """Ids of the demo partnerships still in the database (for a "demo" badge or a "remove demo data" action)."""
    with db.reading() as session:
        return _existing(session, _read_ids(session))


def has_demo_data(db: Database) -> bool:
    return bool(demo_partnership_ids(db))


def _delete_partnerships(session: Session, ids: list[int]) -> None:
    """Delete partnerships with everything under them, children first (rounds RESTRICT their partnership):
    follow-up (KPI values, KPIs, decisions, actions, goals), then answers, responses, respondents, rounds."""
    round_ids = select(Round.id).where(Round.partnership_id.in_(ids))
    respondent_ids = select(Respondent.id).where(Respondent.round_id.in_(round_ids))
    response_ids = select(Response.id).where(Response.respondent_id.in_(respondent_ids))
    plain = {"synchronize_session": False}
    kpi_ids = select(Kpi.id).where(Kpi.partnership_id.in_(ids))
    session.execute(delete(KpiValue).where(KpiValue.kpi_id.in_(kpi_ids)), execution_options=plain)
    session.execute(delete(Kpi).where(Kpi.partnership_id.in_(ids)), execution_options=plain)
    session.execute(delete(Decision).where(Decision.partnership_id.in_(ids)), execution_options=plain)
    session.execute(delete(Action).where(Action.partnership_id.in_(ids)), execution_options=plain)
    session.execute(delete(Goal).where(Goal.partnership_id.in_(ids)), execution_options=plain)
    session.execute(delete(Answer).where(Answer.response_id.in_(response_ids)), execution_options=plain)
    session.execute(delete(Response).where(Response.id.in_(response_ids)), execution_options=plain)
    session.execute(delete(Respondent).where(Respondent.id.in_(respondent_ids)), execution_options=plain)
    session.execute(delete(Round).where(Round.id.in_(round_ids)), execution_options=plain)
    session.execute(
        delete(GovernanceMember).where(GovernanceMember.partnership_id.in_(ids)), execution_options=plain
    )
    session.execute(
        delete(AgreementTerm).where(AgreementTerm.partnership_id.in_(ids)), execution_options=plain
    )
    session.execute(delete(Partnership).where(Partnership.id.in_(ids)), execution_options=plain)


def remove_demo_data(db: Database) -> int:
    """Remove the demo partnerships (rounds, respondents, responses, answers, goals, actions, KPIs with their values,
    decisions) in one transaction.

    Partnerships the user created are kept. Returns how many partnerships were removed.
    """
    with db.transaction() as session:
        ids = _existing(session, _read_ids(session))
        if ids:
            _delete_partnerships(session, ids)
        row = session.get(AppSetting, DEMO_SETTING_KEY)
        if row is not None:
            session.delete(row)
    log.info("removed %d demo partnerships", len(ids))
    return len(ids)


# --------------------------------------------------------------------------------------------------- building


def _allocate(rng: random.Random, target: float, n: int) -> list[int]:
    """``n`` scores 1-5 whose mean is ``target`` rounded to the nearest 1/n, with a little random spread."""
    total = min(5 * n, max(n, int(target * n + 0.5)))
    base, extra = divmod(total, n)
    scores = [base + 1] * extra + [base] * (n - extra)
    for _ in range(rng.choice((0, 1, 1, 2))):
        up = [i for i, s in enumerate(scores) if s < 5]
        down = [i for i, s in enumerate(scores) if s > 1]
        if not up or not down:
            break
        i = rng.choice(up)
        choices = [j for j in down if j != i]
        if not choices:
            break
        j = rng.choice(choices)
        scores[i] += 1
        scores[j] -= 1
    rng.shuffle(scores)
    return scores


def _text(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "zh" else pair[1]


class _Pool:
    """Problem descriptions of one round: each text used at most once per round."""

    def __init__(self, rng: random.Random, texts: dict[str, Texts]):
        self.rng = rng
        self.left = {ind: list(pairs) for ind, pairs in texts.items()}

    def draw(self, indicator: str, score: int) -> tuple[str, str] | None:
        chance = _PROBLEM_CHANCE.get(score, 0.0)
        left = self.left.get(indicator)
        if not left or self.rng.random() >= chance:
            return None
        return left.pop(self.rng.randrange(len(left)))


@dataclass
class _Answer:
    score: int | str  # 1..5 or "na"
    problem: str | None


def _plan_side(
    rng: random.Random,
    plan: _RoundPlan,
    side: str,
    people: list[_Person],
    states: list[str],
    pool: _Pool,
    threshold: int,
) -> list[dict[str, _Answer]]:
    """The answers of one side's respondents (one dict per person, empty for one who has not started)."""
    submitted = [k for k, s in enumerate(states) if s == _SUBMITTED]
    answers: list[dict[str, _Answer]] = [{} for _ in people]
    for pos, ind in enumerate(INDICATORS):
        target = plan.targets[side][pos]
        scorers = list(submitted)
        for k in submitted:
            # "Not applicable" only where enough scores remain for the side's value to be shown.
            if ind in people[k].na and len(scorers) > threshold and rng.random() < _NA_CHANCE:
                scorers.remove(k)
                answers[k][ind] = _Answer(responses.NOT_APPLICABLE, None)
        for k, score in zip(scorers, _allocate(rng, target, len(scorers)), strict=True):
            pair = pool.draw(ind, score)
            answers[k][ind] = _Answer(score, _text(pair, people[k].lang) if pair else None)
    # Respondents still answering: the first few indicators, around the side's planned values.
    for k, state in enumerate(states):
        if state != _IN_PROGRESS:
            continue
        for pos, ind in enumerate(INDICATORS[: rng.randint(3, 7)]):
            score = max(1, min(5, int(plan.targets[side][pos] + 0.5) + rng.choice((-1, 0, 0, 1))))
            pair = pool.draw(ind, score)
            answers[k][ind] = _Answer(score, _text(pair, people[k].lang) if pair else None)
    return answers


def _build_round(
    db: Database, rng: random.Random, partnership_id: int, spec: _PartnershipPlan, plan: _RoundPlan
) -> None:
    # A showcase: an open round's results are shared (marked preliminary), so a newcomer's first
    # ``healthdesk report`` shows a preliminary review rather than a refusal.
    info = rounds.create_round(
        db,
        partnership_id,
        plan.label,
        plan.start,
        plan.end,
        framework_key=DEFAULT_FRAMEWORK_KEY,
        share_when_closed=plan.closed,
    )
    pool = _Pool(rng, spec.problems.get(plan.phase, {}))
    comments = list(spec.comments.get(plan.phase, ()))
    for side in ("A", "B"):
        roster = spec.roster[side]
        states = plan.states[side]
        if len(states) != len(roster):
            raise ValueError(f"{spec.data.code} {plan.label} side {side}: states do not match the roster")
        taking_part = [(p, s) for p, s in zip(roster, states, strict=True) if s != _ABSENT]
        people = [p for p, _ in taking_part]
        side_states = [s for _, s in taking_part]
        answers = _plan_side(rng, plan, side, people, side_states, pool, info.threshold)
        for person, state, given in zip(people, side_states, answers, strict=True):
            respondent = rounds.add_respondent(db, info.id, person.name, side, person.role)
            for ind in INDICATORS:
                if ind in given:
                    responses.record_answer(db, respondent.id, ind, given[ind].score, given[ind].problem)
            if state == _SUBMITTED:
                if comments and rng.random() < _COMMENT_CHANCE:
                    pair = comments.pop(rng.randrange(len(comments)))
                    responses.record_comment(db, respondent.id, _text(pair, person.lang))
                responses.submit_response(db, respondent.id)
    if plan.closed:
        rounds.set_round_status(db, info.id, "closed")


@contextlib.contextmanager
def _quick_commits(db: Database) -> Iterator[None]:
    """Commit without waiting for the disk while the demo is written (hundreds of small transactions).

    WAL with synchronous=NORMAL cannot corrupt the file; at worst a power cut loses the newest demo rows. The
    synchronous=FULL of the app comes back before the last transaction, whose commit syncs the whole log.
    """
    if db.read_only:
        yield
        return

    def pragma(value: str) -> None:
        with db.exclusive():  # built on the background queue: never between a GUI read's statements
            raw = db.engine.raw_connection()
            try:
                raw.driver_connection.execute(f"PRAGMA synchronous = {value}")
            finally:
                raw.close()

    pragma("NORMAL")
    try:
        yield
    finally:
        pragma("FULL")


def build_demo(
    db: Database, seed: int = DEMO_SEED, progress: Callable[[int, int], None] | None = None
) -> list[int]:
    """Write the demo partnerships into an open database; returns their ids (in story order).

    Refuses (ValidationError) when a partnership with a demo name or code already exists, e.g. when the demo was
    built before; nothing is written then. If building fails half-way, what was written is removed again.
    ``progress(done, total)`` counts rounds and action plans written.
    """
    existing = partnerships.list_partnerships(db)
    names = {p.name.casefold() for p in existing}
    codes = {p.code.lower() for p in existing}
    for spec in DEMO_PLANS:
        if spec.data.name.casefold() in names:
            raise ValidationError("duplicate_partnership", name=spec.data.name)
        if spec.data.code.lower() in codes:
            raise ValidationError("duplicate_code", code=spec.data.code)
    get_framework(DEFAULT_FRAMEWORK_KEY)

    created: list[int] = []
    steps, done = sum(len(spec.rounds) + 1 for spec in DEMO_PLANS), 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, steps)

    if progress is not None:
        progress(0, steps)
    try:
        with _quick_commits(db):
            for spec in DEMO_PLANS:
                rng = random.Random(f"{seed}:{spec.data.code}")
                info = partnerships.create_partnership(db, spec.data)
                created.append(info.id)
                _mark(db, created)  # marked at once, so even a half-built demo can be removed
                for plan in spec.rounds:
                    _build_round(db, rng, info.id, spec, plan)
                    step()
                _build_followup(db, info.id, spec.data.code)
                step()
        _mark(db, created)  # with synchronous=FULL again: this commit makes the whole demo durable
    except BaseException:
        if created:
            try:
                with db.transaction() as session:
                    _delete_partnerships(session, created)
                    ids = [i for i in _read_ids(session) if i not in created]
                    row = session.get(AppSetting, DEMO_SETTING_KEY)
                    if row is not None:
                        row.value = json.dumps(ids)
            except Exception:  # the original failure matters more; the marked ids still allow removal
                log.exception("could not remove the half-built demo")
        raise
    log.info("demo written: partnerships %s", created)
    return created
