"""Fresh12, Spanish: a blind held-out set of traveler conversations.

Written blind on 2026-12-08 (later than fresh10) from the demo data (core/data/demo_places.json),
the fixtures and the protocol (DESIGN.md) only: not from the parser, the message catalog or any
other corpus file. It is a measure: never tune the parser on it.

Who writes: mostly (about three in four) ordinary travelers typing on a phone, no dialect to
speak of. Families, couples, a senior who writes long and polite, someone on a work trip, a
backpacker, a group of friends, a parent planning for the kids, someone in a hurry. They drop
accents, write "q", "xq", "tb", "porfa", "pls", "mñn", "x", numbers as digits or words, two
requests in one message, a reason glued on, a self-correction halfway ("ah no, mejor..."), an
indirect wish ("después del fuerte vamos a estar muertos de hambre"), a question that is really a
request, and answers to the bot's questions with one word, a day, a number or "el segundo".

The rest (about one in four) write in a voice not used in earlier sets:
- a maño from Zaragoza ("maño/maña", diminutives in -ico: "sitico", "baratico", "majico",
  "ascape", "chino chano", "rasmia", "pues hala", "esbafarse");
- a paraguayo from Asunción mixing Guaraní (jopara): "che ra'a", "nde", "mba'e piko", "na" and
  "luego" as softeners ("poneme na", "armanos luego"), "iporã", "upéi", "aguyje", "nomás",
  voseo ("sacá", "alargá", "invertí");
- a granaíno from Granada ("ea", "ofú", "una jartá", "ni ná", "chavea", "malafollá", dropped
  d's: "equivocao", "cansao", "marío", "pa").

Some stored settings are "en" or "pt" (the locale cases) but the traveler writes Spanish, so the
answer must be Spanish.

Fixture facts relied on: the clock is Monday 2026-11-23 09:00 UTC. Every trip but Mumbai starts
Monday 2026-12-07: day 1 lunes 7, day 2 martes 8, day 3 miércoles 9, day 4 jueves 10, day 5
viernes 11, day 6 sábado 12. Mumbai is under way: it started today (lunes 23 de noviembre), so
"hoy"/"esta noche" is day 1 and "mañana" day 2, and it is 14:30 there now (cafés open). Empty
days: Edinburgh day 4, Goa day 4, Bogotá day 4, Cartagena day 4, Porto day 5, both days of
"blank" (Kyoto). Open meal slots used: Kyoto Lunch days 1 and 3, Dinner day 2; Edinburgh
Breakfast and Dinner day 2, Lunch day 5; Goa Dinner day 1, Lunch day 2; Mumbai Dinner day 1,
Breakfast and Lunch day 2; Jaipur Dinner day 1; Bogotá Breakfast and Lunch day 2; Cartagena
Almuerzo day 5, Cena day 2; Porto Dinner days 1 and 3. Busy times used for clashes: Goa day 2
08:30 (Bebinca Bakery & Cafe), Kyoto day 2 10:00 (Fushimi Inari Taisha), Edinburgh day 1 09:30
(Edinburgh Castle), Mumbai day 2 10:30 (Elephanta Caves). Trip lengths: Kyoto 3, Edinburgh 5,
Goa 4, Mumbai 3, Jaipur 3, Bogotá 4, Cartagena 6, Porto 6, blank 2, Hadibo 3 (its items are not
relied on).
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    ASKS,
    CONF,
    DONE,
    INPUT,
    SEL,
    Cards,
    Check,
    Same,
    Says,
    SaysLast,
    Type,
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
    OPEN_NOW,
    ROMANTIC,
    ROOFTOP,
    TOP_RATED,
    VEGGIE,
)
from bench.understanding_corpus.spec import (
    AFTERNOON,
    DINNER,
    EVENING,
    LUNCH,
    MORNING,
    Case,
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
    Plan,
    Retimed,
    Start,
    Swapped,
)

c = Corpus("es", "f12", locale="es")


def missing(trip: str, text: str, answer: str, *final: Check) -> None:
    """A request that lacks one thing (which day, what time): asked first, nothing changed;
    the traveler answers with a word or two (to a question or to options alike)."""
    along = go("si", answer, answer=answer)
    c.case(
        "slot_fill",
        trip,
        S(text, Type(*ASKS), Same()),
        along,
        along,
        final=final,
    )


def undo(trip: str, text: str, back: str) -> None:
    """An edit (confirmed if asked), then taking it back: the trip ends as it started."""
    c.case(
        "undo",
        trip,
        S(text, Type(DONE, CONF, SEL)),
        yes("si"),
        S(back, Type(DONE, CONF)),
        yes("si"),
        final=(Same(),),
    )


def choice(trip: str, text: str, terms: tuple[str, ...], answer: str, index: int, day: int) -> None:
    """Cards for a kind of place, then the traveler picks one by position."""
    c.case(
        "choice",
        trip,
        S(text, Type(SEL), Cards(terms)),
        S(answer, Type(DONE), Chose(index)),
        final=(Added(day, terms),),
    )


def clash(trip: str, text: str, day: int, busy: str, terms: tuple[str, ...]) -> None:
    """Adding at a time that is taken: added elsewhere, or added there with a warning or a
    question."""
    c.case(
        "clash",
        trip,
        S(text, Type(DONE, CONF, SEL, INPUT)),
        go("si"),
        go("si"),
        final=(ClashHandled(day, busy, terms),),
    )


# ---- add (14) ----

c.add("hadibo", "agrega un lugar de sushi el dia 2 porfa", day=2, terms="sushi")
c.add(
    "kyoto",
    "q tal un ramen para el miercoles en la noche?",
    day=3,
    terms="ramen",
    between=EVENING,
)
c.add(
    "edinburgh",
    "Buenas tardes. Quisiera añadir una visita al Palace of Holyroodhouse el jueves por la "
    "mañana, si es posible. Muchas gracias de antemano.",
    day=4,
    name="Palace of Holyroodhouse",
    between=MORNING,
)
c.add("goa", "agrega una playa el jueves xfa", day=4, terms="beach")
c.add(
    "jaipur",
    "añade el albert hall museum el dia 3 despues del fuerte",
    day=3,
    name="Albert Hall Museum",
    between=("10:30", "17:00"),
)
c.add(
    "bogota",
    "Hola! me agregas Monserrate?? ah no q ya esta. Mejor el cerro de guadalupe el jueves temprano",
    day=4,
    name="Cerro de Guadalupe",
    between=MORNING,
)
c.add(
    "cartagena",
    "mi hija quiere ver los piratas!! agreguen el museo naval el viernes",
    day=5,
    name="Museo Naval del Caribe",
)
c.add(
    "porto",
    "pon la Casa da Musica el sabado a las 6 de la tarde, tenemos entradas pal concierto",
    day=6,
    name="Casa da Música",
    at="18:00",
)
c.add(
    "mumbai",
    "agrega la Jehangir Art Gallery mñn a las 4",
    day=2,
    name="Jehangir Art Gallery",
    at="16:00",
)
c.add(
    "blank",
    "tenemos los dos dias vacios jaja, para empezar pon el fushimi inari el primer dia",
    day=1,
    name="Fushimi Inari Taisha",
)
c.add(
    "edinburgh",
    "mete unos fish and chips el jueves pa comer",
    day=4,
    terms="fish and chips",
    between=LUNCH,
)
# paraguayo
c.add(
    "cartagena",
    "che ra'a poneme na un heladito el martes de tarde, hace un calor nde",
    day=2,
    terms=("ice cream", "dessert"),
    between=AFTERNOON,
)
# maño
c.add(
    "porto",
    "maño, ponnos un sitico de bifanas el viernes a mediodia, ascape que me esbafo",
    day=5,
    terms="bifana",
    between=LUNCH,
)
# granaíno
c.add(
    "bogota",
    "ea, mete el Chorro de Quevedo el miércoles por la mañana, que dicen que es de categoría",
    day=3,
    name="Chorro de Quevedo",
    between=MORNING,
)

# ---- wishes (10) ----

c.add(
    "kyoto",
    "algo vegetariano para almorzar el miercoles, mi esposa no come carne",
    day=3,
    wish=VEGGIE,
    between=LUNCH,
    kind="wishes",
)
c.add(
    "mumbai",
    "algo barato pa cenar hoy, ya gastamos mucho jaja",
    day=1,
    terms=("restaurant", "cafe", "street food"),
    wish=CHEAP,
    between=DINNER,
    kind="wishes",
)
c.add(
    "edinburgh",
    "el mejor valorado para cenar el martes, es el cumple de mi mujer",
    day=2,
    terms="restaurant",
    wish=TOP_RATED,
    between=DINNER,
    kind="wishes",
)
c.add(
    "goa",
    "un lugar romantico pa cenar el lunes, aniversario 🥂",
    day=1,
    terms="restaurant",
    wish=ROMANTIC,
    between=DINNER,
    kind="wishes",
)
c.add(
    "jaipur",
    "algún rooftop para cenar el lunes? con vista porfa",
    day=1,
    terms=("restaurant", "bar"),
    wish=ROOFTOP,
    between=DINNER,
    kind="wishes",
)
c.add(
    "mumbai",
    "tengo un hueco ahora, hay algun cafe abierto?",
    day=1,
    terms=("cafe", "coffee"),
    wish=OPEN_NOW,
    kind="wishes",
)
c.add(
    "cartagena",
    "vamos con niños, algo pa ellos el jueves en la mañana",
    day=4,
    wish=FAMILY,
    between=MORNING,
    kind="wishes",
)
# maño
c.add(
    "porto",
    "maña aqui, buscadnos algo baratico pa cenar el lunes, q vamos justicos de perras",
    day=1,
    terms=("restaurant", "cafe"),
    wish=CHEAP,
    between=DINNER,
    kind="wishes",
)
# paraguayo
c.add(
    "kyoto",
    "che, mba'e piko hay de comer bien valorado pa'l martes de noche? pasame na las opciones",
    day=2,
    terms="restaurant",
    wish=TOP_RATED,
    between=DINNER,
    kind="wishes",
)
# granaíno
c.add(
    "edinburgh",
    "ofú, busca algo vegano pal viernes a mediodía que mi chavea se ha hecho vegana ni ná",
    day=5,
    wish=VEGGIE,
    between=LUNCH,
    kind="wishes",
)

# ---- add_slots (9) ----

c.add(
    "goa",
    "después del fuerte vamos a estar muertos de hambre 😅 algo pa almorzar por ahi?",
    day=2,
    terms=("restaurant", "cafe"),
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "kyoto",
    "llena el almuerzo del lunes con algo de udon o soba",
    day=1,
    terms=("udon", "soba"),
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "edinburgh",
    "desayuno el martes? algo con pancakes pls",
    day=2,
    terms="pancakes",
    slot="Breakfast",
    kind="add_slots",
)
c.add(
    "mumbai",
    "para mañana el desayuno pon un sitio de dosa",
    day=2,
    terms="dosa",
    slot="Breakfast",
    kind="add_slots",
)
c.add(
    "jaipur",
    "la cena del lunes, algo de laal maas porfaa",
    day=1,
    terms="laal maas",
    slot="Dinner",
    kind="add_slots",
)
c.add(
    "bogota",
    "en el almuerzo del martes queremos ajiaco, nos dijeron q es lo tipico",
    day=2,
    terms="ajiaco",
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "cartagena",
    "el almuerzo del viernes: pescado frito con patacones 🤤",
    day=5,
    terms=("fried fish", "patacones"),
    slot="Almuerzo",
    kind="add_slots",
)
# paraguayo
c.add(
    "porto",
    "upéi, el miércoles pa la cena poneme luego un lugar de pulpo che",
    day=3,
    terms="octopus",
    slot="Dinner",
    kind="add_slots",
)
# maño
c.add(
    "bogota",
    "pal desayuno del martes un cafetico majico con pandebono, maño",
    day=2,
    terms=("pandebono", "coffee", "bakery"),
    slot="Breakfast",
    kind="add_slots",
)

# ---- remove (7) ----

c.edit("remove", "kyoto", "quita el ryoanji", Removed("Ryoan-ji"))
c.edit(
    "remove",
    "edinburgh",
    "Saquen Greyfriars por favor, a mi hijo le dan miedo los cementerios",
    Removed("Greyfriars Kirkyard"),
)
c.edit("remove", "goa", "borra anjuna beach del martes", Removed("Anjuna Beach", 2))
c.edit(
    "remove",
    "mumbai",
    "hoy ya no nos da tiempo para el museo, sacalo",
    Removed("Chhatrapati Shivaji Maharaj Vastu Sangrahalaya"),
)
c.edit("remove", "porto", "eliminar torre dos clerigos", Removed("Torre dos Clérigos"))
# granaíno
c.edit(
    "remove",
    "jaipur",
    "quítame el Jantar Mantar ese, que mi marío dice que es una jartá de relojes de sol ni ná",
    Removed("Jantar Mantar"),
)
# paraguayo
c.edit(
    "remove",
    "cartagena",
    "sacale nomás la playa de bocagrande che, dicen q no es iporã",
    Removed("Playa de Bocagrande"),
)

# ---- move (7) ----

c.edit("move", "kyoto", "pasa el kiyomizu al miercoles", Moved("Kiyomizu-dera", 3))
c.edit(
    "move",
    "edinburgh",
    "movamos arthurs seat al jueves q el miercoles dan lluvia",
    Moved("Arthur's Seat", 4),
)
c.edit(
    "move",
    "goa",
    "la basilica mejor el jueves a las 10",
    Moved("Basilica of Bom Jesus", 4, "10:00"),
)
c.edit(
    "move",
    "bogota",
    "el distrito grafiti pasalo para el jueves en la tarde porfa",
    Moved("Distrito Grafiti", 4),
)
c.edit(
    "move",
    "porto",
    "el serralves mejor el viernes, el miércoles hay huelga de metro",
    Moved("Museu de Serralves", 5),
)
# maño
c.edit(
    "move",
    "cartagena",
    "maño, lo de las Bóvedas ponlo el jueves, que el sábado vamos chino chano pal aeropuerto",
    Moved("Las Bóvedas", 4),
)
# granaíno
c.edit(
    "move",
    "jaipur",
    "el Hawa Mahal pásalo al martes por la mañana, que a las 4 de la tarde hace una caló que "
    "te mueres",
    Moved("Hawa Mahal", 2),
)

# ---- retime (7) ----

c.edit("retime", "kyoto", "el kinkakuji a las 10 mejor", Retimed("Kinkaku-ji", "10:00"))
c.edit(
    "retime",
    "edinburgh",
    "cambiar la hora del castillo a las 11",
    Retimed("Edinburgh Castle", "11:00"),
)
c.edit(
    "retime",
    "goa",
    "vindaloo y vinho a las 9 de la noche pls",
    Retimed("Vindaloo & Vinho", "21:00"),
)
c.edit(
    "retime",
    "mumbai",
    "marine drive mañana a las 5 y media mejor, pa ver el atardecer",
    Retimed("Marine Drive", "17:30"),
)
c.edit(
    "retime",
    "bogota",
    "la cena en el fogon llanero a las 8 en vez de 7:30",
    Retimed("Fogón Llanero", "20:00"),
)
# paraguayo
c.edit(
    "retime",
    "porto",
    "la Marisqueira ponele a las nueve de la noche luego, que acá cenamos tarde nde",
    Retimed("Marisqueira da Foz", "21:00"),
)
# granaíno
c.edit(
    "retime",
    "cartagena",
    "el castillo San Felipe a las 8 de la mañana, que por la tarde nos derretimos ni ná",
    Retimed("Castillo San Felipe de Barajas", "08:00"),
)

# ---- replace (6) ----

c.edit(
    "replace",
    "kyoto",
    "cambia el menya kurogane por algo de tempura",
    Replaced("Menya Kurogane", 2, ("tempura",)),
)
c.edit(
    "replace",
    "edinburgh",
    "en vez de Canongate Kitchen algo de pizza, los niños no quieren pies 🙄",
    Replaced("Canongate Kitchen", 2, ("pizza",)),
)
c.edit(
    "replace",
    "bogota",
    "reemplaza la casona del ajiaco x algo vegano",
    Replaced("La Casona del Ajiaco", 1, wish=VEGGIE),
)
c.edit(
    "replace",
    "jaipur",
    "Marwar Thali -> cambiar por algo mas barato",
    Replaced("Marwar Thali Haveli", 1, ("restaurant", "cafe"), CHEAP),
)
c.edit(
    "replace",
    "porto",
    "la tasca do cais no nos convence, pon otro de bacalao",
    Replaced("Tasca do Cais", 1, ("bacalhau", "codfish")),
)
# maño
c.edit(
    "replace",
    "goa",
    "la Casa Xacuti cámbiala por un chiringuito de gambas en la playa, maño",
    Replaced("Casa Xacuti", 1, ("prawns", "beach shack")),
)

# ---- trip (6) ----

c.edit("trip", "goa", "podemos agregar un dia mas al final?", Days(5))
c.edit(
    "trip",
    "jaipur",
    "el viaje empieza el miercoles 9, no el lunes",
    Start("2026-12-09"),
    Days(3),
)
c.edit(
    "trip",
    "porto",
    "al final nos quedamos solo 5 dias, acorta el viaje porfa",
    Days(5),
)
c.edit(
    "trip",
    "edinburgh",
    "Nos retrasamos un día: el viaje empieza el martes 8 de diciembre.",
    Start("2026-12-08"),
)
c.edit("trip", "blank", "cambiamos las fechas, llegamos el 14 de diciembre", Start("2026-12-14"))
# paraguayo
c.edit(
    "trip",
    "cartagena",
    "che, alargá el viaje dos días más, está iporã Cartagena",
    Days(8),
)

# ---- multi (6) ----

c.flow(
    "multi",
    "kyoto",
    "quita el sanjusangendo y pon el nijo castle el martes",
    Removed("Sanjusangen-do"),
    Moved("Nijo Castle", 2, alone=False),
)
c.flow(
    "multi",
    "edinburgh",
    "pon la cena del martes en un indio y borra victoria street",
    Filled(2, ("Dinner",), ("indian", "curry")),
    Removed("Victoria Street"),
)
c.flow(
    "multi",
    "bogota",
    "el museo botero a las 3 y el martes en la noche un sitio de salsa pa bailar",
    Retimed("Museo Botero", "15:00", alone=False),
    Added(2, ("salsa",), between=EVENING),
)
c.flow(
    "multi",
    "mumbai",
    "mñn desayuno en cafe parsi dawn y el almuerzo en konkan... no, en bohri mohalla kitchen",
    Filled(2, ("Breakfast",), ("parsi",)),
    Filled(2, ("Lunch",), ("bohri",)),
)
# granaíno
c.flow(
    "multi",
    "porto",
    "ea, quita el Palácio da Bolsa que es una jartá de caro, y la Sé pásala al viernes",
    Removed("Palácio da Bolsa"),
    Moved("Sé do Porto", 5, alone=False),
)
# maño
c.flow(
    "multi",
    "cartagena",
    "ponnos la cena del martes en el Zaatar y el palacio de la inquisicion a las 11, maño",
    Filled(2, ("Cena",), ("zaatar",)),
    Retimed("Palacio de la Inquisición", "11:00", alone=False),
)

# ---- choice (6) ----

choice("hadibo", "oigan pongan un sushi el dia 2", ("sushi",), "el segundo", 1, 2)
choice(
    "bogota",
    "un cafe de especialidad el jueves?",
    ("coffee", "cafe"),
    "el ultimo",
    -1,
    4,
)
choice("cartagena", "playas pal jueves? 🏖️", ("beach",), "la 2", 1, 4)
choice("porto", "una iglesia con azulejos el viernes", ("church",), "la primera", 0, 5)
c.case(
    "choice",
    "jaipur",
    S("algún templo bonito pal miércoles?", Type(SEL), Cards(("temple",))),
    S("el de ganesh", Type(DONE, SEL)),
    pick(),
    final=(Added(3, name="Moti Dungri Ganesh Temple"),),
)
# granaíno
choice(
    "edinburgh",
    "ofú, busca un brunch pal jueves que el chavea se levanta tarde",
    ("brunch",),
    "el dos ese",
    1,
    4,
)

# ---- plan (5) ----

c.flow(
    "plan",
    "blank",
    "armanos un plan para los 2 dias en kioto, nos gustan los templos y la comida",
    Plan("kyoto", 2, (("temple",),)),
)
c.flow(
    "plan",
    "hadibo",
    "haznos un itinerario completo de 3 dias en Socotra, con playas",
    Plan("hadibo", 3, (("beach",),)),
)
c.flow("plan", "goa", "planea el jueves q esta vacio, algo relax", Plan("goa", 4))
c.flow(
    "plan",
    "bogota",
    "Planea el día 4 por nosotros, somos mochileros con poco presupuesto",
    Plan("bogota", 4),
)
# paraguayo
c.flow(
    "plan",
    "porto",
    "che, armanos luego el viernes que está vacío, algo iporã",
    Plan("porto", 6),
)

# ---- book (5) ----

c.flow(
    "book",
    "kyoto",
    "reserva en el kamogawa kaiseki para 2 personas",
    Booked("Kamogawa Kaiseki", party=2),
    answer="a las 7 de la tarde",
)
c.flow(
    "book",
    "edinburgh",
    "Pueden reservarnos mesa en The Thistle & Stag? Somos 5, a las 7 de la tarde",
    Booked("The Thistle & Stag", party=5, at="19:00"),
    answer="a las 7 de la tarde",
)
c.flow(
    "book",
    "mumbai",
    "quiero reservar para esta noche en Colaba Tandoor Grill, 4 personas",
    Booked("Colaba Tandoor Grill", party=4),
    answer="a las 9 de la noche",
)
c.flow(
    "book",
    "porto",
    "reserva marisqueira da foz, martes 8pm, somos 3 adultos y 1 niño",
    Booked("Marisqueira da Foz", party=4, at="20:00"),
    answer="4",
)
# granaíno
c.flow(
    "book",
    "cartagena",
    "resérvame en la Cevichería Caribe pa los cuatro, que si no no cogemos sitio ni ná",
    Booked("La Cevichería Caribe", party=4),
    answer="a la una",
)

# ---- referent (5) ----

c.case(
    "referent",
    "goa",
    S("agrega el reis magos fort el jueves", Type(SEL, DONE)),
    pick(),
    S("a q hora abre ese?", Type(DONE), Same(), SaysLast()),
)
c.case(
    "referent",
    "edinburgh",
    S("pon un sitio de tacos el jueves x la noche", Type(SEL, DONE)),
    pick(),
    S("mejor quitalo, vamos a estar cansados", Type(DONE, CONF)),
    yes("si"),
    final=(Same(),),
)
c.case(
    "referent",
    "bogota",
    S("añade la quinta de bolivar el jueves", Type(SEL, DONE)),
    pick(),
    S("y ponla a las 11 porfa", Type(DONE, CONF)),
    yes("si"),
    final=(Added(4, name="Quinta de Bolívar"), Retimed(None, "11:00")),
)
c.case(
    "referent",
    "mumbai",
    S("pon el kuro sushi bar esta noche", Type(SEL, DONE)),
    pick(),
    S("y resérvalo pa 2 a las 9 porfa", Type(DONE, CONF, INPUT)),
    go("si", answer="a las 9 de la noche"),
    go("si", answer="2 personas"),
    final=(Booked(None, party=2),),
)
# paraguayo
c.case(
    "referent",
    "jaipur",
    S("poneme el Galtaji el martes che", Type(SEL, DONE)),
    pick(),
    S("upéi eso pasalo al miércoles nomás", Type(DONE, CONF)),
    yes("si"),
    final=(Moved(None, 3),),
)

# ---- slot_fill (5) ----

missing("bogota", "quiero cambiar de dia el museo botero", "el jueves", Moved("Museo Botero", 4))
missing(
    "kyoto",
    "podemos cambiar la hora del nijo castle?",
    "a las 11",
    Retimed("Nijo Castle", "11:00"),
)
missing("edinburgh", "pasa el calton hill a otro día", "el día 5", Moved("Calton Hill", 5))
missing(
    "goa",
    "cámbiale la hora a la casa xacuti",
    "a las 2 de la tarde",
    Retimed("Casa Xacuti", "14:00"),
)
# maño
missing("porto", "la Ribeira pásala a otro día, maño", "al viernes", Moved("Ribeira", 5))

# ---- social (5) ----

c.chat("social", "kyoto", "muchas gracias!! todo perfecto 🙏")
c.chat("social", "hadibo", "hola buenas")
c.chat("social", "goa", "jajaja ok")
# paraguayo
c.chat("social", "bogota", "aguyje che ra'a, sos un genio")
# granaíno
c.chat("social", "jaipur", "ea, pues ná, hasta luego")

# ---- info (5) ----

c.still("info", "bogota", "a q hora abre el museo del oro?", Says("Museo del Oro"))
c.still(
    "info",
    "edinburgh",
    "el National Museum of Scotland es gratis?",
    Says("National Museum of Scotland"),
)
c.still(
    "info",
    "porto",
    "cuanto cuesta la livraria lello? hay q comprar entrada?",
    Says("Livraria Lello"),
)
c.still(
    "info",
    "mumbai",
    "elephanta caves cierra a q hora? vamos mñn",
    Says("Elephanta Caves"),
)
# maño
c.still(
    "info",
    "jaipur",
    "¿a qué hora cierra el Amber Fort, maño? no vaya a ser que lleguemos tarde",
    Says("Amber Fort"),
)

# ---- swap_days (4) ----

c.edit("swap_days", "kyoto", "intercambia el dia 1 con el 3", Swapped(1, 3))
c.edit(
    "swap_days",
    "goa",
    "cambiemos el martes con el miércoles, lo q hay en uno pasa al otro",
    Swapped(2, 3),
)
c.edit("swap_days", "jaipur", "dia 2 y dia 3 al reves porfa", Swapped(2, 3))
# paraguayo
c.edit(
    "swap_days",
    "porto",
    "che, invertí luego el lunes con el martes, lo que hay en uno va al otro",
    Swapped(1, 2),
)

# ---- undo (4) ----

undo("kyoto", "quita el nijo castle", "nooo deshaz eso, me equivoqué")
undo("goa", "pon el fort aguada a las 9", "no espera, déjalo como estaba")
undo("bogota", "pasa monserrate al jueves", "ctrl z jaja, mejor deshazlo")
# granaíno
undo("edinburgh", "quítame el Calton Hill", "ofú, me he equivocao, deshazlo")

# ---- show (4) ----

c.still("show", "kyoto", "que hay el martes?", Says("Fushimi Inari Taisha", "Kiyomizu-dera"))
c.still("show", "mumbai", "q tenemos hoy", Says("Gateway of India", "Konkan Coast Kitchen"))
c.still("show", "cartagena", "muestrame todo el itinerario", Says("Walled City", "Las Bóvedas"))
# maño
c.still(
    "show", "porto", "¿qué tenemos el jueves, maño?", Says("Sé do Porto", "Casa da Francesinha")
)

# ---- explain (4) ----

c.still(
    "explain",
    "jaipur",
    "por que pusiste el kachori corner tan temprano?",
    Says("Kachori Corner"),
)
c.still("explain", "kyoto", "q es el ryoan-ji? vale la pena?", Says("Ryoan-ji"))
c.still("explain", "goa", "por qué el fontainhas? que tiene de especial", Says("Fontainhas"))
# paraguayo
c.still(
    "explain",
    "bogota",
    "mba'e piko es el Distrito Grafiti? vale la pena che?",
    Says("Distrito Grafiti"),
)

# ---- duplicate (4) ----

c.already("kyoto", "agrega fushimi inari el martes", "Fushimi Inari Taisha")
c.already("mumbai", "pon el gateway of india hoy", "Gateway of India")
c.already("bogota", "añadir museo del oro el lunes", "Museo del Oro")
# granaíno
c.already(
    "cartagena",
    "mete la Walled City esa el lunes, que no me la quiero perder ni ná",
    "Walled City",
)

# ---- clash (4) ----

clash("goa", "agrega un cafe el martes a las 8:30", 2, "08:30", ("cafe", "coffee"))
clash("kyoto", "pon el nishiki market el martes a las 10", 2, "10:00", ("market",))
clash(
    "edinburgh",
    "el lunes a las 9:30 la Scottish National Gallery",
    1,
    "09:30",
    ("gallery",),
)
# maño
clash(
    "mumbai",
    "ponnos el Crawford Market mañana a las diez y media, que quiero especias pa mi madre",
    2,
    "10:30",
    ("market",),
)

# ---- locale (4) ----

c.add(
    "kyoto",
    "hola, agrega un cafe el miercoles por la mañana",
    day=3,
    terms=("cafe", "coffee"),
    between=MORNING,
    kind="locale",
    locale="en",
)
c.edit("locale", "goa", "quita el Miramar Beach porfa", Removed("Miramar Beach"), locale="pt")
c.edit(
    "locale",
    "edinburgh",
    "Hola! me contestas en español? Quiero cambiar la hora del Wee Dram a las 9 de la noche",
    Retimed("The Wee Dram", "21:00"),
    locale="en",
)
c.still("locale", "bogota", "el museo botero abre los martes?", Says("Museo Botero"), locale="en")

# ---- clear (3) ----

c.edit("clear", "kyoto", "borra todo el dia 2, ese dia descansamos", Cleared(2))
c.edit("clear", "cartagena", "vacía el lunes porfa, llegamos muy tarde", Cleared(1))
c.edit("clear", "jaipur", "Quiten todo lo del miércoles", Cleared(3))

# ---- expert (3) ----

c.flow(
    "expert",
    "jaipur",
    "hay algun guia local q nos pueda acompañar en el amber fort?",
    Lead(),
    answer="somos 2, presupuesto medio",
)
c.flow(
    "expert",
    "cartagena",
    "Quisiéramos hablar con un experto local para organizar un día en las islas del Rosario.",
    Lead(),
    answer="somos 4 adultos, presupuesto medio",
)
# maño
c.flow(
    "expert",
    "edinburgh",
    "¿tenéis algún experto de allí que nos eche una mano con el viaje, maño?",
    Lead(),
    answer="somos 3, nos gusta la historia y el whisky",
)

# ---- help (3) ----

c.chat("help", "hadibo", "como funciona esto?")
c.chat("help", "porto", "q puedo hacer aqui? ayuda")
# granaíno
c.chat("help", "blank", "ea, y esto pa qué sirve? explícamelo despacito")

CASES: list[Case] = c.cases
