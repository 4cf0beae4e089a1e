"""Hypothesis properties of typed replies to open prompts (core/choices.resolve_reply).

Any text against any option list resolves without raising and never names an option that is
not there; an option's exact number or exact label picks it; a sentence that merely contains a
number ("I have 2 kids") is not a choice.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.choices import (
    CONFIRM_NO,
    CONFIRM_YES,
    NOT_A_CHOICE,
    Outcome,
    PromptKind,
    Resolution,
    resolve_reply,
)

FAST = settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)

KINDS = st.sampled_from(list(PromptKind))
PLACE_NAMES = [
    "Sushi Zen",
    "Hadibo Sushi",
    "Ocean Sushi",
    "Tokyo Bay",
    "Take Five Cafe",
    "Five Guys",
    "The One",
    "Number One",
    "Maybe Sammy",
    "Go With The Flow",
    "O Lu",
    "The Last Word",
    "Second Cup",
    "Café Día",
    "Cafe Dia",
    "Día de Playa",
    "Lunch at Sushi Zen",
    "Day 2 — Beach",
    "Day 3",
    "مطعم الشاطئ",
    "מסעדת הים",
    "寿司 禅",
    "🍣",
    "Kids Corner",
    "People's Palace",
    "Restaurant",
    "Bar",
]
LABEL = st.sampled_from(PLACE_NAMES) | st.text(max_size=30) | st.text(min_size=200, max_size=600)
LABELS = st.lists(LABEL, max_size=60)
TEXT = (
    st.text(max_size=80)
    | st.sampled_from(["", " ", "2", "#2", "option 2", "0", "-1", "999", "1000", "²", "٣"])
    | st.sampled_from(["yes", "no", "👍", "❌", "the second one", "last", "sushi zen", "um"])
    | st.text(min_size=1000, max_size=5000)
)


def assert_within(resolution: Resolution, count: int) -> None:
    if resolution.outcome is Outcome.CHOSEN:
        assert resolution.index is not None
        assert 0 <= resolution.index < count
    else:
        assert resolution.index is None
    if resolution.outcome is Outcome.AMBIGUOUS:
        assert len(resolution.matches) >= 2
        assert all(0 <= i < count for i in resolution.matches)
        assert len(set(resolution.matches)) == len(resolution.matches)


@FAST
@given(text=TEXT, labels=LABELS, kind=KINDS)
@example("❌", ["Yes"], PromptKind.CONFIRMATION)  # regression: "no" was index 1 of one option
@example("no", ["Yes"], PromptKind.CONFIRMATION)
@example("yes", [], PromptKind.CONFIRMATION)
@example("2", ["Sushi Zen", "Sushi Zen"], PromptKind.SELECTION)
@example("sushi", ["Sushi Zen", "Sushi Zen", "sushi zen"], PromptKind.SELECTION)
@example("1" * 5000, ["x" * 600] * 60, PromptKind.SELECTION)
def test_any_reply_resolves_within_the_options(
    text: str, labels: list[str], kind: PromptKind
) -> None:
    assert_within(resolve_reply(text, labels, kind), len(labels))


@FAST
@given(text=TEXT, kind=KINDS)
def test_without_options_nothing_is_a_choice(text: str, kind: PromptKind) -> None:
    assert resolve_reply(text, [], kind) == NOT_A_CHOICE


@FAST
@given(labels=st.lists(LABEL, min_size=1, max_size=60), data=st.data(), kind=KINDS)
def test_an_options_number_picks_it(
    labels: list[str], data: st.DataObject, kind: PromptKind
) -> None:
    number = data.draw(st.integers(1, len(labels)), label="number")
    form = data.draw(st.sampled_from(["{}", "#{}", " {} ", "option {}", "{}.", "{})"]))
    resolution = resolve_reply(form.format(number), labels, kind)
    assert resolution == Resolution(Outcome.CHOSEN, number - 1)


@FAST
@given(labels=LABELS, number=st.integers(0, 999), kind=KINDS)
def test_a_number_beyond_the_options_is_out_of_range(
    labels: list[str], number: int, kind: PromptKind
) -> None:
    if not labels or 1 <= number <= len(labels):
        return
    assert resolve_reply(str(number), labels, kind).outcome is Outcome.OUT_OF_RANGE


@st.composite
def unique_labels(draw: st.DrawFn) -> tuple[list[str], int]:
    """Options with distinct labels, and the index of one that reads as a name, not a number."""
    labels = draw(st.lists(LABEL, min_size=1, max_size=60, unique=True))
    index = draw(st.integers(0, len(labels) - 1))
    return labels, index


@FAST
@given(unique_labels())
@example((["Sushi Zen", "The One"], 1))  # regression: "the" stripped, "one" read as 1
@example((["Sushi Zen", "Number One"], 1))  # regression: likewise, "number one"
@example((["Take Five Cafe", "Five Guys"], 0))  # regression: "take" stripped: ambiguous
@example((["Sammy", "Maybe Sammy"], 1))  # regression: "maybe" stripped: picked "Sammy"
@example((["O Lu"], 0))  # regression: "o" stripped, "lu" too short: not a choice
@example((["Cafe Dia", "Café Día"], 1))  # regression: accents folded away: ambiguous
@example((["Sushi", "🍣"], 1))  # regression: folded to nothing: not a choice
def test_an_options_exact_label_picks_it(case: tuple[list[str], int]) -> None:
    labels, index = case
    label = labels[index]
    # Against nameless options, what does the label alone say? "2", "option 4", "second":
    # a position, which a typed number always is; a blank label names nothing.
    alone = resolve_reply(label, [""] * 1000, PromptKind.SELECTION)
    if alone.outcome is not Outcome.NOT_A_CHOICE or not label.strip():
        return
    assert resolve_reply(label, labels, PromptKind.SELECTION) == Resolution(Outcome.CHOSEN, index)


def test_a_label_that_is_an_ordinal_word_is_that_option_but_a_number_is_a_position() -> None:
    labels = ["Second Cup", "Last", "segundo", "1"]
    assert resolve_reply("segundo", labels, PromptKind.SELECTION).index == 2
    assert resolve_reply("Last", labels, PromptKind.SELECTION).index == 1
    assert resolve_reply("1", labels, PromptKind.SELECTION).index == 0


SENTENCES = [
    "I have {} kids",
    "we are {} people",
    "there are {} of us",
    "{} adults and 1 child",
    "table for {}",
    "add {} more places",
    "I need {} rooms",
    "my budget is {} dollars",
    "{} nights in Kyoto",
    "about {} km away",
    "in {} minutes",
    "I am {} years old",
    "{} of us are vegetarian",
    "book {} tickets",
    "tengo {} hijos",
    "somos {} pessoas",
]


@FAST
@given(
    sentence=st.sampled_from(SENTENCES),
    number=st.integers(0, 10**6).map(str) | st.sampled_from(["02", "٣", "2.5", "#2", "2nd"]),
    labels=st.lists(st.sampled_from(PLACE_NAMES), max_size=60),
    kind=KINDS,
)
@example("I have {} kids", "2", ["Sushi Zen", "Tokyo Bay", "Ocean Sushi"], PromptKind.SELECTION)
@example("I have {} kids", "2", ["Yes, remove them", "Cancel"], PromptKind.CONFIRMATION)
def test_a_sentence_with_a_number_is_not_a_choice(
    sentence: str, number: str, labels: list[str], kind: PromptKind
) -> None:
    assert resolve_reply(sentence.format(number), labels, kind) == NOT_A_CHOICE


@FAST
@given(
    answer=st.sampled_from([CONFIRM_YES, CONFIRM_NO]),
    data=st.data(),
    yes=st.sampled_from(["Yes, remove them", "Yes", "Replace it", "Book it"]),
    no=st.sampled_from(["Cancel", "No", "Keep my trip", "Not now"]),
)
def test_yes_and_no_words_answer_a_confirmation(
    answer: int, data: st.DataObject, yes: str, no: str
) -> None:
    """Option 0 confirms, option 1 declines (core/protocol), whatever their labels say."""
    words = ["yes", "Yes!", "ok", "sí", "sim", "👍", "✅", "sure thing", "go ahead"]
    if answer == CONFIRM_NO:
        words = ["no", "Nope", "cancel", "❌", "não", "no thanks", "never mind"]
    word = data.draw(st.sampled_from(words), label="word")
    assert resolve_reply(word, [yes, no], PromptKind.CONFIRMATION) == Resolution(
        Outcome.CHOSEN, answer
    )
