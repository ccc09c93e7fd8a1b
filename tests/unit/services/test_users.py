"""Users: passwords, logging in with limited attempts, roles, and reassigning a user's records with undo."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from crm_desktop.db.database import Database
from crm_desktop.errors import AuthenticationError, NotFoundError, PermissionDeniedError, ValidationError
from crm_desktop.models import Company, Deal, Person, Reassignment, Task, User, utcnow
from crm_desktop.services import defaults
from crm_desktop.services.contacts import CompanyInput, ContactService, PersonInput
from crm_desktop.services.pipeline import DealInput, PipelineService
from crm_desktop.services.tasks import TaskInput, TaskService
from crm_desktop.services.users import (
    LOGIN_REFUSED,
    MAX_FAILED_LOGINS,
    UserInput,
    UserService,
    actor_for,
    hash_password,
    needs_login,
    os_actor,
    verify_password,
)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def users(db: Database, clock: Clock) -> UserService:
    return UserService(db, clock=clock)


@pytest.fixture
def office(users: UserService, db: Database) -> UserService:
    """Passwords in use: the administrator (the computer's login user) has one."""
    users.set_password(defaults.current_user_id(db), "admin-pass")
    return users


# ---- passwords -------------------------------------------------------------------------------------------------

def test_password_hash_is_salted_scrypt_with_its_parameters() -> None:
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first != second   # a random salt each time
    scheme, n, r, p, _salt, _digest = first.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert verify_password("correct horse", first)
    assert not verify_password("correct hors", first)
    assert not verify_password("correct horse", None)
    assert not verify_password("correct horse", "md5$abc")


def test_a_stored_hash_with_other_parameters_still_verifies() -> None:
    import base64
    import hashlib

    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(b"old-pass", salt=salt, n=2 ** 10, r=8, p=1, dklen=32)
    stored = f"scrypt$1024$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    assert verify_password("old-pass", stored)


def test_short_passwords_are_refused(users: UserService, db: Database) -> None:
    with pytest.raises(ValidationError, match="at least 6"):
        users.add(UserInput("short"), "12345")
    assert [u.login for u in users.list_users()] == [defaults.os_login()]


# ---- logging in ------------------------------------------------------------------------------------------------

def test_solo_user_needs_no_login_until_a_password_is_set(users: UserService, db: Database) -> None:
    me = defaults.current_user_id(db)
    assert not needs_login(db)
    actor = os_actor(db)
    assert (actor.user_id, actor.role) == (me, "admin")
    users.add(UserInput("nopass", role="manager"))
    assert not needs_login(db)
    users.set_password(me, "my-secret")
    assert needs_login(db)
    users.set_password(me, None)
    assert not needs_login(db)


def test_an_inactive_user_with_a_password_asks_nobody_to_log_in(users: UserService, db: Database) -> None:
    users.add(UserInput("gone", active=False), "gone-pass")
    assert not needs_login(db)


def test_login_right_and_wrong(office: UserService) -> None:
    anna = office.add(UserInput("Anna", "Anna K", role="manager", own_records_only=True), "anna-pass")
    actor = office.authenticate("anna", "anna-pass")   # logins are matched without letter case
    assert actor == actor_for(anna)
    assert actor.own_records_only
    with pytest.raises(AuthenticationError) as wrong_password:
        office.authenticate("anna", "wrong-pass")
    with pytest.raises(AuthenticationError) as unknown_login:
        office.authenticate("nobody", "anna-pass")
    assert str(wrong_password.value) == str(unknown_login.value) == LOGIN_REFUSED


def test_inactive_and_passwordless_users_get_the_same_refusal(users: UserService) -> None:
    users.add(UserInput("left", active=False), "left-pass")
    users.add(UserInput("open"))
    for login, password in (("left", "left-pass"), ("open", ""), ("open", "anything")):
        with pytest.raises(AuthenticationError, match="not right") as refused:
            users.authenticate(login, password)
        assert str(refused.value) == LOGIN_REFUSED


def test_too_many_wrong_passwords_pause_logging_in(office: UserService, clock: Clock) -> None:
    office.add(UserInput("bob"), "bob-pass")
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationError):
            office.authenticate("bob", "guess")
    assert office.get(office.find("bob").id).locked_until == clock.now + timedelta(minutes=5)
    # Paused: even the right password is refused, with the same words.
    with pytest.raises(AuthenticationError) as paused:
        office.authenticate("bob", "bob-pass")
    assert str(paused.value) == LOGIN_REFUSED
    clock.now += timedelta(minutes=5, seconds=1)
    assert office.authenticate("bob", "bob-pass").login == "bob"
    info = office.find("bob")
    assert info.locked_until is None


def test_a_right_password_resets_the_count_of_wrong_ones(office: UserService, db: Database) -> None:
    office.add(UserInput("carl"), "carl-pass")
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationError):
            office.authenticate("carl", "guess")
    office.authenticate("carl", "carl-pass")
    with db.session(write=False) as s:
        assert s.scalar(select(User.failed_logins).where(User.login == "carl")) == 0


def test_wrong_attempts_are_counted_while_somebody_is_logged_in(office: UserService, db: Database) -> None:
    office.add(UserInput("dora", role="read_only"), "dora-pass")
    db.actor = office.authenticate("dora", "dora-pass")
    with pytest.raises(AuthenticationError):
        office.authenticate("dora", "guess")
    with db.session(write=False) as s:
        assert s.scalar(select(User.failed_logins).where(User.login == "dora")) == 1


# ---- managing users --------------------------------------------------------------------------------------------

def test_add_edit_and_deactivate_users(users: UserService) -> None:
    eve = users.add(UserInput(" eve ", "  Eve   Example ", "eve@example.org", "read_only"))
    assert (eve.login, eve.full_name, eve.role, eve.has_password) == ("eve", "Eve Example", "read_only", False)
    with pytest.raises(ValidationError, match="taken"):
        users.add(UserInput("EVE"))
    with pytest.raises(ValidationError, match="role"):
        users.add(UserInput("frank", role="boss"))
    with pytest.raises(ValidationError, match="without spaces"):
        users.add(UserInput("frank smith"))
    changed = users.update(eve.id, UserInput("eve", "Eve E.", role="manager", own_records_only=True))
    assert (changed.role, changed.own_records_only) == ("manager", True)
    assert not users.deactivate(eve.id).active
    assert [u.login for u in users.list_users(include_inactive=False)] == [defaults.os_login()]


def test_an_admin_never_has_own_records_only(users: UserService) -> None:
    admin = users.add(UserInput("chief", role="admin", own_records_only=True))
    assert not admin.own_records_only
    assert not actor_for(admin).own_records_only


def test_the_last_admin_stays(users: UserService, db: Database) -> None:
    me = users.get(defaults.current_user_id(db))
    with pytest.raises(ValidationError, match="last active administrator"):
        users.update(me.id, UserInput(me.login, role="manager"))
    with pytest.raises(ValidationError, match="last active administrator"):
        users.deactivate(me.id)
    other = users.add(UserInput("second", role="admin"))
    users.update(me.id, UserInput(me.login, role="manager"))
    assert users.get(other.id).role == "admin"


def test_an_administrator_gets_the_first_password(users: UserService, db: Database) -> None:
    me = defaults.current_user_id(db)
    with pytest.raises(ValidationError, match="Give an administrator a password first"):
        users.add(UserInput("mani", role="manager"), "mani-pass")
    mani = users.add(UserInput("mani", role="manager"))
    with pytest.raises(ValidationError, match="Give an administrator a password first"):
        users.set_password(mani.id, "mani-pass")
    users.set_password(me, "admin-pass")
    users.set_password(mani.id, "mani-pass")
    with pytest.raises(ValidationError, match="Give an administrator a password first"):
        users.set_password(me, None)
    assert users.authenticate(defaults.os_login(), "admin-pass").role == "admin"
    # Without any other password left, the administrator's may go: nobody logs in any more.
    users.set_password(mani.id, None)
    users.set_password(me, None)
    assert not needs_login(db)


def test_unknown_user(users: UserService) -> None:
    with pytest.raises(NotFoundError):
        users.get(999)
    with pytest.raises(NotFoundError, match="no user 'zed'"):
        users.find("zed")


# ---- reassign --------------------------------------------------------------------------------------------------

class Book:
    """A leaving manager with three companies of different sizes, a private client, and records of others."""

    def __init__(self, db: Database) -> None:
        users = UserService(db)
        self.admin = defaults.current_user_id(db)
        self.leaver = users.add(UserInput("leaver", "Lea Ving")).id
        self.kim = users.add(UserInput("kim", "Kim")).id
        self.lou = users.add(UserInput("lou", "Lou")).id
        contacts = ContactService(db, self.admin)
        pipeline = PipelineService(db, self.admin)
        tasks = TaskService(db, self.admin)
        pid = pipeline.default_pipeline_id()
        stage = pipeline.board(pid).pipeline.stages[0].id
        self.companies: dict[str, int] = {}
        # big: 1 company + 3 people + 2 deals + 2 tasks = 8; mid: 1 + 2 + 1 = 4; small: 1 + 1 = 2
        for name, people, deals in (("big", 3, 2), ("mid", 2, 1), ("small", 1, 0)):
            cid = contacts.create_company(CompanyInput(name=name, owner_id=self.leaver)).id
            self.companies[name] = cid
            for n in range(people):
                contacts.create_person(PersonInput(first_name=f"{name}{n}", company_id=cid, owner_id=self.leaver))
            for n in range(deals):
                deal = pipeline.create_deal(DealInput(f"{name} deal {n}", pid, stage, company_id=cid,
                                                      owner_id=self.leaver))
                if name == "big":
                    tasks.create(TaskInput(f"follow {n}", deal_id=deal, owner_id=self.leaver,
                                           due_at=utcnow() + timedelta(days=1)))
        self.private = contacts.create_person(PersonInput(first_name="Private", owner_id=self.leaver)).id
        self.private_task = tasks.create(TaskInput("call private", person_id=self.private, owner_id=self.leaver,
                                                   due_at=utcnow() + timedelta(days=1))).id
        self.others = contacts.create_person(PersonInput(first_name="Kim's own", owner_id=self.kim)).id
        self.trashed = contacts.create_person(PersonInput(first_name="Trashed", owner_id=self.leaver)).id
        contacts.delete("person", [self.trashed])


def owners(db: Database, model: type) -> dict[int, int | None]:
    with db.session(write=False) as s:
        return dict(s.execute(select(model.id, model.owner_id)).all())  # type: ignore[attr-defined]


def test_preview_counts_per_kind_and_target(db: Database, users: UserService) -> None:
    book = Book(db)
    preview = users.reassign_preview(book.leaver, [book.kim, book.lou])
    assert preview.from_name == "Lea Ving"
    assert (preview.count("companies"), preview.count("persons"), preview.count("deals"),
            preview.count("tasks")) == (3, 7, 3, 3)
    kim, lou = preview.shares
    # The biggest company (8 records) to Kim; mid (4), small (2) and the private client (2) to Lou.
    assert (kim.name, kim.companies, kim.persons, kim.deals, kim.tasks) == ("Kim", 1, 3, 2, 2)
    assert (lou.name, lou.companies, lou.persons, lou.deals, lou.tasks) == ("Lou", 2, 4, 1, 1)
    assert owners(db, Person)[book.private] == book.leaver   # a preview writes nothing


def test_reassign_keeps_each_company_together_and_can_be_undone(db: Database, users: UserService) -> None:
    book = Book(db)
    result = users.reassign(book.leaver, [book.kim, book.lou])
    assert result.total == 16
    with db.session(write=False) as s:
        by_company: dict[int, set[int | None]] = {}
        for cid, owner in s.execute(select(Company.id, Company.owner_id)):
            by_company.setdefault(cid, set()).add(owner)
        for cid, owner in s.execute(select(Person.company_id, Person.owner_id).where(Person.company_id.is_not(None))):
            by_company[cid].add(owner)
        for cid, owner in s.execute(select(Deal.company_id, Deal.owner_id)):
            by_company[cid].add(owner)
        assert all(len(o) == 1 for o in by_company.values())
        assert s.scalar(select(Task.owner_id).where(Task.id == book.private_task)) == \
            s.scalar(select(Person.owner_id).where(Person.id == book.private))
        assert s.scalar(select(Person.owner_id).where(Person.id == book.trashed)) == book.leaver
        assert s.scalar(select(Person.owner_id).where(Person.id == book.others)) == book.kim
        stored = s.get(Reassignment, result.id)
        assert stored is not None
        assert sum(len(v) for v in stored.moves.values()) == 16   # type: ignore[arg-type]
    assert users.reassign_preview(book.leaver, [book.kim]).total == 0
    with pytest.raises(ValidationError, match="owns no records"):
        users.reassign(book.leaver, [book.kim])

    undone = users.undo_reassign(result.id)
    assert (undone.restored, undone.kept) == (16, ())
    assert set(owners(db, Company).values()) == {book.leaver}
    assert users.list_reassignments()[0].undone_at is not None
    with pytest.raises(ValidationError, match="already undone"):
        users.undo_reassign(result.id)


def test_undo_leaves_records_somebody_changed_since(db: Database, users: UserService) -> None:
    book = Book(db)
    result = users.reassign(book.leaver, [book.kim])
    contacts = ContactService(db, book.kim)
    detail = contacts.get_person(book.private)
    contacts.update_person(book.private, detail.input.__class__(**{**detail.input.__dict__, "city": "Leiden"}),
                           detail.version)
    undone = users.undo_reassign(result.id)
    assert undone.kept == (("persons", book.private),)
    assert undone.restored == 15
    assert "were changed or deleted since" in undone.message
    assert owners(db, Person)[book.private] == book.kim


def test_open_only_leaves_closed_deals_and_done_tasks(db: Database, users: UserService) -> None:
    book = Book(db)
    pipeline = PipelineService(db, book.admin)
    won = pipeline.create_deal(DealInput("won one", pipeline.default_pipeline_id(),
                                         pipeline.board(pipeline.default_pipeline_id()).pipeline.stages[0].id,
                                         owner_id=book.leaver))
    pipeline.win_deal(won, utcnow().date())
    everything = users.reassign_preview(book.leaver, [book.kim])
    open_only = users.reassign_preview(book.leaver, [book.kim], open_only=True)
    assert everything.count("deals") - open_only.count("deals") == 1
    users.reassign(book.leaver, [book.kim], open_only=True)
    assert owners(db, Deal)[won] == book.leaver


def test_reassign_refuses_bad_targets(db: Database, users: UserService) -> None:
    book = Book(db)
    viewer = users.add(UserInput("viewer", role="read_only")).id
    gone = users.add(UserInput("gone", active=False)).id
    with pytest.raises(ValidationError, match="not the same user"):
        users.reassign_preview(book.leaver, [book.leaver])
    with pytest.raises(ValidationError, match="at least one"):
        users.reassign_preview(book.leaver, [])
    with pytest.raises(ValidationError, match="read-only"):
        users.reassign(book.leaver, [viewer])
    with pytest.raises(ValidationError, match="inactive"):
        users.reassign(book.leaver, [gone])
    db.actor = actor_for(users.get(book.kim))
    with pytest.raises(PermissionDeniedError):
        users.reassign(book.leaver, [book.lou])
    db.actor = None
    assert set(owners(db, Company).values()) == {book.leaver}
