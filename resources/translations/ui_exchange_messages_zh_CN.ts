<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="14" />
        <source>{path} cannot be read: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="15" />
        <source>the file is too large ({size} bytes; at most {limit})</source>
        <translation>文件过大（{size} 字节；上限为 {limit}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="16" />
        <source>the file is not a HealthDesk {expected} ({reason})</source>
        <translation>该文件不是 HealthDesk {expected}，无法读取</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="17" />
        <source>the file is a HealthDesk {found}, where a HealthDesk {expected} was expected</source>
        <translation>该文件是 HealthDesk {found}，而此处需要的是 HealthDesk {expected}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="20" />
        <source>the file was made by a newer HealthDesk ({kind} format version {found}; this version reads up to {known}); update HealthDesk to read it</source>
        <translation>该文件由更新版本的 HealthDesk 生成（{kind}格式版本 {found}；本版本最高只能读取 {known}）；请升级 HealthDesk 后再读取</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="25" />
        <source>the file is damaged or not valid: {field} {problem}</source>
        <translation>文件已损坏或无效：{field} {problem}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="26" />
        <source>the file is damaged: its checksum does not match its content</source>
        <translation>文件已损坏：校验值与内容不符</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="27" />
        <source>this data folder has no facilitator key, so it cannot read response files; they can only be read in the data folder that exported the invitations</source>
        <translation>此数据文件夹没有主持人密钥，因此无法读取答卷文件；答卷文件只能在导出邀请的那个数据文件夹中读取</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="32" />
        <source>the facilitator key file {path} is damaged: {reason}</source>
        <translation>主持人密钥文件 {path} 已损坏：{reason}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="33" />
        <source>the file was sealed for another facilitator key ({found}); this data folder's key is {expected}. Import it in the data folder that exported the invitation</source>
        <translation>该文件是为另一个主持人密钥（{found}）加密的；此数据文件夹的密钥是 {expected}。请在导出该邀请的数据文件夹中导入</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="38" />
        <source>the respondent of this file ({uid}) is not in this database</source>
        <translation>此文件的答卷人（{uid}）不在本数据库中</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="41" />
        <source>the file is for another round than the one its respondent belongs to</source>
        <translation>该文件属于另一个评估轮次，而不是其答卷人所在的轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="44" />
        <source>the file is for another partnership than the one its respondent belongs to</source>
        <translation>该文件属于另一个合作关系，而不是其答卷人所在的合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="47" />
        <source>the file failed its authenticity check: it was changed after export, damaged in transit, or not made with this respondent's invitation</source>
        <translation>文件未通过真实性校验：导出后被修改、传输中损坏，或并非用此答卷人的邀请生成</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="52" />
        <source>the file answers framework {found}, but the round uses {expected}</source>
        <translation>该文件回答的是评估框架 {found}，但本轮使用的是 {expected}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="55" />
        <source>framework {key} in the file differs from the framework with the same version installed here; the framework must be given a new version when it changes</source>
        <translation>文件中的评估框架 {key} 与本机安装的同版本框架内容不同；框架修改后必须使用新的版本号</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="60" />
        <source>the file says the response was submitted, but indicators have no answer ({missing})</source>
        <translation>文件标明答卷已提交，但有 {missing} 个指标没有回答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="63" />
        <source>{name} was not added from an invitation in this data folder, so there is no facilitator to seal a response file for</source>
        <translation>{name} 不是通过此数据文件夹中的邀请加入的，因此没有可为其加密答卷文件的主持人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="68" />
        <source>round '{label}' has nobody left to invite: every respondent has submitted, or none was added yet</source>
        <translation>“{label}”轮没有需要邀请的答卷人：所有答卷人都已提交，或尚未添加答卷人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="72" />
        <source>{path} is not a folder</source>
        <translation>{path} 不是文件夹</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="73" />
        <source>partnership '{name}' is already in this database (same record); nothing was imported</source>
        <translation>合作关系“{name}”已在本数据库中（同一记录）；未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="76" />
        <source>another partnership named '{name}' or with code '{code}' already exists here; rename or archive it first</source>
        <translation>这里已有名为“{name}”或代码为“{code}”的另一个合作关系；请先重命名或归档它</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="81" />
        <source>the {kind} {uid} in the file already belongs to other data in this database</source>
        <translation>文件中的{kind} {uid} 已属于本数据库中的其他数据</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="84" />
        <source>this invitation was issued from this data folder; {name} is already here</source>
        <translation>此邀请是从本数据文件夹发出的；{name} 已在此处</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="87" />
        <source>{path} is {kind}, not a file; nothing was read or imported</source>
        <translation>{path} 是{kind}，不是文件；未读取也未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="88" />
        <source>the file breaks a rule at {where}: {reason}. Nothing was imported</source>
        <translation>文件在 {where} 处违反规则：{reason}。未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="91" />
        <source>no {what} of round '{label}' yet: the round is open and shares its results only once it is closed (two exports before and after one more submission would give away that person's scores). Close the round first, or turn off "Share results only once the round is closed" in the round's settings (Rounds, Edit round) to share preliminary results. The last closed round is '{last}': {command}</source>
        <translation>暂不生成轮次“{label}”的 {what}：该轮次仍在进行，结束后才共享结果（在多一人提交前后各导出一次，就能推算出此人的评分）。请先结束该轮次，或在轮次设置（评估轮次 › 编辑轮次）中关闭“仅在本轮结束后共享结果”以共享初步结果。最近结束的轮次是“{last}”：{command}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="98" />
        <source>no {what} of round '{label}' yet: the round is open and shares its results only once it is closed (two exports before and after one more submission would give away that person's scores). Close the round first, or turn off "Share results only once the round is closed" in the round's settings (Rounds, Edit round) to share preliminary results. This partnership has no closed round yet</source>
        <translation>暂不生成轮次“{label}”的 {what}：该轮次仍在进行，结束后才共享结果（在多一人提交前后各导出一次，就能推算出此人的评分）。请先结束该轮次，或在轮次设置（评估轮次 › 编辑轮次）中关闭“仅在本轮结束后共享结果”以共享初步结果。该合作尚无已结束的轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="110" />
        <source>invitation</source>
        <translation>邀请</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="111" />
        <source>response file</source>
        <translation>答卷文件</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="112" />
        <source>response content</source>
        <translation>答卷内容</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="113" />
        <source>partnership history</source>
        <translation>合作关系历史</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="114" />
        <source>facilitator key</source>
        <translation>主持人密钥</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="115" />
        <source>framework</source>
        <translation>评估框架</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="116" />
        <source>round</source>
        <translation>评估轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/messages.py" line="117" />
        <source>respondent</source>
        <translation>答卷人</translation>
    </message>
</context>
</TS>