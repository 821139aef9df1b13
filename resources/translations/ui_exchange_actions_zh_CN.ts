<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="62" />
        <source>This invitation cannot be opened.</source>
        <translation>无法打开此邀请。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="79" />
        <source>This invitation was issued here; {name} is already in this round.</source>
        <translation>此邀请是在这里发出的；{name} 已在本轮中。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="102" />
        <location filename="../../healthdesk/ui/exchange/actions.py" line="125" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="102" />
        <location filename="../../healthdesk/ui/exchange/actions.py" line="118" />
        <location filename="../../healthdesk/ui/exchange/actions.py" line="324" />
        <source>Open invitation</source>
        <translation>打开邀请</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="126" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="134" />
        <source>This invitation is for {name} in the partnership “{partnership}”, round {round}.

It takes about ten minutes. Your answers stay on this computer; after Submit, HealthDesk saves a response file next to this invitation for you to send back. Only the facilitator who sent the invitation can read that file (facilitator key {key}: compare it with them by phone if you are unsure).

Open it and start the assessment?</source>
        <translation>此邀请发给合作关系“{partnership}”评估轮次 {round} 的 {name}。

大约需要十分钟。您的回答只保存在这台电脑上；点击“提交”后，HealthDesk 会在此邀请文件旁边保存一个答卷文件，供您发回。只有发出邀请的主持人能读取该文件（主持人密钥 {key}；如有疑问，请打电话与对方核对）。

现在打开并开始评估吗？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="215" />
        <source>Response file saved: {path}</source>
        <translation>答卷文件已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="222" />
        <source>Your answers are submitted. Save them now as a response file to send to the facilitator?

The file is encrypted: only the facilitator who invited you can read it.</source>
        <translation>您的答案已提交。现在保存为答卷文件并发送给主持人吗？

文件已加密：只有邀请您的主持人才能读取。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="227" />
        <source>Save response file…</source>
        <translation>保存答卷文件…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="228" />
        <location filename="../../healthdesk/ui/exchange/actions.py" line="275" />
        <source>Response file</source>
        <translation>答卷文件</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="248" />
        <source>Save response file</source>
        <translation>保存答卷文件</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="250" />
        <location filename="../../healthdesk/ui/exchange/actions.py" line="377" />
        <source>HealthDesk response files ({patterns})</source>
        <translation>HealthDesk 答卷文件 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="263" />
        <source>Saved {path}.

Send this file to the facilitator (e-mail, USB stick…).</source>
        <translation>已保存 {path}。

请将此文件发送给主持人（电子邮件、U 盘等）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="267" />
        <source>Saved {path}.

You have not submitted yet ({answered} of {total} answered): the facilitator receives these answers as a draft. You can send a newer file later.</source>
        <translation>已保存 {path}。

您尚未提交（已回答 {answered}/{total}）：主持人收到的是草稿。之后可以再发送更新的文件。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="289" />
        <source>There is no invitation in this data folder yet. Open the invitation file you received first (File → Open invitation…).</source>
        <translation>此数据文件夹中还没有邀请。请先打开您收到的邀请文件（文件 → 打开邀请…）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="294" />
        <location filename="../../healthdesk/ui/exchange/actions.py" line="312" />
        <source>Export my response</source>
        <translation>导出我的答卷</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="300" />
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="301" />
        <source>in progress</source>
        <translation>作答中</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="302" />
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="305" />
        <source>{name} — {partnership}, {round} ({state})</source>
        <translation>{name} — {partnership}，{round}（{state}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="313" />
        <source>Whose response?</source>
        <translation>导出谁的答卷？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="325" />
        <source>HealthDesk invitations ({patterns})</source>
        <translation>HealthDesk 邀请 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="358" />
        <source>HealthDesk cannot open these files:
{files}</source>
        <translation>HealthDesk 无法打开这些文件：
{files}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="376" />
        <source>Import responses</source>
        <translation>导入答卷</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="389" />
        <source>Import the partnership history in {file}?

It adds the partnership with all its rounds and answers to this data folder. A backup is taken first.</source>
        <translation>导入 {file} 中的合作关系历史吗？

这会把该合作关系及其所有评估轮次和答案加入此数据文件夹。导入前会先备份。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="394" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="395" />
        <location filename="../../healthdesk/ui/exchange/actions.py" line="409" />
        <location filename="../../healthdesk/ui/exchange/actions.py" line="426" />
        <source>Import partnership history</source>
        <translation>导入合作关系历史</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="404" />
        <source>Imported “{name}”: {rounds}, {responses}.</source>
        <translation>已导入“{name}”：{rounds}，{responses}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/exchange/actions.py" line="406" />
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n 个评估轮次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/exchange/actions.py" line="407" />
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n 份答卷</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="417" />
        <source>Importing the partnership history…</source>
        <translation>正在导入合作关系历史……</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="419" />
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="427" />
        <source>HealthDesk history (*.json)</source>
        <translation>HealthDesk 历史文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="485" />
        <source>&amp;Open invitation…</source>
        <translation>打开邀请(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="487" />
        <source>Open an invitation file you received and fill in the assessment</source>
        <translation>打开收到的邀请文件并填写评估</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="489" />
        <source>Export &amp;my response…</source>
        <translation>导出我的答卷(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="490" />
        <source>&amp;Import responses…</source>
        <translation>导入答卷(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="491" />
        <source>Export &amp;invitations…</source>
        <translation>导出邀请(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="492" />
        <source>Export &amp;data…</source>
        <translation>导出数据(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/actions.py" line="493" />
        <source>Import partnership &amp;history…</source>
        <translation>导入合作关系历史(&amp;H)…</translation>
    </message>
</context>
</TS>