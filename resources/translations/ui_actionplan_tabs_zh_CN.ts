<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="155" />
        <source>Goal / action</source>
        <translation>目标 / 行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="155" />
        <source>Owners</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="155" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="155" />
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="499" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="155" />
        <source>Aimed at</source>
        <translation>针对</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="155" />
        <source>Target / notes</source>
        <translation>目标值 / 备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="157" />
        <source>New goal…</source>
        <translation>新建目标…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="158" />
        <source>New sub-goal…</source>
        <translation>新建子目标…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="159" />
        <source>New action…</source>
        <translation>新建行动…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="160" />
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="344" />
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="503" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="161" />
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="162" />
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="504" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="166" />
        <source>No action plan yet</source>
        <translation>还没有行动计划</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="168" />
        <source>After the review, agree goals with both partners and the actions that reach them: who does what, by when. The workshop can draft them with the JMC.</source>
        <translation>评审之后，与双方一起商定目标以及实现目标的行动：谁、做什么、何时完成。也可以在工作坊上与 JMC 一起起草。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="171" />
        <source>Add the first goal…</source>
        <translation>添加第一个目标…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="172" />
        <source>Start the workshop…</source>
        <translation>开始工作坊…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="201" />
        <source>overdue {n} d</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="201" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="215" />
        <source>Top-level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="215" />
        <source>Mid-term</source>
        <translation>中期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="215" />
        <source>Short-term</source>
        <translation>短期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="219" />
        <source>Actions without a goal</source>
        <translation>未归属目标的行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="226" />
        <source>{side}: {name}</source>
        <translation>{side}：{name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="230" />
        <source>{level}: {title}</source>
        <translation>{level}：{title}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="234" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="244" />
        <source> ({side})</source>
        <translation>（{side}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="339" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="339" />
        <source>Latest value</source>
        <translation>最新数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="339" />
        <source>Alert</source>
        <translation>预警条件</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="339" />
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="339" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="341" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="341" />
        <source>Period ends</source>
        <translation>期末日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="341" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="341" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="342" />
        <source>New KPI…</source>
        <translation>新建 KPI…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="343" />
        <source>Record a value…</source>
        <translation>记录数值…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="345" />
        <source>Delete KPI…</source>
        <translation>删除 KPI…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="346" />
        <source>Delete value…</source>
        <translation>删除数值…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="350" />
        <source>No joint KPIs yet</source>
        <translation>还没有联合 KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="352" />
        <source>Joint KPIs are the few numbers both partners watch together, with an alert threshold: the review shows every breach.</source>
        <translation>联合 KPI 是双方共同关注的少数几个指标，各带预警阈值：评审会列出每一次越线。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="355" />
        <source>Add the first KPI…</source>
        <translation>添加第一个 KPI…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="373" />
        <source>{value} ({period})</source>
        <translation>{value}（{period}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="377" />
        <source>no value yet</source>
        <translation>尚无数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="380" />
        <source>Breach: discuss</source>
        <translation>超出预警：需讨论</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="384" />
        <source>On target</source>
        <translation>达到目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="386" />
        <source>Within the alert threshold</source>
        <translation>在预警阈值内</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="390" />
        <source>when {rule}</source>
        <translation>{rule}时预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="414" />
        <source>Values of “{name}”</source>
        <translation>“{name}”的数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="414" />
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="420" />
        <source>breach</source>
        <translation>超出预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="499" />
        <source>Decided by</source>
        <translation>决策层级</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="499" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="499" />
        <source>Decision</source>
        <translation>决策事项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="499" />
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="501" />
        <source>New decision…</source>
        <translation>新建决策事项…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="502" />
        <source>Mark taken…</source>
        <translation>标记为已决定…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="508" />
        <source>No JMC decisions recorded</source>
        <translation>还没有记录 JMC 决策</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="510" />
        <source>Record what the joint management committee decides, or is asked to decide, so the next review can follow it up.</source>
        <translation>记录联合管理委员会做出的或待做出的决策，以便下次评审跟进。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="513" />
        <source>Record the first decision…</source>
        <translation>记录第一项决策…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="524" />
        <source>JMC</source>
        <translation>JMC</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/tabs.py" line="524" />
        <source>JPT</source>
        <translation>JPT</translation>
    </message>
</context>
</TS>