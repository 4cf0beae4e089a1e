"""Traveler-facing sentences about push preferences, and intelligence answers' citations.

Every language; merged into core.messages.CATALOG.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "intel_source": "source: {host}",
        "push_prefs_saved": "Done. {summary}",
        "push_prefs_summary": (
            "Safety alerts: {alerts}. Trip digests: {digests}. Quiet hours: {quiet}."
        ),
        "push_prefs_on": "on",
        "push_prefs_off": "off",
        "push_prefs_quiet_none": "none",
        "push_prefs_quiet_note": "Urgent safety alerts still reach you during quiet hours.",
        "push_prefs_unknown_traveler": (
            "Link this chat to your trip first, then I can change what you get."
        ),
        "push_hint": (
            '(Reply "only safety alerts", "stop the digests", "no '
            'messages after 9pm" or STOP to change this.)'
        ),
    },
    "es": {
        "intel_source": "fuente: {host}",
        "push_prefs_saved": "Hecho. {summary}",
        "push_prefs_summary": (
            "Alertas de seguridad: {alerts}. Resúmenes del viaje: "
            "{digests}. Horas de silencio: {quiet}."
        ),
        "push_prefs_on": "sí",
        "push_prefs_off": "no",
        "push_prefs_quiet_none": "ninguna",
        "push_prefs_quiet_note": (
            "Las alertas de seguridad urgentes te llegan también en horas de silencio."
        ),
        "push_prefs_unknown_traveler": (
            "Primero vincula este chat a tu viaje; luego puedo cambiar lo que recibes."
        ),
        "push_hint": (
            '(Responde "solo alertas", "pausa los resúmenes", "sin '
            'mensajes después de las 21" o STOP para cambiarlo.)'
        ),
    },
    "pt": {
        "intel_source": "fonte: {host}",
        "push_prefs_saved": "Feito. {summary}",
        "push_prefs_summary": (
            "Alertas de segurança: {alerts}. Resumos da viagem: "
            "{digests}. Horas de silêncio: {quiet}."
        ),
        "push_prefs_on": "sim",
        "push_prefs_off": "não",
        "push_prefs_quiet_none": "nenhuma",
        "push_prefs_quiet_note": (
            "Os alertas de segurança urgentes chegam também nas horas de silêncio."
        ),
        "push_prefs_unknown_traveler": (
            "Primeiro ligue este chat à sua viagem; depois posso mudar o que recebe."
        ),
        "push_hint": (
            '(Responda "só alertas", "pare os resumos", "sem mensagens '
            'depois das 21h" ou STOP para mudar isto.)'
        ),
    },
}
