"""How a corpus case is written: steps (traveler turns with expectations) and a Corpus builder.

A step with `when` runs only if the previous answer's type is one of those: that is how a case
accepts several reasonable paths ("cards, then the traveler picks one" or "added at once").
`final` checks compare the trip at the end of the case with the trip at its start.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from bench.understanding_corpus.checks import (
    ASKS,
    CONF,
    DONE,
    INPUT,
    PART,
    SEL,
    AnyOf,
    Cards,
    Check,
    NoDump,
    Same,
    Says,
    Type,
    Warned,
    When,
)
from bench.understanding_corpus.item_checks import Added, Filled
from bench.understanding_corpus.places import Wish

KINDS = (
    "add", "add_slots", "wishes", "remove", "clear", "move", "retime", "replace", "swap_days",
    "trip", "undo", "show", "plan", "explain", "book", "expert", "help", "multi", "referent",
    "duplicate", "clash", "slot_fill", "social", "info", "choice", "locale",
)  # fmt: skip


@dataclass(frozen=True)
class Step:
    """One traveler turn: the text, what must hold after it, and when it is sent at all."""

    text: str
    expect: tuple[Check, ...] = ()
    when: tuple[str, ...] | None = None
    lang: str | None = None  # the reply's language when it is not the case's ("" = unchecked)
    # Instead of `text`/`when`: what to say after each kind of question ("yes" to a
    # confirmation, "1" to cards); skipped after anything else.
    replies: tuple[tuple[tuple[str, ...], str], ...] = ()

    def text_after(self, previous: str | None) -> str | None:
        """What to send after an answer of type `previous`, or None to skip this step."""
        if self.replies:
            return next((text for types, text in self.replies if previous in types), None)
        if self.when is not None and previous not in self.when:
            return None
        return self.text


@dataclass(frozen=True)
class Case:
    """A short conversation on a trip, with expectations per turn and for the end state."""

    id: str
    kind: str
    lang: str
    trip: str
    steps: tuple[Step, ...]
    final: tuple[Check, ...] = ()
    locale: str = "en"

    @property
    def title(self) -> str:
        """The first message, to name the case in reports."""
        return self.steps[0].text


def S(text: str, *expect: Check, lang: str | None = None) -> Step:  # noqa: N802
    """A turn that is always sent."""
    return Step(text, expect, None, lang)


def If(types: tuple[str, ...] | str, text: str, *expect: Check) -> Step:  # noqa: N802
    """A turn sent only if the previous answer's type is one of `types`."""
    return Step(text, expect, (types,) if isinstance(types, str) else types)


def pick(text: str = "1", *expect: Check) -> Step:
    """Answering cards (or a which-one question), if there are any."""
    return If(ASKS, text, *(expect or (Type(DONE),)))


def yes(text: str = "yes", *expect: Check) -> Step:
    """Confirming, if the previous answer asked."""
    return If((CONF, SEL), text, *(expect or (Type(DONE),)))


def go(yes: str = "yes", choose: str = "1", *expect: Check, answer: str | None = None) -> Step:
    """Going along with whatever was asked: `yes` to a confirmation, `choose` to cards or
    options, `answer` (if given) to an open question."""
    replies: list[tuple[tuple[str, ...], str]] = [((CONF,), yes), ((SEL,), choose)]
    if answer is not None:
        replies.append(((INPUT,), answer))
    return Step(yes, expect, None, None, tuple(replies))


class Corpus:
    """Collects one language's cases; the helpers write the common conversation shapes."""

    def __init__(self, lang: str, part: str = "", locale: str = "en") -> None:
        self.lang = lang
        self.part = part
        self.locale = locale  # the travelers' stored setting unless a case says otherwise
        self.cases: list[Case] = []
        self._count: Counter[str] = Counter()

    def case(
        self,
        kind: str,
        trip: str,
        *steps: Step,
        final: tuple[Check, ...] = (),
        locale: str | None = None,
    ) -> None:
        """Any conversation."""
        if kind not in KINDS:
            raise ValueError(kind)
        self._count[kind] += 1
        case_id = f"{self.lang}{self.part}-{kind}-{self._count[kind]:02d}"
        setting = self.locale if locale is None else locale
        self.cases.append(Case(case_id, kind, self.lang, trip, steps, final, setting))

    def add(
        self,
        trip: str,
        text: str,
        *,
        day: int | None,
        terms: tuple[str, ...] | str = (),
        wish: Wish | None = None,
        between: tuple[str, str] | None = None,
        at: str | None = None,
        slot: tuple[str, ...] | str | None = None,
        choose: str = "1",
        kind: str = "add",
        name: str | None = None,
        locale: str | None = None,
    ) -> None:
        """'add X': cards then a pick, or added at once; then X is on the trip as asked."""
        terms = (terms,) if isinstance(terms, str) else terms
        first = S(
            text,
            Type(SEL, DONE),
            When(SEL, Same(), Cards(terms, wish)),
        )
        final: Check
        if slot is not None:
            slots = (slot,) if isinstance(slot, str) else slot
            final = Filled(day or 0, slots, terms, wish)
        else:
            final = Added(day, terms, wish, between, at, name=name)
        self.case(kind, trip, first, pick(choose), final=(final,), locale=locale)

    def ask_first(
        self, kind: str, trip: str, text: str, answer: str, *final: Check, locale: str | None = None
    ) -> None:
        """Something that must be confirmed: a question, nothing changed; then done."""
        self.case(
            kind,
            trip,
            S(text, Type(CONF, SEL), Same()),
            S(answer, Type(DONE)),
            final=final,
            locale=locale,
        )

    def still(
        self,
        kind: str,
        trip: str,
        text: str,
        *expect: Check,
        types: tuple[str, ...] = (DONE,),
        locale: str | None = None,
    ) -> None:
        """A question or remark: answered, nothing changed."""
        self.case(kind, trip, S(text, Type(*types), Same(), *expect), locale=locale)

    def chat(self, kind: str, trip: str, text: str, locale: str | None = None) -> None:
        """Small talk or a question about the service: short, nothing changed, no dump."""
        self.still(kind, trip, text, NoDump(), locale=locale)

    def edit(
        self,
        kind: str,
        trip: str,
        text: str,
        *final: Check,
        confirm: str = "yes",
        choose: str = "1",
        answer: str | None = None,
        locale: str | None = None,
    ) -> None:
        """One request that may be done at once or asked about first (nothing changed until
        then); whatever is asked is gone along with, up to twice; `final` holds at the end."""
        self.flow(kind, trip, text, *final, turns=2, confirm=confirm, choose=choose,
                  answer=answer, locale=locale, strict=True)  # fmt: skip

    def flow(
        self,
        kind: str,
        trip: str,
        text: str,
        *final: Check,
        turns: int = 3,
        confirm: str = "yes",
        choose: str = "1",
        answer: str | None = None,
        locale: str | None = None,
        strict: bool = False,
    ) -> None:
        """Something that may take a few questions (several requests, plans, bookings): any
        answer type first (PARTIAL too), then up to `turns` go-alongs; `strict` also asks that
        nothing changed while a question is open."""
        opening = (Type(DONE, CONF, SEL, INPUT), When((CONF, SEL, INPUT), Same())) if strict else (
            Type(DONE, CONF, SEL, INPUT, PART),)  # fmt: skip
        along = go(confirm, choose, answer=answer)
        steps = (S(text, *opening), *(along for _ in range(turns)))
        self.case(kind, trip, *steps, final=final, locale=locale)

    def already(self, trip: str, text: str, name: str, locale: str | None = None) -> None:
        """Adding what the trip already has: asked first (nothing changed), or warned, or told
        that `name` is already there and nothing added."""
        outcomes = AnyOf(
            (Type(CONF, SEL, INPUT), Same()),
            (Type(DONE), Warned()),
            (Type(DONE), Same(), Says(name)),
        )
        self.case("duplicate", trip, S(text, outcomes), locale=locale)


# Time windows a traveler means by a part of the day (inclusive, 24 h).
MORNING = ("06:00", "12:00")
BREAKFAST = ("06:00", "11:00")
LUNCH = ("11:00", "15:00")
AFTERNOON = ("12:00", "18:30")
EVENING = ("17:00", "23:59")
DINNER = ("17:30", "23:00")
