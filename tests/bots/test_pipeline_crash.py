"""A process dying between a turn's commit and its answer: the re-run only re-sends the answer."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from bots.app import create_app
from bots.container import Services
from core.config import Settings
from core.protocol import AgentResponse, InboundTurn
from core.services.inbox import CLAIM_LEASE
from core.storage.models import ChannelIdentity, Itinerary, ItineraryVersion
from tests.bots.test_pipeline import FakeChannel, _delivery, _post
from tests.fakes.clock import FakeClock


class DyingChannel(FakeChannel):
    """Sends hang while `dying` is set: the process is killed before its answer goes out."""

    def __init__(self) -> None:
        super().__init__()
        self.dying = False
        self.hanging = asyncio.Event()

    async def deliver(self, turn: InboundTurn, response: AgentResponse) -> None:
        if self.dying:
            self.hanging.set()
            await asyncio.Event().wait()  # until the "kill" cancels it
        await super().deliver(turn, response)


async def _say(app: FastAPI, fake: DyingChannel, event: str, text: str) -> str:
    await _post(app, _delivery(event, text))
    await app.state.services.pipeline.drain()
    return fake.delivered[-1][1].message


async def _kill_mid_answer(app: FastAPI, fake: DyingChannel, event: str, text: str) -> None:
    """The turn commits, then the process dies before the answer is sent (SIGKILL)."""
    pipeline = app.state.services.pipeline
    fake.dying = True
    await _post(app, _delivery(event, text))
    await asyncio.wait_for(fake.hanging.wait(), 10)
    for task in list(pipeline._running):  # what SIGKILL does to the turn in flight
        task.cancel()
    await asyncio.gather(*pipeline._running, return_exceptions=True)
    fake.dying = False


async def _trip(services: Services) -> tuple[int, list[str]]:
    """The fake chat user's itinerary: versions made, and day 2's titles."""
    async with services.sessions() as session:
        itinerary = await session.scalar(
            select(Itinerary).join(
                ChannelIdentity, ChannelIdentity.traveler_id == Itinerary.user_id
            )
        )
        assert itinerary is not None
        versions = await session.scalar(
            select(func.count())
            .select_from(ItineraryVersion)
            .where(ItineraryVersion.itinerary_id == itinerary.id)
        )
        day_two = next(day for day in itinerary.days if day["day"] == 2)
        return versions or 0, [node["title"] for node in day_two["nodes"]]


@pytest.mark.parametrize(
    ("before", "text", "answer", "versions", "sushi_on_day_2"),
    [
        ([], "add Sushi Zen restaurant on day 2", "Added Sushi Zen to day 2", 1, 1),
        (
            ["add Sushi Zen restaurant on day 2", "add Hoq Cave on day 3"],
            "undo",
            "Undid",
            3,
            1,
        ),
    ],
    ids=["add", "undo"],
)
async def test_a_turn_committed_before_a_crash_is_answered_again_not_applied_again(
    settings: Settings,
    clock: FakeClock,
    before: list[str],
    text: str,
    answer: str,
    versions: int,
    sushi_on_day_2: int,
) -> None:
    app = create_app(settings, clock=clock)
    fake = DyingChannel()
    async with app.router.lifespan_context(app):
        services = app.state.services
        services.pipeline.channels["fake"] = fake
        for n, said in enumerate(before):
            await _say(app, fake, f"setup-{n}", said)
        await _kill_mid_answer(app, fake, "burst", text)
        sent_before_restart = len(fake.delivered)
        # A new process starts once the dead one's claim has lapsed, and runs it again.
        clock.advance(seconds=CLAIM_LEASE.total_seconds() + 1)
        assert await services.pipeline.resume_pending() == 1
        await services.pipeline.drain()
        [(_, resent)] = fake.delivered[sent_before_restart:]
        assert resent.message.startswith(answer)  # the answer of the turn that ran
        made, day_two = await _trip(services)
        assert made == versions  # one version per delivery, none from the re-run
        assert day_two.count("Sushi Zen") == sushi_on_day_2
        assert await services.pipeline.resume_pending() == 0  # and now it is done


async def test_a_link_code_redeemed_before_a_crash_is_confirmed_again(
    settings: Settings, clock: FakeClock
) -> None:
    app = create_app(settings, clock=clock)
    fake = DyingChannel()
    async with app.router.lifespan_context(app):
        services = app.state.services
        services.pipeline.channels["fake"] = fake
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
            session = (await http.post("/api/v1/demo/session")).json()
            code = (
                await http.post(
                    f"/api/v1/travelers/{session['userId']}/link-code",
                    headers={"Authorization": f"Bearer {session['token']}"},
                )
            ).json()["code"]
        await _kill_mid_answer(app, fake, "link", f"link {code}")
        clock.advance(seconds=CLAIM_LEASE.total_seconds() + 1)
        assert await services.pipeline.resume_pending() == 1
        await services.pipeline.drain()
        # The code was used by the turn that committed: its "linked" is sent, not "invalid".
        assert fake.delivered[-1][1].type.value == "COMPLETE"
        assert "linked" in fake.delivered[-1][1].message
