"""The Export dialog from File › Export… and from the Contacts panel, and the File menu's import and export
entries, over a real database; the files written are read back."""

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QWidget

from crm_desktop.services.contacts import ChannelInput, ContactService, PersonInput
from crm_desktop.ui.contacts.panel import ContactsPanel
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.imports.export_dialog import ExportDialog, ExportScope
from crm_desktop.ui.imports.history import ImportHistoryDialog
from crm_desktop.ui.imports.wizard import ImportWizard
from crm_desktop.ui.main_window import MainWindow
from tests.ui.helpers import answer_modal


@pytest.fixture(autouse=True)
def idle_runner(ctx: AppContext) -> Iterator[None]:
    yield
    ctx.runner.wait_idle(10_000)


@pytest.fixture
def known_person(ctx: AppContext) -> int:
    saved = ContactService(ctx.db, ctx.user_id).create_person(PersonInput(
        first_name="Piotr", last_name="Nowak", channels=(ChannelInput("email", "known@example.pl"),)))
    return saved.id


def test_export_of_a_scope_writes_a_workbook(qtbot, ctx: AppContext, known_person: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = ContactService(ctx.db, ctx.user_id).create_person(PersonInput(first_name="Ewa", last_name="Zielińska"))
    dialog = ExportDialog(ctx, None, kind="contacts",
                          scopes=[ExportScope("contacts", "Only the selected row", (other.id,))])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.scope() is not None                      # opened over a selection: that is the default
    target = tmp_path / "selection"
    dialog.export_to(target)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10_000)
    written, count = dialog.written  # type: ignore[misc]
    assert written == tmp_path / "selection.xlsx"
    assert count == 1
    sheet = openpyxl.load_workbook(written).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "First name"
    assert "Zielińska" in rows[1]


def test_export_of_everything_as_csv_and_vcard(qtbot, ctx: AppContext, known_person: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(ctx, None, kind="companies")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.scope_box.isVisibleTo(dialog)
    vcf = dialog.format_combo.findData(".vcf")
    assert not dialog.format_combo.model().item(vcf).isEnabled()   # address books hold people only
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("contacts"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(".csv"))
    dialog.export_to(tmp_path / "people.csv")
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10_000)
    text = (tmp_path / "people.csv").read_text(encoding="utf-8-sig")
    assert "known@example.pl" in text

    dialog = ExportDialog(ctx, None, kind="contacts")
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(vcf)
    assert not dialog.layout_combo.isEnabled()
    dialog.export_to(tmp_path / "people.vcf")
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10_000)
    assert "known@example.pl" in (tmp_path / "people.vcf").read_text(encoding="utf-8")


# ---- the main window ------------------------------------------------------------------------------------------

def test_the_file_menu_opens_import_history_and_export(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text() for a in window.file_menu.actions()]
    assert {"&Import…", "Import &history…", "&Export…"} <= set(texts)
    for action, kind in ((window.import_action, ImportWizard), (window.import_history_action, ImportHistoryDialog),
                         (window.export_action, ExportDialog)):
        window.show_panel(0)
        seen = answer_modal(qtbot, kind, lambda dialog: dialog.reject())  # type: ignore[attr-defined]
        action.trigger()
        assert seen
        assert isinstance(seen[0], kind)


def test_export_from_the_contacts_panel_offers_the_selection(qtbot, ctx: AppContext, known_person: int,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path) -> None:
    service = ContactService(ctx.db, ctx.user_id)
    ewa = service.create_person(PersonInput(first_name="Ewa", last_name="Zielińska")).id
    panel = ContactsPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: not panel.loading and not ctx.runner.busy and panel.model.rowCount() == 2,
                    timeout=10_000)
    row = panel.model.ids.index(ewa)
    panel.table.selectionModel().select(panel.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                        | QItemSelectionModel.SelectionFlag.Rows)

    def export_selection(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        assert [scope.ids for scope in dialog.scopes] == [(ewa,), tuple(panel.model.ids)]
        assert dialog.scope_radios[0].isChecked()
        dialog.export_to(tmp_path / "chosen.csv")

    seen = answer_modal(qtbot, ExportDialog, export_selection)
    panel.bulk.export_action.trigger()
    assert seen
    text = (tmp_path / "chosen.csv").read_text(encoding="utf-8-sig")
    assert "Zielińska" in text
    assert "known@example.pl" not in text


