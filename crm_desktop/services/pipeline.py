"""Pipelines and stages, the kanban board state, moving deals, won/lost, the next-task rule, deals with lines,
products, loss reasons and stage automation rules, and what the deal editor shows beside the deal: its company and
person, tasks, attached files and generated documents. Qt-free; every method is one user action (one transaction)."""

from __future__ import annotations

import errno
import hashlib
import mimetypes
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Exists,
    Row,
    Table,
    bindparam,
    case,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from crm_desktop import APP_NAME, config
from crm_desktop.db.database import Database
from crm_desktop.errors import ConflictError, NotFoundError, ValidationError
from crm_desktop.models import (
    Activity,
    ActivityKind,
    AppSetting,
    Attachment,
    Campaign,
    ChangeAction,
    ChangeLog,
    Company,
    Deal,
    DealLine,
    DealStageHistory,
    DealStatus,
    Document,
    LeadSource,
    LossReason,
    Person,
    Pipeline,
    Product,
    Stage,
    StageAutomationRule,
    Tag,
    Task,
    TaskKind,
    User,
    deal_tags,
    utcnow,
)
from crm_desktop.services.progress import NO_PROGRESS, Progress


class NextTaskRequiredError(ValidationError):
    """A move or a task completion refused because the setting makes a planned next task mandatory."""


class DealEditConflict(ConflictError):
    """A deal save refused because the deal changed since it was opened; carries both values of what differs."""

    def __init__(self, message: str, theirs: DealDetail, fields: tuple[tuple[str, object, object], ...]) -> None:
        super().__init__(message)
        self.theirs = theirs
        self.fields = fields     # (field, their value, your value) of every field of DealInput that differs


@dataclass(frozen=True)
class StageInfo:
    id: int
    pipeline_id: int
    name: str
    position: int
    probability: int
    rotting_days: int | None
    color: str
    open_deals: int = 0


@dataclass(frozen=True)
class PipelineInfo:
    id: int
    name: str
    is_default: bool
    stages: tuple[StageInfo, ...]


@dataclass(frozen=True)
class DealCard:
    """What a board card shows."""
    id: int
    version: int
    title: str
    party: str            # company name, else the person's name, else ""
    amount: Decimal
    currency: str
    owner_id: int | None
    owner_name: str
    stage_id: int
    board_position: float
    days_in_stage: int
    next_task_due: datetime | None   # earliest open task of the deal (naive UTC), None = no next task
    rotting: bool         # in the stage longer than its rotting limit, or no activity for that long
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class BoardColumn:
    stage: StageInfo
    cards: tuple[DealCard, ...]
    sums: dict[str, Decimal]   # per currency, of the cards shown

    @property
    def count(self) -> int:
        return len(self.cards)


@dataclass(frozen=True)
class BoardFilter:
    owner_id: int | None = None
    tag_id: int | None = None
    lead_source_id: int | None = None
    text: str = ""            # case-insensitive substring of title, company or person


@dataclass(frozen=True)
class Board:
    pipeline: PipelineInfo
    columns: tuple[BoardColumn, ...]


@dataclass(frozen=True)
class MoveResult:
    card: DealCard
    from_stage_id: int
    to_stage_id: int
    stage_changed: bool
    created_task_ids: tuple[int, ...] = ()     # tasks created by automation rules of the new stage


@dataclass(frozen=True)
class DealLineInput:
    name: str
    quantity: Decimal
    price: Decimal
    discount_pct: Decimal = Decimal(0)
    vat_rate: Decimal = Decimal(0)
    unit: str = "pcs"
    product_id: int | None = None


@dataclass(frozen=True)
class DealInput:
    title: str
    pipeline_id: int
    stage_id: int
    amount: Decimal | None = None          # None with lines = computed from the lines
    currency: str = "EUR"
    expected_close_on: date | None = None
    probability: int | None = None
    lead_source_id: int | None = None
    campaign_id: int | None = None
    company_id: int | None = None
    person_id: int | None = None
    owner_id: int | None = None
    notes: str | None = None
    tag_ids: tuple[int, ...] = ()
    lines: tuple[DealLineInput, ...] = ()


@dataclass(frozen=True)
class LineTotals:
    net: Decimal        # after discount, before VAT
    vat: Decimal
    gross: Decimal
    discount: Decimal


@dataclass(frozen=True)
class StageStay:
    stage_id: int
    stage_name: str
    entered_at: datetime
    left_at: datetime | None
    from_stage_id: int | None
    user_name: str
    seconds: float          # up to now when still in the stage


@dataclass(frozen=True)
class DealDetail:
    id: int
    version: int
    input: DealInput
    status: str             # open | won | lost
    closed_on: date | None
    loss_reason: str | None
    loss_note: str | None
    line_totals: LineTotals
    history: tuple[StageStay, ...]
    open_task_ids: tuple[int, ...]


@dataclass(frozen=True)
class ProductInfo:
    id: int
    name: str
    sku: str | None
    unit: str
    price: Decimal
    currency: str
    vat_rate: Decimal
    active: bool


@dataclass(frozen=True)
class RuleInfo:
    id: int
    stage_id: int
    action: str             # create_task | set_field | generate_document
    params: dict[str, object]
    active: bool


@dataclass(frozen=True)
class PartyInfo:
    """A company or a person a deal can be made with, as a chooser lists it."""
    kind: str               # company | person
    id: int
    name: str
    detail: str             # a person's company, else their position; a company's city
    company_id: int | None = None     # a person's company
    company_name: str = ""


@dataclass(frozen=True)
class TaskInfo:
    id: int
    kind: str
    title: str
    due_at: datetime | None  # naive UTC; local midnight for an all-day task
    all_day: bool
    done_at: datetime | None
    result: str | None


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    file_name: str
    size: int
    sha256: str
    mime_type: str | None
    created_at: datetime
    path: Path              # the stored copy: named by its content, without the file's own name or extension


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    title: str
    template: str
    number: str | None
    created_at: datetime
    path: Path


NEXT_TASK_MANDATORY = "pipeline.next_task_mandatory"   # AppSetting key, bool
RULE_ACTIONS = ("create_task", "set_field", "generate_document")
SETTABLE_FIELDS = ("probability", "owner_id", "expected_close_on_days", "lead_source_id")
PARTY_KINDS = ("company", "person")
ATTACHMENTS_DIR = "attachments"   # under config.data_dir(); stored paths are relative to that folder


# Placement of cards inside a column: a moved card gets the midpoint of its neighbours; when two neighbours are
# closer than this, the whole column is renumbered 1, 2, 3... (floats run out of halvings after ~50 moves).
MIN_POSITION_GAP = 1e-6
_COLOR = re.compile(r"#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?")
_CURRENCY = re.compile(r"[A-Z]{3}")
_CENT = Decimal("0.01")
_OPEN = DealStatus.OPEN.value
_FOLD = "crm_casefold"   # the SQL function find_parties registers on SQLite connections
_COPY_CHUNK = 1 << 20
_UNSAFE_FILE_CHARS = re.compile(r'[\x00-\x1f<>:"/\\|?*]')
CardRow = Row[*tuple[Any, ...]]  # a row of _card_rows()

# Generating documents is supplied by the documents capability: it registers a callable here.
# A "generate_document" rule calls it with (session, deal_id, params); with none registered the rule
# records an activity saying the template could not be generated yet.
DocumentGenerator = Callable[..., object]
_document_generator: DocumentGenerator | None = None


class PipelineService:
    """Use cases of the sales funnel: pipelines and stages, the board, deals, their outcome and automation."""

    def __init__(self, db: Database, user_id: int | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self.user_id = user_id
        self._clock = clock or utcnow

    # ---- pipelines and stages ----------------------------------------------------------------------------------

    def list_pipelines(self) -> list[PipelineInfo]:
        with self.db.session(write=False) as s:
            pipelines = s.execute(select(Pipeline.id, Pipeline.name, Pipeline.is_default)
                                  .where(Pipeline.deleted_at.is_(None))
                                  .order_by(Pipeline.position, Pipeline.id)).all()
            stages = _stage_infos(s, [p.id for p in pipelines])
            return [PipelineInfo(p.id, p.name, bool(p.is_default), tuple(stages.get(p.id, ())))
                    for p in pipelines]

    def default_pipeline_id(self) -> int:
        with self.db.session(write=False) as s:
            found = s.scalar(select(Pipeline.id).where(Pipeline.deleted_at.is_(None))
                             .order_by(Pipeline.is_default.desc(), Pipeline.position, Pipeline.id).limit(1))
            if found is None:
                raise NotFoundError("There is no sales pipeline yet. Create one in the pipeline settings.")
            return found

    def create_pipeline(self, name: str) -> PipelineInfo:
        """A new pipeline with no stages; the first pipeline becomes the default."""
        name = _required_text(name, "The pipeline needs a name.", 200)
        with self.db.session() as s:
            _refuse_duplicate(s.scalars(select(Pipeline.name).where(Pipeline.deleted_at.is_(None))), name,
                              f"A pipeline named '{name}' already exists.")
            has_any = s.scalar(select(Pipeline.id).where(Pipeline.deleted_at.is_(None)).limit(1)) is not None
            last = s.scalar(select(func.max(Pipeline.position)).where(Pipeline.deleted_at.is_(None)))
            pipeline = Pipeline(name=name, position=(last + 1) if last is not None else 0, is_default=not has_any)
            s.add(pipeline)
            s.flush()
            self._log(s, "pipelines", pipeline.id, pipeline.uuid, ChangeAction.INSERT, "name", None, name)
            return PipelineInfo(pipeline.id, pipeline.name, pipeline.is_default, ())

    def rename_pipeline(self, pipeline_id: int, name: str) -> None:
        name = _required_text(name, "The pipeline needs a name.", 200)
        with self.db.session() as s:
            pipeline = _get_pipeline(s, pipeline_id)
            _refuse_duplicate(s.scalars(select(Pipeline.name).where(Pipeline.deleted_at.is_(None),
                                                                    Pipeline.id != pipeline_id)), name,
                              f"A pipeline named '{name}' already exists.")
            if pipeline.name != name:
                self._log(s, "pipelines", pipeline.id, pipeline.uuid, ChangeAction.UPDATE, "name",
                          pipeline.name, name)
                pipeline.name = name

    def delete_pipeline(self, pipeline_id: int) -> None:
        """Refused while it has deals (also in the Trash) or when it is the only pipeline."""
        with self.db.session() as s:
            pipeline = _get_pipeline(s, pipeline_id)
            # Deals in the Trash count too: restoring one must find its pipeline.
            deals = s.scalar(select(func.count(Deal.id)).where(Deal.pipeline_id == pipeline_id)) or 0
            if deals:
                raise ValidationError(f"The pipeline '{pipeline.name}' holds {_deals(deals)} (including any in "
                                      "the Trash). Move or delete them before deleting the pipeline.")
            others = s.scalars(select(Pipeline).where(Pipeline.deleted_at.is_(None), Pipeline.id != pipeline_id)
                               .order_by(Pipeline.position, Pipeline.id)).all()
            if not others:
                raise ValidationError(f"The pipeline '{pipeline.name}' is the only one; it cannot be deleted.")
            now = self._clock()
            # Soft delete, like every user-edited record: stage history of old deals keeps its names.
            pipeline.deleted_at = now
            if pipeline.is_default:
                pipeline.is_default = False
                others[0].is_default = True
            for stage in s.scalars(select(Stage).where(Stage.pipeline_id == pipeline_id,
                                                       Stage.deleted_at.is_(None))):
                stage.deleted_at = now
            self._log(s, "pipelines", pipeline.id, pipeline.uuid, ChangeAction.DELETE, None, pipeline.name, None)

    def add_stage(self, pipeline_id: int, name: str, probability: int = 0, rotting_days: int | None = None,
                  color: str = "#4a90d9", position: int | None = None) -> StageInfo:
        name = _required_text(name, "The stage needs a name.", 200)
        _check_probability(probability)
        _check_rotting(rotting_days)
        _check_color(color)
        with self.db.session() as s:
            pipeline = _get_pipeline(s, pipeline_id)
            stages = list(s.scalars(select(Stage).where(Stage.pipeline_id == pipeline_id, Stage.deleted_at.is_(None))
                                    .order_by(Stage.position, Stage.id)))
            _refuse_duplicate((st.name for st in stages), name,
                              f"The pipeline '{pipeline.name}' already has a stage named '{name}'.")
            at = len(stages) if position is None else min(max(position, 0), len(stages))
            stage = Stage(pipeline_id=pipeline_id, name=name, probability=probability, rotting_days=rotting_days,
                          color=color)
            stages.insert(at, stage)
            s.add(stage)
            for pos, st in enumerate(stages):
                if st.position != pos:
                    st.position = pos
            s.flush()
            self._log(s, "stages", stage.id, stage.uuid, ChangeAction.INSERT, "name", None, name)
            return _stage_info(stage, 0)

    def update_stage(self, stage_id: int, *, name: str | None = None, probability: int | None = None,
                     rotting_days: int | None = None, color: str | None = None,
                     clear_rotting: bool = False) -> StageInfo:
        if clear_rotting and rotting_days is not None:
            raise ValidationError("Either set a rotting limit or clear it, not both.")
        if name is not None:
            name = _required_text(name, "The stage needs a name.", 200)
        if probability is not None:
            _check_probability(probability)
        _check_rotting(rotting_days)
        if color is not None:
            _check_color(color)
        with self.db.session() as s:
            stage = _get_stage(s, stage_id)
            changes: dict[str, object] = {}
            if name is not None and name != stage.name:
                _refuse_duplicate(s.scalars(select(Stage.name).where(
                    Stage.pipeline_id == stage.pipeline_id, Stage.deleted_at.is_(None), Stage.id != stage_id)),
                    name, f"This pipeline already has a stage named '{name}'.")
                changes["name"] = name
            if probability is not None:
                changes["probability"] = probability
            if rotting_days is not None or clear_rotting:
                changes["rotting_days"] = rotting_days
            if color is not None:
                changes["color"] = color
            for key, value in changes.items():
                old = getattr(stage, key)
                if old != value:
                    self._log(s, "stages", stage.id, stage.uuid, ChangeAction.UPDATE, key, old, value)
                    setattr(stage, key, value)
            s.flush()
            return _stage_info(stage, _open_count(s, stage.id))

    def reorder_stages(self, pipeline_id: int, stage_ids: Sequence[int]) -> None:
        """`stage_ids` must name every live stage of the pipeline exactly once."""
        with self.db.session() as s:
            pipeline = _get_pipeline(s, pipeline_id)
            stages = {st.id: st for st in s.scalars(select(Stage).where(Stage.pipeline_id == pipeline_id,
                                                                        Stage.deleted_at.is_(None)))}
            if len(stage_ids) != len(set(stage_ids)) or set(stage_ids) != set(stages):
                raise ValidationError(f"The new order must name each stage of '{pipeline.name}' exactly once; "
                                      "the stages may have been changed meanwhile. Reload and try again.")
            for pos, sid in enumerate(stage_ids):
                if stages[sid].position != pos:
                    stages[sid].position = pos

    def delete_stage(self, stage_id: int, move_deals_to: int | None = None) -> int:
        """Returns the number of deals moved; refused if it holds deals and no target is given, or is the last."""
        with self.db.session() as s:
            stage = _get_stage(s, stage_id)
            remaining = list(s.scalars(select(Stage).where(Stage.pipeline_id == stage.pipeline_id,
                                                           Stage.deleted_at.is_(None), Stage.id != stage_id)
                                       .order_by(Stage.position, Stage.id)))
            if not remaining:
                raise ValidationError(f"'{stage.name}' is the last stage of its pipeline; a pipeline needs at "
                                      "least one stage.")
            # Closed deals and deals in the Trash count too: their stage must stay a real one.
            held = s.scalar(select(func.count(Deal.id)).where(Deal.stage_id == stage_id)) or 0
            target: Stage | None = None
            if move_deals_to is not None:
                target = _get_stage(s, move_deals_to)
                if target.id == stage_id:
                    raise ValidationError("Choose another stage to move the deals to, not the one being deleted.")
                if target.pipeline_id != stage.pipeline_id:
                    raise ValidationError(f"The deals of '{stage.name}' can only move to a stage of the same "
                                          "pipeline.")
            if held and target is None:
                raise ValidationError(f"The stage '{stage.name}' holds {_deals(held)} (open, won, lost or in "
                                      "the Trash). Choose a stage to move them to before deleting it.")
            moved = self._move_all_deals(s, stage, target) if held and target is not None else 0
            now = self._clock()
            # Soft delete keeps the stays recorded in the stage history (and their stage names) valid.
            stage.deleted_at = now
            for rule in s.scalars(select(StageAutomationRule).where(StageAutomationRule.stage_id == stage_id,
                                                                    StageAutomationRule.deleted_at.is_(None))):
                rule.deleted_at = now
            for pos, st in enumerate(remaining):
                if st.position != pos:
                    st.position = pos
            self._log(s, "stages", stage.id, stage.uuid, ChangeAction.DELETE, None, stage.name, None)
            return moved

    def _move_all_deals(self, s: Session, stage: Stage, target: Stage) -> int:
        """Every deal of a stage to be deleted goes to `target`; open ones to the end of its column, with history."""
        now = self._clock()
        deals = s.execute(select(Deal.id, Deal.uuid, Deal.status, Deal.deleted_at, Deal.company_id, Deal.person_id,
                                 Deal.board_position)
                          .where(Deal.stage_id == stage.id).order_by(Deal.board_position, Deal.id)).all()
        live_open = [d for d in deals if d.status == _OPEN and d.deleted_at is None]
        end = _column_end(s, target.pipeline_id, target.id)
        positions = {d.id: end + 1.0 + i for i, d in enumerate(live_open)}
        table = _table(Deal)
        s.execute(update(table).where(table.c.id == bindparam("b_id")).values(
            stage_id=target.id, board_position=bindparam("b_pos"), version=table.c.version + 1, updated_at=now),
            [{"b_id": d.id, "b_pos": positions.get(d.id, d.board_position)} for d in deals])
        # Stage entry time and history only change for deals that are really in the funnel now.
        if live_open:
            ids = [d.id for d in live_open]
            s.execute(update(table).where(table.c.id.in_(ids)).values(stage_entered_at=now))
            s.execute(update(DealStageHistory).where(DealStageHistory.deal_id.in_(ids),
                                                     DealStageHistory.left_at.is_(None)).values(left_at=now))
            s.execute(insert(DealStageHistory), [
                {"deal_id": d.id, "stage_id": target.id, "from_stage_id": stage.id, "entered_at": now,
                 "user_id": self.user_id} for d in live_open])
            subject = f"{stage.name} → {target.name}"
            s.execute(insert(Activity), [
                {"kind": ActivityKind.STAGE_CHANGE.value, "occurred_at": now, "user_id": self.user_id,
                 "company_id": d.company_id, "person_id": d.person_id, "deal_id": d.id, "subject": subject,
                 "data": {"from": stage.id, "to": target.id}} for d in live_open])
        s.execute(insert(ChangeLog), [
            {"changed_at": now, "user_id": self.user_id, "entity": "deals", "entity_id": d.id,
             "entity_uuid": d.uuid, "action": ChangeAction.UPDATE.value, "field": "stage_id",
             "old_value": str(stage.id), "new_value": str(target.id)} for d in deals])
        return len(deals)

    # ---- the board ---------------------------------------------------------------------------------------------

    def board(self, pipeline_id: int, filt: BoardFilter = BoardFilter()) -> Board:
        now = self._clock()
        with self.db.session(write=False) as s:
            pipeline = _get_pipeline(s, pipeline_id)
            stages = _stage_infos(s, [pipeline_id]).get(pipeline_id, [])
            scope: list[ColumnElement[bool]] = [Deal.pipeline_id == pipeline_id, Deal.status == _OPEN,
                                                Deal.deleted_at.is_(None)]
            if filt.owner_id is not None:
                scope.append(Deal.owner_id == filt.owner_id)
            if filt.lead_source_id is not None:
                scope.append(Deal.lead_source_id == filt.lead_source_id)
            if filt.tag_id is not None:
                scope.append(Deal.id.in_(select(deal_tags.c.deal_id).where(deal_tags.c.tag_id == filt.tag_id)))
            rows = _card_rows(s, scope, now)
            needle = filt.text.strip().casefold()
            if needle:
                # Filtered here rather than in SQL: SQLite's lower() and LIKE fold ASCII only, and 'ооо' must find
                # 'ООО Ромашка'. The open deals of one pipeline are loaded for the board anyway.
                rows = [r for r in rows if _matches(r, needle)]
            tags = _card_tags(s, scope)
            rotting = {st.id: st.rotting_days for st in stages}
            cards: dict[int, list[DealCard]] = {st.id: [] for st in stages}
            for r in rows:
                column = cards.get(r.stage_id)
                if column is not None:
                    column.append(_card(r, now, rotting[r.stage_id], tags.get(r.id, ())))
            columns = []
            for st in stages:
                sums: dict[str, Decimal] = {}
                for c in cards[st.id]:
                    sums[c.currency] = sums.get(c.currency, Decimal(0)) + c.amount
                columns.append(BoardColumn(st, tuple(cards[st.id]), sums))
            return Board(PipelineInfo(pipeline.id, pipeline.name, pipeline.is_default, tuple(stages)),
                         tuple(columns))

    def card(self, deal_id: int) -> DealCard:
        """The card of one deal, as the board shows it (also for a closed deal)."""
        with self.db.session(write=False) as s:
            return self._card_of(s, deal_id)

    def _card_of(self, s: Session, deal_id: int) -> DealCard:
        now = self._clock()
        rows = _card_rows(s, [Deal.id == deal_id, Deal.deleted_at.is_(None)], now)
        if not rows:
            raise NotFoundError("The deal no longer exists; it may have been deleted.")
        r = rows[0]
        status, rot = s.execute(select(Deal.status, Stage.rotting_days).join(Stage, Stage.id == Deal.stage_id)
                                .where(Deal.id == deal_id)).one()
        tags = _card_tags(s, [Deal.id == deal_id]).get(deal_id, ())
        return _card(r, now, rot if status == _OPEN else None, tags)

    def move_deal(self, deal_id: int, to_stage_id: int, index: int | None = None,
                  expected_version: int | None = None) -> MoveResult:
        """Reorder a deal in its column or move it to another stage of its pipeline.

        index = the deal's place in the target column after the move (0 = top), counted among the column's other
        open deals in the unfiltered order; None = the end; out-of-range values go to the nearest end.
        ConflictError when expected_version differs from the stored one; NextTaskRequiredError when mandatory and
        the deal has no open task after the move (the rules of the new stage run first and may create one).
        """
        with self.db.session() as s:
            return self._move_result(s, self._movable_deal(s, deal_id, expected_version), to_stage_id, index)

    def move_deal_to_adjacent_stage(self, deal_id: int, step: int,
                                    expected_version: int | None = None) -> MoveResult:
        """The keyboard move: one stage right (step 1) or left (step -1), to the end of that column."""
        with self.db.session() as s:
            deal = self._movable_deal(s, deal_id, expected_version)
            order = list(s.scalars(select(Stage.id).where(Stage.pipeline_id == deal.pipeline_id,
                                                          Stage.deleted_at.is_(None))
                                   .order_by(Stage.position, Stage.id)))
            at = order.index(deal.stage_id) + step if deal.stage_id in order else -1
            if not 0 <= at < len(order):
                raise ValidationError(f"The deal '{deal.title}' is already in the "
                                      f"{'last' if step > 0 else 'first'} stage.")
            return self._move_result(s, deal, order[at], None)

    def _move_result(self, s: Session, deal: Deal, to_stage_id: int, index: int | None) -> MoveResult:
        from_stage_id = deal.stage_id
        created = self._move(s, deal, to_stage_id, index)
        s.flush()
        return MoveResult(self._card_of(s, deal.id), from_stage_id, deal.stage_id, deal.stage_id != from_stage_id,
                          created)

    def _movable_deal(self, s: Session, deal_id: int, expected_version: int | None) -> Deal:
        deal = s.get(Deal, deal_id)
        if deal is None:
            raise NotFoundError("The deal no longer exists.")
        _check_version(deal, expected_version)
        if deal.deleted_at is not None:
            raise ValidationError(f"The deal '{deal.title}' is in the Trash; restore it before moving it.")
        if deal.status != _OPEN:
            raise ValidationError(f"The deal '{deal.title}' is already {deal.status}; reopen it before moving it.")
        return deal

    def _move(self, s: Session, deal: Deal, to_stage_id: int, index: int | None) -> tuple[int, ...]:
        """Place an open deal in a column; on a change of stage also history, timeline, log, rules, next-task rule."""
        target = s.get(Stage, to_stage_id)
        if target is None or target.deleted_at is not None:
            raise NotFoundError("That stage no longer exists; reload the board.")
        if target.pipeline_id != deal.pipeline_id:
            raise ValidationError(f"The stage '{target.name}' belongs to another pipeline. A deal moves between "
                                  "the stages of its own pipeline only.")
        self._place(s, deal, target.id, index)
        if target.id == deal.stage_id:
            return ()
        now = self._clock()
        source = s.get(Stage, deal.stage_id)
        source_name = source.name if source is not None else "?"
        self._close_stay(s, deal.id, now)
        s.add(DealStageHistory(deal_id=deal.id, stage_id=target.id, from_stage_id=deal.stage_id, entered_at=now,
                               user_id=self.user_id))
        self._log(s, "deals", deal.id, deal.uuid, ChangeAction.UPDATE, "stage_id", deal.stage_id, target.id)
        self._activity(s, deal, ActivityKind.STAGE_CHANGE, f"{source_name} → {target.name}",
                       {"from": deal.stage_id, "to": target.id})
        deal.stage_id = target.id
        deal.stage_entered_at = now
        created = self._run_rules(s, deal, target)
        if self._mandatory(s) and not _has_open_task(s, deal.id):
            raise NextTaskRequiredError(
                f"The deal '{deal.title}' needs a planned next task (a call, a meeting...) before it can move to "
                f"'{target.name}'. Plan one first, or turn off the mandatory next task in the settings.")
        return created

    def _place(self, s: Session, deal: Deal, stage_id: int, index: int | None) -> None:
        """Give the deal the board position that puts it at `index` of the column (None = the end)."""
        column: list[ColumnElement[bool]] = [Deal.pipeline_id == deal.pipeline_id, Deal.stage_id == stage_id,
                                             Deal.status == _OPEN, Deal.deleted_at.is_(None), Deal.id != deal.id]
        if index is None:
            deal.board_position = _column_end(s, deal.pipeline_id, stage_id, exclude=deal.id) + 1.0
            return
        index = max(index, 0)
        ordered = select(Deal.board_position).where(*column).order_by(Deal.board_position, Deal.id)
        around = list(s.scalars(ordered.offset(max(index - 1, 0)).limit(2)))
        if index == 0:
            before, after = None, (around[0] if around else None)
        else:
            before, after = (around[0] if around else None), (around[1] if len(around) > 1 else None)
        if after is None:  # the end: of an empty column, of a short one, or asked for
            end = before if before is not None else _column_end(s, deal.pipeline_id, stage_id, exclude=deal.id)
            deal.board_position = end + 1.0
        elif before is None:
            deal.board_position = after - 1.0
        elif after - before >= MIN_POSITION_GAP:
            deal.board_position = (before + after) / 2.0
        else:
            ids = list(s.scalars(select(Deal.id).where(*column).order_by(Deal.board_position, Deal.id)))
            ids.insert(min(index, len(ids)), deal.id)
            table = _table(Deal)
            # Neighbours only get new sort keys: their version is not bumped, so nobody's open edit conflicts.
            s.execute(update(table).where(table.c.id == bindparam("b_id")).values(board_position=bindparam("b_pos")),
                      [{"b_id": i, "b_pos": float(pos)} for pos, i in enumerate(ids, 1) if i != deal.id])
            deal.board_position = float(ids.index(deal.id) + 1)

    def _run_rules(self, s: Session, deal: Deal, stage: Stage) -> tuple[int, ...]:
        """The active automation rules of the stage a deal has just entered, in their order; ids of new tasks."""
        now = self._clock()
        created: list[int] = []
        rules = s.scalars(select(StageAutomationRule).where(
            StageAutomationRule.stage_id == stage.id, StageAutomationRule.active.is_(True),
            StageAutomationRule.deleted_at.is_(None)).order_by(StageAutomationRule.position,
                                                              StageAutomationRule.id)).all()
        for rule in rules:
            params = _checked_params(s, rule.action, dict(rule.params or {}), stage.name)
            if rule.action == "create_task":
                owner = params.get("owner_id")
                task = Task(kind=str(params.get("kind") or TaskKind.TODO.value), title=str(params["title"]),
                            due_at=now + timedelta(days=_int(params.get("offset_days"), 0)),
                            owner_id=owner if isinstance(owner, int) else (deal.owner_id or self.user_id),
                            deal_id=deal.id, company_id=deal.company_id, person_id=deal.person_id)
                s.add(task)
                s.flush()
                created.append(task.id)
            elif rule.action == "set_field":
                name, value = str(params["field"]), params.get("value")
                if name == "expected_close_on_days":
                    name, value = "expected_close_on", now.date() + timedelta(days=_int(value, 0))
                old = getattr(deal, name)
                if old != value:
                    self._log(s, "deals", deal.id, deal.uuid, ChangeAction.UPDATE, name, old, value)
                    setattr(deal, name, value)
            else:
                template = str(params["template"])
                s.flush()
                if _document_generator is not None:
                    _document_generator(s, deal.id, params)
                else:
                    self._activity(s, deal, ActivityKind.DOCUMENT,
                                   f"The document '{template}' was not generated: document generation is not "
                                   "available yet.", {"template": template, "generated": False})
        return tuple(created)

    def win_deal(self, deal_id: int, closed_on: date, final_amount: Decimal | None = None,
                 expected_version: int | None = None) -> None:
        if not isinstance(closed_on, date):
            raise ValidationError("Enter the date the deal was won.")
        if isinstance(closed_on, datetime):
            closed_on = closed_on.date()
        amount = None if final_amount is None else _money(final_amount, "The final amount")
        with self.db.session() as s:
            deal = self._movable_deal(s, deal_id, expected_version)
            if amount is not None and amount != deal.amount:
                self._log(s, "deals", deal.id, deal.uuid, ChangeAction.UPDATE, "amount", deal.amount, amount)
                deal.amount = amount
                deal.amount_from_lines = False
            self._close(s, deal, DealStatus.WON, closed_on)
            self._activity(s, deal, ActivityKind.STAGE_CHANGE, f"Won: {deal.title}",
                           {"outcome": "won", "stage": deal.stage_id, "amount": str(deal.amount)})

    def lose_deal(self, deal_id: int, loss_reason_id: int | None, note: str | None = None,
                  closed_on: date | None = None, expected_version: int | None = None) -> None:
        note = (note or "").strip() or None
        if loss_reason_id is None and note is None:
            raise ValidationError("Choose why the deal was lost, or write a note about it.")
        with self.db.session() as s:
            deal = self._movable_deal(s, deal_id, expected_version)
            reason = None
            if loss_reason_id is not None:
                reason = s.get(LossReason, loss_reason_id)
                if reason is None or reason.deleted_at is not None:
                    raise ValidationError("That loss reason no longer exists; choose another one.")
            deal.loss_reason_id = loss_reason_id
            deal.loss_note = note
            self._close(s, deal, DealStatus.LOST, closed_on or self._clock().date())
            self._activity(s, deal, ActivityKind.STAGE_CHANGE, f"Lost: {deal.title}",
                           {"outcome": "lost", "stage": deal.stage_id, "reason": reason.name if reason else None,
                            "note": note})

    def _close(self, s: Session, deal: Deal, status: DealStatus, closed_on: date) -> None:
        self._close_stay(s, deal.id, self._clock())
        self._log(s, "deals", deal.id, deal.uuid, ChangeAction.UPDATE, "status", deal.status, status.value)
        deal.status = status.value
        deal.closed_on = closed_on

    def reopen_deal(self, deal_id: int, stage_id: int | None = None) -> None:
        with self.db.session() as s:
            deal = _get_deal(s, deal_id)
            if deal.status == _OPEN:
                raise ValidationError(f"The deal '{deal.title}' is already open.")
            target = s.get(Stage, stage_id if stage_id is not None else deal.stage_id)
            if stage_id is None and (target is None or target.deleted_at is not None):
                target = s.scalar(select(Stage).where(Stage.pipeline_id == deal.pipeline_id,
                                                      Stage.deleted_at.is_(None)).order_by(Stage.position).limit(1))
            if target is None or target.deleted_at is not None:
                raise NotFoundError("That stage no longer exists; choose another one.")
            if target.pipeline_id != deal.pipeline_id:
                raise ValidationError(f"The stage '{target.name}' belongs to another pipeline.")
            now = self._clock()
            self._close_stay(s, deal.id, now)  # none should be open; harmless when the data says otherwise
            self._log(s, "deals", deal.id, deal.uuid, ChangeAction.UPDATE, "status", deal.status, _OPEN)
            outcome = deal.status
            deal.status = _OPEN
            deal.closed_on = None
            deal.loss_reason_id = None
            deal.loss_note = None
            s.add(DealStageHistory(deal_id=deal.id, stage_id=target.id, from_stage_id=deal.stage_id,
                                   entered_at=now, user_id=self.user_id))
            deal.stage_id = target.id
            deal.stage_entered_at = now
            self._place(s, deal, target.id, None)
            self._activity(s, deal, ActivityKind.STAGE_CHANGE, f"Reopened in {target.name}",
                           {"outcome": "reopened", "was": outcome, "to": target.id})

    def deals_without_next_task(self, pipeline_id: int | None = None) -> list[DealCard]:
        """Open deals with no open task, in stage and board order."""
        now = self._clock()
        with self.db.session(write=False) as s:
            scope: list[ColumnElement[bool]] = [
                Deal.status == _OPEN, Deal.deleted_at.is_(None), ~_open_task_exists()]
            if pipeline_id is not None:
                scope.append(Deal.pipeline_id == pipeline_id)
            rows = _card_rows(s, scope, now, by_stage=True)
            rotting = dict(s.execute(select(Stage.id, Stage.rotting_days)).all())
            tags = _card_tags(s, scope)
            return [_card(r, now, rotting.get(r.stage_id), tags.get(r.id, ())) for r in rows]

    def plan_next_task(self, deal_id: int, kind: str, due_at: datetime, title: str, all_day: bool = False) -> int:
        kind = _required_text(kind, "Choose the kind of task.", 40)
        title = _required_text(title, "The task needs a title.", 300)
        if not isinstance(due_at, datetime):
            raise ValidationError("Enter when the task is due.")
        if due_at.tzinfo is not None:
            due_at = due_at.astimezone(UTC).replace(tzinfo=None)
        with self.db.session() as s:
            deal = _get_deal(s, deal_id)
            task = Task(kind=kind, title=title, due_at=due_at, all_day=all_day, deal_id=deal.id,
                        company_id=deal.company_id, person_id=deal.person_id,
                        owner_id=deal.owner_id or self.user_id)
            s.add(task)
            s.flush()
            self._log(s, "tasks", task.id, task.uuid, ChangeAction.INSERT, "title", None, title)
            return task.id

    def next_task_mandatory(self) -> bool:
        with self.db.session(write=False) as s:
            return self._mandatory(s)

    def set_next_task_mandatory(self, value: bool) -> None:
        with self.db.session() as s:
            setting = s.get(AppSetting, NEXT_TASK_MANDATORY)
            if setting is None:
                s.add(AppSetting(key=NEXT_TASK_MANDATORY, value=bool(value)))
            else:
                setting.value = bool(value)

    @staticmethod
    def _mandatory(s: Session) -> bool:
        setting = s.get(AppSetting, NEXT_TASK_MANDATORY)
        return setting is not None and setting.value is True

    def complete_task(self, task_id: int, result: str) -> None:
        """Refused (NextTaskRequiredError) when mandatory, the task's deal is open and this was its last open task."""
        result_text = (result or "").strip() or None
        with self.db.session() as s:
            task = s.get(Task, task_id)
            if task is None or task.deleted_at is not None:
                raise NotFoundError("The task no longer exists; it may have been deleted.")
            if task.done_at is not None:
                raise ValidationError(f"The task '{task.title}' is already done.")
            repeats = bool(task.recurrence_rule)
        if repeats:
            # A series completes its current occurrence and goes on; the tasks service knows how (tasks.py imports
            # this module, so it is reached at run time).
            from crm_desktop.services.tasks import TaskService

            TaskService(self.db, self.user_id, self._clock).complete(task_id, result)
            return
        with self.db.session() as s:
            task = s.get(Task, task_id)
            if task is None or task.deleted_at is not None:
                raise NotFoundError("The task no longer exists; it may have been deleted.")
            deal = s.get(Deal, task.deal_id) if task.deal_id is not None else None
            now = self._clock()
            task.done_at = now
            task.result = result_text
            s.flush()
            if (deal is not None and deal.status == _OPEN and deal.deleted_at is None and self._mandatory(s)
                    and not _has_open_task(s, deal.id)):
                raise NextTaskRequiredError(
                    f"'{task.title}' is the last planned task of the deal '{deal.title}'. Plan the next task "
                    "first, then mark this one done.")
            s.add(Activity(kind=ActivityKind.TASK_DONE.value, occurred_at=now, user_id=self.user_id,
                           deal_id=task.deal_id, company_id=task.company_id, person_id=task.person_id,
                           task_id=task.id, subject=task.title, body=result_text, data={"task_kind": task.kind}))
            # A finished call, meeting or e-mail is contact with the client: "not contacted for N days" reads these.
            contact = task.kind in (TaskKind.CALL.value, TaskKind.MEETING.value, TaskKind.EMAIL.value)
            for model, record_id in ((Company, task.company_id), (Person, task.person_id)):
                if contact and record_id is not None:
                    s.execute(update(_table(model)).where(_table(model).c.id == record_id)
                              .values(last_activity_at=now))
            self._log(s, "tasks", task.id, task.uuid, ChangeAction.UPDATE, "done_at", None, now)

    # ---- deals ----------------------------------------------------------------------------------------------

    def create_deal(self, data: DealInput) -> int:
        with self.db.session() as s:
            clean = _checked_deal(s, data)
            now = self._clock()
            amount, from_lines = _deal_amount(clean)
            deal = Deal(title=clean.title, amount=amount, currency=clean.currency, amount_from_lines=from_lines,
                        pipeline_id=clean.pipeline_id, stage_id=clean.stage_id, stage_entered_at=now,
                        company_id=clean.company_id, person_id=clean.person_id, lead_source_id=clean.lead_source_id,
                        campaign_id=clean.campaign_id, expected_close_on=clean.expected_close_on,
                        probability=clean.probability, owner_id=clean.owner_id, notes=clean.notes,
                        status=_OPEN)
            deal.board_position = _column_end(s, clean.pipeline_id, clean.stage_id) + 1.0
            deal.lines = _deal_lines(clean.lines)
            s.add(deal)
            s.flush()
            s.add(DealStageHistory(deal_id=deal.id, stage_id=deal.stage_id, from_stage_id=None, entered_at=now,
                                   user_id=self.user_id))
            _set_tags(s, deal.id, clean.tag_ids)
            self._log(s, "deals", deal.id, deal.uuid, ChangeAction.INSERT, "title", None, deal.title)
            return deal.id

    def update_deal(self, deal_id: int, data: DealInput, expected_version: int) -> int:
        """Save the whole input; a new stage goes through the same logic as move_deal. Returns the new version."""
        with self.db.session() as s:
            deal = _get_deal(s, deal_id)
            if deal.version != expected_version:
                theirs = self._deal_detail(s, deal)
                raise DealEditConflict(
                    f"The deal '{deal.title}' was changed by someone else after you opened it. Compare both "
                    "values of each field, then save your version again or keep theirs.",
                    theirs, _deal_differences(theirs.input, data))
            clean = _checked_deal(s, data)
            if clean.pipeline_id != deal.pipeline_id:
                raise ValidationError(f"The deal '{deal.title}' cannot change its pipeline here.")
            amount, from_lines = _deal_amount(clean)
            values: dict[str, object] = {
                "title": clean.title, "amount": amount, "currency": clean.currency, "amount_from_lines": from_lines,
                "company_id": clean.company_id, "person_id": clean.person_id, "lead_source_id": clean.lead_source_id,
                "campaign_id": clean.campaign_id, "expected_close_on": clean.expected_close_on,
                "probability": clean.probability, "owner_id": clean.owner_id, "notes": clean.notes}
            for key, value in values.items():
                old = getattr(deal, key)
                if old != value:
                    self._log(s, "deals", deal.id, deal.uuid, ChangeAction.UPDATE, key, old, value)
                    setattr(deal, key, value)
            touched = False
            if _line_tuple(deal.lines) != [_line_key(line) for line in clean.lines]:
                deal.lines = _deal_lines(clean.lines)
                self._log(s, "deals", deal.id, deal.uuid, ChangeAction.UPDATE, "lines", None,
                          f"{len(clean.lines)} lines")
                touched = True
            if _set_tags(s, deal.id, clean.tag_ids):
                self._log(s, "deals", deal.id, deal.uuid, ChangeAction.UPDATE, "tags", None,
                          ",".join(map(str, sorted(clean.tag_ids))))
                touched = True
            if touched:  # lines and tags live in other tables: the deal's version must still move on
                deal.updated_at = utcnow()
            if clean.stage_id != deal.stage_id:
                if deal.status != _OPEN:
                    raise ValidationError(f"The deal '{deal.title}' is {deal.status}; reopen it to change its "
                                          "stage.")
                self._move(s, deal, clean.stage_id, None)
            s.flush()
            return deal.version

    def get_deal(self, deal_id: int) -> DealDetail:
        """Everything the deal dialog shows.

        input.amount is None when the amount is the sum of the lines, so saving the input back keeps it so;
        line_totals.net is that amount then.
        """
        with self.db.session(write=False) as s:
            return self._deal_detail(s, _get_deal(s, deal_id))

    def _deal_detail(self, s: Session, deal: Deal) -> DealDetail:
        """get_deal inside the caller's transaction (a refused save shows the stored values from it)."""
        deal_id = deal.id
        lines = tuple(DealLineInput(name=line.name, quantity=line.quantity, price=line.price,
                                    discount_pct=line.discount_pct, vat_rate=line.vat_rate, unit=line.unit,
                                    product_id=line.product_id) for line in deal.lines)
        tag_ids = tuple(s.scalars(select(deal_tags.c.tag_id).where(deal_tags.c.deal_id == deal_id)
                                  .order_by(deal_tags.c.tag_id)))
        data = DealInput(title=deal.title, pipeline_id=deal.pipeline_id, stage_id=deal.stage_id,
                         amount=None if deal.amount_from_lines and lines else deal.amount,
                         currency=deal.currency, expected_close_on=deal.expected_close_on,
                         probability=deal.probability, lead_source_id=deal.lead_source_id,
                         campaign_id=deal.campaign_id, company_id=deal.company_id, person_id=deal.person_id,
                         owner_id=deal.owner_id, notes=deal.notes, tag_ids=tag_ids, lines=lines)
        reason = s.get(LossReason, deal.loss_reason_id) if deal.loss_reason_id is not None else None
        open_tasks = tuple(s.scalars(select(Task.id).where(Task.deal_id == deal_id, Task.done_at.is_(None),
                                                           Task.deleted_at.is_(None))
                                     .order_by(Task.due_at.is_(None), Task.due_at, Task.id)))
        return DealDetail(id=deal.id, version=deal.version, input=data, status=deal.status,
                          closed_on=deal.closed_on, loss_reason=reason.name if reason else None,
                          loss_note=deal.loss_note, line_totals=line_totals(lines),
                          history=tuple(self._history(s, deal_id)), open_task_ids=open_tasks)

    def delete_deal(self, deal_id: int) -> None:
        """Soft delete: the deal goes to the Trash."""
        with self.db.session() as s:
            deal = _get_deal(s, deal_id)
            deal.deleted_at = self._clock()
            self._log(s, "deals", deal.id, deal.uuid, ChangeAction.DELETE, None, deal.title, None)

    def stage_history(self, deal_id: int) -> list[StageStay]:
        with self.db.session(write=False) as s:
            _get_deal(s, deal_id, allow_deleted=True)
            return self._history(s, deal_id)

    def time_in_stages(self, deal_id: int) -> dict[int, float]:
        """stage_id -> seconds, summed over the stays (the current one up to now)."""
        totals: dict[int, float] = {}
        for stay in self.stage_history(deal_id):
            totals[stay.stage_id] = totals.get(stay.stage_id, 0.0) + stay.seconds
        return totals

    def _history(self, s: Session, deal_id: int) -> list[StageStay]:
        now = self._clock()
        rows = s.execute(select(DealStageHistory.stage_id, Stage.name, DealStageHistory.entered_at,
                                DealStageHistory.left_at, DealStageHistory.from_stage_id, User.full_name,
                                User.login)
                         .join(Stage, Stage.id == DealStageHistory.stage_id)
                         .outerjoin(User, User.id == DealStageHistory.user_id)
                         .where(DealStageHistory.deal_id == deal_id)
                         .order_by(DealStageHistory.entered_at, DealStageHistory.id)).all()
        return [StageStay(r.stage_id, r.name, r.entered_at, r.left_at, r.from_stage_id, r.full_name or r.login or "",
                          max(0.0, ((r.left_at or now) - r.entered_at).total_seconds())) for r in rows]

    # ---- the deal's company and person, tasks and files ----------------------------------------------------

    def find_parties(self, text: str, limit: int = 20, *, kind: str | None = None) -> list[PartyInfo]:
        """Companies and people whose name contains `text` in any letter case; exact, then prefix matches first.

        A person is found by "first last" and by "last first". An empty text lists the first ones by name.
        `kind` limits the search to "company" or "person"; people and companies in the Trash are left out.
        """
        if kind is not None and kind not in PARTY_KINDS:
            raise ValidationError(f"'{kind}' is neither a company nor a person.")
        needle = " ".join((text or "").split())
        if limit <= 0:
            return []
        with self.db.session(write=False) as s:
            fold, fold_text = _case_folder(s)
            n = fold_text(needle)
            escaped = _like_escape(n)
            contains, starts, word = f"%{escaped}%", f"{escaped}%", f"% {escaped}%"
            found: list[tuple[int, PartyInfo]] = []
            if kind in (None, "company"):
                name = fold(Company.name)
                rank = case((name == n, 0), (name.like(starts, escape="\\"), 1),
                            (name.like(word, escape="\\"), 2), else_=3).label("rank")
                rows = s.execute(select(Company.id, Company.name, Company.city, rank)
                                 .where(Company.deleted_at.is_(None), name.like(contains, escape="\\"))
                                 .order_by(rank, Company.name, Company.id).limit(limit)).all()
                found += [(r.rank, PartyInfo("company", r.id, r.name, r.city or "")) for r in rows]
            if kind in (None, "person"):
                first_last = fold(func.trim(Person.first_name + " " + Person.last_name))
                last_first = fold(func.trim(Person.last_name + " " + Person.first_name))
                # "first last first" holds both orders, so one call of the folding function per row filters.
                both = fold(Person.first_name + " " + Person.last_name + " " + Person.first_name)
                rank = case((or_(first_last == n, last_first == n), 0),
                            (or_(first_last.like(starts, escape="\\"), last_first.like(starts, escape="\\")), 1),
                            (both.like(word, escape="\\"), 2), else_=3).label("rank")
                rows = s.execute(
                    select(Person.id, Person.first_name, Person.last_name, Person.position, Company.id.label("cid"),
                           Company.name.label("company"), rank)
                    .outerjoin(Company, (Company.id == Person.company_id) & Company.deleted_at.is_(None))
                    .where(Person.deleted_at.is_(None), both.like(contains, escape="\\"))
                    .order_by(rank, Person.last_name, Person.first_name, Person.id).limit(limit)).all()
                found += [(r.rank, PartyInfo("person", r.id, _person_name(r.first_name, r.last_name) or "?",
                                             r.company or r.position or "", r.cid, r.company or ""))
                          for r in rows]
            found.sort(key=lambda f: (f[0], f[1].name.casefold(), f[1].kind, f[1].id))
            return [party for _rank, party in found[:limit]]

    def get_party(self, kind: str, party_id: int) -> PartyInfo | None:
        """One company or person as find_parties lists it, also when it is in the Trash; None when it never was."""
        with self.db.session(write=False) as s:
            if kind == "company":
                company = s.get(Company, party_id)
                return None if company is None else PartyInfo("company", company.id, company.name,
                                                              company.city or "")
            if kind != "person":
                raise ValidationError(f"'{kind}' is neither a company nor a person.")
            row = s.execute(select(Person.id, Person.first_name, Person.last_name, Person.position,
                                   Company.id.label("cid"), Company.name.label("company"))
                            .outerjoin(Company, (Company.id == Person.company_id) & Company.deleted_at.is_(None))
                            .where(Person.id == party_id)).first()
            if row is None:
                return None
            return PartyInfo("person", row.id, _person_name(row.first_name, row.last_name) or "?",
                             row.company or row.position or "", row.cid, row.company or "")

    def list_deal_tasks(self, deal_id: int) -> list[TaskInfo]:
        """The deal's tasks: open ones by due time (undated last), then done ones, the latest first."""
        with self.db.session(write=False) as s:
            _get_deal(s, deal_id, allow_deleted=True)
            is_open = Task.done_at.is_(None)
            tasks = s.scalars(select(Task).where(Task.deal_id == deal_id, Task.deleted_at.is_(None))
                              .order_by(~is_open, is_open & Task.due_at.is_(None),
                                        case((is_open, Task.due_at), else_=None), Task.done_at.desc(), Task.id))
            return [TaskInfo(t.id, t.kind, t.title, t.due_at, bool(t.all_day), t.done_at, t.result) for t in tasks]

    def attach_file(self, deal_id: int, source: Path, progress: Progress = NO_PROGRESS) -> AttachmentInfo:
        """Copy a file into the attachments folder and list it with the deal.

        The folder holds each content once, named by its SHA-256. The copy is complete and on disk before the
        row is written, so a failure (an unreadable file, a full disk) leaves no row and no partial file. The
        same file attached to the same deal again gives the attachment it already has.
        """
        source = Path(source)
        file_name = _fit_file_name(source.name)
        digest, size, stored = _store_file(source, progress)
        with self.db.session() as s:
            deal = _get_deal(s, deal_id)
            existing = s.scalar(select(Attachment).where(
                Attachment.deal_id == deal.id, Attachment.sha256 == digest, Attachment.file_name == file_name,
                Attachment.deleted_at.is_(None)).limit(1))
            if existing is not None:
                return attachment_info(existing)
            # The deal's company and person see the file too, as they see the deal's tasks.
            attachment = Attachment(file_name=file_name, stored_path=stored, size=size, sha256=digest,
                                    mime_type=mimetypes.guess_type(file_name)[0], deal_id=deal.id,
                                    company_id=deal.company_id, person_id=deal.person_id, owner_id=self.user_id)
            s.add(attachment)
            s.flush()
            self._log(s, "attachments", attachment.id, attachment.uuid, ChangeAction.INSERT, "file_name", None,
                      file_name)
            return attachment_info(attachment)

    def attach_file_to_party(self, kind: str, party_id: int, source: Path,
                             progress: Progress = NO_PROGRESS) -> AttachmentInfo:
        """Copy a file into the attachments folder and list it with a company or a person (as attach_file does)."""
        if kind not in PARTY_KINDS:
            raise ValidationError(f"'{kind}' is neither a company nor a person.")
        source = Path(source)
        file_name = _fit_file_name(source.name)
        digest, size, stored = _store_file(source, progress)
        column = Attachment.company_id if kind == "company" else Attachment.person_id
        with self.db.session() as s:
            party = s.get(Company, party_id) if kind == "company" else s.get(Person, party_id)
            if party is None or party.deleted_at is not None:
                raise NotFoundError("The contact no longer exists; it may have been deleted.")
            existing = s.scalar(select(Attachment).where(
                column == party_id, Attachment.deal_id.is_(None), Attachment.sha256 == digest,
                Attachment.file_name == file_name, Attachment.deleted_at.is_(None)).limit(1))
            if existing is not None:
                return attachment_info(existing)
            attachment = Attachment(file_name=file_name, stored_path=stored, size=size, sha256=digest,
                                    mime_type=mimetypes.guess_type(file_name)[0], owner_id=self.user_id,
                                    company_id=party_id if kind == "company" else None,
                                    person_id=party_id if kind == "person" else None)
            s.add(attachment)
            s.flush()
            self._log(s, "attachments", attachment.id, attachment.uuid, ChangeAction.INSERT, "file_name", None,
                      file_name)
            return attachment_info(attachment)

    def list_attachments(self, deal_id: int) -> list[AttachmentInfo]:
        """The files attached to the deal, the latest first."""
        with self.db.session(write=False) as s:
            _get_deal(s, deal_id, allow_deleted=True)
            return [attachment_info(a) for a in s.scalars(
                select(Attachment).where(Attachment.deal_id == deal_id, Attachment.deleted_at.is_(None))
                .order_by(Attachment.created_at.desc(), Attachment.id.desc()))]

    def remove_attachment(self, attachment_id: int) -> None:
        """Soft delete: the row goes to the Trash; the stored file stays, other records may share its content."""
        with self.db.session() as s:
            attachment = s.get(Attachment, attachment_id)
            if attachment is None or attachment.deleted_at is not None:
                raise NotFoundError("The attachment no longer exists; it may have been removed.")
            attachment.deleted_at = self._clock()
            self._log(s, "attachments", attachment.id, attachment.uuid, ChangeAction.DELETE, None,
                      attachment.file_name, None)

    def attachment_copy_to_open(self, attachment_id: int) -> Path:
        """A read-only copy of the attachment under its own name in the temporary folder, for another program.

        The stored file has no extension for the system to choose a program by, and a program that saves in
        place would change content that other records share.
        """
        with self.db.session(write=False) as s:
            found = s.get(Attachment, attachment_id)
            if found is None or found.deleted_at is not None:
                raise NotFoundError("The attachment no longer exists; it may have been removed.")
            info = attachment_info(found)
        if not info.path.is_file():
            raise NotFoundError(f"The file '{info.file_name}' is not in the attachments folder of this computer "
                                f"({info.path.parent}). It may have been attached on another computer.")
        folder = Path(tempfile.gettempdir()) / f"{APP_NAME}-open" / info.sha256[:16]
        target = folder / (_UNSAFE_FILE_CHARS.sub("_", info.file_name).strip(" .") or "attachment")
        try:
            if not (target.is_file() and target.stat().st_size == info.size):
                folder.mkdir(parents=True, exist_ok=True)
                if target.exists():
                    os.chmod(target, stat.S_IREAD | stat.S_IWRITE)
                shutil.copyfile(info.path, target)
                os.chmod(target, stat.S_IREAD)
        except OSError as exc:
            raise ValidationError(f"The file '{info.file_name}' could not be copied to {folder} to open it: "
                                  f"{_os_reason(exc)}") from None
        return target

    def list_documents(self, deal_id: int) -> list[DocumentInfo]:
        """The documents generated for the deal, the latest first."""
        with self.db.session(write=False) as s:
            _get_deal(s, deal_id, allow_deleted=True)
            return [DocumentInfo(d.id, d.title or d.template, d.template, d.number, d.created_at,
                                 Path(d.file_path))
                    for d in s.scalars(select(Document).where(Document.deal_id == deal_id,
                                                              Document.deleted_at.is_(None))
                                       .order_by(Document.created_at.desc(), Document.id.desc()))]

    # ---- catalogue and lists -------------------------------------------------------------------------------

    def list_products(self, include_inactive: bool = False) -> list[ProductInfo]:
        with self.db.session(write=False) as s:
            stmt = select(Product).where(Product.deleted_at.is_(None)).order_by(Product.name, Product.id)
            if not include_inactive:
                stmt = stmt.where(Product.active.is_(True))
            return [ProductInfo(p.id, p.name, p.sku, p.unit, p.price, p.currency, p.vat_rate, p.active)
                    for p in s.scalars(stmt)]

    def save_product(self, product: ProductInfo | None, *, name: str, sku: str | None, unit: str, price: Decimal,
                     currency: str, vat_rate: Decimal, active: bool = True) -> int:
        """A new product when `product` is None, else that product updated; returns its id."""
        name = _required_text(name, "The product needs a name.", 300)
        sku = (sku or "").strip() or None
        if sku is not None and len(sku) > 80:
            raise ValidationError("The SKU is too long (80 characters at most).")
        unit = _required_text(unit, "Enter the unit the product is sold in (pcs, h, kg...).", 20)
        price = _money(price, "The price")
        currency = _check_currency(currency)
        vat_rate = _percent(vat_rate, "The VAT rate")
        with self.db.session() as s:
            if sku is not None:
                other = s.execute(select(Product.id, Product.name).where(Product.sku == sku)).first()
                if other is not None and (product is None or other.id != product.id):
                    raise ValidationError(f"The SKU '{sku}' is already used by '{other.name}'.")
            if product is None:
                record = Product()
                s.add(record)
            else:
                found = s.get(Product, product.id)
                if found is None or found.deleted_at is not None:
                    raise NotFoundError(f"The product '{product.name}' no longer exists.")
                record = found
            record.name, record.sku, record.unit, record.price = name, sku, unit, price
            record.currency, record.vat_rate, record.active = currency, vat_rate, active
            s.flush()
            self._log(s, "products", record.id, record.uuid,
                      ChangeAction.INSERT if product is None else ChangeAction.UPDATE, "name", None, name)
            return record.id

    def list_loss_reasons(self) -> list[tuple[int, str]]:
        with self.db.session(write=False) as s:
            return [(r.id, r.name) for r in s.execute(
                select(LossReason.id, LossReason.name)
                .where(LossReason.active.is_(True), LossReason.deleted_at.is_(None))
                .order_by(LossReason.position, LossReason.id))]

    def add_loss_reason(self, name: str) -> int:
        name = _required_text(name, "The loss reason needs a name.", 200)
        with self.db.session() as s:
            reasons = s.scalars(select(LossReason)).all()
            for reason in reasons:  # the list is short; casefold also matches non-Latin scripts
                if reason.name.casefold() == name.casefold():
                    if reason.active and reason.deleted_at is None:
                        raise ValidationError(f"The loss reason '{reason.name}' already exists.")
                    reason.active, reason.deleted_at = True, None  # bring back the one that was removed
                    return reason.id
            reason = LossReason(name=name, position=max((r.position for r in reasons), default=-1) + 1)
            s.add(reason)
            s.flush()
            return reason.id

    def list_owners(self) -> list[tuple[int, str]]:
        with self.db.session(write=False) as s:
            rows = s.execute(select(User.id, User.full_name, User.login)
                             .where(User.active.is_(True), User.deleted_at.is_(None))).all()
            return sorted(((r.id, r.full_name or r.login) for r in rows), key=lambda r: r[1].casefold())

    def list_lead_sources(self) -> list[tuple[int, str]]:
        with self.db.session(write=False) as s:
            return [(r.id, r.name) for r in s.execute(
                select(LeadSource.id, LeadSource.name)
                .where(LeadSource.active.is_(True), LeadSource.deleted_at.is_(None)).order_by(LeadSource.name))]

    def list_tags(self) -> list[tuple[int, str, str]]:
        with self.db.session(write=False) as s:
            return [(r.id, r.name, r.color) for r in s.execute(
                select(Tag.id, Tag.name, Tag.color).where(Tag.deleted_at.is_(None)).order_by(Tag.name))]

    # ---- automation ----------------------------------------------------------------------------------------

    def list_rules(self, stage_id: int) -> list[RuleInfo]:
        with self.db.session(write=False) as s:
            rules = s.scalars(select(StageAutomationRule).where(StageAutomationRule.stage_id == stage_id,
                                                                StageAutomationRule.deleted_at.is_(None))
                              .order_by(StageAutomationRule.position, StageAutomationRule.id))
            return [RuleInfo(r.id, r.stage_id, r.action, dict(r.params or {}), r.active) for r in rules]

    def save_rule(self, rule_id: int | None, stage_id: int, action: str, params: dict[str, object],
                  active: bool = True) -> int:
        with self.db.session() as s:
            stage = _get_stage(s, stage_id)
            clean = _checked_params(s, action, dict(params), stage.name)
            if rule_id is None:
                last = s.scalar(select(func.max(StageAutomationRule.position))
                                .where(StageAutomationRule.stage_id == stage_id))
                rule = StageAutomationRule(stage_id=stage_id, position=(last + 1) if last is not None else 0)
                s.add(rule)
            else:
                found = s.get(StageAutomationRule, rule_id)
                if found is None or found.deleted_at is not None:
                    raise NotFoundError("The automation rule no longer exists.")
                rule = found
            rule.stage_id, rule.action, rule.params, rule.active = stage_id, action, clean, active
            s.flush()
            return rule.id

    def delete_rule(self, rule_id: int) -> None:
        with self.db.session() as s:
            rule = s.get(StageAutomationRule, rule_id)
            if rule is None or rule.deleted_at is not None:
                raise NotFoundError("The automation rule no longer exists.")
            rule.deleted_at = self._clock()

    # ---- shared writing helpers ------------------------------------------------------------------------------

    def _close_stay(self, s: Session, deal_id: int, now: datetime) -> None:
        s.execute(update(DealStageHistory).where(DealStageHistory.deal_id == deal_id,
                                                 DealStageHistory.left_at.is_(None)).values(left_at=now))

    def _activity(self, s: Session, deal: Deal, kind: ActivityKind, subject: str, data: dict[str, object]) -> None:
        s.add(Activity(kind=kind.value, occurred_at=self._clock(), user_id=self.user_id, deal_id=deal.id,
                       company_id=deal.company_id, person_id=deal.person_id, subject=subject[:300], data=data))

    def _log(self, s: Session, entity: str, entity_id: int, entity_uuid: str | None, action: ChangeAction,
             field_name: str | None, old: object, new: object) -> None:
        s.add(ChangeLog(changed_at=self._clock(), user_id=self.user_id, entity=entity, entity_id=entity_id,
                        entity_uuid=entity_uuid, action=action.value, field=field_name, old_value=_text(old),
                        new_value=_text(new)))


def line_totals(lines: Sequence[DealLineInput]) -> LineTotals:
    """Net after discount (each line rounded to cents), VAT on the rounded lines, gross and the discount given."""
    net = vat = before = Decimal(0)
    for line in lines:
        full = Decimal(line.quantity) * Decimal(line.price)
        line_net = (full * (1 - Decimal(line.discount_pct) / 100)).quantize(_CENT, ROUND_HALF_UP)
        before += full
        net += line_net
        vat += line_net * Decimal(line.vat_rate) / 100
    net = net.quantize(_CENT)
    vat = vat.quantize(_CENT, ROUND_HALF_UP)
    return LineTotals(net=net, vat=vat, gross=net + vat,
                      discount=before.quantize(_CENT, ROUND_HALF_UP) - net)


def register_document_generator(fn: DocumentGenerator | None) -> None:
    global _document_generator
    _document_generator = fn


# ---- reading helpers -------------------------------------------------------------------------------------------

def _card_rows(s: Session, scope: Sequence[ColumnElement[bool]], now: datetime,
               by_stage: bool = False) -> Sequence[CardRow]:
    """The card data of the deals matching `scope`, in board order, from one query.

    The next task and the last activity come from grouped subqueries limited to the same deals, so their cost
    follows the board's size, not the size of the tasks and activities tables.
    """
    in_scope = select(Deal.id).where(*scope).correlate(None)
    # An open task without a due date is a planned next step to be done as soon as possible: it counts as due
    # now, so the card shows it as due today and the deal is not listed as one without a next task.
    next_task = (select(Task.deal_id.label("deal_id"),
                        func.min(func.coalesce(Task.due_at, literal(now, DateTime))).label("due"))
                 .where(Task.deal_id.in_(in_scope), Task.done_at.is_(None), Task.deleted_at.is_(None))
                 .group_by(Task.deal_id).subquery())
    last_activity = (select(Activity.deal_id.label("deal_id"), func.max(Activity.occurred_at).label("at"))
                     .where(Activity.deal_id.in_(in_scope), Activity.deleted_at.is_(None))
                     .group_by(Activity.deal_id).subquery())
    order: list[Any] = [Deal.board_position, Deal.id]
    stmt = (select(Deal.id, Deal.version, Deal.title, Deal.amount, Deal.currency, Deal.owner_id, User.full_name,
                   User.login, Deal.stage_id, Deal.board_position, Deal.stage_entered_at, Company.name,
                   Person.first_name, Person.last_name, next_task.c.due, last_activity.c.at)
            .outerjoin(Company, Company.id == Deal.company_id)
            .outerjoin(Person, Person.id == Deal.person_id)
            .outerjoin(User, User.id == Deal.owner_id)
            .outerjoin(next_task, next_task.c.deal_id == Deal.id)
            .outerjoin(last_activity, last_activity.c.deal_id == Deal.id)
            .where(*scope))
    if by_stage:
        stmt = stmt.join(Stage, Stage.id == Deal.stage_id)
        order = [Stage.pipeline_id, Stage.position, *order]
    return s.execute(stmt.order_by(*order)).all()


def _card_tags(s: Session, scope: Sequence[ColumnElement[bool]]) -> dict[int, tuple[str, ...]]:
    """Tag names per deal of the scope, alphabetical; no query beyond a probe when no tag exists at all."""
    if s.scalar(select(Tag.id).where(Tag.deleted_at.is_(None)).limit(1)) is None:
        return {}
    tags: dict[int, list[str]] = {}
    for deal_id, name in s.execute(select(deal_tags.c.deal_id, Tag.name).join(Tag, Tag.id == deal_tags.c.tag_id)
                                   .where(deal_tags.c.deal_id.in_(select(Deal.id).where(*scope).correlate(None)),
                                          Tag.deleted_at.is_(None)).order_by(Tag.name)):
        tags.setdefault(deal_id, []).append(name)
    return {deal_id: tuple(names) for deal_id, names in tags.items()}


def _person_name(first: str | None, last: str | None) -> str:
    return " ".join(p for p in (first, last) if p)


def _matches(r: CardRow, needle: str) -> bool:
    return any(needle in text.casefold() for text in (r.title, r.name or "", _person_name(r.first_name,
                                                                                          r.last_name)))


def _card(r: CardRow, now: datetime, rotting_days: int | None, tags: tuple[str, ...]) -> DealCard:
    # Unpacked by position: a board builds thousands of cards and named access to a row costs more.
    (deal_id, version, title, amount, currency, owner_id, full_name, login, stage_id, position, entered,
     company, first_name, last_name, next_due, last_activity) = r
    days = max(0, (now - entered).days)
    rotting = False
    if rotting_days is not None:
        quiet = (now - (last_activity or entered)).days
        rotting = days > rotting_days or quiet > rotting_days
    return DealCard(deal_id, version, title, company or _person_name(first_name, last_name), amount, currency,
                    owner_id, (full_name or login or "") if owner_id is not None else "", stage_id, position, days,
                    next_due, rotting, tags)


def _stage_infos(s: Session, pipeline_ids: Sequence[int]) -> dict[int, list[StageInfo]]:
    """The live stages of the pipelines in order, each with its number of open deals (one grouped query)."""
    counts = (select(Deal.stage_id.label("stage_id"), func.count(Deal.id).label("n"))
              .where(Deal.pipeline_id.in_(pipeline_ids), Deal.status == _OPEN, Deal.deleted_at.is_(None))
              .group_by(Deal.stage_id).subquery())
    rows = s.execute(select(Stage, counts.c.n).outerjoin(counts, counts.c.stage_id == Stage.id)
                     .where(Stage.pipeline_id.in_(pipeline_ids), Stage.deleted_at.is_(None))
                     .order_by(Stage.position, Stage.id)).all()
    found: dict[int, list[StageInfo]] = {}
    for stage, n in rows:
        found.setdefault(stage.pipeline_id, []).append(_stage_info(stage, n or 0))
    return found


def _stage_info(stage: Stage, open_deals: int) -> StageInfo:
    return StageInfo(stage.id, stage.pipeline_id, stage.name, stage.position, stage.probability,
                     stage.rotting_days, stage.color, open_deals)


def _open_count(s: Session, stage_id: int) -> int:
    return s.scalar(select(func.count(Deal.id)).where(Deal.stage_id == stage_id, Deal.status == _OPEN,
                                                      Deal.deleted_at.is_(None))) or 0


def _column_end(s: Session, pipeline_id: int, stage_id: int, exclude: int | None = None) -> float:
    """The board position of the last open card of a column, 0.0 for an empty one."""
    stmt = select(func.max(Deal.board_position)).where(Deal.pipeline_id == pipeline_id, Deal.stage_id == stage_id,
                                                       Deal.status == _OPEN, Deal.deleted_at.is_(None))
    if exclude is not None:
        stmt = stmt.where(Deal.id != exclude)
    return float(s.scalar(stmt) or 0.0)


def _open_task_exists() -> Exists:
    return (select(Task.id).where(Task.deal_id == Deal.id, Task.done_at.is_(None), Task.deleted_at.is_(None))
            .exists())


def _has_open_task(s: Session, deal_id: int) -> bool:
    return s.scalar(select(Task.id).where(Task.deal_id == deal_id, Task.done_at.is_(None),
                                          Task.deleted_at.is_(None)).limit(1)) is not None


def _get_pipeline(s: Session, pipeline_id: int) -> Pipeline:
    pipeline = s.get(Pipeline, pipeline_id)
    if pipeline is None or pipeline.deleted_at is not None:
        raise NotFoundError("That pipeline no longer exists.")
    return pipeline


def _get_stage(s: Session, stage_id: int) -> Stage:
    stage = s.get(Stage, stage_id)
    if stage is None or stage.deleted_at is not None:
        raise NotFoundError("That stage no longer exists.")
    return stage


def _get_deal(s: Session, deal_id: int, allow_deleted: bool = False) -> Deal:
    deal = s.get(Deal, deal_id)
    if deal is None or (deal.deleted_at is not None and not allow_deleted):
        raise NotFoundError("The deal no longer exists; it may have been deleted.")
    return deal


def _deal_differences(theirs: DealInput, yours: DealInput) -> tuple[tuple[str, object, object], ...]:
    """(field, their value, your value) of each field whose values differ; blank text is no text, tags a set."""
    found: list[tuple[str, object, object]] = []
    for f in fields(DealInput):
        other, mine = getattr(theirs, f.name), getattr(yours, f.name)
        if f.name == "tag_ids":
            differs = set(other) != set(mine)
        elif f.name == "lines":
            differs = [_line_key(line) for line in other] != [_line_key(line) for line in mine]
        elif isinstance(other, str | None) and isinstance(mine, str | None):
            differs = (other or "").strip() != (mine or "").strip()
        else:
            differs = other != mine
        if differs:
            found.append((f.name, other, mine))
    return tuple(found)


def _check_version(deal: Deal, expected_version: int | None) -> None:
    if expected_version is not None and deal.version != expected_version:
        raise ConflictError(f"The deal '{deal.title}' was changed by someone else after you opened it. "
                            "Reload it to see the change, then try again.")


def _table(model: type[Any]) -> Table:
    table: Table = model.__table__
    return table


# ---- finding parties and storing files ------------------------------------------------------------------------

def _casefold(value: object) -> str | None:
    return value.casefold() if isinstance(value, str) else None


def _case_folder(s: Session) -> tuple[Callable[[Any], Any], Callable[[str], str]]:
    """How to fold letter case in SQL and, alike, in Python, for the database the session is on.

    SQLite's lower() and LIKE fold ASCII letters only ('иванов' would not find 'Иванов'), so on SQLite Python's
    casefold() is registered as a SQL function of the connection; other databases' lower() knows Unicode.
    """
    if s.get_bind().dialect.name != "sqlite":
        return func.lower, str.lower
    raw: Any = s.connection().connection.driver_connection
    raw.create_function(_FOLD, 1, _casefold, deterministic=True)
    return getattr(func, _FOLD), str.casefold


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def attachments_dir() -> Path:
    """The folder of this computer that holds the attached files, each content once."""
    return config.data_dir() / ATTACHMENTS_DIR


def attachment_info(a: Attachment) -> AttachmentInfo:
    # Stored relative to the data folder, so a moved data folder keeps its files; an absolute path stays as it is.
    return AttachmentInfo(a.id, a.file_name, a.size, a.sha256, a.mime_type, a.created_at,
                          config.data_dir() / a.stored_path)


def _fit_file_name(name: str, max_len: int = 300) -> str:
    name = name.strip()
    if not name:
        raise ValidationError("Choose a file to attach.")
    if len(name) <= max_len:
        return name
    suffix = Path(name).suffix[:20]
    return name[:max_len - len(suffix)] + suffix


def _os_reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _store_file(source: Path, progress: Progress) -> tuple[str, int, str]:
    """Copy `source` into the attachments folder; its SHA-256, size and stored path (relative to the data folder).

    Written under a temporary name, flushed to the disk, then renamed: the folder never holds a partial file
    under a content name. A content stored before is kept and the new copy dropped.
    """
    try:
        if not source.exists():
            raise ValidationError(f"The file '{source}' does not exist; it may have been moved or deleted.")
        if not source.is_file():
            raise ValidationError(f"'{source}' is not a file; choose a file to attach.")
        total = source.stat().st_size
        reader = source.open("rb")
    except OSError as exc:
        raise ValidationError(f"The file '{source}' cannot be read: {_os_reason(exc)}.") from None
    root = attachments_dir()
    with reader:
        try:
            root.mkdir(parents=True, exist_ok=True)
            handle, temp_name = tempfile.mkstemp(prefix=".incoming-", suffix=".part", dir=root)
        except OSError as exc:
            raise ValidationError(_storage_message(source, root, exc)) from None
        temp = Path(temp_name)
        try:
            digest = hashlib.sha256()
            size = 0
            with os.fdopen(handle, "wb") as out:
                while True:
                    try:
                        chunk = reader.read(_COPY_CHUNK)
                    except OSError as exc:
                        raise ValidationError(f"The file '{source}' cannot be read: {_os_reason(exc)}.") from None
                    if not chunk:
                        break
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                    progress.step(size, total, source.name)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            folder = root / sha[:2]
            folder.mkdir(exist_ok=True)
            target = folder / sha
            if target.is_file() and target.stat().st_size == size:
                temp.unlink()
            else:
                os.replace(temp, target)
                _fsync_dir(folder)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise ValidationError(_storage_message(source, root, exc)) from None
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    return sha, size, f"{ATTACHMENTS_DIR}/{sha[:2]}/{sha}"


def _storage_message(source: Path, root: Path, exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return (f"There is not enough free space on the disk of {root} to store '{source.name}'. Free some space "
                "and attach it again; nothing was attached.")
    return f"'{source.name}' could not be stored in {root}: {_os_reason(exc)}. Nothing was attached."


def _fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut (POSIX; Windows has no directory handles to flush)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ---- validation ----------------------------------------------------------------------------------------------

def _required_text(value: str | None, message: str, max_len: int) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(message)
    if len(text) > max_len:
        raise ValidationError(f"'{text[:40]}…' is too long ({max_len} characters at most).")
    return text


def _refuse_duplicate(names: Iterable[str], name: str, message: str) -> None:
    if any(n.casefold() == name.casefold() for n in names):
        raise ValidationError(message)


def _deals(n: int) -> str:
    return f"{n} deal" if n == 1 else f"{n} deals"


def _decimal(value: object, what: str) -> Decimal:
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except (ArithmeticError, ValueError):
        raise ValidationError(f"{what} must be a number.") from None
    if not number.is_finite():
        raise ValidationError(f"{what} must be a number.")
    return number


def _money(value: object, what: str) -> Decimal:
    number = _decimal(value, what)
    if number < 0:
        raise ValidationError(f"{what} cannot be negative.")
    if number > Decimal("9999999999999999.99"):
        raise ValidationError(f"{what} is too large.")
    return number.quantize(_CENT, ROUND_HALF_UP)


def _percent(value: object, what: str) -> Decimal:
    number = _decimal(value, what)
    if not 0 <= number <= 100:
        raise ValidationError(f"{what} must be between 0 and 100 %.")
    return number


def _check_probability(value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 100:
        raise ValidationError("The probability must be a whole number between 0 and 100 %.")


def _check_rotting(value: object) -> None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 3650):
        raise ValidationError("The rotting limit must be a number of days between 1 and 3650, or empty.")


def _check_color(value: str) -> None:
    if not isinstance(value, str) or not _COLOR.fullmatch(value):
        raise ValidationError(f"'{value}' is not a colour; use the form #RRGGBB.")


def _check_currency(value: str) -> str:
    code = (value or "").strip().upper()
    if not _CURRENCY.fullmatch(code):
        raise ValidationError(f"'{value}' is not a currency code; use three letters such as EUR or USD.")
    return code


def _int(value: object, default: int) -> int:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"'{value}' is not a whole number.")
    return value


def _require(s: Session, model: type[Any], record_id: int | None, message: str) -> None:
    if record_id is None:
        return
    record = s.get(model, record_id)
    if record is None or record.deleted_at is not None:
        raise ValidationError(message)


def _checked_deal(s: Session, data: DealInput) -> DealInput:
    """The input with its text trimmed and its numbers normalised, or a ValidationError saying what is wrong."""
    title = _required_text(data.title, "The deal needs a title.", 300)
    pipeline = _get_pipeline(s, data.pipeline_id)
    stage = s.get(Stage, data.stage_id)
    if stage is None or stage.deleted_at is not None:
        raise ValidationError("Choose a stage for the deal.")
    if stage.pipeline_id != pipeline.id:
        raise ValidationError(f"The stage '{stage.name}' is not a stage of the pipeline '{pipeline.name}'.")
    currency = _check_currency(data.currency)
    amount = None if data.amount is None else _money(data.amount, "The amount")
    if data.probability is not None:
        _check_probability(data.probability)
    if data.expected_close_on is not None and not isinstance(data.expected_close_on, date):
        raise ValidationError("The expected closing date is not a date.")
    _require(s, LeadSource, data.lead_source_id, "That lead source no longer exists; choose another one.")
    _require(s, Campaign, data.campaign_id, "That campaign no longer exists; choose another one.")
    _require(s, Company, data.company_id, "That company no longer exists; choose another one.")
    _require(s, Person, data.person_id, "That contact person no longer exists; choose another one.")
    _require(s, User, data.owner_id, "That user no longer exists; choose another owner.")
    for tag_id in data.tag_ids:
        _require(s, Tag, tag_id, "One of the tags no longer exists; reload and choose again.")
    lines = []
    for no, line in enumerate(data.lines, 1):
        name = _required_text(line.name, f"Line {no} needs a name.", 300)
        quantity = _decimal(line.quantity, f"The quantity of '{name}'")
        if quantity <= 0:
            raise ValidationError(f"The quantity of '{name}' must be more than 0.")
        _require(s, Product, line.product_id, f"The product of line '{name}' no longer exists.")
        lines.append(DealLineInput(
            name=name, quantity=quantity, price=_money(line.price, f"The price of '{name}'"),
            discount_pct=_percent(line.discount_pct, f"The discount of '{name}'"),
            vat_rate=_percent(line.vat_rate, f"The VAT rate of '{name}'"),
            unit=_required_text(line.unit, f"Enter the unit of '{name}'.", 20), product_id=line.product_id))
    return replace(data, title=title, currency=currency, amount=amount, notes=(data.notes or "").strip() or None,
                   tag_ids=tuple(dict.fromkeys(data.tag_ids)), lines=tuple(lines))


def _deal_amount(data: DealInput) -> tuple[Decimal, bool]:
    if data.amount is not None:
        return data.amount, False
    if data.lines:
        return line_totals(data.lines).net, True
    return Decimal(0), False


def _line_key(line: DealLineInput) -> tuple[object, ...]:
    return (line.name, line.unit, Decimal(line.quantity), Decimal(line.price), Decimal(line.discount_pct),
            Decimal(line.vat_rate), line.product_id)


def _line_tuple(lines: Sequence[DealLine]) -> list[tuple[object, ...]]:
    return [(x.name, x.unit, x.quantity, x.price, x.discount_pct, x.vat_rate, x.product_id) for x in lines]


def _deal_lines(lines: Sequence[DealLineInput]) -> list[DealLine]:
    return [DealLine(name=x.name, unit=x.unit, quantity=x.quantity, price=x.price, discount_pct=x.discount_pct,
                     vat_rate=x.vat_rate, product_id=x.product_id, position=pos) for pos, x in enumerate(lines)]


def _set_tags(s: Session, deal_id: int, tag_ids: Sequence[int]) -> bool:
    """Make the deal's tags exactly `tag_ids`; True when that changed anything."""
    current = set(s.scalars(select(deal_tags.c.tag_id).where(deal_tags.c.deal_id == deal_id)))
    wanted = set(tag_ids)
    if current - wanted:
        s.execute(delete(deal_tags).where(deal_tags.c.deal_id == deal_id,
                                          deal_tags.c.tag_id.in_(current - wanted)))
    if wanted - current:
        s.execute(insert(deal_tags), [{"deal_id": deal_id, "tag_id": t} for t in sorted(wanted - current)])
    return current != wanted


def _checked_params(s: Session, action: str, params: dict[str, object], stage_name: str) -> dict[str, object]:
    """The parameters of an automation rule, checked; the message names the stage, as a rule may be old."""
    where = f"The automation rule of the stage '{stage_name}'"
    if action == "create_task":
        title = params.get("title")
        if not isinstance(title, str) or not title.strip():
            raise ValidationError(f"{where} needs the title of the task it creates.")
        kind = params.get("kind") or TaskKind.TODO.value
        if not isinstance(kind, str) or len(kind) > 40:
            raise ValidationError(f"{where} has an unknown task kind.")
        offset = params.get("offset_days", 0)
        if isinstance(offset, bool) or not isinstance(offset, int) or not 0 <= offset <= 3650:
            raise ValidationError(f"{where}: the task is due a whole number of days (0 to 3650) after the move.")
        owner = params.get("owner_id")
        if owner is not None and (not isinstance(owner, int) or s.get(User, owner) is None):
            raise ValidationError(f"{where} gives the task to a user who no longer exists; choose another one.")
        return {"kind": kind, "title": title.strip(), "offset_days": offset, "owner_id": owner}
    if action == "set_field":
        name, value = params.get("field"), params.get("value")
        if name not in SETTABLE_FIELDS:
            raise ValidationError(f"{where} sets a field that cannot be set; choose one of: "
                                  f"{', '.join(SETTABLE_FIELDS)}.")
        if name == "probability":
            _check_probability(value)
        elif name == "expected_close_on_days":
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 3650:
                raise ValidationError(f"{where}: the expected closing date is a whole number of days (0 to 3650) "
                                      "after the move.")
        elif value is not None:
            model: type[Any] = User if name == "owner_id" else LeadSource
            if not isinstance(value, int) or s.get(model, value) is None:
                label = "user" if name == "owner_id" else "lead source"
                raise ValidationError(f"{where} sets a {label} that no longer exists; choose another one.")
        return {"field": name, "value": value}
    if action == "generate_document":
        template = params.get("template")
        if not isinstance(template, str) or not template.strip():
            raise ValidationError(f"{where} needs the document template to generate.")
        return {**params, "template": template.strip()}
    raise ValidationError(f"'{action}' is not an automation; choose one of: {', '.join(RULE_ACTIONS)}.")


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)
