"""Outcome checks on an answer: each says what went wrong, if anything.

A check never looks at wording: it reads the response type, the cards, and which names the
reply mentions. Checks on the itinerary are in item_checks and trip_checks.
"""

from __future__ import annotations

from dataclasses import dataclass

from bench.understanding_corpus.context import (
    ASKS,
    CONF,
    DONE,
    ERR,
    INPUT,
    PART,
    SEL,
    Check,
    Ctx,
    candidates,
    card_id,
    name_of,
    placed,
    reply_text,
    shape,
    shape_day,
)
from bench.understanding_corpus.places import Wish, contains, fold

__all__ = [
    "ASKS", "CONF", "DONE", "ERR", "INPUT", "PART", "SEL", "AnyOf", "Cards", "Changed", "Check",
    "Ctx", "NoDump", "NotSays", "Same", "Says", "SaysLast", "Short", "Type", "Warned", "When",
]  # fmt: skip


@dataclass(frozen=True)
class Type(Check):
    """The response type is one of these."""

    allowed: tuple[str, ...]

    def __init__(self, *allowed: str) -> None:
        object.__setattr__(self, "allowed", allowed)

    def check(self, ctx: Ctx) -> str | None:
        got = ctx.response.type.value
        if got in self.allowed:
            return None
        return f"type {got}, expected {'/'.join(self.allowed)} ({ctx.response.message[:90]!r})"


@dataclass(frozen=True)
class Same(Check):
    """Nothing in the itinerary changed."""

    def check(self, ctx: Ctx) -> str | None:
        if shape(ctx.before) == shape(ctx.after):
            return None
        changed = [
            f"day {d.day}"
            for d, e in zip(ctx.before.days, ctx.after.days, strict=False)
            if shape_day(d) != shape_day(e)
        ]
        extra = f"; days {len(ctx.before.days)}→{len(ctx.after.days)}"
        return f"the trip changed ({', '.join(changed) or 'dates/destination'}{extra})"


@dataclass(frozen=True)
class Changed(Check):
    """Something in the itinerary changed."""

    def check(self, ctx: Ctx) -> str | None:
        return "nothing changed" if shape(ctx.before) == shape(ctx.after) else None


@dataclass(frozen=True)
class Cards(Check):
    """Place cards, every one matching the terms and wish, none of the excluded names.

    With `only_if=True` the check holds vacuously when the answer offers no cards (a direct
    add is also fine), but cards that are offered must still fit.
    """

    terms: tuple[str, ...] = ()
    wish: Wish | None = None
    exclude: tuple[str, ...] = ()
    min: int = 1
    only_if: bool = False
    city: str | None = None

    def check(self, ctx: Ctx) -> str | None:
        cards = candidates(ctx.response)
        if not cards:
            if self.only_if and ctx.response.type.value != SEL:
                return None
            return f"no place cards (type {ctx.response.type.value}: {ctx.response.message[:80]!r})"
        if len(cards) < self.min:
            return f"{len(cards)} cards, expected at least {self.min}"
        for card in cards:
            place = ctx.places.get(card_id(card))
            name = str(card.get("name"))
            if place is None:
                return f"card {name!r} is not a demo place"
            if self.city and place.city != self.city:
                return f"card {name!r} is in {place.city}, not {self.city}"
            if not place.matches(self.terms):
                return f"card {name!r} does not match {'/'.join(self.terms)}"
            if self.wish and (why := self.wish.why_not(place, ctx.now)):
                return f"card {why}"
            if any(fold(name) == fold(x) for x in self.exclude):
                return f"card {name!r} should not be offered"
        return None


@dataclass(frozen=True)
class Says(Check):
    """The reply mentions every one of these names (whole words, accents ignored)."""

    names: tuple[str, ...]

    def __init__(self, *names: str) -> None:
        object.__setattr__(self, "names", names)

    def check(self, ctx: Ctx) -> str | None:
        text = reply_text(ctx.response)
        missing = [n for n in self.names if not contains(text, n)]
        return f"reply does not mention {missing} ({text[:100]!r})" if missing else None


@dataclass(frozen=True)
class NotSays(Check):
    """The reply mentions none of these names."""

    names: tuple[str, ...]

    def __init__(self, *names: str) -> None:
        object.__setattr__(self, "names", names)

    def check(self, ctx: Ctx) -> str | None:
        text = reply_text(ctx.response)
        found = [n for n in self.names if contains(text, n)]
        return f"reply mentions {found}" if found else None


@dataclass(frozen=True)
class SaysLast(Check):
    """The reply mentions the place this case added last (the referent of "this place")."""

    def check(self, ctx: Ctx) -> str | None:
        if ctx.last_added is None:
            return "no place was added earlier in the case"
        if contains(reply_text(ctx.response), ctx.last_added):
            return None
        return f"reply is not about {ctx.last_added!r}: {ctx.response.message[:100]!r}"


@dataclass(frozen=True)
class NoDump(Check):
    """The reply does not list the itinerary (at most `most` of the trip's place names)."""

    most: int = 2

    def check(self, ctx: Ctx) -> str | None:
        text = reply_text(ctx.response)
        names = {name_of(n) for _, n in placed(ctx.after)}
        hit = [n for n in names if contains(text, n)]
        return f"reply lists the trip ({len(hit)} items named)" if len(hit) > self.most else None


@dataclass(frozen=True)
class Short(Check):
    """A short answer (social turns): at most `chars` characters."""

    chars: int = 320

    def check(self, ctx: Ctx) -> str | None:
        size = len(ctx.response.message)
        return f"reply is {size} characters long" if size > self.chars else None


@dataclass(frozen=True)
class Warned(Check):
    """The reply carries at least one warning."""

    def check(self, ctx: Ctx) -> str | None:
        demo = ("demo", "ilustrativ")  # the demo-data notice is not a warning about the request
        real = [w for w in ctx.response.warnings if not any(d in fold(w) for d in demo)]
        return None if real else "no warning"


@dataclass(frozen=True)
class AnyOf(Check):
    """At least one group of checks holds entirely."""

    groups: tuple[tuple[Check, ...], ...]

    def __init__(self, *groups: tuple[Check, ...] | Check) -> None:
        normal = tuple(g if isinstance(g, tuple) else (g,) for g in groups)
        object.__setattr__(self, "groups", normal)

    def check(self, ctx: Ctx) -> str | None:
        reasons = []
        for group in self.groups:
            failed = [r for c in group if (r := c.check(ctx)) is not None]
            if not failed:
                return None
            reasons.append(failed[0])
        return "none of: " + " | ".join(reasons)


@dataclass(frozen=True)
class When(Check):
    """These checks apply only when the response type is one of `types`."""

    types: tuple[str, ...]
    checks: tuple[Check, ...]

    def __init__(self, types: tuple[str, ...] | str, *checks: Check) -> None:
        object.__setattr__(self, "types", (types,) if isinstance(types, str) else types)
        object.__setattr__(self, "checks", checks)

    def check(self, ctx: Ctx) -> str | None:
        if ctx.response.type.value not in self.types:
            return None
        return next((r for c in self.checks if (r := c.check(ctx)) is not None), None)
