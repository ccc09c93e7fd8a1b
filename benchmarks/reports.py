"""Benchmarks of the reports: each of the nine reports for "this year" against raw sqlite3 computing the same figures.

    python benchmarks/reports.py [--quick] [--build-only] [--runs N]

Rows report_<name>: ReportService.run() of that report for this year (best of --runs), against plain sqlite3 running
the obvious SQL for the same figures (the currency pick included, one transaction, same file and pragmas, same
indexes). Targets: 1 s per report (absolute) and ratio app / raw <= 1.5.

The base (1,000,000 deals and 5,000,000 activities; --quick 50,000 and 250,000) is written with plain sqlite3
executemany into a migrated file and kept in a cache folder ($CRM_BENCH_CACHE, else ~/.cache/crm-desktop-bench)
keyed by its size and BUILD_VERSION; it is opened with open_database(), so later migrations are applied to it on
open instead of rebuilding it (building the full base takes minutes).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from common import raw_connection  # benchmarks/common.py, beside this file

from crm_desktop.db.database import open_database
from crm_desktop.services.defaults import ensure_defaults
from crm_desktop.services.reports import REPORTS, ReportQuery, ReportService, period

FULL_DEALS = 1_000_000
QUICK_DEALS = 50_000
ACTIVITIES_PER_DEAL = 5
CACHE_ENV = "CRM_BENCH_CACHE"
BUILD_VERSION = "1"   # bump when build() writes other data
BATCH = 100_000
FIRST_DAY = date(2024, 6, 1)
USERS = 20
CAMPAIGNS = 60
KINDS = ("call", "call", "call", "email", "email", "email", "meeting", "note", "stage_change", "stage_change")
CURRENCIES = ("EUR",) * 19 + ("USD",)


def cache_dir() -> Path:
    folder = Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "crm-desktop-bench")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _uuid(prefix: int, n: int) -> str:
    # Ascending identifiers keep the unique uuid index append-only while millions of rows go in.
    return f"{prefix:08x}-0000-4000-8000-{n:012x}"


def _ts(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.000000")


def _batches(rows: Iterator[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _insert(raw: sqlite3.Connection, table: str, columns: str, rows: Iterator[tuple[Any, ...]]) -> int:
    n = 0
    marks = ", ".join("?" * len(columns.split(",")))
    for batch in _batches(rows):
        raw.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", batch)
        n += len(batch)
    return n


def build(path: Path, deals: int, today: date, seed: int = 8) -> None:
    """A migrated file with `deals` deals over 2.5 years, their stage history, 5 activities per deal, tasks,
    companies, people, campaigns, tags and monthly plans per manager and for the team."""
    db = open_database(path)
    try:
        ensure_defaults(db, "en")
    finally:
        db.close()
    rng = random.Random(seed)
    rnd = rng.random
    now = datetime.combine(today, datetime.min.time()) + timedelta(hours=12)
    start = datetime.combine(FIRST_DAY, datetime.min.time())
    span_min = int((now - start).total_seconds() // 60)
    created_text = _ts(start)
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute("PRAGMA synchronous=OFF")
        raw.execute("PRAGMA cache_size=-1000000")
        big = ("deals", "deal_stage_history", "activities", "tasks", "companies", "persons")
        saved = [(name, sql) for name, sql in raw.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL AND tbl_name IN "
            f"({', '.join('?' * len(big))})", big)]
        for name, _ in saved:  # rebuilt once at the end: far faster than keeping them up to date row by row
            raw.execute(f'DROP INDEX "{name}"')
        raw.execute("BEGIN IMMEDIATE")
        raw.executemany("INSERT INTO users (uuid, created_at, updated_at, version, login, full_name, role, "
                        "own_records_only, active) VALUES (?, ?, ?, 1, ?, ?, 'manager', 0, 1)",
                        [(_uuid(1, i), created_text, created_text, f"bench{i}", f"Manager {i}")
                         for i in range(USERS)])
        users = [r[0] for r in raw.execute("SELECT id FROM users ORDER BY id")]
        raw.executemany("INSERT INTO tags (uuid, created_at, updated_at, version, name, color) "
                        "VALUES (?, ?, ?, 1, ?, '#3366cc')",
                        [(_uuid(2, i), created_text, created_text, f"btag{i}") for i in range(10)])
        tags = [r[0] for r in raw.execute("SELECT id FROM tags ORDER BY id")]
        sources = [r[0] for r in raw.execute("SELECT id FROM lead_sources ORDER BY id")]
        reasons = [r[0] for r in raw.execute("SELECT id FROM loss_reasons ORDER BY id")]
        pipeline_id = raw.execute("SELECT id FROM pipelines WHERE is_default").fetchone()[0]
        stages = [r[0] for r in raw.execute("SELECT id FROM stages WHERE pipeline_id = ? ORDER BY position",
                                            (pipeline_id,))]
        n_stages = len(stages)

        def moment(minute: int) -> datetime:
            return start + timedelta(minutes=minute)

        n_companies = max(10, deals // 10)
        n_persons = max(10, deals // 4)
        _insert(raw, "companies", "id, uuid, created_at, updated_at, version, name, status, owner_id, "
                "lead_source_id",
                ((i, _uuid(3, i), _ts(moment(int(rnd() * span_min))), created_text, 1, f"Company {i}", "client",
                  users[int(rnd() * USERS)], sources[int(rnd() * len(sources))] if rnd() < 0.7 else None)
                 for i in range(1, n_companies + 1)))
        _insert(raw, "persons", "id, uuid, created_at, updated_at, version, first_name, last_name, company_id, "
                "status, owner_id, lead_source_id",
                ((i, _uuid(4, i), _ts(moment(int(rnd() * span_min))), created_text, 1, "First", f"Last{i}",
                  int(rnd() * n_companies) + 1 if rnd() < 0.6 else None, "lead", users[int(rnd() * USERS)],
                  sources[int(rnd() * len(sources))] if rnd() < 0.7 else None)
                 for i in range(1, n_persons + 1)))
        campaigns = []
        for i in range(1, CAMPAIGNS + 1):
            first = FIRST_DAY + timedelta(days=rng.randrange((today - FIRST_DAY).days))
            campaigns.append((i, _uuid(5, i), created_text, created_text, 1, users[i % USERS], f"Campaign {i}",
                              sources[i % len(sources)], first.isoformat(),
                              (first + timedelta(days=rng.randint(10, 90))).isoformat(),
                              float(rng.randint(5, 200) * 100), "EUR"))
        _insert(raw, "campaigns", "id, uuid, created_at, updated_at, version, owner_id, name, lead_source_id, "
                "starts_on, ends_on, cost, currency", iter(campaigns))

        history: list[tuple[Any, ...]] = []
        history_id = 0

        def deal_rows() -> Iterator[tuple[Any, ...]]:
            nonlocal history_id
            for deal_id in range(1, deals + 1):
                created = int(rnd() * span_min)
                r = rnd()
                status = "open" if r < 0.3 else ("won" if r < 0.7 else "lost")
                if status == "open":
                    stage_no = int(rnd() * n_stages)
                    close = None
                    last = span_min
                else:
                    stage_no = n_stages - 1 if status == "won" else int(rnd() * n_stages)
                    close = min(span_min, created + int(1440 * (1 + rnd() * 120)))
                    last = close
                moves = sorted(created + int(rnd() * (last - created)) for _ in range(stage_no))
                entered = [created, *moves]
                owner = users[int(rnd() * USERS)]
                for i in range(stage_no + 1):
                    left = entered[i + 1] if i < stage_no else close
                    history_id += 1
                    history.append((history_id, deal_id, stages[i], stages[i - 1] if i else None,
                                    _ts(moment(entered[i])), _ts(moment(left)) if left is not None else None, owner))
                company = int(rnd() * n_companies) + 1 if rnd() < 0.7 else None
                campaign = campaigns[int(rnd() * CAMPAIGNS)] if rnd() < 0.1 else None
                created_ts = _ts(moment(created))
                yield (deal_id, _uuid(6, deal_id), created_ts, created_ts, 1, owner, f"Deal {deal_id}",
                       float(int(300 + 20_000 * rnd() * rnd())), CURRENCIES[int(rnd() * len(CURRENCIES))],
                       0, pipeline_id, stages[stage_no], float(deal_id), _ts(moment(entered[stage_no])), company,
                       int(rnd() * n_persons) + 1 if company is None or rnd() < 0.8 else None,
                       campaign[7] if campaign else sources[int(rnd() * len(sources))] if rnd() < 0.9 else None,
                       campaign[0] if campaign else None,
                       (today + timedelta(days=int(rnd() * 90))).isoformat() if status == "open" and rnd() < 0.9
                       else None, status, moment(close).date().isoformat() if close is not None else None,
                       reasons[int(rnd() * len(reasons))] if status == "lost" and rnd() < 0.9 else None)

        deal_columns = ("id, uuid, created_at, updated_at, version, owner_id, title, amount, currency, "
                        "amount_from_lines, pipeline_id, stage_id, board_position, stage_entered_at, company_id, "
                        "person_id, lead_source_id, campaign_id, expected_close_on, status, closed_on, "
                        "loss_reason_id")
        marks = ", ".join("?" * len(deal_columns.split(",")))
        for batch in _batches(deal_rows()):
            raw.executemany(f"INSERT INTO deals ({deal_columns}) VALUES ({marks})", batch)
            raw.executemany("INSERT INTO deal_stage_history (id, deal_id, stage_id, from_stage_id, entered_at, "
                            "left_at, user_id) VALUES (?, ?, ?, ?, ?, ?, ?)", history)
            history.clear()
        _insert(raw, "deal_tags", "deal_id, tag_id",
                ((d, tags[int(rnd() * len(tags))]) for d in range(1, deals + 1) if rnd() < 0.1))
        _insert(raw, "activities", "id, uuid, created_at, updated_at, version, kind, occurred_at, user_id, "
                "deal_id, subject",
                ((i, _uuid(7, i), ts, ts, 1, KINDS[int(rnd() * len(KINDS))], ts, users[int(rnd() * USERS)],
                  int(rnd() * deals) + 1, "Bench")
                 for i in range(1, deals * ACTIVITIES_PER_DEAL + 1)
                 for ts in (_ts(moment(int(rnd() * span_min))),)))
        _insert(raw, "tasks", "id, uuid, created_at, updated_at, version, kind, title, due_at, all_day, "
                "duration_min, priority, deal_id, owner_id, done_at, position",
                ((i, _uuid(8, i), created_text, created_text, 1, "call", "Call back", due, 0, 30, 1,
                  int(rnd() * deals) + 1, users[int(rnd() * USERS)], due if rnd() < 0.8 else None, 0)
                 for i in range(1, deals // 2 + 1)
                 for due in (_ts(moment(int(rnd() * (span_min + 30 * 1440)))),)))
        plans = []
        month = date(FIRST_DAY.year, FIRST_DAY.month, 1)
        while month <= today:
            following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
            end = (following - timedelta(days=1)).isoformat()
            plans.append((None, month.isoformat(), end, float(deals * 40), deals // 50))
            plans.extend((u, month.isoformat(), end, float(deals * 2), deals // 1000) for u in users)
            month = following
        _insert(raw, "sales_plans", "uuid, created_at, updated_at, version, user_id, period_start, period_end, "
                "amount, currency, deal_count",
                ((_uuid(9, i), created_text, created_text, 1, user, first, last, amount, "EUR", count)
                 for i, (user, first, last, amount, count) in enumerate(plans)))
        raw.execute("COMMIT")
        for _, sql in saved:
            raw.execute(sql)
        raw.execute("ANALYZE")
    finally:
        raw.close()


def cached_base(deals: int, today: date) -> Path:
    """The benchmark base of this size, built once and kept in the cache folder."""
    path = cache_dir() / f"reports-{deals}-v{BUILD_VERSION}.db"
    if not path.exists():
        partial = path.with_suffix(".building")
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        started = time.perf_counter()
        print(f"building a base of {deals:,} deals in {path.parent} ...", flush=True)
        build(partial, deals, today)
        partial.rename(path)
        print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    return path


# ---- the raw baselines: the same figures with plain sqlite3, written the obvious way -----------------------------

LIVE = "deleted_at IS NULL"
CREATED = "created_at >= :lo AND created_at < :hi"
CLOSED = "closed_on BETWEEN :start AND :end"
CURRENCY_SQL = f"""SELECT currency, count(*), sum(CASE WHEN status = 'won' AND {CLOSED} THEN amount END) FROM deals
WHERE {LIVE} AND ({CREATED} OR (status IN ('won', 'lost') AND {CLOSED})) GROUP BY currency"""


def raw_funnel(raw: sqlite3.Connection, p: dict[str, Any]) -> list[Any]:
    stages = raw.execute("SELECT id, position FROM stages WHERE pipeline_id = :pipeline AND deleted_at IS NULL "
                         "ORDER BY position, id", p).fetchall()
    entered = ", ".join(f"max(CASE WHEN stage_id = {sid} AND entered_at < :hi THEN 1 ELSE 0 END) AS e{n}"
                        for n, (sid, _) in enumerate(stages))
    top = " ".join(f"WHEN {sid} THEN {pos}" for sid, pos in stages)
    sums = ", ".join(f"sum(e{n}), sum(CASE WHEN e{n} = 1 AND (d.status = 'won' OR top > {pos}) THEN 1 ELSE 0 END), "
                     f"sum(CASE WHEN e{n} = 1 AND d.status = 'won' THEN 1 ELSE 0 END)"
                     for n, (_, pos) in enumerate(stages))
    per_deal = (f"SELECT deal_id, {entered}, max(CASE stage_id {top} END) AS top FROM deal_stage_history "
                "WHERE entered_at >= :lo GROUP BY deal_id")
    return [raw.execute(f"SELECT {sums} FROM ({per_deal}) per JOIN deals d ON d.id = per.deal_id "
                        "WHERE d.deleted_at IS NULL AND d.pipeline_id = :pipeline", p).fetchall(),
            raw.execute(f"SELECT count(*) FROM deals WHERE {LIVE} AND pipeline_id = :pipeline AND status = 'won' "
                        f"AND {CLOSED}", p).fetchall()]


def raw_won_lost(raw: sqlite3.Connection, p: dict[str, Any]) -> list[Any]:
    return [raw.execute(CURRENCY_SQL, p).fetchall(),
            raw.execute(f"SELECT date(created_at), count(*) FROM deals WHERE {LIVE} AND currency = :cur AND {CREATED} "
                        "GROUP BY 1", p).fetchall(),
            raw.execute(f"SELECT status, closed_on, count(*), sum(amount) FROM deals WHERE {LIVE} AND currency = :cur "
                        f"AND status IN ('won', 'lost') AND {CLOSED} GROUP BY status, closed_on", p).fetchall()]


def raw_average_deal(raw: sqlite3.Connection, p: dict[str, Any]) -> list[Any]:
    won = f"{LIVE} AND currency = :cur AND status = 'won' AND {CLOSED}"
    n, _, _ = raw.execute(f"SELECT count(*), avg(amount), avg(julianday(closed_on) - julianday(date(created_at))) "
                          f"FROM deals WHERE {won}", p).fetchone()
    middle = {"limit": 2 - n % 2, "offset": (n - 1) // 2}
    return [raw.execute(CURRENCY_SQL, p).fetchall(),
            raw.execute(f"SELECT amount FROM deals WHERE {won} ORDER BY amount LIMIT :limit OFFSET :offset",
                        p | middle).fetchall(),
            raw.execute(f"SELECT julianday(closed_on) - julianday(date(created_at)) AS c FROM deals WHERE {won} "
                        "ORDER BY c LIMIT :limit OFFSET :offset", p | middle).fetchall(),
            raw.execute("SELECT stage_id, count(*), avg(julianday(left_at) - julianday(entered_at)) "
                        "FROM deal_stage_history WHERE left_at >= :lo AND left_at < :hi AND deal_id NOT IN "
                        "(SELECT id FROM deals WHERE deleted_at IS NOT NULL) GROUP BY stage_id", p).fetchall()]


def raw_managers(raw: sqlite3.Connection, p: dict[str, Any]) -> list[Any]:
    return [raw.execute(CURRENCY_SQL, p).fetchall(),
            raw.execute(f"SELECT owner_id, count(*) FROM deals WHERE {LIVE} AND currency = :cur AND {CREATED} "
                        "GROUP BY owner_id", p).fetchall(),
            raw.execute(f"SELECT owner_id, status, count(*), sum(amount) FROM deals WHERE {LIVE} AND currency = :cur "
                        f"AND status IN ('won', 'lost') AND {CLOSED} GROUP BY owner_id, status", p).fetchall(),
            raw.execute("SELECT user_id, kind, count(*) FROM activities WHERE deleted_at IS NULL AND kind IN "
                        "('call', 'email', 'meeting') AND occurred_at >= :lo AND occurred_at < :hi "
                        "GROUP BY user_id, kind", p).fetchall(),
            raw.execute("SELECT owner_id, count(*) FROM tasks WHERE done_at IS NULL AND deleted_at IS NULL "
                        "AND due_at < :today GROUP BY owner_id", p).fetchall()]


def raw_plan(raw: sqlite3.Connection, p: dict[str, Any]) -> list[Any]:
    return [raw.execute(CURRENCY_SQL, p).fetchall(),
            raw.execute("SELECT * FROM sales_plans WHERE deleted_at IS NULL AND period_start <= :end "
                        "AND period_end >= :start", p).fetchall(),
            raw.execute(f"SELECT owner_id, closed_on, count(*), sum(amount) FROM deals WHERE {LIVE} "
                        f"AND currency = :cur AND status = 'won' AND {CLOSED} GROUP BY owner_id, closed_on",
                        p).fetchall(),
            raw.execute("SELECT d.owner_id, d.expected_close_on, sum(d.amount * coalesce(d.probability, "
                        "s.probability) / 100.0) FROM deals d JOIN stages s ON s.id = d.stage_id WHERE "
                        "d.deleted_at IS NULL AND d.currency = :cur AND d.status = 'open' AND d.expected_close_on "
                        "BETWEEN :start AND :end GROUP BY d.owner_id, d.expected_close_on", p).fetchall(),
            raw.execute(f"SELECT count(*) FROM deals WHERE {LIVE} AND currency = :cur AND status = 'open' "
                        "AND expected_close_on IS NULL", p).fetchall()]


def raw_sources(raw: sqlite3.Connection, p: dict[str, Any]) -> list[Any]:
    return [raw.execute(CURRENCY_SQL, p).fetchall(),
            raw.execute(f"SELECT lead_source_id, campaign_id, count(*), sum(status = 'won') FROM deals WHERE {LIVE} "
                        f"AND currency = :cur AND {CREATED} GROUP BY lead_source_id, campaign_id", p).fetchall(),
            raw.execute(f"SELECT lead_source_id, campaign_id, count(*), sum(amount) FROM deals WHERE {LIVE} "
                        f"AND currency = :cur AND status = 'won' AND {CLOSED} GROUP BY lead_source_id, campaign_id",
                        p).fetchall(),
            raw.execute(f"SELECT lead_source_id, count(*) FROM persons WHERE {LIVE} AND {CREATED} "
                        "GROUP BY lead_source_id", p).fetchall(),
            raw.execute(f"SELECT lead_source_id, count(*) FROM companies WHERE {LIVE} AND {CREATED} "
                        "GROUP BY lead_source_id", p).fetchall(),
            raw.execute("SELECT * FROM campaigns WHERE deleted_at IS NULL AND (starts_on IS NULL OR starts_on <= "
                        ":end) AND (ends_on IS NULL OR ends_on >= :start)", p).fetchall()]


def raw_loss_reasons(raw: sqlite3.Connection, p: dict[str, Any]) -> list[Any]:
    lost = f"{LIVE} AND currency = :cur AND status = 'lost' AND {CLOSED}"
    return [raw.execute(CURRENCY_SQL, p).fetchall(),
            raw.execute(f"SELECT loss_reason_id, count(*), sum(amount) FROM deals WHERE {lost} "
                        "GROUP BY loss_reason_id", p).fetchall(),
            raw.execute(f"SELECT stage_id, count(*), sum(amount) FROM deals WHERE {lost} GROUP BY stage_id",
                        p).fetchall()]


def raw_abc_xyz(raw: sqlite3.Connection, p: dict[str, Any]) -> list[Any]:
    return [raw.execute(CURRENCY_SQL, p).fetchall(),
            raw.execute(f"""SELECT c.rev, c.sq, co.name, pe.first_name, pe.last_name FROM (
                SELECT co, pe, sum(r) AS rev, sum(r * r) AS sq FROM (
                    SELECT company_id AS co, CASE WHEN company_id IS NULL THEN person_id END AS pe,
                           strftime('%Y-%m', closed_on) AS m, sum(amount) AS r FROM deals
                    WHERE {LIVE} AND currency = :cur AND status = 'won' AND {CLOSED}
                      AND (company_id IS NOT NULL OR person_id IS NOT NULL) GROUP BY 1, 2, 3) GROUP BY co, pe) c
                LEFT JOIN companies co ON co.id = c.co LEFT JOIN persons pe ON pe.id = c.pe
                ORDER BY c.rev DESC""", p).fetchall()]


def raw_activity(raw: sqlite3.Connection, p: dict[str, Any]) -> list[Any]:
    return [raw.execute("SELECT date(occurred_at), user_id, kind, count(*) FROM activities WHERE deleted_at IS NULL "
                        "AND kind IN ('call', 'email', 'meeting') AND occurred_at >= :lo AND occurred_at < :hi "
                        "GROUP BY 1, 2, 3", p).fetchall()]


RAW = {"funnel": raw_funnel, "won-lost": raw_won_lost, "average-deal": raw_average_deal, "managers": raw_managers,
       "plan": raw_plan, "sources": raw_sources, "loss-reasons": raw_loss_reasons, "abc-xyz": raw_abc_xyz,
       "activity": raw_activity}
RUNS = 3
TARGET_S = 1.0
TARGET_RATIO = 1.5


def best_of(runs: int, measure: Callable[[], object]) -> float:
    """The fastest of `runs` timed calls (the first also warms the page cache for both sides)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        measure()
        times.append(time.perf_counter() - started)
    return min(times)


def rows(quick: bool, runs: int = RUNS) -> list[dict[str, Any]]:
    """One row per report for "this year" on the cached base, with the raw sqlite3 baseline of the same run."""
    deals = QUICK_DEALS if quick else FULL_DEALS
    today = date.today()
    db = open_database(cached_base(deals, today), quick_check=False)
    out: list[dict[str, Any]] = []
    try:
        service = ReportService(db)
        start, end = period("this-year", today)
        raw = raw_connection(db)
        pipeline = raw.execute("SELECT id FROM pipelines WHERE is_default").fetchone()[0]
        counts = raw.execute("SELECT (SELECT count(*) FROM deals), (SELECT count(*) FROM activities)").fetchone()
        params = {"lo": f"{start.isoformat()} 00:00:00.000000", "hi": f"{end.year + 1}-01-01 00:00:00.000000",
                  "start": start.isoformat(), "end": end.isoformat(), "cur": "EUR", "pipeline": pipeline,
                  "today": f"{today.isoformat()} 00:00:00.000000"}
        for name in REPORTS:
            query = ReportQuery(name, start, end)
            result = service.run(query)
            app_s = best_of(runs, lambda q=query: service.run(q))   # type: ignore[misc]

            def baseline(name: str = name) -> None:
                raw.execute("BEGIN")
                RAW[name](raw, params)
                raw.execute("COMMIT")

            baseline_s = best_of(runs, baseline)
            ratio = app_s / baseline_s if baseline_s else None
            verdict = "ok" if app_s <= TARGET_S and ratio is not None and ratio <= TARGET_RATIO else "over"
            note = (f"{len(result.rows)} rows, {app_s * 1000:.0f} ms (target {TARGET_S * 1000:.0f} ms), ratio "
                    f"{ratio:.2f} (target {TARGET_RATIO}): {verdict}")
            out.append({"name": f"report_{name}", "size": deals, "app_s": app_s, "baseline_s": baseline_s,
                        "ratio": ratio, "target_ratio": TARGET_RATIO, "target_s": TARGET_S, "note": note})
            print(f"report_{name:<14} app {app_s:.3f} s  raw {baseline_s:.3f} s  ratio {ratio:.2f}  {verdict}",
                  flush=True)
        raw.close()
        print(f"({counts[0]:,} deals, {counts[1]:,} activities; period {start} .. {end}; best of {runs})")
    finally:
        db.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Report benchmarks of crm-desktop against plain sqlite3.")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_DEALS:,} deals instead of {FULL_DEALS:,}")
    parser.add_argument("--build-only", action="store_true", help="build the cached base and stop")
    parser.add_argument("--runs", type=int, default=RUNS, help=f"timed runs per side, the best counts ({RUNS})")
    args = parser.parse_args(argv)
    deals = QUICK_DEALS if args.quick else FULL_DEALS
    path = cached_base(deals, date.today())
    if args.build_only:
        print(path)
        return 0
    started = time.perf_counter()
    for r in rows(args.quick, args.runs):
        print(f"{r['name']:<22}{r['size']:>9}  app {r['app_s']:.3f} s  baseline {r['baseline_s']:.3f} s  "
              f"ratio {r['ratio']:.2f}  {r['note'].rsplit(': ', 1)[-1]}")
    print(f"({time.perf_counter() - started:.0f} s in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
