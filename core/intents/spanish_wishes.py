"""Wishes about price and rating said the Spanish way, before the rules that read one word.

"pero nada muy caro", "que no salga caro" want it cheap (not "caro" → upscale); "bien bien
calificado", "con muy buenas reseñas", "que sea de lo mejor" want it well rated; "mínimo 4.5
estrellas" sets the rating.
"""

from __future__ import annotations

from core.intents.lexicon import Replacement

WISH_PAIRS: list[tuple[str, Replacement]] = [
    (
        r"\b(?:pero\s+|y\s+)?(?:nada|ni)\s+(?:muy\s+|tan\s+|demasiado\s+|super\s+|re\s+)?car[oa]s?\b"
        r"|\b(?:que|q)\s+no\s+(?:sea|salga|sean|salgan|cueste)\s+(?:muy\s+|tan\s+|demasiado\s+)?"
        r"(?:car[oa]s?|mucho)\b|\bsin\s+gastar\s+(?:mucho|tanto|una\s+fortuna)\b",
        " barato ",
    ),
    (r"\b(?:bien|muy|super|re)\s+(?=(?:bien|muy|super|re)\s+)", ""),
    (
        r"\bcon\s+(?:muy|re|super|bastante|excelentes|buenisimas)\s+(?:buenas\s+)?"
        r"(?=resenas|calificaciones|opiniones|reviews|notas|comentarios)",
        "con buenas ",
    ),
    (
        r",?\s*(?:que|q)\s+(?:sea|sean|este|esten)\s+(?:de\s+)?(?:lo|los|las)\s+mejor(?:es|cito)?\b"
        r"|,?\s*(?:que|q)\s+(?:sea|sean)\s+(?:muy\s+)?(?:top|bueno|buenos|buena|buenas)\b",
        " bien calificado ",
    ),
    (
        r"\b(?:minimo|al\s+menos|por\s+lo\s+menos|mas\s+de|arriba\s+de|desde)\s+"
        r"(?P<r>[1-5](?:[.,]\d)?)\s*(?:estrellas|\*|★)",
        lambda m: f"rated {m.group('r')}+",
    ),
    # "que esté abierto" (now, said or not): open now.
    (r"\b(?:que|q)\s+(?:este|esten)\s+abiert[oa]s?\b(?:\s+(?:ahora|ya|ahorita))?", " open now "),
]
