"""Platform webhooks: verify first, store in the inbox, acknowledge fast, process after."""

from __future__ import annotations

import json

from fastapi import APIRouter, Request, Response

from adapters.whatsapp.channel import EMPTY_TWIML
from bots.channels.intake import accept
from bots.channels.port import WebhookChannel
from bots.deps import ServicesDep
from bots.errors import ApiError
from bots.rate_limit import RateLimiter, retry_after_header
from bots.routers import delivery_status

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


def channel_disabled(request: Request, channel_name: str) -> ApiError:
    """The 404 for a channel this server does not serve (the address is charged for it)."""
    charge_address(request)
    return ApiError(
        404, "channel_disabled", f"The {channel_name} channel is not configured on this server."
    )


@router.post("/{channel_name}", include_in_schema=False)
async def webhook(channel_name: str, request: Request, services: ServicesDep) -> Response:
    """One delivery from Telegram or WhatsApp (Twilio); Slack's have their own route."""
    pipeline = services.pipeline
    channel = pipeline.channels.get(channel_name)
    if not isinstance(channel, WebhookChannel):
        raise channel_disabled(request, channel_name)
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
        await accept(pipeline, channel, turn)
    reply = delivery.reply
    return Response(content=reply.body, status_code=reply.status, media_type=reply.media_type)
