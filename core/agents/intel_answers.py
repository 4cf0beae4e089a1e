"""Weather, events and safety answers from stored destination intelligence, never invented.

Only unexpired items the refresh job or an operator stored are shown, each with its age; when
nothing is stored the answer says so. Names and descriptions are shown as reported; every
sentence around them comes from the catalog in the traveler's language.
"""

from __future__ import annotations

import datetime as dt
import re

from babel.dates import format_interval, format_skeleton, format_timedelta

from core.agents.base import AgentResult, TurnContext, answer, day_of, resolve_day
from core.intents.model import ParsedTurn
from core.messages import current_language, msg
from core.protocol import AgentResponse
from core.services.intel_items import MARKETS, EventItem, SafetyItem, WeatherItem
from core.services.intel_read import CurrentItem, IntelReader
from core.text import shorten

MAX_LINES = 5
FORECAST_DAYS_SHOWN = 3
MAX_DESCRIPTION_CHARS = 200
WEEK = 7
SEVERITY_ORDER = {"critical": 0, "high": 1, "medium": 2, "low": 3}
_WEEKDAYS = {
    **dict.fromkeys(("monday", "mon"), 0),
    **dict.fromkeys(("tuesday", "tues", "tue"), 1),
    **dict.fromkeys(("wednesday", "wed"), 2),
    **dict.fromkeys(("thursday", "thurs", "thu"), 3),
    **dict.fromkeys(("friday", "fri"), 4),
    **dict.fromkeys(("saturday", "sat"), 5),
    **dict.fromkeys(("sunday", "sun"), 6),
}
# A forecast entry labelled with its date ("2026-11-24: rain") or weekday ("Tue: 14°C, rain").
# Whole weekday words only, so "Sunny: 20°C" is no Sunday.
_ISO_LABEL = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\b[^:\n]{0,16}:\s*")
_WEEKDAY_LABEL = re.compile(
    r"^\s*(" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\b\.?[^:\n]{0,16}:\s*",
    re.IGNORECASE,
)
_DAY_REF_DATE = re.compile(r"^date:(\d{4}-\d{2}-\d{2})$")
_DAY_REF_WEEKDAY = re.compile(r"^weekday:([0-6])$")


def age_text(created_at: dt.datetime, now: dt.datetime) -> str:
    """'updated 3 hours ago' in the turn's language."""
    delta = now - created_at
    if delta < dt.timedelta(minutes=1):
        return msg("info_updated_now")
    ago = format_timedelta(-delta, add_direction=True, locale=current_language())
    return msg("info_updated", ago=ago)


def date_text(day: dt.date) -> str:
    """'Tue, November 24' in the turn's language."""
    return format_skeleton("MMMMEEEEd", day, locale=current_language())


def dates_text(first: dt.date, last: dt.date) -> str:
    """'Nov 24 – 26' in the turn's language."""
    return format_interval(first, last, "MMMd", locale=current_language())


def ref_date(ref: str, today: dt.date) -> dt.date | None:
    """The date a day_ref names ('tomorrow', 'weekday:4', 'date:2027-03-14'), seen from today."""
    if ref == "today":
        return today
    if ref == "tomorrow":
        return today + dt.timedelta(days=1)
    if match := _DAY_REF_DATE.match(ref):
        try:
            return dt.date.fromisoformat(match.group(1))
        except ValueError:
            return None
    if match := _DAY_REF_WEEKDAY.match(ref):
        return today + dt.timedelta(days=(int(match.group(1)) - today.weekday()) % 7)
    return None


async def asked_date(
    turn: ParsedTurn, ctx: TurnContext, reader: IntelReader
) -> dt.date | AgentResult | None:
    """The calendar date the question is about, an ERROR for a day off the trip, or None."""
    if turn.day is not None:
        number = resolve_day(ctx, turn.day)
        if isinstance(number, AgentResult):
            return number
        return day_of(ctx.itinerary.days, number).date if number is not None else None
    if turn.day_ref:
        return ref_date(turn.day_ref, await reader.traveler_today(ctx.user_id))
    return None


def forecast_for(weather: WeatherItem, report_day: dt.date, target: dt.date) -> str | None:
    """The forecast entry for `target`, or None when the report does not cover it.

    Labelled entries are matched by their date or weekday. Unlabelled entries are read by
    position from the report's day: the refresh job tells the source the report's date ("today
    is …") and asks for a 7-day forecast, which starts that day.
    """
    offset = (target - report_day).days
    if offset < 0:
        return None
    labelled = False
    for entry in weather.forecast_7day:
        if iso := _ISO_LABEL.match(entry):
            labelled = True
            try:
                if dt.date.fromisoformat(iso.group(1)) == target:
                    return entry[iso.end() :] or entry
            except ValueError:
                continue
        elif weekday := _WEEKDAY_LABEL.match(entry):
            labelled = True
            # A weekday names a day of the report's own week only.
            if offset < WEEK and _WEEKDAYS[weekday.group(1).lower()] == target.weekday():
                return entry[weekday.end() :] or entry
    if labelled or offset >= len(weather.forecast_7day):
        return None
    return weather.forecast_7day[offset]


def _weather_overview(weather: WeatherItem) -> list[str]:
    lines = []
    if weather.current:
        lines.append(msg("info_weather_now", text=weather.current))
    if weather.forecast_7day:
        days = " · ".join(weather.forecast_7day[:FORECAST_DAYS_SHOWN])
        lines.append(msg("info_weather_next", days=days))
    if weather.seasonal_note:
        lines.append(msg("info_weather_season", text=weather.seasonal_note))
    return lines


def _not_tracked(none_message: str, market: str | None) -> AgentResult:
    lines = [none_message]
    if market is None:
        lines.append(msg("info_not_tracked", markets=", ".join(MARKETS)))
    return answer(AgentResponse.complete("\n".join(lines)))


async def weather(
    turn: ParsedTurn, ctx: TurnContext, reader: IntelReader, place: str, market: str | None
) -> AgentResult:
    """The latest stored weather report, for the asked day when one is named."""
    target = await asked_date(turn, ctx, reader)
    if isinstance(target, AgentResult):
        return target
    stored = await reader.current(market, WeatherItem, limit=1) if market else []
    if not stored:
        return _not_tracked(msg("info_weather_none", place=place), market)
    latest = stored[0]
    report = latest.item
    header = msg(
        "info_weather_header", place=place, updated=age_text(latest.created_at, reader.now())
    )
    lines: list[str] = []
    report_day = latest.created_at.date()
    if target is None:
        lines = [header, *_weather_overview(report)]
    elif (text := forecast_for(report, report_day, target)) is not None:
        lines = [header, msg("info_weather_day", date=date_text(target), text=text)]
        if target == report_day and report.current:
            lines.append(msg("info_weather_now", text=report.current))
    elif target == report_day and report.current:
        lines = [header, msg("info_weather_now", text=report.current)]
    else:
        # Honest about the day asked, then what the latest report does say.
        missing = msg("info_weather_none_day", place=place, date=date_text(target))
        lines = [missing, header, *_weather_overview(report)]
    if report.packing_suggestion:
        lines.append(msg("info_weather_pack", text=report.packing_suggestion))
    return answer(AgentResponse.complete("\n".join(lines)))


def _trip_dates(ctx: TurnContext) -> tuple[dt.date, dt.date] | None:
    start = ctx.itinerary.start_date
    if start is None or not ctx.itinerary.days:
        return None
    return start, start + dt.timedelta(days=len(ctx.itinerary.days) - 1)


def _more(lines: list[str], total: int) -> list[str]:
    shown = lines[:MAX_LINES]
    if total > MAX_LINES:
        shown.append(msg("info_more", count=total - MAX_LINES))
    return shown


async def events(
    turn: ParsedTurn,
    ctx: TurnContext,
    reader: IntelReader,
    place: str,
    market: str | None,
    *,
    own_trip: bool,
) -> AgentResult:
    """Stored events on the asked day, else during the trip, else upcoming ones."""
    target = await asked_date(turn, ctx, reader)
    if isinstance(target, AgentResult):
        return target
    trip = _trip_dates(ctx) if own_trip else None
    if target is not None:
        first, last = target, target
        header = msg("info_events_header_day", place=place, date=date_text(target))
        none = msg("info_events_none_day", place=place, date=date_text(target))
    elif trip is not None:
        first, last = trip
        span = dates_text(first, last)
        header = msg("info_events_header", place=place, dates=span)
        none = msg("info_events_none", place=place, dates=span)
    else:
        first, last = await reader.traveler_today(ctx.user_id), dt.date.max
        header = msg("info_events_header_upcoming", place=place)
        none = msg("info_events_none_upcoming", place=place)
    stored = await reader.current(market, EventItem) if market else []
    inside = sorted(
        (e for e in stored if first <= e.item.date <= last),
        key=lambda e: (e.item.date, e.item.name.casefold()),
    )
    if not inside:
        return _not_tracked(none, market)
    now = reader.now()
    lines = [
        msg(
            "info_event_line",
            name=e.item.name,
            date=date_text(e.item.date),
            updated=age_text(e.created_at, now),
        )
        for e in inside
    ]
    return answer(AgentResponse.complete("\n".join([header, *_more(lines, len(inside))])))


def _safety_line(advisory: CurrentItem[SafetyItem], now: dt.datetime) -> str:
    item = advisory.item
    areas = [area for area in item.areas_affected if area.strip()]
    return msg(
        "info_safety_line",
        severity=msg(f"info_severity_{item.severity}"),
        # The line goes on after the description, so its own full stop would double up.
        description=shorten(item.description, max_chars=MAX_DESCRIPTION_CHARS).rstrip(" ."),
        areas=msg("info_safety_areas", areas=", ".join(areas)) if areas else "",
        updated=_with_source(age_text(advisory.created_at, now), advisory.source_host),
    )


def _with_source(updated: str, host: str | None) -> str:
    """'updated 3 hours ago, source: city.kyoto.lg.jp' (just the age when nobody sourced it)."""
    return f"{updated}, {msg('intel_source', host=host)}" if host else updated


async def safety(reader: IntelReader, place: str, market: str | None) -> AgentResult:
    """Current stored advisories, the most severe first, then the newest."""
    stored = await reader.current(market, SafetyItem) if market else []
    if not stored:
        return _not_tracked(msg("info_safety_none", place=place), market)
    # Newest first already; a stable sort by severity keeps that order within a severity.
    ranked = sorted(stored, key=lambda advisory: SEVERITY_ORDER[advisory.item.severity])
    now = reader.now()
    lines = [_safety_line(advisory, now) for advisory in ranked]
    header = msg("info_safety_header", place=place)
    return answer(AgentResponse.complete("\n".join([header, *_more(lines, len(ranked))])))
