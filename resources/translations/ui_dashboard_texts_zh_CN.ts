<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="39" />
        <source>{name}: {gap}</source>
        <comment>gap list line</comment>
        <translation>{name}：{gap}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="45" />
        <source>{side}: {text}</source>
        <comment>problem description line</comment>
        <translation>{side}：{text}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="62" />
        <source>Preliminary: the round is still open; its results may change until it is closed.</source>
        <translation>初步结果：本轮尚未结束，结束前结果仍可能变化。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="67" />
        <source>The results of this round are hidden until both sides have at least {n} submitted responses (blind round). Still needed: {waiting}.</source>
        <translation>本轮为盲评：双方各有至少 {n} 份已提交答卷之前，结果不予显示。尚缺：{waiting}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="73" />
        <source>Withheld: {reasons}.</source>
        <translation>已隐去：{reasons}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="75" />
        <source>The joint scores, gaps, health index, trend and diagnosis need both sides.</source>
        <translation>综合得分、差距、健康指数、趋势和诊断需要双方的结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="78" />
        <source>The anonymity threshold of this round was lowered to {n}.</source>
        <translation>本轮的匿名阈值已降低为 {n}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="90" />
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="92" />
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="199" />
        <source>The results of this round are hidden (blind round).</source>
        <translation>本轮结果暂不公开（盲评）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="95" />
        <source>Early warnings</source>
        <translation>早期预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="97" />
        <source>No early warning.</source>
        <translation>无早期预警。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="104" />
        <source>Recommended next step: {step}</source>
        <translation>建议的下一步：{step}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="107" />
        <source>Where the partners disagree</source>
        <translation>双方分歧所在</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="109" />
        <source>Gaps need the results of both sides.</source>
        <translation>差距需要双方的结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="111" />
        <source>No gap of {limit} or more between the partners.</source>
        <translation>双方之间没有达到 {limit} 及以上的差距。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="115" />
        <source>Gaps of {limit} or more (often the first sign of a trust problem):</source>
        <translation>差距达到 {limit} 及以上（往往是信任问题的最早信号）：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="125" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="127" />
        <source>No tier without a health index.</source>
        <translation>没有健康指数，无法评定等级。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="131" />
        <source>{tier}: exit review due ({n} rounds in a row in the lowest tier).</source>
        <translation>{tier}：需进行退出评审（已连续 {n} 轮处于最低等级）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="135" />
        <source>Responses</source>
        <translation>答卷</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="138" />
        <source>Each side needs at least {n} submitted responses for its results to show.</source>
        <translation>每一方至少需要 {n} 份已提交答卷，其结果才会显示。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="142" />
        <source>What was withheld, and why</source>
        <translation>隐去的内容及原因</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="144" />
        <source>Everything, until both sides have at least {n} submitted responses.</source>
        <translation>全部内容，直到双方各有至少 {n} 份已提交答卷。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="147" />
        <source>Nothing was withheld.</source>
        <translation>没有隐去任何内容。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="161" />
        <source>The diagnosis needs the results of both sides.</source>
        <translation>诊断需要双方的结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="163" />
        <source>No bottleneck rule fired for this round.</source>
        <translation>本轮未触发任何瓶颈诊断规则。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="175" />
        <source>Why: {reasons}</source>
        <translation>依据：{reasons}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="179" />
        <source>Recommended next steps:</source>
        <translation>建议的下一步：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="194" />
        <source>What respondents wrote, grouped by dimension. Texts are never attributed to a person; only the partner is shown.</source>
        <translation>答卷人填写的问题描述，按维度分组。内容不会对应到具体个人，只显示所属合作方。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="211" />
        <source>General comments</source>
        <translation>总体意见</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="217" />
        <source>{label}'s problem descriptions are withheld ({reason}).</source>
        <translation>{label} 的问题描述已隐去（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="222" />
        <source>No problem descriptions in this round.</source>
        <translation>本轮没有问题描述。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="236" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="236" />
        <source>Joint</source>
        <translation>综合</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="236" />
        <source>Gap (A − B)</source>
        <translation>差距（甲 − 乙）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="276" />
        <source>Click for both sides, spread and history</source>
        <translation>点击查看双方得分、离散度与历史</translation>
    </message>
</context>
</TS>