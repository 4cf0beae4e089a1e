"""worldtalk2, es: more of the same shapes in other words, written after worldtalk to see
whether its fixes hold beyond the phrasings tuned on. Run with `--blind worldtalk2`.
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
from bench.understanding_corpus.spec import Corpus, S, Step, go, yes

c = Corpus("es", "wt2", locale="es")
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

undo("bogota", "quita el jardín botánico", "oye no, deshazlo porfa")
undo("cartagena", "quita la muralla sunset bar", "ta, volvé como estaba")
undo("bogota", "borra la casona del ajiaco", "mano, déjalo como estaba")
undo("cartagena", "elimina la playa de bocagrande", "jolín tío, deshaz eso")
undo("bogota", "quita el distrito grafiti", "nel, regrésalo como antes")
undo("cartagena", "mueve getsemaní al día 2", "na, déjalo como estaba po")

# ---- social --------------------------------------------------------------------------------

social("bogota", "bacán, gracias po")
social("cartagena", "tuanis mae")
social("bogota", "dale bo, gracias")
social("cartagena", "vos sos un bot?")
social("bogota", "eres un bot malísimo, no entiendes")
social("cartagena", "vaya pues, nos vemos")
social("bogota", "qué inútil eres tío")

# ---- explain -------------------------------------------------------------------------------

explain("bogota", "qué tal la Quinta de Bolívar?", "Quinta de Bolívar")
explain("cartagena", "háblame del Convento de la Popa", "Convento de la Popa")
explain("bogota", "vale la pena el Cerro de Guadalupe?", "Cerro de Guadalupe")
explain("cartagena", "y la Playa de Marbella, está chévere?", "Playa de Marbella")
explain("bogota", "cuéntame del Museo Botero po", "Museo Botero")

CASES = c.cases
