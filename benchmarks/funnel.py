"""Benchmarks of the sales funnel: the board and a persisted move, against plain sqlite3 doing the same work.

    python benchmarks/funnel.py [--quick]

Rows (the same keys as run.py's, plus a note):
  funnel_board_open      PipelineService.board() of N open deals in 8 stages, against one raw sqlite3 query that
                         returns the same card data (parties, owner, next task, last activity) plus the tag query.
  funnel_move_persisted  the median of 50 committed move_deal() calls to the next stage, against the median of 50
                         raw sqlite3 transactions writing the same rows (deal update, history close and insert,
                         timeline entry, change log) and committing. Its target is absolute: 50 ms at most.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from common import raw_connection  # benchmarks/common.py, beside this file
from sqlalchemy import insert, select

from crm_desktop.db.database import Database, open_database
from crm_desktop.models import (
    Activity,
    Company,
    Deal,
    DealStageHistory,
    Person,
    Tag,
    Task,
    User,
    deal_tags,
    utcnow,
)
from crm_desktop.services.defaults import ensure_defaults
from crm_desktop.services.pipeline import PipelineService

FULL_DEALS = 10_000
QUICK_DEALS = 2_000
BOARD_RUNS = 5
MOVES = 50
BOARD_TARGET_RATIO = 3.0
MOVE_TARGET_S = 0.050
EXTRA_STAGES = (("Demo", 60), ("Contract", 80), ("Invoice sent", 95))  # 5 default stages + 3 = 8

RAW_BOARD = """
SELECT d.id, d.version, d.title, d.amount, d.currency, d.owner_id, u.full_name, u.login, d.stage_id,
       d.board_position, d.stage_entered_at, c.name, p.first_name, p.last_name, nt.due, la.at
FROM deals d
LEFT JOIN companies c ON c.id = d.company_id
LEFT JOIN persons p ON p.id = d.person_id
LEFT JOIN users u ON u.id = d.owner_id
LEFT JOIN (SELECT deal_id, min(coalesce(due_at, :now)) AS due FROM tasks
           WHERE deal_id IN (SELECT id FROM deals WHERE pipeline_id = :p AND status = 'open' AND deleted_at IS NULL)
             AND done_at IS NULL AND deleted_at IS NULL GROUP BY deal_id) nt ON nt.deal_id = d.id
LEFT JOIN (SELECT deal_id, max(occurred_at) AS at FROM activities
           WHERE deal_id IN (SELECT id FROM deals WHERE pipeline_id = :p AND status = 'open' AND deleted_at IS NULL)
             AND deleted_at IS NULL GROUP BY deal_id) la ON la.deal_id = d.id
WHERE d.pipeline_id = :p AND d.status = 'open' AND d.deleted_at IS NULL
ORDER BY d.board_position, d.id
"""
RAW_TAGS = """
SELECT dt.deal_id, t.name FROM deal_tags dt JOIN tags t ON t.id = dt.tag_id
WHERE dt.deal_id IN (SELECT id FROM deals WHERE pipeline_id = :p AND status = 'open' AND deleted_at IS NULL)
  AND t.deleted_at IS NULL ORDER BY t.name
"""


def build(path: Path, deals: int, seed: int = 1) -> tuple[Database, int, list[int]]:
    """A fresh database with `deals` open deals spread over 8 stages; (database, pipeline id, stage ids)."""
    rng = random.Random(seed)
    db = open_database(path)
    ensure_defaults(db, "en")
    service = PipelineService(db)
    pipeline_id = service.default_pipeline_id()
    for name, probability in EXTRA_STAGES:
        service.add_stage(pipeline_id, name, probability=probability, rotting_days=10)
    stages = [st.id for st in service.list_pipelines()[0].stages]
    now = utcnow()
    with db.session() as s:
        s.execute(insert(User), [{"login": f"manager{i}", "full_name": f"Manager {i}"} for i in range(6)])
        owners = list(s.scalars(select(User.id)))
        n_companies = deals // 2
        s.execute(insert(Company), [{"name": f"Company {i}", "owner_id": rng.choice(owners)}
                                    for i in range(n_companies)])
        s.execute(insert(Person), [{"first_name": f"First{i}", "last_name": f"Last{i}", "owner_id": rng.choice(owners)}
                                   for i in range(deals)])
        companies = list(s.scalars(select(Company.id)))
        persons = list(s.scalars(select(Person.id)))
        s.execute(insert(Tag), [{"name": f"tag{i}"} for i in range(8)])
        tags = list(s.scalars(select(Tag.id)))
        deal_rows: list[dict[str, Any]] = []
        for i in range(deals):
            entered = now - timedelta(days=rng.randint(0, 40), minutes=rng.randint(0, 600))
            deal_rows.append({
                "title": f"Deal {i}", "amount": Decimal(rng.randint(100, 50_000)),
                "currency": rng.choice(("EUR", "USD")),
                "pipeline_id": pipeline_id, "stage_id": stages[i % len(stages)], "board_position": float(i + 1),
                "stage_entered_at": entered, "owner_id": rng.choice(owners),
                "company_id": rng.choice(companies) if rng.random() < 0.7 else None, "person_id": persons[i],
                "status": "open"})
        s.execute(insert(Deal), deal_rows)
        deal_ids = list(s.scalars(select(Deal.id).order_by(Deal.id)))
        s.execute(insert(DealStageHistory), [
            {"deal_id": d, "stage_id": r["stage_id"], "entered_at": r["stage_entered_at"]}
            for d, r in zip(deal_ids, deal_rows, strict=True)])
        tasks: list[dict[str, Any]] = []
        activities: list[dict[str, Any]] = []
        for d, r in zip(deal_ids, deal_rows, strict=True):
            if rng.random() < 0.75:
                due = now + timedelta(days=rng.randint(-3, 20)) if rng.random() < 0.9 else None
                tasks.append({"deal_id": d, "title": "Call back", "due_at": due, "owner_id": r["owner_id"]})
            if rng.random() < 0.4:  # a finished task: must not count as the next one
                tasks.append({"deal_id": d, "title": "Send offer", "due_at": now - timedelta(days=5),
                              "done_at": now - timedelta(days=4), "owner_id": r["owner_id"]})
            for _ in range(2):
                activities.append({"kind": "call", "deal_id": d, "subject": "Call",
                                   "occurred_at": now - timedelta(days=rng.randint(0, 60))})
        s.execute(insert(Task), tasks)
        s.execute(insert(Activity), activities)
        s.execute(insert(deal_tags), [{"deal_id": d, "tag_id": rng.choice(tags)}
                                      for d in deal_ids if rng.random() < 0.3])
    return db, pipeline_id, stages




def best_of(runs: int, measure: Callable[[], object]) -> float:
    """The fastest of `runs` timed calls (the first also warms the caches of both sides)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        measure()
        times.append(time.perf_counter() - started)
    return min(times)


def bench_board(db: Database, pipeline_id: int, size: int) -> dict[str, Any]:
    service = PipelineService(db)
    app_s = best_of(BOARD_RUNS, lambda: service.board(pipeline_id))
    cards = sum(c.count for c in service.board(pipeline_id).columns)
    raw = raw_connection(db)
    now = utcnow().isoformat(" ")
    try:
        def raw_board() -> None:
            raw.execute("BEGIN")
            raw.execute(RAW_BOARD, {"p": pipeline_id, "now": now}).fetchall()
            raw.execute(RAW_TAGS, {"p": pipeline_id}).fetchall()
            raw.execute("COMMIT")

        baseline_s = best_of(BOARD_RUNS, raw_board)
    finally:
        raw.close()
    return row("funnel_board_open", size, app_s, baseline_s, BOARD_TARGET_RATIO,
               f"{cards} cards in 8 columns in {app_s * 1000:.0f} ms (best of {BOARD_RUNS})")


def bench_move(db: Database, pipeline_id: int, stages: list[int], size: int) -> dict[str, Any]:
    service = PipelineService(db, user_id=1)
    with db.session(write=False) as s:
        # deals of the first seven stages, so each can move one stage to the right
        movable = list(s.execute(select(Deal.id, Deal.stage_id).where(Deal.stage_id != stages[-1])
                                 .order_by(Deal.id).limit(2 * MOVES)))
    next_stage = {a: b for a, b in zip(stages, stages[1:], strict=False)}
    app_times = []
    for deal_id, stage_id in movable[:MOVES]:
        started = time.perf_counter()
        service.move_deal(deal_id, next_stage[stage_id])
        app_times.append(time.perf_counter() - started)
    raw = raw_connection(db)
    raw_times = []
    try:
        for deal_id, stage_id in movable[MOVES:]:
            target = next_stage[stage_id]
            now = utcnow().isoformat(" ")
            started = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            end = raw.execute("SELECT max(board_position) FROM deals WHERE pipeline_id = ? AND stage_id = ? AND "
                              "status = 'open' AND deleted_at IS NULL", (pipeline_id, target)).fetchone()[0] or 0.0
            raw.execute("UPDATE deals SET stage_id = ?, stage_entered_at = ?, board_position = ?, "
                        "version = version + 1, updated_at = ? WHERE id = ?", (target, now, end + 1, now, deal_id))
            raw.execute("UPDATE deal_stage_history SET left_at = ? WHERE deal_id = ? AND left_at IS NULL",
                        (now, deal_id))
            raw.execute("INSERT INTO deal_stage_history (deal_id, stage_id, from_stage_id, entered_at, user_id) "
                        "VALUES (?, ?, ?, ?, 1)", (deal_id, target, stage_id, now))
            raw.execute("INSERT INTO activities (uuid, created_at, updated_at, version, kind, occurred_at, "
                        "user_id, deal_id, subject, data) VALUES (?, ?, ?, 1, 'stage_change', ?, 1, ?, 'a → b', "
                        "?)", (f"raw-{deal_id}", now, now, now, deal_id, f'{{"from": {stage_id}, "to": {target}}}'))
            raw.execute("INSERT INTO change_log (changed_at, user_id, entity, entity_id, action, field, old_value, "
                        "new_value) VALUES (?, 1, 'deals', ?, 'update', 'stage_id', ?, ?)",
                        (now, deal_id, str(stage_id), str(target)))
            raw.execute("COMMIT")
            raw_times.append(time.perf_counter() - started)
    finally:
        raw.close()
    app_s, baseline_s = statistics.median(app_times), statistics.median(raw_times)
    verdict = "ok" if app_s <= MOVE_TARGET_S else "over"
    return row("funnel_move_persisted", size, app_s, baseline_s, None,
               f"median of {MOVES} committed moves: {app_s * 1000:.1f} ms, absolute target "
               f"{MOVE_TARGET_S * 1000:.0f} ms: {verdict}")


def row(name: str, size: int, app_s: float, baseline_s: float, target: float | None, note: str) -> dict[str, Any]:
    return {"name": name, "size": size, "app_s": app_s, "baseline_s": baseline_s,
            "ratio": app_s / baseline_s if baseline_s else None, "target_ratio": target, "note": note}


def rows(quick: bool) -> list[dict[str, Any]]:
    """Both funnel rows on one freshly built database of 10,000 open deals (2,000 with quick)."""
    size = QUICK_DEALS if quick else FULL_DEALS
    with tempfile.TemporaryDirectory(prefix="crm-funnel-") as tmp:
        db, pipeline_id, stages = build(Path(tmp) / "funnel.db", size)
        try:
            board = bench_board(db, pipeline_id, size)
            print(f"funnel_board_open: {board['note']}; raw sqlite3 {board['baseline_s'] * 1000:.0f} ms", flush=True)
            move = bench_move(db, pipeline_id, stages, size)
            print(f"funnel_move_persisted: {move['note']}; raw sqlite3 {move['baseline_s'] * 1000:.1f} ms",
                  flush=True)
        finally:
            db.close()
    return [board, move]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Funnel benchmarks of crm-desktop against plain sqlite3.")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_DEALS:,} deals instead of {FULL_DEALS:,}")
    args = parser.parse_args(argv)
    started = datetime.now()
    for r in rows(args.quick):
        ratio = "n/a" if r["ratio"] is None else f"{r['ratio']:.2f}"
        target = "n/a" if r["target_ratio"] is None else f"{r['target_ratio']:.1f}"
        print(f"{r['name']:<24}{r['size']:>7}  app {r['app_s']:.4f} s  baseline {r['baseline_s']:.4f} s  "
              f"ratio {ratio}  target {target}")
    print(f"({(datetime.now() - started).total_seconds():.0f} s in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
