"""The demo dataset as the harness sees it: an independent oracle for "does this place match".

The harness reads core/data/demo_places.json itself instead of asking the provider, so a check
("the added place matches 'ramen'") does not depend on the search code it is judging.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import core

DATA = Path(core.__file__).parent / "data" / "demo_places.json"


def fold(text: str) -> str:
    """Lowercase, accents removed, curly quotes straightened, spaces collapsed."""
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", plain).strip()


def contains(haystack: str, needle: str) -> bool:
    """Whether `needle` occurs in `haystack` as whole words (both folded)."""
    pattern = r"(?<![\w])" + re.escape(fold(needle)) + r"(?![\w])"
    return re.search(pattern, fold(haystack)) is not None


@dataclass(frozen=True)
class DemoPlace:
    """One demo place: what a match or a wish is checked against."""

    id: str
    name: str
    city: str
    timezone: str
    types: tuple[str, ...]
    cuisine: tuple[str, ...]
    keywords: tuple[str, ...]
    rating: float | None
    price_level: int | None
    opens: str | None
    closes: str | None

    @property
    def text(self) -> str:
        """Everything a match term may hit: name, types, cuisine and keywords, folded."""
        parts = [self.name, *self.types, *self.cuisine, *self.keywords]
        return " | ".join(fold(part.replace("_", " ")) for part in parts)

    def matches(self, terms: tuple[str, ...]) -> bool:
        """True when any of `terms` occurs in the place's data (no terms: always)."""
        return not terms or any(contains(self.text, term) for term in terms)

    def open_at(self, instant: datetime) -> bool | None:
        """Open at `instant` by the demo hours (None when the data has no hours)."""
        if self.opens is None or self.closes is None:
            return None
        local = instant.astimezone(ZoneInfo(self.timezone)).time()
        start = _clock(self.opens)
        end = _clock(self.closes)
        if end <= start:  # closes after midnight
            return local >= start or local < end
        return start <= local < end


def _clock(value: str) -> time:
    hours, minutes = (int(part) for part in value.split(":"))
    return time(23, 59) if hours >= 24 else time(hours, minutes)


class PlaceIndex:
    """All demo places by id, and every place name (to ignore them when judging a language)."""

    def __init__(self, path: Path = DATA) -> None:
        raw = json.loads(path.read_text(encoding="utf-8"))
        self.by_id: dict[str, DemoPlace] = {}
        self.city_names: dict[str, str] = {}
        for city in raw["cities"]:
            self.city_names[city["key"]] = city["name"]
            for item in city["places"]:
                hours = item.get("hours") or {}
                self.by_id[item["id"]] = DemoPlace(
                    id=item["id"],
                    name=item["name"],
                    city=city["key"],
                    timezone=city["timezone"],
                    types=tuple(item.get("types") or ()),
                    cuisine=tuple(item.get("cuisine") or ()),
                    keywords=tuple(item.get("keywords") or ()),
                    rating=item.get("rating"),
                    price_level=item.get("priceLevel"),
                    opens=hours.get("open"),
                    closes=hours.get("close"),
                )
        # Longest first, so "Hadibo Sushi" is removed before "Sushi" could be.
        names = [p.name for p in self.by_id.values()] + list(self.city_names.values())
        self.names: list[str] = sorted({fold(n) for n in names}, key=len, reverse=True)
        # Place data quoted in answers (descriptions, addresses) is the dataset's, in English:
        # it is data like a name, not the bot speaking.
        self.data_texts: list[str] = sorted(
            {
                fold(str(item.get(key) or ""))
                for city in raw["cities"]
                for item in city["places"]
                for key in ("description", "address")
                if item.get(key)
            },
            key=len,
            reverse=True,
        )

    def get(self, place_id: str | None) -> DemoPlace | None:
        """The demo place with this id, if it is one."""
        return self.by_id.get(place_id or "")

    def named(self, name: str) -> DemoPlace:
        """The demo place with exactly this name (a corpus typo fails loudly)."""
        wanted = fold(name)
        for place in self.by_id.values():
            if fold(place.name) == wanted:
                return place
        raise KeyError(name)


@dataclass(frozen=True)
class Wish:
    """What a traveler asked of a place beyond its kind: price, rating, open now, keywords."""

    max_price: int | None = None
    min_rating: float | None = None
    open_now: bool = False
    keywords: tuple[str, ...] = ()

    def why_not(self, place: DemoPlace, now: datetime) -> str | None:
        """None when the place satisfies the wish, else the reason it does not."""
        if self.max_price is not None and (
            place.price_level is None or place.price_level > self.max_price
        ):
            cheap_words = ("cheap eats", "budget", "free")
            if not any(contains(place.text, word) for word in cheap_words):
                return f"{place.name} has price level {place.price_level} > {self.max_price}"
        if self.min_rating is not None and (place.rating or 0) < self.min_rating:
            return f"{place.name} is rated {place.rating} < {self.min_rating}"
        if self.open_now and place.open_at(now) is False:
            return f"{place.name} is closed now ({place.opens}-{place.closes})"
        if self.keywords and not place.matches(self.keywords):
            return f"{place.name} does not match {'/'.join(self.keywords)}"
        return None


CHEAP = Wish(max_price=1)
TOP_RATED = Wish(min_rating=4.5)
OPEN_NOW = Wish(open_now=True)
VEGGIE = Wish(keywords=("vegetarian", "vegan", "shojin ryori"))
FAMILY = Wish(keywords=("family", "kids", "playground", "zoo"))
ROMANTIC = Wish(keywords=("romantic",))
ROOFTOP = Wish(keywords=("rooftop",))
