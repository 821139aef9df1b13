<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReviewExport</name>
    <message>
        <location filename="../../healthdesk/ui/review/key_messages.py" line="69" />
        <source>In &amp;English</source>
        <translation>英文(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/key_messages.py" line="70" />
        <source>In C&amp;hinese</source>
        <translation>中文(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/key_messages.py" line="72" />
        <source>One message per line, at most 5 per language, each at most 200 characters; either language may stay empty. Printed above the diagnosis on the summary page.</source>
        <translation>每行一条，每种语言最多 5 条，每条最多 200 个字符；任一语言均可留空。打印在摘要页的诊断之前。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/key_messages.py" line="78" />
        <source>&amp;Save messages</source>
        <translation>保存关键信息(&amp;S)</translation>
    </message>
</context>
</TS>