<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ResultTexts</name>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="69" />
        <location filename="../../healthdesk/ui/common/result_texts.py" line="91" />
        <source>withheld</source>
        <translation>已隐去</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="72" />
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="72" />
        <source>Amber</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="72" />
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="89" />
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="90" />
        <source>version break</source>
        <translation>版本变更</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="128" />
        <source>version break: not comparable with {label}</source>
        <translation>框架版本变更：无法与 {label} 比较</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="143" />
        <source>{arrow} falling: {delta} since {label}</source>
        <translation>{arrow} 下降：自 {label} 以来 {delta}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="145" />
        <source>{arrow} {delta} since {label}</source>
        <translation>{arrow} 自 {label} 以来 {delta}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="150" />
        <source>vs {label}</source>
        <translation>对比 {label}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="174" />
        <source>no gap</source>
        <translation>无差距</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="176" />
        <source>{label} sees {gap} higher</source>
        <translation>{label} 评分高 {gap}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="180" />
        <source>{label}: {submitted} of {invited} submitted</source>
        <translation>{label}：{invited} 人中 {submitted} 人已提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="184" />
        <source>, {n} in progress</source>
        <translation>，{n} 人作答中</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="191" />
        <source>{label}: {submitted} of {required} required responses</source>
        <translation>{label}：应有 {required} 份答卷，实有 {submitted} 份</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="195" />
        <source>{label}, {indicator}: {scored} of {required} required scores</source>
        <translation>{label}，{indicator}：应有 {required} 个评分，实有 {scored} 个</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="203" />
        <source>{label} is withheld, so the joint scores, gaps, health index, light, trend and diagnosis, which need both sides, are withheld too</source>
        <translation>{label} 的结果已隐去，因此需要双方结果的综合得分、差距、健康指数、信号灯、趋势和诊断也一并隐去</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="210" />
        <source>{label}: {n} more</source>
        <translation>{label}：还需 {n} 份</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="213" />
        <location filename="../../healthdesk/ui/common/result_texts.py" line="289" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="221" />
        <source>The health index fell from {from_index} ({label}) to {index} over {rounds} rounds ({change}).</source>
        <translation>健康指数在{rounds}轮中从{from_index}（{label}）降至{index}（{change}）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="230" />
        <source> It fell in {n} consecutive rounds.</source>
        <translation>已连续{n}轮下降。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="233" />
        <source>{dimension} fell in {rounds} consecutive rounds.</source>
        <translation>{dimension}已连续 {rounds} 轮下降。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="238" />
        <source>The gap between the partners on {dimension} grew from {previous} to {gap} ({who}).</source>
        <translation>双方在{dimension}上的差距由 {previous} 扩大到 {gap}（{who}）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="247" />
        <source>No assessment round has started in the last {limit} days.</source>
        <translation>过去 {limit} 天内没有开启任何评估轮次。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="252" />
        <source>No assessment round has started in the last {limit} days (the last one started on {date}, {days} days ago).</source>
        <translation>过去 {limit} 天内没有开启任何评估轮次（上一轮开始于 {date}，已过去 {days} 天）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="265" />
        <source>Put the decline of the health index first on the agenda of the next JMC: agree what stops it, with owners and dates.</source>
        <translation>将健康指数的下滑列为下次联合管理委员会的首要议题：商定止跌措施，明确负责人和完成日期。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="270" />
        <source>Put {dimension} on the agenda of the next JMC and agree one joint action to stop the fall.</source>
        <translation>将{dimension}列入下次联合管理委员会议程，并商定一项止跌的联合行动。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="274" />
        <source>Discuss the gap openly in the next JMC: ask each side what it sees that the other does not.</source>
        <translation>在下次联合管理委员会上公开讨论这一差距：请双方说明自己看到而对方没有看到的情况。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="277" />
        <source>Open a new assessment round: a full assessment is due every six months.</source>
        <translation>开启新一轮评估：每半年应进行一次完整评估。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="288" />
        <source>The partners see these dimensions far apart: {list}.</source>
        <translation>双方对以下维度的看法差距很大：{list}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="292" />
        <source>{name} fell in {rounds} consecutive rounds (now {value}).</source>
        <translation>{name}已连续 {rounds} 轮下降（当前 {value}）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/common/result_texts.py" line="302" />
        <source>{name} is {value}, below {limit}.</source>
        <translation>{name}为 {value}，低于 {limit}。</translation>
    </message>
</context>
</TS>