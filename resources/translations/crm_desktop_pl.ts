<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
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
    <name>CalendarPanel</name>
    <message>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <source>Calls, meetings and to-dos will be shown here by month, week and day, with call-back reminders that fire even while the window is closed to the tray.</source>
        <translation>Tutaj pojawią się rozmowy, spotkania i zadania w widoku miesiąca, tygodnia i dnia, z przypomnieniami o oddzwonieniu, które działają nawet po zamknięciu okna do zasobnika.</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Companies with their people and private clients will be listed here, with search as you type, filters, saved segments and a card per contact that holds the whole history of work with them.</source>
        <translation>Tutaj pojawią się firmy z ich pracownikami oraz klienci prywatni, z wyszukiwaniem w trakcie pisania, filtrami, zapisanymi segmentami i kartą każdego kontaktu z całą historią współpracy.</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <source>Funnel</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>The sales funnel will be a board here: a column per stage, a card per deal, moved by dragging, with a warning on every open deal that has no next task.</source>
        <translation>Tutaj lejek sprzedaży będzie tablicą: kolumna na etap, karta na transakcję, przesuwana przeciąganiem, z ostrzeżeniem przy każdej otwartej transakcji bez kolejnego zadania.</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
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
    <name>ReportsPanel</name>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Reports with charts will be here: funnel conversion, won and lost deals, the plan against the actual, lead sources, managers and ABC/XYZ analysis, each exportable to Excel and Word.</source>
        <translation>Tutaj pojawią się raporty z wykresami: konwersja w lejku, wygrane i przegrane transakcje, plan wobec wykonania, źródła leadów, handlowcy i analiza ABC/XYZ, każdy z eksportem do Excela i Worda.</translation>
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
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Motyw:</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>Plik &amp;bazy danych:</translation>
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
        <source>Backups folder</source>
        <translation>Folder kopii zapasowych</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
</TS>
