<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReviewExport</name>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="62" />
        <source>Export JMC &amp;review…</source>
        <translation>导出联合管理委员会评审报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="66" />
        <source>Export JMC review…</source>
        <translation>导出联合管理委员会评审报告…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="306" />
        <source>Export JMC review</source>
        <translation>导出联合管理委员会评审报告</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="307" />
        <source>The JMC review as a PDF</source>
        <translation>联合管理委员会评审报告（PDF）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="309" />
        <source>The printed review of one round for the Joint Management Committee: the same numbers as the dashboard. Choose only the follow-up for the joint project team.</source>
        <translation>供联合管理委员会使用的单轮评审打印稿，数字与仪表板一致。给联合项目组时，可只选“后续跟进”。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="316" />
        <source>&amp;Partnership</source>
        <translation>合作关系(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="317" />
        <source>&amp;Round</source>
        <translation>评估轮次(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="318" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="319" />
        <source>&amp;Paper</source>
        <translation>纸张(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="320" />
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="321" />
        <source>Key messages</source>
        <translation>关键信息</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="322" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="328" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="329" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="330" />
        <source>Bilingual (English and Chinese)</source>
        <translation>双语（英文和中文）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="334" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="334" />
        <source>US Letter</source>
        <translation>美国信纸（Letter）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="337" />
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="338" />
        <source>Results (charts and indicator tables)</source>
        <translation>评估结果（图表和指标表）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="339" />
        <source>Voices (problems described)</source>
        <translation>问题描述（答卷人原话）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="340" />
        <source>Follow-up (action plan and decisions)</source>
        <translation>后续跟进（行动计划和决策）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="341" />
        <source>Method</source>
        <translation>评估方法</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="342" />
        <source>Sign-off</source>
        <translation>签署</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="346" />
        <source>The cover and the page numbers always print.</source>
        <translation>封面和页码始终打印。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="347" />
        <source>In &amp;English</source>
        <translation>英文(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="348" />
        <source>In C&amp;hinese</source>
        <translation>中文(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="350" />
        <source>One message per line, at most 5 per language, each at most 200 characters; either language may stay empty. Printed above the diagnosis on the summary page.</source>
        <translation>每行一条，每种语言最多 5 条，每条最多 200 个字符；任一语言均可留空。打印在摘要页的诊断之前。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="356" />
        <source>&amp;Save messages</source>
        <translation>保存关键信息(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="357" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="358" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="359" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="360" />
        <source>Open the PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="361" />
        <source>Drawing the review… %p%</source>
        <translation>正在生成评审报告… %p%</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="377" />
        <source>La&amp;yout</source>
        <translation>版式(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="378" />
        <source>Full review</source>
        <translation>完整报告</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="379" />
        <source>One-page summary sheet</source>
        <translation>单页摘要</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="424" />
        <source>{label} (planned, starts {date})</source>
        <translation>{label}（计划中，{date} 开始）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="428" />
        <source>{label} (open)</source>
        <translation>{label}（进行中）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="475" />
        <source>Save the review as</source>
        <translation>评审报告另存为</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="477" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="563" />
        <source>The key messages were not saved: {reason}</source>
        <translation>关键信息未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="591" />
        <source>The folder {folder} does not exist. Choose another place.</source>
        <translation>文件夹 {folder} 不存在，请另选位置。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="635" />
        <source>The review was written to {path}.</source>
        <translation>评审报告已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="644" />
        <source>The review cannot be made: {reason}</source>
        <translation>无法生成评审报告：{reason}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="657" />
        <source>The review could not be written to {path}: {reason}</source>
        <translation>评审报告无法保存到 {path}：{reason}</translation>
    </message>
</context>
</TS>