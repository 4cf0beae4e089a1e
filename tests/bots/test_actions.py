"""ActionRegistry: non-choice buttons and commands go to their kind's handler."""

from __future__ import annotations

from bots.channels.actions import ActionRegistry
from bots.channels.port import Channel
from core.protocol import InboundTurn


async def _handler(channel: Channel, turn: InboundTurn) -> None:
    return None


def test_a_token_goes_to_its_kinds_handler() -> None:
    registry = ActionRegistry({"lead": _handler})
    assert registry.find("lead:claim:abc123") is _handler
    assert registry.find("lead:list:") is _handler


def test_choices_and_unknown_kinds_are_not_actions() -> None:
    registry = ActionRegistry({"lead": _handler})
    assert registry.find("Pq7Xk2Lm:1") is None  # a choice token: the orchestrator's
    assert registry.find("leads:claim:x") is None
    assert registry.find("lead") is None
    assert ActionRegistry().find("lead:claim:abc123") is None
