"""Slack's webhook: slack-bolt's AsyncApp behind its FastAPI adapter, at /webhooks/slack.

Events API, interactivity and slash commands all arrive here. Bolt verifies, answers the
handshakes and runs a listener that hands the turn to the durable inbox (adapters/slack/
events.py); this route only speaks the service's HTTP: its errors, the per-address budget for
unsigned requests, and 503 when the inbox could not store what bolt was about to acknowledge.
Included only when Slack is configured (bots/app.py): otherwise slack-bolt is never imported.
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from slack_bolt.adapter.fastapi.async_handler import AsyncSlackRequestHandler

from adapters.slack.channel import SlackChannel
from adapters.slack.events import HAND_OFF, MALFORMED
from bots.channels.intake import accept
from bots.channels.pipeline import TurnPipeline
from bots.deps import ServicesDep
from bots.errors import ApiError
from bots.routers.webhooks import channel_disabled, charge_address
from core.protocol import InboundTurn

router = APIRouter(prefix="/webhooks", tags=["webhooks"])
SLACK = "slack"
# What bolt raises while it decodes a body it cannot read (before it checks the signature):
# bytes that are not UTF-8, JSON that is not, or an object of an unexpected shape.
_UNREADABLE = (ValueError, TypeError, AttributeError, KeyError, IndexError, RecursionError)


class _Intake:
    """One request's hand-off from bolt's listeners to the inbox.

    A failure (the database is down) is kept, not raised into bolt, which would answer it with
    its own 500 or, through our error handler, a 400; the route raises it once bolt is done.
    """

    def __init__(self, pipeline: TurnPipeline, channel: SlackChannel) -> None:
        self._pipeline = pipeline
        self._channel = channel
        self.failure: Exception | None = None

    async def __call__(self, turn: InboundTurn) -> None:
        if self.failure is not None:
            return
        try:
            await accept(self._pipeline, self._channel, turn)
        except Exception as exc:  # noqa: BLE001 - re-raised by the route, to the app's handlers
            self.failure = exc


@router.post("/slack", include_in_schema=False)
async def slack_webhook(request: Request, services: ServicesDep) -> Response:
    """One Slack request: an event, a tap, a slash command or a handshake."""
    channel = services.pipeline.channels.get(SLACK)
    if not isinstance(channel, SlackChannel):
        raise channel_disabled(request, SLACK)
    intake = _Intake(services.pipeline, channel)
    try:
        response = await AsyncSlackRequestHandler(channel.app).handle(request, {HAND_OFF: intake})
    except _UNREADABLE as exc:
        # Bolt decodes before it verifies: unsigned garbage is a bad signature like any other.
        if not channel.signature.verify(await request.body(), request.headers):
            raise _bad_signature(request) from exc
        raise _unreadable() from exc
    if intake.failure is not None:
        raise intake.failure  # nothing stored, nothing acknowledged: Slack delivers again
    if response.status_code == 401:
        raise _bad_signature(request)
    if response.status_code == MALFORMED:
        raise _unreadable()
    return response


def _bad_signature(request: Request) -> ApiError:
    charge_address(request)
    return ApiError(401, "bad_signature", "The request signature or secret is not valid.")


def _unreadable() -> ApiError:
    return ApiError(400, "bad_payload", f"Unreadable {SLACK} delivery.")
