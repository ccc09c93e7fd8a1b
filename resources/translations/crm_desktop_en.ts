<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DealCardDelegate</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n day in stage</numerusform>
            <numerusform>%n days in stage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleEditorDialog</name>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message numerus="yes">
        <source>after %n day(s)</source>
        <translation>
            <numerusform>after %n day</numerusform>
            <numerusform>after %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the move</source>
        <translation>
            <numerusform>%n day after the move</numerusform>
            <numerusform>%n days after the move</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StagesDialog</name>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
</context>
</TS>
