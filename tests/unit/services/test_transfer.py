"""Moving a database file into PostgreSQL: every row arrives, the counts are checked, and any failure undoes it all."""

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, func, select, text, update
from sqlalchemy.engine import make_url

from crm_desktop.db import migrate
from crm_desktop.db.database import Database, open_database
from crm_desktop.errors import CancelledError, DatabaseOpenError, ValidationError
from crm_desktop.models import Base, ImportItem, ImportRun, Person, Task
from crm_desktop.services.contacts import ContactService, PersonInput
from crm_desktop.services.demo import generate_demo
from crm_desktop.services.progress import Progress
from crm_desktop.services.search import SearchService
from crm_desktop.services.transfer import move_to_postgres
from tests.postgres_server import PostgresServer

# The source of a move is a file: these tests open a server database of their own as the target.
pytestmark = [pytest.mark.sqlite_only("the source of a move is a database file"), pytest.mark.postgresql]

QUERIES = ["an", "anna", "van der", "smith", "gmbh", "example", "+31", "020", "ivan", "москва", "b", "zz", "de j"]


@pytest.fixture
def target(pg_server: PostgresServer) -> Iterator[str]:
    """A new, empty database on the server: what an administrator creates for the move."""
    url = pg_server.create_database(empty=True)
    yield url
    pg_server.drop_database(url)


def counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as conn:
        return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
                for t in Base.metadata.sorted_tables}


@pytest.fixture
def filled(db: Database) -> Database:
    """A file with demo data, a merge pointing at a later person, a task series and an import with no old values."""
    generate_demo(db, contacts=150, deals=40, seed=4)
    service = ContactService(db)
    merged = service.create_person(PersonInput(first_name="Merged", last_name="Earlier")).id
    survivor = service.create_person(PersonInput(first_name="Survivor", last_name="Later")).id
    with db.session() as s:
        s.execute(update(Person).where(Person.id == merged).values(merged_into_id=survivor))
        first_task = s.scalar(select(func.min(Task.id)))
        last_task = s.scalar(select(func.max(Task.id)))
        s.execute(update(Task).where(Task.id == first_task).values(series_id=last_task))
        run = ImportRun(file_name="people.csv", file_sha1="0" * 40, kind="person")
        s.add(run)
        s.flush()
        s.add(ImportItem(run_id=run.id, entity="person", entity_id=merged, action="created", version_after=1,
                         old_values=None))
    return db


def test_a_move_copies_every_row_and_checks_every_count(filled: Database, target: str) -> None:
    before = counts(filled)
    steps: list[str] = []

    report = move_to_postgres(filled, target, Progress(lambda done, total, text: steps.append(text)))

    server = open_database(target)
    try:
        assert counts(server) == before
        assert {c.table: (c.source, c.target) for c in report.tables} == {k: (v, v) for k, v in before.items()}
        assert report.rows == sum(before.values())
        assert report.search_rows == before["persons"] + before["companies"] - _deleted(filled)
        assert f":{make_url(target).password}@" not in report.target   # no password in the report
        assert "Checking the counts" in steps
        with server.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM persons WHERE merged_into_id > id")).scalar() == 1
            assert conn.execute(text("SELECT count(*) FROM tasks WHERE series_id > id")).scalar() >= 1
            # SQL NULL stayed NULL; it did not become the JSON value null.
            assert conn.execute(text("SELECT count(*) FROM import_items WHERE old_values IS NULL")).scalar() == 1
            assert migrate.current_revision(server.engine) == migrate.head_revision()
        for query in QUERIES:
            assert _found(server, query) == _found(filled, query), query
        # The sequences follow the copied ids: the next person gets the next id.
        new = ContactService(server).create_person(PersonInput(first_name="First", last_name="On the server"))
        assert new.id == max(r[0] for r in _ids(filled, "persons")) + 1
    finally:
        server.close()


def _deleted(database: Database) -> int:
    with database.engine.connect() as conn:
        return int(conn.execute(text("SELECT (SELECT count(*) FROM persons WHERE deleted_at IS NOT NULL) + "
                                     "(SELECT count(*) FROM companies WHERE deleted_at IS NOT NULL)")).scalar() or 0)


def _ids(database: Database, table: str) -> list[tuple[int]]:
    with database.engine.connect() as conn:
        return [(int(r[0]),) for r in conn.execute(text(f"SELECT id FROM {table}"))]


def _found(database: Database, query: str) -> list[tuple[str, int]]:
    return [(h.kind, h.id) for h in SearchService(database).search(query, limit=500)]


def test_a_server_database_with_rows_is_refused_and_left_as_it_was(filled: Database,
                                                                     pg_server: PostgresServer) -> None:
    url = pg_server.create_database()   # migrated and holding the starting lists: not empty
    try:
        server = open_database(url)
        before = counts(server)
        server.close()

        with pytest.raises(ValidationError, match="not empty"):
            move_to_postgres(filled, url)

        server = open_database(url)
        assert counts(server) == before
        server.close()
    finally:
        pg_server.drop_database(url)


def test_cancel_part_way_leaves_the_server_database_empty(filled: Database, target: str) -> None:
    seen: list[str] = []

    def step(done: int, total: int, text: str) -> None:
        seen.append(text)
        if text.startswith("persons"):
            progress.cancel()

    progress = Progress(step)
    with pytest.raises(CancelledError):
        move_to_postgres(filled, target, progress)

    server = open_database(target)
    try:
        after = counts(server)
        assert any(s.startswith("companies") for s in seen)   # companies had been copied when it was cancelled
        assert after == {name: (1 if name == "change_counter" else 0) for name in after}
    finally:
        server.close()


def test_a_row_the_server_refuses_undoes_the_whole_move(filled: Database, target: str) -> None:
    # SQLite stores a name longer than its column allows; PostgreSQL refuses it.
    with filled.engine.begin() as conn:
        conn.execute(text("UPDATE persons SET first_name = :long WHERE id = (SELECT max(id) FROM persons)"),
                     {"long": "x" * 500})

    with pytest.raises(DatabaseOpenError, match="failed and was undone: value too long"):
        move_to_postgres(filled, target)

    server = open_database(target)
    try:
        assert counts(server)["persons"] == 0
        assert counts(server)["companies"] == 0
    finally:
        server.close()


def test_only_a_file_moves_and_only_to_postgresql(filled: Database, target: str) -> None:
    with pytest.raises(ValidationError, match="PostgreSQL URL"):
        move_to_postgres(filled, "mysql://user@host/crm")
    server = open_database(target)
    try:
        with pytest.raises(ValidationError, match="on a server already"):
            move_to_postgres(server, target)
    finally:
        server.close()
    engine = create_engine(target)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM persons")).scalar() == 0
    engine.dispose()
