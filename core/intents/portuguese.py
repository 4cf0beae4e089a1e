"""How Portuguese-speaking travelers (Brazil and Portugal) say things, in the rules' grammar.

Patterns are accent-free (see core.intents.lexicon.loose): "manha" also matches "manhã".
Order matters: times and days before the bare words they contain, verbs last.
"""

from __future__ import annotations

import re
from functools import partial

from core.intents.lexicon import (
    AFTER_THANKS,
    NOT_A_DATE,
    Counting,
    Replacement,
    is_open,
    number_value,
    replace_with,
    rules,
)
from core.intents.portuguese_changes import CHANGE_PAIRS
from core.intents.portuguese_days import DAY_PAIRS
from core.intents.portuguese_remarks import REMARK_PAIRS
from core.intents.portuguese_requests import AFTER, BEFORE, SHORT_WEEKDAYS, WEEKDAYS
from core.intents.portuguese_wishes import PAIRS as WISHES
from core.intents.same_day import PORTUGUESE_PAIRS as SAME_DAY_PT
from core.intents.when import clock_phrase
from core.intents.wish_words import when_kept
from core.text import fold


def _occasion(found: re.Match[str]) -> str:
    """An occasion beside a request goes; the day it names stays.

    "é nosso aniversário na quarta, adiciona um jantar": core.intents.meal_remarks reads the
    occasion as a wish.
    """
    return f" {when_kept(found.group(0))} "


_NUM = (
    r"\d{1,2}|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|treze|"
    r"catorze|quatorze|quinze"
)
_ORDINALS = {
    "primeiro": 1,
    "1o": 1,
    "segundo": 2,
    "terceiro": 3,
    "quarto": 4,
    "quinto": 5,
    "sexto": 6,
    "setimo": 7,
    "sétimo": 7,
    "oitavo": 8,
}
_ORD = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_COUNTING = Counting("pt", _ORDINALS)
_HOUR_WORD = r"uma|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze"
_HOUR = r"\d{1,2}|" + _HOUR_WORD


_TIME = (
    r"\b(?:as|a|pelas|pras|para as|por volta das|lá pelas|la pelas|ate as|desde as)\s+"
    rf"(?P<hour>\d{{1,2}}|(?:{_HOUR_WORD})(?=\s*(?:$|[,.!?;]|h\b|e\s+(?:um\s+)?(?:meia|quarto)|horas?\b|"
    r"da\s+|de\s+|em\s+ponto)))"
    r"(?:(?P<h_suffix>h)(?P<minutes>\d{2})?|[:.](?P<minutes2>\d{2}))?"
    r"(?:\s+e\s+(?:um\s+)?(?P<fraction>meia|quarto))?(?:\s+horas?)?"
    r"(?:\s+(?:da|de)\s+(?P<half>manha|tarde|noite|madrugada))?\b"
)
_BARE_H = r"\b(?P<hour>\d{1,2})(?P<h_suffix>h)(?P<minutes>\d{2})?\b"


def _clock(match: re.Match[str]) -> str:
    groups = match.groupdict()
    if groups.get("minutes2"):
        hours = number_value(match.group("hour"), "pt")
        if hours is None:
            return match.group(0)
        half = (groups.get("half") or "").lower()
        if half in {"tarde", "noite"} and hours < 12:
            hours += 12
        return f"at {hours:02d}:{groups['minutes2']}"
    return clock_phrase(match, "pt")



_PAIRS: list[tuple[str, Replacement]] = [
    (
        r"\b(?P<before>(?:no|na|nesta|neste|pra|pro|para a|para o|ate a|ate o|a partir de)\s+)"
        r"(?P<short>seg|ter|qua|qui|sex|sab|dom)\b\.?(?!\s+(?:um|uma|o|a)\b)",
        lambda m: m.group("before") + SHORT_WEEKDAYS[fold(m.group("short"))],
    ),
    (r"\bq\b", "que"),
    (
        r"^(?:e\s+)?(?:qual|qual e|qual é|como e|como é)\s+(?:e\s+|é\s+)?(?:o\s+|a\s+)?"
        r"(?:plano|roteiro|programa|programacao|programação|agenda|cronograma|itinerario|"
        r"itinerário|planejamento)\s+"
        # "on", "to": a weekday or "hoje" read already
        r"(?:(?P<prep>pra|para|pro|do|da|de|on)\s+|to\s+(?=today|tomorrow|tonight)|"
        r"(?=(?:hoje|amanha|amanhã|today|tomorrow)\b))",
        lambda m: f"o que tem {m.group('prep') or ''} ",
    ),
    # Whole messages first: help, greetings, thanks, goodbyes.
    (
        r"^(?:ajuda|socorro|o que (?:voce|vc) (?:faz|pode fazer|sabe fazer)|como funciona(?: isso)?|"
        r"menu|comandos|opcoes)\W*$",
        "help",
    ),
    (
        r"^(?:oi|oie|ola|ola tudo bem|oi tudo bem|bom dia|boa tarde|boa noite|e ai|eai|opa|"
        r"tudo bem|salve)(?:\s+\w+)?\W*$",
        "hello",
    ),
    (
        r"^(?:(?:muito )?obrigad[oa]|brigad[oa]|valeu|vlw|obg|agradeco|perfeito,? obrigad[oa]|"
        r"otimo,? obrigad[oa])(?:\s+\w+)?\W*$",
        "thanks",
    ),
    (r"^(?:tchau|xau|ate logo|ate mais|ate amanha|falou|adeus)\W*$", "bye"),
    (r"\b(?:muito )?obrigad[oa]\b|\bvaleu\b", "thanks"),
    # Courtesy and "can you" openers.
    (r"\b(?:por favor|pfv|pf|pls|plis)\b", "please"),
    (
        r"\b(?:voce pode|vc pode|voce poderia|vc poderia|pode|poderia|podes|consegue|da pra|"
        r"dá para|me ajuda a|queria que|quero que|preciso que)\b",
        "can you",
    ),
    # Bookings before the verbs that share words with them.
    (r"\b(?:minhas|as|ver minhas|mostra minhas) reservas\b", "my bookings"),
    (r"\bo que (?:eu )?(?:reservei|reservamos|tenho reservado)\b", "my bookings"),
    (r"\bcancela(?:r)? (?:minha|a|uma) reserva\b", "cancel my booking"),
    (
        r"\b(?:tira|tirar|remove|remover|apaga|apagar|corta|cortar)(?:-?me)?\s+(?:o\s+)?ultimo dia(?:\s+(?:da viagem|from the trip))?",
        "remove the last day from the trip",
    ),
    (
        rf"\b(?:(?:quero|queremos|vamos|vou|gostaria de)\s+)?(?:ficar|ficaremos)\s+(?:mais\s+)?(?P<n>{_NUM})\s+dias?(?:\s+a)?\s*(?:mais)?\b",
        _COUNTING.counted("add {n} days"),
    ),
    (
        r"\b(?:quero|queremos|preciso de|gostaria de)\s+(?:um|uma)\s+(?:viagem|roteiro|itinerario|plano)\b",
        "plan a trip",
    ),
    (
        r"\bonde\s+(?:vamos\s+|a gente\s+)?(?:almocar|almocamos|jantar|jantamos|comer|comemos|ficamos|vamos)\b",
        "where do we have",
    ),
    (r"\bnao (?:quero|queremos) mais (?:ir (?:ao|a|no|na|em)|visitar)\b", "remove"),
    (r"\bnum\b", "em um"),
    (r"\b(?:la|lá)\s+(?:pras|pelas|para as)\s+(?=\d)", "as "),
    (r"\b(?:a|nossa|minha)\s+viagem\s+(?:agora\s+)?(?:comeca|começa|inicia)\b", "trip starts"),
    (r"\b(?:queria|quero|queremos|queriamos|gostaria)\s+(?:muito|mesmo|tanto)\b", "queria"),
    (r",?\s*\bd[aá]\s*\?$", " "),
    (r"\bk+\b", " "),
    (r"^(?P<x>.+?)\s+(?:e|é|sao|são)\s+gr[aá]tis\W*$", lambda m: f"tell me about {m.group('x')}"),
    (
        r"\b(?:um|uma)\s+(?P<kind>\w+)(?P<mid>.*?),\s*(?:o|a)\s+(?:de|do|da)\s+(?P<name>[^,?!.]+?)\s*$",
        lambda m: f"{m.group('name')} {m.group('kind')}{m.group('mid')}",
    ),
    (r"\b(\w+)-(?:me|te|nos|lhe|lhes|o|a|os|as|lo|la|los|las)\b", r"\1"),
    (
        r"\b(?:pa|oxe|oxente|visse|blz|tche|bah|uai|eita|vei|parca|ops|opa)\b[,!\s]*",
        " ",
    ),
    (r"\bhj\b", "hoje"),
    (r"\boq\b", "o que"),
    (r"\b(?:mete|bota|poe|coloca|marca)\s+(?:ai|aí|la|lá)\b", "add"),
    (r"\b(?:pode|podes|da pra|dá pra|can you)\s+(?:por|pôr|botar|colocar|encaixar)\b", "add it"),
    (r"\b(?:queria|queriamos|quer)\s+(?:ver|conhecer|visitar)\b", "add"),
    (r"\b(?:de\s+)?preferencia\b", " "),
    (r",?\s*(?:e|é)\s+(?:o\s+)?(?:nosso|meu)\s+aniversario\b[^,.;!?]*(?:[,.;!?]+\s*|$)", _occasion),
    (r"\b(?:sou|somos)\s+vegetarian[oa]s?\b[,\s]*", "vegetarian "),
    (r"\b(?:sou|somos)\s+vegan[oa]s?\b[,\s]*", "vegan "),
    (r"\bsem\s+carne\b", "vegetarian"),
    (
        r"\b(?:bom\s+)?(?:pra|para|pras|para\s+as)\s+(?:as\s+)?crian[cç]as(?:\s+brincarem)?\b|\b(?:vamos|vou|estamos)\s+com\s+(?:os|as)\s+(?:miudos|criancas|filhos|pequenos)\b",
        "family",
    ),
    (
        r"\b(um\s+|uma\s+)?(?:lugar|sitio|restaurante)\s+de\s+(?=frutos|peixe|marisco|comida|carne|sushi|pizza)",
        r"\1",
    ),
    (r"\balgo\s+mais\s+barat[oa]\b|\bmais\s+em\s+conta\b", "cheap"),
    (
        r"\b(?:aumenta|aumentar|estica|esticar|estende|estender|prolonga|prolongar)\s+a\s+viagem\s+em\s+(?P<n>\d+|dois|duas|tres)\s+dias\b",
        lambda m: f"add {m.group('n')} days",
    ),
    (
        r"\b(?:monta|monte|montar|faz|faca|faça|cria|planeja)\s+(?:um|uma|o)\s+(?:roteiro|itinerario|viagem|plano)\s+(?:pra|para|pro|em|no|na)\b",
        "plan a trip to",
    ),
    (
        r"\b(\d+|dois|duas|tres|quatro|cinco)\s+dias\s+(?:no|na|em|pro|pra|para\s+o|para\s+a|para)\s+",
        r"\1 dias in ",
    ),
    (
        r"^(?:pq|por\s*que)\s+(?!nao\b|não\b|voce\b|vc\b|escolheu)(?:o\s+|a\s+)?(?P<x>[^?]+)\?*$",
        lambda m: f"why {m.group('x')}",
    ),
    (r"\bo\s+que\s+(?:tem|há)\s+de\s+especial\b", "what is special about"),
    (
        r"\b(?:quero|queremos|queria|gostaria\s+de)\s+reservar\b|\b(?:consegue|can\s+you)\s+(?:uma\s+)?mesa\b",
        "book",
    ),
    (
        r"\b(?:falar|conversar)\s+com\s+(?:um|uma|algum|alguma)?\s*(?:especialista|guia|expert|local)(?:\s+local)?\b",
        "talk to a local expert",
    ),
    (r"\b(?:me\s+)?(?:poe|põe|coloca)\s+em\s+contato\s+com\b.*$", "find me a local guide"),
    (
        r"^(?:me\s+)?ajuda\s+(?:ai|aí|aqui)\W*$|^o\s+que\s+(?:vc|voce|você|tu)\s+(?:consegue|sabe|pode|can\s+you)\s+fazer\W*$",
        "help",
    ),
    (
        r"^(?:valeu|vlw|brigad[oa]|obrigad[aoã]o?|show de bola|top|massa|thanks)\b" + AFTER_THANKS,
        "thanks",
    ),
    (r"^boa\s+noite[\s,!]+(?:ate|até)\s+amanh[aã]\W*$", "bye"),
    (
        r"\b(?:ate|até)\s+que\s+horas?\s+(?:fica|esta|está|ta|tá)\s+abert[oa]\s+(?P<x>.+?)\W*$",
        lambda m: f"hours of {m.group('x')}",
    ),
    (r"^(?:o\s+)?horario\s+d[aoe]s?\s+(?P<x>.+?)\W*$", lambda m: f"hours of {m.group('x')}"),
    (
        r"^quando\s+(?:abre|fecha|abrem|fecham)\s+(?P<x>.+?)\W*$",
        lambda m: f"hours of {m.group('x')}",
    ),
    (r"^(?:e\s+)?(?:a\s+)?que\s+horas?\s+(?:abre|fecha|abrem|fecham)\W*$", "hours of that"),
    (r"^(?P<x>.+?)\s+(?:cobra|cobram)\s+entrada\W*$", lambda m: f"tell me about {m.group('x')}"),
    (r"\b(?:n)?o\s+mesmo\s+dia\b", " "),
    (
        r"^(?:(?:pensando\s+bem|na\s+verdade|ah|ai|ops)[,\s]+)?(?:tira|remove|apaga|tira\s+fora)\s*[.!]*$",
        "remove it",
    ),
    (r"\bo\s+que\s+a\s+gente\s+faz\b", "o que tem"),
    (
        r"^(?:o\s+|a\s+)?(?P<x>(?:jantar|almo[cç]o|pequeno[- ]almo[cç]o|cafe da manha)\b.*?)\s+(?:pode|podia|poderia|can\s+you)\s+ser\s+"
        r"(?:um\s+|uma\s+|num\s+|numa\s+|em\s+um\s+)?(?P<y>(?![àa]s?\s)[^?]+?)\??$",
        lambda m: f"replace {m.group('x')} with {m.group('y')}",
    ),
    (r"\b(?:na verdade|na real|pensando bem|de fato)\b[,\s]*", " "),
    (r"^(?:beleza|fechou|show|ok|perfeito|otimo|massa|boa|certo)[,!.\s]+(?=\w)", ""),
    (
        r"^(?P<x>.+?)\s+(?:abre|fecha)\s+(?:a|as|às)\s+que\s+horas?\W*$",
        lambda m: f"hours of {m.group('x')}",
    ),
    # Chat around the request: laughter, "a gente", "então é o seguinte", "já fomos".
    (r"\b(?:k{3,}|rs(?:rs)+|haha\w*|hehe\w*|kk)\b[,!\s]*", " "),
    (
        r"\b(?:entao e o seguinte|e o seguinte|afinal|tipo assim|sabe|ne|tá|ta bom)\b(?!\s*\d)[,!\s]*",
        " ",
    ),
    (r"\bpra gente\b|\bpara a gente\b|\bpra nos\b", " "),
    (
        r"\b(?:um\s+)?(?:lugar|sitio|canto|lugarzinho)\s+(?:pra\s+|para\s+)?(?:a\s+gente\s+)?comer\b",
        "restaurant",
    ),
    (r"\b(?:a gente|nos)\s+(?:ja\s+)?(?:foi|fomos|vimos|conhece|conhecemos|esteve)\b.*$", " "),
    (r"\bja (?:vimos|fomos|conhecemos|visitamos|foi)\b", " "),
    (r",?\s*\bvamos improvisar\b", " "),
    (
        r"\b(?:to|tô|estou|tamo|estamos)\s+(?:liso|lisa|lisos|duro|dura|sem grana|quebrad[oa]s?)\b(?:\s+(?:essa|esta)\s+semana)?",
        "cheap",
    ),
    (r"\bbaratinh[oa]s?\b", "cheap"),
    (
        r"\b(?:com|de)\s+(?:nota|avaliacao|avaliacoes)\s+(?:alta|altas|boa|boas|otima|otimas)\b",
        "top rated",
    ),
    (
        r"\b(?:sitio|lugar|lugarzinho|cantinho)\s+(?:simpatico|bonito|legal|bacana|gostoso|agradavel|fofo)\b",
        "place",
    ),
    (
        r"\b(?:bem\s+)?(?:bonit[oa]|legal|bacana|simpatic[oa])\b(?=\s*(?:$|[,.!?]|\b(?:no|na|pro|pra|para|dia)\b))",
        " ",
    ),
    (r",?\s*(?:e|é)\s+(?:aniversario|niver|lua de mel)\b[^,.;!?]*(?:[,.;!?]+\s*|$)", _occasion),
    (
        r"^(?:nao|não)(?:\s+(?:nao|não))*[,!.\s]+(?:volta|deixa|poe|põe)\w*\s+(?:como|do jeito que)\s+(?:tava|estava|era)\b.*$",
        "undo",
    ),
    (
        r"\b(?:volta|deixa|poe|põe)\w*\s+(?:tudo\s+)?(?:como|do jeito que)\s+(?:tava|estava|era|antes)\b",
        "undo",
    ),
    (r"^(?:nao|não),?\s+(?:deixa quieto|deixa pra la|esquece|deixa assim)\W*$", "no"),
    (
        r"\b(?:valeu|brigad[aoã]o?|obrigadao)\s*(?:demais|mesmo)?\b.*$|\btu (?:e|é) fera\b|\bvoce (?:e|é) (?:fera|demais)\b",
        "thanks",
    ),
    (r"^como (?:e que|é que)\s+(?:isto|isso|esse app|este app|isso aqui)\s+funciona\W*.*$", "help"),
    (r"^(?:o que|que) (?:voce|vc|tu) (?:faz|sabe fazer)\W*$", "help"),
    (
        r"\b(?:vale|valera) a pena(?:\s+(?:ir\s+)?(?:ao|a|à|no|na|o|visitar\s+o|visitar\s+a))?\s+(?P<x>.+?)\??$",
        lambda m: f"tell me about {m.group('x')}",
    ),
    (r",?\s*\b(?:vale|valera) a pena\b\??", " "),
    (
        r"\b(?:manda|mostra|me mostra|passa)\s+(?:ai\s+|aí\s+)?(?:o\s+)?(?:roteiro|itinerario|plano)(?:\s+(?:completo|todo|inteiro))?\b",
        "show my itinerary",
    ),
    (
        r"\b(?:me\s+)?(?:monta|montar|monte|faz|faca|faça|cria|criar)\s+(?:um|uma|o)\s+(?:roteiro|itinerario|plano|viagem)\b",
        "plan",
    ),
    (r"\b(?:opcoes|ideias|sugestoes|alternativas)\s+(?:de|para|pra)\b", "options for"),
    (r"\b(?:me mostra|me mostre|mostra)\s+(?:umas?|algumas?)\b", "show me some"),
    (
        r"\b(?:vamos ficar|vamos passar|ficamos|ficaremos)\s+(?:so|só|apenas)\s+(?P<n>\d{1,2})\s+dias\b.*$",
        lambda m: f"shorten the trip to {m.group('n')} days",
    ),
    (r"\b(?:chegamos|chegaremos|vamos chegar|a gente chega|pousamos)\b", "we arrive"),
    (r"\b(?:cabe|da pra encaixar|dá pra encaixar)\s+(?:no|na|em)\b", "on"),
    (r"\b(?:poe|põe|bota|coloca)\s+(?:la|lá|ai|aí)\b", "add it"),
    (r"\b(?:fica|ficaria)\s+melhor\s+(?:no|na)\b", "better on"),
    (
        r"\bno lugar d[aoe]\s+(?P<old>.+?),?\s+(?:algum|alguma|um|uma)\s+(?P<new>.+?)\??$",
        lambda m: f"replace {m.group('old')} with {m.group('new')}",
    ),
    (r"\b(?:zera|zerar|zere)\b", "clear"),
    (r"\b(?:esquece|esqueca|esqueça|risca|corta)\b", "remove"),
    (r"\bmarca\s+(?:uma\s+)?mesa\b|\bfaz\s+(?:uma\s+)?reserva\b", "book a table"),
    (r"\b(?:inteir\w*|complet[oa]|tod[oa])\b(?=\s*$)", " "),
    (r"\b(?:tb|tbm)\b", "too"),
    (r"^(?:oi|ola|bom dia|boa tarde|boa noite|e ai)\b[,!.\s]+(?=\w)", "hello, "),
    (r"\b(?:olha|ei|bom|entao)\b(?!\s+dia)[,!\s]*(?=\w)", " "),
    (r"\b(?:tudo bem|td bem|tudo bom|como vai|como voce esta|como vc ta)\b\??(?=.*\w)", " "),
    (r"\b(?:sera que da|da pra fazer|se der|se possivel|se for possivel)\b\??", " "),
    (r"\b(?:ja conhecemos|ja fomos|nao curti|nao gostei)\b", " "),
    (
        r"\bdeixa(?:r)?\s+(?P<d>(?:o\s+)?dia\s+\d{1,2})\s+(?:em branco|vazio|livre|sem nada)",
        lambda m: f"clear {m.group('d')}",
    ),
    (r"\bnao vamos mais (?:ao|a|no|na)\b", "remove"),
    (r"\bpq\b", "por que"),
    (r"\b(?:nesse|neste|nessa|nesta)\b", "that"),
    (
        r"\b(?:(?:fala|conta|diz)-me|me\s+(?:fala|conta|diz|explica))\s+(?:mais\s+|um pouco\s+)?"
        r"(?:(?:sobre\s+)?(?:desse|dessa|deste|desta|esse|essa|este|esta)\s+(?:lugar|sitio|restaurante|"
        r"local|sitio)|dele|dela|disso|disto)\b",
        "tell me about it",
    ),
    (
        r"\b(?:troca|substitui|muda|trocar|substituir|mudar)(?:-(?:o|a|lo|la))?\s+(?:pel[oa]|por)\b",
        "replace it with",
    ),
    (
        r"\b(?:(?:fala|conta|diz)-me|me\s+(?:fala|conta|diz|explica))\s+(?:mais\s+|um pouco\s+)?"
        r"(?:sobre|desse|dessa|deste|desta|de|do|da|dos|das)\b",
        "tell me about",
    ),
    # "a tasca do cais não, melhor algo de polvo", "nada de X, prefiro algo mais barato"
    (
        r"^(?:(?:nada\s+de|sem)\s+(?P<a>.+?),?|(?P<b>.+?)\s+n[aã]o,?)\s+"
        r"(?:melhor|prefiro|antes|bora\s+de)\s+"
        r"(?!(?:no|na|nos|nas|em|pro|pra|pras|para|pa|pal|às|as|ao|el|en|al|a\s+las|on|at|to|"
        r"in|for|day|dia|d[ií]a)\b)(?P<new>.+)$",
        lambda m: f"replace {m.group('a') or m.group('b')} with {m.group('new')}",
    ),
    # "preenche o jantar com…" replaces; "preenche a sexta" plans the day (day_plan_words).
    (
        r"^(?:preenche|preencher|preencha|completa|completar)\s+(?!(?:(?:o|a|no|na)\s+)?"
        r"(?:dia\s*\d|segunda|terca|terça|quarta|quinta|sexta|sabado|sábado|domingo|amanha|amanhã|"
        r"hoje|primeiro\s+dia|ultimo\s+dia|último\s+dia)\b)",
        "replace ",
    ),
    # "… e preenche o almoço do dia 5 com algo vegetariano": a second request, a meal to fill
    (
        r"(?:(?<=, )|(?<= e )|(?<= and ))(?:preenche|preencher|preencha|completa|completar)\s+"
        r"(?=(?:(?:o|a|os|as|the)\s+)?(?:almo[cç]o|jantar|janta|caf[eé]\s+da\s+manh[aã]|lunch|"
        r"dinner|breakfast|brunch)\b)",
        "replace ",
    ),
    (
        r"\b(?:troca|troque|inverte|inverta)\s+(?:eles|elas|os dois)\b|\b(?:muda|troca) a ordem\b",
        "swap",
    ),
    (
        r"\b(?:ao|no|ate o|pro|pra o|para o)\s+por do sol\b|\bao entardecer\b|\bno fim da tarde\b",
        "at sunset",
    ),
    (r"\btipo\s+(?=\d)", "at "),
    (r"\b(?:quero|queremos|vamos|gostaria de)\s+(?:ver|conhecer|visitar)\b", "add"),
    (r"\b(?:com|e)\s+o\s+ultimo\b(?!\s+dia)", "and the last day"),
    (r"\b(?:da|de minha|da nossa|da minha)\s+viagem\b", "from the trip"),
    (r"\bmelhor\b(?!\s+(?:avaliad|cotad))", ""),
    (
        r"\b(?:esta|ta)\s+(?:muito|super|bem)\s+(?:cheio|cheia|corrido|corrida|puxado|puxada|lotado|lotada)\b",
        "is too busy",
    ),
    (
        r"\b(?:que horas|a que horas) (?:abre|fecha)\s+(?:o |a )?(?P<name>.+?)\??$",
        lambda m: f"when does {m.group('name')} open",
    ),
    (r"\bcomo (?:e|é) (?:o |a )?(?P<x>.+?)\??$", lambda m: f"tell me about {m.group('x')}"),
    (
        r"\b(?:tem|existe|conhece)\s+(?:algum|alguma|um|uma)\s+(?:especialista|guia|expert)(?:\s+local)?\b",
        "find me a local guide",
    ),
    (r"\b(?:ai|la)\b(?=\s*(?:para|pra|$|\?))|\bali\b(?=\s*(?:$|\?))", "there"),
    (r"\bnuma\b", "em uma"),
    (r"\bqual (?:[e]|é) o plano\b", "what is the plan"),
    (r"\bonde (?:[e]|é|fica)\b", "where is our"),
    (r"\bos dias (\d{1,2}) [e] (\d{1,2})\b", r"day \1 and day \2"),
    (r"\b(?:em vez|ao inves) d[aoe]\b", "instead of"),
    (
        r"\b(?:com\s+)?nota\s+(?:de\s+)?(?P<r>[1-5](?:[.,]\d)?)(?:\s+ou\s+mais|\s+pra\s+cima|\s+para\s+cima)?",
        lambda m: f"rated {m.group('r')}+",
    ),
    # Times, then parts of the day, then relative days.
    (_TIME, _clock),
    (_BARE_H, partial(clock_phrase, language="pt")),
    (r"\b(?:ao|para o|pro|no|as|às)?\s*meio[- ]dia e meia\b", "at 12:30"),
    (r"\b(?:ao|para o|pro|no) meio[- ]dia\b", "at noon"),
    (r"\b(?:la|lá)\s+(?:pras|pelas|para as)\s+(?=\d)", "as "),
    (r"\b(?:no\s+)?(?:finalzinho|fim|final)\s+da\s+tarde\b", "in the evening"),
    (r"\b(?:a|para a|pra) meia[- ]noite\b", "at midnight"),
    (r"\bdepois de amanha\b", "the day after tomorrow"),
    (r"\b(?:hoje a noite|hoje de noite|esta noite|essa noite|hoje à noite)\b", "tonight"),
    (
        r"\b(?:de manha|pela manha|na parte da manha|logo cedo|cedinho|cedo|de manhazinha)\b",
        "in the morning",
    ),
    (r"\b(?:a tarde|de tarde|pela tarde|na parte da tarde)\b", "in the afternoon"),
    (r"\b(?:a noite|de noite|pela noite|na parte da noite)\b", "in the evening"),
    (r"\bhoje\b", "today"),
    (r"\bamanha\b", "tomorrow"),
    (
        r"\b(?:no|na|neste|nesta|no proximo|na proxima|para o|para a|pro|pra|da|do|de|a)\s+"
        r"(?P<wd>segunda|terca|quarta|quinta|sexta)(?:[- ]feira)?\b(?!\s+d[aoe]s?\s)",
        lambda m: "on " + WEEKDAYS[fold(m.group("wd"))],
    ),
    (
        r"\b(?:no|neste|no proximo|para o|pro|pra|para|do|de|o|ate o|ate)\s+(?P<wd>sabado|domingo)\b",
        lambda m: "on " + WEEKDAYS[fold(m.group("wd"))],
    ),
    (
        r"^(?P<wd>segunda|terca|quarta|quinta|sexta|sabado|domingo)(?:[- ]feira)?\b",
        lambda m: "on " + WEEKDAYS[fold(m.group("wd"))],
    ),
    # "o museu de serralves pode ser às onze e meia?": a new time for an item.
    (
        r"^(?:o\s+|a\s+)?(?P<x>.+?)\s+(?:pode|podia|poderia|da pra|dá pra|consegue|daria pra|can you)\s+ser\s+"
        r"(?P<t>at\s+.+?)\??$",
        lambda m: f"move {m.group('x')} {m.group('t')}",
    ),
    # Days of the trip.
    (rf"\b(?:para o|pro|ate o|pra o)\s+(?P<n>{_ORD})\s+dia\b", _COUNTING.day("to")),
    (rf"\b(?:para o|pro|ate o|pra o)\s+dia\s+(?P<n>{_NUM})\b{NOT_A_DATE}", _COUNTING.day("to")),
    (r"\b(?:para o|pro|ate o)\s+ultimo dia\b", "to the last day"),
    (rf"\b(?:o|do|no|ao|em|pelo)\s+(?P<n>{_ORD})\s+dia\b", _COUNTING.day("on")),
    (r"\b(?:o|do|no|ao|em)\s+ultimo dia\b", "on the last day"),
    (rf"\b(?:o|do|no|ao|em|pelo)\s+dia\s+(?P<n>{_NUM})\b{NOT_A_DATE}", _COUNTING.day("on")),
    (rf"\b(?P<n>{_ORD})\s+dia\b", _COUNTING.day("")),
    (rf"\bdia\s+(?P<n>{_NUM})\b{NOT_A_DATE}", _COUNTING.day("")),
    (r"\b(?P<n>\d{1,2})\s*[o°º]\s*dia\b", _COUNTING.day("on")),
    (r"\bultimo dia\b", "last day"),
    # Trip-wide changes.
    (
        r"\b(?:troca|trocar|troque|inverte|inverter|inverta|permuta)\s+(?:os dias\s+)?"
        r"(?=(?:on\s+)?day\b)",
        "swap ",
    ),
    (
        r"\b(?:adiciona|adicionar|adicione|acrescenta|acrescentar|acrescente|coloca|poe|bota|inclui)"
        r"\s+(?:mais\s+)?(?:um|1)\s+dia(?:\s+a mais)?\b",
        "add a day",
    ),
    (
        rf"\b(?:adiciona|adicionar|adicione|acrescenta|acrescentar|acrescente)\s+(?:mais\s+)?"
        rf"(?P<n>{_NUM})\s+dias(?:\s+a mais)?\b",
        _COUNTING.counted("add {n} days"),
    ),
    (
        r"\bmais um dia\b|\bum dia a mais\b|\b(?:estende|estender|prolonga|prolongar|aumenta)\s+"
        r"(?:a|minha)\s+viagem\b",
        "add a day",
    ),
    (
        r"\b(?:encurta|encurtar|encurte|reduz|reduzir|diminui|diminuir)\s+(?:a|minha)\s+viagem\b",
        "shorten the trip",
    ),
    (
        r"\b(?:tira|tirar|remove|remover|corta|cortar)\s+(?:um|1)\s+dia\b",
        "shorten the trip by 1 day",
    ),
    (r"\bdata de (?:inicio|ida|partida|chegada|comeco)\b|\bdata da viagem\b", "start date"),
    (r"\b(?:a viagem )?(?:comeca|começa|inicia|começar)\b", "starts"),
    (
        r"\bmais (?:tranquilo|tranquila|leve|relaxado|relaxada|calmo|calma|light|suave)\b",
        "more relaxed",
    ),
    (r"\bmenos (?:corrido|corrida|cheio|cheia|puxado|puxada|intenso|intensa)\b", "more relaxed"),
    (r"\b(?:deixa|deixe|faz|faca|torna|torne)\b(?=.*\bmore relaxed\b)", "make"),
    # Plans.
    (rf"\b(?P<n>{_NUM})\s+dias\b", _COUNTING.counted("{n} days")),
    (rf"\b(?P<n>{_NUM})\s+noites\b", _COUNTING.counted("{n} nights")),
    (r"\b(?:um|1) fim de semana prolongado\b|\bferiadao\b", "a long weekend"),
    (r"\b(?:um|1) fim de semana\b|\bfinde\b", "a weekend"),
    (r"\buma semana\b", "a week"),
    (
        r"\b(?:faz|faça|faca|monta|monte|montar|cria|crie|criar|prepara|prepare|preparar|"
        r"organiza|organize)(?: me| pra mim| para mim| pra nos)?\s+(?:um|uma)\s+"
        r"(?:viagem|roteiro|itinerario|plano|passeio)\b",
        "plan a trip",
    ),
    (
        r"\b(?:planeja|planejar|planeje|planeia|planear|planeie|organiza|organizar|organize|"
        r"programa|programar)\b",
        "plan",
    ),
    (r"\b(?:viagem|roteiro|itinerario)\b", "trip"),
    # Meals.
    (
        r"\b(?:para o|pro|no|de|ao|pra o)\s+(?:cafe da manha|pequeno[- ]almoco)\b"
        r"|\bpara tomar (?:o )?cafe da manha\b",
        "for breakfast",
    ),
    (
        r"\b(?:para o|pro|no|de|ao|pra o|na hora do)\s+almoco\b|\bpara almocar\b|\bpra almocar\b",
        "for lunch",
    ),
    (
        r"\b(?:para o|pro|no|de|ao|pra o|na hora do)\s+jantar\b|\bpara jantar\b|\bpra jantar\b",
        "for dinner",
    ),
    (
        r"\b(?:quero|queria|queremos|vamos|gostaria de|gostariamos de)\s+jantar\b(?:\s+(?:em|no|na))?",
        "add for dinner",
    ),
    (
        r"\b(?:quero|queria|queremos|vamos|gostaria de|gostariamos de)\s+almocar\b(?:\s+(?:em|no|na))?",
        "add for lunch",
    ),
    (
        r"\b(?:quero|queria|queremos|vamos|gostaria de|gostariamos de)\s+comer\b(?:\s+(?:em|no|na))?",
        "add",
    ),
    (r"\b(?:cafe da manha|pequeno[- ]almoco)\b", "breakfast"),
    (r"\balmoco\b", "lunch"),
    (r"\bjantar\b|\bjanta\b", "dinner"),
    # Party size.
    (
        rf"\b(?:para|pra)\s+(?P<n>{_NUM})(?:\s+(?:pessoas|pax|adultos))?\b(?!\s*(?:dias|noites|days|nights|de\b))",
        _COUNTING.counted("for {n} people"),
    ),
    (rf"\bsomos\s+(?P<n>{_NUM})\b", _COUNTING.counted("for {n} people")),
    (r"\buma mesa\b", "a table"),
    # Wishes.
    (
        r"\b(?:barato|barata|baratos|baratas|economico|economica|em conta|bom e barato|"
        r"preco bom|precinho)\b",
        "cheap",
    ),
    (
        r"\b(?:caro|cara|chique|sofisticado|sofisticada|de luxo|luxuoso|luxuosa|requintado|"
        r"requintada|alta gastronomia)\b",
        "upscale",
    ),
    (
        r"\b(?:bem|melhor)\s+(?:avaliado|avaliada|cotado|cotada|recomendado|recomendada)s?\b"
        r"|\bcom boas avaliacoes\b",
        "well-rated",
    ),
    (
        r"\b(?:com|de)\s+(?:mais de\s+)?(?P<r>[1-5](?:[.,]\d)?)\s*(?:estrelas|\*)(?:\s+ou mais)?\b",
        lambda m: f"rated {m.group('r')}+",
    ),
    (r"\b(?:que (?:esteja|estejam) )?abert[oa]s? (?:agora|ja|neste momento)\b", "open now"),
    (
        r"\b(?:para|pra|com)\s+(?:criancas|as criancas|a familia|familia|os pequenos|"
        r"a criancada|criancada)\b|\bfamiliar\b|\binfantil\b",
        "family",
    ),
    (r"\b(?:no )?terraco\b|\bcobertura\b", "rooftop"),
    # Questions about places.
    (
        r"\b(?:me fala|fala|me conta|conta|me diga|diga|me diz)\s+(?:mais\s+)?(?:sobre|de|do|da)\b"
        r"|\bo que (?:voce sabe|vc sabe|sabe) (?:sobre|de)\b|\binformacoes? (?:sobre|de)\b",
        "tell me about",
    ),
    (
        r"\bpor ?que\s+(?:voce |vc )?(?:escolheu|colocou|adicionou|recomendou|selecionou|"
        r"escolheram|tem)\b",
        "why did you pick",
    ),
    (r"\b(?:esta|ta|tá) abert[oa]\s+(?:o |a )?(?P<name>.+?)(?:\s+(?:agora|hoje))?\s*$", is_open),
    (r"\b(?P<name>.+?)\s+(?:esta|ta|tá) abert[oa](?:\s+(?:agora|hoje))?\s*$", is_open),
    (r"\b(?:que horas|a que horas) (?:abre|fecha)\b", "when does"),
    (r"\bo que e\b", "what is"),
    # Experts.
    (
        r"\b(?:procura|procure|arruma|arruma|quero|queremos|preciso de|precisamos de|preciso|"
        r"me indica|me indique|me conecta com|me coloca em contato com)\s+(?:um|uma)\s+"
        r"(?:guia|especialista|expert)(?:\s+local)?\b",
        "find me a local guide",
    ),
    (
        r"\b(?:(?:quero|queremos|queria|gostaria de|vamos|podemos)\s+)?ir\s+(?:ao|a|à|no|na|em|pro|pra|para o|para a)\b",
        "add",
    ),
    (
        r"\b(?:de\s+)?(?P<r>[1-5][.,]\d)\s*(?:pra|para|ou)\s+(?:cima|mais)\b",
        lambda m: f"rated {m.group('r')}+",
    ),
    (
        r"\b(?:esse|este|aquele) (?P<k>restaurante|bar|museu|hotel|cafe)\b",
        lambda m: (
            "that "
            + {"restaurante": "restaurant", "museu": "museum"}.get(
                m.group("k").lower(), m.group("k")
            )
        ),
    ),
    (r"\b(?:isso|isto|esse lugar|este lugar|esse|este|ele|ela)\b(?!\s+(?:dia|day))", "that"),
    # Replace X with Y ("troca o jantar por sushi").
    (
        r"\b(?:substitui|substituir|substitua|troca|trocar|troque|muda|mudar|mude)\b"
        r"(?P<old>.+?)\b(?:por|pelo|pela|pelos|pelas)\b",
        replace_with,
    ),
    (r"\b(?:substitui|substituir|substitua)\b", "replace"),
    (r"\b(?:anula|desmarca)\b(?=\s+(?:o|a|os|as)\b)(?!\s+(?:o|a)\s+reserva)", "remove"),
    (r"\bem vez de\b|\bao inves de\b", "instead of"),
    # Verbs.
    (
        r"\b(?:desfazer|desfaz|desfaca|desfaça|desfaz isso|desfaze|desfazê|reverter|reverte|reverta|"
        r"volta como estava|volta como tava|voltar atras|volta atras|deixa como estava|deixa como tava|"
        r"anula a ultima|anula(?=\s+(?:isso|isto|that|tudo|a ultima|o ultimo)\b|\s*[.!]*$))\b(?:\s+antes)?"
        r"(?:\s+(?:isso|isto|a ultima mudanca|ultima mudanca|a ultima alteracao|o ultimo))?"
        r"(?:\s+(?:ai|aí|la|lá|pf|pfv|por favor|vai))?",
        "undo",
    ),
    (
        r"\bo que (?:tem|temos|tenho|ha|vamos fazer|a gente faz|esta planejado|rola)\b"
        r"|\bcomo (?:esta|ta|fica|ficou)\b",
        "what do i have",
    ),
    (r"\b(?:me mostra|mostra|mostre|mostrar|me mostre|quero ver|ver|veja)\b", "show"),
    (
        r"\b(?:meu|o|nosso)\s+(?:roteiro|itinerario|plano|programa|cronograma|trip)\b",
        "my itinerary",
    ),
    (r"\bqual (?:e|é) o plano\b", "what is the plan"),
    (r"\b(?:limpa|limpar|limpe|esvazia|esvaziar|libera|liberar)\b", "clear"),
    (r"\b(?:apaga|apagar|tira|tirar|remove|remover)\s+tudo\b", "remove everything"),
    (
        r"\b(?:tira|tirar|tire|tiralo|remove|remover|remova|apaga|apagar|apague|exclui|excluir|"
        r"exclua|deleta|deletar|cancela|cancelar|cancele|elimina|eliminar|descarta|risca)\b"
        r"|\bnao (?:quero|queremos) mais(?: ir| ir ao| ir a| ir no| ir na| visitar)?\b",
        "remove",
    ),
    (
        r"\b(?:move|mover|mova|passa|passar|passe|joga|jogar|adianta|adiantar|atrasa|atrasar|"
        r"empurra|empurrar|transfere|transferir)\b",
        "move",
    ),
    # "o monserrate muda pro dia 4", "o jantar muda pras 20h": changing to a day or an hour
    # is moving there.
    (r"\b(?:muda|mudar|mude)\b(?=\s+(?:pr[oa]s?|para|to|at)\b)", "move"),
    (r"\b(?:muda|mudar|mude|altera|alterar|altere)\b", "change"),
    (r"\b(?:reserva|reservar|reserve|faz uma reserva|faca uma reserva)\b", "book"),
    (
        r"\b(?:adicion\w*|acrescent\w*|coloc\w*|bota|botar|bote|poe|ponha|inclu\w*|mete|encaix\w*|"
        r"(?:a\s+gente|nos)\s+quer|"
        r"procura|procurar|procure|busca|buscar|busque|acha|achar|ache|encontra|encontre|"
        r"recomenda|recomende|me indica|indica|agenda|agendar|marca|marcar|quero ir (?:em|no|na|ao|a)|"
        r"queremos ir (?:em|no|na|ao|a)|quero visitar|queremos visitar|gostaria de ir (?:em|no|na|ao|a)|"
        r"quero conhecer|quero|queremos|queria|gostaria de|gostaria|visitar|conhecer)\b",
        "add",
    ),
    (r"\b(?:me|nos|te)\s+(?=(?:add|remove|move|change|book|show|replace|clear|undo)\b)", ""),
    # Off-topic questions.
    (
        r"\b(?:previsao do tempo|como (?:vai )?(?:estar|esta|ta|fica) o tempo|o tempo|o clima|"
        r"vai chover|chove|previsao|temperatura|vai fazer frio|vai fazer calor)\b",
        "weather",
    ),
    (r"\b(?:eventos|festivais|shows|festas|o que (?:esta )?rolando)\b", "events"),
    (r"\b(?:e seguro|é seguro|e perigoso|é perigoso|seguranca|perigo|alertas)\b", "is it safe"),
    (
        r"\bquanto (?:custa|vai custar|vai sair|sai|fica|custa tudo)\b|\borcamento\b|\bcusto total\b",
        "how much will it cost",
    ),
    (
        r"\b(?:compartilha|compartilhar|compartilhe|partilha|partilhar|manda|mandar|envia|enviar)\b"
        r"(?=.*\b(?:esposa|marido|mulher|namorad[oa]|amig[oa]s?|familia|mae|pai|whats|email)\b)",
        "share",
    ),
    (
        r"\b(?:exporta|exportar|exporte)\b|\b(?:pro|para o|no|ao) (?:meu )?calendario\b"
        r"|\bpra minha agenda\b",
        "export calendar",
    ),
    # Connectors.
    (r"\be (?:depois|em seguida|ai|logo)\b|\b(?:depois|em seguida)\b", "and then"),
    (r"\be tambem\b|\btambem\b|\balem disso\b", "and also"),
    (r"\s+[e]\s+", "and"),
    (r"\bcom\b", "with"),
    (r"\bem\b|\b(?:no|na)\s+(?=(?-i:[A-ZÁÉÍÓÚÂÊÔÃÕÇ]))", "in"),
    (r"\b(?:para|pra|pro|para o|para a|ao)\s+(?=(?-i:[A-ZÁÉÍÓÚÂÊÔÃÕÇ]))", "to"),
]


# Before the day rules make "do sábado" "on saturday": "em vez do sábado" is instead of.
_INSTEAD: list[tuple[str, Replacement]] = [
    (
        r"\b(?:em vez|ao inves|no lugar) d(?P<a>[ao])s?\b"
        r"(?=\s+(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|dia)\b)",
        lambda m: f"instead of {m.group('a')}",
    )
]
PORTUGUESE_RULES = rules(
    [*DAY_PAIRS, *WISHES, *CHANGE_PAIRS, *_INSTEAD, *SAME_DAY_PT, *REMARK_PAIRS, *BEFORE, *_PAIRS, *AFTER]
)
