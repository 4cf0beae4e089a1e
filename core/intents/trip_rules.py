"""Rules for trip-scoped changes, social turns and off-topic questions (canonical grammar)."""

from __future__ import annotations

import datetime as dt
import re

from core.intents.day_exchange import exchanged_days
from core.intents.day_words import day_refs
from core.intents.model import Intent, ParsedTurn, Topic
from core.intents.slots import NUMBER_WORDS, find_days
from core.intents.trip_length_said import length_said
from core.intents.weekday_numbers import IBERIAN_WEEKDAY_NUMBERS
from core.text import fold

_N = r"(?P<n>\d{1,2}|a|an|one|another|" + "|".join(NUMBER_WORDS) + ")"
_DAY = r"(?:on\s+|the\s+)?day\s*(?P<{}>\d{{1,2}}|" + "|".join(NUMBER_WORDS) + ")"

_SWAP = re.compile(
    r"^(?:swap|switch|exchange|flip|trade|invert|reverse|change)\s+(?:the\s+)?(?:days?\s+)?"
    r"(?:on\s+)?(?:day\s*)?(?P<a>\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\s+"
    r"(?:and|with|for|by|&|to|com|con|por|y|e)\s+(?:on\s+)?(?:the\s+|el\s+|o\s+)?(?:day\s*)?(?P<b>\d{1,2}|"
    + "|".join(NUMBER_WORDS)
    + r")(?:\s+(?:around|over|days?))?$",
    re.IGNORECASE,
)
# What a swap of two named days may say besides the days ("switch around tuesday and wednesday").
_DAY_WORDS = re.compile(
    r"\b(?:(?:this|next|on|for|the)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"today|tomorrow|day\s+after\s+tomorrow)s?\b",
    re.IGNORECASE,
)
_ONLY_DAYS = re.compile(
    r"\s*(?:swap|switch|exchange|flip|trade|invert|reverse|around|over|the|plans?|schedules?|stuff|"
    r"days?|and|with|for|&|\s)*\s*",
    re.IGNORECASE,
)
_SWAP_VERB = re.compile(r"^(?:swap|switch|exchange|flip|trade|invert|reverse)\b", re.IGNORECASE)
_SWAP_WORD = re.compile(r"\bswap\b", re.IGNORECASE)
# "the trip", "the Jaipur itinerary", "our holiday": the whole stay
_TRIP = r"(?:[\w-]+\s+)?(?:trip|itinerary|holiday|vacation|stay)"
_ADD_DAYS = re.compile(
    rf"^(?:add|include|extend\s+(?:the\s+|my\s+|our\s+)?{_TRIP}\s+by|give\s+(?:me|us))\s+{_N}\s+"
    r"(?:more\s+|extra\s+)?days?\b(?P<rest>.*)$"
    rf"|^(?:extend|lengthen|prolong)\s+(?:the|my|our)\s+{_TRIP}\b(?P<rest2>.*)$"
    r"|^(?:one|a)\s+(?:more|extra)\s+day\b(?P<rest3>.*)$"
    r"|^make\s+(?:the|my|our)\s+trip\s+longer\b(?P<rest4>.*)$",
    re.IGNORECASE,
)
_SHORTEN = re.compile(
    r"^(?:shorten|shrink|cut|trim|reduce)\s+(?:the|my|our)\s+trip\b(?P<rest>.*)$"
    r"|^make\s+(?:the|my|our)\s+trip\s+shorter\b(?P<rest2>.*)$"
    # "cut it to 3 days", "trim it down by a day": "it" is the trip when a length follows
    r"|^(?:shorten|shrink|cut|trim|reduce)\s+it(?:\s+down)?(?P<rest3>\s+(?:to|by)\s+.*\bdays?\b.*)$",
    re.IGNORECASE,
)
_DROP_LAST = re.compile(
    r"^(?:remove|delete|drop|cut|lose|skip)\s+(?:the\s+)?(?:last|final)\s+day"
    r"(?:\s+(?:from|off|of)\s+(?:the|my|our)\s+(?:trip|itinerary))?$"
    rf"|^(?:remove|delete|drop|cut)\s+{_N}\s+days?(?:\s+(?:from|off)\s+(?:the|my|our)\s+trip)?$",
    re.IGNORECASE,
)
_DROP_DAY = re.compile(
    r"^(?:remove|delete|drop|cut|skip|get\s+rid\s+of|lose|scrap|ditch)\s+(?:the\s+)?(?:whole\s+|entire\s+)?"
    + _DAY.format("d")
    + r"(?:\s+(?:(?:from|off|out of)\s+(?:the|my|our)\s+(?:trip|itinerary|plan)|entirely|"
    r"completely|altogether|itself))?$",
    re.IGNORECASE,
)
_START = re.compile(
    r"^(?:(?:change|move|set|push|shift|update)\s+(?:the\s+|my\s+|our\s+|la\s+|el\s+|a\s+|o\s+)?"
    r"(?:trip\s+)?(?:start|starting|departure|arrival)(?:\s+date|\s+day)?"
    r"(?:\s+of\s+(?:the|my|our)\s+trip)?"
    r"|(?:the\s+|my\s+|our\s+)?trip\s+(?:now\s+|actually\s+|will\s+(?:now\s+)?)?starts?"
    r"|we\s+(?:now\s+|actually\s+|will\s+|ll\s+)?(?:start|arrive|leave|fly\s+in|get\s+there|land)"
    r"|start\s+date|starts?(?=\s+(?:on|in|at|el|em|no)\b))"
    r"(?:\s+(?:to|for|on|at|is|al|el|as|em|no|pro|para|in))*\s*(?P<when>.*)$",
    re.IGNORECASE,
)
_RELAX = re.compile(
    r"\b(?:more\s+relaxed|more\s+relaxing|relax|lighter|less\s+(?:busy|packed|hectic|full|rushed)|"
    r"easier|chill(?:er)?|calmer|slower|lighten|too\s+(?:busy|packed|much|full|hectic|rushed)|"
    r"fewer\s+(?:things|stops|activities)|"
    # "hazlo más tranqui", "relájalo", "aligéralo", "deixa mais tranquilo", "alivia um pouco"
    r"m[aá]i?s\s+(?:tranqui\w*|relajad\w*|suave|leve)|rel[aá]ja\w*|alig[eé]ra\w*|alivia\w*|"
    r"desc?ongestiona\w*)\b",
    re.IGNORECASE,
)

_GREETING = re.compile(
    r"^(?:how\s+are\s+(?:you|u)(?:\s+doing)?|how\s*s\s+it\s+going|hi|hello|hey|hiya|hola|ola|olá|oi|howdy|yo|good\s+(?:morning|afternoon|evening|day)|greetings|"
    r"hey\s+there|hi\s+there|hello\s+there)(?:\s+(?:there|team|bot|traveloure|all|guys|friend))?"
    r"(?:\s+\w+)?[!.?]*$",
    re.IGNORECASE,
)
_THANKS = re.compile(
    r"^(?:(?:ok(?:ay)?|great|perfect|awesome|cool|nice|super|amazing|lovely|brilliant|wonderful|"
    r"excellent|fantastic)[\s,!]+)*(?:thanks|thank\s+you|thx|ty|cheers|many\s+thanks|"
    r"much\s+appreciated|appreciate\s+it)(?:\s+(?:so\s+much|a\s+lot|a\s+bunch|again|very\s+much))?"
    r"(?:[\s,]+\w+)?[!.]*$"
    r"|^(?:perfect|awesome|great|cool|nice|amazing|lovely|brilliant|wonderful|excellent|"
    r"fantastic|love\s+it|sounds\s+good|looks\s+good|sweet|nice\s+one|legend|you\s*(?:re|are)\s+"
    r"(?:a\s+|the\s+)?(?:lifesaver|star|legend|best|amazing|awesome|great)|you\s+rock|"
    r"that\s*s\s+(?:great|perfect|awesome|amazing|brilliant)|ace|dope|rad)[!.]*$",
    re.IGNORECASE,
)
_BYE = re.compile(
    r"^(?:bye|goodbye|good\s+bye|see\s+(?:you|ya)(?:\s+later)?|ciao|good\s+night|later|"
    r"talk\s+(?:to\s+you\s+)?later|ttyl|gn|nn|night\s+night|nighty\s+night|goodnight|"
    r"catch\s+(?:you|ya)\s+later|cya)"
    r"(?:[\s,]+(?:talk|speak|chat)\s+(?:tomorrow|later|soon))?(?:\s+\w+)?[!.]*$",
    re.IGNORECASE,
)
_TOPICS: list[tuple[re.Pattern[str], Topic]] = [
    (
        re.compile(
            r"\b(?:weather|forecast|rain(?:ing|y)?|temperature|sunny|umbrella|how\s+(?:hot|cold|warm)|"
            r"freezing|chilly|what\s+(?:should\s+(?:i|we)|to|do\s+(?:i|we))\s+(?:pack|wear|bring)|"
            r"hace\s+(?:mucho\s+)?(?:frio|calor)|hacer\s+(?:mucho\s+)?(?:frio|calor)|"
            r"(?:que|q)\s+(?:ropa|roupa)|faz\s+(?:muito\s+)?(?:frio|calor)|fazer\s+(?:muito\s+)?(?:frio|calor)|"
            r"(?:vai|va)\s+(?:estar|a\s+estar|a\s+hacer|fazer)\s+(?:muito\s+|mucho\s+)?(?:frio|calor))\b",
            re.IGNORECASE,
        ),
        Topic.WEATHER,
    ),
    (
        re.compile(
            r"\b(?:is\s+it\s+safe|safe(?:ty)?|dangerous|danger|scams?|advisor(?:y|ies)|"
            r"alerts?|crime)\b",
            re.IGNORECASE,
        ),
        Topic.SAFETY,
    ),
    (
        re.compile(
            r"\b(?:events?|festivals?|concerts?|what\s*s\s+(?:happening|on\s+in\s+town)|"
            r"anything\s+(?:happening|going\s+on)|eventos?|festivais|festivales|conciertos?|"
            r"shows?\s+ou\s+eventos?|shows?\s+o\s+eventos?|rolando|pasando\s+en\s+la\s+ciudad)\b",
            re.IGNORECASE,
        ),
        Topic.EVENTS,
    ),
    (
        re.compile(
            r"\b(?:how\s+much|cost(?:s|ing)?|total\s+price|price\s+of\s+(?:the|my|this)\s+trip|"
            r"what\s+will\s+i\s+spend|budget\s+for\s+(?:the|my|this)\s+trip|cuanto\s+(?:me\s+|nos\s+)?"
            r"(?:va\s+a\s+(?:salir|costar)|cuesta|sale|gastamos|vamos\s+a\s+gastar|voy\s+a\s+gastar)|"
            r"quanto\s+(?:e\s+que\s+)?(?:vamos|vou|vai|vão|vao)\s+(?:gastar|custar|sair)|quanto\s+custa|"
            r"quanto\s+(?:sai|fica)\s+(?:tudo|a\s+viagem))\b",
            re.IGNORECASE,
        ),
        Topic.COST,
    ),
    (
        # Before SHARE and EXPORT: "stop sharing", "deja de compartir", "parar de compartilhar".
        re.compile(
            r"\b(?:stop|quit|end)\s+shar(?:e|ing)\b|\bunshare\b|"
            r"\b(?:turn\s+off|disable|revoke|delete|cancel)\s+(?:the\s+|my\s+)?(?:share|sharing)\b|"
            r"\b(?:deja|dejar|deje|para|parar|pare)\s+de\s+(?:share|compartir|compartilhar|partilhar)\b",
            re.IGNORECASE,
        ),
        Topic.UNSHARE,
    ),
    (
        re.compile(r"\b(?:export|calendar|ical|ics|pdf|download|print)\b", re.IGNORECASE),
        Topic.EXPORT,
    ),
    (
        re.compile(
            r"\b(?:share|send\s+(?:it|this|the\s+(?:trip|itinerary|plan))\s+to|forward|compartir|"
            r"compartilh\w*|partilh\w*|(?:mando|mandar|mandarle|envio|enviar|enviarle|paso|pasarle)\s+"
            r"(?:o|el|a|la|my|the|our)\s+(?:roteiro|itinerario|itinerary|viagem|viaje|plan|trip)\b)\b",
            re.IGNORECASE,
        ),
        Topic.SHARE,
    ),
]
_EDIT_START = re.compile(
    r"^(?:add|remove|delete|move|replace|swap|book|reserve|plan|put|include|find|clear|drop)\b",
    re.IGNORECASE,
)


def _number(word: str | None, default: int = 1) -> int:
    if not word:
        return default
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word, default)


def _by_or_to(rest: str) -> tuple[int | None, int | None]:
    """'by 2 days' → (2, None); 'to 3 days' → (None, 3)."""
    if found := re.search(rf"\bby\s+{_N}\s+days?\b", rest, re.IGNORECASE):
        return _number(found.group("n")), None
    # "to 6 days"; "a 6 días", "hasta 6", "pra 6 dias" left by the es/pt rewrites
    if found := re.search(rf"\b(?:to|a|hasta|ate|pra|para)\s+{_N}\s+days?\b", rest, re.IGNORECASE):
        return None, _number(found.group("n"))
    return None, None


# Manners said in any order and with any padding ("thanks so much, this is perfect!!",
# "holaa buenas tardes", "oii tudo bem?"): every word is a word of manners, one of them is a
# greeting, a thanks or a goodbye.
_GREETING_WORDS = frozenset(
    """hi hello hey hiya heya howdy yo sup hola ola oi buenas buenos bom boa morning afternoon
    evening greetings alo howzit hiya gday""".split()
)
_THANKS_WORDS = frozenset(
    """thanks thank thx ty tysm cheers appreciated appreciate gracias obrigado obrigada valeu
    vlw brigado brigada agradecido agradecida agradezco perfect perfecto perfeito awesome great
    amazing lovely brilliant wonderful excellent fantastic genial buenisimo otimo maravilha
    incredible incredibles increible incrivel handy useful helpful neat util practico pratico
    brillante sweet""".split()
)
_BYE_WORDS = frozenset("bye goodbye ciao chau chao adios tchau cya ttyl".split())
_PADDING = frozenset(
    """so much a lot very really again you u guys all team bot there friend friends mate this
    is it its that s looks look sounds good nice cool love ok okay oh wow dude man bro muchas
    muchisimas mil muy todo tudo bem bien como estas esta va vai que tal e ai day dia dias tarde
    tardes noche noches noite noites a o de muito muita demais mesmo super ya ja gente amigo
    amiga how are doing going well lol haha jaja kkk kkkk just for the help everything esto isso
    ta por pela pelo tu vc voce usted ustedes vale guay tio tia dale listo okey oki beleza blz
    show massa top otimo genial chevere bacano che hermano cara mano pessoal quedo quedaron ficou
    ficaram lindo linda bonito bonita maximo lo re sendo sos eres es um un genio crack espetaculo
    idolo maquina ngl tbh honestly as""".split()
)
# How the traveler feels, said with nothing to do ("kkkkk tô morta de cansada hj", "we're
# knackered lol, off to bed"): a goodbye when it ends the day, else a kind word.
_FEELING_WORDS = frozenset(
    """tired exhausted knackered shattered beat dead cansada cansado cansadas cansados cansancio
    cansaco muerta muerto muertos muertas morta morto mortos mortas agotado agotada exausto
    exausta incrivel increible amazing""".split()
)
_LAUGHTER = re.compile(r"^(?:k{2,}|(?:ha){2,}h?|(?:ja){2,}j?|(?:he){2,}|lol|rs+)$")
_BEDTIME_WORDS = frozenset("dormir sleep bed cama sleeping".split())
_FEELING_PADDING = frozenset(
    """to we re were i m im am so ya ja estamos estoy estou tô hj hoy hoje mas but and y e ta
    esta está sendo being nos vamos vou voy a off going de of el la o un uma una jajaja kkkkk
    haha lol today tonight hoje""".split()
)
_ALL_MANNERS = _GREETING_WORDS | _THANKS_WORDS | _BYE_WORDS | _PADDING


def _plain_word(word: str) -> str:
    """'heyy' → 'hey', 'holaa' → 'hola', 'oii' → 'oi': a doubled last letter typed for warmth."""
    if word not in _ALL_MANNERS and len(word) > 2 and word[-1] == word[-2]:
        return word[:-1]
    return word


def _manners_topic(body: str) -> Topic | None:
    words = [_plain_word(w) for w in re.findall(r"[a-z]+", fold(body))]
    if not words or len(words) > 14:
        return None
    words = [w for w in words if not _LAUGHTER.match(w)]
    feeling = _FEELING_WORDS & set(words)
    if feeling and all(
        w in _ALL_MANNERS or w in _FEELING_WORDS or w in _BEDTIME_WORDS or w in _FEELING_PADDING
        for w in words
    ):
        return Topic.BYE if _BEDTIME_WORDS & set(words) else Topic.THANKS
    if not words or any(w not in _ALL_MANNERS for w in words):
        return None
    for vocabulary, topic in (
        (_THANKS_WORDS, Topic.THANKS),
        (_BYE_WORDS, Topic.BYE),
        (_GREETING_WORDS, Topic.GREETING),
    ):
        if any(w in vocabulary for w in words):
            return topic
    return None


# "no entiendo como usar esto", "oi, como funciona isso aqui?", "ajuda pf": asking how the
# service works, in a short message that asks for nothing else.
_HELP_WORDS = frozenset("help ayuda ayudame ajuda ajudem socorro auxilio".split())
_HOW_IT_WORKS = re.compile(
    r"\b(?:how|como)\b(?:\s+\w+){0,4}?\s+(?:works?|funciona\w*|usar?|uso|utiliz\w+|use)\b"
    r"|\b(?:no\s+entiendo|nao\s+entendo|nao\s+percebo|nao\s+sei\s+usar|don\s*t\s+(?:understand|get)|"
    r"dont\s+(?:understand|get)|confused|confundid[oa]|perdid[oa]|confus[oa])\b"
)
_HELP_PADDING = frozenset(
    """how como works work funciona funcionas usar use uso usa utilizo utilizar this esto isto
    isso aqui here thing app bot service servicio servico the el la o a se does do i you it pf pfv
    please por favor oi hi hey hola ola that no nao don dont t understand get entiendo entendo
    percebo sei confused confundido confundida perdido perdida confuso confusa m im am me can me
    puedes pode podes q que onda um uh so ok""".split()
)
_ASKS_SOMETHING_ELSE = re.compile(
    r"\b(?:add|remove|move|replace|swap|book|plan|find|put|change|clear|delete|cancel|undo|day|"
    r"restaurant|museum|beach|dinner|lunch|breakfast|tomorrow|tonight)\b|\d"
)


# "how do i add stuff?", "what can you help me with?", "qué cosas te puedo pedir?", "o que
# você sabe fazer?": asking what the service does, whatever else the message pads it with.
_WHAT_YOU_DO = re.compile(
    r"\bhow\s+(?:do|can|should|would)\s+(?:i|we)\s+(?:add|change|remove|move|use|edit|book|plan|"
    r"do|make|ask\s+for)\s+(?:stuff|things|something|anything|places|changes|it|this|that)\b"
    r"|\bwhat\s+(?:else\s+)?(?:can|do|could)\s+(?:you|u)\s+(?:do|help(?:\s+(?:me|us))?\s+with)\b"
    r"|\bwhat\s+(?:can|do)\s+(?:i|we)\s+ask\b"
    r"|\b(?:que|q)\s+(?:cosas\s+)?(?:te\s+)?(?:puedo|podemos)\s+pedir\b"
    r"|\b(?:que|q)\s+(?:sabes|puedes)\s+hacer\b"
    r"|\bo\s+(?:que|q)\s+(?:voce|vc|tu)\s+(?:sabe|pode|consegue)\s+fazer\b"
    r"|\b(?:que|q)\s+(?:coisas\s+)?(?:eu\s+)?(?:posso|podemos)\s+(?:te\s+)?pedir\b"
    r"|\bcomo\s+(?:eu\s+|yo\s+)?(?:agrego|anado|quito|muevo|cambio|pongo|adiciono|coloco|tiro|"
    r"mudo|boto)\s+(?:cosas|algo|lugares|coisas|lugares)\b"
)


def help_turn(body: str) -> ParsedTurn | None:
    """A short message asking how the service works."""
    folded = fold(body)
    if _WHAT_YOU_DO.search(folded) and len(folded.split()) <= 16:
        return ParsedTurn(intent=Intent.HELP)
    words = re.findall(r"[a-z]+", folded)
    if not words or len(words) > 10 or _ASKS_SOMETHING_ELSE.search(folded):
        return None
    if not (any(w in _HELP_WORDS for w in words) or _HOW_IT_WORKS.search(folded)):
        return None
    # Only the service may be what is asked about ("how does the airport train work" is not).
    if len([w for w in words if w not in _HELP_PADDING and w not in _HELP_WORDS]) > 1:
        return None
    return ParsedTurn(intent=Intent.HELP)


def social_turn(body: str) -> ParsedTurn | None:
    """Greetings, thanks and goodbyes said on their own."""
    for pattern, topic in ((_GREETING, Topic.GREETING), (_THANKS, Topic.THANKS), (_BYE, Topic.BYE)):
        if pattern.match(body):
            return ParsedTurn(intent=Intent.SOCIAL, topic=topic)
    if (manners := _manners_topic(body)) is not None:
        return ParsedTurn(intent=Intent.SOCIAL, topic=manners)
    return None


def info_turn(body: str) -> ParsedTurn | None:
    """Weather, events, safety, cost, share and export questions (not edits that mention them)."""
    if _EDIT_START.match(body):
        return None
    folded = fold(body)
    for pattern, topic in _TOPICS:
        if pattern.search(body) or pattern.search(folded):
            days = find_days(body)
            return ParsedTurn(
                intent=Intent.INFO, topic=topic, day=int(days[0].value) if days else None
            )
    return None


# A swap said anywhere in a short message of days ("could we switch monday and tuesday round?",
# "flip days 2 & 3 pls", "intercambia el lunes con el miercoles", "inverte segunda e quarta").
_SWAP_ANYWHERE = re.compile(
    r"\b(?:swap|switch|exchange|flip|trade|invert|reverse|intercambi\w*|invert[eai]\w*|inviert\w*|"
    r"troc\w*|permut\w*|cambi\w*\s+de\s+orden|swap\s+de\s+orden|mud\w*\s+de\s+ordem)\b",
    re.IGNORECASE,
)
_DAY_PAIR = re.compile(
    r"\b(?:days?|dias?)\s*(?P<a>\d{1,2})\s*(?:(?:&|and|y|e|with|com|con|,|/|-|for|por|pelo)\s*)?"
    r"(?:(?:the|el|o|day|dia|on)\s+)*(?P<b>\d{1,2})\b",
    re.IGNORECASE,
)
_SWAP_PADDING = frozenset(
    """swap switch exchange flip trade invert reverse round around over the days day and with
    for on could we can you u i please pls plz just them de orden ordem el la o a os las y e
    com con por pela pelo dia dias da pra para feira order their plans""".split()
)


def _swap_turn(body: str) -> ParsedTurn | None:
    if not _SWAP_ANYWHERE.search(body):
        return None
    folded = fold(body)
    if match := _DAY_PAIR.search(folded):
        return ParsedTurn(
            intent=Intent.SWAP_DAYS, day=int(match.group("a")), to_day=int(match.group("b"))
        )
    refs = list(dict.fromkeys(day_refs(body)))
    named = [int(found.value) for found in find_days(body)]
    if len(refs) == 1 and len(named) == 1:  # "swap tomorrow with day 3"
        return ParsedTurn(intent=Intent.SWAP_DAYS, day=named[0], to_day_ref=refs[0])
    words = re.findall(r"[a-z]+", folded)
    refs += [f"weekday:{IBERIAN_WEEKDAY_NUMBERS[w]}" for w in words if w in IBERIAN_WEEKDAY_NUMBERS]
    refs = list(dict.fromkeys(refs))
    leftover = [
        w
        for w in words
        if w not in _SWAP_PADDING
        and w not in IBERIAN_WEEKDAY_NUMBERS
        and not _DAY_WORDS.fullmatch(w)
        and not _SWAP_ANYWHERE.fullmatch(w)
    ]
    if len(refs) == 2 and len(leftover) <= 1:
        return ParsedTurn(intent=Intent.SWAP_DAYS, day_ref=refs[0], to_day_ref=refs[1])
    return None


def trip_turn(body: str) -> ParsedTurn | None:
    """Swap days, add or remove days, make a day lighter."""
    if (exchanged := exchanged_days(body)) is not None:
        return exchanged  # "cambia el lunes x el miercoles", "monday to wednesday and back"
    if match := _SWAP.match(body):
        return ParsedTurn(
            intent=Intent.SWAP_DAYS, day=_number(match.group("a")), to_day=_number(match.group("b"))
        )
    if (swap := _swap_turn(body)) is not None:
        return swap
    if (length := length_said(body)) is not None:
        return length  # "ya no son 4 días sino 5", "now it's 6 days instead of 5"
    if _SWAP_VERB.match(body) or _SWAP_WORD.search(body):
        named = list(dict.fromkeys(int(found.value) for found in find_days(body)))
        if len(named) == 2:  # "exchange the first and the last day", "… just swap them"
            return ParsedTurn(intent=Intent.SWAP_DAYS, day=named[0], to_day=named[1])
        refs = list(dict.fromkeys(day_refs(body)))
        if len(refs) == 2 and _ONLY_DAYS.fullmatch(_DAY_WORDS.sub(" ", body)):
            # "switch around tuesday and wednesday": the orchestrator finds their trip days
            return ParsedTurn(intent=Intent.SWAP_DAYS, day_ref=refs[0], to_day_ref=refs[1])
    if match := _ADD_DAYS.match(body):
        count = _number(match.group("n")) if match.group("n") else 1
        rest = next((g for g in match.groups()[1:] if g), "") or ""
        by, total = _by_or_to(rest)  # "extend the trip to 6 days": 6 in all, not one more
        at_start = bool(
            # "at the start", "al principio", "no começo", "antes do primeiro dia"
            re.search(
                r"\b(?:start|beginning|front|before\s+day\s*1|principio|comienzo|inicio|in[ií]cio|"
                r"come[cç]o)\b",
                rest,
                re.IGNORECASE,
            )
        )
        return ParsedTurn(
            intent=Intent.ADD_DAYS,
            day_count=by or (None if total else count),
            trip_days=total,
            day=1 if at_start else None,
        )
    if match := _SHORTEN.match(body):
        rest = match.group("rest") or match.group("rest2") or match.group("rest3") or ""
        by, total = _by_or_to(rest)
        return ParsedTurn(
            intent=Intent.REMOVE_DAYS, day_count=by if by or total else 1, trip_days=total
        )
    if match := _DROP_LAST.match(body):
        count = _number(match.group("n")) if match.group("n") else 1
        return ParsedTurn(intent=Intent.REMOVE_DAYS, day_count=count)
    if match := _DROP_DAY.match(body):
        return ParsedTurn(intent=Intent.REMOVE_DAYS, day=_number(match.group("d")))
    if _RELAX.search(body) and not _EDIT_START.match(body):
        days = find_days(body)
        day = int(days[0].value) if days else None
        # "el martes está muy cargado, relájalo": the weekday or "tomorrow" said is the day
        refs = [] if day is not None else day_refs(fold(body))
        return ParsedTurn(intent=Intent.RELAX, day=day, day_ref=refs[0] if refs else None)
    return None


def start_date_turn(body: str, today: dt.date) -> ParsedTurn | None:
    """'change the start date to March 3' / 'we arrive on the 14th' → SET_START.

    Said after a remark too: "our flight got changed, trip now starts on 9 dec".
    """
    if (match := _START.match(_NOW.sub("", body.strip()))) is not None:
        date = parse_calendar_date(_when(match), today)
        if date is None and re.match(r"we\b", match.group(0), re.IGNORECASE):
            return None  # "we leave early": when we go, not a new start date
        # "we arrive on wednesday": that weekday near the trip's own start (core.agents.trip)
        weekday = _WEEKDAY_ONLY.match(fold(_when(match)))
        ref = f"weekday:{_WEEKDAY_NAMES.index(weekday.group(1))}" if weekday else None
        ref = ref or (month_day_ref(_when(match)) if date is not None else None)
        return ParsedTurn(intent=Intent.SET_START, date=date, day_ref=ref)
    for piece in _CLAUSE_BREAK.split(body)[1:]:
        # After a remark only a start with a date it can read: "…, we leave early" is no start.
        match = _START.match(_NOW.sub("", piece.strip()))
        if match is not None and (date := parse_calendar_date(_when(match), today)) is not None:
            return ParsedTurn(intent=Intent.SET_START, date=date)
    return None


def _when(match: re.Match[str]) -> str:
    """The date words of a start ("we arrive on tuesday 8 and leave on thursday 10": the first)."""
    return re.split(r"\s+(?:and|y|e)\s+", match.group("when"), maxsplit=1)[0].strip(" .!?")


_CLAUSE_BREAK = re.compile(r"[,.;:!?]+\s+")
# "now the trip starts on…", "ahora el viaje arranca…": a word of time before the request.
_NOW = re.compile(r"^(?:now|so|then|and|ahora|agora|entonces|entao|ya|ja)\s+", re.IGNORECASE)
# "sunday 6", "wednesday the 9th", "the 10th", "dia 8": a day of the month and maybe its
# weekday, no month (dateparser would read "sunday 6" as June).
_DAY_OF_MONTH = re.compile(
    r"^(?:(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,?\s+)?(?:the\s+|el\s+|o\s+|day\s+|dia\s+)?"
    r"(?P<d>\d{1,2})(?:st|nd|rd|th|o|º)?$",
    re.IGNORECASE,
)
_WEEKDAY_ONLY = re.compile(
    r"^(?:on\s+|this\s+|next\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$"
)
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _day_of_month(text: str, today: dt.date) -> dt.date | None:
    """The next date on that day of the month (and weekday, if one is said), or None."""
    match = _DAY_OF_MONTH.match(fold(text).strip())
    if match is None:
        return None
    said = (match.group("weekday") or "").lower()
    wanted = _WEEKDAY_NAMES.index(said) if said else None
    day = int(match.group("d"))
    year, month = today.year, today.month
    for _ in range(14):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            found = None
        if found is not None and found >= today and (wanted is None or found.weekday() == wanted):
            return found
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def month_day_ref(text: str) -> str | None:
    """'monthday:00-DD' for a day of the month said alone ("the 10th", "el 12", "dia 9"), else None.

    The trip agent finds it near the trip's own dates, not in today's month.
    """
    text = re.sub(r"^(?:the\s+|el\s+|o\s+)?(?:day|d[ií]a)\s+(?=\d)", "", text, flags=re.IGNORECASE)
    found = _DAY_OF_MONTH.match(fold(text).strip())
    return None if found is None or found.group("weekday") else f"monthday:00-{found['d']:0>2}"


def parse_calendar_date(text: str, today: dt.date) -> dt.date | None:
    """A calendar date in English, Spanish or Portuguese words, the next one from `today`."""
    text = re.sub(r"^(?:the\s+|el\s+|o\s+)?(?:day|d[ií]a)\s+(?=\d)", "", text, flags=re.IGNORECASE)
    if not text or not re.search(r"\d|[a-z]{3}", text, re.IGNORECASE):
        return None
    if (found_day := _day_of_month(text, today)) is not None:
        return found_day
    if (numeric := _numeric_date(text, today)) is not None:
        return numeric
    import dateparser  # noqa: PLC0415 -- 40 MB of language data, loaded only when a date is said

    base = dt.datetime.combine(today, dt.time(12, 0))
    parsed = dateparser.parse(
        text,
        languages=["en", "es", "pt"],
        settings={"PREFER_DATES_FROM": "future", "RELATIVE_BASE": base},
    )
    if parsed is None:
        return None
    found: dt.date = parsed.date()
    if found < today:  # "the 14th" said on the 23rd: next month's
        month = found.month % 12 + 1
        year = found.year + (found.month == 12)
        try:
            found = found.replace(year=year, month=month)
        except ValueError:
            return None
    return found


_NUMERIC = re.compile(
    r"^\s*(?:(?:on|em|el|no|o|the|dia)\s+)*(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?\s*$"
)


def _numeric_date(text: str, today: dt.date) -> dt.date | None:
    """'5/12', '14/12/2026' as a date: the next such one from `today`.

    Day first, as Spanish, Portuguese and British English write it; month first only when the
    second number cannot be a month ('12/14').
    """
    found = _NUMERIC.match(text)
    if found is None:
        return None
    first, second = int(found.group(1)), int(found.group(2))
    day, month = (second, first) if second > 12 >= first else (first, second)
    year = today.year
    if found.group(3):
        year = int(found.group(3)) + (2000 if len(found.group(3)) == 2 else 0)
    try:
        date = dt.date(year, month, day)
        if not found.group(3) and date < today:
            date = date.replace(year=year + 1)
    except ValueError:
        return None
    return date
