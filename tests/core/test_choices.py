"""Typed replies to open prompts (DESIGN §6): numbers, ordinals, names, yes/no, non-choices."""

from __future__ import annotations

import pytest

from core.choices import (
    CONFIRM_NO,
    CONFIRM_YES,
    NOT_A_CHOICE,
    Outcome,
    PromptKind,
    Resolution,
    resolve_reply,
)

SUSHI = ["Hadibo Sushi", "Sushi Zen", "Tokyo Bay", "Ocean Sushi", "Socotra Sushi House"]
CONFIRM = ["Yes, remove them", "Cancel"]


def select(text: str, labels: list[str] = SUSHI) -> Resolution:
    return resolve_reply(text, labels, PromptKind.SELECTION)


def confirm(text: str) -> Resolution:
    return resolve_reply(text, CONFIRM, PromptKind.CONFIRMATION)


# --- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("1", 0),
        ("2", 1),
        ("5", 4),
        ("#2", 1),
        ("# 2", 1),
        ("2.", 1),
        ("2)", 1),
        ("2!", 1),
        ("#2.", 1),
        (" 2 ", 1),
        ("\t3\n", 2),
        ("02", 1),
        ("option 2", 1),
        ("Option 2", 1),
        ("OPTION 2", 1),
        ("number 2", 1),
        ("num 2", 1),
        ("no. 2", 1),
        ("no 2", 1),
        ("2nd", 1),
        ("3rd", 2),
        ("the 2nd one", 1),
        ("option two", 1),
        ("number two", 1),
        ("two", 1),
        ("dos", 1),
        ("dois", 1),
        ("deux", 1),
        ("zwei", 1),
        ("three", 2),
    ],
)
def test_number_chooses_that_option(text: str, index: int) -> None:
    assert select(text) == Resolution(Outcome.CHOSEN, index)


# --- ordinals ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("first", 0),
        ("First", 0),
        ("second", 1),
        ("Second.", 1),
        ("the second!", 1),
        ("the second one", 1),
        ("The second one", 1),
        ("third one", 2),
        ("the fifth", 4),
        ("fifth", 4),
        ("the first one please", 0),
        ("the first one, please", 0),
        ("i'll take the third", 2),
        ("I'll take the third", 2),
        ("I’ll take the third", 2),
        ("go with the second", 1),
        ("let's go with the second one", 1),
        ("la segunda", 1),
        ("el primero", 0),
        ("la tercera por favor", 2),
        ("a primeira", 0),
        ("the last one", 4),
        ("the last", 4),
        ("last", 4),
        ("Last!", 4),
        ("last please", 4),
        ("the last one please", 4),
        ("ultimo", 4),
        ("última", 4),
        ("dernier", 4),
        ("letzte", 4),
        ("second to last", 3),
        ("the second to last one", 3),
        ("second last", 3),
        ("next to last", 3),
        ("penultimate", 3),
    ],
)
def test_ordinal_chooses_that_option(text: str, index: int) -> None:
    assert select(text) == Resolution(Outcome.CHOSEN, index)


@pytest.mark.parametrize(("count", "index"), [(1, 0), (2, 1), (3, 2), (8, 7)])
def test_last_depends_on_the_number_of_options(count: int, index: int) -> None:
    labels = [f"Place {i}" for i in range(count)]
    assert select("the last one", labels) == Resolution(Outcome.CHOSEN, index)


def test_second_to_last_of_a_single_option_is_out_of_range() -> None:
    assert select("second to last", ["Only One"]).outcome is Outcome.OUT_OF_RANGE


# --- names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("Sushi Zen", 1),
        ("sushi zen", 1),
        ("SUSHI ZEN", 1),
        ("  sushi   zen  ", 1),
        ("Tokyo bay!", 2),
        ("tokyo bay", 2),
        ("tokio bay", 2),  # typo
        ("toky bay", 2),  # typo
        ("suhsi zen", 1),  # transposition
        ("hadibo shushi", 0),
        ("zen", 1),  # partial, unique
        ("Zen", 1),
        ("tokyo", 2),
        ("bay", 2),
        ("hadibo", 0),
        ("socotra", 4),
        ("ocean", 3),
        ("ocean sushi", 3),
        ("hadibo sushi", 0),
        ("sushi house", 4),
        ("socotra sushi house", 4),
        ("the sushi zen", 1),
        ("sushi zen please", 1),
        ("I'll take Sushi Zen", 1),
        ("zen restaurant", 1),  # generic word ignored
    ],
)
def test_name_chooses_that_option(text: str, index: int) -> None:
    assert select(text) == Resolution(Outcome.CHOSEN, index)


ACCENTED = ["Café Tacuba", "Crêperie Bretonne", "Müller's Bräu", "São Paulo Grill"]


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("cafe tacuba", 0),
        ("CAFE TACUBA", 0),
        ("Café Tacuba", 0),
        ("tacuba", 0),
        ("creperie", 1),
        ("crêperie bretonne", 1),
        ("muller", 2),
        ("mullers brau", 2),
        ("Muller's Brau", 2),
        ("sao paulo", 3),
        ("são paulo grill", 3),
        ("grill", 3),
    ],
)
def test_name_is_accent_and_case_insensitive(text: str, index: int) -> None:
    assert select(text, ACCENTED) == Resolution(Outcome.CHOSEN, index)


# Names that begin with letters that also spell a filler article ("no", "a", "o", "la", "el",
# "the", "card") must still be found by name.
TRICKY = ["Nobu", "Azul", "Theatre Café", "Numa", "Cardamom", "Osteria Francescana", "Lakeside"]


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("nobu", 0),
        ("Nobu", 0),
        ("azul", 1),
        ("theatre", 2),
        ("theatre cafe", 2),
        ("numa", 3),
        ("cardamom", 4),
        ("osteria", 5),
        ("lakeside", 6),
    ],
)
def test_name_starting_like_a_filler_word(text: str, index: int) -> None:
    assert select(text, TRICKY) == Resolution(Outcome.CHOSEN, index)


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("sushi", (0, 1, 3, 4)),
        ("Sushi", (0, 1, 3, 4)),
        ("sushi restaurant", (0, 1, 3, 4)),
    ],
)
def test_ambiguous_name_lists_the_matches(text: str, matches: tuple[int, ...]) -> None:
    result = select(text)
    assert result.outcome is Outcome.AMBIGUOUS
    assert result.index is None
    assert result.matches == matches


def test_exact_name_wins_over_partial_matches() -> None:
    labels = ["Sushi", "Sushi Zen", "Sushi Bar"]
    assert select("sushi", labels) == Resolution(Outcome.CHOSEN, 0)


# --- out of range --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["9", "0", "6", "10", "00", "#9", "option 0", "number 7", "sixth", "the sixth one", "6th"],
)
def test_position_beyond_the_options_is_out_of_range(text: str) -> None:
    assert select(text) == Resolution(Outcome.OUT_OF_RANGE)


# --- not a choice --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I have 2 kids",
        "add a museum on day 2",
        "what time is it",
        "",
        "   ",
        "\n",
        "move lunch to 2pm",
        "2 people at 8pm",
        "thanks for day 2",
        "day 2",
        "2pm",
        "2 pm",
        "2 3",
        "1 or 2",
        "the",
        "a",
        "restaurant",
        "the restaurant",
        "place",
        "none of them",
        "show me more",
        "last day",
        "first day",
        "yes",
        "no",
        "ok",
        "!!!",
    ],
)
def test_sentence_or_noise_is_not_a_choice(text: str) -> None:
    assert select(text) == NOT_A_CHOICE


@pytest.mark.parametrize("kind", list(PromptKind))
def test_no_labels_is_never_a_choice(kind: PromptKind) -> None:
    assert resolve_reply("1", [], kind) == NOT_A_CHOICE


# --- confirmations -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "yes",
        "Yes!",
        "YES",
        "yes!!!",
        "y",
        "yeah",
        "yep",
        "aye",
        "yup",
        "sure",
        "sure?",
        "ok",
        "Ok.",
        "okay",
        "k",
        "go ahead",
        "okay, go ahead",
        "do it",
        "of course",
        "yes please",
        "yes, thanks",
        "sure thing",
        "ok sure",
        "ok please",
        "ok thanks",
        # es
        "sí",
        "Sí!",
        "si",
        "claro",
        "dale",
        "vale",
        "por supuesto",
        # pt
        "sim",
        "com certeza",
        # es/pt: "I confirm"
        "confirmo",
        "Confirmado!",
        # fr
        "oui",
        "d'accord",
        "d’accord",
        "bien sûr",
        # de
        "ja",
        "genau",
        "klar",
        # hi (Latin script)
        "haan",
        "ji haan",
        "theek hai",
        "bilkul",
        # the option's own label
        "Yes, remove them",
        "yes, remove them",
        "remove them",
        "👍",
    ],
)
def test_confirmation_yes_words(text: str) -> None:
    assert confirm(text) == Resolution(Outcome.CHOSEN, CONFIRM_YES)


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "No.",
        "n",
        "nope",
        "nah",
        "not really",
        "cancel",
        "Cancel",
        "no thanks",
        "no, thanks",
        "no thank you",
        "never mind",
        "don't",
        "don’t",
        "dont",
        "keep it",
        "não",
        "nao",
        "não obrigado",
        "no gracias",
        "cancelar",
        "non",
        "annuler",
        "nein",
        "abbrechen",
        "nahi",
        "nahin",
        "👎",
    ],
)
def test_confirmation_no_words(text: str) -> None:
    assert confirm(text) == Resolution(Outcome.CHOSEN, CONFIRM_NO)


@pytest.mark.parametrize(
    "text",
    ["maybe later", "maybe", "hmm", "what", "I don't know", "not sure", "I have 2 kids", "", " "],
)
def test_confirmation_unclear_is_not_a_choice(text: str) -> None:
    assert confirm(text) == NOT_A_CHOICE


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("1", Resolution(Outcome.CHOSEN, CONFIRM_YES)),
        ("2", Resolution(Outcome.CHOSEN, CONFIRM_NO)),
        ("#1", Resolution(Outcome.CHOSEN, CONFIRM_YES)),
        ("option 2", Resolution(Outcome.CHOSEN, CONFIRM_NO)),
        ("first", Resolution(Outcome.CHOSEN, CONFIRM_YES)),
        ("the second one", Resolution(Outcome.CHOSEN, CONFIRM_NO)),
        ("3", Resolution(Outcome.OUT_OF_RANGE)),
        ("0", Resolution(Outcome.OUT_OF_RANGE)),
    ],
)
def test_confirmation_by_position(text: str, result: Resolution) -> None:
    assert confirm(text) == result


@pytest.mark.parametrize("text", ["yes", "no", "sure", "nope", "ok"])
def test_yes_no_words_are_not_choices_on_a_selection(text: str) -> None:
    assert select(text) == NOT_A_CHOICE


def test_confirmation_constants_match_label_order() -> None:
    assert (CONFIRM_YES, CONFIRM_NO) == (0, 1)


def test_a_lone_number_word_picks_that_card() -> None:
    labels = ["Hadibo Sushi", "Sushi Zen", "Tokyo Bay"]
    assert resolve_reply("one", labels, PromptKind.SELECTION) == Resolution(Outcome.CHOSEN, 0)
    assert resolve_reply("um", ["Yes", "No"], PromptKind.CONFIRMATION).outcome is (
        Outcome.NOT_A_CHOICE
    )


@pytest.mark.parametrize(
    "text",
    [
        "you pick",
        "whatever",
        "any of them",
        "cualquiera",
        "elige tu",
        "pode escolher vc",
        "tanto faz",
    ],
)
def test_leaving_the_choice_to_us_takes_the_first_card(text: str) -> None:
    resolution = resolve_reply(
        text, ["Sushi Zen", "Tokyo Bay", "Hadibo Sushi"], PromptKind.SELECTION
    )
    assert (resolution.outcome, resolution.index) == (Outcome.CHOSEN, 0)


@pytest.mark.parametrize("text", ["whatever", "you decide"])
def test_leaving_it_to_us_does_not_confirm(text: str) -> None:
    resolution = resolve_reply(text, ["Yes", "No"], PromptKind.CONFIRMATION)
    assert resolution.outcome is not Outcome.CHOSEN or resolution.index != 0


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("nooo mejor no, dejalo asi", CONFIRM_NO),
        ("ah cierto, ya estaba. entonces nada", CONFIRM_NO),
        ("siii dale", CONFIRM_YES),
    ],
)
def test_a_yes_or_no_said_with_feeling_and_padding(text: str, index: int) -> None:
    resolution = resolve_reply(text, ["Yes", "No"], PromptKind.CONFIRMATION)
    assert (resolution.outcome, resolution.index) == (Outcome.CHOSEN, index)


def test_a_reply_saying_both_yes_and_no_is_not_an_answer() -> None:
    assert (
        resolve_reply("yes no", ["Yes", "No"], PromptKind.CONFIRMATION).outcome
        is not Outcome.CHOSEN
    )


@pytest.mark.parametrize(
    ("text", "index"),
    [("sí, todo", 0), ("yes, all of it", 0), ("sim, tudo", 0), ("no, todo no", 1)],
)
def test_a_yes_or_no_said_for_everything_asked_is_still_that_answer(text: str, index: int) -> None:
    assert resolve_reply(text, ["Yes", "No"], PromptKind.CONFIRMATION) == Resolution(
        Outcome.CHOSEN, index
    )


PARTY = ["1 person", *(f"{n} people" for n in range(2, 9))]


@pytest.mark.parametrize(
    ("text", "index"),
    [("4 of us, 7pm", 3), ("somos 3", 2), ("we're 2", 1), ("para 5 personas", 4)],
)
def test_a_reply_counting_people_picks_that_party_size(text: str, index: int) -> None:
    assert resolve_reply(text, PARTY, PromptKind.SELECTION) == Resolution(Outcome.CHOSEN, index)


def test_a_count_of_other_things_is_not_a_party_size() -> None:
    assert resolve_reply("2 museums", PARTY, PromptKind.SELECTION).outcome is Outcome.NOT_A_CHOICE


@pytest.mark.parametrize(
    "text",
    [
        "sí, acórtalo",
        "si, bórralo nomás",
        "sim, apaga",
        "sim, se faz favor",
        "ok lah",
        "yes po",
        "haan ji",
        "yeah mate go for it",
        "dale, hacelo",
        "pode sim, manda ver",
        "sure thing",
        "sawa",
    ],
)
def test_a_yes_with_the_action_said_again_or_particles_is_yes(text: str) -> None:
    assert confirm(text) == Resolution(Outcome.CHOSEN, 0)


@pytest.mark.parametrize(
    "text",
    [
        "yes but move it to day 3",
        "sí, pero más tarde",
        "sim, mas só o almoço",
        "yes and add a bar too",
        "ok, at 9 instead",
        "sí, y también el museo",
    ],
)
def test_a_yes_that_asks_for_more_or_other_is_not_a_plain_yes(text: str) -> None:
    assert confirm(text) != Resolution(Outcome.CHOSEN, 0)
