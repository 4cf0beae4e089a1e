"""Push preferences by chat (three languages) and by GET/PATCH …/travelers/{id}/preferences."""

from __future__ import annotations

import httpx
import pytest

from core.messages import msg, use_locale
from tests.conftest import DemoTrip

ADMIN = {"Authorization": "Bearer admin-secret"}


def _route(trip: DemoTrip) -> str:
    return f"/api/v1/travelers/{trip.user_id}/preferences"


async def _read(trip: DemoTrip) -> dict[str, object]:
    response = await trip.client.get(_route(trip), headers=trip.headers)
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


async def test_everything_is_on_by_default(trip: DemoTrip) -> None:
    assert await _read(trip) == {
        "travelerId": trip.user_id,
        "alerts": True,
        "digests": True,
        "quietStart": None,
        "quietEnd": None,
    }


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        (["stop the digests"], {"alerts": True, "digests": False}),
        (["pausa los resúmenes"], {"alerts": True, "digests": False}),
        (["só alertas de segurança"], {"alerts": True, "digests": False}),
        (["only safety alerts", "resume digests"], {"alerts": True, "digests": True}),
        (["no quiero alertas"], {"alerts": False, "digests": True}),
        (
            ["no messages after 9pm"],
            {"alerts": True, "digests": True, "quietStart": "21:00", "quietEnd": "08:00"},
        ),
        (
            ["sin alertas de noche"],
            {"alerts": True, "digests": True, "quietStart": "22:00", "quietEnd": "08:00"},
        ),
        (
            ["sem mensagens depois das 22h", "send me messages any time"],
            {"alerts": True, "digests": True, "quietStart": None, "quietEnd": None},
        ),
    ],
)
async def test_chat_changes_what_the_api_reads_back(
    trip: DemoTrip, messages: list[str], expected: dict[str, object]
) -> None:
    for text in messages:
        answer = await trip.chat(text)
        assert answer["type"] == "COMPLETE", answer
    read = await _read(trip)
    assert {key: read[key] for key in expected} == expected


@pytest.mark.parametrize(
    ("text", "locale", "words"),
    [
        ("stop the digests", "en", ("Trip digests: off", "Done.")),
        ("pausa los resúmenes", "es", ("Resúmenes del viaje: no", "Hecho.")),
        ("não quero resumos", "pt", ("Resumos da viagem: não", "Feito.")),
        ("what am I subscribed to?", "en", ("Safety alerts: on",)),
        ("¿a qué estoy suscrito?", "es", ("Alertas de seguridad: sí",)),
        ("quais notificações recebo?", "pt", ("Alertas de segurança: sim",)),
    ],
)
async def test_the_answer_speaks_the_travelers_language(
    trip: DemoTrip, text: str, locale: str, words: tuple[str, ...]
) -> None:
    answer = await trip.chat(text)
    assert all(word in answer["message"] for word in words), answer["message"]
    with use_locale(locale):
        assert msg("push_prefs_summary", alerts="", digests="", quiet="")[:8] in answer["message"]
    if locale != "en":
        assert "Safety alerts" not in answer["message"]


async def test_a_query_changes_nothing(trip: DemoTrip) -> None:
    await trip.chat("only safety alerts")
    before = await _read(trip)
    await trip.chat("what am I subscribed to?")
    assert await _read(trip) == before


async def test_patch_changes_only_what_it_names(trip: DemoTrip) -> None:
    response = await trip.client.patch(
        _route(trip),
        json={"digests": False, "quietStart": "22:30", "quietEnd": "7:00"},
        headers=trip.headers,
    )
    assert response.status_code == 200, response.text
    assert response.json() == {
        "travelerId": trip.user_id,
        "alerts": True,
        "digests": False,
        "quietStart": "22:30",
        "quietEnd": "07:00",
    }
    response = await trip.client.patch(_route(trip), json={"alerts": False}, headers=ADMIN)
    assert response.status_code == 200
    assert (await _read(trip))["quietStart"] == "22:30"
    response = await trip.client.patch(
        _route(trip), json={"quietStart": None, "quietEnd": None}, headers=trip.headers
    )
    assert response.json()["quietStart"] is None
    assert (await _read(trip))["alerts"] is False


@pytest.mark.parametrize(
    "body",
    [
        {"quietStart": "22:00"},
        {"quietStart": "25:00", "quietEnd": "07:00"},
        {"quietStart": "22:00", "quietEnd": None},
        {"alerts": None},
        {"alerts": "maybe"},
        {"sms": True},
    ],
)
async def test_bad_patches_are_400s_and_change_nothing(
    trip: DemoTrip, body: dict[str, object]
) -> None:
    before = await _read(trip)
    response = await trip.client.patch(_route(trip), json=body, headers=trip.headers)
    assert 400 <= response.status_code < 500
    assert "error" in response.json()
    assert await _read(trip) == before


async def test_only_the_traveler_or_the_operator(client: httpx.AsyncClient, trip: DemoTrip) -> None:
    other = await client.post("/api/v1/demo/session")
    stranger = {"Authorization": f"Bearer {other.json()['token']}"}
    assert (await client.get(_route(trip), headers=stranger)).status_code == 403
    assert (await client.patch(_route(trip), json={}, headers=stranger)).status_code == 403
    assert (await client.get(_route(trip))).status_code == 401
    assert (await client.get(_route(trip), headers=ADMIN)).status_code == 200
    missing = "/api/v1/travelers/nobody/preferences"
    assert (await client.get(missing, headers=ADMIN)).status_code == 404
