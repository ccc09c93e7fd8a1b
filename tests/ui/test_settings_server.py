"""Settings: a PostgreSQL server as the database, its connection tested on the worker, its password kept out of
the settings."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPushButton, QRadioButton
from sqlalchemy.engine import make_url

from crm_desktop.config import AppConfig
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.settings_dialog import SettingsDialog
from tests.postgres_server import PostgresServer


@pytest.fixture
def pgpass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(path))
    return path


@pytest.fixture
def server_url(pg_server: PostgresServer) -> Iterator[str]:
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)


def _dialog(qtbot, ctx: AppContext, config: AppConfig | None = None) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(config or ctx.config, "en", runner=ctx.runner)
    qtbot.addWidget(dialog)
    return dialog


def _child(dialog: SettingsDialog, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def _ok(qtbot, dialog: SettingsDialog) -> None:  # type: ignore[no-untyped-def]
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_a_server_is_chosen_and_its_password_goes_to_the_password_file(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                                       pgpass: Path) -> None:
    dialog = _dialog(qtbot, ctx)
    server = _child(dialog, QLineEdit, "serverUrlEdit")
    assert not server.isEnabled()   # a file is the default

    _child(dialog, QRadioButton, "useServerRadio").click()
    assert server.isEnabled()
    assert not dialog.database.isEnabled()
    qtbot.keyClicks(server, "postgresql://anna@db.office.example:5433/crm")
    qtbot.keyClicks(_child(dialog, QLineEdit, "serverPasswordEdit"), "s3cret:x")
    _ok(qtbot, dialog)

    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.choice().database == "postgresql+psycopg://anna@db.office.example:5433/crm"
    assert pgpass.read_text(encoding="utf-8") == "db.office.example:5433:crm:anna:s3cret\\:x\n"


def test_an_address_that_is_no_server_keeps_the_dialog_open_with_the_reason(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                                            pgpass: Path) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.show()
    _child(dialog, QRadioButton, "useServerRadio").click()
    qtbot.keyClicks(_child(dialog, QLineEdit, "serverUrlEdit"), "mysql://anna@db/crm")

    _ok(qtbot, dialog)

    assert dialog.isVisible()
    assert "PostgreSQL URL" in _child(dialog, QLabel, "serverStatusLabel").text()
    assert not pgpass.exists()


def test_a_server_in_the_settings_opens_with_the_server_chosen(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    config = AppConfig(database="postgresql+psycopg://anna@db/crm")

    dialog = _dialog(qtbot, ctx, config)

    assert _child(dialog, QRadioButton, "useServerRadio").isChecked()
    assert _child(dialog, QLineEdit, "serverUrlEdit").text() == "postgresql+psycopg://anna@db/crm"
    assert dialog.database.text() == ""
    _ok(qtbot, dialog)
    assert dialog.choice().database == "postgresql+psycopg://anna@db/crm"


@pytest.mark.postgresql
def test_test_connection_tells_a_wrong_password_and_then_the_server_version(  # type: ignore[no-untyped-def]
        qtbot, ctx: AppContext, server_url: str) -> None:
    parsed = make_url(server_url)
    dialog = _dialog(qtbot, ctx)
    _child(dialog, QRadioButton, "useServerRadio").click()
    qtbot.keyClicks(_child(dialog, QLineEdit, "serverUrlEdit"),
                    parsed._replace(password=None).render_as_string(hide_password=False))
    password = _child(dialog, QLineEdit, "serverPasswordEdit")
    button = _child(dialog, QPushButton, "testConnectionButton")
    status = _child(dialog, QLabel, "serverStatusLabel")

    qtbot.keyClicks(password, "wrong")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: button.isEnabled(), timeout=15_000)
    assert "password authentication failed" in status.text()
    assert "wrong" not in status.text()

    password.clear()
    qtbot.keyClicks(password, str(parsed.password))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: button.isEnabled(), timeout=15_000)
    assert status.text().startswith("Connected: PostgreSQL ")
