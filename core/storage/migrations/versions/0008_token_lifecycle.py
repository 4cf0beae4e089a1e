"""Traveler tokens carry their creation time and can be revoked.

Revision ID: 0008_token_lifecycle
Revises: 0007_turn_records
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_token_lifecycle"
down_revision = "0007_turn_records"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("travelers") as batch:
        batch.add_column(sa.Column("token_created_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("token_revoked_at", sa.DateTime(timezone=True), nullable=True))
    # Tokens issued before this migration were made together with their traveler.
    op.execute("UPDATE travelers SET token_created_at = created_at WHERE token_created_at IS NULL")


def downgrade() -> None:
    with op.batch_alter_table("travelers") as batch:
        batch.drop_column("token_revoked_at")
        batch.drop_column("token_created_at")
