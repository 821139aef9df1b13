<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReviewExport</name>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="63" />
        <source>Export JMC &amp;review…</source>
        <translation>导出联合管理委员会评审报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="67" />
        <source>Export JMC review…</source>
        <translation>导出联合管理委员会评审报告…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="263" />
        <source>Export JMC review</source>
        <translation>导出联合管理委员会评审报告</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="264" />
        <source>The JMC review as a PDF</source>
        <translation>联合管理委员会评审报告（PDF）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="266" />
        <source>The printed review of one round for the Joint Management Committee: the same numbers as the dashboard. Choose only the follow-up for the joint project team.</source>
        <translation>供联合管理委员会使用的单轮评审打印稿，数字与仪表板一致。给联合项目组时，可只选“后续跟进”。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="273" />
        <source>&amp;Partnership</source>
        <translation>合作关系(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="274" />
        <source>&amp;Round</source>
        <translation>评估轮次(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="275" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="276" />
        <source>&amp;Paper</source>
        <translation>纸张(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="277" />
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="278" />
        <source>Key messages</source>
        <translation>关键信息</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="279" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="285" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="286" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="287" />
        <source>Bilingual (English and Chinese)</source>
        <translation>双语（英文和中文）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="291" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="291" />
        <source>US Letter</source>
        <translation>美国信纸（Letter）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="294" />
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="295" />
        <source>Results (charts and indicator tables)</source>
        <translation>评估结果（图表和指标表）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="296" />
        <source>Voices (problems described)</source>
        <translation>问题描述（答卷人原话）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="297" />
        <source>Follow-up (action plan and decisions)</source>
        <translation>后续跟进（行动计划和决策）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="298" />
        <source>Method</source>
        <translation>评估方法</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="299" />
        <source>Sign-off</source>
        <translation>签署</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="303" />
        <source>The cover and the page numbers always print.</source>
        <translation>封面和页码始终打印。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="305" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="306" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="307" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="308" />
        <source>Open the PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="309" />
        <source>Drawing the review… %p%</source>
        <translation>正在生成评审报告… %p%</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="325" />
        <source>La&amp;yout</source>
        <translation>版式(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="326" />
        <source>Full review</source>
        <translation>完整报告</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="327" />
        <source>One-page summary sheet</source>
        <translation>单页摘要</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="369" />
        <source>{label} (planned, starts {date})</source>
        <translation>{label}（计划中，{date} 开始）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="373" />
        <source>{label} (open)</source>
        <translation>{label}（进行中）</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="420" />
        <source>Save the review as</source>
        <translation>评审报告另存为</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="422" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="472" />
        <source>The key messages were not saved: {reason}</source>
        <translation>关键信息未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="498" />
        <source>The folder {folder} does not exist. Choose another place.</source>
        <translation>文件夹 {folder} 不存在，请另选位置。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="542" />
        <source>The review was written to {path}.</source>
        <translation>评审报告已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="551" />
        <source>The review cannot be made: {reason}</source>
        <translation>无法生成评审报告：{reason}</translation>
    </message>
    <message>
        <location filename="../../healthdesk/ui/review/export.py" line="564" />
        <source>The review could not be written to {path}: {reason}</source>
        <translation>评审报告无法保存到 {path}：{reason}</translation>
    </message>
</context>
</TS>