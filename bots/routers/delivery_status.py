"""Delivery receipts from the platforms: signature-checked, applied once, acknowledged."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request, Response

from adapters.whatsapp.channel import STATUS_PATH
from adapters.whatsapp.form import parse_form
from adapters.whatsapp.status import to_receipt
from bots.deps import ServicesDep, SessionDep
from bots.errors import ApiError
from bots.routers.webhooks import charge_address
from core.services.delivery_receipts import record_receipt

log = logging.getLogger(__name__)

router = APIRouter(tags=["webhooks"])


@router.post(STATUS_PATH, include_in_schema=False)
async def whatsapp_status(request: Request, services: ServicesDep, session: SessionDep) -> Response:
    """A Twilio status callback (StatusCallback of every push): stored on its outbox row.

    Verified like the inbound webhook (X-Twilio-Signature over the public URL). Duplicates and
    receipts older than what the row holds change nothing, so Twilio's retries are harmless.
    """
    channel = services.pipeline.channels.get("whatsapp")
    if channel is None:
        charge_address(request)
        raise ApiError(404, "channel_disabled", "The whatsapp channel is not configured.")
    body = await request.body()
    query = f"?{request.url.query}" if request.url.query else ""
    url = f"{services.settings.public_base_url.rstrip('/')}{request.url.path}{query}"
    if not channel.verify(body, request.headers, url):
        charge_address(request)
        raise ApiError(401, "bad_signature", "The request signature or secret is not valid.")
    try:
        receipt = to_receipt(parse_form(body))
    except ValueError as exc:
        raise ApiError(400, "bad_payload", f"Unreadable status callback: {exc}") from exc
    outcome = await record_receipt(session, services.clock, receipt)
    await session.commit()
    log.info("whatsapp receipt %s %s: %s", receipt.message_id, receipt.status, outcome)
    return Response(status_code=204)
