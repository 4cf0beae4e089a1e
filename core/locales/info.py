"""Messages of the info feature in every language (merged into core.messages.CATALOG).

Greetings, thanks and goodbyes; weather, events and safety from stored destination
intelligence; what the trip's places cost; what sharing and export can do today.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "info_greeting": (
            "Hi! 👋 I plan and change your trip to {destination} by chat: add, move or remove "
            "places, plan days, and answer questions about them."
        ),
        "info_thanks": "You're welcome! 😊",
        "info_bye": "Goodbye! Your trip to {destination} will be here whenever you need it.",
        "info_identity": (
            "I'm Traveloure's trip assistant: a bot, not a person. I add, move and remove places "
            "on your trip to {destination}, plan days and answer questions about them."
        ),
        "info_complaint": (
            'Sorry about that! 🙏 Tell me what to change in your own words, e.g. "move lunch to '
            '2pm" or "remove the museum", or say "undo" to take back my last change.'
        ),
        "info_unavailable": "I can't look up destination news right now. Please try again later.",
        "info_updated": "updated {ago}",
        "info_updated_now": "updated just now",
        "info_weather_header": "Weather in {place} ({updated}):",
        "info_weather_now": "Now: {text}",
        "info_weather_day": "{date}: {text}",
        "info_weather_next": "Forecast: {days}",
        "info_weather_season": "Season: {text}",
        "info_weather_pack": "What to pack: {text}",
        "info_weather_none": "I have no forecast for {place} yet.",
        "info_weather_none_day": "I have no forecast for {place} on {date} yet.",
        "info_events_header": "Events in {place} during your trip ({dates}):",
        "info_events_header_day": "Events in {place} on {date}:",
        "info_events_header_upcoming": "Upcoming events in {place}:",
        "info_event_line": "• {name}, {date} ({updated})",
        "info_events_none": "I have no events on record for {place} during your trip ({dates}).",
        "info_events_none_day": "I have no events on record for {place} on {date}.",
        "info_events_none_upcoming": "I have no upcoming events on record for {place}.",
        "info_more": "…and {count} more.",
        "info_safety_header": "Current safety advisories for {place}:",
        "info_safety_line": "• {severity}: {description}{areas} ({updated})",
        "info_safety_areas": "; areas: {areas}",
        "info_severity_critical": "Critical",
        "info_severity_high": "High",
        "info_severity_medium": "Medium",
        "info_severity_low": "Low",
        "info_safety_none": "I have no safety advisories on record for {place} right now.",
        "info_not_tracked": "I keep destination news for {markets} only.",
        "info_cost_levels": "Price levels of the {count} places {where}: {levels}.",
        "info_cost_expensive": "{count} of them are $$$ or more.",
        "info_price_free": "free",
        "info_price_unknown": "no price on record",
        "info_cost_none": "There are no places {where} yet, so there are no price levels to show.",
        "info_cost_no_totals": (
            "I have no prices or totals for your trip: bookings are requests that a local "
            "expert or operator confirms."
        ),
        "info_share": (
            "Sharing a trip isn't available in chat yet. You can see your whole trip here "
            "anytime: just ask “what's on my trip?”"
        ),
        "info_export": (
            "Calendar export isn't available in chat yet. You can see your whole trip here "
            "anytime: just ask “what's on my trip?”"
        ),
    },
    "es": {
        "info_greeting": (
            "¡Hola! 👋 Planeo y cambio tu viaje a {destination} por chat: agrego, muevo o quito "
            "lugares, planifico días y respondo tus preguntas sobre ellos."
        ),
        "info_thanks": "¡De nada! 😊",
        "info_bye": "¡Hasta pronto! Tu viaje a {destination} seguirá aquí cuando lo necesites.",
        "info_identity": (
            "Soy el asistente virtual de viajes de Traveloure, no una persona. Agrego, muevo y "
            "quito lugares de tu viaje a {destination}, planifico días y respondo preguntas sobre "
            "ellos."
        ),
        "info_complaint": (
            "¡Perdón! 🙏 Dime con tus palabras qué cambiar, por ejemplo «mueve el almuerzo a las "
            "14:00» o «quita el museo», o escribe «deshacer» para revertir mi último cambio."
        ),
        "info_unavailable": (
            "Ahora mismo no puedo consultar las novedades del destino. Inténtalo más tarde."
        ),
        "info_updated": "actualizado {ago}",
        "info_updated_now": "actualizado hace un momento",
        "info_weather_header": "El tiempo en {place} ({updated}):",
        "info_weather_now": "Ahora: {text}",
        "info_weather_day": "{date}: {text}",
        "info_weather_next": "Pronóstico: {days}",
        "info_weather_season": "Temporada: {text}",
        "info_weather_pack": "Qué llevar: {text}",
        "info_weather_none": "Todavía no tengo pronóstico para {place}.",
        "info_weather_none_day": "Todavía no tengo pronóstico para {place} el {date}.",
        "info_events_header": "Eventos en {place} durante tu viaje ({dates}):",
        "info_events_header_day": "Eventos en {place} el {date}:",
        "info_events_header_upcoming": "Próximos eventos en {place}:",
        "info_event_line": "• {name}, {date} ({updated})",
        "info_events_none": "No tengo eventos registrados en {place} durante tu viaje ({dates}).",
        "info_events_none_day": "No tengo eventos registrados en {place} el {date}.",
        "info_events_none_upcoming": "No tengo próximos eventos registrados en {place}.",
        "info_more": "…y {count} más.",
        "info_safety_header": "Avisos de seguridad vigentes para {place}:",
        "info_safety_line": "• {severity}: {description}{areas} ({updated})",
        "info_safety_areas": "; zonas: {areas}",
        "info_severity_critical": "Crítico",
        "info_severity_high": "Alto",
        "info_severity_medium": "Medio",
        "info_severity_low": "Bajo",
        "info_safety_none": "Ahora mismo no tengo avisos de seguridad registrados para {place}.",
        "info_not_tracked": "Solo sigo las novedades de {markets}.",
        "info_cost_levels": "Niveles de precio de los {count} lugares {where}: {levels}.",
        "info_cost_expensive": "{count} de ellos son $$$ o más.",
        "info_price_free": "gratis",
        "info_price_unknown": "sin precio registrado",
        "info_cost_none": (
            "Todavía no hay lugares {where}, así que no hay niveles de precio que mostrar."
        ),
        "info_cost_no_totals": (
            "No tengo precios ni totales de tu viaje: las reservas son solicitudes que confirma "
            "un experto local o un operador."
        ),
        "info_share": (
            "Todavía no se puede compartir un viaje desde el chat. Puedes ver tu viaje completo "
            "aquí cuando quieras: pregunta «¿qué hay en mi viaje?»"
        ),
        "info_export": (
            "Todavía no se puede exportar al calendario desde el chat. Puedes ver tu viaje "
            "completo aquí cuando quieras: pregunta «¿qué hay en mi viaje?»"
        ),
    },
    "pt": {
        "info_greeting": (
            "Olá! 👋 Planeio e altero a sua viagem a {destination} por chat: adiciono, mudo ou "
            "retiro locais, planeio dias e respondo às suas perguntas sobre eles."
        ),
        "info_thanks": "De nada! 😊",
        "info_bye": "Até breve! A sua viagem a {destination} fica aqui sempre que precisar.",
        "info_identity": (
            "Sou o assistente virtual de viagens da Traveloure, não uma pessoa. Adiciono, mudo e "
            "retiro locais da sua viagem a {destination}, planeio dias e respondo a perguntas "
            "sobre eles."
        ),
        "info_complaint": (
            "Desculpe! 🙏 Diga-me por palavras suas o que mudar, por exemplo «muda o almoço para "
            "as 14h» ou «tira o museu», ou escreva «desfazer» para anular a minha última "
            "alteração."
        ),
        "info_unavailable": (
            "Neste momento não consigo consultar as novidades do destino. Tente mais tarde."
        ),
        "info_updated": "atualizado {ago}",
        "info_updated_now": "atualizado agora mesmo",
        "info_weather_header": "O tempo em {place} ({updated}):",
        "info_weather_now": "Agora: {text}",
        "info_weather_day": "{date}: {text}",
        "info_weather_next": "Previsão: {days}",
        "info_weather_season": "Estação: {text}",
        "info_weather_pack": "O que levar: {text}",
        "info_weather_none": "Ainda não tenho previsão para {place}.",
        "info_weather_none_day": "Ainda não tenho previsão para {place} em {date}.",
        "info_events_header": "Eventos em {place} durante a sua viagem ({dates}):",
        "info_events_header_day": "Eventos em {place} em {date}:",
        "info_events_header_upcoming": "Próximos eventos em {place}:",
        "info_event_line": "• {name}, {date} ({updated})",
        "info_events_none": (
            "Não tenho eventos registados em {place} durante a sua viagem ({dates})."
        ),
        "info_events_none_day": "Não tenho eventos registados em {place} em {date}.",
        "info_events_none_upcoming": "Não tenho próximos eventos registados em {place}.",
        "info_more": "…e mais {count}.",
        "info_safety_header": "Avisos de segurança em vigor para {place}:",
        "info_safety_line": "• {severity}: {description}{areas} ({updated})",
        "info_safety_areas": "; zonas: {areas}",
        "info_severity_critical": "Crítico",
        "info_severity_high": "Alto",
        "info_severity_medium": "Médio",
        "info_severity_low": "Baixo",
        "info_safety_none": "Neste momento não tenho avisos de segurança registados para {place}.",
        "info_not_tracked": "Só acompanho as novidades de {markets}.",
        "info_cost_levels": "Níveis de preço dos {count} locais {where}: {levels}.",
        "info_cost_expensive": "{count} deles são $$$ ou mais.",
        "info_price_free": "grátis",
        "info_price_unknown": "sem preço registado",
        "info_cost_none": "Ainda não há locais {where}, por isso não há níveis de preço a mostrar.",
        "info_cost_no_totals": (
            "Não tenho preços nem totais da sua viagem: as reservas são pedidos que um "
            "especialista local ou um operador confirma."
        ),
        "info_share": (
            "Ainda não é possível partilhar uma viagem pelo chat. Pode ver a sua viagem completa "
            "aqui quando quiser: pergunte «o que tenho na minha viagem?»"
        ),
        "info_export": (
            "Ainda não é possível exportar para o calendário pelo chat. Pode ver a sua viagem "
            "completa aqui quando quiser: pergunte «o que tenho na minha viagem?»"
        ),
    },
}
