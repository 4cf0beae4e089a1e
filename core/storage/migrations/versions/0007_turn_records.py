"""Inbox rows record their turn's answer and who holds the claim.

`answer` is written in the same transaction as the turn's change, so a delivery run again after
a crash re-sends it instead of changing the trip twice; `claim_token` names the claim, so only
its holder can record an answer or finish the row, and its heartbeat keeps `claimed_at` fresh.

Revision ID: 0007_turn_records
Revises: 0006_inbox_claims
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_turn_records"
down_revision = "0006_inbox_claims"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("inbox_events") as batch:
        batch.add_column(sa.Column("claim_token", sa.String(32), nullable=True))
        batch.add_column(sa.Column("answer", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("inbox_events") as batch:
        batch.drop_column("answer")
        batch.drop_column("claim_token")
