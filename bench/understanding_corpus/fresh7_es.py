"""Fresh7, Spanish: a blind held-out set of traveler conversations.

Written blind on 2026-12-07, from how Spanish-speaking travelers write, without reading the
parser, the message catalog or any other corpus file. It must never be tuned on: it is the
honest measure of the next session.

Who writes: a Colombian family in Bogotá and a bachelorette group in Cartagena, a Mexican couple
on their anniversary in Mumbai, Argentine backpackers (voseo: "agregá", "dejá") in Edinburgh and
Goa, a retired Spanish couple in Kyoto and Porto ("la comida" is lunch for them), Chileans,
Peruvians and a Venezuelan nurse in Jaipur and Hadibo. They type fast on a phone: no accents,
"porfa", "xq", "q", emojis, the odd ALL CAPS message, voice-dictated run-ons, corrections halfway
("el martes, no perdón, el miércoles"), times said every way ("a eso de las 8", "tipo 20h",
"a la 1 y media", "al mediodía", "a primera hora") and days every way ("el jueves", "mañana",
"pasado mañana", "el último día", "el día dos", "el 10 de diciembre"). A few have "en" or "pt"
stored as their setting but write Spanish: the answer must follow what they write.

The clock is Monday 2026-11-23 09:00 UTC; trips start Monday 2026-12-07 (day 1) except Mumbai,
which starts today (so "hoy", "mañana" and "pasado mañana" are days 1, 2 and 3 there).
"""

from __future__ import annotations

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
)
from bench.understanding_corpus.item_checks import (
    Added,
    Chose,
    ClashHandled,
    Filled,
    NewCount,
    Removed,
    Replaced,
)
from bench.understanding_corpus.places import CHEAP, ROMANTIC, ROOFTOP, VEGGIE, Wish
from bench.understanding_corpus.spec import (
    AFTERNOON,
    DINNER,
    EVENING,
    LUNCH,
    MORNING,
    Corpus,
    If,
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
    Lighter,
    Moved,
    Plan,
    Retimed,
    Start,
    Swapped,
)

c = Corpus("es", "f7", locale="es")

# ---- add: one place, said every way ------------------------------------------------------

c.add("bogota", "agreguen un sitio de ceviche pal almuerzo del jueves porfa 🙏",
      day=4, terms="ceviche", between=LUNCH)  # fmt: skip
c.add("bogota", "me gustaria sumar la Quinta de Bolivar el ultimo dia en la mañanita",
      day=4, name="Quinta de Bolívar", between=MORNING)  # fmt: skip
c.add("bogota",
      "agrega el Parque de la Independencia el martes, no perdón, el miércoles en la tarde",
      day=3, name="Parque de la Independencia", between=AFTERNOON)  # fmt: skip
c.add("bogota", "AGREGA EL TEJO & SALSA CLUB EL MIERCOLES EN LA NOCHE",
      day=3, name="Tejo & Salsa Club", between=EVENING)  # fmt: skip
c.add("cartagena", "me agregas una playa el jueves x la tarde?",
      day=4, terms="beach", between=AFTERNOON)  # fmt: skip
c.add("cartagena", "Agrega el Museo Naval del Caribe el sábado a las 3 de la tarde.",
      day=6, name="Museo Naval del Caribe", at="15:00")  # fmt: skip
c.add("cartagena", "añade un sitio de helados a eso de las 4 el día 5",
      day=5, terms=("ice cream", "popsicles"), at="16:00")  # fmt: skip
c.add("kyoto", "hola! podrias añadir Tenryu-ji el tercer dia a primera hora? antes del bambu",
      day=3, name="Tenryu-ji", between=("06:00", "09:30"))  # fmt: skip
c.add("edinburgh", "añadime un pub de whisky para el jueves a la noche",
      day=4, terms=("whisky", "pub"), between=EVENING)  # fmt: skip
c.add("edinburgh", "agregá Dean Village el viernes después del jardín botánico",
      day=5, name="Dean Village", between=("10:30", "20:00"))  # fmt: skip
c.add("goa", "ponme un desayuno el dia 3 tipo 9am",
      day=3, terms=("breakfast", "brunch", "bakery", "cafe"),
      between=("08:30", "09:30"))  # fmt: skip
c.add("goa", "Pon Reis Magos Fort el 10 de diciembre", day=4, name="Reis Magos Fort")
c.add("mumbai", "agrega el Tide Deck para unos tragos esta noche",
      day=1, name="Tide Deck Rooftop Bar", between=EVENING)  # fmt: skip
c.add("mumbai", "mañana en la tarde queremos llevar a los niños al Jijamata Udyan, lo agregas?",
      day=2, name="Jijamata Udyan", between=AFTERNOON)  # fmt: skip
c.add("mumbai", "pasado mañana agrega el museo de Gandhi en la tarde",
      day=3, name="Mani Bhavan Gandhi Museum", between=AFTERNOON)  # fmt: skip
c.add("jaipur", "añade Panna Meena ka Kund el dia 3 despues del fuerte",
      day=3, name="Panna Meena ka Kund", between=("10:30", "19:00"))  # fmt: skip
c.add("jaipur", "agrega el museo Albert Hall el día dos como a las 11",
      day=2, name="Albert Hall Museum", at="11:00")  # fmt: skip
c.add("porto", "Añade el Mercado do Bolhão el viernes por la mañana, gracias",
      day=5, name="Mercado do Bolhão", between=MORNING)  # fmt: skip
c.add("porto", "el ultimo dia queremos comer unas tapas al mediodia, o petiscos como dicen aca",
      day=6, terms=("petiscos", "small plates"), between=LUNCH)  # fmt: skip
c.add("blank", "agrega kinkakuji al primer dia", day=1, name="Kinkaku-ji")
c.add("hadibo", "quiero agregar la cueva de Hoq el dia 3 temprano en la mañana",
      day=3, name="Hoq Cave", between=MORNING)  # fmt: skip

# ---- add_slots: the day and the time said precisely --------------------------------------

c.add("kyoto", "agrega el Nanzen-ji el lunes a las cuatro y media de la tarde",
      day=1, name="Nanzen-ji", at="16:30", kind="add_slots")  # fmt: skip
c.add("edinburgh", "ponme St Giles el día 2 a las 11 y cuarto",
      day=2, name="St Giles' Cathedral", at="11:15", kind="add_slots")  # fmt: skip
c.add("bogota", "Chorro de Quevedo el martes 2:30 pm porfavor",
      day=2, name="Chorro de Quevedo", at="14:30", kind="add_slots")  # fmt: skip
c.add("porto", "agrega la Casa da Música el día 3 a las 18h, o mejor 18:30",
      day=3, name="Casa da Música", at="18:30", kind="add_slots")  # fmt: skip
c.add("goa", "añade Dona Paula Viewpoint el primer dia pa ver el atardecer",
      day=1, name="Dona Paula Viewpoint", between=("17:00", "19:30"), kind="add_slots")  # fmt: skip
c.add("jaipur", "agregar Jal Mahal dia 1 a las 18:30 hrs",
      day=1, name="Jal Mahal", at="18:30", kind="add_slots")  # fmt: skip
c.add("cartagena", "agrega la Torre del Reloj el martes al mediodía",
      day=2, name="Torre del Reloj", between=("11:30", "12:45"), kind="add_slots")  # fmt: skip

# ---- wishes: cheap, veggie, romantic, rooftop, well rated --------------------------------

c.add("hadibo", "agrega un sushi barato el dia 2, nada caro porfa",
      day=2, terms="sushi", wish=CHEAP, kind="wishes")  # fmt: skip
c.add("bogota", "busco un vegetariano bien calificado para cenar el jueves",
      day=4, wish=Wish(min_rating=4.5, keywords=("vegetarian", "vegan")), between=DINNER,
      kind="wishes")  # fmt: skip
c.add("mumbai", "algo romántico pa cenar esta noche, es nuestro aniversario 💕",
      day=1, terms="restaurant", wish=ROMANTIC, slot="Dinner", kind="wishes")  # fmt: skip
c.add("jaipur", "un rooftop para la cena del primer día, que tenga buena vista",
      day=1, wish=ROOFTOP, slot="Dinner", kind="wishes")  # fmt: skip
c.add("goa", "algo barato para el almuerzo del día 2, andamos cortos de plata jaja",
      day=2, wish=CHEAP, slot="Lunch", kind="wishes")  # fmt: skip
c.add("edinburgh", "necesito un brunch con opciones veganas el día 2 temprano",
      day=2, wish=VEGGIE, slot="Breakfast", kind="wishes")  # fmt: skip
c.add("kyoto", "para el almuerzo del lunes algo vegetariano, mi esposa no come carne",
      day=1, wish=VEGGIE, slot="Lunch", kind="wishes")  # fmt: skip

# ---- remove ------------------------------------------------------------------------------

c.edit("remove", "kyoto", "quita el Ryoan-ji, ya fuimos la otra vez", Removed("Ryoan-ji"),
       confirm="sí")  # fmt: skip
c.edit("remove", "bogota", "ya no nos llama la atención el Museo del Oro, sácalo",
       Removed("Museo del Oro"), confirm="si")  # fmt: skip
c.edit("remove", "cartagena", "borra el castillo de san felipe porfa",
       Removed("Castillo San Felipe de Barajas"), confirm="dale")  # fmt: skip
c.edit("remove", "edinburgh", "elimina lo de Greyfriars del día 2",
       Removed("Greyfriars Kirkyard", day=2), confirm="vale")  # fmt: skip
c.edit("remove", "goa", "al final no vamos a ir a Anjuna, quitala", Removed("Anjuna Beach"),
       confirm="sí")  # fmt: skip
c.edit("remove", "mumbai", "cancela las cuevas de Elephanta, mi mamá no aguanta tanto barco",
       Removed("Elephanta Caves"), confirm="sí, cancélalas")  # fmt: skip
c.edit("remove", "porto", "quita la torre dos clerigos", Removed("Torre dos Clérigos"),
       confirm="si")  # fmt: skip
c.edit("remove", "jaipur", "saca el Jantar Mantar del martes xq no nos da el tiempo",
       Removed("Jantar Mantar", day=2), confirm="ok")  # fmt: skip
c.edit("remove", "hadibo", "mejor sin el mercado viejo el ultimo dia",
       Removed("Hadibo Old Market"), confirm="sí")  # fmt: skip
c.edit("remove", "cartagena", "el día 3 quita el restaurante de la playa",
       Removed("Bocagrande Beach Grill", day=3), confirm="de una")  # fmt: skip
c.edit("remove", "bogota", "quita la cena del día 1, vamos a comer en casa de mi tía",
       Removed("Fogón Llanero"), confirm="sí")  # fmt: skip

# ---- clear: a whole day ------------------------------------------------------------------

c.edit("clear", "edinburgh", "vacía el día 3 completo, ese día lo dejamos libre", Cleared(3),
       confirm="sí, vacíalo")  # fmt: skip
c.edit("clear", "porto", "borra todo lo del martes", Cleared(2), confirm="si todo")
c.edit("clear", "goa", "dejá el día 1 en blanco, llegamos re cansados", Cleared(1),
       confirm="dale")  # fmt: skip

# ---- move: to another day ----------------------------------------------------------------

c.edit("move", "kyoto", "pasa el Nijo Castle al día 1", Moved("Nijo Castle", 1), confirm="sí")
c.edit("move", "bogota", "mueve el Museo Botero para el jueves", Moved("Museo Botero", 4),
       confirm="sí")  # fmt: skip
c.edit("move", "cartagena", "el Palacio de la Inquisición mejor pásalo al viernes",
       Moved("Palacio de la Inquisición", 5), confirm="dale")  # fmt: skip
c.edit("move", "edinburgh", "cambia Arthurs Seat para el jueves en la mañana",
       Moved("Arthur's Seat", 4), confirm="sí")  # fmt: skip
c.edit("move", "goa", "la basilica mejor el ultimo dia", Moved("Basilica of Bom Jesus", 4),
       confirm="si")  # fmt: skip
c.edit("move", "jaipur", "el Hawa Mahal lo podemos hacer el día 3 a las 12?",
       Moved("Hawa Mahal", 3, at="12:00"), confirm="sí")  # fmt: skip
c.edit("move", "mumbai", "el Haji Ali muévelo para mañana a las 5 de la tarde",
       Moved("Haji Ali Dargah", 2, at="17:00"), confirm="sí")  # fmt: skip
c.edit("move", "hadibo", "pasa el vivero de Dragon's Blood al día 3",
       Moved("Dragon's Blood Nursery Garden", 3), confirm="sí")  # fmt: skip

# ---- retime: same day, another time ------------------------------------------------------

c.edit("retime", "kyoto", "el Kinkaku-ji a las 10... bueno no, a las 10 y media",
       Retimed("Kinkaku-ji", "10:30"), confirm="sí")  # fmt: skip
c.edit("retime", "bogota", "atrasa el chocolate santafereño para las 8 y media",
       Retimed("Chocolate Santafereño", "08:30"), confirm="sí")  # fmt: skip
c.edit("retime", "cartagena", "lo de la muralla que sea a las 6 pm pa ver el atardecer",
       Retimed("Muralla Sunset Bar", "18:00"), confirm="dale")  # fmt: skip
c.edit("retime", "porto", "pon el Palácio da Bolsa a las 9 y media",
       Retimed("Palácio da Bolsa", "09:30"), confirm="sí")  # fmt: skip
c.edit("retime", "goa", "el Casa Xacuti córrelo a la 1 y media", Retimed("Casa Xacuti", "13:30"),
       confirm="sí")  # fmt: skip
c.edit("retime", "edinburgh", "Calton Hill tipo 16h mejor", Retimed("Calton Hill", "16:00"),
       confirm="vale")  # fmt: skip
c.edit("retime", "jaipur", "la cena en el Haveli Rooftop que sea más tarde, a las 9 de la noche",
       Retimed("Haveli Rooftop Kitchen", "21:00"), confirm="sí")  # fmt: skip
c.edit("retime", "hadibo", "el desayuno del primer día a las 7:45 porfa",
       Retimed("Sunrise Breakfast Cafe", "07:45"), confirm="sí")  # fmt: skip

# ---- replace: out with one, in with something of another kind ----------------------------

c.edit("replace", "kyoto", "cambia el kaiseki por algo más barato, tipo izakaya",
       Replaced("Kamogawa Kaiseki", 1, ("izakaya",)))  # fmt: skip
c.edit("replace", "bogota", "en vez del Fogón Llanero pon una trattoria italiana",
       Replaced("Fogón Llanero", 1, ("italian",)))  # fmt: skip
c.edit("replace", "cartagena", "reemplaza La Cevichería Caribe por algo vegetariano",
       Replaced("La Cevichería Caribe", 1, ("vegetarian", "vegan")))  # fmt: skip
c.edit("replace", "edinburgh", "en lugar del Thistle & Stag quiero mariscos",
       Replaced("The Thistle & Stag", 1, ("seafood",)))  # fmt: skip
c.edit("replace", "mumbai", "cambiemos el Konkan Coast Kitchen por comida callejera",
       Replaced("Konkan Coast Kitchen", 1, ("street food",)))  # fmt: skip
c.edit("replace", "porto", "la Marisqueira da Foz x sushi", Replaced("Marisqueira da Foz", 2,
       ("sushi",)))  # fmt: skip
c.edit("replace", "jaipur", "el Marwar Thali ya no, mejor algo del sur de india, dosas y eso",
       Replaced("Marwar Thali Haveli", 1, ("dosa", "south indian")))  # fmt: skip
c.edit("replace", "goa", "cambia la cena del día 3 por un sitio de mariscos en la playa",
       Replaced("Vindaloo & Vinho", 3, ("seafood",), Wish(keywords=("beach",))))  # fmt: skip
c.edit("replace", "hadibo", "el Al Saqr cámbialo por comida india",
       Replaced("Al Saqr Yemeni Kitchen", 3, ("indian",)))  # fmt: skip

# ---- swap_days ---------------------------------------------------------------------------

c.edit("swap_days", "kyoto", "intercambia el día 1 con el día 3", Swapped(1, 3), confirm="sí")
c.edit("swap_days", "porto",
       "lo del lunes pasarlo al martes y lo del martes al lunes, o sea cambiarlos",
       Swapped(1, 2), confirm="sí")  # fmt: skip
c.edit("swap_days", "bogota", "voltea los días 2 y 3 porfa", Swapped(2, 3), confirm="sí")

# ---- trip: length, dates, pace -----------------------------------------------------------

c.edit("trip", "bogota", "agrega un día más al viaje, nos quedamos hasta el viernes", Days(5),
       confirm="sí")  # fmt: skip
c.edit("trip", "cartagena", "acorta el viaje a 4 días, los últimos dos ya no van", Days(4),
       confirm="sí")  # fmt: skip
c.edit("trip", "kyoto", "cambia la fecha de inicio al 14 de diciembre", Start("2026-12-14"),
       Days(3), confirm="sí")  # fmt: skip
c.edit("trip", "goa", "movimos el vuelo, el viaje arranca el 8 de diciembre",
       Start("2026-12-08"), confirm="sí")  # fmt: skip
c.edit("trip", "kyoto", "el martes está muy cargado, relájalo un poco porfa", Lighter(2),
       confirm="sí")  # fmt: skip

# ---- undo --------------------------------------------------------------------------------

c.case("undo", "kyoto",
       S("borra el Nijo Castle", Type(DONE, CONF)),
       yes("sí"),
       S("ay no espera, deshaz eso porfa", Type(DONE)),
       final=(Same(),))  # fmt: skip
c.case("undo", "bogota",
       S("agrega el Parque Simón Bolívar el jueves", Type(SEL, DONE)),
       pick("1"),
       S("mmm no, mejor deshacer", Type(DONE)),
       final=(Same(),))  # fmt: skip
c.case("undo", "hadibo",
       S("mueve Delisha Beach al día 2", Type(DONE, CONF)),
       yes("ok"),
       S("deshaz lo último que hiciste", Type(DONE)),
       final=(Same(),))  # fmt: skip

# ---- show --------------------------------------------------------------------------------

c.still("show", "cartagena", "¿qué tenemos el sábado?", Says("Las Bóvedas"))
c.still("show", "mumbai", "que hay para mañana?", Says("Elephanta Caves", "Marine Drive"))
c.still("show", "porto", "muéstrame el itinerario del día 4",
        Says("Sé do Porto", "Casa da Francesinha"))  # fmt: skip

# ---- plan --------------------------------------------------------------------------------

c.flow("plan", "blank", "armame un plan de 2 días en Kioto con templos y algo de ramen",
       Plan("kyoto", 2, includes=(("temple",), ("ramen",))), confirm="sí")  # fmt: skip
c.flow("plan", "cartagena", "hazme un plan nuevo de 3 días en Cartagena, con playa y mariscos",
       Plan("cartagena", 3, includes=(("beach",), ("seafood",))), confirm="sí")  # fmt: skip
c.flow("plan", "blank", "planea 2 días en Bogotá para una familia con niños chiquitos",
       Plan("bogota", 2, includes=(("family", "kids", "playground"),)),
       confirm="sí")  # fmt: skip

# ---- explain -----------------------------------------------------------------------------

c.still("explain", "kyoto", "¿qué es el Fushimi Inari? vale la pena?", Says("Fushimi Inari"),
        NoDump())  # fmt: skip
c.still("explain", "jaipur", "por que pusiste el Jantar Mantar? que tiene de especial",
        Says("Jantar Mantar"), NoDump())  # fmt: skip
c.still("explain", "edinburgh", "cuéntame un poco del Palace of Holyroodhouse",
        Says("Holyroodhouse"), NoDump())  # fmt: skip

# ---- book --------------------------------------------------------------------------------

c.flow("book", "bogota", "resérvame una mesa en La Casona del Ajiaco para 4 personas a la 1",
       Booked("La Casona del Ajiaco", party=4, at="13:00"), confirm="sí")  # fmt: skip
c.flow("book", "cartagena", "reserva para dos en la Muralla Sunset Bar a las 7 y media",
       Booked("Muralla Sunset Bar", party=2, at="19:30"), confirm="dale")  # fmt: skip
c.flow("book", "kyoto", "hazme una reserva en Kamogawa Kaiseki para 3 el lunes a las 19h",
       Booked("Kamogawa Kaiseki", party=3, at="19:00"), confirm="sí")  # fmt: skip
c.flow("book", "porto", "podemos reservar la Marisqueira da Foz pa 6 personas?",
       Booked("Marisqueira da Foz", party=6), confirm="sí",
       answer="a las 8 de la noche")  # fmt: skip

# ---- expert ------------------------------------------------------------------------------

c.flow("expert", "cartagena",
       "me gustaría hablar con un guía local para organizar bien el día de playa",
       Lead(), confirm="sí", answer="playa y comida de mar, somos 6 amigas")  # fmt: skip
c.flow("expert", "mumbai",
       "¿tienen algún experto en Mumbai que nos ayude con la comida callejera?",
       Lead(), confirm="sí", answer="comida callejera, somos 2")  # fmt: skip

# ---- help --------------------------------------------------------------------------------

c.chat("help", "blank", "¿qué cosas puedo pedirte?")
c.chat("help", "hadibo", "como funciona esto? no entiendo nada jaja")

# ---- multi: two or three requests in one message -----------------------------------------

c.flow("multi", "kyoto", "quita el Ryoan-ji y agrega el Ginkaku-ji el mismo día",
       Removed("Ryoan-ji"), Added(1, name="Ginkaku-ji", only=False))  # fmt: skip
c.flow("multi", "bogota", "borra el Distrito Grafiti y mueve el Museo Botero al miércoles",
       Removed("Distrito Grafiti"), Moved("Museo Botero", 3, alone=False))  # fmt: skip
c.flow("multi", "cartagena",
       "oye mira lo que pasa es que el jueves queremos ir a la playa castillogrande en la mañana "
       "y tambien almorzar por ahi algo de mariscos si se puede",
       Added(4, name="Playa Castillogrande", between=MORNING, only=False),
       Added(4, ("seafood",), between=LUNCH, only=False), NewCount(2))  # fmt: skip
c.flow("multi", "edinburgh",
       "el desayuno del martes en Rose Street Brunch Club y la cena en Calton Hearth",
       Filled(2, ("Breakfast",), ("Rose Street Brunch Club",)),
       Filled(2, ("Dinner",), ("Calton Hearth",)))  # fmt: skip
c.flow("multi", "goa", "mueve el Fort Aguada al día 4 y el Anjuna pásalo a las 5 y media",
       Moved("Fort Aguada", 4, alone=False),
       Retimed("Anjuna Beach", "17:30", alone=False))  # fmt: skip
c.flow("multi", "mumbai",
       "hoy ya no vamos al museo, y mañana en la tarde agrega el barrio de arte Kala Ghoda",
       Removed("Chhatrapati Shivaji Maharaj Vastu Sangrahalaya"),
       Added(2, ("art",), between=AFTERNOON, only=False))  # fmt: skip
c.flow("multi", "porto", "para la cena del día 1 algo de sushi y saca la Ribeira",
       Filled(1, ("Dinner",), ("sushi",)), Removed("Ribeira"))  # fmt: skip
c.flow("multi", "jaipur",
       "agrega Birla Mandir el día 2 al anochecer, y el Nahargarh pásalo para el día 1",
       Added(2, name="Birla Mandir", between=("17:00", "20:00"), only=False),
       Moved("Nahargarh Fort", 1, alone=False))  # fmt: skip
c.flow("multi", "hadibo",
       "agrega Detwah Lagoon el día 2 en la tarde, y también un almuerzo de mariscos ese día",
       Added(2, name="Detwah Lagoon", between=AFTERNOON, only=False),
       Filled(2, ("Lunch",), ("seafood",)), NewCount(2))  # fmt: skip
c.flow("multi", "bogota", "el jueves: en la mañana Paloquemao y a la noche Parrilla La Macarena",
       Added(4, name="Plaza de Mercado de Paloquemao", between=MORNING, only=False),
       Added(4, name="Parrilla La Macarena", between=EVENING, only=False),
       NewCount(2))  # fmt: skip
c.flow("multi", "kyoto", "pasa la cena del lunes a las 8 y borra el Ryoan-ji",
       Retimed("Kamogawa Kaiseki", "20:00", alone=False), Removed("Ryoan-ji"))  # fmt: skip

# ---- referent: "ese lugar", "muévelo", "bórralo" -----------------------------------------

c.case("referent", "kyoto",
       S("agrega el Gion Tempura Kaneda el martes para la cena", Type(SEL, DONE)),
       pick("1"),
       S("perfecto, resérvalo para 2 a las 8 de la noche", Type(DONE, CONF, INPUT)),
       yes("sí"),
       final=(Booked(None, party=2, at="20:00"),))  # fmt: skip
c.case("referent", "bogota",
       S("agrega Ramen Norte el jueves a las 7 de la noche", Type(SEL, DONE)),
       pick("1"),
       S("mejor muévelo al miércoles", Type(DONE, CONF)),
       yes("sí"),
       final=(Moved(None, 3),))  # fmt: skip
c.case("referent", "cartagena",
       S("qué tal es el Castillo San Felipe?", Type(DONE), Same()),
       S("uff suena muy caluroso, bórralo entonces", Type(DONE, CONF)),
       yes("dale"),
       final=(Removed("Castillo San Felipe de Barajas"),))  # fmt: skip
c.case("referent", "edinburgh",
       S("agrega un sitio de curry el jueves para cenar", Type(SEL, DONE)),
       pick("el primero"),
       S("¿ese lugar tiene opciones vegetarianas?", Type(DONE), Same(), SaysLast()))  # fmt: skip

# ---- duplicate: already on the trip ------------------------------------------------------

c.already("bogota", "agrega Monserrate el martes porfa", "Monserrate")
c.already("kyoto", "pon el Fushimi Inari en el día 2", "Fushimi Inari Taisha")
c.already("porto", "añade la Livraria Lello al primer día, que no se nos pase", "Livraria Lello")

# ---- clash: the time is taken ------------------------------------------------------------

c.case("clash", "kyoto",
       S("agrega el Heian Shrine el día 2 a las 10", Type(SEL, DONE, CONF, INPUT)),
       go("sí", "1"), go("sí", "1"),
       final=(ClashHandled(2, "10:00", ("Heian",)),))  # fmt: skip
c.case("clash", "bogota",
       S("agrega la Catedral Primada el lunes a las 10am", Type(SEL, DONE, CONF, INPUT)),
       go("sí", "1"), go("sí", "1"),
       final=(ClashHandled(1, "10:00", ("Catedral Primada",)),))  # fmt: skip
c.case("clash", "goa",
       S("agrega la Se Cathedral el día 1 a las 9", Type(SEL, DONE, CONF, INPUT)),
       go("sí", "1"), go("sí", "1"),
       final=(ClashHandled(1, "09:00", ("Se Cathedral",)),))  # fmt: skip

# ---- slot_fill: an open meal slot --------------------------------------------------------

c.add("kyoto", "para la cena del martes pon un ramen", day=2, terms="ramen", slot="Dinner",
      kind="slot_fill")  # fmt: skip
c.add("cartagena", "el almuerzo del martes que sea en Fogón Costeño", day=2,
      terms="Fogón Costeño", slot="Almuerzo", kind="slot_fill")  # fmt: skip
c.add("bogota", "desayuno del día 2: arepas", day=2, terms="arepas", slot="Breakfast",
      kind="slot_fill")  # fmt: skip
c.add("porto", "no tenemos nada para cenar el día 3, algo con buen vino", day=3, terms="wine",
      slot="Dinner", kind="slot_fill")  # fmt: skip
c.add("edinburgh", "la comida del viernes en algún sitio de pizza", day=5, terms="pizza",
      slot="Lunch", kind="slot_fill")  # fmt: skip
c.add("hadibo", "cena del dia 2 -> mandi", day=2, terms="mandi", slot="Dinner",
      kind="slot_fill")  # fmt: skip

# ---- social ------------------------------------------------------------------------------

c.chat("social", "hadibo", "muchas gracias!! quedó buenísimo 😍")
c.chat("social", "bogota", "buenas noches, ¿cómo estás?")
c.chat("social", "cartagena", "listo, mil gracias parce")

# ---- info: weather, cost, sharing, safety ------------------------------------------------

c.chat("info", "kyoto", "¿cómo va a estar el clima allá esos días?")
c.chat("info", "cartagena", "cuánto nos va a costar todo esto más o menos?")
c.chat("info", "edinburgh", "¿puedo compartir el itinerario con mi esposa?")

# ---- choice: answering cards and questions in bare words ---------------------------------

c.case("choice", "hadibo",
       S("agrega un lugar de sushi el día 2", Type(SEL), Same(), Cards(("sushi",))),
       S("el segundo", Type(DONE), Chose(1)))  # fmt: skip
c.case("choice", "bogota",
       S("quiero un café de especialidad el miércoles en la tarde", Type(SEL, DONE)),
       If(SEL, "el último", Type(DONE), Chose(-1)),
       final=(Added(3, ("coffee", "cafe")),))  # fmt: skip
c.case("choice", "cartagena",
       S("busco comida vegetariana para el almuerzo del día 5", Type(SEL, DONE)),
       If(SEL, "el verde getsemani", Type(DONE)),
       final=(Filled(5, ("Almuerzo",), ("vegetarian", "vegan")),))  # fmt: skip
c.case("choice", "goa",
       S("elimina todo el día 2", Type(CONF, DONE)),
       If(CONF, "nooo mejor no, déjalo así", Type(DONE), Same()))  # fmt: skip

# ---- locale: stored "en" or "pt", written in Spanish -------------------------------------

c.add("kyoto", "hola, agrega un templo zen el día 3 en la tarde", day=3, terms="zen",
      between=AFTERNOON, kind="locale", locale="en")  # fmt: skip
c.edit("locale", "porto", "quita la Ribeira del primer día por favor", Removed("Ribeira"),
       confirm="sí", locale="pt")  # fmt: skip
c.still("locale", "bogota", "qué hay el miércoles?", Says("Distrito Grafiti"), locale="en")
c.edit("locale", "cartagena", "mueve Getsemaní al día 4", Moved("Getsemaní", 4), confirm="sí",
       locale="pt")  # fmt: skip
c.chat("social", "edinburgh", "¡Muchas gracias, nos vemos!", locale="en")

CASES = c.cases
