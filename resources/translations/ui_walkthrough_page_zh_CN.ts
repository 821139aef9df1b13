<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>WalkthroughWidget</name>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="386" />
        <source>Not saved: {error}
What you typed is still in its box.</source>
        <translation>未保存：{error}
您输入的文字仍保留在文本框中。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="479" />
        <source>Submit your answers now?

After submitting you cannot change them any more, unless the facilitator reopens your response.</source>
        <translation>现在提交您的回答吗？

提交后将不能再修改，除非主持人重新开放您的答卷。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="482" />
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/page.py" line="483" />
        <source>Submit answers</source>
        <translation>提交回答</translation>
    </message>
</context>
</TS>