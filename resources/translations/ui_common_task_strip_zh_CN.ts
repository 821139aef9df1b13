<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>TaskStrip</name>
    <message>
        <location filename="../../healthdesk/ui/common/task_strip.py" line="78" />
        <source>Stopping…</source>
        <translation>正在停止……</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/task_strip.py" line="80" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>