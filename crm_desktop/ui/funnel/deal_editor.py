"""The deal editor: the deal's fields, its product lines with totals, and the stages it went through."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel, QDate, QDateTime, QLocale, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QColor, QIcon, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
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

from crm_desktop.errors import ConflictError, CrmError
from crm_desktop.services.pipeline import (
    DealDetail,
    DealInput,
    DealLineInput,
    LineTotals,
    PipelineInfo,
    PipelineService,
    ProductInfo,
    StageStay,
    line_totals,
)
from crm_desktop.ui.funnel.move_dialogs import parse_amount

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "PLN", "RUB", "IRR", "CZK", "SEK", "NOK", "DKK", "UAH", "TRY", "CNY")

# Columns of the lines table; each numeric column keeps a float in EditRole and is shown with its decimals.
COL_PRODUCT, COL_QUANTITY, COL_UNIT, COL_PRICE, COL_DISCOUNT, COL_VAT, COL_TOTAL = range(7)
DECIMALS = {COL_QUANTITY: 3, COL_PRICE: 2, COL_DISCOUNT: 2, COL_VAT: 2}
MAXIMUM = {COL_QUANTITY: 1e9, COL_PRICE: 1e12, COL_DISCOUNT: 100.0, COL_VAT: 100.0}
PRODUCT_ID_ROLE = Qt.ItemDataRole.UserRole

# Columns of the history table.
HIST_STAGE, HIST_ENTERED, HIST_LEFT, HIST_BY, HIST_DURATION = range(5)


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


class DealEditorDialog(QDialog):
    """Creates or edits one deal; Save writes it in one service call and keeps the dialog open on a refusal."""

    def __init__(self, service: PipelineService, deal_id: int | None, parent: QWidget | None = None, *,
                 pipeline_id: int | None = None, stage_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealEditor")
        self.service = service
        self.deal_id = deal_id
        self.saved_deal_id: int | None = None
        self.detail: DealDetail | None = service.get_deal(deal_id) if deal_id is not None else None
        self.version: int | None = self.detail.version if self.detail else None
        self.pipelines: dict[int, PipelineInfo] = {p.id: p for p in service.list_pipelines()}
        self.products = service.list_products()
        self._updating_lines = False

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dealTabs")
        self.tabs.addTab(self._build_deal_tab(), self.tr("&Deal"))
        self.tabs.addTab(self._build_lines_tab(), self.tr("&Lines"))
        self.tabs.addTab(self._build_history_tab(), self.tr("&History"))

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

        # The contacts capability has no chooser yet: the deal's company or person is shown and kept as it is.
        self.customer = QLineEdit(page)
        self.customer.setObjectName("dealCustomer")
        self.customer.setReadOnly(True)
        self.customer.setToolTip(self.tr("The company or person of the deal; it is not changed here."))

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

        self.status_label = QLabel(page)
        self.status_label.setObjectName("dealStatus")
        self.status_label.setWordWrap(True)
        self.status_label.hide()

        form = QFormLayout(page)
        # Long labels (40% longer translations) move above their field instead of squeezing it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.status_label)
        self._add_row(form, self.tr("T&itle:"), self.title_edit)
        self._add_row(form, self.tr("&Pipeline:"), self.pipeline_combo)
        self._add_row(form, self.tr("Sta&ge:"), self.stage_combo)
        self._add_row(form, self.tr("&Amount:"), amount_row, self.amount_edit)
        self._add_row(form, self.tr("E&xpected close:"), date_row, self.close_date)
        self._add_row(form, self.tr("P&robability:"), self.probability)
        self._add_row(form, self.tr("Lead so&urce:"), self.lead_source)
        self._add_row(form, self.tr("Custo&mer:"), self.customer)
        self._add_row(form, self.tr("&Owner:"), self.owner_combo)
        self._add_row(form, self.tr("&Tags:"), self.tags)
        self._add_row(form, self.tr("Not&es:"), self.notes)

        self.pipeline_combo.currentIndexChanged.connect(self.on_pipeline_combo_changed)
        self.stage_combo.currentIndexChanged.connect(self.on_stage_combo_changed)
        self.amount_from_lines.toggled.connect(self.on_amount_from_lines_toggled)
        # Tab follows the form as it reads, not the order the widgets were made in.
        chain = [self.title_edit, self.pipeline_combo, self.stage_combo, self.amount_edit, self.currency_combo,
                 self.amount_from_lines, self.close_date, self.no_close_date, self.probability, self.lead_source,
                 self.customer, self.owner_combo, self.tags, self.notes]
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
            self.customer.setText(self.tr("(none)"))
            self.tabs.setTabEnabled(2, False)
            self._update_totals()
            return

        self.title_edit.setText(data.title)
        # A deal keeps its pipeline (the service refuses a change); moving it elsewhere is a new deal.
        self.pipeline_combo.setEnabled(False)
        self.currency_combo.setCurrentText(data.currency)
        if data.expected_close_on is not None:
            self.close_date.setDate(QDate(data.expected_close_on))
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
        self.customer.setText((card.party if card else "") or self.tr("(none)"))

        for line in data.lines:
            self._append_line(line)
        computed = data.amount is None and bool(data.lines)
        self.amount_from_lines.setChecked(computed)
        stored = self.detail.line_totals if computed and self.detail else None
        amount = data.amount if data.amount is not None else self._computed_amount(stored)
        self.amount_edit.setText(self._money(amount))
        self._update_totals()
        self._fill_history(self.detail.history if self.detail else ())
        assert self.detail is not None
        if self.detail.status != "open":
            closed = self.detail.closed_on.isoformat() if self.detail.closed_on else ""
            text = (self.tr("This deal was won on %1.") if self.detail.status == "won"
                    else self.tr("This deal was lost on %1.")).replace("%1", closed)
            self.status_label.setText(text + " " + self.tr("Reopen it on the board to change its stage."))
            self.status_label.show()
            self.stage_combo.setEnabled(False)

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
        # Stored as naive UTC; shown in the user's time zone and date format.
        local = value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
        return self.locale().toString(QDateTime(local), QLocale.FormatType.ShortFormat)

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
            company_id=previous.company_id if previous else None,
            person_id=previous.person_id if previous else None,
            owner_id=self.owner_combo.currentData(),
            notes=self.notes.toPlainText().strip() or None,
            tag_ids=tag_ids,
            lines=lines,
        )

    def warn(self, text: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), text)

    def accept(self) -> None:
        try:
            data = self.deal_input()
        except ValueError as exc:
            self.tabs.setCurrentIndex(0)
            self.warn(str(exc))
            self.amount_edit.setFocus()
            self.amount_edit.selectAll()
            return
        try:
            if self.deal_id is None:
                self.saved_deal_id = self.service.create_deal(data)
            else:
                assert self.version is not None
                self.version = self.service.update_deal(self.deal_id, data, expected_version=self.version)
                self.saved_deal_id = self.deal_id
        except ConflictError as exc:
            self.warn(str(exc) + "\n\n" + self.tr(
                "Your changes are still in this window. Cancel and open the deal again to see the other change."))
            return
        except CrmError as exc:
            self.warn(str(exc))
            return
        super().accept()
