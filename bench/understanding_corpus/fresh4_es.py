"""Fifth fresh held-out set (es), written blind on 2026-12-07: it only measures, never tuned on.

Written without reading the parser, the intents, the agents, the message catalog or any other
corpus file's cases: only the harness, the checks, the demo trips, the demo places and the PRD.
Travelers from Mexico, Colombia, Argentina (voseo), Chile, Peru, Spain (vosotros), Ecuador,
Bolivia, Costa Rica, Cuba and the Dominican Republic, typing on a phone: missing accents,
typos, q/xq/pa/porfa/tmb, weekdays and ordinal days, "a las 8", "tipo 3", local meal words,
asides, politeness and corrections in the middle of a message. Most have their setting in
Spanish; some have it in English (or Portuguese) and must still be answered in Spanish, the
language they write in.

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
    ERR,
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
    Kept,
    NewCount,
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
    DINNER,
    EVENING,
    LUNCH,
    MORNING,
    Corpus,
    If,
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

c = Corpus("es", "f4")

COFFEE = ("cafe", "coffee", "bakery", "breakfast", "brunch")
EATS = ("restaurant", "cafe", "bakery")
SEAFOOD = ("seafood", "fish", "ceviche", "shrimp", "lobster", "oysters", "mussels", "octopus")
ANY = (DONE, SEL, CONF, INPUT, PART)
# "Al atardecer" in December: the sun sets around 17:00-17:40 in these cities.
SUNSET = ("16:00", "20:00")


def agree(confirm: str = "si", choose: str = "1", answer: str | None = None) -> Step:
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
    choose: str = "1",
    rounds: int = 2,
    locale: str = "es",
) -> None:
    """A request that may take cards, a confirmation or a question before it is done."""
    c.case(
        kind,
        trip,
        S(text, Type(*ANY), *first),
        *(agree(confirm, choose, answer) for _ in range(rounds)),
        final=final,
        locale=locale,
    )


def ask(
    kind: str,
    trip: str,
    text: str,
    *expect: Check,
    types: tuple[str, ...] = (DONE,),
    locale: str = "es",
) -> None:
    """A question about the trip or a place: answered, nothing changed."""
    c.still(kind, trip, text, *expect, types=types, locale=locale)


def talk(kind: str, trip: str, text: str, *expect: Check, locale: str = "es") -> None:
    """Small talk or a question about the service: answered briefly, nothing changed, no dump."""
    c.still(kind, trip, text, NoDump(), *expect, types=(DONE, INPUT), locale=locale)


def choice(
    trip: str,
    text: str,
    reply: str,
    *final: Check,
    terms: tuple[str, ...] = (),
    chose: int | None = None,
    locale: str = "es",
) -> None:
    """Cards, then the traveler picks one their way (or it is added at once)."""
    picked: tuple[Check, ...] = (Type(DONE),) + ((Chose(chose),) if chose is not None else ())
    c.case(
        "choice",
        trip,
        S(text, Type(SEL, DONE), When(SEL, Same(), Cards(terms))),
        If(SEL, reply, *picked),
        yes("si"),
        final=final,
        locale=locale,
    )


# ---- add: a named place or a kind of place, on a day, at a time --------------------------

add(
    "bogota",
    "holaa, agregame la Quinta de Bolivar el jueves en la mañana porfa",
    day=4,
    terms="Quinta de Bolívar",
    between=MORNING,
    name="Quinta de Bolívar",
)
add(
    "kyoto",
    "me sumas el Tenryu-ji el dia 3? creo q queda cerca del bosque de bambu",
    day=3,
    terms="Tenryu-ji",
    name="Tenryu-ji",
)
add(
    "edinburgh",
    "Buenas! Quisiera añadir la Scottish National Gallery el jueves por la tarde, que ese día "
    "no tenemos nada planeado",
    day=4,
    terms="Scottish National Gallery",
    between=AFTERNOON,
)
add(
    "goa",
    "che poné el Reis Magos Fort el ultimo dia a las 10 de la mañana",
    day=4,
    terms="Reis Magos Fort",
    at="10:00",
)
add(
    "jaipur",
    "añade el albert hall museum al dia 3 despues del fuerte, tipo 2 de la tarde",
    day=3,
    terms="Albert Hall Museum",
    between=("13:00", "15:30"),
)
add(
    "porto",
    "quiero meter la Capela das Almas el viernes a primera hora po",
    day=5,
    terms="Capela das Almas",
    between=MORNING,
)
add(
    "cartagena",
    "parce agregame el Museo Naval del Caribe pal jueves a las 3 de la tarde",
    day=4,
    terms="Museo Naval del Caribe",
    at="15:00",
)
add(
    "mumbai",
    "mañana quiero conocer el Banganga Tank, agregalo en la tarde xfa",
    day=2,
    terms="Banganga Tank",
    between=AFTERNOON,
)
add(
    "hadibo",
    "kiero sushi el dia 2, q opciones hay?",
    day=2,
    terms=("sushi",),
    choose="la 2",
)
add(
    "edinburgh",
    "agrega Dean Village el martes, no perdon, el jueves q lo tenemos libre",
    day=4,
    terms="Dean Village",
)
add(
    "porto",
    "ponme el Jardim do Morro el sábado al atardecer, dicen q las vistas son brutales",
    day=6,
    terms="Jardim do Morro",
    between=SUNSET,
    locale="en",
)
# Not a demo place: a clear "not found" (or alternatives), never a silent add.
c.case(
    "add",
    "bogota",
    S(
        "agrega Andrés Carne de Res el martes pa cenar, me lo recomendaron mucho",
        Type(ERR, INPUT, SEL),
        Same(),
    ),
    locale="es",
)

# ---- add_slots: filling an open meal slot ------------------------------------------------

add(
    "kyoto",
    "pa el almuerzo del miércoles algo de udon o soba porfa",
    day=3,
    terms=("udon", "soba", "noodles"),
    slot="Lunch",
    kind="add_slots",
)
add(
    "cartagena",
    "en el almuerzo del viernes queremos pescado frito con patacones, q me recomiendas?",
    day=5,
    terms=("fried fish", "patacones", "fish", "seafood"),
    slot="Almuerzo",
    kind="add_slots",
)
add(
    "edinburgh",
    "para el desayuno del martes buscame un sitio de brunch con buenos pancakes",
    day=2,
    terms=(*COFFEE, "pancakes"),
    slot="Breakfast",
    kind="add_slots",
    choose="el primero",
)
add(
    "porto",
    "la cena del miércoles la queremos en algún sitio de marisco, ¿vale?",
    day=3,
    terms=(*SEAFOOD, "bacalhau", "codfish", "sardines"),
    slot="Dinner",
    kind="add_slots",
)
add(
    "bogota",
    "llená el almuerzo del miercoles con algo tipico colombiano, ajiaco o bandeja paisa",
    day=3,
    terms=("colombian", "ajiaco", "bandeja paisa", "traditional", "local food"),
    slot="Lunch",
    kind="add_slots",
    locale="en",
)

# ---- wishes: cheap, vegetarian, kid-friendly, rooftop, romantic, top rated, open now -----

add(
    "kyoto",
    "algo baratito pa cenar el martes, andamos cortos de plata jaja",
    day=2,
    terms=EATS,
    wish=CHEAP,
    between=DINNER,
    kind="wishes",
)
add(
    "bogota",
    "hay algun restaurante vegetariano bien rankeado pal jueves al mediodia?",
    day=4,
    terms=EATS,
    wish=Wish(min_rating=4.5, keywords=VEGGIE.keywords),
    between=LUNCH,
    kind="wishes",
)
add(
    "jaipur",
    "queremos un rooftop pa tomar algo al atardecer el miércoles, algo con vista",
    day=3,
    terms=("bar", "restaurant", "cafe"),
    wish=ROOFTOP,
    between=SUNSET,
    kind="wishes",
)
add(
    "cartagena",
    "mae viajo con 2 chiquitos, algo pa ellos el jueves en la mañana? pura vida",
    day=4,
    wish=FAMILY,
    between=MORNING,
    kind="wishes",
)
add(
    "edinburgh",
    "quiero un sitio romántico pa cenar el jueves, es nuestro aniversario 💕",
    day=4,
    terms=EATS,
    wish=ROMANTIC,
    between=DINNER,
    kind="wishes",
)
add(
    "porto",
    "lo mejor valorado q haya pa comer el viernes al mediodia, no importa el precio",
    day=5,
    terms=EATS,
    wish=TOP_RATED,
    between=LUNCH,
    kind="wishes",
    locale="en",
)
add(
    "mumbai",
    "tengo un hambre q me muero, algo abierto ahorita y baratito pa comer?",
    day=1,
    terms=EATS,
    wish=Wish(max_price=1, open_now=True),
    kind="wishes",
)

# ---- remove ------------------------------------------------------------------------------

edit("remove", "kyoto", "saca el Ryoanji del lunes porfa", Removed("Ryoan-ji", 1))
edit(
    "remove",
    "edinburgh",
    "borra The Wee Dram, ninguno toma whisky jaja",
    Removed("The Wee Dram", 3),
    confirm="dale",
)
edit(
    "remove",
    "goa",
    "quítame Anjuna Beach, que dicen que está petada de gente",
    Removed("Anjuna Beach", 2),
    confirm="vale",
)
edit(
    "remove",
    "cartagena",
    "no vamos a ir al palacio de la inquisicion, sacalo nomas",
    Removed("Palacio de la Inquisición", 2),
    locale="en",
)
edit(
    "remove",
    "jaipur",
    "me borras el Jantar Mantar del martes? gracias!",
    Removed("Jantar Mantar", 2),
)
edit(
    "remove",
    "mumbai",
    "klk, cancela lo de Haji Ali q no nos da el tiempo",
    Removed("Haji Ali", 3),
    confirm="si claro",
)

# ---- clear: a whole day ------------------------------------------------------------------

edit(
    "clear",
    "bogota",
    "vacia el miercoles completo, lo queremos libre pa descansar",
    Cleared(3),
)
edit("clear", "edinburgh", "borra todo lo del dia 3", Cleared(3), confirm="sí, todo")
edit(
    "clear",
    "kyoto",
    "el dia 1 dejalo en blanco, vamos a improvisar",
    Cleared(1),
    confirm="sip",
    locale="en",
)

# ---- move: to another day (and time) -----------------------------------------------------

edit("move", "bogota", "pasa el museo botero al jueves", Moved("Museo Botero", 4))
edit(
    "move",
    "porto",
    "mueve la Sé al viernes a las 10:30",
    Moved("Sé do Porto", 5, at="10:30"),
)
edit(
    "move",
    "kyoto",
    "el Gion District pasalo al miercoles en la noche, el martes no nos da",
    Moved("Gion District", 3),
)
edit(
    "move",
    "cartagena",
    "Las Bóvedas pal jueves q el sabado nos vamos tempranito",
    Moved("Las Bóvedas", 4),
    confirm="de una",
)
edit(
    "move",
    "goa",
    "podrías mover el Fort Aguada al jueves? gracias de antemano",
    Moved("Fort Aguada", 4),
)
edit(
    "move",
    "jaipur",
    "el Hawa Mahal cambialo pal miércoles a las 4 de la tarde",
    Moved("Hawa Mahal", 3, at="16:00"),
    locale="pt",
)

# ---- retime: same day, another time ------------------------------------------------------

edit(
    "retime",
    "edinburgh",
    "cambia la hora del castillo a las 10",
    Retimed("Edinburgh Castle", "10:00"),
)
edit(
    "retime",
    "goa",
    "la cena en Vindaloo & Vinho mejor a las 9 de la noche",
    Retimed("Vindaloo & Vinho", "21:00"),
)
edit(
    "retime",
    "bogota",
    "el Fogón Llanero atrasalo una hora",
    Retimed("Fogón Llanero", "20:30"),
)
edit(
    "retime",
    "porto",
    "el Palácio da Bolsa ponlo a las 9:30 q a las 10 hay mucha cola",
    Retimed("Palácio da Bolsa", "09:30"),
)
edit(
    "retime",
    "mumbai",
    "marine drive mejor a las 17 hs pa agarrar el atardecer",
    Retimed("Marine Drive", "17:00"),
    locale="en",
)

# ---- replace: one item for another kind of place -----------------------------------------

guided(
    "replace",
    "kyoto",
    "cambia el Menya Kurogane por algo de sushi",
    Replaced("Menya Kurogane", 2, ("sushi",)),
    first=(When(SEL, Cards(("sushi",))),),
)
guided(
    "replace",
    "bogota",
    "en vez del Fogón Llanero quiero comer italiano esa noche",
    Replaced("Fogón Llanero", 1, ("italian", "pizza", "pasta")),
    first=(When(SEL, Cards(("italian", "pizza", "pasta"))),),
    choose="el primero",
)
guided(
    "replace",
    "edinburgh",
    "reemplaza The Thistle & Stag por un sitio de mariscos, a mi pareja no le va el haggis",
    Replaced("The Thistle & Stag", 1, SEAFOOD),
    first=(When(SEL, Cards(SEAFOOD)),),
)
guided(
    "replace",
    "jaipur",
    "ñaño el Amber Fort cambialo por el Jaigarh Fort, ya fuimos al Amber la otra vez",
    Replaced("Amber Fort", 1, ("Jaigarh Fort",)),
    confirm="ya",
)
guided(
    "replace",
    "cartagena",
    "La Cevichería Caribe está muy cara, hay algo de mariscos más económico pa reemplazarla?",
    Replaced("La Cevichería Caribe", 1, (*SEAFOOD, "fried fish"), Wish(max_price=2)),
    first=(When(SEL, Cards((*SEAFOOD, "fried fish"), Wish(max_price=2))),),
)

# ---- swap_days ---------------------------------------------------------------------------

edit("swap_days", "bogota", "intercambia el martes con el miercoles", Swapped(2, 3))
edit(
    "swap_days",
    "porto",
    "cambia el dia 1 por el dia 3, o sea lo del 1 pasa al 3 y viceversa",
    Swapped(1, 3),
    confirm="exacto",
)
edit(
    "swap_days",
    "goa",
    "invertí los días 2 y 3 porfa",
    Swapped(2, 3),
    locale="en",
)

# ---- trip: dates and length --------------------------------------------------------------

guided(
    "trip",
    "cartagena",
    "nos quedamos un dia mas!! agrega un dia al final del viaje",
    Days(7),
    NoLoss(),
)
guided(
    "trip",
    "bogota",
    "se nos movió el vuelo, ahora el viaje arranca el 9 de diciembre",
    Start("2026-12-09"),
    Days(4),
    NoLoss(),
)
guided(
    "trip",
    "edinburgh",
    "al final son solo 4 dias, quita el ultimo dia del viaje",
    Days(4),
    confirm="si, quitalo",
)
guided(
    "trip",
    "kyoto",
    "cambiamos fechas: llegamos el martes 8 y nos vamos el jueves 10 de diciembre",
    Start("2026-12-08"),
    Days(3),
    locale="en",
)

# ---- undo --------------------------------------------------------------------------------

c.case(
    "undo",
    "bogota",
    S("borra la Plaza de Bolivar", Type(DONE, CONF)),
    yes("si"),
    S("uy me equivoqué, deshace eso", Type(DONE, CONF)),
    yes("si"),
    final=(Same(),),
    locale="es",
)
c.case(
    "undo",
    "kyoto",
    S("agrega el Heian Shrine el dia 3 a las 5 de la tarde", Type(SEL, DONE)),
    pick("1"),
    S("no mejor no, deshacer", Type(DONE, CONF)),
    yes("dale"),
    final=(Same(),),
    locale="es",
)
c.case(
    "undo",
    "porto",
    S("pasa el Museu de Serralves al viernes", Type(DONE, CONF)),
    yes("sí"),
    S("mmm no, volvé todo como estaba antes", Type(DONE, CONF)),
    yes("sí"),
    final=(Same(),),
    locale="en",
)

# ---- show --------------------------------------------------------------------------------

ask("show", "bogota", "q tengo el martes?", Says("Monserrate", "Museo Botero"))
ask(
    "show",
    "kyoto",
    "mostrame todo el itinerario porfa",
    Says("Kinkaku-ji", "Fushimi Inari Taisha", "Nijo Castle"),
)
ask("show", "cartagena", "como quedó el sábado?", Says("Las Bóvedas"))
ask("show", "hadibo", "qué bolá, a ver el plan completo")
ask(
    "show",
    "mumbai",
    "q me queda pa hoy?",
    Says("Chhatrapati Shivaji Maharaj Vastu Sangrahalaya"),
    locale="en",
)

# ---- plan --------------------------------------------------------------------------------

guided(
    "plan",
    "blank",
    "armame los 2 dias en Kyoto, nos gustan los templos y el ramen",
    Plan("kyoto", 2, includes=(("temple",), ("ramen",))),
)
guided(
    "plan",
    "edinburgh",
    "el jueves lo tenemos vacío, ¿nos lo planeáis vosotros con lo que veáis?",
    Plan("edinburgh", 5),
    confirm="vale",
)
guided(
    "plan",
    "goa",
    "llename el dia 4 con playa y algo de comida goana",
    Plan("goa", 4, includes=(("beach",), ("goan",))),
    locale="en",
)

# ---- explain: what a place is, why it is there --------------------------------------------

ask("explain", "bogota", "contame del Museo del Oro, vale la pena?", Says("Museo del Oro"))
ask(
    "explain",
    "kyoto",
    "q es el Kamogawa Kaiseki? nunca he comido kaiseki",
    Says("Kamogawa Kaiseki"),
)
ask("explain", "jaipur", "xq pusiste el Nahargarh Fort el ultimo dia?", Says("Nahargarh Fort"))
ask(
    "explain",
    "edinburgh",
    "que onda el Greyfriars Kirkyard, es un cementerio??",
    Says("Greyfriars Kirkyard"),
    locale="en",
)

# ---- book --------------------------------------------------------------------------------

guided(
    "book",
    "bogota",
    "reservame mesa en el Fogón Llanero pa 4 personas a las 7:30 de la noche",
    Booked("Fogón Llanero", party=4, at="19:30"),
    answer="4 personas, 7:30 pm",
)
guided(
    "book",
    "porto",
    "queremos reservar en la Marisqueira da Foz, somos dos",
    Booked("Marisqueira da Foz", party=2),
    answer="a las 8 de la noche",
    confirm="sí porfa",
)
guided(
    "book",
    "cartagena",
    "me podés hacer la reserva de La Cevichería Caribe pa 3?",
    Booked("La Cevichería Caribe", party=3),
    answer="a la 1 de la tarde, somos 3",
    locale="en",
)

# ---- expert: a local expert (a lead) -----------------------------------------------------

guided(
    "expert",
    "jaipur",
    "me gustaria hablar con un guia local de Jaipur q hable español",
    Lead(),
    answer="historia y compras, presupuesto medio",
)
guided(
    "expert",
    "cartagena",
    "hay algun experto local q me pueda armar algo personalizado en Cartagena?",
    Lead(),
    answer="salsa, comida y playas, somos 2",
)

# ---- help --------------------------------------------------------------------------------

talk("help", "bogota", "y vos q cosas podes hacer?")
talk("help", "porto", "como funciona esto? soy nueva aca y no entiendo nada")

# ---- multi: two requests in one message ---------------------------------------------------

guided(
    "multi",
    "bogota",
    "pasa el Museo Botero al jueves y agrega el Chorro de Quevedo el martes en la tarde",
    Moved("Museo Botero", 4, alone=False),
    Added(2, ("Chorro de Quevedo",), between=AFTERNOON, only=False),
    rounds=3,
)
guided(
    "multi",
    "edinburgh",
    "borra Victoria Street y pone el Calton Hill a las 5",
    Removed("Victoria Street", 2),
    Retimed("Calton Hill", "17:00", alone=False),
)
guided(
    "multi",
    "kyoto",
    "saca el Sanjusangen-do y agrega el Tofuku-ji el miercoles en la mañana",
    Removed("Sanjusangen-do", 2),
    Added(3, ("Tofuku-ji",), between=MORNING, only=False),
    rounds=3,
)
guided(
    "multi",
    "porto",
    "quiero borrar São Bento y mover la Ponte Luís I a las 17h",
    Removed("São Bento Station", 2),
    Retimed("Ponte Luís I", "17:00", alone=False),
    locale="en",
)
guided(
    "multi",
    "goa",
    "agregá una cafetería el jueves a las 9 y un bar pa la noche ese mismo día",
    NewCount(2),
    Added(4, COFFEE, between=("08:00", "10:00"), only=False),
    Added(4, ("bar", "nightlife", "cocktails"), between=EVENING, only=False),
    rounds=4,
)

# ---- referent: "ese", "ahí", "lo" --------------------------------------------------------

c.case(
    "referent",
    "bogota",
    S("agrega el Café San Felipe Tostadores el jueves a las 9", Type(SEL, DONE)),
    pick("1"),
    S("mejor ponelo a las 10", Type(DONE, CONF)),
    yes("si"),
    final=(Retimed(None, "10:00", day=4),),
    locale="es",
)
c.case(
    "referent",
    "kyoto",
    S("q tal el Nanzen-ji? vale la pena?", Type(DONE), Same(), Says("Nanzen-ji")),
    S("dale, agregalo el miercoles entonces", Type(SEL, DONE, CONF)),
    agree("si", "1"),
    final=(Added(3, ("Nanzen-ji",)),),
    locale="es",
)
c.case(
    "referent",
    "edinburgh",
    S("añade Dunbar's Close Garden el jueves por la mañana", Type(SEL, DONE)),
    pick("1"),
    S("y a q hora cierra ese lugar?", Type(DONE), Same(), SaysLast()),
    locale="es",
)
c.case(
    "referent",
    "porto",
    S("a q hora abre la Livraria Lello?", Type(DONE), Same(), Says("Livraria Lello")),
    S("ok entonces pasala a las 10", Type(DONE, CONF)),
    yes("ok"),
    final=(Retimed("Livraria Lello", "10:00"),),
    locale="es",
)
c.case(
    "referent",
    "mumbai",
    S("agrega el Kala Ghoda Art District mañana en la tarde", Type(SEL, DONE)),
    pick("1"),
    S("sabes q, sacalo, al final no vamos", Type(DONE, CONF)),
    yes("si"),
    final=(Same(),),
    locale="en",
)

# ---- duplicate: already on the trip ------------------------------------------------------

c.case(
    "duplicate",
    "bogota",
    S(
        "agrega el Museo del Oro el miércoles",
        Type(*ANY),
        AnyOf((Same(),), (Warned(),)),
    ),
    locale="es",
)
c.case(
    "duplicate",
    "porto",
    S(
        "ah y agregá la Livraria Lello q no me la quiero perder por nada",
        Type(DONE, CONF, INPUT),
        Same(),
    ),
    locale="es",
)

# ---- clash: a time that is taken ---------------------------------------------------------

guided(
    "clash",
    "bogota",
    "agrega la Quinta de Bolívar el martes a las 10",
    ClashHandled(2, "10:00", ("Quinta de Bolívar",)),
)
guided(
    "clash",
    "jaipur",
    "agrega un cafecito el martes a las 9:30",
    ClashHandled(2, "09:30", COFFEE),
    rounds=3,
)
guided(
    "clash",
    "porto",
    "mete un bar de vinos el sabado a las 3 de la tarde",
    ClashHandled(6, "15:00", ("wine", "bar", "port wine")),
    rounds=3,
)

# ---- slot_fill: something is missing; the traveler answers the question -----------------
# The first answer may be the question itself ("which day?" as options, not place cards).

guided(
    "slot_fill",
    "edinburgh",
    "añade algo el jueves por la mañana",
    Added(4),
    answer="un museo de arte",
    rounds=3,
)
guided(
    "slot_fill",
    "bogota",
    "quiero agregar un restaurante de ceviche",
    Added(None, ("ceviche", "seafood")),
    answer="el miercoles pa cenar",
    rounds=3,
)
guided(
    "slot_fill",
    "cartagena",
    "pon una playa",
    Added(None, ("beach",)),
    answer="el jueves",
    rounds=3,
    locale="en",
)

# ---- social ------------------------------------------------------------------------------

talk("social", "bogota", "muchas gracias!! quedó buenísimo 🙌", Short())
talk("social", "kyoto", "holaaa", Short())
talk("social", "porto", "jajaja sos lo más, chau", Short())

# ---- info: hours, prices, facts about a place --------------------------------------------

ask("info", "bogota", "a q hora abre Monserate?", Says("Monserrate"))
ask("info", "porto", "cuanto cuesta entrar a la Livraria Lello?", Says("Livraria Lello"))
ask("info", "jaipur", "el City Palace cierra temprano?", Says("City Palace"))
ask("info", "mumbai", "chuta, las Elephanta Caves abren los martes?", Says("Elephanta Caves"))

# ---- choice: cards, then the traveler picks by ordinal or by name -------------------------

choice(
    "hadibo",
    "agrega un restaurante yemeni pal dia 3",
    "el segundo",
    Added(3, ("yemeni",)),
    terms=("yemeni",),
    chose=1,
)
choice(
    "bogota",
    "agregá un café pa desayunar el martes",
    "el de Cordillera",
    Added(2, COFFEE, name="Café Cordillera"),
    terms=COFFEE,
)
choice(
    "goa",
    "busca un bar pal miercoles en la noche",
    "el ultimo",
    Added(3, ("bar", "nightlife", "cocktails", "beer")),
    terms=("bar", "nightlife", "cocktails", "beer"),
    chose=-1,
)
choice(
    "edinburgh",
    "quiero pizza el miércoles a la noche, mostrame opciones",
    "la 1",
    Added(3, ("pizza", "italian")),
    terms=("pizza", "italian"),
    chose=0,
    locale="en",
)

# ---- locale: the setting says one language, the traveler writes Spanish -----------------

ask("locale", "bogota", "oye, q tengo el miércoles?", Says("Distrito Grafiti"), locale="en")
add(
    "kyoto",
    "agrega el Kissa Matcha-an el lunes en la tarde, quiero probar el matcha",
    day=1,
    terms="Kissa Matcha-an",
    between=AFTERNOON,
    kind="locale",
    locale="pt",
)
edit(
    "locale",
    "cartagena",
    "hola, hablo español, me ayudás a sacar la Playa de Bocagrande?",
    Removed("Playa de Bocagrande", 3),
    Kept("Bocagrande Beach Grill", 3),
    locale="en",
)

CASES = c.cases
