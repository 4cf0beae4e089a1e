"""fresh12, Portuguese: a blind held-out set of traveler conversations.

Who writes (mainstream, about three cases in four): ordinary travelers on a phone, Brazilian,
European and African Portuguese alike: a mother planning for two small kids, a senior couple
who write "Boa tarde. Gostaria de...", a business traveler in a hurry ("pf", "p/", two-word
commands), backpackers and groups of friends ("vc", "q", "pq", "hj", "msm", "obg", "kkk"),
honeymooners, a husband who corrects himself in mid-sentence. Typos, missing accents, no
punctuation or too much, numbers as digits or words ("às 9 da noite", "dia 5", "seis"), two
requests in one message, a reason glued on, indirect wishes ("to morrendo de fome"), questions
that are really requests, and replies to the bot's questions with a word, a number, a name or
"o primeiro" / "o último" / "nenhum".

The other voices (about one case in four), none used in earlier sets:
- a capixaba from Vitória, Espírito Santo ("rapaz", "é mermo", "de pocar");
- a sul-mato-grossense from Campo Grande ("ô loco", "vixe", "bocó", "tereré");
- a ludovicense from São Luís do Maranhão, who conjugates tu ("tu sabes", "tu podes",
  "deste fé"), "pirangueiro", "mermo";
- a fronteiriço from Sant'Ana do Livramento / Rivera in portunhol ("bah", "tchê", "bo", "ta?",
  "después", "dos días", "agrega", "gurizada");
- a macaense senior from Macau in careful European Portuguese with Cantonese ("faz favor",
  "aiya", "m goi");
- a Portuguese emigrant from the Minho living in Luxembourg ("moien", "merci", "ça va",
  "voilà", "o patrão", "comboio");
- an elderly Goan who still speaks the old Portuguese of Goa, with Konkani ("baba", "menino",
  "pois não", "sussegad", "Dev borem korum").
Most have "pt" stored; two have "en" and one "es" stored and still write Portuguese (the reply
must be Portuguese), and one with "pt" stored writes English (the reply follows him).

Written blind on 2026-12-08 (a later session than fresh10), from the protocol, the demo data,
the fixtures and the corpus helpers only (no parser, catalog, test or other corpus file read
beyond the head of fresh10_pt). It is a measure: never tune the parser on it.

Day and date facts relied on (fixtures.py): the clock's now is Monday 2026-11-23 09:00 UTC;
trips start 14 days on, Monday 2026-12-07 (segunda = day 1, terça = 2, quarta = 3, quinta = 4,
sexta = 5). Kyoto and Jaipur have 3 days, Goa and Bogotá 4, Edinburgh 5, Cartagena and Porto 6
(their last day is 6); Edinburgh day 4, Goa day 4, Bogotá day 4, Cartagena day 4 and Porto
day 5 are empty; the blank trip is two empty Kyoto days; Hadibo is the 3-day demo trip and is
only used for things that do not depend on its items. Mumbai is under way: it started today
(hoje = day 1, amanhã = day 2, depois de amanhã = day 3) and it is 14:30 there now.
Open slots used: Kyoto Lunch day 1 and 3 (12:30), Dinner day 2; Edinburgh Breakfast day 2,
Lunch day 5; Goa Lunch day 2; Porto Dinner day 3; Cartagena Almuerzo day 2; Bogotá Dinner
day 2; Mumbai Breakfast day 2.
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    ERR,
    INPUT,
    SEL,
    Cards,
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
    Case,
    Corpus,
    S,
    Step,
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

c = Corpus("pt", "f12", locale="pt")

BREAKFASTY = ("breakfast", "bakery", "cafe", "coffee", "brunch")
RESTAURANT = ("restaurant",)

# ---- add (14) ----
c.add("hadibo", "add um lugar de sushi no dia 2 pfv", day=2, terms=("sushi",))
c.add(
    "hadibo",
    "Boa tarde. Gostaria de acrescentar o restaurante Sushi Zen ao dia 2, por gentileza.",
    day=2,
    name="Sushi Zen",
)
c.add(
    "kyoto",
    "coloca um ramen no dia 2.. nao pera, dia 3, na hora do almoço",
    day=3,
    terms=("ramen",),
    between=LUNCH,
)
c.add(
    "edinburgh",
    "da pra colocar o Castle Chippy na quinta no almoço? as crianças querem fish and chips",
    day=4,
    name="Castle Chippy",
    between=LUNCH,
)
c.add(
    "porto",
    "Põe a Horta Vegana no dia 5 ao almoço pf. A minha filha é vegana",
    day=5,
    name="Horta Vegana",
    between=LUNCH,
)
c.add(  # goês
    "goa",
    "Meu filho, põe uma praia sossegada no quarto dia. Quero ficar sussegad, sem barulho.",
    day=4,
    terms=("beach",),
)
c.add(
    "jaipur",
    "coloca o Albert Hall Museum dia 3 as 14h",
    day=3,
    at="14:00",
    name="Albert Hall Museum",
)
c.add(
    "bogota",
    "queria um lugar bom pra tomar café da manhã no dia 4, umas 8h",
    day=4,
    terms=BREAKFASTY,
    between=BREAKFAST,
)
c.add(
    "cartagena",
    "sorvete no dia 3 de tarde!!! ta mt calor",
    day=3,
    terms=("ice cream", "dessert"),
    between=AFTERNOON,
)
c.add(
    "mumbai",
    "hj a noite quero comer street food, coloca algum",
    day=1,
    terms=("street food",),
    between=EVENING,
)
c.add("blank", "bota o Tenryu-ji no primeiro dia", day=1, name="Tenryu-ji")
c.add(
    "edinburgh",
    "a gente quer comer tacos e tomar uma margarita na quinta a noite",
    day=4,
    terms=("tacos", "mexican"),
    between=EVENING,
)
c.add(  # capixaba
    "goa",
    "rapaz, meu marido é capixaba e só pensa em frutos do mar, é mermo. coloca um lugar de "
    "frutos do mar pro jantar do dia 4",
    day=4,
    terms=("seafood",),
    between=DINNER,
)
c.add(  # macaense
    "kyoto",
    "Boa tarde. Queria acrescentar um restaurante vegetariano ao almoço do dia 1, faz favor. "
    "Aiya, a minha mulher não come carne.",
    day=1,
    terms=("vegetarian", "vegan"),
    between=LUNCH,
)

# ---- wishes (10) ----
c.add(
    "bogota",
    "algum restaurante baratinho pro almoço do dia 4? to economizando",
    day=4,
    terms=RESTAURANT,
    wish=CHEAP,
    between=LUNCH,
    kind="wishes",
)
c.add(  # Luxembourg
    "porto",
    "Moien! O patrão finalmente deu-me férias. Quero um restaurante romântico para o jantar "
    "do dia 5, é o nosso aniversário de casamento. Merci",
    day=5,
    terms=RESTAURANT,
    wish=ROMANTIC,
    between=DINNER,
    kind="wishes",
)
c.add("jaipur", "um rooftop p ver o por do sol no dia 3", day=3, wish=ROOFTOP, kind="wishes")
c.add(
    "kyoto",
    "quero jantar num lugar mt bem avaliado no dia 3, tipo 4.5 pra cima",
    day=3,
    terms=RESTAURANT,
    wish=TOP_RATED,
    between=DINNER,
    kind="wishes",
)
c.add(
    "mumbai",
    "to morrendo de fome, tem algo aberto agora pra comer?",
    day=1,
    terms=("restaurant", "cafe", "bakery"),
    wish=OPEN_NOW,
    kind="wishes",
)
c.add(  # campo-grandense
    "cartagena",
    "ô loco, o dia 4 tá vazio. põe alguma coisa boa pras crianças, tenho dois pequenos",
    day=4,
    wish=FAMILY,
    kind="wishes",
)
c.add(
    "edinburgh",
    "Minha esposa é vegetariana. Um lugar pro almoço no dia 4, por favor",
    day=4,
    terms=("restaurant", "cafe"),
    wish=VEGGIE,
    between=LUNCH,
    kind="wishes",
)
c.add(  # ludovicense
    "goa",
    "rapaz, tu sabes que eu sou pirangueiro né. quero um lugar barato pra jantar no dia 4",
    day=4,
    terms=RESTAURANT,
    wish=CHEAP,
    between=DINNER,
    kind="wishes",
)
c.add(
    "jaipur",
    "algo vegetariano e barato pro almoço do dia 3",
    day=3,
    terms=RESTAURANT,
    wish=Wish(max_price=1, keywords=("vegetarian", "vegan")),
    between=LUNCH,
    kind="wishes",
)
c.add(
    "hadibo",
    "um restaurante com vista pro mar pra jantar no dia 3",
    day=3,
    terms=RESTAURANT,
    wish=Wish(keywords=("sea view",)),
    between=DINNER,
    kind="wishes",
)

# ---- add_slots (9) ----
c.add(
    "kyoto",
    "o almoço do dia 1 ta vazio ne? coloca um udon",
    day=1,
    terms=("udon",),
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "kyoto",
    "pro jantar da terça quero izakaya",
    day=2,
    terms=("izakaya",),
    slot="Dinner",
    kind="add_slots",
)
c.add(
    "edinburgh",
    "no café da manhã do dia 2 queria panquecas",
    day=2,
    terms=("pancakes", "brunch", "breakfast"),
    slot="Breakfast",
    kind="add_slots",
)
c.add(
    "edinburgh",
    "preenche o almoço de sexta com frutos do mar",
    day=5,
    terms=("seafood", "oysters", "mussels"),
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "goa",
    "almoço do dia 2: thali de peixe",
    day=2,
    terms=("fish thali",),
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "porto",
    "Para o jantar de quarta queríamos uns petiscos e um copo de vinho",
    day=3,
    terms=("petiscos", "small plates"),
    slot="Dinner",
    kind="add_slots",
)
c.add(  # fronteiriço
    "cartagena",
    "bah, o almoço do dia 2 tá vacío. bota uma comida típica de la costa, ta?",
    day=2,
    terms=("colombian", "caribbean"),
    slot=("Almuerzo",),
    kind="add_slots",
)
c.add(  # campo-grandense
    "bogota",
    "o jantar do dia 2 tá vazio, quero uma carne boa, um churrasco de respeito que "
    "sul-mato-grossense é exigente kkk",
    day=2,
    terms=("steak", "grill", "barbecue"),
    slot="Dinner",
    kind="add_slots",
)
c.add(
    "mumbai",
    "amanhã o café da manhã pode ser num lugar de dosa?",
    day=2,
    terms=("dosa",),
    slot="Breakfast",
    kind="add_slots",
)

# ---- remove (7) ----
c.edit("remove", "kyoto", "tira o ryoan-ji, to cansado de templo zen kkk", Removed("Ryoan-ji"))
c.edit("remove", "edinburgh", "remove greyfriars pf", Removed("Greyfriars Kirkyard"), confirm="sim")
c.edit(  # Luxembourg
    "remove",
    "porto",
    "Tira a estação de São Bento, já a vimos quando chegamos de comboio, voilà",
    Removed("São Bento Station"),
)
c.edit(
    "remove",
    "goa",
    "cancela o forte aguada no dia 2, as crianças não aguentam o calor",
    Removed("Fort Aguada", 2),
    confirm="pode",
)
c.edit(
    "remove", "jaipur", "nao quero mais jantar no haveli rooftop", Removed("Haveli Rooftop Kitchen")
)
c.edit(  # capixaba
    "remove",
    "bogota",
    "rapaz tira esse museo botero aí, a gente não curte arte não",
    Removed("Museo Botero"),
)
c.edit(
    "remove",
    "cartagena",
    "apaga las bóvedas do último dia",
    Removed("Las Bóvedas", 6),
    confirm="ss",
)

# ---- clear (3) ----
c.edit(
    "clear",
    "edinburgh",
    "limpa o dia 3 inteiro, vamos pras highlands nesse dia",
    Cleared(3),
    confirm="sim",
)
c.edit(  # Luxembourg
    "clear",
    "porto",
    "O dia 6 apaga tudo, temos o avião cedo para o Luxemburgo",
    Cleared(6),
    confirm="sim, merci",
)
c.edit(
    "clear",
    "jaipur",
    "cancela tudo da quarta, vou passar o dia no hotel descansando",
    Cleared(3),
    confirm="isso",
)

# ---- move (7) ----
c.edit("move", "kyoto", "passa o nijo castle pro dia 1", Moved("Nijo Castle", 1))
c.edit(  # ludovicense
    "move",
    "edinburgh",
    "muda o arthur's seat pra quinta de manhã, que na quarta vai chover, tu deste fé da previsão?",
    Moved("Arthur's Seat", 4),
)
c.edit("move", "goa", "leva a anjuna beach pro dia 4", Moved("Anjuna Beach", 4))
c.edit(
    "move",
    "porto",
    "A Sé do Porto pode ir para o dia 5? No dia 4 não vamos ter tempo",
    Moved("Sé do Porto", 5),
)
c.edit("move", "bogota", "joga o distrito grafiti pro ultimo dia", Moved("Distrito Grafiti", 4))
c.edit(  # fronteiriço
    "move",
    "cartagena",
    "bo, passa a playa de bocagrande pro dia 4 às 10, ta? después a gente vê o resto",
    Moved("Playa de Bocagrande", 4, at="10:00"),
)
c.edit(
    "move",
    "mumbai",
    "marine drive amanhã não vai dar, passa pra depois de amanhã",
    Moved("Marine Drive", 3),
)

# ---- retime (7) ----
c.edit("retime", "kyoto", "o kinkaku-ji muda pra 10h", Retimed("Kinkaku-ji", "10:00"))
c.edit(
    "retime",
    "edinburgh",
    "thistle & stag às 20h30 em vez das 19h pf",
    Retimed("The Thistle & Stag", "20:30"),
)
c.edit(  # capixaba
    "retime",
    "porto",
    "ô, a ponte luís i pode ser às 17h? quero ver o pôr do sol, dizem que é de pocar",
    Retimed("Ponte Luís I", "17:00"),
)
c.edit(  # goês
    "retime",
    "goa",
    "Baba, o Vindaloo & Vinho passa para as oito da noite, pois não? Às sete e meia ainda "
    "estou na missa.",
    Retimed("Vindaloo & Vinho", "20:00"),
)
c.edit(
    "retime",
    "jaipur",
    "jantar no haveli rooftop as 9 da noite, nao 7 e meia",
    Retimed("Haveli Rooftop Kitchen", "21:00"),
)
c.edit(
    "retime",
    "bogota",
    "muda o monserrate pra 7 da manhã pra fugir da fila",
    Retimed("Monserrate", "07:00"),
)
c.edit(
    "retime",
    "cartagena",
    "muralla sunset bar às 18h, q é a hora do por do sol",
    Retimed("Muralla Sunset Bar", "18:00"),
)

# ---- replace (6) ----
c.edit(  # ludovicense
    "replace",
    "kyoto",
    "tu podes trocar o menya kurogane por um sushi? lámen eu como em casa, rapaz",
    Replaced("Menya Kurogane", 2, ("sushi",)),
)
c.edit(
    "replace",
    "edinburgh",
    "em vez do canongate kitchen quero um vegano",
    Replaced("Canongate Kitchen", 2, ("vegan", "vegetarian")),
)
c.edit(
    "replace",
    "porto",
    "troca a tasca do cais por algo de frutos do mar",
    Replaced("Tasca do Cais", 1, ("seafood",)),
)
c.edit(  # goês
    "replace",
    "goa",
    "Menino, tira o Casa Xacuti e põe um vegetariano no lugar. O doutor proibiu-me o peixe. "
    "Dev borem korum.",
    Replaced("Casa Xacuti", 1, ("vegetarian",)),
)
c.edit(
    "replace",
    "bogota",
    "no lugar do fogón llanero coloca um italiano",
    Replaced("Fogón Llanero", 1, ("italian",)),
)
c.edit(
    "replace",
    "jaipur",
    "troca o kachori corner por um café com brunch, fritura de manhã não dá",
    Replaced("Kachori Corner", 3, ("cafe", "brunch")),
)

# ---- trip (6) ----
c.edit("trip", "kyoto", "da pra acrescentar mais um dia na viagem?", Days(4))
c.edit("trip", "edinburgh", "vamos ficar só 4 dias, corta o último", Days(4), confirm="sim")
c.edit(  # Luxembourg
    "trip",
    "porto",
    "Bonjour. A viagem agora começa a 8 de dezembro, o patrão só me deu folga a partir daí, ça va?",
    Start("2026-12-08"),
    Days(6),
)
c.edit(  # goês
    "trip",
    "goa",
    "Menino, a viagem tem de começar a 3 de dezembro, que quero estar na festa de São "
    "Francisco Xavier.",
    Start("2026-12-03"),
    Days(4),
)
c.edit("trip", "cartagena", "tira um dia da viagem, 5 dias já tá bom", Days(5))
c.edit(  # fronteiriço
    "trip",
    "bogota",
    "bah, vamo ficar mais dos días. agrega dois dias no final da viagem",
    Days(6),
)

# ---- multi (6) ----
c.flow(
    "multi",
    "kyoto",
    "tira o ryoan-ji e coloca o ginkaku-ji no lugar",
    Removed("Ryoan-ji"),
    Added(1, name="Ginkaku-ji", only=False),
)
c.flow(
    "multi",
    "edinburgh",
    "move o victoria street pro dia 4 e coloca um indiano lá pro jantar",
    Moved("Victoria Street", 4, alone=False),
    Added(4, ("indian", "curry"), between=DINNER, only=False),
)
c.flow(
    "multi",
    "porto",
    "muda o cais de gaia pras 10h e o port wine lodge pras 16h",
    Retimed("Cais de Gaia", "10:00", alone=False),
    Retimed("Cais Port Wine Lodge", "16:00", alone=False),
)
c.flow(  # capixaba
    "multi",
    "goa",
    "duas coisas, rapaz: remove a miramar beach e adiciona o reis magos fort no dia 1",
    Removed("Miramar Beach"),
    Added(1, name="Reis Magos Fort", only=False),
)
c.flow(
    "multi",
    "bogota",
    "tira a plaza de bolivar e passa o museo del oro pras 11h, queremos dormir mais",
    Removed("Plaza de Bolívar"),
    Retimed("Museo del Oro", "11:00", alone=False),
)
c.flow(
    "multi",
    "jaipur",
    "adiciona jal mahal no dia 3 e tira o nahargarh fort",
    Added(3, name="Jal Mahal", only=False),
    Removed("Nahargarh Fort"),
)

# ---- choice (6) ----
c.case(
    "choice",
    "bogota",
    S(
        "quais cafés vc recomenda pro dia 4? me manda umas opções",
        Type(SEL),
        Same(),
        Cards(("cafe", "coffee"), min=2),
    ),
    S("o segundo", Type(DONE), Chose(1)),
    final=(Added(4, ("cafe", "coffee")),),
)
c.case(
    "choice",
    "porto",
    S(
        "tem opções de restaurante de peixe pro jantar do dia 5?",
        Type(SEL),
        Same(),
        Cards(("seafood", "fish"), min=2),
    ),
    S("o primeiro", Type(DONE), Chose(0)),
    final=(Added(5, ("seafood", "fish")),),
)
c.case(
    "choice",
    "kyoto",
    S(
        "quero ver uns templos pro dia 3 de manhã, quais vc sugere?",
        Type(SEL),
        Same(),
        Cards(("temple", "shrine"), min=2),
    ),
    S("o último", Type(DONE), Chose(-1)),
    final=(Added(3, ("temple", "shrine")),),
)
c.case(
    "choice",
    "kyoto",
    S(
        "lugares de lamen, udon ou soba pro almoço do dia 3? quero ver as opções",
        Type(SEL),
        Same(),
        Cards(("noodles", "ramen", "udon", "soba"), min=2),
    ),
    S("o de soba", Type(DONE), Added(3, name="Kamo Soba Honke")),
)
c.case(
    "choice",
    "edinburgh",
    S("me mostra opções de parque pro dia 4", Type(SEL), Same(), Cards(("park", "garden"), min=2)),
    S("2", Type(DONE), Chose(1)),
    final=(Added(4, ("park", "garden")),),
)
c.case(
    "choice",
    "cartagena",
    S(
        "me mostra umas opções de bar pro dia 4, só pra ver",
        Type(SEL),
        Same(),
        Cards(("bar", "nightlife"), min=2),
    ),
    S("nenhum, deixa quieto. obg", Same()),
    final=(Same(),),
)

# ---- plan (5) ----
c.flow(  # macaense
    "plan",
    "blank",
    "Boa tarde. Pode fazer-me um programa de 2 dias em Quioto? Gosto de templos e de comer "
    "bem. M goi.",
    Plan("kyoto", 2, (("temple", "shrine"),)),
    answer="templos e comida japonesa",
)
c.flow(
    "plan",
    "hadibo",
    "faz um roteiro de 3 dias pra Hadibo com praia e trilha",
    Plan("hadibo", 3, (("beach",), ("hike",))),
    answer="praia e trilha",
)
c.flow(
    "plan",
    "goa",
    "refaz a viagem toda: 4 dias em goa, foco em praia e comida goesa",
    Plan("goa", 4, (("beach",), ("goan",))),
    answer="praia e comida goesa",
)
c.flow(
    "plan",
    "edinburgh",
    "pode planejar os 5 dias pra mim? 1a vez na escócia, não sei nada kkk",
    Plan("edinburgh", 5),
    answer="história e natureza",
)
c.flow(
    "plan",
    "cartagena",
    "o dia 4 tá vazio, monta alguma coisa pra gente nele",
    Plan("cartagena", 6),
    answer="praia e comida",
)

# ---- book (5) ----
c.flow(  # macaense
    "book",
    "kyoto",
    "Faz favor de reservar o Kamogawa Kaiseki para duas pessoas às 19h. Dizem que é difícil "
    "arranjar mesa, aiya.",
    Booked("Kamogawa Kaiseki", party=2, at="19:00"),
    turns=2,
    answer="2 pessoas às 19h",
)
c.flow(
    "book",
    "porto",
    "consegue reservar a marisqueira da foz? somos 4",
    Booked("Marisqueira da Foz", party=4),
    turns=2,
    answer="4 pessoas às 20h",
)
c.flow(
    "book",
    "edinburgh",
    "reserva mesa no thistle & stag p/ 3 as 19h",
    Booked("The Thistle & Stag", party=3, at="19:00"),
    turns=2,
    answer="3 pessoas, 19h",
)
c.flow(
    "book",
    "jaipur",
    "quero reservar o haveli rooftop kitchen pra nós dois, é nossa lua de mel",
    Booked("Haveli Rooftop Kitchen", party=2),
    turns=2,
    answer="19h30, 2 pessoas",
)
c.flow(  # fronteiriço
    "book",
    "bogota",
    "tchê, faz uma reserva no fogón llanero pra seis, somos uma gurizada de Livramento",
    Booked("Fogón Llanero", party=6),
    turns=2,
    answer="seis pessoas, 19h30",
)

# ---- referent (5) ----
c.case(
    "referent",
    "kyoto",
    S("coloca o Kissa Matcha-an no dia 3 de tarde", Type(SEL, DONE)),
    pick(),
    S("que horas ele fecha?", Type(DONE), Same(), SaysLast()),
)
c.case(
    "referent",
    "porto",
    S("adiciona a Capela das Almas no dia 5", Type(SEL, DONE)),
    pick(),
    S("pensando bem, tira ela", Type(DONE, CONF)),
    yes("sim"),
    final=(Same(),),
)
c.case(
    "referent",
    "edinburgh",
    S("bota o Dean Village no dia 4", Type(SEL, DONE)),
    pick(),
    S("e passa ele pro dia 5", Type(DONE, CONF)),
    yes("sim"),
    final=(Moved(None, 5),),
)
c.case(  # ludovicense
    "referent",
    "goa",
    S("rapaz, adiciona o Dona Paula Viewpoint no dia 4", Type(SEL, DONE)),
    pick(),
    S("tu mudas ele pras 17h30? quero pegar o pôr do sol", Type(DONE, CONF)),
    yes("sim"),
    final=(Retimed(None, "17:30"),),
)
c.case(
    "referent",
    "bogota",
    S("quero a Huerta Verde no dia 4 no almoço", Type(SEL, DONE)),
    pick(),
    S("esse lugar tem opção vegana msm?", Type(DONE), Same(), SaysLast()),
)

# ---- slot_fill (5) ----
c.case(
    "slot_fill",
    "hadibo",
    S("quero adicionar um lugar", Type(INPUT, ERR), Same()),
    S("um café no dia 3", Type(SEL, DONE)),
    pick(),
    final=(Added(3, ("cafe", "coffee")),),
)
c.flow(
    "slot_fill",
    "mumbai",
    "coloca a Jehangir Art Gallery",
    Added(None, name="Jehangir Art Gallery"),
    turns=2,
    answer="amanhã",
)
c.flow(
    "slot_fill",
    "edinburgh",
    "reserva uma mesa pra gente",
    Booked("Canongate Kitchen", party=2),
    turns=3,
    choose="canongate kitchen",
    answer="no canongate kitchen, somos 2",
)
c.flow(
    "slot_fill",
    "kyoto",
    "muda o horário do almoço do dia 3",
    Retimed("Lunch", "13:00", day=3),
    turns=2,
    answer="13h",
)
c.flow("slot_fill", "jaipur", "adiciona um templo", Added(None, ("temple",)), answer="quarta")

# ---- social (5) ----
c.chat("social", "hadibo", "oii tudo bem?")
c.chat("social", "porto", "obrigada!! vc é demais ❤️")
c.chat("social", "goa", "valeu, rapaz! ficou de pocar esse roteiro")  # capixaba
c.chat("social", "kyoto", "bom dia")
c.chat("social", "cartagena", "kkkk bocó eu, esqueci de agradecer. brigado viu")  # campo-grandense

# ---- info (5) ----
c.still("info", "kyoto", "Que horas abre o Kinkaku-ji? M goi.", Says("Kinkaku-ji"))  # macaense
c.still("info", "porto", "a livraria lello cobra entrada?", Says("Livraria Lello"))
c.still("info", "edinburgh", "qual o endereço do canongate kitchen", Says("Canongate Kitchen"))
c.still("info", "mumbai", "o elephanta caves fecha q horas?", Says("Elephanta Caves"))
c.still(  # ludovicense
    "info",
    "cartagena",
    "o castillo san felipe é bem avaliado mermo? tu sabes?",
    Says("Castillo San Felipe"),
)

# ---- swap_days (4) ----
c.edit("swap_days", "kyoto", "troca o dia 1 com o dia 3", Swapped(1, 3))
c.edit("swap_days", "porto", "inverte segunda e terça", Swapped(1, 2))
c.edit(  # campo-grandense
    "swap_days",
    "goa",
    "vixe, troca o dia 2 com o dia 3, no dia 2 a gente vai tá morto da viagem",
    Swapped(2, 3),
)
c.edit(
    "swap_days",
    "edinburgh",
    "quero fazer o dia 5 na terça e o da terça no dia 5",
    Swapped(2, 5),
)

# ---- undo (4) ----
c.case(
    "undo",
    "kyoto",
    S("tira o gion district", Type(DONE, CONF)),
    yes("sim"),
    S("opa, desfaz isso", Type(DONE)),
    final=(Same(),),
)
c.case(
    "undo",
    "porto",
    S("move a torre dos clerigos pro dia 5", Type(DONE, CONF)),
    yes("sim"),
    S("hmm não, volta como estava", Type(DONE)),
    final=(Same(),),
)
c.case(
    "undo",
    "bogota",
    S("adiciona um lugar de arepa no dia 4", Type(SEL, DONE)),
    pick(),
    S("desfaz, mudei de ideia", Type(DONE)),
    final=(Same(),),
)
c.case(  # campo-grandense
    "undo",
    "cartagena",
    S("limpa o dia 3", Type(DONE, CONF)),
    yes("sim"),
    S("ô loco, não! volta, desfaz isso", Type(DONE)),
    final=(Same(),),
)

# ---- show (4) ----
c.still(  # macaense
    "show", "porto", "Faz favor, o que temos no dia 4?", Says("Sé do Porto", "Casa da Francesinha")
)
c.still("show", "mumbai", "o que tem amanhã?", Says("Elephanta Caves", "Marine Drive"))
c.still(
    "show", "edinburgh", "mostra a viagem toda", Says("Edinburgh Castle", "Royal Botanic Garden")
)
c.still("show", "jaipur", "qual a programação de terça", Says("City Palace", "Jantar Mantar"))

# ---- explain (4) ----
c.still("explain", "kyoto", "pq o sanjusangen-do ta no roteiro?", Says("Sanjusangen-do"))
c.still(  # goês
    "explain",
    "goa",
    "Fala-me da Basílica do Bom Jesus, baba. É lá que está o corpo de São Francisco Xavier, "
    "pois não?",
    Says("Bom Jesus"),
)
c.still(  # fronteiriço
    "explain",
    "bogota",
    "bah, vale a pena o monserrate? me parece muito alto, no sé",
    Says("Monserrate"),
)
c.still(
    "explain",
    "cartagena",
    "o que é o palacio de la inquisicion?",
    Says("Palacio de la Inquisición"),
)

# ---- duplicate (4) ----
c.already("kyoto", "adiciona o fushimi inari no dia 2", "Fushimi Inari")
c.already("porto", "Queria pôr a Livraria Lello no dia 1, faz favor.", "Livraria Lello")  # macaense
c.already("edinburgh", "add edinburgh castle dia 1", "Edinburgh Castle")
c.already("jaipur", "quero o amber fort no primeiro dia, é imperdível", "Amber Fort")

# ---- clash (4) ----
c.flow(
    "clash",
    "kyoto",
    "coloca o nishiki market no dia 2 às 10h",
    ClashHandled(2, "10:00", ("market",)),
    turns=2,
)
c.flow(
    "clash",
    "porto",
    "adiciona o café galeria no dia 2 às 8h30",
    ClashHandled(2, "08:30", ("cafe",)),
    turns=2,
)
c.flow(
    "clash",
    "bogota",
    "Quinta de Bolívar no dia 1 às 13h",
    ClashHandled(1, "13:00", ("house museum",)),
    turns=2,
)
c.flow(  # campo-grandense
    "clash",
    "goa",
    "bota a se cathedral no dia 1 às 9h, dizem que é bonita demais",
    ClashHandled(1, "09:00", ("cathedral",)),
    turns=2,
)

# ---- locale (4) ----
c.add(
    "kyoto",
    "oi! adiciona um café no dia 3 de manhã pf",
    day=3,
    terms=("cafe", "coffee"),
    between=MORNING,
    kind="locale",
    locale="en",
)
c.still("locale", "porto", "o que tem no dia 1?", Says("Livraria Lello"), locale="es")
c.chat("locale", "goa", "vc pode falar cmg em português? não entendo bem inglês", locale="en")
c.case(
    "locale",
    "edinburgh",
    Step(
        "can you take the Wee Dram off day 3 please",
        (Type(DONE, CONF), When(CONF, Same())),
        None,
        "en",
    ),
    Step("yes", (Type(DONE),), (CONF,), "en"),
    final=(Removed("The Wee Dram"),),
)

# ---- expert (3) ----
c.flow(  # Luxembourg
    "expert",
    "porto",
    "Queria falar com um guia local que conheça bem o Porto. Ça serait bien, merci",
    Lead(),
    turns=2,
    answer="história e vinho do porto, orçamento médio",
)
c.flow(
    "expert",
    "jaipur",
    "tem algum especialista local que possa ajudar a montar o roteiro? primeira vez na índia",
    Lead(),
    turns=2,
    answer="cultura e comida, orçamento médio",
)
c.flow(
    "expert",
    "cartagena",
    "me conecta com um expert de cartagena, queremos um passeio de barco pelas ilhas",
    Lead(),
    turns=2,
    answer="passeio de barco, orçamento médio",
)

# ---- help (3) ----
c.chat("help", "hadibo", "como funciona isso?")
c.chat("help", "mumbai", "o que vc consegue fazer?")
c.chat("help", "porto", "moien, ajuda. não percebo nada disto")  # Luxembourg

CASES: list[Case] = c.cases
