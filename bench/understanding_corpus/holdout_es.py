# ruff: noqa: E501 - corpus tables: one case per line reads best
"""Held-out Spanish cases: written fresh, never used to tune the parser (run with --holdout).

Colombian and Mexican turns of phrase ("parce", "pa'l", "órale", "nel", "chido", "no me
late"), missing accents and typos, voice-to-text run-ons, times in words ("a eso de las 7",
"las ocho y cuarto", "al mediodía"), relative days ("pasado mañana", "el mismo día que..."),
"ese"/"eso", and replies to cards and confirmations. Outcomes only, every reasonable path.
"""

from bench.understanding_corpus.checks import (
    ASKS,
    CONF,
    DONE,
    ERR,
    INPUT,
    SEL,
    Cards,
    Changed,
    NoDump,
    NotSays,
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
    NewCount,
    NoLoss,
    Removed,
    Replaced,
)
from bench.understanding_corpus.places import CHEAP, TOP_RATED, VEGGIE
from bench.understanding_corpus.spec import (
    AFTERNOON,
    BREAKFAST,
    EVENING,
    LUNCH,
    Corpus,
    S,
    go,
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

c = Corpus("es", "h")

# ---- add ------------------------------------------------------------------------------------
c.add("bogota", "parce, méteme la plaza de paloquemao el jueves", day=4, name="Paloquemao", choose="Plaza de Mercado de Paloquemao")
c.add("cartagena", "oye y si vamos a ver los manglares? ponlo el dia 4", day=4, terms=("mangroves", "manglar"))
c.add("bogota", "quiero conocer la iglesia de las rayas, la del carmen, el día 4", day=4, name="Santuario de Nuestra Señora del Carmen", choose="Santuario de Nuestra Señora del Carmen")
c.add("jaipur", "órale, agrégame un templo bien chido pal día 3", day=3, terms=("temple",), choose="el primero")

# ---- add_slots: times and days in words -------------------------------------------------------
k = "add_slots"
c.add("bogota", "oye mira lo que pasa es que el jueves queremos comer algo peruano como a eso de las 7 de la noche será que se puede", day=4, terms=("peruvian",), between=("18:30", "19:30"), kind=k)
c.add("cartagena", "el sábado temprano tipo 8 un desayuno en algún café", day=6, terms=("cafe", "coffee", "breakfast"), at="08:00", kind=k)
c.add("mumbai", "pasado mañana al mediodía quiero ir al mercado crawford", day=3, name="Crawford Market", at="12:00", choose="Crawford Market", kind=k)
c.add("cartagena", "pa' la noche del día 4 algo con salsa en vivo 💃", day=4, terms=("salsa", "live music"), between=EVENING, kind=k)

# ---- wishes ---------------------------------------------------------------------------------
k = "wishes"
c.add("bogota", "un sitio bien barato pa desayunar el día 4, algo sencillo", day=4, terms=("breakfast", "bakery", "cafe", "coffee", "arepas"), wish=CHEAP, between=BREAKFAST, kind=k)
c.add("cartagena", "algo vegano pa almorzar el día 5", day=5, wish=VEGGIE, between=LUNCH, kind=k)
c.add("bogota", "un cafecito con buenas reseñas, de los mejores, el día 3 en la tarde", day=3, terms=("cafe", "coffee"), wish=TOP_RATED, between=AFTERNOON, kind=k)

# ---- remove ---------------------------------------------------------------------------------
k = "remove"
c.case(k, "cartagena", S("uy no, el palacio de la inquisición no me late, quítalo", Type(DONE, CONF, SEL)), go("sí"), final=(Removed("Palacio de la Inquisición"),))
c.case(k, "bogota", S("la iglesia de san francisco ya la conocemos, sácala", Type(DONE, CONF, SEL)), go("sí"), final=(Removed("Iglesia de San Francisco"),))
c.case(k, "jaipur", S("ya no vamos al city palace, bórralo porfis", Type(DONE, CONF, SEL)), go("simón"), final=(Removed("City Palace"),))

# ---- clear ----------------------------------------------------------------------------------
k = "clear"
c.ask_first(k, "cartagena", "deja el día 2 en blanco, sin nada", "sí, hazlo", Cleared(2))
c.ask_first(k, "bogota", "quítale todo al miércoles", "mejor no", Same())

# ---- move -----------------------------------------------------------------------------------
k = "move"
c.case(k, "bogota", S("el museo del oro pásalo pa'l martes", Type(DONE, CONF)), go("sí"), final=(Moved("Museo del Oro", 2),))
c.case(k, "cartagena", S("las bóvedas mejor el mismo día que getsemaní", Type(DONE, CONF)), go("sí"), final=(Moved("Las Bóvedas", 5),))
c.case(k, "kyoto", S("¿se puede pasar el castillo nijo al primer día?", Type(DONE, CONF)), go("sí"), final=(Moved("Nijo Castle", 1),))

# ---- retime ---------------------------------------------------------------------------------
k = "retime"
c.case(k, "bogota", S("el chocolate santafereño a las 7 y media mejor", Type(DONE, CONF)), go("sí"), final=(Retimed("Chocolate Santafereño", "07:30"),))
c.case(k, "cartagena", S("atrasa la cevichería una hora", Type(DONE, CONF)), go("sí"), final=(Retimed("La Cevichería Caribe", "14:00"),))
c.case(k, "bogota", S("el fogón llanero a las ocho y cuarto de la noche", Type(DONE, CONF)), go("sí"), final=(Retimed("Fogón Llanero", "20:15"),))


# ---- replace --------------------------------------------------------------------------------
def replace(trip: str, text: str, old: str, day: int, terms: tuple[str, ...]) -> None:
    """Cards of the new kind only (never the old place), or a direct swap; then `old` gave way."""
    c.case(
        "replace", trip,
        S(text, Type(SEL, DONE, CONF), When(SEL, Same(), Cards(terms, exclude=(old,)))),
        go("sí"), go("sí"),
        final=(Replaced(old, day, terms),),
    )


replace("bogota", "en lugar del ajiaco unos taquitos", "La Casona del Ajiaco", 1, ("tacos", "mexican"))
replace("cartagena", "cambia el sunset bar por algo más tranqui, un café", "Muralla Sunset Bar", 1, ("cafe", "coffee"))

# ---- swap days ------------------------------------------------------------------------------
c.case("swap_days", "cartagena", S("voltea el día 5 con el 6", Type(DONE, CONF)), yes("sí"), final=(Swapped(5, 6),))

# ---- trip -----------------------------------------------------------------------------------
k = "trip"
c.case(k, "bogota", S("se nos alargó el viaje, súmale dos días", Type(DONE, CONF)), yes("sí"), final=(Days(6),))
c.case(k, "cartagena", S("al final llegamos el 12 de diciembre, corre todo", Type(DONE, CONF)), yes("sí, dale"), final=(Start("2026-12-12"),))

# ---- undo -----------------------------------------------------------------------------------
k = "undo"
c.case(k, "bogota", S("sácame el botero"), go("sí"), S("ay no, regrésalo como estaba", Type(DONE), Changed()), final=(Same(),))
c.case(k, "cartagena", S("la playa muévela pal jueves"), go("sí"), S("mejor deshazlo", Type(DONE), Changed()), final=(Same(),))

# ---- show -----------------------------------------------------------------------------------
k = "show"
c.still(k, "cartagena", "¿qué tenemos pa'l viernes?", Says("Getsemaní"), NotSays("Walled City"))
c.still(k, "bogota", "recuérdame a qué hora es lo de monserrate", Says("Monserrate"))

# ---- plan -----------------------------------------------------------------------------------
c.case("plan", "blank", S("ármame 3 días en cartagena, playa y rumba", Type(DONE, CONF)), yes("sí"), final=(Plan("cartagena", 3, (("beach",), ("nightlife", "salsa"))),))

# ---- explain --------------------------------------------------------------------------------
k = "explain"
c.still(k, "bogota", "¿qué onda con el museo botero, vale la pena?", Says("Museo Botero"))
c.still(k, "cartagena", "¿hasta qué hora abren el castillo san felipe?", Says("Castillo San Felipe"))

# ---- book -----------------------------------------------------------------------------------
k = "book"
c.case(k, "cartagena",
       S("resérvame en la cevichería pa 6 personas a la 1", Type(CONF, SEL, INPUT), When(CONF, Says("La Cevichería Caribe")), NoBooking()),
       go("sí", "1", answer="6 personas a la 1 de la tarde"), go("sí", "1", answer="6 personas a la 1 de la tarde"),
       final=(Booked("La Cevichería Caribe", party=6, at="13:00"),))
c.case(k, "bogota",
       S("ponme un francés pa cenar el martes"), go("sí"),
       S("listo, haz reserva ahí pa dos a las 8 y media", Type(CONF, SEL, INPUT), When(CONF, SaysLast()), NoBooking()),
       go("sí", "1", answer="2 personas a las 8:30 de la noche"), go("sí", "1", answer="2 personas a las 8:30 de la noche"),
       final=(Booked(party=2, at="20:30"),))

# ---- expert ---------------------------------------------------------------------------------
c.case("expert", "bogota", S("¿hay algún guía de aquí que nos lleve por los cafés de especialidad?", Same()), go("sí", answer="café y caminatas"), final=(Lead(),))

# ---- help -----------------------------------------------------------------------------------
c.still("help", "cartagena", "¿y tú qué haces exactamente?", NoDump())

# ---- multi: two requests in one message -------------------------------------------------------
k = "multi"
c.case(k, "bogota", S("la cena del día 2 ponla en un italiano y el botero muévelo pa las 4"), go("sí"), go("sí"), go("sí"),
       final=(Filled(2, ("Dinner",), ("italian",)), Retimed("Museo Botero", "16:00", alone=False)))
c.case(k, "cartagena", S("agrega una heladería el día 3 y también la torre del reloj ese mismo día"), go("sí"), go("sí", "Torre del Reloj"), go("sí", "Torre del Reloj"),
       final=(Added(3, ("ice cream",), only=False), Added(3, name="Torre del Reloj", only=False), NewCount(2)))

# ---- referent: "ese", "eso", "-la" ------------------------------------------------------------
k = "referent"
c.case(k, "bogota", S("agrégame la Taquería Chapinero el miércoles en la noche"), go("sí", "Taquería Chapinero"), S("y esa a qué hora cierra?", Type(DONE), Same(), SaysLast()))
c.case(k, "cartagena", S("ponme playa castillogrande el jueves"), go("sí", "Playa Castillogrande"), S("mejor pásala pal sábado", Type(DONE, CONF)), go("sí"),
       final=(Moved(None, 6),))
c.case(k, "jaipur", S("ponme un sitio de dulces el día 2 en la tarde"), go("sí"), S("nel, mejor quita eso", Type(DONE, CONF)), go("sí"),
       final=(NewCount(0), NoLoss()))

# ---- duplicate ------------------------------------------------------------------------------
c.case("duplicate", "cartagena", S("ponme el castillo de san felipe el día 1", Same(), Type(*ASKS, DONE, ERR), Says("Castillo San Felipe de Barajas")))

# ---- clash ----------------------------------------------------------------------------------
c.case("clash", "bogota", S("agrega la Quinta de Bolívar el martes a las 10 de la mañana", Type(SEL, DONE, CONF)), go("sí", "Quinta de Bolívar"), go("sí", "Quinta de Bolívar"),
       final=(ClashHandled(2, "10:00", ("bolivar",)),))

# ---- slot fill ------------------------------------------------------------------------------
c.add("bogota", "búscame dónde almorzar el día 3, algo típico", day=3, terms=("colombian", "traditional", "ajiaco"), slot="Lunch", kind="slot_fill")

# ---- social, info ---------------------------------------------------------------------------
c.still("social", "bogota", "jajaja qué chévere, mil gracias parcero", NoDump(), Short())
c.chat("info", "cartagena", "¿qué tan caliente está cartagena en diciembre?")

# ---- choice: replies to cards ---------------------------------------------------------------
c.case("choice", "cartagena", S("muéstrame opciones de mariscos pal día 3", Type(SEL)), S("dame el segundo", Type(DONE), Chose(1)))

# ---- locale: written in Spanish by a traveler whose stored locale is English ---------------
c.case("locale", "cartagena", S("oye y el martes qué toca?", Type(DONE), Same(), Says("Palacio de la Inquisición")), locale="en")

CASES = c.cases
