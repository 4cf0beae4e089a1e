"""Second fresh held-out set (es), written blind to the parser: it only measures.

Written on 2026-12-07 without reading the parser, the message catalog or any other corpus
case file: only the harness, the checks and the demo data. Travelers from Colombia, Mexico,
Argentina/Uruguay (voseo), Chile, Peru and Spain (vosotros) typing fast on a phone: no accents,
q/x/pa/porfa/xfa, diminutives, numbers and weekdays in words, meals by their local names
(comida, merienda, once), asides and self-corrections. Most write with their setting in
Spanish; some have it in English (or Portuguese) and must still be answered in Spanish.
Outcomes only, every reasonable path accepted; never tuned on, no floor.
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    INPUT,
    PART,
    SEL,
    Cards,
    Changed,
    Check,
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
    Filled,
    Kept,
    NewCount,
    Removed,
    Replaced,
)
from bench.understanding_corpus.places import CHEAP, FAMILY, ROOFTOP, TOP_RATED, VEGGIE, Wish
from bench.understanding_corpus.spec import (
    AFTERNOON,
    BREAKFAST,
    DINNER,
    LUNCH,
    MORNING,
    Corpus,
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

c = Corpus("es", "g")

# What a traveler means by "once" (Chile's evening tea) and "merienda": late afternoon.
TEA_TIME = ("16:00", "20:00")
SNACK_TERMS = (
    "cafe", "coffee", "tea", "bakery", "pastries", "dessert", "sweets", "ice cream", "snacks",
    "lassi", "chai",
)  # fmt: skip
COFFEE_TERMS = ("cafe", "coffee", "bakery", "breakfast")
NOT_DEAR_VEGGIE = Wish(max_price=2, keywords=VEGGIE.keywords)


def agree(confirm: str = "si", choose: str = "1", answer: str | None = None) -> Step:
    """Going along with whatever the bot asks (confirm, pick the first card, answer)."""
    return go(confirm, choose, answer=answer)


def edit(
    kind: str,
    trip: str,
    text: str,
    *final: Check,
    confirm: str = "si",
    locale: str = "es",
) -> None:
    """A direct edit: done at once, or after a confirmation the traveler gives."""
    c.case(kind, trip, S(text, Type(DONE, CONF)), yes(confirm), final=final, locale=locale)


def guided(
    kind: str,
    trip: str,
    text: str,
    *final: Check,
    first: tuple[Check, ...] = (),
    answer: str | None = None,
    rounds: int = 2,
    locale: str = "es",
) -> None:
    """A request that may take cards, a confirmation or a question before it is done."""
    c.case(
        kind,
        trip,
        S(text, Type(DONE, SEL, CONF, INPUT, PART), *first),
        *(agree(answer=answer) for _ in range(rounds)),
        final=final,
        locale=locale,
    )


# ---- add: a named place or a kind of place, on a day, at a time --------------------------

c.add(
    "bogota",
    "che agregá la Quinta de Bolivar el jueves x la tarde",
    day=4,
    name="Quinta de Bolívar",
    between=AFTERNOON,
    locale="es",
)
c.add(
    "kyoto",
    "oye agrega un lugar de ramen pa el dia 3 porfa",
    day=3,
    terms="ramen",
    locale="en",
)
c.add(
    "edinburgh",
    "Añádeme el Palace of Holyroodhouse al día 5 por la mañana, vale?",
    day=5,
    name="Palace of Holyroodhouse",
    between=MORNING,
    locale="es",
)
c.add(
    "hadibo",
    "agregame Hoq cave el martes a las tres de la tarde porfa po",
    day=2,
    name="Hoq Cave",
    at="15:00",
    locale="es",
)
c.add(
    "mumbai",
    "pasado mañana en la tarde queremos ir a Crawford Market, agregalo xfa",
    day=3,
    name="Crawford Market",
    between=AFTERNOON,
    locale="es",
)

# ---- add_slots: meals and parts of the day by their local names ---------------------------

c.add(
    "goa",
    "pon un lugar de mariscos pa la comida del miercoles",
    day=3,
    terms="seafood",
    between=LUNCH,
    kind="add_slots",
    locale="es",
)
c.add(
    "jaipur",
    "agregá algo pa merendar el martes, tipo 5 de la tarde",
    day=2,
    terms=SNACK_TERMS,
    between=("16:30", "17:30"),  # "tipo 5": about five
    kind="add_slots",
    locale="es",
)
c.add(
    "mumbai",
    "esta noche queremos comida callejera pa la cena 🤤",
    day=1,
    terms="street food",
    between=DINNER,
    kind="add_slots",
    locale="es",
)
c.add(
    "bogota",
    "para el desayuno del martes un sitio con buen cafecito",
    day=2,
    terms=COFFEE_TERMS,
    between=BREAKFAST,
    kind="add_slots",
    locale="es",
)
c.add(
    "cartagena",
    "al mediodia del sabado queremos comida tipica costeña, q nos recomiendas?",
    day=6,
    terms=("colombian", "caribbean"),
    between=LUNCH,
    kind="add_slots",
    locale="es",
)

# ---- wishes: price, rating, vegetarian, rooftop, family -----------------------------------

c.add(
    "kyoto",
    "algo vegetariano pa almorzar el dia 1, nada muy caro",
    day=1,
    wish=NOT_DEAR_VEGGIE,
    between=LUNCH,
    kind="wishes",
    locale="es",
)
c.add(
    "hadibo",
    "quiero un sushi baratito para el dia 2",
    day=2,
    terms="sushi",
    wish=CHEAP,
    kind="wishes",
    locale="es",
)
c.add(
    "jaipur",
    "Búscame un rooftop guay para cenar el lunes",
    day=1,
    wish=ROOFTOP,
    between=DINNER,
    kind="wishes",
    locale="es",
)
c.add(
    "porto",
    "che sumá un lugar con muy buenas reseñas pa cenar el sabado, minimo 4.5 estrellas",
    day=6,
    terms="restaurant",
    wish=TOP_RATED,
    between=DINNER,
    kind="wishes",
    locale="es",
)
c.add(
    "bogota",
    "vamos con los peques, agrega un plan pa niños el jueves en la mañana",
    day=4,
    wish=FAMILY,
    between=MORNING,
    kind="wishes",
    locale="es",
)
c.add(
    "cartagena",
    "pa tomar once el jueves algo baratito, un tecito o cafecito con algo dulce",
    day=4,
    terms=SNACK_TERMS,
    wish=CHEAP,
    between=TEA_TIME,
    kind="wishes",
    locale="es",
)

# ---- remove ------------------------------------------------------------------------------

edit("remove", "goa", "quita la playa de anjuna, ya no vamos", Removed("Anjuna Beach", 2))
edit(
    "remove",
    "porto",
    "Quitadme la Livraria Lello, que hay demasiada cola",
    Removed("Livraria Lello", 1),
)
edit(
    "remove",
    "edinburgh",
    "borra el greyfriars kirkyard del dia 2 plis",
    Removed("Greyfriars Kirkyard", 2),
    locale="en",
)

# ---- clear a day (asks first) ------------------------------------------------------------

c.ask_first(
    "clear", "kyoto", "vacia el dia 2 completo, lo queremos libre", "si, dale", Cleared(2),
    locale="es",
)  # fmt: skip
c.ask_first("clear", "cartagena", "borra todo lo del martes porfa", "si", Cleared(2), locale="es")
c.ask_first(
    "clear", "jaipur", "sacá todo del día 3, vamos a descansar", "dale", Cleared(3), locale="es"
)

# ---- move to another day -----------------------------------------------------------------

edit("move", "bogota", "pasa el Museo del Oro pal dia 3", Moved("Museo del Oro", 3))
edit("move", "porto", "mové la Ribeira al viernes", Moved("Ribeira", 5))
edit(
    "move",
    "edinburgh",
    "mueve Arthur's Seat al día 2, no espera, mejor al 4",
    Moved("Arthur's Seat", 4),
)
edit("move", "mumbai", "la Marine Drive pasala para esta noche", Moved("Marine Drive", 1))
edit("move", "hadibo", "cambia el mercado pal dia 1", Moved("Hadibo Old Market", 1))

# ---- retime ------------------------------------------------------------------------------

edit(
    "retime",
    "kyoto",
    "el ramen del dia 2 cambialo a las 2 de la tarde",
    Retimed("Menya Kurogane", "14:00"),
)
edit(
    "retime",
    "cartagena",
    "el castillo de san felipe mejor a las 4 y media",
    Retimed("Castillo San Felipe de Barajas", "16:30"),
)
edit(
    "retime",
    "goa",
    "Retrasa la cena del día 3 a las nueve y cuarto",
    Retimed("Vindaloo & Vinho", "21:15"),
)
edit(
    "retime",
    "jaipur",
    "el Amber Fort pasalo a las 8 de la mañana q despues hace un calor barbaro",
    Retimed("Amber Fort", "08:00"),
)
edit(
    "retime",
    "porto",
    "la marisqueira ponla a las 21 hrs porfa",
    Retimed("Marisqueira da Foz", "21:00"),
    locale="en",
)

# ---- replace -----------------------------------------------------------------------------

guided(
    "replace",
    "hadibo",
    "cambia el Corniche Fish Grill por un sitio de comida yemeni",
    Replaced("Corniche Fish Grill", 1, ("yemeni",)),
    first=(When(SEL, Same(), Cards(("yemeni",))),),
)
guided(
    "replace",
    "bogota",
    "en vez del Fogón Llanero pon algo italiano",
    Replaced("Fogón Llanero", 1, ("italian",)),
    first=(When(SEL, Same(), Cards(("italian",))),),
)
guided(
    "replace",
    "edinburgh",
    "Sustituye The Thistle & Stag por algo vegano, porfa",
    Replaced("The Thistle & Stag", 1, ("vegan",)),
    first=(When(SEL, Same(), Cards(("vegan",))),),
)
guided(
    "replace",
    "goa",
    "la casa xacuti no me late, cambiala x otro de mariscos",
    Replaced("Casa Xacuti", 1, ("seafood",)),
    first=(When(SEL, Same(), Cards(("seafood",), exclude=("Casa Xacuti",))),),
)
guided(
    "replace",
    "jaipur",
    "reemplaza el Hawa Mahal por un templo",
    Replaced("Hawa Mahal", 1, ("temple",)),
    first=(When(SEL, Same(), Cards(("temple",))),),
    locale="en",
)

# ---- swap two days -----------------------------------------------------------------------

edit("swap_days", "kyoto", "intercambia el dia 1 con el 3", Swapped(1, 3))
edit(
    "swap_days",
    "bogota",
    "pasá lo del lunes al martes y lo del martes al lunes",
    Swapped(1, 2),
    confirm="dale",
)
edit(
    "swap_days",
    "porto",
    "¿Podéis cambiar el orden del día 2 y el día 4? Mejor hacer el 4 antes",
    Swapped(2, 4),
    confirm="vale",
)

# ---- trip-wide changes -------------------------------------------------------------------

guided("trip", "edinburgh", "añade un día más al final del viaje porfa", Days(6))
guided("trip", "cartagena", "al final nos quedamos solo 4 dias, acorta el viaje", Days(4))
guided(
    "trip",
    "goa",
    "cambia la fecha de inicio al diez de diciembre",
    Start("2026-12-10"),
    Days(4),
)
guided("trip", "mumbai", "sacá el día 3 del viaje, volvemos antes", Days(2))

# ---- undo --------------------------------------------------------------------------------

c.case(
    "undo",
    "hadibo",
    S("quita Delisha Beach del dia 1", Type(DONE, CONF)),
    yes("si"),
    S("ay no, me equivoque, deshacelo", Type(DONE)),
    final=(Same(), Kept("Delisha Beach", 1)),
    locale="es",
)
c.case(
    "undo",
    "kyoto",
    S(
        "añade el Ginkaku-ji el día 3",
        Type(SEL, DONE, CONF),
        When(DONE, Added(3, name="Ginkaku-ji")),
    ),
    go("si", "1", Type(DONE), Added(3, name="Ginkaku-ji")),
    S("mmm no, deshazlo", Type(DONE)),
    final=(Same(),),
    locale="es",
)
c.case(
    "undo",
    "porto",
    S("pon la Casa da Francesinha a las 2", Type(DONE, CONF), When(DONE, Changed())),
    yes("sí"),
    S("no mejor regrésalo como estaba", Type(DONE)),
    final=(Same(),),
    locale="es",
)

# ---- show --------------------------------------------------------------------------------

c.still(
    "show", "mumbai", "q tengo pa ma~nana?", Says("Elephanta Caves", "Marine Drive"), locale="es"
)
c.still("show", "cartagena", "muéstrame el itinerario del sábado", Says("Las Bóvedas"), locale="es")
c.still(
    "show",
    "hadibo",
    "¿Qué tenemos el día 3?",
    Says("Haggeher Foothills Viewpoint", "Al Saqr Yemeni Kitchen", "Hadibo Old Market"),
    locale="es",
)

# ---- plan a whole trip -------------------------------------------------------------------

guided(
    "plan",
    "blank",
    "arma un plan de 2 dias en kioto porfa",
    Plan("kyoto", 2),
    answer="templos y comida rica",
)
guided(
    "plan",
    "goa",
    "cambio de planes jaja, armame un viaje de 3 dias en Bogotá",
    Plan("bogota", 3),
    answer="museos y cafe",
)
guided(
    "plan",
    "blank",
    "Organízame un finde romántico en Oporto, 2 días",
    Plan("porto", 2, includes=(("romantic",),)),
    answer="vino y miradores",
    locale="en",
)

# ---- explain -----------------------------------------------------------------------------

c.still(
    "explain", "hadibo", "por q elegiste el Corniche Fish Grill?", Says("Corniche Fish Grill"),
    locale="es",
)  # fmt: skip
c.still(
    "explain", "kyoto", "Cuéntame algo del Kinkaku-ji, ¿merece la pena?", Says("Kinkaku-ji"),
    locale="es",
)  # fmt: skip
c.still(
    "explain", "bogota", "q onda la candelaria? vale la pena ir?", Says("La Candelaria"),
    locale="en",
)  # fmt: skip

# ---- book --------------------------------------------------------------------------------

guided(
    "book",
    "bogota",
    "resérvame mesa en el Fogón Llanero pa 4 personas a las 7 y media de la noche",
    Booked("Fogón Llanero", party=4, at="19:30"),
    answer="4 personas a las 7:30 pm",
)
guided(
    "book",
    "cartagena",
    "reservá en La Cevicheria Caribe para dos a la 1 del mediodia",
    Booked("La Cevichería Caribe", party=2, at="13:00"),
    answer="somos 2, a la 1",
)
guided(
    "book",
    "kyoto",
    "¿Me puedes reservar en Kamogawa Kaiseki para tres personas a las ocho de la noche?",
    Booked("Kamogawa Kaiseki", party=3, at="20:00"),
    answer="3 personas, 20:00",
)

# ---- a local expert ----------------------------------------------------------------------

guided(
    "expert",
    "kyoto",
    "quiero un guia local q sepa de comida y sake",
    Lead(),
    answer="somos 2, presupuesto medio, comida y sake",
)
guided(
    "expert",
    "cartagena",
    "me conectas con un experto local? queremos ir a las islas a hacer snorkel 🤿",
    Lead(),
    answer="islas y snorkel, somos 3",
)
guided(
    "expert",
    "porto",
    "Necesito a alguien de allí que nos organice una visita a las bodegas de vino",
    Lead(),
    answer="vino de Oporto, 2 personas",
    locale="en",
)

# ---- help --------------------------------------------------------------------------------

c.chat("help", "goa", "q puedo hacer aca? como funciona esto", locale="es")
c.chat("help", "blank", "hola! como te uso? que cosas sabés hacer?", locale="es")
c.chat("help", "porto", "No me entero de nada jaja, ¿me explicas cómo añado cosas?", locale="es")

# ---- several requests in one message -----------------------------------------------------

guided(
    "multi",
    "kyoto",
    "quita el Ryoan-ji y pon un cafecito en la tarde del dia 1",
    Removed("Ryoan-ji", 1),
    Added(1, ("cafe", "coffee"), between=AFTERNOON, only=False),
    first=(When(SEL, Cards(("cafe", "coffee"))),),
    locale="es",
)
guided(
    "multi",
    "goa",
    "mueve el Fort Aguada al dia 4 y agrega una playa el dia 3 en la tarde",
    Moved("Fort Aguada", 4, alone=False),
    Added(3, ("beach",), between=AFTERNOON, only=False),
    locale="es",
)
guided(
    "multi",
    "edinburgh",
    "Pon el desayuno del día 2 en algún sitio de brunch, y cambia el National Museum a las 11",
    Filled(2, ("Breakfast",), ("brunch", "breakfast")),
    Retimed("National Museum of Scotland", "11:00", alone=False),
    locale="es",
)
guided(
    "multi",
    "mumbai",
    "esta noche cenamos algo vegetariano y mañana quita Elephanta q queda muy lejos",
    Added(1, wish=VEGGIE, between=DINNER, only=False),
    Removed("Elephanta Caves", 2),
    locale="es",
)
guided(
    "multi",
    "porto",
    "sacá el Palacio da Bolsa, mové la catedral al día 5 y agregá un lugar de pastel de nata "
    "el día 5 a la mañana",
    Removed("Palácio da Bolsa", 2),
    Moved("Sé do Porto", 5, alone=False),
    Added(5, ("pastel de nata",), between=MORNING, only=False),
    rounds=3,
    locale="es",
)

# ---- referents: "it", "there", "that place" ----------------------------------------------

c.case(
    "referent",
    "hadibo",
    S("agrega Sushi Zen el dia 2", Type(SEL, DONE)),
    pick(),
    S("y ponlo a las 8 de la noche", Type(DONE, CONF)),
    yes("si"),
    final=(Added(2, name="Sushi Zen"), Retimed(None, "20:00")),
    locale="es",
)
c.case(
    "referent",
    "bogota",
    S("agrega el Chorro de Quevedo el jueves", Type(SEL, DONE)),
    pick(),
    S("mejor pasalo pal miercoles", Type(DONE, CONF)),
    yes("si"),
    final=(Moved(None, 3),),
    locale="es",
)
c.case(
    "referent",
    "kyoto",
    S("Añade Nishiki Market el día 3 por la mañana", Type(SEL, DONE)),
    pick(),
    S("¿A qué hora cierra ese sitio?", Type(DONE), Same(), SaysLast()),
    locale="es",
)
c.case(
    "referent",
    "jaipur",
    S("pon Albert Hall Museum el dia 3 a las 2", Type(SEL, DONE), When(DONE, Changed())),
    pick(),
    S("nah siempre no, quitalo", Type(DONE, CONF)),
    yes("si"),
    final=(Same(),),
    locale="es",
)
c.case(
    "referent",
    "edinburgh",
    S("agregá Calton Hearth el viernes a la noche", Type(SEL, DONE)),
    pick(),
    S("reservá ahí para 2 a las 9 de la noche", Type(CONF, INPUT, DONE)),
    agree("dale", answer="2 personas a las 21:00"),
    final=(Added(5, name="Calton Hearth"), Booked(None, party=2, at="21:00")),
    locale="en",
)

# ---- duplicates: already on that day ------------------------------------------------------

c.case(
    "duplicate",
    "bogota",
    S("agrega el museo del oro el lunes", Type(CONF, SEL, INPUT, DONE), Same()),
    locale="es",
)
c.case(
    "duplicate",
    "kyoto",
    S("Añade Fushimi Inari al día 2", Type(CONF, SEL, INPUT, DONE), Same()),
    locale="en",
)
c.case(
    "duplicate",
    "hadibo",
    S("agrega Delisha Beach el dia 1 porfa", Type(CONF, SEL, INPUT, DONE), Same()),
    Step("ah cierto, ya estaba. entonces nada", (Type(DONE), Same()), (CONF, SEL, INPUT)),
    final=(NewCount(0),),
    locale="es",
)

# ---- clashes: the time is taken ----------------------------------------------------------

guided(
    "clash",
    "goa",
    "agrega el Reis Magos Fort el lunes a las 4 de la tarde",
    ClashHandled(1, "16:00", ("Reis Magos",)),
    answer="a las 6 de la tarde",
    locale="es",
)
guided(
    "clash",
    "kyoto",
    "méteme el Heian Shrine el dia 2 a las 4",
    ClashHandled(2, "16:00", ("Heian",)),
    answer="a las 5 entonces",
    locale="es",
)
guided(
    "clash",
    "jaipur",
    "Añade el Jal Mahal el martes a las 15:30",
    ClashHandled(2, "15:30", ("Jal Mahal",)),
    answer="a las 17:30",
    locale="es",
)

# ---- filling empty meal slots ------------------------------------------------------------

c.add(
    "cartagena",
    "el almuerzo del martes está vacío, recomiéndame algo rico",
    day=2,
    slot="Almuerzo",
    kind="slot_fill",
    locale="es",
)
guided(
    "slot_fill",
    "mumbai",
    "llena las comidas q me faltan porfa",
    Filled(1, ("Dinner",)),
    Filled(2, ("Breakfast",)),
    Filled(2, ("Lunch",)),
    rounds=4,
    locale="es",
)
c.add(
    "edinburgh",
    "Rellena los huecos de comida del día 3",
    day=3,
    slot="Lunch",
    kind="slot_fill",
    locale="es",
)

# ---- small talk --------------------------------------------------------------------------

c.chat("social", "porto", "graciaaas!! sos un genio 🙌", locale="es")
c.chat("social", "goa", "jajaja ya estamos muertos de cansancio, nos vamos a dormir", locale="es")
c.chat("social", "edinburgh", "Vale guay, muchas gracias tío!", locale="es")

# ---- questions: weather, safety, cost, share, export -------------------------------------

c.still("info", "mumbai", "va a llover manana? 🌧️", NoDump(), locale="es")
c.still("info", "cartagena", "es seguro caminar x Getsemani de noche?", NoDump(), locale="es")
c.still("info", "bogota", "cuánto me va a salir todo esto más o menos?", NoDump(), locale="es")
c.still("info", "kyoto", "comparte el plan con mi novia porfa", locale="en")
c.still("info", "jaipur", "me lo exportas al calendario del cel?", locale="es")

# ---- replies to cards and confirmations --------------------------------------------------

c.case(
    "choice",
    "hadibo",
    S("agrega un sushi el día 2", Type(SEL), Cards(("sushi",), min=2)),
    S("el segundo", Type(DONE), Chose(1)),
    locale="es",
)
c.case(
    "choice",
    "kyoto",
    S("busca una cafeteria para el dia 3 por la mañana", Type(SEL), Cards(("cafe", "coffee"))),
    S("2", Type(DONE), Chose(1)),
    locale="en",
)
c.case(
    "choice",
    "goa",
    S(
        "sumá un lugar de brunch el jueves",
        Type(SEL),
        Cards(("brunch", "breakfast", "cafe", "coffee"), min=2),
    ),
    S("el último", Type(DONE), Chose(-1)),
    locale="es",
)
c.case(
    "choice",
    "bogota",
    S("quiero comer arepas el miercoles", Type(SEL), Cards(("arepas",), min=2)),
    S("la de doña ines", Type(DONE)),
    final=(Added(3, name="Arepería Doña Inés"),),
    locale="es",
)
c.case(
    "choice",
    "cartagena",
    S("limpia el dia 3", Type(CONF, SEL), Same()),
    S("nooo mejor no, dejalo asi", Type(DONE), Same()),
    final=(Same(),),
    locale="es",
)

# ---- the setting says another language: the reply follows the traveler's ----------------

c.still("locale", "jaipur", "hola! que hay para hacer el dia 2?", Says("City Palace"), locale="en")
c.add(
    "goa",
    "agrega una iglesia el dia 4 x la mañana",
    day=4,
    terms="church",
    between=MORNING,
    kind="locale",
    locale="en",
)
c.still("locale", "porto", "cual es el plan para el sabado?", Says("Cais de Gaia"), locale="pt")

CASES = c.cases
