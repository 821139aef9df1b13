<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>WalkthroughWidget</name>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="214" />
        <source>Not applicable / don't know</source>
        <translation>不适用 / 不清楚</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="224" />
        <source>Not submitted yet: %n indicator(s) still need an answer: {names}.</source>
        <translation>
            <numerusform>尚未提交：还有 %n 个指标未回答：{names}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="225" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="228" />
        <source>Choose a level, or N if it does not apply or you do not know.</source>
        <translation>请选择一个等级；如不适用或不清楚，请选 N。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="266" />
        <source>{partnership} · {round}</source>
        <translation>{partnership} · {round}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="269" />
        <source>{name}, answering for {side}</source>
        <translation>{name}，代表 {side} 作答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="277" />
        <source>{answered} of {total} answered</source>
        <translation>已回答 {answered} / {total}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="297" />
        <source>Introduction</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="302" />
        <source>{done} of {total} answered</source>
        <translation>已回答 {done} / {total}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="305" />
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="305" />
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="466" />
        <source>Review and submit</source>
        <translation>检查并提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="337" />
        <source>This assessment asks how healthy the partnership {partnership} is: {dimensions} dimensions, {indicators} key indicators. Executives of both partners, {a} and {b}, answer the same questions; the results are discussed together to agree what to improve.</source>
        <translation>本评估了解合作“{partnership}”的健康程度：共 {dimensions} 个维度、{indicators} 个关键指标。合作双方（{a} 和 {b}）的高管回答相同的问题，结果将由双方共同讨论，商定改进方向。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="347" />
        <source>You answer as {name} for {side}{partner}.</source>
        <translation>您以 {name} 的身份代表 {side}{partner} 作答。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="350" />
        <source> ({name})</source>
        <translation>（{name}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="355" />
        <source>Confidential: your answers are only ever shown combined with those of the other respondents of your side, never with your name, and only once at least {n} respondents of a side have submitted. Problem descriptions are shown without names.</source>
        <translation>保密：您的回答只会与本方其他答卷人的回答合并显示，绝不与您的姓名一起出现，并且只有在一方至少 {n} 人提交后才会显示。问题描述不署名显示。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="359" />
        <source>Neither side sees the other side's results until both sides have submitted.</source>
        <translation>在双方都提交之前，任何一方都看不到对方的结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="363" />
        <source>It takes about ten minutes. Every answer is saved the moment you give it: you can stop at any time and carry on later where you left off.</source>
        <translation>大约需要十分钟。每个回答都会立即保存：您可以随时中断，之后从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="367" />
        <source>For each indicator, pick the description that fits best: click it, or press 1 to 5 (N when it does not apply or you do not know) and the next indicator follows. ↑/↓ move between indicators, Tab goes to the problem box. 5 is always the healthiest. “Submit answers” at the bottom right sends them once all are answered.</source>
        <translation>每个指标请选出最符合的描述：点击它，或按 1 到 5 键（不适用或不清楚时按 N），随后自动进入下一个指标。↑/↓ 键在指标之间切换，Tab 键进入问题描述框。5 始终代表最健康。全部回答后，用右下角的“提交回答”提交。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="376" />
        <source>Continue →</source>
        <translation>继续 →</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="376" />
        <source>Start →</source>
        <translation>开始 →</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="466" />
        <source>Thank you: your answers are submitted</source>
        <translation>谢谢！您的回答已提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="471" />
        <source>Submitted {moment}. Thank you, {name}! Your answers are stored; they are shown only combined with those of the other respondents of your side. They can no longer be changed here; the facilitator can reopen your response if something must change. You can close this window.</source>
        <translation>已于 {moment} 提交。谢谢您，{name}！您的回答已保存，只会与本方其他答卷人的回答合并显示。此处不能再修改；如需修改，可请主持人重新开放您的答卷。现在可以关闭此窗口。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="482" />
        <source>Overall comment (optional)</source>
        <translation>总体意见（选填）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="498" />
        <source>No overall comment.</source>
        <translation>未填写总体意见。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="500" />
        <source>Anything else the partners should hear? Never shown with your name.</source>
        <translation>还有什么希望合作双方了解的？不会与您的姓名一起显示。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="506" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="511" />
        <source>Still missing ({count}) – click one to answer it:</source>
        <translation>尚未回答（{count}）– 点击即可前往作答：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="520" />
        <source>All {total} indicators are answered. Send them with “Submit answers” at the bottom right.</source>
        <translation>全部 {total} 个指标均已回答。请用右下角的“提交回答”提交。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="527" />
        <source>change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="527" />
        <source>show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="528" />
        <source>Missing</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="529" />
        <source>answer now</source>
        <translation>立即作答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="546" />
        <source>{indicator}: {answer}</source>
        <translation>{indicator}：{answer}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="580" />
        <source>Submit answers</source>
        <translation>提交回答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="581" />
        <source>← Back</source>
        <translation>← 上一步</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="587" />
        <source>Review and submit →</source>
        <translation>检查并提交 →</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="587" />
        <source>Next →</source>
        <translation>下一步 →</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="594" />
        <source>Answer every indicator first ({count} still missing); N when it does not apply.</source>
        <translation>请先回答所有指标（还差 {count} 个）；不适用时按 N。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="598" />
        <source>Submit your answers to the facilitator (you are asked to confirm first).</source>
        <translation>把回答提交给主持人（提交前会请您确认）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="603" />
        <source>Not saved – see the message above</source>
        <translation>未保存 – 请查看上方提示</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="604" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="605" />
        <source>✓ Saved {time}</source>
        <translation>✓ 已保存 {time}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="607" />
        <source>Every answer is saved the moment you give it.</source>
        <translation>每个回答都会在作答时立即保存。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="622" />
        <source>Read-only: another HealthDesk has this data folder open. You can look at the answers but not change them.</source>
        <translation>只读：另一个 HealthDesk 正在使用此数据文件夹。您可以查看回答，但不能修改。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="627" />
        <source>Submitted {date}. The answers are read-only; the facilitator can reopen the response if something must change.</source>
        <translation>已于 {date} 提交。回答为只读；如需修改，可请主持人重新开放此答卷。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="631" />
        <source>The round “{label}” is closed: answers can no longer be changed.</source>
        <translation>评估轮次“{label}”已关闭：回答不能再修改。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="636" />
        <source>The round “{label}” is not open yet: answers can be given once the facilitator opens it.</source>
        <translation>评估轮次“{label}”尚未开放：主持人开放后即可作答。</translation>
    </message>
</context>
</TS>