<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExchangeExport</name>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="278" />
        <source>Export invitations</source>
        <translation>导出邀请</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="279" />
        <source>Invitations for the respondents</source>
        <translation>给答卷人的邀请</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="281" />
        <source>One file per person. Send each file to that person alone (e-mail, USB stick): it lets them answer on their own laptop, offline. Their answers come back as an encrypted response file that only this data folder can read.</source>
        <translation>每人一个文件。请把每个文件只发给本人（电子邮件、U 盘）：本人可在自己的电脑上离线作答。答案会以加密答卷文件发回，只有此数据文件夹能读取。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="291" />
        <location filename="../../healthdesk/ui/exchange/export.py" line="646" />
        <source>&amp;Partnership</source>
        <translation>合作关系(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="292" />
        <source>&amp;Round</source>
        <translation>评估轮次(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="293" />
        <source>&amp;Who</source>
        <translation>邀请谁(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="294" />
        <source>&amp;Folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="295" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="296" />
        <source>Your &amp;e-mail</source>
        <translation>您的电子邮箱(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="308" />
        <source>The respondents' HealthDesk opens the invitation in this language.</source>
        <translation>答卷人的 HealthDesk 将以此语言打开邀请。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="311" />
        <source>optional: where the respondents send their response files back</source>
        <translation>可选：答卷人将答卷文件发回的地址</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="314" />
        <source>Message to send with each invitation (also saved beside it as .txt)</source>
        <translation>随每份邀请发送的消息（也以 .txt 文件保存在邀请旁边）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="316" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="317" />
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="318" />
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="319" />
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="320" />
        <location filename="../../healthdesk/ui/exchange/export.py" line="662" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="321" />
        <location filename="../../healthdesk/ui/exchange/export.py" line="663" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="322" />
        <location filename="../../healthdesk/ui/exchange/export.py" line="664" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="326" />
        <source>This data folder gets its facilitator key with the first export. Keep the data folder safe: without it, the response files cannot be read.</source>
        <translation>首次导出时会为此数据文件夹生成主持人密钥。请妥善保管数据文件夹：没有它就无法读取答卷文件。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="334" />
        <source>Facilitator key of this data folder: {key} (a respondent can compare it by phone).</source>
        <translation>此数据文件夹的主持人密钥：{key}（答卷人可通过电话核对）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="354" />
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="355" />
        <source>in progress</source>
        <translation>作答中</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="356" />
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="360" />
        <source>{label}: {name} — {symbol} {state}</source>
        <translation>{label}：{name} — {symbol} {state}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="375" />
        <source>There is no partnership yet.</source>
        <translation>还没有合作关系。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="377" />
        <source>Choose a round that is not closed and has respondents (add them on the Rounds page).</source>
        <translation>请选择一个未关闭且有答卷人的评估轮次（可在“评估轮次”页面添加答卷人）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="391" />
        <source>Folder for the invitations</source>
        <translation>邀请文件所在文件夹</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="413" />
        <source>Tick at least one person to invite.</source>
        <translation>请至少勾选一位要邀请的人。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="421" />
        <source>“{email}” is not an e-mail address (name@example.com).</source>
        <translation>“{email}”不是有效的电子邮箱地址（例如 name@example.com）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="445" />
        <source>Writing the invitations…</source>
        <translation>正在写入邀请……</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="462" />
        <source>Export cancelled: no invitation was written.</source>
        <translation>导出已取消：没有写入任何邀请。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/exchange/export.py" line="491" />
        <source>Export cancelled: %n invitation(s) written to {folder}, the others not:
{files}</source>
        <translation>
            <numerusform>导出已取消：已将 %n 份邀请写入 {folder}，其余未写入：
{files}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/exchange/export.py" line="498" />
        <source>%n invitation(s) written to {folder}:
{files}</source>
        <translation>
            <numerusform>已将 %n 份邀请写入 {folder}：
{files}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="506" />
        <source>{label}: {name}</source>
        <translation>{label}：{name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="529" />
        <source>Message copied: paste it into your e-mail.</source>
        <translation>消息已复制：请粘贴到您的邮件中。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="641" />
        <location filename="../../healthdesk/ui/exchange/export.py" line="642" />
        <location filename="../../healthdesk/ui/exchange/export.py" line="739" />
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="647" />
        <source>What</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="648" />
        <source>F&amp;ormat</source>
        <translation>格式(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="649" />
        <source>&amp;Language of names</source>
        <translation>名称语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="650" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="659" />
        <source>Results of one round</source>
        <translation>某一轮的结果</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="660" />
        <source>Results of every round</source>
        <translation>所有轮次的结果</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="661" />
        <source>The whole history, with every answer (JSON)</source>
        <translation>完整历史，含每份答案（JSON）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="676" />
        <source>JSON (HealthDesk history)</source>
        <translation>JSON（HealthDesk 历史）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="677" />
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="678" />
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV，UTF-8 (.csv)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="690" />
        <source>Confidential: this file holds every respondent's own answers, with names. Use it to move the partnership to another computer (File → Import partnership history…) or to keep a copy; never send it to the partner companies.</source>
        <translation>机密：此文件包含每位答卷人本人的答案及姓名。仅用于把合作关系迁移到另一台电脑（文件 → 导入合作关系历史…）或留存副本；切勿发送给合作双方公司。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="698" />
        <source>Results per side and joint, never per person. A side with fewer submitted responses than the round's anonymity threshold is left out; problem descriptions and comments are not attributed.</source>
        <translation>按合作方和双方综合汇总，不含个人结果。提交人数少于本轮匿名阈值的一方不予导出；问题描述和意见不署名。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="734" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="735" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="736" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="752" />
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="763" />
        <source>Writing {name}…</source>
        <translation>正在写入 {name}……</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/export.py" line="792" />
        <source>Written at {time}: {path}</source>
        <translation>已于 {time} 写入：{path}</translation>
    </message>
</context>
</TS>