<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BoardPage</name>
    <message numerus="yes">
        <source>%n person(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>%n visit(s) today</source>
        <translation>
            <numerusform>%n visit today</numerusform>
            <numerusform>%n visits today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) still open</source>
        <translation>
            <numerusform>%n visit still open</numerusform>
            <numerusform>%n visits still open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workstation(s)</source>
        <translation>
            <numerusform>%n workstation</numerusform>
            <numerusform>%n workstations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n waiting)</source>
        <translation>
            <numerusform>(+%n waiting)</numerusform>
            <numerusform>(+%n waiting)</numerusform>
        </translation>
    </message>
</context>
</TS>
