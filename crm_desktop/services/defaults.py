"""What a new database starts with: a sales pipeline, loss reasons and lead sources in the user's language."""

from __future__ import annotations

import getpass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.db.database import Database
from crm_desktop.models import LeadSource, LossReason, Person, Pipeline, Role, Stage, User

PIPELINE_NAME = {"en": "Sales", "nl": "Verkoop", "fa": "فروش", "pl": "Sprzedaż", "ru": "Продажи"}

# (probability %, rotting days, colour) per stage, and the stage names in the five languages.
STAGE_SHAPE = [(10, 14, "#8fb3de"), (25, 14, "#6a9fd8"), (50, 10, "#e3b04b"), (70, 7, "#e38b4b"), (90, 7, "#5cb85c")]
STAGE_NAMES = {
    "en": ["New lead", "Qualified", "Proposal sent", "Negotiation", "For payment"],
    "nl": ["Nieuwe lead", "Gekwalificeerd", "Offerte verstuurd", "Onderhandeling", "Te betalen"],
    "fa": ["سرنخ جدید", "واجد شرایط", "پیشنهاد ارسال شد", "مذاکره", "در انتظار پرداخت"],
    "pl": ["Nowy lead", "Zakwalifikowany", "Oferta wysłana", "Negocjacje", "Do zapłaty"],
    "ru": ["Новый лид", "Квалификация", "КП отправлено", "Переговоры", "Ожидает оплаты"],
}
LOSS_REASONS = {
    "en": ["Price too high", "Chose a competitor", "No budget", "No response", "Not the right time"],
    "nl": ["Prijs te hoog", "Koos een concurrent", "Geen budget", "Geen reactie", "Niet het juiste moment"],
    "fa": ["قیمت بالا", "انتخاب رقیب", "نبود بودجه", "بدون پاسخ", "زمان نامناسب"],
    "pl": ["Za wysoka cena", "Wybór konkurencji", "Brak budżetu", "Brak odpowiedzi", "Nieodpowiedni moment"],
    "ru": ["Высокая цена", "Выбрали конкурента", "Нет бюджета", "Нет ответа", "Не время"],
}
LEAD_SOURCES = {
    "en": ["Website", "Referral", "Cold call", "Exhibition", "Advertising"],
    "nl": ["Website", "Doorverwijzing", "Koude acquisitie", "Beurs", "Advertentie"],
    "fa": ["وب‌سایت", "معرفی", "تماس سرد", "نمایشگاه", "تبلیغات"],
    "pl": ["Strona WWW", "Polecenie", "Zimny telefon", "Targi", "Reklama"],
    "ru": ["Сайт", "Рекомендация", "Холодный звонок", "Выставка", "Реклама"],
}


def _lang(language: str) -> str:
    return language if language in PIPELINE_NAME else "en"


def ensure_defaults(db: Database, language: str = "en") -> bool:
    """Fill an empty database with its starting lists; True when it was empty (first start)."""
    lang = _lang(language)
    with db.session() as s:
        if s.scalar(select(func.count()).select_from(Pipeline)):
            return False
        pipeline = Pipeline(name=PIPELINE_NAME[lang], position=0, is_default=True)
        s.add(pipeline)
        s.flush()
        for pos, (name, (prob, rot, color)) in enumerate(zip(STAGE_NAMES[lang], STAGE_SHAPE, strict=True)):
            s.add(Stage(pipeline_id=pipeline.id, name=name, position=pos, probability=prob,
                        rotting_days=rot, color=color))
        for pos, name in enumerate(LOSS_REASONS[lang]):
            s.add(LossReason(name=name, position=pos))
        for name in LEAD_SOURCES[lang]:
            s.add(LeadSource(name=name))
        _ensure_user(s)
    return True


def os_login() -> str:
    try:
        return getpass.getuser() or "user"
    except (KeyError, OSError):  # no passwd entry, as in some containers
        return "user"


def _ensure_user(s: Session) -> User:
    return ensure_user(s, os_login())


def ensure_user(s: Session, login: str) -> User:
    """The user with this login, created when missing: the first user of a database is its administrator."""
    user = s.scalar(select(User).where(User.login == login))
    if user is None:
        first = s.scalar(select(func.count()).select_from(User)) == 0
        user = User(login=login, full_name=login, role=(Role.ADMIN if first else Role.MANAGER).value)
        s.add(user)
        s.flush()
    return user


def current_user_id(db: Database) -> int:
    """The user working now: the one logged in (``db.actor``), else the one named by the computer's login (created
    on first use)."""
    if db.actor is not None:
        return db.actor.user_id
    with db.session() as s:
        return _ensure_user(s).id


def has_contacts(db: Database) -> bool:
    with db.session(write=False) as s:
        return s.scalar(select(Person.id).limit(1)) is not None
