# ruff: noqa: E501 - phrasing tables: one message per line reads best
"""Portuguese requests to change the trip, as Brazil, Portugal, Angola and Mozambique type them.

Bookings, new times, moves, days traded, undo and the trip's length: what each is read as.
"""

from __future__ import annotations

import pytest

from core.agents.prompt_answers import answered_turn
from core.follow_ups import BookingParty
from core.intents.answer_words import party_answer, read_answer
from core.intents.model import Intent, ParsedTurn, Target
from core.intents.parse import parse
from tests.core.intents.readings import TODAY, only


def _pt(text: str) -> ParsedTurn:
    ops = parse(text, today=TODAY, usual_language="pt").ops
    assert len(ops) == 1, ops
    return ops[0]


@pytest.mark.parametrize(
    ("text", "place", "party", "time"),
    [
        ("vc consegue reservar o canongate kitchen pra 5 pfv", "canongate kitchen", 5, None),
        ("mano reserva o vindaloo & vinho pra gente, somos 4, umas 20h30", "vindaloo & vinho", 4, "20:30"),
        ("marca o jantar no kamogawa kaiseki pra 6 pessoas", "kamogawa kaiseki", 6, None),
        ("kota quer mesa no marwar thali haveli, pra 7 xará", "marwar thali haveli", 7, None),
        ("queria uma mesa na tasca do cais para 3, se faz favor", "tasca do cais", 3, None),
        ("ce consegue reservar a casa xacuti pra nós 2 às 8 da noite", "casa xacuti", 2, "20:00"),
        ("reserva o almoço no menya kurogane, somos 3", "menya kurogane", 3, None),
        ("arranja-me uma mesa no cais port wine lodge pra 4 às 21h", "cais port wine lodge", 4, "21:00"),
        ("bah, quero garantir mesa no thistle & stag, somos em 5", "thistle & stag", 5, None),
        ("dá pra segurar uma mesa na tasca do cais pra 2?", "tasca do cais", 2, None),
        ("marca pra gente a marisqueira da foz, 6 pessoas, às 21h", "marisqueira da foz", 6, "21:00"),
        ("marca o gion karyo pra nós, somos 3", "gion karyo", 3, None),
        ("dá pra fazer reserva do jantar no kamogawa? seremos 2", "kamogawa", 2, None),
        ("faz reserva pro almoço na casa xacuti, 4 pessoas", "casa xacuti", 4, None),
    ],
)  # fmt: skip
def test_a_table_wanted_at_a_place_is_a_booking(
    text: str, place: str, party: int, time: str | None
) -> None:
    turn = _pt(text)
    assert turn.intent is Intent.BOOK
    assert turn.target is not None
    assert (turn.target.text or "").casefold() == place
    assert turn.party_size == party
    assert turn.time == time


@pytest.mark.parametrize(
    ("text", "place", "minutes", "day"),
    [
        ("adianta meia hora o ryoan-ji", "ryoan ji", -30, None),
        ("atrasa uma hora o jantar do dia 3", "dinner", 60, 3),
        ("empurra 30 minutos o hawa mahal", "hawa mahal", 30, None),
        ("atrasa o almoço do dia 1 uma hora", "lunch", 60, 1),
        ("adianta uma hora e meia o kinkaku-ji", "kinkaku ji", -90, None),
        ("push lunch on day 2 back an hour", "lunch", 60, 2),
        ("retrasa media hora la cena del dia 2", "dinner", 30, 2),
    ],
)
def test_a_nudge_reads_the_amount_the_item_and_its_day(
    text: str, place: str, minutes: int, day: int | None
) -> None:
    turn = _pt(text)
    assert turn.intent is Intent.RETIME
    assert turn.shift_minutes == minutes
    assert turn.target is not None
    assert turn.target.text == place
    assert turn.day == day


@pytest.mark.parametrize(
    ("text", "place", "time"),
    [
        ("a ribeira é melhor às 17h, muda ai", "ribeira", "17:00"),
        ("acho que o fort aguada fica melhor as 16h30", "fort aguada", "16:30"),
        ("o nijo castle seria melhor às 10 da manhã, troca lá", "nijo castle", "10:00"),
    ],
)
def test_a_better_time_is_a_new_time(text: str, place: str, time: str) -> None:
    turn = _pt(text)
    assert turn.intent is Intent.RETIME
    assert turn.time == time
    assert turn.target is not None
    assert place in (turn.target.text or "").casefold()


def test_a_better_day_is_a_move() -> None:
    turn = _pt("o arthur's seat fica melhor na quinta, passa pra la")
    assert turn.intent is Intent.MOVE
    assert turn.to_day_ref == "weekday:3"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("troca a seg pela qua", "weekday:0", "weekday:2"),
        ("trocar 2ª com 4ª", "weekday:0", "weekday:2"),
        ("permuta a terça e a quarta", "weekday:1", "weekday:2"),
        ("faz o sábado no lugar da sexta", "weekday:5", "weekday:4"),
        ("bah, inverte a 3ª-feira com a 5ª tchê", "weekday:1", "weekday:3"),
        ("troca de lugar a segunda com a sexta", "weekday:0", "weekday:4"),
    ],
)
def test_two_weekdays_traded(text: str, first: str, second: str) -> None:
    turn = _pt(text)
    assert turn.intent is Intent.SWAP_DAYS
    assert {turn.day_ref, turn.to_day_ref} == {first, second}


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("o que era dia 1 passa pro dia 2 e vice-versa", 1, 2),
        ("passa tudo do dia 3 pro dia 4 e vice versa", 3, 4),
        ("passa o do dia 2 pro dia 5 e o do dia 5 pro dia 2", 2, 5),
        ("faz o dia 3 no lugar do dia 1", 3, 1),
    ],
)
def test_two_numbered_days_traded(text: str, first: int, second: int) -> None:
    turn = _pt(text)
    assert turn.intent is Intent.SWAP_DAYS
    assert {turn.day, turn.to_day} == {first, second}


@pytest.mark.parametrize(
    "text",
    [
        "desfaz a ultima",
        "cancela o que vc fez",
        "anula o que fizeste",
        "desfaz a última alteração pfv",
        "volta ao que era antes",
        "reverte o que você acabou de fazer",
        "égua, desfaz isso",
    ],
)
def test_undoing_the_last_change(text: str) -> None:
    assert _pt(text).intent is Intent.UNDO


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("bota mais 2 dias na viagem pfv", 2),
        ("mete mais um dia na viagem", 1),
        ("coloca 3 dias a mais", 3),
        ("acrescenta mais dois dias à viagem", 2),
    ],
)
def test_days_put_on_the_trip(text: str, count: int) -> None:
    turn = _pt(text)
    assert turn.intent is Intent.ADD_DAYS
    assert turn.day_count == count


@pytest.mark.parametrize(
    ("text", "days"),
    [("a viagem passa a ter 4 dias", 4), ("a nossa viagem vai ter 6 dias", 6)],
)
def test_the_trip_length_said_as_having(text: str, days: int) -> None:
    turn = _pt(text)
    assert turn.intent is Intent.ADD_DAYS
    assert turn.trip_days == days


@pytest.mark.parametrize(
    ("text", "party", "time"),
    [("pra 2", 2, None), ("pra 2 às 8 da noite", 2, "20:00"), ("para nós 3", 3, None)],
)
def test_how_many_answered_with_for(text: str, party: int, time: str | None) -> None:
    said = party_answer(text, read_answer(text, "pt"), "pt")
    assert said.party_size == party
    assert said.time == time


def test_the_party_answer_fills_the_held_booking() -> None:
    held = ParsedTurn(intent=Intent.BOOK, target=Target(text="Casa Xacuti"))
    follow_up = BookingParty(turn=held)
    text = "pra 2 às 8 da noite"
    filled = answered_turn(follow_up, text, parse(text, today=TODAY, usual_language="pt"))
    assert filled is not None
    assert filled.party_size == 2
    assert filled.time == "20:00"


def test_a_weekday_by_number_is_not_a_count() -> None:
    turn = only("adiciona um museu no dia 2")
    assert turn.day == 2


@pytest.mark.parametrize(
    ("text", "place", "party"),
    [
        ("reserva pra nós dois no kamogawa kaiseki às 20h", "kamogawa kaiseki", 2),
        ("reserva mesa pra 5 na marisqueira da foz", "marisqueira da foz", 5),
        ("quero uma reserva na casa xacuti pra dois", "casa xacuti", 2),
        ("consegues reservar o canongate kitchen? somos 6", "canongate kitchen", 6),
        ("tem como reservar o menya kurogane pra 3?", "menya kurogane", 3),
    ],
)
def test_the_party_said_anywhere_in_a_booking(text: str, place: str, party: int) -> None:
    turn = _pt(text)
    assert turn.intent is Intent.BOOK
    assert turn.target is not None
    assert (turn.target.text or "").casefold() == place
    assert turn.party_size == party


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("o fort aguada vai pra terça", "fort aguada"),
        ("a torre dos clérigos fica pro dia 3", "torre dos clérigos"),
        ("muda o serralves de dia, pro sábado", "serralves"),
    ],
)
def test_the_item_first_then_where_it_goes(text: str, place: str) -> None:
    turn = _pt(text)
    assert turn.intent is Intent.MOVE
    assert turn.target is not None
    assert turn.target.text == place
    assert turn.to_day is not None or turn.to_day_ref is not None


def test_the_time_of_an_item_changed() -> None:
    turn = _pt("troca o horário do kinkaku-ji pras 11")
    assert turn.intent is Intent.RETIME
    assert turn.time == "11:00"


def test_staying_a_day_less() -> None:
    turn = _pt("vamos ficar menos um dia")
    assert turn.intent is Intent.REMOVE_DAYS
    assert turn.day_count == 1


@pytest.mark.parametrize("text", ["volta", "desfaz tudo"])
def test_a_bare_undo(text: str) -> None:
    assert _pt(text).intent is Intent.UNDO


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("a gente chega só na terça", "weekday:1"),
        ("afinal só chegamos na quarta", "weekday:2"),
        ("a gente só chega no sábado", "weekday:5"),
    ],
)
def test_arriving_on_a_weekday_names_it(text: str, weekday: str) -> None:
    turn = _pt(text)
    assert turn.intent is Intent.SET_START
    assert turn.day_ref == weekday


@pytest.mark.parametrize(
    "text", ["muda a data da viagem pra começar dia 10/12", "a viagem começa dia 10/12"]
)
def test_a_start_said_day_first(text: str) -> None:
    turn = _pt(text)
    assert turn.intent is Intent.SET_START
    assert turn.date is not None
    assert (turn.date.month, turn.date.day) == (12, 10)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("estou a pensar mudar a ribeira para depois de amanhã", Intent.MOVE),
        ("égua, atrasa o jantar uma hora", Intent.RETIME),
        ("epá, volta atrás", Intent.UNDO),
        ("o amber fort maningue cedo, tipo 7h", Intent.RETIME),
        ("muda o jantar do dia 2 das 20h pras 21h", Intent.RETIME),
        ("faz o dia 2 antes do dia 1", Intent.SWAP_DAYS),
        ("anula a reserva", Intent.CANCEL_BOOKING),
        ("a viagem passa a começar dia 9", Intent.SET_START),
    ],
)
def test_more_chat_shapes(text: str, intent: Intent) -> None:
    assert _pt(text).intent is intent


def test_booking_for_us_is_no_object() -> None:
    turn = _pt("reserva-nos uma mesa na tasca do cais para as 13h, somos 4")
    assert turn.intent is Intent.BOOK
    assert turn.target is not None
    assert turn.target.text == "tasca do cais"
    assert turn.party_size == 4


def test_the_old_time_before_the_new_one_is_no_name() -> None:
    turn = _pt("muda o jantar do dia 2 das 20h pras 21h")
    assert (turn.day, turn.time) == (2, "21:00")
    assert turn.target is not None
    assert turn.target.text == "dinner"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("faz favor de reservar a tasca do cais para 2 pessoas às 13h", Intent.BOOK),
        ("inverte o primeiro e o último dia", Intent.SWAP_DAYS),
        ("mais 2 dias de viagem", Intent.ADD_DAYS),
        ("tira os 2 últimos dias", Intent.REMOVE_DAYS),
        ("a viagem começa dia 8 agora", Intent.SET_START),
    ],
)
def test_end_of_session_shapes(text: str, intent: Intent) -> None:
    assert _pt(text).intent is intent


def test_a_place_booked_with_its_preposition() -> None:
    turn = _pt("reserva no menya kurogane pra 4 amanhã ao meio-dia")
    assert turn.target is not None
    assert turn.target.text == "menya kurogane"
    assert (turn.party_size, turn.time) == (4, "12:00")


def test_today_before_half_an_hour_is_no_half_more() -> None:
    assert _pt("adianta o jantar de hoje meia hora").shift_minutes == -30


def test_making_a_booking_at_a_place_keeps_the_party() -> None:
    turn = _pt("consegue fazer reserva no Thistle & Stag pra 3 pessoas?")
    assert turn.intent is Intent.BOOK
    assert turn.party_size == 3
