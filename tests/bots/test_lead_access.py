"""Experts act only on leads offered to them; a lead names only its traveler's own trip (#14.6)."""

from __future__ import annotations

import json

from sqlalchemy import select

from core.storage.models import Lead
from tests.bots.test_leads import ADMIN, LEAD, World, _expert, _traveler, world

__all__ = ["world"]  # the fixture, shared with the lead tests


async def test_an_expert_not_offered_a_lead_cannot_view_claim_or_pass_it(world: World) -> None:
    traveler, _ = await _traveler(world.http)
    await _expert(world.http, "Yuki Tanaka", "U0YUKI")
    await _expert(world.http, "Rita Porto", "U0RITA", market="Porto")
    lead = (
        await world.http.post("/api/v1/leads", headers=ADMIN, json=LEAD | {"travelerId": traveler})
    ).json()
    assert [m["name"] for m in lead["matches"]] == ["Yuki Tanaka"]
    ts = list(world.fake.messages)[-1]

    for n, action in enumerate(("draft", "claim", "pass")):
        answer = await world.tap(ts, f"lead:{action}:{lead['id']}", "U0RITA", f"2.{n}")
        assert answer.status_code == 200
    await world.services.pipeline.drain()

    notes = [body["text"] for body in world.fake.notes()]
    assert notes == ["This lead was not offered to you."] * 3
    assert "Hi Sarah" not in json.dumps(world.fake.notes())
    assert world.fake.bodies("chat.update") == []
    async with world.services.sessions() as session:
        row = (await session.execute(select(Lead).where(Lead.id == lead["id"]))).scalar_one()
        assert (row.status, row.claimed_by, row.passed_expert_ids) == ("open", None, [])

    # The expert it was offered to still can.
    await world.tap(ts, f"lead:draft:{lead['id']}", "U0YUKI", "3.0")
    await world.tap(ts, f"lead:claim:{lead['id']}", "U0YUKI", "3.1")
    await world.services.pipeline.drain()
    assert "Hi Sarah" in world.fake.notes()[-1]["text"]
    async with world.services.sessions() as session:
        row = (await session.execute(select(Lead).where(Lead.id == lead["id"]))).scalar_one()
        assert row.status == "claimed"


async def test_a_lead_cannot_name_another_travelers_itinerary(world: World) -> None:
    traveler, token = await _traveler(world.http)
    other, other_token = await _traveler(world.http, "Bob")
    trips = {}
    for who, key in ((traveler, token), (other, other_token)):
        created = await world.http.post(
            "/api/v1/itineraries",
            headers={"Authorization": f"Bearer {key}"},
            json={"destination": "Kyoto", "days": 2},
        )
        assert created.status_code == 201, created.text
        trips[who] = created.json()["id"]
    mine = {"Authorization": f"Bearer {token}"}
    body = LEAD | {"travelerId": traveler}

    foreign = await world.http.post(
        "/api/v1/leads", headers=mine, json=body | {"itineraryId": trips[other]}
    )
    assert foreign.status_code == 403
    assert foreign.json()["error"]["code"] == "forbidden"
    for headers in (mine, ADMIN):  # not even the operator can tie Bob's trip to Sarah's lead
        refused = await world.http.post(
            "/api/v1/leads", headers=headers, json=body | {"itineraryId": trips[other]}
        )
        assert refused.status_code == 403
    unknown = await world.http.post("/api/v1/leads", headers=mine, json=body | {"itineraryId": "x"})
    assert unknown.status_code == 404
    own = await world.http.post(
        "/api/v1/leads", headers=mine, json=body | {"itineraryId": trips[traveler]}
    )
    assert own.status_code == 201, own.text
    async with world.services.sessions() as session:
        leads = (await session.execute(select(Lead))).scalars().all()
    assert [lead.itinerary_id for lead in leads] == [trips[traveler]]
