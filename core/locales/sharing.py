# ruff: noqa: E501  (a sentence reads best on one line)
"""Messages about shared chats and linked chats in every language (merged into the catalog)."""

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "prompt_not_yours": "That question was asked of someone else in this chat: only they can answer it.",
        "change_no_longer_fits": "That change no longer fits your trip (it changed meanwhile), so I changed nothing. Please ask again.",
        "relink_ask": 'This chat works on your trip to {destination}. Linking will switch this chat to another traveler\'s trip. Your own trip is kept, not deleted, and you can switch back at any time by sending "switch back". Switch this chat?',
        "relink_yes": "Yes, switch",
        "relink_kept": "Okay, nothing changed: this chat stays on your trip to {destination}.",
        "relinked": 'This chat now works on the other traveler\'s trip ✅ Your trip to {destination} is kept: send "switch back" to return to it.',
        "switched_back": "This chat is back on your own trip to {destination} ✅",
    },
    "es": {
        "prompt_not_yours": "Esa pregunta se le hizo a otra persona de este chat: solo ella puede responderla.",
        "change_no_longer_fits": "Ese cambio ya no encaja con tu viaje (cambió mientras tanto), así que no cambié nada. Pídemelo de nuevo, por favor.",
        "relink_ask": "Este chat trabaja con tu viaje a {destination}. Al vincularlo, este chat pasará al viaje de otro viajero. Tu viaje se conserva, no se borra, y puedes volver a él cuando quieras enviando «volver». ¿Cambio este chat?",
        "relink_yes": "Sí, cambiar",
        "relink_kept": "Listo, no cambié nada: este chat sigue con tu viaje a {destination}.",
        "relinked": "Este chat trabaja ahora con el viaje del otro viajero ✅ Tu viaje a {destination} se conserva: envía «volver» para regresar a él.",
        "switched_back": "Este chat volvió a tu propio viaje a {destination} ✅",
    },
    "pt": {
        "prompt_not_yours": "Essa pergunta foi feita a outra pessoa deste chat: só ela pode responder.",
        "change_no_longer_fits": "Essa alteração já não cabe na sua viagem (ela mudou entretanto), por isso não alterei nada. Peça de novo, por favor.",
        "relink_ask": "Este chat trabalha com a sua viagem para {destination}. Ao associá-lo, este chat passa para a viagem de outro viajante. A sua viagem é guardada, não é apagada, e pode voltar a ela quando quiser enviando «voltar». Mudo este chat?",
        "relink_yes": "Sim, mudar",
        "relink_kept": "Certo, não alterei nada: este chat continua com a sua viagem para {destination}.",
        "relinked": "Este chat trabalha agora com a viagem do outro viajante ✅ A sua viagem para {destination} fica guardada: envie «voltar» para regressar a ela.",
        "switched_back": "Este chat voltou à sua própria viagem para {destination} ✅",
    },
}
