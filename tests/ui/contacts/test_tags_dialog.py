"""The Tags dialog over a real database file: create, rename, recolour and delete tags, as a user would."""

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from crm_desktop.services.contacts import CompanyInput, ContactService, PersonInput
from crm_desktop.ui.contacts.bulk import NEW_TAG_COLOUR
from crm_desktop.ui.contacts.panel import ContactsPanel
from crm_desktop.ui.contacts.table_model import TAGS_ROLE
from crm_desktop.ui.contacts.tags_dialog import COL_NAME, COL_USAGE, TagsDialog
from crm_desktop.ui.context import AppContext
from tests.ui.helpers import answer_modal


def type_name(name: str) -> Callable[[QWidget], None]:
    def act(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        box.setTextValue(name)
        box.accept()
    return act


def answer(button: QMessageBox.StandardButton, texts: list[str]) -> Callable[[QWidget], None]:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.button(button).click()
    return act


@pytest.fixture
def service(ctx: AppContext) -> ContactService:
    return ContactService(ctx.db, ctx.user_id)


@pytest.fixture
def hot(service: ContactService) -> int:
    """A tag carried by two people and a company; a third person, in the Trash, carries it too."""
    tag = service.save_tag(None, "Hot", "#ff0000")
    for first in ("Anna", "Bob", "Carl"):
        service.create_person(PersonInput(first_name=first, tag_ids=(tag,)))
    service.create_company(CompanyInput(name="Acme", tag_ids=(tag,)))
    carl = next(i for i in range(1, 10) if service.get_person(i).name == "Carl")
    service.delete("person", [carl])
    return tag


@pytest.fixture
def changes(ctx: AppContext) -> list[str]:
    posted: list[str] = []
    ctx.bridge.data_changed.connect(posted.append)
    return posted


@pytest.fixture
def dialog(qtbot, ctx: AppContext, hot: int) -> Iterator[TagsDialog]:  # type: ignore[no-untyped-def]
    widget = TagsDialog(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    wait_idle(qtbot, widget)
    yield widget
    ctx.runner.wait_idle(5000)


def wait_idle(qtbot, dialog: TagsDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.loading and not dialog.ctx.runner.busy, timeout=10_000)


def focus_list(qtbot, dialog: TagsDialog) -> None:  # type: ignore[no-untyped-def]
    """Keys go to the list, as after a click on it (a closed message box leaves no active window offscreen)."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    dialog.list.setFocus()
    assert dialog.list.hasFocus()


def rows(dialog: TagsDialog) -> list[tuple[str, str]]:
    return [(dialog.list.topLevelItem(i).text(COL_NAME), dialog.list.topLevelItem(i).text(COL_USAGE))
            for i in range(dialog.list.topLevelItemCount())]


def test_tags_are_listed_with_their_colour_and_live_contacts(dialog: TagsDialog, hot: int) -> None:
    assert rows(dialog) == [("Hot", "3")]  # Carl is in the Trash
    item = dialog.list.topLevelItem(0)
    assert not item.icon(COL_NAME).isNull()
    assert item.icon(COL_NAME).pixmap(12, 12).toImage().pixelColor(5, 5) == QColor("#ff0000")
    assert dialog.current_tag() == (hot, "Hot", "#ff0000")
    assert dialog.rename_button.isEnabled()


def test_create_rename_recolour_and_delete(qtbot, dialog: TagsDialog, service: ContactService, hot: int,  # type: ignore[no-untyped-def]
                                           changes: list[str]) -> None:
    # New…: the tag is saved with the default colour and becomes the current row.
    answer_modal(qtbot, QInputDialog, type_name("  VIP "))
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    vip = next(t[0] for t in service.list_tags() if t[1] == "VIP")
    assert service.list_tags() == [(hot, "Hot", "#ff0000"), (vip, "VIP", NEW_TAG_COLOUR)]
    assert rows(dialog) == [("Hot", "3"), ("VIP", "0")]
    assert dialog.current_tag() == (vip, "VIP", NEW_TAG_COLOUR)
    assert changes == ["contacts"]

    # F2 on the list renames the current tag.
    focus_list(qtbot, dialog)
    answer_modal(qtbot, QInputDialog, type_name("Gold"))
    qtbot.keyClick(dialog.list, Qt.Key.Key_F2)
    wait_idle(qtbot, dialog)
    assert service.list_tags() == [(vip, "Gold", NEW_TAG_COLOUR), (hot, "Hot", "#ff0000")]
    assert dialog.current_tag() == (vip, "Gold", NEW_TAG_COLOUR)
    assert changes == ["contacts"] * 2

    # A name another tag has already: the service's message, and nothing changes.
    warned: list[str] = []
    answer_modal(qtbot, QInputDialog, type_name("hot"))
    answer_modal(qtbot, QMessageBox, answer(QMessageBox.StandardButton.Ok, warned))
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    wait_idle(qtbot, dialog)
    assert warned == ["A tag named 'Hot' already exists."]
    assert [t[1] for t in service.list_tags()] == ["Gold", "Hot"]
    assert changes == ["contacts"] * 2

    # Colour…: what the colour dialog hands back is applied by apply_colour.
    dialog.apply_colour(vip, QColor(0, 170, 85))
    wait_idle(qtbot, dialog)
    assert (vip, "Gold", "#00aa55") in service.list_tags()
    assert dialog.current_tag() == (vip, "Gold", "#00aa55")
    assert changes == ["contacts"] * 3
    dialog.apply_colour(vip, QColor("#00AA55"))  # the same colour: nothing to save
    wait_idle(qtbot, dialog)
    assert changes == ["contacts"] * 3

    # Del asks, saying how many carry the tag; No keeps it, Yes deletes it and takes it off them.
    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))
    assert dialog.current_tag() == (hot, "Hot", "#ff0000")
    focus_list(qtbot, dialog)
    asked: list[str] = []
    answer_modal(qtbot, QMessageBox, answer(QMessageBox.StandardButton.No, asked))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert asked == ["Delete the tag 'Hot'? It comes off the 3 contacts that carry it, and off any deals."]
    assert [t[1] for t in service.list_tags()] == ["Gold", "Hot"]
    answer_modal(qtbot, QMessageBox, answer(QMessageBox.StandardButton.Yes, asked))
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert service.list_tags() == [(vip, "Gold", "#00aa55")]
    assert service.tag_usage() == {}
    assert all(service.get_person(i).tags == () for i in range(1, 4))
    assert rows(dialog) == [("Gold", "0")]
    assert dialog.current_tag() == (vip, "Gold", "#00aa55")  # the row that took the deleted one's place
    assert changes == ["contacts"] * 4

    # A tag on nobody: the question says so.
    focus_list(qtbot, dialog)
    answer_modal(qtbot, QMessageBox, answer(QMessageBox.StandardButton.Yes, asked))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    wait_idle(qtbot, dialog)
    assert asked[-1] == "Delete the tag 'Gold'? No person or company carries it."
    assert service.list_tags() == []
    assert dialog.empty.isVisible()
    assert not dialog.rename_button.isEnabled()
    assert not dialog.delete_button.isEnabled()


def test_the_panel_opens_the_dialog_and_its_chips_take_the_new_colour(qtbot, ctx: AppContext, hot: int) -> None:  # type: ignore[no-untyped-def]
    panel = ContactsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    qtbot.waitExposed(panel)
    tags_column = panel.model.columns.index("tags")

    def chips() -> object:
        return panel.model.index(0, tags_column).data(TAGS_ROLE)

    qtbot.waitUntil(lambda: panel.model.rowCount() == 2 and not panel.loading, timeout=10_000)
    assert chips() == (("Hot", "#ff0000"),)
    assert panel.tags_action in panel.toolbar.actions()

    def recolour(dialog: QWidget) -> None:
        assert isinstance(dialog, TagsDialog)
        qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
        dialog.apply_colour(hot, QColor("#123456"))
        qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
        dialog.reject()

    shown = answer_modal(qtbot, TagsDialog, recolour)
    panel.tags_action.trigger()
    assert shown
    qtbot.waitUntil(lambda: chips() == (("Hot", "#123456"),), timeout=10_000)
    ctx.runner.wait_idle(5000)
