"""Benchmarks of duplicate detection: the check while a new contact is typed, and Find Duplicates over the base.

    python benchmarks/duplicates.py [--quick] [--size N] [--skip-groups]

Rows (the same keys as run.py's, plus a note):
  duplicates_check_name   DuplicateService.check("person", name=...) for 200 names being typed ("First Las"), p95
                          against the raw sqlite3 lookups a minimal check needs: one FTS5 prefix query of the same
                          words (LIMIT 50) and the names of its hits. Absolute target: p95 <= 50 ms; p50 in the note.
  duplicates_check_phone  check(phones=[...]) for 200 stored phones typed in another format (digits with a trunk
                          prefix), against the raw lookup of the same normalised keys in ix_contact_channels_lookup.
  duplicates_check_email  check(emails=[...]) for 200 stored emails typed in upper case, against the raw lookup.
  duplicates_check_typo   check(name=...) for the same people's full names with one letter of the last name wrong:
                          no exact hit, so every typo-tolerant index query runs.
  duplicates_check_new    check(name=...) for names nobody has (a real first name, an invented last name): the most
                          common case while typing a new contact, and the slowest, since nothing stops the search early.
  duplicates_check_all    check() with a name, a phone and an email together: the form of a new person filled in.
  duplicates_find_groups  find_groups("person") once over the whole base, against raw sqlite3 finding its exact phone
                          and email groups alone (the same GROUP BY; the name groups have no raw counterpart); no
                          target: the time is reported with the number of groups and the peak RSS of this process.

The base is generate_demo(contacts=N, seed=1): people and companies in five languages with phones, emails, tax ids
and the search index. It is built once and kept in a cache folder keyed by size and schema revision.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from common import percentile, raw_connection  # benchmarks/common.py, beside this file

from crm_desktop.db import migrate, search_index
from crm_desktop.db.database import Database, open_database
from crm_desktop.services.demo import generate_demo
from crm_desktop.services.duplicates import DuplicateService

FULL_SIZE = 1_000_000
QUICK_SIZE = 50_000
INPUTS = 200
CHECK_TARGET_S = 0.050
CACHE_ENV = "CRM_BENCH_CACHE"

RAW_PHONE = ("SELECT person_id FROM contact_channels WHERE kind = 'phone' AND normalized IN ({}) "
             "AND person_id IS NOT NULL")
RAW_EMAIL = "SELECT person_id FROM contact_channels WHERE kind = 'email' AND normalized = ? AND person_id IS NOT NULL"
RAW_FTS = "SELECT rowid FROM contact_search WHERE contact_search MATCH ? AND rowid > 0 LIMIT 50"
RAW_NAMES = "SELECT id, first_name, last_name FROM persons WHERE deleted_at IS NULL AND id IN ({})"
RAW_GROUPS = """
SELECT kind, group_concat(person_id) FROM contact_channels
WHERE kind IN ('phone', 'email') AND normalized <> '' AND person_id IS NOT NULL
GROUP BY kind, normalized HAVING count(DISTINCT person_id) BETWEEN 2 AND 20
"""
RAW_TRASH = "SELECT id FROM persons WHERE deleted_at IS NOT NULL"


def cache_dir() -> Path:
    folder = Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "crm-desktop-bench")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def cached_base(size: int) -> Path:
    """The demo base of this size and schema revision (seed 1), built once and kept in the cache folder."""
    path = cache_dir() / f"demo-{size}-seed1-{migrate.head_revision()}.db"
    if not path.exists():
        partial = path.with_suffix(".building")
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        started = time.perf_counter()
        print(f"building a demo base of {size:,} contacts in {path.parent} ...", flush=True)
        db = open_database(partial)
        try:
            generate_demo(db, contacts=size, seed=1)
            with db.engine.connect() as conn:
                conn.exec_driver_sql("ANALYZE")
                conn.commit()
        finally:
            db.close()
        partial.rename(path)
        for suffix in ("-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    return path






def timed_each(inputs: Sequence[Any], measure: Callable[[Any], object]) -> list[float]:
    times = []
    for value in inputs:
        started = time.perf_counter()
        measure(value)
        times.append(time.perf_counter() - started)
    return times


def sample_inputs(raw: sqlite3.Connection, count: int, seed: int = 7) -> list[dict[str, str]]:
    """Live people with a phone and an email, each typed as a user would: a name half typed, the phone in another
    format, the email in upper case."""
    top = raw.execute("SELECT max(id) FROM persons").fetchone()[0] or 0
    rng = random.Random(seed)
    found: list[dict[str, str]] = []
    while len(found) < count and top:
        pid = rng.randint(1, top)
        row = raw.execute(
            "SELECT p.first_name, p.last_name, "
            "(SELECT value FROM contact_channels WHERE person_id = p.id AND kind = 'phone' LIMIT 1), "
            "(SELECT value FROM contact_channels WHERE person_id = p.id AND kind = 'email' LIMIT 1) "
            "FROM persons p WHERE p.id = ? AND p.deleted_at IS NULL", (pid,)).fetchone()
        if row is None or not row[2] or not row[3] or not row[1]:
            continue
        first, last, phone, email = row
        e164 = search_index.normalize_phone(phone) or search_index.phone_digits(phone)
        at = rng.randint(min(3, len(last) - 1), len(last) - 1)
        wrong = last[:at] + ("x" if last[at] != "x" else "y") + last[at + 1:]
        invented = "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(4))
        found.append({"name": f"{first} {last[:max(3, len(last) - 2)]}", "typo": f"{first} {wrong}",
                      "new": f"{first} {invented}", "phone": "00" + e164, "email": email.upper(), "e164": e164})
    return found


def row(name: str, size: int, app: Sequence[float], base: Sequence[float], target_s: float | None,
        note: str) -> dict[str, Any]:
    app_s, base_s = percentile(app, 0.95), percentile(base, 0.95)
    return {"name": name, "size": size, "app_s": app_s, "baseline_s": base_s,
            "ratio": app_s / base_s if base_s else None, "target_ratio": None, "target_s": target_s,
            "note": f"p50 {statistics.median(app) * 1000:.1f} ms (raw {statistics.median(base) * 1000:.2f} ms), "
                    f"p95 {app_s * 1000:.1f} ms (raw {base_s * 1000:.2f} ms); {note}"}


def bench_checks(db: Database, size: int) -> list[dict[str, Any]]:
    svc = DuplicateService(db)
    raw = raw_connection(db)
    try:
        inputs = sample_inputs(raw, INPUTS)

        def raw_name(value: dict[str, str], field: str = "name") -> None:
            words = [w for w in search_index.fold(value[field]).split() if w]
            query = " AND ".join(f'name : "{w}"*' for w in words)
            ids = [r[0] for r in raw.execute(RAW_FTS, (query,))]
            if ids:
                raw.execute(RAW_NAMES.format(",".join("?" * len(ids))), ids).fetchall()

        def raw_phone(value: dict[str, str]) -> None:
            keys = sorted(svc._phone_lookup_keys(value["phone"]))
            raw.execute(RAW_PHONE.format(",".join("?" * len(keys))), keys).fetchall()

        def raw_email(value: dict[str, str]) -> None:
            raw.execute(RAW_EMAIL, (value["email"].lower(),)).fetchall()

        def raw_all(value: dict[str, str]) -> None:
            raw_name(value)
            raw_phone(value)
            raw_email(value)

        cases: list[tuple[str, Callable[[dict[str, str]], object], Callable[[dict[str, str]], None]]] = [
            ("duplicates_check_name", lambda v: svc.check("person", name=v["name"]), raw_name),
            ("duplicates_check_phone", lambda v: svc.check("person", phones=[v["phone"]]), raw_phone),
            ("duplicates_check_email", lambda v: svc.check("person", emails=[v["email"]]), raw_email),
            ("duplicates_check_typo", lambda v: svc.check("person", name=v["typo"]), lambda v: raw_name(v, "typo")),
            ("duplicates_check_new", lambda v: svc.check("person", name=v["new"]), lambda v: raw_name(v, "new")),
            ("duplicates_check_all", lambda v: svc.check("person", name=v["name"], phones=[v["phone"]],
                                                         emails=[v["email"]]), raw_all),
        ]
        rows = []
        for name, app_call, raw_call in cases:
            for value in inputs[:20]:   # warm both sides' page caches alike before measuring
                app_call(value)
                raw_call(value)
            app = timed_each(inputs, app_call)
            base = timed_each(inputs, raw_call)
            hits = sum(1 for v in inputs if app_call(v))
            rows.append(row(name, size, app, base, CHECK_TARGET_S, f"{len(inputs)} inputs, {hits} with a warning"))
        return rows
    finally:
        raw.close()


def bench_find_groups(db: Database, size: int) -> dict[str, Any]:
    raw = raw_connection(db)
    try:
        started = time.perf_counter()
        trashed = {r[0] for r in raw.execute(RAW_TRASH)}
        for _kind, joined in raw.execute(RAW_GROUPS):
            ids = {int(i) for i in joined.split(",")} - trashed
            del ids
        base_s = time.perf_counter() - started
    finally:
        raw.close()
    started = time.perf_counter()
    groups = DuplicateService(db).find_groups("person")
    app_s = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    records = sum(len(g.ids) for g in groups)
    reasons: dict[str, int] = {}
    for g in groups:
        reasons[g.reason] = reasons.get(g.reason, 0) + 1
    common = ", ".join(f"{k} {v}" for k, v in sorted(reasons.items(), key=lambda kv: -kv[1])[:4])
    return {"name": "duplicates_find_groups", "size": size, "app_s": app_s, "baseline_s": base_s,
            "ratio": app_s / base_s if base_s else None, "target_ratio": None, "target_s": None,
            "note": f"{len(groups):,} groups of {records:,} people ({common}); baseline = the exact phone/email "
                    f"groups in raw SQL only; peak RSS of the process {peak_mb:.0f} MB"}


def rows(quick: bool, size: int | None = None, groups: bool = True) -> list[dict[str, Any]]:
    """The check rows and the find_groups row on the cached demo base of 1,000,000 contacts (50,000 with quick)."""
    size = size or (QUICK_SIZE if quick else FULL_SIZE)
    db = open_database(cached_base(size))
    try:
        found = bench_checks(db, size)
        if groups:
            found.append(bench_find_groups(db, size))
        return found
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Duplicate detection against raw sqlite3.")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_SIZE:,} contacts instead of {FULL_SIZE:,}")
    parser.add_argument("--size", type=int, help="any other number of contacts")
    parser.add_argument("--skip-groups", action="store_true", help="only the check rows")
    args = parser.parse_args(argv)
    for r in rows(args.quick, args.size, not args.skip_groups):
        target = "" if r["target_s"] is None else f"  target <= {r['target_s'] * 1000:.0f} ms " + \
            ("ok" if r["app_s"] <= r["target_s"] else "OVER")
        ratio = "n/a" if r["ratio"] is None else f"{r['ratio']:.2f}"
        print(f"{r['name']:<24} {r['size']:>9,}  app {r['app_s'] * 1000:9.1f} ms  raw {r['baseline_s'] * 1000:8.2f} ms"
              f"  ratio {ratio}{target}")
        print(f"    {r['note']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
