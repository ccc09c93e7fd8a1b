"""Personal data requests: the export holds everything about a person; erasure is final, recorded, and reaches
into history entries."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from crm_desktop.db import search_index
from crm_desktop.db.database import Database
from crm_desktop.errors import NotFoundError
from crm_desktop.models import (
    Activity,
    Attachment,
    ChangeLog,
    ContactChannel,
    CustomFieldValue,
    Deal,
    MergeRecord,
    Person,
    Pipeline,
    Stage,
    Task,
    User,
    person_tags,
)
from crm_desktop.services.contacts import ChannelInput, CompanyInput, ContactService, PersonInput
from crm_desktop.services.custom_fields import CustomFieldService
from crm_desktop.services.privacy import ERASED, PrivacyService

T0 = datetime(2025, 3, 10, 9, 0, 0)


def add(db: Database, record: Any) -> int:
    with db.session() as s:
        s.add(record)
        s.flush()
        return int(record.id)


@pytest.fixture
def user_id(db: Database) -> int:
    return add(db, User(login="anna", full_name="Anna Manager"))


@pytest.fixture
def contacts(db: Database, user_id: int) -> ContactService:
    return ContactService(db, user_id, lambda: T0)


@pytest.fixture
def privacy(db: Database, user_id: int) -> PrivacyService:
    return PrivacyService(db, user_id, lambda: T0 + timedelta(days=1))


@pytest.fixture
def world(db: Database, contacts: ContactService, app_home: Path) -> dict[str, int]:
    """Łukasz at Acme with a deal, a colleague, history entries mentioning him, a tag, a custom field, a file."""
    acme = contacts.create_company(CompanyInput(name="Acme", country="PL",
                                                notes="Łukasz Wróbel decides; call +48 601 234 567")).id
    tag = contacts.save_tag(None, "VIP", "#ff0000")
    hobby = CustomFieldService(contacts.db).create_definition("person", "Hobby", "text").id
    lukasz = contacts.create_person(PersonInput(
        first_name="Łukasz", last_name="Wróbel", company_id=acme, birthday=date(1985, 7, 1), city="Kraków",
        address="ul. Długa 1", notes="Wife Ania, two kids", tag_ids=(tag,), custom={hobby: "sailing"},
        channels=(ChannelInput("phone", "+48 601 234 567", "mobile"), ChannelInput("email", "L.Wrobel@acme.pl"),
                  ChannelInput("messenger", "@lukasz_w", "telegram")))).id
    colleague = contacts.create_person(PersonInput(first_name="Łukasz", last_name="Zieliński", company_id=acme)).id
    with db.session(write=False) as s:
        pipeline = s.scalar(select(Pipeline.id).limit(1))
        stage = s.scalar(select(Stage.id).where(Stage.pipeline_id == pipeline).limit(1))
    deal = add(db, Deal(title="Offer for Łukasz Wróbel", notes="ask Lukasz about budget", pipeline_id=pipeline,
                        stage_id=stage, person_id=lukasz, company_id=acme, amount=Decimal("1200.50")))
    contacts.log_activity("person", lukasz, "call", "Call with Wróbel", outcome="Łukasz said yes",
                          body="Reached him at 601-234-567, mail l.wrobel@acme.pl", occurred_at=T0)
    contacts.log_activity("company", acme, "meeting", "Met Wróbel and Łukasz Zieliński",
                          body="Lukasz Wrobel will send the papers", occurred_at=T0 + timedelta(hours=1))
    add(db, Activity(kind="stage_change", occurred_at=T0, deal_id=deal, subject="Offer for Łukasz Wróbel moved",
                     data={"from": "Lead", "note": "Łukasz Wróbel"}))
    add(db, Task(title="Call Łukasz back", person_id=lukasz, notes="+48601234567", result=None))
    add(db, ChangeLog(entity="deals", entity_id=deal, action="update", field="title", old_value="Offer",
                      new_value="Offer for Łukasz Wróbel"))
    stored = app_home / "data" / "attachments" / "ab" / "abcd"
    stored.parent.mkdir(parents=True)
    stored.write_bytes(b"cv")
    cv = add(db, Attachment(file_name="cv_wrobel.pdf", stored_path="attachments/ab/abcd", person_id=lukasz,
                            size=2, sha256="abcd"))
    add(db, ChangeLog(entity="attachments", entity_id=cv, action="insert", field="file_name",
                      new_value="cv_wrobel.pdf"))
    contract = add(db, Attachment(file_name="contract.pdf", stored_path="attachments/cd/cdef", person_id=lukasz,
                                  deal_id=deal))
    return {"acme": acme, "lukasz": lukasz, "colleague": colleague, "deal": deal, "tag": tag, "hobby": hobby,
            "cv": cv, "contract": contract}


def test_export_holds_everything_about_the_person(privacy: PrivacyService, world: dict[str, int],
                                                  tmp_path: Path) -> None:
    target = privacy.export_person(world["lukasz"], tmp_path / "lukasz.json")
    data = json.loads(target.read_text("utf-8"))
    assert data["format"] == "crm-desktop personal data export"
    assert data["exported_at"] == "2025-03-11T09:00:00"
    person = data["person"]
    assert (person["first_name"], person["last_name"], person["birthday"], person["city"]) == (
        "Łukasz", "Wróbel", "1985-07-01", "Kraków")
    assert person["company"] == {"id": world["acme"], "name": "Acme"}
    assert person["notes"] == "Wife Ania, two kids"
    assert [(c["kind"], c["value"]) for c in data["channels"]] == [
        ("phone", "+48 601 234 567"), ("email", "L.Wrobel@acme.pl"), ("messenger", "@lukasz_w")]
    assert data["tags"] == ["VIP"]
    assert data["custom_fields"] == [{"field": "Hobby", "key": "hobby", "value": "sailing"}]
    # His own entries and his deal's; not the company meeting that is not linked to him.
    assert {a["subject"] for a in data["activities"]} == {"Call with Wróbel", "Offer for Łukasz Wróbel moved"}
    assert data["activities"][0]["by"] is not None or data["activities"][1]["by"] is not None
    assert [t["title"] for t in data["tasks"]] == ["Call Łukasz back"]
    assert data["deals"][0]["title"] == "Offer for Łukasz Wróbel"
    assert data["deals"][0]["amount"] == "1200.50"
    assert {a["file_name"] for a in data["attachments"]} == {"cv_wrobel.pdf", "contract.pdf"}
    assert ("insert", "name") in {(h["action"], h["field"]) for h in data["history"]}
    assert not list(tmp_path.glob("*.part"))


def test_export_of_missing_person(privacy: PrivacyService, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        privacy.export_person(404, tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()


def test_erasure_scrubs_the_person_everywhere(privacy: PrivacyService, contacts: ContactService, db: Database,
                                              world: dict[str, int], app_home: Path) -> None:
    lukasz = world["lukasz"]
    contacts.update_person(lukasz, PersonInput(**{**contacts.get_person(lukasz).input.__dict__,
                                                  "city": "Gdańsk"}), contacts.get_person(lukasz).version)
    with db.session() as s:
        s.add(MergeRecord(entity="person", survivor_id=lukasz, merged_ids=[999], undo_data={"first_name": "Łukasz"},
                          merged_at=T0))
    privacy.erase_person(lukasz)

    card = contacts.get_person(lukasz)
    assert card.name == f"Erased person #{lukasz}"
    assert (card.input.birthday, card.input.address, card.input.city, card.input.notes) == (None, None, None, None)
    assert card.channels == ()
    assert card.tags == ()
    assert card.input.custom == {}
    assert card.input.company_id == world["acme"]
    with db.session(write=False) as s:
        assert s.scalar(select(func.count(ContactChannel.id)).where(ContactChannel.person_id == lukasz)) == 0
        assert s.scalar(select(func.count()).select_from(person_tags)) == 0
        assert s.scalar(select(func.count()).select_from(CustomFieldValue)) == 0
        assert s.get(Person, lukasz).birthday_md is None  # type: ignore[union-attr]
        texts = [" | ".join(str(v) for v in (a.subject, a.body, a.outcome, a.data)) for a in
                 s.scalars(select(Activity).order_by(Activity.occurred_at, Activity.id))]
        task = s.execute(select(Task.title, Task.notes)).one()
        deal = s.execute(select(Deal.title, Deal.notes).where(Deal.id == world["deal"])).one()
        logs = s.execute(select(ChangeLog.action, ChangeLog.field, ChangeLog.old_value, ChangeLog.new_value,
                                ChangeLog.user_id)
                         .where(ChangeLog.entity == "persons", ChangeLog.entity_id == lukasz)).all()
        deal_log = s.scalar(select(ChangeLog.new_value).where(ChangeLog.entity == "deals"))
        assert s.scalar(select(ChangeLog.new_value).where(ChangeLog.entity == "attachments")) is None
        merge = s.execute(select(MergeRecord.undo_data, MergeRecord.undone_at)).one()
        company_notes = contacts.get_company(world["acme"]).input.notes
        assert s.get(Attachment, world["cv"]) is None
        contract = s.get(Attachment, world["contract"])
        assert contract is not None
    everything = " ".join(texts + [task.title, task.notes or "", deal.title, deal.notes or "", deal_log or "",
                                   company_notes or ""])
    for secret in ("Wróbel", "Wrobel", "wrobel@acme.pl", "601-234-567", "+48601234567", "+48 601 234 567"):
        assert secret not in everything
    assert texts[0] == f"Call with {ERASED} | Reached him at {ERASED}, mail {ERASED} | {ERASED} said yes | None"
    # A company entry keeps a colleague's name; his goes, also typed without diacritics.
    assert "Łukasz Zieliński" in texts[2]
    assert f"{ERASED} will send the papers" in texts[2]
    assert task.title == f"Call {ERASED} back"
    assert task.notes == ERASED
    assert deal.title == f"Offer for {ERASED}"
    assert deal.notes == f"ask {ERASED} about budget"
    assert company_notes == f"{ERASED} decides; call {ERASED}"
    # The change log keeps that things changed, not what they were; the erasure itself is recorded, bare.
    assert all(r.old_value is None and r.new_value is None for r in logs)
    erase = [r for r in logs if r.action == "erase"]
    assert len(erase) == 1
    assert erase[0].field is None
    assert erase[0].user_id == privacy.user_id
    assert merge.undo_data == {}
    assert merge.undone_at is not None
    # The file of the CV went (nothing else used it); the contract of the deal stays.
    assert not (app_home / "data" / "attachments" / "ab" / "abcd").exists()
    with db.session(write=False) as s:
        assert search_index.search_ids(s, "wrobel") == []
        assert search_index.search_ids(s, "601234567") == []
        assert s.execute(text("SELECT count(*) FROM contact_search WHERE rowid = :id"), {"id": lukasz}).scalar() == 0
        assert search_index.search_ids(s, "zielinski") == [("person", world["colleague"])]


def test_erasure_takes_in_duplicates_merged_into_the_person(privacy: PrivacyService, contacts: ContactService,
                                                            db: Database) -> None:
    keep = contacts.create_person(PersonInput(first_name="Eva", last_name="Novák")).id
    dup = contacts.create_person(PersonInput(first_name="Eva", last_name="Novak",
                                             channels=(ChannelInput("email", "eva@example.com"),))).id
    with db.session() as s:
        record = s.get(Person, dup)
        assert record is not None
        record.merged_into_id, record.deleted_at = keep, T0
    privacy.erase_person(keep)
    assert contacts.get_person(dup).name == f"Erased person #{dup}"
    assert contacts.get_person(dup).channels == ()
