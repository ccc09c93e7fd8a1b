"""Benchmarks: each operation of the app against the raw library doing the same work, measured in the same run.

    python benchmarks/run.py [--quick] [--json FILE] [--only NAME ...]

Rows:
  demo_generation    generate_demo(contacts=N) into a fresh migrated file, against plain sqlite3.executemany
                     inserting the very same rows into a fresh file with the same schema and the same pragmas.
  startup_to_window  a new process until the main window is shown on an N-contact database, against a new
                     process showing an empty QMainWindow (median of 3 runs each, offscreen Qt).
  funnel_*           benchmarks/funnel.py: the board and a persisted move.
  contacts_list_*    benchmarks/contacts_list.py: opening the Contacts list and scrolling to its end, absolute targets
                     (1 s, 100 ms) with the ratio to raw sqlite3 beside them.
  duplicates_*       benchmarks/duplicates.py: the duplicate check while typing (p95 of 200 inputs, absolute target
                     50 ms, ratio to the raw index lookups beside it) and Find Duplicates over the whole base.
  search_first_page  benchmarks/search.py: p95 of 200 typed prefixes to the first page of 50 hits against raw FTS5
                     MATCH ... LIMIT 50 plus the page's names; targets p95 <= 50 ms (absolute) and ratio <= 3.
  documents_generate benchmarks/documents.py: DocumentService.generate() of a one-page offer with 10 lines (200 times,
                     50 with --quick; DB rows and file included) against raw docxtpl rendering the same template with
                     the same context and saving it; targets >= 30 documents/s (absolute) and ratio <= 1.5.
  import_*           benchmarks/imports.py: ImportService.run() of a 50,000 x 12 workbook against raw python-calamine
                     reading it, and of a 1,000,000-row CSV (100,000 with --quick) against raw csv.reader +
                     sqlite3.executemany of the same rows; targets ratio <= 3 and peak RSS <= 500 MB (in the note).
  reminders_startup  benchmarks/reminders.py: start-up to the window plus the reminder scheduler's first check with
                     10,000 future reminders, against the same with none; target ratio <= 1.10.
  export_xlsx_100k   benchmarks/exports.py: 100,000 contacts to .xlsx (export_records) against raw sqlite3 + openpyxl
                     write-only writing the same cells (queries included on both sides); target ratio <= 1.5.
  report_*           benchmarks/reports.py: each of the nine reports for this year on 1,000,000 deals and 5,000,000
                     activities (50,000 / 250,000 with --quick) against raw sqlite3 computing the same figures;
                     targets 1 s (absolute) and ratio <= 1.5.

The ratio is app / baseline; a row is "ok" when it is at most the target (and its time at most the absolute
target, where a row has both). Nothing here asserts: the numbers
are printed (and written as JSON) for people and CI to compare.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from common import app_pragmas  # benchmarks/common.py, beside this file

from crm_desktop.db.database import open_database
from crm_desktop.models import Base
from crm_desktop.services.demo import generate_demo

FULL_SIZE = 1_000_000
QUICK_SIZE = 50_000
STARTUP_RUNS = 3
SUBPROCESS_TIMEOUT_S = 900


@dataclass
class BenchRow:
    """One line of the report."""

    name: str
    size: int
    app_s: float | None
    baseline_s: float | None
    ratio: float | None
    target_ratio: float | None
    note: str = ""
    target_s: float | None = None  # an absolute target, for rows whose ratio means little

    @property
    def verdict(self) -> str:
        if self.target_ratio is None:
            if self.target_s is None or self.app_s is None:
                return "n/a"
            return "ok" if self.app_s <= self.target_s else "over"
        if self.ratio is None:
            return "n/a"
        within_time = self.target_s is None or (self.app_s is not None and self.app_s <= self.target_s)
        return "ok" if self.ratio <= self.target_ratio and within_time else "over"


ALL_ROWS = ("demo_generation", "startup_to_window", "funnel", "contacts_list", "search", "duplicates", "documents",
            "reminders", "imports", "exports", "reports")


def make_row(name: str, size: int, app_s: float | None, baseline_s: float | None, target: float,
             note: str = "") -> BenchRow:
    ratio = app_s / baseline_s if app_s is not None and baseline_s else None
    return BenchRow(name, size, app_s, baseline_s, ratio, target, note)


# ---- demo_generation -----------------------------------------------------------------------------------------

def raw_connection(path: Path, pragmas: dict[str, object]) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for name, value in pragmas.items():
        conn.execute(f"PRAGMA {name}={value}")
    return conn


def raw_insert_same_rows(source: Path, target: Path, pragmas: dict[str, object]) -> float:
    """Copy every row of `source` into the empty `target` with plain executemany; seconds spent writing.

    Each table is read before its timed insert, so only the writing is measured; one transaction, as the app.
    """
    src = sqlite3.connect(source)
    dst = raw_connection(target, pragmas)
    try:
        started = time.perf_counter()
        dst.execute("BEGIN IMMEDIATE")
        elapsed = time.perf_counter() - started
        for table in Base.metadata.sorted_tables:  # parents before children: foreign keys are checked
            cursor = src.execute(f'SELECT * FROM "{table.name}"')
            columns = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
            if not rows:
                continue
            sql = (f'INSERT INTO "{table.name}" ({", ".join(columns)}) '
                   f'VALUES ({", ".join("?" * len(columns))})')
            started = time.perf_counter()
            dst.executemany(sql, rows)
            elapsed += time.perf_counter() - started
            del rows
        started = time.perf_counter()
        dst.execute("COMMIT")
        elapsed += time.perf_counter() - started
    finally:
        src.close()
        dst.close()
    return elapsed


def bench_demo_generation(size: int, workdir: Path) -> tuple[BenchRow, Path]:
    app_path = workdir / "app.db"
    db = open_database(app_path)
    try:
        pragmas = app_pragmas(db)
        started = time.perf_counter()
        counts = generate_demo(db, contacts=size)
        app_s = time.perf_counter() - started
    finally:
        db.close()
    base_path = workdir / "baseline.db"
    open_database(base_path).close()  # the same migrations: identical tables and indexes
    baseline_s = raw_insert_same_rows(app_path, base_path, pragmas)
    base_path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{base_path}{suffix}").unlink(missing_ok=True)
    note = f"{counts.contacts} contacts, {counts.companies} companies, {counts.deals} deals, " \
           f"{counts.activities} activities, {counts.tasks} tasks"
    return make_row("demo_generation", size, app_s, baseline_s, 3.0, note), app_path


# ---- startup_to_window ---------------------------------------------------------------------------------------

APP_STARTUP = textwrap.dedent("""
    import time
    t0 = time.perf_counter()
    import os, sys
    from crm_desktop.cli import build_parser
    from crm_desktop.app import launch
    args = build_parser().parse_args(["--db", sys.argv[1]])
    app, window = launch(args)
    if window is None:
        sys.exit("launch() opened no window")
    while not window.isVisible():
        app.processEvents()
    print(time.perf_counter() - t0, flush=True)
    os._exit(0)  # the measurement is taken: no need to wait for the app's shutdown
""")

BARE_STARTUP = textwrap.dedent("""
    import time
    t0 = time.perf_counter()
    import os
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([])
    window = QMainWindow()
    window.show()
    while not window.isVisible():
        app.processEvents()
    print(time.perf_counter() - t0, flush=True)
    os._exit(0)
""")


def timed_subprocess(script: str, args: list[str], home: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CRM_DESKTOP_HOME=str(home))
    env.pop("CRM_DESKTOP_DB", None)
    done = subprocess.run([sys.executable, "-c", script, *args], env=env, capture_output=True, text=True,
                          timeout=SUBPROCESS_TIMEOUT_S, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"exit {done.returncode}: {done.stderr.strip()[-2000:]}")
    return float(lines[-1])


def median_of(runs: int, measure: Callable[[], float]) -> float:
    return statistics.median(measure() for _ in range(runs))


def bench_startup(size: int, db_path: Path, workdir: Path) -> BenchRow:
    home = workdir / "home"
    home.mkdir(exist_ok=True)
    baseline_s = median_of(STARTUP_RUNS, lambda: timed_subprocess(BARE_STARTUP, [], home))
    try:
        app_s: float | None = median_of(STARTUP_RUNS,
                                        lambda: timed_subprocess(APP_STARTUP, [str(db_path)], home))
        note = ""
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        app_s, note = None, f"app failed: {str(exc).splitlines()[-1] if str(exc) else exc!r}"
    return make_row("startup_to_window", size, app_s, baseline_s, 3.0, note)


# ---- report --------------------------------------------------------------------------------------------------

def fmt(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def print_table(rows: list[BenchRow]) -> None:
    header = ("name", "size", "app_s", "baseline_s", "ratio", "target", "")
    cells = [header] + [(r.name, str(r.size), fmt(r.app_s), fmt(r.baseline_s), fmt(r.ratio, 2),
                         fmt(r.target_ratio, 1), r.verdict) for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    for row in cells:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths,
                                                                                               strict=True))))
    for r in rows:
        if r.note:
            print(f"  {r.name}: {r.note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmarks of crm-desktop against the raw libraries.")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_SIZE:,} contacts instead of {FULL_SIZE:,}")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the rows as a JSON array")
    parser.add_argument("--only", nargs="+", choices=ALL_ROWS, metavar="NAME",
                        help=f"run only these rows ({', '.join(ALL_ROWS)})")
    args = parser.parse_args(argv)
    size = QUICK_SIZE if args.quick else FULL_SIZE
    wanted = set(args.only or ALL_ROWS)
    rows: list[BenchRow] = []
    with tempfile.TemporaryDirectory(prefix="crm-bench-") as tmp:
        workdir = Path(tmp)
        if "demo_generation" in wanted:
            row, db_path = bench_demo_generation(size, workdir)
            rows.append(row)
            print_table(rows[-1:])
        elif "startup_to_window" in wanted:   # the only other row that needs the demo base
            db_path = workdir / "app.db"
            db = open_database(db_path)
            try:
                generate_demo(db, contacts=size)
            finally:
                db.close()
        if "startup_to_window" in wanted:
            rows.append(bench_startup(size, db_path, workdir))
        if "search" in wanted:
            import search  # benchmarks/search.py: on the demo base just built, else on its cached one

            built = "demo_generation" in wanted or "startup_to_window" in wanted
            for r in search.rows(args.quick, db_path if built else None):
                rows.append(BenchRow(r["name"], r["size"], r["app_s"], r["baseline_s"], r["ratio"],
                                     r["target_ratio"], r.get("note", ""), r["target_s"]))
    if "funnel" in wanted:
        import funnel  # benchmarks/funnel.py, beside this file

        for r in funnel.rows(args.quick):
            rows.append(BenchRow(r["name"], r["size"], r["app_s"], r["baseline_s"], r["ratio"],
                                 r["target_ratio"], r.get("note", ""),
                                 0.05 if r["name"] == "funnel_move_persisted" else None))
    if "contacts_list" in wanted:
        import contacts_list  # benchmarks/contacts_list.py: its own base of N people, cached between runs

        for r in contacts_list.rows(args.quick):
            rows.append(BenchRow(r["name"], r["size"], r["app_s"], r["baseline_s"], r["ratio"], None,
                                 r.get("note", ""), r["target_s"]))
    if "duplicates" in wanted:
        import duplicates  # benchmarks/duplicates.py: a cached demo base of N contacts

        for r in duplicates.rows(args.quick):
            rows.append(BenchRow(r["name"], r["size"], r["app_s"], r["baseline_s"], r["ratio"], None,
                                 r.get("note", ""), r["target_s"]))
    if "documents" in wanted:
        import documents  # benchmarks/documents.py: its own small base and the bundled offer

        for r in documents.rows(args.quick):
            rows.append(BenchRow(r["name"], r["size"], r["app_s"], r["baseline_s"], r["ratio"], r["target_ratio"],
                                 r.get("note", ""), r["target_s"]))
    if "reminders" in wanted:
        import reminders  # benchmarks/reminders.py: 10,000 future reminders against none, its own small bases

        for r in reminders.rows(args.quick):
            rows.append(BenchRow(r["name"], r["size"], r["app_s"], r["baseline_s"], r["ratio"], r["target_ratio"],
                                 r.get("note", ""), r["target_s"]))
    if "imports" in wanted:
        import imports  # benchmarks/imports.py: generated files, each side in its own process on a fresh database

        for r in imports.rows(args.quick):
            rows.append(BenchRow(r["name"], r["size"], r["app_s"], r["baseline_s"], r["ratio"], r["target_ratio"],
                                 r.get("note", ""), r["target_s"]))
    if "exports" in wanted:
        import exports  # benchmarks/exports.py: the cached demo base of 100,000 contacts (20,000 with --quick)

        for r in exports.rows(args.quick):
            rows.append(BenchRow(r["name"], r["size"], r["app_s"], r["baseline_s"], r["ratio"], r["target_ratio"],
                                 r.get("note", ""), r["target_s"]))
    if "reports" in wanted:
        import reports  # benchmarks/reports.py: a cached base of 1,000,000 deals and 5,000,000 activities

        for r in reports.rows(args.quick):
            rows.append(BenchRow(r["name"], r["size"], r["app_s"], r["baseline_s"], r["ratio"], r["target_ratio"],
                                 r.get("note", ""), r["target_s"]))
    print()
    print_table(rows)
    if args.json:
        keys = ("name", "size", "app_s", "baseline_s", "ratio", "target_ratio")
        args.json.write_text(json.dumps([{k: asdict(r)[k] for k in keys} for r in rows], indent=2) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
