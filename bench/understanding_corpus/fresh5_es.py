"""Sixth fresh held-out set (es), written blind on 2026-12-07: it only measures, never tuned on.

Written without reading the parser, the intents, the agents, the message catalog or any other
corpus file's cases: only the harness, the checks, the demo trips, the demo places and the PRD.
Travelers from Mexico, Guatemala, Colombia, Venezuela, Argentina (voseo), Uruguay, Chile, Peru,
Spain (vosotros) and Puerto Rico, typing on a phone: missing accents, typos, q/xq/pa/porfa/tmb,
weekdays and ordinal days, "a las 8", "tipo 3", local words, asides, politeness and corrections
in the middle of a message. Most have their setting in Spanish; some have it in English (or
Portuguese) and must still be answered in Spanish, the language they write in.

Demo trips start on Monday 2026-12-07, so "el martes" is day 2, "el miércoles" day 3, "el
jueves" day 4, "el viernes" day 5 and "el sábado" day 6. Mumbai is under way: day 1 is today
(Monday 2026-11-23, 14:30 there), so "hoy" is day 1 and "mañana" day 2.
Outcomes only (itinerary, answer type, reply language), every reasonable path accepted; no
floor. Never tune the service on these cases.
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    INPUT,
    PART,
    SEL,
    AnyOf,
    Cards,
    Check,
    NoDump,
    Same,
    Says,
    SaysLast,
    Short,
    Type,
    Warned,
    When,
)
from bench.understanding_corpus.item_checks import (
    Added,
    Chose,
    ClashHandled,
    Filled,
    Kept,
    NoLoss,
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
    BREAKFAST,
    DINNER,
    EVENING,
    MORNING,
    Corpus,
    If,
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
    Moved,
    Plan,
    Retimed,
    Start,
    Swapped,
)

c = Corpus("es", "f5")

COFFEE = ("cafe", "coffee", "bakery", "breakfast", "brunch")
EATS = ("restaurant", "cafe", "bakery")
SEAFOOD = ("seafood", "fish", "ceviche", "shrimp", "lobster", "oysters", "mussels", "octopus")
NOODLES = ("noodles", "ramen", "udon", "soba")
ANY = (DONE, SEL, CONF, INPUT, PART)
# "Al atardecer" in December: the sun sets around 17:00-17:40 in these cities.
SUNSET = ("16:00", "20:00")


def case(
    kind: str, trip: str, *steps: Step, final: tuple[Check, ...] = (), locale: str = "es"
) -> None:
    """Any conversation, by a traveler whose setting is Spanish unless `locale` says otherwise."""
    c.case(kind, trip, *steps, final=final, locale=locale)


def agree(confirm: str = "sí", choose: str = "1", answer: str | None = None) -> Step:
    """Going along with whatever the bot asks: confirm, take a card, or answer its question."""
    return go(confirm, choose, answer=answer)


def add(
    trip: str,
    text: str,
    *,
    day: int | None,
    terms: tuple[str, ...] | str = (),
    wish: Wish | None = None,
    between: tuple[str, str] | None = None,
    at: str | None = None,
    slot: str | None = None,
    choose: str = "1",
    kind: str = "add",
    name: str | None = None,
    locale: str = "es",
) -> None:
    """'Add X': cards then a pick, or added at once; then X is on the trip as asked."""
    c.add(
        trip,
        text,
        day=day,
        terms=terms,
        wish=wish,
        between=between,
        at=at,
        slot=slot,
        choose=choose,
        kind=kind,
        name=name,
        locale=locale,
    )


def edit(
    kind: str,
    trip: str,
    text: str,
    *final: Check,
    ok: str = "sí",
    locale: str = "es",
) -> None:
    """An edit: done at once, or asked first (nothing changed yet) and then confirmed."""
    case(
        kind,
        trip,
        S(text, Type(DONE, CONF, SEL), When((CONF, SEL), Same())),
        agree(ok),
        agree(ok),
        final=final,
        locale=locale,
    )


def swap(trip: str, text: str, *final: Check, ok: str = "sí", locale: str = "es") -> None:
    """A replacement: cards for the new place (nothing changed yet), or done at once."""
    case(
        "replace",
        trip,
        S(text, Type(SEL, DONE, CONF), When((SEL, CONF), Same())),
        agree(ok),
        agree(ok),
        final=final,
        locale=locale,
    )


def ask(kind: str, trip: str, text: str, *expect: Check, locale: str = "es") -> None:
    """A question about the trip or a place: answered, nothing changed."""
    c.still(kind, trip, text, *expect, locale=locale)


def many(
    kind: str, trip: str, text: str, *final: Check, ok: str = "sí", answer: str | None = None
) -> None:
    """Something that may take a few questions (plans, bookings, experts, several requests)."""
    case(
        kind,
        trip,
        S(text, Type(*ANY)),
        agree(ok, answer=answer),
        agree(ok, answer=answer),
        agree(ok, answer=answer),
        final=final,
    )


def already(trip: str, text: str, name: str, locale: str = "es") -> None:
    """Adding what the trip already has: asked, warned, or told it is there (not added again)."""
    case(
        "duplicate",
        trip,
        S(
            text,
            AnyOf(
                (Type(CONF, SEL, INPUT), Same()),
                (Type(DONE), Warned()),
                (Type(DONE), Same(), Says(name)),
            ),
        ),
        locale=locale,
    )


def clash(trip: str, text: str, day: int, busy: str, terms: tuple[str, ...], later: str) -> None:
    """Adding at a time already taken: a warning or a question, or put in a free slot."""
    case(
        "clash",
        trip,
        S(text, Type(*ANY)),
        agree("sí", answer=later),
        agree("sí", answer=later),
        final=(ClashHandled(day, busy, terms),),
    )


# ---- add ----------------------------------------------------------------------------------

add("bogota", "agregame un lugar de ramen el jueves porfa", day=4, terms="ramen")
add(
    "kyoto",
    "oye q tal si metemos un izakaya el miércoles en la noche? a mi esposa le late la idea",
    day=3,
    terms=("izakaya",),
    between=EVENING,
)
add(
    "edinburgh",
    "Pon la Scottish National Gallery el dia 4, que ese día lo tenemos vacío",
    day=4,
    terms=("gallery", "museum"),
    name="Scottish National Gallery",
)
add("goa", "añade reis magos fort al ultimo dia", day=4, name="Reis Magos Fort")
add(
    "porto",
    "quiero ir a la Casa da Música el viernes, agregala dale",
    day=5,
    name="Casa da Música",
)
add(
    "cartagena",
    "mete una playa tranqui el jueves, algo pa ir con calma con la familia",
    day=4,
    terms=("beach",),
)
add(
    "jaipur",
    "Agrega el Albert Hall Museum el día 3 en la tarde porfavor",
    day=3,
    between=AFTERNOON,
    name="Albert Hall Museum",
)
add("hadibo", "ponme hoq cave el tercer dia", day=3, name="Hoq Cave")
add(
    "mumbai",
    "añádeme algo de street food pa mañana en la noche, queremos probar vada pav",
    day=2,
    terms=("street food", "vada pav"),
    between=EVENING,
)
add(
    "bogota",
    "agrega la Quinta de Bolívar el martes a las 3 de la tarde",
    day=2,
    at="15:00",
    name="Quinta de Bolívar",
)
add(
    "kyoto",
    "wena, agrégame el ginkakuji pal martes a las 9 de la mañana",
    day=2,
    at="09:00",
    name="Ginkaku-ji",
)
add(
    "edinburgh",
    "Hola, buenas tardes. Quisiera agregar un pub con música en vivo para el jueves x la noche",
    day=4,
    terms=("pub", "live music", "bar"),
    between=EVENING,
)
add(
    "porto",
    "¿Podéis añadir el Mercado do Bolhão el jueves por la mañana? Es para comprar cositas",
    day=4,
    between=MORNING,
    name="Mercado do Bolhão",
)

# ---- add_slots: an open meal slot gets a place ------------------------------------------

add(
    "kyoto",
    "pa el almuerzo del lunes ponme un sitio de udon",
    day=1,
    terms=("udon",),
    slot="Lunch",
    kind="add_slots",
)
add(
    "cartagena",
    "en el almuerzo del martes quiero comer tacos, se me antojaron",
    day=2,
    terms=("tacos", "mexican"),
    slot="Almuerzo",
    kind="add_slots",
)
add(
    "edinburgh",
    "para el desayuno del día 2 busca algo con pancakes",
    day=2,
    terms=("pancakes", "brunch", "breakfast"),
    slot="Breakfast",
    kind="add_slots",
)
add(
    "porto",
    "la cena del miércoles q sea en un sitio de petiscos",
    day=3,
    terms=("petiscos", "small plates"),
    slot="Dinner",
    kind="add_slots",
)
add(
    "bogota",
    "pa cenar el martes, algo peruano, un ceviche o un lomo saltado",
    day=2,
    terms=("peruvian", "ceviche", "lomo saltado"),
    slot="Dinner",
    kind="add_slots",
)
add(
    "goa",
    "llena el almuerzo del dia 2 con un thali",
    day=2,
    terms=("thali",),
    slot="Lunch",
    kind="add_slots",
)

# ---- wishes ------------------------------------------------------------------------------

add(
    "bogota",
    "algo baratito pa desayunar el jueves, no queremos gastar mucho",
    day=4,
    terms=(*COFFEE, "arepas"),
    wish=CHEAP,
    between=BREAKFAST,
    kind="wishes",
)
add(
    "kyoto",
    "un restaurante vegetariano pal almuerzo del miercoles, mi hija no come carne",
    day=3,
    wish=VEGGIE,
    slot="Lunch",
    kind="wishes",
)
add(
    "jaipur",
    "busco un rooftop pa ver el atardecer el día 3",
    day=3,
    wish=ROOFTOP,
    between=SUNSET,
    kind="wishes",
)
add(
    "edinburgh",
    "el viernes quiero cenar en un lugar top, de los mejor valorados",
    day=5,
    terms=EATS,
    wish=TOP_RATED,
    between=DINNER,
    kind="wishes",
)
add(
    "mumbai",
    "algo pa ir con niños mañana en la tarde, tengo 2 chamacos de 6 y 8",
    day=2,
    wish=FAMILY,
    between=AFTERNOON,
    kind="wishes",
)
add(
    "cartagena",
    "para la cena del sábado algo romántico, es nuestro aniversario 🥰",
    day=6,
    terms=EATS,
    wish=ROMANTIC,
    slot="Cena",
    kind="wishes",
)
add(
    "hadibo",
    "sushi pero barato pal almuerzo del día 2",
    day=2,
    terms=("sushi",),
    wish=CHEAP,
    slot="Lunch",
    kind="wishes",
)

# ---- remove ------------------------------------------------------------------------------

edit("remove", "kyoto", "saca el Ryoan-ji, no nos va a dar el tiempo", Removed("Ryoan-ji", 1))
edit(
    "remove",
    "porto",
    "quitad la torre dos clerigos q ya la vimos desde fuera",
    Removed("Torre dos Clérigos"),
)
edit(
    "remove",
    "cartagena",
    "borrá el castillo de san felipe del lunes che, ya lo conozco",
    Removed("Castillo San Felipe de Barajas", 1),
    ok="dale",
)
edit("remove", "goa", "chamo elimina Anjuna, no nos llama la atención", Removed("Anjuna Beach"))
edit(
    "remove",
    "mumbai",
    "Nah, las cuevas de Elephanta mejor no, sácalas",
    Removed("Elephanta Caves"),
    ok="sip",
)
edit(
    "remove",
    "edinburgh",
    "no quiero ir al cementerio ese, Greyfriars, quitalo porfa",
    Removed("Greyfriars Kirkyard"),
)

# ---- clear -------------------------------------------------------------------------------

edit("clear", "bogota", "vacía el día 3 completo, lo vamos a dejar libre", Cleared(3))
edit("clear", "porto", "ta, borrá todo lo del jueves nomás", Cleared(4), ok="vale")
edit("clear", "kyoto", "el martes dejalo en blanco, cancelá todo lo q hay", Cleared(2), ok="dale")

# ---- move --------------------------------------------------------------------------------

edit("move", "kyoto", "pasa el castillo Nijo al día 1", Moved("Nijo Castle", 1))
edit("move", "edinburgh", "mueve Arthur's Seat al jueves", Moved("Arthur's Seat", 4))
edit(
    "move",
    "goa",
    "Oye, mueve el fuerte aguada pal dia 4 porfa, q ese día tenemos to' libre",
    Moved("Fort Aguada", 4),
)
edit(
    "move",
    "cartagena",
    "Las Bóvedas mejor el jueves en vez del sábado",
    Moved("Las Bóvedas", 4),
)
edit(
    "move",
    "jaipur",
    "el nahargarh llevalo al día 2 a las 5 de la tarde q es pa ver el atardecer",
    Moved("Nahargarh Fort", 2, at="17:00"),
)

# ---- retime ------------------------------------------------------------------------------

edit(
    "retime", "kyoto", "el kaiseki ponlo a las 8 de la noche", Retimed("Kamogawa Kaiseki", "20:00")
)
edit(
    "retime",
    "bogota",
    "cambia la hora del museo botero a las 3 y media",
    Retimed("Museo Botero", "15:30"),
)
edit(
    "retime", "porto", "Marisqueira da Foz a las 21h mejor", Retimed("Marisqueira da Foz", "21:00")
)
edit(
    "retime",
    "mumbai",
    "la cena de hoy pásala pa las 9 de la noche, vamos a llegar tarde",
    Retimed("Dinner", "21:00", day=1),
)
edit(
    "retime",
    "edinburgh",
    "el Thistle & Stag a las 19:30 en vez de las 7 porfa",
    Retimed("The Thistle & Stag", "19:30"),
)
edit(
    "retime",
    "goa",
    "Vindaloo & Vinho mas temprano, tipo 6 y media de la tarde",
    Retimed("Vindaloo & Vinho", "18:30"),
)

# ---- replace -----------------------------------------------------------------------------

swap(
    "bogota",
    "cambia el Fogón Llanero por algo vegetariano",
    Replaced("Fogón Llanero", 1, wish=VEGGIE),
)
swap(
    "kyoto",
    "en vez del menya kurogane quiero sushi",
    Replaced("Menya Kurogane", 2, terms=("sushi",)),
)
swap(
    "porto",
    "reemplaza Tasca do Cais x Bifana do Bolhão",
    Replaced("Tasca do Cais", 1, terms=("bifana",)),
)
swap(
    "cartagena",
    "la cevichería del lunes cámbiala por un italiano, ya comimos mucho pescado jaja",
    Replaced("La Cevichería Caribe", 1, terms=("italian",)),
)
swap(
    "jaipur",
    "el Haveli Rooftop Kitchen no me convence, pon otro restaurante con terraza arriba",
    Replaced("Haveli Rooftop Kitchen", 2, terms=("restaurant",), wish=ROOFTOP),
)

# ---- swap_days ---------------------------------------------------------------------------

edit("swap_days", "bogota", "intercambia el día 2 con el 3", Swapped(2, 3))
edit(
    "swap_days",
    "kyoto",
    "cambia el lunes por el miércoles, o sea lo del lunes pasa al miércoles y viceversa",
    Swapped(1, 3),
)
edit("swap_days", "edinburgh", "cambiá el día 1 con el día 5", Swapped(1, 5), ok="dale")

# ---- trip: length and dates --------------------------------------------------------------

edit("trip", "bogota", "agrega un día más al viaje", Days(5))
edit(
    "trip",
    "kyoto",
    "al final llegamos el 9 de diciembre, corre todo el viaje",
    Start("2026-12-09"),
    Days(3),
)
edit("trip", "porto", "acorta el viaje a 5 días, quita el último", Days(5), ok="vale")
edit(
    "trip",
    "goa",
    "nos vamos un dia antes, el viaje empieza el domingo 6",
    Start("2026-12-06"),
    Days(4),
)

# ---- undo --------------------------------------------------------------------------------

case(
    "undo",
    "kyoto",
    S("agrega el Tenryu-ji el día 3", Type(SEL, DONE)),
    pick(),
    S("no espera, deshacé eso", Type(DONE, CONF)),
    agree("sí"),
    final=(Same(),),
)
case(
    "undo",
    "porto",
    S("quita la Livraria Lello", Type(DONE, CONF)),
    agree("sí"),
    S("uy no, me equivoqué, vuelve a ponerla como estaba", Type(DONE, CONF, SEL)),
    agree("sí"),
    final=(Kept("Livraria Lello", 1), NoLoss()),
)
case(
    "undo",
    "cartagena",
    S("mueve el Palacio de la Inquisición al día 5", Type(DONE, CONF)),
    agree("sí"),
    S("deshaz el último cambio porfa", Type(DONE, CONF)),
    agree("sí"),
    final=(Same(),),
)

# ---- show --------------------------------------------------------------------------------

ask("show", "bogota", "q tengo el martes?", Says("Monserrate", "Museo Botero"))
ask("show", "porto", "muéstrame el itinerario completo", Says("Livraria Lello", "Cais de Gaia"))
ask("show", "cartagena", "qué hay pal sábado", Says("Las Bóvedas"))
ask("show", "mumbai", "qué tengo hoy?", Says("Gateway of India"))
ask("show", "hadibo", "como queda el dia 2??", Says("Dragon's Blood Nursery Garden"))

# ---- plan --------------------------------------------------------------------------------

many(
    "plan",
    "blank",
    "armame un plan de 2 días en Kyoto, me gustan mucho los templos",
    Plan("kyoto", 2, includes=(("temple",),)),
    ok="dale",
    answer="templos y comida japonesa",
)
many(
    "plan",
    "blank",
    "planifica un viaje de 3 días a Cartagena",
    Plan("cartagena", 3),
    answer="playa, historia y buena comida",
)
many(
    "plan",
    "blank",
    "quiero ir 3 dias a Bogotá, me arman el itinerario? comida local y museos",
    Plan("bogota", 3, includes=(("museum",),)),
    answer="comida local y museos",
)

# ---- explain -----------------------------------------------------------------------------

ask("explain", "kyoto", "qué es el Fushimi Inari?", Says("Fushimi Inari"))
ask("explain", "porto", "xq pusiste la Livraria Lello tan temprano?", Says("Livraria Lello"))
ask("explain", "bogota", "cuéntame del Museo del Oro", Says("Museo del Oro"))
ask(
    "explain",
    "edinburgh",
    "vale la pena Arthur's Seat? q tan pesada es la subida",
    Says("Arthur's Seat"),
)

# ---- book --------------------------------------------------------------------------------

many(
    "book",
    "porto",
    "reserva mesa en Marisqueira da Foz pa 4 personas",
    Booked("Marisqueira da Foz", party=4),
    answer="a las 20h, 4 personas",
)
many(
    "book",
    "kyoto",
    "quiero reservar el Kamogawa Kaiseki para 2, a la hora q ya está",
    Booked("Kamogawa Kaiseki", party=2),
    answer="a las 7 de la noche, 2 personas",
)
many(
    "book",
    "cartagena",
    "haceme una reserva en la Cevichería Caribe, somos 3",
    Booked("La Cevichería Caribe", party=3),
    ok="dale",
    answer="a la 1 de la tarde, 3 personas",
)

# ---- expert ------------------------------------------------------------------------------

many(
    "expert",
    "cartagena",
    "me pueden conectar con un guía local en Cartagena? queremos algo de historia",
    Lead(),
    answer="historia y comida, presupuesto medio, en español",
)
many(
    "expert",
    "jaipur",
    "Fíjese que quisiera hablar con algun experto local q me ayude a armar bien el viaje, presupuesto medio",  # noqa: E501
    Lead(),
    answer="palacios, comida y compras; presupuesto medio; español o inglés",
)

# ---- help --------------------------------------------------------------------------------

c.chat("help", "kyoto", "q puedo hacer aquí? cómo funciona esto", locale="es")
c.chat("help", "bogota", "ayuda", locale="en")
c.chat("help", "goa", "cómo le hago para cambiar algo del itinerario?", locale="es")

# ---- multi: two requests in one message --------------------------------------------------

many(
    "multi",
    "kyoto",
    "borra el Sanjusangen-do y pon el Kiyomizu a las 3",
    Removed("Sanjusangen-do"),
    Retimed("Kiyomizu-dera", "15:00", alone=False),
)
many(
    "multi",
    "bogota",
    "mueve la Plaza de Bolívar al día 4 y agrégale el Chorro de Quevedo ese mismo día",
    Moved("Plaza de Bolívar", 4, alone=False),
    Added(4, name="Chorro de Quevedo", only=False),
)
many(
    "multi",
    "porto",
    "quita la Ribeira y en la cena del lunes pon algo de mariscos",
    Removed("Ribeira"),
    Filled(1, ("Dinner",), SEAFOOD),
)
many(
    "multi",
    "edinburgh",
    "saca el Wee Dram y el Calton Hill ponlo a las 4 y media",
    Removed("The Wee Dram"),
    Retimed("Calton Hill", "16:30", alone=False),
)
many(
    "multi",
    "goa",
    "agrega la Se Cathedral el jueves en la mañana y Dona Paula Viewpoint pal atardecer ese mismo día",  # noqa: E501
    Added(4, name="Se Cathedral", between=MORNING, only=False),
    Added(4, name="Dona Paula Viewpoint", between=SUNSET, only=False),
)

# ---- referent ----------------------------------------------------------------------------

case(
    "referent",
    "bogota",
    S("agrega Café Cordillera el jueves", Type(SEL, DONE)),
    pick(),
    S("ese ponlo a las 4 de la tarde", Type(DONE, CONF)),
    agree("sí"),
    final=(Retimed(None, "16:00"),),
)
case(
    "referent",
    "kyoto",
    S("agrega Nishiki Market el día 3", Type(SEL, DONE)),
    pick(),
    S("y q tal es ese lugar?", Type(DONE), Same(), SaysLast()),
)
case(
    "referent",
    "porto",
    S("añade el Jardim do Morro el viernes", Type(SEL, DONE)),
    pick(),
    S("mejor pásalo al sábado", Type(DONE, CONF)),
    agree("vale"),
    final=(Moved(None, 6),),
)
case(
    "referent",
    "cartagena",
    S("agrega la Paletería Tropical el día 5", Type(SEL, DONE)),
    pick(),
    S("uy no, mejor quítala", Type(DONE, CONF), When(DONE, Removed())),
    agree("sí"),
    final=(Same(),),
)

# ---- duplicate ---------------------------------------------------------------------------

already("bogota", "agrega el Museo del Oro el jueves", "Museo del Oro")
case(
    "duplicate",
    "kyoto",
    S("ponme el Ginkaku-ji el día 3", Type(SEL, DONE)),
    pick(),
    S("ponme el Ginkaku-ji el día 3", Type(DONE, CONF, SEL, INPUT)),
    final=(Added(3, name="Ginkaku-ji"),),
)
already("porto", "mete la Ponte Luis I el martes", "Ponte Luís I")

# ---- clash: a time already taken ---------------------------------------------------------

clash("kyoto", "agrega un café el martes a las 10", 2, "10:00", COFFEE, "ponlo a las 12 entonces")
clash(
    "porto",
    "pon el Jardim das Virtudes el lunes a las 13",
    1,
    "13:00",
    ("Jardim das Virtudes",),
    "a las 17 mejor",
)
clash(
    "edinburgh",
    "metele la Dean Village el día 3 a las 10am",
    3,
    "10:00",
    ("Dean Village",),
    "a las 3 de la tarde entonces",
)

# ---- slot_fill: the bot asks for what is missing -----------------------------------------

case(
    "slot_fill",
    "kyoto",
    S("quiero agregar algo al viaje", Type(INPUT, SEL), Same()),
    S("un templo zen, el día 3", Type(SEL, DONE)),
    pick(),
    final=(Added(3, ("zen", "temple")),),
)
case(
    "slot_fill",
    "bogota",
    S("pon un sitio de arepas", Type(SEL, INPUT, DONE), When((SEL, INPUT), Same())),
    If((SEL, INPUT), "pal jueves", Type(SEL, DONE, INPUT)),
    If(SEL, "1", Type(DONE)),
    final=(Added(None, ("arepas",)),),
)
case(
    "slot_fill",
    "cartagena",
    S("quiero hacer una reserva", Type(INPUT, SEL), Same()),
    S("en La Cevichería Caribe, somos 2", Type(DONE, CONF, INPUT)),
    agree("sí", answer="a la 1 de la tarde, 2 personas"),
    agree("sí", answer="a la 1 de la tarde, 2 personas"),
    final=(Booked("La Cevichería Caribe", party=2),),
)

# ---- social ------------------------------------------------------------------------------

ask("social", "kyoto", "qué chilero quedó, muchas gracias!!", NoDump(), Short())
ask("social", "bogota", "holaaa", NoDump(), Short())
ask("social", "cartagena", "jajaja q buena onda eres, gracias pana", NoDump(), Short(), locale="en")

# ---- info: hours, prices -----------------------------------------------------------------

ask("info", "bogota", "a q hora abre el Museo del Oro?", Says("Museo del Oro"))
ask("info", "porto", "cuánto cuesta la entrada al Palácio da Bolsa?", Says("Palácio da Bolsa"))
ask("info", "jaipur", "el hawa mahal q horario tiene", Says("Hawa Mahal"))

# ---- choice: cards, then the traveler picks ----------------------------------------------

case(
    "choice",
    "kyoto",
    S("agrega un lugar de fideos el día 3", Type(SEL, DONE), When(SEL, Same(), Cards(NOODLES))),
    If(SEL, "el segundo", Type(DONE), Chose(1)),
    final=(Added(3, NOODLES),),
)
case(
    "choice",
    "bogota",
    S(
        "muéstrame cafés pa el jueves en la mañana",
        Type(SEL, DONE),
        When(SEL, Same(), Cards(COFFEE)),
    ),
    If(SEL, "el último", Type(DONE), Chose(-1)),
    final=(Added(4, COFFEE),),
)
case(
    "choice",
    "bogota",
    S(
        "busco restaurante japonés o peruano pa la cena del jueves",
        Type(SEL),
        Same(),
        Cards(("japanese", "peruvian")),
    ),
    S("el peruano", Type(DONE)),
    final=(Added(4, ("peruvian",)),),
)
case(
    "choice",
    "cartagena",
    S("qué opciones de playa hay para el jueves?", Type(SEL), Same(), Cards(("beach",))),
    S("dale, la primera", Type(DONE), Chose(0)),
    final=(Added(4, ("beach",)),),
)
case(
    "choice",
    "edinburgh",
    S("sugiéreme museos pal jueves", Type(SEL), Same(), Cards(("museum",))),
    S("el 2", Type(DONE), Chose(1)),
    final=(Added(4, ("museum",)),),
)

# ---- locale: stored in another language, written in Spanish -------------------------------

add(
    "kyoto",
    "agrega un templo el día 3 en la mañana",
    day=3,
    terms=("temple",),
    between=MORNING,
    kind="locale",
    locale="en",
)
ask("locale", "porto", "qué hay el sábado?", Says("Cais de Gaia"), locale="en")
edit(
    "locale",
    "bogota",
    "quita la Iglesia de San Francisco",
    Removed("Iglesia de San Francisco"),
    locale="pt",
)

CASES = c.cases
