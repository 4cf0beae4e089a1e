"""Several requests in one message: where one ends and the next begins.

"add a temple on day 1 and a ramen place for dinner", "remove X, and Y at 2pm", "hi, add…":
the message (already in the rules' grammar) is cut at its separators; a piece with a verb of
its own starts a request, a piece shaped like a noun phrase continues the one before with its
verb ("… and a ramen place"), a remark or manners are dropped, and what one request says about
another ("… ponlo el día 4", "take X off day 1 and put it on day 4") is folded into it.
"""

from __future__ import annotations

import datetime as dt
import re

from core.intents.alternatives import with_alternative
from core.intents.corrections import VERB_OF
from core.intents.lexicon import REMARK_LEAD, REMARK_START
from core.intents.model import Intent, ParsedTurn
from core.intents.references import added_after_asking, judged_topic
from core.intents.remarks_after import apposed, is_remark, said_after
from core.intents.request_start import fronted, new_request
from core.intents.rules import classify
from core.intents.same_day import said_same_day
from core.intents.taken_and_put import moved_after_removal

_SEPARATOR = re.compile(
    r"(\s*(?:;|\.\s+|!\s+|\?\s+|,?\s+and\s+then\s+|,?\s+then\s+|,?\s+and\s+also\s+|"
    r",?\s+also\s+|,?\s+plus\s+|\s+\+\s+|,?\s+as\s+well\s+as\s+|,\s+and\s+|,\s+|\s+and\s+|\s+-+\s+)\s*)",
    re.IGNORECASE,
)
# A request that continues the previous one starts like a noun phrase: "a ramen place", "the
# museum", "2 tickets", "another bar", "dinner at 8".
_ELLIPTIC = re.compile(
    r"^(?:a|an|the|some|another|one|two|three|\d+|my|our|that|this|those|these|dinner|lunch|"
    r"breakfast|"
    r"el|la|los|las|un|una|o|os|um|uma)\b",
    re.IGNORECASE,
)
MAX_OPS = 5
# An aside after a request: "…, we'll improvise", "…, it's empty anyway".
_COMMENTARY = re.compile(
    r"^(?:it|its|it'?s|that'?s|this\s+is|we|i|i'?m|they|there'?s|because|cause|since|as|so|"
    r"anyway|lol|haha|hehe)\b"
    r"|^(?:(?:my|our|the)\s+)?(?:flight|flights|train|hotel|plans?|schedule)\s+(?:got|has\s+been|have\s+been|was|were|is|are|have|has|had)\s+"
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
    r"kids?|children|ninos|criancas|wheelchair|accessible|pet|dog|"
    # … and a craving ("…, we're in the mood for ramen", "…, estamos com vontade de polvo")
    r"craving|antoja\w*|ganas\s+de|vontade\s+de|mood\s+for|dying\s+for|hankering)\b",
    re.IGNORECASE,
)


def is_aside(text: str) -> bool:
    """A clause that is a remark and carries no wish for the place."""
    return (bool(_ASIDE.match(text)) or is_remark(text)) and not _WISHFUL.search(text)


# What a traveler may ask about before "add it": a kind of place, a place.
_ASKED_ABOUT = frozenset({Intent.ADD, Intent.EXPLAIN, Intent.SHOW, Intent.UNKNOWN, Intent.INFO})
PRONOUNS = frozenset(
    {"it", "that", "this", "them", "that one", "this one", "that place", "one", "something", "some"}
)

# Readings a verb-led part may not have: it would not be a request of its own.
NOT_ALONE = frozenset({Intent.UNKNOWN, Intent.SOCIAL, Intent.HELP})
_REPLACED_BY = re.compile(r"\s+(?:por|pelo|pela)\s+", re.IGNORECASE)
_ONE_WORD = re.compile(r"^\s*[^\W\d]+[\s.!]*$")


def requests_of(grammar: str, today: dt.date | None) -> list[ParsedTurn] | None:
    """The requests of a message, or None when it is one request (or can't be split)."""
    pieces = _SEPARATOR.split(grammar)
    if len(pieces) == 1:
        return None
    dropped = False
    while len(pieces) > 2 and (
        (lead := classify(pieces[0], today)).intent is Intent.SOCIAL
        or (lead.intent is Intent.UNKNOWN and _ONE_WORD.match(pieces[0]))
    ):
        pieces = pieces[2:]  # a greeting ("hi, …") or a vocative ("mano, …") before the request
        dropped = True
    texts: list[str] = []
    pending = pieces[0]
    in_remark = False
    for index in range(1, len(pieces), 2):
        separator, piece = pieces[index], pieces[index + 1].strip()
        if not piece:
            continue
        if (kept := _kept_in_request(pending, piece, today)) is not None:
            pending, dropped = kept[0], dropped or kept[1]
            continue
        piece = fronted(piece)  # "el Calton Hill add that at 4:30": the Calton Hill, retimed
        started = classify(piece, today)
        if (request := new_request(piece, started, classify(pending, today))) is not None:
            in_remark = False
            texts.append(pending)
            pending = request
            continue
        if (
            started.intent is Intent.SOCIAL
            or (started.intent is Intent.UNKNOWN and _COMMENTARY.match(piece))
            or is_aside(piece)
            # "… We're grand, doing a day trip instead": what goes on after a remark is the remark
            or (in_remark and started.intent is Intent.UNKNOWN and not _ELLIPTIC.match(piece))
        ):
            dropped = in_remark = True  # "…? thanks", "…, we'll improvise": manners and asides
            continue
        in_remark = False
        implied = started.intent is Intent.ADD and started.confidence < 1  # no verb of its own
        elliptic = bool(_ELLIPTIC.match(piece)) and (
            implied or started.intent in {Intent.UNKNOWN, Intent.SHOW, Intent.EXPLAIN}
        )
        if elliptic:
            if (same := apposed(pending, classify(pending, today), piece, separator)) is not None:
                pending, dropped = same, True  # "exclui o castelo do dia 1, o San Felipe"
                continue
            verb = VERB_OF.get(classify(pending, today).intent)
            if started.meal is not None and started.query and verb in {"move", "remove"}:
                verb = "add"  # "…, also dinner on day 2 somewhere italian": a meal wished for
            if verb is None:
                pending += separator + piece
                continue
            texts.append(pending)
            if verb == "replace":  # "… y la cena por un asado": what replaces it, said again
                piece = _REPLACED_BY.sub(" with ", piece)
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


def _kept_in_request(pending: str, piece: str, today: dt.date | None) -> tuple[str, bool] | None:
    """The request before `piece` with what `piece` adds to it, and whether it told more.

    "a table for 4, 7": the time; "…, sawa? morning if possible": a tag asks nothing, a
    hedged time is the request's; "unas tapas al mediodía, o petiscos": either kind, one add.
    None when `piece` is more than that.
    """
    if (said := said_after(piece)) is not None:
        return pending + said.slot, said.hedged
    if (either := with_alternative(pending, piece, classify, today)) is not None:
        return either, True
    return None


def _ops_of(texts: list[str], today: dt.date | None) -> list[ParsedTurn] | None:
    """The operations of a message's requests, with what one says about another folded in."""
    ops: list[ParsedTurn] = []
    said_before: str | None = None  # the text behind ops[-1]
    topic: str | None = None  # what an earlier clause judged ("X is too early")
    for text in texts[:MAX_OPS]:
        if (
            said_before is not None
            and ops
            and ops[-1].intent in _ASKED_ABOUT
            and (ops[-1].query or ops[-1].target is not None)
            and (asked := added_after_asking(said_before, text)) is not None
            and (added := classify(asked, today)).intent is Intent.ADD
            and (added.query or "").lower() not in PRONOUNS
        ):
            ops[-1] = added  # "whats the top rated brunch spot? add it for friday morning"
            said_before = asked
            continue
        request, same_day = said_same_day(text)
        op = classify(request, today)
        if same_day:
            op = op.model_copy(update={"same_day": True})
        if op.intent in {Intent.SOCIAL, Intent.HELP} and len(texts) > 1:
            continue  # "hi, add…": the greeting is manners, not a request
        if (judged := judged_topic(text)) is not None and (
            op.intent is Intent.UNKNOWN
            or op.confidence < 1
            or (op.intent is Intent.RELAX and op.day is None)  # "the ferry is too much"
        ):
            topic = judged  # "kachori corner at 8 is too early for us, make it 9"
            continue
        if (
            topic
            and not any(earlier.target is not None for earlier in ops)
            and op.target is not None
            and (op.target.text or "").lower() in PRONOUNS
        ):
            op = op.model_copy(update={"target": op.target.model_copy(update={"text": topic})})
        said_before = text
        if ops and op.intent is ops[-1].intent and _says_nothing_new(op):
            # "day 2 is too packed, can you lighten it?", "… los manglares? ponlo el día 4":
            # one request said twice; what the second adds (a day, a time) joins the first.
            extra = {key: value for key in ("day", "time") if (value := getattr(op, key))}
            if op.preferences is not None and ops[-1].preferences is None:
                extra["preferences"] = op.preferences  # "pro jantar de segunda, indica algo barato"
            ops[-1] = ops[-1].model_copy(update=extra)
            continue
        if ops and (moved := moved_after_removal(ops[-1], op)) is not None:
            ops[-1] = moved  # "take X off day 1 and put it on day 4"
            continue
        if ops and (placed := _placed_after_add(ops[-1], op)) is not None:
            ops[-1] = placed  # "quiero ir a la popa, ponlo el día 4"
            continue
        if ops and op.target is not None and (op.target.text or "").lower() in PRONOUNS:
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
        or (op.target.text or "").lower() not in PRONOUNS
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
        (target.text or "").lower() in PRONOUNS | {""} and not target.node_type and not target.every
    )
    no_query = op.query is None or op.query.lower() in PRONOUNS
    return no_target and no_query and op.to_day is None and op.meal is None


def _is_request(piece: str, parsed: ParsedTurn) -> bool:
    """A piece that reads as its own request (a verb, a question), not a fragment of a name."""
    if parsed.intent is Intent.SHOW:
        return bool(re.match(r"^(?:show|what|list|view|display|see)\b", piece, re.IGNORECASE))
    return parsed.confidence >= 1.0 or parsed.intent is not Intent.MOVE
