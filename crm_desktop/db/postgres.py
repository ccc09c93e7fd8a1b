"""What only a PostgreSQL server needs: sequences after explicit ids, pg_dump backups and a connection test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

from crm_desktop.errors import DatabaseOpenError

DUMP_SUFFIX = ".dump"
_TIMEOUT_S = 10


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql:", "postgresql+", "postgres:"))


def sync_sequences(conn: Connection, tables: Iterable[str] | None = None) -> None:
    """Move each table's id sequence past its largest id, after rows were written with explicit ids.

    SQLite takes the next id from the table itself; PostgreSQL from a sequence that explicit ids do not move, so
    the next ordinary insert would collide with them. Tables without a serial id are skipped.
    """
    if conn.dialect.name != "postgresql":
        return
    serial = [r[0] for r in conn.execute(text(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND column_name = 'id' AND column_default LIKE 'nextval(%' ORDER BY table_name"))]
    wanted = set(serial if tables is None else tables)
    for table in (t for t in serial if t in wanted):
        sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}).scalar()
        if sequence:
            # is_called=false when the table is empty: the next id is then 1, as on a new database.
            conn.execute(text(f'SELECT setval(:s, COALESCE((SELECT max(id) FROM "{table}"), 0) + 1, false)'),
                         {"s": sequence})


def analyze(conn: Connection, tables: Iterable[str]) -> None:
    """Refresh the planner's statistics of these tables after a bulk write.

    Until autovacuum gets to them, a table filled in one go looks empty to the planner, which then reads it whole
    instead of using the search and trigram indexes (a picker's search: 275 ms before, 19 ms after, at 20,000
    people). The tables are named: a plain ANALYZE also visits the shared catalogs an ordinary role may not.
    """
    if conn.dialect.name == "postgresql":
        names = ", ".join(f'"{t}"' for t in tables)
        if names:
            conn.exec_driver_sql(f"ANALYZE {names}")


def server_version(url: str) -> str:
    """Connect to the server of `url` and return its version; DatabaseOpenError with the reason if that fails."""
    engine = create_engine(url, connect_args={"connect_timeout": _TIMEOUT_S})
    try:
        with engine.connect() as conn:
            version = str(conn.execute(text("SHOW server_version")).scalar())
    except Exception as exc:  # noqa: BLE001 - every failure to connect is told to the user as it is
        raise DatabaseOpenError(f"Cannot connect to {safe_url(url)}: {first_line(exc)}") from exc
    finally:
        engine.dispose()
    return version.split()[0]


def safe_url(url: str | URL) -> str:
    """The URL without its password, for messages and logs."""
    return make_url(url).render_as_string(hide_password=True)


def first_line(exc: BaseException) -> str:
    """The driver's message without SQLAlchemy's SQL echo and background link."""
    original = getattr(exc, "orig", None) or exc
    lines = str(original).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def pgpass_path() -> Path:
    """PostgreSQL's own password file, where psql and every libpq program look (PGPASSFILE overrides it)."""
    named = os.environ.get("PGPASSFILE")
    if named:
        return Path(named)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", str(Path.home()))) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _pgpass_field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def store_password(url: str) -> tuple[str, Path | None]:
    """Move the password out of `url` into the password file; return the URL without it, and the file.

    Settings then hold no password, and the file is readable by its owner only (libpq ignores it otherwise).
    A URL without a password is returned as it is, with None.
    """
    parsed = make_url(url)
    if not parsed.password:
        return url, None
    key = ":".join(_pgpass_field(v) for v in (parsed.host or "localhost", str(parsed.port or 5432),
                                              parsed.database or "*", parsed.username or "*"))
    path = pgpass_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    lines = [line for line in lines if not line.startswith(key + ":")]
    lines.append(f"{key}:{_pgpass_field(str(parsed.password))}")
    part = path.with_name(path.name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    os.replace(part, path)
    # URL.set() leaves a None unchanged, so the tuple's own _replace drops the password.
    return parsed._replace(password=None).render_as_string(hide_password=False), path


def pg_dump_path() -> str | None:
    return shutil.which("pg_dump")


def dump(engine: Engine, target: Path) -> Path:
    """Back up the server database behind `engine` into `target` with pg_dump (custom format, compressed).

    Written to a temporary name and renamed, so a failed dump never leaves a file that looks like a backup.
    """
    program = pg_dump_path()
    if program is None:
        raise DatabaseOpenError(
            "Cannot back up the server database: pg_dump was not found. Install the PostgreSQL client tools "
            "(Debian/Ubuntu: apt install postgresql-client; Windows: the PostgreSQL installer's command line "
            "tools) or back up on the server.")
    url = engine.url
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)   # not on the command line, where other users could read it
    args = [program, "--format=custom", "--no-owner", "--file", str(target.with_name(target.name + ".part"))]
    for option, value in (("--host", url.host), ("--port", url.port), ("--username", url.username)):
        if value:
            args += [option, str(value)]
    args.append(str(url.database or ""))
    part = target.with_name(target.name + ".part")
    try:
        done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=3600, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        part.unlink(missing_ok=True)
        raise DatabaseOpenError(f"pg_dump did not finish: {exc}") from exc
    if done.returncode != 0:
        part.unlink(missing_ok=True)
        message = (done.stderr or done.stdout).strip().splitlines()
        raise DatabaseOpenError(f"pg_dump failed: {message[-1] if message else done.returncode}")
    os.replace(part, target)
    return target
