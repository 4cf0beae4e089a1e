"""Fresh11, Spanish: a blind held-out set of traveler conversations.

Written blind on 2026-12-08 from the demo data (core/data/demo_places.json), the fixtures and the
protocol (DESIGN.md) only: not from the parser, the message catalog or any other corpus file. It
is a measure: never tune the parser on it.

Who writes: mostly (about three in four cases) ordinary travelers on a phone, in everyday
Spanish with no strong regional colour:
- families and a parent planning for the kids ("mi hijo de 8 años", "vamos con niños");
- couples (an anniversary, a boyfriend's girlfriend who eats no meat);
- seniors and people travelling with the in-laws ("vamos con mis suegros", "somos jubilados");
- a business traveler ("cena con cliente", "2 pax 20h");
- backpackers on a budget, groups of friends ("entre los 6");
- someone in a hurry ("agregar bifana dia 5", "ayuda", "castillo a las 11").
They type the way people do on WhatsApp: no accents, abbreviations (q, xq, x, pls, porfa, xfa,
pa, pal, mñn), emoji, digits or words for numbers ("dos dias", "a las 4 de la tarde", "21h"),
polite long requests and two-word commands, two requests in one message, a reason glued on, a
correction halfway ("el martes, no perdon, el miercoles"), an indirect wish ("al salir del
castillo vamos a estar muertos de hambre"), a question that is really a request ("hay algun
sitio de matcha...?"), and answers to the bot's question with a word, a number, a name or "el
primero".

The other quarter is written in two voices not used by earlier sets:
- a madrileño / madrileña ("tío", "tía", "mazo", "en plan", "flipar", "mola", "vale", "guay",
  "los críos", "fiestuki", "8 de la tarde" for 20:00);
- a chilango from Mexico City ("güey", "neta", "no manches", "órale", "sale", "nel", "un chorro",
  "bien padre", "ahorita", "pal", "voltéame").

Fixture facts relied on: the clock is Monday 2026-11-23 09:00 UTC. Every trip but Mumbai starts
Monday 2026-12-07: day 1 lunes 7, day 2 martes 8, day 3 miércoles 9, day 4 jueves 10, day 5
viernes 11, day 6 sábado 12. Mumbai is under way: it started today (lunes 23 de noviembre), so
"hoy" is day 1, "mañana" day 2 and "pasado mañana" day 3, and it is 14:30 there now. Empty days:
Edinburgh day 4, Goa day 4, Bogotá day 4, Cartagena day 4, Porto day 5, and both days of
"blank" (Kyoto). Open meal slots: Kyoto Lunch days 1 and 3, Dinner day 2; Edinburgh Lunch days
1, 3, 5, Breakfast and Dinner day 2; Goa Dinner day 1, Lunch days 2 and 3; Mumbai Dinner day 1,
Breakfast and Lunch day 2; Jaipur Dinner day 1, Lunch day 2; Bogotá Breakfast, Lunch and Dinner
day 2, Lunch day 3; Cartagena Almuerzo days 2 and 5, Cena days 2 and 6; Porto Dinner days 1, 3
and 6, Lunch days 2 and 3, Breakfast day 4. Busy times used for clashes: Kyoto day 2 08:30
(Rokkaku Roasters), Edinburgh day 2 15:30 (Calton Hill), Bogotá day 1 15:30 (La Candelaria), Goa
day 3 19:30 (Vindaloo & Vinho). Trip lengths: Kyoto 3, Edinburgh 5, Goa 4, Mumbai 3, Jaipur 3,
Bogotá 4, Cartagena 6, Porto 6, blank 2, Hadibo 3 (Hadibo's items are not relied on).
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    ASKS,
    CONF,
    DONE,
    ERR,
    INPUT,
    SEL,
    Cards,
    NoDump,
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

c = Corpus("es", "f11", locale="es")

# ---- add (14) ----
c.add(
    "kyoto",
    "hola! nos agregas un sitio de sushi para cenar el martes? bueno no, mejor el miercoles",
    day=3,
    terms="sushi",
    between=DINNER,
)
c.add("edinburgh", "añade fish and chips el dia 4 xfa", day=4, terms="fish and chips")
c.add(
    "goa",
    "pon una playa tranquilita el jueves, sin fiesta ni musica q vamos con la abuela",
    day=4,
    terms="beach",
)
c.add(
    "porto",
    "Buenas tardes. Quisiera añadir una iglesia con azulejos el viernes por la mañana, por "
    "favor. Mi madre colecciona fotos de azulejos.",
    day=5,
    terms="azulejos",
    between=MORNING,
)
c.add(
    "bogota",
    "mi hijo de 8 años quiere un parque para jugar, se puede el jueves en la mañana?",
    day=4,
    terms="park",
    wish=FAMILY,
    between=MORNING,
)
c.add(
    "cartagena",
    "agrega un lugar de helados el sabado en la tarde q hace un calor horrible",
    day=6,
    terms=("ice cream", "popsicles"),
    between=AFTERNOON,
)
c.add(
    "jaipur",
    "el dia 3 despues del fuerte queremos tomar un lassi, añadelo porfa",
    day=3,
    terms="lassi",
    between=("10:30", "22:00"),
)
c.add(
    "mumbai",
    "hoy en la tarde queremos probar pav bhaji, agregalo",
    day=1,
    terms="pav bhaji",
    between=("14:30", "19:30"),
)
c.add(
    "hadibo",
    "oye güey agrégame el Sushi Zen pal día 2 plis",
    day=2,
    terms="sushi",
    name="Sushi Zen",
)
c.add(
    "kyoto",
    "hay algun sitio de matcha para el martes por la tarde? me encantaria ir",
    day=2,
    terms="matcha",
    between=AFTERNOON,
)
c.add(
    "edinburgh",
    "tío mete un sitio de tacos el miércoles por la noche, que nos flipa lo mexicano",
    day=3,
    terms=("tacos", "mexican"),
    between=EVENING,
)
c.add(
    "goa",
    "güey ponme unos momos el martes en la noche, se me antojaron un chorro",
    day=2,
    terms="momos",
    between=EVENING,
)
c.add("porto", "agregar bifana dia 5", day=5, terms="bifana")
c.add(
    "cartagena",
    "Hola buenas! Queremos agregar el Museo Naval del Caribe el jueves, vamos con niños y les "
    "encantan los piratas",
    day=4,
    terms="museum",
    name="Museo Naval del Caribe",
)

# ---- wishes (10) ----
c.add(
    "kyoto",
    "algo barato pa almorzar el miercoles, vamos justos de presupuesto",
    day=3,
    terms=("restaurant", "cafe"),
    wish=CHEAP,
    between=LUNCH,
    kind="wishes",
)
c.add(
    "edinburgh",
    "un sitio vegetariano para cenar el martes, somos 3 y ninguno come carne",
    day=2,
    wish=VEGGIE,
    between=DINNER,
    kind="wishes",
)
c.add(
    "bogota",
    "algo romantico para cenar el jueves, es nuestro aniversario 💕",
    day=4,
    terms="restaurant",
    wish=ROMANTIC,
    between=DINNER,
    kind="wishes",
)
c.add(
    "jaipur",
    "queremos ver el atardecer desde una terraza el dia 3, algun rooftop?",
    day=3,
    wish=ROOFTOP,
    between=("16:00", "20:30"),
    kind="wishes",
)
c.add(
    "mumbai",
    "neta nos morimos de hambre, hay algo abierto ahorita pa comer?",
    day=1,
    terms=("restaurant", "cafe", "bakery"),
    wish=OPEN_NOW,
    kind="wishes",
)
c.add(
    "porto",
    "el sabado queremos cenar bien, algo con muy buenas reseñas (4.5 o mas)",
    day=6,
    terms="restaurant",
    wish=TOP_RATED,
    between=DINNER,
    kind="wishes",
)
c.add(
    "goa",
    "desayuno barato el jueves pls, vamos de mochileros",
    day=4,
    terms="breakfast",
    wish=CHEAP,
    between=BREAKFAST,
    kind="wishes",
)
c.add("cartagena", "cena vegana el lunes 🌱🌱", day=1, wish=VEGGIE, between=DINNER, kind="wishes")
c.add(
    "hadibo",
    "algo barato de comida local para el almuerzo del dia 1?",
    day=1,
    terms=("yemeni", "local food"),
    wish=CHEAP,
    between=LUNCH,
    kind="wishes",
)
c.add(
    "kyoto",
    "tía necesito algo pa los críos el día 3 por la tarde, en plan parque o algo familiar, que "
    "en los templos se aburren mazo",
    day=3,
    wish=FAMILY,
    between=AFTERNOON,
    kind="wishes",
)

# ---- add_slots (9) ----
c.add(
    "kyoto",
    "en la comida del lunes pon algo de tofu, mi marido es vegetariano",
    day=1,
    terms="tofu",
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "edinburgh",
    "para el desayuno del martes un sitio de brunch porfa",
    day=2,
    terms="brunch",
    slot="Breakfast",
    kind="add_slots",
)
c.add(
    "goa",
    "almuerzo del miercoles: thali vegetariano",
    day=3,
    terms="thali",
    wish=VEGGIE,
    slot="Lunch",
    kind="add_slots",
)
c.add("mumbai", "mañana desayuno dosa", day=2, terms="dosa", slot="Breakfast", kind="add_slots")
c.add(
    "jaipur",
    "tío pa la cena del lunes algo de kebabs, que mi colega no perdona la carne",
    day=1,
    terms=("kebab", "kebabs"),
    slot="Dinner",
    kind="add_slots",
)
c.add(
    "bogota",
    "en el almuerzo del martes queremos bandeja paisa, mi esposo se muere por probarla",
    day=2,
    terms="bandeja paisa",
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "cartagena",
    "la cena del martes en un sitio de comida arabe, q sea rico",
    day=2,
    terms=("lebanese", "arabic"),
    slot="Cena",
    kind="add_slots",
)
c.add(
    "porto",
    "órale, la cena del sábado que sea de petiscos pa compartir entre los 6",
    day=6,
    terms=("petiscos", "small plates"),
    slot="Dinner",
    kind="add_slots",
)
c.add(
    "edinburgh",
    "al salir del castillo el lunes vamos a estar muertos de hambre, busca algo para comer ahi",
    day=1,
    terms=("restaurant", "cafe", "bakery"),
    slot="Lunch",
    kind="add_slots",
)

# ---- remove (7) ----
c.edit("remove", "kyoto", "quita ryoanji", Removed("Ryoan-ji"), confirm="sí")
c.edit(
    "remove",
    "edinburgh",
    "mejor sacamos el cementerio de greyfriars, a mi mujer le dan miedo esas cosas",
    Removed("Greyfriars Kirkyard"),
    confirm="si",
)
c.edit(
    "remove",
    "goa",
    "borra la playa de anjuna del martes pls",
    Removed("Anjuna Beach", 2),
    confirm="sí",
)
c.edit(
    "remove",
    "mumbai",
    "al final nel con elephanta, el ferry me marea un chorro. quitalo",
    Removed("Elephanta Caves"),
    confirm="sale",
)
c.edit("remove", "jaipur", "elimina jantar mantar", Removed("Jantar Mantar"), confirm="sí")
c.edit(
    "remove",
    "porto",
    "tío quítame la estación de São Bento, que ya la vemos de paso al llegar",
    Removed("São Bento Station"),
    confirm="vale",
)
c.edit(
    "remove",
    "cartagena",
    "Buenos días, por favor quite el Palacio de la Inquisición del martes. Muchas gracias.",
    Removed("Palacio de la Inquisición", 2),
    confirm="Sí, por favor",
)

# ---- move (7) ----
c.edit(
    "move",
    "kyoto",
    "pasa nijo castle al lunes, no perdon, al martes",
    Moved("Nijo Castle", 2),
    confirm="sí",
)
c.edit(
    "move",
    "edinburgh",
    "mueve arthur's seat al jueves q el miercoles dicen q llueve",
    Moved("Arthur's Seat", 4),
    confirm="sí",
)
c.edit(
    "move", "bogota", "el museo botero mejor el jueves", Moved("Museo Botero", 4), confirm="dale"
)
c.edit(
    "move", "cartagena", "cambia las bovedas para el jueves", Moved("Las Bóvedas", 4), confirm="sí"
)
c.edit(
    "move",
    "porto",
    "¿Podrías mover la Ribeira al viernes? El lunes vamos muy apretados.",
    Moved("Ribeira", 5),
    confirm="sí, gracias",
)
c.edit(
    "move",
    "goa",
    "oye güey la basílica de bom jesus pásala pal miércoles, el lunes llegamos bien cansados",
    Moved("Basilica of Bom Jesus", 3),
    confirm="sale",
)
c.edit(
    "move",
    "jaipur",
    "hawa mahal al dia 3 a las 4 de la tarde",
    Moved("Hawa Mahal", 3, "16:00"),
    confirm="sí",
)

# ---- retime (7) ----
c.edit(
    "retime",
    "kyoto",
    "el kaiseki a las 8 de la noche mejor",
    Retimed("Kamogawa Kaiseki", "20:00"),
    confirm="sí",
)
c.edit(
    "retime", "edinburgh", "castillo a las 11", Retimed("Edinburgh Castle", "11:00"), confirm="sí"
)
c.edit(
    "retime",
    "mumbai",
    "pon marine drive a las 6 y media pa ver el atardecer, dicen que está bien padre",
    Retimed("Marine Drive", "18:30"),
    confirm="sale",
)
c.edit(
    "retime",
    "goa",
    "la cena en vindaloo & vinho a las 21h",
    Retimed("Vindaloo & Vinho", "21:00"),
    confirm="sí",
)
c.edit(
    "retime",
    "bogota",
    "monserrate mas temprano, tipo 8 am, para evitar la fila del teleferico",
    Retimed("Monserrate", "08:00"),
    confirm="sí",
)
c.edit(
    "retime",
    "cartagena",
    "el castillo de san felipe a las cinco y media, que a las 4 pega un sol que flipas",
    Retimed("Castillo San Felipe de Barajas", "17:30"),
    confirm="vale",
)
c.edit(
    "retime",
    "porto",
    "cambia la hora de marisqueira da foz a las 21:30, el puente nos va a llevar mas tiempo",
    Retimed("Marisqueira da Foz", "21:30"),
    confirm="sí",
)

# ---- replace (6) ----
c.edit(
    "replace",
    "kyoto",
    "cambia el ramen del martes por un sitio de udon",
    Replaced("Menya Kurogane", 2, ("udon",)),
    confirm="sí",
)
c.edit(
    "replace",
    "edinburgh",
    "tío en vez del thistle & stag pon algo de marisco, que somos mazo de ostras",
    Replaced("The Thistle & Stag", 1, ("seafood",)),
    confirm="vale",
)
c.edit(
    "replace",
    "jaipur",
    "reemplaza marwar thali por algo italiano, los niños ya no quieren mas curry",
    Replaced("Marwar Thali Haveli", 1, ("italian",)),
    confirm="sí",
)
c.edit(
    "replace",
    "bogota",
    "cambia fogon llanero x algo vegetariano, mi novia no come carne",
    Replaced("Fogón Llanero", 1, (), VEGGIE),
    confirm="sí",
)
c.edit(
    "replace",
    "cartagena",
    "cambiar la cevicheria por arroz con coco cocina",
    Replaced("La Cevichería Caribe", 1, ("coconut rice",)),
    confirm="sí",
)
c.edit(
    "replace",
    "porto",
    "no manches, la tasca do cais está carísima, cámbiala por algo más barato porfa",
    Replaced("Tasca do Cais", 1, ("restaurant",), CHEAP),
    confirm="sale",
)

# ---- trip (6) ----
c.edit("trip", "kyoto", "se puede agregar un dia mas al final del viaje?", Days(4), confirm="sí")
c.edit(
    "trip",
    "edinburgh",
    "al final nos quedamos solo 4 dias, quita el ultimo",
    Days(4),
    confirm="sí, quítalo",
)
c.edit(
    "trip",
    "goa",
    "cambia la fecha de inicio al 10 de diciembre porfa",
    Start("2026-12-10"),
    Days(4),
    confirm="sí",
)
c.edit(
    "trip",
    "bogota",
    "el vuelo se retraso, empezamos el martes 8 y no el lunes",
    Start("2026-12-08"),
    confirm="sí",
)
c.edit(
    "trip",
    "porto",
    "alarga el viaje dos dias, nos la estamos pasando bien padre",
    Days(8),
    confirm="sale",
)
c.edit(
    "trip",
    "cartagena",
    "tía, que al final nos vamos un día antes, que el viaje empiece el domingo 6",
    Start("2026-12-06"),
    confirm="vale",
)

# ---- multi (6) ----
c.flow(
    "multi",
    "kyoto",
    "quita nijo castle y pon el kaiseki a las 20:00",
    Removed("Nijo Castle"),
    Retimed("Kamogawa Kaiseki", "20:00", alone=False),
    confirm="sí",
)
c.flow(
    "multi",
    "edinburgh",
    "mueve victoria street al jueves y borra calton hill",
    Moved("Victoria Street", 4, alone=False),
    Removed("Calton Hill"),
    confirm="sí",
)
c.flow(
    "multi",
    "mumbai",
    "pasado mañana haji ali a las 9 y agrega crawford market por la tarde",
    Retimed("Haji Ali Dargah", "09:00", alone=False),
    Added(day=3, terms=("market",), between=AFTERNOON, only=False, name="Crawford Market"),
    confirm="sí",
)
c.flow(
    "multi",
    "jaipur",
    "borra nahargarh y añade jal mahal el dia 3",
    Removed("Nahargarh Fort"),
    Added(day=3, terms=("lake", "palace"), only=False, name="Jal Mahal"),
    confirm="sí",
)
c.flow(
    "multi",
    "porto",
    "pasa la torre dos clerigos al viernes. Ah y el puente luis i a las 17h",
    Moved("Torre dos Clérigos", 5, alone=False),
    Retimed("Ponte Luís I", "17:00", alone=False),
    confirm="sí",
)
c.flow(
    "multi",
    "cartagena",
    "oye quita la playa de bocagrande que dicen que está bien fea, mete la playa castillogrande "
    "en su lugar, y el grill ese a las 2",
    Replaced("Playa de Bocagrande", 3, ("beach",)),
    Retimed("Bocagrande Beach Grill", "14:00", alone=False),
    confirm="sale",
)

# ---- choice (6) ----
c.case(
    "choice",
    "bogota",
    S("un café para el jueves en la mañana", Type(SEL), Cards(("coffee", "cafe"), min=2)),
    S("el segundo", Type(DONE), Chose(1)),
)
c.case(
    "choice",
    "blank",
    S("agrega un templo el dia 1", Type(SEL), Cards(("temple", "shrine"), min=2)),
    S("el ultimo", Type(DONE), Chose(-1)),
)
c.case(
    "choice",
    "edinburgh",
    S("añade un museo el jueves", Type(SEL), Cards(("museum", "gallery"), min=2)),
    S("2", Type(DONE), Chose(1)),
)
c.case(
    "choice",
    "cartagena",
    S("una playa pal jueves", Type(SEL), Cards(("beach",), min=2)),
    S("castillogrande", Type(DONE)),
    final=(Added(4, ("beach",), name="Playa Castillogrande"),),
)
c.case(
    "choice",
    "porto",
    S("un jardin el viernes para pasear", Type(SEL), Cards(("park", "garden"), min=3)),
    S("la tercera", Type(DONE), Chose(2)),
)
c.case(
    "choice",
    "mumbai",
    S(
        "tío mete un mercado pasado mañana, que me flipan los mercadillos",
        Type(SEL),
        Cards(("market", "bazaar")),
    ),
    S("el primero, venga", Type(DONE), Chose(0)),
)

# ---- plan (5) ----
c.flow(
    "plan",
    "blank",
    "Hola! Es nuestra primera vez en Kioto, nos armas un plan para los 2 dias? Nos gustan los "
    "templos y comer bien",
    Plan("kyoto", 2, includes=(("temple", "shrine"),)),
    confirm="sí",
    answer="templos, jardines y buena comida",
)
c.flow(
    "plan",
    "edinburgh",
    "el jueves lo tenemos libre, planealo tu porfa",
    Plan("edinburgh", 5),
    confirm="sí",
    answer="historia y algun pub",
)
c.flow(
    "plan",
    "goa",
    "organizanos el dia 4 con playa y algo rico de comer",
    Plan("goa", 4, includes=(("beach",),)),
    confirm="sí",
    answer="playa y marisco",
)
c.flow(
    "plan",
    "bogota",
    "qué onda, ármame el jueves con algo chido, güey",
    Plan("bogota", 4),
    confirm="sale",
    answer="arte y comida",
)
c.flow(
    "plan",
    "cartagena",
    "que hacemos el jueves? hazme un plan tranquilo, vamos con mis suegros",
    Plan("cartagena", 6),
    confirm="sí",
    answer="algo tranquilo, sin caminar mucho",
)

# ---- book (5) ----
c.flow(
    "book",
    "kyoto",
    "reservame mesa en kamogawa kaiseki para 2 personas",
    Booked("Kamogawa Kaiseki", party=2),
    confirm="sí",
    answer="2 personas a las 19:00",
)
c.flow(
    "book",
    "edinburgh",
    "Me podrías reservar en The Thistle & Stag para el lunes? Somos cuatro adultos y dos niños.",
    Booked("The Thistle & Stag", party=6),
    confirm="sí",
    answer="6 personas a las 19:00",
)
c.flow(
    "book",
    "porto",
    "reserva marisqueira da foz 2 pax 20h, cena con cliente",
    Booked("Marisqueira da Foz", party=2, at="20:00"),
    confirm="sí",
    answer="2 personas a las 20:00",
)
c.flow(
    "book",
    "jaipur",
    "tío resérvame el haveli rooftop pa 3, a las 8 de la tarde",
    Booked("Haveli Rooftop Kitchen", party=3, at="20:00"),
    confirm="vale",
    answer="3 personas a las 20:00",
)
c.flow(
    "book",
    "cartagena",
    "quiero reservar en la cevicheria caribe el lunes, somos 5",
    Booked("La Cevichería Caribe", party=5),
    confirm="sí",
    answer="5 personas a la 1 de la tarde",
)

# ---- referent (5) ----
c.case(
    "referent",
    "kyoto",
    S("añade Gion Tempura Kaneda el martes para cenar", Type(SEL, DONE)),
    pick(),
    S("y a q hora abre ese sitio?", Type(DONE), Same(), SaysLast()),
)
c.case(
    "referent",
    "edinburgh",
    S("pon la Scottish National Gallery el jueves", Type(SEL, DONE)),
    pick(),
    S("mmm mejor quitala, no nos va a dar tiempo", Type(DONE, CONF), When(DONE, Removed())),
    If(CONF, "sí", Type(DONE), Removed()),
)
c.case(
    "referent",
    "goa",
    S("agrégame la Cantina Feni el miércoles en la noche", Type(SEL, DONE)),
    pick(),
    S("muévela pal jueves mejor", Type(DONE, CONF)),
    yes("sale"),
    final=(Moved(None, 4),),
)
c.case(
    "referent",
    "bogota",
    S("tío añade Parrilla La Macarena el jueves pa cenar", Type(SEL, DONE)),
    pick(),
    S("guay, resérvalo pa 2 a las 8 de la tarde", Type(DONE, *ASKS)),
    go("vale", "1", answer="2 personas a las 20:00"),
    go("vale", "1", answer="2 personas a las 20:00"),
    final=(Booked(party=2, at="20:00"),),
)
c.case(
    "referent",
    "porto",
    S("pon Horta Vegana para comer el miercoles", Type(SEL, DONE)),
    pick(),
    S("es caro ese?", Type(DONE), Same(), SaysLast()),
)

# ---- slot_fill (5) ----
c.case(
    "slot_fill",
    "bogota",
    S("agrega la Quinta de Bolívar", Type(INPUT, SEL, CONF), Same()),
    S("el jueves", Type(DONE, SEL, CONF)),
    go("sí", "1"),
    final=(Added(4, name="Quinta de Bolívar"),),
)
c.case(
    "slot_fill",
    "kyoto",
    S("quiero agregar algo el miercoles", Type(INPUT, SEL, ERR), Same()),
    S("un sitio de udon", Type(SEL, DONE)),
    pick(),
    final=(Added(3, ("udon",)),),
)
c.case(
    "slot_fill",
    "edinburgh",
    S("resérvame en the wee dram", Type(INPUT, CONF, DONE)),
    If(INPUT, "somos 4"),
    go("sí", "1", answer="a las 20:00"),
    go("sí", "1", answer="a las 20:00"),
    final=(Booked("The Wee Dram", party=4),),
)
c.case(
    "slot_fill",
    "goa",
    S("oye mueve el fuerte aguada", Type(INPUT, SEL), Same()),
    S("pal jueves", Type(DONE, CONF)),
    yes("sale"),
    final=(Moved("Fort Aguada", 4),),
)
c.case(
    "slot_fill",
    "porto",
    S("cambia la hora de la livraria lello", Type(INPUT, SEL), Same()),
    S("10:30", Type(DONE, CONF)),
    yes("sí"),
    final=(Retimed("Livraria Lello", "10:30"),),
)

# ---- social (5) ----
c.still("social", "kyoto", "muchas gracias!! eres un crack 🙌", NoDump(), Short())
c.still("social", "hadibo", "hola buenas noches", NoDump(), Short())
c.still("social", "goa", "genial, gracias. hasta mañana!", NoDump(), Short())
c.still("social", "porto", "qué máquina eres tío, mola mazo", NoDump(), Short())
c.still("social", "jaipur", "perdon me equivoque de chat jaja", NoDump(), Short())

# ---- info (5) ----
c.still("info", "kyoto", "a q hora cierra el kinkaku-ji?", Says("Kinkaku-ji"))
c.still("info", "edinburgh", "el museo nacional es gratis?", Says("National Museum of Scotland"))
c.still("info", "mumbai", "neta cuánto cuesta entrar a elephanta?", Says("Elephanta Caves"))
c.still(
    "info",
    "cartagena",
    "donde queda el castillo san felipe? se puede ir caminando desde el centro?",
    Says("Castillo San Felipe de Barajas"),
)
c.still(
    "info", "porto", "la casa da francesinha tiene buenas reseñas?", Says("Casa da Francesinha")
)

# ---- swap_days (4) ----
c.edit("swap_days", "kyoto", "intercambia el dia 1 y el 3", Swapped(1, 3), confirm="sí")
c.edit(
    "swap_days",
    "edinburgh",
    "cambia el martes por el miercoles, el dia entero",
    Swapped(2, 3),
    confirm="sí",
)
c.edit("swap_days", "goa", "voltéame el día 2 con el 3 porfa güey", Swapped(2, 3), confirm="sale")
c.edit(
    "swap_days",
    "porto",
    "podemos hacer lo del lunes el jueves y lo del jueves el lunes?",
    Swapped(1, 4),
    confirm="sí",
)

# ---- undo (4) ----
c.case(
    "undo",
    "edinburgh",
    S("quita royal mile", Type(DONE, CONF)),
    yes("sí"),
    S("no espera, deshaz eso", Type(DONE)),
    final=(Same(),),
)
c.case(
    "undo",
    "bogota",
    S("pasa la plaza de bolivar al jueves", Type(DONE, CONF)),
    yes("sí"),
    S("mejor no, dejalo como estaba", Type(DONE)),
    final=(Same(),),
)
c.case(
    "undo",
    "mumbai",
    S("borra marine drive", Type(DONE, CONF)),
    yes("sí"),
    S("deshacer", Type(DONE)),
    final=(Same(),),
)
c.case(
    "undo",
    "cartagena",
    S("quítame el walled city", Type(DONE, CONF)),
    yes("vale"),
    S("buah no, tío, deshazlo", Type(DONE)),
    final=(Same(),),
)

# ---- show (4) ----
c.still("show", "kyoto", "que tengo el martes?", Says("Fushimi Inari Taisha", "Kiyomizu-dera"))
c.still("show", "mumbai", "q hay pa mñn", Says("Elephanta Caves", "Marine Drive"))
c.still(
    "show",
    "jaipur",
    "enseñame todo el itinerario porfa",
    Says("Amber Fort", "City Palace", "Nahargarh Fort"),
)
c.still("show", "cartagena", "a ver güey, pásame el plan del sábado", Says("Las Bóvedas"))

# ---- explain (4) ----
c.still(
    "explain",
    "kyoto",
    "por que el bambu de arashiyama tan temprano?",
    Says("Arashiyama Bamboo Grove"),
)
c.still("explain", "goa", "xq casa xacuti? q tiene de especial", Says("Casa Xacuti"))
c.still(
    "explain",
    "porto",
    "tío, ¿por qué el palácio da bolsa? ¿merece la pena o es un rollo?",
    Says("Palácio da Bolsa"),
)
c.still(
    "explain",
    "jaipur",
    "por qué vamos a amber fort tan temprano en la mañana?",
    Says("Amber Fort"),
)

# ---- duplicate (4) ----
c.already("kyoto", "agrega kinkaku-ji el lunes", "Kinkaku-ji")
c.already("edinburgh", "añade el castillo de edimburgo el lunes por la mañana", "Edinburgh Castle")
c.already("bogota", "pon el museo del oro el lunes, me lo recomendo mi jefe", "Museo del Oro")
c.already("cartagena", "tío apúntame la ciudad amurallada el lunes", "Walled City")

# ---- clash (4) ----
c.case(
    "clash",
    "kyoto",
    S("agrega un cafe el martes a las 8:30", Type(SEL, DONE, CONF, INPUT)),
    go("sí", "1"),
    go("sí", "1"),
    final=(ClashHandled(2, "08:30", ("cafe", "coffee")),),
)
c.case(
    "clash",
    "edinburgh",
    S("pon tartan teapot el martes a las 15:30 para tomar el te", Type(SEL, DONE, CONF, INPUT)),
    go("sí", "1"),
    go("sí", "1"),
    final=(ClashHandled(2, "15:30", ("tea", "afternoon tea")),),
)
c.case(
    "clash",
    "bogota",
    S(
        "añade el chorro de quevedo el lunes a las 3 y media de la tarde",
        Type(SEL, DONE, CONF, INPUT),
    ),
    go("sí", "1"),
    go("sí", "1"),
    final=(ClashHandled(1, "15:30", ("plaza", "street art", "graffiti")),),
)
c.case(
    "clash",
    "goa",
    S(
        "tío mete el Caranzalem Beach Club el miércoles a las 7 y media de la tarde, que hay "
        "fiestuki",
        Type(SEL, DONE, CONF, INPUT),
    ),
    go("vale", "1"),
    go("vale", "1"),
    final=(ClashHandled(3, "19:30", ("nightlife", "beach club")),),
)

# ---- locale (4) ----
c.add(
    "edinburgh",
    "agrega un pub con musica en vivo el jueves en la noche",
    day=4,
    terms=("pub", "pubs", "live music"),
    between=EVENING,
    kind="locale",
    locale="en",
)
c.edit(
    "locale",
    "porto",
    "quita la torre dos clerigos porfa",
    Removed("Torre dos Clérigos"),
    confirm="sí",
    locale="pt",
)
c.edit(
    "locale",
    "mumbai",
    "tío mueve el dargah a las 11",
    Retimed("Haji Ali Dargah", "11:00"),
    confirm="vale",
    locale="en",
)
c.still("locale", "jaipur", "que hay el dia 2?", Says("City Palace", "Jantar Mantar"), locale="pt")

# ---- clear (3) ----
c.edit("clear", "kyoto", "borra todo lo del miercoles", Cleared(3), confirm="sí")
c.edit("clear", "goa", "vacia el dia 3 q lo vamos a improvisar", Cleared(3), confirm="sí")
c.edit(
    "clear",
    "porto",
    "limpia todo el sábado güey, ese día nos vamos a Braga",
    Cleared(6),
    confirm="sale",
)

# ---- expert (3) ----
c.flow(
    "expert",
    "jaipur",
    "me podrian conectar con un guia local que hable español?",
    Lead(),
    confirm="sí",
    answer="del 7 al 9 de diciembre, presupuesto medio, en español",
)
c.flow(
    "expert",
    "cartagena",
    "neta quiero hablar con un experto local pa organizar una despedida de soltera",
    Lead(),
    confirm="sale",
    answer="somos 8 amigas, del 7 al 12 de diciembre, presupuesto medio",
)
c.flow(
    "expert",
    "kyoto",
    "hay algún experto que nos ayude a organizar una ceremonia del té? somos 4 jubilados",
    Lead(),
    confirm="sí",
    answer="4 personas, presupuesto alto, en español o inglés",
)

# ---- help (3) ----
c.chat("help", "hadibo", "tío, ¿tú qué sabes hacer?")
c.chat("help", "bogota", "como funciona esto? soy nueva en la app")
c.chat("help", "mumbai", "ayuda")

CASES = c.cases
