<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Safety</name>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="90" />
        <source>Data folder in use</source>
        <translation>数据文件夹正在使用中</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="91" />
        <source>Another HealthDesk is already working on this data folder.</source>
        <translation>另一个 HealthDesk 正在使用此数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="96" />
        <source>Only one HealthDesk can change the data at a time, so nothing is lost. You can look at the data read-only now, or quit and close the other HealthDesk first.</source>
        <translation>同一时间只能有一个 HealthDesk 修改数据，这样不会丢失任何内容。您可以现在以只读方式查看数据，或者退出并先关闭另一个 HealthDesk。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="100" />
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="101" />
        <location filename="../../healthdesk/ui/backups/safety.py" line="147" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="125" />
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="126" />
        <source>HealthDesk cannot read its database safely.</source>
        <translation>HealthDesk 无法安全地读取其数据库。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="132" />
        <source>The damaged file will be kept aside in the “damaged” folder (nothing is deleted), so it can still be examined or rescued later.</source>
        <translation>损坏的文件将被保留在“damaged”文件夹中（不会删除任何内容），以便日后检查或抢救。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="137" />
        <source>The newest good backup is from {when} ({reason}).</source>
        <translation>最新的完好备份来自 {when}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="145" />
        <source>Restore the newest good backup</source>
        <translation>恢复最新的完好备份</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="146" />
        <source>Start with an empty database</source>
        <translation>从空数据库开始</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="169" />
        <location filename="../../healthdesk/ui/backups/safety.py" line="183" />
        <location filename="../../healthdesk/ui/backups/safety.py" line="205" />
        <location filename="../../healthdesk/ui/backups/safety.py" line="251" />
        <location filename="../../healthdesk/ui/backups/safety.py" line="265" />
        <source>Cannot open the data folder</source>
        <translation>无法打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="177" />
        <source>Please use the newer HealthDesk for this data folder.</source>
        <translation>请使用较新版本的 HealthDesk 打开此数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="178" />
        <source>Made by a newer HealthDesk</source>
        <translation>由较新版本的 HealthDesk 创建</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="210" />
        <source>The backup from {when} was restored. The damaged file was kept in {path}.</source>
        <translation>已恢复 {when} 的备份。损坏的文件保留在 {path}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="213" />
        <location filename="../../healthdesk/ui/backups/safety.py" line="271" />
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="223" />
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="271" />
        <source>The backup from {when} was restored.</source>
        <translation>已恢复 {when} 的备份。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="288" />
        <source>The data folder {path} is inside a cloud-synced folder. A sync client can copy the database half-written or make conflicting copies. Keep the data folder outside it and rely on HealthDesk's backups instead.</source>
        <translation>数据文件夹 {path} 位于云同步文件夹内。同步客户端可能复制写到一半的数据库或产生冲突副本。请把数据文件夹移出同步文件夹，改用 HealthDesk 自带的备份。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="293" />
        <source>The data folder {path} is on a network drive. SQLite's locking is unreliable there and the database can be damaged. Keep the data folder on a local disk.</source>
        <translation>数据文件夹 {path} 位于网络驱动器上。SQLite 的文件锁在网络驱动器上不可靠，数据库可能损坏。请把数据文件夹放在本地磁盘上。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="307" />
        <source>Data folder at risk</source>
        <translation>数据文件夹存在风险</translation>
    </message>
</context>
</TS>