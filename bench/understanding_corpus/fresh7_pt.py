"""fresh7, Portuguese: a blind held-out set of traveler conversations.

Who writes: Brazilians from several regions (São Paulo, Rio, Minas, Bahia, Pernambuco, Pará,
Rio Grande do Sul, Goiás), Portuguese from Lisbon, Porto and the Algarve, Angolans from Luanda
and Mozambicans from Maputo and Beira; students, couples, families with kids, retirees, a
wheelchair user's daughter, people on their phones in a hurry. They type as they do: without
accents, with typos and abbreviations (vc, pq, tb, blz, msm), emojis, all caps, voice-dictated
run-ons, corrections mid-message, two or three requests at once, and bare answers to the
bot's cards and questions. Most have "pt" stored; a few have "en" or "es" stored and still
write Portuguese, and the reply must follow what they write.

Written blind on 2026-12-07 from the demo data, the fixtures and the protocol only (no parser,
catalog or other corpus file read). It is a measure: never tune the parser on it.
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    INPUT,
    SEL,
    Cards,
    NoDump,
    NotSays,
    Same,
    Says,
    SaysLast,
    Short,
    Type,
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
from bench.understanding_corpus.places import (
    CHEAP,
    FAMILY,
    OPEN_NOW,
    ROMANTIC,
    ROOFTOP,
    TOP_RATED,
    VEGGIE,
    Wish,
)
from bench.understanding_corpus.spec import (
    AFTERNOON,
    BREAKFAST,
    DINNER,
    EVENING,
    LUNCH,
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

c = Corpus("pt", "f7", locale="pt")
CHEAP_VEGGIE = Wish(max_price=1, keywords=VEGGIE.keywords)

# ---- add: a place, by name or by kind, on a day, at a time ---------------------------------

c.add("porto", "adiciona um restaurante de sushi no dia 3 pro jantar", day=3, terms=("sushi",),
      between=DINNER)  # fmt: skip
c.add("porto", "Queria acrescentar a Capela das Almas na sexta de manhã, se faz favor", day=5,
      name="Capela das Almas", between=MORNING)  # fmt: skip
c.add("hadibo", "coloca a praia de Qalansiyah no dia 2 à tarde", day=2, name="Qalansiyah Beach",
      between=AFTERNOON)  # fmt: skip
c.add("kyoto", "bota o Ginkaku-ji no dia 3 de manha cedo", day=3, name="Ginkaku-ji",
      between=MORNING)  # fmt: skip
c.add("edinburgh", "acrescenta uma trilha ou caminhada no dia 4 de manhã, a gente curte andar",
      day=4, terms=("hike", "walk", "hiking area"), between=MORNING)  # fmt: skip
c.add("goa", "me coloca uma praia no último dia à tarde, bem tranquila de preferência", day=4,
      terms=("beach",), between=AFTERNOON)  # fmt: skip
c.add("mumbai", "adiciona um lugar de comida de rua hoje à noite", day=1, terms=("street food",),
      between=EVENING)  # fmt: skip
c.add("jaipur", "quero ir no Albert Hall Museum no dia 3 depois do forte", day=3,
      name="Albert Hall Museum", between=("10:30", "17:00"))  # fmt: skip
c.add("bogota", "põe a Quinta de Bolívar no dia 4 às 10h", day=4, name="Quinta de Bolívar",
      at="10:00")  # fmt: skip
c.add("cartagena", "coloca a Torre del Reloj no dia 4 às 17h pra tirar umas fotos", day=4,
      name="Torre del Reloj", at="17:00")  # fmt: skip
c.add("hadibo", "inclui a caverna de Hoq no terceiro dia pela manhã", day=3, name="Hoq Cave",
      between=MORNING)  # fmt: skip
c.add("kyoto", "bota um café no dia 1 antes do Kinkaku-ji pra gente não ir de estômago vazio",
      day=1, terms=("cafe", "coffee"), between=("06:00", "08:59"))  # fmt: skip
c.add("porto", "mete a Igreja do Carmo no dia 1 a seguir à Ribeira", day=1,
      name="Igreja do Carmo", between=("16:00", "19:00"))  # fmt: skip
c.add("edinburgh", "encaixa a Scottish National Gallery na quinta à tarde", day=4,
      name="Scottish National Gallery", between=AFTERNOON)  # fmt: skip
c.add("goa", "adiciona o Forte Reis Magos no dia 3 às 3 da tarde", day=3, name="Reis Magos Fort",
      at="15:00")  # fmt: skip
c.add("bogota", "adc uma padaria no dia 3 de manha cedinho", day=3, terms=("bakery",),
      between=BREAKFAST)  # fmt: skip
c.add("blank", "coloca o templo Kiyomizu no primeiro dia", day=1, name="Kiyomizu-dera")
c.add("mumbai", "amanhã à tarde quero conhecer o Kala Ghoda", day=2, terms=("Kala Ghoda",),
      between=AFTERNOON)  # fmt: skip
c.add("cartagena", "OI, COLOCA O CONVENTO DA POPA NO DIA 5 DE MANHÃ", day=5,
      name="Convento de la Popa", between=MORNING)  # fmt: skip
c.add("jaipur", "a gente quer ver o palácio da água, o Jal Mahal, no dia 2 no fim da tarde 🌅",
      day=2, name="Jal Mahal", between=("16:00", "19:30"))  # fmt: skip

# ---- add_slots: a meal into the trip's open slot ----------------------------------------

c.add("hadibo", "pro almoço do dia 2 quero algo de comida iemenita barata", day=2,
      terms=("yemeni",), wish=CHEAP, slot="Lunch", kind="add_slots")  # fmt: skip
c.add("porto", "no pequeno-almoço do dia 4 queria uma pastelaria com pastéis de nata", day=4,
      terms=("pastel de nata",), slot="Breakfast", kind="add_slots")  # fmt: skip
c.add("kyoto", "jantar do dia 2: izakaya, por favor", day=2, terms=("izakaya",), slot="Dinner",
      kind="add_slots")  # fmt: skip
c.add("edinburgh", "o café da manhã do dia 2 pode ser num lugar de brunch", day=2,
      terms=("brunch",), slot="Breakfast", kind="add_slots")  # fmt: skip
c.add("goa", "no jantar do primeiro dia quero frutos do mar, mas nada de camarão frito kkk",
      day=1, terms=("seafood",), slot="Dinner", kind="add_slots")  # fmt: skip
c.add("bogota", "pro almoco de terça acha um lugar de comida típica colombiana", day=2,
      terms=("colombian",), slot="Lunch", kind="add_slots")  # fmt: skip

# ---- wishes: cheap, vegetarian, rooftop, rated, family, romantic, open now ------------------

c.add("hadibo", "tem algum restaurante vegetariano pro almoço do dia 1? barato de preferência",
      day=1, terms=("restaurant",), wish=CHEAP_VEGGIE, between=LUNCH, kind="wishes")  # fmt: skip
c.add("mumbai", "algum bar com rooftop pra hoje à noite? queremos ver o mar", day=1,
      terms=("bar",), wish=ROOFTOP, between=EVENING, kind="wishes")  # fmt: skip
c.add("jaipur", "queria um restaurante bem avaliado, 4.5 pra cima, pro jantar do dia 1", day=1,
      terms=("restaurant",), wish=TOP_RATED, between=DINNER, kind="wishes")  # fmt: skip
c.add("bogota", "um parque bom pra ir com criança no dia 4 de manhã, meus filhos têm 5 e 8 anos",
      day=4, terms=("park",), wish=FAMILY, between=MORNING, kind="wishes")  # fmt: skip
c.add("kyoto", "restaurante vegano ou vegetariano no almoço do dia 3, sou vegetariana", day=3,
      terms=("restaurant",), wish=VEGGIE, slot="Lunch", kind="wishes")  # fmt: skip
c.add("mumbai", "to com fome, tem algum restaurante aberto agora? bota hoje msm", day=1,
      terms=("restaurant",), wish=OPEN_NOW, kind="wishes")  # fmt: skip
c.add("edinburgh", "precisamos de um lugar barato pra jantar no dia 2, tamo duro kkkk", day=2,
      terms=("restaurant",), wish=CHEAP, slot="Dinner", kind="wishes")  # fmt: skip
c.add("cartagena", "pra cena do sábado quero um restaurante romântico, é nosso aniversário 💍",
      day=6, terms=("restaurant", "cafe"), wish=ROMANTIC, slot="Cena", kind="wishes")  # fmt: skip

# ---- remove ---------------------------------------------------------------------------------

c.edit("remove", "porto", "tira a Torre dos Clérigos", Removed("Torre dos Clérigos"), confirm="sim")
c.edit("remove", "hadibo", "remove o mercado antigo do dia 3", Removed("Hadibo Old Market", 3),
       confirm="pode")  # fmt: skip
c.edit("remove", "kyoto", "nao quero mais o Sanjusangen-do, pode tirar",
       Removed("Sanjusangen-do"), confirm="sim")  # fmt: skip
c.edit("remove", "edinburgh", "a gente desistiu do cemitério, tira ele por favor",
       Removed("Greyfriars Kirkyard"), confirm="isso mesmo")  # fmt: skip
c.edit("remove", "goa", "cancela a praia de Anjuna", Removed("Anjuna Beach"), confirm="pode sim")
c.edit("remove", "mumbai", "hoje não vai dar pro museu, tira", Removed("Vastu Sangrahalaya", 1),
       confirm="sim")  # fmt: skip
c.edit("remove", "jaipur", "apaga o Jantar Mantar", Removed("Jantar Mantar"), Kept("City Palace"),
       confirm="s")  # fmt: skip
c.edit("remove", "bogota", "Tira o jantar do dia 1, vamos comer no hotel",
       Removed("Fogón Llanero", 1), confirm="confirmo")  # fmt: skip
c.edit("remove", "cartagena", "o bar do pôr do sol no primeiro dia, pode tirar",
       Removed("Muralla Sunset Bar"), confirm="sim")  # fmt: skip
c.edit("remove", "porto", "Boa tarde. A estação de São Bento já vimos noutra viagem, retire-a.",
       Removed("São Bento Station"), confirm="está bem")  # fmt: skip

# ---- clear a day ----------------------------------------------------------------------------

c.edit("clear", "porto", "limpa o dia 6 inteiro, vamos passar o dia em Lisboa", Cleared(6),
       confirm="está bem")  # fmt: skip
c.edit("clear", "hadibo", "apaga tudo do dia 1", Cleared(1), confirm="sim")
c.edit("clear", "bogota", "esvazia o terceiro dia que a gente vai improvisar", Cleared(3),
       confirm="pode sim")  # fmt: skip

# ---- move to another day --------------------------------------------------------------------

c.edit("move", "porto", "passa a Livraria Lello pro dia 4", Moved("Livraria Lello", 4),
       confirm="sim")  # fmt: skip
c.edit("move", "kyoto", "muda o castelo Nijo pro dia 1", Moved("Nijo Castle", 1), confirm="pode")
c.edit("move", "edinburgh", "joga o Calton Hill pro último dia", Moved("Calton Hill", 5),
       confirm="sim")  # fmt: skip
c.edit("move", "goa", "o forte Aguada pode ir pro dia 4, no mesmo horário",
       Moved("Fort Aguada", 4, at="10:30"), confirm="isso mesmo")  # fmt: skip
c.edit("move", "mumbai", "leva Haji Ali pra amanhã", Moved("Haji Ali Dargah", 2),
       confirm="pode sim")  # fmt: skip
c.edit("move", "jaipur", "Hawa Mahal passa pro dia 2 às 11h", Moved("Hawa Mahal", 2, at="11:00"),
       locale="en", confirm="sim")  # fmt: skip
c.edit("move", "cartagena", "mover getsemani pro dia 4", Moved("Getsemaní", 4), confirm="s")
c.edit("move", "hadibo", "o jardim das árvores sangue-de-dragão passa pro dia 1 às 14h",
       Moved("Dragon's Blood Nursery Garden", 1, at="14:00"), confirm="confirmo")  # fmt: skip

# ---- retime ---------------------------------------------------------------------------------

c.edit("retime", "porto", "muda o almoço na Tasca do Cais pra 13h30",
       Retimed("Tasca do Cais", "13:30"), confirm="sim")  # fmt: skip
c.edit("retime", "kyoto", "o jantar do dia 1 pode ser às 8 da noite?",
       Retimed("Kamogawa Kaiseki", "20:00"), confirm="pode ser")  # fmt: skip
c.edit("retime", "edinburgh", "atrasa o castelo pras 10h30", Retimed("Edinburgh Castle", "10:30"),
       confirm="bora")  # fmt: skip
c.edit("retime", "goa", "o Vindaloo & Vinho às 20h e não 19h30",
       Retimed("Vindaloo & Vinho", "20:00"), confirm="sim")  # fmt: skip
c.edit("retime", "jaipur", "Amber Fort mais cedo, tipo 8h", Retimed("Amber Fort", "08:00"),
       confirm="sim")  # fmt: skip
c.edit("retime", "bogota", "a visita ao Museo Botero pode ser às quatro e meia",
       Retimed("Museo Botero", "16:30"), locale="es", confirm="pode")  # fmt: skip
c.edit("retime", "mumbai", "o almoço no Annapoorna pode ser meio-dia e meia?",
       Retimed("Annapoorna Thali House", "12:30"), confirm="sim")  # fmt: skip
c.edit("retime", "hadibo", "passa o jantar no Corniche pras 20h15 pfv",
       Retimed("Corniche Fish Grill", "20:15"), confirm="isso mesmo")  # fmt: skip

# ---- replace --------------------------------------------------------------------------------

c.edit("replace", "porto", "troca a Marisqueira da Foz por algo mais barato",
       Replaced("Marisqueira da Foz", 2, ("restaurant",), CHEAP), confirm="pode sim")  # fmt: skip
c.edit("replace", "kyoto", "em vez do Menya Kurogane quero udon",
       Replaced("Menya Kurogane", 2, ("udon",)), confirm="sim")  # fmt: skip
c.edit("replace", "edinburgh", "substitui o Thistle & Stag por um restaurante de frutos do mar",
       Replaced("The Thistle & Stag", 1, ("seafood",)), confirm="s")  # fmt: skip
c.edit("replace", "goa", "o Casa Xacuti, troca por um vegetariano",
       Replaced("Casa Xacuti", 1, ("restaurant", "cafe"), VEGGIE), confirm="confirmo")  # fmt: skip
c.edit("replace", "jaipur", "troca o Haveli Rooftop Kitchen por outro rooftop mais em conta",
       Replaced("Haveli Rooftop Kitchen", 2, ("rooftop",), Wish(max_price=2)),
       confirm="sim")  # fmt: skip
c.edit("replace", "bogota", "substitui o Distrito Grafiti por um museu",
       Replaced("Distrito Grafiti", 3, ("museum",)), confirm="pode ser")  # fmt: skip
c.edit("replace", "mumbai", "a Elephanta é longe demais, põe um templo no lugar dela",
       Replaced("Elephanta Caves", 2, ("temple",)), confirm="bora")  # fmt: skip

# ---- swap days ------------------------------------------------------------------------------

c.edit("swap_days", "porto", "inverte o dia 2 com o dia 3", Swapped(2, 3), confirm="sim")
c.edit("swap_days", "kyoto", "troca segunda e quarta", Swapped(1, 3), confirm="sim")
c.edit("swap_days", "edinburgh", "dá pra trocar o dia 4 pelo dia 5?", Swapped(4, 5), confirm="pode")

# ---- trip: days and dates -------------------------------------------------------------------

c.edit("trip", "porto", "adiciona mais um dia no fim da viagem", Days(7), NoLoss(), confirm="sim")
c.edit("trip", "hadibo", "a viagem agora começa dia 10 de dezembro", Start("2026-12-10"),
       Days(3), confirm="isso mesmo")  # fmt: skip
c.edit("trip", "goa", "encurta a viagem pra 3 dias", Days(3), NoLoss(), confirm="pode sim")
c.edit("trip", "jaipur", "vamos chegar um dia antes, dá pra começar no domingo dia 6?",
       Start("2026-12-06"), confirm="sim")  # fmt: skip

# ---- undo -----------------------------------------------------------------------------------

c.case("undo", "porto",
       S("tira a Ribeira", Type(DONE, CONF)), go("sim"),
       S("ops, desfaz isso", Type(DONE)),
       final=(Kept("Ribeira", 1), Same()))  # fmt: skip
c.case("undo", "kyoto",
       S("coloca o Tofuku-ji no dia 3", Type(SEL, DONE)), pick(),
       S("não, volta atrás", Type(DONE)),
       final=(Same(),))  # fmt: skip
c.case("undo", "edinburgh",
       S("passa o Arthur's Seat pro dia 4", Type(DONE, CONF)), go("pode"),
       S("desfazer a última alteração", Type(DONE)),
       final=(Same(),))  # fmt: skip

# ---- show -----------------------------------------------------------------------------------

c.still("show", "porto", "o que tem no dia 2?", Says("Palácio da Bolsa", "Ponte Luís I"))
c.still("show", "hadibo", "me mostra o roteiro completo", Says("Delisha Beach",
        "Hadibo Old Market"))  # fmt: skip
c.still("show", "mumbai", "e amanhã, o que a gente faz?", Says("Elephanta Caves", "Marine Drive"))
c.still("show", "cartagena", "qual é a programação de sábado?", Says("Las Bóvedas"))

# ---- plan -----------------------------------------------------------------------------------

c.flow("plan", "blank", "monta um roteiro pros 2 dias em Kyoto, a gente curte templos e ramen",
       Plan("kyoto", 2, (("temple",), ("ramen",))), confirm="s")  # fmt: skip
c.flow("plan", "goa", "refaz os 4 dias do zero com foco em praia e frutos do mar",
       Plan("goa", 4, (("beach",), ("seafood",))), confirm="confirmo")  # fmt: skip
c.flow("plan", "porto", "planeia-me os 6 dias outra vez: vinho do Porto, azulejos e praia",
       Plan("porto", 6, (("port wine",), ("azulejos",), ("beach",))), confirm="sim")  # fmt: skip

# ---- explain --------------------------------------------------------------------------------

c.still("explain", "kyoto", "me fala do Kinkaku-ji", Says("Kinkaku-ji"), NotSays("Ginkaku-ji"))
c.still("explain", "porto", "vale a pena a Casa da Francesinha? nunca comi",
        Says("Casa da Francesinha"))  # fmt: skip
c.still("explain", "edinburgh", "pq o Arthur's Seat é tão famoso?", Says("Arthur's Seat"))

# ---- book -----------------------------------------------------------------------------------

c.flow("book", "porto", "reserva uma mesa na Marisqueira da Foz pra 4 pessoas às 20h",
       Booked("Marisqueira da Foz", 4, "20:00"), confirm="está bem")  # fmt: skip
c.flow("book", "kyoto", "faz reserva no Kamogawa Kaiseki pra dois, 19h",
       Booked("Kamogawa Kaiseki", 2, "19:00"), confirm="bora")  # fmt: skip
c.flow("book", "jaipur", "consegue reservar o Haveli Rooftop Kitchen pra nós 3 às 19h30?",
       Booked("Haveli Rooftop Kitchen", 3, "19:30"), confirm="sim")  # fmt: skip
c.flow("book", "bogota", "quero reservar o Fogón Llanero para seis pessoas",
       Booked("Fogón Llanero", 6), answer="às 19h30", confirm="sim")  # fmt: skip

# ---- expert ---------------------------------------------------------------------------------

c.flow("expert", "porto", "tem algum guia local que fale português pra fazer um tour de vinho?",
       Lead(), answer="vinho do Porto e caves, somos 4", confirm="pode")  # fmt: skip
c.flow("expert", "goa", "vcs tem alguém local em Goa que monte um passeio de barco pra familia?",
       Lead(), answer="passeio de barco e praias, somos 5, orçamento médio",
       confirm="sim")  # fmt: skip

# ---- help -----------------------------------------------------------------------------------

c.chat("help", "porto", "o que vc consegue fazer?")
c.chat("help", "hadibo", "como funciona isso aqui? sou nova no app")

# ---- multi: two or three requests in one message -----------------------------------------------

c.flow("multi", "porto", "tira a Ponte Luís I e põe a Igreja do Carmo no dia 1 às 17h",
       Removed("Ponte Luís I"),
       Added(1, name="Igreja do Carmo", at="17:00", only=False), confirm="isso mesmo")  # fmt: skip
c.flow("multi", "kyoto", "adiciona o Tenryu-ji no dia 3 e muda o Nijo Castle pras 16h",
       Added(3, name="Tenryu-ji", only=False),
       Retimed("Nijo Castle", "16:00", alone=False), confirm="pode sim")  # fmt: skip
c.flow("multi", "hadibo",
       "no dia 2 quero café da manhã no Frankincense Cafe e jantar no Al Bahr Seafood House",
       Filled(2, ("Breakfast",), ("Frankincense Cafe",)),
       Filled(2, ("Dinner",), ("Al Bahr Seafood House",)), NewCount(2), confirm="sim")  # fmt: skip
c.flow("multi", "mumbai", "amanhã tira o Marine Drive e bota a Elephanta mais cedo, 9h30",
       Removed("Marine Drive"),
       Retimed("Elephanta Caves", "09:30", alone=False), confirm="s")  # fmt: skip
c.flow("multi", "edinburgh", "troca os dias 1 e 2 e depois apaga o Royal Mile",
       Moved("Edinburgh Castle", 2, alone=False),
       Moved("National Museum of Scotland", 1, alone=False),
       Removed("Royal Mile"), confirm="confirmo")  # fmt: skip
c.flow("multi", "goa",
       "coloca o Dona Paula Viewpoint no dia 4 de tarde e um jantar de frutos do mar no mesmo dia",
       Added(4, name="Dona Paula Viewpoint", only=False),
       Added(4, ("seafood",), between=DINNER, only=False), NewCount(2), confirm="sim")  # fmt: skip
c.flow("multi", "jaipur",
       "então no dia 3 eu queria tirar o Kachori Corner porque a gente vai tomar café no hotel "
       "e aí colocar o Jal Mahal lá pelas 4 da tarde e também ver um lugar pra jantar",
       Removed("Kachori Corner"),
       Added(3, name="Jal Mahal", at="16:00", only=False),
       Added(3, ("restaurant",), between=DINNER, only=False), confirm="pode ser")  # fmt: skip
c.flow("multi", "bogota", "muda o Museo del Oro pras 9h e a Plaza de Bolívar pras 11h",
       Retimed("Museo del Oro", "09:00", alone=False),
       Retimed("Plaza de Bolívar", "11:00", alone=False), NoLoss(), confirm="bora")  # fmt: skip
c.flow("multi", "cartagena",
       "no dia 2 coloca um almoço de comida árabe e de noite um lugar pra dançar salsa 💃",
       Filled(2, ("Almuerzo",), ("lebanese", "arabic")),
       Added(2, ("salsa",), between=("20:00", "23:59"), only=False), confirm="sim")  # fmt: skip
c.flow("multi", "porto",
       "põe o Mercado do Bolhão no dia 5 às 10h, não, espera, às 11h, e o almoço no Bifana do "
       "Bolhão a seguir",
       Added(5, name="Mercado do Bolhão", at="11:00", only=False),
       Added(5, name="Bifana do Bolhão", between=LUNCH, only=False), NewCount(2),
       confirm="sim")  # fmt: skip

# ---- referent: "it", "there", "that place" ---------------------------------------------------

c.case("referent", "porto",
       S("coloca a Adega do Douro no jantar do dia 3", Type(SEL, DONE)), pick(),
       S("reserva lá pra 2 às 20h", Type(DONE, CONF, INPUT)),
       go("sim", answer="às 20h"), go("sim"),
       final=(Booked(None, 2, "20:00"),))  # fmt: skip
c.case("referent", "kyoto",
       S("bota um restaurante de tempura no dia 3 à noite", Type(SEL, DONE)), pick(),
       S("me conta mais desse lugar", Type(DONE), Same(), SaysLast()))  # fmt: skip
c.case("referent", "hadibo",
       S("coloca a Detwah Lagoon no dia 2 à tarde", Type(SEL, DONE)), pick(),
       S("pensando bem, passa ela pro dia 3", Type(DONE, CONF)), go("sim"),
       final=(Moved(None, 3),))  # fmt: skip
c.case("referent", "edinburgh",
       S("adiciona um fish and chips no dia 4 pro almoço", Type(SEL, DONE)), pick(),
       S("ah não, tira isso", Type(DONE, CONF)), go("isso"),
       final=(Same(),))  # fmt: skip

# ---- duplicate: already on the trip -----------------------------------------------------------

c.already("porto", "adiciona a Livraria Lello no dia 1", "Livraria Lello")
c.already("kyoto", "coloca Fushimi Inari no dia 2", "Fushimi Inari Taisha")
c.already("goa", "põe a Casa Xacuti pro almoço do dia 1", "Casa Xacuti")

# ---- clash: the time is taken ---------------------------------------------------------------

for trip, text, day, busy, terms in (
    ("porto", "coloca o Mercado do Bolhão no dia 2 às 10h", 2, "10:00", ("market",)),
    ("edinburgh", "adiciona a St Giles' Cathedral no dia 1 às 9h30", 1, "09:30", ("church",)),
    ("jaipur", "quero o Birla Mandir no dia 2 às 15h30", 2, "15:30", ("temple",)),
):
    c.case("clash", trip, S(text, Type(DONE, CONF, SEL, INPUT)), go("sim"), go("pode ser"),
           final=(ClashHandled(day, busy, terms),))  # fmt: skip

# ---- slot_fill: the bot asks what is missing, the traveler answers in bare words ----------------

# The question ("which day?", "what time?") comes as options or as an open question: the bare
# answer is typed either way; then place cards are picked from, a confirmation is said yes to.
for trip, text, answer, final in (
    ("hadibo", "adiciona um restaurante de sushi", "no dia 2", Added(2, ("sushi",))),
    ("porto", "quero jantar num lugar de polvo", "sábado", Added(6, ("octopus",))),
    ("kyoto", "põe o Heian Shrine", "o terceiro dia", Added(3, name="Heian Shrine")),
    ("mumbai", "muda o horário do Gateway of India", "11h", Retimed("Gateway of India", "11:00")),
    ("edinburgh", "move a Victoria Street", "pro dia 4", Moved("Victoria Street", 4)),
    ("cartagena", "coloca uma praia", "dia 4", Added(4, ("beach",))),
):
    c.case("slot_fill", trip,
           S(text, Type(SEL, INPUT), Same()),
           If((SEL, INPUT), answer),
           go("sim"),
           final=(final,))  # fmt: skip

# ---- social ---------------------------------------------------------------------------------

c.still("social", "porto", "valeu!! vcs são demais 🙏", NoDump(), Short())
c.still("social", "hadibo", "bom dia! tudo bem por aí?", NoDump(), Short())
c.still("social", "goa", "obrigadão, ficou ótimo o roteiro, minha mãe vai amar", NoDump(),
        Short())  # fmt: skip

# ---- info: weather, cost, sharing -------------------------------------------------------------

c.chat("info", "kyoto", "vai chover no dia 2?")
c.chat("info", "porto", "quanto vai custar mais ou menos essa viagem?")
c.chat("info", "hadibo", "dá pra mandar o roteiro pro meu marido?")
c.chat("info", "edinburgh", "como exporto isso pro calendário do celular?")

# ---- choice: answering cards ------------------------------------------------------------------

c.case("choice", "hadibo",
       S("adiciona um lugar de sushi no dia 2", Type(SEL), Cards(("sushi",), min=2)),
       S("o segundo", Type(DONE), Chose(1)),
       final=(Added(2, ("sushi",)),))  # fmt: skip
c.case("choice", "hadibo",
       S("quero sushi pro almoço do dia 2", Type(SEL), Cards(("sushi",), min=2)),
       S("a última", Type(DONE), Chose(-1)),
       final=(Added(2, ("sushi",)),))  # fmt: skip
c.case("choice", "mumbai",
       S("algum lugar vegetariano pro almoço amanhã", Type(SEL), Cards((), VEGGIE, min=3)),
       S("o 3", Type(DONE), Chose(2)),
       final=(Added(2, (), VEGGIE),))  # fmt: skip
c.case("choice", "porto",
       S("sugere um miradouro pro dia 5", Type(SEL), Cards(("viewpoint",), min=2)),
       S("a segunda opção", Type(DONE), Chose(1)),
       final=(Added(5, ("viewpoint",)),))  # fmt: skip
c.case("choice", "kyoto",
       S("adiciona um templo no dia 3", Type(SEL), Cards(("temple",), min=2)),
       S("nenhum desses, deixa quieto", Type(DONE, INPUT), Same()),
       final=(Same(),))  # fmt: skip

# ---- locale: stored "en" or "es", written in Portuguese -------------------------------------

c.add("porto", "oi! bota uma bifana no dia 5 na hora do almoço", day=5, terms=("bifana",),
      between=LUNCH, kind="locale", locale="en")  # fmt: skip
c.still("locale", "goa", "o que tem no dia 2?", Says("Fort Aguada"), locale="es")
c.edit("locale", "hadibo", "tira a praia do dia 1 por favor", Removed("Delisha Beach"),
       locale="en", confirm="confirmo")  # fmt: skip
c.add("cartagena", "preciso de um restaurante de frutos do mar pro jantar do dia 6", day=6,
      terms=("seafood",), slot="Cena", kind="locale", locale="es")  # fmt: skip

CASES = c.cases
