<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="44" />
        <source>{path} cannot be read: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="45" />
        <source>the file is too large ({size} bytes; at most {limit})</source>
        <translation>文件过大（{size} 字节；上限为 {limit}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="46" />
        <source>the file is not a HealthDesk {expected} ({reason})</source>
        <translation>该文件不是 HealthDesk {expected}（{reason}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="47" />
        <source>the file is a HealthDesk {found}, where a HealthDesk {expected} was expected</source>
        <translation>该文件是 HealthDesk {found}，而此处需要的是 HealthDesk {expected}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="50" />
        <source>the file was made by a newer HealthDesk ({kind} format version {found}; this version reads up to {known}); update HealthDesk to read it</source>
        <translation>该文件由更新版本的 HealthDesk 生成（{kind}格式版本 {found}；本版本最高只能读取 {known}）；请升级 HealthDesk 后再读取</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="55" />
        <source>the file is damaged or not valid: {field} {problem}</source>
        <translation>文件已损坏或无效：{field} {problem}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="56" />
        <source>the file is damaged: its checksum does not match its content</source>
        <translation>文件已损坏：校验值与内容不符</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="57" />
        <source>this data folder has no facilitator key, so it cannot read response files; they can only be read in the data folder that exported the invitations</source>
        <translation>此数据文件夹没有引导师密钥，因此无法读取答卷文件；答卷文件只能在导出邀请的那个数据文件夹中读取</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="62" />
        <source>the facilitator key file {path} is damaged: {reason}</source>
        <translation>引导师密钥文件 {path} 已损坏：{reason}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="63" />
        <source>the file was sealed for another facilitator key ({found}); this data folder's key is {expected}. Import it in the data folder that exported the invitation</source>
        <translation>该文件是为另一个引导师密钥（{found}）加密的；此数据文件夹的密钥是 {expected}。请在导出该邀请的数据文件夹中导入</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="68" />
        <source>the respondent of this file ({uid}) is not in this database</source>
        <translation>此文件的答卷人（{uid}）不在本数据库中</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="71" />
        <source>the file is for another round than the one its respondent belongs to</source>
        <translation>该文件属于另一个评估轮次，而不是其答卷人所在的轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="74" />
        <source>the file is for another partnership than the one its respondent belongs to</source>
        <translation>该文件属于另一个合作关系，而不是其答卷人所在的合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="77" />
        <source>the file failed its authenticity check: it was changed after export, damaged in transit, or not made with this respondent's invitation</source>
        <translation>文件未通过真实性校验：导出后被修改、传输中损坏，或并非用此答卷人的邀请生成</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="82" />
        <source>the file answers framework {found}, but the round uses {expected}</source>
        <translation>该文件回答的是评估框架 {found}，但本轮使用的是 {expected}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="85" />
        <source>framework {key} in the file differs from the framework with the same version installed here; the framework must be given a new version when it changes</source>
        <translation>文件中的评估框架 {key} 与本机安装的同版本框架内容不同；框架修改后必须使用新的版本号</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="90" />
        <source>the file says the response was submitted, but {missing} indicator(s) have no answer</source>
        <translation>文件标明答卷已提交，但有 {missing} 个指标没有回答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="93" />
        <source>{name} was not added from an invitation in this data folder, so there is no facilitator to seal a response file for</source>
        <translation>{name} 不是通过此数据文件夹中的邀请加入的，因此没有可为其加密答卷文件的引导师</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="98" />
        <source>round '{label}' has nobody left to invite: every respondent has submitted, or none was added yet</source>
        <translation>“{label}”轮没有需要邀请的答卷人：所有答卷人都已提交，或尚未添加答卷人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="102" />
        <source>{path} is not a folder</source>
        <translation>{path} 不是文件夹</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="103" />
        <source>partnership '{name}' is already in this database (same record); nothing was imported</source>
        <translation>合作关系“{name}”已在本数据库中（同一记录）；未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="106" />
        <source>another partnership named '{name}' or with code '{code}' already exists here; rename or archive it first</source>
        <translation>这里已有名为“{name}”或代码为“{code}”的另一个合作关系；请先重命名或归档它</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="111" />
        <source>the {kind} {uid} in the file already belongs to other data in this database</source>
        <translation>文件中的{kind} {uid} 已属于本数据库中的其他数据</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="114" />
        <source>this invitation was issued from this data folder; {name} is already here</source>
        <translation>此邀请是从本数据文件夹发出的；{name} 已在此处</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="117" />
        <source>{path} is {kind}, not a file; nothing was read or imported</source>
        <translation>{path} 是{kind}，不是文件；未读取也未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="118" />
        <source>the file breaks a rule at {where}: {reason}. Nothing was imported</source>
        <translation>文件在 {where} 处违反规则：{reason}。未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="121" />
        <source>no {what} of round '{label}' yet: the round is open and shares its results only once it is closed (two exports before and after one more submission would give away that person's scores). Close the round first, or turn off "Share results only once the round is closed" in the round's settings (Rounds, Edit round) to share preliminary results. The last closed round is '{last}': {command}</source>
        <translation>暂不生成轮次“{label}”的 {what}：该轮次仍在进行，结束后才共享结果（在多一人提交前后各导出一次，就能推算出此人的评分）。请先结束该轮次，或在轮次设置（评估轮次 › 编辑轮次）中关闭“仅在本轮结束后共享结果”以共享初步结果。最近结束的轮次是“{last}”：{command}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="128" />
        <source>no {what} of round '{label}' yet: the round is open and shares its results only once it is closed (two exports before and after one more submission would give away that person's scores). Close the round first, or turn off "Share results only once the round is closed" in the round's settings (Rounds, Edit round) to share preliminary results. This partnership has no closed round yet</source>
        <translation>暂不生成轮次“{label}”的 {what}：该轮次仍在进行，结束后才共享结果（在多一人提交前后各导出一次，就能推算出此人的评分）。请先结束该轮次，或在轮次设置（评估轮次 › 编辑轮次）中关闭“仅在本轮结束后共享结果”以共享初步结果。该合作尚无已结束的轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="140" />
        <source>invitation</source>
        <translation>邀请</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="141" />
        <source>response file</source>
        <translation>答卷文件</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="142" />
        <source>response content</source>
        <translation>答卷内容</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="143" />
        <source>partnership history</source>
        <translation>合作关系历史</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="144" />
        <source>facilitator key</source>
        <translation>引导师密钥</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="145" />
        <source>framework</source>
        <translation>评估框架</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="146" />
        <source>round</source>
        <translation>评估轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="147" />
        <source>respondent</source>
        <translation>答卷人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="203" />
        <source>This invitation cannot be opened.</source>
        <translation>无法打开此邀请。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="210" />
        <source>This invitation is for {name} in the partnership “{partnership}”, round {round}.

Your answers stay on this computer until you save a response file and send it back. Only the facilitator who sent the invitation can read that file (facilitator key {key}: compare it with them by phone if you are unsure).

Open it and start the assessment?</source>
        <translation>此邀请发给合作关系“{partnership}”评估轮次 {round} 的 {name}。

在您保存答卷文件并发回之前，您的答案只保存在这台电脑上。只有发出邀请的引导师才能读取该文件（引导师密钥 {key}；如有疑问，请打电话与对方核对）。

现在打开并开始评估吗？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="223" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="223" />
        <location filename="../../healthdesk/ui/exchange.py" line="350" />
        <source>Open invitation</source>
        <translation>打开邀请</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="232" />
        <source>This invitation was issued here; {name} is already in this round.</source>
        <translation>此邀请是在这里发出的；{name} 已在本轮中。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="254" />
        <source>Your answers are submitted. Save them now as a response file to send to the facilitator?

The file is encrypted: only the facilitator who invited you can read it.</source>
        <translation>您的答案已提交。现在保存为答卷文件并发送给引导师吗？

文件已加密：只有邀请您的引导师才能读取。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="259" />
        <source>Save response file…</source>
        <translation>保存答卷文件…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="260" />
        <location filename="../../healthdesk/ui/exchange.py" line="301" />
        <source>Response file</source>
        <translation>答卷文件</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="274" />
        <source>Save response file</source>
        <translation>保存答卷文件</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="276" />
        <location filename="../../healthdesk/ui/exchange.py" line="403" />
        <source>HealthDesk response files ({patterns})</source>
        <translation>HealthDesk 答卷文件 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="289" />
        <source>Saved {path}.

Send this file to the facilitator (e-mail, USB stick…).</source>
        <translation>已保存 {path}。

请将此文件发送给引导师（电子邮件、U 盘等）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="293" />
        <source>Saved {path}.

You have not submitted yet ({answered} of {total} answered): the facilitator receives these answers as a draft. You can send a newer file later.</source>
        <translation>已保存 {path}。

您尚未提交（已回答 {answered}/{total}）：引导师收到的是草稿。之后可以再发送更新的文件。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="315" />
        <source>There is no invitation in this data folder yet. Open the invitation file you received first (File → Open invitation…).</source>
        <translation>此数据文件夹中还没有邀请。请先打开您收到的邀请文件（文件 → 打开邀请…）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="320" />
        <location filename="../../healthdesk/ui/exchange.py" line="338" />
        <source>Export my response</source>
        <translation>导出我的答卷</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="326" />
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="327" />
        <source>in progress</source>
        <translation>填写中</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="328" />
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="331" />
        <source>{name} — {partnership}, {round} ({state})</source>
        <translation>{name} — {partnership}，{round}（{state}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="339" />
        <source>Whose response?</source>
        <translation>导出谁的答卷？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="351" />
        <source>HealthDesk invitations ({patterns})</source>
        <translation>HealthDesk 邀请 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="384" />
        <source>HealthDesk cannot open these files:
{files}</source>
        <translation>HealthDesk 无法打开这些文件：
{files}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="402" />
        <source>Import responses</source>
        <translation>导入答卷</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="415" />
        <source>Import the partnership history in {file}?

It adds the partnership with all its rounds and answers to this data folder. A backup is taken first.</source>
        <translation>导入 {file} 中的合作关系历史吗？

这会把该合作关系及其所有评估轮次和答案加入此数据文件夹。导入前会先备份。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="420" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="421" />
        <location filename="../../healthdesk/ui/exchange.py" line="435" />
        <location filename="../../healthdesk/ui/exchange.py" line="443" />
        <source>Import partnership history</source>
        <translation>导入合作关系历史</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="427" />
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="432" />
        <source>Imported “{name}”: {rounds} round(s), {responses} response(s).</source>
        <translation>已导入“{name}”：{rounds} 个评估轮次，{responses} 份答卷。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="444" />
        <source>HealthDesk history (*.json)</source>
        <translation>HealthDesk 历史文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="502" />
        <source>&amp;Open invitation…</source>
        <translation>打开邀请(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="504" />
        <source>Open an invitation file you received and fill in the assessment</source>
        <translation>打开收到的邀请文件并填写评估</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="506" />
        <source>Export &amp;my response…</source>
        <translation>导出我的答卷(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="507" />
        <source>&amp;Import responses…</source>
        <translation>导入答卷(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="508" />
        <source>Export &amp;invitations…</source>
        <translation>导出邀请(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="509" />
        <source>Export &amp;data…</source>
        <translation>导出数据(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange.py" line="510" />
        <source>Import partnership &amp;history…</source>
        <translation>导入合作关系历史(&amp;H)…</translation>
    </message>
</context>
</TS>