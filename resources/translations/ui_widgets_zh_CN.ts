<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../healthdesk/ui/widgets.py" line="67" />
        <location filename="../../healthdesk/ui/widgets.py" line="77" />
        <location filename="../../healthdesk/ui/widgets.py" line="91" />
        <source>HealthDesk</source>
        <translation>HealthDesk</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/widgets.py" line="98" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>