"""core.intents.verb_forms: the verb forms travelers type, respelled for the phrase tables.

Each case is checked twice: what respell() makes of the words, and what parse() then reads.
"""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import normalize, parse
from core.intents.shorthand import expand_shorthand
from core.intents.verb_forms import corrected_verb, respell
from core.services.places.demo import load_demo_cities

TODAY = dt.date(2026, 11, 23)


def _ops(text: str) -> list[Intent]:
    return [op.intent for op in parse(text, today=TODAY).ops]


@pytest.mark.parametrize(
    ("said", "respelled"),
    [
        ("metele", "mete"),
        ("agregale", "agrega"),
        ("agrégame", "agrega"),
        ("poné", "pon"),
        ("ponelo", "pon eso"),
        ("ponémelo", "pon eso"),
        ("mové", "mueve"),
        ("movelo", "mueve eso"),
        ("muévela", "mueve eso"),
        ("sacalo", "saca eso"),
        ("sácalos", "saca eso"),
        ("quitámelo", "quita eso"),
        ("bórrala", "borra eso"),
        ("corré", "corre"),
        ("atrasá", "atrasa"),
        ("adelantala", "adelanta eso"),
        ("deshacelo", "deshaz eso"),
        ("haceme", "hazme"),
        ("contame", "cuentame"),
        ("mostranos", "muestranos"),
        ("cambiala", "cambia eso"),
        ("reservame", "reserva"),
        ("llenalo", "llena eso"),
    ],
)
def test_spanish_clitics_and_voseo_become_the_tu_imperative(said: str, respelled: str) -> None:
    assert respell(f"{said} el museo") == f"{respelled} el museo"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("borralo", Intent.REMOVE),
        ("quitámelo del día 3", Intent.REMOVE),
        ("movelo al día 4", Intent.MOVE),
        ("ponelo a las 6 de la tarde", Intent.RETIME),
        ("deshacelo", Intent.UNDO),
        ("sumale una heladería al día 2", Intent.ADD),
        ("poné una librería el día 1", Intent.ADD),
        ("mové el almuerzo del día 2 al día 3", Intent.MOVE),
        ("haceme una reserva en el Bar Luna para 4", Intent.BOOK),
        ("el acuario del día 2 pasámelo al 3", Intent.MOVE),
    ],
)
def test_spanish_forms_are_read_as_their_request(text: str, intent: Intent) -> None:
    assert _ops(text) == [intent]


def test_an_object_clitic_is_it_and_the_thing_said_first_is_its_target() -> None:
    (op,) = parse("el acuario sacalo", today=TODAY).ops
    assert op.intent is Intent.REMOVE
    assert op.target is not None
    assert op.target.text == "acuario"


@pytest.mark.parametrize(
    ("said", "respelled"),
    [
        ("me pasas el acuario al día 3?", "pasa el acuario al día 3?"),
        ("nos lo cambiás por algo vegano?", "cambia eso por algo vegano?"),
        ("me cuentas del acuario?", "cuentame del acuario?"),
        ("me ponés una heladería?", "pon una heladería?"),
        ("las cuentas del viaje", "las cuentas del viaje"),  # no pronoun before: a noun
    ],
)
def test_a_request_asked_in_the_present_is_the_imperative(said: str, respelled: str) -> None:
    assert respell(said) == respelled


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("me pasas la heladería al día 4?", Intent.MOVE),
        ("nos quitás el acuario?", Intent.REMOVE),
        ("me buscas una heladería pal viernes?", Intent.ADD),
        ("me haces una reserva en el Bar Luna para 2?", Intent.BOOK),
    ],
)
def test_a_request_asked_in_the_present_is_read(text: str, intent: Intent) -> None:
    assert _ops(text) == [intent]


@pytest.mark.parametrize(
    ("said", "respelled"),
    [
        ("agrégueme la heladería", "agrega la heladería"),
        ("sáquelo del día 2", "saca eso del día 2"),
        ("póngamelo a las 5", "pon eso a las 5"),
        ("cuénteme del acuario", "cuentame del acuario"),
        ("muévanla al día 4", "mueve eso al día 4"),
        ("quite el acuario del día 2", "quita el acuario del día 2"),
        ("por favor reemplacen la cena", "por favor reemplaza la cena"),
        ("busque una heladería", "busca una heladería"),
    ],
)
def test_usted_imperatives_become_the_tu_imperative(said: str, respelled: str) -> None:
    assert respell(said) == respelled


@pytest.mark.parametrize(
    "said",
    # A bare usted form is a verb only where a verb goes in a Spanish message.
    ["quite far from the hotel", "reserve a table at the aquarium", "más adelante el acuario"],
)
def test_usted_look_alikes_stay(said: str) -> None:
    assert respell(said) == said


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("quiero quitar el acuario", Intent.REMOVE),
        ("queremos pasar la heladería al día 3", Intent.MOVE),
        ("me gustaría cambiarla por algo vegano", Intent.REPLACE),
        ("tengo que sacarlo del día 2", Intent.REMOVE),
        ("quero tirar o aquário", Intent.REMOVE),
        ("gostaria de trocar o jantar por uma pizzaria", Intent.REPLACE),
        ("precisamos passá-lo pro dia 4", Intent.MOVE),
        ("quiero ir a la heladería", Intent.ADD),  # a wish to go stays a wish to add
    ],
)
def test_a_wish_said_with_a_command_verb_is_the_command(text: str, intent: Intent) -> None:
    assert _ops(text) == [intent]


def test_a_wish_to_say_or_talk_stays() -> None:
    assert respell("quiero decir el acuario") == "quiero decir el acuario"
    assert respell("quiero hablar con un guía") == "quiero hablar con un guía"


@pytest.mark.parametrize(
    ("said", "respelled"),
    [
        ("coloca-o no dia 2", "coloca isso no dia 2"),
        ("tira-a do roteiro", "tira isso do roteiro"),
        ("tirá-la do roteiro", "tira isso do roteiro"),
        ("pô-lo no dia 2", "põe isso no dia 2"),
        ("mova-os pro dia 3", "move isso pro dia 3"),
        ("mostra-me o dia 2", "mostra o dia 2"),
        ("passa ele pro dia 4", "passa isso pro dia 4"),
        ("bota ela às 20h", "bota isso às 20h"),
        ("pôr a feira no dia 2", "põe a feira no dia 2"),
        ("por o aquário no dia 2", "põe o aquário no dia 2"),
    ],
)
def test_portuguese_enclisis_objects_and_infinitives(said: str, respelled: str) -> None:
    assert respell(said) == respelled


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("tira-o do dia 2", Intent.REMOVE),
        ("coloque-a no dia 3", Intent.MOVE),
        ("move ela pro dia 2", Intent.MOVE),
        ("pôr a feira de artesanato no dia 2", Intent.ADD),
        ("meter um bar no dia 3", Intent.ADD),
    ],
)
def test_portuguese_forms_are_read_as_their_request(text: str, intent: Intent) -> None:
    assert _ops(text) == [intent]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("remvoe", "remove"),
        ("rmeove", "remove"),
        ("delte", "delete"),
        ("cahnge", "change"),
        ("replcae", "replace"),
        ("qutia", "quita"),
        ("elimna", "elimina"),
        ("camiba", "cambia"),
        ("agregga", "agrega"),
        ("adicone", "adicione"),
        ("mvoe", "move"),
        ("tria", "tira"),
    ],
)
def test_a_misspelled_command_verb_is_corrected(typed: str, meant: str) -> None:
    assert corrected_verb(typed) == meant


@pytest.mark.parametrize(
    "word",
    # Words, not slips: inflections, other words one letter away, numbers, too short to tell.
    [
        "more",
        "movie",
        "mode",
        "plane",
        "pasta",
        "pausa",
        "changed",
        "shows",
        "nueve",
        "chance",
        "clean",
        "quit",
        "add",
        "museo",
        "borar",  # "borra" or "botar": no one verb is clearly meant
    ],
)
def test_words_that_are_no_slip_stay(word: str) -> None:
    assert corrected_verb(word) is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("pls remvoe the aquarium", Intent.REMOVE),
        ("ok, mvoe the aquarium to day 3", Intent.MOVE),
        ("can we delte the aquarium", Intent.REMOVE),
        ("porfa camiba la cena por sushi", Intent.REPLACE),
        ("elimna la heladería", Intent.REMOVE),
        ("adicone uma livraria no dia 2", Intent.ADD),
    ],
)
def test_a_misspelled_verb_starts_its_request(text: str, intent: Intent) -> None:
    assert _ops(text) == [intent]


def test_a_verb_like_word_inside_a_place_name_stays() -> None:
    assert respell("add the Mvoe Gallery on day 2") == "add the Mvoe Gallery on day 2"
    assert respell("more museums please") == "more museums please"


@pytest.mark.parametrize(
    ("said", "respelled"),
    [
        ("tira essa, já fomos", "tira isso, já fomos"),
        ("põe aquele pras 13h", "põe isso pras 13h"),
        ("passa essa aí pro dia 3", "passa isso pro dia 3"),
        ("tira essa livraria", "tira essa livraria"),  # a noun follows: not the thing itself
    ],
)
def test_a_portuguese_demonstrative_after_the_verb_is_the_thing(said: str, respelled: str) -> None:
    assert respell(said) == respelled


def test_respell_leaves_plain_messages_alone() -> None:
    for text in ("add a ramen place on day 2", "agrega un bar el día 2", "tira o museu"):
        assert respell(normalize(text)) == text


def test_no_demo_place_name_is_respelled() -> None:
    # "Ponte Luís I" is a bridge, not "ponte" (put yourself): names reach the search as typed.
    names = [
        name
        for city in load_demo_cities()
        for name in (city.name, *(place.candidate.name for place in city.places))
    ]
    for name in names:
        for text in (name, f"add {name} on day 2", f"agrega {name} el día 2", name.lower()):
            assert respell(expand_shorthand(text)) == text
