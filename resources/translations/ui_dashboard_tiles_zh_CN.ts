<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../healthdesk/ui/dashboard/tiles.py" line="210" />
        <location filename="../../healthdesk/ui/dashboard/tiles.py" line="221" />
        <source>Health index</source>
        <translation>健康指数</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/tiles.py" line="210" />
        <location filename="../../healthdesk/ui/dashboard/tiles.py" line="235" />
        <source>hidden</source>
        <translation>未公开</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/tiles.py" line="214" />
        <source>{tier} · exit review due</source>
        <translation>{tier} · 需进行退出评审</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/tiles.py" line="218" />
        <source>Joint score {value} / 5</source>
        <translation>综合得分 {value} / 5</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard/tiles.py" line="237" />
        <source>Click for both sides, spread and history</source>
        <translation>点击查看双方得分、离散度与历史</translation>
    </message>
</context>
</TS>