"""Why a request is made, said after it: a statement, never a second request nor search words.

After a request that is already whole (a place or a kind with a day, a time or a request verb),
travelers say why, in a sentence of its own:

- a reason opened by "que", "q", "pq", "pois": "… pro dia 4 às 11h, que no sábado a gente pega
  o voo", "… amanhã coloca 19h q é o pôr do sol", "tira o dia 4 que tá vazio mesmo";
- somebody doing something: "a minha avó janta tarde", "a banda só começa mais tarde",
  "painho quer ver a casa do Bolívar", "o sol se põe mais tarde";
- the state of things, verb first: "fica 4 dias só", "é mais perto";
- a plan of one's own: "bora sair à noite", "vamos curtir a noite";
- how good it would be: "mt massa ia ser", "ia ser top";
- after a request that names its place, what one wants from it: "quero carne apimentada",
  "quero comprar uns queijos pra levar".

A clause that has a request verb, "também", a kind asked for with "um"/"uma" ("um bar"), a
place named with capitals the request did not name, its own day or time (unless opened by
"que"), a question mark, or a wish the wish readers need (a diet, children, an occasion) is
kept. Read on the message as typed (normalized), before the language's rewrites.
"""

from __future__ import annotations

import re

from core.intents.browse import kinds_named
from core.intents.lexicon import loose

# Where a clause starts: a comma, a stop, an ellipsis, a dash (never "?": a question stays).
# A question mark ends the request it asks ("pode passar X pra quinta? a minha irmã só chega…").
_BREAK = re.compile(r"\s*(?:[,;!]+|\.+|…|\s-+\s|\?+(?=\s+\w))\s*")
_REQUEST_VERB = loose(
    # the imperative or the infinitive, never "mudaram o voo" (news, not a request)
    r"\b(?:(?:coloca|bota|adiciona|acrescenta|inclui|mete|encaixa|tira|remove|exclui|apaga|muda|"
    r"move|passa|troca|substitui|marca|reserva|agenda|cancela|limpa|planeja|monta|agrega|quita|"
    r"cambia)(?:r|-?(?:o|a|os|as|me|nos|lo|la))?|(?<!\bse\s)poe|add|put|move|book|swap|"
    r"replace|pon)\b"
)
_TOO = loose(r"\b(?:tambem|tb|tbm|too|also|tambien)\b")
# A day, a clock time, a part of the day or a meal.
_CLOCK = r"\d{1,2}(?:[:.h]\d\d|\s*h(?:rs?)?|\s*(?:am|pm))"
_WHEN = loose(
    rf"\b(?:dia|day)\s*\d|\b{_CLOCK}\b|\b(?:as|a|at)\s+\d"
    r"|\b(?:hoje|hj|amanha|segunda|terca|quarta|quinta|sexta|sabado|domingo|manha|tarde|"
    r"noite|almoco|jantar|janta|cafe\s+da\s+manha|today|tomorrow|tonight|morning|evening|"
    r"lunch|dinner)\b"
)
# A day or a clock time said in a clause of its own: a request of its own ("o jantar pro dia 3").
_OWN_WHEN = loose(
    rf"\b(?:dia|day)\s*\d|\b{_CLOCK}\b|\b(?:as|at)\s+\d"
    r"|\b(?:hoje|hj|amanha|segunda|terca|quarta|quinta|sexta|sabado|domingo)\b"
)
# A wish the wish readers turn into one: kept.
_WISH = loose(
    r"\b(?:vegan\w*|vegetarian\w*|(?:nao|sem)\s+(?:\w+\s+)?carne|gluten|celiac\w*|alerg\w*|halal|kosher|criancas?|"
    r"filh[oa]s|kids?|bebes?|aniversario|lua\s+de\s+mel|cadeira\s+de\s+rodas|barat\w*|caro|"
    r"cara|grana|dinheiro)\b"
)
_INDEFINITE = loose(r"\b(?:um|uma|uns|umas|algum|alguma|outro|outra|num|numa)\s+(?P<what>.+)$")
_NAME = re.compile(r"(?<=\s)(?!I\b)[A-ZÀ-Ý][\w'-]*")

# A verb said of somebody or something: "janta", "começa", "quer", "se põe".
_VERB = (
    r"(?:é|sao|ta|esta|estao|fica|ficam|comeca|comecam|termina|terminam|acaba|acabam|abre|"
    r"abrem|fecha|fecham|janta|jantam|almoca|almocam|come|comem|quer|querem|gosta|gostam|"
    r"adora|adoram|ama|amam|odeia|odeiam|prefere|preferem|pega|pegamos|pegam|chega|chegam|"
    r"chegamos|sai|saem|saimos|volta|voltam|voltamos|vai|vao|vamos|vem|vem|tem|temos|precisa|"
    r"precisam|acorda|acordam|dorme|dormem|pode|podem|consegue|conseguem|toca|tocam|poe|"
    r"nasce|ia|seria|curte|curtem|curtimos|viaja|viajam|viajamos|parte|partem|partimos|"
    r"enjoa|enjoam|cansa|cansam|aguenta|aguentam|mora|moram|moramos|vive|vivem|sou|somos)"
)
# What somebody does at an hour of their own: "a minha tia só sai do trabalho às 9".
_DOING = (
    r"(?:comeca|comecam|termina|terminam|acaba|acabam|abre|abrem|fecha|fecham|janta|jantam|"
    r"almoca|almocam|sai|saem|saimos|chega|chegam|chegamos|acorda|acordam|dorme|dormem|pega|"
    r"pegam|pegamos|toca|tocam|viaja|viajam|viajamos|parte|partem|partimos|poe|nasce)"
)
_SUBJECT = (
    r"(?!(?:depois|dps|e|ai|entao|mas|tipo|la|aqui|ali|so|isso|que|q)\b)"
    r"(?:(?:a|o|os|as)\s+)?(?:(?:minha|meu|minhas|meus|nossa|nosso|nossas|nossos|nha)\s+)?"
    r"[^\W\d_]+(?:\s+(?:de|do|da)\s+[^\W\d_]+)?"
)
_ADVERB = r"(?:(?:so|nao|ja|sempre|nunca|tb|mal|ainda|quase|tambem)\s+)?"
# Said of what does not suit: "museu num dá", "19h não dá", "isso não rola pra gente".
_REFUSED = r"^(?:\w+\s+){0,2}(?:nao|num)\s+(?:da|rola|serve|funciona|cabe)\b"
_STATEMENT = loose(
    # a reason: "que no sábado a gente pega o voo", "q é o pôr do sol"
    r"^(?:q|que|pq|porque|pois|ja\s+que)\s+(?!(?:tal|horas?|seja|sejam|tenha|tenham|esteja|"
    r"fique|abra)\b)\w+"
    # somebody doing something: "a minha avó janta tarde", "o sol se põe mais tarde"
    rf"|^{_SUBJECT}\s+{_ADVERB}(?:se\s+)?{_VERB}\b"
    # the state of things, verb first: "fica 4 dias só"
    r"|^(?:fica|ficam|ficamos|vai\s+ficar|ta|esta|sao)\s+\w+"
    # a topic, then who does it: "lamen a gente come toda semana", "praia eu tenho de sobra"
    rf"|^\w+\s+(?:a\s+gente|eu|nos|a\s+galera)\s+{_ADVERB}{_VERB}\b"
    # what does not suit: "museu num dá", "19h não dá", "isso não rola"
    rf"|{_REFUSED}"
    # how the place asked for should be, two qualities and no noun: "uma antiga e bonita"
    r"|^(?:um|uma)\s+[^\W\d_]+\s+e\s+[^\W\d_]+$"
    # how it has to be: "tem de ser fixe", "tem que ser bom"
    r"|^(?:\w+\s+){0,5}tem\s+(?:de|que)\s+ser\b"
    # a plan of one's own: "bora sair à noite", "vamos curtir"
    r"|^(?:bora|partiu|vamos|a\s+gente\s+vai|vou)\s+(?:sair|curtir|descansar|dormir|relaxar|"
    r"aproveitar|festejar|comemorar|celebrar|acordar|chegar|voltar|pegar|tomar\s+banho|"
    r"passear|ver|fotografar|comprar|levar)\b"
    # how good it would be: "mt massa ia ser", "ia ser top"
    r"|^(?:(?:mt|muito|mto|mo|bem|super)\s+)?\w+\s+(?:ia\s+ser|vai\s+ser|seria)\s*$"
    r"|^(?:ia\s+ser|vai\s+ser|seria)\s+(?:(?:mt|muito|mto|bem|super)\s+)?\w+(?:\s+\w+)?\s*$"
)
_DOES = loose(rf"^{_SUBJECT}\s+{_ADVERB}(?:se\s+)?{_DOING}\b")
_REFUSED_SAID = loose(_REFUSED)
# After a request that names its place: what one wants from it ("quero carne apimentada").
_WANTED_THERE = loose(
    r"^(?:(?:eu|a\s+gente|nos)\s+)?(?:quero|queremos|quer|queria|queriamos)\s+"
    # never food wanted ("quero tomar um ajiaco"): that is the request
    r"(?:(?:comprar|levar|ver)\s+|(?!(?:um|uma|uns|umas|algum|alguma|ir|provar|comer|tomar|"
    r"o|a|os|as|no|na|num|numa)\b))\w+"
)
# A reason inside the clause, right after its day or time: "tira o dia 4 que tá vazio".
_REASON_AFTER_WHEN = loose(
    rf"(?:\b(?:dia|day)\s*\d{{1,2}}|\b{_CLOCK}|\b(?:hoje|hj|amanha|segunda|terca|quarta|quinta|"
    r"sexta|sabado|domingo|noite|tarde))(?:\s+(?:mesmo|msm|ai|entao))?"
    r"\s+(?P<why>(?:q|que|pq|porque|pois)\s+.+)$"
)


# "o MASP já tá": the place is already there (core.intents.already_there reads it).
_ALREADY = loose(r"\bja\s+(?:ta|esta|tem|temos|ta\s+no|foi|fomos)\b")
_BUYING = loose(r"^(?:eu\s+|a\s+gente\s+)?quer\w*\s+(?:comprar|levar)\b")


# Who a sentence is about, capitalised as its first word ("Nha irmã só chega…"): no place.
_PERSON_FIRST = re.compile(
    r"^(?:nha|minha|meu|minhas|meus|nossa|nosso|eu|ami|a|o|os|as)\b", re.IGNORECASE
)
# Where somebody lives or comes from ("a gente come toda semana em Brasília", "sou de Goa").
_PERSONAL = loose(r"\b(?:a\s+gente|eu|nos|sou|somos|moro|moramos)\b")


def _named_anew(clause: str, head: str) -> bool:
    """A place named with capitals in the clause that the request before did not name."""
    personal = _PERSONAL.search(clause) is not None
    for name in _NAME.finditer(" " + clause):
        before = clause[: max(name.start() - 1, 0)].split()[-1:]
        if name.start() == 1 and _PERSON_FIRST.match(clause):
            continue
        if personal and before and before[0].lower() in {"em", "de", "no", "na"}:
            continue
        if name.group(0) not in head:
            return True
    return False


# A self-correction is said with a verb too ("quer dizer"), but it takes back what came before.
_CORRECTING = re.compile(
    r"^(?:quer\s+dizer|ou\s+seja|ou\s+melhor|digo|ali[aá]s|na\s+verdade|quiero\s+decir|o\s+sea|"
    r"o\s+mejor|i\s+mean)\b",
    re.IGNORECASE,
)


def _states(clause: str, head: str) -> bool:
    """A clause that only says why: nothing to do, nothing to search."""
    said = clause.strip(" ,;.!-")
    if _CORRECTING.match(said):
        return False  # "adiciona o MASP no dia 2, quer dizer, adiciona o Museu do Ipiranga"
    if re.match(r"qu[éê]\b", said, re.IGNORECASE):
        return False  # "qué opciones hay": "qué" with its accent asks
    if len(said.split()) < 2 or "?" in said or _REQUEST_VERB.search(said) or _TOO.search(said):
        return False
    if _WISH.search(said) or _named_anew(said, head) or _ALREADY.search(said):
        return False
    reason = re.match(r"(?:q|que|pq|porque|pois|j[aá]\s+que)\s", said, re.IGNORECASE)
    refused = _REFUSED_SAID.match(said) is not None  # "19h não dá": the old time, refused
    if _OWN_WHEN.search(said) and not (
        _OWN_WHEN.search(head) and (reason or refused or _DOES.match(said))
    ):
        return False  # "o jantar fica pro dia 3": a request of its own; a day the request needs
    found = _INDEFINITE.search(said)
    if found and kinds_named(found["what"]) and not reason and not _BUYING.match(said):
        return False  # "vamos ver um bar": another place; "quero comprar uns queijos" buys
    if _STATEMENT.match(said):
        return True
    return bool(_WANTED_THERE.match(said)) and not _asks_a_kind(head)


def _asks_a_kind(head: str) -> bool:
    """A request for a kind of place ("quero um barzinho"), not for one it names."""
    found = _INDEFINITE.search(head)
    return found is not None and bool(kinds_named(found["what"]))


def _whole(head: str) -> bool:
    """A request that says what and when (or what to do): nothing after it is needed."""
    return bool(_WHEN.search(head) or _REQUEST_VERB.search(head))


def _without_reason_inside(clause: str, head: str) -> str:
    """The clause without a reason said right after its day or time ("… 19h q é o pôr do sol")."""
    found = _REASON_AFTER_WHEN.search(clause)
    if found is None or not _states(found["why"], head + clause[: found.start("why")]):
        return clause
    return clause[: found.start("why")].rstrip()


def without_stated_reasons(text: str) -> str:
    """`text` without the statements of why said after its complete request.

    "The Wee Dram às 21h, a banda só começa mais tarde" → "The Wee Dram às 21h"; "tira o dia
    4 que tá vazio mesmo, fica 4 dias só" → "tira o dia 4"; unchanged when nothing is said.
    """
    pieces: list[str] = []
    start = 0
    for mark in _BREAK.finditer(text):
        if mark.start() == 0 or mark.end() == len(text):
            continue
        pieces += [text[start : mark.start()], mark.group(0)]
        start = mark.end()
    pieces.append(text[start:])
    out: list[str] = []
    for index in range(0, len(pieces), 2):
        head = "".join(out)
        clause = _without_reason_inside(pieces[index], head)
        if index and _whole(head) and _states(clause, head):
            continue
        out += [pieces[index - 1], clause] if index else [clause]
    joined = "".join(out).strip(" ,;-")
    return joined if joined.strip(" ,;.!?") and joined != text.strip(" ,;-") else text
