"""The deal editor: the deal's fields with its company and person, its product lines with totals, its tasks, its
files and documents, and the stages it went through."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QIcon,
    QPixmap,
    QRegularExpressionValidator,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CancelledError, ConflictError, CrmError
from crm_desktop.models import EntityKind
from crm_desktop.services.custom_fields import CustomFieldService
from crm_desktop.services.pipeline import (
    AttachmentInfo,
    DealDetail,
    DealEditConflict,
    DealInput,
    DealLineInput,
    DocumentInfo,
    LineTotals,
    NextTaskRequiredError,
    PartyInfo,
    PipelineInfo,
    PipelineService,
    ProductInfo,
    StageStay,
    TaskInfo,
    line_totals,
)
from crm_desktop.ui.conflicts import ConflictDialog, untouched_fields
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.custom_fields import CustomFieldsEditor
from crm_desktop.ui.dialogs import ask_yes_no, run_modal
from crm_desktop.ui.funnel.move_dialogs import NextTaskDialog, parse_amount
from crm_desktop.ui.i18n import format_utc, isolate_ltr, utc_to_local
from crm_desktop.ui.task_runner import TaskRunner

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "PLN", "RUB", "IRR", "CZK", "SEK", "NOK", "DKK", "UAH", "TRY", "CNY")

# Columns of the lines table; each numeric column keeps a float in EditRole and is shown with its decimals.
COL_PRODUCT, COL_QUANTITY, COL_UNIT, COL_PRICE, COL_DISCOUNT, COL_VAT, COL_TOTAL = range(7)
DECIMALS = {COL_QUANTITY: 3, COL_PRICE: 2, COL_DISCOUNT: 2, COL_VAT: 2}
MAXIMUM = {COL_QUANTITY: 1e9, COL_PRICE: 1e12, COL_DISCOUNT: 100.0, COL_VAT: 100.0}
PRODUCT_ID_ROLE = Qt.ItemDataRole.UserRole

# Columns of the history table.
HIST_STAGE, HIST_ENTERED, HIST_LEFT, HIST_BY, HIST_DURATION = range(5)

# Columns of the tasks, attachments and documents tables; the record sits in RECORD_ROLE of the first cell.
TASK_KIND, TASK_TITLE, TASK_DUE, TASK_DONE = range(4)
FILE_NAME, FILE_SIZE, FILE_ADDED = range(3)
DOC_TITLE, DOC_NUMBER, DOC_CREATED = range(3)
RECORD_ROLE = Qt.ItemDataRole.UserRole

# Items of a party chooser's suggestions: the party itself, and the name the line edit takes when it is chosen.
PARTY_ROLE = Qt.ItemDataRole.UserRole + 1
PARTY_NAME_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_DELAY_MS = 200  # typing pauses this long before the database is asked
OVERDUE_COLOR = "#c0392b"


def to_decimal(value: object, decimals: int) -> Decimal:
    """A float from a spin box as the Decimal the user saw (doubles hold 15 significant digits exactly)."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return Decimal(0)
    return Decimal(str(round(number, decimals)))


def format_number(value: float, column: int, locale: QLocale) -> str:
    """A number of the lines table as shown: money with its cents, quantities without trailing zeros."""
    if column == COL_QUANTITY:
        return locale.toString(value, "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)
    return locale.toString(value, "f", DECIMALS[column])


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def swatch(color: str, size: int = 12) -> QIcon:
    """A small square of a colour, for tags and stages."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class LineDelegate(QStyledItemDelegate):
    """Editors of the lines table: a product chooser that also types free text, and spin boxes for numbers."""

    def __init__(self, products: list[ProductInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.products = {p.id: p for p in products}

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        column = index.column()
        if column == COL_PRODUCT:
            combo = QComboBox(parent)
            combo.setObjectName("lineProductEditor")
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for product in self.products.values():
                combo.addItem(product.name, product.id)
            return combo
        if column in DECIMALS:
            spin = QDoubleSpinBox(parent)
            spin.setObjectName("lineNumberEditor")
            spin.setDecimals(DECIMALS[column])
            spin.setRange(0.0, MAXIMUM[column])
            spin.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
            spin.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            product_id = index.data(PRODUCT_ID_ROLE)
            found = editor.findData(product_id) if product_id is not None else -1
            if found >= 0:
                editor.setCurrentIndex(found)
            editor.setEditText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            line_edit = editor.lineEdit()
            if line_edit is not None:
                line_edit.selectAll()
            return
        super().setEditorData(editor, index)
        if isinstance(editor, QDoubleSpinBox):
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if not isinstance(editor, QComboBox):
            super().setModelData(editor, model, index)
            return
        text = editor.currentText().strip()
        found = editor.findText(text, Qt.MatchFlag.MatchExactly)
        product = self.products.get(editor.itemData(found)) if found >= 0 else None
        previous = index.data(PRODUCT_ID_ROLE)
        model.setData(index, product.id if product else None, PRODUCT_ID_ROLE)
        model.setData(index, text, Qt.ItemDataRole.EditRole)
        if product is not None and product.id != previous:
            # Choosing a catalogue product fills in how it is sold; the user can still change each cell.
            row = index.row()
            model.setData(model.index(row, COL_UNIT), product.unit, Qt.ItemDataRole.EditRole)
            model.setData(model.index(row, COL_PRICE), float(product.price), Qt.ItemDataRole.EditRole)
            model.setData(model.index(row, COL_VAT), float(product.vat_rate), Qt.ItemDataRole.EditRole)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        value = index.data(Qt.ItemDataRole.EditRole)
        if index.column() in DECIMALS and isinstance(value, float):
            # Qt's default shows doubles with six significant digits (1.23457e+06); money needs all of them.
            option.text = format_number(value, index.column(), option.locale)


class PartyPicker(QComboBox):
    """Chooses a company or a person: suggests matches as the user types (after a short pause) and keeps the
    one chosen; a cleared field chooses nobody."""

    party_chosen = Signal(object)  # the PartyInfo chosen, or None when the field was cleared

    def __init__(self, kind: str, search: Callable[[str], list[PartyInfo]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.search = search
        self.party: PartyInfo | None = None
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(20)
        self.suggestions = QStandardItemModel(self)
        self.suggester = QCompleter(self.suggestions, self)
        # The service has matched and ranked already (folding case the way Python does): show its list as it is.
        self.suggester.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.suggester.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.suggester.setCompletionRole(PARTY_NAME_ROLE)
        self.suggester.setMaxVisibleItems(12)
        line_edit = self.lineEdit()
        assert line_edit is not None
        line_edit.setClearButtonEnabled(True)
        # On the line edit rather than QComboBox.setCompleter(): the combo box would look a choice up in its own
        # list by text, and two people may share a name.
        line_edit.setCompleter(self.suggester)
        # The QModelIndex overload: the chosen item's party, not only its text.
        self.suggester.activated[QModelIndex].connect(self.on_suggester_activated)  # type: ignore[index]
        line_edit.textEdited.connect(self.on_line_edit_text_edited)
        self.activated.connect(self.on_activated)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.on_search_timer_timeout)

    def line_edit(self) -> QLineEdit:
        line_edit = self.lineEdit()
        assert line_edit is not None
        return line_edit

    def set_party(self, party: PartyInfo | None) -> None:
        """Show `party` as the choice (None: nobody), without suggesting anything."""
        self.search_timer.stop()
        self.party = party
        self.line_edit().setText(party.name if party else "")
        self.line_edit().setCursorPosition(0)
        self.setToolTip(party.detail if party else "")

    def chosen(self) -> PartyInfo | None:
        """The party chosen, as long as the field still shows its name."""
        text = self.currentText().strip()
        return self.party if self.party is not None and text == self.party.name.strip() else None

    def unresolved_text(self) -> str:
        """Text typed that names nobody chosen yet ("" when a party is chosen or the field is empty)."""
        return self.currentText().strip() if self.chosen() is None else ""

    def resolve(self) -> bool:
        """Choose the only party whose name is exactly the text typed; False when the text names nobody or many."""
        text = self.unresolved_text()
        if not text:
            if not self.currentText().strip() and self.party is not None:
                self.set_party(None)
            return True
        wanted = " ".join(text.split()).casefold()
        exact = [p for p in self.search(text) if " ".join(p.name.split()).casefold() == wanted]
        if len(exact) != 1:
            return False
        self._choose(exact[0])
        return True

    def showPopup(self) -> None:
        # The drop-down lists the matches of what is typed; with a party chosen, the first ones to choose from.
        self._fill_items(self.search(self.unresolved_text()))
        super().showPopup()

    def _choose(self, party: PartyInfo | None) -> None:
        self.set_party(party)
        self.party_chosen.emit(party)

    def _fill_items(self, parties: list[PartyInfo]) -> None:
        """The combo box's own list; filling it must not replace the text being typed."""
        line_edit = self.line_edit()
        text, cursor = line_edit.text(), line_edit.cursorPosition()
        self.blockSignals(True)
        try:
            self.clear()
            for party in parties:
                self.addItem(party.name, party)
                self.setItemData(self.count() - 1, party.detail, Qt.ItemDataRole.ToolTipRole)
            self.setCurrentIndex(next((i for i, p in enumerate(parties) if p == self.party), -1))
        finally:
            self.blockSignals(False)
        line_edit.setText(text)
        line_edit.setCursorPosition(cursor)

    def _suggest(self, parties: list[PartyInfo]) -> None:
        self.suggestions.clear()
        for party in parties:
            text = party.name if not party.detail else self.tr("%1 — %2").replace("%1", party.name).replace(
                "%2", party.detail)
            item = QStandardItem(text)
            item.setEditable(False)
            item.setData(party, PARTY_ROLE)
            item.setData(party.name, PARTY_NAME_ROLE)
            self.suggestions.appendRow(item)
        if parties:
            self.suggester.setCompletionPrefix(self.currentText())
            self.suggester.complete()
        else:
            self._hide_suggestions()

    def _hide_suggestions(self) -> None:
        popup = self.suggester.popup()
        if popup is not None:
            popup.hide()

    @Slot(str)
    def on_line_edit_text_edited(self, text: str) -> None:
        if not text.strip():
            self.search_timer.stop()
            self._hide_suggestions()
            if self.party is not None:
                self._choose(None)
            return
        self.search_timer.start()

    @Slot()
    def on_search_timer_timeout(self) -> None:
        text = self.unresolved_text()
        if not text or not self.isVisible():
            return
        try:
            parties = self.search(text)
        except CrmError:
            parties = []  # a search that fails suggests nothing; saving says what is wrong
        self._suggest(parties)

    @Slot(QModelIndex)
    def on_suggester_activated(self, index: QModelIndex) -> None:
        party = index.data(PARTY_ROLE)
        if isinstance(party, PartyInfo):
            self._choose(party)

    @Slot(int)
    def on_activated(self, index: int) -> None:
        party = self.itemData(index)
        if isinstance(party, PartyInfo):
            self._choose(party)


class DealEditorDialog(QDialog):
    """Creates or edits one deal; Save writes it in one service call and keeps the dialog open on a refusal.

    Planning and completing tasks, attaching files and reopening a closed deal are written at once, each by its
    own service call, like the board's commands: Cancel keeps the deal's fields as they were, not these.
    """

    def __init__(self, service: PipelineService, deal_id: int | None, parent: QWidget | None = None, *,
                 pipeline_id: int | None = None, stage_id: int | None = None,
                 runner: TaskRunner | None = None, ctx: AppContext | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealEditor")
        self.service = service
        # Generating documents needs the app's context; the board and the cards that open this dialog hold it.
        self.ctx = ctx if ctx is not None else getattr(parent, "ctx", None)
        self.deal_id = deal_id
        self.saved_deal_id: int | None = None
        # True once the dialog wrote something itself (tasks, files, reopening): the board reloads after Cancel too.
        self.changed = False
        # Copying a file may take long: on the app's worker when given one, else at once (tests, scripts).
        self.runner = runner if runner is not None else TaskRunner(self, synchronous=True)
        self.detail: DealDetail | None = service.get_deal(deal_id) if deal_id is not None else None
        self.version: int | None = self.detail.version if self.detail else None
        self.pipelines: dict[int, PipelineInfo] = {p.id: p for p in service.list_pipelines()}
        self.products = service.list_products()
        self._updating_lines = False

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dealTabs")
        self.tabs.addTab(self._build_deal_tab(), self.tr("&Deal"))
        self.tabs.addTab(self._build_lines_tab(), self.tr("&Lines"))
        self.fields_service = CustomFieldService(service.db, service.user_id)
        self.fields_editor = CustomFieldsEditor(self.fields_service, EntityKind.DEAL.value, self)
        if deal_id is not None:
            self.fields_editor.load(self.fields_service.values(EntityKind.DEAL.value, deal_id))
        self.tabs.addTab(self.fields_editor, self.tr("Custo&m fields"))
        self.tasks_page = self._build_tasks_tab()
        self.tabs.addTab(self.tasks_page, self.tr("Tas&ks"))
        self.files_page = self._build_files_tab()
        self.tabs.addTab(self.files_page, self.tr("&Files"))
        self.history_page = self._build_history_tab()
        self.tabs.addTab(self.history_page, self.tr("&History"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("dealButtons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("dealSaveButton")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 560)

        self._fill(pipeline_id, stage_id)
        self.setWindowTitle(self.tr("New deal") if self.detail is None
                            else self.tr("Deal: %1").replace("%1", self.detail.input.title))
        self.title_edit.setFocus()

    # ---- construction -------------------------------------------------------------------------------------
    def _build_deal_tab(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("dealPage")
        self.title_edit = QLineEdit(page)
        self.title_edit.setObjectName("dealTitle")
        self.pipeline_combo = QComboBox(page)
        self.pipeline_combo.setObjectName("dealPipeline")
        self.stage_combo = QComboBox(page)
        self.stage_combo.setObjectName("dealStage")

        self.amount_edit = QLineEdit(page)
        self.amount_edit.setObjectName("dealAmount")
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        self.amount_from_lines = QCheckBox(self.tr("&Computed from lines"), page)
        self.amount_from_lines.setObjectName("dealAmountFromLines")
        self.currency_combo = QComboBox(page)
        self.currency_combo.setObjectName("dealCurrency")
        self.currency_combo.setEditable(True)
        self.currency_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency_combo.addItems(list(CURRENCIES))
        currency_edit = self.currency_combo.lineEdit()
        if currency_edit is not None:
            currency_edit.setValidator(QRegularExpressionValidator(r"[A-Za-z]{0,3}", self.currency_combo))
        self.currency_combo.setAccessibleName(self.tr("Currency"))
        self.currency_combo.currentTextChanged.connect(self._update_totals)
        amount_row = QHBoxLayout()
        amount_row.setContentsMargins(0, 0, 0, 0)
        amount_row.addWidget(self.amount_edit, 1)
        amount_row.addWidget(self.currency_combo)
        amount_row.addWidget(self.amount_from_lines)

        self.close_date = QDateEdit(page)
        self.close_date.setObjectName("dealCloseDate")
        self.close_date.setCalendarPopup(True)
        self.close_date.setDate(QDate.currentDate().addMonths(1))
        self.no_close_date = QCheckBox(self.tr("&No date"), page)
        self.no_close_date.setObjectName("dealNoCloseDate")
        self.no_close_date.toggled.connect(self.close_date.setDisabled)
        date_row = QHBoxLayout()
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.close_date)
        date_row.addWidget(self.no_close_date)
        date_row.addStretch(1)

        self.probability = QSpinBox(page)
        self.probability.setObjectName("dealProbability")
        self.probability.setRange(-1, 100)
        self.probability.setSuffix(self.tr(" %"))
        self.lead_source = QComboBox(page)
        self.lead_source.setObjectName("dealLeadSource")
        self.lead_source.addItem(self.tr("(none)"), None)
        for source_id, name in self.service.list_lead_sources():
            self.lead_source.addItem(name, source_id)

        self.company_picker = PartyPicker(
            "company", lambda text: self.service.find_parties(text, kind="company"), page)
        self.company_picker.setObjectName("dealCompany")
        self.company_picker.line_edit().setPlaceholderText(self.tr("Type to find a company"))
        self.person_picker = PartyPicker(
            "person", lambda text: self.service.find_parties(text, kind="person"), page)
        self.person_picker.setObjectName("dealPerson")
        self.person_picker.line_edit().setPlaceholderText(self.tr("Type to find a person"))
        self.person_picker.party_chosen.connect(self.on_person_picker_party_chosen)

        self.owner_combo = QComboBox(page)
        self.owner_combo.setObjectName("dealOwner")
        self.owner_combo.addItem(self.tr("(nobody)"), None)
        for user_id, name in self.service.list_owners():
            self.owner_combo.addItem(name, user_id)

        self.tags = QListWidget(page)
        self.tags.setObjectName("dealTags")
        self.tags.setMaximumHeight(96)
        for tag_id, name, color in self.service.list_tags():
            item = QListWidgetItem(swatch(color), name, self.tags)
            item.setData(Qt.ItemDataRole.UserRole, tag_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

        self.notes = QPlainTextEdit(page)
        self.notes.setObjectName("dealNotes")
        self.notes.setTabChangesFocus(True)

        self.outcome_box = QWidget(page)
        self.outcome_box.setObjectName("dealOutcome")
        self.status_label = QLabel(self.outcome_box)
        self.status_label.setObjectName("dealStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reopen_button = QPushButton(self.tr("Reopen"), self.outcome_box)
        self.reopen_button.setObjectName("reopenDealButton")
        self.reopen_button.setAutoDefault(False)
        self.reopen_button.clicked.connect(self.on_reopen_button_clicked)
        outcome_row = QHBoxLayout(self.outcome_box)
        outcome_row.setContentsMargins(0, 0, 0, 0)
        outcome_row.addWidget(self.status_label, 1)
        outcome_row.addWidget(self.reopen_button, 0, Qt.AlignmentFlag.AlignTop)
        self.outcome_box.hide()

        form = QFormLayout(page)
        # Long labels (40% longer translations) move above their field instead of squeezing it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.outcome_box)
        self._add_row(form, self.tr("T&itle:"), self.title_edit)
        self._add_row(form, self.tr("&Pipeline:"), self.pipeline_combo)
        self._add_row(form, self.tr("Sta&ge:"), self.stage_combo)
        self._add_row(form, self.tr("&Amount:"), amount_row, self.amount_edit)
        self._add_row(form, self.tr("E&xpected close:"), date_row, self.close_date)
        self._add_row(form, self.tr("P&robability:"), self.probability)
        self._add_row(form, self.tr("Lead so&urce:"), self.lead_source)
        self._add_row(form, self.tr("Compan&y:"), self.company_picker)
        self._add_row(form, self.tr("Per&son:"), self.person_picker)
        self._add_row(form, self.tr("&Owner:"), self.owner_combo)
        self._add_row(form, self.tr("&Tags:"), self.tags)
        self._add_row(form, self.tr("Not&es:"), self.notes)

        self.pipeline_combo.currentIndexChanged.connect(self.on_pipeline_combo_changed)
        self.stage_combo.currentIndexChanged.connect(self.on_stage_combo_changed)
        self.amount_from_lines.toggled.connect(self.on_amount_from_lines_toggled)
        # Tab follows the form as it reads, not the order the widgets were made in.
        chain = [self.reopen_button, self.title_edit, self.pipeline_combo, self.stage_combo, self.amount_edit,
                 self.currency_combo, self.amount_from_lines, self.close_date, self.no_close_date, self.probability,
                 self.lead_source, self.company_picker, self.person_picker, self.owner_combo, self.tags, self.notes]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        return page

    def _add_row(self, form: QFormLayout, text: str, field: QWidget | QHBoxLayout,
                 buddy: QWidget | None = None) -> None:
        label = QLabel(text, form.parentWidget())
        label.setBuddy(buddy if buddy is not None else field)  # type: ignore[arg-type]
        form.addRow(label, field)

    def _build_lines_tab(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("linesPage")
        self.lines_table = QTableWidget(0, 7, page)
        self.lines_table.setObjectName("dealLines")
        self.lines_table.setHorizontalHeaderLabels([
            self.tr("Product"), self.tr("Quantity"), self.tr("Unit"), self.tr("Price"), self.tr("Discount %"),
            self.tr("VAT %"), self.tr("Total (net)"),
        ])
        self.lines_table.setAccessibleName(self.tr("Deal lines"))
        self.lines_table.setItemDelegate(LineDelegate(self.products, self.lines_table))
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.lines_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Not on CurrentChanged: moving through the table with the arrow keys must not open editors.
        self.lines_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked)
        header = self.lines_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PRODUCT, QHeaderView.ResizeMode.Stretch)
        self.lines_table.itemChanged.connect(self.on_lines_table_item_changed)

        self.add_line_button = QPushButton(self.tr("&Add line"), page)
        self.add_line_button.setObjectName("addLineButton")
        self.add_line_button.setAutoDefault(False)
        self.add_line_button.clicked.connect(self.on_add_line_button_clicked)
        self.remove_line_button = QPushButton(self.tr("&Remove line"), page)
        self.remove_line_button.setObjectName("removeLineButton")
        self.remove_line_button.setAutoDefault(False)
        self.remove_line_button.clicked.connect(self.on_remove_line_button_clicked)
        self.totals_label = QLabel(page)
        self.totals_label.setObjectName("lineTotals")
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_line_button)
        buttons.addWidget(self.remove_line_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.lines_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.totals_label)
        return page

    def _table(self, columns: list[str], name: str, accessible: str, parent: QWidget) -> QTableWidget:
        """A read-only table of records, one per row, for the tasks and the files."""
        table = QTableWidget(0, len(columns), parent)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(columns)
        table.setAccessibleName(accessible)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # Tab leaves the table for its buttons
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _button(self, text: str, name: str, parent: QWidget, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter in the dialog still saves
        button.clicked.connect(slot)
        return button

    def _build_tasks_tab(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("tasksPage")
        self.tasks_table = self._table(
            [self.tr("Kind"), self.tr("Task"), self.tr("Due"), self.tr("Done")], "dealTasks",
            self.tr("Tasks of the deal"), page)
        self.tasks_table.itemSelectionChanged.connect(self._update_task_buttons)
        self.plan_task_button = self._button(self.tr("&Plan task…"), "planTaskButton", page,
                                             self.on_plan_task_button_clicked)
        self.complete_task_button = self._button(self.tr("&Complete…"), "completeTaskButton", page,
                                                 self.on_complete_task_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_task_button)
        buttons.addWidget(self.complete_task_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.tasks_table, 1)
        layout.addLayout(buttons)
        return page

    def _build_files_tab(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("filesPage")
        self.attachments_table = self._table(
            [self.tr("File"), self.tr("Size"), self.tr("Added")], "dealAttachments", self.tr("Attached files"), page)
        self.attachments_table.itemSelectionChanged.connect(self._update_file_buttons)
        self.attachments_table.itemActivated.connect(lambda _item: self.on_open_attachment_button_clicked())
        attachments_label = QLabel(self.tr("A&ttached files:"), page)
        attachments_label.setBuddy(self.attachments_table)
        self.attach_button = self._button(self.tr("&Attach file…"), "attachFileButton", page,
                                          self.on_attach_button_clicked)
        self.open_attachment_button = self._button(self.tr("&Open"), "openAttachmentButton", page,
                                                   self.on_open_attachment_button_clicked)
        self.remove_attachment_button = self._button(self.tr("&Remove…"), "removeAttachmentButton", page,
                                                     self.on_remove_attachment_button_clicked)
        self.documents_table = self._table(
            [self.tr("Document"), self.tr("Number"), self.tr("Created")], "dealDocuments",
            self.tr("Generated documents"), page)
        self.documents_table.itemSelectionChanged.connect(self._update_file_buttons)
        self.documents_table.itemActivated.connect(lambda _item: self.on_open_document_button_clicked())
        documents_label = QLabel(self.tr("Generated do&cuments:"), page)
        documents_label.setBuddy(self.documents_table)
        self.open_document_button = self._button(self.tr("Open docu&ment"), "openDocumentButton", page,
                                                 self.on_open_document_button_clicked)
        self.generate_document_button = self._button(self.tr("&Generate document…"), "generateDocumentButton", page,
                                                     self.on_generate_document_button_clicked)
        self.generate_document_button.setVisible(isinstance(self.ctx, AppContext))

        attachment_buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_attachment_button, self.remove_attachment_button):
            attachment_buttons.addWidget(button)
        attachment_buttons.addStretch(1)
        document_buttons = QHBoxLayout()
        document_buttons.addWidget(self.generate_document_button)
        document_buttons.addWidget(self.open_document_button)
        document_buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(attachments_label)
        layout.addWidget(self.attachments_table, 2)
        layout.addLayout(attachment_buttons)
        layout.addWidget(documents_label)
        layout.addWidget(self.documents_table, 1)
        layout.addLayout(document_buttons)
        return page

    def _build_history_tab(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("historyPage")
        self.history_table = QTableWidget(0, 5, page)
        self.history_table.setObjectName("dealHistory")
        self.history_table.setHorizontalHeaderLabels([
            self.tr("Stage"), self.tr("Entered"), self.tr("Left"), self.tr("By"), self.tr("Time in stage"),
        ])
        self.history_table.setAccessibleName(self.tr("Stage history"))
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.history_table)
        return page

    # ---- filling ------------------------------------------------------------------------------------------
    def _fill(self, pipeline_id: int | None, stage_id: int | None) -> None:
        for info in self.pipelines.values():
            self.pipeline_combo.addItem(info.name, info.id)
        data = self.detail.input if self.detail else None
        if data is not None:
            pipeline_id, stage_id = data.pipeline_id, data.stage_id
        if pipeline_id is None or pipeline_id not in self.pipelines:
            pipeline_id = self.service.default_pipeline_id()
        self._select(self.pipeline_combo, pipeline_id)
        self._fill_stages(pipeline_id)
        if stage_id is not None:
            self._select(self.stage_combo, stage_id)
        self.on_stage_combo_changed()

        if data is None:
            self._select(self.owner_combo, self.service.user_id)
            self.probability.setValue(-1)
            self.no_close_date.setChecked(True)
            self.amount_edit.setText(self._money(Decimal(0)))
            # Tasks, files and history belong to a deal that exists: they open once it is saved.
            for page in (self.tasks_page, self.files_page, self.history_page):
                self.tabs.setTabEnabled(self.tabs.indexOf(page), False)
            self._update_totals()
            return

        self.title_edit.setText(data.title)
        # A deal keeps its pipeline (the service refuses a change); moving it elsewhere is a new deal.
        self.pipeline_combo.setEnabled(False)
        self.currency_combo.setCurrentText(data.currency)
        if data.expected_close_on is not None:
            self.close_date.setDate(qdate(data.expected_close_on))
        self.no_close_date.setChecked(data.expected_close_on is None)
        self.probability.setValue(-1 if data.probability is None else data.probability)
        card = self.service.card(self.deal_id) if self.deal_id is not None else None
        # A user or a lead source that is no longer listed stays on the deal unless the user picks another.
        self._keep(self.lead_source, data.lead_source_id, self.tr("(no longer listed)"))
        self._keep(self.owner_combo, data.owner_id, card.owner_name if card and card.owner_name
                   else self.tr("(no longer listed)"))
        for row in range(self.tags.count()):
            item = self.tags.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in data.tag_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.notes.setPlainText(data.notes or "")
        self.company_picker.set_party(
            self.service.get_party("company", data.company_id) if data.company_id is not None else None)
        self.person_picker.set_party(
            self.service.get_party("person", data.person_id) if data.person_id is not None else None)

        for line in data.lines:
            self._append_line(line)
        computed = data.amount is None and bool(data.lines)
        self.amount_from_lines.setChecked(computed)
        stored = self.detail.line_totals if computed and self.detail else None
        amount = data.amount if data.amount is not None else self._computed_amount(stored)
        self.amount_edit.setText(self._money(amount))
        self._update_totals()
        self._fill_history(self.detail.history if self.detail else ())
        self._show_outcome()
        self._fill_tasks()
        self._fill_files()

    def _show_outcome(self) -> None:
        """How a won or lost deal ended, with the button that reopens it; its stage changes only once reopened."""
        detail = self.detail
        closed = detail is not None and detail.status != "open"
        self.outcome_box.setVisible(closed)
        self.stage_combo.setEnabled(not closed)
        if detail is None or not closed:
            return
        when = (self.locale().toString(qdate(detail.closed_on), QLocale.FormatType.ShortFormat)
                if detail.closed_on else "")
        parts = [(self.tr("This deal was won on %1.") if detail.status == "won"
                  else self.tr("This deal was lost on %1.")).replace("%1", when)]
        if detail.status == "lost" and detail.loss_reason:
            parts.append(self.tr("Reason: %1.").replace("%1", detail.loss_reason))
        if detail.status == "lost" and detail.loss_note:
            parts.append(self.tr("Note: %1").replace("%1", detail.loss_note))
        parts.append(self.tr("Reopen it to change its stage."))
        self.status_label.setText(" ".join(parts))

    def _fill_stages(self, pipeline_id: int) -> None:
        self.stage_combo.blockSignals(True)
        self.stage_combo.clear()
        info = self.pipelines.get(pipeline_id)
        for stage in info.stages if info else ():
            self.stage_combo.addItem(swatch(stage.color), stage.name, stage.id)
        self.stage_combo.blockSignals(False)

    def _fill_history(self, history: tuple[StageStay, ...] | list[StageStay]) -> None:
        self.history_table.setRowCount(len(history))
        for row, stay in enumerate(history):
            values = [stay.stage_name, self._when(stay.entered_at),
                      self._when(stay.left_at) if stay.left_at else self.tr("(still there)"),
                      stay.user_name, self._duration(stay.seconds)]
            for column, text in enumerate(values):
                self.history_table.setItem(row, column, QTableWidgetItem(text))

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(max(index, 0))

    @staticmethod
    def _keep(combo: QComboBox, data: object, text: str) -> None:
        if data is not None and combo.findData(data) < 0:
            combo.addItem(text, data)
        DealEditorDialog._select(combo, data)

    def _money(self, value: Decimal) -> str:
        return self.locale().toString(float(value), "f", 2)

    def _when(self, value: datetime) -> str:
        return format_utc(value, self.locale())

    def _day(self, value: datetime) -> str:
        """The local date of a naive UTC time: the day of an all-day task."""
        return self.locale().toString(qdate(utc_to_local(value).date()), QLocale.FormatType.ShortFormat)

    def _duration(self, seconds: float) -> str:
        minutes = int(seconds // 60)
        days, hours, minutes = minutes // 1440, minutes // 60 % 24, minutes % 60
        if days:
            return self.tr("%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))
        if hours:
            return self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))
        return self.tr("%1 min").replace("%1", str(minutes))

    # ---- lines --------------------------------------------------------------------------------------------
    def _append_line(self, line: DealLineInput) -> int:
        row = self.lines_table.rowCount()
        self._updating_lines = True
        try:
            self.lines_table.insertRow(row)
            product = QTableWidgetItem(line.name)
            product.setData(PRODUCT_ID_ROLE, line.product_id)
            self.lines_table.setItem(row, COL_PRODUCT, product)
            self.lines_table.setItem(row, COL_UNIT, QTableWidgetItem(line.unit))
            for column, value in ((COL_QUANTITY, line.quantity), (COL_PRICE, line.price),
                                  (COL_DISCOUNT, line.discount_pct), (COL_VAT, line.vat_rate)):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.EditRole, float(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
                self.lines_table.setItem(row, column, item)
            total = QTableWidgetItem()
            total.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            total.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            self.lines_table.setItem(row, COL_TOTAL, total)
        finally:
            self._updating_lines = False
        return row

    def line_at(self, row: int) -> DealLineInput:
        """The line of a table row as the service takes it."""
        table = self.lines_table

        def number(column: int) -> Decimal:
            item = table.item(row, column)
            return to_decimal(item.data(Qt.ItemDataRole.EditRole) if item else 0, DECIMALS[column])

        product = table.item(row, COL_PRODUCT)
        unit = table.item(row, COL_UNIT)
        product_id = product.data(PRODUCT_ID_ROLE) if product else None
        return DealLineInput(
            name=(product.text().strip() if product else ""), quantity=number(COL_QUANTITY),
            price=number(COL_PRICE), discount_pct=number(COL_DISCOUNT), vat_rate=number(COL_VAT),
            unit=(unit.text().strip() if unit else "") or self.tr("pcs"),
            product_id=int(product_id) if product_id is not None else None,
        )

    def lines(self) -> tuple[DealLineInput, ...]:
        return tuple(self.line_at(row) for row in range(self.lines_table.rowCount()))

    def _computed_amount(self, totals: LineTotals | None = None) -> Decimal:
        """What the service stores as the amount of a deal whose amount comes from its lines."""
        totals = totals or line_totals(self.lines())
        return totals.net

    def _update_totals(self) -> None:
        lines = self.lines()
        self._updating_lines = True
        try:
            for row, line in enumerate(lines):
                item = self.lines_table.item(row, COL_TOTAL)
                if item is not None:
                    item.setText(self._money(line_totals([line]).net))
        finally:
            self._updating_lines = False
        totals = line_totals(lines)
        currency = self.currency_combo.currentText().upper()
        self.totals_label.setText(
            self.tr("Net: %1 %4   VAT: %2 %4   Gross: %3 %4")
            .replace("%1", self._money(totals.net)).replace("%2", self._money(totals.vat))
            .replace("%3", self._money(totals.gross)).replace("%4", currency))
        if self.amount_from_lines.isChecked():
            self.amount_edit.setText(self._money(self._computed_amount(totals)))

    @Slot(QTableWidgetItem)
    def on_lines_table_item_changed(self, item: QTableWidgetItem) -> None:
        if not self._updating_lines and item.column() != COL_TOTAL:
            self._update_totals()

    @Slot()
    def on_add_line_button_clicked(self) -> None:
        row = self._append_line(DealLineInput(name="", quantity=Decimal(1), price=Decimal(0), unit=self.tr("pcs")))
        if self.lines_table.rowCount() == 1 and not self.amount_from_lines.isChecked():
            # The first line usually means the amount should follow the lines from now on.
            self.amount_from_lines.setChecked(True)
        self._update_totals()
        self.lines_table.setCurrentCell(row, COL_PRODUCT)
        self.lines_table.setFocus()
        item = self.lines_table.item(row, COL_PRODUCT)
        if item is not None:
            self.lines_table.editItem(item)

    @Slot()
    def on_remove_line_button_clicked(self) -> None:
        row = self.lines_table.currentRow()
        if row < 0:
            return
        self.lines_table.removeRow(row)
        self._update_totals()
        if self.lines_table.rowCount():
            self.lines_table.setCurrentCell(min(row, self.lines_table.rowCount() - 1), COL_PRODUCT)

    # ---- tasks --------------------------------------------------------------------------------------------
    def _task_kind(self, kind: str) -> str:
        labels = {"call": self.tr("Call"), "meeting": self.tr("Meeting"), "email": self.tr("Email"),
                  "todo": self.tr("To-do")}
        return labels.get(kind, kind)  # a kind the users made up is shown as they wrote it

    def _fill_tasks(self, select_id: int | None = None) -> None:
        if self.deal_id is None:
            return
        tasks = self.service.list_deal_tasks(self.deal_id)
        now = datetime.now(UTC).replace(tzinfo=None)
        table = self.tasks_table
        table.setRowCount(len(tasks))
        for row, task in enumerate(tasks):
            due = ""
            if task.due_at is not None:
                due = self._day(task.due_at) if task.all_day else self._when(task.due_at)
            if task.done_at is None:
                done = ""
            elif task.result:
                done = self.tr("%1: %2").replace("%1", self._when(task.done_at)).replace("%2", task.result)
            else:
                done = self._when(task.done_at)
            items = [QTableWidgetItem(text) for text in (self._task_kind(task.kind), task.title, due, done)]
            items[TASK_KIND].setData(RECORD_ROLE, task)
            items[TASK_DONE].setToolTip(task.result or "")
            if task.done_at is None and task.due_at is not None and task.due_at < now and not task.all_day:
                items[TASK_DUE].setForeground(QColor(OVERDUE_COLOR))
                items[TASK_DUE].setToolTip(self.tr("Overdue"))
            for column, item in enumerate(items):
                table.setItem(row, column, item)
        found = next((row for row, task in enumerate(tasks) if task.id == select_id), -1)
        if found >= 0:
            table.selectRow(found)
        self._update_task_buttons()

    def current_task(self) -> TaskInfo | None:
        item = self.tasks_table.item(self.tasks_table.currentRow(), TASK_KIND)
        task = item.data(RECORD_ROLE) if item is not None and item.isSelected() else None
        return task if isinstance(task, TaskInfo) else None

    def _update_task_buttons(self) -> None:
        task = self.current_task()
        self.complete_task_button.setEnabled(task is not None and task.done_at is None)

    def ask_task(self) -> tuple[str, datetime, str] | None:
        """Kind, due time (naive UTC) and title of a task to plan, or None when the user cancels."""
        title = self.title_edit.text().strip() or (self.detail.input.title if self.detail else "")
        dialog = NextTaskDialog(title, self)
        if not run_modal(dialog):
            return None
        return dialog.planned()

    def ask_result(self, task: TaskInfo) -> str | None:
        """What came of the task ("" for nothing to say), or None when the user cancels."""
        text, ok = QInputDialog.getText(self, self.tr("Complete the task"),
                                        self.tr("What came of '%1'?").replace("%1", task.title))
        return text.strip() if ok else None

    @Slot()
    def on_plan_task_button_clicked(self) -> None:
        if self.deal_id is None:
            return
        planned = self.ask_task()
        if planned is None:
            return
        try:
            task_id = self.service.plan_next_task(self.deal_id, *planned)
        except CrmError as exc:
            self.warn(str(exc))
            return
        self.changed = True
        self._fill_tasks(task_id)

    @Slot()
    def on_complete_task_button_clicked(self) -> None:
        task = self.current_task()
        if task is None or task.done_at is not None:
            return
        result = self.ask_result(task)
        if result is None:
            return
        try:
            self.service.complete_task(task.id, result)
        except NextTaskRequiredError as exc:
            self.warn(str(exc))  # it says to plan the next task first; the Plan button is right here
            self.plan_task_button.setFocus()
            return
        except CrmError as exc:
            self.warn(str(exc))
            self._fill_tasks()
            return
        self.changed = True
        self._fill_tasks(task.id)

    # ---- files --------------------------------------------------------------------------------------------
    def _fill_files(self, select_attachment_id: int | None = None) -> None:
        if self.deal_id is None:
            return
        attachments = self.service.list_attachments(self.deal_id)
        table = self.attachments_table
        table.setRowCount(len(attachments))
        for row, attachment in enumerate(attachments):
            size = QTableWidgetItem(self.locale().formattedDataSize(attachment.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            name = QTableWidgetItem(attachment.file_name)
            name.setData(RECORD_ROLE, attachment)
            name.setToolTip(attachment.mime_type or "")
            for column, item in ((FILE_NAME, name), (FILE_SIZE, size),
                                 (FILE_ADDED, QTableWidgetItem(self._when(attachment.created_at)))):
                table.setItem(row, column, item)
        found = next((row for row, a in enumerate(attachments) if a.id == select_attachment_id), -1)
        if found >= 0:
            table.selectRow(found)
        documents = self.service.list_documents(self.deal_id)
        self.documents_table.setRowCount(len(documents))
        for row, document in enumerate(documents):
            title = QTableWidgetItem(document.title)
            title.setData(RECORD_ROLE, document)
            title.setToolTip(str(document.path))
            for column, item in ((DOC_TITLE, title), (DOC_NUMBER, QTableWidgetItem(document.number or "")),
                                 (DOC_CREATED, QTableWidgetItem(self._when(document.created_at)))):
                self.documents_table.setItem(row, column, item)
        self._update_file_buttons()

    def _current(self, table: QTableWidget) -> object:
        item = table.item(table.currentRow(), 0)
        return item.data(RECORD_ROLE) if item is not None and item.isSelected() else None

    def current_attachment(self) -> AttachmentInfo | None:
        found = self._current(self.attachments_table)
        return found if isinstance(found, AttachmentInfo) else None

    def current_document(self) -> DocumentInfo | None:
        found = self._current(self.documents_table)
        return found if isinstance(found, DocumentInfo) else None

    def _update_file_buttons(self) -> None:
        has_attachment = self.current_attachment() is not None
        self.open_attachment_button.setEnabled(has_attachment)
        self.remove_attachment_button.setEnabled(has_attachment)
        self.open_document_button.setEnabled(self.current_document() is not None)

    def choose_file(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach a file to the deal"))
        return Path(name) if name else None

    def confirm(self, text: str) -> bool:
        return ask_yes_no(self, self.windowTitle(), text)

    def open_path(self, path: Path) -> None:
        """Open a file in the program the system has for it."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.warn(self.tr("No program could open %1.").replace("%1", isolate_ltr(str(path))))

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, CancelledError):
            self.warn(str(exc))

    @Slot()
    def on_attach_button_clicked(self) -> None:
        deal_id = self.deal_id
        source = self.choose_file() if deal_id is not None else None
        if deal_id is None or source is None:
            return
        service = self.service

        def attached(info: AttachmentInfo) -> None:
            self.changed = True
            self._fill_files(info.id)

        self.runner.run(lambda progress: service.attach_file(deal_id, source, progress), attached, self._failed,
                        title=self.tr("Attaching %1…").replace("%1", source.name), parent_widget=self)

    @Slot()
    def on_open_attachment_button_clicked(self) -> None:
        attachment = self.current_attachment()
        if attachment is None:
            return
        service = self.service
        self.runner.run(lambda _progress: service.attachment_copy_to_open(attachment.id), self.open_path,
                        self._failed, title=self.tr("Opening %1…").replace("%1", attachment.file_name),
                        parent_widget=self)

    @Slot()
    def on_remove_attachment_button_clicked(self) -> None:
        attachment = self.current_attachment()
        if attachment is None or not self.confirm(
                self.tr("Remove '%1' from this deal?").replace("%1", attachment.file_name)):
            return
        row = self.attachments_table.currentRow()
        try:
            self.service.remove_attachment(attachment.id)
        except CrmError as exc:
            self.warn(str(exc))
        self.changed = True
        self._fill_files()
        if self.attachments_table.rowCount():
            self.attachments_table.selectRow(min(row, self.attachments_table.rowCount() - 1))

    @Slot()
    def on_open_document_button_clicked(self) -> None:
        document = self.current_document()
        if document is None:
            return
        if not document.path.is_file():
            self.warn(self.tr("The file of '%1' is no longer at %2.").replace("%1", document.title)
                      .replace("%2", isolate_ltr(str(document.path))))
            return
        self.open_path(document.path)

    @Slot()
    def on_generate_document_button_clicked(self) -> None:
        from crm_desktop.ui.documents.generate_dialog import GenerateDocumentDialog  # loads the template engine

        if self.deal_id is None or not isinstance(self.ctx, AppContext):
            return
        if run_modal(GenerateDocumentDialog(self.ctx, "deal", [self.deal_id], self)):
            self.changed = True
            self._fill_files()
            self.documents_table.setCurrentCell(0, DOC_TITLE)  # the latest first: the one just made

    # ---- reopening ----------------------------------------------------------------------------------------
    @Slot()
    def on_reopen_button_clicked(self) -> None:
        if self.deal_id is None:
            return
        try:
            self.service.reopen_deal(self.deal_id)
            self.detail = self.service.get_deal(self.deal_id)
        except CrmError as exc:
            self.warn(str(exc))
            return
        self.changed = True
        # Only the outcome, the stage and the history change: what the user typed meanwhile stays in the dialog.
        self.version = self.detail.version
        self._select(self.stage_combo, self.detail.input.stage_id)
        self.on_stage_combo_changed()
        self._fill_history(self.detail.history)
        self._show_outcome()
        self.stage_combo.setFocus()

    # ---- company and person -------------------------------------------------------------------------------
    @Slot(object)
    def on_person_picker_party_chosen(self, person: PartyInfo | None) -> None:
        # A person of a company brings the company along, unless the deal names a company already.
        if (person is not None and person.company_id is not None and self.company_picker.party is None
                and not self.company_picker.currentText().strip()):
            self.company_picker.set_party(PartyInfo("company", person.company_id, person.company_name, ""))

    # ---- deal fields --------------------------------------------------------------------------------------
    @Slot()
    def on_pipeline_combo_changed(self) -> None:
        pipeline_id = self.pipeline_combo.currentData()
        if pipeline_id is not None:
            self._fill_stages(int(pipeline_id))
            self.on_stage_combo_changed()

    @Slot()
    def on_stage_combo_changed(self) -> None:
        info = self.pipelines.get(self.pipeline_combo.currentData())
        stage = next((s for s in info.stages if s.id == self.stage_combo.currentData()), None) if info else None
        text = self.tr("Stage default")
        if stage is not None:
            text = self.tr("Stage default (%1 %)").replace("%1", str(stage.probability))
        self.probability.setSpecialValueText(text)

    @Slot(bool)
    def on_amount_from_lines_toggled(self, checked: bool) -> None:
        self.amount_edit.setReadOnly(checked)
        if checked:
            self._update_totals()

    # ---- saving -------------------------------------------------------------------------------------------
    def deal_input(self) -> DealInput:
        """What the user typed, as the service takes it; ValueError (with a message) on an unreadable amount."""
        lines = self.lines()
        amount: Decimal | None
        if self.amount_from_lines.isChecked() and lines:
            amount = None
        elif self.amount_from_lines.isChecked():
            amount = Decimal(0)
        else:
            text = self.amount_edit.text().strip()
            try:
                amount = parse_amount(text, self.locale()) if text else Decimal(0)
            except ValueError:
                raise ValueError(self.tr("'%1' is not an amount. Type digits, for example 1250.50.")
                                 .replace("%1", text)) from None
        picked = self.close_date.date()
        close_on = None if self.no_close_date.isChecked() else date(picked.year(), picked.month(), picked.day())
        previous = self.detail.input if self.detail else None
        tag_ids = tuple(
            int(self.tags.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.tags.count())
            if self.tags.item(row).checkState() == Qt.CheckState.Checked
        )
        return DealInput(
            title=self.title_edit.text().strip(),
            pipeline_id=int(self.pipeline_combo.currentData()),
            stage_id=int(self.stage_combo.currentData()) if self.stage_combo.currentData() is not None else 0,
            amount=amount,
            currency=self.currency_combo.currentText().strip().upper(),
            expected_close_on=close_on,
            probability=None if self.probability.value() < 0 else self.probability.value(),
            lead_source_id=self.lead_source.currentData(),
            campaign_id=previous.campaign_id if previous else None,
            company_id=company.id if (company := self.company_picker.chosen()) else None,
            person_id=person.id if (person := self.person_picker.chosen()) else None,
            owner_id=self.owner_combo.currentData(),
            notes=self.notes.toPlainText().strip() or None,
            tag_ids=tag_ids,
            lines=lines,
        )

    def warn(self, text: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), text)

    def accept(self) -> None:
        for picker, message in (
                (self.company_picker, self.tr("No company is called '%1'. Choose one from the list that opens as "
                                              "you type, or clear the field.")),
                (self.person_picker, self.tr("No person is called '%1'. Choose one from the list that opens as "
                                             "you type, or clear the field."))):
            text = picker.unresolved_text()
            if not picker.resolve():
                self.tabs.setCurrentIndex(0)
                self.warn(message.replace("%1", text))
                picker.setFocus()
                return
        try:
            data = self.deal_input()
        except ValueError as exc:
            self.tabs.setCurrentIndex(0)
            self.warn(str(exc))
            self.amount_edit.setFocus()
            self.amount_edit.selectAll()
            return
        try:
            # Custom fields are checked before the deal is written, so a bad value refuses the whole save.
            field_values = self.fields_service.validate_values(EntityKind.DEAL.value, self.fields_editor.collect())
        except CrmError as exc:
            self.tabs.setCurrentWidget(self.fields_editor)
            self.warn(str(exc))
            return
        try:
            if self.deal_id is None:
                self.saved_deal_id = self.service.create_deal(data)
            elif not self._update(data):
                return
            else:
                self.saved_deal_id = self.deal_id
        except ConflictError as exc:
            self.warn(str(exc) + "\n\n" + self.tr(
                "Your changes are still in this window. Cancel and open the deal again to see the other change."))
            return
        except CrmError as exc:
            self.warn(str(exc))
            return
        try:
            self.fields_service.set_values(EntityKind.DEAL.value, self.saved_deal_id, field_values)
        except CrmError as exc:
            # The deal itself is saved; say so, and keep the dialog open on the fields that were refused.
            self.deal_id = self.saved_deal_id
            self.detail = self.service.get_deal(self.saved_deal_id)
            self.version = self.detail.version
            self.changed = True
            self.tabs.setCurrentWidget(self.fields_editor)
            self.warn(self.tr("The deal was saved, but not its custom fields: %1").replace("%1", str(exc)))
            return
        super().accept()

    # ---- a deal changed by someone else meanwhile ---------------------------------------------------------
    def _update(self, data: DealInput) -> bool:
        """Save over the version this dialog opened; when someone else saved meanwhile, the user picks per field
        and the chosen values are saved against their version. False when the user cancels that choice."""
        assert self.deal_id is not None
        assert self.version is not None
        version = self.version
        while True:
            try:
                self.version = self.service.update_deal(self.deal_id, data, expected_version=version)
                return True
            except DealEditConflict as exc:
                merged = self.resolve_conflict(exc, data)
                if merged is None:
                    self.status_label.setText(self.tr(
                        "Not saved: someone else changed this deal. Your changes are still in this window."))
                    self.outcome_box.show()
                    self.reopen_button.hide()
                    return False
                data, version = merged, exc.theirs.version

    def resolve_conflict(self, conflict: DealEditConflict, mine: DealInput) -> DealInput | None:
        """Their value and yours of each field that differs; the input to save, or None when the user cancels.

        A field the user left as it was when the dialog opened proposes their value: keeping "yours" there would
        quietly undo the other user's change.
        """
        untouched = untouched_fields(self.detail.input if self.detail is not None else None, conflict.fields)
        rows = [(name, self.field_label(name), self.format_value(name, theirs), self.format_value(name, yours))
                for name, theirs, yours in conflict.fields]
        dialog = ConflictDialog(rows, self, theirs_default=untouched)
        if not run_modal(dialog):
            return None
        take_theirs = dialog.theirs_chosen()
        return replace(mine, **{name: getattr(conflict.theirs.input, name) for name, _t, _y in conflict.fields
                                if name in take_theirs})

    def field_label(self, name: str) -> str:
        labels = {"title": self.tr("Title"), "stage_id": self.tr("Stage"), "amount": self.tr("Amount"),
                  "currency": self.tr("Currency"), "expected_close_on": self.tr("Expected close"),
                  "probability": self.tr("Probability"), "lead_source_id": self.tr("Lead source"),
                  "campaign_id": self.tr("Campaign"), "company_id": self.tr("Company"),
                  "person_id": self.tr("Person"), "owner_id": self.tr("Owner"), "notes": self.tr("Notes"),
                  "tag_ids": self.tr("Tags"), "lines": self.tr("Lines"), "pipeline_id": self.tr("Pipeline")}
        return labels.get(name, name)

    def format_value(self, name: str, value: object) -> str:
        """A value of a deal's field as the conflict dialog shows it."""
        if name == "amount" and value is None:
            return self.tr("computed from the lines")
        if value is None or value == "" or value == ():
            return self.tr("(empty)")
        if name == "stage_id":
            stages = {s.id: s.name for info in self.pipelines.values() for s in info.stages}
            return stages.get(value, f"#{value}")  # type: ignore[call-overload]
        if name in ("owner_id", "lead_source_id"):
            combo = self.owner_combo if name == "owner_id" else self.lead_source
            index = combo.findData(value)
            return combo.itemText(index) if index >= 0 else f"#{value}"
        if name in ("company_id", "person_id") and isinstance(value, int):
            party = self.service.get_party(name.removesuffix("_id"), value)
            return party.name if party is not None else f"#{value}"
        if name == "tag_ids" and isinstance(value, tuple | list):
            names = {tag_id: tag_name for tag_id, tag_name, _color in self.service.list_tags()}
            return ", ".join(names.get(t, f"#{t}") for t in value)
        if name == "lines" and isinstance(value, tuple | list):
            return "; ".join(f"{line.name} × {self.locale().toString(float(line.quantity), 'g', 12)}"
                             for line in value)
        if name == "amount" and isinstance(value, Decimal):
            return self._money(value)
        if name == "probability":
            return f"{value} %"
        if isinstance(value, date):
            return self.locale().toString(qdate(value), QLocale.FormatType.ShortFormat)
        return str(value)
