"""A chat moved to another traveler by a link code remembers where it was, to switch back.

Revision ID: 0009_relink_undo
Revises: 0008_token_lifecycle
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_relink_undo"
down_revision = "0008_token_lifecycle"
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
