<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>WalkthroughWidget</name>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="555" />
        <source>Review and submit →</source>
        <translation>检查并提交 →</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="557" />
        <source>Next →</source>
        <translation>下一步 →</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="563" />
        <source>Submit your answers to the facilitator (you are asked to confirm first).</source>
        <translation>把回答提交给主持人（提交前会请您确认）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="566" />
        <source>Answer every indicator first ({count} still missing); N when it does not apply.</source>
        <translation>请先回答所有指标（还差 {count} 个）；不适用时按 N。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="631" />
        <source>No overall comment.</source>
        <translation>未填写总体意见。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="633" />
        <source>Anything else the partners should hear? Never shown with your name.</source>
        <translation>还有什么希望合作双方了解的？不会与您的姓名一起显示。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="641" />
        <source>Read-only: another HealthDesk has this data folder open. You can look at the answers but not change them.</source>
        <translation>只读：另一个 HealthDesk 正在使用此数据文件夹。您可以查看回答，但不能修改。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="646" />
        <source>Submitted {date}. The answers are read-only; the facilitator can reopen the response if something must change.</source>
        <translation>已于 {date} 提交。回答为只读；如需修改，可请主持人重新开放此答卷。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="651" />
        <source>The round “{label}” is closed: answers can no longer be changed.</source>
        <translation>评估轮次“{label}”已关闭：回答不能再修改。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="655" />
        <source>The round “{label}” is not open yet: answers can be given once the facilitator opens it.</source>
        <translation>评估轮次“{label}”尚未开放：主持人开放后即可作答。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="672" />
        <source>{answered} of {total} answered</source>
        <translation>已回答 {answered} / {total}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="716" />
        <source>Not saved: {error}
What you typed is still in its box.</source>
        <translation>未保存：{error}
您输入的文字仍保留在文本框中。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="723" />
        <source>Not saved – see the message above</source>
        <translation>未保存 – 请查看上方提示</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="725" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="727" />
        <source>✓ Saved {time}</source>
        <translation>✓ 已保存 {time}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="731" />
        <source>Every answer is saved the moment you give it.</source>
        <translation>每个回答都会在作答时立即保存。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="815" />
        <source>Submit your answers now?

After submitting you cannot change them any more, unless the facilitator reopens your response.</source>
        <translation>现在提交您的回答吗？

提交后将不能再修改，除非主持人重新开放您的答卷。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="818" />
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="819" />
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="869" />
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="1040" />
        <source>Submit answers</source>
        <translation>提交回答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="858" />
        <source>Not submitted yet</source>
        <translation>尚未提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="860" />
        <source>You have answered all {total} indicators but not submitted them yet.

Submit them now? Until you submit, the facilitator does not count your answers. They stay saved if you close without submitting, and you can submit later.</source>
        <translation>您已回答全部 {total} 个指标，但还没有提交。

现在提交吗？提交之前，主持人不会计入您的回答。不提交就关闭时，回答仍会保存，您可以以后再提交。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="871" />
        <source>Close without submitting</source>
        <translation>不提交，关闭</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="873" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="938" />
        <source>Not submitted yet: %n indicator(s) still need an answer: {names}.</source>
        <translation>
            <numerusform>尚未提交：还有 %n 个指标未回答：{names}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="939" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="941" />
        <source>Choose a level, or N if it does not apply or you do not know.</source>
        <translation>请选择一个等级；如不适用或不清楚，请选 N。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="957" />
        <source>{partnership} · {round}</source>
        <translation>{partnership} · {round}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="960" />
        <source>{name}, answering for {side}</source>
        <translation>{name}，代表 {side} 作答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="969" />
        <source>This assessment asks how healthy the partnership {partnership} is: {dimensions} dimensions, {indicators} key indicators. Executives of both partners, {a} and {b}, answer the same questions; the results are discussed together to agree what to improve.</source>
        <translation>本评估了解合作“{partnership}”的健康程度：共 {dimensions} 个维度、{indicators} 个关键指标。合作双方（{a} 和 {b}）的高管回答相同的问题，结果将由双方共同讨论，商定改进方向。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="979" />
        <source>You answer as {name} for {side}{partner}.</source>
        <translation>您以 {name} 的身份代表 {side}{partner} 作答。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="982" />
        <source> ({name})</source>
        <translation>（{name}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="987" />
        <source>Confidential: your answers are only ever shown combined with those of the other respondents of your side, never with your name, and only once at least {n} respondents of a side have submitted. Problem descriptions are shown without names.</source>
        <translation>保密：您的回答只会与本方其他答卷人的回答合并显示，绝不与您的姓名一起出现，并且只有在一方至少 {n} 人提交后才会显示。问题描述不署名显示。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="991" />
        <source>Neither side sees the other side's results until both sides have submitted.</source>
        <translation>在双方都提交之前，任何一方都看不到对方的结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="995" />
        <source>It takes about ten minutes. Every answer is saved the moment you give it: you can stop at any time and carry on later where you left off.</source>
        <translation>大约需要十分钟。每个回答都会立即保存：您可以随时中断，之后从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="999" />
        <source>For each indicator, pick the description that fits best: click it, or press 1 to 5 (N when it does not apply or you do not know) and the next indicator follows. ↑/↓ move between indicators, Tab goes to the problem box. 5 is always the healthiest. “Submit answers” at the bottom right sends them once all are answered.</source>
        <translation>每个指标请选出最符合的描述：点击它，或按 1 到 5 键（不适用或不清楚时按 N），随后自动进入下一个指标。↑/↓ 键在指标之间切换，Tab 键进入问题描述框。5 始终代表最健康。全部回答后，用右下角的“提交回答”提交。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="1008" />
        <source>Continue →</source>
        <translation>继续 →</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="1008" />
        <source>Start →</source>
        <translation>开始 →</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="1023" />
        <source>Thank you: your answers are submitted</source>
        <translation>谢谢！您的回答已提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="1023" />
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="1068" />
        <source>Review and submit</source>
        <translation>检查并提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="1028" />
        <source>Submitted {moment}. Thank you, {name}! Your answers are stored; they are shown only combined with those of the other respondents of your side. They can no longer be changed here; the facilitator can reopen your response if something must change. You can close this window.</source>
        <translation>已于 {moment} 提交。谢谢您，{name}！您的回答已保存，只会与本方其他答卷人的回答合并显示。此处不能再修改；如需修改，可请主持人重新开放您的答卷。现在可以关闭此窗口。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="1037" />
        <source>Overall comment (optional)</source>
        <translation>总体意见（选填）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="1048" />
        <source>← Back</source>
        <translation>← 上一步</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="1060" />
        <source>Introduction</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="1066" />
        <source>{done} of {total} answered</source>
        <translation>已回答 {done} / {total}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="1068" />
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="1078" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="1084" />
        <source>Still missing ({count}) – click one to answer it:</source>
        <translation>尚未回答（{count}）– 点击即可前往作答：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="1094" />
        <source>All {total} indicators are answered. Send them with “Submit answers” at the bottom right.</source>
        <translation>全部 {total} 个指标均已回答。请用右下角的“提交回答”提交。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="1106" />
        <source>change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="1106" />
        <source>show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="1107" />
        <source>Missing</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="1108" />
        <source>answer now</source>
        <translation>立即作答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="1125" />
        <source>{indicator}: {answer}</source>
        <translation>{indicator}：{answer}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="1129" />
        <source>Not applicable / don't know</source>
        <translation>不适用 / 不清楚</translation>
    </message>
</context>
</TS>