"""Blind held-out set fresh6, Spanish: travelers typing on WhatsApp, Telegram or the web chat.

Who they are: people from Mexico, Colombia, Argentina (voseo), Chile, Peru, Spain (vosotros),
Ecuador, the Dominican Republic, Costa Rica and Bolivia, on the demo trips (Bogotá, Cartagena,
Kyoto, Edinburgh, Goa, Mumbai, Jaipur, Porto, Hadibo). They type the way people do on a phone:
no accents, typos, shorthand (q, xq, pa, porfa, tmb, x favor, d), local fillers (wey, parce, che,
po, pues, vale, oye, mira), times in words ("a la 1 y media", "tipo 7", "a mediodía"), weekdays
and relative days ("pasado mañana", "el último día"), corrections mid-message, two requests in
one, referents ("ponlo", "ese lugar") and bare answers to the bot's questions. A few keep their
stored setting in English or Portuguese but write in Spanish: the reply must be in Spanish.

Written blind on 2026-12-07 from how travelers write, without reading the parser, the message
catalog or any other corpus file. It only measures: never tune the parser on it.

Trips start Monday 2026-12-07 (lunes = day 1, viernes = day 5); Mumbai is under way and started
today, Monday 2026-11-23 (hoy = day 1, mañana = day 2, pasado mañana = day 3).
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    ERR,
    INPUT,
    SEL,
    Cards,
    Same,
    Says,
    SaysLast,
    Type,
)
from bench.understanding_corpus.item_checks import (
    Added,
    Chose,
    ClashHandled,
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

c = Corpus("es", "f6", locale="es")

VEG = ("vegetarian", "vegan")
NIGHT = ("20:00", "23:59")  # "después de la cena", "para tomar algo en la noche"

# ---- add: a named place or a kind of place on a day ---------------------------------------
c.add("bogota", "oye agregame la quinta de bolivar el miercoles porfa", day=3,
      name="Quinta de Bolívar")
c.add("bogota", "parce metele unas arepas el jueves x la mañana", day=4, terms="arepas",
      between=MORNING)
c.add("cartagena", "agrega el convento de la popa el dia 4 tipo 10", day=4,
      name="Convento de la Popa", between=("09:30", "10:30"))
c.add("kyoto", "añade el ginkakuji el miercoles en la mañana", day=3, name="Ginkaku-ji",
      between=MORNING)
c.add("edinburgh", "Agrega Dean Village el jueves", day=4, name="Dean Village", locale="en")
c.add("edinburgh", "algo de comida mexicana el viernes x la noche, tacos o lo q sea",
      day=5, terms=("mexican", "tacos"), between=EVENING)
c.add("goa", "agregá una playa tranqui el día 4 a la tarde", day=4, terms="beach",
      between=AFTERNOON)
c.add("jaipur", "pon el albert hall museum el dia 3 en la tarde", day=3,
      name="Albert Hall Museum", between=AFTERNOON)
c.add("porto", "vale, añade el mercado do bolhao el jueves por la mañana", day=4,
      name="Mercado do Bolhão", between=MORNING)
c.add("mumbai", "agrega la jehangir art gallery mañana a las 4", day=2,
      name="Jehangir Art Gallery", at="16:00")
c.add("hadibo", "che sumá Hoq Cave al día 2", day=2, name="Hoq Cave")
c.add("cartagena", "ponme algo de helado el sabado en la tarde q hace un calor horrible",
      day=6, terms=("ice cream", "dessert"), between=AFTERNOON)
c.add("bogota", "x fa agrega un sitio de ramen el dia 3 pa la noche", day=3, terms="ramen",
      between=DINNER)
c.add("kyoto", "quiero meter un bar de whisky el lunes despues de la cena", day=1,
      terms=("whisky", "bar"), between=NIGHT)

# ---- add_slots: filling an open meal slot ---------------------------------------------------
c.add("kyoto", "pa el almuerzo del lunes busca algo vegetariano", day=1, slot="Lunch",
      terms=VEG, kind="add_slots")
c.add("bogota", "el desayuno del martes q sea en una panaderia", day=2, slot="Breakfast",
      terms="bakery", kind="add_slots")
c.add("cartagena", "llena la cena del dia 2 con algo de mariscos", day=2, slot="Cena",
      terms="seafood", kind="add_slots")
c.add("edinburgh", "para la cena del martes algo indio porfa, con curry", day=2,
      slot="Dinner", terms=("indian", "curry"), kind="add_slots")
c.add("porto", "el almuerzo del miercoles en algun lugar barato, vamos justos d plata",
      day=3, slot="Lunch", wish=CHEAP, kind="add_slots")
c.add("goa", "en el hueco del almuerzo del dia 3 pon un thali", day=3, slot="Lunch",
      terms="thali", kind="add_slots")
c.add("mumbai", "pa la cena de hoy algo de kebabs wey", day=1, slot="Dinner", terms="kebab",
      kind="add_slots")

# ---- wishes: price, rating, open now, keywords ----------------------------------------------
FOOD = ("restaurant", "cafe", "bakery")
c.add("bogota", "algo baratico pa almorzar el jueves, nada caro", day=4, terms=FOOD,
      wish=CHEAP, between=LUNCH, kind="wishes")
c.add("cartagena", "un restaurante romantico pa la noche del viernes, es nuestro aniversario 🥰",
      day=5, terms="restaurant", wish=ROMANTIC, between=DINNER, kind="wishes")
c.add("kyoto", "el mejor ramen posible el dia 3, q tenga muy buenas reseñas", day=3,
      terms="ramen", wish=TOP_RATED, kind="wishes")
c.add("jaipur", "algo vegetariano y barato pa cenar el miercoles", day=3,
      wish=Wish(max_price=1, keywords=VEG), between=DINNER, kind="wishes")
c.add("mumbai", "un rooftop pa tomar algo hoy en la noche", day=1, wish=ROOFTOP,
      between=EVENING, kind="wishes")
c.add("goa", "algun sitio familiar, vamos con los niños, el jueves x la mañana", day=4,
      wish=FAMILY, between=MORNING, kind="wishes")
c.add("edinburgh", "un cafe baratito el miercoles temprano, tipo 8", day=3,
      terms=("coffee", "cafe"), wish=CHEAP, between=("07:30", "08:30"), kind="wishes")
c.add("porto", "quiero un restaurante con vista al rio y bien valorado pal sabado a mediodia",
      day=6, terms="restaurant", wish=Wish(min_rating=4.5, keywords=("river view",)),
      between=LUNCH, kind="wishes")
c.add("mumbai", "tengo hambre ya, algo q este abierto ahorita pa comer", day=1,
      terms=FOOD, wish=OPEN_NOW, kind="wishes")

# ---- remove ---------------------------------------------------------------------------------
c.edit("remove", "bogota", "quita la iglesia de san francisco del lunes",
       Removed("Iglesia de San Francisco", 1), confirm="si")
c.edit("remove", "cartagena", "borra el muralla sunset bar, al final no vamos a tomar",
       Removed("Muralla Sunset Bar", 1), confirm="dale")
c.edit("remove", "kyoto", "saca el sanjusangendo porfa, ya son muchos templos",
       Removed("Sanjusangen-do", 2), confirm="sip")
c.edit("remove", "edinburgh", "elimina greyfriars kirkyard q no me gustan los cementerios",
       Removed("Greyfriars Kirkyard", 2), confirm="sí, bórralo")
c.edit("remove", "goa", "ya no queremos ir a fort aguada, quitalo",
       Removed("Fort Aguada", 2), confirm="si porfa")
c.edit("remove", "porto", "tira la torre dos clerigos, me dan miedo las alturas jaja",
       Removed("Torre dos Clérigos", 1), confirm="vale")
c.edit("remove", "jaipur", "bórrame el jantar mantar del martes x favor",
       Removed("Jantar Mantar", 2), confirm="ok", locale="en")

# ---- clear: a whole day ---------------------------------------------------------------------
c.edit("clear", "bogota", "vacia el dia 3 completo, lo dejamos libre", Cleared(3),
       confirm="si, vacíalo")
c.edit("clear", "edinburgh", "borrame todo lo del miercoles q vamos a descansar", Cleared(3),
       confirm="sí")
c.edit("clear", "porto", "limpia el primer dia entero porfa, llegamos muy tarde", Cleared(1),
       confirm="claro")

# ---- move: to another day ---------------------------------------------------------------------
c.edit("move", "bogota", "pasa el museo botero al jueves", Moved("Museo Botero", 4),
       confirm="dale")
c.edit("move", "cartagena", "mueve el palacio de la inquisicion al dia 4",
       Moved("Palacio de la Inquisición", 4), confirm="si")
c.edit("move", "kyoto", "el nijo castle mejor el primer dia en la tarde",
       Moved("Nijo Castle", 1), confirm="sí")
c.edit("move", "goa", "cambia anjuna beach para el ultimo dia", Moved("Anjuna Beach", 4),
       confirm="va")
c.edit("move", "edinburgh", "lleva Calton Hill al jueves a las 6 de la tarde",
       Moved("Calton Hill", 4, at="18:00"), confirm="sí")
c.edit("move", "jaipur", "el hawa mahal pasalo pal dia 3 x fa", Moved("Hawa Mahal", 3),
       confirm="de una")
c.edit("move", "mumbai", "marine drive muevelo pa pasado mañana", Moved("Marine Drive", 3),
       confirm="ok")

# ---- retime: another time, same day ----------------------------------------------------------
c.edit("retime", "bogota", "la casona del ajiaco ponla a la 1 y media",
       Retimed("La Casona del Ajiaco", "13:30"), confirm="si")
c.edit("retime", "cartagena", "cambia la hora del castillo san felipe a las 5 de la tarde",
       Retimed("Castillo San Felipe de Barajas", "17:00"), confirm="dale")
c.edit("retime", "kyoto", "el kaiseki a las 8 en vez de las 7 porfa",
       Retimed("Kamogawa Kaiseki", "20:00"), confirm="sí")
c.edit("retime", "porto", "la marisqueira da foz a las 21h",
       Retimed("Marisqueira da Foz", "21:00"), confirm="vale")
c.edit("retime", "porto", "mira, la ribeira pasadla a mediodía q por la tarde hace frío",
       Retimed("Ribeira", "12:00"), confirm="sí")
c.edit("retime", "jaipur", "amber fort mas temprano, a las 8 pues",
       Retimed("Amber Fort", "08:00"), confirm="si")
c.edit("retime", "hadibo", "delisha beach a las 5 pa ver el atardecer",
       Retimed("Delisha Beach", "17:00"), confirm="claro")

# ---- replace: one item for another kind of place ----------------------------------------------
c.edit("replace", "bogota", "cambia el fogon llanero x algo vegetariano",
       Replaced("Fogón Llanero", 1, VEG), confirm="si", choose="1")
c.edit("replace", "kyoto", "en vez de menya kurogane pon sushi",
       Replaced("Menya Kurogane", 2, ("sushi",)), confirm="sí", choose="el primero")
c.edit("replace", "cartagena", "reemplaza la cevicheria por un lugar de comida arabe",
       Replaced("La Cevichería Caribe", 1, ("arabic", "lebanese")), confirm="dale")
c.edit("replace", "goa", "cambia vindaloo & vinho por algo mas barato, q esta carisimo",
       Replaced("Vindaloo & Vinho", 3, ("restaurant",), CHEAP), confirm="si", choose="1")
c.edit("replace", "porto", "la tasca do cais no, mejor algo de pulpo",
       Replaced("Tasca do Cais", 1, ("octopus",)), confirm="vale", choose="1")

# ---- swap_days ---------------------------------------------------------------------------------
c.edit("swap_days", "bogota", "intercambia el dia 1 con el 2", Swapped(1, 2), confirm="si")
c.edit("swap_days", "kyoto",
       "cambia el lunes x el miercoles, o sea lo del lunes pal miercoles y al reves",
       Swapped(1, 3), confirm="sí")
c.edit("swap_days", "edinburgh", "intercambiad martes y miercoles porfa", Swapped(2, 3),
       confirm="vale")

# ---- trip: dates and length ----------------------------------------------------------------------
c.edit("trip", "bogota", "al final llegamos el miercoles 9, q el viaje empiece ese dia",
       Start("2026-12-09"), confirm="si")
c.edit("trip", "cartagena", "agregale un dia mas al final del viaje", Days(7), confirm="dale")
c.edit("trip", "kyoto", "necesito q el viaje sea de 4 dias no de 3", Days(4), confirm="sí")
c.edit("trip", "goa", "cambiamos el vuelo, el viaje empieza el 14 de diciembre",
       Start("2026-12-14"), confirm="si")
c.edit("trip", "edinburgh", "acorta el viaje a 3 dias, nos tenemos q volver antes",
       Days(3), confirm="sí, acórtalo")

# ---- undo: a change, then taking it back ---------------------------------------------------------
c.case("undo", "bogota",
       S("quita monserrate", Type(DONE, CONF)), yes("dale"),
       S("no espera, deshaz eso", Type(DONE)),
       final=(Same(),))
c.case("undo", "kyoto",
       S("agrega nishiki market el dia 3", Type(DONE, SEL)), pick(),
       S("mmm mejor no, deshacer", Type(DONE)),
       final=(Same(),))
c.case("undo", "cartagena",
       S("mueve las bovedas al dia 4", Type(DONE, CONF)), yes("si"),
       S("nah revertí eso porfa", Type(DONE)),
       final=(Same(),))

# ---- show: what is on a day or the whole trip ----------------------------------------------------
c.still("show", "bogota", "q tengo el martes?", Says("Monserrate", "Museo Botero"))
c.still("show", "kyoto", "muestrame el dia 3", Says("Arashiyama Bamboo Grove", "Nijo Castle"))
c.still("show", "mumbai", "q hay pa mañana?", Says("Elephanta Caves", "Marine Drive"))
c.still("show", "cartagena", "como queda el ultimo dia?", Says("Las Bóvedas"))
c.still("show", "jaipur", "pasame el itinerario completo porfa",
        Says("Amber Fort", "City Palace", "Nahargarh Fort"))

# ---- plan: filling an empty trip -----------------------------------------------------------------
c.flow("plan", "blank", "armame los 2 dias en kioto, me gustan los templos y la comida",
       Plan("kyoto", 2, (("temple",),)), confirm="si")
c.flow("plan", "blank", "haceme un plan tranqui pa los dos dias, con parques y cafecitos",
       Plan("kyoto", 2, (("park",), ("cafe", "coffee"))), confirm="dale")
c.flow("plan", "blank", "planifica todo el viaje x mi, q sea relajado",
       Plan("kyoto", 2), confirm="sí")

# ---- explain: about a place on the trip ----------------------------------------------------------
c.still("explain", "bogota", "por q pusiste el fogon llanero?", Says("Fogón Llanero"))
c.still("explain", "kyoto", "cuentame del kinkaku-ji, q tiene d especial?", Says("Kinkaku-ji"))
c.still("explain", "cartagena", "q es las bovedas?", Says("Las Bóvedas"))
c.still("explain", "goa", "q onda con casa xacuti, vale la pena?", Says("Casa Xacuti"))

# ---- book: a table request -----------------------------------------------------------------------
c.flow("book", "bogota", "reservame mesa en el fogon llanero pa 4 personas",
       Booked("Fogón Llanero", party=4), confirm="si", choose="4",
       answer="a las 7 y media, somos 4")
c.flow("book", "cartagena", "quiero reservar en la cevicheria caribe el lunes a la 1, somos 2",
       Booked("La Cevichería Caribe", party=2, at="13:00"), confirm="dale", choose="2",
       answer="2")
c.flow("book", "kyoto", "puedes reservar el kamogawa kaiseki? seriamos 3",
       Booked("Kamogawa Kaiseki", party=3), confirm="sí", choose="3", answer="3 personas")

# ---- expert: a local expert ----------------------------------------------------------------------
c.flow("expert", "bogota", "me pueden conectar con un guia local? algo de historia y comida",
       Lead(), confirm="si", answer="historia y comida, presupuesto medio")
c.flow("expert", "cartagena", "quisiera hablar con un experto local pa q me arme algo especial",
       Lead(), confirm="dale", answer="playas y salsa")

# ---- help ----------------------------------------------------------------------------------------
c.chat("help", "hadibo", "como funciona esto? q puedo hacer aca")
c.chat("help", "bogota", "ayuda porfa no entiendo nada")
c.chat("help", "porto", "q cosas me puedes hacer tú?", locale="en")

# ---- multi: two requests in one message ----------------------------------------------------------
c.flow("multi", "bogota",
       "quita la iglesia de san francisco y agrega el chorro de quevedo el lunes",
       Removed("Iglesia de San Francisco", 1),
       Added(1, name="Chorro de Quevedo", only=False), confirm="si")
c.flow("multi", "kyoto", "mueve el gion al dia 3 y el kaiseki ponlo a las 8",
       Moved("Gion District", 3, alone=False), Retimed("Kamogawa Kaiseki", "20:00", alone=False),
       confirm="sí")
c.flow("multi", "edinburgh",
       "borra the wee dram y agrega un lugar de tacos el miercoles en la noche",
       Removed("The Wee Dram", 3), Added(3, ("tacos", "mexican"), only=False), confirm="vale")
c.flow("multi", "cartagena",
       "pasa getsemani al dia 4 y llena el almuerzo del dia 5 con algo vegetariano",
       Moved("Getsemaní", 4, alone=False), Added(5, VEG, only=False), confirm="dale")
c.flow("multi", "porto",
       "pon el jardim do morro el viernes en la tarde y reserva en la marisqueira da foz pa 2",
       Added(5, name="Jardim do Morro", only=False), Booked("Marisqueira da Foz", party=2),
       confirm="sí", choose="2", answer="2 personas a las 8")

# ---- referent: "it", "that place" after an add ---------------------------------------------------
c.case("referent", "hadibo",
       S("agrega Sushi Zen el dia 2", Type(DONE, SEL)), pick(),
       S("ponlo a las 8 de la noche", Type(DONE, CONF)), yes("si"),
       final=(Retimed(None, "20:00"),))
c.case("referent", "bogota",
       S("agrega la quinta de bolivar el jueves", Type(DONE, SEL)), pick(),
       S("contame mas de ese lugar", Type(DONE), SaysLast()))
c.case("referent", "cartagena",
       S("pon el museo naval del caribe el dia 4", Type(DONE, SEL)), pick(),
       S("mmm no, mejor quitalo", Type(DONE, CONF)), yes("sí"),
       final=(Same(),))
c.case("referent", "kyoto",
       S("añade el tenryu-ji el miercoles", Type(DONE, SEL)), pick(),
       S("pasalo al lunes mejor", Type(DONE, CONF)), yes("dale"),
       final=(Moved(None, 1),))

# ---- duplicate: asking for what the trip already has ---------------------------------------------
c.already("bogota", "agrega el museo del oro el dia 3", "Museo del Oro")
c.already("kyoto", "pon fushimi inari el martes", "Fushimi Inari Taisha")
c.already("goa", "mete la basilica of bom jesus el primer dia", "Basilica of Bom Jesus")

# ---- clash: a time that is taken -----------------------------------------------------------------
c.flow("clash", "bogota", "agrega la catedral primada el lunes a las 10",
       ClashHandled(1, "10:00", ("cathedral",)), turns=2, confirm="si")
c.flow("clash", "kyoto", "pon el nanzen-ji el martes a las 10",
       ClashHandled(2, "10:00", ("nanzen-ji",)), turns=2, confirm="sí")
c.flow("clash", "cartagena", "agrega la torre del reloj el dia 1 a la 1 de la tarde",
       ClashHandled(1, "13:00", ("clock tower",)), turns=2, confirm="dale")

# ---- slot_fill: the bot has to ask, the traveler answers barely ----------------------------------
c.case("slot_fill", "hadibo",
       S("quiero agregar algo el dia 2", Type(INPUT, ERR), Same()),
       S("sushi", Type(SEL, DONE), Cards(("sushi",), only_if=True)), pick(),
       final=(Added(2, ("sushi",)),))
c.case("slot_fill", "bogota",
       S("mueve el museo botero", Type(INPUT, SEL), Same()),
       S("pal jueves", Type(DONE, CONF)), yes("si"),
       final=(Moved("Museo Botero", 4),))
c.case("slot_fill", "kyoto",
       S("cambia la hora del ryoanji", Type(INPUT, SEL), Same()),
       S("a las 4 y media", Type(DONE, CONF)), yes("sí"),
       final=(Retimed("Ryoan-ji", "16:30"),))
c.flow("slot_fill", "cartagena", "quiero reservar en bocagrande beach grill",
       Booked("Bocagrande Beach Grill", party=5), confirm="si", choose="5",
       answer="somos 5")

# ---- social --------------------------------------------------------------------------------------
c.chat("social", "bogota", "graciaaas, quedo buenisimo 🙌")
c.chat("social", "cartagena", "holaa buenas tardes")
c.chat("social", "goa", "jajaja ok sos un crack", locale="en")

# ---- info: hours, price, rating of a place -------------------------------------------------------
c.still("info", "bogota", "a q hora abre el museo del oro?", Says("Museo del Oro"))
c.still("info", "kyoto", "el kinkakuji cierra temprano?", Says("Kinkaku-ji"))
c.still("info", "cartagena", "la cevicheria caribe es cara? cuanto sale mas o menos",
        Says("La Cevichería Caribe"))
c.still("info", "edinburgh", "q tal esta calificado the thistle & stag?",
        Says("The Thistle & Stag"))

# ---- choice: typed answers to cards --------------------------------------------------------------
c.case("choice", "hadibo",
       S("agrega un lugar de sushi el dia 2", Type(SEL), Cards(("sushi",))),
       S("ocean sushi", Type(DONE)),
       final=(Added(2, ("sushi",), name="Ocean Sushi"),))
c.case("choice", "bogota",
       S("quiero un cafe el jueves en la mañana", Type(SEL), Cards(("coffee", "cafe"))),
       S("2", Type(DONE), Chose(1)),
       final=(Added(4, ("coffee", "cafe")),))
c.case("choice", "kyoto",
       S("un templo mas el dia 3", Type(SEL), Cards(("temple",))),
       S("el ultimo", Type(DONE), Chose(-1)),
       final=(Added(3, ("temple",)),))
c.case("choice", "cartagena",
       S("pon una playa el dia 4", Type(SEL), Cards(("beach",))),
       S("la primera", Type(DONE), Chose(0)),
       final=(Added(4, ("beach",)),))
c.case("choice", "goa",
       S("algo de mariscos pal almuerzo del dia 2", Type(SEL), Cards(("seafood",))),
       S("dale con el 3", Type(DONE), Chose(2)),
       final=(Added(2, ("seafood",)),))
c.case("choice", "edinburgh",
       S("busca un sitio de brunch pal jueves", Type(SEL), Cards(("brunch",))),
       S("el segundo", Type(DONE), Chose(1)),
       final=(Added(4, ("brunch",)),))

# ---- locale: stored setting in another language, message in Spanish ------------------------------
c.add("kyoto", "agrega el heian shrine el martes en la tarde", day=2, name="Heian Shrine",
      between=AFTERNOON, kind="locale", locale="en")
c.still("locale", "bogota", "q hay el miercoles?", Says("Jardín Botánico de Bogotá"),
        locale="en")
c.edit("locale", "porto", "quita el ponte luis I del martes", Removed("Ponte Luís I", 2),
       confirm="sí", locale="pt")

CASES = c.cases
