"""Sixth fresh held-out set (en), written blind to the parser: it only measures.

Written blind on 2026-12-07 and never tuned on: without reading the parser, the intents, the
agents, the message catalog, the locales or any other corpus file's cases; only the harness,
the checks, the fixtures, the runner, the demo places and the PRD. Nobody tunes against it.

Travelers from the US, the UK, Ireland, Scotland, Canada, Australia, New Zealand, India,
Singapore and Kenya type on their phones: shorthand (pls, tmrw, u, w/, ppl, rn), missing
apostrophes and accents, "half 10", "8ish", Scots ("aye", "wee", "the morra"), Irish ("grand",
"so", "ye"), Indian English ("kindly", "prepone", "itself", "we are 5 members"), Singlish
("can or not", "lah"), Kenyan English ("sawa", "asante"), Aussie and Kiwi slang ("arvo",
"chuck", "brekkie", "sweet as"), polite long requests next to two-word commands, two requests
in one message, corrections mid-sentence, referents ("it", "that place", "the last one"), and
some whose stored locale is Spanish or Portuguese although they write in English (the reply
must follow the language they write in). Every case checks outcomes only and accepts every
reasonable path (cards then a pick, or done at once; a confirmation or a question first).
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    INPUT,
    SEL,
    AnyOf,
    Cards,
    Changed,
    Check,
    NoDump,
    Same,
    Says,
    SaysLast,
    Short,
    Type,
    Warned,
    When,
)
from bench.understanding_corpus.item_checks import (
    Added,
    Chose,
    ClashHandled,
    Filled,
    Kept,
    NewCount,
    NoLoss,
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
    DINNER,
    EVENING,
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
    Moved,
    Plan,
    Retimed,
    Start,
    Swapped,
)

ANY = (DONE, CONF, SEL, INPUT)
ASKED = (CONF, SEL, INPUT)
FOOD = ("restaurant", "cafe", "bakery")

c = Corpus("en", "-fresh5")


def along(other: str = "1", confirm: str = "yes") -> Step:
    """Going along with a question: `confirm` to a confirmation, `other` to anything else asked;
    skipped after a final answer."""
    return Step(confirm, (), None, None, (((CONF,), confirm), ((SEL, INPUT), other)))


def first(text: str, *expect: Check) -> Step:
    """A request that may be done at once or asked about first (then nothing changed yet)."""
    return S(text, Type(*ANY), When(ASKED, Same()), *expect)


def edit(
    kind: str,
    trip: str,
    text: str,
    *final: Check,
    locale: str = "en",
    other: str = "1",
    confirm: str = "yes",
) -> None:
    """One edit request; a confirmation or a which-one question is gone along with."""
    c.case(
        kind,
        trip,
        first(text),
        along(other, confirm),
        along(other, confirm),
        final=final,
        locale=locale,
    )


def several(trip: str, text: str, *final: Check, locale: str = "en") -> None:
    """Two requests in one message: the first may be done before a question on the second."""
    c.case("multi", trip, S(text, Type(*ANY)), along(), along(), final=final, locale=locale)


def already(trip: str, text: str, name: str, locale: str = "en") -> None:
    """Adding a place the trip already has: asked about (nothing changed), or warned, or told
    it is already there."""
    c.case(
        "duplicate",
        trip,
        S(
            text,
            AnyOf(
                (Type(*ASKED), Same()),
                (Warned(),),
                (Type(DONE), Same(), Says(name)),
            ),
        ),
        locale=locale,
    )


def clash(trip: str, text: str, day: int, busy: str, terms: tuple[str, ...]) -> None:
    """Adding at a time another item holds: a free slot, or a warning or question."""
    c.case(
        "clash",
        trip,
        first(text),
        along(),
        along(),
        final=(ClashHandled(day, busy, terms),),
    )


def options(
    trip: str,
    text: str,
    terms: tuple[str, ...],
    answer: str,
    index: int,
    day: int,
    locale: str = "en",
) -> None:
    """Asked for options: cards; then one picked by its position."""
    c.case(
        "choice",
        trip,
        S(text, Type(SEL), Same(), Cards(terms)),
        S(answer, Type(DONE), Chose(index)),
        final=(Added(day, terms),),
        locale=locale,
    )


def undo(trip: str, text: str, back: str, locale: str = "en") -> None:
    """An edit, then taking it back: the trip ends as it began."""
    c.case(
        "undo",
        trip,
        first(text),
        along(),
        S(back, Type(DONE), Changed()),
        final=(Same(),),
        locale=locale,
    )


# ---- add ------------------------------------------------------------------------------------

c.add("kyoto", "can u add nishiki market on day 3 pls", day=3, name="Nishiki Market")
c.add(
    "edinburgh",
    "aye stick the national gallery on the friday would ye",
    day=5,
    name="Scottish National Gallery",
)
c.add("edinburgh", "add dean village to day 4, heard its gorgeous", day=4, name="Dean Village")
c.add(
    "goa",
    "Kindly add Se Cathedral on day 4 morning itself",
    day=4,
    name="Se Cathedral",
    between=MORNING,
)
c.add(
    "mumbai",
    "add kala ghoda art district tmrw evening",
    day=2,
    name="Kala Ghoda Art District",
    between=EVENING,
)
c.add(
    "jaipur", "Add Albert Hall Museum to day 3 at 2pm", day=3, name="Albert Hall Museum", at="14:00"
)
c.add(
    "bogota",
    "could we get Quinta de Bolivar in on day 4, eh? around 11 works",
    day=4,
    name="Quinta de Bolívar",
    between=("10:30", "11:30"),
)
c.add(
    "cartagena",
    "chuck playa castillogrande in on day 4 arvo",
    day=4,
    name="Playa Castillogrande",
    between=AFTERNOON,
)
c.add("porto", "add casa da musica on day 5 sweet as", day=5, name="Casa da Música")
c.add(
    "hadibo",
    "Please add Hoq Cave on day 2, sawa? morning if possible, afternoons get too hot",
    day=2,
    name="Hoq Cave",
    between=MORNING,
)
c.add("kyoto", "add a ramen spot on day 3 for dinner", day=3, terms="ramen", between=DINNER)
c.add("blank", "add the golden pavilion to day 1", day=1, name="Kinkaku-ji")
c.add(
    "porto",
    "can add one cafe on day 5 morning? must have pastel de nata lah",
    day=5,
    terms="pastel de nata",
    between=MORNING,
)
c.add(
    "jaipur",
    "Please add Galtaji on day 1 evening, my son wants to see the monkeys",
    day=1,
    name="Galtaji",
    between=EVENING,
)

# ---- add_slots: a place for an open meal slot ----------------------------------------------

c.add(
    "kyoto",
    "put Obanzai Nishiki-ya in for lunch on day 1",
    day=1,
    slot="Lunch",
    name="Obanzai Nishiki-ya",
    kind="add_slots",
)
c.add(
    "edinburgh",
    "brekkie on day 2 at bakehouse on broughton pls",
    day=2,
    slot="Breakfast",
    kind="add_slots",
)
c.add(
    "goa",
    "for dinner on day 1 lets do some proper goan seafood",
    day=1,
    terms=("seafood",),
    slot="Dinner",
    kind="add_slots",
)
c.add(
    "cartagena",
    "we still need lunch on day 5 — ceviche ideally, we're obsessed",
    day=5,
    terms=("ceviche",),
    slot="Almuerzo",
    kind="add_slots",
)
c.add(
    "porto",
    "somewhere w/ octopus for dinner on day 3?",
    day=3,
    terms=("octopus",),
    slot="Dinner",
    kind="add_slots",
)

# ---- wishes ---------------------------------------------------------------------------------

c.add(
    "kyoto",
    "my partner is vegetarian, could you find us a place for lunch on day 3?",
    day=3,
    slot="Lunch",
    wish=VEGGIE,
    kind="wishes",
)
c.add(
    "edinburgh",
    "somewhere cheap n cheerful for dinner day 2, we'll be skint after the castle lol",
    day=2,
    terms=FOOD,
    slot="Dinner",
    wish=CHEAP,
    kind="wishes",
)
c.add(
    "mumbai",
    "any rooftop place for drinks tonight?",
    day=1,
    wish=ROOFTOP,
    between=EVENING,
    kind="wishes",
)
c.add(
    "jaipur",
    "best rated temple u have, for day 3",
    day=3,
    terms="temple",
    wish=TOP_RATED,
    kind="wishes",
)
c.add(
    "cartagena",
    "travelling w/ 2 littlies — something kid friendly for day 4?",
    day=4,
    wish=FAMILY,
    kind="wishes",
)
c.add(
    "goa",
    "its our anniversary on day 2!! somewhere romantic for dinner pls",
    day=2,
    terms="restaurant",
    wish=ROMANTIC,
    between=DINNER,
    kind="wishes",
)
c.add(
    "bogota",
    "im vegan, whats good for lunch on day 3",
    day=3,
    slot="Lunch",
    wish=VEGGIE,
    kind="wishes",
)
c.add(
    "porto",
    "cheap eats for lunch day 2? like under 10 euro a head",
    day=2,
    terms=FOOD,
    slot="Lunch",
    wish=CHEAP,
    kind="wishes",
)

# ---- remove ---------------------------------------------------------------------------------

edit("remove", "kyoto", "take ryoan-ji off day 1", Removed("Ryoan-ji", 1))
edit(
    "remove",
    "edinburgh",
    "bin the graveyard on day 2, too creepy for the wean",
    Removed("Greyfriars Kirkyard", 2),
)
edit("remove", "goa", "remove anjuna beach pls", Removed("Anjuna Beach"))
edit(
    "remove",
    "mumbai",
    "Kindly cancel Elephanta caves tomorrow, ferry is not running it seems",
    Removed("Elephanta Caves", 2),
)
edit("remove", "jaipur", "we'll skip jantar mantar tbh, drop it", Removed("Jantar Mantar"))
edit(
    "remove",
    "porto",
    "actually get rid of the bookshop, queues are mental apparently",
    Removed("Livraria Lello", 1),
)
edit("remove", "hadibo", "delete the market on day 3", Removed("Hadibo Old Market", 3))
edit(
    "remove",
    "kyoto",
    "remove the gion district — sorry, I mean sanjusangen-do",
    Removed("Sanjusangen-do", 2),
    Kept("Gion District", 2),
)
edit(
    "remove",
    "bogota",
    "remove the graffiti thing from day 3 please",
    Removed("Distrito Grafiti", 3),
    locale="pt",
)

# ---- clear ----------------------------------------------------------------------------------

edit("clear", "edinburgh", "clear day 3 completely, we'll just wing it", Cleared(3))
edit("clear", "cartagena", "wipe day 6 pls", Cleared(6))
edit("clear", "kyoto", "can you empty out the last day? we might do a day trip to nara", Cleared(3))

# ---- move -----------------------------------------------------------------------------------

edit("move", "kyoto", "move nijo castle to day 2 — no wait, day 1", Moved("Nijo Castle", 1))
edit("move", "edinburgh", "shift arthurs seat to the friday", Moved("Arthur's Seat", 5))
edit(
    "move",
    "goa",
    "Shift Fort Aguada to day 4 please, day 2 is too hectic",
    Moved("Fort Aguada", 4),
)
edit(
    "move",
    "porto",
    "can we do the cathedral on day 5 instead of day 4",
    Moved("Sé do Porto", 5),
)
edit(
    "move",
    "mumbai",
    "move marine drive to day 3, around 6 in the evening",
    Moved("Marine Drive", 3, at="18:00"),
)
edit(
    "move",
    "cartagena",
    "bump the inquisition museum to day 4 mate",
    Moved("Palacio de la Inquisición", 4),
)
edit(
    "move",
    "bogota",
    "monserrate day 2 -> day 4 pls, forecast looks clearer then",
    Moved("Monserrate", 4),
    locale="es",
)

# ---- retime ---------------------------------------------------------------------------------

edit("retime", "kyoto", "make kinkaku-ji 10am instead", Retimed("Kinkaku-ji", "10:00"))
edit("retime", "edinburgh", "can the castle be half 10?", Retimed("Edinburgh Castle", "10:30"))
edit("retime", "jaipur", "prepone city palace to 9 am", Retimed("City Palace", "09:00"))
edit(
    "retime",
    "porto",
    "push the port wine lodge back to 4:30pm",
    Retimed("Cais Port Wine Lodge", "16:30"),
)
edit(
    "retime",
    "hadibo",
    "dinner at corniche fish grill at 8 instead of 7.30",
    Retimed("Corniche Fish Grill", "20:00"),
)
edit(
    "retime",
    "goa",
    "vindaloo n vinho at 8:30pm pls, not 7:30",
    Retimed("Vindaloo & Vinho", "20:30"),
)

# ---- replace --------------------------------------------------------------------------------

edit(
    "replace",
    "kyoto",
    "swap menya kurogane for udon or soba, not a ramen person",
    Replaced("Menya Kurogane", 2, ("udon", "soba")),
)
edit(
    "replace",
    "edinburgh",
    "replace canongate kitchen with something veggie",
    Replaced("Canongate Kitchen", 2, wish=VEGGIE),
)
edit(
    "replace",
    "jaipur",
    "instead of haveli rooftop kitchen can we do the other rooftop one, mansagar terrace",
    Replaced("Haveli Rooftop Kitchen", 2, ("mansagar terrace",)),
)
edit(
    "replace",
    "bogota",
    "Replace fogon llanero with a seafood spot, my wife doesn't eat red meat",
    Replaced("Fogón Llanero", 1, ("seafood",)),
)
edit(
    "replace",
    "cartagena",
    "change the beach grill on day 3 for tacos",
    Replaced("Bocagrande Beach Grill", 3, ("tacos",)),
)

# ---- swap_days ------------------------------------------------------------------------------

edit("swap_days", "kyoto", "swap day 1 and day 3", Swapped(1, 3))
edit("swap_days", "goa", "can we flip days 2 and 3 around", Swapped(2, 3))
edit("swap_days", "porto", "switch around monday and tuesday so", Swapped(1, 2))

# ---- trip: length and dates -----------------------------------------------------------------

edit("trip", "kyoto", "add an extra day at the end of the trip", Days(4), NoLoss())
edit("trip", "edinburgh", "we have to cut the trip to 4 days unfortunately", Days(4))
edit(
    "trip",
    "jaipur",
    "our flight got changed, trip now starts on 9 dec",
    Start("2026-12-09"),
    Days(3),
)
edit(
    "trip",
    "bogota",
    "push the whole trip back one week",
    Start("2026-12-14"),
    Days(4),
)

# ---- undo -----------------------------------------------------------------------------------

undo("kyoto", "remove gion district pls", "hmm no, undo that")
undo("edinburgh", "add portobello beach on day 4", "nah changed my mind, undo")
undo("mumbai", "move haji ali dargah to day 2", "revert that pls", locale="pt")

# ---- show -----------------------------------------------------------------------------------

c.still("show", "kyoto", "what's on day 2?", Says("Fushimi Inari Taisha", "Kiyomizu-dera"))
c.still(
    "show",
    "edinburgh",
    "show me the whole trip",
    Says("Edinburgh Castle", "Arthur's Seat", "Royal Botanic Garden"),
)
c.still("show", "mumbai", "whats the plan for tmrw", Says("Elephanta Caves", "Marine Drive"))
c.still("show", "porto", "what have we got saturday", Says("Cais de Gaia", "Cais Port Wine Lodge"))
c.still(
    "show",
    "hadibo",
    "remind me what we're doing on the last day?",
    Says("Haggeher Foothills Viewpoint", "Al Saqr Yemeni Kitchen", "Hadibo Old Market"),
)

# ---- plan -----------------------------------------------------------------------------------

edit("plan", "blank", "plan both days for me pls, we like temples and good food", Plan("kyoto", 2))
edit(
    "plan",
    "bogota",
    "plan out day 4 for us? we love coffee and street art",
    Plan("bogota", 4, includes=(("coffee",),)),
)
edit("plan", "goa", "sort out day 4 for us, beachy chill vibe", Plan("goa", 4))
edit("plan", "edinburgh", "can you fill day 4, it's totally empty", Plan("edinburgh", 5))

# ---- explain --------------------------------------------------------------------------------

c.still("explain", "kyoto", "why did you put ryoan-ji on day 1?", Says("Ryoan-ji"))
c.still("explain", "jaipur", "tell me a bit about hawa mahal", Says("Hawa Mahal"))
c.still("explain", "porto", "whats so special about palacio da bolsa", Says("Palácio da Bolsa"))
c.still(
    "explain",
    "cartagena",
    "why is castillo san felipe worth it? looks like just a fort",
    Says("San Felipe"),
)

# ---- book -----------------------------------------------------------------------------------

edit(
    "book",
    "kyoto",
    "book kamogawa kaiseki for 2 ppl at 7pm on day 1",
    Booked("Kamogawa Kaiseki", party=2, at="19:00"),
    other="2",
)
edit(
    "book",
    "edinburgh",
    "can u reserve a table at the thistle & stag for 4",
    Booked("Thistle & Stag", party=4),
    other="7pm",
)
edit(
    "book",
    "porto",
    "reserve marisqueira da foz for us, 3 people, 8pm",
    Booked("Marisqueira da Foz", party=3, at="20:00"),
    other="3",
)
edit(
    "book",
    "goa",
    "Kindly book Casa Xacuti for lunch, we are 5 members",
    Booked("Casa Xacuti", party=5),
    other="1pm",
)

# ---- expert ---------------------------------------------------------------------------------

c.case(
    "expert",
    "jaipur",
    first("can I talk to a local expert for jaipur? want someone to plan a heritage walk"),
    go("yes", "1", answer="heritage and food, mid budget"),
    go("yes", "1", answer="english"),
    final=(Lead(),),
)
c.case(
    "expert",
    "cartagena",
    first("is there a local guide or expert who could help us plan cartagena properly?"),
    go("yes", "1", answer="history and salsa, mid budget"),
    go("yes", "1", answer="english"),
    final=(Lead(),),
    locale="es",
)

# ---- help -----------------------------------------------------------------------------------

c.chat("help", "blank", "what can you actually do?")
c.chat("help", "mumbai", "how does this work")
c.chat("help", "goa", "help", locale="pt")

# ---- multi: two requests in one message -----------------------------------------------------

several(
    "kyoto",
    "drop ryoan-ji and move nijo castle to day 1",
    Removed("Ryoan-ji"),
    Moved("Nijo Castle", 1, alone=False),
)
several(
    "edinburgh",
    "add portobello beach on day 4 and also move the wee dram to day 4",
    Added(4, name="Portobello Beach", only=False),
    Moved("The Wee Dram", 4, alone=False),
)
several(
    "jaipur",
    "delete kachori corner and set nahargarh fort to 11am",
    Removed("Kachori Corner", 3),
    Retimed("Nahargarh Fort", "11:00", alone=False),
)
several(
    "porto",
    "move sao bento station to day 5 and make the bolsa 10:30",
    Moved("São Bento Station", 5, alone=False),
    Retimed("Palácio da Bolsa", "10:30", alone=False),
)
several(
    "bogota",
    "move museo botero to day 4, then clear day 3",
    Moved("Museo Botero", 4, alone=False),
    Cleared(3, others=False),
    locale="es",
)

# ---- referent: "it", "that place" -----------------------------------------------------------

c.case(
    "referent",
    "kyoto",
    S("add ginkaku-ji on day 3", Type(SEL, DONE)),
    pick(),
    S("actually move it to day 2", Type(DONE, CONF)),
    along(),
    final=(Moved(None, 2),),
)
c.case(
    "referent",
    "edinburgh",
    S("find me a seafood place for dinner on day 4", Type(SEL, DONE)),
    pick(),
    S("what time does that place close?", Type(DONE), Same(), SaysLast()),
)
c.case(
    "referent",
    "mumbai",
    S("add cafe parsi dawn tmrw morning", Type(SEL, DONE)),
    pick(),
    S(
        "wait actually remove that one, we'll eat at the hotel",
        Type(DONE, CONF),
        When(DONE, Removed()),
    ),
    along(),
    final=(NewCount(0), NoLoss()),
)
c.case(
    "referent",
    "porto",
    S("add igreja do carmo on day 5", Type(SEL, DONE)),
    pick(),
    S("make it 10am", Type(DONE, CONF)),
    along(),
    final=(Retimed(None, "10:00"),),
)

# ---- duplicate ------------------------------------------------------------------------------

already("kyoto", "add kinkaku-ji on day 3", "Kinkaku-ji")
already("goa", "add miramar beach to day 4", "Miramar Beach")
already("porto", "put the ribeira on day 5", "Ribeira")

# ---- clash ----------------------------------------------------------------------------------

clash("kyoto", "add nishiki market day 2 at 10am", 2, "10:00", ("market",))
clash("edinburgh", "add st giles cathedral on day 1 at 2:30pm", 1, "14:30", ("cathedral",))
clash("jaipur", "put johari bazaar on day 2 at 3.30pm", 2, "15:30", ("market",))

# ---- slot_fill: fill the open meal slots ----------------------------------------------------

edit(
    "slot_fill",
    "mumbai",
    "fill tmrw's breakfast slot w something local",
    Filled(2, ("Breakfast",), FOOD),
)
c.case(
    "slot_fill",
    "hadibo",
    first("can you fill the empty meals on day 2?"),
    along(),
    along(),
    along(),
    along(),
    final=(
        Filled(2, ("Breakfast",), FOOD),
        Filled(2, ("Lunch",), FOOD),
        Filled(2, ("Dinner",), FOOD),
    ),
)
edit(
    "slot_fill",
    "porto",
    "dinner on day 1 is still blank, just pick something good for us",
    Filled(1, ("Dinner",), FOOD),
)
edit(
    "slot_fill",
    "cartagena",
    "sort lunch n dinner on day 2 for us pls",
    Filled(2, ("Almuerzo",), FOOD),
    Filled(2, ("Cena",), FOOD),
)

# ---- social ---------------------------------------------------------------------------------

c.case("social", "kyoto", S("thanks heaps, legend", Type(DONE), Same(), NoDump(), Short()))
c.case("social", "edinburgh", S("hiya!", Type(DONE), Same(), NoDump(), Short()))
c.case("social", "goa", S("asante sana, that's perfect", Type(DONE), Same(), NoDump(), Short()))

# ---- info -----------------------------------------------------------------------------------

c.still("info", "kyoto", "is kinkaku-ji open in the evening?", Says("Kinkaku-ji"))
c.still("info", "mumbai", "how much is entry for elephanta caves", Says("Elephanta Caves"))
c.still("info", "edinburgh", "whats the weather gonna be like", NoDump())
c.still("info", "porto", "what's the rating on casa da francesinha?", Says("Casa da Francesinha"))

# ---- choice: cards, then one picked ---------------------------------------------------------

options(
    "kyoto", "show me some coffee places for day 3 morning", ("coffee",), "the second one", 1, 3
)
options(
    "edinburgh",
    "any good brunch spots for day 4? give me a few options",
    ("brunch", "breakfast"),
    "the last one",
    -1,
    4,
)
options("cartagena", "options for dinner on day 3?", FOOD, "2nd", 1, 3)
options(
    "mumbai",
    "suggest a few street food places for tonight",
    ("street food",),
    "number 3 looks good",
    2,
    1,
)
options("goa", "what cafes are there for day 4? show me", ("cafe",), "first one pls", 0, 4)

# ---- locale: stored locale Spanish or Portuguese, written in English -------------------------

c.add(
    "kyoto",
    "add kyoto national museum on day 3",
    day=3,
    name="Kyoto National Museum",
    kind="locale",
    locale="es",
)
edit("locale", "porto", "remove torre dos clerigos", Removed("Torre dos Clérigos"), locale="pt")
c.still("locale", "bogota", "what's on day 1?", Says("Museo del Oro"), locale="es")
c.chat("locale", "cartagena", "thanks, all good for now", locale="es")

CASES = c.cases
