"""Inbox claims carry their time, so a restarting process requeues only abandoned ones.

Revision ID: 0006_inbox_claims
Revises: 0005_leads
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_inbox_claims"
down_revision = "0005_leads"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("inbox_events") as batch:
        batch.add_column(sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("inbox_events") as batch:
        batch.drop_column("claimed_at")
