"""Reliability: a writer killed with SIGKILL at random moments, 100 times, in WAL and in rollback-journal mode.

The writer (a forked process: it starts in milliseconds) commits transactions of 1 to 12 people in a loop through
the app's Database, and reports a transaction's number on a pipe only after its commit returned. After each kill
the app opens the file (as its next start would: a hot journal or a WAL left by the kill is recovered), then
plain SQLite checks it: the integrity check passes, every reported transaction is there, and no
transaction is there in part (each row says how many rows its transaction wrote).
"""

import multiprocessing
import os
import random
import signal
import sqlite3
import time
from collections import Counter
from pathlib import Path

import pytest

from crm_desktop.db.database import open_database
from crm_desktop.db.shared_file import mark_shared
from crm_desktop.models import Person
from crm_desktop.services import defaults

KILLS = int(os.environ.get("CRM_RELIABILITY_KILLS", "100"))


def _write_until_killed(path: str, report_fd: int, first: int, seed: int) -> None:
    """The child: commit, then report; forever (until the parent kills it)."""
    rnd = random.Random(seed)
    db = open_database(Path(path), quick_check=False)
    number = first
    while True:
        size = rnd.randint(1, 12)
        with db.session() as s:
            s.add_all(
                Person(first_name=f"t{number}", last_name=f"row {i}", city=str(size), notes="n" * rnd.randint(0, 600))
                for i in range(size)
            )
        os.write(report_fd, f"{number}\n".encode())
        number += 1


def _check(path: Path) -> Counter[str]:
    conn = sqlite3.connect(path)  # plain SQLite: it rolls back a hot journal or replays the WAL as any opener would
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT first_name, city, count(*) FROM persons GROUP BY first_name, city").fetchall()
    finally:
        conn.close()
    found: Counter[str] = Counter()
    for name, size, count in rows:
        assert int(size) == count, f"transaction {name} is there in part: {count} of {size} rows"
        found[name] = count
    return found


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_writer_killed_at_random_moments_leaves_an_intact_file_with_every_commit(
    tmp_path: Path, journal: str
) -> None:
    path = tmp_path / "killed.db"
    db = open_database(path)
    defaults.ensure_defaults(db, "en")
    if journal == "delete":
        mark_shared(db.engine)
    db.close()
    fork = multiprocessing.get_context("fork")
    rnd = random.Random(9)
    reported: set[str] = set()
    first = 0
    started = time.monotonic()
    for kill in range(KILLS):
        read_fd, write_fd = os.pipe()
        child = fork.Process(target=_write_until_killed, args=(str(path), write_fd, first, kill))
        child.start()
        os.close(write_fd)
        with os.fdopen(read_fd, "rb", buffering=0) as pipe:
            first_report = pipe.readline()  # the writer is committing now
            assert first_report, f"the writer died before its first commit (exit code {child.exitcode})"
            time.sleep(rnd.uniform(0, 0.12))
            os.kill(child.pid, signal.SIGKILL)
            child.join()
            lines = (first_report + pipe.read()).decode().split()
        assert child.exitcode == -signal.SIGKILL, "the writer was killed, it did not fail on its own"
        reported.update(f"t{n}" for n in lines)
        first = int(lines[-1]) + 1000 if lines else first + 1000
        # The app is the first to open the file after the kill, as on the next start: it recovers the file.
        open_database(path).close()
        found = _check(path)
        missing = reported - set(found)
        assert not missing, f"after kill {kill + 1}, committed transactions are gone: {sorted(missing)[:5]}"
    elapsed = time.monotonic() - started

    reopened = open_database(path)
    try:
        with reopened.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == journal
    finally:
        reopened.close()
    print(f"\n[{journal}] {KILLS} SIGKILLs in {elapsed:.1f} s: {len(reported)} reported commits all present, "
          f"{len(found) - len(reported)} more reached the file as the writer was killed (before its report), "
          "none in part, integrity ok every time")
