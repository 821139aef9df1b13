<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="356" />
        <source>session {time}</source>
        <translation>全程 {time}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="378" />
        <source>{n} / {total}  ·  {time}</source>
        <translation>{n} / {total}  ·  {time}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="391" />
        <source>? or F1 keys</source>
        <translation>? 或 F1 按键</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="391" />
        <source>N notes</source>
        <translation>N 备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="396" />
        <source>Scores hidden: R reveals</source>
        <translation>得分未揭晓：按 R 揭晓</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="467" />
        <source>This workshop was under way: screen {n} of {total}, {minutes} min. Resume where it stopped?</source>
        <translation>此工作坊尚未结束：第 {n} 页，共 {total} 页，已进行 {minutes} 分钟。要从中断处继续吗？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="469" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="470" />
        <source>Resume the workshop</source>
        <translation>继续工作坊</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="513" />
        <source>Workshop – {name}</source>
        <translation>工作坊 – {name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="540" />
        <source>Leave the workshop? Everything captured is already saved in the action plan.</source>
        <translation>退出工作坊？已记录的内容均已保存到行动计划中。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="541" />
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="542" />
        <source>Leave the workshop</source>
        <translation>退出工作坊</translation>
    </message>
</context>
</TS>