"""fresh9, English: a blind held-out set of traveler conversations. A measure: never tune on it.

Written blind on 2026-12-07 from the demo data (core/data/demo_places.json), the trip fixtures
(fixtures.py) and the protocol (DESIGN.md) only: not from the parser, its catalog, its tests or
any other corpus file. The travelers who write here: a Bengaluru software engineer in Hinglish
shorthand ("na", "yaar", "tmrw"), a Chennai auntie who writes "kindly" and "do the needful", a
Cork lad and a Dublin granny ("grand", "half 10", "deadly", "ya"), a Joburg couple ("lekker",
"ag", "now now", "bru"), a Lagos family in pidgin-tinged English ("abeg", "o", "sharp sharp",
"we dey"), a Manila nurse ("po", "naman", "hehe"), a Houston retiree ("fixin to", "howdy"), and
second-language writers: a Munich engineer ("the day 2", "please to move"), a Shanghai student
("I want go"), a São Paulo mom writing English with "kkkk" and "pls". Some dictate run-ons into
a phone, some correct themselves mid-message, some glue a reason or a joke onto a request. A few
have "es" or "pt" stored from an earlier trip but write English here: the reply must follow what
they write.

Only outcomes are checked: what changed in the trip, the answer type, nothing changed while the
service asks first, and the reply's language. Every place named below is in the demo data of the
trip's city, every kind asked for has at least one place there, and every day and time was
worked out from fixtures.py: trips start Monday 2026-12-07 (Monday day 1 … Saturday day 6);
Mumbai is under way (day 1 is today, Monday 2026-11-23, 14:30 local; "tomorrow" is day 2,
"tonight" is day 1).
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
    Case,
    Corpus,
    S,
    go,
    pick,
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

c = Corpus("en", "f9", locale="en")

FOOD = ("restaurant", "cafe", "bakery")
LUNCH_SPOT = (*FOOD, "street food", "food market")
CAFE = ("cafe", "coffee", "bakery", "tea")
VEG = ("vegetarian", "vegan", "shojin ryori")
VEG_OPEN_NOW = Wish(open_now=True, keywords=("vegetarian", "vegan"))

# ---- add: a named place or a kind, on a day, sometimes at a time ---------------------------

c.add("kyoto", "hey can u add ramen on day 3 for lunch,, my son is obsessed with naruto lol",
      day=3, terms="ramen", between=LUNCH)  # fmt: skip
c.add("edinburgh", "grand so, stick a fish and chips place in on thursday would ya",
      day=4, terms=("fish and chips",))  # fmt: skip
c.add(
    "goa",
    "Abeg add one seafood place for day 3 — no sorry day 4, we dey hungry o",
    day=4,
    terms="seafood",
)
c.add("jaipur", "fixin to see me some forts. put Jaigarh Fort on day 3 in the afternoon",
      day=3, terms=("Jaigarh Fort",), between=AFTERNOON)  # fmt: skip
c.add("porto", "Please add the Igreja do Carmo on the day 5 in the morning.",
      day=5, terms=("Igreja do Carmo",), between=MORNING)  # fmt: skip
c.add("mumbai", "add kala ghoda art district tmrw evening na, after marine drive",
      day=2, terms=("Kala Ghoda Art District",), between=EVENING)  # fmt: skip
c.add("kyoto", "I want go to Nishiki Market in day 3 morning time, please add",
      day=3, terms=("Nishiki Market",), between=MORNING)  # fmt: skip
c.add("edinburgh", "hi po can you add Dean Village on tuesday naman? thank u 😊",
      day=2, terms=("Dean Village",))  # fmt: skip
c.add("goa", "ag man chuck that bird sanctuary in on day 2 hey, the wife is mad about birds",
      day=2, terms=("bird", "birdwatching"))  # fmt: skip
c.add("porto", "pls add a pizza place day 5 at night kkkk my kids only eat pizza",
      day=5, terms="pizza", between=EVENING)  # fmt: skip
c.add("jaipur", "add panna meena ka kund on monday, its right by amber fort apparently. cheers",
      day=1, terms=("Panna Meena ka Kund", "stepwell"))  # fmt: skip
c.add("mumbai", "ok so day 3 afternoon add crawford market sharp sharp i need to buy spices "
      "for my mum she has asked me like ten times",
      day=3, terms=("Crawford Market",), between=AFTERNOON)  # fmt: skip
c.add("kyoto", "howdy! put philosophers path on the first day at 4 in the afternoon",
      day=1, terms=("Philosopher's Path",), at="16:00")  # fmt: skip
c.add("blank", "Add the Kyoto National Museum on day 1 at 10 o'clock please",
      day=1, terms=("Kyoto National Museum",), at="10:00")  # fmt: skip

# ---- wishes: price, rating, diet, family, mood ------------------------------------------

c.add("kyoto", "somewhere cheap to eat on wednesday evening, we're broke students like",
      day=3, terms=FOOD, wish=CHEAP, between=DINNER, kind="wishes")  # fmt: skip
c.add("edinburgh", "any vegan spot for lunch on friday? ag the wife went plant based",
      day=5, terms=VEG, wish=VEGGIE, between=LUNCH, kind="wishes")  # fmt: skip
c.add("goa", "best rated church for day 4 pls, only the top ones 4.5 and up",
      day=4, terms="church", wish=TOP_RATED, kind="wishes")  # fmt: skip
c.add("mumbai", "need a romantic dinner place tonight for me n the missus, anniversary!! 💍",
      day=1, terms="restaurant", wish=ROMANTIC, kind="wishes")  # fmt: skip
c.add("jaipur", "rooftop for drinks on wednesday evening, somewhere with views of the city",
      day=3, terms=("bar", "cocktails", "restaurant", "cafe"), wish=ROOFTOP, between=EVENING,
      kind="wishes")  # fmt: skip
c.add("porto", "a family friendly park for day 5, somewhere the kids can run around kkk",
      day=5, terms="park", wish=FAMILY, kind="wishes")  # fmt: skip
c.add("kyoto", "veggie lunch on day 1 — my gf doesnt eat meat or fish",
      day=1, terms=VEG, wish=VEGGIE, between=LUNCH, kind="wishes")  # fmt: skip
c.add("mumbai", "Kindly suggest one pure veg place which is open now, we are very hungry",
      day=1, terms=("vegetarian", "vegan"), wish=VEG_OPEN_NOW, kind="wishes")  # fmt: skip
c.add("edinburgh", "cheap eats for wednesday lunch pls, the budget is wrecked after the castle",
      day=3, terms=FOOD, wish=CHEAP, between=LUNCH, kind="wishes")  # fmt: skip
c.add("goa", "anything kid friendly for day 4 morning? we have two small ones",
      day=4, wish=FAMILY, between=MORNING, kind="wishes")  # fmt: skip

# ---- add_slots: the open meal slots ---------------------------------------------------------

c.add("kyoto", "pick something for the lunch gap on day 3 pls, near arashiyama if poss",
      day=3, terms=LUNCH_SPOT, slot="Lunch", kind="add_slots")  # fmt: skip
c.add("kyoto", "dinner on tuesday is still empty. sort it — somewhere with sake",
      day=2, terms="sake", slot="Dinner", kind="add_slots")  # fmt: skip
c.add("edinburgh", "need a brekkie spot for tuesday morning, proper fry up or whatever",
      day=2, terms=("breakfast", "brunch", "cafe", "bakery"), slot="Breakfast",
      kind="add_slots")  # fmt: skip
c.add("edinburgh", "what about dinner tuesday? fancy a curry",
      day=2, terms=("curry", "indian"), slot="Dinner", kind="add_slots")  # fmt: skip
c.add("goa", "dinner on monday — goan food pls, we want the real thing",
      day=1, terms="goan", slot="Dinner", kind="add_slots")  # fmt: skip
c.add("mumbai", "tmrw breakfast, dosa idli types pls", day=2,
      terms=("dosa", "idli", "south indian"), slot="Breakfast", kind="add_slots")  # fmt: skip
c.add("jaipur", "sort out dinner for day 1 yaar, something rajasthani",
      day=1, terms="rajasthani", slot="Dinner", kind="add_slots")  # fmt: skip
c.add("porto", "dinner on monday, bacalhau plz!! my dad's whole reason for coming",
      day=1, terms=("bacalhau", "codfish"), slot="Dinner", kind="add_slots")  # fmt: skip
c.add("porto", "find us lunch for day 3 near serralves, nothing fancy",
      day=3, terms=LUNCH_SPOT, slot="Lunch", kind="add_slots")  # fmt: skip

# ---- remove -------------------------------------------------------------------------------

c.edit("remove", "kyoto", "take ryoanji off pls, we've seen enough rocks 😅",
       Removed("Ryoan-ji", 1))  # fmt: skip
c.edit("remove", "edinburgh", "remove greyfriars kirkyard ya, me mam finds graveyards creepy",
       Removed("Greyfriars Kirkyard", 2))  # fmt: skip
c.edit("remove", "goa", "scrap fort aguada on tuesday — way too hot for forts",
       Removed("Fort Aguada", 2))  # fmt: skip
c.edit("remove", "mumbai", "cancel elephanta caves tmrw, the ferry is too much with the baby",
       Removed("Elephanta Caves", 2))  # fmt: skip
c.edit("remove", "jaipur", "just drop jantar mantar already, useless bot, told u kids hate it",
       Removed("Jantar Mantar", 2))  # fmt: skip
c.edit("remove", "porto", "remove the livraria, the queue is insane kkkk",
       Removed("Livraria Lello", 1))  # fmt: skip
c.edit("remove", "edinburgh", "Please help me remove that whisky bar on wednesday, I don't drink",
       Removed("The Wee Dram", 3))  # fmt: skip

# ---- move ---------------------------------------------------------------------------------

c.edit("move", "kyoto", "move nijo castle to monday — no wait, tuesday",
       Moved("Nijo Castle", 2))  # fmt: skip
c.edit("move", "edinburgh", "can we shift arthurs seat to thursday, forecast says lashing rain wed",
       Moved("Arthur's Seat", 4))  # fmt: skip
c.edit("move", "goa", "move anjuna beach to day 4 pls", Moved("Anjuna Beach", 4))
c.edit("move", "porto", "put the port wine lodge on friday instead of saturday hehe",
       Moved("Cais Port Wine Lodge", 5))  # fmt: skip
c.edit("move", "jaipur", "shift nahargarh fort to day 2, we'll go after city palace",
       Moved("Nahargarh Fort", 2))  # fmt: skip
c.edit("move", "mumbai", "marine drive tmrw -> day 3 pls, want to see it on our last night",
       Moved("Marine Drive", 3))  # fmt: skip
c.edit("move", "edinburgh", "Please to move the Royal Botanic Garden from Friday to Thursday.",
       Moved("Royal Botanic Garden", 4))  # fmt: skip

# ---- retime -------------------------------------------------------------------------------

c.edit("retime", "kyoto", "kinkakuji at 10 not 9, we wont be up that early lol",
       Retimed("Kinkaku-ji", "10:00"))  # fmt: skip
c.edit("retime", "edinburgh", "make the castle half 10 instead",
       Retimed("Edinburgh Castle", "10:30"))  # fmt: skip
c.edit("retime", "goa", "vindaloo & vinho at 8:30pm pls not 7:30",
       Retimed("Vindaloo & Vinho", "20:30"))  # fmt: skip
c.edit("retime", "mumbai", "push annapoorna to 1:30 pm, we'll be late from haji ali",
       Retimed("Annapoorna Thali House", "13:30"))  # fmt: skip
c.edit("retime", "jaipur", "change haveli rooftop kitchen to 8pm",
       Retimed("Haveli Rooftop Kitchen", "20:00"))  # fmt: skip
c.edit("retime", "porto", "marisqueira da foz at 21h please",
       Retimed("Marisqueira da Foz", "21:00"))  # fmt: skip
c.edit("retime", "kyoto", "can gion be at 5 instead of 6? 5pm i mean",
       Retimed("Gion District", "17:00"))  # fmt: skip

# ---- replace ------------------------------------------------------------------------------

c.edit("replace", "kyoto", "swap menya kurogane for something vegan, gf wont do pork broth",
       Replaced("Menya Kurogane", 2, VEG, VEGGIE))  # fmt: skip
c.edit("replace", "edinburgh", "replace the thistle & stag with seafood, had haggis already",
       Replaced("The Thistle & Stag", 1, ("seafood",)))  # fmt: skip
c.edit("replace", "goa", "instead of casa xacuti give me a veg place, mother in law is here",
       Replaced("Casa Xacuti", 1, ("vegetarian",), VEGGIE))  # fmt: skip
c.edit("replace", "jaipur", "change marwar thali haveli to a cheap street food place",
       Replaced("Marwar Thali Haveli", 1, ("street food",), CHEAP))  # fmt: skip
c.edit("replace", "porto", "trade casa da francesinha for sushi, too much cheese this week",
       Replaced("Casa da Francesinha", 4, ("sushi",)))  # fmt: skip
c.edit("replace", "mumbai", "replace annapoorna with a kebab place, we need meat yaar",
       Replaced("Annapoorna Thali House", 3, ("kebab", "kebabs")))  # fmt: skip

# ---- swap_days ----------------------------------------------------------------------------

c.edit("swap_days", "kyoto", "can we flip monday and wednesday", Swapped(1, 3))
c.edit("swap_days", "edinburgh", "switch tuesday with thursday plz", Swapped(2, 4))
c.edit("swap_days", "goa", "swap days 2 & 3, abeg", Swapped(2, 3))
c.edit("swap_days", "porto", "Please exchange day 4 and day 5 whole plan", Swapped(4, 5))

# ---- trip: length and dates -------------------------------------------------------------

c.edit("trip", "kyoto", "we're staying one more night!! add a 4th day", Days(4))
c.edit("trip", "edinburgh", "cut the trip to 4 days, ryanair changed our flight ugh", Days(4))
c.edit("trip", "goa", "push the whole trip a week later, visa delay",
       Start("2026-12-14"))  # fmt: skip
c.edit("trip", "jaipur", "can the trip start on wed 9 dec instead", Start("2026-12-09"))
c.edit("trip", "porto", "make it 7 days pls, we extended", Days(7))
c.edit("trip", "blank", "change the dates, we arrive the 10th of december now",
       Start("2026-12-10"))  # fmt: skip

# ---- undo ---------------------------------------------------------------------------------

c.case("undo", "kyoto",
       S("remove kiyomizu dera", Type(DONE, CONF)), go(),
       S("oops undo that, wrong temple", Type(DONE)),
       final=(Same(),))  # fmt: skip
c.case("undo", "edinburgh",
       S("add portobello beach on thursday", Type(DONE, SEL)), pick(),
       S("nah undo, it's December what was I thinking", Type(DONE)),
       final=(Same(),))  # fmt: skip
c.case("undo", "goa",
       S("move miramar beach to day 4", Type(DONE, CONF)), go(),
       S("undo pls, changed my mind o", Type(DONE)),
       final=(Same(),))  # fmt: skip
c.case("undo", "porto",
       S("ribeira at 17:00", Type(DONE, CONF)), go(),
       S("revert that last change please", Type(DONE)),
       final=(Same(),))  # fmt: skip

# ---- show ---------------------------------------------------------------------------------

c.still("show", "kyoto", "whats on tuesday?", Says("Fushimi Inari Taisha", "Kiyomizu-dera"))
c.still("show", "edinburgh", "show me the plan for wed", Says("Arthur's Seat", "The Wee Dram"))
c.still("show", "mumbai", "what do we have tmrw", Says("Elephanta Caves", "Marine Drive"))
c.still("show", "porto", "send me the whole itinerary pls",
        Says("Livraria Lello", "Cais de Gaia"))  # fmt: skip

# ---- explain ------------------------------------------------------------------------------

c.still("explain", "kyoto", "why is ryoan-ji on here? whats so special about it",
        Says("Ryoan-ji"))  # fmt: skip
c.still("explain", "edinburgh", "tell me about calton hill, worth the climb for a 78 year old?",
        Says("Calton Hill"))  # fmt: skip
c.still("explain", "jaipur", "what is jantar mantar exactly? sounds like a spell",
        Says("Jantar Mantar"))  # fmt: skip
c.still("explain", "goa", "why the basilica of bom jesus, is it famous or what",
        Says("Basilica of Bom Jesus"))  # fmt: skip

# ---- info ---------------------------------------------------------------------------------

c.still("info", "kyoto", "what time does nijo castle open?", Says("Nijo Castle"))
c.still("info", "mumbai", "is the museum open right now? the CSMVS one",
        Says("Chhatrapati Shivaji Maharaj Vastu Sangrahalaya"))  # fmt: skip
c.still("info", "edinburgh", "how much is edinburgh castle, pricey?", Says("Edinburgh Castle"))
c.still("info", "porto", "is torre dos clerigos open on monday", Says("Torre dos Clérigos"))
c.still("info", "goa", "whats the rating of casa xacuti", Says("Casa Xacuti"))

# ---- book ---------------------------------------------------------------------------------

c.flow("book", "kyoto", "book kamogawa kaiseki for 2 ppl at 7pm on monday",
       Booked("Kamogawa Kaiseki", party=2, at="19:00"), answer="2 people at 7pm")  # fmt: skip
c.flow("book", "edinburgh", "can u reserve the thistle & stag for 4 of us",
       Booked("The Thistle & Stag", party=4), answer="4 people at 7pm")  # fmt: skip
c.flow("book", "goa", "table for 6 at vindaloo & vinho pls, big family dinner",
       Booked("Vindaloo & Vinho", party=6), answer="6 people at 7:30pm")  # fmt: skip
c.flow("book", "porto", "reserve marisqueira da foz tuesday 8pm for 3",
       Booked("Marisqueira da Foz", party=3, at="20:00"), answer="3 people at 8pm")  # fmt: skip
c.flow("book", "jaipur", "book haveli rooftop kitchen, 2 pax",
       Booked("Haveli Rooftop Kitchen", party=2), answer="2 people at 7:30pm")  # fmt: skip

# ---- referent: "it", "there", the place just added --------------------------------------

c.case("referent", "kyoto",
       S("add kissa matcha-an on day 3", Type(DONE, SEL)), pick(),
       S("nice, what time does it close?", Type(DONE), Same(), SaysLast()))  # fmt: skip
c.case("referent", "edinburgh",
       S("add the scottish national gallery on thursday", Type(DONE, SEL)), pick(),
       S("hmm actually put it on friday instead", Type(DONE, CONF)), go(),
       final=(Moved(None, 5),))  # fmt: skip
c.case("referent", "goa",
       S("add cantina feni on day 3 night", Type(DONE, SEL)), pick(),
       S("wait no remove it, hubby says no bars this trip", Type(DONE, CONF)), go(),
       final=(Same(),))  # fmt: skip
c.case("referent", "mumbai",
       S("add jehangir art gallery tomorrow", Type(DONE, SEL)), pick(),
       S("is it free?", Type(DONE), Same(), SaysLast()))  # fmt: skip
c.case("referent", "porto",
       S("add horta vegana on day 5 for lunch", Type(DONE, SEL)), pick(),
       S("book it for 2 at 1pm", Type(DONE, CONF, SEL, INPUT)),
       go(answer="2 people at 1pm"), go(answer="2 people at 1pm"),
       final=(Booked(None, party=2),))  # fmt: skip

# ---- multi: two requests in one message ------------------------------------------------

c.flow("multi", "kyoto", "remove ryoan-ji and move nijo castle to day 1",
       Removed("Ryoan-ji", 1), Moved("Nijo Castle", 1, alone=False))  # fmt: skip
c.flow("multi", "edinburgh", "add dean village on thursday and make the castle 10am",
       Added(4, ("Dean Village",), only=False),
       Retimed("Edinburgh Castle", "10:00", alone=False))  # fmt: skip
c.flow("multi", "goa", "move anjuna beach to day 4 and add cantina feni that night too",
       Moved("Anjuna Beach", 4, alone=False), Added(4, ("Cantina Feni",), only=False))  # fmt: skip
c.flow("multi", "mumbai", "remove haji ali and add mahalaxmi temple on day 3 instead",
       Removed("Haji Ali Dargah", 3), Added(3, ("Mahalaxmi Temple",), only=False))  # fmt: skip
c.flow("multi", "jaipur", "amber fort at 8am and hawa mahal at 3pm pls",
       Retimed("Amber Fort", "08:00", alone=False),
       Retimed("Hawa Mahal", "15:00", alone=False))  # fmt: skip
c.flow("multi", "porto",
       "remove sao bento station, and put igreja do carmo on day 5 afternoon",
       Removed("São Bento Station", 2),
       Added(5, ("Igreja do Carmo",), between=AFTERNOON, only=False))  # fmt: skip

# ---- choice: cards, then a pick by ordinal ----------------------------------------------

c.case("choice", "kyoto",
       S("add a temple on day 3", Type(SEL), Same(), Cards(("temple",))),
       S("2nd pls", Type(DONE), Chose(1)),
       final=(Added(3, ("temple",)),))  # fmt: skip
c.case("choice", "edinburgh",
       S("find a cafe for thursday", Type(SEL), Same(), Cards(CAFE)),
       S("the last one", Type(DONE), Chose(-1)),
       final=(Added(4, CAFE),))  # fmt: skip
c.case("choice", "goa",
       S("need seafood on day 4, show me options", Type(SEL), Same(), Cards(("seafood",))),
       S("number 3", Type(DONE), Chose(2)),
       final=(Added(4, ("seafood",)),))  # fmt: skip
c.case("choice", "jaipur",
       S("a temple for day 3 pls", Type(SEL), Same(), Cards(("temple",))),
       S("first one", Type(DONE), Chose(0)),
       final=(Added(3, ("temple",)),))  # fmt: skip
c.case("choice", "porto",
       S("add a church on saturday", Type(SEL), Same(), Cards(("church",))),
       S("the second one", Type(DONE), Chose(1)),
       final=(Added(6, ("church",)),))  # fmt: skip
c.case("choice", "mumbai",
       S("add a museum tomorrow", Type(SEL), Same(), Cards(("museum",))),
       S("#2", Type(DONE), Chose(1)),
       final=(Added(2, ("museum",)),))  # fmt: skip

# ---- plan ---------------------------------------------------------------------------------

c.flow("plan", "blank", "plan the 2 days for me, temples + good food", Plan("kyoto", 2))
c.flow("plan", "blank", "can you fill both days with stuff? first time in Japan, no clue",
       Plan("kyoto", 2))  # fmt: skip
c.flow("plan", "edinburgh", "plan thursday for us, it's empty", Plan("edinburgh", 5))
c.flow("plan", "goa", "plan day 4 pls, beachy vibes", Plan("goa", 4))
c.flow("plan", "porto", "friday is empty, make a plan for it kkk", Plan("porto", 6))

# ---- slot_fill: naming the open slot ----------------------------------------------------

c.add("kyoto", "the Lunch thing on day 1 is empty, put a udon place there",
      day=1, terms="udon", slot="Lunch", kind="slot_fill")  # fmt: skip
c.add("edinburgh", "fill friday lunch w pizza",
      day=5, terms="pizza", slot="Lunch", kind="slot_fill")  # fmt: skip
c.add("goa", "tuesday lunch slot — fish thali pls",
      day=2, terms=("fish thali",), slot="Lunch", kind="slot_fill")  # fmt: skip
c.add("mumbai", "tonight's dinner slot, fill it with something tandoori",
      day=1, terms=("tandoori", "kebab"), slot="Dinner", kind="slot_fill")  # fmt: skip
c.add("porto", "saturday dinner is blank. octopus!! 🐙",
      day=6, terms="octopus", slot="Dinner", kind="slot_fill")  # fmt: skip

# ---- social -------------------------------------------------------------------------------

c.still("social", "kyoto", "thanks a million, you're deadly", NoDump(), Short())
c.still("social", "edinburgh", "lekker, shot bru 🙏", NoDump(), Short())
c.still("social", "goa", "good morning o! how you dey", NoDump(), Short())
c.still("social", "porto", "hehe salamat po, you're the best 😊", NoDump(), Short())
c.still("social", "mumbai", "ok cool bye", NoDump(), Short())

# ---- help ---------------------------------------------------------------------------------

c.chat("help", "kyoto", "what can u do")
c.chat("help", "edinburgh", "how does this work, I'm not techy at all")
c.chat("help", "goa", "umm how do i add stuff")

# ---- expert -------------------------------------------------------------------------------

c.flow("expert", "kyoto", "can I talk to a local guide? want someone to show us gion properly",
       Lead(), answer="food and temples, mid budget")  # fmt: skip
c.flow("expert", "jaipur", "Kindly connect me with a local expert for a private fort tour",
       Lead(), answer="forts and history, mid budget")  # fmt: skip
c.flow("expert", "goa", "is there a real person who knows goa? i want help planning",
       Lead(), answer="beaches and food, mid budget")  # fmt: skip

# ---- clear --------------------------------------------------------------------------------

c.edit("clear", "kyoto", "clear day 3 entirely", Cleared(3))
c.edit("clear", "edinburgh", "wipe tuesday, we'll wing it", Cleared(2))
c.edit("clear", "porto", "empty saturday pls, we go to lisbon early", Cleared(6))

# ---- duplicate ----------------------------------------------------------------------------

c.already("kyoto", "add kinkaku-ji on monday", "Kinkaku-ji")
c.already("edinburgh", "put calton hill on tuesday", "Calton Hill")
c.already("goa", "add Fort Aguada to day 2 abeg", "Fort Aguada")
c.already("mumbai", "add gateway of india today", "Gateway of India")

# ---- clash: a time that is taken ------------------------------------------------------

c.flow("clash", "kyoto", "add nishiki market on day 2 at 10am",
       ClashHandled(2, "10:00", ("Nishiki Market",)))  # fmt: skip
c.flow("clash", "edinburgh", "add dean village on tuesday at 3:30pm",
       ClashHandled(2, "15:30", ("Dean Village",)))  # fmt: skip
c.flow("clash", "goa", "put cantina feni on day 3 at 7:30 pm",
       ClashHandled(3, "19:30", ("Cantina Feni",)))  # fmt: skip
c.flow("clash", "porto", "add jardim do morro on monday at 3:30pm for the view",
       ClashHandled(1, "15:30", ("Jardim do Morro",)))  # fmt: skip

# ---- locale: a stored "es"/"pt" setting, English typed --------------------------------

c.add("kyoto", "add a sushi place on day 3 for dinner",
      day=3, terms="sushi", between=DINNER, kind="locale", locale="es")  # fmt: skip
c.still("locale", "edinburgh", "thanks mate that's sorted", NoDump(), locale="pt")
c.edit("locale", "goa", "remove miramar beach please", Removed("Miramar Beach", 1), locale="es")
c.still("locale", "porto", "what's on friday?", locale="pt")

CASES: list[Case] = c.cases
