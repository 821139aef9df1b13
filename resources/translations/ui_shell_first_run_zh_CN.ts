<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../healthdesk/ui/shell/first_run.py" line="91" />
        <location filename="../../healthdesk/ui/shell/first_run.py" line="92" />
        <source>Welcome to HealthDesk</source>
        <translation>欢迎使用 HealthDesk</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/first_run.py" line="95" />
        <source>Your data folder is empty. Would you like to look around with demo partnerships first? They come with assessment rounds from both partners, so every screen has something to show.

Demo data is marked as such and can be removed in one step from the File menu at any time.</source>
        <translation>您的数据文件夹是空的。要先用示例合作关系看一看吗？示例数据包含双方的评估轮次，每个界面都有内容可看。

示例数据带有标记，随时可以在“文件”菜单中一步删除。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/first_run.py" line="100" />
        <source>Start empty</source>
        <translation>从空数据库开始</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/first_run.py" line="101" />
        <source>Explore with demo data</source>
        <translation>使用示例数据体验</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/first_run.py" line="131" />
        <source>Ready. Create your first partnership with Ctrl+N.</source>
        <translation>已就绪。按 Ctrl+N 创建第一个合作关系。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/first_run.py" line="141" />
        <location filename="../../healthdesk/ui/shell/first_run.py" line="166" />
        <source>The demo data is not part of this version.</source>
        <translation>此版本不包含示例数据。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/first_run.py" line="144" />
        <source>The demo data is already loaded.</source>
        <translation>示例数据已加载。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/first_run.py" line="148" />
        <source>Add the demo partnerships to your data? They can be removed again in one step.</source>
        <translation>将示例合作关系添加到您的数据中吗？之后可以一步删除。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/first_run.py" line="149" />
        <source>Load demo data</source>
        <translation>加载示例数据</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/first_run.py" line="157" />
        <source>Loading the demo data…</source>
        <translation>正在载入示例数据……</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/first_run.py" line="158" />
        <source>Demo data loaded. Remove it any time from the File menu.</source>
        <translation>示例数据已加载。随时可以在“文件”菜单中删除。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/first_run.py" line="169" />
        <source>There is no demo data to remove.</source>
        <translation>没有可删除的示例数据。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/first_run.py" line="174" />
        <source>Remove all demo partnerships, with their rounds and answers?

Your own partnerships are not touched. A backup is taken first.</source>
        <translation>删除所有示例合作关系及其评估轮次和答案吗？

您自己的合作关系不受影响。删除前会先进行备份。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/first_run.py" line="177" />
        <source>Remove demo data</source>
        <translation>删除示例数据</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/first_run.py" line="194" />
        <source>Removing the demo data…</source>
        <translation>正在删除示例数据……</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/first_run.py" line="195" />
        <source>Demo data removed.</source>
        <translation>示例数据已删除。</translation>
    </message>
</context>
</TS>