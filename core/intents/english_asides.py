"""What an English-speaking traveler says beside a request: talk, never a second search.

Travelers glue a reason, a feeling or a joke onto a request, in any English: "put X on day 1,
everybody says go early", "X to friday, wed we'll be hungover lol", "swap the ramen for
tempura, ramen i can get at home lah", "delete it. too dark for the kids", "X should be 5:30
no? for the actual sunset", "add X, the one with the blue tiles". Read as requests, those
clauses become searches ("everybody says go") or edits of stops that do not exist. A clause
after the first is talk when it asks nothing and is shaped like talk:

- a reason opened by "because", "coz", "otherwise", "after all the …";
- a subject and its verb, wherever the subject stands ("ramen i can get at home", "mi foot dem
  a hurt mi", "my daughter eats no animal", "the kids get scared");
- a judgement with "too" ("too dark", "francesinha too heavy for lunch");
- a negation ("dont wanna spend heaps", "not the fancy one");
- a purpose ("gotta try a thali once", "for the actual sunset") that names nothing new;
- a description of the place just named ("the one with the blue tiles") or a remark about
  that day ("no plans that day").

A clause led by a request verb ("…, and add X"), one that starts like another item ("a coffee
place", "the museum") or names its own day or time without a subject is kept. What a remark
says the place must be (a diet, children, a budget) is kept as the words the wish readers know
("vegetarian", "for kids", "on a budget"), unless the request already says it or only edits a
stop. A first clause that is only talk ("my mum is coming for the friday", "friday is empty
no?") before a request is reduced to the day it names. English only; pure, no I/O.
"""

from __future__ import annotations

import re

from core.intents.browse import kinds_named
from core.intents.small_talk import small_talk

_BREAK = re.compile(r"(\s*(?:[,;!?]+|\.(?:\s+|$)|\s-+\s|…)\s*)")
_LEADS = (
    r"and|but|n|so|coz|cos|cause|cuz|because|bc|since|as|otherwise|or\s+else|no\s+bc|lol|lmao|"
    r"haha\w*|ok|okay|oh|ah|like|tbh|honestly|ngl|plus|also|ps|btw"
)
_LEAD = re.compile(rf"^(?:(?:{_LEADS})\s+)+", re.IGNORECASE)
_REASON = re.compile(
    r"^(?:coz|cos|cause|cuz|because|bc|since|otherwise|or\s+else|no\s+bc)\b"
    r"|\bafter\s+all\s+(?:the|those|that|this|these)\b",
    re.IGNORECASE,
)
# Tags a clause may end with: said to the listener, they carry nothing.
_TAGS = re.compile(
    r"(?:\s+(?:lah|la|leh|lor|fr|lol|lmao|k+|tbh|aye|mate|cheers|innit|yeah|pls|please|plz|eh|"
    r"sawa|chale|o+|bro|bud|honestly|ngl|no|sweet\s+as|kkk+|haha\w*|my\s+bad|sorry|oops))+$",
    re.IGNORECASE,
)
_REQUEST_VERB = (
    r"(?:add|put|pop|stick|chuck|book|move|shift|push|swap|switch|replace|change|remove|delete|"
    r"drop|bin|ditch|scrap|cancel|clear|wipe|find|get|gimme|give|show|plan|include|schedule|"
    r"make|take|fit|squeeze|reserve|undo|bring|search|suggest|recommend|throw|slot|stick)"
)
# A request verb where a request puts it: first, or after "pls", "can we", "i want to"…
_REQUEST = re.compile(
    r"^(?:(?:pls|please|plz|kindly|can|could|would|will|u|you|we|ya|us|let'?s|lets|just|also|"
    r"then|maybe|gonna|gonnae|i|want|wanna|to|need|d|like|and|now)\s+)*"
    rf"{_REQUEST_VERB}\b",
    re.IGNORECASE,
)
# A clause that starts like another item asked for ("a coffee place", "the museum", "2 bars").
_ITEM = re.compile(
    r"^(?:a|an|the|some|another|one|two|three|\d+|somewhere|something|anywhere|anything|any)\b",
    re.IGNORECASE,
)
_PERSON = (
    r"(?:mum|mom|mam|mother|ma|maw|dad|father|pa|wife|husband|hubby|missus|partner|son|"
    r"daughter|kids?|children|child|pickney|little\s+ones?|boss|friends?|mates?|brother|sister|"
    r"cousin|uncle|aunt|auntie|gran|granny|grandma|grandpa|nan|in[\s-]+laws?|"
    r"(?:brother|sister|mother|father)[\s-]+in[\s-]+law|family|group|team|lads|girls|guys)"
)
# Someone and what they do or are: the subject first, a verb of its own after it.
_SUBJECT_VERB = re.compile(
    r"(?:^|\s)(?:i|we|they|he|she|you|u|ya|everybody|everyone|nobody|people|mi|i'm|im|i've|ive|"
    r"we're|we've|we'll|we'd|they're|it's|its|that's|thats|there's|theres)"
    r"(?:\s*'\s*(?:s|re|m|ve|ll|d))?\s+[a-z']+"
    rf"|^(?:(?:my|our|his|her|their|the|me)\s+)(?:\w+\s+)?{_PERSON}\b"
    r"|^(?:it|that|this|the\s+\w+(?:\s+\w+)?)\s+(?:is|are|was|were|closes|opens|gets|get|has|"
    r"have|looks|seems|sounds|says|takes|starts|ends|costs|shuts|fills|runs|goes|can|cant|"
    r"can't|will|won't|wont|would|might|may|should|must|doesn't|doesnt)\b",
    re.IGNORECASE,
)
_TOO = re.compile(
    r"\b(?:too|so|way\s+too)\s+(?!(?:pls|please|plz|thanks|thx|lol|k+|x+|la|lah|much\s+to)\b)"
    r"[a-z]+",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"^(?:dont|don't|do\s+not|doesnt|doesn't|didnt|didn't|not|no\s+need|cant|can't|cannot|"
    r"wont|won't|never|nothing)\b",
    re.IGNORECASE,
)
# News of the trip itself ("we now land on the 9th", "flight's moved to friday"): read by the
# trip readers, never talk.
_TRIP_NEWS = re.compile(
    r"\b(?:land|landing|lands|arrive|arriving|arrival|fly|flying|flight|depart\w*|check[\s-]*out|"
    r"head\s+home|go\s+home|trip|dates?|\d{1,2}(?:st|nd|rd|th)|january|february|march|april|"
    r"june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|"
    r"oct|nov|dec)\b",
    re.IGNORECASE,
)
_WANTS = re.compile(
    r"\b(?:want|wants|wanna|need|needs|like|love|fancy|craving|would\s+like|feel\s+like)\b",
    re.IGNORECASE,
)
_PURPOSE = re.compile(
    r"^(?:gotta|got\s+to|have\s+to|has\s+to|need\s+to|must|dying\s+to|want\s+to|wanna|"
    r"for\s+(?:the|a|an|some|our|my))\b",
    re.IGNORECASE,
)
_DEICTIC = re.compile(
    r"\b(?:that\s+day|that\s+night|that\s+morning|there|back\s+home|at\s+home)\b|"
    r"^the\s+(?:one|place|spot)\s+(?:with|that|where|near|by|next|on|in|i|we|you|u)\b",
    re.IGNORECASE,
)
# A day, a clock time or a meal of its own, said without a subject: another request's slot.
_WHEN = re.compile(
    r"\b(?:day\s*\d+|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|h)|at\s+\d|today|tomorrow|tonight|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|"
    r"sat|sun|morning|afternoon|evening|night|breakfast|brunch|lunch|dinner)\b",
    re.IGNORECASE,
)
_DAY = re.compile(
    r"\b(?:(?:on|for)\s+)?(?:the\s+)?(?:day\s*\d+|today|tomorrow|tonight|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?\b",
    re.IGNORECASE,
)
# What a remark may say the place must be, in the words the wish readers know.
_WISHES: tuple[tuple[re.Pattern[str], str, re.Pattern[str]], ...] = (
    (
        re.compile(
            r"\b(?:vegan|plant[\s-]based|(?:eats?|eat)\s+no\s+animal\w*|no\s+animal)\b",
            re.IGNORECASE,
        ),
        "vegan",
        re.compile(r"\bvegan\b", re.IGNORECASE),
    ),
    (
        re.compile(
            r"\b(?:vegetarian|veggie|pure\s+veg|veg|no\s+meat|(?:eats?|eat)\s+no\s+meat|"
            r"(?:doesn'?t|don'?t|dont|doesnt|can'?t)\s+eat\s+meat)\b",
            re.IGNORECASE,
        ),
        "vegetarian",
        re.compile(r"\b(?:vegetarian|veggie|vegan|veg)\b", re.IGNORECASE),
    ),
    (
        re.compile(
            r"\b(?:kids?|children|child|pickney|little\s+ones?|toddlers?|bab(?:y|ies))\b",
            re.IGNORECASE,
        ),
        "for kids",
        re.compile(r"\b(?:kids?|children|child|family|pickney|toddlers?)\b", re.IGNORECASE),
    ),
    (
        re.compile(
            r"\b(?:budget|broke|skint|cheap\w*|spend\s+(?:heaps|much|a\s+lot|big|loads)|"
            r"not\s+(?:the\s+|a\s+|too\s+)?(?:fancy|posh|expensive|pricey)|"
            r"nothing\s+(?:fancy|posh|expensive|pricey))\b",
            re.IGNORECASE,
        ),
        "on a budget",
        re.compile(r"\b(?:cheap\w*|budget|inexpensive|affordable)\b", re.IGNORECASE),
    ),
)
# A request that only edits a stop already there: a wish for the place means nothing to it.
_EDIT = re.compile(
    r"\b(?:remove|delete|drop|bin|ditch|scrap|cancel|clear|wipe|move|shift|push|bring|no)\b",
    re.IGNORECASE,
)


def _bare(clause: str) -> str:
    """The clause without its opening connectors and closing tags."""
    said = _TAGS.sub("", " " + clause.strip(" ,;.!?-").lower()).strip()
    return _LEAD.sub("", said).strip()


def _talk(clause: str, head: str) -> bool:
    """A clause after a request that asks for nothing: a reason, a statement, a judgement."""
    said = clause.strip(" ,;.!?-").lower()
    bare = _bare(clause)
    if not bare or _REQUEST.match(bare) or _TRIP_NEWS.search(bare):
        return False
    if _REASON.search(said):
        return True
    if _DEICTIC.search(bare) or _TOO.search(bare):
        return True
    if (subject := _SUBJECT_VERB.search(bare)) is not None:
        if subject.start() > 0 and _ITEM.match(bare):
            return False  # "somewhere we can sit": the item asked for, described
        # "i want a cafe after" asks for one more place; "i want to chill" does not
        return not (_WANTS.search(bare) and _new_kinds(bare, head))
    if _ITEM.match(bare) or _WHEN.search(bare):
        return False  # "…, not tuesday": which day, corrected
    if _NEGATION.match(bare) or _PURPOSE.match(bare):
        return not _new_kinds(bare, head)
    return _wishes(bare) != [] and not kinds_named(bare)


def _new_kinds(clause: str, head: str) -> list[str]:
    """The kinds of places a clause names that the request did not."""
    said = set(kinds_named(head))
    return [kind for kind in kinds_named(clause) if kind not in said]


def _wishes(clause: str) -> list[str]:
    return [words for found, words, _ in _WISHES if found.search(clause)]


def _kept_wishes(remarks: list[str], head: str) -> str:
    """The wishes the remarks add to the request, as the wish readers' words ("" for none)."""
    if _EDIT.search(head):
        return ""
    kept: list[str] = []
    for found, words, already in _WISHES:
        if any(found.search(r) for r in remarks) and not already.search(head) and words not in kept:
            if words == "vegetarian" and "vegan" in kept:
                continue
            kept.append(words)
    return ", ".join(kept)


def _leading_talk(first: str, rest: str) -> str | None:
    """A first clause that is only talk before a request, reduced to its day (or None)."""
    bare = _bare(first)
    if not bare or _REQUEST.match(bare) or not _REQUEST.match(_bare(rest)):
        return None
    day_first = re.match(rf"^{_DAY.pattern}\s+(?:is|s|'s|looks|looking)\b", bare, re.IGNORECASE)
    subject = _SUBJECT_VERB.search(bare)
    if not (day_first or subject) or _new_kinds(bare, rest):
        return None  # "i want a ramen place on day 2, put it near X": the request itself
    when = _DAY.search(bare)
    return when.group(0) if when else ""


def without_asides(text: str) -> str:
    """`text` without the talk around its request; unchanged when there is none.

    "hey bud put X on day 1, everybody says go early" → "hey bud put X on day 1"; "add a
    restaurant for day 2, my son eats no meat" → "add a restaurant for day 2, vegetarian".
    """
    parts = _BREAK.split(text)
    if len(parts) < 3:
        return _fronted_when(text)
    clauses, marks = parts[0::2], parts[1::2]
    lead = _leading_talk(clauses[0], clauses[1])
    if lead is not None:
        # "wednesday night i want to dance! put a salsa club": the request, on that night
        wish = _kept_wishes([clauses[0]], " ".join(clauses[1:]))
        request = _TAGS.sub("", clauses[1].rstrip())
        clauses = [", ".join(p for p in (f"{request} {lead}".strip(), wish) if p), *clauses[2:]]
        marks = marks[1:]
    out = _fronted_when(clauses[0])
    remarks: list[str] = []
    in_remark = False
    for mark, clause in zip(marks, clauses[1:], strict=True):
        # "…, sweet as", "…. Danke": a tag or a thanks after the request
        only_tags = bool(clause.strip(" ,;.!?-")) and (
            not _bare(clause) or small_talk(clause) is not None
        )
        if only_tags or _talk(clause, out) or (in_remark and _continues_talk(clause)):
            remarks.append(clause)
            in_remark = True
            if "?" in mark and not out.rstrip().endswith("?"):
                out = out.rstrip() + "?"  # the request was asked as a question
            continue
        in_remark = False
        out = f"{out}{mark}{clause}" if out else clause
    if not remarks and lead is None and out == clauses[0]:
        return text
    wish = _kept_wishes(remarks, out)
    out = out.strip(" ,;-")
    return f"{out.rstrip('?')}, {wish}" if wish else out


def _continues_talk(clause: str) -> bool:
    """After a remark, a clause that neither asks nor names a slot goes on with it."""
    bare = _bare(clause)
    if not bare or _ITEM.match(bare):
        return False
    return not _REQUEST.match(bare) and not _WHEN.search(bare)


# "for tomorrow lunch gimme a thali place": the day said before the verb that asks for a place.
_FRONTED = re.compile(
    r"^(?P<when>(?:(?:for|on)\s+)?(?:the\s+)?(?:day\s*\d+|today|tomorrow|tonight|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night|"
    r"breakfast|brunch|lunch|dinner))?)\s+(?P<ask>(?:gimme|give\s+(?:me|us)|get\s+(?:me|us)|"
    r"find\s+(?:me|us))\s+.+)$",
    re.IGNORECASE,
)


def _fronted_when(clause: str) -> str:
    """A clause whose day comes before "gimme …", with the day said after the request."""
    found = _FRONTED.match(clause)
    if found is None:
        return clause
    return f"{found['ask']} {found['when']}"
