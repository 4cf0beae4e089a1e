"""Messages of the understanding feature in every language (merged into core.messages.CATALOG)."""

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "action_select": "Select",
        "action_confirm": "Confirm",
        "replace_only_itself": "The only match I found is {name} itself, so I left it as it is.",
    },
    "es": {
        "action_select": "Elegir",
        "action_confirm": "Confirmar",
        "replace_only_itself": (
            "Lo único que encontré es el mismo {name}, así que lo dejé como estaba."
        ),
    },
    "pt": {
        "action_select": "Escolher",
        "action_confirm": "Confirmar",
        "replace_only_itself": (
            "A única opção que encontrei é o próprio {name}, então deixei como estava."
        ),
    },
}
