"""worldtalk, Portuguese: undo, social turns and "me conta do X" in Brazilian and European
Portuguese.

Written for the undo/social/explain work of issue #13 (not blind: the fixer wrote and tuned on
it). Run it with `--blind worldtalk`.
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

c = Corpus("pt", "wt", locale="pt")
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

undo("porto", "tira a livraria lello", "desfaz")
undo("porto", "remove a torre dos clérigos", "volta como tava")
undo("porto", "muda a ribeira pro dia 3", "desfaz isso aí")
undo("porto", "apaga o dia 2", "volta como estava antes")
undo("porto", "adiciona o museu de serralves na sexta", "cancela a última", pick())
undo("porto", "tira o palácio da bolsa", "deixa como antes")
undo("porto", "remove a sé do porto", "anula isso pá")
undo("porto", "tira o cais de gaia", "desfaz lá isso")
undo("porto", "tira a ponte luís i", "xi, volta do jeito que tava")
undo("porto", "remove a estação são bento", "esquece, desfaz aí mano")

# ---- social --------------------------------------------------------------------------------

social("porto", "valeu mano")
social("porto", "obrigadão, cê é fera")
social("porto", "fixe, obrigado pá")
social("porto", "bot inútil")
social("porto", "você não entende nada")
social("porto", "que bot burro")
social("porto", "não tá ajudando")
social("porto", "você é humano?")
social("porto", "quem é você?")
social("porto", "tchau, até mais")
social("porto", "beleza, falou")
social("porto", "isso é uma porcaria")

# ---- explain -------------------------------------------------------------------------------

explain("porto", "me conta do Palácio da Bolsa", "Palácio da Bolsa")
explain("porto", "o Mercado do Bolhão é bom?", "Mercado do Bolhão")
explain("porto", "vale a pena a Torre dos Clérigos?", "Torre dos Clérigos")
explain("porto", "fala sobre a Ribeira", "Ribeira")
explain("porto", "como é a Livraria Lello?", "Livraria Lello")
explain("porto", "e o Cais de Gaia, é fixe?", "Cais de Gaia")
explain("porto", "me fala do Jardim do Morro", "Jardim do Morro")
explain("porto", "o Museu de Serralves vale a pena?", "Museu de Serralves")
explain("porto", "que tal a Casa da Música?", "Casa da Música")
explain("porto", "conta-me sobre a Capela das Almas", "Capela das Almas")

CASES = c.cases
