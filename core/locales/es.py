"""Spanish messages (keys as in core.messages.ENGLISH)."""

SPANISH: dict[str, str] = {
    "added": "Agregué {name} al día {day} ✅",
    "added_as_meal": "Agregué {name} al día {day} como {meal} ✅",
    "already_on_day": "{name} ya está en el día {day}; lo agregué de nuevo, como pediste.",
    "found_places": "Encontré {count} {what} cerca de {city}. Elige una opción:",
    "loosened_search": "Nada coincidía con todo lo que dijiste; estos son los más cercanos.",
    "no_places": "No encontré '{query}' cerca de {city}.",
    "no_places_filtered": "No encontré '{query}' cerca de {city} que cumpla con {filters}.",
    "no_places_filtered_hint": "Intenta de nuevo sin el filtro de calificación, precio u horario",
    "open_now": "abierto ahora",
    "wish_unmet": (
        "Ninguno de los lugares que encontré cumple con: {wishes}; "
        "estos son los que más se acercan."
    ),
    "wish_cheap": "barato",
    "wish_upscale": "de lujo",
    "found_places_filtered": (
        "Encontré {count} {what} cerca de {city} ({filters}). Elige una opción:"
    ),
    "no_places_hint_1": "No hay resultados para esta búsqueda",
    "no_places_hint_2": "Intenta agregar más detalles (nombre de la calle, barrio)",
    "no_places_hint_3": "Revisa la ortografía",
    "search_down": "La búsqueda de lugares no está disponible en este momento.",
    "search_down_hint_1": "Nuestro servicio de búsqueda de lugares está presentando fallas",
    "search_down_hint_2": "Intenta de nuevo en unos minutos",
    "vague_place": "Necesito más detalles para buscar un lugar.",
    "vague_place_hint_1": "¿Qué tipo de lugar? (restaurante, museo, parque, etc.)",
    "vague_place_hint_2": "¿Tienes algún nombre o zona en mente?",
    "which_day": "¿Para qué día?",
    "day_label": "Día {day}",
    "no_such_day_hint": "Elige un día del 1 al {count}",
    "target_missing": "No encontré '{what}' {where}.",
    "target_missing_hint": "En {where_short}: {items}",
    "target_missing_empty": "Todavía no hay nada planeado {where}",
    "which_item": "¿A cuál te refieres?",
    "say_what": "¿A cuál te refieres? Por ejemplo: «quita el almuerzo del día 2».",
    "removed": "Quité {name} del día {day}.",
    "confirm_remove_many": "Esto quitará {what} de lo planeado para {where}. ¿Quieres continuar?",
    "confirm_yes_remove": "Sí, quitarlos",
    "cancel": "Cancelar",
    "yes": "Sí",
    "no": "No",
    "nothing_to_remove": "No hay nada que quitar {where}.",
    "moved": "Moví {name} al día {day}{at}.",
    "retimed": "Moví {name} del día {day} a las {time}.",
    "already_there": "{name} ya está en el día {day}{at}.",
    "move_where": (
        "¿A dónde muevo {name}? Dime un día o una hora, por ejemplo «al día 3» o «a las 14:00»."
    ),
    "replaced": "Reemplacé {old} por {new} en el día {day} ✅",
    "replace_with_what": "¿Qué pongo en lugar de {name}?",
    "undone": "Deshice el último cambio ({summary}).",
    "nothing_to_undo": "Todavía no hay nada que deshacer.",
    "cannot_undo": "Ya no puedo deshacer ese cambio: el viaje cambió demasiado desde entonces.",
    "cancelled": "Listo, dejé tu viaje como estaba.",
    "stale": (
        "Tu viaje cambió desde que te pregunté, así que no modifiqué nada. "
        "Pídemelo de nuevo, por favor."
    ),
    "prompt_expired": (
        "Esa opción ya expiró (las opciones se guardan por {minutes} minutos). "
        "Pídemelo de nuevo, por favor."
    ),
    "prompt_closed": "Esa pregunta ya tiene respuesta.",
    "prompt_replaced": "Esa pregunta fue reemplazada por una más reciente.",
    "no_open_prompt": "En este momento no hay ninguna pregunta pendiente por responder.",
    "out_of_range": "Elige un número del 1 al {count}, por favor.",
    "ambiguous_reply": "¿Cuál? '{reply}' coincide con {names}.",
    "day_empty": "Todavía no hay nada planeado",
    "trip_header": "Tu viaje a {destination} (versión {version}):",
    "unclear": "No tengo claro qué quieres hacer.",
    "unclear_hint": (
        "Prueba con «agrega un lugar de sushi el día 2», «mueve el almuerzo a las 14:00», «¿qué "
        "hay el día 1?» o «deshacer»."
    ),
    "unclear_placeholder": "p. ej. agrega un museo el día 1",
    "help": (
        "Puedo cambiar tu viaje por chat:\n"
        "• agregar un lugar: «agrega un lugar de sushi el día 2», «agrega Sushi Zen para la cena "
        "el día 2 a las 20:00»\n"
        "• quitar: «quita el almuerzo del día 2», «vacía el día 3»\n"
        "• mover: «mueve el almuerzo a las 14:00», «mueve Sushi Zen al día 3»\n"
        "• reemplazar: «reemplaza el almuerzo del día 2 por un lugar de mariscos»\n"
        "• ver tu plan: «¿qué hay el día 2?»\n"
        "• deshacer el último cambio: «deshacer»"
    ),
    "empty_text": "Escribe un mensaje, por favor.",
    "slow_down": (
        "Envías mensajes más rápido de lo que puedo responder. Dame un minuto y vuelve a escribir."
    ),
    "too_long": (
        "Ese mensaje es demasiado largo ({length} caracteres). Intenta que tenga menos de {limit}."
    ),
    "demo_notice": "Datos de demostración: los lugares son de ejemplo, no son sitios reales.",
    "ai_limit_note": (
        "Llegaste al límite de respuestas con IA de esta hora, "
        "así que te respondí con mis reglas básicas."
    ),
    "not_available_yet": "Todavía no puedo hacer eso.",
    "enriched": "Actualicé los detalles de {name} ✅",
    "welcome": (
        "¡Te damos la bienvenida a Traveloure! Planeo y edito viajes por chat. Prueba con "
        "«planea 3 días en Kioto», «agrega un lugar de sushi el día 2» o «ayuda»."
    ),
    "linked": "Este chat ya quedó vinculado a tu cuenta de Traveloure ✅",
    "reply_choice": "Responde con un número o un nombre.",
    "reply_yes_no": "Responde SÍ o NO.",
    "lead_claimed": (
        "Buenas noticias: {expert}, experto local en {market}, tomó tu solicitud y te "
        "contactará pronto."
    ),
    "opted_out": "Ya no recibirás alertas ni resúmenes aquí. Envía START para volver a activarlos.",
    "opted_in": "Las alertas y los resúmenes están activos de nuevo en este chat ✅",
    "link_invalid": (
        'Ese código de vinculación ya no es válido. Pide uno nuevo y envía "link CODE".'
    ),
    "at_time": " a las {time}",
    "where_day": "en el día {day}",
    "where_trip": "en tu viaje",
    "day_short": "el día {day}",
    "trip_short": "tu viaje",
    "matching": " que coincida con '{what}'",
    "plan_confirm": (
        "Esto reemplazará tu plan actual de {old_length} para {old_city} ({items}) por un plan "
        "nuevo de {new_length} para {city}. ¿Quieres continuar?"
    ),
    "plan_confirm_yes": "Sí, reemplazarlo",
    "plan_too_long": "Puedo planear de 1 a {limit} días a la vez, no {days}.",
    "plan_nothing_found": "No encontré lugares para planear un viaje en {city}.",
    "plan_shortfall": (
        "No había suficientes {what} distintos en {city} abiertos en los horarios adecuados "
        "para llenar cada espacio"
    ),
    "plan_reason": (
        "era el {kind} mejor calificado en {city} abierto a las {time} "
        "que aún no estaba en el plan{rating}"
    ),
    "slot_morning": "la visita de la mañana",
    "slot_lunch": "el almuerzo",
    "slot_afternoon": "la visita de la tarde",
    "slot_dinner": "la cena",
    "explain_which": (
        "¿A qué lugar te refieres? Dime el nombre, por ejemplo «cuéntame sobre Sushi Zen»."
    ),
    "explain_unknown": "No encontré '{what}' en tu viaje ni cerca de {city}.",
    "explain_unknown_hint": "Revisa el nombre o pregunta «¿qué hay el día 2?» para ver tu viaje",
    "explain_not_on_trip": "{name} no está en tu viaje. Esto es lo que sé:",
    "explain_when": "día {day}{at}",
    "explain_no_data": "Todavía no tengo más detalles sobre {name}.",
    "explain_hours": "Horario: {hours}",
    "explain_hours_unknown": "No sé cuál es el horario de atención de {name}.",
    "explain_opening": "{name} está {now}. Horario: {hours}",
    "explain_open_now": "abierto ahora",
    "explain_closed_now": "cerrado ahora",
    "why_choice": (
        "La elección de {name} para el día {day} fue tuya, entre {choices} resultados "
        "para '{query}' (era el n.º {rank}; los ordeno por calificación y luego por distancia)."
    ),
    "why_named": "Pediste {name} por su nombre, así que lo agregué directamente al día {day}.",
    "why_planner": "Elegí {name} para {slot}: {reason}.",
    "why_unknown": (
        "{name} ya estaba en el viaje antes de que yo empezara a registrar por qué se agregaba "
        "cada lugar. Esto es lo que sé al respecto:"
    ),
    "booking_kind_table": "una mesa para {party}",
    "booking_kind_lodging": "una estadía",
    "booking_kind_tickets": "boletas para {party}",
    "booking_kind_transport": "un traslado para {party}",
    "booking_confirm": (
        "¿Envío la solicitud de {what} en {name} para el día {day}{at}? "
        "Un experto local o el operador debe confirmarla; no queda reservado hasta entonces."
    ),
    "booking_confirm_yes": "Sí, enviar la solicitud",
    "booking_sent": (
        "Solicitud de reserva enviada: {what} en {name} el día {day}{at}. "
        "Estado: pendiente de revisión. Todavía no hay nada reservado; te avisaremos "
        "cuando un experto o el operador la confirme. Referencia {ref}."
    ),
    "booking_duplicate": (
        "Ya tienes una solicitud pendiente para {name} el día {day} (referencia {ref})."
    ),
    "booking_which": "¿Para qué lugar solicito la reserva?",
    "booking_what": (
        "¿Qué quieres reservar? Dime un lugar de tu viaje, por ejemplo «reserva Sushi Zen para 2 "
        "a las 20:00»."
    ),
    "booking_not_on_trip": (
        "Solo puedo solicitar reservas para lugares de tu viaje, y no encontré '{what}' ahí."
    ),
    "booking_not_on_trip_hint": "Agrégalo primero, por ejemplo «agrega {what} el día 1»",
    "booking_needs_place": (
        "{title} del día {day} todavía no tiene un lugar, así que no hay nada que reservar."
    ),
    "booking_needs_place_hint": (
        "Primero elige un lugar, por ejemplo «agrega un restaurante para {title} el día {day}»"
    ),
    "booking_party": "¿Para cuántas personas?",
    "booking_party_option": "{count} personas",
    "booking_party_one": "1 persona",
    "booking_list_header": "Tus solicitudes de reserva para este viaje:",
    "booking_list_line": "• {ref} · {what} en {name} · día {day}{at} · {status}",
    "booking_list_empty": "Todavía no tienes solicitudes de reserva para este viaje.",
    "booking_status_pending_review": "pendiente de revisión (aún sin reservar)",
    "booking_status_cancelled": "cancelada",
    "booking_status_confirmed": "confirmada",
    "booking_status_declined": "rechazada",
    "booking_cancelled": "Cancelé la solicitud de reserva {ref} para {name}.",
    "booking_cancel_which": "¿Qué solicitud de reserva cancelo?",
    "booking_cancel_none": "No hay ninguna solicitud de reserva pendiente para cancelar{matching}.",
    "demo_city_unknown": "Los datos de demostración todavía no tienen nada para {city}.",
    "demo_cities_hint": (
        "Los datos de demostración cubren {cities}; configura GOOGLE_PLACES_API_KEY "
        "para ver lugares reales en cualquier parte"
    ),
    "alert_text": "⚠️ Alerta de seguridad para {market}: {description}",
    "alert_areas": "Zonas afectadas: {areas}",
    "digest_title": "☀️ Novedades de {market}",
    "digest_events": "Durante tu viaje:",
    "digest_trends": "Tendencias ahora:",
    "test_alert_text": (
        "🔔 Alerta de prueba de Traveloure: las alertas de seguridad de tus viajes llegan aquí."
    ),
    "lead_escalated": (
        "⏰ El lead {lead} sigue sin reclamar y todos los expertos "
        "afines ya lo vieron: asígnalo a mano."
    ),
    "expert_none": "Todavía no hay expertos locales para {market}.",
    "expert_no_market": (
        "Solo puedo conectarte con expertos locales de nuestros destinos, todavía no de {place}."
    ),
    "expert_markets_hint": "Hay expertos locales en {markets}",
}
