"""Tasks: editing with a version check, the Trash, completion on the timelines, checklists, kinds, task lists, and
the calendar with recurring series (occurrences moved, resized, completed and deleted one by one or as a series)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from crm_desktop.db.database import Database
from crm_desktop.errors import NotFoundError, ValidationError
from crm_desktop.models import Activity, AppSetting, Company, Person, Task
from crm_desktop.services.contacts import CompanyInput, ContactService, PersonInput
from crm_desktop.services.pipeline import NEXT_TASK_MANDATORY, DealInput, NextTaskRequiredError, PipelineService
from crm_desktop.services.recurrence import Recurrence
from crm_desktop.services.reminders import ReminderSpec
from crm_desktop.services.tasks import TaskEditConflict, TaskInput, TaskService
from tests.unit.services.task_helpers import AMS, Clock, ams, first_user, local

T0 = ams(2025, 3, 12, 12, 0)   # a Wednesday, noon in Amsterdam


@pytest.fixture
def clock() -> Clock:
    return Clock(T0)


@pytest.fixture
def user_id(db: Database) -> int:
    return first_user(db)


@pytest.fixture
def svc(db: Database, user_id: int, clock: Clock) -> TaskService:
    return TaskService(db, user_id=user_id, clock=clock, tz=AMS)


@pytest.fixture
def contacts(db: Database, user_id: int, clock: Clock) -> ContactService:
    return ContactService(db, user_id=user_id, clock=clock)


@pytest.fixture
def person_id(contacts: ContactService) -> int:
    company = contacts.create_company(CompanyInput(name="Acme", founded_on=date(2015, 3, 14))).id
    return contacts.create_person(PersonInput(first_name="Ada", last_name="Byron", company_id=company,
                                              birthday=date(1990, 3, 13))).id


def _company_of(db: Database, person_id: int) -> int:
    with db.session(write=False) as s:
        person = s.get(Person, person_id)
        assert person is not None
        assert person.company_id is not None
        return person.company_id


def _weekly(svc: TaskService, **extra: object) -> int:
    """Every Monday 09:00 Amsterdam from 17 March 2025 (summer time begins on the 30th)."""
    data = TaskInput(title="Stand-up", kind="meeting", due_at=ams(2025, 3, 17, 9), duration_min=15,
                     recurrence=Recurrence("weekly", days=(0,)))
    return svc.create(replace(data, **extra)).id   # type: ignore[arg-type]


def _deal(db: Database, user_id: int, title: str, person_id: int | None = None) -> int:
    pipeline = PipelineService(db, user_id=user_id)
    first = next(p for p in pipeline.list_pipelines() if p.is_default)
    return pipeline.create_deal(DealInput(title=title, pipeline_id=first.id, stage_id=first.stages[0].id,
                                          person_id=person_id))


def _starts(svc: TaskService, first: datetime, last: datetime) -> list[datetime]:
    return [local(i.start) for i in svc.items(first, last, include_dates=False)]


# ---- records -------------------------------------------------------------------------------------------------

def test_create_and_read_back(svc: TaskService, person_id: int, db: Database) -> None:
    created = svc.create(TaskInput(title="  Call back  ", kind="call", due_at=ams(2025, 3, 13, 10), priority=2,
                                   person_id=person_id, notes=" about the offer ", duration_min=20,
                                   reminders=(ReminderSpec.before(minutes=15),)))

    detail = svc.get(created.id)
    assert detail.input.title == "Call back"
    assert detail.input.notes == "about the offer"
    assert detail.input.company_id == _company_of(db, person_id)   # the person's company is linked too
    assert detail.person_name == "Ada Byron"
    assert detail.company_name == "Acme"
    assert detail.input.reminders == (ReminderSpec(15),)
    assert detail.reminders[0].remind_at == ams(2025, 3, 13, 9, 45)
    assert detail.owner_name
    assert not detail.is_series


def test_saving_the_input_unchanged_changes_nothing(svc: TaskService) -> None:
    created = svc.create(TaskInput(title="Send the offer", kind="email", due_at=ams(2025, 3, 14, 9),
                                   reminders=(ReminderSpec(0),)))
    detail = svc.get(created.id)

    saved = svc.update(created.id, detail.input, detail.version)

    assert saved.version == detail.version
    assert svc.get(created.id).reminders == detail.reminders


def test_a_stale_version_is_a_conflict_with_both_values(svc: TaskService) -> None:
    created = svc.create(TaskInput(title="Visit", due_at=ams(2025, 3, 14, 9)))
    mine = svc.get(created.id)
    svc.update(created.id, replace(mine.input, title="Visit the plant"), mine.version)

    with pytest.raises(TaskEditConflict) as caught:
        svc.update(created.id, replace(mine.input, priority=2), mine.version)

    assert caught.value.theirs.input.title == "Visit the plant"
    assert ("title", "Visit the plant", "Visit") in caught.value.fields
    assert ("priority", 1, 2) in caught.value.fields


@pytest.mark.parametrize(("data", "message"), [
    (TaskInput(title=" "), "needs a title"),
    (TaskInput(title="x", kind="fax"), "not a kind of task"),
    (TaskInput(title="x", priority=5), "priority"),
    (TaskInput(title="x", duration_min=-1), "lasts 0 to"),
    (TaskInput(title="x", recurrence=Recurrence("daily")), "first occurrence"),
    (TaskInput(title="x", reminders=(ReminderSpec(15),)), "needs a due time"),
    (TaskInput(title="x", person_id=999), "no longer exists"),
])
def test_bad_input_is_refused_with_the_reason(svc: TaskService, data: TaskInput, message: str) -> None:
    with pytest.raises((ValidationError, NotFoundError), match=message):
        svc.create(data)


def test_a_deal_task_links_the_deal_s_parties(db: Database, svc: TaskService, person_id: int, user_id: int) -> None:
    deal_id = _deal(db, user_id, "Pumps", person_id)

    task = svc.get(svc.create(TaskInput(title="Offer", deal_id=deal_id, due_at=T0)).id)

    assert (task.input.person_id, task.deal_title) == (person_id, "Pumps")
    assert task.input.company_id == _company_of(db, person_id)


def test_user_defined_kinds(svc: TaskService) -> None:
    assert svc.add_kind(" Site visit ")[-1] == "Site visit"
    with pytest.raises(ValidationError, match="exists already"):
        svc.add_kind("site VISIT")
    with pytest.raises(ValidationError, match="built-in"):
        svc.remove_kind("call")

    task_id = svc.create(TaskInput(title="Inspect", kind="Site visit")).id
    assert svc.remove_kind("Site visit") == ["call", "meeting", "email", "todo"]
    detail = svc.get(task_id)
    assert svc.update(task_id, replace(detail.input, title="Inspect the roof"), detail.version).id == task_id


def test_delete_and_restore_with_the_checklist(svc: TaskService) -> None:
    task_id = svc.create(TaskInput(title="Prepare the fair", due_at=T0)).id
    svc.add_subtask(task_id, "Booth")

    assert svc.delete(task_id) == 2
    assert [t.title for t in svc.trash()] == ["Prepare the fair"]   # its checklist went with it, unlisted
    with pytest.raises(NotFoundError, match="Trash"):
        svc.update(task_id, TaskInput(title="x"), 1)

    assert svc.restore(task_id) == 2
    assert svc.checklist(task_id).total == 1
    assert svc.trash() == []


# ---- completion ------------------------------------------------------------------------------------------------

def test_completing_a_call_logs_a_call_on_the_timelines(db: Database, svc: TaskService, person_id: int,
                                                        contacts: ContactService, clock: Clock) -> None:
    task_id = svc.create(TaskInput(title="Call Ada", kind="call", due_at=T0, person_id=person_id,
                                   reminders=(ReminderSpec(10),))).id
    clock.advance(minutes=5)

    done = svc.complete(task_id, "  She orders 20 pumps  ")

    with db.session(write=False) as s:
        activity = s.get(Activity, done.activity_id)
        assert activity is not None
        assert (activity.kind, activity.body, activity.person_id, activity.task_id) == (
            "call", "She orders 20 pumps", person_id, task_id)
        person = s.get(Person, person_id)
        assert person is not None
        assert person.last_activity_at == clock.now
    company_line = contacts.timeline("company", _company_of(db, person_id))
    assert [(e.kind, e.subject) for e in company_line] == [("call", "Call Ada")]   # once, not twice
    assert all(r.acknowledged_at is not None for r in svc.get(task_id).reminders)
    assert done.suggestion is not None
    assert done.suggestion.kind == "call"
    assert done.suggestion.person_id == person_id
    assert local(done.suggestion.due_at) == datetime(2025, 3, 13, 10, 0)   # the next working day at 10:00
    with pytest.raises(ValidationError, match="done already"):
        svc.complete(task_id, "again")


def test_completing_a_to_do_logs_a_completed_task_and_plans_the_next(db: Database, svc: TaskService,
                                                                     person_id: int) -> None:
    task_id = svc.create(TaskInput(title="Print the brochure", person_id=person_id, due_at=T0)).id
    follow_up = TaskInput(title="Hand it over", kind="meeting", person_id=person_id, due_at=T0 + timedelta(days=2))

    done = svc.complete(task_id, "", next_task=follow_up)

    with db.session(write=False) as s:
        assert s.get(Activity, done.activity_id).kind == "task_done"  # type: ignore[union-attr]
        person = s.get(Person, person_id)
        assert person is not None
        assert person.last_activity_at is None
    assert done.suggestion is None
    assert done.next_task_id is not None
    assert svc.get(done.next_task_id).input.title == "Hand it over"


def test_the_mandatory_next_task_rule_refuses_a_last_completion(db: Database, svc: TaskService,
                                                                user_id: int) -> None:
    deal_id = _deal(db, user_id, "Valves")
    with db.session() as s:
        s.add(AppSetting(key=NEXT_TASK_MANDATORY, value=True))
    task_id = svc.create(TaskInput(title="Quote", deal_id=deal_id, due_at=T0)).id

    with pytest.raises(NextTaskRequiredError):
        svc.complete(task_id, "sent")
    assert svc.get(task_id).done_at is None   # nothing was written

    done = svc.complete(task_id, "sent", next_task=TaskInput(title="Ask", deal_id=deal_id, due_at=T0))
    assert done.next_task_id is not None


def test_the_checklist_and_its_progress(svc: TaskService) -> None:
    task_id = svc.create(TaskInput(title="Fair")).id
    booth, flyers, coffee = (svc.add_subtask(task_id, t) for t in ("Booth", "Flyers", "Coffee"))

    assert (svc.set_subtask_done(flyers).done, svc.checklist(task_id).total) == (1, 3)
    assert [i.title for i in svc.reorder_subtasks(task_id, [coffee, booth, flyers]).items] == [
        "Coffee", "Booth", "Flyers"]
    assert svc.remove_subtask(booth).total == 2
    assert svc.set_subtask_done(flyers, False).done == 0
    svc.rename_subtask(coffee, "Tea")
    assert [i.title for i in svc.checklist(task_id).items] == ["Tea", "Flyers"]
    with pytest.raises(ValidationError, match="own"):
        svc.add_subtask(coffee, "deeper")
    with pytest.raises(ValidationError, match="ticked off"):
        svc.complete(coffee, "done")
    row = next(r for r in svc.by_owner(svc.user_id) if r.id == task_id)
    assert (row.checklist_done, row.checklist_total) == (0, 2)


# ---- lists ---------------------------------------------------------------------------------------------------

def test_today_overdue_and_upcoming(svc: TaskService) -> None:
    def make(title: str, due: datetime, all_day: bool = False) -> int:
        return svc.create(TaskInput(title=title, due_at=due, all_day=all_day)).id

    make("this morning", ams(2025, 3, 12, 9))
    make("tonight", ams(2025, 3, 12, 20))
    make("today, all day", ams(2025, 3, 12), all_day=True)
    make("yesterday, all day", ams(2025, 3, 11), all_day=True)
    make("last week", ams(2025, 3, 5, 9))
    make("tomorrow", ams(2025, 3, 13, 9))
    make("in a fortnight", ams(2025, 3, 26, 9))
    done = make("done this morning", ams(2025, 3, 12, 8))
    svc.complete(done, "ok")

    assert [t.title for t in svc.today()] == ["today, all day", "this morning", "tonight"]
    assert [t.title for t in svc.overdue()] == ["last week", "yesterday, all day", "this morning"]
    assert [t.title for t in svc.upcoming(7)] == ["tomorrow"]
    assert [t.title for t in svc.upcoming(14)] == ["tomorrow", "in a fortnight"]
    assert len(svc.by_owner(svc.user_id)) == 7
    assert len(svc.by_owner(svc.user_id, include_done=True)) == 8


def test_a_series_is_listed_once_by_its_current_occurrence(svc: TaskService, clock: Clock) -> None:
    series_id = _weekly(svc)
    clock.now = ams(2025, 3, 26, 12)

    assert [(t.id, t.due_at) for t in svc.overdue()] == [(series_id, ams(2025, 3, 17, 9))]
    svc.complete(series_id, "held")
    assert [(t.id, t.due_at, t.is_series) for t in svc.overdue()] == [(series_id, ams(2025, 3, 24, 9), True)]
    svc.complete(series_id, "held")
    assert svc.overdue() == []
    assert [t.due_at for t in svc.upcoming(7)] == [ams(2025, 3, 31, 9)]


def test_clients_and_deals_without_a_next_task(db: Database, svc: TaskService, contacts: ContactService,
                                               user_id: int, clock: Clock) -> None:
    planned = contacts.create_person(PersonInput(first_name="Planned", status="client")).id
    late = contacts.create_person(PersonInput(first_name="Late", status="client")).id
    contacts.create_person(PersonInput(first_name="Lost", status="lost"))
    repeating = contacts.create_company(CompanyInput(name="Repeating Ltd", status="client")).id
    svc.create(TaskInput(title="call", person_id=planned, due_at=T0 + timedelta(days=1)))
    svc.create(TaskInput(title="call", person_id=late, due_at=T0 - timedelta(days=1)))
    svc.create(TaskInput(title="visit", company_id=repeating, due_at=T0 - timedelta(days=30),
                         recurrence=Recurrence("monthly")))
    deal = _deal(db, user_id, "Open deal")

    found = {(w.kind, w.name) for w in svc.without_next_task()}

    assert ("person", "Late") in found
    assert ("deal", "Open deal") in found
    assert ("person", "Planned") not in found
    assert ("person", "Lost") not in found
    assert ("company", "Repeating Ltd") not in found
    svc.create(TaskInput(title="next", deal_id=deal, due_at=T0 + timedelta(hours=1)))
    assert ("deal", "Open deal") not in {(w.kind, w.name) for w in svc.without_next_task(owner_id=user_id)}


# ---- calendar ------------------------------------------------------------------------------------------------

def test_calendar_items_of_a_week_with_birthdays_and_anniversaries(svc: TaskService, person_id: int) -> None:
    svc.create(TaskInput(title="Offer", due_at=ams(2025, 3, 12, 14), duration_min=90))
    svc.create(TaskInput(title="Fair", due_at=ams(2025, 3, 13), all_day=True, duration_min=2 * 1440))
    svc.create(TaskInput(title="Next week", due_at=ams(2025, 3, 20, 9)))

    items = svc.items(ams(2025, 3, 10), ams(2025, 3, 17))

    assert [(i.source, i.title, local(i.start), local(i.end), i.years) for i in items] == [
        ("task", "Offer", datetime(2025, 3, 12, 14), datetime(2025, 3, 12, 15, 30), None),
        ("birthday", "Ada Byron", datetime(2025, 3, 13), datetime(2025, 3, 14), 35),
        ("task", "Fair", datetime(2025, 3, 13), datetime(2025, 3, 15), None),
        ("anniversary", "Acme", datetime(2025, 3, 14), datetime(2025, 3, 15), 10),
    ]
    assert items[0].movable
    assert not items[1].movable
    assert [i.title for i in svc.items(ams(2025, 3, 14), ams(2025, 3, 15), include_dates=False)] == ["Fair"]


def test_a_29_february_birthday_shows_on_the_28th(svc: TaskService, contacts: ContactService) -> None:
    contacts.create_person(PersonInput(first_name="Leap", birthday=date(2000, 2, 29)))

    assert [(i.title, local(i.start).date()) for i in svc.items(ams(2025, 2, 1), ams(2025, 3, 1))] == [
        ("Leap", date(2025, 2, 28))]
    assert [local(i.start).date() for i in svc.items(ams(2028, 2, 1), ams(2028, 3, 1))] == [date(2028, 2, 29)]


def test_the_owner_filter(svc: TaskService, db: Database) -> None:
    with db.session() as s:
        from crm_desktop.models import User

        other = User(login="bob")
        s.add(other)
        s.flush()
        other_id = other.id
    svc.create(TaskInput(title="mine", due_at=T0))
    svc.create(TaskInput(title="Bob's", due_at=T0, owner_id=other_id))

    assert [i.title for i in svc.items(T0 - timedelta(hours=1), T0 + timedelta(hours=1), owner_id=other_id)] == [
        "Bob's"]


def test_a_weekly_series_keeps_nine_o_clock_across_summer_time(svc: TaskService) -> None:
    series_id = _weekly(svc)

    items = svc.items(ams(2025, 3, 16), ams(2025, 4, 8), include_dates=False)

    assert [i.start for i in items] == [datetime(2025, 3, 17, 8), datetime(2025, 3, 24, 8),
                                        datetime(2025, 3, 31, 7), datetime(2025, 4, 7, 7)]
    assert all(local(i.start).hour == 9 and i.end - i.start == timedelta(minutes=15) for i in items)
    assert all(i.source == "occurrence" and i.task_id == series_id and i.recurring for i in items)
    assert items[2].key == f"o{series_id}@2025-03-31T07:00:00"


def test_moving_one_occurrence_makes_it_a_task_of_its_own(svc: TaskService) -> None:
    series_id = _weekly(svc)

    moved = svc.move(series_id, ams(2025, 3, 25, 14), occurrence_start=ams(2025, 3, 24, 9))

    assert moved != series_id
    assert _starts(svc, ams(2025, 3, 16), ams(2025, 4, 1)) == [
        datetime(2025, 3, 17, 9), datetime(2025, 3, 25, 14), datetime(2025, 3, 31, 9)]
    row = svc.get(moved)
    assert (row.series_id, row.occurrence_start, row.input.title) == (series_id, ams(2025, 3, 24, 9), "Stand-up")
    assert svc.move(moved, ams(2025, 3, 26, 14)) == moved   # it moves on as a task of its own
    assert svc.get(series_id).next_due_at == ams(2025, 3, 17, 9)
    with pytest.raises(ValidationError, match="no occurrence"):
        svc.move(series_id, T0, occurrence_start=ams(2025, 3, 18, 9))


def test_moving_the_series_moves_its_weekdays_and_its_changed_occurrences(svc: TaskService) -> None:
    series_id = _weekly(svc)
    svc.delete(series_id, occurrence_start=ams(2025, 3, 31, 9))
    moved = svc.move(series_id, ams(2025, 3, 26, 14), occurrence_start=ams(2025, 3, 24, 9))

    # Drag the occurrence of 17 March to Tuesday 10:30: the whole series goes there.
    assert svc.move(series_id, ams(2025, 3, 18, 10, 30), occurrence_start=ams(2025, 3, 17, 9),
                    scope="series") == series_id

    assert _starts(svc, ams(2025, 3, 16), ams(2025, 4, 9)) == [
        datetime(2025, 3, 18, 10, 30), datetime(2025, 3, 26, 14), datetime(2025, 4, 8, 10, 30)]
    detail = svc.get(series_id)
    assert detail.input.recurrence == Recurrence("weekly", days=(1,))
    assert svc.get(moved).occurrence_start == ams(2025, 3, 25, 10, 30)


def test_resizing_one_occurrence_or_the_series(svc: TaskService) -> None:
    series_id = _weekly(svc)

    one = svc.resize(series_id, 60, occurrence_start=ams(2025, 3, 24, 9))
    svc.resize(series_id, 30, scope="series")

    ends = {local(i.start): i.end - i.start for i in svc.items(ams(2025, 3, 16), ams(2025, 4, 1))}
    assert ends == {datetime(2025, 3, 17, 9): timedelta(minutes=30), datetime(2025, 3, 24, 9): timedelta(hours=1),
                    datetime(2025, 3, 31, 9): timedelta(minutes=30)}
    assert svc.resize(one, 45) == one


def test_deleting_and_restoring_an_occurrence_and_the_series(svc: TaskService, clock: Clock) -> None:
    series_id = _weekly(svc)
    svc.move(series_id, ams(2025, 3, 17, 11), occurrence_start=ams(2025, 3, 17, 9))

    assert svc.delete(series_id, occurrence_start=ams(2025, 3, 24, 9)) == 1
    assert _starts(svc, ams(2025, 3, 16), ams(2025, 4, 1)) == [datetime(2025, 3, 17, 11), datetime(2025, 3, 31, 9)]
    deleted = next(t for t in svc.trash() if t.series_id == series_id)
    clock.advance(minutes=1)   # what went along with a delete is told apart by its time

    assert svc.delete(series_id, scope="series") == 2   # the series and its moved occurrence
    assert svc.items(ams(2025, 3, 16), ams(2025, 4, 1)) == []
    assert [t.id for t in svc.trash()] == [series_id, deleted.id]

    assert svc.restore(series_id) == 2   # the series and the moved occurrence; the deleted one stays deleted
    assert _starts(svc, ams(2025, 3, 16), ams(2025, 4, 1)) == [datetime(2025, 3, 17, 11), datetime(2025, 3, 31, 9)]
    assert svc.restore(deleted.id) == 1
    assert len(_starts(svc, ams(2025, 3, 16), ams(2025, 4, 1))) == 3


def test_completing_occurrences_moves_the_series_on_until_it_ends(svc: TaskService, db: Database) -> None:
    series_id = svc.create(TaskInput(title="Twice", kind="call", due_at=ams(2025, 3, 13, 9),
                                     recurrence=Recurrence("daily", count=2))).id

    first = svc.complete(series_id, "one")
    assert first.next_occurrence == ams(2025, 3, 14, 9)
    assert first.suggestion is None
    second = svc.complete(series_id, "two")
    assert second.next_occurrence is None
    assert second.suggestion is not None

    detail = svc.get(series_id)
    assert detail.done_at is not None
    items = svc.items(ams(2025, 3, 12), ams(2025, 3, 16))
    assert [(i.source, i.done) for i in items] == [("task", True), ("task", True)]
    with db.session(write=False) as s:
        assert s.scalar(select(func.count()).select_from(Activity).where(Activity.kind == "call")) == 2
    with pytest.raises(ValidationError, match="done already"):
        svc.complete(series_id, "three")


def test_completing_a_later_occurrence_keeps_the_earlier_one_current(svc: TaskService) -> None:
    series_id = _weekly(svc)

    done = svc.complete(series_id, "early", occurrence_start=ams(2025, 3, 24, 9))

    assert done.next_occurrence == ams(2025, 3, 17, 9)
    with pytest.raises(ValidationError, match="done"):
        svc.move(series_id, T0, occurrence_start=ams(2025, 3, 24, 9))


def test_editing_a_series(svc: TaskService) -> None:
    series_id = _weekly(svc)
    detail = svc.get(series_id)
    assert detail.input.due_at == ams(2025, 3, 17, 9)
    assert detail.input.recurrence == Recurrence("weekly", days=(0,))

    svc.update(series_id, replace(detail.input, title="Team stand-up"), detail.version)
    assert svc.get(series_id).rule_text == detail.rule_text   # the rule text stays exactly as it was

    detail = svc.get(series_id)
    svc.update(series_id, replace(detail.input, recurrence=Recurrence("weekly", days=(0, 3), count=3)),
               detail.version)
    assert _starts(svc, ams(2025, 3, 16), ams(2025, 5, 1)) == [
        datetime(2025, 3, 17, 9), datetime(2025, 3, 20, 9), datetime(2025, 3, 24, 9)]


def test_editing_one_occurrence(svc: TaskService) -> None:
    series_id = _weekly(svc)
    detail = svc.get_occurrence(series_id, ams(2025, 3, 24, 9))
    assert (detail.input.due_at, detail.input.recurrence, detail.series_id) == (ams(2025, 3, 24, 9), None, series_id)

    saved = svc.update(series_id, replace(detail.input, title="Stand-up with the CEO"), detail.version,
                       occurrence_start=ams(2025, 3, 24, 9))

    assert [i.title for i in svc.items(ams(2025, 3, 16), ams(2025, 3, 25))] == ["Stand-up", "Stand-up with the CEO"]
    assert svc.get(saved.id).series_id == series_id
    # The series' own input (with its recurrence) saved for one occurrence changes that occurrence only.
    series = svc.get(series_id)
    svc.update(series_id, replace(series.input, due_at=ams(2025, 3, 31, 10)), series.version,
               occurrence_start=ams(2025, 3, 31, 9))
    assert _starts(svc, ams(2025, 3, 30), ams(2025, 4, 8)) == [datetime(2025, 3, 31, 10), datetime(2025, 4, 7, 9)]


def test_stop_repeating_keeps_the_current_occurrence(svc: TaskService, clock: Clock) -> None:
    series_id = _weekly(svc)
    svc.complete(series_id, "held")
    detail = svc.get(series_id)

    svc.update(series_id, replace(detail.input, recurrence=None), detail.version)

    after = svc.get(series_id)
    assert not after.is_series
    assert after.input.due_at == ams(2025, 3, 24, 9)
    assert [i.source for i in svc.items(ams(2025, 3, 16), ams(2025, 4, 8))] == ["task", "task"]


def test_an_all_day_series_moves_by_days(svc: TaskService) -> None:
    series_id = svc.create(TaskInput(title="Invoice run", due_at=ams(2025, 3, 14, 15), all_day=True,
                                     duration_min=1440, recurrence=Recurrence("monthly", count=3))).id

    assert [(i.all_day, local(i.start)) for i in svc.items(ams(2025, 3, 1), ams(2025, 6, 1))] == [
        (True, datetime(2025, 3, 14)), (True, datetime(2025, 4, 14)), (True, datetime(2025, 5, 14))]
    svc.move(series_id, ams(2025, 4, 15, 9), occurrence_start=ams(2025, 4, 14), scope="series")
    assert [local(i.start) for i in svc.items(ams(2025, 3, 1), ams(2025, 6, 1))] == [
        datetime(2025, 3, 15), datetime(2025, 4, 15), datetime(2025, 5, 15)]


def test_a_task_in_the_database_without_the_rule_module_reads_as_plain(db: Database, svc: TaskService) -> None:
    # Tasks written by other parts of the app (the funnel, contacts) have no rule and no reminders.
    with db.session() as s:
        s.add(Task(title="from the funnel", kind="call", due_at=T0))
        s.add(Company(name="Zeta"))
    assert [t.title for t in svc.today()] == ["from the funnel"]


def test_the_deal_editor_completes_one_occurrence_of_a_series(db: Database, svc: TaskService, user_id: int,
                                                              clock: Clock) -> None:
    deal_id = _deal(db, user_id, "Pumps")
    task_id = _weekly(svc, deal_id=deal_id)

    PipelineService(db, user_id=user_id, clock=clock).complete_task(task_id, "held")

    with db.session(write=False) as s:
        series = s.get(Task, task_id)
        assert series is not None
        assert series.done_at is None                       # the series goes on ...
        assert series.due_at is not None
        assert local(series.due_at) == datetime(2025, 3, 24, 9, 0)   # ... from the next Monday
        done = s.execute(select(Task.occurrence_start, Task.result)
                         .where(Task.series_id == task_id, Task.done_at.is_not(None))).all()
    assert [(local(start), result) for start, result in done] == [(datetime(2025, 3, 17, 9, 0), "held")]
