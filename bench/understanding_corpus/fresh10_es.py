"""Fresh10, Spanish: a blind held-out set of traveler conversations.

Written blind on 2026-12-07 from the demo data (core/data/demo_places.json), the fixtures and the
protocol (DESIGN.md) only: not from the parser, the message catalog or any other corpus file. It
is a measure: never tune the parser on it.

Who writes:
- a sevillano ("quillo", "miarma", dropped s: "vamo", "lo do", "mu", "pa");
- a valenciano ("xe", "nano", a "bon dia" that looks Portuguese);
- a bilbaíno ("aupa", "sinsorgo", "bai", "ostia", "la cuadrilla");
- a barcelonés who slips Catalan words ("home", "bé", "doncs", "dimecres", "desfés");
- an extremeño ("echa ahí", "pa", "na", "acho");
- an asturiano ("guaje", "prestar", "baratuco", "ho");
- a regiomontano norteño ("plebe", "¿qué onda?", "ahorita", "no me late");
- a yucateco ("bomba", "hach", "ta' bueno");
- a tapatío ("ándale", "está bien padre", "simón", "voltéame");
- a hondureño ("cipote", "macizo", "pisto", "maje", "nombre");
- a salvadoreño ("cabal", "chivo", "bayunco", "vaya pues", "fijate");
- a nicaragüense ("chele", "tuani", "dale pues", "reales", "pelón");
- a cordobés argentino ("culiado" tamed, "que lo parió", "re", voseo);
- a mendocino ("che", "tranqui", "al toque", voseo);
- a barranquillero costeño ("ajá", "eche", "qué nota", "bacano");
- and a woman from Equatorial Guinea writing careful, formal Spanish ("le ruego", "quisiera").

They type the way people do on WhatsApp: no accents, typos, emoji, corrections halfway, two
requests in one message, a reason glued on, local yes words ("simón", "ajá", "dale pues", "bai,
venga") when the bot asks. Some stored settings are "pt" (the Equatoguinean traveler, who also
speaks Portuguese; a valenciano whose "bon dia" reads Portuguese; a hondureño) but they write
Spanish, so the answer must be Spanish.

Fixture facts relied on: the clock is Monday 2026-11-23 09:00 UTC. Every trip but Mumbai starts
Monday 2026-12-07: day 1 lunes 7, day 2 martes 8, day 3 miércoles 9, day 4 jueves 10, day 5
viernes 11, day 6 sábado 12. Mumbai is under way: it started today (lunes 23 de noviembre), so
"hoy" is day 1, "mañana" day 2 and "pasado mañana" day 3, and it is 14:30 there now. Empty days:
Edinburgh day 4, Goa day 4, Bogotá day 4, Cartagena day 4, Porto day 5, and both days of
"blank" (Kyoto). Open meal slots: Kyoto Lunch days 1 and 3, Dinner day 2; Edinburgh Lunch days
1, 3, 5, Breakfast and Dinner day 2; Goa Dinner day 1, Lunch days 2 and 3; Mumbai Dinner day 1,
Breakfast and Lunch day 2; Jaipur Dinner day 1, Lunch day 2; Bogotá Breakfast, Lunch and Dinner
day 2, Lunch day 3; Cartagena Almuerzo days 2 and 5, Cena days 2 and 6; Porto Dinner days 1, 3
and 6, Lunch days 2 and 3, Breakfast day 4. Trip lengths: Kyoto 3, Edinburgh 5, Goa 4, Mumbai 3,
Jaipur 3, Bogotá 4, Cartagena 6, Porto 6, blank 2, Hadibo 3.
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    SEL,
    Cards,
    Check,
    NoDump,
    Same,
    Says,
    SaysLast,
    Short,
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
    VEGGIE,
)
from bench.understanding_corpus.spec import (
    AFTERNOON,
    BREAKFAST,
    DINNER,
    EVENING,
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

c = Corpus("es", "f10", locale="es")

EAT = ("restaurant", "cafe", "bakery", "food")


def choice(
    trip: str,
    text: str,
    terms: tuple[str, ...],
    reply: str,
    index: int,
    day: int,
    *,
    between: tuple[str, str] | None = None,
    least: int = 2,
) -> None:
    """A vague request that must bring cards, then the traveler picks one in their words."""
    c.case(
        "choice",
        trip,
        S(text, Type(SEL), Same(), Cards(terms, min=least)),
        S(reply, Type(DONE), Chose(index)),
        final=(Added(day, terms, between=between),),
    )


def undo(trip: str, text: str, back: str, ok: str = "sí") -> None:
    """An edit, gone along with if asked, then taken back: the trip ends as it started."""
    c.case(
        "undo",
        trip,
        S(text, Type(DONE, CONF, SEL)),
        go(ok),
        S(back, Type(DONE, CONF)),
        yes(ok),
        final=(Same(),),
    )


def referent(trip: str, first: str, then: str, *final: Check, ask: bool = False) -> None:
    """Something added, then talked about as "eso" / "ese sitio" / "lo"."""
    if ask:
        c.case(
            "referent",
            trip,
            S(first, Type(SEL, DONE)),
            pick(),
            S(then, Type(DONE), Same(), SaysLast()),
        )
        return
    c.case(
        "referent",
        trip,
        S(first, Type(SEL, DONE)),
        pick(),
        S(then, Type(DONE, CONF)),
        yes("sí"),
        final=final,
    )


# ---- add (14) -----------------------------------------------------------------------------

c.add(
    "porto",
    "quillo mete el mercado do bolhao el dia 4 por la mañana q me han dicho q ahi se come de lujo",
    day=4,
    between=MORNING,
    name="Mercado do Bolhão",
)
c.add(
    "cartagena",
    "xe nano, pon el museo naval el dia 4 que vamos con los criajos y les molan los piratas",
    day=4,
    name="Museo Naval del Caribe",
)
c.add(
    "edinburgh",
    "aupa! metenos la playa de Portobello el jueves, q aunque haga un frio q pela la cuadrilla "
    "quiere ver el mar",
    day=4,
    name="Portobello Beach",
)
c.add(
    "jaipur",
    "qué onda, agrégame el albert hall museum pal dia 3 en la tarde plebe",
    day=3,
    between=AFTERNOON,
    name="Albert Hall Museum",
)
c.add("goa", "bomba!! oye agrega el fuerte Reis Magos el ultimo dia", day=4, name="Reis Magos Fort")
c.add(
    "mumbai",
    "maje metele la Jehangir Art Gallery mañana q a mi señora le gusta el arte",
    day=2,
    name="Jehangir Art Gallery",
)
c.add(
    "bogota",
    "vaya pues, agregame el chorro de quevedo el dia 3 q dicen q esta bien chivo",
    day=3,
    name="Chorro de Quevedo",
)
c.add(
    "kyoto",
    "che agregá el ginkakuji el segundo dia, que lo parió no lo teniamos y es el pabellon de "
    "plata!!",
    day=2,
    name="Ginkaku-ji",
)
c.add("cartagena", "ajá y la Popa? métela el sabado", day=6, name="Convento de la Popa")
c.add(
    "porto",
    "Buenas tardes. Quisiera añadir la Igreja do Carmo al quinto día de mi viaje, por favor. "
    "Muchas gracias.",
    day=5,
    name="Igreja do Carmo",
)
c.add("hadibo", "oye agrega un lugar de sushi el dia 2 ándale", day=2, terms="sushi")
c.add(
    "edinburgh",
    "guaje pon el Dean Village el dia 5, q me presta muchisimo sacar fotos del rio",
    day=5,
    name="Dean Village",
)
c.add("goa", "agregame una playita tranqui el día 4, algo sin tanta gente", day=4, terms="beach")
c.add(
    "jaipur",
    "acho echa ahi un templo pal dia 2, el q sea mas bonito q tu veas",
    day=2,
    terms=("temple", "mandir"),
)

# ---- wishes (10) --------------------------------------------------------------------------

c.add(
    "bogota",
    "dale pues buscame algo barato pa comer el dia 4, andamos cortos de reales 😅",
    day=4,
    terms=EAT,
    wish=CHEAP,
    kind="wishes",
)
c.add(
    "kyoto",
    "miarma buscame un sitio vegetariano pa comer el dia 3 q mi novia no prueba la carne",
    day=3,
    terms=("restaurant", "cafe"),
    wish=VEGGIE,
    kind="wishes",
)
c.add(
    "porto",
    "culiao... bah perdon jaja. queremos algo romantico pa cenar el viernes q es el aniversario "
    "de la gorda ❤️",
    day=5,
    terms="restaurant",
    wish=ROMANTIC,
    between=DINNER,
    kind="wishes",
)
c.add(
    "edinburgh",
    "algo con buena nota pa comer el dia 3, nada de sinsorgadas eh, minimo un 4.5",
    day=3,
    terms=("restaurant", "cafe"),
    wish=TOP_RATED,
    kind="wishes",
)
c.add(
    "mumbai",
    "ahorita ando con un hambre q no veas plebe, algo q este abierto ya, pa hoy",
    day=1,
    terms=EAT,
    wish=OPEN_NOW,
    kind="wishes",
)
c.add(
    "jaipur",
    "quiero un rooftop pa ver el atardecer el dia 1, algo bien padre",
    day=1,
    wish=ROOFTOP,
    between=EVENING,
    kind="wishes",
)
c.add(
    "cartagena",
    "vamos con los cipotes, algo pa niños el dia 4 porfa q se aburren rapido",
    day=4,
    wish=FAMILY,
    kind="wishes",
)
c.add(
    "goa",
    "algo baratuco pa desayunar el dia 3 ho, q el hotel no lo incluye",
    day=3,
    terms=("breakfast", "cafe", "bakery"),
    wish=CHEAP,
    between=BREAKFAST,
    kind="wishes",
)
c.add(
    "blank",
    "hach ponme algo vegano el primer dia, de comer, q mi hija es vegana",
    day=1,
    terms=("restaurant", "cafe"),
    wish=VEGGIE,
    kind="wishes",
)
c.add(
    "bogota",
    "un restaurante top, de los mejor valoraos de bogota, pa cenar el dia 2",
    day=2,
    terms="restaurant",
    wish=TOP_RATED,
    kind="wishes",
)

# ---- add_slots (9) ------------------------------------------------------------------------

c.add(
    "porto",
    "mete la capela das almas el dia 1 a las 5 de la tarde, la de los azulejos",
    day=1,
    at="17:00",
    name="Capela das Almas",
    kind="add_slots",
)
c.add(
    "edinburgh",
    "doncs afegeix... perdon, pon la Scottish National Gallery el dia 4 a las 11h, bé?",
    day=4,
    at="11:00",
    name="Scottish National Gallery",
    kind="add_slots",
)
c.add(
    "jaipur",
    "Por favor, incluya el templo Birla Mandir el primer día al atardecer.",
    day=1,
    between=EVENING,
    name="Birla Mandir",
    kind="add_slots",
)
c.add(
    "mumbai",
    "agrega el Kala Ghoda pasado mañana en la tarde, está bien padre dicen",
    day=3,
    between=AFTERNOON,
    name="Kala Ghoda Art District",
    kind="add_slots",
)
c.add(
    "cartagena",
    "chele poneme la Torre del Reloj el dia 2 como a las 4 de la tarde",
    day=2,
    at="16:00",
    name="Torre del Reloj",
    kind="add_slots",
)
c.add(
    "goa",
    "agregá el paseo del rio mandovi el dia 3 a las 6 de la tarde pa ver el atardecer, va a "
    "estar cabal",
    day=3,
    at="18:00",
    name="Mandovi Riverfront Promenade",
    kind="add_slots",
)
c.add(
    "bogota",
    "poné Monserrate... no, ese ya está. Poné el cerro de Guadalupe el día 3 a la mañana",
    day=3,
    between=MORNING,
    name="Cerro de Guadalupe",
    kind="add_slots",
)
c.add(
    "kyoto",
    "sumale el Tenryuji al dia 3 a las 11, que queda al ladito del bambu",
    day=3,
    at="11:00",
    name="Tenryu-ji",
    kind="add_slots",
)
c.add(
    "porto",
    "eche agrégame el Jardim do Morro el día 6 a las 7 de la noche pa ver el atardecer, qué nota",
    day=6,
    at="19:00",
    name="Jardim do Morro",
    kind="add_slots",
)

# ---- slot_fill (5) ------------------------------------------------------------------------

c.add(
    "kyoto",
    "pa la comida del primer dia pon algo de udon o soba, guaje, q nos presta la sopa",
    day=1,
    terms=("udon", "soba", "noodles", "ramen"),
    slot="Lunch",
    kind="slot_fill",
)
c.add(
    "edinburgh",
    "el desayuno del dia 2 todavia no tiene sitio, busca algo de brunch o tortitas",
    day=2,
    terms=("breakfast", "brunch", "cafe", "bakery", "pancakes"),
    slot="Breakfast",
    kind="slot_fill",
)
c.add(
    "porto",
    "pa la cena del miercole busca argo de pescao miarma",
    day=3,
    terms=("seafood", "fish", "octopus", "bacalhau", "codfish", "sardines", "sushi"),
    slot="Dinner",
    kind="slot_fill",
)
c.add(
    "cartagena",
    "ajá y el almuerzo del martes qué? ponme algo costeño, arroz con coco y patacón, eche",
    day=2,
    terms=("coconut rice", "patacones", "caribbean"),
    slot="Almuerzo",
    kind="slot_fill",
)
c.add(
    "mumbai",
    "el desayuno de mañana bomba, algo del sur de la india, dosa o idli",
    day=2,
    terms=("dosa", "idli", "south indian"),
    slot="Breakfast",
    kind="slot_fill",
)

# ---- remove (7) ---------------------------------------------------------------------------

c.edit(
    "remove",
    "edinburgh",
    "quita el Greyfriars Kirkyard, q los cementerios me dan mal rollo ostia",
    Removed("Greyfriars Kirkyard", 2),
    confirm="bai, venga",
)
c.edit(
    "remove",
    "goa",
    "quillo quita lo de la playa de anjuna q no vamo a llegar ni de broma",
    Removed("Anjuna Beach", 2),
)
c.edit(
    "remove",
    "mumbai",
    "bórrame las cuevas de elefanta, no me late el ferry",
    Removed("Elephanta Caves", 2),
    confirm="simón",
)
c.edit(
    "remove",
    "bogota",
    "Le ruego que elimine el Museo Botero del segundo día.",
    Removed("Museo Botero", 2),
)
c.edit(
    "remove",
    "kyoto",
    "ya no quiero ir al Sanjusangendo, sácalo porfa 🙏",
    Removed("Sanjusangen-do", 2),
)
c.edit(
    "remove",
    "jaipur",
    "quitá el jantar mantar, macizo y todo pero no nos da el tiempo",
    Removed("Jantar Mantar", 2),
    confirm="simon",
)
c.edit(
    "remove",
    "porto",
    "sacá la torre dos clerigos, la vemos de afuera nomas",
    Removed("Torre dos Clérigos", 1),
)

# ---- move (7) -----------------------------------------------------------------------------

c.edit(
    "move",
    "porto",
    "home, mou Serralves al dia 5 que el dimecres... vull dir, pásalo al día 5 q el miércoles "
    "estaremos reventados",
    Moved("Museu de Serralves", 5),
)
c.edit(
    "move",
    "edinburgh",
    "el Arthur's Seat pásalo al dia 4 que el 3 dicen q llueve a mares",
    Moved("Arthur's Seat", 4),
)
c.edit(
    "move",
    "cartagena",
    "la playa de bocagrande pasala pal dia 4 mejor, no seas bayunco jaja",
    Moved("Playa de Bocagrande", 4),
)
c.edit(
    "move",
    "jaipur",
    "el Nahargarh mejor el primer dia a las 5 de la tarde, ta' bueno?",
    Moved("Nahargarh Fort", 1, at="17:00"),
    confirm="ta' bueno, sí",
)
c.edit(
    "move",
    "goa",
    "dale pues, el fuerte aguada pasalo al ultimo dia",
    Moved("Fort Aguada", 4),
    confirm="dale pues",
)
c.edit(
    "move",
    "bogota",
    "el distrito grafiti al jueves, culiado... digo, porfa jaja",
    Moved("Distrito Grafiti", 4),
)
c.edit(
    "move",
    "mumbai",
    "lo de marine drive ponlo hoy mejor a las 7 de la tarde, que mañana no nos da la vida",
    Moved("Marine Drive", 1, at="19:00"),
)

# ---- retime (7) ---------------------------------------------------------------------------

c.edit(
    "retime",
    "kyoto",
    "er kinkakuji ponlo a las die, q a las 9 es mu temprano pa nosotro",
    Retimed("Kinkaku-ji", "10:00"),
)
c.edit(
    "retime",
    "porto",
    "la livraria lello a las 10 en vez de a las 9 y media, q no madrugamos",
    Retimed("Livraria Lello", "10:00"),
)
c.edit(
    "retime",
    "edinburgh",
    "the wee dram a las 9 de la noche, q antes estamos cenando",
    Retimed("The Wee Dram", "21:00"),
)
c.edit(
    "retime",
    "goa",
    "cámbiame el vindaloo a las 8 y media de la noche, ándale",
    Retimed("Vindaloo & Vinho", "20:30"),
)
c.edit(
    "retime",
    "cartagena",
    "¿Podría cambiar la hora del Castillo San Felipe a las tres de la tarde? Gracias.",
    Retimed("Castillo San Felipe de Barajas", "15:00"),
)
c.edit(
    "retime",
    "jaipur",
    "el amber fort tempranito, a las 8, pa ganarle al calor",
    Retimed("Amber Fort", "08:00"),
)
c.edit(
    "retime",
    "bogota",
    "el museo del oro a las 11, que antes no llegamos ni a palos che",
    Retimed("Museo del Oro", "11:00"),
)

# ---- replace (6) --------------------------------------------------------------------------

c.edit(
    "replace",
    "bogota",
    "cambiame el fogon llanero por algo de mariscos, la carne no me cae maje",
    Replaced("Fogón Llanero", 1, ("seafood", "ceviche", "fish")),
)
c.edit(
    "replace",
    "kyoto",
    "canvia... cambia el Menya Kurogane por un sitio de tempura, doncs ramen ya hemos comido",
    Replaced("Menya Kurogane", 2, ("tempura",)),
)
c.edit(
    "replace",
    "mumbai",
    "en lugar de la annapoorna thali pon algo de mariscos xfa, bomba",
    Replaced("Annapoorna Thali House", 3, ("seafood", "crab", "prawns", "fish thali")),
)
c.edit(
    "replace",
    "porto",
    "cambia la casa da francesinha por algo vegetariano, q la francesinha es una bomba "
    "calorica guaje",
    Replaced("Casa da Francesinha", 4, wish=VEGGIE),
)
c.edit(
    "replace",
    "jaipur",
    "el marwar thali cambialo por otro sitio pa comer, uno con azotea de esos",
    Replaced("Marwar Thali Haveli", 1, ("restaurant", "cafe", "bar"), ROOFTOP),
)
c.edit(
    "replace",
    "cartagena",
    "eche la cevicheria esa cámbiala por algo mas barato q esto no es Miami",
    Replaced("La Cevichería Caribe", 1, ("restaurant", "cafe"), CHEAP),
)

# ---- trip (6) -----------------------------------------------------------------------------

c.edit(
    "trip",
    "porto",
    "quillo al final llegamo un dia mas tarde, el martes 8, cambia las fecha",
    Start("2026-12-08"),
)
c.edit(
    "trip",
    "edinburgh",
    "añade un dia mas al final, q hemos cambiao el vuelo",
    Days(6),
    confirm="bai",
)
c.edit(
    "trip",
    "goa",
    "quitale el ultimo dia al viaje plebe, nos regresamos antes",
    Days(3),
)
c.edit(
    "trip",
    "jaipur",
    "Quisiera ampliar el viaje a cinco días en total, por favor.",
    Days(5),
)
c.edit(
    "trip",
    "cartagena",
    "el viaje arranca el 9 de diciembre ahora, nos cambiaron el vuelo, que lo parió",
    Start("2026-12-09"),
)
c.edit(
    "trip",
    "bogota",
    "fijate que ya no son 4 dias sino 5, nos quedamos uno mas",
    Days(5),
)

# ---- multi (6) ----------------------------------------------------------------------------

c.flow(
    "multi",
    "cartagena",
    "ajá quita las bovedas y pon el museo del oro zenu el dia 6 por la mañana",
    Removed("Las Bóvedas", 6),
    Added(6, between=MORNING, only=False, name="Museo del Oro Zenú"),
    confirm="ajá",
)
c.flow(
    "multi",
    "jaipur",
    "mueve el city palace a las 10 y agrega johari bazaar el dia 2 en la tarde",
    Retimed("City Palace", "10:00", alone=False),
    Added(2, between=AFTERNOON, only=False, name="Johari Bazaar"),
)
c.flow(
    "multi",
    "edinburgh",
    "borrá victoria street y mové calton hill a las 6 de la tarde pa ver la puesta de sol",
    Removed("Victoria Street", 2),
    Retimed("Calton Hill", "18:00", alone=False),
)
c.flow(
    "multi",
    "goa",
    "pon la Se Cathedral el dia 1 a las 11 y el Fontainhas pasalo al dia 4",
    Added(1, at="11:00", only=False, name="Se Cathedral"),
    Moved("Fontainhas Latin Quarter", 4, alone=False),
)
c.flow(
    "multi",
    "kyoto",
    "sacá el ryoanji, y el kinkakuji ponelo a las 10 ya que estamos",
    Removed("Ryoan-ji", 1),
    Retimed("Kinkaku-ji", "10:00", alone=False),
)
c.flow(
    "multi",
    "mumbai",
    "quillo pa mañana quita marine drive y mete la playa de chowpatty a la misma hora",
    Removed("Marine Drive", 2),
    Added(2, at="18:00", only=False, name="Girgaum Chowpatty"),
)

# ---- choice (6) ---------------------------------------------------------------------------

choice(
    "bogota",
    "quiero un cafe de especialidad pa la mañana del dia 3, algo re lindo",
    ("coffee", "cafe"),
    "el segundo",
    1,
    3,
    between=MORNING,
)
choice(
    "kyoto",
    "algun templo mas pal dia 3 q no tenga tanta gente",
    ("temple", "shrine"),
    "el ultimo",
    -1,
    3,
)
choice(
    "edinburgh",
    "Desearía añadir un restaurante de cocina escocesa para la cena del tercer día.",
    ("scottish",),
    "El primero, por favor.",
    0,
    3,
    between=DINNER,
)
choice(
    "goa",
    "unos mariscos pal dia 4 maje, lo q sea q tenga camaron",
    ("seafood", "prawns", "fish", "crab"),
    "3",
    2,
    4,
    least=3,
)
choice(
    "porto",
    "una pastisseria... una pasteleria pal desayuno del dia 4",
    ("bakery", "pastries", "pastel de nata", "cafe", "breakfast"),
    "el segon, bé... el segundo",
    1,
    4,
)
choice(
    "mumbai",
    "un bar pa hoy en la noche plebe, q hay?",
    ("bar", "nightlife", "pub", "cocktails"),
    "el 2",
    1,
    1,
    between=EVENING,
)

# ---- plan (5) -----------------------------------------------------------------------------

c.flow(
    "plan",
    "blank",
    "ármame los dos dias en kioto, es la primera vez q vamos y no tenemos ni idea",
    Plan("kyoto", 2),
    confirm="simón",
    answer="templos, comida y caminar",
)
c.flow(
    "plan",
    "edinburgh",
    "el jueve lo tenemo vacio, rellenalo tu con lo q veas miarma",
    Plan("edinburgh", 5),
)
c.flow(
    "plan",
    "goa",
    "el dia 4 no tenemos nada, armanos algo de playa y comida rica",
    Plan("goa", 4, includes=(("beach",),)),
    answer="playa y mariscos",
)
c.flow(
    "plan",
    "bogota",
    "el jueves está pelón chele, planeamelo vos",
    Plan("bogota", 4),
    confirm="dale pues",
)
c.flow(
    "plan",
    "porto",
    "¿Podría planificar el quinto día? Está vacío y no sé qué hacer.",
    Plan("porto", 6),
    answer="Museos y un buen almuerzo, por favor.",
)

# ---- book (5) -----------------------------------------------------------------------------

c.flow(
    "book",
    "cartagena",
    "resérvame en la muralla sunset bar pa 4 el dia 1 a las 7 y media, qué nota",
    Booked("Muralla Sunset Bar", party=4, at="19:30"),
    confirm="ajá",
    answer="4 personas a las 19:30",
)
c.flow(
    "book",
    "kyoto",
    "Quisiera reservar una mesa para dos personas en Kamogawa Kaiseki el primer día.",
    Booked("Kamogawa Kaiseki", party=2),
    answer="A las siete de la tarde, por favor.",
)
c.flow(
    "book",
    "porto",
    "reservame en la marisqueira da foz, somos 6 de la cuadrilla",
    Booked("Marisqueira da Foz", party=6),
    confirm="bai",
    answer="a las 8 de la noche",
)
c.flow(
    "book",
    "jaipur",
    "pídeme mesa en el haveli rooftop kitchen pa 3 personas",
    Booked("Haveli Rooftop Kitchen", party=3),
    answer="a las 7 y media",
)
c.flow(
    "book",
    "mumbai",
    "reservá en konkan coast kitchen pa esta noche a las 9, somos 2",
    Booked("Konkan Coast Kitchen", party=2, at="21:00"),
    answer="2 personas, 21:00",
)

# ---- referent (5) -------------------------------------------------------------------------

referent(
    "bogota",
    "mete la quinta de bolivar el dia 4",
    "y eso a q hora abre miarma?",
    ask=True,
)
referent(
    "kyoto",
    "pon el Nanzenji el dia 3",
    "muevelo a las 11 guaje",
    Added(3, name="Nanzen-ji"),
    Retimed(None, "11:00"),
)
referent(
    "edinburgh",
    "pon la palace of holyroodhouse el dia 4",
    "no nano, mejor pásalo al dia 5",
    Moved(None, 5),
)
referent(
    "goa",
    "agrega el mirador de dona paula el día 2",
    "y qué tiene de especial ese lugar?",
    ask=True,
)
referent(
    "cartagena",
    "agrega algo de helado el dia 3 pa los cipotes",
    "ese ponelo a las 4 de la tarde",
    Added(3, ("ice cream", "dessert", "popsicles")),
    Retimed(None, "16:00"),
)

# ---- social (5) ---------------------------------------------------------------------------

c.still("social", "hadibo", "grasia miarma ere un arte 👏👏", NoDump(), Short())
c.still("social", "bogota", "jajaja sos un capo culiado (con cariño eh)", NoDump(), Short())
c.still("social", "edinburgh", "aupa! q tal todo? 🙂", NoDump(), Short())
c.still("social", "cartagena", "ajá qué más, todo bien o qué?", NoDump(), Short())
c.still("social", "mumbai", "tuani todo chele, gracias 🙌", NoDump(), Short())

# ---- info (5) -----------------------------------------------------------------------------

c.still("info", "porto", "¿A qué hora abre la Livraria Lello?", Says("Livraria Lello"))
c.still("info", "jaipur", "el hawa mahal cierra temprano o q onda? plebe", Says("Hawa Mahal"))
c.still(
    "info",
    "goa",
    "qué tal está la Casa Xacuti, tiene buena puntuación o es na más q fachada?",
    Says("Casa Xacuti"),
)
c.still(
    "info",
    "bogota",
    "y el museo botero es gratis o hay q pagar pisto?",
    Says("Museo Botero"),
)
c.still(
    "info",
    "mumbai",
    "oye y las cuevas de Elephanta hasta q hora abren? no vaya a ser q lleguemos tarde, hach",
    Says("Elephanta"),
)

# ---- swap_days (4) ------------------------------------------------------------------------

c.edit("swap_days", "kyoto", "xe, intercambia el dia 1 y el dia 3", Swapped(1, 3))
c.edit(
    "swap_days",
    "porto",
    "dale, cambiá el día 2 por el 3, todo entero, al toque",
    Swapped(2, 3),
)
c.edit(
    "swap_days",
    "bogota",
    "pon lo del dia 3 el dia 2 y lo del dia 2 el 3, acho",
    Swapped(2, 3),
)
c.edit("swap_days", "edinburgh", "voltéame el lunes con el martes", Swapped(1, 2))

# ---- undo (4) -----------------------------------------------------------------------------

undo(
    "jaipur",
    "quita el hawa mahal q ya lo vimo de pasada",
    "ay no quillo, vuelve a ponerlo como estaba",
)
undo("goa", "mou... mueve la miramar beach al dia 3", "ai no, desfés això... deshazlo", ok="bé, sí")
undo("edinburgh", "quitá la Royal Mile", "nombre, regresala, me equivoqué")
undo(
    "cartagena",
    "agregá la Plaza Santo Domingo el día 4",
    "nah, deshacé eso, que lo parió",
    ok="dale",
)

# ---- show (4) -----------------------------------------------------------------------------

c.still("show", "porto", "qué tenemos el dia 2 guaje?", Says("Palácio da Bolsa", "Ponte Luís I"))
c.still("show", "jaipur", "y el ultimo dia q hay?", Says("Kachori Corner", "Nahargarh Fort"))
c.still(
    "show",
    "mumbai",
    "qué onda pa hoy, qué me toca?",
    Says("Gateway of India", "Konkan Coast Kitchen"),
)
c.still(
    "show",
    "cartagena",
    "¿Me puede mostrar el itinerario del sexto día?",
    Says("Las Bóvedas"),
)

# ---- explain (4) --------------------------------------------------------------------------

c.still(
    "explain",
    "kyoto",
    "q es eso del Sanjusangen-do? merece la pena o es una sinsorgada?",
    Says("Sanjusangen-do"),
)
c.still(
    "explain",
    "bogota",
    "ajá y por qué me pusiste el Chocolate Santafereño tan temprano?",
    Says("Chocolate Santafereño"),
)
c.still("explain", "goa", "qué es el Fontainhas ese nano?", Says("Fontainhas"))
c.still(
    "explain",
    "jaipur",
    "explicame q onda con el Jantar Mantar, es un museo o q?",
    Says("Jantar Mantar"),
)

# ---- duplicate (4) ------------------------------------------------------------------------

c.already("kyoto", "agrega el Fushimi Inari el dia 3 bomba", "Fushimi Inari")
c.already("edinburgh", "sumá el castillo de Edimburgo el dia 2", "Edinburgh Castle")
c.already("porto", "pon la Ribeira el dia 6 q me encanta", "Ribeira")
c.already("bogota", "métele Monserrate el día 3 ándale", "Monserrate")

# ---- clash (4) ----------------------------------------------------------------------------

c.flow(
    "clash",
    "porto",
    "mete la iglesia de san francisco el dia 2 a las 10",
    ClashHandled(2, "10:00", ("church",)),
    turns=2,
)
c.flow(
    "clash",
    "edinburgh",
    "pon la St Giles el dia 1 a las 9 y media, bé",
    ClashHandled(1, "09:30", ("church", "cathedral")),
    turns=2,
)
c.flow(
    "clash",
    "kyoto",
    "poneme el Heian Shrine el dia 2 a las 4 de la tarde chele",
    ClashHandled(2, "16:00", ("shrine",)),
    turns=2,
    confirm="dale pues",
)
c.flow(
    "clash",
    "mumbai",
    "Añada el Mani Bhavan Gandhi Museum mañana a las diez y media, por favor.",
    ClashHandled(2, "10:30", ("museum",)),
    turns=2,
)

# ---- locale (4) ---------------------------------------------------------------------------

c.add(
    "porto",
    "Buenos días. Le agradecería que añadiera el Jardín Botánico de Oporto al quinto día.",
    day=5,
    name="Jardim Botânico do Porto",
    kind="locale",
    locale="pt",
)
c.still(
    "locale",
    "porto",
    "bon dia! q tenemos el miercoles?",
    Says("Museu de Serralves"),
    locale="pt",
)
c.still(
    "locale",
    "goa",
    "che hablame en castellano por favor que el ingles no lo manejo ni a palos",
    NoDump(),
    locale="en",
)
c.add(
    "bogota",
    "maje poneme el parque simon bolivar el dia 4 pa q los cipotes corran",
    day=4,
    name="Parque Simón Bolívar",
    kind="locale",
    locale="pt",
)

# ---- clear (3) ----------------------------------------------------------------------------

c.edit(
    "clear",
    "goa",
    "vaciá el dia 3 entero, ese dia nos vamos de excursion por nuestra cuenta",
    Cleared(3),
)
c.edit("clear", "jaipur", "borra todo lo del dia 3 guaje, q ese dia descansamos", Cleared(3))
c.edit(
    "clear",
    "cartagena",
    "limpiame el dia 6 q ese dia nos vamos temprano, no quiero nada",
    Cleared(6),
    confirm="vaya pues, sí",
)

# ---- expert (3) ---------------------------------------------------------------------------

c.flow(
    "expert",
    "cartagena",
    "ajá y no tienen un guía local de acá que nos lleve a Palenque? eso sería bacano",
    Lead(),
    confirm="ajá, dale",
    answer="cultura afro y comida típica",
)
c.flow(
    "expert",
    "edinburgh",
    "Me gustaría hablar con un experto local que me ayude a organizar el viaje.",
    Lead(),
    answer="Historia y museos. Presupuesto medio.",
)
c.flow(
    "expert",
    "mumbai",
    "pásame con alguien de allá q sepa, un experto local, bomba",
    Lead(),
    answer="comida callejera e historia",
)

# ---- help (3) -----------------------------------------------------------------------------

c.chat("help", "hadibo", "¿y esto cómo funciona? ¿qué le puedo pedir yo a esto?")
c.chat("help", "blank", "ayuda")
c.chat("help", "porto", "ey q sabés hacer vos?")

CASES = c.cases
