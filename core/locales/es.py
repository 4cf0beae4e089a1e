"""Spanish messages (keys as in core.messages.ENGLISH)."""

SPANISH: dict[str, str] = {}
