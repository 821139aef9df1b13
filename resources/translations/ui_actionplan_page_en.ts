<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FollowUp</name>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/actionplan/page.py" line="197" />
        <source>%n action(s) overdue as of {date}.</source>
        <translation>
            <numerusform>%n action overdue as of {date}.</numerusform>
            <numerusform>%n actions overdue as of {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/actionplan/page.py" line="422" />
        <source>%n sub-goal(s)</source>
        <translation>
            <numerusform>%n sub-goal</numerusform>
            <numerusform>%n sub-goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/actionplan/page.py" line="422" />
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/actionplan/page.py" line="445" />
        <source>Delete the KPI “{name}” with its %n recorded value(s)?</source>
        <translation>
            <numerusform>Delete the KPI “{name}” with its %n recorded value?</numerusform>
            <numerusform>Delete the KPI “{name}” with its %n recorded values?</numerusform>
        </translation>
    </message>
</context>
</TS>