<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>FollowUpForms</name>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="49" />
        <source>Planned</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="50" />
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="51" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="52" />
        <source>Dropped</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="58" />
        <source>Top-level goal (1–3 years)</source>
        <translation>顶层目标（1–3 年）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="59" />
        <source>Mid-term goal</source>
        <translation>中期目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="60" />
        <source>Short-term goal</source>
        <translation>短期目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="65" />
        <source>JMC (Joint Management Committee)</source>
        <translation>JMC（联合管理委员会）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="65" />
        <source>JPT (Joint Project Team)</source>
        <translation>JPT（联合项目组）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="69" />
        <source>Requested</source>
        <translation>待决</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="69" />
        <source>Taken</source>
        <translation>已决定</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="73" />
        <source>above the threshold</source>
        <translation>高于阈值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="73" />
        <source>below the threshold</source>
        <translation>低于阈值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="182" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="183" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="251" />
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="252" />
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="253" />
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="355" />
        <source>Under the goal</source>
        <translation>所属上级目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="254" />
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="255" />
        <source>Owner at {side}</source>
        <translation>{side}负责人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="256" />
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="358" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="257" />
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="359" />
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="556" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="258" />
        <source>Dimensions it should lift</source>
        <translation>要提升的维度</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="259" />
        <source>Measurable target</source>
        <translation>可衡量的目标值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="297" />
        <source>Edit goal</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="297" />
        <source>New goal</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="298" />
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="383" />
        <source>Due by</source>
        <translation>截止于</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="299" />
        <source>(none: a top of the tree)</source>
        <translation>（无：作为最上层）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="354" />
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="356" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="357" />
        <source>Owner's side</source>
        <translation>负责方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="360" />
        <source>Dimension it should lift</source>
        <translation>要提升的维度</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="361" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="382" />
        <source>Edit action</source>
        <translation>编辑行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="382" />
        <source>New action</source>
        <translation>新建行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="384" />
        <source>(no goal)</source>
        <translation>（不归属目标）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="387" />
        <source>(not said)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="390" />
        <source>Both: {a} and {b}</source>
        <translation>双方：{a} 和 {b}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="394" />
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="458" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="438" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="439" />
        <source>Unit (e.g. %, days)</source>
        <translation>单位（如 %、天）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="440" />
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="441" />
        <source>Alert threshold</source>
        <translation>预警阈值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="442" />
        <source>Warn when the value is</source>
        <translation>数值何时预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="443" />
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="455" />
        <source>Edit joint KPI</source>
        <translation>编辑联合 KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="455" />
        <source>New joint KPI</source>
        <translation>新建联合 KPI</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="459" />
        <source>e.g. 10 for “churn above 10%”</source>
        <translation>例如“客户流失率高于 10%”填 10</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="500" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="501" />
        <source>Period ends</source>
        <translation>期末日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="503" />
        <source>Value ({unit})</source>
        <translation>数值（{unit}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="503" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="505" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="516" />
        <source>Record a value of “{name}”</source>
        <translation>记录“{name}”的数值</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="554" />
        <source>Decision</source>
        <translation>决策事项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="555" />
        <source>Decided by</source>
        <translation>决策层级</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="557" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="558" />
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="574" />
        <source>Edit decision</source>
        <translation>编辑决策事项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="574" />
        <source>New decision</source>
        <translation>新建决策事项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/actionplan/forms.py" line="575" />
        <source>Decided on</source>
        <translation>决策日期</translation>
    </message>
</context>
</TS>