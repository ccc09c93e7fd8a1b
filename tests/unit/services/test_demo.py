"""Demo data: counts, determinism, the five scripts, consistent deals, normalised channels, cancel and integrity."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from crm_desktop.db.database import Database, open_database
from crm_desktop.errors import CancelledError
from crm_desktop.models import (
    Activity,
    Company,
    ContactChannel,
    Deal,
    DealLine,
    DealStageHistory,
    Person,
    Stage,
    Task,
    TaskReminder,
    User,
)
from crm_desktop.services.demo import DemoCounts, generate_demo
from crm_desktop.services.progress import Progress


def _small(db: Database, seed: int = 7) -> DemoCounts:
    """The small generation most tests look at: 300 contacts, 100 deals."""
    return generate_demo(db, contacts=300, deals=100, seed=seed)


def _open(path: Path) -> Database:
    return open_database(path, backups_dir=path.parent / "backups")


@pytest.fixture
def fresh_db(tmp_path: Path) -> Iterator[Database]:
    """An empty migrated database file (generate_demo adds the starting lists itself)."""
    database = _open(tmp_path / "demo.db")
    yield database
    database.close()


@pytest.fixture
def small_demo(fresh_db: Database) -> tuple[Database, DemoCounts]:
    return fresh_db, _small(fresh_db)


def _count(db: Database, model: type) -> int:
    with db.session(write=False) as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_small_generation_gives_the_requested_counts(small_demo: tuple[Database, DemoCounts]) -> None:
    db, counts = small_demo
    assert counts.contacts == 300
    assert counts.deals == 100
    assert counts.products == 30
    assert _count(db, Person) == 300
    assert _count(db, Deal) == 100
    assert _count(db, Company) == counts.companies > 0
    assert _count(db, Task) == counts.tasks > 0
    assert _count(db, Activity) == counts.activities >= 200  # 2-3 per deal and some per contact
    assert _count(db, User) >= 5  # the default user and the demo's managers
    with db.session(write=False) as s:
        private = s.scalar(select(func.count()).select_from(Person).where(Person.company_id.is_(None)))
        roles = set(s.scalars(select(Person.company_role).distinct()))
        statuses = set(s.scalars(select(Person.status).distinct()))
        reminders = s.scalar(select(func.count()).select_from(TaskReminder))
        open_tasks = s.scalar(select(func.count()).select_from(Task).where(Task.done_at.is_(None)))
        done_without_result = s.scalar(select(func.count()).select_from(Task)
                                       .where(Task.done_at.is_not(None), Task.result.is_(None)))
    assert 0.15 < (private or 0) / 300 < 0.45
    assert {"director", "chief accountant", "sales manager", "secretary"} <= roles
    assert {"lead", "prospect", "client", "lost"} <= statuses
    assert reminders
    assert open_tasks
    assert done_without_result == 0


def test_default_deal_count_is_a_third_of_the_contacts(fresh_db: Database) -> None:
    counts = generate_demo(fresh_db, contacts=90, seed=3)
    assert counts.deals == 30 == _count(fresh_db, Deal)


def _snapshot(db: Database) -> list[tuple[object, ...]]:
    with db.session(write=False) as s:
        people = s.execute(select(Person.uuid, Person.first_name, Person.last_name, Person.birthday_md,
                                  Person.status).order_by(Person.id)).all()
        deals = s.execute(select(Deal.uuid, Deal.title, Deal.amount, Deal.status, Deal.stage_id)
                          .order_by(Deal.id)).all()
        channels = s.execute(select(ContactChannel.value).order_by(ContactChannel.id)).all()
        activities = s.execute(select(Activity.uuid, Activity.subject).order_by(Activity.id)).all()
    return [tuple(r) for r in (*people, *deals, *channels, *activities)]


def test_same_seed_gives_identical_rows(tmp_path: Path) -> None:
    first, second, other = (_open(tmp_path / f"{name}.db") for name in ("a", "b", "c"))
    try:
        _small(first)
        _small(second)
        _small(other, seed=8)
        assert _snapshot(first) == _snapshot(second)
        assert _snapshot(first) != _snapshot(other)
    finally:
        for db in (first, second, other):
            db.close()


def test_names_mix_all_five_scripts(small_demo: tuple[Database, DemoCounts]) -> None:
    db, _ = small_demo
    with db.session(write=False) as s:
        names = " ".join(f"{f} {m or ''} {last}" for f, m, last in
                         s.execute(select(Person.first_name, Person.middle_name, Person.last_name)))
        cities = set(s.scalars(select(Person.city).distinct()))
        languages = set(s.scalars(select(Person.language).distinct()))
    assert languages == {"en", "nl", "fa", "pl", "ru"}
    assert re.search(r"[А-Яа-яЁё]", names), "Russian names in Cyrillic"
    assert re.search(r"[\u0600-\u06FF]", names), "Persian names in Persian script"
    assert re.search(r"[łżśóąęćńŁŻŚ]", names), "Polish names with their diacritics"
    assert re.search(r"\b(van|de|der)\b|ij", names), "Dutch names"
    assert {"Amsterdam", "Warszawa", "Москва", "تهران"} & cities


def test_won_deals_have_lines_that_sum_to_the_amount(small_demo: tuple[Database, DemoCounts]) -> None:
    db, _ = small_demo
    with db.session(write=False) as s:
        won = s.scalars(select(Deal).where(Deal.status == "won")).all()
        assert won
        for deal in won:
            lines = s.scalars(select(DealLine).where(DealLine.deal_id == deal.id)).all()
            assert lines, f"won deal {deal.id} has no lines"
            total = sum(
                (line.quantity * line.price * (100 - line.discount_pct) / 100).quantize(
                    Decimal("0.01"), rounding=ROUND_HALF_UP)
                for line in lines
            )
            assert total == deal.amount
            assert deal.amount_from_lines
            assert deal.closed_on is not None


def test_lost_deals_have_a_loss_reason(small_demo: tuple[Database, DemoCounts]) -> None:
    db, _ = small_demo
    with db.session(write=False) as s:
        lost = s.execute(select(Deal.loss_reason_id, Deal.closed_on).where(Deal.status == "lost")).all()
    assert lost
    assert all(reason is not None and closed is not None for reason, closed in lost)


def test_open_deals_are_spread_over_all_stages_with_history(small_demo: tuple[Database, DemoCounts]) -> None:
    db, _ = small_demo
    with db.session(write=False) as s:
        stage_ids = list(s.scalars(select(Stage.id).order_by(Stage.position)))
        open_deals = s.scalars(select(Deal).where(Deal.status == "open")).all()
        assert {d.stage_id for d in open_deals} == set(stage_ids)
        for deal in open_deals:
            stays = s.scalars(select(DealStageHistory).where(DealStageHistory.deal_id == deal.id)
                              .order_by(DealStageHistory.entered_at)).all()
            # one stay per stage passed, each ending where the next begins; the current one still open
            assert [h.stage_id for h in stays] == stage_ids[: stage_ids.index(deal.stage_id) + 1]
            assert stays[-1].left_at is None
            assert all(a.left_at == b.entered_at for a, b in zip(stays, stays[1:], strict=False))
            assert deal.stage_entered_at == stays[-1].entered_at


def test_last_activity_is_the_latest_activity(small_demo: tuple[Database, DemoCounts]) -> None:
    db, _ = small_demo
    with db.session(write=False) as s:
        latest = {pid: at for pid, at in s.execute(
            select(Activity.person_id, func.max(Activity.occurred_at))
            .where(Activity.person_id.is_not(None)).group_by(Activity.person_id))}
        stored = {pid: at for pid, at in s.execute(select(Person.id, Person.last_activity_at))}
    assert latest
    assert all(stored[pid] == at for pid, at in latest.items() if pid is not None)
    assert all(at is None for pid, at in stored.items() if pid not in latest)


def test_channels_are_normalised(small_demo: tuple[Database, DemoCounts]) -> None:
    db, _ = small_demo
    with db.session(write=False) as s:
        channels = s.execute(select(ContactChannel.kind, ContactChannel.value, ContactChannel.normalized)).all()
    phones = [(v, n) for k, v, n in channels if k == "phone"]
    emails = [(v, n) for k, v, n in channels if k == "email"]
    assert phones
    assert emails
    for value, normalized in phones:
        assert normalized.isdigit()
        assert normalized == re.sub(r"\D", "", value)
    assert any(re.fullmatch(r"\+7 \(\d{3}\) \d{3}-\d{2}-\d{2}", v) for v, _ in phones)
    assert any(re.fullmatch(r"\+31 \d{2} \d{3} \d{4}", v) for v, _ in phones)
    for value, normalized in emails:
        assert normalized == value.lower()
        assert re.fullmatch(r"[a-z0-9.\-]+@[a-z0-9.\-]+", normalized)


def test_cancel_leaves_the_database_unchanged(fresh_db: Database) -> None:
    calls: list[int] = []

    def cancel_on_second_step(done: int, total: int, _text: str) -> None:
        calls.append(done)
        if len(calls) == 2:
            progress.cancel()

    progress = Progress(cancel_on_second_step)
    with pytest.raises(CancelledError):
        generate_demo(fresh_db, contacts=30_000, seed=2, progress=progress)
    assert calls[0] == 0
    assert _count(fresh_db, Person) == 0
    assert _count(fresh_db, Company) == 0
    assert _count(fresh_db, Deal) == 0


def test_foreign_keys_and_integrity_hold(small_demo: tuple[Database, DemoCounts]) -> None:
    db, _ = small_demo
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_a_second_run_adds_more_without_collisions(small_demo: tuple[Database, DemoCounts]) -> None:
    db, _ = small_demo
    again = _small(db)
    assert again.products == 0  # the catalogue is reused
    assert _count(db, Person) == 600
    assert _count(db, Deal) == 200


def test_stored_values_are_what_sqlalchemy_itself_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast path writes preformatted values; the portable path (for servers) goes through SQLAlchemy's typed
    columns. On SQLite both must leave byte-identical rows, or the ORM would read the fast path's rows wrongly."""
    fast = _open(tmp_path / "fast.db")
    portable = _open(tmp_path / "portable.db")
    try:
        _small(fast)
        monkeypatch.setattr(Database, "is_sqlite", property(lambda self: False))
        _small(portable)
        assert _snapshot(fast) == _snapshot(portable)
    finally:
        fast.close()
        portable.close()
    # the starting lists of ensure_defaults() (and its user) have random UUIDs and times: not compared
    tables = ("companies", "persons", "contact_channels", "company_tags", "person_tags", "deals",
              "deal_stage_history", "deal_lines", "tasks", "task_reminders", "activities", "products", "campaigns",
              "tags")
    raw_fast, raw_portable = sqlite3.connect(tmp_path / "fast.db"), sqlite3.connect(tmp_path / "portable.db")
    try:
        for table in tables:
            query = f"SELECT * FROM {table} ORDER BY rowid"
            assert raw_fast.execute(query).fetchall() == raw_portable.execute(query).fetchall(), table
        query = "SELECT * FROM users WHERE id > 1 ORDER BY id"
        assert raw_fast.execute(query).fetchall() == raw_portable.execute(query).fetchall()
    finally:
        raw_fast.close()
        raw_portable.close()


@pytest.mark.parametrize("language", ["en", "nl", "fa", "pl", "ru"])
def test_every_language_generates(tmp_path: Path, language: str) -> None:
    db = _open(tmp_path / f"{language}.db")
    try:
        counts = generate_demo(db, contacts=120, deals=60, seed=5, language=language)
        assert counts.deals == 60
        with db.session(write=False) as s:
            # most contacts speak the database's language, the rest the four others
            languages = list(s.scalars(select(Person.language)))
            won_lines = s.scalar(select(func.count()).select_from(DealLine))
        assert languages.count(language) > len(languages) / 4
        assert won_lines
    finally:
        db.close()
