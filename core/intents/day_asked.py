"""One day's plan asked for the way travelers ask it in chat, not with "what's on day 3".

Two shapes the rules read as edits:
- a verb of sending with "lo/o/what's" of a day: "a ver pasame lo del miércoles", "mandame lo
  del sabado", "me manda o de quinta", "send me thursday's" ("pasame" reads "move" in the
  rules' grammar);
- the day said first, then a question about the plan: "e hoje, qual a programação?", "y
  mañana, qué hay?", "and tomorrow, what's the plan?" (the question alone has no day);
- "plan" as a noun in a question or a request to see it: "show me tomorrow's plan", "what's
  the schedule for friday looking like", "cuál es el plan del martes?", "qual o plano pra
  sexta?" (the rules would read "plan … tomorrow" as planning the day again). "plan" as a
  verb ("plan tomorrow for us", "monta o dia 3") never starts with these cues.
The day is read by the rules themselves: the piece naming it is put in the rules' grammar and
asked as "what do i have <day>", so every way of naming a day they know works here too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.intents.model import Intent, ParsedTurn
from core.text import fold

_SEND = (
    r"(?:(?:a\s+)?ver\s+|so\s+|ok\s+|ey\s+|oi\s+|e\s+ai\s+)?(?:me\s+)?"
    r"(?:pasame|mandame|manda(?:me)?|enviame|envia(?:me)?|passa\s+ai|"
    r"send(?:\s+me)?|gimme|give\s+me|show\s+me)"
)
_WHAT = r"(?:\s+(?:lo|o|a|what'?s|whats|what\s+we\s+have|que\s+hay|que\s+tem|the\s+plan))?"
_SENT_DAY = re.compile(rf"^{_SEND}(?:\s+ai)?{_WHAT}\s+(?P<day>(?:de|del|do|da|on|for)\s+.+?)$")
_OWNED_DAY = re.compile(rf"^{_SEND}\s+(?P<day>\w+day)'?s(?:\s+(?:plan|stuff|schedule))?$")
_PLAN_QUESTION = re.compile(
    r"^(?:(?:and|so|ok)\s+)?(?:qual|cual|what|como|que|o\s+que|what'?s|whats)"
    r"(?:\s+(?:a|o|e|es|is|el|la|the|fica|queda|hay|tem|tenemos|temos|we\s+got|do\s+we\s+have|"
    r"have\s+we\s+got))*"
    r"(?:\s+(?:programacao|programa|plano|plan|roteiro|itinerario|itinerary|agenda|schedule))?$"
)
_DAY_FIRST = re.compile(
    r"^(?:(?:e|y|and|&)\s+)?(?P<day>[^,:?]{2,30}?)\s*[,:]\s*(?P<ask>.+)$", re.IGNORECASE
)
# A cue of asking or showing, then "the plan" of a day; the noun needs the cue or an article.
_ASK_CUE = (
    r"(?:(?:and|so|ok|okay|hey|y|e|oye|ei|pues|entonces|entao)\s+)?"
    r"(?:(?:can|could)\s+(?:i|we|you)\s+(?:see|get|check|have|send\s+me|show\s+me)|"
    r"(?:let\s+me|lemme)\s+(?:see|check)|(?:pls|please)?\s*(?:show|send|give|tell|remind)"
    r"(?:\s+(?:me|us))?(?:\s+(?:of|about))?|what\s+(?:is|s|was|does)|whats|what'?s|how\s+(?:is|s|does)|"
    r"hows|what|check|cual(?:\s+es|\s+seria)?|que|como\s+(?:es|esta|queda|va)|"
    r"(?:me\s+|nos\s+)?(?:muestra|muestrame|ensena|ensename|pasame|mandame|dime|decime)|"
    r"a\s+ver|ver|qual(?:\s+e|\s+eh|\s+vai\s+ser|\s+seria)?|como\s+(?:e|ta|esta|fica|vai|ficou)|"
    r"o\s+que\s+e|(?:me\s+)?(?:mostra|manda|passa|diz|fala))"
)
_ARTICLE = r"(?:(?:the|our|my|el|la|nuestro|mi|o|a|nosso|meu|nossa|minha)\s+)?"
_NOUN = (
    r"(?:plan|plans|planes|plano|planos|schedule|itinerary|itinerario|agenda|program|programa|"
    r"programacao|programacion|roteiro|lineup)"
)
_OF_DAY = r"(?:for|on|of|del|de|do|da|pra|para|pro|pal|pa|no|na|el|para\s+el|pra\s+o)"
_LOOKS = (
    r"(?:\s+(?:looking\s+like|look\s+like|looks?(?:\s+like)?|like|tenemos|temos|hay|tem|is|es|e))?"
)
_NOUN_ASKED = re.compile(
    rf"^{_ASK_CUE}\s+{_ARTICLE}{_NOUN}(?:\s+(?:we\s+have|tenemos|temos|we\s+got))?"
    rf"\s+(?P<of>{_OF_DAY})\s+(?P<day>.+?){_LOOKS}$"
)
_OWNED_NOUN = re.compile(
    rf"^{_ASK_CUE}\s+(?P<day>[a-z]+day|tomorrow|today|tmrw|tmr|tmw)(?:\s*'?\s*s)?\s+{_NOUN}{_LOOKS}$"
)
_ELSEWHERE = re.compile(r"\b(?:al|ao|a|pro|pra|para|to|pal|hasta|ate|into|onto)\b")
_PLEASE = re.compile(r"\s+(?:porfa|por\s+favor|pls|please|pf|plis)$")


def _asked(text: str) -> str:
    return _PLEASE.sub("", fold(text))


def day_asked(text: str, shown: Callable[[str], list[ParsedTurn]]) -> ParsedTurn | None:
    """The SHOW of one day a message asks for in these shapes, or None.

    `shown(piece)` reads the piece naming the day as "what do i have <piece>" with the rules.
    """
    folded = _PLEASE.sub("", fold(text).strip(" .!?¿¡").replace("?", " ").strip())
    folded = re.sub(r"\s+", " ", folded)
    piece: str | None = None
    if match := _SENT_DAY.match(folded) or _OWNED_DAY.match(folded):
        piece = match["day"]
    elif (match := _DAY_FIRST.match(text.strip())) and _PLAN_QUESTION.match(_asked(match["ask"])):
        piece = fold(match["day"])
    elif match := _NOUN_ASKED.match(folded) or _OWNED_NOUN.match(folded):
        piece = match["day"]
        of = match.groupdict().get("of")
        if of and not _ELSEWHERE.search(piece):
            # the preposition tells the rules the day's language; "de mañana" alone is a morning
            piece = f"{'para' if of == 'de' else of} {piece}"
    if piece is None or _ELSEWHERE.search(piece.split(" ", 1)[-1]):
        return None  # "pasame lo del lunes al martes" moves a day
    ops = shown(piece)
    if len(ops) != 1 or ops[0].intent is not Intent.SHOW:
        return None
    if ops[0].day is None and ops[0].day_ref is None and ops[0].date is None:
        return None  # "pasame lo del hotel": no day named
    return ops[0]
