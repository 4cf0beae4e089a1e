import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from core.intents.rules import classify

CASES = [
    ("plan 3 days in Kyoto", Intent.PLAN, {"destination": "Kyoto", "day_count": 3}),
    ("create a 5-day itinerary to Porto", Intent.PLAN, {"destination": "Porto", "day_count": 5}),
    (
        "plan a romantic weekend in Jaipur",
        Intent.PLAN,
        {"destination": "Jaipur", "day_count": 2, "theme": "romantic"},
    ),
    ("make me a 2 day plan for Goa", Intent.PLAN, {"destination": "Goa", "day_count": 2}),
    ("plan my trip to Mumbai", Intent.PLAN, {"destination": "Mumbai", "day_count": None}),
    ("plan a week in Edinburgh", Intent.PLAN, {"day_count": 7}),
    (
        "build an itinerary for Bogotá for 4 days",
        Intent.PLAN,
        {"destination": "Bogotá", "day_count": 4},
    ),
    (
        "can you plan 3 nights in Cartagena?",
        Intent.PLAN,
        {"destination": "Cartagena", "day_count": 4},
    ),
    ("why did you pick this restaurant?", Intent.EXPLAIN, {"question": "why"}),
    ("tell me about Sushi Zen", Intent.EXPLAIN, {"question": "about"}),
    ("what is Sushi Zen?", Intent.EXPLAIN, {"question": "about"}),
    ("is Sushi Zen open now?", Intent.EXPLAIN, {"question": "open"}),
    ("when does Tokyo Bay open", Intent.EXPLAIN, {"question": "hours"}),
    ("why did you choose Hadibo Sushi for day 2", Intent.EXPLAIN, {"question": "why", "day": 2}),
    ("tell me about day 2", Intent.SHOW, {"day": 2}),
    ("book the hotel on day 1", Intent.BOOK, {"day": 1}),
    (
        "reserve a table at this restaurant for 2 at 8pm",
        Intent.BOOK,
        {"party_size": 2, "time": "20:00"},
    ),
    (
        "book a table for four at Sushi Zen on day 2 at 8pm",
        Intent.BOOK,
        {"party_size": 4, "day": 2, "time": "20:00"},
    ),
    ("make a reservation at Sushi Zen", Intent.BOOK, {"party_size": None}),
    ("book Sushi Zen for 2 people", Intent.BOOK, {"party_size": 2}),
    ("my bookings", Intent.LIST_BOOKINGS, {}),
    ("show my reservations", Intent.LIST_BOOKINGS, {}),
    ("what have I booked?", Intent.LIST_BOOKINGS, {}),
    ("cancel booking B-1a2b3c", Intent.CANCEL_BOOKING, {"booking_ref": "B-1a2b3c"}),
    ("cancel my reservation at Sushi Zen", Intent.CANCEL_BOOKING, {}),
    ("cancel lunch on day 2", Intent.REMOVE, {"day": 2}),
    ("make dinner at 8", Intent.RETIME, {"time": "20:00"}),
]


@pytest.mark.parametrize(("text", "intent", "slots"), CASES)
def test_agent_intents(text: str, intent: Intent, slots: dict[str, object]) -> None:
    parsed = classify(text)
    assert parsed.intent is intent
    for name, value in slots.items():
        assert getattr(parsed, name) == value, name


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("tell me about Sushi Zen", "Sushi Zen"),
        ("book a table for four at Sushi Zen on day 2 at 8pm", "Sushi Zen"),
        ("book the hotel on day 1", "hotel"),
        ("reserve a table at this restaurant for 2 at 8pm", "this restaurant"),
        ("cancel my reservation at Sushi Zen", "Sushi Zen"),
    ],
)
def test_agent_targets(text: str, target: str) -> None:
    parsed = classify(text)
    assert parsed.target is not None
    assert parsed.target.text == target


@pytest.mark.parametrize("text", ["plan", "book", "tell me"])
def test_not_enough_to_act_on(text: str) -> None:
    parsed = classify(text)
    assert parsed.intent in {Intent.UNKNOWN, Intent.SHOW, Intent.BOOK, Intent.EXPLAIN}
    if parsed.intent is Intent.PLAN:
        assert parsed.destination is None


@pytest.mark.parametrize(
    "body",
    [
        "any locals who can show us the street food scene? like a real person not a bot",
        "me podes conectar con alguien local que conozca bogota?",
        "Podem pôr-me em contacto com alguém de cá que conheça bem o Porto?",
        "is there like a local guide who can help us plan goa?",
    ],
)
def test_a_local_person_asked_for_in_any_words_is_an_expert_request(body: str) -> None:
    assert classify(body).intent is Intent.EXPERT


@pytest.mark.parametrize(
    "body", ["add a local restaurant on day 2", "busca un local de comida rapida"]
)
def test_a_local_place_is_not_an_expert_request(body: str) -> None:
    assert classify(body).intent is not Intent.EXPERT


@pytest.mark.parametrize(
    "said",
    [
        "why is kiyomizu-dera so late in the day?",
        "why is kiyomizu-dera scheduled so early",
        "why kiyomizu-dera so late lol",
        "why is kiyomizu-dera at 4pm",
        "por qué el kiyomizu-dera está tan tarde?",
        "por que o kiyomizu-dera está tão cedo no dia?",
    ],
)
def test_why_names_the_place_not_what_is_judged(said: str) -> None:
    asked = parse(said).first
    assert (asked.intent, asked.question) == (Intent.EXPLAIN, "why")
    assert asked.target is not None
    assert asked.target.text == "kiyomizu-dera"


@pytest.mark.parametrize(
    ("text", "place", "party"),
    [
        ("book dinner for 3 at Colaba Tandoor Grill at 8:30", "Colaba Tandoor Grill", 3),
        ("book our dinner at Sushi Zen", "Sushi Zen", None),
        ("reserva la cena para 4 en La Mulata a las 9", "La Mulata", 4),
        ("reserva o jantar pra 2 no Cantinho do Avillez", "Cantinho do Avillez", 2),
    ],
)
def test_a_meal_booked_at_a_named_place_books_that_place(
    text: str, place: str, party: int | None
) -> None:
    [op] = parse(text).ops
    assert op.intent is Intent.BOOK
    assert op.target is not None
    assert (op.target.text, op.party_size) == (place, party)


def test_a_meal_booked_without_a_place_is_the_meal() -> None:
    [op] = parse("book dinner on day 2").ops
    assert op.target is not None
    assert op.target.text == "dinner"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("vcs tem alguém local em Goa que monte um passeio de barco pra familia?", "Goa"),
        ("find me a local guide in Rio de Janeiro who knows samba", "Rio de Janeiro"),
        ("hay alguien local en Cartagena que nos arme un paseo en lancha?", "Cartagena"),
        ("tem alguém local em São Paulo pra montar um roteiro de comida?", "São Paulo"),
    ],
)
def test_a_local_experts_place_ends_with_its_name(text: str, place: str) -> None:
    [op] = parse(text).ops
    assert (op.intent, op.destination) == (Intent.EXPERT, place)
