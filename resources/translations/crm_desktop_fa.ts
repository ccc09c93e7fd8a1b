<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name></name>
    <message>
        <source>What</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>ارتباط‌ها</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>چک‌لیست</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>مشتری بالقوه</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>اولویت بالا</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <source>High</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>در %1</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>در زمان موعد</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 پس از موعد</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 قبل از موعد</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>ماهانه</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>سالانه</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>هر %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>تا %1</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>امروز، %1</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>تمام روز</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>برنامه‌ای نیست</translation>
    </message>
    <message>
        <source>Nothing planned in these days</source>
        <translation>برای این روزها برنامه‌ای نیست</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>باز کردن پایگاه داده ممکن نیست</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>باز کردن فایلی دیگر…</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>ساختن پایگاه داده جدید…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>باز کردن پایگاه داده</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>پایگاه داده جدید</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; is damaged (%2). Restore it from a backup (File &gt; Restore from backup).</source>
        <translation>پایگاه داده «%1» آسیب دیده است (%2). آن را از یک نسخهٔ پشتیبان بازگردانید (پرونده &gt; بازگردانی از نسخهٔ پشتیبان).</translation>
    </message>
    <message>
        <source>Daily backup written to %1</source>
        <translation>نسخهٔ پشتیبان روزانه در %1 ذخیره شد</translation>
    </message>
</context>
<context>
    <name>BringBackDialog</name>
    <message>
        <source>Bring back an offline copy</source>
        <translation>برگرداندن نسخهٔ آفلاین</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;انتخاب…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;مقایسه</translation>
    </message>
    <message>
        <source>Choose the copy; it is compared with this database before anything is written.</source>
        <translation>نسخه را انتخاب کنید؛ پیش از ثبت هر چیزی، با این پایگاه داده مقایسه می‌شود.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>در این پایگاه داده</translation>
    </message>
    <message>
        <source>In the copy</source>
        <translation>در نسخه</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>نگه‌داشتن</translation>
    </message>
    <message>
        <source>Keep all from this &amp;database</source>
        <translation>نگه‌داشتن همه از این &amp;پایگاه داده</translation>
    </message>
    <message>
        <source>Take all from the c&amp;opy</source>
        <translation>برداشتن همه از نس&amp;خه</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;برگرداندن</translation>
    </message>
    <message>
        <source>&amp;Copy:</source>
        <translation>&amp;نسخه:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation>در سطل زباله</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Phones and emails</source>
        <translation>تلفن‌ها و ایمیل‌ها</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>محصولات</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>یادآورها</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>نام میانی</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>کد اقتصادی</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>پیش‌بینی بسته‌شدن</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>نام حقوقی</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>ویرایش‌شده</translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation>منتقل‌شده به سطل زباله</translation>
    </message>
    <message>
        <source>deleted for good</source>
        <translation>برای همیشه حذف‌شده</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>This copy was already brought back on %1 (UTC); nothing changed. Take a new copy to go on working offline.</source>
        <translation>این نسخه قبلاً در %1 (UTC) برگردانده شده است؛ چیزی تغییر نکرد. برای ادامهٔ کار آفلاین، نسخهٔ تازه‌ای بگیرید.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 merged, %4 moved to the Trash, %5 conflicts</source>
        <translation>%1 افزوده، %2 به‌روزشده، %3 ادغام‌شده، %4 منتقل‌شده به سطل زباله، %5 تعارض</translation>
    </message>
    <message>
        <source>Brought back: %1.</source>
        <translation>برگردانده شد: %1.</translation>
    </message>
    <message>
        <source>The copy was taken on %1 by %2.</source>
        <translation>این نسخه در %1 توسط %2 گرفته شده است.</translation>
    </message>
    <message>
        <source>The copy was taken on %1.</source>
        <translation>این نسخه در %1 گرفته شد.</translation>
    </message>
    <message>
        <source>It would bring: %1.</source>
        <translation>این موارد را می‌آورد: %1.</translation>
    </message>
    <message>
        <source>Choose which value to keep for each conflict, then Bring back.</source>
        <translation>برای هر تعارض، مقداری را که باید بماند انتخاب کنید و سپس «برگرداندن» را بزنید.</translation>
    </message>
    <message>
        <source>No conflicts: Bring back writes it.</source>
        <translation>تعارضی نیست: «برگرداندن» آن را ثبت می‌کند.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>در حال مقایسه…</translation>
    </message>
    <message>
        <source>Comparing the copy…</source>
        <translation>در حال مقایسهٔ نسخه…</translation>
    </message>
    <message>
        <source>When the copy was taken: %1</source>
        <translation>هنگام گرفتن نسخه: %1</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>این پایگاه داده</translation>
    </message>
    <message>
        <source>The copy</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>Bringing it back…</source>
        <translation>در حال برگرداندن…</translation>
    </message>
    <message>
        <source>Bringing back the offline copy…</source>
        <translation>در حال برگرداندن نسخهٔ آفلاین…</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Add &amp;tag…</source>
        <translation>افزودن بر&amp;چسب…</translation>
    </message>
    <message>
        <source>&amp;Remove tag…</source>
        <translation>حذف ب&amp;رچسب…</translation>
    </message>
    <message>
        <source>Change &amp;owner…</source>
        <translation>تغییر &amp;مسئول…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Move the selected records to the Trash (Del)</source>
        <translation>انتقال رکوردهای انتخاب‌شده به سطل زباله (Del)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;خروجی گرفتن…</translation>
    </message>
    <message>
        <source>Export the selected rows, or the whole list, to Excel or CSV</source>
        <translation>خروجی گرفتن از ردیف‌های انتخاب‌شده یا کل فهرست به Excel یا CSV</translation>
    </message>
    <message>
        <source>Gener&amp;ate documents…</source>
        <translation>&amp;ساخت اسناد…</translation>
    </message>
    <message>
        <source>Fill a Word template for each selected record, or one document for all of them</source>
        <translation>پر کردن یک الگوی Word برای هر رکورد انتخاب‌شده، یا یک سند برای همهٔ آن‌ها</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>لغو شد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>خطای غیرمنتظره: %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>افزودن برچسب</translation>
    </message>
    <message numerus="yes">
        <source>Tag added to %n record(s).</source>
        <translation>
            <numerusform>برچسب به %n رکورد افزوده شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding the tag…</source>
        <translation>در حال افزودن برچسب…</translation>
    </message>
    <message>
        <source>There are no tags yet.</source>
        <translation>هنوز برچسبی وجود ندارد.</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>حذف برچسب</translation>
    </message>
    <message numerus="yes">
        <source>Tag removed from %n record(s).</source>
        <translation>
            <numerusform>برچسب از %n رکورد حذف شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing the tag…</source>
        <translation>در حال حذف برچسب…</translation>
    </message>
    <message numerus="yes">
        <source>Owner changed for %n record(s).</source>
        <translation>
            <numerusform>مسئول %n رکورد تغییر کرد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change owner of %n record(s)</source>
        <translation>
            <numerusform>تغییر مسئول %n رکورد</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the owner…</source>
        <translation>در حال تغییر مسئول…</translation>
    </message>
    <message numerus="yes">
        <source>Move %n person(s) to the Trash? They can be restored from there.</source>
        <translation>
            <numerusform>%n شخص به سطل زباله منتقل شود؟ می‌توان آن‌ها را از آنجا بازگرداند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n company(-ies) to the Trash? They can be restored from there.</source>
        <translation>
            <numerusform>%n شرکت به سطل زباله منتقل شود؟ می‌توان آن‌ها را از آنجا بازگرداند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) moved to the Trash.</source>
        <translation>
            <numerusform>%n رکورد به سطل زباله منتقل شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>حذف %n رکورد</numerusform>
        </translation>
    </message>
    <message>
        <source>Moving to the Trash…</source>
        <translation>در حال انتقال به سطل زباله…</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected row(s)</source>
        <translation>
            <numerusform>فقط %n ردیف انتخاب‌شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the list as shown (%n record(s))</source>
        <translation>
            <numerusform>فقط فهرست، همان‌طور که نمایش داده شده (%n رکورد)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n ردیف در %1 ذخیره شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>در حال خروجی گرفتن…</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تولد</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>سالگرد</translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation>تولد: %1</translation>
    </message>
    <message>
        <source>Anniversary: %1</source>
        <translation>سالگرد: %1</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;امروز</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>همهٔ مسئولان</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>کار &amp;جدید…</translation>
    </message>
    <message>
        <source>New task (N in the calendar)</source>
        <translation>کار جدید (N در تقویم)</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>فهرست‌ها</translation>
    </message>
    <message>
        <source>Show the task lists beside the calendar</source>
        <translation>نمایش فهرست‌های کار کنار تقویم</translation>
    </message>
    <message>
        <source>The task lists are not available in this version</source>
        <translation>فهرست‌های کار در این نسخه در دسترس نیستند</translation>
    </message>
    <message>
        <source>Calendar days by the hour</source>
        <translation>روزهای تقویم به تفکیک ساعت</translation>
    </message>
    <message>
        <source>Calendar month</source>
        <translation>ماه تقویم</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>خطای غیرمنتظره: %1</translation>
    </message>
    <message>
        <source>Repeating task</source>
        <translation>کار تکرارشونده</translation>
    </message>
    <message>
        <source>Change only this occurrence, or every occurrence of the series?</source>
        <translation>فقط همین مورد تغییر کند یا همهٔ موردهای این سری؟</translation>
    </message>
    <message>
        <source>Only this &amp;occurrence</source>
        <translation>فقط همین &amp;مورد</translation>
    </message>
    <message>
        <source>The whole &amp;series</source>
        <translation>کل &amp;سری</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>جابه‌جایی %1</translation>
    </message>
    <message>
        <source>Change the length of %1</source>
        <translation>تغییر مدت %1</translation>
    </message>
</context>
<context>
    <name>CampaignEditDialog</name>
    <message>
        <source>Change campaign</source>
        <translation>تغییر کمپین</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>کمپین جدید</translation>
    </message>
    <message>
        <source>No lead source</source>
        <translation>بدون منبع سرنخ</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;از:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;تا:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>Lead &amp;source:</source>
        <translation>&amp;منبع سرنخ:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>تاریخ‌ها:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;هزینه:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;یادداشت‌ها:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount. Type digits, for example 1500.</source>
        <translation>«%1» مبلغ معتبری نیست. عدد وارد کنید، مثلاً ۱۵۰۰.</translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <source>Campaigns</source>
        <translation>کمپین‌ها</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;افزودن…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;تغییر…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;بازگردانی</translation>
    </message>
    <message>
        <source>Show campaigns in the &amp;Trash</source>
        <translation>نمایش کمپین‌های &amp;سطل زباله</translation>
    </message>
    <message>
        <source>%1 (in the Trash)</source>
        <translation>%1 (در سطل زباله)</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>حذف کمپین</translation>
    </message>
    <message>
        <source>Move the campaign &apos;%1&apos; to the Trash? Its deals keep it; it can be restored.</source>
        <translation>کمپین «%1» به سطل زباله منتقل شود؟ معامله‌هایش همچنان به آن وصل می‌مانند؛ می‌توان آن را بازگرداند.</translation>
    </message>
</context>
<context>
    <name>ChannelRow</name>
    <message>
        <source>Label of the %1</source>
        <translation>برچسب %1</translation>
    </message>
    <message>
        <source>+31 20 123 4567</source>
        <translation>+98 21 1234 5678</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@شناسه</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>نوشتن</translation>
    </message>
    <message>
        <source>Call this number with the system&apos;s phone program</source>
        <translation>تماس با این شماره با برنامهٔ تلفن سیستم</translation>
    </message>
    <message>
        <source>Write to this address with the system&apos;s mail program</source>
        <translation>نوشتن به این نشانی با برنامهٔ ایمیل سیستم</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>اصلی</translation>
    </message>
    <message>
        <source>The one used first for this kind of contact</source>
        <translation>اولین گزینه برای این نوع ارتباط</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove this %1</source>
        <translation>حذف این %1</translation>
    </message>
</context>
<context>
    <name>ChannelsEditor</name>
    <message>
        <source>work</source>
        <translation>کاری</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>همراه</translation>
    </message>
    <message>
        <source>home</source>
        <translation>منزل</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>فکس</translation>
    </message>
    <message>
        <source>other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>پیام‌رسان</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>افزودن تلفن</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>افزودن ایمیل</translation>
    </message>
    <message>
        <source>Add messenger</source>
        <translation>افزودن پیام‌رسان</translation>
    </message>
</context>
<context>
    <name>ClientListDialog</name>
    <message>
        <source>Clients in %1</source>
        <translation>مشتریان %1</translation>
    </message>
    <message>
        <source>No clients in this cell.</source>
        <translation>این خانه مشتری ندارد.</translation>
    </message>
</context>
<context>
    <name>CompanyCardDialog</name>
    <message>
        <source>D&amp;etails</source>
        <translation>&amp;جزئیات</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation>باز کردن وب‌سایت در مرورگر</translation>
    </message>
    <message>
        <source>Bank, account number, BIC / SWIFT</source>
        <translation>بانک، شمارهٔ حساب، BIC / SWIFT</translation>
    </message>
    <message>
        <source>What to know about this company…</source>
        <translation>آنچه باید دربارهٔ این شرکت دانست…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>Le&amp;gal name:</source>
        <translation>نام &amp;حقوقی:</translation>
    </message>
    <message>
        <source>Ta&amp;x ID:</source>
        <translation>کد ا&amp;قتصادی:</translation>
    </message>
    <message>
        <source>Re&amp;gistration no.:</source>
        <translation>&amp;شمارهٔ ثبت:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;صنعت:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;وب‌سایت:</translation>
    </message>
    <message>
        <source>&amp;Founded on:</source>
        <translation>تاریخ &amp;تأسیس:</translation>
    </message>
    <message>
        <source>Phones and emails</source>
        <translation>تلفن‌ها و ایمیل‌ها</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>و&amp;ضعیت:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>مسئو&amp;ل:</translation>
    </message>
    <message>
        <source>Lead so&amp;urce:</source>
        <translation>من&amp;بع سرنخ:</translation>
    </message>
    <message>
        <source>Legal a&amp;ddress:</source>
        <translation>نشانی &amp;ثبتی:</translation>
    </message>
    <message>
        <source>Postal addre&amp;ss:</source>
        <translation>نشانی پ&amp;ستی:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>ش&amp;هر:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>کشو&amp;ر:</translation>
    </message>
    <message>
        <source>&amp;Bank details:</source>
        <translation>ا&amp;طلاعات بانکی:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>بر&amp;چسب‌ها:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;یادداشت‌ها:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>People of the company</source>
        <translation>افراد شرکت</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;افزودن شخص…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;باز کردن</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;افراد</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>شرکت جدید</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>شرکت: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n نفر</numerusform>
        </translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>آخرین ارتباط %1</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>نام حقوقی</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>کد اقتصادی</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>شمارهٔ ثبت</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>نشانی ثبتی</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>نشانی پستی</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>اطلاعات بانکی</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>تاریخ تأسیس</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <source>&amp;People (%1)</source>
        <translation>&amp;افراد (%1)</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>هیچ برنامه‌ای نتوانست %1 را باز کند.</translation>
    </message>
</context>
<context>
    <name>CompanyRole</name>
    <message>
        <source>Director</source>
        <translation>مدیرعامل</translation>
    </message>
    <message>
        <source>Chief accountant</source>
        <translation>مدیر مالی</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>حسابدار</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>وکیل</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>منشی</translation>
    </message>
    <message>
        <source>Purchasing manager</source>
        <translation>مدیر خرید</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>مدیر فروش</translation>
    </message>
    <message>
        <source>IT manager</source>
        <translation>مدیر فناوری اطلاعات</translation>
    </message>
    <message>
        <source>Chief engineer</source>
        <translation>مهندس ارشد</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>مهندس</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Reached, agreed on the next step</source>
        <translation>تماس برقرار شد، قدم بعدی توافق شد</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>پاسخی نداد</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>پیغام گذاشته شد</translation>
    </message>
    <message>
        <source>Done as planned</source>
        <translation>طبق برنامه انجام شد</translation>
    </message>
    <message>
        <source>Postponed by the client</source>
        <translation>مشتری به تعویق انداخت</translation>
    </message>
    <message>
        <source>Complete: %1</source>
        <translation>تکمیل: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation>نتیجه چه شد؟</translation>
    </message>
    <message>
        <source>&amp;Plan the next task</source>
        <translation>&amp;برنامه‌ریزی کار بعدی</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;تکمیل</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;نتیجه:</translation>
    </message>
    <message>
        <source>Complete task</source>
        <translation>تکمیل کار</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>پیگیری: %1</translation>
    </message>
    <message>
        <source>Plan the next task</source>
        <translation>برنامه‌ریزی کار بعدی</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>تغییر توسط شخص دیگر</translation>
    </message>
    <message>
        <source>Someone changed this record while you were editing it. For each field, choose the value to keep.</source>
        <translation>شخص دیگری این رکورد را هنگام ویرایش شما تغییر داد. برای هر فیلد، مقداری را که باید بماند انتخاب کنید.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>مقدار آن‌ها</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>مقدار شما</translation>
    </message>
    <message>
        <source>%1: their value %2</source>
        <translation>%1: مقدار آن‌ها %2</translation>
    </message>
    <message>
        <source>%1: your value %2</source>
        <translation>%1: مقدار شما %2</translation>
    </message>
    <message>
        <source>Save these values</source>
        <translation>ذخیرهٔ این مقدارها</translation>
    </message>
</context>
<context>
    <name>ContactCardDialog</name>
    <message>
        <source>Save (%1)</source>
        <translation>ذخیره (%1)</translation>
    </message>
    <message>
        <source>Custo&amp;m fields</source>
        <translation>&amp;فیلدهای سفارشی</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>روی&amp;دادها</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>م&amp;عامله‌ها</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>&amp;کارها</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>&amp;اسناد</translation>
    </message>
    <message>
        <source>Attac&amp;hments</source>
        <translation>&amp;پیوست‌ها</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(هیچ‌کس)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ندارد)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>This record is in the Trash since %1. Restore it from the Trash to work with it again.</source>
        <translation>این رکورد از %1 در سطل زباله است. برای کار دوباره با آن، آن را از سطل زباله بازگردانید.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country. Choose one from the list, or type its two-letter code.</source>
        <translation>«%1» کشور نیست. یکی را از فهرست انتخاب کنید یا کد دوحرفی آن را بنویسید.</translation>
    </message>
    <message>
        <source>Not saved: the record was changed elsewhere.</source>
        <translation>ذخیره نشد: رکورد در جای دیگری تغییر کرده است.</translation>
    </message>
    <message>
        <source>Saved. Please check: %1</source>
        <translation>ذخیره شد. لطفاً بررسی کنید: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>ویرایش %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>تغییرات %1 ذخیره شود؟</translation>
    </message>
    <message>
        <source>this new record</source>
        <translation>این رکورد جدید</translation>
    </message>
    <message>
        <source>This record was deleted for good; it can no longer be saved.</source>
        <translation>این رکورد برای همیشه حذف شده است؛ دیگر نمی‌توان آن را ذخیره کرد.</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معامله‌ها</translation>
    </message>
    <message>
        <source>&amp;Open deal</source>
        <translation>باز کردن &amp;معامله</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>کارها</translation>
    </message>
    <message>
        <source>&amp;Plan task…</source>
        <translation>&amp;برنامه‌ریزی کار…</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>تکم&amp;یل…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاریخ ساخت</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>باز کردن &amp;سند</translation>
    </message>
    <message>
        <source>&amp;Generate document…</source>
        <translation>سا&amp;خت سند…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاریخ افزودن</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>باز کردن &amp;فایل</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>افزو&amp;دن فایل…</translation>
    </message>
    <message>
        <source>&amp;Remove file</source>
        <translation>&amp;حذف فایل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ازدست‌رفته</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>عقب‌افتاده</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What is the next step with %1?</source>
        <translation>قدم بعدی با %1 چیست؟</translation>
    </message>
    <message>
        <source>Complete the task</source>
        <translation>تکمیل کار</translation>
    </message>
    <message>
        <source>What came of &apos;%1&apos;?</source>
        <translation>نتیجهٔ «%1» چه شد؟</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>هیچ برنامه‌ای نتوانست %1 را باز کند.</translation>
    </message>
    <message>
        <source>The file of &apos;%1&apos; is no longer at %2.</source>
        <translation>فایل «%1» دیگر در %2 نیست.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>در حال باز کردن %1…</translation>
    </message>
    <message>
        <source>Save the card first; then files can be attached to it.</source>
        <translation>ابتدا کارت را ذخیره کنید؛ سپس می‌توان فایل به آن پیوست کرد.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>پیوست فایل</translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation>در حال پیوست %1…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>حذف فایل</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from this card?</source>
        <translation>«%1» از این کارت حذف شود؟</translation>
    </message>
</context>
<context>
    <name>ContactCards</name>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
</context>
<context>
    <name>ContactColumns</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخرین ارتباط</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاریخ ساخت</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>کد اقتصادی</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
</context>
<context>
    <name>ContactStatus</name>
    <message>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>مشتری بالقوه</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Former client</source>
        <translation>مشتری سابق</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ازدست‌رفته</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Searching…</source>
        <translation>در حال جست‌وجو…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;افراد</translation>
    </message>
    <message>
        <source>&amp;Companies</source>
        <translation>&amp;شرکت‌ها</translation>
    </message>
    <message>
        <source>Search names, companies, phones, emails, cities, tags… (Ctrl+F)</source>
        <translation>جست‌وجوی نام، شرکت، تلفن، ایمیل، شهر، برچسب… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>جست‌وجوی مخاطبان</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>پاک کردن فیلتر</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>شخص &amp;جدید</translation>
    </message>
    <message>
        <source>A new person (Ctrl+N)</source>
        <translation>یک شخص جدید (Ctrl+N)</translation>
    </message>
    <message>
        <source>New co&amp;mpany</source>
        <translation>شرکت جدی&amp;د</translation>
    </message>
    <message>
        <source>A new company (Ctrl+Shift+N)</source>
        <translation>یک شرکت جدید (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Lists and segments</source>
        <translation>فهرست‌ها و بخش‌ها</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>موارد انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;باز کردن</translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation>یافتن موارد &amp;تکراری…</translation>
    </message>
    <message>
        <source>Ta&amp;gs…</source>
        <translation>مدیریت &amp;برچسب‌ها…</translation>
    </message>
    <message>
        <source>Create, rename, recolour and delete tags</source>
        <translation>ساختن، تغییر نام، تغییر رنگ و حذف برچسب‌ها</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
    <message>
        <source>&amp;Filter (%1)…</source>
        <translation>&amp;فیلتر (%1)…</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;فیلتر…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>سطل زباله</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>همهٔ افراد</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>همهٔ شرکت‌ها</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;تغییر نام…</translation>
    </message>
    <message>
        <source>&amp;Edit filter…</source>
        <translation>&amp;ویرایش فیلتر…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Rename segment</source>
        <translation>تغییر نام بخش</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>نام جدید:</translation>
    </message>
    <message>
        <source>Delete the segment &apos;%1&apos;? The people and companies in it stay.</source>
        <translation>بخش «%1» حذف شود؟ افراد و شرکت‌های داخل آن باقی می‌مانند.</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>حذف بخش</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n نفر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(-ies)</source>
        <translation>
            <numerusform>%n شرکت</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%1 از %2 مطابقت دارند</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n مورد انتخاب‌شده</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>چیزی با «%1» مطابقت ندارد.</translation>
    </message>
    <message>
        <source>Nothing matches this filter.</source>
        <translation>چیزی با این فیلتر مطابقت ندارد.</translation>
    </message>
    <message>
        <source>No people yet — New person or File ▸ Import</source>
        <translation>هنوز شخصی نیست — شخص جدید یا پرونده ▸ درون‌ریزی</translation>
    </message>
    <message>
        <source>No companies yet — New company or File ▸ Import</source>
        <translation>هنوز شرکتی نیست — شرکت جدید یا پرونده ▸ درون‌ریزی</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>خطای غیرمنتظره: %1</translation>
    </message>
</context>
<context>
    <name>CustomConditionRow</name>
    <message>
        <source>contains</source>
        <translation>شامل</translation>
    </message>
    <message>
        <source>is</source>
        <translation>برابر با</translation>
    </message>
    <message>
        <source>on</source>
        <translation>در تاریخ</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>در تاریخ یا پس از آن</translation>
    </message>
    <message>
        <source>on or before</source>
        <translation>در تاریخ یا پیش از آن</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>شامل</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>بله / خیر</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>انتخاب تکی</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>انتخاب چندتایی</translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <source>There are no custom fields yet. Add them with Fields…</source>
        <translation>هنوز فیلد سفارشی‌ای وجود ندارد. با دکمهٔ «فیلدها…» آن‌ها را اضافه کنید.</translation>
    </message>
    <message>
        <source>Fi&amp;elds…</source>
        <translation>فی&amp;لدها…</translation>
    </message>
    <message>
        <source>Add, change, order or delete the custom fields</source>
        <translation>افزودن، تغییر، مرتب‌کردن یا حذف فیلدهای سفارشی</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>الزامی</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>%1: no date</source>
        <translation>%1: بدون تاریخ</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>تعیین نشده</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number. Type digits, for example %2.</source>
        <translation>مقدار «%1» عدد نیست. رقم وارد کنید، مثلاً %2.</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n روز در این مرحله</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotting: %1</source>
        <translation>راکد: %1</translation>
    </message>
    <message>
        <source>⚠ No next task</source>
        <translation>⚠ بدون کار بعدی</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>کار بعدی: %1</translation>
    </message>
</context>
<context>
    <name>DealEditorDialog</name>
    <message>
        <source>&amp;Deal</source>
        <translation>&amp;معامله</translation>
    </message>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;اقلام</translation>
    </message>
    <message>
        <source>Custo&amp;m fields</source>
        <translation>&amp;فیلدهای سفارشی</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>&amp;کارها</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>فایل‌&amp;ها</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;تاریخچه</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>معاملهٔ جدید</translation>
    </message>
    <message>
        <source>Deal: %1</source>
        <translation>معامله: %1</translation>
    </message>
    <message>
        <source>&amp;Computed from lines</source>
        <translation>محاسبه از &amp;روی اقلام</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>&amp;No date</source>
        <translation>بدو&amp;ن تاریخ</translation>
    </message>
    <message>
        <source> %</source>
        <translation>٪</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ندارد)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(هیچ‌کس)</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;قیف فروش:</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>مر&amp;حله:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>م&amp;بلغ:</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>&amp;پیش‌بینی بسته‌شدن:</translation>
    </message>
    <message>
        <source>P&amp;robability:</source>
        <translation>احتما&amp;ل:</translation>
    </message>
    <message>
        <source>Lead so&amp;urce:</source>
        <translation>منبع &amp;سرنخ:</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>برای یافتن شرکت تایپ کنید</translation>
    </message>
    <message>
        <source>Type to find a person</source>
        <translation>برای یافتن شخص تایپ کنید</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>بازگشایی</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>&amp;شرکت:</translation>
    </message>
    <message>
        <source>Per&amp;son:</source>
        <translation>شخ&amp;ص:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>مسئ&amp;ول:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>بر&amp;چسب‌ها:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>&amp;یادداشت‌ها:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>تخفیف ٪</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>ارزش افزوده ٪</translation>
    </message>
    <message>
        <source>Total (net)</source>
        <translation>جمع (خالص)</translation>
    </message>
    <message>
        <source>Deal lines</source>
        <translation>اقلام معامله</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>اف&amp;زودن قلم</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>ح&amp;ذف قلم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Tasks of the deal</source>
        <translation>کارهای معامله</translation>
    </message>
    <message>
        <source>&amp;Plan task…</source>
        <translation>&amp;برنامه‌ریزی کار…</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>تکم&amp;یل…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاریخ افزودن</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>فایل‌های پیوست</translation>
    </message>
    <message>
        <source>A&amp;ttached files:</source>
        <translation>&amp;پیوست‌ها:</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>افزو&amp;دن فایل…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;باز کردن</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاریخ ساخت</translation>
    </message>
    <message>
        <source>Generated documents</source>
        <translation>اسناد ساخته‌شده</translation>
    </message>
    <message>
        <source>Generated do&amp;cuments:</source>
        <translation>اسناد &amp;ساخته‌شده:</translation>
    </message>
    <message>
        <source>Open docu&amp;ment</source>
        <translation>باز کردن س&amp;ند</translation>
    </message>
    <message>
        <source>&amp;Generate document…</source>
        <translation>سا&amp;خت سند…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>By</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>مدت در مرحله</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>تاریخچهٔ مراحل</translation>
    </message>
    <message>
        <source>(no longer listed)</source>
        <translation>(دیگر در فهرست نیست)</translation>
    </message>
    <message>
        <source>This deal was won on %1.</source>
        <translation>این معامله در %1 موفق شد.</translation>
    </message>
    <message>
        <source>This deal was lost on %1.</source>
        <translation>این معامله در %1 از دست رفت.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>دلیل: %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>توضیح: %1</translation>
    </message>
    <message>
        <source>Reopen it to change its stage.</source>
        <translation>برای تغییر مرحله، آن را بازگشایی کنید.</translation>
    </message>
    <message>
        <source>The deal was saved, but not its custom fields: %1</source>
        <translation>معامله ذخیره شد، اما فیلدهای سفارشی آن ذخیره نشدند: %1</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this deal. Your changes are still in this window.</source>
        <translation>ذخیره نشد: شخص دیگری این معامله را تغییر داده است. تغییرات شما هنوز در این پنجره است.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>پیش‌بینی بسته‌شدن</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>اقلام</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>computed from the lines</source>
        <translation>محاسبه از روی اقلام</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>(still there)</source>
        <translation>(هنوز در این مرحله)</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 روز و %2 ساعت</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ساعت و %2 دقیقه</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>Net: %1 %4   VAT: %2 %4   Gross: %3 %4</source>
        <translation>خالص: %1 %4   ارزش افزوده: %2 %4   ناخالص: %3 %4</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>عقب‌افتاده</translation>
    </message>
    <message>
        <source>Complete the task</source>
        <translation>تکمیل کار</translation>
    </message>
    <message>
        <source>What came of &apos;%1&apos;?</source>
        <translation>نتیجهٔ «%1» چه شد؟</translation>
    </message>
    <message>
        <source>Attach a file to the deal</source>
        <translation>پیوست فایل به معامله</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>هیچ برنامه‌ای نتوانست %1 را باز کند.</translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation>در حال پیوست %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>در حال باز کردن %1…</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from this deal?</source>
        <translation>«%1» از این معامله حذف شود؟</translation>
    </message>
    <message>
        <source>The file of &apos;%1&apos; is no longer at %2.</source>
        <translation>فایل «%1» دیگر در %2 نیست.</translation>
    </message>
    <message>
        <source>Stage default</source>
        <translation>پیش‌فرض مرحله</translation>
    </message>
    <message>
        <source>Stage default (%1 %)</source>
        <translation>پیش‌فرض مرحله (%1٪)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount. Type digits, for example 1250.50.</source>
        <translation>«%1» مبلغ معتبری نیست. عدد وارد کنید، مثلاً ۱۲۵۰٫۵۰.</translation>
    </message>
    <message>
        <source>No company is called &apos;%1&apos;. Choose one from the list that opens as you type, or clear the field.</source>
        <translation>شرکتی با نام «%1» وجود ندارد. یکی را از فهرستی که هنگام تایپ باز می‌شود انتخاب کنید یا فیلد را خالی کنید.</translation>
    </message>
    <message>
        <source>No person is called &apos;%1&apos;. Choose one from the list that opens as you type, or clear the field.</source>
        <translation>شخصی با نام «%1» وجود ندارد. یکی را از فهرستی که هنگام تایپ باز می‌شود انتخاب کنید یا فیلد را خالی کنید.</translation>
    </message>
    <message>
        <source>Your changes are still in this window. Cancel and open the deal again to see the other change.</source>
        <translation>تغییرات شما هنوز در این پنجره است. لغو کنید و معامله را دوباره باز کنید تا تغییری را که جای دیگری انجام شده ببینید.</translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <source>same phone</source>
        <translation>تلفن یکسان</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>ایمیل یکسان</translation>
    </message>
    <message>
        <source>same tax id</source>
        <translation>کد اقتصادی یکسان</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>نام مشابه</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 (%2)</source>
        <translation>احتمالاً تکراری: %1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>باز کردن %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>خروجی گرفتن</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>کارپوشهٔ Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (.csv)</source>
        <translation>فایل CSV (.csv)</translation>
    </message>
    <message>
        <source>vCard file for address books (.vcf)</source>
        <translation>فایل vCard برای دفترچه‌های نشانی (.vcf)</translation>
    </message>
    <message>
        <source>iCalendar file for calendar apps (.ics)</source>
        <translation>فایل iCalendar برای برنامه‌های تقویم (.ics)</translation>
    </message>
    <message>
        <source>One column per field, ready to import again</source>
        <translation>هر فیلد در یک ستون، آماده برای درون‌ریزی دوباره</translation>
    </message>
    <message>
        <source>Everything stored, with IDs and dates of change</source>
        <translation>همهٔ داده‌های ذخیره‌شده، با شناسه‌ها و تاریخ‌های تغییر</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>همهٔ مسئولان</translation>
    </message>
    <message>
        <source>Tasks that are done are not written</source>
        <translation>کارهای انجام‌شده نوشته نمی‌شوند</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>رکوردها</translation>
    </message>
    <message>
        <source>&amp;All of them</source>
        <translation>&amp;همه</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;چه چیزی:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;قالب:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;ستون‌ها:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;مسئول:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;خروجی گرفتن…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>کارپوشهٔ Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>فایل CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard file (*.vcf)</source>
        <translation>فایل vCard (*.vcf)</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>فایل iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>در حال خروجی گرفتن…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1</source>
        <translation>
            <numerusform>%n رکورد در %1 ذخیره شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>لغو شد؛ هیچ فایلی نوشته نشد.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
</context>
<context>
    <name>FieldDefinitionEditDialog</name>
    <message>
        <source>New field</source>
        <translation>فیلد جدید</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>فیلد: %1</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>هر گزینه در یک سطر</translation>
    </message>
    <message>
        <source>One option per line, in the order they are offered.</source>
        <translation>هر گزینه در یک سطر، به همان ترتیبی که پیشنهاد می‌شوند.</translation>
    </message>
    <message>
        <source>&amp;Required: a record cannot be saved without it</source>
        <translation>&amp;الزامی: بدون آن، رکورد ذخیره نمی‌شود</translation>
    </message>
    <message>
        <source>The type of a field cannot be changed once it is created.</source>
        <translation>نوع فیلد پس از ساخته‌شدن قابل تغییر نیست.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;گزینه‌ها:</translation>
    </message>
</context>
<context>
    <name>FieldDefinitionsDialog</name>
    <message>
        <source>Custom fields of companies</source>
        <translation>فیلدهای سفارشی شرکت‌ها</translation>
    </message>
    <message>
        <source>Custom fields of people</source>
        <translation>فیلدهای سفارشی افراد</translation>
    </message>
    <message>
        <source>Custom fields of deals</source>
        <translation>فیلدهای سفارشی معامله‌ها</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <source>&amp;Fields, in the order the forms show them:</source>
        <translation>&amp;فیلدها، به ترتیبی که در فرم‌ها نمایش داده می‌شوند:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;افزودن…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>انتقال به &amp;بالا</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>انتقال به &amp;پایین</translation>
    </message>
    <message>
        <source>%1 (%2, required)</source>
        <translation>%1 (%2، الزامی)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete the field &apos;%1&apos;? It disappears from every form; the values already typed stay in the database.</source>
        <translation>فیلد «%1» حذف شود؟ از همهٔ فرم‌ها برداشته می‌شود؛ مقدارهایی که قبلاً وارد شده‌اند در پایگاه داده می‌مانند.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>انتخاب فایل</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx, .xls), an OpenDocument spreadsheet (.ods) or a CSV file. Its first row with column names is found by itself.</source>
        <translation>یک کارپوشهٔ Excel (.xlsx، .xls)، یک صفحه‌گستردهٔ OpenDocument (.ods) یا یک فایل CSV. نخستین ردیفی که نام ستون‌ها را دارد خودکار پیدا می‌شود.</translation>
    </message>
    <message>
        <source>A vCard file (.vcf) imports contacts, an iCalendar file (.ics) its events and to-dos as tasks.</source>
        <translation>از فایل vCard (.vcf) مخاطبان درون‌ریزی می‌شوند و از فایل iCalendar (.ics) رویدادها و کارهای آن، به‌صورت کار.</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>مسیر فایلی که باید درون‌ریزی شود</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;انتخاب…</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>ویرگول ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>نقطه‌ویرگول ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>خط عمودی |</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;فایل:</translation>
    </message>
    <message>
        <source>Import &amp;into:</source>
        <translation>درون‌ریزی &amp;به:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;برگه:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;کدگذاری:</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>&amp;جداکننده:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>سطر &amp;عنوان:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>ردیف‌های نخست فایل</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>درون‌ریزی فایل</translation>
    </message>
    <message>
        <source>Files to import (%1);;Spreadsheets and CSV files (%2);;vCard contacts (*.vcf);;iCalendar events and to-dos (*.ics);;All files (*)</source>
        <translation>فایل‌های قابل درون‌ریزی (%1);;صفحه‌گسترده‌ها و فایل‌های CSV (%2);;مخاطبان vCard (*.vcf);;رویدادها و کارهای iCalendar (*.ics);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>A vCard file holds contacts</source>
        <translation>فایل vCard شامل مخاطبان است</translation>
    </message>
    <message>
        <source>An iCalendar file&apos;s events and to-dos become tasks</source>
        <translation>رویدادها و کارهای فایل iCalendar به کار تبدیل می‌شوند</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>در حال خواندن فایل…</translation>
    </message>
    <message>
        <source>“%1” holds no events or to-dos (no BEGIN:VEVENT or BEGIN:VTODO line).</source>
        <translation>«%1» هیچ رویداد یا کاری ندارد (هیچ سطر BEGIN:VEVENT یا BEGIN:VTODO ندارد).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n ردیف)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n data row(s)</source>
        <translation>
            <numerusform>حدود %n ردیف داده</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown number of data rows</source>
        <translation>تعداد نامعلومی ردیف داده</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s), %1. Header on row %2: %3</source>
        <translation>
            <numerusform>%n ستون، %1. سطر عنوان در ردیف %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>A vCard file. Cards found: %1. Each becomes a contact (a person); their fields need no matching.</source>
        <translation>یک فایل vCard. کارت‌های یافت‌شده: %1. هر کارت یک مخاطب (یک شخص) می‌شود؛ فیلدهای آن نیازی به تطبیق ندارند.</translation>
    </message>
    <message>
        <source>Cards that cannot be read: %1; the run lists them with the reason.</source>
        <translation>کارت‌های ناخوانا: %1؛ هنگام اجرا با دلیلشان فهرست می‌شوند.</translation>
    </message>
    <message>
        <source>An iCalendar file. Events and to-dos found: %1. Each becomes a task, with its reminders and its repeats.</source>
        <translation>یک فایل iCalendar. رویدادها و کارهای یافت‌شده: %1. هر کدام با یادآورها و تکرارهایش یک کار می‌شود.</translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <source>Edit segment</source>
        <translation>ویرایش بخش</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>فیلتر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>هر مسئولی</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>هر برچسبی</translation>
    </message>
    <message>
        <source>Any lead source</source>
        <translation>هر منبع سرنخی</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>هر محصولی</translation>
    </message>
    <message>
        <source>Not contacted for</source>
        <translation>بدون ارتباط در</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز اخیر</translation>
    </message>
    <message>
        <source>No planned next task</source>
        <translation>بدون کار بعدیِ برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Birthday this week</source>
        <translation>تولد در این هفته</translation>
    </message>
    <message>
        <source>Segment &amp;name:</source>
        <translation>&amp;نام بخش:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>مسئ&amp;ول:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;برچسب:</translation>
    </message>
    <message>
        <source>Lead &amp;source:</source>
        <translation>منبع &amp;سرنخ:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;شهر:</translation>
    </message>
    <message>
        <source>Bought &amp;product:</source>
        <translation>&amp;محصول خریداری‌شده:</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <source>&amp;Add condition</source>
        <translation>&amp;افزودن شرط</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>پاک کردن &amp;همه</translation>
    </message>
    <message>
        <source>Save as se&amp;gment…</source>
        <translation>&amp;ذخیره به‌عنوان بخش…</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>حذف این شرط</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>«%1» عدد نیست.</translation>
    </message>
    <message>
        <source>Save as segment</source>
        <translation>ذخیره به‌عنوان بخش</translation>
    </message>
    <message>
        <source>Name of the segment:</source>
        <translation>نام بخش:</translation>
    </message>
</context>
<context>
    <name>FindDuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>یافتن موارد تکراری</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>&amp;Look among:</source>
        <translation>جست‌وجو در &amp;میان:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;جست‌وجو</translation>
    </message>
    <message>
        <source>Groups of duplicates</source>
        <translation>گروه‌های موارد تکراری</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>رکوردها</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Press Search to look through the whole base.</source>
        <translation>برای گشتن در کل پایگاه داده، «جست‌وجو» را بزنید.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>ا&amp;دغام…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;باز کردن</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>در حال جست‌وجو…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>در حال یافتن موارد تکراری…</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>جست‌وجو لغو شد.</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 رکورد</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>مورد تکراری یافت نشد.</translation>
    </message>
    <message>
        <source>Groups found: %1. Choose one and press Merge.</source>
        <translation>گروه‌های یافت‌شده: %1. یکی را انتخاب کنید و «ادغام» را بزنید.</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <source>Funnel</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>Filter deals…</source>
        <translation>فیلتر معامله‌ها…</translation>
    </message>
    <message>
        <source>&amp;My deals</source>
        <translation>&amp;معامله‌های من</translation>
    </message>
    <message>
        <source>Detailed cards</source>
        <translation>کارت‌های کامل</translation>
    </message>
    <message>
        <source>Compact cards</source>
        <translation>کارت‌های فشرده</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>معاملهٔ &amp;جدید…</translation>
    </message>
    <message>
        <source>&amp;Stages…</source>
        <translation>مرا&amp;حل…</translation>
    </message>
    <message>
        <source>Without next &amp;task…</source>
        <translation>بدون &amp;کار بعدی…</translation>
    </message>
    <message>
        <source>Next task &amp;required</source>
        <translation>ا&amp;لزام به کار بعدی</translation>
    </message>
    <message>
        <source>Refuse moves and task completions that leave an open deal without a planned next task</source>
        <translation>جابه‌جایی‌ها و تکمیل کارهایی که یک معاملهٔ باز را بدون کار بعدیِ برنامه‌ریزی‌شده می‌گذارند، پذیرفته نشوند</translation>
    </message>
    <message>
        <source>Drop here: won</source>
        <translation>اینجا رها کنید: موفق</translation>
    </message>
    <message>
        <source>Drop here: lost</source>
        <translation>اینجا رها کنید: ازدست‌رفته</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>همهٔ مسئولان</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>همهٔ برچسب‌ها</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>همهٔ منابع</translation>
    </message>
</context>
<context>
    <name>GenerateDocumentDialog</name>
    <message>
        <source>One &amp;file for each record</source>
        <translation>یک &amp;فایل برای هر رکورد</translation>
    </message>
    <message>
        <source>One co&amp;mbined document</source>
        <translation>یک سند &amp;ترکیبی</translation>
    </message>
    <message>
        <source>Also save as &amp;PDF</source>
        <translation>ذخیره به‌صورت &amp;PDF نیز</translation>
    </message>
    <message>
        <source>PDF files are made with LibreOffice, which is not installed on this computer.</source>
        <translation>فایل‌های PDF با LibreOffice ساخته می‌شوند که روی این رایانه نصب نیست.</translation>
    </message>
    <message>
        <source>What the records lack</source>
        <translation>آنچه رکوردها کم دارند</translation>
    </message>
    <message>
        <source>Problems of the template</source>
        <translation>مشکلات الگو</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;ساخت</translation>
    </message>
    <message>
        <source>&amp;Generate all</source>
        <translation>ساخت &amp;همه</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;الگو:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>اسناد:</translation>
    </message>
    <message>
        <source>Generate document</source>
        <translation>ساخت سند</translation>
    </message>
    <message>
        <source>Generate documents</source>
        <translation>ساخت اسناد</translation>
    </message>
    <message numerus="yes">
        <source>Generate documents for %n selected deal(s).</source>
        <translation>
            <numerusform>ساخت اسناد برای %n معاملهٔ انتخاب‌شده.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate documents for %n selected company(-ies).</source>
        <translation>
            <numerusform>ساخت اسناد برای %n شرکت انتخاب‌شده.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate documents for %n selected person(s).</source>
        <translation>
            <numerusform>ساخت اسناد برای %n شخص انتخاب‌شده.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate a document for the deal “%1”.</source>
        <translation>ساخت سند برای معاملهٔ «%1».</translation>
    </message>
    <message>
        <source>Generate a document for the company “%1”.</source>
        <translation>ساخت سند برای شرکت «%1».</translation>
    </message>
    <message>
        <source>Generate a document for %1.</source>
        <translation>ساخت سند برای %1.</translation>
    </message>
    <message>
        <source>Reading the templates…</source>
        <translation>در حال خواندن الگوها…</translation>
    </message>
    <message>
        <source>There is no template to choose; add one under Tools › Templates….</source>
        <translation>الگویی برای انتخاب وجود ندارد؛ از ابزارها › الگوها… یکی اضافه کنید.</translation>
    </message>
    <message>
        <source>Checking the records…</source>
        <translation>در حال بررسی رکوردها…</translation>
    </message>
    <message>
        <source>The records could not be checked: %1</source>
        <translation>بررسی رکوردها ممکن نشد: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Everything the template needs is there.</source>
        <translation>هرچه الگو لازم دارد موجود است.</translation>
    </message>
    <message>
        <source>The document can be generated, but some details are missing and will stay empty:</source>
        <translation>سند را می‌توان ساخت، اما برخی اطلاعات وجود ندارد و خالی می‌ماند:</translation>
    </message>
    <message>
        <source>The document cannot be generated yet. Fill in what is missing, or choose another template:</source>
        <translation>هنوز نمی‌توان سند را ساخت. موارد ناقص را تکمیل کنید یا الگوی دیگری انتخاب کنید:</translation>
    </message>
    <message numerus="yes">
        <source>The documents cannot be generated yet: %n record(s) lack what the template needs. Fill it in, or leave those records out of the selection:</source>
        <translation>
            <numerusform>هنوز نمی‌توان اسناد را ساخت: %n رکورد آنچه را الگو لازم دارد ندارند. آن را تکمیل کنید یا آن رکوردها را از انتخاب کنار بگذارید:</numerusform>
        </translation>
    </message>
    <message>
        <source>Still checking the records; try again in a moment.</source>
        <translation>هنوز در حال بررسی رکوردها هستیم؛ چند لحظهٔ دیگر دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Fill in what is missing first: the list above says what.</source>
        <translation>ابتدا موارد ناقص را تکمیل کنید: فهرست بالا آن‌ها را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>در حال ساخت…</translation>
    </message>
    <message>
        <source>Generating %1…</source>
        <translation>در حال ساخت %1…</translation>
    </message>
    <message>
        <source>Nothing was generated.</source>
        <translation>چیزی ساخته نشد.</translation>
    </message>
    <message>
        <source>Document saved to %1</source>
        <translation>سند در %1 ذخیره شد</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) saved to %1</source>
        <translation>
            <numerusform>%n سند در %1 ذخیره شد</numerusform>
        </translation>
    </message>
    <message>
        <source>The Word documents were saved, but no PDF could be made: %1</source>
        <translation>اسناد Word ذخیره شدند، اما ساخت PDF ممکن نشد: %1</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>هیچ برنامه‌ای نتوانست %1 را باز کند.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>خطای غیرمنتظره: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message>
        <source>Home</source>
        <translation>خانه</translation>
    </message>
    <message>
        <source>This database is empty. Load demo data to try crm-desktop with realistic companies, people, deals and tasks, or start with an empty database.</source>
        <translation>این پایگاه داده خالی است. داده‌های نمونه را بارگذاری کنید تا crm-desktop را با شرکت‌ها، افراد، معامله‌ها و کارهای واقع‌نما امتحان کنید، یا با یک پایگاه دادهٔ خالی شروع کنید.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>بارگذاری داده‌های نمونه</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>شروع با پایگاه خالی</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>معامله‌های باز</translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation>کارهای امروز</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>کارهای عقب‌افتاده</translation>
    </message>
    <message>
        <source>Today&apos;s tasks</source>
        <translation>کارهای امروز</translation>
    </message>
    <message>
        <source>Deals needing attention</source>
        <translation>معامله‌های نیازمند توجه</translation>
    </message>
    <message>
        <source>This month: won against the plan</source>
        <translation>این ماه: فروش موفق در برابر برنامه</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>فعالیت‌های اخیر</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>برای امروز کاری نیست.</translation>
    </message>
    <message>
        <source>No overdue tasks.</source>
        <translation>کار عقب‌افتاده‌ای نیست.</translation>
    </message>
    <message>
        <source>Every open deal is moving and has a next task.</source>
        <translation>همهٔ معامله‌های باز در جریان‌اند و کار بعدی دارند.</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>هنوز فعالیتی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Nothing won this month yet.</source>
        <translation>این ماه هنوز معامله‌ای موفق نشده است.</translation>
    </message>
    <message>
        <source>won of %1 planned</source>
        <translation>فروش موفق از %1 برنامه</translation>
    </message>
    <message>
        <source>won; no plan for this month</source>
        <translation>فروش موفق؛ برای این ماه برنامه‌ای نیست</translation>
    </message>
    <message>
        <source>Set a sales &amp;plan…</source>
        <translation>&amp;تعیین برنامهٔ فروش…</translation>
    </message>
    <message>
        <source>No open deals.</source>
        <translation>معاملهٔ بازی وجود ندارد.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>خطای غیرمنتظره: %1</translation>
    </message>
</context>
<context>
    <name>HomeTexts</name>
    <message numerus="yes">
        <source>%n day(s) in %1</source>
        <translation>
            <numerusform>%n روز در مرحلهٔ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no next task</source>
        <translation>بدون کار بعدی</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>تاریخچهٔ درون‌ریزی</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>درون‌ریزی‌شده</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <source>By</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>به‌روزشده</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>نادیده‌گرفته‌شده</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>&amp;Revert…</source>
        <translation>&amp;برگرداندن…</translation>
    </message>
    <message>
        <source>Take the selected import back: the records it created go to the Trash and the ones it updated get their old values</source>
        <translation>برگرداندن درون‌ریزی انتخاب‌شده: رکوردهایی که ساخته به سطل زباله می‌روند و رکوردهایی که به‌روز کرده مقدارهای قبلی خود را پس می‌گیرند</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>در حال خواندن تاریخچه…</translation>
    </message>
    <message>
        <source>Nothing was imported into this database yet.</source>
        <translation>هنوز چیزی به این پایگاه داده درون‌ریزی نشده است.</translation>
    </message>
    <message>
        <source>Reverted %1</source>
        <translation>برگردانده‌شده در %1</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>ناتمام</translation>
    </message>
    <message>
        <source>Cannot be reverted</source>
        <translation>قابل برگرداندن نیست</translation>
    </message>
    <message>
        <source>Revert the import of “%1”? The %2 record(s) it created go to the Trash and the %3 it updated get their values from before the import.</source>
        <translation>درون‌ریزی «%1» برگردانده شود؟ %2 رکوردی که ساخته به سطل زباله می‌روند و %3 رکوردی که به‌روز کرده مقدارهای پیش از درون‌ریزی را پس می‌گیرند.</translation>
    </message>
    <message>
        <source>Revert import</source>
        <translation>برگرداندن درون‌ریزی</translation>
    </message>
    <message>
        <source>The import was reverted: %1 record(s) moved to the Trash, %2 given their old values back.</source>
        <translation>درون‌ریزی برگردانده شد: %1 رکورد به سطل زباله منتقل شد و %2 رکورد مقدارهای قبلی خود را پس گرفت.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>لغو شد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Reverting the import…</source>
        <translation>در حال برگرداندن درون‌ریزی…</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>خطای غیرمنتظره: %1</translation>
    </message>
    <message>
        <source>Contacts (people)</source>
        <translation>مخاطبان (افراد)</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معامله‌ها</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>محصولات</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>کارها</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>به‌روزرسانی</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>نادیده گرفتن</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>نام کامل (به نام و نام خانوادگی تفکیک می‌شود)</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>نام میانی</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Role in the company</source>
        <translation>نقش در شرکت</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Email 2</source>
        <translation>ایمیل 2</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>Phone 2</source>
        <translation>تلفن 2</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>پیام‌رسان</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>نام حقوقی</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>کد اقتصادی</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>شمارهٔ ثبت</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>نشانی ثبتی</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>نشانی پستی</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>تاریخ تأسیس</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاریخ ساخت</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>تاریخ بسته‌شدن</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>دلیل از دست رفتن</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>پیش‌بینی بسته‌شدن</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>کد کالا</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>نرخ ارزش افزوده</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>تمام روز</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>مدت (دقیقه)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>زمان انجام</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>درون‌ریزی</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>لغو شد؛ چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>ItemListDialog</name>
    <message>
        <source>Nothing here.</source>
        <translation>اینجا چیزی نیست.</translation>
    </message>
    <message>
        <source>%1 of %2 shown: the most urgent first.</source>
        <translation>%1 از %2 نمایش داده شده است: فوری‌ترین‌ها اول.</translation>
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
        <translation>برای انتخاب 1 تا 5 و برای ذخیره Enter را بزنید</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;نتیجه:</translation>
    </message>
    <message>
        <source>(no deal)</source>
        <translation>(بدون معامله)</translation>
    </message>
    <message>
        <source>What was said, agreed or noticed (Ctrl+Enter saves)</source>
        <translation>آنچه گفته، توافق یا دیده شد (Ctrl+Enter ذخیره می‌کند)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ن&amp;وع:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;موضوع:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;زمان:</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>م&amp;عامله:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;یادداشت‌ها:</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>ابتدا یادداشت را بنویسید.</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>ثبت: %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to crm-desktop</source>
        <translation>ورود به crm-desktop</translation>
    </message>
    <message>
        <source>This database is shared with other users. Log in to work in %1.</source>
        <translation>این پایگاه داده با کاربران دیگر مشترک است. برای کار در %1 وارد شوید.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>نام &amp;کاربری:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;ورود</translation>
    </message>
    <message>
        <source>The login or the password is not right, or this user may not log in. After %1 wrong passwords in a row, logging in as that user pauses for %2 minutes.</source>
        <translation>نام کاربری یا گذرواژه درست نیست، یا این کاربر اجازهٔ ورود ندارد. پس از %1 گذرواژهٔ نادرست پیاپی، ورود با این کاربر %2 دقیقه متوقف می‌شود.</translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <source>Deal lost</source>
        <translation>معامله از دست رفت</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(یک دلیل انتخاب کنید)</translation>
    </message>
    <message>
        <source>What happened, in your words</source>
        <translation>چه اتفاقی افتاد، به زبان خودتان</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;دلیل:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;توضیح:</translation>
    </message>
    <message>
        <source>Choose a reason or write what happened.</source>
        <translation>یک دلیل انتخاب کنید یا بنویسید چه اتفاقی افتاد.</translation>
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
        <translation>پنل‌ها</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;ابزارها</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>پایگاه داده &amp;جدید…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;باز کردن پایگاه داده…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;پشتیبان‌گیری اکنون</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;بازگردانی از نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;درون‌ریزی…</translation>
    </message>
    <message>
        <source>Import contacts, companies, deals, products or tasks from an Excel or CSV file</source>
        <translation>درون‌ریزی مخاطبان، شرکت‌ها، معامله‌ها، محصولات یا کارها از فایل Excel یا CSV</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>&amp;تاریخچهٔ درون‌ریزی…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>خ&amp;روجی گرفتن…</translation>
    </message>
    <message>
        <source>&amp;Take an offline copy…</source>
        <translation>گرفتن &amp;نسخهٔ آفلاین…</translation>
    </message>
    <message>
        <source>A copy of the database (or of some owners&apos; records) to work in on a laptop without the network</source>
        <translation>نسخه‌ای از پایگاه داده (یا از رکوردهای برخی مسئولان) برای کار روی لپ‌تاپ بدون شبکه</translation>
    </message>
    <message>
        <source>Brin&amp;g back an offline copy…</source>
        <translation>بر&amp;گرداندن نسخهٔ آفلاین…</translation>
    </message>
    <message>
        <source>&amp;Move to a PostgreSQL server…</source>
        <translation>&amp;انتقال به سرور PostgreSQL…</translation>
    </message>
    <message>
        <source>Copy this database file into an empty database on a server and check that every record arrived</source>
        <translation>کپی این فایل پایگاه داده در یک پایگاه دادهٔ خالی روی سرور و بررسی اینکه همهٔ رکوردها رسیده‌اند</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;الگوها…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;کاربران…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>تغییر &amp;گذرواژهٔ من…</translation>
    </message>
    <message>
        <source>&amp;About crm-desktop</source>
        <translation>&amp;دربارهٔ crm-desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>دربارهٔ &amp;Qt</translation>
    </message>
    <message>
        <source>Side &amp;bar</source>
        <translation>&amp;نوار کناری</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>نوار ابزار</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>کار در حال انجام</translation>
    </message>
    <message>
        <source>A task is still running. Cancel it and quit? Nothing half-done is kept.</source>
        <translation>یک کار هنوز در حال اجراست. لغو شود و برنامه بسته شود؟ هیچ کار نیمه‌تمامی نگه داشته نمی‌شود.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>پایگاه داده: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>کاربر: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>لغو شد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>خطای غیرمنتظره: %1</translation>
    </message>
    <message>
        <source>Demo data loaded: %1 contacts, %2 deals.</source>
        <translation>داده‌های نمونه بارگذاری شد: %1 مخاطب، %2 معامله.</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>در حال بارگذاری داده‌های نمونه…</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;واگرد: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>واگرد شد: %1</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>نسخهٔ پشتیبان در %1 ذخیره شد</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>در حال پشتیبان‌گیری…</translation>
    </message>
    <message>
        <source>A server database is restored with the server&apos;s own tools.</source>
        <translation>پایگاه دادهٔ سرور با ابزارهای خود سرور بازگردانی می‌شود.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>بازگردانی از نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Replace the current database with the backup &apos;%1&apos;? The current database is kept as a backup first.</source>
        <translation>پایگاه دادهٔ فعلی با نسخهٔ پشتیبان «%1» جایگزین شود؟ ابتدا از پایگاه دادهٔ فعلی نسخهٔ پشتیبان نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>در حال بازگردانی…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>باز کردن پایگاه داده</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>پایگاه داده جدید</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; use Open database to open it.</source>
        <translation>«%1» از قبل وجود دارد؛ برای باز کردن آن از «باز کردن پایگاه داده» استفاده کنید.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>در حال باز کردن پایگاه داده…</translation>
    </message>
    <message>
        <source>This database is on a server already.</source>
        <translation>این پایگاه داده از قبل روی سرور است.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>گذرواژه تغییر کرد.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;crm-desktop %1&lt;/h3&gt;&lt;p&gt;An offline-first desktop CRM: contacts, a sales funnel, tasks with reminders, reports and documents, in one file on your computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Data folder: %3&lt;br&gt;Backups: %4&lt;/p&gt;&lt;p&gt;Qt for Python %5, SQLAlchemy %6. Persian text uses the Vazirmatn font (SIL Open Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;crm-desktop %1&lt;/h3&gt;&lt;p&gt;یک CRM رومیزی که بدون اینترنت کار می‌کند: مخاطبان، قیف فروش، کارها با یادآور، گزارش‌ها و اسناد، در یک فایل روی رایانهٔ شما.&lt;/p&gt;&lt;p&gt;پایگاه داده: %2&lt;br&gt;پوشهٔ داده‌ها: %3&lt;br&gt;نسخه‌های پشتیبان: %4&lt;/p&gt;&lt;p&gt;Qt for Python %5، SQLAlchemy %6. متن فارسی با قلم وزیرمتن نمایش داده می‌شود (SIL Open Font License).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About crm-desktop</source>
        <translation>دربارهٔ crm-desktop</translation>
    </message>
    <message>
        <source>crm-desktop databases (*.db *.sqlite);;All files (*)</source>
        <translation>پایگاه‌های دادهٔ crm-desktop (*.db *.sqlite);;همهٔ فایل‌ها (*)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>تطبیق ستون‌ها</translation>
    </message>
    <message>
        <source>Choose for each column of the file the field it holds. Columns set to Skip are not imported.</source>
        <translation>برای هر ستون فایل، فیلدی را که در آن است انتخاب کنید. ستون‌هایی که روی «نادیده گرفتن» هستند درون‌ریزی نمی‌شوند.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ستون در فایل</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>مقدارها</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>درون‌ریزی به‌عنوان</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>ستون %1</translation>
    </message>
    <message>
        <source>Import column “%1” as</source>
        <translation>درون‌ریزی ستون «%1» به‌عنوان</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>نادیده گرفتن</translation>
    </message>
    <message>
        <source>%1 (custom field)</source>
        <translation>%1 (فیلد سفارشی)</translation>
    </message>
    <message>
        <source>New custom field…</source>
        <translation>فیلد سفارشی جدید…</translation>
    </message>
    <message>
        <source>The columns are matched as in your last import of a file with the same columns.</source>
        <translation>ستون‌ها مانند آخرین درون‌ریزی شما از فایلی با همین ستون‌ها تطبیق داده شده‌اند.</translation>
    </message>
    <message>
        <source>New custom field “%1”</source>
        <translation>فیلد سفارشی جدید «%1»</translation>
    </message>
    <message>
        <source>“%1” was taken from column “%2”, which is now skipped.</source>
        <translation>«%1» از ستون «%2» برداشته شد و آن ستون اکنون نادیده گرفته می‌شود.</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>فیلد سفارشی جدید</translation>
    </message>
    <message>
        <source>Name of the new field (it holds text):</source>
        <translation>نام فیلد جدید (از نوع متن):</translation>
    </message>
    <message>
        <source>%1 of %2 columns mapped.</source>
        <translation>%1 از %2 ستون تطبیق داده شد.</translation>
    </message>
    <message>
        <source>Choose a field for at least one column.</source>
        <translation>دست‌کم برای یک ستون فیلدی انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge people</source>
        <translation>ادغام افراد</translation>
    </message>
    <message>
        <source>Merge companies</source>
        <translation>ادغام شرکت‌ها</translation>
    </message>
    <message>
        <source>Choose the record to keep and, row by row, the value to keep. Deals, tasks, documents, attachments, history, phones, e-mails and tags of the other records move to the one kept; the others go to the Trash. The merge can be undone (Ctrl+Z).</source>
        <translation>رکوردی را که باید بماند و، سطر به سطر، مقداری را که باید بماند انتخاب کنید. معامله‌ها، کارها، اسناد، پیوست‌ها، تاریخچه، تلفن‌ها، ایمیل‌ها و برچسب‌های رکوردهای دیگر به رکورد باقی‌مانده منتقل می‌شوند؛ رکوردهای دیگر به سطل زباله می‌روند. ادغام را می‌توان واگرد کرد (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Keep record</source>
        <translation>رکورد باقی‌مانده</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Keep this record; the others are merged into it</source>
        <translation>این رکورد بماند؛ رکوردهای دیگر در آن ادغام می‌شوند</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>ا&amp;دغام</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>نام میانی</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>نام حقوقی</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>کد اقتصادی</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>شمارهٔ ثبت</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Legal address</source>
        <translation>نشانی ثبتی</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>نشانی پستی</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>اطلاعات بانکی</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>تاریخ تأسیس</translation>
    </message>
    <message>
        <source>Phones and emails</source>
        <translation>تلفن‌ها و ایمیل‌ها</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاریخ ساخت</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخرین ارتباط</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>مشتری بالقوه</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Former client</source>
        <translation>مشتری سابق</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ازدست‌رفته</translation>
    </message>
    <message>
        <source>Merge %1 people</source>
        <translation>ادغام %1 شخص</translation>
    </message>
    <message>
        <source>Merge %1 companies</source>
        <translation>ادغام %1 شرکت</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 مورد دیگر</translation>
    </message>
</context>
<context>
    <name>MoveToServerDialog</name>
    <message>
        <source>Move to a PostgreSQL server</source>
        <translation>انتقال به سرور PostgreSQL</translation>
    </message>
    <message>
        <source>Every record of this database file is copied into an empty database on a PostgreSQL server, in one go; the number of rows of every table is then compared. If anything differs or fails, the server database stays empty. The file itself is not changed. Ask everyone else to close crm-desktop first: what they save during the move stays in the file only.</source>
        <translation>همهٔ رکوردهای این فایل پایگاه داده یک‌جا در یک پایگاه دادهٔ خالی روی سرور PostgreSQL کپی می‌شوند؛ سپس تعداد ردیف‌های هر جدول مقایسه می‌شود. اگر چیزی متفاوت باشد یا خطایی رخ دهد، پایگاه دادهٔ سرور خالی می‌ماند. خود فایل تغییر نمی‌کند. پیش از آن از همهٔ افراد دیگر بخواهید crm-desktop را ببندند: آنچه در حین انتقال ذخیره کنند فقط در فایل می‌ماند.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>&amp;Work on the server now</source>
        <translation>&amp;کار روی سرور از همین حالا</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;نشانی سرور:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>در حال انتقال…</translation>
    </message>
    <message>
        <source>Moving the database to the server…</source>
        <translation>در حال انتقال پایگاه داده به سرور…</translation>
    </message>
    <message>
        <source>%1 rows of %2 tables moved to %3; the counts of every table are equal.</source>
        <translation>%1 سطر از %2 جدول به %3 منتقل شد؛ تعداد سطرهای همهٔ جدول‌ها برابر است.</translation>
    </message>
</context>
<context>
    <name>NextTaskDialog</name>
    <message>
        <source>Plan the next task</source>
        <translation>برنامه‌ریزی کار بعدی</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>پیگیری: %1</translation>
    </message>
    <message>
        <source>This deal has no next task. Every open deal needs one.</source>
        <translation>این معامله کار بعدی ندارد. هر معاملهٔ باز باید یک کار بعدی داشته باشد.</translation>
    </message>
    <message>
        <source>What is the next step for this deal?</source>
        <translation>قدم بعدی برای این معامله چیست؟</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;زمان:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;کار:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>برنامه‌ریزی</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>الان نه</translation>
    </message>
    <message>
        <source>Cancel the move</source>
        <translation>لغو جابه‌جایی</translation>
    </message>
</context>
<context>
    <name>NoNextTaskDialog</name>
    <message>
        <source>Open deals without a next task</source>
        <translation>معامله‌های باز بدون کار بعدی</translation>
    </message>
    <message>
        <source>Every open deal has a next task.</source>
        <translation>همهٔ معامله‌های باز کار بعدی دارند.</translation>
    </message>
</context>
<context>
    <name>OfflineCopy</name>
    <message>
        <source>Offline copy of %1, taken %2</source>
        <translation>نسخهٔ آفلاین %1، گرفته‌شده در %2</translation>
    </message>
    <message>
        <source>%1
Bring it back in the office with File › Bring back an offline copy…</source>
        <translation>%1
در دفتر برگردانید: پرونده › برگرداندن نسخهٔ آفلاین…</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>بدون تاریخ</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>گزینه‌ها</translation>
    </message>
    <message>
        <source>Records already in the database are found by the values chosen below; rows that repeat an earlier row of the file count as well.</source>
        <translation>رکوردهایی که از قبل در پایگاه داده هستند با مقدارهایی که در زیر انتخاب می‌کنید پیدا می‌شوند؛ ردیف‌هایی که ردیفی قبلی از همین فایل را تکرار می‌کنند نیز به حساب می‌آیند.</translation>
    </message>
    <message>
        <source>When a record exists already</source>
        <translation>وقتی رکورد از قبل وجود دارد</translation>
    </message>
    <message>
        <source>S&amp;kip the row</source>
        <translation>&amp;نادیده گرفتن ردیف</translation>
    </message>
    <message>
        <source>&amp;Update the record with the file&apos;s values</source>
        <translation>&amp;به‌روزرسانی رکورد با مقدارهای فایل</translation>
    </message>
    <message>
        <source>Create a &amp;new record anyway</source>
        <translation>&amp;ساختن رکورد جدید در هر حال</translation>
    </message>
    <message>
        <source>A record exists already when it has the same</source>
        <translation>رکورد از قبل وجود دارد اگر این موارد یکسان باشند</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;ایمیل</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;تلفن</translation>
    </message>
    <message>
        <source>&amp;Tax ID</source>
        <translation>&amp;کد اقتصادی</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <source>Value in the c&amp;olumn</source>
        <translation>&amp;مقدار ستون</translation>
    </message>
    <message>
        <source>Column whose value identifies a record</source>
        <translation>ستونی که مقدارش رکورد را مشخص می‌کند</translation>
    </message>
    <message>
        <source>For example: fair 2025, newsletter</source>
        <translation>مثلاً: نمایشگاه 2025, خبرنامه</translation>
    </message>
    <message>
        <source>%1 (dates like %2)</source>
        <translation>%1 (تاریخ‌ها مانند %2)</translation>
    </message>
    <message>
        <source>T&amp;ags for every imported record:</source>
        <translation>&amp;برچسب‌ها برای همهٔ رکوردهای درون‌ریزی‌شده:</translation>
    </message>
    <message>
        <source>O&amp;wner where the file names none:</source>
        <translation>&amp;مسئول، اگر فایل کسی را نام نبرده باشد:</translation>
    </message>
    <message>
        <source>&amp;Lead source where the file names none:</source>
        <translation>منبع &amp;سرنخ، اگر فایل منبعی را نام نبرده باشد:</translation>
    </message>
    <message>
        <source>&amp;Dates and numbers are written as in:</source>
        <translation>&amp;قالب تاریخ‌ها و اعداد:</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (ستون %2)</translation>
    </message>
</context>
<context>
    <name>OwnerChoiceDialog</name>
    <message>
        <source>Change owner</source>
        <translation>تغییر مسئول</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <source>New &amp;owner:</source>
        <translation>مسئول &amp;جدید:</translation>
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
        <translation>گذرواژهٔ %1</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>دست‌کم %n نویسه.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>گذرواژهٔ &amp;جدید:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;تکرار:</translation>
    </message>
    <message>
        <source>&amp;Remove the password</source>
        <translation>&amp;حذف گذرواژه</translation>
    </message>
    <message>
        <source>With no password left on any user, nobody is asked to log in.</source>
        <translation>اگر هیچ کاربری گذرواژه نداشته باشد، از هیچ‌کس خواسته نمی‌شود وارد شود.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دو گذرواژه یکسان نیستند.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>گذرواژه باید دست‌کم %n نویسه داشته باشد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonCardDialog</name>
    <message>
        <source>D&amp;etails</source>
        <translation>&amp;جزئیات</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>برای یافتن شرکت تایپ کنید</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Open the company&apos;s card</source>
        <translation>باز کردن کارت شرکت</translation>
    </message>
    <message>
        <source>Pri&amp;vate client (no company)</source>
        <translation>مشتری &amp;حقیقی (بدون شرکت)</translation>
    </message>
    <message>
        <source>Director, chief accountant…</source>
        <translation>مدیرعامل، مدیر مالی…</translation>
    </message>
    <message>
        <source>Preferences, family names, how they like to be addressed…</source>
        <translation>ترجیحات، نام اعضای خانواده، اینکه دوست دارند چگونه خطاب شوند…</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>نا&amp;م:</translation>
    </message>
    <message>
        <source>Midd&amp;le name:</source>
        <translation>نام م&amp;یانی:</translation>
    </message>
    <message>
        <source>L&amp;ast name:</source>
        <translation>نام &amp;خانوادگی:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;سمت:</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>ش&amp;رکت:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ن&amp;قش:</translation>
    </message>
    <message>
        <source>Phones, emails and messengers</source>
        <translation>تلفن‌ها، ایمیل‌ها و پیام‌رسان‌ها</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;وضعیت:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>مسئو&amp;ل:</translation>
    </message>
    <message>
        <source>Lead so&amp;urce:</source>
        <translation>من&amp;بع سرنخ:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>تاریخ &amp;تولد:</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>&amp;نشانی:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>ش&amp;هر:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>ک&amp;شور:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>بر&amp;چسب‌ها:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;یادداشت‌ها:</translation>
    </message>
    <message>
        <source>No company is called &apos;%1&apos;. Create it?

To choose an existing one instead, pick it from the list that opens as you type.</source>
        <translation>شرکتی با نام «%1» وجود ندارد. ساخته شود؟

برای انتخاب یک شرکت موجود، آن را از فهرستی که هنگام تایپ باز می‌شود برگزینید.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>اطلاعات شخصی</translation>
    </message>
    <message>
        <source>&amp;Export personal data…</source>
        <translation>&amp;خروجی گرفتن از اطلاعات شخصی…</translation>
    </message>
    <message>
        <source>E&amp;rase person…</source>
        <translation>&amp;پاک کردن اطلاعات شخص…</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>خروجی گرفتن از اطلاعات شخصی</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>فایل‌های JSON (*.json)</translation>
    </message>
    <message>
        <source>Personal data written to %1.</source>
        <translation>اطلاعات شخصی در %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Exporting personal data…</source>
        <translation>در حال خروجی گرفتن از اطلاعات شخصی…</translation>
    </message>
    <message>
        <source>Erase %1 for good? Names, phones, emails, address, birthday, notes, tags, custom fields and files of this person are removed, also from the timeline, tasks and change log. This cannot be undone.</source>
        <translation>اطلاعات %1 برای همیشه پاک شود؟ نام‌ها، تلفن‌ها، ایمیل‌ها، نشانی، تاریخ تولد، یادداشت‌ها، برچسب‌ها، فیلدهای سفارشی و فایل‌های این شخص حذف می‌شوند، از رویدادها، کارها و گزارش تغییرات نیز. این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>پاک کردن اطلاعات شخص</translation>
    </message>
    <message>
        <source>The person&apos;s personal data was erased.</source>
        <translation>اطلاعات شخصی این شخص پاک شد.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>در حال پاک کردن…</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>شخص جدید</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>شخص: %1</translation>
    </message>
    <message>
        <source>private client</source>
        <translation>مشتری حقیقی</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>آخرین ارتباط %1</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>نام میانی</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
</context>
<context>
    <name>PlanEditDialog</name>
    <message>
        <source>Change plan</source>
        <translation>تغییر برنامه</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>برنامهٔ جدید</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>کل تیم</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>ماه بعد</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>این سه‌ماهه</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>سه‌ماههٔ بعد</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>امسال</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>سال بعد</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>تاریخ‌های دیگر</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>بدون هدف</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;برای:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;دوره:</translation>
    </message>
    <message>
        <source>&amp;Amount to win:</source>
        <translation>&amp;مبلغ هدف:</translation>
    </message>
    <message>
        <source>&amp;Deals to win:</source>
        <translation>&amp;تعداد معامله‌های هدف:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount. Type digits, for example 25000.</source>
        <translation>«%1» مبلغ معتبری نیست. عدد وارد کنید، مثلاً ۲۵۰۰۰.</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <source>Sales plans</source>
        <translation>برنامه‌های فروش</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>کارشناس فروش</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معامله‌ها</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;افزودن…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;تغییر…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>A team plan is the target of everyone together; a manager&apos;s plan is theirs alone. The plan report sets won deals against both.</source>
        <translation>برنامهٔ تیم هدف مشترک همهٔ اعضاست؛ برنامهٔ هر کارشناس فروش فقط به خود او مربوط است. گزارش برنامه، معامله‌های موفق را با هر دو مقایسه می‌کند.</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>حذف برنامه</translation>
    </message>
    <message>
        <source>Delete the plan of %1 for %2 – %3?</source>
        <translation>برنامهٔ %1 برای %2 – %3 حذف شود؟</translation>
    </message>
</context>
<context>
    <name>PresenceDialog</name>
    <message>
        <source>Who is working in this file</source>
        <translation>چه کسانی در این فایل کار می‌کنند</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>رایانه</translation>
    </message>
    <message>
        <source>Working since</source>
        <translation>شروع کار</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>آخرین حضور</translation>
    </message>
    <message>
        <source>Changes made by the others appear in your lists within a few seconds.</source>
        <translation>تغییرات دیگران ظرف چند ثانیه در فهرست‌های شما نمایش داده می‌شوند.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>The first rows of the file as they would be imported. Cells with a problem are red; point at one to read why.</source>
        <translation>ردیف‌های نخست فایل، همان‌طور که درون‌ریزی خواهند شد. خانه‌های دارای مشکل قرمزند؛ نشانگر را روی یکی ببرید تا دلیلش را ببینید.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>در حال آماده‌سازی پیش‌نمایش…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>فیلد سفارشی جدید</translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s):</source>
        <translation>
            <numerusform>%n ردیف نخست:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 skipped, %4 rejected.</source>
        <translation>%1 جدید، %2 برای به‌روزرسانی، %3 نادیده‌گرفته‌شده، %4 ردشده.</translation>
    </message>
    <message>
        <source>The file has no data rows below its header.</source>
        <translation>فایل زیر سطر عنوان هیچ ردیف داده‌ای ندارد.</translation>
    </message>
</context>
<context>
    <name>ProblemsTable</name>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کجا</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>هشدار: %1</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>جای‌نگهدار</translation>
    </message>
</context>
<context>
    <name>ReassignCounts</name>
    <message numerus="yes">
        <source>%n records are back with their previous owner.</source>
        <translation>
            <numerusform>%n رکورد به مسئول قبلی برگشت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were changed or deleted since and keep their new owner.</source>
        <translation>
            <numerusform>%n رکورد از آن پس تغییر کرده یا حذف شده و نزد مسئول جدید می‌ماند.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign records</source>
        <translation>واگذاری رکوردها</translation>
    </message>
    <message>
        <source>New owners</source>
        <translation>مسئولان جدید</translation>
    </message>
    <message>
        <source>&amp;New owners:</source>
        <translation>مسئولان &amp;جدید:</translation>
    </message>
    <message>
        <source>Only &amp;open deals and open tasks (closed deals and done tasks stay)</source>
        <translation>فقط معامله‌ها و کارهای &amp;باز (معامله‌های بسته و کارهای انجام‌شده می‌مانند)</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>مسئول جدید</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>معامله‌ها</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>کارها</translation>
    </message>
    <message>
        <source>A company goes whole to one new owner, with its people, deals and tasks. Records in the Trash stay. Edit › Undo gives everything back that nobody changed since.</source>
        <translation>هر شرکت به‌طور کامل، همراه با افراد، معامله‌ها و کارهایش، به یک مسئول جدید می‌رسد. رکوردهای سطل زباله می‌مانند. ویرایش › واگرد هر چیزی را که از آن پس کسی تغییر نداده است برمی‌گرداند.</translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>&amp;واگذاری</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>خطای غیرمنتظره: %1</translation>
    </message>
    <message>
        <source>Hand the records of %1 to:</source>
        <translation>واگذاری رکوردهای %1 به:</translation>
    </message>
    <message>
        <source>Choose one or several new owners.</source>
        <translation>یک یا چند مسئول جدید انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 owns no records to reassign.</source>
        <translation>%1 رکوردی برای واگذاری ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>%n records will change owner.</source>
        <translation>
            <numerusform>مسئول %n رکورد تغییر می‌کند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign the records of %1</source>
        <translation>واگذاری رکوردهای %1</translation>
    </message>
    <message>
        <source>Reassigning…</source>
        <translation>در حال واگذاری…</translation>
    </message>
</context>
<context>
    <name>ReassignmentsDialog</name>
    <message>
        <source>Reassignments</source>
        <translation>واگذاری‌ها</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Records of</source>
        <translation>رکوردهای</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>رکوردها</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>واگرد شده</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>Give the records back to their previous owner; records somebody changed since keep their new owner</source>
        <translation>برگرداندن رکوردها به مسئول قبلی؛ رکوردهایی که از آن پس کسی تغییرشان داده است نزد مسئول جدید می‌مانند</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation>یادآورها</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>ارتباط‌ها</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;باز کردن</translation>
    </message>
    <message>
        <source>Open the task (Enter)</source>
        <translation>باز کردن کار (Enter)</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;تکمیل…</translation>
    </message>
    <message>
        <source>Complete the task with its result (D)</source>
        <translation>تکمیل کار با ثبت نتیجه (D)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;تعویق</translation>
    </message>
    <message>
        <source>Remind me again later (S)</source>
        <translation>بعداً دوباره یادآوری شود (S)</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>10 دقیقهٔ دیگر</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>1 ساعت دیگر</translation>
    </message>
    <message>
        <source>Tomorrow at 09:00</source>
        <translation>فردا ساعت 09:00</translation>
    </message>
    <message>
        <source>At a chosen time…</source>
        <translation>در زمان دلخواه…</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;رد کردن</translation>
    </message>
    <message>
        <source>Stop reminding without completing the task (Del)</source>
        <translation>توقف یادآوری بدون تکمیل کار (Del)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (عقب‌افتاده)</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n یادآور</numerusform>
        </translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>تعویق تا</translation>
    </message>
    <message>
        <source>Remind me again at:</source>
        <translation>یادآوری دوباره در:</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>To next stage</source>
        <translation>به مرحلهٔ بعد</translation>
    </message>
    <message>
        <source>To won</source>
        <translation>تا موفقیت</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>معامله‌های جدید</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>مبلغ موفق</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ازدست‌رفته</translation>
    </message>
    <message>
        <source>Lost amount</source>
        <translation>مبلغ ازدست‌رفته</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>دفعات حضور</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>میانگین روزها</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>کارشناس فروش</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>نرخ تبدیل</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>مجموع</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>کارهای عقب‌افتاده</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Plan amount</source>
        <translation>مبلغ برنامه</translation>
    </message>
    <message>
        <source>Actual amount</source>
        <translation>مبلغ واقعی</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>درصد تحقق</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <source>Plan count</source>
        <translation>تعداد برنامه</translation>
    </message>
    <message>
        <source>Actual count</source>
        <translation>تعداد واقعی</translation>
    </message>
    <message>
        <source>Count fulfilment</source>
        <translation>درصد تحقق تعداد</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>مخاطبان جدید</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>درآمد معامله‌های موفق</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>بازده</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>هزینهٔ هر سرنخ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>سهم</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>X (steady)</source>
        <translation>X (پایدار)</translation>
    </message>
    <message>
        <source>Y (varying)</source>
        <translation>Y (متغیر)</translation>
    </message>
    <message>
        <source>Z (irregular)</source>
        <translation>Z (نامنظم)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>سهم تجمعی</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>ضریب تغییرات</translation>
    </message>
    <message>
        <source>XYZ</source>
        <translation>XYZ</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>Entered the first stage</source>
        <translation>ورود به مرحلهٔ اول</translation>
    </message>
    <message>
        <source>Conversion to won</source>
        <translation>تبدیل به موفق</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>نرخ موفقیت</translation>
    </message>
    <message>
        <source>Average amount</source>
        <translation>میانگین مبلغ</translation>
    </message>
    <message>
        <source>Median amount</source>
        <translation>میانهٔ مبلغ</translation>
    </message>
    <message>
        <source>Average days to won</source>
        <translation>میانگین روز تا موفقیت</translation>
    </message>
    <message>
        <source>Median days to won</source>
        <translation>میانهٔ روز تا موفقیت</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>برنامه‌ها</translation>
    </message>
    <message>
        <source>Campaign cost</source>
        <translation>هزینهٔ کمپین‌ها</translation>
    </message>
    <message>
        <source>Campaign revenue</source>
        <translation>درآمد کمپین‌ها</translation>
    </message>
    <message>
        <source>Campaign return</source>
        <translation>بازده کمپین‌ها</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>ماه‌ها</translation>
    </message>
</context>
<context>
    <name>ReportNotes</name>
    <message>
        <source>Deals in %1 (%2) are not in these figures; choose %1 as the currency to see them.</source>
        <translation>معامله‌های %1 (%2) در این ارقام نیستند؛ برای دیدن آن‌ها %1 را به‌عنوان واحد پول انتخاب کنید.</translation>
    </message>
    <message>
        <source>Plans in %1 (%2) are not shown; choose their currency to see them.</source>
        <translation>برنامه‌های %1 (%2) نمایش داده نمی‌شوند؛ برای دیدن آن‌ها واحد پولشان را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Campaigns in %1 (%2) are not shown; choose their currency to see them.</source>
        <translation>کمپین‌های %1 (%2) نمایش داده نمی‌شوند؛ برای دیدن آن‌ها واحد پولشان را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Open deals without an expected close date (%2) are not in the forecast.</source>
        <translation>معامله‌های باز بدون تاریخ پیش‌بینی‌شدهٔ بسته‌شدن (%2) در پیش‌بینی نیستند.</translation>
    </message>
    <message>
        <source>Won deals without a company or person (%2) are not in this analysis.</source>
        <translation>معامله‌های موفق بدون شرکت یا شخص (%2) در این تحلیل نیستند.</translation>
    </message>
    <message>
        <source>XYZ needs several months to say anything; choose a period of three months or more.</source>
        <translation>تحلیل XYZ برای نتیجهٔ معنادار به داده‌های چند ماه نیاز دارد؛ دوره‌ای سه‌ماهه یا طولانی‌تر انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>ReportSeries</name>
    <message>
        <source>Entered</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ازدست‌رفته</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>میانگین روزها</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>مبلغ موفق</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>واقعی</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <source>week %1 of %2</source>
        <translation>هفتهٔ %1 سال %2</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>بدون منبع</translation>
    </message>
    <message>
        <source>No reason</source>
        <translation>بدون دلیل</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>سه‌ماههٔ %1 %2</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Funnel conversion</source>
        <translation>نرخ تبدیل در قیف فروش</translation>
    </message>
    <message>
        <source>Won and lost</source>
        <translation>موفق و ازدست‌رفته</translation>
    </message>
    <message>
        <source>Average deal and sales cycle</source>
        <translation>میانگین معامله و چرخهٔ فروش</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>کارشناسان فروش</translation>
    </message>
    <message>
        <source>Plan and forecast</source>
        <translation>برنامه و پیش‌بینی</translation>
    </message>
    <message>
        <source>Lead sources and campaigns</source>
        <translation>منابع سرنخ و کمپین‌ها</translation>
    </message>
    <message>
        <source>Loss reasons</source>
        <translation>دلایل از دست رفتن</translation>
    </message>
    <message>
        <source>ABC/XYZ analysis</source>
        <translation>تحلیل ABC/XYZ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>Deals that entered each stage in the period, and how many went on to the next stage and to won.</source>
        <translation>معامله‌هایی که در این دوره وارد هر مرحله شدند، و چه تعداد از آن‌ها به مرحلهٔ بعد رفتند و موفق شدند.</translation>
    </message>
    <message>
        <source>New, won and lost deals per day, week or month, counts and amounts.</source>
        <translation>معامله‌های جدید، موفق و ازدست‌رفته به تفکیک روز، هفته یا ماه، با تعداد و مبلغ.</translation>
    </message>
    <message>
        <source>Average and median won amount, days from creation to won, and days spent in each stage.</source>
        <translation>میانگین و میانهٔ مبلغ موفق، روزهای از ایجاد تا موفقیت، و روزهای سپری‌شده در هر مرحله.</translation>
    </message>
    <message>
        <source>Per owner: new and won deals, won amount, conversion, calls, meetings, emails and overdue tasks.</source>
        <translation>به تفکیک مسئول: معامله‌های جدید و موفق، مبلغ موفق، نرخ تبدیل، تماس‌ها، جلسه‌ها، ایمیل‌ها و کارهای عقب‌افتاده.</translation>
    </message>
    <message>
        <source>Sales plans against won deals, with a forecast from open deals weighted by probability.</source>
        <translation>برنامه‌های فروش در برابر معامله‌های موفق، با پیش‌بینی بر پایهٔ معامله‌های باز وزن‌دهی‌شده با احتمال موفقیت.</translation>
    </message>
    <message>
        <source>Leads, conversion and won revenue per lead source; cost and return per campaign.</source>
        <translation>سرنخ‌ها، نرخ تبدیل و درآمد معامله‌های موفق به تفکیک منبع سرنخ؛ هزینه و بازده به تفکیک کمپین.</translation>
    </message>
    <message>
        <source>Lost deals per reason and per stage where they were lost.</source>
        <translation>معامله‌های ازدست‌رفته به تفکیک دلیل و مرحله‌ای که در آن از دست رفتند.</translation>
    </message>
    <message>
        <source>Clients by share of revenue (A, B, C) and by regularity of purchases (X, Y, Z).</source>
        <translation>مشتریان بر اساس سهم از درآمد (A، B، C) و نظم خریدها (X، Y، Z).</translation>
    </message>
    <message>
        <source>Calls, emails and meetings per period and per manager.</source>
        <translation>تماس‌ها، ایمیل‌ها و جلسه‌ها به تفکیک دوره و کارشناس فروش.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>ماه گذشته</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>این سه‌ماهه</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>سه‌ماههٔ گذشته</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>امسال</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>سال گذشته</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>تاریخ‌های دلخواه</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>خودکار</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>ماهانه</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>Sales &amp;plans…</source>
        <translation>&amp;برنامه‌های فروش…</translation>
    </message>
    <message>
        <source>&amp;Campaigns…</source>
        <translation>&amp;کمپین‌ها…</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;دوره:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>گروه‌بندی</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;خروجی گرفتن…</translation>
    </message>
    <message>
        <source>Save this report as an Excel workbook with a chart, or as a Word document with the chart as a picture</source>
        <translation>ذخیرهٔ این گزارش به‌صورت کارپوشهٔ Excel همراه با نمودار، یا به‌صورت سند Word با نمودار به‌شکل تصویر</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>همهٔ قیف‌های فروش</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>همهٔ کارشناسان فروش</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>کارشناس فروش</translation>
    </message>
    <message>
        <source>All lead sources</source>
        <translation>همهٔ منابع سرنخ</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>همهٔ برچسب‌ها</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Main currency</source>
        <translation>واحد پول اصلی</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Reports never add up different currencies; the main currency is the one with the most won amount</source>
        <translation>گزارش‌ها هرگز واحدهای پول مختلف را با هم جمع نمی‌کنند؛ واحد پول اصلی واحدی است که بیشترین مبلغ موفق را دارد</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Choose a report on the side.</source>
        <translation>از فهرست کناری یک گزارش انتخاب کنید.</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>در حال محاسبهٔ گزارش…</translation>
    </message>
    <message>
        <source>Nothing to show for %1 – %2 with these filters.</source>
        <translation>برای %1 – %2 با این فیلترها چیزی برای نمایش نیست.</translation>
    </message>
    <message>
        <source>Double-click a count, or press Enter on it, to list its clients.</source>
        <translation>روی یک عدد دوبار کلیک کنید یا Enter را بزنید تا مشتریان آن فهرست شوند.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>خطای غیرمنتظره: %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>کارپوشهٔ Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>سند Word (*.docx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>خروجی گرفتن از گزارش</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>گزارش در %1 ذخیره شد</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>در حال خروجی گرفتن از گزارش…</translation>
    </message>
    <message>
        <source>Lost per stage</source>
        <translation>ازدست‌رفته به تفکیک مرحله</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>کمپین‌ها</translation>
    </message>
    <message>
        <source>Per manager</source>
        <translation>به تفکیک کارشناس فروش</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>مشتریان</translation>
    </message>
</context>
<context>
    <name>RuleEditorDialog</name>
    <message>
        <source>New rule</source>
        <translation>قانون جدید</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>ویرایش قانون</translation>
    </message>
    <message>
        <source>The same day</source>
        <translation>همان روز</translation>
    </message>
    <message>
        <source>For example: Call about the proposal</source>
        <translation>مثلاً: تماس دربارهٔ پیشنهاد قیمت</translation>
    </message>
    <message>
        <source>Deal owner</source>
        <translation>مسئول معامله</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Due after:</source>
        <translation>&amp;موعد پس از:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;کار:</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>&amp;ارجاع به:</translation>
    </message>
    <message>
        <source> %</source>
        <translation>٪</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(هیچ‌کس)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ندارد)</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>ف&amp;یلد:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>مق&amp;دار:</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>ال&amp;گو:</translation>
    </message>
    <message>
        <source>A built-in template, or type the name of one of your templates.</source>
        <translation>یک الگوی آماده انتخاب کنید یا نام یکی از الگوهای خودتان را بنویسید.</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>&amp;فعال</translation>
    </message>
    <message>
        <source>&amp;When a deal enters the stage:</source>
        <translation>&amp;وقتی معامله وارد این مرحله می‌شود:</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> روز</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a template or type its name.</source>
        <translation>یک الگو انتخاب کنید یا نام آن را بنویسید.</translation>
    </message>
</context>
<context>
    <name>RuleTexts</name>
    <message>
        <source>Create a task</source>
        <translation>ایجاد کار</translation>
    </message>
    <message>
        <source>Set a field</source>
        <translation>تنظیم یک فیلد</translation>
    </message>
    <message>
        <source>Generate a document</source>
        <translation>ساخت سند</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>احتمال موفقیت</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Expected close (days from the move)</source>
        <translation>پیش‌بینی بسته‌شدن (روز پس از انتقال)</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>منبع سرنخ</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>پیشنهاد قیمت</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاکتور</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>قرارداد</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Automation rules: %1</source>
        <translation>قوانین خودکارسازی: %1</translation>
    </message>
    <message>
        <source>What happens each time a deal enters the stage &apos;%1&apos;:</source>
        <translation>هر بار که معامله‌ای وارد مرحلهٔ «%1» می‌شود، این اتفاق‌ها می‌افتد:</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>قوانین</translation>
    </message>
    <message>
        <source>No rules yet: deals enter this stage without automatic actions.</source>
        <translation>هنوز قانونی وجود ندارد: معامله‌ها بدون هیچ اقدام خودکاری وارد این مرحله می‌شوند.</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>&amp;افزودن قانون…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (غیرفعال)</translation>
    </message>
    <message>
        <source>the deal owner</source>
        <translation>مسئول معامله</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>همان روز</translation>
    </message>
    <message numerus="yes">
        <source>after %n day(s)</source>
        <translation>
            <numerusform>%n روز بعد</numerusform>
        </translation>
    </message>
    <message>
        <source>Task: %1 &apos;%2&apos;, due %3, for %4</source>
        <translation>کار: %1 «%2»، موعد: %3، برای %4</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(هیچ‌کس)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ندارد)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the move</source>
        <translation>
            <numerusform>%n روز پس از انتقال</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>تنظیم «%1» روی %2</translation>
    </message>
    <message>
        <source>Generate the document &apos;%1&apos;</source>
        <translation>ساخت سند «%1»</translation>
    </message>
    <message>
        <source>Delete the rule &apos;%1&apos;?</source>
        <translation>قانون «%1» حذف شود؟</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>درون‌ریزی</translation>
    </message>
    <message>
        <source>All or nothing: a row that cannot be imported is rejected with its reason and the others are imported; a cancel leaves the database as it was.</source>
        <translation>همه یا هیچ: ردیفی که درون‌ریزی‌اش ممکن نیست با ذکر دلیل رد می‌شود و بقیه درون‌ریزی می‌شوند؛ با لغو، پایگاه داده همان‌طور که بود باقی می‌ماند.</translation>
    </message>
    <message>
        <source>What cannot be imported is listed with its reason and the rest is imported; Stop leaves the database as it was.</source>
        <translation>آنچه درون‌ریزی‌اش ممکن نیست با دلیلش فهرست می‌شود و بقیه درون‌ریزی می‌شود؛ با «توقف» پایگاه داده همان‌طور که بود باقی می‌ماند.</translation>
    </message>
    <message>
        <source>When a contact with the same email or phone exists already</source>
        <translation>وقتی مخاطبی با همین ایمیل یا تلفن از قبل وجود دارد</translation>
    </message>
    <message>
        <source>S&amp;kip the card</source>
        <translation>&amp;نادیده گرفتن کارت</translation>
    </message>
    <message>
        <source>&amp;Update the contact with the card&apos;s values</source>
        <translation>&amp;به‌روزرسانی مخاطب با مقدارهای کارت</translation>
    </message>
    <message>
        <source>Create a &amp;new contact anyway</source>
        <translation>&amp;ساختن مخاطب جدید در هر حال</translation>
    </message>
    <message>
        <source>&amp;Test run (saves nothing)</source>
        <translation>&amp;اجرای آزمایشی (چیزی ذخیره نمی‌شود)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;درون‌ریزی</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;توقف</translation>
    </message>
    <message>
        <source>Stop the run; nothing of it is kept</source>
        <translation>توقف اجرا؛ هیچ‌چیز از آن نگه داشته نمی‌شود</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>دلیل رد شدن</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>ردیف‌های ردشده</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;ذخیرهٔ ردیف‌های ردشده…</translation>
    </message>
    <message>
        <source>A workbook with the rejected rows and the reason for each: fix them there and import that file again</source>
        <translation>یک کارپوشه با ردیف‌های ردشده و دلیل هر کدام: آن‌ها را همان‌جا اصلاح کنید و آن فایل را دوباره درون‌ریزی کنید</translation>
    </message>
    <message>
        <source>Import the contacts of “%1” (cards: %2). A test run first shows what would happen.</source>
        <translation>درون‌ریزی مخاطبان «%1» (کارت‌ها: %2). اجرای آزمایشی ابتدا نشان می‌دهد چه اتفاقی می‌افتد.</translation>
    </message>
    <message>
        <source>Import the events and to-dos of “%1” (%2) as tasks; importing the file again updates them instead of doubling them. A test run first shows what would happen.</source>
        <translation>درون‌ریزی رویدادها و کارهای «%1» (%2) به‌صورت کار؛ درون‌ریزی دوبارهٔ فایل آن‌ها را به‌روز می‌کند و تکراری نمی‌سازد. اجرای آزمایشی ابتدا نشان می‌دهد چه اتفاقی می‌افتد.</translation>
    </message>
    <message numerus="yes">
        <source>about %n row(s)</source>
        <translation>
            <numerusform>حدود %n ردیف</numerusform>
        </translation>
    </message>
    <message>
        <source>the rows</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <source>Import %1 of “%2” into %3. A test run first shows what would happen.</source>
        <translation>درون‌ریزی %1 از «%2» به %3. اجرای آزمایشی ابتدا نشان می‌دهد چه اتفاقی می‌افتد.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>چه اتفاقی افتاد</translation>
    </message>
    <message>
        <source>Test run…</source>
        <translation>اجرای آزمایشی…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>در حال درون‌ریزی…</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 از %2 ردیف</translation>
    </message>
    <message>
        <source>%1 of %2 cards</source>
        <translation>%1 از %2 کارت</translation>
    </message>
    <message>
        <source>%1 of %2 events and to-dos</source>
        <translation>%1 از %2 رویداد و کار</translation>
    </message>
    <message>
        <source>Stopping; what was done is being rolled back…</source>
        <translation>در حال توقف؛ کارهای انجام‌شده برگردانده می‌شوند…</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 skipped, %4 rejected.</source>
        <translation>%1 جدید، %2 به‌روزشده، %3 نادیده‌گرفته‌شده، %4 ردشده.</translation>
    </message>
    <message>
        <source>Test run: %1 Nothing was saved.</source>
        <translation>اجرای آزمایشی: %1 چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>Imported: %1 You can undo this import in File › Import history.</source>
        <translation>درون‌ریزی شد: %1 می‌توانید این درون‌ریزی را از پرونده › تاریخچهٔ درون‌ریزی برگردانید.</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>درون‌ریزی تمام شد: %1</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 occurrences changed, %4 skipped, %5 rejected; reminders: %6.</source>
        <translation>%1 جدید، %2 به‌روزشده، %3 تکرار تغییرکرده، %4 نادیده‌گرفته‌شده، %5 ردشده؛ یادآورها: %6.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>درون‌ریزی شد: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>رد شد: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>نکته: %1</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>ذخیرهٔ ردیف‌های ردشده</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>کارپوشهٔ Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Rejected rows saved to %1</source>
        <translation>ردیف‌های ردشده در %1 ذخیره شد</translation>
    </message>
    <message>
        <source>Saving the rejected rows…</source>
        <translation>در حال ذخیرهٔ ردیف‌های ردشده…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>مانند سیستم</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تیره</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>A &amp;file (on this computer or in a shared folder)</source>
        <translation>یک &amp;فایل (روی این رایانه یا در یک پوشهٔ اشتراکی)</translation>
    </message>
    <message>
        <source>A PostgreSQL &amp;server</source>
        <translation>یک &amp;سرور PostgreSQL</translation>
    </message>
    <message>
        <source>Only needed once; not kept in the settings</source>
        <translation>فقط یک بار لازم است؛ در تنظیمات نگه داشته نمی‌شود</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;آزمایش اتصال</translation>
    </message>
    <message>
        <source>The password is kept in PostgreSQL&apos;s own password file (%1), which only you can read, as psql and pgAdmin do.</source>
        <translation>گذرواژه، مانند psql و pgAdmin، در فایل گذرواژه خود PostgreSQL (%1) نگه داشته می‌شود که فقط شما می‌توانید آن را بخوانید.</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;ادامهٔ اجرا در سینی سیستم پس از بستن پنجره</translation>
    </message>
    <message>
        <source>Reminders keep coming while the window is closed</source>
        <translation>یادآورها با بسته بودن پنجره هم نمایش داده می‌شوند</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>&amp;شروع به‌صورت کوچک‌شده در سینی سیستم</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;پوسته:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>پایگاه داده:</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>فایل &amp;پایگاه داده:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;نشانی سرور:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <source>&amp;Backups folder:</source>
        <translation>پوشهٔ &amp;نسخه‌های پشتیبان:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>فایل پایگاه داده</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>در حال اتصال…</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1.</source>
        <translation>متصل شد: PostgreSQL %1.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>اتصال ناموفق بود: %1</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>پوشهٔ نسخه‌های پشتیبان</translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message>
        <source>Database file not reachable</source>
        <translation>فایل پایگاه داده در دسترس نیست</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>کسی</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>رایانه‌ای دیگر</translation>
    </message>
    <message>
        <source>%1 on %2 is restoring the database from a backup; please wait.</source>
        <translation>%1 روی %2 در حال بازگردانی پایگاه داده از نسخهٔ پشتیبان است؛ لطفاً صبر کنید.</translation>
    </message>
    <message>
        <source>%1 on %2 is updating the database to a new version; please wait.</source>
        <translation>%1 روی %2 در حال به‌روزرسانی پایگاه داده به نسخهٔ جدید است؛ لطفاً صبر کنید.</translation>
    </message>
    <message>
        <source>%1 on %2 is compacting the database; please wait.</source>
        <translation>%1 روی %2 در حال فشرده‌سازی پایگاه داده است؛ لطفاً صبر کنید.</translation>
    </message>
    <message>
        <source>%1 on %2 is doing maintenance on the database; please wait.</source>
        <translation>%1 روی %2 در حال نگهداری پایگاه داده است؛ لطفاً صبر کنید.</translation>
    </message>
    <message>
        <source>Editing is paused until they are done; nothing you saved is lost.</source>
        <translation>ویرایش تا پایان کار آن‌ها متوقف است؛ چیزی از آنچه ذخیره کرده‌اید از دست نمی‌رود.</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>فقط شما</translation>
    </message>
    <message numerus="yes">
        <source>%n people in this file</source>
        <translation>
            <numerusform>%n نفر در این فایل</numerusform>
        </translation>
    </message>
    <message>
        <source>Working in this file now: %1</source>
        <translation>اکنون در این فایل کار می‌کنند: %1</translation>
    </message>
    <message>
        <source>you</source>
        <translation>شما</translation>
    </message>
    <message>
        <source>Nobody else works in this file now.</source>
        <translation>اکنون کس دیگری در این فایل کار نمی‌کند.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (شما)</translation>
    </message>
    <message>
        <source>Shared file (network)</source>
        <translation>فایل اشتراکی (شبکه)</translation>
    </message>
    <message>
        <source>This file is on a network share: several people can work in it at once. Saves wait for each other; changes made by others appear within seconds.</source>
        <translation>این فایل در یک پوشهٔ اشتراکی شبکه است: چند نفر می‌توانند هم‌زمان در آن کار کنند. ذخیره‌ها منتظر یکدیگر می‌مانند؛ تغییرات دیگران ظرف چند ثانیه نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>This database is in a folder synchronised by %1. Such services copy the file while it is being written and bring back other computers&apos; copies whole: when two people work in it, changes are lost or the file is damaged. To work together, put the file on a network share (a shared folder of your office&apos;s server or NAS); to work away from the office, take an offline copy instead.</source>
        <translation>این پایگاه داده در پوشه‌ای است که %1 آن را همگام‌سازی می‌کند. چنین سرویس‌هایی فایل را هنگام نوشته شدن کپی می‌کنند و نسخه‌های رایانه‌های دیگر را به‌طور کامل برمی‌گردانند: وقتی دو نفر در آن کار کنند، تغییرات از دست می‌روند یا فایل آسیب می‌بیند. برای کار گروهی، فایل را در یک پوشهٔ اشتراکی شبکه بگذارید (پوشهٔ اشتراکی سرور یا NAS دفترتان)؛ برای کار بیرون از دفتر، به‌جای آن یک نسخهٔ آفلاین بگیرید.</translation>
    </message>
    <message>
        <source>Database in a synchronised folder</source>
        <translation>پایگاه داده در پوشهٔ همگام‌سازی‌شده</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Stage %1, %2 deals</source>
        <translation>مرحلهٔ %1، %2 معامله</translation>
    </message>
</context>
<context>
    <name>StageDelegate</name>
    <message>
        <source> %</source>
        <translation>٪</translation>
    </message>
</context>
<context>
    <name>StagesDialog</name>
    <message>
        <source>Pipelines and stages</source>
        <translation>قیف‌های فروش و مراحل</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;قیف فروش:</translation>
    </message>
    <message>
        <source>&amp;New pipeline…</source>
        <translation>قیف فروش &amp;جدید…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>&amp;تغییر نام…</translation>
    </message>
    <message>
        <source>Delete pipe&amp;line</source>
        <translation>&amp;حذف قیف فروش</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Win probability (%)</source>
        <translation>احتمال موفقیت (٪)</translation>
    </message>
    <message>
        <source>Rotting after (days)</source>
        <translation>راکد پس از (روز)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>مراحل</translation>
    </message>
    <message>
        <source>&amp;Stages, in the order deals move through them:</source>
        <translation>&amp;مراحل، به ترتیبی که معامله‌ها از آن‌ها می‌گذرند:</translation>
    </message>
    <message>
        <source>Leave the rotting limit blank for a stage where deals never go stale.</source>
        <translation>برای مرحله‌ای که معامله‌ها در آن هرگز راکد نمی‌شوند، حد رکود را خالی بگذارید.</translation>
    </message>
    <message>
        <source>&amp;Add stage…</source>
        <translation>&amp;افزودن مرحله…</translation>
    </message>
    <message>
        <source>&amp;Delete stage</source>
        <translation>حذ&amp;ف مرحله</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>انتقال به &amp;بالا</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>انتقال به &amp;پایین</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>&amp;رنگ…</translation>
    </message>
    <message>
        <source>Automation &amp;rules…</source>
        <translation>قوانین &amp;خودکارسازی…</translation>
    </message>
    <message>
        <source>Move the deals</source>
        <translation>انتقال معامله‌ها</translation>
    </message>
    <message>
        <source>The stage &apos;%1&apos; holds deals. Move them to:</source>
        <translation>مرحلهٔ «%1» معامله دارد. آن‌ها را منتقل کنید به:</translation>
    </message>
    <message>
        <source>Stage colour</source>
        <translation>رنگ مرحله</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (پیش‌فرض)</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n معاملهٔ باز</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the colour of &apos;%1&apos;</source>
        <translation>انتخاب رنگ «%1»</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>قیف فروش جدید</translation>
    </message>
    <message>
        <source>Name of the new pipeline:</source>
        <translation>نام قیف فروش جدید:</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>تغییر نام قیف فروش</translation>
    </message>
    <message>
        <source>New name of the pipeline:</source>
        <translation>نام جدید قیف فروش:</translation>
    </message>
    <message>
        <source>Delete the pipeline &apos;%1&apos; with its stages?</source>
        <translation>قیف فروش «%1» همراه با مراحلش حذف شود؟</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>مرحلهٔ جدید</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>نام مرحلهٔ جدید:</translation>
    </message>
    <message>
        <source>Delete the stage &apos;%1&apos;?</source>
        <translation>مرحلهٔ «%1» حذف شود؟</translation>
    </message>
</context>
<context>
    <name>TagChoiceDialog</name>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;برچسب:</translation>
    </message>
    <message>
        <source>&amp;Tag (choose or type a new one):</source>
        <translation>&amp;برچسب (انتخاب کنید یا برچسب جدید بنویسید):</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>People and companies</source>
        <translation>افراد و شرکت‌ها</translation>
    </message>
    <message>
        <source>&amp;Tags, with the number of people and companies that carry each:</source>
        <translation>&amp;برچسب‌ها، با شمار افراد و شرکت‌هایی که هر کدام را دارند:</translation>
    </message>
    <message>
        <source>No tags yet. New… makes one.</source>
        <translation>هنوز برچسبی نیست. با «جدید…» یکی بسازید.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جدید…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;تغییر نام…</translation>
    </message>
    <message>
        <source>Rename the tag (F2)</source>
        <translation>تغییر نام برچسب (F2)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;رنگ…</translation>
    </message>
    <message>
        <source>Choose the colour of the tag</source>
        <translation>انتخاب رنگ برچسب</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Delete the tag; it comes off everything that carries it (Del)</source>
        <translation>حذف برچسب؛ از همهٔ مواردی که آن را دارند برداشته می‌شود (Del)</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>رنگ برچسب</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>خطای غیرمنتظره: %1</translation>
    </message>
    <message>
        <source>%1, colour %2</source>
        <translation>%1، رنگ %2</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>برچسب جدید</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>نام برچسب جدید:</translation>
    </message>
    <message>
        <source>Saving the tag…</source>
        <translation>در حال ذخیرهٔ برچسب…</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>تغییر نام برچسب</translation>
    </message>
    <message>
        <source>New name of the tag &apos;%1&apos;:</source>
        <translation>نام تازهٔ برچسب «%1»:</translation>
    </message>
    <message>
        <source>Renaming the tag…</source>
        <translation>در حال تغییر نام برچسب…</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag &apos;%1&apos;? It comes off the %Ln contact(s) that carry it, and off any deals.</source>
        <translation>
            <numerusform>برچسب «%1» حذف شود؟ از %Ln فرد یا شرکتی که آن را دارند و از همهٔ معامله‌ها برداشته می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the tag &apos;%1&apos;? No person or company carries it.</source>
        <translation>برچسب «%1» حذف شود؟ هیچ فرد یا شرکتی آن را ندارد.</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>حذف برچسب</translation>
    </message>
    <message>
        <source>Deleting the tag…</source>
        <translation>در حال حذف برچسب…</translation>
    </message>
</context>
<context>
    <name>TakeCopyDialog</name>
    <message>
        <source>Take an offline copy</source>
        <translation>گرفتن نسخهٔ آفلاین</translation>
    </message>
    <message>
        <source>An offline copy is a database file to work in on a laptop without the office network. Bring it back with File › Bring back an offline copy…; a copy can be brought back once.</source>
        <translation>نسخهٔ آفلاین یک فایل پایگاه داده است برای کار روی لپ‌تاپ بدون شبکهٔ دفتر. آن را با پرونده › برگرداندن نسخهٔ آفلاین… برگردانید؛ هر نسخه را فقط یک بار می‌توان برگرداند.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;انتخاب…</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;همه‌چیز</translation>
    </message>
    <message>
        <source>Only the records &amp;of:</source>
        <translation>فقط &amp;رکوردهای:</translation>
    </message>
    <message>
        <source>Their companies, people, deals and tasks, and what those refer to</source>
        <translation>شرکت‌ها، افراد، معامله‌ها و کارهای آن‌ها، و هر آنچه این‌ها به آن ارجاع می‌دهند</translation>
    </message>
    <message>
        <source>&amp;Take the copy</source>
        <translation>&amp;گرفتن نسخه</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;فایل:</translation>
    </message>
    <message>
        <source>Offline copy</source>
        <translation>نسخهٔ آفلاین</translation>
    </message>
    <message>
        <source>Taking the copy…</source>
        <translation>در حال گرفتن نسخه…</translation>
    </message>
    <message>
        <source>Taking an offline copy…</source>
        <translation>در حال گرفتن نسخهٔ آفلاین…</translation>
    </message>
    <message>
        <source>Offline copy written to %1</source>
        <translation>نسخهٔ آفلاین در %1 ذخیره شد</translation>
    </message>
</context>
<context>
    <name>TaskCounts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n روز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ساعت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقیقه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n بار</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;کار</translation>
    </message>
    <message>
        <source>C&amp;hecklist</source>
        <translation>&amp;چک‌لیست</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;تکرار</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>&amp;یادآورها</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>کار جدید</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>کار: %1</translation>
    </message>
    <message>
        <source>Kinds…</source>
        <translation>انواع…</translation>
    </message>
    <message>
        <source>Add a kind…</source>
        <translation>افزودن نوع…</translation>
    </message>
    <message>
        <source>Remove this kind</source>
        <translation>حذف این نوع</translation>
    </message>
    <message>
        <source>A&amp;ll day</source>
        <translation>تمام &amp;روز</translation>
    </message>
    <message>
        <source>&amp;No date</source>
        <translation>&amp;بدون تاریخ</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(هیچ‌کس)</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>برای یافتن شرکت تایپ کنید</translation>
    </message>
    <message>
        <source>Type to find a person</source>
        <translation>برای یافتن شخص تایپ کنید</translation>
    </message>
    <message>
        <source>The deals of the person or company chosen</source>
        <translation>معامله‌های شخص یا شرکت انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;موعد:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>م&amp;دت:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;اولویت:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>م&amp;سئول:</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>&amp;شرکت:</translation>
    </message>
    <message>
        <source>Per&amp;son:</source>
        <translation>ش&amp;خص:</translation>
    </message>
    <message>
        <source>D&amp;eal:</source>
        <translation>معام&amp;له:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>یادداشت‌&amp;ها:</translation>
    </message>
    <message>
        <source>A step to tick off, then Enter</source>
        <translation>یک گام برای تیک زدن، سپس Enter</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;افزودن</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>بدون تکرار</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>ماهانه</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>سالانه</translation>
    </message>
    <message>
        <source>Ne&amp;ver</source>
        <translation>ه&amp;رگز</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>ت&amp;ا</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;پس از</translation>
    </message>
    <message>
        <source> times</source>
        <translation> بار</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation>&amp;نوع تکرار:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;هر:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>در روزهای:</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>در زمان موعد</translation>
    </message>
    <message>
        <source>Minutes before</source>
        <translation>دقیقه قبل از موعد</translation>
    </message>
    <message>
        <source>Hours before</source>
        <translation>ساعت قبل از موعد</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>روز قبل از موعد</translation>
    </message>
    <message>
        <source>At a chosen time</source>
        <translation>در زمان دلخواه</translation>
    </message>
    <message>
        <source>&amp;Add reminder</source>
        <translation>&amp;افزودن یادآور</translation>
    </message>
    <message>
        <source>This is one occurrence of a repeating task. When you save, you choose whether the change is for this occurrence only or for the whole series.</source>
        <translation>این یک مورد از یک کار تکرارشونده است. هنگام ذخیره انتخاب می‌کنید که تغییر فقط برای همین مورد باشد یا برای کل سری.</translation>
    </message>
    <message>
        <source>This occurrence was changed on its own; its changes do not reach the rest of the series.</source>
        <translation>این مورد جداگانه تغییر کرده است؛ تغییراتش به بقیهٔ سری اعمال نمی‌شود.</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> روز</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ندارد)</translation>
    </message>
    <message>
        <source>company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>No single %1 is named &apos;%2&apos;; choose one from the suggestions.</source>
        <translation>دقیقاً یک %1 با نام «%2» وجود ندارد؛ یکی را از پیشنهادها انتخاب کنید.</translation>
    </message>
    <message>
        <source>Repeating task</source>
        <translation>کار تکرارشونده</translation>
    </message>
    <message>
        <source>Change only this occurrence, or every occurrence of the series?</source>
        <translation>فقط همین مورد تغییر کند یا همهٔ موردهای این سری؟</translation>
    </message>
    <message>
        <source>Only this &amp;occurrence</source>
        <translation>فقط همین &amp;مورد</translation>
    </message>
    <message>
        <source>The whole &amp;series</source>
        <translation>کل &amp;سری</translation>
    </message>
    <message>
        <source>The task was saved, but not its checklist: %1</source>
        <translation>کار ذخیره شد، اما چک‌لیست آن ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Not saved: the task was changed elsewhere.</source>
        <translation>ذخیره نشد: کار در جای دیگری تغییر کرده است.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>تمام روز</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>تکرار</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>ویرایش %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>روز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>هفته</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>ماه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <translation>
            <numerusform>سال</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept from the imported rule: %1</source>
        <translation>حفظ‌شده از قانون درون‌ریزی‌شده: %1</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 از %2 انجام شده</translation>
    </message>
    <message>
        <source>New kind of task</source>
        <translation>نوع جدید کار</translation>
    </message>
    <message>
        <source>Name of the kind (for example: Visit):</source>
        <translation>نام نوع (برای مثال: بازدید):</translation>
    </message>
</context>
<context>
    <name>TaskListsWidget</name>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>عقب‌افتاده</translation>
    </message>
    <message>
        <source>Upcoming (7 days)</source>
        <translation>پیش رو (7 روز)</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>بر اساس مسئول</translation>
    </message>
    <message>
        <source>Without a next task</source>
        <translation>بدون کار بعدی</translation>
    </message>
    <message>
        <source>Task list</source>
        <translation>فهرست کارها</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;باز کردن</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;تکمیل…</translation>
    </message>
    <message>
        <source>Complete the task with its result (Space)</source>
        <translation>تکمیل کار با ثبت نتیجه (Space)</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>کار &amp;جدید…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n مورد</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Plan a task…</source>
        <translation>&amp;برنامه‌ریزی کار…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates</source>
        <translation>الگوها</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>ال&amp;گوها</translation>
    </message>
    <message>
        <source>Your &amp;company</source>
        <translation>&amp;شرکت شما</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Bundled templates and &amp;your own (Word .docx files):</source>
        <translation>الگوهای آماده و الگوهای &amp;خودتان (فایل‌های Word با پسوند .docx):</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;افزودن…</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>&amp;جایگزینی…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;تغییر نام…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Place&amp;holders</source>
        <translation>جای‌&amp;نگهدارها</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;بررسی</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;پیش‌نمایش</translation>
    </message>
    <message>
        <source>Fill the template with a sample deal and open the result</source>
        <translation>پر کردن الگو با یک معاملهٔ نمونه و باز کردن نتیجه</translation>
    </message>
    <message>
        <source>Placeholders or problems of the template</source>
        <translation>جای‌نگهدارها یا مشکلات الگو</translation>
    </message>
    <message>
        <source>Your own company as documents show it: the seller on offers and invoices, the party signing contracts and letters.</source>
        <translation>شرکت خودتان آن‌گونه که در اسناد نشان داده می‌شود: فروشنده در پیشنهادهای قیمت و فاکتورها، و طرف امضاکنندهٔ قراردادها و نامه‌ها.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>نام &amp;حقوقی:</translation>
    </message>
    <message>
        <source>Ta&amp;x ID (VAT no.):</source>
        <translation>کد ا&amp;قتصادی (شمارهٔ مالیاتی):</translation>
    </message>
    <message>
        <source>&amp;Registration no.:</source>
        <translation>شمارهٔ &amp;ثبت:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>نشان&amp;ی:</translation>
    </message>
    <message>
        <source>&amp;Bank details:</source>
        <translation>اطلاعات &amp;بانکی:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;تلفن:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;ایمیل:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;وب‌سایت:</translation>
    </message>
    <message>
        <source>Dir&amp;ector (signs documents):</source>
        <translation>&amp;مدیرعامل (امضاکنندهٔ اسناد):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Numbers of invoices and offers&lt;/b&gt;: &lt;code&gt;{year}&lt;/code&gt; is the year, &lt;code&gt;{n:04}&lt;/code&gt; the number of the document in that year with four digits. Numbers are never reused.</source>
        <translation>&lt;b&gt;شماره‌های فاکتورها و پیشنهادهای قیمت&lt;/b&gt;: &lt;code&gt;{year}&lt;/code&gt; سال است و &lt;code&gt;{n:04}&lt;/code&gt; شمارهٔ سند در آن سال با چهار رقم. شماره‌ها هرگز دوباره به کار نمی‌روند.</translation>
    </message>
    <message>
        <source>&amp;Invoice numbers:</source>
        <translation>شمارهٔ &amp;فاکتورها:</translation>
    </message>
    <message>
        <source>&amp;Offer numbers:</source>
        <translation>شمارهٔ &amp;پیشنهادهای قیمت:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>Reading the templates…</source>
        <translation>در حال خواندن الگوها…</translation>
    </message>
    <message>
        <source>Bundled</source>
        <translation>آماده</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>شما</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Bundled templates cannot be changed; add your own copy instead.</source>
        <translation>الگوهای آماده قابل تغییر نیستند؛ به جای آن یک نسخهٔ خودتان اضافه کنید.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>خطای غیرمنتظره: %1</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>اسناد Word (*.docx)</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>نام الگو:</translation>
    </message>
    <message>
        <source>Add a template</source>
        <translation>افزودن الگو</translation>
    </message>
    <message>
        <source>Template “%1” added.</source>
        <translation>الگوی «%1» افزوده شد.</translation>
    </message>
    <message>
        <source>“%1” was not added. Fix these places in Word and add it again:</source>
        <translation>«%1» افزوده نشد. این بخش‌ها را در Word اصلاح کنید و دوباره اضافه کنید:</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>در حال بررسی %1…</translation>
    </message>
    <message>
        <source>Replace “%1”</source>
        <translation>جایگزینی «%1»</translation>
    </message>
    <message>
        <source>Template “%1” replaced.</source>
        <translation>الگوی «%1» جایگزین شد.</translation>
    </message>
    <message>
        <source>“%1” was not replaced. Fix these places in Word and try again:</source>
        <translation>«%1» جایگزین نشد. این بخش‌ها را در Word اصلاح کنید و دوباره امتحان کنید:</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>تغییر نام «%1»</translation>
    </message>
    <message>
        <source>Template “%1” renamed to “%2”.</source>
        <translation>نام الگوی «%1» به «%2» تغییر کرد.</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Documents made from it stay as they are.</source>
        <translation>الگوی «%1» حذف شود؟ اسنادی که با آن ساخته شده‌اند همان‌طور باقی می‌مانند.</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>الگوی «%1» حذف شد.</translation>
    </message>
    <message>
        <source>Placeholders “%1” uses:</source>
        <translation>جای‌نگهدارهایی که «%1» به کار می‌برد:</translation>
    </message>
    <message>
        <source>“%1” uses no placeholders.</source>
        <translation>«%1» هیچ جای‌نگهداری به کار نمی‌برد.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in “%1”; it cannot be used until they are fixed:</source>
        <translation>
            <numerusform>%n مشکل در «%1»؛ تا رفع نشوند نمی‌توان از آن استفاده کرد:</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” can be used; read these warnings:</source>
        <translation>از «%1» می‌توان استفاده کرد؛ این هشدارها را بخوانید:</translation>
    </message>
    <message>
        <source>No problems found in “%1”: it can be used.</source>
        <translation>مشکلی در «%1» پیدا نشد: می‌توان از آن استفاده کرد.</translation>
    </message>
    <message>
        <source>Problems in “%1”:</source>
        <translation>مشکلات «%1»:</translation>
    </message>
    <message>
        <source>Preview written to %1</source>
        <translation>پیش‌نمایش در %1 نوشته شد</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>هیچ برنامه‌ای نتوانست %1 را باز کند.</translation>
    </message>
    <message>
        <source>“%1” cannot be previewed:</source>
        <translation>پیش‌نمایش «%1» ممکن نیست:</translation>
    </message>
    <message>
        <source>Preparing the preview of %1…</source>
        <translation>در حال آماده‌سازی پیش‌نمایش %1…</translation>
    </message>
    <message>
        <source>Not saved: correct the number pattern first.</source>
        <translation>ذخیره نشد: ابتدا قالب شماره‌گذاری را اصلاح کنید.</translation>
    </message>
    <message>
        <source>Saved. New documents show these details.</source>
        <translation>ذخیره شد. اسناد جدید این اطلاعات را نشان می‌دهند.</translation>
    </message>
    <message>
        <source>Your company&apos;s details were changed but not saved. Close and lose the changes?</source>
        <translation>اطلاعات شرکت شما تغییر کرده اما ذخیره نشده است. پنجره بسته شود و تغییرات از دست برود؟</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>کار انجام شد</translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation>تغییر مرحله</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>درون‌ریزی</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>پاسخ داد</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>اشغال</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>پیغام گذاشته شد</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>بعداً دوباره تماس</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Everything</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>کارها</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>تغییرات مرحله</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>درون‌ریزی‌ها</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>ادغام‌ها</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;نمایش:</translation>
    </message>
    <message>
        <source>Log a &amp;call</source>
        <translation>ثبت &amp;تماس</translation>
    </message>
    <message>
        <source>Log a call (%1)</source>
        <translation>ثبت تماس (%1)</translation>
    </message>
    <message>
        <source>Add a &amp;note</source>
        <translation>افزودن &amp;یادداشت</translation>
    </message>
    <message>
        <source>Add a note (%1)</source>
        <translation>افزودن یادداشت (%1)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>Save the card first; then calls and notes can be logged here.</source>
        <translation>ابتدا کارت را ذخیره کنید؛ سپس می‌توان تماس‌ها و یادداشت‌ها را اینجا ثبت کرد.</translation>
    </message>
    <message>
        <source>Nothing of this kind yet.</source>
        <translation>هنوز موردی از این نوع نیست.</translation>
    </message>
    <message>
        <source>Nothing has happened with this contact yet. Log a call or add a note.</source>
        <translation>هنوز با این مخاطب اتفاقی نیفتاده است. یک تماس ثبت کنید یا یادداشتی بیفزایید.</translation>
    </message>
    <message>
        <source>deal: %1</source>
        <translation>معامله: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What is the next step with %1?</source>
        <translation>قدم بعدی با %1 چیست؟</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>سطل زباله</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>تاریخ حذف</translation>
    </message>
    <message>
        <source>Deleted people and companies</source>
        <translation>افراد و شرکت‌های حذف‌شده</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>سطل زباله خالی است.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;بازگردانی</translation>
    </message>
    <message>
        <source>&amp;Delete forever…</source>
        <translation>&amp;حذف همیشگی…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos; forever? This cannot be undone.</source>
        <translation>«%1» برای همیشه حذف شود؟ این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n records forever? This cannot be undone.</source>
        <translation>
            <numerusform>%n رکورد برای همیشه حذف شود؟ این کار برگشت‌پذیر نیست.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>حذف همیشگی</translation>
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
        <translation>&amp;نمایش</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;یادآورها</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>و %n مورد دیگر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n یادآور</numerusform>
        </translation>
    </message>
    <message>
        <source>crm-desktop is still running</source>
        <translation>crm-desktop همچنان در حال اجراست</translation>
    </message>
    <message>
        <source>Reminders keep coming. Quit from the tray icon&apos;s menu or File › Quit.</source>
        <translation>یادآورها همچنان نمایش داده می‌شوند. برای خروج از منوی نماد در سینی سیستم یا پرونده › خروج استفاده کنید.</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>New user</source>
        <translation>کاربر جدید</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>ویرایش کاربر</translation>
    </message>
    <message>
        <source>Sees and changes only own records</source>
        <translation>فقط رکوردهای خودش را می‌بیند و تغییر می‌دهد</translation>
    </message>
    <message>
        <source>Active (may log in; inactive users stay in the history)</source>
        <translation>فعال (می‌تواند وارد شود؛ کاربران غیرفعال در تاریخچه می‌مانند)</translation>
    </message>
    <message>
        <source>none: set it later</source>
        <translation>بدون رمز: بعداً تعیین کنید</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>نام &amp;کاربری:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;ایمیل:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ن&amp;قش:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;تکرار:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دو گذرواژه یکسان نیستند.</translation>
    </message>
    <message>
        <source>The user needs a login.</source>
        <translation>کاربر باید نام کاربری داشته باشد.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>administrator</source>
        <translation>مدیر سیستم</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>کارشناس فروش</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>فقط خواندنی</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>خطای غیرمنتظره: %1</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>کاربران</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Own records only</source>
        <translation>فقط رکوردهای خود</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;افزودن…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>تعیین &amp;گذرواژه…</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>وا&amp;گذاری…</translation>
    </message>
    <message>
        <source>Hand every record of this user to one or several others</source>
        <translation>واگذاری همهٔ رکوردهای این کاربر به یک یا چند نفر دیگر</translation>
    </message>
    <message>
        <source>Reassign&amp;ments…</source>
        <translation>واگذاری‌&amp;ها…</translation>
    </message>
    <message>
        <source>Earlier reassignments, to undo one</source>
        <translation>واگذاری‌های قبلی، برای واگرد یکی از آن‌ها</translation>
    </message>
    <message>
        <source>Administrators manage users and reassign records; managers work on every record (or only their own); read-only users look but change nothing. Nobody is asked to log in until some user has a password.</source>
        <translation>مدیران سیستم کاربران را مدیریت می‌کنند و رکوردها را واگذار می‌کنند؛ کارشناسان فروش روی همهٔ رکوردها (یا فقط رکوردهای خودشان) کار می‌کنند؛ کاربران فقط خواندنی می‌بینند ولی چیزی را تغییر نمی‌دهند. تا وقتی کاربری گذرواژه نداشته باشد، از کسی خواسته نمی‌شود وارد شود.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>set</source>
        <translation>تعیین‌شده</translation>
    </message>
</context>
<context>
    <name>WaitIndicator</name>
    <message>
        <source>Waiting for another user…</source>
        <translation>در انتظار کاربر دیگر…</translation>
    </message>
    <message>
        <source>Someone else is saving to this shared file; your change is saved as soon as they are done. You can go on working.</source>
        <translation>شخص دیگری در حال ذخیره در این فایل اشتراکی است؛ تغییر شما به‌محض پایان کار او ذخیره می‌شود. می‌توانید به کار ادامه دهید.</translation>
    </message>
</context>
<context>
    <name>WonDialog</name>
    <message>
        <source>Deal won</source>
        <translation>معامله موفق شد</translation>
    </message>
    <message>
        <source>&amp;Won on:</source>
        <translation>&amp;تاریخ موفقیت:</translation>
    </message>
    <message>
        <source>&amp;Final amount (%1):</source>
        <translation>&amp;مبلغ نهایی (%1):</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount. Type digits, for example 1250.50.</source>
        <translation>«%1» مبلغ معتبری نیست. عدد وارد کنید، مثلاً ۱۲۵۰٫۵۰.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>مبلغ نمی‌تواند منفی باشد.</translation>
    </message>
</context>
<context>
    <name>_AllDayHeader</name>
    <message>
        <source>all day</source>
        <translation>تمام روز</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 مورد دیگر</translation>
    </message>
</context>
</TS>
