"""A chat moved to another traveler by a link code remembers where it was, to switch back.

Revision ID: 0007_relink_undo
Revises: 0006_inbox_claims
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_relink_undo"
down_revision = "0006_inbox_claims"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("channel_identities") as batch:
        batch.add_column(sa.Column("previous_traveler_id", sa.String(32), nullable=True))
        batch.add_column(sa.Column("previous_itinerary_id", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("channel_identities") as batch:
        batch.drop_column("previous_itinerary_id")
        batch.drop_column("previous_traveler_id")
