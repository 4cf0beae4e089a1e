"""Messages of the trip feature in every language (merged into core.messages.CATALOG).

Swapping, adding and removing days, the start date and lighter days (core.agents.trip); the
interests a plan honours (core.agents.planner), with the names of common interests.
Keys ending in `_one` / `_other` are plural forms chosen by the `count` value.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "trip_length_one": "{count} day",
        "trip_length_other": "{count} days",
        "trip_swap_which": "Which day should I swap?",
        "trip_swap_with": "Swap day {day} with which day?",
        "trip_swap_one_day": (
            "Your trip has only one day, so there is no other day to swap it with."
        ),
        "trip_swap_same": "Day {day} can't be swapped with itself.",
        "trip_swap_same_hint": "Name two different days",
        "trip_swap_nothing": (
            "Day {day} and day {to_day} are both empty, so swapping them changes nothing."
        ),
        "trip_swapped": "Swapped day {day} and day {to_day} ✅",
        "trip_summary_swap": "Swapped day {day} and day {to_day}",
        "trip_add_count": "I can add from 1 to {limit} days at a time, not {count}.",
        "trip_too_long": (
            "A trip can be at most {limit} days long and yours has {length}, so I can't add "
            "{count} more."
        ),
        "trip_days_added_one": "Added {count} empty day ({days}); your trip now has {length} ✅",
        "trip_days_added_other": "Added {count} empty days ({days}); your trip now has {length} ✅",
        "trip_summary_add_one": "Added {count} day",
        "trip_summary_add_other": "Added {count} days",
        "trip_remove_which": "Which day should I remove?",
        "trip_remove_confirm_one": (
            "Remove {days} from your trip? Everything planned on it goes too."
        ),
        "trip_remove_confirm_other": (
            "Remove {days} from your trip? Everything planned on them goes too."
        ),
        "trip_remove_later": "Later days move up.",
        "trip_remove_yes": "Yes, remove",
        "trip_removed": "Removed {days}; your trip now has {length}.",
        "trip_summary_remove": "Removed {days}",
        "trip_remove_all": "I can't remove every day: a trip keeps at least one day.",
        "trip_remove_count": "I can remove from 1 to {limit} days, not {count}.",
        "trip_already_length": "Your trip already has {length}.",
        "trip_not_longer": "Your trip has {length}, so shortening it to {wanted} removes nothing.",
        "trip_not_longer_hint": "To make it longer, ask me to add days",
        "trip_start_ask": "Which date should your trip start on?",
        "trip_end_ask": "Which date is the last day of your trip now?",
        "trip_start_placeholder": "e.g. 14 March",
        "trip_start_past": "{date} is in the past, so your trip can't start then.",
        "trip_end_before_start": "Your trip starts on {start}, so it can't end on {date}.",
        "trip_start_past_hint": "Pick today or a later date",
        "trip_start_same": "Your trip already starts on {date}.",
        "trip_start_set": "Your trip now starts on {date} and ends on {end} ✅",
        "trip_summary_start": "Moved the start date to {date}",
        "trip_relax_which": "Which day should I make more relaxed?",
        "trip_relax_already": (
            "Day {day} is already relaxed (at most {visits} visits, with time between stops), so I "
            "left it as it is."
        ),
        "trip_relax_confirm": (
            "Make day {day} more relaxed? I'd keep the meals and at most {visits} visits, with "
            "time between stops:"
        ),
        "trip_relax_drop": "Drop {name}{at}",
        "trip_relax_move": "Move {name} from {from_time} to {to_time}",
        "trip_relax_yes": "Yes, lighten it",
        "trip_relaxed": "Day {day} is more relaxed now ✅",
        "trip_summary_relax": "Made day {day} more relaxed",
        "slot_evening": "the evening",
        "plan_interest_missing": (
            "I couldn't include {interests} in the plan for {city}: no suitable place was open at "
            "a free time"
        ),
        "plan_interests_missing_some_one": (
            "I couldn't include one of the interests you named in the plan for {city}"
        ),
        "plan_interests_missing_some_other": (
            "I couldn't include {count} of the interests you named in the plan for {city}"
        ),
        "plan_reason_interest": (
            "you asked for {interest}, and it was the best-rated match in {city} open at {time} "
            "that wasn't already in the plan{rating}"
        ),
        "plan_reason_interest_unnamed": (
            "it was the best-rated match in {city} for one of your interests, open at {time} and "
            "not already in the plan{rating}"
        ),
        "interest_beach": "beaches",
        "interest_whisky": "whisky",
        "interest_castle": "castles",
        "interest_temple": "temples",
        "interest_shrine": "shrines",
        "interest_street_food": "street food",
        "interest_ramen": "ramen",
        "interest_sushi": "sushi",
        "interest_seafood": "seafood",
        "interest_museum": "museums",
        "interest_art": "art",
        "interest_history": "history",
        "interest_market": "markets",
        "interest_shopping": "shopping",
        "interest_nightlife": "nightlife",
        "interest_live_music": "live music",
        "interest_wine": "wine",
        "interest_beer": "beer",
        "interest_cocktails": "cocktails",
        "interest_coffee": "coffee",
        "interest_tea": "tea",
        "interest_hiking": "hiking",
        "interest_nature": "nature",
        "interest_park": "parks",
        "interest_garden": "gardens",
        "interest_church": "churches",
        "interest_fort": "forts",
        "interest_viewpoint": "viewpoints",
        "interest_architecture": "architecture",
        "interest_vegetarian": "vegetarian food",
    },
    "es": {
        "trip_length_one": "{count} día",
        "trip_length_other": "{count} días",
        "trip_swap_which": "¿Qué día quieres intercambiar?",
        "trip_swap_with": "¿Con qué día intercambio el día {day}?",
        "trip_swap_one_day": (
            "Tu viaje tiene un solo día, así que no hay otro día con el que intercambiarlo."
        ),
        "trip_swap_same": "No puedo intercambiar el día {day} consigo mismo.",
        "trip_swap_same_hint": "Indica dos días distintos",
        "trip_swap_nothing": (
            "El día {day} y el día {to_day} están vacíos, así que intercambiarlos no cambia nada."
        ),
        "trip_swapped": "Intercambié el día {day} y el día {to_day} ✅",
        "trip_summary_swap": "Intercambié el día {day} y el día {to_day}",
        "trip_add_count": "Puedo añadir de 1 a {limit} días a la vez, no {count}.",
        "trip_too_long": (
            "Un viaje puede durar como máximo {limit} días y el tuyo ya tiene {length}, así que no "
            "puedo añadir {count} más."
        ),
        "trip_days_added_one": "Añadí {count} día vacío ({days}); tu viaje ahora tiene {length} ✅",
        "trip_days_added_other": (
            "Añadí {count} días vacíos ({days}); tu viaje ahora tiene {length} ✅"
        ),
        "trip_summary_add_one": "Añadí {count} día",
        "trip_summary_add_other": "Añadí {count} días",
        "trip_remove_which": "¿Qué día quito?",
        "trip_remove_confirm_one": (
            "¿Quito {days} de tu viaje? Todo lo planeado ese día se va con él."
        ),
        "trip_remove_confirm_other": (
            "¿Quito {days} de tu viaje? Todo lo planeado esos días se va con ellos."
        ),
        "trip_remove_later": "Los días siguientes se adelantan.",
        "trip_remove_yes": "Sí, quitar",
        "trip_removed": "Quité {days}; tu viaje ahora tiene {length}.",
        "trip_summary_remove": "Quité {days}",
        "trip_remove_all": "No puedo quitar todos los días: un viaje conserva al menos un día.",
        "trip_remove_count": "Puedo quitar de 1 a {limit} días, no {count}.",
        "trip_already_length": "Tu viaje ya tiene {length}.",
        "trip_not_longer": "Tu viaje tiene {length}, así que acortarlo a {wanted} no quita nada.",
        "trip_not_longer_hint": "Para alargarlo, pídeme que añada días",
        "trip_start_ask": "¿En qué fecha empieza tu viaje?",
        "trip_end_ask": "¿Qué fecha es ahora el último día de tu viaje?",
        "trip_start_placeholder": "p. ej., 14 de marzo",
        "trip_start_past": "{date} ya pasó, así que tu viaje no puede empezar ese día.",
        "trip_end_before_start": (
            "Tu viaje empieza el {start}, así que no puede terminar el {date}."
        ),
        "trip_start_past_hint": "Elige hoy o una fecha posterior",
        "trip_start_same": "Tu viaje ya empieza el {date}.",
        "trip_start_set": "Tu viaje ahora empieza el {date} y termina el {end} ✅",
        "trip_summary_start": "Cambié la fecha de inicio al {date}",
        "trip_relax_which": "¿Qué día quieres hacer más tranquilo?",
        "trip_relax_already": (
            "El día {day} ya es tranquilo (como mucho {visits} visitas, con tiempo entre paradas), "
            "así que lo dejé como estaba."
        ),
        "trip_relax_confirm": (
            "¿Hago el día {day} más tranquilo? Mantendría las comidas y como mucho {visits} "
            "visitas, con tiempo entre paradas:"
        ),
        "trip_relax_drop": "Quitar {name}{at}",
        "trip_relax_move": "Mover {name} de {from_time} a {to_time}",
        "trip_relax_yes": "Sí, aligerarlo",
        "trip_relaxed": "El día {day} ahora es más tranquilo ✅",
        "trip_summary_relax": "Hice el día {day} más tranquilo",
        "slot_evening": "la noche",
        "plan_interest_missing": (
            "No pude incluir {interests} en el plan de {city}: ningún lugar adecuado estaba "
            "abierto en un hueco libre"
        ),
        "plan_interests_missing_some_one": (
            "No pude incluir uno de los intereses que mencionaste en el plan de {city}"
        ),
        "plan_interests_missing_some_other": (
            "No pude incluir {count} de los intereses que mencionaste en el plan de {city}"
        ),
        "plan_reason_interest": (
            "pediste {interest}, y era la mejor valorada de las opciones en {city} abiertas a las "
            "{time} que aún no estaban en el plan{rating}"
        ),
        "plan_reason_interest_unnamed": (
            "era la mejor valorada en {city} para uno de tus intereses, abierta a las {time} y aún "
            "no incluida en el plan{rating}"
        ),
        "interest_beach": "playas",
        "interest_whisky": "whisky",
        "interest_castle": "castillos",
        "interest_temple": "templos",
        "interest_shrine": "santuarios",
        "interest_street_food": "comida callejera",
        "interest_ramen": "ramen",
        "interest_sushi": "sushi",
        "interest_seafood": "mariscos",
        "interest_museum": "museos",
        "interest_art": "arte",
        "interest_history": "historia",
        "interest_market": "mercados",
        "interest_shopping": "compras",
        "interest_nightlife": "vida nocturna",
        "interest_live_music": "música en vivo",
        "interest_wine": "vino",
        "interest_beer": "cerveza",
        "interest_cocktails": "cócteles",
        "interest_coffee": "café",
        "interest_tea": "té",
        "interest_hiking": "senderismo",
        "interest_nature": "naturaleza",
        "interest_park": "parques",
        "interest_garden": "jardines",
        "interest_church": "iglesias",
        "interest_fort": "fuertes",
        "interest_viewpoint": "miradores",
        "interest_architecture": "arquitectura",
        "interest_vegetarian": "comida vegetariana",
    },
    "pt": {
        "trip_length_one": "{count} dia",
        "trip_length_other": "{count} dias",
        "trip_swap_which": "Que dia quer trocar?",
        "trip_swap_with": "Trocar o dia {day} com que dia?",
        "trip_swap_one_day": (
            "A sua viagem tem só um dia, por isso não há outro dia com que trocá-lo."
        ),
        "trip_swap_same": "Não posso trocar o dia {day} consigo mesmo.",
        "trip_swap_same_hint": "Indique dois dias diferentes",
        "trip_swap_nothing": (
            "O dia {day} e o dia {to_day} estão vazios, por isso trocá-los não muda nada."
        ),
        "trip_swapped": "Troquei o dia {day} e o dia {to_day} ✅",
        "trip_summary_swap": "Troquei o dia {day} e o dia {to_day}",
        "trip_add_count": "Posso acrescentar de 1 a {limit} dias de cada vez, não {count}.",
        "trip_too_long": (
            "Uma viagem pode ter no máximo {limit} dias e a sua já tem {length}, por isso não "
            "posso acrescentar mais {count}."
        ),
        "trip_days_added_one": (
            "Acrescentei {count} dia vazio ({days}); a sua viagem agora tem {length} ✅"
        ),
        "trip_days_added_other": (
            "Acrescentei {count} dias vazios ({days}); a sua viagem agora tem {length} ✅"
        ),
        "trip_summary_add_one": "Acrescentei {count} dia",
        "trip_summary_add_other": "Acrescentei {count} dias",
        "trip_remove_which": "Que dia devo tirar?",
        "trip_remove_confirm_one": (
            "Tirar {days} da sua viagem? Tudo o que está planeado nesse dia sai também."
        ),
        "trip_remove_confirm_other": (
            "Tirar {days} da sua viagem? Tudo o que está planeado nesses dias sai também."
        ),
        "trip_remove_later": "Os dias seguintes avançam.",
        "trip_remove_yes": "Sim, tirar",
        "trip_removed": "Tirei {days}; a sua viagem agora tem {length}.",
        "trip_summary_remove": "Tirei {days}",
        "trip_remove_all": "Não posso tirar todos os dias: uma viagem fica com pelo menos um dia.",
        "trip_remove_count": "Posso tirar de 1 a {limit} dias, não {count}.",
        "trip_already_length": "A sua viagem já tem {length}.",
        "trip_not_longer": (
            "A sua viagem tem {length}, por isso encurtá-la para {wanted} não tira nada."
        ),
        "trip_not_longer_hint": "Para a alongar, peça-me para acrescentar dias",
        "trip_start_ask": "Em que data começa a sua viagem?",
        "trip_end_ask": "Que data é agora o último dia da sua viagem?",
        "trip_start_placeholder": "p. ex., 14 de março",
        "trip_start_past": "{date} já passou, por isso a sua viagem não pode começar nesse dia.",
        "trip_end_before_start": (
            "A sua viagem começa a {start}, por isso não pode terminar a {date}."
        ),
        "trip_start_past_hint": "Escolha hoje ou uma data posterior",
        "trip_start_same": "A sua viagem já começa a {date}.",
        "trip_start_set": "A sua viagem agora começa a {date} e termina a {end} ✅",
        "trip_summary_start": "Mudei a data de início para {date}",
        "trip_relax_which": "Que dia quer tornar mais tranquilo?",
        "trip_relax_already": (
            "O dia {day} já é tranquilo (no máximo {visits} visitas, com tempo entre paragens), "
            "por isso deixei-o como estava."
        ),
        "trip_relax_confirm": (
            "Tornar o dia {day} mais tranquilo? Manteria as refeições e no máximo {visits} "
            "visitas, com tempo entre paragens:"
        ),
        "trip_relax_drop": "Tirar {name}{at}",
        "trip_relax_move": "Mudar {name} de {from_time} para {to_time}",
        "trip_relax_yes": "Sim, aliviar",
        "trip_relaxed": "O dia {day} agora é mais tranquilo ✅",
        "trip_summary_relax": "Tornei o dia {day} mais tranquilo",
        "slot_evening": "a noite",
        "plan_interest_missing": (
            "Não consegui incluir {interests} no plano para {city}: nenhum lugar adequado estava "
            "aberto num horário livre"
        ),
        "plan_interests_missing_some_one": (
            "Não consegui incluir um dos interesses que mencionou no plano para {city}"
        ),
        "plan_interests_missing_some_other": (
            "Não consegui incluir {count} dos interesses que mencionou no plano para {city}"
        ),
        "plan_reason_interest": (
            "pediu {interest}, e era a opção mais bem avaliada em {city} aberta às {time} que "
            "ainda não estava no plano{rating}"
        ),
        "plan_reason_interest_unnamed": (
            "era a opção mais bem avaliada em {city} para um dos seus interesses, aberta às {time} "
            "e ainda não incluída no plano{rating}"
        ),
        "interest_beach": "praias",
        "interest_whisky": "uísque",
        "interest_castle": "castelos",
        "interest_temple": "templos",
        "interest_shrine": "santuários",
        "interest_street_food": "comida de rua",
        "interest_ramen": "ramen",
        "interest_sushi": "sushi",
        "interest_seafood": "frutos do mar",
        "interest_museum": "museus",
        "interest_art": "arte",
        "interest_history": "história",
        "interest_market": "mercados",
        "interest_shopping": "compras",
        "interest_nightlife": "vida noturna",
        "interest_live_music": "música ao vivo",
        "interest_wine": "vinho",
        "interest_beer": "cerveja",
        "interest_cocktails": "coquetéis",
        "interest_coffee": "café",
        "interest_tea": "chá",
        "interest_hiking": "trilhas",
        "interest_nature": "natureza",
        "interest_park": "parques",
        "interest_garden": "jardins",
        "interest_church": "igrejas",
        "interest_fort": "fortes",
        "interest_viewpoint": "miradouros",
        "interest_architecture": "arquitetura",
        "interest_vegetarian": "comida vegetariana",
    },
}
