"""Rules for the planning, explaining and booking intents (the edit rules live in rules.py)."""

from __future__ import annotations

import re

from core.intents.model import Intent, ParsedTurn, Target
from core.intents.place_words import KIND_WORDS, interest_words
from core.intents.slots import NUMBER_WORDS, find_days, find_times
from core.text import fold

_NUMBER_WORDS = {**NUMBER_WORDS, "a": 1, "couple of": 2}
_COUNT = r"(?P<count>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|couple\s+of)"

_EXPERT = re.compile(
    r"^(?:(?:find|get|connect|introduce|recommend|need|want|looking\s+for|i\s+need|i\s+want|"
    r"i\s+d\s+like|id\s+like|we\s+need|we\s+want|put\s+me\s+in\s+touch\s+with)\s+(?:me\s+|us\s+)?"
    r"(?:with\s+)?(?:an?\s+)?(?:local\s+)?(?:[a-z]+\s+)?"
    r"(?:guide|expert|fixer|concierge|insider|specialist)s?\b"
    r"|^(?:can|could)\s+(?:a|an)\s+(?:local\s+)?(?:guide|expert)\b"
    r"|^(?:is|are)\s+there\s+(?:a|an|any)\s+(?:local\s+)?(?:guide|expert|insider)s?\b"
    r"|\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:a|an|some)\s+(?:local\s+)?(?:guide|expert)s?\b"
    r"|^(?:can|could)\s+(?:someone|somebody)\s+local\b)",
    re.IGNORECASE,
)
# A person who knows the place, asked for in any words ("any locals who can show us…",
# "me conectas con alguien local?", "podem pôr-me em contacto com alguém de cá").
_LOCAL_PERSON = re.compile(
    r"\b(?:locals?\s+(?:who|that|to)|a\s+local\s+(?:who|that|to|person|guide|expert)|"
    r"(?:some(?:one|body)|any(?:one|body))\s+local|local\s+(?:\w+\s+)?(?:person|people|guide|expert|fixer|host)|"
    r"alguien\s+(?:local|de\s+(?:alli|alla|ahi|aca|aqui|la\s+zona|there|here)|que\s+(?:conozca|sepa))|"
    r"alguem\s+(?:local|dai|daqui|dali|de\s+(?:ca|la|ai|da\s+regiao)|que\s+(?:conheca|saiba))|"
    r"(?:experto|experta|especialista|guia|guía)\s+local|(?:real|actual)\s+person)\b",
    re.IGNORECASE,
)
_ASKS_FOR_SOMEONE = re.compile(
    r"\b(?:connect|conect\w*|contact\w*|contato|poner(?:me|nos)?|por-me|pôr-me|put\s+(?:me|us)|need|"
    r"hook\s+(?:me|us)\s+up|necesit\w*|precis\w*|quer\w*|quier\w*|want|any|is\s+there|are\s+there|hay|tem|can|could|"
    r"pod\w*|pued\w*|find|busc\w*|recomend\w*|recomiend\w*|show\s+us|organi[sz]\w*)\b",
    re.IGNORECASE,
)
# "quiero hablar con un experto local" (read as "add talk to a local expert"): anywhere.
_TALK_TO_EXPERT = re.compile(
    r"\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:a|an|some)\s+(?:real\s+)?(?:local\s+)?"
    r"(?:guide|expert|person|human)s?\b(?:\s+local\b)?",
    re.IGNORECASE,
)
_EXPERT_INTERESTS = re.compile(
    r"\b(?:for|about|into|who\s+knows(?:\s+about)?|specializ\w*\s+in|to\s+help\s+with|"
    r"(?:who\s+can\s+)?show\s+(?:us|me)|help\s+(?:us|me)\s+(?:plan|with|find)(?:\s+our)?)\s+"
    r"((?!the\s+trip\b)[a-z][\w ,&'-]*?)(?=\s+(?:in|for|on)\s+[A-Z]|[.!?]|$)",
)
_PLAN = re.compile(
    r"^(?:plan|create|make|build|design|put\s+together|generate|organi[sz]e|prepare|draft)"
    r"(?:\s+(?:me|us))?\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_PLAN_SHAPE = re.compile(
    r"\b(?:trip|itinerary|days?|nights?|weekend|week|vacation|holiday|getaway|plan|schedule|"
    r"visit|tour|stay)\b|\b(?:in|to|for|around)\s+[A-Z\u00C0-\u024F]",
)
_DURATION = re.compile(
    rf"\b{_COUNT}[\s-]*(?P<unit>days?|nights?|weeks?)\b(?![\s-]+trips?\b)"
    r"|\b(?P<weekend>(?:long\s+)?weekend)\b"
    r"|\b(?:a|one)\s+(?P<week>week)\b",
    re.IGNORECASE,
)
_DESTINATION = re.compile(
    r"\b(?:in|to|for|around|of|at)\s+(?P<place>[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F' .-]*?)"
    r"(?=\s+(?:for|with|on|starting|from|next|this|in|please|pls|plz|instead|pra|para|por|x|around|"
    r"thanks|thx|then|now|asap|too)\b|[,.!?]|$)",
    re.IGNORECASE,
)
_THEMES = (
    "romantic",
    "family",
    "foodie",
    "food",
    "adventure",
    "adventurous",
    "budget",
    "cultural",
    "culture",
    "relaxing",
    "relaxed",
    "nature",
    "nightlife",
    "luxury",
    "honeymoon",
    "art",
    "history",
    "beach",
    "shopping",
)
# Themes that are moods, not kinds of places the data can be searched for.
_MOODS = frozenset(
    "romantic family foodie food adventure adventurous budget cultural culture relaxing relaxed "
    "luxury honeymoon".split()
)
# "… with beaches and temples", "… for whisky and castles", "we love hiking".
_INTERESTS = re.compile(
    r"\b(?:with|including|includes?|focused\s+on|focusing\s+on|around|featuring|for|"
    r"(?:we|i)\s+(?:love|like|enjoy|want|are\s+into)|into|lots\s+of)\s+"
    r"(?P<list>(?!\d)[a-z\u00C0-\u024F][\w\u00C0-\u024F ,&'-]*?)"
    r"(?=\s+(?:in|to|on|starting|from|next|this|for)\s|[.!?]|$)",
    re.IGNORECASE,
)
_EDIT_VERB = re.compile(
    r"^(?:add|remove|delete|move|replace|swap|book|reserve|put|include|find|clear|drop|change|"
    r"shift|push|show|what|how|is|are|can|could|tell)\b",
    re.IGNORECASE,
)
_NOT_A_PLACE = re.compile(
    r"^(?:a|an|the|my|our|me|us|\d+|days?|trip|itinerary|weekend|week|plan)$"
    # "… at the end of the trip", "to the start": a place in the trip, not a destination
    r"|^(?:the\s+)?(?:end|start|beginning|middle|front|back)(?:\s+of\s+(?:the|my|our)\s+\w+)?$",
    re.IGNORECASE,
)

# A place's name as typed: capitalized words and the particles between them ("Rio de Janeiro").
_NAME_RUN = re.compile(
    r"\S+(?:\s+(?:(?:de|da|do|das|dos|del|la|las|los|of|the|e|y)\s+)*"
    r"[A-Z\u00C0-\u00DE0-9][\w\u00C0-\u024F'.-]*)*"
)

_EXPLAIN = re.compile(
    r"^(?:(?P<why>why)\b(?!\s+not\b).*?\b(?:pick|picked|choose|chose|chosen|add|added|select|"
    r"selected|recommend|recommended|suggest|suggested|put|include|included)\b\s*"
    r"(?P<why_target>.*)"
    r"|why\s+(?:is\s+|was\s+|the\s+)?(?P<whyshort>(?!not\b|don|do\b|would|should|can)[^?]+)"
    r"|(?:tell\s+me|tell\s+us|talk)\s+(?:more\s+)?about\s+(?P<about>.+)"
    r"|what\s*(?:s|is)\s+(?:so\s+)?(?:special|good|great|interesting|nice)\s+about\s+(?P<special>.+)"
    r"|(?:what\s+are\s+)?(?:the\s+)?(?:opening\s+)?hours\s+(?:of|for|at)\s+(?P<hours_of>.+)"
    r"|(?:what|who)\s*(?:is|s|was)\s+(?P<whatis>(?!on\b|planned\b|happening\b|for\b|up\b|next\b|"
    r"left\b|today\b|tomorrow\b|tonight\b|there\b|the\s+plan\b|my\b|our\b|in\b|we\b|i\b).+)"
    r"|(?:info|information|details|more)\s+(?:on|about|for)\s+(?P<info>.+)"
    r"|describe\s+(?P<describe>.+)"
    r"|what\s+do\s+you\s+know\s+about\s+(?P<know>.+)"
    r"|(?:is|are)\s+(?P<open>.+?)\s+open(?:\s+now|\s+today|\s+tonight)?"
    r"|(?:when|what\s+time)\s+(?:does|do|is)\s+(?P<hours>.+?)\s+(?:open|close)s?"
    r"|how\s+(?:far|expensive|pricey|good)\s+is\s+(?P<how>.+)"
    r"|(?:what\s+are\s+(?:the\s+)?)?reviews?\s+(?:of|for|on)\s+(?P<reviews>.+))$",
    re.IGNORECASE,
)
# What a "why" says of the place's slot, after its name: not part of the name.
_WHY_TAIL = re.compile(
    r"\s+(?:(?:is|esta|está|fica|scheduled|planned|placed|set|programad[oa]|marcad[oa])\s+)?"
    r"(?:(?:so|too|tan|tao|tão|muy|muito|that)\s+)?(?:late|early|tarde|temprano|cedo|far|lejos|"
    r"longe)(?:\s+(?:in|on|en|el|no|na|o|a|the|día|dia|day|morning|afternoon|evening|trip|"
    r"viaje|viagem)\b)*$"
    r"|\s+(?:at|a\s+las|as|às)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|h)?$"
    r"|\s+(?:scheduled|planned|placed|programad[oa]|marcad[oa])$"
    # "why is X on here", "why's X even in my plan", "why X on the list at all": where it is
    r"|\s+(?:even\s+)?(?:(?:on|in)\s+(?:here|there|(?:the|my|our|this)\s+(?:list|plan|trip|"
    r"itinerary|schedule|agenda|program|route|day))|included|there|here)(?:\s+at\s+all)?$"
    r"|^(?:el|la|o|a)\s+(?=\S)",
    re.IGNORECASE,
)
_TRIP_ITSELF = re.compile(
    r"^(?:(?:the|my|our|this)\s+)?(?:plan|itinerary|trip|schedule|program|agenda)?$",
    re.IGNORECASE,
)
# Topics outside the trip's data: left to the LLM fallback rather than answered from places.
_NOT_ABOUT_PLACES = re.compile(
    r"^(?:the\s+)?(?:weather|time|date|temperature|forecast|currency|exchange\s+rate|visa)\b",
    re.IGNORECASE,
)
_BOOK = re.compile(
    r"^(?:book|reserve|make\s+(?:a\s+)?(?:reservation|booking)|(?:get|grab|snag|score|nab|find|"
    r"save|hold)\s+(?:us\s+|me\s+)?(?:a\s+)?(?:table|room|tickets?|reservation|booking)|"
    r"request\s+(?:a\s+)?(?:booking|reservation))\b\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_LIST_BOOKINGS = re.compile(
    r"^(?:(?:show|list|see|view|check)\s+(?:me\s+)?(?:all\s+)?(?:my\s+|the\s+)?"
    r"(?:bookings?|reservations?|booking\s+requests?)"
    r"|(?:my\s+)?(?:bookings?|reservations?|booking\s+requests?)"
    r"|what\s+(?:have\s+i|did\s+i|i\s+have)\s+(?:booked|reserved|requested)"
    r"|(?:status\s+of\s+)?my\s+(?:bookings?|reservations?))\??$",
    re.IGNORECASE,
)
_CANCEL_BOOKING = re.compile(
    r"^(?:cancel|withdraw|drop)\s+(?:my\s+|the\s+)?(?:(?:booking|reservation)(?:\s+request)?"
    r"\s*(?P<ref>[A-Za-z]-?[0-9a-z]{4,})?(?:\s+(?:at|for|of)\s+(?P<place>.+))?"
    r"|(?:request\s+)?(?P<ref2>B-?[0-9a-z]{4,}))$",
    re.IGNORECASE,
)
_PARTY = re.compile(
    rf"\b(?:for|party\s+of|table\s+for|group\s+of)\s+{_COUNT.replace('count', 'party')}"
    r"(?:\s+(?:people|persons|guests|adults|of\s+us|pax))?\b"
    rf"|\b{_COUNT.replace('count', 'party2')}\s+(?:people|persons|guests|adults|pax)\b",
    re.IGNORECASE,
)
_BOOK_FILLER = re.compile(
    r"^(?:(?:a|an|the|my|our|uma|una|um|un)\s+)?(?:table|room|tickets?|reservation|booking|spot|mesa)?\s*"
    r"(?:(?:at|in|for|to)\s+)?",
    re.IGNORECASE,
)
_COURTESY_TAIL = re.compile(
    r"(?:[\s,]+(?:pls|plz|please|thx|thanks|por favor|porfa))+\s*$", re.IGNORECASE
)
_MEAL_AT_NAME = re.compile(
    r"^(?:(?:the|our|my|la|el|o|a)\s+)?(?:breakfast|brunch|lunch|dinner|supper|drinks)\s+(?:at|in|@)\s+"
    r"(?P<name>[A-Z\u00C0-\u00DE].*)$"
)
_ONLY_ARTICLES = re.compile(r"(?:a|an|the|my|our|some)?", re.IGNORECASE)
_DAY_OR_TIME_WORDS = re.compile(
    r"\b(?:on|at|for)\s*$|\s+(?:del|de\s+la|da|do|in\s+the)\s+(?:mediodia|manana|tarde|noche|noite|"
    r"morning|afternoon|evening|night)\s*$",
    re.IGNORECASE,
)


def _count(word: str) -> int:
    word = " ".join(word.lower().split())
    if word.isdigit():
        return min(int(word), 10_000)  # absurd numbers stay absurd but bounded
    return _NUMBER_WORDS.get(word, 1)


def classify_agent_turn(body: str) -> ParsedTurn | None:
    """Plan / explain / book / expert turns, or None when the text is none of these."""
    for parse in (_expert, _plan, _bookings, _book, _explain, _plan_without_verb):
        parsed = parse(body)
        if parsed is not None:
            return parsed
    return None


def _plan_without_verb(body: str) -> ParsedTurn | None:
    """'whisky and castles in Edinburgh, 2 days please': a length and a place say 'plan'."""
    if _EDIT_VERB.match(body) or not _DURATION.search(body):
        return None
    parsed = _plan(f"plan {body}")
    if parsed is None or not parsed.destination:
        return None
    if not parsed.interests and (listed := re.match(r"^(.+?)\s+(?:in|to)\s+", body)):
        wanted = [w for w in interest_words(listed.group(1)) if w not in _MOODS]
        parsed = parsed.model_copy(update={"interests": tuple(wanted)})  # "whisky and castles in …"
    return parsed


def _expert(body: str) -> ParsedTurn | None:
    match = _EXPERT.search(body) or _TALK_TO_EXPERT.search(body)
    if match is None:
        folded = fold(body)
        local = _LOCAL_PERSON.search(folded)
        if local is None or not _ASKS_FOR_SOMEONE.search(folded):
            return None
        match = local
    rest = body[match.end() :]
    places = [found.group("place").strip(" .,'") for found in _DESTINATION.finditer(rest)]
    # "a guide for temples in Kyoto": the place is the capitalized one, not the interest.
    destination = next((p for p in places if p[:1].isupper() and not _NOT_A_PLACE.match(p)), None)
    if destination is not None:  # "Goa que monte um passeio…": the name ends where it does
        destination = _NAME_RUN.match(destination).group()  # type: ignore[union-attr]
    interests = _EXPERT_INTERESTS.search(rest)
    return ParsedTurn(
        intent=Intent.EXPERT,
        destination=destination,
        query=interests.group(1).strip(" .!?") if interests else None,
        question=body,
    )


def _plan(body: str) -> ParsedTurn | None:
    match = _PLAN.match(body)
    if match is None or not _PLAN_SHAPE.search(match.group("rest")):
        return None
    rest = match.group("rest")
    day_count = None
    if duration := _DURATION.search(rest):
        if duration.group("weekend"):
            day_count = 3 if "long" in duration.group("weekend").lower() else 2
        elif duration.group("week"):
            day_count = 7
        else:
            amount = _count(duration.group("count"))
            unit = duration.group("unit").lower()
            day_count = amount * 7 if unit.startswith("week") else amount
            day_count += 1 if unit.startswith("night") else 0
        rest = rest[: duration.start()] + " " + rest[duration.end() :]
    destination = None
    for found in _DESTINATION.finditer(rest):
        place = found.group("place").strip(" .,'")
        if place and not _NOT_A_PLACE.match(place) and not _only_kinds(place):
            destination = place
            break
    # The theme said first wins: "a relaxed trip with street food" is relaxed, food an interest.
    mentions = ((t, re.search(rf"\b{t}\b", body, re.IGNORECASE)) for t in _THEMES)
    themes = [t for t, _ in sorted(((t, m.start()) for t, m in mentions if m), key=lambda p: p[1])]
    interests = [
        word
        for found in _INTERESTS.finditer(rest)
        for word in interest_words(found.group("list"))
        if word not in _MOODS
    ]
    return ParsedTurn(
        intent=Intent.PLAN,
        destination=destination,
        day_count=day_count,
        theme=themes[0] if themes else None,
        interests=tuple(dict.fromkeys(interests)),
    )


def _only_kinds(place: str) -> bool:
    """'castles and whisky', 'praia and frutos do mar': interests, not a destination."""
    words = interest_words(place)
    return bool(words) and all(
        any(word in KIND_WORDS for word in interest.split()) for interest in words
    )


_SAID_HALF = re.compile(
    r"[ap]\.?m\b|\b(?:0\d|1[3-9]|2[0-3]):\d\d|\b(?:1[3-9]|2[0-3])h|noon|midnight", re.IGNORECASE
)


def _dinner_time(time: str, body: str) -> str:
    """'a table for dinner at 8' is 20:00; an am/pm or a 24-hour clock is kept as said."""
    hours = int(time[:2])
    said_half = _SAID_HALF.search(body)
    if hours < 12 and not said_half and re.search(r"\b(?:dinner|supper)\b", body, re.IGNORECASE):
        return f"{hours + 12:02d}{time[2:]}"
    return time


def _bookings(body: str) -> ParsedTurn | None:
    if _LIST_BOOKINGS.match(body):
        return ParsedTurn(intent=Intent.LIST_BOOKINGS)
    if match := _CANCEL_BOOKING.match(body):
        ref = match.group("ref") or match.group("ref2")
        place = match.group("place")
        return ParsedTurn(
            intent=Intent.CANCEL_BOOKING,
            booking_ref=ref,
            target=Target(text=place.strip()) if place else None,
        )
    return None


def _book(body: str) -> ParsedTurn | None:
    match = _BOOK.match(body)
    if match is None:
        return None
    rest = match.group("rest")
    party = None
    if found := _PARTY.search(rest):
        party = _count(found.group("party") or found.group("party2"))
        rest = rest[: found.start()] + " " + rest[found.end() :]
    days = find_days(rest)
    times = find_times(rest)
    for span in sorted([*days, *times], key=lambda s: s.start, reverse=True):
        rest = rest[: span.start] + " " + rest[span.end :]
    target_text = _BOOK_FILLER.sub("", " ".join(rest.split()), count=1)
    target_text = _DAY_OR_TIME_WORDS.sub("", target_text.strip(" ,.!?"))
    target_text = _COURTESY_TAIL.sub("", target_text.strip(" ,.!?")).strip(" ,.!?")
    if _ONLY_ARTICLES.fullmatch(target_text):
        target_text = ""
    if named := _MEAL_AT_NAME.match(target_text):
        target_text = named.group("name")  # "dinner for 3 at Colaba Tandoor Grill": the place
    return ParsedTurn(
        intent=Intent.BOOK,
        day=int(days[0].value) if days else None,
        time=_dinner_time(str(times[-1].value), body) if times else None,
        # "a table at Marisqueira pra 2 às 8": which 8 is the stop's to say (core.agents.booking)
        time_said_bare=bool(times)
        and 1 <= int(str(times[-1].value)[:2]) <= 12
        and not _SAID_HALF.search(body),
        party_size=party,
        target=Target(text=target_text or None),
    )


def _explain(body: str) -> ParsedTurn | None:
    match = _EXPLAIN.match(body.rstrip(" ?!."))
    if match is None:
        return None
    groups = {name: value for name, value in match.groupdict().items() if value is not None}
    question = (
        "why"
        if {"why", "whyshort"} & groups.keys()
        else next(
            (
                "hours" if name == "hours_of" else name
                for name in ("open", "hours", "hours_of", "how", "reviews")
                if name in groups
            ),
            "about",
        )
    )
    text = next((v for k, v in groups.items() if k != "why"), "").strip(" ?!.")
    if question == "why":  # "why is kiyomizu-dera so late in the day?": the place is asked about
        text = _WHY_TAIL.sub("", text)
    days = find_days(text)
    for span in reversed(days):
        text = text[: span.start] + " " + text[span.end :]
    text = re.sub(r"\s+(?:on|for|in)\s*$", "", " ".join(text.split()), flags=re.IGNORECASE)
    day = int(days[0].value) if days else None
    if _TRIP_ITSELF.match(text):
        return ParsedTurn(intent=Intent.SHOW, day=day)
    if _NOT_ABOUT_PLACES.match(text):
        return None
    return ParsedTurn(
        intent=Intent.EXPLAIN,
        question=question,
        day=day,
        target=Target(text=text or None),
    )
