<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="87" />
        <source>This screen is not available in this version yet.</source>
        <translation>此版本尚未提供该界面。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="111" />
        <source>Opening your data…</source>
        <translation>正在打开您的数据…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="329" />
        <source>Portfolio</source>
        <translation>组合总览</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="330" />
        <source>Partnerships</source>
        <translation>合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="331" />
        <source>Record</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="332" />
        <source>Rounds</source>
        <translation>评估轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="333" />
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="334" />
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="342" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="343" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="344" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="345" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="346" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="347" />
        <source>&amp;New partnership…</source>
        <translation>新建合作关系(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="348" />
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="349" />
        <source>Backups and &amp;restore…</source>
        <translation>备份与恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="350" />
        <source>Load &amp;demo data</source>
        <translation>加载示例数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="351" />
        <source>Remove demo data…</source>
        <translation>删除示例数据…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="352" />
        <source>Open data &amp;folder</source>
        <translation>打开数据文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="353" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="354" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="355" />
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="356" />
        <source>&amp;Archive / unarchive</source>
        <translation>归档 / 取消归档(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="357" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="358" />
        <source>&amp;About HealthDesk</source>
        <translation>关于 HealthDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="359" />
        <source>Start &amp;workshop (projector)…</source>
        <translation>开始工作坊（投影）(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="360" />
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="367" />
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="369" />
        <source>Another HealthDesk is using this data folder. You can look, but nothing can be changed here.</source>
        <translation>另一个 HealthDesk 正在使用此数据文件夹。您可以查看，但不能在这里做任何修改。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="371" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="374" />
        <source>Data: {path}</source>
        <translation>数据：{path}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="377" />
        <source>HealthDesk</source>
        <translation>HealthDesk</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="381" />
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="385" />
        <source>No partnership chosen</source>
        <translation>未选择合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="568" />
        <location filename="../../healthdesk/ui/shell/main_window.py" line="621" />
        <source>Choose a partnership first.</source>
        <translation>请先选择一个合作关系。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="714" />
        <source>&amp;Undo {action}</source>
        <translation>撤销{action}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="715" />
        <source>Undo {action}</source>
        <translation>撤销{action}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="717" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="773" />
        <source>Restored “{name}”.</source>
        <translation>已恢复“{name}”。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="775" />
        <source>delete of “{name}”</source>
        <translation>删除“{name}”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="776" />
        <source>Deleted “{name}”. Press Ctrl+Z to undo.</source>
        <translation>已删除“{name}”。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="799" />
        <source>Refreshed.</source>
        <translation>已刷新。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="875" />
        <source>HealthDesk {version}

Partnership health assessments from both partners' side: records, two-sided rounds, results and the JMC review.</source>
        <translation>HealthDesk {version}

从合作双方视角进行合作健康度评估：合作档案、双方评估轮次、评估结果以及联合管理委员会评审。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="878" />
        <source>About HealthDesk</source>
        <translation>关于 HealthDesk</translation>
    </message>
</context>
</TS>