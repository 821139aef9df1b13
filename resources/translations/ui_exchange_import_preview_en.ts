<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExchangeImport</name>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="534" />
        <source>Import cancelled: %n file(s) written to the database; the others were not imported. Press Import to import them.</source>
        <translation>
            <numerusform>Import cancelled: %n file written to the database; the others were not imported. Press Import to import them.</numerusform>
            <numerusform>Import cancelled: %n files written to the database; the others were not imported. Press Import to import them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/exchange/import_preview.py" line="542" />
        <source>%n file(s) written to the database.</source>
        <translation>
            <numerusform>%n file written to the database.</numerusform>
            <numerusform>%n files written to the database.</numerusform>
        </translation>
    </message>
</context>
</TS>