"""Header synonyms and auto mapping, value parsers (dates, Jalali, numbers, currencies, booleans), mapping memory."""

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from crm_desktop.db.database import Database
from crm_desktop.services import import_mapping as im
from crm_desktop.services.import_mapping import (
    TARGETS,
    FieldSpec,
    jalali_to_gregorian,
    known_header,
    parse_number,
    parse_value,
    propose,
    remember,
    remembered,
    split_full_name,
    split_tags,
)

REALDATA = Path(__file__).resolve().parents[4] / "shared" / "realdata" / "csv"
if not REALDATA.is_dir():
    REALDATA = Path("/work/shared/realdata/csv")
# The real files live beside the repository (../shared/realdata); a clone without them skips these tests.
real = pytest.mark.skipif(not REALDATA.is_dir(), reason="../shared/realdata/csv is not there")


def _spec(kind: str, key: str) -> FieldSpec:
    spec = im.field_spec(kind, key)
    assert spec is not None
    return spec


def _mapped(kind: str, headers: list[str]) -> dict[str, str]:
    return {headers[i]: key for i, key in propose(kind, headers).items() if key}


# --------------------------------------------------------------------------------------------------- targets

def test_every_kind_has_its_fields_with_known_types() -> None:
    assert set(TARGETS) == {"contacts", "companies", "deals", "products", "tasks"}
    for kind, specs in TARGETS.items():
        keys = [spec.key for spec in specs]
        assert len(keys) == len(set(keys)), kind
        assert all(spec.type in im.FIELD_TYPES for spec in specs)
        assert set(im._SYNONYMS[kind]) == set(keys), kind       # every field has names to match
    assert {s.key for s in TARGETS["contacts"]} >= {"first_name", "last_name", "full_name", "email", "email2",
                                                    "phone", "mobile", "phone2", "birthday", "tags"}
    with pytest.raises(ValueError, match="cannot|not something"):
        propose("invoices", ["Name"])


# --------------------------------------------------------------------------------------------------- propose

@pytest.mark.parametrize(("headers", "expected"), [
    (["First Name", "Last Name", "E-mail Address", "Mobile Phone", "Business Phone", "Company", "Job Title"],
     ["first_name", "last_name", "email", "mobile", "phone", "company", "position"]),
    (["Voornaam", "Achternaam", "E-mailadres", "Telefoon", "Bedrijf", "Plaats", "Functie"],
     ["first_name", "last_name", "email", "phone", "company", "city", "position"]),
    (["Imię", "Nazwisko", "E-mail", "Telefon", "Firma", "Miasto", "Stanowisko", "Data urodzenia"],
     ["first_name", "last_name", "email", "phone", "company", "city", "position", "birthday"]),
    (["Имя", "Фамилия", "Отчество", "Телефон", "Эл. почта", "Компания", "Должность", "Город"],
     ["first_name", "last_name", "middle_name", "phone", "email", "company", "position", "city"]),
    (["نام", "نام خانوادگی", "تلفن", "ایمیل", "شرکت", "شهر", "سمت"],
     ["first_name", "last_name", "phone", "email", "company", "city", "position"]),
    (["Given Name", "Family Name", "E-mail 1 - Value", "Phone 1 - Value", "Organization 1 - Name", "Birthday",
      "Group Membership"],
     ["first_name", "last_name", "email", "phone", "company", "birthday", "tags"]),
    (["Display Name", "Primary Email", "Work Phone", "Home Phone", "Web Page"],
     ["full_name", "email", "phone", "phone2", ""]),
])
def test_headers_in_five_languages_and_of_exports_map_to_contact_fields(headers: list[str],
                                                                     expected: list[str]) -> None:
    assert [propose("contacts", headers)[i] for i in range(len(headers))] == expected


def test_persian_header_spelled_with_arabic_letters_or_a_zero_width_joiner() -> None:
    assert _mapped("contacts", ["نام\u200cخانوادگی", "تلفن همراه", "پست الكترونيك"]) == {
        "نام\u200cخانوادگی": "last_name", "تلفن همراه": "mobile", "پست الكترونيك": "email"}


def test_each_field_is_used_once_and_second_columns_go_to_the_second_field() -> None:
    headers = ["Email", "E-mail 2", "Email Other", "Phone", "Work Phone", "Home Phone", "Mobile"]
    assert [propose("contacts", headers)[i] for i in range(len(headers))] == [
        "email", "email2", "", "phone", "phone2", "", "mobile"]
    # Whole-name matches are placed first: a second mobile column takes phone2 before "Work Phone" does.
    headers = ["Phone", "Work Phone", "Mobile", "Cell"]
    assert [propose("contacts", headers)[i] for i in range(len(headers))] == ["phone", "", "mobile", "phone2"]


def test_a_whole_name_match_wins_over_a_qualified_one_to_its_left() -> None:
    assert _mapped("contacts", ["Home Email", "Primary Email"]) == {"Home Email": "email2",
                                                                      "Primary Email": "email"}


def test_a_display_name_is_skipped_when_first_and_last_names_are_there() -> None:
    assert _mapped("contacts", ["Name", "First name", "Last name"]) == {"First name": "first_name",
                                                                          "Last name": "last_name"}
    assert _mapped("contacts", ["Name", "Email"]) == {"Name": "full_name", "Email": "email"}


def test_the_same_header_means_different_fields_per_kind() -> None:
    assert _mapped("companies", ["Name", "NIP", "KvK", "Website", "Adres", "Founded"]) == {
        "Name": "name", "NIP": "tax_id", "KvK": "registration_no", "Website": "website", "Adres": "legal_address",
        "Founded": "founded_on"}
    assert _mapped("products", ["Naam", "Artikelnummer", "Prijs", "BTW", "Actief"]) == {
        "Naam": "name", "Artikelnummer": "sku", "Prijs": "price", "BTW": "vat_rate", "Actief": "active"}
    assert _mapped("companies", ["BTW-nummer"]) == {"BTW-nummer": "tax_id"}
    assert _mapped("deals", ["Название", "Сумма", "Валюта", "Этап", "Статус", "Контакт"]) == {
        "Название": "title", "Сумма": "amount", "Валюта": "currency", "Этап": "stage", "Статус": "status",
        "Контакт": "person"}
    assert _mapped("tasks", ["Zadanie", "Termin", "Priorytet", "Typ", "Wynik"]) == {
        "Zadanie": "title", "Termin": "due_at", "Priorytet": "priority", "Typ": "kind", "Wynik": "result"}


def test_custom_fields_are_proposed_by_their_label() -> None:
    assert _mapped("contacts", ["Name", "Shoe size"]) == {"Name": "full_name"}
    assert propose("contacts", ["Name", "Shoe size"], custom_fields={7: "Shoe Size"}) == {0: "full_name",
                                                                                          1: "custom:7"}


def test_known_header() -> None:
    assert known_header("E-mail 1 - Value")
    assert known_header("Nazwisko")
    assert known_header("  Телефон ")
    assert not known_header("Anna")
    assert not known_header("Amsterdam")
    assert not known_header("")


@real
def test_the_real_csv_headers_map_sensibly() -> None:
    from crm_desktop.services.tabular import inspect

    expectations = {
        "thunderbird_export.csv": {"First Name": "first_name", "Last Name": "last_name",
                                   "Primary Email": "email", "Secondary Email": "email2",
                                   "Mobile Number": "mobile", "Organization": "company", "Job Title": "position",
                                   "Notes": "notes"},
        "roundcube_gmail.csv": {"Given Name": "first_name", "Family Name": "last_name", "Birthday": "birthday",
                                "E-mail 1 - Value": "email", "Phone 1 - Value": "phone",
                                "Organization 1 - Name": "company", "Group Membership": "tags"},
        "roundcube_all.csv": {"First Name": "first_name", "Middle Name": "middle_name", "Last Name": "last_name",
                              "Company": "company", "Job Title": "position", "Birthday": "birthday"},
        "thunderbird_csv_semicolon.csv": {"First Name": "first_name", "Last Name": "last_name",
                                          "Primary Email": "email"},
        "twenty_spreadsheet_import_exampleFile_EXCERPT.csv": {"firstname": "first_name",
                                                              "lastname": "last_name", "email": "email"},
        "civicrm_individual_dates_type1.csv": {"first_name": "first_name", "Last Name": "last_name",
                                               "Birth Date": "birthday"},
    }
    for name, expected in expectations.items():
        mapped = _mapped("contacts", list(inspect(REALDATA / name).headers))
        assert {h: mapped.get(h) for h in expected} == expected, name
        assert "Title" not in mapped        # an honorific, not a position
        assert "Nickname" not in mapped


# --------------------------------------------------------------------------------------------------- dates

BIRTHDAY = FieldSpec("birthday", "Birthday", "date")
DUE = FieldSpec("due_at", "Due", "datetime")


@pytest.mark.parametrize(("raw", "locale", "expected"), [
    ("2024-03-15", "en", date(2024, 3, 15)),
    ("2024/3/5", "pl", date(2024, 3, 5)),
    ("20080901", "en", date(2008, 9, 1)),
    ("15.03.2024", "nl", date(2024, 3, 15)),
    ("15-03-2024", "nl", date(2024, 3, 15)),
    ("03/04/2024", "pl", date(2024, 4, 3)),
    ("03/04/2024", "ru", date(2024, 4, 3)),
    ("03/04/2024", "en", date(2024, 3, 4)),
    ("03/04/2024", "en_GB", date(2024, 4, 3)),
    ("31/12/2024", "en", date(2024, 12, 31)),      # unambiguous the other way round
    ("12/31/2024", "nl", date(2024, 12, 31)),
    ("15.03.85", "pl", date(1985, 3, 15)),
    ("15.03.2024 r.", "pl", date(2024, 3, 15)),
    ("15.03.2024 г.", "ru", date(2024, 3, 15)),
    ("15 March 2024", "en", date(2024, 3, 15)),
    ("March 15, 2024", "en", date(2024, 3, 15)),
    ("15-Mar-2024", "nl", date(2024, 3, 15)),
    ("15 maart 2024", "nl", date(2024, 3, 15)),
    ("15 marca 2024", "pl", date(2024, 3, 15)),
    ("15 марта 2024 г.", "ru", date(2024, 3, 15)),
    ("2024-03-15T10:30:00", "en", date(2024, 3, 15)),
    ("۱۴۰۳/۰۱/۱۵", "fa", date(2024, 4, 3)),
    ("1403-01-15", "en", date(2024, 4, 3)),
    ("15/01/1403", "fa", date(2024, 4, 3)),
    ("۱۵ فروردین ۱۴۰۳", "fa", date(2024, 4, 3)),
    (45000, "en", date(2023, 3, 15)),
    (45000.75, "en", date(2023, 3, 15)),
    (datetime(2024, 3, 15, 9, 0), "en", date(2024, 3, 15)),
    (date(2024, 3, 15), "en", date(2024, 3, 15)),
])
def test_dates(raw: object, locale: str, expected: date) -> None:
    assert parse_value(BIRTHDAY, raw, locale=locale) == expected


def test_excel_serials_in_both_date_systems() -> None:
    assert parse_value(BIRTHDAY, 1, locale="en") == date(1900, 1, 1)
    assert parse_value(BIRTHDAY, 59, locale="en") == date(1900, 2, 28)
    assert parse_value(BIRTHDAY, 61, locale="en") == date(1900, 3, 1)
    assert parse_value(BIRTHDAY, 45366.0, locale="en") == date(2024, 3, 15)
    assert parse_value(BIRTHDAY, 43904.0, locale="en", date_1904=True) == date(2024, 3, 15)
    assert parse_value(BIRTHDAY, 0.0 + 1462, locale="en", date_1904=True) == date(1908, 1, 2)
    with pytest.raises(ValueError, match="'60' is not a valid date"):
        parse_value(BIRTHDAY, 60, locale="en")           # Excel's 29 February 1900 never was
    with pytest.raises(ValueError, match="'1985' is a year, not a date"):
        parse_value(BIRTHDAY, 1985, locale="en")
    with pytest.raises(ValueError, match="not a valid date"):
        parse_value(BIRTHDAY, -5, locale="en")


def test_datetimes_keep_the_time_and_a_date_alone_stays_a_date() -> None:
    assert parse_value(DUE, "2024-03-15 14:30", locale="en") == datetime(2024, 3, 15, 14, 30)
    assert parse_value(DUE, "2024-03-15T14:30:15Z", locale="en") == datetime(2024, 3, 15, 14, 30, 15)
    assert parse_value(DUE, "15.03.2024 9:05", locale="nl") == datetime(2024, 3, 15, 9, 5)
    assert parse_value(DUE, "3/15/2024 2:30 PM", locale="en") == datetime(2024, 3, 15, 14, 30)
    assert parse_value(DUE, "3/15/2024 12:10 am", locale="en") == datetime(2024, 3, 15, 0, 10)
    assert parse_value(DUE, "2024-03-15", locale="en") == date(2024, 3, 15)
    assert parse_value(DUE, 45366.5, locale="en") == datetime(2024, 3, 15, 12, 0)
    assert parse_value(DUE, 45366.0, locale="en") == date(2024, 3, 15)
    assert parse_value(DUE, datetime(2024, 3, 15, 9, 0), locale="en") == datetime(2024, 3, 15, 9, 0)
    assert parse_value(DUE, "۱۴۰۳/۰۱/۱۵ ۱۰:۳۰", locale="fa") == datetime(2024, 4, 3, 10, 30)


@pytest.mark.parametrize("raw", ["31.02.2024", "2024-13-01", "yesterday", "15.03", "1.2.3.4", "32/01/2024",
                                 "13/13/2024", "1402/12/30", "15 Foo 2024", "--03-15", "0000-01-01",
                                 time(8, 30), timedelta(hours=2), True, "25:00 2024-01-01"])
def test_wrong_dates_are_refused_with_the_value(raw: object) -> None:
    with pytest.raises(ValueError, match="is not a valid date"):
        parse_value(BIRTHDAY, raw, locale="nl")


def test_jalali_to_gregorian() -> None:
    assert jalali_to_gregorian(1403, 1, 1) == date(2024, 3, 20)
    assert jalali_to_gregorian(1403, 1, 15) == date(2024, 4, 3)
    assert jalali_to_gregorian(1402, 12, 29) == date(2024, 3, 19)
    assert jalali_to_gregorian(1403, 12, 30) == date(2025, 3, 20)      # 1403 is a leap year
    assert jalali_to_gregorian(1404, 1, 1) == date(2025, 3, 21)
    assert jalali_to_gregorian(1399, 12, 30) == date(2021, 3, 20)
    assert jalali_to_gregorian(1370, 1, 1) == date(1991, 3, 21)
    assert jalali_to_gregorian(1357, 11, 22) == date(1979, 2, 11)
    assert jalali_to_gregorian(1403, 7, 1) == date(2024, 9, 22)
    assert jalali_to_gregorian(1403, 6, 31) == date(2024, 9, 21)
    for year, month, day in ((1402, 12, 30), (1403, 7, 31), (1403, 13, 1), (1403, 0, 1), (999, 1, 1)):
        with pytest.raises(ValueError, match="Solar Hijri"):
            jalali_to_gregorian(year, month, day)


def test_every_jalali_day_follows_the_one_before() -> None:
    previous = jalali_to_gregorian(1300, 1, 1)
    for year in range(1300, 1450):
        for month in range(1, 13):
            for day in range(1, 32):
                try:
                    current = jalali_to_gregorian(year, month, day)
                except ValueError:
                    continue
                if (year, month, day) != (1300, 1, 1):
                    assert current == previous + timedelta(days=1), (year, month, day)
                previous = current


# --------------------------------------------------------------------------------------------------- numbers

@pytest.mark.parametrize(("raw", "number", "currency"), [
    ("1 234,50 zł", "1234.50", "PLN"),
    ("1\u00a0234,5", "1234.5", None),
    ("1\u202f234\u2009567,89", "1234567.89", None),
    ("$1,234.50", "1234.50", "USD"),
    ("€ 1.234,56", "1234.56", "EUR"),
    ("1.234.567", "1234567", None),
    ("1,234,567.5", "1234567.5", None),
    ("1,234", "1234", None),
    ("1,5", "1.5", None),
    ("12.75", "12.75", None),
    ("0,125", "0.125", None),
    ("3.14159", "3.14159", None),
    ("-12,5", "-12.5", None),
    ("−7", "-7", None),
    ("(1.200,00)", "-1200.00", None),
    ("1'234.5", "1234.5", None),
    ("۱۲٬۳۴۵٫۶", "12345.6", None),
    ("USD 100", "100", "USD"),
    ("1 500 ₽", "1500", "RUB"),
    ("1500 руб.", "1500", "RUB"),
    ("250 000 ﷼", "250000", "IRR"),
    ("100 EUR", "100", "EUR"),
    ("23%", "23", None),
    (42, "42", None),
    (0.1, "0.1", None),
])
def test_numbers(raw: object, number: str, currency: str | None) -> None:
    assert parse_number(raw) == (Decimal(number), currency)
    assert parse_value(FieldSpec("amount", "Amount", "decimal"), raw, locale="nl") == Decimal(number)


@pytest.mark.parametrize("raw", ["12abc", "1.2.3", "1,23,4", "1.234,5,6", "--5", "", "EUR", "1e5x", True,
                                 float("nan")])
def test_wrong_numbers_are_refused(raw: object) -> None:
    if raw == "":
        assert parse_value(FieldSpec("amount", "Amount", "decimal"), raw, locale="en") is None
        return
    with pytest.raises(ValueError, match="is not a number"):
        parse_number(raw)


def test_whole_numbers_and_priorities() -> None:
    spec = _spec("tasks", "duration_min")
    assert parse_value(spec, "90", locale="en") == 90
    assert parse_value(spec, 30.0, locale="en") == 30
    assert parse_value(spec, "1 200", locale="en") == 1200
    with pytest.raises(ValueError, match="is not a whole number"):
        parse_value(spec, "12,5", locale="en")
    priority = _spec("tasks", "priority")
    assert [parse_value(priority, word, locale="en") for word in ("High", "laag", "Średni", "срочно", "عادی")] == [
        2, 0, 1, 2, 1]
    assert parse_value(priority, 2, locale="en") == 2


def test_currencies() -> None:
    spec = _spec("deals", "currency")
    assert [parse_value(spec, raw, locale="en") for raw in ("€", "zł", "PLN", "usd", " ₽ ", "﷼", "ریال", "chf")] == [
        "EUR", "PLN", "PLN", "USD", "RUB", "IRR", "IRR", "CHF"]
    with pytest.raises(ValueError, match="is not a currency"):
        parse_value(spec, "Euros please", locale="en")


# --------------------------------------------------------------------------------------------------- others

@pytest.mark.parametrize(("raw", "expected"), [
    ("yes", True), ("No", False), ("TRUE", True), ("false", False), ("1", True), ("0", False), (1.0, True),
    (0, False), (True, True), ("ja", True), ("Nee", False), ("tak", True), ("NIE", False), ("да", True),
    ("Нет", False), ("بله", True), ("خیر", False), ("x", True), ("Y", True),
])
def test_booleans_in_five_languages(raw: object, expected: bool) -> None:
    assert parse_value(_spec("products", "active"), raw, locale="en") is expected


def test_a_wrong_boolean_is_refused() -> None:
    with pytest.raises(ValueError, match="'maybe' is not yes or no"):
        parse_value(_spec("tasks", "all_day"), "maybe", locale="en")
    with pytest.raises(ValueError, match="not yes or no"):
        parse_value(_spec("tasks", "all_day"), 2, locale="en")


def test_choices() -> None:
    contact_status = _spec("contacts", "status")
    assert [parse_value(contact_status, word, locale="en") for word in
            ("Client", "klant", "Potencjalny", "бывший клиент", "مشتری", "LEAD", "former_client")] == [
        "client", "client", "prospect", "former_client", "client", "lead", "former_client"]
    with pytest.raises(ValueError, match="is not one of: lead, prospect"):
        parse_value(contact_status, "VIP", locale="en")
    with pytest.raises(ValueError, match="not one of"):
        parse_value(contact_status, "won", locale="en")          # a deal's status, not a contact's
    deal_status = _spec("deals", "status")
    assert [parse_value(deal_status, word, locale="en") for word in
            ("Open", "gewonnen", "Przegrana", "Выиграна", "در جریان", "Closed Won", "verloren", "باز")] == [
        "open", "won", "lost", "won", "open", "won", "lost", "open"]
    task_kind = _spec("tasks", "kind")
    assert parse_value(task_kind, "Bellen", locale="nl") == "call"
    assert parse_value(task_kind, "Spotkanie", locale="pl") == "meeting"
    assert parse_value(task_kind, "Site visit", locale="en") == "Site visit"     # users add their own kinds


def test_text_email_and_phone() -> None:
    text = _spec("contacts", "notes")
    assert parse_value(text, "  hello  ", locale="en") == "hello"
    assert parse_value(text, "   ", locale="en") is None
    assert parse_value(text, None, locale="en") is None
    assert parse_value(text, 1234.0, locale="en") == "1234"
    assert parse_value(text, 12.5, locale="en") == "12.5"
    assert parse_value(text, True, locale="en") == "yes"
    assert parse_value(text, date(2024, 1, 2), locale="en") == "2024-01-02"
    email = _spec("contacts", "email")
    assert parse_value(email, " Anna@Example.PL ", locale="en") == "Anna@Example.PL"
    assert parse_value(email, "mailto:anna@example.pl", locale="en") == "anna@example.pl"
    assert parse_value(email, "Anna Nowak <anna@example.pl>", locale="en") == "anna@example.pl"
    for wrong in ("anna", "anna@", "anna@example", "a b@example.pl", "@example.pl"):
        with pytest.raises(ValueError, match="is not a valid email address"):
            parse_value(email, wrong, locale="en")
    phone = _spec("contacts", "phone")
    assert parse_value(phone, "+48 600 123 456", locale="pl") == "+48 600 123 456"
    assert parse_value(phone, 48600123456.0, locale="pl") == "48600123456"
    assert parse_value(phone, "۰۹۱۲ ۳۴۵ ۶۷۸۹", locale="fa") == "0912 345 6789"
    with pytest.raises(ValueError, match="is not a valid phone number"):
        parse_value(phone, "n/a", locale="en")


def test_split_tags_and_names() -> None:
    assert split_tags("vip, partner;  2024 | vip") == ["vip", "partner", "2024"]
    assert split_tags("* myContacts ::: Friends ::: Work") == ["Friends", "Work"]
    assert split_tags("") == []
    assert split_full_name("Anna Maria Nowak") == ("Anna Maria", None, "Nowak")
    assert split_full_name("Nowak, Anna") == ("Anna", None, "Nowak")
    assert split_full_name("Иванов Иван Петрович") == ("Иван", "Петрович", "Иванов")
    assert split_full_name("Cher") == ("Cher", None, "")


# --------------------------------------------------------------------------------------------------- memory

def test_a_confirmed_mapping_is_remembered_for_the_same_headers(db: Database) -> None:
    headers = ["Naam", "E-mail", "Klantnummer"]
    assert remembered(db, "contacts", headers) is None
    remember(db, "contacts", headers, {0: "full_name", 1: "email", 2: "custom:3"})
    assert remembered(db, "contacts", headers) == {0: "full_name", 1: "email", 2: "custom:3"}
    # Spelling that folds alike is the same file layout; another order or kind is not.
    assert remembered(db, "contacts", ["naam", "E-MAIL", "Klantnummer "]) == {0: "full_name", 1: "email",
                                                                               2: "custom:3"}
    assert remembered(db, "contacts", ["E-mail", "Naam", "Klantnummer"]) is None
    assert remembered(db, "contacts", ["Naam", "E-mail 2", "Klantnummer"]) is None
    assert remembered(db, "companies", headers) is None
    remember(db, "contacts", headers, {0: "first_name", 1: "email", 2: ""})
    assert remembered(db, "contacts", headers) == {0: "first_name", 1: "email", 2: ""}


def test_a_stored_mapping_with_unknown_fields_keeps_only_the_valid_ones(db: Database) -> None:
    headers = ["A", "B", "C"]
    remember(db, "contacts", headers, {0: "email", 1: "no_such_field", 2: "custom:x", 5: "phone"})
    assert remembered(db, "contacts", headers) == {0: "email", 1: "", 2: ""}
