"""Checks on the trip as a whole: days, dates, moves, pace, plans, bookings and leads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bench.understanding_corpus.context import (
    Check,
    Ctx,
    describe,
    find,
    lost_items,
    name_of,
    node_matches,
    placed,
)
from bench.understanding_corpus.places import contains
from core.services.itinerary import ItineraryView


@dataclass(frozen=True)
class Cleared(Check):
    """Day `day` holds no place any more, and (unless `others` is False) the other days are
    untouched."""

    day: int
    others: bool = True

    def check(self, ctx: Ctx) -> str | None:
        left = [name_of(n) for d, n in placed(ctx.after) if d == self.day]
        if left:
            return f"day {self.day} still has {left}"
        if not self.others:
            return None
        for old, new in zip(ctx.before.days, ctx.after.days, strict=False):
            if old.day != self.day and [n.place_id for n in old.nodes] != [
                n.place_id for n in new.nodes
            ]:
                return f"day {old.day} changed too"
        return None


@dataclass(frozen=True)
class Moved(Check):
    """The item named `name` (None: the last one added) is now on `day` (at `at`, if given),
    and no place was lost."""

    name: str | None
    day: int
    at: str | None = None
    alone: bool = True  # False when the case made other changes too (two requests at once)

    def check(self, ctx: Ctx) -> str | None:
        name = ctx.named(self.name)
        found = find(ctx.after, name)
        if not found:
            return f"{name} is gone"
        days = [d for d, _ in found]
        if self.day not in days:
            return f"{name} is on day {days}, expected day {self.day}"
        if self.at and all(n.time != self.at for d, n in found if d == self.day):
            times = [n.time for d, n in found if d == self.day]
            return f"{name} is at {times}, expected {self.at}"
        lost = lost_items(ctx) if self.alone else []
        return f"places lost: {lost}" if lost else None


@dataclass(frozen=True)
class Retimed(Check):
    """The item named `name` (None: the last one added) is now at `at` (same day unless `day`
    is given)."""

    name: str | None
    at: str
    day: int | None = None
    alone: bool = True  # False when the case made other changes too (two requests at once)

    def check(self, ctx: Ctx) -> str | None:
        name = ctx.named(self.name)
        before = find(ctx.before, name)
        after = find(ctx.after, name, self.day)
        if not after:
            return f"{name} is gone"
        if any(n.time == self.at for _, n in after):
            lost = lost_items(ctx) if self.alone else []
            if lost:
                return f"places lost: {lost}"
            if self.day is None and before and {d for d, _ in after} != {d for d, _ in before}:
                return f"{name} changed day"
            return None
        return f"{name} is at {[n.time for _, n in after]}, expected {self.at}"


@dataclass(frozen=True)
class Swapped(Check):
    """Days `a` and `b` traded their places."""

    a: int
    b: int

    def check(self, ctx: Ctx) -> str | None:
        def ids(view: ItineraryView, day: int) -> list[str]:
            return sorted(str(n.place_id) for d, n in placed(view) if d == day)

        if ids(ctx.after, self.a) == ids(ctx.before, self.b) and ids(ctx.after, self.b) == ids(
            ctx.before, self.a
        ):
            return None
        return f"days {self.a} and {self.b} not swapped: " + describe(ctx.after)


@dataclass(frozen=True)
class Days(Check):
    """The trip has `count` days."""

    count: int

    def check(self, ctx: Ctx) -> str | None:
        got = len(ctx.after.days)
        return None if got == self.count else f"trip has {got} days, expected {self.count}"


@dataclass(frozen=True)
class Start(Check):
    """The trip starts on `iso` (and day 1's date says so)."""

    iso: str

    def check(self, ctx: Ctx) -> str | None:
        wanted = date.fromisoformat(self.iso)
        if ctx.after.start_date != wanted:
            return f"starts {ctx.after.start_date}, expected {wanted}"
        first = ctx.after.days[0].date if ctx.after.days else None
        return None if first in (None, wanted) else f"day 1 is dated {first}"


@dataclass(frozen=True)
class Plan(Check):
    """A plan of `days` days in `city` (demo city key), each day with places, all from there."""

    city: str
    days: int
    includes: tuple[tuple[str, ...], ...] = ()

    def check(self, ctx: Ctx) -> str | None:
        if len(ctx.after.days) != self.days:
            return f"{len(ctx.after.days)} days, expected {self.days}"
        items = placed(ctx.after)
        foreign = [
            name_of(n) for _, n in items if not str(n.place_id).startswith(f"demo-{self.city}-")
        ]
        if foreign:
            return f"places not in {self.city}: {foreign[:3]}"
        empty = [d.day for d in ctx.after.days if not any(n.place_id for n in d.nodes)]
        if empty:
            return f"days without places: {empty}"
        for terms in self.includes:
            if not any(node_matches(ctx, n, terms) for _, n in items):
                return f"no {'/'.join(terms)} place in the plan"
        return None


@dataclass(frozen=True)
class Lighter(Check):
    """Day `day` holds fewer places than before."""

    day: int

    def check(self, ctx: Ctx) -> str | None:
        def count(view: ItineraryView) -> int:
            return sum(1 for d, _ in placed(view) if d == self.day)

        old, new = count(ctx.before), count(ctx.after)
        return None if new < old else f"day {self.day} has {new} places (before {old})"


@dataclass(frozen=True)
class Booked(Check):
    """A booking request for the named place (default: the last one added) exists."""

    name: str | None = None
    party: int | None = None
    at: str | None = None

    def check(self, ctx: Ctx) -> str | None:
        wanted = self.name or ctx.last_added
        if wanted is None:
            return "no place to book"
        rows = [b for b in ctx.bookings if contains(str(b["place_name"]), wanted)]
        if not rows:
            got = [b["place_name"] for b in ctx.bookings]
            return f"no booking request for {wanted} (requests: {got})"
        row = rows[-1]
        if self.party is not None and row["party_size"] != self.party:
            return f"booking for {row['party_size']} people, expected {self.party}"
        if self.at is not None and row["time"] != self.at:
            return f"booking at {row['time']}, expected {self.at}"
        return None


@dataclass(frozen=True)
class NoBooking(Check):
    """No booking request exists."""

    def check(self, ctx: Ctx) -> str | None:
        return None if not ctx.bookings else f"{len(ctx.bookings)} booking request(s) made"


@dataclass(frozen=True)
class Lead(Check):
    """A request for a local expert (a lead) was recorded."""

    def check(self, ctx: Ctx) -> str | None:
        return None if ctx.leads else "no lead recorded"
