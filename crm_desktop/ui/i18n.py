"""Loading a language at run time: translators, right-to-left layout and a font that renders Persian well."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCalendar, QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, Qt, QTime, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from crm_desktop.config import LANGUAGES, resource_dir

RTL_LANGUAGES = {"fa"}
# Each language named in itself, as the language chooser shows it.
NATIVE_NAMES = {"en": "English", "nl": "Nederlands", "fa": "فارسی", "pl": "Polski", "ru": "Русский"}
PERSIAN_FONT_FILES = ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf")

_state: dict[str, object] = {"translators": [], "default_font": None, "persian_family": None}


def db_filter() -> str:
    """The file-dialog filter for database files, in the current language."""
    return QCoreApplication.translate("MainWindow", "crm-desktop databases (*.db *.sqlite);;All files (*)")


def isolate_ltr(text: str) -> str:
    """Wrap a path, login or number so a right-to-left sentence does not reorder it.

    Left-to-right embedding with marks on both sides: Qt's text engine honours these everywhere (it does not
    treat the newer isolate characters as isolates in every widget).
    """
    return f"\u200e\u202a{text}\u202c\u200e"


def in_reading_direction(text: str) -> str:
    """A sentence that may begin with a name in Latin letters, kept right to left in a right-to-left window.

    Qt takes a label's direction from its first strong letter, so "Anna on PC-2 …" in Persian would otherwise be
    laid out left to right with its Persian words reordered; a right-to-left mark first decides it.
    """
    return f"\u200f{text}" if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else text


def local_to_utc(value: datetime) -> datetime:
    """A naive wall-clock time of this computer as the naive UTC the database stores."""
    return value.astimezone(UTC).replace(tzinfo=None)


def utc_to_local(value: datetime) -> datetime:
    """A naive UTC time from the database as this computer's naive wall-clock time."""
    return value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def display_calendar(locale: QLocale | None = None) -> QCalendar:
    """The calendar people of this locale read dates in: the Solar Hijri one in Persian, else the Gregorian one
    (the database keeps Gregorian dates)."""
    if (locale or QLocale()).language() == QLocale.Language.Persian:
        return QCalendar(QCalendar.System.Jalali)
    return QCalendar()


def format_utc(value: datetime, locale: QLocale | None = None) -> str:
    """A stored (naive UTC) time in the user's time zone, short date format and calendar."""
    local = utc_to_local(value)
    when = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))
    locale = locale or QLocale()
    return locale.toString(when, QLocale.FormatType.ShortFormat, display_calendar(locale))


def translations_dir() -> str:
    return str(resource_dir() / "translations")


def _persian_family() -> str | None:
    if _state["persian_family"] is None:
        family = None
        for name in PERSIAN_FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource_dir() / "fonts" / name))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            family = family or (families[0] if families else None)
        _state["persian_family"] = family or ""
    return str(_state["persian_family"]) or None


def install_language(app: QApplication, language: str) -> bool:
    """Switch the whole application to `language`; widgets retranslate on the LanguageChange event.

    Returns False when the language's translation file is missing (the strings then stay in English).
    """
    language = language if language in LANGUAGES else "en"
    for old in _state["translators"]:  # type: ignore[attr-defined]
        QCoreApplication.removeTranslator(old)
    installed: list[QTranslator] = []
    loaded = language == "en"
    # English too: its file holds the plural forms ("%n person(s)" -> "1 person", "2 people").
    own = QTranslator(app)
    if own.load(f"crm_desktop_{language}", translations_dir()):
        QCoreApplication.installTranslator(own)
        installed.append(own)
        loaded = True
    if language != "en":
        qt_own = QTranslator(app)  # Qt's own dialogs' buttons (OK, Cancel...)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(qt_own)
            installed.append(qt_own)
    _state["translators"] = installed
    QLocale.setDefault(QLocale(language))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
    )
    if _state["default_font"] is None:
        _state["default_font"] = QFont(app.font())
    base = QFont(_state["default_font"])  # type: ignore[call-overload]
    if language == "fa":
        family = _persian_family()
        if family:
            base.setFamilies([family, *base.families()])
    app.setFont(base)
    return loaded
