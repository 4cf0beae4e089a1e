"""Checks on the items a turn added, replaced, removed or kept (read from before/after)."""

from __future__ import annotations

from dataclasses import dataclass

from bench.understanding_corpus.context import (
    Check,
    Ctx,
    candidates,
    describe,
    find,
    lost_items,
    minutes,
    name_of,
    new_items,
    node_matches,
    wish_problem,
)
from bench.understanding_corpus.places import Wish, contains, fold


def _window(between: tuple[str, str] | None, node_time: str | None) -> str | None:
    if between is None:
        return None
    at = minutes(node_time)
    low, high = minutes(between[0]), minutes(between[1])
    if at is None or low is None or high is None or not low <= at <= high:
        return f"at {node_time or 'no time'}, expected {between[0]}-{between[1]}"
    return None


@dataclass(frozen=True)
class Added(Check):
    """A place matching the terms (and wish) was added on `day`, at `at` or in `between`.

    `only`: exactly one place was added in all and no place was lost. `name`: the added
    place has this name.
    """

    day: int | None = None
    terms: tuple[str, ...] = ()
    wish: Wish | None = None
    between: tuple[str, str] | None = None
    at: str | None = None
    only: bool = True
    name: str | None = None

    def check(self, ctx: Ctx) -> str | None:
        added = new_items(ctx)
        if not added:
            return "nothing was added (" + describe(ctx.after, self.day) + ")"
        if self.only and len(added) > 1:
            return f"{len(added)} places added: {[name_of(n) for _, n in added]}"
        if self.only and (lost := lost_items(ctx)):
            return f"places lost: {lost}"
        reasons = []
        for day, node in added:
            problems = [
                f"on day {day}, expected day {self.day}" if self.day and day != self.day else None,
                None if node_matches(ctx, node, self.terms) else f"not {'/'.join(self.terms)}",
                wish_problem(ctx, node, self.wish),
                _window(self.between, node.time),
                f"at {node.time}, expected {self.at}" if self.at and node.time != self.at else None,
                f"not {self.name}"
                if self.name and not contains(name_of(node), self.name)
                else None,
            ]
            wrong = [p for p in problems if p]
            if not wrong:
                return None
            reasons.append(f"{name_of(node)}: {', '.join(wrong)}")
        return "added " + "; ".join(reasons)


@dataclass(frozen=True)
class Filled(Check):
    """The open slot titled one of `slots` on `day` now holds a matching place."""

    day: int
    slots: tuple[str, ...]
    terms: tuple[str, ...] = ()
    wish: Wish | None = None

    def check(self, ctx: Ctx) -> str | None:
        day_before = ctx.before.days[self.day - 1] if self.day <= len(ctx.before.days) else None
        if day_before is None:
            return f"no day {self.day}"
        open_slots = [
            n
            for n in day_before.nodes
            if not n.place_id and any(fold(n.title) == fold(s) for s in self.slots)
        ]
        if not open_slots:
            return f"corpus error: no open {'/'.join(self.slots)} on day {self.day}"
        added = [(d, n) for d, n in new_items(ctx) if d == self.day]
        if not added:
            return (
                "nothing was added on day "
                + str(self.day)
                + " ("
                + describe(ctx.after, self.day)
                + ")"
            )
        after_ids = {n.id: n for n in ctx.after.days[self.day - 1].nodes}
        for slot in open_slots:
            still_open = slot.id in after_ids and not after_ids[slot.id].place_id
            for _, node in added:
                if still_open or node.time != slot.time:
                    continue
                if not node_matches(ctx, node, self.terms):
                    return f"{name_of(node)} fills {slot.title} but is not {'/'.join(self.terms)}"
                if why := wish_problem(ctx, node, self.wish):
                    return why
                return None
        got = ", ".join(f"{name_of(n)} at {n.time or 'no time'}" for _, n in added)
        slots = "/".join(self.slots)
        return f"added {got}, but the open {slots} slot on day {self.day} was not filled"


@dataclass(frozen=True)
class Chose(Check):
    """The place added is card number `index` (0-based, -1 the last) of the previous answer."""

    index: int

    def check(self, ctx: Ctx) -> str | None:
        cards = candidates(ctx.prev) if ctx.prev else []
        if not -len(cards) <= self.index < len(cards):
            return f"the previous answer had {len(cards)} cards"
        wanted = str(cards[self.index].get("placeId"))
        got = [n.place_id for _, n in new_items(ctx)]
        if got == [wanted]:
            return None
        names = [name_of(n) for _, n in new_items(ctx)]
        card = cards[self.index]["name"]
        return f"added {names or 'nothing'}, expected card {self.index} {card!r}"


@dataclass(frozen=True)
class Replaced(Check):
    """`old` left `day` and a place matching the terms (and wish) took its place there."""

    old: str
    day: int
    terms: tuple[str, ...] = ()
    wish: Wish | None = None

    def check(self, ctx: Ctx) -> str | None:
        if not find(ctx.before, self.old, self.day):
            return f"corpus error: no {self.old!r} on day {self.day}"
        if find(ctx.after, self.old, self.day):
            return f"{self.old} is still on day {self.day}"
        added = [n for d, n in new_items(ctx) if d == self.day]
        if len(added) != 1:
            return f"{len(added)} new places on day {self.day}: " + describe(ctx.after, self.day)
        node = added[0]
        if not node_matches(ctx, node, self.terms):
            return f"{name_of(node)} is not {'/'.join(self.terms)}"
        if why := wish_problem(ctx, node, self.wish):
            return why
        lost = [n for n in lost_items(ctx) if not contains(n, self.old)]
        return f"also lost {lost}" if lost else None


@dataclass(frozen=True)
class ClashHandled(Check):
    """A place was added on `day`; if it sits at `busy` (taken), the traveler was warned or asked.

    Final check: the warning or question may come in any turn after the first.
    """

    day: int
    busy: str
    terms: tuple[str, ...] = ()

    def check(self, ctx: Ctx) -> str | None:
        added = [n for d, n in new_items(ctx) if d == self.day and node_matches(ctx, n, self.terms)]
        if not added:
            return f"nothing matching {'/'.join(self.terms)} added on day {self.day}"
        if all(n.time != self.busy for n in added):
            return None  # put in a free slot
        warned = any(_real_warnings(r) for r in ctx.history)
        # Cards are a selection; a confirmation or a question is the "that time is taken" one.
        asked = any(r.type.value in {"NEEDS_CONFIRMATION", "NEEDS_INPUT"} for r in ctx.history)
        return None if warned or asked else f"added at {self.busy} on top of another item, silently"


def _real_warnings(response: object) -> list[str]:
    warnings: list[str] = getattr(response, "warnings", [])
    return [w for w in warnings if "demo" not in fold(w) and "ilustrativ" not in fold(w)]


@dataclass(frozen=True)
class NewCount(Check):
    """Exactly `count` places were added."""

    count: int

    def check(self, ctx: Ctx) -> str | None:
        got = len(new_items(ctx))
        return None if got == self.count else f"{got} places added, expected {self.count}"


@dataclass(frozen=True)
class Removed(Check):
    """The item named `name` (None: the last one added) is gone (from `day`, if given) and no
    other place was lost."""

    name: str | None = None
    day: int | None = None

    def check(self, ctx: Ctx) -> str | None:
        name = ctx.named(self.name)
        if not find(ctx.before, name, self.day):
            return f"corpus error: no {name!r} before"
        if still := find(ctx.after, name, self.day):
            return f"{name} is still on day {still[0][0]}"
        lost = lost_items(ctx)
        others = [n for n in lost if not contains(n, name)]
        return f"also lost {others}" if others else None


@dataclass(frozen=True)
class Kept(Check):
    """The item named `name` is still on the trip (on `day`, if given)."""

    name: str
    day: int | None = None

    def check(self, ctx: Ctx) -> str | None:
        return None if find(ctx.after, self.name, self.day) else f"{self.name} was removed"


@dataclass(frozen=True)
class NoLoss(Check):
    """No place that was on the trip is gone (it may have moved)."""

    def check(self, ctx: Ctx) -> str | None:
        lost = lost_items(ctx)
        return f"places lost: {lost}" if lost else None
