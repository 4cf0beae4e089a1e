"""Third fresh held-out set (es), written blind on 2026-12-07: it only measures, never tuned on.

Written without reading the parser, the intents, the agents, the message catalog or any other
corpus case file: only the harness, the checks, the demo trips and the demo places. Travelers
from Mexico, Colombia, Argentina and Uruguay (voseo), Chile, Peru, Spain (vosotros) and
Venezuela, typing on a phone: no accents, q/xq/pa/porfa/tmb/xfa, weekdays and ordinals, "a las
8", meals by their local names (comida, almuerzo, once), asides, politeness and corrections.
Most have their setting in Spanish; some have it in English (or Portuguese) and must still be
answered in Spanish, the language they write in.

Demo trips start on Monday 2026-12-07 (Mumbai: today, Monday 2026-11-23, 14:30 there), so
"el martes" is day 2, "el jueves" day 4, "el viernes" day 5 and "el sábado" day 6.
Outcomes only (itinerary, answer type, reply language), every reasonable path accepted; no
floor. Never tune the service on these cases.
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    ERR,
    INPUT,
    PART,
    SEL,
    AnyOf,
    Cards,
    Changed,
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
    NewCount,
    NoLoss,
    Removed,
    Replaced,
)
from bench.understanding_corpus.places import CHEAP, FAMILY, ROOFTOP, TOP_RATED, VEGGIE, Wish
from bench.understanding_corpus.spec import (
    AFTERNOON,
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
    Lighter,
    Moved,
    Plan,
    Retimed,
    Start,
    Swapped,
)

c = Corpus("es", "h")

COFFEE = ("cafe", "coffee", "bakery", "breakfast", "brunch")
EATS = ("restaurant", "cafe", "bakery")
CHEAP_NOW = Wish(max_price=1, open_now=True)
VEGGIE_NOT_DEAR = Wish(max_price=2, keywords=VEGGIE.keywords)
ANY = (DONE, SEL, CONF, INPUT, PART)
# "Al atardecer" in December: the sun sets around 17:00-17:40 in these cities.
SUNSET = ("16:00", "20:00")


def agree(confirm: str = "si", choose: str = "1", answer: str | None = None) -> Step:
    """Going along with whatever the bot asks: confirm, take a card, or answer its question."""
    return go(confirm, choose, answer=answer)


def edit(
    kind: str,
    trip: str,
    text: str,
    *final: Check,
    confirm: str = "si",
    locale: str = "es",
) -> None:
    """A clear edit: done at once, or asked first (nothing changed yet) and then confirmed."""
    c.case(
        kind,
        trip,
        S(text, Type(DONE, CONF), When(CONF, Same())),
        yes(confirm),
        final=final,
        locale=locale,
    )


def guided(
    kind: str,
    trip: str,
    text: str,
    *final: Check,
    first: tuple[Check, ...] = (),
    answer: str | None = None,
    confirm: str = "si",
    rounds: int = 2,
    locale: str = "es",
) -> None:
    """A request that may take cards, a confirmation or a question before it is done."""
    c.case(
        kind,
        trip,
        S(text, Type(*ANY), *first),
        *(agree(confirm, answer=answer) for _ in range(rounds)),
        final=final,
        locale=locale,
    )


def ask(kind: str, trip: str, text: str, *expect: Check, locale: str = "es") -> None:
    """A question about the trip or a place: answered, nothing changed."""
    c.still(kind, trip, text, *expect, locale=locale)


# ---- add: a named place or a kind of place, on a day, at a time --------------------------

c.add(
    "kyoto",
    "metele el Ginkaku-ji el dia 3 a la mañana porfa",
    day=3,
    terms="Ginkaku-ji",
    between=MORNING,
    name="Ginkaku-ji",
    locale="es",
)
c.add(
    "edinburgh",
    "hola!! me agregas el Palace of Holyroodhouse el jueves? es el dia q tenemos libre",
    day=4,
    terms="Holyroodhouse",
    name="Palace of Holyroodhouse",
    locale="es",
)
c.add(
    "goa",
    "agrega Se Cathedral al dia 3 a las 4 de la tarde",
    day=3,
    terms="Se Cathedral",
    at="16:00",
    locale="es",
)
c.add(
    "cartagena",
    "parce regalame el Convento de la Popa pal sabado tipo 3pm",
    day=6,
    terms="Convento de la Popa",
    at="15:00",
    locale="es",
)
c.add(
    "porto",
    "Añádeme la Igreja de São Francisco el viernes, que ese día lo tenemos vacío",
    day=5,
    terms="Igreja de São Francisco",
    name="Igreja de São Francisco",
    locale="es",
)
c.add(
    "jaipur",
    "agregame algun templo el dia 3 despues del fuerte",
    day=3,
    terms="temple",
    between=("10:30", "21:30"),
    locale="es",
)
c.add(
    "mumbai",
    "wey agrega un mercado pa mañana en la tarde, quiero comprar especias",
    day=2,
    terms=("market", "bazaar"),
    between=AFTERNOON,
    locale="es",
)
c.add(
    "bogota",
    "y la catedral primada? ponla el dia 4 a las 10 de la mañana",
    day=4,
    terms="Catedral Primada",
    at="10:00",
    locale="es",
)
c.add(
    "blank",
    "agrega el fushimi inari el primer dia bien temprano, tipo 7",
    day=1,
    terms="Fushimi Inari",
    at="07:00",
    locale="es",
)
c.add(
    "edinburgh",
    "quiero ir a Portobello Beach el dia 5 despues de comer",
    day=5,
    terms="Portobello Beach",
    between=("13:30", "20:00"),
    locale="es",
)
c.add(
    "cartagena",
    "Agrégame una heladería el martes en la tarde pa refrescarnos q ese calor es terrible",
    day=2,
    terms=("ice cream", "popsicles", "dessert"),
    between=AFTERNOON,
    locale="es",
)
c.add(
    "goa",
    "agregame el Reis Magos Fort el dia 4 a las 11",
    day=4,
    terms="Reis Magos Fort",
    at="11:00",
    locale="en",
)

c.add(
    "kyoto",
    "agrega el Tofuku-ji el dia 2, no perdon, el 3, el 2 ya esta lleno",
    day=3,
    terms="Tofuku-ji",
    locale="es",
)
c.add(
    "goa",
    "agrega Campal Garden pal dia 4 en la tarde po",
    day=4,
    terms="Campal Garden",
    between=AFTERNOON,
    locale="es",
)
c.add(
    "cartagena",
    "chamo agrégame el Museo Naval del Caribe el jueves en la mañana, los chamos aman los piratas",
    day=4,
    terms="Museo Naval del Caribe",
    between=MORNING,
    locale="es",
)
c.add(
    "porto",
    "bo, agregá el Parque da Cidade el viernes de tarde, ta?",
    day=5,
    terms="Parque da Cidade",
    between=AFTERNOON,
    locale="es",
)
c.add(
    "edinburgh",
    "pa la once del dia 5 algo con te y scones, como en casa",
    day=5,
    terms=("tea", "afternoon tea", "scones"),
    between=("16:00", "20:00"),
    locale="es",
)
c.case(
    "add",
    "bogota",
    S("agrega el Museo Nacional el dia 4", Type(ERR, DONE, SEL, INPUT), Same()),
    locale="es",
)

# ---- add_slots: filling an open meal slot ---------------------------------------------------

c.add(
    "porto",
    "oye, mete un sitio de sushi para la cena del día 1",
    day=1,
    terms="sushi",
    slot="Dinner",
    kind="add_slots",
    locale="es",
)
c.add(
    "kyoto",
    "pal almuerzo del dia 3 algo de udon o soba, lo q tengas",
    day=3,
    terms=("udon", "soba"),
    slot="Lunch",
    kind="add_slots",
    locale="es",
)
c.add(
    "edinburgh",
    "el desayuno del día 2 está vacío, búscame algún brunch",
    day=2,
    terms=COFFEE,
    slot="Breakfast",
    kind="add_slots",
    locale="es",
)
c.add(
    "cartagena",
    "q almorzamos el viernes? algo de comida tipica costeña porfa",
    day=5,
    terms=("colombian", "caribbean"),
    slot="Almuerzo",
    kind="add_slots",
    locale="es",
)
c.add(
    "mumbai",
    "llena el hueco de la cena de hoy con algo de mariscos",
    day=1,
    terms="seafood",
    slot="Dinner",
    kind="add_slots",
    locale="es",
)
c.add(
    "bogota",
    "Para la comida del martes ponme un ramen, que ya estaremos hartos de ajiaco",
    day=2,
    terms="ramen",
    slot="Lunch",
    kind="add_slots",
    locale="es",
)

# ---- wishes: cheap, vegetarian, rooftop, kids, top rated -----------------------------------

c.add(
    "bogota",
    "algo vegetariano pa la cena del dia 2 xfa, mi novia no come carne",
    day=2,
    wish=VEGGIE,
    slot="Dinner",
    kind="wishes",
    locale="es",
)
c.add(
    "jaipur",
    "quiero un rooftop pa tomar algo el dia 3 al atardecer",
    day=3,
    wish=ROOFTOP,
    between=SUNSET,
    kind="wishes",
    locale="es",
)
c.add(
    "mumbai",
    "algo baratito pa comer ahorita q este abierto, andamos con hambre",
    day=1,
    terms=EATS,
    wish=CHEAP_NOW,
    between=("14:00", "16:00"),
    kind="wishes",
    locale="es",
)
c.add(
    "cartagena",
    "pa la cena del sabado un restaurante bien bien calificado, q sea de lo mejor",
    day=6,
    wish=TOP_RATED,
    slot="Cena",
    kind="wishes",
    locale="es",
)
c.add(
    "edinburgh",
    "buscame algo pa ir con los niños el jueves, tienen 5 y 8 años",
    day=4,
    wish=FAMILY,
    kind="wishes",
    locale="es",
)
c.add(
    "porto",
    "Queremos cenar algo vegano el sábado, pero nada muy caro eh",
    day=6,
    wish=VEGGIE_NOT_DEAR,
    slot="Dinner",
    kind="wishes",
    locale="es",
)

c.add(
    "kyoto",
    "algo barato pa cenar el dia 2 porfa, ya nos gastamos todo en el kaiseki jaja",
    day=2,
    terms=EATS,
    wish=CHEAP,
    slot="Dinner",
    kind="wishes",
    locale="es",
)

# ---- remove --------------------------------------------------------------------------------

edit("remove", "kyoto", "saca el Ryoan-ji, ya fuimos la otra vez", Removed("Ryoan-ji", 1))
edit(
    "remove",
    "edinburgh",
    "borra greyfriars kirkyard porfa q me dan cosa los cementerios jaja",
    Removed("Greyfriars Kirkyard", 2),
)
edit("remove", "goa", "quita la playa de anjuna del dia 2", Removed("Anjuna Beach", 2))
edit(
    "remove",
    "mumbai",
    "elimina las cuevas de elephanta, el ferry me marea",
    Removed("Elephanta Caves", 2),
    locale="en",
)
edit(
    "remove",
    "jaipur",
    "Quitadme el Jantar Mantar, que no me apetece nada",
    Removed("Jantar Mantar", 2),
    confirm="vale",
)
edit(
    "remove",
    "porto",
    "sacá la torre dos clerigos, mucha escalera pa mi vieja",
    Removed("Torre dos Clérigos", 1),
    confirm="dale",
)
edit(
    "remove",
    "cartagena",
    "ya no kiero ir al palacio de la inquisicion, borralo",
    Removed("Palacio de la Inquisición", 2),
)

# ---- clear a day ---------------------------------------------------------------------------

edit("clear", "bogota", "vacía el día 1 entero, ese día lo vamos a improvisar", Cleared(1))
edit(
    "clear",
    "porto",
    "borra todo lo del dia 6 q al final nos vamos temprano al aeropuerto",
    Cleared(6),
    confirm="sí, todo",
)
edit("clear", "kyoto", "cancela todo el miercoles, llegamos muertos del otro viaje", Cleared(3))

# ---- move to another day -------------------------------------------------------------------

edit(
    "move", "edinburgh", "pasá el Arthur's Seat al dia 4", Moved("Arthur's Seat", 4), confirm="dale"
)
edit("move", "goa", "mueve el fuerte aguada pal jueves", Moved("Fort Aguada", 4))
edit(
    "move",
    "cartagena",
    "el castillo san felipe mejor el dia 4 a las 9 de la mañana, antes q pegue el sol",
    Moved("Castillo San Felipe de Barajas", 4, at="09:00"),
)
edit(
    "move",
    "porto",
    "¿Podéis pasar la Sé do Porto al viernes?",
    Moved("Sé do Porto", 5),
    confirm="vale",
)
edit("move", "jaipur", "el hawa mahal lo quiero el ultimo dia", Moved("Hawa Mahal", 3))
edit("move", "mumbai", "pasa marine drive pa hoy en la noche", Moved("Marine Drive", 1))

# ---- retime --------------------------------------------------------------------------------

edit(
    "retime", "kyoto", "el kaiseki a las 8 de la noche mejor", Retimed("Kamogawa Kaiseki", "20:00")
)
edit(
    "retime",
    "bogota",
    "cambia monserrate pa las 7am q dicen q temprano hay menos fila",
    Retimed("Monserrate", "07:00"),
)
edit(
    "retime",
    "jaipur",
    "pata, el Nahargarh Fort ponlo a las 4 pa ver el sunset desde arriba",
    Retimed("Nahargarh Fort", "16:00"),
)
edit("retime", "edinburgh", "The Wee Dram a las 21h", Retimed("The Wee Dram", "21:00"))
edit(
    "retime",
    "jaipur",
    "atrasá el city palace una hora",
    Retimed("City Palace", "10:30"),
    confirm="dale",
)
edit(
    "retime",
    "porto",
    "la marisqueira a las nueve y media, q en portugal se cena tarde no?",
    Retimed("Marisqueira da Foz", "21:30"),
)
edit(
    "retime",
    "cartagena",
    "el Muralla Sunset Bar ponelo a las 5 y media pa alcanzar el atardecer",
    Retimed("Muralla Sunset Bar", "17:30"),
    locale="en",
)

# ---- replace -------------------------------------------------------------------------------

guided(
    "replace",
    "kyoto",
    "cambia el Menya Kurogane por otro lugar de ramen",
    Replaced("Menya Kurogane", 2, ("ramen",)),
)
guided(
    "replace",
    "edinburgh",
    "en vez de the thistle & stag quiero un indio, el haggis no me convence",
    Replaced("The Thistle & Stag", 1, ("indian",)),
)
guided(
    "replace",
    "goa",
    "reemplaza casa xacuti x algo vegetariano",
    Replaced("Casa Xacuti", 1, wish=VEGGIE),
)
guided(
    "replace",
    "bogota",
    "el fogón llanero es muy pesado pa la noche, cámbialo por un italiano",
    Replaced("Fogón Llanero", 1, ("italian",)),
)
guided(
    "replace",
    "porto",
    "la casa da francesinha cambiala x un sitio de bacalao",
    Replaced("Casa da Francesinha", 4, ("bacalhau", "codfish")),
)

# ---- swap days -----------------------------------------------------------------------------

edit("swap_days", "kyoto", "intercambia el dia 1 con el 3", Swapped(1, 3))
edit(
    "swap_days",
    "goa",
    "pasá lo del martes al miércoles y lo del miércoles al martes",
    Swapped(2, 3),
    confirm="dale",
)
edit("swap_days", "jaipur", "podemos hacer el dia 2 primero y el 1 despues?", Swapped(1, 2))

# ---- the trip itself: dates and length -----------------------------------------------------

edit("trip", "edinburgh", "agregale un día más al viaje, nos quedamos hasta el sabado", Days(6))
edit(
    "trip",
    "kyoto",
    "al final llegamos el 9 de diciembre, corré todo el viaje dos días",
    Start("2026-12-09"),
    Days(3),
    confirm="dale",
)
guided("trip", "cartagena", "acorta el viaje a 5 dias, nos salió un compromiso", Days(5))
edit(
    "trip",
    "bogota",
    "ojo q el viaje empieza el 14 de dic, no el 7, me equivoqué al crearlo",
    Start("2026-12-14"),
    Days(4),
)

# ---- undo ----------------------------------------------------------------------------------

c.case(
    "undo",
    "porto",
    S("saca la ribeira", Type(DONE, CONF), When(DONE, Changed())),
    yes("si", Type(DONE), Changed()),
    S("ay no me equivoqué, deshacelo porfa", Type(DONE)),
    final=(Same(),),
    locale="es",
)
c.case(
    "undo",
    "kyoto",
    S("agrega el Tenryu-ji el dia 3", Type(DONE, SEL, CONF)),
    pick("1"),
    S("mmm mejor no, vuelve atrás", Type(DONE, CONF)),
    yes("si"),
    final=(Same(),),
    locale="es",
)
c.case(
    "undo",
    "edinburgh",
    S("mueve calton hill al dia 4", Type(DONE, CONF), When(DONE, Changed())),
    yes("si", Type(DONE), Changed()),
    S("deshaz el último cambio", Type(DONE, CONF)),
    yes("si"),
    final=(Same(),),
    locale="es",
)

# ---- show ----------------------------------------------------------------------------------

ask("show", "kyoto", "q tengo el dia 2?", Says("Fushimi Inari", "Kiyomizu-dera", "Gion District"))
ask(
    "show",
    "bogota",
    "muéstrame el itinerario completo",
    Says("Museo del Oro", "Monserrate", "Distrito Grafiti"),
    locale="en",
)
ask("show", "porto", "y el sábado qué tenemos?", Says("Cais de Gaia", "Cais Port Wine Lodge"))
ask(
    "show",
    "cartagena",
    "como quedo el dia 3??",
    Says("Playa de Bocagrande", "Bocagrande Beach Grill"),
)

ask(
    "show",
    "goa",
    "chamo q tengo pal martes?",
    Says("Bebinca Bakery & Cafe", "Fort Aguada", "Anjuna Beach"),
)

# ---- plan ----------------------------------------------------------------------------------

guided(
    "plan",
    "blank",
    "armame un plan pa los 2 dias, nos encantan los templos y comer rico",
    Plan("kyoto", 2, includes=(("temple",),)),
)
guided(
    "plan", "blank", "planifica todo el viaje x favor, es mi primera vez en Kioto", Plan("kyoto", 2)
)
guided(
    "plan",
    "goa",
    "el dia 4 esta vacio, rellenalo con lo q te parezca",
    Added(4, only=False),
    NoLoss(),
)

# ---- explain -------------------------------------------------------------------------------

ask("explain", "kyoto", "por q pusiste el kinkaku-ji tan temprano?", Says("Kinkaku-ji"))
ask("explain", "jaipur", "q es el jantar mantar? vale la pena?", Says("Jantar Mantar"))
ask(
    "explain",
    "edinburgh",
    "contame un poco del Arthur's Seat, es muy dificil la subida?",
    Says("Arthur's Seat"),
)

ask("explain", "bogota", "xq el dia 1 esta tan lleno? no es mucho?", NoDump(most=7))

# ---- book ----------------------------------------------------------------------------------

guided(
    "book",
    "kyoto",
    "reservame mesa en el Kamogawa Kaiseki pa 2 personas a las 7 de la noche",
    Booked("Kamogawa Kaiseki", party=2, at="19:00"),
    answer="somos 2, a las 19:00",
)
guided(
    "book",
    "porto",
    "queremos reservar en la Marisqueira da Foz, somos 4",
    Booked("Marisqueira da Foz", party=4),
    answer="a las 20:00, somos 4",
)
guided(
    "book",
    "cartagena",
    "haceme la reserva en Bóvedas Kitchen el sábado a las 8pm para 3",
    Booked("Bóvedas Kitchen", party=3, at="20:00"),
    answer="somos 3, a las 20:00 el sabado",
)

# ---- expert --------------------------------------------------------------------------------

guided(
    "expert",
    "bogota",
    "hay algun guia local q me pueda armar un tour x la candelaria?",
    Lead(),
    answer="somos 2, nos interesa la historia y el arte urbano, presupuesto medio",
)
guided(
    "expert",
    "jaipur",
    "quiero hablar con un experto local de Jaipur, nos interesan las artesanías y los textiles",
    Lead(),
    answer="somos 2 adultos, presupuesto medio",
    locale="en",
)

# ---- help ----------------------------------------------------------------------------------

c.chat("help", "goa", "q cosas te puedo pedir?", locale="es")
c.chat("help", "cartagena", "ayuda, no entiendo como funciona esto", locale="es")

# ---- multi: two requests in one message ----------------------------------------------------

guided(
    "multi",
    "kyoto",
    "saca el sanjusangen-do y agrega el Heian Shrine el dia 3",
    Removed("Sanjusangen-do", 2),
    Added(3, ("Heian Shrine",), only=False),
)
guided(
    "multi",
    "edinburgh",
    "mové el castillo al día 4 y poné la royal mile a las 11",
    Moved("Edinburgh Castle", 4, alone=False),
    Retimed("Royal Mile", "11:00", alone=False),
    confirm="dale",
)
guided(
    "multi",
    "bogota",
    "borra el museo botero y tambien el jardin botanico",
    Lighter(2),
    Lighter(3),
    Kept("Monserrate", 2),
    Kept("Distrito Grafiti", 3),
)
guided(
    "multi",
    "goa",
    "cambia el bebinca a las 9 y saca miramar beach q esta muy lleno",
    Retimed("Bebinca Bakery & Cafe", "09:00", alone=False),
    Removed("Miramar Beach", 1),
)
guided(
    "multi",
    "cartagena",
    "el dia 3 ponele la Playa Castillogrande tmb, y pasa Getsemaní al 4",
    Added(3, ("Playa Castillogrande",), only=False),
    Moved("Getsemaní", 4, alone=False),
)
guided(
    "multi",
    "mumbai",
    "hoy cenamos en Colaba Tandoor Grill y mañana desayunamos en Cafe Parsi Dawn",
    Filled(1, ("Dinner",), ("Colaba Tandoor Grill",)),
    Filled(2, ("Breakfast",), ("Cafe Parsi Dawn",)),
)

guided(
    "multi",
    "porto",
    "agregá el mercado do bolhão el viernes a la mañana y la Capela das Almas después",
    NewCount(2),
    Added(5, ("Mercado do Bolhão",), between=MORNING, only=False),
    Added(5, ("Capela das Almas",), only=False),
    NoLoss(),
)

# ---- referent: "ese", "eso", "el último" ---------------------------------------------------

c.case(
    "referent",
    "kyoto",
    S("agrega el Nanzen-ji el dia 3", Type(DONE, SEL, CONF)),
    pick("1"),
    S("y ese a q hora cierra?", Type(DONE), SaysLast(), Same()),
    locale="es",
)
c.case(
    "referent",
    "edinburgh",
    S("agregá Dean Village el jueves", Type(DONE, SEL, CONF)),
    pick("1"),
    S("no, mejor poné eso el viernes", Type(DONE, CONF)),
    yes("dale"),
    final=(Moved("Dean Village", 5),),
    locale="es",
)
c.case(
    "referent",
    "jaipur",
    S("agrega el Albert Hall Museum el dia 3", Type(DONE, SEL, CONF)),
    pick("1"),
    S("esa misma, ponla a las 2 de la tarde", Type(DONE, CONF)),
    yes("si"),
    final=(Retimed("Albert Hall Museum", "14:00", day=3),),
    locale="es",
)
c.case(
    "referent",
    "porto",
    S("q hay el dia 4?", Type(DONE), Same(), Says("Sé do Porto", "Casa da Francesinha")),
    S("el último sácalo", Type(DONE, CONF)),
    yes("si"),
    final=(Removed("Casa da Francesinha", 4),),
    locale="es",
)

# ---- duplicate: asking for what the trip already has ---------------------------------------

c.case(
    "duplicate",
    "bogota",
    S("agrega el Museo del Oro el dia 3", Type(*ANY), AnyOf(Same(), Warned())),
    locale="es",
)
c.case(
    "duplicate",
    "kyoto",
    S("pon el castillo Nijo el dia 1 porfa", Type(*ANY), AnyOf(Same(), Warned())),
    locale="es",
)

# ---- clash: a time already taken ----------------------------------------------------------

guided(
    "clash",
    "edinburgh",
    "agregá la Scottish National Gallery el dia 2 a las 10",
    ClashHandled(2, "10:00", ("Scottish National Gallery",)),
    answer="ponela después del museo",
)
guided(
    "clash",
    "porto",
    "mete el Café Galeria el día 2 a las 10",
    ClashHandled(2, "10:00", ("Café Galeria",)),
    answer="vale, a la hora que quede libre",
)

# ---- slot_fill: the bot must ask for what is missing ---------------------------------------

c.case(
    "slot_fill",
    "kyoto",
    S("quiero agregar un lugar", Type(INPUT, SEL, ERR), Same()),
    S("un café pa la mañana del dia 3", Type(DONE, SEL, CONF)),
    pick("1"),
    final=(Added(3, COFFEE),),
    locale="es",
)
c.case(
    "slot_fill",
    "mumbai",
    S("agrega algo pa mañana", Type(INPUT, SEL, ERR), Same()),
    S("algo de arte, un museo o galeria", Type(DONE, SEL, CONF)),
    pick("1"),
    final=(Added(2, ("art", "museum", "gallery")),),
    locale="es",
)
c.case(
    "slot_fill",
    "cartagena",
    S("mueve la playa", Type(INPUT, SEL), Same()),
    S("pal jueves", Type(DONE, CONF)),
    yes("si"),
    final=(Moved("Playa de Bocagrande", 4),),
    locale="es",
)

# ---- social --------------------------------------------------------------------------------

c.still("social", "porto", "gracias crack, quedó genial 🙌", NoDump(), Short(), locale="es")
c.chat("social", "goa", "holaaa", locale="es")
c.still("social", "cartagena", "jajaja sos un capo", NoDump(), Short(), locale="es")

# ---- info: questions about places ----------------------------------------------------------

ask("info", "bogota", "a q hora abre el museo del oro?", Says("Museo del Oro"), NoDump())
ask("info", "kyoto", "el kamogawa kaiseki es muy caro?", Says("Kamogawa Kaiseki"), NoDump())
ask(
    "info",
    "mumbai",
    "está abierto ahora el Jehangir Art Gallery?",
    Says("Jehangir Art Gallery"),
    NoDump(),
)

# ---- choice: cards, then the traveler picks ------------------------------------------------

c.case(
    "choice",
    "bogota",
    S("q opciones hay pa cenar el martes?", Type(SEL), Same(), Cards(EATS, min=2)),
    S("la segunda", Type(DONE), Chose(1)),
    final=(Filled(2, ("Dinner",)),),
    locale="es",
)
c.case(
    "choice",
    "edinburgh",
    S("mostrame cafés pal desayuno del 2", Type(SEL), Same(), Cards(COFFEE, min=2)),
    S("el último", Type(DONE), Chose(-1)),
    final=(Filled(2, ("Breakfast",), COFFEE),),
    locale="es",
)
c.case(
    "choice",
    "goa",
    S(
        "opciones pa almorzar el día 3, algo de mariscos",
        Type(SEL),
        Same(),
        Cards(("seafood",), min=3),
    ),
    S("la 3", Type(DONE), Chose(2)),
    final=(Filled(3, ("Lunch",), ("seafood",)),),
    locale="es",
)
c.case(
    "choice",
    "porto",
    S("sugerime miradouros pal viernes", Type(SEL), Same(), Cards(("viewpoint",), min=2)),
    S("el primero", Type(DONE), Chose(0)),
    final=(Added(5, ("viewpoint",)),),
    locale="es",
)
c.case(
    "choice",
    "mumbai",
    S(
        "opciones de comida callejera pa esta noche",
        Type(SEL),
        Same(),
        Cards(("street food",), min=2),
    ),
    pick("el de kebab", Type(DONE)),
    final=(Added(1, ("kebab",)),),
    locale="es",
)

# ---- locale: the setting says one language, the traveler writes another -------------------

ask("locale", "kyoto", "hola, me podés mostrar el día 1?", Says("Kinkaku-ji"), locale="en")
c.add(
    "porto",
    "hola! agrega el Jardim do Morro el dia 2 al atardecer",
    day=2,
    terms="Jardim do Morro",
    between=SUNSET,
    kind="locale",
    locale="pt",
)
c.chat("locale", "bogota", "respondeme en español porfa, no entiendo mucho ingles", locale="en")

CASES = c.cases
