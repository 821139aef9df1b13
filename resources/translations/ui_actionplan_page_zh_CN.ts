<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="93" />
        <source>above {value}</source>
        <translation>高于 {value}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="94" />
        <source>below {value}</source>
        <translation>低于 {value}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="99" />
        <source>{name}: {value} in {period} is {rule}, the alert threshold: discuss it.</source>
        <translation>{name}：{period} 为 {value}，{rule}（预警阈值），需要讨论。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="109" />
        <source>Overdue by {days} days: {title}{owner}</source>
        <translation>已逾期 {days} 天：{title}{owner}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="116" />
        <source>both</source>
        <translation>双方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="228" />
        <source>Follow-up: goals, actions, KPIs, decisions</source>
        <translation>跟进：目标、行动、KPI、决策</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="231" />
        <source>open goals</source>
        <translation>未完成目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="232" />
        <source>overdue actions</source>
        <translation>逾期行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="233" />
        <source>KPI breaches</source>
        <translation>KPI 预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="234" />
        <source>decisions requested from the JMC</source>
        <translation>待 JMC 决策事项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="237" />
        <source>… and {n} more</source>
        <translation>……另有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="240" />
        <source>Open the action plan</source>
        <translation>打开行动计划</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="241" />
        <location filename="../../healthdesk/ui/actionplan/page.py" line="394" />
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1088" />
        <source>Start the workshop…</source>
        <translation>开始工作坊…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="388" />
        <source>No action plan yet</source>
        <translation>还没有行动计划</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="390" />
        <source>After the review, agree goals with both partners and the actions that reach them: who does what, by when. The workshop can draft them with the JMC.</source>
        <translation>评审之后，与双方一起商定目标以及实现目标的行动：谁、做什么、何时完成。也可以在工作坊上与 JMC 一起起草。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="393" />
        <source>Add the first goal…</source>
        <translation>添加第一个目标…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="398" />
        <source>No joint KPIs yet</source>
        <translation>还没有联合 KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="400" />
        <source>Joint KPIs are the few numbers both partners watch together, with an alert threshold: the review shows every breach.</source>
        <translation>联合 KPI 是双方共同关注的少数几个指标，各带预警阈值：评审会列出每一次越线。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="403" />
        <source>Add the first KPI…</source>
        <translation>添加第一个 KPI…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="407" />
        <source>No JMC decisions recorded</source>
        <translation>还没有记录 JMC 决策</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="409" />
        <source>Record what the joint management committee decides, or is asked to decide, so the next review can follow it up.</source>
        <translation>记录联合管理委员会做出的或待做出的决策，以便下次评审跟进。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="412" />
        <source>Record the first decision…</source>
        <translation>记录第一项决策…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="548" />
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1086" />
        <source>Action plan – {name}</source>
        <translation>行动计划 – {name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="548" />
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1086" />
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/actionplan/page.py" line="564" />
        <source>%n action(s) overdue as of {date}.</source>
        <translation>
            <numerusform>截至 {date}，有 %n 项行动逾期。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="588" />
        <source>overdue {n} d</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="588" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="597" />
        <source>Top-level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="597" />
        <source>Mid-term</source>
        <translation>中期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="597" />
        <source>Short-term</source>
        <translation>短期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="601" />
        <source>Actions without a goal</source>
        <translation>未归属目标的行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="608" />
        <source>{side}: {name}</source>
        <translation>{side}：{name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="612" />
        <source>{level}: {title}</source>
        <translation>{level}：{title}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="616" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="626" />
        <source> ({side})</source>
        <translation>（{side}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="660" />
        <source>{value} ({period})</source>
        <translation>{value}（{period}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="664" />
        <source>no value yet</source>
        <translation>尚无数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="667" />
        <source>Breach: discuss</source>
        <translation>超出预警：需讨论</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="671" />
        <source>On target</source>
        <translation>达到目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="673" />
        <source>Within the alert threshold</source>
        <translation>在预警阈值内</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="677" />
        <source>when {rule}</source>
        <translation>{rule}时预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="701" />
        <source>Values of “{name}”</source>
        <translation>“{name}”的数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="701" />
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="707" />
        <source>breach</source>
        <translation>超出预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="727" />
        <source>JMC</source>
        <translation>JMC</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="727" />
        <source>JPT</source>
        <translation>JPT</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="965" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="978" />
        <source>delete of “{name}”</source>
        <translation>删除“{name}”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="985" />
        <source>Deleted “{name}”. Press Undo to bring it back.</source>
        <translation>已删除“{name}”。点击“撤销”可恢复。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="992" />
        <source>Undo {action}</source>
        <translation>撤销{action}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1008" />
        <source>Delete the goal “{title}”?</source>
        <translation>删除目标“{title}”？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1011" />
        <source>Its {goals} and {actions} stay in the plan, without this goal.</source>
        <translation>其下的{goals}和{actions}将保留在计划中，但不再归属此目标。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1013" />
        <source>%n sub-goal(s)</source>
        <translation>
            <numerusform>%n 个子目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1013" />
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n 项行动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1024" />
        <source>Delete the action “{title}”?</source>
        <translation>删除行动“{title}”？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1036" />
        <source>Delete the KPI “{name}” with its %n recorded value(s)?</source>
        <translation>
            <numerusform>删除 KPI“{name}”及其 %n 条已记录的数值？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1054" />
        <source>Delete the value of {period} ({value})?</source>
        <translation>删除 {period} 的数值（{value}）？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1066" />
        <source>Delete the decision “{text}”?</source>
        <translation>删除决策事项“{text}”？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1087" />
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1089" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1090" />
        <source>Goals and actions</source>
        <translation>目标与行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1091" />
        <source>Joint KPIs</source>
        <translation>联合 KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1092" />
        <source>JMC decisions</source>
        <translation>JMC 决策记录</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1094" />
        <source>Goal / action</source>
        <translation>目标 / 行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1094" />
        <source>Owners</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1094" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1094" />
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1112" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1094" />
        <source>Aimed at</source>
        <translation>针对</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1094" />
        <source>Target / notes</source>
        <translation>目标值 / 备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1096" />
        <source>New goal…</source>
        <translation>新建目标…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1097" />
        <source>New sub-goal…</source>
        <translation>新建子目标…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1098" />
        <source>New action…</source>
        <translation>新建行动…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1099" />
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1108" />
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1116" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1100" />
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1101" />
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1117" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1103" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1103" />
        <source>Latest value</source>
        <translation>最新数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1103" />
        <source>Alert</source>
        <translation>预警条件</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1103" />
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1103" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1105" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1105" />
        <source>Period ends</source>
        <translation>期末日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1105" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1105" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1106" />
        <source>New KPI…</source>
        <translation>新建 KPI…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1107" />
        <source>Record a value…</source>
        <translation>记录数值…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1109" />
        <source>Delete KPI…</source>
        <translation>删除 KPI…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1110" />
        <source>Delete value…</source>
        <translation>删除数值…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1112" />
        <source>Decided by</source>
        <translation>决策层级</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1112" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1112" />
        <source>Decision</source>
        <translation>决策事项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1112" />
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1114" />
        <source>New decision…</source>
        <translation>新建决策事项…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="1115" />
        <source>Mark taken…</source>
        <translation>标记为已决定…</translation>
    </message>
</context>
</TS>