"""Delivery receipts from the platforms: signature-checked, applied once, acknowledged."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request, Response

from adapters.whatsapp.channel import STATUS_PATH
from adapters.whatsapp.form import parse_form
from adapters.whatsapp.status import is_status_callback, to_receipt
from bots.channels.port import WebhookChannel
from bots.container import Services
from bots.deps import ServicesDep
from bots.errors import ApiError
from core.services.delivery_receipts import record_receipt

log = logging.getLogger(__name__)

router = APIRouter(tags=["webhooks"])


async def record_status(services: Services, body: bytes) -> None:
    """Apply a verified status callback's receipt (the body must be a verified Twilio form).

    Raises:
        ApiError: 400 when it is not a readable status callback.
    """
    try:
        receipt = to_receipt(parse_form(body))
    except ValueError as exc:
        raise ApiError(400, "bad_payload", f"Unreadable status callback: {exc}") from exc
    async with services.sessions() as session, session.begin():
        outcome = await record_receipt(session, services.clock, receipt)
    log.info("whatsapp receipt %s %s: %s", receipt.message_id, receipt.status, outcome)


def status_in(channel_name: str, body: bytes) -> bool:
    """Whether a verified delivery to /webhooks/{channel} is a WhatsApp status callback."""
    if channel_name != "whatsapp":
        return False
    try:
        return is_status_callback(parse_form(body))
    except ValueError:
        return False


@router.post(STATUS_PATH, include_in_schema=False)
async def whatsapp_status(request: Request, services: ServicesDep) -> Response:
    """A Twilio status callback (StatusCallback of every push): stored on its outbox row.

    Verified like the inbound webhook (X-Twilio-Signature over the public URL). Duplicates and
    receipts older than what the row holds change nothing, so Twilio's retries are harmless.
    """
    # Imported here: the webhook router imports this module for receipts posted to it.
    from bots.routers.webhooks import charge_address  # noqa: PLC0415

    channel = services.pipeline.channels.get("whatsapp")
    if not isinstance(channel, WebhookChannel):
        charge_address(request)
        raise ApiError(404, "channel_disabled", "The whatsapp channel is not configured.")
    body = await request.body()
    query = f"?{request.url.query}" if request.url.query else ""
    url = f"{services.settings.public_base_url.rstrip('/')}{request.url.path}{query}"
    if not channel.verify(body, request.headers, url):
        charge_address(request)
        raise ApiError(401, "bad_signature", "The request signature or secret is not valid.")
    await record_status(services, body)
    return Response(status_code=204)
