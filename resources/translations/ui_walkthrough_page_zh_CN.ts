<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>WalkthroughWidget</name>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="474" />
        <source>Review and submit →</source>
        <translation>检查并提交 →</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="476" />
        <source>Next →</source>
        <translation>下一步 →</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="540" />
        <source>Read-only: another HealthDesk has this data folder open. You can look at the answers but not change them.</source>
        <translation>只读：另一个 HealthDesk 正在使用此数据文件夹。您可以查看回答，但不能修改。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="548" />
        <source>Submitted {date}. The answers are read-only; the facilitator can reopen the response if something must change.</source>
        <translation>已于 {date} 提交。回答为只读；如需修改，可请主持人重新开放此答卷。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="553" />
        <source>The round “{label}” is closed: answers can no longer be changed.</source>
        <translation>评估轮次“{label}”已关闭：回答不能再修改。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="557" />
        <source>The round “{label}” is not open yet: answers can be given once the facilitator opens it.</source>
        <translation>评估轮次“{label}”尚未开放：主持人开放后即可作答。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="566" />
        <source>{answered} of {total} answered</source>
        <translation>已回答 {answered} / {total}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="609" />
        <source>Not saved: {error}
What you typed is still in its box.</source>
        <translation>未保存：{error}
您输入的文字仍保留在文本框中。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="616" />
        <source>Not saved – see the message above</source>
        <translation>未保存 – 请查看上方提示</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="618" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="620" />
        <source>✓ Saved {time}</source>
        <translation>✓ 已保存 {time}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="624" />
        <source>Every answer is saved the moment you give it.</source>
        <translation>每个回答都会在作答时立即保存。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="704" />
        <source>Submit your answers now?

After submitting you cannot change them any more, unless the facilitator reopens your response.</source>
        <translation>现在提交您的回答吗？

提交后将不能再修改，除非主持人重新开放您的答卷。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="707" />
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="708" />
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="818" />
        <source>Submit answers</source>
        <translation>提交回答</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="730" />
        <source>Not submitted yet: %n indicator(s) still need an answer: {names}.</source>
        <translation>
            <numerusform>尚未提交：还有 %n 个指标未回答：{names}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="733" />
        <source>Choose a level, or N if it does not apply or you do not know.</source>
        <translation>请选择一个等级；如不适用或不清楚，请选 N。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="749" />
        <source>{partnership} · {round}</source>
        <translation>{partnership} · {round}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="752" />
        <source>{name}, answering for {side}</source>
        <translation>{name}，代表 {side} 作答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="761" />
        <source>This assessment asks how healthy the partnership {partnership} is: {dimensions} dimensions, {indicators} key indicators. Executives of both partners, {a} and {b}, answer the same questions; the results are discussed together to agree what to improve.</source>
        <translation>本评估了解合作“{partnership}”的健康程度：共 {dimensions} 个维度、{indicators} 个关键指标。合作双方（{a} 和 {b}）的高管回答相同的问题，结果将由双方共同讨论，商定改进方向。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="771" />
        <source>You answer as {name} for {side}{partner}.</source>
        <translation>您以 {name} 的身份代表 {side}{partner} 作答。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="777" />
        <source>Confidential: your answers are only ever shown combined with those of the other respondents of your side, never with your name, and only once at least {n} respondents of a side have submitted. Problem descriptions are shown without names.</source>
        <translation>保密：您的回答只会与本方其他答卷人的回答合并显示，绝不与您的姓名一起出现，并且只有在一方至少 {n} 人提交后才会显示。问题描述不署名显示。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="781" />
        <source>Neither side sees the other side's results until both sides have submitted.</source>
        <translation>在双方都提交之前，任何一方都看不到对方的结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="785" />
        <source>It takes about ten minutes. Every answer is saved the moment you give it: you can stop at any time and carry on later where you left off.</source>
        <translation>大约需要十分钟。每个回答都会立即保存：您可以随时中断，之后从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="789" />
        <source>For each indicator, pick the description that fits best: click it, or press 1 to 5 (N when it does not apply or you do not know). Tab or ↑/↓ moves between indicators. 5 is always the healthiest.</source>
        <translation>请为每个指标选择最符合的描述：点击它，或按 1 到 5 键（不适用或不清楚时按 N）。用 Tab 或 ↑/↓ 键切换指标。5 分始终表示最健康。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="797" />
        <source>Continue →</source>
        <translation>继续 →</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="797" />
        <source>Start →</source>
        <translation>开始 →</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="810" />
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="846" />
        <source>Review and submit</source>
        <translation>检查并提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="813" />
        <source>Overall comment (optional)</source>
        <translation>总体意见（选填）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="815" />
        <source>Anything else the partners should hear? Never shown with your name.</source>
        <translation>还有什么希望合作双方了解的？不会与您的姓名一起显示。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="826" />
        <source>← Back</source>
        <translation>← 上一步</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="838" />
        <source>Introduction</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="844" />
        <source>{done} of {total} answered</source>
        <translation>已回答 {done} / {total}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="862" />
        <source>Still missing ({count}) – click one to answer it:</source>
        <translation>尚未回答（{count}）– 点击即可前往作答：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="871" />
        <source>All {total} indicators are answered.</source>
        <translation>全部 {total} 个指标均已回答。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="883" />
        <source>change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="883" />
        <source>show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="884" />
        <source>Missing</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="885" />
        <source>answer now</source>
        <translation>立即作答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="902" />
        <source>{indicator}: {answer}</source>
        <translation>{indicator}：{answer}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_page.py" line="906" />
        <source>Not applicable / don't know</source>
        <translation>不适用 / 不清楚</translation>
    </message>
</context>
</TS>