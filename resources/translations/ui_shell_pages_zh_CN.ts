<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../healthdesk/ui/shell/pages.py" line="66" />
        <source>This screen is not available in this version yet.</source>
        <translation>此版本尚未提供该界面。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/pages.py" line="90" />
        <source>Opening your data…</source>
        <translation>正在打开您的数据…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/pages.py" line="298" />
        <source>Choose a partnership first.</source>
        <translation>请先选择一个合作关系。</translation>
    </message>
</context>
</TS>