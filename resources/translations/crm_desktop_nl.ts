<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name></name>
    <message>
        <source>What</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Koppelingen</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Hoge prioriteit</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Op %1</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>Op het geplande tijdstip</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 erna</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 van tevoren</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wekelijks</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jaarlijks</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>om de %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>hele dag</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Niets gepland</translation>
    </message>
    <message>
        <source>Nothing planned in these days</source>
        <translation>Voor deze dagen is niets gepland</translation>
    </message>
</context>
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
    <name>BringBackDialog</name>
    <message>
        <source>Bring back an offline copy</source>
        <translation>Offlinekopie terugbrengen</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergelijken</translation>
    </message>
    <message>
        <source>Choose the copy; it is compared with this database before anything is written.</source>
        <translation>Kies de kopie; die wordt met deze database vergeleken voordat er iets wordt weggeschreven.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>In deze database</translation>
    </message>
    <message>
        <source>In the copy</source>
        <translation>In de kopie</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Keep all from this &amp;database</source>
        <translation>Alles uit deze &amp;database behouden</translation>
    </message>
    <message>
        <source>Take all from the c&amp;opy</source>
        <translation>Alles uit de k&amp;opie nemen</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Terugbrengen</translation>
    </message>
    <message>
        <source>&amp;Copy:</source>
        <translation>&amp;Kopie:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>Tijdlijnitem</translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation>In prullenbak</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Phones and emails</source>
        <translation>Telefoons en e-mailadressen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tweede naam</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Verwachte afsluiting</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Leadbron</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Statutaire naam</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bewerkt</translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation>naar de prullenbak verplaatst</translation>
    </message>
    <message>
        <source>deleted for good</source>
        <translation>definitief verwijderd</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>This copy was already brought back on %1 (UTC); nothing changed. Take a new copy to go on working offline.</source>
        <translation>Deze kopie is al teruggebracht op %1 (UTC); er is niets gewijzigd. Maak een nieuwe kopie om offline verder te werken.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 merged, %4 moved to the Trash, %5 conflicts</source>
        <translation>%1 toegevoegd, %2 bijgewerkt, %3 samengevoegd, %4 naar de prullenbak, %5 conflicten</translation>
    </message>
    <message>
        <source>Brought back: %1.</source>
        <translation>Teruggebracht: %1.</translation>
    </message>
    <message>
        <source>The copy was taken on %1 by %2.</source>
        <translation>De kopie is op %1 gemaakt door %2.</translation>
    </message>
    <message>
        <source>The copy was taken on %1.</source>
        <translation>De kopie is gemaakt op %1.</translation>
    </message>
    <message>
        <source>It would bring: %1.</source>
        <translation>Dit zou meebrengen: %1.</translation>
    </message>
    <message>
        <source>Choose which value to keep for each conflict, then Bring back.</source>
        <translation>Kies per conflict welke waarde u wilt behouden en klik dan op Terugbrengen.</translation>
    </message>
    <message>
        <source>No conflicts: Bring back writes it.</source>
        <translation>Geen conflicten: Terugbrengen schrijft alles weg.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergelijken…</translation>
    </message>
    <message>
        <source>Comparing the copy…</source>
        <translation>De kopie vergelijken…</translation>
    </message>
    <message>
        <source>When the copy was taken: %1</source>
        <translation>Toen de kopie werd gemaakt: %1</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Deze database</translation>
    </message>
    <message>
        <source>The copy</source>
        <translation>De kopie</translation>
    </message>
    <message>
        <source>Bringing it back…</source>
        <translation>Terugbrengen…</translation>
    </message>
    <message>
        <source>Bringing back the offline copy…</source>
        <translation>De offlinekopie terugbrengen…</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Add &amp;tag…</source>
        <translation>&amp;Tag toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove tag…</source>
        <translation>Tag &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Change &amp;owner…</source>
        <translation>&amp;Eigenaar wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Move the selected records to the Trash (Del)</source>
        <translation>De geselecteerde records naar de prullenbak verplaatsen (Del)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export the selected rows, or the whole list, to Excel or CSV</source>
        <translation>De geselecteerde rijen of de hele lijst exporteren naar Excel of CSV</translation>
    </message>
    <message>
        <source>Gener&amp;ate documents…</source>
        <translation>Documenten &amp;genereren…</translation>
    </message>
    <message>
        <source>Fill a Word template for each selected record, or one document for all of them</source>
        <translation>Een Word-sjabloon invullen voor elk geselecteerd record, of één document voor ze allemaal</translation>
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
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Tag toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>Tag added to %n record(s).</source>
        <translation>
            <numerusform>Tag toegevoegd aan %n record.</numerusform>
            <numerusform>Tag toegevoegd aan %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding the tag…</source>
        <translation>Tag toevoegen…</translation>
    </message>
    <message>
        <source>There are no tags yet.</source>
        <translation>Er zijn nog geen tags.</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Tag verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Tag removed from %n record(s).</source>
        <translation>
            <numerusform>Tag verwijderd van %n record.</numerusform>
            <numerusform>Tag verwijderd van %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing the tag…</source>
        <translation>Tag verwijderen…</translation>
    </message>
    <message numerus="yes">
        <source>Owner changed for %n record(s).</source>
        <translation>
            <numerusform>Eigenaar gewijzigd voor %n record.</numerusform>
            <numerusform>Eigenaar gewijzigd voor %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change owner of %n record(s)</source>
        <translation>
            <numerusform>Eigenaar van %n record wijzigen</numerusform>
            <numerusform>Eigenaar van %n records wijzigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the owner…</source>
        <translation>Eigenaar wijzigen…</translation>
    </message>
    <message numerus="yes">
        <source>Move %n person(s) to the Trash? They can be restored from there.</source>
        <translation>
            <numerusform>%n persoon naar de prullenbak verplaatsen? Daar kan die worden teruggezet.</numerusform>
            <numerusform>%n personen naar de prullenbak verplaatsen? Daar kunnen ze worden teruggezet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n company(-ies) to the Trash? They can be restored from there.</source>
        <translation>
            <numerusform>%n bedrijf naar de prullenbak verplaatsen? Daar kan het worden teruggezet.</numerusform>
            <numerusform>%n bedrijven naar de prullenbak verplaatsen? Daar kunnen ze worden teruggezet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) moved to the Trash.</source>
        <translation>
            <numerusform>%n record naar de prullenbak verplaatst.</numerusform>
            <numerusform>%n records naar de prullenbak verplaatst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>%n record verwijderen</numerusform>
            <numerusform>%n records verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Moving to the Trash…</source>
        <translation>Naar de prullenbak verplaatsen…</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected row(s)</source>
        <translation>
            <numerusform>Alleen de %n geselecteerde rij</numerusform>
            <numerusform>Alleen de %n geselecteerde rijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the list as shown (%n record(s))</source>
        <translation>
            <numerusform>Alleen de lijst zoals getoond (%n record)</numerusform>
            <numerusform>Alleen de lijst zoals getoond (%n records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n rij geëxporteerd naar %1</numerusform>
            <numerusform>%n rijen geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Verjaardag</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jubileum</translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation>Verjaardag: %1</translation>
    </message>
    <message>
        <source>Anniversary: %1</source>
        <translation>Jubileum: %1</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle eigenaren</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Nieuwe taak…</translation>
    </message>
    <message>
        <source>New task (N in the calendar)</source>
        <translation>Nieuwe taak (N in de agenda)</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lijsten</translation>
    </message>
    <message>
        <source>Show the task lists beside the calendar</source>
        <translation>De takenlijsten naast de agenda tonen</translation>
    </message>
    <message>
        <source>The task lists are not available in this version</source>
        <translation>De takenlijsten zijn in deze versie niet beschikbaar</translation>
    </message>
    <message>
        <source>Calendar days by the hour</source>
        <translation>Agendadagen per uur</translation>
    </message>
    <message>
        <source>Calendar month</source>
        <translation>Agendamaand</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
    <message>
        <source>Repeating task</source>
        <translation>Terugkerende taak</translation>
    </message>
    <message>
        <source>Change only this occurrence, or every occurrence of the series?</source>
        <translation>Alleen dit exemplaar wijzigen of alle exemplaren van de reeks?</translation>
    </message>
    <message>
        <source>Only this &amp;occurrence</source>
        <translation>Alleen dit &amp;exemplaar</translation>
    </message>
    <message>
        <source>The whole &amp;series</source>
        <translation>De hele &amp;reeks</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verplaatsen</translation>
    </message>
    <message>
        <source>Change the length of %1</source>
        <translation>Duur van %1 wijzigen</translation>
    </message>
</context>
<context>
    <name>CampaignEditDialog</name>
    <message>
        <source>Change campaign</source>
        <translation>Campagne wijzigen</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nieuwe campagne</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>Geen leadbron</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Lead &amp;source:</source>
        <translation>Lead&amp;bron:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datums:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Notitie&amp;s:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount. Type digits, for example 1500.</source>
        <translation>&apos;%1&apos; is geen bedrag. Typ cijfers, bijvoorbeeld 1500.</translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Leadbron</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Te&amp;rugzetten</translation>
    </message>
    <message>
        <source>Show campaigns in the &amp;Trash</source>
        <translation>Campagnes in de &amp;prullenbak tonen</translation>
    </message>
    <message>
        <source>%1 (in the Trash)</source>
        <translation>%1 (in de prullenbak)</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Campagne verwijderen</translation>
    </message>
    <message>
        <source>Move the campaign &apos;%1&apos; to the Trash? Its deals keep it; it can be restored.</source>
        <translation>De campagne &apos;%1&apos; naar de prullenbak verplaatsen? De deals ervan blijven eraan gekoppeld; de campagne kan worden teruggezet.</translation>
    </message>
</context>
<context>
    <name>ChannelRow</name>
    <message>
        <source>Label of the %1</source>
        <translation>Label van %1</translation>
    </message>
    <message>
        <source>+31 20 123 4567</source>
        <translation>+31 20 123 4567</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>naam@example.com</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@gebruikersnaam</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Mailen</translation>
    </message>
    <message>
        <source>Call this number with the system&apos;s phone program</source>
        <translation>Dit nummer bellen met het telefoonprogramma van het systeem</translation>
    </message>
    <message>
        <source>Write to this address with the system&apos;s mail program</source>
        <translation>Naar dit adres mailen met het e-mailprogramma van het systeem</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primair</translation>
    </message>
    <message>
        <source>The one used first for this kind of contact</source>
        <translation>Wordt als eerste gebruikt voor dit soort contact</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove this %1</source>
        <translation>%1 verwijderen</translation>
    </message>
</context>
<context>
    <name>ChannelsEditor</name>
    <message>
        <source>work</source>
        <translation>werk</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobiel</translation>
    </message>
    <message>
        <source>home</source>
        <translation>thuis</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Telefoon toevoegen</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>E-mail toevoegen</translation>
    </message>
    <message>
        <source>Add messenger</source>
        <translation>Messenger toevoegen</translation>
    </message>
</context>
<context>
    <name>ClientListDialog</name>
    <message>
        <source>Clients in %1</source>
        <translation>Klanten in %1</translation>
    </message>
    <message>
        <source>No clients in this cell.</source>
        <translation>Geen klanten in deze cel.</translation>
    </message>
</context>
<context>
    <name>CompanyCardDialog</name>
    <message>
        <source>D&amp;etails</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation>De website openen in de browser</translation>
    </message>
    <message>
        <source>Bank, account number, BIC / SWIFT</source>
        <translation>Bank, rekeningnummer, BIC / SWIFT</translation>
    </message>
    <message>
        <source>What to know about this company…</source>
        <translation>Wat u over dit bedrijf moet weten…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Le&amp;gal name:</source>
        <translation>Statutaire naa&amp;m:</translation>
    </message>
    <message>
        <source>Ta&amp;x ID:</source>
        <translation>B&amp;tw-nummer:</translation>
    </message>
    <message>
        <source>Re&amp;gistration no.:</source>
        <translation>&amp;Registratienummer:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>Bran&amp;che:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Founded on:</source>
        <translation>Opgeric&amp;ht op:</translation>
    </message>
    <message>
        <source>Phones and emails</source>
        <translation>Telefoons en e-mailadressen</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <source>Lead so&amp;urce:</source>
        <translation>Leadbr&amp;on:</translation>
    </message>
    <message>
        <source>Legal a&amp;ddress:</source>
        <translation>&amp;Vestigingsadres:</translation>
    </message>
    <message>
        <source>Postal addre&amp;ss:</source>
        <translation>&amp;Postadres:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Pl&amp;aats:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Bank details:</source>
        <translation>Bank&amp;gegevens:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>People of the company</source>
        <translation>Personen van het bedrijf</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Persoon &amp;toevoegen…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>O&amp;penen</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nieuw bedrijf</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Bedrijf: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>laatste contact %1</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Statutaire naam</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Registratienummer</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Vestigingsadres</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Bankgegevens</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Opgericht op</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Leadbron</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Extra velden</translation>
    </message>
    <message>
        <source>&amp;People (%1)</source>
        <translation>&amp;Personen (%1)</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Geen enkel programma kon %1 openen.</translation>
    </message>
</context>
<context>
    <name>CompanyRole</name>
    <message>
        <source>Director</source>
        <translation>Directeur</translation>
    </message>
    <message>
        <source>Chief accountant</source>
        <translation>Hoofdboekhouder</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Boekhouder</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Jurist</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretaresse</translation>
    </message>
    <message>
        <source>Purchasing manager</source>
        <translation>Inkoopmanager</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Salesmanager</translation>
    </message>
    <message>
        <source>IT manager</source>
        <translation>IT-manager</translation>
    </message>
    <message>
        <source>Chief engineer</source>
        <translation>Hoofdingenieur</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Ingenieur</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Reached, agreed on the next step</source>
        <translation>Bereikt, volgende stap afgesproken</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Geen antwoord</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Bericht achtergelaten</translation>
    </message>
    <message>
        <source>Done as planned</source>
        <translation>Uitgevoerd zoals gepland</translation>
    </message>
    <message>
        <source>Postponed by the client</source>
        <translation>Uitgesteld door de klant</translation>
    </message>
    <message>
        <source>Complete: %1</source>
        <translation>Afronden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation>Wat is het resultaat?</translation>
    </message>
    <message>
        <source>&amp;Plan the next task</source>
        <translation>Volgende taak &amp;plannen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Afronden</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultaat:</translation>
    </message>
    <message>
        <source>Complete task</source>
        <translation>Taak afronden</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Opvolgen: %1</translation>
    </message>
    <message>
        <source>Plan the next task</source>
        <translation>Volgende taak plannen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Gewijzigd door iemand anders</translation>
    </message>
    <message>
        <source>Someone changed this record while you were editing it. For each field, choose the value to keep.</source>
        <translation>Iemand heeft dit record gewijzigd terwijl u het bewerkte. Kies per veld welke waarde u wilt behouden.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Hun waarde</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Uw waarde</translation>
    </message>
    <message>
        <source>%1: their value %2</source>
        <translation>%1: hun waarde %2</translation>
    </message>
    <message>
        <source>%1: your value %2</source>
        <translation>%1: uw waarde %2</translation>
    </message>
    <message>
        <source>Save these values</source>
        <translation>Deze waarden opslaan</translation>
    </message>
</context>
<context>
    <name>ContactCardDialog</name>
    <message>
        <source>Save (%1)</source>
        <translation>Opslaan (%1)</translation>
    </message>
    <message>
        <source>Custo&amp;m fields</source>
        <translation>E&amp;xtra velden</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>T&amp;ijdlijn</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>&amp;Deals</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>Ta&amp;ken</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>Doc&amp;umenten</translation>
    </message>
    <message>
        <source>Attac&amp;hments</source>
        <translation>&amp;Bijlagen</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>This record is in the Trash since %1. Restore it from the Trash to work with it again.</source>
        <translation>Dit record staat sinds %1 in de prullenbak. Zet het terug uit de prullenbak om er weer mee te werken.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country. Choose one from the list, or type its two-letter code.</source>
        <translation>&apos;%1&apos; is geen land. Kies er een uit de lijst of typ de tweeletterige landcode.</translation>
    </message>
    <message>
        <source>Not saved: the record was changed elsewhere.</source>
        <translation>Niet opgeslagen: het record is elders gewijzigd.</translation>
    </message>
    <message>
        <source>Saved. Please check: %1</source>
        <translation>Opgeslagen. Controleer: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Wijzigingen in %1 opslaan?</translation>
    </message>
    <message>
        <source>this new record</source>
        <translation>dit nieuwe record</translation>
    </message>
    <message>
        <source>This record was deleted for good; it can no longer be saved.</source>
        <translation>Dit record is definitief verwijderd; het kan niet meer worden opgeslagen.</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>&amp;Open deal</source>
        <translation>Deal &amp;openen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>&amp;Plan task…</source>
        <translation>Taak &amp;plannen…</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>A&amp;fronden…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>Document &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Generate document…</source>
        <translation>Document ge&amp;nereren…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Bestand &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Bestand bijvoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove file</source>
        <translation>Bestand &amp;verwijderen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What is the next step with %1?</source>
        <translation>Wat is de volgende stap met %1?</translation>
    </message>
    <message>
        <source>Complete the task</source>
        <translation>Taak afronden</translation>
    </message>
    <message>
        <source>What came of &apos;%1&apos;?</source>
        <translation>Wat is het resultaat van &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Geen enkel programma kon %1 openen.</translation>
    </message>
    <message>
        <source>The file of &apos;%1&apos; is no longer at %2.</source>
        <translation>Het bestand van &apos;%1&apos; staat niet meer op %2.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 openen…</translation>
    </message>
    <message>
        <source>Save the card first; then files can be attached to it.</source>
        <translation>Sla de kaart eerst op; daarna kunnen er bestanden aan worden toegevoegd.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Bestand bijvoegen</translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation>%1 bijvoegen…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Bestand verwijderen</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from this card?</source>
        <translation>&apos;%1&apos; van deze kaart verwijderen?</translation>
    </message>
</context>
<context>
    <name>ContactCards</name>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
</context>
<context>
    <name>ContactColumns</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>ContactStatus</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Former client</source>
        <translation>Voormalige klant</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>&amp;Companies</source>
        <translation>&amp;Bedrijven</translation>
    </message>
    <message>
        <source>Search names, companies, phones, emails, cities, tags… (Ctrl+F)</source>
        <translation>Zoek op naam, bedrijf, telefoon, e-mail, plaats, tag… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Contacten zoeken</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter wissen</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nieuwe persoon</translation>
    </message>
    <message>
        <source>A new person (Ctrl+N)</source>
        <translation>Een nieuwe persoon (Ctrl+N)</translation>
    </message>
    <message>
        <source>New co&amp;mpany</source>
        <translation>Nieuw bedr&amp;ijf</translation>
    </message>
    <message>
        <source>A new company (Ctrl+Shift+N)</source>
        <translation>Een nieuw bedrijf (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Lists and segments</source>
        <translation>Lijsten en segmenten</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selectie</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation>D&amp;ubbele zoeken…</translation>
    </message>
    <message>
        <source>Ta&amp;gs…</source>
        <translation>Ta&amp;gs…</translation>
    </message>
    <message>
        <source>Create, rename, recolour and delete tags</source>
        <translation>Tags maken, hernoemen, herkleuren en verwijderen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>&amp;Filter (%1)…</source>
        <translation>&amp;Filter (%1)…</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filter…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Alle personen</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Alle bedrijven</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Naam &amp;wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Edit filter…</source>
        <translation>Filter &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>Naam van segment wijzigen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <source>Delete the segment &apos;%1&apos;? The people and companies in it stay.</source>
        <translation>Het segment &apos;%1&apos; verwijderen? De personen en bedrijven erin blijven bestaan.</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Segment verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(-ies)</source>
        <translation>
            <numerusform>%n bedrijf</numerusform>
            <numerusform>%n bedrijven</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%1 van %2 komen overeen</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n geselecteerd</numerusform>
            <numerusform>%n geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Niets komt overeen met “%1”.</translation>
    </message>
    <message>
        <source>Nothing matches this filter.</source>
        <translation>Niets voldoet aan dit filter.</translation>
    </message>
    <message>
        <source>No people yet — New person or File ▸ Import</source>
        <translation>Nog geen personen — Nieuwe persoon of Bestand ▸ Importeren</translation>
    </message>
    <message>
        <source>No companies yet — New company or File ▸ Import</source>
        <translation>Nog geen bedrijven — Nieuw bedrijf of Bestand ▸ Importeren</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
</context>
<context>
    <name>CustomConditionRow</name>
    <message>
        <source>contains</source>
        <translation>bevat</translation>
    </message>
    <message>
        <source>is</source>
        <translation>is</translation>
    </message>
    <message>
        <source>on</source>
        <translation>op</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>op of na</translation>
    </message>
    <message>
        <source>on or before</source>
        <translation>op of voor</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>bevat</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Getal</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Ja / nee</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Keuzelijst</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Meerkeuzelijst</translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <source>There are no custom fields yet. Add them with Fields…</source>
        <translation>Er zijn nog geen extra velden. Voeg ze toe met Velden…</translation>
    </message>
    <message>
        <source>Fi&amp;elds…</source>
        <translation>&amp;Velden…</translation>
    </message>
    <message>
        <source>Add, change, order or delete the custom fields</source>
        <translation>Extra velden toevoegen, wijzigen, ordenen of verwijderen</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Zonder datum</translation>
    </message>
    <message>
        <source>%1: no date</source>
        <translation>%1: zonder datum</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number. Type digits, for example %2.</source>
        <translation>De waarde van &apos;%1&apos; is geen getal. Typ cijfers, bijvoorbeeld %2.</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n dag in fase</numerusform>
            <numerusform>%n dagen in fase</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotting: %1</source>
        <translation>Stagneert: %1</translation>
    </message>
    <message>
        <source>⚠ No next task</source>
        <translation>⚠ Geen volgende taak</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Volgende: %1</translation>
    </message>
</context>
<context>
    <name>DealEditorDialog</name>
    <message>
        <source>&amp;Deal</source>
        <translation>&amp;Deal</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Regels</translation>
    </message>
    <message>
        <source>Custo&amp;m fields</source>
        <translation>E&amp;xtra velden</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>T&amp;aken</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>Be&amp;standen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nieuwe deal</translation>
    </message>
    <message>
        <source>Deal: %1</source>
        <translation>Deal: %1</translation>
    </message>
    <message>
        <source>&amp;Computed from lines</source>
        <translation>Berekend &amp;uit regels</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>&amp;No date</source>
        <translation>&amp;Zonder datum</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pipeline:</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Bedrag:</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>&amp;Verwachte afsluiting:</translation>
    </message>
    <message>
        <source>P&amp;robability:</source>
        <translation>&amp;Kans:</translation>
    </message>
    <message>
        <source>Lead so&amp;urce:</source>
        <translation>&amp;Leadbron:</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>Typ om een bedrijf te zoeken</translation>
    </message>
    <message>
        <source>Type to find a person</source>
        <translation>Typ om een contactpersoon te zoeken</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>Bedri&amp;jf:</translation>
    </message>
    <message>
        <source>Per&amp;son:</source>
        <translation>&amp;Contactpersoon:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Korting %</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Btw %</translation>
    </message>
    <message>
        <source>Total (net)</source>
        <translation>Totaal (netto)</translation>
    </message>
    <message>
        <source>Deal lines</source>
        <translation>Dealregels</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Regel t&amp;oevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>Regel ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Tasks of the deal</source>
        <translation>Taken van de deal</translation>
    </message>
    <message>
        <source>&amp;Plan task…</source>
        <translation>Taak &amp;plannen…</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>A&amp;fronden…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>A&amp;ttached files:</source>
        <translation>B&amp;ijlagen:</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Bestand bijvoegen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Generated documents</source>
        <translation>Gegenereerde documenten</translation>
    </message>
    <message>
        <source>Generated do&amp;cuments:</source>
        <translation>Gegenereerde do&amp;cumenten:</translation>
    </message>
    <message>
        <source>Open docu&amp;ment</source>
        <translation>Docu&amp;ment openen</translation>
    </message>
    <message>
        <source>&amp;Generate document…</source>
        <translation>Document ge&amp;nereren…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Binnengekomen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Verlaten</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Tijd in fase</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Fasegeschiedenis</translation>
    </message>
    <message>
        <source>(no longer listed)</source>
        <translation>(niet meer in de lijst)</translation>
    </message>
    <message>
        <source>This deal was won on %1.</source>
        <translation>Deze deal is gewonnen op %1.</translation>
    </message>
    <message>
        <source>This deal was lost on %1.</source>
        <translation>Deze deal is verloren op %1.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Reden: %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Opmerking: %1</translation>
    </message>
    <message>
        <source>Reopen it to change its stage.</source>
        <translation>Heropen de deal om de fase te wijzigen.</translation>
    </message>
    <message>
        <source>The deal was saved, but not its custom fields: %1</source>
        <translation>De deal is opgeslagen, maar de extra velden niet: %1</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this deal. Your changes are still in this window.</source>
        <translation>Niet opgeslagen: iemand anders heeft deze deal gewijzigd. Uw wijzigingen staan nog in dit venster.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Verwachte afsluiting</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Kans</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Leadbron</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>computed from the lines</source>
        <translation>berekend uit de regels</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>(still there)</source>
        <translation>(nog in deze fase)</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 u</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>st.</translation>
    </message>
    <message>
        <source>Net: %1 %4   VAT: %2 %4   Gross: %3 %4</source>
        <translation>Netto: %1 %4   Btw: %2 %4   Bruto: %3 %4</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Complete the task</source>
        <translation>Taak afronden</translation>
    </message>
    <message>
        <source>What came of &apos;%1&apos;?</source>
        <translation>Wat is het resultaat van &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Attach a file to the deal</source>
        <translation>Bestand bij de deal voegen</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Geen enkel programma kon %1 openen.</translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation>%1 bijvoegen…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 openen…</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from this deal?</source>
        <translation>&apos;%1&apos; uit deze deal verwijderen?</translation>
    </message>
    <message>
        <source>The file of &apos;%1&apos; is no longer at %2.</source>
        <translation>Het bestand van &apos;%1&apos; staat niet meer op %2.</translation>
    </message>
    <message>
        <source>Stage default</source>
        <translation>Fasestandaard</translation>
    </message>
    <message>
        <source>Stage default (%1 %)</source>
        <translation>Fasestandaard (%1 %)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount. Type digits, for example 1250.50.</source>
        <translation>&apos;%1&apos; is geen bedrag. Typ cijfers, bijvoorbeeld 1250,50.</translation>
    </message>
    <message>
        <source>No company is called &apos;%1&apos;. Choose one from the list that opens as you type, or clear the field.</source>
        <translation>Er is geen bedrijf met de naam &apos;%1&apos;. Kies er een uit de lijst die tijdens het typen opent, of maak het veld leeg.</translation>
    </message>
    <message>
        <source>No person is called &apos;%1&apos;. Choose one from the list that opens as you type, or clear the field.</source>
        <translation>Er is geen contactpersoon met de naam &apos;%1&apos;. Kies er een uit de lijst die tijdens het typen opent, of maak het veld leeg.</translation>
    </message>
    <message>
        <source>Your changes are still in this window. Cancel and open the deal again to see the other change.</source>
        <translation>Uw wijzigingen staan nog in dit venster. Annuleer en open de deal opnieuw om de andere wijziging te zien.</translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <source>same phone</source>
        <translation>zelfde telefoon</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>zelfde e-mail</translation>
    </message>
    <message>
        <source>same tax id</source>
        <translation>zelfde btw-nummer</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>vergelijkbare naam</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 (%2)</source>
        <translation>Mogelijk dubbel: %1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (.csv)</source>
        <translation>CSV-bestand (.csv)</translation>
    </message>
    <message>
        <source>vCard file for address books (.vcf)</source>
        <translation>vCard-bestand voor adresboeken (.vcf)</translation>
    </message>
    <message>
        <source>iCalendar file for calendar apps (.ics)</source>
        <translation>iCalendar-bestand voor agenda-apps (.ics)</translation>
    </message>
    <message>
        <source>One column per field, ready to import again</source>
        <translation>Eén kolom per veld, klaar om opnieuw te importeren</translation>
    </message>
    <message>
        <source>Everything stored, with IDs and dates of change</source>
        <translation>Alles wat is opgeslagen, met ID&apos;s en wijzigingsdatums</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle eigenaren</translation>
    </message>
    <message>
        <source>Tasks that are done are not written</source>
        <translation>Afgeronde taken worden niet geëxporteerd</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>&amp;All of them</source>
        <translation>&amp;Allemaal</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Wat:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Kolommen:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Ei&amp;genaar:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>vCard file (*.vcf)</source>
        <translation>vCard-bestand (*.vcf)</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar-bestand (*.ics)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1</source>
        <translation>
            <numerusform>%n record geëxporteerd naar %1</numerusform>
            <numerusform>%n records geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Geannuleerd; er is geen bestand opgeslagen.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
</context>
<context>
    <name>FieldDefinitionEditDialog</name>
    <message>
        <source>New field</source>
        <translation>Nieuw veld</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Veld: %1</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>Eén optie per regel</translation>
    </message>
    <message>
        <source>One option per line, in the order they are offered.</source>
        <translation>Eén optie per regel, in de volgorde waarin ze worden aangeboden.</translation>
    </message>
    <message>
        <source>&amp;Required: a record cannot be saved without it</source>
        <translation>&amp;Verplicht: zonder dit veld kan een record niet worden opgeslagen</translation>
    </message>
    <message>
        <source>The type of a field cannot be changed once it is created.</source>
        <translation>Het type van een veld kan na het aanmaken niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Opties:</translation>
    </message>
</context>
<context>
    <name>FieldDefinitionsDialog</name>
    <message>
        <source>Custom fields of companies</source>
        <translation>Extra velden van bedrijven</translation>
    </message>
    <message>
        <source>Custom fields of people</source>
        <translation>Extra velden van personen</translation>
    </message>
    <message>
        <source>Custom fields of deals</source>
        <translation>Extra velden van deals</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Extra velden</translation>
    </message>
    <message>
        <source>&amp;Fields, in the order the forms show them:</source>
        <translation>&amp;Velden, in de volgorde waarin de formulieren ze tonen:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Oml&amp;aag</translation>
    </message>
    <message>
        <source>%1 (%2, required)</source>
        <translation>%1 (%2, verplicht)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete the field &apos;%1&apos;? It disappears from every form; the values already typed stay in the database.</source>
        <translation>Het veld &apos;%1&apos; verwijderen? Het verdwijnt uit alle formulieren; de al ingevulde waarden blijven in de database.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Kies het bestand</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx, .xls), an OpenDocument spreadsheet (.ods) or a CSV file. Its first row with column names is found by itself.</source>
        <translation>Een Excel-werkmap (.xlsx, .xls), een OpenDocument-spreadsheet (.ods) of een CSV-bestand. De eerste rij met kolomnamen wordt vanzelf gevonden.</translation>
    </message>
    <message>
        <source>A vCard file (.vcf) imports contacts, an iCalendar file (.ics) its events and to-dos as tasks.</source>
        <translation>Uit een vCard-bestand (.vcf) worden contacten geïmporteerd, uit een iCalendar-bestand (.ics) de afspraken en to-do&apos;s als taken.</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>Pad van het bestand dat u wilt importeren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Puntkomma ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Verticale streep |</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Be&amp;stand:</translation>
    </message>
    <message>
        <source>Import &amp;into:</source>
        <translation>Importeren &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Werkblad:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codering:</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>Scheidings&amp;teken:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Kopregel:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Eerste rijen van het bestand</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Bestand importeren</translation>
    </message>
    <message>
        <source>Files to import (%1);;Spreadsheets and CSV files (%2);;vCard contacts (*.vcf);;iCalendar events and to-dos (*.ics);;All files (*)</source>
        <translation>Te importeren bestanden (%1);;Spreadsheets en CSV-bestanden (%2);;vCard-contacten (*.vcf);;Afspraken en to-do&apos;s in iCalendar (*.ics);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>A vCard file holds contacts</source>
        <translation>Een vCard-bestand bevat contacten</translation>
    </message>
    <message>
        <source>An iCalendar file&apos;s events and to-dos become tasks</source>
        <translation>De afspraken en to-do&apos;s van een iCalendar-bestand worden taken</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Bestand lezen…</translation>
    </message>
    <message>
        <source>“%1” holds no events or to-dos (no BEGIN:VEVENT or BEGIN:VTODO line).</source>
        <translation>“%1” bevat geen afspraken of to-do&apos;s (geen regel BEGIN:VEVENT of BEGIN:VTODO).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n rij)</numerusform>
            <numerusform>%1 (%n rijen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n data row(s)</source>
        <translation>
            <numerusform>ongeveer %n gegevensrij</numerusform>
            <numerusform>ongeveer %n gegevensrijen</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown number of data rows</source>
        <translation>een onbekend aantal gegevensrijen</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s), %1. Header on row %2: %3</source>
        <translation>
            <numerusform>%n kolom, %1. Kopregel op rij %2: %3</numerusform>
            <numerusform>%n kolommen, %1. Kopregel op rij %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>A vCard file. Cards found: %1. Each becomes a contact (a person); their fields need no matching.</source>
        <translation>Een vCard-bestand. Gevonden kaarten: %1. Elke kaart wordt een contact (een persoon); de velden hoeven niet te worden gekoppeld.</translation>
    </message>
    <message>
        <source>Cards that cannot be read: %1; the run lists them with the reason.</source>
        <translation>Onleesbare kaarten: %1; bij het importeren worden ze met de reden vermeld.</translation>
    </message>
    <message>
        <source>An iCalendar file. Events and to-dos found: %1. Each becomes a task, with its reminders and its repeats.</source>
        <translation>Een iCalendar-bestand. Gevonden afspraken en to-do&apos;s: %1. Elk ervan wordt een taak, met de herinneringen en herhalingen.</translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <source>Edit segment</source>
        <translation>Segment bewerken</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Elke eigenaar</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Elke tag</translation>
    </message>
    <message>
        <source>Any lead source</source>
        <translation>Elke leadbron</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Elk product</translation>
    </message>
    <message>
        <source>Not contacted for</source>
        <translation>Geen contact in de afgelopen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>No planned next task</source>
        <translation>Geen geplande volgende taak</translation>
    </message>
    <message>
        <source>Birthday this week</source>
        <translation>Jarig deze week</translation>
    </message>
    <message>
        <source>Segment &amp;name:</source>
        <translation>&amp;Naam van het segment:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>Lead &amp;source:</source>
        <translation>&amp;Leadbron:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Pl&amp;aats:</translation>
    </message>
    <message>
        <source>Bought &amp;product:</source>
        <translation>Gekocht &amp;product:</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Extra velden</translation>
    </message>
    <message>
        <source>&amp;Add condition</source>
        <translation>&amp;Voorwaarde toevoegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>Alles &amp;wissen</translation>
    </message>
    <message>
        <source>Save as se&amp;gment…</source>
        <translation>Opslaan als se&amp;gment…</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Deze voorwaarde verwijderen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; is geen getal.</translation>
    </message>
    <message>
        <source>Save as segment</source>
        <translation>Opslaan als segment</translation>
    </message>
    <message>
        <source>Name of the segment:</source>
        <translation>Naam van het segment:</translation>
    </message>
</context>
<context>
    <name>FindDuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Dubbele records zoeken</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>&amp;Look among:</source>
        <translation>Zoeken &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Groups of duplicates</source>
        <translation>Groepen dubbele records</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Press Search to look through the whole base.</source>
        <translation>Druk op Zoeken om de hele database te doorzoeken.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Samenvoegen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Dubbele records zoeken…</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>Het zoeken is geannuleerd.</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Geen dubbele records gevonden.</translation>
    </message>
    <message>
        <source>Groups found: %1. Choose one and press Merge.</source>
        <translation>Gevonden groepen: %1. Kies er een en druk op Samenvoegen.</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <source>Funnel</source>
        <translation>Trechter</translation>
    </message>
    <message>
        <source>Filter deals…</source>
        <translation>Deals filteren…</translation>
    </message>
    <message>
        <source>&amp;My deals</source>
        <translation>&amp;Mijn deals</translation>
    </message>
    <message>
        <source>Detailed cards</source>
        <translation>Uitgebreide kaarten</translation>
    </message>
    <message>
        <source>Compact cards</source>
        <translation>Compacte kaarten</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>&amp;Nieuwe deal…</translation>
    </message>
    <message>
        <source>&amp;Stages…</source>
        <translation>&amp;Fasen…</translation>
    </message>
    <message>
        <source>Without next &amp;task…</source>
        <translation>Zonder volgende &amp;taak…</translation>
    </message>
    <message>
        <source>Next task &amp;required</source>
        <translation>Volgende taak &amp;verplicht</translation>
    </message>
    <message>
        <source>Refuse moves and task completions that leave an open deal without a planned next task</source>
        <translation>Verplaatsingen en afgeronde taken weigeren waardoor een open deal zonder geplande volgende taak achterblijft</translation>
    </message>
    <message>
        <source>Drop here: won</source>
        <translation>Hierheen slepen: gewonnen</translation>
    </message>
    <message>
        <source>Drop here: lost</source>
        <translation>Hierheen slepen: verloren</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle eigenaren</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle tags</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle bronnen</translation>
    </message>
</context>
<context>
    <name>GenerateDocumentDialog</name>
    <message>
        <source>One &amp;file for each record</source>
        <translation>Eén &amp;bestand per record</translation>
    </message>
    <message>
        <source>One co&amp;mbined document</source>
        <translation>Eén ge&amp;combineerd document</translation>
    </message>
    <message>
        <source>Also save as &amp;PDF</source>
        <translation>Ook opslaan als &amp;PDF</translation>
    </message>
    <message>
        <source>PDF files are made with LibreOffice, which is not installed on this computer.</source>
        <translation>PDF-bestanden worden gemaakt met LibreOffice, en dat is niet geïnstalleerd op deze computer.</translation>
    </message>
    <message>
        <source>What the records lack</source>
        <translation>Wat er in de records ontbreekt</translation>
    </message>
    <message>
        <source>Problems of the template</source>
        <translation>Problemen in het sjabloon</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Genereren</translation>
    </message>
    <message>
        <source>&amp;Generate all</source>
        <translation>Alles &amp;genereren</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Sjabloon:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documenten:</translation>
    </message>
    <message>
        <source>Generate document</source>
        <translation>Document genereren</translation>
    </message>
    <message>
        <source>Generate documents</source>
        <translation>Documenten genereren</translation>
    </message>
    <message numerus="yes">
        <source>Generate documents for %n selected deal(s).</source>
        <translation>
            <numerusform>Documenten genereren voor %n geselecteerde deal.</numerusform>
            <numerusform>Documenten genereren voor %n geselecteerde deals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate documents for %n selected company(-ies).</source>
        <translation>
            <numerusform>Documenten genereren voor %n geselecteerd bedrijf.</numerusform>
            <numerusform>Documenten genereren voor %n geselecteerde bedrijven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate documents for %n selected person(s).</source>
        <translation>
            <numerusform>Documenten genereren voor %n geselecteerde persoon.</numerusform>
            <numerusform>Documenten genereren voor %n geselecteerde personen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate a document for the deal “%1”.</source>
        <translation>Een document genereren voor de deal “%1”.</translation>
    </message>
    <message>
        <source>Generate a document for the company “%1”.</source>
        <translation>Een document genereren voor het bedrijf “%1”.</translation>
    </message>
    <message>
        <source>Generate a document for %1.</source>
        <translation>Een document genereren voor %1.</translation>
    </message>
    <message>
        <source>Reading the templates…</source>
        <translation>Sjablonen lezen…</translation>
    </message>
    <message>
        <source>There is no template to choose; add one under Tools › Templates….</source>
        <translation>Er is geen sjabloon om te kiezen; voeg er een toe via Extra › Sjablonen….</translation>
    </message>
    <message>
        <source>Checking the records…</source>
        <translation>Records controleren…</translation>
    </message>
    <message>
        <source>The records could not be checked: %1</source>
        <translation>De records konden niet worden gecontroleerd: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Everything the template needs is there.</source>
        <translation>Alles wat het sjabloon nodig heeft, is aanwezig.</translation>
    </message>
    <message>
        <source>The document can be generated, but some details are missing and will stay empty:</source>
        <translation>Het document kan worden gegenereerd, maar sommige gegevens ontbreken en blijven leeg:</translation>
    </message>
    <message>
        <source>The document cannot be generated yet. Fill in what is missing, or choose another template:</source>
        <translation>Het document kan nog niet worden gegenereerd. Vul aan wat ontbreekt of kies een ander sjabloon:</translation>
    </message>
    <message numerus="yes">
        <source>The documents cannot be generated yet: %n record(s) lack what the template needs. Fill it in, or leave those records out of the selection:</source>
        <translation>
            <numerusform>De documenten kunnen nog niet worden gegenereerd: bij %n record ontbreekt wat het sjabloon nodig heeft. Vul het aan of laat dat record buiten de selectie:</numerusform>
            <numerusform>De documenten kunnen nog niet worden gegenereerd: bij %n records ontbreekt wat het sjabloon nodig heeft. Vul het aan of laat die records buiten de selectie:</numerusform>
        </translation>
    </message>
    <message>
        <source>Still checking the records; try again in a moment.</source>
        <translation>De records worden nog gecontroleerd; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Fill in what is missing first: the list above says what.</source>
        <translation>Vul eerst aan wat ontbreekt: de lijst hierboven zegt wat.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Genereren…</translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation>%1 genereren…</translation>
    </message>
    <message>
        <source>Nothing was generated.</source>
        <translation>Er is niets gegenereerd.</translation>
    </message>
    <message>
        <source>Document saved to %1</source>
        <translation>Document opgeslagen in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) saved to %1</source>
        <translation>
            <numerusform>%n document opgeslagen in %1</numerusform>
            <numerusform>%n documenten opgeslagen in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The Word documents were saved, but no PDF could be made: %1</source>
        <translation>De Word-documenten zijn opgeslagen, maar er kon geen PDF worden gemaakt: %1</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Geen enkel programma kon %1 openen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
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
    <message>
        <source>Today&apos;s tasks</source>
        <translation>Taken van vandaag</translation>
    </message>
    <message>
        <source>Deals needing attention</source>
        <translation>Deals die aandacht nodig hebben</translation>
    </message>
    <message>
        <source>This month: won against the plan</source>
        <translation>Deze maand: gewonnen tegenover het plan</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trechter</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Recente activiteit</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Niets gepland voor vandaag.</translation>
    </message>
    <message>
        <source>No overdue tasks.</source>
        <translation>Geen verlopen taken.</translation>
    </message>
    <message>
        <source>Every open deal is moving and has a next task.</source>
        <translation>Elke open deal is in beweging en heeft een volgende taak.</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>Nog geen activiteit.</translation>
    </message>
    <message>
        <source>Nothing won this month yet.</source>
        <translation>Deze maand nog niets gewonnen.</translation>
    </message>
    <message>
        <source>won of %1 planned</source>
        <translation>gewonnen van de geplande %1</translation>
    </message>
    <message>
        <source>won; no plan for this month</source>
        <translation>gewonnen; geen plan voor deze maand</translation>
    </message>
    <message>
        <source>Set a sales &amp;plan…</source>
        <translation>Verkoop&amp;plan instellen…</translation>
    </message>
    <message>
        <source>No open deals.</source>
        <translation>Geen open deals.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
</context>
<context>
    <name>HomeTexts</name>
    <message numerus="yes">
        <source>%n day(s) in %1</source>
        <translation>
            <numerusform>%n dag in fase %1</numerusform>
            <numerusform>%n dagen in fase %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no next task</source>
        <translation>geen volgende taak</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Importgeschiedenis</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Revert…</source>
        <translation>&amp;Terugdraaien…</translation>
    </message>
    <message>
        <source>Take the selected import back: the records it created go to the Trash and the ones it updated get their old values</source>
        <translation>De geselecteerde import terugdraaien: de records die hij heeft aangemaakt, gaan naar de prullenbak en de records die hij heeft bijgewerkt, krijgen hun oude waarden terug</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Geschiedenis lezen…</translation>
    </message>
    <message>
        <source>Nothing was imported into this database yet.</source>
        <translation>Er is nog niets in deze database geïmporteerd.</translation>
    </message>
    <message>
        <source>Reverted %1</source>
        <translation>Teruggedraaid op %1</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Niet voltooid</translation>
    </message>
    <message>
        <source>Cannot be reverted</source>
        <translation>Kan niet worden teruggedraaid</translation>
    </message>
    <message>
        <source>Revert the import of “%1”? The %2 record(s) it created go to the Trash and the %3 it updated get their values from before the import.</source>
        <translation>De import van “%1” terugdraaien? Aangemaakte records (%2) gaan naar de prullenbak en bijgewerkte records (%3) krijgen hun waarden van vóór de import terug.</translation>
    </message>
    <message>
        <source>Revert import</source>
        <translation>Import terugdraaien</translation>
    </message>
    <message>
        <source>The import was reverted: %1 record(s) moved to the Trash, %2 given their old values back.</source>
        <translation>De import is teruggedraaid: records naar de prullenbak verplaatst: %1, records met hun oude waarden terug: %2.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Reverting the import…</source>
        <translation>Import terugdraaien…</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
    <message>
        <source>Contacts (people)</source>
        <translation>Contacten (personen)</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Volledige naam (gesplitst in voor- en achternaam)</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tweede naam</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Role in the company</source>
        <translation>Rol in het bedrijf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Email 2</source>
        <translation>E-mail 2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <source>Phone 2</source>
        <translation>Telefoon 2</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Leadbron</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Statutaire naam</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registratienummer</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Vestigingsadres</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Opgericht</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Gesloten op</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Reden van verlies</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Verwachte afsluiting</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Btw-tarief</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Hele dag</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duur (minuten)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Afgerond op</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Geannuleerd; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>ItemListDialog</name>
    <message>
        <source>Nothing here.</source>
        <translation>Hier staat niets.</translation>
    </message>
    <message>
        <source>%1 of %2 shown: the most urgent first.</source>
        <translation>%1 van %2 getoond: de dringendste eerst.</translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Press 1–5 to choose, Enter to save</source>
        <translation>Druk op 1–5 om te kiezen, Enter om op te slaan</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultaat:</translation>
    </message>
    <message>
        <source>(no deal)</source>
        <translation>(geen deal)</translation>
    </message>
    <message>
        <source>What was said, agreed or noticed (Ctrl+Enter saves)</source>
        <translation>Wat er is gezegd, afgesproken of opgemerkt (Ctrl+Enter slaat op)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Deal:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Schrijf eerst de notitie.</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Telefoongesprek vastleggen</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Vastleggen: %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to crm-desktop</source>
        <translation>Inloggen bij crm-desktop</translation>
    </message>
    <message>
        <source>This database is shared with other users. Log in to work in %1.</source>
        <translation>Deze database wordt met andere gebruikers gedeeld. Log in om in %1 te werken.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Inlognaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Inl&amp;oggen</translation>
    </message>
    <message>
        <source>The login or the password is not right, or this user may not log in. After %1 wrong passwords in a row, logging in as that user pauses for %2 minutes.</source>
        <translation>De inlognaam of het wachtwoord klopt niet, of deze gebruiker mag niet inloggen. Na %1 onjuiste wachtwoorden op rij kan er %2 minuten niet als deze gebruiker worden ingelogd.</translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <source>Deal lost</source>
        <translation>Deal verloren</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(kies een reden)</translation>
    </message>
    <message>
        <source>What happened, in your words</source>
        <translation>Wat er gebeurde, in uw eigen woorden</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <source>Choose a reason or write what happened.</source>
        <translation>Kies een reden of beschrijf wat er gebeurde.</translation>
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
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
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
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Import contacts, companies, deals, products or tasks from an Excel or CSV file</source>
        <translation>Contacten, bedrijven, deals, producten of taken importeren uit een Excel- of CSV-bestand</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Import&amp;geschiedenis…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>&amp;Take an offline copy…</source>
        <translation>Offline&amp;kopie maken…</translation>
    </message>
    <message>
        <source>A copy of the database (or of some owners&apos; records) to work in on a laptop without the network</source>
        <translation>Een kopie van de database (of van de records van bepaalde eigenaren) om op een laptop zonder netwerk in te werken</translation>
    </message>
    <message>
        <source>Brin&amp;g back an offline copy…</source>
        <translation>Offlinekopie te&amp;rugbrengen…</translation>
    </message>
    <message>
        <source>&amp;Move to a PostgreSQL server…</source>
        <translation>Naar een PostgreSQL-server &amp;verhuizen…</translation>
    </message>
    <message>
        <source>Copy this database file into an empty database on a server and check that every record arrived</source>
        <translation>Dit databasebestand naar een lege database op een server kopiëren en controleren of elk record is aangekomen</translation>
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
        <source>&amp;Templates…</source>
        <translation>&amp;Sjablonen…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Gebruikers…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Mijn &amp;wachtwoord wijzigen…</translation>
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
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Ongedaan gemaakt: %1</translation>
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
        <source>This database is on a server already.</source>
        <translation>Deze database staat al op een server.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Wachtwoord gewijzigd.</translation>
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
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Kolommen koppelen</translation>
    </message>
    <message>
        <source>Choose for each column of the file the field it holds. Columns set to Skip are not imported.</source>
        <translation>Kies voor elke kolom van het bestand welk veld erin staat. Kolommen met Overslaan worden niet geïmporteerd.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Waarden</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolom %1</translation>
    </message>
    <message>
        <source>Import column “%1” as</source>
        <translation>Kolom “%1” importeren als</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>%1 (custom field)</source>
        <translation>%1 (extra veld)</translation>
    </message>
    <message>
        <source>New custom field…</source>
        <translation>Nieuw extra veld…</translation>
    </message>
    <message>
        <source>The columns are matched as in your last import of a file with the same columns.</source>
        <translation>De kolommen zijn gekoppeld zoals bij uw laatste import van een bestand met dezelfde kolommen.</translation>
    </message>
    <message>
        <source>New custom field “%1”</source>
        <translation>Nieuw extra veld “%1”</translation>
    </message>
    <message>
        <source>“%1” was taken from column “%2”, which is now skipped.</source>
        <translation>“%1” is weggehaald bij kolom “%2”, die nu wordt overgeslagen.</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>Nieuw extra veld</translation>
    </message>
    <message>
        <source>Name of the new field (it holds text):</source>
        <translation>Naam van het nieuwe veld (het bevat tekst):</translation>
    </message>
    <message>
        <source>%1 of %2 columns mapped.</source>
        <translation>%1 van %2 kolommen gekoppeld.</translation>
    </message>
    <message>
        <source>Choose a field for at least one column.</source>
        <translation>Kies een veld voor minstens één kolom.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge people</source>
        <translation>Personen samenvoegen</translation>
    </message>
    <message>
        <source>Merge companies</source>
        <translation>Bedrijven samenvoegen</translation>
    </message>
    <message>
        <source>Choose the record to keep and, row by row, the value to keep. Deals, tasks, documents, attachments, history, phones, e-mails and tags of the other records move to the one kept; the others go to the Trash. The merge can be undone (Ctrl+Z).</source>
        <translation>Kies het record dat u wilt behouden en per regel de waarde die u wilt behouden. Deals, taken, documenten, bijlagen, geschiedenis, telefoons, e-mailadressen en tags van de andere records gaan naar het behouden record; de andere records gaan naar de prullenbak. Het samenvoegen kan ongedaan worden gemaakt (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Keep record</source>
        <translation>Record behouden</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Keep this record; the others are merged into it</source>
        <translation>Dit record behouden; de andere worden erin samengevoegd</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tweede naam</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Leadbron</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Statutaire naam</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Registratienummer</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Vestigingsadres</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Bankgegevens</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Opgericht op</translation>
    </message>
    <message>
        <source>Phones and emails</source>
        <translation>Telefoons en e-mailadressen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Former client</source>
        <translation>Voormalige klant</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Merge %1 people</source>
        <translation>%1 personen samenvoegen</translation>
    </message>
    <message>
        <source>Merge %1 companies</source>
        <translation>%1 bedrijven samenvoegen</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 meer</translation>
    </message>
</context>
<context>
    <name>MoveToServerDialog</name>
    <message>
        <source>Move to a PostgreSQL server</source>
        <translation>Verhuizen naar een PostgreSQL-server</translation>
    </message>
    <message>
        <source>Every record of this database file is copied into an empty database on a PostgreSQL server, in one go; the number of rows of every table is then compared. If anything differs or fails, the server database stays empty. The file itself is not changed. Ask everyone else to close crm-desktop first: what they save during the move stays in the file only.</source>
        <translation>Elk record van dit databasebestand wordt in één keer gekopieerd naar een lege database op een PostgreSQL-server; daarna wordt het aantal rijen van elke tabel vergeleken. Als er iets verschilt of mislukt, blijft de serverdatabase leeg. Het bestand zelf wordt niet gewijzigd. Vraag alle anderen eerst crm-desktop te sluiten: wat zij tijdens het verhuizen opslaan, blijft alleen in het bestand.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verhuizen</translation>
    </message>
    <message>
        <source>&amp;Work on the server now</source>
        <translation>Nu op de server &amp;werken</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adres:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Verhuizen…</translation>
    </message>
    <message>
        <source>Moving the database to the server…</source>
        <translation>De database naar de server verhuizen…</translation>
    </message>
    <message>
        <source>%1 rows of %2 tables moved to %3; the counts of every table are equal.</source>
        <translation>%1 rijen van %2 tabellen naar %3 verhuisd; de aantallen van elke tabel komen overeen.</translation>
    </message>
</context>
<context>
    <name>NextTaskDialog</name>
    <message>
        <source>Plan the next task</source>
        <translation>Volgende taak plannen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Opvolgen: %1</translation>
    </message>
    <message>
        <source>This deal has no next task. Every open deal needs one.</source>
        <translation>Deze deal heeft geen volgende taak. Elke open deal heeft er een nodig.</translation>
    </message>
    <message>
        <source>What is the next step for this deal?</source>
        <translation>Wat is de volgende stap voor deze deal?</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Taak:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Cancel the move</source>
        <translation>Verplaatsing annuleren</translation>
    </message>
</context>
<context>
    <name>NoNextTaskDialog</name>
    <message>
        <source>Open deals without a next task</source>
        <translation>Open deals zonder volgende taak</translation>
    </message>
    <message>
        <source>Every open deal has a next task.</source>
        <translation>Elke open deal heeft een volgende taak.</translation>
    </message>
</context>
<context>
    <name>OfflineCopy</name>
    <message>
        <source>Offline copy of %1, taken %2</source>
        <translation>Offlinekopie van %1, gemaakt op %2</translation>
    </message>
    <message>
        <source>%1
Bring it back in the office with File › Bring back an offline copy…</source>
        <translation>%1
Breng deze op kantoor terug met Bestand › Offlinekopie terugbrengen…</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Zonder datum</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>Records already in the database are found by the values chosen below; rows that repeat an earlier row of the file count as well.</source>
        <translation>Records die al in de database staan, worden gevonden aan de hand van de waarden die u hieronder kiest; rijen die een eerdere rij van het bestand herhalen, tellen ook mee.</translation>
    </message>
    <message>
        <source>When a record exists already</source>
        <translation>Als een record al bestaat</translation>
    </message>
    <message>
        <source>S&amp;kip the row</source>
        <translation>Rij &amp;overslaan</translation>
    </message>
    <message>
        <source>&amp;Update the record with the file&apos;s values</source>
        <translation>Record &amp;bijwerken met de waarden uit het bestand</translation>
    </message>
    <message>
        <source>Create a &amp;new record anyway</source>
        <translation>Toch een &amp;nieuw record maken</translation>
    </message>
    <message>
        <source>A record exists already when it has the same</source>
        <translation>Een record bestaat al als dit overeenkomt</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>&amp;Tax ID</source>
        <translation>Bt&amp;w-nummer</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Naa&amp;m</translation>
    </message>
    <message>
        <source>Value in the c&amp;olumn</source>
        <translation>Waarde in de &amp;kolom</translation>
    </message>
    <message>
        <source>Column whose value identifies a record</source>
        <translation>Kolom waarvan de waarde een record identificeert</translation>
    </message>
    <message>
        <source>For example: fair 2025, newsletter</source>
        <translation>Bijvoorbeeld: beurs 2025, nieuwsbrief</translation>
    </message>
    <message>
        <source>%1 (dates like %2)</source>
        <translation>%1 (datums als %2)</translation>
    </message>
    <message>
        <source>T&amp;ags for every imported record:</source>
        <translation>&amp;Tags voor elk geïmporteerd record:</translation>
    </message>
    <message>
        <source>O&amp;wner where the file names none:</source>
        <translation>Ei&amp;genaar als het bestand er geen noemt:</translation>
    </message>
    <message>
        <source>&amp;Lead source where the file names none:</source>
        <translation>&amp;Leadbron als het bestand er geen noemt:</translation>
    </message>
    <message>
        <source>&amp;Dates and numbers are written as in:</source>
        <translation>Notatie van &amp;datums en getallen:</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (kolom %2)</translation>
    </message>
</context>
<context>
    <name>OwnerChoiceDialog</name>
    <message>
        <source>Change owner</source>
        <translation>Eigenaar wijzigen</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>New &amp;owner:</source>
        <translation>Nieuwe &amp;eigenaar:</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password of %1</source>
        <translation>Wachtwoord van %1</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Minstens %n teken.</numerusform>
            <numerusform>Minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <source>&amp;Remove the password</source>
        <translation>Wachtwoord &amp;verwijderen</translation>
    </message>
    <message>
        <source>With no password left on any user, nobody is asked to log in.</source>
        <translation>Als geen enkele gebruiker nog een wachtwoord heeft, hoeft niemand in te loggen.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Een wachtwoord moet minstens %n teken hebben.</numerusform>
            <numerusform>Een wachtwoord moet minstens %n tekens hebben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonCardDialog</name>
    <message>
        <source>D&amp;etails</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>Typ om een bedrijf te zoeken</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the company&apos;s card</source>
        <translation>De kaart van het bedrijf openen</translation>
    </message>
    <message>
        <source>Pri&amp;vate client (no company)</source>
        <translation>Parti&amp;culier (geen bedrijf)</translation>
    </message>
    <message>
        <source>Director, chief accountant…</source>
        <translation>Directeur, hoofdboekhouder…</translation>
    </message>
    <message>
        <source>Preferences, family names, how they like to be addressed…</source>
        <translation>Voorkeuren, namen van gezinsleden, hoe iemand aangesproken wil worden…</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <source>Midd&amp;le name:</source>
        <translation>T&amp;weede naam:</translation>
    </message>
    <message>
        <source>L&amp;ast name:</source>
        <translation>Ac&amp;hternaam:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>Bedri&amp;jf:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Phones, emails and messengers</source>
        <translation>Telefoons, e-mailadressen en messengers</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Sta&amp;tus:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <source>Lead so&amp;urce:</source>
        <translation>Leadbr&amp;on:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>Geboortedatu&amp;m:</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Tag&amp;s:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>No company is called &apos;%1&apos;. Create it?

To choose an existing one instead, pick it from the list that opens as you type.</source>
        <translation>Er is geen bedrijf met de naam &apos;%1&apos;. Aanmaken?

Wilt u liever een bestaand bedrijf kiezen, kies het dan uit de lijst die tijdens het typen opent.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>&amp;Export personal data…</source>
        <translation>Persoonsgegevens &amp;exporteren…</translation>
    </message>
    <message>
        <source>E&amp;rase person…</source>
        <translation>Persoon &amp;wissen…</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Persoonsgegevens exporteren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Personal data written to %1.</source>
        <translation>Persoonsgegevens opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Exporting personal data…</source>
        <translation>Persoonsgegevens exporteren…</translation>
    </message>
    <message>
        <source>Erase %1 for good? Names, phones, emails, address, birthday, notes, tags, custom fields and files of this person are removed, also from the timeline, tasks and change log. This cannot be undone.</source>
        <translation>%1 definitief wissen? Namen, telefoons, e-mailadressen, adres, geboortedatum, notities, tags, extra velden en bestanden van deze persoon worden verwijderd, ook uit de tijdlijn, de taken en het wijzigingslogboek. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Persoon wissen</translation>
    </message>
    <message>
        <source>The person&apos;s personal data was erased.</source>
        <translation>De persoonsgegevens van deze persoon zijn gewist.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Wissen…</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Persoon: %1</translation>
    </message>
    <message>
        <source>private client</source>
        <translation>particulier</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>laatste contact %1</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tweede naam</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Leadbron</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Extra velden</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>PlanEditDialog</name>
    <message>
        <source>Change plan</source>
        <translation>Plan wijzigen</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nieuw plan</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Het hele team</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Volgende maand</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dit kwartaal</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Volgend kwartaal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Volgend jaar</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Andere datums</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>geen doel</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Voor:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Amount to win:</source>
        <translation>Te winnen &amp;bedrag:</translation>
    </message>
    <message>
        <source>&amp;Deals to win:</source>
        <translation>Te winnen &amp;deals:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount. Type digits, for example 25000.</source>
        <translation>&apos;%1&apos; is geen bedrag. Typ cijfers, bijvoorbeeld 25000.</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <source>Sales plans</source>
        <translation>Verkoopplannen</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>A team plan is the target of everyone together; a manager&apos;s plan is theirs alone. The plan report sets won deals against both.</source>
        <translation>Een teamplan is het doel van iedereen samen; het plan van een verkoper geldt alleen voor die verkoper. Het planrapport zet gewonnen deals tegenover beide.</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Plan verwijderen</translation>
    </message>
    <message>
        <source>Delete the plan of %1 for %2 – %3?</source>
        <translation>Het plan van %1 voor %2 – %3 verwijderen?</translation>
    </message>
</context>
<context>
    <name>PresenceDialog</name>
    <message>
        <source>Who is working in this file</source>
        <translation>Wie werkt er in dit bestand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Working since</source>
        <translation>Werkt sinds</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Laatst gezien</translation>
    </message>
    <message>
        <source>Changes made by the others appear in your lists within a few seconds.</source>
        <translation>Wijzigingen van de anderen verschijnen binnen enkele seconden in uw lijsten.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>The first rows of the file as they would be imported. Cells with a problem are red; point at one to read why.</source>
        <translation>De eerste rijen van het bestand zoals ze zouden worden geïmporteerd. Cellen met een probleem zijn rood; wijs er een aan om te lezen waarom.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Voorbeeld voorbereiden…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>Nieuw extra veld</translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s):</source>
        <translation>
            <numerusform>De eerste %n rij:</numerusform>
            <numerusform>De eerste %n rijen:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 skipped, %4 rejected.</source>
        <translation>%1 nieuw, %2 bij te werken, %3 overgeslagen, %4 geweigerd.</translation>
    </message>
    <message>
        <source>The file has no data rows below its header.</source>
        <translation>Het bestand heeft geen gegevensrijen onder de kopregel.</translation>
    </message>
</context>
<context>
    <name>ProblemsTable</name>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Veld</translation>
    </message>
</context>
<context>
    <name>ReassignCounts</name>
    <message numerus="yes">
        <source>%n records are back with their previous owner.</source>
        <translation>
            <numerusform>%n record is terug bij de vorige eigenaar.</numerusform>
            <numerusform>%n records zijn terug bij de vorige eigenaar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were changed or deleted since and keep their new owner.</source>
        <translation>
            <numerusform>%n is sindsdien gewijzigd of verwijderd en houdt de nieuwe eigenaar.</numerusform>
            <numerusform>%n zijn sindsdien gewijzigd of verwijderd en houden de nieuwe eigenaar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign records</source>
        <translation>Records overdragen</translation>
    </message>
    <message>
        <source>New owners</source>
        <translation>Nieuwe eigenaren</translation>
    </message>
    <message>
        <source>&amp;New owners:</source>
        <translation>&amp;Nieuwe eigenaren:</translation>
    </message>
    <message>
        <source>Only &amp;open deals and open tasks (closed deals and done tasks stay)</source>
        <translation>Alleen &amp;open deals en open taken (gesloten deals en afgeronde taken blijven)</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Nieuwe eigenaar</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>A company goes whole to one new owner, with its people, deals and tasks. Records in the Trash stay. Edit › Undo gives everything back that nobody changed since.</source>
        <translation>Een bedrijf gaat in zijn geheel naar één nieuwe eigenaar, met zijn personen, deals en taken. Records in de prullenbak blijven. Bewerken › Ongedaan maken geeft alles terug wat sindsdien niemand heeft gewijzigd.</translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>&amp;Overdragen</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
    <message>
        <source>Hand the records of %1 to:</source>
        <translation>De records van %1 overdragen aan:</translation>
    </message>
    <message>
        <source>Choose one or several new owners.</source>
        <translation>Kies een of meer nieuwe eigenaren.</translation>
    </message>
    <message>
        <source>%1 owns no records to reassign.</source>
        <translation>%1 heeft geen records om over te dragen.</translation>
    </message>
    <message numerus="yes">
        <source>%n records will change owner.</source>
        <translation>
            <numerusform>%n record krijgt een nieuwe eigenaar.</numerusform>
            <numerusform>%n records krijgen een nieuwe eigenaar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign the records of %1</source>
        <translation>Records van %1 overdragen</translation>
    </message>
    <message>
        <source>Reassigning…</source>
        <translation>Overdragen…</translation>
    </message>
</context>
<context>
    <name>ReassignmentsDialog</name>
    <message>
        <source>Reassignments</source>
        <translation>Overdrachten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Records of</source>
        <translation>Records van</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Give the records back to their previous owner; records somebody changed since keep their new owner</source>
        <translation>De records teruggeven aan de vorige eigenaar; records die iemand sindsdien heeft gewijzigd, houden hun nieuwe eigenaar</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Koppelingen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Open the task (Enter)</source>
        <translation>De taak openen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Afronden…</translation>
    </message>
    <message>
        <source>Complete the task with its result (D)</source>
        <translation>De taak afronden met het resultaat (D)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Sluimeren</translation>
    </message>
    <message>
        <source>Remind me again later (S)</source>
        <translation>Later opnieuw herinneren (S)</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>Over 10 minuten</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>Over 1 uur</translation>
    </message>
    <message>
        <source>Tomorrow at 09:00</source>
        <translation>Morgen om 09:00</translation>
    </message>
    <message>
        <source>At a chosen time…</source>
        <translation>Op een gekozen tijdstip…</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Negeren</translation>
    </message>
    <message>
        <source>Stop reminding without completing the task (Del)</source>
        <translation>Niet meer herinneren zonder de taak af te ronden (Del)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (verlopen)</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n herinnering</numerusform>
            <numerusform>%n herinneringen</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Sluimeren tot</translation>
    </message>
    <message>
        <source>Remind me again at:</source>
        <translation>Opnieuw herinneren op:</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Binnengekomen</translation>
    </message>
    <message>
        <source>To next stage</source>
        <translation>Naar volgende fase</translation>
    </message>
    <message>
        <source>To won</source>
        <translation>Naar gewonnen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Nieuwe deals</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Gewonnen bedrag</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Lost amount</source>
        <translation>Verloren bedrag</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Verblijven</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>Gemiddeld aantal dagen</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversie</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Telefoongesprekken</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Verlopen taken</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Plan amount</source>
        <translation>Planbedrag</translation>
    </message>
    <message>
        <source>Actual amount</source>
        <translation>Werkelijk bedrag</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Realisatie</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Plan count</source>
        <translation>Gepland aantal</translation>
    </message>
    <message>
        <source>Actual count</source>
        <translation>Werkelijk aantal</translation>
    </message>
    <message>
        <source>Count fulfilment</source>
        <translation>Realisatie aantal</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Leadbron</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Nieuwe contacten</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Gewonnen omzet</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rendement</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Kosten per lead</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>X (steady)</source>
        <translation>X (stabiel)</translation>
    </message>
    <message>
        <source>Y (varying)</source>
        <translation>Y (wisselend)</translation>
    </message>
    <message>
        <source>Z (irregular)</source>
        <translation>Z (onregelmatig)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Cumulatief aandeel</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Variatie</translation>
    </message>
    <message>
        <source>XYZ</source>
        <translation>XYZ</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Entered the first stage</source>
        <translation>In de eerste fase gekomen</translation>
    </message>
    <message>
        <source>Conversion to won</source>
        <translation>Conversie naar gewonnen</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Winratio</translation>
    </message>
    <message>
        <source>Average amount</source>
        <translation>Gemiddeld bedrag</translation>
    </message>
    <message>
        <source>Median amount</source>
        <translation>Mediaanbedrag</translation>
    </message>
    <message>
        <source>Average days to won</source>
        <translation>Gemiddeld aantal dagen tot gewonnen</translation>
    </message>
    <message>
        <source>Median days to won</source>
        <translation>Mediaan aantal dagen tot gewonnen</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <source>Campaign cost</source>
        <translation>Campagnekosten</translation>
    </message>
    <message>
        <source>Campaign revenue</source>
        <translation>Campagne-omzet</translation>
    </message>
    <message>
        <source>Campaign return</source>
        <translation>Campagnerendement</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
</context>
<context>
    <name>ReportNotes</name>
    <message>
        <source>Deals in %1 (%2) are not in these figures; choose %1 as the currency to see them.</source>
        <translation>Deals in %1 (%2) zitten niet in deze cijfers; kies %1 als valuta om ze te zien.</translation>
    </message>
    <message>
        <source>Plans in %1 (%2) are not shown; choose their currency to see them.</source>
        <translation>Plannen in %1 (%2) worden niet getoond; kies hun valuta om ze te zien.</translation>
    </message>
    <message>
        <source>Campaigns in %1 (%2) are not shown; choose their currency to see them.</source>
        <translation>Campagnes in %1 (%2) worden niet getoond; kies hun valuta om ze te zien.</translation>
    </message>
    <message>
        <source>Open deals without an expected close date (%2) are not in the forecast.</source>
        <translation>Open deals zonder verwachte afsluitdatum (%2) zitten niet in de prognose.</translation>
    </message>
    <message>
        <source>Won deals without a company or person (%2) are not in this analysis.</source>
        <translation>Gewonnen deals zonder bedrijf of persoon (%2) zitten niet in deze analyse.</translation>
    </message>
    <message>
        <source>XYZ needs several months to say anything; choose a period of three months or more.</source>
        <translation>XYZ heeft meerdere maanden nodig om iets te zeggen; kies een periode van drie maanden of langer.</translation>
    </message>
</context>
<context>
    <name>ReportSeries</name>
    <message>
        <source>Entered</source>
        <translation>Binnengekomen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>Gemiddeld aantal dagen</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Gewonnen bedrag</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Telefoongesprekken</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>week %1 of %2</source>
        <translation>week %1 van %2</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>Geen bron</translation>
    </message>
    <message>
        <source>No reason</source>
        <translation>Geen reden</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Geen eigenaar</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>K%1 %2</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Funnel conversion</source>
        <translation>Trechterconversie</translation>
    </message>
    <message>
        <source>Won and lost</source>
        <translation>Gewonnen en verloren</translation>
    </message>
    <message>
        <source>Average deal and sales cycle</source>
        <translation>Gemiddelde deal en verkoopcyclus</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Verkopers</translation>
    </message>
    <message>
        <source>Plan and forecast</source>
        <translation>Plan en prognose</translation>
    </message>
    <message>
        <source>Lead sources and campaigns</source>
        <translation>Leadbronnen en campagnes</translation>
    </message>
    <message>
        <source>Loss reasons</source>
        <translation>Verliesredenen</translation>
    </message>
    <message>
        <source>ABC/XYZ analysis</source>
        <translation>ABC/XYZ-analyse</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Deals that entered each stage in the period, and how many went on to the next stage and to won.</source>
        <translation>Deals die in de periode elke fase binnenkwamen, en hoeveel daarvan doorgingen naar de volgende fase en naar gewonnen.</translation>
    </message>
    <message>
        <source>New, won and lost deals per day, week or month, counts and amounts.</source>
        <translation>Nieuwe, gewonnen en verloren deals per dag, week of maand, in aantallen en bedragen.</translation>
    </message>
    <message>
        <source>Average and median won amount, days from creation to won, and days spent in each stage.</source>
        <translation>Gemiddeld en mediaan gewonnen bedrag, dagen van aanmaken tot gewonnen, en dagen in elke fase.</translation>
    </message>
    <message>
        <source>Per owner: new and won deals, won amount, conversion, calls, meetings, emails and overdue tasks.</source>
        <translation>Per eigenaar: nieuwe en gewonnen deals, gewonnen bedrag, conversie, telefoongesprekken, afspraken, e-mails en verlopen taken.</translation>
    </message>
    <message>
        <source>Sales plans against won deals, with a forecast from open deals weighted by probability.</source>
        <translation>Verkoopplannen tegenover gewonnen deals, met een prognose uit open deals gewogen naar winkans.</translation>
    </message>
    <message>
        <source>Leads, conversion and won revenue per lead source; cost and return per campaign.</source>
        <translation>Leads, conversie en gewonnen omzet per leadbron; kosten en rendement per campagne.</translation>
    </message>
    <message>
        <source>Lost deals per reason and per stage where they were lost.</source>
        <translation>Verloren deals per reden en per fase waarin ze verloren gingen.</translation>
    </message>
    <message>
        <source>Clients by share of revenue (A, B, C) and by regularity of purchases (X, Y, Z).</source>
        <translation>Klanten naar aandeel in de omzet (A, B, C) en naar regelmaat van aankopen (X, Y, Z).</translation>
    </message>
    <message>
        <source>Calls, emails and meetings per period and per manager.</source>
        <translation>Telefoongesprekken, e-mails en afspraken per periode en per verkoper.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dit kwartaal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Vorig kwartaal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigen datums</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Per maand</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Sales &amp;plans…</source>
        <translation>Verkoop&amp;plannen…</translation>
    </message>
    <message>
        <source>&amp;Campaigns…</source>
        <translation>&amp;Campagnes…</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Groepering</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Save this report as an Excel workbook with a chart, or as a Word document with the chart as a picture</source>
        <translation>Dit rapport opslaan als Excel-werkmap met een grafiek, of als Word-document met de grafiek als afbeelding</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Alle pipelines</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Alle verkopers</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>All lead sources</source>
        <translation>Alle leadbronnen</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Leadbron</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle tags</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Main currency</source>
        <translation>Hoofdvaluta</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Reports never add up different currencies; the main currency is the one with the most won amount</source>
        <translation>Rapporten tellen nooit verschillende valuta&apos;s bij elkaar op; de hoofdvaluta is die met het hoogste gewonnen bedrag</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Choose a report on the side.</source>
        <translation>Kies een rapport in de lijst aan de zijkant.</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>Rapport berekenen…</translation>
    </message>
    <message>
        <source>Nothing to show for %1 – %2 with these filters.</source>
        <translation>Niets te tonen voor %1 – %2 met deze filters.</translation>
    </message>
    <message>
        <source>Double-click a count, or press Enter on it, to list its clients.</source>
        <translation>Dubbelklik op een aantal, of druk er op Enter, om de klanten ervan te tonen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Rapport opgeslagen in %1</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>Rapport exporteren…</translation>
    </message>
    <message>
        <source>Lost per stage</source>
        <translation>Verloren per fase</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Per manager</source>
        <translation>Per verkoper</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
</context>
<context>
    <name>RuleEditorDialog</name>
    <message>
        <source>New rule</source>
        <translation>Nieuwe regel</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>Regel bewerken</translation>
    </message>
    <message>
        <source>The same day</source>
        <translation>Dezelfde dag</translation>
    </message>
    <message>
        <source>For example: Call about the proposal</source>
        <translation>Bijvoorbeeld: Bellen over de offerte</translation>
    </message>
    <message>
        <source>Deal owner</source>
        <translation>Eigenaar van de deal</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Due after:</source>
        <translation>Ter&amp;mijn:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Taak:</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>Toe&amp;wijzen aan:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Veld:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>Waar&amp;de:</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>S&amp;jabloon:</translation>
    </message>
    <message>
        <source>A built-in template, or type the name of one of your templates.</source>
        <translation>Kies een ingebouwd sjabloon of typ de naam van een van uw eigen sjablonen.</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>A&amp;ctief</translation>
    </message>
    <message>
        <source>&amp;When a deal enters the stage:</source>
        <translation>&amp;Als een deal de fase binnenkomt:</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a template or type its name.</source>
        <translation>Kies een sjabloon of typ de naam ervan.</translation>
    </message>
</context>
<context>
    <name>RuleTexts</name>
    <message>
        <source>Create a task</source>
        <translation>Taak aanmaken</translation>
    </message>
    <message>
        <source>Set a field</source>
        <translation>Veld instellen</translation>
    </message>
    <message>
        <source>Generate a document</source>
        <translation>Document genereren</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>Winkans</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Expected close (days from the move)</source>
        <translation>Verwachte afsluiting (dagen na verplaatsing)</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Leadbron</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Automation rules: %1</source>
        <translation>Automatiseringsregels: %1</translation>
    </message>
    <message>
        <source>What happens each time a deal enters the stage &apos;%1&apos;:</source>
        <translation>Wat er gebeurt telkens als een deal de fase &apos;%1&apos; binnenkomt:</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>No rules yet: deals enter this stage without automatic actions.</source>
        <translation>Nog geen regels: deals komen deze fase binnen zonder automatische acties.</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>Regel &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactief)</translation>
    </message>
    <message>
        <source>the deal owner</source>
        <translation>de eigenaar van de deal</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>op dezelfde dag</translation>
    </message>
    <message numerus="yes">
        <source>after %n day(s)</source>
        <translation>
            <numerusform>na %n dag</numerusform>
            <numerusform>na %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Task: %1 &apos;%2&apos;, due %3, for %4</source>
        <translation>Taak: %1 &apos;%2&apos;, gepland %3, voor %4</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the move</source>
        <translation>
            <numerusform>%n dag na het verplaatsen</numerusform>
            <numerusform>%n dagen na het verplaatsen</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 instellen op %2</translation>
    </message>
    <message>
        <source>Generate the document &apos;%1&apos;</source>
        <translation>Document &apos;%1&apos; genereren</translation>
    </message>
    <message>
        <source>Delete the rule &apos;%1&apos;?</source>
        <translation>De regel &apos;%1&apos; verwijderen?</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>All or nothing: a row that cannot be imported is rejected with its reason and the others are imported; a cancel leaves the database as it was.</source>
        <translation>Alles of niets: een rij die niet kan worden geïmporteerd, wordt met de reden geweigerd en de andere worden geïmporteerd; bij annuleren blijft de database zoals hij was.</translation>
    </message>
    <message>
        <source>What cannot be imported is listed with its reason and the rest is imported; Stop leaves the database as it was.</source>
        <translation>Wat niet kan worden geïmporteerd, wordt met de reden vermeld en de rest wordt geïmporteerd; Stoppen laat de database zoals hij was.</translation>
    </message>
    <message>
        <source>When a contact with the same email or phone exists already</source>
        <translation>Als er al een contact met hetzelfde e-mailadres of telefoonnummer bestaat</translation>
    </message>
    <message>
        <source>S&amp;kip the card</source>
        <translation>Kaart &amp;overslaan</translation>
    </message>
    <message>
        <source>&amp;Update the contact with the card&apos;s values</source>
        <translation>Contact &amp;bijwerken met de waarden van de kaart</translation>
    </message>
    <message>
        <source>Create a &amp;new contact anyway</source>
        <translation>Toch een &amp;nieuw contact maken</translation>
    </message>
    <message>
        <source>&amp;Test run (saves nothing)</source>
        <translation>&amp;Testrun (slaat niets op)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop the run; nothing of it is kept</source>
        <translation>Stoppen; er wordt niets van deze run bewaard</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Waarom geweigerd</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Geweigerde rijen</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>Geweigerde &amp;rijen opslaan…</translation>
    </message>
    <message>
        <source>A workbook with the rejected rows and the reason for each: fix them there and import that file again</source>
        <translation>Een werkmap met de geweigerde rijen en de reden per rij: herstel ze daar en importeer dat bestand opnieuw</translation>
    </message>
    <message>
        <source>Import the contacts of “%1” (cards: %2). A test run first shows what would happen.</source>
        <translation>Contacten uit “%1” importeren (kaarten: %2). Een testrun laat eerst zien wat er zou gebeuren.</translation>
    </message>
    <message>
        <source>Import the events and to-dos of “%1” (%2) as tasks; importing the file again updates them instead of doubling them. A test run first shows what would happen.</source>
        <translation>Afspraken en to-do&apos;s uit “%1” (%2) als taken importeren; opnieuw importeren werkt ze bij in plaats van ze te verdubbelen. Een testrun laat eerst zien wat er zou gebeuren.</translation>
    </message>
    <message numerus="yes">
        <source>about %n row(s)</source>
        <translation>
            <numerusform>ongeveer %n rij</numerusform>
            <numerusform>ongeveer %n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>the rows</source>
        <translation>de rijen</translation>
    </message>
    <message>
        <source>Import %1 of “%2” into %3. A test run first shows what would happen.</source>
        <translation>Import van %1 uit “%2” naar %3. Een testrun laat eerst zien wat er zou gebeuren.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Test run…</source>
        <translation>Testrun…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 van %2 rijen</translation>
    </message>
    <message>
        <source>%1 of %2 cards</source>
        <translation>%1 van %2 kaarten</translation>
    </message>
    <message>
        <source>%1 of %2 events and to-dos</source>
        <translation>%1 van %2 afspraken en to-do&apos;s</translation>
    </message>
    <message>
        <source>Stopping; what was done is being rolled back…</source>
        <translation>Stoppen; wat al gedaan is, wordt teruggedraaid…</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 skipped, %4 rejected.</source>
        <translation>%1 nieuw, %2 bijgewerkt, %3 overgeslagen, %4 geweigerd.</translation>
    </message>
    <message>
        <source>Test run: %1 Nothing was saved.</source>
        <translation>Testrun: %1 Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Imported: %1 You can undo this import in File › Import history.</source>
        <translation>Geïmporteerd: %1 U kunt deze import ongedaan maken via Bestand › Importgeschiedenis.</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>Import voltooid: %1</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 occurrences changed, %4 skipped, %5 rejected; reminders: %6.</source>
        <translation>%1 nieuw, %2 bijgewerkt, %3 herhalingen gewijzigd, %4 overgeslagen, %5 geweigerd; herinneringen: %6.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Geweigerd: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Geweigerde rijen opslaan</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Rejected rows saved to %1</source>
        <translation>Geweigerde rijen opgeslagen in %1</translation>
    </message>
    <message>
        <source>Saving the rejected rows…</source>
        <translation>Geweigerde rijen opslaan…</translation>
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
        <source>A &amp;file (on this computer or in a shared folder)</source>
        <translation>Een &amp;bestand (op deze computer of in een gedeelde map)</translation>
    </message>
    <message>
        <source>A PostgreSQL &amp;server</source>
        <translation>Een PostgreSQL-&amp;server</translation>
    </message>
    <message>
        <source>Only needed once; not kept in the settings</source>
        <translation>Slechts één keer nodig; wordt niet in de instellingen bewaard</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>The password is kept in PostgreSQL&apos;s own password file (%1), which only you can read, as psql and pgAdmin do.</source>
        <translation>Het wachtwoord wordt bewaard in het eigen wachtwoordbestand van PostgreSQL (%1), dat alleen u kunt lezen, zoals psql en pgAdmin dat ook doen.</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>In het systeem&amp;vak blijven draaien als het venster wordt gesloten</translation>
    </message>
    <message>
        <source>Reminders keep coming while the window is closed</source>
        <translation>Herinneringen blijven komen terwijl het venster gesloten is</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>&amp;Geminimaliseerd starten in het systeemvak</translation>
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
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>&amp;Databasebestand:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adres:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
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
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1.</source>
        <translation>Verbonden: PostgreSQL %1.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>De verbinding is mislukt: %1</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Map voor back-ups</translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message>
        <source>Database file not reachable</source>
        <translation>Databasebestand niet bereikbaar</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>een andere computer</translation>
    </message>
    <message>
        <source>%1 on %2 is restoring the database from a backup; please wait.</source>
        <translation>%1 op %2 zet de database terug uit een back-up; even geduld.</translation>
    </message>
    <message>
        <source>%1 on %2 is updating the database to a new version; please wait.</source>
        <translation>%1 op %2 werkt de database bij naar een nieuwe versie; even geduld.</translation>
    </message>
    <message>
        <source>%1 on %2 is compacting the database; please wait.</source>
        <translation>%1 op %2 comprimeert de database; even geduld.</translation>
    </message>
    <message>
        <source>%1 on %2 is doing maintenance on the database; please wait.</source>
        <translation>%1 op %2 voert onderhoud uit aan de database; even geduld.</translation>
    </message>
    <message>
        <source>Editing is paused until they are done; nothing you saved is lost.</source>
        <translation>Bewerken is gepauzeerd tot dat klaar is; niets wat u hebt opgeslagen gaat verloren.</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Alleen u</translation>
    </message>
    <message numerus="yes">
        <source>%n people in this file</source>
        <translation>
            <numerusform>%n persoon in dit bestand</numerusform>
            <numerusform>%n personen in dit bestand</numerusform>
        </translation>
    </message>
    <message>
        <source>Working in this file now: %1</source>
        <translation>Nu in dit bestand aan het werk: %1</translation>
    </message>
    <message>
        <source>you</source>
        <translation>u</translation>
    </message>
    <message>
        <source>Nobody else works in this file now.</source>
        <translation>Er werkt nu niemand anders in dit bestand.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (u)</translation>
    </message>
    <message>
        <source>Shared file (network)</source>
        <translation>Gedeeld bestand (netwerk)</translation>
    </message>
    <message>
        <source>This file is on a network share: several people can work in it at once. Saves wait for each other; changes made by others appear within seconds.</source>
        <translation>Dit bestand staat op een netwerkshare: meerdere mensen kunnen er tegelijk in werken. Opslagacties wachten op elkaar; wijzigingen van anderen verschijnen binnen enkele seconden.</translation>
    </message>
    <message>
        <source>This database is in a folder synchronised by %1. Such services copy the file while it is being written and bring back other computers&apos; copies whole: when two people work in it, changes are lost or the file is damaged. To work together, put the file on a network share (a shared folder of your office&apos;s server or NAS); to work away from the office, take an offline copy instead.</source>
        <translation>Deze database staat in een map die door %1 wordt gesynchroniseerd. Zulke diensten kopiëren het bestand terwijl ernaar wordt geschreven en halen kopieën van andere computers in hun geheel terug: als twee mensen erin werken, gaan wijzigingen verloren of raakt het bestand beschadigd. Zet het bestand op een netwerkshare (een gedeelde map op de server of NAS van uw kantoor) om samen te werken; maak liever een offlinekopie om buiten kantoor te werken.</translation>
    </message>
    <message>
        <source>Database in a synchronised folder</source>
        <translation>Database in een gesynchroniseerde map</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Stage %1, %2 deals</source>
        <translation>Fase %1, %2 deals</translation>
    </message>
</context>
<context>
    <name>StageDelegate</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
</context>
<context>
    <name>StagesDialog</name>
    <message>
        <source>Pipelines and stages</source>
        <translation>Pipelines en fasen</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pipeline:</translation>
    </message>
    <message>
        <source>&amp;New pipeline…</source>
        <translation>&amp;Nieuwe pipeline…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Naam &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Delete pipe&amp;line</source>
        <translation>Pipeline &amp;verwijderen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Win probability (%)</source>
        <translation>Winkans (%)</translation>
    </message>
    <message>
        <source>Rotting after (days)</source>
        <translation>Stagneert na (dagen)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <source>&amp;Stages, in the order deals move through them:</source>
        <translation>&amp;Fasen, in de volgorde waarin deals ze doorlopen:</translation>
    </message>
    <message>
        <source>Leave the rotting limit blank for a stage where deals never go stale.</source>
        <translation>Laat de stagnatiegrens leeg voor een fase waarin deals nooit stilvallen.</translation>
    </message>
    <message>
        <source>&amp;Add stage…</source>
        <translation>Fase &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Delete stage</source>
        <translation>Fase verwij&amp;deren</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Oml&amp;aag</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>&amp;Kleur…</translation>
    </message>
    <message>
        <source>Automation &amp;rules…</source>
        <translation>Automatiserings&amp;regels…</translation>
    </message>
    <message>
        <source>Move the deals</source>
        <translation>Deals verplaatsen</translation>
    </message>
    <message>
        <source>The stage &apos;%1&apos; holds deals. Move them to:</source>
        <translation>De fase &apos;%1&apos; bevat deals. Verplaats ze naar:</translation>
    </message>
    <message>
        <source>Stage colour</source>
        <translation>Kleur van de fase</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (standaard)</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the colour of &apos;%1&apos;</source>
        <translation>Kies de kleur van &apos;%1&apos;</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Nieuwe pipeline</translation>
    </message>
    <message>
        <source>Name of the new pipeline:</source>
        <translation>Naam van de nieuwe pipeline:</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>Naam van pipeline wijzigen</translation>
    </message>
    <message>
        <source>New name of the pipeline:</source>
        <translation>Nieuwe naam van de pipeline:</translation>
    </message>
    <message>
        <source>Delete the pipeline &apos;%1&apos; with its stages?</source>
        <translation>De pipeline &apos;%1&apos; met alle fasen verwijderen?</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>Naam van de nieuwe fase:</translation>
    </message>
    <message>
        <source>Delete the stage &apos;%1&apos;?</source>
        <translation>De fase &apos;%1&apos; verwijderen?</translation>
    </message>
</context>
<context>
    <name>TagChoiceDialog</name>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Tag (choose or type a new one):</source>
        <translation>&amp;Tag (kies of typ een nieuwe):</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>People and companies</source>
        <translation>Personen en bedrijven</translation>
    </message>
    <message>
        <source>&amp;Tags, with the number of people and companies that carry each:</source>
        <translation>&amp;Tags, met het aantal personen en bedrijven dat elke tag draagt:</translation>
    </message>
    <message>
        <source>No tags yet. New… makes one.</source>
        <translation>Nog geen tags. Met Nieuw… maakt u er een.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Naam &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Rename the tag (F2)</source>
        <translation>Naam van de tag wijzigen (F2)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Kleur…</translation>
    </message>
    <message>
        <source>Choose the colour of the tag</source>
        <translation>Kies de kleur van de tag</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Delete the tag; it comes off everything that carries it (Del)</source>
        <translation>De tag verwijderen; hij verdwijnt van alles wat hem draagt (Del)</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Kleur van de tag</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
    <message>
        <source>%1, colour %2</source>
        <translation>%1, kleur %2</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nieuwe tag</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>Naam van de nieuwe tag:</translation>
    </message>
    <message>
        <source>Saving the tag…</source>
        <translation>Tag opslaan…</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Naam van tag wijzigen</translation>
    </message>
    <message>
        <source>New name of the tag &apos;%1&apos;:</source>
        <translation>Nieuwe naam van de tag &apos;%1&apos;:</translation>
    </message>
    <message>
        <source>Renaming the tag…</source>
        <translation>Naam van de tag wijzigen…</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag &apos;%1&apos;? It comes off the %Ln contact(s) that carry it, and off any deals.</source>
        <translation>
            <numerusform>De tag &apos;%1&apos; verwijderen? Hij verdwijnt van het contact dat hem draagt, en van eventuele deals.</numerusform>
            <numerusform>De tag &apos;%1&apos; verwijderen? Hij verdwijnt van de %Ln contacten die hem dragen, en van eventuele deals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the tag &apos;%1&apos;? No person or company carries it.</source>
        <translation>De tag &apos;%1&apos; verwijderen? Geen enkele persoon of bedrijf draagt hem.</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Tag verwijderen</translation>
    </message>
    <message>
        <source>Deleting the tag…</source>
        <translation>Tag verwijderen…</translation>
    </message>
</context>
<context>
    <name>TakeCopyDialog</name>
    <message>
        <source>Take an offline copy</source>
        <translation>Offlinekopie maken</translation>
    </message>
    <message>
        <source>An offline copy is a database file to work in on a laptop without the office network. Bring it back with File › Bring back an offline copy…; a copy can be brought back once.</source>
        <translation>Een offlinekopie is een databasebestand om op een laptop zonder het kantoornetwerk in te werken. Breng het terug met Bestand › Offlinekopie terugbrengen…; een kopie kan één keer worden teruggebracht.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Alles</translation>
    </message>
    <message>
        <source>Only the records &amp;of:</source>
        <translation>Alleen de records &amp;van:</translation>
    </message>
    <message>
        <source>Their companies, people, deals and tasks, and what those refer to</source>
        <translation>Hun bedrijven, personen, deals en taken, en waar die naar verwijzen</translation>
    </message>
    <message>
        <source>&amp;Take the copy</source>
        <translation>Kopie &amp;maken</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Be&amp;stand:</translation>
    </message>
    <message>
        <source>Offline copy</source>
        <translation>Offlinekopie</translation>
    </message>
    <message>
        <source>Taking the copy…</source>
        <translation>Kopie maken…</translation>
    </message>
    <message>
        <source>Taking an offline copy…</source>
        <translation>Offlinekopie maken…</translation>
    </message>
    <message>
        <source>Offline copy written to %1</source>
        <translation>Offlinekopie opgeslagen in %1</translation>
    </message>
</context>
<context>
    <name>TaskCounts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n keer</numerusform>
            <numerusform>%n keer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Taak</translation>
    </message>
    <message>
        <source>C&amp;hecklist</source>
        <translation>&amp;Checklist</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Herhaling</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>Herinnering&amp;en</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nieuwe taak</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Taak: %1</translation>
    </message>
    <message>
        <source>Kinds…</source>
        <translation>Soorten…</translation>
    </message>
    <message>
        <source>Add a kind…</source>
        <translation>Soort toevoegen…</translation>
    </message>
    <message>
        <source>Remove this kind</source>
        <translation>Deze soort verwijderen</translation>
    </message>
    <message>
        <source>A&amp;ll day</source>
        <translation>Hele da&amp;g</translation>
    </message>
    <message>
        <source>&amp;No date</source>
        <translation>Geen dat&amp;um</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>Typ om een bedrijf te zoeken</translation>
    </message>
    <message>
        <source>Type to find a person</source>
        <translation>Typ om een contactpersoon te zoeken</translation>
    </message>
    <message>
        <source>The deals of the person or company chosen</source>
        <translation>De deals van de gekozen persoon of het gekozen bedrijf</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Ter&amp;mijn:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioriteit:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Eigen&amp;aar:</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>&amp;Bedrijf:</translation>
    </message>
    <message>
        <source>Per&amp;son:</source>
        <translation>Pe&amp;rsoon:</translation>
    </message>
    <message>
        <source>D&amp;eal:</source>
        <translation>Dea&amp;l:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>A step to tick off, then Enter</source>
        <translation>Een stap om af te vinken, dan Enter</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Toe&amp;voegen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Verwijde&amp;ren</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Niet herhalen</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wekelijks</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jaarlijks</translation>
    </message>
    <message>
        <source>Ne&amp;ver</source>
        <translation>Noo&amp;it</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>T&amp;ot</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source> times</source>
        <translation> keer</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation>&amp;Frequentie:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>O&amp;m de:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Op:</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>Op het geplande tijdstip</translation>
    </message>
    <message>
        <source>Minutes before</source>
        <translation>Minuten van tevoren</translation>
    </message>
    <message>
        <source>Hours before</source>
        <translation>Uren van tevoren</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Dagen van tevoren</translation>
    </message>
    <message>
        <source>At a chosen time</source>
        <translation>Op een gekozen tijdstip</translation>
    </message>
    <message>
        <source>&amp;Add reminder</source>
        <translation>Herinnering toe&amp;voegen</translation>
    </message>
    <message>
        <source>This is one occurrence of a repeating task. When you save, you choose whether the change is for this occurrence only or for the whole series.</source>
        <translation>Dit is één exemplaar van een terugkerende taak. Bij het opslaan kiest u of de wijziging alleen voor dit exemplaar of voor de hele reeks geldt.</translation>
    </message>
    <message>
        <source>This occurrence was changed on its own; its changes do not reach the rest of the series.</source>
        <translation>Dit exemplaar is afzonderlijk gewijzigd; de wijzigingen gelden niet voor de rest van de reeks.</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> dag(en)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>company</source>
        <translation>bedrijf</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <source>No single %1 is named &apos;%2&apos;; choose one from the suggestions.</source>
        <translation>Er is niet precies één %1 met de naam &apos;%2&apos;; kies er een uit de suggesties.</translation>
    </message>
    <message>
        <source>Repeating task</source>
        <translation>Terugkerende taak</translation>
    </message>
    <message>
        <source>Change only this occurrence, or every occurrence of the series?</source>
        <translation>Alleen dit exemplaar wijzigen of alle exemplaren van de reeks?</translation>
    </message>
    <message>
        <source>Only this &amp;occurrence</source>
        <translation>Alleen dit &amp;exemplaar</translation>
    </message>
    <message>
        <source>The whole &amp;series</source>
        <translation>De hele &amp;reeks</translation>
    </message>
    <message>
        <source>The task was saved, but not its checklist: %1</source>
        <translation>De taak is opgeslagen, maar de checklist niet: %1</translation>
    </message>
    <message>
        <source>Not saved: the task was changed elsewhere.</source>
        <translation>Niet opgeslagen: de taak is elders gewijzigd.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Hele dag</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>dag</numerusform>
            <numerusform>dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>maand</numerusform>
            <numerusform>maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>jaar</numerusform>
            <numerusform>jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept from the imported rule: %1</source>
        <translation>Overgenomen uit de geïmporteerde regel: %1</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 van %2 afgerond</translation>
    </message>
    <message>
        <source>New kind of task</source>
        <translation>Nieuwe taaksoort</translation>
    </message>
    <message>
        <source>Name of the kind (for example: Visit):</source>
        <translation>Naam van de soort (bijvoorbeeld: Bezoek):</translation>
    </message>
</context>
<context>
    <name>TaskListsWidget</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Upcoming (7 days)</source>
        <translation>Binnenkort (7 dagen)</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>Per eigenaar</translation>
    </message>
    <message>
        <source>Without a next task</source>
        <translation>Zonder volgende taak</translation>
    </message>
    <message>
        <source>Task list</source>
        <translation>Takenlijst</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Afronden…</translation>
    </message>
    <message>
        <source>Complete the task with its result (Space)</source>
        <translation>De taak afronden met het resultaat (Space)</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Nieuwe taak…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Plan a task…</source>
        <translation>Taak &amp;plannen…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Sjablonen</translation>
    </message>
    <message>
        <source>Your &amp;company</source>
        <translation>Uw &amp;bedrijf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Bundled templates and &amp;your own (Word .docx files):</source>
        <translation>Meegeleverde sjablonen en &amp;eigen sjablonen (Word-bestanden .docx):</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>&amp;Vervangen…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Naam &amp;wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Place&amp;holders</source>
        <translation>Ve&amp;lden</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>V&amp;oorbeeld</translation>
    </message>
    <message>
        <source>Fill the template with a sample deal and open the result</source>
        <translation>Het sjabloon invullen met een voorbeelddeal en het resultaat openen</translation>
    </message>
    <message>
        <source>Placeholders or problems of the template</source>
        <translation>Velden of problemen van het sjabloon</translation>
    </message>
    <message>
        <source>Your own company as documents show it: the seller on offers and invoices, the party signing contracts and letters.</source>
        <translation>Uw eigen bedrijf zoals documenten het tonen: de verkoper op offertes en facturen, de partij die contracten en brieven ondertekent.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>Statutaire naa&amp;m:</translation>
    </message>
    <message>
        <source>Ta&amp;x ID (VAT no.):</source>
        <translation>B&amp;tw-nummer:</translation>
    </message>
    <message>
        <source>&amp;Registration no.:</source>
        <translation>&amp;Registratienummer:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Bank details:</source>
        <translation>Ban&amp;kgegevens:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefoon:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Dir&amp;ector (signs documents):</source>
        <translation>&amp;Directeur (ondertekent documenten):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Numbers of invoices and offers&lt;/b&gt;: &lt;code&gt;{year}&lt;/code&gt; is the year, &lt;code&gt;{n:04}&lt;/code&gt; the number of the document in that year with four digits. Numbers are never reused.</source>
        <translation>&lt;b&gt;Nummers van facturen en offertes&lt;/b&gt;: &lt;code&gt;{year}&lt;/code&gt; is het jaar, &lt;code&gt;{n:04}&lt;/code&gt; het nummer van het document in dat jaar met vier cijfers. Nummers worden nooit hergebruikt.</translation>
    </message>
    <message>
        <source>&amp;Invoice numbers:</source>
        <translation>&amp;Factuurnummers:</translation>
    </message>
    <message>
        <source>&amp;Offer numbers:</source>
        <translation>&amp;Offertenummers:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>O&amp;pslaan</translation>
    </message>
    <message>
        <source>Reading the templates…</source>
        <translation>Sjablonen lezen…</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Meegeleverd</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Bundled templates cannot be changed; add your own copy instead.</source>
        <translation>Meegeleverde sjablonen kunnen niet worden gewijzigd; voeg in plaats daarvan een eigen kopie toe.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Naam van het sjabloon:</translation>
    </message>
    <message>
        <source>Add a template</source>
        <translation>Sjabloon toevoegen</translation>
    </message>
    <message>
        <source>Template “%1” added.</source>
        <translation>Sjabloon “%1” toegevoegd.</translation>
    </message>
    <message>
        <source>“%1” was not added. Fix these places in Word and add it again:</source>
        <translation>“%1” is niet toegevoegd. Herstel deze plaatsen in Word en voeg het opnieuw toe:</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 controleren…</translation>
    </message>
    <message>
        <source>Replace “%1”</source>
        <translation>“%1” vervangen</translation>
    </message>
    <message>
        <source>Template “%1” replaced.</source>
        <translation>Sjabloon “%1” vervangen.</translation>
    </message>
    <message>
        <source>“%1” was not replaced. Fix these places in Word and try again:</source>
        <translation>“%1” is niet vervangen. Herstel deze plaatsen in Word en probeer het opnieuw:</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Naam van “%1” wijzigen</translation>
    </message>
    <message>
        <source>Template “%1” renamed to “%2”.</source>
        <translation>Naam van sjabloon “%1” gewijzigd in “%2”.</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Documents made from it stay as they are.</source>
        <translation>Het sjabloon “%1” verwijderen? Documenten die ermee zijn gemaakt, blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>Sjabloon “%1” verwijderd.</translation>
    </message>
    <message>
        <source>Placeholders “%1” uses:</source>
        <translation>Velden die “%1” gebruikt:</translation>
    </message>
    <message>
        <source>“%1” uses no placeholders.</source>
        <translation>“%1” gebruikt geen velden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in “%1”; it cannot be used until they are fixed:</source>
        <translation>
            <numerusform>%n probleem in “%1”; het sjabloon kan pas worden gebruikt als het is opgelost:</numerusform>
            <numerusform>%n problemen in “%1”; het sjabloon kan pas worden gebruikt als ze zijn opgelost:</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” can be used; read these warnings:</source>
        <translation>“%1” kan worden gebruikt; lees deze waarschuwingen:</translation>
    </message>
    <message>
        <source>No problems found in “%1”: it can be used.</source>
        <translation>Geen problemen gevonden in “%1”: het kan worden gebruikt.</translation>
    </message>
    <message>
        <source>Problems in “%1”:</source>
        <translation>Problemen in “%1”:</translation>
    </message>
    <message>
        <source>Preview written to %1</source>
        <translation>Voorbeeld opgeslagen in %1</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Geen enkel programma kon %1 openen.</translation>
    </message>
    <message>
        <source>“%1” cannot be previewed:</source>
        <translation>Van “%1” kan geen voorbeeld worden gemaakt:</translation>
    </message>
    <message>
        <source>Preparing the preview of %1…</source>
        <translation>Voorbeeld van %1 voorbereiden…</translation>
    </message>
    <message>
        <source>Not saved: correct the number pattern first.</source>
        <translation>Niet opgeslagen: corrigeer eerst het nummerpatroon.</translation>
    </message>
    <message>
        <source>Saved. New documents show these details.</source>
        <translation>Opgeslagen. Nieuwe documenten tonen deze gegevens.</translation>
    </message>
    <message>
        <source>Your company&apos;s details were changed but not saved. Close and lose the changes?</source>
        <translation>De gegevens van uw bedrijf zijn gewijzigd maar niet opgeslagen. Sluiten en de wijzigingen kwijtraken?</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <source>Call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Taak afgerond</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Fasewijziging</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoeging</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Geen gehoor</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>In gesprek</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Bericht ingesproken</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Later terugbellen</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Telefoongesprekken</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Fasewijzigingen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importen</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>Samenvoegingen</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>Log a &amp;call</source>
        <translation>Telefoongesprek &amp;vastleggen</translation>
    </message>
    <message>
        <source>Log a call (%1)</source>
        <translation>Telefoongesprek vastleggen (%1)</translation>
    </message>
    <message>
        <source>Add a &amp;note</source>
        <translation>&amp;Notitie toevoegen</translation>
    </message>
    <message>
        <source>Add a note (%1)</source>
        <translation>Notitie toevoegen (%1)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Save the card first; then calls and notes can be logged here.</source>
        <translation>Sla de kaart eerst op; daarna kunnen hier telefoongesprekken en notities worden vastgelegd.</translation>
    </message>
    <message>
        <source>Nothing of this kind yet.</source>
        <translation>Hiervan is nog niets.</translation>
    </message>
    <message>
        <source>Nothing has happened with this contact yet. Log a call or add a note.</source>
        <translation>Er is nog niets gebeurd met dit contact. Leg een telefoongesprek vast of voeg een notitie toe.</translation>
    </message>
    <message>
        <source>deal: %1</source>
        <translation>deal: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What is the next step with %1?</source>
        <translation>Wat is de volgende stap met %1?</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Deleted people and companies</source>
        <translation>Verwijderde personen en bedrijven</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>De prullenbak is leeg.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>&amp;Delete forever…</source>
        <translation>&amp;Definitief verwijderen…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos; forever? This cannot be undone.</source>
        <translation>&apos;%1&apos; definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n records forever? This cannot be undone.</source>
        <translation>
            <numerusform>%n record definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>%n records definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Definitief verwijderen</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>crm-desktop</source>
        <translation>crm-desktop</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Herinneringen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n herinnering</numerusform>
            <numerusform>%n herinneringen</numerusform>
        </translation>
    </message>
    <message>
        <source>crm-desktop is still running</source>
        <translation>crm-desktop draait nog</translation>
    </message>
    <message>
        <source>Reminders keep coming. Quit from the tray icon&apos;s menu or File › Quit.</source>
        <translation>Herinneringen blijven komen. Sluit af via het menu van het pictogram in het systeemvak of via Bestand › Afsluiten.</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>New user</source>
        <translation>Nieuwe gebruiker</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Gebruiker bewerken</translation>
    </message>
    <message>
        <source>Sees and changes only own records</source>
        <translation>Ziet en wijzigt alleen eigen records</translation>
    </message>
    <message>
        <source>Active (may log in; inactive users stay in the history)</source>
        <translation>Actief (mag inloggen; inactieve gebruikers blijven in de geschiedenis)</translation>
    </message>
    <message>
        <source>none: set it later</source>
        <translation>geen: later instellen</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Inlognaam:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>The user needs a login.</source>
        <translation>De gebruiker heeft een inlognaam nodig.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>verkoper</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>alleen lezen</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Onverwachte fout: %1</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inlognaam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Own records only</source>
        <translation>Alleen eigen records</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>&amp;Wachtwoord instellen…</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>&amp;Overdragen…</translation>
    </message>
    <message>
        <source>Hand every record of this user to one or several others</source>
        <translation>Alle records van deze gebruiker overdragen aan een of meer anderen</translation>
    </message>
    <message>
        <source>Reassign&amp;ments…</source>
        <translation>Overdr&amp;achten…</translation>
    </message>
    <message>
        <source>Earlier reassignments, to undo one</source>
        <translation>Eerdere overdrachten, om er een ongedaan te maken</translation>
    </message>
    <message>
        <source>Administrators manage users and reassign records; managers work on every record (or only their own); read-only users look but change nothing. Nobody is asked to log in until some user has a password.</source>
        <translation>Beheerders beheren gebruikers en dragen records over; verkopers werken aan alle records (of alleen aan hun eigen); gebruikers met alleen lezen kijken maar wijzigen niets. Niemand hoeft in te loggen totdat een gebruiker een wachtwoord heeft.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>set</source>
        <translation>ingesteld</translation>
    </message>
</context>
<context>
    <name>WaitIndicator</name>
    <message>
        <source>Waiting for another user…</source>
        <translation>Wachten op een andere gebruiker…</translation>
    </message>
    <message>
        <source>Someone else is saving to this shared file; your change is saved as soon as they are done. You can go on working.</source>
        <translation>Iemand anders slaat op in dit gedeelde bestand; uw wijziging wordt opgeslagen zodra die klaar is. U kunt gewoon doorwerken.</translation>
    </message>
</context>
<context>
    <name>WonDialog</name>
    <message>
        <source>Deal won</source>
        <translation>Deal gewonnen</translation>
    </message>
    <message>
        <source>&amp;Won on:</source>
        <translation>&amp;Gewonnen op:</translation>
    </message>
    <message>
        <source>&amp;Final amount (%1):</source>
        <translation>&amp;Eindbedrag (%1):</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount. Type digits, for example 1250.50.</source>
        <translation>&apos;%1&apos; is geen bedrag. Typ cijfers, bijvoorbeeld 1250,50.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Het bedrag kan niet negatief zijn.</translation>
    </message>
</context>
<context>
    <name>_AllDayHeader</name>
    <message>
        <source>all day</source>
        <translation>hele dag</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 meer</translation>
    </message>
</context>
</TS>
