"""Glue between channel adapters and the core: the webhook pipeline and the channel port."""
