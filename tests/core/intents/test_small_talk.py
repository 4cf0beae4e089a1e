"""Messages that ask for nothing: thanks, praise and laughter in the traveler's own words."""

from __future__ import annotations

import pytest

from core.intents.model import Intent, Topic
from core.intents.parse import parse
from core.intents.small_talk import small_talk


@pytest.mark.parametrize(
    "said",
    [
        # English, regional and mixed
        "cheers mate, legend",
        "ta very much, sorted 👌",
        "merci beaucoup, you're brilliant",
        "danke!! this looks amazing",
        "wow ok this is so good haha",
        "lmao you're the best",
        "arigato, superb work",
        "nice one bro, much appreciated",
        "dhanyavad ji, very helpful",
        # Spanish, several regions
        "uff qué bacano quedó, mil gracias parce",
        "jajajaja sos un capo, gracias che",
        "graciaaas, está buenísimo",
        "órale qué chido, gracias compa",
        "qué maravilla, te pasaste, muchas gracias",
        "muy amable, gracias!",
        "jsjsjs eres lo máximo",
        # Portuguese, Brazil and Portugal
        "kkkk show de bola, valeu demais",
        "brigadão, ficou top demais",
        "obrigadíssima, és uma querida",
        "que massa, valeu mesmo cara",
        "rsrs adorei, obg",
        "muito obrigado pela paciência",
        "perfeito, vlw!!",
    ],
)
def test_thanks_and_praise_in_many_words_are_small_talk(said: str) -> None:
    assert small_talk(said) is Topic.THANKS


@pytest.mark.parametrize(
    ("said", "topic"),
    [
        ("bom dia, tudo bem?", Topic.GREETING),
        ("buenas buenas", Topic.GREETING),
        ("ok thanks, talk tomorrow", Topic.THANKS),
        ("hasta mañana!", Topic.BYE),
        ("boa noite pessoal", Topic.BYE),
    ],
)
def test_greetings_and_goodbyes_made_of_day_words(said: str, topic: Topic) -> None:
    assert small_talk(said) is topic


@pytest.mark.parametrize(
    "said",
    [
        "thanks, now add a museum",
        "gracias! y para el día 3?",
        "valeu, tira o jantar",
        "perfect, remove the castle",
        "thanks, 2 please",
        "muito bom, mas e amanhã?",
        "great, what about lunch",
        "genial, quita el museo",
        "gracias, cuánto cuesta?",
        "ok",  # nothing thanked, nothing praised
        "the zoo and the aquarium and the bridge",
        "gracias pero el hotel queda lejísimos del centro histórico colonial",
    ],
)
def test_a_message_that_asks_for_something_is_not_small_talk(said: str) -> None:
    assert small_talk(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "muchas gracias crack, me salvaste",
        "valeu mano, tamo junto",
        "thank u sm, ur a star",
    ],
)
def test_parse_reads_small_talk_when_no_rule_asks(said: str) -> None:
    assert parse(said).first.intent is Intent.SOCIAL


def test_thanks_before_a_request_stays_the_request() -> None:
    assert parse("muchas gracias, ahora agrega un museo el día 2").first.intent is Intent.ADD
