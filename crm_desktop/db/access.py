"""Who may do what: the access rules, enforced on every session and connection below the services.

Every session carries the working user in ``session.info["actor"]`` (``Database.actor``, an ``Actor`` or None).
The rules below are checked here, under the services, so the window, the command line and every service obey
them alike; hiding a button is only a courtesy on top.

Records are companies, people, deals and tasks (the classes in ``OWNED_RECORDS``). Configuration is pipelines,
stages, loss reasons, lead sources, products, tags, custom fields, templates, plans, campaigns and settings.

======================  ================  =====================  =============  ==================  ========
actor                   reads records     writes records         configuration  users               reassign
======================  ================  =====================  =============  ==================  ========
None (nobody logged     all               all                    yes            yes                 yes
in: first start,
maintenance, tests)
admin                   all               all                    yes            yes                 yes
manager                 all               all                    yes            own password only   no
manager, own records    own only          own only; a new one    yes            own password only   no
only                                      gets the actor as
                                          owner, never another
read_only               all (own only     nothing                no             own password only   no
                        when flagged)
======================  ================  =====================  =============  ==================  ========

How it is enforced:

- ``before_flush`` (ORM writes): read-only users may change nothing but the tables of ``READ_ONLY_WRITABLE``;
  users and reassignments are written by admins only (a user may change their own password); an own-records
  user may change or delete only records whose *stored* owner is themselves, and new records get them as owner.
- ``before_cursor_execute`` (every statement, also core inserts through ``session.connection()`` and plain SQL):
  a read-only user's INSERT/UPDATE/DELETE is refused unless its table is in the allow-list. The connection learns
  the actor in the session's ``after_begin`` event and forgets it when it goes back to the pool.
- ``do_orm_execute`` (ORM selects, updates and deletes, lazy loads included): for an own-records user every
  query over ``OWNED_RECORDS`` gets ``owner_id = actor`` added, also column queries and counts. Plain SQL is not
  rewritten: the few services that use it for speed ask ``reads_filtered()`` and take the ORM path instead.

The read-only allow-list is tiny on purpose: ``workstations`` and ``change_counter`` (who is working, and the
counter that makes others' lists refresh) and UPDATEs of ``task_reminders`` (a reminder shown is marked fired or
acknowledged, so no other PC shows it again).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Engine, event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, with_loader_criteria
from sqlalchemy.pool import Pool

from crm_desktop.db.database import Actor
from crm_desktop.errors import PermissionDeniedError
from crm_desktop.models import Company, Deal, Person, Reassignment, Role, Task, User

OWNED_RECORDS: tuple[type[Any], ...] = (Company, Person, Deal, Task)
READ_ONLY_WRITABLE = frozenset({"workstations", "change_counter"})
READ_ONLY_UPDATABLE = frozenset({"task_reminders"})
# The columns of their own user row that a non-admin may change: the password (which also ends a pause after wrong
# attempts). The version and the time of change move with every update.
OWN_USER_COLUMNS = frozenset({"password_hash", "failed_logins", "locked_until", "version", "updated_at"})

READ_ONLY_MESSAGE = "You have read-only access: {what} is not allowed. Nothing was changed."
ADMIN_MESSAGE = "Only an administrator may {what}. Nothing was changed."
OWNER_MESSAGE = ("You may change only your own records: {what} belongs to another user. "
                 "Nothing was changed.")

_ACTOR_KEY = "actor"
# The first verb of a data-changing statement and the table it writes to; a WITH prefix is looked through.
_DML = re.compile(
    r"\b(INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+"
    r"[\"`\[]?(?:(?:main|temp)[\"`\]]?\.[\"`\[]?)?(\w+)",
    re.IGNORECASE,
)
_TEMP = re.compile(r"\b(INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM)\s+[\"`\[]?temp[\"`\]]?\.",
                   re.IGNORECASE)


def actor_of(session: Session) -> Actor | None:
    """The user a session works for; None means no rule applies."""
    actor = session.info.get(_ACTOR_KEY)
    return actor if isinstance(actor, Actor) else None


def reads_filtered(session: Session) -> bool:
    """True when the session's reads of records are narrowed to the actor's own: plain SQL must not be used then."""
    actor = actor_of(session)
    return actor is not None and actor.own_records_only and actor.role != Role.ADMIN


def is_admin(actor: Actor | None) -> bool:
    """No actor (nobody logged in) counts as an administrator: the solo user and maintenance need no rules."""
    return actor is None or actor.role == Role.ADMIN


def require_admin(actor: Actor | None, what: str) -> None:
    """Refuse `what` ("add users") to anybody but an administrator."""
    if not is_admin(actor):
        raise PermissionDeniedError(ADMIN_MESSAGE.format(what=what))


def require_writer(actor: Actor | None, what: str) -> None:
    """Refuse `what` to a read-only user before any work starts (the lower checks would refuse it anyway)."""
    if actor is not None and actor.role == Role.READ_ONLY:
        raise PermissionDeniedError(READ_ONLY_MESSAGE.format(what=what))


# ---- ORM writes ------------------------------------------------------------------------------------------------

def _describe(obj: object) -> str:
    table = getattr(obj, "__tablename__", type(obj).__name__)
    label = {"persons": "a person", "companies": "a company", "deals": "a deal", "tasks": "a task",
             "users": "a user"}.get(table, table.replace("_", " "))
    return label


def _stored_value(obj: object, key: str) -> Any:
    """The value of a column as it is in the database now, before this flush."""
    history = inspect(obj).attrs[key].load_history()
    if history.deleted:
        return history.deleted[0]
    if history.unchanged:
        return history.unchanged[0]
    return history.added[0] if history.added else None


def _changed_columns(obj: object) -> set[str]:
    state = inspect(obj)
    return {attr.key for attr in state.attrs if attr.load_history().has_changes()}


@event.listens_for(Session, "before_flush")
def _check_flush(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    actor = actor_of(session)
    if actor is None or actor.role == Role.ADMIN:
        return
    for obj in list(session.new):
        _check_write(actor, obj, "new")
    for obj in list(session.dirty):
        if session.is_modified(obj):
            _check_write(actor, obj, "changed")
    for obj in list(session.deleted):
        _check_write(actor, obj, "deleted")


def _check_write(actor: Actor, obj: object, how: str) -> None:
    table = getattr(obj, "__tablename__", "")
    if actor.role == Role.READ_ONLY:
        if table in READ_ONLY_WRITABLE or (how == "changed" and table in READ_ONLY_UPDATABLE):
            return
        if not (isinstance(obj, User) and how == "changed" and _own_password_only(actor, obj)):
            verb = {"new": "adding", "changed": "changing", "deleted": "deleting"}[how]
            raise PermissionDeniedError(READ_ONLY_MESSAGE.format(what=f"{verb} {_describe(obj)}"))
        return
    if isinstance(obj, User):
        if how == "changed" and _own_password_only(actor, obj):
            return
        raise PermissionDeniedError(ADMIN_MESSAGE.format(what="add or change users"))
    if isinstance(obj, Reassignment):
        raise PermissionDeniedError(ADMIN_MESSAGE.format(what="reassign the records of a user"))
    if actor.own_records_only and isinstance(obj, OWNED_RECORDS):
        owned: Any = obj
        if how == "new":
            # A record created without an owner is the creator's; one for somebody else would vanish from view.
            if owned.owner_id is None:
                owned.owner_id = actor.user_id
            elif owned.owner_id != actor.user_id:
                raise PermissionDeniedError(
                    f"You may create records only for yourself, not for another user ({_describe(obj)}). "
                    "Nothing was changed.")
        elif _stored_value(obj, "owner_id") != actor.user_id:
            raise PermissionDeniedError(OWNER_MESSAGE.format(what=_describe(obj).capitalize()))


def _own_password_only(actor: Actor, user: User) -> bool:
    return _stored_value(user, "id") == actor.user_id and _changed_columns(user) <= OWN_USER_COLUMNS


# ---- every statement -------------------------------------------------------------------------------------------

@event.listens_for(Session, "after_begin")
def _tell_connection(session: Session, _transaction: object, connection: Any) -> None:
    # The statement-level check sees connections, not sessions: hand the actor down for this checkout.
    connection.info[_ACTOR_KEY] = actor_of(session)


@event.listens_for(Pool, "checkin")
def _forget_actor(_dbapi_connection: object, record: Any) -> None:
    # A pooled connection serves the next session, or maintenance code with no session: start clean.
    if record is not None:
        record.info.pop(_ACTOR_KEY, None)


def written_table(statement: str) -> str | None:
    """The table an INSERT, UPDATE, DELETE or REPLACE writes to; None for anything else (a SELECT, a PRAGMA)."""
    head = statement.lstrip()[:7].upper()
    if not head.startswith(("INSERT", "UPDATE", "DELETE", "REPLACE", "WITH")):
        return None
    if _TEMP.search(statement):
        return "temp"
    found = _DML.search(statement)
    return found.group(2).lower() if found else None


@event.listens_for(Engine, "before_cursor_execute", retval=True)
def _check_statement(conn: Any, _cursor: object, statement: str, parameters: Any, _context: object,
                     executemany: bool) -> tuple[str, Any]:
    actor = conn.info.get(_ACTOR_KEY)
    if not isinstance(actor, Actor) or actor.role == Role.ADMIN:
        return statement, parameters
    if actor.role == Role.READ_ONLY:
        _check_read_only(statement)
    elif actor.own_records_only:
        parameters = _own_inserts(actor, statement, parameters, executemany)
    return statement, parameters


def _check_read_only(statement: str) -> None:
    table = written_table(statement)
    if table is None or table == "temp" or table in READ_ONLY_WRITABLE:
        return
    verb = statement.lstrip()[:6].upper()
    if table in READ_ONLY_UPDATABLE and verb == "UPDATE":
        return
    if table == "users" and verb == "UPDATE":
        return  # the flush check above already limited it to the user's own password
    raise PermissionDeniedError(READ_ONLY_MESSAGE.format(what=f"writing to {table.replace('_', ' ')}"))


_OWNED_TABLES = frozenset(cls.__tablename__ for cls in OWNED_RECORDS)
_INSERT_COLUMNS = re.compile(r"^\s*INSERT\s+INTO\s+[\"`\[]?(\w+)[\"`\]]?\s*\(([^)]*)\)\s*VALUES\s*(.*)$",
                             re.IGNORECASE | re.DOTALL)


def _own_inserts(actor: Actor, statement: str, parameters: Any, executemany: bool) -> Any:
    """Records inserted with plain SQL (the fast import) by an own-records user: theirs, or refused.

    The ORM's new records were handled by the flush check; here the owner column of each row is read from the
    statement's positional parameters, an empty one filled in with the user, another user refused.
    """
    found = _INSERT_COLUMNS.match(statement)
    if found is None or found.group(1).lower() not in _OWNED_TABLES:
        return parameters
    columns = [c.strip().strip('"`[]').lower() for c in found.group(2).split(",")]
    if "owner_id" not in columns:
        return parameters
    index = columns.index("owner_id")
    refs = _owner_references(found.group(3), index, len(columns))
    if refs is None:
        return parameters   # a shape this check cannot read (a literal owner): the services' own rules apply
    rows = parameters if executemany else [parameters]
    fixed = []
    for row in rows:
        if isinstance(row, dict):
            values: Any = dict(row)
        elif isinstance(row, list | tuple):
            values = list(row)
        else:
            return parameters
        for ref in refs:
            try:
                owner = values[ref]
            except (KeyError, IndexError, TypeError):
                return parameters
            if owner is None:
                values[ref] = actor.user_id
            elif owner != actor.user_id:
                raise PermissionDeniedError(
                    "You may create records only for yourself, not for another user. Nothing was changed.")
        fixed.append(values if isinstance(row, dict | list) else tuple(values))
    return fixed if executemany else fixed[0]


_PLACEHOLDER_NAME = re.compile(r"%\((\w+)\)s")


def _owner_references(values_sql: str, index: int, width: int) -> list[int | str] | None:
    """Where the owner of each row is among a statement's parameters: positions ("?", "%s") or names ("%(x)s").

    `values_sql` is what follows VALUES: one "(...)" per row; None when the owner is not a plain placeholder.
    """
    head = re.split(r"\b(?:RETURNING|ON\s+CONFLICT)\b", values_sql, flags=re.IGNORECASE)[0]
    compact = re.sub(r"\s+", "", head)
    if not re.fullmatch(r"(?:\([^()]*\),?)+", compact):
        return None
    refs: list[int | str] = []
    position = 0
    for group in re.findall(r"\(([^()]*)\)", compact):
        tokens = group.split(",")
        if len(tokens) != width:
            return None
        for i, token in enumerate(tokens):
            named = _PLACEHOLDER_NAME.fullmatch(token)
            if token in ("?", "%s"):
                if i == index:
                    refs.append(position)
                position += 1
            elif named is not None:
                if i == index:
                    refs.append(named.group(1))
            elif i == index:
                return None
    return refs


# ---- ORM reads -------------------------------------------------------------------------------------------------

@event.listens_for(Session, "do_orm_execute")
def _own_records_only(state: ORMExecuteState) -> None:
    if not reads_filtered(state.session):
        return
    if not (state.is_select or state.is_update or state.is_delete):
        return
    actor = actor_of(state.session)
    assert actor is not None
    user_id = actor.user_id
    state.statement = state.statement.options(*(
        with_loader_criteria(cls, lambda c: c.owner_id == user_id, include_aliases=True)
        for cls in OWNED_RECORDS
    ))


def visible_ids(session: Session, kind: str, ids: list[int]) -> set[int]:
    """Which of `ids` (of "person" or "company") the session's actor may see: all of them unless filtered."""
    if not reads_filtered(session) or not ids:
        return set(ids)
    from sqlalchemy import select

    model: Any = Person if kind == "person" else Company
    seen: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        seen.update(session.scalars(select(model.id).where(model.id.in_(chunk))))
    return seen
