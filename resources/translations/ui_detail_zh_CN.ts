<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DetailDialog</name>
    <message>
        <location filename="../../healthdesk/ui/detail.py" line="107" />
        <source>{name} — detail</source>
        <translation>{name} — 详情</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/detail.py" line="136" />
        <source>Dimension: {name}</source>
        <translation>所属维度：{name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/detail.py" line="141" />
        <source>Scored so that 5 is always the healthiest.</source>
        <translation>评分方向统一：5 分始终代表最健康。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/detail.py" line="152" />
        <source>This round ({label})</source>
        <translation>本轮（{label}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/detail.py" line="154" />
        <source>The results of this round are hidden (blind round).</source>
        <translation>本轮结果暂不公开（盲评）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/detail.py" line="162" />
        <source>History across rounds</source>
        <translation>历次评估</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/detail.py" line="175" />
        <source>What the levels mean</source>
        <translation>各分值的含义</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/detail.py" line="182" />
        <source>Problem descriptions in this round</source>
        <translation>本轮的问题描述</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/detail.py" line="193" />
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/detail.py" line="212" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/detail.py" line="214" />
        <location filename="../../healthdesk/ui/detail.py" line="216" />
        <source>{label} spread</source>
        <translation>{label} 离散度</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/detail.py" line="217" />
        <location filename="../../healthdesk/ui/detail.py" line="363" />
        <source>Joint</source>
        <translation>综合</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/detail.py" line="218" />
        <location filename="../../healthdesk/ui/detail.py" line="365" />
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/detail.py" line="282" />
        <source>({flag} at or above the gap threshold {limit})</source>
        <translation>（{flag} 达到或超过差距阈值 {limit}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/detail.py" line="303" />
        <source>{label}: {scored} scored, {na} not applicable or don't know</source>
        <translation>{label}：{scored} 人评分，{na} 人选择“不适用/不清楚”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/detail.py" line="310" />
        <source>Spread: how far one side's respondents are apart (standard deviation); {flag} at or above {limit}.</source>
        <translation>离散度：同一方答卷人之间的分歧程度（标准差）；{flag} 表示达到或超过 {limit}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/detail.py" line="321" />
        <source>History chart</source>
        <translation>历史图表</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/detail.py" line="360" />
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/detail.py" line="364" />
        <source>Light</source>
        <translation>信号灯</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/detail.py" line="410" />
        <source>not in this framework version</source>
        <translation>该框架版本无此项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/detail.py" line="413" />
        <source>hidden</source>
        <translation>未公开</translation>
    </message>
</context>
</TS>