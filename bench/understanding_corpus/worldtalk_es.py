"""worldtalk, Spanish: undo, social turns and "háblame de X" as Spanish varieties write them.

Written for the undo/social/explain work of issue #13 (not blind: the fixer wrote and tuned on
it). Chile ("po", "cachai"), Uruguay ("bo", "ta"), the Caribbean ("klk", "wepa"), Central
America ("mae", "vaya pues"), Spain ("tío", "vale", "venga") and Spanglish. Run it with
`--blind worldtalk`.
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    SEL,
    NoDump,
    NotSays,
    Same,
    Says,
    Short,
    Type,
)
from bench.understanding_corpus.spec import Corpus, S, Step, go, pick, yes

c = Corpus("es", "wt", locale="es")
_LOST = NotSays("No encontré", "no entendí", "couldn't find")


def undo(trip: str, edit: str, text: str, first: Step | None = None) -> None:
    """An edit, gone along with, then taken back: the trip ends as it started."""
    c.case("undo", trip, S(edit, Type(DONE, CONF, SEL)), first or go(),
           S(text, Type(DONE, CONF)), yes(), final=(Same(),))  # fmt: skip


def social(trip: str, text: str, locale: str | None = None) -> None:
    """Manners, slang or rudeness: a short friendly reply, nothing changed."""
    c.still("social", trip, text, NoDump(), Short(), _LOST, locale=locale)


def explain(trip: str, text: str, name: str) -> None:
    """About one place: answered with its name, nothing changed."""
    c.still("explain", trip, text, Says(name), _LOST)


# ---- undo ----------------------------------------------------------------------------------

undo("bogota", "quita el museo botero", "deshaz eso po")
undo("cartagena", "borra el café balcón colonial", "ta, deshacé eso bo")
undo("bogota", "mueve monserrate al día 3", "vuelve como estaba")
undo("cartagena", "agrega el museo naval el viernes", "cancela lo último", pick())
undo("bogota", "elimina la plaza de bolívar", "déjalo como antes")
undo("cartagena", "quita las bóvedas", "regrésalo como estaba mae")
undo("bogota", "borra el día 2", "klk, deshaz eso manito")
undo("cartagena", "quita el castillo san felipe", "venga tío, deshazlo")
undo("bogota", "quita la candelaria", "undo eso bro, lo quiero back")
undo("cartagena", "elimina getsemaní", "no no, ponlo como estaba")
undo("bogota", "saca el museo del oro", "chuta, devuélvelo como estaba po")

# ---- social --------------------------------------------------------------------------------

social("bogota", "gracias po, erís seco cachai")
social("cartagena", "ta bo, joya, gracias")
social("bogota", "klk manito")
social("cartagena", "wepa! gracias")
social("bogota", "pura vida mae, muchas gracias")
social("cartagena", "vaya pues, gracias")
social("bogota", "vale tío, genial")
social("cartagena", "no entiendes nada")
social("bogota", "que bot burro")
social("cartagena", "eres un inútil")
social("bogota", "no me estás ayudando")
social("cartagena", "¿eres humano?")
social("bogota", "¿quién eres tú?")
social("cartagena", "chao pescao, nos vemos")
social("bogota", "esto es una porquería")
social("cartagena", "qué bot más tonto, no sirves pa nada")

# ---- explain -------------------------------------------------------------------------------

explain("cartagena", "háblame de la Torre del Reloj", "Torre del Reloj")
explain("bogota", "qué tal el Museo del Oro?", "Museo del Oro")
explain("bogota", "vale la pena Monserrate?", "Monserrate")
explain("cartagena", "¿cómo es el Castillo San Felipe?", "Castillo San Felipe")
explain("bogota", "cuéntame de La Candelaria po", "La Candelaria")
explain("cartagena", "y el Palacio de la Inquisición qué onda?", "Palacio de la Inquisición")
explain("bogota", "qué me contás del Museo Botero", "Museo Botero")
explain("cartagena", "¿la Plaza Santo Domingo vale la pena, tío?", "Plaza Santo Domingo")
explain("cartagena", "what's up con Getsemaní, está chévere?", "Getsemaní")
explain("bogota", "el chorro de quevedo está bueno bo?", "Chorro de Quevedo")

CASES = c.cases
