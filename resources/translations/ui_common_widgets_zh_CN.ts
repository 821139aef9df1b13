<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../healthdesk/ui/common/widgets.py" line="94" />
        <location filename="../../healthdesk/ui/common/widgets.py" line="104" />
        <location filename="../../healthdesk/ui/common/widgets.py" line="118" />
        <source>HealthDesk</source>
        <translation>HealthDesk</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/widgets.py" line="125" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/widgets.py" line="374" />
        <source>Hide this hint</source>
        <translation>隐藏此提示</translation>
    </message>
</context>
</TS>