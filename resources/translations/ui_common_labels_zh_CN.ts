<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Labels</name>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="21" />
        <source>Joint venture</source>
        <translation>合资企业</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="22" />
        <source>Strategic alliance</source>
        <translation>战略联盟</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="23" />
        <source>Channel partnership</source>
        <translation>渠道合作</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="24" />
        <source>Capability complement</source>
        <translation>能力补充型</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="25" />
        <source>Resource sharing</source>
        <translation>资源共享型</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="26" />
        <source>Traffic exchange</source>
        <translation>流量互导型</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="27" />
        <source>Innovation co-creation</source>
        <translation>创新共创型</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="33" />
        <source>Formation</source>
        <translation>筹建</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="34" />
        <source>Launch</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="35" />
        <source>Growth</source>
        <translation>成长</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="36" />
        <source>Mature</source>
        <translation>成熟</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="37" />
        <source>Renewal</source>
        <translation>续约/转型</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="38" />
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="44" />
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="45" />
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="46" />
        <source>Exited</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="52" />
        <source>JMC member</source>
        <translation>联合管理委员会成员</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="53" />
        <source>JPT lead</source>
        <translation>联合项目组负责人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="54" />
        <source>Executive</source>
        <translation>高管</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="55" />
        <source>Facilitator</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="61" />
        <source>Revenue split</source>
        <translation>收益分配</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="62" />
        <source>IP ownership</source>
        <translation>知识产权归属</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="63" />
        <source>Exit terms</source>
        <translation>退出条款</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="64" />
        <source>Confidentiality</source>
        <translation>保密</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="65" />
        <source>Exclusivity</source>
        <translation>排他性</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="66" />
        <source>Data-sharing level</source>
        <translation>数据共享程度</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="72" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="73" />
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="74" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="80" />
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="81" />
        <source>In progress</source>
        <translation>作答中</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/labels.py" line="82" />
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
</context>
</TS>