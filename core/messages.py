"""The message catalog: every sentence the bot says, by key and locale.

The locale of the current turn lives in a context variable so deep code needs no extra argument.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from babel import Locale

from core.echo import ECHOES, echoed
from core.locales import (
    channel_notices,
    conversation,
    info,
    limits,
    pickers,
    place_details,
    push_prefs,
    sharing,
    takeaway,
    trip,
    understanding,
    wording,
)
from core.locales.es import SPANISH
from core.locales.pt import PORTUGUESE

DEFAULT_LOCALE = "en"
_locale: ContextVar[str] = ContextVar("locale", default=DEFAULT_LOCALE)

ENGLISH: dict[str, str] = {
    "added": "Added {name} to day {day} ✅",
    "added_as_meal": "Added {name} to day {day} for {meal} ✅",
    "already_on_day": "{name} is already on day {day}; I added it again as you asked.",
    "found_places": "I found {count} {what} near {city}. Select one:",
    "loosened_search": "Nothing matched everything you said, so these are the closest.",
    "no_places": "I couldn't find '{query}' near {city}.",
    "no_places_filtered": "I couldn't find '{query}' near {city} matching {filters}.",
    "no_places_filtered_hint": "Try again without the rating, price or opening-time wish",
    "open_now": "open now",
    "wish_unmet": "None of the places I found is {wishes}; these come closest.",
    "wish_cheap": "cheap",
    "wish_upscale": "upscale",
    "found_places_filtered": "I found {count} {what} near {city} ({filters}). Select one:",
    "no_places_hint_1": "No results found for this search",
    "no_places_hint_2": "Try adding more details (street name, area)",
    "no_places_hint_3": "Check spelling",
    "search_down": "Place search is temporarily unavailable.",
    "search_down_hint_1": "Our place search service is experiencing issues",
    "search_down_hint_2": "Please try again in a few minutes",
    "vague_place": "I need more details to search for a place.",
    "vague_place_hint_1": "What type of place? (restaurant, museum, park, etc.)",
    "vague_place_hint_2": "Any specific name or area?",
    "which_day": "Which day should I use?",
    "day_label": "Day {day}",
    "no_such_day_hint": "Pick a day from 1 to {count}",
    "target_missing": "I couldn't find '{what}' {where}.",
    "target_missing_hint": "On {where_short}: {items}",
    "target_missing_empty": "There is nothing planned {where} yet",
    "which_item": "Which one do you mean?",
    "say_what": 'Which item do you mean? For example "remove lunch on day 2".',
    "removed": "Removed {name} from day {day}.",
    "confirm_remove_many": "This will remove {what} from {where}. Continue?",
    "confirm_yes_remove": "Yes, remove them",
    "cancel": "Cancel",
    "yes": "Yes",
    "no": "No",
    "nothing_to_remove": "There is nothing to remove {where}.",
    "moved": "Moved {name} to day {day}{at}.",
    "retimed": "Moved {name} on day {day} to {time}.",
    "already_there": "{name} is already on day {day}{at}.",
    "move_where": 'Where should I move {name}? Say a day or a time, e.g. "to day 3" or "to 2pm".',
    "replaced": "Replaced {old} with {new} on day {day} ✅",
    "replace_with_what": "What should I replace {name} with?",
    "undone": "Undid: {summary}.",
    "nothing_to_undo": "There is nothing to undo yet.",
    "cannot_undo": "I can't undo that change any more: the trip has changed too much since.",
    "cancelled": "Okay, I left your trip as it was.",
    "stale": "Your trip changed since I asked, so I didn't change anything. Please ask again.",
    "prompt_expired": "That choice has expired (choices are kept for {minutes} minutes). Please ask again.",
    "prompt_closed": "That question was already answered.",
    "prompt_replaced": "That question was replaced by a newer one.",
    "no_open_prompt": "There is no open question to answer right now.",
    "out_of_range": "Please pick a number from 1 to {count}.",
    "ambiguous_reply": "Which one? '{reply}' matches {names}.",
    "day_empty": "Nothing planned yet",
    "trip_header": "Your trip to {destination} (version {version}):",
    "unclear": "I'm not sure what you'd like to do.",
    "unclear_hint": 'Try "add a sushi place on day 2", "move lunch to 2pm", "what\'s on day 1" or "undo".',
    "unclear_placeholder": "e.g. add a museum on day 1",
    "help": (
        "I can change your trip by chat:\n"
        '• add a place: "add a sushi place on day 2", "add dinner at Sushi Zen on day 2 at 8pm"\n'
        '• remove: "remove lunch on day 2", "clear day 3"\n'
        '• move: "move lunch to 2pm", "move Sushi Zen to day 3"\n'
        '• replace: "replace lunch on day 2 with a seafood place"\n'
        '• see it: "what\'s on day 2?"\n'
        '• undo the last change: "undo"'
    ),
    "empty_text": "Please type a message.",
    "too_long": "That message is too long ({length} characters). Please keep it under {limit}.",
    "slow_down": "You're sending messages faster than I can answer. Give me a minute, then write again.",
    "demo_notice": "Demo data: places are illustrative, not real listings.",
    "ai_limit_note": "You've reached this hour's limit of AI-assisted answers, so I answered with my basic rules.",
    "not_available_yet": "I can't do that yet.",
    "enriched": "{name} details updated ✅",
    "welcome": 'Welcome to Traveloure! I plan and edit trips by chat. Try "plan 3 days in Kyoto", "add a sushi place on day 2" or "help".',
    "linked": "This chat is now linked to your Traveloure account ✅",
    "alert_text": "⚠️ Safety alert for {market}: {description}",
    "alert_areas": "Areas affected: {areas}",
    "digest_title": "☀️ Your {market} update",
    "digest_events": "During your trip:",
    "digest_trends": "Trending now:",
    "test_alert_text": "🔔 Test alert from Traveloure: safety alerts for your trips will reach you here.",
    "lead_escalated": "⏰ Lead {lead} is still unclaimed and every matched expert has seen it: please assign it by hand.",
    "expert_none": "There are no local experts for {market} yet.",
    "expert_no_market": "I can only connect you with local experts in our markets, not in {place} yet.",
    "expert_markets_hint": "Local experts work in {markets}",
    "reply_choice": "Reply with a number or a name.",
    "reply_yes_no": "Reply YES or NO.",
    "lead_claimed": (
        "Good news: {expert}, a local expert in {market}, has taken your request and will be in "
        "touch soon."
    ),
    "opted_out": "You won't get alerts or digests here any more. Send START to turn them back on.",
    "opted_in": "Alerts and digests are on again for this chat ✅",
    "link_invalid": 'That link code is not valid any more. Ask for a new one and send "link CODE".',
    "at_time": " at {time}",
    "where_day": "on day {day}",
    "where_trip": "in your trip",
    "day_short": "day {day}",
    "trip_short": "your trip",
    "matching": " matching '{what}'",
    "plan_confirm": (
        "This will replace your current {old_length} plan for {old_city} ({items}) with a new "
        "{new_length} plan for {city}. Continue?"
    ),
    "plan_confirm_yes": "Yes, replace it",
    "plan_too_long": "I can plan from 1 to {limit} days at a time, not {days}.",
    "plan_nothing_found": "I couldn't find places to plan a trip in {city}.",
    "plan_shortfall": "There weren't enough different {what} in {city} open at the right times to fill every slot",
    "plan_reason": "it was the best-rated {kind} in {city} open at {time} that wasn't already in the plan{rating}",
    "slot_morning": "the morning visit",
    "slot_lunch": "lunch",
    "slot_afternoon": "the afternoon visit",
    "slot_dinner": "dinner",
    "explain_which": 'Which place do you mean? Name it, e.g. "tell me about Sushi Zen".',
    "explain_unknown": "I couldn't find '{what}' in your trip or near {city}.",
    "explain_unknown_hint": 'Check the name, or ask "what\'s on day 2?" to see your trip',
    "explain_not_on_trip": "{name} is not on your trip. Here is what I know:",
    "explain_when": "day {day}{at}",
    "explain_no_data": "I have no further details about {name} yet.",
    "explain_hours": "Hours: {hours}",
    "explain_hours_unknown": "I don't know the opening hours of {name}.",
    "explain_opening": "{name} is {now}. Hours: {hours}",
    "explain_open_now": "open now",
    "explain_closed_now": "closed now",
    "why_choice": "You chose {name} for day {day} yourself, from {choices} matches for '{query}' (it was #{rank}; I list them by rating, then distance).",
    "why_named": "You asked for {name} by name, so I added it to day {day} directly.",
    "why_planner": "I picked {name} for {slot}: {reason}.",
    "why_unknown": "{name} was on the trip before I kept track of why it was added. Here is what I know about it:",
    "booking_kind_table": "a table for {party}",
    "booking_kind_lodging": "a stay",
    "booking_kind_tickets": "tickets for {party}",
    "booking_kind_transport": "a transfer for {party}",
    "booking_confirm": "Request {what} at {name} on day {day}{at}? A local expert or operator will confirm it; it is not booked until they do.",
    "booking_confirm_yes": "Yes, send the request",
    "booking_sent": "Booking request sent: {what} at {name} on day {day}{at}. Status: pending review. Nothing is booked yet; you'll hear back once an expert or operator confirms. Reference {ref}.",
    "booking_duplicate": "You already have a pending request for {name} on day {day} (reference {ref}).",
    "booking_which": "Which place should I request a booking for?",
    "booking_what": 'What should I book? Name a place on your trip, e.g. "book Sushi Zen for 2 at 8pm".',
    "booking_not_on_trip": "I can only request bookings for places on your trip, and I couldn't find '{what}' there.",
    "booking_not_on_trip_hint": 'Add it first, e.g. "add {what} on day 1"',
    "booking_needs_place": "{title} on day {day} has no place yet, so there is nothing to book.",
    "booking_needs_place_hint": 'Pick a place first, e.g. "add a restaurant for {title} on day {day}"',
    "booking_party": "For how many people?",
    "booking_party_option": "{count} people",
    "booking_party_one": "1 person",
    "booking_list_header": "Your booking requests for this trip:",
    "booking_list_line": "• {ref} · {what} at {name} · day {day}{at} · {status}",
    "booking_list_empty": "You have no booking requests for this trip yet.",
    "booking_status_pending_review": "pending review (not booked yet)",
    "booking_status_cancelled": "cancelled",
    "booking_status_confirmed": "confirmed",
    "booking_status_declined": "declined",
    "booking_cancelled": "Cancelled booking request {ref} for {name}.",
    "booking_cancel_which": "Which booking request should I cancel?",
    "booking_cancel_none": "There is no pending booking request to cancel{matching}.",
    "demo_city_unknown": "The demo place data has nothing for {city} yet.",
    "demo_cities_hint": "Demo data covers {cities}; set GOOGLE_PLACES_API_KEY for real places anywhere",
}


CATALOG: dict[str, dict[str, str]] = {"en": ENGLISH, "es": SPANISH, "pt": PORTUGUESE}
# Feature modules keep their sentences together in every language; one key lives in one place.
_FEATURES = (
    info.MESSAGES,
    limits.MESSAGES,
    pickers.MESSAGES,
    place_details.MESSAGES,
    push_prefs.MESSAGES,
    sharing.MESSAGES,
    takeaway.MESSAGES,
    channel_notices.MESSAGES,
    conversation.MESSAGES,
    trip.MESSAGES,
    understanding.MESSAGES,
    wording.MESSAGES,
)


def _merge_features() -> None:
    for feature in _FEATURES:
        for language, table in CATALOG.items():
            clash = table.keys() & feature[language].keys()
            if clash:
                message = f"message keys defined twice: {sorted(clash)}"
                raise RuntimeError(message)
            table.update(feature[language])


_merge_features()


def language_of(locale: str | None) -> str:
    """The language part of a locale: 'es-CO' → 'es', None → the default."""
    return (locale or DEFAULT_LOCALE).split("-")[0].split("_")[0].lower()


@contextmanager
def use_locale(locale: str | None) -> Iterator[None]:
    """Speak the given locale (its language part) for the duration of a turn."""
    language = language_of(locale)
    token = _locale.set(language if language in CATALOG else DEFAULT_LOCALE)
    try:
        yield
    finally:
        _locale.reset(token)


def msg(key: str, **values: object) -> str:
    """The sentence for `key` in the current locale (English if it has no translation).

    A key written in plural forms (`key_one`, `key_other`, …) takes the form the language's
    plural rules give for the integer `count` value: "1 día" but "3 días".
    """
    count = values.get("count")
    values = echoed(key, values, _locale.get())  # the traveler's words as typed
    values = _search_words_in_locale(key, values)  # "family" said as "los niños"
    values = {name: _meal_in_locale(value) for name, value in values.items()}
    return msg_template(key, count if isinstance(count, int) else None).format(**values)


# An open meal slot's title in any of the catalog's languages → the catalog key of that meal.
_MEAL_KEYS = {
    **dict.fromkeys(
        ("breakfast", "desayuno", "pequeno-almoço", "pequeno-almoco"), "meal_breakfast"
    ),
    **dict.fromkeys(("café da manhã", "cafe da manha"), "meal_breakfast"),
    **dict.fromkeys(("lunch", "almuerzo", "almoço", "almoco"), "meal_lunch"),
    **dict.fromkeys(("dinner", "cena", "jantar"), "meal_dinner"),
}


def stop_title(title: str) -> str:
    """A stop's title as the reply's language says it.

    An open meal slot keeps the title it was made with ("Dinner" on a trip planned in English):
    a Portuguese answer names it «Jantar», never "Dinner". Any other title is a name, as it is.
    """
    key = _MEAL_KEYS.get(title.strip().lower())
    if key is None:
        return title
    word = msg_template(key)
    return word[:1].upper() + word[1:] if title[:1].isupper() else word


def _meal_in_locale(value: object) -> object:
    return stop_title(value) if isinstance(value, str) and len(value) <= 16 else value


def _search_words_in_locale(key: str, values: dict[str, object]) -> dict[str, object]:
    """An echoed search word the parser put in, in the catalog's words for it.

    The parser reads a situation as a wish ("los niños se aburren" → family): with no word of
    it typed, a Spanish or Portuguese answer says «planes en familia», not «family».
    """
    names = ECHOES.get(key)
    if not names or _locale.get() == DEFAULT_LOCALE:
        return values
    table = CATALOG.get(_locale.get(), CATALOG[DEFAULT_LOCALE])
    out = dict(values)
    for name in names & out.keys():
        value = out[name]
        if isinstance(value, str):
            said = table.get(f"search_word_{value.strip().lower().replace(' ', '_')}")
            out[name] = said or value
    return out


def at_time(clock_time: str | None, formatted: str | None = None) -> str:
    """' at 8:00 PM' (or '' when there is no time), in the current locale."""
    return msg("at_time", time=formatted) if clock_time and formatted else ""


def where(day: int | None) -> str:
    """'on day 2' or 'in your trip'."""
    return msg("where_day", day=day) if day else msg("where_trip")


def where_short(day: int | None) -> str:
    """'day 2' or 'your trip'."""
    return msg("day_short", day=day) if day else msg("trip_short")


@cache
def _babel_locale(language: str) -> Locale:
    return Locale.parse(language)


def plural_category(count: int, language: str | None = None) -> str:
    """The CLDR plural category of `count` ('one', 'many', 'other', …) in a language."""
    return str(_babel_locale(language or current_language()).plural_form(abs(count)))


def msg_template(key: str, count: int | None = None) -> str:
    """The raw template for `key` in the current locale (for callers that format it later).

    For a key written in plural forms, the form for `count` ('other' when no count is given).
    """
    language = _locale.get()
    table = CATALOG.get(language, CATALOG[DEFAULT_LOCALE])
    english = CATALOG[DEFAULT_LOCALE]
    if f"{key}_other" in english:
        forms = [f"{key}_{plural_category(count, language)}"] if count is not None else []
        forms.append(f"{key}_other")
        # English keeps its own plural rules when it stands in for a missing translation.
        fallback = f"{key}_{plural_category(count, DEFAULT_LOCALE)}" if count is not None else ""
        return next(
            (table[form] for form in forms if table.get(form)),
            english.get(fallback) or english[f"{key}_other"],
        )
    return table.get(key) or english[key]


def has_message(key: str) -> bool:
    """Whether the catalog has `key` (in plain or plural forms): for keys built from data."""
    english = CATALOG[DEFAULT_LOCALE]
    return key in english or f"{key}_other" in english


def current_language() -> str:
    """The language code ('en', 'es', 'pt') of the current turn."""
    return _locale.get()
