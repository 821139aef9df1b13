<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="193" />
        <source>Side: not set</source>
        <translation>一方：未选</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="231" />
        <source>Correct the goal:</source>
        <translation>修改目标：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="231" />
        <source>Correct the action:</source>
        <translation>修改行动：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="233" />
        <source>New goal for {dimension}:</source>
        <translation>新目标（{dimension}）：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="233" />
        <source>New goal:</source>
        <translation>新目标：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="235" />
        <source>New action for {dimension}:</source>
        <translation>新行动（{dimension}）：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="235" />
        <source>New action:</source>
        <translation>新行动：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="237" />
        <source>What was agreed</source>
        <translation>达成一致的内容</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="238" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="247" />
        <source>not set</source>
        <translation>未选</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="250" />
        <source>Level: {level}</source>
        <translation>层级：{level}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="251" />
        <source>Owner's side: {side}</source>
        <translation>负责人所属方：{side}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="253" />
        <source>Tab next field · 1 2 3 level · ← → side · Enter saves · Esc keeps a draft · Ctrl+Z undo</source>
        <translation>Tab 下一栏 · 1 2 3 选层级 · ← → 选一方 · Enter 保存 · Esc 保留草稿 · Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="255" />
        <source>Tab next field · ← → side · Enter saves · Esc keeps a draft · Ctrl+Z undo</source>
        <translation>Tab 下一栏 · ← → 选一方 · Enter 保存 · Esc 保留草稿 · Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="257" />
        <source>After saving: {level}, side not set</source>
        <translation>保存后恢复为：{level}，未选一方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="259" />
        <source>After saving: side not set</source>
        <translation>保存后恢复为：未选一方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="260" />
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="271" />
        <source>Choose the owner's side first (Tab to the side, ← → to pick it).</source>
        <translation>请先选择负责人所属方（按 Tab 到“一方”栏，用 ← → 选择）。</translation>
    </message>
</context>
</TS>