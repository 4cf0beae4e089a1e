"""The channels this process serves: each is on only when its credentials are configured."""

from __future__ import annotations

import logging

from bots.channels.port import Channel
from core.clock import Clock
from core.config import Settings

log = logging.getLogger(__name__)


def build_channels(settings: Settings, clock: Clock) -> dict[str, Channel]:
    """Enabled channels by name; a channel without credentials is off, with one log line."""
    channels: dict[str, Channel] = {}
    for name in ("telegram", "slack", "whatsapp"):
        if name not in channels:
            log.info("%s channel disabled (credentials not configured)", name)
    return channels
