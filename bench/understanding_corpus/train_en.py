"""Training corpus, English: how travelers really type on WhatsApp and Telegram.

Unlike the held-out sets, the parser's authors may read these cases and tune against them;
they run only with `python -m bench.understanding --train`, never in CI. Speakers vary (US, UK,
India, Australia): lowercase, typos, abbreviations, fillers, emojis, voice-to-text run-ons,
indirect requests, several requests at once, self-corrections and replies to the bot's cards
and questions. Every case checks outcomes only and accepts every reasonable path.
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
from bench.understanding_corpus.places import CHEAP, FAMILY, ROMANTIC, ROOFTOP, TOP_RATED, VEGGIE
from bench.understanding_corpus.spec import (
    AFTERNOON,
    BREAKFAST,
    DINNER,
    EVENING,
    LUNCH,
    MORNING,
    Corpus,
    S,
    Step,
    go,
    pick,
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


def answer(other: str, confirm: str = "yes") -> Step:
    """Going along with a question: `confirm` to a confirmation, `other` to anything else asked
    (how many people, what time, which interests); skipped after a final answer."""
    return Step(confirm, (), None, None, (((CONF,), confirm), ((SEL, INPUT), other)))


c = Corpus("en", "-train")
ASK_OR_DONE = Type(DONE, CONF, SEL)
NOODLES = ("ramen", "noodles", "udon", "soba")
COFFEE = ("coffee", "cafe")

# ---- add ---------------------------------------------------------------------------------
c.add("kyoto", "can u add a ramen place day 3", day=3, terms=NOODLES)
c.add(
    "kyoto",
    "ok so i reallly want to try proper sushi at some point, day 1 maybe?",
    day=1,
    terms="sushi",
)
c.add("edinburgh", "chuck a pub on day 4 would ya", day=4, terms=("pub", "bar", "whisky"))
c.add("goa", "need a beach on the last day pls 🏖️", day=4, terms="beach")
c.add(
    "porto",
    "we'd love somewhere for port wine tasting on day five",
    day=5,
    terms=("port wine", "wine tasting", "port wine cellars", "wine"),
)
c.add("mumbai", "add crawford market tmrw", day=2, terms="market", name="Crawford Market")
c.add(
    "jaipur", "is there a good stepwell we could see on day 3? add it", day=3, terms=("stepwell",)
)
c.add(
    "bogota",
    "put the botero museum on day 4 por favor",
    day=4,
    terms=("botero",),
    name="Museo Botero",
)
c.add(
    "cartagena",
    "we wanna see the naval museum, day 4 is free",
    day=4,
    terms=("naval history", "museum"),
    name="Museo Naval del Caribe",
)
c.add("hadibo", "add hoq cave day 2", day=2, terms="cave", name="Hoq Cave")
c.add(
    "edinburgh",
    "add in the scottish national gallery on day four mate",
    day=4,
    terms=("gallery",),
    name="Scottish National Gallery",
)
c.add(
    "kyoto",
    "i think we should also do the silver pavilion. day 3",
    day=3,
    terms=("silver pavilion",),
    name="Ginkaku-ji",
)

# ---- add with a time, a part of the day or a meal ------------------------------------------
c.add(
    "kyoto",
    "dinner on day 3, something izakaya style",
    day=3,
    terms=("izakaya",),
    between=DINNER,
    kind="add_slots",
)
c.add(
    "edinburgh",
    "brekkie day 4? somewhere with good coffee",
    day=4,
    terms=("coffee", "breakfast", "brunch", "cafe"),
    between=BREAKFAST,
    kind="add_slots",
)
c.add(
    "goa",
    "add a sunset spot on day 4 in the evening",
    day=4,
    terms=("sunset",),
    between=("16:00", "21:00"),
    kind="add_slots",
)
c.add(
    "porto",
    "lunch day 5 - francesinha obviously 😂",
    day=5,
    terms=("francesinha",),
    between=LUNCH,
    kind="add_slots",
)
c.add(
    "jaipur",
    "add albert hall museum day 3 at like half past two",
    day=3,
    terms=("museum",),
    at="14:30",
    kind="add_slots",
    name="Albert Hall Museum",
)
c.add(
    "bogota",
    "morning of day 4 lets do quinta de bolivar",
    day=4,
    terms=("bolivar",),
    between=MORNING,
    kind="add_slots",
    name="Quinta de Bolívar",
)
c.add(
    "cartagena",
    "can we get tacos for dinner on day four",
    day=4,
    terms=("tacos",),
    between=DINNER,
    kind="add_slots",
)
c.add(
    "mumbai",
    "tomorrow afternoon add the gandhi museum",
    day=2,
    terms=("gandhi",),
    between=AFTERNOON,
    kind="add_slots",
    name="Mani Bhavan Gandhi Museum",
)
c.add(
    "edinburgh",
    "add portobello beach on day 4 at 3pm",
    day=4,
    terms=("beach",),
    at="15:00",
    kind="add_slots",
    name="Portobello Beach",
)
c.add(
    "goa",
    "day 4 at 11 in the morning, the reis magos fort",
    day=4,
    terms=("fort",),
    at="11:00",
    kind="add_slots",
    name="Reis Magos Fort",
)
c.add(
    "porto",
    "evening drinks on day 5, cocktails somewhere",
    day=5,
    terms=("cocktails", "bar", "nightlife"),
    between=EVENING,
    kind="add_slots",
)

# ---- wishes (price, rating, diet, mood) ----------------------------------------------------
c.add(
    "kyoto",
    "any cheap eats for day 3? we're kinda broke lol",
    day=3,
    wish=CHEAP,
    terms=("restaurant", "cafe", "street food", "cheap eats", "budget"),
    kind="wishes",
)
c.add(
    "edinburgh",
    "somewhere veggie for dinner day 4, my gf is vegan",
    day=4,
    wish=VEGGIE,
    between=DINNER,
    kind="wishes",
)
c.add(
    "porto",
    "romantic dinner spot for our anniversary on day 5 ❤️",
    day=5,
    wish=ROMANTIC,
    between=DINNER,
    kind="wishes",
)
c.add(
    "mumbai",
    "rooftop bar for tonight, something with a view",
    day=1,
    wish=ROOFTOP,
    terms=("bar", "rooftop"),
    kind="wishes",
)
c.add(
    "goa",
    "kid friendly place for day 4, we've got two little ones",
    day=4,
    wish=FAMILY,
    kind="wishes",
)
c.add(
    "bogota",
    "only the best rated coffee on day 4 please, 4.5 and up",
    day=4,
    wish=TOP_RATED,
    terms=COFFEE,
    kind="wishes",
)
c.add(
    "jaipur",
    "pure veg thali on day 3 for lunch, nothing too pricey",
    day=3,
    terms=("thali", "vegetarian"),
    wish=VEGGIE,
    between=LUNCH,
    kind="wishes",
)
c.add(
    "cartagena",
    "budget friendly lunch on day 4, street food is fine",
    day=4,
    wish=CHEAP,
    between=LUNCH,
    kind="wishes",
)

# ---- remove / lighten -----------------------------------------------------------------------
c.case(
    "remove",
    "kyoto",
    S("take ryoanji off day 1, seen enough rocks tbh", ASK_OR_DONE),
    go(),
    final=(Removed("Ryoan-ji", 1),),
)
c.case(
    "remove",
    "edinburgh",
    S("scrap the graveyard thing on day 2", ASK_OR_DONE),
    go(),
    final=(Removed("Greyfriars Kirkyard", 2),),
)
c.case(
    "remove",
    "porto",
    S("we don't need the lello bookshop anymore", ASK_OR_DONE),
    go(),
    final=(Removed("Livraria Lello"),),
)
c.case(
    "remove",
    "goa",
    S("get rid of fort aguada pls", ASK_OR_DONE),
    go(),
    final=(Removed("Fort Aguada", 2),),
)
c.case(
    "remove",
    "mumbai",
    S("cancel elephanta caves tomorrow, ferry's not running", ASK_OR_DONE),
    go(),
    final=(Removed("Elephanta Caves", 2),),
)
c.case(
    "remove",
    "porto",
    S("day 2 feels like a lot, can u make it lighter", ASK_OR_DONE),
    go(),
    final=(Lighter(2),),
)
c.case(
    "remove",
    "jaipur",
    S("nah skip jantar mantar", ASK_OR_DONE),
    go(),
    final=(Removed("Jantar Mantar", 2),),
)

# ---- clear ----------------------------------------------------------------------------------
c.case(
    "clear",
    "kyoto",
    S("wipe day 3 completely, we'll wing it", ASK_OR_DONE),
    go(),
    final=(Cleared(3),),
)
c.case("clear", "porto", S("can you empty day two for me", ASK_OR_DONE), go(), final=(Cleared(2),))
c.case(
    "clear",
    "cartagena",
    S("clear out everything on day 3 pls", ASK_OR_DONE),
    go(),
    final=(Cleared(3),),
)
c.case(
    "clear",
    "goa",
    S("start fresh on day 1, delete all of it", ASK_OR_DONE),
    go(),
    final=(Cleared(1),),
)

# ---- move -----------------------------------------------------------------------------------
c.case(
    "move",
    "kyoto",
    S("can nijo castle go to day 1 instead", ASK_OR_DONE),
    go(),
    final=(Moved("Nijo Castle", 1),),
)
c.case(
    "move",
    "edinburgh",
    S("shift arthurs seat to day 4", ASK_OR_DONE),
    go(),
    final=(Moved("Arthur's Seat", 4),),
)
c.case(
    "move",
    "porto",
    S("move serralves to the 5th day", ASK_OR_DONE),
    go(),
    final=(Moved("Museu de Serralves", 5),),
)
c.case(
    "move",
    "bogota",
    S("push distrito grafiti to day four", ASK_OR_DONE),
    go(),
    final=(Moved("Distrito Grafiti", 4),),
)
c.case(
    "move",
    "jaipur",
    S("id rather do nahargarh on day 1 tbh", ASK_OR_DONE),
    go(),
    final=(Moved("Nahargarh Fort", 1),),
)
c.case(
    "move",
    "mumbai",
    S("marine drive should be tonight not tomorrow", ASK_OR_DONE),
    go(),
    final=(Moved("Marine Drive", 1),),
)

# ---- retime ---------------------------------------------------------------------------------
c.case(
    "retime",
    "kyoto",
    S("make kinkakuji 10am instead of 9", ASK_OR_DONE),
    go(),
    final=(Retimed("Kinkaku-ji", "10:00"),),
)
c.case(
    "retime",
    "edinburgh",
    S("the castle at half ten pls, not half nine", ASK_OR_DONE),
    go(),
    final=(Retimed("Edinburgh Castle", "10:30"),),
)
c.case(
    "retime",
    "goa",
    S("anjuna beach a bit later? say 5:30pm", ASK_OR_DONE),
    go(),
    final=(Retimed("Anjuna Beach", "17:30"),),
)
c.case(
    "retime",
    "porto",
    S("push the ribeira walk to four o'clock", ASK_OR_DONE),
    go(),
    final=(Retimed("Ribeira", "16:00"),),
)
c.case(
    "retime",
    "jaipur",
    S("amber fort at 8 sharp to beat the crowds", ASK_OR_DONE),
    go(),
    final=(Retimed("Amber Fort", "08:00"),),
)

# ---- replace --------------------------------------------------------------------------------
c.case(
    "replace",
    "kyoto",
    S("swap menya kurogane for something vegetarian", ASK_OR_DONE),
    go(),
    final=(Replaced("Menya Kurogane", 2, (), VEGGIE),),
)
c.case(
    "replace",
    "edinburgh",
    S("instead of the thistle and stag can we do seafood on day 1", ASK_OR_DONE),
    go(),
    final=(Replaced("The Thistle & Stag", 1, ("seafood",)),),
)
c.case(
    "replace",
    "goa",
    S("replace casa xacuti with a veg thali place", ASK_OR_DONE),
    go(),
    final=(Replaced("Casa Xacuti", 1, ("thali", "vegetarian")),),
)
c.case(
    "replace",
    "porto",
    S("not feeling marisqueira da foz, something cheaper for dinner day 2?", ASK_OR_DONE),
    go(),
    final=(Replaced("Marisqueira da Foz", 2, (), CHEAP),),
)

# ---- swap days ------------------------------------------------------------------------------
c.case(
    "swap_days",
    "kyoto",
    S("flip day 1 and 2 around would ya", ASK_OR_DONE),
    go(),
    final=(Swapped(1, 2),),
)
c.case(
    "swap_days",
    "edinburgh",
    S("can we do day 3 stuff on day 5 and day 5 stuff on day 3", ASK_OR_DONE),
    go(),
    final=(Swapped(3, 5),),
)
c.case(
    "swap_days", "porto", S("switch days 2 and 4 around", ASK_OR_DONE), go(), final=(Swapped(2, 4),)
)

# ---- trip: days and start date --------------------------------------------------------------
c.case(
    "trip",
    "kyoto",
    S("we're staying one extra day!! add a 4th day", ASK_OR_DONE),
    go(),
    final=(Days(4),),
)
c.case(
    "trip",
    "edinburgh",
    S("drop the last day, flight got moved", ASK_OR_DONE),
    go(),
    final=(Days(4),),
)
c.case("trip", "goa", S("can we extend the trip by 2 days", ASK_OR_DONE), go(), final=(Days(6),))
c.case(
    "trip",
    "porto",
    S("we now land on the 9th of december", Type(DONE, CONF, INPUT)),
    go(),
    final=(Start("2026-12-09"),),
)
c.case(
    "trip",
    "jaipur",
    S("trip starts dec 14 now, push everything back a week", Type(DONE, CONF, INPUT)),
    go(),
    final=(Start("2026-12-14"),),
)

# ---- undo -----------------------------------------------------------------------------------
c.case("undo", "kyoto", S("remove gion district"), go(), S("wait no put it back"), final=(Same(),))
c.case(
    "undo", "edinburgh", S("clear out day 3 for now"), go(), S("oops undo that"), final=(Same(),)
)
c.case("undo", "porto", S("move ribeira to day 5"), go(), S("ugh go back, undo"), final=(Same(),))

# ---- show -----------------------------------------------------------------------------------
c.still("show", "kyoto", "whats on tuesday", Says("Fushimi Inari Taisha", "Kiyomizu-dera"))
c.still(
    "show", "edinburgh", "remind me what we've got day 3", Says("Arthur's Seat", "The Wee Dram")
)
c.still("show", "mumbai", "what's the plan for tomorrow?", Says("Elephanta Caves"))
c.still("show", "porto", "send me the full itinerary", Says("Livraria Lello", "Cais de Gaia"))
c.still("show", "goa", "what r we doing on the 3rd day", Says("Vindaloo & Vinho"))

# ---- plan -----------------------------------------------------------------------------------
c.case(
    "plan",
    "blank",
    S("plan my 2 days in kyoto, temples and food mostly", Type(DONE, CONF, SEL, INPUT)),
    answer("temples and food"),
    answer("temples and food"),
    final=(Plan("kyoto", 2),),
)
c.case(
    "plan",
    "blank",
    S("can you fill both days for me? first time in kyoto", Type(DONE, CONF, SEL, INPUT)),
    answer("yes all of it"),
    answer("yes all of it"),
    final=(Plan("kyoto", 2),),
)
c.case(
    "plan",
    "blank",
    S("make me an itinerary for kyoto, we like gardens and ramen", Type(DONE, CONF, SEL, INPUT)),
    answer("gardens and ramen"),
    answer("gardens and ramen"),
    final=(Plan("kyoto", 2),),
)

# ---- explain --------------------------------------------------------------------------------
c.still(
    "explain",
    "kyoto",
    "why is sanjusangendo on day 2? whats special about it",
    Says("Sanjusangen-do"),
)
c.still("explain", "edinburgh", "what's the point of calton hill", Says("Calton Hill"))
c.still("explain", "goa", "why did u pick casa xacuti", Says("Casa Xacuti"))
c.still("explain", "jaipur", "tell me a bit about hawa mahal", Says("Hawa Mahal"))

# ---- book -----------------------------------------------------------------------------------
c.case(
    "book",
    "kyoto",
    S("book kamogawa kaiseki for 2 at 7pm pls", Type(CONF, INPUT, SEL, DONE)),
    answer("2 people at 7pm"),
    answer("2 people at 7pm"),
    final=(Booked("Kamogawa Kaiseki", 2, "19:00"),),
)
c.case(
    "book",
    "edinburgh",
    S("can you reserve a table at the thistle & stag, 4 of us, 7", Type(CONF, INPUT, SEL, DONE)),
    answer("4 people at 7pm"),
    answer("4 people at 7pm"),
    final=(Booked("The Thistle & Stag", 4),),
)
c.case(
    "book",
    "porto",
    S("get us a table at marisqueira da foz for 3 ppl at 8pm", Type(CONF, INPUT, SEL, DONE)),
    answer("3 at 8pm"),
    answer("3 at 8pm"),
    final=(Booked("Marisqueira da Foz", 3, "20:00"),),
)
c.case(
    "book",
    "goa",
    S("reserve vindaloo and vinho, party of six, half 7", Type(CONF, INPUT, SEL, DONE)),
    answer("6 people at 7:30pm"),
    answer("6 people at 7:30pm"),
    final=(Booked("Vindaloo & Vinho", 6, "19:30"),),
)

# ---- expert ---------------------------------------------------------------------------------
c.case(
    "expert",
    "kyoto",
    S("id love to chat with a local who knows kyoto", Type(DONE, CONF, INPUT)),
    answer("food and temples"),
    answer("food and temples"),
    final=(Lead(),),
)
c.case(
    "expert",
    "mumbai",
    S("can a real person help us plan? like a local guide", Type(DONE, CONF, INPUT)),
    answer("street food"),
    answer("street food"),
    final=(Lead(),),
)
c.case(
    "expert",
    "porto",
    S("put me in touch with an expert for porto pls", Type(DONE, CONF, INPUT)),
    answer("wine"),
    answer("wine"),
    final=(Lead(),),
)

# ---- help -----------------------------------------------------------------------------------
c.chat("help", "kyoto", "what can you actually do")
c.chat("help", "edinburgh", "how does this work??")
c.chat("help", "goa", "um what commands are there")

# ---- social ---------------------------------------------------------------------------------
c.chat("social", "kyoto", "thanks heaps mate, legend")
c.chat("social", "edinburgh", "cheers, that's brilliant 👍")
c.chat("social", "mumbai", "good morning sunshine ☀️")
c.chat("social", "porto", "lol ok you're pretty good at this")

# ---- info -----------------------------------------------------------------------------------
c.still("info", "kyoto", "what time does kinkakuji close", Says("Kinkaku-ji"))
c.still("info", "edinburgh", "is the national museum free?", Says("National Museum of Scotland"))
c.still("info", "porto", "opening hours for palacio da bolsa?", Says("Palácio da Bolsa"))
c.still("info", "jaipur", "when does amber fort open", Says("Amber Fort"))

# ---- choice (answering the cards) -----------------------------------------------------------
c.case(
    "choice",
    "kyoto",
    S("add a coffee place day 3", Type(SEL)),
    S("the second one", Type(DONE), Chose(1)),
)
c.case(
    "choice",
    "edinburgh",
    S("find me a brunch spot on day 4", Type(SEL)),
    S("first one looks good", Type(DONE), Chose(0)),
)
c.case(
    "choice",
    "porto",
    S("add a viewpoint on day 5", Type(SEL)),
    S("lets go with #3", Type(DONE), Chose(2)),
)
c.case("choice", "goa", S("need a cafe on day 4", Type(SEL)), S("2 pls", Type(DONE), Chose(1)))

# ---- duplicate ------------------------------------------------------------------------------
c.still("duplicate", "kyoto", "add fushimi inari on day 2", types=(DONE, CONF, INPUT))
c.still("duplicate", "edinburgh", "pls add edinburgh castle day 1", types=(DONE, CONF, INPUT))
c.still("duplicate", "porto", "add the ponte luis bridge on day 2", types=(DONE, CONF, INPUT))

# ---- clash ----------------------------------------------------------------------------------
c.case(
    "clash",
    "kyoto",
    S("add sushi on day 1 at 7pm", Type(SEL, CONF, DONE, INPUT)),
    go(),
    go(),
    final=(ClashHandled(1, "19:00", ("sushi",)),),
)
c.case(
    "clash",
    "edinburgh",
    S("fit the meadows in on day 1 at 9:30", Type(SEL, CONF, DONE, INPUT)),
    go(),
    go(),
    final=(ClashHandled(1, "09:30", ("park",)),),
)
c.case(
    "clash",
    "goa",
    S("add a bakery day 2 at 8:30 am", Type(SEL, CONF, DONE, INPUT)),
    go(),
    go(),
    final=(ClashHandled(2, "08:30", ("bakery",)),),
)

# ---- referent (this, it, that one) ----------------------------------------------------------
c.case(
    "referent",
    "kyoto",
    S("add nanzen-ji on day 3"),
    pick(),
    S("actually move it to day 1", ASK_OR_DONE),
    go(),
    final=(Moved("Nanzen-ji", 1),),
)
c.case(
    "referent",
    "edinburgh",
    S("add dean village on day 4"),
    pick(),
    S("when does that open?", Type(DONE), SaysLast()),
)
c.case(
    "referent",
    "porto",
    S("add a pastel de nata place on day 5"),
    pick(),
    S("hmm take it out again", ASK_OR_DONE),
    go(),
    final=(NoLoss(), NewCount(0)),
)
c.case(
    "referent",
    "goa",
    S("add the bird sanctuary day 4"),
    pick(),
    S("make that 7am", ASK_OR_DONE),
    go(),
    final=(Retimed("Salim Ali Bird Sanctuary", "07:00"),),
)

# ---- multi (two or three requests at once) --------------------------------------------------
c.case(
    "multi",
    "kyoto",
    S("remove ryoan-ji and add a tea house on day 1", Type(DONE, CONF, SEL, "PARTIAL")),
    go(),
    go(),
    final=(Added(1, ("tea", "matcha"), only=False), Kept("Kinkaku-ji")),
)
c.case(
    "multi",
    "edinburgh",
    S("move the wee dram to day 4 and clear day 5", Type(DONE, CONF, SEL, "PARTIAL")),
    go(),
    go(),
    final=(Moved("The Wee Dram", 4, alone=False), Cleared(5, others=False)),
)
c.case(
    "multi",
    "porto",
    S(
        "so um can you take out torre dos clerigos and also push ribeira to 5pm",
        Type(DONE, CONF, SEL, "PARTIAL"),
    ),
    go(),
    go(),
    final=(Retimed("Ribeira", "17:00", alone=False), Removed("Torre dos Clérigos")),
)

# ---- slot fill (open meal slots) ------------------------------------------------------------
c.add(
    "kyoto",
    "for lunch on day 1 something near the temples, udon maybe",
    day=1,
    terms=("udon", "noodles"),
    slot="Lunch",
    kind="slot_fill",
)
c.add(
    "edinburgh",
    "sort out breakfast for day 2",
    day=2,
    terms=("breakfast", "brunch", "cafe", "bakery", "coffee"),
    slot="Breakfast",
    kind="slot_fill",
)
c.add(
    "goa",
    "fill the dinner gap on day 1 with seafood",
    day=1,
    terms="seafood",
    slot="Dinner",
    kind="slot_fill",
)
c.add(
    "mumbai",
    "lunch tomorrow? thinking dosa",
    day=2,
    terms=("dosa", "south indian"),
    slot="Lunch",
    kind="slot_fill",
)
c.add(
    "porto",
    "dinner on day 6, bacalhau pls",
    day=6,
    terms=("bacalhau", "codfish"),
    slot="Dinner",
    kind="slot_fill",
)

# ---- days and times in words, self-corrections, run-ons, replies in many forms ---------------
c.add(
    "edinburgh",
    "on friday can we squeeze in holyrood palace",
    day=5,
    terms=("palace",),
    name="Palace of Holyroodhouse",
)
c.add(
    "mumbai",
    "day after tomorrow add jehangir art gallery",
    day=3,
    terms=("gallery",),
    name="Jehangir Art Gallery",
)
c.add("kyoto", "add ramen on day 2 no wait day 3", day=3, terms=NOODLES)
c.add(
    "kyoto",
    "is there time for nishiki market on day 3?",
    day=3,
    terms=("market",),
    name="Nishiki Market",
)
c.add(
    "edinburgh",
    "inverleith park on day 4 at half ten",
    day=4,
    terms=("park",),
    at="10:30",
    kind="add_slots",
    name="Inverleith Park",
)
c.add(
    "goa",
    "add the fish thali place on day 4 at noon",
    day=4,
    terms=("fish thali",),
    at="12:00",
    kind="add_slots",
)
c.add(
    "porto",
    "dinner at quarter past seven on day 5, octopus if poss",
    day=5,
    terms=("octopus",),
    at="19:15",
    kind="add_slots",
)
c.add(
    "goa", "day 4 arvo, a beach pls", day=4, terms=("beach",), between=AFTERNOON, kind="add_slots"
)
c.add(
    "kyoto",
    "okay so for day three i was thinking maybe we could add like a tea place in the "
    "afternoon you know something with matcha",
    day=3,
    terms=("matcha", "tea"),
    between=AFTERNOON,
    kind="add_slots",
)
c.add(
    "mumbai",
    "kindly add one good biryani place for dinner tomorrow",
    day=2,
    terms=("biryani",),
    between=DINNER,
    kind="add_slots",
)
c.add(
    "goa",
    "my kids are gonna be so bored on day 4, something fun for them?",
    day=4,
    wish=FAMILY,
    kind="wishes",
)
c.case(
    "retime",
    "mumbai",
    S("please prepone elephanta caves to 9 am", ASK_OR_DONE),
    go(),
    final=(Retimed("Elephanta Caves", "09:00"),),
)
c.case(
    "retime",
    "edinburgh",
    S("put the castle at 10, actually make it 11", ASK_OR_DONE),
    go(),
    final=(Retimed("Edinburgh Castle", "11:00"),),
)
c.case(
    "move",
    "kyoto",
    S("move nijo castle to day 1, sorry i mean day 2", ASK_OR_DONE),
    go(),
    final=(Moved("Nijo Castle", 2),),
)
c.case(
    "trip",
    "edinburgh",
    S("can we get rid of day 5", Type(CONF)),
    S("nah actually leave it", Type(DONE), Same()),
    final=(Same(),),
)
c.case("trip", "kyoto", S("delete day 3", ASK_OR_DONE), go("yep go for it"), final=(Days(2),))
c.case(
    "clear",
    "kyoto",
    S("clear day 2", Type(CONF)),
    S("hmm no wait dont", Type(DONE), Same()),
    final=(Same(),),
)
c.case(
    "choice",
    "kyoto",
    S("add a cafe on day 3", Type(SEL)),
    S("none of those tbh", Type(DONE, SEL, INPUT), Same()),
    final=(NewCount(0),),
)
c.case(
    "choice",
    "porto",
    S("add a church on day 5", Type(SEL)),
    S("the last one", Type(DONE), Chose(-1)),
)
c.case("undo", "goa", S("add a bakery on day 4"), pick(), S("scratch that"), final=(Same(),))
c.still("show", "mumbai", "lemme see tmrw's plan", Says("Elephanta Caves", "Marine Drive"))
c.chat("social", "edinburgh", "night night, chat tomorrow x")
c.case(
    "multi",
    "edinburgh",
    S(
        "add a pizza place on day 4 for dinner, move arthurs seat there too, and push the "
        "castle to 10",
        Type(DONE, CONF, SEL, "PARTIAL"),
    ),
    go(),
    go(),
    go(),
    final=(
        Added(4, ("pizza",), only=False),
        Moved("Arthur's Seat", 4, alone=False),
        Retimed("Edinburgh Castle", "10:00", alone=False),
    ),
)

# ---- locale (a message in another language than the traveler's setting) ----------------------
c.case("locale", "kyoto", S("hey whats on day 1", Type(DONE), Says("Kinkaku-ji")), locale="es")
c.case(
    "locale",
    "porto",
    S("add a cafe on day 5 please", Type(SEL, DONE), When(SEL, Same(), Cards(COFFEE))),
    pick(),
    locale="pt",
    final=(Added(5, COFFEE),),
)
c.case("locale", "bogota", S("thank you so much!", Type(DONE), NoDump()), locale="es")

# ---- trip settings, a place's address, bare answers (session u7trip) ------------------------
c.edit("trip", "edinburgh", "flight changed, we only get in on the 10th now", Start("2026-12-10"))
c.edit("trip", "kyoto", "can we make it a 5 day trip?", Days(5))
c.edit("trip", "edinburgh", "one day less pls", Days(4), confirm="yes")
c.still("info", "edinburgh", "how do i get to the wee dram? need the address", Says("Wee Dram"))
c.still("explain", "kyoto", "why is ryoan-ji scheduled so late?", Says("Ryoan-ji"))
c.case(
    "slot_fill",
    "kyoto",
    S("move kinkaku-ji", Type(INPUT), Same()),
    S("to 2", Type(DONE)),
    final=(Moved("Kinkaku-ji", 2),),
)
c.flow(
    "book",
    "edinburgh",
    "book the thistle & stag on day 1, me and my husband",
    Booked("The Thistle & Stag", party=2),
    confirm="yes",
    answer="8pm",
)
c.edit(
    "retime",
    "kyoto",
    "move kiyomizu-dera to 10am since it gets too hot later",
    Retimed("Kiyomizu-dera", "10:00"),
)
# ---- requests written with arrows; a booking of a place not yet on the trip -----------------
c.case(
    "move",
    "kyoto",
    S("fushimi inari day 2 -> day 3 pls, less crowded then", Type(DONE)),
    final=(Moved("Fushimi Inari", 3),),
)
c.case(
    "retime", "kyoto", S("kinkaku-ji => 10h", Type(DONE)), final=(Retimed("Kinkaku-ji", "10:00"),)
)
c.case(
    "swap_days", "kyoto", S("day 1 <-> day 3", Type(DONE, CONF)), go("yes"), final=(Swapped(1, 3),)
)
c.case(
    "book",
    "kyoto",
    S("table at gion tempura kaneda day 2 for 2, 8.30pm", Type(CONF), Says("Gion Tempura Kaneda")),
    S("yes", Type(DONE)),
    final=(Booked("Gion Tempura Kaneda", party=2, at="20:30"),),
)

# ---- an item turned down for another day or time: a move ----------------------------------
c.edit("move", "edinburgh", "the castle no, better on day 4", Moved("Edinburgh Castle", 4))
c.edit("move", "edinburgh", "arthurs seat nah, rather friday", Moved("Arthur's Seat", 5))

CASES = c.cases
