# ruff: noqa: E501 - corpus tables: one case per line reads best
"""Held-out Portuguese cases: written fresh, never used to tune the parser (run with --holdout).

Brazilian ("bora", "tô", "rola", "pra", "vc", "valeu") and European Portuguese ("pequeno-
almoço", "sítio", "consegues", "arranja-me", "a 9 de dezembro"), voice-to-text run-ons,
times in words ("no fim da tarde", "lá pras 9 da noite", "meio-dia e meia", "meia hora"),
relative days ("no dia seguinte"), "esse"/"ele"/"lá", and replies to cards and confirmations.
Outcomes only, every reasonable path.
"""

from bench.understanding_corpus.checks import (
    ASKS,
    CONF,
    DONE,
    ERR,
    INPUT,
    SEL,
    Cards,
    Changed,
    NoDump,
    NotSays,
    Same,
    Says,
    SaysLast,
    Short,
    Type,
    When,
)
from bench.understanding_corpus.item_checks import (
    Added,
    Chose,
    ClashHandled,
    NewCount,
    Removed,
    Replaced,
)
from bench.understanding_corpus.places import CHEAP, ROMANTIC, TOP_RATED
from bench.understanding_corpus.spec import (
    BREAKFAST,
    DINNER,
    EVENING,
    MORNING,
    Corpus,
    S,
    go,
    yes,
)
from bench.understanding_corpus.trip_checks import (
    Booked,
    Cleared,
    Days,
    Lead,
    Moved,
    NoBooking,
    Plan,
    Retimed,
    Start,
    Swapped,
)

c = Corpus("pt", "h")

# ---- add ------------------------------------------------------------------------------------
c.add("porto", "bora incluir a igreja de são francisco na sexta?", day=5, name="Igreja de São Francisco", choose="Igreja de São Francisco")
c.add("porto", "queria muito ir a uma praia no dia 5, dá?", day=5, terms=("beach",))
c.add("goa", "coloca um templo hindu no dia 4 pra gente", day=4, terms=("temple", "hindu"), choose="o primeiro")
c.add("porto", "o jardim do morro cabe no dia 4? põe lá", day=4, name="Jardim do Morro", choose="Jardim do Morro")

# ---- add_slots: times and days in words -------------------------------------------------------
k = "add_slots"
c.add("porto", "então é o seguinte no fim da tarde de sexta a gente queria ver o pôr do sol num miradouro bonito dá pra colocar", day=5, terms=("viewpoint",), between=("16:30", "19:30"), kind=k)
c.add("porto", "sábado lá pras 9 da noite um barzinho", day=6, terms=("bar", "nightlife"), between=("20:30", "21:30"), kind=k)
c.add("porto", "almoço de sexta ao meio-dia e meia, quero bacalhau", day=5, terms=("bacalhau", "codfish"), at="12:30", kind=k)
c.add("mumbai", "amanhã cedinho um pequeno-almoço num sítio simpático", day=2, terms=("breakfast", "cafe", "bakery", "coffee"), between=BREAKFAST, kind=k)

# ---- wishes ---------------------------------------------------------------------------------
k = "wishes"
c.add("porto", "um restaurante romântico pro jantar de sábado, é aniversário de namoro 🥰", day=6, wish=ROMANTIC, between=DINNER, kind=k)
c.add("porto", "tô liso essa semana kkk, acha um lugar baratinho pra gente comer na sexta", day=5, terms=("restaurant", "cafe", "bakery"), wish=CHEAP, kind=k)
c.add("porto", "no dia 5 de manhã um brunch com nota alta", day=5, terms=("brunch",), wish=TOP_RATED, between=MORNING, kind=k)

# ---- remove ---------------------------------------------------------------------------------
k = "remove"
c.case(k, "porto", S("tira a estação de são bento, já vimos", Type(DONE, CONF, SEL)), go("sim"), final=(Removed("São Bento Station"),))
c.case(k, "porto", S("esquece o miradouro da vitória", Type(DONE, CONF, SEL)), go("sim"), final=(Removed("Miradouro da Vitória"),))
c.case(k, "goa", S("pode tirar a basílica, a gente já foi", Type(DONE, CONF, SEL)), go("pode"), final=(Removed("Basilica of Bom Jesus"),))

# ---- clear ----------------------------------------------------------------------------------
k = "clear"
c.ask_first(k, "porto", "zera o dia 3, vamos improvisar", "pode", Cleared(3))
c.ask_first(k, "porto", "apaga o sábado inteirinho", "não, deixa quieto", Same())

# ---- move -----------------------------------------------------------------------------------
k = "move"
c.case(k, "porto", S("dá pra levar a ponte luís i pro primeiro dia, no finalzinho da tarde?", Type(DONE, CONF)), go("sim"), final=(Moved("Ponte Luís I", 1),))
c.case(k, "porto", S("a livraria lello fica melhor no dia seguinte", Type(DONE, CONF)), go("sim"), final=(Moved("Livraria Lello", 2),))
c.case(k, "porto", S("passa a sé pra sexta-feira", Type(DONE, CONF)), go("sim"), final=(Moved("Sé do Porto", 5),))

# ---- retime ---------------------------------------------------------------------------------
k = "retime"
c.case(k, "porto", S("o museu de serralves pode ser às onze e meia?", Type(DONE, CONF)), go("sim"), final=(Retimed("Museu de Serralves", "11:30"),))
c.case(k, "porto", S("o jantar na marisqueira dá pra ser às 21h15?", Type(DONE, CONF)), go("sim"), final=(Retimed("Marisqueira da Foz", "21:15"),))
c.case(k, "porto", S("adianta a torre dos clérigos meia hora", Type(DONE, CONF)), go("sim"), final=(Retimed("Torre dos Clérigos", "10:30"),))


# ---- replace --------------------------------------------------------------------------------
def replace(trip: str, text: str, old: str, day: int, terms: tuple[str, ...]) -> None:
    """Cards of the new kind only (never the old place), or a direct swap; then `old` gave way."""
    c.case(
        "replace", trip,
        S(text, Type(SEL, DONE, CONF), When(SEL, Same(), Cards(terms, exclude=(old,)))),
        go("sim"), go("sim"),
        final=(Replaced(old, day, terms),),
    )


replace("porto", "em vez da francesinha quero comer sushi", "Casa da Francesinha", 4, ("sushi",))
replace("porto", "no lugar da Tasca do Cais, algum indiano?", "Tasca do Cais", 1, ("indian", "curry"))

# ---- swap days ------------------------------------------------------------------------------
c.case("swap_days", "porto", S("inverte o dia 2 com o dia 3", Type(DONE, CONF)), yes("sim"), final=(Swapped(2, 3),))

# ---- trip -----------------------------------------------------------------------------------
k = "trip"
c.case(k, "porto", S("vamos ficar só 5 dias afinal", Type(DONE, CONF)), yes("sim"), final=(Days(5),))
c.case(k, "porto", S("a viagem agora começa a 9 de dezembro", Type(DONE, CONF)), yes("sim"), final=(Start("2026-12-09"),))

# ---- undo -----------------------------------------------------------------------------------
k = "undo"
c.case(k, "porto", S("tira tudo da quinta-feira"), go("sim"), S("ops, desfaz isso", Type(DONE), Changed()), final=(Same(),))
c.case(k, "porto", S("a ribeira vai pro último dia"), go("sim"), S("não não, volta como tava", Type(DONE), Changed()), final=(Same(),))

# ---- show -----------------------------------------------------------------------------------
k = "show"
c.still(k, "porto", "o que rola na quinta?", Says("Sé do Porto", "Casa da Francesinha"), NotSays("Livraria Lello"))
c.still(k, "porto", "manda aí o roteiro completo", Says("Livraria Lello", "Cais de Gaia", "Museu de Serralves"))

# ---- plan -----------------------------------------------------------------------------------
c.case("plan", "hadibo", S("tô pensando em passar 2 dias em Jaipur, me monta um roteiro com palácios e comida vegetariana?", Type(DONE, CONF)), yes("sim"), final=(Plan("jaipur", 2, (("palace",), ("vegetarian",))),))

# ---- explain --------------------------------------------------------------------------------
k = "explain"
c.still(k, "porto", "vale a pena o palácio da bolsa?", Says("Palácio da Bolsa"))
c.still(k, "porto", "que horas fecha a livraria lello?", Says("Livraria Lello"))

# ---- book -----------------------------------------------------------------------------------
k = "book"
c.case(k, "porto",
       S("marca uma mesa na tasca do cais pra 3 à uma da tarde", Type(CONF, SEL, INPUT), When(CONF, Says("Tasca do Cais")), NoBooking()),
       go("sim", "1", answer="3 pessoas à 1 da tarde"), go("sim", "1", answer="3 pessoas à 1 da tarde"),
       final=(Booked("Tasca do Cais", party=3, at="13:00"),))
c.case(k, "porto",
       S("adiciona a Adega do Douro no jantar de sábado"), go("sim", "Adega do Douro"),
       S("reserva lá pra nós dois às oito e meia", Type(CONF, SEL, INPUT), When(CONF, SaysLast()), NoBooking()),
       go("sim", "1", answer="2 pessoas às 20h30"), go("sim", "1", answer="2 pessoas às 20h30"),
       final=(Booked(party=2, at="20:30"),))

# ---- expert ---------------------------------------------------------------------------------
c.case("expert", "porto", S("conhecem algum guia daqui que faça passeio pelo douro?", Same()), go("sim", answer="vinho e história"), final=(Lead(),))

# ---- help -----------------------------------------------------------------------------------
c.still("help", "porto", "como é que isto funciona afinal?", NoDump())

# ---- multi: two requests in one message -------------------------------------------------------
k = "multi"
c.case(k, "porto", S("tira o palácio da bolsa e põe a torre dos clérigos às 10h"), go("sim"), go("sim"), go("sim"),
       final=(Removed("Palácio da Bolsa"), Retimed("Torre dos Clérigos", "10:00", alone=False)))
c.case(k, "porto", S("no dia 5 quero uma praia de manhã e à noite um restaurante de frutos do mar"), go("sim"), go("sim"), go("sim"),
       final=(Added(5, ("beach",), between=MORNING, only=False), Added(5, ("seafood",), between=EVENING, only=False), NewCount(2)))

# ---- referent: "esse", "ela", "ele" ------------------------------------------------------------
k = "referent"
c.case(k, "porto", S("adiciona o Café Galeria no dia 5"), go("sim", "Café Galeria"), S("esse abre a que horas?", Type(DONE), Same(), SaysLast()))
c.case(k, "porto", S("coloca uma pizzaria no jantar do dia 3"), go("sim"), S("muda ela pras 21h", Type(DONE, CONF)), go("sim"),
       final=(Retimed(None, "21:00"),))
c.case(k, "porto", S("adiciona o jardim botânico no dia 5"), go("sim", "Jardim Botânico do Porto"), S("e passa ele pro sábado de manhã", Type(DONE, CONF)), go("sim"),
       final=(Moved(None, 6),))

# ---- duplicate ------------------------------------------------------------------------------
c.case("duplicate", "porto", S("bota a torre dos clerigo no primeiro dia tb", Same(), Type(*ASKS, DONE, ERR), Says("Torre dos Clérigos")))

# ---- clash ----------------------------------------------------------------------------------
c.case("clash", "porto", S("quero o jardim das virtudes no dia 2 às 10h", Type(SEL, DONE, CONF)), go("sim", "Jardim das Virtudes"), go("sim", "Jardim das Virtudes"),
       final=(ClashHandled(2, "10:00", ("park", "viewpoint")),))

# ---- slot fill ------------------------------------------------------------------------------
c.add("porto", "arranja-me um sítio para almoçar no dia 3, de preferência peixe", day=3, terms=("seafood", "fish"), slot="Lunch", kind="slot_fill")

# ---- social, info ---------------------------------------------------------------------------
c.still("social", "porto", "valeu demais, tu é fera! 👏", NoDump(), Short())
c.chat("info", "porto", "precisa de casaco em dezembro aí?")

# ---- choice: replies to cards ---------------------------------------------------------------
c.case("choice", "porto", S("me mostra umas opções de café pro dia 5", Type(SEL)), S("fico com o segundo", Type(DONE), Chose(1)))

# ---- locale: written in Portuguese by a traveler whose stored locale is Spanish ------------
c.case("locale", "porto", S("pode tirar a ribeira do roteiro", Type(DONE, CONF)), go("sim"), final=(Removed("Ribeira"),), locale="es")

CASES = c.cases
