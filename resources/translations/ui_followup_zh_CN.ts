<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="994" />
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="996" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="996" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="996" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1003" />
        <source>Decision</source>
        <translation>决策事项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1003" />
        <source>Decided by</source>
        <translation>决策层级</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1003" />
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="994" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="99" />
        <source>above {value}</source>
        <translation>高于 {value}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="100" />
        <source>below {value}</source>
        <translation>低于 {value}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="105" />
        <source>{name}: {value} in {period} is {rule}, the alert threshold: discuss it.</source>
        <translation>{name}：{period} 为 {value}，{rule}（预警阈值），需要讨论。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="115" />
        <source>Overdue by {days} days: {title}{owner}</source>
        <translation>已逾期 {days} 天：{title}{owner}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="122" />
        <source>both</source>
        <translation>双方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="215" />
        <source>Follow-up: goals, actions, KPIs, decisions</source>
        <translation>跟进：目标、行动、KPI、决策</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="217" />
        <source>open goals</source>
        <translation>未完成目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="218" />
        <source>overdue actions</source>
        <translation>逾期行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="219" />
        <source>KPI breaches</source>
        <translation>KPI 预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="220" />
        <source>decisions requested from the JMC</source>
        <translation>待 JMC 决策事项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="224" />
        <source>… and {n} more</source>
        <translation>……另有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="227" />
        <source>Open the action plan</source>
        <translation>打开行动计划</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="228" />
        <location filename="../../healthdesk/ui/followup.py" line="979" />
        <source>Start the workshop…</source>
        <translation>开始工作坊…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="465" />
        <source>{n} action(s) overdue as of {date}.</source>
        <translation>截至 {date}，有 {n} 项行动逾期。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="489" />
        <source>overdue {n} d</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="489" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="498" />
        <source>Top-level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="498" />
        <source>Mid-term</source>
        <translation>中期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="498" />
        <source>Short-term</source>
        <translation>短期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="544" />
        <source>Actions without a goal</source>
        <translation>未归属目标的行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="566" />
        <source>no value yet</source>
        <translation>尚无数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="568" />
        <source>Breach: discuss</source>
        <translation>超出预警：需讨论</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="572" />
        <source>On target</source>
        <translation>达到目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="574" />
        <source>Within the alert threshold</source>
        <translation>在预警阈值内</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="578" />
        <source>when {rule}</source>
        <translation>{rule}时预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="602" />
        <source>Values of “{name}”</source>
        <translation>“{name}”的数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="602" />
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="608" />
        <source>breach</source>
        <translation>超出预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="628" />
        <source>JMC</source>
        <translation>JMC</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="628" />
        <source>JPT</source>
        <translation>JPT</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="859" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="872" />
        <source>delete of “{name}”</source>
        <translation>删除“{name}”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="879" />
        <source>Deleted “{name}”. Press Undo to bring it back.</source>
        <translation>已删除“{name}”。点击“撤销”可恢复。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="886" />
        <source>Undo {action}</source>
        <translation>撤销{action}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="901" />
        <source>Delete the goal “{title}”?</source>
        <translation>删除目标“{title}”？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="904" />
        <source>Its {goals} sub-goal(s) and {actions} action(s) stay in the plan, without this goal.</source>
        <translation>其下的 {goals} 个子目标和 {actions} 项行动将保留在计划中，但不再归属此目标。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="915" />
        <source>Delete the action “{title}”?</source>
        <translation>删除行动“{title}”？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="927" />
        <source>Delete the KPI “{name}” with its {n} recorded value(s)?</source>
        <translation>删除 KPI“{name}”及其 {n} 条已记录的数值？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="945" />
        <source>Delete the value of {period} ({value})?</source>
        <translation>删除 {period} 的数值（{value}）？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="957" />
        <source>Delete the decision “{text}”?</source>
        <translation>删除决策事项“{text}”？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="450" />
        <location filename="../../healthdesk/ui/followup.py" line="977" />
        <source>Action plan – {name}</source>
        <translation>行动计划 – {name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="450" />
        <location filename="../../healthdesk/ui/followup.py" line="977" />
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="978" />
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="980" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="981" />
        <source>Goals and actions</source>
        <translation>目标与行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="982" />
        <source>Joint KPIs</source>
        <translation>联合 KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="983" />
        <source>JMC decisions</source>
        <translation>JMC 决策记录</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="985" />
        <source>Goal / action</source>
        <translation>目标 / 行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="985" />
        <source>Owners</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="985" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="985" />
        <location filename="../../healthdesk/ui/followup.py" line="1003" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="985" />
        <source>Aimed at</source>
        <translation>针对</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="985" />
        <source>Target / notes</source>
        <translation>目标值 / 备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="987" />
        <source>New goal…</source>
        <translation>新建目标…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="988" />
        <source>New sub-goal…</source>
        <translation>新建子目标…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="989" />
        <source>New action…</source>
        <translation>新建行动…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="990" />
        <location filename="../../healthdesk/ui/followup.py" line="999" />
        <location filename="../../healthdesk/ui/followup.py" line="1007" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="991" />
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="992" />
        <location filename="../../healthdesk/ui/followup.py" line="1008" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="994" />
        <source>Latest value</source>
        <translation>最新数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="994" />
        <source>Alert</source>
        <translation>预警条件</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="994" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="996" />
        <source>Period ends</source>
        <translation>期末日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="997" />
        <source>New KPI…</source>
        <translation>新建 KPI…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="998" />
        <source>Record a value…</source>
        <translation>记录数值…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1000" />
        <source>Delete KPI…</source>
        <translation>删除 KPI…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1001" />
        <source>Delete value…</source>
        <translation>删除数值…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1003" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1005" />
        <source>New decision…</source>
        <translation>新建决策事项…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1006" />
        <source>Mark taken…</source>
        <translation>标记为已决…</translation>
    </message>
</context>
</TS>