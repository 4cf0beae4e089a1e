"""Sent answers that can be edited later, linked to the enrichment they wait for and its edit.

Revision ID: 0013_reply_edits
Revises: 0012_push_receipts
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_reply_edits"
down_revision = "0012_push_receipts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sent_replies",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("inbox_event_id", sa.Integer(), nullable=False, index=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("chat_id", sa.String(100), nullable=False),
        sa.Column("message_id", sa.String(64), nullable=False),
        sa.Column("locale", sa.String(16), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("enrichment_tasks") as batch:
        batch.add_column(sa.Column("inbox_event_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("reply_id", sa.Integer(), nullable=True))
        batch.create_index("ix_enrichment_tasks_inbox_event_id", ["inbox_event_id"])
        batch.create_index("ix_enrichment_tasks_reply_id", ["reply_id"])
        batch.create_foreign_key(
            "fk_enrichment_tasks_reply_id", "sent_replies", ["reply_id"], ["id"]
        )
    with op.batch_alter_table("outbox_messages") as batch:
        batch.add_column(sa.Column("reply_id", sa.Integer(), nullable=True))
        batch.create_index("ix_outbox_messages_reply_id", ["reply_id"])
        batch.create_foreign_key(
            "fk_outbox_messages_reply_id", "sent_replies", ["reply_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("outbox_messages") as batch:
        batch.drop_constraint("fk_outbox_messages_reply_id", type_="foreignkey")
        batch.drop_index("ix_outbox_messages_reply_id")
        batch.drop_column("reply_id")
    with op.batch_alter_table("enrichment_tasks") as batch:
        batch.drop_constraint("fk_enrichment_tasks_reply_id", type_="foreignkey")
        batch.drop_index("ix_enrichment_tasks_reply_id")
        batch.drop_index("ix_enrichment_tasks_inbox_event_id")
        batch.drop_column("reply_id")
        batch.drop_column("inbox_event_id")
    op.drop_table("sent_replies")
