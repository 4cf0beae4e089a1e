"""What a traveler wants found, when the words around it are noise (core.intents.focus_words
through core.agents.search_ladder): the kind said anywhere in the phrase, never what they are
tired of, every dish of a list, and names joined by "&", "and", "e", "y"."""

from __future__ import annotations

import pytest

from bots.container import Services
from core.protocol import AgentResponse, CardsData
from tests.core.agents.test_unmet_wish import _say
from tests.core.test_orchestrator_languages import _chat

# Hadibo (the demo trip): five sushi bars; Yemeni kitchens; seafood grills with lobster.
NOISY: list[tuple[str, str, str, str]] = [
    ("en", "sushi for dinner on day 2 the kids cant take more yemeni food lol", "sushi", "yemeni"),
    ("en", "day 3 lunch, curry since we are sick of seafood", "curry", "seafood"),
    ("es", "el día 2 sushi pa la cena que los niños ya no aguantan más mandi jaja", "sushi",
     "mandi"),
    ("es", "pa almorzar el día 3 algo de curry, estamos hartos de mariscos", "curry", "seafood"),
    ("pt", "no dia 2 sushi pro jantar que as crianças não aguentam mais mandi kkk", "sushi",
     "mandi"),
    ("pt", "almoço do dia 3 com curry que a gente ta enjoado de frutos do mar", "curry",
     "seafood"),
]  # fmt: skip


def _names_and_tags(answer: AgentResponse) -> list[str]:
    """Each place offered or added, as its name and tags (lower case)."""
    if isinstance(answer.data, CardsData):
        return [" ".join([c.name, *c.keywords, *c.cuisine]).lower() for c in answer.data.candidates]
    return [answer.message.lower()]


@pytest.mark.parametrize(("locale", "text", "wanted", "avoided"), NOISY, ids=[n[1] for n in NOISY])
async def test_the_kind_said_among_chat_is_found_and_what_to_avoid_is_not(
    services: Services, locale: str, text: str, wanted: str, avoided: str
) -> None:
    chat = await _chat(services, locale)
    answer = await (_say(chat, text) if locale == "en" else chat.say(text))
    assert answer.type.value in {"NEEDS_SELECTION", "COMPLETE", "NEEDS_CONFIRMATION"}, answer
    places = _names_and_tags(answer)
    assert not any(avoided in place for place in places), places
    if isinstance(answer.data, CardsData):
        assert all(wanted in place for place in places), places


LISTS: list[tuple[str, str]] = [
    ("en", "dinner options on day 2: sushi, curry, seafood?"),
    ("es", "pa la cena del día 2 qué opciones de sushi, curry o mariscos hay?"),
    ("pt", "pro jantar do dia 2 quais opções de sushi, curry, seafood?"),
]


@pytest.mark.parametrize(("locale", "text"), LISTS, ids=[n[1] for n in LISTS])
async def test_a_list_of_dishes_offers_each_of_them(
    services: Services, locale: str, text: str
) -> None:
    chat = await _chat(services, locale)
    answer = await (_say(chat, text) if locale == "en" else chat.say(text))
    places = _names_and_tags(answer)
    for dish in ("sushi", "curry", "seafood"):
        assert any(dish in place for place in places), (dish, places)
    assert all(any(d in p for d in ("sushi", "curry", "seafood")) for p in places), places
