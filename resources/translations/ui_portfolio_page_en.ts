<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PortfolioModel</name>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/portfolio/page.py" line="229" />
        <source>%n KPI breach(es)</source>
        <translation>
            <numerusform>%n KPI breach</numerusform>
            <numerusform>%n KPI breaches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/portfolio/page.py" line="231" />
        <source>%n decision(s) waiting</source>
        <translation>
            <numerusform>%n decision waiting</numerusform>
            <numerusform>%n decisions waiting</numerusform>
        </translation>
    </message>
</context>
</TS>