<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>WalkthroughWindow</name>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/window.py" line="89" />
        <source>Assessment: {name} – {round}</source>
        <translation>评估：{name} – {round}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/window.py" line="91" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/window.py" line="92" />
        <source>Everything is saved; you can come back later.</source>
        <translation>所有内容均已保存，您可以稍后继续。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/window.py" line="102" />
        <source>Some typed text could not be saved (see the message in the window). Close anyway? The unsaved text will be lost; copy it somewhere first if you need it.</source>
        <translation>部分已输入的文字未能保存（见窗口中的提示）。仍要关闭吗？未保存的文字将会丢失；如有需要，请先复制保存。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/window.py" line="105" />
        <source>Close without saving the text</source>
        <translation>关闭，不保存这些文字</translation>
    </message>
</context>
</TS>