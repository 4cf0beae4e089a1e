"""fresh11, English: a blind held-out set of traveler conversations. A measure: never tune on it.

Written blind on 2026-12-08 from the demo data (core/data/demo_places.json), the trip fixtures
(fixtures.py) and the protocol (DESIGN.md) only: not from the parser, its catalog, its tests or
any other corpus file. It is a measure: never tune the parser on it.

The travelers who write here are mostly MAINSTREAM: about three in four are everyday people on
a phone: families, couples, seniors, business travelers, backpackers, groups of friends, a
parent planning for the kids, someone in a hurry. They make typos, drop apostrophes, abbreviate
("tmrw", "pls", "u", "w", "smth", "ppl"), write numbers as digits or words, send polite long
requests and two-word commands, put two requests in one message, add a reason to a request,
correct themselves, say a wish indirectly ("we're starving"), ask a question that is really a
request, and answer the bot's question with a word, a number, a name or "the first one".
About one in four write in a voice not used before: an Aussie ("g'day", "chuck", "brekkie",
"reckon", "keen", "cheers mate"), a Scouser ("la", "boss", "scran", "skint", "ta"), a Geordie
("howay", "canny", "pet", "wor", "knackered"), a Yorkshire grandad ("tha", "summat", "wi'",
"ta love"), a Newfoundlander ("b'y", "some long", "where ya to"), a Bostonian ("wicked"), a
Hawaiian Pidgin speaker ("brah", "da kine", "fo", "stay", "um", "shoots", "mahalo"), a retired
teacher who types in capitals and signs her messages, and second-language writers: an Italian
("is possible", "the friday", "the day 1"), a Russian (no articles: "in morning of day 3"), a
Japanese visitor ("please teach me", "2 persons", very polite) and a French one ("is it
possible to", "has fear of", "merci").
A few have "es" or "pt" stored from an earlier trip but write English here: the reply must
follow what they write.

Days and dates, from fixtures.py: FakeClock's now is Monday 2026-11-23 09:00 UTC. Every trip
but Mumbai starts 14 days later, Monday 2026-12-07: Monday is day 1, Tuesday day 2, Wednesday
day 3, Thursday day 4, Friday day 5, Saturday day 6. Kyoto has 3 days (the "blank" Kyoto trip 2
empty days), Edinburgh 5 (day 4 empty), Goa 4 (day 4 empty), Jaipur 3, Bogotá 4 (day 4 empty),
Cartagena 6 (day 4 empty; its meal slots are titled "Almuerzo" and "Cena"), Porto 6 (day 5
empty), Hadibo 3 (the demo seed's trip: only its length and the sushi places are relied on).
Mumbai is under way: day 1 is today, Monday 2026-11-23, 14:30 in Mumbai; "tonight" is day 1,
"tmrw" day 2. Every place named below is in the demo data of the trip's city, and every item,
day and time relied on was checked against fixtures.py.

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
    Kept,
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
    DINNER,
    LUNCH,
    MORNING,
    Case,
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
    Moved,
    Plan,
    Retimed,
    Start,
    Swapped,
)

c = Corpus("en", "f11")

FOOD = ("restaurant", "cafe", "bakery")  # somewhere to eat, whatever kind

# ---- add (14) -------------------------------------------------------------------------------

c.add(
    "kyoto", "can u add a ramen place on day 3, the kids only eat noodles lol", day=3, terms="ramen"
)
c.add(
    "edinburgh",
    "Add Princes Street Gardens to Thursday please.",
    day=4,
    terms="Princes Street Gardens",
    name="Princes Street Gardens",
)
c.add(
    "goa",
    "pls add a market on day 4 my wife wants spices n cashews to take home",
    day=4,
    terms="market",
)
c.add(
    "jaipur",
    "We'd love to visit a temple on day 3 in the afternoon if that's possible, my "
    "mother-in-law is quite religious",
    day=3,
    terms="temple",
    between=AFTERNOON,
)
c.add(
    "bogota",
    "Please add Quinta de Bolivar in morning of day 3, it is house of Bolivar yes?",
    day=3,
    terms="Quinta de Bolívar",
    name="Quinta de Bolívar",
    between=MORNING,
)  # Russian L2
c.add(
    "cartagena",
    "add a beach on day 4 w calm water, our little one is 3 and can't really swim yet",
    day=4,
    terms="beach",
)
c.add(
    "porto",
    "on saturday can we squeeze in igreja do carmo before the wine lodge?",
    day=6,
    terms="Igreja do Carmo",
    name="Igreja do Carmo",
    between=("07:30", "14:59"),
)
c.add(
    "mumbai",
    "add jehangir art gallery tmrw",
    day=2,
    terms="Jehangir Art Gallery",
    name="Jehangir Art Gallery",
)
c.add("hadibo", "add a sushi spot on day 2 pls", day=2, terms="sushi")
c.add(
    "kyoto",
    "Could you please add Tenryu-ji to our last day? It's right next to the bamboo "
    "grove so it seems silly to skip it.",
    day=3,
    terms="Tenryu-ji",
    name="Tenryu-ji",
)
c.add(
    "edinburgh",
    "can tha add summat for afternoon tea on friday, about 3. ta love",
    day=5,
    terms=("afternoon tea", "tea"),
    between=("14:00", "16:00"),
)  # Yorkshire
c.add(
    "goa",
    "brah can add one seafood shack fo dinnah on day 4, da kine by da beach",
    day=4,
    terms="seafood",
    between=DINNER,
)  # Hawaiian Pidgin
c.add(
    "bogota",
    "add a coffee stop day 2 at 3pm, we'll be wicked tired by then",
    day=2,
    terms=("coffee", "cafe"),
    at="15:00",
)  # Boston
c.add(
    "porto",
    "g'day, chuck a pizza place on day 5 would ya, kids are over the fancy food",
    day=5,
    terms="pizza",
)  # Aussie

# ---- wishes (10) ----------------------------------------------------------------------------

c.add(
    "kyoto",
    "need somewhere cheap for scran on day 3 la, we're proper skint",
    day=3,
    terms=FOOD,
    wish=CHEAP,
    kind="wishes",
)  # Scouse
c.add(
    "edinburgh",
    "best rated seafood place for our anniversary dinner on friday",
    day=5,
    terms="seafood",
    wish=TOP_RATED,
    between=DINNER,
    kind="wishes",
)
c.add(
    "goa",
    "veg thali for lunch day 3 pls, my mum is pure veg",
    day=3,
    terms="thali",
    wish=VEGGIE,
    between=LUNCH,
    kind="wishes",
)
c.add(
    "jaipur",
    "howay, get us a canny rooftop place for dinner the first night pet",
    day=1,
    terms=("restaurant", "bar", "cafe"),
    wish=ROOFTOP,
    between=DINNER,
    kind="wishes",
)  # Geordie
c.add(
    "mumbai",
    "we're starving, anything open right now?",
    day=1,
    terms=FOOD,
    wish=OPEN_NOW,
    kind="wishes",
)
c.add(
    "bogota",
    "family friendly lunch on day 4? we have 3 kids under 8",
    day=4,
    terms=("restaurant", "cafe"),
    wish=FAMILY,
    between=LUNCH,
    kind="wishes",
)
c.add(
    "cartagena",
    "romantic dinner on saturday!! I'm proposing (don't tell her lol)",
    day=6,
    terms=("restaurant", "bar", "cafe"),
    wish=ROMANTIC,
    between=DINNER,
    kind="wishes",
)
c.add(
    "porto",
    "Hello, my girlfriend is vegan, is possible to find a vegan restaurant for the saturday?",
    day=6,
    terms=("restaurant", "cafe"),
    wish=VEGGIE,
    kind="wishes",
)  # Italian L2
c.add(
    "kyoto",
    "any really well rated cafe for the morning of day 3? like 4.5 stars or more",
    day=3,
    terms=("cafe", "coffee"),
    wish=TOP_RATED,
    between=MORNING,
    kind="wishes",
)
c.add(
    "edinburgh",
    "somewhere the kids can run around on thursday, they've been cooped up in museums all week",
    day=4,
    terms=("park", "beach", "playground"),
    wish=FAMILY,
    kind="wishes",
)

# ---- add_slots (9) --------------------------------------------------------------------------

c.add(
    "kyoto",
    "Excuse me, for lunch on day 1 I want to eat tofu cuisine. Please recommend.",
    day=1,
    terms="tofu",
    slot="Lunch",
    kind="add_slots",
)  # Japanese L2
c.add("kyoto", "dinner day 2 = yakitori", day=2, terms="yakitori", slot="Dinner", kind="add_slots")
c.add(
    "edinburgh",
    "need brekkie sorted for tuesday, somewhere that does pancakes",
    day=2,
    terms=("pancakes", "breakfast", "brunch"),
    slot="Breakfast",
    kind="add_slots",
)  # Aussie
c.add(
    "edinburgh",
    "lunch on wednesday, fish and chips obviously",
    day=3,
    terms="fish and chips",
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "goa",
    "what should we do for lunch on day 2? prawns maybe?",
    day=2,
    terms=("prawns", "seafood"),
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "jaipur",
    "for dinner the first night we really want to try laal maas",
    day=1,
    terms="laal maas",
    slot="Dinner",
    kind="add_slots",
)
c.add(
    "bogota",
    "We want arepas for breakfast on day 2. Put it in empty breakfast please",
    day=2,
    terms="arepas",
    slot="Breakfast",
    kind="add_slots",
)  # Russian L2
c.add(
    "cartagena",
    "can u fill the lunch slot on tuesday with ceviche or smth",
    day=2,
    terms=("ceviche", "seafood"),
    slot="Almuerzo",
    kind="add_slots",
)
c.add(
    "porto",
    "Dinner on Wednesday: bacalhau. My husband has talked about nothing else for weeks.",
    day=3,
    terms=("bacalhau", "codfish"),
    slot="Dinner",
    kind="add_slots",
)

# ---- remove (7) -----------------------------------------------------------------------------

c.edit(
    "remove",
    "kyoto",
    "take ryoan-ji off, we've seen enough zen gardens honestly",
    Removed("Ryoan-ji", 1),
)
c.edit(
    "remove",
    "edinburgh",
    "Please remove the Greyfriars Kirkyard, my daughter has fear of the graveyards. Merci",
    Removed("Greyfriars Kirkyard", 2),
)  # French L2
c.edit("remove", "goa", "delete anjuna beach", Removed("Anjuna Beach", 2))
c.edit("remove", "jaipur", "no jantar mantar pls, we did it last time", Removed("Jantar Mantar", 2))
c.edit(
    "remove", "bogota", "we'll skip the gold museum, been there before", Removed("Museo del Oro", 1)
)
c.edit(
    "remove",
    "mumbai",
    "cancel elephanta tmrw, heard the ferry isn't running",
    Removed("Elephanta Caves", 2),
)
c.edit(
    "remove",
    "porto",
    "b'y get rid of that bookshop on day 1, the lineup is some long",
    Removed("Livraria Lello", 1),
)  # Newfoundland

# ---- move (7) -------------------------------------------------------------------------------

c.edit(
    "move",
    "kyoto",
    "PLEASE MOVE NIJO CASTLE TO DAY 1. THANK YOU. MARGARET",
    Moved("Nijo Castle", 1),
)  # capitals senior
c.edit(
    "move",
    "edinburgh",
    "can we do arthur's seat on thursday instead? forecast says sun",
    Moved("Arthur's Seat", 4),
)
c.edit(
    "move",
    "goa",
    "shift fort aguada to the last day, reckon we'll be keen for it by then",
    Moved("Fort Aguada", 4),
)  # Aussie
c.edit(
    "move",
    "jaipur",
    "pls move hawa mahal to day 2 morning, way too hot in the afternoon",
    Moved("Hawa Mahal", 2),
)
c.edit(
    "move",
    "cartagena",
    "Is it possible to move the palace of the Inquisition to the thursday? Merci",
    Moved("Palacio de la Inquisición", 4),
)  # French L2
c.edit("move", "porto", "put serralves on friday instead", Moved("Museu de Serralves", 5))
c.edit(
    "move",
    "bogota",
    "move monserrate to day 3 at 8am, want to go up before the clouds come in",
    Moved("Monserrate", 3, at="08:00"),
)

# ---- retime (7) -----------------------------------------------------------------------------

c.edit(
    "retime",
    "kyoto",
    "kinkaku-ji at 10 instead of 9 pls, we are not morning ppl",
    Retimed("Kinkaku-ji", "10:00"),
)
c.edit(
    "retime",
    "edinburgh",
    "howay man, shove the wee dram back to 9pm, we'll be knackered",
    Retimed("The Wee Dram", "21:00"),
)  # Geordie
c.edit("retime", "goa", "push vindaloo & vinho to 8.30pm", Retimed("Vindaloo & Vinho", "20:30"))
c.edit(
    "retime",
    "jaipur",
    "Can we have lunch at Marwar Thali Haveli a bit later, say half one?",
    Retimed("Marwar Thali Haveli", "13:30"),
)
c.edit(
    "retime",
    "mumbai",
    "marine drive at 6:30pm tmrw instead, sunset is later than 6 right?",
    Retimed("Marine Drive", "18:30"),
)
c.edit(
    "retime",
    "cartagena",
    "sunset bar at 5:30 not 7:30, the sun's down by 6",
    Retimed("Muralla Sunset Bar", "17:30"),
)
c.edit(
    "retime",
    "porto",
    "marisqueira 8:30 pls not 8, the kid's game runs late",
    Retimed("Marisqueira da Foz", "20:30"),
)

# ---- replace (6) ----------------------------------------------------------------------------

c.edit(
    "replace", "kyoto", "replace menya kurogane with udon", Replaced("Menya Kurogane", 2, ("udon",))
)
c.edit(
    "replace",
    "edinburgh",
    "swap the thistle & stag for an indian, we've had enough haggis",
    Replaced("Thistle & Stag", 1, ("indian", "curry")),
)
c.edit(
    "replace",
    "goa",
    "replace casa xacuti with a veg place, my sister just went vegetarian",
    Replaced("Casa Xacuti", 1, ("vegetarian",)),
)
c.edit(
    "replace",
    "jaipur",
    "instead of haveli rooftop kitchen can we do something cheaper",
    Replaced("Haveli Rooftop Kitchen", 2, FOOD, CHEAP),
)
c.edit(
    "replace",
    "bogota",
    "change fogon llanero to an italian place",
    Replaced("Fogón Llanero", 1, ("italian",)),
)
c.edit(
    "replace",
    "cartagena",
    "brah dat beach grill stay too pricey, change um fo someting cheap",
    Replaced("Bocagrande Beach Grill", 3, FOOD, CHEAP),
)  # Hawaiian Pidgin

# ---- trip (6) -------------------------------------------------------------------------------

c.edit("trip", "kyoto", "can we add one more day to the trip?", Days(4))
c.edit(
    "trip",
    "edinburgh",
    "our flight got moved, we now arrive tuesday the 8th. can you push the whole trip back a day?",
    Start("2026-12-08"),
    Days(5),
)
c.edit("trip", "goa", "drop the last day pet, wor flight's dead early", Days(3))  # Geordie
c.edit("trip", "jaipur", "staying 2 extra nights!! make it 5 days", Days(5))
c.edit(
    "trip",
    "porto",
    "Sorry, our trip starts 9th December, not 7th. Please change.",
    Start("2026-12-09"),
    Days(6),
)  # Japanese L2
c.edit("trip", "bogota", "cut it to 3 days pls", Days(3))

# ---- multi (6) ------------------------------------------------------------------------------

c.flow(
    "multi",
    "kyoto",
    "remove nijo castle and put tenryu-ji on day 3 instead",
    Removed("Nijo Castle", 3),
    Added(3, name="Tenryu-ji", only=False),
)
c.flow(
    "multi",
    "edinburgh",
    "move calton hill to thursday and make the castle 10am, ta",
    Moved("Calton Hill", 4, alone=False),
    Retimed("Edinburgh Castle", "10:00", alone=False),
)  # Yorkshire
c.flow(
    "multi",
    "goa",
    "add a brunch cafe on day 4 morning and remove miramar beach",
    Added(4, ("brunch", "cafe"), between=MORNING, only=False),
    Removed("Miramar Beach", 1),
)
c.flow(
    "multi",
    "mumbai",
    "tonight dinner at Colaba Tandoor Grill and tmrw breakfast at Cafe Parsi Dawn",
    Added(1, name="Colaba Tandoor Grill", only=False),
    Added(2, name="Cafe Parsi Dawn", only=False),
)
c.flow(
    "multi",
    "porto",
    "swap days 1 and 2, and take the port wine lodge off saturday",
    Swapped(1, 2),
    Removed("Cais Port Wine Lodge", 6),
)
c.flow(
    "multi",
    "cartagena",
    "remove las bovedas, and move getsemani to saturday",
    Removed("Las Bóvedas", 6),
    Moved("Getsemaní", 6, alone=False),
)

# ---- choice (6) -----------------------------------------------------------------------------

c.case(
    "choice",
    "hadibo",
    S("add a sushi place on day 2", Type(SEL), Cards(("sushi",))),
    S("the second one", Type(DONE), Chose(1)),
    final=(Added(2, ("sushi",)),),
)
c.case(
    "choice",
    "hadibo",
    S("sushi for dinner on day 3?", Type(SEL), Cards(("sushi",))),
    S("3", Type(DONE), Chose(2)),
    final=(Added(3, ("sushi",)),),
)
c.case(
    "choice",
    "kyoto",
    S("add a temple on day 3", Type(SEL), Cards(("temple",))),
    S("2", Type(DONE), Chose(1)),
    final=(Added(3, ("temple",)),),
)
c.case(
    "choice",
    "edinburgh",
    S("add a museum on thursday", Type(SEL), Cards(("museum",))),
    S("first one", Type(DONE), Chose(0)),
    final=(Added(4, ("museum",)),),
)
c.case(
    "choice",
    "bogota",
    S("add a park on day 4, kids need to burn energy", Type(SEL), Cards(("park",))),
    S("the last one", Type(DONE), Chose(-1)),
    final=(Added(4, ("park",)),),
)
c.case(
    "choice",
    "mumbai",
    S(
        "need a bar for tonight, craft beer if poss",
        Type(SEL, DONE),
        When(SEL, Same(), Cards(("bar",))),
    ),
    If(SEL, "colaba brewing", Type(DONE)),
    final=(Added(1, name="Colaba Brewing Co."),),
)

# ---- plan (5) -------------------------------------------------------------------------------

c.flow(
    "plan",
    "blank",
    "plan 2 days for us in kyoto pls, temples + good food, not too rushed",
    Plan("kyoto", 2),
    answer="temples and food, relaxed",
)
c.flow(
    "plan",
    "edinburgh",
    "can you fill thursday for us? we've got nothing planned",
    Plan("edinburgh", 5),
    answer="history and good food",
)
c.flow("plan", "goa", "plan day 4 pls, beachy and chill", Plan("goa", 4), answer="beaches")
c.flow(
    "plan",
    "bogota",
    "Day 4 is empty. Could you suggest a plan for it? We like markets and street art.",
    Plan("bogota", 4),
    answer="markets and street art",
)
c.flow(
    "plan",
    "porto",
    "Hello, the friday we have nothing. You can organize the day for us? We like art and wine.",
    Plan("porto", 6),
    answer="art and wine",
)  # Italian L2

# ---- book (5) -------------------------------------------------------------------------------

c.flow(
    "book",
    "kyoto",
    "Please make reservation at Kamogawa Kaiseki, 2 persons, day 1 7pm. Thank you very much.",
    Booked("Kamogawa Kaiseki", party=2, at="19:00"),
)  # Japanese L2
c.flow(
    "book",
    "edinburgh",
    "can u book the thistle & stag, table for 6",
    Booked("Thistle & Stag", party=6),
    answer="7pm",
)
c.flow(
    "book",
    "goa",
    "reserve vindaloo & vinho for four people pls",
    Booked("Vindaloo & Vinho", party=4),
    answer="7:30pm",
)
c.flow(
    "book",
    "jaipur",
    "We'd like a table at Haveli Rooftop Kitchen — 3 adults and 2 kids.",
    Booked("Haveli Rooftop Kitchen", party=5),
    answer="7:30pm",
)
c.flow(
    "book",
    "porto",
    "book marisqueira da foz for tues 8pm, 2 ppl",
    Booked("Marisqueira da Foz", party=2, at="20:00"),
    answer="8pm",
)

# ---- referent (5) ---------------------------------------------------------------------------

c.case(
    "referent",
    "kyoto",
    S("add ginkaku-ji on day 3", Type(SEL, DONE)),
    pick(),
    S("actually make it 2pm", Type(DONE, CONF)),
    yes(),
    final=(Retimed(None, "14:00", day=3),),
)
c.case(
    "referent",
    "edinburgh",
    S("add dean village on thursday", Type(SEL, DONE)),
    pick(),
    S("what's it like there?", Type(DONE), SaysLast()),
)
c.case(
    "referent",
    "mumbai",
    S("add Bohri Mohalla Kitchen for dinner tonight", Type(SEL, DONE)),
    pick(),
    S("book it for 3 of us", Type(DONE, CONF, INPUT)),
    go(answer="8pm"),
    go(answer="8pm"),
    final=(Booked(None, party=3),),
)
c.case(
    "referent",
    "cartagena",
    S("add Cocina Palenquera on day 4", Type(SEL, DONE)),
    pick(),
    S("hmm move it to friday", Type(DONE, CONF)),
    yes(),
    final=(Moved(None, 5),),
)
c.case(
    "referent",
    "jaipur",
    S("add the stepwell, panna meena ka kund, on day 3", Type(SEL, DONE)),
    pick(),
    S("is it open in the afternoon?", Type(DONE), SaysLast()),
)

# ---- slot_fill (5) --------------------------------------------------------------------------

c.case(
    "slot_fill",
    "kyoto",
    S("add a place on day 3", Type(INPUT, ERR), Same()),
    S("somewhere for matcha", Type(SEL, DONE)),
    pick(),
    final=(Added(3, ("matcha",)),),
)
c.case(
    "slot_fill",
    "jaipur",
    S("book marwar thali haveli pls", Type(INPUT, CONF), Same()),
    go("yes, 4 of us", answer="4 of us"),
    go(answer="1pm"),
    final=(Booked("Marwar Thali Haveli", party=4),),
)
c.case(
    "slot_fill",
    "edinburgh",
    S("move the botanic garden", Type(INPUT, SEL), Same()),
    go(choose="day 4", answer="thursday"),
    go(),
    final=(Moved("Royal Botanic Garden", 4),),
)
c.case(
    "slot_fill",
    "mumbai",
    S("add a dosa place", Type(INPUT, SEL), Same()),
    go(answer="tomorrow morning"),
    go(answer="tomorrow morning"),
    final=(Added(2, ("dosa",)),),
)
c.case(
    "slot_fill",
    "cartagena",
    S("can we change the time for the castle", Type(INPUT, SEL), Same()),
    go(choose="4:30pm", answer="4:30pm"),
    go(),
    final=(Retimed("Castillo San Felipe de Barajas", "16:30"),),
)

# ---- social (5) -----------------------------------------------------------------------------

c.chat("social", "hadibo", "thank you so much!! 🙏")
c.chat("social", "kyoto", "good morning :)")
c.still("social", "goa", "haha legend, cheers mate", NoDump(), Short())  # Aussie
c.chat("social", "jaipur", "shoots brah, mahalo")  # Hawaiian Pidgin
c.still("social", "porto", "ta la, you're boss you", NoDump(), Short())  # Scouse

# ---- info (5) -------------------------------------------------------------------------------

c.still("info", "kyoto", "what time does kinkaku-ji open?", Says("Kinkaku-ji"))
c.still(
    "info",
    "edinburgh",
    "is the national museum free to get in?",
    Says("National Museum of Scotland"),
)
c.still("info", "mumbai", "how do we get to elephanta caves tmrw?", Says("Elephanta Caves"))
c.still("info", "bogota", "is monserrate open in the evening?", Says("Monserrate"))
c.still(
    "info",
    "cartagena",
    "What is the address of La Cevicheria Caribe? It is for the taxi. Merci",
    Says("La Cevichería Caribe"),
)  # French L2

# ---- swap_days (4) --------------------------------------------------------------------------

c.edit(
    "swap_days", "kyoto", "Is possible to exchange the day 1 with the day 3?", Swapped(1, 3)
)  # Italian L2
c.edit("swap_days", "edinburgh", "can we switch monday and tuesday around?", Swapped(1, 2))
c.edit(
    "swap_days", "jaipur", "Please exchange day 1 and day 3, we arrive very tired.", Swapped(1, 3)
)  # Russian L2
c.edit("swap_days", "goa", "flip days 2 & 3", Swapped(2, 3))

# ---- undo (4) -------------------------------------------------------------------------------

c.case(
    "undo",
    "kyoto",
    S("remove ryoan ji", Type(DONE, CONF, SEL)),
    go(),
    S("wait undo that, my wife wants to go", Type(DONE, CONF)),
    yes(),
    final=(Same(), Kept("Ryoan-ji", 1)),
)
c.case(
    "undo",
    "bogota",
    S("move museo botero to day 3", Type(DONE, CONF, SEL)),
    go(),
    S("oops undo", Type(DONE, CONF)),
    yes(),
    final=(Same(),),
)
c.case(
    "undo",
    "porto",
    S("add capela das almas on day 5", Type(SEL, DONE)),
    pick(),
    S("nah undo pls", Type(DONE, CONF)),
    yes(),
    final=(Same(),),
)
c.case(
    "undo",
    "mumbai",
    S("marine drive at 7pm tmrw", Type(DONE, CONF, SEL)),
    go(),
    S("actually no, undo the last change", Type(DONE, CONF)),
    yes(),
    final=(Same(),),
)

# ---- show (4) -------------------------------------------------------------------------------

c.still("show", "kyoto", "what's on day 2?", Says("Fushimi Inari Taisha", "Gion District"))
c.still("show", "edinburgh", "what do we have on friday", Says("Royal Botanic Garden"))
c.still(
    "show",
    "mumbai",
    "what's left for today?",
    Says("Chhatrapati Shivaji Maharaj Vastu Sangrahalaya"),
)
c.still(
    "show",
    "porto",
    "where ya to with the plan b'y, show us the whole trip",
    Says("Livraria Lello", "Cais de Gaia"),
)  # Newfoundland

# ---- explain (4) ----------------------------------------------------------------------------

c.still("explain", "kyoto", "why is ryoan-ji in the plan?", Says("Ryoan-ji"))
c.still(
    "explain", "jaipur", "Please teach me about Jantar Mantar. What is it?", Says("Jantar Mantar")
)  # Japanese L2
c.still(
    "explain",
    "goa",
    "what's fontainhas? is it wicked touristy or actually worth it",
    Says("Fontainhas"),
)  # Boston
c.still("explain", "cartagena", "why did you put the castle at 4pm?", Says("San Felipe"))

# ---- duplicate (4) --------------------------------------------------------------------------

c.already("kyoto", "add fushimi inari on day 3", "Fushimi Inari")
c.already("edinburgh", "ADD EDINBURGH CASTLE ON FRIDAY PLEASE. MARGARET", "Edinburgh Castle")
c.already("jaipur", "pls add amber fort day 2", "Amber Fort")
c.already("porto", "can we add ribeira on day 5, heard it's wicked nice", "Ribeira")  # Boston

# ---- clash (4) ------------------------------------------------------------------------------

c.case(
    "clash",
    "kyoto",
    S("add nishiki market day 2 at 1pm", Type(SEL, DONE, CONF, INPUT)),
    go(),
    go(),
    final=(ClashHandled(2, "13:00", ("nishiki market",)),),
)
c.case(
    "clash",
    "edinburgh",
    S("add the scottish national gallery monday 2.30pm", Type(SEL, DONE, CONF, INPUT)),
    go(),
    go(),
    final=(ClashHandled(1, "14:30", ("scottish national gallery",)),),
)
c.case(
    "clash",
    "bogota",
    S("Add chorro de quevedo on day 1 at 15:30 please", Type(SEL, DONE, CONF, INPUT)),
    go(),
    go(),
    final=(ClashHandled(1, "15:30", ("chorro de quevedo",)),),
)
c.case(
    "clash",
    "porto",
    S("put the Igreja de São Francisco at 4pm on day 2", Type(SEL, DONE, CONF, INPUT)),
    go(),
    go(),
    final=(ClashHandled(2, "16:00", ("igreja de sao francisco",)),),
)

# ---- locale (4) -----------------------------------------------------------------------------

c.add(
    "bogota", "add a vegan place on day 4 please", day=4, terms="vegan", kind="locale", locale="es"
)
c.edit("locale", "porto", "move the cathedral to friday", Moved("Sé do Porto", 5), locale="pt")
c.chat(
    "locale",
    "cartagena",
    "hi! sorry can you reply in english please? my spanish is bad",
    locale="es",
)
c.still("locale", "goa", "what do we have on day 3?", Says("Vindaloo & Vinho"), locale="pt")

# ---- clear (3) ------------------------------------------------------------------------------

c.edit("clear", "kyoto", "clear day 3, we'll just wing it", Cleared(3))
c.edit(
    "clear", "jaipur", "wipe day 2 love, summat's come up wi' the wedding", Cleared(2)
)  # Yorkshire
c.edit(
    "clear", "cartagena", "empty out friday b'y, beach day, nothing planned", Cleared(5)
)  # Newfoundland

# ---- expert (3) -----------------------------------------------------------------------------

c.flow(
    "expert",
    "kyoto",
    "is there a local guide who could show us around for a day?",
    Lead(),
    answer="temples and food, mid budget",
)
c.flow(
    "expert",
    "mumbai",
    "can i talk to a real person who knows mumbai",
    Lead(),
    answer="street food and history",
)
c.flow(
    "expert",
    "cartagena",
    "We'd like an expert to help plan the rest, budget about 2000 USD, 2 adults",
    Lead(),
    answer="history and beaches",
)

# ---- help (3) -------------------------------------------------------------------------------

c.chat("help", "hadibo", "WHAT CAN YOU DO? I AM NEW TO THIS. MARGARET")  # capitals senior
c.chat("help", "edinburgh", "how do i use this thing la")  # Scouse
c.chat("help", "goa", "help")

CASES: list[Case] = c.cases
