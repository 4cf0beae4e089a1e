"""Messages of the conversation itself in every language (merged into core.messages.CATALOG).

The language the traveler asked to be answered in; answers about one place's price, hours,
rating and what it is (core.agents.place_answers).
"""

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "language_set": "Sure! From now on I'll write to you in English.",
    },
    "es": {
        "language_set": "¡Claro! Desde ahora te escribo en español.",
    },
    "pt": {
        "language_set": "Claro! A partir de agora respondo em português.",
    },
}
