"""Users, roles and passwords, logging in with limited attempts, and handing a user's records to others.

Passwords are hashed with scrypt (memory-hard, in the standard library) and a random salt per password; the
parameters are stored in the hash string, so stronger ones later still verify old hashes. A login that fails says
the same whatever was wrong (unknown login, wrong password, inactive user, paused after too many attempts).

Reassigning moves everything of a user that is not in the Trash (companies, people, deals and tasks, also won or
lost deals and done tasks, so history and reports follow the new owner; ``open_only`` keeps closed deals and done
tasks with the old owner). With several new owners the records are split by company: a company, its people, its
deals and their tasks go to the same new owner, the biggest groups first, each to the new owner with the fewest
records so far. Every move is stored with the version it produced, so undo puts back exactly what nobody changed
since and names what it could not.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import exists, func, insert, select, update
from sqlalchemy.orm import Session

from crm_desktop.db import access
from crm_desktop.db.database import Actor, Database
from crm_desktop.errors import AuthenticationError, NotFoundError, ValidationError
from crm_desktop.models import (
    ChangeAction,
    ChangeLog,
    Company,
    Deal,
    DealStatus,
    Person,
    Reassignment,
    Role,
    Task,
    User,
    utcnow,
)

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 5
MIN_PASSWORD_LENGTH = 6
# scrypt cost: n=2**14, r=8 takes ~16 MiB and some 50 ms per try: cheap for one login, dear for guessing.
SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LEN = 2 ** 14, 8, 1, 32
LOGIN_REFUSED = (f"The login or the password is not right, or this user may not log in. After "
                 f"{MAX_FAILED_LOGINS} wrong passwords in a row, logging in as that user pauses for "
                 f"{LOCK_MINUTES} minutes.")
ROLES = (Role.ADMIN.value, Role.MANAGER.value, Role.READ_ONLY.value)
# What a reassignment moves, in this order; the names are the tables, as in Reassignment.moves.
KINDS = ("companies", "persons", "deals", "tasks")
_MODELS: dict[str, Any] = {"companies": Company, "persons": Person, "deals": Deal, "tasks": Task}
_DUMMY_HASH: str | None = None


# ---- passwords -------------------------------------------------------------------------------------------------

def hash_password(password: str) -> str:
    """scrypt$N$r$p$salt$hash, both base64: what is stored in users.password_hash."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                            dklen=SCRYPT_LEN)
    return "$".join(("scrypt", str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P),
                     base64.b64encode(salt).decode(), base64.b64encode(digest).decode()))


def verify_password(password: str, stored: str | None) -> bool:
    """True when `password` matches the stored hash; False for no hash or a hash this version cannot read."""
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        found = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
                               p=int(p), dklen=len(expected), maxmem=256 * 1024 * 1024)
    except (ValueError, TypeError):
        return False
    # Constant time: how long the comparison takes says nothing about how much of the hash matched.
    return hmac.compare_digest(found, expected)


def _spend_like_a_check(password: str) -> None:
    """Take the time of a real check, so an unknown login answers as slowly as a wrong password."""
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password(secrets.token_hex(8))
    verify_password(password, _DUMMY_HASH)


def check_password_rule(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(f"A password needs at least {MIN_PASSWORD_LENGTH} characters.")


# ---- plain data ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class UserInfo:
    """A user as the users list shows it."""

    id: int
    login: str
    full_name: str
    email: str | None
    role: str
    own_records_only: bool
    active: bool
    has_password: bool
    locked_until: datetime | None

    @property
    def name(self) -> str:
        return self.full_name or self.login


@dataclass(frozen=True)
class UserInput:
    """What an administrator types for a new or edited user."""

    login: str
    full_name: str = ""
    email: str | None = None
    role: str = Role.MANAGER.value
    own_records_only: bool = False
    active: bool = True


@dataclass(frozen=True)
class ReassignShare:
    """What one new owner gets: counts per kind (tables of KINDS)."""

    user_id: int
    name: str
    companies: int = 0
    persons: int = 0
    deals: int = 0
    tasks: int = 0

    @property
    def total(self) -> int:
        return self.companies + self.persons + self.deals + self.tasks


@dataclass(frozen=True)
class ReassignPreview:
    """What a reassignment would move, in total and per new owner."""

    from_user_id: int
    from_name: str
    open_only: bool
    shares: tuple[ReassignShare, ...]

    def count(self, kind: str) -> int:
        return sum(int(getattr(share, kind)) for share in self.shares)

    @property
    def total(self) -> int:
        return sum(share.total for share in self.shares)


@dataclass(frozen=True)
class ReassignResult:
    """A reassignment made: its id (for undo) and what moved to whom."""

    id: int
    preview: ReassignPreview

    @property
    def total(self) -> int:
        return self.preview.total


@dataclass(frozen=True)
class UndoReassignResult:
    """What undoing a reassignment put back, and the records it left alone because they changed since."""

    reassignment_id: int
    restored: int
    kept: tuple[tuple[str, int], ...]  # (table, record id) changed by somebody since, or gone

    @property
    def message(self) -> str:
        if not self.kept:
            return f"{self.restored} records are back with their previous owner."
        return (f"{self.restored} records are back with their previous owner; {len(self.kept)} were changed or "
                "deleted since the reassignment and keep their new owner.")


@dataclass(frozen=True)
class ReassignmentInfo:
    """One reassignment of the history."""

    id: int
    made_at: datetime
    from_name: str
    moved: int
    undone_at: datetime | None


# ---- module functions ------------------------------------------------------------------------------------------

def needs_login(db: Database) -> bool:
    """True when some active user has a password: then everybody logs in; a solo user without one never does."""
    with db.session(write=False) as s:
        return bool(s.scalar(select(exists().where(User.active.is_(True), User.deleted_at.is_(None),
                                                   User.password_hash.is_not(None)))))


def actor_for(user: User | UserInfo) -> Actor:
    """The Actor the access rules use for `user`; "own records only" means nothing for an administrator."""
    return Actor(user_id=user.id, login=user.login, role=user.role,
                 own_records_only=bool(user.own_records_only) and user.role != Role.ADMIN.value)


def user_info(user: User) -> UserInfo:
    return UserInfo(user.id, user.login, user.full_name, user.email, user.role, bool(user.own_records_only),
                    bool(user.active), user.password_hash is not None, user.locked_until)


def _plain_session(s: Session) -> Session:
    # Logging in happens before anybody is known, and its attempt counter must be written for whoever tries.
    s.info["actor"] = None
    return s


class UserService:
    """Lists, adds and edits users (administrators), sets passwords, logs in, and reassigns records."""

    def __init__(self, db: Database, clock: Any = None) -> None:
        self.db = db
        self._clock = clock or utcnow

    @property
    def actor(self) -> Actor | None:
        return self.db.actor

    # ---- users -------------------------------------------------------------------------------------------------

    def list_users(self, *, include_inactive: bool = True) -> list[UserInfo]:
        with self.db.session(write=False) as s:
            query = select(User).where(User.deleted_at.is_(None))
            if not include_inactive:
                query = query.where(User.active.is_(True))
            users = [user_info(u) for u in s.scalars(query)]
        return sorted(users, key=lambda u: (not u.active, u.name.casefold(), u.id))

    def get(self, user_id: int) -> UserInfo:
        with self.db.session(write=False) as s:
            return user_info(self._user(s, user_id))

    def find(self, login_or_name: str) -> UserInfo:
        """The user with this login (or full name), letter case aside."""
        needle = " ".join(login_or_name.split()).casefold()
        for user in self.list_users():
            if needle in (user.login.casefold(), user.full_name.casefold()):
                return user
        known = ", ".join(u.login for u in self.list_users()) or "none"
        raise NotFoundError(f"There is no user '{login_or_name}'; the users: {known}.")

    def add(self, data: UserInput, password: str | None = None) -> UserInfo:
        access.require_admin(self.actor, "add users")
        clean = self._clean(data)
        if password is not None:
            check_password_rule(password)
        with self.db.session() as s:
            self._check_login_free(s, clean.login, None)
            user = User(login=clean.login, full_name=clean.full_name, email=clean.email, role=clean.role,
                        own_records_only=clean.own_records_only, active=clean.active,
                        password_hash=hash_password(password) if password else None)
            s.add(user)
            s.flush()
            self._log(s, user, ChangeAction.INSERT, None, None, None)
            _check_an_admin_can_log_in(s)
            return user_info(user)

    def update(self, user_id: int, data: UserInput) -> UserInfo:
        access.require_admin(self.actor, "change users")
        clean = self._clean(data)
        with self.db.session() as s:
            user = self._user(s, user_id)
            self._check_login_free(s, clean.login, user.id)
            stays_admin = clean.role == Role.ADMIN.value and clean.active
            if user.role == Role.ADMIN.value and user.active and not stays_admin:
                self._check_other_admin(s, user.id)
            for key in ("login", "full_name", "email", "role", "own_records_only", "active"):
                old, new = getattr(user, key), getattr(clean, key)
                if old != new:
                    self._log(s, user, ChangeAction.UPDATE, key, old, new)
                    setattr(user, key, new)
            s.flush()
            _check_an_admin_can_log_in(s)
            return user_info(user)

    def deactivate(self, user_id: int) -> UserInfo:
        """A user who left: kept for history (their name stays on what they did), no longer able to log in."""
        current = self.get(user_id)
        return self.update(user_id, UserInput(current.login, current.full_name, current.email, current.role,
                                              current.own_records_only, active=False))

    def set_password(self, user_id: int, password: str | None) -> None:
        """Set (or with None clear) a password: administrators for anybody, everyone else for themselves."""
        actor = self.actor
        if actor is not None and actor.user_id != user_id:
            access.require_admin(actor, "set another user's password")
        if password is not None:
            check_password_rule(password)
        if password is None:
            access.require_admin(actor, "remove a password")
        with self.db.session() as s:
            user = self._user(s, user_id)
            user.password_hash = hash_password(password) if password is not None else None
            # A new password is a new start: an administrator's reset also ends a pause after wrong attempts.
            if user.failed_logins or user.locked_until is not None:
                user.failed_logins, user.locked_until = 0, None
            if actor is None or actor.role != Role.READ_ONLY.value:
                # A read-only user writes no history, not even of their own new password.
                self._log(s, user, ChangeAction.UPDATE, "password", None, "(changed)" if password else "(removed)")
            s.flush()
            _check_an_admin_can_log_in(s)

    def authenticate(self, login: str, password: str) -> Actor:
        """The Actor of the user, or AuthenticationError with one message for every reason."""
        now = self._clock()
        ok = False
        found: Actor | None = None
        with self.db.session() as s:
            _plain_session(s)
            user = s.scalar(select(User).where(func.lower(User.login) == login.strip().lower(),
                                               User.deleted_at.is_(None)))
            if user is None or (user.locked_until is not None and user.locked_until > now):
                _spend_like_a_check(password)
            elif verify_password(password, user.password_hash) and user.active:
                ok, found = True, actor_for(user)
                if user.failed_logins or user.locked_until is not None:
                    user.failed_logins, user.locked_until = 0, None
            elif user.password_hash is not None:
                # Counted only where a password exists: a user without one cannot log in at all.
                user.failed_logins = (user.failed_logins or 0) + 1
                if user.failed_logins >= MAX_FAILED_LOGINS:
                    user.failed_logins = 0
                    user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
        # Raised after the block: the attempt counter must be committed, not rolled back with the error.
        if not ok or found is None:
            raise AuthenticationError(LOGIN_REFUSED)
        return found

    def os_user(self, login: str) -> UserInfo:
        """The user named by the computer's login, created on first use (the first user is an administrator)."""
        from crm_desktop.services import defaults

        with self.db.session() as s:
            _plain_session(s)   # the solo start: nobody is logged in yet
            return user_info(defaults.ensure_user(s, login))

    # ---- reassign ----------------------------------------------------------------------------------------------

    def reassign_preview(self, from_user_id: int, to_user_ids: Sequence[int], *,
                         open_only: bool = False) -> ReassignPreview:
        """What `reassign` would move to each of `to_user_ids`; nothing is written."""
        with self.db.session(write=False) as s:
            preview, _plan = self._plan(s, from_user_id, to_user_ids, open_only)
            return preview

    def reassign(self, from_user_id: int, to_user_ids: Sequence[int], *, open_only: bool = False) -> ReassignResult:
        """Hand the user's records to the others in one transaction; undo with `undo_reassign(result.id)`."""
        access.require_admin(self.actor, "reassign the records of a user")
        now = self._clock()
        by = self.actor.user_id if self.actor is not None else None
        with self.db.session() as s:
            preview, plan = self._plan(s, from_user_id, to_user_ids, open_only)
            if preview.total == 0:
                raise ValidationError(f"{preview.from_name} owns no records to reassign.")
            moves: dict[str, object] = {}
            for table in KINDS:
                model = _MODELS[table]
                rows = plan[table]
                for new_owner in sorted({new for _rid, _uuid, new in rows}):
                    ids = [rid for rid, _uuid, new in rows if new == new_owner]
                    for chunk in _chunks(ids):
                        s.execute(update(model.__table__).where(model.__table__.c.id.in_(chunk)).values(
                            owner_id=new_owner, version=model.__table__.c.version + 1, updated_at=now))
                versions = self._versions(s, model, [rid for rid, _uuid, _new in rows])
                moves[table] = [[rid, from_user_id, new, versions[rid]] for rid, _uuid, new in rows]
                _log_owners(s, now, by, table, [(rid, uuid, from_user_id, new) for rid, uuid, new in rows])
            record = Reassignment(from_user_id=from_user_id, made_at=now, made_by=by, moves=moves)
            s.add(record)
            s.flush()
            return ReassignResult(record.id, preview)

    def undo_reassign(self, reassignment_id: int) -> UndoReassignResult:
        """Give back to the previous owner every record nobody changed since the reassignment."""
        access.require_admin(self.actor, "undo a reassignment")
        now = self._clock()
        by = self.actor.user_id if self.actor is not None else None
        with self.db.session() as s:
            record = s.get(Reassignment, reassignment_id)
            if record is None:
                raise NotFoundError(f"Reassignment {reassignment_id} does not exist.")
            if record.undone_at is not None:
                raise ValidationError(f"Reassignment {reassignment_id} was already undone on "
                                      f"{record.undone_at:%Y-%m-%d %H:%M} (UTC).")
            restored, kept = 0, []
            for table in KINDS:
                model = _MODELS[table]
                entries = [tuple(e) for e in record.moves.get(table, [])]  # type: ignore[attr-defined]
                current = self._current(s, model, [int(e[0]) for e in entries])
                by_old: dict[int | None, list[int]] = {}
                logged: list[tuple[int, str | None, int | None, int | None]] = []
                for rid, old, new, version_after in entries:
                    now_owner, now_version, uuid = current.get(rid, (None, None, None))
                    if now_version != version_after or now_owner != new:
                        kept.append((table, rid))
                        continue
                    by_old.setdefault(old, []).append(rid)
                    logged.append((rid, uuid, new, old))
                _log_owners(s, now, by, table, logged)
                for old, ids in by_old.items():
                    for chunk in _chunks(ids):
                        s.execute(update(model.__table__).where(model.__table__.c.id.in_(chunk)).values(
                            owner_id=old, version=model.__table__.c.version + 1, updated_at=now))
                    restored += len(ids)
            record.undone_at = now
            return UndoReassignResult(reassignment_id, restored, tuple(kept))

    def list_reassignments(self, limit: int = 50) -> list[ReassignmentInfo]:
        with self.db.session(write=False) as s:
            rows = s.execute(select(Reassignment, User.full_name, User.login)
                             .outerjoin(User, User.id == Reassignment.from_user_id)
                             .order_by(Reassignment.id.desc()).limit(limit)).all()
            return [ReassignmentInfo(r.id, r.made_at, name or login or "?",
                                     sum(len(v) for v in r.moves.values() if isinstance(v, list)),
                                     r.undone_at) for r, name, login in rows]

    # ---- helpers -----------------------------------------------------------------------------------------------

    def _plan(self, s: Session, from_user_id: int, to_user_ids: Sequence[int],
              open_only: bool) -> tuple[ReassignPreview, dict[str, list[tuple[int, str, int]]]]:
        source = self._user(s, from_user_id)
        targets: list[User] = []
        for uid in dict.fromkeys(to_user_ids):
            if uid == from_user_id:
                raise ValidationError("Choose other users to hand the records to, not the same user.")
            user = self._user(s, uid)
            if not user.active:
                raise ValidationError(f"{user.full_name or user.login} is inactive and cannot own records.")
            if user.role == Role.READ_ONLY.value:
                raise ValidationError(f"{user.full_name or user.login} has read-only access and cannot own "
                                      "records.")
            targets.append(user)
        if not targets:
            raise ValidationError("Choose at least one user to hand the records to.")

        rows = _records_of(s, from_user_id, open_only)
        groups = _groups(s, rows)
        load = {t.id: 0 for t in targets}
        order = [t.id for t in targets]
        owner_of: dict[tuple[str, int], int] = {}
        # Biggest groups first, each to the least loaded new owner: as even as round-robin gets, companies whole.
        for _key, members in sorted(groups.items(), key=lambda g: (-len(g[1]), g[0])):
            target = min(order, key=lambda uid: (load[uid], order.index(uid)))
            load[target] += len(members)
            for member in members:
                owner_of[member] = target
        plan = {table: [(rid, uuid, owner_of[(table, rid)]) for rid, uuid in rows[table]] for table in KINDS}
        counts = {t.id: dict.fromkeys(KINDS, 0) for t in targets}
        for table in KINDS:
            for _rid, _uuid, new in plan[table]:
                counts[new][table] += 1
        shares = tuple(ReassignShare(t.id, t.full_name or t.login, **counts[t.id]) for t in targets)
        return ReassignPreview(source.id, source.full_name or source.login, open_only, shares), plan

    @staticmethod
    def _versions(s: Session, model: Any, ids: list[int]) -> dict[int, int]:
        found: dict[int, int] = {}
        for chunk in _chunks(ids):
            query = select(model.id, model.version).where(model.id.in_(chunk))
            found.update((rid, version) for rid, version in s.execute(query))
        return found

    @staticmethod
    def _current(s: Session, model: Any, ids: list[int]) -> dict[int, tuple[int | None, int, str]]:
        found: dict[int, tuple[int | None, int, str]] = {}
        for chunk in _chunks(ids):
            for rid, owner, version, uuid, deleted in s.execute(
                    select(model.id, model.owner_id, model.version, model.uuid, model.deleted_at)
                    .where(model.id.in_(chunk))):
                if deleted is None:   # a record in the Trash stays there with its owner
                    found[rid] = (owner, version, uuid)
        return found

    @staticmethod
    def _user(s: Session, user_id: int) -> User:
        user = s.get(User, user_id)
        if user is None or user.deleted_at is not None:
            raise NotFoundError(f"User {user_id} does not exist.")
        return user

    @staticmethod
    def _clean(data: UserInput) -> UserInput:
        login = data.login.strip()
        if not login:
            raise ValidationError("The user needs a login.")
        if len(login) > 80 or any(ch.isspace() for ch in login):
            raise ValidationError("A login is one word of at most 80 characters, without spaces.")
        if data.role not in ROLES:
            raise ValidationError(f"Unknown role '{data.role}'; choose admin, manager or read_only.")
        full_name = " ".join(data.full_name.split())[:200]
        email = (data.email or "").strip() or None
        if email is not None and "@" not in email:
            raise ValidationError(f"Email '{email}' is not valid.")
        own = data.own_records_only and data.role != Role.ADMIN.value
        return UserInput(login, full_name, email, data.role, own, data.active)

    @staticmethod
    def _check_login_free(s: Session, login: str, user_id: int | None) -> None:
        other = s.scalar(select(User.id).where(func.lower(User.login) == login.lower(), User.id != (user_id or 0)))
        if other is not None:
            raise ValidationError(f"The login '{login}' is taken; choose another one.")

    @staticmethod
    def _check_other_admin(s: Session, user_id: int) -> None:
        others = s.scalar(select(func.count()).select_from(User).where(
            User.id != user_id, User.role == Role.ADMIN.value, User.active.is_(True), User.deleted_at.is_(None)))
        if not others:
            raise ValidationError("This is the last active administrator: make another user an administrator "
                                  "first, or nobody could manage users any more.")

    def _log(self, s: Session, user: User, action: ChangeAction, key: str | None, old: object, new: object) -> None:
        s.add(ChangeLog(changed_at=self._clock(), user_id=self.actor.user_id if self.actor else None,
                        entity="users", entity_id=user.id, entity_uuid=user.uuid, action=action.value, field=key,
                        old_value=None if old is None else str(old), new_value=None if new is None else str(new)))


def _check_an_admin_can_log_in(s: Session) -> None:
    """Once a user has a password everybody logs in, and a user without one cannot: an administrator must have one,
    or nobody could manage the users any more."""
    live = (User.active.is_(True), User.deleted_at.is_(None), User.password_hash.is_not(None))
    if s.scalar(select(exists().where(*live))) and not s.scalar(select(exists().where(
            *live, User.role == Role.ADMIN.value))):
        raise ValidationError("Give an administrator a password first: once a user has a password, everybody "
                              "logs in, and an administrator without one could not. Nothing was changed.")


def _log_owners(s: Session, now: datetime, by: int | None, table: str,
                changes: Sequence[tuple[int, str | None, int | None, int | None]]) -> None:
    """One change-log row per record whose owner changed (id, uuid, old owner, new owner), in one statement."""
    if changes:
        s.execute(insert(ChangeLog), [
            {"changed_at": now, "user_id": by, "entity": table, "entity_id": rid, "entity_uuid": uuid,
             "action": ChangeAction.UPDATE.value, "field": "owner_id",
             "old_value": None if old is None else str(old), "new_value": None if new is None else str(new)}
            for rid, uuid, old, new in changes])


def _chunks(ids: Sequence[int], size: int = 500) -> list[list[int]]:
    return [list(ids[i:i + size]) for i in range(0, len(ids), size)]


def _records_of(s: Session, user_id: int, open_only: bool) -> dict[str, list[tuple[int, str]]]:
    """The ids and uuids of the user's records that are not in the Trash, per table, in id order."""
    found: dict[str, list[tuple[int, str]]] = {}
    for table in KINDS:
        model = _MODELS[table]
        query = select(model.id, model.uuid).where(model.owner_id == user_id, model.deleted_at.is_(None))
        if open_only and model is Deal:
            query = query.where(Deal.status == DealStatus.OPEN.value)
        if open_only and model is Task:
            query = query.where(Task.done_at.is_(None))
        found[table] = [(rid, uuid) for rid, uuid in s.execute(query.order_by(model.id))]
    return found


def _groups(s: Session, rows: dict[str, list[tuple[int, str]]]) -> dict[tuple[str, int], list[tuple[str, int]]]:
    """The records grouped by the company they belong to (else their person, else their deal, else alone)."""
    person_company = _lookup(s, Person, Person.company_id, [r for r, _ in rows["persons"]])
    deals = {rid: (company, person) for rid, company, person in _select_in(
        s, select(Deal.id, Deal.company_id, Deal.person_id), Deal.id, [r for r, _ in rows["deals"]])}
    tasks = {rid: (company, person, deal) for rid, company, person, deal in _select_in(
        s, select(Task.id, Task.company_id, Task.person_id, Task.deal_id), Task.id, [r for r, _ in rows["tasks"]])}
    # Parties the user's deals and tasks point at may belong to others: their company still decides the group.
    more_people = {p for _c, p in deals.values() if p} | {p for _c, p, _d in tasks.values() if p}
    person_company.update(_lookup(s, Person, Person.company_id, sorted(more_people - set(person_company))))
    more_deals = sorted({d for _c, _p, d in tasks.values() if d} - set(deals))
    deals.update({rid: (company, person) for rid, company, person in _select_in(
        s, select(Deal.id, Deal.company_id, Deal.person_id), Deal.id, more_deals)})
    for _c, p in list(deals.values()):
        if p and p not in person_company:
            person_company.update(_lookup(s, Person, Person.company_id, [p]))

    def person_key(pid: int) -> tuple[str, int]:
        company = person_company.get(pid)
        return ("companies", company) if company else ("persons", pid)

    def deal_key(did: int) -> tuple[str, int]:
        company, person = deals.get(did, (None, None))
        if company:
            return ("companies", company)
        return person_key(person) if person else ("deals", did)

    groups: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for rid, _uuid in rows["companies"]:
        groups.setdefault(("companies", rid), []).append(("companies", rid))
    for rid, _uuid in rows["persons"]:
        groups.setdefault(person_key(rid), []).append(("persons", rid))
    for rid, _uuid in rows["deals"]:
        groups.setdefault(deal_key(rid), []).append(("deals", rid))
    for rid, _uuid in rows["tasks"]:
        company, person, deal = tasks[rid]
        if company:
            key: tuple[str, int] = ("companies", company)
        elif deal:
            key = deal_key(deal)
        elif person:
            key = person_key(person)
        else:
            key = ("tasks", rid)
        groups.setdefault(key, []).append(("tasks", rid))
    return groups


def _select_in(s: Session, query: Any, column: Any, ids: Sequence[int]) -> list[Any]:
    found: list[Any] = []
    for chunk in _chunks(ids):
        found.extend(s.execute(query.where(column.in_(chunk))).all())
    return found


def _lookup(s: Session, model: Any, column: Any, ids: Sequence[int]) -> dict[int, Any]:
    return dict(_select_in(s, select(model.id, column), model.id, ids))


def os_actor(db: Database) -> Actor:
    """The Actor of the computer's login user: who works when nobody has a password (the solo start)."""
    from crm_desktop.services import defaults

    return actor_for(UserService(db).os_user(defaults.os_login()))
