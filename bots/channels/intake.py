"""A delivery's turn accepted: stored in the durable inbox, acknowledged, then processed."""

from __future__ import annotations

import logging

from bots.channels.pipeline import TRACE_KEY, TurnPipeline
from bots.channels.port import Channel
from core.metrics import INBOX_ACCEPTED, INBOX_DUPLICATES
from core.protocol import InboundTurn
from core.tracing import current_trace_id

log = logging.getLogger(__name__)


async def accept(pipeline: TurnPipeline, channel: Channel, turn: InboundTurn) -> bool:
    """Store one turn in the inbox and start processing it in the background.

    Called before the platform is answered: what it was told we got is stored. The turn
    keeps the request's trace id, so a run resumed after a restart logs under it.

    Returns:
        False for a redelivery (or the same delivery on another instance): dropped.

    Raises:
        The database's errors: nothing was stored; the route answers 503 and the platform
        delivers again.
    """
    payload = turn.to_json_dict() | {TRACE_KEY: current_trace_id()}
    item = await pipeline.inbox.accept(channel.name, turn.event_id, payload)
    if item is None:
        INBOX_DUPLICATES.labels(channel=channel.name).inc()
        log.info("%s delivery %s already accepted: dropped", channel.name, turn.event_id)
        return False
    INBOX_ACCEPTED.labels(channel=channel.name).inc()
    log.info("%s delivery %s accepted", channel.name, turn.event_id)
    await channel.acknowledge(turn)
    pipeline.schedule(item)
    return True
