"""Users in the window: logging in, the users list for administrators, and reassigning a user's records."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from crm_desktop.db.database import Actor, Database
from crm_desktop.models import Role
from crm_desktop.services import users


def role_label(role: str) -> str:
    """A role as the user reads it."""
    labels = {
        Role.ADMIN.value: QCoreApplication.translate("Users", "administrator"),
        Role.MANAGER.value: QCoreApplication.translate("Users", "manager"),
        Role.READ_ONLY.value: QCoreApplication.translate("Users", "read-only"),
    }
    return labels.get(role, role)


def sign_in(db: Database, parent: QWidget | None = None, previous: Actor | None = None,
            login: str | None = None) -> bool:
    """Decide who works in `db` and set `db.actor`; False when the user cancelled the login.

    A database where nobody has a password is used as the computer's login user, without a question. `previous`
    (the user of the same file before a restore) keeps working when that login still exists and is active.
    `login` fills in the login field (`crm-desktop --user LOGIN`).
    """
    if previous is not None:
        for user in users.UserService(db).list_users(include_inactive=False):
            if user.login == previous.login:
                db.actor = users.actor_for(user)
                return True
    if not users.needs_login(db):
        db.actor = users.os_actor(db)
        return True
    from crm_desktop.ui.dialogs import run_modal
    from crm_desktop.ui.users.login_dialog import LoginDialog

    dialog = LoginDialog(db, parent, login)
    if not run_modal(dialog) or dialog.actor is None:
        return False
    db.actor = dialog.actor
    return True


def user_display_name(db: Database) -> str:
    """The working user's full name (else login), for the status bar."""
    if db.actor is None:
        from crm_desktop.services import defaults

        return defaults.os_login()
    return users.UserService(db).get(db.actor.user_id).name
