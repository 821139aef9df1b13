<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="228" />
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="230" />
        <source>Radar</source>
        <translation>雷达图</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="231" />
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="232" />
        <source>Gaps</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="233" />
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="237" />
        <source>Findings</source>
        <translation>诊断与预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="238" />
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="239" />
        <source>Problems</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="246" />
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="365" />
        <source>Choose a partnership first.</source>
        <translation>请先选择一个合作关系。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="369" />
        <source>No assessment round yet. Open one on the Rounds page; the results appear here as soon as both sides have answered.</source>
        <translation>尚无评估轮次。请在“评估轮次”页开启一轮；双方作答后，结果即显示在这里。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="389" />
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="394" />
        <source>Dashboard — {name}</source>
        <translation>仪表板 — {name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="422" />
        <source>{round} ({status}, {period}) · as of {as_of}</source>
        <translation>{round}（{status}，{period}）· 截至 {as_of}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="501" />
        <source>The results of this round are hidden until both sides have submitted enough responses.</source>
        <translation>双方提交足够的答卷之前，本轮结果不予显示。</translation>
    </message>
</context>
</TS>