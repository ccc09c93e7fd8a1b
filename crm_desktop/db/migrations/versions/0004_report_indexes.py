"""reports: covering indexes for the report aggregates and the dashboard's latest activities

Revision ID: 0004
Revises: 0003

Each report query reads one of these indexes alone (no row lookups into the tables) over the period's range:
deals by currency and creation or by currency, outcome and closing (or expected) date; activities by kind, user and
time; stage history in deal order (funnel) and by stage and end of a stay (days in stage); people and companies by
creation (new contacts per source); the few deals in the Trash. Measured in benchmarks/reports.py.
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

LIVE = sa.text('deleted_at IS NULL')


def upgrade() -> None:
    op.create_index('ix_deals_report_created', 'deals',
                    ['currency', 'created_at', 'status', 'owner_id', 'pipeline_id', 'lead_source_id', 'campaign_id'],
                    unique=False, sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index('ix_deals_report_status', 'deals',
                    ['currency', 'status', 'closed_on', 'expected_close_on', 'amount', 'owner_id', 'pipeline_id', 'lead_source_id', 'campaign_id', 'loss_reason_id', 'stage_id', 'company_id', 'person_id', 'created_at', 'probability'],
                    unique=False, sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index('ix_deals_report_owner_created', 'deals', ['currency', 'owner_id', 'created_at'], unique=False,
                    sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index('ix_deals_report_owner_closed', 'deals', ['currency', 'owner_id', 'status', 'closed_on', 'amount'],
                    unique=False, sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index('ix_deals_trash', 'deals', ['deleted_at'], unique=False,
                    sqlite_where=sa.text('deleted_at IS NOT NULL'), postgresql_where=sa.text('deleted_at IS NOT NULL'))
    op.create_index('ix_persons_report_created', 'persons', ['created_at', 'lead_source_id', 'owner_id'],
                    unique=False, sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index('ix_companies_report_created', 'companies', ['created_at', 'lead_source_id', 'owner_id'],
                    unique=False, sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index('ix_activities_report', 'activities', ['kind', 'user_id', 'occurred_at', 'deal_id'],
                    unique=False, sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index('ix_tasks_open_due', 'tasks', ['owner_id', 'due_at'], unique=False,
                    sqlite_where=sa.text('done_at IS NULL AND deleted_at IS NULL'),
                    postgresql_where=sa.text('done_at IS NULL AND deleted_at IS NULL'))
    op.create_index('ix_activities_recent', 'activities', ['occurred_at'], unique=False)
    op.create_index('ix_deal_stage_history_report', 'deal_stage_history', ['deal_id', 'stage_id', 'entered_at'],
                    unique=False)
    op.create_index('ix_deal_stage_history_left', 'deal_stage_history',
                    ['stage_id', 'left_at', 'entered_at', 'deal_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_deal_stage_history_left', table_name='deal_stage_history')
    op.drop_index('ix_deal_stage_history_report', table_name='deal_stage_history')
    op.drop_index('ix_activities_recent', table_name='activities')
    op.drop_index('ix_tasks_open_due', table_name='tasks')
    op.drop_index('ix_activities_report', table_name='activities')
    op.drop_index('ix_companies_report_created', table_name='companies')
    op.drop_index('ix_persons_report_created', table_name='persons')
    op.drop_index('ix_deals_trash', table_name='deals')
    op.drop_index('ix_deals_report_owner_closed', table_name='deals')
    op.drop_index('ix_deals_report_owner_created', table_name='deals')
    op.drop_index('ix_deals_report_status', table_name='deals')
    op.drop_index('ix_deals_report_created', table_name='deals')
