<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Messages</name>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="23" />
        <source>{kind} not found: {key}</source>
        <translation>未找到{kind}：{key}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="24" />
        <source>{kind} '{key}' matches more than one record; use the id</source>
        <translation>{kind}“{key}”匹配到多条记录；请使用编号</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="27" />
        <source>{field} is required</source>
        <translation>{field}为必填项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="28" />
        <source>{field}: at most {limit} (got {count})</source>
        <translation>{field}最多 {limit} 条（现为 {count} 条）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="29" />
        <source>{field} is too long ({length} characters; at most {limit})</source>
        <translation>{field}过长（{length} 个字符；最多 {limit} 个）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="32" />
        <source>a partnership named '{name}' already exists</source>
        <translation>名为“{name}”的合作关系已存在</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="35" />
        <source>a partnership with code '{code}' already exists</source>
        <translation>代码为“{code}”的合作关系已存在</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="38" />
        <source>round '{label}' already exists in this partnership</source>
        <translation>此合作关系中已有评估轮次“{label}”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="41" />
        <source>{name} is already a respondent of this round</source>
        <translation>{name}已经是本轮的答卷人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="44" />
        <source>{field} must be one of: {choices} (got '{value}')</source>
        <translation>{field}必须是以下之一：{choices}（当前为“{value}”）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="47" />
        <source>{field} is not a valid date (YYYY-MM-DD): '{value}'</source>
        <translation>{field}不是有效日期（YYYY-MM-DD）：“{value}”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="50" />
        <source>the end date {end} is before the start date {start}</source>
        <translation>结束日期 {end} 早于开始日期 {start}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="53" />
        <source>score for {indicator} must be 1 to 5 or 'not applicable' (got {value})</source>
        <translation>{indicator} 的评分必须为 1 到 5 或“不适用”（当前为 {value}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="56" />
        <source>indicator '{indicator}' is not in framework {framework}</source>
        <translation>指标“{indicator}”不在评估框架 {framework} 中</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="59" />
        <source>framework version '{version}' is not installed</source>
        <translation>未安装评估框架版本“{version}”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="62" />
        <source>framework file {path} is invalid: {reason}</source>
        <translation>评估框架文件 {path} 无效：{reason}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="65" />
        <source>the anonymity threshold must be between 1 and 50 (got {value})</source>
        <translation>匿名阈值必须在 1 到 50 之间（当前为 {value}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="68" />
        <source>round '{label}' is {status}; answers can only be given while it is open</source>
        <translation>评估轮次“{label}”{status}；只有在进行中才能作答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="71" />
        <source>round '{label}' is {status}; cannot {action}</source>
        <translation>评估轮次“{label}”{status}；无法{action}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="74" />
        <source>this response was submitted and is read-only until the facilitator reopens it</source>
        <translation>此答卷已提交，在主持人重新开放之前为只读</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="77" />
        <source>indicators without an answer yet ({missing}): {indicators}</source>
        <translation>还有 {missing} 个指标未作答：{indicators}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="80" />
        <source>partnership '{name}' has assessment rounds ({count}) and cannot be deleted; archive it instead</source>
        <translation>合作关系“{name}”已有 {count} 个评估轮次，无法删除；请改为归档</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="84" />
        <source>partnership '{name}' has an action plan (items: {count}) and cannot be deleted; archive it instead</source>
        <translation>合作关系“{name}”已有行动计划（{count} 项），无法删除；请改为归档</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="88" />
        <source>the PIN must be 4 to 12 digits</source>
        <translation>PIN 须为 4 到 12 位数字</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="89" />
        <source>{name} has already answered and cannot be removed; reopen or keep the response</source>
        <translation>{name}已经作答，无法移除；请重新开放或保留该答卷</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="92" />
        <source>the data folder {path} is in use by another HealthDesk (process {pid} on {host}); open it read-only or close the other one</source>
        <translation>数据文件夹 {path} 正被另一个 HealthDesk 使用（{host} 上的进程 {pid}）；请以只读方式打开，或关闭另一个 HealthDesk</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="97" />
        <source>respondent mode is active on this folder ({path}): nothing is shown until the facilitator ends it on the laptop that runs it</source>
        <translation>此数据文件夹（{path}）正处于答卷模式：在主持人于运行它的电脑上结束答卷模式之前，不显示任何内容</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="102" />
        <source>the database {path} is damaged: {reason}</source>
        <translation>数据库 {path} 已损坏：{reason}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="103" />
        <source>the database {path} was made by a newer HealthDesk (schema {found}); this version knows up to {known}</source>
        <translation>数据库 {path} 由较新版本的 HealthDesk 创建（结构版本 {found}）；此版本最高支持 {known}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="107" />
        <source>{path} is not a HealthDesk database, or its first page is damaged beyond recognition</source>
        <translation>{path} 不是 HealthDesk 数据库，或其首页已损坏到无法识别</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="110" />
        <source>the disk is full; nothing more could be saved to {path}. What was saved before is intact. Free some space and try again</source>
        <translation>磁盘已满；无法再向 {path} 保存内容。之前保存的内容完好无损。请释放一些空间后重试</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="115" />
        <source>the data folder {path} is read-only; nothing can be saved there. What was saved is intact</source>
        <translation>数据文件夹 {path} 是只读的；无法在其中保存任何内容。已保存的内容完好无损</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="119" />
        <source>the disk reported an error writing {path}: {reason}. What was saved before is intact</source>
        <translation>写入 {path} 时磁盘报告错误：{reason}。之前保存的内容完好无损</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="123" />
        <source>{path} already holds a HealthDesk database; use --force to replace it (a backup is taken first)</source>
        <translation>{path} 中已有 HealthDesk 数据库；使用 --force 进行替换（会先备份）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="127" />
        <source>there is no HealthDesk database in {path} yet; start the app or run 'healthdesk demo' first</source>
        <translation>{path} 中还没有 HealthDesk 数据库；请先启动应用或运行“healthdesk demo”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="131" />
        <source>the database {path} was made by an older HealthDesk and must be upgraded first; start the app once</source>
        <translation>数据库 {path} 由较旧版本的 HealthDesk 创建，需要先升级；请启动一次应用</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="135" />
        <source>upgrading the database failed: {reason}. The database was left as it was; a backup is in {backup}</source>
        <translation>数据库升级失败：{reason}。数据库保持原样；备份位于 {backup}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="139" />
        <source>the database {path} is missing, but the backups hold data; nothing was created. The newest good backup is {backup} (taken {when}); bring it back with: healthdesk restore {backup}</source>
        <translation>数据库 {path} 不见了，但备份中仍有数据；没有新建任何数据库。最新的完好备份是 {backup}（备份于 {when}）；可用以下命令恢复：healthdesk restore {backup}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="144" />
        <source>the database {path} is empty, but the backups hold data; nothing was written to it. The newest good backup is {backup} (taken {when}); bring it back with: healthdesk restore {backup}</source>
        <translation>数据库 {path} 是空的，但备份中仍有数据；没有向其中写入任何内容。最新的完好备份是 {backup}（备份于 {when}）；可用以下命令恢复：healthdesk restore {backup}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="149" />
        <source>no backup found: {path}</source>
        <translation>未找到备份：{path}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="150" />
        <source>the backup {path} failed its integrity check: {reason}</source>
        <translation>备份 {path} 未通过完整性检查：{reason}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="153" />
        <source>HealthDesk is in read-only mode; changes cannot be saved</source>
        <translation>HealthDesk 处于只读模式；无法保存修改</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="156" />
        <source>{field} must be a number (got '{value}')</source>
        <translation>{field}必须是数字（输入的是“{value}”）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="157" />
        <source>a KPI named '{name}' already exists in this partnership</source>
        <translation>该合作中已有名为“{name}”的 KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="160" />
        <source>a {level} goal cannot sit under a {parent_level} goal</source>
        <translation>{level}目标不能放在{parent_level}目标之下</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="163" />
        <source>this goal has {level} goals under it; it cannot become a {new_level} goal</source>
        <translation>该目标下有{level}目标，不能改为{new_level}目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="166" />
        <source>{kind} {key} belongs to another partnership</source>
        <translation>{kind} {key} 属于另一个合作</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="169" />
        <source>round '{label}' is blind: nobody's results show until both sides have {threshold} submitted responses (still missing: {waiting})</source>
        <translation>“{label}”轮为盲评：双方各有 {threshold} 份已提交答卷之前，任何人的结果都不显示（仍缺：{waiting}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="181" />
        <source>partnership</source>
        <translation>合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="182" />
        <source>round</source>
        <translation>评估轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="183" />
        <source>respondent</source>
        <translation>答卷人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="185" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="186" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="187" />
        <source>Partner A name</source>
        <translation>甲方名称</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="188" />
        <source>Partner B name</source>
        <translation>乙方名称</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="189" />
        <source>Partner A short label</source>
        <translation>甲方简称</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="190" />
        <source>Partner B short label</source>
        <translation>乙方简称</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="191" />
        <source>Member name</source>
        <translation>成员姓名</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="192" />
        <source>Member side</source>
        <translation>成员所属方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="193" />
        <source>Member role</source>
        <translation>成员角色</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="194" />
        <source>Agreement term</source>
        <translation>协议条款</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="195" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="196" />
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="197" />
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="198" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="199" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="200" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="201" />
        <source>Round label</source>
        <translation>轮次名称</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="202" />
        <source>Reason for the threshold</source>
        <translation>阈值调整原因</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="203" />
        <source>The reason for lowering the anonymity threshold</source>
        <translation>降低匿名阈值的原因</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="206" />
        <source>Round status</source>
        <translation>轮次状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="207" />
        <source>Respondent name</source>
        <translation>答卷人姓名</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="208" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="209" />
        <source>Side</source>
        <translation>所属方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="210" />
        <source>Problem description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="211" />
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="212" />
        <source>A key message in English</source>
        <translation>一条英文关键信息</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="213" />
        <source>A key message in Chinese</source>
        <translation>一条中文关键信息</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="214" />
        <source>Key messages in English</source>
        <translation>英文关键信息</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="215" />
        <source>Key messages in Chinese</source>
        <translation>中文关键信息</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="217" />
        <source>a draft</source>
        <translation>为草稿</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="218" />
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="219" />
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="220" />
        <source>already answered</source>
        <translation>已有人作答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="221" />
        <source>add respondents</source>
        <translation>添加答卷人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="222" />
        <source>remove respondents</source>
        <translation>移除答卷人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="223" />
        <source>delete it</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="274" />
        <source>the technical details are in the log</source>
        <translation>技术细节已写入日志</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/messages.py" line="276" />
        <source>technical details under “Show Details…”</source>
        <translation>技术细节见“显示详情”</translation>
    </message>
</context>
</TS>