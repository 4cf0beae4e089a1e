"""fresh10, Portuguese: a blind held-out set of traveler conversations.

Who writes:
- a recifense ("visse", "arretado", "oxe", "massa demais") and a cearense from Fortaleza
  ("macho", "mah", "pai d'égua", "aperreado"), who says "tu botou";
- a curitibano ("piá", "vina", "daí") and a manezinho from Florianópolis ("tás tolo",
  "queres", "ô"), who uses tu with the old conjugation;
- a manauara ("maninho", "leseira", "égua", "curumim") and a carioca ("mermão", "caraca",
  "sinistro", "partiu");
- a brasiliense ("véi", "de rocha", "baú") and a caipira retiree from the interior of São
  Paulo who writes as he speaks ("nóis vai", "sô", "fio", "porta" with r, "lugá", "jantá");
- a Brazilian teen in heavy internetês (kkkk, vdd, slk, pdp, mds, tmj, mn, ss, pfv, q, c);
- a dekassegui Brazilian in Hamamatsu who mixes Japanese (yasumi, kaisha, zangyou, chotto,
  onegai, nande, men-rui, konbini);
- a cabo-verdiana ("nha", "mantenha", "sabi", "odja"), a guineense from Bissau ("ami", "abo",
  "bu", "manga di", "ña", "nós vai") and a santomense ("leve-leve", "moço", "sun");
- an açoriana and a madeirense in careful European Portuguese ("se faz favor", "atão",
  "arrenego", "ai credo", "pequeno-almoço", "autocarro"), a coimbrão student ("bué", "fixe",
  "tipo", "pá", "mete", "de borla") and a bracarense senior ("carago", "ó filho", "tire-me").
They type as people do in chat apps: typos, missing accents, abbreviations, emoji, two requests
in one message, a reason glued on, a correction in the middle, replies to the bot's questions
in local ways ("ss", "pode sim", "o sigundo", "esse último aí"), rude and polite, short and
long; Brazilian and European forms both (você/tu, "tô fazendo"/"estou a fazer", "café da
manhã"/"pequeno-almoço", "ônibus"/"autocarro"). Most have "pt" stored; a few have "en" or
"es" stored and still write Portuguese (the reply must follow what they write), and one
writes English with "pt" stored.

Written blind on 2026-12-07 (this session), from the demo data, the fixtures and the protocol
only (no parser, catalog, test or other corpus file read). It is a measure: never tune the
parser on it.

Weekdays: the trips start on Monday 2026-12-07 (segunda = day 1, terça = 2, quarta = 3,
quinta = 4, sexta = 5, sábado = 6; "dia 8" = day 2); Kyoto and Jaipur run Monday-Wednesday,
Goa and Bogotá Monday-Thursday, Edinburgh Monday-Friday, Cartagena and Porto
Monday-Saturday; the blank trip is two empty Kyoto days. Mumbai is under way and started
today, Monday 2026-11-23 (hoje = day 1, amanhã = day 2); the clock's now is 09:00 UTC (14:30
in Mumbai and Goa/Jaipur, 18:00 in Kyoto, 09:00 in Porto and Edinburgh, 04:00 in Bogotá).
"""

from __future__ import annotations

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
    Short,
    Type,
)
from bench.understanding_corpus.item_checks import (
    Added,
    Chose,
    ClashHandled,
    Kept,
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
    EVENING,
    MORNING,
    Case,
    Corpus,
    If,
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

c = Corpus("pt", "f10", locale="pt")

BREAKFASTY = ("breakfast", "bakery", "cafe", "coffee", "brunch")
SEAFOOD = ("seafood", "fish", "fish thali", "fish curry rice")


# ---- add ------------------------------------------------------------------------------

c.add(
    "kyoto",
    "oi!! bota um lugar de lamen no dia 3 onegai 🍜 to com saudade de lamen de verdade, "
    "aqui em Hamamatsu so como de konbini depois do zangyou kkk",
    day=3,
    terms="ramen",
)
c.add(
    "porto",
    "Boa tarde. Queria acrescentar uma marisqueira ao quinto dia, se faz favor. O meu marido "
    "é doido por marisco e ainda não provámos nada do mar.",
    day=5,
    terms="seafood",
)
c.add(
    "edinburgh",
    "oxe, bota ai um pub com musica ao vivo no dia 4 visse, a gente ta sem nada nesse dia kkk",
    day=4,
    terms=("pub", "live music"),
)
c.add(
    "bogota",
    "daí piá, coloca uma padaria no dia 4 bem cedinho, quero tomar um café com pão e vina "
    "antes de sair, aqui em Curitiba a gente é assim",
    day=4,
    terms=BREAKFASTY,
    between=MORNING,
)
c.add(
    "goa",
    "Mantenha! Nha mãe quer ir a uma igreja no dia 4, uma antiga e bonita. Pode pôr? Obrigada 🙏",
    day=4,
    terms=("church", "cathedral"),
)
c.add("jaipur", "mermão bota o Albert Hall Museum no dia 3 aí", day=3, name="Albert Hall Museum")
c.add(
    "cartagena",
    "maninho coloca o Museo Naval del Caribe no dia 4, os curumim vão adorar essa história "
    "de pirata",
    day=4,
    name="Museo Naval del Caribe",
)
c.add(
    "mumbai",
    "mn coloca um role de comida de rua amanha a noite pfv kkkk quero comer vada pav",
    day=2,
    terms="street food",
    between=EVENING,
)
c.add(
    "porto",
    "pá mete aí a Livraria Lello no dia... não espera, essa já tá. mete antes a Igreja do "
    "Carmo no dia 4, tipo de manhã",
    day=4,
    name="Igreja do Carmo",
    between=MORNING,
)
c.add(
    "hadibo",
    "Ó filho, arranja-me aí um sítio de sushi pró segundo dia, carago, que a minha neta só "
    "come daquilo",
    day=2,
    terms="sushi",
)
c.add(
    "blank",
    "fio, pur favor, ponha um templo bem bonito no primero dia pra nóis, de manhãzinha que "
    "nóis acorda cedo",
    day=1,
    terms=("temple", "shrine"),
    between=MORNING,
)
c.add(
    "edinburgh",
    "Bom dia. Ami quer ver o Palace of Holyroodhouse no dia 4. Bu pode pôr?",
    day=4,
    name="Palace of Holyroodhouse",
)
c.add(
    "cartagena",
    "véi, põe a Torre del Reloj na sexta, é do ladinho do Getsemaní né",
    day=5,
    name="Torre del Reloj",
)
c.add(
    "bogota",
    "Olá. No quarto dia queria um miradouro para ver a cidade lá de cima. Ai credo, isto de "
    "Bogotá é tão alto que até me falta o ar!",
    day=4,
    terms=("viewpoint", "city views"),
)

# ---- wishes ---------------------------------------------------------------------------

c.add(
    "mumbai",
    "macho tô aperreado de fome, tem algum canto ABERTO AGORA pra comer? bota hoje mesmo",
    day=1,
    terms=("restaurant", "cafe", "bakery", "street food"),
    wish=OPEN_NOW,
    kind="wishes",
)
c.add(
    "jaipur",
    "sô, nóis qué um lugá baratim pra jantá no primero dia, nada de chiquê que aposentado "
    "não tem dinhero",
    day=1,
    slot="Dinner",
    terms=("restaurant", "cafe"),
    wish=CHEAP,
    kind="wishes",
)
c.add(
    "kyoto",
    "ô, a patroa é vegetariana, tás tolo se achas que ela come peixe. bota um lugar "
    "vegetariano pro almoço do dia 3, queres?",
    day=3,
    slot="Lunch",
    wish=VEGGIE,
    kind="wishes",
)
c.add(
    "porto",
    "pá preciso dum sítio romântico pra jantar no dia 3, tipo é o aniversário da minha "
    "namorada, bué importante não me falhes",
    day=3,
    slot="Dinner",
    terms="restaurant",
    wish=ROMANTIC,
    kind="wishes",
)
c.add(
    "cartagena",
    "véi, bota uma praia no sábado, mas tranquila, de água calma, a gente tá com criança pequena",
    day=6,
    terms="beach",
    wish=FAMILY,
    kind="wishes",
)
c.add(
    "edinburgh",
    "Queria um restaurante com muito boa avaliação, dos melhores, para o jantar do segundo "
    "dia. Nada de tascas, é a nossa noite especial.",
    day=2,
    slot="Dinner",
    terms="restaurant",
    wish=TOP_RATED,
    kind="wishes",
)
c.add(
    "goa",
    "oxe, quero ver o pôr do sol num lugar arretado no dia 4, um mirante de preferencia",
    day=4,
    terms="viewpoint",
    wish=Wish(keywords=("sunset",)),
    between=("16:00", "20:00"),
    kind="wishes",
)
c.add(
    "bogota",
    "qnd for quinta a noite bota um rooftop c drink mn, slk",
    day=4,
    terms=("rooftop", "bar"),
    wish=ROOFTOP,
    between=EVENING,
    kind="wishes",
)
c.add(
    "jaipur",
    "tem algum lugar vegano pro almoço do dia 2? o kaisha fez kenkou shindan e deu "
    "colesterol alto 😅",
    day=2,
    slot="Lunch",
    wish=Wish(keywords=("vegan",)),
    kind="wishes",
)
c.add(
    "hadibo",
    "maninho quero um mandi baratinho no dia 3, nada de lugar caro, égua",
    day=3,
    terms=("mandi", "yemeni"),
    wish=CHEAP,
    kind="wishes",
)

# ---- add_slots ------------------------------------------------------------------------

c.add(
    "kyoto",
    "no dia 1 o almoço ainda ta vazio ne? poe um soba ou udon, qualquer men-rui serve",
    day=1,
    slot="Lunch",
    terms=("soba", "udon", "noodles"),
    kind="add_slots",
)
c.add(
    "edinburgh",
    "Ó filho, ponha-me lá o pequeno-almoço do segundo dia num café jeitoso, carago",
    day=2,
    slot="Breakfast",
    terms=BREAKFASTY,
    kind="add_slots",
)
c.add(
    "porto",
    "Para o almoço do dia 2 queria um sítio com bacalhau. Lá na Madeira é espada com banana, "
    "mas aqui há que provar o bacalhau 😊",
    day=2,
    slot="Lunch",
    terms=("bacalhau", "codfish"),
    kind="add_slots",
)
c.add(
    "goa",
    "bom dia sun. no dia 3 o almoço tá vazio, põe lá um sítio de peixe, leve-leve, sem pressa",
    day=3,
    slot="Lunch",
    terms=SEAFOOD,
    kind="add_slots",
)
c.add(
    "cartagena",
    "mah, a janta do dia 2 tá em branco, bota um lugar de comida típica daqui, pai d'égua",
    day=2,
    slot="Cena",
    terms=("colombian", "caribbean", "afro-colombian", "traditional", "local food"),
    kind="add_slots",
)
c.add(
    "mumbai",
    "caraca, o café da manhã de amanhã tá vazio, bota um lugar daqueles de chai com pão, tipo "
    "iraniano",
    day=2,
    slot="Breakfast",
    terms=("cafe", "breakfast", "chai", "irani chai"),
    kind="add_slots",
)
c.add(
    "jaipur",
    "No dia 3 de tarde nós não tem nada. Bu pode pôr um templo? Ña tia gosta manga di templos",
    day=3,
    terms="temple",
    between=AFTERNOON,
    kind="add_slots",
)
c.add(
    "bogota",
    "daí, o almoço do dia 3 tá aberto, coloca uma comida colombiana raiz, tipo ajiaco",
    day=3,
    slot="Lunch",
    terms=("ajiaco", "colombian"),
    kind="add_slots",
)
c.add(
    "porto",
    "mete qualquer coisa pra sábado à noite, tipo um bar com cocktails, é a última noite pá "
    "tem de ser fixe",
    day=6,
    terms=("bar", "cocktails", "nightlife"),
    between=EVENING,
    kind="add_slots",
)

# ---- remove ---------------------------------------------------------------------------

c.edit(
    "remove",
    "kyoto",
    "tira o Ryoan-ji, ja fui 3 vezes com o pessoal da fabrica, chotto mendokusai",
    Removed("Ryoan-ji", 1),
    confirm="hai, pode tirar",
)
c.edit(
    "remove",
    "porto",
    "Tire-me essa Torre dos Clérigos, ó filho, que eu com estes joelhos não subo aquilo, carago!",
    Removed("Torre dos Clérigos", 1),
    confirm="sim senhor",
)
c.edit(
    "remove",
    "bogota",
    "mermão tira o museu do ouro, museu num dá, a galera dorme",
    Removed("Museo del Oro", 1),
    confirm="pode",
)
c.edit(
    "remove",
    "edinburgh",
    "slk tira o cemiterio do dia 2 q minha mae tem medo kkkkk",
    Removed("Greyfriars Kirkyard", 2),
    confirm="ss",
)
c.edit(
    "remove",
    "jaipur",
    "Atão, retire o Jantar Mantar, se faz favor. Astronomia não é comigo.",
    Removed("Jantar Mantar", 2),
    confirm="sim, retire",
)
c.edit(
    "remove",
    "cartagena",
    "moço, tira a praia do dia 3, sou de São Tomé, praia lá tem de sobra 😄",
    Removed("Playa de Bocagrande", 3),
    confirm="sim moço",
)
c.edit(
    "remove",
    "mumbai",
    "daí, aquelas cavernas de amanhã, tira, a mãe enjoa no barco",
    Removed("Elephanta Caves", 2),
    confirm="isso",
)

# ---- move -----------------------------------------------------------------------------

c.edit(
    "move",
    "goa",
    "Pode passar o Fort Aguada para quinta? Nha irmã só chega na terça à noite",
    Moved("Fort Aguada", 4),
    confirm="sim",
)
c.edit(
    "move",
    "kyoto",
    "ô, passa o Nijo Castle pro dia 1, queres? no dia 3 a gente vai ficar só por Arashiyama",
    Moved("Nijo Castle", 1),
)
c.edit(
    "move",
    "edinburgh",
    "macho, joga o Arthur's Seat pro dia 4, que dia 3 diz que vai chover o dia todo",
    Moved("Arthur's Seat", 4),
)
c.edit(
    "move",
    "porto",
    "fio, a Ponte Luís I passa pra sábado, pur causa que sábado nóis vai tá ali do lado no "
    "Cais de Gaia, bem na porrta da adega",
    Moved("Ponte Luís I", 6),
    confirm="pode sim",
)
c.edit(
    "move",
    "cartagena",
    "visse, o castelo San Felipe passa pro dia 5 bem cedo, 8h, que de tarde é um calor da peste",
    Moved("Castillo San Felipe de Barajas", 5, at="08:00"),
)
c.edit(
    "move",
    "jaipur",
    "A Hawa Mahal fica para o terceiro dia, ó filho, que no primeiro já basta o Amber Fort",
    Moved("Hawa Mahal", 3),
)
c.edit(
    "move",
    "mumbai",
    "maninho, Marine Drive passa pra hoje de noite, amanhã a gente volta tarde da ilha",
    Moved("Marine Drive", 1),
)

# ---- retime ---------------------------------------------------------------------------

c.edit(
    "retime",
    "kyoto",
    "Kamogawa Kaiseki às 20h, 19h não dá mermão",
    Retimed("Kamogawa Kaiseki", "20:00"),
)
c.edit(
    "retime",
    "bogota",
    "pá o Monserrate às 10 é bué cedo, passa pras 11 e meia",
    Retimed("Monserrate", "11:30"),
)
c.edit(
    "retime",
    "edinburgh",
    "A visita ao castelo pode ser às 10 em vez das 9 e meia? Ai, que eu de manhã sou uma lesma.",
    Retimed("Edinburgh Castle", "10:00"),
)
c.edit(
    "retime",
    "goa",
    "mn muda o vindaloo pra 21h pfv, vdd q a gnt janta tarde",
    Retimed("Vindaloo & Vinho", "21:00"),
)
c.edit(
    "retime",
    "porto",
    "O almoço na Casa da Francesinha pode ser meio-dia e meia? Ami ta fica com fome cedo",
    Retimed("Casa da Francesinha", "12:30"),
)
c.edit(
    "retime",
    "jaipur",
    "véi, o rooftop do dia 2 joga pras 8 da noite, de rocha",
    Retimed("Haveli Rooftop Kitchen", "20:00"),
)
c.edit(
    "retime",
    "cartagena",
    "o Muralla Sunset Bar bota pras 17h30 mah, senão perde o pôr do sol",
    Retimed("Muralla Sunset Bar", "17:30"),
)

# ---- replace --------------------------------------------------------------------------

c.edit(
    "replace",
    "porto",
    "oxe, troca a Tasca do Cais por um japa, sushi, que minha menina não come bacalhau nem a pau",
    Replaced("Tasca do Cais", 1, ("sushi",)),
)
c.edit(
    "replace",
    "kyoto",
    "troca o Menya Kurogane por um lugar de tempura véi, lamen a gente come toda semana em "
    "Brasília",
    Replaced("Menya Kurogane", 2, ("tempura",)),
)
c.edit(
    "replace",
    "edinburgh",
    "tás tolo, haggis?? troca esse Thistle & Stag por um de frutos do mar, queres?",
    Replaced("The Thistle & Stag", 1, ("seafood",)),
)
c.edit(
    "replace",
    "goa",
    "Em vez da Casa Xacuti, preferia um restaurante vegetariano para o almoço do primeiro dia.",
    Replaced("Casa Xacuti", 1, (), VEGGIE),
)
c.edit(
    "replace",
    "mumbai",
    "o Annapoorna do dia 3 troca por um churrasquinho, kebab, essas coisa, que nóis come carne sô",
    Replaced("Annapoorna Thali House", 3, ("kebab", "tandoori")),
)
c.edit(
    "replace",
    "bogota",
    "o Fogón Llanero é muito pesado pra noite, troca por um de peixe, moço",
    Replaced("Fogón Llanero", 1, ("seafood", "fish")),
)

# ---- trip -----------------------------------------------------------------------------

c.edit(
    "trip",
    "goa",
    "pá o voo de volta é quarta à noite afinal, corta o último dia",
    Days(3),
)
c.edit(
    "trip",
    "edinburgh",
    "Nha voo mudou, vamos chegar um dia depois. A viagem pode começar na terça, dia 8? "
    "O resto igual.",
    Start("2026-12-08"),
    Days(5),
    confirm="sim",
)
c.edit(
    "trip",
    "kyoto",
    "consegui mais um yasumi no kaisha!! da pra acrescentar mais um dia no final?",
    Days(4),
)
c.edit("trip", "mumbai", "caraca, vamos ficar mais 2 dias aqui, estende aí", Days(5))
c.flow(
    "trip",
    "porto",
    "Ó filho, a gente só vai de segunda a quinta, carago, tire lá os dois últimos dias",
    Days(4),
    confirm="sim, pode tirar",
)
c.edit(
    "trip",
    "jaipur",
    "mds to vendo aqui q a viagem foi adiada uma semana, passa tudo pra segunda dia 14 pfv",
    Start("2026-12-14"),
    Days(3),
    confirm="ss",
)

# ---- multi ----------------------------------------------------------------------------

c.flow(
    "multi",
    "porto",
    "tira a estação São Bento e bota o Mercado do Bolhão no dia 2, e passa o Miradouro da "
    "Vitória pras 19h",
    Removed("São Bento Station", 2),
    Added(2, ("market",), name="Mercado do Bolhão", only=False),
    Retimed("Miradouro da Vitória", "19:00", alone=False),
)
c.flow(
    "multi",
    "kyoto",
    "oxe, tira o Sanjusangen-do e bota o Kiyomizu-dera mais cedo, 14h30",
    Removed("Sanjusangen-do", 2),
    Retimed("Kiyomizu-dera", "14:30", alone=False),
)
c.flow(
    "multi",
    "edinburgh",
    "daí, põe o Dean Village no dia 4 de manhã e a Portobello Beach de tarde no mesmo dia",
    Added(4, name="Dean Village", between=MORNING, only=False),
    Added(4, name="Portobello Beach", between=AFTERNOON, only=False),
)
c.flow(
    "multi",
    "cartagena",
    "mn tira o palacio da inquisição e bota a Plaza Santo Domingo no dia 2, e no dia 4 "
    "coloca a Playa de Marbella tb",
    Removed("Palacio de la Inquisición", 2),
    Added(2, name="Plaza Santo Domingo", only=False),
    Added(4, name="Playa de Marbella", only=False),
)
c.flow(
    "multi",
    "bogota",
    "maninho, passa o Distrito Grafiti pro dia 4 e tira o jardim botânico, leseira de planta",
    Moved("Distrito Grafiti", 4, alone=False),
    Removed("Jardín Botánico de Bogotá", 3),
)
c.flow(
    "multi",
    "goa",
    "Abo coloca o Se Cathedral no dia 1 depois da basilica, e tira o Anjuna Beach, nós não "
    "gosta de festa",
    Added(1, name="Se Cathedral", only=False),
    Removed("Anjuna Beach", 2),
)


# ---- choice ---------------------------------------------------------------------------


def choice(trip: str, text: str, reply: str, index: int, day: int, terms: tuple[str, ...]) -> None:
    """Cards for a loose request, then a pick in the traveler's own words."""
    c.case(
        "choice",
        trip,
        S(text, Type(SEL), Same(), Cards(terms, min=2)),
        S(reply, Type(DONE), Chose(index)),
        final=(Added(day, terms),),
    )


choice(
    "kyoto",
    "bota um café no dia 3 de manhã",
    "o segundo, tá?",
    1,
    3,
    ("coffee", "cafe"),
)
choice(
    "edinburgh",
    "bota um lugar de curry no dia 3 pra janta",
    "macho, o último aí",
    -1,
    3,
    ("curry", "indian"),
)
choice("porto", "um sitio de brunch no dia 5 mn", "esse primeiro aí", 0, 5, ("brunch",))
choice(
    "jaipur",
    "um lugá de doce no dia 3, fio",
    "o sigundo, sô",
    1,
    3,
    ("dessert", "sweets", "lassi"),
)
choice("goa", "Quero uma praia para o quarto dia.", "A segunda, se faz favor.", 1, 4, ("beach",))
choice(
    "mumbai",
    "um museu pra amanhã à tarde, moço",
    "esse último",
    -1,
    2,
    ("museum", "gallery"),
)

# ---- plan -----------------------------------------------------------------------------

c.flow(
    "plan",
    "blank",
    "monta um roteiro completo pros 2 dias em Kyoto, primeira vez como turista no Japão kkk "
    "sempre so trabalhei",
    Plan("kyoto", 2),
    answer="templos, comida e um pouco de caminhada",
)
c.flow(
    "plan",
    "blank",
    "planeja esses dois dia pra nóis, nóis gosta de templo e de jardim, nada de balada",
    Plan("kyoto", 2, includes=(("temple",), ("garden", "park"))),
    answer="templo e jardim, sô",
)
c.flow(
    "plan",
    "edinburgh",
    "Estou a organizar tudo e o quarto dia está vazio. Pode preenchê-lo com umas coisas, "
    "se faz favor?",
    Plan("edinburgh", 5),
    answer="museus e passeios a pé",
)
c.flow(
    "plan",
    "cartagena",
    "partiu Cartagena! o dia 4 tá vazio, monta o dia pra mim aí, sinistro",
    Plan("cartagena", 6),
    answer="praia e comida boa",
)
c.flow(
    "plan",
    "bogota",
    "Dia 4 nós não tem nada. Bu pode fazer plano pra esse dia?",
    Plan("bogota", 4),
    answer="história e comida",
)

# ---- book -----------------------------------------------------------------------------

c.flow(
    "book",
    "kyoto",
    "reserva o Kamogawa Kaiseki pra 2 pessoas às 19h, aniversário da patroa",
    Booked("Kamogawa Kaiseki", party=2, at="19:00"),
    answer="2 pessoas, 19h",
)
c.flow(
    "book",
    "porto",
    "Queria reservar mesa na Marisqueira da Foz, somos quatro, às oito da noite.",
    Booked("Marisqueira da Foz", party=4, at="20:00"),
    answer="quatro pessoas, às 20h",
)
c.flow(
    "book",
    "edinburgh",
    "Marque-me lá uma mesa no Thistle & Stag, ó filho, para 6, que vem a família toda",
    Booked("The Thistle & Stag", party=6),
    answer="seis pessoas às 19h",
)
c.flow(
    "book",
    "cartagena",
    "da pra reservar o muralla sunset bar? somos 5 kkkk",
    Booked("Muralla Sunset Bar", party=5),
    answer="5 pessoas 19h30",
)
c.flow(
    "book",
    "jaipur",
    "moço, reserva o Haveli Rooftop Kitchen pra nós três, às 19h30 tá bom, leve-leve",
    Booked("Haveli Rooftop Kitchen", party=3, at="19:30"),
    answer="3 pessoas às 19h30",
)

# ---- referent -------------------------------------------------------------------------

c.case(
    "referent",
    "goa",
    S("bota o Reis Magos Fort no dia 2", Type(DONE, SEL)),
    pick("1"),
    S("mah, pensando bem, passa ele pro dia 4", Type(DONE, CONF)),
    yes("sim"),
    final=(Moved(None, 4),),
)
c.case(
    "referent",
    "kyoto",
    S("poe o Kissa Matcha-an no dia 3 de tarde", Type(DONE, SEL)),
    pick("1"),
    S("e esse lugar fecha que horas?", Type(DONE), Same(), SaysLast()),
)
c.case(
    "referent",
    "porto",
    S("mete a Cantina de Miragaia no dia 5 ao jantar", Type(DONE, SEL)),
    pick("1"),
    S("reserva lá pra 3 pá, 20h", Type(DONE, CONF, INPUT)),
    go("sim", "1", answer="3 pessoas às 20h"),
    go("sim", "1", answer="3 pessoas às 20h"),
    final=(Booked(None, party=3),),
)
c.case(
    "referent",
    "edinburgh",
    S("bota o Cowgate Cellar Club no dia 4 de noite", Type(DONE, SEL)),
    pick("1"),
    S("oxe, tira isso, pensei que era um pub, boate não", Type(DONE, CONF)),
    yes("sim"),
    final=(Same(),),
)
c.case(
    "referent",
    "mumbai",
    S("bota o Tide Deck Rooftop Bar hoje de noite", Type(DONE, SEL)),
    pick("1"),
    S("e muda ele pras 21h, queres", Type(DONE, CONF)),
    yes("sim"),
    final=(Retimed(None, "21:00"),),
)


# ---- slot_fill ------------------------------------------------------------------------


def missing(trip: str, text: str, answer: str, *final: Added) -> None:
    """A request without the day: asked first (nothing changed), then the answer fills it."""
    c.case(
        "slot_fill",
        trip,
        S(text, Type(SEL, INPUT, CONF), Same()),
        If((SEL, INPUT), answer),  # the day question, asked openly or with day options
        go("sim", "1", answer=answer),
        go("sim", "1", answer=answer),
        final=final,
    )


missing("kyoto", "bota um izakaya aí véi", "dia 2 de noite", Added(2, ("izakaya",)))
missing(
    "jaipur",
    "Gostava de ir a um mercado comprar tecidos. Vamos de autocarro, se for perto melhor.",
    "No terceiro dia, à tarde.",
    Added(3, ("market",)),
)
missing(
    "goa",
    "coloca um lugar pra tomar feni, piá",
    "dia 3 depois da janta",
    Added(3, ("feni", "bar")),
)
missing(
    "cartagena",
    "Queria dançar salsa uma noite destas, sabi dimás!",
    "sexta",
    Added(5, ("salsa", "dancing")),
)
missing(
    "bogota",
    "quero ir num lugar de tejo, massa demais isso",
    "quarta de noite",
    Added(3, ("tejo",)),
)

# ---- social ---------------------------------------------------------------------------

c.still("social", "mumbai", "valeu macho, tu é pai d'égua demais 🙏", NoDump(), Short())
c.still("social", "porto", "Obrigadinho, ó filho, Deus te abençoe", NoDump(), Short())
c.still("social", "jaipur", "kkkkk tmj mn vlw", NoDump(), Short())
c.still("social", "cartagena", "bom dia! tudo leve-leve por aí?", NoDump(), Short())
c.still("social", "goa", "égua maninho, pai d'égua, brigadão viu", NoDump(), Short())

# ---- info -----------------------------------------------------------------------------

c.still(
    "info",
    "porto",
    "A Livraria Lello abre a que horas? Não quero apanhar fila.",
    Says("Livraria Lello"),
)
c.still("info", "kyoto", "o kinkaku-ji é mt caro? quanto custa", Says("Kinkaku-ji"))
c.still(
    "info",
    "edinburgh",
    "pá o National Museum of Scotland é de borla? tipo free?",
    Says("National Museum of Scotland"),
)
c.still(
    "info",
    "cartagena",
    "mah, o Castillo San Felipe de Barajas fecha que horas?",
    Says("Castillo San Felipe de Barajas"),
)
c.still(
    "info",
    "mumbai",
    "O Haji Ali Dargah abre cedo? Ami quer ir logo de manhã.",
    Says("Haji Ali Dargah"),
)

# ---- swap_days ------------------------------------------------------------------------

c.edit("swap_days", "kyoto", "daí, inverte o dia 1 com o dia 3", Swapped(1, 3))
c.edit(
    "swap_days",
    "cartagena",
    "Pode trocar a segunda pela quarta-feira? Dizem que na segunda o tempo vai estar mau.",
    Swapped(1, 3),
)
c.edit("swap_days", "jaipur", "pá troca o dia 2 com o 3, tipo tudo", Swapped(2, 3))
c.edit(
    "swap_days",
    "goa",
    "Ai credo, enganei-me: o que está na terça é para segunda, e o de segunda para terça.",
    Swapped(1, 2),
)

# ---- undo -----------------------------------------------------------------------------

c.case(
    "undo",
    "porto",
    S("tira a Ribeira do dia 1", Type(DONE, CONF)),
    yes("pode sim"),
    S("caraca foi mal, volta a Ribeira, desfaz aí", Type(DONE, CONF)),
    yes("sim"),
    final=(Same(), Kept("Ribeira", 1)),
)
c.case(
    "undo",
    "edinburgh",
    S("bota a Scottish National Gallery no dia 4, sô", Type(DONE, SEL)),
    pick("1"),
    S("ixi, disfaz isso aí, mudei de ideia", Type(DONE, CONF)),
    yes("isso, pode"),
    final=(Same(),),
)
c.case(
    "undo",
    "kyoto",
    S("Passe o Gion District para o terceiro dia.", Type(DONE, CONF)),
    yes("sim"),
    S("Arrenego! Enganei-me. Desfaça isso, se faz favor.", Type(DONE, CONF)),
    yes("sim, desfaça"),
    final=(Same(),),
)
c.case(
    "undo",
    "bogota",
    S("apaga o dia 3 inteiro", Type(DONE, CONF)),
    yes("ss"),
    S("pdp? volta tudo q eu errei kkkk", Type(DONE, CONF)),
    yes("ss"),
    final=(Same(),),
)

# ---- show -----------------------------------------------------------------------------

c.still(
    "show",
    "kyoto",
    "Odja, mostra-me o que temos no dia 2",
    Says("Fushimi Inari Taisha", "Kiyomizu-dera"),
)
c.still(
    "show",
    "mumbai",
    "o que é que tem pra hoje, visse?",
    Says("Gateway of India", "Konkan Coast Kitchen"),
)
c.still(
    "show",
    "porto",
    "me mostra o roteiro todo aí, queres?",
    Says("Livraria Lello", "Museu de Serralves", "Cais de Gaia"),
)
c.still(
    "show",
    "cartagena",
    "Atão o que é que eu tenho para sábado, ó filho?",
    Says("Las Bóvedas"),
)

# ---- explain --------------------------------------------------------------------------

c.still("explain", "jaipur", "macho, por que tu botou o Amber Fort tão cedo?", Says("Amber Fort"))
c.still(
    "explain",
    "edinburgh",
    "nande? por que o Calton Hill ta no fim da tarde?",
    Says("Calton Hill"),
)
c.still(
    "explain",
    "goa",
    "pá qual é a cena da Fontainhas? porque é que tá no roteiro?",
    Says("Fontainhas Latin Quarter"),
)
c.still(
    "explain",
    "bogota",
    "Porque é que o Monserrate está logo de manhã?",
    Says("Monserrate"),
)

# ---- duplicate ------------------------------------------------------------------------

c.already("porto", "Ponha a Livraria Lello no terceiro dia, se faz favor", "Livraria Lello")
c.already("kyoto", "bota o fushimi inari no dia 3 mn", "Fushimi Inari Taisha")
c.already(
    "mumbai",
    "véi, coloca o Gateway of India amanhã cedo, a gente pega o baú ali perto",
    "Gateway of India",
)
c.already("jaipur", "moço, põe o Amber Fort no dia 2", "Amber Fort")


# ---- clash ----------------------------------------------------------------------------


def clash(trip: str, text: str, day: int, busy: str, terms: tuple[str, ...]) -> None:
    """An add at a time already taken: done elsewhere, or warned, or asked."""
    c.case(
        "clash",
        trip,
        S(text, Type(DONE, CONF, SEL, INPUT)),
        go("sim", "1", answer="pode ser"),
        go("sim", "1", answer="pode ser"),
        final=(ClashHandled(day, busy, terms),),
    )


clash("kyoto", "bota o Nishiki Market no dia 2 às 13h mermão", 2, "13:00", ("market",))
clash("porto", "Põe a Capela das Almas no dia 1 às 11h, nha avó adora azulejo", 1, "11:00",
      ("church",))  # fmt: skip
clash("edinburgh", "coloca a St Giles' Cathedral no dia 1 às 14h30 maninho", 1, "14:30",
      ("cathedral", "church"))  # fmt: skip
clash("bogota", "véi, Catedral Primada no dia 1 ao meio-dia", 1, "12:00", ("cathedral",))

# ---- locale ---------------------------------------------------------------------------

c.add(
    "kyoto",
    "oxe, bota o Ginkaku-ji no dia 3, massa demais aquele jardim",
    day=3,
    name="Ginkaku-ji",
    kind="locale",
    locale="en",
)
c.still("locale", "cartagena", "mah, o que tem no dia 5?", Says("Getsemaní"), locale="es")
c.case(
    "locale",
    "porto",
    S(
        "dude can u take the Palácio da Bolsa off day 2, too pricey and my gf hates guided tours",
        Type(DONE, CONF),
        lang="en",
    ),
    Step("yes", (Type(DONE),), (CONF, SEL), "en"),
    final=(Removed("Palácio da Bolsa", 2),),
)
c.edit(
    "locale",
    "goa",
    "Tira a Miramar Beach, nha filha ficou com medo das ondas",
    Removed("Miramar Beach", 1),
    confirm="sim",
    locale="en",
)

# ---- clear ----------------------------------------------------------------------------

c.edit(
    "clear",
    "mumbai",
    "amanha cancela tudo, vou ficar no hotel descansando, zangyou demais esse mes",
    Cleared(2),
    confirm="hai, pode",
)
c.edit("clear", "cartagena", "Apaga tudo do dia 6, nós vai embora cedo", Cleared(6))
c.edit(
    "clear",
    "goa",
    "Limpe-me o terceiro dia todo, ó filho, que vamos a casa dum primo",
    Cleared(3),
    confirm="sim, limpe",
)

# ---- expert ---------------------------------------------------------------------------

c.flow(
    "expert",
    "jaipur",
    "Gostava de falar com um guia local que fale português, é possível?",
    Lead(),
    answer="história e artesanato, orçamento médio",
)
c.flow(
    "expert",
    "cartagena",
    "mermão, tem algum guia local aí pra fazer um rolê pelas ilhas?",
    Lead(),
    answer="ilhas e praia, grana média",
)
c.flow(
    "expert",
    "kyoto",
    "tem como arrumar um especialista local pra ajudar a montar tudo? nihongo eu falo",
    Lead(),
    answer="templos e comida, orçamento médio",
)

# ---- help -----------------------------------------------------------------------------

c.chat(
    "help",
    "hadibo",
    "fio, como é que mexe nesse trem aqui? tô no ônibus e nóis não entende de aplicativo",
)
c.chat("help", "blank", "oq vc faz exatamente kkkk")
c.chat("help", "edinburgh", "Boa tarde. Que tipo de coisas lhe posso pedir?")

CASES: list[Case] = c.cases
