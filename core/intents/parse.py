"""A message → its language and its ordered list of operations (rules only, no LLM).

1. Normalize (spaces, quotes, emoji, "¿¡"), write out chat shorthand (core.intents.shorthand),
   respell verb forms (core.intents.verb_forms), detect the language (core.intents.language).
2. Rewrite Spanish / Portuguese / English phrasings into one grammar (core.intents.lexicon).
3. Split "X and Y", "X, then Y" into requests; a request without a verb ("… and a ramen place
   for dinner") continues the one before it and shares its day.
4. Classify each request with the rules (core.intents.rules).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from core.intents.clauses import read_by_clauses
from core.intents.day_words import find_when
from core.intents.english import ENGLISH_RULES
from core.intents.fill_words import fill_meals_turn
from core.intents.language import detect_language
from core.intents.lexicon import NOT_A_TOPIC, REMARK_LEAD, REMARK_START, rewrite
from core.intents.model import Intent, ParsedMessage, ParsedTurn
from core.intents.portuguese import PORTUGUESE_RULES
from core.intents.push_preferences import language_of as preference_language
from core.intents.push_preferences import push_preference_turn
from core.intents.rules import classify
from core.intents.shorthand import expand_shorthand
from core.intents.slots import find_days
from core.intents.spanish import SPANISH_RULES
from core.intents.verb_forms import respell

_KEEP_SYMBOLS = frozenset("★$€£%&+#@")
_SEPARATOR = re.compile(
    r"(\s*(?:;|\.\s+|!\s+|\?\s+|,?\s+and\s+then\s+|,?\s+then\s+|,?\s+and\s+also\s+|"
    r",?\s+also\s+|,?\s+plus\s+|,?\s+as\s+well\s+as\s+|,\s+|\s+and\s+)\s*)",
    re.IGNORECASE,
)
# A request that continues the previous one starts like a noun phrase: "a ramen place", "the
# museum", "2 tickets", "another bar", "dinner at 8".
_ELLIPTIC = re.compile(
    r"^(?:a|an|the|some|another|one|two|three|\d+|my|our|dinner|lunch|breakfast|"
    r"el|la|los|las|un|una|o|os|um|uma)\b",
    re.IGNORECASE,
)
_VERB_OF = {
    Intent.ADD: "add",
    Intent.REMOVE: "remove",
    Intent.REPLACE: "replace",
    Intent.MOVE: "move",
    Intent.RETIME: "move",
    Intent.EXPLAIN: "tell me about",
    Intent.SHOW: "show",
    Intent.BOOK: "book",
}
# Whole-message intents whose "and" is part of one request ("whisky and castles").
_WHOLE = frozenset({Intent.PLAN, Intent.EXPERT, Intent.SWAP_DAYS, Intent.SET_START})
_IBERIAN_HINT = re.compile(
    r"\b(?:d[ií]a|d[ií]as|para|por|que|qu[eé]|con|com|el|la|o|a|do|da|del|no|na|agrega|"
    r"adiciona|quita|tira|de|valeu|vlw|gracias|obrigad[oa])\b",
    re.IGNORECASE,
)
MAX_OPS = 5
_ELONGATED = re.compile(r"([^\W\d])\1{2,}")
# Sentences: a plan or a swap may be followed by another request ("…, then add a museum").
_STRONG_SEPARATOR = re.compile(r"\s*(?:;|\.\s+|,?\s+and\s+then\s+|,?\s+then\s+)\s*", re.IGNORECASE)
# A traveler correcting themselves mid-message: only what follows counts.
_CORRECTION = re.compile(
    r"^.*?(?:\.\.\.|…|[,;.!])?\s*\b(?P<said>no\s+wait|wait\s+no|wait|scratch\s+that|i\s+mean|or\s+rather|"
    r"correction|mejor\s+dicho|perd[oó]n|no\s+espera|quer\s+dizer|ali[aá]s|digo|sorry\s+i\s+mean|"
    r"actually(?=\s+make\s+it)|sorry(?=\s+(?:make\s+it|day|on\s+day|at)\b)|(?:nao|não|no|nope)(?=\s*,))"
    r"\b[\s,:]*(?=\w)",
    re.IGNORECASE,
)
# An aside after a request: "…, we'll improvise", "…, it's empty anyway".
_COMMENTARY = re.compile(
    r"^(?:it|its|it'?s|that'?s|this\s+is|we|i|i'?m|they|there'?s|because|cause|since|as|so|"
    r"anyway|lol|haha|hehe)\b"
    r"|^(?:(?:my|our|the)\s+)?(?:flight|flights|train|hotel|plans?|schedule)\s+(?:got|has\s+been|was|were|is|are)\s+"
    r"(?:moved|changed|cancell?ed|delayed|booked|rescheduled)\b"
    r"|^(?:my|our|the)\s+(?:\w+\s+)?(?:is|are|was|were|finds?|thinks?|says?|wants?|hates?|loves?|"
    r"likes?|gets?|does\s*n'?t|doesn\s+t|does\s+not|can'?t|can\s+t|cannot|won'?t|won\s+t|"
    r"isn'?t|isn\s+t|has|had)\b",
    re.IGNORECASE,
)
# A clause that can only be a remark, whatever a rewrite made of it: a reason, a feeling, a
# plan of one's own ("…, too far w the ferry", "…? not fussed on haggis", "…, ja fomos la",
# "…, vamos a descansar", "…, q queda muy lejos").
_ASIDE = re.compile(rf"^{REMARK_LEAD}(?:{REMARK_START})\b", re.IGNORECASE)
# A remark that says what the place must be is a wish, not an aside ("mi novia es vegana").
_WISHFUL = re.compile(
    r"\b(?:vegan\w*|vegetarian\w*|veggie|gluten|halal|kosher|celiac\w*|allerg\w*|alerg\w*|"
    r"kids?|children|ninos|criancas|wheelchair|accessible|pet|dog)\b",
    re.IGNORECASE,
)


def _is_aside(text: str) -> bool:
    """A clause that is a remark and carries no wish for the place."""
    return bool(_ASIDE.match(text)) and not _WISHFUL.search(text)
_PRONOUN_REQUEST = re.compile(r"\b(?:it|that|this|them)\b|^(?:remove|move|book)\b", re.IGNORECASE)
_PRONOUNS = frozenset({"it", "that", "this", "them", "that one", "this one", "that place"})
# Words a place name hardly ever holds but a chat clause does.
_CHATTY = re.compile(
    r"^(?:it|that|this|them)$|\b(?:can|could|would|should|if|i|we|you|my|our|me|us|need|want|"
    r"wanna|fits?|scrap|forget|ditch|kill|lol|tbh|pls|please)\b|[?!]",
    re.IGNORECASE,
)


def normalize(text: str) -> str:
    """Spaces, curly quotes, emoji and Spanish opening marks tidied; accents kept."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("’", "'").replace("‘", "'").replace("´", "'").replace("`", "'")
    text = "".join(
        " " if ch in "¿¡" else ch
        for ch in text
        if ch in _KEEP_SYMBOLS or unicodedata.category(ch) not in {"So", "Sk", "Cs", "Co", "Cn"}
    )
    text = text.replace("\u200d", "").replace("\ufe0f", "")
    text = _ELONGATED.sub(r"\1", text)  # "reallyyy", "pleeease"
    return " ".join(text.split())


_CLAUSE_END = re.compile(r"[,;.!?]+\s*|\s+-+\s+")
_REASON_TAIL = re.compile(
    r"\s+(?:q|que)\s+(?:queda|fica|es|esta|está|e|é)\s+(?:muy|mt|muito|mto|demasiado|bem|re)\b.*$"
    r"|\s+(?:q|que|porque|pq|ya\s+que|since|because|cause)\s+(?:despues|después|luego|depois|hace|faz|"
    r"it\s+s|its|it\s+gets)\s+(?:\w+\s+){0,2}(?:calor|frio|frío|hot|cold|crowded|lleno|cheio)\b.*$",
    re.IGNORECASE,
)


def _without_trailing_asides(text: str) -> str:
    """The message without the remarks it ends with ("…, ja fomos la da outra vez")."""
    text = _REASON_TAIL.sub("", text)
    parts = _CLAUSE_END.split(text)
    if len(parts) < 2:
        return text
    for index in range(1, len(parts)):
        if _is_aside(parts[index].strip()):
            cut = text.find(parts[index], sum(len(p) for p in parts[:index]))
            head = text[:cut].rstrip(" ,;-")
            return head if head.strip(" ,;.!?-") else text
    return text


def canonical(text: str, language: str | None) -> str:
    """The message in the rules' grammar."""
    if language == "es":
        text = rewrite(text, SPANISH_RULES)
    elif language == "pt":
        text = rewrite(text, PORTUGUESE_RULES)
    elif language is None and _IBERIAN_HINT.search(text):
        text = rewrite(rewrite(text, SPANISH_RULES), PORTUGUESE_RULES)
    return rewrite(text, ENGLISH_RULES)


def parse(
    text: str, *, today: dt.date | None = None, usual_language: str | None = None
) -> ParsedMessage:
    """Everything a message asks for, in order, and the language it is written in.

    `usual_language` is the traveler's own ('es', 'pt'…): a message too short to tell its
    language ("remove o dia 6", "serralves as onze") is read with that language's phrasings.
    The message's `language` stays None then: it told nothing.
    """
    # "sácalo", "coloca-o", "remvoe", "abt": forms and words the phrase tables know
    cleaned = respell(expand_shorthand(normalize(text)))
    language = detect_language(cleaned)
    if (preference := push_preference_turn(cleaned)) is not None:
        # Read before the es/pt rewrites, which would make "no quiero alertas" an edit.
        said_in = language or preference_language(cleaned)
        return ParsedMessage(ops=(preference,), language=said_in)
    reading = language or (usual_language if usual_language in {"es", "pt"} else None)
    grammar = canonical(_without_trailing_asides(cleaned), reading)
    grammar = _corrected(grammar, today)
    if (fill := fill_meals_turn(cleaned)) is not None:
        # Read before the rewrites, which make "fill in dinner" / "llena" a replacement.
        when = find_when(grammar)
        days = find_days(grammar)
        day = {"day": int(days[0].value)} if days and fill.day is None else {}
        dated = fill.model_copy(update={"day_ref": when.day_ref, **day})
        return ParsedMessage(ops=(dated,), language=language)
    whole = classify(grammar, today)
    if whole.intent is Intent.SOCIAL:
        return ParsedMessage(ops=(whole,), language=language)  # "gn, talk tomorrow"
    if whole.intent in _WHOLE:
        # "plan 3 days in Goa with beaches and temples": one request, unless said in sentences.
        parts = [p for p in _STRONG_SEPARATOR.split(grammar) if p.strip()]
        later = [classify(part, today) for part in parts[1:]]
        if later and all(op.intent is not Intent.UNKNOWN for op in later):
            return ParsedMessage(ops=(classify(parts[0], today), *later), language=language)
        return ParsedMessage(ops=(whole,), language=language)
    ops = _requests(grammar, today)
    if ops is not None and any(op.intent is Intent.UNKNOWN for op in ops):
        # "se nos alargó el viaje, súmale dos días": a remark beside the request
        ops = read_by_clauses(grammar, today, classify) or None
    if ops is None:
        ops = [_topic_for_pronoun(whole, grammar)]
    if (
        any(_unclear(op) for op in ops)
        and (clauses := read_by_clauses(grammar, today, classify))
        and not any(_unclear(op) for op in clauses)
    ):
        ops = clauses  # "is there a bird sanctuary around? if so stick it on our last day"
    return ParsedMessage(ops=tuple(_share_days(ops)), language=language)


def _unclear(op: ParsedTurn) -> bool:
    """Nothing understood, or a place phrase that still holds chat ("holyrood palace can it go")."""
    if op.intent is Intent.UNKNOWN:
        return True
    said = op.query if op.intent is Intent.ADD else (op.target.text if op.target else None)
    return bool(said and _CHATTY.search(said))


def _topic_for_pronoun(op: ParsedTurn, grammar: str) -> ParsedTurn:
    """'el palacio de la inquisición no me late, quítalo': "it" is the phrase said before."""
    target = op.target
    if target is None or (target.text or "").lower() not in _PRONOUNS:
        return op
    segments = [s.strip(" .!?") for s in re.split(r"[,;.!?]", grammar)]
    said = [
        s for s in segments if s and not _PRONOUN_REQUEST.search(s) and s.lower() not in NOT_A_TOPIC
    ]
    if len(segments) < 2 or not said:
        return op
    topic = max(said, key=lambda s: len(s.split()))
    return op.model_copy(update={"target": target.model_copy(update={"text": topic})})


def _corrected(grammar: str, today: dt.date | None) -> str:
    """What a traveler said after correcting themselves ("X... no wait, Y"), with X's verb."""
    corrected = _CORRECTION.match(grammar)
    if corrected is None or not grammar[corrected.end() :].strip():
        return grammar
    before, after = grammar[: corrected.start("said")], grammar[corrected.end() :]
    if (fixed := _slot_corrected(before, after)) is not None:
        return fixed  # "add ramen on day 2 no wait day 3", "at 10, actually make it 11"
    if classify(after, today).intent is Intent.UNKNOWN:
        verb = _VERB_OF.get(classify(before, today).intent)
        days = re.findall(r"\b(?:on|to)\s+day\s+\d{1,2}\b", before)
        if verb is not None:
            return " ".join([verb, after, *days[-1:]])  # "add the MASP on day 2, I mean the …"
    return after


_JUST_A_TIME = re.compile(r"^(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)?$", re.IGNORECASE)
_ONLY_A_DAY = re.compile(
    r"^(?:make\s+it\s+|on\s+|to\s+)?(?:the\s+)?(?P<day>day\s*\d{1,2}|(?:\d{1,2}(?:st|nd|rd|th)|first|second|"
    r"third|fourth|fifth|last)\s+day)[\s.!]*$",
    re.IGNORECASE,
)
_ONLY_A_TIME = re.compile(
    r"^(?:make\s+it\s+|at\s+|to\s+)?(?P<time>\d{1,2}(?::\d{2})?\s*(?:am|pm)?|noon)[\s.!]*$",
    re.IGNORECASE,
)
_LAST_DAY_SAID = re.compile(
    r"\b(?:day\s*\d{1,2}|(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|last)\s+day)\b",
    re.IGNORECASE,
)
_LAST_TIME_SAID = re.compile(r"(?<=\b(?:at|to) )\d{1,2}(?::\d{2})?\s*(?:am|pm)?\b", re.IGNORECASE)


def _slot_corrected(before: str, after: str) -> str | None:
    """The request said before a correction that only changes its day or its time."""
    before = before.rstrip(" ,.;!")
    for only, said, group in (
        (_ONLY_A_DAY, _LAST_DAY_SAID, "day"),
        (_ONLY_A_TIME, _LAST_TIME_SAID, "time"),
    ):
        if (new := only.match(after.strip())) is None:
            continue
        spans = list(said.finditer(before))
        if not spans:
            return None
        last = spans[-1]
        return before[: last.start()] + new.group(group) + before[last.end() :]
    return None


def _requests(grammar: str, today: dt.date | None) -> list[ParsedTurn] | None:
    """The requests of a message, or None when it is one request (or can't be split)."""
    pieces = _SEPARATOR.split(grammar)
    if len(pieces) == 1:
        return None
    dropped = False
    while len(pieces) > 2 and classify(pieces[0], today).intent is Intent.SOCIAL:
        pieces = pieces[2:]  # a greeting before the request
        dropped = True
    texts: list[str] = []
    pending = pieces[0]
    for index in range(1, len(pieces), 2):
        separator, piece = pieces[index], pieces[index + 1].strip()
        if not piece:
            continue
        if _JUST_A_TIME.match(piece):
            pending += f" at {piece.removeprefix('at ')}"  # "a table for 4, 7": the time
            continue
        started = classify(piece, today)
        if (
            started.intent is Intent.SOCIAL
            or (started.intent is Intent.UNKNOWN and _COMMENTARY.match(piece))
            or _is_aside(piece)
        ):
            dropped = True  # "…? thanks", "…, we'll improvise": manners and asides
            continue
        implied = started.intent is Intent.ADD and started.confidence < 1  # no verb of its own
        elliptic = bool(_ELLIPTIC.match(piece)) and (
            implied or started.intent in {Intent.UNKNOWN, Intent.SHOW, Intent.EXPLAIN}
        )
        if elliptic:
            verb = _VERB_OF.get(classify(pending, today).intent)
            if verb is None:
                pending += separator + piece
                continue
            texts.append(pending)
            pending = f"{verb} {piece}"
        elif started.intent is Intent.UNKNOWN or implied or not _is_request(piece, started):
            pending += separator + piece  # "fish and chips", "Smith and Wollensky"
        else:
            texts.append(pending)
            pending = piece
    texts.append(pending)
    if len(texts) == 1 and not dropped:
        return None
    return _ops_of(texts, today)


def _ops_of(texts: list[str], today: dt.date | None) -> list[ParsedTurn] | None:
    """The operations of a message's requests, with what one says about another folded in."""
    ops: list[ParsedTurn] = []
    for text in texts[:MAX_OPS]:
        op = classify(text, today)
        if op.intent in {Intent.SOCIAL, Intent.HELP} and len(texts) > 1:
            continue  # "hi, add…": the greeting is manners, not a request
        if ops and op.intent is ops[-1].intent and _says_nothing_new(op):
            # "day 2 is too packed, can you lighten it?", "… los manglares? ponlo el día 4":
            # one request said twice; what the second adds (a day, a time) joins the first.
            extra = {key: value for key in ("day", "time") if (value := getattr(op, key))}
            ops[-1] = ops[-1].model_copy(update=extra)
            continue
        if ops and (placed := _placed_after_add(ops[-1], op)) is not None:
            ops[-1] = placed  # "quiero ir a la popa, ponlo el día 4"
            continue
        if ops and op.target is not None and (op.target.text or "").lower() in _PRONOUNS:
            earlier = ops[-1]
            if earlier.intent is op.intent:
                continue  # "skip X tomorrow, remove it": one request said twice
            if earlier.target is not None:
                op = op.model_copy(update={"target": earlier.target})
        ops.append(op)
    return ops or None


def _placed_after_add(earlier: ParsedTurn, op: ParsedTurn) -> ParsedTurn | None:
    """The place just asked for, with where "it" goes; None when `op` is not about "it"."""
    if (
        earlier.intent is not Intent.ADD
        or op.intent not in {Intent.MOVE, Intent.RETIME}
        or op.target is None
        or (op.target.text or "").lower() not in _PRONOUNS
    ):
        return None
    return earlier.model_copy(
        update={
            "day": op.to_day or op.day or earlier.day,
            "day_ref": op.to_day_ref or op.day_ref or earlier.day_ref,
            "time": op.time or earlier.time,
            "time_said_bare": op.time_said_bare or earlier.time_said_bare,
        }
    )


def _says_nothing_new(op: ParsedTurn) -> bool:
    """An operation with no slot of its own ("lighten it", "remove it")."""
    target = op.target
    no_target = target is None or (
        (target.text or "").lower() in _PRONOUNS | {""}
        and not target.node_type
        and not target.every
    )
    no_query = op.query is None or op.query.lower() in _PRONOUNS
    return no_target and no_query and op.to_day is None and op.meal is None


def _is_request(piece: str, parsed: ParsedTurn) -> bool:
    """A piece that reads as its own request (a verb, a question), not a fragment of a name."""
    if parsed.intent is Intent.SHOW:
        return bool(re.match(r"^(?:show|what|list|view|display|see)\b", piece, re.IGNORECASE))
    return parsed.confidence >= 1.0 or parsed.intent is not Intent.MOVE


def _share_days(ops: list[ParsedTurn]) -> list[ParsedTurn]:
    """Requests of one message share a day unless they name their own."""
    shared = next((op.day for op in ops if op.day is not None), None)
    ref = next((op.day_ref for op in ops if op.day_ref is not None), None)
    return [
        op.model_copy(update={"day": shared, "day_ref": op.day_ref or ref})
        if op.intent in {Intent.ADD, Intent.REMOVE, Intent.BOOK} and op.day is None
        else op
        for op in ops
    ]
