"""Fresh8, Spanish: a blind held-out set of traveler conversations.

Written blind on 2026-12-07 from the demo data (core/data/demo_places.json), the fixtures and the
protocol (DESIGN.md) only: not from the parser, the message catalog or any other corpus file. It
is a measure: never tune the parser on it.

Who writes:
- a family from Monterrey in Cartagena with the kids ("ocupo", "huercos", "oye");
- a honeymoon couple from CDMX in Kyoto ("wey", "chido", "neta", "porfa");
- retired couple from Mérida, Yucatán, in Mumbai ("hijo", "mare");
- porteño backpackers in Edinburgh with voseo ("agregá", "sacá", "dale", "20hs", "ni en pedo");
- Chilean students in Porto ("po", "al tiro");
- paisas and a costeño family in Bogotá and Cartagena ("parce", "pues", "ajá", "pelados");
- a Peruvian business traveler in Jaipur ("pe", "al toque", "chévere");
- a Venezuelan nurse in Hadibo ("chamo", "vale", "burda", "molidos");
- Cuban retirees in Porto ("asere", "mi vida"); Spaniards: Madrileños in Edinburgh and Kyoto
  ("tío", "cutre", "la comida" is lunch), Andalusians in Kyoto ("illo"), Canarians in Goa
  ("mi niño", "por la tardita");
- US Latinos who mix some Spanglish ("agrégale un coffee shop", "swapea", "local expert");
- and voice-dictated messages: run-ons, "punto", no accents, corrections halfway ("al
  miércoles, no espera, al jueves").

Times are written every way ("a las 3 de la tarde", "20hs", "a las 8 y media de la noche",
"9am", "17h", "tempranito", "al atardecer") and days too ("el jueves", "mañana", "pasado
mañana", "el último día", "el día 2", "el 10 de diciembre"). A few travelers have "en" or "pt"
stored as their setting but write Spanish: the answer must follow what they write.

The clock is Monday 2026-11-23 09:00 UTC; trips start Monday 2026-12-07 (day 1: lunes 7,
martes 8 = day 2, miércoles 9 = day 3, jueves 10 = day 4, viernes 11 = day 5, sábado 12 = day 6)
except Mumbai, which starts today (so "hoy", "mañana" and "pasado mañana" are days 1, 2 and 3).
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
    When,
)
from bench.understanding_corpus.item_checks import (
    Added,
    Chose,
    ClashHandled,
    Filled,
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

c = Corpus("es", "f8", locale="es")

ASKING = (INPUT, SEL, CONF)
SUNSET = ("16:00", "20:00")

# ---- add: a named place or a kind of place, on a day, maybe at a time -----------------------

c.add(
    "bogota",
    "parce metele unas arepas el jueves tempranito",
    day=4,
    terms=("arepas",),
    between=MORNING,
)
c.add(
    "hadibo",
    "Ponme la Hoq Cave el martes por la mañana, que dicen que hay que ir temprano",
    day=2,
    terms=("cave",),
    name="Hoq Cave",
    between=MORNING,
)
c.add(
    "edinburgh",
    "mete el Palace of Holyroodhouse el miércoles, no, perdón, el jueves que lo tenemos vacío tío",
    day=4,
    terms=("palace",),
    name="Holyroodhouse",
)
c.add(
    "porto",
    "agrega el mercado do bolhao el viernes en la mañana po",
    day=5,
    terms=("market",),
    name="Mercado do Bolhão",
    between=MORNING,
)
c.add(
    "goa",
    "añádenos la playa de Bambolim el jueves por la tardita, mi niño",
    day=4,
    terms=("beach",),
    name="Bambolim Beach",
    between=AFTERNOON,
)
c.add(
    "mumbai",
    "mañana en la tarde queremos ir a los Hanging Gardens, apúntalo hijo",
    day=2,
    terms=("park", "garden"),
    name="Hanging Gardens",
    between=AFTERNOON,
)
c.add(
    "jaipur",
    "agregame el Albert Hall Museum el miercoles a las 3 de la tarde pe",
    day=3,
    terms=("museum",),
    name="Albert Hall Museum",
    at="15:00",
)
c.add(
    "cartagena",
    "ajá y metele el Museo Naval del Caribe el jueves a las 10 de la mañana",
    day=4,
    terms=("museum",),
    name="Museo Naval",
    at="10:00",
)
c.add(
    "bogota",
    "agrégale un coffee shop el martes temprano, antes de Monserrate",
    day=2,
    terms=("coffee", "cafe"),
    between=("06:00", "10:00"),
    locale="en",
)
c.add(
    "kyoto",
    "agrega el templo ginkaku-ji el dia 3 en la mañana punto gracias",
    day=3,
    terms=("temple",),
    name="Ginkaku-ji",
    between=MORNING,
)
c.add(
    "edinburgh",
    "sumá Dean Village el viernes a la tarde, dale?",
    day=5,
    name="Dean Village",
    between=AFTERNOON,
)
c.add(
    "hadibo",
    "chamo anota la Detwah Lagoon pal ultimo dia al atardecer",
    day=3,
    terms=("lagoon",),
    name="Detwah Lagoon",
    between=SUNSET,
)
c.add(
    "porto",
    "asere ponnos la Igreja do Carmo el sábado por la mañanita",
    day=6,
    terms=("church",),
    name="Igreja do Carmo",
    between=MORNING,
)
c.add(
    "goa",
    "pon el fuerte de Reis Magos el 10 de diciembre",
    day=4,
    terms=("fort",),
    name="Reis Magos",
)
c.add(
    "cartagena",
    "oye ocupo que agregues la Playa Castillogrande el viernes pa que los huercos se metan al mar",
    day=5,
    terms=("beach",),
    name="Castillogrande",
)
c.add(
    "mumbai",
    "pasado mañana después de comer queremos ir al museo Bhau Daji Lad, agrégalo por favor",
    day=3,
    terms=("museum",),
    name="Bhau Daji Lad",
    between=("13:30", "18:00"),
)

# ---- add_slots: an open meal slot of the trip filled with a kind of place ------------------

c.add(
    "cartagena",
    "pal almuerzo del martes búscame algo de mariscos",
    day=2,
    terms=("seafood",),
    slot="Almuerzo",
    kind="add_slots",
)
c.add(
    "hadibo",
    "la cena del martes que sea de pescado fresco",
    day=2,
    terms=("fish", "seafood"),
    slot="Dinner",
    kind="add_slots",
)
c.add(
    "kyoto",
    "para la comida del miércoles algo vegetariano, que mi mujer no come carne",
    day=3,
    terms=("vegetarian", "vegan"),
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "edinburgh",
    "el desayuno del martes en una panadería porfa",
    day=2,
    terms=("bakery",),
    slot="Breakfast",
    kind="add_slots",
)
c.add(
    "bogota",
    "pongamos ajiaco en el almuerzo del miercoles pues",
    day=3,
    terms=("ajiaco",),
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "porto",
    "en el hueco de la cena del sábado quiero pulpo 🐙",
    day=6,
    terms=("octopus",),
    slot="Dinner",
    kind="add_slots",
)
c.add(
    "mumbai",
    "el desayuno de mañana en un café irani de esos con chai",
    day=2,
    terms=("cafe", "chai", "breakfast"),
    slot="Breakfast",
    kind="add_slots",
)
c.add(
    "jaipur",
    "la cena del lunes que sea en una terraza, rooftop o algo así",
    day=1,
    terms=("rooftop", "terrace"),
    slot="Dinner",
    kind="add_slots",
)
c.add(
    "goa",
    "llena la comida del dia 2 con un thali",
    day=2,
    terms=("thali",),
    slot="Lunch",
    kind="add_slots",
)

# ---- wishes: cheap, top rated, veggie, family, romantic, rooftop ---------------------------

c.add(
    "cartagena",
    "algo barato pa comer el jueves al mediodía, que ya estamos pelados",
    day=4,
    terms=("restaurant", "cafe", "bakery"),
    wish=CHEAP,
    between=LUNCH,
    kind="wishes",
)
c.add(
    "kyoto",
    "wey el miércoles es nuestro aniversario, agrega una cena romántica",
    day=3,
    terms=("restaurant",),
    wish=ROMANTIC,
    between=DINNER,
    kind="wishes",
)
c.add(
    "bogota",
    "un sitio vegano pal almuerzo del martes",
    day=2,
    terms=("vegan", "vegetarian"),
    wish=VEGGIE,
    slot="Lunch",
    kind="wishes",
)
c.add(
    "porto",
    "alguna cafetería bien valorada pal viernes en la mañana, de 4.5 pa arriba",
    day=5,
    terms=("cafe", "coffee"),
    wish=TOP_RATED,
    between=MORNING,
    kind="wishes",
)
c.add(
    "edinburgh",
    "algo para ir con los niños el jueves, que en los museos se aburren",
    day=4,
    wish=FAMILY,
    kind="wishes",
)
c.add(
    "mumbai",
    "mañana en la noche un rooftop pa echarnos unos drinks",
    day=2,
    wish=ROOFTOP,
    between=EVENING,
    kind="wishes",
)
c.add(
    "jaipur",
    "algo vegetariano y baratito para almorzar el martes",
    day=2,
    terms=("vegetarian",),
    wish=Wish(max_price=1, keywords=("vegetarian", "vegan")),
    slot="Lunch",
    kind="wishes",
)
c.add(
    "goa",
    "pa cenar el jueves algo con buena nota, nada cutre",
    day=4,
    terms=("restaurant",),
    wish=TOP_RATED,
    between=DINNER,
    kind="wishes",
)
c.add(
    "hadibo",
    "busca algo baratito pa cenar el miércoles",
    day=3,
    terms=("restaurant",),
    wish=CHEAP,
    between=DINNER,
    kind="wishes",
)
c.add(
    "cartagena",
    "algo pa los huercos el sábado en la mañana, que se diviertan",
    day=6,
    wish=FAMILY,
    between=MORNING,
    kind="wishes",
)
c.add(
    "edinburgh",
    "un restaurante romántico para la cena del martes, que le voy a pedir matrimonio 💍",
    day=2,
    terms=("restaurant",),
    wish=ROMANTIC,
    slot="Dinner",
    kind="wishes",
)

# ---- remove -------------------------------------------------------------------------------

c.edit("remove", "kyoto", "quita el Ryoan-ji del lunes", Removed("Ryoan-ji", 1), confirm="sí")
c.edit(
    "remove",
    "edinburgh",
    "sacá Greyfriars, ni en pedo vamos a un cementerio jaja",
    Removed("Greyfriars Kirkyard", 2),
    confirm="dale",
)
c.edit("remove", "goa", "borra la playa de Anjuna porfa", Removed("Anjuna Beach", 2), confirm="sí")
c.edit(
    "remove",
    "mumbai",
    "mare, mañana ya no vamos a Elephanta, está lejísimos, quítalo",
    Removed("Elephanta Caves", 2),
    confirm="sí",
)
c.edit(
    "remove",
    "porto",
    "mi vida elimina la torre esa de los Clérigos que mi rodilla no da pa subir tanto",
    Removed("Torre dos Clérigos", 1),
    confirm="sí",
)
c.edit(
    "remove",
    "cartagena",
    "quitar palacio de la inquisición del martes punto",
    Removed("Palacio de la Inquisición", 2),
    confirm="sí",
)

# ---- clear a whole day --------------------------------------------------------------------

c.edit(
    "clear", "jaipur", "vacía el miércoles al toque, ese día descansamos", Cleared(3), confirm="sí"
)
c.edit(
    "clear",
    "bogota",
    "bórrame todo lo del martes, ese día nos vamos pa un matrimonio",
    Cleared(2),
    confirm="sí, de una",
)
c.edit(
    "clear", "porto", "limpia el día 4 entero po, lo queremos libre", Cleared(4), confirm="sí po"
)
c.edit(
    "clear",
    "hadibo",
    "el lunes déjalo en blanco chamo, llegamos molidos del vuelo",
    Cleared(1),
    confirm="sí vale",
)

# ---- move to another day ------------------------------------------------------------------

c.edit("move", "kyoto", "pasa el castillo Nijo al lunes", Moved("Nijo Castle", 1), confirm="sí")
c.edit(
    "move",
    "edinburgh",
    "arthurs seat mejor el jueves q el miércoles dan lluvia",
    Moved("Arthur's Seat", 4),
    confirm="sí",
)
c.edit(
    "move",
    "bogota",
    "mueve Monserrate pal jueves a las 9am",
    Moved("Monserrate", 4, "09:00"),
    confirm="sí",
)
c.edit(
    "move",
    "cartagena",
    "lo de Getsemaní del viernes pásalo pal jueves",
    Moved("Getsemaní", 4),
    confirm="ajá sí",
)
c.edit(
    "move",
    "goa",
    "mueve el Fort Aguada al miércoles, no espera, al jueves",
    Moved("Fort Aguada", 4),
    confirm="sí",
)
c.edit(
    "move",
    "porto",
    "la catedral, la Sé do Porto, pásala al viernes a las 11 de la mañana",
    Moved("Sé do Porto", 5, "11:00"),
    confirm="sí",
    locale="pt",
)

# ---- retime on the same day ---------------------------------------------------------------

c.edit(
    "retime",
    "kyoto",
    "illo, el Kiyomizu-dera que sea a las 5 de la tarde pa ver el atardecer",
    Retimed("Kiyomizu-dera", "17:00"),
    confirm="sí",
)
c.edit(
    "retime",
    "edinburgh",
    "la cena del Thistle pasala a las 20hs",
    Retimed("Thistle", "20:00"),
    confirm="dale",
)
c.edit(
    "retime",
    "goa",
    "Vindaloo & Vinho a las 8 y media de la noche mejor",
    Retimed("Vindaloo", "20:30"),
    confirm="sí",
)
c.edit(
    "retime",
    "bogota",
    "el Fogón Llanero cámbialo pa las 8 de la noche",
    Retimed("Fogón Llanero", "20:00"),
    confirm="sí",
)
c.edit(
    "retime",
    "jaipur",
    "el Jantar Mantar muévelo a las 4pm plis, a las 3 y media pega mucho el sol",
    Retimed("Jantar Mantar", "16:00"),
    confirm="sí",
)
c.edit(
    "retime",
    "porto",
    "la Marisqueira da Foz atrásala media hora",
    Retimed("Marisqueira da Foz", "20:30"),
    confirm="sí",
)

# ---- replace a place with another kind ----------------------------------------------------

c.edit(
    "replace",
    "kyoto",
    "cambia el Menya Kurogane por un sitio de udon",
    Replaced("Menya Kurogane", 2, ("udon",)),
)
c.edit(
    "replace",
    "edinburgh",
    "el Canongate Kitchen no me convence nada, cámbialo por otro sitio para comer",
    Replaced("Canongate Kitchen", 2, ("restaurant", "cafe")),
)
c.edit(
    "replace",
    "bogota",
    "en vez del Fogón Llanero mejor algo italiano",
    Replaced("Fogón Llanero", 1, ("italian",)),
)
c.edit(
    "replace",
    "cartagena",
    "la Cevichería Caribe cámbiala por unos tacos",
    Replaced("Cevichería Caribe", 1, ("tacos",)),
)
c.edit(
    "replace",
    "mumbai",
    "el Annapoorna de pasado mañana cámbialo por algo de mariscos",
    Replaced("Annapoorna Thali House", 3, ("seafood",)),
)
c.edit(
    "replace",
    "porto",
    "reemplaza la Tasca do Cais por algo vegano",
    Replaced("Tasca do Cais", 1, ("vegan", "vegetarian")),
)

# ---- swap two days ------------------------------------------------------------------------

c.edit("swap_days", "kyoto", "intercambia el lunes con el miércoles", Swapped(1, 3), confirm="sí")
c.edit("swap_days", "goa", "invierte el día 1 y el día 2", Swapped(1, 2), confirm="sí")
c.edit(
    "swap_days",
    "edinburgh",
    "swapea el martes con el viernes porfa",
    Swapped(2, 5),
    confirm="yes, sí",
    locale="en",
)
c.edit(
    "swap_days",
    "cartagena",
    "lo del lunes pásalo al martes y lo del martes al lunes",
    Swapped(1, 2),
    confirm="ajá",
)

# ---- trip length and start date -----------------------------------------------------------

c.edit("trip", "kyoto", "alarga el viaje un día más", Days(4), confirm="sí")
c.edit("trip", "porto", "al final nos quedamos solo 5 días, quita el último", Days(5), confirm="sí")
c.edit(
    "trip",
    "bogota",
    "nos cambiaron el vuelo, el viaje ahora empieza el 9 de diciembre",
    Start("2026-12-09"),
    Days(4),
    confirm="sí",
)
c.edit(
    "trip",
    "edinburgh",
    "podemos adelantar todo el viaje un día? empezaríamos el domingo 6",
    Start("2026-12-06"),
    confirm="sí",
)
c.edit("trip", "goa", "el viaje ahora es de 6 días en vez de 4", Days(6), confirm="sí")

# ---- undo: a change, then take it back ------------------------------------------------------

c.case(
    "undo",
    "kyoto",
    S(
        "quita el Sanjusangen-do del martes",
        Type(DONE, CONF),
        When(DONE, Removed("Sanjusangen-do", 2)),
    ),
    yes("sí", Type(DONE), Removed("Sanjusangen-do", 2)),
    S("uy no, me equivoqué, deshazlo", Type(DONE, CONF)),
    yes("sí"),
    final=(Same(),),
)
c.case(
    "undo",
    "edinburgh",
    S(
        "agregá Portobello Beach el jueves",
        Type(SEL, DONE),
        When(DONE, Added(4, name="Portobello Beach")),
    ),
    pick("1", Type(DONE), Added(4)),
    S("uh no, volvé atrás eso", Type(DONE, CONF)),
    yes("dale"),
    final=(Same(),),
)
c.case(
    "undo",
    "bogota",
    S("mueve La Candelaria al jueves", Type(DONE, CONF), When(DONE, Moved("La Candelaria", 4))),
    yes("sí", Type(DONE), Moved("La Candelaria", 4)),
    S("mmm mejor no, deshaz el último cambio", Type(DONE, CONF)),
    yes("sí"),
    final=(Same(),),
)
c.case(
    "undo",
    "porto",
    S(
        "el Miradouro da Vitória ponlo a las 19h",
        Type(DONE, CONF),
        When(DONE, Retimed("Miradouro da Vitória", "19:00")),
    ),
    yes("sí", Type(DONE), Retimed("Miradouro da Vitória", "19:00")),
    S("deshacer lo ultimo", Type(DONE, CONF)),
    yes("sí"),
    final=(Same(),),
)

# ---- show a day ---------------------------------------------------------------------------

c.still("show", "kyoto", "qué tenemos el martes?", Says("Fushimi Inari", "Kiyomizu-dera"))
c.still("show", "cartagena", "muéstrame el plan del sábado", Says("Las Bóvedas"))
c.still("show", "mumbai", "qué hay pa hoy?", Says("Gateway of India"))
c.still("show", "edinburgh", "a ver pasame lo del miércoles", Says("Arthur's Seat", "Wee Dram"))

# ---- plan with interests ------------------------------------------------------------------

c.flow(
    "plan",
    "blank",
    "ármanos un plan pa los 2 días, nos gustan los templos y la comida callejera",
    Plan("kyoto", 2, (("temple", "shrine"), ("street food",))),
    confirm="sí",
    answer="templos y comida callejera",
)
c.flow(
    "plan",
    "blank",
    "planifícame los dos días con museos y jardines, voy con mi madre que camina poco",
    Plan("kyoto", 2, (("museum",), ("garden", "park"))),
    confirm="sí",
    answer="museos y jardines, sin caminar mucho",
)
c.flow(
    "plan",
    "goa",
    "el jueves lo tenemos vacío, planéalo con playa y mariscos",
    Plan("goa", 4, (("beach",), ("seafood",))),
    confirm="sí",
    answer="playa y mariscos",
)
c.flow(
    "plan",
    "cartagena",
    "organízanos el jueves que no tenemos nada, nos gusta la historia y comer rico",
    Plan("cartagena", 6),
    confirm="ajá sí",
    answer="historia y comida local",
)

# ---- explain a place ----------------------------------------------------------------------

c.still(
    "explain", "kyoto", "qué es el Fushimi Inari? vale la pena subir todo?", Says("Fushimi Inari")
)
c.still(
    "explain",
    "hadibo",
    "qué onda con el Dragon's Blood Nursery Garden, qué hay ahí?",
    Says("Dragon's Blood Nursery Garden"),
)
c.still("explain", "porto", "cuéntame un poco del Palácio da Bolsa", Says("Palácio da Bolsa"))
c.still(
    "explain",
    "jaipur",
    "qué tiene de especial el Jantar Mantar? se ve chévere",
    Says("Jantar Mantar"),
)

# ---- book ---------------------------------------------------------------------------------

c.flow(
    "book",
    "kyoto",
    "resérvanos mesa en el Kamogawa Kaiseki para 2, es nuestro aniversario",
    Booked("Kamogawa Kaiseki", party=2),
    confirm="sí",
    answer="somos 2",
)
c.flow(
    "book",
    "bogota",
    "quiero reservar en Fogón Llanero, somos 5",
    Booked("Fogón Llanero", party=5),
    confirm="sí",
    answer="5 personas",
)
c.flow(
    "book",
    "porto",
    "haz una reserva en la Marisqueira da Foz pa 4 personas, al tiro",
    Booked("Marisqueira da Foz", party=4),
    confirm="sí po",
    answer="4",
)
c.flow(
    "book",
    "cartagena",
    "apártanos mesa en la Cevichería Caribe pa 6 ajá",
    Booked("Cevichería Caribe", party=6),
    confirm="sí",
    answer="somos 6",
)
c.flow(
    "book",
    "edinburgh",
    "podés reservar en The Thistle & Stag? seríamos 3",
    Booked("Thistle", party=3),
    confirm="dale",
    answer="3",
)

# ---- a local expert -----------------------------------------------------------------------

c.flow(
    "expert",
    "cartagena",
    "quisiera hablar con alguien de allá que conozca bien Cartagena",
    Lead(),
    confirm="sí",
    answer="nos interesa la comida y la historia, presupuesto medio",
)
c.flow(
    "expert",
    "kyoto",
    "hay algún guía o experto local que nos pueda asesorar?",
    Lead(),
    confirm="sí",
    answer="templos, comida y algo romántico, presupuesto alto",
)
c.flow(
    "expert",
    "mumbai",
    "ponme en contacto con un experto de Mumbai, queremos hacer un tour de comida callejera",
    Lead(),
    confirm="sí",
    answer="comida callejera, presupuesto bajo",
)
c.flow(
    "expert",
    "goa",
    "conéctame con un local expert porfa",
    Lead(),
    confirm="sí",
    answer="playas y vida nocturna",
    locale="en",
)

# ---- help ---------------------------------------------------------------------------------

c.chat("help", "porto", "qué puedo hacer aquí?")
c.chat("help", "hadibo", "cómo funciona esto? soy nueva en la app y estoy burda de perdida")
c.chat("help", "edinburgh", "qué cosas me podés ayudar a hacer?")

# ---- several requests in one message ------------------------------------------------------

c.flow(
    "multi",
    "kyoto",
    "el Kinkaku-ji a las 10 y la cena en Kamogawa pásala a las 8 de la noche",
    Retimed("Kinkaku-ji", "10:00", alone=False),
    Retimed("Kamogawa Kaiseki", "20:00", alone=False),
    confirm="sí",
)
c.flow(
    "multi",
    "edinburgh",
    "mueve Calton Hill al jueves y agrega un café el viernes por la mañana",
    Moved("Calton Hill", 4, alone=False),
    Added(5, ("cafe", "coffee"), between=MORNING, only=False),
    confirm="sí",
)
c.flow(
    "multi",
    "bogota",
    "borra la Iglesia de San Francisco y el miércoles agrega la Quinta de Bolívar en la mañana",
    Removed("Iglesia de San Francisco", 1),
    Added(3, name="Quinta de Bolívar", between=MORNING, only=False),
    confirm="sí",
)
c.flow(
    "multi",
    "porto",
    "pon la Ponte Luis I a las 17h y la comida del martes llénala con algo barato",
    Retimed("Ponte Luís I", "17:00", alone=False),
    Filled(2, ("Lunch",), wish=CHEAP),
    confirm="sí",
)
c.flow(
    "multi",
    "goa",
    "quita Casa Xacuti, pon Miramar Beach a las 5 de la tarde y agrega Dona Paula Viewpoint "
    "el jueves al atardecer",
    Removed("Casa Xacuti", 1),
    Retimed("Miramar Beach", "17:00", alone=False),
    Added(4, name="Dona Paula", only=False),
    confirm="sí",
)
c.flow(
    "multi",
    "jaipur",
    "intercambia el día 1 con el 2 y luego agrega el Jal Mahal el miércoles al atardecer",
    Swapped(1, 2),
    Added(3, name="Jal Mahal", only=False),
    confirm="sí",
)

# ---- referents: "ponlo", "ese sitio", "este restaurante" ------------------------------------

c.case(
    "referent",
    "kyoto",
    S("agrega el philosophers path el miércoles", Type(SEL, DONE)),
    pick("1"),
    S("ponlo a las 11 de la mañana", Type(DONE, CONF)),
    yes("sí"),
    final=(Retimed(None, "11:00"),),
)
c.case(
    "referent",
    "bogota",
    S("agrega Parrilla La Macarena el jueves en la noche", Type(SEL, DONE)),
    pick("1"),
    S("y qué tal es ese restaurante? es muy caro?", Type(DONE), Same(), SaysLast()),
)
c.case(
    "referent",
    "hadibo",
    S(
        "pon el Hadibo Fish Market el martes temprano",
        Type(SEL, DONE),
        When(DONE, Added(2, name="Hadibo Fish Market")),
    ),
    pick("1", Type(DONE), Added(2)),
    S("no, mejor quítalo, ese día no madrugamos", Type(DONE, CONF)),
    yes("sí vale"),
    final=(Same(),),
)
c.case(
    "referent",
    "cartagena",
    S("qué tal es el Fogón Costeño?", Type(DONE), Same(), Says("Fogón Costeño")),
    S("bueno, agrega ese restaurante el jueves pa almorzar", Type(SEL, DONE)),
    pick("1"),
    final=(Added(4, name="Fogón Costeño", between=LUNCH),),
)
c.case(
    "referent",
    "edinburgh",
    S("a qué hora abre el Edinburgh Castle?", Type(DONE), Same()),
    S("vale, pues ponlo a las 10 entonces", Type(DONE, CONF)),
    yes("sí"),
    final=(Retimed("Edinburgh Castle", "10:00"),),
)

# ---- duplicates: what the trip already has -------------------------------------------------

c.already("kyoto", "agrega el Kiyomizu-dera el martes", "Kiyomizu-dera")
c.already("bogota", "pon el Museo del Oro el lunes en la mañana", "Museo del Oro")
c.already("porto", "añade la Livraria Lello el lunes porfa", "Livraria Lello")
c.already("mumbai", "agrega Marine Drive mañana pal atardecer", "Marine Drive")

# ---- clashes: a time that is taken ---------------------------------------------------------

c.flow(
    "clash",
    "kyoto",
    "agrega el Tenryu-ji el miercoles a las 9:30",
    ClashHandled(3, "09:30", ("temple",)),
    turns=2,
    confirm="sí",
)
c.flow(
    "clash",
    "bogota",
    "agrega el Chorro de Quevedo el lunes a las 3 y media de la tarde",
    ClashHandled(1, "15:30", ("plaza", "street art")),
    turns=2,
    confirm="sí",
)
c.flow(
    "clash",
    "edinburgh",
    "mete la catedral de St Giles el lunes a las 2 y media",
    ClashHandled(1, "14:30", ("cathedral",)),
    turns=2,
    confirm="sí",
)
c.flow(
    "clash",
    "cartagena",
    "pon la Torre del Reloj el lunes a las 9",
    ClashHandled(1, "09:00", ("clock tower",)),
    turns=2,
    confirm="sí",
)

# ---- slot filling: something missing, then a bare answer ------------------------------------

c.case(
    "slot_fill",
    "bogota",
    S("agrega Ramen Norte", Type(*ASKING), Same()),
    S("el miércoles en la noche", Type(DONE, SEL, CONF, INPUT)),
    go("sí", "1"),
    final=(Added(3, name="Ramen Norte"),),
)
c.case(
    "slot_fill",
    "edinburgh",
    S("agregá algo para el jueves", Type(INPUT, SEL), Same()),
    S("la Scottish National Gallery", Type(DONE, SEL, CONF)),
    go("dale", "1"),
    final=(Added(4, name="Scottish National Gallery"),),
)
c.case(
    "slot_fill",
    "mumbai",
    S("reserva mesa para 4 personas esta noche", Type(INPUT, SEL), Same(), NoBooking()),
    S("en el Konkan Coast Kitchen", Type(DONE, CONF, INPUT, SEL)),
    go("sí", "1", answer="a las 8 de la noche"),
    go("sí", "1", answer="a las 8 de la noche"),
    final=(Booked("Konkan Coast Kitchen", party=4),),
)
c.case(
    "slot_fill",
    "porto",
    S("cambia la hora del Palácio da Bolsa", Type(INPUT, SEL), Same()),
    S("a las 9", Type(DONE, CONF)),
    yes("sí"),
    final=(Retimed("Palácio da Bolsa", "09:00"),),
)
c.case(
    "slot_fill",
    "goa",
    S("quiero mover la Basílica de Bom Jesus", Type(INPUT, SEL), Same()),
    S("al miércoles", Type(DONE, CONF, SEL)),
    go("sí", "1"),
    final=(Moved("Bom Jesus", 3),),
)

# ---- social -------------------------------------------------------------------------------

c.still("social", "bogota", "graciaaas sos un genio 🙌", NoDump(), Short())
c.still("social", "cartagena", "buenas! qué más pues, cómo va todo?", NoDump(), Short())
c.still("social", "kyoto", "jajaja neta qué buena onda eres, estás bien chido", NoDump(), Short())
c.still(
    "social", "edinburgh", "hola hola, buenos días desde Madrid ☀️", NoDump(), Short(), locale="en"
)
c.chat("social", "hadibo", "cuéntame un chiste de viajes pa reírme un rato")

# ---- info: weather, safety, cost, share, export (nothing changes, no itinerary dump) ----------

c.still("info", "kyoto", "va a hacer mucho frío allá en diciembre? qué ropa llevo", NoDump())
c.still("info", "bogota", "es seguro caminar por La Candelaria de noche?", NoDump())
c.still("info", "cartagena", "cuánto nos va a salir más o menos todo el viaje?", NoDump())
c.still(
    "info",
    "porto",
    "cómo le comparto el itinerario a mi esposo?",
    NoDump(),
    types=(DONE, CONF, INPUT),
    locale="pt",
)
c.still(
    "info",
    "edinburgh",
    "se puede pasar el itinerario a mi google calendar?",
    NoDump(),
    types=(DONE, CONF, INPUT),
)
c.still("info", "mumbai", "oye y hoy llueve en Mumbai?", NoDump())

# ---- choice: cards, then a typed reply --------------------------------------------------------

c.case(
    "choice",
    "hadibo",
    S("quiero sushi el martes en la noche", Type(SEL), Same(), Cards(("sushi",))),
    S("el más barato", Type(DONE), Added(2, ("sushi",), name="Socotra Sushi House")),
)
c.case(
    "choice",
    "edinburgh",
    S(
        "búscame un sitio de pescado pal miércoles al mediodía",
        Type(SEL),
        Same(),
        Cards(("seafood", "fish")),
    ),
    S("el de fish and chips", Type(DONE), Added(3, name="Castle Chippy")),
)
c.case(
    "choice",
    "bogota",
    S("un café bueno para el jueves temprano", Type(SEL), Same(), Cards(("cafe", "coffee"))),
    S("el último", Type(DONE), Chose(-1)),
)
c.case(
    "choice",
    "jaipur",
    S("agrega un templo el miércoles en la tarde", Type(SEL), Same(), Cards(("temple",))),
    S("la 3", Type(DONE), Chose(2)),
)
c.case(
    "choice",
    "mumbai",
    S("ponnos un museo pasado mañana por la tarde", Type(SEL), Same(), Cards(("museum",))),
    S("el de Gandhi", Type(DONE), Added(3, name="Mani Bhavan Gandhi Museum")),
)

# ---- locale: the stored setting is English or Portuguese, the traveler writes Spanish ---------

c.add(
    "kyoto",
    "agrega el Heian Shrine el miércoles por la tarde",
    day=3,
    terms=("shrine",),
    name="Heian Shrine",
    between=AFTERNOON,
    kind="locale",
    locale="en",
)
c.chat("locale", "porto", "hola! qué tal? es la primera vez que uso esto", locale="pt")
c.edit(
    "locale",
    "goa",
    "quita Fontainhas del miércoles, ya lo vimos",
    Removed("Fontainhas", 3),
    confirm="sí",
    locale="pt",
)
c.still("locale", "cartagena", "qué tenemos el viernes?", Says("Getsemaní"), locale="en")

CASES = c.cases
