"""A PostgreSQL server for the tests: one migrated template database per run, a clean database for every test.

The server is named by the CRM_TEST_PG environment variable, a SQLAlchemy URL of a role that may create
databases (`./dev test` starts a local server and sets it). Without it, or when the server does not answer, the
PostgreSQL variants of the tests are skipped with the reason.

Copying the template for every test costs 0.4-1 s (most of it the system catalogs each database carries), so the
service tests share one copy that is put back to the template's rows before each test: its tables emptied, the
starting lists copied back from a snapshot schema and the sequences reset, in one transaction (~30 ms). A test that
changed the schema (a trigger, a downgrade) leaves a different catalog fingerprint; the copy is then dropped and
the next test gets a new one, so no test sees another's leftovers.
"""

from __future__ import annotations

import itertools
import os
import uuid
from typing import Any

from sqlalchemy.engine import URL, make_url

from crm_desktop.db.database import open_database
from crm_desktop.models import Base
from crm_desktop.services import defaults

PG_ENV = "CRM_TEST_PG"
NO_SERVER = (f"no PostgreSQL server for the tests: set {PG_ENV}="
             "postgresql+psycopg://USER:PASSWORD@localhost/postgres (./dev test starts one and sets it)")
SNAPSHOT = "crm_test_snapshot"
# What a test could change besides rows: columns and indexes, triggers, functions of its own, the schema version.
_FINGERPRINT = """
SELECT md5(string_agg(x, ',' ORDER BY x)) FROM (
  SELECT c.relname || '.' || a.attname || ':' || a.atttypid::text AS x
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
   WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped
  UNION ALL SELECT 'trigger:' || tgname FROM pg_trigger WHERE NOT tgisinternal
  UNION ALL SELECT 'function:' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
  UNION ALL SELECT 'revision:' || version_num FROM alembic_version) found
"""


def _conninfo(url: URL) -> str:
    """The libpq form of a SQLAlchemy URL, for psycopg's own connections (CREATE DATABASE needs autocommit)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class PostgresServer:
    """Creates, resets and drops the throw-away databases of one test run on one server."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        # Several test runs may share the server (helpers, CI jobs): every name is unique to this run.
        self.prefix = f"crm_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.template = f"{self.prefix}_template"
        self._numbers = itertools.count(1)
        self._template_ready = False
        self._fingerprint = ""
        self._reset_sql = ""
        self._shared: str | None = None

    def _connect(self, database: str | None = None) -> Any:
        import psycopg

        url = self.url if database is None else self.url.set(database=database)
        return psycopg.connect(_conninfo(url), autocommit=True, connect_timeout=5)

    def _admin(self, sql: str) -> None:
        with self._connect() as conn:
            conn.execute(sql)

    def check(self) -> str | None:
        """None when the server answers, else why not."""
        try:
            self._admin("SELECT 1")
        except Exception as exc:  # noqa: BLE001 - any failure to connect means: skip the PostgreSQL variants
            return f"the PostgreSQL server of {PG_ENV} does not answer ({str(exc).strip().splitlines()[0]})"
        return None

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def _ensure_template(self) -> None:
        if self._template_ready:
            return
        self._admin(f"CREATE DATABASE {_quoted(self.template)}")
        # Migrated and filled with the starting lists once: copying or resetting takes a fraction of migrating.
        database = open_database(self.url_of(self.template))
        try:
            defaults.ensure_defaults(database, "en")
        finally:
            database.close()
        with self._connect(self.template) as conn:
            self._reset_sql = self._snapshot(conn)
            self._fingerprint = conn.execute(_FINGERPRINT).fetchone()[0]
        self._template_ready = True

    def _snapshot(self, conn: Any) -> str:
        """Keep the template's rows in a schema of their own; return the script that puts a copy back to them."""
        public = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        ordered = [t.name for t in Base.metadata.sorted_tables if t.name in public]
        others = sorted(public - set(ordered) - {"alembic_version"})   # the search index
        conn.execute(f"CREATE SCHEMA {SNAPSHOT}")
        filled = []
        for table in ordered + others:
            if conn.execute(f"SELECT EXISTS (SELECT 1 FROM public.{_quoted(table)})").fetchone()[0]:
                conn.execute(f"CREATE TABLE {SNAPSHOT}.{_quoted(table)} AS TABLE public.{_quoted(table)}")
                filled.append(table)
        statements = ["SET lock_timeout = '5s'", "BEGIN"]
        statements += [f"DELETE FROM public.{_quoted(t)}" for t in [*others, *reversed(ordered)]]
        statements += [f"INSERT INTO public.{_quoted(t)} SELECT * FROM {SNAPSHOT}.{_quoted(t)}" for t in filled]
        for schema, sequence, last in conn.execute(
                "SELECT schemaname, sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'"):
            name = f"{_quoted(schema)}.{_quoted(sequence)}"
            statements.append(f"SELECT setval('{name}', {last}, true)" if last is not None
                              else f"SELECT setval('{name}', 1, false)")
        statements.append("COMMIT")
        return ";\n".join(statements)

    def create_database(self, *, empty: bool = False) -> str:
        """A new database of the test's own: a copy of the migrated template, or an empty one; returns its URL."""
        name = f"{self.prefix}_{next(self._numbers)}"
        if empty:
            self._admin(f"CREATE DATABASE {_quoted(name)}")
        else:
            self._ensure_template()
            self._admin(f"CREATE DATABASE {_quoted(name)} TEMPLATE {_quoted(self.template)}")
        return self.url_of(name)

    def clean_database(self) -> str:
        """The shared database, put back to the template's rows; a new copy if a test changed its schema."""
        self._ensure_template()
        if self._shared is not None:
            try:
                with self._connect(make_url(self._shared).database) as conn:
                    if conn.execute(_FINGERPRINT).fetchone()[0] == self._fingerprint:
                        conn.execute(self._reset_sql)
                        return self._shared
            except Exception:  # noqa: BLE001 - a lock left by a test's stray connection: start afresh instead
                pass
            self.drop_database(self._shared)
        self._shared = self.create_database()
        return self._shared

    def drop_database(self, url: str) -> None:
        # FORCE ends the connections a test left open (a worker thread's); it needs pg_signal_backend when one of
        # them is the server's own autovacuum.
        self._admin(f"DROP DATABASE IF EXISTS {_quoted(str(make_url(url).database))} WITH (FORCE)")
        if url == self._shared:
            self._shared = None

    def close(self) -> None:
        if self._shared is not None:
            self.drop_database(self._shared)
        if self._template_ready:
            self.drop_database(self.url_of(self.template))
