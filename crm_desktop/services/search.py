"""Search as you type over people and companies: ranked hits from the search index, with what a result list shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from crm_desktop.db import access, search_index
from crm_desktop.db.database import Database
from crm_desktop.errors import ValidationError
from crm_desktop.models import ChannelKind

SEARCH_KINDS = ("person", "company")
# A page is fetched with its ids written into the SQL: a bound on the statement's length.
MAX_LIMIT = 10_000
_EMAIL, _PHONE = ChannelKind.EMAIL.value, ChannelKind.PHONE.value


@dataclass(frozen=True)
class SearchHit:
    """One search result: enough to show a row of a result list and to open the card."""

    kind: str  # "person" | "company"
    id: int
    name: str  # a person's "First Last"; a company's name
    company: str  # a person's company name; "" for companies and private clients
    emails: tuple[str, ...]
    phones: tuple[str, ...]  # as typed


class SearchService:
    """Finds people and companies by any part of what is known about them, best matches first."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def search(self, text: str, *, kind: str | None = None, limit: int = 50, offset: int = 0) -> list[SearchHit]:
        """The hits of `text` from `offset` on, at most `limit`, in the index's ranked order."""
        _check(kind, limit, offset)
        if not text.strip():
            return []
        with self.db.session(write=False) as s:
            if access.reads_filtered(s):
                # The index holds everybody's records: narrow all hits to the user's own, then take the page.
                found = _visible(s, search_index.search_ids(s, text, kind, None, 0))[offset:offset + limit]
            else:
                found = search_index.search_ids(s, text, kind, limit, offset)
            return _hits(s, found)

    def count(self, text: str, *, kind: str | None = None) -> int:
        """How many records `text` finds (of one kind, or of both)."""
        _check(kind, 1, 0)
        if not text.strip():
            return 0
        with self.db.session(write=False) as s:
            if access.reads_filtered(s):
                return len(_visible(s, search_index.search_ids(s, text, kind, None, 0)))
            return search_index.count(s, text, kind)


def _check(kind: str | None, limit: int, offset: int) -> None:
    if kind is not None and kind not in SEARCH_KINDS:
        raise ValidationError(f"Unknown kind '{kind}'; search finds 'person' or 'company'.")
    if not 1 <= limit <= MAX_LIMIT:
        raise ValidationError(f"The number of results must be between 1 and {MAX_LIMIT:,}.")
    if offset < 0:
        raise ValidationError("The offset of the results must be 0 or more.")


def _visible(s: Session, found: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """The hits the session's user may see, in their order."""
    seen = {kind: access.visible_ids(s, kind, [i for k, i in found if k == kind]) for kind in SEARCH_KINDS}
    return [(k, i) for k, i in found if i in seen[k]]


def _hits(s: Session, found: Sequence[tuple[str, int]]) -> list[SearchHit]:
    """The page of `found` as hits, in its order: two queries whatever the page size (names, then channels)."""
    if not found:
        return []
    # Plain SQL with the ids written out: built through the ORM, these two statements cost ten times what SQLite
    # spends on them, and this runs on every keystroke. The ids are integers from the index, never user text.
    people = ",".join(str(int(i)) for k, i in found if k == "person")
    companies = ",".join(str(int(i)) for k, i in found if k == "company")
    conn = s.connection()
    parts = []
    if people:
        parts.append("SELECT 'person', p.id, p.first_name, p.last_name, c.name FROM persons p "
                     f"LEFT JOIN companies c ON c.id = p.company_id WHERE p.id IN ({people})")
    if companies:
        parts.append(f"SELECT 'company', id, name, NULL, NULL FROM companies WHERE id IN ({companies})")
    names: dict[tuple[str, int], tuple[str, str]] = {}
    for k, i, first, last, company in conn.exec_driver_sql(" UNION ALL ".join(parts)).all():
        if k == "person":
            names[(k, i)] = (f"{first or ''} {last or ''}".strip(), company or "")
        else:
            names[(k, i)] = (first or "", "")

    owners = [f"{column} IN ({ids})" for column, ids in (("person_id", people), ("company_id", companies)) if ids]
    emails: dict[tuple[str, int], list[str]] = {}
    phones: dict[tuple[str, int], list[str]] = {}
    # No condition on the kind: SQLite would then pick the (kind, normalized) index and read every email and
    # phone of the base (seconds at a million contacts) instead of the page's few rows; messengers are skipped here.
    # The primary one first: a list that shows one phone shows the one the user marked.
    for person_id, company_id, channel_kind, value in conn.exec_driver_sql(
            "SELECT person_id, company_id, kind, value FROM contact_channels "
            f"WHERE {' OR '.join(owners)} ORDER BY is_primary DESC, position, id").all():
        key = ("person", person_id) if person_id is not None else ("company", company_id)
        if channel_kind == _EMAIL:
            emails.setdefault(key, []).append(value)
        elif channel_kind == _PHONE:
            phones.setdefault(key, []).append(value)

    hits = []
    for key in found:
        if key not in names:  # removed between the index lookup and now: nothing to show
            continue
        name, company = names[key]
        hits.append(SearchHit(kind=key[0], id=key[1], name=name, company=company,
                              emails=tuple(emails.get(key, ())), phones=tuple(phones.get(key, ()))))
    return hits
