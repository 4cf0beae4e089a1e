"""Share of ordinary traveler requests the rules answer without an LLM call.

The corpus below is ours: everyday phrasings of edit, plan, explain and book requests, written
to be varied rather than to match the rules. A request "needs the LLM" when the rules return
Intent.UNKNOWN (only then does the orchestrator call the fallback classifier).

    .venv/bin/python -m bench.llm_share [--show-misses]
"""

from __future__ import annotations

import argparse
from collections import Counter

from core.intents.model import Intent
from core.intents.rules import classify

CORPUS: dict[str, list[str]] = {
    "edit": [
        "add a sushi place on day 2",
        "add Sushi Zen restaurant on day 2",
        "can you add a coffee shop to day 1?",
        "put the national museum on day 3 at 10am",
        "add dinner at a seafood restaurant on day 1",
        "please add a park on the last day",
        "I want a vegetarian lunch on day 2",
        "find me a bar for day 3 evening",
        "add a cheap street food spot on day 1",
        "squeeze in a bakery on day 2 at 8",
        "include a beach on day 2",
        "add a rooftop bar on day 3 at 9pm",
        "remove lunch on day 2",
        "delete the museum",
        "drop the beach from day 1",
        "clear day 3",
        "get rid of dinner on day 1",
        "take out the market",
        "cancel lunch on day 2",
        "remove everything on day 2",
        "move lunch to 2pm",
        "move dinner on day 1 to day 3",
        "push breakfast to 9:30",
        "reschedule the museum to 4pm",
        "shift the beach to day 3",
        "change dinner to 8",
        "move the market from day 3 to day 1",
        "replace lunch on day 2 with a sushi place",
        "swap the museum for a park",
        "switch dinner on day 1 to a seafood place",
        "replace breakfast with a bakery",
        "undo",
        "undo that",
        "revert the last change",
        "take that back",
        "what's on day 2?",
        "show my itinerary",
        "what do I have on day 1",
        "show day 3",
        "what's planned for the first day?",
        "help",
        "what can you do?",
        "add a romantic restaurant rated 4.5+ on day 2",
        "add lunch on day 3",
        "let's do sushi for dinner on day 2",
        "can we go to the beach on day 2?",
        "we'd like breakfast somewhere nice on day 1",
        "I want to see a temple on day 2",
        "no more museums on day 3 please",
        "put dinner a bit later on day 1",
        "we're tired, make day 2 lighter",
        "what time is dinner on day 1?",
        "forget the market",
        "scrap the whole of day 2",
    ],
    "plan": [
        "plan 3 days in Kyoto",
        "create a 5-day itinerary to Porto",
        "plan a romantic weekend in Jaipur",
        "make me a 2 day plan for Goa",
        "plan my trip to Mumbai",
        "plan a week in Edinburgh",
        "build an itinerary for Bogotá for 4 days",
        "plan 3 nights in Cartagena",
        "can you plan a family trip to Porto for 3 days?",
        "put together 2 days in Kyoto",
        "design a foodie weekend in Mumbai",
        "plan a long weekend in Edinburgh",
        "I'm going to Goa for 4 days, help me plan",
        "organise 3 days in Bogotá for us",
    ],
    "explain": [
        "why did you pick this restaurant?",
        "tell me about Sushi Zen",
        "what is Hadibo Sushi?",
        "is Sushi Zen open now?",
        "when does Tokyo Bay open?",
        "why did you choose the museum for day 2",
        "tell me more about the market",
        "what do you know about Delisha Beach",
        "details about the hotel",
        "how far is the beach?",
        "why this place?",
        "describe Corniche Fish Grill",
        "reviews of Tokyo Bay",
        "what's on day 3?",
        "tell me about day 1",
        "is the market open on sundays?",
        "what's good about Tokyo Bay?",
        "how expensive is Sushi Zen",
    ],
    "book": [
        "book the hotel on day 1",
        "reserve a table at this restaurant for 2 at 8pm",
        "book a table for four at Sushi Zen on day 2 at 8pm",
        "make a reservation at Corniche Fish Grill",
        "book Sushi Zen for 2 people",
        "get a table for 3 at Tokyo Bay",
        "reserve Hoq Cave tickets for 2",
        "my bookings",
        "show my reservations",
        "what have I booked?",
        "cancel my reservation at Sushi Zen",
        "cancel booking B-1a2b3c",
        "can you get us a room at the hotel for day 1?",
        "we need a table for 6 tonight",
    ],
}


EXPECTED: dict[str, frozenset[Intent]] = {
    "edit": frozenset(
        {
            Intent.ADD,
            Intent.REMOVE,
            Intent.MOVE,
            Intent.REPLACE,
            Intent.RETIME,
            Intent.UNDO,
            Intent.SHOW,
            Intent.HELP,
        }
    ),
    "plan": frozenset({Intent.PLAN}),
    "explain": frozenset({Intent.EXPLAIN, Intent.SHOW}),
    "book": frozenset({Intent.BOOK, Intent.LIST_BOOKINGS, Intent.CANCEL_BOOKING}),
}


def main() -> None:
    """Print the share of the corpus the rules answer, per kind and overall."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show-misses", action="store_true")
    options = parser.parse_args()
    totals: Counter[str] = Counter()
    ruled: Counter[str] = Counter()
    to_llm: list[str] = []
    wrong: list[str] = []
    for kind, requests in CORPUS.items():
        for text in requests:
            totals[kind] += 1
            intent = classify(text).intent
            if intent is Intent.UNKNOWN:
                to_llm.append(f"{kind}: {text}")
            elif intent in EXPECTED[kind]:
                ruled[kind] += 1
            else:
                wrong.append(f"{kind}: {text} -> {intent.value}")
    for kind in CORPUS:
        print(
            f"{kind:8} {ruled[kind]:3}/{totals[kind]:3} right without LLM "
            f"({ruled[kind] / totals[kind]:.0%})"
        )
    total = sum(totals.values())
    print(
        f"overall  {sum(ruled.values()):3}/{total:3} answered by rules with no LLM call "
        f"({sum(ruled.values()) / total:.0%}, target >= 80%); "
        f"{len(to_llm)} go to the LLM, {len(wrong)} misread by rules"
    )
    if options.show_misses:
        print("\n".join(["", "sent to the LLM:", *to_llm, "", "misread by rules:", *wrong]))


if __name__ == "__main__":
    main()
