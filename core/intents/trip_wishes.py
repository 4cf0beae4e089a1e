"""A trip wished for and handed over to be planned, in one message; and every day to fill.

Read on the message as typed (normalized, openers off), before the es/pt rewrites
(core.intents.parse), which would read "quiero ir 3 dias a Bogotá" as a place to add:
- a wish to go somewhere for some days ("quiero ir 3 dias a Bogotá", "vamos 4 días a Lima",
  "quero passar 4 dias em Lisboa", "we're going to Lisbon for 4 days") beside a request to
  build the plan ("me arman el itinerario?", "monta o roteiro pra mim", "can you plan it") →
  the rules' own phrasing, "plan 3 days in Bogotá", with the rest of the message (the
  interests: "comida local y museos") kept after it;
- every day of the trip to fill ("can you fill both days for me?", "llena todos los días",
  "preenche os dias pra mim") → "plan my trip";
- what the travelers like, said beside the trip handed over ("planeja tudo pra gente!
  curtimos templos e comida de rua", "plan it all for us, we love museums") → the plan's
  interests: "plan my trip with templos e comida de rua".
"""

from __future__ import annotations

import re

from core.intents.model import Intent
from core.intents.whole_requests import whole_request
from core.text import fold

_N = (
    r"(?P<n>\d{1,2}|dos|tres|cuatro|cinco|seis|siete|dois|duas|quatro|sete|two|three|four|five|"
    r"six|seven)"
)
_NUMBERS = {
    "dos": 2, "dois": 2, "duas": 2, "two": 2, "tres": 3, "three": 3, "cuatro": 4, "quatro": 4,
    "four": 4, "cinco": 5, "five": 5, "seis": 6, "six": 6, "siete": 7, "sete": 7, "seven": 7,
}  # fmt: skip
_DAYS = r"(?:dias|days|noches|noites|nights)"
_WANT = (
    r"(?:quiero|queremos|quisiera|quisieramos|vamos|voy|vamos\s+a|voy\s+a|quero|queremos|queria|"
    r"vou|vamos|(?:i|we)\s*(?:m|re|are|am|want\s+to|wanna|d\s+like\s+to|ll\s+be)|going|heading|"
    r"planning\s+(?:to|on))"
)
_GO = (
    r"(?:(?:ir|viajar|pasar|passar|ficar|estar|quedarme|quedarnos|go|going|spend|spending|travel|"
    r"be|heading)\s+)?"
)
# "quero passar 3 dias em Porto" reaches here as "passa 3 dias em Porto" (core.intents.verb_forms).
_LEAD = rf"(?:{_WANT}\s+{_GO}|(?:passa|pasa|spend|fica|quedate|quedense)\s+)"
_TO = r"(?:a|al|en|para|pra|pa|in|to|em|no|na|pro)"
_PLACE = r"(?P<place>[A-ZÀ-Ý][\wÀ-ÿ'-]+(?:\s+(?:de\s+|del\s+|da\s+|do\s+)?[A-ZÀ-Ý][\wÀ-ÿ'-]+)*)"
_TRIP_WISH = re.compile(
    rf"(?i:\b{_LEAD}(?:{_N.replace('<n>', '<n1>')}\s+{_DAYS}\s+{_TO}\s+))"
    rf"{_PLACE.replace('<place>', '<p1>')}"
    rf"|(?i:\b{_LEAD}{_TO}\s+){_PLACE.replace('<place>', '<p2>')}"
    rf"(?i:\s+(?:(?:for|por|durante|uns|unos)\s+)?{_N.replace('<n>', '<n2>')}\s+{_DAYS})"
)
_BUILD = re.compile(
    r"\b(?:me\s+|nos\s+)?(?:arman|armas|arma|armame|armanos|haces|hacen|haz|hazme|planeas|planea|"
    r"planean|organizas|organiza|organizam|monta|montas|monte|montam|faz|faca|fazem|planeja|"
    r"planejam|ajuda\w*\s+a\s+plan\w+|ayud\w+\s+a\s+plan\w+|make|plan|build|put\s+together|"
    r"sort\s+out|help\s+(?:me|us)\s+plan)\b"
    r"(?:\s+(?:me|us|for\s+(?:me|us)|pra\s+mim|para\s+mi))?"
    r"\s*(?:(?:el|un|o|um|the|an?|my|our|mi|meu|nuestro|nosso)\s+)?"
    r"(?:itinerario|itinerary|plan|plano|roteiro|programa|schedule|trip|viaje|viagem|it|algo)\b"
)
_FILL_EVERY_DAY = re.compile(
    r"\b(?:fill(?:\s+(?:in|up|out))?|llen\w*|rellen\w*|preench\w*|complet\w*)\s+"
    r"(?:(?:me|us|nos)\s+)?(?:both|all|every|todos|todas|ambos|os\s+dois|los\s+dos|the|my|our|"
    r"los|os|all\s+(?:the|my|our))(?:\s+(?:the|my|our|los|os|mis|meus|dos|dois|two|2|3|4))?\s+"
    r"(?:days|dias)\b(?!\s*\d)"
)
_CLAUSES = re.compile(r"\s*[,;.!?]+\s*")
# What the travelers like, said beside the hand-over: the plan's interests.
_LIKES = re.compile(
    r"^(?:(?:we|i)\s*(?:re|m|are|am)?\s+(?:really\s+)?(?:like|love|enjoy|into|dig|big\s+on)|"
    r"(?:a\s+nosotros\s+|a\s+mi\s+)?(?:nos|me)\s+(?:gusta|gustan|encanta|encantan|interesa\w*)|"
    r"curt\w+|gost\w+\s+(?:muito\s+)?de|adoramos|adoro|amamos|amo|somos\s+de|big\s+fans?\s+of)"
    r"\s+(?:(?:mucho|muito|mt|a\s+lot\s+of|lots\s+of)\s+)?(?P<what>.+)$"
)


def trip_wish(text: str) -> str | None:
    """The message in the rules' phrasing when it hands a wished trip over, or None.

    Args:
        text: The message, normalized and without its openers (core.intents.openers).
    """
    folded = fold(text)
    likes = [m.group("what") for c in _CLAUSES.split(text) if (m := _LIKES.match(fold(c)))]
    liked = f" with {' and '.join(likes)}" if likes else ""
    if _FILL_EVERY_DAY.search(folded):
        return f"plan my trip{liked}"  # "can you fill both days for me? first time in kyoto"
    if likes and (handed := whole_request(text)) is not None and handed.intent is Intent.PLAN:
        return f"plan my trip{liked}"  # "planeja tudo pra gente! curtimos templos e comida de rua"
    wish = _TRIP_WISH.search(text)
    if wish is None or not _BUILD.search(folded):
        return None
    said = wish.group("n1") or wish.group("n2") or ""
    count = int(said) if said.isdigit() else _NUMBERS.get(fold(said))
    if count is None:
        return None
    rest = [
        c
        for c in _CLAUSES.split(text)
        if c.strip() and not _TRIP_WISH.search(c) and not _BUILD.search(fold(c))
    ]
    interests = f" with {' and '.join(rest)}" if rest else ""
    return f"plan {count} days in {wish.group('p1') or wish.group('p2')}{interests}"
