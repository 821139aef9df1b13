<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CappedTextBox</name>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/widgets.py" line="414" />
        <source>The inserted text was too long: its last {count} characters were left out (a box holds at most {cap} characters). If you pasted it, the full text is still on the clipboard.</source>
        <translation>插入的文字过长：末尾 {count} 个字符未被插入（每个文本框最多容纳 {cap} 个字符）。如果是粘贴的，完整文字仍在剪贴板中。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/widgets.py" line="421" />
        <source>This box is full: at most {cap} characters fit. Shorten the text to add more.</source>
        <translation>文本框已满：最多 {cap} 个字符。请先删减文字再继续输入。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/widgets.py" line="425" />
        <source>Characters used / the most this box holds</source>
        <translation>已用字符数 / 本框最多字符数</translation>
    </message>
</context>
<context>
    <name>IndicatorCard</name>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/widgets.py" line="625" />
        <source>Here a high value is bad, so the scale is reversed: 5 = low, the healthiest.</source>
        <translation>此项数值越高越不利，因此评分反向：5 分表示低，即最健康。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/widgets.py" line="629" />
        <source>Level {score}: {text}</source>
        <translation>{score} 分：{text}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/widgets.py" line="631" />
        <source>Not applicable / don't know</source>
        <translation>不适用 / 不清楚</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/widgets.py" line="635" />
        <source>Click a description, or press 1–5 (N = not applicable) and the next indicator follows. Tab goes to the problem box; ↑/↓ move between indicators.</source>
        <translation>点击最符合的描述，或按 1–5 键（N = 不适用），随后自动进入下一个指标。Tab 键进入问题描述框；↑/↓ 键切换指标。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/widgets.py" line="639" />
        <source>Problem description (optional): what is going wrong, an example</source>
        <translation>问题描述（选填）：哪里出了问题，举个例子</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/widgets.py" line="641" />
        <source>Describe the problem in a few sentences. Never shown with your name.</source>
        <translation>用几句话描述问题。不会与您的姓名一起显示。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/widgets.py" line="649" />
        <source>Not answered yet</source>
        <translation>尚未回答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/widgets.py" line="651" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/widgets.py" line="653" />
        <source>Answered: {score}</source>
        <translation>已回答：{score} 分</translation>
    </message>
</context>
</TS>