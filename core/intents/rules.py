"""Rule-based intent classification: keywords and patterns, no LLM (PRD §11.2 strategy 2)."""

from __future__ import annotations

import datetime as dt
import re

from core.domain.itinerary import NodeType
from core.intents.agent_rules import classify_agent_turn
from core.intents.day_words import find_when
from core.intents.hour_purpose import hour_for
from core.intents.lexicon import NOT_A_TOPIC, REMARK_START
from core.intents.model import Intent, Meal, ParsedTurn, Preferences, Target
from core.intents.preferences import find_preferences
from core.intents.slots import MEAL_PATTERN, Found, cut, find_days, find_meal, find_times
from core.intents.trip_rules import help_turn, info_turn, social_turn, start_date_turn, trip_turn
from core.intents.undo_words import said_undo

_POLITE = re.compile(
    r"^(?:(?:please|pls|hey|hi|ok|okay|so|and|also|now|then|can you|could you|would you|"
    r"will you|i want to|i d like to|i would like to|id like to|i wanna|lets|let s|let us|"
    r"i need to|we want to|we d like to|we would like to|go ahead and|can we|could we|"
    r"shall we|should we|hello|hola|oi|ola|olá|buenas|hey there|hi there|um|umm|ok so|"
    r"quick question|just|kindly|and then|then|also|and also|we have to|we need to|"
    r"i have to|we must|gotta|we ll|we will|i ll|i will|i d love to|we d love to|"
    r"i would love to|we would love to|actually|hmm)[\s,!.]+"
    # "podemos reservar…", "dá pra tirar…": "can we", once the verb is read
    r"|(?:podemos|podriamos|podríamos|podiamos|podíamos|se\s+puede|se\s+podria|se\s+podría|"
    r"da\s+pra|dá\s+pra|da\s+para|dá\s+para|tem\s+como)\s+"
    r"(?=(?:book|add|remove|move|swap|replace|change|show|put|take|drop|delete)\b))+",
    re.IGNORECASE,
)
_UNDO = re.compile(
    r"^(?:(?:oops|oh no|no wait|wait|ugh|hmm|sorry|actually|no)[\s,.!]+)*"
    r"(?:undo|revert|undo (?:that|it|this|the last change|last change|my last change)|"
    r"revert (?:that|it|this|the last change)|take that back|go back|ctrl\s*\+?\s*z|"
    r"cmd\s*\+?\s*z|put it back|change it back|put (?:that|it) back the way it was|"
    r"back to how it was)(?:[\s,]+(?:please|pls))?[.!]*$",
    re.IGNORECASE,
)
_HELP = re.compile(
    r"^(?:help|\?|what can you do|what can i (?:do|say|ask)|how does this work|commands|menu|"
    r"start|/start|/help)[?.!]*$",
    re.IGNORECASE,
)
_SHOW = re.compile(
    r"^(?:show|list|view|display|see)\b(?!\s+(?:me\s+|us\s+)?(?:some|a\s+few|a\s+couple|few|"
    r"options|ideas|places|spots|any|good|nice|cool|the\s+best|best|cheap|top)\b)"
    r"|^(?:what s|whats|what is|what are|what do (?:i|we) have|"
    r"what have (?:i|we) got|what am i doing|what are we doing|tell me|"
    r"(?:where|when|what\s+time)\s+(?:do|are|will|is)\s+(?:we|i|our|my)\b)\b"
    r"(?=.*\b(?:day\s*\d|days?|itinerary|schedule|plan|planned|trip|agenda|program|"
    r"first|second|third|last|today|tomorrow|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b)"
    r"|^(?:my |the )?(?:itinerary|schedule|plan|trip)\?*$|^day\s*\d{1,2}\?*$"
    r"|^what\s+time\s+(?:is|are|s)\b(?=.*\bday\s*\d)",
    re.IGNORECASE,
)
_VERBS: list[tuple[Intent, re.Pattern[str]]] = [
    (
        Intent.REPLACE,
        # "trade X for Y", "swap out X for Y", "sub out X for Y": the particle is the verb's
        re.compile(
            r"^(?:(?:swap|switch|trade|change|sub|swop)\s+out|replace|swap|substitute|switch|"
            r"exchange|trade(?=\s+(?!(?:days?|them)\b)\S+.*\s(?:for|with)\s))\b",
            re.IGNORECASE,
        ),
    ),
    (
        Intent.REMOVE,
        re.compile(
            r"^(?:remove|delete|drop|cancel|clear|scrap|erase|take out|get rid of|skip|"
            r"take off|forget(?: about)?|ditch|rm|wipe|empty|nuke|kill|axe|nix|bin|lose|"
            r"scratch|cut|toss|dump|strike|cross off|cross out|lose)\b",
            re.IGNORECASE,
        ),
    ),
    (
        Intent.MOVE,
        re.compile(
            r"^(?:move|shift|reschedule|push|postpone|bring forward|"
            r"bring|change|set|make|put off|bump|slide|pull|shove|prepone)\b",
            re.IGNORECASE,
        ),
    ),
    (
        Intent.ADD,
        re.compile(
            r"^(?:add|include|put|insert|schedule|squeeze in|fit in|find(?: me)?|get me|"
            r"i want|i d like|id like|i would like|we want|we d like|we would like|visit|"
            r"go to|have|throw in|do|try|see|stick|pop|slot in|slot|fit in|fit|squeeze|pencil in|"
            r"work in|need|we need|i need|want|wanna|i wanna|we wanna|looking for|"
            r"(?:i m|we re|im|were) looking for|craving|(?:i m|we re|im|were) craving|fancy|"
            r"i fancy|we fancy|in the mood for|recommend|suggest|check out|hit|hit up|grab|"
            r"show me|show us|gimme|give me|get us|find us|get|chuck|bung|sort out|sort|organise|"
            r"organize|arrange|lets do|let s do|we d love|i d love|we would love|i would love|"
            r"id rather do|i d rather do|we d rather do|rather do)\b",
            re.IGNORECASE,
        ),
    ),
]
# A noun phrase, not a question, and no verb we know: "sushi day 2", "un bar de salsa el sábado".
_IMPLICIT_ADD = re.compile(
    r"^(?!(?:what|why|how|when|where|who|which|is|are|do|does|can|could|would|should|shall|"
    r"will|might|maybe|perhaps|please|we|i|you|it|there|let|lets)\b)\w",
    re.IGNORECASE,
)
_ANY_VERB = re.compile(
    r"\b(?:add|remove|move|change|replace|book|show|can you|undo|clear)\b", re.IGNORECASE
)
# "Arthur's Seat" (a name) keeps its s; "that's", "what's", "it's" come apart as before.
_POSSESSIVE = re.compile(
    r"(?<!\bthat)(?<!\bwhat)(?<!\bit)(?<!\bhe)(?<!\bshe)(?<!\bthere)(?<!\bhere)(?<!\bwho)"
    r"(?<!\bwhere)(?<!\blet)(?<!\bhow)(?<=\w)'s\b",
    re.IGNORECASE,
)
# Verbs that start a request even in the middle of a sentence (never "have", "do", "get").
_VERB_INSIDE = re.compile(
    r"\b(?:add|put|stick|pop|squeeze\s+in|fit\s+in|throw\s+in|include|visit|see|go\s+to|"
    r"remove|delete|drop|skip|cancel|move|shift|push|reschedule|replace|swap|scrap|ditch|"
    r"forget|kill|nix|axe|bump|need|want|wanna|fancy|craving)\b",
    re.IGNORECASE,
)
# am/pm, or a 24-hour clock that can only mean one half of the day ("07:30", "19:30")
_HALF_MARKER = re.compile(r"[ap]\.?m\b|noon|midnight|\b(?:0\d|1[2-9]|2[0-3]):\d\d", re.IGNORECASE)
_IT = frozenset({"it", "that", "this", "them", "that one", "this one", ""})
_COURTESY = re.compile(r"[\s,]+(?:please|pls|plz|thanks|thank you|thx)[\s.!]*$", re.IGNORECASE)
_ARTICLES = re.compile(
    r"^(?:a|an|the|some|my|our|another|one|me|us|with|el|la|los|las|un|una|unos|unas|mi|mis|nuestro|"
    r"nuestra|o|os|as|um|uma|uns|umas|algum|alguma|alguns|algumas|meu|minha|nosso|nossa|otro|otra|outro|outra)\s+",
    re.IGNORECASE,
)
# Chat words that ride along with a place phrase ("a pub on day 4 would ya", "sushi at some
# point maybe", "street food is fine"): never part of what to search for.
_CHAT_JUNK = re.compile(
    r"\b(?:would\s+ya|would\s+you|will\s+ya|mate|bro|dude|guys|por\s+favor|porfa|maybe|perhaps|"
    r"probably|at\s+some\s+point|if\s+poss(?:ible)?|you\s+know|i\s+guess|kinda|sorta|thinking|"
    r"is\s+fine|are\s+fine|would\s+be\s+(?:nice|great|good|ideal)|if\s+you\s+can|for\s+me|for\s+us|"
    r"obviously|ideally|preferably|possibly|tho|though|tbh|lol|pls|plz|please)\b"
    r"|^(?:(?:only|just)\s+(?:the\s+)?|like\s+(?=a\b|an\b|some\b)|lets\s+do\s+|let\s+s\s+do\s+|in\s+(?=the\b)"
    r"|(?:something|somewhere|anything|anywhere|some\s+place|any)\s+(?=\w)"
    # "algo de udon o soba", "algún sitio de marisco", "alguma coisa de", "um lugar de"
    r"|(?:algo|alguna\s+cosa|alguma\s+coisa|algun\s+sitio|algún\s+sitio|algun\s+lugar|"
    r"algum\s+lugar|un\s+sitio|un\s+lugar|um\s+lugar|in\s+sitio|en\s+algun\s+sitio)"
    r"\s+(?:de\s+|con\s+|com\s+)?(?=\w))"
    r"|\s+style\b",
    re.IGNORECASE,
)
# "we wanna see the naval museum", "i want to try proper sushi": the wish's verb is not the place.
_WANT_TO = re.compile(
    r"^(?:to\s+)?(?:try|see|visit|do|check\s+out|go\s+to|have|eat|hit|experience|explore)\s+"
    r"(?:(?:some|a|an|the)\s+)?(?:(?:proper|decent|real|authentic)\s+)?",
    re.IGNORECASE,
)
_FEW = re.compile(
    r"^(?:a\s+)?(?:few|couple(?:\s+of)?|handful\s+of|bunch\s+of|some\s+good|any\s+good|"
    r"options\s+(?:for|of)|ideas\s+for)\s+",
    re.IGNORECASE,
)
_TRIP_WORDS = re.compile(
    r"\s*\b(?:to|from|in|into|on|off)\s+(?:the|my|our)\s+(?:itinerary|trip|plan|schedule|list)\b",
    re.IGNORECASE,
)
_FILLER_TAIL = re.compile(
    r"(?:^|\s+)(?:instead|completely|entirely|altogether|fully|too|as\s+well|please|pls|plz|to|at|"
    r"on|for|there|here|around|nearby|again|(?:on\s+)?(?:the\s+)?same\s+day|that\s+day|"
    # discourse particles a phrase ends with ("move it then", "sacalo nomas", "pasala entonces")
    r"actually|then|anyway|now|eh|hey|ok|okay|entonces|nomas|nomás|pues|po|igual|ya|mejor|"
    r"entao|então|ai|aí|ne|né|mesmo|msm|tambem|também|tb|tmb)\s*$",
    re.IGNORECASE,
)
_EVERY = re.compile(
    r"\b(?:all|everything|every|whole|todo|todos|todas|tudo|todinho)\b", re.IGNORECASE
)
_TYPE_WORDS: list[tuple[re.Pattern[str], NodeType | None]] = [
    (re.compile(r"\b(?:meals|restaurants|food)\b", re.IGNORECASE), NodeType.MEAL),
    (re.compile(r"\b(?:sights|attractions|sightseeing)\b", re.IGNORECASE), NodeType.ATTRACTION),
    (re.compile(r"\b(?:hotels|lodging|accommodations?)\b", re.IGNORECASE), NodeType.LODGING),
    (re.compile(r"\b(?:transport|transfers|flights|trains)\b", re.IGNORECASE), NodeType.TRANSPORT),
]
_SPLIT_REPLACE = re.compile(r"\s+\b(?:with|for|by)\b\s+", re.IGNORECASE)
_SPLIT_CHANGE = re.compile(r"\s+\b(?:to|into)\b\s+", re.IGNORECASE)
_MEAL_AT = re.compile(r"^(?:breakfast|brunch|lunch|dinner|supper)\s+(?:at|in)\s+", re.IGNORECASE)
_FOR_MEAL = re.compile(
    r"\b(?:for|as)\s+(?:a\s+)?(?:breakfast|brunch|lunch|dinner|supper)\b", re.IGNORECASE
)


# An aside run on after the place without a comma ("clear day 3 we'll just wing it", "elephanta
# too far w the ferry", "la playa, ya fuimos"): from its first word on, nothing names a place.
_ASIDE_TAIL = re.compile(
    r"(?<=\w)\s+(?:we|i|we\s+ll|we\s+re|we\s+d|we\s+ve|i\s+m|i\s+d|i\s+ll|i\s+ve|it\s+s|its|"
    rf"haha\w*|jaja\w*|kkk\w*|thank\s+you|thanks|vamos\s+a|{REMARK_START})\b.*$",
    re.IGNORECASE,
)


# "a brekkie spot before the old quarter walk", "coffee after the beach": where in the day it
# goes, not what it is (the time it implies is left to placement).
_RELATIVE_TAIL = re.compile(
    r"(?<=\w)\s+(?:before|after|antes\s+de(?:l)?|despues\s+de(?:l)?|depois\s+d[eoa]s?)\s+(?:the|el|la|o|a)\s+.*$",
    re.IGNORECASE,
)
_FOR_WHOM = re.compile(r"^(?:us|me|for\s+us|for\s+me)\s+(?=\w)|^(?:us|me)$", re.IGNORECASE)


def _clean(text: str) -> str:
    text = _ASIDE_TAIL.sub("", text)
    text = _RELATIVE_TAIL.sub("", text)
    text = _FOR_WHOM.sub("", text.strip())
    text = re.sub(r"\s+(?:in|on|at|for|to|with)$", "", text, flags=re.IGNORECASE)
    text = _CHAT_JUNK.sub(" ", text)
    text = re.sub(r"\s*,\s*", " ", text)
    text = _TRIP_WORDS.sub("", text)
    text = _FILLER_TAIL.sub("", text)
    text = _COURTESY.sub("", text)
    text = " ".join(_CHAT_JUNK.sub(" ", text.strip(" ,.!?;:")).split())
    text = _FEW.sub("", text)
    while (stripped := _ARTICLES.sub("", text)) != text:
        text = stripped
    return text


def _pm_for_meal(time: str | None, meal: Meal | None, had_marker: bool) -> str | None:
    """A bare hour means the meal's half of the day: dinner at 8 is 20:00, breakfast at 7 07:00."""
    if time is None or had_marker or meal is None:
        return time
    hours, minutes = (int(part) for part in time.split(":"))
    if meal is Meal.DINNER and hours < 12:
        hours += 12
    elif meal is Meal.BREAKFAST and hours > 12:
        hours -= 12
    return f"{hours:02d}:{minutes:02d}"


def _target(text: str, day_meal: Meal | None, time: str | None) -> Target:
    every = bool(_EVERY.search(text))
    node_type = next((kind for pattern, kind in _TYPE_WORDS if pattern.search(text)), None)
    cleaned = _clean(_EVERY.sub("", text)) if every else _clean(text)
    if every:
        cleaned = ""
    meal = day_meal if cleaned and MEAL_PATTERN.fullmatch(cleaned) else None
    return Target(text=cleaned or None, meal=meal, time=time, node_type=node_type, every=every)


def classify(text: str, today: dt.date | None = None) -> ParsedTurn:
    """Classify one request in the canonical grammar; Intent.UNKNOWN when the rules can't tell.

    `today` anchors calendar dates ("change the start date to March 3"); it defaults to the
    current UTC date.
    """
    raw = " ".join(text.split())
    # "Arthur's Seat" stays one name; "I'd", "don't" come apart as the rules expect.
    unquoted = _POSSESSIVE.sub("s", raw.replace("’", "'")).replace("'", " ")
    body = _POLITE.sub("", unquoted).strip(" .!") or unquoted.strip(" .!")
    body = " ".join(body.split())
    if not body:
        return ParsedTurn(intent=Intent.UNKNOWN, confidence=0)
    if (social := social_turn(unquoted.strip(" .!"))) is not None:
        return social  # "hello there" before "hello" is taken for manners
    if _UNDO.match(body) or said_undo(unquoted):
        return ParsedTurn(intent=Intent.UNDO)
    if _HELP.match(body) or help_turn(unquoted) is not None:
        return ParsedTurn(intent=Intent.HELP)
    if (social := social_turn(body)) is not None:
        return social
    if (trip := trip_turn(body)) is not None:
        return trip
    if (start := start_date_turn(body, today or dt.datetime.now(dt.UTC).date())) is not None:
        return start
    when = find_when(body)
    timing = {
        "day_ref": when.day_ref,
        "to_day_ref": when.to_day_ref,
        "part_of_day": when.part_of_day,
    }
    if (info := info_turn(body)) is not None:
        return info.model_copy(update=timing)
    if (agent_turn := classify_agent_turn(when.text)) is not None:
        return agent_turn.model_copy(update=timing)
    if _SHOW.match(body) and not any(p.match(body) for _, p in _VERBS[:3]):
        days = find_days(body)
        day = days[0].value if days else None
        return ParsedTurn(
            intent=Intent.SHOW, day=int(day) if day is not None else None, day_ref=when.day_ref
        )
    edit = _edit(when.text)
    if (
        edit.intent is Intent.REMOVE
        and edit.target is not None
        and not (edit.target.text or edit.target.every or edit.target.time or edit.target.meal)
        and edit.day is None
        and when.day_ref
    ):
        # "wipe friday", "apaga o sábado": everything on that day
        edit = edit.model_copy(update={"target": edit.target.model_copy(update={"every": True})})
    if (
        edit.intent is Intent.UNKNOWN
        and _IMPLICIT_ADD.search(raw.replace("¿", ""))
        and not _ANY_VERB.search(when.text)
        and (
            when.day_ref
            or when.part_of_day
            or find_days(when.text)
            or find_meal(when.text)
            or find_times(when.text)
            or find_preferences(when.text)[0]
        )
    ):
        implied = _edit(f"add {when.text}")
        if implied.query or implied.meal:
            return implied.model_copy(update={**timing, "confidence": 0.8})
    moved_to = edit.intent is Intent.MOVE and edit.to_day is not None
    if moved_to and edit.day is None and when.to_day_ref:
        # "move the bar on day 1 to thursday": the day said is where it is, Thursday where it goes
        edit = edit.model_copy(update={"day": edit.to_day, "to_day": None})
    return _placed_it(edit.model_copy(update=timing))


def _placed_it(op: ParsedTurn) -> ParsedTurn:
    """'ponlo a las 11', 'coloca às 11', 'put it on day 3': "it" goes to that time or day.

    "It" is the item just talked about; adding "it" again would search for nothing.
    """
    if op.intent is not Intent.ADD or op.meal is not None:
        return op
    if op.query is not None and op.query.lower() not in _IT:
        return op
    if op.time is not None and op.day is None:
        return ParsedTurn(
            intent=Intent.RETIME,
            target=Target(text="it"),
            time=op.time,
            time_said_bare=op.time_said_bare,
            day_ref=op.day_ref,
            part_of_day=op.part_of_day,
        )
    if op.query is not None and (op.day is not None or op.day_ref is not None):
        return ParsedTurn(
            intent=Intent.MOVE,
            target=Target(text="it"),
            to_day=op.day,
            to_day_ref=op.day_ref,
            time=op.time,
            time_said_bare=op.time_said_bare,
        )
    return op


def _edit(body: str) -> ParsedTurn:
    preferences, body = find_preferences(body)
    days = find_days(body)
    times = find_times(body)
    meal = find_meal(body)
    for intent, verb in _VERBS:
        match = verb.match(body)
        if match:
            rest = body[match.end() :]
            parsed = _slots(intent, rest, body, days, times, meal, offset=match.end())
            if preferences and parsed.intent in {Intent.ADD, Intent.REPLACE}:
                return parsed.model_copy(update={"preferences": preferences})
            return parsed
    return _verb_inside(body, preferences)


def _verb_inside(body: str, preferences: Preferences | None) -> ParsedTurn:
    """'on the last day I was thinking we could go see a temple': the request starts later.

    The words before the verb are a preamble; the days, times and meals said in them still
    count, so they are carried over behind the request.
    """
    match = _VERB_INSIDE.search(body)
    if match is None or match.start() == 0:
        return ParsedTurn(intent=Intent.UNKNOWN, confidence=0)
    before, request = body[: match.start()], body[match.start() :]
    kept = [before[s.start : s.end] for s in [*find_days(before), *find_times(before)]]
    if meal_word := MEAL_PATTERN.search(before):
        kept.append(f"for {meal_word.group(0)}")
    parsed = _edit(" ".join([request, *kept]))
    if parsed.intent is Intent.UNKNOWN:
        return parsed
    parsed = _topic_before(parsed, before)
    update: dict[str, object] = {"confidence": 0.8}
    if preferences and parsed.intent in {Intent.ADD, Intent.REPLACE}:
        update["preferences"] = preferences
    return parsed.model_copy(update=update)


def _topic_before(parsed: ParsedTurn, before: str) -> ParsedTurn:
    """'el museo del oro pásalo pa'l martes': "it" is the thing named before the verb."""
    said = parsed.query if parsed.intent is Intent.ADD else (parsed.target or Target()).text
    if (said or "").lower() not in _IT:
        return parsed
    spans = [*find_days(before), *find_times(before)]
    topic = _clean(cut(before, spans))
    if re.search(
        r"[?!]|\bif\b|^(?:on|in|at|for|to|with|by|after|before|during|hmm+)\b", topic, re.IGNORECASE
    ):
        return parsed  # a question before the request: the clause reading takes it
    if not topic or topic.lower() in _IT | NOT_A_TOPIC:
        return parsed
    if parsed.intent is Intent.ADD:
        return parsed.model_copy(update={"query": topic})
    target = (parsed.target or Target()).model_copy(update={"text": topic})
    days = find_days(before)
    day = parsed.day if parsed.day is not None or not days else int(days[0].value)
    return parsed.model_copy(update={"target": target, "day": day})


def _slots(
    intent: Intent,
    rest: str,
    body: str,
    days: list[Found],
    times: list[Found],
    meal: Meal | None,
    offset: int,
) -> ParsedTurn:
    parsed = _slot_values(intent, rest, body, days, times, meal, offset)
    said = [t for t in times if t.start >= offset]
    if (
        parsed.time is not None
        and said
        and not _HALF_MARKER.search(body[said[-1].start : said[-1].end])
    ):
        # "at 8:15" of a place already at 19:00 may mean the evening: the editor decides
        return parsed.model_copy(update={"time_said_bare": True})
    return parsed


def _slot_values(
    intent: Intent,
    rest: str,
    body: str,
    days: list[Found],
    times: list[Found],
    meal: Meal | None,
    offset: int,
) -> ParsedTurn:
    days = [d for d in days if d.start >= offset]
    times = [t for t in times if t.start >= offset]
    shifted = [Found(s.value, s.prep, s.start - offset, s.end - offset) for s in [*days, *times]]
    remaining = cut(rest, shifted)
    had_marker = bool(times) and bool(_HALF_MARKER.search(body[times[-1].start : times[-1].end]))
    time = hour_for(str(times[-1].value) if times else None, meal, rest, had_marker)
    to_days = [int(d.value) for d in days if d.prep in {"to", "into", "onto"}]
    other_days = [int(d.value) for d in days if d.prep not in {"to", "into", "onto"}]

    if intent is Intent.ADD:
        return _add_slots(remaining, meal, days, time)
    if intent is Intent.REPLACE or (intent is Intent.MOVE and _is_change_to_place(remaining)):
        return _replace_slots(remaining, meal, days, times, time, intent)
    if intent is Intent.REMOVE:
        target = _target(remaining, meal, time)
        if not target.text and not target.every and days and target.time is None:
            target = target.model_copy(update={"every": True})  # "clear day 2"
        return ParsedTurn(
            intent=Intent.REMOVE, day=int(days[0].value) if days else None, target=target, meal=meal
        )
    # MOVE / RETIME: a destination day makes it a move, a time alone makes it a retime.
    source_time = next((str(t.value) for t in times if t.prep in {"from", None}), None)
    dest_times = [str(t.value) for t in times if t.prep in {"to", "at", "for", "around", "by"}]
    if not dest_times and len(times) == 1 and times[0].prep is None:
        # "make the wee dram 9pm": one bare time is where it goes, not where it is.
        dest_times, source_time = [str(times[0].value)], None
    new_time = _pm_for_meal(dest_times[-1], meal, had_marker) if dest_times else None
    target = _target(remaining, meal, source_time)
    if not to_days and len(other_days) >= 2:
        to_days = other_days[1:]
        other_days = other_days[:1]
    if to_days:
        return ParsedTurn(
            intent=Intent.MOVE,
            day=other_days[0] if other_days else None,
            to_day=to_days[-1],
            time=new_time,
            target=target,
            meal=meal,
        )
    if new_time:
        return ParsedTurn(
            intent=Intent.RETIME,
            day=other_days[0] if other_days else None,
            time=new_time,
            target=target,
            meal=meal,
        )
    if len(other_days) == 1 and target.text:
        return ParsedTurn(intent=Intent.MOVE, to_day=other_days[0], target=target, meal=meal)
    return ParsedTurn(
        intent=Intent.MOVE,
        day=other_days[0] if other_days else None,
        target=target,
        meal=meal,
        confidence=0.5,
    )


def _is_change_to_place(remaining: str) -> bool:
    """'change dinner to sushi zen' replaces; 'change dinner to 8pm' was already cut to a retime."""
    parts = _SPLIT_CHANGE.split(remaining, maxsplit=1)
    return len(parts) == 2 and bool(_clean(parts[1]))


def _add_slots(
    remaining: str, meal: Meal | None, days: list[Found], time: str | None
) -> ParsedTurn:
    query = _FOR_MEAL.sub("", remaining)
    query = _MEAL_AT.sub("", _clean(query))
    query = _clean(_WANT_TO.sub("", _clean(query)))
    if meal and MEAL_PATTERN.fullmatch(query):
        query = ""
    elif meal and MEAL_PATTERN.search(query):
        query = _clean(MEAL_PATTERN.sub(" ", query))  # "a fish thali lunch": the meal is a slot
    return ParsedTurn(
        intent=Intent.ADD,
        query=query or None,
        meal=meal,
        day=int(days[0].value) if days else None,
        time=time,
    )


def _replace_slots(
    remaining: str,
    meal: Meal | None,
    days: list[Found],
    times: list[Found],
    time: str | None,
    intent: Intent,
) -> ParsedTurn:
    # "replace dinner with fine dining": the wish was taken out, leaving a dangling "with".
    remaining = re.sub(r"\s+(?:with|for|by|instead)\s*$", "", remaining, flags=re.IGNORECASE)
    parts = _SPLIT_REPLACE.split(remaining, maxsplit=1) if intent is Intent.REPLACE else []
    if len(parts) < 2:
        parts = _SPLIT_CHANGE.split(remaining, maxsplit=1)
    old = parts[0]
    new = parts[1] if len(parts) == 2 else ""
    old_meal = find_meal(old)
    target = _target(old, old_meal, None)
    query = _clean(_MEAL_AT.sub("", _clean(_FOR_MEAL.sub("", new)))) or None
    return ParsedTurn(
        intent=Intent.REPLACE,
        day=int(days[0].value) if days else None,
        target=target,
        query=query,
        meal=old_meal or meal,
        time=time if times else None,
    )
