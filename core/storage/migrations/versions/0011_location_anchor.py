"""A chat remembers the last location or venue its traveler shared ("near me" searches).

Revision ID: 0011_location_anchor
Revises: 0010_console
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_location_anchor"
down_revision = "0010_console"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("channel_identities") as batch:
        batch.add_column(sa.Column("anchor", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("channel_identities") as batch:
        batch.drop_column("anchor")
