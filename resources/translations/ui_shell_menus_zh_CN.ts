<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="203" />
        <source>Portfolio</source>
        <translation>组合总览</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="204" />
        <source>Partnerships</source>
        <translation>合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="205" />
        <source>Record</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="206" />
        <source>Rounds</source>
        <translation>评估轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="207" />
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="208" />
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="213" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="214" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="215" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="216" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="217" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="218" />
        <source>&amp;New partnership…</source>
        <translation>新建合作关系(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="219" />
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="220" />
        <source>Backups and &amp;restore…</source>
        <translation>备份与恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="221" />
        <source>Load &amp;demo data</source>
        <translation>加载示例数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="222" />
        <source>Remove demo data…</source>
        <translation>删除示例数据…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="223" />
        <source>Open data &amp;folder</source>
        <translation>打开数据文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="224" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="225" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="226" />
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="227" />
        <source>&amp;Archive / unarchive</source>
        <translation>归档 / 取消归档(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="228" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="229" />
        <source>&amp;About HealthDesk</source>
        <translation>关于 HealthDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="230" />
        <source>Start &amp;workshop (projector)…</source>
        <translation>开始工作坊（投影）(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="231" />
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="238" />
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="240" />
        <source>Another HealthDesk is using this data folder. You can look, but nothing can be changed here.</source>
        <translation>另一个 HealthDesk 正在使用此数据文件夹。您可以查看，但不能在这里做任何修改。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="242" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="245" />
        <source>Data: {path}</source>
        <translation>数据：{path}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="248" />
        <source>No partnership chosen</source>
        <translation>未选择合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="287" />
        <source>&amp;Undo {action}</source>
        <translation>撤销{action}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="288" />
        <source>Undo {action}</source>
        <translation>撤销{action}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/menus.py" line="290" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
</context>
</TS>