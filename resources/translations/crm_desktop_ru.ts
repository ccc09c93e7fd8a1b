<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>What</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Потенциальный клиент</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Высокий приоритет</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>В %1</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>В назначенное время</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>Через %1 после срока</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>За %1 до срока</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Ежегодно</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>каждые %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Ничего не запланировано</translation>
    </message>
    <message>
        <source>Nothing planned in these days</source>
        <translation>На эти дни ничего не запланировано</translation>
    </message>
</context>
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
    <name>BringBackDialog</name>
    <message>
        <source>Bring back an offline copy</source>
        <translation>Вернуть офлайн-копию</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <source>Choose the copy; it is compared with this database before anything is written.</source>
        <translation>Выберите копию; перед записью она будет сравнена с этой базой данных.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>В этой базе данных</translation>
    </message>
    <message>
        <source>In the copy</source>
        <translation>В копии</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Keep all from this &amp;database</source>
        <translation>Оставить всё из этой &amp;базы данных</translation>
    </message>
    <message>
        <source>Take all from the c&amp;opy</source>
        <translation>Взять всё из к&amp;опии</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>Ве&amp;рнуть</translation>
    </message>
    <message>
        <source>&amp;Copy:</source>
        <translation>&amp;Копия:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>Запись хронологии</translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation>В корзине</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Phones and emails</source>
        <translation>Телефоны и эл. почта</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридическое название</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation>перемещено в корзину</translation>
    </message>
    <message>
        <source>deleted for good</source>
        <translation>удалено навсегда</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>This copy was already brought back on %1 (UTC); nothing changed. Take a new copy to go on working offline.</source>
        <translation>Эта копия уже была возвращена %1 (UTC); ничего не изменилось. Чтобы продолжить работу без сети, создайте новую копию.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 merged, %4 moved to the Trash, %5 conflicts</source>
        <translation>добавлено: %1, обновлено: %2, объединено: %3, перемещено в корзину: %4, конфликтов: %5</translation>
    </message>
    <message>
        <source>Brought back: %1.</source>
        <translation>Возвращено: %1.</translation>
    </message>
    <message>
        <source>The copy was taken on %1 by %2.</source>
        <translation>Копия создана %1 пользователем %2.</translation>
    </message>
    <message>
        <source>The copy was taken on %1.</source>
        <translation>Копия создана %1.</translation>
    </message>
    <message>
        <source>It would bring: %1.</source>
        <translation>Будет перенесено: %1.</translation>
    </message>
    <message>
        <source>Choose which value to keep for each conflict, then Bring back.</source>
        <translation>Для каждого конфликта выберите, какое значение оставить, затем нажмите «Вернуть».</translation>
    </message>
    <message>
        <source>No conflicts: Bring back writes it.</source>
        <translation>Конфликтов нет: кнопка «Вернуть» запишет изменения.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <source>Comparing the copy…</source>
        <translation>Сравнение копии…</translation>
    </message>
    <message>
        <source>When the copy was taken: %1</source>
        <translation>На момент создания копии: %1</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Эта база данных</translation>
    </message>
    <message>
        <source>The copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Bringing it back…</source>
        <translation>Возвращение…</translation>
    </message>
    <message>
        <source>Bringing back the offline copy…</source>
        <translation>Возвращение офлайн-копии…</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Add &amp;tag…</source>
        <translation>Добавить &amp;тег…</translation>
    </message>
    <message>
        <source>&amp;Remove tag…</source>
        <translation>Уб&amp;рать тег…</translation>
    </message>
    <message>
        <source>Change &amp;owner…</source>
        <translation>Сменить от&amp;ветственного…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>У&amp;далить</translation>
    </message>
    <message>
        <source>Move the selected records to the Trash (Del)</source>
        <translation>Переместить выбранные записи в корзину (Del)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the selected rows, or the whole list, to Excel or CSV</source>
        <translation>Выгрузить выбранные строки или весь список в Excel или CSV</translation>
    </message>
    <message>
        <source>Gener&amp;ate documents…</source>
        <translation>&amp;Сформировать документы…</translation>
    </message>
    <message>
        <source>Fill a Word template for each selected record, or one document for all of them</source>
        <translation>Заполнить шаблон Word для каждой выбранной записи или один документ для всех</translation>
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
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Добавление тега</translation>
    </message>
    <message numerus="yes">
        <source>Tag added to %n record(s).</source>
        <translation>
            <numerusform>Тег добавлен к %n записи.</numerusform>
            <numerusform>Тег добавлен к %n записям.</numerusform>
            <numerusform>Тег добавлен к %n записям.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding the tag…</source>
        <translation>Добавление тега…</translation>
    </message>
    <message>
        <source>There are no tags yet.</source>
        <translation>Тегов пока нет.</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Удаление тега</translation>
    </message>
    <message numerus="yes">
        <source>Tag removed from %n record(s).</source>
        <translation>
            <numerusform>Тег убран у %n записи.</numerusform>
            <numerusform>Тег убран у %n записей.</numerusform>
            <numerusform>Тег убран у %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing the tag…</source>
        <translation>Удаление тега…</translation>
    </message>
    <message numerus="yes">
        <source>Owner changed for %n record(s).</source>
        <translation>
            <numerusform>Ответственный сменён у %n записи.</numerusform>
            <numerusform>Ответственный сменён у %n записей.</numerusform>
            <numerusform>Ответственный сменён у %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change owner of %n record(s)</source>
        <translation>
            <numerusform>Смена ответственного у %n записи</numerusform>
            <numerusform>Смена ответственного у %n записей</numerusform>
            <numerusform>Смена ответственного у %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the owner…</source>
        <translation>Смена ответственного…</translation>
    </message>
    <message numerus="yes">
        <source>Move %n person(s) to the Trash? They can be restored from there.</source>
        <translation>
            <numerusform>Переместить %n контакт в корзину? Его можно будет восстановить оттуда.</numerusform>
            <numerusform>Переместить %n контакта в корзину? Их можно будет восстановить оттуда.</numerusform>
            <numerusform>Переместить %n контактов в корзину? Их можно будет восстановить оттуда.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n company(-ies) to the Trash? They can be restored from there.</source>
        <translation>
            <numerusform>Переместить %n компанию в корзину? Её можно будет восстановить оттуда.</numerusform>
            <numerusform>Переместить %n компании в корзину? Их можно будет восстановить оттуда.</numerusform>
            <numerusform>Переместить %n компаний в корзину? Их можно будет восстановить оттуда.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) moved to the Trash.</source>
        <translation>
            <numerusform>%n запись перемещена в корзину.</numerusform>
            <numerusform>%n записи перемещены в корзину.</numerusform>
            <numerusform>%n записей перемещено в корзину.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Удаление %n записи</numerusform>
            <numerusform>Удаление %n записей</numerusform>
            <numerusform>Удаление %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Moving to the Trash…</source>
        <translation>Перемещение в корзину…</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected row(s)</source>
        <translation>
            <numerusform>Только %n выбранная строка</numerusform>
            <numerusform>Только %n выбранные строки</numerusform>
            <numerusform>Только %n выбранных строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the list as shown (%n record(s))</source>
        <translation>
            <numerusform>Только список в текущем виде (%n запись)</numerusform>
            <numerusform>Только список в текущем виде (%n записи)</numerusform>
            <numerusform>Только список в текущем виде (%n записей)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n строка выгружена в %1</numerusform>
            <numerusform>%n строки выгружены в %1</numerusform>
            <numerusform>%n строк выгружено в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Годовщина</translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation>День рождения: %1</translation>
    </message>
    <message>
        <source>Anniversary: %1</source>
        <translation>Годовщина: %1</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Новая задача…</translation>
    </message>
    <message>
        <source>New task (N in the calendar)</source>
        <translation>Новая задача (N в календаре)</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>Show the task lists beside the calendar</source>
        <translation>Показать списки задач рядом с календарём</translation>
    </message>
    <message>
        <source>The task lists are not available in this version</source>
        <translation>Списки задач недоступны в этой версии</translation>
    </message>
    <message>
        <source>Calendar days by the hour</source>
        <translation>Дни календаря по часам</translation>
    </message>
    <message>
        <source>Calendar month</source>
        <translation>Месяц в календаре</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
    <message>
        <source>Repeating task</source>
        <translation>Повторяющаяся задача</translation>
    </message>
    <message>
        <source>Change only this occurrence, or every occurrence of the series?</source>
        <translation>Изменить только это повторение или все повторения серии?</translation>
    </message>
    <message>
        <source>Only this &amp;occurrence</source>
        <translation>Только это &amp;повторение</translation>
    </message>
    <message>
        <source>The whole &amp;series</source>
        <translation>Всю &amp;серию</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Перемещение «%1»</translation>
    </message>
    <message>
        <source>Change the length of %1</source>
        <translation>Изменение длительности «%1»</translation>
    </message>
</context>
<context>
    <name>CampaignEditDialog</name>
    <message>
        <source>Change campaign</source>
        <translation>Изменение кампании</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Новая кампания</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>Без источника лида</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Lead &amp;source:</source>
        <translation>&amp;Источник лида:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Затраты:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount. Type digits, for example 1500.</source>
        <translation>«%1» — не сумма. Введите цифры, например 1500.</translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Show campaigns in the &amp;Trash</source>
        <translation>Показать кампании в &amp;корзине</translation>
    </message>
    <message>
        <source>%1 (in the Trash)</source>
        <translation>%1 (в корзине)</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Удаление кампании</translation>
    </message>
    <message>
        <source>Move the campaign &apos;%1&apos; to the Trash? Its deals keep it; it can be restored.</source>
        <translation>Переместить кампанию «%1» в корзину? Её сделки сохранят привязку к ней; кампанию можно будет восстановить.</translation>
    </message>
</context>
<context>
    <name>ChannelRow</name>
    <message>
        <source>Label of the %1</source>
        <translation>Метка: %1</translation>
    </message>
    <message>
        <source>+31 20 123 4567</source>
        <translation>+7 495 123-45-67</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@никнейм</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Написать</translation>
    </message>
    <message>
        <source>Call this number with the system&apos;s phone program</source>
        <translation>Позвонить на этот номер через системную программу для звонков</translation>
    </message>
    <message>
        <source>Write to this address with the system&apos;s mail program</source>
        <translation>Написать на этот адрес через системную почтовую программу</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Основной</translation>
    </message>
    <message>
        <source>The one used first for this kind of contact</source>
        <translation>Используется в первую очередь для этого вида связи</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove this %1</source>
        <translation>Удалить: %1</translation>
    </message>
</context>
<context>
    <name>ChannelsEditor</name>
    <message>
        <source>work</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <source>home</source>
        <translation>домашний</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другой</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Добавить телефон</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Добавить эл. почту</translation>
    </message>
    <message>
        <source>Add messenger</source>
        <translation>Добавить мессенджер</translation>
    </message>
</context>
<context>
    <name>ClientListDialog</name>
    <message>
        <source>Clients in %1</source>
        <translation>Клиенты в %1</translation>
    </message>
    <message>
        <source>No clients in this cell.</source>
        <translation>В этой ячейке нет клиентов.</translation>
    </message>
</context>
<context>
    <name>CompanyCardDialog</name>
    <message>
        <source>D&amp;etails</source>
        <translation>Сведени&amp;я</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation>Открыть сайт в браузере</translation>
    </message>
    <message>
        <source>Bank, account number, BIC / SWIFT</source>
        <translation>Банк, расчётный счёт, БИК / SWIFT</translation>
    </message>
    <message>
        <source>What to know about this company…</source>
        <translation>Что важно знать об этой компании…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Le&amp;gal name:</source>
        <translation>&amp;Юридическое название:</translation>
    </message>
    <message>
        <source>Ta&amp;x ID:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <source>Re&amp;gistration no.:</source>
        <translation>&amp;Регистрационный номер:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Отрасль:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Са&amp;йт:</translation>
    </message>
    <message>
        <source>&amp;Founded on:</source>
        <translation>&amp;Дата основания:</translation>
    </message>
    <message>
        <source>Phones and emails</source>
        <translation>Телефоны и эл. почта</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Ответс&amp;твенный:</translation>
    </message>
    <message>
        <source>Lead so&amp;urce:</source>
        <translation>Источник &amp;лида:</translation>
    </message>
    <message>
        <source>Legal a&amp;ddress:</source>
        <translation>Юридический адр&amp;ес:</translation>
    </message>
    <message>
        <source>Postal addre&amp;ss:</source>
        <translation>&amp;Почтовый адрес:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>Стра&amp;на:</translation>
    </message>
    <message>
        <source>&amp;Bank details:</source>
        <translation>&amp;Банковские реквизиты:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Приме&amp;чания:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>People of the company</source>
        <translation>Контакты компании</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Добавить контакт…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Компания: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>последний контакт %1</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридическое название</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Банковские реквизиты</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Дата основания</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>&amp;People (%1)</source>
        <translation>&amp;Контакты (%1)</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Ни одна программа не смогла открыть %1.</translation>
    </message>
</context>
<context>
    <name>CompanyRole</name>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Chief accountant</source>
        <translation>Главный бухгалтер</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Бухгалтер</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Юрист</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Purchasing manager</source>
        <translation>Менеджер по закупкам</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Менеджер по продажам</translation>
    </message>
    <message>
        <source>IT manager</source>
        <translation>ИТ-менеджер</translation>
    </message>
    <message>
        <source>Chief engineer</source>
        <translation>Главный инженер</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Инженер</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Reached, agreed on the next step</source>
        <translation>Связались, договорились о следующем шаге</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Оставлено сообщение</translation>
    </message>
    <message>
        <source>Done as planned</source>
        <translation>Выполнено по плану</translation>
    </message>
    <message>
        <source>Postponed by the client</source>
        <translation>Перенесено клиентом</translation>
    </message>
    <message>
        <source>Complete: %1</source>
        <translation>Завершение: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation>Каков результат?</translation>
    </message>
    <message>
        <source>&amp;Plan the next task</source>
        <translation>Запланировать &amp;следующую задачу</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>Complete task</source>
        <translation>Завершение задачи</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Связаться: %1</translation>
    </message>
    <message>
        <source>Plan the next task</source>
        <translation>Запланировать следующую задачу</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>Someone changed this record while you were editing it. For each field, choose the value to keep.</source>
        <translation>Кто-то изменил эту запись, пока вы её редактировали. Для каждого поля выберите, какое значение оставить.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Их значение</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ваше значение</translation>
    </message>
    <message>
        <source>%1: their value %2</source>
        <translation>%1: их значение %2</translation>
    </message>
    <message>
        <source>%1: your value %2</source>
        <translation>%1: ваше значение %2</translation>
    </message>
    <message>
        <source>Save these values</source>
        <translation>Сохранить эти значения</translation>
    </message>
</context>
<context>
    <name>ContactCardDialog</name>
    <message>
        <source>Save (%1)</source>
        <translation>Сохранить (%1)</translation>
    </message>
    <message>
        <source>Custo&amp;m fields</source>
        <translation>Дополнительн&amp;ые поля</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>&amp;Сделки</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>&amp;Задачи</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>Док&amp;ументы</translation>
    </message>
    <message>
        <source>Attac&amp;hments</source>
        <translation>&amp;Вложения</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(не назначен)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>This record is in the Trash since %1. Restore it from the Trash to work with it again.</source>
        <translation>Эта запись в корзине с %1. Восстановите её из корзины, чтобы снова с ней работать.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country. Choose one from the list, or type its two-letter code.</source>
        <translation>«%1» — не страна. Выберите страну из списка или введите её двухбуквенный код.</translation>
    </message>
    <message>
        <source>Not saved: the record was changed elsewhere.</source>
        <translation>Не сохранено: запись изменена в другом месте.</translation>
    </message>
    <message>
        <source>Saved. Please check: %1</source>
        <translation>Сохранено. Проверьте: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменение «%1»</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Сохранить изменения: %1?</translation>
    </message>
    <message>
        <source>this new record</source>
        <translation>новая запись</translation>
    </message>
    <message>
        <source>This record was deleted for good; it can no longer be saved.</source>
        <translation>Эта запись удалена безвозвратно; её больше нельзя сохранить.</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>&amp;Open deal</source>
        <translation>&amp;Открыть сделку</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>&amp;Plan task…</source>
        <translation>&amp;Запланировать задачу…</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>За&amp;вершить…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>&amp;Открыть документ</translation>
    </message>
    <message>
        <source>&amp;Generate document…</source>
        <translation>Сформиров&amp;ать документ…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Открыть файл</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>П&amp;рикрепить файл…</translation>
    </message>
    <message>
        <source>&amp;Remove file</source>
        <translation>&amp;Удалить файл</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What is the next step with %1?</source>
        <translation>Какой следующий шаг: %1?</translation>
    </message>
    <message>
        <source>Complete the task</source>
        <translation>Завершение задачи</translation>
    </message>
    <message>
        <source>What came of &apos;%1&apos;?</source>
        <translation>Каков результат задачи «%1»?</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Ни одна программа не смогла открыть %1.</translation>
    </message>
    <message>
        <source>The file of &apos;%1&apos; is no longer at %2.</source>
        <translation>Файла документа «%1» больше нет по пути %2.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <source>Save the card first; then files can be attached to it.</source>
        <translation>Сначала сохраните карточку; затем к ней можно будет прикреплять файлы.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation>Прикрепление файла %1…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Удаление файла</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from this card?</source>
        <translation>Удалить «%1» из этой карточки?</translation>
    </message>
</context>
<context>
    <name>ContactCards</name>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
</context>
<context>
    <name>ContactColumns</name>
    <message>
        <source>Name</source>
        <translation>Имя / название</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Контакты</translation>
    </message>
</context>
<context>
    <name>ContactStatus</name>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Потенциальный клиент</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Former client</source>
        <translation>Бывший клиент</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потерян</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <source>&amp;Companies</source>
        <translation>Ко&amp;мпании</translation>
    </message>
    <message>
        <source>Search names, companies, phones, emails, cities, tags… (Ctrl+F)</source>
        <translation>Поиск по именам, компаниям, телефонам, почте, городам, тегам… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Поиск контактов</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Сбросить фильтр</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Новый контакт</translation>
    </message>
    <message>
        <source>A new person (Ctrl+N)</source>
        <translation>Новый контакт (Ctrl+N)</translation>
    </message>
    <message>
        <source>New co&amp;mpany</source>
        <translation>Новая ком&amp;пания</translation>
    </message>
    <message>
        <source>A new company (Ctrl+Shift+N)</source>
        <translation>Новая компания (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Lists and segments</source>
        <translation>Списки и сегменты</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Выделенное</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation>Найти д&amp;убли…</translation>
    </message>
    <message>
        <source>Ta&amp;gs…</source>
        <translation>Т&amp;еги…</translation>
    </message>
    <message>
        <source>Create, rename, recolour and delete tags</source>
        <translation>Создание, переименование, смена цвета и удаление тегов</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>&amp;Filter (%1)…</source>
        <translation>&amp;Фильтр (%1)…</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Фильтр…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Все контакты</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Все компании</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Edit filter…</source>
        <translation>&amp;Изменить фильтр…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>Переименование сегмента</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>Delete the segment &apos;%1&apos;? The people and companies in it stay.</source>
        <translation>Удалить сегмент «%1»? Контакты и компании из него останутся.</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Удаление сегмента</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(-ies)</source>
        <translation>
            <numerusform>%n компания</numerusform>
            <numerusform>%n компании</numerusform>
            <numerusform>%n компаний</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>Подходит %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>выделено: %n</numerusform>
            <numerusform>выделено: %n</numerusform>
            <numerusform>выделено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Ничего не найдено по запросу «%1».</translation>
    </message>
    <message>
        <source>Nothing matches this filter.</source>
        <translation>Под этот фильтр ничего не подходит.</translation>
    </message>
    <message>
        <source>No people yet — New person or File ▸ Import</source>
        <translation>Контактов пока нет — Новый контакт или Файл ▸ Импорт</translation>
    </message>
    <message>
        <source>No companies yet — New company or File ▸ Import</source>
        <translation>Компаний пока нет — Новая компания или Файл ▸ Импорт</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
</context>
<context>
    <name>CustomConditionRow</name>
    <message>
        <source>contains</source>
        <translation>содержит</translation>
    </message>
    <message>
        <source>is</source>
        <translation>равно</translation>
    </message>
    <message>
        <source>on</source>
        <translation>в день</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>не раньше</translation>
    </message>
    <message>
        <source>on or before</source>
        <translation>не позже</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>включает</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Да / нет</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор из списка</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Множественный выбор</translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <source>There are no custom fields yet. Add them with Fields…</source>
        <translation>Дополнительных полей пока нет. Добавьте их кнопкой «Поля…».</translation>
    </message>
    <message>
        <source>Fi&amp;elds…</source>
        <translation>По&amp;ля…</translation>
    </message>
    <message>
        <source>Add, change, order or delete the custom fields</source>
        <translation>Добавить, изменить, упорядочить или удалить дополнительные поля</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>%1: no date</source>
        <translation>%1: без даты</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number. Type digits, for example %2.</source>
        <translation>Значение поля «%1» — не число. Введите цифры, например %2.</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n день на этапе</numerusform>
            <numerusform>%n дня на этапе</numerusform>
            <numerusform>%n дней на этапе</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotting: %1</source>
        <translation>Застой: %1</translation>
    </message>
    <message>
        <source>⚠ No next task</source>
        <translation>⚠ Нет следующей задачи</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Следующая: %1</translation>
    </message>
</context>
<context>
    <name>DealEditorDialog</name>
    <message>
        <source>&amp;Deal</source>
        <translation>&amp;Сделка</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Позиции</translation>
    </message>
    <message>
        <source>Custo&amp;m fields</source>
        <translation>Дополнительн&amp;ые поля</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>За&amp;дачи</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Файлы</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>Deal: %1</source>
        <translation>Сделка: %1</translation>
    </message>
    <message>
        <source>&amp;Computed from lines</source>
        <translation>&amp;Рассчитывать по позициям</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>&amp;No date</source>
        <translation>&amp;Без даты</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(не назначен)</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Сумм&amp;а:</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>Ожидаемое &amp;закрытие:</translation>
    </message>
    <message>
        <source>P&amp;robability:</source>
        <translation>В&amp;ероятность:</translation>
    </message>
    <message>
        <source>Lead so&amp;urce:</source>
        <translation>Источник &amp;лида:</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>Начните вводить название компании</translation>
    </message>
    <message>
        <source>Type to find a person</source>
        <translation>Начните вводить имя контакта</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Вернуть в работу</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>Ко&amp;мпания:</translation>
    </message>
    <message>
        <source>Per&amp;son:</source>
        <translation>&amp;Контакт:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Приме&amp;чания:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>НДС, %</translation>
    </message>
    <message>
        <source>Total (net)</source>
        <translation>Итого без НДС</translation>
    </message>
    <message>
        <source>Deal lines</source>
        <translation>Позиции сделки</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Доб&amp;авить позицию</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Удалить позицию</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Tasks of the deal</source>
        <translation>Задачи сделки</translation>
    </message>
    <message>
        <source>&amp;Plan task…</source>
        <translation>&amp;Запланировать задачу…</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>За&amp;вершить…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Вложенные файлы</translation>
    </message>
    <message>
        <source>A&amp;ttached files:</source>
        <translation>&amp;Вложения:</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>П&amp;рикрепить файл…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Generated documents</source>
        <translation>Сформированные документы</translation>
    </message>
    <message>
        <source>Generated do&amp;cuments:</source>
        <translation>Сформированные доку&amp;менты:</translation>
    </message>
    <message>
        <source>Open docu&amp;ment</source>
        <translation>Открыть до&amp;кумент</translation>
    </message>
    <message>
        <source>&amp;Generate document…</source>
        <translation>Сформиров&amp;ать документ…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Время на этапе</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>История этапов</translation>
    </message>
    <message>
        <source>(no longer listed)</source>
        <translation>(больше нет в списке)</translation>
    </message>
    <message>
        <source>This deal was won on %1.</source>
        <translation>Эта сделка выиграна %1.</translation>
    </message>
    <message>
        <source>This deal was lost on %1.</source>
        <translation>Эта сделка проиграна %1.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Причина: %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Комментарий: %1</translation>
    </message>
    <message>
        <source>Reopen it to change its stage.</source>
        <translation>Верните её в работу, чтобы изменить этап.</translation>
    </message>
    <message>
        <source>The deal was saved, but not its custom fields: %1</source>
        <translation>Сделка сохранена, но её дополнительные поля — нет: %1</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this deal. Your changes are still in this window.</source>
        <translation>Не сохранено: кто-то другой изменил эту сделку. Ваши изменения остались в этом окне.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>computed from the lines</source>
        <translation>рассчитывается по позициям</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>(still there)</source>
        <translation>(всё ещё на этапе)</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 дн. %2 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>шт.</translation>
    </message>
    <message>
        <source>Net: %1 %4   VAT: %2 %4   Gross: %3 %4</source>
        <translation>Без НДС: %1 %4   НДС: %2 %4   Итого: %3 %4</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Complete the task</source>
        <translation>Завершение задачи</translation>
    </message>
    <message>
        <source>What came of &apos;%1&apos;?</source>
        <translation>Каков результат задачи «%1»?</translation>
    </message>
    <message>
        <source>Attach a file to the deal</source>
        <translation>Прикрепить файл к сделке</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Ни одна программа не смогла открыть %1.</translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation>Прикрепление файла %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from this deal?</source>
        <translation>Удалить «%1» из этой сделки?</translation>
    </message>
    <message>
        <source>The file of &apos;%1&apos; is no longer at %2.</source>
        <translation>Файла документа «%1» больше нет по пути %2.</translation>
    </message>
    <message>
        <source>Stage default</source>
        <translation>Как у этапа</translation>
    </message>
    <message>
        <source>Stage default (%1 %)</source>
        <translation>Как у этапа (%1 %)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount. Type digits, for example 1250.50.</source>
        <translation>«%1» — не сумма. Введите цифры, например 1250,50.</translation>
    </message>
    <message>
        <source>No company is called &apos;%1&apos;. Choose one from the list that opens as you type, or clear the field.</source>
        <translation>Компании «%1» нет. Выберите компанию из списка, который открывается при вводе, или очистите поле.</translation>
    </message>
    <message>
        <source>No person is called &apos;%1&apos;. Choose one from the list that opens as you type, or clear the field.</source>
        <translation>Контакта «%1» нет. Выберите контакт из списка, который открывается при вводе, или очистите поле.</translation>
    </message>
    <message>
        <source>Your changes are still in this window. Cancel and open the deal again to see the other change.</source>
        <translation>Ваши изменения остались в этом окне. Нажмите «Отмена» и откройте сделку заново, чтобы увидеть изменение, внесённое в другом месте.</translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>та же эл. почта</translation>
    </message>
    <message>
        <source>same tax id</source>
        <translation>тот же ИНН</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>похожее имя</translation>
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
        <translation>Возможный дубль: %1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Открыть: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (.csv)</source>
        <translation>Файл CSV (.csv)</translation>
    </message>
    <message>
        <source>vCard file for address books (.vcf)</source>
        <translation>Файл vCard для адресных книг (.vcf)</translation>
    </message>
    <message>
        <source>iCalendar file for calendar apps (.ics)</source>
        <translation>Файл iCalendar для приложений-календарей (.ics)</translation>
    </message>
    <message>
        <source>One column per field, ready to import again</source>
        <translation>По столбцу на каждое поле, готово к повторному импорту</translation>
    </message>
    <message>
        <source>Everything stored, with IDs and dates of change</source>
        <translation>Все сохранённые данные, с ID и датами изменений</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>Tasks that are done are not written</source>
        <translation>Завершённые задачи не выгружаются</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>&amp;All of them</source>
        <translation>&amp;Все</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Что:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Столбцы:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard file (*.vcf)</source>
        <translation>Файл vCard (*.vcf)</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>Файл iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1</source>
        <translation>
            <numerusform>%n запись выгружена в %1</numerusform>
            <numerusform>%n записи выгружены в %1</numerusform>
            <numerusform>%n записей выгружено в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Отменено; файл не создан.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>FieldDefinitionEditDialog</name>
    <message>
        <source>New field</source>
        <translation>Новое поле</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Поле: %1</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>Один вариант на строку</translation>
    </message>
    <message>
        <source>One option per line, in the order they are offered.</source>
        <translation>Один вариант на строку, в том порядке, в котором их предлагать.</translation>
    </message>
    <message>
        <source>&amp;Required: a record cannot be saved without it</source>
        <translation>&amp;Обязательное: без него запись не сохранить</translation>
    </message>
    <message>
        <source>The type of a field cannot be changed once it is created.</source>
        <translation>Тип поля нельзя изменить после его создания.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Варианты:</translation>
    </message>
</context>
<context>
    <name>FieldDefinitionsDialog</name>
    <message>
        <source>Custom fields of companies</source>
        <translation>Дополнительные поля компаний</translation>
    </message>
    <message>
        <source>Custom fields of people</source>
        <translation>Дополнительные поля контактов</translation>
    </message>
    <message>
        <source>Custom fields of deals</source>
        <translation>Дополнительные поля сделок</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>&amp;Fields, in the order the forms show them:</source>
        <translation>&amp;Поля в том порядке, в котором их показывают формы:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Вв&amp;ерх</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Вни&amp;з</translation>
    </message>
    <message>
        <source>%1 (%2, required)</source>
        <translation>%1 (%2, обязательное)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete the field &apos;%1&apos;? It disappears from every form; the values already typed stay in the database.</source>
        <translation>Удалить поле «%1»? Оно исчезнет из всех форм; уже введённые значения останутся в базе данных.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx, .xls), an OpenDocument spreadsheet (.ods) or a CSV file. Its first row with column names is found by itself.</source>
        <translation>Книга Excel (.xlsx, .xls), электронная таблица OpenDocument (.ods) или файл CSV. Первая строка с названиями столбцов находится автоматически.</translation>
    </message>
    <message>
        <source>A vCard file (.vcf) imports contacts, an iCalendar file (.ics) its events and to-dos as tasks.</source>
        <translation>Из файла vCard (.vcf) импортируются контакты, из файла iCalendar (.ics) — его события и дела в виде задач.</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>Путь к файлу для импорта</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Запятая ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Точка с запятой ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Вертикальная черта |</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Import &amp;into:</source>
        <translation>&amp;Куда импортировать:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Кодиро&amp;вка:</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Строка &amp;заголовка:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Импорт файла</translation>
    </message>
    <message>
        <source>Files to import (%1);;Spreadsheets and CSV files (%2);;vCard contacts (*.vcf);;iCalendar events and to-dos (*.ics);;All files (*)</source>
        <translation>Файлы для импорта (%1);;Электронные таблицы и файлы CSV (%2);;Контакты vCard (*.vcf);;События и дела iCalendar (*.ics);;Все файлы (*)</translation>
    </message>
    <message>
        <source>A vCard file holds contacts</source>
        <translation>Файл vCard содержит контакты</translation>
    </message>
    <message>
        <source>An iCalendar file&apos;s events and to-dos become tasks</source>
        <translation>События и дела из файла iCalendar становятся задачами</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>“%1” holds no events or to-dos (no BEGIN:VEVENT or BEGIN:VTODO line).</source>
        <translation>В «%1» нет ни событий, ни дел (нет строки BEGIN:VEVENT или BEGIN:VTODO).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n строка)</numerusform>
            <numerusform>%1 (%n строки)</numerusform>
            <numerusform>%1 (%n строк)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n data row(s)</source>
        <translation>
            <numerusform>около %n строки данных</numerusform>
            <numerusform>около %n строк данных</numerusform>
            <numerusform>около %n строк данных</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown number of data rows</source>
        <translation>неизвестное число строк данных</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s), %1. Header on row %2: %3</source>
        <translation>
            <numerusform>%n столбец, %1. Заголовок в строке %2: %3</numerusform>
            <numerusform>%n столбца, %1. Заголовок в строке %2: %3</numerusform>
            <numerusform>%n столбцов, %1. Заголовок в строке %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>A vCard file. Cards found: %1. Each becomes a contact (a person); their fields need no matching.</source>
        <translation>Файл vCard. Найдено карточек: %1. Каждая станет контактом (человеком); сопоставлять поля не нужно.</translation>
    </message>
    <message>
        <source>Cards that cannot be read: %1; the run lists them with the reason.</source>
        <translation>Нечитаемых карточек: %1; при запуске они будут перечислены с указанием причины.</translation>
    </message>
    <message>
        <source>An iCalendar file. Events and to-dos found: %1. Each becomes a task, with its reminders and its repeats.</source>
        <translation>Файл iCalendar. Найдено событий и дел: %1. Каждое станет задачей — с напоминаниями и повторами.</translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <source>Edit segment</source>
        <translation>Изменение сегмента</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любой тег</translation>
    </message>
    <message>
        <source>Any lead source</source>
        <translation>Любой источник лида</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Любой товар</translation>
    </message>
    <message>
        <source>Not contacted for</source>
        <translation>Нет контакта уже</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>No planned next task</source>
        <translation>Нет запланированной следующей задачи</translation>
    </message>
    <message>
        <source>Birthday this week</source>
        <translation>День рождения на этой неделе</translation>
    </message>
    <message>
        <source>Segment &amp;name:</source>
        <translation>&amp;Название сегмента:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Тег:</translation>
    </message>
    <message>
        <source>Lead &amp;source:</source>
        <translation>Источник &amp;лида:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>Bought &amp;product:</source>
        <translation>Купленный то&amp;вар:</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>&amp;Add condition</source>
        <translation>&amp;Добавить условие</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>&amp;Сбросить всё</translation>
    </message>
    <message>
        <source>Save as se&amp;gment…</source>
        <translation>Сохранить как сег&amp;мент…</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Удалить это условие</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>«%1» — не число.</translation>
    </message>
    <message>
        <source>Save as segment</source>
        <translation>Сохранение сегмента</translation>
    </message>
    <message>
        <source>Name of the segment:</source>
        <translation>Название сегмента:</translation>
    </message>
</context>
<context>
    <name>FindDuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Поиск дублей</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>&amp;Look among:</source>
        <translation>&amp;Искать среди:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Groups of duplicates</source>
        <translation>Группы дублей</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Press Search to look through the whole base.</source>
        <translation>Нажмите «Найти», чтобы просмотреть всю базу.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>От&amp;крыть</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Поиск дублей…</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>Поиск отменён.</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>Записей: %1</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Дублей не найдено.</translation>
    </message>
    <message>
        <source>Groups found: %1. Choose one and press Merge.</source>
        <translation>Найдено групп: %1. Выберите одну и нажмите «Объединить».</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Filter deals…</source>
        <translation>Фильтр сделок…</translation>
    </message>
    <message>
        <source>&amp;My deals</source>
        <translation>&amp;Мои сделки</translation>
    </message>
    <message>
        <source>Detailed cards</source>
        <translation>Подробные карточки</translation>
    </message>
    <message>
        <source>Compact cards</source>
        <translation>Компактные карточки</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>&amp;Новая сделка…</translation>
    </message>
    <message>
        <source>&amp;Stages…</source>
        <translation>&amp;Этапы…</translation>
    </message>
    <message>
        <source>Without next &amp;task…</source>
        <translation>Без следующей &amp;задачи…</translation>
    </message>
    <message>
        <source>Next task &amp;required</source>
        <translation>&amp;Требовать следующую задачу</translation>
    </message>
    <message>
        <source>Refuse moves and task completions that leave an open deal without a planned next task</source>
        <translation>Запрещать перемещения и завершение задач, после которых у открытой сделки не остаётся запланированной следующей задачи</translation>
    </message>
    <message>
        <source>Drop here: won</source>
        <translation>Перетащите сюда: выиграна</translation>
    </message>
    <message>
        <source>Drop here: lost</source>
        <translation>Перетащите сюда: проиграна</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все теги</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
</context>
<context>
    <name>GenerateDocumentDialog</name>
    <message>
        <source>One &amp;file for each record</source>
        <translation>Отдельный &amp;файл для каждой записи</translation>
    </message>
    <message>
        <source>One co&amp;mbined document</source>
        <translation>&amp;Один общий документ</translation>
    </message>
    <message>
        <source>Also save as &amp;PDF</source>
        <translation>Также сохранить в &amp;PDF</translation>
    </message>
    <message>
        <source>PDF files are made with LibreOffice, which is not installed on this computer.</source>
        <translation>PDF-файлы создаются с помощью LibreOffice, а он не установлен на этом компьютере.</translation>
    </message>
    <message>
        <source>What the records lack</source>
        <translation>Чего не хватает в записях</translation>
    </message>
    <message>
        <source>Problems of the template</source>
        <translation>Проблемы шаблона</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Сформировать</translation>
    </message>
    <message>
        <source>&amp;Generate all</source>
        <translation>Сформировать &amp;все</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <source>Generate document</source>
        <translation>Формирование документа</translation>
    </message>
    <message>
        <source>Generate documents</source>
        <translation>Формирование документов</translation>
    </message>
    <message numerus="yes">
        <source>Generate documents for %n selected deal(s).</source>
        <translation>
            <numerusform>Сформировать документы для %n выбранной сделки.</numerusform>
            <numerusform>Сформировать документы для %n выбранных сделок.</numerusform>
            <numerusform>Сформировать документы для %n выбранных сделок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate documents for %n selected company(-ies).</source>
        <translation>
            <numerusform>Сформировать документы для %n выбранной компании.</numerusform>
            <numerusform>Сформировать документы для %n выбранных компаний.</numerusform>
            <numerusform>Сформировать документы для %n выбранных компаний.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate documents for %n selected person(s).</source>
        <translation>
            <numerusform>Сформировать документы для %n выбранного контакта.</numerusform>
            <numerusform>Сформировать документы для %n выбранных контактов.</numerusform>
            <numerusform>Сформировать документы для %n выбранных контактов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate a document for the deal “%1”.</source>
        <translation>Сформировать документ для сделки «%1».</translation>
    </message>
    <message>
        <source>Generate a document for the company “%1”.</source>
        <translation>Сформировать документ для компании «%1».</translation>
    </message>
    <message>
        <source>Generate a document for %1.</source>
        <translation>Сформировать документ для контакта %1.</translation>
    </message>
    <message>
        <source>Reading the templates…</source>
        <translation>Чтение шаблонов…</translation>
    </message>
    <message>
        <source>There is no template to choose; add one under Tools › Templates….</source>
        <translation>Нет шаблонов для выбора; добавьте шаблон в меню Сервис › Шаблоны….</translation>
    </message>
    <message>
        <source>Checking the records…</source>
        <translation>Проверка записей…</translation>
    </message>
    <message>
        <source>The records could not be checked: %1</source>
        <translation>Не удалось проверить записи: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Everything the template needs is there.</source>
        <translation>Всё, что нужно шаблону, есть.</translation>
    </message>
    <message>
        <source>The document can be generated, but some details are missing and will stay empty:</source>
        <translation>Документ можно сформировать, но некоторых сведений нет, и они останутся пустыми:</translation>
    </message>
    <message>
        <source>The document cannot be generated yet. Fill in what is missing, or choose another template:</source>
        <translation>Документ пока нельзя сформировать. Заполните недостающее или выберите другой шаблон:</translation>
    </message>
    <message numerus="yes">
        <source>The documents cannot be generated yet: %n record(s) lack what the template needs. Fill it in, or leave those records out of the selection:</source>
        <translation>
            <numerusform>Документы пока нельзя сформировать: в %n записи не хватает того, что нужно шаблону. Заполните недостающее или исключите эти записи из выделения:</numerusform>
            <numerusform>Документы пока нельзя сформировать: в %n записях не хватает того, что нужно шаблону. Заполните недостающее или исключите эти записи из выделения:</numerusform>
            <numerusform>Документы пока нельзя сформировать: в %n записях не хватает того, что нужно шаблону. Заполните недостающее или исключите эти записи из выделения:</numerusform>
        </translation>
    </message>
    <message>
        <source>Still checking the records; try again in a moment.</source>
        <translation>Записи ещё проверяются; повторите попытку через минуту.</translation>
    </message>
    <message>
        <source>Fill in what is missing first: the list above says what.</source>
        <translation>Сначала заполните недостающее: что именно, указано в списке выше.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Формирование…</translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation>Формирование: %1…</translation>
    </message>
    <message>
        <source>Nothing was generated.</source>
        <translation>Ничего не сформировано.</translation>
    </message>
    <message>
        <source>Document saved to %1</source>
        <translation>Документ сохранён в %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) saved to %1</source>
        <translation>
            <numerusform>%n документ сохранён в %1</numerusform>
            <numerusform>%n документа сохранено в %1</numerusform>
            <numerusform>%n документов сохранено в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The Word documents were saved, but no PDF could be made: %1</source>
        <translation>Документы Word сохранены, но PDF создать не удалось: %1</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Ни одна программа не смогла открыть %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
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
    <message>
        <source>Today&apos;s tasks</source>
        <translation>Задачи на сегодня</translation>
    </message>
    <message>
        <source>Deals needing attention</source>
        <translation>Сделки, требующие внимания</translation>
    </message>
    <message>
        <source>This month: won against the plan</source>
        <translation>Этот месяц: выиграно в сравнении с планом</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Недавняя активность</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>На сегодня ничего нет.</translation>
    </message>
    <message>
        <source>No overdue tasks.</source>
        <translation>Просроченных задач нет.</translation>
    </message>
    <message>
        <source>Every open deal is moving and has a next task.</source>
        <translation>Все открытые сделки движутся, и у каждой есть следующая задача.</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>Активности пока нет.</translation>
    </message>
    <message>
        <source>Nothing won this month yet.</source>
        <translation>В этом месяце пока ничего не выиграно.</translation>
    </message>
    <message>
        <source>won of %1 planned</source>
        <translation>выиграно из %1 по плану</translation>
    </message>
    <message>
        <source>won; no plan for this month</source>
        <translation>выиграно; плана на этот месяц нет</translation>
    </message>
    <message>
        <source>Set a sales &amp;plan…</source>
        <translation>Задать &amp;план продаж…</translation>
    </message>
    <message>
        <source>No open deals.</source>
        <translation>Открытых сделок нет.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
</context>
<context>
    <name>HomeTexts</name>
    <message numerus="yes">
        <source>%n day(s) in %1</source>
        <translation>
            <numerusform>%n день на этапе %1</numerusform>
            <numerusform>%n дня на этапе %1</numerusform>
            <numerusform>%n дней на этапе %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no next task</source>
        <translation>нет следующей задачи</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Revert…</source>
        <translation>&amp;Отменить импорт…</translation>
    </message>
    <message>
        <source>Take the selected import back: the records it created go to the Trash and the ones it updated get their old values</source>
        <translation>Отменить выбранный импорт: созданные им записи попадут в корзину, а обновлённые получат прежние значения</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Чтение истории…</translation>
    </message>
    <message>
        <source>Nothing was imported into this database yet.</source>
        <translation>В эту базу данных пока ничего не импортировалось.</translation>
    </message>
    <message>
        <source>Reverted %1</source>
        <translation>Отменён %1</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Не завершён</translation>
    </message>
    <message>
        <source>Cannot be reverted</source>
        <translation>Нельзя отменить</translation>
    </message>
    <message>
        <source>Revert the import of “%1”? The %2 record(s) it created go to the Trash and the %3 it updated get their values from before the import.</source>
        <translation>Отменить импорт «%1»? Созданные им записи (%2) попадут в корзину, а обновлённые (%3) получат значения, которые были до импорта.</translation>
    </message>
    <message>
        <source>Revert import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <source>The import was reverted: %1 record(s) moved to the Trash, %2 given their old values back.</source>
        <translation>Импорт отменён: записей перемещено в корзину — %1, записей с восстановленными значениями — %2.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Reverting the import…</source>
        <translation>Отмена импорта…</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
    <message>
        <source>Contacts (people)</source>
        <translation>Контакты (люди)</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Обновление</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропуск</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Полное имя (делится на имя и фамилию)</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Role in the company</source>
        <translation>Роль в компании</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Email 2</source>
        <translation>Эл. почта 2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <source>Phone 2</source>
        <translation>Телефон 2</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридическое название</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Дата основания</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Ставка НДС</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Длительность (мин)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Дата завершения</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменилось.</translation>
    </message>
</context>
<context>
    <name>ItemListDialog</name>
    <message>
        <source>Nothing here.</source>
        <translation>Здесь ничего нет.</translation>
    </message>
    <message>
        <source>%1 of %2 shown: the most urgent first.</source>
        <translation>Показано %1 из %2: сначала самые срочные.</translation>
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
        <translation>Нажмите 1–5, чтобы выбрать, Enter — чтобы сохранить</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>(no deal)</source>
        <translation>(без сделки)</translation>
    </message>
    <message>
        <source>What was said, agreed or noticed (Ctrl+Enter saves)</source>
        <translation>Что сказали, о чём договорились, что заметили (Ctrl+Enter — сохранить)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Т&amp;ема:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Сделка:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Приме&amp;чания:</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Сначала напишите заметку.</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Записать звонок</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Записать: %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to crm-desktop</source>
        <translation>Вход в crm-desktop</translation>
    </message>
    <message>
        <source>This database is shared with other users. Log in to work in %1.</source>
        <translation>Эта база данных используется совместно с другими пользователями. Войдите, чтобы работать в %1.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>The login or the password is not right, or this user may not log in. After %1 wrong passwords in a row, logging in as that user pauses for %2 minutes.</source>
        <translation>Неверный логин или пароль, либо этому пользователю запрещён вход. После %1 неверных попыток подряд вход под этим пользователем блокируется на %2 мин.</translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <source>Deal lost</source>
        <translation>Сделка проиграна</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(выберите причину)</translation>
    </message>
    <message>
        <source>What happened, in your words</source>
        <translation>Что произошло, своими словами</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>Choose a reason or write what happened.</source>
        <translation>Выберите причину или опишите, что произошло.</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
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
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import contacts, companies, deals, products or tasks from an Excel or CSV file</source>
        <translation>Импортировать контакты, компании, сделки, товары или задачи из файла Excel или CSV</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>История и&amp;мпорта…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Take an offline copy…</source>
        <translation>&amp;Создать офлайн-копию…</translation>
    </message>
    <message>
        <source>A copy of the database (or of some owners&apos; records) to work in on a laptop without the network</source>
        <translation>Копия базы данных (или записей отдельных ответственных) для работы на ноутбуке без сети</translation>
    </message>
    <message>
        <source>Brin&amp;g back an offline copy…</source>
        <translation>Вернуть о&amp;флайн-копию…</translation>
    </message>
    <message>
        <source>&amp;Move to a PostgreSQL server…</source>
        <translation>&amp;Перенести на сервер PostgreSQL…</translation>
    </message>
    <message>
        <source>Copy this database file into an empty database on a server and check that every record arrived</source>
        <translation>Скопировать этот файл базы данных в пустую базу данных на сервере и проверить, что все записи перенесены</translation>
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
        <source>&amp;Templates…</source>
        <translation>&amp;Шаблоны…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>&amp;Сменить свой пароль…</translation>
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
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
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
        <source>This database is on a server already.</source>
        <translation>Эта база данных уже находится на сервере.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Пароль изменён.</translation>
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
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>Choose for each column of the file the field it holds. Columns set to Skip are not imported.</source>
        <translation>Для каждого столбца файла выберите поле, которое в нём содержится. Столбцы со значением «Пропустить» не импортируются.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>Import column “%1” as</source>
        <translation>Импортировать столбец «%1» как</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>%1 (custom field)</source>
        <translation>%1 (дополнительное поле)</translation>
    </message>
    <message>
        <source>New custom field…</source>
        <translation>Новое дополнительное поле…</translation>
    </message>
    <message>
        <source>The columns are matched as in your last import of a file with the same columns.</source>
        <translation>Столбцы сопоставлены так же, как при последнем импорте файла с такими же столбцами.</translation>
    </message>
    <message>
        <source>New custom field “%1”</source>
        <translation>Новое дополнительное поле «%1»</translation>
    </message>
    <message>
        <source>“%1” was taken from column “%2”, which is now skipped.</source>
        <translation>«%1» снято со столбца «%2», теперь он пропускается.</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>Новое дополнительное поле</translation>
    </message>
    <message>
        <source>Name of the new field (it holds text):</source>
        <translation>Название нового поля (текстового):</translation>
    </message>
    <message>
        <source>%1 of %2 columns mapped.</source>
        <translation>Сопоставлено столбцов: %1 из %2.</translation>
    </message>
    <message>
        <source>Choose a field for at least one column.</source>
        <translation>Выберите поле хотя бы для одного столбца.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge people</source>
        <translation>Объединение контактов</translation>
    </message>
    <message>
        <source>Merge companies</source>
        <translation>Объединение компаний</translation>
    </message>
    <message>
        <source>Choose the record to keep and, row by row, the value to keep. Deals, tasks, documents, attachments, history, phones, e-mails and tags of the other records move to the one kept; the others go to the Trash. The merge can be undone (Ctrl+Z).</source>
        <translation>Выберите запись, которую нужно оставить, и в каждой строке — значение, которое нужно сохранить. Сделки, задачи, документы, вложения, история, телефоны, адреса эл. почты и теги остальных записей перейдут к оставленной; остальные записи попадут в корзину. Объединение можно отменить (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Keep record</source>
        <translation>Оставить запись</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (№%2)</translation>
    </message>
    <message>
        <source>Keep this record; the others are merged into it</source>
        <translation>Оставить эту запись; остальные будут объединены с ней</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Юридическое название</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Банковские реквизиты</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Дата основания</translation>
    </message>
    <message>
        <source>Phones and emails</source>
        <translation>Телефоны и эл. почта</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Потенциальный клиент</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Former client</source>
        <translation>Бывший клиент</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потерян</translation>
    </message>
    <message>
        <source>Merge %1 people</source>
        <translation>Объединение контактов (%1)</translation>
    </message>
    <message>
        <source>Merge %1 companies</source>
        <translation>Объединение компаний (%1)</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 ещё</translation>
    </message>
</context>
<context>
    <name>MoveToServerDialog</name>
    <message>
        <source>Move to a PostgreSQL server</source>
        <translation>Перенос на сервер PostgreSQL</translation>
    </message>
    <message>
        <source>Every record of this database file is copied into an empty database on a PostgreSQL server, in one go; the number of rows of every table is then compared. If anything differs or fails, the server database stays empty. The file itself is not changed. Ask everyone else to close crm-desktop first: what they save during the move stays in the file only.</source>
        <translation>Все записи этого файла базы данных будут за один раз скопированы в пустую базу данных на сервере PostgreSQL; затем будет сравнено число строк каждой таблицы. Если что-то не совпадёт или произойдёт ошибка, база данных на сервере останется пустой. Сам файл не изменится. Сначала попросите всех остальных закрыть crm-desktop: то, что они сохранят во время переноса, останется только в файле.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Перенести</translation>
    </message>
    <message>
        <source>&amp;Work on the server now</source>
        <translation>&amp;Работать на сервере</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Перенос…</translation>
    </message>
    <message>
        <source>Moving the database to the server…</source>
        <translation>Перенос базы данных на сервер…</translation>
    </message>
    <message>
        <source>%1 rows of %2 tables moved to %3; the counts of every table are equal.</source>
        <translation>Перенесено в %3: строк — %1, таблиц — %2; число строк в каждой таблице совпадает.</translation>
    </message>
</context>
<context>
    <name>NextTaskDialog</name>
    <message>
        <source>Plan the next task</source>
        <translation>Запланировать следующую задачу</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Связаться: %1</translation>
    </message>
    <message>
        <source>This deal has no next task. Every open deal needs one.</source>
        <translation>У этой сделки нет следующей задачи. Она нужна каждой открытой сделке.</translation>
    </message>
    <message>
        <source>What is the next step for this deal?</source>
        <translation>Какой следующий шаг по этой сделке?</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Задача:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Запланировать</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Cancel the move</source>
        <translation>Отменить перемещение</translation>
    </message>
</context>
<context>
    <name>NoNextTaskDialog</name>
    <message>
        <source>Open deals without a next task</source>
        <translation>Открытые сделки без следующей задачи</translation>
    </message>
    <message>
        <source>Every open deal has a next task.</source>
        <translation>У каждой открытой сделки есть следующая задача.</translation>
    </message>
</context>
<context>
    <name>OfflineCopy</name>
    <message>
        <source>Offline copy of %1, taken %2</source>
        <translation>Офлайн-копия %1, создана %2</translation>
    </message>
    <message>
        <source>%1
Bring it back in the office with File › Bring back an offline copy…</source>
        <translation>%1
Верните её в офисе: Файл › Вернуть офлайн-копию…</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Records already in the database are found by the values chosen below; rows that repeat an earlier row of the file count as well.</source>
        <translation>Записи, которые уже есть в базе данных, ищутся по выбранным ниже значениям; строки, повторяющие одну из предыдущих строк файла, тоже учитываются.</translation>
    </message>
    <message>
        <source>When a record exists already</source>
        <translation>Если запись уже существует</translation>
    </message>
    <message>
        <source>S&amp;kip the row</source>
        <translation>&amp;Пропустить строку</translation>
    </message>
    <message>
        <source>&amp;Update the record with the file&apos;s values</source>
        <translation>&amp;Обновить запись значениями из файла</translation>
    </message>
    <message>
        <source>Create a &amp;new record anyway</source>
        <translation>Всё равно создать &amp;новую запись</translation>
    </message>
    <message>
        <source>A record exists already when it has the same</source>
        <translation>Запись уже существует, если совпадает</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;Tax ID</source>
        <translation>&amp;ИНН</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Назв&amp;ание</translation>
    </message>
    <message>
        <source>Value in the c&amp;olumn</source>
        <translation>Значение в &amp;столбце</translation>
    </message>
    <message>
        <source>Column whose value identifies a record</source>
        <translation>Столбец, значение которого определяет запись</translation>
    </message>
    <message>
        <source>For example: fair 2025, newsletter</source>
        <translation>Например: выставка 2025, рассылка</translation>
    </message>
    <message>
        <source>%1 (dates like %2)</source>
        <translation>%1 (даты вида %2)</translation>
    </message>
    <message>
        <source>T&amp;ags for every imported record:</source>
        <translation>Те&amp;ги для всех импортируемых записей:</translation>
    </message>
    <message>
        <source>O&amp;wner where the file names none:</source>
        <translation>Отв&amp;етственный, если в файле не указан:</translation>
    </message>
    <message>
        <source>&amp;Lead source where the file names none:</source>
        <translation>Источник &amp;лида, если в файле не указан:</translation>
    </message>
    <message>
        <source>&amp;Dates and numbers are written as in:</source>
        <translation>Формат &amp;дат и чисел:</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (столбец %2)</translation>
    </message>
</context>
<context>
    <name>OwnerChoiceDialog</name>
    <message>
        <source>Change owner</source>
        <translation>Смена ответственного</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>New &amp;owner:</source>
        <translation>Новый &amp;ответственный:</translation>
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
        <translation>Пароль пользователя %1</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Не менее %n символа.</numerusform>
            <numerusform>Не менее %n символов.</numerusform>
            <numerusform>Не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <source>&amp;Remove the password</source>
        <translation>&amp;Удалить пароль</translation>
    </message>
    <message>
        <source>With no password left on any user, nobody is asked to log in.</source>
        <translation>Если ни у одного пользователя не останется пароля, вход не будет запрашиваться.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonCardDialog</name>
    <message>
        <source>D&amp;etails</source>
        <translation>Сведени&amp;я</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>Начните вводить название компании</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the company&apos;s card</source>
        <translation>Открыть карточку компании</translation>
    </message>
    <message>
        <source>Pri&amp;vate client (no company)</source>
        <translation>&amp;Частное лицо (без компании)</translation>
    </message>
    <message>
        <source>Director, chief accountant…</source>
        <translation>Директор, главный бухгалтер…</translation>
    </message>
    <message>
        <source>Preferences, family names, how they like to be addressed…</source>
        <translation>Предпочтения, имена близких, как предпочитает, чтобы к нему обращались…</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Midd&amp;le name:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>L&amp;ast name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>Дол&amp;жность:</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>Ко&amp;мпания:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Phones, emails and messengers</source>
        <translation>Телефоны, эл. почта и мессенджеры</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Ответс&amp;твенный:</translation>
    </message>
    <message>
        <source>Lead so&amp;urce:</source>
        <translation>Источник &amp;лида:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>День рожд&amp;ения:</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>А&amp;дрес:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>Стра&amp;на:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>No company is called &apos;%1&apos;. Create it?

To choose an existing one instead, pick it from the list that opens as you type.</source>
        <translation>Компании «%1» нет. Создать её?

Чтобы выбрать существующую, укажите её в списке, который открывается при вводе.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <source>&amp;Export personal data…</source>
        <translation>&amp;Выгрузить персональные данные…</translation>
    </message>
    <message>
        <source>E&amp;rase person…</source>
        <translation>С&amp;тереть данные контакта…</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Выгрузка персональных данных</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Personal data written to %1.</source>
        <translation>Персональные данные сохранены в %1.</translation>
    </message>
    <message>
        <source>Exporting personal data…</source>
        <translation>Выгрузка персональных данных…</translation>
    </message>
    <message>
        <source>Erase %1 for good? Names, phones, emails, address, birthday, notes, tags, custom fields and files of this person are removed, also from the timeline, tasks and change log. This cannot be undone.</source>
        <translation>Безвозвратно стереть данные контакта %1? Имена, телефоны, адреса эл. почты, адрес, день рождения, примечания, теги, дополнительные поля и файлы этого контакта будут удалены, в том числе из хронологии, задач и журнала изменений. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Стирание данных контакта</translation>
    </message>
    <message>
        <source>The person&apos;s personal data was erased.</source>
        <translation>Персональные данные контакта стёрты.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Стирание…</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Контакт: %1</translation>
    </message>
    <message>
        <source>private client</source>
        <translation>частное лицо</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>последний контакт %1</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>PlanEditDialog</name>
    <message>
        <source>Change plan</source>
        <translation>Изменение плана</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Новый план</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Вся команда</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Следующий месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Следующий квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Следующий год</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Другие даты</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>без цели</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Для:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Amount to win:</source>
        <translation>Выиграть на су&amp;мму:</translation>
    </message>
    <message>
        <source>&amp;Deals to win:</source>
        <translation>Выиграть &amp;сделок:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount. Type digits, for example 25000.</source>
        <translation>«%1» — не сумма. Введите цифры, например 25000.</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <source>Sales plans</source>
        <translation>Планы продаж</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>A team plan is the target of everyone together; a manager&apos;s plan is theirs alone. The plan report sets won deals against both.</source>
        <translation>План команды — общая цель всех вместе; план менеджера — только его собственный. Отчёт по плану сравнивает выигранные сделки с обоими.</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Удаление плана</translation>
    </message>
    <message>
        <source>Delete the plan of %1 for %2 – %3?</source>
        <translation>Удалить план (%1) на период %2 – %3?</translation>
    </message>
</context>
<context>
    <name>PresenceDialog</name>
    <message>
        <source>Who is working in this file</source>
        <translation>Кто работает в этом файле</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Working since</source>
        <translation>Работает с</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>Changes made by the others appear in your lists within a few seconds.</source>
        <translation>Изменения других пользователей появляются в ваших списках через несколько секунд.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>The first rows of the file as they would be imported. Cells with a problem are red; point at one to read why.</source>
        <translation>Первые строки файла в том виде, в каком они будут импортированы. Ячейки с проблемой выделены красным; наведите на ячейку указатель, чтобы узнать причину.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Подготовка предпросмотра…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>Новое дополнительное поле</translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s):</source>
        <translation>
            <numerusform>Первая %n строка:</numerusform>
            <numerusform>Первые %n строки:</numerusform>
            <numerusform>Первые %n строк:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 skipped, %4 rejected.</source>
        <translation>будет создано %1, обновлено %2, пропущено %3, отклонено %4.</translation>
    </message>
    <message>
        <source>The file has no data rows below its header.</source>
        <translation>В файле нет строк данных под заголовком.</translation>
    </message>
</context>
<context>
    <name>ProblemsTable</name>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Поле подстановки</translation>
    </message>
</context>
<context>
    <name>ReassignCounts</name>
    <message numerus="yes">
        <source>%n records are back with their previous owner.</source>
        <translation>
            <numerusform>%n запись возвращена прежнему ответственному.</numerusform>
            <numerusform>%n записи возвращены прежнему ответственному.</numerusform>
            <numerusform>%n записей возвращено прежнему ответственному.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were changed or deleted since and keep their new owner.</source>
        <translation>
            <numerusform>%n запись с тех пор изменена или удалена и остаётся у нового ответственного.</numerusform>
            <numerusform>%n записи с тех пор изменены или удалены и остаются у нового ответственного.</numerusform>
            <numerusform>%n записей с тех пор изменены или удалены и остаются у нового ответственного.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign records</source>
        <translation>Передача записей</translation>
    </message>
    <message>
        <source>New owners</source>
        <translation>Новые ответственные</translation>
    </message>
    <message>
        <source>&amp;New owners:</source>
        <translation>&amp;Новые ответственные:</translation>
    </message>
    <message>
        <source>Only &amp;open deals and open tasks (closed deals and done tasks stay)</source>
        <translation>Только &amp;открытые сделки и открытые задачи (закрытые сделки и завершённые задачи остаются)</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Новый ответственный</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>A company goes whole to one new owner, with its people, deals and tasks. Records in the Trash stay. Edit › Undo gives everything back that nobody changed since.</source>
        <translation>Компания целиком переходит к одному новому ответственному вместе со своими контактами, сделками и задачами. Записи в корзине остаются. Правка › Отменить вернёт всё, что с тех пор никто не изменил.</translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>&amp;Передать</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
    <message>
        <source>Hand the records of %1 to:</source>
        <translation>Кому передать записи пользователя %1:</translation>
    </message>
    <message>
        <source>Choose one or several new owners.</source>
        <translation>Выберите одного или нескольких новых ответственных.</translation>
    </message>
    <message>
        <source>%1 owns no records to reassign.</source>
        <translation>У пользователя %1 нет записей для передачи.</translation>
    </message>
    <message numerus="yes">
        <source>%n records will change owner.</source>
        <translation>
            <numerusform>У %n записи сменится ответственный.</numerusform>
            <numerusform>У %n записей сменится ответственный.</numerusform>
            <numerusform>У %n записей сменится ответственный.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign the records of %1</source>
        <translation>Передача записей пользователя %1</translation>
    </message>
    <message>
        <source>Reassigning…</source>
        <translation>Передача…</translation>
    </message>
</context>
<context>
    <name>ReassignmentsDialog</name>
    <message>
        <source>Reassignments</source>
        <translation>Передачи записей</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Records of</source>
        <translation>Записи пользователя</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Give the records back to their previous owner; records somebody changed since keep their new owner</source>
        <translation>Вернуть записи прежнему ответственному; записи, которые с тех пор кто-то изменил, остаются у нового ответственного</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open the task (Enter)</source>
        <translation>Открыть задачу (Enter)</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>За&amp;вершить…</translation>
    </message>
    <message>
        <source>Complete the task with its result (D)</source>
        <translation>Завершить задачу с указанием результата (D)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>От&amp;ложить</translation>
    </message>
    <message>
        <source>Remind me again later (S)</source>
        <translation>Напомнить ещё раз позже (S)</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>Через 10 минут</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>Через 1 час</translation>
    </message>
    <message>
        <source>Tomorrow at 09:00</source>
        <translation>Завтра в 09:00</translation>
    </message>
    <message>
        <source>At a chosen time…</source>
        <translation>В выбранное время…</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <source>Stop reminding without completing the task (Del)</source>
        <translation>Больше не напоминать, не завершая задачу (Del)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (просрочено)</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n напоминание</numerusform>
            <numerusform>%n напоминания</numerusform>
            <numerusform>%n напоминаний</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Отложить до</translation>
    </message>
    <message>
        <source>Remind me again at:</source>
        <translation>Напомнить снова:</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>To next stage</source>
        <translation>На следующий этап</translation>
    </message>
    <message>
        <source>To won</source>
        <translation>До выигрыша</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Новые сделки</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Сумма выигранных</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Lost amount</source>
        <translation>Сумма проигранных</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Пребывания</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>Среднее число дней</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Просроченные задачи</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Plan amount</source>
        <translation>Сумма по плану</translation>
    </message>
    <message>
        <source>Actual amount</source>
        <translation>Фактическая сумма</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Plan count</source>
        <translation>Количество по плану</translation>
    </message>
    <message>
        <source>Actual count</source>
        <translation>Фактическое количество</translation>
    </message>
    <message>
        <source>Count fulfilment</source>
        <translation>Выполнение по количеству</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Новые контакты</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Выручка по выигранным</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Окупаемость</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Стоимость лида</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>X (steady)</source>
        <translation>X (стабильные)</translation>
    </message>
    <message>
        <source>Y (varying)</source>
        <translation>Y (переменные)</translation>
    </message>
    <message>
        <source>Z (irregular)</source>
        <translation>Z (нерегулярные)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Накопленная доля</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Вариация</translation>
    </message>
    <message>
        <source>XYZ</source>
        <translation>XYZ</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>Entered the first stage</source>
        <translation>Поступило на первый этап</translation>
    </message>
    <message>
        <source>Conversion to won</source>
        <translation>Конверсия в выигрыш</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Average amount</source>
        <translation>Средняя сумма</translation>
    </message>
    <message>
        <source>Median amount</source>
        <translation>Медианная сумма</translation>
    </message>
    <message>
        <source>Average days to won</source>
        <translation>Среднее число дней до выигрыша</translation>
    </message>
    <message>
        <source>Median days to won</source>
        <translation>Медиана дней до выигрыша</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Планы</translation>
    </message>
    <message>
        <source>Campaign cost</source>
        <translation>Затраты на кампании</translation>
    </message>
    <message>
        <source>Campaign revenue</source>
        <translation>Выручка от кампаний</translation>
    </message>
    <message>
        <source>Campaign return</source>
        <translation>Окупаемость кампаний</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
</context>
<context>
    <name>ReportNotes</name>
    <message>
        <source>Deals in %1 (%2) are not in these figures; choose %1 as the currency to see them.</source>
        <translation>Сделки в %1 (%2) не вошли в эти цифры; выберите валюту %1, чтобы их увидеть.</translation>
    </message>
    <message>
        <source>Plans in %1 (%2) are not shown; choose their currency to see them.</source>
        <translation>Планы в %1 (%2) не показаны; выберите их валюту, чтобы их увидеть.</translation>
    </message>
    <message>
        <source>Campaigns in %1 (%2) are not shown; choose their currency to see them.</source>
        <translation>Кампании в %1 (%2) не показаны; выберите их валюту, чтобы их увидеть.</translation>
    </message>
    <message>
        <source>Open deals without an expected close date (%2) are not in the forecast.</source>
        <translation>Открытые сделки без ожидаемой даты закрытия (%2) не вошли в прогноз.</translation>
    </message>
    <message>
        <source>Won deals without a company or person (%2) are not in this analysis.</source>
        <translation>Выигранные сделки без компании или контакта (%2) не вошли в этот анализ.</translation>
    </message>
    <message>
        <source>XYZ needs several months to say anything; choose a period of three months or more.</source>
        <translation>XYZ-анализу нужно несколько месяцев данных; выберите период от трёх месяцев.</translation>
    </message>
</context>
<context>
    <name>ReportSeries</name>
    <message>
        <source>Entered</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>Среднее число дней</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Сумма выигранных</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>week %1 of %2</source>
        <translation>неделя %1, %2 г.</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>Без источника</translation>
    </message>
    <message>
        <source>No reason</source>
        <translation>Без причины</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Без ответственного</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1 кв. %2</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Funnel conversion</source>
        <translation>Конверсия воронки</translation>
    </message>
    <message>
        <source>Won and lost</source>
        <translation>Выигранные и проигранные</translation>
    </message>
    <message>
        <source>Average deal and sales cycle</source>
        <translation>Средняя сделка и цикл продаж</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Менеджеры</translation>
    </message>
    <message>
        <source>Plan and forecast</source>
        <translation>План и прогноз</translation>
    </message>
    <message>
        <source>Lead sources and campaigns</source>
        <translation>Источники лидов и кампании</translation>
    </message>
    <message>
        <source>Loss reasons</source>
        <translation>Причины проигрыша</translation>
    </message>
    <message>
        <source>ABC/XYZ analysis</source>
        <translation>ABC/XYZ-анализ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <source>Deals that entered each stage in the period, and how many went on to the next stage and to won.</source>
        <translation>Сделки, поступившие на каждый этап за период, и сколько из них перешло на следующий этап и было выиграно.</translation>
    </message>
    <message>
        <source>New, won and lost deals per day, week or month, counts and amounts.</source>
        <translation>Новые, выигранные и проигранные сделки по дням, неделям или месяцам: количество и суммы.</translation>
    </message>
    <message>
        <source>Average and median won amount, days from creation to won, and days spent in each stage.</source>
        <translation>Средняя и медианная сумма выигранных сделок, дни от создания до выигрыша и дни на каждом этапе.</translation>
    </message>
    <message>
        <source>Per owner: new and won deals, won amount, conversion, calls, meetings, emails and overdue tasks.</source>
        <translation>По ответственным: новые и выигранные сделки, сумма выигранных, конверсия, звонки, встречи, письма и просроченные задачи.</translation>
    </message>
    <message>
        <source>Sales plans against won deals, with a forecast from open deals weighted by probability.</source>
        <translation>Планы продаж в сравнении с выигранными сделками и прогноз по открытым сделкам с учётом вероятности успеха.</translation>
    </message>
    <message>
        <source>Leads, conversion and won revenue per lead source; cost and return per campaign.</source>
        <translation>Лиды, конверсия и выручка по выигранным сделкам по источникам лидов; затраты и окупаемость по кампаниям.</translation>
    </message>
    <message>
        <source>Lost deals per reason and per stage where they were lost.</source>
        <translation>Проигранные сделки по причинам и по этапам, на которых они были проиграны.</translation>
    </message>
    <message>
        <source>Clients by share of revenue (A, B, C) and by regularity of purchases (X, Y, Z).</source>
        <translation>Клиенты по доле в выручке (A, B, C) и по регулярности покупок (X, Y, Z).</translation>
    </message>
    <message>
        <source>Calls, emails and meetings per period and per manager.</source>
        <translation>Звонки, письма и встречи по периодам и по менеджерам.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Прошлый квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Произвольные даты</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Sales &amp;plans…</source>
        <translation>&amp;Планы продаж…</translation>
    </message>
    <message>
        <source>&amp;Campaigns…</source>
        <translation>&amp;Кампании…</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Группировка</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Выгрузить…</translation>
    </message>
    <message>
        <source>Save this report as an Excel workbook with a chart, or as a Word document with the chart as a picture</source>
        <translation>Сохранить этот отчёт как книгу Excel с диаграммой или как документ Word с диаграммой в виде рисунка</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Все воронки</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>All lead sources</source>
        <translation>Все источники лидов</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все теги</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Main currency</source>
        <translation>Основная валюта</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Reports never add up different currencies; the main currency is the one with the most won amount</source>
        <translation>Отчёты никогда не складывают разные валюты; основная валюта — та, в которой больше всего выиграно</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Choose a report on the side.</source>
        <translation>Выберите отчёт в списке сбоку.</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>Расчёт отчёта…</translation>
    </message>
    <message>
        <source>Nothing to show for %1 – %2 with these filters.</source>
        <translation>Нет данных за %1 – %2 с этими фильтрами.</translation>
    </message>
    <message>
        <source>Double-click a count, or press Enter on it, to list its clients.</source>
        <translation>Дважды щёлкните число или нажмите на нём Enter, чтобы увидеть список клиентов.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Выгрузка отчёта</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Отчёт сохранён в %1</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>Выгрузка отчёта…</translation>
    </message>
    <message>
        <source>Lost per stage</source>
        <translation>Проигрыши по этапам</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>Per manager</source>
        <translation>По менеджерам</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
</context>
<context>
    <name>RuleEditorDialog</name>
    <message>
        <source>New rule</source>
        <translation>Новое правило</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>Изменение правила</translation>
    </message>
    <message>
        <source>The same day</source>
        <translation>В тот же день</translation>
    </message>
    <message>
        <source>For example: Call about the proposal</source>
        <translation>Например: Позвонить насчёт предложения</translation>
    </message>
    <message>
        <source>Deal owner</source>
        <translation>Ответственный по сделке</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Due after:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Задача:</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(не назначен)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Поле:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>Зна&amp;чение:</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>A built-in template, or type the name of one of your templates.</source>
        <translation>Выберите встроенный шаблон или введите название одного из своих шаблонов.</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>&amp;Включено</translation>
    </message>
    <message>
        <source>&amp;When a deal enters the stage:</source>
        <translation>&amp;Когда сделка переходит на этап:</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> день</numerusform>
            <numerusform> дня</numerusform>
            <numerusform> дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a template or type its name.</source>
        <translation>Выберите шаблон или введите его название.</translation>
    </message>
</context>
<context>
    <name>RuleTexts</name>
    <message>
        <source>Create a task</source>
        <translation>Создать задачу</translation>
    </message>
    <message>
        <source>Set a field</source>
        <translation>Заполнить поле</translation>
    </message>
    <message>
        <source>Generate a document</source>
        <translation>Сформировать документ</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>Вероятность успеха</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Expected close (days from the move)</source>
        <translation>Ожидаемое закрытие (дней после перехода)</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Источник лида</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Automation rules: %1</source>
        <translation>Правила автоматизации: %1</translation>
    </message>
    <message>
        <source>What happens each time a deal enters the stage &apos;%1&apos;:</source>
        <translation>Что происходит каждый раз, когда сделка переходит на этап «%1»:</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>No rules yet: deals enter this stage without automatic actions.</source>
        <translation>Правил пока нет: сделки переходят на этот этап без автоматических действий.</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>&amp;Добавить правило…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (выключено)</translation>
    </message>
    <message>
        <source>the deal owner</source>
        <translation>ответственный по сделке</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>в тот же день</translation>
    </message>
    <message numerus="yes">
        <source>after %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Task: %1 &apos;%2&apos;, due %3, for %4</source>
        <translation>Задача: %1 «%2», срок: %3, исполнитель: %4</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(не назначен)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the move</source>
        <translation>
            <numerusform>%n день после перехода</numerusform>
            <numerusform>%n дня после перехода</numerusform>
            <numerusform>%n дней после перехода</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Заполнить поле «%1»: %2</translation>
    </message>
    <message>
        <source>Generate the document &apos;%1&apos;</source>
        <translation>Сформировать документ «%1»</translation>
    </message>
    <message>
        <source>Delete the rule &apos;%1&apos;?</source>
        <translation>Удалить правило «%1»?</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>All or nothing: a row that cannot be imported is rejected with its reason and the others are imported; a cancel leaves the database as it was.</source>
        <translation>Всё или ничего: строка, которую нельзя импортировать, отклоняется с указанием причины, остальные импортируются; при отмене база данных остаётся как была.</translation>
    </message>
    <message>
        <source>What cannot be imported is listed with its reason and the rest is imported; Stop leaves the database as it was.</source>
        <translation>То, что нельзя импортировать, перечисляется с указанием причины, остальное импортируется; кнопка «Остановить» оставляет базу данных как была.</translation>
    </message>
    <message>
        <source>When a contact with the same email or phone exists already</source>
        <translation>Если контакт с такой же эл. почтой или телефоном уже существует</translation>
    </message>
    <message>
        <source>S&amp;kip the card</source>
        <translation>&amp;Пропустить карточку</translation>
    </message>
    <message>
        <source>&amp;Update the contact with the card&apos;s values</source>
        <translation>&amp;Обновить контакт данными из карточки</translation>
    </message>
    <message>
        <source>Create a &amp;new contact anyway</source>
        <translation>Всё равно создать &amp;новый контакт</translation>
    </message>
    <message>
        <source>&amp;Test run (saves nothing)</source>
        <translation>Пробный &amp;запуск (ничего не сохраняет)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>О&amp;становить</translation>
    </message>
    <message>
        <source>Stop the run; nothing of it is kept</source>
        <translation>Остановить запуск; ничего из сделанного не сохранится</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Причина отклонения</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>Со&amp;хранить отклонённые строки…</translation>
    </message>
    <message>
        <source>A workbook with the rejected rows and the reason for each: fix them there and import that file again</source>
        <translation>Книга с отклонёнными строками и причиной для каждой: исправьте их там и импортируйте этот файл снова</translation>
    </message>
    <message>
        <source>Import the contacts of “%1” (cards: %2). A test run first shows what would happen.</source>
        <translation>Импорт контактов из «%1» (карточек: %2). Пробный запуск сначала покажет, что произойдёт.</translation>
    </message>
    <message>
        <source>Import the events and to-dos of “%1” (%2) as tasks; importing the file again updates them instead of doubling them. A test run first shows what would happen.</source>
        <translation>Импорт событий и дел из «%1» (%2) в виде задач; повторный импорт файла обновит их, а не создаст дубли. Пробный запуск сначала покажет, что произойдёт.</translation>
    </message>
    <message numerus="yes">
        <source>about %n row(s)</source>
        <translation>
            <numerusform>около %n строки</numerusform>
            <numerusform>около %n строк</numerusform>
            <numerusform>около %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>the rows</source>
        <translation>строк</translation>
    </message>
    <message>
        <source>Import %1 of “%2” into %3. A test run first shows what would happen.</source>
        <translation>Импорт %1 из файла «%2» в раздел «%3». Пробный запуск сначала покажет, что произойдёт.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Test run…</source>
        <translation>Пробный запуск…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>Строк: %1 из %2</translation>
    </message>
    <message>
        <source>%1 of %2 cards</source>
        <translation>Карточек: %1 из %2</translation>
    </message>
    <message>
        <source>%1 of %2 events and to-dos</source>
        <translation>Событий и дел: %1 из %2</translation>
    </message>
    <message>
        <source>Stopping; what was done is being rolled back…</source>
        <translation>Остановка; всё сделанное отменяется…</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 skipped, %4 rejected.</source>
        <translation>создано %1, обновлено %2, пропущено %3, отклонено %4.</translation>
    </message>
    <message>
        <source>Test run: %1 Nothing was saved.</source>
        <translation>Пробный запуск: %1 Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Imported: %1 You can undo this import in File › Import history.</source>
        <translation>Импорт выполнен: %1 Отменить этот импорт можно в меню Файл › История импорта.</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>Импорт завершён: %1</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 occurrences changed, %4 skipped, %5 rejected; reminders: %6.</source>
        <translation>создано %1, обновлено %2, изменено повторений %3, пропущено %4, отклонено %5; напоминаний: %6.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Импорт выполнен: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Сохранение отклонённых строк</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Rejected rows saved to %1</source>
        <translation>Отклонённые строки сохранены в %1</translation>
    </message>
    <message>
        <source>Saving the rejected rows…</source>
        <translation>Сохранение отклонённых строк…</translation>
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
        <source>A &amp;file (on this computer or in a shared folder)</source>
        <translation>&amp;Файл (на этом компьютере или в общей папке)</translation>
    </message>
    <message>
        <source>A PostgreSQL &amp;server</source>
        <translation>&amp;Сервер PostgreSQL</translation>
    </message>
    <message>
        <source>Only needed once; not kept in the settings</source>
        <translation>Нужен только один раз; в настройках не хранится</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>The password is kept in PostgreSQL&apos;s own password file (%1), which only you can read, as psql and pgAdmin do.</source>
        <translation>Пароль хранится в собственном файле паролей PostgreSQL (%1), который можете прочитать только вы, — так же, как это делают psql и pgAdmin.</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Продолжать работу в области уведомлений после закрытия окна</translation>
    </message>
    <message>
        <source>Reminders keep coming while the window is closed</source>
        <translation>Напоминания продолжают приходить, пока окно закрыто</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>Запускать &amp;свёрнутым в область уведомлений</translation>
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
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>Файл &amp;базы данных:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
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
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1.</source>
        <translation>Подключено: PostgreSQL %1.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Не удалось подключиться: %1</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Папка резервных копий</translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message>
        <source>Database file not reachable</source>
        <translation>Файл базы данных недоступен</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>другом компьютере</translation>
    </message>
    <message>
        <source>%1 on %2 is restoring the database from a backup; please wait.</source>
        <translation>%1 на %2 восстанавливает базу данных из резервной копии; подождите.</translation>
    </message>
    <message>
        <source>%1 on %2 is updating the database to a new version; please wait.</source>
        <translation>%1 на %2 обновляет базу данных до новой версии; подождите.</translation>
    </message>
    <message>
        <source>%1 on %2 is compacting the database; please wait.</source>
        <translation>%1 на %2 сжимает базу данных; подождите.</translation>
    </message>
    <message>
        <source>%1 on %2 is doing maintenance on the database; please wait.</source>
        <translation>%1 на %2 выполняет обслуживание базы данных; подождите.</translation>
    </message>
    <message>
        <source>Editing is paused until they are done; nothing you saved is lost.</source>
        <translation>Редактирование приостановлено до окончания; ничего из сохранённого не потеряется.</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Только вы</translation>
    </message>
    <message numerus="yes">
        <source>%n people in this file</source>
        <translation>
            <numerusform>%n человек в этом файле</numerusform>
            <numerusform>%n человека в этом файле</numerusform>
            <numerusform>%n человек в этом файле</numerusform>
        </translation>
    </message>
    <message>
        <source>Working in this file now: %1</source>
        <translation>Сейчас в этом файле работают: %1</translation>
    </message>
    <message>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <source>Nobody else works in this file now.</source>
        <translation>Сейчас в этом файле больше никто не работает.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (вы)</translation>
    </message>
    <message>
        <source>Shared file (network)</source>
        <translation>Общий файл (сеть)</translation>
    </message>
    <message>
        <source>This file is on a network share: several people can work in it at once. Saves wait for each other; changes made by others appear within seconds.</source>
        <translation>Этот файл находится в сетевой папке: в нём могут одновременно работать несколько человек. Сохранения ждут друг друга; изменения других пользователей появляются через несколько секунд.</translation>
    </message>
    <message>
        <source>This database is in a folder synchronised by %1. Such services copy the file while it is being written and bring back other computers&apos; copies whole: when two people work in it, changes are lost or the file is damaged. To work together, put the file on a network share (a shared folder of your office&apos;s server or NAS); to work away from the office, take an offline copy instead.</source>
        <translation>Эта база данных находится в папке, которую синхронизирует %1. Такие сервисы копируют файл прямо во время записи и целиком возвращают копии с других компьютеров: когда в нём работают двое, изменения теряются или файл повреждается. Чтобы работать вместе, разместите файл в сетевой папке (общей папке на сервере или NAS вашего офиса); чтобы работать вне офиса, лучше создайте офлайн-копию.</translation>
    </message>
    <message>
        <source>Database in a synchronised folder</source>
        <translation>База данных в синхронизируемой папке</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Stage %1, %2 deals</source>
        <translation>Этап %1, сделок: %2</translation>
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
        <translation>Воронки и этапы</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <source>&amp;New pipeline…</source>
        <translation>&amp;Новая воронка…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>Delete pipe&amp;line</source>
        <translation>Удалить в&amp;оронку</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Win probability (%)</source>
        <translation>Вероятность успеха (%)</translation>
    </message>
    <message>
        <source>Rotting after (days)</source>
        <translation>Застой после (дней)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>&amp;Stages, in the order deals move through them:</source>
        <translation>&amp;Этапы в том порядке, в котором их проходят сделки:</translation>
    </message>
    <message>
        <source>Leave the rotting limit blank for a stage where deals never go stale.</source>
        <translation>Оставьте срок застоя пустым для этапа, на котором сделки не залёживаются.</translation>
    </message>
    <message>
        <source>&amp;Add stage…</source>
        <translation>&amp;Добавить этап…</translation>
    </message>
    <message>
        <source>&amp;Delete stage</source>
        <translation>&amp;Удалить этап</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Вв&amp;ерх</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Вн&amp;из</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>&amp;Цвет…</translation>
    </message>
    <message>
        <source>Automation &amp;rules…</source>
        <translation>П&amp;равила автоматизации…</translation>
    </message>
    <message>
        <source>Move the deals</source>
        <translation>Перенос сделок</translation>
    </message>
    <message>
        <source>The stage &apos;%1&apos; holds deals. Move them to:</source>
        <translation>На этапе «%1» есть сделки. Перенести их на этап:</translation>
    </message>
    <message>
        <source>Stage colour</source>
        <translation>Цвет этапа</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (по умолчанию)</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n открытая сделка</numerusform>
            <numerusform>%n открытые сделки</numerusform>
            <numerusform>%n открытых сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the colour of &apos;%1&apos;</source>
        <translation>Выбрать цвет этапа «%1»</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Новая воронка</translation>
    </message>
    <message>
        <source>Name of the new pipeline:</source>
        <translation>Название новой воронки:</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>Переименование воронки</translation>
    </message>
    <message>
        <source>New name of the pipeline:</source>
        <translation>Новое название воронки:</translation>
    </message>
    <message>
        <source>Delete the pipeline &apos;%1&apos; with its stages?</source>
        <translation>Удалить воронку «%1» вместе с её этапами?</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>Название нового этапа:</translation>
    </message>
    <message>
        <source>Delete the stage &apos;%1&apos;?</source>
        <translation>Удалить этап «%1»?</translation>
    </message>
</context>
<context>
    <name>TagChoiceDialog</name>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Тег:</translation>
    </message>
    <message>
        <source>&amp;Tag (choose or type a new one):</source>
        <translation>&amp;Тег (выберите или введите новый):</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>People and companies</source>
        <translation>Контакты и компании</translation>
    </message>
    <message>
        <source>&amp;Tags, with the number of people and companies that carry each:</source>
        <translation>&amp;Теги и число контактов и компаний, отмеченных каждым:</translation>
    </message>
    <message>
        <source>No tags yet. New… makes one.</source>
        <translation>Тегов пока нет. Кнопка «Создать…» создаёт тег.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>Rename the tag (F2)</source>
        <translation>Переименовать тег (F2)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Цвет…</translation>
    </message>
    <message>
        <source>Choose the colour of the tag</source>
        <translation>Выбрать цвет тега</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete the tag; it comes off everything that carries it (Del)</source>
        <translation>Удалить тег; он будет снят со всего, что им отмечено (Del)</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Цвет тега</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
    <message>
        <source>%1, colour %2</source>
        <translation>%1, цвет %2</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Новый тег</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>Название нового тега:</translation>
    </message>
    <message>
        <source>Saving the tag…</source>
        <translation>Сохранение тега…</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Переименование тега</translation>
    </message>
    <message>
        <source>New name of the tag &apos;%1&apos;:</source>
        <translation>Новое название тега «%1»:</translation>
    </message>
    <message>
        <source>Renaming the tag…</source>
        <translation>Переименование тега…</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag &apos;%1&apos;? It comes off the %Ln contact(s) that carry it, and off any deals.</source>
        <translation>
            <numerusform>Удалить тег «%1»? Он будет снят с %Ln контакта или компании, где он стоит, и со всех сделок.</numerusform>
            <numerusform>Удалить тег «%1»? Он будет снят с %Ln контактов и компаний, где он стоит, и со всех сделок.</numerusform>
            <numerusform>Удалить тег «%1»? Он будет снят с %Ln контактов и компаний, где он стоит, и со всех сделок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the tag &apos;%1&apos;? No person or company carries it.</source>
        <translation>Удалить тег «%1»? Им не отмечен ни один контакт и ни одна компания.</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Удаление тега</translation>
    </message>
    <message>
        <source>Deleting the tag…</source>
        <translation>Удаление тега…</translation>
    </message>
</context>
<context>
    <name>TakeCopyDialog</name>
    <message>
        <source>Take an offline copy</source>
        <translation>Создание офлайн-копии</translation>
    </message>
    <message>
        <source>An offline copy is a database file to work in on a laptop without the office network. Bring it back with File › Bring back an offline copy…; a copy can be brought back once.</source>
        <translation>Офлайн-копия — это файл базы данных для работы на ноутбуке без офисной сети. Верните её командой Файл › Вернуть офлайн-копию…; копию можно вернуть только один раз.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Всё</translation>
    </message>
    <message>
        <source>Only the records &amp;of:</source>
        <translation>Только записи &amp;ответственных:</translation>
    </message>
    <message>
        <source>Their companies, people, deals and tasks, and what those refer to</source>
        <translation>Их компании, контакты, сделки и задачи, а также то, на что они ссылаются</translation>
    </message>
    <message>
        <source>&amp;Take the copy</source>
        <translation>&amp;Создать копию</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Offline copy</source>
        <translation>Офлайн-копия</translation>
    </message>
    <message>
        <source>Taking the copy…</source>
        <translation>Создание копии…</translation>
    </message>
    <message>
        <source>Taking an offline copy…</source>
        <translation>Создание офлайн-копии…</translation>
    </message>
    <message>
        <source>Offline copy written to %1</source>
        <translation>Офлайн-копия сохранена в %1</translation>
    </message>
</context>
<context>
    <name>TaskCounts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n раз</numerusform>
            <numerusform>%n раза</numerusform>
            <numerusform>%n раз</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Задача</translation>
    </message>
    <message>
        <source>C&amp;hecklist</source>
        <translation>&amp;Чек-лист</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Повтор</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>&amp;Напоминания</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Задача: %1</translation>
    </message>
    <message>
        <source>Kinds…</source>
        <translation>Типы…</translation>
    </message>
    <message>
        <source>Add a kind…</source>
        <translation>Добавить тип…</translation>
    </message>
    <message>
        <source>Remove this kind</source>
        <translation>Удалить этот тип</translation>
    </message>
    <message>
        <source>A&amp;ll day</source>
        <translation>&amp;Весь день</translation>
    </message>
    <message>
        <source>&amp;No date</source>
        <translation>&amp;Без даты</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(не назначен)</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>Начните вводить название компании</translation>
    </message>
    <message>
        <source>Type to find a person</source>
        <translation>Начните вводить имя контакта</translation>
    </message>
    <message>
        <source>The deals of the person or company chosen</source>
        <translation>Сделки выбранного контакта или компании</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Н&amp;азвание:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>П&amp;риоритет:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>Per&amp;son:</source>
        <translation>Ко&amp;нтакт:</translation>
    </message>
    <message>
        <source>D&amp;eal:</source>
        <translation>Сд&amp;елка:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Примечан&amp;ия:</translation>
    </message>
    <message>
        <source>A step to tick off, then Enter</source>
        <translation>Пункт для отметки, затем Enter</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Не повторяется</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Ежегодно</translation>
    </message>
    <message>
        <source>Ne&amp;ver</source>
        <translation>Ни&amp;когда</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>П&amp;осле</translation>
    </message>
    <message>
        <source> times</source>
        <translation> повтор.</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation>По&amp;вторять:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Интервал:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>По дням:</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>В назначенное время</translation>
    </message>
    <message>
        <source>Minutes before</source>
        <translation>Минут до срока</translation>
    </message>
    <message>
        <source>Hours before</source>
        <translation>Часов до срока</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Дней до срока</translation>
    </message>
    <message>
        <source>At a chosen time</source>
        <translation>В выбранное время</translation>
    </message>
    <message>
        <source>&amp;Add reminder</source>
        <translation>&amp;Добавить напоминание</translation>
    </message>
    <message>
        <source>This is one occurrence of a repeating task. When you save, you choose whether the change is for this occurrence only or for the whole series.</source>
        <translation>Это одно повторение повторяющейся задачи. При сохранении вы выберете, относится ли изменение только к этому повторению или ко всей серии.</translation>
    </message>
    <message>
        <source>This occurrence was changed on its own; its changes do not reach the rest of the series.</source>
        <translation>Это повторение изменено отдельно; его изменения не затрагивают остальную серию.</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>company</source>
        <translation>компания</translation>
    </message>
    <message>
        <source>person</source>
        <translation>контакт</translation>
    </message>
    <message>
        <source>No single %1 is named &apos;%2&apos;; choose one from the suggestions.</source>
        <translation>Нет единственного совпадения: %1 «%2»; выберите вариант из подсказок.</translation>
    </message>
    <message>
        <source>Repeating task</source>
        <translation>Повторяющаяся задача</translation>
    </message>
    <message>
        <source>Change only this occurrence, or every occurrence of the series?</source>
        <translation>Изменить только это повторение или все повторения серии?</translation>
    </message>
    <message>
        <source>Only this &amp;occurrence</source>
        <translation>Только это &amp;повторение</translation>
    </message>
    <message>
        <source>The whole &amp;series</source>
        <translation>Всю &amp;серию</translation>
    </message>
    <message>
        <source>The task was saved, but not its checklist: %1</source>
        <translation>Задача сохранена, но её чек-лист — нет: %1</translation>
    </message>
    <message>
        <source>Not saved: the task was changed elsewhere.</source>
        <translation>Не сохранено: задача изменена в другом месте.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменение «%1»</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>день</numerusform>
            <numerusform>дня</numerusform>
            <numerusform>дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>неделю</numerusform>
            <numerusform>недели</numerusform>
            <numerusform>недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>месяц</numerusform>
            <numerusform>месяца</numerusform>
            <numerusform>месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>год</numerusform>
            <numerusform>года</numerusform>
            <numerusform>лет</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept from the imported rule: %1</source>
        <translation>Сохранено из импортированного правила: %1</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>Выполнено %1 из %2</translation>
    </message>
    <message>
        <source>New kind of task</source>
        <translation>Новый тип задачи</translation>
    </message>
    <message>
        <source>Name of the kind (for example: Visit):</source>
        <translation>Название типа (например: Визит):</translation>
    </message>
</context>
<context>
    <name>TaskListsWidget</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Upcoming (7 days)</source>
        <translation>Ближайшие (7 дней)</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>По ответственным</translation>
    </message>
    <message>
        <source>Without a next task</source>
        <translation>Без следующей задачи</translation>
    </message>
    <message>
        <source>Task list</source>
        <translation>Список задач</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>За&amp;вершить…</translation>
    </message>
    <message>
        <source>Complete the task with its result (Space)</source>
        <translation>Завершить задачу с указанием результата (Space)</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Новая задача…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Plan a task…</source>
        <translation>&amp;Запланировать задачу…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Шаблоны</translation>
    </message>
    <message>
        <source>Your &amp;company</source>
        <translation>&amp;Ваша компания</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Bundled templates and &amp;your own (Word .docx files):</source>
        <translation>Встроенные шаблоны и &amp;собственные (файлы Word .docx):</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>&amp;Заменить…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Place&amp;holders</source>
        <translation>По&amp;ля</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>Прове&amp;рить</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>Предпр&amp;осмотр</translation>
    </message>
    <message>
        <source>Fill the template with a sample deal and open the result</source>
        <translation>Заполнить шаблон данными образца сделки и открыть результат</translation>
    </message>
    <message>
        <source>Placeholders or problems of the template</source>
        <translation>Поля подстановки или проблемы шаблона</translation>
    </message>
    <message>
        <source>Your own company as documents show it: the seller on offers and invoices, the party signing contracts and letters.</source>
        <translation>Ваша компания в том виде, в каком её показывают документы: продавец в коммерческих предложениях и счетах, сторона, подписывающая договоры и письма.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Юридическое название:</translation>
    </message>
    <message>
        <source>Ta&amp;x ID (VAT no.):</source>
        <translation>&amp;ИНН (номер налогоплательщика):</translation>
    </message>
    <message>
        <source>&amp;Registration no.:</source>
        <translation>&amp;Регистрационный номер:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;Bank details:</source>
        <translation>&amp;Банковские реквизиты:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Сайт:</translation>
    </message>
    <message>
        <source>Dir&amp;ector (signs documents):</source>
        <translation>&amp;Директор (подписывает документы):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Numbers of invoices and offers&lt;/b&gt;: &lt;code&gt;{year}&lt;/code&gt; is the year, &lt;code&gt;{n:04}&lt;/code&gt; the number of the document in that year with four digits. Numbers are never reused.</source>
        <translation>&lt;b&gt;Номера счетов и коммерческих предложений&lt;/b&gt;: &lt;code&gt;{year}&lt;/code&gt; — год, &lt;code&gt;{n:04}&lt;/code&gt; — номер документа в этом году из четырёх цифр. Номера никогда не используются повторно.</translation>
    </message>
    <message>
        <source>&amp;Invoice numbers:</source>
        <translation>Номера сч&amp;етов:</translation>
    </message>
    <message>
        <source>&amp;Offer numbers:</source>
        <translation>Номера &amp;коммерческих предложений:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Reading the templates…</source>
        <translation>Чтение шаблонов…</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>Встроенный</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Собственный</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Bundled templates cannot be changed; add your own copy instead.</source>
        <translation>Встроенные шаблоны изменить нельзя; добавьте вместо этого собственную копию.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Название шаблона:</translation>
    </message>
    <message>
        <source>Add a template</source>
        <translation>Добавление шаблона</translation>
    </message>
    <message>
        <source>Template “%1” added.</source>
        <translation>Шаблон «%1» добавлен.</translation>
    </message>
    <message>
        <source>“%1” was not added. Fix these places in Word and add it again:</source>
        <translation>«%1» не добавлен. Исправьте эти места в Word и добавьте шаблон снова:</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Проверка: %1…</translation>
    </message>
    <message>
        <source>Replace “%1”</source>
        <translation>Замена «%1»</translation>
    </message>
    <message>
        <source>Template “%1” replaced.</source>
        <translation>Шаблон «%1» заменён.</translation>
    </message>
    <message>
        <source>“%1” was not replaced. Fix these places in Word and try again:</source>
        <translation>«%1» не заменён. Исправьте эти места в Word и повторите попытку:</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>Переименование «%1»</translation>
    </message>
    <message>
        <source>Template “%1” renamed to “%2”.</source>
        <translation>Шаблон «%1» переименован в «%2».</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Documents made from it stay as they are.</source>
        <translation>Удалить шаблон «%1»? Документы, сформированные по нему, останутся без изменений.</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>Шаблон «%1» удалён.</translation>
    </message>
    <message>
        <source>Placeholders “%1” uses:</source>
        <translation>Поля подстановки, которые использует «%1»:</translation>
    </message>
    <message>
        <source>“%1” uses no placeholders.</source>
        <translation>«%1» не использует полей подстановки.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in “%1”; it cannot be used until they are fixed:</source>
        <translation>
            <numerusform>%n проблема в «%1»; шаблоном нельзя пользоваться, пока проблемы не устранены:</numerusform>
            <numerusform>%n проблемы в «%1»; шаблоном нельзя пользоваться, пока они не устранены:</numerusform>
            <numerusform>%n проблем в «%1»; шаблоном нельзя пользоваться, пока они не устранены:</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” can be used; read these warnings:</source>
        <translation>Шаблоном «%1» можно пользоваться; прочтите эти предупреждения:</translation>
    </message>
    <message>
        <source>No problems found in “%1”: it can be used.</source>
        <translation>В «%1» проблем не найдено: им можно пользоваться.</translation>
    </message>
    <message>
        <source>Problems in “%1”:</source>
        <translation>Проблемы в «%1»:</translation>
    </message>
    <message>
        <source>Preview written to %1</source>
        <translation>Образец записан в %1</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Ни одна программа не смогла открыть %1.</translation>
    </message>
    <message>
        <source>“%1” cannot be previewed:</source>
        <translation>Для «%1» нельзя сделать предпросмотр:</translation>
    </message>
    <message>
        <source>Preparing the preview of %1…</source>
        <translation>Подготовка предпросмотра: %1…</translation>
    </message>
    <message>
        <source>Not saved: correct the number pattern first.</source>
        <translation>Не сохранено: сначала исправьте шаблон нумерации.</translation>
    </message>
    <message>
        <source>Saved. New documents show these details.</source>
        <translation>Сохранено. Новые документы будут содержать эти сведения.</translation>
    </message>
    <message>
        <source>Your company&apos;s details were changed but not saved. Close and lose the changes?</source>
        <translation>Сведения о вашей компании изменены, но не сохранены. Закрыть и потерять изменения?</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Задача завершена</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>Смена этапа</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Оставлено сообщение</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Перезвонить позже</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Смены этапа</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>Объединения</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Log a &amp;call</source>
        <translation>Записать &amp;звонок</translation>
    </message>
    <message>
        <source>Log a call (%1)</source>
        <translation>Записать звонок (%1)</translation>
    </message>
    <message>
        <source>Add a &amp;note</source>
        <translation>Добавить за&amp;метку</translation>
    </message>
    <message>
        <source>Add a note (%1)</source>
        <translation>Добавить заметку (%1)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Save the card first; then calls and notes can be logged here.</source>
        <translation>Сначала сохраните карточку; затем здесь можно будет записывать звонки и заметки.</translation>
    </message>
    <message>
        <source>Nothing of this kind yet.</source>
        <translation>Такого пока ничего нет.</translation>
    </message>
    <message>
        <source>Nothing has happened with this contact yet. Log a call or add a note.</source>
        <translation>С этим контактом пока ничего не происходило. Запишите звонок или добавьте заметку.</translation>
    </message>
    <message>
        <source>deal: %1</source>
        <translation>сделка: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What is the next step with %1?</source>
        <translation>Какой следующий шаг: %1?</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя / название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Deleted people and companies</source>
        <translation>Удалённые контакты и компании</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Delete forever…</source>
        <translation>&amp;Удалить навсегда…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos; forever? This cannot be undone.</source>
        <translation>Удалить «%1» навсегда? Это действие нельзя отменить.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n records forever? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить %n запись навсегда? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n записи навсегда? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n записей навсегда? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Удаление навсегда</translation>
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
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Напоминания</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n напоминание</numerusform>
            <numerusform>%n напоминания</numerusform>
            <numerusform>%n напоминаний</numerusform>
        </translation>
    </message>
    <message>
        <source>crm-desktop is still running</source>
        <translation>crm-desktop продолжает работать</translation>
    </message>
    <message>
        <source>Reminders keep coming. Quit from the tray icon&apos;s menu or File › Quit.</source>
        <translation>Напоминания продолжат приходить. Чтобы выйти, используйте меню значка в области уведомлений или Файл › Выход.</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Изменение пользователя</translation>
    </message>
    <message>
        <source>Sees and changes only own records</source>
        <translation>Видит и изменяет только свои записи</translation>
    </message>
    <message>
        <source>Active (may log in; inactive users stay in the history)</source>
        <translation>Активен (может входить; неактивные пользователи остаются в истории)</translation>
    </message>
    <message>
        <source>none: set it later</source>
        <translation>нет: задать позже</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>По&amp;втор:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>The user needs a login.</source>
        <translation>Укажите логин пользователя.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>только чтение</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Own records only</source>
        <translation>Только свои записи</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Задать па&amp;роль…</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>&amp;Передать…</translation>
    </message>
    <message>
        <source>Hand every record of this user to one or several others</source>
        <translation>Передать все записи этого пользователя одному или нескольким другим</translation>
    </message>
    <message>
        <source>Reassign&amp;ments…</source>
        <translation>&amp;История передач…</translation>
    </message>
    <message>
        <source>Earlier reassignments, to undo one</source>
        <translation>Прежние передачи — чтобы отменить одну из них</translation>
    </message>
    <message>
        <source>Administrators manage users and reassign records; managers work on every record (or only their own); read-only users look but change nothing. Nobody is asked to log in until some user has a password.</source>
        <translation>Администраторы управляют пользователями и передают записи; менеджеры работают со всеми записями (или только со своими); пользователи с ролью «только чтение» смотрят, но ничего не меняют. Вход не запрашивается, пока ни у одного пользователя нет пароля.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>set</source>
        <translation>задан</translation>
    </message>
</context>
<context>
    <name>WaitIndicator</name>
    <message>
        <source>Waiting for another user…</source>
        <translation>Ожидание другого пользователя…</translation>
    </message>
    <message>
        <source>Someone else is saving to this shared file; your change is saved as soon as they are done. You can go on working.</source>
        <translation>Кто-то другой сохраняет изменения в этом общем файле; ваше изменение будет сохранено, как только он закончит. Можно продолжать работу.</translation>
    </message>
</context>
<context>
    <name>WonDialog</name>
    <message>
        <source>Deal won</source>
        <translation>Сделка выиграна</translation>
    </message>
    <message>
        <source>&amp;Won on:</source>
        <translation>&amp;Дата выигрыша:</translation>
    </message>
    <message>
        <source>&amp;Final amount (%1):</source>
        <translation>&amp;Итоговая сумма (%1):</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount. Type digits, for example 1250.50.</source>
        <translation>«%1» — не сумма. Введите цифры, например 1250,50.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
</context>
<context>
    <name>_AllDayHeader</name>
    <message>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 ещё</translation>
    </message>
</context>
</TS>
