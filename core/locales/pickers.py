"""Words on WhatsApp's list pickers in every language (merged into core.messages.CATALOG)."""

MESSAGES: dict[str, dict[str, str]] = {
    # The list button is at most 20 characters, a row title 24, a row description 72.
    "en": {
        "wa_list_button": "Choose",
        "wa_more": "More…",
        "wa_more_hint": "Options {first}–{last} are above: reply with the number",
    },
    "es": {
        "wa_list_button": "Elegir",
        "wa_more": "Más…",
        "wa_more_hint": "Las opciones {first}–{last} están arriba: responde con el número",
    },
    "pt": {
        "wa_list_button": "Escolher",
        "wa_more": "Mais…",
        "wa_more_hint": "As opções {first}–{last} estão acima: responda com o número",
    },
}
