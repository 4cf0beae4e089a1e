"""fresh6, Portuguese: a blind held-out set of traveler conversations (pt).

Who writes: Brazilians from São Paulo ("mano", "tipo"), Rio, Bahia ("oxe", "painho"), Minas
("uai", "trem"), Rio Grande do Sul ("bah", "tchê", "tu"), Portuguese from Lisbon and Porto ("pá",
"fixe", "está bem", "pequeno-almoço", "se faz favor"), Angolans ("ya", "bué", "kota") and
Mozambicans ("maningue", "mano"), on a phone: shorthand (vc, pq, tb, qdo, blz, obg, pfv, mto, hj,
amanha), no accents or the wrong ones, typos, times in words ("às 8 e meia", "lá pras 7", "umas
3 da tarde", "à noitinha"), weekdays, "depois de amanhã", "no primeiro/último dia", replies to
the bot's questions and cards as bare words ("o segundo", "3", a name, "nenhum"), "sim" in many
forms. A few have their stored setting in English or Spanish and still write Portuguese.

Written blind on 2026-12-07, from how travelers write, without reading the parser, the message
catalog or any other corpus file. It measures; it must never be tuned on.
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    ERR,
    INPUT,
    SEL,
    AnyOf,
    Cards,
    Changed,
    Same,
    Says,
    SaysLast,
    Type,
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
from bench.understanding_corpus.places import (
    CHEAP,
    FAMILY,
    OPEN_NOW,
    ROMANTIC,
    ROOFTOP,
    TOP_RATED,
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

c = Corpus("pt", "f6", locale="pt")

FOOD = ("restaurant", "cafe", "bakery", "street food")
SEAFOOD = ("seafood", "fish")
VEG_TOP = Wish(min_rating=4.5, keywords=("vegetarian", "vegan", "shojin ryori"))
WIFI = Wish(keywords=("wifi",))

# ---- add: a named place or a kind of place, on a day, sometimes at a time -----------------

c.add("porto", "adiciona o Café Galeria no dia 5 de manhã", day=5, terms=("cafe", "coffee"),
      between=MORNING, name="Café Galeria")
c.add("porto", "bota o mercado do bolhao na sexta la pras 10", day=5, terms=("market",),
      at="10:00", name="Mercado do Bolhão")
c.add("kyoto", "mano poe o ginkakuji no ultimo dia de manha", day=3, terms=("temple",),
      between=MORNING, name="Ginkaku-ji")
c.add("edinburgh", "queria colocar a Dean Village no dia 4, dizem q é lindo", day=4,
      terms=("Dean Village",), name="Dean Village")
c.add("goa", "coloca uma praia no dia 4 à tarde", day=4, terms=("beach",), between=AFTERNOON)
c.add("mumbai", "quero ir no Crawford Market amanhã", day=2, terms=("market",),
      name="Crawford Market")
c.add("jaipur", "põe o Albert Hall Museum no dia 3 umas 3 da tarde", day=3, terms=("museum",),
      at="15:00", name="Albert Hall Museum")
c.add("hadibo", "bah, adiciona a Hoq Cave no dia 2 tchê", day=2, terms=("cave",),
      name="Hoq Cave")
c.add("cartagena", "oxe, bota o museu naval del caribe no dia 4 pra mim", day=4,
      terms=("museum",), name="Museo Naval del Caribe")
c.add("bogota", "coloca um cafezinho no dia 3 de manhã, tipo café especial", day=3,
      terms=("cafe", "coffee"), between=MORNING)
c.add("porto", "uai, põe uma pizzaria no dia 5 à noitinha", day=5, terms=("pizza",),
      between=EVENING)
c.add("edinburgh", "um museu de arte no dia quatro, se faz favor", day=4,
      terms=("art", "gallery"))
c.add("kyoto", "adiciona o nishiki market no dia 1 depois do almoço", day=1,
      terms=("market",), between=AFTERNOON, name="Nishiki Market")
c.add("porto", "adiciona a Igreja do Carmo no primeiro dia às 17h", day=1, terms=("church",),
      at="17:00", name="Igreja do Carmo", locale="en")

# ---- add_slots: the open meal slots of the fixtures ---------------------------------------

c.add("porto", "pro almoço do dia 3 quero bacalhau", day=3, terms=("bacalhau", "codfish"),
      slot="Lunch", kind="add_slots")
c.add("hadibo", "jantar do dia 2: frutos do mar pfv", day=2, terms=SEAFOOD, slot="Dinner",
      kind="add_slots")
c.add("kyoto", "no almoço do último dia queria comer tofu", day=3, terms=("tofu",),
      slot="Lunch", kind="add_slots")
c.add("porto", "marca um sítio para o pequeno-almoço de quinta, pá",
      day=4, terms=("breakfast", "cafe", "coffee", "bakery", "pastries", "brunch"),
      slot="Breakfast", kind="add_slots")
c.add("mumbai", "amanhã no café da manhã bora de dosa", day=2, terms=("dosa", "south indian"),
      slot="Breakfast", kind="add_slots")
c.add("goa", "no jantar do primeiro dia quero um frutos do mar bem goano", day=1,
      terms=("seafood", "goan"), slot="Dinner", kind="add_slots")

# ---- wishes: cheap, well rated, veggie, romantic, rooftop, kids, open now, wifi -----------

c.add("porto", "algum restaurante barato pro dia 5? to sem grana kkk", day=5, terms=FOOD,
      wish=CHEAP, kind="wishes")
c.add("kyoto", "um vegetariano bem avaliado pro dia 3", day=3,
      terms=("vegetarian", "vegan"), wish=VEG_TOP, kind="wishes")
c.add("edinburgh", "quero um jantar romântico no dia 4, é aniversário da minha namorada",
      day=4, terms=("restaurant",), wish=ROMANTIC, between=DINNER, kind="wishes")
c.add("jaipur", "um bar com rooftop pra tomar um drink no primeiro dia à noite", day=1,
      terms=("bar", "cocktails"), wish=ROOFTOP, kind="wishes")
c.add("hadibo", "algum passeio bom pra levar as crianças no dia dois?", day=2, wish=FAMILY,
      kind="wishes")
c.add("mumbai", "to morrendo de fome, me acha um lugar aberto agora pra comer", day=1,
      terms=FOOD, wish=OPEN_NOW, kind="wishes")
c.add("goa", "preciso de um café com wifi pra trabalhar no dia 4", day=4,
      terms=("cafe", "coffee"), wish=WIFI, kind="wishes")
c.add("porto", "o marisco mais bem avaliado da cidade, no dia 5 à noite", day=5,
      terms=SEAFOOD, wish=TOP_RATED, kind="wishes", locale="en")

# ---- remove -------------------------------------------------------------------------------

c.edit("remove", "porto", "tira a Torre dos Clérigos", Removed("Torre dos Clérigos"),
       confirm="pode tirar")
c.edit("remove", "kyoto", "remove o sanjusangendo pfv, cansei de templo",
       Removed("Sanjusangen-do"), confirm="sim")
c.edit("remove", "edinburgh", "nao quero mais ir no wee dram", Removed("The Wee Dram"),
       confirm="isso")
c.edit("remove", "mumbai", "cancela a ida pra Elephanta amanhã, vai chover",
       Removed("Elephanta Caves"), confirm="ya")
c.edit("remove", "goa", "tira a praia do dia 2", Removed("Anjuna Beach"), Kept("Miramar Beach"),
       confirm="s")
c.edit("remove", "hadibo", "oxe, tira esse mercado do ultimo dia", Removed("Hadibo Old Market"),
       confirm="pode")
c.edit("remove", "jaipur", "exclui o jantar mantar por favor", Removed("Jantar Mantar"),
       confirm="sim sim", locale="en")

# ---- clear: a whole day -------------------------------------------------------------------

c.edit("clear", "porto", "limpa o dia 3 inteiro", Cleared(3), confirm="pode limpar")
c.edit("clear", "edinburgh", "apaga tudo do dia 2, vou ficar no hotel descansando", Cleared(2),
       confirm="sim, apaga")
c.edit("clear", "hadibo", "zera o primeiro dia, vamos improvisar", Cleared(1), confirm="bora")

# ---- move: another day, sometimes a time too ----------------------------------------------

c.edit("move", "porto", "passa o Museu de Serralves pro dia 5", Moved("Museu de Serralves", 5),
       confirm="sim")
c.edit("move", "kyoto", "joga o castelo nijo pro dia 1", Moved("Nijo Castle", 1),
       confirm="fechou")
c.edit("move", "edinburgh", "move o arthurs seat pra quinta de manhã", Moved("Arthur's Seat", 4),
       confirm="isso mesmo")
c.edit("move", "mumbai", "muda o Haji Ali pra amanhã", Moved("Haji Ali Dargah", 2),
       confirm="pode ser")
c.edit("move", "goa", "o forte aguada pode ir pro ultimo dia", Moved("Fort Aguada", 4),
       confirm="claro")
c.edit("move", "jaipur", "bota o Hawa Mahal no dia 2 às 11h", Moved("Hawa Mahal", 2, "11:00"),
       confirm="sim")
c.edit("move", "cartagena", "passa Las Bovedas pra quinta-feira", Moved("Las Bóvedas", 4),
       confirm="ok")

# ---- retime: same day, another time -------------------------------------------------------

c.edit("retime", "porto", "muda a livraria lello pras 10 e meia",
       Retimed("Livraria Lello", "10:30"), confirm="sim")
c.edit("retime", "kyoto", "o kaiseki pode ser às 8 da noite?",
       Retimed("Kamogawa Kaiseki", "20:00"), confirm="pode")
c.edit("retime", "edinburgh", "atrasa o calton hill pra umas 4 e meia",
       Retimed("Calton Hill", "16:30"), confirm="sim")
c.edit("retime", "hadibo", "o Corniche Fish Grill passa pras 20h",
       Retimed("Corniche Fish Grill", "20:00"), confirm="beleza")
c.edit("retime", "mumbai", "marine drive mais tarde, tipo 19h", Retimed("Marine Drive", "19:00"),
       confirm="ok")
c.edit("retime", "bogota", "coloca o Museo Botero às 3 da tarde", Retimed("Museo Botero", "15:00"),
       confirm="sim")

# ---- replace ------------------------------------------------------------------------------

c.edit("replace", "porto", "troca a Casa da Francesinha por algo vegetariano",
       Replaced("Casa da Francesinha", 4, ("vegetarian", "vegan")), confirm="sim")
c.edit("replace", "kyoto", "troca o ramen do dia 2 por tempura",
       Replaced("Menya Kurogane", 2, ("tempura",)), confirm="pode")
c.edit("replace", "edinburgh", "em vez do thistle & stag quero frutos do mar no dia 1",
       Replaced("The Thistle & Stag", 1, SEAFOOD), confirm="sim")
c.edit("replace", "goa", "o Vindaloo & Vinho tá caro demais, troca por um restaurante mais barato",
       Replaced("Vindaloo & Vinho", 3, ("restaurant",), CHEAP), confirm="isso")
c.edit("replace", "jaipur", "troca o Nahargarh pelo Jaigarh Fort",
       Replaced("Nahargarh Fort", 3, ("Jaigarh",)), confirm="ya")

# ---- swap_days ----------------------------------------------------------------------------

c.edit("swap_days", "porto", "inverte o dia 1 com o dia 2", Swapped(1, 2), confirm="sim")
c.edit("swap_days", "kyoto", "troca o dia 2 pelo 3", Swapped(2, 3), confirm="pode trocar")
c.edit("swap_days", "goa", "bah, troca a segunda com a quarta", Swapped(1, 3), confirm="isso")

# ---- trip: dates and length ---------------------------------------------------------------

c.edit("trip", "porto", "a gente só chega dia 8 de dezembro, começa a viagem nesse dia",
       Start("2026-12-08"), confirm="sim")
c.edit("trip", "goa", "acrescenta mais um dia na viagem", Days(5), confirm="pode")
c.edit("trip", "kyoto", "adia a viagem toda uma semana", Start("2026-12-14"), Days(3),
       confirm="sim")
c.edit("trip", "edinburgh", "corta o ultimo dia, vou ter q voltar antes", Days(4),
       confirm="pode cortar")

# ---- undo: an edit, then taking it back ---------------------------------------------------

DID = AnyOf((Type(DONE), Changed()), (Type(CONF, SEL), Same()))
c.case("undo", "porto", S("tira a Ribeira", DID), go("sim", "1", Type(DONE), Changed()),
       S("ops, desfaz isso", Type(DONE), Changed()), final=(Same(),))
c.case("undo", "kyoto", S("joga o Nijo Castle pro dia 1", DID),
       go("isso", "1", Type(DONE), Changed()),
       S("hmm nao, volta como tava antes", Type(DONE), Changed()), final=(Same(),))
c.case("undo", "hadibo", S("limpa o dia 3", DID), go("pode", "1", Type(DONE), Changed()),
       S("eita, desfaz a ultima mudança pfv", Type(DONE), Changed()), final=(Same(),))

# ---- show ---------------------------------------------------------------------------------

c.still("show", "porto", "o que tem no dia 2?", Says("Palácio da Bolsa", "Ponte Luís I"))
c.still("show", "mumbai", "e amanhã, como fica?", Says("Elephanta Caves", "Marine Drive"))
c.still("show", "kyoto", "me manda o roteiro completo",
        Says("Kinkaku-ji", "Fushimi Inari Taisha", "Nijo Castle"))
c.still("show", "edinburgh", "o q eu tenho pra quarta?", Says("Arthur's Seat", "The Wee Dram"))
c.still("show", "hadibo", "mostra o primeiro dia", Says("Delisha Beach"), locale="en")

# ---- plan ---------------------------------------------------------------------------------

c.flow("plan", "blank", "monta um roteiro pros 2 dias, curto templo e comida de rua",
       Plan("kyoto", 2), confirm="pode")
c.flow("plan", "blank", "nao tenho nada planejado ainda, monta tudo pra mim, sei la, escolhe tu",
       Plan("kyoto", 2), confirm="bora")
c.flow("plan", "goa", "o dia 4 tá vazio, monta ele pra mim com praia e comida boa",
       Added(4, only=False), NoLoss(), confirm="sim")

# ---- explain ------------------------------------------------------------------------------

c.still("explain", "porto", "pq a Casa da Francesinha? é boa msm?", Says("Casa da Francesinha"))
c.still("explain", "kyoto", "me fala um pouco do Fushimi Inari Taisha",
        Says("Fushimi Inari Taisha"))
c.still("explain", "jaipur", "o que é esse Jantar Mantar?", Says("Jantar Mantar"))
c.still("explain", "edinburgh", "vale a pena subir o Arthur's Seat?", Says("Arthur's Seat"))

# ---- info ---------------------------------------------------------------------------------

c.still("info", "porto", "a livraria lello abre que horas?", Says("Livraria Lello"))
c.still("info", "hadibo", "qual o endereço do Corniche Fish Grill?", Says("Corniche Fish Grill"))
c.still("info", "kyoto", "o Kamogawa Kaiseki é caro?", Says("Kamogawa Kaiseki"))
c.still("info", "mumbai", "o Chhatrapati Shivaji Maharaj Vastu Sangrahalaya fecha q horas hj?",
        Says("Chhatrapati Shivaji Maharaj Vastu Sangrahalaya"))

# ---- book ---------------------------------------------------------------------------------

c.flow("book", "porto", "reserva uma mesa pra 4 na Marisqueira da Foz, se faz favor",
       Booked("Marisqueira da Foz", party=4), confirm="sim, se faz favor", answer="4 pessoas")
c.flow("book", "kyoto", "consegue reservar o kaiseki do dia 1 pra nós 2?",
       Booked("Kamogawa Kaiseki", party=2), confirm="sim", answer="2")
c.flow("book", "edinburgh", "quero reservar o Thistle & Stag no primeiro dia, eu e minha esposa",
       Booked("The Thistle & Stag", party=2), confirm="pode reservar", answer="2 pessoas")

# ---- expert -------------------------------------------------------------------------------

c.flow("expert", "porto", "tem algum guia local? queria um passeio de vinho do porto com alguém",
       Lead(), confirm="sim", answer="vinho do porto e comida")
c.flow("expert", "goa", "queria falar com alguém local que conheça as igrejas antigas",
       Lead(), confirm="pode ser", answer="igrejas e história portuguesa")

# ---- help ---------------------------------------------------------------------------------

c.chat("help", "porto", "oi, como funciona isso aqui? o que vc consegue fazer?")
c.chat("help", "hadibo", "ajuda")
c.chat("help", "goa", "ya, e como é que eu mudo as coisas no roteiro?")

# ---- multi: two requests in one message ---------------------------------------------------

c.flow("multi", "porto", "move a Ribeira pro dia 5 e tira a Torre dos Clérigos",
       Moved("Ribeira", 5, alone=False), Removed("Torre dos Clérigos"), confirm="sim")
c.flow("multi", "kyoto", "tira o ryoan-ji e adiciona o Ginkaku-ji no dia 3",
       Removed("Ryoan-ji"), Added(3, name="Ginkaku-ji", only=False), confirm="isso")
c.flow("multi", "edinburgh", "muda o Calton Hill pras 16h e a Victoria Street pras 18h",
       Retimed("Calton Hill", "16:00", alone=False),
       Retimed("Victoria Street", "18:00", alone=False), confirm="pode")
c.flow("multi", "mumbai", "cancela o Haji Ali e passa o almoço do dia 3 pras 14h",
       Removed("Haji Ali Dargah"), Retimed("Annapoorna Thali House", "14:00", alone=False),
       confirm="ok")
c.flow("multi", "goa",
       "adiciona a Se Cathedral no dia 4 de manhã e a Cantina Feni no dia 4 à noite",
       Added(4, name="Se Cathedral", between=MORNING, only=False),
       Added(4, name="Cantina Feni", between=EVENING, only=False), confirm="sim")

# ---- referent: "it", "that place", "the last one" -----------------------------------------

c.case("referent", "porto",
       S("adiciona o Café Galeria no dia 5", Type(SEL, DONE)), pick("1"),
       S("na vdd coloca ele às 10", Type(DONE, CONF)), If(CONF, "sim", Type(DONE)),
       final=(Retimed("Café Galeria", "10:00", day=5),))
c.case("referent", "hadibo",
       S("bota o Mandi House no almoço do dia 2", Type(SEL, DONE)), pick("1"),
       S("e esse lugar é bom msm?", Type(DONE), Same(), SaysLast()))
c.case("referent", "kyoto",
       S("adiciona o Kissa Matcha-an no dia 3 à tarde", Type(SEL, DONE)), pick("1"),
       S("opa, tira isso, mudei de ideia", AnyOf((Type(DONE), Removed()), (Type(CONF), Same()))),
       If(CONF, "sim", Type(DONE), Removed()),
       final=(NoLoss(), NewCount(0)))
c.case("referent", "mumbai",
       S("adiciona a Jehangir Art Gallery amanhã à tarde", Type(SEL, DONE)), pick("1"),
       S("na verdade passa ela pra depois de amanhã", Type(DONE, CONF)),
       If(CONF, "pode", Type(DONE)),
       final=(Moved("Jehangir Art Gallery", 3),))

# ---- duplicate: what the trip already has -------------------------------------------------

c.already("porto", "adiciona a Livraria Lello no dia 3", "Livraria Lello")
c.already("kyoto", "bota o Kinkaku-ji no dia 2 tb", "Kinkaku-ji")
c.already("mumbai", "quero ver o Marine Drive amanhã", "Marine Drive")

# ---- clash: a time that is taken ----------------------------------------------------------

c.flow("clash", "porto", "coloca o Café Galeria no dia 2 às 10h",
       ClashHandled(2, "10:00", ("Café Galeria",)), turns=2, confirm="sim")
c.flow("clash", "edinburgh", "bota a Dean Village no dia 1 às 9 e meia",
       ClashHandled(1, "09:30", ("Dean Village",)), turns=2, confirm="pode colocar")
c.flow("clash", "kyoto", "adiciona o tenryu-ji no dia 3 às 9:30",
       ClashHandled(3, "09:30", ("Tenryu-ji",)), turns=2, confirm="tá bom")

# ---- slot_fill: the bot asks for what is missing, the traveler answers bare ---------------

c.edit("slot_fill", "porto", "quero mudar o horário da Tasca do Cais",
       Retimed("Tasca do Cais", "13:30"), answer="pra uma e meia da tarde")
c.flow("slot_fill", "porto", "adiciona a Capela das Almas", Added(5, name="Capela das Almas"),
       turns=2, confirm="sim", choose="dia 5", answer="no dia 5")
c.flow("slot_fill", "kyoto", "muda o Ryoan-ji de dia", Moved("Ryoan-ji", 3), turns=2,
       confirm="sim", choose="dia 3", answer="pro 3")
c.case("slot_fill", "hadibo", S("quero adicionar um lugar", Type(INPUT, ERR), Same()),
       S("um sushi, no dia 2", Type(SEL, DONE)), pick("1"), final=(Added(2, ("sushi",)),))

# ---- social -------------------------------------------------------------------------------

c.chat("social", "porto", "valeu, mto obg!!")
c.chat("social", "mumbai", "bom diaaa, tudo bem contigo?")
c.chat("social", "jaipur", "ahahah és mesmo fixe, pá", locale="en")

# ---- choice: typed replies to cards -------------------------------------------------------

c.case("choice", "hadibo", S("quero sushi no dia 2", Type(SEL), Cards(("sushi",))),
       If(SEL, "o segundo", Type(DONE), Chose(1)))
c.case("choice", "porto", S("uma igreja bonita no dia 5", Type(SEL), Cards(("church",))),
       If(SEL, "a capela das almas", Type(DONE)),
       final=(Added(5, ("church",), name="Capela das Almas"),))
c.case("choice", "jaipur", S("um templo no dia 3", Type(SEL), Cards(("temple",))),
       If(SEL, "3", Type(DONE), Chose(2)))
c.case("choice", "mumbai", S("bota um museu hoje à tarde", Type(SEL), Cards(("museum",))),
       If(SEL, "nenhum desses, deixa quieto", Type(DONE), Same()), final=(Same(),))
c.case("choice", "goa", S("um restaurante vegetariano no dia 4", Type(SEL),
                          Cards(("vegetarian", "vegan"))),
       If(SEL, "o ultimo", Type(DONE), Chose(-1)))

# ---- locale: stored setting in another language, writing Portuguese -----------------------

c.chat("locale", "porto", "oi, pode falar comigo em português? não manjo mto de inglês",
       locale="en")
c.still("locale", "kyoto", "o que tem no dia 1?", Says("Kinkaku-ji"), locale="en")
c.edit("locale", "goa", "tira a Miramar Beach do primeiro dia pfv", Removed("Miramar Beach"),
       confirm="sim", locale="es")

CASES = c.cases
