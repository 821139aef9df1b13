<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="180" />
        <location filename="../../healthdesk/ui/actionplan/page.py" line="495" />
        <source>Action plan – {name}</source>
        <translation>行动计划 – {name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="180" />
        <location filename="../../healthdesk/ui/actionplan/page.py" line="495" />
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/actionplan/page.py" line="197" />
        <source>%n action(s) overdue as of {date}.</source>
        <translation>
            <numerusform>截至 {date}，有 %n 项行动逾期。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="374" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="387" />
        <source>delete of “{name}”</source>
        <translation>删除“{name}”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="394" />
        <source>Deleted “{name}”. Press Undo to bring it back.</source>
        <translation>已删除“{name}”。点击“撤销”可恢复。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="401" />
        <source>Undo {action}</source>
        <translation>撤销{action}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="417" />
        <source>Delete the goal “{title}”?</source>
        <translation>删除目标“{title}”？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="420" />
        <source>Its {goals} and {actions} stay in the plan, without this goal.</source>
        <translation>其下的{goals}和{actions}将保留在计划中，但不再归属此目标。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/actionplan/page.py" line="422" />
        <source>%n sub-goal(s)</source>
        <translation>
            <numerusform>%n 个子目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/actionplan/page.py" line="422" />
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n 项行动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="433" />
        <source>Delete the action “{title}”?</source>
        <translation>删除行动“{title}”？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/actionplan/page.py" line="445" />
        <source>Delete the KPI “{name}” with its %n recorded value(s)?</source>
        <translation>
            <numerusform>删除 KPI“{name}”及其 %n 条已记录的数值？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="463" />
        <source>Delete the value of {period} ({value})?</source>
        <translation>删除 {period} 的数值（{value}）？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="475" />
        <source>Delete the decision “{text}”?</source>
        <translation>删除决策事项“{text}”？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="496" />
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="497" />
        <source>Start the workshop…</source>
        <translation>开始工作坊…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="498" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="499" />
        <source>Goals and actions</source>
        <translation>目标与行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="500" />
        <source>Joint KPIs</source>
        <translation>联合 KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/page.py" line="501" />
        <source>JMC decisions</source>
        <translation>JMC 决策记录</translation>
    </message>
</context>
</TS>