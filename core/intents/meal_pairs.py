"""A dish and a drink said together: one place that serves both, not two requests.

"la cena del miércoles: petiscos y un vinito", "pizza y una birra pa la cena", "um jantar com
petiscos e uma cervejinha", "ramen and a beer for dinner": after a food, "and a …" naming a
drink or a dessert is what goes with it, so it joins the food as one search ("petiscos con
vino") instead of splitting into a second add. A kind of place after the article ("y un bar de
vinos el jueves") is another request and stays. Accent-free patterns (core.intents.lexicon).
"""

from __future__ import annotations

from core.intents.lexicon import rules

_DRINK = (
    r"(?:vin(?:o|os|ito|itos|ho|hos|hinho|hinhos)|cervez\w*|cervej\w*|chel[ai]\w*|birr\w*|"
    r"cana|canita|copa|copita|copas|copitas|tragos?|traguito|coctel\w*|cocteles|cocktails?|"
    r"drinks?|beers?|wines?|pints?|chopp\w*|chope\w*|sangria|pisco|piscola|mojitos?|"
    r"caipirinhas?|caipis?|postres?|postrecito|sobremesas?|desserts?|helados?|heladito|"
    r"gelados?|sorvetes?)"
)
# "a wine bar", "una cerveceria": the drink names a kind of place, another request.
_PLACE_AFTER = (
    r"(?!\s+(?:bar|bars|house|garden|hall|cellars?|lodge|shop|store|tasting|pub|place|spot|"
    r"joint|tour|festival)\b)"
)
_PAIRS = [
    (rf"(?<=\w)\s+y\s+(?:un|una|unos|unas|su|sus)\s+(?={_DRINK}\b{_PLACE_AFTER})", " con "),
    (rf"(?<=\w)\s+e\s+(?:um|uma|uns|umas)\s+(?={_DRINK}\b{_PLACE_AFTER})", " com "),
    (rf"(?<=\w)\s+(?:and|n|&)\s+(?:a|an|some)\s+(?={_DRINK}\b{_PLACE_AFTER})", " with "),
]

MEAL_PAIR_RULES = rules(_PAIRS)
