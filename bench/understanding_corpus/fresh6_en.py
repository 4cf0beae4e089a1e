"""Blind set fresh6 (English): travelers typing on their phones, as they really do.

Who: travelers from the US, UK, Ireland, Australia, Canada, India, the Philippines, South
Africa, Nigeria and Malaysia, on the demo trips (Kyoto, Edinburgh, Goa, Mumbai under way,
Jaipur, Porto, Hadibo, a blank Kyoto). They use slang and texting shorthand (pls, tmrw, u, rn,
w/, abt, smth), typos, no capitals, times like "half 7", "10ish", "quarter past 8", "after
lunch", weekday names, "tonight", "the last day"; they correct themselves mid-message, ask two
things at once, point back with "it" or "that one", and answer cards and questions with bare
words ("2", "the last one", "yep go ahead", "ok lah"). A few have Spanish or Portuguese as
their stored setting but write in English: the reply must be in English.

Written blind on 2026-12-07 (from the corpus helpers, the checks, the fixtures and the demo
data, never from the parser). It measures understanding only: never tune the parser on it.
"""

from __future__ import annotations

from bench.understanding_corpus.checks import CONF, DONE, SEL, Cards, Same, Says, Type, When
from bench.understanding_corpus.item_checks import (
    Added,
    Chose,
    ClashHandled,
    Filled,
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

c = Corpus("en", "f6", locale="en")

NOT_FANCY = Wish(max_price=2)
BEST_ROOFTOP = Wish(min_rating=4.5, keywords=("rooftop",))
SUNSET = ("15:00", "19:30")
BRUNCH = ("08:00", "13:30")

# ---- add: a named place or a kind of place, on a day, sometimes at a time ------------------
c.add("kyoto", "can u add Nishiki Market on day 3 pls", day=3, name="Nishiki Market")
c.add("edinburgh", "Add Dean Village to Thursday morning", day=4, between=MORNING,
      name="Dean Village")  # fmt: skip
c.add("goa", "pls add reis magos fort day 4 around 10ish", day=4, between=("09:30", "10:30"),
      name="Reis Magos Fort")  # fmt: skip
c.add("jaipur", "add albert hall musuem on the last day", day=3, name="Albert Hall Museum")
c.add("hadibo", "Can you put Hoq Cave on day 2? early afternoon if poss", day=2,
      between=("12:00", "16:00"), name="Hoq Cave")  # fmt: skip
c.add("mumbai", "add kala ghoda art district tmrw after lunch", day=2,
      between=("14:00", "17:45"), name="Kala Ghoda Art District")  # fmt: skip
c.add("kyoto", "we wanna see the silver pavilion too, day 1 if it fits", day=1,
      terms="silver pavilion")  # fmt: skip
c.add("edinburgh", "can we add the Scottish National Gallery on day 4 at half 2", day=4,
      at="14:30", name="Scottish National Gallery")  # fmt: skip
c.add("goa", "add a beach shack for sunset on day 3, beers n prawns vibe", day=3,
      terms="beach shack", between=SUNSET)  # fmt: skip
c.add("mumbai", "Kindly add Crawford Market on Wednesday morning", day=3, between=MORNING,
      name="Crawford Market")  # fmt: skip
c.add("jaipur", "add a lassi stop on day 1 in the afternoon, its gonna be hot", day=1,
      terms="lassi", between=AFTERNOON)  # fmt: skip
c.add("porto", "add igreja do carmo friday morning", day=5, between=MORNING,
      name="Igreja do Carmo")  # fmt: skip
c.add("hadibo", "add Detwah Lagoon on day 3 for the sunset, heard its unreal", day=3,
      between=SUNSET, name="Detwah Lagoon")  # fmt: skip
c.add("kyoto", "Add Tenryu-ji day 3, right after the bamboo grove", day=3,
      between=("10:00", "12:30"), name="Tenryu-ji")  # fmt: skip

# ---- add_slots: filling an open meal slot ---------------------------------------------------
c.add("kyoto", "find us a soba place for lunch on day 3", day=3, slot="Lunch", terms="soba",
      kind="add_slots")  # fmt: skip
c.add("edinburgh", "fish n chips for lunch day 1 pls!!", day=1, slot="Lunch",
      terms="fish and chips", kind="add_slots")  # fmt: skip
c.add("goa", "dinner on monday - smth goan, nothing fancy", day=1, slot="Dinner",
      terms="goan", wish=NOT_FANCY, kind="add_slots")  # fmt: skip
c.add("mumbai", "breakfast tmrw, somewhere for dosa", day=2, slot="Breakfast", terms="dosa",
      kind="add_slots")  # fmt: skip
c.add("jaipur", "sort lunch on day 2 w/ momos pls", day=2, slot="Lunch", terms="momos",
      kind="add_slots")  # fmt: skip
c.add("hadibo", "breakfast on day 2? a bakery or cafe is fine", day=2, slot="Breakfast",
      terms=("bakery", "cafe", "breakfast"), kind="add_slots")  # fmt: skip

# ---- wishes: cheap, top rated, open now, veggie, family, romantic, rooftop -----------------
c.add("kyoto", "veggie lunch spot for day 1? my gf doesnt eat meat", day=1, slot="Lunch",
      wish=VEGGIE, kind="wishes")  # fmt: skip
c.add("mumbai", "need a coffee place thats open rn, near the museum ideally", day=1,
      terms=("coffee", "cafe"), wish=OPEN_NOW, kind="wishes")  # fmt: skip
c.add("edinburgh", "cheap eats for dinner on day 3, we're skint after the castle lol", day=3,
      between=DINNER, wish=CHEAP, kind="wishes")  # fmt: skip
c.add("jaipur", "best rated rooftop place for dinner on day 1", day=1, slot="Dinner",
      wish=BEST_ROOFTOP, kind="wishes")  # fmt: skip
c.add("goa", "somewhere romantic for dinner on the last day, its our anniversary 🥂", day=4,
      terms="restaurant", wish=ROMANTIC, between=DINNER, kind="wishes")  # fmt: skip
c.add("hadibo", "family friendly beach for day 3 arvo? we've got 2 little ones", day=3,
      terms="beach", wish=FAMILY, between=AFTERNOON, kind="wishes")  # fmt: skip
c.add("kyoto", "any top rated sushi for dinner tuesday?", day=2, slot="Dinner", terms="sushi",
      wish=TOP_RATED, kind="wishes")  # fmt: skip
c.add("edinburgh", "a vegan brunch place for thursday pls", day=4, terms="brunch",
      wish=VEGGIE, between=BRUNCH, kind="wishes", locale="pt")  # fmt: skip
c.add("mumbai", "any rooftop bar for drinks tonight? wanna catch the sunset", day=1,
      terms="bar", wish=ROOFTOP, between=EVENING, kind="wishes")  # fmt: skip

# ---- remove -------------------------------------------------------------------------------
c.edit("remove", "kyoto", "take ryoan-ji off day 1, we'll be knackered by then",
       Removed("Ryoan-ji", 1))  # fmt: skip
c.edit("remove", "edinburgh", "remove greyfriars kirkyard pls, not into graveyards",
       Removed("Greyfriars Kirkyard", 2))  # fmt: skip
c.edit("remove", "goa", "drop fort aguada", Removed("Fort Aguada", 2), confirm="yep")
c.edit("remove", "mumbai", "scrap the museum today, we're running late",
       Removed("Chhatrapati Shivaji Maharaj Vastu Sangrahalaya", 1), confirm="yes yes")  # fmt: skip
c.edit("remove", "jaipur", "can we skip jantar mantar? seen enough old stuff tbh",
       Removed("Jantar Mantar", 2), confirm="haan ok")  # fmt: skip
c.edit("remove", "hadibo", "remove the market on day 3", Removed("Hadibo Old Market", 3),
       confirm="sure")  # fmt: skip
c.edit("remove", "porto", "get rid of the bridge on day 2, we'll walk over it anyway",
       Removed("Ponte Luís I", 2), confirm="go ahead")  # fmt: skip

# ---- clear a day ------------------------------------------------------------------------------
c.edit("clear", "kyoto", "clear day 3 completely, we're gonna wing it", Cleared(3),
       confirm="yup")  # fmt: skip
c.edit("clear", "edinburgh", "can u empty friday? might do a day trip to st andrews",
       Cleared(5), confirm="aye")  # fmt: skip
c.edit("clear", "jaipur", "wipe everything on day 2 pls, will redo it", Cleared(2),
       confirm="ok lah")  # fmt: skip

# ---- move to another day ------------------------------------------------------------------
c.edit("move", "kyoto", "move nijo castle to day 2 no sorry day 1", Moved("Nijo Castle", 1))
c.edit("move", "edinburgh", "shift calton hill to thursday evening for the sunset",
       Moved("Calton Hill", 4))  # fmt: skip
c.edit("move", "goa", "can anjuna go on day 4 instead", Moved("Anjuna Beach", 4))
c.edit("move", "mumbai", "move marine drive to tonight", Moved("Marine Drive", 1))
c.edit("move", "jaipur", "put hawa mahal on day 3 at 9", Moved("Hawa Mahal", 3, at="09:00"))
c.edit("move", "hadibo", "move delisha beach to the day after, same time",
       Moved("Delisha Beach", 2, at="16:00"))  # fmt: skip
c.edit("move", "porto", "Move Serralves to Friday please", Moved("Museu de Serralves", 5),
       locale="es")  # fmt: skip

# ---- retime -------------------------------------------------------------------------------
c.edit("retime", "kyoto", "kinkakuji at 10 instead of 9 pls", Retimed("Kinkaku-ji", "10:00"))
c.edit("retime", "edinburgh", "push the castle to half 10",
       Retimed("Edinburgh Castle", "10:30"))  # fmt: skip
c.edit("retime", "goa", "vindaloo n vinho at half 8 instead, we eat late",
       Retimed("Vindaloo & Vinho", "20:30"))  # fmt: skip
c.edit("retime", "mumbai", "can we prepone elephanta to 9:30 tmrw",
       Retimed("Elephanta Caves", "09:30"))  # fmt: skip
c.edit("retime", "jaipur", "change dinner at haveli rooftop to quarter past 8",
       Retimed("Haveli Rooftop Kitchen", "20:15"))  # fmt: skip
c.edit("retime", "hadibo", "make the heritage house 11am, we'll sleep in",
       Retimed("Socotra Heritage House", "11:00"))  # fmt: skip

# ---- replace ------------------------------------------------------------------------------
c.edit("replace", "kyoto", "swap menya kurogane for an udon place",
       Replaced("Menya Kurogane", 2, terms=("udon",)))  # fmt: skip
c.edit("replace", "edinburgh", "replace the thistle & stag with somewhere seafood",
       Replaced("The Thistle & Stag", 1, terms=("seafood",)))  # fmt: skip
c.edit("replace", "goa", "instead of casa xacuti can we do smth vegetarian? my mum's coming",
       Replaced("Casa Xacuti", 1, wish=VEGGIE))  # fmt: skip
c.edit("replace", "jaipur", "change kachori corner to a dosa place",
       Replaced("Kachori Corner", 3, terms=("dosa",)))  # fmt: skip
c.edit("replace", "hadibo", "replace corniche fish grill w/ something cheaper",
       Replaced("Corniche Fish Grill", 1, wish=CHEAP))  # fmt: skip

# ---- swap two days ------------------------------------------------------------------------
c.edit("swap_days", "kyoto", "swap day 1 and day 3", Swapped(1, 3))
c.edit("swap_days", "edinburgh", "can we switch tuesday and wednesday around?", Swapped(2, 3))
c.edit("swap_days", "goa", "flip days 2 n 3 pls", Swapped(2, 3), confirm="yes po")

# ---- the trip itself: length and dates ----------------------------------------------------
c.edit("trip", "kyoto", "can we add one more day at the end", Days(4))
c.edit("trip", "goa", "cut the trip to 3 days, day 4 is empty anyway", Days(3),
       confirm="yes")  # fmt: skip
c.edit("trip", "edinburgh", "our flight got moved, can the trip start on the 9th instead?",
       Start("2026-12-09"))  # fmt: skip
c.edit("trip", "jaipur", "push the whole trip back a week", Start("2026-12-14"), locale="pt")

# ---- undo ---------------------------------------------------------------------------------
c.case(
    "undo",
    "kyoto",
    S("take ryoan-ji off", Type(DONE, CONF), When(DONE, Removed("Ryoan-ji", 1))),
    yes("yep", Type(DONE), Removed("Ryoan-ji", 1)),
    S("wait no, undo that", Type(DONE, CONF)),
    yes("yes"),
    final=(Same(),),
)
c.case(
    "undo",
    "edinburgh",
    S("move the castle to day 4", Type(DONE, CONF), When(DONE, Moved("Edinburgh Castle", 4))),
    yes("ok", Type(DONE), Moved("Edinburgh Castle", 4)),
    S("ugh actually put it back how it was", Type(DONE, CONF)),
    yes("yeah"),
    final=(Same(),),
)
c.case(
    "undo",
    "hadibo",
    S("add Dixam Plateau to day 3", Type(SEL, DONE)),
    pick("1"),
    S("undo pls", Type(DONE, CONF)),
    yes("yes"),
    final=(Same(),),
)

# ---- show ---------------------------------------------------------------------------------
c.still("show", "mumbai", "whats the plan for tmrw?", Says("Elephanta Caves", "Marine Drive"))
c.still("show", "kyoto", "what've we got on day 2", Says("Fushimi Inari", "Kiyomizu-dera"))
c.still("show", "edinburgh", "what's on wednesday?", Says("Arthur's Seat", "Wee Dram"))
c.still("show", "goa", "show me the whole itinerary pls",
        Says("Basilica of Bom Jesus", "Fontainhas Latin Quarter", "Anjuna Beach"))  # fmt: skip
c.still("show", "jaipur", "what r we doing the last day", Says("Nahargarh Fort"))

# ---- plan ---------------------------------------------------------------------------------
c.flow("plan", "blank", "plan 2 days in kyoto for us, temples + good food",
       Plan("kyoto", 2, includes=(("temple",),)),
       answer="temples and food, mid budget")  # fmt: skip
c.flow("plan", "edinburgh", "thursday's empty, can u fill it with smth chill",
       Plan("edinburgh", 5), answer="chill, parks and a nice cafe")  # fmt: skip
c.flow("plan", "goa", "day 4 is blank - plan it for us pls, beachy stuff",
       Plan("goa", 4), answer="beaches")  # fmt: skip

# ---- explain ------------------------------------------------------------------------------
c.still("explain", "kyoto", "why is kiyomizu-dera so late in the day?", Says("Kiyomizu-dera"))
c.still("explain", "hadibo", "tell me abt Socotra Heritage House",
        Says("Socotra Heritage House"))  # fmt: skip
c.still("explain", "mumbai", "whats elephanta caves like, worth the ferry?",
        Says("Elephanta Caves"))  # fmt: skip
# Offering to lighten the day (asked first, nothing changed) answers the question too.
c.still("explain", "edinburgh", "is day 2 too packed do u reckon?", types=(DONE, CONF))

# ---- book ---------------------------------------------------------------------------------
c.flow("book", "kyoto", "can u book kamogawa kaiseki for 2 ppl on day 1",
       Booked("Kamogawa Kaiseki", party=2), answer="2 of us, 7pm")  # fmt: skip
c.flow("book", "jaipur", "reserve a table at haveli rooftop kitchen for 4 at 8pm",
       Booked("Haveli Rooftop Kitchen", party=4), answer="4 people, 8pm")  # fmt: skip
c.flow("book", "edinburgh", "book us into the thistle and stag, there's 3 of us",
       Booked("Thistle", party=3), answer="3, 7pm")  # fmt: skip

# ---- expert -------------------------------------------------------------------------------
c.flow("expert", "edinburgh", "is there a local who could take us on a whisky tour?", Lead(),
       answer="whisky and pubs, 2 adults, mid budget")  # fmt: skip
c.flow("expert", "goa", "can i talk to a real person who knows goa? want help w/ the beaches",
       Lead(), answer="beaches and water sports, 4 of us")  # fmt: skip

# ---- help ---------------------------------------------------------------------------------
c.chat("help", "kyoto", "what can u actually do?")
c.chat("help", "hadibo", "how does this work")
c.chat("help", "goa", "hi! new here, how do i add stuff to my trip?", locale="es")

# ---- multi: two requests in one message ---------------------------------------------------
c.flow("multi", "kyoto", "move nijo castle to day 1 and remove ryoan-ji",
       Moved("Nijo Castle", 1, alone=False), Removed("Ryoan-ji", 1))  # fmt: skip
c.flow("multi", "edinburgh", "add Dean Village on day 4 and drop Victoria Street",
       Added(4, name="Dean Village", only=False), Removed("Victoria Street", 2))  # fmt: skip
c.flow("multi", "goa", "remove miramar beach, and fort aguada at 2pm pls",
       Removed("Miramar Beach", 1), Retimed("Fort Aguada", "14:00", alone=False))  # fmt: skip
c.flow("multi", "mumbai", "tmrw: elephanta at 11 and add colaba causeway market after lunch",
       Retimed("Elephanta Caves", "11:00", alone=False),
       Added(2, name="Colaba Causeway Market", between=("14:00", "17:45"),
             only=False))  # fmt: skip
c.flow("multi", "jaipur", "swap days 1 and 2, then add birla mandir on day 3 in the evening",
       Swapped(1, 2), Added(3, name="Birla Mandir", between=EVENING))  # fmt: skip

# ---- referent: "it", "that", a place just talked about ------------------------------------
c.case(
    "referent",
    "kyoto",
    S("add kyoto national museum on day 3", Type(SEL, DONE)),
    pick("1"),
    S("actually move it to day 1"),
    go("yes"),
    final=(Moved(None, 1),),
)
c.case(
    "referent",
    "edinburgh",
    S("Add Portobello Beach to Thursday", Type(SEL, DONE)),
    pick("1"),
    S("make that 2pm"),
    go("yep"),
    final=(Retimed(None, "14:00"),),
)
c.case(
    "referent",
    "goa",
    S("add dona paula viewpoint to day 3", Type(SEL, DONE)),
    pick("1"),
    S("hmm nah take it off again", When(DONE, Removed(None))),
    go("yes"),
    final=(Same(),),
)
c.case(
    "referent",
    "mumbai",
    S("tell me about haji ali dargah", Type(DONE), Same()),
    S("ok move it to tmrw"),
    go("yes"),
    final=(Moved("Haji Ali Dargah", 2),),
)

# ---- duplicate: asking for what is already there ------------------------------------------
c.already("kyoto", "add fushimi inari on day 2", "Fushimi Inari")
c.already("edinburgh", "can u add edinburgh castle on day 1", "Edinburgh Castle")
c.already("jaipur", "add amber fort to day 3", "Amber Fort")

# ---- clash: a time that is taken ----------------------------------------------------------
c.flow("clash", "kyoto", "add nishiki street bites on day 2 at 1pm",
       ClashHandled(2, "13:00", terms=("Nishiki Street Bites",)), turns=2,
       answer="whenever is free then")  # fmt: skip
c.flow("clash", "edinburgh", "put dunbar's close garden on day 1 at 2:30",
       ClashHandled(1, "14:30", terms=("Dunbar",)), turns=2, answer="just after then")  # fmt: skip
c.flow("clash", "hadibo", "add the fish market day 3 at 9am",
       ClashHandled(3, "09:00", terms=("fish market",)), turns=2,
       answer="earlier then")  # fmt: skip

# ---- slot_fill: a meal to sort, maybe after a question --------------------------------------
c.flow("slot_fill", "kyoto", "we still need dinner sorted for tuesday",
       Filled(2, ("Dinner",)), answer="japanese, not too pricey")  # fmt: skip
c.flow("slot_fill", "mumbai", "lunch tmrw?", Filled(2, ("Lunch",)),
       answer="something local, seafood maybe")  # fmt: skip
c.flow("slot_fill", "edinburgh", "fill in breakfast on day 2 for us",
       Filled(2, ("Breakfast",)), answer="pastries n coffee")  # fmt: skip
c.flow("slot_fill", "goa", "help me pick lunch on day 3, we'll be around fontainhas",
       Filled(3, ("Lunch",)), answer="anything goan")  # fmt: skip

# ---- social -------------------------------------------------------------------------------
c.chat("social", "kyoto", "thanks!! this is brilliant")
c.chat("social", "edinburgh", "cheers mate 🍻")
c.chat("social", "mumbai", "howzit! hope ur well")

# ---- info: facts about a place --------------------------------------------------------------
c.still("info", "kyoto", "what time does nijo castle open?", Says("Nijo Castle"))
c.still("info", "edinburgh", "where's the wee dram? like the address", Says("Wee Dram"))
c.still("info", "mumbai", "how late is bhel & bun street corner open",
        Says("Bhel & Bun Street Corner"), locale="es")  # fmt: skip
c.still("info", "jaipur", "whats the rating on laal maas dhaba", Says("Laal Maas Dhaba"))

# ---- choice: typed answers to place cards ---------------------------------------------------
c.case(
    "choice",
    "kyoto",
    S("add a noodle place to day 3", Type(SEL), Cards(("noodles", "ramen", "udon", "soba"))),
    S("2", Type(DONE), Chose(1)),
)
c.case(
    "choice",
    "mumbai",
    S("add some street food tonight", Type(SEL), Cards(("street food",))),
    S("the last one", Type(DONE), Chose(-1)),
)
c.case(
    "choice",
    "goa",
    S("add a seafood place for lunch day 2", Type(SEL), Cards(("seafood",))),
    S("second one pls", Type(DONE), Chose(1)),
)
c.case(
    "choice",
    "edinburgh",
    S("add a brunch place on friday", Type(SEL), Cards(("brunch",))),
    S("the first one looks good", Type(DONE), Chose(0)),
)
c.case(
    "choice",
    "hadibo",
    S("add a sushi spot for dinner on day 2", Type(SEL), Cards(("sushi",))),
    S("number 3", Type(DONE), Chose(2)),
)

# ---- locale: stored setting Spanish or Portuguese, typing English -------------------------
c.add("kyoto", "add gion tempura kaneda for dinner on day 2", day=2, slot="Dinner",
      terms="tempura", kind="locale", locale="es")  # fmt: skip
c.still("locale", "edinburgh", "what's on day 1?", Says("Edinburgh Castle"), locale="pt")
c.edit("locale", "goa", "remove the bakery on day 2", Removed("Bebinca Bakery", 2),
       locale="es")  # fmt: skip

CASES = c.cases
