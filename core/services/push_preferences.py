"""A traveler's push preferences: which kinds they get (alerts, digests) and their quiet hours.

Chat ("stop the digests") and `PATCH /api/v1/travelers/{id}/preferences` change the same
columns; the alert fan-out and the digest job read them. STOP / START stay per chat and
above all of this: a chat that opted out gets nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from core.intents.push_preferences import PreferenceChange
from core.messages import msg
from core.storage.models import Traveler


@dataclass(frozen=True)
class PushPreferences:
    """What a traveler gets pushed, and when not."""

    alerts: bool
    digests: bool
    quiet_start: str | None
    quiet_end: str | None

    def to_json(self) -> dict[str, object]:
        """The API shape (camelCase)."""
        return {
            "alerts": self.alerts,
            "digests": self.digests,
            "quietStart": self.quiet_start,
            "quietEnd": self.quiet_end,
        }


def preferences_of(traveler: Traveler) -> PushPreferences:
    """The traveler's preferences as stored."""
    return PushPreferences(
        alerts=traveler.alerts_enabled,
        digests=traveler.digests_enabled,
        quiet_start=traveler.quiet_start,
        quiet_end=traveler.quiet_end,
    )


def apply_change(traveler: Traveler, change: PreferenceChange) -> PushPreferences:
    """Change the traveler's row in place (the caller commits); the preferences after it."""
    if change.alerts is not None:
        traveler.alerts_enabled = change.alerts
    if change.digests is not None:
        traveler.digests_enabled = change.digests
    if change.clear_quiet:
        traveler.quiet_start = traveler.quiet_end = None
    elif change.quiet_start is not None and change.quiet_end is not None:
        traveler.quiet_start, traveler.quiet_end = change.quiet_start, change.quiet_end
    return preferences_of(traveler)


async def change_preferences(
    session: AsyncSession, traveler_id: str, change: PreferenceChange
) -> PushPreferences | None:
    """Apply a change to a traveler (the caller commits); None when there is no such traveler."""
    traveler = await session.get(Traveler, traveler_id)
    if traveler is None:
        return None
    return apply_change(traveler, change)


def describe(preferences: PushPreferences) -> str:
    """One line in the current locale: what is on, what is off, the quiet hours."""
    quiet = (
        f"{preferences.quiet_start}–{preferences.quiet_end}"
        if preferences.quiet_start and preferences.quiet_end
        else msg("push_prefs_quiet_none")
    )
    return msg(
        "push_prefs_summary",
        alerts=msg("push_prefs_on" if preferences.alerts else "push_prefs_off"),
        digests=msg("push_prefs_on" if preferences.digests else "push_prefs_off"),
        quiet=quiet,
    )


class PushPreferenceService:
    """Push preferences inside the caller's session (the caller commits)."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def change(self, traveler_id: str, change: PreferenceChange) -> PushPreferences | None:
        """Apply `change` (a query changes nothing); None when there is no such traveler."""
        return await change_preferences(self._session, traveler_id, change)
