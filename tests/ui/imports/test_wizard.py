"""The import wizard, the import history and the export dialog driven as a user would, over a real SQLite file:
a workbook written with openpyxl goes through the real readers and the real import engine."""

import csv
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget, QWizard
from sqlalchemy import func, select

from crm_desktop.models import Person
from crm_desktop.services.contact_list import ContactListService
from crm_desktop.services.contacts import ChannelInput, ContactService, PersonInput
from crm_desktop.services.custom_fields import CustomFieldService
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.imports.history import COL_STATE, ImportHistoryDialog
from crm_desktop.ui.imports.wizard import ImportWizard
from tests.ui.helpers import answer_modal

HEADERS = ["First Name", "Last Name", "E-mail Address", "Mobile Phone", "Company", "Hobby", "Birthday"]
ROWS = [
    ["Anna", "Kowalska", "anna@example.pl", "+48 601 234 567", "Kowalski Sp. z o.o.", "sailing", "1985-04-12"],
    ["Jan", "de Vries", "jan@example.nl", "+31 6 12345678", "Vries BV", "chess", "12.03.1990"],
    ["Olga", "Ivanova", "olga@example.ru", "", "", "painting", ""],
    ["Bad", "Mail", "not an email", "", "", "", ""],
    ["Piotr", "Nowak", "known@example.pl", "", "", "", ""],    # already in the database: skipped
]


# ---- fixtures and helpers -----------------------------------------------------------------------------------

@pytest.fixture(autouse=True)
def idle_runner(ctx: AppContext) -> Iterator[None]:
    yield
    ctx.runner.wait_idle(10_000)


@pytest.fixture
def known_person(ctx: AppContext) -> int:
    """Someone the file repeats by email: the import finds and skips (or updates) them."""
    saved = ContactService(ctx.db, ctx.user_id).create_person(PersonInput(
        first_name="Piotr", last_name="Nowak", channels=(ChannelInput("email", "known@example.pl"),)))
    return saved.id


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    """A sheet as people get them: a merged title and a blank row above the header, then the rows."""
    path = tmp_path / "customers.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Customers"
    sheet.append(["Customer list, fair 2025"])
    sheet.merge_cells("A1:D1")
    sheet.append([])
    sheet.append(HEADERS)
    for row in ROWS:
        sheet.append(row)
    book.save(path)
    return path


def people(ctx: AppContext) -> int:
    with ctx.db.session(write=False) as s:
        return int(s.scalar(select(func.count()).select_from(Person).where(Person.deleted_at.is_(None))) or 0)


def open_wizard(qtbot, ctx: AppContext, path: Path | None = None) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(ctx, None, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    if path is not None:
        qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    return wizard


def next_page(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    before = wizard.currentId()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == before + 1


def column_of(wizard: ImportWizard, header: str) -> int:
    assert wizard.analysis is not None
    return wizard.analysis.source.headers.index(header)


def to_run_page(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    while wizard.currentId() < ImportWizard.PAGE_RUN:
        next_page(qtbot, wizard)


def wait_run(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: wizard.run_page.job is None, timeout=20_000)


# ---- the wizard -----------------------------------------------------------------------------------------------

def test_a_workbook_goes_through_every_page_into_the_database(qtbot, ctx: AppContext, workbook: Path,  # type: ignore[no-untyped-def]
                                                               known_person: int) -> None:
    wizard = open_wizard(qtbot, ctx, workbook)
    page = wizard.file_page
    assert page.kind() == "contacts"
    assert page.header_spin.value() == 3            # the title and the blank row above the header were passed
    assert page.sheet_combo.currentData() == "Customers"
    assert not page.encoding_combo.isVisibleTo(page)   # a workbook has no encoding to choose
    assert "5" in page.summary.text()

    next_page(qtbot, wizard)
    mapping = wizard.mapping_page
    assert mapping.combo(column_of(wizard, "E-mail Address")).currentData() == "email"
    assert mapping.combo(column_of(wizard, "First Name")).currentData() == "first_name"
    hobby = mapping.combo(column_of(wizard, "Hobby"))
    assert hobby.currentData() == ""
    assert "sailing" in mapping.table.item(column_of(wizard, "Hobby"), mapping.COL_SAMPLES).text()
    before = mapping.mapped_count()
    hobby.setCurrentIndex(hobby.findData("notes"))     # the user maps the hobby column into the notes
    assert mapping.mapped_count() == before + 1
    assert mapping.status.text().startswith(f"{before + 1} of {len(HEADERS)} columns mapped")

    next_page(qtbot, wizard)
    options = wizard.options_page
    assert options.skip_radio.isChecked()
    qtbot.keyClicks(options.tags_edit, "fair 2025")

    next_page(qtbot, wizard)
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=10_000)
    actions = [preview.table.item(r, preview.COL_ACTION).text() for r in range(preview.table.rowCount())]
    assert actions == ["New", "New", "New", "Reject", "Skip"]
    email_column = 2 + preview.keys.index("email")
    bad = preview.table.item(3, email_column)
    assert "not an email" in bad.text()
    assert bad.toolTip()                                 # the reason, shown on hover
    assert bad.background().color().red() > 200          # the problem cell is red

    next_page(qtbot, wizard)
    run = wizard.run_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()                        # nothing imported yet
    qtbot.mouseClick(run.dry_button, Qt.MouseButton.LeftButton)
    wait_run(qtbot, wizard)
    assert "3 new, 0 updated, 1 skipped, 1 rejected" in run.result_label.text()
    assert people(ctx) == 1                              # the test run saved nothing
    assert run.rejected_table.rowCount() == 1

    qtbot.mouseClick(run.import_button, Qt.MouseButton.LeftButton)
    wait_run(qtbot, wizard)
    assert "3 new, 0 updated, 1 skipped, 1 rejected" in run.result_label.text()
    assert wizard.imported is not None
    assert wizard.imported.run_id is not None
    assert people(ctx) == 4
    assert finish.isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()   # only Close is left
    assert not run.import_button.isEnabled()           # the same file is not imported twice by accident

    lists = ContactListService(ctx.db, ctx.user_id)
    anna_id = next(i for i in lists.ids("person", text="anna@example.pl"))
    anna = ContactService(ctx.db, ctx.user_id).get_person(anna_id)
    assert anna.input.notes == "sailing"
    assert anna.company_name == "Kowalski Sp. z o.o."
    assert [name for _id, name, _colour in anna.tags] == ["fair 2025"]

    saved = tmp_rejected = workbook.with_name("rejected.xlsx")
    qtbot.waitUntil(run.save_button.isEnabled, timeout=5000)
    run.save_rejected(saved)
    qtbot.waitUntil(tmp_rejected.exists, timeout=10_000)
    sheet = openpyxl.load_workbook(saved).active
    assert sheet is not None
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    assert "not an email" in values

    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_a_remembered_mapping_comes_back_for_the_same_columns(qtbot, ctx: AppContext, workbook: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, ctx, workbook)
    next_page(qtbot, wizard)
    hobby = wizard.mapping_page.combo(column_of(wizard, "Hobby"))
    hobby.setCurrentIndex(hobby.findData("notes"))
    to_run_page(qtbot, wizard)
    qtbot.mouseClick(wizard.run_page.import_button, Qt.MouseButton.LeftButton)
    wait_run(qtbot, wizard)
    wizard.accept()

    again = open_wizard(qtbot, ctx, workbook)
    next_page(qtbot, again)
    assert again.mapping_page.combo(column_of(again, "Hobby")).currentData() == "notes"
    assert again.mapping_page.note.text()


def test_a_field_moves_to_the_column_that_takes_it(qtbot, ctx: AppContext, workbook: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, ctx, workbook)
    next_page(qtbot, wizard)
    mapping = wizard.mapping_page
    email, hobby = column_of(wizard, "E-mail Address"), column_of(wizard, "Hobby")
    mapping.combo(hobby).setCurrentIndex(mapping.combo(hobby).findData("email"))
    assert mapping.combo(email).currentData() == ""
    assert mapping.mapping()[hobby] == "email"
    assert "E-mail Address" in mapping.status.text()


def test_a_new_custom_field_is_named_in_a_dialog(qtbot, ctx: AppContext, workbook: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, ctx, workbook)
    next_page(qtbot, wizard)
    mapping = wizard.mapping_page
    hobby = column_of(wizard, "Hobby")

    def name_it(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        assert dialog.textValue() == "Hobby"
        dialog.accept()

    answer_modal(qtbot, QInputDialog, name_it)
    combo = mapping.combo(hobby)
    combo.setCurrentIndex(combo.count() - 1)
    assert mapping.new_fields_for_options() == {hobby: "Hobby"}
    assert "Hobby" in combo.currentText()
    assert wizard.import_options(dry_run=True).new_custom_fields == {hobby: "Hobby"}

    while wizard.currentId() < ImportWizard.PAGE_PREVIEW:
        next_page(qtbot, wizard)
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=10_000)
    labels = [preview.table.horizontalHeaderItem(c).text() for c in range(preview.table.columnCount())]
    assert "Hobby" in labels
    next_page(qtbot, wizard)
    qtbot.mouseClick(wizard.run_page.import_button, Qt.MouseButton.LeftButton)
    wait_run(qtbot, wizard)
    fields = CustomFieldService(ctx.db).list_definitions("person")
    assert [f.label for f in fields] == ["Hobby"]
    anna_id = ContactListService(ctx.db, ctx.user_id).ids("person", text="anna@example.pl")[0]
    assert CustomFieldService(ctx.db).values("person", anna_id) == {fields[0].id: "sailing"}


def test_a_csv_shows_its_encoding_and_separator(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "klienci.csv"
    path.write_bytes("Imię;Nazwisko;Miasto\nŁucja;Żak;Łódź\nZoë;Brzęczyszczykiewicz;Gdańsk\n".encode("cp1250"))
    wizard = open_wizard(qtbot, ctx, path)
    page = wizard.file_page
    assert page.delimiter_combo.currentData() == ";"
    assert page.encoding_combo.currentData() == "cp1250"
    assert not page.sheet_combo.isVisibleTo(page)
    page.encoding_combo.setCurrentIndex(page.encoding_combo.findData("utf-8"))   # a correction by the user
    qtbot.waitUntil(lambda: page.isComplete() or bool(page.error), timeout=10_000)
    page.encoding_combo.setCurrentIndex(page.encoding_combo.findData("cp1250"))
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    next_page(qtbot, wizard)
    assert "Łódź" in wizard.mapping_page.table.item(2, wizard.mapping_page.COL_SAMPLES).text()


def test_a_refused_file_says_why_and_next_stays_off(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    wizard = open_wizard(qtbot, ctx)
    wizard.file_page.set_path(path)
    qtbot.waitUntil(lambda: bool(wizard.file_page.error), timeout=10_000)
    assert wizard.file_page.status.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_cancel_stops_the_import_and_nothing_is_written(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "many.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["First name", "Last name", "Email"])
        for n in range(20_000):
            writer.writerow([f"First{n}", f"Last{n}", f"person{n}@example.com"])
    wizard = open_wizard(qtbot, ctx, path)
    to_run_page(qtbot, wizard)
    run = wizard.run_page
    job = run.start(dry_run=False)
    assert job is not None
    assert run.cancel_button.isEnabled()
    qtbot.mouseClick(run.cancel_button, Qt.MouseButton.LeftButton)
    wait_run(qtbot, wizard)
    assert "nothing was changed" in run.result_label.text()
    assert people(ctx) == 0
    assert wizard.imported is None
    assert run.import_button.isEnabled()                  # the user may start it again


def test_closing_the_wizard_while_it_imports_rolls_back_first(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "many.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["First name", "Last name", "Email"])
        for n in range(20_000):
            writer.writerow([f"First{n}", f"Last{n}", f"person{n}@example.com"])
    wizard = open_wizard(qtbot, ctx, path)
    to_run_page(qtbot, wizard)
    wizard.run_page.start(dry_run=False)
    wizard.reject()
    assert wizard.isVisible()                             # it waits for the rollback
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=20_000)
    assert people(ctx) == 0


# ---- the history ----------------------------------------------------------------------------------------------

def import_workbook(qtbot, ctx: AppContext, path: Path) -> int:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, ctx, path)
    to_run_page(qtbot, wizard)
    qtbot.mouseClick(wizard.run_page.import_button, Qt.MouseButton.LeftButton)
    wait_run(qtbot, wizard)
    assert wizard.imported is not None
    assert wizard.imported.run_id is not None
    run_id = wizard.imported.run_id
    wizard.accept()
    return run_id


def open_history(qtbot, ctx: AppContext) -> ImportHistoryDialog:  # type: ignore[no-untyped-def]
    dialog = ImportHistoryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    return dialog


def test_history_reverts_an_import_after_asking(qtbot, ctx: AppContext, workbook: Path) -> None:  # type: ignore[no-untyped-def]
    run_id = import_workbook(qtbot, ctx, workbook)
    assert people(ctx) == 4
    dialog = open_history(qtbot, ctx)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "customers.xlsx"
    dialog.select_run(run_id)
    assert dialog.revert_button.isEnabled()

    answer_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
    qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    assert people(ctx) == 4                                # No keeps the import

    asked = answer_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    assert asked
    qtbot.waitUntil(lambda: dialog.job is None and dialog.loaded and not dialog.revert_button.isEnabled(),
                    timeout=10_000)
    assert people(ctx) == 0
    qtbot.waitUntil(lambda: "Reverted" in dialog.table.item(0, COL_STATE).text(), timeout=10_000)


def test_history_refuses_a_revert_after_a_later_edit(qtbot, ctx: AppContext, workbook: Path,  # type: ignore[no-untyped-def]
                                                      warnings: list[str]) -> None:
    run_id = import_workbook(qtbot, ctx, workbook)
    service = ContactService(ctx.db, ctx.user_id)
    anna_id = ContactListService(ctx.db, ctx.user_id).ids("person", text="anna@example.pl")[0]
    anna = service.get_person(anna_id)
    service.update_person(anna_id, PersonInput(**{**anna.input.__dict__, "city": "Kraków"}), anna.version)

    dialog = open_history(qtbot, ctx)
    dialog.select_run(run_id)
    answer_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "Kowalska" in warnings[0] or "changed" in warnings[0]
    assert people(ctx) == 4


def test_tab_walks_from_one_field_list_to_the_next(qtbot, ctx: AppContext, workbook: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(qtbot, ctx, workbook)
    next_page(qtbot, wizard)
    mapping = wizard.mapping_page
    wizard.activateWindow()
    mapping.combo(0).setFocus()
    qtbot.waitUntil(mapping.combo(0).hasFocus, timeout=3000)
    qtbot.keyClick(mapping.combo(0), Qt.Key.Key_Tab)
    assert mapping.combo(1).hasFocus()
    before = mapping.combo(1).currentData()
    qtbot.keyClick(mapping.combo(1), Qt.Key.Key_Down)      # the keyboard changes the field as well
    assert mapping.combo(1).currentData() != before
    assert mapping.mapping()[1] == mapping.combo(1).currentData()
