"""The person card, and what it shares with the company card (ContactCardDialog): one non-modal window per record
with its details, custom fields, timeline, deals, tasks, documents and attachments; Save keeps it open, a stale
save shows both versions field by field, and every save can be undone."""

from __future__ import annotations

import html
from abc import abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import fields, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QDesktopServices, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CancelledError, CrmError, NotFoundError
from crm_desktop.services.contacts import (
    ROLE_SUGGESTIONS,
    STATUSES,
    CompanyDetail,
    CompanyInput,
    ContactService,
    EditConflict,
    PersonDetail,
    PersonInput,
    RelatedDeal,
    RelatedTask,
    SaveResult,
)
from crm_desktop.services.custom_fields import CustomFieldService
from crm_desktop.services.duplicates import DuplicateService
from crm_desktop.services.pipeline import AttachmentInfo, DocumentInfo, PartyInfo, PipelineService
from crm_desktop.services.privacy import PrivacyService
from crm_desktop.ui.conflicts import ConflictDialog, untouched_fields
from crm_desktop.ui.contacts.channels_editor import ChannelsEditor
from crm_desktop.ui.contacts.duplicates import DuplicateWarning, open_card
from crm_desktop.ui.contacts.table_model import status_name
from crm_desktop.ui.contacts.timeline import ADD_NOTE_SHORTCUT, LOG_CALL_SHORTCUT, TimelineWidget
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.custom_fields import CustomFieldsEditor
from crm_desktop.ui.dialogs import ask_yes_no, run_modal, side_button
from crm_desktop.ui.funnel.deal_editor import PartyPicker, swatch
from crm_desktop.ui.funnel.move_dialogs import NextTaskDialog
from crm_desktop.ui.i18n import format_utc, isolate_ltr

RECORD_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_COLOR = "#c0392b"
TRASH_COLOR = "#fdecea"

# Open cards, one per record: (database, kind, id) -> card. A new card joins once it is saved.
_open_cards: dict[tuple[int, str, int], ContactCardDialog] = {}
_live_cards: list[ContactCardDialog] = []


def find_card(ctx: AppContext, kind: str, record_id: int) -> ContactCardDialog | None:
    return _open_cards.get((id(ctx.db), kind, record_id))


def open_cards() -> list[ContactCardDialog]:
    """Every card window open now, new unsaved ones included."""
    return [card for card in _live_cards if card.isVisible()]


def close_all_cards() -> bool:
    """Close every card, asking about unsaved changes first (before the app quits or opens another database).
    False when the user chose to stay: the cards that were not closed stay open."""
    for card in open_cards():
        card.raise_card()
        card.reject()
        if card.isVisible():
            return False
    return True


def _raise(card: ContactCardDialog) -> None:
    card.raise_card()


def open_person_card(ctx: AppContext, person_id: int | None, parent: QWidget | None, *,
                     company_id: int | None = None) -> PersonCardDialog | None:
    """Show the card of a person (None: a new one, in `company_id` when given); an open card is raised.
    None when the person cannot be read (deleted for good meanwhile): the user is told why."""
    if person_id is not None:
        existing = find_card(ctx, "person", person_id)
        if isinstance(existing, PersonCardDialog):
            _raise(existing)
            return existing
    try:
        card = PersonCardDialog(ctx, person_id, parent, company_id=company_id)
    except CrmError as exc:
        cannot_open(parent, exc)
        return None
    card.show()
    return card


def cannot_open(parent: QWidget | None, exc: CrmError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("ContactCards", "Contacts"), str(exc))


def leading(widget: QWidget) -> Qt.AlignmentFlag:
    """Alignment to the reading start of the layout, whatever the text's own direction: a Latin name on a Persian
    card still starts at the right edge."""
    if widget.isRightToLeft():
        return Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def section_label(text: str, parent: QWidget) -> QLabel:
    """A bold heading inside a form."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setAlignment(leading(parent))
    return label


def long_year_format(locale: QLocale) -> str:
    """The locale's short date format with four-digit years (a birthday in '55 is not 2055)."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")


def format_date(value: date, locale: QLocale) -> str:
    return locale.toString(qdate(value), long_year_format(locale))


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def status_names(_widget: QWidget | None = None) -> dict[str, str]:
    """The contact statuses as the user reads them (one translation, shared with the lists)."""
    return {key: status_name(key) for key in STATUSES}


def role_names(_widget: QWidget | None = None) -> dict[str, str]:
    """The suggested roles of a person in a company (stored in English) as the user reads them."""
    known = {
        "director": QCoreApplication.translate("CompanyRole", "Director"),
        "chief accountant": QCoreApplication.translate("CompanyRole", "Chief accountant"),
        "accountant": QCoreApplication.translate("CompanyRole", "Accountant"),
        "lawyer": QCoreApplication.translate("CompanyRole", "Lawyer"),
        "secretary": QCoreApplication.translate("CompanyRole", "Secretary"),
        "purchasing manager": QCoreApplication.translate("CompanyRole", "Purchasing manager"),
        "sales manager": QCoreApplication.translate("CompanyRole", "Sales manager"),
        "it manager": QCoreApplication.translate("CompanyRole", "IT manager"),
        "chief engineer": QCoreApplication.translate("CompanyRole", "Chief engineer"),
        "engineer": QCoreApplication.translate("CompanyRole", "Engineer"),
        "owner": QCoreApplication.translate("CompanyRole", "Owner"),
    }
    return {role: known.get(role, role) for role in ROLE_SUGGESTIONS}


def _countries() -> list[tuple[str, str]]:
    """(code, English name) of every territory Qt knows, by name."""
    found: dict[str, str] = {}
    for locale in QLocale.matchingLocales(QLocale.Language.AnyLanguage, QLocale.Script.AnyScript,
                                          QLocale.Country.AnyCountry):
        territory = locale.territory()
        code = QLocale.territoryToCode(territory)
        if len(code) == 2 and code.isalpha() and code not in found:
            found[code] = QLocale.territoryToString(territory)
    return sorted(found.items(), key=lambda item: item[1].casefold())


_COUNTRIES: list[tuple[str, str]] = []


class CountryCombo(QComboBox):
    """A country as its two-letter code, chosen by name or typed as the code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Sized for a usual name, not the longest one ("South Georgia and South Sandwich Islands").
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.addItem("", None)
        if not _COUNTRIES:
            _COUNTRIES.extend(_countries())
        for code, name in _COUNTRIES:
            self.addItem(f"{name} ({code})", code)
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_code(self, code: str | None) -> None:
        found = self.findData(code.upper()) if code else 0
        if found < 0:
            self.addItem(code or "", code)
            found = self.count() - 1
        self.setCurrentIndex(found)

    def code(self) -> str | None:
        """The code chosen; ValueError when the text names no country."""
        text = self.currentText().strip()
        if not text:
            return None
        found = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if found >= 0:
            data = self.itemData(found)
            return str(data) if data else None
        if len(text) == 2 and text.isalpha():
            return text.upper()
        wanted = text.casefold()
        for code, name in _COUNTRIES:
            if name.casefold() == wanted:
                return code
        raise ValueError(text)


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a date edit and a "No date" box (as custom date fields have)."""

    changed = Signal()

    def __init__(self, default: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default = default
        self.date_edit = QDateEdit(default, self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(long_year_format(QLocale()))
        self.no_date = QCheckBox(self.tr("No date"), self)
        self.no_date.toggled.connect(self.date_edit.setDisabled)
        self.no_date.toggled.connect(self.changed)
        self.date_edit.dateChanged.connect(self.changed)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.date_edit)
        box.addWidget(self.no_date)
        box.addStretch(1)
        self.set_value(None)

    def set_value(self, value: date | None) -> None:
        self.date_edit.setDate(qdate(value) if value is not None else self.default)
        self.no_date.setChecked(value is None)
        self.date_edit.setEnabled(value is not None)

    def value(self) -> date | None:
        if self.no_date.isChecked():
            return None
        picked = self.date_edit.date()
        return date(picked.year(), picked.month(), picked.day())


class ContactCardDialog(QDialog):
    """What the person and company cards share: the window, saving with conflicts and undo, the timeline, and the
    tabs of related deals, tasks, documents and attachments."""

    kind = ""  # "person" | "company"
    saved = Signal(int)  # the record's id

    def __init__(self, ctx: AppContext, record_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = record_id
        self.version: int | None = None
        self.detail: PersonDetail | CompanyDetail | None = None
        self.service = ContactService(ctx.db, ctx.user_id)
        self.pipeline = PipelineService(ctx.db, ctx.user_id)
        self.fields_service = CustomFieldService(ctx.db, ctx.user_id)
        self.duplicates = DuplicateService(ctx.db, ctx.user_id, region=ctx.region)
        self.saved_state: object = None
        self._loading = False
        self._saving = False
        self._closing = False
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self.setSizeGripEnabled(True)
        self.status_names = status_names(self)
        self.owners = self.pipeline.list_owners()
        self.lead_sources = self.pipeline.list_lead_sources()
        self.tag_list = self.service.list_tags()

        self.header = QLabel(self)
        self.header.setObjectName("cardHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setAlignment(leading(self))
        self.trash_banner = QLabel(self)
        self.trash_banner.setObjectName("cardTrashBanner")
        self.trash_banner.setWordWrap(True)
        self.trash_banner.setAlignment(leading(self))
        self.trash_banner.setStyleSheet(f"background: {TRASH_COLOR}; padding: 4px; border-radius: 4px;")
        self.trash_banner.hide()
        self.duplicate_warning = DuplicateWarning(self.duplicates, self.kind, self)
        self.duplicate_warning.open_requested.connect(self.on_duplicate_warning_open_requested)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("cardTabs")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("cardStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setAlignment(leading(self))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("cardSaveButton")
        self.save_button.setToolTip(self.tr("Save (%1)").replace(
            "%1", QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)))
        self.save_button.setDefault(True)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("cardCloseButton")
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.trash_banner)
        layout.addWidget(self.duplicate_warning)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(LOG_CALL_SHORTCUT, self, self.on_log_call_shortcut)
        QShortcut(ADD_NOTE_SHORTCUT, self, self.on_add_note_shortcut)
        self.finished.connect(self.on_finished)
        ctx.bridge.data_changed.connect(self.on_bridge_data_changed)

    def raise_card(self) -> None:
        """Bring the card to the front (un-minimized)."""
        self.show()
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.raise_()
        self.activateWindow()

    # ---- what PersonCardDialog and CompanyCardDialog each define (this base class is never shown itself) ------
    @abstractmethod
    def collect_input(self) -> PersonInput | CompanyInput: ...

    @abstractmethod
    def fill_input(self, data: Any) -> None: ...

    @abstractmethod
    def get_detail(self, record_id: int) -> PersonDetail | CompanyDetail: ...

    @abstractmethod
    def create_record(self, data: Any) -> SaveResult: ...

    @abstractmethod
    def update_method(self) -> Callable[..., SaveResult]: ...

    @abstractmethod
    def window_title(self) -> str: ...

    @abstractmethod
    def header_html(self) -> str: ...

    @abstractmethod
    def field_labels(self) -> dict[str, str]: ...

    def check_before_save(self) -> bool:
        """Whatever must be settled before saving (a company typed but not chosen...); False keeps the card."""
        return True

    def duplicate_query(self) -> dict[str, Any]:
        return {}

    # ---- building blocks ------------------------------------------------------------------------------------
    def build_tabs(self) -> None:
        """The tabs after the details: custom fields, (people,) timeline, deals, tasks, documents, attachments."""
        self.fields_editor = CustomFieldsEditor(self.fields_service, self.kind, self)
        self.tabs.addTab(self.fields_editor, self.tr("Custo&m fields"))
        self.add_extra_tabs()
        self.timeline = TimelineWidget(self.service, self.kind, self)
        self.timeline.activity_logged.connect(self.on_timeline_activity_logged)
        self.timeline.task_planned.connect(self.on_timeline_task_planned)
        self.tabs.addTab(self.timeline, self.tr("&Timeline"))
        self.deals_page = self._build_deals_tab()
        self.tabs.addTab(self.deals_page, self.tr("&Deals"))
        self.tasks_page = self._build_tasks_tab()
        self.tabs.addTab(self.tasks_page, self.tr("Tas&ks"))
        self.documents_page = self._build_documents_tab()
        self.tabs.addTab(self.documents_page, self.tr("Doc&uments"))
        self.attachments_page = self._build_attachments_tab()
        self.tabs.addTab(self.attachments_page, self.tr("Attac&hments"))
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)

    def add_extra_tabs(self) -> None:
        """Tabs only one kind of card has (the company's people)."""

    def related_pages(self) -> list[QWidget]:
        return [self.timeline, self.deals_page, self.tasks_page, self.documents_page, self.attachments_page]

    def add_row(self, form: QFormLayout, text: str, field: QWidget | QHBoxLayout, buddy: QWidget | None = None,
                ) -> QLabel:
        label = QLabel(text, form.parentWidget())
        label.setBuddy(buddy if buddy is not None else field)  # type: ignore[arg-type]
        form.addRow(label, field)
        return label

    @staticmethod
    def new_form(parent: QWidget) -> QFormLayout:
        form = QFormLayout()
        # Long labels (40% longer translations) move above their field instead of squeezing it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def build_common_fields(self, parent: QWidget) -> None:
        """Status, owner, lead source, tags, city, country and notes: both cards have them."""
        self.status_combo = QComboBox(parent)
        self.status_combo.setObjectName("cardStatusCombo")
        for key, name in self.status_names.items():
            self.status_combo.addItem(name, key)
        self.owner_combo = QComboBox(parent)
        self.owner_combo.setObjectName("cardOwner")
        self.owner_combo.addItem(self.tr("(nobody)"), None)
        for user_id, name in self.owners:
            self.owner_combo.addItem(name, user_id)
        self.lead_source_combo = QComboBox(parent)
        self.lead_source_combo.setObjectName("cardLeadSource")
        self.lead_source_combo.addItem(self.tr("(none)"), None)
        for source_id, name in self.lead_sources:
            self.lead_source_combo.addItem(name, source_id)
        self.tags = QListWidget(parent)
        self.tags.setObjectName("cardTags")
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setFlow(QListWidget.Flow.LeftToRight)
        self.tags.setWrapping(True)
        self.tags.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.tags.setSpacing(2)
        self.tags.setMaximumHeight(60)
        for tag_id, name, color in self.tag_list:
            item = QListWidgetItem(swatch(color), name, self.tags)
            item.setData(RECORD_ROLE, tag_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        if not self.tag_list:
            self.tags.hide()
        self.city_edit = QLineEdit(parent)
        self.city_edit.setObjectName("cardCity")
        self.city_edit.setMaxLength(120)
        self.country_combo = CountryCombo(parent)
        self.country_combo.setObjectName("cardCountry")
        self.notes_edit = QPlainTextEdit(parent)
        self.notes_edit.setObjectName("cardNotes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(70)
        self.channels_editor = ChannelsEditor(self._validate_channel, self.channel_kinds(), parent)
        self.channels_editor.changed.connect(self.schedule_duplicate_check)

    def channel_kinds(self) -> tuple[str, ...]:
        return ("phone", "email", "messenger")

    def _validate_channel(self, kind: str, value: str) -> tuple[str, str | None]:
        return self.service.validate_channel(kind, value)

    def scroll_page(self, content: QWidget) -> QScrollArea:
        scroll = QScrollArea(self)
        scroll.setObjectName("detailsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        return scroll

    # ---- common values --------------------------------------------------------------------------------------
    def tag_ids(self) -> tuple[int, ...]:
        return tuple(int(self.tags.item(row).data(RECORD_ROLE)) for row in range(self.tags.count())
                     if self.tags.item(row).checkState() == Qt.CheckState.Checked)

    def set_tag_ids(self, tag_ids: tuple[int, ...]) -> None:
        known = {int(self.tags.item(row).data(RECORD_ROLE)) for row in range(self.tags.count())}
        for tag_id, name, color in self.detail.tags if self.detail else ():
            if tag_id not in known:  # a tag deleted meanwhile stays on the record until unticked
                item = QListWidgetItem(swatch(color), name, self.tags)
                item.setData(RECORD_ROLE, tag_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.tags.show()
        for row in range(self.tags.count()):
            item = self.tags.item(row)
            checked = int(item.data(RECORD_ROLE)) in tag_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    @staticmethod
    def select_data(combo: QComboBox, data: object, missing_text: str = "") -> None:
        found = combo.findData(data)
        if found < 0 and data is not None:
            combo.addItem(missing_text or f"#{data}", data)
            found = combo.count() - 1
        combo.setCurrentIndex(max(found, 0))

    def country_code(self) -> str | None:
        try:
            return self.country_combo.code()
        except ValueError:
            return None

    @staticmethod
    def text_or_none(widget: QLineEdit | QPlainTextEdit) -> str | None:
        text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        return text.strip() or None

    # ---- loading --------------------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the record and show it (or the empty form of a new one)."""
        self._loading = True
        try:
            if self.record_id is not None:
                self.detail = self.get_detail(self.record_id)
                _open_cards[(id(self.ctx.db), self.kind, self.record_id)] = self
                self.version = self.detail.version
                self.fill_input(self.detail.input)
                self.channels_editor.set_channels(self.detail.channels)
                self.fields_editor.load(dict(self.detail.input.custom or {}))
            else:
                self.fill_new()
        finally:
            self._loading = False
        if self not in _live_cards:
            _live_cards.append(self)
        self.saved_state = self.state()
        self.refresh_frame()
        self.fill_related()

    def fill_new(self) -> None:
        """The defaults of a new record: the current user owns it."""
        self.select_data(self.owner_combo, self.ctx.user_id)

    def refresh_frame(self) -> None:
        """Title, header, Trash banner, and which tabs can be used."""
        self.setWindowTitle(self.window_title())
        self.header.setText(self.header_html())
        in_trash = self.detail is not None and self.detail.deleted_at is not None
        self.trash_banner.setVisible(in_trash)
        self.save_button.setEnabled(not in_trash)
        if in_trash and self.detail is not None and self.detail.deleted_at is not None:
            self.trash_banner.setText(self.tr("This record is in the Trash since %1. Restore it from the Trash to "
                                              "work with it again.").replace(
                "%1", format_utc(self.detail.deleted_at, self.locale())))
        exists = self.record_id is not None
        for page in self.related_pages():
            self.tabs.setTabEnabled(self.tabs.indexOf(page), exists)
        self.timeline.set_record(self.record_id, self.record_name())
        if exists:
            self.duplicate_warning.stop()

    def record_name(self) -> str:
        return self.detail.name if self.detail is not None else ""

    def state(self) -> object:
        """What the form shows, to tell whether it changed since it was loaded or saved."""
        try:
            custom: object = self.fields_editor.collect()
        except CrmError:
            custom = object()  # unreadable text counts as a change
        try:
            data: object = replace(self.collect_input(), custom=None)
        except ValueError:
            data = object()
        return data, custom, self.extra_state()

    def extra_state(self) -> object:
        return None

    def is_dirty(self) -> bool:
        return self.state() != self.saved_state

    # ---- saving ---------------------------------------------------------------------------------------------
    @Slot()
    def save(self) -> bool:
        """Write the card; True when it was saved. Problems in channel values are shown but do not stop it."""
        if self._saving or not self.save_button.isEnabled():
            return False
        self.status_label.clear()
        if not self.check_before_save():
            return False
        try:
            self.country_combo.code()
        except ValueError:
            self.tabs.setCurrentIndex(0)
            self.warn(self.tr("'%1' is not a country. Choose one from the list, or type its two-letter code.")
                      .replace("%1", self.country_combo.currentText().strip()))
            self.country_combo.setFocus()
            return False
        try:
            custom = self.fields_service.validate_values(self.kind, self.fields_editor.collect())
        except CrmError as exc:
            self.tabs.setCurrentWidget(self.fields_editor)
            self.warn(str(exc))
            return False
        try:
            data = replace(self.collect_input(), custom=custom)
        except ValueError as exc:
            self.tabs.setCurrentIndex(0)
            self.warn(str(exc))
            return False
        self._saving = True
        try:
            result = self._write(data)
        finally:
            self._saving = False
        if result is None:
            return False
        self.after_save(result)
        return True

    def _write(self, data: PersonInput | CompanyInput) -> SaveResult | None:
        version = self.version
        while True:
            try:
                if self.record_id is None:
                    return self.create_record(data)
                assert version is not None
                return self.update_method()(self.record_id, data, expected_version=version)
            except EditConflict as exc:
                merged = self.resolve_conflict(exc, data)
                if merged is None:
                    self.status_label.setText(self.tr("Not saved: the record was changed elsewhere."))
                    return None
                data, version = merged, exc.theirs.version
            except CrmError as exc:
                self.warn(str(exc))
                return None

    def after_save(self, result: SaveResult) -> None:
        created = self.record_id is None
        self.record_id = result.id
        self.version = result.version
        _open_cards[(id(self.ctx.db), self.kind, result.id)] = self
        try:
            self.detail = self.get_detail(result.id)
        except CrmError:
            self.detail = None
        if self.detail is not None:
            self._loading = True
            try:
                self.version = self.detail.version
                self.fill_input(self.detail.input)
                self.channels_editor.set_channels(self.detail.channels)
                self.fields_editor.load(dict(self.detail.input.custom or {}))
            finally:
                self._loading = False
        self.saved_state = self.state()
        if not created and result.previous is not None:
            self.push_undo(result)
        self.refresh_frame()
        if result.problems:
            self.status_label.setText(self.tr("Saved. Please check: %1").replace("%1", "; ".join(result.problems)))
            self.status_label.setStyleSheet(f"color: {OVERDUE_COLOR}")
        else:
            self.status_label.setText(self.tr("Saved."))
            self.status_label.setStyleSheet("")
        self.fill_related()
        self._saving = True  # our own change: do not reload what was just shown
        try:
            self.ctx.bridge.data_changed.emit("contacts")
        finally:
            self._saving = False
        self.saved.emit(result.id)

    def push_undo(self, result: SaveResult) -> None:
        """Ctrl+Z puts the values back as they were before this save (refused if the record changed since)."""
        previous = result.previous
        if previous is None:
            return
        update, record_id, version = self.update_method(), result.id, result.version

        def undo_edit() -> SaveResult:
            return update(record_id, previous, expected_version=version)

        self.ctx.undo.push(self.tr("Edit %1").replace("%1", self.record_name()), undo_edit)

    # ---- conflicts ------------------------------------------------------------------------------------------
    def resolve_conflict(self, conflict: EditConflict, mine: PersonInput | CompanyInput,
                         ) -> PersonInput | CompanyInput | None:
        """Ask which value of each differing field stays; the input to save, or None when the user cancels."""
        rows = [(name, self.field_labels().get(self._base_field(name), name), self.format_value(name, theirs),
                 self.format_value(name, yours)) for name, theirs, yours in conflict.fields]
        opened = self.detail.input if self.detail is not None and self.detail.id == self.record_id else None
        take_theirs = self.ask_conflict(rows, untouched_fields(opened, conflict.fields))
        if take_theirs is None:
            return None
        return self.merge_conflict(conflict, mine, take_theirs)

    def ask_conflict(self, rows: list[tuple[str, str, str, str]], theirs_default: set[str]) -> set[str] | None:
        """The fields whose other value the user keeps, or None when they cancel; `theirs_default` are proposed
        with their value (only they changed those)."""
        dialog = ConflictDialog(rows, self, theirs_default=theirs_default)
        if not run_modal(dialog):
            return None
        return dialog.theirs_chosen()

    @staticmethod
    def _base_field(name: str) -> str:
        return name.split(":")[0].split(".")[0]

    @staticmethod
    def merge_conflict(conflict: EditConflict, mine: PersonInput | CompanyInput,
                       take_theirs: set[str]) -> PersonInput | CompanyInput:
        values = {f.name: getattr(mine, f.name) for f in fields(mine)}
        theirs_input = conflict.theirs.input
        custom = dict(mine.custom or {})
        for name, theirs, _yours in conflict.fields:
            if name not in take_theirs:
                continue
            if name == "custom" and isinstance(theirs, Mapping):
                custom.update(theirs)  # only the fields that differ are listed
            elif name in values:
                values[name] = getattr(theirs_input, name)
        values["custom"] = custom
        return type(mine)(**values)

    def format_value(self, field: str, value: object) -> str:
        """A value of a field as the conflict dialog shows it."""
        if value is None or value == "" or value == ():
            return self.tr("(empty)")
        base = self._base_field(field)
        if base == "status" and isinstance(value, str):
            return self.status_names.get(value, value)
        if base == "owner_id":
            return dict(self.owners).get(value, f"#{value}")  # type: ignore[call-overload]
        if base == "lead_source_id":
            return dict(self.lead_sources).get(value, f"#{value}")  # type: ignore[call-overload]
        if base == "company_id" and isinstance(value, int):
            party = self.pipeline.get_party("company", value)
            return party.name if party is not None else f"#{value}"
        if base == "tag_ids" and isinstance(value, tuple | list):
            names = {tag_id: name for tag_id, name, _color in self.tag_list}
            return ", ".join(names.get(t, f"#{t}") for t in value)
        if base == "channels" and isinstance(value, tuple | list):
            return ", ".join(getattr(c, "value", str(c)) for c in value)
        if isinstance(value, Mapping):
            labels = {d.id: d.label for d in self.fields_editor.definitions}
            return "; ".join(f"{labels.get(k, k)}: {v}" for k, v in value.items() if v not in (None, ""))
        if isinstance(value, datetime):
            return format_utc(value, self.locale())
        if isinstance(value, date):
            return format_date(value, self.locale())
        if base == "company_role" and isinstance(value, str):
            return role_names(self).get(value, value)
        return str(value)

    # ---- closing --------------------------------------------------------------------------------------------
    def ask_save_changes(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self, self.windowTitle(), self.tr("Save the changes to %1?").replace(
                "%1", self.record_name() or self.tr("this new record")),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)

    def reject(self) -> None:
        if not self._closing and self.is_dirty():
            answer = self.ask_save_changes()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        self._closing = True
        super().reject()

    def discard_and_close(self) -> None:
        """Close without asking (the app is quitting, or the record is gone)."""
        self._closing = True
        self.close()

    @Slot(int)
    def on_finished(self, _result: int) -> None:
        if self.record_id is not None:
            key = (id(self.ctx.db), self.kind, self.record_id)
            if _open_cards.get(key) is self:
                del _open_cards[key]
        if self in _live_cards:
            _live_cards.remove(self)
        self.duplicate_warning.stop()
        self.deleteLater()

    # ---- other windows' changes ---------------------------------------------------------------------------
    @Slot(str)
    def on_bridge_data_changed(self, what: str) -> None:
        if self._saving or self._closing or self.record_id is None:
            return
        if what in ("contacts", "undo", "others") and not self.is_dirty():
            try:
                detail = self.get_detail(self.record_id)
            except NotFoundError:
                self.trash_banner.setText(self.tr("This record was deleted for good; it can no longer be saved."))
                self.trash_banner.show()
                self.save_button.setEnabled(False)
                return
            except CrmError:
                return
            if detail.version != self.version:
                self.load()
                return
        if what in ("contacts", "undo", "deals", "tasks", "documents", "others"):
            self.fill_related()
            self.timeline.reload()

    # ---- duplicates -----------------------------------------------------------------------------------------
    @Slot()
    def schedule_duplicate_check(self) -> None:
        if self.record_id is None and not self._loading:
            self.duplicate_warning.set_query(**self.duplicate_query())

    @Slot(str, int)
    def on_duplicate_warning_open_requested(self, kind: str, record_id: int) -> None:
        open_card(self.ctx, kind, record_id, self.parentWidget())

    # ---- related records ------------------------------------------------------------------------------------
    def _table(self, columns: list[str], name: str, accessible: str, parent: QWidget) -> QTableWidget:
        table = QTableWidget(0, len(columns), parent)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(columns)
        table.setAccessibleName(accessible)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The first column names the row (deal, task, document, file): it takes the room, also in an empty table.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def _page(self, table: QTableWidget, buttons: list[QPushButton], name: str) -> QWidget:
        page = QWidget(self)
        page.setObjectName(name)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        return page

    def _build_deals_tab(self) -> QWidget:
        self.deals_table = self._table([self.tr("Deal"), self.tr("Stage"), self.tr("Status"), self.tr("Amount")],
                                       "cardDeals", self.tr("Deals"), self)
        self.deals_table.itemActivated.connect(lambda _item: self.on_open_deal_button_clicked())
        self.open_deal_button = side_button(self, self.tr("&Open deal"), "openDealButton")
        self.open_deal_button.clicked.connect(self.on_open_deal_button_clicked)
        return self._page(self.deals_table, [self.open_deal_button], "dealsPage")

    def _build_tasks_tab(self) -> QWidget:
        self.tasks_table = self._table([self.tr("Kind"), self.tr("Task"), self.tr("Due"), self.tr("Done")],
                                       "cardTasks", self.tr("Tasks"), self)
        self.tasks_table.itemSelectionChanged.connect(self._update_task_buttons)
        self.plan_task_button = side_button(self, self.tr("&Plan task…"), "planTaskButton")
        self.plan_task_button.clicked.connect(self.on_plan_task_button_clicked)
        self.complete_task_button = side_button(self, self.tr("&Complete…"), "completeTaskButton")
        self.complete_task_button.clicked.connect(self.on_complete_task_button_clicked)
        return self._page(self.tasks_table, [self.plan_task_button, self.complete_task_button], "tasksPage")

    def _build_documents_tab(self) -> QWidget:
        self.documents_table = self._table([self.tr("Document"), self.tr("Number"), self.tr("Created")],
                                           "cardDocuments", self.tr("Documents"), self)
        self.documents_table.itemActivated.connect(lambda _item: self.on_open_document_button_clicked())
        self.open_document_button = side_button(self, self.tr("&Open document"), "openDocumentButton")
        self.open_document_button.clicked.connect(self.on_open_document_button_clicked)
        self.generate_document_button = side_button(self, self.tr("&Generate document…"), "generateDocumentButton")
        self.generate_document_button.clicked.connect(self.on_generate_document_button_clicked)
        return self._page(self.documents_table, [self.generate_document_button, self.open_document_button],
                          "documentsPage")

    def _build_attachments_tab(self) -> QWidget:
        self.attachments_table = self._table([self.tr("File"), self.tr("Size"), self.tr("Added")],
                                             "cardAttachments", self.tr("Attachments"), self)
        self.attachments_table.itemActivated.connect(lambda _item: self.on_open_attachment_button_clicked())
        self.open_attachment_button = side_button(self, self.tr("&Open file"), "openAttachmentButton")
        self.open_attachment_button.clicked.connect(self.on_open_attachment_button_clicked)
        self.attach_button = side_button(self, self.tr("&Attach file…"), "attachFileButton")
        self.attach_button.clicked.connect(self.on_attach_button_clicked)
        self.remove_attachment_button = side_button(self, self.tr("&Remove file"), "removeAttachmentButton")
        self.remove_attachment_button.clicked.connect(self.on_remove_attachment_button_clicked)
        return self._page(self.attachments_table,
                          [self.attach_button, self.open_attachment_button, self.remove_attachment_button],
                          "attachmentsPage")

    def _when(self, value: datetime | None) -> str:
        return format_utc(value, self.locale()) if value is not None else ""

    def _set_rows(self, table: QTableWidget, rows: list[tuple[object, list[str]]]) -> None:
        table.setRowCount(len(rows))
        for row, (record, texts) in enumerate(rows):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(RECORD_ROLE, record)
                table.setItem(row, column, item)

    def _current(self, table: QTableWidget) -> object:
        item = table.item(table.currentRow(), 0)
        return item.data(RECORD_ROLE) if item is not None else None

    def fill_related(self) -> None:
        """Deals, tasks, documents and attachments of the record (and the timeline)."""
        if self.record_id is None:
            for table in (self.deals_table, self.tasks_table, self.documents_table, self.attachments_table):
                table.setRowCount(0)
            self._update_task_buttons()
            return
        kind, record_id = self.kind, self.record_id
        try:
            deals = self.service.related_deals(kind, record_id)
            tasks = self.service.related_tasks(kind, record_id)
            documents = self.service.related_documents(kind, record_id)
            attachments = self.service.related_attachments(kind, record_id)
        except CrmError as exc:
            self.status_label.setText(str(exc))
            return
        deal_status = {"open": self.tr("Open"), "won": self.tr("Won"), "lost": self.tr("Lost")}
        self._set_rows(self.deals_table, [
            (deal, [deal.title, deal.stage_name, deal_status.get(deal.status, deal.status),
                    f"{self.locale().toString(float(deal.amount), 'f', 2)} {deal.currency}"]) for deal in deals])
        task_kinds = {"call": self.tr("Call"), "meeting": self.tr("Meeting"), "email": self.tr("Email"),
                      "todo": self.tr("To-do")}
        now = datetime.now(UTC).replace(tzinfo=None)
        self._set_rows(self.tasks_table, [
            (task, [task_kinds.get(task.kind, task.kind), task.title, self._when(task.due_at),
                    self._done_text(task)]) for task in tasks])
        for row, task in enumerate(tasks):
            if task.done_at is None and task.due_at is not None and task.due_at < now:
                item = self.tasks_table.item(row, 2)
                if item is not None:
                    item.setForeground(QColor(OVERDUE_COLOR))
                    item.setToolTip(self.tr("Overdue"))
        self._set_rows(self.documents_table, [
            (doc, [doc.title, doc.number or "", self._when(doc.created_at)]) for doc in documents])
        self._set_rows(self.attachments_table, [
            (att, [att.file_name, self.locale().formattedDataSize(att.size), self._when(att.created_at)])
            for att in attachments])
        self._update_task_buttons()
        for page, count in ((self.deals_page, len(deals)), (self.tasks_page, sum(t.done_at is None for t in tasks)),
                            (self.documents_page, len(documents)), (self.attachments_page, len(attachments))):
            index = self.tabs.indexOf(page)
            base = self.tabs.tabText(index).split(" (")[0]
            self.tabs.setTabText(index, f"{base} ({count})" if count else base)

    def _done_text(self, task: RelatedTask) -> str:
        if task.done_at is None:
            return ""
        if task.result:
            return self.tr("%1: %2").replace("%1", self._when(task.done_at)).replace("%2", task.result)
        return self._when(task.done_at)

    @Slot(int)
    def on_tabs_current_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() in (self.deals_page, self.tasks_page, self.documents_page,
                                         self.attachments_page) and self.record_id is not None:
            self.fill_related()

    def current_task(self) -> RelatedTask | None:
        task = self._current(self.tasks_table)
        return task if isinstance(task, RelatedTask) else None

    def _update_task_buttons(self) -> None:
        task = self.current_task()
        self.complete_task_button.setEnabled(task is not None and task.done_at is None)
        self.plan_task_button.setEnabled(self.record_id is not None)
        self.generate_document_button.setEnabled(self.record_id is not None)

    def ask_task(self) -> tuple[str, datetime, str] | None:
        intro = self.tr("What is the next step with %1?").replace("%1", self.record_name())
        dialog = NextTaskDialog(self.record_name(), self, intro=intro)
        if not run_modal(dialog):
            return None
        return dialog.planned()

    def ask_result(self, task: RelatedTask) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Complete the task"),
                                        self.tr("What came of '%1'?").replace("%1", task.title))
        return text.strip() if ok else None

    @Slot()
    def on_plan_task_button_clicked(self) -> None:
        if self.record_id is None:
            return
        planned = self.ask_task()
        if planned is None:
            return
        task_kind, due_at, title = planned
        try:
            self.service.plan_task(self.kind, self.record_id, task_kind, due_at, title, all_day=False)
        except CrmError as exc:
            self.warn(str(exc))
            return
        self.fill_related()
        self.ctx.bridge.data_changed.emit("tasks")

    @Slot()
    def on_complete_task_button_clicked(self) -> None:
        task = self.current_task()
        if task is None or task.done_at is not None:
            return
        result = self.ask_result(task)
        if result is None:
            return
        try:
            self.pipeline.complete_task(task.id, result)
        except CrmError as exc:
            self.warn(str(exc))
        self.fill_related()
        self.ctx.bridge.data_changed.emit("tasks")

    @Slot()
    def on_open_deal_button_clicked(self) -> None:
        deal = self._current(self.deals_table)
        if not isinstance(deal, RelatedDeal):
            return
        from crm_desktop.ui.funnel.deal_editor import DealEditorDialog

        try:
            dialog = DealEditorDialog(self.pipeline, deal.id, self, runner=self.ctx.runner, ctx=self.ctx)
        except CrmError as exc:
            self.warn(str(exc))
            return
        if run_modal(dialog) or dialog.changed:
            self.ctx.bridge.data_changed.emit("deals")
            self.fill_related()
        dialog.deleteLater()

    def open_path(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.warn(self.tr("No program could open %1.").replace("%1", isolate_ltr(str(path))))

    @Slot()
    def on_open_document_button_clicked(self) -> None:
        document = self._current(self.documents_table)
        if not isinstance(document, DocumentInfo):
            return
        if not document.path.is_file():
            self.warn(self.tr("The file of '%1' is no longer at %2.").replace("%1", document.title)
                      .replace("%2", isolate_ltr(str(document.path))))
            return
        self.open_path(document.path)

    @Slot()
    def on_generate_document_button_clicked(self) -> None:
        from crm_desktop.ui.documents.generate_dialog import GenerateDocumentDialog  # loads the template engine

        if self.record_id is None:
            return
        if run_modal(GenerateDocumentDialog(self.ctx, self.kind, [self.record_id], self)):
            self.fill_related()

    @Slot()
    def on_open_attachment_button_clicked(self) -> None:
        attachment = self._current(self.attachments_table)
        if not isinstance(attachment, AttachmentInfo):
            return
        pipeline = self.pipeline

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, CancelledError):
                self.warn(str(exc))

        self.ctx.runner.run(lambda _progress: pipeline.attachment_copy_to_open(attachment.id), self.open_path,
                            failed, title=self.tr("Opening %1…").replace("%1", attachment.file_name),
                            parent_widget=self)

    @Slot()
    def on_attach_button_clicked(self) -> None:
        if self.record_id is None:
            self.warn(self.tr("Save the card first; then files can be attached to it."))
            return
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if path:
            self.attach(Path(path))

    def attach(self, source: Path) -> None:
        """Copy the file into the attachments folder on the worker, with progress for a large one."""
        pipeline, kind, record_id = self.pipeline, self.kind, self.record_id
        assert record_id is not None

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, CancelledError):
                self.warn(str(exc))

        self.ctx.runner.run(lambda progress: pipeline.attach_file_to_party(kind, record_id, source, progress),
                            lambda _info: self.fill_related(), failed,
                            title=self.tr("Attaching %1…").replace("%1", source.name), parent_widget=self)

    @Slot()
    def on_remove_attachment_button_clicked(self) -> None:
        attachment = self._current(self.attachments_table)
        if not isinstance(attachment, AttachmentInfo):
            return
        if not ask_yes_no(self, self.tr("Remove file"),
                          self.tr("Remove '%1' from this card?").replace("%1", attachment.file_name)):
            return
        try:
            self.pipeline.remove_attachment(attachment.id)
        except CrmError as exc:
            self.warn(str(exc))
        self.fill_related()

    # ---- timeline -------------------------------------------------------------------------------------------
    @Slot()
    def on_log_call_shortcut(self) -> None:
        if self.record_id is not None:
            self.tabs.setCurrentWidget(self.timeline)
            self.timeline.log_call()

    @Slot()
    def on_add_note_shortcut(self) -> None:
        if self.record_id is not None:
            self.tabs.setCurrentWidget(self.timeline)
            self.timeline.add_note()

    @Slot(int)
    def on_timeline_activity_logged(self, _activity_id: int) -> None:
        self.ctx.bridge.data_changed.emit("contacts")

    @Slot(int)
    def on_timeline_task_planned(self, _task_id: int) -> None:
        self.fill_related()
        self.ctx.bridge.data_changed.emit("tasks")

    # ---- messages -------------------------------------------------------------------------------------------
    def warn(self, text: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), text)


class PersonCardDialog(ContactCardDialog):
    """A person: names, position, company and role (or a private client), phones, e-mails and messengers,
    address, birthday, notes, status, owner, lead source, tags and custom fields, with everything related."""

    kind = "person"

    def __init__(self, ctx: AppContext, person_id: int | None, parent: QWidget | None = None, *,
                 company_id: int | None = None) -> None:
        super().__init__(ctx, person_id, parent)
        self.setObjectName("personCard")
        self.role_names = role_names(self)
        self.tabs.addTab(self.scroll_page(self._build_details()), self.tr("D&etails"))
        self.build_tabs()
        self._build_privacy_button()
        self.resize(920, 680)
        self.load()
        if person_id is None and company_id is not None:
            self._loading = True
            try:
                self.company_picker.set_party(self.pipeline.get_party("company", company_id))
                self.private_box.setChecked(False)
                self.on_private_box_toggled(False)
            finally:
                self._loading = False
            self.saved_state = self.state()
        self.first_name_edit.setFocus()

    # ---- construction ---------------------------------------------------------------------------------------
    def _build_details(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("personDetails")
        self.build_common_fields(page)
        self.first_name_edit = QLineEdit(page)
        self.first_name_edit.setObjectName("personFirstName")
        self.middle_name_edit = QLineEdit(page)
        self.middle_name_edit.setObjectName("personMiddleName")
        self.last_name_edit = QLineEdit(page)
        self.last_name_edit.setObjectName("personLastName")
        for edit in (self.first_name_edit, self.middle_name_edit, self.last_name_edit):
            edit.setMaxLength(120)
            edit.textEdited.connect(self.schedule_duplicate_check)
        self.position_edit = QLineEdit(page)
        self.position_edit.setObjectName("personPosition")
        self.position_edit.setMaxLength(200)

        self.company_picker = PartyPicker(
            "company", lambda text: self.pipeline.find_parties(text, kind="company"), page)
        self.company_picker.setObjectName("personCompany")
        self.company_picker.line_edit().setPlaceholderText(self.tr("Type to find a company"))
        self.company_picker.party_chosen.connect(self.on_company_picker_party_chosen)
        self.open_company_button = QPushButton(self.tr("Open"), page)
        self.open_company_button.setObjectName("openCompanyButton")
        self.open_company_button.setAutoDefault(False)
        self.open_company_button.setToolTip(self.tr("Open the company's card"))
        self.open_company_button.clicked.connect(self.on_open_company_button_clicked)
        company_row = QHBoxLayout()
        company_row.setContentsMargins(0, 0, 0, 0)
        company_row.addWidget(self.company_picker, 1)
        company_row.addWidget(self.open_company_button)
        self.private_box = QCheckBox(self.tr("Pri&vate client (no company)"), page)
        self.private_box.setObjectName("personPrivate")
        self.private_box.toggled.connect(self.on_private_box_toggled)
        self.role_combo = QComboBox(page)
        self.role_combo.setObjectName("personRole")
        self.role_combo.setEditable(True)
        self.role_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.role_combo.addItem("", None)
        for key, name in self.role_names.items():
            self.role_combo.addItem(name, key)
        role_edit = self.role_combo.lineEdit()
        if role_edit is not None:
            role_edit.setPlaceholderText(self.tr("Director, chief accountant…"))
            role_edit.setMaxLength(80)

        self.birthday_edit = OptionalDateEdit(QDate(1980, 1, 1), page)
        self.birthday_edit.setObjectName("personBirthday")
        self.address_edit = QPlainTextEdit(page)
        self.address_edit.setObjectName("personAddress")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(56)
        self.notes_edit.setPlaceholderText(self.tr("Preferences, family names, how they like to be addressed…"))

        left = self.new_form(page)
        self.add_row(left, self.tr("&First name:"), self.first_name_edit)
        self.add_row(left, self.tr("Midd&le name:"), self.middle_name_edit)
        self.add_row(left, self.tr("L&ast name:"), self.last_name_edit)
        self.add_row(left, self.tr("&Position:"), self.position_edit)
        self.add_row(left, self.tr("Compan&y:"), company_row, self.company_picker)
        left.addRow("", self.private_box)
        self.add_row(left, self.tr("&Role:"), self.role_combo)
        left.addRow(section_label(self.tr("Phones, emails and messengers"), page))
        left.addRow(self.channels_editor)

        right = self.new_form(page)
        self.add_row(right, self.tr("S&tatus:"), self.status_combo)
        self.add_row(right, self.tr("&Owner:"), self.owner_combo)
        self.add_row(right, self.tr("Lead so&urce:"), self.lead_source_combo)
        self.add_row(right, self.tr("&Birthday:"), self.birthday_edit, self.birthday_edit.date_edit)
        self.add_row(right, self.tr("Addre&ss:"), self.address_edit)
        self.add_row(right, self.tr("C&ity:"), self.city_edit)
        self.add_row(right, self.tr("Cou&ntry:"), self.country_combo)
        tags_label = self.add_row(right, self.tr("Ta&gs:"), self.tags)
        tags_label.setVisible(bool(self.tag_list))

        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(16)
        columns.addLayout(right, 2)
        notes_label = QLabel(self.tr("N&otes:"), page)
        notes_label.setBuddy(self.notes_edit)
        layout = QVBoxLayout(page)
        layout.addLayout(columns)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes_edit, 1)

        chain: list[QWidget] = [self.first_name_edit, self.middle_name_edit, self.last_name_edit,
                                self.position_edit, self.company_picker, self.open_company_button, self.private_box,
                                self.role_combo, self.channels_editor, self.status_combo, self.owner_combo,
                                self.lead_source_combo, self.birthday_edit.date_edit, self.birthday_edit.no_date,
                                self.address_edit, self.city_edit, self.country_combo, self.tags, self.notes_edit]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        return page

    # ---- values ---------------------------------------------------------------------------------------------
    def role_key(self) -> str | None:
        text = self.role_combo.currentText().strip()
        if not text:
            return None
        found = self.role_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        data = self.role_combo.itemData(found) if found >= 0 else None
        return str(data) if data else text

    def set_role(self, role: str | None) -> None:
        self.role_combo.setCurrentIndex(0)
        self.role_combo.setEditText(self.role_names.get(role, role) if role else "")

    def collect_input(self) -> PersonInput:
        previous = self.detail.input if isinstance(self.detail, PersonDetail) else None
        company = None if self.private_box.isChecked() else self.company_picker.chosen()
        return PersonInput(
            first_name=self.first_name_edit.text().strip(),
            last_name=self.last_name_edit.text().strip(),
            middle_name=self.text_or_none(self.middle_name_edit),
            position=self.text_or_none(self.position_edit),
            company_id=company.id if company is not None else None,
            company_role=self.role_key() if company is not None else None,
            birthday=self.birthday_edit.value(),
            address=self.text_or_none(self.address_edit),
            city=self.text_or_none(self.city_edit),
            country=self.country_code(),
            status=str(self.status_combo.currentData()),
            lead_source_id=self.lead_source_combo.currentData(),
            owner_id=self.owner_combo.currentData(),
            notes=self.text_or_none(self.notes_edit),
            channels=self.channels_editor.channels(),
            tag_ids=self.tag_ids(),
            custom=None,
            language=previous.language if previous is not None else None,
        )

    def extra_state(self) -> object:
        return self.company_picker.currentText().strip(), self.country_combo.currentText().strip()

    def fill_input(self, data: PersonInput) -> None:
        self.first_name_edit.setText(data.first_name)
        self.middle_name_edit.setText(data.middle_name or "")
        self.last_name_edit.setText(data.last_name)
        self.position_edit.setText(data.position or "")
        detail = self.detail if isinstance(self.detail, PersonDetail) else None
        party = None
        if data.company_id is not None:
            party = PartyInfo("company", data.company_id,
                              detail.company_name if detail is not None and detail.company_name else
                              f"#{data.company_id}", "")
        self.company_picker.set_party(party)
        self.private_box.setChecked(data.company_id is None)
        self.set_role(data.company_role)
        self.birthday_edit.set_value(data.birthday)
        self.address_edit.setPlainText(data.address or "")
        self.city_edit.setText(data.city or "")
        self.country_combo.set_code(data.country)
        self.select_data(self.status_combo, data.status)
        self.select_data(self.owner_combo, data.owner_id,
                         detail.owner_name if detail is not None and detail.owner_name else "")
        self.select_data(self.lead_source_combo, data.lead_source_id,
                         detail.lead_source_name if detail is not None and detail.lead_source_name else "")
        self.notes_edit.setPlainText(data.notes or "")
        self.set_tag_ids(data.tag_ids)
        self.on_private_box_toggled(self.private_box.isChecked())

    def fill_new(self) -> None:
        super().fill_new()
        self.private_box.setChecked(True)
        self.on_private_box_toggled(True)
        self.select_data(self.status_combo, "lead")

    def get_detail(self, record_id: int) -> PersonDetail:
        return self.service.get_person(record_id)

    def create_record(self, data: PersonInput) -> SaveResult:
        return self.service.create_person(data)

    def update_method(self) -> Callable[..., SaveResult]:
        return self.service.update_person

    def duplicate_query(self) -> dict[str, Any]:
        name = " ".join(p for p in (self.first_name_edit.text().strip(), self.last_name_edit.text().strip()) if p)
        return {"name": name, "phones": self.channels_editor.values("phone"),
                "emails": self.channels_editor.values("email")}

    def check_before_save(self) -> bool:
        if self.private_box.isChecked():
            return True
        text = self.company_picker.unresolved_text()
        if self.company_picker.resolve():
            return True
        self.tabs.setCurrentIndex(0)
        if self.ask_create_company(text):
            try:
                result = self.service.create_company(CompanyInput(name=text, owner_id=self.ctx.user_id))
            except CrmError as exc:
                self.warn(str(exc))
                return False
            self.company_picker.set_party(PartyInfo("company", result.id, text, ""))
            self.ctx.bridge.data_changed.emit("contacts")
            return True
        self.company_picker.setFocus()
        return False

    def ask_create_company(self, name: str) -> bool:
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("No company is called '%1'. Create it?\n\nTo choose an existing one instead, pick it from the "
                    "list that opens as you type.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # ---- personal data (GDPR) -------------------------------------------------------------------------------
    def _build_privacy_button(self) -> None:
        self.privacy_button = QToolButton(self)
        self.privacy_button.setObjectName("personalDataButton")
        self.privacy_button.setText(self.tr("Personal data"))
        self.privacy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.privacy_button)
        self.export_data_action = menu.addAction(self.tr("&Export personal data…"))
        self.export_data_action.setObjectName("exportPersonalData")
        self.export_data_action.triggered.connect(self.on_export_data_action_triggered)
        self.erase_action = menu.addAction(self.tr("E&rase person…"))
        self.erase_action.setObjectName("erasePerson")
        self.erase_action.triggered.connect(self.on_erase_action_triggered)
        self.privacy_button.setMenu(menu)
        self.buttons.addButton(self.privacy_button, QDialogButtonBox.ButtonRole.ResetRole)

    def refresh_frame(self) -> None:
        super().refresh_frame()
        # Built after the base class's first refresh; a new person gets the menu once saved.
        if hasattr(self, "privacy_button"):
            self.privacy_button.setEnabled(self.record_id is not None)

    @Slot()
    def on_export_data_action_triggered(self) -> None:
        if self.record_id is None:
            return
        name = "".join(c if c.isalnum() else "-" for c in self.record_name()).strip("-") or "person"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export personal data"), f"{name}.json",
                                                    self.tr("JSON files (*.json)"))
        if path:
            self.export_personal_data(Path(path))

    def export_personal_data(self, path: Path) -> None:
        service, person_id = PrivacyService(self.ctx.db, self.ctx.user_id), self.record_id
        assert person_id is not None

        def done(written: Path) -> None:
            self.status_label.setText(self.tr("Personal data written to %1.").replace("%1", isolate_ltr(str(written))))

        self.ctx.runner.run(lambda _progress: service.export_person(person_id, path), done, self._failed,
                            title=self.tr("Exporting personal data…"), parent_widget=self)

    @Slot()
    def on_erase_action_triggered(self) -> None:
        if self.record_id is None:
            return
        question = self.tr(
            "Erase %1 for good? Names, phones, emails, address, birthday, notes, tags, custom fields and files of "
            "this person are removed, also from the timeline, tasks and change log. This cannot be undone.")
        if ask_yes_no(self, self.tr("Erase person"), question.replace("%1", self.record_name())):
            self.erase_person()

    def erase_person(self) -> None:
        service, person_id = PrivacyService(self.ctx.db, self.ctx.user_id), self.record_id
        assert person_id is not None

        def done(_result: object) -> None:
            # Undo steps hold earlier values of the person: running one would write the erased data back.
            self.ctx.undo.clear()
            self.load()
            self.ctx.bridge.data_changed.emit("contacts")
            self.status_label.setText(self.tr("The person's personal data was erased."))

        self.ctx.runner.run(lambda _progress: service.erase_person(person_id), done, self._failed,
                            title=self.tr("Erasing…"), parent_widget=self)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, CancelledError):
            self.warn(str(exc))

    # ---- frame ----------------------------------------------------------------------------------------------
    def record_name(self) -> str:
        if self.detail is not None:
            return self.detail.name
        return " ".join(p for p in (self.first_name_edit.text().strip(), self.last_name_edit.text().strip()) if p)

    def window_title(self) -> str:
        if self.record_id is None:
            return self.tr("New person")
        return self.tr("Person: %1").replace("%1", self.record_name())

    def header_html(self) -> str:
        if not isinstance(self.detail, PersonDetail):
            return f"<span style='font-size:14pt; font-weight:600'>{html.escape(self.tr('New person'))}</span>"
        detail = self.detail
        data = detail.input
        role = self.role_names.get(data.company_role or "", data.company_role or "")
        sub = [p for p in (data.position, role) if p]
        if detail.company_name:
            sub.append(detail.company_name)
        elif data.company_id is None:
            sub.append(self.tr("private client"))
        sub.append(self.status_names.get(data.status, data.status))
        if detail.last_activity_at is not None:
            sub.append(self.tr("last contact %1").replace("%1", format_utc(detail.last_activity_at,
                                                                             self.locale())))
        return (f"<span style='font-size:14pt; font-weight:600'>{html.escape(detail.name)}</span><br>"
                f"<span style='color:{self.palette().color(QPalette.ColorRole.PlaceholderText).name()}'>"
                f"{html.escape(' · '.join(sub))}</span>")

    def field_labels(self) -> dict[str, str]:
        return {
            "first_name": self.tr("First name"), "last_name": self.tr("Last name"),
            "middle_name": self.tr("Middle name"), "position": self.tr("Position"), "company_id": self.tr("Company"),
            "company_role": self.tr("Role"), "birthday": self.tr("Birthday"), "address": self.tr("Address"),
            "city": self.tr("City"), "country": self.tr("Country"), "status": self.tr("Status"),
            "lead_source_id": self.tr("Lead source"), "owner_id": self.tr("Owner"), "notes": self.tr("Notes"),
            "channels": self.tr("Phones, emails and messengers"), "tag_ids": self.tr("Tags"),
            "custom": self.tr("Custom fields"), "language": self.tr("Language"),
        }

    # ---- actions --------------------------------------------------------------------------------------------
    @Slot(bool)
    def on_private_box_toggled(self, private: bool) -> None:
        self.company_picker.setEnabled(not private)
        self.open_company_button.setEnabled(not private and self.company_picker.chosen() is not None)
        self.role_combo.setEnabled(not private)

    @Slot(object)
    def on_company_picker_party_chosen(self, party: PartyInfo | None) -> None:
        self.open_company_button.setEnabled(party is not None)

    @Slot()
    def on_open_company_button_clicked(self) -> None:
        company = self.company_picker.chosen()
        if company is not None:
            open_card(self.ctx, "company", company.id, self.parentWidget())
