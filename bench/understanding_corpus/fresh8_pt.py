"""fresh8, Portuguese: a blind held-out set of traveler conversations.

Who writes:
- a honeymoon couple from Curitiba ("daí", "piá"), typing in turns on one phone;
- a family from Florianópolis with a baby of eight months and a stroller;
- a teenager from Recife ("oxe", "visse", "kkkk"), all lowercase, no accents;
- a retired couple from Coimbra and a widow from Braga, in careful European Portuguese
  ("pequeno-almoço", "se faz favor", "marcar mesa");
- a traveler from Fortaleza in a wheelchair, who asks for what the chair can reach;
- a vlogger from Manaus and a civil servant from Brasília dictating by voice: long run-ons,
  no punctuation, corrections in the middle ("não pera");
- a family from the interior of São Paulo (Ribeirão Preto) and cariocas with gíria ("mermão",
  "parada", "sinistro", "tô liso");
- emigrants from Madeira and the Azores, a Cape Verdean student in Lisbon, an NGO worker from
  Guinea-Bissau and a teacher from São Tomé, whose Portuguese is African in its turns.
They type as they do: typos, abbreviations (vc, q, pq, tb, qro, hj, pfv), times written every
way ("às 20h", "20hs", "8 e meia da noite", "meio-dia e meia", "lá pelas 3 da tarde", "à
tardinha"), days as weekday names, "amanhã", "o último dia", dates ("10/12"). Most have "pt"
stored; a few have "en" or "es" stored and still write Portuguese, and the reply must follow
what they write.

Written blind on 2026-12-07 from the demo data, the fixtures and the protocol only (no parser,
catalog or other corpus file read). It is a measure: never tune the parser on it.

Weekdays: the trips start on Monday 2026-12-07 (segunda = day 1 … sábado = day 6); Mumbai is
under way and started today, Monday 2026-11-23 (hoje = day 1, amanhã = day 2).
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
    When,
)
from bench.understanding_corpus.item_checks import (
    Added,
    Chose,
    ClashHandled,
    Kept,
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
    LUNCH,
    MORNING,
    Corpus,
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
    NoBooking,
    Plan,
    Retimed,
    Start,
    Swapped,
)

c = Corpus("pt", "f8", locale="pt")

SIM = "sim"
ASKED = (SEL, INPUT)  # a question back (cards/options or an open question)
FOOD = ("restaurant", "cafe", "bakery")
VEGGIE_ONLY = Wish(keywords=("vegetarian", "vegan"))


# ---- add: a named place or a kind of place, on a day, sometimes at a time -----------------

c.add(
    "porto",
    "poe o mercado do bolhao na sexta de manha, quero comprar umas coisinhas pra levar",
    day=5,
    terms="Mercado do Bolhão",
    between=MORNING,
    name="Mercado do Bolhão",
)
c.add(
    "kyoto",
    "da pra encaixar o ginkakuji no ultimo dia?",
    day=3,
    terms="Ginkaku-ji",
    name="Ginkaku-ji",
)
c.add(
    "edinburgh",
    "dia 10 de dezembro quero ir na praia de portobello se fizer sol",
    day=4,
    terms="Portobello Beach",
    name="Portobello Beach",
)
c.add(
    "goa",
    "No último dia de manhã gostaria de conhecer o forte de Reis Magos.",
    day=4,
    terms="Reis Magos Fort",
    between=MORNING,
    name="Reis Magos Fort",
)
c.add(
    "bogota",
    "adiciona a Quinta de Bolívar no dia 4 às 10h",
    day=4,
    terms="Quinta de Bolívar",
    at="10:00",
    name="Quinta de Bolívar",
)
c.add(
    "cartagena",
    "dia 10/12 queremos subir no convento de la popa pra ver a cidade la de cima",
    day=4,
    terms="Convento de la Popa",
    name="Convento de la Popa",
)
c.add(
    "mumbai",
    "amanha depois das cavernas de elephanta encaixa o crawford market",
    day=2,
    terms="Crawford Market",
    between=("11:00", "21:00"),
    name="Crawford Market",
)
c.add(
    "jaipur",
    "no dia 3 depois do nahargarh quero ver o jaigarh fort tb, é pertinho ne?",
    day=3,
    terms="Jaigarh Fort",
    between=("10:30", "17:00"),
    name="Jaigarh Fort",
)
c.add(
    "edinburgh",
    "qnta a noite quero comer tacos, tem algum mexicano bom ai?",
    day=4,
    terms=("tacos", "mexican"),
    between=DINNER,
)
c.add(
    "porto",
    "na sexta pizza pro jantar que as crianças nao aguentam mais bacalhau kkk",
    day=5,
    terms="pizza",
    between=DINNER,
)
c.add(
    "goa",
    "no ultimo dia de noite bota um barzinho com musica ao vivo mermão",
    day=4,
    terms=("live music", "bar", "nightlife"),
    between=EVENING,
)
c.add(
    "bogota",
    "quinta lá pelas 9 da manhã um café especial, daqueles de barista",
    day=4,
    terms=("coffee", "cafe"),
    between=("08:30", "09:30"),
)
c.add(
    "mumbai",
    "quarta la pelas 3 da tarde um museu de arte",
    day=3,
    terms=("museum", "art", "gallery"),
    between=("14:30", "15:30"),
)
c.add(
    "kyoto",
    "segunda de tarde mais um templo zen, to amandoooo",
    day=1,
    terms=("zen", "temple"),
    between=AFTERNOON,
)
c.add(
    "porto",
    "entao no sabado eu queria colocar o cais de gaia nao pera o cais ja ta o que eu quero "
    "e o jardim do morro no fim da tarde pra ver o por do sol",
    day=6,
    terms="Jardim do Morro",
    between=("15:00", "20:30"),
    name="Jardim do Morro",
)


# ---- add_slots: an open meal slot of the day gets a place ----------------------------------

c.add(
    "kyoto",
    "no almoço do dia 3 quero um udonzinho",
    day=3,
    terms="udon",
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "edinburgh",
    "Para o pequeno-almoço de terça, um sítio com panquecas, se faz favor.",
    day=2,
    terms=("pancakes", "breakfast", "brunch"),
    slot="Breakfast",
    kind="add_slots",
)
c.add(
    "goa",
    "pra janta do primeiro dia quero frutos do mar, tipo barraca de praia sabe",
    day=1,
    terms="seafood",
    slot="Dinner",
    kind="add_slots",
)
c.add(
    "mumbai",
    "hj a noite qro jantar um kebab daqueles bem temperado",
    day=1,
    terms=("kebab", "tandoori", "mughlai"),
    slot="Dinner",
    kind="add_slots",
)
c.add(
    "jaipur",
    "almoço de terça: thali vegetariano",
    day=2,
    terms=("thali", "vegetarian"),
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "bogota",
    "no almoco do dia 2 quero provar a tal da bandeja paisa",
    day=2,
    terms=("bandeja paisa", "colombian"),
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "cartagena",
    "ultima noite, a janta tem q ser num lugar romantico daí, é nossa lua de mel",
    day=6,
    terms="restaurant",
    wish=ROMANTIC,
    slot="Cena",
    kind="add_slots",
)
c.add(
    "porto",
    "cafe da manha de quinta: pastel de nata óbvio",
    day=4,
    terms="pastel de nata",
    slot="Breakfast",
    kind="add_slots",
)
c.add(
    "edinburgh",
    "sexta no almoco peixe com batata frita, fish and chips raiz",
    day=5,
    terms=("fish and chips", "fish"),
    slot="Lunch",
    kind="add_slots",
)


# ---- wishes: price, rating, open now, who it is for ----------------------------------------

c.add(
    "porto",
    "algo barato pra almoçar na sexta, tô liso",
    day=5,
    terms=FOOD,
    wish=CHEAP,
    between=LUNCH,
    kind="wishes",
)
c.add(
    "kyoto",
    "um vegetariano bem avaliado pro jantar de quarta, minha namorada é vegana",
    day=3,
    wish=Wish(min_rating=4.5, keywords=("vegetarian", "vegan")),
    between=DINNER,
    kind="wishes",
)
c.add(
    "mumbai",
    "amanha a noite um rooftop com drink pra ver o por do sol",
    day=2,
    wish=ROOFTOP,
    between=EVENING,
    kind="wishes",
)
c.add(
    "jaipur",
    "alguma coisa pras crianças no dia 3 de tarde, tenho 2 pequenos",
    day=3,
    wish=FAMILY,
    between=AFTERNOON,
    kind="wishes",
)
c.add(
    "cartagena",
    "praia de agua calminha boa pra bebê, quinta de manhã",
    day=4,
    terms="beach",
    wish=FAMILY,
    between=MORNING,
    kind="wishes",
)
c.add(
    "goa",
    "lugar romantico pro por do sol no ultimo dia 🥰 lua de mel",
    day=4,
    wish=ROMANTIC,
    between=("15:00", "21:00"),
    kind="wishes",
)
c.add(
    "mumbai",
    "to morrendo de fome agora, algum lugar aberto pra comer?",
    day=1,
    terms=FOOD,
    wish=OPEN_NOW,
    kind="wishes",
)
c.add(
    "edinburgh",
    "um restaurante barato pra jantar na quinta, sou estudante ne",
    day=4,
    terms="restaurant",
    wish=CHEAP,
    between=DINNER,
    kind="wishes",
)
c.add(
    "kyoto",
    "janta de terça num izakaya com saquê, nada muito caro",
    day=2,
    terms=("izakaya", "sake", "yakitori"),
    wish=Wish(max_price=2),
    slot="Dinner",
    kind="wishes",
)
c.add(
    "bogota",
    "almoço de quarta, alguma coisa vegana",
    day=3,
    wish=VEGGIE_ONLY,
    slot="Lunch",
    kind="wishes",
    locale="es",
)
c.add(
    "porto",
    "um miradouro bem avaliado pro por do sol na sexta",
    day=5,
    terms="viewpoint",
    wish=TOP_RATED,
    between=("15:00", "21:00"),
    kind="wishes",
)
c.add(
    "goa",
    "um café com wifi pra eu trabalhar umas horinhas no dia 4 de manhã",
    day=4,
    terms=("cafe", "coffee"),
    wish=Wish(keywords=("wifi",)),
    between=MORNING,
    kind="wishes",
)


# ---- remove ---------------------------------------------------------------------------------

c.edit("remove", "kyoto", "tira o sanjusangendo", Removed("Sanjusangen-do"), confirm=SIM)
c.edit(
    "remove",
    "porto",
    "cancela a torre dos clerigos, minha sogra nao sobe escada nem a pau",
    Removed("Torre dos Clérigos"),
    confirm=SIM,
)
c.edit(
    "remove",
    "edinburgh",
    "remove o greyfriars do dia 2 pfv",
    Removed("Greyfriars Kirkyard", 2),
    confirm=SIM,
)
c.edit(
    "remove",
    "mumbai",
    "amanhã sem marine drive, pode excluir",
    Removed("Marine Drive", 2),
    confirm=SIM,
)
c.edit(
    "remove",
    "goa",
    "oxe pode apagar a anjuna beach, disseram q ta lotada",
    Removed("Anjuna Beach"),
    confirm=SIM,
)
c.edit(
    "remove",
    "jaipur",
    "sou cadeirante e o nahargarh nao tem acesso pra mim, tira ele por favor",
    Removed("Nahargarh Fort"),
    Kept("Kachori Corner"),
    confirm=SIM,
)


# ---- clear a day ----------------------------------------------------------------------------

c.edit("clear", "edinburgh", "limpa o dia 3 inteiro, vamos descansar", Cleared(3), confirm=SIM)
c.edit("clear", "porto", "apaga tudo da quinta feira", Cleared(4), confirm=SIM)
c.edit(
    "clear",
    "bogota",
    "deixa o primeiro dia vazio, a gente chega tarde do voo e o bebe vai estar morto de cansado",
    Cleared(1),
    confirm=SIM,
)
c.edit("clear", "cartagena", "zera o dia 3 aí", Cleared(3), confirm=SIM)


# ---- move to another day --------------------------------------------------------------------

c.edit("move", "kyoto", "passa o kiyomizu pro dia 3", Moved("Kiyomizu-dera", 3), confirm=SIM)
c.edit(
    "move",
    "porto",
    "a livraria lello não, melhor na sexta",
    Moved("Livraria Lello", 5),
    confirm=SIM,
)
c.edit(
    "move",
    "edinburgh",
    "o calton hill pode ir pra quinta? quero ver o por do sol de la com calma",
    Moved("Calton Hill", 4),
    confirm=SIM,
)
c.edit("move", "goa", "joga o forte aguada pro dia 4", Moved("Fort Aguada", 4), confirm=SIM)
c.edit(
    "move",
    "jaipur",
    "leva o hawa mahal pro dia 3 as 14h",
    Moved("Hawa Mahal", 3, at="14:00"),
    confirm=SIM,
)
c.edit(
    "move",
    "cartagena",
    "o castillo san felipe nao quero no dia 1, bota no dia 4 nao pera no dia 5",
    Moved("Castillo San Felipe", 5),
    confirm=SIM,
)


# ---- retime ---------------------------------------------------------------------------------

c.edit(
    "retime",
    "porto",
    "o almoço na tasca do cais pode ser meio-dia e meia?",
    Retimed("Tasca do Cais", "12:30"),
    confirm=SIM,
)
c.edit(
    "retime", "kyoto", "o kaiseki passa pras 20h", Retimed("Kamogawa Kaiseki", "20:00"), confirm=SIM
)
c.edit(
    "retime",
    "edinburgh",
    "the wee dram mais tarde, tipo 21h30",
    Retimed("The Wee Dram", "21:30"),
    confirm=SIM,
)
c.edit(
    "retime",
    "goa",
    "a basilica pode ser 9 e meia em vez de 9? o bebe dorme ate tarde",
    Retimed("Basilica of Bom Jesus", "09:30"),
    confirm=SIM,
)
c.edit(
    "retime",
    "mumbai",
    "amanha o marine drive as 19hs",
    Retimed("Marine Drive", "19:00"),
    confirm=SIM,
)
c.edit(
    "retime",
    "bogota",
    "o fogon llanero pode ser 8 e meia da noite?",
    Retimed("Fogón Llanero", "20:30"),
    confirm=SIM,
)


# ---- replace --------------------------------------------------------------------------------

c.edit(
    "replace",
    "kyoto",
    "troca o menya kurogane por um lugar de soba",
    Replaced("Menya Kurogane", 2, ("soba",)),
    confirm=SIM,
)
c.edit(
    "replace",
    "porto",
    "em vez da marisqueira da foz quero o polvo & vinho",
    Replaced("Marisqueira da Foz", 2, ("Polvo & Vinho",)),
    confirm=SIM,
)
c.edit(
    "replace",
    "edinburgh",
    "substitui o canongate kitchen por algo vegano",
    Replaced("Canongate Kitchen", 2, ("vegan", "vegetarian")),
    confirm=SIM,
)
c.edit(
    "replace",
    "jaipur",
    "troca o city palace pelo albert hall museum",
    Replaced("City Palace", 2, ("Albert Hall Museum",)),
    confirm=SIM,
)
c.edit(
    "replace",
    "bogota",
    "no lugar da casona del ajiaco quero um ceviche",
    Replaced("La Casona del Ajiaco", 1, ("ceviche", "seafood")),
    confirm=SIM,
)
c.edit(
    "replace",
    "goa",
    "casa xacuti nao rola, troca por um thali vegetariano baratinho",
    Replaced("Casa Xacuti", 1, ("vegetarian",), CHEAP),
    confirm=SIM,
)


# ---- swap two days --------------------------------------------------------------------------

c.edit("swap_days", "kyoto", "troca o dia 1 com o dia 3", Swapped(1, 3), confirm=SIM)
c.edit("swap_days", "porto", "inverte segunda e terça", Swapped(1, 2), confirm=SIM)
c.edit(
    "swap_days",
    "goa",
    "da pra trocar o dia 2 pelo 3? tudo de um pro outro",
    Swapped(2, 3),
    confirm=SIM,
)
c.edit(
    "swap_days",
    "edinburgh",
    "quero fazer o roteiro de quarta na sexta e o de sexta na quarta",
    Swapped(3, 5),
    confirm=SIM,
)


# ---- trip: length and start date ------------------------------------------------------------

c.edit("trip", "porto", "vamos ficar mais um dia em porto!!", Days(7), NoLoss(), confirm=SIM)
c.edit(
    "trip",
    "kyoto",
    "a viagem vai ter so 2 dias, corta o ultimo",
    Days(2),
    Kept("Kinkaku-ji"),
    confirm=SIM,
)
c.edit(
    "trip",
    "edinburgh",
    "mudamos o voo, agora chegamos dia 9 de dezembro",
    Start("2026-12-09"),
    Days(5),
    NoLoss(),
    confirm=SIM,
)
c.edit(
    "trip",
    "bogota",
    "adianta a viagem pra começar em 5/12",
    Start("2026-12-05"),
    NoLoss(),
    confirm=SIM,
)
c.edit("trip", "goa", "estica a viagem pra 6 dias", Days(6), NoLoss(), confirm=SIM)


# ---- undo -----------------------------------------------------------------------------------

c.case(
    "undo",
    "porto",
    S("tira a ribeira", Type(DONE, *ASKED, CONF)),
    go(SIM),
    S("opa desfaz, foi sem querer", Type(DONE)),
    final=(Same(), Kept("Ribeira")),
)
c.case(
    "undo",
    "kyoto",
    S("passa o nijo castle pro dia 1", Type(DONE, *ASKED, CONF)),
    go(SIM),
    S("hmm nao, volta como tava antes", Type(DONE)),
    final=(Same(),),
)
c.case(
    "undo",
    "edinburgh",
    S("adiciona a scottish national gallery na quinta de manha", Type(DONE, SEL)),
    pick(),
    S("desfaz isso", Type(DONE)),
    final=(Same(),),
)
c.case(
    "undo",
    "goa",
    S("limpa o dia 2", Type(DONE, *ASKED, CONF)),
    go(SIM),
    S("ih errei, desfaz ai", Type(DONE)),
    final=(Same(), Kept("Fort Aguada", 2)),
)


# ---- show -----------------------------------------------------------------------------------

c.still(
    "show",
    "porto",
    "oq tem pra terça?",
    Says("Palácio da Bolsa", "Marisqueira da Foz"),
    NotSays("Livraria Lello"),
)
c.still(
    "show", "kyoto", "me mostra o roteiro todo", Says("Kinkaku-ji", "Fushimi Inari", "Nijo Castle")
)
c.still(
    "show",
    "edinburgh",
    "Como ficou a sexta-feira?",
    Says("Royal Botanic Garden"),
    NotSays("Edinburgh Castle"),
)
c.still(
    "show",
    "mumbai",
    "e hoje, qual a programação?",
    Says("Gateway of India", "Konkan Coast Kitchen"),
)


# ---- plan -----------------------------------------------------------------------------------

c.flow(
    "plan",
    "blank",
    "monta um roteiro pra mim, curto templos e comida de rua",
    Plan("kyoto", 2, includes=(("temple",), ("street food", "market"))),
    confirm=SIM,
    answer="pode escolher vc",
)
c.flow(
    "plan",
    "blank",
    "oi tudo bem entao a gente vai pra kyoto com um bebe de 8 meses e queria um roteiro "
    "tranquilo com parques e jardins nada muito puxado porque tem o carrinho ne",
    Plan("kyoto", 2, includes=(("park", "garden"),)),
    confirm=SIM,
    answer="tanto faz",
    locale="en",
)
c.flow(
    "plan",
    "edinburgh",
    "planeja a quinta pra gente, curtimos historia e whisky",
    Plan("edinburgh", 5),
    NoLoss(),
    confirm=SIM,
    answer="pode ser qualquer coisa",
)
c.flow(
    "plan",
    "bogota",
    "preenche o dia 4 com coisas de arte e café",
    Plan("bogota", 4),
    NoLoss(),
    confirm=SIM,
    answer="arte e café",
)
c.flow(
    "plan",
    "cartagena",
    "o dia 4 ta vazio, sugere algo com praia e comida tipica",
    Plan("cartagena", 6),
    NoLoss(),
    confirm=SIM,
    answer="praia",
)


# ---- explain --------------------------------------------------------------------------------

c.still("explain", "kyoto", "o que é o ryoanji?", Says("Ryoan-ji"))
c.still(
    "explain",
    "porto",
    "vale a pena o palacio da bolsa? é o que exatamente?",
    Says("Palácio da Bolsa"),
)
c.still("explain", "jaipur", "me fala mais sobre o jantar mantar", Says("Jantar Mantar"))
c.still("explain", "edinburgh", "q lugar é esse thistle & stag", Says("Thistle & Stag"))


# ---- book -----------------------------------------------------------------------------------

c.flow(
    "book",
    "kyoto",
    "reserva o kamogawa kaiseki pra 2 pessoas, lua de mel 💍",
    Booked("Kamogawa Kaiseki", party=2),
    confirm=SIM,
    answer="19h",
)
c.flow(
    "book",
    "porto",
    "Queria marcar mesa na Marisqueira da Foz para 4, às 20h.",
    Booked("Marisqueira da Foz", party=4, at="20:00"),
    confirm=SIM,
)
c.flow(
    "book",
    "jaipur",
    "quero reservar no haveli rooftop kitchen, somos 5 (3 adultos e 2 criancas)",
    Booked("Haveli Rooftop Kitchen", party=5),
    confirm=SIM,
    answer="19h30",
)
c.flow(
    "book",
    "goa",
    "reserva o vindaloo & vinho",
    Booked("Vindaloo & Vinho"),
    confirm=SIM,
    answer="2",
    locale="en",
)
c.flow(
    "book",
    "edinburgh",
    "da pra reservar o thistle and stag pra 6 pessoas?",
    Booked("Thistle & Stag", party=6),
    confirm=SIM,
    answer="19h",
)


# ---- expert ---------------------------------------------------------------------------------

c.flow(
    "expert",
    "porto",
    "queria falar com um guia local de verdade",
    Lead(),
    confirm=SIM,
    answer="história e vinho",
)
c.flow(
    "expert",
    "cartagena",
    "tem algum especialista local que monte um roteiro acessivel pra cadeirante?",
    Lead(),
    confirm=SIM,
    answer="acessibilidade",
)
c.flow(
    "expert",
    "goa",
    "mantenhas! me conecta com alguem daí que conheça bem goa",
    Lead(),
    confirm=SIM,
    answer="praias e comida",
)


# ---- help -----------------------------------------------------------------------------------

c.chat("help", "porto", "como funciona isso aqui?")
c.chat("help", "kyoto", "o que vc consegue fazer?")
c.chat("help", "goa", "socorro nao sei usar isso kkkk me ajuda")


# ---- multi: two or three requests in one message --------------------------------------------

c.flow(
    "multi",
    "porto",
    "tira a torre dos clerigos e coloca o jardim do morro no sabado",
    Removed("Torre dos Clérigos"),
    Added(6, ("Jardim do Morro",), only=False),
    confirm=SIM,
)
c.flow(
    "multi",
    "kyoto",
    "muda o kinkakuji pras 10h e o ryoanji pras 16h",
    Retimed("Kinkaku-ji", "10:00", alone=False),
    Retimed("Ryoan-ji", "16:00", alone=False),
    NoLoss(),
    confirm=SIM,
)
c.flow(
    "multi",
    "edinburgh",
    "passa a victoria street pra quinta, e tira o greyfriars",
    Moved("Victoria Street", 4, alone=False),
    Removed("Greyfriars Kirkyard"),
    confirm=SIM,
)
c.flow(
    "multi",
    "goa",
    "entao no dia 4 coloca a praia de bambolim de manha depois almoco num lugar de frutos do "
    "mar e de noite a cantina feni",
    Added(4, ("Bambolim Beach",), only=False),
    Added(4, ("seafood",), only=False),
    Added(4, ("Cantina Feni",), only=False),
    NoLoss(),
    confirm=SIM,
)
c.flow(
    "multi",
    "mumbai",
    "cancela o haji ali e adiciona o jijamata udyan no dia 3, as crianças vão amar o zoo",
    Removed("Haji Ali Dargah"),
    Added(3, ("Jijamata Udyan",), only=False),
    confirm=SIM,
)
c.flow(
    "multi",
    "bogota",
    "o monserrate muda pro dia 4 e o museo botero pras 15h",
    Moved("Monserrate", 4, alone=False),
    Retimed("Museo Botero", "15:00", alone=False),
    NoLoss(),
    confirm=SIM,
)


# ---- referent: "ele", "esse", "esse restaurante" --------------------------------------------

c.case(
    "referent",
    "porto",
    S("coloca o jardim das virtudes no sabado à tarde", Type(DONE, SEL)),
    pick(),
    S("na vdd tira ele", Type(DONE, CONF)),
    yes(SIM),
    final=(Same(),),
)
c.case(
    "referent",
    "kyoto",
    S("coloca o kissa matcha-an no dia 3 de tarde", Type(DONE, SEL)),
    pick(),
    S("isso fica aberto até que horas?", Type(DONE), Same(), SaysLast()),
)
c.case(
    "referent",
    "edinburgh",
    S("adiciona o dean village na quinta", Type(DONE, SEL)),
    pick(),
    S("passa ele pra sexta", Type(DONE, CONF)),
    yes(SIM),
    final=(Moved(None, 5),),
)
c.case(
    "referent",
    "goa",
    S("bota o tasca da fontainhas no dia 4 pra jantar", Type(DONE, SEL)),
    pick(),
    S("muda esse pras 21h", Type(DONE, CONF)),
    yes(SIM),
    final=(Retimed(None, "21:00"),),
)
c.case(
    "referent",
    "bogota",
    S("o que é o sazon limeño?", Type(DONE), Same(), Says("Sazón Limeño")),
    S("coloca esse restaurante no dia 4 pro almoço", Type(DONE, SEL, CONF)),
    go(SIM),
    final=(Added(4, ("Sazón Limeño",), between=LUNCH),),
)


# ---- duplicate: what the trip already has ---------------------------------------------------

c.already("porto", "adiciona a livraria lello no dia 1", "Livraria Lello")
c.already("kyoto", "quero ir no fushimi inari!!", "Fushimi Inari")
c.already("edinburgh", "Acrescente o castelo de Edimburgo, por favor.", "Edinburgh Castle")
c.already("jaipur", "bota o amber fort no primeiro dia de manha", "Amber Fort")


# ---- clash: a time that is taken ------------------------------------------------------------

c.flow(
    "clash",
    "porto",
    "coloca o mercado do bolhao na terça as 10h",
    ClashHandled(2, "10:00", ("Mercado do Bolhão",)),
    turns=2,
    confirm=SIM,
)
c.flow(
    "clash",
    "kyoto",
    "dia 2 às 14h30 quero o nishiki market",
    ClashHandled(2, "14:30", ("Nishiki Market",)),
    turns=2,
    confirm=SIM,
)
c.flow(
    "clash",
    "edinburgh",
    "segunda 19h jantar no shore oyster house",
    ClashHandled(1, "19:00", ("Shore Oyster House",)),
    turns=2,
    confirm=SIM,
)
c.flow(
    "clash",
    "bogota",
    "dia 1 meio dia a plaza de mercado de paloquemao",
    ClashHandled(1, "12:00", ("Paloquemao",)),
    turns=2,
    confirm=SIM,
)


# ---- slot_fill: the day or the place is missing, then a bare answer -------------------------

c.case(
    "slot_fill",
    "porto",
    S("quero adicionar a casa da musica", Type(*ASKED), Same()),
    S("sexta", Type(DONE, SEL, CONF)),
    go(SIM),
    final=(Added(5, ("Casa da Música",)),),
)
c.case(
    "slot_fill",
    "kyoto",
    S("adiciona alguma coisa no dia 3", Type(*ASKED), Same()),
    S("um café", Type(DONE, SEL), When(SEL, Cards(("cafe", "coffee")))),
    pick(),
    final=(Added(3, ("cafe", "coffee")),),
)
c.case(
    "slot_fill",
    "edinburgh",
    S("move o royal mile", Type(*ASKED), Same()),
    S("pra quinta", Type(DONE, CONF)),
    yes(SIM),
    final=(Moved("Royal Mile", 4),),
)
c.case(
    "slot_fill",
    "goa",
    S("quero reservar uma mesa pra 4 pessoas", Type(*ASKED), Same(), NoBooking()),
    S("no vindaloo & vinho", Type(DONE, SEL, INPUT, CONF)),
    go(SIM, answer="20h"),
    go(SIM, answer="20h"),
    final=(Booked("Vindaloo & Vinho", party=4),),
)
c.case(
    "slot_fill",
    "mumbai",
    S("muda pras 19h", Type(*ASKED), Same()),
    S("o marine drive", Type(DONE, CONF)),
    yes(SIM),
    final=(Retimed("Marine Drive", "19:00"),),
)


# ---- social ---------------------------------------------------------------------------------

c.still("social", "porto", "valeuu!! vc é demais 😍", NoDump(), Short())
c.still("social", "kyoto", "bom dia! tudo bem contigo?", NoDump(), Short())
c.still("social", "goa", "kkkkk vc é robô ou gente?", NoDump(), Short())
c.still("social", "edinburgh", "Obrigada, querido. Deus te abençoe.", NoDump(), Short())
c.still("social", "cartagena", "leve-leve... boa noite, até amanhã", NoDump(), Short())


# ---- info: weather, safety, cost, share, export (no change, no dump) ------------------------

c.still("info", "porto", "vai chover em porto nessa semana? levo guarda chuva?", NoDump())
c.still(
    "info",
    "cartagena",
    "é seguro andar a noite em getsemani com criança de colo?",
    NoDump(),
    locale="es",
)
c.still("info", "bogota", "quanto vou gastar mais ou menos por dia?", NoDump())
c.still("info", "kyoto", "como eu compartilho o roteiro com minha esposa?", NoDump())
c.still("info", "edinburgh", "da pra exportar isso pro google agenda?", NoDump())


# ---- choice: cards, then a typed reply ------------------------------------------------------

c.case(
    "choice",
    "kyoto",
    S(
        "pro jantar de terça quais opções de lamen, udon, soba?",
        Type(SEL),
        Cards(("noodles", "udon", "soba", "ramen")),
    ),
    S("o de soba", Type(DONE), Added(2, ("soba",))),
)
c.case(
    "choice",
    "porto",
    S(
        "frutos do mar pro jantar de sexta, o que tem?",
        Type(SEL),
        Cards(("seafood", "octopus", "fish")),
    ),
    S("o do polvo", Type(DONE), Added(5, name="Polvo & Vinho")),
)
c.case(
    "choice",
    "edinburgh",
    S(
        "Para o pequeno-almoço de terça, que opções há?",
        Type(SEL),
        Cards(("breakfast", "brunch", "cafe", "bakery", "coffee")),
    ),
    S("o mais barato", Type(DONE), Added(2, wish=CHEAP)),
)
c.case(
    "choice",
    "goa",
    S("quero uma praia na quinta", Type(SEL), Cards(("beach",))),
    S("a última", Type(DONE), Chose(-1)),
)
c.case(
    "choice",
    "bogota",
    S(
        "um restaurante romântico pro jantar do dia 2 (aniversário de namoro 💕)",
        Type(SEL),
        Cards(("restaurant",), ROMANTIC),
    ),
    S("o francês", Type(DONE), Added(2, ("french",))),
)
c.case(
    "choice",
    "mumbai",
    S(
        "onde tomar café da manhã amanhã? me mostra umas opções",
        Type(SEL),
        Cards(("breakfast", "brunch", "cafe", "bakery", "coffee")),
    ),
    S("vou na segunda opção", Type(DONE), Chose(1)),
)


# ---- locale: the stored setting is another language; the reply follows what is written ------

c.add(
    "porto",
    "bota a igreja do carmo na sexta de manhã, quero ver os azulejos",
    day=5,
    terms="Igreja do Carmo",
    between=MORNING,
    kind="locale",
    locale="en",
)
c.edit(
    "locale",
    "kyoto",
    "tira o gion district por favor, muito turista",
    Removed("Gion District"),
    confirm=SIM,
    locale="es",
)
c.still(
    "locale", "cartagena", "oi! o que temos pra terça?", Says("Café Balcón Colonial"), locale="es"
)
c.chat("locale", "edinburgh", "brigadão, ficou perfeito o roteiro 👏", locale="en")


CASES = c.cases
