"""Fresh held-out Spanish cases (`--fresh`): Colombia, Mexico, Argentina and Spain, typed fast,
without accents, written blind to the parser. They only measure; nothing is tuned on them.

Demo trips start on Monday 2026-12-07 (Mumbai: today), so "el lunes" is day 1, "el viernes"
day 5 and "el sábado" day 6; see fixtures.py for what each day holds.
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    INPUT,
    SEL,
    AnyOf,
    Cards,
    Changed,
    Check,
    Same,
    Says,
    SaysLast,
    Type,
    Warned,
    When,
)
from bench.understanding_corpus.item_checks import (
    Added,
    Chose,
    ClashHandled,
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
    Corpus,
    S,
    go,
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

c = Corpus("es", "f")
EDITS = (DONE, CONF, SEL)
ES = "es"


def edit(kind: str, trip: str, text: str, *final: Check, yes: str = "sí") -> None:
    """A request that changes the trip: done at once, or after a confirmation or a pick."""
    c.case(kind, trip, S(text, Type(*EDITS)), go(yes), final=final, locale=ES)


def undone(trip: str, first: str, undo: str) -> None:
    """A change, then taking it back: the trip ends as it started."""
    c.case(
        "undo",
        trip,
        S(first, Type(*EDITS), When(DONE, Changed())),
        go("sí"),
        S(undo, Type(DONE)),
        final=(Same(),),
        locale=ES,
    )


def duplicate(trip: str, text: str, name: str) -> None:
    """Adding what the trip already has: asked, warned, or told so, and nothing changed."""
    c.case(
        "duplicate",
        trip,
        S(text, AnyOf((Type(CONF, SEL), Same()), Warned(), (Same(), Says(name)))),
        locale=ES,
    )


def choice(trip: str, text: str, terms: tuple[str, ...], answer: str, index: int, day: int) -> None:
    """Asking for options, then choosing one of the cards in words."""
    c.case(
        "choice",
        trip,
        S(text, Type(SEL), Cards(terms)),
        S(answer, Type(DONE), Chose(index)),
        final=(Added(day, terms),),
        locale=ES,
    )


# ---- add: a named place or a kind of place -------------------------------------------------
c.add("bogota", "quiero meter la quinta de bolivar el jueves", day=4, name="Quinta de Bolívar",
      locale=ES)
c.add("cartagena", "che, podemos sumar el museo naval el miercoles?", day=3,
      name="Museo Naval del Caribe", locale=ES)
c.add("bogota", "agregame un mercado el ultimo dia", day=4, terms="market", locale=ES)
c.add("cartagena", "q tal si metemos la torre del reloj el jueves en la tarde", day=4,
      name="Torre del Reloj", between=AFTERNOON, locale=ES)
c.add("kyoto", "añade ginkaku-ji el lunes porfa", day=1, name="Ginkaku-ji", locale=ES)
c.add("edinburgh", "ahorita quiero agregar dean village para el jueves", day=4,
      name="Dean Village", locale=ES)

# ---- add_slots: with a time, a part of the day or a meal ----------------------------------
c.add("bogota", "pa la cena del martes algo de carne a la parrilla", day=2,
      terms=("steak", "grill"), between=DINNER, kind="add_slots", locale=ES)
c.add("cartagena", "un cafecito el sabado a eso de las 9", day=6, terms=("coffee", "cafe"),
      between=("08:30", "09:30"), kind="add_slots", locale=ES)
c.add("mumbai", "mañana a las 8 de la noche cena de comida del norte de india", day=2,
      terms="north indian", at="20:00", kind="add_slots", locale=ES)
c.add("jaipur", "el almuerzo del martes que sea algo del sur de india", day=2,
      terms=("south indian", "dosa"), between=LUNCH,
      kind="add_slots", locale=ES)
c.add("cartagena", "desayuno el jueves tipo 8 y media", day=4,
      terms=("breakfast", "cafe", "coffee"), at="08:30", kind="add_slots", locale=ES)

# ---- wishes -------------------------------------------------------------------------------
c.add("bogota", "algo barato pa comer el jueves al mediodia", day=4,
      terms=("restaurant", "cafe", "bakery"), wish=CHEAP, between=LUNCH, kind="wishes",
      locale=ES)
c.add("cartagena", "un plan para los peques el viernes, vamos con niños", day=5, wish=FAMILY,
      kind="wishes", locale=ES)
c.add("bogota", "un rooftop con buena vista pal miercoles en la noche", day=3, wish=ROOFTOP,
      between=EVENING, kind="wishes", locale=ES)
c.add("edinburgh", "busca donde cenar el viernes, mi novia es vegana", day=5,
      terms=("restaurant", "cafe"), wish=VEGGIE, between=DINNER, kind="wishes", locale=ES)
c.add("bogota", "el restaurante mejor puntuado para cenar el jueves", day=4,
      terms="restaurant", wish=TOP_RATED, between=DINNER, kind="wishes", locale=ES)
c.add("mumbai", "algo romántico para cenar hoy 😍", day=1, wish=ROMANTIC, between=DINNER,
      kind="wishes", locale=ES)

# ---- remove -------------------------------------------------------------------------------
edit("remove", "bogota", "quita el museo botero porfa", Removed("Museo Botero"))
edit("remove", "cartagena", "la verdad no somos de playa, saca la de bocagrande",
     Removed("Playa de Bocagrande"))
edit("remove", "kyoto", "elimina el bosque de bambu", Removed("Arashiyama Bamboo Grove"))
edit("remove", "jaipur", "borra el hawa mahal, ya lo vimos de pasada",
     Removed("Hawa Mahal"))

# ---- clear a day --------------------------------------------------------------------------
edit("clear", "bogota", "deja libre el miercoles", Cleared(3), yes="dale")
edit("clear", "cartagena", "vacía el dia 2 porfa, queremos descansar", Cleared(2), yes="vale")

# ---- move to another day ------------------------------------------------------------------
edit("move", "bogota", "pasa el jardin botanico al jueves",
     Moved("Jardín Botánico de Bogotá", 4))
edit("move", "cartagena", "mueve getsemani pal jueves", Moved("Getsemaní", 4))
edit("move", "edinburgh", "lo de victoria street mejor el viernes", Moved("Victoria Street", 5))
edit("move", "kyoto", "el kiyomizu dejalo para el dia siguiente", Moved("Kiyomizu-dera", 3))

# ---- retime -------------------------------------------------------------------------------
edit("retime", "bogota", "el fogon llanero a las 8 y cuarto", Retimed("Fogón Llanero", "20:15"))
edit("retime", "cartagena", "el castillo a las 3 mejor",
     Retimed("Castillo San Felipe de Barajas", "15:00"))
edit("retime", "mumbai", "las cuevas de elephanta a las 11 de la mañana",
     Retimed("Elephanta Caves", "11:00"))
edit("retime", "jaipur", "nahargarh a las 4 de la tarde, pa ver el atardecer",
     Retimed("Nahargarh Fort", "16:00"))

# ---- replace ------------------------------------------------------------------------------
edit("replace", "bogota", "cambia la casona del ajiaco por algo vegetariano",
     Replaced("La Casona del Ajiaco", 1, (), VEGGIE))
edit("replace", "cartagena", "en vez del grill de bocagrande pon algo de comida arabe",
     Replaced("Bocagrande Beach Grill", 3, ("lebanese", "arabic")))
edit("replace", "kyoto", "reemplaza el kaiseki por tempura",
     Replaced("Kamogawa Kaiseki", 1, ("tempura",)))

# ---- swap days ----------------------------------------------------------------------------
edit("swap_days", "bogota", "intercambia el lunes con el miercoles", Swapped(1, 3))
edit("swap_days", "cartagena", "el dia 5 y el 6 cambialos de orden", Swapped(5, 6))

# ---- trip: days and dates -----------------------------------------------------------------
edit("trip", "bogota", "agrega dos dias mas al viaje", Days(6))
edit("trip", "cartagena", "quita el ultimo dia, nos vamos antes", Days(5), yes="sí, dale")
edit("trip", "bogota", "cambiamos el vuelo, empezamos el 12 de diciembre", Start("2026-12-12"))
edit("trip", "edinburgh", "adelanta todo el viaje un dia", Start("2026-12-06"))

# ---- undo ---------------------------------------------------------------------------------
undone("bogota", "quita la plaza de bolivar", "ups, deshaz eso")
undone("cartagena", "agrega el museo del oro zenu el jueves", "no no, vuelve atrás")
undone("kyoto", "mueve nijo al martes", "mejor deshacelo")

# ---- show a day ---------------------------------------------------------------------------
c.still("show", "bogota", "q tenemos el martes?", Says("Monserrate", "Museo Botero"), locale=ES)
c.still("show", "cartagena", "muestrame el sabado", Says("Las Bóvedas"), locale=ES)
c.still("show", "mumbai", "qué hay para mañana", Says("Elephanta Caves"), locale=ES)

# ---- plan a new trip ----------------------------------------------------------------------
c.case("plan", "blank", S("armame un plan de 2 dias en kyoto, nos gustan los templos",
                          Type(DONE, CONF, INPUT)), go("sí"),
       final=(Plan("kyoto", 2, (("temple",),)),), locale=ES)
c.case("plan", "bogota", S("mejor planea 3 dias en cartagena", Type(CONF, DONE)), go("de una"),
       final=(Plan("cartagena", 3),), locale=ES)
c.case("plan", "cartagena", S("haz un plan nuevo de 3 dias para jaipur", Type(CONF), Same()),
       S("no, mejor no", Type(DONE)), final=(Same(),), locale=ES)

# ---- explain a place ----------------------------------------------------------------------
c.still("explain", "bogota", "que es el chorro de quevedo?", Says("Chorro de Quevedo"), locale=ES)
c.still("explain", "cartagena", "cuentame del palacio de la inquisicion",
        Says("Palacio de la Inquisición"), locale=ES)

# ---- book a table -------------------------------------------------------------------------
c.case("book", "bogota", S("resérvame mesa en el fogon llanero para 4 personas",
                           Type(CONF, DONE, INPUT)), go("sí porfa", answer="4"),
       final=(Booked("Fogón Llanero", 4),), locale=ES)
c.case("book", "cartagena", S("quiero reservar en la cevicheria para dos a la 1",
                              Type(CONF, DONE, INPUT)), go("dale", answer="2"),
       final=(Booked("La Cevichería Caribe", 2, "13:00"),), locale=ES)
c.case("book", "edinburgh", S("reserva en el thistle & stag para 3", Type(CONF, INPUT), Same()),
       S("mejor no, gracias", Type(DONE)), final=(NoBooking(),), locale=ES)

# ---- a local expert -----------------------------------------------------------------------
c.case("expert", "bogota", S("me podés conectar con alguien local que conozca bogota?",
                             Type(DONE, CONF, INPUT)), go("sí"), final=(Lead(),), locale=ES)
c.case("expert", "cartagena", S("quisiera hablar con un experto de la zona",
                                Type(DONE, CONF, INPUT)), go("claro"), final=(Lead(),),
       locale=ES)

# ---- help ---------------------------------------------------------------------------------
c.chat("help", "bogota", "que puedes hacer?", locale=ES)
c.chat("help", "cartagena", "no entiendo como usar esto", locale=ES)

# ---- two requests in one message ----------------------------------------------------------
edit("multi", "bogota", "quita la iglesia de san francisco y agrega la catedral primada el lunes",
     Removed("Iglesia de San Francisco"), Added(1, name="Catedral Primada", only=False))
edit("multi", "cartagena", "mueve las bovedas al jueves y borra la playa",
     Moved("Las Bóvedas", 4, alone=False), Removed("Playa de Bocagrande"))
edit("multi", "kyoto", "pon nijo a las 4 y el bambu a las 9",
     Retimed("Nijo Castle", "16:00", alone=False),
     Retimed("Arashiyama Bamboo Grove", "09:00", alone=False))
edit("multi", "edinburgh", "vacia el miercoles y añade portobello beach el jueves",
     Cleared(3, others=False), Added(4, name="Portobello Beach", only=False))

# ---- referents ----------------------------------------------------------------------------
c.case("referent", "bogota",
       S("agrega huerta verde el jueves", Type(*EDITS), When(DONE, Changed())), go("sí"),
       S("y eso a que hora abre?", Type(DONE), SaysLast()), locale=ES)
c.case("referent", "cartagena",
       S("zaatar arabe el jueves para cenar", Type(*EDITS), When(DONE, Changed())), go("sí"),
       S("muevelo al viernes", Type(DONE, CONF)), go("sí"),
       final=(Moved("Zaatar Árabe", 5),), locale=ES)
c.case("referent", "kyoto",
       S("pon yudofu nanzen el miercoles", Type(*EDITS), When(DONE, Changed())), go("sí"),
       S("nah, quitalo mejor", Type(DONE, CONF)), go("sí"),
       final=(Same(),), locale=ES)

# ---- duplicates and clashes ---------------------------------------------------------------
duplicate("bogota", "agrega monserrate el jueves", "Monserrate")
duplicate("cartagena", "suma el castillo san felipe el sabado", "Castillo San Felipe de Barajas")
c.case("clash", "bogota", S("mete el chorro de quevedo el lunes a las 10",
                            Type(DONE, CONF, SEL, INPUT)),
       go("sí", answer="después entonces"),
       final=(ClashHandled(1, "10:00", ("Chorro de Quevedo",)),), locale=ES)
c.case("clash", "cartagena", S("agrega la popa el martes a las 10", Type(DONE, CONF, SEL, INPUT)),
       go("sí", answer="a las 3 entonces"),
       final=(ClashHandled(2, "10:00", ("monastery",)),), locale=ES)

# ---- slot_fill ----------------------------------------------------------------------------
c.add("cartagena", "pal almuerzo del martes algo con patacones", day=2, terms="patacones",
      slot="Almuerzo", kind="slot_fill", locale=ES)
c.add("bogota", "el desayuno del martes en una panaderia", day=2, terms="bakery",
      slot="Breakfast", kind="slot_fill", locale=ES)

# ---- social -------------------------------------------------------------------------------
c.chat("social", "bogota", "holaa buenas tardes", locale=ES)
c.chat("social", "cartagena", "mil gracias, quedó bacano", locale=ES)
c.add("mumbai", "buenas! oye, agregame un sitio de dosas pa mañana en el desayuno", day=2,
      terms="dosa", between=BREAKFAST, kind="social", locale=ES)

# ---- info ---------------------------------------------------------------------------------
c.still("info", "bogota", "a que hora cierra el museo del oro?", Says("Museo del Oro"), locale=ES)
c.still("info", "cartagena", "el castillo san felipe abre los lunes?",
        Says("Castillo San Felipe de Barajas"), locale=ES)

# ---- choice -------------------------------------------------------------------------------
choice("bogota", "muestrame opciones de cafe de especialidad para el jueves",
       ("specialty coffee",), "la segunda", 1, 4)
choice("cartagena", "opciones de comida de mar para el jueves?", ("seafood",), "la ultima", -1, 4)
choice("kyoto", "dame opciones de fideos para el miercoles", ("noodles",), "el primero", 0, 3)

# ---- locale: Spanish typed by a traveler whose profile says otherwise -----------------------
c.add("bogota", "agrega un sitio de arepas el jueves", day=4, terms="arepas", kind="locale",
      locale="en")
c.still("locale", "cartagena", "que hay el lunes?", Says("Walled City"), locale="pt")

CASES = c.cases
