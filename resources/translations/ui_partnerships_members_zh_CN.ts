<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Partnerships</name>
    <message>
        <location filename="../../healthdesk/ui/partnerships/members.py" line="80" />
        <source>Governance members</source>
        <translation>治理成员</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/members.py" line="82" />
        <source>The joint management committee (JMC) and joint project team (JPT) members of both sides.</source>
        <translation>双方的联合管理委员会（JMC）和联合项目组（JPT）成员。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/members.py" line="84" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/members.py" line="84" />
        <source>Side</source>
        <translation>所属方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/members.py" line="84" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/members.py" line="86" />
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/partnerships/members.py" line="87" />
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
</context>
</TS>