<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name></name>
    <message>
        <source>What</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Powiązania</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista kontrolna</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Potencjalny klient</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Wysoki priorytet</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalny</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Bez daty</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Dnia %1</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>W terminie</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 po terminie</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 przed terminem</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Codziennie</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Co tydzień</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Co miesiąc</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Co roku</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>co %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>do %1</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Dziś, %1</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>cały dzień</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Nic nie zaplanowano</translation>
    </message>
    <message>
        <source>Nothing planned in these days</source>
        <translation>Na te dni nic nie zaplanowano</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Otwórz inny plik…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Utwórz nową bazę danych…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; is damaged (%2). Restore it from a backup (File &gt; Restore from backup).</source>
        <translation>Baza danych „%1” jest uszkodzona (%2). Przywróć ją z kopii zapasowej (Plik &gt; Przywróć z kopii zapasowej).</translation>
    </message>
    <message>
        <source>Daily backup written to %1</source>
        <translation>Codzienna kopia zapasowa zapisana w %1</translation>
    </message>
</context>
<context>
    <name>BringBackDialog</name>
    <message>
        <source>Bring back an offline copy</source>
        <translation>Wczytaj kopię offline</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Porównaj</translation>
    </message>
    <message>
        <source>Choose the copy; it is compared with this database before anything is written.</source>
        <translation>Wybierz kopię; zanim cokolwiek zostanie zapisane, zostanie porównana z tą bazą danych.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>W tej bazie danych</translation>
    </message>
    <message>
        <source>In the copy</source>
        <translation>W kopii</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>Keep all from this &amp;database</source>
        <translation>Zachowaj wszystko z tej &amp;bazy danych</translation>
    </message>
    <message>
        <source>Take all from the c&amp;opy</source>
        <translation>Weź wszystko z k&amp;opii</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>Wc&amp;zytaj</translation>
    </message>
    <message>
        <source>&amp;Copy:</source>
        <translation>&amp;Kopia:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>Wpis na osi czasu</translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation>W koszu</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Phones and emails</source>
        <translation>Telefony i e-maile</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zakończono</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Przewidywane zamknięcie</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Źródło leada</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Pełna nazwa</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>zmieniono</translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation>przeniesiono do kosza</translation>
    </message>
    <message>
        <source>deleted for good</source>
        <translation>usunięto na zawsze</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>This copy was already brought back on %1 (UTC); nothing changed. Take a new copy to go on working offline.</source>
        <translation>Ta kopia została już wczytana %1 (UTC); nic nie zmieniono. Aby dalej pracować offline, utwórz nową kopię.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 merged, %4 moved to the Trash, %5 conflicts</source>
        <translation>dodano: %1, zaktualizowano: %2, scalono: %3, przeniesiono do kosza: %4, konflikty: %5</translation>
    </message>
    <message>
        <source>Brought back: %1.</source>
        <translation>Wczytano: %1.</translation>
    </message>
    <message>
        <source>The copy was taken on %1 by %2.</source>
        <translation>Kopia została utworzona %1 przez użytkownika %2.</translation>
    </message>
    <message>
        <source>The copy was taken on %1.</source>
        <translation>Kopię utworzono %1.</translation>
    </message>
    <message>
        <source>It would bring: %1.</source>
        <translation>Wczytanie przyniosłoby: %1.</translation>
    </message>
    <message>
        <source>Choose which value to keep for each conflict, then Bring back.</source>
        <translation>Dla każdego konfliktu wybierz wartość do zachowania, a potem kliknij Wczytaj.</translation>
    </message>
    <message>
        <source>No conflicts: Bring back writes it.</source>
        <translation>Brak konfliktów: przycisk Wczytaj zapisze zmiany.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Porównywanie…</translation>
    </message>
    <message>
        <source>Comparing the copy…</source>
        <translation>Porównywanie kopii…</translation>
    </message>
    <message>
        <source>When the copy was taken: %1</source>
        <translation>W chwili utworzenia kopii: %1</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Ta baza danych</translation>
    </message>
    <message>
        <source>The copy</source>
        <translation>Kopia</translation>
    </message>
    <message>
        <source>Bringing it back…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Bringing back the offline copy…</source>
        <translation>Wczytywanie kopii offline…</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Add &amp;tag…</source>
        <translation>Dodaj t&amp;ag…</translation>
    </message>
    <message>
        <source>&amp;Remove tag…</source>
        <translation>Usuń ta&amp;g…</translation>
    </message>
    <message>
        <source>Change &amp;owner…</source>
        <translation>Zmień opie&amp;kuna…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>U&amp;suń</translation>
    </message>
    <message>
        <source>Move the selected records to the Trash (Del)</source>
        <translation>Przenieś zaznaczone rekordy do kosza (Del)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Export the selected rows, or the whole list, to Excel or CSV</source>
        <translation>Eksportuj zaznaczone wiersze lub całą listę do Excela albo CSV</translation>
    </message>
    <message>
        <source>Gener&amp;ate documents…</source>
        <translation>&amp;Wygeneruj dokumenty…</translation>
    </message>
    <message>
        <source>Fill a Word template for each selected record, or one document for all of them</source>
        <translation>Wypełnij szablon Worda dla każdego zaznaczonego rekordu albo jeden dokument dla wszystkich</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Anulowano; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Nieoczekiwany błąd: %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Dodaj tag</translation>
    </message>
    <message numerus="yes">
        <source>Tag added to %n record(s).</source>
        <translation>
            <numerusform>Dodano tag do %n rekordu.</numerusform>
            <numerusform>Dodano tag do %n rekordów.</numerusform>
            <numerusform>Dodano tag do %n rekordów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding the tag…</source>
        <translation>Dodawanie tagu…</translation>
    </message>
    <message>
        <source>There are no tags yet.</source>
        <translation>Nie ma jeszcze tagów.</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Usuń tag</translation>
    </message>
    <message numerus="yes">
        <source>Tag removed from %n record(s).</source>
        <translation>
            <numerusform>Usunięto tag z %n rekordu.</numerusform>
            <numerusform>Usunięto tag z %n rekordów.</numerusform>
            <numerusform>Usunięto tag z %n rekordów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing the tag…</source>
        <translation>Usuwanie tagu…</translation>
    </message>
    <message numerus="yes">
        <source>Owner changed for %n record(s).</source>
        <translation>
            <numerusform>Zmieniono opiekuna %n rekordu.</numerusform>
            <numerusform>Zmieniono opiekuna %n rekordów.</numerusform>
            <numerusform>Zmieniono opiekuna %n rekordów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change owner of %n record(s)</source>
        <translation>
            <numerusform>Zmiana opiekuna %n rekordu</numerusform>
            <numerusform>Zmiana opiekuna %n rekordów</numerusform>
            <numerusform>Zmiana opiekuna %n rekordów</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the owner…</source>
        <translation>Zmiana opiekuna…</translation>
    </message>
    <message numerus="yes">
        <source>Move %n person(s) to the Trash? They can be restored from there.</source>
        <translation>
            <numerusform>Przenieść %n osobę do kosza? Można ją stamtąd przywrócić.</numerusform>
            <numerusform>Przenieść %n osoby do kosza? Można je stamtąd przywrócić.</numerusform>
            <numerusform>Przenieść %n osób do kosza? Można je stamtąd przywrócić.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n company(-ies) to the Trash? They can be restored from there.</source>
        <translation>
            <numerusform>Przenieść %n firmę do kosza? Można ją stamtąd przywrócić.</numerusform>
            <numerusform>Przenieść %n firmy do kosza? Można je stamtąd przywrócić.</numerusform>
            <numerusform>Przenieść %n firm do kosza? Można je stamtąd przywrócić.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuwanie</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) moved to the Trash.</source>
        <translation>
            <numerusform>Przeniesiono %n rekord do kosza.</numerusform>
            <numerusform>Przeniesiono %n rekordy do kosza.</numerusform>
            <numerusform>Przeniesiono %n rekordów do kosza.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Usunięcie %n rekordu</numerusform>
            <numerusform>Usunięcie %n rekordów</numerusform>
            <numerusform>Usunięcie %n rekordów</numerusform>
        </translation>
    </message>
    <message>
        <source>Moving to the Trash…</source>
        <translation>Przenoszenie do kosza…</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected row(s)</source>
        <translation>
            <numerusform>Tylko %n zaznaczony wiersz</numerusform>
            <numerusform>Tylko %n zaznaczone wiersze</numerusform>
            <numerusform>Tylko %n zaznaczonych wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the list as shown (%n record(s))</source>
        <translation>
            <numerusform>Tylko lista w obecnym widoku (%n rekord)</numerusform>
            <numerusform>Tylko lista w obecnym widoku (%n rekordy)</numerusform>
            <numerusform>Tylko lista w obecnym widoku (%n rekordów)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>Wyeksportowano %n wiersz do %1</numerusform>
            <numerusform>Wyeksportowano %n wiersze do %1</numerusform>
            <numerusform>Wyeksportowano %n wierszy do %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Call</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Urodziny</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Rocznica</translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation>Urodziny: %1</translation>
    </message>
    <message>
        <source>Anniversary: %1</source>
        <translation>Rocznica: %1</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Dziś</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Wszyscy opiekunowie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Nowe zadanie…</translation>
    </message>
    <message>
        <source>New task (N in the calendar)</source>
        <translation>Nowe zadanie (N w kalendarzu)</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listy</translation>
    </message>
    <message>
        <source>Show the task lists beside the calendar</source>
        <translation>Pokaż listy zadań obok kalendarza</translation>
    </message>
    <message>
        <source>The task lists are not available in this version</source>
        <translation>Listy zadań nie są dostępne w tej wersji</translation>
    </message>
    <message>
        <source>Calendar days by the hour</source>
        <translation>Dni kalendarza w podziale na godziny</translation>
    </message>
    <message>
        <source>Calendar month</source>
        <translation>Miesiąc w kalendarzu</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Nieoczekiwany błąd: %1</translation>
    </message>
    <message>
        <source>Repeating task</source>
        <translation>Zadanie cykliczne</translation>
    </message>
    <message>
        <source>Change only this occurrence, or every occurrence of the series?</source>
        <translation>Zmienić tylko to wystąpienie czy wszystkie wystąpienia w serii?</translation>
    </message>
    <message>
        <source>Only this &amp;occurrence</source>
        <translation>Tylko to &amp;wystąpienie</translation>
    </message>
    <message>
        <source>The whole &amp;series</source>
        <translation>Całą &amp;serię</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Przeniesienie „%1”</translation>
    </message>
    <message>
        <source>Change the length of %1</source>
        <translation>Zmiana czasu trwania „%1”</translation>
    </message>
</context>
<context>
    <name>CampaignEditDialog</name>
    <message>
        <source>Change campaign</source>
        <translation>Zmień kampanię</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nowa kampania</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>Bez źródła leada</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>Lead &amp;source:</source>
        <translation>Źródło &amp;leada:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Daty:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Koszt:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Nota&amp;tki:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount. Type digits, for example 1500.</source>
        <translation>„%1” nie jest kwotą. Wpisz cyfry, np. 1500.</translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Źródło leada</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Zmień…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>Show campaigns in the &amp;Trash</source>
        <translation>Pokaż kampanie w &amp;koszu</translation>
    </message>
    <message>
        <source>%1 (in the Trash)</source>
        <translation>%1 (w koszu)</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Usuń kampanię</translation>
    </message>
    <message>
        <source>Move the campaign &apos;%1&apos; to the Trash? Its deals keep it; it can be restored.</source>
        <translation>Przenieść kampanię „%1” do kosza? Jej transakcje pozostaną z nią powiązane; kampanię można przywrócić.</translation>
    </message>
</context>
<context>
    <name>ChannelRow</name>
    <message>
        <source>Label of the %1</source>
        <translation>Etykieta: %1</translation>
    </message>
    <message>
        <source>+31 20 123 4567</source>
        <translation>+48 22 123 45 67</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nazwa@example.com</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@nazwa</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Zadzwoń</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Napisz</translation>
    </message>
    <message>
        <source>Call this number with the system&apos;s phone program</source>
        <translation>Zadzwoń pod ten numer systemowym programem do telefonowania</translation>
    </message>
    <message>
        <source>Write to this address with the system&apos;s mail program</source>
        <translation>Napisz na ten adres systemowym programem pocztowym</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Główny</translation>
    </message>
    <message>
        <source>The one used first for this kind of contact</source>
        <translation>Używany w pierwszej kolejności dla tego rodzaju kontaktu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove this %1</source>
        <translation>Usuń: %1</translation>
    </message>
</context>
<context>
    <name>ChannelsEditor</name>
    <message>
        <source>work</source>
        <translation>służbowy</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>komórkowy</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domowy</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>faks</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inny</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Komunikator</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Dodaj telefon</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Dodaj e-mail</translation>
    </message>
    <message>
        <source>Add messenger</source>
        <translation>Dodaj komunikator</translation>
    </message>
</context>
<context>
    <name>ClientListDialog</name>
    <message>
        <source>Clients in %1</source>
        <translation>Klienci w %1</translation>
    </message>
    <message>
        <source>No clients in this cell.</source>
        <translation>Brak klientów w tej komórce.</translation>
    </message>
</context>
<context>
    <name>CompanyCardDialog</name>
    <message>
        <source>D&amp;etails</source>
        <translation>&amp;Szczegóły</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation>Otwórz stronę w przeglądarce</translation>
    </message>
    <message>
        <source>Bank, account number, BIC / SWIFT</source>
        <translation>Bank, numer rachunku, BIC / SWIFT</translation>
    </message>
    <message>
        <source>What to know about this company…</source>
        <translation>Co warto wiedzieć o tej firmie…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>Le&amp;gal name:</source>
        <translation>&amp;Pełna nazwa:</translation>
    </message>
    <message>
        <source>Ta&amp;x ID:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <source>Re&amp;gistration no.:</source>
        <translation>Nr &amp;rejestrowy:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Branża:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Strona &amp;WWW:</translation>
    </message>
    <message>
        <source>&amp;Founded on:</source>
        <translation>Data za&amp;łożenia:</translation>
    </message>
    <message>
        <source>Phones and emails</source>
        <translation>Telefony i e-maile</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Opie&amp;kun:</translation>
    </message>
    <message>
        <source>Lead so&amp;urce:</source>
        <translation>Źródło &amp;leada:</translation>
    </message>
    <message>
        <source>Legal a&amp;ddress:</source>
        <translation>A&amp;dres siedziby:</translation>
    </message>
    <message>
        <source>Postal addre&amp;ss:</source>
        <translation>Adres kor&amp;espondencyjny:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Miasto:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>Kra&amp;j:</translation>
    </message>
    <message>
        <source>&amp;Bank details:</source>
        <translation>Dane b&amp;ankowe:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gi:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otatki:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>People of the company</source>
        <translation>Osoby z firmy</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Dodaj osobę…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Osoby</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nowa firma</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>ostatni kontakt %1</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Pełna nazwa</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Nr rejestrowy</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Adres siedziby</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adres korespondencyjny</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Dane bankowe</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Data założenia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Źródło leada</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Pola użytkownika</translation>
    </message>
    <message>
        <source>&amp;People (%1)</source>
        <translation>&amp;Osoby (%1)</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Żaden program nie mógł otworzyć %1.</translation>
    </message>
</context>
<context>
    <name>CompanyRole</name>
    <message>
        <source>Director</source>
        <translation>Dyrektor</translation>
    </message>
    <message>
        <source>Chief accountant</source>
        <translation>Główny księgowy</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Księgowy</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Prawnik</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekretarka</translation>
    </message>
    <message>
        <source>Purchasing manager</source>
        <translation>Kierownik zakupów</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Kierownik sprzedaży</translation>
    </message>
    <message>
        <source>IT manager</source>
        <translation>Kierownik IT</translation>
    </message>
    <message>
        <source>Chief engineer</source>
        <translation>Główny inżynier</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Inżynier</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Reached, agreed on the next step</source>
        <translation>Udało się porozmawiać, ustalono następny krok</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Zostawiono wiadomość</translation>
    </message>
    <message>
        <source>Done as planned</source>
        <translation>Wykonano zgodnie z planem</translation>
    </message>
    <message>
        <source>Postponed by the client</source>
        <translation>Przełożone przez klienta</translation>
    </message>
    <message>
        <source>Complete: %1</source>
        <translation>Zakończenie: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation>Jaki był wynik?</translation>
    </message>
    <message>
        <source>&amp;Plan the next task</source>
        <translation>Zaplanuj &amp;następne zadanie</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Wynik:</translation>
    </message>
    <message>
        <source>Complete task</source>
        <translation>Zakończenie zadania</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Ponowny kontakt: %1</translation>
    </message>
    <message>
        <source>Plan the next task</source>
        <translation>Zaplanuj następne zadanie</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Zmienione przez kogoś innego</translation>
    </message>
    <message>
        <source>Someone changed this record while you were editing it. For each field, choose the value to keep.</source>
        <translation>Ktoś zmienił ten rekord podczas Twojej edycji. Dla każdego pola wybierz wartość, która ma zostać.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Ich wartość</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Twoja wartość</translation>
    </message>
    <message>
        <source>%1: their value %2</source>
        <translation>%1: ich wartość %2</translation>
    </message>
    <message>
        <source>%1: your value %2</source>
        <translation>%1: Twoja wartość %2</translation>
    </message>
    <message>
        <source>Save these values</source>
        <translation>Zapisz te wartości</translation>
    </message>
</context>
<context>
    <name>ContactCardDialog</name>
    <message>
        <source>Save (%1)</source>
        <translation>Zapisz (%1)</translation>
    </message>
    <message>
        <source>Custo&amp;m fields</source>
        <translation>Pola u&amp;żytkownika</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Oś czasu</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>&amp;Transakcje</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>&amp;Zadania</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>Dokument&amp;y</translation>
    </message>
    <message>
        <source>Attac&amp;hments</source>
        <translation>Załą&amp;czniki</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nikt)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>This record is in the Trash since %1. Restore it from the Trash to work with it again.</source>
        <translation>Ten rekord jest w koszu od %1. Przywróć go z kosza, aby znów z nim pracować.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country. Choose one from the list, or type its two-letter code.</source>
        <translation>„%1” nie jest krajem. Wybierz kraj z listy lub wpisz jego dwuliterowy kod.</translation>
    </message>
    <message>
        <source>Not saved: the record was changed elsewhere.</source>
        <translation>Nie zapisano: rekord został zmieniony w innym miejscu.</translation>
    </message>
    <message>
        <source>Saved. Please check: %1</source>
        <translation>Zapisano. Sprawdź: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edycja „%1”</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Zapisać zmiany: %1?</translation>
    </message>
    <message>
        <source>this new record</source>
        <translation>nowy rekord</translation>
    </message>
    <message>
        <source>This record was deleted for good; it can no longer be saved.</source>
        <translation>Ten rekord został trwale usunięty; nie można go już zapisać.</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>&amp;Open deal</source>
        <translation>&amp;Otwórz transakcję</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zakończono</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>&amp;Plan task…</source>
        <translation>&amp;Zaplanuj zadanie…</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>Za&amp;kończ…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>&amp;Otwórz dokument</translation>
    </message>
    <message>
        <source>&amp;Generate document…</source>
        <translation>Wy&amp;generuj dokument…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Otwórz plik</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Dołącz plik…</translation>
    </message>
    <message>
        <source>&amp;Remove file</source>
        <translation>&amp;Usuń plik</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrana</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What is the next step with %1?</source>
        <translation>Jaki jest następny krok: %1?</translation>
    </message>
    <message>
        <source>Complete the task</source>
        <translation>Zakończ zadanie</translation>
    </message>
    <message>
        <source>What came of &apos;%1&apos;?</source>
        <translation>Jaki jest wynik zadania „%1”?</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Żaden program nie mógł otworzyć %1.</translation>
    </message>
    <message>
        <source>The file of &apos;%1&apos; is no longer at %2.</source>
        <translation>Pliku dokumentu „%1” nie ma już w %2.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Otwieranie %1…</translation>
    </message>
    <message>
        <source>Save the card first; then files can be attached to it.</source>
        <translation>Najpierw zapisz kartę; potem można dołączać do niej pliki.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Dołącz plik</translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation>Dołączanie pliku %1…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Usuń plik</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from this card?</source>
        <translation>Usunąć „%1” z tej karty?</translation>
    </message>
</context>
<context>
    <name>ContactCards</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
</context>
<context>
    <name>ContactColumns</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
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
        <translation>Potencjalny klient</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Former client</source>
        <translation>Były klient</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Utracony</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Osoby</translation>
    </message>
    <message>
        <source>&amp;Companies</source>
        <translation>&amp;Firmy</translation>
    </message>
    <message>
        <source>Search names, companies, phones, emails, cities, tags… (Ctrl+F)</source>
        <translation>Szukaj nazwisk, firm, telefonów, e-maili, miast, tagów… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Szukaj kontaktów</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Wyczyść filtr</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nowa osoba</translation>
    </message>
    <message>
        <source>A new person (Ctrl+N)</source>
        <translation>Nowa osoba (Ctrl+N)</translation>
    </message>
    <message>
        <source>New co&amp;mpany</source>
        <translation>Nowa fir&amp;ma</translation>
    </message>
    <message>
        <source>A new company (Ctrl+Shift+N)</source>
        <translation>Nowa firma (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Lists and segments</source>
        <translation>Listy i segmenty</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Zaznaczenie</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>O&amp;twórz</translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation>Znajdź d&amp;uplikaty…</translation>
    </message>
    <message>
        <source>Ta&amp;gs…</source>
        <translation>Ta&amp;gi…</translation>
    </message>
    <message>
        <source>Create, rename, recolour and delete tags</source>
        <translation>Twórz tagi, zmieniaj ich nazwy i kolory, usuwaj je</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>&amp;Filter (%1)…</source>
        <translation>F&amp;iltr (%1)…</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>F&amp;iltr…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Kosz</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Wszystkie osoby</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Wszystkie firmy</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Zmień nazwę…</translation>
    </message>
    <message>
        <source>&amp;Edit filter…</source>
        <translation>&amp;Edytuj filtr…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>Zmień nazwę segmentu</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <source>Delete the segment &apos;%1&apos;? The people and companies in it stay.</source>
        <translation>Usunąć segment „%1”? Osoby i firmy z tego segmentu pozostaną.</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Usuń segment</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(-ies)</source>
        <translation>
            <numerusform>%n firma</numerusform>
            <numerusform>%n firmy</numerusform>
            <numerusform>%n firm</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>Pasuje %1 z %2</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>zaznaczono: %n</numerusform>
            <numerusform>zaznaczono: %n</numerusform>
            <numerusform>zaznaczono: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nic nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>Nothing matches this filter.</source>
        <translation>Nic nie pasuje do tego filtra.</translation>
    </message>
    <message>
        <source>No people yet — New person or File ▸ Import</source>
        <translation>Nie ma jeszcze osób — Nowa osoba lub Plik ▸ Importuj</translation>
    </message>
    <message>
        <source>No companies yet — New company or File ▸ Import</source>
        <translation>Nie ma jeszcze firm — Nowa firma lub Plik ▸ Importuj</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Nieoczekiwany błąd: %1</translation>
    </message>
</context>
<context>
    <name>CustomConditionRow</name>
    <message>
        <source>contains</source>
        <translation>zawiera</translation>
    </message>
    <message>
        <source>is</source>
        <translation>jest</translation>
    </message>
    <message>
        <source>on</source>
        <translation>w dniu</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>w dniu lub później</translation>
    </message>
    <message>
        <source>on or before</source>
        <translation>w dniu lub wcześniej</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>zawiera</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
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
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Tak / nie</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Wybór z listy</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Wybór wielokrotny</translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <source>There are no custom fields yet. Add them with Fields…</source>
        <translation>Nie ma jeszcze pól użytkownika. Dodaj je przyciskiem Pola…</translation>
    </message>
    <message>
        <source>Fi&amp;elds…</source>
        <translation>P&amp;ola…</translation>
    </message>
    <message>
        <source>Add, change, order or delete the custom fields</source>
        <translation>Dodaj, zmień, uporządkuj lub usuń pola użytkownika</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Bez daty</translation>
    </message>
    <message>
        <source>%1: no date</source>
        <translation>%1: bez daty</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nie ustawiono</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number. Type digits, for example %2.</source>
        <translation>Wartość pola „%1” nie jest liczbą. Wpisz cyfry, np. %2.</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n dzień na etapie</numerusform>
            <numerusform>%n dni na etapie</numerusform>
            <numerusform>%n dni na etapie</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotting: %1</source>
        <translation>Zastój: %1</translation>
    </message>
    <message>
        <source>⚠ No next task</source>
        <translation>⚠ Brak następnego zadania</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Następne: %1</translation>
    </message>
</context>
<context>
    <name>DealEditorDialog</name>
    <message>
        <source>&amp;Deal</source>
        <translation>&amp;Transakcja</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Pozycje</translation>
    </message>
    <message>
        <source>Custo&amp;m fields</source>
        <translation>Pola uż&amp;ytkownika</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>Zadan&amp;ia</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>Załą&amp;czniki</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nowa transakcja</translation>
    </message>
    <message>
        <source>Deal: %1</source>
        <translation>Transakcja: %1</translation>
    </message>
    <message>
        <source>&amp;Computed from lines</source>
        <translation>&amp;Wyliczana z pozycji</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>&amp;No date</source>
        <translation>&amp;Bez daty</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nikt)</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Lejek:</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>&amp;Etap:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Kwota:</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>Przewidywane &amp;zamknięcie:</translation>
    </message>
    <message>
        <source>P&amp;robability:</source>
        <translation>P&amp;rawdopodobieństwo:</translation>
    </message>
    <message>
        <source>Lead so&amp;urce:</source>
        <translation>Źródło lea&amp;da:</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>Zacznij pisać, aby znaleźć firmę</translation>
    </message>
    <message>
        <source>Type to find a person</source>
        <translation>Zacznij pisać, aby znaleźć osobę</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Per&amp;son:</source>
        <translation>O&amp;soba:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Opiekun:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Ta&amp;gi:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Not&amp;atki:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Rabat %</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <source>Total (net)</source>
        <translation>Razem (netto)</translation>
    </message>
    <message>
        <source>Deal lines</source>
        <translation>Pozycje transakcji</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Doda&amp;j pozycję</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Usuń pozycję</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zakończono</translation>
    </message>
    <message>
        <source>Tasks of the deal</source>
        <translation>Zadania transakcji</translation>
    </message>
    <message>
        <source>&amp;Plan task…</source>
        <translation>&amp;Zaplanuj zadanie…</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>Za&amp;kończ…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Załączone pliki</translation>
    </message>
    <message>
        <source>A&amp;ttached files:</source>
        <translation>&amp;Załączone pliki:</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Dołącz plik…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Generated documents</source>
        <translation>Wygenerowane dokumenty</translation>
    </message>
    <message>
        <source>Generated do&amp;cuments:</source>
        <translation>&amp;Wygenerowane dokumenty:</translation>
    </message>
    <message>
        <source>Open docu&amp;ment</source>
        <translation>Otwórz doku&amp;ment</translation>
    </message>
    <message>
        <source>&amp;Generate document…</source>
        <translation>Wy&amp;generuj dokument…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Wejście</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Wyjście</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Czas na etapie</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historia etapów</translation>
    </message>
    <message>
        <source>(no longer listed)</source>
        <translation>(już nie ma na liście)</translation>
    </message>
    <message>
        <source>This deal was won on %1.</source>
        <translation>Ta transakcja została wygrana %1.</translation>
    </message>
    <message>
        <source>This deal was lost on %1.</source>
        <translation>Ta transakcja została przegrana %1.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Powód: %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Komentarz: %1</translation>
    </message>
    <message>
        <source>Reopen it to change its stage.</source>
        <translation>Wznów ją, aby zmienić etap.</translation>
    </message>
    <message>
        <source>The deal was saved, but not its custom fields: %1</source>
        <translation>Transakcja została zapisana, ale jej pola użytkownika nie: %1</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this deal. Your changes are still in this window.</source>
        <translation>Nie zapisano: ktoś inny zmienił tę transakcję. Twoje zmiany są nadal w tym oknie.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Przewidywane zamknięcie</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Prawdopodobieństwo</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Źródło leada</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>computed from the lines</source>
        <translation>wyliczana z pozycji</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>(still there)</source>
        <translation>(nadal na etapie)</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 godz.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 godz. %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>szt.</translation>
    </message>
    <message>
        <source>Net: %1 %4   VAT: %2 %4   Gross: %3 %4</source>
        <translation>Netto: %1 %4   VAT: %2 %4   Brutto: %3 %4</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>Complete the task</source>
        <translation>Zakończ zadanie</translation>
    </message>
    <message>
        <source>What came of &apos;%1&apos;?</source>
        <translation>Jaki jest wynik zadania „%1”?</translation>
    </message>
    <message>
        <source>Attach a file to the deal</source>
        <translation>Dołącz plik do transakcji</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Żaden program nie mógł otworzyć %1.</translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation>Dołączanie pliku %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Otwieranie %1…</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from this deal?</source>
        <translation>Usunąć „%1” z tej transakcji?</translation>
    </message>
    <message>
        <source>The file of &apos;%1&apos; is no longer at %2.</source>
        <translation>Pliku dokumentu „%1” nie ma już w %2.</translation>
    </message>
    <message>
        <source>Stage default</source>
        <translation>Jak dla etapu</translation>
    </message>
    <message>
        <source>Stage default (%1 %)</source>
        <translation>Jak dla etapu (%1 %)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount. Type digits, for example 1250.50.</source>
        <translation>„%1” nie jest kwotą. Wpisz cyfry, np. 1250,50.</translation>
    </message>
    <message>
        <source>No company is called &apos;%1&apos;. Choose one from the list that opens as you type, or clear the field.</source>
        <translation>Nie ma firmy o nazwie „%1”. Wybierz firmę z listy, która otwiera się podczas pisania, albo wyczyść pole.</translation>
    </message>
    <message>
        <source>No person is called &apos;%1&apos;. Choose one from the list that opens as you type, or clear the field.</source>
        <translation>Nie ma osoby o nazwie „%1”. Wybierz osobę z listy, która otwiera się podczas pisania, albo wyczyść pole.</translation>
    </message>
    <message>
        <source>Your changes are still in this window. Cancel and open the deal again to see the other change.</source>
        <translation>Twoje zmiany wciąż są w tym oknie. Anuluj i otwórz transakcję ponownie, aby zobaczyć zmianę wprowadzoną w innym miejscu.</translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <source>same phone</source>
        <translation>ten sam telefon</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>ten sam e-mail</translation>
    </message>
    <message>
        <source>same tax id</source>
        <translation>ten sam NIP</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>podobna nazwa</translation>
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
        <translation>Możliwy duplikat: %1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Otwórz: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Skoroszyt Excela (.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (.csv)</source>
        <translation>Plik CSV (.csv)</translation>
    </message>
    <message>
        <source>vCard file for address books (.vcf)</source>
        <translation>Plik vCard dla książek adresowych (.vcf)</translation>
    </message>
    <message>
        <source>iCalendar file for calendar apps (.ics)</source>
        <translation>Plik iCalendar dla aplikacji kalendarza (.ics)</translation>
    </message>
    <message>
        <source>One column per field, ready to import again</source>
        <translation>Jedna kolumna na pole, gotowe do ponownego importu</translation>
    </message>
    <message>
        <source>Everything stored, with IDs and dates of change</source>
        <translation>Wszystkie zapisane dane, z identyfikatorami i datami zmian</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Wszyscy opiekunowie</translation>
    </message>
    <message>
        <source>Tasks that are done are not written</source>
        <translation>Zakończone zadania nie są zapisywane</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message>
        <source>&amp;All of them</source>
        <translation>&amp;Wszystkie</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Co:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Kolumny:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Opiekun:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excela (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Plik CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard file (*.vcf)</source>
        <translation>Plik vCard (*.vcf)</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>Plik iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1</source>
        <translation>
            <numerusform>Wyeksportowano %n rekord do %1</numerusform>
            <numerusform>Wyeksportowano %n rekordy do %1</numerusform>
            <numerusform>Wyeksportowano %n rekordów do %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Anulowano; nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
</context>
<context>
    <name>FieldDefinitionEditDialog</name>
    <message>
        <source>New field</source>
        <translation>Nowe pole</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Pole: %1</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>Jedna opcja w wierszu</translation>
    </message>
    <message>
        <source>One option per line, in the order they are offered.</source>
        <translation>Jedna opcja w wierszu, w kolejności, w jakiej mają być proponowane.</translation>
    </message>
    <message>
        <source>&amp;Required: a record cannot be saved without it</source>
        <translation>&amp;Wymagane: bez niego nie da się zapisać rekordu</translation>
    </message>
    <message>
        <source>The type of a field cannot be changed once it is created.</source>
        <translation>Typu pola nie można zmienić po jego utworzeniu.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Opcje:</translation>
    </message>
</context>
<context>
    <name>FieldDefinitionsDialog</name>
    <message>
        <source>Custom fields of companies</source>
        <translation>Pola użytkownika dla firm</translation>
    </message>
    <message>
        <source>Custom fields of people</source>
        <translation>Pola użytkownika dla osób</translation>
    </message>
    <message>
        <source>Custom fields of deals</source>
        <translation>Pola użytkownika dla transakcji</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Pola użytkownika</translation>
    </message>
    <message>
        <source>&amp;Fields, in the order the forms show them:</source>
        <translation>&amp;Pola w kolejności, w jakiej pokazują je formularze:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>W &amp;górę</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;W dół</translation>
    </message>
    <message>
        <source>%1 (%2, required)</source>
        <translation>%1 (%2, wymagane)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete the field &apos;%1&apos;? It disappears from every form; the values already typed stay in the database.</source>
        <translation>Usunąć pole „%1”? Zniknie ze wszystkich formularzy; wpisane już wartości pozostaną w bazie danych.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Wybierz plik</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx, .xls), an OpenDocument spreadsheet (.ods) or a CSV file. Its first row with column names is found by itself.</source>
        <translation>Skoroszyt Excela (.xlsx, .xls), arkusz OpenDocument (.ods) lub plik CSV. Pierwszy wiersz z nazwami kolumn zostanie znaleziony automatycznie.</translation>
    </message>
    <message>
        <source>A vCard file (.vcf) imports contacts, an iCalendar file (.ics) its events and to-dos as tasks.</source>
        <translation>Z pliku vCard (.vcf) importowane są kontakty, a z pliku iCalendar (.ics) jego wydarzenia i zadania — jako zadania.</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>Ścieżka pliku do zaimportowania</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Przecinek ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Średnik ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Kreska pionowa |</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Pli&amp;k:</translation>
    </message>
    <message>
        <source>Import &amp;into:</source>
        <translation>Importuj &amp;do:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Arkusz:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>K&amp;odowanie:</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Wiersz nagłówka:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Pierwsze wiersze pliku</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Importuj plik</translation>
    </message>
    <message>
        <source>Files to import (%1);;Spreadsheets and CSV files (%2);;vCard contacts (*.vcf);;iCalendar events and to-dos (*.ics);;All files (*)</source>
        <translation>Pliki do importu (%1);;Arkusze kalkulacyjne i pliki CSV (%2);;Kontakty vCard (*.vcf);;Wydarzenia i zadania iCalendar (*.ics);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>A vCard file holds contacts</source>
        <translation>Plik vCard zawiera kontakty</translation>
    </message>
    <message>
        <source>An iCalendar file&apos;s events and to-dos become tasks</source>
        <translation>Wydarzenia i zadania z pliku iCalendar stają się zadaniami</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Wczytywanie pliku…</translation>
    </message>
    <message>
        <source>“%1” holds no events or to-dos (no BEGIN:VEVENT or BEGIN:VTODO line).</source>
        <translation>„%1” nie zawiera wydarzeń ani zadań (brak wiersza BEGIN:VEVENT lub BEGIN:VTODO).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n wiersz)</numerusform>
            <numerusform>%1 (%n wiersze)</numerusform>
            <numerusform>%1 (%n wierszy)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n data row(s)</source>
        <translation>
            <numerusform>około %n wiersza danych</numerusform>
            <numerusform>około %n wierszy danych</numerusform>
            <numerusform>około %n wierszy danych</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown number of data rows</source>
        <translation>nieznana liczba wierszy danych</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s), %1. Header on row %2: %3</source>
        <translation>
            <numerusform>%n kolumna, %1. Nagłówek w wierszu %2: %3</numerusform>
            <numerusform>%n kolumny, %1. Nagłówek w wierszu %2: %3</numerusform>
            <numerusform>%n kolumn, %1. Nagłówek w wierszu %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>A vCard file. Cards found: %1. Each becomes a contact (a person); their fields need no matching.</source>
        <translation>Plik vCard. Znalezione wizytówki: %1. Każda staje się kontaktem (osobą); jej pól nie trzeba dopasowywać.</translation>
    </message>
    <message>
        <source>Cards that cannot be read: %1; the run lists them with the reason.</source>
        <translation>Wizytówki, których nie da się odczytać: %1; import wymieni je z podaniem powodu.</translation>
    </message>
    <message>
        <source>An iCalendar file. Events and to-dos found: %1. Each becomes a task, with its reminders and its repeats.</source>
        <translation>Plik iCalendar. Znalezione wydarzenia i zadania: %1. Każde staje się zadaniem, z przypomnieniami i powtórzeniami.</translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <source>Edit segment</source>
        <translation>Edytuj segment</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtr</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Dowolny opiekun</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Dowolny tag</translation>
    </message>
    <message>
        <source>Any lead source</source>
        <translation>Dowolne źródło leada</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Dowolny produkt</translation>
    </message>
    <message>
        <source>Not contacted for</source>
        <translation>Brak kontaktu od</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>No planned next task</source>
        <translation>Brak zaplanowanego następnego zadania</translation>
    </message>
    <message>
        <source>Birthday this week</source>
        <translation>Urodziny w tym tygodniu</translation>
    </message>
    <message>
        <source>Segment &amp;name:</source>
        <translation>&amp;Nazwa segmentu:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Opiekun:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>Lead &amp;source:</source>
        <translation>Ź&amp;ródło leada:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Miasto:</translation>
    </message>
    <message>
        <source>Bought &amp;product:</source>
        <translation>Kupiony &amp;produkt:</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Pola użytkownika</translation>
    </message>
    <message>
        <source>&amp;Add condition</source>
        <translation>&amp;Dodaj warunek</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>&amp;Wyczyść wszystko</translation>
    </message>
    <message>
        <source>Save as se&amp;gment…</source>
        <translation>Zapisz jako se&amp;gment…</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Usuń ten warunek</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>„%1” nie jest liczbą.</translation>
    </message>
    <message>
        <source>Save as segment</source>
        <translation>Zapisz jako segment</translation>
    </message>
    <message>
        <source>Name of the segment:</source>
        <translation>Nazwa segmentu:</translation>
    </message>
</context>
<context>
    <name>FindDuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Znajdź duplikaty</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <source>&amp;Look among:</source>
        <translation>&amp;Szukaj wśród:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Sz&amp;ukaj</translation>
    </message>
    <message>
        <source>Groups of duplicates</source>
        <translation>Grupy duplikatów</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Press Search to look through the whole base.</source>
        <translation>Naciśnij Szukaj, aby przejrzeć całą bazę.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>S&amp;cal…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Wyszukiwanie duplikatów…</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>Wyszukiwanie zostało anulowane.</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>Rekordy: %1</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Nie znaleziono duplikatów.</translation>
    </message>
    <message>
        <source>Groups found: %1. Choose one and press Merge.</source>
        <translation>Znalezione grupy: %1. Wybierz jedną i naciśnij Scal.</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <source>Funnel</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>Filter deals…</source>
        <translation>Filtruj transakcje…</translation>
    </message>
    <message>
        <source>&amp;My deals</source>
        <translation>&amp;Moje transakcje</translation>
    </message>
    <message>
        <source>Detailed cards</source>
        <translation>Karty szczegółowe</translation>
    </message>
    <message>
        <source>Compact cards</source>
        <translation>Karty kompaktowe</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>Nowa &amp;transakcja…</translation>
    </message>
    <message>
        <source>&amp;Stages…</source>
        <translation>&amp;Etapy…</translation>
    </message>
    <message>
        <source>Without next &amp;task…</source>
        <translation>Bez następnego &amp;zadania…</translation>
    </message>
    <message>
        <source>Next task &amp;required</source>
        <translation>Wymag&amp;aj następnego zadania</translation>
    </message>
    <message>
        <source>Refuse moves and task completions that leave an open deal without a planned next task</source>
        <translation>Nie pozwalaj na przeniesienia i zakończenia zadań, po których otwarta transakcja zostaje bez zaplanowanego następnego zadania</translation>
    </message>
    <message>
        <source>Drop here: won</source>
        <translation>Upuść tutaj: wygrana</translation>
    </message>
    <message>
        <source>Drop here: lost</source>
        <translation>Upuść tutaj: przegrana</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Wszyscy opiekunowie</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Wszystkie tagi</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Wszystkie źródła</translation>
    </message>
</context>
<context>
    <name>GenerateDocumentDialog</name>
    <message>
        <source>One &amp;file for each record</source>
        <translation>Osobny &amp;plik dla każdego rekordu</translation>
    </message>
    <message>
        <source>One co&amp;mbined document</source>
        <translation>Jeden dokument &amp;zbiorczy</translation>
    </message>
    <message>
        <source>Also save as &amp;PDF</source>
        <translation>Zapisz także jako P&amp;DF</translation>
    </message>
    <message>
        <source>PDF files are made with LibreOffice, which is not installed on this computer.</source>
        <translation>Pliki PDF są tworzone za pomocą LibreOffice, który nie jest zainstalowany na tym komputerze.</translation>
    </message>
    <message>
        <source>What the records lack</source>
        <translation>Czego brakuje w rekordach</translation>
    </message>
    <message>
        <source>Problems of the template</source>
        <translation>Problemy szablonu</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generuj</translation>
    </message>
    <message>
        <source>&amp;Generate all</source>
        <translation>&amp;Generuj wszystkie</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Szablon:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Dokumenty:</translation>
    </message>
    <message>
        <source>Generate document</source>
        <translation>Generowanie dokumentu</translation>
    </message>
    <message>
        <source>Generate documents</source>
        <translation>Generowanie dokumentów</translation>
    </message>
    <message numerus="yes">
        <source>Generate documents for %n selected deal(s).</source>
        <translation>
            <numerusform>Wygeneruj dokumenty dla %n zaznaczonej transakcji.</numerusform>
            <numerusform>Wygeneruj dokumenty dla %n zaznaczonych transakcji.</numerusform>
            <numerusform>Wygeneruj dokumenty dla %n zaznaczonych transakcji.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate documents for %n selected company(-ies).</source>
        <translation>
            <numerusform>Wygeneruj dokumenty dla %n zaznaczonej firmy.</numerusform>
            <numerusform>Wygeneruj dokumenty dla %n zaznaczonych firm.</numerusform>
            <numerusform>Wygeneruj dokumenty dla %n zaznaczonych firm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate documents for %n selected person(s).</source>
        <translation>
            <numerusform>Wygeneruj dokumenty dla %n zaznaczonej osoby.</numerusform>
            <numerusform>Wygeneruj dokumenty dla %n zaznaczonych osób.</numerusform>
            <numerusform>Wygeneruj dokumenty dla %n zaznaczonych osób.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate a document for the deal “%1”.</source>
        <translation>Wygeneruj dokument dla transakcji „%1”.</translation>
    </message>
    <message>
        <source>Generate a document for the company “%1”.</source>
        <translation>Wygeneruj dokument dla firmy „%1”.</translation>
    </message>
    <message>
        <source>Generate a document for %1.</source>
        <translation>Wygeneruj dokument dla: %1.</translation>
    </message>
    <message>
        <source>Reading the templates…</source>
        <translation>Wczytywanie szablonów…</translation>
    </message>
    <message>
        <source>There is no template to choose; add one under Tools › Templates….</source>
        <translation>Nie ma szablonu do wyboru; dodaj go w menu Narzędzia › Szablony….</translation>
    </message>
    <message>
        <source>Checking the records…</source>
        <translation>Sprawdzanie rekordów…</translation>
    </message>
    <message>
        <source>The records could not be checked: %1</source>
        <translation>Nie udało się sprawdzić rekordów: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Everything the template needs is there.</source>
        <translation>Jest wszystko, czego wymaga szablon.</translation>
    </message>
    <message>
        <source>The document can be generated, but some details are missing and will stay empty:</source>
        <translation>Dokument można wygenerować, ale brakuje niektórych danych i pozostaną puste:</translation>
    </message>
    <message>
        <source>The document cannot be generated yet. Fill in what is missing, or choose another template:</source>
        <translation>Nie można jeszcze wygenerować dokumentu. Uzupełnij braki albo wybierz inny szablon:</translation>
    </message>
    <message numerus="yes">
        <source>The documents cannot be generated yet: %n record(s) lack what the template needs. Fill it in, or leave those records out of the selection:</source>
        <translation>
            <numerusform>Nie można jeszcze wygenerować dokumentów: w %n rekordzie brakuje tego, czego wymaga szablon. Uzupełnij braki lub usuń ten rekord z zaznaczenia:</numerusform>
            <numerusform>Nie można jeszcze wygenerować dokumentów: w %n rekordach brakuje tego, czego wymaga szablon. Uzupełnij braki lub usuń te rekordy z zaznaczenia:</numerusform>
            <numerusform>Nie można jeszcze wygenerować dokumentów: w %n rekordach brakuje tego, czego wymaga szablon. Uzupełnij braki lub usuń te rekordy z zaznaczenia:</numerusform>
        </translation>
    </message>
    <message>
        <source>Still checking the records; try again in a moment.</source>
        <translation>Rekordy są jeszcze sprawdzane; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>Fill in what is missing first: the list above says what.</source>
        <translation>Najpierw uzupełnij braki: lista powyżej pokazuje, czego brakuje.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Generowanie…</translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation>Generowanie: %1…</translation>
    </message>
    <message>
        <source>Nothing was generated.</source>
        <translation>Nic nie wygenerowano.</translation>
    </message>
    <message>
        <source>Document saved to %1</source>
        <translation>Zapisano dokument w %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) saved to %1</source>
        <translation>
            <numerusform>Zapisano %n dokument w %1</numerusform>
            <numerusform>Zapisano %n dokumenty w %1</numerusform>
            <numerusform>Zapisano %n dokumentów w %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The Word documents were saved, but no PDF could be made: %1</source>
        <translation>Dokumenty Worda zostały zapisane, ale nie udało się utworzyć PDF: %1</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Żaden program nie mógł otworzyć %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Nieoczekiwany błąd: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
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
        <translation>Ta baza danych jest pusta. Wczytaj dane demonstracyjne, aby wypróbować crm-desktop na realistycznych firmach, osobach, transakcjach i zadaniach, albo zacznij od pustej bazy.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Wczytaj dane demo</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Zacznij od zera</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Otwarte transakcje</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>Zadania na dziś</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Zaległe zadania</translation>
    </message>
    <message>
        <source>Today&apos;s tasks</source>
        <translation>Zadania na dziś</translation>
    </message>
    <message>
        <source>Deals needing attention</source>
        <translation>Transakcje wymagające uwagi</translation>
    </message>
    <message>
        <source>This month: won against the plan</source>
        <translation>W tym miesiącu: wygrane wobec planu</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Ostatnia aktywność</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Nic na dziś.</translation>
    </message>
    <message>
        <source>No overdue tasks.</source>
        <translation>Brak zaległych zadań.</translation>
    </message>
    <message>
        <source>Every open deal is moving and has a next task.</source>
        <translation>Każda otwarta transakcja posuwa się naprzód i ma następne zadanie.</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>Brak aktywności.</translation>
    </message>
    <message>
        <source>Nothing won this month yet.</source>
        <translation>W tym miesiącu jeszcze nic nie wygrano.</translation>
    </message>
    <message>
        <source>won of %1 planned</source>
        <translation>wygrane z planowanych %1</translation>
    </message>
    <message>
        <source>won; no plan for this month</source>
        <translation>wygrane; brak planu na ten miesiąc</translation>
    </message>
    <message>
        <source>Set a sales &amp;plan…</source>
        <translation>Ustaw &amp;plan sprzedaży…</translation>
    </message>
    <message>
        <source>No open deals.</source>
        <translation>Brak otwartych transakcji.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Nieoczekiwany błąd: %1</translation>
    </message>
</context>
<context>
    <name>HomeTexts</name>
    <message numerus="yes">
        <source>%n day(s) in %1</source>
        <translation>
            <numerusform>%n dzień na etapie %1</numerusform>
            <numerusform>%n dni na etapie %1</numerusform>
            <numerusform>%n dni na etapie %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no next task</source>
        <translation>brak następnego zadania</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Historia importu</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Import do</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Utworzone</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowane</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pominięte</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>&amp;Revert…</source>
        <translation>&amp;Wycofaj…</translation>
    </message>
    <message>
        <source>Take the selected import back: the records it created go to the Trash and the ones it updated get their old values</source>
        <translation>Wycofaj zaznaczony import: utworzone przez niego rekordy trafią do kosza, a zaktualizowane odzyskają dawne wartości</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Wczytywanie historii…</translation>
    </message>
    <message>
        <source>Nothing was imported into this database yet.</source>
        <translation>Do tej bazy danych nie zaimportowano jeszcze niczego.</translation>
    </message>
    <message>
        <source>Reverted %1</source>
        <translation>Wycofano %1</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Niezakończony</translation>
    </message>
    <message>
        <source>Cannot be reverted</source>
        <translation>Nie można wycofać</translation>
    </message>
    <message>
        <source>Revert the import of “%1”? The %2 record(s) it created go to the Trash and the %3 it updated get their values from before the import.</source>
        <translation>Wycofać import „%1”? Utworzone rekordy (%2) trafią do kosza, a zaktualizowane (%3) odzyskają wartości sprzed importu.</translation>
    </message>
    <message>
        <source>Revert import</source>
        <translation>Wycofanie importu</translation>
    </message>
    <message>
        <source>The import was reverted: %1 record(s) moved to the Trash, %2 given their old values back.</source>
        <translation>Import został wycofany: rekordy przeniesione do kosza: %1, rekordy z przywróconymi wartościami: %2.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Anulowano; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Reverting the import…</source>
        <translation>Wycofywanie importu…</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Nieoczekiwany błąd: %1</translation>
    </message>
    <message>
        <source>Contacts (people)</source>
        <translation>Kontakty (osoby)</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy rekord</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualizacja</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pominięcie</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Odrzucenie</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Imię i nazwisko (dzielone na imię i nazwisko)</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Role in the company</source>
        <translation>Rola w firmie</translation>
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
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Telefon komórkowy</translation>
    </message>
    <message>
        <source>Phone 2</source>
        <translation>Telefon 2</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Komunikator</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Źródło leada</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Pełna nazwa</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Numer rejestrowy</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Adres siedziby</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adres korespondencyjny</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Data założenia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Data utworzenia</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Data zamknięcia</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Powód przegranej</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Przewidywane zamknięcie</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Kod SKU</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Stawka VAT</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Cały dzień</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Czas trwania (minuty)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Data zakończenia</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Anulowano; nic nie zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>ItemListDialog</name>
    <message>
        <source>Nothing here.</source>
        <translation>Nic tu nie ma.</translation>
    </message>
    <message>
        <source>%1 of %2 shown: the most urgent first.</source>
        <translation>Pokazano %1 z %2: najpilniejsze na początku.</translation>
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
        <translation>Naciśnij 1–5, aby wybrać, Enter, aby zapisać</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Wynik:</translation>
    </message>
    <message>
        <source>(no deal)</source>
        <translation>(bez transakcji)</translation>
    </message>
    <message>
        <source>What was said, agreed or noticed (Ctrl+Enter saves)</source>
        <translation>Co zostało powiedziane, ustalone lub zauważone (Ctrl+Enter zapisuje)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Te&amp;mat:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Kiedy:</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Transakcja:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Not&amp;atki:</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Najpierw napisz notatkę.</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Zapisz rozmowę</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Dodaj notatkę</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Zapisz: %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to crm-desktop</source>
        <translation>Logowanie do crm-desktop</translation>
    </message>
    <message>
        <source>This database is shared with other users. Log in to work in %1.</source>
        <translation>Ta baza danych jest współdzielona z innymi użytkownikami. Zaloguj się, aby pracować w %1.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Zaloguj</translation>
    </message>
    <message>
        <source>The login or the password is not right, or this user may not log in. After %1 wrong passwords in a row, logging in as that user pauses for %2 minutes.</source>
        <translation>Login lub hasło są niepoprawne albo ten użytkownik nie może się logować. Po %1 błędnych hasłach z rzędu logowanie jako ten użytkownik zostanie wstrzymane na %2 min.</translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <source>Deal lost</source>
        <translation>Transakcja przegrana</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(wybierz powód)</translation>
    </message>
    <message>
        <source>What happened, in your words</source>
        <translation>Co się stało, własnymi słowami</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Komentarz:</translation>
    </message>
    <message>
        <source>Choose a reason or write what happened.</source>
        <translation>Wybierz powód lub opisz, co się stało.</translation>
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
        <translation>Panele</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nowa baza danych…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Utwórz &amp;kopię zapasową</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>P&amp;rzywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>Import contacts, companies, deals, products or tasks from an Excel or CSV file</source>
        <translation>Importuj kontakty, firmy, transakcje, produkty lub zadania z pliku Excel albo CSV</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>&amp;Historia importu…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>&amp;Take an offline copy…</source>
        <translation>&amp;Utwórz kopię offline…</translation>
    </message>
    <message>
        <source>A copy of the database (or of some owners&apos; records) to work in on a laptop without the network</source>
        <translation>Kopia bazy danych (lub rekordów wybranych opiekunów) do pracy na laptopie bez sieci</translation>
    </message>
    <message>
        <source>Brin&amp;g back an offline copy…</source>
        <translation>&amp;Wczytaj kopię offline…</translation>
    </message>
    <message>
        <source>&amp;Move to a PostgreSQL server…</source>
        <translation>&amp;Przenieś na serwer PostgreSQL…</translation>
    </message>
    <message>
        <source>Copy this database file into an empty database on a server and check that every record arrived</source>
        <translation>Skopiuj ten plik bazy danych do pustej bazy danych na serwerze i sprawdź, czy dotarł każdy rekord</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Szablony…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>U&amp;żytkownicy…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Zmień moje &amp;hasło…</translation>
    </message>
    <message>
        <source>&amp;About crm-desktop</source>
        <translation>&amp;O programie crm-desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>Side &amp;bar</source>
        <translation>Pasek &amp;boczny</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Pasek narzędzi</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Trwa praca</translation>
    </message>
    <message>
        <source>A task is still running. Cancel it and quit? Nothing half-done is kept.</source>
        <translation>Zadanie wciąż trwa. Anulować je i zakończyć? Nic niedokończonego nie zostanie zapisane.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Baza danych: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Użytkownik: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Anulowano; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Nieoczekiwany błąd: %1</translation>
    </message>
    <message>
        <source>Demo data loaded: %1 contacts, %2 deals.</source>
        <translation>Wczytano dane demo: %1 kontaktów, %2 transakcji.</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>Wczytywanie danych demo…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Cofnij: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Cofnięto: %1</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Kopia zapasowa zapisana w %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Tworzenie kopii zapasowej…</translation>
    </message>
    <message>
        <source>A server database is restored with the server&apos;s own tools.</source>
        <translation>Bazę danych na serwerze przywraca się narzędziami serwera.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <source>Replace the current database with the backup &apos;%1&apos;? The current database is kept as a backup first.</source>
        <translation>Zastąpić bieżącą bazę danych kopią „%1”? Najpierw zostanie zachowana kopia bieżącej bazy.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Przywracanie…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; use Open database to open it.</source>
        <translation>„%1” już istnieje; otwórz go poleceniem Otwórz bazę danych.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Otwieranie bazy danych…</translation>
    </message>
    <message>
        <source>This database is on a server already.</source>
        <translation>Ta baza danych jest już na serwerze.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Hasło zostało zmienione.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;crm-desktop %1&lt;/h3&gt;&lt;p&gt;An offline-first desktop CRM: contacts, a sales funnel, tasks with reminders, reports and documents, in one file on your computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Data folder: %3&lt;br&gt;Backups: %4&lt;/p&gt;&lt;p&gt;Qt for Python %5, SQLAlchemy %6. Persian text uses the Vazirmatn font (SIL Open Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;crm-desktop %1&lt;/h3&gt;&lt;p&gt;Biurkowy CRM działający bez sieci: kontakty, lejek sprzedaży, zadania z przypomnieniami, raporty i dokumenty w jednym pliku na Twoim komputerze.&lt;/p&gt;&lt;p&gt;Baza danych: %2&lt;br&gt;Folder danych: %3&lt;br&gt;Kopie zapasowe: %4&lt;/p&gt;&lt;p&gt;Qt for Python %5, SQLAlchemy %6. Tekst perski używa czcionki Vazirmatn (SIL Open Font License).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About crm-desktop</source>
        <translation>O programie crm-desktop</translation>
    </message>
    <message>
        <source>crm-desktop databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bazy danych crm-desktop (*.db *.sqlite);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Dopasuj kolumny</translation>
    </message>
    <message>
        <source>Choose for each column of the file the field it holds. Columns set to Skip are not imported.</source>
        <translation>Dla każdej kolumny pliku wybierz pole, które zawiera. Kolumny ustawione na Pomiń nie są importowane.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Wartości</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importuj jako</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolumna %1</translation>
    </message>
    <message>
        <source>Import column “%1” as</source>
        <translation>Importuj kolumnę „%1” jako</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>%1 (custom field)</source>
        <translation>%1 (pole użytkownika)</translation>
    </message>
    <message>
        <source>New custom field…</source>
        <translation>Nowe pole użytkownika…</translation>
    </message>
    <message>
        <source>The columns are matched as in your last import of a file with the same columns.</source>
        <translation>Kolumny dopasowano tak jak podczas ostatniego importu pliku z takimi samymi kolumnami.</translation>
    </message>
    <message>
        <source>New custom field “%1”</source>
        <translation>Nowe pole użytkownika „%1”</translation>
    </message>
    <message>
        <source>“%1” was taken from column “%2”, which is now skipped.</source>
        <translation>„%1” zabrano z kolumny „%2”, która jest teraz pomijana.</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>Nowe pole użytkownika</translation>
    </message>
    <message>
        <source>Name of the new field (it holds text):</source>
        <translation>Nazwa nowego pola (tekstowego):</translation>
    </message>
    <message>
        <source>%1 of %2 columns mapped.</source>
        <translation>Dopasowano kolumny: %1 z %2.</translation>
    </message>
    <message>
        <source>Choose a field for at least one column.</source>
        <translation>Wybierz pole dla co najmniej jednej kolumny.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge people</source>
        <translation>Scal osoby</translation>
    </message>
    <message>
        <source>Merge companies</source>
        <translation>Scal firmy</translation>
    </message>
    <message>
        <source>Choose the record to keep and, row by row, the value to keep. Deals, tasks, documents, attachments, history, phones, e-mails and tags of the other records move to the one kept; the others go to the Trash. The merge can be undone (Ctrl+Z).</source>
        <translation>Wybierz rekord, który ma zostać, a w każdym wierszu wartość do zachowania. Transakcje, zadania, dokumenty, załączniki, historia, telefony, e-maile i tagi pozostałych rekordów przejdą do zachowanego rekordu; pozostałe trafią do kosza. Scalenie można cofnąć (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Keep record</source>
        <translation>Zachowaj rekord</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Keep this record; the others are merged into it</source>
        <translation>Zachowaj ten rekord; pozostałe zostaną z nim scalone</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>S&amp;cal</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Źródło leada</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Pełna nazwa</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Nr rejestrowy</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Adres siedziby</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adres korespondencyjny</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Dane bankowe</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Data założenia</translation>
    </message>
    <message>
        <source>Phones and emails</source>
        <translation>Telefony i e-maile</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
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
        <translation>Potencjalny klient</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Former client</source>
        <translation>Były klient</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Utracony</translation>
    </message>
    <message>
        <source>Merge %1 people</source>
        <translation>Scalenie osób (%1)</translation>
    </message>
    <message>
        <source>Merge %1 companies</source>
        <translation>Scalenie firm (%1)</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 więcej</translation>
    </message>
</context>
<context>
    <name>MoveToServerDialog</name>
    <message>
        <source>Move to a PostgreSQL server</source>
        <translation>Przeniesienie na serwer PostgreSQL</translation>
    </message>
    <message>
        <source>Every record of this database file is copied into an empty database on a PostgreSQL server, in one go; the number of rows of every table is then compared. If anything differs or fails, the server database stays empty. The file itself is not changed. Ask everyone else to close crm-desktop first: what they save during the move stays in the file only.</source>
        <translation>Każdy rekord tego pliku bazy danych zostanie za jednym razem skopiowany do pustej bazy danych na serwerze PostgreSQL; następnie porównana zostanie liczba wierszy każdej tabeli. Jeśli coś się różni lub nie powiedzie, baza danych na serwerze pozostanie pusta. Sam plik nie zostanie zmieniony. Najpierw poproś wszystkich pozostałych o zamknięcie crm-desktop: to, co zapiszą w trakcie przenoszenia, pozostanie tylko w pliku.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Przenieś</translation>
    </message>
    <message>
        <source>&amp;Work on the server now</source>
        <translation>Pracuj teraz na &amp;serwerze</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adres serwera:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Przenoszenie…</translation>
    </message>
    <message>
        <source>Moving the database to the server…</source>
        <translation>Przenoszenie bazy danych na serwer…</translation>
    </message>
    <message>
        <source>%1 rows of %2 tables moved to %3; the counts of every table are equal.</source>
        <translation>Przeniesiono do %3: wiersze: %1, tabele: %2; liczby wierszy w każdej tabeli są zgodne.</translation>
    </message>
</context>
<context>
    <name>NextTaskDialog</name>
    <message>
        <source>Plan the next task</source>
        <translation>Zaplanuj następne zadanie</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Ponowny kontakt: %1</translation>
    </message>
    <message>
        <source>This deal has no next task. Every open deal needs one.</source>
        <translation>Ta transakcja nie ma następnego zadania. Każda otwarta transakcja musi je mieć.</translation>
    </message>
    <message>
        <source>What is the next step for this deal?</source>
        <translation>Jaki jest następny krok w tej transakcji?</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Kiedy:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Zadanie:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Zaplanuj</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <source>Cancel the move</source>
        <translation>Anuluj przeniesienie</translation>
    </message>
</context>
<context>
    <name>NoNextTaskDialog</name>
    <message>
        <source>Open deals without a next task</source>
        <translation>Otwarte transakcje bez następnego zadania</translation>
    </message>
    <message>
        <source>Every open deal has a next task.</source>
        <translation>Każda otwarta transakcja ma następne zadanie.</translation>
    </message>
</context>
<context>
    <name>OfflineCopy</name>
    <message>
        <source>Offline copy of %1, taken %2</source>
        <translation>Kopia offline pliku %1, utworzona %2</translation>
    </message>
    <message>
        <source>%1
Bring it back in the office with File › Bring back an offline copy…</source>
        <translation>%1
Wczytaj ją w biurze: Plik › Wczytaj kopię offline…</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Bez daty</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <source>Records already in the database are found by the values chosen below; rows that repeat an earlier row of the file count as well.</source>
        <translation>Rekordy, które już są w bazie danych, są wyszukiwane według wybranych niżej wartości; liczą się też wiersze powtarzające wcześniejszy wiersz pliku.</translation>
    </message>
    <message>
        <source>When a record exists already</source>
        <translation>Gdy rekord już istnieje</translation>
    </message>
    <message>
        <source>S&amp;kip the row</source>
        <translation>&amp;Pomiń wiersz</translation>
    </message>
    <message>
        <source>&amp;Update the record with the file&apos;s values</source>
        <translation>&amp;Zaktualizuj rekord wartościami z pliku</translation>
    </message>
    <message>
        <source>Create a &amp;new record anyway</source>
        <translation>Mimo to &amp;utwórz nowy rekord</translation>
    </message>
    <message>
        <source>A record exists already when it has the same</source>
        <translation>Rekord już istnieje, gdy zgadza się</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Tax ID</source>
        <translation>&amp;NIP</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Naz&amp;wa</translation>
    </message>
    <message>
        <source>Value in the c&amp;olumn</source>
        <translation>Wartość w &amp;kolumnie</translation>
    </message>
    <message>
        <source>Column whose value identifies a record</source>
        <translation>Kolumna, której wartość identyfikuje rekord</translation>
    </message>
    <message>
        <source>For example: fair 2025, newsletter</source>
        <translation>Na przykład: targi 2025, newsletter</translation>
    </message>
    <message>
        <source>%1 (dates like %2)</source>
        <translation>%1 (daty w formacie %2)</translation>
    </message>
    <message>
        <source>T&amp;ags for every imported record:</source>
        <translation>T&amp;agi dla każdego importowanego rekordu:</translation>
    </message>
    <message>
        <source>O&amp;wner where the file names none:</source>
        <translation>&amp;Opiekun, gdy plik go nie podaje:</translation>
    </message>
    <message>
        <source>&amp;Lead source where the file names none:</source>
        <translation>Źródło &amp;leada, gdy plik go nie podaje:</translation>
    </message>
    <message>
        <source>&amp;Dates and numbers are written as in:</source>
        <translation>&amp;Format dat i liczb:</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nikt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (kolumna %2)</translation>
    </message>
</context>
<context>
    <name>OwnerChoiceDialog</name>
    <message>
        <source>Change owner</source>
        <translation>Zmień opiekuna</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nikt</translation>
    </message>
    <message>
        <source>New &amp;owner:</source>
        <translation>Nowy &amp;opiekun:</translation>
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
        <translation>Hasło użytkownika %1</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Co najmniej %n znak.</numerusform>
            <numerusform>Co najmniej %n znaki.</numerusform>
            <numerusform>Co najmniej %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nowe hasło:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Powtórz:</translation>
    </message>
    <message>
        <source>&amp;Remove the password</source>
        <translation>&amp;Usuń hasło</translation>
    </message>
    <message>
        <source>With no password left on any user, nobody is asked to log in.</source>
        <translation>Jeśli żaden użytkownik nie ma hasła, nikt nie musi się logować.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hasła się różnią.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Hasło musi mieć co najmniej %n znak.</numerusform>
            <numerusform>Hasło musi mieć co najmniej %n znaki.</numerusform>
            <numerusform>Hasło musi mieć co najmniej %n znaków.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonCardDialog</name>
    <message>
        <source>D&amp;etails</source>
        <translation>&amp;Szczegóły</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>Zacznij pisać, aby znaleźć firmę</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Open the company&apos;s card</source>
        <translation>Otwórz kartę firmy</translation>
    </message>
    <message>
        <source>Pri&amp;vate client (no company)</source>
        <translation>Klient &amp;prywatny (bez firmy)</translation>
    </message>
    <message>
        <source>Director, chief accountant…</source>
        <translation>Dyrektor, główny księgowy…</translation>
    </message>
    <message>
        <source>Preferences, family names, how they like to be addressed…</source>
        <translation>Preferencje, imiona bliskich, jak ktoś lubi, żeby się do niego zwracać…</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Imię:</translation>
    </message>
    <message>
        <source>Midd&amp;le name:</source>
        <translation>&amp;Drugie imię:</translation>
    </message>
    <message>
        <source>L&amp;ast name:</source>
        <translation>&amp;Nazwisko:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>Stano&amp;wisko:</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <source>Phones, emails and messengers</source>
        <translation>Telefony, e-maile i komunikatory</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Opie&amp;kun:</translation>
    </message>
    <message>
        <source>Lead so&amp;urce:</source>
        <translation>Źródło &amp;leada:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>Data urodz&amp;enia:</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Miasto:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>Kra&amp;j:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gi:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otatki:</translation>
    </message>
    <message>
        <source>No company is called &apos;%1&apos;. Create it?

To choose an existing one instead, pick it from the list that opens as you type.</source>
        <translation>Nie ma firmy o nazwie „%1”. Utworzyć ją?

Aby zamiast tego wybrać istniejącą, wskaż ją na liście, która otwiera się podczas pisania.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dane osobowe</translation>
    </message>
    <message>
        <source>&amp;Export personal data…</source>
        <translation>&amp;Eksportuj dane osobowe…</translation>
    </message>
    <message>
        <source>E&amp;rase person…</source>
        <translation>&amp;Wymaż dane osoby…</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Eksport danych osobowych</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Pliki JSON (*.json)</translation>
    </message>
    <message>
        <source>Personal data written to %1.</source>
        <translation>Dane osobowe zapisano w %1.</translation>
    </message>
    <message>
        <source>Exporting personal data…</source>
        <translation>Eksportowanie danych osobowych…</translation>
    </message>
    <message>
        <source>Erase %1 for good? Names, phones, emails, address, birthday, notes, tags, custom fields and files of this person are removed, also from the timeline, tasks and change log. This cannot be undone.</source>
        <translation>Trwale wymazać dane osoby %1? Imiona i nazwiska, telefony, e-maile, adres, data urodzenia, notatki, tagi, pola użytkownika i pliki tej osoby zostaną usunięte, także z osi czasu, zadań i dziennika zmian. Tego nie można cofnąć.</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Wymazanie danych osoby</translation>
    </message>
    <message>
        <source>The person&apos;s personal data was erased.</source>
        <translation>Dane osobowe tej osoby zostały wymazane.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Wymazywanie…</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Osoba: %1</translation>
    </message>
    <message>
        <source>private client</source>
        <translation>klient prywatny</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>ostatni kontakt %1</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Źródło leada</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Pola użytkownika</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
</context>
<context>
    <name>PlanEditDialog</name>
    <message>
        <source>Change plan</source>
        <translation>Zmień plan</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nowy plan</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Cały zespół</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Następny miesiąc</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ten kwartał</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Następny kwartał</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Ten rok</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Następny rok</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Inne daty</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>bez celu</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Dla:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <source>&amp;Amount to win:</source>
        <translation>&amp;Kwota do wygrania:</translation>
    </message>
    <message>
        <source>&amp;Deals to win:</source>
        <translation>&amp;Transakcje do wygrania:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount. Type digits, for example 25000.</source>
        <translation>„%1” nie jest kwotą. Wpisz cyfry, np. 25000.</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <source>Sales plans</source>
        <translation>Plany sprzedaży</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Handlowiec</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Zmień…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>A team plan is the target of everyone together; a manager&apos;s plan is theirs alone. The plan report sets won deals against both.</source>
        <translation>Plan zespołu to wspólny cel wszystkich; plan handlowca dotyczy tylko jego. Raport planu zestawia wygrane transakcje z oboma.</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Usuń plan</translation>
    </message>
    <message>
        <source>Delete the plan of %1 for %2 – %3?</source>
        <translation>Usunąć plan (%1) na okres %2 – %3?</translation>
    </message>
</context>
<context>
    <name>PresenceDialog</name>
    <message>
        <source>Who is working in this file</source>
        <translation>Kto pracuje w tym pliku</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <source>Working since</source>
        <translation>Pracuje od</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ostatnia aktywność</translation>
    </message>
    <message>
        <source>Changes made by the others appear in your lists within a few seconds.</source>
        <translation>Zmiany wprowadzone przez innych pojawiają się na Twoich listach w ciągu kilku sekund.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>The first rows of the file as they would be imported. Cells with a problem are red; point at one to read why.</source>
        <translation>Pierwsze wiersze pliku tak, jak zostałyby zaimportowane. Komórki z problemem są czerwone; wskaż jedną, aby zobaczyć dlaczego.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Przygotowywanie podglądu…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>Nowe pole użytkownika</translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s):</source>
        <translation>
            <numerusform>Pierwszy %n wiersz:</numerusform>
            <numerusform>Pierwsze %n wiersze:</numerusform>
            <numerusform>Pierwszych %n wierszy:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 skipped, %4 rejected.</source>
        <translation>do utworzenia %1, do aktualizacji %2, do pominięcia %3, do odrzucenia %4.</translation>
    </message>
    <message>
        <source>The file has no data rows below its header.</source>
        <translation>Plik nie ma wierszy danych pod nagłówkiem.</translation>
    </message>
</context>
<context>
    <name>ProblemsTable</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Ostrzeżenie: %1</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Pole</translation>
    </message>
</context>
<context>
    <name>ReassignCounts</name>
    <message numerus="yes">
        <source>%n records are back with their previous owner.</source>
        <translation>
            <numerusform>%n rekord wrócił do poprzedniego opiekuna.</numerusform>
            <numerusform>%n rekordy wróciły do poprzedniego opiekuna.</numerusform>
            <numerusform>%n rekordów wróciło do poprzedniego opiekuna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were changed or deleted since and keep their new owner.</source>
        <translation>
            <numerusform>%n rekord został od tego czasu zmieniony lub usunięty i zostaje u nowego opiekuna.</numerusform>
            <numerusform>%n rekordy zostały od tego czasu zmienione lub usunięte i zostają u nowego opiekuna.</numerusform>
            <numerusform>%n rekordów zostało od tego czasu zmienionych lub usuniętych i zostaje u nowego opiekuna.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign records</source>
        <translation>Przekazanie rekordów</translation>
    </message>
    <message>
        <source>New owners</source>
        <translation>Nowi opiekunowie</translation>
    </message>
    <message>
        <source>&amp;New owners:</source>
        <translation>&amp;Nowi opiekunowie:</translation>
    </message>
    <message>
        <source>Only &amp;open deals and open tasks (closed deals and done tasks stay)</source>
        <translation>Tylko &amp;otwarte transakcje i otwarte zadania (zamknięte transakcje i zakończone zadania zostają)</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Nowy opiekun</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>A company goes whole to one new owner, with its people, deals and tasks. Records in the Trash stay. Edit › Undo gives everything back that nobody changed since.</source>
        <translation>Firma przechodzi w całości do jednego nowego opiekuna, razem ze swoimi osobami, transakcjami i zadaniami. Rekordy w koszu zostają. Edycja › Cofnij przywraca wszystko, czego od tego czasu nikt nie zmienił.</translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>&amp;Przekaż</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Nieoczekiwany błąd: %1</translation>
    </message>
    <message>
        <source>Hand the records of %1 to:</source>
        <translation>Komu przekazać rekordy użytkownika %1:</translation>
    </message>
    <message>
        <source>Choose one or several new owners.</source>
        <translation>Wybierz jednego lub kilku nowych opiekunów.</translation>
    </message>
    <message>
        <source>%1 owns no records to reassign.</source>
        <translation>Użytkownik %1 nie ma rekordów do przekazania.</translation>
    </message>
    <message numerus="yes">
        <source>%n records will change owner.</source>
        <translation>
            <numerusform>%n rekord zmieni opiekuna.</numerusform>
            <numerusform>%n rekordy zmienią opiekuna.</numerusform>
            <numerusform>%n rekordów zmieni opiekuna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign the records of %1</source>
        <translation>Przekazanie rekordów użytkownika %1</translation>
    </message>
    <message>
        <source>Reassigning…</source>
        <translation>Przekazywanie…</translation>
    </message>
</context>
<context>
    <name>ReassignmentsDialog</name>
    <message>
        <source>Reassignments</source>
        <translation>Przekazania</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Records of</source>
        <translation>Rekordy użytkownika</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Cofnięto</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>Give the records back to their previous owner; records somebody changed since keep their new owner</source>
        <translation>Zwróć rekordy poprzedniemu opiekunowi; rekordy, które ktoś od tego czasu zmienił, zostają u nowego opiekuna</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Powiązania</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>Open the task (Enter)</source>
        <translation>Otwórz zadanie (Enter)</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>Za&amp;kończ…</translation>
    </message>
    <message>
        <source>Complete the task with its result (D)</source>
        <translation>Zakończ zadanie i wpisz wynik (D)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>O&amp;dłóż</translation>
    </message>
    <message>
        <source>Remind me again later (S)</source>
        <translation>Przypomnij ponownie później (S)</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>Za 10 minut</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>Za 1 godzinę</translation>
    </message>
    <message>
        <source>Tomorrow at 09:00</source>
        <translation>Jutro o 09:00</translation>
    </message>
    <message>
        <source>At a chosen time…</source>
        <translation>O wybranej porze…</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Pomiń</translation>
    </message>
    <message>
        <source>Stop reminding without completing the task (Del)</source>
        <translation>Nie przypominaj więcej, nie kończąc zadania (Del)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (zaległe)</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n przypomnienie</numerusform>
            <numerusform>%n przypomnienia</numerusform>
            <numerusform>%n przypomnień</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Odłóż do</translation>
    </message>
    <message>
        <source>Remind me again at:</source>
        <translation>Przypomnij ponownie:</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Weszło</translation>
    </message>
    <message>
        <source>To next stage</source>
        <translation>Do następnego etapu</translation>
    </message>
    <message>
        <source>To won</source>
        <translation>Do wygranej</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Nowe transakcje</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrane</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Kwota wygranych</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrane</translation>
    </message>
    <message>
        <source>Lost amount</source>
        <translation>Kwota przegranych</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Pobyty</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>Średnia liczba dni</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Handlowiec</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Zaległe zadania</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Plan amount</source>
        <translation>Kwota planu</translation>
    </message>
    <message>
        <source>Actual amount</source>
        <translation>Kwota rzeczywista</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Realizacja</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoza</translation>
    </message>
    <message>
        <source>Plan count</source>
        <translation>Liczba wg planu</translation>
    </message>
    <message>
        <source>Actual count</source>
        <translation>Liczba rzeczywista</translation>
    </message>
    <message>
        <source>Count fulfilment</source>
        <translation>Realizacja liczby</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Źródło leada</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Nowe kontakty</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Przychód z wygranych</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Koszt leada</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasa</translation>
    </message>
    <message>
        <source>X (steady)</source>
        <translation>X (stabilne)</translation>
    </message>
    <message>
        <source>Y (varying)</source>
        <translation>Y (zmienne)</translation>
    </message>
    <message>
        <source>Z (irregular)</source>
        <translation>Z (nieregularne)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Udział skumulowany</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Zmienność</translation>
    </message>
    <message>
        <source>XYZ</source>
        <translation>XYZ</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>Entered the first stage</source>
        <translation>Weszło do pierwszego etapu</translation>
    </message>
    <message>
        <source>Conversion to won</source>
        <translation>Konwersja na wygraną</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Odsetek wygranych</translation>
    </message>
    <message>
        <source>Average amount</source>
        <translation>Średnia kwota</translation>
    </message>
    <message>
        <source>Median amount</source>
        <translation>Mediana kwoty</translation>
    </message>
    <message>
        <source>Average days to won</source>
        <translation>Średnia liczba dni do wygranej</translation>
    </message>
    <message>
        <source>Median days to won</source>
        <translation>Mediana dni do wygranej</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plany</translation>
    </message>
    <message>
        <source>Campaign cost</source>
        <translation>Koszt kampanii</translation>
    </message>
    <message>
        <source>Campaign revenue</source>
        <translation>Przychód z kampanii</translation>
    </message>
    <message>
        <source>Campaign return</source>
        <translation>Zwrot z kampanii</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Miesiące</translation>
    </message>
</context>
<context>
    <name>ReportNotes</name>
    <message>
        <source>Deals in %1 (%2) are not in these figures; choose %1 as the currency to see them.</source>
        <translation>Transakcje w %1 (%2) nie są ujęte w tych liczbach; wybierz walutę %1, aby je zobaczyć.</translation>
    </message>
    <message>
        <source>Plans in %1 (%2) are not shown; choose their currency to see them.</source>
        <translation>Plany w %1 (%2) nie są pokazane; wybierz ich walutę, aby je zobaczyć.</translation>
    </message>
    <message>
        <source>Campaigns in %1 (%2) are not shown; choose their currency to see them.</source>
        <translation>Kampanie w %1 (%2) nie są pokazane; wybierz ich walutę, aby je zobaczyć.</translation>
    </message>
    <message>
        <source>Open deals without an expected close date (%2) are not in the forecast.</source>
        <translation>Otwarte transakcje bez przewidywanej daty zamknięcia (%2) nie są ujęte w prognozie.</translation>
    </message>
    <message>
        <source>Won deals without a company or person (%2) are not in this analysis.</source>
        <translation>Wygrane transakcje bez firmy lub osoby (%2) nie są ujęte w tej analizie.</translation>
    </message>
    <message>
        <source>XYZ needs several months to say anything; choose a period of three months or more.</source>
        <translation>XYZ potrzebuje kilku miesięcy, by cokolwiek pokazać; wybierz okres trzech miesięcy lub dłuższy.</translation>
    </message>
</context>
<context>
    <name>ReportSeries</name>
    <message>
        <source>Entered</source>
        <translation>Weszło</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrane</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrane</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>Średnia liczba dni</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Kwota wygranych</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Wykonanie</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoza</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>week %1 of %2</source>
        <translation>tydzień %1 roku %2</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>Brak źródła</translation>
    </message>
    <message>
        <source>No reason</source>
        <translation>Brak powodu</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Brak opiekuna</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1 kw. %2</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Funnel conversion</source>
        <translation>Konwersja w lejku</translation>
    </message>
    <message>
        <source>Won and lost</source>
        <translation>Wygrane i przegrane</translation>
    </message>
    <message>
        <source>Average deal and sales cycle</source>
        <translation>Średnia transakcja i cykl sprzedaży</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Handlowcy</translation>
    </message>
    <message>
        <source>Plan and forecast</source>
        <translation>Plan i prognoza</translation>
    </message>
    <message>
        <source>Lead sources and campaigns</source>
        <translation>Źródła leadów i kampanie</translation>
    </message>
    <message>
        <source>Loss reasons</source>
        <translation>Powody przegranych</translation>
    </message>
    <message>
        <source>ABC/XYZ analysis</source>
        <translation>Analiza ABC/XYZ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktywność</translation>
    </message>
    <message>
        <source>Deals that entered each stage in the period, and how many went on to the next stage and to won.</source>
        <translation>Transakcje, które w okresie trafiły do każdego etapu, i ile z nich przeszło do następnego etapu oraz do wygranej.</translation>
    </message>
    <message>
        <source>New, won and lost deals per day, week or month, counts and amounts.</source>
        <translation>Nowe, wygrane i przegrane transakcje według dni, tygodni lub miesięcy: liczby i kwoty.</translation>
    </message>
    <message>
        <source>Average and median won amount, days from creation to won, and days spent in each stage.</source>
        <translation>Średnia i mediana kwoty wygranych, dni od utworzenia do wygranej oraz dni spędzone na każdym etapie.</translation>
    </message>
    <message>
        <source>Per owner: new and won deals, won amount, conversion, calls, meetings, emails and overdue tasks.</source>
        <translation>Według opiekuna: nowe i wygrane transakcje, kwota wygranych, konwersja, rozmowy, spotkania, e-maile i zaległe zadania.</translation>
    </message>
    <message>
        <source>Sales plans against won deals, with a forecast from open deals weighted by probability.</source>
        <translation>Plany sprzedaży wobec wygranych transakcji, z prognozą z otwartych transakcji ważoną prawdopodobieństwem wygranej.</translation>
    </message>
    <message>
        <source>Leads, conversion and won revenue per lead source; cost and return per campaign.</source>
        <translation>Leady, konwersja i przychód z wygranych według źródła leada; koszt i zwrot według kampanii.</translation>
    </message>
    <message>
        <source>Lost deals per reason and per stage where they were lost.</source>
        <translation>Przegrane transakcje według powodu i etapu, na którym zostały przegrane.</translation>
    </message>
    <message>
        <source>Clients by share of revenue (A, B, C) and by regularity of purchases (X, Y, Z).</source>
        <translation>Klienci według udziału w przychodzie (A, B, C) i regularności zakupów (X, Y, Z).</translation>
    </message>
    <message>
        <source>Calls, emails and meetings per period and per manager.</source>
        <translation>Rozmowy, e-maile i spotkania według okresu i handlowca.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ten kwartał</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Poprzedni kwartał</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Ten rok</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Poprzedni rok</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Własne daty</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatycznie</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Dziennie</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Tygodniowo</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Miesięcznie</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Sales &amp;plans…</source>
        <translation>&amp;Plany sprzedaży…</translation>
    </message>
    <message>
        <source>&amp;Campaigns…</source>
        <translation>&amp;Kampanie…</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Grupowanie</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Save this report as an Excel workbook with a chart, or as a Word document with the chart as a picture</source>
        <translation>Zapisz ten raport jako skoroszyt Excela z wykresem albo jako dokument Worda z wykresem w postaci obrazu</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Wszystkie lejki</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Wszyscy handlowcy</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Handlowiec</translation>
    </message>
    <message>
        <source>All lead sources</source>
        <translation>Wszystkie źródła leadów</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Źródło leada</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Wszystkie tagi</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Main currency</source>
        <translation>Waluta główna</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Reports never add up different currencies; the main currency is the one with the most won amount</source>
        <translation>Raporty nigdy nie sumują różnych walut; waluta główna to ta z największą kwotą wygranych</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Choose a report on the side.</source>
        <translation>Wybierz raport z listy z boku.</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>Obliczanie raportu…</translation>
    </message>
    <message>
        <source>Nothing to show for %1 – %2 with these filters.</source>
        <translation>Brak danych za okres %1 – %2 przy tych filtrach.</translation>
    </message>
    <message>
        <source>Double-click a count, or press Enter on it, to list its clients.</source>
        <translation>Kliknij dwukrotnie liczbę lub naciśnij na niej Enter, aby wyświetlić jej klientów.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Nieoczekiwany błąd: %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excela (*.xlsx)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Dokument Worda (*.docx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksport raportu</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Zapisano raport w %1</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>Eksportowanie raportu…</translation>
    </message>
    <message>
        <source>Lost per stage</source>
        <translation>Przegrane według etapu</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <source>Per manager</source>
        <translation>Według handlowca</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
</context>
<context>
    <name>RuleEditorDialog</name>
    <message>
        <source>New rule</source>
        <translation>Nowa reguła</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>Edytuj regułę</translation>
    </message>
    <message>
        <source>The same day</source>
        <translation>Tego samego dnia</translation>
    </message>
    <message>
        <source>For example: Call about the proposal</source>
        <translation>Na przykład: Zadzwonić w sprawie oferty</translation>
    </message>
    <message>
        <source>Deal owner</source>
        <translation>Opiekun transakcji</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Due after:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Zadanie:</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>&amp;Przypisz do:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nikt)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>P&amp;ole:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wartość:</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Szablon:</translation>
    </message>
    <message>
        <source>A built-in template, or type the name of one of your templates.</source>
        <translation>Wybierz szablon wbudowany lub wpisz nazwę jednego z własnych szablonów.</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>&amp;Aktywna</translation>
    </message>
    <message>
        <source>&amp;When a deal enters the stage:</source>
        <translation>&amp;Gdy transakcja trafia do etapu:</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> dzień</numerusform>
            <numerusform> dni</numerusform>
            <numerusform> dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a template or type its name.</source>
        <translation>Wybierz szablon lub wpisz jego nazwę.</translation>
    </message>
</context>
<context>
    <name>RuleTexts</name>
    <message>
        <source>Create a task</source>
        <translation>Utwórz zadanie</translation>
    </message>
    <message>
        <source>Set a field</source>
        <translation>Ustaw pole</translation>
    </message>
    <message>
        <source>Generate a document</source>
        <translation>Wygeneruj dokument</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>Prawdopodobieństwo wygranej</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Expected close (days from the move)</source>
        <translation>Przewidywane zamknięcie (dni od przeniesienia)</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Źródło leada</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>List</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Automation rules: %1</source>
        <translation>Reguły automatyzacji: %1</translation>
    </message>
    <message>
        <source>What happens each time a deal enters the stage &apos;%1&apos;:</source>
        <translation>Co się dzieje za każdym razem, gdy transakcja trafia do etapu „%1”:</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reguły</translation>
    </message>
    <message>
        <source>No rules yet: deals enter this stage without automatic actions.</source>
        <translation>Brak reguł: transakcje trafiają do tego etapu bez automatycznych działań.</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>&amp;Dodaj regułę…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (nieaktywna)</translation>
    </message>
    <message>
        <source>the deal owner</source>
        <translation>opiekun transakcji</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>tego samego dnia</translation>
    </message>
    <message numerus="yes">
        <source>after %n day(s)</source>
        <translation>
            <numerusform>po %n dniu</numerusform>
            <numerusform>po %n dniach</numerusform>
            <numerusform>po %n dniach</numerusform>
        </translation>
    </message>
    <message>
        <source>Task: %1 &apos;%2&apos;, due %3, for %4</source>
        <translation>Zadanie: %1 „%2”, termin: %3, przypisane do: %4</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nikt)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the move</source>
        <translation>
            <numerusform>%n dzień po przeniesieniu</numerusform>
            <numerusform>%n dni po przeniesieniu</numerusform>
            <numerusform>%n dni po przeniesieniu</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Ustaw pole „%1”: %2</translation>
    </message>
    <message>
        <source>Generate the document &apos;%1&apos;</source>
        <translation>Wygeneruj dokument „%1”</translation>
    </message>
    <message>
        <source>Delete the rule &apos;%1&apos;?</source>
        <translation>Usunąć regułę „%1”?</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>All or nothing: a row that cannot be imported is rejected with its reason and the others are imported; a cancel leaves the database as it was.</source>
        <translation>Wszystko albo nic: wiersz, którego nie da się zaimportować, zostaje odrzucony z podaniem powodu, a pozostałe są importowane; anulowanie pozostawia bazę danych bez zmian.</translation>
    </message>
    <message>
        <source>What cannot be imported is listed with its reason and the rest is imported; Stop leaves the database as it was.</source>
        <translation>To, czego nie da się zaimportować, jest wymieniane z podaniem powodu, a reszta jest importowana; Zatrzymaj pozostawia bazę danych bez zmian.</translation>
    </message>
    <message>
        <source>When a contact with the same email or phone exists already</source>
        <translation>Gdy kontakt z tym samym e-mailem lub telefonem już istnieje</translation>
    </message>
    <message>
        <source>S&amp;kip the card</source>
        <translation>&amp;Pomiń wizytówkę</translation>
    </message>
    <message>
        <source>&amp;Update the contact with the card&apos;s values</source>
        <translation>&amp;Zaktualizuj kontakt danymi z wizytówki</translation>
    </message>
    <message>
        <source>Create a &amp;new contact anyway</source>
        <translation>Mimo to &amp;utwórz nowy kontakt</translation>
    </message>
    <message>
        <source>&amp;Test run (saves nothing)</source>
        <translation>Przebieg &amp;testowy (nic nie zapisuje)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Zatrzy&amp;maj</translation>
    </message>
    <message>
        <source>Stop the run; nothing of it is kept</source>
        <translation>Zatrzymaj przebieg; nic z niego nie zostanie zachowane</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Powód odrzucenia</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Odrzucone wiersze</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>Zapi&amp;sz odrzucone wiersze…</translation>
    </message>
    <message>
        <source>A workbook with the rejected rows and the reason for each: fix them there and import that file again</source>
        <translation>Skoroszyt z odrzuconymi wierszami i powodem dla każdego: popraw je tam i zaimportuj ten plik ponownie</translation>
    </message>
    <message>
        <source>Import the contacts of “%1” (cards: %2). A test run first shows what would happen.</source>
        <translation>Import kontaktów z pliku „%1” (wizytówki: %2). Przebieg testowy najpierw pokaże, co by się stało.</translation>
    </message>
    <message>
        <source>Import the events and to-dos of “%1” (%2) as tasks; importing the file again updates them instead of doubling them. A test run first shows what would happen.</source>
        <translation>Import wydarzeń i zadań z pliku „%1” (%2) jako zadań; ponowny import pliku aktualizuje je zamiast je dublować. Przebieg testowy najpierw pokaże, co by się stało.</translation>
    </message>
    <message numerus="yes">
        <source>about %n row(s)</source>
        <translation>
            <numerusform>około %n wiersza</numerusform>
            <numerusform>około %n wierszy</numerusform>
            <numerusform>około %n wierszy</numerusform>
        </translation>
    </message>
    <message>
        <source>the rows</source>
        <translation>wierszy</translation>
    </message>
    <message>
        <source>Import %1 of “%2” into %3. A test run first shows what would happen.</source>
        <translation>Import %1 z pliku „%2” do: %3. Przebieg testowy najpierw pokaże, co by się stało.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Wizytówka</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>Test run…</source>
        <translation>Przebieg testowy…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>Wiersze: %1 z %2</translation>
    </message>
    <message>
        <source>%1 of %2 cards</source>
        <translation>Wizytówki: %1 z %2</translation>
    </message>
    <message>
        <source>%1 of %2 events and to-dos</source>
        <translation>Wydarzenia i zadania: %1 z %2</translation>
    </message>
    <message>
        <source>Stopping; what was done is being rolled back…</source>
        <translation>Zatrzymywanie; to, co zrobiono, jest wycofywane…</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 skipped, %4 rejected.</source>
        <translation>utworzono %1, zaktualizowano %2, pominięto %3, odrzucono %4.</translation>
    </message>
    <message>
        <source>Test run: %1 Nothing was saved.</source>
        <translation>Przebieg testowy: %1 Nic nie zapisano.</translation>
    </message>
    <message>
        <source>Imported: %1 You can undo this import in File › Import history.</source>
        <translation>Zaimportowano: %1 Możesz cofnąć ten import w menu Plik › Historia importu.</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>Import zakończony: %1</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 occurrences changed, %4 skipped, %5 rejected; reminders: %6.</source>
        <translation>utworzono %1, zaktualizowano %2, zmieniono wystąpień %3, pominięto %4, odrzucono %5; przypomnienia: %6.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Zaimportowano: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Odrzucono: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Uwaga: %1</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Zapisz odrzucone wiersze</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excela (*.xlsx)</translation>
    </message>
    <message>
        <source>Rejected rows saved to %1</source>
        <translation>Odrzucone wiersze zapisano w %1</translation>
    </message>
    <message>
        <source>Saving the rejected rows…</source>
        <translation>Zapisywanie odrzuconych wierszy…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>A &amp;file (on this computer or in a shared folder)</source>
        <translation>&amp;Plik (na tym komputerze lub w folderze udostępnionym)</translation>
    </message>
    <message>
        <source>A PostgreSQL &amp;server</source>
        <translation>&amp;Serwer PostgreSQL</translation>
    </message>
    <message>
        <source>Only needed once; not kept in the settings</source>
        <translation>Potrzebne tylko raz; nie jest zapisywane w ustawieniach</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testuj połączenie</translation>
    </message>
    <message>
        <source>The password is kept in PostgreSQL&apos;s own password file (%1), which only you can read, as psql and pgAdmin do.</source>
        <translation>Hasło jest przechowywane we własnym pliku haseł PostgreSQL (%1), który tylko Ty możesz odczytać, tak jak robią to psql i pgAdmin.</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Działaj dalej w zasobniku systemowym po zamknięciu okna</translation>
    </message>
    <message>
        <source>Reminders keep coming while the window is closed</source>
        <translation>Przypomnienia pojawiają się nadal, gdy okno jest zamknięte</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>Uruchamiaj &amp;zminimalizowany do zasobnika systemowego</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Motyw:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Baza danych:</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>Plik &amp;bazy danych:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adres serwera:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;Backups folder:</source>
        <translation>Folder &amp;kopii zapasowych:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Plik bazy danych</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1.</source>
        <translation>Połączono: PostgreSQL %1.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Nie udało się połączyć: %1</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Folder kopii zapasowych</translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message>
        <source>Database file not reachable</source>
        <translation>Plik bazy danych jest niedostępny</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ktoś</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>innym komputerze</translation>
    </message>
    <message>
        <source>%1 on %2 is restoring the database from a backup; please wait.</source>
        <translation>%1 na %2 przywraca bazę danych z kopii zapasowej; proszę czekać.</translation>
    </message>
    <message>
        <source>%1 on %2 is updating the database to a new version; please wait.</source>
        <translation>%1 na %2 aktualizuje bazę danych do nowej wersji; proszę czekać.</translation>
    </message>
    <message>
        <source>%1 on %2 is compacting the database; please wait.</source>
        <translation>%1 na %2 kompaktuje bazę danych; proszę czekać.</translation>
    </message>
    <message>
        <source>%1 on %2 is doing maintenance on the database; please wait.</source>
        <translation>%1 na %2 przeprowadza konserwację bazy danych; proszę czekać.</translation>
    </message>
    <message>
        <source>Editing is paused until they are done; nothing you saved is lost.</source>
        <translation>Edycja jest wstrzymana do czasu zakończenia; nic, co zostało zapisane, nie przepadnie.</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Tylko Ty</translation>
    </message>
    <message numerus="yes">
        <source>%n people in this file</source>
        <translation>
            <numerusform>%n osoba w tym pliku</numerusform>
            <numerusform>%n osoby w tym pliku</numerusform>
            <numerusform>%n osób w tym pliku</numerusform>
        </translation>
    </message>
    <message>
        <source>Working in this file now: %1</source>
        <translation>Teraz w tym pliku pracują: %1</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Ty</translation>
    </message>
    <message>
        <source>Nobody else works in this file now.</source>
        <translation>Nikt inny nie pracuje teraz w tym pliku.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Ty)</translation>
    </message>
    <message>
        <source>Shared file (network)</source>
        <translation>Plik współdzielony (sieć)</translation>
    </message>
    <message>
        <source>This file is on a network share: several people can work in it at once. Saves wait for each other; changes made by others appear within seconds.</source>
        <translation>Ten plik jest w udziale sieciowym: może w nim pracować jednocześnie kilka osób. Zapisy czekają na siebie nawzajem; zmiany innych osób pojawiają się w ciągu kilku sekund.</translation>
    </message>
    <message>
        <source>This database is in a folder synchronised by %1. Such services copy the file while it is being written and bring back other computers&apos; copies whole: when two people work in it, changes are lost or the file is damaged. To work together, put the file on a network share (a shared folder of your office&apos;s server or NAS); to work away from the office, take an offline copy instead.</source>
        <translation>Ta baza danych jest w folderze synchronizowanym przez %1. Takie usługi kopiują plik w trakcie zapisu i przywracają w całości kopie z innych komputerów: gdy pracują w nim dwie osoby, zmiany giną albo plik ulega uszkodzeniu. Aby pracować razem, umieść plik w udziale sieciowym (folderze udostępnionym na serwerze lub NAS-ie biura); aby pracować poza biurem, utwórz zamiast tego kopię offline.</translation>
    </message>
    <message>
        <source>Database in a synchronised folder</source>
        <translation>Baza danych w folderze synchronizowanym</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Stage %1, %2 deals</source>
        <translation>Etap %1, transakcje: %2</translation>
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
        <translation>Lejki i etapy</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Lejek:</translation>
    </message>
    <message>
        <source>&amp;New pipeline…</source>
        <translation>&amp;Nowy lejek…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>&amp;Zmień nazwę…</translation>
    </message>
    <message>
        <source>Delete pipe&amp;line</source>
        <translation>&amp;Usuń lejek</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Win probability (%)</source>
        <translation>Prawdopodobieństwo wygranej (%)</translation>
    </message>
    <message>
        <source>Rotting after (days)</source>
        <translation>Zastój po (dniach)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <source>&amp;Stages, in the order deals move through them:</source>
        <translation>&amp;Etapy w kolejności, w jakiej przechodzą przez nie transakcje:</translation>
    </message>
    <message>
        <source>Leave the rotting limit blank for a stage where deals never go stale.</source>
        <translation>Zostaw limit zastoju pusty dla etapu, na którym transakcje nigdy nie utykają.</translation>
    </message>
    <message>
        <source>&amp;Add stage…</source>
        <translation>&amp;Dodaj etap…</translation>
    </message>
    <message>
        <source>&amp;Delete stage</source>
        <translation>U&amp;suń etap</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>W &amp;górę</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;W dół</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>&amp;Kolor…</translation>
    </message>
    <message>
        <source>Automation &amp;rules…</source>
        <translation>&amp;Reguły automatyzacji…</translation>
    </message>
    <message>
        <source>Move the deals</source>
        <translation>Przenieś transakcje</translation>
    </message>
    <message>
        <source>The stage &apos;%1&apos; holds deals. Move them to:</source>
        <translation>Etap „%1” zawiera transakcje. Przenieś je do:</translation>
    </message>
    <message>
        <source>Stage colour</source>
        <translation>Kolor etapu</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (domyślny)</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n otwarta transakcja</numerusform>
            <numerusform>%n otwarte transakcje</numerusform>
            <numerusform>%n otwartych transakcji</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the colour of &apos;%1&apos;</source>
        <translation>Wybierz kolor etapu „%1”</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Nowy lejek</translation>
    </message>
    <message>
        <source>Name of the new pipeline:</source>
        <translation>Nazwa nowego lejka:</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>Zmień nazwę lejka</translation>
    </message>
    <message>
        <source>New name of the pipeline:</source>
        <translation>Nowa nazwa lejka:</translation>
    </message>
    <message>
        <source>Delete the pipeline &apos;%1&apos; with its stages?</source>
        <translation>Usunąć lejek „%1” wraz z jego etapami?</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nowy etap</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>Nazwa nowego etapu:</translation>
    </message>
    <message>
        <source>Delete the stage &apos;%1&apos;?</source>
        <translation>Usunąć etap „%1”?</translation>
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
        <translation>&amp;Tag (wybierz lub wpisz nowy):</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>People and companies</source>
        <translation>Osoby i firmy</translation>
    </message>
    <message>
        <source>&amp;Tags, with the number of people and companies that carry each:</source>
        <translation>&amp;Tagi wraz z liczbą osób i firm, które je noszą:</translation>
    </message>
    <message>
        <source>No tags yet. New… makes one.</source>
        <translation>Nie ma jeszcze tagów. Przycisk Nowy… tworzy tag.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nowy…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Zmień nazwę…</translation>
    </message>
    <message>
        <source>Rename the tag (F2)</source>
        <translation>Zmień nazwę tagu (F2)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Kolor…</translation>
    </message>
    <message>
        <source>Choose the colour of the tag</source>
        <translation>Wybierz kolor tagu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Delete the tag; it comes off everything that carries it (Del)</source>
        <translation>Usuń tag; zniknie ze wszystkiego, co go nosi (Del)</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Kolor tagu</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Nieoczekiwany błąd: %1</translation>
    </message>
    <message>
        <source>%1, colour %2</source>
        <translation>%1, kolor %2</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nowy tag</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>Nazwa nowego tagu:</translation>
    </message>
    <message>
        <source>Saving the tag…</source>
        <translation>Zapisywanie tagu…</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Zmień nazwę tagu</translation>
    </message>
    <message>
        <source>New name of the tag &apos;%1&apos;:</source>
        <translation>Nowa nazwa tagu „%1”:</translation>
    </message>
    <message>
        <source>Renaming the tag…</source>
        <translation>Zmiana nazwy tagu…</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag &apos;%1&apos;? It comes off the %Ln contact(s) that carry it, and off any deals.</source>
        <translation>
            <numerusform>Usunąć tag „%1”? Zniknie z %Ln kontaktu, który go nosi, oraz ze wszystkich transakcji.</numerusform>
            <numerusform>Usunąć tag „%1”? Zniknie z %Ln kontaktów, które go noszą, oraz ze wszystkich transakcji.</numerusform>
            <numerusform>Usunąć tag „%1”? Zniknie z %Ln kontaktów, które go noszą, oraz ze wszystkich transakcji.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the tag &apos;%1&apos;? No person or company carries it.</source>
        <translation>Usunąć tag „%1”? Nie nosi go żadna osoba ani firma.</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Usuń tag</translation>
    </message>
    <message>
        <source>Deleting the tag…</source>
        <translation>Usuwanie tagu…</translation>
    </message>
</context>
<context>
    <name>TakeCopyDialog</name>
    <message>
        <source>Take an offline copy</source>
        <translation>Utwórz kopię offline</translation>
    </message>
    <message>
        <source>An offline copy is a database file to work in on a laptop without the office network. Bring it back with File › Bring back an offline copy…; a copy can be brought back once.</source>
        <translation>Kopia offline to plik bazy danych do pracy na laptopie bez sieci biurowej. Wczytaj ją w biurze poleceniem Plik › Wczytaj kopię offline…; kopię można wczytać tylko raz.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Wszystko</translation>
    </message>
    <message>
        <source>Only the records &amp;of:</source>
        <translation>Tylko rekordy &amp;opiekunów:</translation>
    </message>
    <message>
        <source>Their companies, people, deals and tasks, and what those refer to</source>
        <translation>Ich firmy, osoby, transakcje i zadania oraz to, do czego się odwołują</translation>
    </message>
    <message>
        <source>&amp;Take the copy</source>
        <translation>&amp;Utwórz kopię</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Pli&amp;k:</translation>
    </message>
    <message>
        <source>Offline copy</source>
        <translation>Kopia offline</translation>
    </message>
    <message>
        <source>Taking the copy…</source>
        <translation>Tworzenie kopii…</translation>
    </message>
    <message>
        <source>Taking an offline copy…</source>
        <translation>Tworzenie kopii offline…</translation>
    </message>
    <message>
        <source>Offline copy written to %1</source>
        <translation>Kopia offline zapisana w %1</translation>
    </message>
</context>
<context>
    <name>TaskCounts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n godzinę</numerusform>
            <numerusform>%n godziny</numerusform>
            <numerusform>%n godzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minutę</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n raz</numerusform>
            <numerusform>%n razy</numerusform>
            <numerusform>%n razy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Zadanie</translation>
    </message>
    <message>
        <source>C&amp;hecklist</source>
        <translation>&amp;Lista kontrolna</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Powtarzanie</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>Prz&amp;ypomnienia</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nowe zadanie</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Zadanie: %1</translation>
    </message>
    <message>
        <source>Kinds…</source>
        <translation>Rodzaje…</translation>
    </message>
    <message>
        <source>Add a kind…</source>
        <translation>Dodaj rodzaj…</translation>
    </message>
    <message>
        <source>Remove this kind</source>
        <translation>Usuń ten rodzaj</translation>
    </message>
    <message>
        <source>A&amp;ll day</source>
        <translation>Cały &amp;dzień</translation>
    </message>
    <message>
        <source>&amp;No date</source>
        <translation>&amp;Bez daty</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nikt)</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>Zacznij pisać, aby znaleźć firmę</translation>
    </message>
    <message>
        <source>Type to find a person</source>
        <translation>Zacznij pisać, aby znaleźć osobę</translation>
    </message>
    <message>
        <source>The deals of the person or company chosen</source>
        <translation>Transakcje wybranej osoby lub firmy</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>T&amp;ermin:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Czas trwania:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>Pr&amp;iorytet:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Opiekun:</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Per&amp;son:</source>
        <translation>O&amp;soba:</translation>
    </message>
    <message>
        <source>D&amp;eal:</source>
        <translation>Tr&amp;ansakcja:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
    <message>
        <source>A step to tick off, then Enter</source>
        <translation>Krok do odhaczenia, potem Enter</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Nie powtarza się</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Codziennie</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Co tydzień</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Co miesiąc</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Co roku</translation>
    </message>
    <message>
        <source>Ne&amp;ver</source>
        <translation>&amp;Nigdy</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Do dnia</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>P&amp;o</translation>
    </message>
    <message>
        <source> times</source>
        <translation> wystąpieniach</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Kończy się</translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation>Po&amp;wtarzaj:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Co:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>W dni:</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>W terminie</translation>
    </message>
    <message>
        <source>Minutes before</source>
        <translation>Minut przed terminem</translation>
    </message>
    <message>
        <source>Hours before</source>
        <translation>Godzin przed terminem</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Dni przed terminem</translation>
    </message>
    <message>
        <source>At a chosen time</source>
        <translation>O wybranej porze</translation>
    </message>
    <message>
        <source>&amp;Add reminder</source>
        <translation>&amp;Dodaj przypomnienie</translation>
    </message>
    <message>
        <source>This is one occurrence of a repeating task. When you save, you choose whether the change is for this occurrence only or for the whole series.</source>
        <translation>To jest jedno wystąpienie zadania cyklicznego. Przy zapisie pojawi się pytanie, czy zmiana dotyczy tylko tego wystąpienia, czy całej serii.</translation>
    </message>
    <message>
        <source>This occurrence was changed on its own; its changes do not reach the rest of the series.</source>
        <translation>To wystąpienie zostało zmienione osobno; zmiany nie dotyczą reszty serii.</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> dni</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>company</source>
        <translation>firmy</translation>
    </message>
    <message>
        <source>person</source>
        <translation>osoby</translation>
    </message>
    <message>
        <source>No single %1 is named &apos;%2&apos;; choose one from the suggestions.</source>
        <translation>Nie można jednoznacznie ustalić %1 o nazwie „%2”; wybierz z podpowiedzi.</translation>
    </message>
    <message>
        <source>Repeating task</source>
        <translation>Zadanie cykliczne</translation>
    </message>
    <message>
        <source>Change only this occurrence, or every occurrence of the series?</source>
        <translation>Zmienić tylko to wystąpienie czy wszystkie wystąpienia w serii?</translation>
    </message>
    <message>
        <source>Only this &amp;occurrence</source>
        <translation>Tylko to &amp;wystąpienie</translation>
    </message>
    <message>
        <source>The whole &amp;series</source>
        <translation>Całą &amp;serię</translation>
    </message>
    <message>
        <source>The task was saved, but not its checklist: %1</source>
        <translation>Zadanie zapisano, ale bez listy kontrolnej: %1</translation>
    </message>
    <message>
        <source>Not saved: the task was changed elsewhere.</source>
        <translation>Nie zapisano: zadanie zostało zmienione w innym miejscu.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Cały dzień</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Powtarzanie</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edycja „%1”</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>dzień</numerusform>
            <numerusform>dni</numerusform>
            <numerusform>dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>tydzień</numerusform>
            <numerusform>tygodnie</numerusform>
            <numerusform>tygodni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>miesiąc</numerusform>
            <numerusform>miesiące</numerusform>
            <numerusform>miesięcy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>rok</numerusform>
            <numerusform>lata</numerusform>
            <numerusform>lat</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept from the imported rule: %1</source>
        <translation>Zachowane z zaimportowanej reguły: %1</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>Wykonano %1 z %2</translation>
    </message>
    <message>
        <source>New kind of task</source>
        <translation>Nowy rodzaj zadania</translation>
    </message>
    <message>
        <source>Name of the kind (for example: Visit):</source>
        <translation>Nazwa rodzaju (na przykład: Wizyta):</translation>
    </message>
</context>
<context>
    <name>TaskListsWidget</name>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>Upcoming (7 days)</source>
        <translation>Nadchodzące (7 dni)</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>Według opiekuna</translation>
    </message>
    <message>
        <source>Without a next task</source>
        <translation>Bez następnego zadania</translation>
    </message>
    <message>
        <source>Task list</source>
        <translation>Lista zadań</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>Za&amp;kończ…</translation>
    </message>
    <message>
        <source>Complete the task with its result (Space)</source>
        <translation>Zakończ zadanie i wpisz wynik (Space)</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Nowe zadanie…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n pozycja</numerusform>
            <numerusform>%n pozycje</numerusform>
            <numerusform>%n pozycji</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Plan a task…</source>
        <translation>&amp;Zaplanuj zadanie…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Szablony</translation>
    </message>
    <message>
        <source>Your &amp;company</source>
        <translation>&amp;Twoja firma</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Bundled templates and &amp;your own (Word .docx files):</source>
        <translation>Szablony wbudowane i &amp;własne (pliki Worda .docx):</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>&amp;Zastąp…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Zmień &amp;nazwę…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Place&amp;holders</source>
        <translation>&amp;Pola</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>Sp&amp;rawdź</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>P&amp;odgląd</translation>
    </message>
    <message>
        <source>Fill the template with a sample deal and open the result</source>
        <translation>Wypełnij szablon przykładową transakcją i otwórz wynik</translation>
    </message>
    <message>
        <source>Placeholders or problems of the template</source>
        <translation>Pola lub problemy szablonu</translation>
    </message>
    <message>
        <source>Your own company as documents show it: the seller on offers and invoices, the party signing contracts and letters.</source>
        <translation>Twoja firma tak, jak pokazują ją dokumenty: sprzedawca na ofertach i fakturach, strona podpisująca umowy i listy.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Pełna nazwa:</translation>
    </message>
    <message>
        <source>Ta&amp;x ID (VAT no.):</source>
        <translation>N&amp;IP (numer VAT):</translation>
    </message>
    <message>
        <source>&amp;Registration no.:</source>
        <translation>Nr &amp;rejestrowy:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Bank details:</source>
        <translation>Dane &amp;bankowe:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Strona &amp;WWW:</translation>
    </message>
    <message>
        <source>Dir&amp;ector (signs documents):</source>
        <translation>&amp;Dyrektor (podpisuje dokumenty):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Numbers of invoices and offers&lt;/b&gt;: &lt;code&gt;{year}&lt;/code&gt; is the year, &lt;code&gt;{n:04}&lt;/code&gt; the number of the document in that year with four digits. Numbers are never reused.</source>
        <translation>&lt;b&gt;Numery faktur i ofert&lt;/b&gt;: &lt;code&gt;{year}&lt;/code&gt; to rok, &lt;code&gt;{n:04}&lt;/code&gt; to numer dokumentu w danym roku zapisany czterema cyframi. Numery nigdy nie są używane ponownie.</translation>
    </message>
    <message>
        <source>&amp;Invoice numbers:</source>
        <translation>Numery &amp;faktur:</translation>
    </message>
    <message>
        <source>&amp;Offer numbers:</source>
        <translation>Numery &amp;ofert:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Reading the templates…</source>
        <translation>Wczytywanie szablonów…</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Wbudowany</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Własny</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Dowolny</translation>
    </message>
    <message>
        <source>Bundled templates cannot be changed; add your own copy instead.</source>
        <translation>Szablonów wbudowanych nie można zmieniać; zamiast tego dodaj własną kopię.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Nieoczekiwany błąd: %1</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Dokumenty Worda (*.docx)</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Nazwa szablonu:</translation>
    </message>
    <message>
        <source>Add a template</source>
        <translation>Dodawanie szablonu</translation>
    </message>
    <message>
        <source>Template “%1” added.</source>
        <translation>Dodano szablon „%1”.</translation>
    </message>
    <message>
        <source>“%1” was not added. Fix these places in Word and add it again:</source>
        <translation>Nie dodano „%1”. Popraw te miejsca w Wordzie i dodaj szablon ponownie:</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Sprawdzanie: %1…</translation>
    </message>
    <message>
        <source>Replace “%1”</source>
        <translation>Zastępowanie „%1”</translation>
    </message>
    <message>
        <source>Template “%1” replaced.</source>
        <translation>Zastąpiono szablon „%1”.</translation>
    </message>
    <message>
        <source>“%1” was not replaced. Fix these places in Word and try again:</source>
        <translation>Nie zastąpiono „%1”. Popraw te miejsca w Wordzie i spróbuj ponownie:</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Zmiana nazwy „%1”</translation>
    </message>
    <message>
        <source>Template “%1” renamed to “%2”.</source>
        <translation>Zmieniono nazwę szablonu „%1” na „%2”.</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Documents made from it stay as they are.</source>
        <translation>Usunąć szablon „%1”? Dokumenty utworzone na jego podstawie pozostaną bez zmian.</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>Usunięto szablon „%1”.</translation>
    </message>
    <message>
        <source>Placeholders “%1” uses:</source>
        <translation>Pola używane przez „%1”:</translation>
    </message>
    <message>
        <source>“%1” uses no placeholders.</source>
        <translation>„%1” nie używa żadnych pól.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in “%1”; it cannot be used until they are fixed:</source>
        <translation>
            <numerusform>%n problem w „%1”; szablonu nie można używać, dopóki nie zostanie usunięty:</numerusform>
            <numerusform>%n problemy w „%1”; szablonu nie można używać, dopóki nie zostaną usunięte:</numerusform>
            <numerusform>%n problemów w „%1”; szablonu nie można używać, dopóki nie zostaną usunięte:</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” can be used; read these warnings:</source>
        <translation>Szablonu „%1” można używać; przeczytaj te ostrzeżenia:</translation>
    </message>
    <message>
        <source>No problems found in “%1”: it can be used.</source>
        <translation>Nie znaleziono problemów w „%1”: można go używać.</translation>
    </message>
    <message>
        <source>Problems in “%1”:</source>
        <translation>Problemy w „%1”:</translation>
    </message>
    <message>
        <source>Preview written to %1</source>
        <translation>Zapisano podgląd w %1</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Żaden program nie mógł otworzyć %1.</translation>
    </message>
    <message>
        <source>“%1” cannot be previewed:</source>
        <translation>Nie można utworzyć podglądu „%1”:</translation>
    </message>
    <message>
        <source>Preparing the preview of %1…</source>
        <translation>Przygotowywanie podglądu: %1…</translation>
    </message>
    <message>
        <source>Not saved: correct the number pattern first.</source>
        <translation>Nie zapisano: najpierw popraw wzorzec numeracji.</translation>
    </message>
    <message>
        <source>Saved. New documents show these details.</source>
        <translation>Zapisano. Nowe dokumenty będą zawierać te dane.</translation>
    </message>
    <message>
        <source>Your company&apos;s details were changed but not saved. Close and lose the changes?</source>
        <translation>Dane Twojej firmy zostały zmienione, ale nie zapisane. Zamknąć i utracić zmiany?</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <source>Call</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Zadanie zakończone</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Zmiana etapu</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Scalenie</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Zajęte</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Zostawiono wiadomość</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Oddzwonić później</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Everything</source>
        <translation>Wszystko</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Telefony</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Zmiany etapu</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importy</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>Scalenia</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Pokaż:</translation>
    </message>
    <message>
        <source>Log a &amp;call</source>
        <translation>Zapisz &amp;rozmowę</translation>
    </message>
    <message>
        <source>Log a call (%1)</source>
        <translation>Zapisz rozmowę (%1)</translation>
    </message>
    <message>
        <source>Add a &amp;note</source>
        <translation>Dodaj &amp;notatkę</translation>
    </message>
    <message>
        <source>Add a note (%1)</source>
        <translation>Dodaj notatkę (%1)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>Save the card first; then calls and notes can be logged here.</source>
        <translation>Najpierw zapisz kartę; potem można tu zapisywać rozmowy i notatki.</translation>
    </message>
    <message>
        <source>Nothing of this kind yet.</source>
        <translation>Nie ma jeszcze nic tego rodzaju.</translation>
    </message>
    <message>
        <source>Nothing has happened with this contact yet. Log a call or add a note.</source>
        <translation>Z tym kontaktem jeszcze nic się nie działo. Zapisz rozmowę lub dodaj notatkę.</translation>
    </message>
    <message>
        <source>deal: %1</source>
        <translation>transakcja: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What is the next step with %1?</source>
        <translation>Jaki jest następny krok: %1?</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Kosz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>Deleted people and companies</source>
        <translation>Usunięte osoby i firmy</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Kosz jest pusty.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>&amp;Delete forever…</source>
        <translation>&amp;Usuń na zawsze…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos; forever? This cannot be undone.</source>
        <translation>Usunąć „%1” na zawsze? Tego nie można cofnąć.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n records forever? This cannot be undone.</source>
        <translation>
            <numerusform>Usunąć %n rekord na zawsze? Tego nie można cofnąć.</numerusform>
            <numerusform>Usunąć %n rekordy na zawsze? Tego nie można cofnąć.</numerusform>
            <numerusform>Usunąć %n rekordów na zawsze? Tego nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Usuń na zawsze</translation>
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
        <translation>&amp;Pokaż</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>P&amp;rzypomnienia</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n przypomnienie</numerusform>
            <numerusform>%n przypomnienia</numerusform>
            <numerusform>%n przypomnień</numerusform>
        </translation>
    </message>
    <message>
        <source>crm-desktop is still running</source>
        <translation>crm-desktop nadal działa</translation>
    </message>
    <message>
        <source>Reminders keep coming. Quit from the tray icon&apos;s menu or File › Quit.</source>
        <translation>Przypomnienia nadal będą się pojawiać. Aby zakończyć, użyj menu ikony w zasobniku systemowym lub Plik › Zakończ.</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>New user</source>
        <translation>Nowy użytkownik</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Edytuj użytkownika</translation>
    </message>
    <message>
        <source>Sees and changes only own records</source>
        <translation>Widzi i zmienia tylko własne rekordy</translation>
    </message>
    <message>
        <source>Active (may log in; inactive users stay in the history)</source>
        <translation>Aktywny (może się logować; nieaktywni użytkownicy pozostają w historii)</translation>
    </message>
    <message>
        <source>none: set it later</source>
        <translation>brak: ustaw później</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Powtórz:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hasła się różnią.</translation>
    </message>
    <message>
        <source>The user needs a login.</source>
        <translation>Użytkownik musi mieć login.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>handlowiec</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>tylko odczyt</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Nieoczekiwany błąd: %1</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Own records only</source>
        <translation>Tylko własne rekordy</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Ustaw &amp;hasło…</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>&amp;Przekaż…</translation>
    </message>
    <message>
        <source>Hand every record of this user to one or several others</source>
        <translation>Przekaż wszystkie rekordy tego użytkownika jednej lub kilku innym osobom</translation>
    </message>
    <message>
        <source>Reassign&amp;ments…</source>
        <translation>Przekaz&amp;ania…</translation>
    </message>
    <message>
        <source>Earlier reassignments, to undo one</source>
        <translation>Wcześniejsze przekazania, aby cofnąć jedno z nich</translation>
    </message>
    <message>
        <source>Administrators manage users and reassign records; managers work on every record (or only their own); read-only users look but change nothing. Nobody is asked to log in until some user has a password.</source>
        <translation>Administratorzy zarządzają użytkownikami i przekazują rekordy; handlowcy pracują na wszystkich rekordach (lub tylko na własnych); użytkownicy z rolą tylko do odczytu przeglądają, ale niczego nie zmieniają. Nikt nie musi się logować, dopóki żaden użytkownik nie ma hasła.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>set</source>
        <translation>ustawione</translation>
    </message>
</context>
<context>
    <name>WaitIndicator</name>
    <message>
        <source>Waiting for another user…</source>
        <translation>Czekanie na innego użytkownika…</translation>
    </message>
    <message>
        <source>Someone else is saving to this shared file; your change is saved as soon as they are done. You can go on working.</source>
        <translation>Ktoś inny zapisuje zmiany w tym współdzielonym pliku; Twoja zmiana zostanie zapisana, gdy tylko skończy. Możesz dalej pracować.</translation>
    </message>
</context>
<context>
    <name>WonDialog</name>
    <message>
        <source>Deal won</source>
        <translation>Transakcja wygrana</translation>
    </message>
    <message>
        <source>&amp;Won on:</source>
        <translation>&amp;Data wygranej:</translation>
    </message>
    <message>
        <source>&amp;Final amount (%1):</source>
        <translation>&amp;Kwota końcowa (%1):</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount. Type digits, for example 1250.50.</source>
        <translation>„%1” nie jest kwotą. Wpisz cyfry, np. 1250,50.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Kwota nie może być ujemna.</translation>
    </message>
</context>
<context>
    <name>_AllDayHeader</name>
    <message>
        <source>all day</source>
        <translation>cały dzień</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 więcej</translation>
    </message>
</context>
</TS>
