"""Words on pickers (WhatsApp lists, cards turned down), every language (into messages.CATALOG)."""

MESSAGES: dict[str, dict[str, str]] = {
    # The list button is at most 20 characters, a row title 24, a row description 72.
    "en": {
        "wa_list_button": "Choose",
        "wa_more": "More…",
        "wa_more_hint": "Options {first}–{last} are above: reply with the number",
        "choice_dismissed": "Okay, I left everything as it was. Tell me if you want anything else.",
    },
    "es": {
        "wa_list_button": "Elegir",
        "wa_more": "Más…",
        "wa_more_hint": "Las opciones {first}–{last} están arriba: responde con el número",
        "choice_dismissed": "Vale, lo dejé todo como estaba. Dime si quieres otra cosa.",
    },
    "pt": {
        "wa_list_button": "Escolher",
        "wa_more": "Mais…",
        "wa_more_hint": "As opções {first}–{last} estão acima: responda com o número",
        "choice_dismissed": "Tá bom, deixei tudo como estava. Me diga se quiser outra coisa.",
    },
}
