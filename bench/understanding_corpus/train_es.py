"""Training corpus, Spanish: how travelers really type on WhatsApp and Telegram.

Open to the parser's authors (run with `python -m bench.understanding --train`, never in CI).
Speakers from Mexico, Colombia, Argentina, Chile and Spain: no accents, typos, abbreviations
(q, xq, pa, porfa, tb), fillers, voice-to-text run-ons, regional words (chido, bacano, che,
cachai, vale), indirect requests, several requests at once, self-corrections and replies to
the bot's cards and questions. Outcomes only; every reasonable path is accepted. The traveler's
setting is Spanish except in the `locale` cases.
"""

from __future__ import annotations

from dataclasses import replace

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
    Type,
    When,
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
from bench.understanding_corpus.places import CHEAP, FAMILY, ROMANTIC, ROOFTOP, TOP_RATED, VEGGIE
from bench.understanding_corpus.spec import (
    AFTERNOON,
    BREAKFAST,
    DINNER,
    EVENING,
    LUNCH,
    MORNING,
    Corpus,
    S,
    Step,
    go,
    pick,
)
from bench.understanding_corpus.trip_checks import (
    Booked,
    Cleared,
    Days,
    Lead,
    Lighter,
    Moved,
    Plan,
    Retimed,
    Start,
    Swapped,
)


def answer(other: str, confirm: str = "si") -> Step:
    """Going along with a question: `confirm` to a confirmation, `other` to anything else asked
    (how many people, what time, which interests); skipped after a final answer."""
    return Step(confirm, (), None, None, (((CONF,), confirm), ((SEL, INPUT), other)))


c = Corpus("es", "-train")
ASK_OR_DONE = Type(DONE, CONF, SEL)
COFFEE = ("coffee", "cafe")

# ---- add ---------------------------------------------------------------------------------
c.add(
    "bogota",
    "agregame la catedral primada el dia 4 porfa",
    day=4,
    terms=("cathedral",),
    name="Catedral Primada",
)
c.add("bogota", "parce metele un sitio de arepas al dia 4", day=4, terms=("arepas",))
c.add(
    "cartagena",
    "quiero ir a la popa, ponlo el dia 4",
    day=4,
    terms=("monastery",),
    name="Convento de la Popa",
)
c.add(
    "cartagena",
    "oye y si agregamos el museo naval el dia 4?",
    day=4,
    terms=("naval history",),
    name="Museo Naval del Caribe",
)
c.add("kyoto", "che sumame un templo zen el dia 3", day=3, terms=("zen",))
c.add(
    "porto",
    "pon el mercado do bolhao el dia 5 q queremos comprar cosas",
    day=5,
    terms=("market",),
    name="Mercado do Bolhão",
)
c.add(
    "edinburgh",
    "añade un pub con musica en vivo el dia 4",
    day=4,
    terms=("pub", "live music", "bar"),
)
c.add("goa", "agrega una playa tranquila pal dia 4", day=4, terms=("beach",))
c.add(
    "bogota",
    "me regalas el jardin botanico el dia 4?",
    day=4,
    terms=("botanical garden",),
    name="Jardín Botánico de Bogotá",
)
c.add(
    "hadibo",
    "ahorita agregame la laguna de detwah al dia 2",
    day=2,
    terms=("lagoon",),
    name="Detwah Lagoon",
)
c.add("cartagena", "metan las murallas el dia 4 pa caminar", day=4, terms=("city walls",))
c.add(
    "jaipur",
    "agrega un fuerte el dia 3, el de jaigarh",
    day=3,
    terms=("fort",),
    name="Jaigarh Fort",
)

# ---- add with a time, a part of the day or a meal ------------------------------------------
c.add(
    "bogota",
    "el dia 4 en la mañanita subimos a guadalupe",
    day=4,
    terms=("viewpoint",),
    between=MORNING,
    kind="add_slots",
    name="Cerro de Guadalupe",
)
c.add(
    "cartagena",
    "cena el dia 4 en un sitio de ceviche",
    day=4,
    terms=("ceviche",),
    between=DINNER,
    kind="add_slots",
)
c.add(
    "porto",
    "desayuno el dia 5, algo con pasteis de nata",
    day=5,
    terms=("pastel de nata",),
    between=BREAKFAST,
    kind="add_slots",
)
c.add(
    "kyoto",
    "almuerzo el dia 3 a las 12 y media, algo de tofu",
    day=3,
    terms=("tofu", "yudofu"),
    kind="add_slots",
)
c.add(
    "bogota",
    "el dia 4 a las cuatro de la tarde la quinta de bolivar",
    day=4,
    terms=("bolivar",),
    at="16:00",
    kind="add_slots",
    name="Quinta de Bolívar",
)
c.add(
    "cartagena",
    "en la tarde del dia 4 playa castillogrande",
    day=4,
    terms=("beach",),
    between=AFTERNOON,
    kind="add_slots",
    name="Playa Castillogrande",
)
c.add(
    "edinburgh",
    "pa la noche del dia 4 un bar de whisky",
    day=4,
    terms=("whisky",),
    between=EVENING,
    kind="add_slots",
)
c.add(
    "goa",
    "el dia 4 a las 10 de la mañana el fuerte reis magos",
    day=4,
    terms=("fort",),
    at="10:00",
    kind="add_slots",
    name="Reis Magos Fort",
)
c.add(
    "mumbai",
    "mañana a la hora de la cena algo de mariscos",
    day=2,
    terms=("seafood",),
    between=DINNER,
    kind="add_slots",
)
c.add(
    "porto",
    "el dia 5 a las 9 de la noche unos tragos",
    day=5,
    terms=("cocktails", "bar", "nightlife", "wine"),
    at="21:00",
    kind="add_slots",
)

# ---- wishes ---------------------------------------------------------------------------------
c.add(
    "bogota",
    "algo barato pa comer el dia 4, estamos cortos de plata",
    day=4,
    wish=CHEAP,
    terms=("restaurant", "cafe", "bakery", "street food", "cheap eats", "budget"),
    kind="wishes",
)
c.add(
    "cartagena",
    "un restaurante romantico pa la cena del dia 4, es aniversario 💕",
    day=4,
    wish=ROMANTIC,
    between=DINNER,
    kind="wishes",
)
c.add(
    "porto",
    "soy vegana, algo vegetariano pal almuerzo del dia 5",
    day=5,
    wish=VEGGIE,
    between=LUNCH,
    kind="wishes",
)
c.add(
    "mumbai",
    "un rooftop pa esta noche, con vista",
    day=1,
    wish=ROOFTOP,
    terms=("bar", "rooftop", "restaurant"),
    kind="wishes",
)
c.add("bogota", "vamos con los niños, algo pa familias el dia 4", day=4, wish=FAMILY, kind="wishes")
c.add(
    "cartagena",
    "el mejor cafe q haya, bien puntuado, el dia 4",
    day=4,
    wish=TOP_RATED,
    terms=COFFEE,
    kind="wishes",
)
c.add("kyoto", "ramen economico el dia 3 porfa", day=3, terms=("ramen",), wish=CHEAP, kind="wishes")
c.add("edinburgh", "algo vegano y no muy caro el dia 4", day=4, wish=VEGGIE, kind="wishes")

# ---- remove ---------------------------------------------------------------------------------
c.case(
    "remove",
    "bogota",
    S("quita el museo botero", ASK_OR_DONE),
    go("si"),
    final=(Removed("Museo Botero", 2),),
)
c.case(
    "remove",
    "cartagena",
    S("saca el palacio de la inquisicion q da miedo jaja", ASK_OR_DONE),
    go("dale"),
    final=(Removed("Palacio de la Inquisición", 2),),
)
c.case(
    "remove",
    "kyoto",
    S("borra ryoanji del dia 1 xfa", ASK_OR_DONE),
    go("va"),
    final=(Removed("Ryoan-ji", 1),),
)
c.case(
    "remove",
    "porto",
    S("ya no queremos ir a la torre dos clerigos", ASK_OR_DONE),
    go("sip"),
    final=(Removed("Torre dos Clérigos", 1),),
)
c.case(
    "remove",
    "bogota",
    S("el dia 1 esta muy cargado, alivianalo", ASK_OR_DONE),
    go("si"),
    final=(Lighter(1),),
)
c.case(
    "remove",
    "edinburgh",
    S("eliminar calton hill", ASK_OR_DONE),
    go("vale"),
    final=(Removed("Calton Hill", 2),),
)

# ---- clear ----------------------------------------------------------------------------------
c.case("clear", "bogota", S("borra todo el dia 3", ASK_OR_DONE), go("si"), final=(Cleared(3),))
c.case(
    "clear",
    "cartagena",
    S("vacia el dia 1 q lo vamos a improvisar", ASK_OR_DONE),
    go("dale"),
    final=(Cleared(1),),
)
c.case("clear", "porto", S("deja el dia 6 en blanco", ASK_OR_DONE), go("si"), final=(Cleared(6),))

# ---- move -----------------------------------------------------------------------------------
c.case(
    "move",
    "bogota",
    S("pasa el museo botero al dia 3", ASK_OR_DONE),
    go("si"),
    final=(Moved("Museo Botero", 3),),
)
c.case(
    "move",
    "cartagena",
    S("mueve bocagrande pal dia 4", ASK_OR_DONE),
    go("si"),
    final=(Moved("Playa de Bocagrande", 4),),
)
c.case(
    "move",
    "kyoto",
    S("el castillo nijo mejor el dia 1", ASK_OR_DONE),
    go("si"),
    final=(Moved("Nijo Castle", 1),),
)
c.case(
    "move",
    "porto",
    S("cambia serralves al dia 5 vale?", ASK_OR_DONE),
    go("vale"),
    final=(Moved("Museu de Serralves", 5),),
)
c.case(
    "move",
    "edinburgh",
    S("lleva arthurs seat al dia 4", ASK_OR_DONE),
    go("si"),
    final=(Moved("Arthur's Seat", 4),),
)

# ---- retime ---------------------------------------------------------------------------------
c.case(
    "retime",
    "bogota",
    S("el museo del oro a las 11 mejor", ASK_OR_DONE),
    go("si"),
    final=(Retimed("Museo del Oro", "11:00"),),
)
c.case(
    "retime",
    "cartagena",
    S("el castillo san felipe a las 4 y media de la tarde", ASK_OR_DONE),
    go("si"),
    final=(Retimed("Castillo San Felipe de Barajas", "16:30"),),
)
c.case(
    "retime",
    "kyoto",
    S("atrasa kinkakuji a las diez", ASK_OR_DONE),
    go("si"),
    final=(Retimed("Kinkaku-ji", "10:00"),),
)
c.case(
    "retime",
    "porto",
    S("la ribeira a las 5 de la tarde porfa", ASK_OR_DONE),
    go("si"),
    final=(Retimed("Ribeira", "17:00"),),
)
c.case(
    "retime",
    "goa",
    S("cambia la hora de anjuna a las 6 de la tarde", ASK_OR_DONE),
    go("si"),
    final=(Retimed("Anjuna Beach", "18:00"),),
)

# ---- replace --------------------------------------------------------------------------------
c.case(
    "replace",
    "bogota",
    S("en vez del fogon llanero algo vegetariano", ASK_OR_DONE),
    answer("1"),
    answer("1"),
    final=(Replaced("Fogón Llanero", 1, (), VEGGIE),),
)
c.case(
    "replace",
    "cartagena",
    S("cambia la cevicheria caribe por algo mas barato", ASK_OR_DONE),
    answer("1"),
    answer("1"),
    final=(Replaced("La Cevichería Caribe", 1, (), CHEAP),),
)
c.case(
    "replace",
    "kyoto",
    S("reemplaza menya kurogane por sushi", ASK_OR_DONE),
    answer("1"),
    answer("1"),
    final=(Replaced("Menya Kurogane", 2, ("sushi",)),),
)
c.case(
    "replace",
    "porto",
    S("la casa da francesinha no, mejor mariscos", ASK_OR_DONE),
    answer("1"),
    answer("1"),
    final=(Replaced("Casa da Francesinha", 4, ("seafood",)),),
)

# ---- swap days ------------------------------------------------------------------------------
c.case(
    "swap_days",
    "bogota",
    S("intercambia el dia 1 con el 3", ASK_OR_DONE),
    go("si"),
    final=(Swapped(1, 3),),
)
c.case(
    "swap_days",
    "cartagena",
    S("cambia el dia 2 por el 5", ASK_OR_DONE),
    go("si"),
    final=(Swapped(2, 5),),
)
c.case(
    "swap_days",
    "kyoto",
    S("invierte los dias 2 y 3", ASK_OR_DONE),
    go("si"),
    final=(Swapped(2, 3),),
)

# ---- trip -----------------------------------------------------------------------------------
c.case(
    "trip",
    "bogota",
    S("nos quedamos un dia mas!! agrega un dia", ASK_OR_DONE),
    go("si"),
    final=(Days(5),),
)
c.case(
    "trip",
    "cartagena",
    S("quita el ultimo dia q nos regresamos antes", ASK_OR_DONE),
    go("si"),
    final=(Days(5),),
)
c.case(
    "trip",
    "kyoto",
    S("llegamos el 10 de diciembre, cambia la fecha", Type(DONE, CONF, INPUT)),
    go("si"),
    final=(Start("2026-12-10"),),
)
c.case(
    "trip",
    "porto",
    S("el viaje empieza el 12 de diciembre ahora", Type(DONE, CONF, INPUT)),
    go("si"),
    final=(Start("2026-12-12"),),
)
c.case("trip", "jaipur", S("agregale dos dias al viaje", ASK_OR_DONE), go("si"), final=(Days(5),))

# ---- undo -----------------------------------------------------------------------------------
c.case("undo", "bogota", S("borra monserrate"), go("si"), S("no no, deshaz eso"), final=(Same(),))
c.case(
    "undo",
    "cartagena",
    S("vacia el dia 3"),
    go("si"),
    S("uy me equivoque, vuelve atras"),
    final=(Same(),),
)
c.case("undo", "kyoto", S("mueve gion al dia 3"), go("si"), S("deshacer"), final=(Same(),))

# ---- show -----------------------------------------------------------------------------------
c.still("show", "bogota", "q tenemos el dia 2?", Says("Monserrate", "Museo Botero"))
c.still("show", "cartagena", "muestrame el itinerario", Says("Walled City", "Getsemaní"))
c.still("show", "kyoto", "que hay pal miercoles", Says("Arashiyama Bamboo Grove"))
c.still("show", "mumbai", "q hacemos mañana?", Says("Elephanta Caves"))
c.still("show", "porto", "recuerdame el plan del dia 4", Says("Sé do Porto"))

# ---- plan -----------------------------------------------------------------------------------
c.case(
    "plan",
    "blank",
    S("armame el viaje a kyoto, nos gustan los templos", Type(DONE, CONF, SEL, INPUT)),
    answer("templos y comida"),
    answer("templos y comida"),
    final=(Plan("kyoto", 2),),
)
c.case(
    "plan",
    "blank",
    S("planea los 2 dias en kyoto porfa", Type(DONE, CONF, SEL, INPUT)),
    answer("de todo"),
    answer("de todo"),
    final=(Plan("kyoto", 2),),
)
c.case(
    "plan",
    "blank",
    S("organizame dos dias en oporto", Type(DONE, CONF, SEL, INPUT)),
    answer("vino y comida"),
    answer("vino y comida"),
    final=(Plan("porto", 2),),
)

# ---- explain --------------------------------------------------------------------------------
c.still("explain", "bogota", "xq pusiste la casona del ajiaco?", Says("La Casona del Ajiaco"))
c.still(
    "explain",
    "cartagena",
    "que tiene de especial el castillo san felipe",
    Says("Castillo San Felipe de Barajas"),
)
c.still("explain", "kyoto", "por que sanjusangendo?", Says("Sanjusangen-do"))
c.still("explain", "porto", "cuentame de la livraria lello", Says("Livraria Lello"))

# ---- book -----------------------------------------------------------------------------------
c.case(
    "book",
    "bogota",
    S("reservame en el fogon llanero pa 2 a las 8 de la noche", Type(CONF, INPUT, SEL, DONE)),
    answer("2 personas a las 20:00"),
    answer("2 personas a las 20:00"),
    final=(Booked("Fogón Llanero", 2, "20:00"),),
)
c.case(
    "book",
    "cartagena",
    S("haz una reserva en la cevicheria caribe para 4 personas", Type(CONF, INPUT, SEL, DONE)),
    answer("4 personas"),
    answer("4 personas"),
    final=(Booked("La Cevichería Caribe", 4),),
)
c.case(
    "book",
    "kyoto",
    S(
        "quiero reservar mesa en kamogawa kaiseki, somos 3, a las 7 pm",
        Type(CONF, INPUT, SEL, DONE),
    ),
    answer("3 a las 19:00"),
    answer("3 a las 19:00"),
    final=(Booked("Kamogawa Kaiseki", 3, "19:00"),),
)
c.case(
    "book",
    "porto",
    S("me reservas la marisqueira da foz pa 2?", Type(CONF, INPUT, SEL, DONE)),
    answer("2"),
    answer("2"),
    final=(Booked("Marisqueira da Foz", 2),),
)

# ---- expert ---------------------------------------------------------------------------------
c.case(
    "expert",
    "bogota",
    S("quiero hablar con un experto local", Type(DONE, CONF, INPUT)),
    answer("cafe y arte"),
    answer("cafe y arte"),
    final=(Lead(),),
)
c.case(
    "expert",
    "cartagena",
    S("hay algun guia local q nos ayude?", Type(DONE, CONF, INPUT)),
    answer("historia"),
    answer("historia"),
    final=(Lead(),),
)
c.case(
    "expert",
    "kyoto",
    S("ponme en contacto con alguien de alla q conozca kyoto", Type(DONE, CONF, INPUT)),
    answer("templos"),
    answer("templos"),
    final=(Lead(),),
)

# ---- help -----------------------------------------------------------------------------------
c.chat("help", "bogota", "ayudaaa 🙏")
c.chat("help", "cartagena", "q cosas puedes hacer?")
c.chat("help", "kyoto", "como funciona esto")

# ---- social ---------------------------------------------------------------------------------
c.chat("social", "bogota", "gracias parce, muy bacano")
c.chat("social", "cartagena", "holaa buenas")
c.chat("social", "kyoto", "che sos un genio, gracias")
c.chat("social", "porto", "vale, mil gracias tio")

# ---- info -----------------------------------------------------------------------------------
c.still("info", "bogota", "a q hora abre el museo del oro", Says("Museo del Oro"))
c.still(
    "info",
    "cartagena",
    "hasta q hora esta abierto el castillo san felipe?",
    Says("Castillo San Felipe de Barajas"),
)
c.still("info", "kyoto", "horario de nijo castle", Says("Nijo Castle"))
c.still("info", "porto", "cuando cierra el palacio da bolsa", Says("Palácio da Bolsa"))

# ---- choice ---------------------------------------------------------------------------------
c.case(
    "choice",
    "bogota",
    S("agrega un cafe el dia 4", Type(SEL)),
    S("el segundo", Type(DONE), Chose(1)),
)
c.case(
    "choice",
    "cartagena",
    S("busca un restaurante de mariscos pal dia 4", Type(SEL)),
    S("la primera opcion", Type(DONE), Chose(0)),
)
c.case(
    "choice", "porto", S("agrega un mirador el dia 5", Type(SEL)), S("el 3", Type(DONE), Chose(2))
)
c.case(
    "choice",
    "kyoto",
    S("añade un cafe el dia 3", Type(SEL)),
    S("dale con el primero", Type(DONE), Chose(0)),
)

# ---- duplicate ------------------------------------------------------------------------------
c.still("duplicate", "bogota", "agrega monserrate el dia 2", types=(DONE, CONF, INPUT))
c.still("duplicate", "cartagena", "pon la ciudad amurallada el dia 1", types=(DONE, CONF, INPUT))
c.still("duplicate", "kyoto", "agrega fushimi inari al dia 2", types=(DONE, CONF, INPUT))

# ---- clash ----------------------------------------------------------------------------------
c.case(
    "clash",
    "bogota",
    S("agrega un cafe el dia 1 a las 8", Type(SEL, CONF, DONE, INPUT)),
    go("si"),
    go("si"),
    final=(ClashHandled(1, "08:00", COFFEE),),
)
c.case(
    "clash",
    "cartagena",
    S("pon un bar el dia 1 a las 7 y media de la noche", Type(SEL, CONF, DONE, INPUT)),
    go("si"),
    go("si"),
    final=(ClashHandled(1, "19:30", ("bar",)),),
)
c.case(
    "clash",
    "kyoto",
    S("sushi el dia 1 a las 19", Type(SEL, CONF, DONE, INPUT)),
    go("si"),
    go("si"),
    final=(ClashHandled(1, "19:00", ("sushi",)),),
)

# ---- referent -------------------------------------------------------------------------------
c.case(
    "referent",
    "bogota",
    S("agrega el chorro de quevedo el dia 4"),
    pick(),
    S("a q hora abre?", Type(DONE), SaysLast()),
)
c.case(
    "referent",
    "cartagena",
    S("agrega la torre del reloj el dia 4"),
    pick(),
    S("muevelo al dia 3", ASK_OR_DONE),
    go("si"),
    final=(Moved("Torre del Reloj", 3),),
)
c.case(
    "referent",
    "porto",
    S("agrega un sitio de sushi el dia 5"),
    pick(),
    S("mejor quitalo", ASK_OR_DONE),
    go("si"),
    final=(NoLoss(), NewCount(0)),
)
c.case(
    "referent",
    "kyoto",
    S("agrega tofuku-ji el dia 3"),
    pick(),
    S("ponlo a las 11", ASK_OR_DONE),
    go("si"),
    final=(Retimed("Tofuku-ji", "11:00"),),
)

# ---- multi ----------------------------------------------------------------------------------
c.case(
    "multi",
    "bogota",
    S("quita el museo botero y agrega un cafe el dia 2", Type(DONE, CONF, SEL, "PARTIAL")),
    go("si"),
    go("si"),
    final=(Added(2, COFFEE, only=False), Kept("Monserrate")),
)
c.case(
    "multi",
    "cartagena",
    S("mueve getsemani al dia 4 y borra el dia 6", Type(DONE, CONF, SEL, "PARTIAL")),
    go("si"),
    go("si"),
    final=(Moved("Getsemaní", 4, alone=False), Cleared(6, others=False)),
)
c.case(
    "multi",
    "kyoto",
    S("pon kinkakuji a las 10 y quita ryoanji", Type(DONE, CONF, SEL, "PARTIAL")),
    go("si"),
    go("si"),
    final=(Retimed("Kinkaku-ji", "10:00", alone=False), Removed("Ryoan-ji")),
)

# ---- slot fill ------------------------------------------------------------------------------
c.add(
    "cartagena",
    "el almuerzo del dia 2 en un sitio de comida tipica",
    day=2,
    terms=("colombian", "caribbean", "traditional", "local food"),
    slot="Almuerzo",
    kind="slot_fill",
)
c.add(
    "cartagena",
    "pa la cena del dia 6 algo italiano",
    day=6,
    terms=("italian",),
    slot="Cena",
    kind="slot_fill",
)
c.add(
    "bogota",
    "el desayuno del dia 2, unas almojabanas o algo asi",
    day=2,
    terms=("breakfast", "bakery", "cafe", "almojabana"),
    slot="Breakfast",
    kind="slot_fill",
)
c.add(
    "bogota",
    "la cena del dia 2 en un asadero",
    day=2,
    terms=("steak", "grill", "barbecue", "steakhouse"),
    slot="Dinner",
    kind="slot_fill",
)
c.add("kyoto", "almuerzo dia 1 ramen", day=1, terms=("ramen",), slot="Lunch", kind="slot_fill")

# ---- días y horas en palabras, autocorrecciones, audios transcritos, respuestas ----------------
c.add(
    "cartagena",
    "oye guey agrega unos tacos pa la cena del dia 4",
    day=4,
    terms=("tacos",),
    between=DINNER,
    kind="add_slots",
)
c.add(
    "bogota",
    "de pronto podemos meter un sitio de empanadas el dia 4?",
    day=4,
    terms=("empanadas", "arepas"),
)
c.add(
    "bogota",
    "che el dia 4 a la noche un boliche pa bailar salsa",
    day=4,
    terms=("salsa", "dancing"),
    between=EVENING,
    kind="add_slots",
)
c.add("cartagena", "al tiro agrega un cafe bacan el dia 4 po", day=4, terms=COFFEE)
c.case(
    "remove",
    "cartagena",
    S("vale, pues quita el castillo de san felipe, que no mola", ASK_OR_DONE),
    go("vale"),
    final=(Removed("Castillo San Felipe de Barajas", 1),),
)
c.case(
    "retime",
    "bogota",
    S("el museo del oro a las diez y media", ASK_OR_DONE),
    go("si"),
    final=(Retimed("Museo del Oro", "10:30"),),
)
c.add(
    "cartagena",
    "cena a las ocho y cuarto el dia 4, algo de mariscos",
    day=4,
    terms=("seafood",),
    at="20:15",
    kind="add_slots",
)
c.add(
    "bogota",
    "el dia 4 al mediodia comida peruana",
    day=4,
    terms=("peruvian",),
    at="12:00",
    kind="add_slots",
)
c.add("bogota", "agrega un cafe el dia 3, no perdon, el dia 4", day=4, terms=COFFEE)
c.case(
    "move",
    "bogota",
    S("mueve la candelaria al dia 2... no, al 3", ASK_OR_DONE),
    go("si"),
    final=(Moved("La Candelaria", 3),),
)
c.case("trip", "cartagena", S("elimina el dia 6", ASK_OR_DONE), go("dale nomas"), final=(Days(5),))
c.case(
    "clear",
    "bogota",
    S("vacia el dia 2", Type(CONF)),
    S("no no mejor dejalo asi", Type(DONE), Same()),
    final=(Same(),),
)
c.case(
    "choice",
    "bogota",
    S("ponme un cafecito el dia 4", Type(SEL)),
    S("ninguno me convence", Type(DONE, SEL, INPUT), Same()),
    final=(NewCount(0),),
)
c.case(
    "choice",
    "cartagena",
    S("agrega alguna playa pal dia 4", Type(SEL)),
    S("el ultimo", Type(DONE), Chose(-1)),
)
c.add(
    "cartagena",
    "el viernes agrega el museo de arte moderno",
    day=5,
    terms=("modern art",),
    name="Museo de Arte Moderno de Cartagena",
)
c.add(
    "mumbai",
    "pasado mañana queremos ir al templo mahalaxmi",
    day=3,
    terms=("temple",),
    name="Mahalaxmi Temple",
)
c.add(
    "bogota",
    "bueno entonces para el dia cuatro en la tarde estaba pensando que podriamos ir "
    "a algun parque con los niños algo tranquilo",
    day=4,
    terms=("park",),
    wish=FAMILY,
    between=AFTERNOON,
    kind="wishes",
)
c.add(
    "cartagena",
    "apuntame una cena romantica el sabado",
    day=6,
    wish=ROMANTIC,
    between=DINNER,
    kind="wishes",
)
c.still("show", "bogota", "q onda con el dia 3?", Says("Jardín Botánico de Bogotá"))
c.case("undo", "bogota", S("quita la candelaria"), go("si"), S("ctrl z jaja"), final=(Same(),))
c.chat("social", "cartagena", "chido, gracias!")
c.chat("social", "bogota", "buenas noches, hasta mañana")
c.still("info", "bogota", "el museo botero es gratis?", Says("Museo Botero"))
c.case(
    "multi",
    "bogota",
    S(
        "agrega un cafe el dia 4 y una cena de mariscos ese mismo dia",
        Type(DONE, CONF, SEL, "PARTIAL"),
    ),
    go("si"),
    go("1"),
    go("1"),
    final=(Added(4, COFFEE, only=False), Added(4, ("seafood",), only=False), NewCount(2)),
)

# ---- locale (a Spanish message from a traveler whose setting is another language) -----------
c.case("locale", "bogota", S("que hay el dia 1?", Type(DONE), Says("Museo del Oro")), locale="en")
c.case(
    "locale",
    "cartagena",
    S("agrega un cafe el dia 4 porfa", Type(SEL, DONE), When(SEL, Same(), Cards(COFFEE))),
    pick(),
    locale="pt",
    final=(Added(4, COFFEE),),
)
c.case("locale", "kyoto", S("muchas gracias!", Type(DONE), NoDump()), locale="en")

# ---- pedidos con flechas; una reserva de un lugar que aún no está en el viaje ---------------
c.case(
    "move",
    "kyoto",
    S("fushimi inari dia 2 -> dia 3 porfa", Type(DONE)),
    final=(Moved("Fushimi Inari", 3),),
)
c.case("swap_days", "kyoto", S("dia 1 ↔ dia 3", Type(DONE, CONF)), go("si"), final=(Swapped(1, 3),))
c.case(
    "book",
    "kyoto",
    S(
        "reserva en gion tempura kaneda el dia 2 pa 4 a las 21h",
        Type(CONF),
        Says("Gion Tempura Kaneda"),
    ),
    S("si", Type(DONE)),
    final=(Booked("Gion Tempura Kaneda", party=4, at="21:00"),),
)

# The traveler's setting is Spanish, except where the case is about the setting itself.
# ---- trip settings, a place's address, bare answers (session u7trip) ------------------------
c.edit(
    "trip",
    "cartagena",
    "al final arrancamos el 10 de diciembre, cambia la fecha",
    Start("2026-12-10"),
    confirm="sí",
)
c.edit("trip", "kyoto", "q el viaje quede en 5 dias porfa", Days(5), confirm="sí")
c.edit("trip", "edinburgh", "un dia menos, nos volvemos antes", Days(4), confirm="dale")
c.still("info", "cartagena", "donde queda la cevicheria caribe?", Says("Cevichería Caribe"))
c.case(
    "slot_fill",
    "kyoto",
    S("cambia el kinkaku-ji de dia", Type(INPUT), Same()),
    S("pal 2", Type(DONE)),
    final=(Moved("Kinkaku-ji", 2),),
)
c.flow(
    "book",
    "cartagena",
    "reserva la cevicheria caribe el dia 1, yo y mi novia",
    Booked("La Cevichería Caribe", party=2),
    confirm="si",
    answer="a las 8 de la noche",
)
c.edit(
    "retime",
    "kyoto",
    "el kiyomizu-dera ponedlo a las 10 q por la tarde hace calor",
    Retimed("Kiyomizu-dera", "10:00"),
    confirm="sí",
)

# ---- algo rechazado para otro día: se mueve ---------------------------------------------
c.edit("move", "porto", "el museo de serralves no, mejor el jueves", Moved("Museu de Serralves", 4))

CASES = [case if case.kind == "locale" else replace(case, locale="es") for case in c.cases]
