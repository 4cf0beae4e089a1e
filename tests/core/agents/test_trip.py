"""TripAgent on a real database: swap, add and remove days, the start date, lighter days.

Turns are ParsedTurn values routed by the orchestrator (the parser does not produce them all
yet); the assertions are on the itinerary after each turn, its versions and undo.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest

from bots.container import Services
from core.domain.changeset import AddNode, RemoveNode
from core.domain.itinerary import Node, NodeType, PlaceSnapshot
from core.intents.model import Intent
from core.protocol import ResponseType
from core.services.itinerary import MAX_TRIP_DAYS
from tests.core.agents.trip_kit import Driver, node_ids, titles

START = date(2026, 12, 7)  # the demo trip starts two weeks after the fake clock's today
COMPLETE, ERROR = ResponseType.COMPLETE, ResponseType.ERROR
SELECTION, CONFIRMATION = ResponseType.NEEDS_SELECTION, ResponseType.NEEDS_CONFIRMATION
YES, NO = 0, 1


def dates(days: int, start: date = START) -> list[date]:
    return [start + timedelta(days=n) for n in range(days)]


async def undo(trip: Driver) -> None:
    answer = await trip.turn(Intent.UNDO)
    assert answer.type is COMPLETE, answer


# --- swap ---------------------------------------------------------------------------------


async def test_swap_exchanges_items_keeps_times_and_undoes(trip: Driver) -> None:
    before = await trip.view()
    answer = await trip.turn(Intent.SWAP_DAYS, day=1, to_day=3)
    assert answer.type is COMPLETE, answer
    assert answer.data is not None
    assert answer.data["diff"][0]["op"] == "swap_days"
    after = await trip.view()
    assert after.version == before.version + 1
    assert after.days[0].nodes == before.days[2].nodes  # same ids, same times
    assert after.days[2].nodes == before.days[0].nodes
    assert after.days[1] == before.days[1]
    assert [d.date for d in after.days] == dates(3)
    await undo(trip)
    restored = await trip.view()
    assert restored.days == before.days
    assert restored.version == before.version + 2


async def test_swap_asks_for_missing_days(trip: Driver) -> None:
    before = await trip.view()
    ask = await trip.turn(Intent.SWAP_DAYS)
    assert ask.type is SELECTION
    assert ask.data is not None
    assert len(ask.data["options"]) == 3
    ask_other = await trip.choose(1)  # day 2
    assert ask_other.type is SELECTION
    assert ask_other.data is not None
    assert [o["id"] for o in ask_other.data["options"]] == ["1", "3"]
    done = await trip.choose(1)  # day 3
    assert done.type is COMPLETE, done
    after = await trip.view()
    assert node_ids(after) == [node_ids(before)[0], node_ids(before)[2], node_ids(before)[1]]


async def test_swap_with_one_day_named_asks_for_the_other(trip: Driver) -> None:
    before = await trip.view()
    answer = await trip.turn(Intent.SWAP_DAYS, day=3)  # three days: which other one?
    assert answer.type is SELECTION
    assert answer.data is not None
    assert [o["id"] for o in answer.data["options"]] == ["1", "2"]
    assert (await trip.view()).version == before.version
    done = await trip.choose(0)
    assert done.type is COMPLETE
    old = node_ids(before)
    assert node_ids(await trip.view()) == [old[2], old[1], old[0]]


@pytest.mark.parametrize(
    ("day", "to_day"), [(1, 4), (0, 2), (2, 2)], ids=["outside", "zero", "same-day"]
)
async def test_swap_refuses_days_it_cannot_swap(trip: Driver, day: int, to_day: int) -> None:
    before = await trip.view()
    answer = await trip.turn(Intent.SWAP_DAYS, day=day, to_day=to_day)
    assert answer.type is ERROR
    assert await trip.view() == before


async def test_swap_two_empty_days_changes_nothing(trip: Driver) -> None:
    more = await trip.turn(Intent.ADD_DAYS, day_count=2)
    assert more.type is COMPLETE
    before = await trip.view()
    answer = await trip.turn(Intent.SWAP_DAYS, day=4, to_day=5)
    assert answer.type is COMPLETE
    assert await trip.view() == before


# --- add days -----------------------------------------------------------------------------


async def test_add_days_at_the_end_are_empty_and_dated(trip: Driver) -> None:
    before = await trip.view()
    answer = await trip.turn(Intent.ADD_DAYS, day_count=2)
    assert answer.type is COMPLETE, answer
    after = await trip.view()
    assert [d.day for d in after.days] == [1, 2, 3, 4, 5]
    assert [d.date for d in after.days] == dates(5)
    assert after.days[:3] == before.days
    assert after.days[3].nodes == after.days[4].nodes == []
    await undo(trip)
    assert (await trip.view()).days == before.days


async def test_add_one_day_by_default_before_a_day(trip: Driver) -> None:
    before = await trip.view()
    answer = await trip.turn(Intent.ADD_DAYS, day=1)
    assert answer.type is COMPLETE, answer
    after = await trip.view()
    assert node_ids(after) == [[], *node_ids(before)]
    assert [d.date for d in after.days] == dates(4)  # old day 1 moved to the second date
    assert after.start_date == START
    await undo(trip)
    assert (await trip.view()).days == before.days


@pytest.mark.parametrize(
    ("slots", "kind"),
    [
        ({"day_count": MAX_TRIP_DAYS - 2}, "too long"),
        ({"day_count": 0}, "nothing"),
        ({"day": 6}, "outside"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
async def test_add_days_refuses(trip: Driver, slots: dict[str, int], kind: str) -> None:
    before = await trip.view()
    answer = await trip.turn(Intent.ADD_DAYS, **slots)
    assert answer.type is ERROR, kind
    assert await trip.view() == before


async def test_add_days_up_to_the_limit(trip: Driver) -> None:
    answer = await trip.turn(Intent.ADD_DAYS, day_count=MAX_TRIP_DAYS - 3)
    assert answer.type is COMPLETE
    assert len((await trip.view()).days) == MAX_TRIP_DAYS


# --- remove days --------------------------------------------------------------------------


async def test_remove_day_confirms_first_then_renumbers_and_undoes(trip: Driver) -> None:
    before = await trip.view()
    ask = await trip.turn(Intent.REMOVE_DAYS, day=2)
    assert ask.type is CONFIRMATION
    assert ask.data is not None
    preview = " ".join(ask.data["preview"]["items"])
    for title in titles(before)[1]:
        assert title in preview
    assert await trip.view() == before  # nothing changes before yes
    done = await trip.choose(YES)
    assert done.type is COMPLETE, done
    after = await trip.view()
    assert node_ids(after) == [node_ids(before)[0], node_ids(before)[2]]
    assert [d.day for d in after.days] == [1, 2]
    assert [d.date for d in after.days] == dates(2)
    assert after.version == before.version + 1
    await undo(trip)
    assert (await trip.view()).days == before.days


async def test_remove_day_answered_no_changes_nothing(trip: Driver) -> None:
    before = await trip.view()
    await trip.turn(Intent.REMOVE_DAYS, day=1)
    answer = await trip.choose(NO)
    assert answer.type is COMPLETE
    assert await trip.view() == before


@pytest.mark.parametrize(
    ("slots", "kept"),
    [({"day_count": 1}, 2), ({"trip_days": 1}, 1), ({"day": -1}, 2), ({"day_count": 2}, 1)],
    ids=["one-off-the-end", "shorten-to-one", "last-day", "two-off-the-end"],
)
async def test_remove_days_off_the_end(trip: Driver, slots: dict[str, int], kept: int) -> None:
    before = await trip.view()
    ask = await trip.turn(Intent.REMOVE_DAYS, **slots)
    assert ask.type is CONFIRMATION
    assert ask.data is not None
    removed_titles = [t for day in titles(before)[kept:] for t in day]
    preview = " ".join(ask.data["preview"]["items"])
    assert all(title in preview for title in removed_titles)
    await trip.choose(YES)
    after = await trip.view()
    assert after.days == before.days[:kept]


@pytest.mark.parametrize(
    "slots",
    [{"trip_days": 0}, {"day_count": 3}, {"day": 4}, {"trip_days": 5}, {"day": 3, "day_count": 2}],
    ids=["to-zero", "every-day", "outside", "longer", "past-the-end"],
)
async def test_remove_days_refuses(trip: Driver, slots: dict[str, int]) -> None:
    before = await trip.view()
    answer = await trip.turn(Intent.REMOVE_DAYS, **slots)
    assert answer.type is ERROR
    assert await trip.view() == before


async def test_remove_without_a_day_asks_which(trip: Driver) -> None:
    ask = await trip.turn(Intent.REMOVE_DAYS)
    assert ask.type is SELECTION
    confirm = await trip.choose(2)  # day 3
    assert confirm.type is CONFIRMATION
    await trip.choose(YES)
    assert len((await trip.view()).days) == 2


async def test_remove_the_only_day_is_refused(services: Services, trip: Driver) -> None:
    single = await trip.create("Kyoto", 1, START)
    answer = await single.turn(Intent.REMOVE_DAYS, day=1)
    assert answer.type is ERROR


async def test_confirmed_removal_loses_to_a_change_made_meanwhile(trip: Driver) -> None:
    await trip.turn(Intent.REMOVE_DAYS, day=2)
    other = await trip.view()
    await trip.apply(RemoveNode(node_id=other.days[0].nodes[0].id))  # another channel
    changed = await trip.view()
    answer = await trip.choose(YES)
    assert answer.type is ERROR
    assert await trip.view() == changed


# --- start date ---------------------------------------------------------------------------


async def test_set_start_moves_every_date_and_undoes(trip: Driver) -> None:
    before = await trip.view()
    new_start = date(2027, 3, 14)
    answer = await trip.turn(Intent.SET_START, date=new_start)
    assert answer.type is COMPLETE, answer
    assert answer.data is not None
    assert answer.data["diff"] == [
        {"op": "set_start", "fromDate": START.isoformat(), "toDate": new_start.isoformat()}
    ]
    after = await trip.view()
    assert after.start_date == new_start
    assert [d.date for d in after.days] == dates(3, new_start)
    assert node_ids(after) == node_ids(before)
    await undo(trip)
    restored = await trip.view()
    assert restored.start_date == START
    assert restored.days == before.days


async def test_a_new_last_day_resizes_the_trip_to_end_then(trip: Driver) -> None:
    longer = await trip.turn(Intent.ADD_DAYS, date=START + timedelta(days=4))
    assert longer.type is COMPLETE, longer
    assert [d.date for d in (await trip.view()).days] == dates(5)
    same = await trip.turn(Intent.ADD_DAYS, date=START + timedelta(days=4))
    assert same.type is COMPLETE, same
    assert len((await trip.view()).days) == 5
    shorter = await trip.turn(Intent.ADD_DAYS, date=START + timedelta(days=1))
    assert shorter.type is CONFIRMATION, shorter  # removing days is asked first
    before = await trip.view()
    too_early = await trip.turn(Intent.ADD_DAYS, date=START - timedelta(days=2))
    assert too_early.type is ERROR
    assert await trip.view() == before


async def test_set_start_asks_for_a_missing_date_and_refuses_the_past(trip: Driver) -> None:
    before = await trip.view()
    ask = await trip.turn(Intent.SET_START)
    assert ask.type is ResponseType.NEEDS_INPUT
    past = await trip.turn(Intent.SET_START, date=date(2026, 11, 1))
    assert past.type is ERROR
    assert await trip.view() == before


async def test_set_start_on_a_trip_without_dates(trip: Driver) -> None:
    undated = await trip.create("Kyoto", 2, None)
    answer = await undated.turn(Intent.SET_START, date=date(2027, 1, 5))
    assert answer.type is COMPLETE
    after = await undated.view()
    assert [d.date for d in after.days] == [date(2027, 1, 5), date(2027, 1, 6)]
    await undo(undated)
    restored = await undated.view()
    assert restored.start_date is None
    assert [d.date for d in restored.days] == [None, None]


@pytest.mark.parametrize(("weekday", "shift"), [(1, 1), (2, 2), (5, -2), (6, -1)])
async def test_a_weekday_start_is_the_one_nearest_the_trip_start(
    trip: Driver, weekday: int, shift: int
) -> None:
    # "a gente chega só na terça": the trip's own week, not the next Tuesday from today.
    far = date(2026, 11, 24)  # what the calendar alone reads: the next such weekday from today
    answer = await trip.turn(Intent.SET_START, date=far, day_ref=f"weekday:{weekday}")
    assert answer.type is COMPLETE, answer
    start = (await trip.view()).start_date
    assert start == START + timedelta(days=shift)
    assert start is not None
    assert start.weekday() == weekday


async def test_a_shift_moves_the_whole_trip_by_that_many_days(trip: Driver) -> None:
    before = await trip.view()
    later = await trip.turn(Intent.SET_START, shift_days=7)
    assert later.type is COMPLETE, later
    assert (await trip.view()).start_date == START + timedelta(days=7)
    earlier = await trip.turn(Intent.SET_START, shift_days=-2)
    assert earlier.type is COMPLETE, earlier
    after = await trip.view()
    assert after.start_date == START + timedelta(days=5)
    assert node_ids(after) == node_ids(before)


async def test_a_shift_of_a_trip_without_dates_asks_for_the_date(trip: Driver) -> None:
    undated = await trip.create("Kyoto", 2, None)
    ask = await undated.turn(Intent.SET_START, shift_days=7)
    assert ask.type is ResponseType.NEEDS_INPUT
    assert (await undated.view()).start_date is None


# --- relax --------------------------------------------------------------------------------


def _visit(trip: Driver, place_id: str, time: str, duration: int | None = None) -> Node:
    demo = trip.services.demo_places
    assert demo is not None
    candidate = demo.place(place_id)
    assert candidate is not None
    return Node(
        title=candidate.name,
        type=NodeType.ATTRACTION,
        time=time,
        duration_minutes=duration,
        place_id=candidate.place_id,
        place=PlaceSnapshot.from_candidate(candidate),
    )


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


async def test_relax_a_busy_day_after_yes(trip: Driver) -> None:
    extra = [
        _visit(trip, "demo-hadibo-hadibo-old-market", "11:00"),
        _visit(trip, "demo-hadibo-delisha-beach", "14:00"),
        _visit(trip, "demo-hadibo-haggeher-foothills-viewpoint", "13:30"),
    ]
    # Day 2: breakfast 08:30, nursery 10:00, lunch 13:00, dinner 19:30, plus three visits.
    await trip.apply(*(AddNode(day=2, node=node) for node in extra))
    before = await trip.view()
    meals = [n.id for n in before.days[1].nodes if n.type is NodeType.MEAL]
    visits = [n for n in before.days[1].nodes if n.type is NodeType.ATTRACTION]
    assert len(visits) == 4
    ask = await trip.turn(Intent.RELAX, day=2)
    assert ask.type is CONFIRMATION, ask
    assert ask.data is not None
    assert len(ask.data["preview"]["items"]) >= 2
    assert await trip.view() == before
    done = await trip.choose(YES)
    assert done.type is COMPLETE, done
    after = await trip.view()
    day = after.days[1].nodes
    assert [n.id for n in day if n.type is NodeType.MEAL] == meals
    kept = [n for n in day if n.type is NodeType.ATTRACTION]
    assert len(kept) == 2
    dropped = {n.id for n in visits} - {n.id for n in kept}
    rating = {n.id: (n.place.rating if n.place else None) or 0 for n in visits}
    assert max(rating[i] for i in dropped) <= min(rating[n.id] for n in kept)
    starts = [_minutes(n.time) for n in day if n.time]
    assert starts == sorted(starts)
    assert all(b - a >= 90 for a, b in pairwise(starts))
    assert after.days[0] == before.days[0]
    assert after.days[2] == before.days[2]
    await undo(trip)
    assert (await trip.view()).days == before.days


async def test_relax_spaces_stops_that_are_too_close(trip: Driver) -> None:
    # Day 3: viewpoint 09:00, lunch 13:00, market 16:00; a cafe stop squeezed in at 13:30.
    await trip.apply(AddNode(day=3, node=Node(title="Coffee", type=NodeType.MEAL, time="13:30")))
    before = await trip.view()
    ask = await trip.turn(Intent.RELAX, day=3)
    assert ask.type is CONFIRMATION
    await trip.choose(YES)
    after = await trip.view()
    times = {n.title: n.time for n in after.days[2].nodes}
    assert times["Coffee"] == "14:30"  # 90 minutes after lunch; the rest keep their times
    assert {n.title: n.time for n in before.days[2].nodes} == {**times, "Coffee": "13:30"}


async def test_relax_a_light_day_changes_nothing(trip: Driver) -> None:
    before = await trip.view()
    answer = await trip.turn(Intent.RELAX, day=1)
    assert answer.type is COMPLETE
    assert await trip.view() == before


async def test_relax_asks_which_day_and_refuses_one_outside(trip: Driver) -> None:
    ask = await trip.turn(Intent.RELAX)
    assert ask.type is SELECTION
    assert ask.data is not None
    assert len(ask.data["options"]) == 3
    outside = await trip.turn(Intent.RELAX, day=9)
    assert outside.type is ERROR


# --- languages ----------------------------------------------------------------------------


async def test_answers_follow_the_language(trip: Driver) -> None:
    trip.locale = "es"
    swapped = await trip.turn(Intent.SWAP_DAYS, day=1, to_day=2)
    assert swapped.message.startswith("Intercambié")
    added = await trip.turn(Intent.ADD_DAYS)
    assert "1 día vacío" in added.message
    ask = await trip.turn(Intent.REMOVE_DAYS, day_count=2)
    assert ask.message.startswith("¿Quito")
    trip.locale = "pt"
    moved = await trip.turn(Intent.SET_START, date=date(2027, 3, 14))
    assert "14 de março de 2027" in moved.message


@pytest.mark.parametrize(
    ("said", "start"),
    [("monthday:00-10", date(2027, 3, 10)), ("monthday:00-01", date(2027, 4, 1))],
)
async def test_a_day_of_the_month_start_is_the_one_near_the_trip(
    trip: Driver, said: str, start: date
) -> None:
    # "we land on the 10th" for a trip in March: March's 10th, not the next 10th from today.
    march = await trip.create("Lisbon", 4, date(2027, 3, 20))
    today_reading = date(2026, 12, 10)
    answer = await march.turn(Intent.SET_START, date=today_reading, day_ref=said)
    assert answer.type is COMPLETE, answer
    assert (await march.view()).start_date == start


async def test_a_day_of_the_month_end_is_the_one_near_the_trip_end(trip: Driver) -> None:
    # "staying till the 25th" on a trip from March 20: March's 25th.
    march = await trip.create("Lisbon", 4, date(2027, 3, 20))
    answer = await march.turn(Intent.ADD_DAYS, date=date(2026, 12, 25), end_ref="monthday:00-25")
    assert answer.type is COMPLETE, answer
    view = await march.view()
    assert [d.date for d in view.days][-1] == date(2027, 3, 25)
