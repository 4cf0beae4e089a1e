"""Leads end to end: the API, stored scores, the Slack card and concurrent Claim taps."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from adapters.slack.lead_cards import CardExpert, LeadCard, render_lead_card, render_note
from core.services.leads import MAX_LEADS_PER_DAY
from core.storage.models import ExpertMatchScore, Lead, OutboxMessage
from tests.fakes.clock import FakeClock
from tests.fakes.slack import (
    FakeSlack,
    assert_within_slack_limits,
    button_values,
    form_body,
    payload,
    signed_headers,
    slack_service,
)

ADMIN = {"Authorization": "Bearer admin-secret"}
LEADS = "C0LEADS01"


@dataclass
class World:
    http: httpx.AsyncClient
    fake: FakeSlack
    clock: FakeClock
    services: Any

    async def tap(self, ts: str, value: str, user: str, action_ts: str) -> httpx.Response:
        stored = self.fake.messages[ts]
        document = payload("block_actions")
        document["user"] |= {"id": user}
        document["container"] = {"type": "message", "message_ts": ts, "channel_id": LEADS}
        document["channel"] = {"id": stored["channel"], "name": "leads"}
        document["message"] = {k: v for k, v in stored.items() if k != "channel"}
        document["response_url"] = self.fake.response_url(f"actions/T0TEAM001/{action_ts}")
        document["actions"] = [
            {
                "action_id": "lead_x",
                "block_id": "lead_actions_0",
                "text": {"type": "plain_text", "text": "Claim"},
                "value": value,
                "type": "button",
                "action_ts": action_ts,
            }
        ]
        body = form_body(document)
        headers = signed_headers(body, int(self.clock.now().timestamp()), form=True)
        return await self.http.post("/webhooks/slack", content=body, headers=headers)


@pytest.fixture
async def world(db_url: str, clock: FakeClock) -> AsyncIterator[World]:
    async with slack_service(db_url, clock, slack_leads_channel=LEADS) as (http, fake, services):
        yield World(http, fake, clock, services)


async def _traveler(http: httpx.AsyncClient, name: str = "Sarah Miller") -> tuple[str, str]:
    created = await http.post("/api/v1/travelers", headers=ADMIN, json={"name": name})
    body = created.json()
    return body["id"], body["token"]


async def _expert(http: httpx.AsyncClient, name: str, slack: str, **extra: Any) -> str:
    body = {
        "name": name,
        "market": "Kyoto",
        "specialties": ["temples", "tea ceremony"],
        "languages": ["English", "Japanese"],
        "priceMin": 100,
        "priceMax": 300,
        "rating": 4.8,
        "reviewCount": 120,
        "medianResponseMinutes": 30,
        "slackUserId": slack,
    } | extra
    response = await http.post("/api/v1/admin/experts", headers=ADMIN, json=body)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


LEAD = {
    "market": "kyoto",
    "startDate": "2027-04-01",
    "endDate": "2027-04-05",
    "interests": ["temples", "tea ceremony"],
    "budget": 200,
    "languages": ["English"],
    "message": "Cherry blossom trip, first time in Japan.",
}


async def test_two_experts_claim_at_once_exactly_one_wins(world: World) -> None:
    traveler, token = await _traveler(world.http)
    await _expert(world.http, "Yuki Tanaka", "U0YUKI")
    await _expert(world.http, "Kenji Morita", "U0KENJI", specialties=["food"], rating=4.0)
    created = await world.http.post(
        "/api/v1/leads",
        headers={"Authorization": f"Bearer {token}"},
        json=LEAD | {"travelerId": traveler},
    )
    assert created.status_code == 201, created.text
    lead = created.json()
    assert [m["score"] for m in lead["matches"]] == sorted(
        (m["score"] for m in lead["matches"]), reverse=True
    )
    assert lead["matches"][0]["tier"] == "excellent"
    assert "speaks English, the traveler's language" in lead["matches"][0]["reasons"]

    posts = world.fake.bodies("chat.postMessage")
    assert len(posts) == 1
    card = posts[0]
    assert card["channel"] == LEADS
    assert_within_slack_limits(card)
    assert button_values(card) == [f"lead:{a}:{lead['id']}" for a in ("claim", "pass", "draft")]
    card_text = json.dumps(card, ensure_ascii=False)
    assert "Sarah" in card_text
    assert "Miller" not in card_text
    assert "speaks English, the traveler's language" in card_text
    ts = list(world.fake.messages)[-1]

    first, second = await asyncio.gather(
        world.tap(ts, f"lead:claim:{lead['id']}", "U0YUKI", "1795424430.000001"),
        world.tap(ts, f"lead:claim:{lead['id']}", "U0KENJI", "1795424430.000002"),
    )
    assert first.status_code == second.status_code == 200
    await world.services.pipeline.drain()

    async with world.services.sessions() as session:
        row = await session.get(Lead, lead["id"])
        assert row is not None
        assert row.status == "claimed"
        pushes = (await session.execute(select(OutboxMessage))).scalars().all()
        scores = (
            (
                await session.execute(
                    select(ExpertMatchScore).where(ExpertMatchScore.lead_id == lead["id"])
                )
            )
            .scalars()
            .all()
        )
    owner = "Yuki Tanaka" if row.claimed_by == lead["matches"][0]["expertId"] else "Kenji Morita"
    loser = "U0KENJI" if owner == "Yuki Tanaka" else "U0YUKI"
    assert [p.idempotency_key for p in pushes] == [f"lead:{lead['id']}:claimed"]
    assert owner in pushes[0].text
    assert len(scores) == 2
    assert set(scores[0].factors) == {"expertise", "budget", "language", "reviews", "response"}
    assert all("reason" in f and "points" in f for f in scores[0].factors.values())

    updates = world.fake.bodies("chat.update")
    assert len(updates) == 1
    assert updates[0]["ts"] == ts
    assert f"Claimed by *{owner}*" in json.dumps(updates[0], ensure_ascii=False)
    assert button_values(updates[0]) == []
    assert_within_slack_limits(updates[0])
    # Through the loser's own tap's response_url: only the loser sees it.
    ephemerals = world.fake.notes()
    assert len(ephemerals) == 1
    assert ephemerals[0]["response_type"] == "ephemeral"
    loser_tap = "1795424430.000002" if loser == "U0KENJI" else "1795424430.000001"
    [hook] = [call for call in world.fake.calls if call.method == "response_url"]
    assert hook.authorization == f"actions/T0TEAM001/{loser_tap}"  # the URL path it went to
    assert f"Already claimed by {owner}" in ephemerals[0]["text"]


async def test_pass_offers_the_next_expert_and_draft_is_ephemeral(world: World) -> None:
    traveler, _ = await _traveler(world.http)
    for n in range(4):
        await _expert(world.http, f"Expert {n}", f"U0EXP{n}", rating=4.0 + n / 10)
    lead = (
        await world.http.post("/api/v1/leads", headers=ADMIN, json=LEAD | {"travelerId": traveler})
    ).json()
    assert len(lead["matches"]) == 3
    ts = list(world.fake.messages)[-1]
    top = lead["matches"][0]["name"]
    slack_of_top = f"U0EXP{top[-1]}"
    await world.tap(ts, f"lead:draft:{lead['id']}", slack_of_top, "1.1")
    await world.tap(ts, f"lead:pass:{lead['id']}", slack_of_top, "1.2")
    await world.services.pipeline.drain()
    # The two taps are handled as they arrive, each in the background: either note may be first.
    notes = [note["text"] for note in world.fake.notes()]
    (draft,) = [text for text in notes if "Proposal draft" in text]
    assert "Hi Sarah" in draft
    (fourth,) = {f"Expert {n}" for n in range(4)} - {m["name"] for m in lead["matches"]}
    assert any(f"offered to {fourth}" in text for text in notes)
    updated = world.fake.bodies("chat.update")[-1]
    assert top not in json.dumps(updated)
    assert fourth in json.dumps(updated)


async def test_lead_api_rules(world: World) -> None:
    traveler, token = await _traveler(world.http)
    other, _ = await _traveler(world.http, "Bob")
    mine = {"Authorization": f"Bearer {token}"}
    forbidden = await world.http.post(
        "/api/v1/leads", headers=mine, json=LEAD | {"travelerId": other}
    )
    assert forbidden.status_code == 403
    bad = await world.http.post(
        "/api/v1/leads", headers=mine, json=LEAD | {"travelerId": traveler, "endDate": "2027-03-01"}
    )
    assert bad.status_code == 422
    assert "endDate" in bad.text
    # Demo mode: a market without experts gets the labeled demo experts.
    demo = await world.http.post(
        "/api/v1/leads", headers=mine, json=LEAD | {"travelerId": traveler, "market": "Porto"}
    )
    assert demo.status_code == 201, demo.text
    assert len(demo.json()["matches"]) == 3
    assert all(m["demo"] for m in demo.json()["matches"])
    expert = await _expert(world.http, "Ana", "U0ANA")
    patched = await world.http.patch(
        f"/api/v1/admin/experts/{expert}", headers=ADMIN, json={"rating": 3.5}
    )
    assert patched.json()["rating"] == 3.5
    assert (
        await world.http.patch("/api/v1/admin/experts/x", headers=ADMIN, json={})
    ).status_code == 404
    assert (
        await world.http.post("/api/v1/admin/experts", headers=mine, json={})
    ).status_code == 403


def test_card_stays_within_block_kit_limits_for_huge_input() -> None:
    huge = "Ñame " * 3000
    card = LeadCard(
        lead_id="abc123",
        traveler=huge,
        market=huge,
        dates="2027-04-01 → 2027-04-05",
        budget=10**9,
        interests=[huge] * 30,
        languages=[huge] * 20,
        message=huge,
        experts=[CardExpert(huge, 99, "excellent", [huge] * 5) for _ in range(3)],
        demo=True,
    )
    message = render_lead_card(card)
    assert_within_slack_limits(message)
    claimed = render_lead_card(LeadCard(**{**card.__dict__, "claimed_by": huge}))
    assert_within_slack_limits(claimed)
    assert button_values(claimed) == []


async def test_sla_offers_the_next_expert_then_escalates(world: World) -> None:
    from bots.composition import job_context
    from jobs.lead_sla import run_lead_sla

    traveler, token = await _traveler(world.http)
    for n in range(4):
        await _expert(world.http, f"Expert {n}", f"U0EXP{n}", rating=4.9 - n / 10)
    created = await world.http.post(
        "/api/v1/leads",
        headers={"Authorization": f"Bearer {token}"},
        json=LEAD | {"travelerId": traveler},
    )
    lead_id = created.json()["id"]
    assert await run_lead_sla(job_context(world.services)) == 0  # not late yet
    world.clock.advance(minutes=world.services.settings.lead_sla_minutes + 1)
    assert await run_lead_sla(job_context(world.services)) == 1
    async with world.services.sessions() as session:
        lead = await session.get(Lead, lead_id)
        assert lead is not None
        assert len(lead.offered_expert_ids) == 4  # the top 3, then the fourth
    assert await run_lead_sla(job_context(world.services)) == 0  # the SLA clock restarted
    world.clock.advance(minutes=world.services.settings.lead_sla_minutes + 1)
    await run_lead_sla(job_context(world.services))
    escalations = [
        m
        for m in world.fake.bodies("chat.postMessage")
        if "still unclaimed" in str(m.get("text", ""))
    ]
    assert len(escalations) == 1


async def test_a_traveler_asks_in_chat_and_the_card_is_posted(world: World) -> None:
    _, token = await _traveler(world.http, "Ana Gómez")
    headers = {"Authorization": f"Bearer {token}"}
    trip = await world.http.post(
        "/api/v1/itineraries",
        headers=headers,
        json={"destination": "Kyoto", "days": 3, "startDate": "2027-04-01"},
    )
    itinerary = trip.json()["id"]
    answer = await world.http.post(
        f"/api/v1/itineraries/{itinerary}/chat",
        headers=headers,
        json={"text": "find me a local guide for temples in Kyoto"},
    )
    body = answer.json()
    assert body["type"] == "COMPLETE", body
    assert "local experts in Kyoto" in body["message"]
    await world.services.leads.drain()
    async with world.services.sessions() as session:
        lead = await session.get(Lead, body["data"]["leadId"])
        assert lead is not None
        assert lead.interests == ["temples"]
        assert str(lead.start_date) == "2027-04-01"
        assert str(lead.end_date) == "2027-04-03"
    cards = world.fake.bodies("chat.postMessage")
    assert any(card.get("channel") == LEADS for card in cards)
    outside = await world.http.post(
        f"/api/v1/itineraries/{itinerary}/chat",
        headers=headers,
        json={"text": "I need a local expert in Paris"},
    )
    assert outside.json()["type"] == "ERROR"


async def test_leads_slash_command_lists_an_experts_leads(world: World) -> None:
    from urllib.parse import urlencode

    traveler, token = await _traveler(world.http)
    await _expert(world.http, "Yuki Tanaka", "U0YUKI")
    created = await world.http.post(
        "/api/v1/leads",
        headers={"Authorization": f"Bearer {token}"},
        json=LEAD | {"travelerId": traveler},
    )
    lead_id = created.json()["id"]
    body = urlencode(
        {
            "command": "/leads",
            "text": "",
            "user_id": "U0YUKI",
            "channel_id": "D0YUKI",
            "trigger_id": "t1",
            "user_name": "yuki",
        }
    ).encode()
    headers = signed_headers(body, int(world.clock.now().timestamp()), form=True)
    response = await world.http.post("/webhooks/slack", content=body, headers=headers)
    assert response.status_code == 200
    await world.services.pipeline.drain()
    (note,) = world.fake.bodies("chat.postEphemeral")
    assert note["user"] == "U0YUKI"
    assert lead_id in str(note)
    assert "Open for you" in str(note)


def test_a_travelers_mrkdwn_never_reaches_the_fallback_text_unescaped() -> None:
    sneaky = "<!channel> <https://evil.example|Kyoto> & co"
    card = LeadCard(
        lead_id="abc123",
        traveler="<@U0BOSS>",
        market=sneaky,
        dates="",
        budget=None,
        interests=[],
        languages=[],
        message="",
    )
    for message in (
        render_lead_card(card),
        render_lead_card(LeadCard(**{**card.__dict__, "claimed_by": "<!here>"})),
        render_note(sneaky),
    ):
        text = message["text"]
        assert "<" not in text
        assert ">" not in text.replace("→", "")
        assert "&lt;!channel&gt;" in text or "&lt;!here&gt;" in text


async def test_a_traveler_posts_a_bounded_number_of_lead_cards_a_day(world: World) -> None:
    traveler, token = await _traveler(world.http)
    await _expert(world.http, "Yuki Tanaka", "U0YUKI")
    headers = {"Authorization": f"Bearer {token}"}

    async def ask() -> httpx.Response:
        return await world.http.post(
            "/api/v1/leads", headers=headers, json=LEAD | {"travelerId": traveler}
        )

    statuses = [(await ask()).status_code for _ in range(MAX_LEADS_PER_DAY + 2)]
    assert statuses == [201] * MAX_LEADS_PER_DAY + [429, 429]
    assert len(world.fake.bodies("chat.postMessage")) == MAX_LEADS_PER_DAY
    refused = await ask()
    assert refused.json()["error"]["code"] == "too_many_leads"
    # In chat, the same limit is a readable answer in the traveler's language.
    trip = await world.http.post(
        "/api/v1/itineraries", headers=headers, json={"destination": "Kyoto", "days": 2}
    )
    answer = await world.http.post(
        f"/api/v1/itineraries/{trip.json()['id']}/chat",
        headers=headers,
        json={"text": "búscame un guía local para templos en Kyoto"},
    )
    body = answer.json()
    assert body["type"] == "ERROR", body
    assert "mañana" in body["message"]
    world.clock.advance(days=1, seconds=1)
    assert (await ask()).status_code == 201


async def test_leads_from_a_channel_the_bot_is_not_in_answers_through_response_url(
    world: World,
) -> None:
    """/leads typed anywhere: chat.postEphemeral would fail there (channel_not_found)."""
    from urllib.parse import parse_qsl, urlencode

    from slack_sdk.models.blocks import Block

    from tests.fakes.slack import PAYLOADS

    await _expert(world.http, "Maria Souza", "U0EXPERT1")
    fields = dict(parse_qsl((PAYLOADS / "slash_command_leads.txt").read_text()))
    fields["response_url"] = world.fake.response_url("commands/T0TEAM001/5591828273/Zl7X")
    body = urlencode(fields).encode()
    headers = signed_headers(body, int(world.clock.now().timestamp()), form=True)
    response = await world.http.post("/webhooks/slack", content=body, headers=headers)
    assert response.status_code == 200
    await world.services.pipeline.drain()
    (answer,) = world.fake.responses()
    assert answer["response_type"] == "ephemeral"
    for block in answer["blocks"]:  # slack-sdk's own model reads each block back unchanged
        assert Block.parse(block).to_dict() == block  # type: ignore[union-attr]
    assert answer["text"] == "You have no open or claimed leads."
    assert world.fake.bodies("chat.postEphemeral") == []
    assert world.fake.bodies("chat.postMessage") == []
