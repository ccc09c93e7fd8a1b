<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Kan de database niet openen</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ander bestand openen…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Nieuwe database maken…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; is damaged (%2). Restore it from a backup (File &gt; Restore from backup).</source>
        <translation>De database &apos;%1&apos; is beschadigd (%2). Zet een back-up terug (Bestand &gt; Back-up terugzetten).</translation>
    </message>
    <message>
        <source>Daily backup written to %1</source>
        <translation>Dagelijkse back-up opgeslagen in %1</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Calls, meetings and to-dos will be shown here by month, week and day, with call-back reminders that fire even while the window is closed to the tray.</source>
        <translation>Hier komen gesprekken, afspraken en taken per maand, week en dag, met terugbelherinneringen die ook afgaan als het venster naar het systeemvak is gesloten.</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Companies with their people and private clients will be listed here, with search as you type, filters, saved segments and a card per contact that holds the whole history of work with them.</source>
        <translation>Hier komen bedrijven met hun mensen en particuliere klanten, met zoeken tijdens het typen, filters, opgeslagen segmenten en een kaart per contact met de hele geschiedenis van de samenwerking.</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <source>Funnel</source>
        <translation>Trechter</translation>
    </message>
    <message>
        <source>The sales funnel will be a board here: a column per stage, a card per deal, moved by dragging, with a warning on every open deal that has no next task.</source>
        <translation>Hier komt de verkooptrechter als bord: een kolom per fase, een kaart per deal, te verslepen, met een waarschuwing bij elke open deal zonder volgende taak.</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>This database is empty. Load demo data to try crm-desktop with realistic companies, people, deals and tasks, or start with an empty database.</source>
        <translation>Deze database is leeg. Laad demogegevens om crm-desktop te proberen met realistische bedrijven, mensen, deals en taken, of begin met een lege database.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Demogegevens laden</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Leeg beginnen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Open deals</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>Taken voor vandaag</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Verlopen taken</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>crm-desktop</source>
        <translation>crm-desktop</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panelen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu een &amp;back-up maken</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;About crm-desktop</source>
        <translation>&amp;Over crm-desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>Side &amp;bar</source>
        <translation>&amp;Zijbalk</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>A task is still running. Cancel it and quit? Nothing half-done is kept.</source>
        <translation>Er loopt nog een taak. Annuleren en afsluiten? Er blijft niets half af achter.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Gebruiker: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
    <message>
        <source>Demo data loaded: %1 contacts, %2 deals.</source>
        <translation>Demogegevens geladen: %1 contacten, %2 deals.</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>Demogegevens laden…</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Back-up opgeslagen in %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <source>A server database is restored with the server&apos;s own tools.</source>
        <translation>Een serverdatabase wordt met de eigen hulpmiddelen van de server teruggezet.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Replace the current database with the backup &apos;%1&apos;? The current database is kept as a backup first.</source>
        <translation>De huidige database vervangen door de back-up &apos;%1&apos;? Van de huidige database wordt eerst een back-up bewaard.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; use Open database to open it.</source>
        <translation>&apos;%1&apos; bestaat al; gebruik Database openen om het te openen.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Database openen…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;crm-desktop %1&lt;/h3&gt;&lt;p&gt;An offline-first desktop CRM: contacts, a sales funnel, tasks with reminders, reports and documents, in one file on your computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Data folder: %3&lt;br&gt;Backups: %4&lt;/p&gt;&lt;p&gt;Qt for Python %5, SQLAlchemy %6. Persian text uses the Vazirmatn font (SIL Open Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;crm-desktop %1&lt;/h3&gt;&lt;p&gt;Een CRM voor de desktop dat offline werkt: contacten, een verkooptrechter, taken met herinneringen, rapporten en documenten, in één bestand op uw computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Gegevensmap: %3&lt;br&gt;Back-ups: %4&lt;/p&gt;&lt;p&gt;Qt for Python %5, SQLAlchemy %6. Perzische tekst gebruikt het lettertype Vazirmatn (SIL Open Font License).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About crm-desktop</source>
        <translation>Over crm-desktop</translation>
    </message>
    <message>
        <source>crm-desktop databases (*.db *.sqlite);;All files (*)</source>
        <translation>crm-desktop-databases (*.db *.sqlite);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Reports with charts will be here: funnel conversion, won and lost deals, the plan against the actual, lead sources, managers and ABC/XYZ analysis, each exportable to Excel and Word.</source>
        <translation>Hier komen rapporten met grafieken: conversie in de trechter, gewonnen en verloren deals, plan tegenover werkelijkheid, leadbronnen, verkopers en ABC/XYZ-analyse, elk te exporteren naar Excel en Word.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>&amp;Databasebestand:</translation>
    </message>
    <message>
        <source>&amp;Backups folder:</source>
        <translation>Map voor &amp;back-ups:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasebestand</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Map voor back-ups</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
</TS>
