"""The words of chat that tell English, Spanish or Portuguese.

Slang for yes and no, thanks, praise, hellos and goodbyes, the names people call each other.

"grax", "fechou", "bora", "simón", "ándale", "obg", "brigado viu", "chur bro": a message made of
them asks nothing, yet is written in one language, and it is answered in that language rather
than the traveler's stored setting. Words borrowed the world over ("ok", "top", "show",
"perfect", "nice", "bro") tell nothing and are not here; nor words two of the languages share
("mano", "legal", "genial", "fui").

core.intents.language counts these with its own telling words; a word's ending tells too:
Spanish "-ísimo" ("bacanísimo", "buenísima"), Portuguese "-íssimo" and "-inho" ("lindíssimo",
"obrigadinho", "rapidinho").
"""

from __future__ import annotations

import re

CHAT_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """cheers chur aye thanx thnx thankyou thanku tysm legend heaps arvo howzit gday
        brilliant lovely cheerio righto rightio reckon innit dunno mates yall gotcha very
        much""".split()
    ),
    "es": frozenset(
        """grax grasias gracis muchas muchisimas andale orale sale cabal chivo aja bacan
        bacano bacanisimo perfecto buenisimo buenisima chevere chido chida padrisimo neta
        porfa porfis plis simon sisas simona nel nelson wey guey compa parce mija mijo rey
        reina vientos chilero tuanis hagale hagamosle listo increible hermoso hermosa
        genialisimo amable buenazo buenaso sip sep chau chao adios saludos abrazo besos
        gracias hola holi holis buenas dale vale venga guay mola pues nomas cachai bakan
        capo idolo""".split()
    ),
    "pt": frozenset(
        """obg obgd obgda brigado brigada brigadao brigadinho obrigadinho obrigadissimo valeu
        vlw tmj fechou bora simbora demorou falou flw partiu perfeito otimo otima massa
        maneiro irado bacana beleza blz joia demais fofo fofa amei adorei gostei curti ss
        sim nao naum nn rsrs oi oie ola tchau xau bjs beijo beijos abraco
        abracos vei uai oxe viu tche pois fixe porreiro bue gajo obrigadao boa bom""".split()
    ),
}
# A word two of the three languages say alike tells neither ("mano", "lindo", "show").
_SHARED = frozenset(
    w for lang, words in CHAT_WORDS.items() for w in words
    if any(w in other for name, other in CHAT_WORDS.items() if name != lang)
)  # fmt: skip
TELLING = {lang: words - _SHARED for lang, words in CHAT_WORDS.items()}

_ENDINGS = (
    ("pt", re.compile(r"\w{2,}(?:issim[oa]s?|z[aã]o|c[oõ]es)$")),
    ("es", re.compile(r"\w{2,}(?:isim[oa]s?)$")),
)


def ending_language(word: str) -> str | None:
    """'es' or 'pt' when a folded word's ending belongs to one of them only."""
    for language, ending in _ENDINGS:
        if ending.match(word):
            return language
    return None
