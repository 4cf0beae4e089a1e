"""What an English request tells of the travelers beside it: never a second search.

After a request, travelers say who they are with and how things stand: "a romantic place
tonight for me n the missus", "a veg place, mother in law is here", "cheap eats for lunch,
the budget is wrecked after the castle", "goan food pls, we want the real thing". Split at
"and" or at the comma, "the missus", "mother in law is" or "real thing" would be searched as
places. Here, on the message as typed (normalized, openers off, English only):

- who comes, said as "for me and my wife" / "for the hubby and I" outside a booking, is
  taken out (a booking reads it as the party, core.intents.party);
- a last clause that is a statement, a subject and its verb ("the budget is wrecked", "my
  sister's visiting", "we want the real thing"), is dropped when it names no wish of the
  readers' (a diet, children, a wheelchair, a craving) and, said with "want"/"need"/"like",
  nothing more than "the real thing", "something good"; one about money becomes "on a
  budget" (the wish for cheap places) unless the request already says it.

A clause with a verb of a request ("…, we want to add the zoo too") or a place named with
capitals stays. Pure, no I/O.
"""

from __future__ import annotations

import re

_PARTNER = (
    r"(?:wife|wifey|husband|hubby|hubs|missus|missis|mrs|misses|partner|other\s+half|"
    r"better\s+half|boyfriend|girlfriend|bf|gf|fiance|fiancee|mum|mom|mam|mother|dad|father|"
    r"friend|mate|bestie|bff|sister|brother|sis|bro|(?:mother|father)[\s-]+in[\s-]+law)"
)
_OWNER = r"(?:my|the|our|me|his|her)"
_SELF = r"(?:me|myself|i)"
_AND = r"\s*(?:and|n|&|\+|plus)\s*"
_COMPANY = re.compile(
    rf"\s+(?:for|with)\s+(?:{_SELF}{_AND}{_OWNER}\s+{_PARTNER}|{_OWNER}\s+{_PARTNER}{_AND}{_SELF})"
    r"\b(?=\s*(?:[,.;!?]|$|\s+(?:on|for|at|tonight|today|tomorrow|pls|please)\b))",
    re.IGNORECASE,
)
_BOOKING = re.compile(r"\b(?:book\w*|reserv\w*|table)\b", re.IGNORECASE)
_BREAK = re.compile(r"\s*(?:[,;!?]+|\.+\s|\s-+\s)\s*")
_SUBJECT = (
    r"(?:we|i|they|he|she|(?:my|our|the|his|her|their)\s+(?:\w+\s+)?\w+(?:[\s-]+in[\s-]+laws?)?|"
    r"(?:mother|father|brother|sister|son|daughter)[\s-]+in[\s-]+laws?|in[\s-]+laws|mil|"
    r"money|cash|funds)"
)
_BE = (
    r"(?:is|are|was|were|am|has|have|had|got|gets|just|can\s*'?\s*t|cannot|won\s*'?\s*t|"
    r"don\s*'?\s*t|doesn\s*'?\s*t|didn\s*'?\s*t|feel|feels|arrived|came|landed|flew|joined|"
    r"spent|splurged|blew)"
)
# "we're", "my sister's", "we've", "we'll", "we'd": said with the apostrophe only
_CONTRACTED = r"'\s*(?:s|re|m|ve|ll|d)"
_WANT = r"(?:want|wants|need|needs|like|likes|love|loves|prefer|prefers|d\s+like|would\s+like)"
_STATEMENT = re.compile(
    rf"^(?:and|but|coz|cause|cuz|since|as)?\s*{_SUBJECT}(?:\s*{_CONTRACTED}\s+)?"
    rf"(?:\s*{_CONTRACTED}|\s+(?P<be>{_BE})|\s+(?P<want>{_WANT}))\b\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# What the readers make a wish of: left to them (core.intents.who_for, remark_clauses).
_WISH = re.compile(
    r"\b(?:vegan\w*|vegetarian\w*|veggie|veg|gluten|halal|kosher|celiac\w*|coeliac\w*|allerg\w*|"
    r"kids?|children|child|toddler\w*|bab(?:y|ies)|wheelchair|accessible|walk\w*|pet|dog|"
    r"craving|mood\s+for|dying\s+for|hankering|anniversary|birthday|honeymoon|romantic|view\w*|"
    r"into|fans?\s+of|shoestring)\b",
    re.IGNORECASE,
)
_MONEY = re.compile(
    r"\b(?:budget|money|cash|funds|wallet|broke|skint|spent|splurged|pricey|expensive)\b",
    re.IGNORECASE,
)
_CHEAP_SAID = re.compile(r"\b(?:cheap\w*|budget|inexpensive|affordable)\b", re.IGNORECASE)
_REQUEST_VERB = re.compile(
    r"\b(?:add|put|book|move|remove|swap|replace|find|get|give|show|go|visit|see|try|eat|drink|"
    r"do|check|stick|drop)\b",
    re.IGNORECASE,
)
# What "we want …" may say and still ask for nothing new: "the real thing", "something good".
_FILLER = frozenset(
    """the a an some something somewhere real proper legit actual true authentic genuine good
    nice decent great best thing things stuff deal one ones experience it vibe vibes lot very
    really too as well also tbh honestly lol pls please this time for once here""".split()
)
# "we are 5", "we're two adults": the party, read by core.intents.party
_COUNTED = re.compile(
    r"^(?:and\s+)?(?:we|there|us)\b.*(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|dozen|couple)\b)",
    re.IGNORECASE,
)
_NAMED = re.compile(r"(?<=\s)(?!I\b)[A-Z]")


def _kept_wish(clause: str) -> bool:
    return bool(_WISH.search(clause)) or bool(_NAMED.search(" " + clause))


def _talk(clause: str) -> bool:
    """A statement about the travelers or their day that asks for nothing."""
    found = _STATEMENT.match(clause)
    if found is None or _kept_wish(clause) or _COUNTED.match(clause):
        return False
    rest = found.group("rest")
    if found.group("want") is not None:
        # "we want the real thing" says nothing new; "we want sushi", "we want to see X" does
        words = re.findall(r"[a-z']+", rest.lower())
        return all(word in _FILLER for word in words)
    return not _REQUEST_VERB.search(rest)


def without_statements(text: str, language: str | None = None) -> str:
    """`text` without the company and the statements said beside its request (English)."""
    if language not in {None, "en"}:
        return text
    if not _BOOKING.search(text):
        text = _COMPANY.sub("", text)
    marks = list(_BREAK.finditer(text))
    if not marks:
        return text
    cut = marks[-1]
    head, clause = text[: cut.start()], text[cut.end() :].strip(" .!?")
    if len(head.split()) < 2 or not clause or not _talk(clause):
        return text
    if _MONEY.search(clause) and not _CHEAP_SAID.search(head):
        return f"{head}, on a budget"
    return head
