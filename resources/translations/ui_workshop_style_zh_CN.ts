<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../healthdesk/ui/workshop/style.py" line="37" />
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/style.py" line="37" />
        <source>Amber</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/style.py" line="37" />
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/style.py" line="42" />
        <source>Planned</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/style.py" line="43" />
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/style.py" line="44" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/style.py" line="45" />
        <source>Dropped</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/style.py" line="50" />
        <source>Top-level goal</source>
        <translation>顶层目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/style.py" line="50" />
        <source>Mid-term goal</source>
        <translation>中期目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/style.py" line="50" />
        <source>Short-term goal</source>
        <translation>短期目标</translation>
    </message>
</context>
</TS>