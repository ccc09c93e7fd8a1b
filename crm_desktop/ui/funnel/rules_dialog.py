"""Automation rules of a stage: what happens when a deal enters it (a task, a field set, a document)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.models import TaskKind
from crm_desktop.services.pipeline import RULE_ACTIONS, SETTABLE_FIELDS, PipelineService, RuleInfo
from crm_desktop.ui.dialogs import ask_yes_no, side_button

RULE_ID_ROLE = Qt.ItemDataRole.UserRole
DOCUMENT_TEMPLATES = ("offer", "invoice", "contract", "letter")


def _int(value: object, default: int = 0) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default


def _id(value: object) -> int | None:
    return None if value is None else _int(value)


class RuleTexts(QObject):
    """Readable names of actions, task kinds, fields and templates; a QObject so the names are translated."""

    def action_name(self, action: str) -> str:
        return {"create_task": self.tr("Create a task"), "set_field": self.tr("Set a field"),
                "generate_document": self.tr("Generate a document")}.get(action, action)

    def kind_name(self, kind: str) -> str:
        return {TaskKind.CALL.value: self.tr("Call"), TaskKind.MEETING.value: self.tr("Meeting"),
                TaskKind.EMAIL.value: self.tr("Email"), TaskKind.TODO.value: self.tr("To-do")}.get(kind, kind)

    def field_name(self, field: str) -> str:
        return {"probability": self.tr("Win probability"), "owner_id": self.tr("Owner"),
                "expected_close_on_days": self.tr("Expected close (days from the move)"),
                "lead_source_id": self.tr("Lead source")}.get(field, field)

    def template_name(self, template: str) -> str:
        return {"offer": self.tr("Offer"), "invoice": self.tr("Invoice"), "contract": self.tr("Contract"),
                "letter": self.tr("Letter")}.get(template, template)


class RuleEditorDialog(QDialog):
    """Edits one rule: the action, its parameters and whether it is active; OK saves it through the service."""

    def __init__(self, service: PipelineService, stage_id: int, rule: RuleInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ruleEditor")
        self.setWindowTitle(self.tr("New rule") if rule is None else self.tr("Edit rule"))
        self.service = service
        self.stage_id = stage_id
        self.rule = rule
        self.saved_rule_id: int | None = None
        self.texts = RuleTexts(self)
        owners = service.list_owners()

        self.action = QComboBox(self)
        self.action.setObjectName("ruleAction")
        for action in RULE_ACTIONS:
            self.action.addItem(self.texts.action_name(action), action)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("ruleParams")

        # create_task
        task_page = QWidget(self.pages)
        self.task_kind = QComboBox(task_page)
        self.task_kind.setObjectName("ruleTaskKind")
        for kind in TaskKind:
            self.task_kind.addItem(self.texts.kind_name(kind.value), kind.value)
        self.task_offset = QSpinBox(task_page)
        self.task_offset.setObjectName("ruleTaskOffset")
        self.task_offset.setRange(0, 3650)
        self.task_offset.setSpecialValueText(self.tr("The same day"))
        self.task_title = QLineEdit(task_page)
        self.task_title.setObjectName("ruleTaskTitle")
        self.task_title.setPlaceholderText(self.tr("For example: Call about the proposal"))
        self.task_owner = QComboBox(task_page)
        self.task_owner.setObjectName("ruleTaskOwner")
        self.task_owner.addItem(self.tr("Deal owner"), None)
        for user_id, name in owners:
            self.task_owner.addItem(name, user_id)
        task_form = self._form(task_page)
        self._row(task_form, self.tr("&Kind:"), self.task_kind)
        self._row(task_form, self.tr("&Due after:"), self.task_offset)
        self._row(task_form, self.tr("&Task:"), self.task_title)
        self._row(task_form, self.tr("&Assign to:"), self.task_owner)

        # set_field: one value editor per field, so each shows the right kind of value
        field_page = QWidget(self.pages)
        self.field = QComboBox(field_page)
        self.field.setObjectName("ruleField")
        for name in SETTABLE_FIELDS:
            self.field.addItem(self.texts.field_name(name), name)
        self.values = QStackedWidget(field_page)
        self.values.setObjectName("ruleFieldValue")
        self.value_probability = QSpinBox(self.values)
        self.value_probability.setObjectName("ruleValueProbability")
        self.value_probability.setRange(0, 100)
        self.value_probability.setSuffix(self.tr(" %"))
        self.value_owner = QComboBox(self.values)
        self.value_owner.setObjectName("ruleValueOwner")
        self.value_owner.addItem(self.tr("(nobody)"), None)
        for user_id, name in owners:
            self.value_owner.addItem(name, user_id)
        self.value_days = QSpinBox(self.values)
        self.value_days.setObjectName("ruleValueDays")
        self.value_days.setRange(0, 3650)
        self.value_source = QComboBox(self.values)
        self.value_source.setObjectName("ruleValueLeadSource")
        self.value_source.addItem(self.tr("(none)"), None)
        for source_id, name in service.list_lead_sources():
            self.value_source.addItem(name, source_id)
        self.value_editors: dict[str, QWidget] = {
            "probability": self.value_probability, "owner_id": self.value_owner,
            "expected_close_on_days": self.value_days, "lead_source_id": self.value_source,
        }
        for editor in self.value_editors.values():
            self.values.addWidget(editor)
        # As tall as its tallest editor: a stack would otherwise stretch a spin box over the whole page.
        self.values.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        field_form = self._form(field_page)
        self._row(field_form, self.tr("&Field:"), self.field)
        self.value_label = self._row(field_form, self.tr("&Value:"), self.values)

        # generate_document: a built-in template or the name of one of the user's templates
        document_page = QWidget(self.pages)
        self.template = QComboBox(document_page)
        self.template.setObjectName("ruleTemplate")
        self.template.setEditable(True)
        self.template.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for template in self._template_names():
            self.template.addItem(self.texts.template_name(template), template)
        document_form = self._form(document_page)
        self._row(document_form, self.tr("T&emplate:"), self.template)
        hint = QLabel(self.tr("A built-in template, or type the name of one of your templates."), document_page)
        hint.setWordWrap(True)
        document_form.addRow(hint)

        self.pages_by_action = {"create_task": task_page, "set_field": field_page, "generate_document": document_page}
        for page in self.pages_by_action.values():
            self.pages.addWidget(page)
        self.pages.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        for spin in (self.task_offset, self.value_days):
            spin.valueChanged.connect(lambda value, box=spin: self._days_suffix(box, value))
            self._days_suffix(spin, spin.value())

        self.active = QCheckBox(self.tr("A&ctive"), self)
        self.active.setObjectName("ruleActive")
        self.active.setChecked(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("ruleButtons")
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ruleOkButton")
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        top = self._form(None)
        self._row(top, self.tr("&When a deal enters the stage:"), self.action)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages)
        layout.addWidget(self.active)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.action.currentIndexChanged.connect(self.on_action_changed)
        self.field.currentIndexChanged.connect(self.on_field_changed)
        if rule is not None:
            self._load(rule)
        self.on_action_changed()
        self.on_field_changed()
        self.resize(520, 320)

    def _template_names(self) -> list[str]:
        """The bundled templates, then the user's own, each name once (bundled ones exist per language)."""
        from crm_desktop.services.documents import DocumentService  # loads the template engine

        names = list(DOCUMENT_TEMPLATES)
        try:
            # One language: the bundled names are the same in each, and every template listed is read once.
            templates = DocumentService(self.service.db, self.service.user_id).list_templates("en")
        except CrmError:
            return names  # a folder that cannot be read leaves the bundled names and typing one
        return names + sorted({t.name for t in templates if t.name not in names}, key=str.casefold)

    def _days_suffix(self, spin: QSpinBox, value: int) -> None:
        # Plural forms differ by language (1 day, 2 dagen, 5 дней): the suffix follows the number.
        spin.setSuffix(self.tr(" day(s)", "", value))

    def _form(self, parent: QWidget | None) -> QFormLayout:
        form = QFormLayout(parent) if parent is not None else QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _row(self, form: QFormLayout, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, field.parentWidget())
        label.setBuddy(field)
        form.addRow(label, field)
        return label

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _load(self, rule: RuleInfo) -> None:
        params = rule.params
        self._select(self.action, rule.action)
        self.active.setChecked(rule.active)
        if rule.action == "create_task":
            self._select(self.task_kind, params.get("kind"))
            self.task_offset.setValue(_int(params.get("offset_days")))
            self.task_title.setText(str(params.get("title") or ""))
            self._select(self.task_owner, _id(params.get("owner_id")))
        elif rule.action == "set_field":
            field = str(params.get("field"))
            self._select(self.field, field)
            value = params.get("value")
            if field == "probability":
                self.value_probability.setValue(_int(value))
            elif field == "owner_id":
                self._select(self.value_owner, _id(value))
            elif field == "expected_close_on_days":
                self.value_days.setValue(_int(value))
            elif field == "lead_source_id":
                self._select(self.value_source, _id(value))
        elif rule.action == "generate_document":
            template = str(params.get("template") or "")
            found = self.template.findData(template)
            if found >= 0:
                self.template.setCurrentIndex(found)
            else:
                self.template.setEditText(template)

    @Slot()
    def on_action_changed(self) -> None:
        page = self.pages_by_action.get(str(self.action.currentData()))
        if page is not None:
            self.pages.setCurrentWidget(page)

    @Slot()
    def on_field_changed(self) -> None:
        editor = self.value_editors.get(str(self.field.currentData()))
        if editor is not None:
            self.values.setCurrentWidget(editor)
            # The label's mnemonic must reach the editor that is shown, not the stack.
            self.value_label.setBuddy(editor)

    def template_key(self) -> str:
        text = self.template.currentText().strip()
        found = self.template.findText(text, Qt.MatchFlag.MatchExactly)
        return str(self.template.itemData(found)) if found >= 0 else text

    def params(self) -> dict[str, object]:
        """The parameters of the chosen action, as the service stores them."""
        action = str(self.action.currentData())
        if action == "create_task":
            return {"kind": str(self.task_kind.currentData()), "offset_days": self.task_offset.value(),
                    "title": self.task_title.text().strip(), "owner_id": self.task_owner.currentData()}
        if action == "set_field":
            field = str(self.field.currentData())
            value: object = {
                "probability": self.value_probability.value(), "owner_id": self.value_owner.currentData(),
                "expected_close_on_days": self.value_days.value(), "lead_source_id": self.value_source.currentData(),
            }[field]
            return {"field": field, "value": value}
        return {"template": self.template_key()}

    def accept(self) -> None:
        action = str(self.action.currentData())
        if action == "generate_document" and not self.template_key():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose a template or type its name."))
            self.template.setFocus()
            return
        try:
            self.saved_rule_id = self.service.save_rule(
                self.rule.id if self.rule else None, self.stage_id, action, self.params(),
                active=self.active.isChecked())
        except CrmError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        super().accept()


class RulesDialog(QDialog):
    """Lists a stage's automation rules; Add and Edit open a rule editor, Delete removes a rule after asking."""

    def __init__(self, service: PipelineService, stage_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.service = service
        self.stage_id = stage_id
        self.rules: list[RuleInfo] = []
        self.editor: RuleEditorDialog | None = None
        self.texts = RuleTexts(self)
        self.owners = dict(service.list_owners())
        self.sources = dict(service.list_lead_sources())
        stage_name = next((s.name for p in service.list_pipelines() for s in p.stages if s.id == stage_id), "")
        self.setWindowTitle(self.tr("Automation rules: %1").replace("%1", stage_name))

        intro = QLabel(self.tr("What happens each time a deal enters the stage '%1':").replace("%1", stage_name),
                       self)
        intro.setWordWrap(True)
        self.rules_list = QListWidget(self)
        self.rules_list.setObjectName("rulesList")
        self.rules_list.setAccessibleName(self.tr("Rules"))
        intro.setBuddy(self.rules_list)
        self.empty_label = QLabel(self.tr("No rules yet: deals enter this stage without automatic actions."), self)
        self.empty_label.setObjectName("rulesEmpty")
        self.empty_label.setWordWrap(True)

        self.add_button = self._button(self.tr("&Add rule…"), "addRuleButton")
        self.edit_button = self._button(self.tr("&Edit…"), "editRuleButton")
        self.delete_button = self._button(self.tr("&Delete"), "deleteRuleButton")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("rulesButtons")
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        side.addWidget(self.add_button)
        side.addWidget(self.edit_button)
        side.addWidget(self.delete_button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.rules_list, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(620, 360)

        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        self.rules_list.itemActivated.connect(self.on_list_item_activated)
        self.rules_list.currentRowChanged.connect(self.on_list_current_row_changed)
        self.reload()

    def _button(self, text: str, name: str) -> QPushButton:
        return side_button(self, text, name)

    def confirm(self, text: str) -> bool:
        return ask_yes_no(self, self.windowTitle(), text)

    def reload(self, select_rule_id: int | None = None) -> None:
        current = self.current_rule()
        if select_rule_id is None and current is not None:
            select_rule_id = current.id
        self.rules = self.service.list_rules(self.stage_id)
        self.rules_list.clear()
        disabled = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for rule in self.rules:
            text = self.describe(rule)
            if not rule.active:
                text = self.tr("%1 (inactive)").replace("%1", text)
            item = QListWidgetItem(text, self.rules_list)
            item.setData(RULE_ID_ROLE, rule.id)
            if not rule.active:
                item.setForeground(disabled)
        row = next((i for i, r in enumerate(self.rules) if r.id == select_rule_id), 0 if self.rules else -1)
        self.rules_list.setCurrentRow(row)
        self.empty_label.setVisible(not self.rules)
        self.on_list_current_row_changed()

    def describe(self, rule: RuleInfo) -> str:
        """One line saying what the rule does."""
        params = rule.params
        if rule.action == "create_task":
            owner_id = _id(params.get("owner_id"))
            owner = self.tr("the deal owner") if owner_id is None else self.owners.get(owner_id, "?")
            days = _int(params.get("offset_days"))
            when = self.tr("the same day") if days == 0 else self.tr("after %n day(s)", "", days)
            return (self.tr("Task: %1 '%2', due %3, for %4")
                    .replace("%1", self.texts.kind_name(str(params.get("kind"))))
                    .replace("%2", str(params.get("title") or "")).replace("%3", when).replace("%4", owner))
        if rule.action == "set_field":
            field = str(params.get("field"))
            value = params.get("value")
            if field == "probability":
                shown = self.tr("%1 %").replace("%1", str(value))
            elif field == "owner_id":
                shown = self.tr("(nobody)") if value is None else self.owners.get(_int(value), "?")
            elif field == "lead_source_id":
                shown = self.tr("(none)") if value is None else self.sources.get(_int(value), "?")
            elif field == "expected_close_on_days":
                shown = self.tr("%n day(s) after the move", "", _int(value))
            else:
                shown = str(value)
            return self.tr("Set %1 to %2").replace("%1", self.texts.field_name(field)).replace("%2", shown)
        if rule.action == "generate_document":
            template = str(params.get("template") or "")
            return self.tr("Generate the document '%1'").replace("%1", self.texts.template_name(template))
        return rule.action

    def current_rule(self) -> RuleInfo | None:
        row = self.rules_list.currentRow()
        return self.rules[row] if 0 <= row < len(self.rules) else None

    def open_editor(self, rule: RuleInfo | None) -> RuleEditorDialog:
        """Open the rule editor window-modally without blocking; the list follows when it is accepted."""
        self.editor = RuleEditorDialog(self.service, self.stage_id, rule, self)
        self.editor.accepted.connect(self.on_editor_accepted)
        self.editor.open()
        return self.editor

    @Slot()
    def on_editor_accepted(self) -> None:
        if self.editor is not None:
            self.reload(self.editor.saved_rule_id)

    @Slot()
    def on_list_current_row_changed(self) -> None:
        has = self.current_rule() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    @Slot()
    def on_add_button_clicked(self) -> None:
        self.open_editor(None)

    @Slot()
    def on_edit_button_clicked(self) -> None:
        rule = self.current_rule()
        if rule is not None:
            self.open_editor(rule)

    @Slot(QListWidgetItem)
    def on_list_item_activated(self, _item: QListWidgetItem) -> None:
        self.on_edit_button_clicked()

    @Slot()
    def on_delete_button_clicked(self) -> None:
        rule = self.current_rule()
        if rule is None or not self.confirm(self.tr("Delete the rule '%1'?").replace("%1", self.describe(rule))):
            return
        try:
            self.service.delete_rule(rule.id)
        except CrmError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
        self.reload()
