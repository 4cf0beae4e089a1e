"""Undo, social turns and questions about a place as world Englishes and Iberian varieties say them.

Outcomes only: which intent, topic, aspect and place were read. Phrasings of Indian, Irish,
South African, Nigerian, Filipino, Texan and second-language English; of Chilean, Uruguayan,
Caribbean, Central American, Spanish and Spanglish Spanish; of Brazilian and European Portuguese.
"""

from __future__ import annotations

import pytest

from core.intents.bot_remarks import bot_remark
from core.intents.chat_tags import is_tag, untagged
from core.intents.model import Intent, Topic
from core.intents.parse import parse
from core.intents.undo_words import said_undo


def _one(text: str) -> tuple[Intent, ...]:
    return tuple(op.intent for op in parse(text).ops)


@pytest.mark.parametrize(
    "said",
    [
        # English
        "oh no yaar, revert it na",
        "abeg take that back o",
        "sharp sharp, undo it",
        "eish, roll that back bru",
        "kindly undo my last change",
        "hala, undo that po",
        "whoa, y'all change it back",
        "please to go back like before",
        "I want it back how it was",
        "ditch that last edit",
        "haiya undo lah",
        "undo that last one sharp sharp",
        "that's not what i meant",
        # Spanish
        "uy no, deshazlo po",
        "ta bo, volvé atrás",
        "diablo, regrésalo como estaba",
        "mae, déjalo como estaba antes",
        "venga, ponlo todo como estaba",
        "ay no, cancela el último cambio",
        "nah bro, deshaz eso",
        "olvídalo, déjalo como antes",
        # Portuguese
        "eita, desfaz aí mano",
        "epa, volta tudo como estava pá",
        "xi, deixa do jeito que era",
        "vixe, desfaz isso cara",
        "esquece, volta como tava antes",
        "cancela a última alteração",
        "desfaz essa última mudança aí",
        "anula o último",
        "volvé todo atrás che",
        "go back como estaba",
    ],
)
def test_undo_in_world_words(said: str) -> None:
    assert _one(said) == (Intent.UNDO,)


@pytest.mark.parametrize(
    "said",
    [
        "go back to day 2",
        "put it back on thursday",
        "cancel lunch",
        "ta bien, agrega el museo",
        "volta para o hotel às 18h",
        "deja el almuerzo como está",
    ],
)
def test_not_undo(said: str) -> None:
    assert not said_undo(said)


@pytest.mark.parametrize(
    ("said", "topic"),
    [
        ("this app is hopeless", Topic.COMPLAINT),
        ("u r not helping me at all bru", Topic.COMPLAINT),
        ("ffs", Topic.COMPLAINT),
        ("what the hell man", Topic.COMPLAINT),
        ("you don't understand anything yaar", Topic.COMPLAINT),
        ("qué bot tan inútil, mae", Topic.COMPLAINT),
        ("no sirves pa nada weon", Topic.COMPLAINT),
        ("esto es una basura tío", Topic.COMPLAINT),
        ("não me ajuda em nada", Topic.COMPLAINT),
        ("que lixo de bot", Topic.COMPLAINT),
        ("you are wasting my time", Topic.COMPLAINT),
        ("no es lo que pedí", Topic.COMPLAINT),
        ("isso não é o que eu pedi", Topic.COMPLAINT),
        ("are you chatgpt", Topic.IDENTITY),
        ("r u a robot?", Topic.IDENTITY),
        ("am i talking to a real person", Topic.IDENTITY),
        ("oye, ¿eres un bot?", Topic.IDENTITY),
        ("¿hablo con una persona?", Topic.IDENTITY),
        ("cê é robô?", Topic.IDENTITY),
        ("quem é você afinal", Topic.IDENTITY),
        ("what's the story bru", Topic.GREETING),
    ],
)
def test_remarks_about_the_bot(said: str, topic: Topic) -> None:
    ops = parse(said).ops
    assert [(op.intent, op.topic) for op in ops] == [(Intent.SOCIAL, topic)]


@pytest.mark.parametrize(
    "said",
    [
        "useless, just add the castle on day 2",
        "wtf why is the museum gone",
        "terrible food, find me another place for dinner",
        "burrito place tomorrow",
        "who is open late tonight",
    ],
)
def test_remarks_that_ask_for_something(said: str) -> None:
    assert bot_remark(said) is None


@pytest.mark.parametrize(
    ("said", "topic"),
    [
        ("mahalo nui, you're a champion", Topic.THANKS),
        ("brill, thanks a million altogether", Topic.THANKS),
        ("shot boet", Topic.THANKS),
        ("nice one o, God bless", Topic.THANKS),
        ("salamat naman po", Topic.THANKS),
        ("tuanis mae, gracias", Topic.THANKS),
        ("klk, qué lo que", Topic.GREETING),
        ("howdy partner", Topic.GREETING),
        ("nos vemos, cuídate", Topic.BYE),
        ("falou, valeu", Topic.THANKS),
        ("howdy partner, how y'all doin", Topic.GREETING),
        ("fixin to head out, bye y'all", Topic.BYE),
        ("no worries o, thanks", Topic.THANKS),
        ("gotta run, cheers", Topic.THANKS),
    ],
)
def test_world_manners(said: str, topic: Topic) -> None:
    ops = parse(said).ops
    assert [(op.intent, op.topic) for op in ops] == [(Intent.SOCIAL, topic)]


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("nijo castle, is it worth it yaar?", "nijo castle"),
        ("kindly tell me about haji ali dargah", "haji ali dargah"),
        ("pls tell abt the jal mahal", "jal mahal"),
        ("qué tal el Museo Naval?", "museo naval"),
        ("la quinta de bolívar, vale la pena?", "quinta de bolivar"),
        ("y el Mercado de Bazurto qué onda", "mercado de bazurto"),
        ("e a Ponte Luís I, é boa?", "ponte luis i"),
        ("que tal a Igreja do Carmo?", "igreja do carmo"),
        ("me conta da Capela das Almas", "capela das almas"),
        ("calton hill, any good?", "calton hill"),
    ],
)
def test_about_a_place(said: str, place: str) -> None:
    (op,) = parse(said).ops
    assert op.intent is Intent.EXPLAIN
    assert op.target is not None
    assert (op.target.text or "").casefold() == place


def test_tags_only_at_the_edges() -> None:
    assert untagged("abeg undo that one o") == "undo that one"
    assert untagged("o museu") == "o museu"
    assert is_tag("ta")
    assert not is_tag("ta bien")
