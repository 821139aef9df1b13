<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../healthdesk/ui/workshop/plan.py" line="51" />
        <source>Read-only: nothing can be captured here.</source>
        <translation>只读模式：此处无法记录。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/plan.py" line="97" />
        <source>Saved to the action plan ✓</source>
        <translation>已保存到行动计划 ✓</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/plan.py" line="97" />
        <source>Corrected ✓</source>
        <translation>已修改 ✓</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/plan.py" line="141" />
        <source>Deleted “{name}”. Ctrl+Z brings it back.</source>
        <translation>已删除“{name}”。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/plan.py" line="149" />
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/plan.py" line="156" />
        <source>Undone: {action}</source>
        <translation>已撤销：{action}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/plan.py" line="188" />
        <source>capture of “{name}”</source>
        <translation>记录“{name}”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/plan.py" line="192" />
        <source>correction of “{name}”</source>
        <translation>修改“{name}”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/plan.py" line="207" />
        <source>delete of “{name}”</source>
        <translation>删除“{name}”</translation>
    </message>
</context>
</TS>