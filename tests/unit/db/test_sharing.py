"""One file shared by several users: sync folders, the journal on a share, waiting for the lock, the change counter,
maintenance notices and a share that goes away mid-save. Two Database objects on one file play two PCs."""

import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, func, insert, select, text, update

from crm_desktop.db import database as database_module
from crm_desktop.db import migrate
from crm_desktop.db.database import Database, open_database
from crm_desktop.db.engine import is_network_path, network_fs_of, parse_bsd_mounts, sync_folder_kind
from crm_desktop.db.shared_file import MAINTENANCE_KEY, maintenance_notice, mark_shared
from crm_desktop.errors import DatabaseBusyError, DatabaseLockedError, DatabaseWriteError, MaintenanceError
from crm_desktop.models import Person
from crm_desktop.models.meta import AppSetting
from crm_desktop.models.sharing import ChangeCounter, Workstation
from crm_desktop.services import defaults
from tests.postgres_server import PostgresServer


def _counter(db: Database) -> int:
    with db.session(write=False) as s:
        return int(s.scalar(select(ChangeCounter.value).where(ChangeCounter.id == 1)) or 0)


def _people(db: Database) -> list[str]:
    with db.session(write=False) as s:
        return list(s.scalars(select(Person.first_name).order_by(Person.id)))


def _journal_mode(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    finally:
        conn.close()


@pytest.fixture
def other(db: Database, db_path: Path) -> Iterator[Database]:
    """A second user's app on the same file."""
    second = open_database(db_path)
    yield second
    second.close()


# Sync folders and network paths ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("folders", "kind"),
    [
        ("Dropbox/Office", "Dropbox"),
        ("Dropbox (Contoso)/crm", "Dropbox"),
        ("OneDrive - Contoso/Documents", "OneDrive"),
        ("OneDrive", "OneDrive"),
        ("Google Drive/CRM", "Google Drive"),
        ("GoogleDrive-anna@example.com/My Drive", "Google Drive"),
        ("Library/Mobile Documents/com~apple~CloudDocs/crm", "iCloud Drive"),
        ("iCloud Drive/crm", "iCloud Drive"),
        ("Documents/crm", None),
        ("Mobile Documents/other", None),
    ],
)
def test_sync_folders_are_recognised_by_their_names(tmp_path: Path, folders: str, kind: str | None) -> None:
    folder = tmp_path / folders
    folder.mkdir(parents=True)

    assert sync_folder_kind(folder / "crm.db") == kind


def test_a_dropbox_folder_of_any_name_is_recognised_by_its_marker(tmp_path: Path) -> None:
    root = tmp_path / "Work files"
    (root / "clients" / "2026").mkdir(parents=True)
    plain = tmp_path / "Elsewhere"
    plain.mkdir()
    assert sync_folder_kind(root / "clients" / "2026" / "crm.db") is None

    (root / ".dropbox").write_text("{}", encoding="utf-8")

    assert sync_folder_kind(root / "clients" / "2026" / "crm.db") == "Dropbox"
    assert sync_folder_kind(plain / "crm.db") is None


def test_the_onedrive_folder_named_by_windows_is_recognised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "Company files"
    (root / "Sales").mkdir(parents=True)
    assert sync_folder_kind(root / "Sales" / "crm.db") is None

    monkeypatch.setenv("OneDriveCommercial", str(root))

    assert sync_folder_kind(root / "Sales" / "crm.db") == "OneDrive"
    assert sync_folder_kind(tmp_path / "crm.db") is None


def test_unc_paths_are_network_paths_and_a_temporary_folder_is_not(tmp_path: Path) -> None:
    assert is_network_path(Path("//server/share/crm.db"))
    assert is_network_path(Path("\\\\server\\share\\crm.db"))
    assert not is_network_path(tmp_path / "crm.db")


def test_the_deepest_mount_decides_whether_a_path_is_on_a_network_share() -> None:
    mounts = [("/", "ext4"), ("/mnt/office", "cifs"), ("/mnt/office/local", "ext4"), ("/home", "btrfs"),
              ("/mnt/Sales Team", "nfs4")]

    assert network_fs_of("/mnt/office/crm.db", mounts)
    assert network_fs_of("/mnt/office", mounts)
    assert not network_fs_of("/mnt/office/local/crm.db", mounts)
    assert not network_fs_of("/mnt/officeparty/crm.db", mounts)
    assert not network_fs_of("/home/anna/crm.db", mounts)
    assert network_fs_of("/mnt/Sales Team/crm.db", mounts)


def test_the_mount_table_of_macos_names_smb_and_afp_shares() -> None:
    output = (
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "//anna@nas._smb._tcp.local/Sales on /Volumes/Sales (smbfs, nodev, nosuid, mounted by anna)\n"
        "afp_0TQxyz@server on /Volumes/Old Share (afpfs, nodev, nosuid, mounted by anna)\n"
    )

    mounts = parse_bsd_mounts(output)

    assert ("/Volumes/Sales", "smbfs") in mounts
    assert network_fs_of("/Volumes/Old Share/crm.db", mounts)
    assert not network_fs_of("/Users/anna/crm.db", mounts)


# The journal of a file on a network share --------------------------------------------------------------------


@pytest.fixture
def on_a_share(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files opened from now on count as lying on a network share (no SMB server in the tests)."""
    monkeypatch.setattr(database_module, "is_network_path", lambda _path: True)


def test_a_wal_file_opened_from_a_share_switches_to_the_rollback_journal_and_keeps_every_change(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = open_database(db_path)
    with local.session() as s:
        s.add(Person(first_name="Committed", last_name="Before"))
    # Keep the change in the write-ahead log only, as a crash of the last local user would leave it.
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO persons (uuid, first_name, last_name, status, version, created_at, updated_at) "
                   "VALUES ('u-wal', 'Only', 'InTheLog', 'lead', 1, '2026-01-01', '2026-01-01')")
    local.engine.dispose()
    assert Path(f"{db_path}-wal").stat().st_size > 0
    writer.close()  # the last connection: SQLite checkpoints here, so make the log come back for the test
    assert _journal_mode(db_path) == "wal"

    monkeypatch.setattr(database_module, "is_network_path", lambda _path: True)
    shared = open_database(db_path)
    try:
        assert shared.shared
        with shared.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        assert _people(shared) == ["Committed", "Only"]
    finally:
        shared.close()
    assert db_path.read_bytes()[18] == 1, "the header says: rollback journal"


def test_a_wal_file_in_use_elsewhere_is_not_opened_from_a_share(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `db` is the app on the PC that shares the folder, which opened the file locally, in WAL mode.
    with db.session() as s:
        s.add(Person(first_name="Local", last_name="User"))
    monkeypatch.setattr(database_module, "is_network_path", lambda _path: True)

    with pytest.raises(DatabaseLockedError, match="WAL mode"):
        open_database(db_path)

    assert _journal_mode(db_path) == "wal"
    assert _people(db) == ["Local"]


def test_once_opened_from_a_share_the_file_keeps_the_rollback_journal_everywhere(
    db: Database, db_path: Path
) -> None:
    mark_shared(db.engine)
    db.close()

    again = open_database(db_path)  # a local path now, e.g. on the PC that shares the folder
    try:
        assert again.shared
        with again.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    finally:
        again.close()


# The change counter ------------------------------------------------------------------------------------------


def test_every_saving_transaction_adds_one_to_the_change_counter(db: Database) -> None:
    start = _counter(db)

    with db.session() as s:  # the ORM
        s.add(Person(first_name="Orm", last_name="Write"))
    after_orm = _counter(db)
    with db.session() as s:  # core DML through the session's connection
        s.connection().execute(update(Person.__table__).values(notes="core"))
    after_core = _counter(db)
    with db.session() as s:  # plain SQL
        s.connection().exec_driver_sql("UPDATE persons SET city = 'Delft'")
    after_sql = _counter(db)
    with db.session() as s:  # two writes, one transaction: one step
        s.add(Person(first_name="One", last_name="Step"))
        s.flush()
        s.execute(text("UPDATE persons SET country = 'NL'"))

    assert (after_orm, after_core, after_sql, _counter(db)) == (start + 1, start + 2, start + 3, start + 4)
    with db.session(write=False) as s:
        row = s.execute(select(ChangeCounter.session_uuid)).one()
    assert row.session_uuid == db.session_uuid


def test_reads_failed_saves_and_bookkeeping_leave_the_counter_alone(db: Database) -> None:
    start = _counter(db)

    with db.session():
        pass
    with db.session(write=False) as s:
        s.add(Person(first_name="Read", last_name="Only"))
        s.flush()

    def cancelled() -> None:
        with db.session() as s:
            s.add(Person(first_name="Cancelled", last_name="Save"))
            s.flush()
            raise RuntimeError("cancel")

    with pytest.raises(RuntimeError):
        cancelled()
    with db.session() as s:  # the presence heartbeat's table is not data others reload for
        s.execute(insert(Workstation).values(session_uuid="w-1", host="pc", pid=1, app_version="x"))

    assert _counter(db) == start
    assert _people(db) == []


def test_the_counter_tells_changes_of_others_from_ones_own(db: Database, other: Database) -> None:
    start = _counter(db)
    with db.session() as s:
        s.add(Person(first_name="Mine", last_name="Own"))
    mine = _counter(db)
    with other.session() as s:
        s.add(Person(first_name="Theirs", last_name="Other"))
    theirs = _counter(db)

    assert not db.others_changed(start, mine)
    assert db.others_changed(mine, theirs)
    assert db.others_changed(start, theirs)
    assert other.others_changed(start, mine)
    assert not other.others_changed(mine, theirs)
    assert db.others_changed(theirs, start), "a counter going back means a restore"
    assert not db.others_changed(None, theirs)


# Waiting for another user's lock ------------------------------------------------------------------------------


class _Holder:
    """Another program holding the file's write lock on a connection of its own until told to let go."""

    def __init__(self, path: Path, *, exclusive: bool = False) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.execute("BEGIN EXCLUSIVE" if exclusive else "BEGIN IMMEDIATE")
        self.conn.execute("UPDATE change_counter SET changed_at = changed_at")

    def release(self) -> None:
        self.conn.execute("COMMIT")
        self.conn.close()


def test_a_write_waits_for_another_users_lock_and_says_so(db: Database, db_path: Path) -> None:
    calls: list[bool] = []
    holder = _Holder(db_path)
    told_to_wait = threading.Event()

    def listener(waiting: bool) -> None:
        calls.append(waiting)
        if waiting:
            told_to_wait.set()

    def release_once_waiting() -> None:
        assert told_to_wait.wait(10)
        holder.release()

    db.add_wait_listener(listener)
    releaser = threading.Thread(target=release_once_waiting)
    releaser.start()
    with db.session() as s:
        s.add(Person(first_name="Patient", last_name="Writer"))
    releaser.join()

    assert calls == [True, False]
    assert _people(db) == ["Patient"]
    db.remove_wait_listener(listener)
    with db.session() as s:
        s.add(Person(first_name="No", last_name="Wait"))
    assert calls == [True, False]


def test_a_write_that_waits_too_long_gives_up_and_writes_nothing(db: Database, db_path: Path) -> None:
    calls: list[bool] = []
    db.add_wait_listener(calls.append)
    db.write_patience = 0.5
    holder = _Holder(db_path)
    try:
        with pytest.raises(DatabaseBusyError, match="busy") as refused, db.session() as s:
            s.add(Person(first_name="Impatient", last_name="Writer"))
    finally:
        holder.release()

    assert "locked" not in str(refused.value)
    assert "nothing was changed" in str(refused.value)
    assert calls == [True, False]
    assert _people(db) == []


def test_a_commit_that_must_wait_for_a_reader_is_retried(db_path: Path, on_a_share: None) -> None:
    shared = open_database(db_path)  # the rollback journal: a commit waits for every reader to finish
    defaults.ensure_defaults(shared, "en")
    calls: list[bool] = []
    reader = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM persons").fetchone()  # holds a shared lock until it ends
        told = threading.Event()

        def listener(waiting: bool) -> None:
            calls.append(waiting)
            if waiting:
                told.set()

        def finish_reading() -> None:
            assert told.wait(10)
            reader.execute("COMMIT")

        shared.add_wait_listener(listener)
        finisher = threading.Thread(target=finish_reading)
        finisher.start()
        with shared.session() as s:
            s.add(Person(first_name="After", last_name="Reader"))
        finisher.join()
    finally:
        reader.close()
    try:
        assert calls == [True, False]
        assert _people(shared) == ["After"]
    finally:
        shared.close()


def test_a_read_refused_by_a_lock_is_a_readable_error(db_path: Path, on_a_share: None) -> None:
    shared = open_database(db_path)
    holder = _Holder(db_path, exclusive=True)
    try:
        with pytest.raises(DatabaseBusyError, match="could not be read"), shared.session(
            write=False, quick=True
        ) as s:
            s.scalar(select(func.count()).select_from(Person))
    finally:
        holder.release()
        shared.close()


# Maintenance -------------------------------------------------------------------------------------------------


def test_a_write_during_maintenance_waits_then_names_who_holds_the_file(
    db: Database, other: Database, db_path: Path
) -> None:
    calls: list[bool] = []
    other.add_wait_listener(calls.append)
    other.write_patience = 0.5
    with maintenance_notice(db.engine, "restore", user="Anna", session_uuid=db.session_uuid):
        holder = _Holder(db_path, exclusive=True)
        try:
            with pytest.raises(MaintenanceError) as refused, other.session() as s:
                s.add(Person(first_name="During", last_name="Restore"))
        finally:
            holder.release()
        with db.session(write=False) as s:
            assert s.scalar(select(AppSetting.value).where(AppSetting.key == MAINTENANCE_KEY))["user"] == "Anna"

    assert "Anna on " in str(refused.value)
    assert "restoring the database" in str(refused.value)
    assert calls == [True, False]
    assert _people(other) == []
    with db.session(write=False) as s:
        assert s.scalar(select(AppSetting.value).where(AppSetting.key == MAINTENANCE_KEY)) is None
    with other.session() as s:  # once the maintenance is over, the same save goes through
        s.add(Person(first_name="After", last_name="Restore"))
    assert _people(db) == ["After"]


def test_a_migration_takes_the_file_exclusively(db: Database, db_path: Path, next_release: object) -> None:
    db.close()
    assert callable(next_release)
    next_release('op.create_table("release_notes", sa.Column("id", sa.Integer, primary_key=True))')
    statements: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", record)
    try:
        upgraded = open_database(db_path)
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    upgraded.close()

    assert "BEGIN EXCLUSIVE" in statements
    notices = [st for st in statements if "app_settings" in st and "INSERT" in st]
    assert notices, "the others were told before the migration"
    assert statements.index(notices[0]) < statements.index("BEGIN EXCLUSIVE")


# A share that goes away mid-save ------------------------------------------------------------------------------


def test_a_share_that_disappears_mid_save_rolls_back_and_says_nothing_was_saved(
    tmp_path: Path, on_a_share: None
) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "crm.db"
    shared = open_database(path)
    with shared.session() as s:
        s.add(Person(first_name="Saved", last_name="Before"))
    gone = tmp_path / "share-unreachable"

    def save_while_the_share_goes() -> None:
        with shared.session() as s:
            s.add(Person(first_name="Half", last_name="Written"))
            # The share goes away while the form is saved: SQLite cannot create its journal beside the file.
            os.rename(folder, gone)
            s.flush()

    try:
        with pytest.raises(DatabaseWriteError, match="nothing was saved") as refused:
            save_while_the_share_goes()
    finally:
        if gone.exists():
            os.rename(gone, folder)
    shared.close()

    assert "could not be written" in str(refused.value)
    assert "locked" not in str(refused.value)
    again = open_database(path)
    try:
        assert _people(again) == ["Saved"]
        with again.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        again.close()
    shutil.rmtree(folder)


def _save_with_a_full_disk(path: str, report_fd: int) -> None:
    """In a child process: the disk "fills up" (a file size limit) while a save writes; report what the user saw."""
    import resource
    import signal

    db = open_database(Path(path), quick_check=False)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # then a write past the limit fails with EFBIG, as on a full disk
    limit = Path(path).stat().st_size + 8192
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        with db.session() as s:
            s.add_all(Person(first_name="Big", last_name=str(n), notes="x" * 4000) for n in range(200))
        outcome = "saved"
    except Exception as exc:  # noqa: BLE001 - the parent checks which error the user got
        outcome = f"{type(exc).__name__}: {exc}"
    os.write(report_fd, outcome.encode())
    os._exit(0)


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_full_disk_mid_save_rolls_back_and_says_nothing_was_saved(db: Database, db_path: Path, journal: str) -> None:
    import multiprocessing

    if journal == "delete":
        mark_shared(db.engine)
    with db.session() as s:
        s.add(Person(first_name="Saved", last_name="Before"))
    db.close()
    read_fd, write_fd = os.pipe()
    child = multiprocessing.get_context("fork").Process(target=_save_with_a_full_disk, args=(str(db_path), write_fd))
    child.start()
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as pipe:
        outcome = pipe.read().decode()
    child.join()

    assert outcome.startswith("DatabaseWriteError: "), outcome
    assert "nothing was saved" in outcome
    again = open_database(db_path)
    try:
        assert _people(again) == ["Saved"]
        with again.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        again.close()


def _die_mid_transaction(path: str) -> None:
    """In a child process: write a big transaction in rollback-journal mode and die before its commit."""
    import signal

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA cache_size=1")  # pages spill into the file itself, so the journal is needed to undo them
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO persons (uuid, first_name, last_name, status, version, created_at, updated_at) "
        "VALUES (?, 'Half', 'Written', 'lead', 1, '2026-01-01', '2026-01-01')",
        [(f"half-{n}",) for n in range(3000)],
    )
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_file_left_half_written_by_a_crashed_writer_on_a_share_opens_with_every_commit(
    db: Database, db_path: Path
) -> None:
    import multiprocessing

    mark_shared(db.engine)
    db.close()
    shared = open_database(db_path)  # now in rollback-journal mode, as on a share
    with shared.session() as s:
        s.add(Person(first_name="Committed", last_name="Before"))
    shared.close()
    child = multiprocessing.get_context("fork").Process(target=_die_mid_transaction, args=(str(db_path),))
    child.start()
    child.join()
    assert Path(f"{db_path}-journal").stat().st_size > 0, "the crash left a hot journal"

    again = open_database(db_path)  # the next start of the app
    try:
        assert _people(again) == ["Committed"]
        with again.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        again.close()


@pytest.mark.postgresql
def test_apps_starting_together_on_a_new_server_database_migrate_it_once(pg_server: PostgresServer) -> None:
    url = pg_server.create_database(empty=True)
    together = threading.Barrier(3)

    def start_the_app() -> str:
        together.wait(30)
        opened = open_database(url)
        try:
            with opened.session(write=False) as s:
                return str(s.scalar(text("SELECT version_num FROM alembic_version")))
        finally:
            opened.close()

    try:
        with ThreadPoolExecutor(max_workers=3) as pool:
            revisions = [f.result(timeout=120) for f in [pool.submit(start_the_app) for _ in range(3)]]
    finally:
        pg_server.drop_database(url)

    assert revisions == [migrate.head_revision()] * 3
