<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="88" />
        <source>HealthDesk</source>
        <translation>HealthDesk</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="92" />
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="196" />
        <source>Choose a partnership first.</source>
        <translation>请先选择一个合作关系。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="277" />
        <source>Restored “{name}”.</source>
        <translation>已恢复“{name}”。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="279" />
        <source>delete of “{name}”</source>
        <translation>删除“{name}”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="280" />
        <source>Deleted “{name}”. Press Ctrl+Z to undo.</source>
        <translation>已删除“{name}”。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="303" />
        <source>Refreshed.</source>
        <translation>已刷新。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="391" />
        <source>HealthDesk {version}

Partnership health assessments from both partners' side: records, two-sided rounds, results and the JMC review.</source>
        <translation>HealthDesk {version}

从合作双方视角进行合作健康度评估：合作档案、双方评估轮次、评估结果以及联合管理委员会评审。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/shell/main_window.py" line="394" />
        <source>About HealthDesk</source>
        <translation>关于 HealthDesk</translation>
    </message>
</context>
</TS>