"""The conflict dialog shared by the person, company, task and deal editors: which value it proposes per field."""

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from crm_desktop.services.tasks import TaskInput, TaskService
from crm_desktop.ui.conflicts import ConflictDialog, untouched_fields
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.i18n import local_to_utc
from crm_desktop.ui.tasks.task_dialog import TaskDialog
from tests.ui.helpers import answer_modal


@dataclass(frozen=True)
class Opened:
    title: str = "Call back"
    notes: str | None = None
    tag_ids: tuple[int, ...] = (1, 2)
    custom: dict[str, object] = field(default_factory=lambda: {"budget": 10, "region": "North"})


def test_fields_the_user_left_as_opened_are_untouched_by_what_they_mean() -> None:
    opened = Opened()
    conflict = (
        ("title", "Call back today", "Call back"),        # only they changed it
        ("notes", "Urgent", "  "),                          # blank typed over nothing: untouched
        ("tag_ids", (3,), (2, 1)),                         # the same tags in another order
        ("custom", {"budget": 20}, {"budget": 10}),        # only the differing key is listed
        ("owner_id", 4, 5),                                # not a field of the opened record: touched
    )
    assert untouched_fields(opened, conflict) == {"title", "notes", "tag_ids", "custom"}
    assert untouched_fields(opened, (("title", "Theirs", "Mine"),)) == set()
    assert untouched_fields(None, conflict) == set()


def test_the_dialog_proposes_their_value_only_where_asked(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ConflictDialog([("title", "Title", "Theirs", "Mine"), ("notes", "Notes", "Urgent", "(empty)")],
                            theirs_default={"notes"})
    qtbot.addWidget(dialog)
    assert dialog.radios["title"][1].isChecked()
    assert dialog.radios["notes"][0].isChecked()
    assert dialog.theirs_chosen() == {"notes"}


def test_a_task_saved_over_a_colleagues_change_keeps_the_fields_only_they_changed(
        qtbot, ctx: AppContext, warnings: list[str]) -> None:  # type: ignore[no-untyped-def]
    service = TaskService(ctx.db, ctx.user_id)
    task_id = service.create(TaskInput(title="Call back", notes="Ask about May",
                                       due_at=local_to_utc(datetime.now().replace(second=0, microsecond=0)
                                                           + timedelta(days=1)))).id
    dialog = TaskDialog(ctx, task_id)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Call back Anna")
    theirs = service.get(task_id)
    service.update(task_id, replace(theirs.input, notes="She called: ask about June"), theirs.version)
    proposed: list[dict[str, bool]] = []

    def save(widget: QWidget) -> None:
        assert isinstance(widget, ConflictDialog)
        proposed.append({name: pair[0].isChecked() for name, pair in widget.radios.items()})
        qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)

    answer_modal(qtbot, ConflictDialog, save)
    assert dialog.save()
    assert warnings == []
    assert proposed == [{"title": False, "notes": True}]
    stored = service.get(task_id).input
    assert (stored.title, stored.notes) == ("Call back Anna", "She called: ask about June")
