"""contacts: the search index, merge records and merged-into links

Revision ID: 0002_contacts
Revises: 0001_initial
"""

import sqlalchemy as sa
from alembic import op

from crm_desktop.db import search_index

revision = '0002_contacts'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('merge_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=20), nullable=False),
    sa.Column('survivor_id', sa.Integer(), nullable=False),
    sa.Column('merged_ids', sa.JSON(), nullable=False),
    sa.Column('undo_data', sa.JSON(), nullable=False),
    sa.Column('merged_at', sa.DateTime(), nullable=False),
    sa.Column('merged_by', sa.Integer(), nullable=True),
    sa.Column('undone_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['merged_by'], ['users.id'], name=op.f('fk_merge_records_merged_by_users'),
                            ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_merge_records'))
    )
    with op.batch_alter_table('companies', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_companies_merged_into_id_companies'), 'companies',
                                    ['merged_into_id'], ['id'], ondelete='SET NULL')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_persons_merged_into_id_persons'), 'persons',
                                    ['merged_into_id'], ['id'], ondelete='SET NULL')
    with op.batch_alter_table('contact_channels', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_channels_lookup')
        batch_op.create_index('ix_contact_channels_lookup', ['kind', 'normalized', 'person_id', 'company_id'],
                              unique=False)
    live = sa.text('deleted_at IS NULL')
    op.create_index('ix_persons_live_name', 'persons', ['last_name', 'first_name'], unique=False,
                    sqlite_where=live, postgresql_where=live)
    op.create_index('ix_companies_live_name', 'companies', ['name'], unique=False,
                    sqlite_where=live, postgresql_where=live)
    conn = op.get_bind()
    for statement in search_index.create_statements(conn.dialect.name):
        op.execute(statement)
    search_index.rebuild(conn)
    if conn.dialect.name == 'postgresql':
        search_index.create_trigram_indexes(conn)


def downgrade() -> None:
    conn = op.get_bind()
    op.execute(f'DROP TABLE IF EXISTS {search_index.SEARCH_TABLE}')
    if conn.dialect.name == 'postgresql':
        for name in search_index.TRIGRAM_INDEXES:
            op.execute(f'DROP INDEX IF EXISTS {name}')
    with op.batch_alter_table('contact_channels', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_channels_lookup')
        batch_op.create_index('ix_contact_channels_lookup', ['kind', 'normalized'], unique=False)
    op.drop_index('ix_companies_live_name', table_name='companies')
    op.drop_index('ix_persons_live_name', table_name='persons')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_persons_merged_into_id_persons'), type_='foreignkey')
        batch_op.drop_column('merged_into_id')
    with op.batch_alter_table('companies', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_companies_merged_into_id_companies'), type_='foreignkey')
        batch_op.drop_column('merged_into_id')
    op.drop_table('merge_records')
