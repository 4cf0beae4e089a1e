"""worldtalk2, pt: more of the same shapes in other words, written after worldtalk to see
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

c = Corpus("pt", "wt2", locale="pt")
_LOST = NotSays("Não encontrei", "não entendi", "couldn't find")


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

undo("porto", "tira a ribeira", "opa, desfaz isso")
undo("porto", "remove a livraria lello", "deixa como tava antes, mano")
undo("porto", "tira o miradouro da vitória", "volta atrás pá")
undo("porto", "apaga a casa da francesinha", "ih, desfaz a última")

# ---- social --------------------------------------------------------------------------------

social("porto", "valeu, tmj mano")
social("porto", "você é um robô?")
social("porto", "que bot inútil")
social("porto", "não serves para nada pá")
social("porto", "falou, até amanhã")

# ---- explain -------------------------------------------------------------------------------

explain("porto", "me conta da Igreja de São Francisco", "Igreja de São Francisco")
explain("porto", "o Jardim do Morro é bom?", "Jardim do Morro")
explain("porto", "e a Praia do Molhe, vale a pena?", "Praia do Molhe")
explain("porto", "como é o Palácio da Bolsa?", "Palácio da Bolsa")

CASES = c.cases
