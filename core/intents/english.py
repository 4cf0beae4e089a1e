"""English phrasings rewritten into the rules' grammar (wishes said many ways, plurals of days)."""

from __future__ import annotations

import re

from core.intents.lexicon import Replacement, rules

_WORD_HOURS = {
    word: number
    for number, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split(), start=1
    )
}


def _hour(word: str) -> int:
    return int(word) if word.isdigit() else _WORD_HOURS[word.lower()]


def _clock_words(match: re.Match[str]) -> str:
    """'quarter past seven' is 7:15, 'quarter to eight' 7:45, 'half past three' 3:30."""
    amount, relation, hour = match.group(1).lower(), match.group(2).lower(), _hour(match.group(3))
    minutes = {"quarter": 15, "half": 30, "ten": 10, "twenty": 20, "five": 5}[amount.split()[-1]]
    if relation == "to":
        hour, minutes = (hour - 1) or 12, 60 - minutes
    return f"at {hour}:{minutes:02d}"


def _half_past(match: re.Match[str]) -> str:
    """British 'half six' is 6:30."""
    word = match.group(1).lower()
    hour = int(word) if word.isdigit() else _WORD_HOURS[word]
    return f"at {hour}:30"


_SHORT_WEEKDAYS = {
    "mon": "monday",
    "tue": "tuesday",
    "tues": "tuesday",
    "wed": "wednesday",
    "weds": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
    "sat": "saturday",
    "sun": "sunday",
}


def _weekday(match: re.Match[str]) -> str:
    before = match.group("before") or ""
    return before + _SHORT_WEEKDAYS[match.group("short").lower()]


# A day as the rules' grammar says it, for a day turned down beside another.
_DAY_SAID = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight|day\s+\d{1,2}"
)

_PAIRS: list[tuple[str, Replacement]] = [
    # Short weekdays as typed on phones; "sat" and "sun" only where a day is expected.
    (r"\b(?P<before>)(?P<short>mon|tues?|weds?|thurs?|thu|fri)\b\.?", _weekday),
    (
        r"\b(?P<before>(?:on|this|next|for|by|til|till|until|to|from|and|or)\s+)(?P<short>sat|sun)\b\.?"
        r"|\b(?P<before2>)(?P<short2>sat|sun)(?=\s+(?:morning|night|evening|afternoon|arvo|lunch|"
        r"dinner|brunch|breakfast|am|pm)\b)",
        lambda m: (
            (m.group("before") or "")
            + _SHORT_WEEKDAYS[(m.group("short") or m.group("short2")).lower()]
        ),
    ),
    (r"\b(?:tonite|2nite|2night|tonigth|tonihgt)\b", "tonight"),
    # "to the friday", "on the saturday": a weekday of the trip, the article adds nothing.
    (r"\bthe\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", ""),
    # Chat fillers carry no request: "tbh", "lol", "honestly", "basically".
    (
        r"\b(?:tbh|lol|lmao|rofl|haha+|hehe+|ngl|imo|imho|idk|honestly|basically|obviously|"
        r"literally|kinda|sorta|i\s+guess|i\s+think|i\s+reckon)\b[\s,]*",
        " ",
    ),
    (r"\b(?:rn|right\s+now)\b", "now"),
    (
        r"\b(?:on\s+second\s+thoughts?|come\s+to\s+think\s+of\s+it|now\s+that\s+i\s+think\s+about\s+it|"
        r"thinking\s+about\s+it)\b[\s,]*",
        " ",
    ),
    (r"\bwhat\s*'?\s*ve\b", "what have"),
    (r"[\s,]+(?:would\s+ya|would\s+you|will\s+ya|mate|cheers)\s*[?.!]*$", ""),
    (r"\barvo\b", "afternoon"),
    (r"\bbrekkie\b|\bbrekky\b", "breakfast"),
    (r"\bpure\s+veg\b", "vegetarian"),
    (
        r"\b(?:budget[\s-]+friendly|cheap\s+eats|on\s+a\s+budget|nothing\s+too\s+(?:pricey|expensive|fancy))\b",
        "cheap",
    ),
    (
        r",?\s*(?:we\s*'?\s*re|we\s+are)\s+(?:kinda\s+|pretty\s+|a\s+bit\s+|so\s+)?broke\b\W*",
        " cheap ",
    ),
    (r"\s+for\s+(?:our|my|the)\s+(?:\w+\s+)?(?:anniversary|birthday|honeymoon)\b", " "),
    (r"\s+(?:is|s)\s+(?:our|my)\s+(?:\w+\s+)?(?:anniversary|birthday|honeymoon)\b", " "),
    # "after dinner", "before lunch": a time of the day, not a meal to find.
    (r",?\s*\bafter\s+(?:dinner|supper)\b", " at night"),
    (r",?\s*\bbefore\s+(?:dinner|supper)\b", " in the evening"),
    (r",?\s*\bafter\s+(?:lunch)\b", " in the afternoon"),
    (r",?\s*\bbefore\s+(?:lunch)\b", " in the morning"),
    (r",?\s*something\s+with\s+(?:a\s+)?(?:great\s+|nice\s+|good\s+)?views?\b", " "),
    (r"\bsomething\s+fun\s+for\s+(?:them|the\s+kids|the\s+little\s+ones)\b", "family"),
    (
        r"^(?:(?:we|i)\s+(?:should|could|might|must|gotta|have\s+to|need\s+to|ought\s+to)\s+)(?:also\s+)?"
        r"(?:do|see|visit|check\s+out|go\s+to|try|hit)\s+",
        "add ",
    ),
    (
        r"\b(?:chat|talk|speak)\s+(?:with|to)\s+(?:a\s+|an\s+)?(?:real\s+)?(?:local|person|human)\b.*$",
        "talk to a local expert",
    ),
    (
        r"^can\s+(?:a|an|some)\s+(?:real\s+)?(?:person|human|local|expert)\s+help\b.*$",
        "find me a local guide",
    ),
    (
        r"\bday\s+(\d{1,2})(?:\s*'?\s*s)?\s+(?:stuff|things|plans?|activities)\s+(?:on|to)\s+day\s+(\d{1,2})\s+and\s+"
        r"day\s+\2(?:\s*'?\s*s)?\s+(?:stuff|things|plans?|activities)?\s*(?:on|to)\s+day\s+\1\b",
        r"swap day \1 and day \2",
    ),
    (
        r",?\s*(?:push|move|shift)\s+everything\s+(?:back|forward|along)(?:\s+(?:a|one|\d+)\s+(?:weeks?|days?))?\s*$",
        "",
    ),
    (r"(?<!open)\s+now\s*(?=,|$)", ""),  # "trip starts dec 14 now"; "a cafe open now" keeps it
    # "the castle at half ten, not half nine": the value dropped is read by core.intents.corrections
    (
        r",?\s+(?:not|rather\s+than)\s+(?=(?:at\s+)?(?:half\s+\w+|\d[\w:]*|tomorrow|today|tonight|on\s+\w+|day\s+\d+)\s*[.!]*$)",
        " instead of ",
    ),
    (
        r"^(?:the\s+)?(.+?)\s+should\s+be\s+(tonight|today|tomorrow|on\s+.+|at\s+.+|in\s+the\s+\w+)$",
        r"move \1 to \2",
    ),
    (r"\b(clear|empty|wipe|clean)\s+out\b", r"\1"),
    # "wipe wednesday clean", "wipe the slate clean on day 3": the day emptied
    (r"\bwipe\s+(?P<what>(?:[\w-]+\s+){0,3}?)(?:the\s+slate\s+)?clean\b", r"clear \g<what>"),
    (r"\b(?:r)\b(?=\s+(?:we|you|u|they)\b)", "are"),
    (r"\b(?:lemme|let\s+me)\s+(?:see|check|look\s+at|have\s+a\s+look\s+at)\b", "show"),
    (
        r"\b(?:send|give|show)\s+(?:me|us)\s+(?:the\s+)?(?:full|whole|entire|complete)\s+(?:itinerary|plan|trip|schedule)\b",
        "show my itinerary",
    ),
    (r"\b(\w+)\s*'\s*s\s+(plan|schedule|itinerary|agenda)\b", r"\2 for \1"),
    (
        r"\bday\s+(\d{1,2}|one|two|three|four|five|six|seven)\s+(?:is|s)\s+(?:free|empty|open|wide\s+open)\b",
        r"on day \1",
    ),
    (
        r"^what\s*'?\s*(?:s|is)\s+the\s+(?:point|big\s+deal|fuss|hype|story)\s+(?:of|about|with)\s+",
        "tell me about ",
    ),
    (
        r"^tell\s+(?:me|us)\s+(?:a\s+(?:bit|little)(?:\s+more)?|something|some\s+more|a\s+few\s+things)\s+about\s+",
        "tell me about ",
    ),
    (
        r"^(?:is|are)\s+(?!(?:it|that|this|there|they|we|you)\b)(?:the\s+)?(.+?)\s+(?:free|free\s+to\s+(?:enter|visit|get\s+in))\??$",
        r"tell me about \1",
    ),
    (
        r"^(?:is\s+there|do\s+we\s+have|have\s+we\s+got)\s+(?:enough\s+)?(?:time|room|space)\s+(?:for|to\s+(?:see|do|visit|fit\s+in))\s+",
        "add ",
    ),
    (
        r"^(?:(?:um+|uh+|so|ok|okay|hmm+)[\s,]+)*(?:what\s+can\s+you\s+(?:actually\s+|really\s+)?do|what\s+commands\s+"
        r"(?:are\s+there|do\s+you\s+(?:have|know|understand))|what\s+do\s+you\s+understand|how\s+do\s+i\s+talk\s+to\s+you)\??$",
        "help",
    ),
    (
        r"^(?:thanks|thank\s+you|ta|cheers)\s+(?:heaps|loads|a\s+ton|a\s+million|so\s+much)?[\s,]*(?:mate|buddy|pal|legend|"
        r"dude|man|bro)?[\s,]*(?:legend|you\s*(?:re|are)\s+(?:a\s+)?(?:legend|star|gem))?[!.]*$",
        "thanks",
    ),
    (
        r"^(?:lol|haha\w*)?[\s,]*(?:ok(?:ay)?[\s,]+)?you\s*'?\s*(?:re|are)\s+(?:pretty|really|so|very|quite)?\s*(?:good|great|"
        r"smart|clever|helpful)(?:\s+at\s+this)?[!.]*$",
        "thanks",
    ),
    (r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+us\b", r"for \1 people"),
    (r",\s*(\d{1,2}(?::\d{2})?\s*(?:am|pm)?)\s*[.!]*$", r" at \1"),
    (
        r"(?:\brated\s+)?(?:\bat\s+least\s+)?\b([1-5](?:\.\d)?)\s*(?:stars?\s*)?(?:and\s+up|and\s+above|or\s+(?:better|higher|more|"
        r"above)|\+|plus)(?!\w)",
        r"rated \1+",
    ),
    (
        r"(?:\b(?:al|para el|pal|a el|pro|para o|no|ao|on|to)\s+)?"
        r"\bd[ií]a\s+(?:siguiente|seguinte)\b",
        "to the next day",
    ),
    (
        r"\b(?:al|para el|pal)\s+d[ií]a\s+anterior\b|\b(?:pro|para o|no|ao)\s+dia\s+anterior\b",
        "to the previous day",
    ),
    (r"\bw/\s*", "with "),
    # "on tuesday what do i have?": the question comes first in the grammar.
    (
        r"^(?!what\b)(.+?)\s+(what do i have|what is the plan|what s on|what s planned)\s*\??$",
        r"\2 \1",
    ),
    # "remind me what's happening wednesday": the day's plan, not local events.
    (
        r"^(?:remind\s+(?:me|us)|tell\s+(?:me|us)\s+again|refresh\s+my\s+memory)(?:\s+of)?\s+"
        r"(?:what\s*'?\s*s|what\s+is|what\s+we\s+have|what\s+we\s*'?\s*ve\s+got|what\s+we\s+got)?"
        r"\s*(?:happening|on|planned|going\s+on|lined\s+up)?\s*(?:on\s+|for\s+)?",
        "show ",
    ),
    (
        r"^what\s*'?\s*(?:s|is)\s+the\s+(?:deal|story|scoop|lowdown|vibe|craic)\s+(?:with|at|of|about)\s+",
        "tell me about ",
    ),
    (
        r"^(?:is|are)\s+(?!(?:it|that|this|there|they|we|you)\b)(?:the\s+)?(.+?)\s+(?:really\s+|actually\s+)?(?:worth\s+(?:it|the\s+\w+|a\s+visit|"
        r"going|seeing|visiting)|any\s+good|a\s+(?:long|hard|tough|steep|big|easy|short|tiring)\s+\w+|"
        r"(?:too\s+|very\s+|really\s+|that\s+)?(?:crowded|busy|far|hard|steep|touristy|tiring|difficult|"
        r"accessible|expensive|pricey|walkable|hilly))\b.*$",
        r"tell me about \1",
    ),
    (
        r"^(?:(?:um+|uh+|erm|so|ok|okay|hey|hi|hmm+)[\s,]+)*(?:how\s+(?:do|does|can)\s+(?:i|we|one)\s+use\s+(?:this|you|it|the\s+bot)(?:\s+thing|\s+app|\s+bot)?"
        r"|what\s+(?:do|can)\s+you\s+(?:do|help\s+(?:me\s+|us\s+)?with)(?:\s+exactly)?|what\s+are\s+you"
        r"|what\s+is\s+this(?:\s+thing)?|how\s+does\s+this\s+(?:thing\s+|bot\s+)?work)\??$",
        "help",
    ),
    # Trip length and dates said as facts: "we fly home a day earlier", "we got an extra night".
    (
        r"^.*?\b(?:fly|flying|head|heading|go|going|leave|leaving|return|returning|get|getting|come|"
        r"coming|depart|departing)\s+(?:back\s+)?(?:home\s+)?(a|one|two|three|\d)\s+days?\s+"
        r"(?:earlier|early|sooner|before)\b.*$",
        r"remove \1 days",
    ),
    (
        r"^.*?\b(?:got|have|get|getting|staying|stay|added|booked)\s+(?:an?|one)\s+(?:extra|more|"
        r"additional)\s+(?:night|day)\b.*$",
        "add 1 more day",
    ),
    (
        r"\b(?:we|i)\s+(?:now\s+|actually\s+|will\s+now\s+|ll\s+now\s+|ll\s+)?(?:land|touch\s+down|get\s+in)\b",
        "we arrive",
    ),
    (r"\b(first\s+thing|early\s+doors|bright\s+and\s+early)\b", "in the morning"),
    # "… and fill lunch on day 5 with something veggie": a second request, a meal filled with
    # a wish (a whole message "fill lunch …" is read before the rules, by fill_words).
    (
        r"(?:(?<=, )|(?<= and ))(?:fill(?:\s+in|\s+up)?|sort\s+out)\s+"
        r"(?=(?:the\s+)?(?:lunch|dinner|breakfast|brunch)\b[^,]*\b(?:with|w)\b)",
        "replace ",
    ),
    (r"^(?:something|anything|somewhere|anywhere)\s+", ""),
    (r"\b(?:in\s+town|in\s+the\s+city|around\s+here|nearby|near\s+by|close\s+by)\b", " "),
    (r"\b(?:for\s+)?(?:a\s+)?quick\s+(?:bite|snack|eat)\b|\bfor\s+a\s+snack\b", "snacks"),
    (
        r",?\s*\b(?:money\s*'?\s*s|money\s+is|price\s*'?\s*s|price\s+is|budget\s*'?\s*s|budget\s+is|cost\s+is)"
        r"\s+(?:no|not\s+an?)\s+(?:issue|object|problem|concern)\b",
        " ",
    ),
    (r"\b(?:best|top|highest)[\s-]+rated\b|\bbest\s+reviewed\b", "top rated"),
    (r"\b(?:veggie|vego)\b", "vegetarian"),
    (r"\b(?:for\s+)?our\s+(last|final|first)\s+(night|evening)\b", r"on the \1 day in the evening"),
    (
        r"\b(?:tmrw|tmr|tmrrw|tmw|tmoro|2moro|2morrow|2mrw|tomoz|tomorow|tommorow|tommorrow)\b",
        "tomorrow",
    ),
    (r"\b(?:ppl|peeps|pax)\b", "people"),
    # "show me some ramen options for day 3", "show options for goan restaurant": cards to pick.
    (
        r"^(?:show|give|send|list|get)\s+(?:me\s+|us\s+)?(?:some\s+|a\s+few\s+)?(?:options|ideas|"
        r"suggestions|choices|alternatives)\s+(?:for|of)\s+",
        "add ",
    ),
    (
        r"^(?:show|give|send|list|get)\s+(?:me\s+|us\s+)?(?:some\s+|a\s+few\s+)?(?!the\b|your\b|my\b|our\b|all\b|more\b|other\b)"
        r"(?P<x>[a-z]+)\s+"
        r"(?:options|ideas|suggestions|choices)\b",
        lambda m: f"add {m.group('x')}",
    ),
    # "table at Konkan Coast Kitchen tmrw night for 2": a table is a booking.
    (r"^(?:(?:a|an)\s+)?table\s+(?=(?:for\s+\w+\s+)?(?:at|in)\s+\w)", "book a table "),
    # "booking for Vindaloo & Vinho pls, 3 people": a booking at that place (not "for 3")
    (
        r"^(?:(?:a|an)\s+)?(?:booking|reservation|rezzie)\s+(?:for|at)\s+(?!\d)(?!(?:one|two|three|"
        r"four|five|six|seven|eight|nine|ten|us|me|tonight|today|tomorrow)\b)",
        "book ",
    ),
    (
        r"^(?:(?:the|my|our)\s+)?(?:full|whole|entire|complete)\s+(?:itinerary|trip|plan|schedule)"
        r"(?:\s+(?:please|pls|plz))?[\s?!.]*$",
        "show my itinerary",
    ),
    # "is it worth it?", "is it free?" about the place just talked about: tell about it.
    (
        r"^(?:(?:so|and|but|ok|cool)[\s,]+)?(?:is|are)\s+(?:it|that|this|they|that\s+place)\s+(?:really\s+)?"
        r"(?:worth\s+(?:it|a\s+visit|visiting|going|the\s+(?:trip|time|money|hype))|free|expensive|pricey|"
        r"any\s+good|good|nice|crowded|busy|far)\b[\s?!.]*$",
        "tell me about it",
    ),
    (r"(?<=\?)\s*(?:is\s+it|it\s+s)\s+worth\s+(?:it|a\s+visit|visiting|going)\b[\s?!.]*$", " "),
    (r"\bparty\s+of\s+(\d{1,2}|[a-z]+)\b", r"for \1 people"),
    # "X on thursday, not saturday", "a Marine Drive hoje, não amanhã", "o castelo na quinta e
    # não no sábado": the day turned down is the one X is on now ("instead of", read by
    # core.intents.corrections); a "no," set off by a comma is a correction instead.
    (
        rf"\b(?P<new>(?:(?:on|to)\s+)?(?:{_DAY_SAID}))\s*,?\s+(?:and\s+|e\s+|y\s+)?"
        rf"(?:not|n[aã]o|no(?!\s*,))\s+(?:(?:on|to|for)\s+)?(?P<old>{_DAY_SAID})\b",
        r"\g<new> instead of \g<old>",
    ),
    # "the museum no, better on day 3", "el museo no, mejor el jueves", "o museu não, no dia 3":
    # an item turned down for a day or a time is moved there (a place after "better" replaces).
    (
        r"^(?:(?:the|el|la|los|las|o|a|os|as)\s+)?(?!(?:add|remove|move|put|change|replace|swap|"
        r"book|delete|drop|cancel|show|clear|plan|undo|what|is|are|it|that|this|can|could|would|"
        r"please|pls|let'?s|we|i)\b)(?![^,?!.]*\b(?:add|put|book|schedule|include)\b)"
        r"(?P<x>[^,?!.]+?)\s+(?:no|nah|nope|n[aã]o)(?:\s+wait)?\s*,?\s+"
        r"(?:(?:rather|better|instead)\s+)?(?:(?:on|to|for|at)\s+)?"
        r"(?P<when>(?:day\s+\d{1,2}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"tomorrow|today|the\s+last\s+day|\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{1,2}:\d\d)\b.*)$",
        lambda m: f"move {m.group('x')} to {m.group('when')}",
    ),
    # "X fits better on day 3", "X would work better on friday": a move.
    (
        r"^(?:(?:i\s+think|maybe|perhaps)\s+)?(?:the\s+)?(.+?)\s+(?:(?:fits|works|goes|sits|is|s|"
        r"would\s+(?:fit|work|go|be)|might\s+(?:fit|work|be))\s+)?better\s+(?:on|for|to)\s+(.+)$",
        r"move \1 to \2",
    ),
    # "can you take greyfriars out", "could we take the museum off"
    (
        r"^(?:(?:hmm+|um+|uh+|oh|ok|okay|so|well|actually)[\s,]+)*"
        r"(?:(?:can|could|would)\s+(?:you|u|we)\s+|please\s+|pls\s+)?(?:take|get)\s+(.+?)\s+"
        r"(?:off|out)\b(?:\s+of\s+(?:it|the\s+plan|the\s+trip|there))?(.*)$",
        r"remove \1\2",
    ),
    # "the pub no, better a whisky bar", "tasca do cais nah, rather something with octopus",
    # "not the pub, rather a whisky bar"
    (
        r"^(?:not\s+(?P<a>[^,]+?),?|(?P<b>[^,]+?)\s+(?:no|nah|nope|nope),?)\s+"
        r"(?:rather|better|i'?d\s+rather|id\s+rather|i\s+prefer|prefer)\s+(?:have\s+)?"
        r"(?!(?:no|na|nos|nas|em|pro|pra|pras|para|pa|pal|às|as|ao|el|en|al|a\s+las|on|at|to|"
        r"in|for|day|dia|d[ií]a)\b)(?P<new>.+)$",
        lambda m: f"replace {m.group('a') or m.group('b')} with {m.group('new')}",
    ),
    # "not feeling the thali place on wednesday, something chinese instead"
    (
        r"^(?:(?:i\s*'?m|we\s*'?re|im|were)\s+)?not\s+(?:feeling|into|loving|sold\s+on|keen\s+on|"
        r"a\s+fan\s+of|crazy\s+about)\s+([^,]+?)(?:,|\s+but|\s+-)\s*(?:maybe\s+|how\s+about\s+|what\s+about\s+|"
        r"let'?s\s+(?:do|try|get)\s+|can\s+we\s+(?:do|try|get)\s+)?(.+?)\s+instead\b\??",
        r"replace \1 with \2",
    ),
    (
        r"^(?:(?:i\s*'?m|we\s*'?re|im|were)\s+)?not\s+(?:feeling|into|loving|sold\s+on|keen\s+on|"
        r"a\s+fan\s+of|crazy\s+about)\s+(.+?)\s*$",
        r"remove \1",
    ),
    (
        r"\b(?:kid|kids|child|children|family)[\s-]*friendly\b|\bfor\s+(?:the\s+)?(?:kids|children|"
        r"little\s+ones|families|the\s+family)\b|\bwith\s+(?:the\s+)?(?:kids|children)\b"
        r"|\bgood\s+for\s+(?:kids|children|families)\b",
        "family",
    ),
    (r"\bsomewhere\s+to\s+(?:grab\s+|have\s+|get\s+)?(?:a\s+)?(?:drink|drinks)\b", "bar"),
    (r"\bfor\s+(?:a\s+)?(?:drink|drinks|cocktails?|a\s+nightcap)\b", "bar"),
    (r"\bgrab\s+(?:a\s+)?(?:drink|drinks)\b", "bar"),
    (
        r"\b(?:swap|switch|exchange)\s+days\s+(\d{1,2})\s+and\s+(\d{1,2})\b",
        r"swap day \1 and day \2",
    ),
    (r"\bdays\s+(\d{1,2})\s+and\s+(\d{1,2})\b", r"day \1 and day \2"),
    (
        r"\b(?:the\s+)?(first|second|third|fourth|fifth|last|final)\s+(?:and|with)\s+(?:the\s+)?"
        r"(first|second|third|fourth|fifth|last|final)\s+days?\b",
        r"the \1 day and the \2 day",
    ),
    (
        r"\b(?:somewhere|something|a\s+place|anywhere)\s+(?:to|for)\s+(?:eat|food)\b"
        r"|\bgrab\s+a\s+bite\b",
        "restaurant",
    ),
    (
        r"^(?:i|we)\s+(?:don'?\s*t|do\s+not)\s+(?:want|wanna|need)\s+to\s+(?:go\s+to|visit|do|see)"
        r"\s+(.+?)(?:\s+any\s*more)?[.!]*$",
        r"remove \1",
    ),
    (
        r"^(?:i|we)\s+(?:don'?\s*t|do\s+not)\s+(?:want|need)\s+(.+?)(?:\s+any\s*more)?[.!]*$",
        r"remove \1",
    ),
    (r"^take\s+(.+?)\s+(?:off|out)\b(.*)$", r"remove \1\2"),
    # "swap days 1 and 2, and take the lodge off saturday": a second request, said the same way
    # ("…, take it off the trip" stays for core.intents.day_removal, which reads the day named)
    (
        r"(,\s*(?:and\s+)?|\s+and\s+)take\s+(?!(?:it|that|this|them)\s)([^,;]+?)\s+(?:off|out)\b",
        r"\1remove \2",
    ),
    (r"^no\s+more\s+(.+)$", r"remove all \1"),
    (
        r"^no\s+(?!thanks|thank|problem|worries|way|wait|not|idea|somos|soy|es|son|estamos|queremos|"
        r"quiero|me|nos|te|se|hay|tenemos|sou|somos|sao|são|estamos|gosto|gostamos|curto|curtimos|"
        r"tem|temos|vamos|da|dá)(?=\w+\s+\w)(.+)$",
        r"remove \1",
    ),
    (
        r"^(?:can|could)\s+(?:we\s+(?:move\s+)?)?(?:the\s+)?(.+?)\s+(?:go|be|happen)\s+(on|to|at)\s+"
        r"(.+?)(?:\s+instead)?\??$",
        r"move \1 \2 \3",
    ),
    (r"^(.+?)\s+at\s+(\S+)\s+instead\s+of\s+(\S+)$", r"move \1 from \3 to \2"),
    (
        r"^instead\s+of\s+(.+?),?\s+(?:can\s+we\s+|could\s+we\s+|let'?s\s+|we\s+could\s+)?"
        r"(?:add|put|do|have|try|go\s+(?:with|to)|get)\s+(.+?)\??$",
        r"replace \1 with \2",
    ),
    (r",?\s+(?:like|say|maybe|about|roughly)\s+(?=\d)", " at "),
    (r"\bsomewhere\s+(?:for|to\s+(?:get|grab|have))\s+(?:a\s+)?coffee\b", "cafe"),
    (r"^what\s*(?:'?s|\s+is|\s+are)\s+(.+?)\s+like\??$", r"tell me about \1"),
    (r"^(?:is|are)\s+(.+?)\s+open\s+(?:at|for|in|during)\s+.+?\??$", r"is \1 open"),
    (
        r"\b(shorten|cut|reduce|trim)\s+(the|my|our)\s+trip\s+(?:a|para|pra)\s+(?=\d+\s+days?\b)",
        r"\1 \2 trip to ",
    ),
    # "book it for 2 as well", "add the castle too tho": the trailing word adds nothing.
    (r"\s+(?:as\s+well|too|also|tho|though)\s*[?.!]*$", ""),
    # "Ah could you…", "hmm, add…", "well, move…": a sound before the request says nothing.
    (
        r"^(?:(?:ah+|oh+|hm+|um+|uh+|erm+|er|well|welp|right|alright|so|oops|argh|ok|okay|cool|"
        r"you\s+know\s+what|know\s+what|sabes\s+(?:que|q)|sabe\s+(?:que|q)|mira|oye|bueno|pues|"
        r"olha|enfim|dale|vale|listo|beleza|blz)\b[\s,!.]+)+(?=\w)",
        "",
    ),
    (r"\bwhy\s*'?\s*s\b", "why is"),
    # "please to move X", "kindly to add Y": a second-language "to" after the courtesy
    (r"^(please|pls|plz|kindly)\s+to\s+(?=[a-z])", ""),
    (r"\bswop(s|ped|ping)?\b", r"swap\1"),
    # "what's the Royal Mile when it's at home?": the idiom asks what it is, nothing more
    (r"\s+when\s+(?:it\s*'?\s*s|its|it\s+is|they\s*'?\s*re|they\s+are)\s+at\s+home\b", ""),
    # "change the francesinha place for bacalhau" (a second-language "cambiar X por Y"): a
    # place for a place; "change dinner for 8pm", "… for tomorrow" are times and days
    (
        # "change the time for X", "change the day for X": what of X changes, not X's stand-in
        r"^change\s+(?!out\b)(?!(?:the\s+|its\s+)?(?:time|hour|day|date|timing)s?\s+for\b)"
        r"(?P<old>.+?)\s+for\s+(?!\d)(?!(?:day\b|the\s+day|tomorrow|today|tonight|later|"
        r"earlier|breakfast|brunch|lunch|dinner|the\s+(?:morning|afternoon|evening|night)|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|us|me|the\s+kids|\w+\s+people)\b)"
        r"(?P<new>.+)$",
        r"replace \g<old> with \g<new>",
    ),
    (r"\bwhat\s+all\b", "what"),
    (r"\b(?:so|too|that|very|really)\s+(early|late)\b", r"\1"),
    # "can u pick a lunch place for friday?", "suggest us somewhere for drinks": an add with cards
    (
        r"^(?:(?:can|could|would)\s+(?:you|u)\s+|pls\s+|please\s+)?(?:pick|choose|suggest|"
        r"recommend|sort)\s+(?:out\s+)?(?:us\s+|me\s+)?(?=(?:a|an|some|somewhere|something)\b)",
        "add ",
    ),
    # "could you empty Tuesday for us?", "free up day 2": clearing that day
    (
        r"\b(?:empty|empty\s+out|clear\s+out|free\s+up|wipe|blank)\s+(?=(?:(?:all|the\s+whole|the\s+entire)"
        r"\s+(?:of\s+)?)?(?:the\s+|our\s+|my\s+)?"
        r"(?:day\s*\d|\w+day\b|tomorrow\b|today\b|(?:first|second|third|fourth|fifth|last)\s+day))",
        "clear ",
    ),
    # "we're skipping elephanta tmrw": a removal
    (
        r"^(?:(?:ok|so|actually)\s+)?(?:we\s*'?\s*re|we\s+are|i\s*'?\s*m|i\s+am)\s+(?:going\s+to\s+|gonna\s+)?"
        r"(?:skip|skipping|ditch|ditching|dropping|giving\s+up\s+on)\s+",
        "remove ",
    ),
    (r"\b(?:tack|tag|stick|throw|bolt)\s+on\s+(?=(?:an?|one|another|\d+|two|three)\s+)", "add "),
    # "could we squeeze an izakaya in on tuesday", "fit a ramen place in on day 2": an add
    (
        r"^(?:\w+\s*,\s*)?(?:(?:can|could)\s+(?:we|you|u|i)\s+|(?:let\s*'?\s*s|pls|please)\s+)?"
        r"(?:squeeze|fit|slot|sneak|cram|shoehorn|work)\s+(?P<what>(?:an?|one|another|some|the)\s+"
        r"[\w' -]+?)\s+in\b",
        lambda m: f"add {m.group('what')}",
    ),
    # "on the first night", "last night of the trip": that day, in the evening.
    (
        r"\b(?:on\s+)?(?:the|our|my)\s+(?P<which>first|second|third|fourth|fifth|last|final)"
        r"\s+night(?:\s+(?:of|in)\s+(?:the|our|my)\s+(?:trip|stay|holiday|vacation))?\b",
        lambda m: f"on the {m.group('which').lower()} day in the evening",
    ),
    (
        r"\b(?:on\s+)?(?:the\s+|our\s+)?last\s+night\s+(?:of|in)\s+(?:the|our|my)\s+"
        r"(?:trip|stay|holiday|vacation)\b",
        "on the last day in the evening",
    ),
    # "make it 9": a time, unless it counts people or days ("make it 4 of us", "make it 3 days").
    (
        r"\bmake\s+it\s+(?=\d{1,2}(?:[:.]\d{2})?\b(?!\s*(?:people|persons|pax|of\s+us|guests|"
        r"days?|nights?|hours?|hrs?)\b))",
        "make it at ",
    ),
    # "fill in dinner with sushi" replaces; "fill up saturday" plans the day (day_plan_words).
    (
        r"^(?:fill|fill\s+in|fill\s+up)\s+(?!(?:(?:up|in|out)\s+)?(?:(?:the|our|my)\s+)?(?:day\s*\d|\w+day\b|"
        r"(?:first|second|third|fourth|fifth|last|final)\s+day\b|tomorrow\b|today\b))",
        "replace ",
    ),
    (
        r"\b(?:swap|switch|flip|invert|reverse|trade|exchange)\s+them\b|\bchange\s+the\s+order\b",
        "swap",
    ),
    (r"\bhow\s+are\s+(?:you|u)(?:\s+doing)?\b\??(?=.*\w)", " "),
    (r"\bcan\s+u\b", "can you"),
    (r"\b(?:u)\b", "you"),
    (r"\b(\d{1,2})\s*ish\b", r"\1"),
    # "morning-ish", "afternoonish": that part of the day
    (r"\b(morning|afternoon|evening|night|noon|lunch|dinner)\s*-?\s*ish\b", r"\1"),
    (
        r"(?:\b(?:at|around|by|for)\s+)?\b(a\s+quarter|quarter|half|ten|twenty|five)\s+(past|after|to|til)\s+"
        r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b",
        _clock_words,
    ),
    (
        r"\b(at|around|by|to)\s+(?:like\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
        r"(?:\s+o'?\s*clock)?\b(?!\s+(?:people|persons|guests|of\s+us|days?|nights?))",
        lambda m: f"{m.group(1).lower()} {_hour(m.group(2))}",
    ),
    (r"\b(\d{1,2})\s+o'?\s*clock\b", r"\1:00"),
    (r"\bat\s+like\s+(?=at\b|\d)", ""),
    (
        r"\bhalf\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b",
        _half_past,
    ),
    (r"\b(?:after|from)\s+(?=\d{1,2}(?:\s*(?:am|pm))?\b)(?!\d{1,2}:)", "at "),
    (
        r",?\s*\b(?:if\s+(?:that\s*'?s|it\s*'?s|that\s+is|it\s+is)\s+(?:possible|ok|okay|alright)|if\s+possible|"
        r"if\s+you\s+can)\b",
        " ",
    ),
    (
        r"\b(?:that|which)\s+(?:isn'?t|is\s+not|aren'?t|are\s+not)\s+(?:too|very|that)\s+"
        r"(?:pricey|expensive|dear|costly)\b|\bnot\s+too\s+(?:pricey|expensive)\b",
        "cheap",
    ),
    (
        r"\b(?:somewhere|some\s+place|a\s+place|a\s+spot|anywhere)\s+(?:that|which)\s+"
        r"(?:does|has|serves|do|have|serve)\s+(?:a\s+|an\s+|some\s+|good\s+|proper\s+|great\s+)*",
        "",
    ),
    (
        r"\b(?:somewhere|some\s+place|a\s+place|a\s+spot)\s+with\s+(?:a\s+|an\s+|some\s+|good\s+|great\s+)*",
        "",
    ),
    (r"\s+(?:somewhere|anywhere)\b(?=\s|$)", " "),
    (r"\b(?:stay|spend)\s+(?:one|an?)\s+(?:more|extra|additional)\s+day", "add 1 more day"),
    (r"^(?:i|we)'?\s*d\s+love\s+to\s+(?:see|visit|go\s+to|do|try)?\s*", "add "),
]

ENGLISH_RULES = rules(_PAIRS)
