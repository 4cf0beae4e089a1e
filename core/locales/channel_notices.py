# ruff: noqa: E501  (a sentence reads best on one line)
"""What the bot says about messages it cannot read and places shared with it (merged into the catalog)."""

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "cannot_read": "I can only read text messages and shared locations. Please type what you need.",
        "location_saved": 'Got your location 📍 Ask "add a coffee place near me" or "what\'s nearby?" and I will search around it.',
        "venue_saved": 'Got {name} 📍 Say "add {name}" to add it to your trip, or ask "what\'s nearby?" to search around it.',
    },
    "es": {
        "cannot_read": "Solo puedo leer mensajes de texto y ubicaciones compartidas. Escribe lo que necesitas, por favor.",
        "location_saved": "Recibí tu ubicación 📍 Pide «añade un café cerca de mí» o «¿qué hay cerca?» y buscaré alrededor.",
        "venue_saved": "Recibí {name} 📍 Di «añade {name}» para sumarlo a tu viaje, o pregunta «¿qué hay cerca?» para buscar alrededor.",
    },
    "pt": {
        "cannot_read": "Só consigo ler mensagens de texto e localizações partilhadas. Escreva o que precisa, por favor.",
        "location_saved": "Recebi a sua localização 📍 Peça «adicione um café perto de mim» ou «o que há perto?» e eu procuro à volta.",
        "venue_saved": "Recebi {name} 📍 Diga «adicione {name}» para o pôr na sua viagem, ou pergunte «o que há perto?» para procurar à volta.",
    },
}
