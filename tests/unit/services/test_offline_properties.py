"""Property: random edit histories on both sides of an offline copy; after bring-back no edit is lost, every
conflict is surfaced, and a second bring-back changes nothing.

The test keeps its own model of what each side wrote (by value, as the merge compares values), and checks the
office file against it: a field changed on one side only has that side's value, a field changed on both sides to
the same value has it, a field changed on both sides to different values is in the conflict list and ends with the
chosen side's value; a record moved to the Trash on one side while edited on the other is a conflict; records
created on either side are all there.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from crm_desktop.db.database import Database, open_database
from crm_desktop.models import Company, Deal, Person
from crm_desktop.services import defaults, offline
from crm_desktop.services.contacts import CompanyInput, ContactService, PersonInput
from crm_desktop.services.pipeline import DealInput, PipelineService

pytestmark = pytest.mark.sqlite_only(reason="offline copies are SQLite files")

KINDS = ("person", "company", "deal")
MODELS: dict[str, Any] = {"person": Person, "company": Company, "deal": Deal}
FIELDS = {"person": ("city", "position", "notes"), "company": ("city", "industry"), "deal": ("title", "notes", "stage")}
VALUES = ("x", "a", "b")     # "x" is every field's value when the copy is taken: writing it back is no change
INITIAL = 2                  # records of each kind before the copy


@dataclass
class Side:
    """What the test wrote on one side, by record: field values, Trash, and the names of records it created."""

    values: dict[tuple[str, int], dict[str, str]] = field(default_factory=dict)
    deleted: set[tuple[str, int]] = field(default_factory=set)
    purged: set[tuple[str, int]] = field(default_factory=set)   # emptied from the Trash: gone for good
    created: list[tuple[str, str]] = field(default_factory=list)


@st.composite
def histories(draw: st.DrawFn) -> list[tuple[Any, ...]]:
    steps: list[tuple[Any, ...]] = []
    for _ in range(draw(st.integers(0, 6))):
        what = draw(st.sampled_from(("edit", "edit", "edit", "delete", "create", "purge")))
        kind = draw(st.sampled_from(KINDS))
        if what == "edit":
            steps.append(("edit", kind, draw(st.integers(0, INITIAL - 1)), draw(st.sampled_from(FIELDS[kind])),
                          draw(st.sampled_from(VALUES))))
        elif what in ("delete", "purge"):
            steps.append((what, kind, draw(st.integers(0, INITIAL - 1))))
        else:
            steps.append(("create", kind))
    return steps


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An office file with two people, companies and deals whose edited fields all read "x"."""
    path = tmp_path_factory.mktemp("offline-template") / "office.crm"
    db = open_database(path)
    try:
        defaults.ensure_defaults(db)
        contacts, pipeline = ContactService(db), PipelineService(db)
        pipeline_id = pipeline.default_pipeline_id()
        first_stage = pipeline.board(pipeline_id).columns[0].stage.id
        for i in range(INITIAL):
            contacts.create_person(PersonInput(first_name=f"P{i}", last_name="Base", city="x", position="x",
                                               notes="x"))
            contacts.create_company(CompanyInput(name=f"C{i}", city="x", industry="x"))
            pipeline.create_deal(DealInput("x", pipeline_id, first_stage, notes="x"))
    finally:
        db.close()
    conn = sqlite3.connect(path)   # one file, no WAL beside it, so a plain file copy is the whole database
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    return path


def stages(db: Database) -> dict[str, int]:
    service = PipelineService(db)
    ids = [c.stage.id for c in service.board(service.default_pipeline_id()).columns]
    return {"x": ids[0], "a": ids[1], "b": ids[2]}


def record_ids(db: Database) -> dict[tuple[str, int], int]:
    ids: dict[tuple[str, int], int] = {}
    with db.session(write=False) as s:
        for kind, model in MODELS.items():
            for n, rid in enumerate(s.scalars(select(model.id).order_by(model.id)).all()[:INITIAL]):
                ids[(kind, n)] = rid
    return ids


def apply(db: Database, steps: list[tuple[Any, ...]], side: Side, label: str) -> None:
    ids = record_ids(db)
    stage_of = stages(db)
    contacts, pipeline = ContactService(db), PipelineService(db)
    for step in steps:
        if step[0] == "create":
            name = f"{label}-new-{len(side.created)}"
            kind = step[1]
            if kind == "person":
                contacts.create_person(PersonInput(first_name=name, last_name="New"))
            elif kind == "company":
                contacts.create_company(CompanyInput(name=name))
            else:
                pipeline.create_deal(DealInput(name, pipeline.default_pipeline_id(), stage_of["x"]))
            side.created.append((kind, name))
            continue
        key = (step[1], step[2])
        rid = ids[key]
        if step[0] == "purge":
            # Emptied from the Trash (people and companies; deals have no purge of their own).
            if key in side.deleted and key not in side.purged and step[1] != "deal":
                contacts.purge(step[1], [rid])
                side.purged.add(key)
            continue
        if key in side.deleted:
            continue      # the services refuse to edit what is in the Trash
        if step[0] == "delete":
            if step[1] == "deal":
                pipeline.delete_deal(rid)
            else:
                contacts.delete(step[1], [rid])
            side.deleted.add(key)
            continue
        _, kind, _, name, value = step
        if kind == "person":
            detail = contacts.get_person(rid)
            contacts.update_person(rid, replace(detail.input, custom=None, **{name: value}), detail.version)
        elif kind == "company":
            cdetail = contacts.get_company(rid)
            contacts.update_company(rid, replace(cdetail.input, custom=None, **{name: value}), cdetail.version)
        elif name == "stage":
            pipeline.move_deal(rid, stage_of[value])
        else:
            ddetail = pipeline.get_deal(rid)
            pipeline.update_deal(rid, replace(ddetail.input, **{name: value}), ddetail.version)
        side.values.setdefault(key, {})[name] = value


def office_values(db: Database, uuids: dict[str, tuple[str, int]]) -> dict[tuple[str, int], dict[str, Any]]:
    """The edited fields and the Trash state of the records by UUID; a record gone for good is left out."""
    stage_names = {v: k for k, v in stages(db).items()}
    found: dict[tuple[str, int], dict[str, Any]] = {}
    with db.session(write=False) as s:
        for uuid, key in uuids.items():
            model = MODELS[key[0]]
            row = s.scalar(select(model).where(model.uuid == uuid))
            if row is None:
                continue
            values = {f: getattr(row, f) for f in FIELDS[key[0]] if f != "stage"}
            if key[0] == "deal":
                values["stage"] = stage_names.get(row.stage_id)
            values["deleted"] = row.deleted_at is not None
            found[key] = values
    return found


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [line for line in conn.iterdump() if "change_counter" not in line]
    finally:
        conn.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(office_steps=histories(), copy_steps=histories(), data=st.data())
def test_bring_back_loses_no_edit_and_surfaces_every_conflict(
        template: Path, office_steps: list[tuple[Any, ...]], copy_steps: list[tuple[Any, ...]],
        data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as folder:
        office_path, copy_path = Path(folder) / "office.crm", Path(folder) / "laptop.crm"
        shutil.copyfile(template, office_path)
        office = open_database(office_path)
        try:
            offline.copy_out(office, copy_path)
            # The records of the template, by their place: ids are the same in both files until either side
            # empties its Trash, so they are read now.
            ids = record_ids(office)
            uuids: dict[str, tuple[str, int]] = {}
            with office.session(write=False) as s:
                for key, rid in ids.items():
                    uuids[s.get(MODELS[key[0]], rid).uuid] = key  # type: ignore[union-attr]
            laptop = open_database(copy_path)
            office_side, copy_side = Side(), Side()
            try:
                apply(laptop, copy_steps, copy_side, "copy")
            finally:
                laptop.close()
            apply(office, office_steps, office_side, "office")

            # The conflicts the model expects.
            expected: set[tuple[tuple[str, int], str]] = set()
            for key in ids:
                o, c = office_side.values.get(key, {}), copy_side.values.get(key, {})
                o_changed = {f for f, v in o.items() if v != "x"}
                c_changed = {f for f, v in c.items() if v != "x"}
                o_gone, c_gone = key in office_side.purged, key in copy_side.purged
                if o_gone or c_gone:
                    # Gone for good on one side, edited on the other: the user decides.
                    if (c_gone and not o_gone and o_changed) or (o_gone and not c_gone and c_changed):
                        expected.add((key, "deleted"))
                    continue
                for name in o_changed & c_changed:
                    if o[name] != c[name]:
                        expected.add((key, name))
                o_del, c_del = key in office_side.deleted, key in copy_side.deleted
                if (c_del and not o_del and o_changed) or (o_del and not c_del and c_changed):
                    expected.add((key, "deleted"))

            look = offline.bring_back(office, copy_path, dry_run=True)
            found = {(uuids[c.uuid], c.field) for c in look.conflicts}
            assert found == expected

            choices = {c.key: data.draw(st.sampled_from(offline.SIDES), label=c.key) for c in look.conflicts}
            result = offline.bring_back(office, copy_path, choices)
            assert result.status == "done"
            chosen = {(uuids[c.uuid], c.field): c.chosen for c in result.conflicts}

            after = office_values(office, uuids)
            for key in ids:
                o, c = office_side.values.get(key, {}), copy_side.values.get(key, {})
                o_gone, c_gone = key in office_side.purged, key in copy_side.purged
                o_del, c_del = key in office_side.deleted, key in copy_side.deleted
                side = chosen.get((key, "deleted"))
                if o_gone and (c_gone or side != "copy"):
                    assert key not in after, key      # gone for good stays gone unless the copy's is chosen
                    continue
                assert key in after, key
                if o_gone:                             # brought back from the copy, as the copy has it
                    want_values = {n: c.get(n, "x") for n in FIELDS[key[0]]}
                    want_deleted = c_del
                elif c_gone:                           # the office's values; to the Trash unless kept
                    want_values = {n: o.get(n, "x") for n in FIELDS[key[0]]}
                    want_deleted = o_del if side == "office" else True
                else:
                    want_values = {}
                    for name in FIELDS[key[0]]:
                        ov, cv = o.get(name, "x"), c.get(name, "x")
                        if ov == cv or cv == "x":
                            want_values[name] = ov
                        elif ov == "x":
                            want_values[name] = cv
                        else:
                            want_values[name] = cv if chosen[(key, name)] == "copy" else ov
                    want_deleted = (c_del if side == "copy" else o_del) if side is not None else o_del or c_del
                for name, want in want_values.items():
                    assert after[key][name] == want, (key, name, o, c)
                assert after[key]["deleted"] == want_deleted, key

            # Records made on either side are all in the office, once.
            with office.session(write=False) as s:
                names = {
                    "person": list(s.scalars(select(Person.first_name).where(Person.last_name == "New"))),
                    "company": list(s.scalars(select(Company.name).where(Company.name.like("%-new-%")))),
                    "deal": list(s.scalars(select(Deal.title).where(Deal.title.like("%-new-%")))),
                }
            for kind in KINDS:
                made = sorted(n for k, n in office_side.created + copy_side.created if k == kind)
                assert sorted(names[kind]) == made

            before = dump(office_path)
            again = offline.bring_back(office, copy_path, prefer="copy")
            assert again.status == "already"
            assert dump(office_path) == before
        finally:
            office.close()
