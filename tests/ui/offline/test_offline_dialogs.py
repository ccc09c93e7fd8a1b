"""The offline-copy dialogs on a real database file: take a copy of one owner's records; bring a copy back with a
choice per conflict."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt

from crm_desktop.db.database import Database, open_database
from crm_desktop.models import User
from crm_desktop.services import offline
from crm_desktop.services.contacts import ContactService, PersonInput
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.offline.dialogs import COL_COPY, COL_FIELD, COL_OFFICE, BringBackDialog, TakeCopyDialog


def add_user(db: Database, login: str, name: str) -> int:
    with db.session() as s:
        user = User(login=login, full_name=name, role="manager")
        s.add(user)
        s.flush()
        return user.id


def edit_city(db: Database, person_id: int, city: str) -> None:
    service = ContactService(db)
    detail = service.get_person(person_id)
    service.update_person(person_id, replace(detail.input, city=city, custom=None), detail.version)


def wait_done(qtbot, ctx: AppContext, dialog: TakeCopyDialog | BringBackDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    ctx.runner.wait_idle(10_000)


def test_take_a_copy_of_one_owners_records(qtbot, ctx: AppContext, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rep = add_user(db, "rep", "Rita Rep")
    ContactService(db).create_person(PersonInput(first_name="Mia", last_name="Mine", owner_id=rep))
    ContactService(db).create_person(PersonInput(first_name="Otto", last_name="Other"))
    dialog = TakeCopyDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.owner_list.count() >= 2, timeout=10_000)
    target = tmp_path / "rita.db"
    dialog.path_edit.setText(str(target))
    dialog.choose_owners([rep])
    assert dialog.owners() == [rep]
    assert dialog.owner_list.isEnabled()

    dialog.take()
    wait_done(qtbot, ctx, dialog)

    assert dialog.result_ is not None
    assert dialog.result_.owners == ("Rita Rep",)
    assert dialog.result_.counts["person"] == 1
    assert offline.describe_copy(target).owners == ("Rita Rep",)


def test_take_a_copy_refused_shows_the_reason(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "there.db"
    target.write_text("mine")
    dialog = TakeCopyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(target))
    dialog.take()
    wait_done(qtbot, ctx, dialog)
    assert "exists already" in dialog.status.text()
    assert dialog.result_ is None
    assert target.read_text() == "mine"


def test_bring_back_with_a_choice_per_conflict(qtbot, ctx: AppContext, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    contacts = ContactService(db)
    ada = contacts.create_person(PersonInput(first_name="Ada", last_name="Lovelace", city="London")).id
    bob = contacts.create_person(PersonInput(first_name="Bob", last_name="Byron", city="York")).id
    path = tmp_path / "laptop.db"
    offline.copy_out(db, path)
    laptop = open_database(path)
    try:
        edit_city(laptop, ada, "Paris")
        edit_city(laptop, bob, "Leeds")
    finally:
        laptop.close()
    edit_city(db, ada, "Berlin")
    edit_city(db, bob, "Hull")
    dialog = BringBackDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled()

    dialog.check(path)
    wait_done(qtbot, ctx, dialog)

    assert dialog.table.rowCount() == 2
    rows = {dialog.table.item(r, COL_OFFICE).text(): r for r in range(2)}
    assert dialog.table.item(rows["Berlin"], COL_COPY).text() == "Paris"
    assert dialog.table.item(rows["Berlin"], COL_FIELD).text() == "City"
    assert dialog.apply_button.isEnabled()
    assert ContactService(db).get_person(ada).input.city == "Berlin"   # the comparison wrote nothing
    combo = dialog.keep_combo(rows["Berlin"])
    combo.setCurrentIndex(combo.findData("copy"))

    dialog.apply()
    wait_done(qtbot, ctx, dialog)

    assert dialog.result_ is not None
    assert dialog.result_.status == "done"
    assert dialog.summary.text().startswith("Brought back:")
    assert ContactService(db).get_person(ada).input.city == "Paris"
    assert ContactService(db).get_person(bob).input.city == "Hull"
    assert not dialog.apply_button.isEnabled()


def test_take_all_from_the_copy(qtbot, ctx: AppContext, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ada = ContactService(db).create_person(PersonInput(first_name="Ada", last_name="L", city="London")).id
    path = tmp_path / "laptop.db"
    offline.copy_out(db, path)
    laptop = open_database(path)
    try:
        edit_city(laptop, ada, "Paris")
    finally:
        laptop.close()
    edit_city(db, ada, "Berlin")
    dialog = BringBackDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.check(path)
    wait_done(qtbot, ctx, dialog)
    assert dialog.keep_combo(0).currentData() == "office"

    qtbot.mouseClick(dialog.copy_all_button, Qt.MouseButton.LeftButton)

    assert dialog.choices() == {dialog.looked.conflicts[0].key: "copy"}  # type: ignore[union-attr]
    dialog.apply()
    wait_done(qtbot, ctx, dialog)
    assert ContactService(db).get_person(ada).input.city == "Paris"


def test_a_file_that_is_no_copy_is_refused_with_the_reason(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "other.db"
    open_database(other).close()
    dialog = BringBackDialog(ctx)
    qtbot.addWidget(dialog)

    dialog.check(other)
    wait_done(qtbot, ctx, dialog)

    assert "not an offline copy" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()


def test_the_file_menu_opens_both_dialogs(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from crm_desktop.ui.main_window import MainWindow
    from tests.ui.helpers import answer_modal

    assert isinstance(window, MainWindow)
    actions = window.file_menu.actions()
    assert window.take_copy_action in actions
    assert window.bring_back_action in actions
    for action, kind in ((window.take_copy_action, TakeCopyDialog), (window.bring_back_action, BringBackDialog)):
        seen = answer_modal(qtbot, kind, lambda dialog: dialog.reject())
        action.trigger()
        assert len(seen) == 1
        window.ctx.runner.wait_idle(10_000)


def test_the_status_bar_says_an_offline_copy_is_open(qtbot, ctx: AppContext, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from crm_desktop.ui.main_window import MainWindow

    path = tmp_path / "laptop.db"
    offline.copy_out(db, path)
    laptop = open_database(path)
    ctx.db = laptop
    try:
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        qtbot.waitUntil(lambda: "Offline copy of" in win.db_label.text(), timeout=10_000)
        assert Path(str(db.path)).name in win.db_label.text()
        ctx.runner.wait_idle(10_000)
    finally:
        ctx.db = db
        laptop.close()
