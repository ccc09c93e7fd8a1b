"""Realistic demo data: companies, people, deals, tasks and activities in five languages, the same for the same seed.

Everything is written in one transaction with Core bulk inserts, in chunks of contacts: a cancelled or failed run
leaves the database as it was, and a million contacts never sit in memory at once. Each chunk's people and
companies enter the search index in that transaction too. Rows are built as the values
SQLite stores (ISO text for times, 0/1 for booleans), so the insert does no per-value conversion; other databases
get the values converted back to Python types first. Dates are relative to today; everything else, including the
UUIDs, follows from the seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, MetaData, Table, func, insert, null, select
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from crm_desktop.db import postgres, search_index
from crm_desktop.db.database import Database
from crm_desktop.errors import ValidationError
from crm_desktop.models import (
    Activity,
    Base,
    Campaign,
    Company,
    ContactChannel,
    Deal,
    DealLine,
    DealStageHistory,
    LeadSource,
    LossReason,
    Person,
    Pipeline,
    Product,
    Stage,
    Tag,
    Task,
    TaskReminder,
    User,
    company_tags,
    person_tags,
    utcnow,
)
from crm_desktop.services.defaults import ensure_defaults
from crm_desktop.services.progress import NO_PROGRESS, Progress

Row = dict[str, Any]

CHUNK_CONTACTS = 20_000  # contacts generated and inserted per step: ~10-50k rows per table and batch
HISTORY_DAYS = 548  # the past 18 months
FUTURE_DAYS = 120
WORK_START_MIN = 8 * 60  # activities happen on working days between 08:00 and 19:00
WORK_LEN_MIN = 11 * 60


@dataclass(frozen=True)
class DemoCounts:
    """How many records of each kind generate_demo() added."""

    companies: int
    contacts: int
    deals: int
    products: int
    tasks: int
    activities: int


# --------------------------------------------------------------------------------------------------------------
# Names, places and companies of the five locales. Latin spellings feed e-mail addresses and web domains.

_CYRILLIC_LATIN = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
     "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"],
    strict=True,
))
_LATIN_ASCII = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻéëïöüáàèí", "acelnoszzACELNOSZZeeiouaaei")
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def _ascii(text: str) -> str:
    """Lower-case ASCII spelling of a name, for e-mail addresses and domains."""
    text = text.lower()
    if any("а" <= ch <= "я" or ch == "ё" for ch in text):
        text = "".join(_CYRILLIC_LATIN.get(ch, ch) for ch in text)
    return "".join(ch for ch in text.translate(_LATIN_ASCII) if ch.isascii() and (ch.isalnum() or ch == "-"))


@dataclass(frozen=True)
class _City:
    name: str
    country: str
    area_code: str
    streets: tuple[str, ...]


@dataclass(frozen=True)
class _LocaleData:
    """The raw lists of one locale; names are (native, latin) where the script is not Latin."""

    male: tuple[tuple[str, str], ...]
    female: tuple[tuple[str, str], ...]
    last: tuple[tuple[str, str], ...]  # male form
    cities: tuple[_City, ...]
    company_roots: tuple[tuple[str, str], ...]
    industry_words: tuple[str, ...]  # one per industry code, same order as _INDUSTRY_CODES
    legal_forms: tuple[str, ...]
    free_mail: tuple[str, ...]
    mobile_codes: tuple[str, ...]
    positions: tuple[str, ...]  # one per role of _ROLES
    patronymics: tuple[tuple[str, str], ...] = ()  # (male, female) forms; Russian only


def _same(*names: str) -> tuple[tuple[str, str], ...]:
    return tuple((n, _ascii(n)) for n in names)


# Stored as the cards store a suggested role: its English name, shown translated.
_ROLES = ("director", "chief accountant", "sales manager", "secretary", "lawyer", "purchasing manager",
          "it manager", "engineer")
_INDUSTRY_CODES = ("logistics", "consulting", "it", "construction", "trade", "healthcare", "energy", "food",
                   "manufacturing", "finance")

_GB_STREETS = ("High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "King Street",
               "Queen's Road", "Mill Lane", "London Road", "Green Lane")
_US_STREETS = ("Main Street", "Oak Street", "Maple Avenue", "Elm Street", "Washington Street", "Lake Street",
               "Cedar Lane", "Pine Street", "Broadway", "Sunset Boulevard")
_NL_STREETS = ("Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Schoolstraat", "Keizersgracht",
               "Prinsengracht", "Nieuwstraat", "Julianastraat", "Beatrixlaan", "Wilhelminastraat", "Marktplein")
_PL_STREETS = ("ul. Marszałkowska", "ul. Mickiewicza", "ul. Słowackiego", "ul. Kościuszki", "ul. Piłsudskiego",
               "ul. Długa", "ul. Źródlana", "ul. Ogrodowa", "ul. Leśna", "ul. Świętokrzyska", "ul. Żeromskiego",
               "ul. Wąska", "ul. Pańska")
_RU_STREETS = ("ул. Садовая", "ул. Советская", "пр-т Мира", "Тверская ул.", "ул. Гагарина", "ул. Пушкина",
               "Ленинский пр-т", "ул. Лесная", "ул. Школьная", "Невский пр-т", "ул. Молодёжная", "Набережная ул.")
_FA_STREETS = ("خیابان ولیعصر", "خیابان انقلاب", "خیابان آزادی", "بلوار کشاورز", "خیابان شریعتی", "خیابان فردوسی",
               "خیابان حافظ", "بلوار میرداماد", "خیابان سعدی", "کوچه بهار", "بلوار ارم")

_LOCALES: dict[str, _LocaleData] = {
    "en": _LocaleData(
        male=_same("James", "John", "Robert", "Michael", "William", "David", "Richard", "Thomas", "Daniel",
                   "Matthew", "Andrew", "Christopher", "George", "Edward", "Oliver", "Henry", "Samuel", "Benjamin",
                   "Peter", "Mark"),
        female=_same("Mary", "Elizabeth", "Sarah", "Emma", "Olivia", "Charlotte", "Emily", "Jessica", "Hannah",
                     "Sophie", "Grace", "Laura", "Rachel", "Lucy", "Anna", "Catherine", "Amelia", "Megan",
                     "Rebecca", "Victoria"),
        last=_same("Smith", "Johnson", "Williams", "Brown", "Jones", "Taylor", "Davies", "Wilson", "Evans",
                   "Thomas", "Roberts", "Walker", "Wright", "Thompson", "White", "Hughes", "Edwards", "Green",
                   "Hall", "Wood", "Harris", "Clarke", "Jackson", "Turner", "Hill", "Moore", "Cooper", "Ward",
                   "Baker", "Mitchell"),
        cities=(
            _City("London", "GB", "20", _GB_STREETS), _City("Manchester", "GB", "161", _GB_STREETS),
            _City("Birmingham", "GB", "121", _GB_STREETS), _City("Leeds", "GB", "113", _GB_STREETS),
            _City("Glasgow", "GB", "141", _GB_STREETS), _City("Bristol", "GB", "117", _GB_STREETS),
            _City("Edinburgh", "GB", "131", _GB_STREETS), _City("New York", "US", "212", _US_STREETS),
            _City("Chicago", "US", "312", _US_STREETS), _City("Boston", "US", "617", _US_STREETS),
            _City("San Francisco", "US", "415", _US_STREETS), _City("Seattle", "US", "206", _US_STREETS),
            _City("Austin", "US", "512", _US_STREETS),
        ),
        company_roots=_same("Northwind", "Bluestone", "Redwood", "Silverline", "Oakridge", "Brightwater", "Summit",
                            "Harbor", "Ironbridge", "Greenfield", "Westbrook", "Kingsley", "Riverside", "Lakeview",
                            "Crestwood", "Pinnacle", "Beacon", "Sterling", "Highland", "Meridian"),
        industry_words=("Logistics", "Consulting", "Software", "Construction", "Trading", "Healthcare", "Energy",
                        "Foods", "Manufacturing", "Capital"),
        legal_forms=("Ltd", "LLC", "Inc.", "PLC", "Group"),
        free_mail=("mail.example", "post.example", "inbox.example"),
        mobile_codes=("7700", "7911", "7802", "7456"),
        positions=("Managing Director", "Chief Accountant", "Sales Manager", "Secretary", "Legal Counsel",
                   "Purchasing Manager", "IT Manager", "Engineer"),
    ),
    "nl": _LocaleData(
        male=_same("Jan", "Pieter", "Willem", "Hendrik", "Johannes", "Cornelis", "Daan", "Sem", "Lucas", "Bram",
                   "Thijs", "Jeroen", "Maarten", "Sander", "Ruben", "Joost", "Koen", "Bas", "Niels", "Stijn"),
        female=_same("Anna", "Maria", "Sophie", "Emma", "Julia", "Lotte", "Sanne", "Femke", "Eva", "Anouk",
                     "Lieke", "Fleur", "Iris", "Marieke", "Ingrid", "Noor", "Sara", "Esther", "Linda", "Annelies"),
        last=_same("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
                   "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
                   "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer",
                   "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen"),
        cities=tuple(_City(n, "NL", c, _NL_STREETS) for n, c in (
            ("Amsterdam", "20"), ("Rotterdam", "10"), ("Den Haag", "70"), ("Utrecht", "30"), ("Eindhoven", "40"),
            ("Groningen", "50"), ("Tilburg", "13"), ("Almere", "36"), ("Breda", "76"), ("Nijmegen", "24"),
            ("Haarlem", "23"), ("Leiden", "71"), ("Maastricht", "43"), ("Zwolle", "38"))),
        company_roots=_same("Van Dijk", "De Vries", "Bakker", "Jansen", "Visser", "Smit", "Meijer", "Mulder",
                            "Hendriks", "Dekker", "Brouwer", "Oranje", "Noordzee", "Delta", "Polder", "Tulp",
                            "Zeeland", "Hollandia", "Rijnmond", "Veluwe"),
        industry_words=("Logistiek", "Advies", "Software", "Bouw", "Handel", "Zorg", "Energie", "Voeding",
                        "Techniek", "Financiën"),
        legal_forms=("B.V.", "B.V.", "N.V.", "V.O.F."),
        free_mail=("mail.example", "post.example", "inbox.example"),
        mobile_codes=("6",),
        positions=("Directeur", "Hoofd financiële administratie", "Accountmanager", "Secretaresse", "Jurist",
                   "Inkoper", "IT-manager", "Ingenieur"),
    ),
    "pl": _LocaleData(
        male=_same("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał", "Marcin", "Jakub", "Łukasz",
                   "Grzegorz", "Mateusz", "Wojciech", "Rafał", "Kamil", "Maciej", "Dawid", "Bartłomiej",
                   "Sławomir", "Przemysław", "Józef"),
        female=_same("Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Magdalena", "Joanna",
                     "Aleksandra", "Monika", "Zofia", "Dorota", "Beata", "Żaneta", "Jolanta", "Urszula", "Elżbieta",
                     "Grażyna", "Bożena", "Justyna"),
        last=_same("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
                   "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
                   "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Pawłowski", "Michalski", "Król",
                   "Wieczorek", "Jabłoński", "Wróbel", "Majewski", "Stępień", "Górski", "Sikora", "Maćkowiak",
                   "Zając", "Błaszczyk", "Żak", "Ostrowski", "Duda"),
        cities=tuple(_City(n, "PL", c, _PL_STREETS) for n, c in (
            ("Warszawa", "22"), ("Kraków", "12"), ("Łódź", "42"), ("Wrocław", "71"), ("Poznań", "61"),
            ("Gdańsk", "58"), ("Szczecin", "91"), ("Bydgoszcz", "52"), ("Lublin", "81"), ("Białystok", "85"),
            ("Katowice", "32"), ("Częstochowa", "34"), ("Rzeszów", "17"), ("Toruń", "56"))),
        company_roots=_same("Kowalski", "Nowak", "Wiśniewski", "Mazur", "Wisła", "Bałtyk", "Tatry", "Żuraw",
                            "Sokół", "Mazowsze", "Śląsk", "Orzeł", "Pięć Rzek", "Jantar", "Dąb", "Gród", "Wawel",
                            "Podhale", "Kujawy", "Mazury"),
        industry_words=("Logistyka", "Doradztwo", "Oprogramowanie", "Budownictwo", "Handel", "Medyk", "Energia",
                        "Żywność", "Produkcja", "Finanse"),
        legal_forms=("Sp. z o.o.", "Sp. z o.o.", "S.A.", "Sp. j."),
        free_mail=("mail.example", "poczta.example", "inbox.example"),
        mobile_codes=("501", "601", "602", "691", "721", "781", "503", "885"),
        positions=("Prezes zarządu", "Główny księgowy", "Kierownik sprzedaży", "Asystentka zarządu", "Prawnik",
                   "Kierownik zakupów", "Kierownik IT", "Inżynier"),
    ),
    "ru": _LocaleData(
        male=_same("Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим", "Евгений", "Иван", "Михаил",
                   "Николай", "Владимир", "Павел", "Артём", "Игорь", "Олег", "Роман", "Юрий", "Виктор",
                   "Константин", "Василий"),
        female=_same("Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Анна", "Мария", "Светлана", "Екатерина",
                     "Юлия", "Анастасия", "Марина", "Ксения", "Дарья", "Галина", "Людмила", "Вера", "Надежда",
                     "Полина", "Валентина"),
        last=_same("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов",
                   "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов",
                   "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев",
                   "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Кузьмин", "Фролов",
                   "Белов", "Тарасов", "Комаров", "Жуков", "Виноградов", "Покровский", "Малиновский"),
        cities=tuple(_City(n, "RU", c, _RU_STREETS) for n, c in (
            ("Москва", "495"), ("Санкт-Петербург", "812"), ("Новосибирск", "383"), ("Екатеринбург", "343"),
            ("Казань", "843"), ("Нижний Новгород", "831"), ("Челябинск", "351"), ("Самара", "846"),
            ("Ростов-на-Дону", "863"), ("Уфа", "347"), ("Краснодар", "861"), ("Пермь", "342"), ("Воронеж", "473"),
            ("Красноярск", "391"))),
        company_roots=_same("Альфа", "Вектор", "Гранит", "Сибирь", "Волга", "Орион", "Меридиан", "Север",
                            "Феникс", "Континент", "Прогресс", "Атлант", "Байкал", "Урал", "Ладога", "Заря",
                            "Восток", "Титан", "Горизонт", "Авангард"),
        industry_words=("Логистик", "Консалт", "Софт", "Строй", "Трейд", "Мед", "Энерго", "Продукт", "Пром",
                        "Финанс"),
        legal_forms=("ООО", "ООО", "ООО", "АО", "ПАО"),
        free_mail=("mail.example", "pochta.example", "inbox.example"),
        mobile_codes=("903", "905", "910", "915", "916", "925", "926", "977", "985"),
        positions=("Генеральный директор", "Главный бухгалтер", "Менеджер по продажам", "Секретарь", "Юрист",
                   "Менеджер по закупкам", "ИТ-директор", "Инженер"),
        patronymics=(("Александрович", "Александровна"), ("Сергеевич", "Сергеевна"), ("Дмитриевич", "Дмитриевна"),
                     ("Андреевич", "Андреевна"), ("Алексеевич", "Алексеевна"), ("Иванович", "Ивановна"),
                     ("Михайлович", "Михайловна"), ("Николаевич", "Николаевна"), ("Владимирович", "Владимировна"),
                     ("Павлович", "Павловна"), ("Игоревич", "Игоревна"), ("Олегович", "Олеговна"),
                     ("Юрьевич", "Юрьевна"), ("Викторович", "Викторовна"), ("Петрович", "Петровна"),
                     ("Васильевич", "Васильевна"), ("Геннадьевич", "Геннадьевна"), ("Борисович", "Борисовна")),
    ),
    "fa": _LocaleData(
        male=(("محمد", "mohammad"), ("علی", "ali"), ("حسین", "hossein"), ("رضا", "reza"), ("مهدی", "mahdi"),
              ("امیر", "amir"), ("حمید", "hamid"), ("سعید", "saeed"), ("مجید", "majid"), ("بهرام", "bahram"),
              ("داریوش", "dariush"), ("کامران", "kamran"), ("فرهاد", "farhad"), ("پویا", "pouya"),
              ("آرش", "arash"), ("سینا", "sina"), ("نیما", "nima"), ("بابک", "babak"), ("کیوان", "keyvan"),
              ("مسعود", "masoud")),
        female=(("فاطمه", "fatemeh"), ("زهرا", "zahra"), ("مریم", "maryam"), ("سارا", "sara"), ("نرگس", "narges"),
                ("لیلا", "leila"), ("شیرین", "shirin"), ("مهسا", "mahsa"), ("نازنین", "nazanin"),
                ("پریسا", "parisa"), ("الهام", "elham"), ("سمیرا", "samira"), ("آزاده", "azadeh"), ("رویا", "roya"),
                ("نسرین", "nasrin"), ("ستاره", "setareh"), ("یاسمن", "yasaman"), ("مینا", "mina"),
                ("هانیه", "hanieh"), ("گلناز", "golnaz")),
        last=(("محمدی", "mohammadi"), ("حسینی", "hosseini"), ("احمدی", "ahmadi"), ("رضایی", "rezaei"),
              ("موسوی", "mousavi"), ("کریمی", "karimi"), ("جعفری", "jafari"), ("رحیمی", "rahimi"),
              ("صادقی", "sadeghi"), ("کاظمی", "kazemi"), ("حیدری", "heydari"), ("نوری", "nouri"),
              ("قاسمی", "ghasemi"), ("اکبری", "akbari"), ("شریفی", "sharifi"), ("طاهری", "taheri"),
              ("زارعی", "zarei"), ("فرهادی", "farhadi"), ("تهرانی", "tehrani"), ("اصفهانی", "esfahani"),
              ("شیرازی", "shirazi"), ("کرمانی", "kermani"), ("نجفی", "najafi"), ("یزدانی", "yazdani"),
              ("بهرامی", "bahrami"), ("سلطانی", "soltani"), ("عباسی", "abbasi"), ("مرادی", "moradi"),
              ("پاکزاد", "pakzad"), ("امینی", "amini")),
        cities=tuple(_City(n, "IR", c, _FA_STREETS) for n, c in (
            ("تهران", "21"), ("مشهد", "51"), ("اصفهان", "31"), ("شیراز", "71"), ("تبریز", "41"), ("کرج", "26"),
            ("قم", "25"), ("اهواز", "61"), ("رشت", "13"), ("کرمان", "34"), ("یزد", "35"), ("همدان", "81"))),
        company_roots=(("پارس", "pars"), ("البرز", "alborz"), ("آریا", "arya"), ("سپاهان", "sepahan"),
                       ("کیمیا", "kimia"), ("مهر", "mehr"), ("نوین", "novin"), ("پیشرو", "pishro"),
                       ("آسمان", "aseman"), ("خلیج فارس", "khalij-fars"), ("دماوند", "damavand"),
                       ("کوروش", "kourosh"), ("زاگرس", "zagros"), ("سپید", "sepid"), ("ایرانیان", "iranian"),
                       ("آفتاب", "aftab"), ("ستاره", "setareh"), ("پرشیا", "persia"), ("تابان", "taban"),
                       ("رایان", "rayan")),
        industry_words=("ترابر", "مشاور", "فناوری", "سازه", "تجارت", "سلامت", "انرژی", "غذا", "صنعت", "سرمایه"),
        legal_forms=("سهامی خاص", "سهامی خاص", "سهامی عام", "با مسئولیت محدود"),
        free_mail=("mail.example", "post.example", "inbox.example"),
        mobile_codes=("912", "919", "935", "936", "901", "921"),
        positions=("مدیرعامل", "حسابدار ارشد", "مدیر فروش", "منشی", "مشاور حقوقی", "مدیر خرید",
                   "مدیر فناوری اطلاعات", "مهندس"),
    ),
}
_FA_INDUSTRY_LATIN = ("tarabar", "moshaver", "fanavari", "sazeh", "tejarat", "salamat", "energy", "ghaza", "sanat",
                      "sarmayeh")
_TLD = {"GB": "co.uk.example", "US": "example", "NL": "nl.example", "PL": "pl.example", "RU": "ru.example",
        "IR": "ir.example"}


def _female_last(locale: str, last: str) -> str:
    """The female form of a surname where the language has one."""
    if locale == "ru":
        if last.endswith("ский"):
            return last[:-2] + "ая"
        if last.endswith(("ов", "ев", "ёв", "ин")):
            return last + "а"
    if locale == "pl":
        for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if last.endswith(male):
                return last[: -len(male)] + female
    return last


def _phone(locale: str, country: str, code: str, n: int) -> tuple[str, str]:
    """A phone number written the way the country writes it, and its digits with the country code."""
    if locale == "ru":
        d = f"{n % 10_000_000:07d}"
        return f"+7 ({code}) {d[:3]}-{d[3:5]}-{d[5:]}", f"7{code}{d}"
    if locale == "nl":
        if code == "6":
            d = f"{n % 100_000_000:08d}"
            return f"+31 6 {d[:4]} {d[4:]}", f"316{d}"
        d = f"{n % 10_000_000:07d}"
        return f"+31 {code} {d[:3]} {d[3:]}", f"31{code}{d}"
    if locale == "pl":
        if len(code) == 3:
            d = f"{n % 1_000_000:06d}"
            return f"+48 {code} {d[:3]} {d[3:]}", f"48{code}{d}"
        d = f"{n % 10_000_000:07d}"
        return f"+48 {code} {d[:3]} {d[3:5]} {d[5:]}", f"48{code}{d}"
    if locale == "fa":
        if len(code) == 3:
            d = f"{n % 10_000_000:07d}"
            return f"+98 {code} {d[:3]} {d[3:]}", f"98{code}{d}"
        d = f"{n % 100_000_000:08d}"
        return f"+98 {code} {d[:4]} {d[4:]}", f"98{code}{d}"
    if country == "US":
        d = f"{n % 10_000:04d}"
        return f"+1 ({code}) 555-{d}", f"1{code}555{d}"
    if len(code) == 4:  # UK mobile
        d = f"{n % 1_000_000:06d}"
        return f"+44 {code} {d}", f"44{code}{d}"
    if len(code) == 2:
        d = f"{n % 100_000_000:08d}"
        return f"+44 {code} {d[:4]} {d[4:]}", f"44{code}{d}"
    d = f"{n % 10_000_000:07d}"
    return f"+44 {code} {d[:3]} {d[3:]}", f"44{code}{d}"


def _address(locale: str, street: str, number: int, flat: int) -> str:
    if locale == "ru":
        return f"{street}, д. {number}" + (f", кв. {flat}" if flat else "")
    if locale == "pl":
        return f"{street} {number}" + (f"/{flat}" if flat else "")
    if locale == "fa":
        text = f"{street}، پلاک {number}" + (f"، واحد {flat}" if flat else "")
        return text.translate(_PERSIAN_DIGITS)
    if locale == "nl":
        return f"{street} {number}" + (f"-{flat}" if flat else "")
    return (f"Flat {flat}, " if flat else "") + f"{number} {street}"


# --------------------------------------------------------------------------------------------------------------
# Texts the user of the CRM writes: in the language of the database.

@dataclass(frozen=True)
class _Texts:
    """Everything the demo writes in the user's own language."""

    industries: tuple[str, ...]  # one per _INDUSTRY_CODES
    deal_phrases: tuple[str, ...]
    call_subjects: tuple[str, ...]
    meeting_subjects: tuple[str, ...]
    email_subjects: tuple[str, ...]
    note_subjects: tuple[str, ...]
    bodies: tuple[str, ...]
    call_outcomes: tuple[str, ...]
    task_titles: tuple[tuple[str, str], ...]  # (kind, title)
    task_results: tuple[str, ...]
    loss_notes: tuple[str, ...]
    person_notes: tuple[str, ...]
    campaigns: tuple[str, ...]  # name; the lead source is the default list's index in _CAMPAIGN_SOURCES
    tags: tuple[str, ...]
    items: tuple[str, ...]  # one per _ITEMS
    grades: tuple[str, str, str]
    units: dict[str, str]
    users: tuple[tuple[str, str], ...]  # (full name, login)
    currency: str


_CAMPAIGN_SOURCES = (0, 3, 4, 0, 1)  # website, exhibition, advertising, website, referral
_TAG_COLORS = ("#d9534f", "#5cb85c", "#5bc0de", "#f0ad4e", "#9b59b6", "#34495e")
# (SKU prefix, unit, base price in EUR, typical quantities)
_ITEMS: tuple[tuple[str, str, int, tuple[int, ...]], ...] = (
    ("CHR", "pcs", 180, (2, 5, 10, 20, 40)),
    ("DSK", "pcs", 320, (1, 2, 5, 10, 20)),
    ("LAP", "pcs", 1100, (1, 2, 3, 5, 10)),
    ("MON", "pcs", 260, (1, 2, 5, 10, 20)),
    ("PRN", "pcs", 390, (1, 1, 2, 3)),
    ("INS", "hour", 65, (4, 8, 16, 24, 40)),
    ("SRV", "year", 1200, (1, 1, 2, 3)),
    ("TRN", "day", 850, (1, 2, 3, 5)),
    ("CNS", "hour", 120, (8, 16, 24, 40, 80)),
    ("LIC", "pcs", 240, (5, 10, 25, 50, 100)),
)
# The items of _ITEMS that each deal phrase of _Texts is about: a won deal sells what its title says.
_DEAL_THEMES = ((0, 1), (2, 3, 4), (6,), (7,), (9,), (8,), (4,), (5,))
_GRADE_FACTORS = (0.8, 1.0, 1.5)
_DEFAULT_QUANTITIES = (1, 2, 3, 5, 10)
# id, name, unit, price in cents, VAT %, typical quantities
_Product = tuple[int, str, str, int, int, tuple[int, ...]]
_CURRENCY = {"EUR": (1.0, 5), "USD": (1.1, 5), "PLN": (4.3, 10), "RUB": (95.0, 100), "IRR": (600_000.0, 100_000)}
_VAT = {"en": 20, "nl": 21, "pl": 23, "ru": 20, "fa": 10}

_TEXTS: dict[str, _Texts] = {
    "en": _Texts(
        industries=("Logistics", "Consulting", "IT", "Construction", "Wholesale", "Healthcare", "Energy",
                    "Food & beverages", "Manufacturing", "Finance"),
        deal_phrases=("Office furniture", "IT equipment", "Annual service contract", "Staff training",
                      "Software licences", "Consulting project", "Printer fleet", "Network installation"),
        call_subjects=("Introductory call", "Follow-up call", "Clarified requirements", "Call about the offer"),
        meeting_subjects=("Meeting at the client's office", "Product demo", "Negotiation meeting",
                          "Kick-off meeting"),
        email_subjects=("Sent the commercial offer", "Sent the price list", "Sent the draft contract",
                        "Answered questions by e-mail"),
        note_subjects=("Note", "Decision maker identified", "Budget confirmed", "Competitor involved"),
        bodies=("The client asked for a discount on a larger volume.", "Agreed to send an updated offer by Friday.",
                "The director will decide next week.", "Interested in delivery within a month.",
                "Prefers to pay in two instalments.", "Needs approval from the head office."),
        call_outcomes=("Reached", "No answer", "Asked to call back", "Left a voicemail"),
        task_titles=(("call", "Call back"), ("call", "Call about the offer"), ("call", "Confirm the delivery date"),
                     ("meeting", "Meeting with the client"), ("meeting", "Product presentation"),
                     ("email", "Send the offer"), ("email", "Send the contract"), ("email", "Send the invoice"),
                     ("todo", "Prepare the commercial offer"), ("todo", "Check the payment")),
        task_results=("Done, the client is interested", "Offer sent", "Client postponed the decision",
                      "Agreed on the next meeting"),
        loss_notes=("Chose a cheaper supplier.", "Project postponed until next year.", "Stopped answering."),
        person_notes=("Prefers e-mail to phone calls.", "Speaks at conferences; good contact for referrals.",
                      "Call after 11:00."),
        campaigns=("Spring newsletter", "Trade fair", "Search advertising", "Webinar series", "Referral programme"),
        tags=("VIP", "Partner", "Newsletter", "Wholesale", "Key account", "Do not call"),
        items=("Office chair", "Office desk", "Laptop", "27\" monitor", "Laser printer", "Installation work",
               "Maintenance contract", "Staff training", "Consulting", "Software licence"),
        grades=("Basic", "Standard", "Premium"),
        units={"pcs": "pcs", "hour": "h", "day": "day", "year": "year"},
        users=(("Emily Carter", "emily.carter"), ("James Wilson", "james.wilson"), ("Olivia Bennett", "olivia.bennett"),
               ("Daniel Hughes", "daniel.hughes"), ("Sophie Turner", "sophie.turner"), ("Thomas Reed", "thomas.reed")),
        currency="USD",
    ),
    "nl": _Texts(
        industries=("Logistiek", "Advies", "IT", "Bouw", "Groothandel", "Zorg", "Energie", "Voeding",
                    "Productie", "Financiën"),
        deal_phrases=("Kantoormeubilair", "IT-apparatuur", "Jaarlijks onderhoudscontract", "Training personeel",
                      "Softwarelicenties", "Adviestraject", "Printerpark", "Netwerkinstallatie"),
        call_subjects=("Kennismakingsgesprek", "Opvolgend telefoongesprek", "Wensen doorgenomen",
                       "Gebeld over de offerte"),
        meeting_subjects=("Afspraak bij de klant", "Productdemo", "Onderhandelingsgesprek", "Startoverleg"),
        email_subjects=("Offerte verstuurd", "Prijslijst verstuurd", "Conceptcontract verstuurd",
                        "Vragen per e-mail beantwoord"),
        note_subjects=("Notitie", "Beslisser bekend", "Budget bevestigd", "Concurrent in beeld"),
        bodies=("De klant vraagt korting bij een grotere afname.",
                "Afgesproken om vrijdag een nieuwe offerte te sturen.", "De directeur beslist volgende week.",
                "Wil binnen een maand geleverd krijgen.",
                "Betaalt liever in twee termijnen.", "Heeft goedkeuring van het hoofdkantoor nodig."),
        call_outcomes=("Bereikt", "Geen gehoor", "Terugbellen gevraagd", "Voicemail ingesproken"),
        task_titles=(("call", "Terugbellen"), ("call", "Bellen over de offerte"), ("call", "Leverdatum bevestigen"),
                     ("meeting", "Afspraak met de klant"), ("meeting", "Productpresentatie"),
                     ("email", "Offerte sturen"), ("email", "Contract sturen"), ("email", "Factuur sturen"),
                     ("todo", "Offerte voorbereiden"), ("todo", "Betaling controleren")),
        task_results=("Gedaan, de klant is geïnteresseerd", "Offerte verstuurd", "Klant stelt de beslissing uit",
                      "Vervolgafspraak gemaakt"),
        loss_notes=("Koos een goedkopere leverancier.", "Project uitgesteld tot volgend jaar.",
                    "Reageert niet meer."),
        person_notes=("Liever e-mail dan telefoon.", "Spreekt op congressen; goed voor doorverwijzingen.",
                      "Bellen na 11:00."),
        campaigns=("Voorjaarsnieuwsbrief", "Vakbeurs", "Zoekmachine-advertenties", "Webinarreeks",
                   "Doorverwijsprogramma"),
        tags=("VIP", "Partner", "Nieuwsbrief", "Groothandel", "Sleutelklant", "Niet bellen"),
        items=("Bureaustoel", "Bureau", "Laptop", "Monitor 27\"", "Laserprinter", "Installatiewerk",
               "Onderhoudscontract", "Training personeel", "Advies", "Softwarelicentie"),
        grades=("Basis", "Standaard", "Premium"),
        units={"pcs": "st.", "hour": "uur", "day": "dag", "year": "jaar"},
        users=(("Sanne de Vries", "sanne.devries"), ("Jeroen Bakker", "jeroen.bakker"),
               ("Lotte Visser", "lotte.visser"), ("Maarten Smit", "maarten.smit"), ("Femke Mulder", "femke.mulder"),
               ("Bas Dekker", "bas.dekker")),
        currency="EUR",
    ),
    "pl": _Texts(
        industries=("Logistyka", "Doradztwo", "IT", "Budownictwo", "Hurtownia", "Ochrona zdrowia", "Energetyka",
                    "Spożywcza", "Produkcja", "Finanse"),
        deal_phrases=("Meble biurowe", "Sprzęt IT", "Roczna umowa serwisowa", "Szkolenie pracowników",
                      "Licencje oprogramowania", "Projekt doradczy", "Flota drukarek", "Instalacja sieci"),
        call_subjects=("Rozmowa wstępna", "Telefon kontrolny", "Doprecyzowanie wymagań", "Telefon w sprawie oferty"),
        meeting_subjects=("Spotkanie w biurze klienta", "Prezentacja produktu", "Negocjacje", "Spotkanie otwierające"),
        email_subjects=("Wysłano ofertę handlową", "Wysłano cennik", "Wysłano projekt umowy",
                        "Odpowiedź na pytania e-mailem"),
        note_subjects=("Notatka", "Znamy decydenta", "Budżet potwierdzony", "W grze jest konkurencja"),
        bodies=("Klient prosi o rabat przy większym zamówieniu.", "Uzgodniono wysłanie nowej oferty do piątku.",
                "Prezes zdecyduje w przyszłym tygodniu.", "Zależy mu na dostawie w ciągu miesiąca.",
                "Woli zapłacić w dwóch ratach.", "Potrzebna zgoda centrali."),
        call_outcomes=("Rozmowa odbyta", "Nie odbiera", "Prosi o kontakt później", "Zostawiono wiadomość"),
        task_titles=(("call", "Oddzwonić"), ("call", "Zadzwonić w sprawie oferty"),
                     ("call", "Potwierdzić termin dostawy"),
                     ("meeting", "Spotkanie z klientem"), ("meeting", "Prezentacja produktu"),
                     ("email", "Wysłać ofertę"), ("email", "Wysłać umowę"), ("email", "Wysłać fakturę"),
                     ("todo", "Przygotować ofertę handlową"), ("todo", "Sprawdzić płatność")),
        task_results=("Zrobione, klient jest zainteresowany", "Oferta wysłana", "Klient odłożył decyzję",
                      "Umówiono kolejne spotkanie"),
        loss_notes=("Wybrali tańszego dostawcę.", "Projekt przesunięty na przyszły rok.", "Przestali odpowiadać."),
        person_notes=("Woli e-mail niż telefon.", "Występuje na konferencjach; dobre źródło poleceń.",
                      "Dzwonić po 11:00."),
        campaigns=("Wiosenny newsletter", "Targi branżowe", "Reklama w wyszukiwarce", "Cykl webinarów",
                   "Program poleceń"),
        tags=("VIP", "Partner", "Newsletter", "Hurt", "Kluczowy klient", "Nie dzwonić"),
        items=("Krzesło biurowe", "Biurko", "Laptop", "Monitor 27\"", "Drukarka laserowa", "Prace instalacyjne",
               "Umowa serwisowa", "Szkolenie pracowników", "Doradztwo", "Licencja oprogramowania"),
        grades=("Podstawowy", "Standard", "Premium"),
        units={"pcs": "szt.", "hour": "godz.", "day": "dzień", "year": "rok"},
        users=(("Anna Wiśniewska", "anna.wisniewska"), ("Piotr Zieliński", "piotr.zielinski"),
               ("Katarzyna Wójcik", "katarzyna.wojcik"), ("Tomasz Kamiński", "tomasz.kaminski"),
               ("Magdalena Lewandowska", "magdalena.lewandowska"), ("Łukasz Dąbrowski", "lukasz.dabrowski")),
        currency="PLN",
    ),
    "ru": _Texts(
        industries=("Логистика", "Консалтинг", "ИТ", "Строительство", "Оптовая торговля", "Медицина", "Энергетика",
                    "Пищевая промышленность", "Производство", "Финансы"),
        deal_phrases=("Офисная мебель", "ИТ-оборудование", "Годовой договор обслуживания", "Обучение персонала",
                      "Лицензии на ПО", "Консалтинговый проект", "Парк принтеров", "Монтаж сети"),
        call_subjects=("Первый звонок", "Повторный звонок", "Уточнили потребность", "Звонок по КП"),
        meeting_subjects=("Встреча в офисе клиента", "Демонстрация продукта", "Переговоры", "Установочная встреча"),
        email_subjects=("Отправлено КП", "Отправлен прайс-лист", "Отправлен проект договора",
                        "Ответили на вопросы по почте"),
        note_subjects=("Заметка", "Известно ЛПР", "Бюджет подтверждён", "Есть конкурент"),
        bodies=("Клиент просит скидку при большем объёме.", "Договорились прислать новое КП до пятницы.",
                "Директор примет решение на следующей неделе.", "Нужна поставка в течение месяца.",
                "Хочет оплатить двумя платежами.", "Нужно согласование с головным офисом."),
        call_outcomes=("Дозвонились", "Не берёт трубку", "Просили перезвонить", "Оставили сообщение"),
        task_titles=(("call", "Перезвонить"), ("call", "Позвонить по КП"), ("call", "Подтвердить дату поставки"),
                     ("meeting", "Встреча с клиентом"), ("meeting", "Презентация продукта"),
                     ("email", "Отправить КП"), ("email", "Отправить договор"), ("email", "Выставить счёт"),
                     ("todo", "Подготовить КП"), ("todo", "Проверить оплату")),
        task_results=("Сделано, клиент заинтересован", "КП отправлено", "Клиент отложил решение",
                      "Договорились о следующей встрече"),
        loss_notes=("Выбрали поставщика дешевле.", "Проект перенесли на следующий год.", "Перестали отвечать."),
        person_notes=("Предпочитает почту звонкам.", "Выступает на конференциях; хороший источник рекомендаций.",
                      "Звонить после 11:00."),
        campaigns=("Весенняя рассылка", "Отраслевая выставка", "Контекстная реклама", "Серия вебинаров",
                   "Партнёрская программа"),
        tags=("VIP", "Партнёр", "Рассылка", "Опт", "Ключевой клиент", "Не звонить"),
        items=("Офисное кресло", "Письменный стол", "Ноутбук", "Монитор 27\"", "Лазерный принтер", "Монтажные работы",
               "Договор обслуживания", "Обучение персонала", "Консультации", "Лицензия на ПО"),
        grades=("Базовый", "Стандарт", "Премиум"),
        units={"pcs": "шт.", "hour": "ч", "day": "дн.", "year": "год"},
        users=(("Анна Смирнова", "anna.smirnova"), ("Дмитрий Козлов", "dmitry.kozlov"),
               ("Екатерина Орлова", "ekaterina.orlova"), ("Сергей Волков", "sergey.volkov"),
               ("Мария Лебедева", "maria.lebedeva"), ("Алексей Морозов", "alexey.morozov")),
        currency="RUB",
    ),
    "fa": _Texts(
        industries=("حمل و نقل", "مشاوره", "فناوری اطلاعات", "ساختمان", "بازرگانی", "بهداشت و درمان", "انرژی",
                    "مواد غذایی", "تولید", "مالی"),
        deal_phrases=("مبلمان اداری", "تجهیزات رایانه‌ای", "قرارداد پشتیبانی سالانه", "آموزش کارکنان",
                      "مجوز نرم‌افزار", "پروژه مشاوره", "ناوگان چاپگر", "نصب شبکه"),
        call_subjects=("تماس آشنایی", "تماس پیگیری", "بررسی نیازها", "تماس درباره پیشنهاد"),
        meeting_subjects=("جلسه در دفتر مشتری", "نمایش محصول", "جلسه مذاکره", "جلسه شروع پروژه"),
        email_subjects=("پیشنهاد تجاری ارسال شد", "لیست قیمت ارسال شد", "پیش‌نویس قرارداد ارسال شد",
                        "پاسخ سؤالات با ایمیل"),
        note_subjects=("یادداشت", "تصمیم‌گیرنده مشخص شد", "بودجه تأیید شد", "رقیب وارد شده است"),
        bodies=("مشتری برای خرید بیشتر تخفیف می‌خواهد.", "قرار شد تا جمعه پیشنهاد جدید ارسال شود.",
                "مدیرعامل هفته آینده تصمیم می‌گیرد.", "تحویل ظرف یک ماه برایش مهم است.",
                "ترجیح می‌دهد در دو قسط پرداخت کند.", "نیاز به تأیید دفتر مرکزی دارد."),
        call_outcomes=("صحبت شد", "پاسخ نداد", "خواست بعداً تماس بگیریم", "پیام گذاشته شد"),
        task_titles=(("call", "تماس مجدد"), ("call", "تماس درباره پیشنهاد"), ("call", "تأیید تاریخ تحویل"),
                     ("meeting", "جلسه با مشتری"), ("meeting", "معرفی محصول"),
                     ("email", "ارسال پیشنهاد"), ("email", "ارسال قرارداد"), ("email", "ارسال فاکتور"),
                     ("todo", "آماده‌سازی پیشنهاد تجاری"), ("todo", "بررسی پرداخت")),
        task_results=("انجام شد، مشتری علاقه‌مند است", "پیشنهاد ارسال شد", "مشتری تصمیم را عقب انداخت",
                      "جلسه بعدی هماهنگ شد"),
        loss_notes=("تأمین‌کننده ارزان‌تری انتخاب کردند.", "پروژه به سال آینده موکول شد.", "دیگر پاسخ نمی‌دهند."),
        person_notes=("ایمیل را به تلفن ترجیح می‌دهد.", "در همایش‌ها سخنرانی می‌کند؛ برای معرفی مفید است.",
                      "بعد از ساعت ۱۱ تماس بگیرید."),
        campaigns=("خبرنامه بهاری", "نمایشگاه تخصصی", "تبلیغات جستجو", "مجموعه وبینارها", "برنامه معرفی"),
        tags=("VIP", "همکار", "خبرنامه", "عمده‌فروشی", "مشتری کلیدی", "تماس نگیرید"),
        items=("صندلی اداری", "میز اداری", "لپ‌تاپ", "مانیتور ۲۷ اینچ", "چاپگر لیزری", "خدمات نصب",
               "قرارداد پشتیبانی", "آموزش کارکنان", "مشاوره", "مجوز نرم‌افزار"),
        grades=("پایه", "استاندارد", "ویژه"),
        units={"pcs": "عدد", "hour": "ساعت", "day": "روز", "year": "سال"},
        users=(("مریم احمدی", "maryam.ahmadi"), ("علی رضایی", "ali.rezaei"), ("سارا کریمی", "sara.karimi"),
               ("حمید موسوی", "hamid.mousavi"), ("نرگس صادقی", "narges.sadeghi"), ("رضا جعفری", "reza.jafari")),
        currency="IRR",
    ),
}

# Contact statuses by weight; those with deals are corrected from their deals' outcome.
_STATUS_POOL = ("lead",) * 12 + ("prospect",) * 4 + ("client",) * 2 + ("former_client",) * 1 + ("lost",) * 1
# Open deals by stage: most sit early in the funnel (the weights cover any number of stages).
_OPEN_STAGE_WEIGHTS = (30, 25, 20, 15, 10)
_COMPANY_SIZES = (1, 2, 2, 3, 3, 3, 4, 4, 5, 6, 8)
_PRIVATE_SHARE = 0.6  # share of draws that are a private client; a company brings ~3.6 people: ~30% private
_REMINDER_OFFSETS = (10, 15, 30, 60)
_ACTIVITY_KINDS = ("call",) * 8 + ("email",) * 6 + ("meeting",) * 3 + ("note",) * 3


# --------------------------------------------------------------------------------------------------------------
# Pools built once per run: every hot loop below only indexes into tuples.

@dataclass(frozen=True)
class _PeoplePool:
    """Precomputed name combinations of one locale: (first, middle, last, e-mail local part)."""

    names: tuple[tuple[str, str | None, str, str], ...]
    cities: tuple[_City, ...]


def _people_pool(rng: random.Random, locale: str, size: int = 1500) -> _PeoplePool:
    data = _LOCALES[locale]
    names = []
    for i in range(size):
        female = i % 2 == 1
        first, first_latin = rng.choice(data.female if female else data.male)
        last, last_latin = rng.choice(data.last)
        if female:
            last = _female_last(locale, last)
            last_latin = _ascii(last) if locale in ("ru", "pl") else last_latin
        middle = rng.choice(data.patronymics)[1 if female else 0] if data.patronymics else None
        local = f"{first_latin}.{last_latin}".replace(" ", "")
        names.append((first, middle, last, local))
    return _PeoplePool(tuple(names), data.cities)


class _Clock:
    """Times as "business minutes" since the start of the history window: working days, 08:00-19:00.

    Any random business minute is a plausible working time, and the mapping keeps order, so sorted minutes
    give sorted timestamps. `ts()` gives SQLite's stored text for a minute, `day()` its date.
    """

    def __init__(self, now: datetime) -> None:
        first = now.date() - timedelta(days=HISTORY_DAYS)
        days = [first + timedelta(days=i) for i in range(HISTORY_DAYS + FUTURE_DAYS + 1)]
        workdays = [d for d in days if d.weekday() < 5]
        self.day_text = tuple(f"{d.isoformat()} " for d in workdays)
        self.date_text = tuple(d.isoformat() for d in workdays)
        self.minute_text = tuple(
            f"{(WORK_START_MIN + m) // 60:02d}:{(WORK_START_MIN + m) % 60:02d}:00.000000" for m in range(WORK_LEN_MIN)
        )
        today = now.date()
        before_today = sum(1 for d in workdays if d < today)
        minute_of_day = now.hour * 60 + now.minute - WORK_START_MIN
        if today.weekday() < 5 and minute_of_day >= 0:
            self.now = before_today * WORK_LEN_MIN + min(minute_of_day, WORK_LEN_MIN - 1)
        else:
            self.now = before_today * WORK_LEN_MIN - 1
        self.end = len(workdays) * WORK_LEN_MIN - 1

    def ts(self, minute: int) -> str:
        day, rest = divmod(minute, WORK_LEN_MIN)
        return self.day_text[day] + self.minute_text[rest]

    def day(self, minute: int) -> str:
        return self.date_text[minute // WORK_LEN_MIN]


_UUID_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}


def _uuid_stream(rng: random.Random, block: int = 8192) -> Iterator[str]:
    """Version 4 UUIDs drawn from the seeded generator: the same seed gives the same identifiers."""
    while True:
        raw = rng.randbytes(16 * block).hex()
        for i in range(0, 32 * block, 32):
            h = raw[i:i + 32]
            yield f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_UUID_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"


# --------------------------------------------------------------------------------------------------------------
# Writing: Core bulk inserts of storage-ready rows.

class _Writer:
    """Bulk inserts into one session; on SQLite the values are already in stored form and pass through as they are."""

    def __init__(self, s: Session, sqlite: bool) -> None:
        self._s = s
        self._sqlite = sqlite
        self._plain: dict[str, Table] = {}
        self._converters: dict[str, list[tuple[str, Callable[[Any], Any]]]] = {}

    def insert(self, table: Table, rows: list[Row]) -> None:
        if not rows:
            return
        if self._sqlite:
            self._s.execute(insert(self._plain_table(table)), rows)
        else:
            self._s.execute(insert(table), self._python_rows(table, rows))

    def _plain_table(self, table: Table) -> Table:
        # The same table with untyped columns: no bind processor runs per value (SQLAlchemy's own date
        # formatting is half the cost of a bulk insert otherwise); the rows already hold what SQLite stores.
        plain = self._plain.get(table.name)
        if plain is None:
            plain = Table(table.name, MetaData(), *(Column(c.name, NullType()) for c in table.columns))
            self._plain[table.name] = plain
        return plain

    def _python_rows(self, table: Table, rows: list[Row]) -> list[Row]:
        converters = self._converters.get(table.name)
        if converters is None:
            converters = []
            for c in table.columns:
                if isinstance(c.type, DateTime):
                    converters.append((c.name, _none_or(datetime.fromisoformat)))
                elif isinstance(c.type, Date):
                    converters.append((c.name, _none_or(date.fromisoformat)))
                elif isinstance(c.type, Boolean):
                    converters.append((c.name, _none_or(bool)))
                elif isinstance(c.type, JSON):
                    # None would be written as the JSON text 'null'; the fast path leaves SQL NULL
                    converters.append((c.name, lambda v: null() if v is None else v))
            self._converters[table.name] = converters
        out = []
        for row in rows:
            row = dict(row)
            for name, convert in converters:
                if name in row:   # a column the generator leaves out (users' locked_until) keeps its default
                    row[name] = convert(row[name])
            out.append(row)
        return out


def _none_or(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else convert(value)


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


COMPANIES, PERSONS, CHANNELS = _table(Company), _table(Person), _table(ContactChannel)
DEALS, HISTORY, LINES = _table(Deal), _table(DealStageHistory), _table(DealLine)
TASKS, REMINDERS, ACTIVITIES = _table(Task), _table(TaskReminder), _table(Activity)
PRODUCTS, CAMPAIGNS, TAGS, USERS = _table(Product), _table(Campaign), _table(Tag), _table(User)


def _next_id(s: Session, table: Table) -> int:
    return int(s.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1


def _tracked(uid: str, created: str) -> Row:
    """The columns every user-edited table carries, for a new record."""
    return {"uuid": uid, "created_at": created, "updated_at": created, "deleted_at": None, "version": 1}


# --------------------------------------------------------------------------------------------------------------

@dataclass
class _Setup:
    """The small lists the bulk rows refer to, read or created before the first chunk."""

    owners: tuple[int, ...]
    lead_sources: tuple[int, ...]
    loss_reasons: tuple[int, ...]
    pipeline_id: int
    stages: tuple[int, ...]
    products: tuple[_Product, ...]
    theme_products: tuple[tuple[int, ...], ...]  # per deal phrase: indexes into products
    campaigns: tuple[tuple[int, int | None], ...]  # id, lead source id
    tags: tuple[int, ...]
    products_created: int


class _Generator:
    """One run of generate_demo(): the random streams, the clock, the id counters and the writer."""

    def __init__(self, s: Session, writer: _Writer, seed: int, lang: str, existing_persons: int) -> None:
        # A database that already holds contacts gets other data for the same seed: UUIDs stay unique.
        salt = f"crm-demo:{seed}:{existing_persons}"
        self.rng = random.Random(salt)
        self.uuids = _uuid_stream(random.Random(salt + ":uuid"))
        self.s = s
        self.w = writer
        self.lang = lang
        self.texts = _TEXTS[lang]
        self.clock = _Clock(utcnow())
        self.currency = self.texts.currency
        self.factor, self.step = _CURRENCY[self.currency]
        others = tuple(code for code in _LOCALES if code != lang)
        # 40% of contacts in the database's own language, 15% in each of the other four
        self.locale_slots = (lang,) * 8 + others * 3
        self.pools = {code: _people_pool(self.rng, code) for code in _LOCALES}
        self.ids = {t.name: _next_id(s, t) for t in (
            COMPANIES, PERSONS, CHANNELS, DEALS, HISTORY, LINES, TASKS, REMINDERS, ACTIVITIES, PRODUCTS, CAMPAIGNS,
            TAGS, USERS)}
        # new deals go below those already on the board
        self.board_position = float(s.scalar(select(func.max(Deal.board_position))) or 0.0)

    def take_ids(self, table: Table, n: int) -> int:
        first: int = self.ids[table.name]
        self.ids[table.name] = first + n
        return first

    def money(self, eur: float) -> int:
        """An amount in EUR as a round number of cents in the demo's currency."""
        step = self.step
        return max(step, round(eur * self.factor / step) * step) * 100

    # ---- the small lists ---------------------------------------------------------------------------------------

    def setup(self) -> _Setup:
        s, rng, clock, texts = self.s, self.rng, self.clock, self.texts
        created = clock.ts(0)
        users = [(uid, login) for uid, login in s.execute(
            select(User.id, User.login).where(User.active.is_(True), User.deleted_at.is_(None)).order_by(User.id))]
        if len(users) <= 1:
            taken = {login for _, login in users}
            rows = []
            for full_name, login in texts.users[:rng.randint(4, 6)]:
                if login in taken:
                    continue
                rows.append({"id": self.take_ids(USERS, 1), **_tracked(next(self.uuids), created),
                             "login": login, "full_name": full_name, "email": f"{login}@example.com",
                             "password_hash": None, "role": "manager", "own_records_only": 0, "active": 1})
            self.w.insert(USERS, rows)
            users += [(r["id"], r["login"]) for r in rows]
        owners = tuple(uid for uid, _ in users)

        lead_sources = tuple(s.scalars(select(LeadSource.id).where(LeadSource.active.is_(True))
                                       .order_by(LeadSource.id)))
        loss_reasons = tuple(s.scalars(select(LossReason.id).where(LossReason.active.is_(True))
                                       .order_by(LossReason.position, LossReason.id)))
        pipeline_id = s.scalar(select(Pipeline.id).where(Pipeline.deleted_at.is_(None))
                               .order_by(Pipeline.is_default.desc(), Pipeline.position, Pipeline.id).limit(1))
        stages = tuple(s.scalars(select(Stage.id).where(Stage.pipeline_id == pipeline_id, Stage.deleted_at.is_(None))
                                 .order_by(Stage.position, Stage.id)))
        if pipeline_id is None or not stages:
            raise ValidationError("Demo deals need a sales pipeline with stages; add one in Settings and try again.")

        products, products_created = self._products(created)
        if products_created:
            grades = len(_GRADE_FACTORS)
            theme_products = tuple(tuple(item * grades + g for item in items for g in range(grades))
                                   for items in _DEAL_THEMES)
        else:  # the user's own catalogue: any product fits any deal
            theme_products = (tuple(range(len(products))),) * len(_DEAL_THEMES)
        campaigns = self._campaigns(owners, lead_sources)
        tags = self._tags(created)
        return _Setup(owners=owners, lead_sources=lead_sources, loss_reasons=loss_reasons, pipeline_id=pipeline_id,
                      stages=stages,
                      products=products, theme_products=theme_products, campaigns=campaigns, tags=tags,
                      products_created=products_created)

    def _products(self, created: str) -> tuple[tuple[_Product, ...], int]:
        existing = list(self.s.execute(select(Product.id, Product.name, Product.unit, Product.price,
                                              Product.vat_rate)
                                       .where(Product.active.is_(True), Product.deleted_at.is_(None))
                                       .order_by(Product.id)))
        if existing:  # the user's own catalogue is used as it is
            return tuple((pid, name, unit, int(price * 100), int(vat), _DEFAULT_QUANTITIES)
                         for pid, name, unit, price, vat in existing), 0
        texts, vat = self.texts, _VAT[self.lang]
        rows, products = [], []
        for (sku, unit, price_eur, quantities), item in zip(_ITEMS, texts.items, strict=True):
            for grade_no, (grade, factor) in enumerate(zip(texts.grades, _GRADE_FACTORS, strict=True), start=1):
                pid = self.take_ids(PRODUCTS, 1)
                name = f"{item} {grade}"
                cents = self.money(price_eur * factor)
                rows.append({"id": pid, **_tracked(next(self.uuids), created), "name": name,
                             "sku": f"{sku}-{grade_no:02d}", "unit": texts.units[unit], "price": cents / 100,
                             "currency": self.currency, "vat_rate": vat, "active": 1, "description": None})
                products.append((pid, name, texts.units[unit], cents, vat, quantities))
        self.w.insert(PRODUCTS, rows)
        return tuple(products), len(rows)

    def _campaigns(self, owners: tuple[int, ...], sources: tuple[int, ...]) -> tuple[tuple[int, int | None], ...]:
        rng, clock = self.rng, self.clock
        rows = []
        for name, source_no in zip(self.texts.campaigns, _CAMPAIGN_SOURCES, strict=True):
            start = rng.randrange(0, clock.now - 40 * WORK_LEN_MIN)
            end = start + rng.randint(10, 60) * WORK_LEN_MIN
            rows.append({"id": self.take_ids(CAMPAIGNS, 1), **_tracked(next(self.uuids), clock.ts(start)),
                         "owner_id": rng.choice(owners), "name": name,
                         "lead_source_id": sources[source_no % len(sources)] if sources else None,
                         "starts_on": clock.day(start), "ends_on": clock.day(end),
                         "cost": self.money(rng.randint(10, 200) * 100) / 100, "currency": self.currency,
                         "notes": None})
        self.w.insert(CAMPAIGNS, rows)
        return tuple((r["id"], r["lead_source_id"]) for r in rows)

    def _tags(self, created: str) -> tuple[int, ...]:
        existing = {name: tid for name, tid in self.s.execute(select(Tag.name, Tag.id))}
        rows = []
        for name, color in zip(self.texts.tags, _TAG_COLORS, strict=True):
            if name not in existing:
                tid = self.take_ids(TAGS, 1)
                rows.append({"id": tid, **_tracked(next(self.uuids), created), "name": name, "color": color})
                existing[name] = tid
        self.w.insert(TAGS, rows)
        return tuple(existing[name] for name in self.texts.tags)

    # ---- one chunk of contacts with their deals ------------------------------------------------------------------

    def chunk(self, st: _Setup, n_people: int, n_deals: int) -> tuple[int, int, int, int]:
        """Generate and insert n_people contacts and n_deals deals; returns (companies, deals, tasks, activities)."""
        rng, clock = self.rng, self.clock
        rnd = rng.random
        uuids = self.uuids
        ts = clock.ts
        texts = self.texts
        owners, sources, n_owners, n_sources = st.owners, st.lead_sources, len(st.owners), len(st.lead_sources)
        now = clock.now
        industries = texts.industries
        locale_slots, pools = self.locale_slots, self.pools
        n_slots = len(locale_slots)

        companies: list[Row] = []
        persons: list[Row] = []
        channels: list[Row] = []
        person_tag_rows: list[Row] = []
        company_tag_rows: list[Row] = []
        # per person: (row, company index or -1, created minute); per company: row, created minute
        person_company: list[int] = []
        person_created: list[int] = []
        company_created: list[int] = []
        person_locale: list[str] = []
        next_person = self.take_ids(PERSONS, n_people)
        next_channel = self.ids[CHANNELS.name]
        tags, n_tags = st.tags, len(st.tags)

        while len(persons) < n_people:
            locale = locale_slots[int(rnd() * n_slots)]
            pool = pools[locale]
            data = _LOCALES[locale]
            city = pool.cities[int(rnd() * len(pool.cities))]
            # early contacts are more numerous: the base grew over the 18 months
            created = int(now * (1.0 - rnd() ** 1.5))
            owner = owners[int(rnd() * n_owners)]
            source = sources[int(rnd() * n_sources)] if n_sources and rnd() < 0.8 else None
            status = _STATUS_POOL[int(rnd() * len(_STATUS_POOL))]

            if rnd() < _PRIVATE_SHARE:
                size, company_index, company_id, domain = 1, -1, None, ""
            else:
                size = min(_COMPANY_SIZES[int(rnd() * len(_COMPANY_SIZES))], n_people - len(persons))
                company_index = len(companies)
                company_id = self.take_ids(COMPANIES, 1)
                root, root_latin = data.company_roots[int(rnd() * len(data.company_roots))]
                industry_no = int(rnd() * len(_INDUSTRY_CODES))
                word = data.industry_words[industry_no]
                form = data.legal_forms[int(rnd() * len(data.legal_forms))]
                if locale == "ru":
                    name = f"{root}-{word}"
                    legal = f"{form} «{name}»"
                    word_latin = _ascii(word)
                elif locale == "fa":
                    name = f"{root} {word}"
                    legal = f"شرکت {name} ({form})"
                    word_latin = _FA_INDUSTRY_LATIN[industry_no]
                else:
                    name = f"{root} {word}"
                    legal = f"{name} {form}"
                    word_latin = _ascii(word)
                domain = f"{root_latin.replace(' ', '')}-{word_latin}.{_TLD[city.country]}"
                street = city.streets[int(rnd() * len(city.streets))]
                companies.append({
                    "id": company_id, **_tracked(next(uuids), ts(created)), "owner_id": owner,
                    "name": name, "legal_name": legal, "tax_id": _tax_id(locale, city.country, rng),
                    "registration_no": _registration_no(locale, rng), "industry": industries[industry_no],
                    "website": f"https://www.{domain}",
                    "legal_address": _address(locale, street, rng.randint(1, 180), 0),
                    "postal_address": None, "city": city.name, "country": city.country, "bank_details": None,
                    "founded_on": f"{rng.randint(1991, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    "status": status, "lead_source_id": source, "notes": None, "last_activity_at": None,
                })
                company_created.append(created)
                value, digits = _phone(locale, city.country, city.area_code, rng.getrandbits(32))
                channels.append({"id": next_channel, "person_id": None, "company_id": company_id, "kind": "phone",
                                 "label": "work", "value": value, "normalized": digits, "is_primary": 1,
                                 "position": 0})
                channels.append({"id": next_channel + 1, "person_id": None, "company_id": company_id,
                                 "kind": "email", "label": "work", "value": f"info@{domain}",
                                 "normalized": f"info@{domain}", "is_primary": 1, "position": 1})
                next_channel += 2
                if rnd() < 0.15:
                    company_tag_rows.append({"company_id": company_id, "tag_id": tags[int(rnd() * n_tags)]})

            names = pool.names
            for k in range(size):
                pid = next_person
                next_person += 1
                first, middle, last, local = names[int(rnd() * len(names))]
                if company_index < 0:
                    role = position = None
                    address = _address(locale, city.streets[int(rnd() * len(city.streets))],
                                       1 + int(rnd() * 200), int(rnd() * 90) if rnd() < 0.5 else 0) \
                        if rnd() < 0.8 else None
                    email_domain = data.free_mail[int(rnd() * len(data.free_mail))]
                    local = f"{local}{int(rnd() * 100)}" if rnd() < 0.5 else local
                else:
                    role_no = k if k < len(_ROLES) else 2 + int(rnd() * (len(_ROLES) - 2))
                    role, position = _ROLES[role_no], data.positions[role_no]
                    address = None
                    email_domain = domain
                if rnd() < 0.7:
                    md = _MONTH_DAYS[int(rnd() * 365)]
                    birthday: str | None = f"{1955 + int(rnd() * 48)}-{md[:2]}-{md[2:]}"
                    birthday_md: str | None = md
                else:
                    birthday = birthday_md = None
                p_created = created + int(rnd() * WORK_LEN_MIN * 5) if k else created
                p_created = min(p_created, now)
                persons.append({
                    "id": pid, **_tracked(next(uuids), ts(p_created)), "owner_id": owner,
                    "first_name": first, "middle_name": middle, "last_name": last, "position": position,
                    "company_id": company_id, "company_role": role, "birthday": birthday,
                    "birthday_md": birthday_md, "address": address, "city": city.name, "country": city.country,
                    "language": locale, "status": status, "lead_source_id": source,
                    "notes": texts.person_notes[int(rnd() * 3)] if rnd() < 0.08 else None,
                    "last_activity_at": None,
                })
                person_company.append(company_index)
                person_created.append(p_created)
                person_locale.append(locale)
                position_no = 0
                # phones: the work line of the company, a mobile, for private clients sometimes a home line
                if company_index >= 0 and rnd() < 0.7:
                    value, digits = _phone(locale, city.country, city.area_code, rng.getrandbits(32))
                    channels.append({"id": next_channel, "person_id": pid, "company_id": None, "kind": "phone",
                                     "label": "work", "value": value, "normalized": digits,
                                     "is_primary": 1, "position": position_no})
                    next_channel += 1
                    position_no += 1
                if rnd() < (0.5 if company_index >= 0 else 0.9):
                    # US mobiles share the area codes of the city; elsewhere mobiles have their own prefixes
                    mobile = city.area_code if city.country == "US" else \
                        data.mobile_codes[int(rnd() * len(data.mobile_codes))]
                    value, digits = _phone(locale, city.country, mobile, rng.getrandbits(32))
                    channels.append({"id": next_channel, "person_id": pid, "company_id": None, "kind": "phone",
                                     "label": "mobile", "value": value, "normalized": digits,
                                     "is_primary": int(position_no == 0), "position": position_no})
                    next_channel += 1
                    position_no += 1
                if rnd() < (0.9 if company_index >= 0 else 0.7):
                    # some typed with capitals: the normalised form is what searches use
                    value = f"{local.title()}@{email_domain}" if rnd() < 0.3 else f"{local}@{email_domain}"
                    channels.append({"id": next_channel, "person_id": pid, "company_id": None, "kind": "email",
                                     "label": "work" if company_index >= 0 else "home", "value": value,
                                     "normalized": value.lower(), "is_primary": 1, "position": position_no})
                    next_channel += 1
                r = rnd()
                if r < 0.15:
                    t1 = int(rnd() * n_tags)
                    person_tag_rows.append({"person_id": pid, "tag_id": tags[t1]})
                    if r < 0.03:
                        person_tag_rows.append({"person_id": pid, "tag_id": tags[(t1 + 1) % n_tags]})
        self.ids[CHANNELS.name] = next_channel

        # the latest activity of each contact and company of the chunk, as a business minute (-1: none)
        person_last = [-1] * len(persons)
        company_last = [-1] * len(companies)
        deals, history, lines, tasks, reminders, activities = self._deals(
            st, n_deals, persons, person_company, person_created, company_created, companies, person_last,
            company_last)
        self._person_activities(persons, person_company, person_created, tasks, activities, person_last,
                                company_last)
        for p, at in enumerate(person_last):
            if at >= 0:
                persons[p]["last_activity_at"] = ts(at)
        for c, at in enumerate(company_last):
            if at >= 0:
                companies[c]["last_activity_at"] = ts(at)
        self._finish_statuses(persons, person_company, companies, deals)

        w = self.w
        w.insert(COMPANIES, companies)
        w.insert(PERSONS, persons)
        w.insert(CHANNELS, channels)
        w.insert(company_tags, company_tag_rows)
        w.insert(person_tags, person_tag_rows)
        w.insert(DEALS, deals)
        w.insert(HISTORY, history)
        w.insert(LINES, lines)
        w.insert(TASKS, tasks)
        w.insert(REMINDERS, reminders)
        w.insert(ACTIVITIES, activities)
        # In the same transaction as the rows: a cancelled run leaves no index entries behind, a finished one is
        # searchable at once.
        search_index.reindex(self.s, person_ids=range(persons[0]["id"], persons[-1]["id"] + 1) if persons else (),
                             company_ids=range(companies[0]["id"], companies[-1]["id"] + 1) if companies else ())
        return len(companies), len(deals), len(tasks), len(activities)

    def _deals(
        self, st: _Setup, n_deals: int, persons: list[Row], person_company: list[int], person_created: list[int],
        company_created: list[int], companies: list[Row], person_last: list[int], company_last: list[int],
    ) -> tuple[list[Row], list[Row], list[Row], list[Row], list[Row], list[Row]]:
        """Deals of the chunk's contacts with their stage history, lines, timeline and tasks."""
        rng, clock, texts = self.rng, self.clock, self.texts
        rnd = rng.random
        ts, day = clock.ts, clock.day
        uuids = self.uuids
        now, end_of_time = clock.now, clock.end
        stages, n_stages = st.stages, len(st.stages)
        open_weights = tuple(_OPEN_STAGE_WEIGHTS[min(i, len(_OPEN_STAGE_WEIGHTS) - 1)] for i in range(n_stages))
        open_total = sum(open_weights)
        open_cumulative = tuple(sum(open_weights[:i + 1]) / open_total for i in range(n_stages))
        products, n_products = st.products, len(st.products)
        theme_products, n_themes = st.theme_products, len(st.theme_products)
        campaigns, loss_reasons = st.campaigns, st.loss_reasons
        n_persons = len(persons)
        phrases = texts.deal_phrases
        deals: list[Row] = []
        history: list[Row] = []
        lines: list[Row] = []
        tasks: list[Row] = []
        reminders: list[Row] = []
        activities: list[Row] = []
        deal_id = self.take_ids(DEALS, n_deals)
        history_id = self.ids[HISTORY.name]
        line_id = self.ids[LINES.name]
        activity_id = self.ids[ACTIVITIES.name]
        task_id = self.ids[TASKS.name]
        reminder_id = self.ids[REMINDERS.name]
        subjects = {"call": texts.call_subjects, "meeting": texts.meeting_subjects, "email": texts.email_subjects,
                    "note": texts.note_subjects}
        bodies, outcomes = texts.bodies, texts.call_outcomes
        task_titles, task_results = texts.task_titles, texts.task_results
        pipeline_id, currency = st.pipeline_id, self.currency
        money = self.money

        for _ in range(n_deals):
            p = int(rnd() * n_persons)
            person = persons[p]
            c = person_company[p]
            company = companies[c] if c >= 0 else None
            if company is not None and rnd() < 0.12:
                person_id, p = None, -1  # a deal with the company as a whole
            else:
                person_id = person["id"]
            company_id = company["id"] if company is not None else None
            owner = person["owner_id"]
            party = company["name"] if company is not None else f"{person['first_name']} {person['last_name']}"
            start = person_created[p] if p >= 0 else company_created[c]
            created = start + int(rnd() * (now - start))
            r = rnd()
            status = "open" if r < 0.45 else ("won" if r < 0.80 else "lost")
            campaign_id = None
            source = person["lead_source_id"]
            if campaigns and rnd() < 0.2:
                campaign_id, source = campaigns[int(rnd() * len(campaigns))]

            if status == "open":
                x = rnd()
                stage_no = 0
                while open_cumulative[stage_no] < x:
                    stage_no += 1
                close = None
                last_time = now
            else:
                stage_no = n_stages - 1 if status == "won" else int(rnd() * n_stages)
                close = min(now, created + WORK_LEN_MIN * (3 + int(rnd() * 90)))
                last_time = close
            # stays in the stages passed: entry times sorted between creation and the last move
            moves = sorted(created + int(rnd() * (last_time - created)) for _ in range(stage_no))
            entered = [created, *moves]
            for i in range(stage_no + 1):
                left = entered[i + 1] if i < stage_no else close
                history.append({"id": history_id, "deal_id": deal_id, "stage_id": stages[i],
                                "from_stage_id": stages[i - 1] if i else None, "entered_at": ts(entered[i]),
                                "left_at": ts(left) if left is not None else None, "user_id": owner})
                history_id += 1

            theme = int(rnd() * n_themes)
            if status == "won" and n_products:
                total = 0
                fitting = theme_products[theme]
                sold: list[int] = []
                for pos in range(1 + int(rnd() * 4)):
                    # mostly what the title says, now and then something else from the catalogue
                    chosen = fitting[int(rnd() * len(fitting))] if pos == 0 or rnd() < 0.6 else \
                        int(rnd() * n_products)
                    if chosen in sold:
                        continue
                    sold.append(chosen)
                    prod_id, prod_name, unit, price, vat, quantities = products[chosen]
                    qty = quantities[int(rnd() * len(quantities))]
                    discount = (0, 0, 0, 5, 10)[int(rnd() * 5)]
                    total += (qty * price * (100 - discount) + 50) // 100
                    lines.append({"id": line_id, "deal_id": deal_id, "product_id": prod_id, "name": prod_name,
                                  "unit": unit, "quantity": qty, "price": price / 100, "discount_pct": discount,
                                  "vat_rate": vat, "position": len(sold) - 1})
                    line_id += 1
                amount, from_lines = total / 100, 1
            else:
                amount, from_lines = money(300 + 20_000 * rnd() * rnd()) / 100, 0

            lost = status == "lost"
            self.board_position += 1.0
            deals.append({
                "id": deal_id, **_tracked(next(uuids), ts(created)), "owner_id": owner,
                "title": f"{phrases[theme]} — {party}", "amount": amount, "currency": currency,
                "amount_from_lines": from_lines, "pipeline_id": pipeline_id, "stage_id": stages[stage_no],
                "board_position": self.board_position, "stage_entered_at": ts(entered[stage_no]),
                "company_id": company_id, "person_id": person_id, "lead_source_id": source,
                "campaign_id": campaign_id,
                "expected_close_on": day(min(end_of_time, now + WORK_LEN_MIN * (5 + int(rnd() * 60))))
                if close is None else None,
                "probability": None, "status": status, "closed_on": day(close) if close is not None else None,
                "loss_reason_id": loss_reasons[int(rnd() * len(loss_reasons))] if lost and loss_reasons else None,
                "loss_note": texts.loss_notes[int(rnd() * 3)] if lost and rnd() < 0.4 else None, "notes": None,
            })

            # the timeline: 2-3 calls, e-mails, meetings or notes while the deal was worked on
            span = last_time - created
            for _ in range(2 + (rnd() < 0.5)):
                at = created + int(rnd() * span)
                kind = _ACTIVITY_KINDS[int(rnd() * len(_ACTIVITY_KINDS))]
                pool = subjects[kind]
                activities.append({
                    "id": activity_id, **_tracked(next(uuids), ts(at)), "kind": kind, "occurred_at": ts(at),
                    "user_id": owner, "company_id": company_id, "person_id": person_id, "deal_id": deal_id,
                    "task_id": None, "subject": pool[int(rnd() * len(pool))],
                    "body": bodies[int(rnd() * len(bodies))] if kind in ("note", "meeting") or rnd() < 0.2 else None,
                    "outcome": outcomes[int(rnd() * len(outcomes))] if kind == "call" else None,
                    "duration_min": (2 + int(rnd() * 20)) if kind == "call" else
                    (30 + 15 * int(rnd() * 7)) if kind == "meeting" else None,
                    "data": None,
                })
                activity_id += 1
                if p >= 0 and at > person_last[p]:
                    person_last[p] = at
                if c >= 0 and at > company_last[c]:
                    company_last[c] = at

            # tasks: a finished one in the past, the next step of an open deal, now and then one overdue
            if rnd() < 0.6:
                kind, title = task_titles[int(rnd() * len(task_titles))]
                due = created + int(rnd() * span)
                done = min(now, due + int(rnd() * WORK_LEN_MIN))
                tasks.append(_task_row(task_id, next(uuids), ts(created), owner, kind, title, ts(due),
                                       company_id, person_id, deal_id, ts(done),
                                       task_results[int(rnd() * len(task_results))]))
                task_id += 1
            if status == "open":
                if rnd() < 0.75:
                    kind, title = task_titles[int(rnd() * len(task_titles))]
                    # on the hour or half hour between 09:00 and 18:30, so a reminder an hour before is that day
                    due_day = (now // WORK_LEN_MIN) + 1 + int(rnd() * 30)
                    due = min(end_of_time, due_day * WORK_LEN_MIN + 60 + 30 * int(rnd() * 20))
                    tasks.append(_task_row(task_id, next(uuids), ts(max(created, now - int(rnd() * 3000))), owner,
                                           kind, title, ts(due), company_id, person_id, deal_id, None, None))
                    if rnd() < 0.4:
                        offset = _REMINDER_OFFSETS[int(rnd() * len(_REMINDER_OFFSETS))]
                        reminders.append({"id": reminder_id, "task_id": task_id, "offset_min": offset,
                                          "remind_at": ts(due - offset), "snoozed_until": None, "fired_at": None,
                                          "acknowledged_at": None, "acknowledged_by": None})
                        reminder_id += 1
                    task_id += 1
                if rnd() < 0.07:
                    kind, title = task_titles[int(rnd() * len(task_titles))]
                    due = max(created, (now // WORK_LEN_MIN - 1 - int(rnd() * 10)) * WORK_LEN_MIN + 60
                              + 30 * int(rnd() * 20))
                    tasks.append(_task_row(task_id, next(uuids), ts(created), owner, kind, title, ts(due),
                                           company_id, person_id, deal_id, None, None))
                    task_id += 1
            deal_id += 1

        self.ids[HISTORY.name] = history_id
        self.ids[LINES.name] = line_id
        self.ids[ACTIVITIES.name] = activity_id
        self.ids[TASKS.name] = task_id
        self.ids[REMINDERS.name] = reminder_id
        return deals, history, lines, tasks, reminders, activities

    def _person_activities(
        self, persons: list[Row], person_company: list[int], person_created: list[int], tasks: list[Row],
        activities: list[Row], person_last: list[int], company_last: list[int],
    ) -> None:
        """Contacts are also called and written to outside deals; some have a call planned."""
        rng, clock, texts = self.rng, self.clock, self.texts
        rnd = rng.random
        ts = clock.ts
        uuids = self.uuids
        now = clock.now
        activity_id = self.ids[ACTIVITIES.name]
        task_id = self.ids[TASKS.name]
        calls, emails, outcomes = texts.call_subjects, texts.email_subjects, texts.call_outcomes
        call_tasks = tuple(t for t in texts.task_titles if t[0] == "call")
        for p, person in enumerate(persons):
            r = rnd()
            if r >= 0.33:
                continue
            c = person_company[p]
            company_id = person["company_id"]
            owner = person["owner_id"]
            start = person_created[p]
            if r < 0.3:
                at = start + int(rnd() * (now - start))
                is_call = rnd() < 0.6
                activities.append({
                    "id": activity_id, **_tracked(next(uuids), ts(at)), "kind": "call" if is_call else "email",
                    "occurred_at": ts(at), "user_id": owner, "company_id": company_id, "person_id": person["id"],
                    "deal_id": None, "task_id": None,
                    "subject": calls[int(rnd() * len(calls))] if is_call else emails[int(rnd() * len(emails))],
                    "body": None, "outcome": outcomes[int(rnd() * len(outcomes))] if is_call else None,
                    "duration_min": 2 + int(rnd() * 15) if is_call else None, "data": None,
                })
                activity_id += 1
                if at > person_last[p]:
                    person_last[p] = at
                if c >= 0 and at > company_last[c]:
                    company_last[c] = at
            else:
                kind, title = call_tasks[int(rnd() * len(call_tasks))]
                due = (now // WORK_LEN_MIN + 1 + int(rnd() * 20)) * WORK_LEN_MIN + 60 + 30 * int(rnd() * 20)
                tasks.append(_task_row(task_id, next(uuids), ts(max(start, now - int(rnd() * 3000))), owner, kind,
                                       title, ts(min(due, clock.end)), company_id, person["id"], None, None, None))
                task_id += 1
        self.ids[ACTIVITIES.name] = activity_id
        self.ids[TASKS.name] = task_id

    @staticmethod
    def _finish_statuses(persons: list[Row], person_company: list[int], companies: list[Row],
                         deals: list[Row]) -> None:
        """A contact's status follows its deals: won makes a client, open a prospect, only lost ones lost."""
        rank = {"lost": 1, "open": 2, "won": 3}
        by_rank = {1: "lost", 2: "prospect", 3: "client"}
        best_person: dict[int, int] = {}
        best_company: dict[int, int] = {}
        for deal in deals:
            outcome = rank[deal["status"]]
            if deal["person_id"] is not None and outcome > best_person.get(deal["person_id"], 0):
                best_person[deal["person_id"]] = outcome
            if deal["company_id"] is not None and outcome > best_company.get(deal["company_id"], 0):
                best_company[deal["company_id"]] = outcome
        for row, best in [(c, best_company.get(c["id"], 0)) for c in companies] + \
                         [(p, best_person.get(p["id"], 0)) for p in persons]:
            # an open deal with an existing client keeps the client a client
            if best and not (best == 2 and row["status"] == "client"):
                row["status"] = by_rank[best]
        for p, person in enumerate(persons):
            if person["id"] not in best_person and person_company[p] >= 0:
                person["status"] = companies[person_company[p]]["status"]


def _task_row(task_id: int, uid: str, created: str, owner: int | None, kind: str, title: str, due: str,
              company_id: int | None, person_id: int | None, deal_id: int | None, done: str | None,
              result: str | None) -> Row:
    return {
        "id": task_id, "uuid": uid, "created_at": created, "updated_at": done or created, "deleted_at": None,
        "version": 1, "owner_id": owner, "kind": kind, "title": title, "notes": None, "due_at": due, "all_day": 0,
        "duration_min": 60 if kind == "meeting" else 15 if kind == "call" else 30, "priority": 1,
        "company_id": company_id, "person_id": person_id, "deal_id": deal_id, "parent_id": None,
        "recurrence_rule": None, "series_id": None, "occurrence_start": None, "done_at": done, "result": result,
        "position": 0,
    }


def _tax_id(locale: str, country: str, rng: random.Random) -> str:
    if locale == "ru":
        return f"{rng.randrange(10**9, 10**10)}"  # ИНН of an organisation: 10 digits
    if locale == "nl":
        return f"NL{rng.randrange(10**8, 10**9)}B01"
    if locale == "pl":
        d = f"{rng.randrange(10**9, 10**10)}"
        return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}"  # NIP
    if locale == "fa":
        return f"{rng.randrange(10**10, 10**11)}"  # شناسه ملی: 11 digits
    if country == "US":
        d = f"{rng.randrange(10**8, 10**9)}"
        return f"{d[:2]}-{d[2:]}"  # EIN
    return f"GB{rng.randrange(10**8, 10**9)}"


def _registration_no(locale: str, rng: random.Random) -> str:
    if locale == "ru":
        return f"1{rng.randrange(10**11, 10**12)}"  # ОГРН: 13 digits
    if locale == "pl":
        return f"{rng.randrange(1, 10**6):010d}"  # KRS
    if locale == "fa":
        return f"{rng.randrange(10**5, 10**6)}"
    return f"{rng.randrange(10**7, 10**8)}"


# "MMDD" of every day of a year without 29 February
_MONTH_DAYS = tuple(f"{d.month:02d}{d.day:02d}" for d in (date(2001, 1, 1) + timedelta(days=i) for i in range(365)))


def generate_demo(
    db: Database,
    *,
    contacts: int = 1000,
    deals: int | None = None,
    seed: int = 1,
    language: str = "en",
    progress: Progress = NO_PROGRESS,
) -> DemoCounts:
    """Add `contacts` people (with their companies) and `deals` deals (default a third of the contacts).

    All of it is one transaction: cancelling through `progress` (CancelledError) leaves the database unchanged.
    """
    if contacts < 0 or (deals is not None and deals < 0):
        raise ValidationError("The number of contacts and of deals must be 0 or more.")
    lang = language if language in _TEXTS else "en"
    ensure_defaults(db, lang)
    n_deals = (contacts // 3 if deals is None else deals) if contacts else 0
    totals = [0, 0, 0, 0]  # companies, deals, tasks, activities
    with db.session() as s:
        existing = int(s.scalar(select(func.count()).select_from(Person)) or 0)
        gen = _Generator(s, _Writer(s, db.is_sqlite), seed, lang, existing)
        setup = gen.setup()
        done = 0
        while done < contacts:
            progress.step(done, contacts, f"{done:,} of {contacts:,} contacts")
            size = min(CHUNK_CONTACTS, contacts - done)
            # deals follow the contacts chunk by chunk, in proportion
            chunk_deals = n_deals * (done + size) // contacts - n_deals * done // contacts
            for i, n in enumerate(gen.chunk(setup, size, chunk_deals)):
                totals[i] += n
            done += size
        progress.step(contacts, contacts, "Saving")
        postgres.sync_sequences(s.connection())   # the generator writes its own ids
    # Statistics for the planner over the new rows: the first queries on a fresh base need them.
    if db.is_sqlite:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    else:
        with db.engine.begin() as conn:
            postgres.analyze(conn, [t.name for t in Base.metadata.sorted_tables] + [search_index.SEARCH_TABLE])
    return DemoCounts(companies=totals[0], contacts=contacts, deals=totals[1], products=setup.products_created,
                      tasks=totals[2], activities=totals[3])
