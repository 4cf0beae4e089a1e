# ruff: noqa: E501 - corpus tables: one case per line reads best
"""Spanish cases: the trip itself, undo, showing, planning, explaining, booking, experts, help,
two requests at once, "eso"/"ese lugar", small talk, honest answers, typed choices, and
travelers whose stored locale is English (or Spanish)."""

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    ERR,
    SEL,
    Changed,
    NoDump,
    NotSays,
    Same,
    Says,
    SaysLast,
    Short,
    Type,
)
from bench.understanding_corpus.item_checks import Added, Chose, NewCount, NoLoss, Removed
from bench.understanding_corpus.spec import DINNER, MORNING, Corpus, S, go, pick, yes
from bench.understanding_corpus.trip_checks import (
    Booked,
    Cleared,
    Days,
    Lead,
    Lighter,
    Moved,
    NoBooking,
    Plan,
    Retimed,
    Start,
    Swapped,
)

c = Corpus("es", "2")

# ---- trip --------------------------------------------------------------------------------------
k = "trip"
c.case(k, "bogota", S("agrega un día más al viaje", Type(DONE, CONF)), yes("sí"), final=(Days(5),))
c.case(k, "cartagena", S("nos vamos a quedar dos dias mas", Type(DONE, CONF)), yes("sí"), final=(Days(8),))
c.ask_first(k, "cartagena", "quita el último día del viaje", "sí", Days(5))
c.ask_first(k, "bogota", "acorta el viaje a 3 días", "sí, dale", Days(3))
c.case(k, "bogota", S("cambia la fecha de inicio al 10 de diciembre", Type(DONE, CONF)), yes("sí"), final=(Start("2026-12-10"),))
c.ask_first(k, "bogota", "el día 1 está muy cargado, hazlo más relajado", "sí", Lighter(1))

# ---- undo ------------------------------------------------------------------------------------
k = "undo"
c.case(k, "bogota", S("quita Monserrate"), go("sí"), S("deshaz eso", Type(DONE), Changed()), final=(Same(),))
c.case(k, "cartagena", S("agrega una playa el día 4"), pick(), S("deshacer", Type(DONE), Changed()), final=(Same(),))
c.case(k, "bogota", S("deshacer", Type(DONE, ERR), Same()))

# ---- show ------------------------------------------------------------------------------------
k = "show"
c.still(k, "bogota", "¿qué hay el día 2?", Says("Monserrate", "Museo Botero"), NotSays("Museo del Oro"))
c.still(k, "cartagena", "muéstrame el itinerario", Says("Castillo San Felipe de Barajas", "Las Bóvedas"))
c.still(k, "cartagena", "que tengo el sabado?", Says("Las Bóvedas"), NotSays("Castillo San Felipe de Barajas"))
c.still(k, "bogota", "q hacemos el primer dia", Says("Museo del Oro", "La Candelaria"), NotSays("Monserrate"))
c.still(k, "cartagena", "¿dónde almorzamos el día 3?", Says("Bocagrande Beach Grill"))

# ---- plan ------------------------------------------------------------------------------------
k = "plan"
c.case(k, "bogota", S("planea 3 días en Cartagena", Type(DONE, CONF)), yes("sí"), final=(Plan("cartagena", 3),))
c.case(k, "cartagena", S("ármame un plan de 4 días en Bogotá con museos", Type(DONE, CONF)), yes("sí"), final=(Plan("bogota", 4, (("museum",),)),))
c.case(k, "blank", S("organiza un fin de semana en Kioto", Type(DONE, CONF)), yes("sí"), final=(Plan("kyoto", 2),))
c.case(k, "bogota", S("quiero un itinerario de 3 dias en cartagena con playa", Type(DONE, CONF)), yes("sí"), final=(Plan("cartagena", 3, (("beach",),)),))

# ---- explain ---------------------------------------------------------------------------------
k = "explain"
c.still(k, "bogota", "cuéntame sobre el Museo del Oro", Says("Museo del Oro"))
c.still(k, "bogota", "¿qué es Monserrate?", Says("Monserrate"))
c.case(k, "cartagena", S("agrega un restaurante italiano el día 4"), pick(), S("¿por qué elegiste este restaurante?", Type(DONE), Same(), SaysLast()))
c.still(k, "bogota", "¿a qué hora abre el Museo Botero?", Says("Museo Botero"))

# ---- book ------------------------------------------------------------------------------------
k = "book"
c.case(k, "bogota",
       S("reserva una mesa en Fogón Llanero para 2 a las 8 pm", Type(CONF), Says("Fogón Llanero"), NoBooking()),
       S("sí", Type(DONE)), final=(Booked("Fogón Llanero", party=2, at="20:00"),))
c.case(k, "cartagena",
       S("agrega un restaurante italiano para la cena del día 2"), pick(),
       S("resérvame mesa ahí para 4 a las 7:30 pm", Type(CONF), SaysLast(), NotSays("La Cevichería Caribe")),
       S("sí", Type(DONE)), final=(Booked(party=4, at="19:30"),))
c.case(k, "cartagena",
       S("haz una reserva en la Cevichería Caribe para dos", Type(CONF, SEL, "NEEDS_INPUT"), Says("La Cevichería Caribe")),
       go("sí", "2", answer="2"), go("sí", "2", answer="2"), final=(Booked("La Cevichería Caribe", party=2),))

# ---- expert ----------------------------------------------------------------------------------
k = "expert"
c.case(k, "bogota", S("necesito un guía local para recorrer La Candelaria", Type(DONE), Same(), Lead()))
c.case(k, "cartagena", S("¿hay algún experto local que me ayude a planear Cartagena?", Type(DONE), Same(), Lead()))

# ---- help ------------------------------------------------------------------------------------
k = "help"
for text, trip in (("ayuda", "bogota"), ("¿qué puedes hacer?", "cartagena"), ("como funciona esto?", "bogota")):
    c.still(k, trip, text, NoDump())

# ---- multi -----------------------------------------------------------------------------------
k = "multi"
c.case(k, "bogota", S("agrega un museo el día 4 y también un restaurante de ramen para la cena del día 2"), go("sí"), go("sí"), go("sí"),
       final=(Added(4, ("museum",), only=False), Added(2, ("ramen",), between=DINNER, only=False), NewCount(2)))
c.case(k, "bogota", S("quita el Museo Botero y pon Monserrate a las 9"), go("sí"), go("sí"),
       final=(Removed("Museo Botero"), Retimed("Monserrate", "09:00", alone=False)))
c.case(k, "cartagena", S("borra todo el día 3 y agrega una playa el día 4"), go("sí"), go("sí"), go("sí"),
       final=(Cleared(3, others=False), Added(4, ("beach",), only=False)))
c.case(k, "bogota", S("mueve La Candelaria al día 4, luego agrega un café el día 4 por la mañana"), go("sí"), go("sí"), go("sí"),
       final=(Moved("La Candelaria", 4, alone=False), Added(4, ("cafe", "coffee"), between=MORNING, only=False)))
c.case(k, "cartagena", S("cambia el día 1 con el día 2 y después muéstrame el día 1"), go("sí"), go("sí"),
       final=(Swapped(1, 2),))
c.case(k, "bogota", S("agrega el Chorro de Quevedo el día 4 y también la Catedral Primada"), go("sí", "Chorro de Quevedo"), go("sí", "Catedral Primada"), go("sí"),
       final=(Added(4, name="Chorro de Quevedo", only=False), Added(4, name="Catedral Primada", only=False)))

# ---- referent --------------------------------------------------------------------------------
k = "referent"
c.case(k, "bogota", S("agrega Ramen Norte para la cena del día 2"), pick("Ramen Norte"), S("muévelo a las 7 pm", Type(DONE)),
       final=(Retimed(None, "19:00"),))
c.case(k, "bogota", S("agrega un lugar de tacos el día 3"), pick(), S("mejor quítalo", Type(DONE, CONF)), go("sí"),
       final=(NewCount(0), NoLoss()))
c.case(k, "cartagena", S("agrega el Museo Naval del Caribe el día 4"), pick("Museo Naval del Caribe"), S("¿qué tal es ese lugar?", Type(DONE), Same(), SaysLast()))
c.case(k, "cartagena", S("agrega un restaurante italiano el día 4"), pick(), S("pásalo al día 5", Type(DONE, CONF)), go("sí"),
       final=(Moved(None, 5),))

# ---- social ----------------------------------------------------------------------------------
k = "social"
for text, trip in (("hola", "bogota"), ("gracias!!", "cartagena"), ("muchas gracias 🙏", "bogota"),
                   ("chao", "cartagena"), ("buenísimo, gracias", "bogota"), ("buenas noches", "cartagena")):
    c.still(k, trip, text, NoDump(), Short())

# ---- info ------------------------------------------------------------------------------------
k = "info"
for text, trip in (
    ("¿cómo va a estar el clima?", "cartagena"),
    ("¿es seguro caminar de noche por La Candelaria?", "bogota"),
    ("cuánto me va a costar todo?", "bogota"),
    ("compártelo con mi esposa", "cartagena"),
    ("exporta el viaje a mi calendario", "bogota"),
):
    c.chat(k, trip, text)

# ---- choice ----------------------------------------------------------------------------------
k = "choice"
cards = S("agrega un parque el día 4", Type(SEL))
c.case(k, "bogota", cards, S("el segundo", Type(DONE), Chose(1)))
c.case(k, "bogota", cards, S("la primera", Type(DONE), Chose(0)))
c.case(k, "bogota", cards, S("2", Type(DONE), Chose(1)))
c.case(k, "bogota", cards, S("el último", Type(DONE), Chose(-1)))
c.case(k, "bogota", cards, S("opción 3", Type(DONE), Chose(2)))
clear = S("borra todo el día 3", Type(CONF), Same())
c.case(k, "bogota", clear, S("sí", Type(DONE), Cleared(3)))
c.case(k, "bogota", clear, S("dale", Type(DONE), Cleared(3)))
c.case(k, "bogota", clear, S("mejor no", Type(DONE), Same()))

# ---- locale ----------------------------------------------------------------------------------
k = "locale"
c.case(k, "bogota", S("agrega un museo el día 4", Type(SEL)), S("2", Type(DONE), Chose(1)))
c.case(k, "bogota", S("hola", Type(DONE), Same()), locale="es")
c.case(k, "bogota", S("¿qué hay el jueves?", Type(DONE), Same()), locale="en")
c.case(k, "cartagena", S("agrega una playa el día 4", Type(SEL)), S("la segunda", Type(DONE), Chose(1)), locale="es")

CASES = c.cases
