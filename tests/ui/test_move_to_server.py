"""File › Move to a PostgreSQL server…: the move runs on the worker, its result or refusal is shown, and the
window can then open the server (its password in the password file, not in the settings)."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from crm_desktop.services.contacts import ContactService, PersonInput
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.server_dialog import MoveToServerDialog
from tests.postgres_server import PostgresServer

pytestmark = pytest.mark.postgresql


@pytest.fixture
def target(pg_server: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    url = pg_server.create_database(empty=True)
    yield url
    pg_server.drop_database(url)


def _fill(qtbot, dialog: MoveToServerDialog, url: str) -> None:  # type: ignore[no-untyped-def]
    parsed = make_url(url)
    qtbot.keyClicks(dialog.url_edit, parsed._replace(password=None).render_as_string(hide_password=False))
    qtbot.keyClicks(dialog.password_edit, str(parsed.password))


def test_the_file_moves_and_the_server_can_be_opened(qtbot, ctx: AppContext, target: str,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    ContactService(ctx.db).create_person(PersonInput(first_name="Moved", last_name="Along"))
    dialog = MoveToServerDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.move_button.isEnabled()   # nothing to move to yet
    _fill(qtbot, dialog, target)

    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)

    assert "the counts of every table are equal" in dialog.status.text()
    assert not dialog.open_button.isHidden()
    assert not dialog.move_button.isEnabled()   # moved once; a second move would be refused anyway
    assert make_url(dialog.server_url).password is None
    assert (tmp_path / "pgpass").read_text(encoding="utf-8").endswith(f":{make_url(target).password}\n")
    engine = create_engine(target)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT last_name FROM persons")).scalars().all() == ["Along"]
    engine.dispose()


def test_a_refused_move_says_why_and_keeps_the_password_out_of_the_file(  # type: ignore[no-untyped-def]
        qtbot, ctx: AppContext, target: str, tmp_path: Path) -> None:
    dialog = MoveToServerDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.url_edit, make_url(target)._replace(password=None).render_as_string(hide_password=False))
    qtbot.keyClicks(dialog.password_edit, "not-the-password")

    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)

    assert "password authentication failed" in dialog.status.text()
    assert "not-the-password" not in dialog.status.text()
    assert dialog.open_button.isHidden()
    assert dialog.move_button.isEnabled()   # correct the password and try again
    assert not (tmp_path / "pgpass").exists()
