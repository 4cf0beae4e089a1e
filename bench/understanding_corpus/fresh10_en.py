"""fresh10, English: a blind held-out set of traveler conversations. A measure: never tune on it.

Written blind on 2026-12-07 from the demo data (core/data/demo_places.json), the trip fixtures
(fixtures.py) and the protocol (DESIGN.md) only: not from the parser, its catalog, its tests or
any other corpus file. It is a measure: never tune the parser on it.

The travelers who write here: a Glaswegian ("aye", "wee", "pure dead brilliant", "naw", "gonnae"),
a Welsh couple ("tidy", "now in a minute", "cwtch", "lush"), a Jamaican grandmother ("mi",
"pickney", "irie", "bless up"), a Singaporean in Singlish ("lah", "can or not", "shiok", "leh",
"alamak"), a Nairobi traveler with Sheng words ("sasa", "poa", "maze", "manze", "sawa"), an
anglophone Montrealer who drops French in ("dep", "câlice", "bonne idée", "on se voit"), a Kiwi
("chur", "sweet as", "yeah nah", "heaps"), a Gen-Z teen typing all lowercase ("no bc",
"lowkey", "ate", "it's giving", "fr"), a retired American dictating by voice-to-text (homophones,
"period" and "comma" spoken aloud), a dyslexic typist (letter swaps), a Pakistani businessman in
formal subcontinent English ("kindly", "revert", "prepone", "do the needful"), a Ghanaian
("chale", "herh", "ei"), a Hong Kong student ("add oil", "la", "hea"), and second-language
writers: a German engineer ("the day 3", "please make that", "is it possible that"), a Brazilian
("kkkk", "pls", "I want put"). Some write a reason or a joke onto a request, some correct
themselves mid-message, some answer the bot's question with a word, a number or "the first".
A few have "es" or "pt" stored from an earlier trip but write English here: the reply must
follow what they write.

Days and dates, from fixtures.py: FakeClock's now is Monday 2026-11-23 09:00 UTC. Every trip
but Mumbai starts 14 days later, Monday 2026-12-07: Monday is day 1, Tuesday day 2, Wednesday
day 3, Thursday day 4, Friday day 5, Saturday day 6. Kyoto has 3 days (the "blank" Kyoto trip 2
empty days), Edinburgh 5 (day 4 empty), Goa 4 (day 4 empty), Jaipur 3, Bogotá 4 (day 4 empty),
Cartagena 6 (day 4 empty), Porto 6 (day 5 empty), Hadibo 3 (the demo seed's trip). Mumbai is
under way: day 1 is today, Monday 2026-11-23, 14:30 in Mumbai; "tonight" is day 1, "tomorrow"
day 2. Every place named below is in the demo data of the trip's city, and every item, day and
time relied on was checked against fixtures.py.

Only outcomes are checked: what changed in the trip, the answer type, nothing changed while the
service asks first, and the reply's language.
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    INPUT,
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
    Filled,
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
    Wish,
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

c = Corpus("en", "f10")

# ---- add (14) -------------------------------------------------------------------------------

c.add(
    "kyoto",
    "aye gonnae stick Nishiki Market on the wednesday, the wife wants tae graze",
    day=3,
    name="Nishiki Market",
)
c.add(
    "edinburgh",
    "we've got nothing on the thursday have we, put portobello beach in there now in a minute"
    " love, tidy",
    day=4,
    name="Portobello Beach",
)
c.add(
    "goa",
    "chale add reis magos fort for day 4 ooo, my uncle says its nice",
    day=4,
    name="Reis Magos Fort",
)
c.add(
    "mumbai",
    "tonight want go one bar can or not? after dinner lah, something with drinks",
    day=1,
    terms=("bar", "cocktails", "pub"),
    between=EVENING,
)
c.add(
    "jaipur",
    "Add Albert Hall Museum comma day three in the afternoon period",
    day=3,
    name="Albert Hall Museum",
    between=AFTERNOON,
)
c.add(
    "bogota",
    "wednesday night i want dance salsa!! put a salsa club pls kkkk",
    day=3,
    terms=("salsa",),
    between=EVENING,
)
c.add(
    "cartagena",
    "sasa, on thursday put convento de la popa, we wanna see the city from up there",
    day=4,
    name="Convento de la Popa",
)
c.add(
    "porto",
    "friday is empty no? add igreja do carmo, the one with the blue tiles",
    day=5,
    name="Igreja do Carmo",
)
c.add("hadibo", "add Sushi Zen restaurant on day 2", day=2, name="Sushi Zen")
c.add(
    "kyoto",
    "need coffee before the bamboo thing on day 3 otherwise im dead fr. a coffee place pls",
    day=3,
    terms=("coffee",),
    between=MORNING,
)
c.add(
    "edinburgh",
    "my mum is coming for the friday, can we get an afternoon tea place in that day",
    day=5,
    terms=("afternoon tea", "tea", "scones"),
)
c.add("blank", "hey bud put fushimi inari on day 1, everybody says go early", day=1,
      name="Fushimi Inari Taisha")  # fmt: skip
c.add(
    "mumbai",
    "Tomorrow kindly include Jehangir Art Gallery also in the programme.",
    day=2,
    name="Jehangir Art Gallery",
)
c.add(
    "hadibo",
    "yo add hoq cave on day 3 maze, heard its mad inside",
    day=3,
    name="Hoq Cave",
)

# ---- wishes (10) ----------------------------------------------------------------------------

c.add(
    "kyoto",
    "cheap noodles day 3 lunch-ish? student budget la, not the fancy one",
    day=3,
    terms=("noodles", "ramen", "udon", "soba"),
    wish=CHEAP,
    between=LUNCH,
    kind="wishes",
)
c.add(
    "edinburgh",
    "the wife's vegetarian so for thursday dinner we need somewhere veggie or vegan, lush",
    day=4,
    terms=("restaurant",),
    wish=VEGGIE,
    kind="wishes",
)
c.add(
    "porto",
    "i want the best seafood in porto for friday, only very good rated ones pls",
    day=5,
    terms=("seafood",),
    wish=TOP_RATED,
    kind="wishes",
)
c.add(
    "jaipur",
    "day 3 evening something on a rooftop w a view no bc the sunset there is lowkey insane",
    day=3,
    terms=("restaurant", "bar", "cafe"),
    wish=ROOFTOP,
    kind="wishes",
)
c.add(
    "mumbai",
    "mi need a cafe weh open right now, mi foot dem a hurt mi, today",
    day=1,
    terms=("cafe", "coffee"),
    wish=OPEN_NOW,
    kind="wishes",
)
c.add(
    "cartagena",
    "we have 2 pickney wid us, find a beach good fi children fi thursday",
    day=4,
    terms=("beach",),
    wish=FAMILY,
    kind="wishes",
)
c.add(
    "goa",
    "anniversary on day 4!! need a romantic dinner spot, candles vibes, sweet as",
    day=4,
    terms=("restaurant",),
    wish=ROMANTIC,
    between=DINNER,
    kind="wishes",
)
c.add(
    "bogota",
    "thursday brekkie somewhere cheap, dont wanna spend heaps",
    day=4,
    terms=("breakfast",),
    wish=CHEAP,
    between=BREAKFAST,
    kind="wishes",
)
c.add(
    "hadibo",
    "day 3 lunch, vegetarian food only please, no meat at all",
    day=3,
    terms=("restaurant",),
    wish=VEGGIE,
    kind="wishes",
)
c.add(
    "porto",
    "is it possible to add for the day 5 a restaurant which is vegan? my daughter eats no animal",
    day=5,
    terms=("restaurant",),
    wish=Wish(keywords=("vegan",)),
    kind="wishes",
)

# ---- add_slots (9) --------------------------------------------------------------------------

c.add(
    "kyoto",
    "monday lunch still empty, fill it with sumthing japanese, not sushi tho",
    day=1,
    terms=("japanese",),
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "edinburgh",
    "tuesday brekfast slot, find us a place wiht pancakes or eggs",
    day=2,
    terms=("pancakes", "eggs", "breakfast", "brunch"),
    slot="Breakfast",
    kind="add_slots",
)
c.add(
    "goa",
    "Kindly arrange the day 2 lunch at a good seafood establishment.",
    day=2,
    terms=("seafood",),
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "mumbai",
    "for tomorrow lunch gimme a thali place, gotta try a thali once",
    day=2,
    terms=("thali",),
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "jaipur",
    "tuesday lunch = dal baati churma, chale i must taste it",
    day=2,
    terms=("dal baati churma", "dal baati"),
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "bogota",
    "the dinner on tuesday, put a steak place there, my husband only eat meat kkkk",
    day=2,
    terms=("steak",),
    slot="Dinner",
    kind="add_slots",
)
c.add(
    "cartagena",
    "Cena on day 6 ... we'd like fish. Something by the water ideally.",
    day=6,
    terms=("seafood", "fish"),
    slot=("Cena", "Dinner"),
    kind="add_slots",
)
c.add(
    "porto",
    "wednesday dinner, fill it with a place for francesinha or petiscos, whatever's good",
    day=3,
    terms=("francesinha", "petiscos"),
    slot="Dinner",
    kind="add_slots",
)
c.add(
    "edinburgh",
    "haggis for lunch on the wednesday, when in rome eh",
    day=3,
    terms=("haggis",),
    slot="Lunch",
    kind="add_slots",
)

# ---- remove (7) -----------------------------------------------------------------------------

c.edit(
    "remove",
    "edinburgh",
    "bin the graveyard on tuesday, greyfriars, gies me the creeps",
    Removed("Greyfriars Kirkyard", 2),
    confirm="aye",
)
c.edit(
    "remove",
    "jaipur",
    "remvoe jantar mantar plz, we are not intrested in astronmy",
    Removed("Jantar Mantar", 2),
)
c.edit(
    "remove",
    "porto",
    "take out torre dos clerigos, my knees cant do the stairs",
    Removed("Torre dos Clérigos", 1),
    confirm="ya",
)
c.edit(
    "remove",
    "bogota",
    "Please remove the Iglesia de San Francisco from the day 1, we have seen enough churches.",
    Removed("Iglesia de San Francisco", 1),
)
c.edit(
    "remove",
    "cartagena",
    "no inquisition museum for us thanks, delete it. too dark for the kids",
    Removed("Palacio de la Inquisición", 2),
)
c.edit(
    "remove",
    "goa",
    "drop anjuna beach ei, we'll be too tired by then",
    Removed("Anjuna Beach", 2),
    confirm="yes oo",
)
c.edit(
    "remove",
    "mumbai",
    "Cancel Elephanta Caves tomorrow, ferry makes me sick period",
    Removed("Elephanta Caves", 2),
    confirm="yes go ahead",
)

# ---- move (7) -------------------------------------------------------------------------------

c.edit(
    "move",
    "kyoto",
    "move nijo castle to monday pls, wednesday is too full w bamboo stuff",
    Moved("Nijo Castle", 1),
)
c.edit(
    "move",
    "edinburgh",
    "arthurs seat on thursday instead, forecast says wednesday is pishing doon",
    Moved("Arthur's Seat", 4),
)
c.edit(
    "move",
    "goa",
    "can fort aguada go to the last day instead chale",
    Moved("Fort Aguada", 4),
)
c.edit(
    "move",
    "jaipur",
    "hawa mahal shift to day 3 pls, day 1 too packed lah",
    Moved("Hawa Mahal", 3),
)
c.edit(
    "move",
    "bogota",
    "Museo Botero I want put on wednesday, not tuesday",
    Moved("Museo Botero", 3),
)
c.edit(
    "move",
    "porto",
    "serralves to friday pls, wed we'll be hungover after port lol",
    Moved("Museu de Serralves", 5),
)
c.edit(
    "move",
    "mumbai",
    "Haji Ali to tomorrow please, we would like to go with the driver then.",
    Moved("Haji Ali Dargah", 2),
)

# ---- retime (7) -----------------------------------------------------------------------------

c.edit(
    "retime",
    "kyoto",
    "ryoan-ji at 2 instead of 3 on monday? rock garden closes at 5 n i wanna chill there",
    Retimed("Ryoan-ji", "14:00"),
)
c.edit(
    "retime",
    "edinburgh",
    "the wee dram, make it half nine, no one's goin at 8",
    Retimed("The Wee Dram", "21:30"),
)
c.edit(
    "retime",
    "goa",
    "vindaloo & vinho at 8:30pm instead of 7:30 pls, we nap lol",
    Retimed("Vindaloo & Vinho", "20:30"),
)
c.edit(
    "retime",
    "jaipur",
    "Change the Haveli rooftop kitchen dinner to eight p.m. period",
    Retimed("Haveli Rooftop Kitchen", "20:00"),
)
c.edit(
    "retime",
    "bogota",
    "fogon llanero 20h please, 19h30 too early for dinner in my country kkkk",
    Retimed("Fogón Llanero", "20:00"),
)
c.edit(
    "retime",
    "cartagena",
    "muralla sunset bar should be 5:30 no? for the actual sunset",
    Retimed("Muralla Sunset Bar", "17:30"),
)
c.edit(
    "retime",
    "mumbai",
    "marine drive tmrw push to 6.30pm, sunset is later i think",
    Retimed("Marine Drive", "18:30"),
)

# ---- replace (6) ----------------------------------------------------------------------------

c.edit(
    "replace",
    "kyoto",
    "swap the ramen on tuesday for tempura, ramen i can get at home lah",
    Replaced("Menya Kurogane", 2, ("tempura",)),
)
c.edit(
    "replace",
    "edinburgh",
    "instead of the thistle & stag on monday can we do seafood, the oysters kind",
    Replaced("The Thistle & Stag", 1, ("seafood", "oysters")),
)
c.edit(
    "replace",
    "goa",
    "replace casa xacuti w a vegetarian place, my mom pure veg",
    Replaced("Casa Xacuti", 1, ("vegetarian",)),
)
c.edit(
    "replace",
    "bogota",
    "Instead of La Casona del Ajiaco please something vegan, we are both vegans",
    Replaced("La Casona del Ajiaco", 1, ("vegan",)),
)
c.edit(
    "replace",
    "porto",
    "change the francesinha place on thursday for bacalhau, francesinha too heavy for lunch",
    Replaced("Casa da Francesinha", 4, ("bacalhau", "codfish")),
)
c.edit(
    "replace",
    "cartagena",
    "yeah nah the beach grill on wednesday, swap it for tacos",
    Replaced("Bocagrande Beach Grill", 3, ("tacos", "mexican")),
)

# ---- trip (6) -------------------------------------------------------------------------------

c.edit(
    "trip",
    "kyoto",
    "we got one more night, can the trip be 4 days now?",
    Days(4),
)
c.edit(
    "trip",
    "goa",
    "flight changed, herh. we now land on the 9th of december, wednesday. shift the trip",
    Start("2026-12-09"),
    confirm="yes please",
)
c.edit(
    "trip",
    "porto",
    "boss moved a meeting, everything one week later pls. start 14 dec",
    Start("2026-12-14"),
)
c.edit(
    "trip",
    "jaipur",
    "Kindly extend the Jaipur itinerary by two more days, my brother-in-law is joining.",
    Days(5),
    confirm="yes kindly",
)
c.edit(
    "trip",
    "cartagena",
    "can we start on tuesday the 8th instead? missed the monday flight lol",
    Start("2026-12-08"),
)
c.edit(
    "trip",
    "bogota",
    "mek we add one more day pon the trip, mi nuh ready fi leave",
    Days(5),
)

# ---- multi (6) ------------------------------------------------------------------------------

c.flow(
    "multi",
    "kyoto",
    "ok 2 things: move nijo castle to monday, and ryoan-ji at 2pm instead. arigato",
    Moved("Nijo Castle", 1, alone=False),
    Retimed("Ryoan-ji", "14:00", alone=False),
)
c.flow(
    "multi",
    "edinburgh",
    "bin greyfriars on tuesday and stick a curry hoose on thursday night instead, cheers",
    Removed("Greyfriars Kirkyard", 2),
    Added(4, ("curry", "indian"), only=False),
)
c.flow(
    "multi",
    "goa",
    "remove anjuna beach and add a beach shack for dinner on monday",
    Removed("Anjuna Beach", 2),
    Filled(1, ("Dinner",), ("beach shack", "seafood")),
)
c.flow(
    "multi",
    "mumbai",
    "sasa, tonight dinner kebabs somewhere, and move haji ali to tomorrow. poa",
    Filled(1, ("Dinner",), ("kebab", "tandoori")),
    Moved("Haji Ali Dargah", 2, alone=False),
)
c.flow(
    "multi",
    "jaipur",
    "Hawa Mahal please to 15 Uhr, I mean 3pm, and also remove Jantar Mantar please. Danke",
    Retimed("Hawa Mahal", "15:00", alone=False),
    Removed("Jantar Mantar", 2),
)
c.flow(
    "multi",
    "bogota",
    "put museo botero on wed, and tues lunch ajiaco pls, and thats it",
    Moved("Museo Botero", 3, alone=False),
    Filled(2, ("Lunch",), ("ajiaco",)),
)

# ---- choice (6) -----------------------------------------------------------------------------

c.case(
    "choice",
    "kyoto",
    S("show me some temples for wednesday", Type(SEL), Cards(("temple",))),
    S("2", Type(DONE), Chose(1)),
)
c.case(
    "choice",
    "edinburgh",
    S("museums for thursday? rain plan", Type(SEL), Cards(("museum",))),
    S("the last one aye", Type(DONE), Chose(-1)),
)
c.case(
    "choice",
    "goa",
    S("gimme some churches for day 4, mum wants to pray", Type(SEL), Cards(("church",))),
    S("second one", Type(DONE), Chose(1)),
)
c.case(
    "choice",
    "porto",
    S("cafe for friday morning?", Type(SEL), Cards(("cafe", "coffee"))),
    S("the first one pls", Type(DONE), Chose(0)),
)
c.case(
    "choice",
    "bogota",
    S("parks on thursday, need green after all the museums", Type(SEL), Cards(("park",))),
    S("#3", Type(DONE), Chose(2)),
)
c.case(
    "choice",
    "hadibo",
    S("add a sushi place on day 2", Type(SEL), Cards(("sushi",))),
    S("the second one", Type(DONE), Chose(1)),
)

# ---- plan (5) -------------------------------------------------------------------------------

c.flow(
    "plan",
    "blank",
    "plan my 2 days in kyoto pls, temples + good food, nothing too rushed",
    Plan("kyoto", 2, (("temple",),)),
    answer="temples and food",
)
c.flow(
    "plan",
    "blank",
    "i have zero plan lol. make me an itinerary, it's giving main character energy",
    Plan("kyoto", 2),
    answer="anything honestly",
)
c.flow(
    "plan",
    "goa",
    "the last day is empty, plan it for us pls, beach and some food",
    Plan("goa", 4),
    answer="beach and food",
)
c.flow(
    "plan",
    "edinburgh",
    "Thursday has nothing comma can you plan that day for us period",
    Plan("edinburgh", 5),
    answer="history and a nice lunch",
)
c.flow(
    "plan",
    "porto",
    "friday is blank, fill the day with stuff pls, we like walks and wine",
    Plan("porto", 6),
    answer="walks and wine",
)

# ---- book (5) -------------------------------------------------------------------------------

c.flow(
    "book",
    "kyoto",
    "can u book kamogawa kaiseki for 2 ppl? its our honeymoon",
    Booked("Kamogawa Kaiseki", party=2),
    answer="2",
)
c.flow(
    "book",
    "edinburgh",
    "gonnae book the thistle & stag for 6 of us at 7pm, it's the maw's birthday",
    Booked("The Thistle & Stag", party=6, at="19:00"),
    answer="6",
)
c.flow(
    "book",
    "porto",
    "reserve marisqueira da foz, 4 persons, 20:00 please",
    Booked("Marisqueira da Foz", party=4, at="20:00"),
    answer="4",
)
c.flow(
    "book",
    "goa",
    "bookign for vindaloo & vinho pls, 3 peopel",
    Booked("Vindaloo & Vinho", party=3),
    answer="3",
)
c.flow(
    "book",
    "jaipur",
    "Kindly reserve a table at Haveli Rooftop Kitchen for five persons.",
    Booked("Haveli Rooftop Kitchen", party=5),
    answer="5 persons",
)

# ---- referent (5) ---------------------------------------------------------------------------

c.case(
    "referent",
    "kyoto",
    S("add kissa matcha-an on day 3", Type(SEL, DONE)),
    pick("1"),
    S("what time does it close", Type(DONE), SaysLast()),
)
c.case(
    "referent",
    "porto",
    S("put horta vegana on friday", Type(SEL, DONE)),
    pick("1"),
    S("actually move it to thursday", Type(DONE, CONF)),
    yes("yes"),
    final=(Moved(None, 4),),
)
c.case(
    "referent",
    "bogota",
    S("add quinta de bolivar on thursday", Type(SEL, DONE)),
    pick("1"),
    S("hmm nah remove it again", Type(DONE, CONF)),
    yes("yes"),
    final=(Same(),),
)
c.case(
    "referent",
    "edinburgh",
    S("add shore oyster house on thursday night", Type(SEL, DONE)),
    pick("1"),
    S("book it for 2 at 8pm", Type(DONE, CONF, INPUT)),
    go("aye", "1", answer="2"),
    final=(Booked(None, party=2, at="20:00"),),
)
c.case(
    "referent",
    "mumbai",
    S("add bhel & bun street corner for tonight", Type(SEL, DONE)),
    pick("1"),
    S("is it open late?", Type(DONE), SaysLast()),
)

# ---- slot_fill (5) --------------------------------------------------------------------------


def _ask_then(trip: str, text: str, answer: str, *final: Check) -> None:
    c.case(
        "slot_fill",
        trip,
        S(text, Type(INPUT, SEL, CONF), Same()),
        If((INPUT, SEL), answer),  # the day question, asked openly or with day options
        go("yes", "1", answer=answer),
        go("yes", "1", answer=answer),
        final=final,
    )


_ask_then("kyoto", "add nishiki market", "day 3", Added(3, name="Nishiki Market"))
_ask_then(
    "edinburgh",
    "stick dean village in somewhere",
    "thursday",
    Added(4, name="Dean Village"),
)
_ask_then("goa", "i want a beach la", "the last day", Added(4, ("beach",)))
_ask_then(
    "porto",
    "add jardim do morro, for the sunset",
    "saturday",
    Added(6, name="Jardim do Morro"),
)
_ask_then("jaipur", "add a temple chale", "day 3", Added(3, ("temple",)))

# ---- social (5) -----------------------------------------------------------------------------

c.still("social", "kyoto", "thank u so much lah, shiok!!", NoDump(), Short())
c.still("social", "hadibo", "chur bro, legend 🤙", NoDump(), Short())
c.still("social", "jaipur", "bless up mi dear, yuh too good", NoDump(), Short())
c.still("social", "porto", "ok this app actually ate. no notes 💅", NoDump(), Short())
c.still(
    "social",
    "cartagena",
    "bonne idée all of it, you're a lifesaver honestly, merci!",
    NoDump(),
    Short(),
)

# ---- info (5) -------------------------------------------------------------------------------

c.still("info", "edinburgh", "is the national museum free or do we pay?",
        Says("National Museum of Scotland"))  # fmt: skip
c.still("info", "kyoto", "what time kinkaku-ji open ah", Says("Kinkaku-ji"))
c.still("info", "jaipur", "Amber Fort timings kindly?", Says("Amber Fort"))
c.still("info", "bogota", "how late is monserrate open? want sunset up there", Says("Monserrate"))
c.still("info", "porto", "livraria lello opening hours?", Says("Livraria Lello"))

# ---- swap_days (4) --------------------------------------------------------------------------

c.edit("swap_days", "kyoto", "swap monday and wednesday pls", Swapped(1, 3))
c.edit(
    "swap_days",
    "edinburgh",
    "can we flip tuesday n wednesday, my pal's only free on the tuesday for the hill",
    Swapped(2, 3),
)
c.edit("swap_days", "goa", "day 1 and day 2 exchange please", Swapped(1, 2))
c.edit(
    "swap_days",
    "porto",
    "thursday and saturday switch them around, sweet as",
    Swapped(4, 6),
)

# ---- undo (4) -------------------------------------------------------------------------------

c.case(
    "undo",
    "kyoto",
    S("add nishiki market on day 3", Type(SEL, DONE)),
    pick("1"),
    S("hmm no undo that", Type(DONE, CONF)),
    yes("yes"),
    final=(Same(),),
)
c.case(
    "undo",
    "jaipur",
    S("remove jantar mantar", Type(DONE, CONF)),
    yes("yes"),
    S("ei wait bring it back, my bad", Type(DONE, CONF)),
    yes("yes"),
    final=(Same(), Kept("Jantar Mantar", 2)),
)
c.case(
    "undo",
    "cartagena",
    S("move las bovedas to day 4", Type(DONE, CONF)),
    yes("yes"),
    S("undo", Type(DONE, CONF)),
    yes("yes"),
    final=(Same(),),
)
c.case(
    "undo",
    "mumbai",
    S("Please delete Marine Drive from tomorrow.", Type(DONE, CONF)),
    yes("yes"),
    S("Sorry, kindly revert the last change.", Type(DONE, CONF)),
    yes("yes"),
    final=(Same(), Kept("Marine Drive", 2)),
)

# ---- show (4) -------------------------------------------------------------------------------

c.still("show", "kyoto", "whats on tuesday again", Says("Fushimi Inari Taisha", "Gion District"))
c.still("show", "porto", "what we doing saturday?", Says("Cais de Gaia", "Cais Port Wine Lodge"))
c.still("show", "jaipur", "send full plan pls", Says("Amber Fort", "City Palace", "Nahargarh Fort"))
c.still("show", "mumbai", "wat is on 4 tomorow", Says("Elephanta Caves", "Marine Drive"))

# ---- explain (4) ----------------------------------------------------------------------------

c.still("explain", "kyoto", "what even is sanjusangen-do, why is it in my plan",
        Says("Sanjusangen-do"))  # fmt: skip
c.still("explain", "edinburgh", "whit's the Royal Mile when it's at hame?", Says("Royal Mile"))
c.still("explain", "goa", "why basilica of bom jesus, is it special?",
        Says("Basilica of Bom Jesus"))  # fmt: skip
c.still("explain", "cartagena", "what's las bovedas? never heard of it", Says("Las Bóvedas"))

# ---- duplicate (4) --------------------------------------------------------------------------

c.already("kyoto", "add ryoan-ji on monday", "Ryoan-ji")
c.already("edinburgh", "pit edinburgh castle in for monday", "Edinburgh Castle")
c.already("goa", "add basilica of bom jesus day 1 chale", "Basilica of Bom Jesus")
c.already("porto", "add ribeira to day 1 pls", "Ribeira")

# ---- clash (4) ------------------------------------------------------------------------------

c.flow(
    "clash",
    "kyoto",
    "add sushi kawabata on monday at 7pm",
    ClashHandled(1, "19:00", ("sushi",)),
)
c.flow(
    "clash",
    "edinburgh",
    "shore oyster house tuesday at 1pm pls",
    ClashHandled(2, "13:00", ("seafood",)),
)
c.flow(
    "clash",
    "porto",
    "bifana do bolhao at 1pm on monday",
    ClashHandled(1, "13:00", ("bifana",)),
)
c.flow(
    "clash",
    "jaipur",
    "add albert hall museum day 1 at 4pm",
    ClashHandled(1, "16:00", ("museum",)),
)

# ---- locale (4) -----------------------------------------------------------------------------

c.add(
    "cartagena",
    "friday lunch slot, seafood pls, we're by the sea after all",
    day=5,
    terms=("seafood", "fish"),
    slot=("Almuerzo", "Lunch"),
    kind="locale",
    locale="es",
)
c.still(
    "locale",
    "bogota",
    "what's planned for tuesday?",
    Says("Monserrate", "Museo Botero"),
    locale="es",
)
c.edit(
    "locale",
    "porto",
    "remove the livraria lello, the queue is crazy",
    Removed("Livraria Lello", 1),
    locale="pt",
)
c.still("locale", "goa", "cheers mate, all good", NoDump(), Short(), locale="pt")

# ---- clear (3) ------------------------------------------------------------------------------

c.edit("clear", "edinburgh", "clear the wednesday, we'll wing it", Cleared(3), confirm="aye")
c.edit("clear", "porto", "empty day 4 pls, we want a lazy day", Cleared(4))
c.edit("clear", "bogota", "wipe wednesday clean, no plans that day", Cleared(3))

# ---- expert (3) -----------------------------------------------------------------------------

c.flow(
    "expert",
    "kyoto",
    "can i talk to a real local guide? someone who knows kyoto, my prof says ask a human. add oil",
    Lead(),
    answer="temples and food",
    turns=2,
)
c.flow(
    "expert",
    "cartagena",
    "we want a local expert to help plan, a human not a bot",
    Lead(),
    answer="food and history",
    turns=2,
)
c.flow(
    "expert",
    "jaipur",
    "Kindly connect me with a local expert for Jaipur, budget is not an issue.",
    Lead(),
    answer="palaces and shopping",
    turns=2,
)

# ---- help (3) -------------------------------------------------------------------------------

c.still("help", "hadibo", "what can u do", NoDump())
c.still("help", "kyoto", "hw does this wrok", NoDump())
c.still("help", "goa", "chale how do i use you", NoDump())

CASES: list[Case] = c.cases
