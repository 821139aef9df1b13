<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>FollowUpMessages</name>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="18" />
        <source>{field} must be a number (got '{value}')</source>
        <translation>{field}必须是数字（输入的是“{value}”）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="19" />
        <source>a KPI named '{name}' already exists in this partnership</source>
        <translation>该合作中已有名为“{name}”的 KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="20" />
        <source>a {level} goal cannot sit under a {parent_level} goal</source>
        <translation>{level}目标不能放在{parent_level}目标之下</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="21" />
        <source>this goal has {level} goals under it; it cannot become a {new_level} goal</source>
        <translation>该目标下有{level}目标，不能改为{new_level}目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="22" />
        <source>{kind} {key} belongs to another partnership</source>
        <translation>{kind} {key} 属于另一个合作</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="24" />
        <source>round '{label}' is blind: nobody's results show until both sides have {threshold} submitted responses (still missing: {waiting})</source>
        <translation>“{label}”轮为盲评：双方各有 {threshold} 份已提交答卷之前，任何人的结果都不显示（仍缺：{waiting}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="33" />
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="34" />
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="35" />
        <source>Owner on side A</source>
        <translation>甲方负责人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="36" />
        <source>Owner on side B</source>
        <translation>乙方负责人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="37" />
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="38" />
        <source>Measurable target</source>
        <translation>可衡量的目标值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="39" />
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="40" />
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="41" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="42" />
        <source>Owner's side</source>
        <translation>负责方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="43" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="44" />
        <source>KPI name</source>
        <translation>KPI 名称</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="45" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="46" />
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="47" />
        <source>Alert threshold</source>
        <translation>预警阈值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="48" />
        <source>Direction</source>
        <translation>预警方向</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="49" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="50" />
        <source>Period end</source>
        <translation>期末日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="51" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="52" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="53" />
        <source>Decision</source>
        <translation>决策事项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="54" />
        <source>Decision date</source>
        <translation>决策日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="55" />
        <source>Decided by</source>
        <translation>决策层级</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="56" />
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="57" />
        <source>goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="58" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="59" />
        <source>KPI value</source>
        <translation>KPI 数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="60" />
        <source>top-level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="61" />
        <source>mid-term</source>
        <translation>中期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/messages.py" line="62" />
        <source>short-term</source>
        <translation>短期</translation>
    </message>
</context>
</TS>