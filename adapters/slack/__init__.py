"""Slack channel: Events API and interactivity in, Block Kit out (DESIGN §5–§7)."""
