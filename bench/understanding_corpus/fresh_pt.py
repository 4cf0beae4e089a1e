"""Fresh held-out Portuguese cases (`--fresh`): Brazil and Portugal, typed fast, with "vc",
"pq", "tb", no accents, written blind to the parser. They only measure; nothing is tuned on them.

Demo trips start on Monday 2026-12-07 (Mumbai: today), so "segunda" is day 1, "quinta" day 4,
"sexta" day 5 and "sábado" day 6; see fixtures.py for what each day holds.
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    INPUT,
    SEL,
    AnyOf,
    Cards,
    Changed,
    Check,
    Same,
    Says,
    SaysLast,
    Type,
    Warned,
    When,
)
from bench.understanding_corpus.item_checks import (
    Added,
    Chose,
    ClashHandled,
    Removed,
    Replaced,
)
from bench.understanding_corpus.places import CHEAP, FAMILY, ROMANTIC, ROOFTOP, TOP_RATED, VEGGIE
from bench.understanding_corpus.spec import (
    BREAKFAST,
    DINNER,
    EVENING,
    LUNCH,
    Corpus,
    S,
    go,
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

c = Corpus("pt", "f")
EDITS = (DONE, CONF, SEL)
PT = "pt"


def edit(kind: str, trip: str, text: str, *final: Check, yes: str = "sim") -> None:
    """A request that changes the trip: done at once, or after a confirmation or a pick."""
    c.case(kind, trip, S(text, Type(*EDITS)), go(yes), final=final, locale=PT)


def undone(trip: str, first: str, undo: str) -> None:
    """A change, then taking it back: the trip ends as it started."""
    c.case(
        "undo",
        trip,
        S(first, Type(*EDITS), When(DONE, Changed())),
        go("sim"),
        S(undo, Type(DONE)),
        final=(Same(),),
        locale=PT,
    )


def duplicate(trip: str, text: str, name: str) -> None:
    """Adding what the trip already has: asked, warned, or told so, and nothing changed."""
    c.case(
        "duplicate",
        trip,
        S(text, AnyOf((Type(CONF, SEL), Same()), Warned(), (Same(), Says(name)))),
        locale=PT,
    )


def choice(trip: str, text: str, terms: tuple[str, ...], answer: str, index: int, day: int) -> None:
    """Asking for options, then choosing one of the cards in words."""
    c.case(
        "choice",
        trip,
        S(text, Type(SEL), Cards(terms)),
        S(answer, Type(DONE), Chose(index)),
        final=(Added(day, terms),),
        locale=PT,
    )


# ---- add: a named place or a kind of place -------------------------------------------------
c.add("porto", "da pra incluir a capela das almas na quinta?", day=4, name="Capela das Almas",
      locale=PT)
c.add("porto", "bota a casa da musica no sabado", day=6, name="Casa da Música", locale=PT)
c.add("goa", "quero ir no forte dos reis magos no dia 4", day=4, name="Reis Magos Fort",
      locale=PT)
c.add("edinburgh", "acrescenta o palace of holyroodhouse na quinta", day=4,
      name="Palace of Holyroodhouse", locale=PT)
c.add("porto", "põe um miradouro no ultimo dia", day=6, terms="viewpoint", locale=PT)
c.add("kyoto", "adiciona o ginkaku-ji na segunda", day=1, name="Ginkaku-ji", locale=PT)

# ---- add_slots ----------------------------------------------------------------------------
c.add("porto", "jantar na sexta, algo com polvo", day=5, terms="octopus", between=DINNER,
      kind="add_slots", locale=PT)
c.add("porto", "almoço no sabado tipo meio-dia e meia", day=6, terms=("restaurant", "cafe"),
      at="12:30", kind="add_slots", locale=PT)
c.add("goa", "as 8 da noite do dia 4 um jantar goês", day=4, terms="goan", at="20:00",
      kind="add_slots", locale=PT)
c.add("mumbai", "amanhã no cafe da manha queria um irani chai", day=2, terms="irani chai",
      between=BREAKFAST, kind="add_slots", locale=PT)
c.add("edinburgh", "lanche da tarde na quinta la pelas 4", day=4,
      terms=("cafe", "tea", "cake", "scones"), between=("15:30", "16:30"), kind="add_slots",
      locale=PT)

# ---- wishes -------------------------------------------------------------------------------
c.add("porto", "algum lugar baratinho pra almoçar no dia 5", day=5,
      terms=("restaurant", "cafe", "bakery"), wish=CHEAP, between=LUNCH, kind="wishes",
      locale=PT)
c.add("goa", "minha esposa é vegetariana, acha um lugar pro almoço do dia 3", day=3,
      terms=("restaurant", "cafe"), wish=VEGGIE, between=LUNCH, kind="wishes", locale=PT)
c.add("porto", "um lugar romantico pra jantar no sabado ❤️", day=6, wish=ROMANTIC,
      between=DINNER, kind="wishes", locale=PT)
c.add("jaipur", "um rooftop pro por do sol no dia 3", day=3, wish=ROOFTOP, between=EVENING,
      kind="wishes", locale=PT)
c.add("goa", "algo bom pras crianças no dia 4", day=4, wish=FAMILY, kind="wishes", locale=PT)
c.add("porto", "o restaurante mais bem avaliado pra sexta a noite", day=5, terms="restaurant",
      wish=TOP_RATED, between=DINNER, kind="wishes", locale=PT)

# ---- remove -------------------------------------------------------------------------------
edit("remove", "porto", "tira a torre dos clerigos", Removed("Torre dos Clérigos"))
edit("remove", "goa", "a gente nao curte muito igreja, tira a basilica",
     Removed("Basilica of Bom Jesus"))
edit("remove", "porto", "remove a estação de sao bento", Removed("São Bento Station"))
edit("remove", "kyoto", "pode apagar o ryoan-ji", Removed("Ryoan-ji"))

# ---- clear a day --------------------------------------------------------------------------
edit("clear", "porto", "limpa a quarta", Cleared(3), yes="pode")
edit("clear", "goa", "esvazia o dia 2 pfv", Cleared(2), yes="isso")

# ---- move to another day ------------------------------------------------------------------
edit("move", "porto", "passa a se pro dia 5", Moved("Sé do Porto", 5))
edit("move", "porto", "joga a ribeira pro sabado", Moved("Ribeira", 6))
edit("move", "goa", "leva a praia de anjuna pro ultimo dia", Moved("Anjuna Beach", 4))
edit("move", "edinburgh", "o calton hill fica melhor no dia seguinte", Moved("Calton Hill", 3))

# ---- retime -------------------------------------------------------------------------------
edit("retime", "porto", "a livraria lello as 10 em vez das 9 e meia",
     Retimed("Livraria Lello", "10:00"))
edit("retime", "porto", "o palacio da bolsa pode ser as 10 e meia?",
     Retimed("Palácio da Bolsa", "10:30"))
edit("retime", "goa", "o forte aguada às 11h", Retimed("Fort Aguada", "11:00"))
edit("retime", "mumbai", "marine drive as sete da noite", Retimed("Marine Drive", "19:00"))

# ---- replace ------------------------------------------------------------------------------
edit("replace", "porto", "troca a tasca do cais por um sushi",
     Replaced("Tasca do Cais", 1, ("sushi",)))
edit("replace", "goa", "em vez do casa xacuti, algo vegetariano",
     Replaced("Casa Xacuti", 1, (), VEGGIE))
edit("replace", "porto", "substitui a marisqueira por uma pizzaria",
     Replaced("Marisqueira da Foz", 2, ("pizza",)))

# ---- swap days ----------------------------------------------------------------------------
edit("swap_days", "porto", "quero fazer o dia 2 antes do dia 1, troca eles", Swapped(1, 2))
edit("swap_days", "goa", "inverte segunda e quarta", Swapped(1, 3))

# ---- trip: days and dates -----------------------------------------------------------------
edit("trip", "porto", "adiciona mais um dia no fim", Days(7))
edit("trip", "goa", "tira o ultimo dia", Days(3), yes="pode tirar")
edit("trip", "porto", "a viagem agora começa dia 14 de dezembro", Start("2026-12-14"))
edit("trip", "goa", "adia tudo dois dias", Start("2026-12-09"))

# ---- undo ---------------------------------------------------------------------------------
undone("porto", "remove a ribeira do roteiro", "desfaz")
undone("goa", "adiciona o mercado de panjim no dia 4", "volta como tava")
undone("kyoto", "limpa o dia 3", "opa, desfaz isso aí")

# ---- show a day ---------------------------------------------------------------------------
c.still("show", "porto", "o que tem na quinta?", Says("Sé do Porto", "Casa da Francesinha"),
        locale=PT)
c.still("show", "goa", "me mostra o dia 2", Says("Fort Aguada", "Anjuna Beach"), locale=PT)
c.still("show", "mumbai", "oq tem pra amanhã?", Says("Elephanta Caves"), locale=PT)

# ---- plan a new trip ----------------------------------------------------------------------
c.case("plan", "blank", S("monta um roteiro de 2 dias em kyoto pra gente",
                          Type(DONE, CONF, INPUT)), go("sim"),
       final=(Plan("kyoto", 2),), locale=PT)
c.case("plan", "goa", S("faz um plano novo: 3 dias no porto", Type(CONF, DONE)), go("pode"),
       final=(Plan("porto", 3),), locale=PT)
c.case("plan", "porto", S("cria um roteiro de 4 dias em edimburgo", Type(CONF), Same()),
       S("nao, deixa quieto", Type(DONE)), final=(Same(),), locale=PT)

# ---- explain a place ----------------------------------------------------------------------
c.still("explain", "porto", "o que é o palacio da bolsa?", Says("Palácio da Bolsa"), locale=PT)
c.still("explain", "goa", "me fala sobre fontainhas", Says("Fontainhas Latin Quarter"), locale=PT)

# ---- book a table -------------------------------------------------------------------------
c.case("book", "porto", S("reserva uma mesa na marisqueira da foz pra 2 as 8",
                          Type(CONF, DONE, INPUT)), go("manda", answer="2"),
       final=(Booked("Marisqueira da Foz", 2, "20:00"),), locale=PT)
c.case("book", "goa", S("quero reservar o vindaloo & vinho pra 4 pessoas",
                        Type(CONF, DONE, INPUT)), go("sim, pode", answer="4"),
       final=(Booked("Vindaloo & Vinho", 4),), locale=PT)
c.case("book", "porto", S("reserva a tasca do cais pra 3", Type(CONF, INPUT), Same()),
       S("nao, esquece", Type(DONE)), final=(NoBooking(),), locale=PT)

# ---- a local expert -----------------------------------------------------------------------
c.case("expert", "porto", S("tem algum guia local que possa me ajudar?",
                            Type(DONE, CONF, INPUT)), go("sim"), final=(Lead(),), locale=PT)
c.case("expert", "goa", S("queria falar com um especialista de goa", Type(DONE, CONF, INPUT)),
       go("quero"), final=(Lead(),), locale=PT)

# ---- help ---------------------------------------------------------------------------------
c.chat("help", "porto", "como funciona isso?", locale=PT)
c.chat("help", "goa", "o que vc faz?", locale=PT)

# ---- two requests in one message ----------------------------------------------------------
edit("multi", "porto", "tira a torre dos clerigos e poe o jardim do morro no dia 5",
     Removed("Torre dos Clérigos"), Added(5, name="Jardim do Morro", only=False))
edit("multi", "goa", "muda o forte aguada pro dia 4 e a basilica pras 10",
     Moved("Fort Aguada", 4, alone=False),
     Retimed("Basilica of Bom Jesus", "10:00", alone=False))
edit("multi", "porto", "limpa o dia 3 e troca o dia 1 com o 2",
     Cleared(3, others=False), Swapped(1, 2))
edit("multi", "kyoto", "remove o kinkaku-ji e adiciona o tenryu-ji no dia 3",
     Removed("Kinkaku-ji"), Added(3, name="Tenryu-ji", only=False))

# ---- referents ----------------------------------------------------------------------------
c.case("referent", "porto",
       S("horta vegana no dia 5", Type(*EDITS), When(DONE, Changed())), go("sim"),
       S("e que horas abre?", Type(DONE), SaysLast()), locale=PT)
c.case("referent", "goa",
       S("cantina feni no dia 3 a noite", Type(*EDITS), When(DONE, Changed())), go("sim"),
       S("passa pro dia 4", Type(DONE, CONF)), go("sim"),
       final=(Moved("Cantina Feni", 4),), locale=PT)
c.case("referent", "porto",
       S("cafe galeria sexta de manha", Type(*EDITS), When(DONE, Changed())), go("sim"),
       S("tira ele", Type(DONE, CONF)), go("sim"),
       final=(Same(),), locale=PT)

# ---- duplicates and clashes ---------------------------------------------------------------
duplicate("porto", "adiciona a livraria lello no sabado", "Livraria Lello")
duplicate("goa", "põe o fort aguada no dia 3", "Fort Aguada")
c.case("clash", "porto", S("quero o mercado do bolhao na terça as 10",
                           Type(DONE, CONF, SEL, INPUT)),
       go("sim", answer="depois entao"),
       final=(ClashHandled(2, "10:00", ("market",)),), locale=PT)
c.case("clash", "goa", S("bota o museu do estado no dia 1 as 4 da tarde",
                         Type(DONE, CONF, SEL, INPUT)),
       go("sim", answer="as 3 entao"),
       final=(ClashHandled(1, "16:00", ("museum",)),), locale=PT)

# ---- slot_fill ----------------------------------------------------------------------------
c.add("porto", "pro pequeno-almoço de quinta, pastel de nata", day=4, terms="pastel de nata",
      slot="Breakfast", kind="slot_fill", locale=PT)
c.add("porto", "preenche o almoço de quarta com algo tipico", day=3,
      terms=("portuguese", "traditional"), slot="Lunch", kind="slot_fill", locale=PT)

# ---- social -------------------------------------------------------------------------------
c.chat("social", "porto", "oii tudo bem?", locale=PT)
c.chat("social", "goa", "valeu, ficou show!", locale=PT)
c.add("porto", "bom dia! sera que dava pra colocar uma praia no dia 5?", day=5, terms="beach",
      kind="social", locale=PT)

# ---- info ---------------------------------------------------------------------------------
c.still("info", "porto", "a torre dos clerigos abre que horas?", Says("Torre dos Clérigos"),
        locale=PT)
c.still("info", "goa", "o fort aguada fecha a que horas?", Says("Fort Aguada"), locale=PT)

# ---- choice -------------------------------------------------------------------------------
choice("porto", "me da opções de café pra sexta de manha", ("coffee", "cafe"), "o segundo", 1, 5)
choice("goa", "quais praias vc sugere pro dia 4?", ("beach",), "a ultima", -1, 4)
choice("kyoto", "opções de ramen pro dia 3", ("ramen",), "quero o primeiro", 0, 3)

# ---- locale: Portuguese typed by a traveler whose profile says otherwise --------------------
c.add("porto", "adiciona um bar de vinho no dia 5 a noite", day=5, terms=("wine", "port wine"),
      between=EVENING, kind="locale", locale="en")
c.still("locale", "goa", "o que tem no dia 3?", Says("Fontainhas Latin Quarter"), locale="es")

CASES = c.cases
