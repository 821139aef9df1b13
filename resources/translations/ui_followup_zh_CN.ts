<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="104" />
        <source>above {value}</source>
        <translation>高于 {value}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="105" />
        <source>below {value}</source>
        <translation>低于 {value}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="110" />
        <source>{name}: {value} in {period} is {rule}, the alert threshold: discuss it.</source>
        <translation>{name}：{period} 为 {value}，{rule}（预警阈值），需要讨论。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="120" />
        <source>Overdue by {days} days: {title}{owner}</source>
        <translation>已逾期 {days} 天：{title}{owner}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="127" />
        <source>both</source>
        <translation>双方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="240" />
        <source>Follow-up: goals, actions, KPIs, decisions</source>
        <translation>跟进：目标、行动、KPI、决策</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="242" />
        <source>open goals</source>
        <translation>未完成目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="243" />
        <source>overdue actions</source>
        <translation>逾期行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="244" />
        <source>KPI breaches</source>
        <translation>KPI 预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="245" />
        <source>decisions requested from the JMC</source>
        <translation>待 JMC 决策事项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="249" />
        <source>… and {n} more</source>
        <translation>……另有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="252" />
        <source>Open the action plan</source>
        <translation>打开行动计划</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="253" />
        <location filename="../../healthdesk/ui/followup.py" line="388" />
        <location filename="../../healthdesk/ui/followup.py" line="1085" />
        <source>Start the workshop…</source>
        <translation>开始工作坊…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="382" />
        <source>No action plan yet</source>
        <translation>还没有行动计划</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="384" />
        <source>After the review, agree goals with both partners and the actions that reach them: who does what, by when. The workshop can draft them with the JMC.</source>
        <translation>评审之后，与双方一起商定目标以及实现目标的行动：谁、做什么、何时完成。也可以在工作坊上与 JMC 一起起草。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="387" />
        <source>Add the first goal…</source>
        <translation>添加第一个目标…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="394" />
        <source>No joint KPIs yet</source>
        <translation>还没有联合 KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="396" />
        <source>Joint KPIs are the few numbers both partners watch together, with an alert threshold: the review shows every breach.</source>
        <translation>联合 KPI 是双方共同关注的少数几个指标，各带预警阈值：评审会列出每一次越线。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="399" />
        <source>Add the first KPI…</source>
        <translation>添加第一个 KPI…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="403" />
        <source>No JMC decisions recorded</source>
        <translation>还没有记录 JMC 决策</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="405" />
        <source>Record what the joint management committee decides, or is asked to decide, so the next review can follow it up.</source>
        <translation>记录联合管理委员会做出的或待做出的决策，以便下次评审跟进。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="408" />
        <source>Record the first decision…</source>
        <translation>记录第一项决策…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="545" />
        <location filename="../../healthdesk/ui/followup.py" line="1083" />
        <source>Action plan – {name}</source>
        <translation>行动计划 – {name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="545" />
        <location filename="../../healthdesk/ui/followup.py" line="1083" />
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/followup.py" line="561" />
        <source>%n action(s) overdue as of {date}.</source>
        <translation>
            <numerusform>截至 {date}，有 %n 项行动逾期。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="585" />
        <source>overdue {n} d</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="585" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="594" />
        <source>Top-level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="594" />
        <source>Mid-term</source>
        <translation>中期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="594" />
        <source>Short-term</source>
        <translation>短期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="598" />
        <source>{side}: {name}</source>
        <translation>{side}：{name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="605" />
        <source>{level}: {title}</source>
        <translation>{level}：{title}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="609" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="623" />
        <source> ({side})</source>
        <translation>（{side}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="642" />
        <source>Actions without a goal</source>
        <translation>未归属目标的行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="665" />
        <source>{value} ({period})</source>
        <translation>{value}（{period}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="669" />
        <source>no value yet</source>
        <translation>尚无数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="672" />
        <source>Breach: discuss</source>
        <translation>超出预警：需讨论</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="676" />
        <source>On target</source>
        <translation>达到目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="678" />
        <source>Within the alert threshold</source>
        <translation>在预警阈值内</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="682" />
        <source>when {rule}</source>
        <translation>{rule}时预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="706" />
        <source>Values of “{name}”</source>
        <translation>“{name}”的数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="706" />
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="712" />
        <source>breach</source>
        <translation>超出预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="732" />
        <source>JMC</source>
        <translation>JMC</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="732" />
        <source>JPT</source>
        <translation>JPT</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="963" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="976" />
        <source>delete of “{name}”</source>
        <translation>删除“{name}”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="983" />
        <source>Deleted “{name}”. Press Undo to bring it back.</source>
        <translation>已删除“{name}”。点击“撤销”可恢复。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="990" />
        <source>Undo {action}</source>
        <translation>撤销{action}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1005" />
        <source>Delete the goal “{title}”?</source>
        <translation>删除目标“{title}”？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1008" />
        <source>Its {goals} and {actions} stay in the plan, without this goal.</source>
        <translation>其下的{goals}和{actions}将保留在计划中，但不再归属此目标。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/followup.py" line="1010" />
        <source>%n sub-goal(s)</source>
        <translation>
            <numerusform>%n 个子目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/followup.py" line="1010" />
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n 项行动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1021" />
        <source>Delete the action “{title}”?</source>
        <translation>删除行动“{title}”？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/followup.py" line="1033" />
        <source>Delete the KPI “{name}” with its %n recorded value(s)?</source>
        <translation>
            <numerusform>删除 KPI“{name}”及其 %n 条已记录的数值？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1051" />
        <source>Delete the value of {period} ({value})?</source>
        <translation>删除 {period} 的数值（{value}）？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1063" />
        <source>Delete the decision “{text}”?</source>
        <translation>删除决策事项“{text}”？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1084" />
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1086" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1087" />
        <source>Goals and actions</source>
        <translation>目标与行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1088" />
        <source>Joint KPIs</source>
        <translation>联合 KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1089" />
        <source>JMC decisions</source>
        <translation>JMC 决策记录</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1091" />
        <source>Goal / action</source>
        <translation>目标 / 行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1091" />
        <source>Owners</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1091" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1091" />
        <location filename="../../healthdesk/ui/followup.py" line="1109" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1091" />
        <source>Aimed at</source>
        <translation>针对</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1091" />
        <source>Target / notes</source>
        <translation>目标值 / 备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1093" />
        <source>New goal…</source>
        <translation>新建目标…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1094" />
        <source>New sub-goal…</source>
        <translation>新建子目标…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1095" />
        <source>New action…</source>
        <translation>新建行动…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1096" />
        <location filename="../../healthdesk/ui/followup.py" line="1105" />
        <location filename="../../healthdesk/ui/followup.py" line="1113" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1097" />
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1098" />
        <location filename="../../healthdesk/ui/followup.py" line="1114" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1100" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1100" />
        <source>Latest value</source>
        <translation>最新数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1100" />
        <source>Alert</source>
        <translation>预警条件</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1100" />
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1100" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1102" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1102" />
        <source>Period ends</source>
        <translation>期末日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1102" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1102" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1103" />
        <source>New KPI…</source>
        <translation>新建 KPI…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1104" />
        <source>Record a value…</source>
        <translation>记录数值…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1106" />
        <source>Delete KPI…</source>
        <translation>删除 KPI…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1107" />
        <source>Delete value…</source>
        <translation>删除数值…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1109" />
        <source>Decided by</source>
        <translation>决策层级</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1109" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1109" />
        <source>Decision</source>
        <translation>决策事项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1109" />
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1111" />
        <source>New decision…</source>
        <translation>新建决策事项…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1112" />
        <source>Mark taken…</source>
        <translation>标记为已决定…</translation>
    </message>
</context>
</TS>