"""Fresh9, Spanish: a blind held-out set of traveler conversations.

Written blind on 2026-12-07 from the demo data (core/data/demo_places.json), the fixtures and the
protocol (DESIGN.md) only: not from the parser, the message catalog or any other corpus file. It
is a measure: never tune the parser on it.

Who writes:
- Uruguayan friends from Montevideo in Edinburgh and Porto, with voseo ("bo", "ta", "sumá",
  "de tarde", "gurises");
- a Guatemalan couple in Porto and Jaipur ("vos", "chilero", "patojos", "pisto");
- Dominicans in Goa and Cartagena ("klk", "vaina", "mi jeva", "tiguere");
- Puerto Ricans in Mumbai ("wepa", "chavos", "janguear");
- Costa Ricans in Kyoto ("mae", "pura vida", "tuanis", "diay");
- a family from Guayaquil in Mumbai and Bogotá ("ñaño", "ñaña", "chuta", "de ley");
- a retired couple from La Paz, Bolivia, in Jaipur, polite and formal ("pues", "ya", "usted");
- Paraguayans in Bogotá ("che", "nomás", "vy'a", "la siesta");
- Panamanians in Cartagena ("xopa", "chuzo", "pelao", "ayala");
- Salvadorans and Hondurans with the kids ("vaya pues", "cipotes", "chivo", "macizo");
- a Nicaraguan nurse in Edinburgh ("chele", "tuani", "reales");
- Spaniards: Murcianos ("acho", "pijo"), Aragoneses ("maño", "cierzo"), a Galician grandmother
  ("neno", "carallo", "rapaces"), gaditanos ("quillo", "miarma", "pisha") and a Tenerife
  family ("mi niño", "chacho", "la guagua", "fuerte calor");
- Chileans from Valparaíso ("po", "cachai", "al tiro", "pato") and an Arequipa engineer
  ("oe", "causa", "pe", "jato");
- a Maracucho ("primo", "qué molleja", "vergación") and Miami Cubans ("asere", "qué bolá");
- US Spanglish from Texas and New York ("el lonche", "un coffee shop", "swapea", "parquear");
- and voice-dictated messages: run-ons, "punto", no accents, corrections halfway ("al jueves,
  no, mejor al miércoles"). Some travelers are rude, some very polite, some paste emoji.

Times are written every way ("a las 3 de la tarde", "21h", "a las 8 y media de la noche",
"4pm", "tempranito", "al atardecer", "a la 1 y media") and days too ("el martes", "mañana",
"hoy", "el día 4", "el último día", "el primer día", "el 8 de diciembre"). A few travelers have
"en" or "pt" stored as their setting but write Spanish: the answer must follow what they write.

The clock is Monday 2026-11-23 09:00 UTC; trips start Monday 2026-12-07 (day 1: lunes 7,
martes 8 = day 2, miércoles 9 = day 3, jueves 10 = day 4, viernes 11 = day 5, sábado 12 = day 6)
except Mumbai, which starts today (so "hoy", "mañana" and "pasado mañana" are days 1, 2 and 3,
and it is 14:30 there now).
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
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
    OPEN_NOW,
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
    Plan,
    Retimed,
    Start,
    Swapped,
)

c = Corpus("es", "f9", locale="es")

EAT = ("restaurant", "cafe", "bakery")


def choice(
    trip: str,
    text: str,
    terms: tuple[str, ...],
    reply: str,
    index: int,
    day: int,
    *,
    wish: Wish | None = None,
    least: int = 1,
) -> None:
    """Asking to see options: cards that fit; the reply picks one by its position."""
    c.case(
        "choice",
        trip,
        S(text, Type(SEL), Cards(terms, wish, min=least)),
        S(reply, Type(DONE), Chose(index)),
        final=(Added(day, terms, wish),),
    )


# ---- add ------------------------------------------------------------------------------------

c.add("kyoto", "mae agregueme un lugar de ramen pal miercoles a mediodia, pura vida",
      day=3, terms="ramen", between=LUNCH)  # fmt: skip
c.add("edinburgh", "oye neno mete un sitio de fish and chips el jueves por la noche que a los "
      "rapaces les encanta", day=4, terms="fish and chips", between=EVENING)  # fmt: skip
c.add("porto", "vos agrega un restaurante vegano pal viernes al almuerzo, chilero",
      day=5, terms=("vegan", "vegetarian"), between=LUNCH)  # fmt: skip
c.add("goa", "klk, ponme una discoteca el jueves en la noche pa bailar un chin",
      day=4, terms=("night club", "nightlife", "dancing"), between=EVENING)  # fmt: skip
c.add("mumbai", "ñaño agrega la Jehangir Art Gallery mañana a las 4 de la tarde",
      day=2, name="Jehangir Art Gallery", at="16:00")  # fmt: skip
c.add("jaipur", "Buenas tardes, pues. Quisiera agregar el Albert Hall Museum el miércoles en la "
      "mañana, si fuera tan amable", day=3, name="Albert Hall Museum", between=MORNING)  # fmt: skip
c.add("bogota", "che agregame un lugar de tacos el jueves a la noche nomas",
      day=4, terms=("tacos", "mexican"), between=EVENING)  # fmt: skip
c.add("cartagena", "xopa, mete el Museo Naval del Caribe el dia 4 a las 10 de la mañana",
      day=4, name="Museo Naval del Caribe", at="10:00")  # fmt: skip
c.add("porto", "acho añade la Casa da Musica el jueves a las 5 de la tarde",
      day=4, name="Casa da Música", at="17:00")  # fmt: skip
c.add("kyoto", "agrega un templo zen el martes punto gracias",
      day=2, terms="zen")  # fmt: skip
c.add("edinburgh", "bo, suma el Palace of Holyroodhouse el lunes de tarde, ta?",
      day=1, name="Palace of Holyroodhouse", between=AFTERNOON)  # fmt: skip
c.add("goa", "mi niño ponme el Salim Ali Bird Sanctuary el miercoles tempranito, antes de que "
      "apriete el calor", day=3, name="Salim Ali Bird Sanctuary", between=MORNING)  # fmt: skip
c.add("cartagena", "hey agrega un coffee shop para el sabado en la mañana please",
      day=6, terms=("cafe", "coffee"), between=MORNING)  # fmt: skip
c.add("blank", "vaya pues, agregue el Heian Shrine al primer dia a las 2 de la tarde",
      day=1, name="Heian Shrine", at="14:00")  # fmt: skip

# ---- wishes ---------------------------------------------------------------------------------

c.add("kyoto", "quillo ponme argo barato pa cenar el martes que vamos tiesos miarma",
      day=2, terms=EAT, wish=CHEAP, between=DINNER, kind="wishes")  # fmt: skip
c.add("edinburgh", "somos vegetarianos los dos, sumá algo veggie pal almuerzo del viernes",
      day=5, wish=VEGGIE, between=LUNCH, kind="wishes")  # fmt: skip
c.add("cartagena", "quiero una cena romantica con mi jeva el martes, algo bien bonito 🌹",
      day=2, terms=("restaurant", "cafe", "bar"), wish=ROMANTIC, between=DINNER,
      kind="wishes")  # fmt: skip
c.add("mumbai", "wepa! busquen un rooftop pa janguear esta noche, con vista al mar si se puede",
      day=1, wish=ROOFTOP, between=EVENING, kind="wishes")  # fmt: skip
c.add("jaipur", "el miércoles en la noche queremos el restaurante mejor calificado que haya, "
      "de los top top", day=3, terms="restaurant", wish=TOP_RATED, between=EVENING,
      kind="wishes")  # fmt: skip
c.add("porto", "algo baratito pa comer el viernes po, andamos pato cachai",
      day=5, terms=EAT, wish=CHEAP, kind="wishes")  # fmt: skip
c.add("goa", "vamos con los cipotes, pon algo para niños el jueves en la mañana",
      day=4, wish=FAMILY, between=MORNING, kind="wishes")  # fmt: skip
c.add("bogota", "chuta mi ñaña es vegana, busca un restaurante vegano pal almuerzo del miercoles",
      day=3, terms="restaurant", wish=VEGGIE, between=LUNCH, kind="wishes")  # fmt: skip
c.add("mumbai", "necesito un cafe que este abierto right now, estamos muertos de sueño",
      day=1, terms=("cafe", "coffee"), wish=OPEN_NOW, kind="wishes")  # fmt: skip
c.add("edinburgh", "algo barato para cenar el jueves chele, que ando sin reales",
      day=4, terms="restaurant", wish=CHEAP, between=DINNER, kind="wishes")  # fmt: skip

# ---- add_slots ------------------------------------------------------------------------------

c.add("kyoto", "pal almuerzo del lunes unos fideos udon porfa 🍜",
      day=1, terms="udon", slot="Lunch", kind="add_slots")  # fmt: skip
c.add("edinburgh", "el desayuno del martes que sea en una panaderia, cinnamon buns o algo asi",
      day=2, terms="bakery", slot="Breakfast", kind="add_slots")  # fmt: skip
c.add("goa", "para la cena del primer dia mariscos, algo con gambas frente al mar",
      day=1, terms=("seafood", "prawns"), slot="Dinner", kind="add_slots")  # fmt: skip
c.add("mumbai", "mañana pal lonche queremos comida del sur de la India, dosas y eso",
      day=2, terms=("dosa", "south indian"), slot="Lunch", kind="add_slots")  # fmt: skip
c.add("jaipur", "la cena del lunes: algo con laal maas bien picante, que sea chilero",
      day=1, terms="laal maas", slot="Dinner", kind="add_slots")  # fmt: skip
c.add("bogota", "para la cena del martes una parrilla, carne carne, primo que molleja de hambre",
      day=2, terms=("steak", "grill"), slot="Dinner", kind="add_slots")  # fmt: skip
c.add("cartagena", "el almuerzo del viernes en un sitio de comida arabe, falafel o algo",
      day=5, terms=("lebanese", "arabic", "falafel"), slot="Almuerzo",
      kind="add_slots")  # fmt: skip
c.add("porto", "la cena del miercoles: petiscos y un vinito, maño",
      day=3, terms="petiscos", slot="Dinner", kind="add_slots")  # fmt: skip
c.add("porto", "desayuno del jueves: pastel de nata obvio jajaja",
      day=4, terms="pastel de nata", slot="Breakfast", kind="add_slots")  # fmt: skip

# ---- remove ---------------------------------------------------------------------------------

c.edit("remove", "kyoto", "saca el Ryoan-ji po, no alcanzamos", Removed("Ryoan-ji", 1),
       confirm="si po")  # fmt: skip
c.edit("remove", "edinburgh", "quita lo del cementerio ese, el Greyfriars Kirkyard, que a mi "
       "mujer le da yuyu, maño", Removed("Greyfriars Kirkyard", 2), confirm="sí")  # fmt: skip
c.edit("remove", "goa", "borra la playa de anjuna del martes punto", Removed("Anjuna Beach", 2),
       confirm="si")  # fmt: skip
c.edit("remove", "mumbai", "ya no vamos a las Elephanta Caves mañana, quitalas porfa",
       Removed("Elephanta Caves", 2), confirm="sí")  # fmt: skip
c.edit("remove", "jaipur", "elimine el Jantar Mantar por favor, la verdad no nos llama mucho",
       Removed("Jantar Mantar", 2), confirm="sí, por favor")  # fmt: skip
c.edit("remove", "porto", "fuera la livraria lello, la cola es eterna asere",
       Removed("Livraria Lello", 1), confirm="dale")  # fmt: skip
c.edit("remove", "bogota", "quita el museo botero ya", Removed("Museo Botero", 2),
       confirm="sí")  # fmt: skip

# ---- move -----------------------------------------------------------------------------------

c.edit("move", "kyoto", "diay, pasa el Nijo Castle al martes", Moved("Nijo Castle", 2),
       confirm="sí")  # fmt: skip
c.edit("move", "edinburgh", "mueve Arthur's Seat al jueves, el miercoles dicen que llueve y "
       "sopla un cierzo que no veas", Moved("Arthur's Seat", 4), confirm="sí")  # fmt: skip
c.edit("move", "goa", "el fort aguada pasalo al jueves, no espera, mejor al miercoles",
       Moved("Fort Aguada", 3), confirm="sí")  # fmt: skip
c.edit("move", "mumbai", "Haji Ali pasalo pa mañana",
       Moved("Haji Ali Dargah", 2), confirm="sí")  # fmt: skip
c.edit("move", "cartagena", "las bovedas pasalas al dia 4 a las 11, ayala",
       Moved("Las Bóvedas", 4, at="11:00"), confirm="sí")  # fmt: skip
c.edit("move", "porto", "el Museu de Serralves me lo movés al viernes, ta?",
       Moved("Museu de Serralves", 5), confirm="ta")  # fmt: skip
c.edit("move", "bogota", "el Distrito Grafiti mejor el ultimo dia",
       Moved("Distrito Grafiti", 4), confirm="sí")  # fmt: skip

# ---- retime ---------------------------------------------------------------------------------

c.edit("retime", "kyoto", "el Kinkaku-ji a las 10 en vez de a las 9, que nos levantamos tarde",
       Retimed("Kinkaku-ji", "10:00"), confirm="sí")  # fmt: skip
c.edit("retime", "edinburgh", "The Wee Dram a las 21h mejor", Retimed("The Wee Dram", "21:00"),
       confirm="sí")  # fmt: skip
c.edit("retime", "goa", "el vindaloo & vinho ponlo a las 8 y media de la noche",
       Retimed("Vindaloo & Vinho", "20:30"), confirm="sí")  # fmt: skip
c.edit("retime", "jaipur", "al Amber Fort queremos ir bien tempranito, a las 8",
       Retimed("Amber Fort", "08:00"), confirm="sí")  # fmt: skip
c.edit("retime", "bogota", "Monserrate a las 7 de la mañana pa ver el amanecer oe",
       Retimed("Monserrate", "07:00"), confirm="sí")  # fmt: skip
c.edit("retime", "cartagena", "el castillo san felipe a las 3pm, a las 4 hace un calor fuerte",
       Retimed("Castillo San Felipe de Barajas", "15:00"), confirm="sí")  # fmt: skip
c.edit("retime", "porto", "la Casa da Francesinha cambiala a la 1 y media",
       Retimed("Casa da Francesinha", "13:30"), confirm="sí")  # fmt: skip

# ---- replace --------------------------------------------------------------------------------

c.edit("replace", "kyoto", "cambia el Menya Kurogane por un sitio de sushi, mae",
       Replaced("Menya Kurogane", 2, ("sushi",)), confirm="sí")  # fmt: skip
c.edit("replace", "edinburgh", "en vez del Thistle & Stag ponnos un indio, un curry rico",
       Replaced("The Thistle & Stag", 1, ("indian", "curry")), confirm="sí")  # fmt: skip
c.edit("replace", "goa", "reemplaza Casa Xacuti por algo vegetariano",
       Replaced("Casa Xacuti", 1, wish=VEGGIE), confirm="sí")  # fmt: skip
c.edit("replace", "jaipur", "el Haveli Rooftop Kitchen no, cambialo por una pizzeria italiana "
       "que los patojos no comen picante", Replaced("Haveli Rooftop Kitchen", 2,
       ("italian", "pizza")), confirm="sí")  # fmt: skip
c.edit("replace", "bogota", "cambia el fogon llanero por un lugar de ceviche causa",
       Replaced("Fogón Llanero", 1, ("ceviche",)), confirm="sí")  # fmt: skip
c.edit("replace", "porto", "sustituye la Marisqueira da Foz por algo mas barato que nos "
       "estamos arruinando", Replaced("Marisqueira da Foz", 2, EAT, CHEAP),
       confirm="sí")  # fmt: skip

# ---- swap_days ------------------------------------------------------------------------------

c.edit("swap_days", "kyoto", "intercambia el lunes con el miercoles", Swapped(1, 3),
       confirm="sí")  # fmt: skip
c.edit("swap_days", "edinburgh", "intercambiá los planes del dia 3 y del dia 5, todo entero",
       Swapped(3, 5), confirm="sí")  # fmt: skip
c.edit("swap_days", "porto", "swapea el martes y el jueves please", Swapped(2, 4),
       confirm="yes, sí")  # fmt: skip
c.edit("swap_days", "bogota", "voltea el dia 1 con el dia 3, asere, todo completo",
       Swapped(1, 3), confirm="sí")  # fmt: skip

# ---- trip -----------------------------------------------------------------------------------

c.edit("trip", "edinburgh", "llegamos un dia despues, el viaje empieza el 8 de diciembre",
       Start("2026-12-08"), Days(5), confirm="sí")  # fmt: skip
c.edit("trip", "kyoto", "agregale un dia mas al viaje, nos quedamos otra noche",
       Days(4), confirm="sí")  # fmt: skip
c.edit("trip", "goa", "acorta el viaje a 3 dias, el ultimo dia ya no vamos",
       Days(3), confirm="sí")  # fmt: skip
c.edit("trip", "jaipur", "nos quedamos 2 dias mas en Jaipur, que esto esta chivo",
       Days(5), confirm="sí")  # fmt: skip
c.edit("trip", "cartagena", "el viaje arranca el 6 de diciembre, un dia antes pelao",
       Start("2026-12-06"), confirm="sí")  # fmt: skip
c.edit("trip", "porto", "quiero que el viaje dure 7 dias en total",
       Days(7), confirm="sí")  # fmt: skip

# ---- undo -----------------------------------------------------------------------------------

c.case(
    "undo",
    "kyoto",
    S("agrega el Ginkaku-ji el miercoles en la tarde", Type(SEL, DONE)),
    pick(),
    S("ay no perdon, deshaz eso", Type(DONE, CONF)),
    yes("sí"),
    final=(Same(),),
)
c.case(
    "undo",
    "edinburgh",
    S("quita Calton Hill", Type(DONE, CONF)),
    yes("dale"),
    S("uy no, me equivoque, deshacelo", Type(DONE, CONF)),
    yes("sí"),
    final=(Same(),),
)
c.case(
    "undo",
    "goa",
    S("pasa el Fort Aguada al jueves", Type(DONE, CONF, SEL)),
    go("sí"),
    S("mejor no chacho, deshaz el ultimo cambio y dejalo como estaba", Type(DONE, CONF)),
    yes("sí"),
    final=(Same(),),
)
c.case(
    "undo",
    "porto",
    S("la Torre dos Clerigos a las 12", Type(DONE, CONF, SEL)),
    go("sí"),
    S("ctrl z jajaja, deshacer", Type(DONE, CONF)),
    yes("sí"),
    final=(Same(),),
)

# ---- show -----------------------------------------------------------------------------------

c.still("show", "kyoto", "que tengo el martes?", Says("Fushimi Inari Taisha", "Kiyomizu-dera"))
c.still("show", "edinburgh", "pasame el plan del miercoles porfa",
        Says("Arthur's Seat", "The Wee Dram"))  # fmt: skip
c.still("show", "mumbai", "que hay pa hoy?", Says("Gateway of India"))
c.still("show", "cartagena", "muestrame todo el itinerario completo",
        Says("Walled City", "Las Bóvedas"))  # fmt: skip

# ---- plan -----------------------------------------------------------------------------------

c.flow("plan", "blank", "armame un plan completo pa los 2 dias en Kioto, templos y comida rica",
       Plan("kyoto", 2), confirm="sí")  # fmt: skip
c.flow("plan", "edinburgh", "el jueves esta vacio, llenalo con algo tuani",
       Plan("edinburgh", 5), confirm="sí")  # fmt: skip
c.flow("plan", "goa", "planeame el dia 4 completo, playa y comida goana, vaina buena",
       Plan("goa", 4), confirm="sí")  # fmt: skip
c.flow("plan", "bogota", "el ultimo dia no tiene nada, armame algo che",
       Plan("bogota", 4), confirm="sí")  # fmt: skip
c.flow("plan", "porto", "organizame el viernes que lo tenemos libre, algo tranqui",
       Plan("porto", 6), confirm="sí")  # fmt: skip

# ---- book -----------------------------------------------------------------------------------

c.flow("book", "edinburgh", "reservame mesa en The Thistle & Stag para 4 personas",
       Booked("The Thistle & Stag", party=4), confirm="sí", answer="4")  # fmt: skip
c.flow("book", "kyoto", "quiero reservar en Kamogawa Kaiseki, somos 2, mi esposa y yo",
       Booked("Kamogawa Kaiseki", party=2), confirm="sí", answer="2")  # fmt: skip
c.flow("book", "goa", "haz una reserva en Vindaloo & Vinho para 6 a las 8 de la noche",
       Booked("Vindaloo & Vinho", party=6, at="20:00"), confirm="sí", answer="6")  # fmt: skip
c.flow("book", "bogota", "separame una mesa en el Fogon Llanero pa 3, porfa",
       Booked("Fogón Llanero", party=3), confirm="sí", answer="3")  # fmt: skip
c.flow("book", "porto", "reserva en Marisqueira da Foz, somos cinco",
       Booked("Marisqueira da Foz", party=5), confirm="sí", answer="5")  # fmt: skip

# ---- expert ---------------------------------------------------------------------------------

c.flow("expert", "jaipur", "quisiera hablar con un guia local que conozca bien Jaipur, por favor",
       Lead(), confirm="sí", answer="somos 2, presupuesto medio, historia y comida")  # fmt: skip
c.flow("expert", "cartagena", "me pueden conectar con un experto local pa que me arme algo de "
       "salsa y vida nocturna?", Lead(), confirm="sí",
       answer="somos 4 panas, presupuesto medio")  # fmt: skip
c.flow("expert", "goa", "tienen algun experto local? queremos ayuda con el viaje",
       Lead(), confirm="sí", answer="playas y comida, presupuesto bajo")  # fmt: skip

# ---- help -----------------------------------------------------------------------------------

c.chat("help", "kyoto", "que puedes hacer tu?")
c.chat("help", "porto", "como funciona esto? es la primera vez que lo uso")
c.chat("help", "bogota", "ayuda")

# ---- multi ----------------------------------------------------------------------------------

c.flow("multi", "kyoto", "saca el Ryoan-ji y agrega el Ginkaku-ji el lunes",
       Removed("Ryoan-ji", 1), Added(1, name="Ginkaku-ji", only=False),
       confirm="sí")  # fmt: skip
c.flow("multi", "edinburgh", "mueve The Wee Dram al jueves y la cena del martes ponla en un "
       "sitio de mariscos", Moved("The Wee Dram", 4, alone=False),
       Filled(2, ("Dinner",), ("seafood",)), confirm="sí")  # fmt: skip
c.flow("multi", "porto", "borra la Livraria Lello y el Palacio da Bolsa ponlo a las 10:30",
       Removed("Livraria Lello", 1), Retimed("Palácio da Bolsa", "10:30", alone=False),
       confirm="sí")  # fmt: skip
c.flow("multi", "goa", "agrega el Reis Magos Fort el jueves y la cena del lunes en Mandovi "
       "Prawn Shack", Added(4, name="Reis Magos Fort", only=False),
       Filled(1, ("Dinner",), ("Mandovi Prawn Shack",)), confirm="sí")  # fmt: skip
c.flow("multi", "jaipur", "cambia el Amber Fort a las 8 y quita el Hawa Mahal",
       Retimed("Amber Fort", "08:00", alone=False), Removed("Hawa Mahal", 1),
       confirm="sí")  # fmt: skip
c.flow("multi", "cartagena", "el Getsemani pasalo al jueves y el almuerzo del viernes ponlo en "
       "el Fogon Costeño", Moved("Getsemaní", 4, alone=False),
       Filled(5, ("Almuerzo",), ("Fogón Costeño",)), confirm="sí")  # fmt: skip

# ---- choice ---------------------------------------------------------------------------------

choice("kyoto", "muestrame opciones de sushi para la cena del martes", ("sushi",),
       "la segunda", 1, 2)  # fmt: skip
choice("edinburgh", "que cafes hay pa desayunar el martes? dame opciones",
       ("cafe", "coffee", "bakery", "breakfast", "brunch"), "el primero", 0, 2)  # fmt: skip
choice("mumbai", "opciones de street food para esta noche porfa", ("street food",),
       "la ultima", -1, 1)  # fmt: skip
choice("bogota", "quiero ver opciones de cafe de especialidad pal jueves",
       ("coffee", "cafe"), "2", 1, 4)  # fmt: skip
choice("porto", "dame unas opciones de mirador pal viernes al atardecer", ("viewpoint",),
       "la tercera", 2, 5, least=3)  # fmt: skip
choice("goa", "q playas hay? pa el jueves, enseñame", ("beach",), "el segundo", 1, 4)

# ---- referent -------------------------------------------------------------------------------

c.case(
    "referent",
    "kyoto",
    S("agrega Kissa Matcha-an el miercoles a las 4 de la tarde", Type(SEL, DONE)),
    pick(),
    S("y ese lugar a que hora cierra?", Type(DONE), Same(), SaysLast()),
)
c.case(
    "referent",
    "edinburgh",
    S("sumá la Scottish National Gallery el jueves", Type(SEL, DONE)),
    pick(),
    S("mejor pasala al viernes", Type(DONE, CONF)),
    yes("dale"),
    final=(Moved(None, 5),),
)
c.case(
    "referent",
    "mumbai",
    S("agrega Colaba Brewing Co. esta noche a las 10", Type(SEL, DONE)),
    pick(),
    S("nah, mejor quitalo", Type(DONE, CONF)),
    yes("sí"),
    final=(Same(),),
)
c.case(
    "referent",
    "bogota",
    S(
        "agrega un sitio de arepas el jueves",
        Type(SEL, DONE),
        When(SEL, Same(), Cards(("arepas",))),
    ),
    pick(),
    S("y ese a que hora abre?", Type(DONE), Same(), SaysLast()),
)
c.case(
    "referent",
    "porto",
    S("añade el Jardim do Morro el sabado", Type(SEL, DONE)),
    pick(),
    S("ponlo a las 6 de la tarde pa ver el atardecer", Type(DONE, CONF)),
    yes("sí"),
    final=(Retimed(None, "18:00"),),
)

# ---- duplicate ------------------------------------------------------------------------------

c.already("kyoto", "agrega el Kinkaku-ji el lunes", "Kinkaku-ji")
c.already("edinburgh", "pon el Edinburgh Castle el primer dia", "Edinburgh Castle")
c.already("goa", "añade Miramar Beach el lunes por la tarde", "Miramar Beach")
c.already("bogota", "agreguen el Museo del Oro pal lunes", "Museo del Oro")

# ---- clash ----------------------------------------------------------------------------------

c.flow("clash", "kyoto", "agrega Tenryu-ji el miercoles a las 9 y media",
       ClashHandled(3, "09:30", ("Tenryu-ji",)), confirm="sí")  # fmt: skip
c.flow("clash", "edinburgh", "mete Dean Village el martes a las 10",
       ClashHandled(2, "10:00", ("Dean Village",)), confirm="sí")  # fmt: skip
c.flow("clash", "porto", "añade el Mercado do Bolhao el jueves a las 10:30",
       ClashHandled(4, "10:30", ("Mercado do Bolhão",)), confirm="sí")  # fmt: skip
c.flow("clash", "jaipur", "agrega Birla Mandir el martes a las 7 y media de la noche",
       ClashHandled(2, "19:30", ("Birla Mandir",)), confirm="sí")  # fmt: skip

# ---- slot_fill ------------------------------------------------------------------------------

c.flow("slot_fill", "kyoto", "el almuerzo del miercoles esta vacio, recomiendame algo y ponlo",
       Filled(3, ("Lunch",)), turns=2, confirm="sí")  # fmt: skip
c.flow("slot_fill", "edinburgh", "llena el hueco del almuerzo del miercoles con algo rico",
       Filled(3, ("Lunch",)), turns=2, confirm="sí")  # fmt: skip
c.flow("slot_fill", "mumbai", "y la cena de hoy? ponme algo bueno",
       Filled(1, ("Dinner",)), turns=2, confirm="sí")  # fmt: skip
c.flow("slot_fill", "bogota", "el desayuno del martes lo tengo sin definir, pon algo tipico",
       Filled(2, ("Breakfast",)), turns=2, confirm="sí")  # fmt: skip
c.flow("slot_fill", "cartagena", "la cena del sabado, la ultima noche, busca algo especial y "
       "agregalo", Filled(6, ("Cena",)), turns=2, confirm="sí")  # fmt: skip

# ---- social ---------------------------------------------------------------------------------

c.still("social", "kyoto", "graciaaas sos lo mas 🙌", NoDump(), Short())
c.still("social", "edinburgh", "buenas noches, hasta mañana", NoDump(), Short())
c.still("social", "cartagena", "jajaja que vaina tan buena", NoDump(), Short())
c.still("social", "goa", "hola! que tal?", NoDump(), Short())
c.still("social", "porto", "eres un bot o una persona de verdad?", NoDump(), Short())

# ---- info -----------------------------------------------------------------------------------

c.still("info", "kyoto", "a que hora abre el Kinkaku-ji?", Says("Kinkaku-ji"))
c.still("info", "bogota", "el Museo Botero cobra entrada?", Says("Museo Botero"))
c.still("info", "porto", "que tal es la Casa da Francesinha? tiene buenas reseñas?",
        Says("Casa da Francesinha"))  # fmt: skip
c.still("info", "mumbai", "las Elephanta Caves hasta que hora estan abiertas?",
        Says("Elephanta Caves"))  # fmt: skip
c.still("info", "jaipur", "disculpe, donde queda el Hawa Mahal?", Says("Hawa Mahal"))

# ---- explain --------------------------------------------------------------------------------

c.still("explain", "kyoto", "por que pusiste el Ryoan-ji a las 3?", Says("Ryoan-ji"))
c.still("explain", "kyoto", "por que el Fushimi Inari Taisha tan temprano?",
        Says("Fushimi Inari Taisha"))  # fmt: skip
c.still("explain", "edinburgh", "por que me pusiste el Canongate Kitchen? explicame",
        Says("Canongate Kitchen"))  # fmt: skip
c.still("explain", "goa", "explicame por que el Fort Aguada va el martes",
        Says("Fort Aguada"))  # fmt: skip

# ---- locale ---------------------------------------------------------------------------------

c.add("kyoto", "agrega un bar de whisky el martes en la noche", day=2, terms="whisky",
      kind="locale", locale="en")  # fmt: skip
c.still("locale", "porto", "que tengo planeado el sabado?", Says("Cais de Gaia"), locale="pt")
c.edit("locale", "edinburgh", "quita el Royal Mile por favor", Removed("Royal Mile", 1),
       confirm="sí", locale="en")  # fmt: skip
c.still("locale", "mumbai", "muchas gracias por todo, amigo", NoDump(), Short(), locale="en")

# ---- clear ----------------------------------------------------------------------------------

c.edit("clear", "kyoto", "vacia el miercoles entero, ese dia descansamos", Cleared(3),
       confirm="sí")  # fmt: skip
c.edit("clear", "edinburgh", "borra todo lo del dia 2, carallo, es demasiado",
       Cleared(2), confirm="sí")  # fmt: skip
c.edit("clear", "porto", "deja el sabado en blanco, sin nada", Cleared(6), confirm="sí")

CASES = c.cases
