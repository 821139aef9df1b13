<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1087" />
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1089" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1089" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1089" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1096" />
        <source>Decision</source>
        <translation>决策事项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1096" />
        <source>Decided by</source>
        <translation>决策层级</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1096" />
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1087" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="101" />
        <source>above {value}</source>
        <translation>高于 {value}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="102" />
        <source>below {value}</source>
        <translation>低于 {value}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="107" />
        <source>{name}: {value} in {period} is {rule}, the alert threshold: discuss it.</source>
        <translation>{name}：{period} 为 {value}，{rule}（预警阈值），需要讨论。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="117" />
        <source>Overdue by {days} days: {title}{owner}</source>
        <translation>已逾期 {days} 天：{title}{owner}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="124" />
        <source>both</source>
        <translation>双方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="237" />
        <source>Follow-up: goals, actions, KPIs, decisions</source>
        <translation>跟进：目标、行动、KPI、决策</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="239" />
        <source>open goals</source>
        <translation>未完成目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="240" />
        <source>overdue actions</source>
        <translation>逾期行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="241" />
        <source>KPI breaches</source>
        <translation>KPI 预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="242" />
        <source>decisions requested from the JMC</source>
        <translation>待 JMC 决策事项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="246" />
        <source>… and {n} more</source>
        <translation>……另有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="249" />
        <source>Open the action plan</source>
        <translation>打开行动计划</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="250" />
        <location filename="../../healthdesk/ui/followup.py" line="385" />
        <location filename="../../healthdesk/ui/followup.py" line="1072" />
        <source>Start the workshop…</source>
        <translation>开始工作坊…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="379" />
        <source>No action plan yet</source>
        <translation>还没有行动计划</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="381" />
        <source>After the review, agree goals with both partners and the actions that reach them: who does what, by when. The workshop can draft them with the JMC.</source>
        <translation>评审之后，与双方一起商定目标以及实现目标的行动：谁、做什么、何时完成。也可以在工作坊上与 JMC 一起起草。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="384" />
        <source>Add the first goal…</source>
        <translation>添加第一个目标…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="391" />
        <source>No joint KPIs yet</source>
        <translation>还没有联合 KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="393" />
        <source>Joint KPIs are the few numbers both partners watch together, with an alert threshold: the review shows every breach.</source>
        <translation>联合 KPI 是双方共同关注的少数几个指标，各带预警阈值：评审会列出每一次越线。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="396" />
        <source>Add the first KPI…</source>
        <translation>添加第一个 KPI…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="400" />
        <source>No JMC decisions recorded</source>
        <translation>还没有记录 JMC 决策</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="402" />
        <source>Record what the joint management committee decides, or is asked to decide, so the next review can follow it up.</source>
        <translation>记录联合管理委员会做出的或待做出的决策，以便下次评审跟进。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="405" />
        <source>Record the first decision…</source>
        <translation>记录第一项决策…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="558" />
        <source>{n} action(s) overdue as of {date}.</source>
        <translation>截至 {date}，有 {n} 项行动逾期。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="582" />
        <source>overdue {n} d</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="582" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="591" />
        <source>Top-level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="591" />
        <source>Mid-term</source>
        <translation>中期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="591" />
        <source>Short-term</source>
        <translation>短期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="637" />
        <source>Actions without a goal</source>
        <translation>未归属目标的行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="659" />
        <source>no value yet</source>
        <translation>尚无数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="661" />
        <source>Breach: discuss</source>
        <translation>超出预警：需讨论</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="665" />
        <source>On target</source>
        <translation>达到目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="667" />
        <source>Within the alert threshold</source>
        <translation>在预警阈值内</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="671" />
        <source>when {rule}</source>
        <translation>{rule}时预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="695" />
        <source>Values of “{name}”</source>
        <translation>“{name}”的数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="695" />
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="701" />
        <source>breach</source>
        <translation>超出预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="721" />
        <source>JMC</source>
        <translation>JMC</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="721" />
        <source>JPT</source>
        <translation>JPT</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="952" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="965" />
        <source>delete of “{name}”</source>
        <translation>删除“{name}”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="972" />
        <source>Deleted “{name}”. Press Undo to bring it back.</source>
        <translation>已删除“{name}”。点击“撤销”可恢复。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="979" />
        <source>Undo {action}</source>
        <translation>撤销{action}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="994" />
        <source>Delete the goal “{title}”?</source>
        <translation>删除目标“{title}”？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="997" />
        <source>Its {goals} sub-goal(s) and {actions} action(s) stay in the plan, without this goal.</source>
        <translation>其下的 {goals} 个子目标和 {actions} 项行动将保留在计划中，但不再归属此目标。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1008" />
        <source>Delete the action “{title}”?</source>
        <translation>删除行动“{title}”？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1020" />
        <source>Delete the KPI “{name}” with its {n} recorded value(s)?</source>
        <translation>删除 KPI“{name}”及其 {n} 条已记录的数值？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1038" />
        <source>Delete the value of {period} ({value})?</source>
        <translation>删除 {period} 的数值（{value}）？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1050" />
        <source>Delete the decision “{text}”?</source>
        <translation>删除决策事项“{text}”？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="542" />
        <location filename="../../healthdesk/ui/followup.py" line="1070" />
        <source>Action plan – {name}</source>
        <translation>行动计划 – {name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="542" />
        <location filename="../../healthdesk/ui/followup.py" line="1070" />
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1071" />
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1073" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1074" />
        <source>Goals and actions</source>
        <translation>目标与行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1075" />
        <source>Joint KPIs</source>
        <translation>联合 KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1076" />
        <source>JMC decisions</source>
        <translation>JMC 决策记录</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1078" />
        <source>Goal / action</source>
        <translation>目标 / 行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1078" />
        <source>Owners</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1078" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1078" />
        <location filename="../../healthdesk/ui/followup.py" line="1096" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1078" />
        <source>Aimed at</source>
        <translation>针对</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1078" />
        <source>Target / notes</source>
        <translation>目标值 / 备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1080" />
        <source>New goal…</source>
        <translation>新建目标…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1081" />
        <source>New sub-goal…</source>
        <translation>新建子目标…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1082" />
        <source>New action…</source>
        <translation>新建行动…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1083" />
        <location filename="../../healthdesk/ui/followup.py" line="1092" />
        <location filename="../../healthdesk/ui/followup.py" line="1100" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1084" />
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1085" />
        <location filename="../../healthdesk/ui/followup.py" line="1101" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1087" />
        <source>Latest value</source>
        <translation>最新数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1087" />
        <source>Alert</source>
        <translation>预警条件</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1087" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1089" />
        <source>Period ends</source>
        <translation>期末日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1090" />
        <source>New KPI…</source>
        <translation>新建 KPI…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1091" />
        <source>Record a value…</source>
        <translation>记录数值…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1093" />
        <source>Delete KPI…</source>
        <translation>删除 KPI…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1094" />
        <source>Delete value…</source>
        <translation>删除数值…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1096" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1098" />
        <source>New decision…</source>
        <translation>新建决策事项…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1099" />
        <source>Mark taken…</source>
        <translation>标记为已决…</translation>
    </message>
</context>
</TS>