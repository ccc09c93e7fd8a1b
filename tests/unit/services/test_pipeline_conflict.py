"""A deal saved over a change made by another user of the same file: refused with both values of each field."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from crm_desktop.db.database import Database
from crm_desktop.errors import ConflictError
from crm_desktop.models import Tag
from crm_desktop.services import defaults
from crm_desktop.services.pipeline import DealEditConflict, DealInput, DealLineInput, PipelineService


@pytest.fixture
def mine(db: Database) -> PipelineService:
    return PipelineService(db, defaults.current_user_id(db))


@pytest.fixture
def theirs(colleague_db: Database) -> PipelineService:
    return PipelineService(colleague_db, defaults.current_user_id(colleague_db))


def new_deal(svc: PipelineService, **values: object) -> int:
    pipeline_id = svc.default_pipeline_id()
    stage = next(p for p in svc.list_pipelines() if p.id == pipeline_id).stages[0]
    data = DealInput(title="Boiler for Smit", pipeline_id=pipeline_id, stage_id=stage.id, amount=Decimal("1200"),
                     notes="First talk")
    return svc.create_deal(replace(data, **values))  # type: ignore[arg-type]


def test_a_stale_save_lists_their_value_and_yours_of_each_differing_field_and_writes_nothing(
        mine: PipelineService, theirs: PipelineService) -> None:
    deal_id = new_deal(mine)
    opened = mine.get_deal(deal_id)
    other = theirs.get_deal(deal_id)
    theirs.update_deal(deal_id, replace(other.input, amount=Decimal("1500"), notes="Wants it in May"),
                       expected_version=other.version)

    typed = replace(opened.input, title="Boiler and pump for Smit", notes="Wants it in June")
    with pytest.raises(DealEditConflict) as caught:
        mine.update_deal(deal_id, typed, expected_version=opened.version)

    conflict = caught.value
    assert isinstance(conflict, ConflictError)
    assert "changed by someone else" in str(conflict)
    assert conflict.theirs.version == opened.version + 1
    assert {name: (their, your) for name, their, your in conflict.fields} == {
        "title": ("Boiler for Smit", "Boiler and pump for Smit"),
        "amount": (Decimal("1500.00"), Decimal("1200")),
        "notes": ("Wants it in May", "Wants it in June"),
    }
    stored = mine.get_deal(deal_id)
    assert (stored.input.title, stored.input.notes, stored.version) == (
        "Boiler for Smit", "Wants it in May", conflict.theirs.version)


def test_saving_the_chosen_values_against_their_version_keeps_both_changes(
        mine: PipelineService, theirs: PipelineService) -> None:
    deal_id = new_deal(mine)
    opened = mine.get_deal(deal_id)
    stages = next(p for p in theirs.list_pipelines() if p.id == opened.input.pipeline_id).stages
    theirs.move_deal(deal_id, stages[1].id)  # a colleague drags the card on the board
    typed = replace(opened.input, probability=60)
    with pytest.raises(DealEditConflict) as caught:
        mine.update_deal(deal_id, typed, expected_version=opened.version)
    assert [name for name, _their, _your in caught.value.fields] == ["stage_id", "probability"]

    merged = replace(typed, stage_id=caught.value.theirs.input.stage_id)
    version = mine.update_deal(deal_id, merged, expected_version=caught.value.theirs.version)

    stored = mine.get_deal(deal_id)
    assert (stored.input.stage_id, stored.input.probability, stored.version) == (stages[1].id, 60, version)


def test_tags_lines_and_blank_text_are_compared_by_what_they_mean(db: Database, mine: PipelineService,
                                                                 theirs: PipelineService) -> None:
    with db.session() as s:
        tags = [Tag(name="hot"), Tag(name="repeat")]
        s.add_all(tags)
        s.flush()
        tag_ids = (tags[0].id, tags[1].id)
    line = DealLineInput(name="Pump", quantity=Decimal(2), price=Decimal("80"))
    deal_id = new_deal(mine, tag_ids=tag_ids, lines=(line,), notes=None, expected_close_on=date(2026, 5, 1))
    opened = mine.get_deal(deal_id)
    other = theirs.get_deal(deal_id)
    theirs.update_deal(deal_id, replace(other.input, probability=30), expected_version=other.version)

    # The same tags in another order, the same line typed as "2.000" and an empty note are no differences.
    typed = replace(opened.input, tag_ids=tuple(reversed(tag_ids)), notes="  ",
                    lines=(replace(line, quantity=Decimal("2.000"), price=Decimal("80.00")),))
    with pytest.raises(DealEditConflict) as caught:
        mine.update_deal(deal_id, typed, expected_version=opened.version)
    assert [name for name, _their, _your in caught.value.fields] == ["probability"]

    changed_line = replace(typed, lines=(replace(line, quantity=Decimal(3)),), tag_ids=tag_ids[:1])
    with pytest.raises(DealEditConflict) as caught:
        mine.update_deal(deal_id, changed_line, expected_version=opened.version)
    assert [name for name, _their, _your in caught.value.fields] == ["probability", "tag_ids", "lines"]


def test_a_save_with_the_current_version_is_no_conflict(mine: PipelineService, theirs: PipelineService) -> None:
    deal_id = new_deal(mine)
    other = theirs.get_deal(deal_id)
    version = theirs.update_deal(deal_id, replace(other.input, notes="Fine"), expected_version=other.version)
    assert version == other.version + 1
    assert mine.get_deal(deal_id).input.notes == "Fine"
