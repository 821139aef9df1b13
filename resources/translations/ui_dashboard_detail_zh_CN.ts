<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DetailDialog</name>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="114" />
        <source>{name} — detail</source>
        <translation>{name} — 详情</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="143" />
        <source>Dimension: {name}</source>
        <translation>所属维度：{name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="148" />
        <source>Scored so that 5 is always the healthiest.</source>
        <translation>评分方向统一：5 分始终代表最健康。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="159" />
        <source>This round ({label})</source>
        <translation>本轮（{label}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="161" />
        <source>The results of this round are hidden (blind round).</source>
        <translation>本轮结果暂不公开（盲评）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="169" />
        <source>History across rounds</source>
        <translation>历次评估</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="185" />
        <source>What the levels mean</source>
        <translation>各分值的含义</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="192" />
        <source>Problem descriptions in this round</source>
        <translation>本轮的问题描述</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="203" />
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="215" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="217" />
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="219" />
        <source>{label} spread</source>
        <translation>{label} 离散度</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="220" />
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="327" />
        <source>Joint</source>
        <translation>综合</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="221" />
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="329" />
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="269" />
        <source>({flag} at or above the gap threshold {limit})</source>
        <translation>（{flag} 达到或超过差距阈值 {limit}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="278" />
        <source>{label}: {scored} scored, {na} not applicable or don't know</source>
        <translation>{label}：{scored} 人评分，{na} 人选择“不适用/不清楚”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="285" />
        <source>Spread: how far one side's respondents are apart (standard deviation); {flag} at or above {limit}.</source>
        <translation>离散度：同一方答卷人之间的分歧程度（标准差）；{flag} 表示达到或超过 {limit}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="296" />
        <source>History chart</source>
        <translation>历史图表</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="324" />
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="328" />
        <source>Light</source>
        <translation>信号灯</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="365" />
        <source>not in this framework version</source>
        <translation>该框架版本无此项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/detail.py" line="368" />
        <source>hidden</source>
        <translation>未公开</translation>
    </message>
</context>
</TS>