"""fresh7, English: a blind held-out set of traveler conversations. Never tune the parser on it.

Written blind on 2026-12-07, from how travelers text and not from the parser, its catalog or any
other corpus file. The travelers: a retired couple from Ohio, students from Manchester and
Lagos, a Bangalore family with twins, a Sydney honeymooner, a Singapore engineer who types in
lowercase shorthand, a Toronto dad dictating while driving, a Glasgow pensioner in all caps,
a Delhi mum planning a birthday, a Texan on a work trip, a Nairobi photographer… A few have
"es" or "pt" stored from an earlier trip but write English: the reply follows what they write.

Expectations are outcomes only (what changed in the trip, the answer type, the reply's
language, nothing changed while the service asks first). Every place, day and time below was
checked against core/data/demo_places.json and fixtures.py: trips start Monday 2026-12-07
(Mumbai is under way: day 1 is today, Monday 2026-11-23, 14:30 local time).
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    INPUT,
    SEL,
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
    Filled,
    Kept,
    NoLoss,
    Removed,
    Replaced,
)
from bench.understanding_corpus.places import (
    CHEAP,
    FAMILY,
    OPEN_NOW,
    ROMANTIC,
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

c = Corpus("en", "f7", locale="en")

AFTER_LUNCH = ("13:00", "18:30")
SUNSET = ("15:00", "20:00")
EIGHTISH = ("19:30", "20:30")


def slot_fill(trip: str, text: str, answer: str, *final: Check) -> None:
    """A request missing one thing: the service asks (a question, day options, or cards),
    nothing changes; the traveler answers in bare words whatever the form of the question,
    then goes along with whatever else is asked (a pick from cards, a yes)."""
    c.case(
        "slot_fill",
        trip,
        S(text, Type(INPUT, SEL, CONF), Same()),
        S(answer, Type(SEL, CONF, INPUT, DONE)),
        go(answer=answer),
        go(answer=answer),
        final=final,
    )


def choice(trip: str, text: str, reply: str, index: int, *final: Check) -> None:
    """Cards, then a typed reply that names one by position."""
    c.case(
        "choice",
        trip,
        S(text, Type(SEL), Same()),
        If(SEL, reply, Type(DONE), Chose(index)),
        final=final,
    )


# ---- add ---------------------------------------------------------------------------------
# Wei, 29, Singapore, lowercase shorthand
c.add("hadibo", "can u find us sushi for tues night", day=2, terms="sushi", between=DINNER)
# Margaret, 67, Ohio, retired teacher, full sentences
c.add("kyoto", "Could you please add Nishiki Market to our third day, in the morning?", day=3,
      terms="market", name="Nishiki Market", between=MORNING)  # fmt: skip
c.add("kyoto", "could we fit the Philosopher's Path in on day 1 after lunch", day=1,
      name="Philosopher's Path", between=AFTER_LUNCH)  # fmt: skip
# Tom, 24, Manchester
c.add("edinburgh", "stick Dean Village in on thursday", day=4, name="Dean Village")
# Aisha, 41, Lagos, mum of three
c.add("edinburgh", "we'd like afternoon tea somewhere on friday, with scones if possible",
      day=5, terms=("afternoon tea", "scones"), between=AFTERNOON)  # fmt: skip
# Rohan, 26, Pune, beach bum
c.add("goa", "pls add a beach shack for sunset beers on day 4", day=4,
      terms=("beach shack", "beach"), between=SUNSET)  # fmt: skip
c.add("goa", "put Campal Garden on day 4 at quarter past 3", day=4, name="Campal Garden",
      at="15:15")  # fmt: skip
# Priya, 38, Delhi, on the trip now, corrects herself
c.add("mumbai", "add Kala Ghoda Art District tomorrow evening.. no wait, afternoon", day=2,
      name="Kala Ghoda Art District", between=AFTERNOON)  # fmt: skip
c.add("mumbai", "find us a good kebab place for tonight", day=1, terms="kebab", between=DINNER)
# Hamish, 72, Glasgow, all caps
c.add("jaipur", "ADD BIRLA MANDIR DAY 1 EVENING PLEASE", day=1, name="Birla Mandir",
      between=EVENING)  # fmt: skip
c.add("jaipur", "add Panna Meena ka Kund on day 3 at noon", day=3, name="Panna Meena ka Kund",
      at="12:00")  # fmt: skip
c.add("jaipur", "somewhere for lassi on the last day? heard its a must", day=3, terms="lassi")
# Jake, 33, Austin, in Bogotá for work
c.add("bogota", "add a specialty coffee place on day 3 first thing", day=3,
      terms=("coffee", "cafe"), between=MORNING)  # fmt: skip
# Chloe, 30, Sydney, honeymoon
c.add("cartagena", "add Torre del Reloj on day four", day=4, name="Torre del Reloj")
c.add("porto", "add Praia do Molhe on day 5 for the sunset 🌅", day=5, name="Praia do Molhe",
      between=SUNSET)  # fmt: skip
c.add("hadibo", "Add Hoq Cave to the 9th", day=3, name="Hoq Cave")
# Kenji, 45, Vancouver
c.add("kyoto", "put an izakaya on day three, around 8ish at night", day=3, terms="izakaya",
      between=EIGHTISH)  # fmt: skip

# ---- add_slots: the trip's open Breakfast / Lunch / Dinner slots --------------------------
c.add("hadibo", "sort out breakfast on day 2 for us, a bakery is fine", day=2, terms="bakery",
      slot="Breakfast", kind="add_slots")  # fmt: skip
c.add("kyoto", "lunch on day 1, something vegetarian near the temples", day=1,
      terms=("vegetarian", "vegan"), wish=VEGGIE, slot="Lunch", kind="add_slots")  # fmt: skip
c.add("edinburgh", "proper chippy for lunch on day 3 😋", day=3, terms="fish and chips",
      slot="Lunch", kind="add_slots")  # fmt: skip
c.add("goa", "for lunch on day 2 we want a fish thali", day=2, terms="fish thali", slot="Lunch",
      kind="add_slots")  # fmt: skip
c.add("mumbai", "breakfast tmrw - dosa pls", day=2, terms="dosa", slot="Breakfast",
      kind="add_slots")  # fmt: skip
c.add("cartagena", "can you fill dinner on day 2 with something caribbean", day=2,
      terms="caribbean", slot=("Cena", "Dinner"), kind="add_slots")  # fmt: skip
c.add("porto", "dinner on day 3 - we're craving octopus", day=3, terms="octopus",
      slot="Dinner", kind="add_slots")  # fmt: skip

# ---- wishes --------------------------------------------------------------------------------
c.add("hadibo", "somewhere cheap for dinner on day 2, we're students lol", day=2, wish=CHEAP,
      between=DINNER, kind="wishes")  # fmt: skip
c.add("kyoto", "vegan lunch on day 3 please, my wife doesn't eat meat or fish", day=3,
      wish=VEGGIE, between=LUNCH, kind="wishes")  # fmt: skip
c.add("edinburgh", "a kid friendly thing for thursday morning? the twins are 6", day=4,
      wish=FAMILY, between=MORNING, kind="wishes")  # fmt: skip
c.add("porto", "top rated seafood for dinner on day 5", day=5, terms="seafood", wish=TOP_RATED,
      between=DINNER, kind="wishes")  # fmt: skip
c.add("mumbai", "anything open right now for a quick coffee?", day=1, terms="coffee",
      wish=OPEN_NOW, kind="wishes")  # fmt: skip
c.add("goa", "romantic dinner for our anniversary on day 4 😍", day=4, terms="restaurant",
      wish=ROMANTIC, between=DINNER, kind="wishes")  # fmt: skip
c.add("jaipur", "cheap street food for lunch on day 3", day=3, terms="street food", wish=CHEAP,
      between=LUNCH, kind="wishes")  # fmt: skip

# ---- remove --------------------------------------------------------------------------------
c.edit("remove", "hadibo", "we're not feeling the museum anymore, drop it",
       Removed("Socotra Heritage House", 1))  # fmt: skip
c.edit("remove", "kyoto", "remove Sanjusangen-do", Removed("Sanjusangen-do", 2))
c.edit("remove", "edinburgh", "take greyfriars off, my kids would be scared 😅",
       Removed("Greyfriars Kirkyard", 2))  # fmt: skip
c.edit("remove", "goa", "Can you get rid of Fort Aguada? we've been before",
       Removed("Fort Aguada", 2))  # fmt: skip
c.edit("remove", "mumbai", "cancel elephanta caves tomorrow, ferry isnt running apparently",
       Removed("Elephanta Caves", 2))  # fmt: skip
c.edit("remove", "jaipur", "scratch the dinner at the rooftop place on day 2",
       Removed("Haveli Rooftop Kitchen", 2))  # fmt: skip
c.edit("remove", "porto", "delete São Bento.. actually no, keep that, delete the bridge instead",
       Removed("Ponte Luís I", 2), Kept("São Bento Station", 2))  # fmt: skip
c.edit("remove", "cartagena", "i dont need the beach grill on day 3 anymore",
       Removed("Bocagrande Beach Grill", 3))  # fmt: skip
c.edit("remove", "kyoto", "lose the last thing on day 3, we'll be too tired",
       Removed("Nijo Castle", 3))  # fmt: skip
c.flow("remove", "kyoto", "day 2 is way too packed for my parents, can you lighten it a bit",
       Lighter(2), turns=2, strict=True)  # fmt: skip

# ---- clear ---------------------------------------------------------------------------------
c.edit("clear", "edinburgh", "wipe day 2 completely, we'll wing it", Cleared(2))
c.edit("clear", "goa", "clear everything on the third day", Cleared(3))
c.edit("clear", "porto", "can u empty out thursday for us", Cleared(4))

# ---- move ----------------------------------------------------------------------------------
c.edit("move", "kyoto", "move Nijo Castle to day 1", Moved("Nijo Castle", 1))
c.edit("move", "edinburgh", "can we do arthur's seat on thursday instead, forecast looks better",
       Moved("Arthur's Seat", 4))  # fmt: skip
c.edit("move", "goa", "shift the Fontainhas walk to the last day",
       Moved("Fontainhas Latin Quarter", 4))  # fmt: skip
c.edit("move", "jaipur", "Hawa Mahal to day 3 pls", Moved("Hawa Mahal", 3))
c.edit("move", "mumbai", "push Haji Ali to tomorrow", Moved("Haji Ali Dargah", 2))
c.edit("move", "bogota", "move Monserrate to the first day at 4pm",
       Moved("Monserrate", 1, at="16:00"))  # fmt: skip
c.edit("move", "cartagena", "let's see the Inquisition palace on day 4 instead",
       Moved("Palacio de la Inquisición", 4))  # fmt: skip
c.edit("move", "porto", "Move serralves to the 11th", Moved("Museu de Serralves", 5))
c.edit("move", "hadibo", "move the old market to day 2 at 4", Moved("Hadibo Old Market", 2,
       at="16:00"))  # fmt: skip

# ---- retime --------------------------------------------------------------------------------
c.edit("retime", "kyoto", "push kinkaku-ji an hour later", Retimed("Kinkaku-ji", "10:00"))
c.edit("retime", "edinburgh", "dinner at the Thistle & Stag at half 7 instead",
       Retimed("Thistle", "19:30"))  # fmt: skip
c.edit("retime", "goa", "make breakfast at Bebinca 9am, we're not morning people",
       Retimed("Bebinca", "09:00"))  # fmt: skip
c.edit("retime", "mumbai", "marine drive tmrw at sunset, say 6:30",
       Retimed("Marine Drive", "18:30"))  # fmt: skip
c.edit("retime", "jaipur", "can amber fort be first thing, like 8, before the crowds",
       Retimed("Amber Fort", "08:00"))  # fmt: skip
c.edit("retime", "hadibo", "corniche fish grill at 8:30pm not 7:30",
       Retimed("Corniche Fish Grill", "20:30"))  # fmt: skip
c.edit("retime", "bogota", "the ajiaco lunch 30 min earlier please",
       Retimed("La Casona del Ajiaco", "12:30"))  # fmt: skip
c.edit("retime", "porto", "port wine tasting at 16h instead of 15h",
       Retimed("Cais Port Wine Lodge", "16:00"))  # fmt: skip

# ---- replace -------------------------------------------------------------------------------
c.edit("replace", "kyoto", "swap the kaiseki dinner for something cheaper, it's way over budget",
       Replaced("Kamogawa Kaiseki", 1, wish=Wish(max_price=2)))  # fmt: skip
c.edit("replace", "edinburgh", "replace the Thistle & Stag with a seafood place",
       Replaced("Thistle", 1, ("seafood",)))  # fmt: skip
c.edit("replace", "hadibo", "instead of Al Saqr on day 3 can we do indian food",
       Replaced("Al Saqr Yemeni Kitchen", 3, ("indian",)))  # fmt: skip
c.edit("replace", "goa", "change casa xacuti to a veg thali place",
       Replaced("Casa Xacuti", 1, ("vegetarian",)))  # fmt: skip
c.edit("replace", "mumbai",
       "replace konkan coast kitchen w/ something veg on day 3.. sorry i mean the one today",
       Replaced("Konkan Coast Kitchen", 1, ("vegetarian", "vegan")))  # fmt: skip
c.edit("replace", "jaipur", "Replace Jantar Mantar with the Albert Hall Museum",
       Replaced("Jantar Mantar", 2, ("Albert Hall Museum",)))  # fmt: skip
c.edit("replace", "bogota", "the steak place on day 1, switch it for italian",
       Replaced("Fogón Llanero", 1, ("italian",)))  # fmt: skip
c.edit("replace", "porto", "instead of the francesinha place let's do sushi",
       Replaced("Casa da Francesinha", 4, ("sushi",)))  # fmt: skip

# ---- swap_days -----------------------------------------------------------------------------
c.edit("swap_days", "kyoto", "swap day 1 and day 3", Swapped(1, 3))
c.edit("swap_days", "jaipur", "flip days 2 and 3 around", Swapped(2, 3))
c.edit("swap_days", "edinburgh", "can we switch monday and tuesday?", Swapped(1, 2))

# ---- trip: dates and length ----------------------------------------------------------------
c.edit("trip", "hadibo", "our flight got moved, we now arrive on the 10th", Start("2026-12-10"))
c.edit("trip", "kyoto", "add one more day at the end of the trip", Days(4), NoLoss())
c.edit("trip", "jaipur", "we have to cut the trip short by a day, sorry", Days(2))
c.edit("trip", "edinburgh", "drop day 4, it's empty anyway", Days(4), NoLoss())
c.edit("trip", "cartagena", "good news we're staying 2 more days!", Days(8), NoLoss())
c.edit("trip", "goa", "we land a day early now, on the 6th", Start("2026-12-06"))

# ---- undo ----------------------------------------------------------------------------------
c.case("undo", "kyoto", S("remove Ryoan-ji", Type(DONE, CONF)), yes(),
       S("wait no, undo that", Type(DONE)), final=(Same(),))  # fmt: skip
c.case("undo", "goa", S("move Miramar Beach to day 4", Type(DONE, CONF)), yes(),
       S("hmm undo, put it back how it was", Type(DONE)), final=(Same(),))  # fmt: skip
c.case("undo", "hadibo", S("add Detwah Lagoon on day 2 afternoon", Type(DONE, SEL)), pick(),
       S("nah undo", Type(DONE)), final=(Same(),))  # fmt: skip

# ---- show ----------------------------------------------------------------------------------
c.still(
    "show", "kyoto", "what's the plan for day 2?", Says("Fushimi Inari Taisha", "Kiyomizu-dera")
)
c.still("show", "edinburgh", "whats on thursday")
c.still("show", "mumbai", "what are we doing tomorrow?", Says("Elephanta Caves", "Marine Drive"))
c.still("show", "porto", "show me the whole itinerary", Says("Livraria Lello", "Cais de Gaia"))

# ---- plan ----------------------------------------------------------------------------------
c.flow("plan", "blank", "plan our 2 days please, we love temples, gardens and ramen",
       Plan("kyoto", 2, (("temple",), ("garden",), ("ramen",))))  # fmt: skip
c.flow("plan", "goa", "can you redo the whole trip for us? beaches and seafood mostly",
       Plan("goa", 4, (("beach",), ("seafood",))))  # fmt: skip
c.flow("plan", "edinburgh", "start over and plan our 5 days around castles and whisky",
       Plan("edinburgh", 5, (("castle",), ("whisky",))))  # fmt: skip

# ---- explain -------------------------------------------------------------------------------
c.still("explain", "kyoto", "whats so special about ryoan-ji?", Says("Ryoan-ji"))
c.still("explain", "jaipur", "is Nahargarh Fort worth the trek up?", Says("Nahargarh Fort"))
c.still("explain", "porto", "why is Serralves on day 3?", Says("Serralves"))

# ---- book ----------------------------------------------------------------------------------
c.flow("book", "edinburgh", "book us a table at the Thistle & Stag for 4 at 7pm on monday",
       Booked("Thistle", party=4, at="19:00"), answer="4 people at 7pm")  # fmt: skip
c.flow("book", "jaipur", "reserve haveli rooftop kitchen for 2, 8 pm",
       Booked("Haveli Rooftop Kitchen", party=2, at="20:00"), answer="2 people, 8pm")  # fmt: skip
c.flow("book", "porto", "can you book Marisqueira da Foz for 6 of us at 8:30pm?",
       Booked("Marisqueira da Foz", party=6, at="20:30"), answer="6 people at 20:30")  # fmt: skip
c.flow("book", "mumbai", "get us a table for 3 at Fort Bombay Canteen tomorrow 9pm",
       Booked("Fort Bombay Canteen", party=3, at="21:00"), answer="3 people, 9pm")  # fmt: skip

# ---- expert --------------------------------------------------------------------------------
c.flow("expert", "jaipur", "is there a local guide who could show us around? we're into textiles",
       Lead(), answer="textiles and food, mid budget, english")  # fmt: skip
c.flow("expert", "cartagena", "I'd like to talk to someone local who knows Cartagena well",
       Lead(), answer="food, history and salsa, we speak english")  # fmt: skip

# ---- help ----------------------------------------------------------------------------------
c.chat("help", "hadibo", "what can you actually do?")
c.chat("help", "goa", "how does this work? im new here")

# ---- multi: several requests in one message -----------------------------------------------
c.flow("multi", "kyoto", "move Ryoan-ji to day 3 and add a ramen place for lunch on day 1",
       Moved("Ryoan-ji", 3, alone=False), Added(1, ("ramen",), only=False))  # fmt: skip
c.flow("multi", "edinburgh", "remove Victoria Street, and put Dean Village on day 4",
       Removed("Victoria Street", 2), Added(4, name="Dean Village", only=False))  # fmt: skip
c.flow("multi", "goa", "add Cantina Feni on day 3 at 10pm and move Anjuna Beach to day 4",
       Added(3, name="Cantina Feni", at="22:00", only=False),
       Moved("Anjuna Beach", 4, alone=False))  # fmt: skip
c.flow("multi", "mumbai",
       "drop the museum this afternoon, we're wiped. "
       "and book dinner for 3 at Colaba Tandoor Grill at 8:30",
       Removed("Chhatrapati Shivaji Maharaj Vastu Sangrahalaya", 1),
       Booked("Colaba Tandoor Grill", party=3, at="20:30"))  # fmt: skip
c.flow("multi", "jaipur", "swap days 1 and 2, then add Jal Mahal on day 3",
       Swapped(1, 2), Added(3, name="Jal Mahal", only=False))  # fmt: skip
c.flow("multi", "hadibo", "add lunch at Mandi House on day 1 and dinner at Sushi Zen on day 2",
       Added(1, name="Mandi House", between=LUNCH, only=False),
       Added(2, name="Sushi Zen", between=DINNER, only=False))  # fmt: skip
c.flow("multi", "porto",
       "remove Livraria Lello (queues are insane) and push Torre dos Clérigos to 10",
       Removed("Livraria Lello", 1),
       Retimed("Torre dos Clérigos", "10:00", alone=False))  # fmt: skip
c.flow("multi", "bogota", "move museo botero to day 3 and make monserrate 9am",
       Moved("Museo Botero", 3, alone=False),
       Retimed("Monserrate", "09:00", alone=False))  # fmt: skip
c.flow("multi", "kyoto", "delete Gion District, add Bar Kawayuka on day 2 at 9pm instead",
       Removed("Gion District", 2),
       Added(2, name="Bar Kawayuka", at="21:00", only=False))  # fmt: skip
c.flow("multi", "edinburgh",
       "okay so on tuesday take out the museum and then for dinner that night we want seafood",
       Removed("National Museum of Scotland", 2),
       Filled(2, ("Dinner",), ("seafood",)))  # fmt: skip

# ---- referent: "it", "that place", "the restaurant on day 3" ----------------------------
c.case("referent", "hadibo", S("add Hoq Cave on day 2", Type(DONE, SEL)), pick(),
       S("actually move it to day 3", Type(DONE, CONF)), yes(),
       final=(Moved(None, 3),))  # fmt: skip
c.case("referent", "kyoto", S("add Kissa Matcha-an on day 3 at 4pm", Type(DONE, SEL)), pick(),
       S("what time does it close?", Type(DONE), Same(), SaysLast()))  # fmt: skip
c.case("referent", "edinburgh", S("what's The Wee Dram like?", Type(DONE), Same()),
       S("sounds great, book it for 2 at 9pm", Type(DONE, CONF, INPUT)),
       go(answer="2 people at 9pm"),
       final=(Booked("Wee Dram", party=2, at="21:00"),))  # fmt: skip
c.edit("referent", "goa", "the restaurant on day 3 - push it to 8pm",
       Retimed("Vindaloo & Vinho", "20:00"))  # fmt: skip
c.edit("referent", "porto", "that bridge on day 2, can it go on day 5?", Moved("Ponte Luís I", 5))

# ---- duplicate -----------------------------------------------------------------------------
c.already("kyoto", "add fushimi inari on day 3", "Fushimi Inari Taisha")
c.already("edinburgh", "put Edinburgh Castle on friday", "Edinburgh Castle")
c.already("porto", "add Ribeira on day 5", "Ribeira")

# ---- clash: a time that is already taken ---------------------------------------------------
c.case("clash", "kyoto", S("add Nishiki Market on day 2 at 10am", Type(DONE, CONF, SEL, INPUT)),
       go(), go(), final=(ClashHandled(2, "10:00", ("market",)),))  # fmt: skip
c.case("clash", "edinburgh",
       S("add the Scottish National Gallery on tuesday at 10:00", Type(DONE, CONF, SEL, INPUT)),
       go(), go(), final=(ClashHandled(2, "10:00", ("gallery",)),))  # fmt: skip
c.case("clash", "jaipur", S("add Albert Hall Museum day 1 4pm", Type(DONE, CONF, SEL, INPUT)),
       go(), go(), final=(ClashHandled(1, "16:00", ("museum",)),))  # fmt: skip

# ---- slot_fill: the service asks, the traveler answers in bare words -----------------------
slot_fill("hadibo", "add a seafood restaurant", "day 2", Added(2, ("seafood",)))
slot_fill("edinburgh", "move the castle", "thursday", Moved("Edinburgh Castle", 4))
slot_fill("kyoto", "book a table at Kamogawa Kaiseki", "2 people, 7pm",
          Booked("Kamogawa Kaiseki", party=2))  # fmt: skip
slot_fill("goa", "add something", "a quiet beach on day 4", Added(4, ("beach",)))
slot_fill("cartagena", "add a beach", "the 10th", Added(4, ("beach",)))
slot_fill("mumbai", "replace lunch tomorrow", "something south indian",
          Filled(2, ("Lunch",), ("south indian",)))  # fmt: skip

# ---- social --------------------------------------------------------------------------------
c.case("social", "hadibo", S("thanks so much, this looks amazing!!", Type(DONE), Same(),
       NoDump(), Short()))  # fmt: skip
c.case("social", "kyoto", S("good morning 🙂", Type(DONE), Same(), NoDump(), Short()))
c.case("social", "edinburgh", S("cheers mate", Type(DONE), Same(), NoDump(), Short()))
c.case("social", "goa", S("you're a lifesaver honestly", Type(DONE), Same(), NoDump(), Short()))

# ---- info: questions that are not edits ----------------------------------------------------
c.still("info", "kyoto", "what's the weather going to be like while we're there?", NoDump())
c.still("info", "mumbai", "is it safe to walk around at night?", NoDump())
c.still("info", "porto", "how much will this whole trip cost roughly?", NoDump())
c.still("info", "edinburgh", "can I share this with my husband?", NoDump())
c.still("info", "jaipur", "export this to my google calendar", NoDump())

# ---- choice: typed replies to cards --------------------------------------------------------
choice("hadibo", "add a sushi place on day 2", "the third one", 2, Added(2, ("sushi",)))
choice("hadibo", "find me a beach for day 3 afternoon", "the last one", -1,
       Added(3, ("beach",), between=AFTERNOON))  # fmt: skip
choice("edinburgh", "need a brunch spot for friday", "2", 1, Added(5, ("brunch",)))
choice("goa", "show me cafes for breakfast on day 4", "first one looks good", 0,
       Added(4, ("cafe", "breakfast", "bakery")))  # fmt: skip
c.case("choice", "mumbai", S("add a park for the kids tomorrow", Type(SEL), Same()),
       If(SEL, "hmm none of those, forget it", Type(DONE, INPUT), Same()),
       final=(Same(),))  # fmt: skip

# ---- locale: stored Spanish or Portuguese, writing English: the reply follows the message --
c.add("bogota", "add a salsa club on day 2 at night", day=2, terms="salsa", between=EVENING,
      kind="locale", locale="es")  # fmt: skip
c.edit("locale", "porto", "remove the cathedral on day 4", Removed("Sé do Porto", 4),
       locale="pt")  # fmt: skip
c.still("locale", "cartagena", "what's on day 2?", Says("Palacio de la Inquisición"),
        locale="es")  # fmt: skip
c.case("locale", "hadibo", S("thank you!", Type(DONE), Same(), NoDump(), Short()), locale="pt")

CASES = c.cases
