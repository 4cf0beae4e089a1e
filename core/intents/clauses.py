"""A second reading of a message the grammar could not take whole: clause by clause.

Travelers wrap one request in chat: a question before it ("is there a bird sanctuary around? if
so stick it on our last day"), a reason after it ("take greyfriars out, my partner finds
graveyards creepy"), a request and a follow-up about "it" ("I want to see Holyrood palace, can
it go on thursday"). Each clause is read on its own; asides are dropped; what a clause says about
"it" (a day, a time) joins the request it belongs to, and a request about "it" takes the thing
another clause named.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from core.intents.day_words import find_when
from core.intents.lexicon import NOT_A_TOPIC
from core.intents.model import Intent, ParsedTurn, Target
from core.intents.slots import cut, find_days, find_times

Classify = Callable[[str, dt.date | None], ParsedTurn]

_CLAUSE_BREAK = re.compile(
    r"\s*(?:[,;!?]+|\s-+\s|\.{2,}|…|\.\s+|\s+(?:if\s+so|and\s+if\s+so)\b)\s*"
)
# Reasons, feelings and remarks around a request: they are context, not requests.
_ASIDE = re.compile(
    r"^(?:my|our|his|her|their|the\s+kids?|the\s+wife|the\s+husband|he|she|they|because|"
    r"cause|cuz|coz|since|as|lol|haha|hehe|money\s*s|money\s+is|it\s*s|its|it\s+is|that\s*s|"
    r"thats|i\s*m|im|we\s*re|were|i\s+think|we\s+think|i\s+guess|honestly|tbh|ngl|basically|"
    r"seriously|obviously|anyway|anyways|starving|so\s+hungry|just\s+saying|no\s+rush)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(?:it|that|this|them|that\s+one|this\s+one|there)\b", re.IGNORECASE)
_PRONOUN_ONLY = frozenset({"it", "that", "this", "them", "that one", "this one", "there", "one"})
_QUESTION_LEAD = re.compile(
    r"^(?:is|are)\s+there\s+(?:any|an?|some)?\s*|^(?:do|does)\s+(?:they|you|it)\s+have\s+"
    r"(?:any|an?|some)?\s*|^(?:any|know\s+(?:of\s+)?(?:any|an?))\s+",
    re.IGNORECASE,
)
_PLACE_TAIL = re.compile(
    r"\s+(?:around|nearby|near\s+(?:here|us|by)|close\s+by|in\s+(?:the\s+)?(?:area|town|city))\s*$",
    re.IGNORECASE,
)
# Words that open a clause without saying anything: "if so", "and", "then".
_LEAD = re.compile(
    r"^(?:(?:and\s+)?if\s+(?:so|yes|there\s+is(?:\s+one)?)|and|then|so|but|e|y|pero|entonces|"
    r"ent[aã]o|mas)\s+",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:we|i|you|they)\s+(?:could|can|might|should|would)\b.*$"
    r"|\s+(?:on|for)\s+(?:day\s*\d{1,2}|the\s+\w+\s+day|tomorrow|today|tonight)\b.*$",
    re.IGNORECASE,
)
# Clauses that carry no request of their own.
_NOT_REQUESTS = frozenset({Intent.UNKNOWN, Intent.SOCIAL})


@dataclass(frozen=True)
class _Clause:
    text: str
    op: ParsedTurn


def read_by_clauses(grammar: str, today: dt.date | None, classify: Classify) -> list[ParsedTurn]:
    """The requests found clause by clause; empty when no clause is a request on its own."""
    texts = [_LEAD.sub("", t.strip()) for t in _CLAUSE_BREAK.split(grammar) if t and t.strip()]
    if len(texts) < 2:
        return []
    clauses = [_Clause(text, classify(text, today)) for text in texts if not _ASIDE.match(text)]
    resolved: dict[int, ParsedTurn] = {}
    consumed: set[int] = set()
    for index, clause in enumerate(clauses):
        if clause.op.intent not in _NOT_REQUESTS and _is_pronoun_only(clause.op):
            topic = _topic_clause(clauses, index)
            if topic is not None:
                consumed.add(topic)
                resolved[index] = _about(clause.op, clauses[topic])
    notes = [c for c in clauses if c.op.intent is Intent.UNKNOWN]
    ops: list[ParsedTurn] = []
    for index, clause in enumerate(clauses):
        if index in resolved:
            ops.append(resolved[index])
        elif index not in consumed and clause.op.intent not in _NOT_REQUESTS:
            if _is_pronoun_only(clause.op):
                return []  # "it" with nothing to point at: the first reading stands
            ops.append(_with_followups(clause.op, notes))
    return ops


def _topic_clause(clauses: list[_Clause], index: int) -> int | None:
    """The clause that names what "it" is: a remark, a question, or a bare noun phrase."""
    order: list[int] = [*range(index - 1, -1, -1), *range(index + 1, len(clauses))]
    for other in order:
        op = clauses[other].op
        if op.intent is Intent.ADD and op.confidence < 1 and op.query:
            return other  # "the heritage house on day 1 - scrap it": a noun phrase, no verb
        if op.intent is Intent.UNKNOWN and _topic(clauses[other].text):
            return other
    return None


def _about(op: ParsedTurn, topic: _Clause) -> ParsedTurn:
    """The request about "it", with the thing (and its day) the topic clause named."""
    asked = _QUESTION_LEAD.match(topic.text) is not None  # "is there a good stepwell …?"
    named = topic.op.query if topic.op.intent is Intent.ADD and not asked else _topic(topic.text)
    update: dict[str, object] = {}
    if op.intent is Intent.MOVE and asked and op.to_day is not None:
        # "is there a night market around? if so put it on day 2": the thing asked about is
        # added; if the trip already has it, the editor offers to move it instead.
        return ParsedTurn(intent=Intent.ADD, query=named, day=op.to_day, time=op.time)
    if op.intent is Intent.ADD:
        update["query"] = named
    else:
        update["target"] = (op.target or Target()).model_copy(update={"text": named})
        if topic.op.day is not None and op.day is None:
            update["day"] = topic.op.day  # the day the thing is on
    if op.intent is Intent.ADD and named:
        named = re.sub(r"^(?:good|nice|great|decent)\s+", "", named, flags=re.IGNORECASE)
        update["query"] = named
    if op.intent is Intent.ADD:
        for key, value in _slots(topic.text).items():
            if getattr(op, key) is None:
                update.setdefault(key, value)
    return op.model_copy(update=update)


def _is_pronoun_only(op: ParsedTurn) -> bool:
    """A request about "it": its thing is named in another clause."""
    said = op.query if op.intent is Intent.ADD else (op.target.text if op.target else None)
    return (said or "").lower() in _PRONOUN_ONLY and not (op.target and op.target.every)


def _with_followups(op: ParsedTurn, others: list[_Clause]) -> ParsedTurn:
    """'…, can it go on thursday': the day or time said about "it" joins the request."""
    update: dict[str, object] = {}
    for clause in others:
        if not _PRONOUN.search(clause.text):
            continue
        slots = _slots(clause.text)
        for key, value in slots.items():
            if getattr(op, key) is None and key not in update:
                update[key] = value
    return op.model_copy(update=update) if update else op


def _topic(text: str) -> str | None:
    """The thing a question or remark names ('is there a bird sanctuary around')."""
    stripped = _QUESTION_LEAD.sub("", text)
    stripped = _RELATIVE.sub("", stripped)  # "a good stepwell we could see on day 3"
    stripped = _PLACE_TAIL.sub("", stripped).strip(" .?!")
    stripped = re.sub(r"^(?:a|an|the|some)\s+", "", stripped, flags=re.IGNORECASE)
    if (
        not stripped
        or _PRONOUN.fullmatch(stripped)
        or stripped.lower() in NOT_A_TOPIC
        or len(stripped.split()) > 6
        or only_when(stripped)
    ):
        return None
    return stripped


_WHEN_GLUE = re.compile(r"\b(?:at|on|in|for|the|to|by|around)\b", re.IGNORECASE)


def only_when(text: str) -> bool:
    """'at sunset', 'tomorrow at 8': when "it" happens, never what "it" is."""
    rest = find_when(text).text
    rest = cut(rest, [*find_days(rest), *find_times(rest)])
    return not _WHEN_GLUE.sub(" ", rest).strip(" ,.")


def _slots(text: str) -> dict[str, object]:
    """Days and times a follow-up clause names."""
    when = find_when(text)
    slots: dict[str, object] = {}
    if when.day_ref:
        slots["day_ref"] = when.day_ref
    if when.part_of_day:
        slots["part_of_day"] = when.part_of_day
    if days := find_days(text):
        slots["day"] = int(days[0].value)
    if times := find_times(text):
        slots["time"] = str(times[-1].value)
    return slots
