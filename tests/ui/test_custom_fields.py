"""The custom fields form and the dialogs that define the fields, driven with keys and clicks over a real database."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from crm_desktop.errors import ValidationError
from crm_desktop.models import FieldType
from crm_desktop.services.custom_fields import CustomFieldService, FieldDefinition
from crm_desktop.services.pipeline import DealInput, PipelineService
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.custom_fields import (
    CustomFieldsEditor,
    FieldDefinitionEditDialog,
    FieldDefinitionsDialog,
    parse_number,
)
from crm_desktop.ui.i18n import install_language


@pytest.fixture
def service(ctx: AppContext) -> CustomFieldService:
    return CustomFieldService(ctx.db, ctx.user_id)


@pytest.fixture
def deal_id(ctx: AppContext) -> int:
    pipeline = PipelineService(ctx.db, ctx.user_id)
    info = pipeline.list_pipelines()[0]
    return pipeline.create_deal(DealInput(title="Rollout", pipeline_id=info.id, stage_id=info.stages[0].id))


@pytest.fixture
def fields(service: CustomFieldService) -> dict[str, FieldDefinition]:
    return {
        "text": service.create_definition("deal", "Contract no.", "text"),
        "money": service.create_definition("deal", "Budget", "money", required=True),
        "date": service.create_definition("deal", "Signed on", "date"),
        "choice": service.create_definition("deal", "Region", "choice", ["North", "South"]),
        "multi": service.create_definition("deal", "Channels", "multi_choice", ["Web", "Phone", "Fair"]),
    }



def make_editor(qtbot, service: CustomFieldService) -> CustomFieldsEditor:
    editor = CustomFieldsEditor(service, "deal")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def field(editor: CustomFieldsEditor, key: str) -> QWidget:
    found = editor.findChild(QWidget, f"customField_{key}")
    assert found is not None, key
    return found


def next_tab_stop(widget: QWidget) -> QWidget:
    """The widget Tab moves to from `widget`: the next in the focus chain that takes focus by Tab."""
    candidate = widget.nextInFocusChain()
    while not (candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and candidate.isVisible()
               and candidate.isEnabled() and candidate.focusProxy() is None):
        candidate = candidate.nextInFocusChain()
    return candidate


def line_edit(editor: CustomFieldsEditor, key: str) -> QLineEdit:
    found = field(editor, key)
    assert isinstance(found, QLineEdit), key
    return found


def type_text(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def check_item(qtbot, checks: QListWidget, text: str) -> None:
    """Move to the item with the keyboard's current item and press Space, as a keyboard user does."""
    row = next(r for r in range(checks.count()) if checks.item(r).text() == text)
    checks.setFocus()
    checks.setCurrentRow(row)
    qtbot.keyClick(checks, Qt.Key.Key_Space)


def test_editor_builds_a_form_per_type_and_collects_typed_values(
        qtbot, service: CustomFieldService, fields: dict[str, FieldDefinition], deal_id: int) -> None:
    editor = make_editor(qtbot, service)
    assert editor.objectName() == "customFieldsEditor"
    assert editor.has_fields
    assert isinstance(field(editor, "contract_no"), QLineEdit)
    assert isinstance(field(editor, "budget"), QLineEdit)
    assert isinstance(field(editor, "signed_on"), QDateEdit)
    assert isinstance(field(editor, "region"), QComboBox)
    assert isinstance(field(editor, "channels"), QListWidget)
    # Every field has a label that names it and leads to it; the required one is marked.
    budget_label = editor.findChild(QLabel, "customFieldLabel_budget")
    assert budget_label is not None
    assert budget_label.text() == "Budget *"
    assert budget_label.buddy() is field(editor, "budget")
    # Tab goes down the form and ends on the Fields… button.
    assert next_tab_stop(field(editor, "contract_no")) is field(editor, "budget")
    assert next_tab_stop(field(editor, "channels")) is editor.edit_button
    # Empty, it collects empty values.
    assert editor.collect() == {d.id: None for d in fields.values()}

    type_text(qtbot, field(editor, "contract_no"), "K-17/2025")
    type_text(qtbot, field(editor, "budget"), "12,500.5")
    no_date = editor.findChild(QCheckBox, "customFieldNoDate_signed_on")
    assert no_date is not None
    assert no_date.isChecked()
    assert not field(editor, "signed_on").isEnabled()
    no_date.setFocus()
    qtbot.keyClick(no_date, Qt.Key.Key_Space)
    assert field(editor, "signed_on").isEnabled()
    picker = field(editor, "signed_on")
    assert isinstance(picker, QDateEdit)
    picker.setDate(QDate(2025, 3, 31))
    region = field(editor, "region")
    region.setFocus()
    qtbot.keyClick(region, Qt.Key.Key_Down)
    qtbot.keyClick(region, Qt.Key.Key_Down)
    channels = field(editor, "channels")
    assert isinstance(channels, QListWidget)
    check_item(qtbot, channels, "Fair")
    check_item(qtbot, channels, "Web")

    f = fields
    values = editor.collect()
    assert values == {
        f["text"].id: "K-17/2025", f["money"].id: Decimal("12500.50"), f["date"].id: date(2025, 3, 31),
        f["choice"].id: "South", f["multi"].id: ["Web", "Fair"],
    }

    # Saved, then shown by a fresh editor.
    service.set_values("deal", deal_id, values)
    fresh = make_editor(qtbot, service)
    fresh.load(service.values("deal", deal_id))
    assert fresh.collect() == values
    assert line_edit(fresh, "contract_no").text() == "K-17/2025"
    assert line_edit(fresh, "budget").text() == QLocale().toString(12500.5, "f", 2)
    fresh_region = field(fresh, "region")
    assert isinstance(fresh_region, QComboBox)
    assert fresh_region.currentText() == "South"
    fresh_no_date = fresh.findChild(QCheckBox, "customFieldNoDate_signed_on")
    assert fresh_no_date is not None
    assert not fresh_no_date.isChecked()
    # Loading nothing empties every field again.
    fresh.load({})
    assert fresh.collect() == {d.id: None for d in fields.values()}


def test_collect_names_the_field_it_cannot_read(qtbot, service: CustomFieldService,
                                                fields: dict[str, FieldDefinition]) -> None:
    seats = service.create_definition("deal", "Seats", "number")
    editor = make_editor(qtbot, service)
    # The validator lets through only what can be part of a number.
    type_text(qtbot, field(editor, "seats"), "1x2")
    assert line_edit(editor, "seats").text() == "12"
    line_edit(editor, "budget").setText("1.2.3,4,5")
    line_edit(editor, "seats").setText("--3")
    with pytest.raises(ValidationError) as caught:
        editor.collect()
    assert str(caught.value).splitlines()[0].startswith("'Budget' is not a number")
    assert "'Seats' is not a number" in str(caught.value)
    assert editor.focusWidget() is field(editor, "budget")
    line_edit(editor, "budget").setText("")
    line_edit(editor, "seats").setText("1 234,5678")
    assert editor.collect()[seats.id] == Decimal("1234.5678")


def test_a_bool_field_tells_empty_from_no(qtbot, service: CustomFieldService, deal_id: int) -> None:
    framework = service.create_definition("deal", "Framework agreement", "bool")
    editor = make_editor(qtbot, service)
    combo = field(editor, "framework_agreement")
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["—", "Yes", "No"]
    assert editor.collect() == {framework.id: None}
    combo.setCurrentIndex(2)
    assert editor.collect() == {framework.id: False}
    service.set_values("deal", deal_id, editor.collect())
    editor.load({})
    assert combo.currentIndex() == 0
    editor.load(service.values("deal", deal_id))
    assert combo.currentText() == "No"


def test_an_editor_without_fields_says_how_to_add_them(qtbot, service: CustomFieldService) -> None:
    editor = make_editor(qtbot, service)
    assert not editor.has_fields
    assert editor.empty_label.isVisible()
    assert editor.collect() == {}


def test_the_definitions_dialog_adds_a_field_and_the_editor_shows_it(
        qtbot, service: CustomFieldService, fields: dict[str, FieldDefinition], warnings: list[str]) -> None:
    editor = make_editor(qtbot, service)
    type_text(qtbot, field(editor, "contract_no"), "typed before")
    changed: list[bool] = []
    editor.definitions_changed.connect(lambda: changed.append(True))

    qtbot.mouseClick(editor.edit_button, Qt.MouseButton.LeftButton)
    dialog = editor.definitions_dialog
    assert isinstance(dialog, FieldDefinitionsDialog)
    assert dialog.objectName() == "fieldDefinitionsDialog"
    qtbot.waitExposed(dialog)
    assert dialog.fields_list.count() == 5
    assert dialog.fields_list.item(1).text() == "Budget (Money, required)"

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    add = dialog.edit_dialog
    assert isinstance(add, FieldDefinitionEditDialog)
    qtbot.waitExposed(add)
    assert add.focusWidget() is add.label_edit
    # A choice without options is refused and the dialog stays open with what was typed.
    qtbot.keyClicks(add.label_edit, "Priority")
    add.type_combo.setCurrentIndex(add.type_combo.findData(FieldType.CHOICE.value))
    assert add.options_edit.isEnabled()
    qtbot.mouseClick(add.save_button, Qt.MouseButton.LeftButton)
    assert warnings == ["The choice field 'Priority' needs at least one option."]
    assert add.isVisible()
    options = add.findChild(QPlainTextEdit, "fieldOptions")
    assert options is add.options_edit
    options.setFocus()
    qtbot.keyClicks(options, "High")
    qtbot.keyClick(options, Qt.Key.Key_Return)
    qtbot.keyClicks(options, "Low")
    qtbot.keyClick(add.required_box, Qt.Key.Key_Space)
    qtbot.mouseClick(add.save_button, Qt.MouseButton.LeftButton)
    assert not add.isVisible()
    assert dialog.fields_list.count() == 6
    assert dialog.fields_list.currentItem().text() == "Priority (Choice, required)"
    added = service.list_definitions("deal")[-1]
    assert (added.key, added.field_type, added.options, added.required) == (
        "priority", FieldType.CHOICE, ("High", "Low"), True)

    # Move it to the top with the keyboard, then close: the editor rebuilds and keeps what was typed.
    assert dialog.focusWidget() is dialog.fields_list
    for _ in range(5):
        qtbot.keyClick(dialog.fields_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert service.list_definitions("deal")[0].id == added.id
    dialog.reject()
    assert changed == [True]
    assert editor.definitions_dialog is None
    priority = field(editor, "priority")
    assert isinstance(priority, QComboBox)
    assert [priority.itemText(i) for i in range(priority.count())] == ["", "High", "Low"]
    assert line_edit(editor, "contract_no").text() == "typed before"
    assert [d.id for d in editor.definitions][0] == added.id


def test_the_definitions_dialog_edits_and_deletes(qtbot, service: CustomFieldService, deal_id: int,
                                                  fields: dict[str, FieldDefinition], warnings: list[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    service.set_values("deal", deal_id, {fields["choice"].id: "North", fields["money"].id: "5"})
    dialog = FieldDefinitionsDialog(service, "deal")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    dialog.fields_list.setCurrentRow(3)
    qtbot.keyClick(dialog.fields_list, Qt.Key.Key_Return)  # Enter edits, as a double click does
    edit = dialog.edit_dialog
    assert edit is not None
    qtbot.waitExposed(edit)
    assert not edit.type_combo.isEnabled()
    assert edit.options_edit.toPlainText() == "North\nSouth"
    edit.options_edit.setPlainText("South\nWest")
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    assert warnings[-1].startswith("The option 'North' of 'Region' is used by 1 deal ")
    edit.options_edit.setPlainText("North\nSouth\nWest")
    edit.label_edit.setText("Sales region")
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    assert dialog.fields_list.item(3).text() == "Sales region (Choice)"
    assert service.list_definitions("deal")[3].options == ("North", "South", "West")

    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm", lambda text: asked.append(text) or False)
    qtbot.keyClick(dialog.fields_list, Qt.Key.Key_Delete)
    assert len(service.list_definitions("deal")) == 5
    monkeypatch.setattr(dialog, "confirm", lambda text: asked.append(text) or True)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert [d.label for d in service.list_definitions("deal")] == ["Contract no.", "Budget", "Signed on", "Channels"]
    assert asked[0].startswith("Delete the field 'Sales region'?")
    assert dialog.changed
    assert dialog.fields_list.count() == 4
    assert service.values("deal", deal_id) == {fields["money"].id: Decimal("5.00")}


def test_right_to_left_with_persian_digits(qtbot, qapp, service: CustomFieldService) -> None:
    budget = service.create_definition("deal", "بودجه", "money")
    install_language(qapp, "fa")
    editor = make_editor(qtbot, service)
    assert editor.isRightToLeft()
    assert line_edit(editor, "field").alignment() & Qt.AlignmentFlag.AlignTrailing
    # Typed as a Persian keyboard types it (QTest types Latin-1 only): key events carrying the characters, which
    # the validator lets through, digits and the Arabic decimal sign alike.
    for ch in "۱۲۳٫۵":
        QApplication.sendEvent(line_edit(editor, "field"),
                               QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
    assert line_edit(editor, "field").text() == "۱۲۳٫۵"
    assert editor.collect() == {budget.id: Decimal("123.50")}
    editor.load({budget.id: Decimal("123.50")})
    assert editor.collect() == {budget.id: Decimal("123.50")}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("1234,5678", "en", "1234.5678"),
    ("1,234", "en", "1234"),
    ("1,234.5", "en", "1234.5"),
    ("1.234,5", "nl", "1234.5"),
    ("12.5", "nl", "12.5"),
    ("1 234 567", "ru", "1234567"),
    ("۱۲٫۵", "fa", "12.5"),
    ("-0.25", "en", "-0.25"),
])
def test_parse_number_reads_the_locale(text: str, language: str, expected: str) -> None:
    assert parse_number(text, QLocale(language)) == Decimal(expected)
