<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="78" />
        <source>{field} must be a number (got '{value}')</source>
        <translation>{field}必须是数字（输入的是“{value}”）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="79" />
        <source>a KPI named '{name}' already exists in this partnership</source>
        <translation>该合作中已有名为“{name}”的 KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="80" />
        <source>a {level} goal cannot sit under a {parent_level} goal</source>
        <translation>{level}目标不能放在{parent_level}目标之下</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="81" />
        <source>this goal has {level} goals under it; it cannot become a {new_level} goal</source>
        <translation>该目标下有{level}目标，不能改为{new_level}目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="82" />
        <source>{kind} {key} belongs to another partnership</source>
        <translation>{kind} {key} 属于另一个合作</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="84" />
        <source>round '{label}' is blind: nobody's results show until both sides have {threshold} submitted responses (still missing: {waiting})</source>
        <translation>“{label}”轮为盲评：双方各有 {threshold} 份已提交答卷之前，任何人的结果都不显示（仍缺：{waiting}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="93" />
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="94" />
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="95" />
        <source>Owner on side A</source>
        <translation>甲方负责人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="96" />
        <source>Owner on side B</source>
        <translation>乙方负责人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="97" />
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="98" />
        <source>Measurable target</source>
        <translation>可衡量的目标值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="99" />
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="100" />
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="101" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="102" />
        <source>Owner's side</source>
        <translation>负责方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="103" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="104" />
        <source>KPI name</source>
        <translation>KPI 名称</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="105" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="106" />
        <location filename="../../healthdesk/ui/followup.py" line="1055" />
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="107" />
        <source>Alert threshold</source>
        <translation>预警阈值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="108" />
        <source>Direction</source>
        <translation>预警方向</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="109" />
        <location filename="../../healthdesk/ui/followup.py" line="1057" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="110" />
        <source>Period end</source>
        <translation>期末日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="111" />
        <location filename="../../healthdesk/ui/followup.py" line="1057" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="112" />
        <location filename="../../healthdesk/ui/followup.py" line="1057" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="113" />
        <location filename="../../healthdesk/ui/followup.py" line="1064" />
        <source>Decision</source>
        <translation>决策事项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="114" />
        <source>Decision date</source>
        <translation>决策日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="115" />
        <location filename="../../healthdesk/ui/followup.py" line="1064" />
        <source>Decided by</source>
        <translation>决策层级</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="116" />
        <location filename="../../healthdesk/ui/followup.py" line="1064" />
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="117" />
        <source>goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="118" />
        <location filename="../../healthdesk/ui/followup.py" line="1055" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="119" />
        <source>KPI value</source>
        <translation>KPI 数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="120" />
        <source>top-level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="121" />
        <source>mid-term</source>
        <translation>中期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="122" />
        <source>short-term</source>
        <translation>短期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="163" />
        <source>above {value}</source>
        <translation>高于 {value}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="164" />
        <source>below {value}</source>
        <translation>低于 {value}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="169" />
        <source>{name}: {value} in {period} is {rule}, the alert threshold: discuss it.</source>
        <translation>{name}：{period} 为 {value}，{rule}（预警阈值），需要讨论。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="179" />
        <source>Overdue by {days} days: {title}{owner}</source>
        <translation>已逾期 {days} 天：{title}{owner}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="186" />
        <source>both</source>
        <translation>双方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="279" />
        <source>Follow-up: goals, actions, KPIs, decisions</source>
        <translation>跟进：目标、行动、KPI、决策</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="281" />
        <source>open goals</source>
        <translation>未完成目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="282" />
        <source>overdue actions</source>
        <translation>逾期行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="283" />
        <source>KPI breaches</source>
        <translation>KPI 预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="284" />
        <source>decisions requested from the JMC</source>
        <translation>待 JMC 决策事项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="288" />
        <source>… and {n} more</source>
        <translation>……另有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="291" />
        <source>Open the action plan</source>
        <translation>打开行动计划</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="292" />
        <location filename="../../healthdesk/ui/followup.py" line="1040" />
        <source>Start the workshop…</source>
        <translation>开始工作坊…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="526" />
        <source>{n} action(s) overdue as of {date}.</source>
        <translation>截至 {date}，有 {n} 项行动逾期。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="550" />
        <source>overdue {n} d</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="550" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="559" />
        <source>Top-level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="559" />
        <source>Mid-term</source>
        <translation>中期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="559" />
        <source>Short-term</source>
        <translation>短期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="605" />
        <source>Actions without a goal</source>
        <translation>未归属目标的行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="627" />
        <source>no value yet</source>
        <translation>尚无数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="629" />
        <source>Breach: discuss</source>
        <translation>超出预警：需讨论</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="633" />
        <source>On target</source>
        <translation>达到目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="635" />
        <source>Within the alert threshold</source>
        <translation>在预警阈值内</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="639" />
        <source>when {rule}</source>
        <translation>{rule}时预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="663" />
        <source>Values of “{name}”</source>
        <translation>“{name}”的数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="663" />
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="669" />
        <source>breach</source>
        <translation>超出预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="689" />
        <source>JMC</source>
        <translation>JMC</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="689" />
        <source>JPT</source>
        <translation>JPT</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="920" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="933" />
        <source>delete of “{name}”</source>
        <translation>删除“{name}”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="940" />
        <source>Deleted “{name}”. Press Undo to bring it back.</source>
        <translation>已删除“{name}”。点击“撤销”可恢复。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="947" />
        <source>Undo {action}</source>
        <translation>撤销{action}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="962" />
        <source>Delete the goal “{title}”?</source>
        <translation>删除目标“{title}”？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="965" />
        <source>Its {goals} sub-goal(s) and {actions} action(s) stay in the plan, without this goal.</source>
        <translation>其下的 {goals} 个子目标和 {actions} 项行动将保留在计划中，但不再归属此目标。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="976" />
        <source>Delete the action “{title}”?</source>
        <translation>删除行动“{title}”？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="988" />
        <source>Delete the KPI “{name}” with its {n} recorded value(s)?</source>
        <translation>删除 KPI“{name}”及其 {n} 条已记录的数值？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1006" />
        <source>Delete the value of {period} ({value})?</source>
        <translation>删除 {period} 的数值（{value}）？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1018" />
        <source>Delete the decision “{text}”?</source>
        <translation>删除决策事项“{text}”？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="511" />
        <location filename="../../healthdesk/ui/followup.py" line="1038" />
        <source>Action plan – {name}</source>
        <translation>行动计划 – {name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="511" />
        <location filename="../../healthdesk/ui/followup.py" line="1038" />
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1039" />
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1041" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1042" />
        <source>Goals and actions</source>
        <translation>目标与行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1043" />
        <source>Joint KPIs</source>
        <translation>联合 KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1044" />
        <source>JMC decisions</source>
        <translation>JMC 决策记录</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1046" />
        <source>Goal / action</source>
        <translation>目标 / 行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1046" />
        <source>Owners</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1046" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1046" />
        <location filename="../../healthdesk/ui/followup.py" line="1064" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1046" />
        <source>Aimed at</source>
        <translation>针对</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1046" />
        <source>Target / notes</source>
        <translation>目标值 / 备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1048" />
        <source>New goal…</source>
        <translation>新建目标…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1049" />
        <source>New sub-goal…</source>
        <translation>新建子目标…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1050" />
        <source>New action…</source>
        <translation>新建行动…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1051" />
        <location filename="../../healthdesk/ui/followup.py" line="1060" />
        <location filename="../../healthdesk/ui/followup.py" line="1068" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1052" />
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1053" />
        <location filename="../../healthdesk/ui/followup.py" line="1069" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1055" />
        <source>Latest value</source>
        <translation>最新数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1055" />
        <source>Alert</source>
        <translation>预警条件</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1055" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1057" />
        <source>Period ends</source>
        <translation>期末日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1058" />
        <source>New KPI…</source>
        <translation>新建 KPI…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1059" />
        <source>Record a value…</source>
        <translation>记录数值…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1061" />
        <source>Delete KPI…</source>
        <translation>删除 KPI…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1062" />
        <source>Delete value…</source>
        <translation>删除数值…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1064" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1066" />
        <source>New decision…</source>
        <translation>新建决策事项…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/followup.py" line="1067" />
        <source>Mark taken…</source>
        <translation>标记为已决…</translation>
    </message>
</context>
</TS>