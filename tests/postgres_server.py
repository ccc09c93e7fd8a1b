"""A PostgreSQL server for the tests: one migrated template database per run, a fresh copy of it per test.

The server is named by the CRM_TEST_PG environment variable, a SQLAlchemy URL of a role that may create
databases (`./dev test` starts a local server and sets it). Without it, or when the server does not answer, the
PostgreSQL variants of the tests are skipped with the reason.
"""

from __future__ import annotations

import itertools
import os
import uuid
from concurrent.futures import Future, ThreadPoolExecutor

from sqlalchemy.engine import URL, make_url

from crm_desktop.db.database import open_database
from crm_desktop.services import defaults

PG_ENV = "CRM_TEST_PG"
NO_SERVER = (f"no PostgreSQL server for the tests: set {PG_ENV}="
             "postgresql+psycopg://USER:PASSWORD@localhost/postgres (./dev test starts one and sets it)")


def _conninfo(url: URL) -> str:
    """The libpq form of a SQLAlchemy URL, for psycopg's own connections (CREATE DATABASE needs autocommit)."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class PostgresServer:
    """Creates and drops the throw-away databases of one test run on one server."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        # Several test runs may share the server (helpers, CI jobs): every name is unique to this run.
        self.prefix = f"crm_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.template = f"{self.prefix}_template"
        self._numbers = itertools.count(1)
        self._template_ready = False
        # Copying the template takes ~0.4 s (most of it the system catalogs every database has): the next test's
        # copy is made on a thread while the current test runs, and drops happen there too.
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-test-databases")
        self._spare: Future[str] | None = None

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(_conninfo(self.url), autocommit=True, connect_timeout=5) as conn:
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
        self._admin(f'CREATE DATABASE "{self.template}"')
        # Migrated and filled with the starting lists once: copying a template takes a fraction of migrating.
        database = open_database(self.url_of(self.template))
        try:
            defaults.ensure_defaults(database, "en")
        finally:
            database.close()
        self._template_ready = True

    def create_database(self, *, empty: bool = False) -> str:
        """A new database: a copy of the migrated template, or an empty one; returns its URL."""
        if empty:
            name = f"{self.prefix}_{next(self._numbers)}"
            self._admin(f'CREATE DATABASE "{name}"')
            return self.url_of(name)
        self._ensure_template()
        url = self._spare.result() if self._spare is not None else self._copy_template()
        self._spare = self._worker.submit(self._copy_template)
        return url

    def _copy_template(self) -> str:
        name = f"{self.prefix}_{next(self._numbers)}"
        self._admin(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        return self.url_of(name)

    def drop_database(self, url: str) -> None:
        """Drop a test's database (on the worker thread: the next test need not wait for it)."""
        self._worker.submit(self._drop, make_url(url).database)

    def _drop(self, name: str | None) -> None:
        # FORCE ends the connections a test left open (a worker thread's); it needs pg_signal_backend when one of
        # them is the server's own autovacuum.
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        if self._spare is not None:
            self.drop_database(self._spare.result())
        if self._template_ready:
            self.drop_database(self.url_of(self.template))
        self._worker.shutdown(wait=True)
