<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="614"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="616"/>
        <source>Radar</source>
        <translation>雷达图</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="617"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="618"/>
        <source>Gaps</source>
        <translation>分歧</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="619"/>
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="623"/>
        <source>Findings</source>
        <translation>诊断与预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="624"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="625"/>
        <source>Problems</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="633"/>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="739"/>
        <source>Choose a partnership first.</source>
        <translation>请先选择一个合作关系。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="746"/>
        <source>No assessment round yet. Open one on the Rounds page; the results appear here as soon as both sides have answered.</source>
        <translation>尚无评估轮次。请在“评估轮次”页开启一轮；双方作答后，结果即显示在这里。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="766"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="772"/>
        <source>Dashboard — {name}</source>
        <translation>仪表板 — {name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="812"/>
        <source>{round} ({status}, {period}) · as of {as_of}</source>
        <translation>{round}（{status}，{period}）· 截至 {as_of}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="823"/>
        <source>The results of this round are hidden until both sides have at least {n} submitted responses (blind round). Still needed: {waiting}.</source>
        <translation>本轮为盲评：双方各有至少 {n} 份已提交答卷之前，结果不予显示。尚缺：{waiting}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="834"/>
        <source>Withheld: {reasons}.</source>
        <translation>已隐去：{reasons}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="837"/>
        <source>The joint scores, gaps, health index, trend and diagnosis need both sides.</source>
        <translation>综合得分、差距、健康指数、趋势和诊断需要双方的结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="841"/>
        <source>The anonymity threshold of this round was lowered to {n}.</source>
        <translation>本轮的匿名门槛已降低为 {n}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="847"/>
        <source>Preliminary: the round is still open; its results may change until it is closed.</source>
        <translation>初步结果：本轮尚未结束，结束前结果仍可能变化。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="875"/>
        <source>hidden</source>
        <translation>未公开</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="876"/>
        <location filename="../../healthdesk/ui/dashboard.py" line="896"/>
        <source>Health index</source>
        <translation>健康指数</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="884"/>
        <source>{tier} · exit review due</source>
        <translation>{tier} · 需进行退出评审</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="889"/>
        <source>version break: not comparable with {label}</source>
        <translation>框架版本变更：无法与 {label} 比较</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="894"/>
        <source>Joint score {value} / 5</source>
        <translation>综合得分 {value} / 5</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="910"/>
        <location filename="../../healthdesk/ui/dashboard.py" line="1221"/>
        <source>Click for both sides, spread and history</source>
        <translation>点击查看双方得分、离散度与历史</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="963"/>
        <location filename="../../healthdesk/ui/dashboard.py" line="967"/>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="964"/>
        <location filename="../../healthdesk/ui/dashboard.py" line="1119"/>
        <source>The results of this round are hidden (blind round).</source>
        <translation>本轮结果暂不公开（盲评）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="969"/>
        <source>The diagnosis needs the results of both sides.</source>
        <translation>诊断需要双方的结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="1020"/>
        <source>Gaps need the results of both sides.</source>
        <translation>差距需要双方的结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="971"/>
        <source>No bottleneck rule fired for this round.</source>
        <translation>本轮未触发任何瓶颈诊断规则。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="985"/>
        <source>Why: {reasons}</source>
        <translation>依据：{reasons}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="990"/>
        <source>Recommended next steps:</source>
        <translation>建议的下一步：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="996"/>
        <source>Early warnings</source>
        <translation>早期预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="998"/>
        <source>No early warning.</source>
        <translation>无早期预警。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="1005"/>
        <source>Recommended next step: {step}</source>
        <translation>建议的下一步：{step}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="1008"/>
        <source>Where the partners disagree</source>
        <translation>双方分歧所在</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="1025"/>
        <source>No gap of {limit} or more between the partners.</source>
        <translation>双方之间没有达到 {limit} 及以上的差距。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="1035"/>
        <source>Gaps of {limit} or more (often the first sign of a trust problem):</source>
        <translation>差距达到 {limit} 及以上（往往是信任问题的最早信号）：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="1043"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="1045"/>
        <source>No tier without a health index.</source>
        <translation>没有健康指数，无法评定等级。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="1050"/>
        <source>{tier}: exit review due ({n} rounds in a row in the lowest tier).</source>
        <translation>{tier}：需进行退出评审（已连续 {n} 轮处于最低等级）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="1053"/>
        <source>Responses</source>
        <translation>答卷</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="1074"/>
        <source>Each side needs at least {n} submitted responses for its results to show.</source>
        <translation>每一方至少需要 {n} 份已提交答卷，其结果才会显示。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="1080"/>
        <source>What was withheld, and why</source>
        <translation>隐去的内容及原因</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="1085"/>
        <source>Everything, until both sides have at least {n} submitted responses.</source>
        <translation>全部内容，直到双方各有至少 {n} 份已提交答卷。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="1092"/>
        <source>Nothing was withheld.</source>
        <translation>没有隐去任何内容。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="1112"/>
        <source>What respondents wrote, grouped by dimension. Texts are never attributed to a person; only the partner is shown.</source>
        <translation>受访者填写的问题描述，按维度分组。内容不会对应到具体个人，只显示所属合作方。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="1144"/>
        <source>General comments</source>
        <translation>总体意见</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="1158"/>
        <source>{label}&apos;s problem descriptions are withheld ({reason}).</source>
        <translation>{label} 的问题描述已隐去（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="1174"/>
        <source>No problem descriptions in this round.</source>
        <translation>本轮没有问题描述。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="1185"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="1185"/>
        <source>Joint</source>
        <translation>综合</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="1185"/>
        <source>Gap (A − B)</source>
        <translation>差距（甲 − 乙）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="1282"/>
        <source>The results of this round are hidden until both sides have submitted enough responses.</source>
        <translation>双方提交足够的答卷之前，本轮结果不予显示。</translation>
    </message>
</context>
<context>
    <name>ResultTexts</name>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="103"/>
        <location filename="../../healthdesk/ui/dashboard.py" line="125"/>
        <source>withheld</source>
        <translation>已隐去</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="106"/>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="106"/>
        <source>Amber</source>
        <translation>黄</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="106"/>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="123"/>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="124"/>
        <source>version break</source>
        <translation>版本变更</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="151"/>
        <source>vs {label}</source>
        <translation>对比 {label}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="175"/>
        <source>no gap</source>
        <translation>无差距</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="177"/>
        <source>{label} sees {gap} higher</source>
        <translation>{label} 评分高 {gap}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="181"/>
        <source>{label}: {submitted} of {invited} submitted</source>
        <translation>{label}：{invited} 人中 {submitted} 人已提交</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="185"/>
        <source>, {n} in progress</source>
        <translation>，{n} 人作答中</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="192"/>
        <source>{label}: {submitted} of {required} required responses</source>
        <translation>{label}：应有 {required} 份答卷，实有 {submitted} 份</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="196"/>
        <source>{label}, {indicator}: {scored} of {required} required scores</source>
        <translation>{label}，{indicator}：应有 {required} 个评分，实有 {scored} 个</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="204"/>
        <source>{label} is withheld, so the joint scores, gaps, health index, light, trend and diagnosis, which need both sides, are withheld too</source>
        <translation>{label} 的结果已隐去，因此需要双方结果的综合得分、差距、健康指数、信号灯、趋势和诊断也一并隐去</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="211"/>
        <source>{label}: {n} more</source>
        <translation>{label}：还需 {n} 份</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="214"/>
        <location filename="../../healthdesk/ui/dashboard.py" line="290"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="222"/>
        <source>The health index fell from {from_index} ({label}) to {index} over {rounds} rounds ({change}).</source>
        <translation>健康指数在{rounds}轮中从{from_index}（{label}）降至{index}（{change}）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="231"/>
        <source> It fell in {n} consecutive rounds.</source>
        <translation>已连续{n}轮下降。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="234"/>
        <source>{dimension} fell in {rounds} consecutive rounds.</source>
        <translation>{dimension}已连续 {rounds} 轮下降。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="239"/>
        <source>The gap between the partners on {dimension} grew from {previous} to {gap} ({who}).</source>
        <translation>双方在{dimension}上的差距由 {previous} 扩大到 {gap}（{who}）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="248"/>
        <source>No assessment round has started in the last {limit} days.</source>
        <translation>过去 {limit} 天内没有开启任何评估轮次。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="253"/>
        <source>No assessment round has started in the last {limit} days (the last one started on {date}, {days} days ago).</source>
        <translation>过去 {limit} 天内没有开启任何评估轮次（上一轮开始于 {date}，已过去 {days} 天）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="266"/>
        <source>Put the decline of the health index first on the agenda of the next JMC: agree what stops it, with owners and dates.</source>
        <translation>将健康指数的下滑列为下次联合管理委员会的首要议题：商定止跌措施，明确负责人和完成日期。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="271"/>
        <source>Put {dimension} on the agenda of the next JMC and agree one joint action to stop the fall.</source>
        <translation>将{dimension}列入下次联合管理委员会议程，并商定一项止跌的联合行动。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="275"/>
        <source>Discuss the gap openly in the next JMC: ask each side what it sees that the other does not.</source>
        <translation>在下次联合管理委员会上公开讨论这一差距：请双方说明自己看到而对方没有看到的情况。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="278"/>
        <source>Open a new assessment round: a full assessment is due every six months.</source>
        <translation>开启新一轮评估：每半年应进行一次完整评估。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="289"/>
        <source>The partners see these dimensions far apart: {list}.</source>
        <translation>双方对以下维度的看法差距很大：{list}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="293"/>
        <source>{name} fell in {rounds} consecutive rounds (now {value}).</source>
        <translation>{name}已连续 {rounds} 轮下降（当前 {value}）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/dashboard.py" line="303"/>
        <source>{name} is {value}, below {limit}.</source>
        <translation>{name}为 {value}，低于 {limit}。</translation>
    </message>
</context>
</TS>
