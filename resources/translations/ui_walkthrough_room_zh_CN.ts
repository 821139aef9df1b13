<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>RespondentRoom</name>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/room.py" line="74" />
        <source>Respondent mode is active</source>
        <translation>答卷模式进行中</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/room.py" line="75" />
        <source>Respondent mode is active on this folder.</source>
        <translation>此数据文件夹正处于答卷模式。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/room.py" line="78" />
        <source>A respondent is answering in HealthDesk right now, so this HealthDesk shows nothing, not even read-only. The facilitator ends respondent mode with the round's PIN; then start HealthDesk again.</source>
        <translation>目前有答卷人正在 HealthDesk 中作答，因此这里不显示任何内容，只读方式也不可用。请主持人用本轮的 PIN 码结束答卷模式，然后再启动 HealthDesk。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/room.py" line="82" />
        <source>Data folder: {path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/room.py" line="86" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/room.py" line="224" />
        <source>Please finish or close “{title}” first, then hand the laptop over.</source>
        <translation>请先完成或关闭“{title}”，再把电脑交给答卷人。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/room.py" line="239" />
        <source>Some text typed in “{title}” could not be saved. Hand the laptop over anyway? The text stays in that window, out of sight, until respondent mode ends.</source>
        <translation>“{title}”中部分已输入的文字未能保存。仍要交给答卷人吗？这些文字会留在该窗口中（不显示），直到答卷模式结束。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/room.py" line="242" />
        <source>Hand over anyway</source>
        <translation>仍然交给答卷人</translation>
    </message>
</context>
</TS>