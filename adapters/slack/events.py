"""slack-bolt's AsyncApp for everything Slack posts to us: events, interactivity, slash commands.

Bolt verifies the signature, answers url_verification and ssl_check, and routes each request to
a listener; the listeners are thin: the pure converters (adapters/slack/inbound.py) make the
turn, the request's hand-off puts it in the durable inbox, and `ack()` answers Slack. Nothing is
answered here: the pipeline answers later, through response_url where the request had one.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Container
from typing import Any

from slack_bolt.async_app import AsyncApp, AsyncBoltContext
from slack_bolt.authorization import AuthorizeResult
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.error import BoltUnhandledRequestError
from slack_bolt.response import BoltResponse
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.inbound import action_turn, command_turn, message_turn
from adapters.slack.signature import SlackSignature
from core.protocol import InboundTurn

log = logging.getLogger(__name__)

# The context key under which the web layer passes each request's hand-off to the inbox.
HAND_OFF = "hand_off"
HandOff = Callable[[InboundTurn], Awaitable[None]]
ANY = re.compile(".*")
# The status the web layer answers with its own 400 (a signed delivery nobody could read).
MALFORMED = 400


def build_app(
    signature: SlackSignature, api_base_url: str, our_threads: Container[Any]
) -> AsyncApp:
    """The Bolt app: verification, handshakes and listeners that hand turns to the inbox.

    Bolt never calls the Web API for us: `authorize` answers without auth.test (every Slack
    call goes through SlackSender), and the app's client points at the configured API base
    URL, so tests and a misconfiguration never reach slack.com from here.

    Args:
        signature: the signing secret's verifier (with the injected clock).
        api_base_url: the Slack Web API root ("{SLACK_API_BASE_URL}/api/").
        our_threads: (channel, thread_ts) of threads the bot answered in (see message_turn).
    """
    app = AsyncApp(
        name="traveloure-slack",
        signing_secret="",  # unused: the verification below is ours (bolt's, our clock)
        request_verification_enabled=False,
        before_authorize=signature.middleware(),  # bolt's RequestVerification, first as usual
        authorize=_authorize,
        client=AsyncWebClient(base_url=api_base_url),
        # The listener stores the turn before Slack is answered: what was acknowledged is kept.
        process_before_response=True,
        # What nobody listens to (a view closed, a shortcut) is acknowledged and ignored.
        raise_error_for_unhandled_request=True,
        # Our converters drop bots and ourselves (bolt would need auth.test's ids for it).
        ignoring_self_events_enabled=False,
        attaching_conversation_kwargs_enabled=False,
    )

    async def on_event(body: dict[str, Any], ack: AsyncAck, context: AsyncBoltContext) -> None:
        """message.* and app_mention: a person writing to us; any other event: nothing."""
        await _hand_off(context, message_turn(body, our_threads))
        await ack()

    async def on_action(body: dict[str, Any], ack: AsyncAck, context: AsyncBoltContext) -> None:
        """A button of ours tapped (a choice, a lead or booking card)."""
        turn = action_turn(body) if body.get("type") == "block_actions" else None
        await _hand_off(context, turn)
        await ack()

    async def on_command(body: dict[str, Any], ack: AsyncAck, context: AsyncBoltContext) -> None:
        """A slash command: acknowledged empty, answered privately through its response_url."""
        await _hand_off(context, command_turn(body))
        await ack()

    app.event(ANY)(on_event)
    app.action(ANY)(on_action)
    app.command(ANY)(on_command)
    app.error(_answer_error)
    return app


async def _authorize(
    enterprise_id: str | None, team_id: str | None, user_id: str | None
) -> AuthorizeResult:
    """Every request is ours to read (the signature said so); no token, no auth.test."""
    return AuthorizeResult(enterprise_id=enterprise_id, team_id=team_id, user_id=user_id)


async def _hand_off(context: AsyncBoltContext, turn: InboundTurn | None) -> None:
    if turn is not None:
        hand_off: HandOff = context[HAND_OFF]
        await hand_off(turn)


async def _answer_error(error: Exception) -> BoltResponse:
    """Bolt's error handler: ignore what nobody listens to; 400 for what could not be read.

    The hand-off never raises (the web layer keeps its failure and answers for it), so what
    arrives here is a delivery of a shape neither bolt's matchers nor our readers expected.
    """
    if isinstance(error, BoltUnhandledRequestError):
        return BoltResponse(status=200, body="")
    log.info("slack: unreadable delivery (%s: %s)", type(error).__name__, error)
    return BoltResponse(status=MALFORMED, body={"error": "malformed_delivery"})
