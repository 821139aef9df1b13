<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>WalkthroughWidget</name>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="555" />
        <source>Review and submit →</source>
        <translation>检查并提交 →</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="557" />
        <source>Next →</source>
        <translation>下一步 →</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="563" />
        <source>Submit your answers to the facilitator (you are asked to confirm first).</source>
        <translation>把回答提交给主持人（提交前会请您确认）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="566" />
        <source>Answer every indicator first ({count} still missing); N when it does not apply.</source>
        <translation>请先回答所有指标（还差 {count} 个）；不适用时按 N。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="632" />
        <source>Read-only: another HealthDesk has this data folder open. You can look at the answers but not change them.</source>
        <translation>只读：另一个 HealthDesk 正在使用此数据文件夹。您可以查看回答，但不能修改。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="637" />
        <source>Submitted {date}. The answers are read-only; the facilitator can reopen the response if something must change.</source>
        <translation>已于 {date} 提交。回答为只读；如需修改，可请主持人重新开放此答卷。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="642" />
        <source>The round “{label}” is closed: answers can no longer be changed.</source>
        <translation>评估轮次“{label}”已关闭：回答不能再修改。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="646" />
        <source>The round “{label}” is not open yet: answers can be given once the facilitator opens it.</source>
        <translation>评估轮次“{label}”尚未开放：主持人开放后即可作答。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="663" />
        <source>{answered} of {total} answered</source>
        <translation>已回答 {answered} / {total}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="707" />
        <source>Not saved: {error}
What you typed is still in its box.</source>
        <translation>未保存：{error}
您输入的文字仍保留在文本框中。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="714" />
        <source>Not saved – see the message above</source>
        <translation>未保存 – 请查看上方提示</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="716" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="718" />
        <source>✓ Saved {time}</source>
        <translation>✓ 已保存 {time}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="722" />
        <source>Every answer is saved the moment you give it.</source>
        <translation>每个回答都会在作答时立即保存。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="806" />
        <source>Submit your answers now?

After submitting you cannot change them any more, unless the facilitator reopens your response.</source>
        <translation>现在提交您的回答吗？

提交后将不能再修改，除非主持人重新开放您的答卷。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="809" />
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="810" />
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="860" />
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="1033" />
        <source>Submit answers</source>
        <translation>提交回答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="849" />
        <source>Not submitted yet</source>
        <translation>尚未提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="851" />
        <source>You have answered all {total} indicators but not submitted them yet.

Submit them now? Until you submit, the facilitator does not count your answers. They stay saved if you close without submitting, and you can submit later.</source>
        <translation>您已回答全部 {total} 个指标，但还没有提交。

现在提交吗？提交之前，主持人不会计入您的回答。不提交就关闭时，回答仍会保存，您可以以后再提交。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="862" />
        <source>Close without submitting</source>
        <translation>不提交，关闭</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="864" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="929" />
        <source>Not submitted yet: %n indicator(s) still need an answer: {names}.</source>
        <translation>
            <numerusform>尚未提交：还有 %n 个指标未回答：{names}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="930" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="932" />
        <source>Choose a level, or N if it does not apply or you do not know.</source>
        <translation>请选择一个等级；如不适用或不清楚，请选 N。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="948" />
        <source>{partnership} · {round}</source>
        <translation>{partnership} · {round}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="951" />
        <source>{name}, answering for {side}</source>
        <translation>{name}，代表 {side} 作答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="960" />
        <source>This assessment asks how healthy the partnership {partnership} is: {dimensions} dimensions, {indicators} key indicators. Executives of both partners, {a} and {b}, answer the same questions; the results are discussed together to agree what to improve.</source>
        <translation>本评估了解合作“{partnership}”的健康程度：共 {dimensions} 个维度、{indicators} 个关键指标。合作双方（{a} 和 {b}）的高管回答相同的问题，结果将由双方共同讨论，商定改进方向。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="970" />
        <source>You answer as {name} for {side}{partner}.</source>
        <translation>您以 {name} 的身份代表 {side}{partner} 作答。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="973" />
        <source> ({name})</source>
        <translation>（{name}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="978" />
        <source>Confidential: your answers are only ever shown combined with those of the other respondents of your side, never with your name, and only once at least {n} respondents of a side have submitted. Problem descriptions are shown without names.</source>
        <translation>保密：您的回答只会与本方其他答卷人的回答合并显示，绝不与您的姓名一起出现，并且只有在一方至少 {n} 人提交后才会显示。问题描述不署名显示。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="982" />
        <source>Neither side sees the other side's results until both sides have submitted.</source>
        <translation>在双方都提交之前，任何一方都看不到对方的结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="986" />
        <source>It takes about ten minutes. Every answer is saved the moment you give it: you can stop at any time and carry on later where you left off.</source>
        <translation>大约需要十分钟。每个回答都会立即保存：您可以随时中断，之后从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="990" />
        <source>For each indicator, pick the description that fits best: click it, or press 1 to 5 (N when it does not apply or you do not know) and the next indicator follows. ↑/↓ move between indicators, Tab goes to the problem box. 5 is always the healthiest. “Submit answers” at the bottom right sends them once all are answered.</source>
        <translation>每个指标请选出最符合的描述：点击它，或按 1 到 5 键（不适用或不清楚时按 N），随后自动进入下一个指标。↑/↓ 键在指标之间切换，Tab 键进入问题描述框。5 始终代表最健康。全部回答后，用右下角的“提交回答”提交。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="999" />
        <source>Continue →</source>
        <translation>继续 →</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="999" />
        <source>Start →</source>
        <translation>开始 →</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="1014" />
        <source>Thank you: your answers are submitted</source>
        <translation>谢谢！您的回答已提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="1014" />
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="1061" />
        <source>Review and submit</source>
        <translation>检查并提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="1019" />
        <source>Submitted {moment}. Thank you, {name}! Your answers are stored; they are shown only combined with those of the other respondents of your side. They can no longer be changed here; the facilitator can reopen your response if something must change. You can close this window.</source>
        <translation>已于 {moment} 提交。谢谢您，{name}！您的回答已保存，只会与本方其他答卷人的回答合并显示。此处不能再修改；如需修改，可请主持人重新开放您的答卷。现在可以关闭此窗口。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="1028" />
        <source>Overall comment (optional)</source>
        <translation>总体意见（选填）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="1030" />
        <source>Anything else the partners should hear? Never shown with your name.</source>
        <translation>还有什么希望合作双方了解的？不会与您的姓名一起显示。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="1041" />
        <source>← Back</source>
        <translation>← 上一步</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="1053" />
        <source>Introduction</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="1059" />
        <source>{done} of {total} answered</source>
        <translation>已回答 {done} / {total}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="1061" />
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="1071" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="1077" />
        <source>Still missing ({count}) – click one to answer it:</source>
        <translation>尚未回答（{count}）– 点击即可前往作答：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="1087" />
        <source>All {total} indicators are answered. Send them with “Submit answers” at the bottom right.</source>
        <translation>全部 {total} 个指标均已回答。请用右下角的“提交回答”提交。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="1099" />
        <source>change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="1099" />
        <source>show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="1100" />
        <source>Missing</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="1101" />
        <source>answer now</source>
        <translation>立即作答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="1118" />
        <source>{indicator}: {answer}</source>
        <translation>{indicator}：{answer}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="1122" />
        <source>Not applicable / don't know</source>
        <translation>不适用 / 不清楚</translation>
    </message>
</context>
</TS>