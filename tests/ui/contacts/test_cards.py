"""The person and company cards over a real database file, driven by typing, clicks and keys."""

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from crm_desktop.services.contacts import ChannelInput, CompanyInput, ContactService, PersonInput
from crm_desktop.ui.contacts.company_card import CompanyCardDialog, open_company_card
from crm_desktop.ui.contacts.person_card import (
    ConflictDialog,
    ContactCardDialog,
    PersonCardDialog,
    close_all_cards,
    find_card,
    open_cards,
    open_person_card,
)
from crm_desktop.ui.contacts.timeline import LogActivityDialog
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.funnel.move_dialogs import NextTaskDialog
from crm_desktop.ui.i18n import local_to_utc
from tests.ui.helpers import answer_modal, click_radio


@pytest.fixture
def service(ctx: AppContext) -> ContactService:
    return ContactService(ctx.db, ctx.user_id)


@pytest.fixture(autouse=True)
def close_cards(ctx: AppContext) -> Iterator[None]:
    """No card outlives its test (they are non-modal windows without a parent)."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ContactCardDialog) and widget.isVisible():
            widget.discard_and_close()
    ctx.runner.wait_idle(5000)



def shown(qtbot, card: ContactCardDialog | None) -> ContactCardDialog:  # type: ignore[no-untyped-def]
    """The card once it is on screen and the active window (its shortcuts work in the active window only)."""
    assert card is not None
    qtbot.waitExposed(card)
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow, timeout=3000)
    return card


def new_person_cards() -> list[PersonCardDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, PersonCardDialog) and w.isVisible() and w.record_id is None]


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)




# ---- creating and editing ----------------------------------------------------------------------------------

# Raising an open card asks the window system to raise it; the offscreen platform of the tests says it cannot.
RAISE_UNSUPPORTED = "This plugin does not support raise"


@pytest.mark.qt_log_ignore(RAISE_UNSUPPORTED)
def test_a_company_with_three_people_and_their_roles_is_made_through_the_cards(
        qtbot, ctx: AppContext, service: ContactService, warnings: list[str]) -> None:
    company_card = shown(qtbot, open_company_card(ctx, None, None))
    assert isinstance(company_card, CompanyCardDialog)
    assert company_card.windowTitle() == "New company"
    assert not company_card.tabs.isTabEnabled(company_card.tabs.indexOf(company_card.people_page))
    type_text(qtbot, company_card.name_edit, "Acme Trading")
    type_text(qtbot, company_card.tax_id_edit, "NL123456789B01")
    type_text(qtbot, company_card.website_edit, "acme.example")
    qtbot.mouseClick(company_card.channels_editor.add_buttons["phone"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(company_card.channels_editor.rows[0].value_edit, "+31 20 555 0101")
    qtbot.mouseClick(company_card.save_button, Qt.MouseButton.LeftButton)
    assert warnings == []
    company_id = company_card.record_id
    assert company_id is not None
    assert find_card(ctx, "company", company_id) is company_card
    company = service.get_company(company_id)
    assert (company.input.name, company.input.tax_id, company.input.website) == (
        "Acme Trading", "NL123456789B01", "acme.example")
    assert [c.value for c in company.channels] == ["+31 20 555 0101"]
    assert company_card.windowTitle() == "Company: Acme Trading"
    assert company_card.status_label.text() == "Saved."

    company_card.tabs.setCurrentWidget(company_card.people_page)
    people = [("Anna", "Visser", "Director"), ("Bram", "de Jong", "Chief accountant"),
              ("Carla", "Smit", "Head of IT")]
    for first, last, role in people:
        qtbot.mouseClick(company_card.add_person_button, Qt.MouseButton.LeftButton)
        (card,) = new_person_cards()
        shown(qtbot, card)
        assert card.company_picker.chosen() is not None
        assert card.company_picker.currentText() == "Acme Trading"
        assert not card.private_box.isChecked()
        qtbot.keyClicks(card.first_name_edit, first)
        type_text(qtbot, card.last_name_edit, last)
        role_edit = card.role_combo.lineEdit()
        assert role_edit is not None
        type_text(qtbot, role_edit, role)
        qtbot.mouseClick(card.channels_editor.add_buttons["email"], Qt.MouseButton.LeftButton)
        qtbot.keyClicks(card.channels_editor.rows_of("email")[0].value_edit, f"{first.lower()}@acme.example")
        qtbot.keyClick(card.first_name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda c=card: c.record_id is not None, timeout=3000)  # type: ignore[misc]
        assert warnings == []

    rows = {p.name: p for p in service.company_people(company_id)}
    assert set(rows) == {"Anna Visser", "Bram de Jong", "Carla Smit"}
    # Suggested roles are stored by their key; a role of the user's own as typed.
    assert (rows["Anna Visser"].role, rows["Bram de Jong"].role, rows["Carla Smit"].role) == (
        "director", "chief accountant", "Head of IT")
    assert rows["Bram de Jong"].email == "bram@acme.example"
    # The company card follows: its People tab lists them with the roles as the user reads them.
    table = company_card.people_table
    assert table.rowCount() == 3
    shown_roles = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(3)}  # type: ignore[union-attr]
    assert shown_roles == {"Anna Visser": "Director", "Bram de Jong": "Chief accountant",
                           "Carla Smit": "Head of IT"}
    assert "(3)" in company_card.tabs.tabText(company_card.tabs.indexOf(company_card.people_page))

    # Double-clicking a person (Enter on the row) opens their card, once.
    table.setCurrentCell(0, 0)
    qtbot.mouseClick(company_card.open_person_button, Qt.MouseButton.LeftButton)
    person_id = company_card.current_person().id  # type: ignore[union-attr]
    first_open = find_card(ctx, "person", person_id)
    assert first_open is not None
    assert first_open.isVisible()
    assert open_person_card(ctx, person_id, None) is first_open


def test_editing_a_person_saves_with_ctrl_s_and_can_be_undone(
        qtbot, ctx: AppContext, service: ContactService, warnings: list[str]) -> None:
    person_id = service.create_person(PersonInput(first_name="Anna", last_name="Smith", position="Buyer",
                                                  channels=(ChannelInput("email", "anna@example.com"),))).id
    card = shown(qtbot, open_person_card(ctx, person_id, None))
    assert isinstance(card, PersonCardDialog)
    assert card.windowTitle() == "Person: Anna Smith"
    assert card.private_box.isChecked()
    assert not card.is_dirty()
    card.position_edit.selectAll()
    qtbot.keyClicks(card.position_edit, "Head of purchasing")
    card.birthday_edit.no_date.setChecked(False)
    card.birthday_edit.date_edit.setDate(card.birthday_edit.date_edit.date().addYears(-10))
    assert card.is_dirty()
    qtbot.keyClick(card.position_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert warnings == []
    detail = service.get_person(person_id)
    assert detail.input.position == "Head of purchasing"
    assert detail.input.birthday == date(1970, 1, 1)
    assert not card.is_dirty()

    assert ctx.undo.undo_text() == "Edit Anna Smith"
    step = ctx.undo.take()
    assert step is not None
    step.undo()
    ctx.bridge.post_data_changed("undo")  # what the main window says once an undo ran
    assert service.get_person(person_id).input.position == "Buyer"
    assert service.get_person(person_id).input.birthday is None
    # The card was unchanged, so it shows the values put back.
    assert card.position_edit.text() == "Buyer"
    assert card.birthday_edit.value() is None


def test_an_invalid_email_is_flagged_on_its_field_and_the_rest_is_saved(
        qtbot, ctx: AppContext, service: ContactService, warnings: list[str]) -> None:
    card = shown(qtbot, open_person_card(ctx, None, None))
    assert isinstance(card, PersonCardDialog)
    qtbot.keyClicks(card.first_name_edit, "Olga")
    qtbot.mouseClick(card.channels_editor.add_buttons["phone"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(card.channels_editor.rows_of("phone")[0].value_edit, "+48 22 123 45 67")
    qtbot.mouseClick(card.channels_editor.add_buttons["email"], Qt.MouseButton.LeftButton)
    email_row = card.channels_editor.rows_of("email")[0]
    qtbot.keyClicks(email_row.value_edit, "olga.example.com")
    # Checked once typing pauses: a red frame, a warning sign and the reason, on the field itself.
    qtbot.waitUntil(lambda: email_row.marker.isVisible(), timeout=3000)
    reason = email_row.value_edit.toolTip()
    assert "@" in reason
    assert email_row.marker.toolTip() == reason
    assert email_row.value_edit.property("problem") is True
    assert not card.channels_editor.rows_of("phone")[0].marker.isVisible()

    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert warnings == [], "a doubtful email does not block saving"
    assert card.record_id is not None
    detail = service.get_person(card.record_id)
    email = next(c for c in detail.channels if c.kind == "email")
    assert email.value == "olga.example.com"
    assert email.problem
    assert card.status_label.text().startswith("Saved. Please check:")
    # Shown again from what was saved.
    reloaded = card.channels_editor.rows_of("email")[0]
    assert reloaded.marker.isVisibleTo(card)
    assert reloaded.value_edit.toolTip() == email.problem


def test_a_save_over_a_change_made_elsewhere_shows_both_values_and_keeps_the_chosen_ones(
        qtbot, ctx: AppContext, service: ContactService, warnings: list[str]) -> None:
    person_id = service.create_person(PersonInput(first_name="Piet", last_name="Bakker", position="Buyer",
                                                  city="Delft")).id
    card = shown(qtbot, open_person_card(ctx, person_id, None))
    assert isinstance(card, PersonCardDialog)
    card.position_edit.selectAll()
    qtbot.keyClicks(card.position_edit, "Mine")
    card.city_edit.selectAll()
    qtbot.keyClicks(card.city_edit, "Utrecht")

    behind = service.get_person(person_id)
    from dataclasses import replace
    service.update_person(person_id, replace(behind.input, position="Theirs", notes="Called by a colleague"),
                          expected_version=behind.version)

    asked: list[set[str]] = []

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictDialog)
        asked.append(set(dialog.radios))
        their_radio, your_radio = dialog.radios["position"]
        assert their_radio.text() == "Theirs"
        assert your_radio.text() == "Mine"
        assert your_radio.isChecked(), "the user's own value is proposed"
        # The notes only the colleague changed: their value is proposed, so Save does not quietly undo it.
        assert dialog.radios["notes"][0].isChecked()
        click_radio(qtbot, their_radio)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    answer_modal(qtbot, ConflictDialog, choose)
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert warnings == []
    assert asked == [{"position", "city", "notes"}]
    saved = service.get_person(person_id).input
    assert (saved.position, saved.city, saved.notes) == ("Theirs", "Utrecht", "Called by a colleague")
    assert card.position_edit.text() == "Theirs"
    assert not card.is_dirty()


def test_cancelling_the_conflict_keeps_the_typing_in_the_card(
        qtbot, ctx: AppContext, service: ContactService, warnings: list[str]) -> None:
    person_id = service.create_person(PersonInput(first_name="Eva", last_name="Mol")).id
    card = shown(qtbot, open_person_card(ctx, person_id, None))
    assert isinstance(card, PersonCardDialog)
    qtbot.keyClicks(card.position_edit, "Mine")
    behind = service.get_person(person_id)
    from dataclasses import replace
    service.update_person(person_id, replace(behind.input, position="Theirs"), expected_version=behind.version)
    answer_modal(qtbot, ConflictDialog, lambda dialog: dialog.reject())  # type: ignore[attr-defined]
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert card.position_edit.text() == "Mine"
    assert service.get_person(person_id).input.position == "Theirs"
    assert "changed elsewhere" in card.status_label.text()


def test_closing_with_unsaved_changes_asks_first(qtbot, ctx: AppContext, service: ContactService,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    person_id = service.create_person(PersonInput(first_name="Ton", last_name="Kok")).id
    card = shown(qtbot, open_person_card(ctx, person_id, None))
    qtbot.keyClicks(card.first_name_edit, "y")  # type: ignore[attr-defined]
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr(card, "ask_save_changes", lambda: next(answers))
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    assert card.isVisible(), "Cancel keeps the card open"
    qtbot.mouseClick(card.close_button, Qt.MouseButton.LeftButton)
    assert not card.isVisible()
    assert find_card(ctx, "person", person_id) is None
    assert service.get_person(person_id).input.first_name == "Ton"


@pytest.mark.qt_log_ignore(RAISE_UNSUPPORTED)
def test_closing_every_card_stops_at_the_first_the_user_keeps(qtbot, ctx: AppContext, service: ContactService,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    saved_id = service.create_person(PersonInput(first_name="Kees")).id
    clean = shown(qtbot, open_person_card(ctx, saved_id, None))
    typed = shown(qtbot, open_person_card(ctx, None, None))
    qtbot.keyClicks(typed.first_name_edit, "Not saved yet")  # type: ignore[attr-defined]
    monkeypatch.setattr(typed, "ask_save_changes", lambda: QMessageBox.StandardButton.Cancel)
    assert not close_all_cards()
    assert typed.isVisible()
    assert not clean.isVisible()
    monkeypatch.setattr(typed, "ask_save_changes", lambda: QMessageBox.StandardButton.Save)
    assert close_all_cards()
    assert not typed.isVisible()
    assert [p.first_name for p in (service.get_person(i).input for i in (saved_id, saved_id + 1))] == [
        "Kees", "Not saved yet"]


def test_phone_and_email_open_the_system_handler(qtbot, ctx: AppContext, service: ContactService,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    person_id = service.create_person(PersonInput(
        first_name="Jan", channels=(ChannelInput("phone", "+31 (20) 123-4567", "work"),
                                    ChannelInput("email", "jan@example.com")))).id
    card = shown(qtbot, open_person_card(ctx, person_id, None))
    assert isinstance(card, PersonCardDialog)
    phone, email = card.channels_editor.rows
    assert phone.label_combo.currentText() == "work"
    qtbot.mouseClick(phone.action_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(email.action_button, Qt.MouseButton.LeftButton)
    assert opened == ["tel:+31201234567", "mailto:jan@example.com"]

    company_id = service.create_company(CompanyInput(name="Web shop", website="shop.example")).id
    company_card = shown(qtbot, open_company_card(ctx, company_id, None))
    assert isinstance(company_card, CompanyCardDialog)
    qtbot.mouseClick(company_card.open_website_button, Qt.MouseButton.LeftButton)
    assert opened[-1] == QUrl.fromUserInput("shop.example").toString()


# ---- the timeline ------------------------------------------------------------------------------------------

def test_a_call_is_logged_in_two_keystrokes_and_the_next_task_is_offered(
        qtbot, ctx: AppContext, service: ContactService, warnings: list[str]) -> None:
    person_id = service.create_person(PersonInput(first_name="Mila", last_name="Horvat")).id
    card = shown(qtbot, open_person_card(ctx, person_id, None))
    assert isinstance(card, PersonCardDialog)
    planned_title = "Call Mila again"

    def plan(dialog: QWidget) -> None:
        assert isinstance(dialog, NextTaskDialog)
        dialog.text.setText(planned_title)
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)

    def two_keys(dialog: QWidget) -> None:
        assert isinstance(dialog, LogActivityDialog)
        assert dialog.windowTitle() == "Log a call"
        assert dialog.outcome_combo.hasFocus(), "the outcome has the focus"
        answer_modal(qtbot, NextTaskDialog, plan)
        qtbot.keyClick(dialog.outcome_combo, Qt.Key.Key_2)
        qtbot.keyClick(dialog.outcome_combo, Qt.Key.Key_Return)

    logged = answer_modal(qtbot, LogActivityDialog, two_keys)
    qtbot.keyClick(card.first_name_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert logged, "Ctrl+L opened the dialog"
    assert warnings == []
    assert card.tabs.currentWidget() is card.timeline
    (entry,) = service.timeline("person", person_id)
    assert (entry.kind, entry.subject, entry.outcome) == ("call", "Call", "no_answer")
    assert card.timeline.entries.count() == 1
    assert card.timeline.entries.item(0).text().startswith("Call — No answer")
    (task,) = service.related_tasks("person", person_id)
    proposal = datetime.combine(date.today() + timedelta(days=1), time(10, 0))
    assert (task.kind, task.title, task.due_at, task.done_at) == ("call", planned_title, local_to_utc(proposal),
                                                                  None)
    assert "(1)" in card.tabs.tabText(card.tabs.indexOf(card.tasks_page))

    # With a task planned, the next note is not followed by the offer.
    def note(dialog: QWidget) -> None:
        assert isinstance(dialog, LogActivityDialog)
        assert dialog.windowTitle() == "Add a note"
        assert not dialog.outcome_combo.isVisibleTo(dialog)
        qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.isVisible(), "an empty note is not logged"
        assert dialog.error_label.text() == "Write the note first."
        qtbot.keyClicks(dialog.body_edit, "Likes Earl Grey")
        qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    answer_modal(qtbot, LogActivityDialog, note)
    qtbot.mouseClick(card.timeline.add_note_button, Qt.MouseButton.LeftButton)
    assert [e.kind for e in service.timeline("person", person_id)] == ["note", "call"]
    assert len(service.related_tasks("person", person_id)) == 1
    assert QApplication.activeModalWidget() is None


def test_the_timeline_is_newest_first_and_filtered_by_kind(qtbot, ctx: AppContext,
                                                           service: ContactService) -> None:
    company_id = service.create_company(CompanyInput(name="Globex")).id
    person_id = service.create_person(PersonInput(first_name="Hank", last_name="Scorpio",
                                                  company_id=company_id)).id
    start = datetime(2025, 3, 1, 9, 0)
    service.log_activity("person", person_id, "call", "Intro call", outcome="reached", occurred_at=start)
    service.log_activity("person", person_id, "note", "Note", body="Prefers mornings",
                         occurred_at=start + timedelta(hours=1))
    service.log_activity("company", company_id, "meeting", "Visit", occurred_at=start + timedelta(days=1))

    card = shown(qtbot, open_person_card(ctx, person_id, None))
    assert isinstance(card, PersonCardDialog)
    timeline = card.timeline
    assert [e.subject for e in timeline.shown_entries()] == ["Note", "Intro call"]
    timeline.set_filter("call")
    assert [e.subject for e in timeline.shown_entries()] == ["Intro call"]
    assert "Reached" in timeline.entries.item(0).text()
    timeline.set_filter("merge")
    assert timeline.shown_entries() == []
    assert timeline.empty_label.isVisibleTo(timeline)
    assert not timeline.entries.isVisibleTo(timeline)
    assert timeline.empty_label.text() == "Nothing of this kind yet."

    company_card = shown(qtbot, open_company_card(ctx, company_id, None))
    assert isinstance(company_card, CompanyCardDialog)
    entries = company_card.timeline.shown_entries()
    assert [e.subject for e in entries] == ["Visit", "Note", "Intro call"], "the company's and its people's"
    assert "Hank Scorpio" in company_card.timeline.entries.item(1).text()
    company_card.timeline.filter_combo.setCurrentIndex(company_card.timeline.filter_combo.findText("Meetings"))
    assert [e.subject for e in company_card.timeline.shown_entries()] == ["Visit"]


# ---- keyboard and languages --------------------------------------------------------------------------------

@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_every_mnemonic_label_has_a_buddy_in_both_directions(qtbot, qapp, ctx: AppContext,
                                                             service: ContactService,
                                                             direction: Qt.LayoutDirection) -> None:
    qapp.setLayoutDirection(direction)
    try:
        company_id = service.create_company(CompanyInput(name="Initech")).id
        person_id = service.create_person(PersonInput(first_name="Peter", company_id=company_id)).id
        for card in (open_person_card(ctx, person_id, None), open_company_card(ctx, company_id, None),
                     open_person_card(ctx, None, None)):
            shown(qtbot, card)
            assert card.isRightToLeft() == (direction == Qt.LayoutDirection.RightToLeft)
            for label in card.findChildren(QLabel):
                if "&" in label.text() and "&&" not in label.text():
                    assert label.buddy() is not None, (card.objectName(), label.text())
            card.discard_and_close()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_record_that_no_longer_exists_is_explained_instead_of_opened(ctx: AppContext,
                                                                      warnings: list[str]) -> None:
    assert open_person_card(ctx, 999_999, None) is None
    assert open_company_card(ctx, 999_999, None) is None
    assert len(warnings) == 2
    assert open_cards() == []


@pytest.mark.qt_log_ignore(RAISE_UNSUPPORTED)
def test_an_open_card_is_raised_instead_of_opened_twice(qtbot, ctx: AppContext, service: ContactService) -> None:
    person_id = service.create_person(PersonInput(first_name="Uma")).id
    first = shown(qtbot, open_person_card(ctx, person_id, None))
    assert open_person_card(ctx, person_id, None) is first
    assert [c for c in open_cards() if c.record_id == person_id] == [first]
    first.discard_and_close()
    assert find_card(ctx, "person", person_id) is None


def test_a_file_is_attached_to_a_person_opened_listed_and_removed(qtbot, ctx: AppContext, service: ContactService,
                                                                  warnings: list[str], tmp_path) -> None:
    person_id = service.create_person(PersonInput(first_name="Jan", last_name="Kowalski")).id
    card = shown(qtbot, open_person_card(ctx, person_id, None))
    source = tmp_path / "offer-signed.pdf"
    source.write_bytes(b"%PDF-1.4 signed offer")
    card.tabs.setCurrentWidget(card.attachments_page)

    card.attach(source)
    qtbot.waitUntil(lambda: card.attachments_table.rowCount() == 1, timeout=5000)

    assert card.attachments_table.item(0, 0).text() == "offer-signed.pdf"
    [attachment] = service.related_attachments("person", person_id)
    assert attachment.path.read_bytes() == b"%PDF-1.4 signed offer"
    card.attachments_table.setCurrentCell(0, 0)
    answer_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(card.remove_attachment_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.attachments_table.rowCount() == 0, timeout=5000)
    assert service.related_attachments("person", person_id) == []
    assert warnings == []


def test_personal_data_is_exported_and_the_person_erased_from_the_card(qtbot, ctx: AppContext,
                                                                       service: ContactService,
                                                                       warnings: list[str], tmp_path) -> None:
    import json

    person_id = service.create_person(PersonInput(
        first_name="Zofia", last_name="Nowak", notes="prefers mornings",
        channels=(ChannelInput("email", "zofia.nowak@example.pl"), ChannelInput("phone", "+48 601 234 567")))).id
    service.log_activity("person", person_id, "call", "Called Zofia Nowak", body="zofia.nowak@example.pl asked")
    ctx.undo.push("Edit Zofia Nowak", lambda: None)
    card = shown(qtbot, open_person_card(ctx, person_id, None))
    assert card.privacy_button.isEnabled()

    target = tmp_path / "zofia.json"
    card.export_personal_data(target)
    qtbot.waitUntil(target.exists, timeout=5000)
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert "zofia.nowak@example.pl" in json.dumps(exported, ensure_ascii=False)

    answer_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    card.erase_action.trigger()
    qtbot.waitUntil(lambda: "Erased" in card.windowTitle(), timeout=5000)

    detail = service.get_person(person_id)
    assert "Zofia" not in detail.name
    assert "Nowak" not in detail.name
    assert detail.channels == ()
    assert detail.input.notes is None
    texts = " ".join(f"{e.subject} {e.body or ''}" for e in service.timeline("person", person_id))
    assert "Nowak" not in texts
    assert "zofia.nowak@example.pl" not in texts
    assert not ctx.undo.can_undo()
    assert warnings == []
