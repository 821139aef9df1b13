<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Safety</name>
    <message>
        <location filename="../../healthdesk/ui/backups/lost.py" line="48" />
        <source>The database is missing</source>
        <translation>数据库不见了</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/lost.py" line="48" />
        <source>The database is empty</source>
        <translation>数据库是空的</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/lost.py" line="55" />
        <source>HealthDesk's database is missing from {folder}, but its backups hold your data.</source>
        <translation>{folder} 中的 HealthDesk 数据库不见了，但备份中仍保存着您的数据。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/lost.py" line="57" />
        <source>HealthDesk's database in {folder} is empty, but its backups hold your data.</source>
        <translation>{folder} 中的 HealthDesk 数据库是空的，但备份中仍保存着您的数据。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/lost.py" line="65" />
        <source>Nothing has been created or changed yet. The newest good backup is from {when} and holds {contents}. Restore it to go on where you left off, or pick another backup below.</source>
        <translation>目前尚未新建或更改任何内容。最新的完好备份来自 {when}，包含 {contents}。恢复它即可从上次中断处继续，也可以在下方选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/lost.py" line="77" />
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/lost.py" line="77" />
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/lost.py" line="77" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/lost.py" line="94" />
        <source>Restore the selected backup</source>
        <translation>恢复所选备份</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/lost.py" line="97" />
        <source>Start empty…</source>
        <translation>从空数据库开始…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/lost.py" line="99" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/lost.py" line="125" />
        <source>Start with an empty database?

The {contents} in the newest backup (from {when}) will not be in it. They come back only if you restore a backup later (File → Backups and restore…); that backup is kept until you delete it by hand.</source>
        <translation>要从空数据库开始吗？

最新备份（来自 {when}）中的 {contents} 都不会出现在新数据库中。只有日后恢复备份（文件 → 备份与恢复…）才能找回它们；该备份会一直保留，直到您手动删除。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/lost.py" line="135" />
        <source>Start empty</source>
        <translation>从空数据库开始</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/lost.py" line="135" />
        <source>Start with an empty database</source>
        <translation>从空数据库开始</translation>
    </message>
</context>
</TS>