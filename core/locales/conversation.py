"""Messages of the conversation itself in every language (merged into core.messages.CATALOG).

The language the traveler asked to be answered in; answers about one place's price, hours,
rating, address and what it is (core.agents.place_answers).
"""

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "language_set": "Sure! From now on I'll write to you in English.",
        "place_price": "{name}: price level {level}.",
        "place_price_none": "I have no price level on record for {name}.",
        "place_no_fees": (
            "I have no entry fees or ticket prices, only the price level place data gives."
        ),
        "place_rating_none": "I have no rating on record for {name}.",
        "place_duration_none": "I don't know how long a visit to {name} takes.",
        "place_distance_none": "I can't measure distances yet.",
        "place_address": "{name} is at {address}.",
        "place_address_none": "I have no address on record for {name}.",
        "explain_not_on_trip_short": "{name} is not on your trip.",
    },
    "es": {
        "language_set": "¡Claro! Desde ahora te escribo en español.",
        "place_price": "{name}: nivel de precio {level}.",
        "place_price_none": "No tengo un nivel de precio registrado para {name}.",
        "place_no_fees": (
            "No tengo precios de entrada ni de boletos, solo el nivel de precio de los datos "
            "del lugar."
        ),
        "place_rating_none": "No tengo una calificación registrada para {name}.",
        "place_duration_none": "No sé cuánto dura una visita a {name}.",
        "place_distance_none": "Todavía no puedo medir distancias.",
        "place_address": "{name} está en {address}.",
        "place_address_none": "No tengo una dirección registrada para {name}.",
        "explain_not_on_trip_short": "{name} no está en tu viaje.",
    },
    "pt": {
        "language_set": "Claro! A partir de agora respondo em português.",
        "place_price": "{name}: nível de preço {level}.",
        "place_price_none": "Não tenho um nível de preço registado para {name}.",
        "place_no_fees": (
            "Não tenho preços de entrada nem de bilhetes, só o nível de preço dos dados do local."
        ),
        "place_rating_none": "Não tenho uma avaliação registada para {name}.",
        "place_duration_none": "Não sei quanto tempo demora uma visita a {name}.",
        "place_distance_none": "Ainda não consigo medir distâncias.",
        "place_address": "{name} fica em {address}.",
        "place_address_none": "Não tenho uma morada registada para {name}.",
        "explain_not_on_trip_short": "{name} não está na sua viagem.",
    },
}
