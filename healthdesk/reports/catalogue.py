"""The report's own bilingual catalogue (English / Simplified Chinese) for charts and the printed review.

``t(key, lang, **params)`` gives the text in ``"en"``, ``"zh"`` or ``"bilingual"`` (English, then Chinese, label by
label). Framework texts (dimension and indicator names, diagnosis) come from the framework file via
:func:`text_of`. Symbols (lights, arrows) live in :mod:`.style`.
"""

from __future__ import annotations

import string
from typing import Any

from ..framework import Text
from . import style

LANGS = ("en", "zh", "bilingual")
BILINGUAL_SEP = " / "

TEXTS: dict[str, tuple[str, str]] = {
    # ---- common words
    "joint": ("Joint", "综合"),
    "side": ("Side", "合作方"),
    "round": ("Round", "轮次"),
    "index": ("Health index", "健康指数"),
    "index_short": ("Index", "指数"),
    "withheld": ("withheld", "已隐去"),
    "no_results": ("no results", "暂无结果"),
    "not_in_framework": ("not in this framework version", "该框架版本无此项"),
    "light.red": ("Red", "红灯"),
    "light.amber": ("Amber", "黄灯"),
    "light.green": ("Green", "绿灯"),
    "trend.up": ("up", "上升"),
    "trend.down": ("down", "下降"),
    "trend.flat": ("steady", "持平"),
    "trend.baseline": ("baseline", "基线"),
    "trend.version_break": ("not comparable (framework changed)", "不可比（框架已变更）"),
    "trend.withheld": ("withheld", "已隐去"),
    "vs_round": ("vs {label}", "对比 {label}"),
    "sum.period": ("{delta} since {label}", "自{label}以来{delta}"),
    # ---- withholding
    "withheld.side": (
        "withheld: {side} below threshold ({submitted} of {required} required responses)",
        "已隐去：{side} 未达匿名阈值（应有 {required} 份答卷，实有 {submitted} 份）",
    ),
    "withheld.side_short": (
        "{side}: {submitted} of {required} required responses",
        "{side}：应有 {required} 份答卷，实有 {submitted} 份",
    ),
    "withheld.indicator": (
        "{side}: {scored} of {required} required scores",
        "{side}：应有 {required} 个评分，实有 {scored} 个",
    ),
    "withheld.needs_both": (
        "Joint values, gaps and the health index need both sides' results.",
        "综合得分、差距和健康指数需要双方的结果。",
    ),
    # ---- charts
    "chart.radar.title": ("How each partner sees the five dimensions", "双方对五个维度的评价"),
    "chart.radar.title_n": ("How each partner sees the dimensions", "双方对各维度的评价"),
    "chart.trend.title": ("Is the partnership getting healthier?", "合作健康度是否在改善？"),
    "chart.trend.index": ("Health index (0–100)", "健康指数（0–100）"),
    "chart.trend.dims": ("Dimensions, joint score (1–5)", "各维度综合得分（1–5）"),
    "chart.trend.break": (
        "framework changed: {old} → {new}, not comparable",
        "评估框架变更：{old} → {new}，不可比",
    ),
    "chart.gap.title": ("Where the partners disagree", "双方分歧所在"),
    "chart.gap.a_higher": ("{a} sees higher →", "{a} 评分更高 →"),
    "chart.gap.b_higher": ("← {b} sees higher", "← {b} 评分更高"),
    "chart.gap.legend_a": ("{a} sees higher", "{a} 评分更高"),
    "chart.gap.legend_b": ("{b} sees higher", "{b} 评分更高"),
    "chart.gap.band": ("band: gap below ±{t}, not flagged", "灰带：差距小于 ±{t}，不视为分歧"),
    "chart.gap.axis": ("Gap ({a} − {b}), 1–5 scale", "差距（{a} − {b}），1–5 分制"),
    "chart.heatmap.title": ("Which indicators stay weak, round by round", "哪些指标持续偏弱（历次综合得分）"),
    "chart.portfolio.title": ("Which partnerships need attention", "哪些合作需要关注"),
    "chart.portfolio.note": ("Latest round with results of each partnership", "各合作有结果的最新一轮"),
    "chart.scale_note": ("1 = weakest, 5 = healthiest", "1 = 最弱，5 = 最健康"),
    # ---- review: cover and frame
    "review.title": ("Partnership health review", "合作健康度评审报告"),
    "review.subtitle": ("For the Joint Management Committee", "提交联合管理委员会"),
    "confidential": (
        "Confidential — prepared for the Joint Management Committee",
        "机密 — 仅供联合管理委员会使用",
    ),
    "page_of": ("Page {page} of {total}", "第 {page} 页，共 {total} 页"),
    "preliminary": (
        "PRELIMINARY — the round is still open; results may change until it is closed",
        "初步结果 — 本轮尚未结束，结束前结果仍可能变化",
    ),
    "partners": ("Partners", "合作双方"),
    "partnership": ("Partnership", "合作项目"),
    "period": ("Period", "评估期间"),
    "period_open": ("from {start}", "{start} 起"),
    "produced": ("Produced", "生成日期"),
    "prepared_by": ("Prepared by", "编制人"),
    "framework": ("Framework", "评估框架"),
    # ---- sections
    "sec.summary": ("Executive summary", "执行摘要"),
    "sec.results": ("Results", "评估结果"),
    "sec.voices": ("Voices: problems described", "问题描述"),
    "sec.followup": ("Follow-up: actions and decisions", "后续跟进：行动与决策"),
    "sec.method": ("Method", "评估方法"),
    "sec.signoff": ("Sign-off", "签署"),
    # ---- summary
    "sum.index_of": ("{index} of 100", "{index} / 100"),
    "tier": ("Tier", "等级"),
    "sum.exit_review": (
        "Exit review due: lowest tier in {n} consecutive rounds.",
        "需进行退出评审：连续 {n} 轮处于最低等级。",
    ),
    "sum.dimensions": ("Dimensions", "各维度"),
    "sum.change": ("Change", "变化"),
    "sum.score": ("Score", "得分"),
    "sum.light": ("Light", "信号灯"),
    "sum.gaps": ("Largest gaps between the partners", "双方差距最大的指标"),
    "sum.no_gaps": ("No gap can be shown for this round.", "本轮无法显示差距。"),
    "sum.gap_sees": ("{label} sees {value} higher", "{label} 评分高 {value}"),
    "sum.gap_same": ("Both partners see it the same", "双方看法一致"),
    "sum.flagged": ("■ marks a gap of at least {t}.", "■ 表示差距不小于 {t}。"),
    "sum.diagnosis": ("Diagnosis", "诊断"),
    "sum.no_diagnosis": (
        "No bottleneck rule fired: no dimension is below its alert level.",
        "未触发任何瓶颈规则：没有维度低于预警水平。",
    ),
    "sum.key_messages": ("Key messages", "关键信息"),
    "sum.because": ("Because: {what}", "依据：{what}"),
    "sum.next_steps": ("Recommended next steps", "建议的下一步"),
    "sum.warnings": ("Early warnings", "早期预警"),
    "sum.no_warnings": ("No early warnings.", "无早期预警。"),
    "sum.decisions": ("Decisions requested from the JMC", "提请联合管理委员会决策的事项"),
    "sum.no_decisions": (
        "None recorded yet: see the follow-up page for the decisions to take.",
        "尚未记录：待决事项见“后续跟进”页。",
    ),
    "sum.withheld_index": ("Health index withheld", "健康指数已隐去"),
    "trig.dim_below": ("{name} {value} < {below}", "{name} {value} < {below}"),
    "trig.ind_below": ("{name} {value} < {below}", "{name} {value} < {below}"),
    "trig.falling": ("{name} fell in {n} consecutive rounds", "{name} 连续 {n} 轮下降"),
    "trig.gap": ("a perception gap of {value} in {name}", "{name} 存在 {value} 的认知差距"),
    "warn.index_falling": (
        "The health index fell from {from_index} ({label}) to {index} over {rounds} rounds ({change}).",
        "健康指数在{rounds}轮中从{from_index}（{label}）降至{index}（{change}）。",
    ),
    "warn.index_falls": ("It fell in {n} consecutive rounds.", "已连续{n}轮下降。"),
    "warn.falling": ("{name} fell in {n} consecutive rounds.", "{name} 连续 {n} 轮下降。"),
    "warn.gap_growing": (
        "The gap in {name} grew from {previous} to {gap}.",
        "{name} 的差距从 {previous} 扩大到 {gap}。",
    ),
    "warn.overdue": (
        "Assessment overdue: the last round started {days} days ago (recommended every {limit} days).",
        "评估已逾期：上一轮开始于 {days} 天前（建议每 {limit} 天一次）。",
    ),
    "warn.overdue_never": ("No round has been started yet.", "尚未开始任何一轮评估。"),
    # ---- results
    "res.radar": ("Both partners on one chart", "双方对比"),
    "res.trend": ("Trend across rounds", "历次趋势"),
    "res.gaps": ("Gaps between the partners", "双方差距"),
    "res.table": ("Indicators", "各项指标"),
    "res.heatmap": ("Indicators across rounds", "指标历次得分"),
    "col.indicator": ("Indicator", "指标"),
    "col.joint": ("Joint", "综合"),
    "col.gap": ("Gap", "差距"),
    "col.spread": ("Spread", "离散度"),
    "col.trend": ("Trend", "趋势"),
    "res.legend": (
        "Gap = {a} − {b}; ■ marks a gap of at least {gap}. Spread = standard deviation within a side "
        "({a} / {b}); ◆ marks respondents of one side far apart (≥ {spread}). — = withheld or not available.",
        "差距 = {a} − {b}；■ 表示差距不小于 {gap}。离散度 = 同一方内部评分的标准差（{a} / {b}）；"
        "◆ 表示同一方内部分歧较大（≥ {spread}）。— = 已隐去或无数据。",
    ),
    "res.heatmap_last": ("The last {n} of {total} rounds.", "最近 {n} 轮（共 {total} 轮）。"),
    "res.one_round": (
        "Only one round so far: the trend starts with the next round.",
        "目前只有一轮评估：下一轮起显示趋势。",
    ),
    # ---- voices
    "voices.intro": (
        "Problem descriptions as written by the respondents, grouped by dimension and partner, never attributed "
        "to a person and in no particular order.",
        "以下为答卷人填写的问题描述，按维度和合作方分组，不注明个人，排列不分先后。",
    ),
    "voices.none": ("No problems were described.", "未填写问题描述。"),
    "voices.comments": ("Overall comments", "总体意见"),
    "voices.withheld_side": (
        "{side}: withheld — {submitted} of {required} required responses.",
        "{side}：已隐去 — 应有 {required} 份答卷，实有 {submitted} 份。",
    ),
    # ---- follow-up
    "fu.goals": ("Goals", "目标"),
    "fu.actions": ("Action plan", "行动计划"),
    "fu.decisions": ("Decisions requested", "待决事项"),
    "fu.decisions_log": ("JMC decisions: requested and taken", "联合管理委员会决策：待决与已决"),
    "fu.overdue": ("overdue by {n} days", "已逾期 {n} 天"),
    "fu.decided_on": ("Decided", "决策日期"),
    "fu.kpis": ("Joint KPIs", "联合 KPI"),
    "fu.kpi": ("KPI", "指标"),
    "fu.latest": ("Latest", "最新值"),
    "fu.target": ("Target", "目标值"),
    "fu.alert": ("Alert", "预警阈值"),
    "fu.alert_above": ("above {value}", "高于 {value}"),
    "fu.alert_below": ("below {value}", "低于 {value}"),
    "fu.breach": ("✕ breach", "✕ 超出预警"),
    "fu.within": ("✓ within", "✓ 正常"),
    "fu.no_value": ("no value yet", "尚无数据"),
    "fu.none": (
        "No action plan has been recorded for this round. Use this page in the meeting.",
        "本轮尚未记录行动计划。请在会议中使用本页记录。",
    ),
    "fu.decision": ("Decision", "决策事项"),
    "fu.owner": ("Owner", "负责人"),
    "fu.due": ("Due", "截止日期"),
    "fu.status": ("Status", "状态"),
    "fu.dimension": ("Dimension", "维度"),
    "goal.top": ("Top-level goal", "顶层目标"),
    "goal.mid": ("Mid-term goal", "中期目标"),
    "goal.short": ("Short-term goal", "短期目标"),
    "status.open": ("open", "未开始"),
    "status.in_progress": ("in progress", "进行中"),
    "status.done": ("done", "已完成"),
    "status.blocked": ("blocked", "受阻"),
    "status.dropped": ("dropped", "已取消"),
    "status.requested": ("requested", "待决"),
    "status.decided": ("decided", "已决"),
    # ---- method
    "method.respondents": ("Respondents", "答卷人"),
    "method.role": ("Role", "角色"),
    "method.invited": ("Invited", "受邀"),
    "method.submitted": ("Submitted", "已提交"),
    "method.in_progress": ("In progress", "进行中"),
    "method.rate": ("Response rate", "回复率"),
    "method.total": ("Total", "合计"),
    "method.no_role": ("(no role given)", "（未填角色）"),
    "method.framework": (
        "Framework {name}, version {version} ({key}).",
        "评估框架：{name}，版本 {version}（{key}）。",
    ),
    "method.scale": (
        "Each indicator is scored 1 to 5 (5 = healthiest); “not applicable / don't know” does not count as a "
        "score. Indicators that are bad when high are worded so that 5 still means healthy.",
        "每个指标按 1 至 5 分评分（5 分最健康）；“不适用/不清楚”不计分。“越高越差”的指标已按 5 分代表健康的方式表述。",
    ),
    "method.compute": (
        "A side's indicator score is the mean of its submitted scores; a dimension is the weighted mean of its "
        "indicators; the joint score is the mean of both sides; the gap is {a} minus {b}; the health index is "
        "(joint overall − 1) ÷ 4 × 100. Only submitted responses count. Numbers are rounded half up.",
        "某方的指标得分为该方已提交评分的平均值；维度得分为其指标的加权平均；综合得分为双方平均；差距 = {a} − {b}；"
        "健康指数 =（综合总分 − 1）÷ 4 × 100。只计入已提交的答卷。数值四舍五入。",
    ),
    "method.lights": (
        "Lights: ✕ red below {red}, ● amber from {red} to below {green}, ✓ green from {green}. Trend arrows: "
        "▲ up or ▼ down by at least {step} against the previous comparable round, ▶ steady otherwise.",
        "信号灯：✕ 红灯低于 {red}，● 黄灯 {red} 至 {green} 以下，✓ 绿灯不低于 {green}。趋势箭头："
        "与上一可比轮次相比上升 ▲ 或下降 ▼ 不少于 {step}，否则为持平 ▶。",
    ),
    "method.gaps": (
        "A gap of at least {gap} between the partners and a spread of at least {spread} within a side are flagged.",
        "双方差距不小于 {gap}、同一方内部离散度不小于 {spread} 时予以标记。",
    ),
    "method.threshold": (
        "Anonymity: a side's results and problem descriptions are shown only when at least {n} of its "
        "respondents submitted (and an indicator only with at least {n} scores); nothing is attributed to a person.",
        "匿名保护：某方至少有 {n} 人提交答卷时才显示其结果和问题描述（单个指标至少需 {n} 个评分）；任何内容均不注明个人。",
    ),
    "method.threshold_lowered": (
        "The anonymity threshold was lowered from {default} to {n} for this round. Reason: {reason}",
        "本轮匿名阈值由 {default} 降为 {n}。原因：{reason}",
    ),
    "method.withheld_list": ("Withheld in this round", "本轮隐去的内容"),
    # ---- sign-off
    "sign.intro": (
        "Reviewed and accepted by the Joint Management Committee.",
        "联合管理委员会已审阅并认可本报告。",
    ),
    "sign.chair": ("JMC member, {label}", "联合管理委员会成员，{label}"),
    "sign.name": ("Name", "姓名"),
    "sign.signature": ("Signature", "签字"),
    "sign.date": ("Date", "日期"),
    "sign.role_jmc": ("JMC member", "联合管理委员会成员"),
    # charts over many rounds and the detail history chart
    "chart.latest_rounds": ("latest {shown} of {total} rounds", "最近 {shown} 轮（共 {total} 轮）"),
    "chart.history.title": ("{name}: how both partners see it, round by round", "{name}：双方历次评分"),
    "chart.history.gaps": (
        "A gap in a line: withheld or hidden in that round, never a zero.",
        "线条中断处：该轮数值已隐去或未公开，并非零分。",
    ),
    "hidden": ("hidden", "未公开"),
    # ---- tiers, explained where they appear (thresholds from the framework's tier rules)
    "tier.top": ("{name}: index {low} or above", "{name}：指数不低于 {low}"),
    "tier.middle": ("{name}: index {low} to below {high}", "{name}：指数 {low} 至 {high} 以下"),
    "tier.lowest": ("{name}: index below {high}", "{name}：指数低于 {high}"),
    "tier.exit": (
        "{n} in a row lead to an exit review",
        "连续 {n} 轮将触发退出评审",
    ),
    "tier.scale": ("Tiers", "等级说明"),
    # ---- legends: only the symbols a page uses
    "legend.gap": ("Gap = {a} − {b}", "差距 = {a} − {b}"),
    "legend.gap_flag": ("■ marks a gap of at least {gap}", "■ 表示差距不小于 {gap}"),
    "legend.spread": (
        "Spread = standard deviation within a side ({a} / {b})",
        "离散度 = 同一方内部评分的标准差（{a} / {b}）",
    ),
    "legend.spread_flag": (
        "◆ marks respondents of one side far apart (≥ {spread})",
        "◆ 表示同一方内部分歧较大（≥ {spread}）",
    ),
    "legend.dash": ("— = withheld or not available", "— = 已隐去或无数据"),
    # ---- charts: a withheld point says why
    "chart.withheld.side": (
        "withheld: {side} {submitted} of {required}",
        "已隐去：{side} {submitted}/{required} 份",
    ),
    "chart.withheld.both": ("withheld: needs both sides", "已隐去：需双方结果"),
    "chart.withheld.hidden": ("withheld: results hidden", "已隐去：结果未公开"),
    # ---- the one-page summary sheet
    "sheet.title": ("JMC summary sheet", "联合管理委员会摘要页"),
    "sheet.previous": ("prev.", "上轮"),
    "sheet.dims_previous": ("Dimensions (prev. = {label})", "各维度（上轮 = {label}）"),
    "sheet.no_previous": ("No earlier comparable round.", "无可比的上一轮。"),
    "sheet.no_decisions": ("None recorded yet.", "尚未记录。"),
    "sheet.key_messages": ("Key messages", "要点"),
    "sheet.kpis": ("KPIs against target", "KPI 与目标"),
    "sheet.no_kpis": ("No joint KPI recorded.", "尚未记录联合 KPI。"),
    "sheet.more": ("… and {n} more (see the full review)", "……另有 {n} 项（见完整报告）"),
    "sheet.breaches": ("{n} of {total} KPIs breach their alert level", "{n}/{total} 项 KPI 超出预警"),
    "sheet.index_trend": ("Health index by round", "历次健康指数"),
    "sheet.legend": ("Legend", "图例"),
    "not_in_version": ("not in this version", "此版本无此项"),
}


def _cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


def zh_format(template: str, **params: Any) -> str:
    """A Chinese template filled in without a space between two Chinese words: "{name} 连续 {n} 轮下降" with
    name "财务健康" gives "财务健康连续 2 轮下降". Only the template's own spaces go; the values are kept as given."""
    pieces: list[tuple[bool, str]] = []  # (is a value, text)
    for literal, field, spec, conversion in string.Formatter().parse(template):
        if literal:
            pieces.append((False, literal))
        if field is not None:
            value = params[field] if field else ""
            if conversion:
                value = {"r": repr, "s": str, "a": ascii}[conversion](value)
            pieces.append((True, format(value, spec or "")))
    out: list[str] = []
    for n, (is_value, text) in enumerate(pieces):
        core = text.strip(" ")
        if not is_value and core:
            before = pieces[n - 1][1] if n > 0 and pieces[n - 1][0] else ""
            after = pieces[n + 1][1] if n + 1 < len(pieces) and pieces[n + 1][0] else ""
            if before and _cjk(before[-1]) and _cjk(core[0]):
                text = text.lstrip(" ")
            if after and _cjk(after[0]) and _cjk(core[-1]):
                text = text.rstrip(" ")
        out.append(text)
    return "".join(out)


def pair(key: str, **params: Any) -> tuple[str, str]:
    en, zh = TEXTS[key]
    if params:
        en, zh = en.format(**params), zh_format(zh, **params)
    return en, zh


def t(key: str, lang: str, **params: Any) -> str:
    """The text of ``key`` in ``lang`` ("en", "zh" or "bilingual": "English / 中文")."""
    en, zh = pair(key, **params)
    if lang == "bilingual":
        return en if en == zh else f"{en}{BILINGUAL_SEP}{zh}"
    return zh if lang == "zh" else en


def t_params(key: str, lang: str, params_en: dict[str, Any], params_zh: dict[str, Any]) -> str:
    """Like :func:`t` with language-dependent parameters (e.g. a dimension name)."""
    en, zh = TEXTS[key]
    en, zh = en.format(**params_en), zh_format(zh, **params_zh)
    if lang == "bilingual":
        return en if en == zh else f"{en}{BILINGUAL_SEP}{zh}"
    return zh if lang == "zh" else en


def text_of(text: Text, lang: str, sep: str = BILINGUAL_SEP) -> str:
    """A framework text in ``lang``; bilingual gives both."""
    if lang == "bilingual":
        return text.en if text.en == text.zh else f"{text.en}{sep}{text.zh}"
    return text.get(lang)


def light_word(light: str | None, lang: str) -> str:
    """``"✓ Green"`` / ``"✓ 绿灯"``: the symbol and the word, so a light reads in black and white."""
    if light is None:
        return style.DASH
    return f"{style.LIGHT_SYMBOLS[light]} {t('light.' + light, lang)}"


def all_texts() -> str:
    """Every catalogue text in both languages (tests check them against the font)."""
    return "".join(en + zh for en, zh in TEXTS.values())
