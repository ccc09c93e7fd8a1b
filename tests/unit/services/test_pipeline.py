"""The sales funnel service: board, filters, moves with history and rules, the next-task rule, outcomes, stages."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import tempfile
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, literal, select

from crm_desktop import config
from crm_desktop.db.database import Database
from crm_desktop.errors import ConflictError, NotFoundError, ValidationError
from crm_desktop.models import (
    Activity,
    AppSetting,
    Attachment,
    ChangeLog,
    Company,
    Deal,
    DealStageHistory,
    Document,
    LeadSource,
    LossReason,
    Person,
    Tag,
    Task,
    User,
)
from crm_desktop.services import pipeline as pipeline_module
from crm_desktop.services.pipeline import (
    NEXT_TASK_MANDATORY,
    BoardFilter,
    DealInput,
    DealLineInput,
    NextTaskRequiredError,
    PipelineService,
    line_totals,
)

T0 = datetime(2025, 3, 10, 9, 0, 0)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock(T0)


@pytest.fixture
def user_id(db: Database) -> int:
    with db.session(write=False) as s:
        found = s.scalar(select(User.id).order_by(User.id).limit(1))
    assert found is not None
    return found


@pytest.fixture
def svc(db: Database, user_id: int, clock: Clock) -> PipelineService:
    return PipelineService(db, user_id=user_id, clock=clock)


@pytest.fixture
def pid(svc: PipelineService) -> int:
    return svc.default_pipeline_id()


@pytest.fixture
def stages(svc: PipelineService, pid: int) -> list[int]:
    """The five default stages in order: New lead, Qualified, Proposal sent, Negotiation, For payment."""
    return [st.id for st in svc.list_pipelines()[0].stages]


@pytest.fixture
def no_generator() -> Iterator[None]:
    pipeline_module.register_document_generator(None)
    yield
    pipeline_module.register_document_generator(None)


def add(db: Database, record: Any) -> int:
    with db.session() as s:
        s.add(record)
        s.flush()
        new_id: int = record.id
    return new_id


def count(db: Database, model: Any, *where: Any) -> int:
    with db.session(write=False) as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def deal(svc: PipelineService, pid: int, stage: int, title: str = "Deal", **kw: Any) -> int:
    return svc.create_deal(DealInput(title=title, pipeline_id=pid, stage_id=stage, **kw))


def titles(svc: PipelineService, pid: int, column: int = 0, filt: BoardFilter | None = None) -> list[str]:
    board = svc.board(pid, filt or BoardFilter())
    return [c.title for c in board.columns[column].cards]


def version(svc: PipelineService, deal_id: int) -> int:
    return svc.card(deal_id).version


# ---- the board --------------------------------------------------------------------------------------------------

def test_board_columns_counts_and_sums_per_currency(db: Database, svc: PipelineService, pid: int,
                                                    stages: list[int]) -> None:
    deal(svc, pid, stages[0], "A", amount=Decimal("100"))
    deal(svc, pid, stages[0], "B", amount=Decimal("50.50"))
    deal(svc, pid, stages[0], "C", amount=Decimal("10"), currency="usd")
    deal(svc, pid, stages[2], "D", amount=Decimal("7"))
    won = deal(svc, pid, stages[0], "Won", amount=Decimal("999"))
    svc.win_deal(won, date(2025, 3, 10))
    gone = deal(svc, pid, stages[0], "Deleted", amount=Decimal("999"))
    svc.delete_deal(gone)

    board = svc.board(pid)
    assert board.pipeline.name == "Sales"
    assert [c.stage.name for c in board.columns] == ["New lead", "Qualified", "Proposal sent", "Negotiation",
                                                     "For payment"]
    assert [c.count for c in board.columns] == [3, 0, 1, 0, 0]
    assert [c.stage.open_deals for c in board.columns] == [3, 0, 1, 0, 0]
    first = board.columns[0]
    assert [c.title for c in first.cards] == ["A", "B", "C"]
    assert first.sums == {"EUR": Decimal("150.50"), "USD": Decimal("10.00")}
    assert board.columns[1].sums == {}


def test_card_shows_party_owner_days_next_task_and_tags(db: Database, svc: PipelineService, pid: int,
                                                        stages: list[int], clock: Clock, user_id: int) -> None:
    company = add(db, Company(name="Acme Ltd"))
    person = add(db, Person(first_name="Ann", last_name="Lee"))
    tag_b, tag_a = add(db, Tag(name="beta")), add(db, Tag(name="alpha"))
    with_company = deal(svc, pid, stages[0], "Boxes", company_id=company, person_id=person, owner_id=user_id,
                        tag_ids=(tag_b, tag_a))
    private = deal(svc, pid, stages[0], "Advice", person_id=person)
    svc.plan_next_task(with_company, "call", T0 + timedelta(days=5), "Later call")
    svc.plan_next_task(with_company, "call", T0 + timedelta(days=2), "First call")
    done = svc.plan_next_task(with_company, "call", T0 + timedelta(days=1), "Done already")
    svc.complete_task(done, "ok")
    clock.advance(days=3, hours=5)

    card = svc.card(with_company)
    assert card.party == "Acme Ltd"
    assert card.owner_id == user_id
    assert card.owner_name
    assert card.days_in_stage == 3
    assert card.next_task_due == T0 + timedelta(days=2)
    assert card.tags == ("alpha", "beta")
    other = svc.card(private)
    assert (other.party, other.owner_name, other.next_task_due, other.tags) == ("Ann Lee", "", None, ())


def test_an_undated_open_task_counts_as_due_now(svc: PipelineService, pid: int, stages: list[int], db: Database,
                                               clock: Clock) -> None:
    deal_id = deal(svc, pid, stages[0])
    add(db, Task(title="Some day", deal_id=deal_id, due_at=None))
    clock.advance(hours=2)
    assert svc.card(deal_id).next_task_due == clock.now
    assert svc.deals_without_next_task(pid) == []


def test_rotting_by_days_in_stage_and_by_quiet_days(db: Database, svc: PipelineService, pid: int,
                                                   stages: list[int], clock: Clock) -> None:
    quiet = deal(svc, pid, stages[0], "Quiet")  # "New lead" rots after 14 days
    add(db, Activity(kind="call", deal_id=quiet, occurred_at=T0 - timedelta(days=20)))
    fresh = deal(svc, pid, stages[0], "Fresh")
    clock.advance(days=10)
    assert svc.card(quiet).rotting  # last contact 30 days ago, although only 10 days in the stage
    assert not svc.card(fresh).rotting
    clock.advance(days=5)
    assert svc.card(fresh).days_in_stage == 15
    assert svc.card(fresh).rotting
    svc.update_stage(stages[0], clear_rotting=True)
    assert not svc.card(fresh).rotting


def test_board_filters_by_owner_tag_source_and_text(db: Database, svc: PipelineService, pid: int,
                                                   stages: list[int], user_id: int) -> None:
    other_user = add(db, User(login="bob", full_name="Bob"))
    source = add(db, LeadSource(name="Fair 2025"))
    tag = add(db, Tag(name="vip"))
    romashka = add(db, Company(name="ООО Ромашка"))
    person = add(db, Person(first_name="Ирина", last_name="Соколова"))
    deal(svc, pid, stages[0], "Roses", company_id=romashka, owner_id=user_id)
    deal(svc, pid, stages[0], "ACME servers", owner_id=other_user, tag_ids=(tag,))
    deal(svc, pid, stages[0], "Консалтинг", company_id=romashka, person_id=person, lead_source_id=source)
    deal(svc, pid, stages[0], "Plain")

    assert titles(svc, pid, filt=BoardFilter(owner_id=user_id)) == ["Roses"]
    assert titles(svc, pid, filt=BoardFilter(owner_id=other_user)) == ["ACME servers"]
    assert titles(svc, pid, filt=BoardFilter(tag_id=tag)) == ["ACME servers"]
    assert titles(svc, pid, filt=BoardFilter(lead_source_id=source)) == ["Консалтинг"]
    assert titles(svc, pid, filt=BoardFilter(text="ооо")) == ["Roses", "Консалтинг"]
    assert titles(svc, pid, filt=BoardFilter(text="ромаШКА")) == ["Roses", "Консалтинг"]
    assert titles(svc, pid, filt=BoardFilter(text="КОНСАЛ")) == ["Консалтинг"]
    assert titles(svc, pid, filt=BoardFilter(text="ирина")) == ["Консалтинг"]  # the person behind a company deal
    assert titles(svc, pid, filt=BoardFilter(text="acme")) == ["ACME servers"]
    assert titles(svc, pid, filt=BoardFilter(text="  ")) == ["Roses", "ACME servers", "Консалтинг", "Plain"]
    filtered = svc.board(pid, BoardFilter(text="acme")).columns[0]
    assert filtered.count == 1
    assert filtered.stage.open_deals == 4


# ---- moving deals -----------------------------------------------------------------------------------------------

def test_move_between_stages_writes_history_activity_log_and_times(db: Database, svc: PipelineService, pid: int,
                                                                  stages: list[int], clock: Clock,
                                                                  user_id: int) -> None:
    company = add(db, Company(name="Acme"))
    deal_id = deal(svc, pid, stages[0], "Move me", company_id=company)
    clock.advance(hours=2)
    result = svc.move_deal(deal_id, stages[1], expected_version=version(svc, deal_id))
    assert (result.from_stage_id, result.to_stage_id, result.stage_changed) == (stages[0], stages[1], True)
    assert result.card.stage_id == stages[1]
    assert result.card.days_in_stage == 0
    assert titles(svc, pid, 1) == ["Move me"]

    history = svc.stage_history(deal_id)
    assert [(h.stage_id, h.from_stage_id, h.entered_at, h.left_at) for h in history] == [
        (stages[0], None, T0, T0 + timedelta(hours=2)),
        (stages[1], stages[0], T0 + timedelta(hours=2), None)]
    assert history[1].user_name
    assert history[1].stage_name == "Qualified"
    with db.session() as s:  # a write session: its objects stay loaded after the commit
        activity = s.scalars(select(Activity).where(Activity.deal_id == deal_id)).one()
        log = s.scalars(select(ChangeLog).where(ChangeLog.entity == "deals", ChangeLog.field == "stage_id")).one()
        moved_by = s.scalar(select(DealStageHistory.user_id).where(DealStageHistory.stage_id == stages[1]))
    assert (activity.kind, activity.subject, activity.data) == ("stage_change", "New lead → Qualified",
                                                                {"from": stages[0], "to": stages[1]})
    assert (activity.company_id, activity.occurred_at, activity.user_id) == (company, clock.now, user_id)
    assert (log.entity_id, log.old_value, log.new_value, log.user_id) == (deal_id, str(stages[0]), str(stages[1]),
                                                                          user_id)
    assert moved_by == user_id

    clock.advance(hours=3)
    svc.move_deal(deal_id, stages[0])
    clock.advance(hours=1)
    assert svc.time_in_stages(deal_id) == {stages[0]: 3 * 3600.0, stages[1]: 3 * 3600.0}


def test_reorder_within_a_column_persists(db: Database, svc: PipelineService, pid: int, stages: list[int]) -> None:
    a, b, c = (deal(svc, pid, stages[0], t) for t in "ABC")
    result = svc.move_deal(c, stages[0], index=0)
    assert not result.stage_changed
    assert titles(svc, pid) == ["C", "A", "B"]
    svc.move_deal(a, stages[0], index=2)
    assert titles(svc, pid) == ["C", "B", "A"]
    svc.move_deal(a, stages[0], index=1)
    fresh = PipelineService(db)  # another session, as after a restart
    assert titles(fresh, pid) == ["C", "A", "B"]
    svc.move_deal(b, stages[0], index=99)  # past the end: the end
    assert titles(svc, pid) == ["C", "A", "B"]
    assert count(db, DealStageHistory) == 3  # reordering writes no history
    assert count(db, Activity) == 0


def test_a_crowded_gap_renumbers_the_column(svc: PipelineService, pid: int, stages: list[int]) -> None:
    deal(svc, pid, stages[0], "first")
    deal(svc, pid, stages[0], "last")
    for n in range(60):  # each lands just below "first", halving the gap every time
        deal_id = deal(svc, pid, stages[1], f"n{n}")
        svc.move_deal(deal_id, stages[0], index=1)
    cards = svc.board(pid).columns[0].cards
    assert [c.title for c in cards] == ["first", *(f"n{n}" for n in reversed(range(60))), "last"]
    positions = [c.board_position for c in cards]
    assert positions == sorted(set(positions))


def test_moves_to_the_next_and_previous_stage(svc: PipelineService, pid: int, stages: list[int]) -> None:
    deal_id = deal(svc, pid, stages[0])
    assert svc.move_deal_to_adjacent_stage(deal_id, 1).to_stage_id == stages[1]
    assert svc.move_deal_to_adjacent_stage(deal_id, 1).to_stage_id == stages[2]
    assert svc.move_deal_to_adjacent_stage(deal_id, -1).to_stage_id == stages[1]
    svc.move_deal_to_adjacent_stage(deal_id, -1)
    with pytest.raises(ValidationError, match="first stage"):
        svc.move_deal_to_adjacent_stage(deal_id, -1)
    assert [h.stage_id for h in svc.stage_history(deal_id)] == [stages[0], stages[1], stages[2], stages[1],
                                                                stages[0]]


def test_moves_refused_across_pipelines_and_for_closed_or_deleted_deals(svc: PipelineService, pid: int,
                                                                       stages: list[int]) -> None:
    other = svc.create_pipeline("Partners")
    foreign = svc.add_stage(other.id, "Intro")
    deal_id = deal(svc, pid, stages[0], "Stay")
    with pytest.raises(ValidationError, match="another pipeline"):
        svc.move_deal(deal_id, foreign.id)
    svc.lose_deal(deal_id, None, note="Went quiet")
    with pytest.raises(ValidationError, match="lost"):
        svc.move_deal(deal_id, stages[1])
    trashed = deal(svc, pid, stages[0], "Trashed")
    svc.delete_deal(trashed)
    with pytest.raises(ValidationError, match="Trash"):
        svc.move_deal(trashed, stages[1])
    with pytest.raises(NotFoundError):
        svc.move_deal(10_000, stages[1])


def test_version_conflicts_on_move_and_update(svc: PipelineService, pid: int, stages: list[int]) -> None:
    deal_id = deal(svc, pid, stages[0], "Contested")
    seen = svc.get_deal(deal_id)
    svc.move_deal(deal_id, stages[1], expected_version=seen.version)  # someone else moves it
    with pytest.raises(ConflictError, match=r"'Contested' was changed by someone else"):
        svc.move_deal(deal_id, stages[2], expected_version=seen.version)
    with pytest.raises(ConflictError, match="someone else"):
        svc.update_deal(deal_id, seen.input, expected_version=seen.version)
    with pytest.raises(ConflictError):
        svc.win_deal(deal_id, date(2025, 3, 10), expected_version=seen.version)
    assert svc.card(deal_id).stage_id == stages[1]


# ---- won, lost, reopened -----------------------------------------------------------------------------------------

def test_won_with_date_and_final_amount(db: Database, svc: PipelineService, pid: int, stages: list[int],
                                        clock: Clock) -> None:
    deal_id = deal(svc, pid, stages[3], "Big one", amount=Decimal("1000"))
    clock.advance(days=1)
    svc.win_deal(deal_id, date(2025, 3, 9), final_amount=Decimal("1250.5"),
                 expected_version=version(svc, deal_id))
    detail = svc.get_deal(deal_id)
    assert (detail.status, detail.closed_on, detail.input.amount) == ("won", date(2025, 3, 9), Decimal("1250.50"))
    assert detail.history[-1].left_at == clock.now
    assert svc.board(pid).columns[3].count == 0
    with db.session() as s:
        activity = s.scalars(select(Activity).where(Activity.deal_id == deal_id)).one()
        fields = set(s.scalars(select(ChangeLog.field).where(ChangeLog.entity_id == deal_id)))
    assert activity.kind == "stage_change"
    assert activity.data is not None
    assert activity.data["outcome"] == "won"
    assert {"status", "amount"} <= fields
    with pytest.raises(ValidationError, match="won"):
        svc.win_deal(deal_id, date(2025, 3, 9))


def test_lost_requires_a_reason_or_a_note(svc: PipelineService, pid: int, stages: list[int]) -> None:
    deal_id = deal(svc, pid, stages[1])
    with pytest.raises(ValidationError, match="why the deal was lost"):
        svc.lose_deal(deal_id, None, note="   ")
    assert svc.card(deal_id).stage_id == stages[1]
    reason_id, reason_name = svc.list_loss_reasons()[0]
    svc.lose_deal(deal_id, reason_id, closed_on=date(2025, 3, 1))
    detail = svc.get_deal(deal_id)
    assert (detail.status, detail.loss_reason, detail.loss_note, detail.closed_on) == (
        "lost", reason_name, None, date(2025, 3, 1))

    noted = deal(svc, pid, stages[1])
    svc.lose_deal(noted, None, note="Budget frozen")
    assert svc.get_deal(noted).loss_note == "Budget frozen"
    assert svc.get_deal(noted).closed_on == T0.date()


def test_reopen_puts_the_deal_back_in_its_last_stage(svc: PipelineService, pid: int, stages: list[int],
                                                     clock: Clock) -> None:
    deal_id = deal(svc, pid, stages[2], "Back")
    deal(svc, pid, stages[2], "Already there")
    svc.lose_deal(deal_id, None, note="No")
    clock.advance(days=2)
    svc.reopen_deal(deal_id)
    detail = svc.get_deal(deal_id)
    assert (detail.status, detail.closed_on, detail.loss_note) == ("open", None, None)
    assert titles(svc, pid, 2) == ["Already there", "Back"]
    assert [(h.stage_id, h.left_at) for h in detail.history] == [(stages[2], T0), (stages[2], None)]
    svc.lose_deal(deal_id, None, note="Again")
    svc.reopen_deal(deal_id, stages[0])
    assert svc.card(deal_id).stage_id == stages[0]
    with pytest.raises(ValidationError, match="already open"):
        svc.reopen_deal(deal_id)


# ---- the next-task rule ----------------------------------------------------------------------------------------

def test_mandatory_next_task_refuses_a_move_and_changes_nothing(db: Database, svc: PipelineService, pid: int,
                                                                stages: list[int]) -> None:
    assert not svc.next_task_mandatory()
    svc.set_next_task_mandatory(True)
    assert svc.next_task_mandatory()
    with db.session(write=False) as s:
        assert s.get(AppSetting, NEXT_TASK_MANDATORY).value is True  # type: ignore[union-attr]
    deal_id = deal(svc, pid, stages[0])
    before = (svc.card(deal_id), count(db, DealStageHistory), count(db, Activity), count(db, ChangeLog))
    with pytest.raises(NextTaskRequiredError, match="next task"):
        svc.move_deal(deal_id, stages[1])
    assert (svc.card(deal_id), count(db, DealStageHistory), count(db, Activity), count(db, ChangeLog)) == before
    assert svc.move_deal(deal_id, stages[0], index=0).stage_changed is False  # reordering is always allowed

    svc.plan_next_task(deal_id, "call", T0 + timedelta(days=1), "Call the buyer")
    assert svc.move_deal(deal_id, stages[1]).to_stage_id == stages[1]


def test_mandatory_next_task_met_by_a_rule_of_the_target_stage(svc: PipelineService, pid: int,
                                                               stages: list[int]) -> None:
    svc.set_next_task_mandatory(True)
    svc.save_rule(None, stages[2], "create_task", {"kind": "email", "title": "Send the proposal",
                                                   "offset_days": 1})
    deal_id = deal(svc, pid, stages[1])
    result = svc.move_deal(deal_id, stages[2])
    assert len(result.created_task_ids) == 1
    assert result.card.next_task_due == T0 + timedelta(days=1)
    svc.set_next_task_mandatory(False)
    assert not svc.next_task_mandatory()


def test_complete_task_refused_when_it_is_the_last_open_one(db: Database, svc: PipelineService, pid: int,
                                                            stages: list[int], user_id: int) -> None:
    company = add(db, Company(name="Acme"))
    deal_id = deal(svc, pid, stages[0], company_id=company)
    first = svc.plan_next_task(deal_id, "call", T0 + timedelta(days=1), "Call")
    svc.set_next_task_mandatory(True)
    with pytest.raises(NextTaskRequiredError, match="Plan the next task"):
        svc.complete_task(first, "Talked")
    with db.session(write=False) as s:
        assert s.get(Task, first).done_at is None  # type: ignore[union-attr]
    second = svc.plan_next_task(deal_id, "meeting", T0 + timedelta(days=3), "Meet")
    svc.complete_task(first, "Talked")
    with db.session() as s:
        task = s.get(Task, first)
        activity = s.scalars(select(Activity).where(Activity.kind == "task_done")).one()
        last_contact = s.scalar(select(Company.last_activity_at).where(Company.id == company))
    assert task is not None
    assert (task.done_at, task.result) == (T0, "Talked")
    assert (activity.deal_id, activity.company_id, activity.task_id, activity.body) == (deal_id, company, first,
                                                                                        "Talked")
    assert last_contact == T0
    with pytest.raises(ValidationError, match="already done"):
        svc.complete_task(first, "again")
    svc.set_next_task_mandatory(False)
    svc.complete_task(second, "")  # the rule is off: the last task may be completed
    assert [c.id for c in svc.deals_without_next_task(pid)] == [deal_id]


def test_deals_without_next_task(svc: PipelineService, pid: int, stages: list[int]) -> None:
    planned = deal(svc, pid, stages[1], "Planned")
    bare_late = deal(svc, pid, stages[3], "Bare late stage")
    bare_early = deal(svc, pid, stages[0], "Bare early stage")
    closed = deal(svc, pid, stages[0], "Closed")
    svc.win_deal(closed, date(2025, 3, 10))
    svc.plan_next_task(planned, "todo", T0, "Do it")
    assert [c.id for c in svc.deals_without_next_task()] == [bare_early, bare_late]
    other = svc.create_pipeline("Other")
    assert svc.deals_without_next_task(other.id) == []


# ---- automation rules -------------------------------------------------------------------------------------------

def test_rules_set_a_field_and_create_a_task_with_an_offset(db: Database, svc: PipelineService, pid: int,
                                                            stages: list[int], user_id: int,
                                                            no_generator: None) -> None:
    owner = add(db, User(login="seller", full_name="Seller"))
    target = stages[3]
    svc.save_rule(None, target, "set_field", {"field": "probability", "value": 80})
    svc.save_rule(None, target, "set_field", {"field": "expected_close_on_days", "value": 14})
    svc.save_rule(None, target, "create_task", {"kind": "call", "title": "Negotiate", "offset_days": 3})
    inactive = svc.save_rule(None, target, "create_task", {"title": "Never"}, active=False)
    assert [r.action for r in svc.list_rules(target)] == ["set_field", "set_field", "create_task", "create_task"]
    deal_id = deal(svc, pid, stages[0], owner_id=owner)

    result = svc.move_deal(deal_id, target)
    detail = svc.get_deal(deal_id)
    assert detail.input.probability == 80
    assert detail.input.expected_close_on == T0.date() + timedelta(days=14)
    with db.session() as s:
        tasks = s.scalars(select(Task).where(Task.deal_id == deal_id)).all()
    assert [t.id for t in tasks] == list(result.created_task_ids)
    assert (tasks[0].title, tasks[0].kind, tasks[0].due_at, tasks[0].owner_id) == (
        "Negotiate", "call", T0 + timedelta(days=3), owner)

    svc.delete_rule(inactive)
    assert len(svc.list_rules(target)) == 3


def test_rule_generate_document_without_and_with_a_generator(db: Database, svc: PipelineService, pid: int,
                                                             stages: list[int], no_generator: None) -> None:
    svc.save_rule(None, stages[2], "generate_document", {"template": "offer.docx"})
    first = deal(svc, pid, stages[1])
    svc.move_deal(first, stages[2])
    with db.session(write=False) as s:
        notes = s.scalars(select(Activity.subject).where(Activity.kind == "document")).all()
    assert len(notes) == 1
    assert "offer.docx" in notes[0]

    calls: list[tuple[int, dict[str, object]]] = []
    pipeline_module.register_document_generator(lambda session, deal_id, params: calls.append((deal_id, params)))
    second = deal(svc, pid, stages[1])
    svc.move_deal(second, stages[2])
    assert calls == [(second, {"template": "offer.docx"})]


@pytest.mark.parametrize(("action", "params", "message"), [
    ("send_fax", {}, "not an automation"),
    ("create_task", {"title": " "}, "title"),
    ("create_task", {"title": "x", "offset_days": -1}, "whole number of days"),
    ("set_field", {"field": "title", "value": "x"}, "cannot be set"),
    ("set_field", {"field": "probability", "value": 120}, "probability"),
    ("set_field", {"field": "owner_id", "value": 999}, "no longer exists"),
    ("generate_document", {}, "template"),
])
def test_invalid_rules_are_refused(svc: PipelineService, stages: list[int], action: str, params: dict[str, object],
                                   message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        svc.save_rule(None, stages[0], action, params)


# ---- stages and pipelines -------------------------------------------------------------------------------------

def test_stage_add_rename_recolour_and_reorder(svc: PipelineService, pid: int, stages: list[int]) -> None:
    demo = svc.add_stage(pid, "Demo", probability=30, rotting_days=5, color="#112233", position=1)
    assert (demo.position, demo.probability, demo.rotting_days, demo.color) == (1, 30, 5, "#112233")
    names = [c.stage.name for c in svc.board(pid).columns]
    assert names == ["New lead", "Demo", "Qualified", "Proposal sent", "Negotiation", "For payment"]
    assert [c.stage.position for c in svc.board(pid).columns] == list(range(6))

    changed = svc.update_stage(demo.id, name="Product demo", color="#abcdef", probability=35, clear_rotting=True)
    assert (changed.name, changed.color, changed.probability, changed.rotting_days) == (
        "Product demo", "#abcdef", 35, None)
    with pytest.raises(ValidationError, match="colour"):
        svc.update_stage(demo.id, color="red")
    with pytest.raises(ValidationError, match="already has a stage"):
        svc.add_stage(pid, "qualified")
    with pytest.raises(ValidationError, match="between 0 and 100"):
        svc.add_stage(pid, "Odd", probability=101)

    new_order = [stages[4], demo.id, *stages[:4]]
    svc.reorder_stages(pid, new_order)
    assert [c.stage.id for c in svc.board(pid).columns] == new_order
    with pytest.raises(ValidationError, match="exactly once"):
        svc.reorder_stages(pid, new_order[:-1])
    with pytest.raises(ValidationError, match="exactly once"):
        svc.reorder_stages(pid, [*new_order[:-1], new_order[0]])


def test_delete_stage_with_deals_is_refused_then_done_with_a_target(db: Database, svc: PipelineService, pid: int,
                                                                   stages: list[int], clock: Clock) -> None:
    doomed = stages[1]
    deal(svc, pid, stages[2], "Already in target")
    moving = [deal(svc, pid, doomed, t) for t in ("X", "Y")]
    closed = deal(svc, pid, doomed, "Won there")
    svc.win_deal(closed, date(2025, 3, 10))
    with pytest.raises(ValidationError, match="holds 3 deals"):
        svc.delete_stage(doomed)
    other = svc.create_pipeline("Other")
    foreign = svc.add_stage(other.id, "Only")
    with pytest.raises(ValidationError, match="same pipeline"):
        svc.delete_stage(doomed, move_deals_to=foreign.id)
    with pytest.raises(ValidationError, match="last stage"):
        svc.delete_stage(foreign.id)

    svc.save_rule(None, doomed, "create_task", {"title": "Qualify"})
    clock.advance(hours=1)
    assert svc.delete_stage(doomed, move_deals_to=stages[2]) == 3
    assert svc.list_rules(doomed) == []  # the rules went with their stage
    with db.session(write=False) as s:
        moves = s.execute(select(Activity.subject, Activity.uuid).where(Activity.kind == "stage_change",
                                                                        Activity.deal_id.in_(moving))).all()
    assert [m.subject for m in moves] == ["Qualified → Proposal sent"] * 2
    assert all(m.uuid for m in moves)
    assert moves[0].uuid != moves[1].uuid
    board = svc.board(pid)
    assert [c.stage.id for c in board.columns] == [stages[0], *stages[2:]]
    assert [c.stage.position for c in board.columns] == [0, 1, 2, 3]
    assert [c.title for c in board.columns[1].cards] == ["Already in target", "X", "Y"]
    history = svc.stage_history(moving[0])
    assert [(h.stage_id, h.from_stage_id, h.left_at) for h in history] == [
        (doomed, None, clock.now), (stages[2], doomed, None)]
    assert history[0].stage_name == "Qualified"  # the stay in the deleted stage keeps its name
    assert svc.get_deal(closed).input.stage_id == stages[2]
    assert svc.card(moving[1]).version == 2
    with pytest.raises(NotFoundError):
        svc.move_deal(moving[0], doomed)


def test_pipelines_create_rename_delete(svc: PipelineService, pid: int, stages: list[int]) -> None:
    with pytest.raises(ValidationError, match="only one"):
        svc.delete_pipeline(pid)
    created = svc.create_pipeline("Partners")
    assert not created.is_default
    assert created.stages == ()
    with pytest.raises(ValidationError, match="already exists"):
        svc.create_pipeline("partners")
    with pytest.raises(ValidationError, match="needs a name"):
        svc.create_pipeline(" ")
    svc.rename_pipeline(created.id, "Resellers")
    assert [p.name for p in svc.list_pipelines()] == ["Sales", "Resellers"]
    intro = svc.add_stage(created.id, "Intro")
    deal_id = deal(svc, created.id, intro.id)
    with pytest.raises(ValidationError, match="holds 1 deal"):
        svc.delete_pipeline(created.id)
    svc.delete_deal(deal_id)
    with pytest.raises(ValidationError, match="holds 1 deal"):  # a deal in the Trash still needs its pipeline
        svc.delete_pipeline(created.id)
    empty = svc.create_pipeline("Empty")
    svc.delete_pipeline(empty.id)
    assert [p.name for p in svc.list_pipelines()] == ["Sales", "Resellers"]
    assert svc.default_pipeline_id() == pid
    svc.delete_pipeline(pid)  # the default one, without deals: another becomes the default
    assert [(p.name, p.is_default) for p in svc.list_pipelines()] == [("Resellers", True)]
    assert svc.default_pipeline_id() == created.id
    with pytest.raises(NotFoundError):
        svc.board(pid)


# ---- deals, lines and lists -------------------------------------------------------------------------------------

def test_line_totals_with_discount_and_vat() -> None:
    totals = line_totals([
        DealLineInput("Licence", Decimal("3"), Decimal("100.00"), Decimal("10"), Decimal("20")),
        DealLineInput("Hours", Decimal("2.5"), Decimal("33.33"), Decimal("0"), Decimal("9")),
        DealLineInput("Cable", Decimal("1"), Decimal("0.05"), Decimal("50"), Decimal("0")),  # 0.025 -> 0.03
    ])
    # net 270.00 + 83.33 (83.325 rounded half up) + 0.03; VAT 54.00 + 7.4997; discount 30.00 + 0.02
    assert totals.net == Decimal("353.36")
    assert totals.vat == Decimal("61.50")
    assert totals.gross == Decimal("414.86")
    assert totals.discount == Decimal("30.02")
    assert line_totals([]) == line_totals(())


def test_amount_computed_from_lines(db: Database, svc: PipelineService, pid: int, stages: list[int]) -> None:
    product = svc.save_product(None, name="Licence", sku="LIC-1", unit="pcs", price=Decimal("100"),
                               currency="EUR", vat_rate=Decimal("20"))
    lines = (DealLineInput("Licence", Decimal("3"), Decimal("100"), Decimal("10"), Decimal("20"),
                           product_id=product),)
    deal_id = deal(svc, pid, stages[0], "Lines", lines=lines)
    detail = svc.get_deal(deal_id)
    assert svc.card(deal_id).amount == Decimal("270.00")
    assert detail.input.amount is None  # saving the input back keeps the amount computed
    assert detail.line_totals.gross == Decimal("324.00")
    assert detail.input.lines[0].product_id == product

    more = (*lines, DealLineInput("Support", Decimal("1"), Decimal("30")))
    svc.update_deal(deal_id, DealInput(**{**detail.input.__dict__, "lines": more}), detail.version)
    assert svc.card(deal_id).amount == Decimal("300.00")
    detail = svc.get_deal(deal_id)
    svc.update_deal(deal_id, DealInput(**{**detail.input.__dict__, "amount": Decimal("250")}), detail.version)
    assert svc.card(deal_id).amount == Decimal("250.00")
    assert svc.get_deal(deal_id).input.amount == Decimal("250.00")
    with db.session(write=False) as s:
        assert s.scalar(select(Deal.amount_from_lines).where(Deal.id == deal_id)) is False


def test_update_deal_replaces_tags_and_moves_the_stage(db: Database, svc: PipelineService, pid: int,
                                                       stages: list[int], clock: Clock) -> None:
    red, blue = add(db, Tag(name="red")), add(db, Tag(name="blue"))
    deal_id = deal(svc, pid, stages[0], "Edit me", tag_ids=(red,), notes="  ")
    detail = svc.get_deal(deal_id)
    assert detail.input.notes is None
    assert detail.input.tag_ids == (red,)
    clock.advance(hours=1)
    new_version = svc.update_deal(deal_id, DealInput(**{
        **detail.input.__dict__, "title": "Edited", "stage_id": stages[1], "tag_ids": (blue,),
        "probability": 40}), detail.version)
    after = svc.get_deal(deal_id)
    assert after.version == new_version > detail.version
    assert (after.input.title, after.input.stage_id, after.input.tag_ids, after.input.probability) == (
        "Edited", stages[1], (blue,), 40)
    assert [h.stage_id for h in after.history] == [stages[0], stages[1]]
    with db.session(write=False) as s:
        fields = set(s.scalars(select(ChangeLog.field).where(ChangeLog.entity_id == deal_id)))
    assert {"title", "stage_id", "probability"} <= fields
    tags_only = svc.update_deal(deal_id, DealInput(**{**after.input.__dict__, "tag_ids": (red, blue)}),
                                after.version)
    assert tags_only > after.version  # a change of tags alone still moves the version on
    assert svc.card(deal_id).tags == ("blue", "red")
    after = svc.get_deal(deal_id)
    assert svc.update_deal(deal_id, after.input, after.version) == after.version  # nothing changed
    other = svc.create_pipeline("Other")
    intro = svc.add_stage(other.id, "Intro")
    with pytest.raises(ValidationError, match="pipeline"):
        svc.update_deal(deal_id, DealInput(**{**after.input.__dict__, "pipeline_id": other.id,
                                              "stage_id": intro.id}), after.version)


@pytest.mark.parametrize(("changes", "message"), [
    ({"title": "  "}, "needs a title"),
    ({"currency": "EU"}, "currency"),
    ({"amount": Decimal("-1")}, "cannot be negative"),
    ({"probability": 101}, "between 0 and 100"),
    ({"lines": (DealLineInput("Zero", Decimal("0"), Decimal("1")),)}, "more than 0"),
    ({"lines": (DealLineInput("Cut", Decimal("1"), Decimal("1"), Decimal("150")),)}, "between 0 and 100"),
    ({"lines": (DealLineInput("Neg", Decimal("1"), Decimal("-1")),)}, "cannot be negative"),
    ({"owner_id": 999}, "user no longer exists"),
    ({"tag_ids": (999,)}, "tags"),
])
def test_create_deal_validates_its_input(svc: PipelineService, pid: int, stages: list[int],
                                         changes: dict[str, Any], message: str) -> None:
    base = {"title": "Valid", "pipeline_id": pid, "stage_id": stages[0]}
    with pytest.raises(ValidationError, match=message):
        svc.create_deal(DealInput(**{**base, **changes}))


def test_create_deal_refuses_a_stage_of_another_pipeline(svc: PipelineService, pid: int) -> None:
    other = svc.create_pipeline("Other")
    intro = svc.add_stage(other.id, "Intro")
    with pytest.raises(ValidationError, match="is not a stage of the pipeline 'Sales'"):
        svc.create_deal(DealInput(title="x", pipeline_id=pid, stage_id=intro.id))


def test_new_deals_go_to_the_end_of_their_column_with_a_first_history_row(svc: PipelineService, pid: int,
                                                                         stages: list[int], user_id: int) -> None:
    for t in ("one", "two", "three"):
        deal(svc, pid, stages[0], t, currency="usd")
    assert titles(svc, pid) == ["one", "two", "three"]
    first = svc.board(pid).columns[0].cards[0]
    assert first.currency == "USD"
    [stay] = svc.stage_history(first.id)
    assert (stay.stage_id, stay.from_stage_id, stay.entered_at, stay.left_at) == (stages[0], None, T0, None)


def test_catalogue_and_lists(db: Database, svc: PipelineService) -> None:
    kept = svc.save_product(None, name="Chair", sku="CH-1", unit="pcs", price=Decimal("49.9"), currency="eur",
                            vat_rate=Decimal("21"))
    with pytest.raises(ValidationError, match="already used by 'Chair'"):
        svc.save_product(None, name="Other chair", sku="CH-1", unit="pcs", price=Decimal("1"), currency="EUR",
                         vat_rate=Decimal("0"))
    [info] = svc.list_products()
    assert (info.id, info.price, info.currency, info.vat_rate) == (kept, Decimal("49.90"), "EUR", Decimal("21"))
    svc.save_product(info, name="Chair", sku="CH-1", unit="pcs", price=Decimal("45"), currency="EUR",
                     vat_rate=Decimal("21"), active=False)
    assert svc.list_products() == []
    assert svc.list_products(include_inactive=True)[0].price == Decimal("45.00")

    reason = svc.add_loss_reason("Went bankrupt")
    assert svc.list_loss_reasons()[-1] == (reason, "Went bankrupt")
    with pytest.raises(ValidationError, match="already exists"):
        svc.add_loss_reason("went BANKRUPT")
    with db.session() as s:
        s.get(LossReason, reason).active = False  # type: ignore[union-attr]
    assert svc.add_loss_reason("Went bankrupt") == reason  # brought back rather than duplicated
    assert len(svc.list_lead_sources()) == 5
    assert len(svc.list_owners()) == 1
    add(db, Tag(name="vip", color="#ff0000"))
    assert [(name, color) for _, name, color in svc.list_tags()] == [("vip", "#ff0000")]


# ---- the deal's company and person, tasks and files ------------------------------------------------------------

@pytest.fixture
def parties(db: Database) -> dict[str, int]:
    """Companies and people whose names hold "Иванов" in every place a match can rank."""
    ids = {
        "exact": add(db, Company(name="ИВАНОВ", city="Тверь")),
        "prefix": add(db, Company(name="Иванов и партнёры", city="Москва")),
        "word": add(db, Company(name="ООО Иванов", city="Казань")),
        "inside": add(db, Company(name="Автоиванов")),
        "trash": add(db, Company(name="Иванов и сыновья", deleted_at=T0)),
        "other": add(db, Company(name="Romashka")),
    }
    ids["ivan"] = add(db, Person(first_name="Иван", last_name="Иванов", company_id=ids["word"]))
    ids["surname"] = add(db, Person(first_name="", last_name="Иванов", position="Директор"))
    ids["petr"] = add(db, Person(first_name="Пётр", last_name="Сергеиванов"))
    ids["gone"] = add(db, Person(first_name="Олег", last_name="Иванов", deleted_at=T0))
    return ids


def test_find_parties_folds_cyrillic_case_and_ranks_exact_and_prefix_matches_first(
        db: Database, svc: PipelineService, parties: dict[str, int]) -> None:
    if db.is_sqlite:
        with db.session(write=False) as s:
            # Why the service folds case itself: SQLite's own lower() and LIKE leave Cyrillic letters alone.
            assert s.scalar(select(func.lower("Иванов"))) == "Иванов"
            assert s.scalar(select(literal("Иванов").like("%иванов%"))) == 0

    found = svc.find_parties("иванов")
    assert [(p.kind, p.id) for p in found] == [
        ("company", parties["exact"]), ("person", parties["surname"]),        # exact
        ("person", parties["ivan"]), ("company", parties["prefix"]),          # "Иванов Иван", "Иванов и ..."
        ("company", parties["word"]),                                         # a word starts with it
        ("company", parties["inside"]), ("person", parties["petr"]),          # inside a word
    ]
    by_id = {(p.kind, p.id): p for p in found}
    assert by_id["company", parties["prefix"]].detail == "Москва"
    ivan = by_id["person", parties["ivan"]]
    assert (ivan.name, ivan.detail, ivan.company_id, ivan.company_name) == (
        "Иван Иванов", "ООО Иванов", parties["word"], "ООО Иванов")
    assert by_id["person", parties["surname"]].detail == "Директор"

    assert [p.id for p in svc.find_parties("ИВАН ИВАНОВ", kind="person")] == [parties["ivan"]]  # first last
    assert [p.id for p in svc.find_parties("  иванов   иван ", kind="person")] == [parties["ivan"]]  # last first
    assert {p.kind for p in svc.find_parties("иванов", kind="company")} == {"company"}
    assert len(svc.find_parties("иванов", limit=3)) == 3
    assert svc.find_parties("%") == [], "LIKE wildcards are searched for, not obeyed"
    assert [p.name for p in svc.find_parties("ROMA")] == ["Romashka"]
    assert len(svc.find_parties("")) == 8, "an empty text lists everyone not in the Trash"
    with pytest.raises(ValidationError):
        svc.find_parties("x", kind="deal")

    assert svc.get_party("person", parties["ivan"]) == ivan
    assert svc.get_party("company", parties["trash"]) is not None, "a deal may still point at it"
    assert svc.get_party("company", 999_999) is None


def test_a_deal_saves_its_company_and_person(svc: PipelineService, pid: int, stages: list[int],
                                             parties: dict[str, int]) -> None:
    deal_id = deal(svc, pid, stages[0], company_id=parties["word"], person_id=parties["ivan"])
    data = svc.get_deal(deal_id).input
    assert (data.company_id, data.person_id) == (parties["word"], parties["ivan"])
    assert svc.card(deal_id).party == "ООО Иванов"


def test_deal_tasks_open_by_due_time_then_done_ones_with_their_result(db: Database, svc: PipelineService,
                                                                      clock: Clock, pid: int,
                                                                      stages: list[int]) -> None:
    deal_id = deal(svc, pid, stages[0])
    later = svc.plan_next_task(deal_id, "meeting", T0 + timedelta(days=3), "Demo")
    sooner = svc.plan_next_task(deal_id, "call", T0 + timedelta(days=1), "First call", all_day=True)
    done = svc.plan_next_task(deal_id, "email", T0 + timedelta(days=2), "Send the offer")
    undated = add(db, Task(kind="todo", title="Whenever", deal_id=deal_id))
    add(db, Task(kind="todo", title="Deleted", deal_id=deal_id, deleted_at=T0))
    add(db, Task(kind="todo", title="Another deal's"))
    clock.advance(hours=1)
    svc.complete_task(done, "Sent, they will answer on Friday")

    tasks = svc.list_deal_tasks(deal_id)
    assert [t.id for t in tasks] == [sooner, later, undated, done]
    assert (tasks[0].kind, tasks[0].title, tasks[0].due_at, tasks[0].all_day) == (
        "call", "First call", T0 + timedelta(days=1), True)
    assert tasks[-1].done_at == T0 + timedelta(hours=1)
    assert tasks[-1].result == "Sent, they will answer on Friday"
    assert all(t.done_at is None for t in tasks[:3])
    with pytest.raises(NotFoundError):
        svc.list_deal_tasks(999_999)


def stored_files() -> list[Path]:
    root = config.data_dir() / "attachments"
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_an_attached_file_is_stored_once_by_its_content_and_removed_softly(
        db: Database, svc: PipelineService, pid: int, stages: list[int], tmp_path: Path) -> None:
    deal_id = deal(svc, pid, stages[0])
    other_deal = deal(svc, pid, stages[0], "Other")
    content = b"%PDF-1.4 offer \xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd " * 60_000  # 1.5 MB: copied in two chunks
    source = tmp_path / "Offer 2025.pdf"
    source.write_bytes(content)
    digest = hashlib.sha256(content).hexdigest()

    info = svc.attach_file(deal_id, source)
    stored = config.data_dir() / "attachments" / digest[:2] / digest
    assert info.path == stored
    assert stored.read_bytes() == content
    assert (info.file_name, info.size, info.sha256, info.mime_type) == (
        "Offer 2025.pdf", len(content), digest, "application/pdf")
    with db.session(write=False) as s:
        row = s.get(Attachment, info.id)
        assert row is not None
        assert (row.stored_path, row.deal_id, row.owner_id) == (f"attachments/{digest[:2]}/{digest}", deal_id,
                                                                 svc.user_id)
    assert svc.list_attachments(deal_id) == [info]

    assert svc.attach_file(deal_id, source) == info, "the same file on the same deal is listed once"
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(content)
    renamed = svc.attach_file(deal_id, copy)
    elsewhere = svc.attach_file(other_deal, source)
    assert len({info.id, renamed.id, elsewhere.id}) == 3
    assert renamed.path == elsewhere.path == stored
    assert stored_files() == [stored], "one copy of the content, no temporary files left"
    assert [a.file_name for a in svc.list_attachments(deal_id)] == ["copy.pdf", "Offer 2025.pdf"]

    svc.remove_attachment(info.id)
    assert [a.id for a in svc.list_attachments(deal_id)] == [renamed.id]
    with db.session(write=False) as s:
        removed = s.get(Attachment, info.id)
        assert removed is not None, "soft: the row stays, in the Trash"
        assert removed.deleted_at == T0
    assert stored.read_bytes() == content, "the stored file stays: other attachments share it"
    with pytest.raises(NotFoundError):
        svc.remove_attachment(info.id)


def test_a_file_that_cannot_be_read_or_stored_attaches_nothing(
        db: Database, svc: PipelineService, pid: int, stages: list[int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    deal_id = deal(svc, pid, stages[0])
    with pytest.raises(ValidationError, match="does not exist"):
        svc.attach_file(deal_id, tmp_path / "missing.txt")
    with pytest.raises(ValidationError, match="not a file"):
        svc.attach_file(deal_id, tmp_path)
    source = tmp_path / "big.bin"
    source.write_bytes(os.urandom(3 * 1024 * 1024))

    def full_disk(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(pipeline_module.os, "fsync", full_disk)
        with pytest.raises(ValidationError, match="not enough free space"):
            svc.attach_file(deal_id, source)
    assert count(db, Attachment) == 0
    assert stored_files() == [], "the partial copy was removed"

    if os.name == "posix" and os.geteuid() != 0:  # root reads any file
        source.chmod(0)
        with pytest.raises(ValidationError, match="cannot be read"):
            svc.attach_file(deal_id, source)
        source.chmod(stat.S_IRUSR | stat.S_IWUSR)
        assert count(db, Attachment) == 0

    with pytest.raises(NotFoundError):
        svc.attach_file(999_999, source)
    assert count(db, Attachment) == 0


def test_an_attachment_opens_as_a_read_only_copy_under_its_own_name(
        svc: PipelineService, pid: int, stages: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    deal_id = deal(svc, pid, stages[0])
    source = tmp_path / "Договор.docx"
    source.write_bytes(b"contract")
    info = svc.attach_file(deal_id, source)
    opened = svc.attachment_copy_to_open(info.id)
    assert opened.name == "Договор.docx"
    assert opened.read_bytes() == b"contract"
    assert not opened.stat().st_mode & stat.S_IWUSR
    assert svc.attachment_copy_to_open(info.id) == opened, "opened again: the same copy"
    info.path.unlink()
    opened.chmod(stat.S_IRUSR | stat.S_IWUSR)
    opened.unlink()
    with pytest.raises(NotFoundError, match="not in the attachments folder"):
        svc.attachment_copy_to_open(info.id)


def test_documents_of_a_deal(db: Database, svc: PipelineService, pid: int, stages: list[int]) -> None:
    deal_id = deal(svc, pid, stages[0])
    first = add(db, Document(template="offer", number="OF-2025-001", title="Offer", file_path="/docs/offer.docx",
                             deal_id=deal_id, created_at=T0))
    second = add(db, Document(template="invoice", number="IN-2025-007", file_path="/docs/invoice.docx",
                              deal_id=deal_id, created_at=T0 + timedelta(days=1)))
    add(db, Document(template="offer", title="Deleted", file_path="/x", deal_id=deal_id, deleted_at=T0))
    add(db, Document(template="offer", title="Another deal's", file_path="/y"))
    docs = svc.list_documents(deal_id)
    assert [(d.id, d.title, d.number) for d in docs] == [(second, "invoice", "IN-2025-007"),
                                                          (first, "Offer", "OF-2025-001")]
    assert docs[1].path == Path("/docs/offer.docx")
