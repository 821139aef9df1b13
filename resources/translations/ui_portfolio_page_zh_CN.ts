<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="138" />
        <source>Partnership</source>
        <translation>合作关系</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="139" />
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="140" />
        <source>Light</source>
        <translation>信号灯</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="141" />
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="142" />
        <source>Largest gap</source>
        <translation>最大差距</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="143" />
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="144" />
        <source>Last assessment</source>
        <translation>上次评估</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="145" />
        <source>Next due</source>
        <translation>下次评估</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="146" />
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="147" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="148" />
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="152" />
        <source>Health index 0–100 of the latest round with results of both sides</source>
        <translation>最近一轮有双方结果的健康指数（0–100）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="153" />
        <source>Change of the health index since the round before</source>
        <translation>健康指数相对上一轮的变化</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="154" />
        <source>The dimension on which the partners' joint scores differ most</source>
        <translation>双方评分差距最大的维度</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="156" />
        <source>Early warnings (falling scores, growing gaps, overdue assessment)</source>
        <translation>早期预警（得分下降、差距扩大、评估逾期）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="158" />
        <source>When the next full assessment is due (every six months)</source>
        <translation>下次完整评估的到期日（每半年一次）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="160" />
        <source>Overdue actions, joint KPIs past their alert threshold, decisions waiting</source>
        <translation>逾期行动、超出预警阈值的联合 KPI、待决事项</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="172" />
        <source>(archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="177" />
        <source>could not be computed</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="182" />
        <source>no results</source>
        <translation>暂无结果</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="182" />
        <source>withheld</source>
        <translation>已隐去</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="191" />
        <source>{arrow} falling: {delta}</source>
        <translation>{arrow} 下降：{delta}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="201" />
        <source>{dimension} {gap}: {who}</source>
        <translation>{dimension} {gap}：{who}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="208" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="211" />
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="213" />
        <source>{date} (overdue)</source>
        <translation>{date}（已逾期）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="218" />
        <source>{tier} · exit review</source>
        <translation>{tier} · 退出评审</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="227" />
        <source>{n} overdue</source>
        <translation>{n} 项逾期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/portfolio/page.py" line="229" />
        <source>%n KPI breach(es)</source>
        <translation>
            <numerusform>%n 项 KPI 预警</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/portfolio/page.py" line="231" />
        <source>%n decision(s) waiting</source>
        <translation>
            <numerusform>%n 项待决</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="237" />
        <source>no gap</source>
        <translation>无差距</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="238" />
        <source>{label} higher</source>
        <translation>{label} 评分更高</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="309" />
        <source>Round {label}</source>
        <translation>轮次 {label}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="317" />
        <source>{change} index points since the round before</source>
        <translation>较上一轮变化 {change} 个指数点</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="319" />
        <source>The health index is falling (early warning): open the dashboard.</source>
        <translation>健康指数持续下降（早期预警）：请打开仪表板查看。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="322" />
        <source>Gap {gap} (A − B) on {dimension}: {who}</source>
        <translation>{dimension}差距 {gap}（甲 − 乙）：{who}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="328" />
        <source>Open the dashboard to read the warnings and their next steps.</source>
        <translation>打开仪表板查看预警内容及建议的下一步。</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="504" />
        <source>Portfolio</source>
        <translation>组合总览</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="505" />
        <source>Filter by name, code or partner…</source>
        <translation>按名称、代码或合作方筛选…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="508" />
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="510" />
        <source>Exit review due</source>
        <translation>需退出评审</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="511" />
        <source>No results</source>
        <translation>暂无结果</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="516" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="517" />
        <source>Active and paused</source>
        <translation>进行中和已暂停</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="518" />
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="525" />
        <source>No partnerships yet. Create one on the Partnerships page, or load the demo data from the File menu to look around.</source>
        <translation>尚无合作关系。请在“合作关系”页新建，或从“文件”菜单加载演示数据先看看。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="549" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="551" />
        <source>Partnerships: {total} · as of {date}</source>
        <translation>合作关系：{total} 个 · 截至 {date}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="553" />
        <source>{shown} of {total} partnerships shown, as of {date}</source>
        <translation>显示 {total} 个合作关系中的 {shown} 个，截至 {date}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="748" />
        <source>No partnership to show.</source>
        <translation>没有可显示的合作关系。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="753" />
        <source>Heat map of the first {n} of {total} partnerships in the table's order; sort or filter the table to see others.</source>
        <translation>热力图显示表格顺序中 {total} 个合作关系的前 {n} 个；排序或筛选表格可查看其他合作关系。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/portfolio/page.py" line="759" />
        <source>Heat map of the partnerships in the table's order (latest round with results).</source>
        <translation>按表格顺序显示各合作关系的热力图（有结果的最新一轮）。</translation>
    </message>
</context>
</TS>