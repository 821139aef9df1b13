<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExchangeFinish</name>
    <message>
        <location filename="../../healthdesk/ui/exchange/finish.py" line="117" />
        <source>Your response file is saved</source>
        <translation>您的答卷文件已保存</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/finish.py" line="119" />
        <source>Send this file to {email} (Write e-mail opens a message; attach the file to it).</source>
        <translation>请把此文件发送到 {email}（“写邮件”会打开一封新邮件，请把文件添加为附件）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/finish.py" line="124" />
        <source>Send this file to the facilitator who invited you (e-mail, USB stick…).</source>
        <translation>请把此文件发送给邀请您的主持人（电子邮件、U 盘等）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/finish.py" line="128" />
        <source>Saved here:
{path}</source>
        <translation>保存位置：
{path}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/finish.py" line="132" />
        <source>Only the facilitator can read it.</source>
        <translation>只有主持人能读取此文件。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/finish.py" line="134" />
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/finish.py" line="135" />
        <source>Write e-mail</source>
        <translation>写邮件</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/finish.py" line="137" />
        <source>Save a copy elsewhere…</source>
        <translation>另存一份到其他位置…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/finish.py" line="140" />
        <source>HealthDesk response: {partnership}, {round} – {name}</source>
        <translation>HealthDesk 答卷：{partnership}，{round} – {name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/exchange/finish.py" line="145" />
        <source>Hello,

attached is my response file {file} (from the folder {folder}).

Best regards,
{name}</source>
        <translation>您好：

附件是我的答卷文件 {file}（位于文件夹 {folder}）。

此致
{name}</translation>
    </message>
</context>
</TS>