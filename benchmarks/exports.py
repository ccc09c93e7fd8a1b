"""Benchmark of the spreadsheet export: every contact of a base to .xlsx, against raw sqlite3 + openpyxl.

    python benchmarks/exports.py [--quick] [--size N] [--runs R]

Row (the same keys as run.py's, plus a note):
  export_xlsx_100k  exports.export_records(db, "contacts", FILE.xlsx): the ids by name, the rows a chunk at a time,
                    typed cells, formula-like text neutralised, widths, frozen header, auto-filter, temporary file
                    and rename. Baseline: plain sqlite3 reading the same columns (people with their company, owner
                    and lead source, their channels, their tags) in the same order, putting them into the same
                    cells (the same Phone/Mobile/Phone 2 rule, birthdays as dates) and writing them with openpyxl in
                    write-only mode. Both sides include the queries. Target ratio <= 1.5. After timing, both files
                    are read back with python-calamine and compared cell by cell, so the two sides wrote the same.

The base is generate_demo(contacts=N, seed=1), the cached demo base of benchmarks/duplicates.py (100,000 contacts;
20,000 with --quick), kept in ~/.cache/crm-desktop-bench (or $CRM_BENCH_CACHE) between runs.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from common import raw_connection  # benchmarks/common.py, beside this file
from duplicates import cached_base  # the same cached demo base, built once

from crm_desktop.db.database import Database, open_database
from crm_desktop.services.exports import EXPORT_COLUMNS, export_records

FULL_SIZE = 100_000
QUICK_SIZE = 20_000
RUNS = 3
TARGET_RATIO = 1.5

RAW_PEOPLE = """
SELECT p.id, p.first_name, p.middle_name, p.last_name, c.name, p.position, p.company_role, p.birthday, p.address,
       p.city, p.country, p.language, p.status, l.name, u.full_name, u.login, p.notes
FROM persons p LEFT JOIN companies c ON c.id = p.company_id LEFT JOIN users u ON u.id = p.owner_id
LEFT JOIN lead_sources l ON l.id = p.lead_source_id
WHERE p.deleted_at IS NULL ORDER BY p.last_name, p.first_name, p.id
"""
RAW_CHANNELS = """
SELECT person_id, kind, label, value FROM contact_channels WHERE person_id IS NOT NULL
ORDER BY person_id, is_primary DESC, position, id
"""
RAW_TAGS = """
SELECT person_id, group_concat(name, ', ') FROM
  (SELECT l.person_id AS person_id, t.name AS name FROM person_tags l JOIN tags t ON t.id = l.tag_id
   WHERE t.deleted_at IS NULL ORDER BY l.person_id, t.name)
GROUP BY person_id
"""


def raw_export(raw: sqlite3.Connection, path: Path) -> int:
    """What a hand-written exporter does: three queries, the cells, openpyxl write-only."""
    from openpyxl import Workbook

    raw.execute("BEGIN")
    try:
        channels: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
        for pid, kind, label, value in raw.execute(RAW_CHANNELS):
            channels[pid].append((kind, label, value))
        tags = dict(raw.execute(RAW_TAGS).fetchall())
        people = raw.execute(RAW_PEOPLE).fetchall()
    finally:
        raw.execute("COMMIT")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("People")
    ws.append([header for _, header in EXPORT_COLUMNS["contacts"]])
    for (pid, first, middle, last, company, position, role, birthday, address, city, country, language, status,
         source, owner_full, owner_login, notes) in people:
        phones, emails, messenger = [], [], None
        mobile = None
        for kind, label, value in channels.get(pid, ()):
            if kind == "phone":
                if label == "mobile" and mobile is None:
                    mobile = value
                else:
                    phones.append(value)
            elif kind == "email":
                emails.append(value)
            elif messenger is None:
                messenger = value
        ws.append([first or None, middle, last or None, emails[0] if emails else None,
                   emails[1] if len(emails) > 1 else None, phones[0] if phones else None, mobile,
                   phones[1] if len(phones) > 1 else None, messenger, company, position, role,
                   date.fromisoformat(birthday) if birthday else None, address, city, country, language, status,
                   source, owner_full or owner_login or None, tags.get(pid), notes])
    wb.save(path)
    return len(people)


def timed(measure: Callable[[], object]) -> tuple[float, float]:
    """(wall-clock, CPU) seconds of one call; the CPU time is what a busy shared machine disturbs least."""
    started, cpu = time.perf_counter(), time.process_time()
    measure()
    return time.perf_counter() - started, time.process_time() - cpu


def same_cells(app_file: Path, raw_file: Path) -> str:
    """'' when both files hold the same cell values (the app's quote-prefixed text reads back unchanged)."""
    from python_calamine import CalamineWorkbook

    def rows(path: Path) -> list[list[Any]]:
        return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()

    app, raw = rows(app_file), rows(raw_file)
    if len(app) != len(raw):
        return f"{len(app)} rows against {len(raw)}"
    for number, (mine, theirs) in enumerate(zip(app, raw, strict=True), 1):
        if mine != theirs:
            return f"row {number} differs: {mine!r} != {theirs!r}"
    return ""


def measure(db: Database, size: int, runs: int) -> dict[str, Any]:
    raw = raw_connection(db)
    with tempfile.TemporaryDirectory(prefix="crm-bench-export-") as tmp:
        app_file, raw_file = Path(tmp) / "app.xlsx", Path(tmp) / "raw.xlsx"
        written: list[int] = []
        app_times: list[tuple[float, float]] = []
        raw_times: list[tuple[float, float]] = []
        try:
            for _ in range(runs):   # alternated, so both sides see the same machine load
                app_times.append(timed(lambda: written.append(export_records(db, "contacts", app_file))))
                raw_times.append(timed(lambda: raw_export(raw, raw_file)))
        finally:
            raw.close()
        difference = same_cells(app_file, raw_file)
        app_mb = app_file.stat().st_size / 1e6
    app_s, raw_s = min(t for t, _ in app_times), min(t for t, _ in raw_times)
    app_cpu, raw_cpu = min(c for _, c in app_times), min(c for _, c in raw_times)
    ratio = app_s / raw_s
    note = (f"{written[-1]:,} rows x {len(EXPORT_COLUMNS['contacts'])} columns, {app_mb:.1f} MB; best of {runs}: "
            f"app {app_s:.2f} s ({', '.join(f'{t:.2f}' for t, _ in app_times)}), raw {raw_s:.2f} s "
            f"({', '.join(f'{t:.2f}' for t, _ in raw_times)}); ratio {ratio:.2f}, target {TARGET_RATIO}: "
            f"{'ok' if ratio <= TARGET_RATIO else 'over'}; CPU best app {app_cpu:.2f} s, raw {raw_cpu:.2f} s, "
            f"ratio {app_cpu / raw_cpu:.2f}; "
            + ("same cells on both sides" if not difference else f"CELLS DIFFER: {difference}"))
    return {"name": "export_xlsx_100k", "size": size, "app_s": app_s, "baseline_s": raw_s, "ratio": ratio,
            "target_ratio": TARGET_RATIO, "target_s": None, "note": note}


def rows(quick: bool, size: int | None = None, runs: int = RUNS) -> list[dict[str, Any]]:
    """The export row on the cached demo base of 100,000 contacts (20,000 with quick)."""
    size = size or (QUICK_SIZE if quick else FULL_SIZE)
    db = open_database(cached_base(size))
    try:
        found = [measure(db, size, runs)]
    finally:
        db.close()
    for r in found:
        print(f"{r['name']}: {r['note']}", flush=True)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Spreadsheet export of crm-desktop against sqlite3 + openpyxl.")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_SIZE:,} contacts instead of {FULL_SIZE:,}")
    parser.add_argument("--size", type=int, help="any other number of contacts")
    parser.add_argument("--runs", type=int, default=RUNS, help=f"timed runs of each side (default {RUNS})")
    args = parser.parse_args(argv)
    for r in rows(args.quick, args.size, args.runs):
        print(f"{r['name']:<18} {r['size']:>9,}  app {r['app_s']:.2f} s  raw {r['baseline_s']:.2f} s  "
              f"ratio {r['ratio']:.2f}  target <= {r['target_ratio']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
