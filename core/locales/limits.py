"""Messages about abuse limits in every language (merged into core.messages.CATALOG)."""

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "expert_too_many": (
            "You have already asked local experts {count} times today; they will get back to "
            "you. You can ask again tomorrow."
        ),
    },
    "es": {
        "expert_too_many": (
            "Ya pediste expertos locales {count} veces hoy; te van a responder. Puedes volver "
            "a pedir mañana."
        ),
    },
    "pt": {
        "expert_too_many": (
            "Você já pediu especialistas locais {count} vezes hoje; eles vão responder. Pode "
            "pedir de novo amanhã."
        ),
    },
}
