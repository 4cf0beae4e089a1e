"""Training corpus, Portuguese: how travelers really type on WhatsApp and Telegram.

Open to the parser's authors (run with `python -m bench.understanding --train`, never in CI).
Speakers from Brazil (north and south) and Portugal: no accents, typos, abbreviations (vc, pq,
tb, q, blz, pfv), fillers (tipo, entao, pá), voice-to-text run-ons, regional words (oxe, bah,
tchê, fixe, bué, pequeno-almoço), indirect requests, several requests at once,
self-corrections and replies to the bot's cards and questions. Outcomes only; every reasonable
path is accepted. The traveler's setting is Portuguese except in the `locale` cases.
"""

from __future__ import annotations

from dataclasses import replace

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    INPUT,
    SEL,
    Cards,
    NoDump,
    Same,
    Says,
    SaysLast,
    Type,
    When,
)
from bench.understanding_corpus.item_checks import (
    Added,
    Chose,
    ClashHandled,
    Kept,
    NewCount,
    NoLoss,
    Removed,
    Replaced,
)
from bench.understanding_corpus.places import CHEAP, FAMILY, ROMANTIC, ROOFTOP, TOP_RATED, VEGGIE
from bench.understanding_corpus.spec import (
    AFTERNOON,
    BREAKFAST,
    DINNER,
    EVENING,
    LUNCH,
    MORNING,
    Corpus,
    S,
    Step,
    go,
    pick,
)
from bench.understanding_corpus.trip_checks import (
    Booked,
    Cleared,
    Days,
    Lead,
    Lighter,
    Moved,
    Plan,
    Retimed,
    Start,
    Swapped,
)


def answer(other: str, confirm: str = "sim") -> Step:
    """Going along with a question: `confirm` to a confirmation, `other` to anything else asked
    (how many people, what time, which interests); skipped after a final answer."""
    return Step(confirm, (), None, None, (((CONF,), confirm), ((SEL, INPUT), other)))


c = Corpus("pt", "-train")
ASK_OR_DONE = Type(DONE, CONF, SEL)
COFFEE = ("coffee", "cafe")

# ---- add ---------------------------------------------------------------------------------
c.add(
    "porto",
    "coloca a casa da musica no dia 5 pfv",
    day=5,
    terms=("concerts",),
    name="Casa da Música",
)
c.add("porto", "bota a praia do molhe no dia 5", day=5, terms=("beach",), name="Praia do Molhe")
c.add(
    "porto",
    "pá mete ai a igreja do carmo no dia 5",
    day=5,
    terms=("church",),
    name="Igreja do Carmo",
)
c.add("goa", "oxe, adiciona uma praia no dia 4 visse", day=4, terms=("beach",))
c.add("kyoto", "bah tchê, coloca um templo zen no dia 3", day=3, terms=("zen",))
c.add(
    "bogota",
    "poe a catedral primada no dia 4 blz?",
    day=4,
    terms=("cathedral",),
    name="Catedral Primada",
)
c.add(
    "cartagena",
    "queria ver o museu naval, pode por no dia 4?",
    day=4,
    terms=("naval history",),
    name="Museo Naval del Caribe",
)
c.add("edinburgh", "inclui um pub no dia 4", day=4, terms=("pub", "bar", "whisky"))
c.add(
    "porto",
    "tem como adicionar o parque da cidade no dia 5?",
    day=5,
    terms=("park",),
    name="Parque da Cidade",
)
c.add("hadibo", "adiciona a caverna hoq no dia 2", day=2, terms=("cave",), name="Hoq Cave")
c.add(
    "mumbai",
    "amanha quero ir no mercado crawford, adiciona ai",
    day=2,
    terms=("market",),
    name="Crawford Market",
)
c.add(
    "porto",
    "poe o jardim do morro no dia cinco",
    day=5,
    terms=("viewpoint", "park"),
    name="Jardim do Morro",
)

# ---- add with a time, a part of the day or a meal ------------------------------------------
c.add(
    "porto",
    "pequeno-almoço no dia 5 numa pastelaria",
    day=5,
    terms=("pastries", "bakery", "pastel de nata", "breakfast"),
    between=BREAKFAST,
    kind="add_slots",
)
c.add(
    "porto",
    "jantar no dia 5, peixe grelhado de preferencia",
    day=5,
    terms=("grilled fish", "seafood", "fish", "octopus", "codfish"),
    between=DINNER,
    kind="add_slots",
)
c.add(
    "porto",
    "almoço dia 5 uma francesinha 🤤",
    day=5,
    terms=("francesinha",),
    between=LUNCH,
    kind="add_slots",
)
c.add(
    "porto",
    "no dia 5 as tres da tarde a igreja de sao francisco",
    day=5,
    terms=("church",),
    at="15:00",
    kind="add_slots",
    name="Igreja de São Francisco",
)
c.add(
    "porto",
    "de manha no dia 5 o jardim botanico",
    day=5,
    terms=("botanical garden",),
    between=MORNING,
    kind="add_slots",
    name="Jardim Botânico do Porto",
)
c.add(
    "porto",
    "a noite do dia 5 uns drinks num bar",
    day=5,
    terms=("bar", "cocktails", "nightlife"),
    between=EVENING,
    kind="add_slots",
)
c.add(
    "goa",
    "no dia 4 de tarde o forte reis magos",
    day=4,
    terms=("fort",),
    between=AFTERNOON,
    kind="add_slots",
    name="Reis Magos Fort",
)
c.add(
    "kyoto",
    "jantar no dia 3 num izakaya",
    day=3,
    terms=("izakaya",),
    between=DINNER,
    kind="add_slots",
)
c.add(
    "cartagena",
    "dia 4 as 10 da manha o castillo grande, a praia",
    day=4,
    terms=("beach",),
    at="10:00",
    kind="add_slots",
    name="Playa Castillogrande",
)
c.add(
    "edinburgh",
    "dia 4 meio dia e meia almoço de fish and chips",
    day=4,
    terms=("fish and chips",),
    at="12:30",
    kind="add_slots",
)

# ---- wishes ---------------------------------------------------------------------------------
c.add(
    "porto",
    "algum lugar baratinho pra comer no dia 5",
    day=5,
    wish=CHEAP,
    terms=("restaurant", "cafe", "bakery", "street food", "cheap eats", "budget"),
    kind="wishes",
)
c.add(
    "porto",
    "um jantar romantico no dia 5, é nosso aniversario de casamento",
    day=5,
    wish=ROMANTIC,
    between=DINNER,
    kind="wishes",
)
c.add(
    "porto",
    "sou vegetariano, almoço no dia 5 sem carne",
    day=5,
    wish=VEGGIE,
    between=LUNCH,
    kind="wishes",
)
c.add(
    "mumbai",
    "um rooftop hj a noite",
    day=1,
    wish=ROOFTOP,
    terms=("bar", "rooftop", "restaurant"),
    kind="wishes",
)
c.add(
    "porto",
    "lugar bom pra criança no dia 5, vamos com os miudos",
    day=5,
    wish=FAMILY,
    kind="wishes",
)
c.add(
    "porto",
    "so cafe bem avaliado no dia 5, tipo 4.5 pra cima",
    day=5,
    wish=TOP_RATED,
    terms=COFFEE,
    kind="wishes",
)
c.add("kyoto", "ramen barato no dia 3", day=3, terms=("ramen",), wish=CHEAP, kind="wishes")
c.add("edinburgh", "comida vegana no dia 4", day=4, wish=VEGGIE, kind="wishes")

# ---- remove ---------------------------------------------------------------------------------
c.case(
    "remove",
    "porto",
    S("tira a livraria lello, fila enorme", ASK_OR_DONE),
    go("sim"),
    final=(Removed("Livraria Lello", 1),),
)
c.case(
    "remove",
    "porto",
    S("remove a torre dos clerigos pfv", ASK_OR_DONE),
    go("sim"),
    final=(Removed("Torre dos Clérigos", 1),),
)
c.case(
    "remove",
    "porto",
    S("nao quero mais ir no serralves", ASK_OR_DONE),
    go("pode ser"),
    final=(Removed("Museu de Serralves", 3),),
)
c.case(
    "remove",
    "kyoto",
    S("apaga o ryoanji do dia 1", ASK_OR_DONE),
    go("sim"),
    final=(Removed("Ryoan-ji", 1),),
)
c.case(
    "remove",
    "porto",
    S("o dia 2 ta muito puxado, alivia ai", ASK_OR_DONE),
    go("sim"),
    final=(Lighter(2),),
)
c.case(
    "remove",
    "goa",
    S("cancela o forte aguada", ASK_OR_DONE),
    go("sim"),
    final=(Removed("Fort Aguada", 2),),
)

# ---- clear ----------------------------------------------------------------------------------
c.case("clear", "porto", S("limpa o dia 3 todo", ASK_OR_DONE), go("sim"), final=(Cleared(3),))
c.case("clear", "porto", S("apaga tudo do dia 6", ASK_OR_DONE), go("bora"), final=(Cleared(6),))
c.case(
    "clear",
    "kyoto",
    S("esvazia o dia 1, vamos improvisar", ASK_OR_DONE),
    go("sim"),
    final=(Cleared(1),),
)

# ---- move -----------------------------------------------------------------------------------
c.case(
    "move",
    "porto",
    S("passa o serralves pro dia 5", ASK_OR_DONE),
    go("sim"),
    final=(Moved("Museu de Serralves", 5),),
)
c.case(
    "move",
    "porto",
    S("muda a ribeira pro dia 2", ASK_OR_DONE),
    go("sim"),
    final=(Moved("Ribeira", 2),),
)
c.case(
    "move",
    "porto",
    S("a se do porto fica melhor no dia 1", ASK_OR_DONE),
    go("sim"),
    final=(Moved("Sé do Porto", 1),),
)
c.case(
    "move",
    "kyoto",
    S("joga o castelo nijo pro dia 1", ASK_OR_DONE),
    go("sim"),
    final=(Moved("Nijo Castle", 1),),
)
c.case(
    "move",
    "edinburgh",
    S("leva o arthurs seat pro dia 4", ASK_OR_DONE),
    go("sim"),
    final=(Moved("Arthur's Seat", 4),),
)

# ---- retime ---------------------------------------------------------------------------------
c.case(
    "retime",
    "porto",
    S("a livraria lello pode ser as 10 em vez das 9 e meia", ASK_OR_DONE),
    go("sim"),
    final=(Retimed("Livraria Lello", "10:00"),),
)
c.case(
    "retime",
    "porto",
    S("muda o horario da ribeira pras 5 da tarde", ASK_OR_DONE),
    go("sim"),
    final=(Retimed("Ribeira", "17:00"),),
)
c.case(
    "retime",
    "porto",
    S("serralves as onze", ASK_OR_DONE),
    go("sim"),
    final=(Retimed("Museu de Serralves", "11:00"),),
)
c.case(
    "retime",
    "kyoto",
    S("kinkakuji as 10h", ASK_OR_DONE),
    go("sim"),
    final=(Retimed("Kinkaku-ji", "10:00"),),
)
c.case(
    "retime",
    "goa",
    S("atrasa a praia de anjuna pras 18h", ASK_OR_DONE),
    go("sim"),
    final=(Retimed("Anjuna Beach", "18:00"),),
)

# ---- replace --------------------------------------------------------------------------------
c.case(
    "replace",
    "porto",
    S("troca a tasca do cais por algo vegetariano", ASK_OR_DONE),
    answer("1"),
    answer("1"),
    final=(Replaced("Tasca do Cais", 1, (), VEGGIE),),
)
c.case(
    "replace",
    "porto",
    S("em vez da marisqueira da foz quero algo mais barato", ASK_OR_DONE),
    answer("1"),
    answer("1"),
    final=(Replaced("Marisqueira da Foz", 2, (), CHEAP),),
)
c.case(
    "replace",
    "porto",
    S("substitui a casa da francesinha por sushi", ASK_OR_DONE),
    answer("1"),
    answer("1"),
    final=(Replaced("Casa da Francesinha", 4, ("sushi",)),),
)
c.case(
    "replace",
    "kyoto",
    S("troca o menya kurogane por sushi", ASK_OR_DONE),
    answer("1"),
    answer("1"),
    final=(Replaced("Menya Kurogane", 2, ("sushi",)),),
)

# ---- swap days ------------------------------------------------------------------------------
c.case(
    "swap_days",
    "porto",
    S("troca o dia 1 pelo dia 2", ASK_OR_DONE),
    go("sim"),
    final=(Swapped(1, 2),),
)
c.case(
    "swap_days", "porto", S("inverte os dias 3 e 6", ASK_OR_DONE), go("sim"), final=(Swapped(3, 6),)
)
c.case(
    "swap_days", "kyoto", S("troca dia 2 com dia 3", ASK_OR_DONE), go("sim"), final=(Swapped(2, 3),)
)

# ---- trip -----------------------------------------------------------------------------------
c.case(
    "trip",
    "porto",
    S("vamos ficar mais um dia, adiciona um dia", ASK_OR_DONE),
    go("sim"),
    final=(Days(7),),
)
c.case("trip", "porto", S("tira o ultimo dia da viagem", ASK_OR_DONE), go("sim"), final=(Days(5),))
c.case(
    "trip",
    "porto",
    S("a viagem agora começa dia 10 de dezembro", Type(DONE, CONF, INPUT)),
    go("sim"),
    final=(Start("2026-12-10"),),
)
c.case(
    "trip",
    "kyoto",
    S("chegamos dia 12 de dezembro", Type(DONE, CONF, INPUT)),
    go("sim"),
    final=(Start("2026-12-12"),),
)
c.case("trip", "goa", S("aumenta a viagem em 2 dias", ASK_OR_DONE), go("sim"), final=(Days(6),))

# ---- undo -----------------------------------------------------------------------------------
c.case("undo", "porto", S("remove a ribeira"), go("sim"), S("ops desfaz"), final=(Same(),))
c.case(
    "undo", "porto", S("limpa o dia 2"), go("sim"), S("nao nao volta como tava"), final=(Same(),)
)
c.case("undo", "kyoto", S("passa o gion pro dia 3"), go("sim"), S("desfazer"), final=(Same(),))

# ---- show -----------------------------------------------------------------------------------
c.still("show", "porto", "o que tem no dia 2?", Says("Palácio da Bolsa", "Ponte Luís I"))
c.still("show", "porto", "me mostra o roteiro", Says("Livraria Lello", "Cais de Gaia"))
c.still("show", "porto", "qual é o plano de sabado", Says("Cais de Gaia"))
c.still("show", "mumbai", "oq a gente faz amanha?", Says("Elephanta Caves"))
c.still("show", "kyoto", "o que temos no terceiro dia", Says("Arashiyama Bamboo Grove"))

# ---- plan -----------------------------------------------------------------------------------
c.case(
    "plan",
    "blank",
    S("monta um roteiro pra kyoto, curtimos templos", Type(DONE, CONF, SEL, INPUT)),
    answer("templos e comida"),
    answer("templos e comida"),
    final=(Plan("kyoto", 2),),
)
c.case(
    "plan",
    "blank",
    S("planeja os 2 dias em kyoto", Type(DONE, CONF, SEL, INPUT)),
    answer("tudo"),
    answer("tudo"),
    final=(Plan("kyoto", 2),),
)
c.case(
    "plan",
    "blank",
    S("faz um roteiro de 2 dias no porto", Type(DONE, CONF, SEL, INPUT)),
    answer("vinho e comida"),
    answer("vinho e comida"),
    final=(Plan("porto", 2),),
)

# ---- explain --------------------------------------------------------------------------------
c.still("explain", "porto", "pq a tasca do cais?", Says("Tasca do Cais"))
c.still("explain", "porto", "o que tem de especial o palacio da bolsa", Says("Palácio da Bolsa"))
c.still("explain", "kyoto", "por que o sanjusangendo?", Says("Sanjusangen-do"))
c.still("explain", "porto", "me fala da livraria lello", Says("Livraria Lello"))

# ---- book -----------------------------------------------------------------------------------
c.case(
    "book",
    "porto",
    S("reserva a marisqueira da foz pra 2 as 20h", Type(CONF, INPUT, SEL, DONE)),
    answer("2 pessoas as 20h"),
    answer("2 pessoas as 20h"),
    final=(Booked("Marisqueira da Foz", 2, "20:00"),),
)
c.case(
    "book",
    "porto",
    S("marca mesa na tasca do cais para 4", Type(CONF, INPUT, SEL, DONE)),
    answer("4 pessoas"),
    answer("4 pessoas"),
    final=(Booked("Tasca do Cais", 4),),
)
c.case(
    "book",
    "kyoto",
    S("quero reservar o kamogawa kaiseki pra 3 pessoas as 19h", Type(CONF, INPUT, SEL, DONE)),
    answer("3 pessoas as 19h"),
    answer("3 pessoas as 19h"),
    final=(Booked("Kamogawa Kaiseki", 3, "19:00"),),
)
c.case(
    "book",
    "porto",
    S("consegue uma mesa na casa da francesinha? somos 5", Type(CONF, INPUT, SEL, DONE)),
    answer("5"),
    answer("5"),
    final=(Booked("Casa da Francesinha", 5),),
)

# ---- expert ---------------------------------------------------------------------------------
c.case(
    "expert",
    "porto",
    S("quero falar com um especialista local", Type(DONE, CONF, INPUT)),
    answer("vinho"),
    answer("vinho"),
    final=(Lead(),),
)
c.case(
    "expert",
    "porto",
    S("tem algum guia local pra ajudar a gente?", Type(DONE, CONF, INPUT)),
    answer("historia"),
    answer("historia"),
    final=(Lead(),),
)
c.case(
    "expert",
    "kyoto",
    S("me poe em contato com alguem de la", Type(DONE, CONF, INPUT)),
    answer("templos"),
    answer("templos"),
    final=(Lead(),),
)

# ---- help -----------------------------------------------------------------------------------
c.chat("help", "porto", "me ajuda ai")
c.chat("help", "porto", "o que vc consegue fazer?")
c.chat("help", "kyoto", "como funciona isso")

# ---- social ---------------------------------------------------------------------------------
c.chat("social", "porto", "valeu, top demais")
c.chat("social", "porto", "obrigadão, és muito fixe")
c.chat("social", "kyoto", "oi tudo bem?")
c.chat("social", "goa", "bah, brigado tchê")

# ---- info -----------------------------------------------------------------------------------
c.still("info", "porto", "que horas abre a livraria lello", Says("Livraria Lello"))
c.still("info", "porto", "ate que horas fica aberto o palacio da bolsa?", Says("Palácio da Bolsa"))
c.still("info", "porto", "horario da torre dos clerigos", Says("Torre dos Clérigos"))
c.still("info", "kyoto", "quando fecha o kinkakuji", Says("Kinkaku-ji"))

# ---- choice ---------------------------------------------------------------------------------
c.case(
    "choice",
    "porto",
    S("adiciona um cafe no dia 5", Type(SEL)),
    S("o segundo", Type(DONE), Chose(1)),
)
c.case(
    "choice",
    "porto",
    S("adiciona um miradouro no dia 5", Type(SEL)),
    S("a primeira opçao", Type(DONE), Chose(0)),
)
c.case(
    "choice",
    "porto",
    S("um restaurante de frutos do mar no dia 5", Type(SEL)),
    S("pode ser o 3", Type(DONE), Chose(2)),
)
c.case(
    "choice",
    "kyoto",
    S("adiciona um cafe no dia 3", Type(SEL)),
    S("vai o primeiro", Type(DONE), Chose(0)),
)

# ---- duplicate ------------------------------------------------------------------------------
c.still("duplicate", "porto", "poe a livraria lello no dia 1 tb", types=(DONE, CONF, INPUT))
c.still("duplicate", "porto", "coloca a ponte luis i no dia 2", types=(DONE, CONF, INPUT))
c.still("duplicate", "kyoto", "adiciona o fushimi inari no dia 2", types=(DONE, CONF, INPUT))

# ---- clash ----------------------------------------------------------------------------------
c.case(
    "clash",
    "porto",
    S("adiciona um cafe no dia 1 as 9 e meia", Type(SEL, CONF, DONE, INPUT)),
    go("sim"),
    go("sim"),
    final=(ClashHandled(1, "09:30", COFFEE),),
)
c.case(
    "clash",
    "porto",
    S("um bar no dia 2 as 20h", Type(SEL, CONF, DONE, INPUT)),
    go("sim"),
    go("sim"),
    final=(ClashHandled(2, "20:00", ("bar",)),),
)
c.case(
    "clash",
    "kyoto",
    S("sushi no dia 1 as 19h", Type(SEL, CONF, DONE, INPUT)),
    go("sim"),
    go("sim"),
    final=(ClashHandled(1, "19:00", ("sushi",)),),
)

# ---- referent -------------------------------------------------------------------------------
c.case(
    "referent",
    "porto",
    S("adiciona a capela das almas no dia 5"),
    pick(),
    S("que horas abre?", Type(DONE), SaysLast()),
)
c.case(
    "referent",
    "porto",
    S("adiciona o jardim das virtudes no dia 5"),
    pick(),
    S("passa ele pro dia 4", ASK_OR_DONE),
    go("sim"),
    final=(Moved("Jardim das Virtudes", 4),),
)
c.case(
    "referent",
    "porto",
    S("adiciona um sushi no dia 5"),
    pick(),
    S("pensando bem tira", ASK_OR_DONE),
    go("sim"),
    final=(NoLoss(), NewCount(0)),
)
c.case(
    "referent",
    "kyoto",
    S("adiciona o tofuku-ji no dia 3"),
    pick(),
    S("coloca as 11", ASK_OR_DONE),
    go("sim"),
    final=(Retimed("Tofuku-ji", "11:00"),),
)

# ---- multi ----------------------------------------------------------------------------------
c.case(
    "multi",
    "porto",
    S("tira a livraria lello e adiciona um cafe no dia 1", Type(DONE, CONF, SEL, "PARTIAL")),
    go("sim"),
    go("sim"),
    final=(Added(1, COFFEE, only=False), Kept("Ribeira")),
)
c.case(
    "multi",
    "porto",
    S("passa a ribeira pro dia 5 e limpa o dia 6", Type(DONE, CONF, SEL, "PARTIAL")),
    go("sim"),
    go("sim"),
    final=(Moved("Ribeira", 5, alone=False), Cleared(6, others=False)),
)
c.case(
    "multi",
    "kyoto",
    S("kinkakuji as 10 e tira o ryoanji", Type(DONE, CONF, SEL, "PARTIAL")),
    go("sim"),
    go("sim"),
    final=(Retimed("Kinkaku-ji", "10:00", alone=False), Removed("Ryoan-ji")),
)

# ---- slot fill ------------------------------------------------------------------------------
c.add(
    "porto",
    "o almoço do dia 2 numa tasca tradicional",
    day=2,
    terms=("traditional", "portuguese"),
    slot="Lunch",
    kind="slot_fill",
)
c.add(
    "porto",
    "jantar do dia 1 com bacalhau",
    day=1,
    terms=("bacalhau", "codfish"),
    slot="Dinner",
    kind="slot_fill",
)
c.add(
    "porto",
    "pequeno almoço do dia 4 numa pastelaria",
    day=4,
    terms=("pastries", "bakery", "pastel de nata", "breakfast"),
    slot="Breakfast",
    kind="slot_fill",
)
c.add(
    "porto",
    "o jantar do dia 3 pode ser pizza",
    day=3,
    terms=("pizza",),
    slot="Dinner",
    kind="slot_fill",
)
c.add("kyoto", "almoço dia 1 ramen", day=1, terms=("ramen",), slot="Lunch", kind="slot_fill")

# ---- dias e horas por extenso, autocorreções, áudios transcritos, respostas ------------------
c.add(
    "porto",
    "oxe, bota um lugar de frutos do mar pro jantar do dia 5 visse",
    day=5,
    terms=("seafood",),
    between=DINNER,
    kind="add_slots",
)
c.add(
    "cartagena",
    "bah tchê, bota uma churrascaria no dia 4",
    day=4,
    terms=("steak", "grill", "steakhouse"),
)
c.add("porto", "pá, marca-me aí um jantar no sábado", day=6, between=DINNER, kind="add_slots")
c.add(
    "porto",
    "queria ir ao mercado do bolhão na sexta de manhã",
    day=5,
    terms=("market",),
    between=MORNING,
    kind="add_slots",
    name="Mercado do Bolhão",
)
c.case(
    "retime",
    "porto",
    S("a torre dos clerigos ao meio-dia", ASK_OR_DONE),
    go("sim"),
    final=(Retimed("Torre dos Clérigos", "12:00"),),
)
c.add(
    "porto",
    "jantar as oito e um quarto da noite no dia 5, polvo",
    day=5,
    terms=("octopus",),
    at="20:15",
    kind="add_slots",
)
c.add(
    "mumbai",
    "depois de amanha quero ir no templo mahalaxmi",
    day=3,
    terms=("temple",),
    name="Mahalaxmi Temple",
)
c.add("porto", "adiciona um cafe no dia 4... nao, no dia 5", day=5, terms=COFFEE)
c.case(
    "move",
    "porto",
    S("passa a ribeira pro dia 3, digo, dia 5", ASK_OR_DONE),
    go("sim"),
    final=(Moved("Ribeira", 5),),
)
c.case("trip", "porto", S("remove o dia 6", ASK_OR_DONE), go("bora, pode tirar"), final=(Days(5),))
c.case(
    "clear",
    "porto",
    S("esvazia o segundo dia", Type(CONF)),
    S("nao, deixa quieto", Type(DONE), Same()),
    final=(Same(),),
)
c.case(
    "choice",
    "porto",
    S("bota um cafezinho no dia 5", Type(SEL)),
    S("nenhum desses", Type(DONE, SEL, INPUT), Same()),
    final=(NewCount(0),),
)
c.case(
    "choice",
    "porto",
    S("adiciona uma igreja no dia 5", Type(SEL)),
    S("o ultimo", Type(DONE), Chose(-1)),
)
c.add(
    "porto",
    "entao tipo no dia cinco de tarde a gente queria ir num parque pras criancas brincarem sabe",
    day=5,
    terms=("park",),
    wish=FAMILY,
    between=AFTERNOON,
    kind="wishes",
)
c.still("show", "porto", "manda o roteiro do dia 3 ai", Says("Museu de Serralves"))
c.case(
    "undo", "porto", S("joga o serralves pro dia 5"), go("sim"), S("volta atras"), final=(Same(),)
)
c.chat("social", "porto", "boa noite, ate amanha")
c.chat("social", "porto", "show de bola, valeu")
c.still("info", "porto", "a livraria lello cobra entrada?", Says("Livraria Lello"))
c.case(
    "multi",
    "porto",
    S(
        "adiciona um cafe no dia 5 e um jantar de peixe no mesmo dia",
        Type(DONE, CONF, SEL, "PARTIAL"),
    ),
    go("sim"),
    go("sim", "1"),
    go("sim", "1"),
    final=(Added(5, COFFEE, only=False), Added(5, ("seafood", "fish"), only=False), NewCount(2)),
)

# ---- locale (a Portuguese message from a traveler whose setting is another language) --------
c.case("locale", "porto", S("oq tem pro dia 1?", Type(DONE), Says("Livraria Lello")), locale="en")
c.case(
    "locale",
    "porto",
    S("adiciona um cafe no dia 5 por favor", Type(SEL, DONE), When(SEL, Same(), Cards(COFFEE))),
    pick(),
    locale="es",
    final=(Added(5, COFFEE),),
)
c.case("locale", "kyoto", S("muito obrigada!", Type(DONE), NoDump()), locale="en")

# ---- trip settings, a place's address, bare answers (session u7trip) ------------------------
c.edit(
    "trip",
    "porto",
    "mudaram o voo, a gente só chega no dia 9 de dezembro",
    Start("2026-12-09"),
    confirm="sim",
)
c.edit("trip", "kyoto", "a viagem agora vai ser de 4 dias", Days(4), confirm="sim")
c.edit("trip", "edinburgh", "um dia a menos, temos q voltar antes", Days(4), confirm="pode")
c.still("info", "porto", "onde fica a livraria lello? manda o endereço", Says("Livraria Lello"))
c.case(
    "slot_fill",
    "kyoto",
    S("muda o kinkaku-ji de dia", Type(INPUT), Same()),
    S("pro 2", Type(DONE)),
    final=(Moved("Kinkaku-ji", 2),),
)
c.flow(
    "book",
    "porto",
    "quero reservar a tasca do cais no dia 1, eu e o meu marido",
    Booked("Tasca do Cais", party=2),
    confirm="sim",
    answer="às 20h",
)
c.edit(
    "retime",
    "kyoto",
    "passa o kiyomizu-dera pras 10h que à tarde chove",
    Retimed("Kiyomizu-dera", "10:00"),
    confirm="sim",
)
# ---- pedidos com setas; uma reserva de um lugar que ainda não está na viagem ---------------
c.case(
    "retime",
    "kyoto",
    S("kinkaku-ji -> 10h pfv", Type(DONE)),
    final=(Retimed("Kinkaku-ji", "10:00"),),
)
c.case(
    "swap_days", "kyoto", S("dia 1 <-> dia 3", Type(DONE, CONF)), go("sim"), final=(Swapped(1, 3),)
)
c.case(
    "book",
    "kyoto",
    S(
        "reserva uma mesa no gion tempura kaneda no dia 2 pra 2 às 20h",
        Type(CONF),
        Says("Gion Tempura Kaneda"),
    ),
    S("sim", Type(DONE)),
    final=(Booked("Gion Tempura Kaneda", party=2, at="20:00"),),
)

# ---- algo recusado para outro dia: muda-se ---------------------------------------------
c.edit("move", "porto", "a ribeira não, melhor no dia 5", Moved("Ribeira", 5))

# The traveler's setting is Portuguese, except where the case is about the setting itself.
CASES = [case if case.kind == "locale" else replace(case, locale="pt") for case in c.cases]
