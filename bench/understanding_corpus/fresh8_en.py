"""fresh8, English: a blind held-out set of traveler conversations. A measure: never tune on it.

Written blind on 2026-12-07 from the demo data (core/data/demo_places.json), the trip fixtures
(fixtures.py) and the protocol (DESIGN.md) only: not from the parser, its catalog, its tests or
any other corpus file. The travelers who write here: a retired couple from Alabama who say
"y'all", a Minnesota mom who starts with "ope", a Glasgow student and a pensioner from Fife
("wee", "half 9", "fancy a curry"), a Cardiff couple ("tidy", "diolch"), an Auckland backpacker
("sweet as"), a Nairobi banker on a work trip ("kindly", "sawa"), an Accra family ("please I
want…"), a Lahore engineer dictating run-ons into his phone, a Singapore teenager in lowercase
shorthand ("can or not"), a Kingston grandma, a Toronto dad ("eh"), a deaf traveler from Calgary
who texts in three words, and second-language writers whose English has mistakes. A few have
"es" or "pt" stored from an earlier trip but write English here: the reply must follow what
they write.

Only outcomes are checked: what changed in the trip, the answer type, nothing changed while the
service asks first, and the reply's language. Every place named below is in the demo data of the
trip's city, every kind asked for has at least one place there, and every day and time was
worked out from fixtures.py: trips start Monday 2026-12-07 (Monday day 1 … Saturday day 6);
Mumbai is under way (day 1 is today, Monday 2026-11-23, 14:30 local; "tomorrow" is day 2).
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

c = Corpus("en", "f8", locale="en")

FOOD = ("restaurant", "cafe", "bakery")

# ---- add: a named place or a kind of place, on a day, sometimes at a time -------------------

c.add("kyoto", "can u add nishiki market on wednesday morning", day=3, terms="nishiki",
      name="Nishiki Market", between=MORNING)  # fmt: skip
c.add("edinburgh", "Stick Dean Village in on the Thursday please", day=4,
      terms="dean village", name="Dean Village")  # fmt: skip
c.add("goa", "reis magos fort on day 3 in the afternoon pls", day=3, terms="reis magos",
      name="Reis Magos Fort", between=AFTERNOON)  # fmt: skip
c.add("mumbai", "we wanna see the hanging gardens tmrw morning before the caves", day=2,
      terms="hanging gardens", name="Hanging Gardens", between=("06:00", "10:30"))  # fmt: skip
c.add("jaipur", "add jal mahal monday 5.30pm, want sunset pics", day=1, terms="jal mahal",
      name="Jal Mahal", at="17:30")  # fmt: skip
c.add("cartagena", "my boys are obsessed w pirates, add the naval museum thursday?", day=4,
      terms="naval", name="Museo Naval del Caribe")  # fmt: skip
c.add("porto", "add igreja do carmo saturday morning, before the gaia thing", day=6,
      terms="carmo", name="Igreja do Carmo", between=("06:00", "10:45"))  # fmt: skip
c.add("kyoto", "ope, could we squeeze an izakaya in on tuesday night", day=2,
      terms="izakaya", between=EVENING)  # fmt: skip
c.add("edinburgh", "fancy a curry on the friday, 8ish. find us somewhere decent", day=5,
      terms=("curry", "indian"), between=("19:30", "20:30"))  # fmt: skip
c.add("goa", "add a beach shack on day 4 for sunset beers", day=4,
      terms=("shack", "beach club"), between=("16:00", "20:00"))  # fmt: skip
c.add("mumbai", "tonight i want street food. vada pav or pav bhaji, whatever is good",
      day=1, terms=("street food", "vada pav", "pav bhaji"), between=EVENING)  # fmt: skip
c.add("bogota", "can we add a specialty coffee spot wed morning - no wait thursday morning, "
      "wed is packed", day=4, terms=("coffee", "cafe"), between=MORNING)  # fmt: skip
c.add("jaipur", "Please I want to add one lassi stop on day 2 in the afternoon", day=2,
      terms="lassi", between=AFTERNOON)  # fmt: skip
c.add("kyoto", "okay so on wednesday can you also add the um philosophers path thing in the "
      "afternoon thanks", day=3, terms="philosopher", name="Philosopher's Path",
      between=AFTERNOON)  # fmt: skip

# ---- add_slots: an open meal slot of the trip filled --------------------------------------

c.add("kyoto", "fill the lunch gap on monday w something vegetarian", day=1, wish=VEGGIE,
      slot="Lunch", kind="add_slots")  # fmt: skip
c.add("edinburgh", "brekkie on tuesday? somewhere near the museum ideally", day=2,
      terms=("breakfast", "brunch", "cafe", "bakery", "coffee"), slot="Breakfast",
      kind="add_slots")  # fmt: skip
c.add("goa", "need lunch sorted for day 2, proper goan fish curry kinda place", day=2,
      terms="restaurant", wish=Wish(keywords=("goan", "fish", "seafood")), slot="Lunch",
      kind="add_slots")  # fmt: skip
c.add("mumbai", "lunch tomorrow after elephanta, something veg, thali maybe", day=2,
      terms=FOOD, wish=VEGGIE, slot="Lunch", kind="add_slots")  # fmt: skip
c.add("jaipur", "dinner on monday is still empty - a rooftop place with a view?", day=1,
      terms=("restaurant", "bar", "cafe"), wish=ROOFTOP, slot="Dinner",
      kind="add_slots")  # fmt: skip
c.add("bogota", "what about dinner on tuesday? y'all got a steakhouse?", day=2,
      terms=("steak", "grill"), slot="Dinner", kind="add_slots")  # fmt: skip
c.add("cartagena", "lunch on tuesday, something seafoody pls", day=2,
      terms="restaurant", wish=Wish(keywords=("seafood", "fish", "ceviche", "shrimp")),
      slot=("Almuerzo", "Lunch"),
      kind="add_slots")  # fmt: skip
c.add("porto", "thursday breakfast - pastel de nata obviously 😋", day=4,
      terms=("pastel de nata", "bakery", "pastries", "breakfast"), slot="Breakfast",
      kind="add_slots")  # fmt: skip
c.add("edinburgh", "after arthurs seat on wed we'll be starving, fill the lunch slot with "
      "something hearty and scottish", day=3, terms="restaurant",
      wish=Wish(keywords=("scottish", "haggis")), slot="Lunch",
      kind="add_slots")  # fmt: skip

# ---- wishes: cheap, top rated, romantic, open now, veggie, family, rooftop -----------------

c.add("kyoto", "somewhere cheap to eat tuesday night, we're broke students lol", day=2,
      terms=FOOD, wish=CHEAP, between=DINNER, kind="wishes")  # fmt: skip
c.add("edinburgh", "whats the best rated seafood place? for thursday dinner", day=4,
      terms="seafood", wish=TOP_RATED, between=DINNER, kind="wishes")  # fmt: skip
c.add("goa", "its our anniversary on day 4 - a romantic dinner somewhere ❤️", day=4,
      terms="restaurant", wish=ROMANTIC, between=DINNER, kind="wishes")  # fmt: skip
c.add("mumbai", "anywhere open rn for a coffee? add it for today", day=1,
      terms=("coffee", "cafe"), wish=OPEN_NOW, kind="wishes")  # fmt: skip
c.add("jaipur", "veg friendly lunch on wednesday pls, my mum is pure veg", day=3,
      wish=VEGGIE, between=LUNCH, kind="wishes")  # fmt: skip
c.add("bogota", "something kid friendly for thursday? we've got a 4 and a 6 year old", day=4,
      wish=FAMILY, kind="wishes")  # fmt: skip
c.add("cartagena", "cheap eats for saturday lunch, nothing fancy", day=6, terms=FOOD,
      wish=CHEAP, between=LUNCH, kind="wishes")  # fmt: skip
c.add("porto", "vegan dinner friday?", day=5, wish=VEGGIE, between=DINNER, kind="wishes")
c.add("mumbai", "a rooftop bar for tomorrow night, sea view if poss", day=2, wish=ROOFTOP,
      between=EVENING, kind="wishes")  # fmt: skip
c.add("blank", "something for the kids monday morning, they're 7 and 9", day=1, wish=FAMILY,
      between=MORNING, kind="wishes")  # fmt: skip

# ---- remove --------------------------------------------------------------------------------

c.edit("remove", "kyoto", "take sanjusangendo off tuesday, we've seen enough temples",
       Removed("Sanjusangen-do", 2))  # fmt: skip
c.edit("remove", "edinburgh", "Greyfriars Kirkyard - skip it, too creepy for the kids",
       Removed("Greyfriars Kirkyard"))  # fmt: skip
c.edit("remove", "goa", "we dont need the bakery on day 2", Removed("Bebinca Bakery", 2))
c.edit("remove", "mumbai", "cancel marine drive tmrw, gonna be too tired",
       Removed("Marine Drive", 2))  # fmt: skip
c.edit("remove", "jaipur", "PLEASE REMOVE THE JANTAR MANTAR THANK YOU",
       Removed("Jantar Mantar"))  # fmt: skip
c.edit("remove", "porto", "I want to delete the visit of the tower in monday",
       Removed("Torre dos Clérigos", 1))  # fmt: skip
c.edit("remove", "bogota", "botero out", Removed("Museo Botero"), locale="es")

# ---- clear ---------------------------------------------------------------------------------

c.edit("clear", "edinburgh", "clear out wednesday completely, we're doing a day trip to st "
       "andrews instead", Cleared(3))  # fmt: skip
c.edit("clear", "goa", "wipe day 1, i want to start it fresh", Cleared(1))
c.edit("clear", "cartagena", "empty the last day pls, we'll just chill at the hotel",
       Cleared(6), locale="es")  # fmt: skip

# ---- move ----------------------------------------------------------------------------------

c.edit("move", "kyoto", "move nijo castle to day one", Moved("Nijo Castle", 1))
c.edit("move", "edinburgh", "Can we shift Calton Hill to Thursday instead",
       Moved("Calton Hill", 4))  # fmt: skip
c.edit("move", "goa", "anjuna beach -> day 4", Moved("Anjuna Beach", 4))
c.edit("move", "mumbai", "push haji ali to tomorrow", Moved("Haji Ali Dargah", 2))
c.edit("move", "jaipur", "nahargarh fort on the first day instead, at 5pm for the sunset",
       Moved("Nahargarh Fort", 1, at="17:00"))  # fmt: skip
c.edit("move", "porto", "move the cathedral from thursday to friday", Moved("Sé do Porto", 5))
c.edit("move", "cartagena", "las bovedas from saturday to the 10th, morning-ish",
       Moved("Las Bóvedas", 4))  # fmt: skip

# ---- retime --------------------------------------------------------------------------------

c.edit("retime", "kyoto", "kinkakuji at 10 instead of 9, sweet as", Retimed("Kinkaku-ji", "10:00"))
c.edit("retime", "edinburgh", "can the wee dram be half 9 rather than 8",
       Retimed("The Wee Dram", "21:30"))  # fmt: skip
c.edit("retime", "goa", "push the vindaloo & vinho dinner to 8:30pm",
       Retimed("Vindaloo & Vinho", "20:30"))  # fmt: skip
c.edit("retime", "mumbai", "marine drive tmrw at 6.45pm instead, sunset's around then",
       Retimed("Marine Drive", "18:45"))  # fmt: skip
c.edit("retime", "jaipur", "make city palace 10, no sorry 11", Retimed("City Palace", "11:00"))
c.edit("retime", "bogota", "monserrate earlier — 7:30am, before the crowds",
       Retimed("Monserrate", "07:30"))  # fmt: skip
c.edit("retime", "porto", "change the francesinha lunch to 1:30",
       Retimed("Casa da Francesinha", "13:30"), locale="pt")  # fmt: skip

# ---- replace -------------------------------------------------------------------------------

c.edit("replace", "kyoto", "swap menya kurogane for something veggie",
       Replaced("Menya Kurogane", 2, wish=VEGGIE))  # fmt: skip
c.edit("replace", "edinburgh", "replace the thistle and stag with a seafood place",
       Replaced("Thistle", 1, ("seafood",)))  # fmt: skip
c.edit("replace", "goa", "instead of casa xacuti can we do something cheaper",
       Replaced("Casa Xacuti", 1, FOOD, CHEAP))  # fmt: skip
c.edit("replace", "jaipur", "not feeling the rooftop kitchen on tuesday, swap it for the "
       "italian place", Replaced("Haveli Rooftop Kitchen", 2, ("italian",)))  # fmt: skip
c.edit("replace", "bogota", "change fogon llanero to a vegetarian spot, my wife doesn't eat "
       "meat", Replaced("Fogón Llanero", 1, wish=VEGGIE))  # fmt: skip
c.edit("replace", "porto", "marisqueira da foz is too pricey for us, some other seafood place?",
       Replaced("Marisqueira da Foz", 2, ("seafood", "fish", "octopus", "bacalhau"),
                Wish(max_price=2)))  # fmt: skip

# ---- swap_days -----------------------------------------------------------------------------

c.edit("swap_days", "kyoto", "swap day 1 and day 3", Swapped(1, 3))
c.edit("swap_days", "edinburgh", "can we flip monday and tuesday round", Swapped(1, 2))
c.edit("swap_days", "porto", "switch thursday w saturday can or not", Swapped(4, 6))
c.edit("swap_days", "bogota", "do the day 2 stuff on day 3 and the day 3 stuff on day 2",
       Swapped(2, 3))  # fmt: skip

# ---- trip: length and start date -----------------------------------------------------------

c.edit("trip", "edinburgh", "add an extra day at the end eh, we extended our stay", Days(6))
c.edit("trip", "goa", "we fly out a day early now, cut the last day", Days(3))
c.edit("trip", "kyoto", "can we make the trip 5 days instead of 3", Days(5))
c.edit("trip", "porto", "whole trip moves 2 days later, we start dec 9 now",
       Start("2026-12-09"), Days(6))  # fmt: skip
c.edit("trip", "jaipur", "start date should be 14 dec, flights changed", Start("2026-12-14"),
       Days(3))  # fmt: skip
c.edit("trip", "cartagena", "we have to leave early, make it only 4 days", Days(4),
       answer="drop the last two")  # fmt: skip

# ---- undo ----------------------------------------------------------------------------------

c.case(
    "undo",
    "kyoto",
    S("remove kiyomizu-dera", Type(DONE, CONF, SEL)),
    go(),
    S("wait undo that", Type(DONE, CONF)),
    yes(),
    final=(Same(),),
)
c.case(
    "undo",
    "edinburgh",
    S("add portobello beach on thursday", Type(SEL, DONE)),
    pick(),
    S("nah undo, changed my mind", Type(DONE, CONF)),
    yes(),
    final=(Same(),),
)
c.case(
    "undo",
    "mumbai",
    S("move elephanta caves to wednesday", Type(DONE, CONF, SEL)),
    go(),
    S("oops put it back how it was", Type(DONE, CONF)),
    yes(),
    final=(Same(),),
)
c.case(
    "undo",
    "porto",
    S("clear saturday", Type(DONE, CONF)),
    yes(),
    S("undo pls!! wrong day", Type(DONE, CONF)),
    yes(),
    final=(Same(),),
)

# ---- show ----------------------------------------------------------------------------------

c.still("show", "kyoto", "what's on tuesday?", Says("Fushimi Inari", "Kiyomizu-dera"))
c.still("show", "edinburgh", "show me day 5", Says("Royal Botanic Garden"))
c.still("show", "mumbai", "whats on for tomorrow", Says("Elephanta Caves", "Marine Drive"))
c.still("show", "porto", "remind me what we're doing saturday?", Says("Cais de Gaia"))

# ---- plan ----------------------------------------------------------------------------------

c.flow("plan", "blank", "plan both days for us, we love temples and gardens, and good ramen",
       Plan("kyoto", 2, (("temple",), ("ramen",))),
       answer="temples, gardens and ramen")  # fmt: skip
c.flow("plan", "goa", "day 4 is empty, can you plan it? beach + seafood",
       Plan("goa", 4), answer="beach and seafood")  # fmt: skip
c.flow("plan", "edinburgh", "can you plan thursday for us? we're into history and whisky",
       Plan("edinburgh", 5), answer="history and whisky")  # fmt: skip
c.flow("plan", "bogota", "plan out the last day, something chill, parks and coffee",
       Plan("bogota", 4, (("park",), ("coffee",))), answer="parks and coffee")  # fmt: skip
c.flow("plan", "porto", "fill friday with stuff, we like art and wine",
       Plan("porto", 6), answer="art and wine")  # fmt: skip

# ---- explain -------------------------------------------------------------------------------

c.still("explain", "kyoto", "whats the deal with fushimi inari, do we need the whole day for it?",
        Says("Fushimi Inari"))  # fmt: skip
c.still("explain", "edinburgh", "tell me about arthurs seat, is it a hard climb for a 70 yr old",
        Says("Arthur's Seat"))  # fmt: skip
c.still("explain", "jaipur", "what is jantar mantar exactly", Says("Jantar Mantar"))
c.still("explain", "porto", "why's livraria lello such a big deal", Says("Livraria Lello"))

# ---- book ----------------------------------------------------------------------------------

c.flow("book", "kyoto", "book kamogawa kaiseki for 2 on monday at 7pm",
       Booked("Kamogawa Kaiseki", party=2, at="19:00"), answer="2 people at 7pm")  # fmt: skip
c.flow("book", "edinburgh", "can you reserve us a table at the thistle and stag, there's 4 of us",
       Booked("Thistle", party=4), answer="4 people, 7pm")  # fmt: skip
c.flow("book", "goa", "book vindaloo and vinho, party of 6", Booked("Vindaloo", party=6),
       answer="6 people")  # fmt: skip
c.flow("book", "bogota", "reserve la casona del ajiaco for lunch monday at noon, 3 ppl",
       Booked("La Casona del Ajiaco", party=3), answer="3 people at 12")  # fmt: skip
c.flow("book", "porto", "I'd like to book Marisqueira da Foz", Booked("Marisqueira da Foz",
       party=2), answer="2 of us, 8pm")  # fmt: skip

# ---- expert --------------------------------------------------------------------------------

c.flow("expert", "kyoto", "can i talk to a local guide? want someone who knows the tea "
       "ceremony scene", Lead(), answer="tea ceremony and temples")  # fmt: skip
c.flow("expert", "mumbai", "can y'all hook me up with a local mumbai expert", Lead(),
       answer="street food and markets")  # fmt: skip
c.flow("expert", "cartagena", "is there an actual person, like a local, who could help us plan?",
       Lead(), answer="food, salsa and history")  # fmt: skip

# ---- help ----------------------------------------------------------------------------------

c.chat("help", "kyoto", "what can you do?")
c.chat("help", "edinburgh", "How does this work? I'm not very techy, sorry")
c.chat("help", "goa", "how do i use ths")

# ---- multi: two or three requests in one message -------------------------------------------

c.flow("multi", "kyoto", "remove ryoan-ji and add ginkaku-ji monday afternoon instead",
       Removed("Ryoan-ji", 1),
       Added(1, ("ginkaku",), between=AFTERNOON, only=False, name="Ginkaku-ji"))  # fmt: skip
c.flow("multi", "edinburgh", "move calton hill to thursday and put victoria street at 4pm",
       Moved("Calton Hill", 4, alone=False),
       Retimed("Victoria Street", "16:00", alone=False))  # fmt: skip
c.flow("multi", "goa", "drop the bakery on day 2 and move anjuna to 4:30pm",
       Removed("Bebinca Bakery", 2), Retimed("Anjuna Beach", "16:30", alone=False))  # fmt: skip
c.flow("multi", "jaipur", "ok so first take out the kachori place on wednesday and then add "
       "albert hall museum on wednesday also and book the haveli rooftop kitchen for two people",
       Removed("Kachori Corner", 3),
       Added(3, ("albert hall",), only=False, name="Albert Hall Museum"),
       Booked("Haveli Rooftop Kitchen", party=2), answer="2 people")  # fmt: skip
c.flow("multi", "bogota", "swap days 1 and 3 then show me the new day 1", Swapped(1, 3))
c.flow("multi", "porto", "add a day at the end and put parque da cidade on it", Days(7),
       Added(7, ("parque da cidade",), only=False, name="Parque da Cidade"))  # fmt: skip

# ---- referent: "it", "that one" after something was added ----------------------------------

c.case(
    "referent",
    "kyoto",
    S("add kissa matcha-an on day 3 afternoon", Type(SEL, DONE)),
    pick(),
    S("actually make it 4pm", Type(DONE, CONF)),
    yes(),
    final=(Retimed(None, "16:00"),),
)
c.case(
    "referent",
    "edinburgh",
    S("add the scottish national gallery on thursday", Type(SEL, DONE)),
    pick(),
    S("what time does that one open?", Type(DONE), Same(), SaysLast()),
)
c.case(
    "referent",
    "goa",
    S("add tibetan momo house on day 4 for dinner", Type(SEL, DONE)),
    pick(),
    S("hmm move it to day 3", Type(DONE, CONF)),
    yes(),
    final=(Moved(None, 3),),
)
c.case(
    "referent",
    "porto",
    S("put polvo & vinho on friday for dinner", Type(SEL, DONE)),
    pick(),
    S("book it for 2, 8pm", Type(DONE, CONF, INPUT)),
    go(answer="2 people at 8pm"),
    final=(Booked(None, party=2),),
)
c.case(
    "referent",
    "mumbai",
    S("add jehangir art gallery tomorrow", Type(SEL, DONE)),
    pick(),
    S("nah remove that one", Type(DONE, CONF)),
    yes(),
    final=(Same(),),
)

# ---- duplicate: what the trip already has ---------------------------------------------------

c.already("kyoto", "add kinkaku-ji on wednesday", "Kinkaku-ji")
c.already("edinburgh", "add the castle on tuesday", "Edinburgh Castle")
c.already("jaipur", "add hawa mahal to tuesday", "Hawa Mahal")
c.already("porto", "add livraria lello pls, harry potter fan here", "Livraria Lello")

# ---- clash: a time that is taken -----------------------------------------------------------

c.flow("clash", "kyoto", "add kyoto national museum tuesday at 1pm",
       ClashHandled(2, "13:00", ("museum",)), turns=2)  # fmt: skip
c.flow("clash", "edinburgh", "st giles cathedral day 2 10am please",
       ClashHandled(2, "10:00", ("giles",)), turns=2)  # fmt: skip
c.flow("clash", "bogota", "add chorro de quevedo monday 3.30pm",
       ClashHandled(1, "15:30", ("chorro de quevedo",)), turns=2)  # fmt: skip
c.flow("clash", "porto", "Kindly add Igreja de São Francisco on day 1 at 11",
       ClashHandled(1, "11:00", ("francisco",)), turns=2)  # fmt: skip

# ---- slot_fill: the day, the place or the time is missing; then a bare answer ---------------

c.case(
    "slot_fill",
    "kyoto",
    S("add tofuku-ji", Type(INPUT, SEL), Same()),
    S("wed", Type(DONE, SEL, CONF)),
    go(),
    final=(Added(3, ("tofuku",), name="Tofuku-ji"),),
)
c.case(
    "slot_fill",
    "edinburgh",
    S("can u book us a table", Type(INPUT, SEL), Same()),
    S("canongate kitchen", Type(DONE, INPUT, CONF, SEL)),
    go(answer="2 of us at 1pm"),
    go(answer="2 of us at 1pm"),
    final=(Booked("Canongate Kitchen"),),
)
c.case(
    "slot_fill",
    "goa",
    S("can you add a place to day 4", Type(INPUT, SEL), Same()),
    S("a beach", Type(SEL, DONE)),
    pick(),
    final=(Added(4, ("beach",)),),
)
c.case(
    "slot_fill",
    "mumbai",
    S("move the museum", Type(INPUT, SEL), Same()),
    S("wednesday", Type(DONE, CONF)),
    yes(),
    final=(Moved("Vastu Sangrahalaya", 3),),
)
c.case(
    "slot_fill",
    "porto",
    S("change the time for palacio da bolsa", Type(INPUT, SEL), Same()),
    S("2pm", Type(DONE, CONF)),
    yes(),
    final=(Retimed("Palácio da Bolsa", "14:00"),),
)

# ---- social --------------------------------------------------------------------------------

c.still("social", "kyoto", "tidy, that's lush. diolch!! 😊", NoDump(), Short())
c.still("social", "edinburgh", "Cheers, you're a wee star", NoDump(), Short())
c.still("social", "mumbai", "good morning! sawa, ready for today", NoDump(), Short())
c.chat("social", "goa", "lol ur better than my travel agent", locale="pt")
c.chat("social", "porto", "Hello there, this is Grandma Ruth. My grandson set this up for me.")

# ---- info: weather, safety, cost, share, export (the trip stays as it is) -------------------

c.chat("info", "edinburgh", "is it gonna be freezing in december? what should i pack")
c.chat("info", "mumbai", "is colaba safe to walk around at night as a solo female?")
c.chat("info", "kyoto", "roughly how much will all this cost us")
c.chat("info", "porto", "how do i share this itinerary with my husband")
c.chat("info", "cartagena", "can i put dis trip pon mi google calendar?")

# ---- choice: cards, then a typed reply ------------------------------------------------------

c.case(
    "choice",
    "mumbai",
    S("find me a kebab place for tomorrow night", Type(SEL), Cards(("kebab",), min=2)),
    S("the cheaper one", Type(DONE)),
    final=(Added(2, ("kebab",), name="Pydhonie Kebab Corner"),),
)
c.case(
    "choice",
    "edinburgh",
    S("any vegan spots for friday lunch?", Type(SEL), Cards(("vegan", "vegetarian"))),
    S("the bothy one", Type(DONE)),
    final=(Added(5, name="Bruntsfield Vegan Bothy"),),
)
c.case(
    "choice",
    "goa",
    S("add a museum on day 4", Type(SEL), Cards(("museum",), min=2)),
    S("the fort", Type(DONE)),
    final=(Added(4, name="Reis Magos Fort"),),
)
c.case(
    "choice",
    "kyoto",
    S("find a cafe for wednesday morning", Type(SEL), Cards(("cafe", "coffee"), min=2)),
    S("2nd one", Type(DONE), Chose(1)),
)
c.case(
    "choice",
    "jaipur",
    S("somewhere for dessert on tuesday evening", Type(SEL),
      Cards(("dessert", "sweets", "lassi", "kulfi"), min=2)),
    S("the cheapest", Type(DONE)),
    final=(Added(2, name="Johari Lassi House"),),
)  # fmt: skip
c.case(
    "choice",
    "porto",
    S("what parks are nice? add one for friday", Type(SEL), Cards(("park", "garden"), min=2)),
    S("the last one", Type(DONE), Chose(-1)),
)

# ---- locale: "es"/"pt" stored, English written: the reply is in English ---------------------

c.add("kyoto", "add a sushi place for dinner on day 3", day=3, terms="sushi", between=DINNER,
      kind="locale", locale="es")  # fmt: skip
c.still("locale", "porto", "what time we go to ribeira on monday?", Says("Ribeira"),
        locale="pt")  # fmt: skip
c.edit("locale", "cartagena", "move the castle for the friday", Moved("Castillo San Felipe", 5),
       locale="es")  # fmt: skip
c.chat("locale", "bogota", "thanks, that's perfect!", locale="es")

CASES = c.cases
