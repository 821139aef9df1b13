<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Safety</name>
    <message>
        <location filename="../../healthdesk/ui/backups/shared.py" line="39" />
        <source>contents unknown</source>
        <translation>内容未知</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/shared.py" line="41" />
        <source>1 partnership</source>
        <translation>1 个合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/shared.py" line="41" />
        <source>{n} partnerships</source>
        <translation>{n} 个合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/shared.py" line="42" />
        <source>1 round</source>
        <translation>1 轮评估</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/shared.py" line="42" />
        <source>{n} rounds</source>
        <translation>{n} 轮评估</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/shared.py" line="43" />
        <source>1 answer</source>
        <translation>1 条回答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/shared.py" line="43" />
        <source>{n} answers</source>
        <translation>{n} 条回答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/shared.py" line="45" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/shared.py" line="50" />
        <source>made by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/shared.py" line="51" />
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/shared.py" line="52" />
        <source>on closing</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/shared.py" line="53" />
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/shared.py" line="54" />
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/shared.py" line="55" />
        <source>before demo data</source>
        <translation>示例数据前</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/shared.py" line="60" />
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/shared.py" line="66" />
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/shared.py" line="67" />
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
</context>
</TS>