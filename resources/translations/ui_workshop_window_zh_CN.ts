<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="106" />
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="106" />
        <source>Amber</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="106" />
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="111" />
        <source>Planned</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="112" />
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="113" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="114" />
        <source>Dropped</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="119" />
        <source>Top-level goal</source>
        <translation>顶层目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="119" />
        <source>Mid-term goal</source>
        <translation>中期目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="119" />
        <source>Short-term goal</source>
        <translation>短期目标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="359" />
        <source>Side: not set</source>
        <translation>一方：未选</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="413" />
        <source>Correct the goal:</source>
        <translation>修改目标：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="413" />
        <source>Correct the action:</source>
        <translation>修改行动：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="415" />
        <source>New goal for {dimension}:</source>
        <translation>新目标（{dimension}）：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="415" />
        <source>New goal:</source>
        <translation>新目标：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="417" />
        <source>New action for {dimension}:</source>
        <translation>新行动（{dimension}）：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="417" />
        <source>New action:</source>
        <translation>新行动：</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="419" />
        <source>What was agreed</source>
        <translation>达成一致的内容</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="420" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="429" />
        <source>not set</source>
        <translation>未选</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="432" />
        <source>Level: {level}</source>
        <translation>层级：{level}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="433" />
        <source>Owner's side: {side}</source>
        <translation>负责人所属方：{side}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="435" />
        <source>Tab next field · 1 2 3 level · ← → side · Enter saves · Esc keeps a draft · Ctrl+Z undo</source>
        <translation>Tab 下一栏 · 1 2 3 选层级 · ← → 选一方 · Enter 保存 · Esc 保留草稿 · Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="437" />
        <source>Tab next field · ← → side · Enter saves · Esc keeps a draft · Ctrl+Z undo</source>
        <translation>Tab 下一栏 · ← → 选一方 · Enter 保存 · Esc 保留草稿 · Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="439" />
        <source>After saving: {level}, side not set</source>
        <translation>保存后恢复为：{level}，未选一方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="441" />
        <source>After saving: side not set</source>
        <translation>保存后恢复为：未选一方</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="442" />
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="453" />
        <source>Choose the owner's side first (Tab to the side, ← → to pick it).</source>
        <translation>请先选择负责人所属方（按 Tab 到“一方”栏，用 ← → 选择）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="564" />
        <source>Facilitator notes – {name}</source>
        <translation>主持人备注 – {name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="566" />
        <location filename="../../healthdesk/ui/workshop/window.py" line="712" />
        <source>Step {n} of {total}: {title}</source>
        <translation>第 {n} 步，共 {total} 步：{title}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="573" />
        <location filename="../../healthdesk/ui/workshop/window.py" line="719" />
        <source>The scores are still hidden: press R to reveal them.</source>
        <translation>分数尚未揭晓：按 R 揭晓。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="575" />
        <location filename="../../healthdesk/ui/workshop/window.py" line="721" />
        <source>(end)</source>
        <translation>（结束）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="576" />
        <location filename="../../healthdesk/ui/workshop/window.py" line="722" />
        <source>Next: {title}</source>
        <translation>下一步：{title}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="577" />
        <source>Captured in this workshop</source>
        <translation>本次工作坊已记录</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="579" />
        <source>Nothing yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="589" />
        <source>→ Space PgDn next · ← PgUp back · R reveal · B blank screen · A new action · G new goal · E correct the last capture · Ctrl+Z undo · N notes · ? or F1 all keys · L 中文/English · Esc leave</source>
        <translation>→ 空格 PgDn 下一页 · ← PgUp 上一页 · R 揭晓 · B 黑屏 · A 新行动 · G 新目标 · E 修改最近记录 · Ctrl+Z 撤销 · N 备注 · ? 或 F1 全部按键 · L 中文/English · Esc 退出</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="598" />
        <source>Next screen</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="599" />
        <source>Previous screen</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="600" />
        <source>First · last screen</source>
        <translation>第一页 · 最后一页</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="601" />
        <source>Reveal the scores of this screen (again: hide them)</source>
        <translation>揭晓本页得分（再按一次：隐藏）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="602" />
        <source>Blank the screen (again, or → ←: back)</source>
        <translation>黑屏（再按一次，或按 → ←：恢复）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="603" />
        <source>Facilitator notes (one screen: the room sees them too)</source>
        <translation>主持人备注（只有一块屏幕时，全场都会看到）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="604" />
        <source>This help</source>
        <translation>本帮助</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="605" />
        <source>English ⇄ 中文</source>
        <translation>English ⇄ 中文</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="606" />
        <source>Capture an action for the dimension on screen</source>
        <translation>为当前维度记录一项行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="607" />
        <source>Capture a goal (top-level, mid-term or short-term)</source>
        <translation>记录一个目标（顶层、中期或短期）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="608" />
        <source>Correct the last capture (or the row picked)</source>
        <translation>修改最近一条记录（或所选的行）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="609" />
        <source>“Goals and actions agreed”: pick a row</source>
        <translation>“达成的目标与行动”：选择一行</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="610" />
        <source>“Goals and actions agreed”: delete the row picked</source>
        <translation>“达成的目标与行动”：删除所选的行</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="611" />
        <source>Undo the last capture, correction or delete</source>
        <translation>撤销最近一次记录、修改或删除</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="612" />
        <source>In the capture bar: next field · save</source>
        <translation>在记录栏中：下一栏 · 保存</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="613" />
        <source>Close this help or the notes; otherwise leave (asks first)</source>
        <translation>关闭本帮助或备注；否则退出（会先确认）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="647" />
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="648" />
        <source>? · F1 · Esc close this help</source>
        <translation>? · F1 · Esc 关闭本帮助</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="710" />
        <source>Only you should see this — the projector shows it too. N or Esc hides it.</source>
        <translation>这些内容只应给您看——但投影上也会显示。按 N 或 Esc 隐藏。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="870" />
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="872" />
        <source>Welcome both sides. Results are shown per side and combined, never per person; problem descriptions are anonymous. Agree to capture every goal and action as it is agreed (A for an action, G for a goal).</source>
        <translation>欢迎双方。结果按一方和双方合并展示，绝不按个人展示；问题描述均为匿名。约定每达成一个目标或行动就当场记录（A 记录行动，G 记录目标）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="890" />
        <source>Last round's actions</source>
        <translation>上一轮的行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="892" />
        <source>Open with what was agreed last time. For each item: was it done, and did the score it aimed at move? Ask the owners what helped or blocked; re-plan what slipped.</source>
        <translation>从上次的约定开始。逐项看：是否完成？它针对的分数有没有变化？请负责人说明助力和阻碍；延误的事项重新计划。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="905" />
        <source>Results are not shown yet</source>
        <translation>结果暂不显示</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="907" />
        <source>This round is blind: nobody sees results until both sides have enough submitted responses. Use the time for last round's actions, or ask the missing respondents to submit now; then reopen the workshop.</source>
        <translation>本轮为盲评：双方提交的答卷都达到人数要求之前，任何人都看不到结果。可先回顾上一轮的行动，或请尚未提交的答卷人现在提交，然后重新打开工作坊。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="919" />
        <location filename="../../healthdesk/ui/workshop/window.py" line="1529" />
        <source>Overall health</source>
        <translation>整体健康度</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="921" />
        <source>Reveal with R. Let both sides react before explaining: is this the partnership they know? Point out the dimension furthest apart.</source>
        <translation>按 R 揭晓。先让双方表达看法再解释：这是他们所了解的合作吗？指出双方看法差距最大的维度。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="936" />
        <source>Ask each side first how they would score {dimension}, then reveal with R. Where the sides differ, ask the side that sees it better what it sees. Capture actions with A, goals with G.</source>
        <translation>先请双方各自估计“{dimension}”的得分，再按 R 揭晓。双方看法不同时，请评分较高的一方说明看到了什么。按 A 记录行动，按 G 记录目标。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="953" />
        <source>{dimension}: in respondents' words</source>
        <translation>{dimension}：答卷人原话</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="955" />
        <source>Read the descriptions aloud or let the room read. Never guess who wrote what. Ask: which of these do we fix first?</source>
        <translation>朗读这些描述或请大家阅读。不要猜测是谁写的。提问：我们先解决哪一个？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="968" />
        <location filename="../../healthdesk/ui/workshop/window.py" line="1537" />
        <source>Goals and actions agreed</source>
        <translation>达成的目标与行动</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="970" />
        <source>Read back what was captured. Make sure each has an owner on the right side and a due date; finish the details in the action plan after the workshop.</source>
        <translation>复述已记录的内容。确认每一项都有对应一方的负责人和截止日期；会后在行动计划中补充细节。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="980" />
        <location filename="../../healthdesk/ui/workshop/window.py" line="1538" />
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="981" />
        <source>Thank everyone. The action plan and the decisions go into the JMC review.</source>
        <translation>感谢大家。行动计划和决策事项将纳入联合管理委员会（JMC）评审报告。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1153" />
        <source>session {time}</source>
        <translation>全程 {time}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1182" />
        <source>{n} / {total}  ·  {time}</source>
        <translation>{n} / {total}  ·  {time}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1198" />
        <source>Scores hidden: R reveals</source>
        <translation>得分未揭晓：按 R 揭晓</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1199" />
        <source>? or F1 keys</source>
        <translation>? 或 F1 按键</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1200" />
        <source>N notes</source>
        <translation>N 备注</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1215" />
        <source>Read-only: nothing can be captured here.</source>
        <translation>只读模式：此处无法记录。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1287" />
        <source>capture of “{name}”</source>
        <translation>记录“{name}”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1289" />
        <source>correction of “{name}”</source>
        <translation>修改“{name}”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1294" />
        <source>Saved to the action plan ✓</source>
        <translation>已保存到行动计划 ✓</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1294" />
        <source>Corrected ✓</source>
        <translation>已修改 ✓</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1344" />
        <source>delete of “{name}”</source>
        <translation>删除“{name}”</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1346" />
        <source>Deleted “{name}”. Ctrl+Z brings it back.</source>
        <translation>已删除“{name}”。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1392" />
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1399" />
        <source>Undone: {action}</source>
        <translation>已撤销：{action}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1450" />
        <source>This workshop was under way: screen {n} of {total}, {minutes} min. Resume where it stopped?</source>
        <translation>此工作坊尚未结束：第 {n} 页，共 {total} 页，已进行 {minutes} 分钟。要从中断处继续吗？</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1452" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1453" />
        <source>Resume the workshop</source>
        <translation>继续工作坊</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1490" />
        <source>{level}: {title}</source>
        <translation>{level}：{title}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1494" />
        <source>{title} ({owner})</source>
        <translation>{title}（{owner}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1519" />
        <source>Round {label} · {a} and {b}</source>
        <translation>{label} 轮 · {a}与{b}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1527" />
        <source>Last round's actions: what was done, what moved</source>
        <translation>上一轮的行动：完成了什么，哪些分数有变化</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1531" />
        <source>Dimension by dimension: {names}</source>
        <translation>逐个维度：{names}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1532" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1536" />
        <source>Results: not shown yet (blind round)</source>
        <translation>结果：暂不显示（盲评轮次）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1556" />
        <source>This round is blind: nobody sees any results until both sides have at least {n} submitted responses.</source>
        <translation>本轮为盲评：双方各有至少 {n} 份已提交答卷之前，任何人都看不到结果。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1569" />
        <source>{side}: {submitted} submitted, {need} more needed</source>
        <translation>{side}：已提交 {submitted} 份，还需 {need} 份</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1571" />
        <source>{side}: {submitted} submitted ✓</source>
        <translation>{side}：已提交 {submitted} 份 ✓</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1593" />
        <source>Health index (0–100)</source>
        <translation>健康指数（0–100）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1602" />
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1645" />
        <source>First round: the baseline</source>
        <translation>首轮评估：作为基线</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1647" />
        <source>Not comparable: the framework changed since {label}</source>
        <translation>无法比较：自 {label} 轮以来评估框架已变更</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1651" />
        <source>No trend: results withheld</source>
        <translation>无趋势：结果未公开</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1652" />
        <source>{arrow} {delta} index points since {label}</source>
        <translation>{arrow} 较 {label} 轮变化 {delta} 个指数点</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1676" />
        <source>fewer than {n} responses</source>
        <translation>答卷少于 {n} 份</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1679" />
        <source>not enough scores</source>
        <translation>评分不足</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1680" />
        <source>{n} submitted</source>
        <translation>已提交 {n} 份</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1685" />
        <source>Gap: not available</source>
        <translation>差距：无法计算</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1687" />
        <source>Both sides see it alike</source>
        <translation>双方看法一致</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1688" />
        <source>{side} sees it {gap} higher</source>
        <translation>{side}的评分高出 {gap}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1725" />
        <source>not revealed yet</source>
        <translation>尚未揭晓</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1736" />
        <source>Joint</source>
        <translation>双方综合</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1763" />
        <source>a perception gap</source>
        <translation>存在认知差距</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1776" />
        <source>{side}'s respondents disagree on “{indicator}” (spread {spread})</source>
        <translation>{side}的答卷人对“{indicator}”看法分歧（离散度 {spread}）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1786" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1804" />
        <source>Trend: first round, no comparison yet</source>
        <translation>趋势：首轮评估，暂无比较</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1806" />
        <source>Trend: not comparable, the framework changed since {label}</source>
        <translation>趋势：无法比较，自 {label} 轮以来评估框架已变更</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1810" />
        <source>Trend: not available while results are withheld</source>
        <translation>趋势：结果未公开，暂无法比较</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1813" />
        <source>Trend: not available</source>
        <translation>趋势：无法计算</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1814" />
        <source>Trend: {arrow} {delta} since {label}</source>
        <translation>趋势：{arrow} 较 {label} 轮 {delta}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1831" />
        <location filename="../../healthdesk/ui/workshop/window.py" line="1863" />
        <source>Page {n} of {total}</source>
        <translation>第 {n} 页，共 {total} 页</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1859" />
        <source>Set at the {previous} workshop; scores before ({previous}) and now ({current}).</source>
        <translation>在 {previous} 轮工作坊上确定；之前（{previous}）与现在（{current}）的分数。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1867" />
        <source>This round's results are hidden until both sides have submitted.</source>
        <translation>在双方都提交之前，本轮结果不予显示。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1873" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1874" />
        <source>Agreed last time</source>
        <translation>上次约定</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1875" />
        <source>Aimed at</source>
        <translation>针对</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1876" />
        <source>Before → now</source>
        <translation>之前 → 现在</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1884" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1919" />
        <source>Nothing captured yet. Press A for an action, G for a goal.</source>
        <translation>尚未记录任何内容。按 A 记录行动，按 G 记录目标。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1937" />
        <source>1–9 pick a row · E correct · Delete remove · Ctrl+Z undo</source>
        <translation>1–9 选择一行 · E 修改 · Delete 删除 · Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1940" />
        <source>… and {n} more in the action plan</source>
        <translation>……行动计划中还有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1950" />
        <source>Owners finish their actions' details (due date, notes) in the action plan this week.</source>
        <translation>负责人本周内在行动计划中补全各自行动的细节（截止日期、备注）。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1952" />
        <source>Open goals: {goals} · overdue actions: {overdue} · decisions for the JMC: {decisions}</source>
        <translation>未完成目标：{goals} · 逾期行动：{overdue} · 待 JMC 决策：{decisions}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1956" />
        <source>The JMC review prints the goals, the action plan and the decisions requested.</source>
        <translation>JMC 评审报告将打印目标、行动计划和待决事项。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="1957" />
        <source>Thank you.</source>
        <translation>谢谢。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="2041" />
        <source>Workshop – {name}</source>
        <translation>工作坊 – {name}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="2068" />
        <source>Leave the workshop? Everything captured is already saved in the action plan.</source>
        <translation>退出工作坊？已记录的内容均已保存到行动计划中。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="2069" />
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/workshop/window.py" line="2070" />
        <source>Leave the workshop</source>
        <translation>退出工作坊</translation>
    </message>
</context>
</TS>