<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>WalkthroughWidget</name>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/closing.py" line="55" />
        <source>Not submitted yet</source>
        <translation>尚未提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/closing.py" line="57" />
        <source>You have answered all {total} indicators but not submitted them yet.

Submit them now? Until you submit, the facilitator does not count your answers. They stay saved if you close without submitting, and you can submit later.</source>
        <translation>您已回答全部 {total} 个指标，但还没有提交。

现在提交吗？提交之前，主持人不会计入您的回答。不提交就关闭时，回答仍会保存，您可以以后再提交。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/closing.py" line="66" />
        <source>Submit answers</source>
        <translation>提交回答</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/closing.py" line="68" />
        <source>Close without submitting</source>
        <translation>不提交，关闭</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/closing.py" line="70" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>