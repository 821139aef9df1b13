<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="194" />
        <source>Side: not set</source>
        <translation>一方：未选</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="232" />
        <source>Correct the goal:</source>
        <translation>修改目标：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="232" />
        <source>Correct the action:</source>
        <translation>修改行动：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="234" />
        <source>New goal for {dimension}:</source>
        <translation>新目标（{dimension}）：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="234" />
        <source>New goal:</source>
        <translation>新目标：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="236" />
        <source>New action for {dimension}:</source>
        <translation>新行动（{dimension}）：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="236" />
        <source>New action:</source>
        <translation>新行动：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="238" />
        <source>What was agreed</source>
        <translation>达成一致的内容</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="239" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="248" />
        <source>not set</source>
        <translation>未选</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="251" />
        <source>Level: {level}</source>
        <translation>层级：{level}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="252" />
        <source>Owner's side: {side}</source>
        <translation>负责人所属方：{side}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="253" />
        <source>Tab next field</source>
        <translation>Tab 下一栏</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="253" />
        <source>1 2 3 level</source>
        <translation>1 2 3 选层级</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="254" />
        <source>← → side</source>
        <translation>← → 选一方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="254" />
        <source>Enter saves</source>
        <translation>Enter 保存</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="254" />
        <source>Esc keeps a draft</source>
        <translation>Esc 保留草稿</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="254" />
        <source>Ctrl+Z undo</source>
        <translation>Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="255" />
        <source>After saving: {level}, side not set</source>
        <translation>保存后恢复为：{level}，未选一方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="257" />
        <source>After saving: side not set</source>
        <translation>保存后恢复为：未选一方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="260" />
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/capture.py" line="272" />
        <source>Choose the owner's side first (Tab to the side, ← → to pick it).</source>
        <translation>请先选择负责人所属方（按 Tab 到“一方”栏，用 ← → 选择）。</translation>
    </message>
</context>
</TS>