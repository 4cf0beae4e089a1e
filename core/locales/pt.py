"""Portuguese messages (keys as in core.messages.ENGLISH)."""

PORTUGUESE: dict[str, str] = {}
