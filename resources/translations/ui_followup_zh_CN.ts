<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="103" />
        <source>above {value}</source>
        <translation>高于 {value}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="104" />
        <source>below {value}</source>
        <translation>低于 {value}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="109" />
        <source>{name}: {value} in {period} is {rule}, the alert threshold: discuss it.</source>
        <translation>{name}：{period} 为 {value}，{rule}（预警阈值），需要讨论。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="119" />
        <source>Overdue by {days} days: {title}{owner}</source>
        <translation>已逾期 {days} 天：{title}{owner}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="126" />
        <source>both</source>
        <translation>双方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="239" />
        <source>Follow-up: goals, actions, KPIs, decisions</source>
        <translation>跟进：目标、行动、KPI、决策</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="241" />
        <source>open goals</source>
        <translation>未完成目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="242" />
        <source>overdue actions</source>
        <translation>逾期行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="243" />
        <source>KPI breaches</source>
        <translation>KPI 预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="244" />
        <source>decisions requested from the JMC</source>
        <translation>待 JMC 决策事项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="248" />
        <source>… and {n} more</source>
        <translation>……另有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="251" />
        <source>Open the action plan</source>
        <translation>打开行动计划</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="252" />
        <location filename="../../healthdesk/ui/followup.py" line="1021" />
        <source>Start the workshop…</source>
        <translation>开始工作坊…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="482" />
        <location filename="../../healthdesk/ui/followup.py" line="1019" />
        <source>Action plan – {name}</source>
        <translation>行动计划 – {name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="482" />
        <location filename="../../healthdesk/ui/followup.py" line="1019" />
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/followup.py" line="497" />
        <source>%n action(s) overdue as of {date}.</source>
        <translation>
            <numerusform>截至 {date}，有 %n 项行动逾期。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="521" />
        <source>overdue {n} d</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="521" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="530" />
        <source>Top-level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="530" />
        <source>Mid-term</source>
        <translation>中期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="530" />
        <source>Short-term</source>
        <translation>短期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="534" />
        <source>{side}: {name}</source>
        <translation>{side}：{name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="541" />
        <source>{level}: {title}</source>
        <translation>{level}：{title}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="545" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="559" />
        <source> ({side})</source>
        <translation>（{side}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="578" />
        <source>Actions without a goal</source>
        <translation>未归属目标的行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="601" />
        <source>{value} ({period})</source>
        <translation>{value}（{period}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="605" />
        <source>no value yet</source>
        <translation>尚无数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="608" />
        <source>Breach: discuss</source>
        <translation>超出预警：需讨论</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="612" />
        <source>On target</source>
        <translation>达到目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="614" />
        <source>Within the alert threshold</source>
        <translation>在预警阈值内</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="618" />
        <source>when {rule}</source>
        <translation>{rule}时预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="642" />
        <source>Values of “{name}”</source>
        <translation>“{name}”的数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="642" />
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="648" />
        <source>breach</source>
        <translation>超出预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="668" />
        <source>JMC</source>
        <translation>JMC</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="668" />
        <source>JPT</source>
        <translation>JPT</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="899" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="912" />
        <source>delete of “{name}”</source>
        <translation>删除“{name}”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="919" />
        <source>Deleted “{name}”. Press Undo to bring it back.</source>
        <translation>已删除“{name}”。点击“撤销”可恢复。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="926" />
        <source>Undo {action}</source>
        <translation>撤销{action}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="941" />
        <source>Delete the goal “{title}”?</source>
        <translation>删除目标“{title}”？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="944" />
        <source>Its {goals} and {actions} stay in the plan, without this goal.</source>
        <translation>其下的{goals}和{actions}将保留在计划中，但不再归属此目标。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/followup.py" line="946" />
        <source>%n sub-goal(s)</source>
        <translation>
            <numerusform>%n 个子目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/followup.py" line="946" />
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n 项行动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="957" />
        <source>Delete the action “{title}”?</source>
        <translation>删除行动“{title}”？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/followup.py" line="969" />
        <source>Delete the KPI “{name}” with its %n recorded value(s)?</source>
        <translation>
            <numerusform>删除 KPI“{name}”及其 %n 条已记录的数值？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="987" />
        <source>Delete the value of {period} ({value})?</source>
        <translation>删除 {period} 的数值（{value}）？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="999" />
        <source>Delete the decision “{text}”?</source>
        <translation>删除决策事项“{text}”？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1020" />
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1022" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1023" />
        <source>Goals and actions</source>
        <translation>目标与行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1024" />
        <source>Joint KPIs</source>
        <translation>联合 KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1025" />
        <source>JMC decisions</source>
        <translation>JMC 决策记录</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1027" />
        <source>Goal / action</source>
        <translation>目标 / 行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1027" />
        <source>Owners</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1027" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1027" />
        <location filename="../../healthdesk/ui/followup.py" line="1045" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1027" />
        <source>Aimed at</source>
        <translation>针对</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1027" />
        <source>Target / notes</source>
        <translation>目标值 / 备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1029" />
        <source>New goal…</source>
        <translation>新建目标…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1030" />
        <source>New sub-goal…</source>
        <translation>新建子目标…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1031" />
        <source>New action…</source>
        <translation>新建行动…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1032" />
        <location filename="../../healthdesk/ui/followup.py" line="1041" />
        <location filename="../../healthdesk/ui/followup.py" line="1049" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1033" />
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1034" />
        <location filename="../../healthdesk/ui/followup.py" line="1050" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1036" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1036" />
        <source>Latest value</source>
        <translation>最新数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1036" />
        <source>Alert</source>
        <translation>预警条件</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1036" />
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1036" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1038" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1038" />
        <source>Period ends</source>
        <translation>期末日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1038" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1038" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1039" />
        <source>New KPI…</source>
        <translation>新建 KPI…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1040" />
        <source>Record a value…</source>
        <translation>记录数值…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1042" />
        <source>Delete KPI…</source>
        <translation>删除 KPI…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1043" />
        <source>Delete value…</source>
        <translation>删除数值…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1045" />
        <source>Decided by</source>
        <translation>决策层级</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1045" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1045" />
        <source>Decision</source>
        <translation>决策事项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1045" />
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1047" />
        <source>New decision…</source>
        <translation>新建决策事项…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1048" />
        <source>Mark taken…</source>
        <translation>标记为已决定…</translation>
    </message>
</context>
</TS>