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


@pytest.mark.parametrize(
    ("said", "topic"),
    [
        # greetings and how-are-you, as typed
        ("howzit! hope ur well", Topic.GREETING),
        ("hope youre doing well!", Topic.GREETING),
        ("hey, how r u?", Topic.GREETING),
        ("yo whats up", Topic.GREETING),
        ("g'day", Topic.GREETING),
        ("wagwan", Topic.GREETING),
        ("hiii there", Topic.GREETING),
        ("holaaaa", Topic.GREETING),
        ("qué onda güey", Topic.GREETING),
        ("buenas, todo bien?", Topic.GREETING),
        ("que tal, como estas?", Topic.GREETING),
        ("wena wena, como estai?", Topic.GREETING),
        ("bom diaaa, tudo bem contigo?", Topic.GREETING),
        ("e aí, beleza?", Topic.GREETING),
        ("oi gente, td bem?", Topic.GREETING),
        ("olá, como vai?", Topic.GREETING),
        ("👋", Topic.GREETING),
        # laughter, praise, thanks, elongated
        ("ahahah és mesmo fixe, pá", Topic.THANKS),
        ("kkkkkk", Topic.THANKS),
        ("hahahaha", Topic.THANKS),
        ("jajajaja", Topic.THANKS),
        ("thxxx", Topic.THANKS),
        ("😂😂", Topic.THANKS),
        ("🙏", Topic.THANKS),
        ("isso é bué da fixe", Topic.THANKS),
    ],
)
def test_greetings_wellbeing_and_laughter_in_many_words(said: str, topic: Topic) -> None:
    assert small_talk(said) is topic


@pytest.mark.parametrize(
    "said",
    [
        "que tal el museo del oro?",
        "como esta el clima?",
        "hola, agrega un museo",
        "oi, tudo bem? tira o jantar do dia 2",
        "hey how are you, can you add a bar on day 3",
    ],
)
def test_a_greeting_with_a_request_is_not_small_talk(said: str) -> None:
    assert small_talk(said) is None


@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("bom diaaa, tudo bem contigo?", "pt"),
        ("ahahah és mesmo fixe, pá", "pt"),
        ("kkkk", None),
        ("qué onda", "es"),
        ("howzit! hope ur well", None),
    ],
)
def test_small_talk_is_read_whole(said: str, language: str | None) -> None:
    message = parse(said)
    assert [op.intent for op in message.ops] == [Intent.SOCIAL]
    assert message.language == language
