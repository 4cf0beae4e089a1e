"""Third fresh held-out set (pt), written blind to the parser: it only measures.

Written blind on 2026-12-07 and never tuned on. The messages are how travelers from Brazil
(São Paulo, Rio, the Nordeste, the Sul) and some from Portugal type to a travel assistant on
their phone: vc/q/pq/tb/pra/hj/msm/pfv, "amanha" without the accent, weekdays and ordinals,
"às 20h", "8 da manhã", "meia hora", meals (café da manhã / pequeno-almoço, almoço, janta),
PT-PT forms (queria, podes, sítio, mete, tira-me, se faz favor), asides, politeness, two
requests at once, "esse"/"essa" for what was just added, and replies to the bot's cards and
questions ("o segundo", "bora", "pode"). Nobody tuned the parser on these messages; each case
checks outcomes only (the itinerary, the answer's type, the reply's language) and accepts every
reasonable path. The traveler's stored locale is Portuguese unless `locale` says otherwise; the
reply must still follow the language they write in.

The trips start on Monday 2026-12-07 (segunda = day 1, sexta = day 5, sábado = day 6), except
Mumbai, which starts today (hoje = day 1, amanhã = day 2).
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    ERR,
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
    Filled,
    NewCount,
    NoLoss,
    Removed,
    Replaced,
)
from bench.understanding_corpus.places import (
    CHEAP,
    FAMILY,
    ROMANTIC,
    ROOFTOP,
    TOP_RATED,
    VEGGIE,
    Wish,
)
from bench.understanding_corpus.spec import (
    AFTERNOON,
    DINNER,
    EVENING,
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

c = Corpus("pt", "f3")

MEAL = ("restaurant", "cafe", "bakery")  # what may fill a meal slot
AZULEJOS = Wish(keywords=("azulejos",))


def add(
    trip: str,
    text: str,
    *,
    day: int,
    terms: tuple[str, ...] | str = (),
    wish: Wish | None = None,
    between: tuple[str, str] | None = None,
    at: str | None = None,
    slot: str | None = None,
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


def several(
    kind: str,
    trip: str,
    text: str,
    *final: Check,
    answer: str = "pode escolher vc",
    ok: str = "sim",
    turns: int = 2,
    locale: str = "pt",
) -> None:
    """A request that may take a few questions, confirmations or card picks before it is done."""
    steps = [S(text, Type(DONE, CONF, SEL, INPUT, PART))]
    steps += [go(ok, "1", answer=answer) for _ in range(turns)]
    c.case(kind, trip, *steps, final=final, locale=locale)


def replace(trip: str, text: str, final: Check, *, ok: str = "sim", locale: str = "pt") -> None:
    """'swap X for Y': cards, a confirmation or done at once; then Y sits where X was."""
    c.case(
        "replace",
        trip,
        S(text, Type(SEL, DONE, CONF), When((SEL, CONF), Same())),
        go(ok, "1"),
        final=(final,),
        locale=locale,
    )


def still(kind: str, trip: str, text: str, *expect: Check, locale: str = "pt") -> None:
    """A question: answered, nothing changed."""
    c.still(kind, trip, text, *expect, locale=locale)


def chat(kind: str, trip: str, text: str, *expect: Check, locale: str = "pt") -> None:
    """Small talk or a question about the service: nothing changed, no itinerary dump."""
    c.still(kind, trip, text, NoDump(), *expect, locale=locale)


# ---- add: a place on a day, by name or by kind -----------------------------------------------
add("hadibo", "coloca a Hoq Cave no dia 3 pfv", day=3, name="Hoq Cave")
add("kyoto", "ja q no 3o dia a gente vai ta em arashiyama, bota o tenryu-ji tb", day=3,
    name="Tenryu-ji")  # fmt: skip
add("edinburgh", "o dia 4 ta vazio ne? coloca o palacio de holyrood de manhã", day=4,
    name="Palace of Holyroodhouse", between=MORNING)  # fmt: skip
add("goa", "Adicionar a Se Cathedral no dia 1 às 11h", day=1, name="Se Cathedral", at="11:00")
add("mumbai", "amanhã dps da Elephanta queria dar uma volta no Kala Ghoda, o bairro das galerias",
    day=2, name="Kala Ghoda Art District")  # fmt: skip
add("jaipur", "qro ir no albert hall museum no ultimo dia", day=3, name="Albert Hall Museum")
add("bogota", "Dia 4 quero conhecer a casa do Bolívar, a Quinta de Bolívar", day=4,
    name="Quinta de Bolívar")  # fmt: skip
add("cartagena", "me coloca o convento de la popa no quarto dia por favor", day=4,
    name="Convento de la Popa", locale="es")  # fmt: skip
add("porto", "Mete a Casa da Música no dia 5, à tarde se faz favor", day=5,
    name="Casa da Música", between=AFTERNOON)  # fmt: skip
add("porto", "quero ver uma igreja daquelas cheias de azulejo na sexta", day=5,
    terms=("church",), wish=AZULEJOS)  # fmt: skip
add("edinburgh", "coloca a catedral de St Giles na segunda à tarde", day=1, name="St Giles",
    between=AFTERNOON, locale="en")  # fmt: skip
add("mumbai", "hj 17h leva a gente na praia de Girgaum Chowpatty", day=1,
    name="Girgaum Chowpatty", at="17:00")  # fmt: skip
add("blank", "começa o dia 1 com o Fushimi Inari de manhã, quero chegar antes da muvuca", day=1,
    name="Fushimi Inari", between=MORNING)  # fmt: skip
c.case("add", "porto", S("adiciona o restaurante Fasano no dia 5", Type(ERR, SEL, INPUT), Same()),
       locale="pt")  # fmt: skip

# ---- add_slots: meals and parts of the day ---------------------------------------------------
add("cartagena", "no almoço de terça quero frutos do mar", day=2, terms=("seafood",),
    slot="Almuerzo", kind="add_slots")  # fmt: skip
add("edinburgh", "cafe da manha do dia 2 em algum lugar de brunch", day=2,
    terms=("brunch", "breakfast"), slot="Breakfast", kind="add_slots")  # fmt: skip
add("porto", "Para o pequeno-almoço de quinta queria um sítio com pastéis de nata", day=4,
    terms=("pastel de nata",), slot="Breakfast", kind="add_slots")  # fmt: skip
add("mumbai", "janta de hj: algo do norte da índia, tipo butter chicken", day=1,
    terms=("north indian", "mughlai", "butter chicken"), slot="Dinner",
    kind="add_slots")  # fmt: skip
add("goa", "pro almoço do dia 2 quero peixe", day=2, terms=("seafood", "fish"), slot="Lunch",
    kind="add_slots")  # fmt: skip
add("kyoto", "no jantar do dia 2 bora num izakaya", day=2, terms=("izakaya",), slot="Dinner",
    kind="add_slots")  # fmt: skip
add("jaipur", "no dia 3 de tarde quero ver o Jal Mahal", day=3, name="Jal Mahal",
    between=AFTERNOON, kind="add_slots")  # fmt: skip
add("bogota", "quinta a noite quero sair pra dançar salsa", day=4, terms=("salsa", "dancing"),
    between=EVENING, kind="add_slots")  # fmt: skip

# ---- wishes: cheap, veggie, kids, romantic, rooftop, top rated --------------------------------
add("jaipur", "tem algum rooftop pra tomar um drink no dia 1 de noite?", day=1,
    terms=("bar", "cocktails", "restaurant", "cafe"), wish=ROOFTOP, between=EVENING,
    kind="wishes")  # fmt: skip
add("mumbai", "coisa barata pra comer hj de noite, street food msm", day=1,
    terms=("street food",), wish=CHEAP, between=EVENING, kind="wishes")  # fmt: skip
add("kyoto", "o restaurante mais bem avaliado que tiver pra jantar no dia 3", day=3,
    terms=("restaurant",), wish=TOP_RATED, between=DINNER, kind="wishes")  # fmt: skip
add("goa", "uma praia tranquila pra levar as crianças no dia 4", day=4, terms=("beach",),
    wish=FAMILY, kind="wishes")  # fmt: skip
add("bogota", "algo vegano pro almoço do dia 3, minha namorada nao come carne", day=3,
    terms=MEAL, wish=VEGGIE, slot="Lunch", kind="wishes")  # fmt: skip
add("porto", "jantar romântico no sábado, é nosso aniversário de casamento 🥂", day=6,
    terms=("restaurant",), wish=ROMANTIC, slot="Dinner", kind="wishes", locale="en")  # fmt: skip
add("edinburgh", "um lugar barato pra almoçar no dia 5, to gastando demais kkk", day=5,
    terms=MEAL, wish=CHEAP, slot="Lunch", kind="wishes")  # fmt: skip

# ---- remove ----------------------------------------------------------------------------------
edit("remove", "kyoto", "tira o ryoanji", Removed("Ryoan-ji", 1))
edit("remove", "edinburgh", "remove o greyfriars pfv, nao curto cemiterio",
     Removed("Greyfriars Kirkyard", 2), ok="pode")  # fmt: skip
edit("remove", "goa", "Pode tirar a praia de Anjuna?", Removed("Anjuna Beach", 2))
edit("remove", "bogota", "cancela o museu do ouro, ja fui da outra vez q tive ai",
     Removed("Museo del Oro", 1))  # fmt: skip
edit("remove", "porto", "Tira-me a Torre dos Clérigos, tenho vertigens 😅",
     Removed("Torre dos Clérigos", 1))  # fmt: skip
edit("remove", "cartagena", "apaga aquele bar do por do sol do primeiro dia",
     Removed("Muralla Sunset Bar", 1), locale="es")  # fmt: skip
edit("remove", "mumbai", "hj nao vai dar tempo do museu, pode tirar ele",
     Removed("Chhatrapati Shivaji Maharaj Vastu Sangrahalaya", 1), ok="isso")  # fmt: skip
edit("remove", "jaipur", "nao quero mais jantar no haveli rooftop",
     Removed("Haveli Rooftop Kitchen", 2))  # fmt: skip

# ---- clear a day -----------------------------------------------------------------------------
edit("clear", "jaipur", "limpa o dia 3 inteiro, vamos só descansar", Cleared(3), ok="pode limpar")
edit("clear", "porto", "Apaga tudo o que está na quinta-feira", Cleared(4))
edit("clear", "bogota", "zera o primeiro dia q eu quero montar de novo do zero", Cleared(1),
     ok="bora")  # fmt: skip

# ---- move to another day ---------------------------------------------------------------------
edit("move", "kyoto", "passa o castelo nijo pro dia 1", Moved("Nijo Castle", 1))
edit("move", "edinburgh", "muda o arthur's seat pra quinta cedinho, tipo 8h",
     Moved("Arthur's Seat", 4, "08:00"))  # fmt: skip
edit("move", "goa", "joga o fort aguada pro ultimo dia", Moved("Fort Aguada", 4))
edit("move", "cartagena", "a praia de bocagrande pode ir pro sabado?",
     Moved("Playa de Bocagrande", 6), ok="pode")  # fmt: skip
edit("move", "porto", "Passa a Livraria Lello para sexta", Moved("Livraria Lello", 5))
edit("move", "mumbai", "leva o haji ali pra amanhã", Moved("Haji Ali Dargah", 2))
edit("move", "bogota", "muda o Museo Botero pro dia 3 às 11", Moved("Museo Botero", 3, "11:00"),
     locale="en")  # fmt: skip

# ---- retime ----------------------------------------------------------------------------------
edit("retime", "kyoto", "kinkakuji as 10h ao inves de 9", Retimed("Kinkaku-ji", "10:00"))
edit("retime", "edinburgh", "da pra jantar no Thistle & Stag 20h30 em vez de 19h?",
     Retimed("The Thistle & Stag", "20:30"))  # fmt: skip
edit("retime", "goa", "vindaloo & vinho às 21h por favor", Retimed("Vindaloo & Vinho", "21:00"))
edit("retime", "jaipur", "amber fort mais cedo, 8 da manhã", Retimed("Amber Fort", "08:00"))
edit("retime", "porto", "atrasa a Marisqueira da Foz meia hora",
     Retimed("Marisqueira da Foz", "20:30"))  # fmt: skip
edit("retime", "mumbai", "amanha o marine drive pode ser 18h30? quero pegar o por do sol",
     Retimed("Marine Drive", "18:30"))  # fmt: skip

# ---- replace ---------------------------------------------------------------------------------
replace("kyoto", "troca o menya kurogane por um lugar de udon",
        Replaced("Menya Kurogane", 2, ("udon",)))  # fmt: skip
replace("edinburgh", "substitui o Canongate Kitchen por algo vegetariano",
        Replaced("Canongate Kitchen", 2, MEAL, VEGGIE))  # fmt: skip
replace("bogota", "no lugar do Fogón Llanero quero um italiano",
        Replaced("Fogón Llanero", 1, ("italian",)))  # fmt: skip
replace("porto", "Troca a Casa da Francesinha pela Cantina de Miragaia",
        Replaced("Casa da Francesinha", 4, ("Cantina de Miragaia",)))  # fmt: skip
replace("jaipur", "troca o marwar thali por algum lugar mais em conta",
        Replaced("Marwar Thali Haveli", 1, MEAL, CHEAP))  # fmt: skip

# ---- swap two days ---------------------------------------------------------------------------
edit("swap_days", "kyoto", "inverte o dia 1 com o dia 3", Swapped(1, 3))
edit("swap_days", "goa", "troca a ordem dos dias 2 e 3", Swapped(2, 3), ok="bora")
edit("swap_days", "porto", "Podes trocar a quarta com a quinta?", Swapped(3, 4))

# ---- the trip itself: dates and length --------------------------------------------------------
edit("trip", "porto", "mudou o voo, agora a gente chega dia 9 de dezembro", Start("2026-12-09"),
     Days(6))  # fmt: skip
edit("trip", "jaipur", "dá pra esticar a viagem mais um dia?", Days(4), NoLoss())
edit("trip", "cartagena", "pode tirar o dia 4 da viagem, ele tá vazio msm", Days(5), NoLoss())

# ---- undo ------------------------------------------------------------------------------------
c.case(
    "undo",
    "kyoto",
    S("tira o Sanjusangen-do", Type(DONE, CONF), When(DONE, Changed())),
    yes("sim", Type(DONE), Changed()),
    S("opa pera, desfaz isso", Type(DONE), Changed()),
    final=(Same(),),
    locale="pt",
)
c.case(
    "undo",
    "edinburgh",
    S("coloca o Dean Village no dia 4", Type(SEL, DONE), When(DONE, Changed())),
    pick("1", Type(DONE), Changed()),
    S("nao, volta como tava antes", Type(DONE), Changed()),
    final=(Same(),),
    locale="pt",
)
c.case(
    "undo",
    "porto",
    S("Passa a Ribeira para o dia 5", Type(DONE, CONF), When(DONE, Changed())),
    yes("sim", Type(DONE), Changed()),
    S("Afinal não. Anula isso, se faz favor", Type(DONE), Changed()),
    final=(Same(),),
    locale="pt",
)

# ---- show ------------------------------------------------------------------------------------
still("show", "mumbai", "o q tem pra amanha?", Says("Elephanta Caves", "Marine Drive"))
still("show", "kyoto", "me mostra o dia 2", Says("Fushimi Inari Taisha", "Kiyomizu-dera"))
still("show", "edinburgh", "e na quinta, tem alguma coisa marcada?", NoDump())
still("show", "goa", "manda o roteiro completo ai",
      Says("Basilica of Bom Jesus", "Fort Aguada", "Vindaloo & Vinho"))  # fmt: skip
still("show", "cartagena", "qual o plano de segunda?",
      Says("Walled City", "Castillo San Felipe de Barajas"), locale="en")  # fmt: skip

# ---- plan a trip -----------------------------------------------------------------------------
several("plan", "blank", "monta um roteiro de 2 dias em Kyoto pra mim, curto templos e comida",
        Plan("kyoto", 2, (("temple",),)), answer="templos e comida japonesa", turns=3)  # fmt: skip
several("plan", "blank", "mudança de planos: vamos pro Porto, 3 dias. me faz um roteiro?",
        Plan("porto", 3), answer="vinho do porto, comida e arquitetura", turns=3)  # fmt: skip
several("plan", "blank", "quero um roteiro de 2 dias em Bogotá com museus",
        Plan("bogota", 2, (("museum",),)), answer="museus e comida local", turns=3,
        locale="es")  # fmt: skip

# ---- explain ---------------------------------------------------------------------------------
still("explain", "bogota", "pq o Fogón Llanero ta no primeiro dia?", Says("Fogón Llanero"))
still("explain", "jaipur", "o que é esse Jantar Mantar?", Says("Jantar Mantar"))
still("explain", "porto", "Porque é que escolheste o Palácio da Bolsa? Vale a pena?",
      Says("Palácio da Bolsa"))  # fmt: skip

# ---- book ------------------------------------------------------------------------------------
several("book", "kyoto", "reserva o Kamogawa Kaiseki pra 2 pessoas às 19h",
        Booked("Kamogawa Kaiseki", party=2, at="19:00"), answer="2 pessoas, às 19h")  # fmt: skip
several("book", "porto", "Queria reservar mesa na Marisqueira da Foz, somos 4",
        Booked("Marisqueira da Foz", party=4), answer="4 pessoas às 20h")  # fmt: skip
several("book", "edinburgh", "consegue fazer reserva no Thistle & Stag pra 3 pessoas?",
        Booked("Thistle & Stag", party=3), answer="3 pessoas, 19h", ok="pode")  # fmt: skip

# ---- expert ----------------------------------------------------------------------------------
several("expert", "bogota",
        "queria falar com um guia local em Bogotá, de preferência q fale português",
        Lead(), answer="história e gastronomia, orçamento médio", turns=3)  # fmt: skip
several("expert", "goa", "vcs tem algum especialista local q possa me ajudar com o roteiro?",
        Lead(), answer="praias e comida goesa", turns=3)  # fmt: skip

# ---- help ------------------------------------------------------------------------------------
chat("help", "hadibo", "oi, o que vc consegue fazer?")
chat("help", "porto", "como é que isto funciona? posso mudar as coisas por aqui?", locale="en")

# ---- two requests in one message -------------------------------------------------------------
MULTI_TYPES = (DONE, CONF, SEL, PART)
c.case(
    "multi",
    "edinburgh",
    S("tira a Victoria Street e passa o Calton Hill pras 17h", Type(*MULTI_TYPES)),
    go("sim", "1"),
    go("sim", "1"),
    final=(Removed("Victoria Street", 2), Retimed("Calton Hill", "17:00", alone=False)),
    locale="pt",
)
c.case(
    "multi",
    "kyoto",
    S("coloca o ginkakuji no dia 3 de manha e tira o castelo nijo", Type(*MULTI_TYPES)),
    go("sim", "1"),
    go("sim", "1"),
    final=(
        Added(3, name="Ginkaku-ji", between=MORNING, only=False),
        Removed("Nijo Castle", 3),
    ),
    locale="pt",
)
c.case(
    "multi",
    "goa",
    S("muda fontainhas pras 11h e manda a anjuna pro dia 4", Type(*MULTI_TYPES)),
    go("sim", "1"),
    go("sim", "1"),
    final=(
        Retimed("Fontainhas Latin Quarter", "11:00", alone=False),
        Moved("Anjuna Beach", 4, alone=False),
        NoLoss(),
    ),
    locale="pt",
)
c.case(
    "multi",
    "porto",
    S("No dia 5 mete a Igreja do Carmo de manhã e a Capela das Almas à tarde", Type(*MULTI_TYPES)),
    go("sim", "1"),
    go("sim", "1"),
    final=(
        NewCount(2),
        Added(5, name="Igreja do Carmo", between=MORNING, only=False),
        Added(5, name="Capela das Almas", between=AFTERNOON, only=False),
    ),
    locale="pt",
)
c.case(
    "multi",
    "mumbai",
    S(
        "amanhã café da manhã no Cafe Parsi Dawn, e tira o Marine Drive q a gente vai tá morto",
        Type(*MULTI_TYPES),
    ),
    go("sim", "1"),
    go("sim", "1"),
    final=(Filled(2, ("Breakfast",), ("Cafe Parsi Dawn",)), Removed("Marine Drive", 2)),
    locale="pt",
)

# ---- referents: "esse", "ele", "essa" for what was just added --------------------------------
c.case(
    "referent",
    "hadibo",
    S("coloca o Sushi Zen no dia 2", Type(DONE, SEL)),
    pick(),
    S("e que horas esse lugar abre?", Type(DONE), Same(), SaysLast()),
    locale="pt",
)
c.case(
    "referent",
    "kyoto",
    S("bota o Ginkaku-ji no dia 3", Type(DONE, SEL)),
    pick(),
    S("pensando bem passa ele pro dia 1", Type(DONE, CONF), When(CONF, Same())),
    yes("pode"),
    final=(Moved(None, 1),),
    locale="pt",
)
c.case(
    "referent",
    "goa",
    S("quero uma praia no dia 4", Type(SEL, DONE), When(DONE, Changed())),
    pick("1", Type(DONE), Changed()),
    S("hmm na vdd tira essa, mudei de ideia", Type(DONE, CONF), When(DONE, Changed())),
    yes("isso", Type(DONE), Changed()),
    final=(Same(),),
    locale="pt",
)
c.case(
    "referent",
    "porto",
    S("coloca a Horta Vegana no dia 5", Type(DONE, SEL)),
    pick(),
    S("põe esse pra 13h", Type(DONE, CONF), When(CONF, Same())),
    yes("sim"),
    final=(Retimed(None, "13:00"),),
    locale="pt",
)

# ---- duplicate: a place already on the trip --------------------------------------------------
c.case("duplicate", "kyoto", S("adiciona o kiyomizu-dera no dia 3", AnyOf(Same(), Warned())),
       locale="pt")  # fmt: skip
c.case("duplicate", "porto", S("bota a Ribeira no sábado à tarde", AnyOf(Same(), Warned())),
       locale="pt")  # fmt: skip

# ---- clash: a time that is already taken -----------------------------------------------------
CLASH_TYPES = (DONE, CONF, SEL, INPUT)
c.case(
    "clash",
    "kyoto",
    S("coloca o Nishiki Market no dia 1 às 15h", Type(*CLASH_TYPES)),
    go("sim", "1", answer="16h entao"),
    go("sim", "1", answer="16h entao"),
    final=(ClashHandled(1, "15:00", ("Nishiki Market",)),),
    locale="pt",
)
c.case(
    "clash",
    "edinburgh",
    S("scottish national gallery dia 2 às 10h", Type(*CLASH_TYPES)),
    go("sim", "1", answer="pode ser às 11h"),
    go("sim", "1", answer="pode ser às 11h"),
    final=(ClashHandled(2, "10:00", ("Scottish National Gallery",)),),
    locale="pt",
)
c.case(
    "clash",
    "bogota",
    S("quero o Chorro de Quevedo no dia 3 às 17h", Type(*CLASH_TYPES)),
    go("sim", "1", answer="às 15h"),
    go("sim", "1", answer="às 15h"),
    final=(ClashHandled(3, "17:00", ("Chorro de Quevedo",)),),
    locale="pt",
)

# ---- slot_fill: the traveler leaves the choice of an open meal to the bot ---------------------
add("kyoto", "preenche o almoço do dia 1 pra mim, qualquer coisa perto dos templos", day=1,
    terms=MEAL, slot="Lunch", kind="slot_fill")  # fmt: skip
add("goa", "o jantar do dia 1 ta vazio ainda, escolhe algo pra mim", day=1, terms=MEAL,
    slot="Dinner", kind="slot_fill")  # fmt: skip
add("cartagena", "me ajuda com o jantar do sabado? nao faço ideia", day=6, terms=MEAL,
    slot="Cena", kind="slot_fill")  # fmt: skip

# ---- social ----------------------------------------------------------------------------------
chat("social", "kyoto", "valeu!! vc é top demais 🙏", Short())
chat("social", "porto", "Bom dia! Tudo bem?", Short())
chat("social", "goa", "kkkkkk ok, obrigada", Short(), locale="es")

# ---- info about a place ----------------------------------------------------------------------
still("info", "bogota", "o Museo del Oro abre que horas?", Says("Museo del Oro"))
still("info", "mumbai", "a Elephanta fecha q horas? nao quero chegar tarde",
      Says("Elephanta Caves"))  # fmt: skip
still("info", "porto", "A Livraria Lello é paga?", Says("Livraria Lello"))

# ---- choice: answering the cards -------------------------------------------------------------
c.case(
    "choice",
    "hadibo",
    S("quero sushi no dia 2", Type(SEL), Cards(("sushi",))),
    If(SEL, "o Tokyo Bay", Type(DONE)),
    final=(Added(2, ("sushi",), name="Tokyo Bay"),),
    locale="pt",
)
c.case(
    "choice",
    "edinburgh",
    S("sugere um lugar pra jantar na quinta", Type(SEL), Cards(MEAL)),
    If(SEL, "o último", Type(DONE), Chose(-1)),
    final=(Added(4, MEAL),),
    locale="pt",
)
c.case(
    "choice",
    "jaipur",
    S("algum templo pro dia 3?", Type(SEL), Cards(("temple",))),
    If(SEL, "o 3", Type(DONE), Chose(2)),
    final=(Added(3, ("temple",)),),
    locale="pt",
)
c.case(
    "choice",
    "kyoto",
    S(
        "uma cafeteria no dia 3 de manhã, me mostra umas opções",
        Type(SEL),
        Cards(("cafe", "coffee")),
    ),
    If(SEL, "esse segundo aí", Type(DONE), Chose(1)),
    final=(Added(3, ("cafe", "coffee")),),
    locale="pt",
)

# ---- locale: the stored language is another one; the reply follows what they write -----------
add("kyoto", "oi! coloca um lugar de ramen no dia 3 pfv", day=3, terms=("ramen",),
    kind="locale", locale="en")  # fmt: skip
chat("locale", "porto", "podes falar comigo em português? obrigado", locale="en")
still("locale", "edinburgh", "o que tem marcado pro dia 3?", Says("Arthur's Seat", "The Wee Dram"),
      locale="es")  # fmt: skip

CASES = c.cases
