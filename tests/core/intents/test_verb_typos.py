"""core.intents.verb_typos: the slips of the fingers undone, towards one verb only."""

from __future__ import annotations

import pytest

from core.intents.verb_typos import VerbSpeller, is_slip

# A vocabulary of our own: "grab" and "grabar" mean one verb, "stash" another.
SPELLER = VerbSpeller({"stash": "stash", "grab": "grab", "grabar": "grab", "fetch": "fetch"})


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("sttash", "stash"),  # a doubled letter
        ("stsah", "stash"),  # two letters swapped
        ("grba", "grab"),  # swapped, in a short word
        ("stasj", "stash"),  # "j" is beside "h"
        ("fetcj", "fetch"),  # the key beside
        ("fecth", "fetch"),
        ("gabar", "grabar"),  # a letter dropped inside
    ],
)
def test_a_slip_is_undone(typed: str, meant: str) -> None:
    assert SPELLER.corrected(typed) == meant


@pytest.mark.parametrize(
    "typed",
    [
        "stashed",  # the verb, inflected
        "fetches",
        "crab",  # one letter for another in a short word: a word of its own
        "tash",  # too short to tell
        "etch",
        "fetchy",  # an extra letter struck far from its neighbours
        "once",  # a number word
        "the",
    ],
)
def test_what_is_no_clear_slip_stays(typed: str) -> None:
    assert SPELLER.corrected(typed) is None


def test_a_word_one_slip_from_two_verbs_is_left_alone() -> None:
    speller = VerbSpeller({"borra": "borra", "botar": "botar"})
    assert speller.corrected("borar") is None  # "borra" swapped or "botar" mis-hit


def test_a_known_word_is_never_corrected() -> None:
    assert VerbSpeller({"grab": "grab"}, known={"garb"}).corrected("garb") is None


def test_a_dropped_first_or_last_letter_is_a_word_not_a_slip() -> None:
    assert not is_slip("plane", "planea")
    assert not is_slip("lanea", "planea")
    assert is_slip("plnea", "planea")
