"""The access rules, cell by cell, through the real services on a real database file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select, update

from crm_desktop.db import access
from crm_desktop.db.database import Actor, Database
from crm_desktop.errors import NotFoundError, PermissionDeniedError
from crm_desktop.models import ChangeCounter, Company, Deal, Person, Task, User, utcnow
from crm_desktop.services import defaults, overview, records, tabular
from crm_desktop.services.contact_list import ContactListService
from crm_desktop.services.contacts import CompanyInput, ContactService, PersonInput
from crm_desktop.services.duplicates import DuplicateService
from crm_desktop.services.imports import ImportOptions, ImportService
from crm_desktop.services.pipeline import BoardFilter, DealInput, PipelineService
from crm_desktop.services.search import SearchService
from crm_desktop.services.tasks import TaskInput, TaskService
from crm_desktop.services.users import UserInput, UserService, actor_for


@dataclass
class Office:
    """An admin, two managers (Anna sees only her own records), a read-only viewer, and records of both managers."""

    db: Database
    admin: int
    anna: int
    bob: int
    viewer: int
    anna_person: int
    bob_person: int
    anna_company: int
    bob_company: int
    anna_deal: int
    bob_deal: int
    anna_task: int
    bob_task: int
    stages: list[int]

    def act_as(self, user_id: int | None) -> None:
        self.db.actor = None if user_id is None else actor_for(UserService(self.db).get(user_id))

    def count(self, model: type) -> int:
        actor, self.db.actor = self.db.actor, None
        try:
            with self.db.session(write=False) as s:
                return int(s.scalar(select(func.count()).select_from(model)) or 0)
        finally:
            self.db.actor = actor


@pytest.fixture
def office(db: Database) -> Office:
    admin = defaults.current_user_id(db)
    users = UserService(db)
    users.set_password(admin, "admin-pass")
    anna = users.add(UserInput("anna", "Anna Own", role="manager", own_records_only=True), "anna-pass").id
    bob = users.add(UserInput("bob", "Bob Everything", role="manager"), "bob-pass").id
    viewer = users.add(UserInput("vera", "Vera Viewer", role="read_only"), "vera-pass").id
    contacts = ContactService(db, admin)
    anna_company = contacts.create_company(CompanyInput(name="Alpha Zinc", owner_id=anna)).id
    bob_company = contacts.create_company(CompanyInput(name="Beta Zinc", owner_id=bob)).id
    anna_person = contacts.create_person(PersonInput(first_name="Ada", last_name="Zinco", owner_id=anna,
                                                     company_id=anna_company)).id
    bob_person = contacts.create_person(PersonInput(first_name="Boris", last_name="Zinco", owner_id=bob,
                                                    company_id=bob_company)).id
    pipeline = PipelineService(db, admin)
    pid = pipeline.default_pipeline_id()
    stages = [st.id for st in pipeline.board(pid).pipeline.stages]
    anna_deal = pipeline.create_deal(DealInput("Anna's deal", pid, stages[0], owner_id=anna,
                                               company_id=anna_company))
    bob_deal = pipeline.create_deal(DealInput("Bob's deal", pid, stages[0], owner_id=bob, company_id=bob_company))
    tasks = TaskService(db, admin)
    soon = utcnow() + timedelta(hours=1)
    anna_task = tasks.create(TaskInput("Call Ada", due_at=soon, owner_id=anna, person_id=anna_person)).id
    bob_task = tasks.create(TaskInput("Call Boris", due_at=soon, owner_id=bob, person_id=bob_person)).id
    return Office(db, admin, anna, bob, viewer, anna_person, bob_person, anna_company, bob_company, anna_deal,
                  bob_deal, anna_task, bob_task, stages)


# ---- no actor and admin ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("who", ["nobody", "admin"])
def test_nobody_and_admin_may_do_everything(office: Office, who: str) -> None:
    office.act_as(None if who == "nobody" else office.admin)
    contacts = ContactService(office.db, office.admin)
    contacts.create_person(PersonInput(first_name="New", owner_id=office.bob))
    UserService(office.db).add(UserInput(f"new-{who}", role="manager"))
    assert len(ContactListService(office.db, office.admin).ids("person")) == 3
    assert office.count(User) == 5


# ---- read-only -------------------------------------------------------------------------------------------------

def test_read_only_reads_everything(office: Office) -> None:
    office.act_as(office.viewer)
    assert len(ContactListService(office.db, office.viewer).ids("person")) == 2
    assert {c.id for col in PipelineService(office.db, office.viewer)
            .board(PipelineService(office.db, office.viewer).default_pipeline_id()).columns
            for c in col.cards} == {office.anna_deal, office.bob_deal}


def test_read_only_cannot_create_a_person(office: Office) -> None:
    office.act_as(office.viewer)
    with pytest.raises(PermissionDeniedError, match="read-only access.*Nothing was changed"):
        ContactService(office.db, office.viewer).create_person(PersonInput(first_name="Nope"))
    assert office.count(Person) == 2


def test_read_only_cannot_move_a_deal(office: Office) -> None:
    office.act_as(office.viewer)
    with pytest.raises(PermissionDeniedError, match="read-only"):
        PipelineService(office.db, office.viewer).move_deal(office.anna_deal, office.stages[1])
    office.act_as(None)
    assert PipelineService(office.db, office.admin).get_deal(office.anna_deal).input.stage_id == office.stages[0]


def test_read_only_cannot_import(office: Office, tmp_path: Path) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text("First name,Last name,Email\nIvan,Import,ivan@example.org\nOla,Import,ola@example.org\n",
                     encoding="utf-8")
    office.act_as(office.viewer)
    service = ImportService(office.db, user_id=office.viewer)
    with pytest.raises(PermissionDeniedError, match="read-only"):
        service.run(tabular.inspect(sheet), ImportOptions(kind="contacts"))
    assert office.count(Person) == 2


def test_read_only_core_and_plain_sql_writes_are_refused(office: Office) -> None:
    office.act_as(office.viewer)
    with pytest.raises(PermissionDeniedError), office.db.session() as s:
        s.execute(update(Person).where(Person.id == office.bob_person).values(first_name="Hacked"))
    with pytest.raises(PermissionDeniedError), office.db.session() as s:
        s.connection().exec_driver_sql("DELETE FROM tasks")
    with pytest.raises(PermissionDeniedError), office.db.session() as s:
        s.execute(insert(Company.__table__).values(uuid="x", name="Core", version=1, status="lead",
                                                   created_at=utcnow(), updated_at=utcnow()))
    office.act_as(None)
    assert office.count(Task) == 2
    assert office.count(Company) == 2
    assert ContactService(office.db, office.admin).get_person(office.bob_person).input.first_name == "Boris"


def test_read_only_may_write_the_sharing_bookkeeping(office: Office) -> None:
    office.act_as(office.viewer)
    with office.db.session() as s:
        before = s.scalar(select(ChangeCounter.value)) or 0
        s.execute(update(ChangeCounter).where(ChangeCounter.id == 1).values(value=before + 100))
    with office.db.session(write=False) as s:
        assert (s.scalar(select(ChangeCounter.value)) or 0) >= before + 100


def test_read_only_may_change_only_their_own_password(office: Office) -> None:
    office.act_as(office.viewer)
    users = UserService(office.db)
    users.set_password(office.viewer, "new-vera-pass")
    assert users.authenticate("vera", "new-vera-pass").user_id == office.viewer
    with pytest.raises(PermissionDeniedError):
        users.set_password(office.bob, "stolen-pass")


def test_a_pooled_connection_forgets_the_actor(office: Office) -> None:
    office.act_as(office.viewer)
    with office.db.session(write=False) as s:
        s.scalar(select(Person.id))
    office.act_as(None)
    # Maintenance code without a session on the same pool: no rule applies.
    with office.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE persons SET city = 'Delft' WHERE id = ?", (office.bob_person,))


# ---- own records only ------------------------------------------------------------------------------------------

def test_own_only_lists_show_only_own_records(office: Office) -> None:
    office.act_as(office.anna)
    lists = ContactListService(office.db, office.anna)
    assert lists.ids("person") == [office.anna_person]
    assert lists.ids("company") == [office.anna_company]
    assert lists.count("person") == 1
    assert lists.ids("person", text="zinco") == [office.anna_person]
    assert lists.ids("person", text="zinco", sort="") == [office.anna_person]


def test_own_only_search_finds_only_own_records(office: Office) -> None:
    office.act_as(office.anna)
    search = SearchService(office.db)
    hits = search.search("zinc")
    assert {(h.kind, h.id) for h in hits} == {("person", office.anna_person), ("company", office.anna_company)}
    assert search.count("zinc") == 2
    office.act_as(office.bob)
    assert search.count("zinc") == 4


def test_own_only_board_tasks_and_command_line_lists(office: Office) -> None:
    office.act_as(office.anna)
    pipeline = PipelineService(office.db, office.anna)
    board = pipeline.board(pipeline.default_pipeline_id(), BoardFilter())
    assert [c.id for col in board.columns for c in col.cards] == [office.anna_deal]
    tasks = TaskService(office.db, office.anna)
    assert [t.id for t in tasks.today() + tasks.upcoming(days=2)] == [office.anna_task]
    assert [t.id for t in tasks.by_owner(office.anna)] == [office.anna_task]
    assert [t.id for t in tasks.by_owner(office.bob)] == []
    assert [r.id for r in records.list_records(office.db, "deals")] == [office.anna_deal]
    assert [r.id for r in records.list_records(office.db, "contacts")] == [office.anna_person]
    figures = overview.summary(office.db)
    assert (figures.contacts, figures.companies, figures.open_deals) == (1, 1, 1)


def test_own_only_column_queries_and_counts_are_filtered(office: Office) -> None:
    office.act_as(office.anna)
    with office.db.session(write=False) as s:
        assert s.execute(select(Person.id, Person.last_name)).all() == [(office.anna_person, "Zinco")]
        assert s.scalar(select(func.count()).select_from(Deal)) == 1
        assert s.scalar(select(func.count(Task.id))) == 1
        assert s.get(Company, office.bob_company) is None
        assert access.reads_filtered(s)


def test_own_only_cannot_edit_another_users_deal(office: Office) -> None:
    office.act_as(office.anna)
    pipeline = PipelineService(office.db, office.anna)
    with pytest.raises(NotFoundError):
        pipeline.move_deal(office.bob_deal, office.stages[2])
    # Even a record loaded some other way is refused at the flush.
    with office.db.session() as s:
        s.info["actor"] = None
        deal = s.get(Deal, office.bob_deal)
        assert deal is not None
        s.info["actor"] = office.db.actor
        deal.title = "Taken over"
        with pytest.raises(PermissionDeniedError, match="only your own records"):
            s.flush()
        s.rollback()
    office.act_as(None)
    assert PipelineService(office.db, office.admin).get_deal(office.bob_deal).input.title == "Bob's deal"


def test_own_only_may_edit_own_records(office: Office) -> None:
    office.act_as(office.anna)
    pipeline = PipelineService(office.db, office.anna)
    pipeline.move_deal(office.anna_deal, office.stages[1])
    assert pipeline.get_deal(office.anna_deal).input.stage_id == office.stages[1]


def test_own_only_new_records_are_their_own(office: Office) -> None:
    office.act_as(office.anna)
    contacts = ContactService(office.db, office.anna)
    with office.db.session() as s:
        person = Person(first_name="Unowned")
        s.add(person)
        s.flush()
        assert person.owner_id == office.anna
    with pytest.raises(PermissionDeniedError, match="only for yourself"):
        contacts.create_person(PersonInput(first_name="For Bob", owner_id=office.bob))
    office.act_as(None)
    assert office.count(Person) == 3


def test_own_only_does_not_apply_to_admins(office: Office) -> None:
    actor = Actor(office.admin, "admin", "admin", own_records_only=True)
    office.db.actor = actor
    assert len(ContactListService(office.db, office.admin).ids("person")) == 2


# ---- users and reassign are for administrators ------------------------------------------------------------------

def test_a_manager_cannot_add_or_change_users(office: Office) -> None:
    office.act_as(office.bob)
    users = UserService(office.db)
    with pytest.raises(PermissionDeniedError, match="administrator"):
        users.add(UserInput("mallory"))
    with pytest.raises(PermissionDeniedError, match="administrator"):
        users.update(office.bob, UserInput("bob", role="admin"))
    # Directly through the ORM, too.
    with pytest.raises(PermissionDeniedError), office.db.session() as s:
        s.add(User(login="sneaky", role="admin"))
    with office.db.session() as s:
        me = s.get(User, office.bob)
        assert me is not None
        me.role = "admin"
        with pytest.raises(PermissionDeniedError):
            s.flush()
        s.rollback()
    with pytest.raises(PermissionDeniedError, match="administrator"):
        users.reassign(office.anna, [office.bob])
    assert office.count(User) == 4
    assert users.get(office.bob).role == "manager"
    users.set_password(office.bob, "bob-new-pass")   # their own password: allowed
    assert users.authenticate("bob", "bob-new-pass").user_id == office.bob


def test_own_only_import_creates_own_records_only(office: Office, tmp_path: Path) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text("First name,Last name,Email\nIvan,Import,ivan@example.org\nOla,Import,ola@example.org\n",
                     encoding="utf-8")
    office.act_as(office.anna)
    result = ImportService(office.db, user_id=office.anna).run(tabular.inspect(sheet), ImportOptions(kind="contacts"))
    assert result.new == 2
    office.act_as(None)
    with office.db.session(write=False) as s:
        assert set(s.scalars(select(Person.owner_id).where(Person.last_name == "Import"))) == {office.anna}


def test_own_only_import_for_another_owner_is_refused(office: Office, tmp_path: Path) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text("First name,Last name,Owner\nIvan,Import,bob\n", encoding="utf-8")
    office.act_as(office.anna)
    with pytest.raises(PermissionDeniedError, match="only for yourself"):
        ImportService(office.db, user_id=office.anna).run(tabular.inspect(sheet), ImportOptions(kind="contacts"))
    assert office.count(Person) == 2


def test_own_only_plain_sql_inserts_are_checked(office: Office) -> None:
    office.act_as(office.anna)
    statement = ("INSERT INTO companies (uuid, created_at, updated_at, version, owner_id, name, status) "
                 "VALUES (?, ?, ?, 1, ?, ?, 'lead')")
    now = utcnow()
    with office.db.session() as s:
        s.connection().exec_driver_sql(statement, ("u-1", now, now, None, "Mine by default"))
    with pytest.raises(PermissionDeniedError), office.db.session() as s:
        s.connection().exec_driver_sql(statement, [("u-2", now, now, office.bob, "For Bob")])
    office.act_as(None)
    with office.db.session(write=False) as s:
        assert s.scalar(select(Company.owner_id).where(Company.name == "Mine by default")) == office.anna
        assert s.scalar(select(Company.id).where(Company.name == "For Bob")) is None


def test_own_only_bulk_updates_and_deletes_touch_own_records_only(office: Office) -> None:
    office.act_as(office.anna)
    with office.db.session() as s:
        s.execute(update(Person).values(city="Haarlem"))
    office.act_as(None)
    with office.db.session(write=False) as s:
        cities = dict(s.execute(select(Person.id, Person.city)).all())
    assert cities == {office.anna_person: "Haarlem", office.bob_person: None}


def test_own_only_duplicates_are_among_own_records(office: Office) -> None:
    contacts = ContactService(office.db, office.admin)
    contacts.create_person(PersonInput(first_name="Ada", last_name="Zinco", owner_id=office.bob))
    contacts.create_person(PersonInput(first_name="Boris", last_name="Zinco", owner_id=office.anna))
    everybody = DuplicateService(office.db, office.admin).find_groups("person")
    assert len(everybody) == 2
    office.act_as(office.anna)
    assert DuplicateService(office.db, office.anna).find_groups("person") == []
    contacts = ContactService(office.db, office.anna)
    twin = contacts.create_person(PersonInput(first_name="Ada", last_name="Zinco")).id
    groups = DuplicateService(office.db, office.anna).find_groups("person")
    assert [set(g.ids) for g in groups] == [{office.anna_person, twin}]
