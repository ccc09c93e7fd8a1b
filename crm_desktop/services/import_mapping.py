"""Which column of an imported table goes into which field, and how a cell's value becomes that field's value.

Header names are matched in English, Dutch, Polish, Russian and Persian and by the names Google, Outlook,
Thunderbird and other CRMs export; a mapping the user confirmed is remembered per set of headers. Values are
parsed by field type: dates (Excel serials of both date systems, calamine's dates, text in ISO, in the
locale's day/month order and Solar Hijri), numbers with any grouping and decimal separator and a currency,
booleans in five languages. A value that cannot be parsed raises ValueError with a short English sentence.
Qt-free.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_month_names

from crm_desktop.db.database import Database
from crm_desktop.db.search_index import fold
from crm_desktop.models import AppSetting

FIELD_TYPES = ("text", "date", "datetime", "decimal", "int", "email", "phone", "bool", "choice")
SETTING_PREFIX = "import.mapping."
CUSTOM_PREFIX = "custom:"


@dataclass(frozen=True)
class FieldSpec:
    """A field an imported column can fill; `choices` lists the stored values of a "choice" field."""

    key: str
    label: str
    type: str
    choices: tuple[str, ...] = ()


# ------------------------------------------------------------------------------------------------ the targets

_CONTACT_STATUSES = ("lead", "prospect", "client", "former_client", "lost")
_DEAL_STATUSES = ("open", "won", "lost")
_TASK_KINDS = ("call", "meeting", "email", "todo")


def _fields(*specs: tuple[str, str, str] | tuple[str, str, str, tuple[str, ...]]) -> tuple[FieldSpec, ...]:
    return tuple(FieldSpec(*spec) for spec in specs)


TARGETS: dict[str, tuple[FieldSpec, ...]] = {
    "contacts": _fields(
        ("first_name", "First name", "text"), ("last_name", "Last name", "text"),
        ("full_name", "Full name", "text"), ("middle_name", "Middle name", "text"),
        ("position", "Position", "text"), ("company", "Company", "text"), ("company_role", "Role", "text"),
        ("email", "Email", "email"), ("email2", "Email 2", "email"), ("phone", "Phone", "phone"),
        ("mobile", "Mobile", "phone"), ("phone2", "Phone 2", "phone"), ("messenger", "Messenger", "text"),
        ("birthday", "Birthday", "date"), ("address", "Address", "text"), ("city", "City", "text"),
        ("country", "Country", "text"), ("language", "Language", "text"),
        ("status", "Status", "choice", _CONTACT_STATUSES), ("lead_source", "Lead source", "text"),
        ("owner", "Owner", "text"), ("tags", "Tags", "text"), ("notes", "Notes", "text"),
    ),
    "companies": _fields(
        ("name", "Name", "text"), ("legal_name", "Legal name", "text"), ("tax_id", "Tax ID", "text"),
        ("registration_no", "Registration number", "text"), ("industry", "Industry", "text"),
        ("website", "Website", "text"), ("email", "Email", "email"), ("phone", "Phone", "phone"),
        ("legal_address", "Legal address", "text"), ("postal_address", "Postal address", "text"),
        ("city", "City", "text"), ("country", "Country", "text"),
        ("status", "Status", "choice", _CONTACT_STATUSES), ("lead_source", "Lead source", "text"),
        ("owner", "Owner", "text"), ("tags", "Tags", "text"), ("notes", "Notes", "text"),
        ("founded_on", "Founded on", "date"),
    ),
    "deals": _fields(
        ("title", "Title", "text"), ("amount", "Amount", "decimal"), ("currency", "Currency", "text"),
        ("pipeline", "Pipeline", "text"), ("stage", "Stage", "text"),
        ("status", "Status", "choice", _DEAL_STATUSES), ("created_at", "Created", "datetime"),
        ("closed_on", "Closed on", "date"), ("loss_reason", "Loss reason", "text"), ("owner", "Owner", "text"),
        ("lead_source", "Lead source", "text"), ("company", "Company", "text"), ("person", "Person", "text"),
        ("expected_close_on", "Expected close", "date"), ("notes", "Notes", "text"),
    ),
    "products": _fields(
        ("name", "Name", "text"), ("sku", "SKU", "text"), ("unit", "Unit", "text"),
        ("price", "Price", "decimal"), ("currency", "Currency", "text"), ("vat_rate", "VAT rate", "decimal"),
        ("description", "Description", "text"), ("active", "Active", "bool"),
    ),
    "tasks": _fields(
        ("title", "Title", "text"), ("kind", "Kind", "choice", _TASK_KINDS), ("due_at", "Due", "datetime"),
        ("all_day", "All day", "bool"), ("duration_min", "Duration (min)", "int"),
        ("priority", "Priority", "int"), ("owner", "Owner", "text"), ("company", "Company", "text"),
        ("person", "Person", "text"), ("deal", "Deal", "text"), ("notes", "Notes", "text"),
        ("done_at", "Done", "datetime"), ("result", "Result", "text"),
    ),
}

# ------------------------------------------------------------------------------------------------ synonyms
# Per field, the header names of people (en, nl, pl, ru, fa) and of the programs that export contacts.
# They are compared after _norm(): folded, letters only, so "E-mail 1 - Value" is "emailvalue".

_SHARED: dict[str, tuple[str, ...]] = {
    "email": ("Email", "E-mail", "Email address", "E-mail address", "Mail", "Primary email", "Email value",
              "E-mailadres", "Emailadres", "Adres e-mail", "Adres email", "Poczta", "Эл. почта",
              "Электронная почта", "Email адрес", "Почта", "Е-мейл", "ایمیل", "پست الکترونیک",
              "نشانی ایمیل", "پست الکترونیکی"),
    "phone": ("Phone", "Telephone", "Phone number", "Tel", "Tel.", "Primary phone", "Phone value", "Telefoon",
              "Telefoonnummer", "Telefon", "Numer telefonu", "Nr telefonu", "Телефон", "Тел", "Номер телефона",
              "تلفن", "شماره تلفن", "تلفن ثابت", "شماره تماس"),
    "city": ("City", "Town", "Address city", "Plaats", "Woonplaats", "Stad", "Miasto", "Miejscowość", "Город",
             "Населенный пункт", "شهر"),
    "country": ("Country", "Country/Region", "Address country", "Land", "Kraj", "Państwo", "Страна", "کشور"),
    "status": ("Status", "Contact status", "Lead status", "Lifecycle stage", "Статус", "وضعیت"),
    "lead_source": ("Lead source", "Source", "Origin", "Bron", "Herkomst", "Leadbron", "Źródło",
                    "Źródło pozyskania", "Источник", "Источник лида", "منبع", "منبع سرنخ"),
    "owner": ("Owner", "Account owner", "Contact owner", "Deal owner", "Assigned to", "Responsible",
              "Sales rep", "Salesperson", "Eigenaar", "Verantwoordelijke", "Accountmanager", "Właściciel",
              "Opiekun", "Odpowiedzialny", "Ответственный", "Владелец", "Менеджер", "مسئول", "مالک",
              "کارشناس"),
    "tags": ("Tags", "Tag", "Labels", "Label", "Groups", "Group", "Categories", "Category", "Group membership",
             "Labels", "Categorieën", "Groepen", "Etiketten", "Etykiety", "Tagi", "Grupy", "Kategorie",
             "Теги", "Метки", "Группы", "Категории", "برچسب", "برچسب‌ها", "گروه", "دسته‌بندی"),
    "notes": ("Notes", "Note", "Comments", "Comment", "Remarks", "Memo", "Notities", "Notitie", "Opmerkingen",
              "Opmerking", "Notatki", "Notatka", "Uwagi", "Komentarz", "Заметки", "Заметка", "Примечание",
              "Примечания", "Комментарий", "یادداشت", "توضیحات", "ملاحظات"),
    "company": ("Company", "Company name", "Organization", "Organisation", "Organization name", "Employer",
                "Account", "Account name", "Bedrijf", "Bedrijfsnaam", "Organisatie", "Firma", "Nazwa firmy",
                "Organizacja", "Przedsiębiorstwo", "Компания", "Организация", "Фирма", "Название компании",
                "شرکت", "سازمان", "نام شرکت"),
    "person": ("Person", "Contact", "Contact person", "Contact name", "Contactpersoon", "Osoba",
               "Osoba kontaktowa", "Kontakt", "Контакт", "Контактное лицо", "شخص", "مخاطب", "طرف تماس"),
}

_SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "contacts": {
        "first_name": ("First name", "Firstname", "Given name", "Forename", "First", "Voornaam", "Roepnaam",
                       "Imię", "Имя", "نام", "نام کوچک"),
        "last_name": ("Last name", "Lastname", "Surname", "Family name", "Last", "Achternaam", "Familienaam",
                      "Nazwisko", "Фамилия", "نام خانوادگی", "فامیلی", "نام‌خانوادگی"),
        "full_name": ("Name", "Full name", "Display name", "Contact name", "Contact", "Naam", "Volledige naam",
                      "Weergavenaam", "Imię i nazwisko", "Nazwa wyświetlana", "ФИО", "Полное имя",
                      "Имя и фамилия", "Контакт", "Отображаемое имя", "نام کامل", "نام و نام خانوادگی",
                      "نام نمایشی"),
        "middle_name": ("Middle name", "Middle", "Additional name", "Second name", "Patronymic", "Drugie imię",
                        "Отчество", "Второе имя", "نام میانی"),
        "position": ("Position", "Job title", "Job", "Occupation", "Function", "Organization title",
                     "Functie", "Functietitel", "Stanowisko", "Funkcja", "Должность", "Позиция", "سمت",
                     "عنوان شغلی", "شغل"),
        "company": _SHARED["company"],
        "company_role": ("Role", "Company role", "Contact role", "Rol", "Rola", "Роль", "نقش"),
        "email": _SHARED["email"],
        "email2": ("Secondary email", "Second email", "Alternate email", "Alternative email",
                   "Additional email", "Tweede e-mail", "Drugi e-mail", "Dodatkowy e-mail",
                   "Дополнительный email", "Дополнительная почта", "ایمیل دوم"),
        "phone": _SHARED["phone"],
        "mobile": ("Mobile", "Mobile phone", "Mobile number", "Cell", "Cell phone", "Cellphone", "Cellular",
                   "Mobiel", "Mobiele telefoon", "Mobiel nummer", "Mobielnummer", "GSM", "Telefon komórkowy",
                   "Komórka", "Tel. kom.", "Telefon kom.", "Мобильный", "Мобильный телефон", "Сотовый",
                   "Сотовый телефон", "موبایل", "تلفن همراه", "همراه", "شماره همراه", "شماره موبایل"),
        "phone2": ("Secondary phone", "Second phone", "Alternate phone", "Alternative phone",
                   "Additional phone", "Tweede telefoon", "Drugi telefon", "Дополнительный телефон",
                   "تلفن دوم"),
        "messenger": ("Messenger", "IM", "Instant messenger", "Screen name", "Telegram", "WhatsApp", "Skype",
                      "Viber", "Signal", "Komunikator", "Мессенджер", "تلگرام", "واتساپ", "پیام رسان"),
        "birthday": ("Birthday", "Birth date", "Birthdate", "Date of birth", "DOB", "Born", "Geboortedatum",
                     "Verjaardag", "Data urodzenia", "Urodziny", "Дата рождения", "День рождения", "تاریخ تولد",
                     "تولد"),
        "address": ("Address", "Street", "Street address", "Address street", "Address formatted",
                    "Postal address", "Adres", "Straat", "Straatnaam", "Ulica", "Адрес", "Улица", "نشانی",
                    "آدرس"),
        "city": _SHARED["city"],
        "country": _SHARED["country"],
        "language": ("Language", "Preferred language", "Taal", "Voorkeurstaal", "Język", "Язык", "زبان"),
        "status": _SHARED["status"],
        "lead_source": _SHARED["lead_source"],
        "owner": _SHARED["owner"],
        "tags": _SHARED["tags"],
        "notes": _SHARED["notes"] + ("Description", "Omschrijving", "Opis", "Описание"),
    },
    "companies": {
        "name": ("Name", "Company", "Company name", "Organization", "Organisation", "Organization name",
                 "Account", "Account name", "Naam", "Bedrijf", "Bedrijfsnaam", "Organisatie", "Firma", "Nazwa",
                 "Nazwa firmy", "Przedsiębiorstwo", "Компания", "Название", "Наименование", "Организация",
                 "Название компании", "شرکت", "نام شرکت", "نام", "سازمان"),
        "legal_name": ("Legal name", "Registered name", "Official name", "Full legal name", "Statutaire naam",
                       "Juridische naam", "Pełna nazwa", "Nazwa pełna", "Полное наименование",
                       "Юридическое название", "Юридическое наименование", "نام حقوقی", "نام ثبتی"),
        "tax_id": ("Tax ID", "Tax number", "VAT", "VAT number", "VAT ID", "VAT no", "TIN", "EIN",
                   "BTW", "BTW-nummer", "BTW nummer", "Btw-id", "NIP", "ИНН", "کد اقتصادی"),
        "registration_no": ("Registration number", "Registration no", "Company number", "Reg no", "KvK",
                            "KvK-nummer", "KvK nummer", "REGON", "KRS", "ОГРН", "شماره ثبت", "شناسه ملی"),
        "industry": ("Industry", "Sector", "Branche", "Branża", "Отрасль", "Сфера деятельности", "صنعت",
                     "زمینه فعالیت"),
        "website": ("Website", "Web site", "Web page", "URL", "Homepage", "Home page", "Site", "WWW",
                    "Webpagina", "Strona", "Strona www", "Strona internetowa", "Сайт", "Веб-сайт", "وب‌سایت",
                    "وبسایت", "سایت"),
        "email": _SHARED["email"],
        "phone": _SHARED["phone"],
        "legal_address": ("Legal address", "Registered address", "Address", "Street", "Street address",
                          "Billing address", "Vestigingsadres", "Adres", "Adres siedziby", "Siedziba",
                          "Юридический адрес", "Адрес", "آدرس", "نشانی", "آدرس قانونی"),
        "postal_address": ("Postal address", "Mailing address", "Shipping address", "Postadres",
                           "Correspondentieadres", "Adres korespondencyjny", "Adres do korespondencji",
                           "Почтовый адрес", "Фактический адрес", "آدرس پستی", "نشانی پستی"),
        "city": _SHARED["city"],
        "country": _SHARED["country"],
        "status": _SHARED["status"],
        "lead_source": _SHARED["lead_source"],
        "owner": _SHARED["owner"],
        "tags": _SHARED["tags"],
        "notes": _SHARED["notes"] + ("Description", "Omschrijving", "Opis", "Описание"),
        "founded_on": ("Founded", "Founded on", "Year founded", "Established", "Founding date", "Opgericht",
                       "Oprichtingsdatum", "Data założenia", "Rok założenia", "Дата основания", "Основана",
                       "تاریخ تاسیس"),
    },
    "deals": {
        "title": ("Title", "Deal", "Deal name", "Deal title", "Name", "Subject", "Opportunity",
                  "Opportunity name", "Naam", "Titel", "Kans", "Deal naam", "Tytuł", "Nazwa", "Szansa",
                  "Transakcja", "Название", "Сделка", "Название сделки", "عنوان", "معامله", "نام معامله"),
        "amount": ("Amount", "Value", "Deal value", "Total", "Sum", "Revenue", "Bedrag", "Waarde", "Kwota",
                   "Wartość", "Сумма", "Бюджет", "Стоимость", "مبلغ", "ارزش", "مقدار"),
        "currency": ("Currency", "Valuta", "Munteenheid", "Waluta", "Валюта", "ارز", "واحد پول"),
        "pipeline": ("Pipeline", "Funnel", "Sales pipeline", "Trechter", "Verkooptrechter", "Lejek",
                     "Lejek sprzedaży", "Воронка", "Воронка продаж", "قیف", "قیف فروش"),
        "stage": ("Stage", "Deal stage", "Phase", "Fase", "Etap", "Этап", "Стадия", "مرحله"),
        "status": _SHARED["status"] + ("Deal status",),
        "created_at": ("Created", "Created at", "Created on", "Date created", "Creation date", "Aangemaakt",
                       "Aangemaakt op", "Data utworzenia", "Utworzono", "Дата создания", "Создано",
                       "تاریخ ایجاد"),
        "closed_on": ("Closed", "Closed on", "Close date", "Closing date", "Date closed", "Gesloten",
                      "Sluitingsdatum", "Data zamknięcia", "Zamknięto", "Дата закрытия", "تاریخ بسته شدن"),
        "loss_reason": ("Loss reason", "Lost reason", "Reason lost", "Reden verlies", "Reden verloren",
                        "Powód przegranej", "Powód utraty", "Причина проигрыша", "Причина отказа",
                        "دلیل شکست", "علت شکست"),
        "owner": _SHARED["owner"],
        "lead_source": _SHARED["lead_source"],
        "company": _SHARED["company"],
        "person": _SHARED["person"],
        "expected_close_on": ("Expected close date", "Expected close", "Expected closing date", "Close by",
                              "Verwachte sluitingsdatum", "Przewidywana data zamknięcia",
                              "Planowana data zamknięcia", "Ожидаемая дата закрытия",
                              "Плановая дата закрытия", "تاریخ پیش بینی بسته شدن"),
        "notes": _SHARED["notes"] + ("Description", "Omschrijving", "Opis", "Описание"),
    },
    "products": {
        "name": ("Name", "Product", "Product name", "Item", "Item name", "Naam", "Productnaam", "Artikel",
                 "Nazwa", "Produkt", "Nazwa produktu", "Towar", "Название", "Наименование", "Товар",
                 "Продукт", "نام", "محصول", "نام محصول", "کالا"),
        "sku": ("SKU", "Code", "Product code", "Item code", "Article number", "Art nr", "Artikelnummer",
                "Productcode", "Kod", "Kod produktu", "Indeks", "Артикул", "Код", "Код товара", "کد",
                "کد محصول", "کد کالا"),
        "unit": ("Unit", "UoM", "Unit of measure", "Eenheid", "Jednostka", "J.m.", "Jednostka miary",
                 "Единица", "Ед. изм.", "Единица измерения", "واحد", "واحد اندازه گیری"),
        "price": ("Price", "Unit price", "Net price", "List price", "Prijs", "Stukprijs", "Cena", "Cena netto",
                  "Cena jednostkowa", "Цена", "Цена за единицу", "قیمت", "قیمت واحد"),
        "currency": ("Currency", "Valuta", "Munteenheid", "Waluta", "Валюта", "ارز", "واحد پول"),
        "vat_rate": ("VAT", "VAT rate", "VAT %", "Tax", "Tax rate", "BTW", "BTW-tarief", "BTW tarief",
                     "Stawka VAT", "VAT stawka", "НДС", "Ставка НДС", "مالیات", "نرخ مالیات",
                     "مالیات بر ارزش افزوده"),
        "description": ("Description", "Details", "Omschrijving", "Beschrijving", "Opis", "Описание",
                        "توضیحات", "شرح"),
        "active": ("Active", "Enabled", "Available", "Actief", "Beschikbaar", "Aktywny", "Dostępny",
                   "Активен", "Активный", "Доступен", "فعال"),
    },
    "tasks": {
        "title": ("Title", "Task", "Subject", "Name", "Taak", "Onderwerp", "Titel", "Zadanie", "Temat",
                  "Tytuł", "Задача", "Тема", "Название", "عنوان", "وظیفه", "کار"),
        "kind": ("Type", "Kind", "Task type", "Activity type", "Soort", "Typ", "Rodzaj", "Тип", "Вид", "نوع"),
        "due_at": ("Due", "Due date", "Due at", "Deadline", "Date", "Start", "Start date", "When",
                   "Vervaldatum", "Datum", "Termijn", "Termin", "Data", "Срок", "Дата", "Крайний срок", "موعد",
                   "مهلت", "تاریخ", "سررسید"),
        "all_day": ("All day", "All-day", "All day event", "Hele dag", "Cały dzień", "Весь день", "تمام روز"),
        "duration_min": ("Duration", "Duration min", "Minutes", "Duur", "Czas trwania", "Длительность",
                         "Продолжительность", "مدت", "مدت زمان"),
        "priority": ("Priority", "Importance", "Prioriteit", "Priorytet", "Приоритет", "Важность", "اولویت"),
        "owner": _SHARED["owner"],
        "company": _SHARED["company"],
        "person": _SHARED["person"],
        "deal": ("Deal", "Opportunity", "Deal name", "Kans", "Deal naam", "Szansa", "Transakcja", "Сделка",
                 "معامله"),
        "notes": _SHARED["notes"] + ("Description", "Omschrijving", "Opis", "Описание"),
        "done_at": ("Done", "Done at", "Completed", "Completed at", "Completed on", "Finished", "Afgerond",
                    "Voltooid", "Gedaan", "Wykonano", "Zakończono", "Data wykonania", "Выполнено",
                    "Дата выполнения", "انجام شده", "تاریخ انجام"),
        "result": ("Result", "Outcome", "Resultaat", "Uitkomst", "Wynik", "Rezultat", "Результат", "Итог",
                   "نتیجه"),
    },
}

# Words around a field name that do not change the field: "Work Phone", "Email Home", "Other Phone", "IM Skype",
# Google's "Phone 1 - Value". They are tried only when the whole name matched nothing, so an "Other Phone"
# takes phone2 only when no home or work phone to its left did.
_QUALIFIERS = {_q for _q in (
    "home", "work", "business", "office", "primary", "main", "personal", "private", "other", "default",
    "preferred", "value", "contact", "im", "prive", "werk", "zakelijk", "thuis", "prywatny", "sluzbowy", "domowy",
    "glowny", "sluzbowa", "prywatna", "рабочии", "домашнии", "основнои", "личныи", "рабочая", "домашняя",
    "основная", "личная", "کاری", "منزل", "شخصی", "اصلی",
)}
# A second column for a field that is taken goes to its second field.
_SECOND = {"email": "email2", "phone": "phone2", "mobile": "phone2"}

_NON_LETTER = re.compile(r"[\W\d_]+")
_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _norm(text: str) -> str:
    """Folded letters only: 'E-mail 1 - Value' -> 'emailvalue'."""
    return _NON_LETTER.sub("", fold(text))


def _index(synonyms: Mapping[str, Sequence[str]]) -> dict[str, str]:
    index: dict[str, str] = {}
    for key, names in synonyms.items():
        for name in names:
            index.setdefault(_norm(name), key)   # the first field listed wins a name two fields share
    return index


_BY_KIND: dict[str, dict[str, str]] = {kind: _index(synonyms) for kind, synonyms in _SYNONYMS.items()}
_ALL_NAMES: frozenset[str] = frozenset(name for index in _BY_KIND.values() for name in index)


def _lookup(index: Mapping[str, str], header: str) -> tuple[str | None, bool]:
    """(field key, whether the whole name matched) of a header, or (None, False)."""
    key = index.get(_norm(header))
    if key is not None:
        return key, True
    words = _words(header)
    while words and words[0] in _QUALIFIERS:
        words = words[1:]
    while words and words[-1] in _QUALIFIERS:
        words = words[:-1]
    if words:
        key = index.get("".join(words))
    return key, False


@lru_cache(maxsize=4096)
def known_header(text: str) -> bool:
    """Whether `text` is a column name some import target knows (tabular uses it to find the header row)."""
    if _norm(text) in _ALL_NAMES:
        return True
    return any(_lookup(index, text)[0] is not None for index in _BY_KIND.values())


def fields_of(kind: str) -> tuple[FieldSpec, ...]:
    """The fields of an import kind; ValueError for an unknown kind."""
    try:
        return TARGETS[kind]
    except KeyError:
        raise ValueError(f"'{kind}' is not something that can be imported; choose one of "
                         f"{', '.join(TARGETS)}.") from None


def field_spec(kind: str, key: str) -> FieldSpec | None:
    """The FieldSpec of a key of `kind` (a custom field is text until the engine knows its type)."""
    if key.startswith(CUSTOM_PREFIX):
        return FieldSpec(key, key, "text")
    return next((spec for spec in fields_of(kind) if spec.key == key), None)


def propose(kind: str, headers: Sequence[str], custom_fields: Mapping[int, str] | None = None) -> dict[int, str]:
    """Column index -> field key ("" = skip) for the headers of a file; each field is used at most once.

    `custom_fields` (definition id -> label) lets a column named like a custom field map to "custom:<id>".
    """
    fields_of(kind)
    index = _BY_KIND[kind]
    custom = {_norm(label): f"{CUSTOM_PREFIX}{def_id}" for def_id, label in (custom_fields or {}).items()}
    result = {i: "" for i in range(len(headers))}
    taken: set[str] = set()
    found = {i: _lookup(index, header) for i, header in enumerate(headers)}
    # Whole-name matches first, so "Primary Email" gets email before a "Home Email" to its left.
    for exact_pass in (True, False):
        for i, header in enumerate(headers):
            if result[i]:
                continue
            key, exact = found[i]
            if exact_pass and _norm(header) in custom:
                key, exact = custom[_norm(header)], True
            if key is None or exact != exact_pass:
                continue
            if key in taken:
                key = _SECOND.get(key, "")
            if key and key not in taken:
                taken.add(key)
                result[i] = key
    if kind == "contacts" and {"first_name", "last_name"} <= taken:
        # First and last name columns say it better than a display name built from them.
        for i, key in result.items():
            if key == "full_name":
                result[i] = ""
    return result


# ------------------------------------------------------------------------------------------------ memory

def _memory_key(kind: str, headers: Sequence[str]) -> str:
    # Folded and with single spaces, digits kept: "Phone 1", "Phone 2" and "Phone 2", "Phone 1" differ.
    text = "\x1f".join([kind, *(" ".join(fold(h).split()) for h in headers)])
    return SETTING_PREFIX + hashlib.sha1(text.encode("utf-8")).hexdigest()


def remembered(db: Database, kind: str, headers: Sequence[str]) -> dict[int, str] | None:
    """The mapping last confirmed for these headers (same names, same order), or None."""
    with db.session(write=False) as s:
        setting = s.get(AppSetting, _memory_key(kind, headers))
        value = setting.value if setting is not None else None
    if not isinstance(value, dict) or not isinstance(value.get("mapping"), dict):
        return None
    valid = {spec.key for spec in fields_of(kind)}
    mapping = {i: "" for i in range(len(headers))}
    for column, key in value["mapping"].items():
        if not (isinstance(column, str) and column.isdigit() and isinstance(key, str)):
            continue
        if int(column) < len(headers) and (key in valid or _is_custom(key)):
            mapping[int(column)] = key
    return mapping


def remember(db: Database, kind: str, headers: Sequence[str], mapping: Mapping[int, str]) -> None:
    """Store the mapping the user confirmed for these headers, for the next file that has them."""
    fields_of(kind)
    value = {"kind": kind, "headers": list(headers),
             "mapping": {str(i): key for i, key in sorted(mapping.items()) if key}}
    key = _memory_key(kind, headers)
    with db.session() as s:
        setting = s.get(AppSetting, key)
        if setting is None:
            s.add(AppSetting(key=key, value=value))
        else:
            setting.value = value


def _is_custom(key: str) -> bool:
    return key.startswith(CUSTOM_PREFIX) and key[len(CUSTOM_PREFIX):].isdigit()


# ------------------------------------------------------------------------------------------------ values

_DIGITS = str.maketrans({**{chr(0x06F0 + d): str(d) for d in range(10)},
                         **{chr(0x0660 + d): str(d) for d in range(10)},
                         "\u066b": ".", "\u066c": ",", "\u2212": "-", "\u060c": ","})
_SPACE_CHARS = re.compile(r"[\s\u00a0\u2007\u2009\u202f'’`]+")
_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\"]+$")
# Tuples, not `a | b` unions: isinstance() with a union builds the union on every call of these hot paths.
_NUMBERS = (int, float, Decimal)
_NOT_DATES = (bool, time, timedelta)
_DATE_OR_TIME = (date, time)
_THREE_DIGITS = re.compile(r"(?:\D*\d){3}")
_EMAIL_IN_TEXT = re.compile(r"<\s*([^<>\s]+@[^<>\s]+)\s*>")

# Currency signs and words -> ISO code; longest first, so "zł" is not read as a stray letter.
_CURRENCIES: dict[str, str] = {
    "€": "EUR", "eur": "EUR", "euro": "EUR", "$": "USD", "us$": "USD", "usd": "USD", "zł": "PLN", "zl": "PLN",
    "pln": "PLN", "₽": "RUB", "руб.": "RUB", "руб": "RUB", "р.": "RUB", "rub": "RUB", "﷼": "IRR", "ریال": "IRR",
    "irr": "IRR", "£": "GBP", "gbp": "GBP", "chf": "CHF", "¥": "JPY", "jpy": "JPY", "₴": "UAH", "uah": "UAH",
    "czk": "CZK", "kč": "CZK", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "huf": "HUF", "ft": "HUF",
    "cad": "CAD", "aud": "AUD", "cny": "CNY", "try": "TRY", "₺": "TRY", "aed": "AED", "kzt": "KZT", "₸": "KZT",
    "byn": "BYN", "ron": "RON", "lei": "RON", "bgn": "BGN", "inr": "INR", "₹": "INR",
}
_CURRENCY_RE = re.compile("|".join(re.escape(sign) for sign in sorted(_CURRENCIES, key=len, reverse=True)),
                          re.IGNORECASE)
_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d{1,2})?$")    # no grouping: "1.234" must go the long way
_NOT_NUMERIC = re.compile(r"[^\d\s.,+\-()%'’\u00a0\u2007\u2009\u202f]")
_ISO_CODE = re.compile(r"^[A-Za-z]{3}$")

_TRUE = {"yes", "y", "true", "t", "1", "x", "on", "ja", "j", "waar", "tak", "prawda", "da", "да", "д", "истина",
         "بله", "آری", "اری", "درست", "✓", "✔", "+"}
_FALSE = {"no", "n", "false", "f", "0", "off", "nee", "onwaar", "nie", "falsz", "нет", "н", "ложь", "خیر",
          "نه", "نادرست", "-", "✗"}

# Words of the choice values, in the five languages.
_CHOICE_WORDS: dict[str, tuple[str, ...]] = {
    "lead": ("lead", "new", "nieuw", "nowy", "nowa", "лид", "новый", "سرنخ", "جدید"),
    "prospect": ("prospect", "potential", "qualified", "potentieel", "prospekt", "potencjalny", "potencjalna",
                 "потенциальный", "перспективный", "بالقوه", "مشتری بالقوه"),
    "client": ("client", "customer", "klant", "klient", "klientka", "клиент", "заказчик", "покупатель",
               "مشتری"),
    "former_client": ("former client", "former customer", "ex-client", "ex client", "former_client",
                      "oud-klant", "oud klant", "voormalige klant", "były klient", "была klientka",
                      "бывший клиент", "مشتری سابق"),
    "lost": ("lost", "closed lost", "verloren", "utracony", "utracona", "przegrana", "przegrany",
             "потерян", "потерянный", "проиграна", "проигран", "проиграно", "неуспешно", "از دست رفته",
             "بازنده", "ناموفق"),
    "open": ("open", "active", "in progress", "lopend", "actief", "otwarta", "otwarty", "w toku", "aktywna",
             "открыта", "открыт", "открытая", "в работе", "активна", "باز", "جاری", "در جریان"),
    "won": ("won", "win", "closed won", "gewonnen", "wygrana", "wygrany", "выиграна", "выигран", "выиграно",
            "успешно", "успешная", "برنده", "موفق"),
    "call": ("call", "phone call", "phone", "bellen", "telefoon", "gesprek", "telefon", "rozmowa", "zadzwonić",
             "звонок", "позвонить", "تماس", "تماس تلفنی"),
    "meeting": ("meeting", "appointment", "afspraak", "vergadering", "spotkanie", "встреча", "جلسه", "ملاقات"),
    "email": ("email", "e-mail", "mail", "e-mailen", "wiadomość", "письмо", "ایمیل"),
    "todo": ("todo", "to do", "to-do", "task", "taak", "zadanie", "задача", "дело", "کار", "وظیفه"),
}
_PRIORITY_WORDS: dict[str, int] = {
    **dict.fromkeys(("low", "laag", "niski", "niska", "низкий", "низкая", "کم", "پایین"), 0),
    **dict.fromkeys(("normal", "medium", "normaal", "gemiddeld", "normalny", "normalna", "średni", "обычный",
                     "обычная", "средний", "нормальный", "عادی", "متوسط"), 1),
    **dict.fromkeys(("high", "urgent", "important", "hoog", "dringend", "wysoki", "wysoka", "pilny",
                     "высокий", "высокая", "срочно", "بالا", "زیاد", "فوری"), 2),
}
_OPEN_CHOICES = {"kind"}        # users may add their own task kinds: other text is kept as it is


def _choice_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for value, words in _CHOICE_WORDS.items():
        for word in words:
            index.setdefault(_norm(word), value)
    return index


_CHOICES_BY_WORD = _choice_index()
_PRIORITIES_BY_WORD = {_norm(word): level for word, level in _PRIORITY_WORDS.items()}
_TRUE_NORM = {fold(word) for word in _TRUE}
_FALSE_NORM = {fold(word) for word in _FALSE}


def parse_value(spec: FieldSpec, raw: object, *, locale: str, date_1904: bool = False) -> object:
    """The value of a cell for `spec`'s field: None for an empty cell; ValueError with the reason if it is wrong.

    text/email/phone/choice -> str, date -> date, datetime -> datetime (or date when the cell has no time, so
    an importer can tell an all-day task), decimal -> Decimal, int -> int, bool -> bool. The currency field
    returns an ISO code. `locale` ("en", "nl", "pl", "ru", "fa", or with a region) decides whether 03/04 is
    the 3rd of April (day first; everything but en/en-US) or March 4th.
    """
    if raw is None:
        return None
    if raw.__class__ is str:
        raw = raw.strip()
        if not raw:
            return None
        if spec.type == "text" and spec.key != "currency":
            return raw          # the import's most common cell, without the dispatch below
    if spec.key == "currency":
        return parse_currency(raw)
    try:
        parser = _PARSERS[spec.type]
    except KeyError:
        raise ValueError(f"'{spec.type}' is not a field type.") from None
    return parser(spec, raw, locale, date_1904)


def _parse_date_only(spec: FieldSpec, raw: object, locale: str, date_1904: bool) -> object:
    value = parse_date(raw, locale=locale, date_1904=date_1904, with_time=False)
    return value.date() if isinstance(value, datetime) else value


_PARSERS: dict[str, Callable[[FieldSpec, object, str, bool], object]] = {
    "text": lambda spec, raw, locale, date_1904: _text(raw),
    "email": lambda spec, raw, locale, date_1904: _email(raw),
    "phone": lambda spec, raw, locale, date_1904: _phone(raw),
    "date": _parse_date_only,
    "datetime": lambda spec, raw, locale, date_1904: parse_date(raw, locale=locale, date_1904=date_1904,
                                                                with_time=True),
    "decimal": lambda spec, raw, locale, date_1904: parse_number(raw)[0],
    "int": lambda spec, raw, locale, date_1904: _int(spec, raw),
    "bool": lambda spec, raw, locale, date_1904: parse_bool(raw),
    "choice": lambda spec, raw, locale, date_1904: _choice(spec, raw),
}


def _text(raw: object) -> str:
    if isinstance(raw, bool):
        return "yes" if raw else "no"
    if isinstance(raw, float):
        # Excel stores 42 as 42.0; a number typed into a text field never means the ".0".
        return str(int(raw)) if raw.is_integer() else repr(raw)
    if isinstance(raw, datetime):
        return raw.isoformat(sep=" ", timespec="minutes" if not raw.second else "seconds")
    if isinstance(raw, _DATE_OR_TIME):
        return raw.isoformat()
    if isinstance(raw, timedelta):
        seconds = int(raw.total_seconds())
        return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"
    return str(raw).strip()


def _email(raw: object) -> str:
    text = raw if raw.__class__ is str else _text(raw)
    assert isinstance(text, str)
    if "<" in text:
        inside = _EMAIL_IN_TEXT.search(text)          # "Anna Nowak <anna@example.pl>"
        if inside:
            text = inside.group(1)
    if text[:7].lower() == "mailto:":
        text = text[7:].strip()
    if not _EMAIL.match(text):
        raise ValueError(f"'{_text(raw)}' is not a valid email address.")
    return text


def _phone(raw: object) -> str:
    if isinstance(raw, _NUMBERS) and not isinstance(raw, bool):
        if isinstance(raw, float) and not raw.is_integer():
            raise ValueError(f"'{raw}' is not a valid phone number.")
        return str(int(raw))
    text = raw if raw.__class__ is str else _text(raw)
    assert isinstance(text, str)
    if not text.isascii():
        text = text.translate(_DIGITS)
    if not _THREE_DIGITS.match(text):
        raise ValueError(f"'{_text(raw)}' is not a valid phone number.")
    return text


def _int(spec: FieldSpec, raw: object) -> int:
    if spec.key == "priority" and isinstance(raw, str):
        level = _PRIORITIES_BY_WORD.get(_norm(raw))
        if level is not None:
            return level
    number = parse_number(raw)[0]
    if number != number.to_integral_value():
        raise ValueError(f"'{_text(raw)}' is not a whole number.")
    return int(number)


@lru_cache(maxsize=1024)
def _choice_word(text: str) -> str | None:
    return _CHOICES_BY_WORD.get(_norm(text))


def _choice(spec: FieldSpec, raw: object) -> str:
    text = _text(raw)
    value = _choice_word(text)
    if value is not None and (not spec.choices or value in spec.choices):
        return value
    if spec.key in _OPEN_CHOICES:
        return text
    raise ValueError(f"'{text}' is not one of: {', '.join(spec.choices)}.")


def parse_bool(raw: object) -> bool:
    """yes/no, true/false, 1/0 and their words in five languages."""
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, _NUMBERS) and raw in (0, 1):
        return bool(raw)
    word = fold(_text(raw)).strip().rstrip(".")
    if word in _TRUE_NORM:
        return True
    if word in _FALSE_NORM:
        return False
    raise ValueError(f"'{_text(raw)}' is not yes or no.")


def parse_currency(raw: object) -> str:
    """An ISO currency code from a code, a sign or a word ("€", "zł", "руб.", "ریال")."""
    text = _text(raw).strip()
    code = _CURRENCIES.get(text.lower())
    if code:
        return code
    if _ISO_CODE.match(text):
        return text.upper()
    raise ValueError(f"'{text}' is not a currency.")


# ------------------------------------------------------------------------------------------------ numbers

def parse_number(raw: object) -> tuple[Decimal, str | None]:
    """(number, ISO currency code or None) of a cell: "1 234,50 zł", "$1,234.50", "1.234.567", "(12)", "۱۲٫۵".

    The last separator followed by 1-2 digits (or more than 3, or after a leading 0) is the decimal one;
    followed by exactly 3 digits it groups thousands: "1,234" is 1234 and "1.234.567" is 1234567.
    """
    if isinstance(raw, bool):
        raise ValueError(f"'{raw}' is not a number.")
    if isinstance(raw, int):
        return Decimal(raw), None
    if isinstance(raw, float):
        if not math.isfinite(raw):
            raise ValueError(f"'{raw}' is not a number.")
        return Decimal(repr(raw)), None      # repr: the shortest text that is the same float (0.1, not 0.1000…)
    if isinstance(raw, Decimal):
        return raw, None
    if not isinstance(raw, str):
        raise ValueError(f"'{_text(raw)}' is not a number.")
    original = raw.strip()
    if _PLAIN_NUMBER.match(original):
        return Decimal(original), None      # "1234" or "-12.5": most cells of a number column
    text = original if original.isascii() else original.translate(_DIGITS)
    currency: str | None = None
    if _NOT_NUMERIC.search(text):
        match = _CURRENCY_RE.search(text)
        if match:
            currency = _CURRENCIES[match.group(0).lower()]
            text = text[:match.start()] + text[match.end():]
    text = _SPACE_CHARS.sub("", text).rstrip("%")
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    if text.startswith(("-", "+")):
        negative, text = text[0] == "-", text[1:]
    elif text.endswith("-"):
        negative, text = True, text[:-1]
    try:
        number = _unsigned(text)
    except ValueError:
        raise ValueError(f"'{original}' is not a number.") from None
    return (-number if negative else number), currency


def _unsigned(text: str) -> Decimal:
    if not text or not re.fullmatch(r"[\d.,]+", text) or not any(ch.isdigit() for ch in text):
        raise ValueError(text)
    last = max(text.rfind("."), text.rfind(","))
    if last < 0:
        return Decimal(text)
    separator = text[last]
    other = "," if separator == "." else "."
    head, tail = text[:last], text[last + 1:]
    if other in tail:
        raise ValueError(text)
    if other in head:
        # Both separators: the last one is the decimal point, the other groups thousands.
        groups = head.split(other)
        if separator in head or not _grouped(groups):
            raise ValueError(text)
        return _decimal("".join(groups), tail)
    if head.count(separator):
        # The same separator more than once: thousands, and the groups must say so ("1.234.567").
        groups = text.split(separator)
        if not _grouped(groups):
            raise ValueError(text)
        return Decimal("".join(groups))
    if len(tail) == 3 and head and head.lstrip("0") == head and _grouped([head, tail]):
        return Decimal(head + tail)
    return _decimal(head, tail)


def _grouped(groups: Sequence[str]) -> bool:
    return bool(groups[0]) and len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _decimal(head: str, tail: str) -> Decimal:
    try:
        return Decimal(f"{head or '0'}.{tail or '0'}")
    except InvalidOperation:
        raise ValueError(head + tail) from None


# ------------------------------------------------------------------------------------------------ dates

_EXCEL_1900 = date(1899, 12, 30)     # serial 1 is 1900-01-01 once Excel's invented 1900-02-29 is allowed for
_EXCEL_1904 = date(1904, 1, 1)
_MAX_SERIAL = 2958465                # 9999-12-31
_TIME = r"(?:[T\s]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?\s*([ap]\.?m\.?)?)?"
_ZONE = r"\s*(?:z|utc|gmt|[+-]\d{2}:?\d{2})?"
_YMD = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})" + _TIME + _ZONE, re.IGNORECASE)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?" + _ZONE, re.IGNORECASE)
_DMY = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})" + _TIME, re.IGNORECASE)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_SIMPLE_DMY = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})$")
_YEAR_WORDS = re.compile(r"\s*(?:r\.?|г\.?|rok|года?|jr\.?)\s*$", re.IGNORECASE)
_DATE_TOKENS = re.compile(r"\d+|[^\W\d_]+\.?")
_JALALI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن",
                  "اسفند")
_JALALI_YEARS = range(1200, 1500)     # a year of these in a date of a CRM is a Solar Hijri one
_GREGORIAN_YEARS = range(1800, 2201)
_MONTH_FIRST = frozenset({"en", "en_us", "en-us", "us", "en_ph", "en_ca"})


def parse_date(raw: object, *, locale: str, date_1904: bool = False, with_time: bool = False) -> date | datetime:
    """A date (or, with_time, a datetime when the cell has a time) from any form a spreadsheet holds it in."""
    if raw.__class__ is str:
        text: str = raw.strip()
    elif isinstance(raw, datetime):
        return raw if with_time else raw.date()
    elif isinstance(raw, date):
        return raw
    elif isinstance(raw, _NOT_DATES):
        raise ValueError(f"'{_text(raw)}' is not a valid date.")
    elif isinstance(raw, _NUMBERS):
        return _from_serial(float(raw), date_1904=date_1904, with_time=with_time)
    else:
        text = _text(raw)
    try:
        if _ISO_DATE.match(text):
            # The usual forms first, without the general patterns: an import parses a date in every row.
            year = int(text[:4])
            if year in _GREGORIAN_YEARS:
                return date(year, int(text[5:7]), int(text[8:10]))
        simple = _SIMPLE_DMY.match(text)
        if simple:
            first, second, year = int(simple[1]), int(simple[3]), int(simple[4])
            day, month = (second, first) if _month_first(locale) else (first, second)
            if year in _GREGORIAN_YEARS and month <= 12:
                return date(year, month, day)
        value = _parse_date_text(text if text.isascii() else text.translate(_DIGITS).strip(), locale)
    except (ValueError, OverflowError):
        raise ValueError(f"'{text}' is not a valid date.") from None
    if isinstance(value, datetime) and not with_time:
        return value.date()
    return value


def _from_serial(serial: float, *, date_1904: bool, with_time: bool) -> date | datetime:
    shown = int(serial) if serial.is_integer() else serial
    if serial.is_integer() and serial in _GREGORIAN_YEARS:
        raise ValueError(f"'{shown}' is a year, not a date.")
    if not 1 <= serial <= _MAX_SERIAL or (serial // 1 == 60 and not date_1904):
        raise ValueError(f"'{shown}' is not a valid date.")
    days = int(serial // 1)
    if date_1904:
        day = _EXCEL_1904 + timedelta(days=days)
    else:
        # Excel counts a 29th of February 1900 that never was: serials before it are one day later.
        day = _EXCEL_1900 + timedelta(days=days + (1 if days < 60 else 0))
    seconds = round((serial - days) * 86400)
    if not with_time or not seconds:
        return day
    return datetime.combine(day, time()) + timedelta(seconds=min(seconds, 86399))


def _parse_date_text(text: str, locale: str) -> date | datetime:
    if text[-1:].isalpha() or text.endswith("."):
        text = _YEAR_WORDS.sub("", text)
    match = _YMD.fullmatch(text)
    if match:
        return _build(int(match[1]), int(match[2]), int(match[3]), match.groups()[3:])
    match = _COMPACT.fullmatch(text)
    if match:
        clock = (match[4], match[5], match[6], None) if match[4] else (None, None, None, None)
        return _build(int(match[1]), int(match[2]), int(match[3]), clock)
    match = _DMY.fullmatch(text)
    if match:
        first, second, year = int(match[1]), int(match[2]), _full_year(match[3])
        day, month = (second, first) if _month_first(locale) else (first, second)
        if month > 12 and day <= 12:
            day, month = month, day        # unambiguous the other way round: 31/12 in an en file, 12/31 in nl
        return _build(year, month, day, match.groups()[3:])
    return _named_month(text, locale)


def _month_first(locale: str) -> bool:
    return locale.lower() in _MONTH_FIRST


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) > 2:
        return year
    pivot = date.today().year % 100 + 10     # "85" is 1985, "24" is 2024
    return 2000 + year if year <= pivot else 1900 + year


def _build(year: int, month: int, day: int, clock: Sequence[str | None]) -> date | datetime:
    if year in _JALALI_YEARS:
        result = jalali_to_gregorian(year, month, day)
    elif year in _GREGORIAN_YEARS:
        result = date(year, month, day)
    else:
        raise ValueError(year)
    hour, minute, second, meridiem = (list(clock) + [None] * 4)[:4]
    if hour is None:
        return result
    h, m, s = int(hour), int(minute or 0), int(second or 0)
    if meridiem:
        if not 1 <= h <= 12:
            raise ValueError(hour)
        h = h % 12 + (12 if meridiem.lower().startswith("p") else 0)
    return datetime(result.year, result.month, result.day, h, m, s)


def _named_month(text: str, locale: str) -> date:
    """'15 March 2024', 'March 15, 2024', '15-mrt-2024', '15 marca 2024', '15 фروردین ۱۴۰۳'."""
    months = _month_names(locale)
    numbers: list[int] = []
    month: int | None = None
    jalali = False
    for token in _DATE_TOKENS.findall(text):
        if token.isdigit():
            numbers.append(int(token))
            continue
        word = fold(token.rstrip("."))
        if word in _JALALI_MONTH_INDEX and month is None:
            month, jalali = _JALALI_MONTH_INDEX[word], True
        elif word in months and month is None:
            month = months[word]
        elif word not in _IGNORED_WORDS:
            raise ValueError(text)
    if month is None or len(numbers) != 2:
        raise ValueError(text)
    day, year = (numbers[0], numbers[1]) if numbers[0] <= 31 else (numbers[1], numbers[0])
    if jalali:
        return jalali_to_gregorian(year, month, day)
    if year < 100:
        year = _full_year(f"{year:02d}")
    if year not in _GREGORIAN_YEARS:
        raise ValueError(text)
    return date(year, month, day)


_JALALI_MONTH_INDEX = {fold(name): number for number, name in enumerate(_JALALI_MONTHS, 1)}
_IGNORED_WORDS = {"of", "de", "the", "st", "nd", "rd", "th", "г", "r", "roku", "года", "jr"}


@lru_cache(maxsize=16)
def _month_names(locale: str) -> dict[str, int]:
    """Folded month names (wide and abbreviated, nominative and genitive) of English and `locale`."""
    names: dict[str, int] = {}
    for code in dict.fromkeys(("en", locale.replace("-", "_"))):
        try:
            babel_locale = Locale.parse(code)
        except (UnknownLocaleError, ValueError):
            continue
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, babel_locale).items():
                    names.setdefault(fold(name).rstrip("."), number)
    names.setdefault("sept", 9)
    return names


# Solar Hijri (Jalali) years: 33-year cycles with these leap positions agree with the astronomical calendar
# Iran uses for every year from 1178 to 1634 AP. Anchor: 1 Farvardin 1403 was 20 March 2024.
_JALALI_LEAP = {1, 5, 9, 13, 17, 22, 26, 30}
_JALALI_ANCHOR_YEAR = 1403
_JALALI_ANCHOR = date(2024, 3, 20)


def _jalali_leap(year: int) -> bool:
    return year % 33 in _JALALI_LEAP


@lru_cache(maxsize=512)
def _jalali_new_year(year: int) -> date:
    """The Gregorian date of 1 Farvardin of `year`."""
    days = 0
    if year >= _JALALI_ANCHOR_YEAR:
        for y in range(_JALALI_ANCHOR_YEAR, year):
            days += 366 if _jalali_leap(y) else 365
    else:
        for y in range(year, _JALALI_ANCHOR_YEAR):
            days -= 366 if _jalali_leap(y) else 365
    return _JALALI_ANCHOR + timedelta(days=days)


def jalali_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of a Solar Hijri one; ValueError for a day the month does not have."""
    if year not in _JALALI_YEARS or not 1 <= month <= 12:
        raise ValueError(f"{year}/{month}/{day} is not a valid Solar Hijri date.")
    length = 31 if month <= 6 else 30 if month <= 11 else (30 if _jalali_leap(year) else 29)
    if not 1 <= day <= length:
        raise ValueError(f"{year}/{month}/{day} is not a valid Solar Hijri date.")
    offset = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return _jalali_new_year(year) + timedelta(days=offset + day - 1)


# ------------------------------------------------------------------------------------------------ helpers

_LIST_SEPARATORS = re.compile(r"\s*(?:[,;|\n]|:::)\s*")


def split_tags(text: str) -> list[str]:
    """Tags of a cell: comma, semicolon, '|' or Google's ' ::: ' separated; Google's '* myContacts' dropped."""
    tags: list[str] = []
    for part in _LIST_SEPARATORS.split(text or ""):
        part = part.strip()
        if part and not part.startswith("* ") and part not in tags:
            tags.append(part)
    return tags


_PATRONYMIC = re.compile(r"(ович|евич|ич|овна|евна|ична|инична)$", re.IGNORECASE)


def split_full_name(text: str) -> tuple[str, str | None, str]:
    """(first, middle, last) of a full name: "Anna Maria Nowak", "Nowak, Anna", "Иванов Иван Петрович"."""
    text = " ".join(text.split())
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), None, last.strip()
    parts = text.split(" ")
    if len(parts) == 1:
        return parts[0], None, ""
    if len(parts) == 3 and _PATRONYMIC.search(parts[2]):
        # Russian order: family name, given name, patronymic.
        return parts[1], parts[2], parts[0]
    return " ".join(parts[:-1]), None, parts[-1]
