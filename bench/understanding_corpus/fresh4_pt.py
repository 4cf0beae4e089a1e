"""Fifth fresh held-out set (pt), written blind to the parser: it only measures.

Written blind on 2026-12-07 and never tuned on: nobody may read these messages to fix the
parser. They are how travelers type to a travel assistant on their phone: mostly from Brazil
(São Paulo, Rio, Minas, Bahia, Pernambuco, Rio Grande do Sul, Paraná: vc, q, pq, tb, pra, hj,
blz, "amanha" without the accent, "bah", "uai", "oxe", "tri"), some from Portugal (queria,
podes, sítio, tira-me, se faz favor, pequeno-almoço) and Angola ("bué", "mano"). They carry
weekdays and ordinal days, "às 20h", "8 da manhã", meals (café da manhã, almoço, janta),
wishes (barato, vegetariano, pra criança, rooftop, bem avaliado), two requests at once,
asides, corrections mid-message, "esse"/"ele" for what was just added, and replies to the
bot's cards and questions ("o segundo", "pode", "esse mesmo"). Each case checks outcomes only
(the itinerary, the answer's type, the reply's language) and accepts every reasonable path.
The traveler's stored locale is Portuguese unless `locale` says otherwise; the reply must
follow the language they write in.

The trips start on Monday 2026-12-07 (segunda = day 1, quinta = day 4, sábado = day 6),
except Mumbai, which starts today (hoje = day 1, amanhã = day 2, quarta = day 3).
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    INPUT,
    PART,
    SEL,
    AnyOf,
    Cards,
    Changed,
    Check,
    NoDump,
    Same,
    Says,
    SaysLast,
    Short,
    Type,
    Warned,
    When,
)
from bench.understanding_corpus.item_checks import (
    Added,
    Chose,
    ClashHandled,
    NewCount,
    NoLoss,
    Removed,
    Replaced,
)
from bench.understanding_corpus.places import (
    CHEAP,
    FAMILY,
    ROOFTOP,
    TOP_RATED,
    VEGGIE,
    Wish,
)
from bench.understanding_corpus.spec import (
    AFTERNOON,
    DINNER,
    EVENING,
    LUNCH,
    MORNING,
    Corpus,
    If,
    S,
    go,
    pick,
    yes,
)
from bench.understanding_corpus.trip_checks import (
    Booked,
    Cleared,
    Days,
    Lead,
    Moved,
    Plan,
    Retimed,
    Start,
    Swapped,
)

c = Corpus("pt", "f4")

MEAL = ("restaurant", "cafe", "bakery")  # what may fill a meal slot
CHEAP_VEGGIE = Wish(max_price=1, keywords=VEGGIE.keywords)


def add(
    trip: str,
    text: str,
    *,
    day: int,
    terms: tuple[str, ...] | str = (),
    wish: Wish | None = None,
    between: tuple[str, str] | None = None,
    at: str | None = None,
    slot: tuple[str, ...] | str | None = None,
    name: str | None = None,
    kind: str = "add",
    locale: str = "pt",
) -> None:
    """'add X': cards then the first one, or added at once; then X is on the trip as asked."""
    c.add(
        trip,
        text,
        day=day,
        terms=terms,
        wish=wish,
        between=between,
        at=at,
        slot=slot,
        name=name,
        kind=kind,
        locale=locale,
    )


def edit(
    kind: str, trip: str, text: str, *final: Check, ok: str = "sim", locale: str = "pt"
) -> None:
    """A change done at once, or confirmed first (nothing changes before the yes)."""
    c.case(
        kind,
        trip,
        S(text, Type(DONE, CONF), When(CONF, Same())),
        yes(ok),
        final=final,
        locale=locale,
    )


def flow(
    kind: str,
    trip: str,
    text: str,
    *final: Check,
    first: tuple[Check, ...] = (),
    ok: str = "sim",
    choose: str = "1",
    answer: str | None = None,
    locale: str = "pt",
) -> None:
    """Done at once, or cards / a confirmation / a question first: the traveler goes along
    (the first card, "sim", or `answer`) up to twice; `final` holds in the end."""
    c.case(
        kind,
        trip,
        S(text, *(first or (Type(DONE, SEL, CONF, INPUT, PART),))),
        go(ok, choose, answer=answer),
        go(ok, choose, answer=answer),
        final=final,
        locale=locale,
    )


def swap_for(
    trip: str,
    text: str,
    old: str,
    day: int,
    terms: tuple[str, ...] = (),
    wish: Wish | None = None,
    locale: str = "pt",
) -> None:
    """'replace X with a Y': cards (all fitting), a confirmation, or done; X gone, a Y there."""
    flow(
        "replace",
        trip,
        text,
        Replaced(old, day, terms, wish),
        first=(
            Type(DONE, SEL, CONF),
            When(SEL, Same(), Cards(terms, wish)),
            When(CONF, Same()),
        ),
        locale=locale,
    )


def choice(
    trip: str,
    text: str,
    answer: str,
    index: int,
    *,
    day: int,
    terms: tuple[str, ...] = (),
    wish: Wish | None = None,
    least: int = 2,
    locale: str = "pt",
) -> None:
    """Asked for options: cards (at least `least`), then a pick by ordinal or number."""
    c.case(
        "choice",
        trip,
        S(text, Type(SEL), Same(), Cards(terms, wish, min=least)),
        If(SEL, answer, Type(DONE), Chose(index)),
        final=(Added(day, terms, wish),),
        locale=locale,
    )


def undone(trip: str, text: str, undo: str, *, locale: str = "pt") -> None:
    """A change (done, or after cards / a yes), then 'undo it': the trip is as it was."""
    c.case(
        "undo",
        trip,
        S(text, Type(DONE, SEL, CONF), When(DONE, Changed()), When((SEL, CONF), Same())),
        go("sim", "1", Type(DONE), Changed()),
        S(undo, Type(DONE, CONF)),
        yes("sim"),
        final=(Same(),),
        locale=locale,
    )


def duplicate(trip: str, text: str, name: str, locale: str = "pt") -> None:
    """Adding what is already on the trip: asked first, or warned, or told it is there."""
    c.case(
        "duplicate",
        trip,
        S(
            text,
            AnyOf(
                (Type(CONF, SEL, INPUT), Same()),
                (Type(DONE), Changed(), Warned()),
                (Type(DONE), Same(), Says(name)),
            ),
        ),
        locale=locale,
    )


def clash(
    trip: str, text: str, day: int, busy: str, terms: tuple[str, ...], locale: str = "pt"
) -> None:
    """Adding at a time that is taken: placed elsewhere, or placed there with a warning or a
    question first; nothing already planned is lost."""
    c.case(
        "clash",
        trip,
        S(text, Type(DONE, SEL, CONF, INPUT)),
        go("pode sim", "1", answer="pode ser no horário livre mais perto"),
        go("pode sim", "1", answer="pode ser no horário livre mais perto"),
        final=(ClashHandled(day, busy, terms), NoLoss()),
        locale=locale,
    )


def missing(trip: str, text: str, answer: str, *final: Check, locale: str = "pt") -> None:
    """A request missing something only the traveler knows: asked (nothing changed), answered."""
    c.case(
        "slot_fill",
        trip,
        S(text, Type(INPUT, SEL, CONF), Same()),
        go("sim", answer, answer=answer),  # a which-day question may come as options
        go("sim", answer, answer=answer),
        final=final,
        locale=locale,
    )


def show(trip: str, text: str, *names: str, kind: str = "show", locale: str = "pt") -> None:
    """A question about the plan: answered with those names, nothing changed."""
    c.still(kind, trip, text, Says(*names), locale=locale)


# ---- add ---------------------------------------------------------------------------------

add("kyoto", "coloca um lugar de ramen no dia 2... ah não, no dia 3 pfv", day=3, terms=("ramen",))
add(
    "edinburgh",
    "quero ir no Palace of Holyroodhouse na quinta de manhã",
    day=4,
    name="Palace of Holyroodhouse",
    between=MORNING,
)
add("goa", "bota uma praia no dia 4, de preferência uma mais tranquila", day=4, terms=("beach",))
add(
    "porto",
    "adiciona o mercado do bolhao na sexta de manha",
    day=5,
    name="Mercado do Bolhão",
    between=MORNING,
)
add(
    "bogota",
    "Oi! Quero conhecer a Quinta de Bolívar, coloca no dia 3 por favor",
    day=3,
    name="Quinta de Bolívar",
)
add(
    "cartagena",
    "add um museu no dia 4 pq a previsão diz q vai chover kkk",
    day=4,
    terms=("museum",),
)
add(
    "jaipur",
    "uai, coloca o Albert Hall Museum no terceiro dia à tarde",
    day=3,
    name="Albert Hall Museum",
    between=AFTERNOON,
)
add("hadibo", "adiciona um restaurante de sushi no dia 2", day=2, terms=("sushi",))
add(
    "porto",
    "Boa tarde. Queria acrescentar uma visita à Igreja do Carmo no segundo dia, se faz favor.",
    day=2,
    name="Igreja do Carmo",
)
add(
    "edinburgh",
    "me coloca um fish and chips pro almoço do dia 3",
    day=3,
    terms=("fish and chips",),
    between=LUNCH,
    locale="en",
)

# ---- add_slots: the open meal slots -------------------------------------------------------

add(
    "kyoto",
    "preenche o almoço do dia 1 pra mim, qualquer coisa serve",
    day=1,
    terms=MEAL,
    slot="Lunch",
    kind="add_slots",
)
add(
    "edinburgh",
    "o café da manhã do dia 2 tá vazio né? acha uma padaria ou cafeteria ali",
    day=2,
    terms=("bakery", "cafe"),
    slot="Breakfast",
    kind="add_slots",
)
add(
    "cartagena",
    "escolhe um restaurante pro almoço de terça",
    day=2,
    terms=MEAL,
    slot="Almuerzo",
    kind="add_slots",
)
add(
    "porto",
    "Para o jantar de quarta quero um sítio de marisco",
    day=3,
    terms=("seafood",),
    slot="Dinner",
    kind="add_slots",
)
add(
    "bogota",
    "bah, a janta do dia 2 ainda tá sem nada. bota uma comida colombiana típica",
    day=2,
    terms=("colombian",),
    slot="Dinner",
    kind="add_slots",
)

# ---- wishes -------------------------------------------------------------------------------

add(
    "porto",
    "qro um restaurnte vegetariano no dia 5",
    day=5,
    terms=("restaurant",),
    wish=VEGGIE,
    kind="wishes",
)
add(
    "jaipur",
    "quero um rooftop pra ver o pôr do sol no dia 1",
    day=1,
    terms=("bar", "restaurant", "cafe"),
    wish=ROOFTOP,
    kind="wishes",
)
add(
    "edinburgh",
    "tem algum lugar baratinho pra jantar na quinta? a grana tá curta",
    day=4,
    terms=MEAL,
    wish=CHEAP,
    between=DINNER,
    kind="wishes",
)
add(
    "kyoto",
    "algum lugar legal pra levar criança no dia 3? meus filhos já tão de saco cheio de templo",
    day=3,
    wish=FAMILY,
    kind="wishes",
)
add(
    "bogota",
    "coloca um café bem avaliado no dia 3 de manhã, daqueles de café especial",
    day=3,
    terms=("coffee", "cafe"),
    wish=TOP_RATED,
    between=MORNING,
    kind="wishes",
)
add(
    "goa",
    "oxe, quero um almoço barato e vegetariano no dia 2",
    day=2,
    terms=MEAL,
    wish=CHEAP_VEGGIE,
    slot="Lunch",
    kind="wishes",
)

# ---- remove -------------------------------------------------------------------------------

edit("remove", "kyoto", "tira o Ryoan-ji", Removed("Ryoan-ji", 1))
edit(
    "remove",
    "edinburgh",
    "pode remover o Greyfriars Kirkyard do dia 2? cemitério não é minha praia rs",
    Removed("Greyfriars Kirkyard", 2),
)
edit("remove", "goa", "cancela o fort aguada", Removed("Fort Aguada", 2), ok="bora")
edit(
    "remove",
    "porto",
    "Tira-me a Torre dos Clérigos, já lá estive da última vez.",
    Removed("Torre dos Clérigos", 1),
)
edit(
    "remove",
    "jaipur",
    "nao vamos mais jantar no Haveli Rooftop Kitchen, remove ele por favor",
    Removed("Haveli Rooftop Kitchen", 2),
)
edit(
    "remove",
    "cartagena",
    "exclui o castelo do dia 1, o San Felipe",
    Removed("Castillo San Felipe de Barajas", 1),
)

# ---- clear --------------------------------------------------------------------------------

edit(
    "clear",
    "jaipur",
    "limpa o dia 3 inteiro, vou ficar descansando no hotel",
    Cleared(3),
    ok="pode apagar",
)
edit("clear", "bogota", "apaga tudo do primeiro dia, chego mto cansado do voo", Cleared(1))
edit("clear", "porto", "Quero o sábado livre, podes tirar tudo desse dia?", Cleared(6))

# ---- move ---------------------------------------------------------------------------------

edit("move", "kyoto", "passa o Nijo Castle pro dia 1", Moved("Nijo Castle", 1))
edit("move", "bogota", "joga o Museu Botero pra quinta", Moved("Museo Botero", 4), ok="isso")
edit(
    "move",
    "edinburgh",
    "o Calton Hill fica mais bonito no pôr do sol, muda ele pro dia 3",
    Moved("Calton Hill", 3),
)
edit("move", "goa", "move a praia de anjuna pro último dia", Moved("Anjuna Beach", 4))
edit(
    "move",
    "mumbai",
    "a Marine Drive eu quero ver hj, não amanhã",
    Moved("Marine Drive", 1),
)

# ---- retime -------------------------------------------------------------------------------

edit("retime", "kyoto", "muda o Kamogawa Kaiseki pras 20h", Retimed("Kamogawa Kaiseki", "20:00"))
edit(
    "retime",
    "edinburgh",
    "o jantar no Thistle pode ser às 19h30... não pera, 20h é melhor",
    Retimed("Thistle", "20:00"),
)
edit(
    "retime",
    "porto",
    "passa o Cais Port Wine Lodge pras 16h30",
    Retimed("Cais Port Wine Lodge", "16:30"),
)
edit(
    "retime",
    "jaipur",
    "amber fort as 8 da manha pfv, pra fugir do calor",
    Retimed("Amber Fort", "08:00"),
)
edit(
    "retime",
    "goa",
    "Vindaloo & Vinho às 8 da noite em vez de 19h30",
    Retimed("Vindaloo", "20:00"),
)

# ---- replace ------------------------------------------------------------------------------

swap_for(
    "kyoto",
    "troca o Menya Kurogane por um lugar de udon ou soba",
    "Menya Kurogane",
    2,
    ("udon", "soba"),
)
swap_for(
    "jaipur",
    "já fui no Marwar Thali Haveli da outra vez, troca por outro restaurante vegetariano",
    "Marwar Thali Haveli",
    1,
    ("restaurant",),
    VEGGIE,
)
swap_for(
    "edinburgh",
    "substitui o Canongate Kitchen por um indiano",
    "Canongate Kitchen",
    2,
    ("indian",),
)
swap_for(
    "porto",
    "em vez da Casa da Francesinha quero comer sushi nesse dia",
    "Casa da Francesinha",
    4,
    ("sushi",),
)
swap_for(
    "cartagena",
    "Troca a Playa de Bocagrande por outra praia, me disseram q fica lotada",
    "Playa de Bocagrande",
    3,
    ("beach",),
)

# ---- swap_days ----------------------------------------------------------------------------

edit("swap_days", "kyoto", "inverte o dia 1 com o dia 3", Swapped(1, 3))
edit("swap_days", "porto", "Troca-me a sexta com o sábado", Swapped(5, 6), ok="Sim, se faz favor")
edit(
    "swap_days",
    "mumbai",
    "dá pra trocar a programação de amanhã com a de quarta?",
    Swapped(2, 3),
)

# ---- trip: length and dates ---------------------------------------------------------------

edit(
    "trip",
    "kyoto",
    "consegui mais um dia de folga!! acrescenta um dia no fim da viagem",
    Days(4),
    ok="bora!!",
)
edit(
    "trip",
    "goa",
    "o último dia vai ser só aeroporto, pode tirar ele da viagem",
    Days(3),
)
edit(
    "trip",
    "edinburgh",
    "mudaram nosso voo, a gente só chega na terça dia 8. dá pra viagem começar nesse dia?",
    Start("2026-12-08"),
    Days(5),
)
edit(
    "trip",
    "jaipur",
    "a viagem agora vai ser de 4 dias em vez de 3",
    Days(4),
    locale="en",
)

# ---- undo ---------------------------------------------------------------------------------

undone("kyoto", "tira o Sanjusangen-do", "ih, foi sem querer, desfaz")
undone("porto", "adiciona a Capela das Almas no dia 4", "não, volta atrás")
undone("goa", "move a Casa Xacuti pro dia 3", "desfaz a última alteração pfv")

# ---- show ---------------------------------------------------------------------------------

show("kyoto", "o que tem no dia 2 mesmo?", "Fushimi Inari", "Kiyomizu-dera")
show("porto", "Mostra-me o plano todo", "Livraria Lello", "Museu de Serralves", "Cais de Gaia")
show("bogota", "oq tenho na quarta?", "Jardín Botánico", "Distrito Grafiti")
show("mumbai", "o que tá marcado pra hoje?", "Gateway of India", "Konkan Coast Kitchen")

# ---- plan ---------------------------------------------------------------------------------

flow(
    "plan",
    "blank",
    "monta um roteiro de 2 dias em Kyoto pra mim, curto templos e comida de rua",
    Plan("kyoto", 2, includes=(("temple",),)),
)
flow("plan", "goa", "planeja o dia 4 pra mim, alguma coisa mais tranquila", Plan("goa", 4))
flow(
    "plan",
    "edinburgh",
    "o dia 4 tá vazio, monta uma programação pra ele",
    Plan("edinburgh", 5),
)

# ---- explain ------------------------------------------------------------------------------

show("kyoto", "me conta mais sobre o Fushimi Inari", "Fushimi Inari", kind="explain")
show("jaipur", "pq o Jantar Mantar é tão famoso?", "Jantar Mantar", kind="explain")
show("porto", "O que é o Palácio da Bolsa? Vale a pena?", "Palácio da Bolsa", kind="explain")
c.still("explain", "cartagena", "mano, o dia 1 não está bué cheio?", locale="pt")

# ---- info ---------------------------------------------------------------------------------

show("bogota", "que horas abre o Museo del Oro?", "Museo del Oro", kind="info")
show("edinburgh", "o Edinburgh Castle é caro?", "Edinburgh Castle", kind="info")
show("goa", "a Casa Xacuti é bem avaliada?", "Casa Xacuti", kind="info")

# ---- book ---------------------------------------------------------------------------------

flow(
    "book",
    "porto",
    "reserva uma mesa pra 4 no Marisqueira da Foz",
    Booked("Marisqueira da Foz", party=4),
    answer="somos 4, às 20h",
)
flow(
    "book",
    "kyoto",
    "consegue reservar o Kamogawa Kaiseki pra 2 pessoas às 19h?",
    Booked("Kamogawa Kaiseki", party=2, at="19:00"),
    answer="2 pessoas às 19h",
)
flow(
    "book",
    "edinburgh",
    "quero reservar o Thistle & Stag pra nós 3",
    Booked("Thistle", party=3),
    answer="3 pessoas, 19h",
)
flow(
    "book",
    "cartagena",
    "faz uma reserva na La Cevichería Caribe pra 2, tá?",
    Booked("Cevichería Caribe", party=2),
    answer="2 pessoas, 13h",
    locale="es",
)

# ---- expert -------------------------------------------------------------------------------

flow(
    "expert",
    "jaipur",
    "queria falar com um guia local de verdade, alguém q conheça bem Jaipur",
    Lead(),
    answer="história e comida, orçamento médio",
)
flow(
    "expert",
    "bogota",
    "tem algum especialista que possa montar um roteiro personalizado pra mim em Bogotá?",
    Lead(),
    answer="museus e gastronomia, orçamento médio",
)

# ---- help ---------------------------------------------------------------------------------

c.chat("help", "goa", "oi, como funciona isso aqui? o que vc consegue fazer?", locale="pt")
c.chat("help", "blank", "Que tipo de coisas posso pedir-te?", locale="pt")

# ---- multi: two requests in one message ---------------------------------------------------

flow(
    "multi",
    "bogota",
    "tira o Distrito Grafiti e adiciona o Chorro de Quevedo no dia 3",
    Removed("Distrito Grafiti"),
    Added(3, name="Chorro de Quevedo", only=False),
)
flow(
    "multi",
    "kyoto",
    "muda o Kiyomizu-dera pras 17h e coloca um izakaya no dia 2 à noite",
    Retimed("Kiyomizu-dera", "17:00", alone=False),
    Added(2, ("izakaya",), between=EVENING, only=False),
)
flow(
    "multi",
    "porto",
    "adiciona a Capela das Almas na sexta e passa a Sé do Porto pra sexta tb",
    Added(5, name="Capela das Almas", only=False),
    Moved("Sé do Porto", 5, alone=False),
)
flow(
    "multi",
    "edinburgh",
    "no dia 4 coloca o Dean Village de manhã e um pub à noite",
    Added(4, name="Dean Village", between=MORNING, only=False),
    Added(4, ("pub", "bar"), between=EVENING, only=False),
    NewCount(2),
)
flow(
    "multi",
    "mumbai",
    "mano, tira o Haji Ali e muda o Annapoorna pra 12h30",
    Removed("Haji Ali Dargah"),
    Retimed("Annapoorna Thali House", "12:30", alone=False),
)

# ---- referent: "esse", "ele" --------------------------------------------------------------

c.case(
    "referent",
    "kyoto",
    S("coloca o Kyoto National Museum no dia 3", Type(SEL, DONE)),
    pick(),
    S("bota ele às 11h", Type(DONE, CONF)),
    yes("sim"),
    final=(Added(3, name="Kyoto National Museum", at="11:00"),),
    locale="pt",
)
c.case(
    "referent",
    "edinburgh",
    S("adiciona a Scottish National Gallery no dia 4", Type(SEL, DONE)),
    pick(),
    S("na vdd põe essa no dia 5", Type(DONE, CONF)),
    yes("pode"),
    final=(Moved(None, 5),),
    locale="pt",
)
c.case(
    "referent",
    "porto",
    S("Acrescenta o Jardim do Morro no dia 1 ao fim da tarde", Type(SEL, DONE)),
    pick(),
    S("e esse sítio é pago?", Type(DONE), SaysLast()),
    locale="pt",
)
c.case(
    "referent",
    "jaipur",
    S("põe o Jal Mahal no dia 3", Type(SEL, DONE)),
    pick(),
    S("hmm tira esse, mudei de ideia", Type(DONE, CONF), When(DONE, Removed())),
    yes("sim", Type(DONE), Removed()),
    final=(Same(),),
    locale="pt",
)

# ---- duplicate ----------------------------------------------------------------------------

duplicate("kyoto", "adiciona o Kinkaku-ji no dia 3", "Kinkaku-ji")
duplicate("porto", "põe a Ribeira no sábado", "Ribeira")

# ---- clash: a time that is taken ----------------------------------------------------------

clash("kyoto", "coloca um café no dia 2 às 10h", 2, "10:00", ("cafe", "coffee"))
clash("jaipur", "quero o Birla Mandir no dia 2 às 15h30", 2, "15:30", ("Birla Mandir",))
clash(
    "bogota",
    "põe a Catedral Primada no dia 1 ao meio-dia",
    1,
    "12:00",
    ("Catedral Primada",),
)

# ---- slot_fill: what only the traveler knows ----------------------------------------------

missing("kyoto", "muda o horário do Nijo Castle", "16h", Retimed("Nijo Castle", "16:00"))
missing("goa", "quero mudar a Fontainhas Latin Quarter de dia", "pro dia 4", Moved("Fontainhas", 4))
missing("edinburgh", "adiciona o Dean Village", "dia 4", Added(4, name="Dean Village"))

# ---- social -------------------------------------------------------------------------------

c.still("social", "mumbai", "valeu, ficou top!!", NoDump(), Short(), locale="pt")
c.still("social", "porto", "Obrigadíssimo, és um espetáculo", NoDump(), Short(), locale="pt")
c.still("social", "cartagena", "bom diaaa", NoDump(), Short(), locale="pt")

# ---- choice: cards, then a pick -----------------------------------------------------------

choice("kyoto", "me mostra umas opções de jantar pro dia 2", "o segundo", 1, day=2, terms=MEAL)
choice(
    "edinburgh",
    "quais museus vc recomenda pro dia 4?",
    "a terceira",
    2,
    day=4,
    terms=("museum",),
    least=3,
)
choice(
    "goa",
    "tem opções de frutos do mar pro almoço do dia 3?",
    "quero o primeiro",
    0,
    day=3,
    terms=("seafood",),
)
choice("jaipur", "me dá umas sugestões de templo pro dia 3 à tarde", "o último", -1, day=3,
       terms=("temple",))  # fmt: skip
choice(
    "bogota",
    "quero ver opções de parque pro dia 4",
    "2",
    1,
    day=4,
    terms=("park",),
    locale="en",
)

# ---- locale: stored in another language, written in Portuguese ----------------------------

add("kyoto", "adiciona um templo zen no dia 3", day=3, terms=("zen",), kind="locale", locale="en")
edit(
    "locale",
    "cartagena",
    "tira o Palacio de la Inquisición",
    Removed("Palacio de la Inquisición", 2),
    locale="es",
)
show("porto", "o que tem pra fazer no sábado?", "Cais de Gaia", kind="locale", locale="en")
edit(
    "locale",
    "bogota",
    "move o Monserrate pro dia 4",
    Moved("Monserrate", 4),
    locale="es",
)

CASES = c.cases
