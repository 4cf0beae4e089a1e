"""A typed reply read against the open prompt itself: its options and, for cards, their data.

core.choices.resolve_reply reads numbers, ordinals, names and yes/no against the option
labels. Here, on top of it, the ways travelers type beyond that: a position or a name inside
a chat sentence (core.choice_position, core.choice_names), a card described by what it is
(core.choice_cards), and turning every option down ("none of these", "nenhum desses, deixa
pra lá") — DISMISSED.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum

from pydantic import ValidationError

from core.choice_cards import by_description
from core.choice_names import name_in_chat
from core.choice_position import positions_in_chat
from core.choice_words import DISMISS_FILLER, DISMISS_KEYS
from core.choices import (
    CONFIRM_NO,
    NOT_A_CHOICE,
    Outcome,
    PromptKind,
    Resolution,
    resolve_reply,
)
from core.protocol import PlaceCandidate
from core.text import fold

DISMISSED = Resolution(Outcome.DISMISSED)


class Dismiss(Enum):
    """The answer to a prompt whose options were all turned down (a sentinel, not an index)."""

    DISMISS = "dismiss"


DISMISS = Dismiss.DISMISS


def is_dismissal(text: str) -> bool:
    """True when a reply turns every option down and says nothing else.

    At least one word that refuses ("none", "ninguno", "esquece", "skip") and only words
    that go with a refusal around it ("of these", "me convence", "deixa pra lá").
    """
    words = fold(text).split()
    if not words or len(words) > 10:
        return False
    return any(w in DISMISS_KEYS for w in words) and all(
        w in DISMISS_KEYS or w in DISMISS_FILLER for w in words
    )


def cards_of(payload: Mapping[str, object], labels: Sequence[str]) -> list[PlaceCandidate]:
    """The place cards a stored prompt offered, one per option; [] when it offered none.

    Prompts stored by earlier versions carry fewer card fields; they read with the defaults.
    """
    stored = payload.get("candidates")
    if not isinstance(stored, list) or len(stored) != len(labels):
        return []
    try:
        return [PlaceCandidate.model_validate(card) for card in stored]
    except ValidationError:
        return []


def resolve_typed_reply(
    text: str,
    labels: list[str],
    kind: PromptKind,
    cards: Sequence[PlaceCandidate] = (),
) -> Resolution:
    """Resolve a typed reply to an open prompt (DESIGN §6), reading chat the way it is typed.

    Args:
        text: the reply as typed.
        labels: the prompt's options (empty for a question asked in words).
        kind: selection or confirmation.
        cards: the place cards behind the options, when the options are places.

    Returns:
        What resolve_reply finds; else a position or a name said in a sentence, a card
        described by what it is, or DISMISSED when the reply turns every option down.
    """
    first = resolve_reply(text, labels, kind)
    if first.outcome is not Outcome.NOT_A_CHOICE:
        return first
    if kind is PromptKind.CONFIRMATION:
        # "nah skip it" to "Remove the museum?": the no of a yes/no question.
        if len(labels) == 2 and is_dismissal(text):
            return Resolution(Outcome.CHOSEN, CONFIRM_NO)
        return first
    said = positions_in_chat(text, len(labels)) if labels else ()
    if len(said) == 2:
        # "the middle one" among four: one of the two in the middle.
        return Resolution(Outcome.AMBIGUOUS, matches=tuple(p - 1 for p in said))
    if said:
        if 1 <= said[0] <= len(labels):
            return Resolution(Outcome.CHOSEN, said[0] - 1)
        return Resolution(Outcome.OUT_OF_RANGE)
    if labels and (named := name_in_chat(text, labels)) is not None:
        return Resolution(Outcome.CHOSEN, named)
    if cards and (described := by_description(text, cards)) is not None:
        return described
    return DISMISSED if is_dismissal(text) else NOT_A_CHOICE
