"""The users of a database, for administrators: add, edit role, own-records rule and activity, set passwords,
reassign a user's records and undo earlier reassignments."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError, ValidationError
from crm_desktop.models import Role
from crm_desktop.services.progress import Progress
from crm_desktop.services.users import (
    MIN_PASSWORD_LENGTH,
    ReassignmentInfo,
    UserInfo,
    UserInput,
    UserService,
)
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.dialogs import run_modal, side_button
from crm_desktop.ui.i18n import format_utc
from crm_desktop.ui.users import role_label

COL_LOGIN, COL_NAME, COL_ROLE, COL_OWN, COL_ACTIVE, COL_PASSWORD = range(6)
USER_ID_ROLE = Qt.ItemDataRole.UserRole


def _show_error(parent: QWidget, exc: BaseException) -> None:
    text = str(exc) if isinstance(exc, CrmError) else (
        QCoreApplication.translate("UsersDialog", "Unexpected error: %1").replace("%1", str(exc)))
    QMessageBox.warning(parent, parent.windowTitle(), text)


class UserEditDialog(QDialog):
    """A new user (with an optional first password) or an existing one's login, name, role and rules."""

    def __init__(self, user: UserInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userEditDialog")
        self.user = user
        self.setWindowTitle(self.tr("New user") if user is None else self.tr("Edit user"))
        self.login_edit = QLineEdit(user.login if user else "", self)
        self.login_edit.setObjectName("userLoginEdit")
        self.name_edit = QLineEdit(user.full_name if user else "", self)
        self.name_edit.setObjectName("userNameEdit")
        self.email_edit = QLineEdit((user.email or "") if user else "", self)
        self.email_edit.setObjectName("userEmailEdit")
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("userRoleCombo")
        for role in (Role.MANAGER.value, Role.READ_ONLY.value, Role.ADMIN.value):
            self.role_combo.addItem(role_label(role), role)
        self.role_combo.setCurrentIndex(self.role_combo.findData(user.role if user else Role.MANAGER.value))
        self.own_check = QCheckBox(self.tr("Sees and changes only own records"), self)
        self.own_check.setObjectName("userOwnCheck")
        self.own_check.setChecked(bool(user and user.own_records_only))
        self.active_check = QCheckBox(self.tr("Active (may log in; inactive users stay in the history)"), self)
        self.active_check.setObjectName("userActiveCheck")
        self.active_check.setChecked(user.active if user else True)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("userPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("none: set it later"))
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("userRepeatEdit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.role_combo.currentIndexChanged.connect(self._update_own)

        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login_edit)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Email:"), self.email_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow("", self.own_check)
        form.addRow("", self.active_check)
        if user is None:
            form.addRow(self.tr("&Password:"), self.password_edit)
            form.addRow(self.tr("Re&peat:"), self.repeat_edit)
        else:
            self.password_edit.hide()
            self.repeat_edit.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.setObjectName("userEditButtons")
        buttons.accepted.connect(self.on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update_own()

    @Slot()
    def _update_own(self) -> None:
        # An administrator sees everything: the rule means nothing for that role.
        self.own_check.setEnabled(self.role_combo.currentData() != Role.ADMIN.value)

    def data(self) -> UserInput:
        return UserInput(self.login_edit.text(), self.name_edit.text(), self.email_edit.text() or None,
                         str(self.role_combo.currentData()),
                         self.own_check.isChecked() and self.own_check.isEnabled(), self.active_check.isChecked())

    def password(self) -> str | None:
        return self.password_edit.text() or None

    @Slot()
    def on_buttons_accepted(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            _show_error(self, ValidationError(self.tr("The two passwords differ.")))
            return
        if not self.login_edit.text().strip():
            _show_error(self, ValidationError(self.tr("The user needs a login.")))
            return
        self.accept()


class PasswordDialog(QDialog):
    """A new password, typed twice; administrators may also remove a password."""

    def __init__(self, user: UserInfo, can_remove: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.remove = False
        self.setWindowTitle(self.tr("Password of %1").replace("%1", user.name))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("newPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("repeatPasswordEdit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        hint = QLabel(self.tr("At least %n characters.", "", MIN_PASSWORD_LENGTH), self)
        form = QFormLayout()
        form.addRow(self.tr("&New password:"), self.password_edit)
        form.addRow(self.tr("Re&peat:"), self.repeat_edit)
        form.addRow("", hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.setObjectName("passwordButtons")
        if can_remove and user.has_password:
            remove = buttons.addButton(self.tr("&Remove the password"), QDialogButtonBox.ButtonRole.DestructiveRole)
            remove.setObjectName("removePasswordButton")
            remove.setToolTip(self.tr("With no password left on any user, nobody is asked to log in."))
            remove.clicked.connect(self.on_remove_clicked)
        buttons.accepted.connect(self.on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def password(self) -> str | None:
        return None if self.remove else self.password_edit.text()

    @Slot()
    def on_remove_clicked(self) -> None:
        self.remove = True
        self.accept()

    @Slot()
    def on_buttons_accepted(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            _show_error(self, ValidationError(self.tr("The two passwords differ.")))
            return
        if len(self.password_edit.text()) < MIN_PASSWORD_LENGTH:
            _show_error(self, ValidationError(self.tr("A password needs at least %n characters.", "",
                                                      MIN_PASSWORD_LENGTH)))
            return
        self.accept()


class UsersDialog(QDialog):
    """Lists `UserService.list_users()`; every change is saved at once on the task runner."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.ctx = ctx
        self.users: list[UserInfo] = []
        self._pending = 0
        self.setWindowTitle(self.tr("Users"))
        self.resize(760, 420)

        self.list = QTreeWidget(self)
        self.list.setObjectName("userList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Login"), self.tr("Name"), self.tr("Role"), self.tr("Own records only"),
                                   self.tr("Active"), self.tr("Password")])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.list.setAccessibleName(self.tr("Users"))
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.on_edit_button_clicked())

        self.add_button = side_button(self, self.tr("&Add…"), "addUserButton")
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.edit_button = side_button(self, self.tr("&Edit…"), "editUserButton")
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        self.password_button = side_button(self, self.tr("Set &password…"), "setPasswordButton")
        self.password_button.clicked.connect(self.on_password_button_clicked)
        self.reassign_button = side_button(self, self.tr("&Reassign…"), "reassignButton")
        self.reassign_button.setToolTip(self.tr("Hand every record of this user to one or several others"))
        self.reassign_button.clicked.connect(self.on_reassign_button_clicked)
        self.history_button = side_button(self, self.tr("Reassign&ments…"), "reassignmentsButton")
        self.history_button.setToolTip(self.tr("Earlier reassignments, to undo one"))
        self.history_button.clicked.connect(self.on_history_button_clicked)
        note = QLabel(self.tr("Administrators manage users and reassign records; managers work on every record "
                              "(or only their own); read-only users look but change nothing. Nobody is asked to "
                              "log in until some user has a password."), self)
        note.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.password_button, self.reassign_button,
                       self.history_button):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._update_buttons()
        self.reload()

    # ---- questions to the user: separate methods so that tests can answer them ----------------------------
    def edit_user(self, user: UserInfo | None) -> tuple[UserInput, str | None] | None:
        dialog = UserEditDialog(user, self)
        if not run_modal(dialog):
            return None
        return dialog.data(), dialog.password()

    def ask_password(self, user: UserInfo) -> tuple[str | None] | None:
        dialog = PasswordDialog(user, can_remove=True, parent=self)
        if not run_modal(dialog):
            return None
        return (dialog.password(),)

    def show_error(self, exc: BaseException) -> None:
        _show_error(self, exc)

    # ---- loading ------------------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._pending > 0

    def _run(self, work: Callable[[], Any], after: Callable[[Any], None] | None = None) -> None:
        self._pending += 1

        def done(result: Any) -> None:
            self._pending -= 1
            if after is not None:
                after(result)

        def failed(exc: BaseException) -> None:
            self._pending -= 1
            self.show_error(exc)

        self.ctx.runner.run(lambda _p: work(), done, failed)

    def reload(self, select_id: int | None = None) -> None:
        service = UserService(self.ctx.db)
        current = self.current_user()
        keep = select_id if select_id is not None else current.id if current else None
        self._run(service.list_users, lambda users: self._fill(users, keep))

    def _fill(self, users: list[UserInfo], keep: int | None) -> None:
        self.users = users
        self.list.clear()
        yes = self.tr("yes")
        for user in users:
            item = QTreeWidgetItem([user.login, user.full_name, role_label(user.role),
                                    yes if user.own_records_only else "", yes if user.active else self.tr("no"),
                                    self.tr("set") if user.has_password else ""])
            item.setData(COL_LOGIN, USER_ID_ROLE, user.id)
            self.list.addTopLevelItem(item)
            if user.id == keep:
                self.list.setCurrentItem(item)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self._update_buttons()

    def current_user(self) -> UserInfo | None:
        item = self.list.currentItem()
        if item is None:
            return None
        user_id = item.data(COL_LOGIN, USER_ID_ROLE)
        return next((u for u in self.users if u.id == user_id), None)

    @Slot()
    def _update_buttons(self) -> None:
        user = self.current_user()
        for button in (self.edit_button, self.password_button, self.reassign_button):
            button.setEnabled(user is not None)

    # ---- actions ------------------------------------------------------------------------------------------
    @Slot()
    def on_add_button_clicked(self) -> None:
        answer = self.edit_user(None)
        if answer is None:
            return
        data, password = answer
        service = UserService(self.ctx.db)
        self._run(lambda: service.add(data, password), lambda user: self.reload(user.id))

    @Slot()
    def on_edit_button_clicked(self) -> None:
        user = self.current_user()
        if user is None:
            return
        answer = self.edit_user(user)
        if answer is None:
            return
        data, _password = answer
        service = UserService(self.ctx.db)
        self._run(lambda: service.update(user.id, data), lambda changed: self._after_change(changed.id))

    @Slot()
    def on_password_button_clicked(self) -> None:
        user = self.current_user()
        if user is None:
            return
        answer = self.ask_password(user)
        if answer is None:
            return
        service = UserService(self.ctx.db)
        self._run(lambda: service.set_password(user.id, answer[0]), lambda _r: self.reload(user.id))

    @Slot()
    def on_reassign_button_clicked(self) -> None:
        from crm_desktop.ui.users.reassign_dialog import ReassignDialog

        user = self.current_user()
        if user is None:
            return
        run_modal(ReassignDialog(self.ctx, user.id, self))

    @Slot()
    def on_history_button_clicked(self) -> None:
        run_modal(ReassignmentsDialog(self.ctx, self))

    def _after_change(self, user_id: int) -> None:
        self.reload(user_id)
        self.ctx.bridge.post_data_changed("users")


class ReassignmentsDialog(QDialog):
    """Earlier reassignments, newest first; one that was not undone yet can be undone from here."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reassignmentsDialog")
        self.ctx = ctx
        self.rows: list[ReassignmentInfo] = []
        self._pending = 0
        self.setWindowTitle(self.tr("Reassignments"))
        self.resize(620, 320)
        self.list = QTreeWidget(self)
        self.list.setObjectName("reassignmentList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("When"), self.tr("Records of"), self.tr("Records"), self.tr("Undone")])
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.undo_button = side_button(self, self.tr("&Undo"), "undoReassignmentButton")
        self.undo_button.setToolTip(self.tr("Give the records back to their previous owner; records somebody "
                                            "changed since keep their new owner"))
        self.undo_button.clicked.connect(self.on_undo_button_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addWidget(self.undo_button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.reload()

    @property
    def loading(self) -> bool:
        return self._pending > 0

    def reload(self) -> None:
        service = UserService(self.ctx.db)
        self._pending += 1

        def done(rows: list[ReassignmentInfo]) -> None:
            self._pending -= 1
            self.rows = rows
            self.list.clear()
            locale = QLocale()
            for row in rows:
                item = QTreeWidgetItem([format_utc(row.made_at), row.from_name, locale.toString(row.moved),
                                        format_utc(row.undone_at) if row.undone_at else ""])
                item.setData(0, USER_ID_ROLE, row.id)
                self.list.addTopLevelItem(item)
            first = self.list.topLevelItem(0)
            if first is not None:
                self.list.setCurrentItem(first)
            self._update_buttons()

        def failed(exc: BaseException) -> None:
            self._pending -= 1
            _show_error(self, exc)

        self.ctx.runner.run(lambda _p: service.list_reassignments(), done, failed)

    def current(self) -> ReassignmentInfo | None:
        item = self.list.currentItem()
        return None if item is None else next((r for r in self.rows if r.id == item.data(0, USER_ID_ROLE)), None)

    @Slot()
    def _update_buttons(self) -> None:
        row = self.current()
        self.undo_button.setEnabled(row is not None and row.undone_at is None)

    @Slot()
    def on_undo_button_clicked(self) -> None:
        row = self.current()
        if row is None:
            return
        service = UserService(self.ctx.db)
        self._pending += 1

        def work(_progress: Progress) -> Any:
            return service.undo_reassign(row.id)

        def done(result: Any) -> None:
            self._pending -= 1
            self.ctx.bridge.post_data_changed("all")
            QMessageBox.information(self, self.windowTitle(), undo_message(result.restored, len(result.kept)))
            self.reload()

        def failed(exc: BaseException) -> None:
            self._pending -= 1
            _show_error(self, exc)

        self.ctx.runner.run(work, done, failed)


class ReassignCounts(QObject):
    """Counted words of a reassignment's undo: lupdate files plural forms only from `self.tr` of a class."""

    def undo_message(self, restored: int, kept: int) -> str:
        text = self.tr("%n records are back with their previous owner.", "", restored)
        if kept:
            text += " " + self.tr("%n were changed or deleted since and keep their new owner.", "", kept)
        return text


def undo_message(restored: int, kept: int) -> str:
    return ReassignCounts().undo_message(restored, kept)

