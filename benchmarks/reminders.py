"""Benchmark of the reminder scheduler's start-up: 10,000 future reminders against none, in the same run.

    python benchmarks/reminders.py [--quick]

Row (the same keys as run.py's, plus a note):
  reminders_startup  app_s: the app's start-up to its window (a new process, offscreen Qt, median of 3 runs; 1 with
                     --quick) plus the first check of a new ReminderScheduler (due(), then rebuild(): the earliest
                     pending time from ix_task_reminders_pending, and ONE date job) on a database with 10,000 future
                     reminders; baseline_s: the same start-up plus the same check on a database without any.
                     ratio = app / baseline; target 1.10: 10,000 reminders add at most 10 % to start-up.

The note has the raw figures (medians of 50 checks on each database), the rebuild alone, and SQLite's query plan of
the rebuild's queries, which must read the pending index instead of scanning the table.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event

from crm_desktop.db.database import Database, open_database
from crm_desktop.models import utcnow
from crm_desktop.services.defaults import ensure_defaults
from crm_desktop.services.reminders import DueReminder, ReminderScheduler, ReminderService

REMINDERS = 10_000
CHECKS = 50
TARGET_RATIO = 1.10


def fresh_database(path: Path) -> Database:
    db = open_database(path)
    ensure_defaults(db, "en")
    return db


def add_future_reminders(db: Database, count: int) -> None:
    """`count` open tasks over the coming year, each with one pending reminder 15 minutes before it."""
    from common import raw_connection  # benchmarks/common.py, beside this file

    now = utcnow().replace(microsecond=0)
    raw = raw_connection(db)
    try:
        raw.execute("BEGIN IMMEDIATE")
        for n in range(count):
            due = now + timedelta(minutes=60 + n * 52)   # spread over the next year
            cursor = raw.execute(
                "INSERT INTO tasks (uuid, created_at, updated_at, version, kind, title, due_at, all_day, duration_min,"
                " priority, position) VALUES (?, ?, ?, 1, 'call', ?, ?, 0, 30, 1, 0)",
                (str(uuid.uuid4()), now, now, f"Call back {n}", due))
            raw.execute("INSERT INTO task_reminders (task_id, offset_min, remind_at) VALUES (?, 15, ?)",
                        (cursor.lastrowid, due - timedelta(minutes=15)))
        raw.execute("COMMIT")
    finally:
        raw.close()


def first_check(db: Database) -> float:
    """Seconds of a new scheduler's first check (what start() runs at once), without its thread."""
    delivered: list[list[DueReminder]] = []
    scheduler = ReminderScheduler(db, delivered.append)
    started = time.perf_counter()
    scheduler.check()
    return time.perf_counter() - started


def median_checks(empty: Database, full: Database, runs: int) -> tuple[float, float]:
    """Medians of the first check on both databases, taken in turns so that a busy moment hits both alike."""
    for db in (empty, full):   # warm-up: imports and statement caches of both sides
        first_check(db)
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        times[0].append(first_check(empty))
        times[1].append(first_check(full))
    return statistics.median(times[0]), statistics.median(times[1])


def median_rebuild(db: Database, runs: int) -> float:
    scheduler = ReminderScheduler(db, lambda _due: None)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        scheduler.rebuild()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def query_plans(db: Database) -> list[str]:
    """SQLite's plan of every query next_time() runs."""
    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        ReminderService(db).next_time()
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    plans = []
    with db.engine.connect() as conn:
        for statement, parameters in statements:
            if statement.lstrip().upper().startswith("SELECT"):
                rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
                plans.append("; ".join(str(r[-1]) for r in rows))
    return plans


def startup_seconds(db_path: Path, workdir: Path, runs: int) -> float:
    from run import APP_STARTUP, median_of, timed_subprocess  # benchmarks/run.py: the startup_to_window row's

    home = workdir / "home"
    home.mkdir(exist_ok=True)
    return median_of(runs, lambda: timed_subprocess(APP_STARTUP, [str(db_path)], home))


def rows(quick: bool) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory(prefix="crm-bench-reminders-") as tmp:
        workdir = Path(tmp)
        empty = fresh_database(workdir / "none.db")
        full = fresh_database(workdir / "reminders.db")
        try:
            add_future_reminders(full, REMINDERS)
            full.close()   # closed and opened again, as the app does at its next start
            full = open_database(workdir / "reminders.db")
            check_none, check_full = median_checks(empty, full, CHECKS)
            rebuild_full = median_rebuild(full, CHECKS)
            plans = query_plans(full)
            pending = len(ReminderService(full).upcoming(limit=REMINDERS * 2))
        finally:
            empty.close()
            full.close()
        startup_s = startup_seconds(workdir / "none.db", workdir, 1 if quick else 3)
    app_s = startup_s + check_full
    baseline_s = startup_s + check_none
    note = (f"start-up {startup_s:.3f} s; first check {check_full * 1000:.2f} ms with {pending:,} pending reminders, "
            f"{check_none * 1000:.2f} ms with none (+{(check_full - check_none) * 1000:.2f} ms = "
            f"{(check_full - check_none) / startup_s:.2%} of start-up); rebuild alone {rebuild_full * 1000:.2f} ms; "
            f"plans: {' | '.join(plans)}")
    return [{"name": "reminders_startup", "size": REMINDERS, "app_s": app_s, "baseline_s": baseline_s,
             "ratio": app_s / baseline_s, "target_ratio": TARGET_RATIO, "target_s": None, "note": note}]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Start-up cost of 10,000 future reminders.")
    parser.add_argument("--quick", action="store_true", help="one start-up run instead of three")
    args = parser.parse_args(argv)
    for row in rows(args.quick):
        verdict = "ok" if row["ratio"] <= row["target_ratio"] else "over"
        print(f"{row['name']}  size {row['size']}  app {row['app_s']:.3f} s  baseline {row['baseline_s']:.3f} s  "
              f"ratio {row['ratio']:.4f} (target {row['target_ratio']:.2f}) {verdict}")
        print(f"  {row['note']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
