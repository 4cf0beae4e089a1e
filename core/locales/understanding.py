"""Messages of the understanding feature in every language (merged into core.messages.CATALOG)."""

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "replace_none_closer": "Nothing of that kind is closer than {name}, so I left it as it is.",
        "again_nothing": (
            'I\'m not sure which request to repeat. Say it whole, e.g. "add a cafe on friday"'
        ),
        "action_select": "Select",
        "day_ref_outside_trip": "That day is not one of your trip's days, so I changed nothing.",
        "day_ref_outside_trip_hint": 'Say the day of the trip, e.g. "day 2"',
        "date_outside_trip": (
            "Your trip runs from {first} to {last}, "
            "so that date is not one of its days."
        ),
        "action_confirm": "Confirm",
        "replace_only_itself": "The only match I found is {name} itself, so I left it as it is.",
        "added_at": "Added {name} to day {day} at {time} ✅",
        "duplicate_ask": "{name} is already in your trip ({where}). Add it again?",
        "duplicate_yes": "Yes, add it again",
        "clash_ask": "{other} is at {time} on day {day}. When should {name} go?",
        "clash_free": "{name} at {time} (free)",
        "clash_anyway": "At {time}, together with {other}",
        "in_trip_note": "Already in your trip: {names}",
        "also_on": "{name} is also on day {days} of your trip.",
        "already_on_other_day": ("{name} is already on day {day}. Move it to day {new_day}?"),
        "move_it_here": "Move {name} to day {day}",
        "no_open_meals_day": "Day {day} has no empty meal slots to fill.",
        "no_open_meals_trip": "Your trip has no empty meal slots to fill.",
        "shift_out_of_day": "That would move {name} out of its day, so I left it as it is.",
        "day_planned": "I planned day {day} for you ✅",
        "day_plan_full": "Day {day} has no free time left to plan, so I changed nothing.",
        "day_plan_full_hint": (
            'Remove something first, or ask for one place, e.g. "add a cafe on day 2"'
        ),
    },
    "es": {
        "replace_none_closer": (
            "No encontré nada de ese tipo más cerca que {name}, así que lo dejé como estaba."
        ),
        "again_nothing": (
            "No sé qué pedido repetir. Dímelo completo, por ejemplo «agrega un café el viernes»"
        ),
        "action_select": "Elegir",
        "day_ref_outside_trip": "Ese día no es uno de los días de tu viaje; no cambié nada.",
        "day_ref_outside_trip_hint": "Dime el día del viaje, por ejemplo «día 2»",
        "date_outside_trip": (
            "Tu viaje va del {first} al {last}, "
            "así que esa fecha no es uno de sus días."
        ),
        "action_confirm": "Confirmar",
        "replace_only_itself": (
            "Lo único que encontré es el mismo {name}, así que lo dejé como estaba."
        ),
        "added_at": "Agregué {name} al día {day} a las {time} ✅",
        "duplicate_ask": "{name} ya está en tu viaje ({where}). ¿Lo agrego otra vez?",
        "duplicate_yes": "Sí, agregarlo otra vez",
        "clash_ask": "{other} está a las {time} el día {day}. ¿A qué hora pongo {name}?",
        "clash_free": "{name} a las {time} (libre)",
        "clash_anyway": "A las {time}, junto con {other}",
        "in_trip_note": "Ya está en tu viaje: {names}",
        "also_on": "{name} también está en el día {days} de tu viaje.",
        "already_on_other_day": ("{name} ya está en el día {day}. ¿Lo paso al día {new_day}?"),
        "move_it_here": "Pasar {name} al día {day}",
        "no_open_meals_day": "El día {day} no tiene comidas por llenar.",
        "no_open_meals_trip": "Tu viaje no tiene comidas por llenar.",
        "shift_out_of_day": "Eso sacaría {name} de su día; lo dejé como estaba.",
        "day_planned": "Te planeé el día {day} ✅",
        "day_plan_full": "El día {day} no tiene horas libres para planear; no cambié nada.",
        "day_plan_full_hint": (
            "Quita algo primero o pide un lugar, por ejemplo «agrega un café el día 2»"
        ),
    },
    "pt": {
        "replace_none_closer": (
            "Não encontrei nada desse tipo mais perto que {name}, então deixei como estava."
        ),
        "again_nothing": (
            "Não sei qual pedido repetir. Me diga inteiro, por exemplo «adiciona um café na sexta»"
        ),
        "action_select": "Escolher",
        "day_ref_outside_trip": "Esse dia não é um dos dias da sua viagem, então não mudei nada.",
        "day_ref_outside_trip_hint": "Diga o dia da viagem, por exemplo «dia 2»",
        "date_outside_trip": (
            "A sua viagem vai de {first} a {last}, "
            "então essa data não é um dos dias dela."
        ),
        "action_confirm": "Confirmar",
        "replace_only_itself": (
            "A única opção que encontrei é o próprio {name}, então deixei como estava."
        ),
        "added_at": "Adicionei {name} ao dia {day} às {time} ✅",
        "duplicate_ask": "{name} já está na sua viagem ({where}). Adiciono de novo?",
        "duplicate_yes": "Sim, adicionar de novo",
        "clash_ask": "{other} está às {time} no dia {day}. Em que horário coloco {name}?",
        "clash_free": "{name} às {time} (livre)",
        "clash_anyway": "Às {time}, junto com {other}",
        "in_trip_note": "Já está na sua viagem: {names}",
        "also_on": "{name} também está no dia {days} da sua viagem.",
        "already_on_other_day": ("{name} já está no dia {day}. Mudo para o dia {new_day}?"),
        "move_it_here": "Mudar {name} para o dia {day}",
        "no_open_meals_day": "O dia {day} não tem refeições por preencher.",
        "no_open_meals_trip": "A sua viagem não tem refeições por preencher.",
        "shift_out_of_day": "Isso tiraria {name} do seu dia; deixei como estava.",
        "day_planned": "Planeei o dia {day} para si ✅",
        "day_plan_full": "O dia {day} não tem horas livres para planear; não mudei nada.",
        "day_plan_full_hint": (
            "Tire algo primeiro ou peça um lugar, por exemplo «adiciona um café no dia 2»"
        ),
    },
}
