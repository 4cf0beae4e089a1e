"""The open question is the context of the next message: a loose reply read as its answer.

"¿Para qué día?" → "pal jueves"; "For how many people?" → "4 of us"; "What would you like to
book?" → "en La Cevichería Caribe, somos 2". Every question that holds a turn back (a
follow-up with a `turn`) says which slot it wants; a reply that is not one of its options is
read for that slot (core.intents.answer_words), and for any other slot it gives ("el jueves a
las 8"), before it is read as a new request. The held turn, filled, then runs again, so the
agent asks for whatever is still missing with what it now knows.
"""

from __future__ import annotations

from dataclasses import replace

from core.agents.base import AgentResult, TurnContext, error
from core.follow_ups import (
    ApplyChange,
    AskFill,
    BookingCreate,
    BookingNode,
    BookingParty,
    EditorFillDay,
    FollowUp,
    FollowUpError,
    TripFill,
    parse_follow_up,
)
from core.intents.answer_words import Answer, party_answer, read_answer
from core.intents.model import Intent, ParsedMessage, ParsedTurn, Target
from core.messages import msg
from core.services.conversation_state import OPEN, Prompt

AT_VERSION = "atVersion"  # prompt envelope: the trip's version when the question was asked

# Intents a reply may be read as and still be an answer: nothing, or a bare noun phrase the
# rules took for an add ("un templo zen, el día 3", "the friday").
_SOFT = frozenset({Intent.UNKNOWN, Intent.ADD})
# What a named place brings along when it answers "what would you like to add?".
_PLACE_SLOTS = ("query", "meal", "preferences", "day", "day_ref", "time", "part_of_day")


def held_question(follow_up: FollowUp) -> tuple[ParsedTurn, str] | None:
    """The turn a question holds back and the slot it asks for ("" for a confirmation)."""
    match follow_up:
        case EditorFillDay():
            return follow_up.turn, "day"
        case TripFill():
            return follow_up.turn, follow_up.slot
        case BookingParty():
            return follow_up.turn, "party"
        case BookingCreate():
            return follow_up.turn, ""
        case AskFill():
            return follow_up.turn, follow_up.slot
    return None


def subject_of(follow_up: FollowUp) -> str | None:
    """The one itinerary item a question is about ("Move Nijo Castle to day 1?"), if any."""
    if isinstance(follow_up, ApplyChange):
        said = (getattr(op, "node_id", None) for op in follow_up.changeset.ops)
        nodes = {node for node in said if isinstance(node, str)}
        return nodes.pop() if len(nodes) == 1 else None
    if isinstance(follow_up, BookingNode):
        return None  # several items: which one is the question
    held = held_question(follow_up)
    target = held[0].target if held is not None else None
    return target.node_id if target is not None else None


def _is_own_request(message: ParsedMessage) -> bool:
    """A reply that asks for something itself ("add sushi on day 2") is no answer."""
    first = message.first
    if len(message.ops) == 1 and _about_it(first):
        return False  # "mejor el sábado", "melhor às 16h" while a question is open: its answer
    return len(message.ops) > 1 or first.intent not in _SOFT or first.confidence >= 1.0


def _about_it(turn: ParsedTurn) -> bool:
    """A move or retime of "it" / "that" (core.intents.follow_ups): about the thing asked of."""
    said = (turn.target.text or "").casefold() if turn.target is not None else ""
    return turn.intent in {Intent.MOVE, Intent.RETIME} and said in {"it", "that"}


def _with_slots(turn: ParsedTurn, said: Answer, slot: str) -> ParsedTurn:
    """`turn` with the day, time, part of the day and party the reply gave (newest wins)."""
    update: dict[str, object] = {}
    to_day = slot == "to_day" or (turn.intent is Intent.MOVE and slot != "day")
    if said.day is not None:
        update.update({"to_day": said.day, "to_day_ref": None} if to_day else {"day": said.day})
        if not to_day:
            update["day_ref"] = None
    elif said.day_ref is not None:
        key = "to_day" if to_day else "day"
        update.update({key: None, f"{key}_ref": said.day_ref})
    if said.time is not None:
        update["time"] = said.time
    if said.part_of_day is not None:
        update["part_of_day"] = said.part_of_day
    if said.party_size is not None:
        update["party_size"] = said.party_size
    return turn.model_copy(update=update) if update else turn


def _asked_slot_given(turn: ParsedTurn, said: Answer, slot: str) -> bool:
    if slot in {"day", "to_day"}:
        return said.day is not None or said.day_ref is not None
    if slot == "party":
        return said.party_size is not None
    return False


def _named(turn: ParsedTurn, said: Answer, reply: ParsedTurn, slot: str) -> ParsedTurn | None:
    """The held turn with the thing the reply names ("un templo zen", "La Cevichería")."""
    if slot == "query":
        if reply.intent is Intent.ADD and reply.query:
            said_too = {name: getattr(reply, name) for name in _PLACE_SLOTS}
            return turn.model_copy(update={k: v for k, v in said_too.items() if v is not None})
        return turn.model_copy(update={"query": said.rest}) if said.rest else None
    if slot == "target" and said.rest:
        return turn.model_copy(update={"target": Target(text=said.rest)})
    return None


def answered_turn(follow_up: FollowUp, text: str, message: ParsedMessage) -> ParsedTurn | None:
    """The held turn completed by `text`, or None when the text does not answer the question."""
    held = held_question(follow_up)
    if held is None:
        return None
    turn, slot = held
    said = read_answer(text, message.language)
    if slot == "party":
        said = party_answer(text, said, message.language)  # "pra 2 às 8 da noite"
    if slot in {"day", "to_day"} and said.number is not None and said.day is None and (
        said.day_ref is None  # "the 10th": a date, not day 10
    ):
        # "pro 3" when asked which day (or "a day or a time"): the day, not three o'clock
        said = replace(said, day=said.number, day_ref=None, time=None, rest="")
    only_a_day = message.first.intent is Intent.SHOW and not said.rest and len(message.ops) == 1
    if _is_own_request(message) and not (slot in {"day", "to_day"} and only_a_day):
        return None  # "dia 3" asked where to: the day, not "show me day 3"
    filled = _with_slots(turn, said, slot)
    if slot in {"query", "target"}:
        named = _named(filled, said, message.first, slot)
        if named is not None:
            return named
    elif _asked_slot_given(turn, said, slot) and (
        not said.rest or message.first.intent is Intent.UNKNOWN
    ):
        return filled
    # Not what was asked, but more of the request ("1pm" when asked how many): keep it and ask
    # again with what is now known.
    return filled if said.gives_slots and not said.rest else None


def names_a_weekday(prompt: Prompt, text: str, message: ParsedMessage) -> bool:
    """Whether a reply to "which day?" names a day of the week ("sexta", "qui", "el jueves").

    Portuguese and Spanish weekdays are ordinals too ("sexta" is also "sixth"): said to a
    question that asks for a day, they name the weekday, never the sixth option.
    """
    try:
        held = held_question(parse_follow_up(prompt.payload))
    except FollowUpError:
        return False
    if held is None or held[1] not in {"day", "to_day"}:
        return False
    said = read_answer(text, message.language)
    return said.day is None and (said.day_ref or "").startswith("weekday:")


def typed_answer(prompt: Prompt, text: str, message: ParsedMessage) -> ParsedTurn | None:
    """The held-back turn `text` completes as an answer to `prompt` ("pal jueves"), if any."""
    try:
        follow_up = parse_follow_up(prompt.payload)
    except FollowUpError:
        return None
    return answered_turn(follow_up, text, message)


def focus_of(prompt: Prompt | None, version: int) -> str | None:
    """The item an open question is about, while the trip is at the `version` it was asked at.

    Once something changed since, that change is what "it" means (last touched item).
    """
    if prompt is None or prompt.status != OPEN or prompt.payload.get(AT_VERSION) != version:
        return None
    try:
        return subject_of(parse_follow_up(prompt.payload))
    except FollowUpError:
        return None


async def not_a_choice(follow_up: AskFill, index: int, ctx: TurnContext) -> AgentResult:
    """A question asked in words has no options to pick by number.

    Never reached: the orchestrator finds any index out of range first.
    """
    return error(msg("no_open_prompt"))
