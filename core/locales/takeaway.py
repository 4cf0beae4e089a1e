"""Traveler-facing sentences of booking decisions, calendar export and share links.

Every language; merged into core.messages.CATALOG.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "booking_confirmed_push": (
            "✅ Your booking request {ref} for {place} is confirmed. Reference: {reference}."
        ),
        "booking_declined_push": (
            "❌ Your booking request {ref} for {place} could not be booked: {reason}"
        ),
        "booking_confirmed_push_plain": "✅ Your booking request {ref} for {place} is confirmed.",
        "booking_declined_default_reason": (
            "the place could not take it. You can ask for another time or another place."
        ),
        "booking_note": "Note: {note}",
        "export_ready": (
            "Here is your trip as a calendar file ({count} events, times in {zone}): {link}\n"
            "Open it on your phone or import it into Google Calendar, Apple Calendar or Outlook."
        ),
        "export_nothing": (
            "Your trip has no items with a time and a date yet, so there is nothing to put in "
            "a calendar."
        ),
        "share_ready": (
            "Anyone with this link can see your trip (read-only): {link}\n"
            'Say "stop sharing" to turn the link off.'
        ),
        "share_stopped": "Done: the links to your trip no longer work.",
        "share_none": "Your trip isn't shared, so there was nothing to turn off.",
        "share_page_day": "Day {day}",
        "share_page_empty_day": "Nothing planned yet",
        "share_page_calendar": "Add to calendar",
        "share_page_note": "A shared trip, read-only.",
    },
    "es": {
        "booking_confirmed_push": (
            "✅ Tu solicitud de reserva {ref} para {place} está confirmada. Referencia: "
            "{reference}."
        ),
        "booking_declined_push": (
            "❌ Tu solicitud de reserva {ref} para {place} no se pudo reservar: {reason}"
        ),
        "booking_confirmed_push_plain": (
            "✅ Tu solicitud de reserva {ref} para {place} está confirmada."
        ),
        "booking_declined_default_reason": (
            "el lugar no pudo aceptarla. Puedes pedir otra hora u otro lugar."
        ),
        "booking_note": "Nota: {note}",
        "export_ready": (
            "Aquí tienes tu viaje como archivo de calendario ({count} eventos, horas de "
            "{zone}): {link}\nÁbrelo en tu teléfono o impórtalo en Google Calendar, Apple "
            "Calendar u Outlook."
        ),
        "export_nothing": (
            "Tu viaje todavía no tiene actividades con hora y fecha, así que no hay nada que "
            "poner en un calendario."
        ),
        "share_ready": (
            "Cualquiera con este enlace puede ver tu viaje (solo lectura): {link}\n"
            "Di «dejar de compartir» para desactivarlo."
        ),
        "share_stopped": "Listo: los enlaces a tu viaje ya no funcionan.",
        "share_none": "Tu viaje no estaba compartido, así que no había nada que desactivar.",
        "share_page_day": "Día {day}",
        "share_page_empty_day": "Nada planeado todavía",
        "share_page_calendar": "Añadir al calendario",
        "share_page_note": "Un viaje compartido, solo lectura.",
    },
    "pt": {
        "booking_confirmed_push": (
            "✅ O seu pedido de reserva {ref} para {place} está confirmado. Referência: "
            "{reference}."
        ),
        "booking_declined_push": (
            "❌ O seu pedido de reserva {ref} para {place} não pôde ser reservado: {reason}"
        ),
        "booking_confirmed_push_plain": (
            "✅ O seu pedido de reserva {ref} para {place} está confirmado."
        ),
        "booking_declined_default_reason": (
            "o lugar não pôde aceitá-lo. Pode pedir outro horário ou outro lugar."
        ),
        "booking_note": "Observação: {note}",
        "export_ready": (
            "Aqui está a sua viagem como arquivo de calendário ({count} eventos, horários de "
            "{zone}): {link}\nAbra no celular ou importe no Google Agenda, Apple Calendário ou "
            "Outlook."
        ),
        "export_nothing": (
            "A sua viagem ainda não tem atividades com horário e data, então não há nada para "
            "pôr num calendário."
        ),
        "share_ready": (
            "Qualquer pessoa com este link pode ver a sua viagem (só leitura): {link}\n"
            "Diga «parar de compartilhar» para desativá-lo."
        ),
        "share_stopped": "Pronto: os links para a sua viagem não funcionam mais.",
        "share_none": "A sua viagem não estava compartilhada, então não havia nada a desativar.",
        "share_page_day": "Dia {day}",
        "share_page_empty_day": "Nada planejado ainda",
        "share_page_calendar": "Adicionar ao calendário",
        "share_page_note": "Uma viagem compartilhada, só leitura.",
    },
}
