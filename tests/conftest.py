"""Fixtures shared by every test: an isolated app home and a fresh migrated database file per test."""

import os

# Before anything can import Qt: widgets in tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import hashlib
import shutil
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from crm_desktop import config
from crm_desktop.db import migrate
from crm_desktop.db.database import Database, open_database
from crm_desktop.services import defaults, pipeline
from tests.postgres_server import NO_SERVER, PG_ENV, PostgresServer


@pytest.fixture(autouse=True)
def app_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every folder of the app into a temporary home, so no test reads or writes the user's files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv(config.HOME_ENV, str(home))
    monkeypatch.delenv(config.DB_ENV, raising=False)
    return home


@pytest.fixture(autouse=True)
def no_document_hook() -> Iterator[None]:
    """The funnel's document hook is process-wide: a test that opened a window or a CLI must not leave it set."""
    yield
    pipeline.register_document_generator(None)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crm.db"


@pytest.fixture
def backups_dir(tmp_path: Path) -> Path:
    return tmp_path / "backups"


# The service tests run on both backends: a fresh SQLite file, and a fresh database on a PostgreSQL server.
BOTH_BACKENDS_UNDER = Path(__file__).parent / "unit" / "services"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only(reason): a service test that needs an SQLite file or SQLite "
                                       "itself; it does not get a PostgreSQL variant")
    config.addinivalue_line("markers", "postgresql: the PostgreSQL variant of a test")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db" not in metafunc.fixturenames or metafunc.definition.get_closest_marker("sqlite_only"):
        return
    if not Path(str(metafunc.definition.path)).is_relative_to(BOTH_BACKENDS_UNDER):
        return
    metafunc.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)],
                         indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Which database the `db` fixture opens: "sqlite" unless the test is parametrized with "postgresql"."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """The PostgreSQL server of CRM_TEST_PG; the test is skipped with the reason when there is none."""
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(NO_SERVER)
    server = PostgresServer(url)
    problem = server.check()
    if problem:
        pytest.skip(problem)
    yield server
    server.close()


@pytest.fixture
def db(backend: str, request: pytest.FixtureRequest, db_path: Path, backups_dir: Path) -> Iterator[Database]:
    """A fresh database, migrated to head and filled with the starting lists, as on a first start.

    A file by default; a new database on the test server for the "postgresql" variant of a service test.
    """
    if backend == "postgresql":
        server: PostgresServer = request.getfixturevalue("pg_server")
        database = open_database(server.clean_database())
        yield database
        database.close()
        return
    database = open_database(db_path, backups_dir=backups_dir)
    defaults.ensure_defaults(database, "en")
    yield database
    database.close()


@pytest.fixture
def colleague_db(db: Database, backups_dir: Path) -> Iterator[Database]:
    """The database of `db` opened a second time, as another user at another PC does: two users, one file."""
    target = db.path if db.path is not None else db.engine.url.render_as_string(hide_password=False)
    other = open_database(target, backups_dir=backups_dir)
    yield other
    other.close()


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """Run `crm-desktop ARGS` in this process; returns the exit status, stdout and stderr."""
    from crm_desktop.cli import main

    def run(*argv: str | Path) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def sha256() -> Callable[[Path], str]:
    """The digest of a file, to prove a refused file was left byte for byte as it was."""
    return file_sha256


@pytest.fixture
def next_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], str]:
    """Stand in for the next release: the real migrations plus one more revision after today's head.

    Only one revision exists so far, so "a database of the previous release" is today's head and the
    app under test runs a copy of the migrations folder with one revision added; the database stays real.
    Call it with the body of that revision's upgrade(); it returns the new head.
    """

    def add(upgrade_body: str) -> str:
        previous = migrate.head_revision()
        folder = tmp_path / "next-release-migrations"
        shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
        revision = "9999_next_release"
        source = f'''"""a revision of a future release, written by the tests"""

import sqlalchemy as sa
from alembic import op

revision = {revision!r}
down_revision = {previous!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
{textwrap.indent(textwrap.dedent(upgrade_body).strip(), "    ")}


def downgrade() -> None:
    op.drop_table("release_notes")
'''
        (folder / "versions" / f"{revision}.py").write_text(source, encoding="utf-8")
        monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
        assert migrate.head_revision() == revision
        return revision

    return add
