"""Who works in the file, and the poll that tells an open window that somebody else changed something.

Two Database objects on one real file play two PCs; a third connection holds locks like another program would."""

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from crm_desktop.db import database as database_module
from crm_desktop.db.database import Actor, Database, open_database
from crm_desktop.db.shared_file import MaintenanceNotice, maintenance_notice, publish_notice
from crm_desktop.models import Person, User
from crm_desktop.models.base import utcnow
from crm_desktop.models.sharing import Workstation
from crm_desktop.services import defaults
from crm_desktop.services.presence import PresenceService, poll


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """A second user's app on the same database (the same file, or the same server database)."""
    second = open_database(db.path or db.engine.url.render_as_string(hide_password=False))
    yield second
    second.close()


def _add_user(db: Database, login: str, name: str, role: str = "manager") -> int:
    with db.session() as s:
        user = User(login=login, full_name=name, role=role)
        s.add(user)
        s.flush()
        return user.id


def _rows(db: Database) -> int:
    with db.session(write=False) as s:
        return int(s.scalar(select(func.count()).select_from(Workstation)) or 0)


def test_each_app_sees_the_others_that_joined_but_not_itself(db: Database, other: Database) -> None:
    anna = _add_user(db, "anna", "Anna Jansen")
    boris = _add_user(db, "boris", "Boris Ivanov")
    mine, theirs = PresenceService(db), PresenceService(other)
    assert mine.join(anna)
    assert mine.others() == []

    assert theirs.join(boris)

    [seen_by_anna] = mine.others()
    [seen_by_boris] = theirs.others()
    assert seen_by_anna.user_name == "Boris Ivanov"
    assert seen_by_boris.user_name == "Anna Jansen"
    assert seen_by_anna.host
    assert seen_by_anna.pid > 0
    assert seen_by_anna.since <= seen_by_anna.seen_at <= utcnow()


def test_leaving_removes_the_row_and_a_heartbeat_brings_it_back(db: Database, other: Database) -> None:
    mine, theirs = PresenceService(db), PresenceService(other)
    mine.join(None)
    theirs.join(None)

    theirs.leave()
    assert mine.others() == []
    assert _rows(db) == 1

    assert theirs.heartbeat()  # e.g. the PC woke up after somebody cleaned its row away
    assert len(mine.others()) == 1
    assert _rows(db) == 2


def test_an_app_not_seen_for_two_minutes_is_not_listed_and_old_rows_are_cleaned(
    db: Database, other: Database
) -> None:
    mine, theirs = PresenceService(db), PresenceService(other)
    mine.join(None)
    theirs.join(None)
    with db.session() as s:
        s.execute(update(Workstation).where(Workstation.session_uuid == other.session_uuid)
                  .values(seen_at=utcnow() - timedelta(minutes=3)))
    assert mine.others() == []
    assert _rows(db) == 2

    with db.session() as s:
        s.execute(update(Workstation).where(Workstation.session_uuid == other.session_uuid)
                  .values(seen_at=utcnow() - timedelta(minutes=11)))
    assert mine.heartbeat()

    assert _rows(db) == 1, "a row of an app that crashed long ago is removed"


def test_a_read_only_user_is_listed_too(db: Database, other: Database) -> None:
    viewer = _add_user(db, "viewer", "Vera Viewer", role="read_only")
    other.actor = Actor(user_id=viewer, login="viewer", role="read_only")
    theirs = PresenceService(other)

    assert theirs.join(viewer)
    assert theirs.heartbeat()

    assert [w.user_name for w in PresenceService(db).others()] == ["Vera Viewer"]
    theirs.leave()
    assert PresenceService(db).others() == []


def test_presence_itself_is_not_a_change_others_reload_for(db: Database, other: Database) -> None:
    first = poll(db, None)
    PresenceService(other).join(None)
    PresenceService(other).heartbeat()

    after = poll(db, first.counter)

    assert after.counter == first.counter
    assert not after.changed_by_other


def test_the_poll_says_when_somebody_else_changed_data(db: Database, other: Database) -> None:
    first = poll(db, None)
    assert not first.changed_by_other
    assert first.maintenance is None
    assert not first.busy

    with other.session() as s:
        s.add(Person(first_name="New", last_name="Lead"))
    seen = poll(db, first.counter)
    with db.session() as s:
        s.add(Person(first_name="My", last_name="Own"))
    own = poll(db, seen.counter)
    quiet = poll(db, own.counter)

    assert seen.changed_by_other
    assert seen.counter == first.counter + 1
    assert not own.changed_by_other
    assert own.counter == seen.counter + 1
    assert not quiet.changed_by_other
    assert poll(other, first.counter).changed_by_other, "the other side saw my change"


def test_the_poll_shows_somebody_elses_maintenance_but_not_ones_own(db: Database, other: Database) -> None:
    with maintenance_notice(db.engine, "vacuum", user="Anna", session_uuid=db.session_uuid):
        theirs = poll(other, None)
        mine = poll(db, None)

    assert theirs.maintenance is not None
    assert (theirs.maintenance.what, theirs.maintenance.user) == ("vacuum", "Anna")
    assert theirs.maintenance.describe().startswith("Anna on ")
    assert mine.maintenance is None
    assert poll(other, None).maintenance is None, "the notice is gone when the maintenance ends"


def test_a_notice_left_by_a_crashed_maintenance_goes_stale(db: Database, other: Database) -> None:
    publish_notice(db.engine, MaintenanceNotice("restore", "pc-1", "Anna", utcnow() - timedelta(hours=3), "x"))

    assert poll(other, None).maintenance is None


@pytest.mark.sqlite_only("a file taken whole by a restore exists only on SQLite")
def test_a_poll_while_the_file_is_taken_returns_at_once_with_the_last_notice(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "is_network_path", lambda _path: True)
    restorer = open_database(db_path)
    defaults.ensure_defaults(restorer, "en")
    watcher = open_database(db_path)
    try:
        with maintenance_notice(restorer.engine, "restore", user="Anna", session_uuid=restorer.session_uuid):
            before = poll(watcher, None)
            # The restore holds the whole file now: on a share (rollback journal) nobody can even read.
            holder = sqlite3.connect(db_path, isolation_level=None)
            holder.execute("BEGIN EXCLUSIVE")
            try:
                during = poll(watcher, before.counter)
            finally:
                holder.execute("ROLLBACK")
                holder.close()
        after = poll(watcher, before.counter)
    finally:
        watcher.close()
        restorer.close()

    assert before.maintenance is not None
    assert not before.busy
    assert during.busy
    assert not during.changed_by_other
    assert during.counter == before.counter
    assert during.maintenance == before.maintenance
    assert not after.busy
    assert after.maintenance is None
