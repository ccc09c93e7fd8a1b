"""sharing: who works in the file, a change counter, login lockout, reassignments and offline copies

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('change_counter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('session_uuid', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_counter'))
    )
    op.execute("INSERT INTO change_counter (id, value, changed_at) VALUES (1, 0, CURRENT_TIMESTAMP)")
    op.create_table('offline_base',
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_key', sa.String(length=200), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'row_key', name=op.f('pk_offline_base'))
    )
    op.create_table('offline_copies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('copy_uuid', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('source_db_uuid', sa.String(length=36), nullable=False),
    sa.Column('schema_revision', sa.String(length=40), nullable=False),
    sa.Column('made_at', sa.DateTime(), nullable=False),
    sa.Column('made_by', sa.Integer(), nullable=True),
    sa.Column('scope', sa.JSON(), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('brought_back_at', sa.DateTime(), nullable=True),
    sa.Column('brought_back_by', sa.Integer(), nullable=True),
    sa.Column('result', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['brought_back_by'], ['users.id'], name=op.f('fk_offline_copies_brought_back_by_users'),
                            ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['made_by'], ['users.id'], name=op.f('fk_offline_copies_made_by_users'),
                            ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_offline_copies')),
    sa.UniqueConstraint('copy_uuid', name=op.f('uq_offline_copies_copy_uuid'))
    )
    op.create_table('reassignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('from_user_id', sa.Integer(), nullable=True),
    sa.Column('made_at', sa.DateTime(), nullable=False),
    sa.Column('made_by', sa.Integer(), nullable=True),
    sa.Column('moves', sa.JSON(), nullable=False),
    sa.Column('undone_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['from_user_id'], ['users.id'], name=op.f('fk_reassignments_from_user_id_users'),
                            ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['made_by'], ['users.id'], name=op.f('fk_reassignments_made_by_users'),
                            ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reassignments'))
    )
    op.create_table('workstations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_uuid', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('host', sa.String(length=200), nullable=False),
    sa.Column('pid', sa.Integer(), nullable=False),
    sa.Column('app_version', sa.String(length=40), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('seen_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_workstations_user_id_users'),
                            ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workstations')),
    sa.UniqueConstraint('session_uuid', name=op.f('uq_workstations_session_uuid'))
    )
    op.create_index(op.f('ix_workstations_seen_at'), 'workstations', ['seen_at'], unique=False)
    # ADD COLUMN with a default: SQLite adds it without rebuilding the table.
    op.add_column('users', sa.Column('failed_logins', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('users', sa.Column('locked_until', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_logins')
    op.drop_index(op.f('ix_workstations_seen_at'), table_name='workstations')
    op.drop_table('workstations')
    op.drop_table('reassignments')
    op.drop_table('offline_copies')
    op.drop_table('offline_base')
    op.drop_table('change_counter')
