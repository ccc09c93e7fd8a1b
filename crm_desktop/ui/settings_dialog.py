"""Settings of this computer: language, theme, the database file and the backups folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.config import LANGUAGES, THEMES, AppConfig, default_backups_dir, default_database_path
from crm_desktop.ui.i18n import NATIVE_NAMES, db_filter
from crm_desktop.ui.tasks.tray import keep_running_in_tray, start_minimized, tray_available


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

    def __init__(self, config: AppConfig, current_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

        self.database = QLineEdit(config.database, self)
        self.database.setObjectName("databaseEdit")
        self.database.setPlaceholderText(str(default_database_path()))
        self.database.setClearButtonEnabled(True)
        db_browse = QPushButton(self.tr("Browse…"), self)
        db_browse.clicked.connect(self.on_database_browse_clicked)

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
        form.addRow(self.tr("&Database file:"), self._row(self.database, db_browse))
        form.addRow(self.tr("&Backups folder:"), self._row(self.backups, backups_browse))
        form.addRow(self.keep_in_tray)
        form.addRow(self.start_minimized)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

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
            database=self.database.text().strip(),
            backups_dir=str(Path(backups).expanduser()) if backups else "",
            keep_in_tray=self.keep_in_tray.isChecked(),
            start_minimized=self.start_minimized.isChecked(),
        )
