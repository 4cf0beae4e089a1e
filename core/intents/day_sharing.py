"""Which day the requests of one message are about, when some of them name none.

A request that names no day of its own is about the day of the request of its kind before it:
"remove X on day 3 and Y" (Y on day 3), "add X on Thursday morning and Y at sunset" (Y on
Thursday); or of the request just before it when "that same day" says so ("move X to day 4 and
add Y that same day"). A day said late reaches back only to requests of the same kind ("remove
X and Y on day 3"), and never to one that said a time of its own ("add X at 5pm and Y on
Thursday": X's day is not Thursday); "saca X y agrega Y el día 3" looks for X wherever it is.
Across kinds, the trip tells (core.earlier_day): "move X to Thursday and remove the beach" finds
the beach where it is; "move X to day 4 and add a bar" puts the bar on day 4.
"""

from __future__ import annotations

from core.intents.model import Intent, ParsedTurn

# Requests whose day, when unsaid, is the day of the request before them.
_SHARING = frozenset({Intent.ADD, Intent.REMOVE, Intent.BOOK})
# Requests about a meal share it too: a meal is only ever a meal of some day ("replace lunch on
# day 3 with X and dinner with Y").
_MEAL_SHARING = frozenset({Intent.REPLACE, Intent.RETIME})


def _shares(op: ParsedTurn) -> bool:
    meal = op.target is not None and op.target.meal is not None
    return op.intent in _SHARING or op.same_day or (op.intent in _MEAL_SHARING and meal)


def _has_day(op: ParsedTurn) -> bool:
    return op.day is not None or op.day_ref is not None


def day_said(op: ParsedTurn) -> tuple[int | None, str | None]:
    """The day a request ends up on: where a move goes, else the day it names."""
    if op.intent is Intent.MOVE and (op.to_day is not None or op.to_day_ref is not None):
        return op.to_day, op.to_day_ref
    return op.day, op.day_ref  # "move X on thursday": a move's only day is where it goes


def share_days(ops: list[ParsedTurn]) -> list[ParsedTurn]:
    """Each request with the day it is about, when an earlier (or later) request names it."""
    shared: list[ParsedTurn] = []
    for index, op in enumerate(ops):
        if _has_day(op) or not _shares(op):
            shared.append(op)
            continue
        source = _source([*shared, *ops[index:]], index, op)  # a day shared before counts
        if source is None:
            shared.append(op)
            continue
        day, day_ref = day_said(source)
        if day is None and day_ref is None:
            shared.append(op)  # "borra X y pon Y ese mismo día": the trip tells (operations)
            continue
        update: dict[str, object] = {"day": day, "day_ref": op.day_ref or day_ref}
        if op.intent is Intent.MOVE and op.to_day is None and op.to_day_ref is None:
            update = {"to_day": day, "to_day_ref": day_ref}  # "move Y there too"
        shared.append(op.model_copy(update=update))
    return shared


def _source(ops: list[ParsedTurn], index: int, op: ParsedTurn) -> ParsedTurn | None:
    """The request whose day `op` takes."""
    before = ops[:index]
    if op.same_day:
        return before[-1] if before else None
    # Across kinds the day is the trip's call (core.earlier_day): "mueve el castillo al día 4
    # y pon la Royal Mile a las 11" retimes the Royal Mile where it is.
    before = [o for o in before if o.intent is op.intent]
    dated = [o for o in before if any(day_said(o))]
    if dated:
        return dated[-1]
    if op.time is not None or op.part_of_day is not None:
        # "pon Y a las 5 de la tarde y agrega Z el jueves": a request that said when of its own
        # is its own clause; Z's Thursday stays Z's (the trip tells Y's day).
        return None
    after = [o for o in ops[index + 1 :] if o.intent is op.intent and _has_day(o)]
    return after[0] if after else None
