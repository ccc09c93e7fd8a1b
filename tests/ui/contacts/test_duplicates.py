"""Duplicates over a real database file: the warning while a new card is typed, Find Duplicates, merge and undo."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from crm_desktop.errors import NotFoundError
from crm_desktop.services.contacts import ChannelInput, CompanyInput, ContactService, PersonInput
from crm_desktop.ui.contacts.company_card import CompanyCardDialog, open_company_card
from crm_desktop.ui.contacts.duplicates import FindDuplicatesDialog, MergeDialog
from crm_desktop.ui.contacts.person_card import ContactCardDialog, PersonCardDialog, find_card, open_person_card
from crm_desktop.ui.context import AppContext
from tests.ui.helpers import answer_modal, click_radio

# Opening the card of the duplicate raises it; the offscreen platform of the tests says it cannot raise windows.
RAISE_UNSUPPORTED = "This plugin does not support raise"


@pytest.fixture
def service(ctx: AppContext) -> ContactService:
    return ContactService(ctx.db, ctx.user_id)


@pytest.fixture(autouse=True)
def close_windows(ctx: AppContext) -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ContactCardDialog) and widget.isVisible():
            widget.discard_and_close()
    ctx.runner.wait_idle(5000)





# ---- the warning while typing ------------------------------------------------------------------------------

@pytest.mark.qt_log_ignore(RAISE_UNSUPPORTED)
def test_typing_the_phone_of_an_existing_person_warns_and_opens_them(
        qtbot, ctx: AppContext, service: ContactService, warnings: list[str]) -> None:
    company_id = service.create_company(CompanyInput(name="Acme")).id
    anna_id = service.create_person(PersonInput(first_name="Anna", last_name="Kowalska", company_id=company_id,
                                                channels=(ChannelInput("phone", "+48 601 234 567"),))).id
    card = open_person_card(ctx, None, None)
    qtbot.waitExposed(card)
    warning = card.duplicate_warning
    qtbot.keyClicks(card.first_name_edit, "Jan")
    qtbot.mouseClick(card.channels_editor.add_buttons["phone"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(card.channels_editor.rows_of("phone")[0].value_edit, "+48 (601) 23-45-67")
    qtbot.waitUntil(warning.isVisible, timeout=3000)
    assert warning.texts() == ["Possible duplicate: Anna Kowalska, Acme (same phone)"]
    assert [c.id for c in warning.candidates] == [anna_id]

    (open_button,) = warning.findChildren(QPushButton, "openDuplicate")
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    anna_card = find_card(ctx, "person", anna_id)
    assert isinstance(anna_card, PersonCardDialog)
    assert anna_card.isVisible()
    assert not anna_card.duplicate_warning.isVisible(), "an existing record is not warned about"

    # Changing the number away from hers lifts the warning; the new person saves as usual.
    row = card.channels_editor.rows_of("phone")[0]
    row.value_edit.selectAll()
    qtbot.keyClicks(row.value_edit, "+48 22 555 01 01")
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=3000)
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert warnings == []
    assert card.record_id is not None
    assert not warning.isVisible()


def test_a_new_company_with_a_known_tax_id_is_warned_about(qtbot, ctx: AppContext,
                                                           service: ContactService) -> None:
    service.create_company(CompanyInput(name="Initech GmbH", tax_id="DE123456789", city="Berlin"))
    card = open_company_card(ctx, None, None)
    assert isinstance(card, CompanyCardDialog)
    qtbot.waitExposed(card)
    qtbot.keyClicks(card.tax_id_edit, "DE 123 456 789")
    qtbot.waitUntil(card.duplicate_warning.isVisible, timeout=3000)
    (text,) = card.duplicate_warning.texts()
    assert text.startswith("Possible duplicate: Initech GmbH")
    assert text.endswith("(same tax id)")


# ---- merging -----------------------------------------------------------------------------------------------

def two_annas(service: ContactService) -> tuple[int, int]:
    first = service.create_person(PersonInput(first_name="Anna", last_name="Berg", city="Oslo", position=None,
                                              channels=(ChannelInput("email", "anna@berg.example"),))).id
    second = service.create_person(PersonInput(first_name="Anna", last_name="Berg", city="Bergen",
                                               position="Buyer",
                                               channels=(ChannelInput("email", "ANNA@berg.example"),
                                                         ChannelInput("phone", "+47 22 12 34 56")))).id
    return first, second


def test_a_merge_chooses_values_per_field_and_is_undone(qtbot, ctx: AppContext, service: ContactService,
                                                       warnings: list[str]) -> None:
    first, second = two_annas(service)
    service.log_activity("person", second, "call", "Call", outcome="reached")
    dialog = MergeDialog(ctx, "person", [first, second])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.survivor_id() == first
    # Defaults: the survivor's value where it has one, else the first value there is.
    assert dialog.chosen()["city"] == "Oslo"
    assert dialog.chosen()["position"] == "Buyer"
    assert not dialog.cells["first_name"][0].isEnabled(), "equal values are no choice"
    click_radio(qtbot, dialog.cells["city"][1])
    # Keeping the other record re-applies the defaults of the rows not chosen by hand.
    click_radio(qtbot, dialog.survivor_radios[1])
    assert dialog.survivor_id() == second
    assert dialog.chosen()["city"] == "Bergen"

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert warnings == []
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.merge_id is not None
    survivor = service.get_person(second)
    assert survivor.input.city == "Bergen"
    assert survivor.input.position == "Buyer"
    assert {c.kind for c in survivor.channels} == {"email", "phone"}
    assert service.get_person(first).deleted_at is not None
    assert ctx.undo.undo_text() == "Merge 2 people"

    step = ctx.undo.take()
    assert step is not None
    step.undo()
    assert service.get_person(first).deleted_at is None
    assert service.get_person(first).input.city == "Oslo"
    assert [c.value for c in service.get_person(first).channels] == ["anna@berg.example"]
    assert service.get_person(second).input.city == "Bergen"
    assert [e.subject for e in service.timeline("person", second) if e.kind == "call"] == ["Call"]


def test_find_duplicates_lists_groups_on_the_worker_and_merges_one(
        qtbot, ctx: AppContext, service: ContactService, warnings: list[str]) -> None:
    first, second = two_annas(service)
    service.create_person(PersonInput(first_name="Olaf", last_name="Nilsen",
                                      channels=(ChannelInput("email", "olaf@example.no"),)))
    finder = FindDuplicatesDialog(ctx, "person")
    qtbot.addWidget(finder)
    finder.show()
    qtbot.waitExposed(finder)
    assert not finder.merge_button.isEnabled()
    qtbot.mouseClick(finder.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not finder.searching, timeout=10_000)
    assert warnings == []
    assert finder.tree.topLevelItemCount() == 1
    (group,) = finder.groups
    assert set(group.ids) == {first, second}
    assert "same email" in finder.tree.topLevelItem(0).text(1)  # type: ignore[union-attr]
    assert finder.merge_button.isEnabled()

    def merge(dialog: QWidget) -> None:
        assert isinstance(dialog, MergeDialog)
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    merged = answer_modal(qtbot, MergeDialog, merge)
    qtbot.mouseClick(finder.merge_button, Qt.MouseButton.LeftButton)
    assert merged
    assert finder.tree.topLevelItemCount() == 0
    survivor = group.ids[0]
    gone = group.ids[1]
    assert service.get_person(survivor).deleted_at is None
    assert service.get_person(gone).deleted_at is not None
    assert ctx.undo.can_undo()


def test_a_card_of_a_merged_record_is_told(qtbot, ctx: AppContext, service: ContactService) -> None:
    first, second = two_annas(service)
    card = open_person_card(ctx, first, None)
    qtbot.waitExposed(card)
    dialog = MergeDialog(ctx, "person", [second, first])
    qtbot.addWidget(dialog)
    dialog.accept()
    # The card of the record merged away reloads and says it is in the Trash.
    assert card.trash_banner.isVisibleTo(card)
    with pytest.raises(NotFoundError):
        service.update_person(first, service.get_person(first).input, service.get_person(first).version)
