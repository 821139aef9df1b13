<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../healthdesk/ui/actionplan/words.py" line="26" />
        <source>above {value}</source>
        <translation>高于 {value}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/words.py" line="27" />
        <source>below {value}</source>
        <translation>低于 {value}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/words.py" line="32" />
        <source>{name}: {value} in {period} is {rule}, the alert threshold: discuss it.</source>
        <translation>{name}：{period} 为 {value}，{rule}（预警阈值），需要讨论。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/words.py" line="41" />
        <source> ({owner})</source>
        <translation>（{owner}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/words.py" line="42" />
        <source>Overdue by {days} days: {title}{owner}</source>
        <translation>已逾期 {days} 天：{title}{owner}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/words.py" line="49" />
        <source>both</source>
        <translation>双方</translation>
    </message>
</context>
</TS>