<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Safety</name>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="75" />
        <source>Data folder in use</source>
        <translation>数据文件夹正在使用中</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="76" />
        <source>Another HealthDesk is already working on this data folder.</source>
        <translation>另一个 HealthDesk 正在使用此数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="81" />
        <source>Only one HealthDesk can change the data at a time, so nothing is lost. You can look at the data read-only now, or quit and close the other HealthDesk first.</source>
        <translation>同一时间只能有一个 HealthDesk 修改数据，这样不会丢失任何内容。您可以现在以只读方式查看数据，或者退出并先关闭另一个 HealthDesk。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="85" />
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="86" />
        <location filename="../../healthdesk/ui/backups/safety.py" line="132" />
        <location filename="../../healthdesk/ui/backups/safety.py" line="376" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="110" />
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="111" />
        <source>HealthDesk cannot read its database safely.</source>
        <translation>HealthDesk 无法安全地读取其数据库。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="117" />
        <source>The damaged file will be kept aside in the “damaged” folder (nothing is deleted), so it can still be examined or rescued later.</source>
        <translation>损坏的文件将被保留在“damaged”文件夹中（不会删除任何内容），以便日后检查或抢救。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="122" />
        <source>The newest good backup is from {when} ({reason}).</source>
        <translation>最新的完好备份来自 {when}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="130" />
        <source>Restore the newest good backup</source>
        <translation>恢复最新的完好备份</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="131" />
        <location filename="../../healthdesk/ui/backups/safety.py" line="412" />
        <source>Start with an empty database</source>
        <translation>从空数据库开始</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="197" />
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="198" />
        <source>Backing up the data… {done} of {total} copied</source>
        <translation>正在备份数据…已复制 {done}（共 {total}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="219" />
        <location filename="../../healthdesk/ui/backups/safety.py" line="233" />
        <location filename="../../healthdesk/ui/backups/safety.py" line="255" />
        <location filename="../../healthdesk/ui/backups/safety.py" line="430" />
        <location filename="../../healthdesk/ui/backups/safety.py" line="444" />
        <location filename="../../healthdesk/ui/backups/safety.py" line="795" />
        <source>Cannot open the data folder</source>
        <translation>无法打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="227" />
        <source>Please use the newer HealthDesk for this data folder.</source>
        <translation>请使用较新版本的 HealthDesk 打开此数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="228" />
        <source>Made by a newer HealthDesk</source>
        <translation>由较新版本的 HealthDesk 创建</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="260" />
        <source>The backup from {when} was restored. The damaged file was kept in {path}.</source>
        <translation>已恢复 {when} 的备份。损坏的文件保留在 {path}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="263" />
        <location filename="../../healthdesk/ui/backups/safety.py" line="450" />
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="273" />
        <location filename="../../healthdesk/ui/backups/safety.py" line="768" />
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="292" />
        <source>contents unknown</source>
        <translation>内容未知</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="294" />
        <source>1 partnership</source>
        <translation>1 个合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="294" />
        <source>{n} partnerships</source>
        <translation>{n} 个合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="295" />
        <source>1 round</source>
        <translation>1 轮评估</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="295" />
        <source>{n} rounds</source>
        <translation>{n} 轮评估</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="296" />
        <source>1 answer</source>
        <translation>1 条回答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="296" />
        <source>{n} answers</source>
        <translation>{n} 条回答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="298" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="325" />
        <source>The database is missing</source>
        <translation>数据库不见了</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="325" />
        <source>The database is empty</source>
        <translation>数据库是空的</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="332" />
        <source>HealthDesk's database is missing from {folder}, but its backups hold your data.</source>
        <translation>{folder} 中的 HealthDesk 数据库不见了，但备份中仍保存着您的数据。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="334" />
        <source>HealthDesk's database in {folder} is empty, but its backups hold your data.</source>
        <translation>{folder} 中的 HealthDesk 数据库是空的，但备份中仍保存着您的数据。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="342" />
        <source>Nothing has been created or changed yet. The newest good backup is from {when} and holds {contents}. Restore it to go on where you left off, or pick another backup below.</source>
        <translation>目前尚未新建或更改任何内容。最新的完好备份来自 {when}，包含 {contents}。恢复它即可从上次中断处继续，也可以在下方选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="354" />
        <location filename="../../healthdesk/ui/backups/safety.py" line="656" />
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="354" />
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="354" />
        <location filename="../../healthdesk/ui/backups/safety.py" line="656" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="371" />
        <source>Restore the selected backup</source>
        <translation>恢复所选备份</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="374" />
        <source>Start empty…</source>
        <translation>从空数据库开始…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="402" />
        <source>Start with an empty database?

The {contents} in the newest backup (from {when}) will not be in it. They come back only if you restore a backup later (File → Backups and restore…); that backup is kept until you delete it by hand.</source>
        <translation>要从空数据库开始吗？

最新备份（来自 {when}）中的 {contents} 都不会出现在新数据库中。只有日后恢复备份（文件 → 备份与恢复…）才能找回它们；该备份会一直保留，直到您手动删除。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="412" />
        <source>Start empty</source>
        <translation>从空数据库开始</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="450" />
        <source>The backup from {when} was restored.</source>
        <translation>已恢复 {when} 的备份。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="490" />
        <source>Backing up the data…</source>
        <translation>正在备份数据…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="505" />
        <location filename="../../healthdesk/ui/backups/safety.py" line="562" />
        <source>Backup written: {name}</source>
        <translation>已写入备份：{name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="571" />
        <source>Automatic backup failed: {reason}</source>
        <translation>自动备份失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="578" />
        <source>made by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="579" />
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="580" />
        <source>on closing</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="581" />
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="582" />
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="583" />
        <source>before demo data</source>
        <translation>示例数据前</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="588" />
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="594" />
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="595" />
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="648" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="651" />
        <source>HealthDesk backs up your data when something changed, before upgrades and imports, and when it closes. Restoring replaces the current data with the chosen backup; the current data is kept aside in the backups folder first.</source>
        <translation>当数据有变化时、升级和导入之前以及关闭时，HealthDesk 都会备份您的数据。恢复会用所选备份替换当前数据；当前数据会先保留在备份文件夹中。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="656" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="657" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="658" />
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="659" />
        <source>Open backups folder</source>
        <translation>打开备份文件夹</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="675" />
        <source>{reason} — holds data the current database does not</source>
        <translation>{reason}——含有当前数据库没有的数据</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="679" />
        <source>{name}: kept until you delete it by hand.</source>
        <translation>{name}：会一直保留，直到您手动删除。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="735" />
        <source>Replace the current data with the backup from {when}?

Everything changed since then will no longer show. The current data is kept aside in the backups folder, so this can be undone by hand.</source>
        <translation>用 {when} 的备份替换当前数据吗？

此后所做的修改将不再显示。当前数据会保留在备份文件夹中，因此可以手动撤销。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="739" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="739" />
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="780" />
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="798" />
        <source>Backup restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="814" />
        <source>The data folder {path} is inside a cloud-synced folder. A sync client can copy the database half-written or make conflicting copies. Keep the data folder outside it and rely on HealthDesk's backups instead.</source>
        <translation>数据文件夹 {path} 位于云同步文件夹内。同步客户端可能复制写到一半的数据库或产生冲突副本。请把数据文件夹移出同步文件夹，改用 HealthDesk 自带的备份。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="819" />
        <source>The data folder {path} is on a network drive. SQLite's locking is unreliable there and the database can be damaged. Keep the data folder on a local disk.</source>
        <translation>数据文件夹 {path} 位于网络驱动器上。SQLite 的文件锁在网络驱动器上不可靠，数据库可能损坏。请把数据文件夹放在本地磁盘上。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/backups/safety.py" line="833" />
        <source>Data folder at risk</source>
        <translation>数据文件夹存在风险</translation>
    </message>
</context>
</TS>