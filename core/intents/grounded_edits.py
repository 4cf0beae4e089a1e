"""The rules' reading of a message checked against the stops of the trip it is about.

Travelers point at a stop of their trip by what it is, by part of its name, in another
language or by its place in a day ("the bridge", "o cemitério" for Greyfriars Kirkyard, "el
mercado viejo", "the restaurant on day 3", "the last thing on day 3"), and put the verb
anywhere, often last or as a pronoun ("o bar do pôr do sol no primeiro dia, pode tirar", "the
restaurant on day 3 - push it to 8pm", "hoy ya no vamos al museo", "a visita ao Museo Botero
pode ser às quatro e meia"). The phrasing rules then read an add of a stop the trip already
has, a target made of the remark around the name, or the meal instead of the restaurant named
with it. When a clause names one stop of the trip and its other words ask to remove it or to
change its day or time, that is the request. Nothing is guessed when the stop is unclear (two
museums, no name): the rules' reading stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.domain.itinerary import Day, Node
from core.domain.targeting import find_targets, named_within
from core.intents import edit_words
from core.intents.grounded import _NOT, Stop, grounded_turn, named_stop, stops_of
from core.intents.model import LAST_DAY, Intent, ParsedMessage, ParsedTurn, Target
from core.intents.parse import grammar_of
from core.intents.slots import find_days, find_times
from core.text import fold

_POINTED_AT = frozenset({Intent.REMOVE, Intent.MOVE, Intent.RETIME})
# Where one request of a message ends and the next begins ("…al museo, y mañana agrega…").
_CLAUSES = re.compile(r"\s*(?:[,;!?]|\.(?:\s|$)|\s-\s)\s*|\s+(?:and|y|e|then|luego|depois)\s+")


def regrounded(
    message: ParsedMessage, text: str, language: str | None, days: Sequence[Day]
) -> ParsedMessage:
    """The message's requests, each about the stop of the trip its clause names."""
    if all(op.intent is Intent.UNKNOWN and not op.again for op in message.ops):
        read = grounded_turn(text, grammar_of(text, language), stops_of(days))
        return message if read is None else message.model_copy(update={"ops": (read,)})
    ops = _merged(message.ops, text, list(days))
    if not all(op.intent in _EDITS for op in ops):
        return message
    clauses = [text] if len(ops) == 1 else _clauses(text)
    saids = [_said(op) for op in ops]
    reread = tuple(
        _reread(op, _clause_of(i, saids, clauses, stops_of(days)), language, list(days))
        for i, op in enumerate(ops)
    )
    return message if reread == message.ops else message.model_copy(update={"ops": reread})


_EDITS = frozenset(
    {Intent.ADD, Intent.REMOVE, Intent.MOVE, Intent.RETIME, Intent.REPLACE, Intent.SHOW}
)


def _merged(ops: tuple[ParsedTurn, ...], text: str, days: list[Day]) -> tuple[ParsedTurn, ...]:
    """A stop of the trip, then a verb with no object: one request ("X, pode tirar")."""
    if len(ops) != 2 or edit_words.ADD.search(fold(text)):
        return ops
    if not ops[0].query or named_stop(ops[0].query, stops_of(days)) is None:
        return ops
    said, verb = ops
    empty = verb.target is None or not (verb.target.text or verb.target.node_id)
    pointing = fold(verb.target.text or "").split()[:1] == ["it"] if verb.target else False
    empty = empty or pointing  # "…, make it later, 9pm"
    if said.intent is not Intent.ADD or not said.query or verb.intent not in _POINTED_AT:
        return ops
    if not empty:
        return ops
    target = Target(text=said.query)
    return (verb.model_copy(update={"target": target, "day": verb.day or said.day}),)


def _clauses(text: str) -> list[str]:
    return [part for part in _CLAUSES.split(text) if part and part.strip()]


def _said(op: ParsedTurn) -> str:
    """The words a request names its place with."""
    if op.intent is Intent.ADD or op.target is None:
        return op.query or ""
    return op.target.text or op.query or ""


def _reread(op: ParsedTurn, clause: str, language: str | None, days: list[Day]) -> ParsedTurn:
    day = _day_of(op, days)
    said_at = op.target.text or "" if op.target is not None else ""
    if day is not None and (at := _at_position(said_at, days, day, whole=True)) is not None:
        return op.model_copy(update={"target": Target(node_id=at.node_id)})  # "a última coisa"
    if op.target is not None and (op.target.every or op.target.node_type or op.target.node_id):
        return op  # "clear day 5", "all the museums": no one stop to find
    said = _said(op) or None
    grammar = grammar_of(clause, language)
    folded = f"{fold(clause)} {fold(grammar)}"
    if op.intent is Intent.SHOW:
        return _shown(op, clause, grammar, folded, days)
    stop = _stop(said, clause, grammar, op, days)
    if op.intent is Intent.ADD:
        if (
            stop is None
            or edit_words.ADD.search(fold(clause))
            or _indefinite(clause, language, days)
        ):
            return op
        asked = _request(stop, folded, grammar, days)
        if asked is None:
            return op
        return asked.model_copy(
            update={"time_said_bare": op.time_said_bare and asked.time == op.time}
        )
    target = op.target or Target()
    if op.intent is Intent.REPLACE:
        return _replaced(op, target, said or clause, days)
    if edit_words.REMOVE.match(fold(target.text or "")) and op.intent is not Intent.REMOVE:
        # "amanhã tira o Marine Drive": the verb was read inside the target
        pointed = Target(node_id=stop.node_id) if stop is not None else target
        update = {"intent": Intent.REMOVE, "target": pointed, "to_day_ref": None, "to_day": None}
        return op.model_copy(update=update)
    found = _resolved(days, target, day)
    if found and all(node.place_id is not None for node in found):
        if len(found) == 1:
            # "o jantar na Taberna X às 21h": the restaurant, whatever the meal's slot
            op = op.model_copy(update={"target": Target(node_id=found[0].id), "meal": None})
        return _retimed(op, found, grammar)
    if found and not (op.meal or target.meal):
        return op  # a stop without a place, found by its own words
    if found:
        # "la cena en el Haveli Rooftop…": the restaurant named beats the meal's slot
        stop = named_stop(said or clause, stops_of(days), kinds=False)
    if stop is None:
        if not found and edit_words.POINTED.search(fold(grammar)) and not _within(days, said):
            return op.model_copy(update={"target": Target(text="it")})  # "uff…, bórralo"
        return op
    about = op.model_copy(update={"target": Target(node_id=stop.node_id), "meal": None})
    return _retimed(about, _nodes(days, stop.node_id), grammar)


def _shown(op: ParsedTurn, clause: str, grammar: str, folded: str, days: list[Day]) -> ParsedTurn:
    """A stop of another day "seen" there instead ("let's see X on day 4 instead"): moved."""
    named = named_stop(clause, stops_of(days), grammar, kinds=False)
    if named is None or op.day is None or named.day == op.day:
        return op
    if not edit_words.CHANGE.search(folded):
        return op
    return ParsedTurn(intent=Intent.MOVE, target=Target(node_id=named.node_id), to_day=op.day)


def _indefinite(clause: str, language: str | None, days: list[Day]) -> bool:
    """A new place of a kind ("a bar on day 5 instead"), not the one the trip has."""
    if named_stop(clause, stops_of(days), kinds=False) is not None:
        return False  # named by its own words
    folded = edit_words.OTHER_TIME.sub(
        " ", fold(clause)
    )  # "fica pra outro dia": a day, not a place
    return bool(edit_words.INDEFINITE.search(folded)) or (
        language in {None, "en"} and re.search(r"\ba\b", folded) is not None
    )


def _clause_of(index: int, saids: list[str], clauses: list[str], stops: list[Stop]) -> str:
    """The clause request `index` names its place in, and the clauses after it of no other.

    "…al cemitério, tira ele por favor": the verb's clause belongs to the stop's.
    """
    if len(clauses) == 1:
        return clauses[0]
    words = _words(saids[index])
    others = {w for i, said in enumerate(saids) if i != index for w in _words(said)} - words
    scores = [len(words & _words(part)) for part in clauses]
    best = max(range(len(clauses)), key=lambda i: scores[i])
    joined = [clauses[best]]
    for part in clauses[best + 1 :]:
        if (
            others & _words(part)
            or edit_words.ADD.search(fold(part))
            or named_stop(part, stops, kinds=False)
        ):
            break
        joined.append(part)
    return ", ".join(joined)


def _words(text: str) -> set[str]:
    return {w for w in fold(text).split() if len(w) >= 3}


def _day_of(op: ParsedTurn, days: list[Day]) -> int | None:
    if op.day == LAST_DAY:
        return days[-1].day if days else None
    return op.day if op.day and op.day > 0 else None


def _stop(
    said: str | None, clause: str, grammar: str, op: ParsedTurn, days: list[Day]
) -> Stop | None:
    """The one stop the request's words, else its clause, name; on the day said if need be."""
    stops = stops_of(days)
    for words in (said, clause):
        if words and (stop := named_stop(words, stops, grammar if words == clause else "")):
            return stop
    said_days = [_day_of(op, days)] + [_day(int(d.value), days) for d in find_days(grammar)]
    for day in dict.fromkeys(d for d in said_days if d is not None):
        if (at := _at_position(clause, days, day)) is not None:
            return at
        if stop := named_stop(clause, stops_of(days, day), grammar):
            return stop
    return None


def _day(value: int, days: list[Day]) -> int | None:
    return (days[-1].day if days else None) if value == LAST_DAY else value


def _at_position(clause: str, days: list[Day], day: int, *, whole: bool = False) -> Stop | None:
    """The stop said by its place in the day ("the last thing on day 3").

    With `whole`, only when the words say nothing else ("última coisa", not "first museum").
    """
    said = edit_words.ARTICLE.sub("", fold(clause))
    match = edit_words.POSITION.fullmatch(said) if whole else edit_words.POSITION.search(said)
    nodes = [n for d in days if d.day == day for n in d.nodes]
    if match is None or not nodes:
        return None
    ordered = sorted(nodes, key=lambda n: n.time or "99:99")
    index = {"first": 0, "second": 1, "third": 2, "last": -1}[match.lastgroup or "last"]
    if index >= len(ordered):
        return None
    node = ordered[index]
    return Stop(node.id, day, node.title)


def _request(stop: Stop, folded: str, grammar: str, days: list[Day]) -> ParsedTurn | None:
    """What a clause's other words ask of a stop it names: remove it, or change its day or time."""
    target = Target(node_id=stop.node_id)
    if _NOT.search(folded):
        return None  # "don't drop the castle"
    if edit_words.REMOVE.search(folded) or edit_words.GIVEN_UP.search(folded):
        return ParsedTurn(intent=Intent.REMOVE, target=target, confidence=0.7)
    if not edit_words.CHANGE.search(folded):
        return None
    other = [d for d in (_day(int(f.value), days) for f in find_days(grammar)) if d != stop.day]
    times = _times(grammar, _nodes(days, stop.node_id))
    if other and other[-1] is not None:
        time = times[-1] if times else None
        return ParsedTurn(intent=Intent.MOVE, target=target, to_day=other[-1], time=time)
    if times:
        return ParsedTurn(intent=Intent.RETIME, target=target, time=times[-1], confidence=0.7)
    return None


def _replaced(op: ParsedTurn, target: Target, said: str, days: list[Day]) -> ParsedTurn:
    """A replacement that names no new place but a time: the stop's new time.

    "a visita ao Museo Botero pode ser às 16h30", "o almoço no Annapoorna pode ser 12h30".
    """
    if op.time is None:
        return op
    stops = stops_of(days)
    if op.query:
        about = named_stop(op.query, stops, kinds=False)
        found = _resolved(days, target, None)
        if about is None or any(node.id != about.node_id for node in found):
            return op  # a new place in its stead, or a stop of the trip in another's
    else:
        about = named_stop(said, stops, kinds=False)
    if about is None:
        return op
    update = {"intent": Intent.RETIME, "target": Target(node_id=about.node_id), "query": None}
    return op.model_copy(update={**update, "meal": None})


def _retimed(op: ParsedTurn, found: list[Node], grammar: str) -> ParsedTurn:
    """A new time that is the one the stop has already: the other time said is meant.

    "o Vindaloo às 20h e não 19h30" read as 19:30 when the Vindaloo is at 19:30.
    """
    if op.intent is not Intent.RETIME or op.time is None or len(found) != 1:
        return op
    if found[0].time != op.time:
        return op
    others = _times(grammar, found)
    return op.model_copy(update={"time": others[-1]}) if others else op


def _times(grammar: str, nodes: list[Node]) -> list[str]:
    """The clock times said, but the one the stop already has."""
    has = {node.time for node in nodes}
    return [str(f.value) for f in find_times(grammar) if str(f.value) not in has]


def _nodes(days: list[Day], node_id: str) -> list[Node]:
    return [node for d in days for node in d.nodes if node.id == node_id]


def _resolved(days: list[Day], target: Target, day: int | None) -> list[Node]:
    """The nodes the rules' target finds by its own words (none for a remark or a kind)."""
    if not (target.text or target.node_id or target.meal or target.time):
        return []
    return [item.node for item in find_targets(days, target, day)]


def _within(days: list[Day], said: str | None) -> bool:
    """Whether a stop's whole name stands in the words ("ya no nos gusta el Museo del Oro")."""
    return bool(said) and bool(named_within(days, said or "", None))
