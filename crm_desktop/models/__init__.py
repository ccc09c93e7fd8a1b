"""The ORM classes of the whole product (SQLAlchemy 2 typed mappings); importing this registers them all."""

from crm_desktop.models.base import Base, new_uuid, utcnow
from crm_desktop.models.enums import (
    ActivityKind,
    ChangeAction,
    ChannelKind,
    ContactStatus,
    DealStatus,
    EntityKind,
    FieldType,
    Role,
    TaskKind,
)
from crm_desktop.models.imports import ImportItem, ImportRun
from crm_desktop.models.meta import (
    AppSetting,
    Attachment,
    ChangeLog,
    CustomFieldDefinition,
    CustomFieldValue,
    Document,
    MergeRecord,
    NumberSequence,
    SavedSegment,
    Tag,
    company_tags,
    deal_tags,
    person_tags,
)
from crm_desktop.models.people import Company, ContactChannel, Person, User
from crm_desktop.models.sales import (
    Campaign,
    Deal,
    DealLine,
    DealStageHistory,
    LeadSource,
    LossReason,
    Pipeline,
    Product,
    SalesPlan,
    Stage,
    StageAutomationRule,
)
from crm_desktop.models.sharing import ChangeCounter, OfflineBase, OfflineCopy, Reassignment, Workstation
from crm_desktop.models.work import Activity, Task, TaskReminder

__all__ = [
    "Activity", "ActivityKind", "AppSetting", "Attachment", "Base", "Campaign", "ChangeAction", "ChangeCounter",
    "ChangeLog", "ChannelKind", "Company", "ContactChannel", "ContactStatus", "CustomFieldDefinition",
    "CustomFieldValue", "Deal", "DealLine", "DealStageHistory", "DealStatus", "Document", "EntityKind", "FieldType",
    "ImportItem", "ImportRun", "LeadSource", "LossReason", "MergeRecord", "NumberSequence", "OfflineBase",
    "OfflineCopy", "Person", "Pipeline", "Product", "Reassignment", "Role", "SalesPlan", "SavedSegment", "Stage",
    "StageAutomationRule", "Tag", "Task", "TaskKind", "TaskReminder", "User", "Workstation", "company_tags",
    "deal_tags", "new_uuid", "person_tags", "utcnow",
]
