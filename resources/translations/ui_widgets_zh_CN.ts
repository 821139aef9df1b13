<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../healthdesk/ui/widgets.py" line="70" />
        <location filename="../../healthdesk/ui/widgets.py" line="80" />
        <location filename="../../healthdesk/ui/widgets.py" line="94" />
        <source>HealthDesk</source>
        <translation>HealthDesk</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/widgets.py" line="101" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>