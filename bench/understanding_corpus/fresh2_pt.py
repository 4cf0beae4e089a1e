"""Second fresh held-out set (pt), written blind to the parser: it only measures.

Written on 2026-12-07 from how Brazilians (most) and Portuguese (some) type to a travel bot on
WhatsApp: fast, without accents or cedilla, vc/pq/tbm/q/blz/pfv/dps/hj, weekdays and numbers
as words, meals (café da manhã / pequeno-almoço, almoço, jantar), PT-PT words (queria, tu,
podes, sítio, mete), asides and self-corrections, replies to the bot's cards. Nobody tuned the
parser on these messages; each case checks outcomes only and accepts every reasonable path. The
traveler's setting is Portuguese except where `locale` says otherwise (the reply must still
follow the language they write in).
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
    Check,
    NoDump,
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
    Filled,
    Kept,
    NewCount,
    NoLoss,
    Removed,
    Replaced,
)
from bench.understanding_corpus.places import CHEAP, ROMANTIC, Wish
from bench.understanding_corpus.spec import (
    AFTERNOON,
    BREAKFAST,
    EVENING,
    MORNING,
    Case,
    Corpus,
    S,
    Step,
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

c = Corpus("pt", "g")

MEAL = ("restaurant", "cafe", "bakery")  # what may fill a meal slot
QUIET = Wish(keywords=("quiet",))
SUNSET = Wish(keywords=("sunset",))
VEGGIE_TOP = Wish(min_rating=4.5, keywords=("vegan", "vegetarian"))


def reply(other: str, confirm: str = "sim") -> Step:
    """Going along with whatever the bot asks: `confirm` to a confirmation, `other` to cards or
    an open question (time, people, interests); skipped after a final answer."""
    return Step(confirm, (), None, None, (((CONF,), confirm), ((SEL, INPUT), other)))


def edit(kind: str, trip: str, text: str, *final: Check, locale: str = "pt") -> None:
    """A change done at once, or confirmed first (nothing changes before the yes)."""
    c.case(
        kind,
        trip,
        S(text, Type(DONE, CONF), When(CONF, Same())),
        yes("sim"),
        final=final,
        locale=locale,
    )


def several(kind: str, trip: str, text: str, *final: Check, turns: int = 2) -> None:
    """A request that may take a few questions or card picks before it is done."""
    steps = [S(text, Type(DONE, CONF, SEL, INPUT, PART))]
    steps += [go("sim", "1", answer="pode escolher vc") for _ in range(turns)]
    c.case(kind, trip, *steps, final=final, locale="pt")


# ---- add: a place on a day, by name or by kind -----------------------------------------------
c.add("hadibo", "coloca um lugar de sushi no dia 2", day=2, terms="sushi", locale="pt")
c.add("kyoto", "quero ir no templo ginkakuji no terceiro dia", day=3, name="Ginkaku-ji",
      locale="pt")  # fmt: skip
c.add("edinburgh", "bota a scottish national galery na quinta", day=4,
      name="Scottish National Gallery", locale="pt")  # fmt: skip
c.add("bogota", "dia 3 dps do almoço quero conhecer a catedral primada", day=3,
      name="Catedral Primada", between=("13:30", "17:00"), locale="pt")  # fmt: skip
c.add("cartagena", "queria adicionar o museo naval no dia 4 de manha", day=4,
      name="Museo Naval del Caribe", between=("09:00", "12:00"), locale="pt")  # fmt: skip
c.add("mumbai", "amanha as 15h bota a jehangir art gallery", day=2,
      name="Jehangir Art Gallery", at="15:00", locale="en")  # fmt: skip

# ---- add_slots: meals and parts of the day ---------------------------------------------------
c.add("porto", "Para o jantar de quarta-feira queria um sítio de marisco", day=3,
      terms=("seafood",), slot="Dinner", kind="add_slots", locale="pt")  # fmt: skip
c.add("kyoto", "no almoço do dia 3 quero comer soba", day=3, terms="soba", slot="Lunch",
      kind="add_slots", locale="pt")  # fmt: skip
c.add("edinburgh", "cafe da manha do dia 2 num lugar com panqueca 🥞", day=2,
      terms="pancakes", slot="Breakfast", kind="add_slots", locale="pt")  # fmt: skip
c.add("goa", "no dia 4 a noite quero um bar com musica ao vivo", day=4, terms="live music",
      between=EVENING, kind="add_slots", locale="pt")  # fmt: skip
c.add("mumbai", "hj a noite quero um rooftop pra tomar um drink", day=1, terms="rooftop",
      between=EVENING, kind="add_slots", locale="pt")  # fmt: skip

# ---- wishes: cheap, quiet, vegan and well rated, romantic, rooftop at sunset -----------------
c.add("hadibo", "algum restaurante barato pro jantar do dia 2? nada caro pfv", day=2,
      terms="restaurant", wish=CHEAP, slot="Dinner", kind="wishes", locale="pt")  # fmt: skip
c.add("goa", "dia 4 de tarde uma praia mais tranquila, sem muvuca", day=4, terms="beach",
      wish=QUIET, between=AFTERNOON, kind="wishes", locale="pt")  # fmt: skip
c.add("bogota", "tem algum lugar vegano bem avaliado pro almoço do dia 3?", day=3,
      terms=("vegan", "vegetarian"), wish=VEGGIE_TOP, slot="Lunch", kind="wishes",
      locale="en")  # fmt: skip
c.add("edinburgh", "quero um lugar romantico pra jantar no dia 2, é aniversario da minha esposa",
      day=2, terms="restaurant", wish=ROMANTIC, slot="Dinner", kind="wishes",
      locale="pt")  # fmt: skip
c.add("jaipur", "dia 3 no fim da tarde um rooftop pra ver o por do sol", day=3,
      terms="rooftop", wish=SUNSET, between=("16:00", "20:00"), kind="wishes",
      locale="pt")  # fmt: skip

# ---- remove ----------------------------------------------------------------------------------
edit("remove", "kyoto", "tira o ryoanji pfv", Removed("Ryoan-ji"))
edit("remove", "jaipur", "remove o jantar do dia 2", Removed("Haveli Rooftop Kitchen", 2))
edit("remove", "edinburgh", "tira o royal mile, ja fomos la da outra vez", Removed("Royal Mile"),
     locale="en")  # fmt: skip

# ---- clear a day -----------------------------------------------------------------------------
edit("clear", "edinburgh", "limpa o dia 3 inteiro, vamos fazer um bate volta pras highlands",
     Cleared(3))  # fmt: skip
edit("clear", "goa", "apaga tudo do segundo dia", Cleared(2))
edit("clear", "porto", "Queria o dia 4 livre, tira tudo o que lá está", Cleared(4))

# ---- move to another day ---------------------------------------------------------------------
edit("move", "kyoto", "passa o nijo castle pro dia 1", Moved("Nijo Castle", 1))
edit("move", "edinburgh", "muda o arthurs seat pra quinta", Moved("Arthur's Seat", 4))
edit("move", "porto", "Dá para passar a Sé para sexta?", Moved("Sé do Porto", 5))
edit("move", "mumbai", "leva o marine drive pra hoje a noite", Moved("Marine Drive", 1))
edit("move", "bogota", "move o museo botero pro dia 4... nao pera, dia 3", Moved("Museo Botero", 3))

# ---- retime ----------------------------------------------------------------------------------
edit("retime", "hadibo", "muda o corniche fish grill pras 20h",
     Retimed("Corniche Fish Grill", "20:00"))  # fmt: skip
edit("retime", "kyoto", "o kinkakuji pode ser as 10 e meia?", Retimed("Kinkaku-ji", "10:30"))
edit("retime", "porto", "A Torre dos Clérigos fica para o meio-dia, pode ser?",
     Retimed("Torre dos Clérigos", "12:00"))  # fmt: skip
edit("retime", "cartagena", "atrasa o muralla sunset bar pra nove da noite",
     Retimed("Muralla Sunset Bar", "21:00"))  # fmt: skip
edit("retime", "edinburgh", "o almoço do dia 1 pode ser a 1 da tarde", Retimed("Lunch", "13:00", 1))

# ---- replace ---------------------------------------------------------------------------------
several("replace", "hadibo", "troca o al saqr por um lugar de frutos do mar",
        Replaced("Al Saqr Yemeni Kitchen", 3, ("seafood",)))  # fmt: skip
several("replace", "kyoto",
        "troca o menya kurogane por algo vegetariano, minha amiga nao come carne",
        Replaced("Menya Kurogane", 2, ("vegetarian", "vegan")))  # fmt: skip
several("replace", "bogota", "substitui a iglesia de san francisco pela catedral primada",
        Replaced("Iglesia de San Francisco", 1, ("Catedral Primada",)))  # fmt: skip
several("replace", "porto", "Em vez da Tasca do Cais queria ir a um sítio de petiscos",
        Replaced("Tasca do Cais", 1, ("petiscos",)))  # fmt: skip
several("replace", "goa", "o vindaloo & vinho é mt caro, troca por algo mais em conta",
        Replaced("Vindaloo & Vinho", 3, ("restaurant",), CHEAP))  # fmt: skip

# ---- swap two days ---------------------------------------------------------------------------
edit("swap_days", "kyoto", "inverte o dia 1 com o dia 3", Swapped(1, 3))
edit("swap_days", "porto", "Troca o dia 2 com o 3, pf", Swapped(2, 3))
edit("swap_days", "bogota", "da pra trocar a segunda pela terça?", Swapped(1, 2))

# ---- the trip as a whole ---------------------------------------------------------------------
edit("trip", "edinburgh", "adiciona mais um dia no fim da viagem", Days(6), Start("2026-12-07"))
edit("trip", "cartagena", "vamos ter q encurtar pra 5 dias, imprevisto no trabalho 😩", Days(5),
     Start("2026-12-07"))  # fmt: skip
edit("trip", "kyoto", "a viagem agora começa dia 10 de dezembro", Start("2026-12-10"), Days(3))

# ---- undo ------------------------------------------------------------------------------------
c.case("undo", "hadibo",
       S("tira a delisha beach", Type(DONE, CONF)), yes("sim"),
       S("ops, desfaz", Type(DONE)),
       final=(Same(), Kept("Delisha Beach", 1)), locale="pt")  # fmt: skip
c.case("undo", "kyoto",
       S("muda o ryoan-ji pro dia 3", Type(DONE, CONF)), yes("sim"),
       S("hmm nao ficou bom, volta como tava antes", Type(DONE)),
       final=(Same(),), locale="pt")  # fmt: skip
c.case("undo", "porto",
       S("Adiciona o Mercado do Bolhão no dia 5", Type(DONE, SEL)), pick(),
       S("Afinal não, anula isso", Type(DONE)),
       final=(Same(),), locale="pt")  # fmt: skip

# ---- show ------------------------------------------------------------------------------------
c.still("show", "goa", "me mostra o dia 2", Says("Fort Aguada", "Anjuna Beach"), locale="pt")
c.still("show", "mumbai", "o q tem pra amanha?", Says("Elephanta Caves", "Marine Drive"),
        locale="pt")  # fmt: skip
c.still("show", "porto", "Mostra-me o plano todo, se faz favor",
        Says("Livraria Lello", "Cais de Gaia"), locale="pt")  # fmt: skip

# ---- plan ------------------------------------------------------------------------------------
c.case("plan", "blank", S("monta um roteiro de 2 dias em kyoto pra mim"),
       reply("templos e comida"), reply("templos e comida"),
       final=(Plan("kyoto", 2),), locale="pt")  # fmt: skip
c.case("plan", "blank", S("planeja tudo pra gente! curtimos templos e comida de rua"),
       reply("pode ser"), reply("pode ser"),
       final=(Plan("kyoto", 2, (("temple",), ("street food",))),), locale="en")  # fmt: skip
c.case("plan", "goa", S("planeja o dia 4 pra mim, to sem ideia"),
       reply("praia e comida local"), reply("praia e comida local"),
       final=(Plan("goa", 4), NoLoss()), locale="pt")  # fmt: skip

# ---- explain ---------------------------------------------------------------------------------
c.still("explain", "kyoto", "pq vc colocou o kamogawa kaiseki?", Says("Kamogawa Kaiseki"),
        locale="pt")  # fmt: skip
c.still("explain", "edinburgh", "por que o greyfriars kirkyard ta no dia 2?",
        Says("Greyfriars Kirkyard"), locale="pt")  # fmt: skip
c.still("explain", "jaipur", "me explica pq o hawa mahal ficou as 16h", Says("Hawa Mahal"),
        locale="pt")  # fmt: skip

# ---- book ------------------------------------------------------------------------------------
c.case("book", "kyoto", S("consegue reservar o kamogawa kaiseki pra 2 pessoas?"),
       reply("19h"), reply("19h"),
       final=(Booked("Kamogawa Kaiseki", party=2),), locale="pt")  # fmt: skip
c.case("book", "porto", S("Queria reservar mesa na Marisqueira da Foz para 4 pessoas às 20h"),
       reply("20h"), reply("20h"),
       final=(Booked("Marisqueira da Foz", party=4, at="20:00"),), locale="pt")  # fmt: skip
c.case("book", "bogota", S("faz uma reserva no fogon llanero pra 6 pessoas pfv"),
       reply("19h30"), reply("19h30"),
       final=(Booked("Fogón Llanero", party=6),), locale="pt")  # fmt: skip

# ---- a local expert --------------------------------------------------------------------------
c.case("expert", "edinburgh", S("queria falar com um guia local"),
       reply("história e whisky"), reply("história e whisky"),
       final=(Lead(),), locale="pt")  # fmt: skip
c.case("expert", "bogota",
       S("tem algum especialista local q possa me ajudar? curto arte de rua e café"),
       reply("arte de rua e café"), reply("arte de rua e café"),
       final=(Lead(),), locale="pt")  # fmt: skip
c.case("expert", "porto", S("Podem pôr-me em contacto com alguém de cá que conheça bem o Porto?"),
       reply("vinho e comida"), reply("vinho e comida"),
       final=(Lead(),), locale="pt")  # fmt: skip

# ---- help ------------------------------------------------------------------------------------
c.chat("help", "hadibo", "oi, como funciona isso aqui?", locale="pt")
c.chat("help", "goa", "o que vc consegue fazer?", locale="en")
c.chat("help", "porto", "Ajuda pf, não percebo como isto funciona", locale="pt")

# ---- several requests in one message ---------------------------------------------------------
several("multi", "hadibo", "tira o old market e coloca o hoq cave no dia 3",
        Removed("Hadibo Old Market", 3), Added(3, name="Hoq Cave", only=False))  # fmt: skip
several("multi", "kyoto", "move o gion pro dia 3 e muda o kinkakuji pras 10h",
        Moved("Gion District", 3, alone=False), Retimed("Kinkaku-ji", "10:00", alone=False),
        NoLoss())  # fmt: skip
several("multi", "porto",
        "Tira a estação de São Bento e mete lá o Mercado do Bolhão. Ah, e o jantar de quarta "
        "num sítio de polvo",
        Replaced("São Bento Station", 2, ("Mercado do Bolhão",)),
        Filled(3, ("Dinner",), ("octopus",)), turns=3)  # fmt: skip
several("multi", "edinburgh",
        "bota o palace of holyroodhouse na quinta e a portobello beach na sexta",
        Added(4, name="Holyroodhouse", only=False), Added(5, name="Portobello Beach", only=False),
        NewCount(2), NoLoss())  # fmt: skip
several("multi", "mumbai",
        "hj a noite quero jantar no colaba tandoor grill e amanha cedo tomar cafe no "
        "cafe parsi dawn",
        Added(1, name="Colaba Tandoor Grill", between=EVENING, only=False),
        Added(2, name="Cafe Parsi Dawn", between=BREAKFAST, only=False), NewCount(2))  # fmt: skip

# ---- "it", "that place": the place added just before -----------------------------------------
c.case("referent", "hadibo",
       S("adiciona o frankincense cafe no dia 2", Type(SEL, DONE)), pick(),
       S("na vdd coloca ele as 16h", Type(DONE, CONF)), yes("sim"),
       final=(Retimed(None, "16:00"), NewCount(1)), locale="pt")  # fmt: skip
c.case("referent", "kyoto",
       S("bota o nishiki market no dia 3", Type(SEL, DONE)), pick(),
       S("pensando bem, passa ele pro dia 1", Type(DONE, CONF)), yes("sim"),
       final=(Moved(None, 1), NewCount(1)), locale="pt")  # fmt: skip
c.case("referent", "edinburgh",
       S("coloca a dean village no dia 4", Type(SEL, DONE)), pick(),
       S("me fala mais desse lugar", Type(DONE), Same(), SaysLast()),
       locale="pt")  # fmt: skip
c.case("referent", "porto",
       S("Põe o Jardim do Morro no dia 5 ao fim da tarde", Type(SEL, DONE)), pick(),
       S("Afinal troca-o pelo Jardim das Virtudes", Type(DONE),
         Replaced("Jardim do Morro", 5, ("Jardim das Virtudes",))),
       locale="pt")  # fmt: skip
c.case("referent", "mumbai",
       S("coloca o bohri mohalla kitchen pro jantar de hoje", Type(SEL, DONE)), pick(),
       S("reserva la pra 3 pessoas"), reply("20h"), reply("20h"),
       final=(Booked(party=3),), locale="pt")  # fmt: skip

# ---- already on the trip: said so (or warned), not silently doubled --------------------------
for trip, text in (
    ("kyoto", "adiciona o fushimi inari no dia 3"),
    ("porto", "Põe a Ribeira no dia 5"),
    ("goa", "quero ir na anjuna beach no dia 4"),
):
    c.case("duplicate", trip, S(text, AnyOf(Same(), Warned())), locale="pt")

# ---- a time already taken: warned or asked ---------------------------------------------------
c.case("clash", "kyoto", S("coloca o nishiki market no dia 2 as 13h"),
       go("sim", "1", answer="pode ser as 14h"), go("sim", "1", answer="pode ser as 14h"),
       final=(ClashHandled(2, "13:00", ("Nishiki Market",)),), locale="pt")  # fmt: skip
c.case("clash", "edinburgh", S("bota a st giles no dia 1 as 9 e meia"),
       go("sim", "1", answer="pode ser as 11h"), go("sim", "1", answer="pode ser as 11h"),
       final=(ClashHandled(1, "09:30", ("St Giles",)),), locale="pt")  # fmt: skip
c.case("clash", "porto", S("Mete o Café Galeria no dia 2 às 10h"),
       go("sim", "1", answer="pode ser às 9h"), go("sim", "1", answer="pode ser às 9h"),
       final=(ClashHandled(2, "10:00", ("Café Galeria",)),), locale="pt")  # fmt: skip

# ---- filling the empty meal slots ------------------------------------------------------------
several("slot_fill", "hadibo", "preenche as refeições vazias do dia 2 pra mim",
        *(Filled(2, (meal,), MEAL) for meal in ("Breakfast", "Lunch", "Dinner")),
        turns=4)  # fmt: skip
several("slot_fill", "edinburgh",
        "tem uns almoços sem nada marcado, escolhe uns lugares bons pra mim",
        *(Filled(day, ("Lunch",), MEAL) for day in (1, 3, 5)), turns=4)  # fmt: skip
several("slot_fill", "cartagena", "o dia 2 ta sem almoço e sem jantar, resolve ai",
        Filled(2, ("Almuerzo",), MEAL), Filled(2, ("Cena",), MEAL), turns=3)  # fmt: skip

# ---- small talk and thanks -------------------------------------------------------------------
c.chat("social", "hadibo", "obrigadaaa ❤️", locale="pt")
c.chat("social", "kyoto", "bom diaaa", locale="en")
c.chat("social", "porto", "Obrigado, és um espetáculo!", locale="pt")
c.chat("social", "mumbai", "kkkkk to morta de cansada hj mas ta sendo incrivel", locale="pt")

# ---- questions: weather, safety, cost, events, sharing ---------------------------------------
c.still("info", "edinburgh", "vai chover muito em edimburgo nesses dias?", NoDump(), locale="pt")
c.still("info", "cartagena", "é seguro andar a noite por getsemani?", NoDump(), locale="pt")
c.still("info", "porto", "Quanto é que vamos gastar mais ou menos nesta viagem?", locale="pt")
c.still("info", "bogota", "tem algum show ou evento rolando em bogota nessas datas?", NoDump(),
        locale="pt")  # fmt: skip
c.still("info", "goa", "como eu mando o roteiro pro meu namorado?", NoDump(), locale="pt")

# ---- replies to cards: "o segundo", a name, "o último", "3", "nenhum" ------------------------
c.case("choice", "hadibo",
       S("coloca um sushi no dia 2", Type(SEL), Cards(("sushi",), min=2)),
       S("o segundo", Type(DONE), Chose(1)), locale="pt")  # fmt: skip
c.case("choice", "hadibo",
       S("quero comida indiana no almoço do dia 2, quais as opções?", Type(SEL),
         Cards(("indian",))),
       S("spice rout", Type(DONE), Added(2, name="Spice Route Kitchen")), locale="pt")  # fmt: skip
c.case("choice", "goa",
       S("me mostra opções de restaurante goês pro almoço do dia 3", Type(SEL),
         Cards(("goan",), min=2)),
       S("o ultimo", Type(DONE), Chose(-1)), locale="pt")  # fmt: skip
c.case("choice", "jaipur",
       S("quero ver opções de templos pro dia 3 à tarde", Type(SEL), Cards(("temple",), min=3)),
       S("3", Type(DONE), Chose(2)), locale="pt")  # fmt: skip
c.case("choice", "edinburgh",
       S("opções de brunch pro dia 4?", Type(SEL), Cards(("brunch",))),
       S("hmm nenhum desses, deixa pra la", Type(DONE, INPUT), Same()),
       final=(NewCount(0),), locale="pt")  # fmt: skip

# ---- the reply follows the language the traveler writes in -----------------------------------
c.add("hadibo", "oi! coloca um cafe no dia 2 de manha", day=2,
      terms=("cafe", "coffee", "bakery", "breakfast"),
      between=MORNING, kind="locale", locale="en")  # fmt: skip
c.still("locale", "cartagena", "mostra o que tem no dia 3", Says("Playa de Bocagrande"),
        locale="es")  # fmt: skip
c.case("locale", "kyoto",
       S("hi! can you show me day 1?", Type(DONE), Says("Kinkaku-ji"), lang="en"),
       S("valeu! agora tira o ryoanji", Type(DONE, CONF)), yes("sim"),
       final=(Removed("Ryoan-ji"),), locale="pt")  # fmt: skip

CASES: list[Case] = c.cases
