"""Fifth fresh held-out set (en), written blind to the parser: it only measures.

Written blind on 2026-12-07 and never tuned on: without reading the parser, the intents, the
agents, the message catalog, the locales or any other corpus file's cases; only the harness,
the checks, the fixtures, the runner, the demo places and the PRD. Nobody tunes against it.

Travelers from the US, the UK, Canada, Australia, New Zealand, India, South Africa, Nigeria and
the Philippines type on their phones: shorthand (pls, tmrw, u, w/, rn, tbh), missing
apostrophes, "half 9", "8ish", Indian English ("kindly prepone", "what all"), Aussie and Kiwi
slang ("arvo", "chuck", "littlies", "sweet as"), South African "swop" and "howzit", Nigerian
"abeg", Filipino "po", polite long requests next to two-word commands, two requests in one
message, corrections mid-sentence, referents ("that one", "it", "the tower", "our empty day"),
and some whose stored locale is Spanish or Portuguese although they write in English (the reply
must follow the language they write in). Every case checks outcomes only and accepts every
reasonable path (cards then a pick, or done at once; a confirmation or a question first).
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    ERR,
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
    NewCount,
    NoLoss,
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
    Corpus,
    S,
    Step,
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

c = Corpus("en", "-fresh4")


def along(other: str = "1", confirm: str = "yes") -> Step:
    """Going along with a question: `confirm` to a confirmation, `other` to anything else asked
    (which one, how many people, what time); skipped after a final answer."""
    return Step(confirm, (), None, None, (((CONF,), confirm), ((SEL, INPUT), other)))


def first(text: str, *expect: Check) -> Step:
    """A request that may be done at once or asked about first (and then nothing changed)."""
    return S(text, Type(*ANY), When(ASKED, Same()), *expect)


def asks(text: str, *expect: Check) -> Step:
    """A request missing something a human would ask for: a question, nothing changed."""
    return S(text, Type(*ASKED), Same(), *expect)


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
    """Two requests in one message: the first may be done before a question on the second,
    so the trip may change on a question too."""
    c.case(
        "multi",
        trip,
        S(text, Type(*ANY)),
        along(),
        along(),
        along(),
        final=final,
        locale=locale,
    )


def undo(trip: str, opening: Step, then: Step, text: str, locale: str = "en") -> None:
    """An edit, then taking it back: the undo turn restores something, the trip ends as it began."""
    c.case(
        "undo",
        trip,
        opening,
        then,
        along(),
        S(text, Type(DONE, CONF), When(DONE, Changed())),
        along(),
        final=(Same(),),
        locale=locale,
    )


def choice(
    trip: str,
    text: str,
    answer: str,
    index: int,
    *final: Check,
    terms: tuple[str, ...] = (),
    wish: Wish | None = None,
    least: int = 1,
    locale: str = "en",
) -> None:
    """Asking for options: cards; then picking one by its position."""
    c.case(
        "choice",
        trip,
        S(text, Type(SEL), Same(), Cards(terms, wish, min=least)),
        S(answer, AnyOf((Type(DONE), Chose(index)), (Type(CONF), Same()))),
        along(),
        final=final,
        locale=locale,
    )


def clash(trip: str, text: str, day: int, busy: str, terms: tuple[str, ...]) -> None:
    """An add at a time that is taken: fine in a free slot, else warned or asked."""
    c.case(
        "clash",
        trip,
        S(text, Type(*ANY)),
        along(),
        along(),
        along(),
        final=(ClashHandled(day, busy, terms),),
    )


def book(trip: str, text: str, answer: str, *final: Check, locale: str = "en") -> None:
    """A booking request; a question (how many, what time) gets `answer`."""
    c.case(
        "book",
        trip,
        first(text),
        along(answer),
        along(answer),
        final=(*final, NoLoss()),
        locale=locale,
    )


# ---- add ---------------------------------------------------------------------------------

c.add("kyoto", "can you add a ramen place on day 1, no wait sorry day 3", day=3, terms="ramen")
c.add(
    "edinburgh",
    "Morning! Could you pop the Scottish National Gallery in on Tuesday morning please? Cheers",
    day=2,
    terms="Scottish National Gallery",
    between=MORNING,
    name="Scottish National Gallery",
)
c.add(
    "goa",
    "pls add se cathedral on day 1 right after the basilica",
    day=1,
    terms="Se Cathedral",
    between=("09:15", "12:45"),
    name="Se Cathedral",
)
c.add(
    "mumbai",
    "Add Crawford Market tomorrow afternoon",
    day=2,
    terms="Crawford Market",
    between=AFTERNOON,
    name="Crawford Market",
)
c.add(
    "jaipur",
    "throw albert hall museum on day 3 around 2",
    day=3,
    terms="Albert Hall Museum",
    between=("13:30", "14:30"),
    name="Albert Hall Museum",
)
c.add("porto", "friday is gonna be our beach day eh, can u add one", day=5, terms="beach")
c.add(
    "cartagena",
    "chuck the gold museum in on day 4 arvo if poss",
    day=4,
    terms="gold",
    between=AFTERNOON,
    name="Museo del Oro Zenú",
)
c.add(
    "bogota",
    "keen for a proper coffee on day 3 before the botanic garden, add somewhere good",
    day=3,
    terms=("coffee", "cafe"),
    between=("06:00", "09:00"),
)
c.add(
    "hadibo",
    "pls put sushi zen on day 2 for dinner",
    day=2,
    terms="Sushi Zen",
    between=DINNER,
    name="Sushi Zen",
)
c.add(
    "blank",
    "hi po! pls add the golden pavilion on day 1 😊",
    day=1,
    terms="golden pavilion",
    name="Kinkaku-ji",
)
c.add(
    "edinburgh",
    "Abeg add Holyrood palace for Thursday morning",
    day=4,
    terms="Holyroodhouse",
    between=MORNING,
    name="Palace of Holyroodhouse",
)
# Deliberately unknown: a clear "not found", nothing added.
c.case("add", "hadibo", S("add moon restaurant to day 2 pls", Type(ERR, INPUT), Same()))

# ---- add_slots: the open meal slots ------------------------------------------------------

c.add(
    "kyoto",
    "can u fill the lunch gap on day 1 with something veggie",
    day=1,
    terms=FOOD,
    wish=VEGGIE,
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "edinburgh",
    "Sort brekkie on Tuesday for us? Somewhere that does good pastries x",
    day=2,
    terms=("pastries", "bakery"),
    slot="Breakfast",
    kind="add_slots",
)
c.add(
    "goa",
    "Lunch on day 2 is still empty, find me a fish thali place na",
    day=2,
    terms="fish thali",
    slot="Lunch",
    kind="add_slots",
)
c.add(
    "mumbai",
    "for tonight's dinner get us some good kebabs",
    day=1,
    terms=("kebab", "kebabs"),
    slot="Dinner",
    kind="add_slots",
)
c.add(
    "cartagena",
    "put something with coconut rice in the lunch slot on day 5 hey",
    day=5,
    terms="coconut rice",
    slot="Almuerzo",
    kind="add_slots",
)
c.add(
    "porto",
    "thurs breakfast - a pastel de nata place would be perfect",
    day=4,
    terms="pastel de nata",
    slot="Breakfast",
    kind="add_slots",
)

# ---- wishes ------------------------------------------------------------------------------

c.add(
    "jaipur",
    "any cheap eats for dinner on day 1? on a budget lol",
    day=1,
    terms=FOOD,
    wish=CHEAP,
    between=DINNER,
    kind="wishes",
)
c.add(
    "kyoto",
    "Top rated sushi for Tuesday dinner please, money's no object",
    day=2,
    terms="sushi",
    wish=TOP_RATED,
    between=DINNER,
    kind="wishes",
)
c.add(
    "mumbai",
    "need a rooftop bar for tmrw night, something with a view",
    day=2,
    terms="bar",
    wish=ROOFTOP,
    between=EVENING,
    kind="wishes",
)
c.add(
    "porto",
    "somewhere kid friendly for friday arvo? we've got two littlies with us",
    day=5,
    wish=FAMILY,
    between=AFTERNOON,
    kind="wishes",
)
c.add(
    "edinburgh",
    "vegetarian dinner on wednesday pls, my partner doesnt eat meat",
    day=3,
    terms=FOOD,
    wish=VEGGIE,
    between=DINNER,
    kind="wishes",
    locale="pt",
)
c.add(
    "cartagena",
    "romantic dinner spot for our anniversary on saturday po 💕",
    day=6,
    terms=FOOD,
    wish=ROMANTIC,
    between=DINNER,
    kind="wishes",
)
c.add(
    "mumbai",
    "Anything open right now for a quick snack? Add it for today",
    day=1,
    terms=FOOD,
    wish=OPEN_NOW,
    kind="wishes",
)
c.add(
    "goa",
    "we want the best seafood in town for dinner on monday, top rated only",
    day=1,
    terms="seafood",
    wish=TOP_RATED,
    between=DINNER,
    kind="wishes",
)
c.add(
    "bogota",
    "Please I need cheap lunch on day 3, arepas or anything like that",
    day=3,
    terms=FOOD,
    wish=CHEAP,
    between=LUNCH,
    kind="wishes",
)

# ---- remove ------------------------------------------------------------------------------

edit("remove", "kyoto", "remove ryoanji", Removed("Ryoan-ji"))
edit(
    "remove",
    "edinburgh",
    "take greyfriars kirkyard off tuesday pls, not really into graveyards tbh",
    Removed("Greyfriars Kirkyard", 2),
)
edit("remove", "goa", "we're skipping the fort on day 2, remove it", Removed("Fort Aguada"))
edit(
    "remove", "jaipur", "Kindly remove Jantar Mantar from the itinerary.", Removed("Jantar Mantar")
)
edit(
    "remove",
    "bogota",
    "drop museo botero, we saw it last time",
    Removed("Museo Botero"),
    locale="es",
)
edit(
    "remove",
    "porto",
    "can u remove the tower pls, my mum's terrified of heights haha",
    Removed("Torre dos Clérigos"),
)
edit(
    "remove",
    "cartagena",
    "get rid of the beach grill on day 3 mate",
    Removed("Bocagrande Beach Grill"),
)

# ---- clear -------------------------------------------------------------------------------

edit("clear", "kyoto", "clear day 3 completely, we'll wing it", Cleared(3))
edit("clear", "porto", "Can you wipe Thursday? Plans have changed.", Cleared(4))
edit(
    "clear",
    "mumbai",
    "empty out tomorrow pls, we are going on a day trip with cousins",
    Cleared(2),
)

# ---- move --------------------------------------------------------------------------------

edit("move", "kyoto", "move nijo castle to day 1", Moved("Nijo Castle", 1))
edit(
    "move",
    "edinburgh",
    "can we do arthurs seat on friday instead, weather looks better then",
    Moved("Arthur's Seat", 5),
)
edit("move", "jaipur", "shift hawa mahal to day 2 morning pls", Moved("Hawa Mahal", 2))
edit("move", "goa", "pls move anjuna beach to thursday, 5pm", Moved("Anjuna Beach", 4, at="17:00"))
edit(
    "move",
    "porto",
    "push the serralves museum to our empty day",
    Moved("Museu de Serralves", 5),
)

# ---- retime ------------------------------------------------------------------------------

edit("retime", "kyoto", "change lunch on day 2 to 1:30pm", Retimed("Menya Kurogane", "13:30"))
edit("retime", "jaipur", "kindly prepone Amber Fort to 8 am", Retimed("Amber Fort", "08:00"))
edit(
    "retime",
    "edinburgh",
    "make the wee dram half 9 instead of 8",
    Retimed("The Wee Dram", "21:30"),
)
edit(
    "retime",
    "bogota",
    "fogon llanero at 8ish instead of 7:30?",
    Retimed("Fogón Llanero", "20:00"),
    locale="es",
)
edit(
    "retime",
    "mumbai",
    "marine drive at 6.30 tmrw instead, for the sunset",
    Retimed("Marine Drive", "18:30"),
)
edit(
    "retime",
    "porto",
    "Please make the dinner at Marisqueira 9pm not 8",
    Retimed("Marisqueira da Foz", "21:00"),
)

# ---- replace -----------------------------------------------------------------------------

edit(
    "replace",
    "kyoto",
    "replace kamogawa kaiseki with something cheaper",
    Replaced("Kamogawa Kaiseki", 1, FOOD, Wish(max_price=3)),
)
edit(
    "replace",
    "edinburgh",
    "swap the thistle & stag for a seafood place instead",
    Replaced("The Thistle & Stag", 1, ("seafood",)),
)
edit(
    "replace",
    "goa",
    "instead of vindaloo & vinho can we do a veg place? my parents are pure veg",
    Replaced("Vindaloo & Vinho", 3, FOOD, VEGGIE),
)
edit(
    "replace",
    "bogota",
    "replace la casona del ajiaco w/ a vegan spot",
    Replaced("La Casona del Ajiaco", 1, FOOD, Wish(keywords=("vegan",))),
)
edit(
    "replace",
    "jaipur",
    "change the kachori place to a south indian breakfast",
    Replaced("Kachori Corner", 3, ("south indian", "dosa")),
)

# ---- swap_days ---------------------------------------------------------------------------

edit("swap_days", "kyoto", "can u switch days 1 & 3 around", Swapped(1, 3))
edit("swap_days", "bogota", "flip monday and tuesday pls", Swapped(1, 2))
edit("swap_days", "porto", "let's swop day 2 and day 3 hey", Swapped(2, 3))

# ---- trip: dates and length --------------------------------------------------------------

edit(
    "trip",
    "kyoto",
    "we scored an extra night!! add a day at the end of the trip",
    Days(4),
    Start("2026-12-07"),
    NoLoss(),
)
edit(
    "trip",
    "goa",
    "flights changed, we now land on dec 10th. can u shift the whole trip?",
    Start("2026-12-10"),
    Days(4),
    NoLoss(),
)
edit(
    "trip",
    "edinburgh",
    "Could you push everything back a week please?",
    Start("2026-12-14"),
    Days(5),
    NoLoss(),
)
edit(
    "trip",
    "cartagena",
    "we have to cut it short unfortunately, make the trip 4 days",
    Days(4),
)

# ---- undo --------------------------------------------------------------------------------

undo("kyoto", first("remove ryoan-ji from day 1"), along(), "oops wrong one, undo that pls")
undo(
    "porto",
    S(
        "add a sushi place on day 5",
        Type(SEL, DONE),
        When(SEL, Same(), Cards(("sushi",))),
    ),
    pick(),
    "hmm actually undo that",
)
undo("jaipur", first("move hawa mahal to day 3"), along(), "nah put it back how it was")

# ---- show --------------------------------------------------------------------------------

c.still(
    "show", "kyoto", "whats the plan for tuesday", Says("Fushimi Inari Taisha", "Kiyomizu-dera")
)
c.still(
    "show",
    "edinburgh",
    "show me the whole itinerary pls",
    Says("Edinburgh Castle", "Arthur's Seat", "Royal Botanic Garden"),
)
c.still("show", "mumbai", "what all is there tomorrow?", Says("Elephanta Caves", "Marine Drive"))
c.still("show", "cartagena", "what've we got on saturday", Says("Las Bóvedas"))

# ---- plan --------------------------------------------------------------------------------

edit(
    "plan",
    "blank",
    "plan out both days for me pls, we love temples and good food",
    Plan("kyoto", 2, (("temple",),)),
    other="temples and good food",
)
edit(
    "plan",
    "edinburgh",
    "Thursday's totally empty, can you plan something for it?",
    Plan("edinburgh", 5),
    NoLoss(),
    other="anything really, a mix",
)
edit(
    "plan",
    "goa",
    "plan day 4 for us please, something relaxed",
    Plan("goa", 4),
    NoLoss(),
    other="relaxed, beach and food",
)
edit(
    "plan",
    "cartagena",
    "can you fill up day 4 with stuff to do? open to anything",
    Plan("cartagena", 6),
    NoLoss(),
    other="anything",
)

# ---- explain -----------------------------------------------------------------------------

c.still("explain", "kyoto", "why ryoan-ji on day 1? what's so special about it", Says("Ryoan-ji"))
c.still("explain", "jaipur", "tell me a bit about jantar mantar", Says("Jantar Mantar"))
c.still(
    "explain",
    "porto",
    "what even is livraria lello, is it worth the queue?",
    Says("Livraria Lello"),
)
c.still(
    "explain",
    "mumbai",
    "hi po, what's elephanta caves like? is it far from the city?",
    Says("Elephanta Caves"),
)

# ---- book --------------------------------------------------------------------------------

book(
    "bogota",
    "book a table for 4 at Fogón Llanero at 7:30pm",
    "4 people at 7:30pm",
    Booked("Fogón Llanero", party=4, at="19:30"),
)
book(
    "kyoto",
    "could you reserve kamogawa kaiseki for the two of us?",
    "2 people, 7pm",
    Booked("Kamogawa Kaiseki", party=2),
)
book(
    "porto",
    "can u book the dinner on day 2 for 3 of us",
    "3 people",
    Booked("Marisqueira da Foz", party=3),
)
book(
    "jaipur",
    "Please book Haveli Rooftop Kitchen for me and my wife",
    "2 people, 7:30 pm",
    Booked("Haveli Rooftop Kitchen", party=2),
)

# ---- expert ------------------------------------------------------------------------------

c.case(
    "expert",
    "jaipur",
    S(
        "can you connect me with a local guide? we're into history and street food",
        Type(*ANY),
        Same(),
    ),
    along("history and street food, mid budget, english"),
    along("history and street food, mid budget, english"),
    final=(Lead(),),
)
c.case(
    "expert",
    "cartagena",
    S(
        "is there a real local expert who could help us plan? we're a family of 4",
        Type(*ANY),
        Same(),
    ),
    along("family stuff, beaches and food, medium budget"),
    along("family stuff, beaches and food, medium budget"),
    final=(Lead(),),
)

# ---- help --------------------------------------------------------------------------------

c.chat("help", "blank", "what can u do?")
c.chat(
    "help",
    "goa",
    "Good evening. How does this thing work? Can I change my trip just by texting you?",
)

# ---- multi: two requests in one message --------------------------------------------------

several(
    "kyoto",
    "remove ryoan-ji and add a matcha cafe on day 1 in the afternoon",
    Removed("Ryoan-ji"),
    Added(1, ("matcha",), between=AFTERNOON, only=False),
)
several(
    "edinburgh",
    "move calton hill to wednesday and delete victoria street",
    Moved("Calton Hill", 3, alone=False),
    Removed("Victoria Street"),
)
several(
    "goa",
    "add a cafe for breakfast on day 3 and move fontainhas to 11am",
    Added(3, ("cafe", "coffee", "bakery"), between=BREAKFAST, only=False),
    Retimed("Fontainhas Latin Quarter", "11:00", alone=False),
)
several(
    "mumbai",
    "move haji ali to tomorrow, and remove the museum today",
    Moved("Haji Ali Dargah", 2, alone=False),
    Removed("Chhatrapati Shivaji Maharaj Vastu Sangrahalaya"),
)
several(
    "porto",
    "switch days 1 and 2, and add a seafood lunch on day 3",
    Swapped(1, 2),
    Added(3, ("seafood",), between=LUNCH, only=False),
)
several(
    "cartagena",
    "Remove palacio de la inquisicion then put castillo san felipe on day 2 instead of day 1",
    Removed("Palacio de la Inquisición"),
    Moved("Castillo San Felipe de Barajas", 2, alone=False),
)

# ---- referent: "it", "that one", a place just talked about -------------------------------

c.case(
    "referent",
    "kyoto",
    S(
        "add kissa matcha-an on day 3",
        Type(SEL, DONE),
        When(SEL, Same(), Cards(("Kissa Matcha-an",))),
    ),
    pick(),
    S("actually make that 4pm", Type(DONE, CONF)),
    along(),
    final=(Added(3, ("Kissa Matcha-an",), at="16:00"),),
)
c.case(
    "referent",
    "jaipur",
    S(
        "add a rooftop bar on day 2",
        Type(SEL, DONE),
        When(SEL, Same(), Cards(("bar",), ROOFTOP)),
    ),
    pick(),
    S("what time does it close tho?", Type(DONE), Same(), SaysLast()),
    final=(Added(2, ("bar",), ROOFTOP),),
)
c.case(
    "referent",
    "edinburgh",
    S(
        "add the scottish national gallery to friday",
        Type(SEL, DONE),
        When(SEL, Same(), Cards(("Scottish National Gallery",))),
    ),
    pick(),
    S("hmm move it to monday afternoon actually", Type(DONE, CONF)),
    along(),
    final=(Added(1, ("Scottish National Gallery",), between=AFTERNOON),),
)
c.case(
    "referent",
    "bogota",
    S("what's monserrate like?", Type(DONE), Same(), Says("Monserrate")),
    S("ok cool, move it to day 3 then", Type(DONE, CONF), When(CONF, Same())),
    along(),
    final=(Moved("Monserrate", 3),),
)
c.case(
    "referent",
    "goa",
    S(
        "add mandovi prawn shack on day 4",
        Type(SEL, DONE),
        When(SEL, Same(), Cards(("Mandovi Prawn Shack",))),
    ),
    pick(),
    S("hmm nah remove that one", Type(DONE, CONF), When(DONE, Removed(None))),
    along(),
    final=(NewCount(0), NoLoss()),
)

# ---- duplicate: already on the trip ------------------------------------------------------

c.case(
    "duplicate",
    "kyoto",
    S(
        "add fushimi inari on day 3",
        AnyOf(
            (Type(CONF, INPUT, SEL), Same()),
            (Same(), Says("Fushimi Inari")),
            (Warned(),),
        ),
    ),
)
c.case(
    "duplicate",
    "porto",
    S(
        "Add Livraria Lello to day 1 please",
        AnyOf((Type(CONF, INPUT, SEL), Same()), (Same(), Says("Livraria Lello"))),
    ),
)

# ---- clash: a time that is taken ---------------------------------------------------------

clash("kyoto", "add a matcha cafe on day 2 at 1pm", 2, "13:00", ("matcha",))
clash("porto", "put Horta Vegana at 1pm on day 4", 4, "13:00", ("Horta Vegana",))
clash(
    "edinburgh",
    "add scottish national gallery day 1 at 9:30",
    1,
    "09:30",
    ("Scottish National Gallery",),
)

# ---- slot_fill: something missing, asked for, then given ---------------------------------

c.case(
    "slot_fill",
    "kyoto",
    asks("move nijo castle"),
    along("to day 1"),
    along("to day 1"),
    final=(Moved("Nijo Castle", 1),),
)
c.case(
    "slot_fill",
    "edinburgh",
    asks("book a table at the thistle & stag"),
    along("4 of us, 7pm"),
    along("4 of us, 7pm"),
    final=(Booked("The Thistle & Stag", party=4),),
)
c.case(
    "slot_fill",
    "goa",
    # DESIGN.md §5: a place request without details may get ERROR or NEEDS_INPUT asking for them.
    S("add something on day 4", Type(ERR, *ASKED), Same()),
    Step("a beach", (), None, None, (((INPUT, SEL, ERR), "a beach pls"), ((CONF,), "yes"))),
    along(),
    along(),
    final=(Added(4, ("beach",)),),
)

# ---- social ------------------------------------------------------------------------------

c.still("social", "kyoto", "thanks so much!! this is perfect 🙏", NoDump(), Short())
c.still("social", "cartagena", "howzit! 👋", NoDump(), Short())
c.still("social", "porto", "sweet as, cheers for that", NoDump(), Short())

# ---- info --------------------------------------------------------------------------------

c.still("info", "kyoto", "what time does nijo castle open?", NoDump(), Says("Nijo Castle"))
c.still(
    "info",
    "edinburgh",
    "is the national museum free to get in?",
    NoDump(),
    Says("National Museum of Scotland"),
)
c.still(
    "info", "jaipur", "how much is the ticket for amber fort roughly", NoDump(), Says("Amber Fort")
)
c.still("info", "mumbai", "hi po, what's the weather gonna be like tmrw?", NoDump())

# ---- choice: options, then a pick -------------------------------------------------------

choice(
    "hadibo",
    "sushi place on day 2?",
    "the second one",
    1,
    Added(2, ("sushi",)),
    terms=("sushi",),
)
choice(
    "kyoto",
    "show me some coffee spots for day 3 morning",
    "2nd one pls",
    1,
    Added(3, ("coffee", "cafe")),
    terms=("coffee", "cafe"),
)
choice(
    "porto",
    "need a seafood place for dinner on day 3, what are my options?",
    "the last one",
    -1,
    Added(3, ("seafood",)),
    terms=("seafood",),
)
choice(
    "goa",
    "options for brekkie on day 3?",
    "#3",
    2,
    Added(3, FOOD),
    terms=FOOD,
    least=3,
)
choice(
    "jaipur",
    "looking for a temple to add on day 3, what've you got",
    "first one looks good",
    0,
    Added(3, ("temple",)),
    terms=("temple",),
)

# ---- locale: stored in Spanish or Portuguese, writing in English -------------------------

c.add(
    "kyoto",
    "add a tempura place for dinner on day 3",
    day=3,
    terms="tempura",
    between=DINNER,
    kind="locale",
    locale="es",
)
c.still(
    "locale",
    "porto",
    "what's on day 1 again?",
    Says("Livraria Lello", "Ribeira"),
    locale="pt",
)
edit(
    "locale",
    "bogota",
    "pls remove distrito grafiti, we did a graffiti tour already",
    Removed("Distrito Grafiti"),
    locale="es",
)
c.add(
    "cartagena",
    "hi! can u add a salsa club for friday night",
    day=5,
    terms="salsa",
    between=EVENING,
    kind="locale",
    locale="es",
)
edit("locale", "goa", "move miramar beach to day 4 pls", Moved("Miramar Beach", 4), locale="pt")

CASES = c.cases
