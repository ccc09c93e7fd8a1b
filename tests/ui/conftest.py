"""Fixtures for widget tests: an application context over a real database file, and the main window."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crm_desktop.config import AppConfig
from crm_desktop.db.database import Database
from crm_desktop.services import defaults
from crm_desktop.ui.bridge import UiBridge
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.i18n import install_language
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.task_runner import TaskRunner


@pytest.fixture
def ctx(qapp: QApplication, db: Database) -> Iterator[AppContext]:
    install_language(qapp, "en")
    runner = TaskRunner()
    context = AppContext(config=AppConfig.load(), db=db, runner=runner, bridge=UiBridge(), user_id=
                         defaults.current_user_id(db), user_name="tester", language="en")
    yield context
    runner.wait_idle(10_000)
    install_language(qapp, "en")


@pytest.fixture
def window(qtbot, ctx: AppContext) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # The Home panel's figures are computed on the worker; wait for them so no job outlives the test.
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10_000)
    yield win
    ctx.runner.wait_idle(10_000)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the warnings the dialogs show, instead of modal message boxes."""
    shown: list[str] = []

    def warning(_parent: QWidget, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown
