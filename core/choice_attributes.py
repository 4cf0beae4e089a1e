"""Words that describe a card by what the place is: lexicons for core.choice_cards.

The place data is tagged in English ("vegan", "rooftop", "sea view"); a traveler writes "la
vegana", "com vista pro mar", "the cheapest". Kinds of places come from
core.intents.place_words; this module adds the describing words cards are told apart by,
and the superlatives over a card's numbers (price, rating, distance, reviews).
"""

from __future__ import annotations

import re
from enum import StrEnum

from core.text import fold


class Extreme(StrEnum):
    """A superlative over one number every card may carry."""

    CHEAPEST = "cheapest"
    PRICIEST = "priciest"
    BEST_RATED = "best_rated"
    NEAREST = "nearest"
    MOST_REVIEWED = "most_reviewed"


def _alternation(phrases: str) -> str:
    words = sorted({fold(p) for p in phrases.split(",") if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


# Longest phrase first so "mais barato" is read whole, not as "barato" after a stray "mais".
_EXTREMES: dict[Extreme, str] = {
    Extreme.CHEAPEST: """cheapest, cheaper, cheap, least expensive, less expensive, most affordable,
        affordable, inexpensive, budget, lowest price, lower price, best price, best value,
        mas barato, mas barata, barato, barata, baratito, baratita, mas economico, mas economica,
        economico, economica, menos caro, menos cara, mejor precio, mais barato, mais barata,
        baratinho, baratinha, mais em conta, em conta, mais economico, mais economica,
        menos caro, melhor preco""",
    Extreme.PRICIEST: """most expensive, priciest, pricier, pricey, expensive, fanciest, fancier,
        fancy, poshest, posh, upscale, most upscale, mas caro, mas cara, caro, cara, mas elegante,
        mas lujoso, mas lujosa, lujoso, lujosa, mais caro, mais cara, mais chique, chique,
        mais sofisticado, mais sofisticada, sofisticado, sofisticada, chic, chiquer""",
    Extreme.BEST_RATED: """best rated, highest rated, top rated, best reviewed, best reviews,
        best ratings, best rating, highest rating, most stars, more stars, best, top,
        better rated, mejor valorado, mejor valorada, mejor calificado, mejor calificada,
        mejor puntuado, mejor puntuada, mejor evaluado, mejor evaluada, mejor resenado,
        mejor resenada, mas estrellas, con mejor nota, mejor nota, mejor calificacion,
        mejor puntuacion, mas recomendado, mas recomendada, mejor,
        mais bem avaliado, mais bem avaliada, melhor avaliado, melhor avaliada, melhor nota,
        mais estrelas, mais recomendado, mais recomendada, melhor, melhorzinho""",
    Extreme.NEAREST: """closest, nearest, closer, nearer, most central, close by, mas cerca,
        mas cercano, mas cercana, cercano, cercana, mas proximo, mas proxima, mais perto,
        mais proximo, mais proxima, pertinho, mais pertinho, mais central, mas central""",
    Extreme.MOST_REVIEWED: """most popular, most reviewed, most reviews, most famous, popular,
        famous, busiest, mas popular, mas famoso, mas famosa, famoso, famosa,
        mas resenas, mais popular, mais famoso, mais famosa, mais avaliacoes""",
}
EXTREME_PATTERNS: tuple[tuple[Extreme, re.Pattern[str]], ...] = tuple(
    (extreme, re.compile(rf"(?<!\S)(?:{_alternation(words)})(?!\S)"))
    for extreme, words in _EXTREMES.items()
)

# Describing words in es/pt (and English variants) → the English words place data uses, each
# with the alternatives a card may be tagged with instead.
_DESCRIBED: dict[str, tuple[str, ...]] = {
    "views": ("vista", "vistas", "view", "vistinha", "panoramica", "panoramico"),
    "sea": ("mar", "ocean", "oceano", "seaside"),
    "rooftop": ("azotea", "terraco", "roof", "rooftop"),
    "terrace": ("terraza", "terrace", "patio", "terrazas"),
    "mountain": ("montana", "montanha", "montanas", "montanhas", "serra", "sierra"),
    "river": ("rio",),
    "lake": ("lago",),
    "garden": ("jardin", "jardim"),
    "pool": ("piscina", "alberca"),
    "kids": ("ninos", "criancas", "kid", "children", "crianca", "nino"),
    "family": ("familia", "familiar", "familias"),
    "dog friendly": ("perros", "perro", "cachorro", "cachorros", "pet", "pets", "dogs", "dog"),
    "live music": ("musica en vivo", "musica ao vivo", "live band"),
    "music": ("musica",),
    "wifi": ("wi fi", "internet"),
    "quiet": ("tranquilo", "tranquila", "calmo", "calma", "silencioso", "silenciosa"),
    "romantic": ("romantico", "romantica"),
    "local": ("tipico", "tipica", "tradicional"),
    "vegetarian": ("vegetariano", "vegetariana", "veggie", "vegetariano"),
    "vegan": ("vegano", "vegana", "plant based"),
    "seafood": ("mariscos", "marisco", "frutos do mar", "frutos de mar", "marisqueira"),
    "fish": ("pescado", "peixe"),
    "meat": ("carne", "carnes"),
    "steak": ("churrasco", "parrilla", "asado", "steakhouse"),
    "coffee": ("cafecito", "cafezinho"),
    "bakery": ("panaderia", "padaria", "pastelaria", "pasteleria", "panadaria"),
    "beach": ("playa", "praia"),
    "sunset": ("atardecer", "por do sol", "puesta de sol"),
    "bar": ("barzinho", "boteco"),
    "breakfast": ("desayuno", "cafe da manha", "pequeno almoco"),
}
DESCRIBED: dict[str, str] = {
    fold(word): english for english, words in _DESCRIBED.items() for word in words
}
# The tags a described word may appear as on a card ("views" is also "view", "sea view").
SAME_AS: dict[str, tuple[str, ...]] = {
    "views": ("view", "views", "viewpoint", "rooftop views", "city views", "sea views"),
    "rooftop": ("rooftop", "terrace", "rooftop views"),
    "terrace": ("terrace", "terraces", "rooftop"),
    "vegetarian": ("vegetarian", "vegetarian options", "vegan", "plant-based", "sattvik"),
    "vegan": ("vegan", "vegan options", "plant-based"),
    "kids": ("kids", "family", "playground"),
    "family": ("family", "kids", "playground"),
    "coffee": ("coffee", "cafe", "specialty coffee", "filter coffee"),
    "sea": ("sea", "ocean", "sea view", "ocean view", "seafront", "sea views"),
    "steak": ("steak", "steakhouse", "grill", "barbecue"),
}

# Words that only join a describing word to the card ("the one WITH the rooftop", "la QUE
# TIENE vista", "o QUE TEM").
CONNECTORS = frozenset(
    fold(w)
    for w in """with has have got serves serving offers that which who where thats place spot
    one ones
    que tiene tienen tenga con sirve sirven donde lugar sitio
    tem tenha com serve servem onde lugar pro pra
    of de do da del al ao mais food comida cocina cozinha""".split()
)
# "open" is no tag but a card's live state.
OPEN_WORDS = frozenset(
    fold(w) for w in "open opened abierto abierta abiertos aberto aberta abertos".split()
)
