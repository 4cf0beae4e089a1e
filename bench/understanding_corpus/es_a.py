# ruff: noqa: E501 - corpus tables: one case per line reads best
"""Spanish cases (mostly on the Bogotá and Cartagena trips): adding, times and meals, wishes,
removing, clearing, moving, retiming, replacing, swapping days, slot filling, duplicates and
clashes. Written the way travelers type: missing accents, Colombian turns of phrase, typos."""

from bench.understanding_corpus.checks import ASKS, DONE, ERR, SEL, Cards, Same, Says, Type, When
from bench.understanding_corpus.item_checks import ClashHandled, Removed, Replaced
from bench.understanding_corpus.places import CHEAP, FAMILY, ROMANTIC, ROOFTOP, TOP_RATED, VEGGIE
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
from bench.understanding_corpus.trip_checks import Cleared, Moved, Retimed, Swapped

c = Corpus("es", "1")

# ---- add -------------------------------------------------------------------------------------
c.add("bogota", "agrégame un parque el día 4", day=4, terms=("park",))
c.add("bogota", "quiero ir a una iglesia el dia 3", day=3, terms=("church", "cathedral"))
c.add("bogota", "pon la Quinta de Bolívar en el día 4", day=4, name="Quinta de Bolívar", choose="Quinta de Bolívar")
c.add("bogota", "añade un mercado al dia 4 porfa", day=4, terms=("market",))
c.add("bogota", "mete un museo el día 3", day=3, terms=("museum",))
c.add("cartagena", "agrega una playa el dia 4", day=4, terms=("beach",))
c.add("cartagena", "Hola! me puedes agregar el Museo Naval del Caribe el día 4? gracias", day=4, name="Museo Naval del Caribe", choose="Museo Naval del Caribe")
c.add("cartagena", "¿me agregas una heladería el día 3?", day=3, terms=("ice cream", "dessert"))

# ---- add_slots -------------------------------------------------------------------------------
k = "add_slots"
c.add("bogota", "agrega un restaurante de ramen para la cena del día 2", day=2, terms="ramen", between=DINNER, kind=k)
c.add("bogota", "quiero almorzar ajiaco el jueves", day=4, terms="ajiaco", between=LUNCH, kind=k)
c.add("bogota", "agrega el Chorro de Quevedo el día 4 por la mañana", day=4, name="Chorro de Quevedo", between=MORNING, choose="Chorro de Quevedo", kind=k)
c.add("bogota", "agrega el cerro de guadalupe el jueves a las 9", day=4, name="Cerro de Guadalupe", at="09:00", choose="Cerro de Guadalupe", kind=k)
c.add("cartagena", "un bar de salsa el sábado en la noche", day=6, terms="salsa", between=EVENING, kind=k)
c.add("cartagena", "cena a las 8 en un italiano el dia 3", day=3, terms="italian", at="20:00", kind=k)
c.add("cartagena", "desayuno el día 4 a las 8 en algún café", day=4, terms=("cafe", "coffee"), at="08:00", kind=k)
c.add("cartagena", "agrega la Torre del Reloj el viernes en la tarde", day=5, name="Torre del Reloj", between=AFTERNOON, choose="Torre del Reloj", kind=k)
c.add("cartagena", "el ultimo dia en la mañana quiero ir al Museo del Oro Zenú", day=6, name="Museo del Oro Zenú", between=MORNING, choose="Museo del Oro Zenú", kind=k)
c.add("cartagena", "para el almuerzo del día dos algo de mariscos", day=2, terms=("seafood",), between=LUNCH, kind=k)

# ---- wishes ----------------------------------------------------------------------------------
k = "wishes"
c.add("bogota", "algo vegetariano para el día 4", day=4, wish=VEGGIE, kind=k)
c.add("bogota", "un café bien calificado, de 4.5 pa arriba, el día 4", day=4, terms=("cafe", "coffee"), wish=TOP_RATED, kind=k)
c.add("bogota", "comida callejera barata el dia 3", day=3, terms="street food", wish=CHEAP, kind=k)
c.add("cartagena", "una playa para ir con niños el día 4", day=4, terms="beach", wish=FAMILY, kind=k)
c.add("bogota", "un bar en una terraza en la azotea el día 2 por la noche", day=2, terms=("bar",), wish=ROOFTOP, between=EVENING, kind=k)
c.add("cartagena", "un restaurante romántico para la cena del sábado", day=6, wish=ROMANTIC, between=DINNER, kind=k)

# ---- remove ----------------------------------------------------------------------------------
k = "remove"
c.case(k, "bogota", S("quita el Museo del Oro", Type(DONE, "NEEDS_CONFIRMATION")), go("sí"), final=(Removed("Museo del Oro"),))
c.case(k, "bogota", S("elimina la cena del día 1", Type(DONE, "NEEDS_CONFIRMATION")), go("sí"), final=(Removed("Fogón Llanero"),))
c.case(k, "bogota", S("ya no quiero ir a Monserrate", Type(DONE, "NEEDS_CONFIRMATION")), go("sí"), final=(Removed("Monserrate"),))
c.case(k, "bogota", S("borra el distrito grafiti del dia 3", Type(DONE, "NEEDS_CONFIRMATION")), go("sí"), final=(Removed("Distrito Grafiti"),))
c.case(k, "cartagena", S("saca el bar del primer día", Type(DONE, "NEEDS_CONFIRMATION")), go("sí"), final=(Removed("Muralla Sunset Bar"),))
c.case(k, "cartagena", S("cancela la playa", Type(DONE, "NEEDS_CONFIRMATION")), go("sí"), final=(Removed("Playa de Bocagrande"),))

# ---- clear -----------------------------------------------------------------------------------
k = "clear"
c.ask_first(k, "bogota", "borra todo el día 3", "sí", Cleared(3))
c.ask_first(k, "cartagena", "vacía el día 1 por favor", "dale", Cleared(1))
c.ask_first(k, "bogota", "limpia el dia 2", "no", Same())

# ---- move ------------------------------------------------------------------------------------
k = "move"
c.case(k, "bogota", S("mueve el Museo Botero al día 3", Type(DONE, "NEEDS_CONFIRMATION")), go("sí"), final=(Moved("Museo Botero", 3),))
c.case(k, "bogota", S("pasa La Candelaria al jueves", Type(DONE, "NEEDS_CONFIRMATION")), go("sí"), final=(Moved("La Candelaria", 4),))
c.case(k, "bogota", S("cambia el jardín botánico para el día 4", Type(DONE, "NEEDS_CONFIRMATION")), go("sí"), final=(Moved("Jardín Botánico de Bogotá", 4),))
c.case(k, "cartagena", S("el Castillo San Felipe mejor el día 4", Type(DONE, "NEEDS_CONFIRMATION")), go("sí"), final=(Moved("Castillo San Felipe de Barajas", 4),))
c.case(k, "cartagena", S("pasa la playa de bocagrande al último día", Type(DONE, "NEEDS_CONFIRMATION")), go("sí"), final=(Moved("Playa de Bocagrande", 6),))

# ---- retime ----------------------------------------------------------------------------------
k = "retime"
c.case(k, "bogota", S("mueve el almuerzo del día 1 a la 1:30", Type(DONE)), final=(Retimed("La Casona del Ajiaco", "13:30"),))
c.case(k, "bogota", S("la cena del dia 1 a las 8 de la noche", Type(DONE)), final=(Retimed("Fogón Llanero", "20:00"),))
c.case(k, "bogota", S("cambia Monserrate a las 9 de la mañana", Type(DONE)), final=(Retimed("Monserrate", "09:00"),))
c.case(k, "bogota", S("el Museo Botero a las 3 de la tarde", Type(DONE)), final=(Retimed("Museo Botero", "15:00"),))
c.case(k, "cartagena", S("pon el desayuno del día 2 a las 7:30", Type(DONE)), final=(Retimed("Café Balcón Colonial", "07:30"),))


def replace(trip: str, text: str, old: str, day: int, terms: tuple[str, ...]) -> None:
    """Cards of the new kind only (never the place being replaced), then the swap."""
    c.case(
        "replace", trip,
        S(text, Type(SEL, DONE), When(SEL, Same(), Cards(terms, exclude=(old,)))),
        pick(),
        final=(Replaced(old, day, terms),),
    )


replace("bogota", "cambia el almuerzo del día 1 por un lugar de ramen", "La Casona del Ajiaco", 1, ("ramen",))
replace("bogota", "reemplaza Fogón Llanero por algo de mariscos", "Fogón Llanero", 1, ("seafood",))
replace("cartagena", "en vez de la Cevichería Caribe pon un restaurante italiano", "La Cevichería Caribe", 1, ("italian",))
replace("cartagena", "reemplaza el bar del día 1 por un club de salsa", "Muralla Sunset Bar", 1, ("salsa",))
replace("bogota", "cambia el Museo del Oro por otro museo", "Museo del Oro", 1, ("museum",))

# ---- swap days -------------------------------------------------------------------------------
k = "swap_days"
c.case(k, "bogota", S("intercambia el día 1 y el día 2", Type(DONE, "NEEDS_CONFIRMATION")), yes("sí"), final=(Swapped(1, 2),))
c.case(k, "cartagena", S("cambia el orden: el día 3 primero y el día 1 de tercero", Type(DONE, "NEEDS_CONFIRMATION")), yes("sí"), final=(Swapped(1, 3),))
c.case(k, "bogota", S("voltea los dias 2 y 3", Type(DONE, "NEEDS_CONFIRMATION")), yes("sí"), final=(Swapped(2, 3),))

# ---- slot fill -------------------------------------------------------------------------------
k = "slot_fill"
c.add("bogota", "agrega un restaurante de mariscos el día 2", day=2, terms=("seafood",), slot=("Lunch", "Dinner"), kind=k)
c.add("bogota", "agrega un desayuno en una panadería el día 2", day=2, terms=("bakery",), slot="Breakfast", kind=k)
c.add("cartagena", "agrega un restaurante vegetariano el día 5", day=5, wish=VEGGIE, slot="Almuerzo", kind=k)
c.add("cartagena", "un restaurante de carnes el día 6", day=6, terms=("steak", "grill"), slot="Cena", kind=k)
c.add("bogota", "busca un restaurante para el día 3", day=3, terms=("restaurant", "cafe"), slot="Lunch", kind=k)

# ---- duplicate -------------------------------------------------------------------------------
k = "duplicate"
dup = (Same(), Type(*ASKS, DONE, ERR))
c.case(k, "bogota", S("agrega el Museo del Oro al día 1", *dup, Says("Museo del Oro")))
c.case(k, "cartagena", S("pon la Cevichería Caribe el día 1", *dup, Says("La Cevichería Caribe")))
c.case(k, "bogota", S("agrégame Monserrate el día 2", *dup, Says("Monserrate")))

# ---- clash -----------------------------------------------------------------------------------
k = "clash"
c.case(k, "bogota", S("agrega un café el día 1 a las 10", Type(SEL, DONE, "NEEDS_CONFIRMATION")), go("sí"), go("sí"), final=(ClashHandled(1, "10:00", ("cafe", "coffee")),))
c.case(k, "cartagena", S("agrega el Museo Naval del Caribe el día 1 a las 4 de la tarde", Type(SEL, DONE, "NEEDS_CONFIRMATION")), go("sí", "Museo Naval del Caribe"), go("sí"), final=(ClashHandled(1, "16:00", ("museum",)),))
c.case(k, "bogota", S("pon un bar el día 3 a las 5 pm", Type(SEL, DONE, "NEEDS_CONFIRMATION")), go("sí"), go("sí"), final=(ClashHandled(3, "17:00", ("bar", "nightlife")),))

CASES = c.cases
