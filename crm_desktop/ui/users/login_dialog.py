"""The login dialog: a login and a password; a refusal never says which of the two was wrong."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db.database import Actor, Database
from crm_desktop.errors import AuthenticationError, CrmError
from crm_desktop.services import defaults
from crm_desktop.services.users import LOCK_MINUTES, MAX_FAILED_LOGINS, UserService
from crm_desktop.ui.i18n import isolate_ltr


class LoginDialog(QDialog):
    """Asks who works; on acceptance `actor` is the logged-in user.

    Checking a password takes some 50 ms (scrypt is slow on purpose) and runs here, before the window and its task
    runner exist.
    """

    def __init__(self, db: Database, parent: QWidget | None = None, login: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Log in to crm-desktop"))

        intro = QLabel(self.tr("This database is shared with other users. Log in to work in %1.")
                       .replace("%1", isolate_ltr(db.display_name)), self)
        intro.setWordWrap(True)
        self.login_edit = QLineEdit(login if login is not None else defaults.os_login(), self)
        self.login_edit.setObjectName("loginEdit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("loginError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.setObjectName("loginButtons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Log in"))
        ok.setDefault(True)   # Enter in either field logs in
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        (self.password_edit if self.login_edit.text() else self.login_edit).setFocus()

    def refusal_text(self) -> str:
        return (self.tr("The login or the password is not right, or this user may not log in. After %1 wrong "
                        "passwords in a row, logging in as that user pauses for %2 minutes.")
                .replace("%1", str(MAX_FAILED_LOGINS)).replace("%2", str(LOCK_MINUTES)))

    @Slot()
    def on_buttons_accepted(self) -> None:
        try:
            self.actor = UserService(self.db).authenticate(self.login_edit.text(), self.password_edit.text())
        except AuthenticationError:
            self._refuse(self.refusal_text())
            return
        except CrmError as exc:   # a busy shared file, for instance: say so, let them try again
            self._refuse(str(exc))
            return
        self.accept()

    def _refuse(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.password_edit.clear()
        self.password_edit.setFocus()
