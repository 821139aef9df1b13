<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../healthdesk/ui/widgets.py" line="76" />
        <location filename="../../healthdesk/ui/widgets.py" line="84" />
        <location filename="../../healthdesk/ui/widgets.py" line="96" />
        <source>HealthDesk</source>
        <translation>HealthDesk</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/widgets.py" line="103" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>