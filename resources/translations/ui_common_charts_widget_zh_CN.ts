<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../healthdesk/ui/common/charts_widget.py" line="309" />
        <source>This chart could not be drawn. See the log.</source>
        <translation>无法绘制此图表，详情请查看日志。</translation>
    </message>
</context>
</TS>