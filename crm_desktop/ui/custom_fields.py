"""Custom fields in the UI: a form of one record's fields, and the dialogs that define the fields of an entity."""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QRegularExpression, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError, ValidationError
from crm_desktop.models import EntityKind, FieldType
from crm_desktop.services.custom_fields import CHOICE_TYPES, CustomFieldService, FieldDefinition
from crm_desktop.ui.dialogs import ask_yes_no, side_button
from crm_desktop.ui.funnel.move_dialogs import parse_amount

DEFINITION_ID_ROLE = Qt.ItemDataRole.UserRole
# What a number field lets through: digits of any script, signs, spaces and the separators of any locale
# (Persian and Arabic ones included); parse_number() decides what they mean.
NUMBER_CHARACTERS = r"[-+]?[\p{Nd}\s.,'\x{066B}\x{066C}\x{060C}\x{00A0}\x{202F}]*"


def field_type_name(field_type: FieldType) -> str:
    """The name of a field type as the user reads it."""
    names = {
        FieldType.TEXT: QCoreApplication.translate("CustomFields", "Text"),
        FieldType.NUMBER: QCoreApplication.translate("CustomFields", "Number"),
        FieldType.MONEY: QCoreApplication.translate("CustomFields", "Money"),
        FieldType.DATE: QCoreApplication.translate("CustomFields", "Date"),
        FieldType.BOOL: QCoreApplication.translate("CustomFields", "Yes / no"),
        FieldType.CHOICE: QCoreApplication.translate("CustomFields", "Choice"),
        FieldType.MULTI_CHOICE: QCoreApplication.translate("CustomFields", "Multiple choice"),
    }
    return names[field_type]


def parse_number(text: str, locale: QLocale) -> Decimal:
    """A number as typed in the locale, with all its decimals (money goes through parse_amount and keeps cents).

    Digits of any script; a lone separator that is not the locale's decimal point counts as one, unless it is
    the locale's group separator followed by exactly three digits ("1,250" in English is 1250).
    """
    text = text.replace("\u066b", ".").replace("\u066c", ",").replace("\u060c", ",")
    kept = []
    for ch in text.strip():
        if ch.isdigit():
            kept.append(str(unicodedata.digit(ch)))
        elif ch in ".,-+":
            kept.append(ch)
        elif ch.isalpha():
            raise ValueError(text)
        # spaces, no-break spaces and apostrophes group digits and are left out
    cleaned = "".join(kept)
    point = locale.decimalPoint()
    if "," in cleaned and "." in cleaned:
        point = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
    elif cleaned.count(",") + cleaned.count(".") == 1:
        sep = "," if "," in cleaned else "."
        if sep != point:
            grouped = sep == locale.groupSeparator() and len(cleaned.split(sep)[1]) == 3
            point = point if grouped else sep
    else:
        point = "" if cleaned.count(",") > 1 or cleaned.count(".") > 1 else point  # only groups: 1.234.567
    group = {".": ",", ",": "."}.get(point, ".,")
    for ch in group:
        cleaned = cleaned.replace(ch, "")
    if point:
        cleaned = cleaned.replace(point, ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


def format_number(value: Decimal, decimals: int, locale: QLocale) -> str:
    """A stored number as the locale writes it (fields hold 15 significant digits, which a double keeps)."""
    return locale.toString(float(value), "f", decimals)


class CustomFieldsEditor(QWidget):
    """The custom fields of one record as a form, one editor per field type, built from the entity's definitions.

    It only edits: load() fills it, collect() reads it; the record's editor saves through CustomFieldService.
    """

    definitions_changed = Signal()

    def __init__(self, service: CustomFieldService, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customFieldsEditor")
        self.service = service
        self.entity = EntityKind(entity)
        self.definitions: list[FieldDefinition] = []
        self.definitions_dialog: FieldDefinitionsDialog | None = None
        # Per definition id: the widget that holds the value (and the buddy of its label).
        self.inputs: dict[int, QWidget] = {}
        self.no_date_boxes: dict[int, QCheckBox] = {}

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("customFieldsScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.empty_label = QLabel(self.tr("There are no custom fields yet. Add them with Fields…"), self)
        self.empty_label.setObjectName("customFieldsEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.edit_button = QPushButton(self.tr("Fi&elds…"), self)
        self.edit_button.setObjectName("editFieldDefinitions")
        self.edit_button.setToolTip(self.tr("Add, change, order or delete the custom fields"))
        # Inside a dialog, Enter in a field must save the dialog, not open this one.
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(self.on_edit_button_clicked)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)
        self.rebuild()

    @property
    def has_fields(self) -> bool:
        return bool(self.definitions)

    # ---- building ---------------------------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Read the definitions again and build the form anew; what was typed stays in the fields that remain."""
        typed = self._snapshot()
        self.definitions = self.service.list_definitions(self.entity)
        self.inputs = {}
        self.no_date_boxes = {}
        page = QWidget()
        page.setObjectName("customFieldsPage")
        form = QFormLayout(page)
        # Long labels (and 40% longer translations) move above their field instead of squeezing it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for definition in self.definitions:
            field, row = self._make_input(definition, page)
            field.setObjectName(f"customField_{definition.key}")
            field.setAccessibleName(definition.label)
            # The label is the user's text: '&' is a letter there, not a mnemonic.
            label = QLabel(definition.label.replace("&", "&&") + (" *" if definition.required else ""), page)
            label.setObjectName(f"customFieldLabel_{definition.key}")
            label.setBuddy(field)
            if definition.required:
                label.setToolTip(self.tr("Required"))
                field.setAccessibleDescription(self.tr("Required"))
            form.addRow(label, row)
            self.inputs[definition.id] = field
        self.scroll_area.setWidget(page)  # deletes the previous page
        self.empty_label.setVisible(not self.definitions)
        self.scroll_area.setVisible(bool(self.definitions))
        # Tab follows the form, then the Fields… button (made before these fields, so first by default).
        chain: list[QWidget] = []
        for definition in self.definitions:
            chain.append(self.inputs[definition.id])
            if definition.id in self.no_date_boxes:
                chain.append(self.no_date_boxes[definition.id])
        chain.append(self.edit_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._restore(typed)

    def _make_input(self, definition: FieldDefinition, parent: QWidget) -> tuple[QWidget, QWidget]:
        """The value's widget and what the form row shows (the same widget, or a row around it)."""
        ftype = definition.field_type
        if ftype in (FieldType.NUMBER, FieldType.MONEY):
            number = QLineEdit(parent)
            number.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            number.setValidator(QRegularExpressionValidator(QRegularExpression(NUMBER_CHARACTERS), number))
            number.setPlaceholderText(format_number(Decimal("1234.5"), 2 if ftype == FieldType.MONEY else 1,
                                                    self.locale()))
            return number, number
        if ftype == FieldType.DATE:
            row = QWidget(parent)
            picker = QDateEdit(row)
            picker.setCalendarPopup(True)
            picker.setDate(QDate.currentDate())
            no_date = QCheckBox(self.tr("No date"), row)
            no_date.setObjectName(f"customFieldNoDate_{definition.key}")
            no_date.setAccessibleName(self.tr("%1: no date").replace("%1", definition.label))
            no_date.toggled.connect(picker.setDisabled)
            no_date.setChecked(True)
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(picker)
            box.addWidget(no_date)
            box.addStretch(1)
            self.no_date_boxes[definition.id] = no_date
            return picker, row
        if ftype == FieldType.BOOL:
            combo = QComboBox(parent)
            combo.addItem(self.tr("—"), None)
            combo.setItemData(0, self.tr("Not set"), Qt.ItemDataRole.AccessibleTextRole)
            combo.addItem(self.tr("Yes"), True)
            combo.addItem(self.tr("No"), False)
            return combo, combo
        if ftype == FieldType.CHOICE:
            combo = QComboBox(parent)
            combo.addItem("", None)
            combo.setItemData(0, self.tr("Not set"), Qt.ItemDataRole.AccessibleTextRole)
            for option in definition.options:
                combo.addItem(option, option)
            return combo, combo
        if ftype == FieldType.MULTI_CHOICE:
            checks = QListWidget(parent)
            for option in definition.options:
                item = QListWidgetItem(option, checks)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            rows = min(max(len(definition.options), 2), 6)
            checks.setMaximumHeight(checks.sizeHintForRow(0) * rows + 2 * checks.frameWidth() + 4)
            return checks, checks
        text = QLineEdit(parent)
        return text, text

    # ---- values -----------------------------------------------------------------------------------------------
    def load(self, values: dict[int, object]) -> None:
        """Show these values (definition id -> value as CustomFieldService.values() gives it); others go empty."""
        for definition in self.definitions:
            self._set_value(definition, values.get(definition.id))

    def _set_value(self, definition: FieldDefinition, value: object) -> None:
        widget = self.inputs[definition.id]
        ftype = definition.field_type
        if isinstance(widget, QLineEdit):
            if value is None or value == "":
                widget.setText("")
            elif ftype in (FieldType.NUMBER, FieldType.MONEY):
                try:
                    number = value if isinstance(value, Decimal) else Decimal(str(value))
                except InvalidOperation:
                    widget.setText(str(value))
                    return
                decimals = 2 if ftype == FieldType.MONEY else max(0, -int(number.normalize().as_tuple().exponent))
                widget.setText(format_number(number, decimals, self.locale()))
            else:
                widget.setText(str(value))
        elif isinstance(widget, QDateEdit):
            shown = isinstance(value, date)
            if isinstance(value, date):
                widget.setDate(QDate(value.year, value.month, value.day))
            self.no_date_boxes[definition.id].setChecked(not shown)
        elif isinstance(widget, QComboBox):
            found = widget.findData(value) if value is not None else 0
            widget.setCurrentIndex(max(found, 0))
        elif isinstance(widget, QListWidget):
            chosen = set(value) if isinstance(value, list | tuple | set) else set()
            for row in range(widget.count()):
                item = widget.item(row)
                item.setCheckState(Qt.CheckState.Checked if item.text() in chosen else Qt.CheckState.Unchecked)

    def collect(self) -> dict[int, object]:
        """Definition id -> typed value (str, Decimal, date, bool, list[str]; None = empty) of every field.

        ValidationError naming each field whose text cannot be read; the first of them gets the focus.
        """
        values: dict[int, object] = {}
        errors: list[str] = []
        first_bad: QWidget | None = None
        for definition in self.definitions:
            widget = self.inputs[definition.id]
            try:
                values[definition.id] = self._value(definition, widget)
            except ValueError:
                errors.append(self.tr("'%1' is not a number. Type digits, for example %2.")
                              .replace("%1", definition.label)
                              .replace("%2", format_number(Decimal("1250.5"), 2, self.locale())))
                first_bad = first_bad or widget
        if errors:
            if first_bad is not None:
                first_bad.setFocus()
            raise ValidationError("\n".join(errors))
        return values

    def _value(self, definition: FieldDefinition, widget: QWidget) -> object:
        if isinstance(widget, QLineEdit):
            text = widget.text().strip()
            if not text:
                return None
            if definition.field_type == FieldType.MONEY:
                return parse_amount(text, self.locale())
            if definition.field_type == FieldType.NUMBER:
                return parse_number(text, self.locale())
            return text
        if isinstance(widget, QDateEdit):
            if self.no_date_boxes[definition.id].isChecked():
                return None
            picked = widget.date()
            return date(picked.year(), picked.month(), picked.day())
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QListWidget):
            chosen = [widget.item(row).text() for row in range(widget.count())
                      if widget.item(row).checkState() == Qt.CheckState.Checked]
            return chosen or None
        return None

    def _snapshot(self) -> dict[int, object]:
        """What the widgets show, readable or not, so a rebuild can put it back."""
        shown: dict[int, object] = {}
        for definition in self.definitions:
            widget = self.inputs.get(definition.id)
            if isinstance(widget, QLineEdit):
                shown[definition.id] = widget.text()
            elif isinstance(widget, QDateEdit):
                shown[definition.id] = (self.no_date_boxes[definition.id].isChecked(), widget.date())
            elif widget is not None:
                shown[definition.id] = self._value(definition, widget)
        return shown

    def _restore(self, shown: dict[int, object]) -> None:
        for definition in self.definitions:
            if definition.id not in shown:
                continue
            widget, value = self.inputs[definition.id], shown[definition.id]
            if isinstance(widget, QLineEdit):
                widget.setText(str(value))
            elif isinstance(widget, QDateEdit) and isinstance(value, tuple):
                no_date, picked = value
                widget.setDate(picked)
                self.no_date_boxes[definition.id].setChecked(bool(no_date))
            else:
                self._set_value(definition, value)

    # ---- the definitions --------------------------------------------------------------------------------------
    @Slot()
    def on_edit_button_clicked(self) -> None:
        # Window-modal but not blocking: the editor rebuilds when the dialog closes, and tests can drive it.
        dialog = FieldDefinitionsDialog(self.service, self.entity, self)
        dialog.finished.connect(self.on_definitions_dialog_finished)
        self.definitions_dialog = dialog
        dialog.open()

    @Slot(int)
    def on_definitions_dialog_finished(self, _result: int) -> None:
        dialog, self.definitions_dialog = self.definitions_dialog, None
        if dialog is not None:
            changed = dialog.changed
            dialog.deleteLater()
            if changed:
                self.rebuild()
                self.definitions_changed.emit()


class FieldDefinitionsDialog(QDialog):
    """The custom fields of companies, people or deals: add, edit, delete and order them; each change is saved."""

    definitions_changed = Signal()

    def __init__(self, service: CustomFieldService, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldDefinitionsDialog")
        self.service = service
        self.entity = EntityKind(entity)
        self.definitions: list[FieldDefinition] = []
        self.changed = False
        self.edit_dialog: FieldDefinitionEditDialog | None = None
        titles = {EntityKind.COMPANY: self.tr("Custom fields of companies"),
                  EntityKind.PERSON: self.tr("Custom fields of people"),
                  EntityKind.DEAL: self.tr("Custom fields of deals")}
        self.setWindowTitle(titles[self.entity])

        self.fields_list = QListWidget(self)
        self.fields_list.setObjectName("fieldDefinitionsList")
        self.fields_list.setAccessibleName(self.tr("Custom fields"))
        self.fields_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        list_label = QLabel(self.tr("&Fields, in the order the forms show them:"), self)
        list_label.setBuddy(self.fields_list)
        list_label.setWordWrap(True)

        self.add_button = self._button(self.tr("&Add…"), "addFieldDefinition")
        self.edit_button = self._button(self.tr("&Edit…"), "editFieldDefinition")
        self.delete_button = self._button(self.tr("&Delete"), "deleteFieldDefinition")
        self.move_up_button = self._button(self.tr("Move &up"), "moveFieldDefinitionUp")
        self.move_down_button = self._button(self.tr("Move do&wn"), "moveFieldDefinitionDown")

        # Keys on the list itself (see eventFilter): Enter edits, Delete deletes, Ctrl+Up/Down reorder.
        self.fields_list.installEventFilter(self)
        self.fields_list.itemDoubleClicked.connect(self.on_list_item_double_clicked)
        self.fields_list.currentRowChanged.connect(self.on_list_current_row_changed)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("fieldDefinitionsButtons")
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)

        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.move_up_button,
                       self.move_down_button):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.fields_list, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(list_label)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(560, 380)

        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        self.move_up_button.clicked.connect(self.on_move_up_button_clicked)
        self.move_down_button.clicked.connect(self.on_move_down_button_clicked)
        self.reload()
        self.fields_list.setFocus()

    def _button(self, text: str, name: str) -> QPushButton:
        return side_button(self, text, name)

    # ---- questions to the user: separate methods so tests replace them instead of clicking modal boxes ------
    def confirm(self, text: str) -> bool:
        return ask_yes_no(self, self.windowTitle(), text)

    def warn(self, text: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), text)

    # ---- filling ------------------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        current = self.current_definition()
        if select_id is None and current is not None:
            select_id = current.id
        self.definitions = self.service.list_definitions(self.entity)
        self.fields_list.blockSignals(True)
        self.fields_list.clear()
        for definition in self.definitions:
            text = (self.tr("%1 (%2, required)") if definition.required else self.tr("%1 (%2)"))
            item = QListWidgetItem(text.replace("%2", field_type_name(definition.field_type))
                                   .replace("%1", definition.label), self.fields_list)
            item.setData(DEFINITION_ID_ROLE, definition.id)
            if definition.options:
                item.setToolTip(", ".join(definition.options))
        self.fields_list.blockSignals(False)
        row = next((i for i, d in enumerate(self.definitions) if d.id == select_id), 0 if self.definitions else -1)
        self.fields_list.setCurrentRow(row)
        self._update_buttons()

    def current_definition(self) -> FieldDefinition | None:
        row = self.fields_list.currentRow()
        return self.definitions[row] if 0 <= row < len(self.definitions) else None

    def _update_buttons(self) -> None:
        row = self.fields_list.currentRow()
        has = 0 <= row < len(self.definitions)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.move_up_button.setEnabled(has and row > 0)
        self.move_down_button.setEnabled(has and row < len(self.definitions) - 1)

    def _changed(self, select_id: int | None = None) -> None:
        self.changed = True
        self.reload(select_id)
        self.definitions_changed.emit()

    # ---- actions ------------------------------------------------------------------------------------------
    @Slot(int)
    def on_list_current_row_changed(self, _row: int) -> None:
        self._update_buttons()

    @Slot(QListWidgetItem)
    def on_list_item_double_clicked(self, _item: QListWidgetItem) -> None:
        self.on_edit_button_clicked()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.fields_list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, modifiers = event.key(), event.modifiers()
            # Handled here rather than by the item view: its Enter would travel on to the dialog, whose search
            # for a default button also finds the Save button of the field editor just opened.
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not modifiers & ~Qt.KeyboardModifier.KeypadModifier:
                self.on_edit_button_clicked()
                return True
            if event.matches(QKeySequence.StandardKey.Delete):
                self.on_delete_button_clicked()
                return True
            if modifiers == Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._move(-1 if key == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def _open_editor(self, definition: FieldDefinition | None) -> None:
        dialog = FieldDefinitionEditDialog(self.service, self.entity, definition, self)
        dialog.saved.connect(self.on_edit_dialog_saved)
        dialog.finished.connect(self.on_edit_dialog_finished)
        self.edit_dialog = dialog
        dialog.open()

    @Slot()
    def on_add_button_clicked(self) -> None:
        self._open_editor(None)

    @Slot()
    def on_edit_button_clicked(self) -> None:
        definition = self.current_definition()
        if definition is not None:
            self._open_editor(definition)

    @Slot(int)
    def on_edit_dialog_saved(self, def_id: int) -> None:
        self._changed(def_id)

    @Slot(int)
    def on_edit_dialog_finished(self, _result: int) -> None:
        dialog, self.edit_dialog = self.edit_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        # Back on the list, where the keys to order, edit and delete fields work.
        self.fields_list.setFocus()

    @Slot()
    def on_delete_button_clicked(self) -> None:
        definition = self.current_definition()
        if definition is None or not self.confirm(
                self.tr("Delete the field '%1'? It disappears from every form; the values already typed stay "
                        "in the database.").replace("%1", definition.label)):
            return
        try:
            self.service.delete_definition(definition.id)
        except CrmError as exc:
            self.warn(str(exc))
            return
        self._changed()

    def _move(self, step: int) -> None:
        row = self.fields_list.currentRow()
        other = row + step
        if not (0 <= row < len(self.definitions) and 0 <= other < len(self.definitions)):
            return
        ids = [d.id for d in self.definitions]
        ids[row], ids[other] = ids[other], ids[row]
        try:
            self.service.reorder(self.entity, ids)
        except CrmError as exc:
            self.warn(str(exc))
            self.reload()
            return
        self._changed(ids[other])

    @Slot()
    def on_move_up_button_clicked(self) -> None:
        self._move(-1)

    @Slot()
    def on_move_down_button_clicked(self) -> None:
        self._move(1)


class FieldDefinitionEditDialog(QDialog):
    """Adds a custom field or edits one (its type stays); Save writes it and keeps the dialog open on a refusal."""

    saved = Signal(int)  # the definition's id

    def __init__(self, service: CustomFieldService, entity: str, definition: FieldDefinition | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldDefinitionEditor")
        self.service = service
        self.entity = EntityKind(entity)
        self.definition = definition
        self.setWindowTitle(self.tr("New field") if definition is None
                            else self.tr("Field: %1").replace("%1", definition.label))

        self.label_edit = QLineEdit(self)
        self.label_edit.setObjectName("fieldLabel")
        self.label_edit.setMaxLength(200)
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("fieldType")
        for field_type in FieldType:
            self.type_combo.addItem(field_type_name(field_type), field_type.value)
        self.options_edit = QPlainTextEdit(self)
        self.options_edit.setObjectName("fieldOptions")
        self.options_edit.setTabChangesFocus(True)
        self.options_edit.setAccessibleDescription(self.tr("One option per line"))
        options_hint = QLabel(self.tr("One option per line, in the order they are offered."), self)
        options_hint.setObjectName("fieldOptionsHint")
        options_hint.setWordWrap(True)
        self.required_box = QCheckBox(self.tr("&Required: a record cannot be saved without it"), self)
        self.required_box.setObjectName("fieldRequired")
        type_hint = QLabel(self.tr("The type of a field cannot be changed once it is created."), self)
        type_hint.setObjectName("fieldTypeHint")
        type_hint.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.setObjectName("fieldDefinitionButtons")
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("fieldDefinitionSave")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row(form, self.tr("&Label:"), self.label_edit)
        self._add_row(form, self.tr("&Type:"), self.type_combo)
        form.addRow("", type_hint)
        self._add_row(form, self.tr("&Options:"), self.options_edit)
        form.addRow("", options_hint)
        form.addRow("", self.required_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(buttons)
        self.resize(440, 360)

        self.type_combo.currentIndexChanged.connect(self.on_type_combo_changed)
        if definition is not None:
            self.label_edit.setText(definition.label)
            self.type_combo.setCurrentIndex(max(self.type_combo.findData(definition.field_type.value), 0))
            self.type_combo.setEnabled(False)
            self.options_edit.setPlainText("\n".join(definition.options))
            self.required_box.setChecked(definition.required)
        else:
            type_hint.hide()
        self.on_type_combo_changed()
        self.label_edit.setFocus()

    def _add_row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        form.addRow(label, field)

    def field_type(self) -> FieldType:
        return FieldType(self.type_combo.currentData())

    def options(self) -> list[str]:
        return [line.strip() for line in self.options_edit.toPlainText().splitlines() if line.strip()]

    @Slot()
    def on_type_combo_changed(self) -> None:
        self.options_edit.setEnabled(self.field_type() in CHOICE_TYPES)

    def warn(self, text: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), text)

    def accept(self) -> None:
        options = self.options() if self.field_type() in CHOICE_TYPES else []
        try:
            if self.definition is None:
                saved = self.service.create_definition(self.entity, self.label_edit.text(), self.field_type(),
                                                       options, self.required_box.isChecked())
            else:
                saved = self.service.update_definition(
                    self.definition.id, label=self.label_edit.text(),
                    options=options if self.definition.field_type in CHOICE_TYPES else None,
                    required=self.required_box.isChecked())
        except CrmError as exc:
            self.warn(str(exc))
            return
        self.saved.emit(saved.id)
        super().accept()
