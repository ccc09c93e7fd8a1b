<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Открыть другой файл…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>Создать новую базу данных…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; is damaged (%2). Restore it from a backup (File &gt; Restore from backup).</source>
        <translation>База данных «%1» повреждена (%2). Восстановите её из резервной копии (Файл &gt; Восстановить из резервной копии).</translation>
    </message>
    <message>
        <source>Daily backup written to %1</source>
        <translation>Ежедневная резервная копия сохранена в %1</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Calls, meetings and to-dos will be shown here by month, week and day, with call-back reminders that fire even while the window is closed to the tray.</source>
        <translation>Здесь будут звонки, встречи и дела по месяцам, неделям и дням, с напоминаниями перезвонить, которые срабатывают, даже когда окно свёрнуто в трей.</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Companies with their people and private clients will be listed here, with search as you type, filters, saved segments and a card per contact that holds the whole history of work with them.</source>
        <translation>Здесь будут компании с их сотрудниками и частные клиенты: поиск по мере ввода, фильтры, сохранённые сегменты и карточка каждого контакта со всей историей работы с ним.</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>The sales funnel will be a board here: a column per stage, a card per deal, moved by dragging, with a warning on every open deal that has no next task.</source>
        <translation>Здесь воронка продаж станет доской: колонка на этап, карточка на сделку, перемещение перетаскиванием и предупреждение у каждой открытой сделки без следующей задачи.</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>This database is empty. Load demo data to try crm-desktop with realistic companies, people, deals and tasks, or start with an empty database.</source>
        <translation>Эта база данных пуста. Загрузите демонстрационные данные, чтобы попробовать crm-desktop на правдоподобных компаниях, людях, сделках и задачах, или начните с пустой базы.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Загрузить демо-данные</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Начать с пустой</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>Задачи на сегодня</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Просроченные задачи</translation>
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
        <translation>Разделы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;About crm-desktop</source>
        <translation>&amp;О программе crm-desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Side &amp;bar</source>
        <translation>&amp;Боковая панель</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Идёт работа</translation>
    </message>
    <message>
        <source>A task is still running. Cancel it and quit? Nothing half-done is kept.</source>
        <translation>Задача ещё выполняется. Отменить её и выйти? Ничего недоделанного не сохранится.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Пользователь: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
    <message>
        <source>Demo data loaded: %1 contacts, %2 deals.</source>
        <translation>Демо-данные загружены: контактов %1, сделок %2.</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>Загрузка демо-данных…</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Резервная копия сохранена в %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>A server database is restored with the server&apos;s own tools.</source>
        <translation>Серверная база данных восстанавливается средствами самого сервера.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Replace the current database with the backup &apos;%1&apos;? The current database is kept as a backup first.</source>
        <translation>Заменить текущую базу данных резервной копией «%1»? Сначала текущая база будет сохранена как резервная копия.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; use Open database to open it.</source>
        <translation>«%1» уже существует; откройте его командой «Открыть базу данных».</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;crm-desktop %1&lt;/h3&gt;&lt;p&gt;An offline-first desktop CRM: contacts, a sales funnel, tasks with reminders, reports and documents, in one file on your computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Data folder: %3&lt;br&gt;Backups: %4&lt;/p&gt;&lt;p&gt;Qt for Python %5, SQLAlchemy %6. Persian text uses the Vazirmatn font (SIL Open Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;crm-desktop %1&lt;/h3&gt;&lt;p&gt;Настольная CRM, работающая без сети: контакты, воронка продаж, задачи с напоминаниями, отчёты и документы — в одном файле на вашем компьютере.&lt;/p&gt;&lt;p&gt;База данных: %2&lt;br&gt;Папка данных: %3&lt;br&gt;Резервные копии: %4&lt;/p&gt;&lt;p&gt;Qt for Python %5, SQLAlchemy %6. Персидский текст набран шрифтом Vazirmatn (SIL Open Font License).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About crm-desktop</source>
        <translation>О программе crm-desktop</translation>
    </message>
    <message>
        <source>crm-desktop databases (*.db *.sqlite);;All files (*)</source>
        <translation>Базы данных crm-desktop (*.db *.sqlite);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Reports with charts will be here: funnel conversion, won and lost deals, the plan against the actual, lead sources, managers and ABC/XYZ analysis, each exportable to Excel and Word.</source>
        <translation>Здесь будут отчёты с графиками: конверсия воронки, выигранные и проигранные сделки, план и факт, источники лидов, менеджеры и ABC/XYZ-анализ, каждый с выгрузкой в Excel и Word.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>Файл &amp;базы данных:</translation>
    </message>
    <message>
        <source>&amp;Backups folder:</source>
        <translation>Папка &amp;резервных копий:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Папка резервных копий</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
</TS>
