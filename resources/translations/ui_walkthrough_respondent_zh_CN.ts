<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>RespondentModeWindow</name>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_respondent.py" line="167" />
        <source>Respondent mode – {name}</source>
        <translation>填答模式 – {name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_respondent.py" line="169" />
        <source>Respondent mode: {name}. Only this walk-through is shown.</source>
        <translation>填答模式：{name}。此处只显示本人的评估问卷。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_respondent.py" line="173" />
        <source>End respondent mode…</source>
        <translation>结束填答模式…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_respondent.py" line="175" />
        <source>For the facilitator: needs the round's PIN or a confirmation</source>
        <translation>供主持人使用：需要本轮的 PIN 码或主持人确认</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_respondent.py" line="178" />
        <source>Switch the language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_respondent.py" line="204" />
        <location filename="../../healthdesk/ui/walkthrough_respondent.py" line="225" />
        <location filename="../../healthdesk/ui/walkthrough_respondent.py" line="226" />
        <source>End respondent mode</source>
        <translation>结束填答模式</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_respondent.py" line="205" />
        <source>Facilitator: enter the round's PIN to end respondent mode.</source>
        <translation>主持人：请输入本轮的 PIN 码以结束填答模式。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_respondent.py" line="215" />
        <source>Wrong PIN. Respondent mode stays on.</source>
        <translation>PIN 码错误，仍保持填答模式。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_respondent.py" line="221" />
        <source>Facilitator: end respondent mode and go back to HealthDesk?

No PIN is set for this round, so please confirm that you are the facilitator. Respondents: please hand the laptop back instead.</source>
        <translation>主持人：结束填答模式并返回 HealthDesk？

本轮未设置 PIN 码，请确认您是主持人。填答人请勿操作，请将电脑交还主持人。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_respondent.py" line="259" />
        <source>Some typed text could not be saved. End respondent mode anyway? The unsaved text will be lost.</source>
        <translation>部分已输入的文字未能保存。仍要结束填答模式吗？未保存的文字将会丢失。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_respondent.py" line="261" />
        <source>End without saving the text</source>
        <translation>结束，不保存这些文字</translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_respondent.py" line="89" />
        <source>Thank you, {name}!</source>
        <translation>谢谢您，{name}！</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_respondent.py" line="89" />
        <source>Thank you!</source>
        <translation>谢谢！</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_respondent.py" line="92" />
        <source>Your answers were submitted. Please hand the laptop back to the facilitator.</source>
        <translation>您的回答已提交。请将电脑交还给主持人。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough_respondent.py" line="95" />
        <source>Facilitator: use “End respondent mode” at the top right to go back to HealthDesk.</source>
        <translation>主持人：点击右上角的“结束填答模式”返回 HealthDesk。</translation>
    </message>
</context>
</TS>