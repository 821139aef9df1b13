<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExchangeExport</name>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/exchange/export.py" line="491" />
        <source>Export cancelled: %n invitation(s) written to {folder}, the others not:
{files}</source>
        <translation>
            <numerusform>Export cancelled: %n invitation written to {folder}, the others not:
{files}</numerusform>
            <numerusform>Export cancelled: %n invitations written to {folder}, the others not:
{files}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/exchange/export.py" line="498" />
        <source>%n invitation(s) written to {folder}:
{files}</source>
        <translation>
            <numerusform>%n invitation written to {folder}:
{files}</numerusform>
            <numerusform>%n invitations written to {folder}:
{files}</numerusform>
        </translation>
    </message>
</context>
</TS>