<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Rounds</name>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="120" />
        <location filename="../../healthdesk/ui/rounds/panels.py" line="121" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="120" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="120" />
        <source>Answers</source>
        <translation>作答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="122" />
        <source>Role (optional)</source>
        <translation>角色（可选）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="123" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="137" />
        <source>{submitted} of {invited} submitted</source>
        <translation>{invited} 人中 {submitted} 人已提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="142" />
        <source>Add a respondent for {label}</source>
        <translation>为{label}添加答卷人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="169" />
        <source>{answered} of {total}</source>
        <translation>{answered}/{total}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="224" />
        <source>Added {name}.</source>
        <translation>已添加{name}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="270" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="271" />
        <source>Respondent-mode PIN…</source>
        <translation>答卷模式 PIN…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="272" />
        <source>Delete round…</source>
        <translation>删除轮次…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="288" />
        <source>{name} (version {version})</source>
        <translation>{name}（第 {version} 版）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="292" />
        <source>Dates: {dates}</source>
        <translation>日期：{dates}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="296" />
        <source>Dates: from {start}, no end date set</source>
        <translation>日期：自 {start} 起，未设结束日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="299" />
        <source>Framework: {name}</source>
        <translation>评估框架：{name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="300" />
        <source>Results per side shown from {n} respondents</source>
        <translation>每方至少 {n} 人作答才显示结果</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="301" />
        <source> (lowered: {reason})</source>
        <translation>（已降低：{reason}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="304" />
        <source>Blind: neither side sees the other's answers until both have submitted</source>
        <translation>盲评：双方都提交之前，任何一方都看不到对方的答案</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="305" />
        <source>Respondent-mode PIN: set</source>
        <translation>答卷模式 PIN：已设置</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="305" />
        <source>Respondent-mode PIN: not set</source>
        <translation>答卷模式 PIN：未设置</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="309" />
        <source>Close round…</source>
        <translation>关闭本轮…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="312" />
        <source>Reopen round…</source>
        <translation>重新开放本轮…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="315" />
        <source>Open for answers</source>
        <translation>开放作答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="335" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="335" />
        <source>{side} {invited}</source>
        <translation>{side} {invited} 人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="337" />
        <source>Too few respondents for results per side: {sides} invited, results show from {n} a side. Add more before the round closes.</source>
        <translation>答卷人不足，无法显示各方结果：已邀请 {sides}，每方至少 {n} 人作答才显示结果。请在本轮结束前补充答卷人。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="349" />
        <source>No partnership chosen</source>
        <translation>未选择合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="350" />
        <source>Rounds belong to a partnership. Choose one in the list, or create one first.</source>
        <translation>评估轮次属于某个合作关系。请先在列表中选择一个，或新建一个。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="355" />
        <source>No assessment round yet</source>
        <translation>还没有评估轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="357" />
        <source>A round asks executives of both partners the same questions, usually once every half-year. Open the first one: HealthDesk proposes the half-year and its dates.</source>
        <translation>每一轮评估向双方高管提出相同的问题，通常每半年一次。开启第一轮：HealthDesk 会建议半年度名称及其起止日期。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="380" />
        <source>Nobody is invited to “{label}” yet</source>
        <translation>“{label}”还没有答卷人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="382" />
        <source>Add the executives of both partners who will answer: a name (and role) under each side, then Add. Results per side show from {n} respondents.</source>
        <translation>添加双方要作答的高管：在每一方下填写姓名（和职务），然后点击“添加”。每方至少 {n} 人作答才显示该方结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="390" />
        <source>“{label}” is a draft</source>
        <translation>“{label}”是草稿</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="391" />
        <source>Respondents can answer once the round is open.</source>
        <translation>本轮开放后，答卷人才能作答。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="397" />
        <source>Nobody has answered yet</source>
        <translation>还没有人作答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="399" />
        <source>Send each respondent an invitation file to fill in on their own computer, or hand this laptop over in respondent mode: they see only their own assessment, and your PIN brings you back.</source>
        <translation>给每位答卷人发送邀请文件，让他们在自己的电脑上填写；或以答卷模式把这台电脑交给对方：对方只能看到自己的评估，输入您的 PIN 才能返回。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="410" />
        <source>Everyone has answered</source>
        <translation>所有人都已作答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="411" />
        <source>Close the round to make its results final; the JMC review is shared only then.</source>
        <translation>关闭本轮，结果即成定稿；JMC 评审报告此后才会共享。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="417" />
        <source>“{label}” is closed</source>
        <translation>“{label}”已关闭</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="418" />
        <source>Its results are final. Look at them together, then agree on the actions that follow.</source>
        <translation>结果已是定稿。请一起查看结果，再商定后续行动。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="473" />
        <source>Fill in</source>
        <translation>填写</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="474" />
        <source>Go through the assessment together with this respondent</source>
        <translation>与这位答卷人一起完成评估</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="475" />
        <source>Hand over in respondent mode</source>
        <translation>以答卷模式交给对方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="478" />
        <source>Give the laptop to this respondent: they see only their own assessment; the PIN brings you back</source>
        <translation>把电脑交给这位答卷人：对方只能看到自己的评估；输入 PIN 才能返回</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="481" />
        <source>Reopen response…</source>
        <translation>重新开放答卷…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/rounds/panels.py" line="482" />
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
</context>
</TS>