"""The login dialog, the users dialog and the reassign dialog, driven as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from sqlalchemy import select

from crm_desktop.db.database import Database, open_database
from crm_desktop.models import Company, Person
from crm_desktop.services import defaults
from crm_desktop.services.contacts import CompanyInput, ContactService, PersonInput
from crm_desktop.services.users import UserInput, UserService, actor_for
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.users.login_dialog import LoginDialog
from crm_desktop.ui.users.reassign_dialog import ReassignDialog
from crm_desktop.ui.users.users_dialog import UserEditDialog, UsersDialog
from tests.ui.helpers import answer_modal


def _ok(dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    for button in box.buttons():
        if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
            button.click()
            return
    raise AssertionError("no accept button")


# ---- login -----------------------------------------------------------------------------------------------------

def test_login_wrong_then_right_password(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    UserService(db).set_password(defaults.current_user_id(db), "admin-pass")
    UserService(db).add(UserInput("lena", "Lena"), "lena-pass")
    dialog = LoginDialog(db, login="lena")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.password_edit.hasFocus() or not dialog.isActiveWindow()
    qtbot.keyClicks(dialog.password_edit, "wrong-pass")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.actor is None
    assert dialog.error_label.isVisible()
    refusal = dialog.error_label.text()
    assert "not right" in refusal
    assert dialog.password_edit.text() == ""
    # An unknown login gets the very same words.
    dialog.login_edit.setText("nobody")
    qtbot.keyClicks(dialog.password_edit, "lena-pass")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.error_label.text() == refusal
    dialog.login_edit.setText("lena")
    qtbot.keyClicks(dialog.password_edit, "lena-pass")
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.actor is not None
    assert dialog.actor.login == "lena"


# ---- users dialog ----------------------------------------------------------------------------------------------

def test_users_dialog_adds_a_user(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    UserService(ctx.db).set_password(ctx.user_id, "admin-pass")
    dialog = UsersDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.list.topLevelItemCount() == 1, timeout=5000)

    def fill(edit: QWidget) -> None:
        assert isinstance(edit, UserEditDialog)
        edit.login_edit.setText("omar")
        edit.name_edit.setText("Omar Field")
        edit.role_combo.setCurrentIndex(edit.role_combo.findData("manager"))
        edit.own_check.setChecked(True)
        edit.password_edit.setText("omar-pass")
        edit.repeat_edit.setText("omar-pass")
        edit.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    seen = answer_modal(qtbot, UserEditDialog, fill)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert seen
    qtbot.waitUntil(lambda: not dialog.loading and dialog.list.topLevelItemCount() == 2, timeout=5000)
    logins = [dialog.list.topLevelItem(i).text(0) for i in range(2)]
    assert "omar" in logins
    omar = UserService(ctx.db).find("omar")
    assert (omar.full_name, omar.role, omar.own_records_only, omar.has_password) == \
        ("Omar Field", "manager", True, True)
    assert UserService(ctx.db).authenticate("omar", "omar-pass").own_records_only


def test_users_dialog_refusal_for_a_manager_is_shown(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                     warnings: list[str]) -> None:
    manager = UserService(ctx.db).add(UserInput("mo", "Mo"))
    ctx.db.actor = actor_for(manager)
    dialog = UsersDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=5000)
    dialog.edit_user = lambda _user: (UserInput("sneak", role="admin"), None)  # type: ignore[method-assign]
    dialog.on_add_button_clicked()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=5000)
    assert warnings
    assert "administrator" in warnings[0]
    with pytest.raises(Exception, match="no user 'sneak'"):
        UserService(ctx.db).find("sneak")


# ---- reassign --------------------------------------------------------------------------------------------------

def test_reassign_preview_apply_and_undo(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    users = UserService(ctx.db)
    leaver = users.add(UserInput("leo", "Leo Leaving")).id
    kim = users.add(UserInput("kim", "Kim")).id
    lou = users.add(UserInput("lou", "Lou")).id
    users.add(UserInput("viv", "Viv", role="read_only"))
    contacts = ContactService(ctx.db, ctx.user_id)
    for name, people in (("Big", 3), ("Small", 1)):
        cid = contacts.create_company(CompanyInput(name=name, owner_id=leaver)).id
        for n in range(people):
            contacts.create_person(PersonInput(first_name=f"{name}{n}", company_id=cid, owner_id=leaver))

    dialog = ReassignDialog(ctx, leaver)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.targets.count() > 0, timeout=5000)
    names = [dialog.targets.item(i).text() for i in range(dialog.targets.count())]
    assert "Leo Leaving" not in names
    assert "Viv" not in names   # read-only users own nothing
    assert not dialog.apply_button.isEnabled()
    dialog.set_chosen([kim, lou])
    qtbot.waitUntil(lambda: not dialog.loading and dialog.table.topLevelItemCount() == 2, timeout=5000)
    rows = {dialog.table.topLevelItem(i).text(0): [dialog.table.topLevelItem(i).text(c) for c in range(1, 5)]
            for i in range(2)}
    assert rows == {"Kim": ["1", "3", "0", "0"], "Lou": ["1", "1", "0", "0"]}
    assert "6" in dialog.summary.text()
    assert dialog.apply_button.isEnabled()

    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    with ctx.db.session(write=False) as s:
        assert set(s.scalars(select(Company.owner_id))) == {kim, lou}
        assert leaver not in set(s.scalars(select(Person.owner_id)))
    assert ctx.undo.can_undo()
    assert "Leo Leaving" in ctx.undo.undo_text()

    step = ctx.undo.take()
    assert step is not None
    step.undo()
    with ctx.db.session(write=False) as s:
        assert set(s.scalars(select(Company.owner_id))) == {leaver}
        assert set(s.scalars(select(Person.owner_id))) == {leaver}


# ---- the main window -------------------------------------------------------------------------------------------

def test_status_bar_and_users_menu_follow_the_role(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    users = UserService(ctx.db)
    ctx.db.actor = actor_for(users.get(ctx.user_id))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
    assert "(administrator)" in window.user_label.text()
    assert window.users_action.isVisible()
    viewer = users.add(UserInput("vi", "Vi", role="read_only"))
    ctx.db.actor = actor_for(viewer)
    window.refresh_status()
    assert "(read-only)" in window.user_label.text()
    assert not window.users_action.isVisible()
    assert window.password_action.isVisible()
    assert not window.import_action.isEnabled()
    assert not window.restore_action.isEnabled()
    ctx.runner.wait_idle(10_000)


def test_opening_a_file_with_passwords_asks_to_log_in(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                      tmp_path: Path) -> None:
    other = open_database(tmp_path / "office.db")
    defaults.ensure_defaults(other, "en")
    UserService(other).set_password(defaults.current_user_id(other), "admin-pass")
    UserService(other).add(UserInput("ines", "Ines Office", role="manager"), "ines-pass")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)

    def log_in(dialog: QWidget) -> None:
        assert isinstance(dialog, LoginDialog)
        dialog.login_edit.setText("ines")
        dialog.password_edit.setText("ines-pass")
        _ok(dialog)

    seen = answer_modal(qtbot, LoginDialog, log_in)
    assert window.adopt_database(other)
    assert seen
    assert ctx.db is other
    assert other.actor is not None
    assert other.actor.login == "ines"
    assert "Ines Office" in window.user_label.text()
    assert "(manager)" in window.user_label.text()
    assert not window.users_action.isVisible()
    ctx.runner.wait_idle(10_000)
    other.close()


def test_after_the_users_dialog_the_own_name_and_role_follow(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    users = UserService(ctx.db)
    me = users.get(ctx.user_id)
    ctx.db.actor = actor_for(me)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
    users.add(UserInput("boss", role="admin"))
    users.update(me.id, UserInput(me.login, "Renamed Me", role="manager"))

    def close(dialog: QWidget) -> None:
        assert isinstance(dialog, UsersDialog)
        qtbot.waitUntil(lambda: not dialog.loading, timeout=5000)
        dialog.reject()

    seen = answer_modal(qtbot, UsersDialog, close)
    window.users_action.trigger()
    assert seen
    assert "Renamed Me (manager)" in window.user_label.text().replace("\u200e", "").replace("\u202a", "") \
        .replace("\u202c", "")
    assert ctx.db.actor is not None
    assert ctx.db.actor.role == "manager"
    assert not window.users_action.isVisible()
    ctx.runner.wait_idle(10_000)


def test_the_app_asks_who_works_and_quits_when_the_login_is_cancelled(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from argparse import Namespace

    from crm_desktop.app import launch

    path = tmp_path / "office.db"
    office = open_database(path)
    defaults.ensure_defaults(office, "en")
    UserService(office).set_password(defaults.current_user_id(office), "admin-pass")
    UserService(office).add(UserInput("ines", "Ines Office"), "ines-pass")
    office.close()
    asked: list[str] = []

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, LoginDialog)
        asked.append(dialog.login_edit.text())
        dialog.reject()

    answer_modal(qtbot, LoginDialog, cancel)
    _app, window = launch(Namespace(db=str(path), lang="en", user="ines"))
    assert window is None
    assert asked == ["ines"]

    def log_in(dialog: QWidget) -> None:
        assert isinstance(dialog, LoginDialog)
        dialog.password_edit.setText("ines-pass")
        _ok(dialog)

    answer_modal(qtbot, LoginDialog, log_in)
    _app, window = launch(Namespace(db=str(path), lang="en", user="ines"))
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.ctx.db.actor is not None
        assert window.ctx.db.actor.login == "ines"
        assert "Ines Office" in window.user_label.text()
    finally:
        qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=10_000)
        window.close()
        window.ctx.runner.wait_idle(10_000)
        if window.ctx.background is not None:
            window.ctx.background.wait_idle(10_000)
        window.ctx.db.close()
