<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="38" />
        <source>{name}: {gap}</source>
        <comment>gap list line</comment>
        <translation>{name}：{gap}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="44" />
        <source>{side}: {text}</source>
        <comment>problem description line</comment>
        <translation>{side}：{text}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="55" />
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="57" />
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="164" />
        <source>The results of this round are hidden (blind round).</source>
        <translation>本轮结果暂不公开（盲评）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="60" />
        <source>Early warnings</source>
        <translation>早期预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="62" />
        <source>No early warning.</source>
        <translation>无早期预警。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="69" />
        <source>Recommended next step: {step}</source>
        <translation>建议的下一步：{step}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="72" />
        <source>Where the partners disagree</source>
        <translation>双方分歧所在</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="74" />
        <source>Gaps need the results of both sides.</source>
        <translation>差距需要双方的结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="76" />
        <source>No gap of {limit} or more between the partners.</source>
        <translation>双方之间没有达到 {limit} 及以上的差距。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="80" />
        <source>Gaps of {limit} or more (often the first sign of a trust problem):</source>
        <translation>差距达到 {limit} 及以上（往往是信任问题的最早信号）：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="90" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="92" />
        <source>No tier without a health index.</source>
        <translation>没有健康指数，无法评定等级。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="96" />
        <source>{tier}: exit review due ({n} rounds in a row in the lowest tier).</source>
        <translation>{tier}：需进行退出评审（已连续 {n} 轮处于最低等级）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="100" />
        <source>Responses</source>
        <translation>答卷</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="103" />
        <source>Each side needs at least {n} submitted responses for its results to show.</source>
        <translation>每一方至少需要 {n} 份已提交答卷，其结果才会显示。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="107" />
        <source>What was withheld, and why</source>
        <translation>隐去的内容及原因</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="109" />
        <source>Everything, until both sides have at least {n} submitted responses.</source>
        <translation>全部内容，直到双方各有至少 {n} 份已提交答卷。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="112" />
        <source>Nothing was withheld.</source>
        <translation>没有隐去任何内容。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="126" />
        <source>The diagnosis needs the results of both sides.</source>
        <translation>诊断需要双方的结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="128" />
        <source>No bottleneck rule fired for this round.</source>
        <translation>本轮未触发任何瓶颈诊断规则。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="140" />
        <source>Why: {reasons}</source>
        <translation>依据：{reasons}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="144" />
        <source>Recommended next steps:</source>
        <translation>建议的下一步：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="159" />
        <source>What respondents wrote, grouped by dimension. Texts are never attributed to a person; only the partner is shown.</source>
        <translation>答卷人填写的问题描述，按维度分组。内容不会对应到具体个人，只显示所属合作方。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="176" />
        <source>General comments</source>
        <translation>总体意见</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="182" />
        <source>{label}'s problem descriptions are withheld ({reason}).</source>
        <translation>{label} 的问题描述已隐去（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="187" />
        <source>No problem descriptions in this round.</source>
        <translation>本轮没有问题描述。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="201" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="201" />
        <source>Joint</source>
        <translation>综合</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="201" />
        <source>Gap (A − B)</source>
        <translation>差距（甲 − 乙）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/texts.py" line="241" />
        <source>Click for both sides, spread and history</source>
        <translation>点击查看双方得分、离散度与历史</translation>
    </message>
</context>
</TS>