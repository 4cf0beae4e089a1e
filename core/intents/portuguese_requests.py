"""Portuguese request shapes the word-by-word grammar misses, said as travelers chat.

Run before core.intents.portuguese's word rules (BEFORE) and after them on the rewritten text
(AFTER). Each rule is a shape, not a sentence: a destination with no object ("passa pro dia 4"
is "move it"), a place first and the change after ("a praia pode ir pro sábado?"), a new time
"em vez das 19h", a question about opening hours or an entrance fee with the verb last
("o X abre que horas?", "o X é pago?"), Portugal's forms ("porque é que escolheste…"), a wish for
"algum lugar com…" whose words are only filler, a trip made longer or shorter in chat words.
Patterns are accent-free (core.intents.lexicon.loose).
"""

from __future__ import annotations

import re

from core.intents.lexicon import Replacement
from core.text import fold

WEEKDAYS = {  # Portuguese weekday (folded) → the grammar's English name
    "segunda": "monday",
    "terca": "tuesday",
    "quarta": "wednesday",
    "quinta": "thursday",
    "sexta": "friday",
    "sabado": "saturday",
    "domingo": "sunday",
}
_WEEKDAY = r"(?P<wd>segunda|terca|quarta|quinta|sexta|sabado|domingo)(?:[- ]feira)?"
SHORT_WEEKDAYS = {  # a weekday's short form ("qui", "sab") → its whole Portuguese name
    "seg": "segunda",
    "ter": "terca",
    "qua": "quarta",
    "qui": "quinta",
    "sex": "sexta",
    "sab": "sabado",
    "dom": "domingo",
}
_HOUR_WORD = r"uma|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze"
_HOUR = rf"(?:\d{{1,2}}|{_HOUR_WORD})"
# What says a clock time follows: "13h", "8:30", "nove da noite", "dez e meia", "8 horas".
_CLOCK_AFTER = (
    r"(?=\s*(?:h\b|h\d|:\d|horas?\b|e\s+meia\b|e\s+um\s+quarto\b|"
    r"da\s+(?:manha|tarde|noite|madrugada)\b))"
)
_CLOCK = r"\d{1,2}(?:h\d{2}|h|:\d{2})"
# Where a move goes: a day, a weekday, a time ("pro dia 4", "pra sexta", "pras 11h").
_DESTINATION = (
    r"(?:pro|pra|para|pras|ate|as|às)\s+(?:o\s+|a\s+|as\s+)?(?:dia|amanha|hoje|depois|"
    r"segunda|terca|quarta|quinta|sexta|sabado|domingo|ultimo|primeiro|segundo|terceiro|"
    r"proxim|\d)"
)
_N = r"(?P<n>\d{1,2}|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez)"
_COUNT = {"um": 1, "uma": 1, "dois": 2, "duas": 2, "tres": 3, "quatro": 4, "cinco": 5}


def _count(match: re.Match[str]) -> str:
    said = fold(match.group("n"))
    return str(_COUNT.get(said, said))


def _to_weekday(match: re.Match[str]) -> str:
    return "to " + WEEKDAYS[fold(match.group("wd"))]


BEFORE: list[tuple[str, Replacement]] = [
    # Opening hours, entrance fees and why questions with the verb last or Portugal's forms.
    (
        r"^(?:e\s+)?(?:o\s+|a\s+|os\s+|as\s+)?(?P<x>[^,?]+?)\s+(?:abre|fecha|abrem|fecham|funciona)\s+"
        r"(?:a\s+|as\s+|ate\s+)?(?:que|q)\s+horas?\b\W*",
        lambda m: f"hours of {m.group('x')} ",
    ),
    (
        r"^(?:e\s+)?(?:a\s+)?(?:que|q)\s+horas?\s+(?:o\s+|a\s+)?(?P<x>[^,?]+?)\s+"
        r"(?:abre|fecha|abrem|fecham)\b\W*",
        lambda m: f"hours of {m.group('x')} ",
    ),
    (
        r"^(?:e\s+)?(?:o\s+|a\s+)?(?P<x>[^,?]+?)\s+(?:e|sao)\s+(?:pag[oa]s?|gratuit[oa]s?|gratis|"
        r"de\s+graca|car[oa]s?)\s*\?+",
        lambda m: f"tell me about {m.group('x')} ",
    ),
    (
        r"\b(?:precisa|tem\s+que|tem\s+de)\s+pagar\s+(?:pra\s+|para\s+)?(?:entrar\s+)?(?:no|na|em)\s+"
        r"|\bquanto\s+(?:custa|e|sai)\s+(?:a\s+entrada|o\s+ingresso|o\s+bilhete|entrar)\s+(?:d[oa]|n[oa]|em)\s+",
        "tell me about ",
    ),
    (
        r"\bpor\s*que\s+(?:e\s+que\s+)?(?:(?:voce|vc|tu)\s+)?(?:escolheste|puseste|meteste|colocaste|"
        r"adicionaste|recomendaste|sugeriste|incluiste|escolheu|pos|meteu|sugeriu|incluiu|botou|"
        r"colocou|marcou|agendou|botaram|colocaram|puseram|escolheram)\b",
        "why did you pick",
    ),
    (
        r"^(?:me\s+)?(?:explica\s+)?(?:pq|por\s*que)\s+(?:e\s+que\s+)?(?:o\s+|a\s+)?(?P<x>[^?]+?)\s+"
        r"(?:ficou|esta|ta|foi|caiu|vem)\s+(?:as|no|na|tao|so|antes|depois|primeiro|cedo|tarde|"
        r"logo|em)\b.*$",
        lambda m: f"why did you pick {m.group('x')}",
    ),
    (
        r"^(?:oi|ola|opa|e\s+ai|bom\s+dia|boa\s+tarde|boa\s+noite)[,!.\s]+"
        r"(?=(?:o\s+)?que\s+(?:vc|voce|tu)\s+(?:consegue|sabe|pode)|como\s+(?:funciona|isso))",
        "",
    ),
    (
        r"\btem\s+(?:alguma\s+coisa|algo|coisa|nada)\s+(?:marcad[oa]|planejad[oa]|programad[oa]|"
        r"agendad[oa]|pra\s+fazer)\b",
        "o que tem",
    ),
    # "tem algum rooftop…?", "me ajuda com o jantar de sábado?": asking for a place.
    (
        r"^(?:e\s+)?(?:tem|existe|conhece|conheces|sabe\s+de|rola)\s+"
        r"(?=(?:algum|alguma|uns|umas|um|uma)\s)(?!\w+\s+(?:guia|especialista|expert|pessoa|local))",
        "recomenda ",
    ),
    (
        r"\b(?:me\s+)?ajuda(?:\s+a\s+escolher)?\s+(?:com|n)\s*(?:o|a)\s+"
        r"(?=(?:jantar|almoco|cafe\s+da\s+manha|pequeno[- ]almoco)\b)",
        "recomenda pro ",
    ),
    (
        r"\b(?:pra|para)\s+(?:tomar|beber)\s+(?:um|uma|uns|umas)?\s*(?:drinks?|drinques?|coqueteis)\b",
        "bar",
    ),
    # Two weekdays traded ("troca a segunda pela terça").
    (
        r"\b(?:troca|trocar|troque|inverte|inverter|inverta)\s+(?:a\s+|o\s+)?"
        r"(?P<a>segunda|terca|quarta|quinta|sexta|sabado|domingo)(?:[- ]feira)?\s+"
        r"(?:pela|pelo|por|com|e)\s+(?:a\s+|o\s+)?"
        r"(?P<b>segunda|terca|quarta|quinta|sexta|sabado|domingo)(?:[- ]feira)?\b",
        lambda m: f"swap {WEEKDAYS[fold(m.group('a'))]} and {WEEKDAYS[fold(m.group('b'))]}",
    ),
    # Asking for ideas is asking to see options ("me dá opções de café", "quais praias vc sugere").
    (
        r"\b(?:me\s+)?(?:da|de|manda|passa)\s+(?:umas?\s+|algumas?\s+)?(?=(?:opcoes|ideias|sugestoes|alternativas)\b)",
        "",
    ),
    (
        r"^(?:e\s+)?(?:quais|qual|que)\s+(?P<x>[^?]+?)\s+(?:(?:vc|voce|tu)\s+)?(?:sugere|sugeres|"
        r"recomenda|recomendas|indica|indicas)\b",
        lambda m: f"opcoes de {m.group('x')}",
    ),
    (r"\b(?:me\s+)?(?:sugere|sugira|sugerem|sugeres|sugerir)\b", "recomenda"),
    # A booking said with "fazer (uma) reserva no X" or with the place's article.
    (
        r"\b(?:fazer|faz|faca)\s+(?:uma\s+)?reserva\s+(?P<p>no|na|em|pro|pra|para\s+o|para\s+a)\b",
        r"reservar uma mesa \g<p>",
    ),
    (r"\breservar?\s+(?:o|a)\s+(?!mesa\b)", "reservar "),
    # A place said as filler around what the traveler wants ("algum lugar com pastéis de nata").
    (
        r"(?<!no\s)\b(?:(?:em|num|numa)\s+)?(?:(?:algum|alguma|um|uma)\s+)?(?:lugar|sitio|canto|lugarzinho|"
        r"cantinho|spot)\s+(?:com|que\s+(?:tenha|tem|sirva|serve|faca|faz))\s+"
        r"(?:um\s+|uma\s+|uns\s+|umas\s+|bons\s+|boas\s+|bom\s+|boa\s+)?",
        "",
    ),
    (
        r"(?<!no\s)\b(?:(?:em|num|numa)\s+)?(?:(?:algum|alguma|um|uma)\s+)?(?:lugar|sitio|canto|lugarzinho|"
        r"cantinho)\s+de\s+(?=\w)",
        "",
    ),
    (
        r"\b(?:algo|alguma\s+coisa|coisa|qualquer\s+coisa)\s+(?P<adj>\w+\s+)?(?:pra|para)\s+comer\b",
        lambda m: f"{m.group('adj') or ''}restaurante",
    ),
    (
        r"(?<!\bno\s)\b(?:(?:em|num|numa)\s+|(?:algum|alguma|um|uma|qualquer)\s+)+"
        r"(?:lugar|sitio|lugarzinho|"
        r"cantinho|canto)\b(?!\s+(?:pra|para)\s+(?:a\s+gente\s+)?comer)"
        r"(?=\s+(?:barat|bom|boa|legal|bacana|gostos|tranquil|vegan|vegetarian|romantic|familiar|"
        r"pra|para|pro|no|na|de|perto|mais|bem)|\s*$)",
        "",
    ),
    (r"\b(?:algo|alguma\s+coisa|qualquer\s+coisa)\b(?=\s+(?!(?:pra|para|pro|pros)\b)\w)", ""),
    (r"\bmais\s+(?=(?:barat|em\s+conta|economic))", ""),
    # "em vez do X, algo vegetariano", "no lugar da X queria ir a um sítio de Y": a replacement.
    (
        r"^(?:e\s+)?(?:em\s+vez|ao\s+inves|no\s+lugar)\s+d[aoe]s?\s+(?P<old>[^,]+?)\s*(?:,\s*|\s+(?="
        r"(?:queria|quero|queremos|gostaria|prefiro|preferia|bota|coloca|poe|mete|pode\s+ser)\b))"
        r"(?:(?:queria|quero|queremos|gostaria\s+de|prefiro|preferia|bota|coloca|poe|mete|pode\s+ser)\s+)?"
        r"(?:ir\s+(?:a|ao|à|no|na|num|numa|em|pra|pro)\s+)?(?P<new>.+)$",
        lambda m: f"troca {m.group('old')} por {m.group('new')}",
    ),
    # A new time said against the old one: a retime ("dá pra jantar no X 20h30 em vez de 19h?").
    (
        r"^(?:(?:da|dá)\s+(?:pra|para)\s+|pode(?:mos)?\s+|podia\s+|consegue\s+)?(?:jantar|almocar|ir|"
        r"ficar|chegar|passar)?\s*(?:no|na|ao|à|em)?\s*(?P<x>[^,?]+?)\s+(?:as\s+|pras\s+)?"
        rf"(?P<t>{_CLOCK})\s+(?:em\s+vez|ao\s+inves|no\s+lugar)\s+d[ae]s?\s+(?:as\s+)?{_CLOCK}\b\W*",
        lambda m: f"passa {m.group('x')} as {m.group('t')} ",
    ),
    # "amber fort mais cedo, 8 da manhã": earlier or later to a time is a retime.
    (
        r"^(?:(?:coloca|poe|bota|deixa)\s+)?(?:o\s+|a\s+)?(?P<x>[^,]+?)\s+(?:um\s+pouco\s+|bem\s+)?"
        r"mais\s+(?:cedo|tarde)\s*[,:]?\s*(?:(?:tipo|umas|as|pras|pra|para)\s+)?"
        rf"(?={_HOUR}(?:\b|h))",
        lambda m: f"passa {m.group('x')} as ",
    ),
    # The place first, then where it goes ("a praia de X pode ir pro sábado?").
    (
        r"^(?:e\s+)?(?:o\s+|a\s+)?(?P<x>[^,?]+?)\s+(?:pode|podia|poderia|da\s+pra|consegue)\s+"
        rf"(?:ir|ficar|passar|mudar)\s+(?={_DESTINATION})",
        lambda m: f"passa {m.group('x')} ",
    ),
    # "leva o X pra amanhã", "manda a Y pro dia 4": taking a place to a day moves it.
    (
        rf"\b(?:leva|levar|leve|manda|mandar|mande|joga|jogar)\b(?=[^,]+?\b{_DESTINATION})",
        "passa",
    ),
    # Times with a preposition the clock rules lack ("pra 13h", "tipo 8h", "pra nove da noite").
    (
        rf"\b(?:pra|para|pro|tipo|umas|la\s+pelas|la\s+pras)\s+(?:as\s+)?(?={_HOUR}{_CLOCK_AFTER})",
        "as",
    ),
    (
        r"(?<!\bas\s)(?<!\ba\s)(?<!\bpelas\s)(?<!\bpras\s)(?<!\bdia\s)(?<!\bdas\s)(?<!\bate\s)"
        rf"(?<![:.])\b(?={_HOUR}(?:[:.]\d{{2}})?\s+(?:horas\s+)?da\s+(?:manha|tarde|noite|madrugada)\b)",
        "as",
    ),
    (r"\b(?:pra|para|pro)\s+(?=(?:amanha|hoje|depois\s+de\s+amanha)\b)", "to"),
    (r"(?<!\bdepois\s)\b(?:de|do)\s+(?=(?:amanha|hoje)\b)", ""),
    (r"\btipo\s+(?=(?:ao\s+|o\s+)?meio[- ]dia)", ""),
    # A weekday a move goes to ("passa a Sé para sexta", "muda X pra quinta").
    (
        rf"\b(?:pra|para|pro|para\s+[ao]|ate\s+[ao]?)\s+(?:a\s+|o\s+)?(?:proxim[ao]\s+)?{_WEEKDAY}\b",
        _to_weekday,
    ),
    (
        r"(?<!plano\s)(?<!roteiro\s)(?<!programa\s)"
        rf"\b(?:de|da|do)\s+{_WEEKDAY}\b(?!\s+(?:a|o|d[aoe]s?)\b)",
        lambda m: "on " + WEEKDAYS[fold(m.group("wd"))],
    ),
    # "começa o dia 1 com X" puts X on day 1; it does not move the trip's start.
    (
        r"\b(?:comeca|comecar|começa|inicia|iniciar|abre|abrir)\s+o\s+(?P<d>dia\s+\d{1,2}|\w+\s+dia)\s+(?:com|pelo|pela)\b",
        lambda m: f"no {m.group('d')} coloca",
    ),
    # Trip length in chat words.
    (
        r"\b(?:vamos|vou|a\s+gente\s+vai)\s+ter\s+(?:que|q|de)\b|\b(?:temos|tenho|teremos)\s+(?:que|q|de)\b"
        r"(?=\s+(?:encurtar|tirar|mudar|cancelar|remover|adiar|mover|trocar|cortar|reduzir))",
        "",
    ),
    (
        rf"\b(?:esticar|estica|estender|estende|prolongar|prolonga|aumentar|aumenta|alongar|alonga)\s+"
        rf"(?:a|nossa|minha)\s+(?:viagem|estadia|estada)\s+(?:em\s+)?(?:mais\s+)?{_N}\s+dias?\b",
        lambda m: f"add {_count(m)} days",
    ),
    (
        r"\b(?:esticar|estica|alongar|alonga)\s+(?:a|nossa|minha)\s+(?:viagem|estadia|estada)\b",
        "add a day",
    ),
    (
        rf"\b(?:encurtar|encurta|reduzir|reduz|diminuir|diminui|cortar|corta)\s+(?:a\s+viagem\s+|a\s+estadia\s+|"
        rf"tudo\s+)?(?:pra|para|em)\s+(?:so\s+)?{_N}\s+dias\b",
        lambda m: f"shorten the trip to {_count(m)} days",
    ),
    (r"\bagora\s+(?=(?:a\s+gente\s+chega|chegamos|vamos\s+chegar|a\s+viagem))", ""),
    # Pronouns for a place just talked about ("tira essa", "põe aquele pra 13h").
    (
        r"\b(?:essa|aquela|aquele|aquilo)(?:\s+ai)?\b(?=\s*(?:$|[,.!?]|(?:pra|para|pro|no|na|do|da|de|as|ao|em)\b))",
        "isso",
    ),
]

AFTER: list[tuple[str, Replacement]] = [
    (r"\bat\s+at\b", "at"),
    (r"\bbook\s+a\s+table\s+(?:no|na|em|nos|nas)\b", "book a table at"),
    # A move with no object: the place just talked about ("passa pro dia 4", "muda pras 11h").
    (r"^(?:(?:please|can you)\s+)*(?P<v>move|change)\s+(?=(?:to|at|on)\b)", r"\g<v> it "),
    # Putting "it" somewhere is moving it ("põe esse pra 13h", "coloca ele no dia 3").
    (r"^(?:(?:please|can you)\s+)*add\s+(?:that|it)\s+(?=(?:to|at|on)\b)", "move it "),
]
