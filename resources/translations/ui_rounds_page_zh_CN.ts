<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Rounds</name>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="197" />
        <source>Edit round</source>
        <translation>编辑评估轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="197" />
        <source>Open a new round</source>
        <translation>开启新一轮评估</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="201" />
        <source>&amp;Label</source>
        <translation>名称(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="202" />
        <source>&amp;Start date</source>
        <translation>开始日期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="203" />
        <source>&amp;End date</source>
        <translation>结束日期(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="204" />
        <source>&amp;Framework</source>
        <translation>评估框架(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="205" />
        <source>&amp;Anonymity threshold</source>
        <translation>匿名阈值(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="206" />
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="207" />
        <source>&amp;Blind</source>
        <translation>盲评(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="213" />
        <source>e.g. {label}</source>
        <translation>例如 {label}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="215" />
        <source>Set an end date</source>
        <translation>设置结束日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="216" />
        <source>respondents per side</source>
        <translation>人/每方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="217" />
        <source>Required when lower than 3: why is this acceptable?</source>
        <translation>低于 3 时必填：为什么可以接受？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="218" />
        <source>Neither side sees the other's answers until both have submitted</source>
        <translation>双方都提交之前，任何一方都看不到对方的答案</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="219" />
        <source>S&amp;haring</source>
        <translation>结果共享(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="220" />
        <source>Share results only once the round is closed</source>
        <translation>仅在本轮结束后共享结果</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="223" />
        <source>While this is on, no PDF, Excel or CSV of the round is written before it is closed: two exports, before and after one more submission, would give away that person's scores. When off, every such output of the open round is marked preliminary.</source>
        <translation>开启时，本轮结束前不生成任何 PDF、Excel 或 CSV：在多一人提交前后各导出一次，就能推算出此人的评分。关闭时，进行中轮次的每份此类输出都标注为“初步结果”。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="228" />
        <source>Open for answers now (otherwise kept as a draft)</source>
        <translation>立即开放作答（否则保存为草稿）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="230" />
        <source>Results per side are shown only when at least this many people of that side have answered.</source>
        <translation>只有当一方至少有这么多人作答时，才显示该方的结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="236" />
        <source>{name} (version {version})</source>
        <translation>{name}（第 {version} 版）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="414" />
        <source>Assessment rounds</source>
        <translation>评估轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="415" />
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="415" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="416" />
        <source>Open a new round…</source>
        <translation>开启新一轮…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="496" />
        <source>Rounds</source>
        <translation>评估轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="497" />
        <source>Choose a partnership first.</source>
        <translation>请先选择一个合作关系。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="500" />
        <source>Rounds — {name}</source>
        <translation>评估轮次 — {name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="535" />
        <source>Go to the partnerships</source>
        <translation>前往合作关系列表</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="538" />
        <source>Open a round…</source>
        <translation>开启一轮评估…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="539" />
        <source>Add respondents</source>
        <translation>添加答卷人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="540" />
        <source>Open for answers</source>
        <translation>开放作答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="541" />
        <source>Send invitations…</source>
        <translation>发送邀请…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="542" />
        <source>Hand the laptop over…</source>
        <translation>以答卷模式交给对方…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="543" />
        <source>Close round…</source>
        <translation>关闭本轮…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="544" />
        <source>See the results</source>
        <translation>查看结果</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="545" />
        <source>Plan the actions</source>
        <translation>制定行动计划</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="644" />
        <source>Round “{label}” opened.</source>
        <translation>已开启评估轮次“{label}”。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="663" />
        <source>Close the round “{label}”?

Nobody can answer or change answers while it is closed; its results become final. You can reopen it later.</source>
        <translation>关闭评估轮次“{label}”吗？

关闭期间任何人都不能作答或修改答案，结果将成为最终结果。之后可以重新开放。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="666" />
        <source>Close round</source>
        <translation>关闭本轮</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="671" />
        <source>Reopen the round “{label}”?

Respondents can answer again and the results may change.</source>
        <translation>重新开放评估轮次“{label}”吗？

答卷人可以再次作答，结果可能会变化。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="673" />
        <source>Reopen round</source>
        <translation>重新开放本轮</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="682" />
        <source>Round “{label}” closed.</source>
        <translation>评估轮次“{label}”已关闭。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="683" />
        <source>Round “{label}” is open for answers.</source>
        <translation>评估轮次“{label}”已开放作答。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="694" />
        <source>Respondent-mode PIN</source>
        <translation>答卷模式 PIN</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="696" />
        <source>A PIN of 4 to 12 digits. Only with it can respondent mode be left. Leave empty to remove the PIN.</source>
        <translation>4 到 12 位数字的 PIN。只有输入它才能退出答卷模式。留空则删除 PIN。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="706" />
        <source>PIN set.</source>
        <translation>PIN 已设置。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="706" />
        <source>PIN removed.</source>
        <translation>PIN 已删除。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="715" />
        <source>Delete the round “{label}” and its list of respondents? Nobody has answered yet.</source>
        <translation>删除评估轮次“{label}”及其答卷人名单吗？目前还没有人作答。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="718" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="719" />
        <source>Delete round</source>
        <translation>删除轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="729" />
        <source>Round “{label}” deleted.</source>
        <translation>评估轮次“{label}”已删除。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="740" />
        <source>The assessment walk-through is not available in this version yet.</source>
        <translation>此版本尚未提供评估填写向导。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="762" />
        <source>Set a respondent-mode PIN for this round first, so only you can leave respondent mode.</source>
        <translation>请先为本轮设置答卷模式 PIN，这样只有您才能退出答卷模式。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="775" />
        <source>Reopen the submitted answers of {name} so they can be changed?</source>
        <translation>重新开放{name}已提交的答卷，以便修改吗？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="776" />
        <source>Reopen</source>
        <translation>重新开放</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="777" />
        <source>Reopen response</source>
        <translation>重新开放答卷</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="784" />
        <source>The answers of {name} can be changed again.</source>
        <translation>{name}的答卷可以再次修改了。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="794" />
        <source>Remove {name} from this round?</source>
        <translation>将{name}从本轮移除吗？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="795" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="796" />
        <source>Remove respondent</source>
        <translation>移除答卷人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/page.py" line="804" />
        <source>Removed {name}.</source>
        <translation>已移除{name}。</translation>
    </message>
</context>
</TS>