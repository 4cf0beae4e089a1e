"""Portuguese adds, kinds of place, wishes, meal slots, clearing and plans, as chatted.

Written (not held out) for the Portuguese adds/wishes work: Brazilian internetês and regional
speech, European and African Portuguese, no accents, slang and emoji, on the fixture trips.
Open to the parser's authors and kept out of every measured set; run it on its own:
`.venv/bin/python -m bench.understanding_corpus.own_pt_adds [kind]`.
"""

from __future__ import annotations

import asyncio
import sys

from bench.understanding import render, run
from bench.understanding_corpus.places import (
    CHEAP,
    FAMILY,
    OPEN_NOW,
    ROMANTIC,
    TOP_RATED,
    VEGGIE,
    Wish,
)
from bench.understanding_corpus.spec import (
    AFTERNOON,
    EVENING,
    LUNCH,
    MORNING,
    Corpus,
)
from bench.understanding_corpus.trip_checks import Cleared, Plan

c = Corpus("pt", "own", locale="pt")
FOOD = ("restaurant", "cafe", "bakery")
VIEW = Wish(keywords=("view", "viewpoint", "rooftop", "sunset"))
QUIET = Wish(keywords=("quiet", "calm"))

# ---- add a named place ----
k = "add"
c.add(
    "porto",
    "bota o mercado do bolhao na terça pfv",
    day=2,
    terms="Mercado do Bolhão",
    name="Mercado do Bolhão",
)
c.add(
    "porto",
    "encaixa a casa da musica no sabado de manha",
    day=6,
    terms="Casa da Música",
    between=MORNING,
    name="Casa da Música",
)
c.add(
    "goa",
    "inclui o forte de reis magos na quinta",
    day=4,
    terms="Reis Magos Fort",
    name="Reis Magos Fort",
)
c.add(
    "bogota",
    "queria ir no museu botero na quinta",
    day=4,
    terms="Museo Botero",
    name="Museo Botero",
)
c.add(
    "cartagena",
    "da pra por o museo naval na quinta?",
    day=4,
    terms="Museo Naval",
    name="Museo Naval del Caribe",
)
c.add(
    "edinburgh",
    "mete o dean village no ultimo dia se faz favor",
    day=5,
    terms="Dean Village",
    name="Dean Village",
)
c.add("kyoto", "ginkakuji na quarta pfv 🙏", day=3, terms="Ginkaku-ji", name="Ginkaku-ji")
c.add(
    "jaipur",
    "oxente, coloca o jal mahal na terça de tarde painho",
    day=2,
    terms="Jal Mahal",
    between=AFTERNOON,
    name="Jal Mahal",
)
c.add(
    "porto",
    "bah guri, bota a praia do molhe no sabado tri",
    day=6,
    terms="Praia do Molhe",
    name="Praia do Molhe",
)
c.add(
    "mumbai",
    "uai sô, poe o jijamata udyan amanha",
    day=2,
    terms="Jijamata Udyan",
    name="Jijamata Udyan",
)
c.add(
    "goa",
    "mano encaixa a bambolim beach no dia 3 kkk",
    day=3,
    terms="Bambolim Beach",
    name="Bambolim Beach",
)
c.add(
    "cartagena",
    "kota, mete o museo naval no sabado",
    day=6,
    terms="Museo Naval",
    name="Museo Naval del Caribe",
)

# ---- add a kind ----
c.add("porto", "um barzinho pra sexta a noite", day=5, terms=("bar",), between=EVENING)
c.add("porto", "uma tasca boa pro almoco de quarta", day=3, terms=FOOD, between=LUNCH)
c.add("porto", "algum miradouro no fim da tarde de sexta", day=5, terms=("viewpoint",))
c.add("jaipur", "bora um role de compras na quarta", day=3, terms=("market", "shopping"))
c.add(
    "goa",
    "quero um lugar pra tomar um cafe na quinta de manha",
    day=4,
    terms=("cafe", "coffee"),
    between=MORNING,
)
c.add("bogota", "poe uma padaria no dia 4 de manha", day=4, terms=("bakery",), between=MORNING)
c.add(
    "edinburgh",
    "um pub maneiro pra quinta a noite mermao",
    day=4,
    terms=("bar", "pub"),
    between=EVENING,
)
c.add("cartagena", "uma praia no dia 4", day=4, terms=("beach",))
c.add("kyoto", "encaixa um templo na quarta de tarde", day=3, terms=("temple",), between=AFTERNOON)
c.add("mumbai", "bora num museu amanha", day=2, terms=("museum",))
c.add("porto", "um sitio para petiscar no sabado a noite", day=6, terms=FOOD, between=EVENING)
c.add(
    "goa",
    "uma balada na quinta a noite",
    day=4,
    terms=("night_club", "bar", "nightlife"),
    between=EVENING,
)

# ---- wishes ----
k = "wishes"
c.add("porto", "algo baratinho pra comer na sexta", day=5, terms=FOOD, wish=CHEAP, kind=k)
c.add("porto", "um parque bom pros miudos no sabado", day=6, terms=("park",), wish=FAMILY, kind=k)
c.add("goa", "um restaurante bom pra criançada no dia 4", day=4, terms=FOOD, wish=FAMILY, kind=k)
c.add(
    "porto",
    "um restaurante romantico pra lua de mel na sexta a noite",
    day=5,
    terms=FOOD,
    wish=ROMANTIC,
    kind=k,
)
c.add("bogota", "um restaurante vegano no dia 4", day=4, terms=FOOD, wish=VEGGIE, kind=k)
c.add("kyoto", "um lugar vegetariano pro almoco de quarta", day=3, terms=FOOD, wish=VEGGIE, kind=k)
c.add(
    "porto", "o restaurante mais bem avaliado pra sexta", day=5, terms=FOOD, wish=TOP_RATED, kind=k
)
c.add(
    "jaipur",
    "um restaurante com vista pra quarta a noite",
    day=3,
    terms=FOOD,
    wish=Wish(keywords=("view", "rooftop", "lake")),
    kind=k,
)
c.add("mumbai", "um cafe aberto agora", day=None, terms=("cafe", "coffee"), wish=OPEN_NOW, kind=k)
c.add(
    "porto",
    "um jardim sem muita gente no sabado",
    day=6,
    terms=("park",),
    wish=Wish(keywords=("quiet",)),
    kind=k,
)
c.add("cartagena", "bah, um lugar pros guris no dia 4", day=4, wish=FAMILY, kind=k)
c.add(
    "edinburgh", "um cafe bem barato na quinta", day=4, terms=("cafe", "coffee"), wish=CHEAP, kind=k
)
c.add(
    "goa", "um restaurante maningue nice e barato na quinta", day=4, terms=FOOD, wish=CHEAP, kind=k
)
c.add(
    "porto",
    "uma esplanada com vista pro rio no sabado",
    day=6,
    wish=Wish(keywords=("river", "view", "terrace")),
    kind=k,
)

# ---- add_slots ----
k = "add_slots"
c.add("porto", "o almoco de quarta ta vazio, sugere algo", day=3, terms=FOOD, slot="Lunch", kind=k)
c.add(
    "porto", "preenche o jantar de quarta com algo tipico", day=3, terms=FOOD, slot="Dinner", kind=k
)
c.add(
    "porto", "pequeno-almoco de quinta, se faz favor", day=4, terms=FOOD, slot="Breakfast", kind=k
)
c.add("goa", "sugere um lugar pro almoco do dia 2", day=2, terms=FOOD, slot="Lunch", kind=k)
c.add(
    "bogota",
    "o cafe da manha do dia 2 ta vazio, me indica um",
    day=2,
    terms=FOOD,
    slot="Breakfast",
    kind=k,
)
c.add("kyoto", "e o almoco do dia 3? escolhe um pra mim", day=3, terms=FOOD, slot="Lunch", kind=k)
c.add("edinburgh", "acha um jantar pra terça", day=2, terms=FOOD, slot="Dinner", kind=k)
c.add(
    "jaipur",
    "falta o jantar de segunda, sugere um vegetariano",
    day=1,
    terms=FOOD,
    slot="Dinner",
    wish=VEGGIE,
    kind=k,
)
c.add(
    "cartagena",
    "completa o almoco de terça com algo barato",
    day=2,
    terms=FOOD,
    slot="Almuerzo",
    wish=CHEAP,
    kind=k,
)
c.add("mumbai", "preenche o almoco de amanha", day=2, terms=FOOD, slot="Lunch", kind=k)

# ---- clear ----
k = "clear"
for trip, text, day in [
    ("porto", "limpa a sexta", 5),
    ("porto", "esvazia o dia 2", 2),
    ("porto", "deixa o sabado livre", 6),
    ("goa", "zera o dia 1", 1),
    ("bogota", "apaga tudo de terça pfv", 2),
    ("kyoto", "tira tudo da quarta", 3),
    ("cartagena", "cancela tudo do dia 1, bah", 1),
    ("edinburgh", "quero a terça vazia", 2),
    ("jaipur", "limpa o ultimo dia", 3),
    ("mumbai", "esvazia amanha", 2),
]:
    c.edit(k, trip, text, Cleared(day), confirm="sim")

# ---- plan ----
k = "plan"
c.flow(k, "blank", "monta um roteiro pros 2 dias", Plan("kyoto", 2), confirm="sim")
c.flow(
    k, "blank", "planeja a viagem toda com templos e comida de rua", Plan("kyoto", 2), confirm="sim"
)
c.flow(k, "blank", "faz um roteiro tranquilo com crianca", Plan("kyoto", 2), confirm="sim")
c.flow(k, "blank", "bora montar o roteiro todo, mano", Plan("kyoto", 2), confirm="sim")
c.flow(k, "blank", "organiza os dois dias pra mim se faz favor", Plan("kyoto", 2), confirm="sim")
c.flow(k, "blank", "me faz um roteiro barato pros 2 dias", Plan("kyoto", 2), confirm="sim")


# ---- batch 2 ----
k = "add"
c.add(
    "porto",
    "queria muito ir na igreja do carmo no sabado",
    day=6,
    terms="Igreja do Carmo",
    name="Igreja do Carmo",
)
c.add(
    "bogota",
    "dá pra pôr o cerro de guadalupe na quinta?",
    day=4,
    terms="Cerro de Guadalupe",
    name="Cerro de Guadalupe",
)
c.add(
    "cartagena",
    "égua, bota a playa de marbella no ultimo dia",
    day=6,
    terms="Playa de Marbella",
    name="Playa de Marbella",
)
c.add("kyoto", "nanzenji no dia 2 pfv", day=2, terms="Nanzen-ji", name="Nanzen-ji")
c.add(
    "edinburgh",
    "tb quero o dean village na terça de manha",
    day=2,
    terms="Dean Village",
    name="Dean Village",
)
c.add(
    "goa",
    "acrescenta o museum of christian art na quinta",
    day=4,
    terms="Museum of Christian Art",
    name="Museum of Christian Art",
)
c.add(
    "jaipur",
    "vc consegue encaixar o albert hall na quarta?",
    day=3,
    terms="Albert Hall Museum",
    name="Albert Hall Museum",
)
c.add(
    "porto",
    "mete la o jardim do morro no sabado ao fim da tarde",
    day=6,
    terms="Jardim do Morro",
    name="Jardim do Morro",
)
c.add("porto", "um lanche no sabado a tarde", day=6, terms=FOOD, between=AFTERNOON)
c.add("goa", "algum mirante pro por do sol na quinta", day=4, terms=("viewpoint", "sunset"))
c.add(
    "bogota", "um lugar pra tomar um chocolate quente no dia 4", day=4, terms=("cafe", "chocolate")
)
c.add(
    "cartagena", "um barzinho no dia 4 a noite", day=4, terms=("bar", "night_club"), between=EVENING
)
c.add("porto", "uma marisqueira no sabado a noite", day=6, terms=("seafood",), between=EVENING)
c.add("kyoto", "uma feira de rua na quarta", day=3, terms=("market",))
c.add(
    "edinburgh",
    "um rolê pela natureza na quinta",
    day=4,
    terms=("park", "hiking_area", "nature", "hike"),
)
c.add("porto", "uma igreja bonita na sexta de manha", day=5, terms=("church",), between=MORNING)
k = "wishes"
c.add(
    "porto", "algum sitio fixe e barato pra jantar na sexta", day=5, terms=FOOD, wish=CHEAP, kind=k
)
c.add("goa", "uma praia tranquila sem muita gente na quinta", day=4, terms=("beach",), kind=k)
c.add("kyoto", "um restaurante bom e barato pra quarta", day=3, terms=FOOD, wish=CHEAP, kind=k)
c.add("bogota", "um lugar romantico pro jantar de quinta", day=4, terms=FOOD, wish=ROMANTIC, kind=k)
c.add(
    "porto", "um restaurante vegetariano bue bom na sexta", day=5, terms=FOOD, wish=VEGGIE, kind=k
)
c.add(
    "jaipur",
    "um restaurante bem avaliado pra quarta a noite",
    day=3,
    terms=FOOD,
    wish=TOP_RATED,
    kind=k,
)
c.add(
    "cartagena", "uma praia boa pros miudos no dia 4", day=4, terms=("beach",), wish=FAMILY, kind=k
)
c.add("mumbai", "um restaurante vegano pra amanha", day=2, terms=FOOD, wish=VEGGIE, kind=k)
c.add("porto", "algo acessivel pra cadeirante na sexta", day=5, kind=k)
c.add(
    "edinburgh",
    "um restaurante com nota alta pra quinta",
    day=4,
    terms=FOOD,
    wish=TOP_RATED,
    kind=k,
)
c.add(
    "goa",
    "um bar com vista pro mar na quinta",
    day=4,
    terms=("bar", "view", "sea", "beach"),
    kind=k,
)
c.add(
    "porto", "o parque mais bem avaliado no sabado", day=6, terms=("park",), wish=TOP_RATED, kind=k
)
k = "add_slots"
c.add("porto", "o jantar de sabado ta vazio, sugere algo", day=6, terms=FOOD, slot="Dinner", kind=k)
c.add(
    "edinburgh",
    "preenche o almoco de segunda com algo tipico",
    day=1,
    terms=FOOD,
    slot="Lunch",
    kind=k,
)
c.add(
    "goa",
    "pro jantar de segunda, indica um lugar barato",
    day=1,
    terms=FOOD,
    slot="Dinner",
    wish=CHEAP,
    kind=k,
)
c.add(
    "bogota",
    "falta o almoco do dia 3, escolhe um vegetariano",
    day=3,
    terms=FOOD,
    slot="Lunch",
    wish=VEGGIE,
    kind=k,
)

# ---- batch 3: shapes ----
k = "add"
c.add(
    "porto",
    "sexta de manha quero conhecer a casa da musica",
    day=5,
    terms="Casa da Música",
    between=MORNING,
    name="Casa da Música",
)
c.add(
    "porto",
    "parque da cidade sabado a tarde pfv",
    day=6,
    terms="Parque da Cidade",
    between=AFTERNOON,
    name="Parque da Cidade",
)
c.add(
    "porto",
    "bota o jardim das virtudes na sexta pra ver o por do sol",
    day=5,
    terms="Jardim das Virtudes",
    name="Jardim das Virtudes",
)
c.add("porto", "um parque na sexta que os miudos ja tao fartos de museu", day=5, terms=("park",))
c.add(
    "bogota",
    "quinta a noite a gente quer sair pra dançar",
    day=4,
    terms=("night_club", "dancing", "nightlife", "bar"),
)
c.add("edinburgh", "quinta a noite quero comer pizza, tem alguma boa ai?", day=4, terms=("pizza",))
c.add(
    "goa",
    "no dia 4 queria dar uma volta na campal garden",
    day=4,
    terms="Campal Garden",
    name="Campal Garden",
)
c.add(
    "jaipur",
    "dia 3 depois do forte quero ver o jal mahal tb",
    day=3,
    terms="Jal Mahal",
    name="Jal Mahal",
)
c.add(
    "cartagena",
    "quinta de manha uma praia de agua calma boa pros miudos",
    day=4,
    terms=("beach",),
    wish=FAMILY,
)
c.add(
    "kyoto",
    "queria uma visita ao heian shrine na quarta de manha",
    day=3,
    terms="Heian Shrine",
    name="Heian Shrine",
)
c.add(
    "mumbai",
    "amanha a tarde bora num role no crawford market",
    day=2,
    terms="Crawford Market",
    name="Crawford Market",
)
c.add(
    "porto",
    "na sexta um rodizio de pizza pro jantar que a criançada nao aguenta mais bacalhau",
    day=5,
    terms=("pizza",),
)
k = "wishes"
c.add(
    "mumbai",
    "tem alguma padaria aberta agora?",
    day=1,
    terms=("bakery", "cafe"),
    wish=OPEN_NOW,
    kind=k,
)
c.add(
    "porto", "um parque com sombra bom pra bebe no sabado de manha", day=6, terms=("park",), kind=k
)
c.add("kyoto", "algum templo sem muita gente pra quarta", day=3, terms=("temple",), kind=k)
c.add("goa", "um restaurante tipico baratinho pra quinta", day=4, terms=FOOD, wish=CHEAP, kind=k)
k = "add_slots"
c.add("porto", "escolhe uma tasca pro jantar de quarta", day=3, terms=FOOD, slot="Dinner", kind=k)
c.add(
    "edinburgh",
    "pro pequeno-almoco de terca, um sitio com panquecas se faz favor",
    day=2,
    terms=FOOD,
    slot="Breakfast",
    kind=k,
)
c.add("goa", "ultima noite, o jantar tem q ser num lugar romantico", day=4, terms=FOOD, kind=k)
k = "clear"
for trip, text, day in [
    ("porto", "deixa a sexta livre, a gente vai descansar", 5),
    ("bogota", "deixa o ultimo dia vazio que a gente volta cedo", 4),
    ("goa", "zera o dia 3 que vamos fazer bate-volta", 3),
    ("kyoto", "esvazia o segundo dia pfv", 2),
]:
    c.edit(k, trip, text, Cleared(day), confirm="sim")
k = "plan"
c.flow(
    k,
    "blank",
    "oi, vamos pra kyoto 2 dias com a vovo, queria um roteiro tranquilo com templos e jardins "
    "nada muito puxado",
    Plan("kyoto", 2),
    confirm="sim",
)
c.flow(
    k,
    "blank",
    "arma um roteiro bem de boa pros dois dias, curto comida de rua e templos",
    Plan("kyoto", 2),
    confirm="sim",
)

CASES = c.cases


def main() -> None:
    """Run the cases (of one kind, if named) and print the report with its misses."""
    only = sys.argv[1] if len(sys.argv) > 1 else None
    cases = [case for case in CASES if only is None or case.kind == only]
    print(render(asyncio.run(run(cases)), show_misses=True))


if __name__ == "__main__":
    main()
