"""Messages of the trip feature in every language (merged into core.messages.CATALOG)."""

MESSAGES: dict[str, dict[str, str]] = {"en": {}, "es": {}, "pt": {}}
