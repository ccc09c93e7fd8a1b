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
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV-bestand (*.csv)</translation>
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
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Zonder datum</translation>
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
</TS>
