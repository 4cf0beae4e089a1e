"""Filling the trip's open meal slots, in three languages.

"fill the lunch gap on day 2", "llena las comidas que me faltan", "o dia 2 ta sem almoço e sem
jantar, resolve ai".

A message asks for this when it names a meal (or meals) and either says to fill it or says it
is empty. Which slots are open is the trip's to say (core.operations turns the request into one
add per open slot), so the parse only keeps the day, the meal (None: every meal) and the wish.
"""

from __future__ import annotations

import re

from core.intents.model import Intent, Meal, ParsedTurn
from core.intents.slots import find_days
from core.text import fold

_FILL = re.compile(
    r"\b(?:fill(?:\s+(?:in|up|out))?|sort(?:\s+out)?|complet\w*|llen\w*|rellen\w*|preench\w*|"
    r"resolv\w*|cubr\w*|escolh\w*|elig\w*|recomi?end\w*|suger\w*|sugier\w*|suggest\w*|indic\w*|"
    r"pick|choose|arruma\w*|organiza\w*)\b"
)
_EMPTY = re.compile(
    r"\b(?:gaps?|holes?|empty|missing|blank|unplanned|huecos?|vaci\w*|vazi\w*|"
    r"faltan?|faltando|falta|libres?|sin\s+(?:nada|plan)|sem\s+nada|nada\s+marcado|"
    r"(?:sin|sem|no)\s+(?:o\s+|el\s+)?(?:lunch|dinner|breakfast|almuerzo|cena|desayuno|almoco|"
    r"jantar|cafe\s+da\s+manha)|slots?|em\s+aberto|en\s+abierto|pendientes?|pendentes?|"
    r"(?:sin|sem|por|a)\s+definir|(?:still|left)\s+open)\b"
)
_MEALS: tuple[tuple[re.Pattern[str], Meal | None], ...] = (
    (
        re.compile(
            r"\b(?:meals?|comidas|refeic\w*|food\s+slots?|(?:huecos?|espacios?|horarios?|gaps?)\s+"
            r"(?:de|para|for)\s+(?:comida|comer|food))\b"
        ),
        None,
    ),
    (
        re.compile(r"\b(?:breakfast|brekkie|brunch|desayunos?|cafe\s+da\s+manha|pequeno\s+almoco)\b"),
        Meal.BREAKFAST,
    ),
    (re.compile(r"\b(?:lunch(?:es)?|almuerzos?|(?<!pequeno\s)almoc\w*|comida)\b"), Meal.LUNCH),
    (re.compile(r"\b(?:dinners?|suppers?|cenas?|jantar\w*|janta)\b"), Meal.DINNER),
)  # fmt: skip
_WISH = re.compile(
    r"\b(?:with|w|con|com)\s+(?:(?:something|some|algo|alguma?\s+coisa|un\s+lugar|um\s+lugar)\s+)?"
    r"(?P<wish>[a-z ]+?)"
    r"(?:\s+(?:please|pls|porfa|pf|pfv))?$"
)
_DAY_NUMBER = re.compile(r"\b(?:day|dia)\s*(\d{1,2})\b")
# An edit of a named place ("replace dinner with sushi zen") is not a fill.
_OTHER_EDIT = re.compile(
    r"\b(?:replace|remove|move|swap|delete|cancel|instead|add|book|plan|reserv\w*|agreg\w*|"
    r"adicion\w*|anad\w*|sum\w*|quit\w*|tira\w*|borr\w*|drop|scrap|ditch|skip|mueve|muevan|"
    r"pasa|passa|muda|elimin\w*|saca\w*|apag\w*)\b"
)


_MEAL_WORD = (
    r"(?:breakfast|brekkie|brunch|desayunos?|cafe\s+da\s+manha|pequeno\s+almoco|lunch|"
    r"almuerzos?|almoc\w*|comida|dinner|supper|cenas?|jantar\w*|janta)"
)
# "… with a yemeni place and dinner with seafood": the next meal and its own wish.
_NEXT_MEAL = re.compile(
    rf"\s*(?:,|\band\b|\by\b|\be\b)\s+(?:(?:the|el|la|o|a)\s+)?(?={_MEAL_WORD}\b.*?"
    r"\b(?:with|con|com)\s)"
)


def fill_meals_turns(body: str) -> list[ParsedTurn]:
    """The fills a message asks for: one per meal when each meal is said with its own wish.

    "fill lunch on day 2 with a yemeni place and dinner with seafood" is two fills on day 2;
    "fill lunch and dinner with seafood" is one.
    """
    first = fill_meals_turn(body)
    if first is None:
        return []
    folded = fold(body)
    parts = _NEXT_MEAL.split(folded)
    if len(parts) < 2:
        return [first]
    fills: list[ParsedTurn] = []
    for part in parts:
        meals = [meal for pattern, meal in _MEALS if pattern.search(part) and meal is not None]
        wish = _WISH.search(part)
        if len(meals) != 1 or wish is None:
            return [first]
        fills.append(
            first.model_copy(update={"meal": meals[0], "query": wish.group("wish").strip()})
        )
    return fills


def fill_meals_turn(body: str) -> ParsedTurn | None:
    """The open meal slots to fill, or None when the message asks something else."""
    folded = fold(body)
    meals = [meal for pattern, meal in _MEALS if pattern.search(folded)]
    if not meals or _OTHER_EDIT.search(folded):
        return None
    fill, empty = _FILL.search(folded), _EMPTY.search(folded)
    plural = any(meal is None for meal in meals)
    if not ((fill and (empty or plural or _said_fill_in(folded))) or (empty and (fill or plural))):
        return None
    named = {meal for meal in meals if meal is not None}
    days = find_days(body)
    day = int(days[0].value) if days else None
    if day is None and (number := _DAY_NUMBER.search(folded)):
        day = int(number.group(1))
    wish = _WISH.search(folded)
    return ParsedTurn(
        intent=Intent.FILL_MEALS,
        meal=named.pop() if len(named) == 1 and not plural else None,
        day=day,
        query=wish.group("wish").strip() if wish else None,
    )


def _said_fill_in(folded: str) -> bool:
    """'fill in dinner', 'preenche o almoço', 'llena la cena': no word for empty needed."""
    return bool(re.search(r"\b(?:fill|preench\w*|llen[ae]\w*|rellen[ae]\w*)\b", folded))


# "dinner on monday is still empty", "o jantar ainda tá vazio": how a slot is, no search words.
_SAID_EMPTY = re.compile(
    r"\b(?:(?:is|are|s|esta|sigue|segue|ta|fica|queda|continua)\s+"
    r"(?:still\s+|todavia\s+|aun\s+|ainda\s+)?|(?:still|todavia|aun|ainda)\s+)"
    r"(?:empty|free|blank|unplanned|open|vaci[oa]s?|vazi[oa]s?|libres?|livres?|sin\s+nada|"
    r"sem\s+nada|en\s+blanco|em\s+branco)\b"
    # "a janta do dia 2 tá em branco": the rewrites leave the state word alone
    r"|^(?:em\s+|en\s+)?(?:vazi[oa]s?|vaci[oa]s?|branco|blanco|sem\s+nada|sin\s+nada)$"
)


def empty_slot_said(ops: list[ParsedTurn]) -> list[ParsedTurn]:
    """An add for a meal said to be empty, then what to put there: one add for that meal.

    "dinner on monday is still empty - a rooftop place with a view?", "o jantar de segunda
    ainda tá vazio, algum lugar com vista?": the remark is no search phrase, and the place
    asked for next is for that meal and day.
    """
    out: list[ParsedTurn] = []
    emptied = False  # the add before said its meal is empty
    for said in ops:
        op = said
        if op.intent is Intent.ADD and op.query and _SAID_EMPTY.search(fold(op.query)):
            kept = " ".join(_SAID_EMPTY.sub(" ", fold(op.query)).split())
            op = op.model_copy(update={"query": kept or None})
            if op.meal is not None and not kept:
                out.append(op)
                emptied = True
                continue
        before = out[-1] if out and emptied else None
        emptied = False
        if (
            before is not None
            and op.intent is Intent.ADD
            and op.meal is None
            and op.query
            and (op.day, op.day_ref) in {(before.day, before.day_ref), (None, None)}
        ):
            out[-1] = op.model_copy(
                update={"meal": before.meal, "day": before.day, "day_ref": before.day_ref}
            )
            continue
        out.append(op)
    return out
