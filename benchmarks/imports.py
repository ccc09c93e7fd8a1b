"""Benchmarks of the spreadsheet import against the raw libraries doing the reading (and the writing) alone.

    python benchmarks/imports.py [--quick] [--only import_xlsx_50k import_csv_1m]

Rows (the same keys as run.py's, plus a note):
  import_xlsx_50k  ImportService.run() of a generated 50,000 x 12 workbook (first and last name, email, phone, mobile,
                   company, position, city, country, birthday, tags, notes) into a fresh database, duplicates
                   matched on email and phone, against raw python-calamine reading the same file to rows. The app
                   side reads the same way and also checks, matches and writes every row (people, channels, tags,
                   companies, change log, import items, search index). Target ratio <= 3.
  import_csv_1m    the same for a 1,000,000-row CSV (100,000 with --quick) of first name, last name, email, phone and
                   city, against raw csv.reader + sqlite3.executemany of the same rows into persons (and their email
                   and phone into contact_channels, where the app keeps them), one transaction, a file migrated the
                   same way with the same pragmas. Target ratio <= 3; the peak RSS of the importing process
                   (VmHWM, measured in a subprocess) <= 500 MB.
Each side runs in its own fresh process on a fresh database, so neither pays for the other's memory or caches; each
is run REPEATS times (2 with --quick for the CSV row) and the fastest wall time counts, which keeps the ratio steady
on a machine shared with other work. The CPU seconds of each side are printed in the note.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

XLSX_ROWS = 50_000
CSV_FULL = 1_000_000
CSV_QUICK = 100_000
XLSX_TARGET = 3.0
CSV_TARGET = 3.0
RSS_TARGET_MB = 500
TIMEOUT_S = 3600
REPEATS = 3

FIRST = ("Anna", "Jan", "Łukasz", "Zofia", "Jürgen", "Ольга", "Дмитрий", "Sara", "Pieter", "Reza", "محمد", "زهرا",
         "Élodie", "Søren", "Agnieszka", "Wojciech", "Maria", "Hans")
LAST = ("Kowalski", "Nowak", "Wiśniewska", "Schmidt", "de Vries", "van Dijk", "Иванов", "Петрова", "Ahmadi",
        "حسینی", "Jansen", "Bakker", "Weber", "Żak", "Brown")
CITIES = ("Warszawa", "Łódź", "Kraków", "Berlin", "Amsterdam", "Москва", "تهران", "Utrecht", "Gdańsk")
COUNTRIES = ("PL", "DE", "NL", "RU", "IR")
XLSX_HEADERS = ["First name", "Last name", "Email", "Phone", "Mobile", "Company", "Position", "City", "Country",
                "Birthday", "Tags", "Notes"]
CSV_HEADERS = ["First name", "Last name", "Email", "Phone", "City"]

APP = textwrap.dedent("""
    import sys, time
    from crm_desktop.db.database import open_database
    from crm_desktop.services import defaults, tabular
    from crm_desktop.services.imports import ImportOptions, ImportService
    db = open_database(sys.argv[1])
    defaults.ensure_defaults(db, "en")
    started, cpu_started = time.perf_counter(), time.process_time()
    result = ImportService(db).run(tabular.inspect(sys.argv[2]), ImportOptions())
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    db.close()
    hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
    print(seconds, hwm // 1024, result.new, result.rejected, cpu, flush=True)
""")

RAW_CALAMINE = textwrap.dedent("""
    import sys, time
    from python_calamine import CalamineWorkbook
    started, cpu_started = time.perf_counter(), time.process_time()
    rows = CalamineWorkbook.from_path(sys.argv[2]).get_sheet_by_index(0).to_python()
    seconds = time.perf_counter() - started
    print(seconds, 0, len(rows) - 1, 0, time.process_time() - cpu_started, flush=True)
""")

RAW_CSV = textwrap.dedent("""
    import csv, sqlite3, sys, time, uuid
    from datetime import datetime
    from crm_desktop.db.database import open_database
    db = open_database(sys.argv[1])
    pragmas = {}
    with db.engine.connect() as c:
        for p in ("foreign_keys", "synchronous", "cache_size", "temp_store", "journal_mode"):
            pragmas[p] = c.exec_driver_sql(f"PRAGMA {p}").scalar()
    db.close()
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    for name, value in pragmas.items():
        conn.execute(f"PRAGMA {name}={value}")
    started, cpu_started = time.perf_counter(), time.process_time()
    now = datetime.utcnow().isoformat(sep=" ")
    conn.execute("BEGIN IMMEDIATE")
    people, channels = [], []
    count = 0
    def flush():
        conn.executemany("INSERT INTO persons (id, uuid, created_at, updated_at, version, first_name, last_name, "
                         "city, status) VALUES (?, ?, ?, ?, 1, ?, ?, ?, 'lead')", people)
        conn.executemany("INSERT INTO contact_channels (person_id, kind, label, value, normalized, is_primary, "
                         "position) VALUES (?, ?, 'work', ?, ?, 1, 0)", channels)
        people.clear(); channels.clear()
    with open(sys.argv[2], newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        next(reader)
        for first, last, email, phone, city in reader:
            count += 1
            people.append((count, str(uuid.uuid4()), now, now, first, last, city))
            channels.append((count, "email", email, email))
            channels.append((count, "phone", phone, phone))
            if len(people) >= 2000:
                flush()
    flush()
    conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
    print(seconds, hwm // 1024, count, 0, time.process_time() - cpu_started, flush=True)
""")


def _person(rng: random.Random, i: int) -> tuple[str, str, str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    email = f"p{i}.{rng.randrange(10**6)}@example{i % 97}.org"
    phone = f"+48 6{i % 100:02d} {i // 10000 % 1000:03d} {i % 10000:04d}"
    return first, last, email, phone


def make_xlsx(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    rng = random.Random(6)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Contacts")
    ws.append(XLSX_HEADERS)
    for i in range(rows):
        first, last, email, phone = _person(rng, i)
        birthday = f"19{rng.randrange(50, 99)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        ws.append([first, last, email, phone, f"+49 151 {i % 10000:04d}{i // 10000 % 1000:03d}",
                   f"Company {i % 2000}", rng.choice(("Manager", "Director", "Engineer", None)), rng.choice(CITIES),
                   rng.choice(COUNTRIES), birthday, rng.choice(("vip", "fair-2026", None, None)),
                   "Met at the fair" if i % 7 == 0 else None])
    wb.save(path)


def make_csv(path: Path, rows: int) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(CSV_HEADERS)
        for i in range(rows):
            first, last, email, phone = _person(rng, i)
            writer.writerow([first, last, email, phone, rng.choice(CITIES)])


Measured = tuple[float, int, int, int, float]   # wall seconds, peak RSS MB, rows written, rows rejected, CPU s


def _best(repeats: int, script: str, db_path: Path, data: Path) -> Measured:
    return min((_measure(script, db_path, data) for _ in range(repeats)), key=lambda m: m[0])


def _measure(script: str, db_path: Path, data: Path) -> Measured:
    """What a script measured of itself, in a fresh process on a fresh database."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    env = dict(os.environ, CRM_DESKTOP_HOME=str(db_path.parent / "home"))
    done = subprocess.run([sys.executable, "-c", script, str(db_path), str(data)], capture_output=True, text=True,
                          timeout=TIMEOUT_S, check=False, env=env)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"exit {done.returncode}: {done.stderr.strip()[-2000:]}")
    seconds, rss, written, rejected, cpu = lines[-1].split()
    return float(seconds), int(rss), int(written), int(rejected), float(cpu)


def _row(name: str, size: int, app: Measured, base: Measured, target: float, note: str) -> dict[str, object]:
    return {"name": name, "size": size, "app_s": app[0], "baseline_s": base[0], "ratio": app[0] / base[0],
            "target_ratio": target, "target_s": None, "note": note}


def bench_xlsx(workdir: Path) -> dict[str, object]:
    data = workdir / "contacts.xlsx"
    make_xlsx(data, XLSX_ROWS)
    base = _best(REPEATS, RAW_CALAMINE, workdir / "raw.db", data)
    app = _best(REPEATS, APP, workdir / "app.db", data)
    note = (f"{app[2]} people imported, {app[3]} rejected; CPU app {app[4]:.2f} s, raw {base[4]:.2f} s "
            f"(ratio {app[4] / base[4]:.2f}); app peak RSS {app[1]} MB")
    return _row("import_xlsx_50k", XLSX_ROWS, app, base, XLSX_TARGET, note)


def bench_csv(workdir: Path, rows: int, repeats: int) -> dict[str, object]:
    data = workdir / "contacts.csv"
    make_csv(data, rows)
    base = _best(repeats, RAW_CSV, workdir / "raw.db", data)
    app = _best(repeats, APP, workdir / "app.db", data)
    verdict = "ok" if app[1] <= RSS_TARGET_MB else "over"
    note = (f"{app[2]} people imported, {app[3]} rejected; CPU app {app[4]:.2f} s, raw {base[4]:.2f} s "
            f"(ratio {app[4] / base[4]:.2f}); app peak RSS {app[1]} MB (target {RSS_TARGET_MB} MB: {verdict}), "
            f"raw {base[1]} MB")
    return _row("import_csv_1m", rows, app, base, CSV_TARGET, note)


def rows(quick: bool, only: list[str] | None = None) -> list[dict[str, object]]:
    """The rows of this file, for run.py."""
    found: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="crm-bench-import-") as tmp:
        workdir = Path(tmp)
        if not only or "import_xlsx_50k" in only:
            found.append(bench_xlsx(workdir))
        if not only or "import_csv_1m" in only:
            # The full million is run once: a run takes minutes and the ratio of one run is steady at that size.
            found.append(bench_csv(workdir, CSV_QUICK if quick else CSV_FULL, 2 if quick else 1))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Spreadsheet import against raw calamine and raw sqlite3.")
    parser.add_argument("--quick", action="store_true", help=f"{CSV_QUICK:,} CSV rows instead of {CSV_FULL:,}")
    parser.add_argument("--only", nargs="+", choices=("import_xlsx_50k", "import_csv_1m"), metavar="NAME")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the rows as JSON")
    args = parser.parse_args(argv)
    found = rows(args.quick, args.only)
    for r in found:
        ratio = float(r["ratio"])  # type: ignore[arg-type]
        verdict = "ok" if ratio <= float(r["target_ratio"]) else "over"  # type: ignore[arg-type]
        print(f"{r['name']:<16} {r['size']:>9}  app {r['app_s']:.2f} s  raw {r['baseline_s']:.2f} s  "
              f"ratio {ratio:.2f} (target {r['target_ratio']})  {verdict}")
        print(f"  {r['note']}")
    if args.json:
        args.json.write_text(json.dumps(found, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
