"""The Contacts panel driven as a user would: typing, header clicks, menus, keys and the dialogs they open."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from crm_desktop.db.database import Database
from crm_desktop.services.contact_list import ContactFilter, ContactListService
from crm_desktop.services.contacts import ChannelInput, CompanyInput, ContactService, PersonInput
from crm_desktop.ui.contacts.bulk import TagChoiceDialog
from crm_desktop.ui.contacts.filters import FilterDialog
from crm_desktop.ui.contacts.panel import ContactsPanel
from crm_desktop.ui.contacts.table_model import ID_ROLE, PAGE_SIZE, TAGS_ROLE, ContactTableModel
from crm_desktop.ui.contacts.trash_dialog import TrashDialog
from crm_desktop.ui.context import AppContext
from tests.ui.helpers import answer_modal

PEOPLE = (
    # first, last, city, status, email
    ("Иван", "Петров", "Москва", "client", "ivan@example.ru"),
    ("Łukasz", "Żak", "Kraków", "lead", "lukasz@example.pl"),
    ("Anna", "Nowak", "Warszawa", "client", "anna@example.pl"),
    ("Bob", "Smith", "Amsterdam", "prospect", "bob@example.com"),
)


@pytest.fixture
def contacts(db: Database, ctx: AppContext) -> dict[str, int]:
    service = ContactService(db, ctx.user_id)
    company = service.create_company(CompanyInput(name="Acme", city="Amsterdam")).id
    made = {}
    for first, last, city, status, email in PEOPLE:
        made[first] = service.create_person(PersonInput(
            first_name=first, last_name=last, city=city, status=status,
            company_id=company if first == "Bob" else None,
            channels=(ChannelInput("email", email),))).id
    return made


def wait_loaded(qtbot, panel: ContactsPanel) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not panel.loading and not panel.ctx.runner.busy, timeout=10_000)


@pytest.fixture
def panel(qtbot, ctx: AppContext, contacts: dict[str, int]) -> Iterator[ContactsPanel]:  # type: ignore[no-untyped-def]
    widget = ContactsPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    wait_loaded(qtbot, widget)
    yield widget
    ctx.runner.wait_idle(5000)


def names(panel: ContactsPanel) -> list[str]:
    model = panel.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]



def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying each character, as a keyboard of any layout sends them (QTest knows ASCII only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def answer_yes(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()


def rows_of(panel: ContactsPanel, *wanted: str) -> list[int]:
    shown = names(panel)
    return sorted(shown.index(name) for name in wanted)


def select_rows(panel: ContactsPanel, rows: list[int]) -> None:
    selection = panel.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(panel.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    selection.setCurrentIndex(panel.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)


def test_the_panel_lists_the_people_of_the_database(panel: ContactsPanel) -> None:
    assert names(panel) == ["Anna Nowak", "Bob Smith", "Łukasz Żak", "Иван Петров"]  # by last name
    bob = rows_of(panel, "Bob Smith")[0]
    assert panel.model.index(bob, panel.model.columns.index("company")).data() == "Acme"
    assert panel.model.index(bob, panel.model.columns.index("status")).data() == "Prospect"
    assert panel.model.index(bob, panel.model.columns.index("email")).data() == "bob@example.com"
    assert "4" in panel.status_label.text()
    assert panel.side_list.item(0).text().startswith("All people")
    assert panel.side_list.item(panel.side_list.count() - 1).text() == "Trash"


def test_companies_are_the_other_list(qtbot, panel: ContactsPanel) -> None:
    qtbot.mouseClick(panel.companies_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, panel)
    assert names(panel) == ["Acme"]
    assert panel.model.index(0, panel.model.columns.index("people")).data() == "1"
    assert panel.side_list.item(0).text().startswith("All companies")


def test_typing_searches_in_any_case_and_without_diacritics(qtbot, panel: ContactsPanel) -> None:
    type_text(panel.search, "иВАН")
    wait_loaded(qtbot, panel)
    assert names(panel) == ["Иван Петров"]
    assert panel.status_label.text() == "1 of 4 match"

    panel.search.clear()
    qtbot.keyClicks(panel.search, "lukasz")
    wait_loaded(qtbot, panel)
    assert names(panel) == ["Łukasz Żak"]

    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)  # Esc clears the search
    wait_loaded(qtbot, panel)
    assert panel.search.text() == ""
    assert len(names(panel)) == 4

    qtbot.keyClicks(panel.search, "nobody-like-this")
    wait_loaded(qtbot, panel)
    assert names(panel) == []
    assert panel.stack.currentWidget() is panel.empty_label
    assert "nobody-like-this" in panel.empty_label.text()


def test_a_newer_query_wins_over_an_older_one(qtbot, panel: ContactsPanel) -> None:
    panel.search.setText("anna")
    panel.reload()
    panel.search.setText("smith")
    panel.reload()
    wait_loaded(qtbot, panel)
    assert names(panel) == ["Bob Smith"]


def test_ctrl_f_focuses_the_search_box(qtbot, panel: ContactsPanel) -> None:
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search.hasFocus()


def click_header(qtbot, panel: ContactsPanel, key: str) -> None:  # type: ignore[no-untyped-def]
    header = panel.table.horizontalHeader()
    column = panel.model.columns.index(key)
    pos = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    wait_loaded(qtbot, panel)


def test_clicking_a_header_sorts_through_the_service(qtbot, panel: ContactsPanel) -> None:
    click_header(qtbot, panel, "city")
    assert panel.sort_key == "city"
    cities = [panel.model.index(r, panel.model.columns.index("city")).data() for r in range(4)]
    assert cities == sorted(cities) or cities == sorted(cities, reverse=True)
    first = cities
    click_header(qtbot, panel, "city")
    cities = [panel.model.index(r, panel.model.columns.index("city")).data() for r in range(4)]
    assert cities == list(reversed(first))
    assert panel.table.horizontalHeader().sortIndicatorSection() == panel.model.columns.index("city")


def test_the_column_chooser_hides_a_column_and_remembers_it(qtbot, panel: ContactsPanel,
                                                          ctx: AppContext) -> None:
    email = panel.model.columns.index("email")
    assert not panel.table.isColumnHidden(email)
    menu = panel.column_menu()
    action = next(a for a in menu.actions() if a.objectName() == "columnAction_email")
    assert action.isChecked()
    action.trigger()
    assert panel.table.isColumnHidden(email)
    name_action = next(a for a in menu.actions() if a.objectName() == "columnAction_name")
    assert not name_action.isEnabled()

    # Another panel reads the same settings. A child of the first, so Qt deletes it on the UI thread (a panel
    # without a parent could be freed by a garbage collection that happens to run on the worker thread).
    again = ContactsPanel(ctx, panel)
    assert again.table.isColumnHidden(email)


def test_select_several_rows_and_add_a_tag(qtbot, panel: ContactsPanel, ctx: AppContext,
                                           contacts: dict[str, int]) -> None:
    rows = rows_of(panel, "Anna Nowak", "Иван Петров")
    select_rows(panel, rows)
    assert "2 selected" in panel.status_label.text()

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, TagChoiceDialog)
        dialog.combo.setCurrentText("VIP")
        dialog.accept()

    answer_modal(qtbot, TagChoiceDialog, choose)
    panel.bulk.add_tag_action.trigger()
    tags_column = panel.model.columns.index("tags")
    qtbot.waitUntil(lambda: [t[0] for t in panel.model.index(rows[0], tags_column).data(TAGS_ROLE)] == ["VIP"],
                    timeout=10_000)
    service = ContactService(ctx.db, ctx.user_id)
    assert [t[1] for t in service.get_person(contacts["Anna"]).tags] == ["VIP"]
    assert [t[1] for t in service.get_person(contacts["Иван"]).tags] == ["VIP"]
    assert service.get_person(contacts["Bob"]).tags == ()
    assert panel.model.index(rows[1], tags_column).data() == "VIP"
    assert panel.selected_rows() == rows  # the refresh kept the selection


def test_delete_goes_to_the_trash_and_comes_back_from_it(qtbot, panel: ContactsPanel, ctx: AppContext,
                                                         contacts: dict[str, int]) -> None:
    select_rows(panel, rows_of(panel, "Bob Smith"))
    panel.table.setFocus()
    asked = answer_modal(qtbot, QMessageBox, answer_yes)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "Bob Smith" not in names(panel), timeout=10_000)
    assert asked
    assert ctx.undo.undo_text() == "Delete 1 record"
    assert ContactService(ctx.db, ctx.user_id).get_person(contacts["Bob"]).deleted_at is not None

    def restore(dialog: QWidget) -> None:
        assert isinstance(dialog, TrashDialog)
        assert dialog.list.topLevelItemCount() == 1
        assert dialog.list.topLevelItem(0).text(0) == "Bob Smith"
        dialog.list.topLevelItem(0).setSelected(True)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert dialog.list.topLevelItemCount() == 0
        dialog.reject()

    shown = answer_modal(qtbot, TrashDialog, restore)
    trash = panel.side_list.item(panel.side_row("trash"))
    qtbot.mouseClick(panel.side_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.side_list.visualItemRect(trash).center())
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    qtbot.waitUntil(lambda: "Bob Smith" in names(panel), timeout=10_000)
    assert panel.side_list.currentRow() == 0  # back on "All people"


def test_undo_of_a_delete_restores(qtbot, panel: ContactsPanel, ctx: AppContext) -> None:
    select_rows(panel, rows_of(panel, "Bob Smith", "Иван Петров"))
    answer_modal(qtbot, QMessageBox, answer_yes)
    panel.bulk.delete_action.trigger()
    qtbot.waitUntil(lambda: len(names(panel)) == 2, timeout=10_000)
    step = ctx.undo.take()
    assert step is not None
    step.undo()  # the window runs it on the worker; any thread will do
    qtbot.waitUntil(lambda: len(names(panel)) == 4, timeout=10_000)


def test_delete_forever_from_the_trash_asks_first(qtbot, ctx: AppContext, contacts: dict[str, int]) -> None:
    service = ContactService(ctx.db, ctx.user_id)
    service.delete("person", [contacts["Anna"], contacts["Bob"]])
    dialog = TrashDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 2
    dialog.list.selectAll()
    answer_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
    dialog.on_purge_button_clicked()
    assert dialog.list.topLevelItemCount() == 2
    answer_modal(qtbot, QMessageBox, answer_yes)
    dialog.on_purge_button_clicked()
    assert dialog.list.topLevelItemCount() == 0
    assert service.trash() == []


def test_a_filter_saved_as_segment_shows_in_the_side_list_with_its_count(qtbot, panel: ContactsPanel,
                                                                         ctx: AppContext) -> None:
    def name_it(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        box.setTextValue("Clients")
        box.accept()

    def set_filter(dialog: QWidget) -> None:
        assert isinstance(dialog, FilterDialog)
        dialog.status_checks["client"].setChecked(True)
        answer_modal(qtbot, QInputDialog, name_it)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_modal(qtbot, FilterDialog, set_filter)
    qtbot.mouseClick(panel.filter_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, panel)
    assert sorted(names(panel)) == ["Anna Nowak", "Иван Петров"]
    assert panel.status_label.text() == "2 of 4 match"
    assert panel.filter_button.text() == "&Filter (1)…"
    segments = ContactListService(ctx.db, ctx.user_id).segments()
    assert [(s.name, s.count) for s in segments] == [("Clients", 2)]
    row = panel.side_row("segment", segments[0].id)
    assert panel.side_list.item(row).text() == "Clients (2)"
    assert panel.side_list.currentRow() == row

    panel.side_list.setCurrentRow(0)  # All people
    wait_loaded(qtbot, panel)
    assert len(names(panel)) == 4
    panel.side_list.setCurrentRow(row)
    wait_loaded(qtbot, panel)
    assert len(names(panel)) == 2


def test_a_segment_is_renamed_and_deleted_from_its_menu(qtbot, panel: ContactsPanel, ctx: AppContext) -> None:
    lists = ContactListService(ctx.db, ctx.user_id)
    segment_id = lists.save_segment(None, "Krakow", "person", ContactFilter(city="krakow"))
    panel.reload_segments()
    qtbot.waitUntil(lambda: panel.side_row("segment", segment_id) > 0, timeout=10_000)
    row = panel.side_row("segment", segment_id)
    assert panel.side_list.item(row).text() == "Krakow (1)"
    segment = panel.segments[0]

    def rename(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        box.setTextValue("Kraków")
        box.accept()

    answer_modal(qtbot, QInputDialog, rename)
    next(a for a in panel.segment_menu(segment).actions() if a.objectName() == "renameSegment").trigger()
    qtbot.waitUntil(lambda: panel.side_list.item(panel.side_row("segment", segment_id)).text() == "Kraków (1)",
                    timeout=10_000)

    answer_modal(qtbot, QMessageBox, answer_yes)
    next(a for a in panel.segment_menu(segment).actions() if a.objectName() == "deleteSegment").trigger()
    qtbot.waitUntil(lambda: panel.side_row("segment", segment_id) < 0, timeout=10_000)
    assert lists.segments() == []


def test_a_change_elsewhere_updates_rows_without_a_reset(qtbot, panel: ContactsPanel, ctx: AppContext,
                                                         contacts: dict[str, int]) -> None:
    resets: list[int] = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    anna = rows_of(panel, "Anna Nowak")
    select_rows(panel, anna)
    service = ContactService(ctx.db, ctx.user_id)
    detail = service.get_person(contacts["Anna"])
    service.update_person(contacts["Anna"], PersonInput(**{**detail.input.__dict__, "city": "Gdańsk"}),
                          expected_version=detail.version)
    ctx.bridge.post_data_changed("contacts")
    city = panel.model.columns.index("city")
    qtbot.waitUntil(lambda: panel.model.index(anna[0], city).data() == "Gdańsk", timeout=10_000)
    assert resets == []
    assert panel.selected_rows() == anna


def test_an_empty_database_says_how_to_start(qtbot, ctx: AppContext) -> None:
    widget = ContactsPanel(ctx)
    qtbot.addWidget(widget)
    widget.show()
    wait_loaded(qtbot, widget)
    assert widget.stack.currentWidget() is widget.empty_label
    assert widget.empty_label.text() == "No people yet — New person or File ▸ Import"


def test_enter_and_ctrl_n_open_cards(qtbot, panel: ContactsPanel, contacts: dict[str, int],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[tuple[str, int | None]] = []
    monkeypatch.setattr(panel, "open_card", lambda kind, record_id: opened.append((kind, record_id)))
    select_rows(panel, rows_of(panel, "Anna Nowak"))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.keyClick(panel.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [("person", contacts["Anna"]), ("person", None)]


def test_the_table_model_passes_the_model_tester(qtmodeltester, panel: ContactsPanel) -> None:
    qtmodeltester.check(panel.model)


def test_the_model_reads_only_pages_near_what_is_shown(qtmodeltester, ctx: AppContext,
                                                       contacts: dict[str, int]) -> None:
    lists = ContactListService(ctx.db, ctx.user_id)
    model = ContactTableModel(lists, "person")
    real = lists.ids("person")
    # The same four records repeated: a long list without creating thousands of rows.
    model.set_ids("person", real * (PAGE_SIZE * 3))
    assert model.rowCount() == 4 * PAGE_SIZE * 3
    assert model.index(0, 0).data() == "Anna Nowak"
    last = model.rowCount() - 1
    assert model.index(last, 0).data() == "Иван Петров"
    assert model.index(last, 0).data(ID_ROLE) == contacts["Иван"]
    assert model.cached_pages == [0, 11]
    for page in range(12):
        model.index(page * PAGE_SIZE, 0).data()
    assert len(model.cached_pages) <= 6
    assert 11 in model.cached_pages
    qtmodeltester.check(model)


def test_double_click_opens_the_person_card(qtbot, panel: ContactsPanel, contacts: dict[str, int]) -> None:
    from crm_desktop.ui.contacts.person_card import PersonCardDialog

    row = rows_of(panel, "Anna Nowak")[0]
    index = panel.model.index(row, 0)
    pos = panel.table.visualRect(index).center()
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)  # a double click starts with one
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: any(card.isVisible() for card in panel.findChildren(PersonCardDialog)), timeout=10_000)
    card = next(c for c in panel.findChildren(PersonCardDialog) if c.isVisible())
    assert card.record_id == contacts["Anna"]
    wait_loaded(qtbot, panel)
    card.close()


def test_ctrl_n_in_the_contacts_panel_of_the_window_is_a_new_person(qtbot, window, ctx: AppContext,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    window.show_panel(1)
    panel = window.current_panel()
    assert isinstance(panel, ContactsPanel)
    wait_loaded(qtbot, panel)
    opened: list[tuple[str, int | None]] = []
    monkeypatch.setattr(panel, "open_card", lambda kind, record_id: opened.append((kind, record_id)))
    # Were the window's "New database" to take the key, its file dialog would show: answer it so nothing hangs.
    asked = answer_modal(qtbot, QFileDialog, lambda d: d.reject())
    panel.search.setFocus()
    qtbot.keyClick(panel.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [("person", None)]
    assert not asked


def test_a_filter_on_a_custom_field_and_on_the_last_contact(qtbot, panel: ContactsPanel, ctx: AppContext,
                                                            contacts: dict[str, int]) -> None:
    from datetime import timedelta

    from crm_desktop.models import utcnow
    from crm_desktop.services.custom_fields import CustomFieldService

    fields = CustomFieldService(ctx.db, ctx.user_id)
    region = fields.create_definition("person", "Region", "text")
    fields.set_values("person", contacts["Anna"], {region.id: "Mazowieckie"})
    fields.set_values("person", contacts["Łukasz"], {region.id: "Małopolskie"})
    fields.set_values("person", contacts["Bob"], {region.id: "Noord-Holland"})
    service = ContactService(ctx.db, ctx.user_id)
    service.log_activity("person", contacts["Anna"], "call", "Called about the offer")
    service.log_activity("person", contacts["Łukasz"], "call", "Old call", occurred_at=utcnow() - timedelta(days=40))

    def set_filter(dialog: QWidget) -> None:
        assert isinstance(dialog, FilterDialog)
        row = dialog.add_condition()
        assert row.definition() == region
        row.op_combo.setCurrentIndex(row.op_combo.findData("contains"))
        row.text_edit.setText("polsk")  # Mazowieckie and Małopolskie... only one has "polsk"
        dialog.not_contacted_check.setChecked(True)
        dialog.days_spin.setValue(30)
        dialog.accept()

    answer_modal(qtbot, FilterDialog, set_filter)
    panel.open_filter_dialog()
    wait_loaded(qtbot, panel)
    assert names(panel) == ["Łukasz Żak"]  # Anna was called today
    assert panel.filter.custom == ((region.id, "contains", "polsk"),)
    assert panel.filter.not_contacted_days == 30
    assert panel.filter_button.text() == "&Filter (2)…"
    assert panel.side_list.currentRow() == -1  # no segment is this filter

    qtbot.mouseClick(panel.clear_filter_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, panel)
    assert len(names(panel)) == 4
    assert panel.side_list.currentRow() == 0


def test_editing_a_segment_changes_its_filter(qtbot, panel: ContactsPanel, ctx: AppContext) -> None:
    lists = ContactListService(ctx.db, ctx.user_id)
    segment_id = lists.save_segment(None, "Leads", "person", ContactFilter(status=("lead",)))
    panel.reload_segments()
    qtbot.waitUntil(lambda: panel.side_row("segment", segment_id) > 0, timeout=10_000)
    panel.side_list.setCurrentRow(panel.side_row("segment", segment_id))
    wait_loaded(qtbot, panel)
    assert names(panel) == ["Łukasz Żak"]

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, FilterDialog)
        assert dialog.name_edit.text() == "Leads"
        assert dialog.status_checks["lead"].isChecked()
        dialog.status_checks["prospect"].setChecked(True)
        dialog.name_edit.setText("Leads and prospects")
        dialog.accept()

    answer_modal(qtbot, FilterDialog, edit)
    panel.edit_segment(panel.segments[0])
    wait_loaded(qtbot, panel)
    assert sorted(names(panel)) == ["Bob Smith", "Łukasz Żak"]
    qtbot.waitUntil(lambda: panel.side_list.currentItem() is not None
                    and panel.side_list.currentItem().text() == "Leads and prospects (2)", timeout=10_000)


def test_change_owner_of_the_selection_and_undo_it(qtbot, panel: ContactsPanel, ctx: AppContext,
                                                   contacts: dict[str, int]) -> None:
    from crm_desktop.ui.contacts.bulk import OwnerChoiceDialog

    service = ContactService(ctx.db, ctx.user_id)
    service.set_owner("person", [contacts["Anna"], contacts["Bob"]], ctx.user_id)
    before = ctx.user_id
    select_rows(panel, rows_of(panel, "Anna Nowak", "Bob Smith"))

    def nobody(dialog: QWidget) -> None:
        assert isinstance(dialog, OwnerChoiceDialog)
        dialog.combo.setCurrentIndex(dialog.combo.findData(None))
        dialog.accept()

    answer_modal(qtbot, OwnerChoiceDialog, nobody)
    panel.bulk.owner_action.trigger()
    qtbot.waitUntil(ctx.undo.can_undo, timeout=10_000)
    assert service.get_person(contacts["Anna"]).input.owner_id is None
    assert service.get_person(contacts["Bob"]).input.owner_id is None
    owner = panel.model.columns.index("owner")
    qtbot.waitUntil(lambda: panel.model.index(rows_of(panel, "Anna Nowak")[0], owner).data() == "", timeout=10_000)
    assert ctx.undo.undo_text() == "Change owner of 2 records"
    step = ctx.undo.take()
    assert step is not None
    step.undo()
    assert service.get_person(contacts["Anna"]).input.owner_id == before


def test_export_of_the_selection_writes_a_file(qtbot, panel: ContactsPanel, ctx: AppContext, tmp_path) -> None:  # type: ignore[no-untyped-def]
    select_rows(panel, rows_of(panel, "Anna Nowak", "Иван Петров"))
    kind, ids = panel.selection()
    target = tmp_path / "people.csv"
    panel.bulk.export_to(kind, ids, target)
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
    text = target.read_text(encoding="utf-8-sig")
    assert "Nowak" in text
    assert "Петров" in text
    assert "Smith" not in text
