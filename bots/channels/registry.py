"""The channels this process serves: each is on only when its credentials are configured."""

from __future__ import annotations

import logging
from collections.abc import Callable

from bots.channels.port import Channel
from core.clock import Clock
from core.config import Settings

log = logging.getLogger(__name__)


def _factories() -> dict[str, Callable[[Settings, Clock], Channel | None]]:
    from adapters.slack.channel import from_settings as slack  # noqa: PLC0415
    from adapters.telegram.channel import from_settings as telegram  # noqa: PLC0415
    from adapters.whatsapp.channel import from_settings as whatsapp  # noqa: PLC0415

    return {"telegram": telegram, "slack": slack, "whatsapp": whatsapp}


def build_channels(settings: Settings, clock: Clock) -> dict[str, Channel]:
    """Enabled channels by name; a channel without credentials is off, with one log line."""
    channels: dict[str, Channel] = {}
    for name, factory in _factories().items():
        channel = factory(settings, clock)
        if channel is None:
            log.info("%s channel disabled (credentials not configured)", name)
        else:
            channels[name] = channel
    return channels
