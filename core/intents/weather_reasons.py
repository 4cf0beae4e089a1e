"""A reason about the weather at the end of an edit is a remark, not a weather question.

"mira, la ribeira pasadla a mediodía q por la tarde hace frío", "move the beach to the
morning because it's too hot in the afternoon", "passa o jardim pra manhã que à tarde chove":
a connector of a reason ("q", "que", "porque", "because", "since", "as"), a few words, and the
weather (hot, cold, rain, wind) end the message. What comes before is the request. Read on
the message as typed; the clause is cut before the es/pt rewrites, so the rules never read a
forecast question in it. A message that is only about the weather has no request before the
connector and is left as it is.
"""

from __future__ import annotations

import re

_CONNECTOR = r"(?:q|que|porque|pq|xq|ya\s+que|como|because|cause|cuz|coz|since|as|since\s+it)"
_WEATHER = (
    r"(?:hace\s+(?:\w+\s+)?(?:frio|frío|calor|viento|sol)|"
    r"faz\s+(?:\w+\s+)?(?:frio|calor|vento|sol)|"
    r"(?:llueve|va\s+a\s+llover|puede\s+llover|chove|vai\s+chover|pode\s+chover|rains?|raining|"
    r"will\s+rain|might\s+rain|gets?\s+(?:too\s+|really\s+|so\s+)?(?:hot|cold|windy|rainy)|"
    r"(?:it\s*'?s|its|it\s+is|it\s+will\s+be|will\s+be)\s+(?:too\s+|really\s+|so\s+|very\s+)?"
    r"(?:hot|cold|windy|rainy|freezing|boiling|scorching)|"
    r"(?:esta|está|fica|queda)\s+(?:muy\s+|muito\s+|mt\s+)?(?:frio|frío|caluroso|quente|lloviendo|"
    r"chovendo)))"
)
_REASON = re.compile(
    rf"(?<=\w)[\s,]+{_CONNECTOR}\s+(?:[\w'’]+\s+){{0,4}}?{_WEATHER}\b[\w\s'’]*[.!?]*$",
    re.IGNORECASE,
)


def without_weather_reason(text: str) -> str:
    """`text` without the weather reason it ends with, or as it is."""
    cut = _REASON.sub("", text)
    return cut if cut.strip(" ,.!?") else text
