"""The traveler-message corpus (bench.understanding): a ratchet on its score, its size, and
tests of the checkers themselves, so that the harness cannot pass vacuously.

FLOOR and LANG_FLOOR are what the code scored when they were set, rounded down to 5 %: raise
them as understanding improves, never lower them to make a change pass.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, date, datetime

import pytest

from bench.understanding import (
    FRESH2_CASES,
    FRESH_CASES,
    HOLDOUT_CASES,
    TRAIN_CASES,
    Report,
    blind_cases,
    run,
)
from bench.understanding_corpus import ALL_CASES
from bench.understanding_corpus.checks import DONE, SEL, Cards, Changed, Same, Says, Type
from bench.understanding_corpus.context import Ctx
from bench.understanding_corpus.item_checks import Added, Filled, Removed
from bench.understanding_corpus.language import LanguageJudge
from bench.understanding_corpus.places import CHEAP, PlaceIndex
from bench.understanding_corpus.spec import DINNER, KINDS, Case, S
from bench.understanding_corpus.trip_checks import Days, Moved, Retimed, Swapped
from core.domain.itinerary import Day, Node, NodeType
from core.messages import CATALOG
from core.protocol import AgentResponse, ResponseType
from core.services.itinerary import ItineraryView

FLOOR = 0.95
LANG_FLOOR = {"en": 0.95, "es": 0.95, "pt": 0.90}
# The training set (written by someone who never saw the parser, then tuned on): its floor
# keeps what was learned from it; the fresh set (--fresh) stays a measure only.
TRAIN_FLOOR = 0.95
TRAIN_LANG_FLOOR = {"en": 0.95, "es": 0.95, "pt": 0.95}
# fresh and fresh2 were read and tuned on in the second session of 2026-12-07, fresh3 in the
# third (88 % together at its end, 92 % at the end of the fourth): a ratchet, so what was
# learned from them stays learned.
FRESH_FLOOR = 0.90
FRESH_LANG_FLOOR = 0.85
# fresh4 and fresh5 were read in the fourth session (89 % together at its end), fresh6 in the
# fifth (96 % with them at its end), fresh7 in the sixth (83 % before, 98.6 % at its end).
# fresh8, written blind at the start of the sixth (80.0 % then), was read in its last hour and
# tuned on in the seventh (99 % at its end). fresh9, written blind at the start of the seventh
# (84.6 % then), was read in the eighth (98.4 % at its end). fresh10, written blind at the start
# of the eighth, was read in the ninth with fresh11 (written blind at its start): 86.7 % and
# 91.7 % at its end, together 89.2 %. fresh12, written blind in the ninth, is the measure: no floor.
LATER_FLOOR = 0.95
LATER_LANG_FLOOR = 0.90
NINTH_FLOOR = 0.85
NINTH_LANG_FLOOR = 0.80

PLACES = PlaceIndex()
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def report() -> Report:
    # Its own event loop: the whole corpus runs once for the module's tests.
    return asyncio.run(run(ALL_CASES))


def test_the_corpus_scores_at_least_the_floor(report: Report) -> None:
    assert report.score() >= FLOOR, f"{report.score():.1%} < {FLOOR:.0%}"


@pytest.mark.parametrize("lang", sorted(LANG_FLOOR))
def test_each_language_scores_at_least_its_floor(report: Report, lang: str) -> None:
    assert report.score(lang) >= LANG_FLOOR[lang], f"{lang}: {report.score(lang):.1%}"


@pytest.fixture(scope="module")
def train_report() -> Report:
    return asyncio.run(run(TRAIN_CASES))


def test_the_training_set_keeps_its_floor(train_report: Report) -> None:
    assert train_report.score() >= TRAIN_FLOOR, f"{train_report.score():.1%}"
    for lang, floor in TRAIN_LANG_FLOOR.items():
        assert train_report.score(lang) >= floor, f"{lang}: {train_report.score(lang):.1%}"


def test_the_fresh_sets_keep_their_floor() -> None:
    fresh = asyncio.run(run([*FRESH_CASES, *FRESH2_CASES, *blind_cases("fresh3")]))
    assert fresh.score() >= FRESH_FLOOR, f"{fresh.score():.1%}"
    for lang in ("en", "es", "pt"):
        assert fresh.score(lang) >= FRESH_LANG_FLOOR, f"{lang}: {fresh.score(lang):.1%}"


def test_the_sets_read_later_keep_their_floor() -> None:
    read = ("fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9")
    later = asyncio.run(run([case for name in read for case in blind_cases(name)]))
    assert later.score() >= LATER_FLOOR, f"{later.score():.1%}"
    for lang in ("en", "es", "pt"):
        assert later.score(lang) >= LATER_LANG_FLOOR, f"{lang}: {later.score(lang):.1%}"


def test_the_sets_read_in_the_ninth_session_keep_their_floor() -> None:
    read = ("fresh10", "fresh11")
    ninth = asyncio.run(run([case for name in read for case in blind_cases(name)]))
    assert ninth.score() >= NINTH_FLOOR, f"{ninth.score():.1%}"
    for lang in ("en", "es", "pt"):
        assert ninth.score(lang) >= NINTH_LANG_FLOOR, f"{lang}: {ninth.score(lang):.1%}"


def test_the_corpus_is_big_and_covers_every_kind_in_every_language() -> None:
    per_language = Counter(case.lang for case in ALL_CASES)
    assert per_language["en"] >= 200
    assert per_language["es"] >= 100
    assert per_language["pt"] >= 100
    for lang in ("en", "es", "pt"):
        kinds = {case.kind for case in ALL_CASES if case.lang == lang}
        assert kinds == set(KINDS), f"{lang} lacks {set(KINDS) - kinds}"
    ids = [case.id for case in ALL_CASES]
    assert len(ids) == len(set(ids))


def test_the_holdout_set_is_big_varied_and_kept_apart_from_the_corpus() -> None:
    # No score floor: the holdout estimates generalization, it is not a target to tune for.
    per_language = Counter(case.lang for case in HOLDOUT_CASES)
    assert per_language["en"] >= 50
    assert per_language["es"] >= 40
    assert per_language["pt"] >= 40
    for lang in ("en", "es", "pt"):
        kinds = {case.kind for case in HOLDOUT_CASES if case.lang == lang}
        assert len(kinds) >= 15, f"{lang} covers only {sorted(kinds)}"
    ids = [case.id for case in HOLDOUT_CASES]
    assert len(ids) == len(set(ids))
    assert not set(ids) & {case.id for case in ALL_CASES}, "holdout cases in the default run"
    corpus_texts = {step.text.casefold() for case in ALL_CASES for step in case.steps}
    reused = [case.title for case in HOLDOUT_CASES if case.title.casefold() in corpus_texts]
    assert not reused, f"holdout messages copied from the corpus: {reused}"


# ---- the checkers fail when they must ------------------------------------------------------


def _node(time: str | None, what: str) -> Node:
    if what.startswith("demo-"):
        return Node(title=PLACES.by_id[what].name, type=NodeType.MEAL, time=time, place_id=what)
    return Node(title=what, type=NodeType.MEAL, time=time)


def _view(*days: list[Node], start: date | None = date(2026, 12, 7)) -> ItineraryView:
    built = [Day(day=n, nodes=nodes) for n, nodes in enumerate(days, start=1)]
    return ItineraryView("i1", "u1", "Kyoto", start, 2, built)


def _ctx(before: ItineraryView, after: ItineraryView, response: AgentResponse | None = None) -> Ctx:
    return Ctx(response or AgentResponse.complete("ok"), before, after, PLACES, NOW)


TEMPLE = _node("09:00", "demo-kyoto-kinkaku-ji")
RAMEN = "demo-kyoto-menya-kurogane"
LUNCH_SLOT = _node("12:30", "Lunch")
BEFORE = _view([TEMPLE, LUNCH_SLOT], [_node("10:00", "demo-kyoto-nijo-castle")])


def test_type_fails_on_another_type() -> None:
    ctx = _ctx(BEFORE, BEFORE, AgentResponse.error("no"))
    assert Type(DONE).check(ctx) is not None
    assert Type(DONE, "ERROR").check(ctx) is None


def test_same_and_changed_are_opposites() -> None:
    after = _view([TEMPLE, LUNCH_SLOT], [])
    assert Same().check(_ctx(BEFORE, BEFORE)) is None
    assert Changed().check(_ctx(BEFORE, BEFORE)) is not None
    assert Same().check(_ctx(BEFORE, after)) is not None
    assert Changed().check(_ctx(BEFORE, after)) is None


def test_added_rejects_nothing_the_wrong_day_kind_time_or_too_much() -> None:
    one = _view([TEMPLE, LUNCH_SLOT, _node("19:00", RAMEN)], BEFORE.days[1].nodes)
    ctx = _ctx(BEFORE, one)
    assert Added(1, ("ramen",), between=DINNER).check(ctx) is None
    assert Added(1, ("ramen",)).check(_ctx(BEFORE, BEFORE)) is not None
    assert Added(2, ("ramen",)).check(ctx) is not None
    assert Added(1, ("sushi",)).check(ctx) is not None
    assert Added(1, ("ramen",), between=("11:00", "15:00")).check(ctx) is not None
    assert Added(1, ("ramen",), wish=CHEAP).check(ctx) is None  # price level 1
    two = _view([*one.days[0].nodes, _node(None, "demo-kyoto-ryoan-ji")], one.days[1].nodes)
    assert Added(1, ("ramen",)).check(_ctx(BEFORE, two)) is not None


def test_filled_wants_the_open_slot_itself_not_a_new_untimed_item() -> None:
    untimed = _view([TEMPLE, LUNCH_SLOT, _node(None, RAMEN)], BEFORE.days[1].nodes)
    filled = _view([TEMPLE, _node("12:30", RAMEN)], BEFORE.days[1].nodes)
    assert Filled(1, ("Lunch",), ("ramen",)).check(_ctx(BEFORE, untimed)) is not None
    assert Filled(1, ("Lunch",), ("ramen",)).check(_ctx(BEFORE, filled)) is None
    assert Filled(1, ("Lunch",), ("sushi",)).check(_ctx(BEFORE, filled)) is not None


def test_cards_reject_a_card_that_does_not_fit_or_is_excluded() -> None:
    def cards(*ids: str) -> AgentResponse:
        found = [{"placeId": i, "name": PLACES.by_id[i].name} for i in ids]
        return AgentResponse(
            type=ResponseType.NEEDS_SELECTION, message="", data={"candidates": found}
        )

    good = _ctx(BEFORE, BEFORE, cards(RAMEN, "demo-kyoto-hana-vegan-table"))
    assert Cards(("ramen",)).check(good) is None
    assert Cards(("ramen",), exclude=("Menya Kurogane",)).check(good) is not None
    mixed = _ctx(BEFORE, BEFORE, cards(RAMEN, "demo-kyoto-ryoan-ji"))
    assert Cards(("ramen",)).check(mixed) is not None
    assert Cards(("ramen",)).check(_ctx(BEFORE, BEFORE)) is not None
    assert Cards(("ramen",), only_if=True).check(_ctx(BEFORE, BEFORE)) is None
    assert Type(SEL).check(good) is None


def test_trip_checks_fail_when_nothing_happened() -> None:
    ctx = _ctx(BEFORE, BEFORE)
    assert Removed("Kinkaku-ji").check(ctx) is not None
    assert Moved("Nijo Castle", 1).check(ctx) is not None
    assert Retimed("Kinkaku-ji", "10:00").check(ctx) is not None
    assert Swapped(1, 2).check(ctx) is not None
    assert Days(3).check(ctx) is not None
    swapped = _view(BEFORE.days[1].nodes, BEFORE.days[0].nodes)
    assert Swapped(1, 2).check(_ctx(BEFORE, swapped)) is None
    moved = _view([LUNCH_SLOT], [BEFORE.days[1].nodes[0], TEMPLE])
    assert Moved("Kinkaku-ji", 2).check(_ctx(BEFORE, moved)) is None


def test_says_matches_whole_names_only() -> None:
    ctx = _ctx(BEFORE, BEFORE, AgentResponse.complete("Ginkaku-ji: the silver pavilion"))
    assert Says("Kinkaku-ji").check(ctx) is not None
    assert Says("Ginkaku-ji").check(ctx) is None


JUDGE = LanguageJudge(CATALOG, PLACES.names)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Day 2", "es"),
        ("Select", "pt"),
        ("You are welcome! Enjoy your trip.", "es"),
        ("Encontré 5 sushi places cerca de Hadibo. Elige una opción:", "es"),
        ('¿A cuál te refieres? Por ejemplo: "remove lunch on day 2".', "es"),
        ("Agregué Tasca do Cais al día 2", "pt"),
        ("Agregué Sushi Zen al día 2 ✅", "en"),
        ("Added Sushi Zen to day 2 ✅", "pt"),
    ],
)
def test_the_language_judge_catches_another_language(text: str, lang: str) -> None:
    assert JUDGE.problem([text], lang, ["Lunch"], ["agrega sushi"]) is not None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Agregué Sushi Zen al día 2 ✅", "es"),
        ("Adicionei Tasca do Cais ao dia 2 ✅", "pt"),
        ("13:00 Lunch", "es"),
        ("No encontré 'ramen barato' cerca de Hadibo.", "es"),
        ("Added Sushi Zen to day 2 ✅", "en"),
    ],
)
def test_the_language_judge_passes_names_titles_and_the_travelers_words(
    text: str, lang: str
) -> None:
    assert JUDGE.problem([text], lang, ["Lunch"], ["quiero ramen barato"]) is None


def test_a_case_whose_expectation_is_wrong_fails_end_to_end() -> None:
    wrong = Case("t-help-01", "help", "en", "kyoto", (S("help", Type(DONE), Days(9)),))
    right = Case("t-help-02", "help", "en", "kyoto", (S("help", Type(DONE), Same()),))
    done = asyncio.run(run([wrong, right]))
    by_id = {r.case.id: r for r in done.results}
    assert not by_id["t-help-01"].passed
    assert "expected 9" in by_id["t-help-01"].reasons[0]
    assert by_id["t-help-02"].passed, by_id["t-help-02"].reasons
    assert done.score() == 0.5
