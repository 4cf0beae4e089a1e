"""fresh12, English: a blind held-out set of traveler conversations. A measure: never tune on it.

Written blind on 2026-12-08 from the demo data (core/data/demo_places.json), the trip fixtures
(fixtures.py) and the protocol (DESIGN.md) only: not from the parser, its catalog, its tests or
any other corpus file. It is a measure: never tune the parser on it.

Who writes here: mostly ordinary travelers on a phone (about three in four cases): families,
couples, seniors, business travelers, backpackers, groups of friends, a parent planning for the
kids, someone in a hurry. They write the way people do: typos and names without accents
("ryoanji", "quinta de bolivar", "arthers seat"), abbreviations ("tmrw", "pls", "u", "lol"),
numbers as digits or words ("for six", "seven thirty"), long polite requests and two-word
commands, two requests in one message, a reason added to a request, a self-correction ("to 10..
actually make it 11"), an indirect wish ("we'll be starving after serralves"), a question that is
really a request ("any church we should add on day 4?"), and answers to the bot's question with a
word, a number, a name or "the first one". The rest (about one in four) write in voices not used
in earlier sets: an Aberdonian in Doric ("fit like", "fit's on", "loon", "bairns", "the nicht",
"affa"), a Minnesotan ("ope", "oh for cute", "oh jeez", "thanks a bunch", "dontcha know"), a
Pittsburgher ("yinz", "n'at", "jeez"), a Cajun from Louisiana ("cher", "mais", "pass a good
time", "dat", "da bayou"), a young Londoner in Multicultural London English ("innit", "fam",
"bare", "man's", "ting", "bruv", "safe"), and second-language writers: a Dutch engineer ("it is
not so handy", "it may be simple", "a bit too heavy"), a Korean student ("I want change", "my
friend not eat meat", "Please make plan"). A few have "es" or "pt" stored from an earlier trip
but write English here: the reply must follow what they write.

Days and dates, from fixtures.py: FakeClock's now is Monday 2026-11-23 09:00 UTC. Every trip
but Mumbai starts 14 days later, Monday 2026-12-07: Monday is day 1, Tuesday day 2, Wednesday
day 3, Thursday day 4, Friday day 5, Saturday day 6 (Sunday 2026-12-06 is the day before day 1).
Kyoto has 3 days (the "blank" Kyoto trip 2 empty days), Edinburgh 5 (day 4 empty), Goa 4 (day 4
empty), Jaipur 3, Bogotá 4 (day 4 empty), Cartagena 6 (day 4 empty), Porto 6 (day 5 empty), Hadibo
3 (the demo seed's trip, whose items are not relied on here). Mumbai is under way: day 1 is today,
Monday 2026-11-23, 14:30 in Mumbai; "tonight" is day 1, "tmrw" day 2. Every place named below is
in the demo data of the trip's city, and every item, day and time relied on was checked against
fixtures.py.

Only outcomes are checked: what changed in the trip, the answer type, nothing changed while the
service asks first, and the reply's language.
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
    When,
)
from bench.understanding_corpus.item_checks import (
    Added,
    Chose,
    ClashHandled,
    Kept,
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
)
from bench.understanding_corpus.spec import (
    AFTERNOON,
    BREAKFAST,
    DINNER,
    EVENING,
    LUNCH,
    MORNING,
    Case,
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

c = Corpus("en", "f12")


def answers(sel: str, inp: str, conf: str = "yes") -> Step:
    """Going along with whatever was asked, with one answer for cards or options (`sel`) and
    one for an open question (`inp`)."""
    return Step(conf, (), None, None, (((CONF,), conf), ((SEL,), sel), ((INPUT,), inp)))


# ---- add (14) -------------------------------------------------------------------------------

c.add("hadibo", "can u add a sushi place on day 2 pls", day=2, terms="sushi")
c.add(
    "kyoto",
    "add ginkakuji on day 3 in the morning, my wife really wants to see the silver pavilion",
    day=3,
    terms="temple",
    between=MORNING,
    name="Ginkaku-ji",
)
c.add(
    "edinburgh",
    "Add fish and chips on thursday night",
    day=4,
    terms="fish and chips",
    between=EVENING,
)
c.add("goa", "pls add a beach shack for seafood on day 4", day=4, terms=("beach shack", "seafood"))
c.add(
    "jaipur",
    "Could you please add the Albert Hall Museum on day 3? My husband loves old museums.",
    day=3,
    terms="museum",
    name="Albert Hall Museum",
)
c.add(
    "bogota",
    "put quinta de bolivar on day 4 morning",
    day=4,
    between=MORNING,
    name="Quinta de Bolívar",
)
c.add(
    "cartagena",
    "add ice cream for the kids on day 3 afternoon, its gonna be hot",
    day=3,
    terms=("ice cream", "dessert"),
    between=AFTERNOON,
)
c.add(
    "porto",
    "add a bifana place on day 5 for lunch, the kids want sandwiches",
    day=5,
    terms="bifana",
    between=LUNCH,
)
c.add(
    "mumbai",
    "add vada pav somewhere tonight",
    day=1,
    terms=("vada pav", "street food"),
    between=EVENING,
)
c.add("kyoto", "Add Nishiki Market to day 1 at 11", day=1, at="11:00", name="Nishiki Market")
c.add(
    "edinburgh",
    "Fit like! Could ye add a curry hoose on day 3 the nicht? The bairns'll be starvin",
    day=3,
    terms=("curry", "indian"),
    between=EVENING,
)
c.add("porto", "Igreja do Carmo day 5 at 10am pls", day=5, at="10:00", name="Igreja do Carmo")
c.add(
    "cartagena",
    "Mais cher, add us a seafood place on day 4 for supper, we gonna pass a good time",
    day=4,
    terms="seafood",
    between=DINNER,
)
c.add(
    "jaipur",
    "add a lassi spot on day 2 afternoon innit, man's dying in this heat",
    day=2,
    terms="lassi",
    between=AFTERNOON,
)

# ---- wishes (10) ----------------------------------------------------------------------------

c.add(
    "blank",
    "cheap eats for dinner on day 1 pls, we're backpacking on a tight budget",
    day=1,
    wish=CHEAP,
    between=DINNER,
    kind="wishes",
)
c.add(
    "edinburgh",
    "somewhere romantic for dinner on day 4? it's our 10th anniversary",
    day=4,
    terms="restaurant",
    wish=ROMANTIC,
    between=DINNER,
    kind="wishes",
)
c.add(
    "mumbai",
    "need veg food tmrw lunch, my mom is pure veg",
    day=2,
    wish=VEGGIE,
    between=LUNCH,
    kind="wishes",
)
c.add(
    "jaipur",
    "rooftop place for dinner on day 3 with a view pls",
    day=3,
    terms=("restaurant", "bar", "cafe"),
    wish=ROOFTOP,
    between=DINNER,
    kind="wishes",
)
c.add(
    "bogota",
    "We need something family friendly on day 4, we have three kids under 8",
    day=4,
    wish=FAMILY,
    kind="wishes",
)
c.add(
    "goa",
    "top rated seafood for lunch day 4",
    day=4,
    terms="seafood",
    wish=TOP_RATED,
    between=LUNCH,
    kind="wishes",
)
c.add(
    "porto",
    "a vegan place for lunch on day 5 please, my daughter is vegan",
    day=5,
    wish=VEGGIE,
    between=LUNCH,
    kind="wishes",
)
c.add(
    "cartagena",
    "I would like a not so expensive place to eat on day 4 in the evening, it may be simple",
    day=4,
    terms=("restaurant", "cafe"),
    wish=CHEAP,
    between=EVENING,
    kind="wishes",
)
c.add(
    "edinburgh",
    "yinz got any cheap eats for lunch on day 4? nothin fancy n'at",
    day=4,
    wish=CHEAP,
    between=LUNCH,
    kind="wishes",
)
c.add(
    "kyoto",
    "Please add vegetarian restaurant for day 3 dinner. My friend not eat meat.",
    day=3,
    wish=VEGGIE,
    between=DINNER,
    kind="wishes",
)

# ---- add_slots (9) --------------------------------------------------------------------------

c.add(
    "kyoto",
    "fill the lunch on day 1 with udon or soba pls",
    day=1,
    terms=("udon", "soba", "noodles"),
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "porto",
    "we'll be starving after serralves on wednesday lol, sort lunch for us?",
    day=3,
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "goa",
    "for dinner on day 1 we want proper goan food, maybe fish curry",
    day=1,
    terms=("goan", "seafood", "fish curry rice"),
    slot="Dinner",
    kind="add_slots",
)
c.add(
    "mumbai",
    "whats for breakfast tmrw? find me a place with bun maska",
    day=2,
    terms=("bun maska", "breakfast", "cafe"),
    slot="Breakfast",
    kind="add_slots",
)
c.add(
    "jaipur",
    "Lunch day 2 - dal baati churma please, my dad insists",
    day=2,
    terms="dal baati churma",
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "bogota",
    "dinner tuesday: steak. we're 6 hungry guys",
    day=2,
    terms=("steak", "grill"),
    slot="Dinner",
    kind="add_slots",
)
c.add(
    "cartagena",
    "for the almuerzo on day 5 put something with coconut rice",
    day=5,
    terms="coconut rice",
    slot="Almuerzo",
    kind="add_slots",
)
c.add(
    "porto",
    "yo sort out dinner on day 6 fam, proper seafood ting",
    day=6,
    terms="seafood",
    slot="Dinner",
    kind="add_slots",
)
c.add(
    "edinburgh",
    "Ope, that lunch on day 5 - could ya fill it with something vegan, dontcha know",
    day=5,
    terms=("vegan", "vegetarian"),
    slot="Lunch",
    kind="add_slots",
)

# ---- remove (7) -----------------------------------------------------------------------------

c.edit("remove", "kyoto", "take ryoanji off day 1, too many temples lol", Removed("Ryoan-ji", 1))
c.edit("remove", "edinburgh", "pls remove the castle", Removed("Edinburgh Castle"))
c.edit(
    "remove",
    "goa",
    "we'll skip anjuna beach, drop it",
    Removed("Anjuna Beach", 2),
    Kept("Miramar Beach"),
)
c.edit(
    "remove",
    "mumbai",
    "cancel elephanta tmrw, they said the ferry isnt running",
    Removed("Elephanta Caves", 2),
)
c.edit(
    "remove",
    "bogota",
    "get rid of the san francisco church on monday",
    Removed("Iglesia de San Francisco", 1),
)
c.edit(
    "remove",
    "porto",
    "Yinz can scratch that Serralves museum off day 3, we ain't artsy n'at",
    Removed("Museu de Serralves", 3),
)
c.edit(
    "remove",
    "cartagena",
    "Can you delete the Palacio de la Inquisicion? It is a bit too heavy for the children.",
    Removed("Palacio de la Inquisición", 2),
)

# ---- move (7) -------------------------------------------------------------------------------

c.edit("move", "kyoto", "move nijo castle to day 1", Moved("Nijo Castle", 1))
c.edit(
    "move",
    "edinburgh",
    "can we do arthers seat on thursday instead, weather looks better",
    Moved("Arthur's Seat", 4),
)
c.edit("move", "goa", "shift fort aguada to the last day", Moved("Fort Aguada", 4))
c.edit("move", "jaipur", "Hawa Mahal -> day 3 pls", Moved("Hawa Mahal", 3))
c.edit("move", "porto", "Move the Se do Porto to day 5 at 10", Moved("Sé do Porto", 5, "10:00"))
c.edit(
    "move",
    "cartagena",
    "I want change Las Bovedas to day 4, because day 6 we go to airport early.",
    Moved("Las Bóvedas", 4),
)
c.edit(
    "move",
    "bogota",
    "Can ye shift the botanical garden tae day 4? The wee loon's nae weel",
    Moved("Jardín Botánico de Bogotá", 4),
)

# ---- retime (7) -----------------------------------------------------------------------------

c.edit("retime", "kyoto", "kinkakuji at 10 instead of 9 pls", Retimed("Kinkaku-ji", "10:00"))
c.edit(
    "retime",
    "edinburgh",
    "push the castle to 10.. actually make it 11",
    Retimed("Edinburgh Castle", "11:00"),
)
c.edit(
    "retime",
    "goa",
    "vindaloo & vinho at 8.30 pm instead, we eat late",
    Retimed("Vindaloo & Vinho", "20:30"),
)
c.edit(
    "retime",
    "mumbai",
    "marine drive tmrw at 6.30 for the sunset pls",
    Retimed("Marine Drive", "18:30"),
)
c.edit(
    "retime",
    "jaipur",
    "can we start amber fort earlier like 8am? heard it gets crowded",
    Retimed("Amber Fort", "08:00"),
)
c.edit(
    "retime",
    "bogota",
    "Cher, put dat Monserrate at seven thirty, before de clouds come in",
    Retimed("Monserrate", "07:30"),
)
c.edit(
    "retime",
    "porto",
    "move the port wine ting to 4pm bruv, 3 is bare early to be drinking",
    Retimed("Cais Port Wine Lodge", "16:00"),
)

# ---- replace (6) ----------------------------------------------------------------------------

c.edit(
    "replace",
    "kyoto",
    "swap menya kurogane for udon, ramen is too heavy for my stomach",
    Replaced("Menya Kurogane", 2, ("udon",)),
)
c.edit(
    "replace",
    "edinburgh",
    "Swap the Canongate Kitchen for a pizza place, the loons are seik o pies",
    Replaced("Canongate Kitchen", 2, ("pizza", "italian")),
)
c.edit(
    "replace",
    "goa",
    "instead of casa xacuti can we do a seafood shack by the beach?",
    Replaced("Casa Xacuti", 1, ("seafood", "beach shack")),
)
c.edit(
    "replace",
    "jaipur",
    "change marwar thali haveli to somewhere with momos, kids wont eat thali",
    Replaced("Marwar Thali Haveli", 1, ("momos",)),
)
c.edit(
    "replace",
    "bogota",
    "Cher, trade dat Fogon Llanero for some seafood, we from da bayou, we eat fish",
    Replaced("Fogón Llanero", 1, ("seafood", "fish")),
)
c.edit(
    "replace",
    "porto",
    "Tasca do Cais -> Bacalhau & Companhia pls",
    Replaced("Tasca do Cais", 1, ("bacalhau",)),
)

# ---- trip (6) -------------------------------------------------------------------------------

c.edit("trip", "kyoto", "can we add one more day to the trip", Days(4))
c.edit("trip", "edinburgh", "we have to cut the trip to 4 days, flight got changed", Days(4))
c.edit(
    "trip",
    "goa",
    "we're arriving a day later, start the trip on 8 dec instead",
    Start("2026-12-08"),
)
c.edit("trip", "cartagena", "make it 7 days pls", Days(7))
c.edit(
    "trip",
    "porto",
    "Actually we fly in on Sunday the 6th, can the trip start then?",
    Start("2026-12-06"),
)
c.edit(
    "trip",
    "jaipur",
    "Oh for cute, we're staying two extra days! Could ya make it 5 days then?",
    Days(5),
)

# ---- multi (6) ------------------------------------------------------------------------------

c.flow(
    "multi",
    "kyoto",
    "remove ryoan-ji and move nijo castle to day 1",
    Removed("Ryoan-ji", 1),
    Moved("Nijo Castle", 1, alone=False),
)
c.flow(
    "multi",
    "edinburgh",
    "move calton hill to day 4 and put victoria street at 4pm",
    Moved("Calton Hill", 4, alone=False),
    Retimed("Victoria Street", "16:00", alone=False),
)
c.flow(
    "multi",
    "goa",
    "delete fort aguada, and add a cafe for breakfast on day 3",
    Removed("Fort Aguada", 2),
    Added(3, ("cafe", "breakfast", "bakery", "coffee"), between=BREAKFAST, only=False),
)
c.flow(
    "multi",
    "mumbai",
    "tonight dinner somewhere with seafood pls, and push the museum to 5pm",
    Added(1, ("seafood",), between=DINNER, only=False),
    Retimed("Chhatrapati Shivaji Maharaj Vastu Sangrahalaya", "17:00", alone=False),
)
c.flow(
    "multi",
    "jaipur",
    "drop jantar mantar and put city palace at 10",
    Removed("Jantar Mantar", 2),
    Retimed("City Palace", "10:00", alone=False),
)
c.flow(
    "multi",
    "porto",
    "Please remove Sao Bento Station and also Ponte Luis I move to day 5.",
    Removed("São Bento Station", 2),
    Moved("Ponte Luís I", 5, alone=False),
)

# ---- choice (6) -----------------------------------------------------------------------------

c.case(
    "choice",
    "hadibo",
    S("find me sushi for day 2", Type(SEL, DONE), When(SEL, Same(), Cards(("sushi",)))),
    If(SEL, "the second one", Type(DONE), Chose(1)),
    final=(Added(2, ("sushi",)),),
)
c.case(
    "choice",
    "kyoto",
    S("coffee place day 3 morning", Type(SEL, DONE), When(SEL, Same(), Cards(("coffee", "cafe")))),
    If(SEL, "last one", Type(DONE), Chose(-1)),
    final=(Added(3, ("coffee", "cafe")),),
)
c.case(
    "choice",
    "edinburgh",
    S(
        "a museum on day 4 please, it's meant to rain",
        Type(SEL, DONE),
        When(SEL, Same(), Cards(("museum", "gallery"))),
    ),
    If(SEL, "2", Type(DONE), Chose(1)),
    final=(Added(4, ("museum", "gallery")),),
)
c.case(
    "choice",
    "goa",
    S("any church we should add on day 4?", Type(SEL, DONE), When(SEL, Same(), Cards(("church",)))),
    If(SEL, "se cathedral", Type(DONE), Added(4, ("church",), name="Se Cathedral")),
    final=(Added(4, ("church",)),),
)
c.case(
    "choice",
    "porto",
    S(
        "a cafe with a terrace for day 5",
        Type(SEL, DONE),
        When(SEL, Same(), Cards(("cafe", "coffee"))),
    ),
    If(SEL, "the first one", Type(DONE), Chose(0)),
    final=(Added(5, ("cafe", "coffee")),),
)
c.case(
    "choice",
    "cartagena",
    S(
        "Ope, we'd like a beach for day 4, somewhere calm for the littles",
        Type(SEL, DONE),
        When(SEL, Same(), Cards(("beach",))),
    ),
    If(SEL, "the first one, thanks a bunch", Type(DONE), Chose(0)),
    final=(Added(4, ("beach",)),),
)

# ---- plan (5) -------------------------------------------------------------------------------

c.flow(
    "plan",
    "blank",
    "can you plan both days for me? first time in kyoto, we like temples and food",
    Plan("kyoto", 2, (("temple",),)),
)
c.flow("plan", "blank", "fill my 2 days pls. budget trip, lots of walking", Plan("kyoto", 2))
c.flow(
    "plan",
    "blank",
    "Yinz wanna plan out our two days? We like gardens n'at",
    Plan("kyoto", 2, (("garden",),)),
)
c.flow(
    "plan",
    "bogota",
    "plan our last day (day 4) pls, we like coffee and art",
    Plan("bogota", 4, (("coffee", "cafe"),)),
)
c.flow(
    "plan",
    "goa",
    "Please make plan for day 4, we like beach and seafood.",
    Plan("goa", 4, (("beach",),)),
)

# ---- book (5) -------------------------------------------------------------------------------

c.flow(
    "book",
    "kyoto",
    "book kamogawa kaiseki for 2 on day 1 pls, its my wife's birthday",
    Booked("Kamogawa Kaiseki", party=2),
    answer="7pm",
)
c.flow(
    "book",
    "edinburgh",
    "can u reserve a table at the thistle and stag for 4 people",
    Booked("Thistle", party=4),
    answer="7pm",
)
c.flow(
    "book",
    "porto",
    "Book Marisqueira da Foz, we're 5",
    Booked("Marisqueira da Foz", party=5),
    answer="8pm",
)
c.flow(
    "book",
    "jaipur",
    "Reserve haveli rooftop kitchen for six please",
    Booked("Haveli Rooftop Kitchen", party=6),
    answer="7.30pm",
)
c.flow(
    "book",
    "cartagena",
    "Book us at dat Muralla Sunset Bar cher, 2 of us",
    Booked("Muralla Sunset Bar", party=2),
    answer="7:30 in de evening",
)

# ---- referent (5) ---------------------------------------------------------------------------

c.case(
    "referent",
    "kyoto",
    S("add kissa matcha-an on day 3 in the afternoon", Type(SEL, DONE)),
    pick(),
    S("what time does it close?", Type(DONE), Same(), SaysLast()),
)
c.case(
    "referent",
    "edinburgh",
    S("add tartan teapot on day 4 at 3pm", Type(SEL, DONE)),
    pick(),
    S("actually make it 4pm", Type(DONE, CONF)),
    yes(),
    final=(Retimed(None, "16:00"),),
)
c.case(
    "referent",
    "goa",
    S("add cafe azulejo on day 4 morning", Type(SEL, DONE)),
    pick(),
    S("hmm can it go on day 3 instead", Type(DONE, CONF)),
    yes(),
    final=(Moved(None, 3),),
)
c.case(
    "referent",
    "porto",
    S("add jardim do morro on day 5", Type(SEL, DONE)),
    pick(),
    S("is it nice at sunset?", Type(DONE), Same(), SaysLast()),
)
c.case(
    "referent",
    "cartagena",
    S("Add the Torre del Reloj to day 4 please.", Type(SEL, DONE)),
    pick(),
    S(
        "Hmm no, take it away again, it is not so handy for us.",
        Type(DONE, CONF),
        When(DONE, Removed()),
        When(CONF, Same()),
    ),
    yes("yes", Type(DONE), Removed()),
)

# ---- slot_fill (5) --------------------------------------------------------------------------

c.case(
    "slot_fill",
    "porto",
    S("add something on day 5", Type(INPUT, SEL, ERR), Same()),
    S("pizza pls", Type(SEL, DONE, INPUT)),
    go(answer="day 5"),
    go(answer="day 5"),
    final=(Added(5, ("pizza",)),),
)
c.case(
    "slot_fill",
    "edinburgh",
    S("can you add a place for thursday", Type(INPUT, SEL, ERR), Same()),
    S("somewhere with haggis", Type(SEL, DONE, INPUT)),
    go(answer="thursday"),
    go(answer="thursday"),
    final=(Added(4, ("haggis",)),),
)
c.case(
    "slot_fill",
    "jaipur",
    S("I want to add a temple", Type(INPUT, SEL), Same()),
    go(answer="day 3"),
    go(answer="day 3"),
    go(answer="day 3"),
    final=(Added(None, ("temple",)),),
)
c.case(
    "slot_fill",
    "mumbai",
    S("can u book us a table fam", Type(INPUT, SEL), Same()),
    answers("annapoorna", "annapoorna thali house innit, 4 of us"),
    answers("annapoorna", "4"),
    answers("annapoorna", "1pm"),
    final=(Booked("Annapoorna Thali House"),),
)
c.case(
    "slot_fill",
    "bogota",
    S("change lunch to 12:30", Type(SEL, INPUT, CONF), Same()),
    answers("day 3", "day 3"),
    answers("day 3", "day 3"),
    final=(Retimed("Lunch", "12:30", day=3),),
)

# ---- social (5) -----------------------------------------------------------------------------

c.chat("social", "hadibo", "thank you so much!! this is perfect 😊")
c.chat("social", "kyoto", "good morning")
c.chat("social", "edinburgh", "Cheers, that's affa good o ye")
c.chat("social", "goa", "lol ok you're a lifesaver")
c.chat("social", "porto", "safe bro, appreciate it")

# ---- info (5) -------------------------------------------------------------------------------

c.still("info", "kyoto", "what time does kinkakuji open?", Says("Kinkaku-ji"))
c.still("info", "edinburgh", "is the national museum free?", Says("National Museum of Scotland"))
c.still("info", "mumbai", "whats the rating of konkan coast kitchen", Says("Konkan Coast Kitchen"))
c.still(
    "info",
    "cartagena",
    "where exactly is the castillo san felipe?",
    Says("Castillo San Felipe de Barajas"),
)
c.still(
    "info",
    "jaipur",
    "Is the Hawa Mahal also open in the evening? We want to go after dinner.",
    Says("Hawa Mahal"),
)

# ---- swap_days (4) --------------------------------------------------------------------------

c.edit("swap_days", "kyoto", "swap day 1 and day 3", Swapped(1, 3))
c.edit("swap_days", "goa", "can we do the day 3 stuff on day 2 and vice versa", Swapped(2, 3))
c.edit("swap_days", "bogota", "switch monday and tuesday pls, we land late", Swapped(1, 2))
c.edit(
    "swap_days", "porto", "Oh jeez, could we trade day 4 and day 6? Thanks a bunch", Swapped(4, 6)
)

# ---- undo (4) -------------------------------------------------------------------------------

c.case(
    "undo",
    "kyoto",
    S("remove gion district", Type(DONE, CONF, SEL)),
    go(),
    S("wait no put it back", Type(DONE, CONF)),
    yes(),
    final=(Same(),),
)
c.case(
    "undo",
    "edinburgh",
    S("move calton hill to day 4", Type(DONE, CONF, SEL)),
    go(),
    S("undo", Type(DONE, CONF)),
    yes(),
    final=(Same(),),
)
c.case(
    "undo",
    "jaipur",
    S("delete nahargarh fort", Type(DONE, CONF, SEL)),
    go(),
    S("oops undo pls", Type(DONE, CONF)),
    yes(),
    final=(Same(),),
)
c.case(
    "undo",
    "cartagena",
    S("Take off the Castillo San Felipe", Type(DONE, CONF, SEL)),
    go(),
    S("ah jeez, go back n'at, undo that", Type(DONE, CONF)),
    yes(),
    final=(Same(),),
)

# ---- show (4) -------------------------------------------------------------------------------

c.still("show", "kyoto", "what's on day 2?", Says("Fushimi Inari Taisha", "Kiyomizu-dera"))
c.still("show", "mumbai", "what are we doing tmrw", Says("Elephanta Caves", "Marine Drive"))
c.still("show", "edinburgh", "Fit's on for day 3?", Says("Arthur's Seat", "Wee Dram"))
c.still("show", "porto", "show me the whole trip", Says("Livraria Lello", "Cais de Gaia"))

# ---- explain (4) ----------------------------------------------------------------------------

c.still("explain", "kyoto", "why did you put ryoan-ji on day 1?", Says("Ryoan-ji"))
c.still("explain", "goa", "tell me more about fontainhas", Says("Fontainhas"))
c.still("explain", "bogota", "whats so special about museo del oro", Says("Museo del Oro"))
c.still("explain", "jaipur", "What is Jantar Mantar? Is it good for kids?", Says("Jantar Mantar"))

# ---- duplicate (4) --------------------------------------------------------------------------

c.already("kyoto", "add fushimi inari on day 2", "Fushimi Inari Taisha")
c.already("edinburgh", "add edinburgh castle day 1", "Edinburgh Castle")
c.already("porto", "can u add livraria lello? heard its the harry potter one", "Livraria Lello")
c.already("mumbai", "add gateway of india today", "Gateway of India")

# ---- clash (4) ------------------------------------------------------------------------------

c.flow(
    "clash",
    "kyoto",
    "add nishiki market on day 2 at 10am",
    ClashHandled(2, "10:00", ("market",)),
    turns=2,
    answer="11am",
)
c.flow(
    "clash",
    "edinburgh",
    "put the scottish national gallery on day 2 at 12",
    ClashHandled(2, "12:00", ("gallery", "museum")),
    turns=2,
    answer="2pm",
)
c.flow(
    "clash",
    "bogota",
    "add catedral primada on day 1 at 12",
    ClashHandled(1, "12:00", ("cathedral", "church")),
    turns=2,
    answer="11am",
)
c.flow(
    "clash",
    "cartagena",
    "Please add the Museo Naval del Caribe on day 1 at 16:00.",
    ClashHandled(1, "16:00", ("museum",)),
    turns=2,
    answer="15:00",
)

# ---- locale (4) -----------------------------------------------------------------------------

c.add(
    "porto",
    "add a sushi place for dinner on day 3",
    day=3,
    terms="sushi",
    between=DINNER,
    kind="locale",
    locale="pt",
)
c.still("locale", "cartagena", "what's on day 5?", Says("Getsemaní"), locale="es")
c.edit("locale", "bogota", "remove museo botero pls", Removed("Museo Botero", 2), locale="es")
c.chat("locale", "kyoto", "thanks, that's all for now", locale="pt")

# ---- clear (3) ------------------------------------------------------------------------------

c.edit("clear", "kyoto", "clear day 3, we'll wing it", Cleared(3))
c.edit("clear", "goa", "wipe everything on day 2 pls", Cleared(2))
c.edit("clear", "jaipur", "Cher, empty out day 3, we gonna lay back at da hotel", Cleared(3))

# ---- expert (3) -----------------------------------------------------------------------------

c.flow(
    "expert",
    "kyoto",
    "can i talk to a local guide? want someone to show us around gion",
    Lead(),
    answer="food and history, mid budget",
)
c.flow(
    "expert",
    "bogota",
    "Is there a local expert who could help plan our trip? We're a family of 5.",
    Lead(),
    answer="history and food, moderate budget, English",
)
c.flow(
    "expert",
    "jaipur",
    "yo can u link me wiv a local expert, need someone who knows the spots",
    Lead(),
    answer="food and markets, cheap",
)

# ---- help (3) -------------------------------------------------------------------------------

c.chat("help", "hadibo", "what can you do?")
c.chat("help", "porto", "how does this work")
c.chat("help", "mumbai", "Oh jeez, I'm not so good with these phone things. How do I change stuff?")

CASES: list[Case] = c.cases
