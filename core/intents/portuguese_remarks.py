"""What Portuguese-speaking travelers say around a request: reasons, feelings, news, courtesy.

"remove o X pfv, nao curto cemitério", "limpa o dia 3, vamos só descansar", "mudou o voo, agora
a gente chega dia 9", "já que no 3º dia a gente vai estar em X, bota o Y". A remark is dropped,
but what it says about the request is kept: a day it names ("o dia 4 tá vazio né? coloca X" is
day 4), a diet ("minha namorada não come carne" is vegetarian), the place it complains about
("o X é muito caro, troca por algo em conta"). These rules run before the Portuguese grammar
(core.intents.portuguese); patterns are accent-free (core.intents.lexicon.loose).
"""

from __future__ import annotations

import re

from core.intents.lexicon import Replacement

_FAMILY = (
    r"(?:(?:a|o)\s+(?=minha|meu|nossa|nosso))?(?:minha|meu|nossa|nosso|a|o)\s+(?:namorad[oa]|espos[oa]|mulher|marido|filh[oa]s?|mae|pai|"
    r"amig[oa]s?|sogr[oa]|parceir[oa]|companheir[oa]|irm[aã]o?s?|crian[cç]as|filhos|familia|"
    r"esposa|mulher|namorada|galera|turma)"
)
_DIET = (
    r"(?P<diet>nao\s+come(?:m)?\s+carne|(?:e|sao)\s+vegetarian[oa]s?|(?:e|sao)\s+vegan[oa]s?|"
    r"(?:e|sao)\s+celiac[oa]s?|nao\s+come(?:m)?\s+gluten)"
)


def _diet(match: re.Match[str]) -> str:
    said = match.group("diet").lower()
    if "vegan" in said:
        return "vegan"
    if "celiac" in said or "gluten" in said:
        return "gluten free"
    return "vegetarian"


# How a remark starts when it follows a request (after a comma, a stop, "pq", "que").
_AFTER = (
    r"(?:(?:eu|a\s+gente|nos|tb|tbm|tambem)\s+)?"
    r"(?:nao\s+(?:curto|curtimos|gosto|gostamos|suporto|aguento|tenho\s+paciencia|faco\s+ideia|"
    r"sei\s+(?:o\s+que|nem)|quero\s+(?:chegar|pegar|perder|gastar|acordar|andar|correr|enfrentar)|"
    r"queremos\s+(?:chegar|pegar|perder|gastar|acordar|andar|correr|enfrentar)|"
    r"vai\s+dar\s+tempo|da\s+tempo|rola)"
    r"|ja\s+(?:fui|fomos|estive|estivemos|vi|vimos|conheco|conhecemos|visitei|visitamos|passei|"
    r"passamos|tive|fizemos|fiz)"
    r"|(?:to|tou|estou|tamo|tamos|estamos|ando|andamos|fiquei|ficamos)\s+(?:gastando|cansad|sem\s+|"
    r"mort|exaust|quebrad|lis[oa]|dur[oa]|pobre|falid|de\s+dieta|com\s+pressa|atrasad|podre|"
    r"acabad|moid|destruid|empolgad|animad)"
    r"|(?:a\s+gente|eu|nos)\s+(?:odei\w*|detest\w*|prefer\w*|ach\w*|ador\w*|am[ao]|amamos)"
    r"|(?:vamos|vou|a\s+gente\s+vai|a\s+gente\s+quer|queremos|quero)\s+(?:so\s+|apenas\s+|mais\s+|mesmo\s+)?"
    r"(?:descansar|dormir|relaxar|improvisar|curtir\s+o|ficar\s+(?:no|na|de)|acordar|chegar|pegar|"
    r"evitar|aproveitar|fugir|economizar|poupar|montar|refazer|ver\s+(?:depois|isso|com))"
    r"|mudei\s+de\s+ideia|mudamos\s+de\s+ideia|sem\s+ideia|imprevisto"
    r"|(?:ele|ela|isso|este|esse|o\s+dia)\s+(?:ta|esta|fica|ficou|e)\s+(?:\w+\s+)?"
    r"(?:vazio|vazia|livre|longe|caro|cara|cheio|cheia|lotad[oa]|fechad[oa]|chat[oa]|long[oa])"
    r"|(?:e|ta|esta|fica)\s+(?:mt|muito|mto|bem|meio|super|tao)\s+(?:caro|cara|longe|cheio|cheia|"
    r"lotad[oa]|tarde|cedo|turistic[oa])"
    r"|(?:o\s+|a\s+)?(?:tempo|clima|chuva)\s+(?:vai|ta|esta)"
    rf"|{_FAMILY}\s+(?:ta|esta|e|acha|odeia|ama|adora|quer|prefere|nao\s+gosta|tem\s+medo|ficou)\b"
    r")\w*\b"
)
# How a remark starts when a request follows it ("já que…, bota X", "mudou o voo, agora…").
_BEFORE = (
    r"(?:ja\s+(?:que|q)|como\s+(?:a\s+gente|nos|eu)\s+(?:vai|vamos|vou|vai\s+estar|estamos|estou|ta|to)"
    r"|(?:o\s+|a\s+)?dia\s+\d{1,2}\s+(?:ta|esta|ficou|fica|continua)\s+(?:meio\s+|bem\s+|todo\s+)?"
    r"(?:vazio|livre|tranquilo|leve|sem\s+nada|vago)"
    r"|(?:mudou|mudaram|atrasou|atrasaram|cancelaram|remarcaram|trocaram|adiantaram|adiantou)\s+"
    r"(?:(?:o|a|os|as)\s+)?(?:(?:nosso|nossa|meu|minha|nossos|nossas)\s+)?(?:voo|voos|trem|hotel|passagem|passagens|planos?)"
    r"|(?:o|nosso|meu|a|nossa|minha)\s+(?:voo|trem|passagem|chegada)\s+(?:mudou|atrasou|"
    r"foi\s+\w+|adiantou)"
    r"|(?:hj|hoje|amanha)?\s*nao\s+vai\s+dar\s+tempo(?!\s+d[eoa])"
    # the occasion: "é nosso aniversário de casamento no dia 4!!" (the wish is read from it)
    r"|(?:e|eh|sera|vai\s+ser)\s+(?:o\s+|a\s+)?(?:(?:nosso|nossa|meu|minha)\s+)?(?:aniversario|lua\s+de\s+mel|romantic)\b"
    r")\b[^,?!.;]*[,?!.;]+\s*"
)
# A day the remark before the request names, kept for the request.
_DAY_SAID = re.compile(
    r"\b(?:(?:no|na|o|a|do|da)\s+)?(?:dia\s+\d{1,2}|\d{1,2}\s*[oº°]\s*dia|(?:primeiro|segundo|"
    r"terceiro|quarto|quinto|sexto|ultimo)\s+dia|amanh[aã]|hoje|hj|segunda|ter[cç]a|quarta|"
    r"quinta|sexta|s[aá]bado|domingo)\b",
    re.IGNORECASE,
)


def _day_kept(match: re.Match[str]) -> str:
    """The remark before a request, reduced to the day it names ('o dia 4 tá vazio?')."""
    said = _DAY_SAID.search(match.group(0))
    if said is None:
        return ""
    day = re.sub(r"^(?:no|na|o|a|do|da)\s+", "", said.group(0), flags=re.IGNORECASE)
    day = re.sub(r"^(\d{1,2})\s*[oº°]\s*dia$", r"dia \1", day)
    prefix = "" if re.match(r"(?:amanh|hoje|hj)", day, re.IGNORECASE) else "no "
    return f"{prefix}{day} "


REMARK_PAIRS: list[tuple[str, Replacement]] = [
    # "q diabo é esse X", "que raio é o Y": "what is" said with a swear is "what is".
    (
        r"\b(?:o\s+)?(?:q|que)\s+(?:diabo|diabos|raio|raios|porra|merda|caralho|bicho|treco)\s+"
        r"(?=(?:e|eh|seria|vem\s+a\s+ser)\b)",
        "o que ",
    ),
    # "mambo do jantar no rooftop, tira isso", "o lance do museu": the thing is what it is of.
    (
        r"^(?:(?:o|a|esse|essa|aquele|aquela)\s+)?(?:mambo|lance|parada|esquema|cena|negocio|"
        r"bagulho|role|trem)\s+d(?P<the>[oa]s?)\s+(?=\w)",
        lambda m: f"{m.group('the')} ",
    ),
    # "o jantar de terça, tira isso": the thing said first, then the verb with "it".
    (
        r"^(?P<x>(?:o|a|os|as)\s+[^,.!?]+?)\s*[,.!]+\s*(?P<v>tira|remove|exclui|apaga|cancela|corta)"
        r"\s+(?:isso|isto|ele|ela|esse|essa)\b(?P<rest>.*)$",
        lambda m: f"{m.group('v')} {m.group('x')}{m.group('rest')}",
    ),
    # Courtesy and chat fillers (Portugal and Brazil).
    (
        r"\b(?:se\s+faz\s+(?:o\s+)?favor|faz\s+(?:o\s+)?favor|por\s+gentileza|se\s+puder)\b",
        "please",
    ),
    (r"\bna\s+vdd\b", "na verdade"),
    (r"\b(?:msm|mesmo)\b(?=\s*(?:$|[,.!?]))", " "),
    (r"\b(?:pra|para)\s+(?:mim|nos|a\s+gente)\b(?=\s*(?:$|[,.!?]|\b(?:de|no|na|em|com)\b))", " "),
    (r"\bdps\b|\bdpois\b", "depois"),
    (r"\bdepois\s+d[oa]\s+almo[cç]o\b", "a tarde"),
    (r"\bantes\s+d[oa]\s+almo[cç]o\b", "de manha"),
    # A diet said as a remark is a wish ("minha namorada não come carne").
    (
        rf"^(?:{_FAMILY}|eu|nos|a\s+gente)\s+{_DIET}\s*[,.!;]+\s*(?P<rest>.+)$",
        lambda m: f"{m.group('rest')} {_diet(m)}",
    ),
    (rf"[,.!;]\s*(?:pq\s+|porque\s+|que\s+)?(?:{_FAMILY}|eu|nos|a\s+gente)\s+{_DIET}\b.*$", _diet),
    # A remark before the request: what it says about the day stays.
    (rf"^(?:e\s+)?{_BEFORE}", _day_kept),
    # "hj não vai dar tempo do museu, pode tirar ele": the museum is what "ele" means.
    (
        r"\bnao\s+vai\s+dar\s+tempo\s+(?:de\s+ir\s+|de\s+visitar\s+|de\s+fazer\s+)?(?:a|ao|à|d[oa]s?|n[oa]s?)\s+",
        "",
    ),
    # "o X é muito caro, troca por…": the place complained about is the topic of the request.
    (
        r"^(?:o\s+|a\s+)?(?P<x>[^,?!]+?)\s+(?:e|ta|esta|fica|ficou)\s+(?:mt|muito|mto|bem|meio|super|"
        r"tao|caro\s+e|um\s+pouco)?\s*(?:caro|cara|longe|lotad[oa]|cheio|cheia|chat[oa]|turistic[oa]|"
        r"fraco|fraca|ruim|salgad[oa])\b[^,?!]*[,?!]+\s*(?=\w)",
        lambda m: f"{m.group('x')}, ",
    ),
    # A remark after the request: a reason, a feeling, news, a plan of one's own.
    (
        rf"\s*(?:[,.;!?]+|\s-+\s)\s*(?:e\s+|mas\s+|pq\s+|porque\s+|que\s+|q\s+|so\s+)?{_AFTER}.*$",
        "",
    ),
    (
        r"\s+(?:q|que|pq|porque)\s+(?:eu|a\s+gente|nos)\s+(?:quero|queremos|quer|vai|vou|vamos|prefiro|"
        r"preciso|precisamos|to|estou|estamos|ja)\b.*$",
        "",
    ),
]
