"""Platform webhooks: verify first, store in the inbox, acknowledge fast, process after."""

from __future__ import annotations

import json
import logging

from fastapi import APIRouter, Request, Response

from adapters.whatsapp.channel import EMPTY_TWIML
from bots.channels.pipeline import TRACE_KEY
from bots.deps import ServicesDep
from bots.errors import ApiError
from bots.rate_limit import RateLimiter, retry_after_header
from bots.routers import delivery_status
from core.metrics import INBOX_ACCEPTED, INBOX_DUPLICATES
from core.tracing import current_trace_id

log = logging.getLogger(__name__)

router = APIRouter(prefix="/webhooks", tags=["webhooks"])


def charge_address(request: Request) -> None:
    """An unverified delivery spends its address's per-IP budget; 429 once it is spent.

    Verified deliveries never do: the platforms send everything from a few addresses.
    """
    limiter: RateLimiter | None = getattr(request.app.state, "per_ip_limiter", None)
    client = request.client.host if request.client else "unknown"
    if limiter is not None and (wait := limiter.retry_after(client)) is not None:
        raise ApiError(
            429,
            "rate_limited",
            "Too many requests from your address; slow down.",
            headers={"Retry-After": retry_after_header(wait)},
        )


@router.post("/{channel_name}", include_in_schema=False)
async def webhook(channel_name: str, request: Request, services: ServicesDep) -> Response:
    """One delivery from Telegram, Slack or WhatsApp (Twilio)."""
    pipeline = services.pipeline
    channel = pipeline.channels.get(channel_name)
    if channel is None:
        charge_address(request)
        raise ApiError(
            404, "channel_disabled", f"The {channel_name} channel is not configured on this server."
        )
    body = await request.body()
    # Signatures cover the public URL the platform called (with any query string), not ours.
    query = f"?{request.url.query}" if request.url.query else ""
    url = f"{services.settings.public_base_url.rstrip('/')}{request.url.path}{query}"
    if not channel.verify(body, request.headers, url):
        charge_address(request)
        raise ApiError(401, "bad_signature", "The request signature or secret is not valid.")
    if delivery_status.status_in(channel.name, body):
        await delivery_status.record_status(services, body)  # a receipt, not a turn
        return Response(content=EMPTY_TWIML, media_type="text/xml")  # Twilio: nothing to send
    try:
        delivery = channel.parse(body, request.headers)
    except (ValueError, json.JSONDecodeError) as exc:
        raise ApiError(400, "bad_payload", f"Unreadable {channel_name} delivery.") from exc
    for action in delivery.local:
        pipeline.run_local(action)
    for turn in delivery.turns:
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
    reply = delivery.reply
    return Response(content=reply.body, status_code=reply.status, media_type=reply.media_type)
