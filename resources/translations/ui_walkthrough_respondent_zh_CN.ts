<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>WalkthroughRespondent</name>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="60" />
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="62" />
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="64" />
        <source>{m} min {s} s</source>
        <translation>{m} 分 {s} 秒</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="525" />
        <source>Respondent mode is already running. End it first.</source>
        <translation>答卷模式已在进行中，请先结束它。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="534" />
        <source>The answers of {name} are open in another window. Close that window first, then hand the laptop over: respondent mode always starts in a window of its own.</source>
        <translation>{name}的答卷已在另一个窗口中打开。请先关闭该窗口，再把电脑交给答卷人：答卷模式总是在单独的新窗口中开始。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="565" />
        <source>Respondent mode cannot start: the data folder could not record it ({reason}), so another HealthDesk could show the data meanwhile.</source>
        <translation>无法开始答卷模式：数据文件夹无法记录此状态（{reason}），其间另一个 HealthDesk 可能会显示数据。</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="77" />
        <source>End respondent mode</source>
        <translation>结束答卷模式</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="78" />
        <source>Facilitator: enter the round's PIN to end respondent mode.</source>
        <translation>主持人：请输入本轮的 PIN 码以结束答卷模式。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="118" />
        <source>Too many wrong PINs. Respondent mode is locked; the next try is possible in {time}.</source>
        <translation>PIN 码错误次数过多，答卷模式已锁定；{time}后才能再试。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="121" />
        <source>Wrong PIN several times. The next try is possible in {time}.</source>
        <translation>PIN 码已多次输错，{time}后才能再试。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="125" />
        <source>Enter the PIN now.</source>
        <translation>现在可以输入 PIN 码。</translation>
    </message>
</context>
<context>
    <name>RespondentModeWindow</name>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="309" />
        <source>Respondent mode – {name}</source>
        <translation>答卷模式 – {name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="311" />
        <source>Respondent mode: {name}. Only this walk-through is shown.</source>
        <translation>答卷模式：{name}。此处只显示本人的评估问卷。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="315" />
        <source>End respondent mode…</source>
        <translation>结束答卷模式…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="317" />
        <source>For the facilitator: needs the round's PIN or a confirmation</source>
        <translation>供主持人使用：需要本轮的 PIN 码或主持人确认</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="320" />
        <source>Switch the language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="353" />
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="392" />
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="393" />
        <source>End respondent mode</source>
        <translation>结束答卷模式</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="354" />
        <source>Facilitator: enter the round's PIN to end respondent mode.</source>
        <translation>主持人：请输入本轮的 PIN 码以结束答卷模式。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="371" />
        <source>Too many wrong PINs. The next try is possible in {time}.</source>
        <translation>PIN 码错误次数过多，{time}后才能再试。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="379" />
        <source>Wrong PIN. Respondent mode stays on. The next try is possible in {time}.</source>
        <translation>PIN 码错误，仍保持答卷模式。{time}后才能再试。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="383" />
        <source>Wrong PIN. Respondent mode stays on.</source>
        <translation>PIN 码错误，仍保持答卷模式。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="388" />
        <source>Facilitator: end respondent mode and go back to HealthDesk?

No PIN is set for this round, so please confirm that you are the facilitator. Respondents: please hand the laptop back instead.</source>
        <translation>主持人：结束答卷模式并返回 HealthDesk？

本轮未设置 PIN 码，请确认您是主持人。答卷人请勿操作，请将电脑交还主持人。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="432" />
        <source>Some typed text could not be saved. End respondent mode anyway? The unsaved text will be lost.</source>
        <translation>部分已输入的文字未能保存。仍要结束答卷模式吗？未保存的文字将会丢失。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="434" />
        <source>End without saving the text</source>
        <translation>结束，不保存这些文字</translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="215" />
        <source>Thank you, {name}!</source>
        <translation>谢谢您，{name}！</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="215" />
        <source>Thank you!</source>
        <translation>谢谢！</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="219" />
        <source>Your answers were submitted {moment}. Please hand the laptop back to the facilitator.</source>
        <translation>您的回答已于 {moment} 提交。请把电脑交还给主持人。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="222" />
        <source>Your answers were submitted. Please hand the laptop back to the facilitator.</source>
        <translation>您的回答已提交。请将电脑交还给主持人。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/walkthrough/respondent.py" line="225" />
        <source>Facilitator: use “End respondent mode” at the top right to go back to HealthDesk.</source>
        <translation>主持人：点击右上角的“结束答卷模式”返回 HealthDesk。</translation>
    </message>
</context>
</TS>