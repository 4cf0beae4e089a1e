"""Portuguese ways of changing the trip that the word-by-word rules miss, said as people chat.

Run first among core.intents.portuguese's rules, on the text as typed (accent-free patterns,
core.intents.lexicon.loose). Each rule is a shape, not a sentence:

- chat words that say nothing about the request, at the edges of a message, from Brazil
  ("mano", "mermão", "sô", "véi"), Portugal ("carago", "pá") and Angola/Mozambique ("kota",
  "xará"), and the "vc" before "consegue";
- weekdays written "2ª", "6ª-feira", and short ("seg", "qua") where two days are traded;
- two days traded in words: "inverte a terça e a quarta", "faz o sábado no lugar da sexta",
  "o que era dia 1 passa pro dia 2 e vice-versa";
- a new time or day said as what would be better ("a ribeira é melhor às 17h, muda aí");
- bookings in chat shapes (core.intents.portuguese_bookings, run after the chat words);
- a thought before the request ("estou a pensar mudar…"), the old time before the new one
  ("das 20h pras 21h"), "bem cedo, tipo 7h", "faz o dia 2 antes do dia 1";
- a start said "dia 10/12" (day first) or arriving "só na terça";
- undoing the last change ("desfaz a última", "cancela o que vc fez");
- days added to the trip with any verb of putting ("bota mais 2 dias na viagem").
"""

from __future__ import annotations

import re

from core.intents.lexicon import Counting, Replacement
from core.intents.portuguese_bookings import BOOKING_PAIRS
from core.intents.portuguese_requests import SHORT_WEEKDAYS, WEEKDAYS
from core.text import fold

# "2ª", "6ª-feira", "4a feira": the weekday by its number (Monday is the second day).
_BY_NUMBER = {"2": "segunda", "3": "terca", "4": "quarta", "5": "quinta", "6": "sexta"}
_WD = r"(?:segunda|terca|quarta|quinta|sexta|sabado|domingo)(?:[- ]feira)?"
_WD_OR_SHORT = rf"(?:{_WD}|seg|ter|qua|qui|sex|sab|dom)\.?"
# A day of the trip said in a swap: a weekday, "dia 3", "o 3", "primeiro/último dia".
_DAY = (
    rf"(?:{_WD_OR_SHORT}|dia\s+\d{{1,2}}|\d{{1,2}}|(?:primeiro|segundo|terceiro|quarto|quinto|"
    r"sexto|ultimo)(?:\s+dia)?)"
)
_ORDINAL_DAYS = {
    "primeiro": "day 1",
    "segundo": "day 2",
    "terceiro": "day 3",
    "quarto": "day 4",
    "quinto": "day 5",
    "sexto": "day 6",
    "ultimo": "the last day",
}
_COUNTING = Counting("pt", {})
# Where an item goes: a day, a weekday, a time ("pro dia 4", "pra terça", "pras 11h").
_WHERE_TO = (
    r"(?:pro|pra|para|pras|as|ate)\s+(?:o\s+|a\s+|as\s+)?(?:dia\b|amanha|depois|segunda|terca|"
    r"quarta|quinta|sexta|sabado|domingo|ultimo|primeiro|segundo|terceiro|proxim|\d)"
)
_NUM = r"\d{1,2}|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez"


def _day(said: str) -> str:
    """A day said in a swap, in the grammar: "terça" → "tuesday", "dia 3" → "day 3"."""
    words = fold(said).lower().replace("-", " ").rstrip(".").split()
    first = SHORT_WEEKDAYS.get(words[0], words[0])
    if first in WEEKDAYS:
        return WEEKDAYS[first]
    if first in _ORDINAL_DAYS:
        return _ORDINAL_DAYS[first]
    return f"day {words[-1]}"


_MONTHS_PT = (
    "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro"
).split()


def _day_month(match: re.Match[str]) -> str:
    """'dia 10/12' → '10 de dezembro': in Portuguese the day comes first."""
    day, month = int(match.group("d")), int(match.group("m"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group(0)
    return f"{day} de {_MONTHS_PT[month - 1]}"


def _swap(match: re.Match[str]) -> str:
    return f"swap {_day(match.group('a'))} and {_day(match.group('b'))}"


def _by_number(match: re.Match[str]) -> str:
    return _BY_NUMBER[match.group("n")]


def _better(match: re.Match[str]) -> str:
    """The item said better at a time or on a day, moved there ("… na quinta" → "pra quinta")."""
    where = match.group("where")
    where = re.sub(r"^(?:n[oa]|a[o]?|à)\s+(?=\D)", "pra ", where, flags=re.IGNORECASE)
    return f"passa {match.group('x')} {where}"


# ", muda aí", "; passa pra lá": the change asked for after a remark that says where.
_CHANGE_AFTER = (
    r"\s*[,;.!?]+\s*(?:(?:entao|pode|podes|da\s+pra)\s+)?(?:muda|passa|troca|bota|poe|coloca|"
    r"joga|mexe|manda|leva|faz)\w*\b.*"
)


def _better_pattern(article: str, after: str) -> str:
    """'<item> é/fica/seria melhor <at a time or on a day>' (+ `after`, optional when "")."""
    return (
        r"^(?![^?]*\?)(?:(?:acho\s+que|se\s+calhar|talvez)\s+)?"
        + article
        + r"(?!(?:que|q|qual|quais|quem|onde|como|quando|oq|um|uma|algum|alguma|isso|tudo|tempo|"
        r"clima)\b)(?P<x>[^,;.?]+?)\s+"
        r"(?:e|fica|ficaria|seria|era|ficava|vai\s+ser)\s+(?:bem\s+|muito\s+|bue\s+)?melhor\s+"
        r"(?P<where>(?:as|pras|pelas|no|na|ao|pro|pra|para|dia|mais)\b[^,;.?]*?|\d[^,;.?]*?)"
        + (after or f"(?:{_CHANGE_AFTER})?")
        + r"[.!?]*$"
    )


_CHAT_PAIRS: list[tuple[str, Replacement]] = [
    # Chat words at the edges: "mano, …", "kota quer …", "… mermão", "… sô", "… tchê".
    (
        r"^(?:(?:mano|mana|cara|mermao|meu\s+rei|vei|veio|kota|xara|po|poxa|egua|carago|caramba|"
        r"ixi|eita|bah|tche|uai|oxente|oxe)\b[\s,!.]*)+(?=\w)",
        "",
    ),
    (
        r"[\s,!.]+(?:(?:mano|mermao|vei|veio|xara|kota|so|tche|uai|carago|pa|tlgd|visse|sor)\b[\s,!.]*)+$",
        "",
    ),
    (r"\b(?:mano|mermao|xara|tlgd)\b[,!]?", " "),
    (r"\b(?:voce|vc|tu|ce)\s+(?=(?:consegue|consegues|conseguia|conseguirias|podia)\b)", ""),
    (r"\b(?:consegues|conseguias|conseguirias|tem\s+como|ha\s+como)\b", "can you"),
    (r"^(?:(?:faz|faca|fazes|faz-me)\s+(?:o\s+)?favor\s+de)\s+", ""),
    (r"(?<=\d)\s+agora\W*$", ""),  # "começa dia 8 agora": now, not today
]

_REST: list[tuple[str, Replacement]] = [
    # "o X vai pra terça", "a Y fica pro dia 3": the item first, then where it goes.
    (
        r"^(?:e\s+)?(?:o|a|os|as)\s+(?P<x>[^,?]+?)\s+(?:vai|vao|fica|ficam|passa|passam|muda|cai)\s+"
        rf"(?={_WHERE_TO})",
        lambda m: f"passa {m.group('x')} ",
    ),
    # "muda o serralves de dia, pro sábado", "troca o horário do X pras 11": what changes said.
    (
        rf"\b(?:muda|mudar|troca|trocar|altera|alterar|mexe)\s+(?P<x>(?:o|a)\s+[^,?]+?)\s+de\s+"
        rf"(?:dia|data)\s*,?\s*(?={_WHERE_TO})",
        lambda m: f"passa {m.group('x')} ",
    ),
    (
        r"\b(?:muda|mudar|troca|trocar|altera|alterar|mexe|mexer)\s+(?:n)?(?:o|a)\s+(?:horario|hora)\s+"
        r"d(?=[oa]s?\s)",
        "passa ",
    ),
    # Days off the trip said as staying less: "vamos ficar menos um dia".
    (
        r"\b(?:vamos\s+ficar|ficamos|ficaremos|vou\s+ficar|fico|a\s+gente\s+fica)\s+menos\s+"
        r"(?P<n>um|1|dois|2|tres|3)\s+dias?\b",
        lambda m: f"shorten the trip by {_COUNTING.count(m.group('n'))} day",
    ),
    # "estou a pensar mudar…", "tô pensando em trocar…": the request after the thought.
    (
        r"^(?:eu\s+)?(?:estou|tou|to|estava|tava|estamos|tamos)\s+(?:a\s+pensar|pensando)\s+"
        r"(?:em\s+|se\s+da\s+pra\s+)?(?=\w+r\b)",
        "",
    ),
    # "muda o jantar do dia 2 das 20h pras 21h": the old time said before the new one.
    (
        r"\b(?:das|de)\s+\d{1,2}(?:h\d{2}|h|:\d{2})\s+(?=(?:pras|para\s+as|as|pra|ate\s+as)\s)",
        " ",
    ),
    (r"\bde\s+(?=dia\s+\d)", "do "),
    (r"\bmaningue\b", "muito"),
    # "o amber fort bem cedo, tipo 7h": earlier or later to a time is a new time.
    (
        r"^(?:o|a|os|as)\s+(?P<x>[^,]+?)\s+(?:bem\s+|muito\s+|bue\s+)?(?:mais\s+)?(?:cedo|tarde)\s*[,:]?\s*"
        r"(?:(?:tipo|umas|as|pras|pra|para|pelas)\s+)?(?=\d{1,2}(?:h|:|\s+(?:da|horas)))",
        lambda m: f"passa {m.group('x')} as ",
    ),
    # Weekdays by number and short, where they are days for sure.
    (r"\b(?P<n>[2-6])\s*(?:ª|a\s*[- ]?\s*feira)(?:\s*[- ]?\s*feira)?", _by_number),
    # Two days traded: "troca a seg pela qua", "permuta a terça e a quarta", "troca de lugar
    # a segunda com a sexta", "inverte o primeiro dia com o último".
    (
        r"\b(?:troca\w*|troque\w*|invert\w*|inverta|permut\w*|altern\w*)\s+(?:de\s+lugar\s+)?"
        rf"(?:entre\s+)?(?:os\s+dias\s+)?(?:a\s+|o\s+)?(?P<a>{_DAY})\s+(?:pela|pelo|por|com|e)\s+"
        rf"(?:a\s+|o\s+)?(?P<b>{_DAY})\b(?!\s*(?:h\b|:|horas|pessoas|de\s+\w+\s+pra))",
        _swap,
    ),
    # "faz o sábado no lugar da sexta": that day's plan on the other day, and back.
    (
        r"\b(?:faz|faze|faca|bota|poe|coloca|passa|mete)\s+(?:o\s+|a\s+)?"
        rf"(?P<a>{_DAY})\s+(?:no\s+lugar|em\s+vez)\s+d[oa]\s+(?P<b>{_DAY})\b",
        _swap,
    ),
    # "faz o dia 2 antes do dia 1": the order of two days changed.
    (
        r"\b(?:faz|faze|faca|fazer|poe|coloca|bota|passa|quero|queremos)\s+(?:o\s+|a\s+)?"
        rf"(?P<a>{_DAY})\s+(?:antes\s+d[oa]|primeiro\s+que\s+[oa])\s+(?P<b>{_DAY})\b",
        _swap,
    ),
    (r"\bpassa\s+a\s+(?:comecar|iniciar)\b", "comeca"),
    # "o que era dia 1 passa pro dia 2 e vice-versa", "passa tudo da segunda pra terça e
    # vice versa": one day to the other and back is a swap.
    (
        r"^.*?\b(?:(?:d|n)[oa]\s+)?(?P<a>" + _DAY + r")\s+(?:(?:passa|vai|muda|fica|leva)\w*\s+)?"
        rf"(?:pro|pra|para\s+[oa]|para|pr[oa]\s+o)\s+(?P<b>{_DAY})\s*,?\s+"
        r"(?:e\s+)?vice[- ]?versa\b.*$",
        _swap,
    ),
    (
        r"^.*?\b(?:passa|muda|move|leva|joga)\w*\s+(?:tudo\s+)?(?:o\s+que\s+(?:tem|ha|esta|ta)\s+)?"
        rf"(?:d|n)[oa]\s+(?P<a>{_DAY})\s+(?:pro|pra|para\s+[oa]|para)\s+(?P<b>{_DAY})\s*,?\s+e\s+"
        rf"(?:o|tudo|o\s+que\s+(?:tem|ha|esta|ta))\s+(?:d|n)[oa]\s+{_DAY}\s+(?:pro|pra|para\s+[oa]|para)\s+"
        rf"{_DAY}\b.*$",
        _swap,
    ),
    # "a ribeira é melhor às 17h, muda aí", "o X fica melhor na quinta, passa pra lá": an item
    # named with its article, or anything followed by the verb that asks for the change.
    (_better_pattern(r"(?:o|a|os|as)\s+", ""), _better),
    (_better_pattern("", _CHANGE_AFTER), _better),
    # "a gente chega só na terça", "afinal só chegamos na quarta": arriving, said with "só".
    (
        r"\b(?:so|apenas|somente)\s+(?=(?:chegamos|chegaremos|vamos\s+chegar|chego|pousamos)\b)",
        "",
    ),
    (
        r"\b(?P<v>chega|chegamos|chegaremos|chegar|pousamos)\s+(?:so|apenas|somente)\b",
        r"\g<v>",
    ),
    (r"\ba\s+gente\s+(?:so|apenas|somente)\s+(?=chega\b)", "a gente "),
    # "muda a data da viagem pra começar dia 10/12": the start date, said day first.
    (
        r"\b(?:muda|mudar|mude|altera|alterar|altere|troca|trocar|passa|passar)\s+a\s+data\s+"
        r"(?:da\s+viagem|de\s+(?:inicio|ida|partida|chegada))\s+(?:pra|para)\s+"
        r"(?:(?:comecar|iniciar|ser)\s+)?(?:(?:no|em|a|o)\s+)?",
        "change the start date to ",
    ),
    (
        r"\b(?:(?:no|o)\s+)?dia\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?:\d{4}|\d{2}))?\b"
        r"(?!\s*(?:estrelas|\*))",
        _day_month,
    ),
    # Undoing the last change.
    (
        r"\b(?:desfaz\w*|desfaca|cancela\w*|anula\w*|revert\w*)\s+(?:tudo\s+)?(?:o\s+)?que\s+"
        r"(?:(?:voce|vc|tu|ce)\s+)?(?:fez|fizeste|mudou|mudaste|alterou|alteraste|"
        r"acabou\s+de\s+fazer|acabaste\s+de\s+fazer)(?:\s+(?:agora|ai|antes))?\b",
        "undo",
    ),
    (
        r"\b(?:desfaz\w*|desfaca|anula\w*|revert\w*)\s+(?:a|o)\s+ultim[oa]"
        r"(?:\s+(?:coisa|alteracao|mudanca|edicao|acao))?\b",
        "undo",
    ),
    (r"\bvolta\s+(?:ao|pro|para\s+o)\s+que\s+(?:era|estava|tava)(?:\s+antes)?\b", "undo"),
    (r"^(?:volta|desfaz\w*\s+tudo|desfaca\s+tudo)\W*$", "undo"),
    # "mais 2 dias de viagem", "tira os 2 últimos dias": days on or off the end.
    (
        rf"^(?:\+|mais)\s*(?P<n>{_NUM})\s+dias?(?:\s+(?:de|na|a)\s+viagem)?\W*$",
        lambda m: f"add {_COUNTING.count(m.group('n'))} days",
    ),
    (
        rf"\b(?:tira|tirar|remove|remover|corta|cortar|apaga|apagar)\s+os\s+(?P<n>{_NUM})\s+"
        r"ultimos\s+dias\b",
        lambda m: f"shorten the trip by {_COUNTING.count(m.group('n'))} days",
    ),
    # Days added with any verb of putting: "bota mais 2 dias na viagem", "mete mais um dia".
    (
        r"\b(?:bota|botar|coloca|colocar|poe|por|mete|meter|soma|somar|junta|juntar|acrescenta|"
        rf"adiciona|inclui)\s+(?:mais\s+(?P<n>{_NUM})\s+dias?(?:\s+(?:a|na|à)\s+viagem)?|"
        rf"(?P<m>{_NUM})\s+dias?\s+(?:a\s+mais|na\s+viagem|a\s+viagem))\b",
        lambda m: f"add {_COUNTING.count(m.group('n') or m.group('m'))} days",
    ),
]

CHANGE_PAIRS: list[tuple[str, Replacement]] = [*_CHAT_PAIRS, *BOOKING_PAIRS, *_REST]
