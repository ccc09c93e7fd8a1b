"""Moving an office's SQLite file into a PostgreSQL database: every table in one transaction, then the counts checked.

The target must be a new, empty database (the role needs the right to create tables in it); it is migrated to the
schema of this version first. Rows are copied table by table in the order of their foreign keys, through
SQLAlchemy's types, so dates, JSON and booleans arrive as PostgreSQL's own types. Self-references (a merged
person, a task's series) are written after their table is complete. The search index is built on the server from
the copied rows and every id sequence is moved past the copied ids. Any failure, a refused row or a count that
differs rolls the whole move back: the server database stays empty and the file is never written to.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, insert, null, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.types import JSON

from crm_desktop.db import migrate, postgres, search_index
from crm_desktop.db.database import Database, open_database
from crm_desktop.errors import (
    CancelledError,
    ConflictError,
    DatabaseOpenError,
    PermissionDeniedError,
    ValidationError,
)
from crm_desktop.models import Base
from crm_desktop.services.progress import NO_PROGRESS, Progress

BATCH = 5_000
# Rows the migrations write themselves (the change counter's single row): replaced by the file's own.
_SEEDED_BY_MIGRATIONS = {"change_counter"}
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TableCount:
    """Rows of one table in the file and, after the move, on the server."""

    table: str
    source: int
    target: int


@dataclass(frozen=True)
class MoveReport:
    """What a move copied: the counts per table (all equal, or the move was rolled back) and how long it took."""

    target: str  # the server database's URL without its password
    tables: tuple[TableCount, ...]
    rows: int
    search_rows: int
    seconds: float


def move_to_postgres(source: Database, url: str, progress: Progress = NO_PROGRESS, *,
                     password: str = "") -> MoveReport:
    """Copy every table of the open SQLite database `source` into the empty PostgreSQL database at `url`.

    Only an administrator may move the data (when the file has users who log in).
    """
    if source.actor is not None and source.actor.role != "admin":
        raise PermissionDeniedError("Only an administrator may move the database to a server.")
    if not source.is_sqlite:
        raise ValidationError("Only a database file can be moved to a server; this one is on a server already.")
    url = _with_password(url, password)
    if migrate.current_revision(source.engine) != migrate.head_revision():
        raise ValidationError("The file's schema is not this version's; open it with this version first.")
    started = time.perf_counter()
    progress.step(0, 1, "Connecting to the server")
    target = open_database(url)   # migrates a new database to this version's schema
    try:
        tables = list(Base.metadata.sorted_tables)
        with source.engine.connect() as src, target.engine.connect() as dst:
            # One read transaction on the file: the copy is one consistent moment even if someone writes to it.
            with src.begin(), dst.begin():
                _refuse_non_empty(dst, tables)
                counts = {t.name: int(src.execute(select(func.count()).select_from(t)).scalar() or 0)
                          for t in tables}
                total, done = sum(counts.values()), 0
                for table in tables:
                    done = _copy_table(src, dst, table, counts[table.name], done, total, progress)
                progress.step(total, total, "Building the search index")
                postgres.sync_sequences(dst, [t.name for t in tables])
                search_rows = search_index.rebuild(dst)
                progress.step(total, total, "Checking the counts")
                checked = tuple(TableCount(t.name, counts[t.name],
                                           int(dst.execute(select(func.count()).select_from(t)).scalar() or 0))
                                for t in tables)
                wrong = [c for c in checked if c.source != c.target]
                if wrong:
                    raise ConflictError("The copy does not hold what the file holds (" + ", ".join(
                        f"{c.table}: {c.source:,} in the file, {c.target:,} on the server" for c in wrong)
                        + "); nothing was moved.")
                postgres.analyze(dst, [t.name for t in tables] + [search_index.SEARCH_TABLE])
                progress.step(total, total, "Saving on the server")
    except (DatabaseOpenError, ValidationError, ConflictError, CancelledError, PermissionDeniedError):
        raise
    except Exception as exc:
        raise DatabaseOpenError(f"The move to {postgres.safe_url(url)} failed and was undone: "
                                f"{postgres.first_line(exc)}") from exc
    finally:
        target.close()
    report = MoveReport(target=postgres.safe_url(url), tables=checked, rows=total, search_rows=search_rows,
                        seconds=time.perf_counter() - started)
    _log.info("Moved %s rows of %s tables to %s in %.1f s", report.rows, len(report.tables), report.target,
              report.seconds)
    return report


def check_server(url: str, password: str = "") -> str:
    """Connect to the server database at `url` (with `password` if given); its PostgreSQL version.

    DatabaseOpenError tells why it failed (wrong password, unknown host, no such database...).
    """
    return postgres.server_version(_with_password(url, password))


def remember_server(url: str, password: str = "") -> tuple[str, Path | None]:
    """The URL to keep in Settings, without a password: the password goes to PostgreSQL's own password file
    (~/.pgpass, on Windows %APPDATA%\\postgresql\\pgpass.conf), readable by this user only. Returns the URL and
    that file (None when there was no password)."""
    return postgres.store_password(_with_password(url, password))


def _with_password(url: str, password: str) -> str:
    url = url.strip()
    if not postgres.is_postgres_url(url):
        raise ValidationError(
            "The server's address must be a PostgreSQL URL, such as postgresql+psycopg://user@host/crm.")
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ValidationError("The server's address is not a valid URL; write it as "
                              "postgresql+psycopg://user@host/crm.") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")   # the driver this app ships with
    if password:
        parsed = parsed.set(password=password)
    return parsed.render_as_string(hide_password=False)


def _refuse_non_empty(dst: Connection, tables: Sequence[Table]) -> None:
    """A move goes into an empty database only: merging two offices' data is not what this does."""
    filled = []
    for table in tables:
        if table.name in _SEEDED_BY_MIGRATIONS:
            continue
        if dst.execute(select(func.count()).select_from(table)).scalar():
            filled.append(table.name)
    if filled:
        raise ValidationError(
            "The server database is not empty (it has rows in " + ", ".join(filled[:5])
            + (", ..." if len(filled) > 5 else "") + "). Move into a new, empty database; nothing was changed.")
    for name in _SEEDED_BY_MIGRATIONS:
        dst.execute(Base.metadata.tables[name].delete())


def _copy_table(src: Connection, dst: Connection, table: Table, count: int, done: int, total: int,
                progress: Progress) -> int:
    """Copy one table in batches; columns referring to the same table are filled in once all its rows exist."""
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    # SQL NULL stays NULL: SQLAlchemy would otherwise write None into a JSON column as the JSON value null.
    json_nullable = [c.name for c in table.columns if isinstance(c.type, JSON) and c.nullable]
    order = list(table.primary_key.columns) or list(table.columns)
    later: list[dict[str, Any]] = []
    result = src.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
    for batch in result.mappings().partitions(BATCH):
        rows = [dict(r) for r in batch]
        for row in rows:
            for name in json_nullable:
                if row[name] is None:
                    row[name] = null()
            if self_refs:
                refs = {name: row[name] for name in self_refs if row[name] is not None}
                if refs:
                    later.append({"_id": row["id"], **refs})
                    for name in refs:
                        row[name] = None
        dst.execute(insert(table), rows)
        done += len(rows)
        progress.step(done, total, f"{table.name}: {done:,} of {total:,} rows")
    for name in self_refs:
        pending = [{"_id": r["_id"], "_v": r[name]} for r in later if name in r]
        if pending:
            dst.execute(update(table).where(table.c.id == bindparam("_id")).values({name: bindparam("_v")}),
                        pending)
    if not count:
        progress.step(done, total, table.name)
    return done
