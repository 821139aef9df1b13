<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="223" />
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="225" />
        <source>Radar</source>
        <translation>雷达图</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="226" />
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="227" />
        <source>Gaps</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="228" />
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="232" />
        <source>Findings</source>
        <translation>诊断与预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="233" />
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="234" />
        <source>Problems</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="241" />
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="361" />
        <source>Choose a partnership first.</source>
        <translation>请先选择一个合作关系。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="365" />
        <source>No assessment round yet. Open one on the Rounds page; the results appear here as soon as both sides have answered.</source>
        <translation>尚无评估轮次。请在“评估轮次”页开启一轮；双方作答后，结果即显示在这里。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="385" />
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="390" />
        <source>Dashboard — {name}</source>
        <translation>仪表板 — {name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="418" />
        <source>{round} ({status}, {period}) · as of {as_of}</source>
        <translation>{round}（{status}，{period}）· 截至 {as_of}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="432" />
        <source>Preliminary: the round is still open; its results may change until it is closed.</source>
        <translation>初步结果：本轮尚未结束，结束前结果仍可能变化。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="438" />
        <source>The results of this round are hidden until both sides have at least {n} submitted responses (blind round). Still needed: {waiting}.</source>
        <translation>本轮为盲评：双方各有至少 {n} 份已提交答卷之前，结果不予显示。尚缺：{waiting}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="444" />
        <source>Withheld: {reasons}.</source>
        <translation>已隐去：{reasons}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="447" />
        <source>The joint scores, gaps, health index, trend and diagnosis need both sides.</source>
        <translation>综合得分、差距、健康指数、趋势和诊断需要双方的结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="451" />
        <source>The anonymity threshold of this round was lowered to {n}.</source>
        <translation>本轮的匿名阈值已降低为 {n}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="525" />
        <source>The results of this round are hidden until both sides have submitted enough responses.</source>
        <translation>双方提交足够的答卷之前，本轮结果不予显示。</translation>
    </message>
</context>
</TS>