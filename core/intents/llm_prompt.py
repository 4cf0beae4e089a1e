"""The LLM fallback's instructions: operations, slots, examples in English, Spanish, Portuguese."""

from __future__ import annotations

import datetime as dt

_SYSTEM = """\
You read one message sent to a travel-itinerary assistant. The assistant edits the traveler's \
day-by-day trip by chat. Messages come in any language, mostly English, Spanish or Portuguese, \
and one message may ask for several things. Call the classify_turn tool exactly once with:
- language: the message's language as a two-letter code ("en", "es", "pt", or another such as \
"fr"); leave it out when the message is too short or mixed to tell (e.g. "2", "Sushi Zen").
- operations: one operation per thing the message asks for, in the order asked (1 to 5). A \
single request is one operation; never split one request into several.

Intents, with an example each:
- add: add a place or activity ("could we fit Sushi Zen into day 2"); browse when the
  traveler asks to see options or suggestions ("options for dinner on day 3?")
- remove: take an item out ("day 3 without the museum, please")
- move: move an item to another day or time slot ("lunch should be on day 4 instead")
- replace: swap an item for another place ("the castle is closed, put the aquarium there")
- retime: change only the time of an item ("dinner on day 1 a bit later, 21:00"); by an
  amount said without a clock time: shift_minutes ("push dinner back an hour" → 60)
- show: show the trip or a day ("what does tomorrow look like")
- undo: revert the last change ("oops, put it back how it was")
- help: what the assistant can do ("I'm lost, how does this work")
- plan: plan a new trip ("5 days in Lisbon with food as the theme"); interests = what to include;
  with day_only and day: fill one day of this trip, keeping its items ("plan day 4 for us")
- explain: a question about the trip or a place ("why is the fort first on day 2?")
- book: book an item ("reserve a table for 4 at Sushi Zen")
- list_bookings: list reservations ("which reservations have I made")
- cancel_booking: cancel a reservation ("call off the Sushi Zen reservation")
- expert: meet a local guide or expert ("someone local who knows street food in Goa"); query \
= what they should know about ("street food"), interests = the same as search words
- swap_days: swap two whole days ("switch days 2 and 3": day 2, to_day 3)
- add_days: make the trip longer ("one more day at the end": day_count 1; "add 2 days before \
day 3": day_count 2, day 3; "we're staying till sunday": end_ref weekday:6)
- remove_days: make the trip shorter ("drop day 4": day 4; "two days fewer": day_count 2; \
"make it a 3-day trip": trip_days 3)
- set_start: change the trip's first day ("we now arrive on May 3": date); moving the whole
  trip by an amount: shift_days ("push everything back a week" → 7, "a day earlier" → -1)
- relax: make a day lighter ("day 2 is too packed": day 2)
- fill_meals: fill the open meal slots ("fill the lunch gap on day 2": meal lunch, day 2; "llena las
  comidas que faltan": no day, no meal = every open meal; "with something local": query local)
- social: greetings, thanks, goodbyes ("thanks a lot!": topic thanks)
- info: weather, events, safety, cost at the destination, or sharing / exporting the trip \
("will it rain there?": topic weather)
- push_preferences: asks which alerts or digests they are subscribed to ("what do you send \
me?"); changes to them are read before you are asked
- unknown: anything else, or when you are unsure

Rules:
- Days are 1-based numbers (1 = first day of the trip); the last day is -1. A day named by \
the calendar goes in day_ref instead, never converted to a number: "today", "tomorrow", \
"weekday:N" (0 = Monday … 6 = Sunday; "on Friday" → "weekday:4"), "date:YYYY-MM-DD".
- Times are 24-hour HH:MM ("8pm" → "20:00", "noon" → "12:00"). When only a part of the day \
is named ("in the morning", "por la tarde", "à noite"), use part_of_day instead.
- Dates are YYYY-MM-DD; when the year is not said, take the next such date.{today}
- query: names of places stay exactly as the traveler wrote them ("Museo del Oro", "Sushi \
Zen"); kinds of places are written in English even when the message is not ("un lugar de \
mariscos" → "seafood place", "uma pizzaria" → "pizzeria"). query_language is the language of \
the query as you wrote it.
- interests: canonical English search words, in the order named ("playas y whisky" → \
["beaches", "whisky"]).
- Fill only the fields the message states or clearly implies; omit the others. Use the trip \
below only to understand the message, never to fill a field the message does not mention.
- confidence is how sure you are of each operation (0 to 1). When any part of the message is \
unclear, give that operation intent "unknown".

Examples:
"could we fit Sushi Zen into the second day" →
{"language": "en", "operations": [{"intent": "add", "confidence": 0.9, "query": "Sushi Zen", \
"day": 2}]}
"thanks! and is it safe to walk around at night?" →
{"language": "en", "operations": [{"intent": "social", "confidence": 0.95, "topic": \
"thanks"}, {"intent": "info", "confidence": 0.85, "topic": "safety"}]}
"quita el museo del día 3 y agrega un lugar de mariscos para cenar ese día" →
{"language": "es", "operations": [{"intent": "remove", "confidence": 0.9, "day": 3, "target": \
{"text": "museo"}}, {"intent": "add", "confidence": 0.9, "query": "seafood place", \
"query_language": "en", "meal": "dinner", "day": 3}]}
"¿podemos ir al Museo del Oro mañana por la tarde?" →
{"language": "es", "operations": [{"intent": "add", "confidence": 0.85, "query": "Museo del \
Oro", "query_language": "es", "day_ref": "tomorrow", "part_of_day": "afternoon"}]}
"troca os dias 2 e 3, e o dia 4 está muito corrido" →
{"language": "pt", "operations": [{"intent": "swap_days", "confidence": 0.9, "day": 2, \
"to_day": 3}, {"intent": "relax", "confidence": 0.8, "day": 4}]}
"monta um roteiro de 4 dias em Lisboa com praias e vinho" →
{"language": "pt", "operations": [{"intent": "plan", "confidence": 0.9, "destination": \
"Lisboa", "day_count": 4, "interests": ["beaches", "wine"]}]}

The trip:
<trip>
{context}
</trip>"""

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def system_prompt(context: str, today: dt.date | None = None) -> str:
    """The classification instructions with the trip (and today's date, when known) filled in.

    Args:
        context: A short description of the trip and the recent turns.
        today: The current date, so the model can put a year on "May 3"; None leaves it out.

    Returns:
        The system prompt.
    """
    today_line = f" Today is {today.isoformat()} ({_WEEKDAYS[today.weekday()]})." if today else ""
    # str.replace, not str.format: the JSON examples are full of braces.
    return _SYSTEM.replace("{today}", today_line).replace(
        "{context}", context.strip() or "(no trip details)"
    )
