"""fresh9, Portuguese: a blind held-out set of traveler conversations.

Who writes:
- a baiano from Salvador ("oxente", "painho", "arretado", "massa"), voice notes turned to text;
- a gaúcho couple from Porto Alegre ("bah", "tri", "guri", "capaz"), who end with "tchê";
- a mineira from Belo Horizonte ("uai", "trem", "sô", "nó"), who calls everything a "trem";
- a paulistano motoboy and a nikkei family from the Liberdade ("mano", "meu", "firmeza"),
  in internetês: vc, tb, blz, mt, q, kkk, pfv, tlgd, no accents and no capitals;
- a paraense from Belém ("égua", "maninho", "te mete") and a goiana who dictates long run-ons;
- a lisboeta who writes "bué", "fixe", "ya", "marcar", and a tripeiro from Porto ("carago",
  "fino", "pá", "tás") who is a tourist in his own city with his cousins from Canada;
- an Algarve retiree in careful European Portuguese ("se faz favor", "pequeno-almoço");
- an Angolan engineer from Luanda ("kota", "bué", "mambo", "bazar", "é só", "mano") and a
  Mozambican student from Maputo ("maningue", "xará", "nice") who sometimes writes English;
- a Goan-Portuguese lady born in Lisbon who visits her grandmother's Goa.
They type as people do in chat apps: typos, missing accents, abbreviations, emoji, two requests
in one message, a reason glued on, a correction in the middle ("terça — não, quarta"), rude and
polite, short and long. Most have "pt" stored; a few have "en" or "es" stored and still write
Portuguese (the reply must follow what they write), and one writes English with "pt" stored.

Written blind on 2026-12-07 (this session), from the demo data, the fixtures and the protocol
only (no parser, catalog, test or other corpus file read). It is a measure: never tune the
parser on it.

Weekdays: the trips start on Monday 2026-12-07 (segunda = day 1 … sábado = day 6); Mumbai is
under way and started today, Monday 2026-11-23 (hoje = day 1, amanhã = day 2); the clock's now
is 09:00 UTC (14:30 in Mumbai).
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
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
    Filled,
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
)
from bench.understanding_corpus.spec import (
    AFTERNOON,
    BREAKFAST,
    DINNER,
    EVENING,
    MORNING,
    Case,
    Corpus,
    S,
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

C = Corpus("pt", "f9", locale="pt")

# ---- add: one place or one kind of place on a day ------------------------------------------

C.add(
    "porto",
    "bota o mercado do bolhao na sexta de manha pfv, quero comprar uns queijos pra levar",
    day=5,
    terms="market",
    between=MORNING,
)
C.add(
    "porto",
    "carago, nunca fui a praia aqui na minha propria cidade kkk mete uma praia no sabado a tarde",
    day=6,
    terms="beach",
    between=AFTERNOON,
)
C.add(
    "kyoto",
    "uai, poe um trem desses templo zen na quarta, sô, quero ver jardim de pedra e silencio",
    day=3,
    terms=("temple", "zen"),
)
C.add(
    "mumbai",
    "amanha depois das cavernas quero ver um museu, pode ser?",
    day=2,
    terms="museum",
)
C.add(
    "goa",
    "Boa tarde. No dia 4 gostaria de uma praia sossegada para a minha avó, se faz favor.",
    day=4,
    terms="beach",
)
C.add(
    "edinburgh",
    "bah, na quinta quero subir num mirante pra ver a cidade de cima, tri bom ia ser",
    day=4,
    terms="viewpoint",
)
C.add(
    "jaipur",
    "mano coloca o albert hall museum no dia 3 as 14h",
    day=3,
    terms="museum",
    at="14:00",
    name="Albert Hall Museum",
)
C.add(
    "bogota",
    "oxente, a Quinta de Bolívar na quinta às 10h, painho quer ver a casa do Bolívar",
    day=4,
    terms="Quinta de Bolívar",
    at="10:00",
)
C.add(
    "cartagena",
    "egua, bota a torre del reloj no sabado pra gente tirar foto 📸",
    day=6,
    terms="Torre del Reloj",
    name="Torre del Reloj",
)
C.add(
    "porto",
    "ya sexta às 21h quero um barzinho, bora sair à noite q ninguem é de ferro 🍸",
    day=5,
    terms="bar",
    at="21:00",
)
C.add(
    "kyoto",
    "adiciona o Nishiki Market na terca as 11h30 antes do ramen",
    day=2,
    terms="market",
    at="11:30",
)
C.add(
    "goa",
    "kota quer ir na missa cedinho: Se Cathedral na quarta as 8h, é só isso",
    day=3,
    terms="Se Cathedral",
    at="08:00",
)
C.add(
    "mumbai",
    "hj no fim da tarde, depois do museu e antes da janta, quero ir na praia de Chowpatty",
    day=1,
    terms="Girgaum Chowpatty",
    between=("16:30", "19:45"),
)
C.add(
    "edinburgh",
    "sexta de manhãzinha uma padaria boa p gente tomar café antes do jardim botanico",
    day=5,
    terms="bakery",
    between=BREAKFAST,
)

# ---- wishes: a kind of place with something more (cheap, veggie, romantic, rooftop…) ------

C.add(
    "porto",
    "na sexta quero almocar num sitio vegetariano, a minha namorada nao come carne",
    day=5,
    terms=("restaurant", "vegetarian", "vegan"),
    wish=VEGGIE,
    kind="wishes",
)
C.add(
    "mumbai",
    "hoje a noite um bar com rooftop pra ver o mar, mt massa ia ser 🌇",
    day=1,
    terms="bar",
    wish=ROOFTOP,
    kind="wishes",
)
C.add(
    "porto",
    "tô liso meu, sexta um almoço baratinho tipo bifana ou francesinha, nada caro",
    day=5,
    terms="restaurant",
    wish=CHEAP,
    kind="wishes",
)
C.add(
    "goa",
    "é nosso aniversário de casamento no dia 4!! um jantar romântico por favor ❤️",
    day=4,
    terms="restaurant",
    wish=ROMANTIC,
    between=DINNER,
    kind="wishes",
)
C.add(
    "kyoto",
    "sou vegana, quarta a noite um restaurante vegano ou vegetariano pfv",
    day=3,
    terms="restaurant",
    wish=VEGGIE,
    between=EVENING,
    kind="wishes",
)
C.add(
    "edinburgh",
    "na quinta um museu bem avaliado, só os top, nota alta msm",
    day=4,
    terms="museum",
    wish=TOP_RATED,
    kind="wishes",
)
C.add(
    "mumbai",
    "to morrendo de fome, algum lugar aberto agora pra comer?? pode por hj",
    day=1,
    terms=("restaurant", "cafe", "bakery"),
    wish=OPEN_NOW,
    kind="wishes",
)
C.add(
    "cartagena",
    "dia 4 uma praia boa pra criança, tenho 2 guris pequenos, de agua calma",
    day=4,
    terms="beach",
    wish=FAMILY,
    kind="wishes",
)
C.add(
    "jaipur",
    "no dia 3 fim de tarde quero um lugar com terraço no telhado (rooftop) pro por do sol",
    day=3,
    terms=("restaurant", "bar", "cafe"),
    wish=ROOFTOP,
    kind="wishes",
)
C.add(
    "bogota",
    "maninho na quinta quero comida de rua barata, arepa empanada essas coisas",
    day=4,
    terms=("street food", "arepas", "empanadas"),
    wish=CHEAP,
    kind="wishes",
)

# ---- add_slots: a place for an open meal slot ----------------------------------------------

C.add(
    "porto",
    "pro jantar de segunda quero uma marisqueira, peixe fresquinho 🐟",
    day=1,
    terms="seafood",
    slot="Dinner",
    kind="add_slots",
)
C.add(
    "porto",
    "almoço de quarta: bacalhau, que a gente ta em portugal né kkkk",
    day=3,
    terms="bacalhau",
    slot="Lunch",
    kind="add_slots",
)
C.add(
    "porto",
    "Para o pequeno-almoço de quinta-feira, uma pastelaria com pastéis de nata, se faz favor.",
    day=4,
    terms=("pastel de nata", "pastries", "bakery"),
    slot="Breakfast",
    kind="add_slots",
)
C.add(
    "mumbai",
    "amanha o cafe da manha num lugar de dosa, vi no youtube e fiquei com vontade",
    day=2,
    terms="dosa",
    slot="Breakfast",
    kind="add_slots",
)
C.add(
    "mumbai",
    "hj a noite a janta é frutos do mar, fechou?",
    day=1,
    terms="seafood",
    slot="Dinner",
    kind="add_slots",
)
C.add(
    "kyoto",
    "almoço de segunda = ramen. sem discussão 🍜",
    day=1,
    terms="ramen",
    slot="Lunch",
    kind="add_slots",
)
C.add(
    "edinburgh",
    "o breakfast de terça pode ser num lugar de brunch? panqueca ovos essas coisas",
    day=2,
    terms=("brunch", "breakfast"),
    slot="Breakfast",
    kind="add_slots",
)
C.add(
    "goa",
    "No almoço de terça queria comida goesa, peixe, como a minha avó fazia.",
    day=2,
    terms=("goan", "seafood"),
    slot="Lunch",
    kind="add_slots",
)
C.add(
    "cartagena",
    "bah no almoço de terça quero comida tipica do caribe, arroz de coco e peixe frito",
    day=2,
    terms=("caribbean", "coconut rice", "fried fish"),
    slot="Almuerzo",
    kind="add_slots",
)

# ---- remove ---------------------------------------------------------------------------------

C.edit(
    "remove",
    "porto",
    "tira a torre dos clerigos, tenho pavor de altura e sao 200 degraus nao rola",
    Removed("Torre dos Clérigos", 1),
)
C.edit("remove", "kyoto", "remove o ryoanji", Removed("Ryoan-ji", 1), Kept("Kinkaku-ji"))
C.edit(
    "remove",
    "mumbai",
    "cancela as cavernas de amanha, a balsa me da enjoo",
    Removed("Elephanta Caves", 2),
)
C.edit(
    "remove",
    "edinburgh",
    "nó, cemitério não, sô. tira esse greyfriars daí",
    Removed("Greyfriars Kirkyard"),
)
C.edit("remove", "goa", "n quero mais o forte aguada", Removed("Fort Aguada", 2))
C.edit(
    "remove",
    "jaipur",
    "mambo do jantar no rooftop de terça, tira isso mano, vamos jantar em casa da família",
    Removed("Haveli Rooftop Kitchen", 2),
)
C.edit(
    "remove",
    "bogota",
    "esquece o Museo Botero, ja vi as obras dele em Medellín",
    Removed("Museo Botero", 2),
    Kept("Monserrate"),
)

# ---- move -----------------------------------------------------------------------------------

C.edit("move", "porto", "passa a sé pra sexta", Moved("Sé do Porto", 5))
C.edit(
    "move",
    "kyoto",
    "joga o castelo nijo pra terça que na quarta a gente vai embora cedo",
    Moved("Nijo Castle", 2),
)
C.edit(
    "move",
    "edinburgh",
    "bah, o Arthur's Seat leva pra quinta de manhã, quarta vai chover capaz",
    Moved("Arthur's Seat", 4),
)
C.edit("move", "goa", "anjuna pro dia 4", Moved("Anjuna Beach", 4))
C.edit(
    "move",
    "mumbai",
    "o haji ali passa pra amanha pfv, dia 3 a gente vai ficar no hotel descansando",
    Moved("Haji Ali Dargah", 2),
)
C.edit(
    "move",
    "cartagena",
    "Las Bóvedas pro dia 4 às 11h, que no sábado a gente pega o voo",
    Moved("Las Bóvedas", 4, at="11:00"),
)
C.edit(
    "move",
    "jaipur",
    "o nahargarh fort muda pra segunda — nao pera, pra terça, segunda ja ta cheia",
    Moved("Nahargarh Fort", 2),
)

# ---- retime ---------------------------------------------------------------------------------

C.edit(
    "retime",
    "porto",
    "a livraria lello às 9h em vez de 9h30, dizem q a fila é gigante",
    Retimed("Livraria Lello", "09:00"),
)
C.edit("retime", "kyoto", "kinkakuji mais cedo, 8 e meia", Retimed("Kinkaku-ji", "08:30"))
C.edit(
    "retime",
    "mumbai",
    "o marine drive amanha coloca 19h q é o por do sol",
    Retimed("Marine Drive", "19:00"),
)
C.edit(
    "retime",
    "edinburgh",
    "The Wee Dram às 21h, a banda de folk só começa mais tarde",
    Retimed("The Wee Dram", "21:00"),
)
C.edit(
    "retime",
    "goa",
    "Vindaloo & Vinho para as 20h30, por favor, a minha avó janta tarde.",
    Retimed("Vindaloo & Vinho", "20:30"),
)
C.edit("retime", "bogota", "distrito grafiti as 15hs", Retimed("Distrito Grafiti", "15:00"))
C.edit(
    "retime",
    "cartagena",
    "o sunset bar pras 18h... nao pera, 18h30 q o sol se poe mais tarde",
    Retimed("Muralla Sunset Bar", "18:30"),
)

# ---- replace --------------------------------------------------------------------------------

C.edit(
    "replace",
    "porto",
    "troca a marisqueira da foz de terça por algo mais em conta, ta mt caro pra nós",
    Replaced("Marisqueira da Foz", 2, ("restaurant",), CHEAP),
)
C.edit(
    "replace",
    "kyoto",
    "no lugar do sanjusangendo bota outro templo, qualquer um",
    Replaced("Sanjusangen-do", 2, ("temple",)),
)
C.edit(
    "replace",
    "mumbai",
    "troca o annapoorna do dia 3 por um lugar de frutos do mar, enjoei de thali",
    Replaced("Annapoorna Thali House", 3, ("seafood",)),
)
C.edit(
    "replace",
    "goa",
    "a kota é vegetariana, substitui a Casa Xacuti por um restaurante vegetariano",
    Replaced("Casa Xacuti", 1, ("restaurant",), VEGGIE),
)
C.edit(
    "replace",
    "edinburgh",
    "em vez do canongate kitchen quero fish and chips, bem turistao mesmo kkk",
    Replaced("Canongate Kitchen", 2, ("fish and chips",)),
)
C.edit(
    "replace",
    "jaipur",
    "troca o Marwar Thali Haveli pela Laal Maas Dhaba, quero carne apimentada",
    Replaced("Marwar Thali Haveli", 1, ("Laal Maas Dhaba",)),
)

# ---- swap_days ------------------------------------------------------------------------------

C.edit("swap_days", "porto", "inverte terça e quarta", Swapped(2, 3))
C.edit(
    "swap_days",
    "kyoto",
    "troca o dia 1 com o dia 3, bah, o guri chega atrasado",
    Swapped(1, 3),
)
C.edit(
    "swap_days",
    "edinburgh",
    "Seria possível trocar o programa de segunda-feira pelo de quarta-feira?",
    Swapped(1, 3),
)
C.edit(
    "swap_days",
    "goa",
    "mano faz o dia 2 virar o dia 1 e o 1 virar o 2, tlgd",
    Swapped(1, 2),
)

# ---- trip: dates, length --------------------------------------------------------------------

C.edit(
    "trip",
    "porto",
    "o voo atrasou, a viagem agora começa dia 8/12",
    Start("2026-12-08"),
    Days(6),
)
C.edit("trip", "kyoto", "acrescenta mais um dia no fim da viagem", Days(4))
C.edit(
    "trip",
    "jaipur",
    "corta o ultimo dia, vamos bazar mais cedo pra delhi",
    Days(2),
)
C.edit(
    "trip",
    "goa",
    "Conseguimos antecipar: chegamos no dia 5 de dezembro em vez de 7.",
    Start("2026-12-05"),
)
C.edit(
    "trip",
    "edinburgh",
    "tira o dia 4 que ta vazio mesmo, fica 4 dias só",
    Days(4),
)
C.edit(
    "trip",
    "bogota",
    "égua, ganhei mais 2 dias de folga! aumenta a viagem pra 6 dias",
    Days(6),
)

# ---- undo -----------------------------------------------------------------------------------

C.case(
    "undo",
    "porto",
    S("tira a ribeira", Type(DONE, CONF)),
    yes("sim"),
    S("opa, desfaz isso, apertei errado", Type(DONE, CONF)),
    yes("sim"),
    final=(Same(),),
)
C.case(
    "undo",
    "kyoto",
    S("passa o nijo castle pro dia 2", Type(DONE, CONF)),
    yes("pode"),
    S("volta como tava antes", Type(DONE, CONF)),
    yes("sim"),
    final=(Same(),),
)
C.case(
    "undo",
    "mumbai",
    S("coloca o Jehangir Art Gallery no dia 3", Type(DONE, SEL)),
    pick(),
    S("desfaz", Type(DONE, CONF)),
    yes("isso"),
    final=(Same(),),
)
C.case(
    "undo",
    "goa",
    S("muda a miramar beach pras 17h", Type(DONE, CONF)),
    yes("ok"),
    S("ctrl+z kkk desfaz a ultima mudança", Type(DONE, CONF)),
    yes("sim"),
    final=(Same(),),
)

# ---- show -----------------------------------------------------------------------------------

C.still("show", "porto", "o que tem na terça?", Says("Palácio da Bolsa", "Ponte Luís I"))
C.still("show", "mumbai", "oq tem amanha msm?", Says("Elephanta Caves", "Marine Drive"))
C.still("show", "kyoto", "me mostra o roteiro todo pfv", Says("Kinkaku-ji", "Nijo Castle"))
C.still(
    "show",
    "edinburgh",
    "bah e o dia 3 como ficou?",
    Says("Arthur's Seat", "The Wee Dram"),
)

# ---- explain --------------------------------------------------------------------------------

C.still("explain", "kyoto", "pq o kinkakuji ta tao cedo?", Says("Kinkaku-ji"))
C.still("explain", "porto", "o que é a Ribeira? vale a pena?", Says("Ribeira"))
C.still("explain", "goa", "Explica-me o que é esse Fontainhas, por favor.", Says("Fontainhas"))
C.still("explain", "jaipur", "q diabo é esse jantar mantar kkk", Says("Jantar Mantar"))

# ---- book -----------------------------------------------------------------------------------

C.flow(
    "book",
    "porto",
    "reserva mesa na Marisqueira da Foz pra 4 pessoas às 20h",
    Booked("Marisqueira da Foz", party=4, at="20:00"),
    answer="4 pessoas às 20h",
)
C.flow(
    "book",
    "kyoto",
    "marca o Kamogawa Kaiseki pra 2, é lua de mel 💍",
    Booked("Kamogawa Kaiseki", party=2),
    answer="2 pessoas às 19h",
)
C.flow(
    "book",
    "mumbai",
    "consegue reservar o konkan coast kitchen hj pra nós 3?",
    Booked("Konkan Coast Kitchen", party=3),
    answer="3 pessoas às 13h",
)
C.flow(
    "book",
    "jaipur",
    "quero reservar o Haveli Rooftop Kitchen na terça 19h30 pra 6 pessoas, familia toda",
    Booked("Haveli Rooftop Kitchen", party=6, at="19:30"),
    answer="6 pessoas às 19h30",
)
C.flow(
    "book",
    "goa",
    "Poderia reservar o Vindaloo & Vinho para duas pessoas? É o aniversário da minha avó.",
    Booked("Vindaloo & Vinho", party=2),
    answer="2 pessoas às 19h30",
)

# ---- expert ---------------------------------------------------------------------------------

C.flow(
    "expert",
    "porto",
    "queria falar com um guia local, alguem q conheça as caves de vinho do porto",
    Lead(),
    answer="vinho do porto e comida tipica",
)
C.flow(
    "expert",
    "jaipur",
    "tem algum especialista local pra me ajudar a montar o resto? quero coisa fora do obvio",
    Lead(),
    answer="historia, templos e comida de rua",
)
C.flow(
    "expert",
    "cartagena",
    "bah, me conecta com um guia de verdade ai, gente da terra, tche",
    Lead(),
    answer="salsa, praia e historia",
)

# ---- help -----------------------------------------------------------------------------------

C.chat("help", "porto", "como funciona isso aqui? oq vc consegue fazer?")
C.chat("help", "kyoto", "me ajuda, nao sei mexer nesse app kkk")
C.chat("help", "goa", "Que tipo de pedidos posso fazer por aqui?")

# ---- multi: two requests in one message -----------------------------------------------------

C.flow(
    "multi",
    "porto",
    "tira a torre dos clerigos e bota o mercado do bolhao na sexta",
    Removed("Torre dos Clérigos"),
    Added(5, ("market",), only=False),
)
C.flow(
    "multi",
    "kyoto",
    "passa o nijo pro dia 2 e muda o ryoanji pras 16h",
    Moved("Nijo Castle", 2, alone=False),
    Retimed("Ryoan-ji", "16:00", alone=False),
)
C.flow(
    "multi",
    "mumbai",
    "amanha o marine drive as 19h e hj a noite coloca um bar pra gente",
    Retimed("Marine Drive", "19:00", alone=False),
    Added(1, ("bar",), only=False),
)
C.flow(
    "multi",
    "goa",
    "remove a basilica e muda a miramar pras 17h, a gente nao é muito de igreja",
    Removed("Basilica of Bom Jesus"),
    Retimed("Miramar Beach", "17:00", alone=False),
)
C.flow(
    "multi",
    "edinburgh",
    "no dia 4 que ta vazio põe um museu de manha e um parque a tarde",
    Added(4, ("museum",), only=False),
    Added(4, ("park",), only=False),
)
C.flow(
    "multi",
    "cartagena",
    "muda o getsemani pras 16h e no almoço do dia 5 quero frutos do mar",
    Retimed("Getsemaní", "16:00", alone=False),
    Filled(5, ("Almuerzo",), ("seafood",)),
)

# ---- choice: cards, then the traveler picks by position ------------------------------------

C.case(
    "choice",
    "porto",
    S("um café na sexta de manhã", Type(SEL), Cards(("cafe",))),
    S("o segundo", Type(DONE), Chose(1)),
)
C.case(
    "choice",
    "kyoto",
    S("quero um lugar de ramen no dia 3 à noite", Type(SEL), Cards(("ramen",))),
    S("o ultimo", Type(DONE), Chose(-1)),
)
C.case(
    "choice",
    "mumbai",
    S("um museu amanha a tarde", Type(SEL), Cards(("museum",))),
    S("2", Type(DONE), Chose(1)),
)
C.case(
    "choice",
    "goa",
    S("uma praia no dia 4", Type(SEL), Cards(("beach",))),
    S("a terceira", Type(DONE), Chose(2)),
)
C.case(
    "choice",
    "edinburgh",
    S("algum pub na quinta à noite", Type(SEL), Cards(("pub", "bar"))),
    S("primeira opção", Type(DONE), Chose(0)),
)
C.case(
    "choice",
    "jaipur",
    S("um templo no dia 3", Type(SEL), Cards(("temple",))),
    S("#2", Type(DONE), Chose(1)),
)

# ---- plan -----------------------------------------------------------------------------------

C.flow(
    "plan",
    "blank",
    "monta um roteiro pros meus 2 dias em Kyoto, gosto de templo e de comer bem",
    Plan("kyoto", 2, includes=(("temple",),)),
    answer="templos e comida",
)
C.flow(
    "plan",
    "goa",
    "Pode preencher o dia 4 por mim? Está vazio.",
    Plan("goa", 4),
    answer="praia e comida goesa",
)
C.flow(
    "plan",
    "edinburgh",
    "planeja a quinta q ta vazia, qualquer coisa boa",
    Plan("edinburgh", 5),
    answer="historia e pubs",
)
C.flow(
    "plan",
    "bogota",
    "sugere um roteiro pro dia 4, ta em branco",
    Plan("bogota", 4),
    answer="cafe e museus",
)
C.flow(
    "plan",
    "porto",
    "ya a sexta está vazia, monta-me um dia fixe aí",
    Plan("porto", 6),
    answer="vinho, miradouros e comida",
)

# ---- referent: "it", "this place" after an add ---------------------------------------------

C.case(
    "referent",
    "porto",
    S("põe o Jardim do Morro na sexta ao pôr do sol", Type(DONE, SEL)),
    pick(),
    S("e ele fecha que horas?", Type(DONE), Same(), SaysLast()),
)
C.case(
    "referent",
    "kyoto",
    S("coloca o Kissa Matcha-an na quarta às 16h", Type(DONE, SEL)),
    pick(),
    S("na vdd muda ele pras 17h", Type(DONE, CONF)),
    yes("sim"),
    final=(Retimed(None, "17:00", day=3),),
)
C.case(
    "referent",
    "mumbai",
    S("Jehangir Art Gallery amanha", Type(DONE, SEL)),
    pick(),
    S("move ela pro dia 3", Type(DONE, CONF)),
    yes("pode"),
    final=(Moved(None, 3),),
)
C.case(
    "referent",
    "goa",
    S("põe a Cantina Feni no dia 3 às 22h", Type(DONE, SEL)),
    pick(),
    S("pensando bem, tira isso", Type(DONE, CONF)),
    yes("sim"),
    final=(Same(),),
)
C.case(
    "referent",
    "edinburgh",
    S("Tartan Teapot sexta as 16h pro chá da tarde", Type(DONE, SEL)),
    pick(),
    S("é bom esse lugar? qual a nota?", Type(DONE), Same(), SaysLast()),
)

# ---- duplicate: asking for what the trip already has ----------------------------------------

C.already("porto", "adiciona a Livraria Lello no dia 1", "Livraria Lello")
C.already("kyoto", "poe o fushimi inari na terça", "Fushimi Inari")
C.already("mumbai", "bota o Gateway of India hoje", "Gateway of India")
C.already("jaipur", "quero o amber fort na segunda de manha", "Amber Fort")

# ---- clash: asking for a time that is taken -------------------------------------------------

C.flow(
    "clash",
    "porto",
    "mercado do bolhao na terça às 10h",
    ClashHandled(2, "10:00", ("market",)),
)
C.flow(
    "clash",
    "kyoto",
    "Kyoto National Museum segunda as 15h",
    ClashHandled(1, "15:00", ("museum",)),
)
C.flow(
    "clash",
    "edinburgh",
    "bota a Scottish National Gallery na terça 10h",
    ClashHandled(2, "10:00", ("gallery", "museum")),
)
C.flow(
    "clash",
    "goa",
    "o Reis Magos Fort no dia 2 às 10h30",
    ClashHandled(2, "10:30", ("fort",)),
)

# ---- slot_fill: a request missing a detail, given when asked --------------------------------

C.flow(
    "slot_fill",
    "porto",
    "quero acrescentar uma coisa na sexta",
    Added(5, ("museum",)),
    answer="um museu",
)
C.flow(
    "slot_fill",
    "kyoto",
    "bota alguma coisa no dia 3 à tarde",
    Added(3, ("park",)),
    answer="um parque",
)
C.flow(
    "slot_fill",
    "mumbai",
    "adiciona um restaurante",
    Added(None, ("restaurant",)),
    answer="amanhã",
)
C.flow(
    "slot_fill",
    "goa",
    "adiciona algo no dia 4",
    Added(4, ("church",)),
    answer="uma igreja",
)
C.flow(
    "slot_fill",
    "edinburgh",
    "quero por um lugar na quinta de manha",
    Added(4, ("park",)),
    answer="um parque",
)

# ---- social ---------------------------------------------------------------------------------

C.still("social", "porto", "bom diaaa ☀️", NoDump(), Short())
C.still("social", "kyoto", "vc é demais kkkk", NoDump(), Short())
C.still("social", "mumbai", "valeu mano, tmj", NoDump(), Short())
C.still("social", "goa", "Muito obrigada, foi muito amável.", NoDump(), Short())
C.still("social", "jaipur", "maningue nice xará, obrigado", NoDump(), Short())

# ---- info -----------------------------------------------------------------------------------

C.still("info", "porto", "a livraria lello abre q horas?", Says("Livraria Lello"))
C.still("info", "kyoto", "o kinkakuji é caro? quanto custa mais ou menos", Says("Kinkaku-ji"))
C.still("info", "mumbai", "as elephanta caves fecham q horas?", Says("Elephanta Caves"))
C.still("info", "edinburgh", "o Edinburgh Castle tem boa avaliação?", Says("Edinburgh Castle"))
C.still("info", "jaipur", "o hawa mahal abre cedo? que horas", Says("Hawa Mahal"))

# ---- locale: the stored setting and the language typed differ --------------------------------

C.add(
    "porto",
    "bota um cafe na sexta as 9h pfv",
    day=5,
    terms=("cafe", "bakery"),
    at="09:00",
    kind="locale",
    locale="en",
)
C.still(
    "locale",
    "mumbai",
    "oq tem amanha?",
    Says("Elephanta Caves"),
    locale="es",
)
C.case(
    "locale",
    "porto",
    S("what's on tuesday?", Type(DONE), Same(), Says("Palácio da Bolsa"), lang="en"),
)
C.still("locale", "goa", "obrigadão, ajudou demais!", NoDump(), Short(), locale="en")

# ---- clear: empty a day ---------------------------------------------------------------------

C.edit("clear", "porto", "limpa a quarta inteira, vamos so descansar", Cleared(3))
C.edit("clear", "kyoto", "apaga tudo do dia 3", Cleared(3))
C.edit("clear", "bogota", "zera o dia 1 mano, altitude me derrubou", Cleared(1))

CASES: list[Case] = C.cases
