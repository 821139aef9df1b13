<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>WalkthroughWidget</name>
    <message numerus="yes">
        <location filename="../../healthdesk/ui/walkthrough/parts.py" line="224" />
        <source>Not submitted yet: %n indicator(s) still need an answer: {names}.</source>
        <translation>
            <numerusform>Not submitted yet: %n indicator still needs an answer: {names}.</numerusform>
            <numerusform>Not submitted yet: %n indicators still need an answer: {names}.</numerusform>
        </translation>
    </message>
</context>
</TS>