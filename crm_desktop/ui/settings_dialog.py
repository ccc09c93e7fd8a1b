"""Settings of this computer: language, theme, the database (a file or a PostgreSQL server) and the backups folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.config import LANGUAGES, THEMES, AppConfig, db_is_url, default_backups_dir, default_database_path
from crm_desktop.db.postgres import pgpass_path
from crm_desktop.errors import CrmError
from crm_desktop.services import transfer
from crm_desktop.ui.i18n import NATIVE_NAMES, db_filter
from crm_desktop.ui.task_runner import TaskRunner
from crm_desktop.ui.tasks.tray import keep_running_in_tray, start_minimized, tray_available

SERVER_PLACEHOLDER = "postgresql+psycopg://user@server/crm"


@dataclass(frozen=True)
class SettingsChoice:
    language: str
    theme: str
    database: str
    backups_dir: str
    keep_in_tray: bool = True
    start_minimized: bool = False


class SettingsDialog(QDialog):
    """Edits a copy of the settings; the caller applies the choice when the dialog is accepted."""

    def __init__(self, config: AppConfig, current_language: str, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        # "Test connection" runs on the app's worker; a dialog opened without one (tests) brings its own.
        self.runner = runner if runner is not None else TaskRunner(self)
        self._server_url = ""   # set on accept: the server's URL as kept in the settings, without a password
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)

        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(current_language))

        self.theme = QComboBox(self)
        self.theme.setObjectName("themeCombo")
        theme_names = {"system": self.tr("As the system"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        for code in THEMES:
            self.theme.addItem(theme_names[code], code)
        self.theme.setCurrentIndex(THEMES.index(config.theme) if config.theme in THEMES else 0)

        on_server = db_is_url(config.database)
        self.database = QLineEdit("" if on_server else config.database, self)
        self.database.setObjectName("databaseEdit")
        self.database.setPlaceholderText(str(default_database_path()))
        self.database.setClearButtonEnabled(True)
        db_browse = QPushButton(self.tr("Browse…"), self)
        db_browse.clicked.connect(self.on_database_browse_clicked)
        self.database_row = self._row(self.database, db_browse)

        # The same app on a PostgreSQL server: its address, and a password that is not kept in the settings.
        self.use_file = QRadioButton(self.tr("A &file (on this computer or in a shared folder)"), self)
        self.use_file.setObjectName("useFileRadio")
        self.use_server = QRadioButton(self.tr("A PostgreSQL &server"), self)
        self.use_server.setObjectName("useServerRadio")
        kind = QButtonGroup(self)
        kind.addButton(self.use_file)
        kind.addButton(self.use_server)
        (self.use_server if on_server else self.use_file).setChecked(True)
        self.server = QLineEdit(config.database if on_server else "", self)
        self.server.setObjectName("serverUrlEdit")
        self.server.setPlaceholderText(SERVER_PLACEHOLDER)
        self.server_password = QLineEdit(self)
        self.server_password.setObjectName("serverPasswordEdit")
        self.server_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_password.setPlaceholderText(self.tr("Only needed once; not kept in the settings"))
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.clicked.connect(self.on_test_button_clicked)
        self.server_status = QLabel(self)
        self.server_status.setObjectName("serverStatusLabel")
        self.server_status.setWordWrap(True)
        self.server_status.setText(self.tr("The password is kept in PostgreSQL's own password file (%1), which "
                                           "only you can read, as psql and pgAdmin do.").replace("%1",
                                                                                                str(pgpass_path())))
        self.server_row = self._row(self.server_password, self.test_button)
        self.use_file.toggled.connect(self.on_use_file_toggled)

        self.backups = QLineEdit(config.backups_dir, self)
        self.backups.setObjectName("backupsEdit")
        self.backups.setPlaceholderText(str(default_backups_dir()))
        self.backups.setClearButtonEnabled(True)
        backups_browse = QPushButton(self.tr("Browse…"), self)
        backups_browse.clicked.connect(self.on_backups_browse_clicked)

        self.keep_in_tray = QCheckBox(self.tr("&Keep running in the tray when the window is closed"), self)
        self.keep_in_tray.setObjectName("keepInTrayCheck")
        self.keep_in_tray.setToolTip(self.tr("Reminders keep coming while the window is closed"))
        self.keep_in_tray.setChecked(keep_running_in_tray(config))
        self.start_minimized = QCheckBox(self.tr("Start &minimized to the tray"), self)
        self.start_minimized.setObjectName("startMinimizedCheck")
        self.start_minimized.setChecked(start_minimized(config))
        # Without a system tray neither can work: say so rather than offer them.
        for check in (self.keep_in_tray, self.start_minimized):
            check.setEnabled(tray_available())

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("Database:"), self.use_file)
        form.addRow(self.tr("&Database file:"), self.database_row)
        form.addRow("", self.use_server)
        form.addRow(self.tr("Server &address:"), self.server)
        form.addRow(self.tr("&Password:"), self.server_row)
        form.addRow("", self.server_status)
        form.addRow(self.tr("&Backups folder:"), self._row(self.backups, backups_browse))
        form.addRow(self.keep_in_tray)
        form.addRow(self.start_minimized)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.on_use_file_toggled(self.use_file.isChecked())

    def _row(self, edit: QLineEdit, button: QPushButton) -> QWidget:
        host = QWidget(self)
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(button)
        return host

    def on_database_browse_clicked(self) -> None:
        start = self.database.text() or str(default_database_path())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), start, db_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.database.setText(path)

    @Slot(bool)
    def on_use_file_toggled(self, checked: bool) -> None:
        self.database_row.setEnabled(checked)
        for widget in (self.server, self.server_row):
            widget.setEnabled(not checked)

    @Slot()
    def on_test_button_clicked(self) -> None:
        url, password = self.server.text().strip(), self.server_password.text()
        self.test_button.setEnabled(False)
        self.server_status.setText(self.tr("Connecting…"))

        def done(version: object) -> None:
            self.test_button.setEnabled(True)
            self.server_status.setText(self.tr("Connected: PostgreSQL %1.").replace("%1", str(version)))

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.server_status.setText(str(exc) if isinstance(exc, CrmError) else
                                       self.tr("The connection failed: %1").replace("%1", str(exc)))

        self.runner.run(lambda _p: transfer.check_server(url, password), done, failed, read_only=True)

    def accept(self) -> None:
        """Keep a server's password in the password file before the dialog closes; a bad address stays open."""
        if self.use_server.isChecked():
            try:
                self._server_url, _file = transfer.remember_server(self.server.text(), self.server_password.text())
            except (CrmError, OSError) as exc:
                self.server_status.setText(str(exc))
                self.server.setFocus()
                return
        super().accept()

    def on_backups_browse_clicked(self) -> None:
        start = self.backups.text() or str(default_backups_dir())
        path = QFileDialog.getExistingDirectory(self, self.tr("Backups folder"), start)
        if path:
            self.backups.setText(path)

    def choice(self) -> SettingsChoice:
        backups = self.backups.text().strip()
        return SettingsChoice(
            language=str(self.language.currentData()),
            theme=str(self.theme.currentData()),
            database=self._server_url if self.use_server.isChecked() else self.database.text().strip(),
            backups_dir=str(Path(backups).expanduser()) if backups else "",
            keep_in_tray=self.keep_in_tray.isChecked(),
            start_minimized=self.start_minimized.isChecked(),
        )
