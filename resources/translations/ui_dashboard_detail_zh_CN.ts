<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DetailDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="108" />
        <source>{name} — detail</source>
        <translation>{name} — 详情</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="137" />
        <source>Dimension: {name}</source>
        <translation>所属维度：{name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="142" />
        <source>Scored so that 5 is always the healthiest.</source>
        <translation>评分方向统一：5 分始终代表最健康。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="153" />
        <source>This round ({label})</source>
        <translation>本轮（{label}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="155" />
        <source>The results of this round are hidden (blind round).</source>
        <translation>本轮结果暂不公开（盲评）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="163" />
        <source>History across rounds</source>
        <translation>历次评估</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="176" />
        <source>What the levels mean</source>
        <translation>各分值的含义</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="183" />
        <source>Problem descriptions in this round</source>
        <translation>本轮的问题描述</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="194" />
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="213" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="215" />
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="217" />
        <source>{label} spread</source>
        <translation>{label} 离散度</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="218" />
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="353" />
        <source>Joint</source>
        <translation>综合</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="219" />
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="355" />
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="283" />
        <source>({flag} at or above the gap threshold {limit})</source>
        <translation>（{flag} 达到或超过差距阈值 {limit}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="304" />
        <source>{label}: {scored} scored, {na} not applicable or don't know</source>
        <translation>{label}：{scored} 人评分，{na} 人选择“不适用/不清楚”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="311" />
        <source>Spread: how far one side's respondents are apart (standard deviation); {flag} at or above {limit}.</source>
        <translation>离散度：同一方答卷人之间的分歧程度（标准差）；{flag} 表示达到或超过 {limit}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="322" />
        <source>History chart</source>
        <translation>历史图表</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="350" />
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="354" />
        <source>Light</source>
        <translation>信号灯</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="406" />
        <source>not in this framework version</source>
        <translation>该框架版本无此项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="409" />
        <source>hidden</source>
        <translation>未公开</translation>
    </message>
</context>
</TS>