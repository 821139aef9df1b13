<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Safety</name>
    <message>
        <location filename="../../healthdesk/ui/backups/dialog.py" line="116" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/dialog.py" line="119" />
        <source>HealthDesk backs up your data when something changed, before upgrades and imports, and when it closes. Restoring replaces the current data with the chosen backup; the current data is kept aside in the backups folder first.</source>
        <translation>当数据有变化时、升级和导入之前以及关闭时，HealthDesk 都会备份您的数据。恢复会用所选备份替换当前数据；当前数据会先保留在备份文件夹中。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/dialog.py" line="124" />
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/dialog.py" line="124" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/dialog.py" line="124" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/dialog.py" line="125" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/dialog.py" line="126" />
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/dialog.py" line="127" />
        <source>Open backups folder</source>
        <translation>打开备份文件夹</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/dialog.py" line="128" />
        <source>Reading the backups folder…</source>
        <translation>正在读取备份文件夹…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/dialog.py" line="182" />
        <source>{reason} — holds data the current database does not</source>
        <translation>{reason}——含有当前数据库没有的数据</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/dialog.py" line="186" />
        <source>{name}: kept until you delete it by hand.</source>
        <translation>{name}：会一直保留，直到您手动删除。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/dialog.py" line="247" />
        <source>Replace the current data with the backup from {when}?

Everything changed since then will no longer show. The current data is kept aside in the backups folder, so this can be undone by hand.</source>
        <translation>用 {when} 的备份替换当前数据吗？

此后所做的修改将不再显示。当前数据会保留在备份文件夹中，因此可以手动撤销。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/dialog.py" line="251" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/dialog.py" line="251" />
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
</context>
</TS>