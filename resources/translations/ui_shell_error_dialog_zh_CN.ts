<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../healthdesk/ui/shell/error_dialog.py" line="82" />
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/error_dialog.py" line="83" />
        <source>Something unexpected went wrong</source>
        <translation>发生了意外错误</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/error_dialog.py" line="86" />
        <source>HealthDesk ran into a problem it did not expect ({error}).

Everything saved before is safe: every answer is stored the moment it is given. You can keep working; if the same thing happens again, save your work, restart HealthDesk and send the log file to your support contact.</source>
        <translation>HealthDesk 遇到了一个意外问题（{error}）。

之前保存的内容都是安全的：每个答案在填写时即已保存。您可以继续工作；如果同样的问题再次出现，请保存工作、重新启动 HealthDesk，并将日志文件发送给您的技术支持联系人。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/error_dialog.py" line="92" />
        <source>Log file: {path}</source>
        <translation>日志文件：{path}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/error_dialog.py" line="94" />
        <source>Show details</source>
        <translation>显示详情</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/error_dialog.py" line="95" />
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/error_dialog.py" line="96" />
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/error_dialog.py" line="98" />
        <source>Continue working</source>
        <translation>继续工作</translation>
    </message>
</context>
</TS>