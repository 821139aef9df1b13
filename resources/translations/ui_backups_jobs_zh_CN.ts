<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Safety</name>
    <message>
        <location filename="../../healthdesk/ui/backups/jobs.py" line="87" />
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/jobs.py" line="88" />
        <source>Backing up the data… {done} of {total} copied</source>
        <translation>正在备份数据…已复制 {done}（共 {total}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/jobs.py" line="94" />
        <source>Restoring the backup… {done} of {total} copied</source>
        <translation>正在恢复备份…已复制 {done}（共 {total}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/jobs.py" line="148" />
        <source>Backing up the data…</source>
        <translation>正在备份数据…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/jobs.py" line="161" />
        <location filename="../../healthdesk/ui/backups/jobs.py" line="218" />
        <source>Backup written: {name}</source>
        <translation>已写入备份：{name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/jobs.py" line="227" />
        <source>Automatic backup failed: {reason}</source>
        <translation>自动备份失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/jobs.py" line="241" />
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/jobs.py" line="260" />
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/jobs.py" line="275" />
        <source>Cannot open the data folder</source>
        <translation>无法打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/jobs.py" line="278" />
        <source>Backup restored.</source>
        <translation>备份已恢复。</translation>
    </message>
</context>
</TS>