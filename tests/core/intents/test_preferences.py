import pytest

from core.intents.model import Intent, Preferences
from core.intents.preferences import find_preferences
from core.intents.rules import classify


@pytest.mark.parametrize(
    ("text", "preferences", "rest"),
    [
        (
            "add a cheap sushi place on day 2",
            Preferences(price_levels=(0, 1)),
            "add a sushi place on day 2",
        ),
        (
            "add a sushi place with 4.5+ stars on day 2",
            Preferences(min_rating=4.5),
            "add a sushi place on day 2",
        ),
        (
            "add a restaurant with a rating of 4 or better",
            Preferences(min_rating=4.0),
            "add a restaurant",
        ),
        ("add a restaurant rated above 4.2", Preferences(min_rating=4.2), "add a restaurant"),
        # Said against the stop replaced: cheaper, better reviewed.
        ("swap X for something cheaper", Preferences(price_levels=(0, 1)), "swap X for something"),
        ("swap X for smth less pricey", Preferences(price_levels=(0, 1)), "swap X for smth"),
        (
            "replace X with a more affordable one",
            Preferences(price_levels=(0, 1)),
            "replace X with a one",
        ),
        (
            "replace X with something with better reviews",
            Preferences(min_rating=4.5),
            "replace X with something",
        ),
        ("swap X for a higher rated place", Preferences(min_rating=4.5), "swap X for a place"),
        (
            "add a 4 star restaurant that is open now",
            Preferences(min_rating=4.0, open_now=True),
            "add a restaurant",
        ),
        ("add a highly rated museum", Preferences(min_rating=4.5), "add a museum"),
        ("add a $$ restaurant", Preferences(price_levels=(2,)), "add a restaurant"),
        (
            "find an upscale seafood place",
            Preferences(price_levels=(3, 4)),
            "find an seafood place",
        ),
        ("add a mid-range cafe", Preferences(price_levels=(2,)), "add a cafe"),
    ],
)
def test_preferences_are_read_and_cut(text: str, preferences: Preferences, rest: str) -> None:
    assert find_preferences(text) == (preferences, rest)


@pytest.mark.parametrize(
    "text",
    [
        "add 2 museums",
        "add lunch at 4 on day 2",
        "add dinner for 2 at 8",
        "add sushi zen",
        "add the 5th avenue deli",
        "move lunch to 2pm",
    ],
)
def test_numbers_that_are_not_ratings_stay(text: str) -> None:
    assert find_preferences(text) == (None, text)


def test_classify_carries_preferences_for_adds_only() -> None:
    parsed = classify("add a cheap sushi place rated 4+ on day 2 at 8pm")
    assert parsed.intent is Intent.ADD
    assert parsed.query == "sushi place"
    assert parsed.day == 2
    assert parsed.time == "20:00"
    assert parsed.preferences == Preferences(min_rating=4.0, price_levels=(0, 1))
    assert classify("remove lunch on day 2").preferences is None
