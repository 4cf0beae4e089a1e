"""Console pages for leads and experts, and adding / expiring destination intelligence."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from bots.container import Services
from core.storage.console_models import OperatorAudit
from core.storage.models import DestinationIntelligence, Expert, Lead
from tests.bots.test_console import _signed_in, operator  # noqa: F401 - the fixture
from tests.conftest import DemoTrip
from tests.fakes.clock import FakeClock

pytestmark = pytest.mark.usefixtures("operator")


async def test_leads_show_offers_claims_and_sla_state(
    app: FastAPI, client: httpx.AsyncClient, trip: DemoTrip, clock: FakeClock
) -> None:
    services: Services = app.state.services
    async with services.sessions() as session, session.begin():
        session.add(
            Expert(
                id="e1",
                name="Aiko <i>Tanaka</i>",
                market="Kyoto",
                specialties=["temples"],
                languages=["en"],
                rating=4.8,
                review_count=12,
                created_at=clock.now(),
            )
        )
        await session.flush()
        for lead_id, claimed in (("l-open", None), ("l-claimed", "e1")):
            session.add(
                Lead(
                    id=lead_id,
                    traveler_id=trip.user_id,
                    market="Kyoto",
                    interests=["temples"],
                    languages=["en"],
                    status="claimed" if claimed else "open",
                    claimed_by=claimed,
                    slack_posts=[],
                    offered_expert_ids=["e1"],
                    passed_expert_ids=[],
                    last_offered_at=clock.now(),
                    created_at=clock.now(),
                )
            )
    await _signed_in(client)
    clock.advance(minutes=45)  # LEAD_SLA_MINUTES is 30
    page = await client.get("/admin/leads")
    assert page.status_code == 200
    assert "overdue" in page.text
    assert "claimed" in page.text
    assert "Aiko &lt;i&gt;Tanaka&lt;/i&gt;" in page.text
    assert "<i>Tanaka" not in page.text


async def test_add_and_expire_a_safety_update(
    app: FastAPI, client: httpx.AsyncClient, clock: FakeClock
) -> None:
    csrf = await _signed_in(client)
    form = {
        "csrf": csrf,
        "market": "Kyoto",
        "severity": "medium",
        "description": "Gion festival crowds <b>near</b> Yasaka",
        "areas": "Gion, Higashiyama",
    }
    assert (await client.post("/admin/intel", data={**form, "csrf": "nope"})).status_code == 403
    bad = await client.post("/admin/intel", data={**form, "severity": "apocalyptic"})
    assert bad.status_code == 400
    nowhere = await client.post("/admin/intel", data={**form, "market": "Atlantis"})
    assert nowhere.status_code == 400
    added = await client.post("/admin/intel", data=form)
    assert added.status_code == 303
    page = await client.get("/admin/intel")
    assert "Gion festival crowds &lt;b&gt;near&lt;/b&gt; Yasaka" in page.text

    services: Services = app.state.services
    async with services.sessions() as session:
        item = await session.scalar(select(DestinationIntelligence))
    assert item is not None
    assert item.data["areas_affected"] == ["Gion", "Higashiyama"]
    expired = await client.post(f"/admin/intel/{item.id}/expire", data={"csrf": csrf})
    assert expired.status_code == 303
    assert "Gion festival" not in (await client.get("/admin/intel")).text
    again = await client.post(f"/admin/intel/{item.id}/expire", data={"csrf": csrf})
    assert again.status_code == 409
    async with services.sessions() as session:
        actions = list(await session.scalars(select(OperatorAudit.action)))
    assert {"intel_add", "intel_expire"} <= set(actions)


async def test_edit_an_items_wording_and_last_day(
    app: FastAPI, client: httpx.AsyncClient, clock: FakeClock
) -> None:
    csrf = await _signed_in(client)
    for text in ("Metro strike on line 2", "Metro strike on line 3"):
        form = {"csrf": csrf, "market": "Porto", "severity": "low", "description": text}
        assert (await client.post("/admin/intel", data=form)).status_code == 303
    services: Services = app.state.services
    async with services.sessions() as session:
        first, second = list(
            await session.scalars(
                select(DestinationIntelligence).order_by(DestinationIntelligence.id)
            )
        )
    day = (clock.now().date() - timedelta(days=1)).isoformat()  # a past day: refused
    route = f"/admin/intel/{first.id}/edit"
    assert (await client.post(route, data={"csrf": csrf, "valid_until": day})).status_code == 409
    bad = await client.post(route, data={"csrf": csrf, "valid_until": "soon"})
    assert bad.status_code == 400
    same = await client.post(route, data={"csrf": csrf, "description": "Metro strike on line 3"})
    assert same.status_code == 409  # would duplicate the second item
    later = (clock.now().date() + timedelta(days=365)).isoformat()
    done = await client.post(
        route,
        data={"csrf": csrf, "description": "Metro strike on lines 2 and 4", "valid_until": later},
    )
    assert done.status_code == 303, done.text
    async with services.sessions() as session:
        row = await session.get(DestinationIntelligence, first.id)
    assert row is not None
    assert row.data["description"] == "Metro strike on lines 2 and 4"
    assert row.valid_until is not None
    assert row.valid_until.date().isoformat() > later
    assert second.id != first.id
