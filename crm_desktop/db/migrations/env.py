"""Alembic environment: runs on the connection the app passes in, in batch mode for SQLite."""

from alembic import context

from crm_desktop.db.search_index import include_in_autogenerate
from crm_desktop.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("crm-desktop runs its migrations from code; use crm_desktop.db.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_in_autogenerate,
)
with context.begin_transaction():
    context.run_migrations()
