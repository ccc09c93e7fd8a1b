<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
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
    <name>CalendarPanel</name>
    <message>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>Calls, meetings and to-dos will be shown here by month, week and day, with call-back reminders that fire even while the window is closed to the tray.</source>
        <translation>تماس‌ها، جلسه‌ها و کارها در اینجا به‌صورت ماهانه، هفتگی و روزانه نمایش داده خواهند شد، با یادآورهای تماس که حتی وقتی پنجره به سینی سیستم رفته است به صدا درمی‌آیند.</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <source>Companies with their people and private clients will be listed here, with search as you type, filters, saved segments and a card per contact that holds the whole history of work with them.</source>
        <translation>شرکت‌ها با کارکنانشان و مشتریان حقیقی در اینجا فهرست خواهند شد، با جست‌وجو هنگام تایپ، فیلترها، بخش‌های ذخیره‌شده و کارتی برای هر مخاطب که کل تاریخچهٔ کار با او را نگه می‌دارد.</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <source>Funnel</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>The sales funnel will be a board here: a column per stage, a card per deal, moved by dragging, with a warning on every open deal that has no next task.</source>
        <translation>قیف فروش در اینجا یک تابلو خواهد بود: یک ستون برای هر مرحله، یک کارت برای هر معامله که با کشیدن جابه‌جا می‌شود، و هشداری روی هر معاملهٔ بازی که کار بعدی ندارد.</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;تنظیمات…</translation>
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
    <name>ReportsPanel</name>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>Reports with charts will be here: funnel conversion, won and lost deals, the plan against the actual, lead sources, managers and ABC/XYZ analysis, each exportable to Excel and Word.</source>
        <translation>گزارش‌های همراه با نمودار در اینجا خواهند بود: نرخ تبدیل قیف، معامله‌های موفق و ازدست‌رفته، برنامه در برابر عملکرد، منابع سرنخ، مدیران فروش و تحلیل ABC/XYZ، هرکدام قابل خروجی به Excel و Word.</translation>
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
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;پوسته:</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>فایل &amp;پایگاه داده:</translation>
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
        <source>Backups folder</source>
        <translation>پوشهٔ نسخه‌های پشتیبان</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
</TS>
