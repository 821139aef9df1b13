<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="377" />
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="379" />
        <source>Radar</source>
        <translation>雷达图</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="380" />
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="381" />
        <source>Gaps</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="382" />
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="386" />
        <source>Findings</source>
        <translation>诊断与预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="387" />
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="388" />
        <source>Problems</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="396" />
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="502" />
        <source>Choose a partnership first.</source>
        <translation>请先选择一个合作关系。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="509" />
        <source>No assessment round yet. Open one on the Rounds page; the results appear here as soon as both sides have answered.</source>
        <translation>尚无评估轮次。请在“评估轮次”页开启一轮；双方作答后，结果即显示在这里。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="529" />
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="535" />
        <source>Dashboard — {name}</source>
        <translation>仪表板 — {name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="575" />
        <source>{round} ({status}, {period}) · as of {as_of}</source>
        <translation>{round}（{status}，{period}）· 截至 {as_of}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="586" />
        <source>The results of this round are hidden until both sides have at least {n} submitted responses (blind round). Still needed: {waiting}.</source>
        <translation>本轮为盲评：双方各有至少 {n} 份已提交答卷之前，结果不予显示。尚缺：{waiting}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="597" />
        <source>Withheld: {reasons}.</source>
        <translation>已隐去：{reasons}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="600" />
        <source>The joint scores, gaps, health index, trend and diagnosis need both sides.</source>
        <translation>综合得分、差距、健康指数、趋势和诊断需要双方的结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="604" />
        <source>The anonymity threshold of this round was lowered to {n}.</source>
        <translation>本轮的匿名阈值已降低为 {n}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="610" />
        <source>Preliminary: the round is still open; its results may change until it is closed.</source>
        <translation>初步结果：本轮尚未结束，结束前结果仍可能变化。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="638" />
        <source>hidden</source>
        <translation>未公开</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="639" />
        <location filename="../../healthdesk/ui/dashboard/page.py" line="654" />
        <source>Health index</source>
        <translation>健康指数</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="647" />
        <source>{tier} · exit review due</source>
        <translation>{tier} · 需进行退出评审</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="651" />
        <source>Joint score {value} / 5</source>
        <translation>综合得分 {value} / 5</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="668" />
        <location filename="../../healthdesk/ui/dashboard/page.py" line="983" />
        <source>Click for both sides, spread and history</source>
        <translation>点击查看双方得分、离散度与历史</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="711" />
        <source>{name}: {gap}</source>
        <comment>gap list line</comment>
        <translation>{name}：{gap}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="716" />
        <source>{side}: {text}</source>
        <comment>problem description line</comment>
        <translation>{side}：{text}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="731" />
        <location filename="../../healthdesk/ui/dashboard/page.py" line="735" />
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="732" />
        <location filename="../../healthdesk/ui/dashboard/page.py" line="887" />
        <source>The results of this round are hidden (blind round).</source>
        <translation>本轮结果暂不公开（盲评）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="737" />
        <source>The diagnosis needs the results of both sides.</source>
        <translation>诊断需要双方的结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="739" />
        <source>No bottleneck rule fired for this round.</source>
        <translation>本轮未触发任何瓶颈诊断规则。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="753" />
        <source>Why: {reasons}</source>
        <translation>依据：{reasons}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="758" />
        <source>Recommended next steps:</source>
        <translation>建议的下一步：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="764" />
        <source>Early warnings</source>
        <translation>早期预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="766" />
        <source>No early warning.</source>
        <translation>无早期预警。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="773" />
        <source>Recommended next step: {step}</source>
        <translation>建议的下一步：{step}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="776" />
        <source>Where the partners disagree</source>
        <translation>双方分歧所在</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="788" />
        <source>Gaps need the results of both sides.</source>
        <translation>差距需要双方的结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="793" />
        <source>No gap of {limit} or more between the partners.</source>
        <translation>双方之间没有达到 {limit} 及以上的差距。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="803" />
        <source>Gaps of {limit} or more (often the first sign of a trust problem):</source>
        <translation>差距达到 {limit} 及以上（往往是信任问题的最早信号）：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="811" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="813" />
        <source>No tier without a health index.</source>
        <translation>没有健康指数，无法评定等级。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="818" />
        <source>{tier}: exit review due ({n} rounds in a row in the lowest tier).</source>
        <translation>{tier}：需进行退出评审（已连续 {n} 轮处于最低等级）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="821" />
        <source>Responses</source>
        <translation>答卷</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="842" />
        <source>Each side needs at least {n} submitted responses for its results to show.</source>
        <translation>每一方至少需要 {n} 份已提交答卷，其结果才会显示。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="848" />
        <source>What was withheld, and why</source>
        <translation>隐去的内容及原因</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="853" />
        <source>Everything, until both sides have at least {n} submitted responses.</source>
        <translation>全部内容，直到双方各有至少 {n} 份已提交答卷。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="860" />
        <source>Nothing was withheld.</source>
        <translation>没有隐去任何内容。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="880" />
        <source>What respondents wrote, grouped by dimension. Texts are never attributed to a person; only the partner is shown.</source>
        <translation>答卷人填写的问题描述，按维度分组。内容不会对应到具体个人，只显示所属合作方。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="909" />
        <source>General comments</source>
        <translation>总体意见</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="920" />
        <source>{label}'s problem descriptions are withheld ({reason}).</source>
        <translation>{label} 的问题描述已隐去（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="936" />
        <source>No problem descriptions in this round.</source>
        <translation>本轮没有问题描述。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="947" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="947" />
        <source>Joint</source>
        <translation>综合</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="947" />
        <source>Gap (A − B)</source>
        <translation>差距（甲 − 乙）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/page.py" line="1044" />
        <source>The results of this round are hidden until both sides have submitted enough responses.</source>
        <translation>双方提交足够的答卷之前，本轮结果不予显示。</translation>
    </message>
</context>
</TS>