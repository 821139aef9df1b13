<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="40" />
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="41" />
        <source>Welcome both sides. Results are shown per side and combined, never per person; problem descriptions are anonymous. Agree to capture every goal and action as it is agreed (A for an action, G for a goal).</source>
        <translation>欢迎双方。结果按一方和双方合并展示，绝不按个人展示；问题描述均为匿名。约定每达成一个目标或行动就当场记录（A 记录行动，G 记录目标）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="46" />
        <source>Last round's actions</source>
        <translation>上一轮的行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="47" />
        <source>Open with what was agreed last time. For each item: was it done, and did the score it aimed at move? Ask the owners what helped or blocked; re-plan what slipped.</source>
        <translation>从上次的约定开始。逐项看：是否完成？它针对的分数有没有变化？请负责人说明助力和阻碍；延误的事项重新计划。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="51" />
        <source>Results are not shown yet</source>
        <translation>结果暂不显示</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="52" />
        <source>This round is blind: nobody sees results until both sides have enough submitted responses. Use the time for last round's actions, or ask the missing respondents to submit now; then reopen the workshop.</source>
        <translation>本轮为盲评：双方提交的答卷都达到人数要求之前，任何人都看不到结果。可先回顾上一轮的行动，或请尚未提交的答卷人现在提交，然后重新打开工作坊。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="57" />
        <location filename="../../healthdesk/ui/workshop/slides.py" line="204" />
        <source>Overall health</source>
        <translation>整体健康度</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="58" />
        <source>Reveal with R. Let both sides react before explaining: is this the partnership they know? Point out the dimension furthest apart.</source>
        <translation>按 R 揭⁠晓。先让双方表达看法再解释：这是他们所了解的合作吗？指出双方看法差距最大的维度。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="64" />
        <source>Ask each side first how they would score {dimension}, then reveal with R. Where the sides differ, ask the side that sees it better what it sees. Capture actions with A, goals with G.</source>
        <translation>先请双方各自估计“{dimension}”的得分，再按 R 揭⁠晓。双方看法不同时，请评分较高的一方说明看到了什么。按 A 记⁠录⁠行⁠动，按 G 记⁠录⁠目⁠标。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="70" />
        <source>{dimension}: in respondents' words</source>
        <translation>{dimension}：答卷人原话</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="71" />
        <source>Read the descriptions aloud or let the room read. Never guess who wrote what. Ask: which of these do we fix first?</source>
        <translation>朗读这些描述或请大家阅读。不要猜测是谁写的。提问：我们先解决哪一个？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="75" />
        <location filename="../../healthdesk/ui/workshop/slides.py" line="209" />
        <source>Goals and actions agreed</source>
        <translation>达成的目标与行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="76" />
        <source>Read back what was captured. Make sure each has an owner on the right side and a due date; finish the details in the action plan after the workshop.</source>
        <translation>复述已记录的内容。确认每一项都有对应一方的负责人和截止日期；会后在行动计划中补充细节。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="79" />
        <location filename="../../healthdesk/ui/workshop/slides.py" line="210" />
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="79" />
        <source>Thank everyone. The action plan and the decisions go into the JMC review.</source>
        <translation>感谢大家。行动计划和决策事项将纳入联合管理委员会（JMC）评审报告。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="196" />
        <source>Round {label} · {a} and {b}</source>
        <translation>{label} 轮 · {a}与{b}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="203" />
        <source>Last round's actions: what was done, what moved</source>
        <translation>上一轮的行动：完成了什么，哪些分数有变化</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="205" />
        <source>Dimension by dimension: {names}</source>
        <translation>逐个维度：{names}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="206" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="208" />
        <source>Results: not shown yet (blind round)</source>
        <translation>结果：暂不显示（盲评轮次）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="230" />
        <source>This round is blind: nobody sees any results until both sides have at least {n} submitted responses.</source>
        <translation>本轮为盲评：双方各有至少 {n} 份已提交答卷之前，任何人都看不到结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="241" />
        <source>{side}: {submitted} submitted, {need} more needed</source>
        <translation>{side}：已提交 {submitted} 份，还需 {need} 份</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="243" />
        <source>{side}: {submitted} submitted ✓</source>
        <translation>{side}：已提交 {submitted} 份 ✓</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="263" />
        <source>Health index (0–100)</source>
        <translation>健康指数（0–100）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="272" />
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="304" />
        <source>First round: the baseline</source>
        <translation>首轮评估：作为基线</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="306" />
        <source>Not comparable: the framework changed since {label}</source>
        <translation>无法比较：自 {label} 轮以来评估框架已变更</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="310" />
        <source>No trend: results withheld</source>
        <translation>无趋势：结果未公开</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="311" />
        <source>{arrow} {delta} index points since {label}</source>
        <translation>{arrow} 较 {label} 轮变化 {delta} 个指数点</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="318" />
        <source>fewer than {n} responses</source>
        <translation>答卷少于 {n} 份</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="320" />
        <source>not enough scores</source>
        <translation>评分不足</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="322" />
        <source>{n} submitted</source>
        <translation>已提交 {n} 份</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="323" />
        <location filename="../../healthdesk/ui/workshop/slides.py" line="362" />
        <source>not revealed yet</source>
        <translation>尚未揭晓</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="362" />
        <source>Joint</source>
        <translation>双方综合</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="390" />
        <source>a perception gap</source>
        <translation>存在认知差距</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="400" />
        <source>{side}'s respondents disagree on “{indicator}” (spread {spread})</source>
        <translation>{side}的答卷人对“{indicator}”看法分歧（离散度 {spread}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="410" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="426" />
        <source>Trend: first round, no comparison yet</source>
        <translation>趋势：首轮评估，暂无比较</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="428" />
        <source>Trend: not comparable, the framework changed since {label}</source>
        <translation>趋势：无法比较，自 {label} 轮以来评估框架已变更</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="432" />
        <source>Trend: not available while results are withheld</source>
        <translation>趋势：结果未公开，暂无法比较</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="434" />
        <source>Trend: not available</source>
        <translation>趋势：无法计算</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="435" />
        <source>Trend: {arrow} {delta} since {label}</source>
        <translation>趋势：{arrow} 较 {label} 轮 {delta}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="444" />
        <location filename="../../healthdesk/ui/workshop/slides.py" line="479" />
        <source>Page {n} of {total}</source>
        <translation>第 {n} 页，共 {total} 页</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="475" />
        <source>Set at the {previous} workshop; scores before ({previous}) and now ({current}).</source>
        <translation>在 {previous} 轮工作坊上确定；之前（{previous}）与现在（{current}）的分数。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="483" />
        <source>This round's results are hidden until both sides have submitted.</source>
        <translation>在双方都提交之前，本轮结果不予显示。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="489" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="490" />
        <source>Agreed last time</source>
        <translation>上次约定</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="491" />
        <source>Aimed at</source>
        <translation>针对</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="492" />
        <source>Before → now</source>
        <translation>之前 → 现在</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="498" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="525" />
        <source>Nothing captured yet. Press A for an action, G for a goal.</source>
        <translation>尚未记录任何内容。按 A 记⁠录⁠行⁠动，按 G 记⁠录⁠目⁠标。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="542" />
        <source>1–9 pick a row · E correct · Delete remove · Ctrl+Z undo</source>
        <translation>1–9 选择一行 · E 修改 · Delete 删除 · Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="545" />
        <source>… and {n} more in the action plan</source>
        <translation>……行动计划中还有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="554" />
        <source>Owners finish their actions' details (due date, notes) in the action plan this week.</source>
        <translation>负责人本周内在行动计划中补全各自行动的细节（截止日期、备注）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="556" />
        <source>Open goals: {goals} · overdue actions: {overdue} · decisions for the JMC: {decisions}</source>
        <translation>未完成目标：{goals} · 逾期行动：{overdue} · 待 JMC 决策：{decisions}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="560" />
        <source>The JMC review prints the goals, the action plan and the decisions requested.</source>
        <translation>JMC 评审报告将打印目标、行动计划和待决事项。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="561" />
        <source>Thank you.</source>
        <translation>谢谢。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="571" />
        <source>Gap: not available</source>
        <translation>差距：无法计算</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="573" />
        <source>Both sides see it alike</source>
        <translation>双方看法一致</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="574" />
        <source>{side} sees it {gap} higher</source>
        <translation>{side}的评分高出 {gap}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="585" />
        <source>{level}: {title}</source>
        <translation>{level}：{title}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/slides.py" line="588" />
        <source>{title} ({owner})</source>
        <translation>{title}（{owner}）</translation>
    </message>
</context>
</TS>