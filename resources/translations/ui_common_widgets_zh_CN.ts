<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../healthdesk/ui/common/widgets.py" line="86" />
        <location filename="../../healthdesk/ui/common/widgets.py" line="96" />
        <location filename="../../healthdesk/ui/common/widgets.py" line="110" />
        <source>HealthDesk</source>
        <translation>HealthDesk</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/widgets.py" line="117" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/widgets.py" line="366" />
        <source>Hide this hint</source>
        <translation>隐藏此提示</translation>
    </message>
</context>
</TS>