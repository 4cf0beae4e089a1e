"""A bare hour read with what it is for: "a curry, 8ish" is 20:00, "breakfast at 7" is 07:00.

Why: a clock said without am/pm took the morning from 8 to 11 ("drinks at 9" → 09:00, "fancy a
curry on the friday, 8ish" → 08:00). What the time is for tells the half of the day: a dinner,
a bar, a show or the night is the evening; a breakfast or a brunch is the morning; a dish
people eat for dinner (curry, tacos, steak…) at 7 to 10 is the evening too. Read on the request
in the rules' grammar (English words: core.intents.parse.canonical); pure.
"""

from __future__ import annotations

import re

from core.intents.model import Meal

# What is done in the evening: a bare hour before noon is that hour at night.
_EVENING = re.compile(
    r"\b(?:dinner|supper|drinks?|cocktails?|bars?|pubs?|wine\s+bar|nightclubs?|clubs?|clubbing|"
    r"party|parties|show|gig|concerts?|jazz|karaoke|night|nightlife|evening|tonight|"
    r"copas|tragos|balada|boteco|barzinho|fiesta|festa|rumba|chopp)\b",
    re.IGNORECASE,
)
# What is done in the morning: a bare hour after noon is that hour in the morning.
_MORNING = re.compile(r"\b(?:breakfast|brunch|sunrise|morning)\b", re.IGNORECASE)
# Dishes of a dinner out: at 7 to 10 with nothing else said, the evening.
_DINNER_DISH = re.compile(
    r"\b(?:curry|curries|tacos?|pizza|burgers?|steak|steakhouse|ramen|sushi|seafood|tapas|bbq|"
    r"barbecue|kebab|izakaya|churrasco|churrascaria|parrilla|asado|francesinha|ceviche)\b",
    re.IGNORECASE,
)


def hour_for(time: str | None, meal: Meal | None, text: str, had_marker: bool) -> str | None:
    """`time` ('HH:MM') in the half of the day the request is for; as said when it says so."""
    if time is None or had_marker:
        return time
    hours, minutes = (int(part) for part in time.split(":"))
    morning = meal is Meal.BREAKFAST or (meal is None and bool(_MORNING.search(text)))
    evening = meal is Meal.DINNER or (meal is None and bool(_EVENING.search(text)))
    if evening and not morning and hours < 12:
        hours += 12
    elif morning and not evening and hours > 12:
        hours -= 12
    elif meal is None and not morning and 7 <= hours <= 10 and _DINNER_DISH.search(text):
        hours += 12
    return f"{hours:02d}:{minutes:02d}"
