"""The terminal chat of `python -m bots chat`: a demo trip, rendered like a text channel."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Mapping
from typing import Any

import typer

from bots.container import Services, build_services
from core.config import get_settings
from core.messages import msg
from core.orchestrator import Turn
from core.presentation import card_facts
from core.protocol import AgentResponse, ResponseType
from core.services.demo_seed import create_demo_trip
from core.storage.db import upgrade_schema


def render_text(response: AgentResponse) -> str:
    """An AgentResponse as plain text with numbered choices (how SMS-like channels show it)."""
    lines = [response.message]
    data: Mapping[str, Any] = response.data or {}
    for number, card in enumerate(data.get("candidates", []), start=1):
        lines.append(f"{number}. {card['name']} {card_facts(card)}")
    if response.type is ResponseType.NEEDS_SELECTION:
        lines += [f"{n}. {o['label']}" for n, o in enumerate(data.get("options", []), start=1)]
        lines.append(msg("reply_choice"))
    if response.type is ResponseType.NEEDS_CONFIRMATION:
        lines += [f"  - {item}" for item in data.get("preview", {}).get("items", [])]
        lines.append(msg("reply_yes_no"))
    lines += [f"• {e}" for e in response.errors]
    lines += [f"(!) {w}" for w in response.warnings]
    return "\n".join(line for line in lines if line)


async def _start() -> tuple[Services, str, str, str]:
    services = build_services(get_settings())
    await upgrade_schema(services.engine)
    if services.demo_places is None:
        await services.close()
        msg = "the terminal chat runs on the demo trip: unset GOOGLE_PLACES_API_KEY to use it"
        raise SystemExit(msg)
    async with services.sessions() as session, session.begin():
        created, itinerary = await create_demo_trip(session, services.demo_places, services.clock)
    return services, created.traveler.id, created.token, itinerary.id


async def seed_demo_trip() -> tuple[str, str, str]:
    """Create a demo traveler and trip; returns (userId, token, itineraryId)."""
    services, user_id, token, itinerary_id = await _start()
    await services.close()
    return user_id, token, itinerary_id


async def run_chat() -> None:
    """Read lines from stdin, answer each through the orchestrator."""
    services, user_id, _token, itinerary_id = await _start()
    typer.echo("Demo trip to Hadibo (demo data). Type 'help', or Ctrl-D to leave.")
    try:
        while True:
            line = await asyncio.to_thread(sys.stdin.readline)
            if not line:
                break
            if not line.strip():
                continue
            outcome = await services.orchestrator.handle(
                Turn(
                    conversation_key=f"cli:{user_id}",
                    user_id=user_id,
                    itinerary_id=itinerary_id,
                    text=line,
                    actor="cli",
                    channel="cli",
                )
            )
            typer.echo(render_text(outcome.response) + "\n")
    finally:
        await services.close()
