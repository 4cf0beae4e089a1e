"""Lead triage: experts, leads and their match scores.

Revision ID: 0005_leads
Revises: 0004_pushes
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_leads"
down_revision = "0004_pushes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "experts",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("market", sa.String(100), nullable=False),
        sa.Column("specialties", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("price_min", sa.Integer(), nullable=False),
        sa.Column("price_max", sa.Integer(), nullable=False),
        sa.Column("rating", sa.Float(), nullable=False),
        sa.Column("review_count", sa.Integer(), nullable=False),
        sa.Column("median_response_minutes", sa.Integer(), nullable=False),
        sa.Column("slack_user_id", sa.String(32), nullable=True),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_experts_market", "experts", ["market"])
    op.create_index("ix_experts_slack_user_id", "experts", ["slack_user_id"])

    op.create_table(
        "leads",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("traveler_id", sa.String(32), sa.ForeignKey("travelers.id"), nullable=False),
        sa.Column("itinerary_id", sa.String(32), nullable=True),
        sa.Column("market", sa.String(100), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("interests", sa.JSON(), nullable=False),
        sa.Column("budget", sa.Integer(), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("claimed_by", sa.String(32), sa.ForeignKey("experts.id"), nullable=True),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("slack_channel", sa.String(32), nullable=True),
        sa.Column("slack_ts", sa.String(32), nullable=True),
        sa.Column("slack_posts", sa.JSON(), nullable=False),
        sa.Column("offered_expert_ids", sa.JSON(), nullable=False),
        sa.Column("passed_expert_ids", sa.JSON(), nullable=False),
        sa.Column("last_offered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_leads_traveler_id", "leads", ["traveler_id"])
    op.create_index("ix_leads_market", "leads", ["market"])
    op.create_index("ix_leads_status", "leads", ["status"])

    op.create_table(
        "expert_match_scores",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("lead_id", sa.String(32), sa.ForeignKey("leads.id"), nullable=False),
        sa.Column("expert_id", sa.String(32), sa.ForeignKey("experts.id"), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("tier", sa.String(16), nullable=False),
        sa.Column("factors", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("lead_id", "expert_id"),
    )
    op.create_index("ix_expert_match_scores_lead_id", "expert_match_scores", ["lead_id"])


def downgrade() -> None:
    op.drop_table("expert_match_scores")
    op.drop_table("leads")
    op.drop_table("experts")
