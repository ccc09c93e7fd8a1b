"""The filter of the contact lists: every condition of `ContactFilter` in one dialog, which also saves segments."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, Qt, Slot
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db.database import Database
from crm_desktop.errors import CrmError
from crm_desktop.models import FieldType
from crm_desktop.services.contact_list import STATUSES, ContactFilter
from crm_desktop.services.custom_fields import CustomFieldService, FieldDefinition
from crm_desktop.services.pipeline import PipelineService
from crm_desktop.ui.contacts.table_model import status_name
from crm_desktop.ui.custom_fields import format_number, parse_number

DEFAULT_DAYS = 30


@dataclass(frozen=True)
class FilterChoices:
    """What the filter's lists offer: owners, tags, lead sources, products and the kind's custom fields."""

    owners: tuple[tuple[int, str], ...] = ()
    tags: tuple[tuple[int, str, str], ...] = ()
    sources: tuple[tuple[int, str], ...] = ()
    products: tuple[tuple[int, str], ...] = ()
    fields: tuple[FieldDefinition, ...] = field(default=())


def load_choices(db: Database, user_id: int | None, kind: str) -> FilterChoices:
    """The dialog's lists, read in one go (small tables; Qt-free, so it may run on the worker)."""
    pipeline = PipelineService(db, user_id)
    return FilterChoices(
        owners=tuple(pipeline.list_owners()),
        tags=tuple(pipeline.list_tags()),
        sources=tuple(pipeline.list_lead_sources()),
        products=tuple((p.id, p.name) for p in pipeline.list_products(include_inactive=True)),
        fields=tuple(CustomFieldService(db, user_id).list_definitions(kind)),
    )


def colour_icon(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour) if QColor.isValidColorName(colour) else QColor("#999999"))
    return QIcon(pixmap)


def active_conditions(filt: ContactFilter) -> int:
    """How many conditions a filter sets (the Filter button shows the number)."""
    return sum((bool(filt.status), filt.owner_id is not None, filt.tag_id is not None,
                filt.lead_source_id is not None, bool(filt.city.strip()), filt.not_contacted_days is not None,
                filt.no_next_task, filt.bought_product_id is not None, filt.birthday_this_week)) + len(filt.custom)


class CustomConditionRow(QWidget):
    """One condition on a custom field: the field, how to compare, and a value editor of the field's type."""

    def __init__(self, fields: tuple[FieldDefinition, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = fields
        self.field_combo = QComboBox(self)
        self.field_combo.setObjectName("customFieldCombo")
        for definition in fields:
            self.field_combo.addItem(definition.label, definition.id)
        self.op_combo = QComboBox(self)
        self.op_combo.setObjectName("customOpCombo")
        self.values = QStackedWidget(self)
        self.text_edit = QLineEdit(self.values)
        self.text_edit.setObjectName("customTextValue")
        self.choice_combo = QComboBox(self.values)
        self.choice_combo.setObjectName("customChoiceValue")
        self.date_edit = QDateEdit(self.values)
        self.date_edit.setObjectName("customDateValue")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(QDate.currentDate())
        for widget in (self.text_edit, self.choice_combo, self.date_edit):
            self.values.addWidget(widget)
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("removeConditionButton")
        self.remove_button.setText("✕")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field_combo, 2)
        row.addWidget(self.op_combo, 1)
        row.addWidget(self.values, 2)
        row.addWidget(self.remove_button)
        self.field_combo.currentIndexChanged.connect(self.on_field_combo_changed)
        self.on_field_combo_changed(self.field_combo.currentIndex())

    def definition(self) -> FieldDefinition | None:
        index = self.field_combo.currentIndex()
        return self.fields[index] if 0 <= index < len(self.fields) else None

    @Slot(int)
    def on_field_combo_changed(self, _index: int) -> None:
        definition = self.definition()
        self.op_combo.clear()
        if definition is None:
            return
        ftype = definition.field_type
        ops: list[tuple[str, str]]
        if ftype == FieldType.TEXT:
            ops = [("contains", self.tr("contains")), ("=", self.tr("is"))]
        elif ftype in (FieldType.NUMBER, FieldType.MONEY):
            ops = [("=", "="), (">=", "≥"), ("<=", "≤")]
        elif ftype == FieldType.DATE:
            ops = [("=", self.tr("on")), (">=", self.tr("on or after")), ("<=", self.tr("on or before"))]
        elif ftype == FieldType.MULTI_CHOICE:
            ops = [("=", self.tr("includes"))]
        else:
            ops = [("=", self.tr("is"))]
        for op, text in ops:
            self.op_combo.addItem(text, op)
        self.choice_combo.clear()
        if ftype in (FieldType.CHOICE, FieldType.MULTI_CHOICE):
            for option in definition.options:
                self.choice_combo.addItem(option, option)
            self.values.setCurrentWidget(self.choice_combo)
        elif ftype == FieldType.BOOL:
            self.choice_combo.addItem(self.tr("Yes"), True)
            self.choice_combo.addItem(self.tr("No"), False)
            self.values.setCurrentWidget(self.choice_combo)
        elif ftype == FieldType.DATE:
            self.values.setCurrentWidget(self.date_edit)
        else:
            self.values.setCurrentWidget(self.text_edit)

    def set_condition(self, def_id: int, op: str, value: object) -> bool:
        index = self.field_combo.findData(def_id)
        if index < 0:
            return False
        self.field_combo.setCurrentIndex(index)
        self.op_combo.setCurrentIndex(max(0, self.op_combo.findData(op)))
        definition = self.definition()
        assert definition is not None
        ftype = definition.field_type
        if ftype in (FieldType.CHOICE, FieldType.MULTI_CHOICE, FieldType.BOOL):
            self.choice_combo.setCurrentIndex(max(0, self.choice_combo.findData(value)))
        elif ftype == FieldType.DATE and isinstance(value, date):
            self.date_edit.setDate(QDate(value.year, value.month, value.day))
        elif ftype in (FieldType.NUMBER, FieldType.MONEY) and isinstance(value, Decimal | int):
            number = Decimal(value)
            exponent = number.as_tuple().exponent
            decimals = max(0, -exponent) if isinstance(exponent, int) else 0
            self.text_edit.setText(format_number(number, decimals, QLocale()))
        else:
            self.text_edit.setText("" if value is None else str(value))
        return True

    def condition(self) -> tuple[int, str, object] | None:
        """The condition as ContactFilter holds it; None when the value is empty. ValueError: not a number."""
        definition = self.definition()
        if definition is None:
            return None
        op = str(self.op_combo.currentData())
        ftype = definition.field_type
        value: object
        if ftype in (FieldType.CHOICE, FieldType.MULTI_CHOICE, FieldType.BOOL):
            if self.choice_combo.currentIndex() < 0:
                return None
            value = self.choice_combo.currentData()
        elif ftype == FieldType.DATE:
            picked = self.date_edit.date()
            value = date(picked.year(), picked.month(), picked.day())
        elif ftype in (FieldType.NUMBER, FieldType.MONEY):
            text = self.text_edit.text().strip()
            if not text:
                return None
            value = parse_number(text, QLocale())
        else:
            value = self.text_edit.text().strip()
            if not value:
                return None
        return definition.id, op, value


class FilterDialog(QDialog):
    """Edits a `ContactFilter`; in segment mode it also edits the segment's name.

    `save_segment(name, filt)` is called by "Save as segment…" (and by OK in segment mode); an error it raises is
    shown and the dialog stays open.
    """

    def __init__(self, kind: str, filt: ContactFilter, choices: FilterChoices, parent: QWidget | None = None, *,
                 save_segment: Callable[[str, ContactFilter], int] | None = None,
                 segment_name: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactFilterDialog")
        self.kind = kind
        self.choices = choices
        self.save_segment = save_segment
        self.segment_mode = segment_name is not None
        self.saved_segment_id: int | None = None
        self.accept_filter = filt
        self.setWindowTitle(self.tr("Edit segment") if self.segment_mode else self.tr("Filter"))

        self.name_edit = QLineEdit(segment_name or "", self)
        self.name_edit.setObjectName("segmentNameEdit")
        self.name_edit.setVisible(self.segment_mode)

        status_box = QGroupBox(self.tr("Status"), self)
        status_grid = QGridLayout(status_box)
        self.status_checks: dict[str, QCheckBox] = {}
        for index, key in enumerate(STATUSES):
            check = QCheckBox(status_name(key), status_box)
            check.setObjectName(f"statusCheck_{key}")
            status_grid.addWidget(check, index // 3, index % 3)
            self.status_checks[key] = check

        self.owner_combo = self._combo("ownerCombo", self.tr("Any owner"), choices.owners)
        self.tag_combo = QComboBox(self)
        self.tag_combo.setObjectName("tagCombo")
        self.tag_combo.addItem(self.tr("Any tag"), None)
        for tag_id, name, colour in choices.tags:
            self.tag_combo.addItem(colour_icon(colour), name, tag_id)
        self.source_combo = self._combo("sourceCombo", self.tr("Any lead source"), choices.sources)
        self.city_edit = QLineEdit(self)
        self.city_edit.setObjectName("cityEdit")
        self.city_edit.setClearButtonEnabled(True)
        self.product_combo = self._combo("productCombo", self.tr("Any product"), choices.products)

        self.not_contacted_check = QCheckBox(self.tr("Not contacted for"), self)
        self.not_contacted_check.setObjectName("notContactedCheck")
        self.days_spin = QSpinBox(self)
        self.days_spin.setObjectName("notContactedDays")
        self.days_spin.setRange(1, 36500)
        self.days_spin.setValue(DEFAULT_DAYS)
        self.days_spin.setSuffix(self.tr(" days"))
        self.days_spin.setEnabled(False)
        self.not_contacted_check.toggled.connect(self.days_spin.setEnabled)
        days_row = QHBoxLayout()
        days_row.addWidget(self.not_contacted_check)
        days_row.addWidget(self.days_spin)
        days_row.addStretch(1)
        self.no_task_check = QCheckBox(self.tr("No planned next task"), self)
        self.no_task_check.setObjectName("noNextTaskCheck")
        self.birthday_check = QCheckBox(self.tr("Birthday this week"), self)
        self.birthday_check.setObjectName("birthdayCheck")
        self.birthday_check.setVisible(kind == "person")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if self.segment_mode:
            form.addRow(self._label(self.tr("Segment &name:"), self.name_edit), self.name_edit)
        form.addRow(self._label(self.tr("&Owner:"), self.owner_combo), self.owner_combo)
        form.addRow(self._label(self.tr("&Tag:"), self.tag_combo), self.tag_combo)
        form.addRow(self._label(self.tr("Lead &source:"), self.source_combo), self.source_combo)
        form.addRow(self._label(self.tr("C&ity:"), self.city_edit), self.city_edit)
        form.addRow(self._label(self.tr("Bought &product:"), self.product_combo), self.product_combo)

        self.custom_box = QGroupBox(self.tr("Custom fields"), self)
        self.custom_rows_layout = QVBoxLayout(self.custom_box)
        self.custom_rows: list[CustomConditionRow] = []
        self.add_condition_button = QPushButton(self.tr("&Add condition"), self.custom_box)
        self.add_condition_button.setObjectName("addConditionButton")
        self.add_condition_button.setAutoDefault(False)
        self.add_condition_button.clicked.connect(lambda: self.add_condition())
        self.custom_rows_layout.addWidget(self.add_condition_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.custom_box.setVisible(bool(choices.fields))

        self.error = QLabel(self)
        self.error.setObjectName("filterError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Save") if self.segment_mode else self.tr("Apply"))
        self.clear_button = self.buttons.addButton(self.tr("C&lear all"), QDialogButtonBox.ButtonRole.ResetRole)
        self.clear_button.setObjectName("clearFilterButton")
        self.clear_button.clicked.connect(self.on_clear_button_clicked)
        self.save_button = self.buttons.addButton(self.tr("Save as se&gment…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("saveSegmentButton")
        self.save_button.setVisible(save_segment is not None and not self.segment_mode)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(status_box)
        layout.addLayout(days_row)
        layout.addWidget(self.no_task_check)
        layout.addWidget(self.birthday_check)
        layout.addWidget(self.custom_box)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(520, 0)
        self.set_filter(filt)

    def _combo(self, name: str, everything: str, items: tuple[tuple[int, str], ...]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(everything, None)
        for item_id, text in items:
            combo.addItem(text, item_id)
        return combo

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # ---- filling and reading ------------------------------------------------------------------------------
    def add_condition(self) -> CustomConditionRow:
        row = CustomConditionRow(self.choices.fields, self.custom_box)
        row.remove_button.setToolTip(self.tr("Remove this condition"))
        row.remove_button.clicked.connect(lambda: self.remove_condition(row))
        self.custom_rows_layout.insertWidget(len(self.custom_rows), row)
        self.custom_rows.append(row)
        row.field_combo.setFocus()
        return row

    def remove_condition(self, row: CustomConditionRow) -> None:
        if row in self.custom_rows:
            self.custom_rows.remove(row)
            self.custom_rows_layout.removeWidget(row)
            row.deleteLater()

    def set_filter(self, filt: ContactFilter) -> None:
        for key, check in self.status_checks.items():
            check.setChecked(key in filt.status)
        for combo, chosen in ((self.owner_combo, filt.owner_id), (self.tag_combo, filt.tag_id),
                              (self.source_combo, filt.lead_source_id), (self.product_combo, filt.bought_product_id)):
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        self.city_edit.setText(filt.city)
        self.not_contacted_check.setChecked(filt.not_contacted_days is not None)
        self.days_spin.setValue(filt.not_contacted_days if filt.not_contacted_days is not None else DEFAULT_DAYS)
        self.no_task_check.setChecked(filt.no_next_task)
        self.birthday_check.setChecked(filt.birthday_this_week and self.kind == "person")
        for row in list(self.custom_rows):
            self.remove_condition(row)
        for def_id, op, value in filt.custom:
            row = self.add_condition()
            if not row.set_condition(def_id, op, value):
                self.remove_condition(row)

    def filter(self) -> ContactFilter:
        """The filter as set; ValueError when a number condition does not read as a number."""
        custom = tuple(c for c in (row.condition() for row in self.custom_rows) if c is not None)
        return ContactFilter(
            status=tuple(key for key, check in self.status_checks.items() if check.isChecked()),
            owner_id=self.owner_combo.currentData(),
            tag_id=self.tag_combo.currentData(),
            lead_source_id=self.source_combo.currentData(),
            city=" ".join(self.city_edit.text().split()),
            not_contacted_days=self.days_spin.value() if self.not_contacted_check.isChecked() else None,
            no_next_task=self.no_task_check.isChecked(),
            bought_product_id=self.product_combo.currentData(),
            birthday_this_week=self.birthday_check.isChecked() and self.kind == "person",
            custom=custom,
        )

    def _checked_filter(self) -> ContactFilter | None:
        try:
            return self.filter()
        except ValueError as exc:
            self.show_error(self.tr("'%1' is not a number.").replace("%1", str(exc)))
            return None

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # ---- buttons ------------------------------------------------------------------------------------------
    @Slot()
    def on_clear_button_clicked(self) -> None:
        self.set_filter(ContactFilter())
        self.error.hide()

    @Slot()
    def on_save_button_clicked(self) -> None:
        filt = self._checked_filter()
        if filt is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save as segment"), self.tr("Name of the segment:"))
        if ok and self._save(name, filt):
            self.accept_filter = filt
            super().accept()

    def _save(self, name: str, filt: ContactFilter) -> bool:
        assert self.save_segment is not None
        try:
            saved = self.save_segment(name, filt)
        except CrmError as exc:
            self.show_error(str(exc))
            return False
        self.saved_segment_id = saved
        return True

    def accept(self) -> None:
        filt = self._checked_filter()
        if filt is None:
            return
        if self.segment_mode and self.save_segment is not None and not self._save(self.name_edit.text(), filt):
            return
        self.accept_filter = filt
        super().accept()

    def result_filter(self) -> ContactFilter:
        """The filter the dialog was accepted with."""
        return self.accept_filter
