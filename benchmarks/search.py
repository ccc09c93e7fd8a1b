"""Benchmark of search as you type: SearchService.search against plain sqlite3 FTS5 on the same file, same run.

    python benchmarks/search.py [--quick] [--size N] [--db FILE]

Row (the same keys as run.py's, plus a note and an absolute target):
  search_first_page  200 prefixes typed the way users type them (2-6 letters of a last name, Cyrillic in lower
                     case, Polish without its diacritics, Persian with Arabic-keyboard letters, first name and the
                     start of the last one, company names, e-mail addresses and domains, phone digits), all taken
                     from the demo base of N contacts. App: SearchService.search(text, limit=50), from the query to
                     the first page of hits with names, company, emails and phones. Baseline: one raw
                     `SELECT rowid FROM contact_search WHERE contact_search MATCH ? LIMIT 50` with the same match
                     expression, then the names of that page. Reported: p95 of each side (p50 in the note), ratio
                     of the p95s; targets: p95 <= 50 ms and ratio <= 3.

The base is generate_demo(contacts=N, seed=1) with its search index, built once and kept in the benchmarks' cache
folder ($CRM_BENCH_CACHE, else ~/.cache/crm-desktop-bench) keyed by size and schema revision, shared with
duplicates.py; run.py passes the demo base it has just built instead. --db searches any existing database.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import phonenumbers
from common import percentile, raw_connection  # benchmarks/common.py, beside this file

from crm_desktop.db import migrate, search_index
from crm_desktop.db.database import Database, open_database
from crm_desktop.services import demo
from crm_desktop.services.search import SearchService

FULL_SIZE = 1_000_000  # the sizes of run.py, so a row of either script means the same base
QUICK_SIZE = 50_000
QUERIES = 200
PAGE = 50
WARMUP = 20
TARGET_P95_S = 0.050
TARGET_RATIO = 3.0
SEED = 20_240_301

CACHE_ENV = "CRM_BENCH_CACHE"
# What a user without a Polish keyboard types; Persian typed on an Arabic keyboard (ي for ی, ك for ک).
_PLAIN_POLISH = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
_ARABIC_KEYBOARD = str.maketrans("یک", "يك")


# ---- what users type -----------------------------------------------------------------------------------------

def _typed_name(word: str, language: str, rng: random.Random) -> str:
    word = word.lower()
    if language == "pl":
        return word.translate(_PLAIN_POLISH)
    if language == "fa" and rng.random() < 0.5:
        return word.translate(_ARABIC_KEYBOARD)
    return word


def _national_digits(e164: str) -> str:
    """The number without its country code (country codes are prefix-free: the first known prefix is it)."""
    for size in (1, 2, 3):
        if int(e164[:size]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return e164[size:]
    return e164


def typed_prefixes(path: Path, count: int = QUERIES, seed: int = SEED) -> list[tuple[str, str]]:
    """`count` (kind, text) pairs taken from real people of the base, the way they would be typed."""
    rng = random.Random(seed)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        top = conn.execute("SELECT max(id) FROM persons").fetchone()[0] or 0
        if not top:
            raise SystemExit(f"'{path}' holds no contacts to search for.")
        ids = ",".join(str(rng.randint(1, top)) for _ in range(count * 3))
        people = conn.execute(
            "SELECT p.id, p.first_name, p.last_name, p.language, c.name FROM persons p "
            f"LEFT JOIN companies c ON c.id = p.company_id WHERE p.deleted_at IS NULL AND p.id IN ({ids})").fetchall()
        channels: dict[tuple[int, str], list[str]] = {}
        for pid, kind, value, normalized in conn.execute(
                f"SELECT person_id, kind, value, normalized FROM contact_channels WHERE person_id IN ({ids})"):
            channels.setdefault((pid, kind), []).append(normalized if kind == "phone" else value)
    finally:
        conn.close()
    rng.shuffle(people)
    # the mix of a working day: mostly surnames, then names, companies, e-mails and phones
    plan = ("last",) * 8 + ("first_last",) * 3 + ("company",) * 3 + ("email",) * 3 + ("phone",) * 3
    out: list[tuple[str, str]] = []
    for i, (pid, first, last, language, company) in enumerate(people):
        if len(out) == count:
            break
        kind = plan[i % len(plan)]
        if kind == "company" and not company:
            kind = "last"
        if kind == "email" and (pid, "email") not in channels:
            kind = "last"
        if kind == "phone" and (pid, "phone") not in channels:
            kind = "last"
        if kind == "last":
            text = _typed_name(last, language, rng)[:rng.randint(2, 6)]
        elif kind == "first_last":
            text = f"{_typed_name(first, language, rng)} {_typed_name(last, language, rng)[:rng.randint(1, 3)]}"
        elif kind == "company":
            text = _typed_name(company.split()[0], language, rng)[:rng.randint(3, 6)]
        elif kind == "email":
            address = channels[(pid, "email")][0].lower()
            local, _, domain = address.partition("@")
            text = local[:rng.randint(3, 8)] if rng.random() < 0.6 else domain
        else:
            text = _national_digits(channels[(pid, "phone")][0])[:rng.randint(4, 7)]
        out.append((kind, text.strip()))
    return out


# ---- measuring -----------------------------------------------------------------------------------------------



def raw_page(raw: sqlite3.Connection, match: str) -> list[tuple[Any, ...]]:
    """The baseline: one FTS5 query for a page of rowids, then the names of that page."""
    rowids = [r for (r,) in raw.execute(
        f"SELECT rowid FROM {search_index.SEARCH_TABLE} WHERE {search_index.SEARCH_TABLE} MATCH ? LIMIT {PAGE}",
        (match,))]
    people = ",".join(str(r) for r in rowids if r > 0)
    companies = ",".join(str(-r) for r in rowids if r < 0)
    rows: list[tuple[Any, ...]] = []
    if people:
        rows += raw.execute(f"SELECT id, first_name, last_name FROM persons WHERE id IN ({people})").fetchall()
    if companies:
        rows += raw.execute(f"SELECT id, name FROM companies WHERE id IN ({companies})").fetchall()
    return rows




def bench(db: Database, size: int) -> dict[str, Any]:
    assert db.path is not None
    queries = typed_prefixes(db.path)
    # The baseline gets its match expression ready-made: only SQLite's own work is timed on that side.
    matches = [search_index.match_tiers(text)[-1] for _, text in queries]
    service = SearchService(db)
    raw = raw_connection(db)
    app_times: list[float] = []
    raw_times: list[float] = []
    hits: list[int] = []
    try:
        for (_, text), match in list(zip(queries, matches, strict=True))[:WARMUP]:
            service.search(text, limit=PAGE)
            raw_page(raw, match)
        for i, ((_, text), match) in enumerate(zip(queries, matches, strict=True)):
            # alternate which side goes first, so neither always finds the pages the other just read
            for side in ((0, 1) if i % 2 == 0 else (1, 0)):
                started = time.perf_counter()
                if side == 0:
                    found = service.search(text, limit=PAGE)
                    app_times.append(time.perf_counter() - started)
                    hits.append(len(found))
                else:
                    raw_page(raw, match)
                    raw_times.append(time.perf_counter() - started)
    finally:
        raw.close()
    app_p50, app_p95 = statistics.median(app_times), percentile(app_times, 0.95)
    raw_p50, raw_p95 = statistics.median(raw_times), percentile(raw_times, 0.95)
    slowest = sorted(zip(app_times, queries, strict=True), reverse=True)[:5]
    kinds = sorted({k for k, _ in queries})
    by_kind = {k: [a for a, (kind, _) in zip(app_times, queries, strict=True) if kind == k] for k in kinds}
    note = (f"{len(queries)} prefixes (" + ", ".join(f"{k} {len(v)}: p95 {percentile(v, 0.95) * 1000:.1f} ms"
                                                   for k, v in by_kind.items()) + "); "
            f"app p50 {app_p50 * 1000:.1f} ms p95 {app_p95 * 1000:.1f} ms (target {TARGET_P95_S * 1000:.0f}); "
            f"raw FTS5 p50 {raw_p50 * 1000:.1f} ms p95 {raw_p95 * 1000:.1f} ms; "
            f"ratio p50 {app_p50 / raw_p50:.2f} p95 {app_p95 / raw_p95:.2f} (target {TARGET_RATIO:.0f}); "
            f"{sum(h == 0 for h in hits)} found nothing, {sum(h == PAGE for h in hits)} a full page; slowest: "
            + ", ".join(f"{text!r} {t * 1000:.0f} ms" for t, (_, text) in slowest))
    return {"name": "search_first_page", "size": size, "app_s": app_p95, "baseline_s": raw_p95,
            "ratio": app_p95 / raw_p95 if raw_p95 else None, "target_ratio": TARGET_RATIO,
            "target_s": TARGET_P95_S, "note": note}


def cache_dir() -> Path:
    """The benchmarks' cache folder (the one contacts_list.py keeps its base in)."""
    folder = Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "crm-desktop-bench")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def cached_base(size: int) -> Path:
    """The demo base of this size and schema revision (seed 1), built once and kept in the cache folder.

    The same file, built the same way, as duplicates.py's: whichever benchmark runs first builds it for both.
    """
    path = cache_dir() / f"demo-{size}-seed1-{migrate.head_revision()}.db"
    if not path.exists():
        partial = path.with_suffix(".building")
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        started = time.perf_counter()
        print(f"building a demo base of {size:,} contacts in {path.parent} ...", flush=True)
        db = open_database(partial)
        try:
            demo.generate_demo(db, contacts=size, seed=1)
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


def rows(quick: bool, db_path: Path | None = None, size: int | None = None) -> list[dict[str, Any]]:
    """The search row on `db_path` (run.py's demo base), else on the cached demo base of 1,000,000 (50,000 quick)."""
    path = db_path or cached_base(size or (QUICK_SIZE if quick else FULL_SIZE))
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            contacts = int(conn.exec_driver_sql("SELECT count(*) FROM persons WHERE deleted_at IS NULL").scalar()
                           or 0)
            indexed = conn.exec_driver_sql(f"SELECT count(*) FROM {search_index.SEARCH_TABLE}").scalar() or 0
            if indexed < contacts:
                # a base cached before the demo indexed its rows: the search would find next to nothing
                print(f"search: indexing '{path}' ({indexed:,} of {contacts:,}+ records were indexed) ...", flush=True)
                search_index.rebuild(conn)
                conn.commit()
        row = bench(db, contacts)
    finally:
        db.close()
    print(f"search_first_page: {row['note']}", flush=True)
    return [row]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Search benchmark of crm-desktop against plain sqlite3 FTS5.")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_SIZE:,} contacts instead of {FULL_SIZE:,}")
    parser.add_argument("--size", type=int, metavar="N", help="another number of contacts")
    parser.add_argument("--db", type=Path, metavar="FILE", help="search this existing database instead")
    args = parser.parse_args(argv)
    if args.db is not None and not args.db.is_file():
        parser.error(f"no database file at '{args.db}'")
    started = time.perf_counter()
    for r in rows(args.quick, args.db, args.size):
        ratio = "n/a" if r["ratio"] is None else f"{r['ratio']:.2f}"
        verdict = "ok" if r["app_s"] <= r["target_s"] and (r["ratio"] or 0) <= r["target_ratio"] else "over"
        print(f"{r['name']:<20}{r['size']:>9}  app p95 {r['app_s'] * 1000:.1f} ms  baseline p95 "
              f"{r['baseline_s'] * 1000:.1f} ms  ratio {ratio}  targets {r['target_s'] * 1000:.0f} ms and "
              f"{r['target_ratio']:.0f}  {verdict}")
    print(f"({time.perf_counter() - started:.0f} s in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
