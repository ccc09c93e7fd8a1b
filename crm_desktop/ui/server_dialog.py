"""Move to a server: the open database file is copied into an empty PostgreSQL database on the runner, the counts of
every table are checked, and the window can then work on the server."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import transfer
from crm_desktop.services.progress import Progress
from crm_desktop.services.transfer import MoveReport
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.i18n import isolate_ltr
from crm_desktop.ui.imports import error_text
from crm_desktop.ui.settings_dialog import SERVER_PLACEHOLDER
from crm_desktop.ui.task_runner import Job

ERROR_STYLE = "color: #b00020;"


class MoveToServerDialog(QDialog):
    """Ask for the server database, move the file into it, then offer to open it (the file stays as it was)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moveToServerDialog")
        self.setWindowTitle(self.tr("Move to a PostgreSQL server"))
        self.ctx = ctx
        self.job: Job | None = None
        self.report: MoveReport | None = None
        self.server_url = ""   # after the move: the URL to open, without its password

        intro = QLabel(self.tr("Every record of this database file is copied into an empty database on a "
                               "PostgreSQL server, in one go; the number of rows of every table is then compared. "
                               "If anything differs or fails, the server database stays empty. The file itself is "
                               "not changed. Ask everyone else to close crm-desktop first: what they save during "
                               "the move stays in the file only."), self)
        intro.setWordWrap(True)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("moveUrlEdit")
        self.url_edit.setPlaceholderText(SERVER_PLACEHOLDER)
        self.url_edit.textChanged.connect(lambda _t: self._update())
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("movePasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.status = QLabel(self)
        self.status.setObjectName("moveStatus")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.move_button: QPushButton = self.buttons.addButton(self.tr("&Move"),
                                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.move_button.setObjectName("moveButton")
        self.move_button.setDefault(True)
        self.move_button.clicked.connect(self.on_move_button_clicked)
        self.open_button: QPushButton = self.buttons.addButton(self.tr("&Work on the server now"),
                                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("openServerButton")
        self.open_button.setVisible(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Server &address:"), self.url_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, 280)
        self._update()

    def _update(self) -> None:
        running = self.job is not None
        done = self.report is not None
        self.move_button.setEnabled(not running and not done and bool(self.url_edit.text().strip()))
        self.url_edit.setEnabled(not running and not done)
        self.password_edit.setEnabled(not running and not done)
        self.open_button.setVisible(done)

    @Slot()
    def on_move_button_clicked(self) -> None:
        self.start()

    def start(self) -> Job | None:
        """Move the file on the runner, with a progress dialog and Cancel."""
        if self.job is not None:
            return None
        db, url, password = self.ctx.db, self.url_edit.text().strip(), self.password_edit.text()

        def work(progress: Progress) -> tuple[MoveReport, str]:
            report = transfer.move_to_postgres(db, url, progress, password=password)
            # The password goes to PostgreSQL's password file only once the move has worked.
            bare, _file = transfer.remember_server(url, password)
            return report, bare

        self.status.setStyleSheet("")
        self.status.setText(self.tr("Moving…"))
        self.job = self.ctx.runner.run(work, self.on_moved, self.on_failed,
                                       title=self.tr("Moving the database to the server…"), parent_widget=self)
        self._update()
        return self.job

    def on_moved(self, result: tuple[MoveReport, str]) -> None:
        if not shiboken6.isValid(self):
            return
        self.job = None
        self.report, self.server_url = result
        self.status.setText(self.tr("%1 rows of %2 tables moved to %3; the counts of every table are equal.")
                            .replace("%1", f"{self.report.rows:,}").replace("%2", str(len(self.report.tables)))
                            .replace("%3", isolate_ltr(self.report.target)))
        self._update()

    def on_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.job = None
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(exc, self))
        self._update()
