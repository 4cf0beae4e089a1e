"""Platform webhooks: verify first, store in the inbox, acknowledge fast, process after."""

from __future__ import annotations

import json
import logging

from fastapi import APIRouter, Request, Response

from bots.channels.pipeline import TRACE_KEY
from bots.deps import ServicesDep
from bots.errors import ApiError
from core.metrics import INBOX_ACCEPTED, INBOX_DUPLICATES
from core.tracing import current_trace_id

log = logging.getLogger(__name__)

router = APIRouter(prefix="/webhooks", tags=["webhooks"])


@router.post("/{channel_name}", include_in_schema=False)
async def webhook(channel_name: str, request: Request, services: ServicesDep) -> Response:
    """One delivery from Telegram, Slack or WhatsApp (Twilio)."""
    pipeline = services.pipeline
    channel = pipeline.channels.get(channel_name)
    if channel is None:
        raise ApiError(
            404, "channel_disabled", f"The {channel_name} channel is not configured on this server."
        )
    body = await request.body()
    # Signatures cover the public URL the platform called (with any query string), not ours.
    query = f"?{request.url.query}" if request.url.query else ""
    url = f"{services.settings.public_base_url.rstrip('/')}{request.url.path}{query}"
    if not channel.verify(body, request.headers, url):
        raise ApiError(401, "bad_signature", "The request signature or secret is not valid.")
    if (answer := channel.immediate_answer(body, request.headers)) is not None:
        return answer
    try:
        turns = channel.parse(body, request.headers)
    except (ValueError, json.JSONDecodeError) as exc:
        raise ApiError(400, "bad_payload", f"Unreadable {channel_name} delivery.") from exc
    for turn in turns:
        payload = turn.to_json_dict() | {TRACE_KEY: current_trace_id()}
        item = await pipeline.inbox.accept(channel.name, turn.event_id, payload)
        if item is None:
            # A redelivery (or the same delivery on another instance): acknowledged, dropped.
            INBOX_DUPLICATES.labels(channel=channel.name).inc()
            log.info("%s delivery %s already accepted: dropped", channel.name, turn.event_id)
            continue
        INBOX_ACCEPTED.labels(channel=channel.name).inc()
        log.info("%s delivery %s accepted", channel.name, turn.event_id)
        await channel.acknowledge(turn)
        pipeline.schedule(item)
    return channel.ack()
