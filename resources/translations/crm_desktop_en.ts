<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <source>Tag added to %n record(s).</source>
        <translation>
            <numerusform>Tag added to %n record.</numerusform>
            <numerusform>Tag added to %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag removed from %n record(s).</source>
        <translation>
            <numerusform>Tag removed from %n record.</numerusform>
            <numerusform>Tag removed from %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Owner changed for %n record(s).</source>
        <translation>
            <numerusform>Owner changed for %n record.</numerusform>
            <numerusform>Owner changed for %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change owner of %n record(s)</source>
        <translation>
            <numerusform>Change owner of %n record</numerusform>
            <numerusform>Change owner of %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n person(s) to the Trash? They can be restored from there.</source>
        <translation>
            <numerusform>Move %n person to the Trash? It can be restored from there.</numerusform>
            <numerusform>Move %n people to the Trash? They can be restored from there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n company(-ies) to the Trash? They can be restored from there.</source>
        <translation>
            <numerusform>Move %n company to the Trash? It can be restored from there.</numerusform>
            <numerusform>Move %n companies to the Trash? They can be restored from there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) moved to the Trash.</source>
        <translation>
            <numerusform>%n record moved to the Trash.</numerusform>
            <numerusform>%n records moved to the Trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Delete %n record</numerusform>
            <numerusform>Delete %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected row(s)</source>
        <translation>
            <numerusform>Only the %n selected row</numerusform>
            <numerusform>Only the %n selected rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the list as shown (%n record(s))</source>
        <translation>
            <numerusform>Only the list as shown (%n record)</numerusform>
            <numerusform>Only the list as shown (%n records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyCardDialog</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(-ies)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
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
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n record(s) exported to %1</source>
        <translation>
            <numerusform>%n record exported to %1</numerusform>
            <numerusform>%n records exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n row)</numerusform>
            <numerusform>%1 (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n data row(s)</source>
        <translation>
            <numerusform>about %n data row</numerusform>
            <numerusform>about %n data rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s), %1. Header on row %2: %3</source>
        <translation>
            <numerusform>%n column, %1. Header on row %2: %3</numerusform>
            <numerusform>%n columns, %1. Header on row %2: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerateDocumentDialog</name>
    <message numerus="yes">
        <source>Generate documents for %n selected deal(s).</source>
        <translation>
            <numerusform>Generate documents for %n selected deal.</numerusform>
            <numerusform>Generate documents for %n selected deals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate documents for %n selected company(-ies).</source>
        <translation>
            <numerusform>Generate documents for %n selected company.</numerusform>
            <numerusform>Generate documents for %n selected companies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate documents for %n selected person(s).</source>
        <translation>
            <numerusform>Generate documents for %n selected person.</numerusform>
            <numerusform>Generate documents for %n selected people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The documents cannot be generated yet: %n record(s) lack what the template needs. Fill it in, or leave those records out of the selection:</source>
        <translation>
            <numerusform>The documents cannot be generated yet: %n record lacks what the template needs. Fill it in, or leave that record out of the selection:</numerusform>
            <numerusform>The documents cannot be generated yet: %n records lack what the template needs. Fill it in, or leave those records out of the selection:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) saved to %1</source>
        <translation>
            <numerusform>%n document saved to %1</numerusform>
            <numerusform>%n documents saved to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeTexts</name>
    <message numerus="yes">
        <source>%n day(s) in %1</source>
        <translation>
            <numerusform>%n day in %1</numerusform>
            <numerusform>%n days in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>A password needs at least %n character.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>First %n row(s):</source>
        <translation>
            <numerusform>First %n row:</numerusform>
            <numerusform>First %n rows:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReassignCounts</name>
    <message numerus="yes">
        <source>%n records are back with their previous owner.</source>
        <translation>
            <numerusform>%n record is back with its previous owner.</numerusform>
            <numerusform>%n records are back with their previous owner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were changed or deleted since and keep their new owner.</source>
        <translation>
            <numerusform>%n was changed or deleted since and keeps its new owner.</numerusform>
            <numerusform>%n were changed or deleted since and keep their new owner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message numerus="yes">
        <source>%n records will change owner.</source>
        <translation>
            <numerusform>%n record will change owner.</numerusform>
            <numerusform>%n records will change owner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n reminder due</numerusform>
            <numerusform>%n reminders due</numerusform>
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
    <name>RunPage</name>
    <message numerus="yes">
        <source>about %n row(s)</source>
        <translation>
            <numerusform>about %n row</numerusform>
            <numerusform>about %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message numerus="yes">
        <source>%n people in this file</source>
        <translation>
            <numerusform>%n person in this file</numerusform>
            <numerusform>%n people in this file</numerusform>
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
<context>
    <name>TagsDialog</name>
    <message numerus="yes">
        <source>Delete the tag &apos;%1&apos;? It comes off the %Ln contact(s) that carry it, and off any deals.</source>
        <translation>
            <numerusform>Delete the tag &apos;%1&apos;? It comes off the contact that carries it, and off any deals.</numerusform>
            <numerusform>Delete the tag &apos;%1&apos;? It comes off the %Ln contacts that carry it, and off any deals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskCounts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>year</numerusform>
            <numerusform>years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskListsWidget</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message numerus="yes">
        <source>%n problem(s) in “%1”; it cannot be used until they are fixed:</source>
        <translation>
            <numerusform>%n problem in “%1”; it cannot be used until it is fixed:</numerusform>
            <numerusform>%n problems in “%1”; it cannot be used until they are fixed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>Delete %n records forever? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n record forever? This cannot be undone.</numerusform>
            <numerusform>Delete %n records forever? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
</context>
</TS>
