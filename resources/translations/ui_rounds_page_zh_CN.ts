<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Rounds</name>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="196" />
        <source>Edit round</source>
        <translation>编辑评估轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="196" />
        <source>Open a new round</source>
        <translation>开启新一轮评估</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="200" />
        <source>&amp;Label</source>
        <translation>名称(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="201" />
        <source>&amp;Start date</source>
        <translation>开始日期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="202" />
        <source>&amp;End date</source>
        <translation>结束日期(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="203" />
        <source>&amp;Framework</source>
        <translation>评估框架(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="204" />
        <source>&amp;Anonymity threshold</source>
        <translation>匿名阈值(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="205" />
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="206" />
        <source>&amp;Blind</source>
        <translation>盲评(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="212" />
        <source>e.g. {label}</source>
        <translation>例如 {label}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="214" />
        <source>Set an end date</source>
        <translation>设置结束日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="215" />
        <source>respondents per side</source>
        <translation>人/每方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="216" />
        <source>Required when lower than 3: why is this acceptable?</source>
        <translation>低于 3 时必填：为什么可以接受？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="217" />
        <source>Neither side sees the other's answers until both have submitted</source>
        <translation>双方都提交之前，任何一方都看不到对方的答案</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="218" />
        <source>S&amp;haring</source>
        <translation>结果共享(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="219" />
        <source>Share results only once the round is closed</source>
        <translation>仅在本轮结束后共享结果</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="222" />
        <source>While this is on, no PDF, Excel or CSV of the round is written before it is closed: two exports, before and after one more submission, would give away that person's scores. When off, every such output of the open round is marked preliminary.</source>
        <translation>开启时，本轮结束前不生成任何 PDF、Excel 或 CSV：在多一人提交前后各导出一次，就能推算出此人的评分。关闭时，进行中轮次的每份此类输出都标注为“初步结果”。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="227" />
        <source>Open for answers now (otherwise kept as a draft)</source>
        <translation>立即开放作答（否则保存为草稿）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="229" />
        <source>Results per side are shown only when at least this many people of that side have answered.</source>
        <translation>只有当一方至少有这么多人作答时，才显示该方的结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="235" />
        <location filename="../../healthdesk/ui/rounds/page.py" line="886" />
        <source>{name} (version {version})</source>
        <translation>{name}（第 {version} 版）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="376" />
        <location filename="../../healthdesk/ui/rounds/page.py" line="377" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="376" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="376" />
        <source>Answers</source>
        <translation>作答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="378" />
        <source>Role (optional)</source>
        <translation>角色（可选）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="379" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="393" />
        <source>{submitted} of {invited} submitted</source>
        <translation>{invited} 人中 {submitted} 人已提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="398" />
        <source>Add a respondent for {label}</source>
        <translation>为{label}添加答卷人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="425" />
        <source>{answered} of {total}</source>
        <translation>{answered}/{total}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="480" />
        <source>Added {name}.</source>
        <translation>已添加{name}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="639" />
        <source>Assessment rounds</source>
        <translation>评估轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="640" />
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="640" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="641" />
        <source>Open a new round…</source>
        <translation>开启新一轮…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="642" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="643" />
        <source>Respondent-mode PIN…</source>
        <translation>答卷模式 PIN…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="644" />
        <source>Delete round…</source>
        <translation>删除轮次…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="645" />
        <source>Fill in</source>
        <translation>填写</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="646" />
        <source>Go through the assessment together with this respondent</source>
        <translation>与这位答卷人一起完成评估</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="647" />
        <source>Hand over in respondent mode</source>
        <translation>以答卷模式交给对方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="650" />
        <source>Give the laptop to this respondent: they see only their own assessment; the PIN brings you back</source>
        <translation>把电脑交给这位答卷人：对方只能看到自己的评估；输入 PIN 才能返回</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="653" />
        <source>Reopen response…</source>
        <translation>重新开放答卷…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="654" />
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="705" />
        <source>Rounds</source>
        <translation>评估轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="706" />
        <source>Choose a partnership first.</source>
        <translation>请先选择一个合作关系。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="709" />
        <source>Rounds — {name}</source>
        <translation>评估轮次 — {name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="735" />
        <source>No partnership chosen</source>
        <translation>未选择合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="736" />
        <source>Rounds belong to a partnership. Choose one in the list, or create one first.</source>
        <translation>评估轮次属于某个合作关系。请先在列表中选择一个，或新建一个。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="741" />
        <source>No assessment round yet</source>
        <translation>还没有评估轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="743" />
        <source>A round asks executives of both partners the same questions, usually once every half-year. Open the first one: HealthDesk proposes the half-year and its dates.</source>
        <translation>每一轮评估向双方高管提出相同的问题，通常每半年一次。开启第一轮：HealthDesk 会建议半年度名称及其起止日期。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="762" />
        <source>Go to the partnerships</source>
        <translation>前往合作关系列表</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="765" />
        <source>Open a round…</source>
        <translation>开启一轮评估…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="766" />
        <source>Add respondents</source>
        <translation>添加答卷人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="767" />
        <location filename="../../healthdesk/ui/rounds/page.py" line="915" />
        <source>Open for answers</source>
        <translation>开放作答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="768" />
        <source>Send invitations…</source>
        <translation>发送邀请…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="769" />
        <source>Hand the laptop over…</source>
        <translation>以答卷模式交给对方…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="770" />
        <location filename="../../healthdesk/ui/rounds/page.py" line="909" />
        <source>Close round…</source>
        <translation>关闭本轮…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="771" />
        <source>See the results</source>
        <translation>查看结果</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="772" />
        <source>Plan the actions</source>
        <translation>制定行动计划</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="780" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="780" />
        <source>{side} {invited}</source>
        <translation>{side} {invited} 人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="782" />
        <source>Too few respondents for results per side: {sides} invited, results show from {n} a side. Add more before the round closes.</source>
        <translation>答卷人不足，无法显示各方结果：已邀请 {sides}，每方至少 {n} 人作答才显示结果。请在本轮结束前补充答卷人。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="793" />
        <source>Nobody is invited to “{label}” yet</source>
        <translation>“{label}”还没有答卷人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="795" />
        <source>Add the executives of both partners who will answer: a name (and role) under each side, then Add. Results per side show from {n} respondents.</source>
        <translation>添加双方要作答的高管：在每一方下填写姓名（和职务），然后点击“添加”。每方至少 {n} 人作答才显示该方结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="803" />
        <source>“{label}” is a draft</source>
        <translation>“{label}”是草稿</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="804" />
        <source>Respondents can answer once the round is open.</source>
        <translation>本轮开放后，答卷人才能作答。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="810" />
        <source>Nobody has answered yet</source>
        <translation>还没有人作答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="812" />
        <source>Send each respondent an invitation file to fill in on their own computer, or hand this laptop over in respondent mode: they see only their own assessment, and your PIN brings you back.</source>
        <translation>给每位答卷人发送邀请文件，让他们在自己的电脑上填写；或以答卷模式把这台电脑交给对方：对方只能看到自己的评估，输入您的 PIN 才能返回。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="823" />
        <source>Everyone has answered</source>
        <translation>所有人都已作答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="824" />
        <source>Close the round to make its results final; the JMC review is shared only then.</source>
        <translation>关闭本轮，结果即成定稿；JMC 评审报告此后才会共享。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="830" />
        <source>“{label}” is closed</source>
        <translation>“{label}”已关闭</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="831" />
        <source>Its results are final. Look at them together, then agree on the actions that follow.</source>
        <translation>结果已是定稿。请一起查看结果，再商定后续行动。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="892" />
        <source>Dates: {dates}</source>
        <translation>日期：{dates}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="896" />
        <source>Dates: from {start}, no end date set</source>
        <translation>日期：自 {start} 起，未设结束日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="899" />
        <source>Framework: {name}</source>
        <translation>评估框架：{name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="900" />
        <source>Results per side shown from {n} respondents</source>
        <translation>每方至少 {n} 人作答才显示结果</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="901" />
        <source> (lowered: {reason})</source>
        <translation>（已降低：{reason}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="904" />
        <source>Blind: neither side sees the other's answers until both have submitted</source>
        <translation>盲评：双方都提交之前，任何一方都看不到对方的答案</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="905" />
        <source>Respondent-mode PIN: set</source>
        <translation>答卷模式 PIN：已设置</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="905" />
        <source>Respondent-mode PIN: not set</source>
        <translation>答卷模式 PIN：未设置</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="912" />
        <source>Reopen round…</source>
        <translation>重新开放本轮…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="994" />
        <source>Round “{label}” opened.</source>
        <translation>已开启评估轮次“{label}”。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1013" />
        <source>Close the round “{label}”?

Nobody can answer or change answers while it is closed; its results become final. You can reopen it later.</source>
        <translation>关闭评估轮次“{label}”吗？

关闭期间任何人都不能作答或修改答案，结果将成为最终结果。之后可以重新开放。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1016" />
        <source>Close round</source>
        <translation>关闭本轮</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1021" />
        <source>Reopen the round “{label}”?

Respondents can answer again and the results may change.</source>
        <translation>重新开放评估轮次“{label}”吗？

答卷人可以再次作答，结果可能会变化。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1023" />
        <source>Reopen round</source>
        <translation>重新开放本轮</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1032" />
        <source>Round “{label}” closed.</source>
        <translation>评估轮次“{label}”已关闭。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1033" />
        <source>Round “{label}” is open for answers.</source>
        <translation>评估轮次“{label}”已开放作答。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1044" />
        <source>Respondent-mode PIN</source>
        <translation>答卷模式 PIN</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1046" />
        <source>A PIN of 4 to 12 digits. Only with it can respondent mode be left. Leave empty to remove the PIN.</source>
        <translation>4 到 12 位数字的 PIN。只有输入它才能退出答卷模式。留空则删除 PIN。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1056" />
        <source>PIN set.</source>
        <translation>PIN 已设置。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1056" />
        <source>PIN removed.</source>
        <translation>PIN 已删除。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1065" />
        <source>Delete the round “{label}” and its list of respondents? Nobody has answered yet.</source>
        <translation>删除评估轮次“{label}”及其答卷人名单吗？目前还没有人作答。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1068" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1069" />
        <source>Delete round</source>
        <translation>删除轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1079" />
        <source>Round “{label}” deleted.</source>
        <translation>评估轮次“{label}”已删除。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1090" />
        <source>The assessment walk-through is not available in this version yet.</source>
        <translation>此版本尚未提供评估填写向导。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1112" />
        <source>Set a respondent-mode PIN for this round first, so only you can leave respondent mode.</source>
        <translation>请先为本轮设置答卷模式 PIN，这样只有您才能退出答卷模式。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1127" />
        <source>Reopen the submitted answers of {name} so they can be changed?</source>
        <translation>重新开放{name}已提交的答卷，以便修改吗？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1128" />
        <source>Reopen</source>
        <translation>重新开放</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1129" />
        <source>Reopen response</source>
        <translation>重新开放答卷</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1136" />
        <source>The answers of {name} can be changed again.</source>
        <translation>{name}的答卷可以再次修改了。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1146" />
        <source>Remove {name} from this round?</source>
        <translation>将{name}从本轮移除吗？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1147" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1148" />
        <source>Remove respondent</source>
        <translation>移除答卷人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="1156" />
        <source>Removed {name}.</source>
        <translation>已移除{name}。</translation>
    </message>
</context>
</TS>