"""Portuguese messages (keys as in core.messages.ENGLISH)."""

PORTUGUESE: dict[str, str] = {
    "added": "Adicionei {name} ao dia {day} ✅",
    "added_as_meal": "Adicionei {name} ao dia {day} como {meal} ✅",
    "already_on_day": "{name} já está no dia {day}; adicionei-o outra vez, como pediu.",
    "found_places": "Encontrei {count} {what} perto de {city}. Escolha uma opção:",
    "loosened_search": "Nada correspondeu a tudo o que disse; estes são os mais próximos.",
    "no_places": "Não encontrei '{query}' perto de {city}.",
    "no_places_filtered": "Não encontrei '{query}' perto de {city} que corresponda a {filters}.",
    "no_places_filtered_hint": "Tente novamente sem o filtro de classificação, preço ou horário",
    "open_now": "aberto agora",
    "wish_unmet": (
        "Nenhum dos lugares que encontrei atende a: {wishes}; "
        "estes são os que mais se aproximam."
    ),
    "wish_cheap": "barato",
    "wish_upscale": "sofisticado",
    "found_places_filtered": (
        "Encontrei {count} {what} perto de {city} ({filters}). Escolha uma opção:"
    ),
    "no_places_hint_1": "Não há resultados para esta pesquisa",
    "no_places_hint_2": "Experimente acrescentar mais detalhes (nome da rua, zona)",
    "no_places_hint_3": "Verifique a ortografia",
    "search_down": "A pesquisa de locais está temporariamente indisponível.",
    "search_down_hint_1": "O nosso serviço de pesquisa de locais está com problemas",
    "search_down_hint_2": "Tente novamente daqui a alguns minutos",
    "vague_place": "Preciso de mais detalhes para procurar um local.",
    "vague_place_hint_1": "Que tipo de local? (restaurante, museu, parque, etc.)",
    "vague_place_hint_2": "Tem algum nome ou zona em mente?",
    "which_day": "Para que dia?",
    "day_label": "Dia {day}",
    "no_such_day_hint": "Escolha um dia de 1 a {count}",
    "target_missing": "Não encontrei '{what}' {where}.",
    "target_missing_hint": "Planeado para {where_short}: {items}",
    "target_missing_empty": "Ainda não há nada planeado {where}",
    "which_item": "A qual se refere?",
    "say_what": "A qual se refere? Por exemplo: «remove o almoço do dia 2».",
    "removed": "Removi {name} do dia {day}.",
    "confirm_remove_many": "Isto vai remover {what} do que está planeado para {where}. Continuar?",
    "confirm_yes_remove": "Sim, remover",
    "cancel": "Cancelar",
    "yes": "Sim",
    "no": "Não",
    "nothing_to_remove": "Não há nada para remover {where}.",
    "moved": "Mudei {name} para o dia {day}{at}.",
    "retimed": "Mudei {name} do dia {day} para as {time}.",
    "already_there": "{name} já está no dia {day}{at}.",
    "move_where": (
        "Para onde devo mudar {name}? Indique um dia ou uma hora, por exemplo «para o dia 3» ou "
        "«para as 14:00»."
    ),
    "replaced": "Substituí {old} por {new} no dia {day} ✅",
    "replace_with_what": "O que devo pôr no lugar de {name}?",
    "undone": "Desfiz a última alteração ({summary}).",
    "nothing_to_undo": "Ainda não há nada para desfazer.",
    "cannot_undo": "Já não consigo desfazer essa alteração: a viagem mudou demasiado desde então.",
    "cancelled": "Está bem, deixei a sua viagem como estava.",
    "stale": (
        "A sua viagem mudou desde que perguntei, por isso não alterei nada. "
        "Peça novamente, por favor."
    ),
    "prompt_expired": (
        "Essa escolha expirou (as escolhas ficam guardadas durante {minutes} minutos). "
        "Peça novamente, por favor."
    ),
    "prompt_closed": "Essa pergunta já foi respondida.",
    "prompt_replaced": "Essa pergunta foi substituída por uma mais recente.",
    "no_open_prompt": "Neste momento não há nenhuma pergunta por responder.",
    "out_of_range": "Escolha um número de 1 a {count}, por favor.",
    "ambiguous_reply": "Qual? '{reply}' corresponde a {names}.",
    "day_empty": "Ainda não há nada planeado",
    "trip_header": "A sua viagem a {destination} (versão {version}):",
    "unclear": "Não percebi bem o que pretende fazer.",
    "unclear_hint": (
        "Experimente «adiciona um restaurante de sushi no dia 2», «muda o almoço para as 14:00», "
        "«o que tenho no dia 1?» ou «desfazer»."
    ),
    "unclear_placeholder": "p. ex. adiciona um museu no dia 1",
    "help": (
        "Posso alterar a sua viagem por chat:\n"
        "• adicionar um local: «adiciona um restaurante de sushi no dia 2», «adiciona o Sushi "
        "Zen para o jantar no dia 2 às 20:00»\n"
        "• remover: «remove o almoço do dia 2», «limpa o dia 3»\n"
        "• mudar: «muda o almoço para as 14:00», «muda o Sushi Zen para o dia 3»\n"
        "• substituir: «substitui o almoço do dia 2 por um restaurante de marisco»\n"
        "• ver o plano: «o que tenho no dia 2?»\n"
        "• desfazer a última alteração: «desfazer»"
    ),
    "empty_text": "Escreva uma mensagem, por favor.",
    "slow_down": (
        "Está a enviar mensagens mais depressa do que consigo responder. "
        "Dê-me um minuto e volte a escrever."
    ),
    "too_long": (
        "Essa mensagem é demasiado longa ({length} caracteres). Por favor, use menos de {limit}."
    ),
    "demo_notice": "Dados de demonstração: os locais são ilustrativos, não são locais reais.",
    "ai_limit_note": (
        "Atingiu o limite de respostas com IA desta hora, "
        "por isso respondi com as minhas regras básicas."
    ),
    "not_available_yet": "Ainda não consigo fazer isso.",
    "enriched": "Atualizei os detalhes de {name} ✅",
    "welcome": (
        "Boas-vindas ao Traveloure! Planeio e edito viagens por chat. Experimente «planeia 3 "
        "dias em Quioto», «adiciona um restaurante de sushi no dia 2» ou «ajuda»."
    ),
    "linked": "Este chat está agora associado à sua conta Traveloure ✅",
    "reply_choice": "Responda com um número ou um nome.",
    "reply_yes_no": "Responda SIM ou NÃO.",
    "lead_claimed": (
        "Boa notícia: {expert}, especialista local em {market}, aceitou o seu pedido e vai "
        "entrar em contato em breve."
    ),
    "opted_out": "Deixará de receber alertas ou resumos aqui. Envie START para os voltar a ativar.",
    "opted_in": "Os alertas e os resumos voltaram a estar ativos neste chat ✅",
    "link_invalid": (
        'Esse código de associação já não é válido. Peça um novo e envie "link CODE".'
    ),
    "at_time": " às {time}",
    "where_day": "no dia {day}",
    "where_trip": "na sua viagem",
    "day_short": "o dia {day}",
    "trip_short": "a sua viagem",
    "matching": " que corresponda a '{what}'",
    "plan_confirm": (
        "Isto vai substituir o seu plano atual de {old_length} para {old_city} ({items}) por um "
        "novo plano de {new_length} para {city}. Continuar?"
    ),
    "plan_confirm_yes": "Sim, substituir",
    "plan_too_long": "Posso planear de 1 a {limit} dias de cada vez, não {days}.",
    "plan_nothing_found": "Não encontrei locais para planear uma viagem em {city}.",
    "plan_shortfall": (
        "Não havia {what} diferentes suficientes em {city} abertos nos horários certos "
        "para preencher todos os espaços"
    ),
    "plan_reason": (
        "era o {kind} com melhor classificação em {city} aberto às {time} "
        "que ainda não estava no plano{rating}"
    ),
    "slot_morning": "a visita da manhã",
    "slot_lunch": "o almoço",
    "slot_afternoon": "a visita da tarde",
    "slot_dinner": "o jantar",
    "explain_which": "A que local se refere? Indique o nome, por exemplo «fala-me do Sushi Zen».",
    "explain_unknown": "Não encontrei '{what}' na sua viagem nem perto de {city}.",
    "explain_unknown_hint": (
        "Verifique o nome ou pergunte «o que tenho no dia 2?» para ver a sua viagem"
    ),
    "explain_not_on_trip": "{name} não está na sua viagem. Eis o que sei:",
    "explain_when": "dia {day}{at}",
    "explain_no_data": "Ainda não tenho mais detalhes sobre {name}.",
    "explain_hours": "Horário: {hours}",
    "explain_hours_unknown": "Não sei o horário de funcionamento de {name}.",
    "explain_opening": "{name} está {now}. Horário: {hours}",
    "explain_open_now": "aberto agora",
    "explain_closed_now": "fechado agora",
    "why_choice": (
        "A escolha de {name} para o dia {day} foi sua, entre {choices} resultados "
        "para '{query}' (era o n.º {rank}; ordeno-os por classificação e depois por distância)."
    ),
    "why_named": "Pediu {name} pelo nome, por isso adicionei-o diretamente ao dia {day}.",
    "why_planner": "Escolhi {name} para {slot}: {reason}.",
    "why_unknown": (
        "{name} já estava na viagem antes de eu começar a registar o motivo de cada adição. "
        "Eis o que sei sobre este local:"
    ),
    "booking_kind_table": "uma mesa para {party}",
    "booking_kind_lodging": "uma estadia",
    "booking_kind_tickets": "bilhetes para {party}",
    "booking_kind_transport": "um transfer para {party}",
    "booking_confirm": (
        "Pedir {what} em {name} no dia {day}{at}? Um especialista local ou o operador "
        "vai confirmar o pedido; nada fica reservado até isso acontecer."
    ),
    "booking_confirm_yes": "Sim, enviar o pedido",
    "booking_sent": (
        "Pedido de reserva enviado: {what} em {name} no dia {day}{at}. "
        "Estado: a aguardar revisão. Ainda não há nada reservado; receberá uma resposta "
        "quando um especialista ou o operador confirmar. Referência {ref}."
    ),
    "booking_duplicate": "Já tem um pedido pendente para {name} no dia {day} (referência {ref}).",
    "booking_which": "Para que local devo pedir a reserva?",
    "booking_what": (
        "O que devo reservar? Indique um local da sua viagem, por exemplo «reserva o Sushi Zen "
        "para 2 às 20:00»."
    ),
    "booking_not_on_trip": (
        "Só posso pedir reservas para locais da sua viagem, e não encontrei '{what}' lá."
    ),
    "booking_not_on_trip_hint": "Adicione-o primeiro, por exemplo «adiciona {what} no dia 1»",
    "booking_needs_place": (
        "{title} no dia {day} ainda não tem um local, por isso não há nada para reservar."
    ),
    "booking_needs_place_hint": (
        "Escolha primeiro um local, por exemplo «adiciona um restaurante para {title} no dia {day}»"
    ),
    "booking_party": "Para quantas pessoas?",
    "booking_party_option": "{count} pessoas",
    "booking_party_one": "1 pessoa",
    "booking_list_header": "Os seus pedidos de reserva para esta viagem:",
    "booking_list_line": "• {ref} · {what} em {name} · dia {day}{at} · {status}",
    "booking_list_empty": "Ainda não tem pedidos de reserva para esta viagem.",
    "booking_status_pending_review": "a aguardar revisão (ainda não reservado)",
    "booking_status_cancelled": "cancelado",
    "booking_status_confirmed": "confirmado",
    "booking_status_declined": "recusado",
    "booking_cancelled": "Cancelei o pedido de reserva {ref} para {name}.",
    "booking_cancel_which": "Que pedido de reserva devo cancelar?",
    "booking_cancel_none": "Não há nenhum pedido de reserva pendente para cancelar{matching}.",
    "demo_city_unknown": "Os dados de demonstração ainda não têm nada para {city}.",
    "demo_cities_hint": (
        "Os dados de demonstração abrangem {cities}; configure GOOGLE_PLACES_API_KEY "
        "para ver locais reais em qualquer sítio"
    ),
    "alert_text": "⚠️ Alerta de segurança para {market}: {description}",
    "alert_areas": "Áreas afetadas: {areas}",
    "digest_title": "☀️ Novidades de {market}",
    "digest_events": "Durante a sua viagem:",
    "digest_trends": "Em alta agora:",
    "test_alert_text": (
        "🔔 Alerta de teste da Traveloure: os alertas de segurança das viagens chegam aqui."
    ),
    "lead_escalated": (
        "⏰ O lead {lead} continua por reclamar e todos os "
        "especialistas compatíveis já o viram: atribua-o manualmente."
    ),
    "expert_none": "Ainda não há especialistas locais para {market}.",
    "expert_no_market": (
        "Só posso pô-lo em contacto com especialistas locais dos "
        "nossos destinos, ainda não de {place}."
    ),
    "expert_markets_hint": "Há especialistas locais em {markets}",
}
