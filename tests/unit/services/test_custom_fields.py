"""Custom fields: definitions, typed values that round-trip, all-or-nothing writes, the change log and lookups."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from crm_desktop.db.database import Database
from crm_desktop.errors import NotFoundError, ValidationError
from crm_desktop.models import ChangeLog, Company, CustomFieldDefinition, CustomFieldValue, FieldType
from crm_desktop.services import defaults
from crm_desktop.services.custom_fields import CustomFieldService, FieldDefinition
from crm_desktop.services.pipeline import DealInput, PipelineService


@pytest.fixture
def user_id(db: Database) -> int:
    return defaults.current_user_id(db)


@pytest.fixture
def service(db: Database, user_id: int) -> CustomFieldService:
    return CustomFieldService(db, user_id)


@pytest.fixture
def pipeline(db: Database, user_id: int) -> PipelineService:
    return PipelineService(db, user_id)


def new_deal(pipeline: PipelineService, title: str = "Deal") -> int:
    info = pipeline.list_pipelines()[0]
    return pipeline.create_deal(DealInput(title=title, pipeline_id=info.id, stage_id=info.stages[0].id))


@pytest.fixture
def deal_id(pipeline: PipelineService) -> int:
    return new_deal(pipeline)


@pytest.fixture
def fields(service: CustomFieldService) -> dict[str, FieldDefinition]:
    """One deal field of each type."""
    return {
        "text": service.create_definition("deal", "Contract no.", "text"),
        "number": service.create_definition("deal", "Seats", "number"),
        "money": service.create_definition("deal", "Budget", "money"),
        "date": service.create_definition("deal", "Signed on", "date"),
        "bool": service.create_definition("deal", "Framework agreement", "bool"),
        "choice": service.create_definition("deal", "Region", "choice", ["North", "South", "East"]),
        "multi": service.create_definition("deal", "Channels", "multi_choice", ["Web", "Phone", "Fair"]),
    }


def value_count(db: Database) -> int:
    with db.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(CustomFieldValue)) or 0


def field_log(db: Database, entity_id: int) -> list[tuple[object, ...]]:
    with db.session(write=False) as s:
        rows = s.execute(select(ChangeLog.entity, ChangeLog.field, ChangeLog.old_value, ChangeLog.new_value,
                                ChangeLog.action)
                         .where(ChangeLog.entity == "deals", ChangeLog.entity_id == entity_id,
                                ChangeLog.action == "update", ChangeLog.field != "stage_id")
                         .order_by(ChangeLog.id)).all()
    return [tuple(r) for r in rows]


# ---- definitions -----------------------------------------------------------------------------------------------

def test_create_definition_derives_unique_ascii_keys(service: CustomFieldService) -> None:
    first = service.create_definition("deal", "Contract No.", "text")
    assert (first.key, first.label, first.field_type, first.position, first.required) == (
        "contract_no", "Contract No.", FieldType.TEXT, 0, False)
    assert service.create_definition("deal", "Contract no", "text").key == "contract_no_2"
    assert service.create_definition("deal", "Бюджет проекта", "money").key == "byudzhet_proekta"
    assert service.create_definition("deal", "Größe é", "number").key == "grosse_e"
    assert service.create_definition("deal", "بودجه", "text").key == "field"
    assert service.create_definition("deal", "2025 target", "number").key == "f_2025_target"
    # The same label on another entity kind is another field with the same key.
    assert service.create_definition("company", "Contract No.", "text").key == "contract_no"
    assert [d.position for d in service.list_definitions("deal")] == [0, 1, 2, 3, 4, 5]


@pytest.mark.parametrize(("entity", "label", "field_type", "options", "message"), [
    ("deal", "  ", "text", (), "needs a label"),
    ("task", "Size", "text", (), "'task' has no custom fields"),
    ("deal", "Size", "colour", (), "'colour' is not a field type"),
    ("deal", "Region", "choice", (), "needs at least one option"),
    ("deal", "Region", "multi_choice", ["A", " a "], "listed twice"),
    ("deal", "Region", "choice", ["A", " "], "is empty"),
    ("deal", "Seats", "number", ["1"], "Only choice fields have options"),
])
def test_create_definition_refuses_bad_input(service: CustomFieldService, entity: str, label: str,
                                             field_type: str, options: list[str], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        service.create_definition(entity, label, field_type, options)
    assert service.list_definitions("deal") == []


def test_labels_are_unique_per_entity_kind(service: CustomFieldService) -> None:
    service.create_definition("deal", "Budget", "money")
    with pytest.raises(ValidationError, match="already have a field labelled 'BUDGET'"):
        service.create_definition("deal", "BUDGET", "number")


def test_update_definition_keeps_key_and_type(service: CustomFieldService) -> None:
    region = service.create_definition("deal", "Region", "choice", ["North", "South"])
    updated = service.update_definition(region.id, label="Sales region", options=["North", "South", "West"],
                                        required=True)
    assert (updated.key, updated.label, updated.field_type, updated.options, updated.required) == (
        "region", "Sales region", FieldType.CHOICE, ("North", "South", "West"), True)
    assert service.list_definitions("deal") == [updated]


def test_removing_an_option_in_use_is_refused_with_the_count(service: CustomFieldService,
                                                             pipeline: PipelineService) -> None:
    region = service.create_definition("deal", "Region", "choice", ["North", "South", "East"])
    channels = service.create_definition("deal", "Channels", "multi_choice", ["Web", "Phone"])
    one, two = new_deal(pipeline, "One"), new_deal(pipeline, "Two")
    service.set_values("deal", one, {region.id: "South", channels.id: ["Web", "Phone"]})
    service.set_values("deal", two, {region.id: "South", channels.id: ["Phone"]})
    with pytest.raises(ValidationError, match="'South' of 'Region' is used by 2 deals"):
        service.update_definition(region.id, options=["North", "East"])
    with pytest.raises(ValidationError, match="'Phone' of 'Channels' is used by 2 deals"):
        service.update_definition(channels.id, options=["Web"])
    with pytest.raises(ValidationError, match="'Web' of 'Channels' is used by 1 deal "):
        service.update_definition(channels.id, options=["Phone", "Mail"])
    # Unused options can go; the order can change.
    assert service.update_definition(region.id, options=["South", "North"]).options == ("South", "North")
    assert service.list_definitions("deal")[1].options == ("Web", "Phone")


def test_soft_delete_hides_the_definition_and_keeps_its_values(db: Database, service: CustomFieldService,
                                                               deal_id: int) -> None:
    budget = service.create_definition("deal", "Budget", "money")
    seats = service.create_definition("deal", "Seats", "number")
    service.set_values("deal", deal_id, {budget.id: "1500", seats.id: 3})
    service.delete_definition(budget.id)
    assert [d.id for d in service.list_definitions("deal")] == [seats.id]
    assert service.list_definitions("deal")[0].position == 0
    assert service.values("deal", deal_id) == {seats.id: Decimal(3)}
    with db.session(write=False) as s:
        stored_definition = s.get(CustomFieldDefinition, budget.id)
        stored_value = s.get(CustomFieldValue, (budget.id, deal_id))
        assert stored_definition is not None
        assert stored_definition.deleted_at is not None
        assert stored_value is not None
        assert stored_value.value_number == Decimal("1500")
    with pytest.raises(ValidationError, match="no longer exists"):
        service.set_values("deal", deal_id, {budget.id: "10"})
    with pytest.raises(NotFoundError):
        service.update_definition(budget.id, label="Money")
    # A deleted field's key stays taken: a new field with that label gets another key.
    assert service.create_definition("deal", "Budget", "money").key == "budget_2"


def test_reorder(service: CustomFieldService) -> None:
    a, b, c = (service.create_definition("person", name, "text") for name in "ABC")
    service.reorder("person", [c.id, a.id, b.id])
    assert [(d.label, d.position) for d in service.list_definitions("person")] == [("C", 0), ("A", 1), ("B", 2)]
    with pytest.raises(ValidationError, match="each field exactly once"):
        service.reorder("person", [c.id, a.id])


# ---- values ----------------------------------------------------------------------------------------------------

def test_each_type_round_trips(service: CustomFieldService, fields: dict[str, FieldDefinition],
                               deal_id: int) -> None:
    f = fields
    service.set_values("deal", deal_id, {
        f["text"].id: "  K-17/2025 ", f["number"].id: "1 234,5", f["money"].id: Decimal("99999.999"),
        f["date"].id: date(2025, 3, 31), f["bool"].id: False, f["choice"].id: "south",
        f["multi"].id: ["Fair", "Web"],
    })
    values = service.values("deal", deal_id)
    assert values == {
        f["text"].id: "K-17/2025", f["number"].id: Decimal("1234.5"), f["money"].id: Decimal("100000.00"),
        f["date"].id: date(2025, 3, 31), f["bool"].id: False, f["choice"].id: "South",
        f["multi"].id: ["Web", "Fair"],  # in the order of the options
    }
    assert str(values[f["number"].id]) == "1234.5"
    assert str(values[f["money"].id]) == "100000.00"
    # Text forms of the other types, as an import would pass them.
    service.set_values("deal", deal_id, {f["number"].id: "0.0001", f["money"].id: "1.234,56",
                                         f["date"].id: "2024-02-29", f["bool"].id: "yes", f["multi"].id: ("Phone",)})
    values = service.values("deal", deal_id)
    assert (values[f["number"].id], values[f["money"].id], values[f["date"].id], values[f["bool"].id],
            values[f["multi"].id]) == (Decimal("0.0001"), Decimal("1234.56"), date(2024, 2, 29), True, ["Phone"])
    assert str(values[f["number"].id]) == "0.0001"


def test_none_and_empty_clear_a_field(db: Database, service: CustomFieldService,
                                      fields: dict[str, FieldDefinition], deal_id: int) -> None:
    f = fields
    service.set_values("deal", deal_id, {f["text"].id: "x", f["multi"].id: ["Web"], f["bool"].id: True})
    assert value_count(db) == 3
    service.set_values("deal", deal_id, {f["text"].id: "", f["multi"].id: [], f["bool"].id: None})
    assert service.values("deal", deal_id) == {}
    assert value_count(db) == 0


@pytest.mark.parametrize(("key", "value", "message"), [
    ("number", "twelve", "'Seats' must be a number"),
    ("number", "1.23456", "'Seats' may have 4 decimal places at most"),
    ("number", Decimal("1e12"), "'Seats' is too large"),
    ("money", "12 EUR", "'Budget' must be a number"),
    ("date", "31.03.2025", "'Signed on' must be a date"),
    ("bool", "perhaps", "'Framework agreement' must be yes or no"),
    ("choice", "West", "'West' is not an option of 'Region'"),
    ("multi", ["Web", "Mail"], "'Mail' is not an option of 'Channels'"),
    ("multi", "Web", "'Channels' must be a list"),
    ("text", 12, "'Contract no.' must be text"),
])
def test_a_bad_value_among_good_ones_writes_nothing(db: Database, service: CustomFieldService,
                                                    fields: dict[str, FieldDefinition], deal_id: int,
                                                    key: str, value: object, message: str) -> None:
    good = {fields["text"].id: "K-1", fields["money"].id: "10", fields["choice"].id: "North"}
    with pytest.raises(ValidationError, match=message):
        service.set_values("deal", deal_id, {**good, fields[key].id: value})
    assert service.values("deal", deal_id) == {}
    assert value_count(db) == 0
    assert field_log(db, deal_id) == []


def test_every_bad_field_is_named_at_once(service: CustomFieldService, fields: dict[str, FieldDefinition],
                                          deal_id: int) -> None:
    with pytest.raises(ValidationError) as caught:
        service.set_values("deal", deal_id, {fields["number"].id: "x", fields["date"].id: "y"})
    assert str(caught.value).splitlines() == [
        "'Seats' must be a number, such as 1234.5 or 1234,5.",
        "'Signed on' must be a date (year-month-day, such as 2025-03-31).",
    ]


def test_required_fields_cannot_be_emptied(service: CustomFieldService, deal_id: int) -> None:
    contract = service.create_definition("deal", "Contract", "text", required=True)
    note = service.create_definition("deal", "Note", "text")
    # Writing other fields leaves an empty required field alone.
    service.set_values("deal", deal_id, {note.id: "n"})
    service.set_values("deal", deal_id, {contract.id: "C-1"})
    for empty in (None, "", "   "):
        with pytest.raises(ValidationError, match="'Contract' is required"):
            service.set_values("deal", deal_id, {contract.id: empty, note.id: "changed"})
    assert service.values("deal", deal_id) == {contract.id: "C-1", note.id: "n"}
    with pytest.raises(ValidationError, match="'Contract' is required"):
        service.validate_values("deal", {contract.id: None})
    assert service.validate_values("deal", {contract.id: " C-2 ", note.id: ""}) == {contract.id: "C-2", note.id: None}


def test_changes_are_logged_per_field(db: Database, service: CustomFieldService,
                                      fields: dict[str, FieldDefinition], deal_id: int) -> None:
    f = fields
    service.set_values("deal", deal_id, {f["money"].id: "1500", f["multi"].id: ["Phone", "Web"],
                                         f["date"].id: "2025-01-02"})
    # Unchanged values (1500 == 1500.00) write no row; a cleared one does.
    service.set_values("deal", deal_id, {f["money"].id: Decimal("1500.00"), f["multi"].id: ["Web"],
                                         f["date"].id: None})
    assert field_log(db, deal_id) == [
        ("deals", "budget", None, "1500.00", "update"),
        ("deals", "channels", None, '["Web", "Phone"]', "update"),
        ("deals", "signed_on", None, "2025-01-02", "update"),
        ("deals", "channels", '["Web", "Phone"]', '["Web"]', "update"),
        ("deals", "signed_on", "2025-01-02", None, "update"),
    ]
    with db.session(write=False) as s:
        log = s.scalars(select(ChangeLog).where(ChangeLog.field == "budget")).one()
        assert log.user_id == service.user_id
        assert log.entity_uuid is not None


def test_the_record_must_exist(db: Database, service: CustomFieldService, pipeline: PipelineService,
                               fields: dict[str, FieldDefinition], deal_id: int) -> None:
    with pytest.raises(NotFoundError, match="deal no longer exists"):
        service.set_values("deal", deal_id + 100, {fields["text"].id: "x"})
    with pytest.raises(NotFoundError, match="company no longer exists"):
        service.values("company", deal_id + 100)
    with pytest.raises(ValidationError, match="'task' has no custom fields"):
        service.values("task", deal_id)
    # A field of deals cannot be written on a company.
    with db.session() as s:
        company = Company(name="ООО Ромашка")
        s.add(company)
        s.flush()
        company_id = company.id
    with pytest.raises(ValidationError, match="no longer exists"):
        service.set_values("company", company_id, {fields["text"].id: "x"})
    service.set_values("deal", deal_id, {fields["text"].id: "kept"})
    pipeline.delete_deal(deal_id)
    with pytest.raises(NotFoundError, match="in the Trash"):
        service.set_values("deal", deal_id, {fields["text"].id: "x"})
    assert service.values("deal", deal_id) == {fields["text"].id: "kept"}


# ---- lookups ---------------------------------------------------------------------------------------------------

def test_find_entities_by_each_type(service: CustomFieldService, pipeline: PipelineService,
                                    fields: dict[str, FieldDefinition]) -> None:
    f = fields
    one, two, three = (new_deal(pipeline, t) for t in ("One", "Two", "Three"))
    service.set_values("deal", one, {f["text"].id: "ООО Ромашка", f["money"].id: "12,50", f["bool"].id: True,
                                     f["choice"].id: "North", f["multi"].id: ["Web", "Phone"],
                                     f["date"].id: date(2025, 5, 1), f["number"].id: 7})
    service.set_values("deal", two, {f["text"].id: "ооо ромашка", f["money"].id: "12.5", f["bool"].id: False,
                                     f["choice"].id: "South", f["multi"].id: ["Web"]})
    service.set_values("deal", three, {f["text"].id: "ООО Ромашка-2", f["money"].id: "13"})
    assert service.find_entities("deal", f["text"].id, "оОо РОМАШКА") == [one, two]
    assert service.find_entities("deal", f["money"].id, Decimal("12.5")) == [one, two]
    assert service.find_entities("deal", f["money"].id, "13,00") == [three]
    assert service.find_entities("deal", f["number"].id, "7.0") == [one]
    assert service.find_entities("deal", f["bool"].id, False) == [two]
    assert service.find_entities("deal", f["choice"].id, "north") == [one]
    assert service.find_entities("deal", f["date"].id, "2025-05-01") == [one]
    assert service.find_entities("deal", f["multi"].id, "Web") == [one, two]
    assert service.find_entities("deal", f["multi"].id, ["Phone", "Web"]) == [one]
    # Records in the Trash are not found.
    pipeline.delete_deal(two)
    assert service.find_entities("deal", f["text"].id, "ооо ромашка") == [one]
    with pytest.raises(ValidationError, match="'West' is not an option"):
        service.find_entities("deal", f["choice"].id, "West")
    with pytest.raises(ValidationError, match="Enter a value"):
        service.find_entities("deal", f["text"].id, " ")
    with pytest.raises(NotFoundError, match="not a field of companies"):
        service.find_entities("company", f["text"].id, "x")
