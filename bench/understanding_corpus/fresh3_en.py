"""Fourth fresh held-out set (en), written blind to the parser: it only measures.

Written blind on 2026-12-07 and never tuned on: without reading the parser, the intents, the
agents, the message catalog, the locales or any other corpus file's cases; only the harness,
the checks, the fixtures, the runner and the demo places. Nobody tunes against it.

Travelers from the US, the UK, Canada, Australia, India, Singapore and Ireland type on their
phones: texting shorthand (pls, tmrw, u, w/, rn, ngl), no apostrophes, British and Irish times
("half 7"), "8ish", Singlish and Aussie asides, very polite long requests next to two-word
commands, two requests in one message, corrections mid-sentence, referents ("that one", "the
bar on day 1"), and some whose stored locale is Spanish or Portuguese although they write in
English (the reply must follow the language they write in). Every case checks outcomes only
and accepts every reasonable path (cards then a pick, or done at once; a confirmation first).
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
    Check,
    NoDump,
    Same,
    Says,
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
    BREAKFAST,
    DINNER,
    EVENING,
    MORNING,
    Corpus,
    If,
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
FOOD = ("restaurant", "cafe", "bakery")


def along(other: str = "1", confirm: str = "yes") -> Step:
    """Going along with a question: `confirm` to a confirmation, `other` to anything else asked
    (which one, how many people, what time); skipped after a final answer."""
    return Step(confirm, (), None, None, (((CONF,), confirm), ((SEL, INPUT), other)))


def first(text: str, *expect: Check) -> Step:
    """A request that may be done at once or asked about first (and then nothing changed)."""
    return S(text, Type(*ANY), When((CONF, SEL, INPUT), Same()), *expect)


c = Corpus("en", "-fresh3")


def edit(
    kind: str,
    trip: str,
    text: str,
    *final: Check,
    locale: str = "en",
    choose: str = "1",
    confirm: str = "yes",
) -> None:
    """One edit request; a confirmation or a which-one question is gone along with."""
    c.case(
        kind,
        trip,
        first(text),
        along(choose, confirm),
        along(choose, confirm),
        final=final,
        locale=locale,
    )


def several(trip: str, text: str, *final: Check, confirm: str = "yes") -> None:
    """Two requests in one message: the first may be done before a question on the second,
    so the trip may change on a question too."""
    c.case(
        "multi",
        trip,
        S(text, Type(*ANY)),
        along("1", confirm),
        along("1", confirm),
        along("1", confirm),
        final=final,
    )


def chosen(
    trip: str, text: str, reply: str, index: int, *final: Check, terms: tuple[str, ...]
) -> None:
    """Cards, then the traveler picks one by its position (or it was added at once)."""
    c.case(
        "choice",
        trip,
        S(text, Type(SEL, DONE), When(SEL, Same(), Cards(terms, min=2))),
        If(SEL, reply, Type(DONE), Chose(index)),
        final=final,
    )


def twin(trip: str, text: str, name: str) -> None:
    """Asking to add a place already on the trip: asked about, warned, or left alone (and said
    so); not silently added a second time."""
    c.case(
        "duplicate",
        trip,
        S(text, AnyOf((Type(CONF, SEL, INPUT), Same()), (Warned(),), (Same(), Says(name)))),
    )


def clash(trip: str, text: str, day: int, busy: str, terms: tuple[str, ...]) -> None:
    """Adding at a time another item already holds: warned or asked (or put elsewhere)."""
    c.case(
        "clash",
        trip,
        S(text, Type(*ANY)),
        along("1", "yes"),
        along("1", "yes"),
        final=(ClashHandled(day, busy, terms),),
    )


# ---- add: a named place or a kind of place on a day ---------------------------------------

c.add("kyoto", "pls add ginkakuji on day 3", day=3, name="Ginkaku-ji")
c.add("goa", "add se cathedral day 1", day=1, name="Se Cathedral")
c.add("jaipur", "add albert hall museum to the last day", day=3, name="Albert Hall Museum")
c.add("bogota", "Add Chorro de Quevedo on day one pls", day=1, name="Chorro de Quevedo")
c.add("cartagena", "put torre del reloj on day four", day=4, name="Torre del Reloj")
c.add("kyoto", "need a matcha cafe on day 1 somewhere, add one", day=1, terms=("matcha",))
c.add(
    "edinburgh",
    "add a fish n chips place on day 4 — we cant leave scotland without it haha",
    day=4,
    terms=("fish and chips",),
)
c.add("cartagena", "can add the gold museum on tues or not ah", day=2, terms=("gold",))
c.add("hadibo", "add wadi dirhur to day 2", day=2, name="Wadi Dirhur")
c.add(
    "hadibo",
    "could u add a place for grilled fish on day 3? heard the seafood there is unreal",
    day=3,
    terms=("fish", "seafood"),
)
c.add("mumbai", "add crawford market to day 3", day=3, name="Crawford Market")
# Not in the demo data: a clear "not found" (or other ramen to choose from), nothing added.
c.case(
    "add",
    "kyoto",
    S("add ippudo ramen on day 1", Type(ERR, INPUT, SEL, DONE), Same()),
)

# ---- add_slots: at a time or in a part of the day -----------------------------------------

c.add(
    "mumbai",
    "can u stick the kala ghoda art district in tmrw afternoon",
    day=2,
    name="Kala Ghoda Art District",
    between=AFTERNOON,
    kind="add_slots",
)
c.add(
    "edinburgh",
    "add Princes Street Gardens on day 1 at 4pm",
    day=1,
    name="Princes Street Gardens",
    at="16:00",
    kind="add_slots",
)
c.add(
    "porto",
    "stick a pastel de nata stop in on day 3 morning pls",
    day=3,
    terms=("pastel de nata",),
    between=MORNING,
    kind="add_slots",
)
c.add(
    "goa",
    "we wanna catch the sunset at dona paula viewpoint on day 1, can you fit it in before dinner",
    day=1,
    name="Dona Paula Viewpoint",
    between=("16:30", "19:30"),
    kind="add_slots",
)
c.add(
    "cartagena",
    "Plaza Santo Domingo saturday evening, add pls",
    day=6,
    name="Plaza Santo Domingo",
    between=EVENING,
    kind="add_slots",
)
c.add(
    "bogota",
    "add El Techo rooftop lounge on day 3 around 7pm for drinks",
    day=3,
    name="El Techo Rooftop Lounge",
    between=("18:30", "19:30"),
    kind="add_slots",
)

# ---- wishes: cheap, veggie, kid-friendly, rooftop, top rated, romantic ---------------------

c.add(
    "mumbai",
    "somewhere cheap n veg for lunch tmrw",
    day=2,
    terms=FOOD,
    wish=Wish(max_price=1, keywords=("vegetarian", "vegan")),
    slot="Lunch",
    kind="wishes",
)
c.add(
    "kyoto",
    "vegetarian lunch on day 3 pls, my gf doesnt eat meat",
    day=3,
    terms=FOOD,
    wish=VEGGIE,
    slot="Lunch",
    kind="wishes",
)
c.add(
    "jaipur",
    "add a rooftop bar for drinks on the first night, after dinner",
    day=1,
    terms=("bar",),
    wish=ROOFTOP,
    between=EVENING,
    kind="wishes",
)
c.add(
    "goa",
    "thursday is empty — anything kid friendly? we have a 6 and 8 yr old. add something",
    day=4,
    wish=FAMILY,
    kind="wishes",
)
c.add(
    "porto",
    "last night of the trip is our anniversary 🥂 somewhere romantic for dinner please",
    day=6,
    terms=("restaurant",),
    wish=ROMANTIC,
    slot="Dinner",
    kind="wishes",
)
c.add(
    "edinburgh",
    "whats the top rated brunch spot? add it for friday morning",
    day=5,
    terms=("brunch",),
    wish=TOP_RATED,
    between=MORNING,
    kind="wishes",
)
c.add(
    "bogota",
    "cheap eats for lunch on day 3 — budget is tight lol",
    day=3,
    terms=FOOD,
    wish=CHEAP,
    slot="Lunch",
    kind="wishes",
)
c.add(
    "cartagena",
    "vegan breakfast spot on thursday?? add one pls",
    day=4,
    terms=FOOD,
    wish=VEGGIE,
    between=BREAKFAST,
    kind="wishes",
)

# ---- remove --------------------------------------------------------------------------------

edit("remove", "kyoto", "take ryoan-ji off day 1", Removed("Ryoan-ji", 1))
edit("remove", "goa", "remvoe fort agauda pls", Removed("Fort Aguada"))
edit(
    "remove",
    "mumbai",
    "we're skipping elephanta tmrw, the ferry is too much with my knee. remove it",
    Removed("Elephanta Caves"),
)
edit(
    "remove",
    "bogota",
    "delete the graffiti thing on day 3",
    Removed("Distrito Grafiti", 3),
    confirm="go ahead",
)
edit("remove", "porto", "remove sao bento station, we'll pass thru it anyway", Removed("São Bento Station"))  # fmt: skip  # noqa: E501
edit(
    "remove",
    "cartagena",
    "remove the beach on wednesday, keep the grill tho",
    Removed("Playa de Bocagrande", 3),
    Kept("Bocagrande Beach Grill", 3),
)

# ---- clear a day ---------------------------------------------------------------------------

edit("clear", "goa", "wipe day 3, we'll wing it", Cleared(3), confirm="yes pls")
edit("clear", "porto", "clear out monday completely", Cleared(1), confirm="yep do it")
edit(
    "clear",
    "edinburgh",
    "Ah could you empty Tuesday for us? We're grand, doing a day trip to St Andrews instead.",
    Cleared(2),
    confirm="Yes, that's right",
)

# ---- move to another day -------------------------------------------------------------------

edit("move", "kyoto", "move nijo castle to day 2 — no wait, day 1", Moved("Nijo Castle", 1))
edit(
    "move",
    "edinburgh",
    "can calton hill go on thursday instead? we're free all day then",
    Moved("Calton Hill", 4),
)
edit(
    "move",
    "bogota",
    "monserrate to day 4 pls, legs r gonna be dead on tuesday",
    Moved("Monserrate", 4),
)
edit("move", "porto", "move the port wine lodge to friday", Moved("Cais Port Wine Lodge", 5))
edit(
    "move",
    "cartagena",
    "can we do las bovedas on thursday instead of saturday",
    Moved("Las Bóvedas", 4),
)
edit("move", "mumbai", "move marine drive to tonight, sunset looks gorgeous", Moved("Marine Drive", 1))  # fmt: skip  # noqa: E501

# ---- retime --------------------------------------------------------------------------------

edit("retime", "kyoto", "push kamogawa kaiseki to 8pm", Retimed("Kamogawa Kaiseki", "20:00"))
edit(
    "retime",
    "edinburgh",
    "dinner at the thistle and stag, can we make it half 7 instead",
    Retimed("The Thistle & Stag", "19:30"),
)
edit(
    "retime",
    "goa",
    "make vindaloo & vinho 8pm, actually 8.30",
    Retimed("Vindaloo & Vinho", "20:30"),
)
edit(
    "retime",
    "mumbai",
    "can we do the museum at 3 instead of 4 today",
    Retimed("Chhatrapati Shivaji Maharaj Vastu Sangrahalaya", "15:00"),
)
edit(
    "retime",
    "jaipur",
    "kachori corner at 8 is too early for us, make it 9",
    Retimed("Kachori Corner", "09:00"),
)
edit(
    "retime",
    "cartagena",
    "sunset bar on day 1 at 6pm instead — sunset's around then",
    Retimed("Muralla Sunset Bar", "18:00"),
)

# ---- replace -------------------------------------------------------------------------------

edit(
    "replace",
    "edinburgh",
    "swap the thistle & stag for somewhere italian",
    Replaced("The Thistle & Stag", 1, ("italian",)),
)
edit(
    "replace",
    "goa",
    "replace casa xacuti with a veg thali place",
    Replaced("Casa Xacuti", 1, ("thali",), VEGGIE),
)
edit(
    "replace",
    "bogota",
    "instead of fogon llanero can we do peruvian food",
    Replaced("Fogón Llanero", 1, ("peruvian",)),
)
edit(
    "replace",
    "porto",
    "swap marisqueira da foz for something cheaper, its a bit pricey for us",
    Replaced("Marisqueira da Foz", 2, FOOD, Wish(max_price=2)),
)
edit(
    "replace",
    "jaipur",
    "change haveli rooftop kitchen to a vegan place — my sister's joining and she's vegan",
    Replaced("Haveli Rooftop Kitchen", 2, ("vegan",)),
)

# ---- swap two days -------------------------------------------------------------------------

edit("swap_days", "kyoto", "swap day 1 and day 3", Swapped(1, 3))
edit("swap_days", "goa", "can we flip monday and tuesday", Swapped(1, 2))
edit("swap_days", "jaipur", "switch days 2 and 3 around pls", Swapped(2, 3), confirm="sure")

# ---- the trip itself: dates and length -----------------------------------------------------

edit("trip", "edinburgh", "can we tack on an extra day at the end?", Days(6))
edit(
    "trip",
    "porto",
    "our flight got moved, we now land on the 9th of dec. can u shift the whole trip",
    Start("2026-12-09"),
    Days(6),
)
edit(
    "trip",
    "goa",
    "drop the last day, we're flying out wednesday night",
    Days(3),
    confirm="yes correct",
)
edit("trip", "cartagena", "push the whole thing back a week", Start("2026-12-14"), Days(6))

# ---- undo ----------------------------------------------------------------------------------

c.case(
    "undo",
    "kyoto",
    first("remove nijo castle"),
    along(),
    S("wait no undo that", Type(DONE)),
    final=(Same(),),
)
c.case(
    "undo",
    "bogota",
    first("move museo botero to day 4"),
    along(),
    S("hmm actually put it back how it was", Type(DONE)),
    final=(Same(),),
)
c.case(
    "undo",
    "jaipur",
    first("clear day 3"),
    along("1", "ok"),
    S("oh no my bad, undo pls!!", Type(DONE)),
    final=(Same(),),
)

# ---- show ----------------------------------------------------------------------------------

c.still("show", "kyoto", "whats on day 2", Says("Fushimi Inari Taisha", "Kiyomizu-dera"))
c.still("show", "mumbai", "what are we doing tmrw?", Says("Elephanta Caves", "Marine Drive"))
c.still(
    "show",
    "edinburgh",
    "Could you show me the full itinerary please?",
    Says("Edinburgh Castle", "Arthur's Seat", "Royal Botanic Garden"),
)
c.still("show", "porto", "what's the plan for saturday", Says("Cais de Gaia"))
c.still("show", "jaipur", "where r we eating on day 1", Says("Marwar Thali Haveli"))

# ---- plan ----------------------------------------------------------------------------------

edit(
    "plan",
    "blank",
    "plan my 2 days in kyoto pls — temples, gardens and good food",
    Plan("kyoto", 2, (("temple",),)),
)
edit(
    "plan",
    "goa",
    "thursday's totally empty, fill it with something beachy for us",
    Plan("goa", 4, (("beach",),)),
)
edit(
    "plan",
    "bogota",
    "can you plan day 4 for us eh? we like markets and coffee",
    Plan("bogota", 4),
)

# ---- explain -------------------------------------------------------------------------------

c.still("explain", "kyoto", "why's kinkaku-ji so early in the morning?", Says("Kinkaku-ji"))
c.still(
    "explain",
    "edinburgh",
    "what's so special about greyfriars kirkyard?",
    Says("Greyfriars Kirkyard"),
)
c.still("explain", "jaipur", "tell me more abt nahargarh fort", Says("Nahargarh Fort"))
c.still(
    "explain",
    "bogota",
    "is museo del oro actually worth it? why did u pick it",
    Says("Museo del Oro"),
)

# ---- book ----------------------------------------------------------------------------------

c.case(
    "book",
    "kyoto",
    first("book kamogawa kaiseki for 2 pls"),
    along("2"),
    along("2"),
    final=(Booked("Kamogawa Kaiseki", party=2),),
)
c.case(
    "book",
    "jaipur",
    first("Can you reserve a table at Haveli Rooftop Kitchen for 4 at 8pm on day 2?"),
    along("4"),
    along("4"),
    final=(Booked("Haveli Rooftop Kitchen", party=4, at="20:00"),),
)
c.case(
    "book",
    "porto",
    first("we'd like to reserve marisqueira da foz, 3 people"),
    along("3 people"),
    along("3 people"),
    final=(Booked("Marisqueira da Foz", party=3),),
)

# ---- a local expert ------------------------------------------------------------------------

c.case(
    "expert",
    "jaipur",
    first("is there a local guide who could show us around? we're into history + street food"),
    along("history and street food, mid-range budget"),
    along("history and street food, mid-range budget"),
    final=(Lead(),),
)
c.case(
    "expert",
    "cartagena",
    first("can I talk to a local expert? want someone to sort a boat day to the islands"),
    along("boat trip to the islands, snorkelling"),
    along("boat trip to the islands, snorkelling"),
    final=(Lead(),),
)

# ---- help and small talk -------------------------------------------------------------------

c.chat("help", "goa", "what can u do?")
c.chat("help", "porto", "how do i add stuff? do i just type it in here?")
c.chat("social", "edinburgh", "thanks heaps, you're a legend")
c.chat("social", "jaipur", "lol this is so handy ngl")
c.case("social", "mumbai", S("good morning!! 🌞", Type(DONE), Same(), NoDump(), Short()))

# ---- info about a place --------------------------------------------------------------------

c.still("info", "kyoto", "what time does nijo castle open?", Says("Nijo Castle"))
c.still(
    "info",
    "edinburgh",
    "is the national museum free to get in?",
    Says("National Museum of Scotland"),
)
c.still("info", "jaipur", "whats the rating on marwar thali haveli", Says("Marwar Thali Haveli"))
c.still("info", "mumbai", "is elephanta caves open on mondays?", Says("Elephanta Caves"))

# ---- two requests in one message -----------------------------------------------------------

several(
    "kyoto",
    "move nijo castle to day 1 and add nishiki market on day 3",
    Moved("Nijo Castle", 1, alone=False),
    Added(3, name="Nishiki Market", only=False),
)
several(
    "edinburgh",
    "remove greyfriars and put calton hill at 4",
    Removed("Greyfriars Kirkyard"),
    Retimed("Calton Hill", "16:00", alone=False),
)
several(
    "goa",
    "add se cathedral and reis magos fort to thursday",
    NewCount(2),
    Added(4, name="Se Cathedral", only=False),
    Added(4, name="Reis Magos Fort", only=False),
)
several(
    "mumbai",
    "tonight add a rooftop bar after dinner, and tmrw push marine drive to 7pm",
    Added(1, ("bar",), ROOFTOP, only=False),
    Retimed("Marine Drive", "19:00", alone=False),
)
several(
    "porto",
    "Please swap days 1 and 2, and also could you find a vegetarian lunch for day 3?",
    Swapped(1, 2),
    Filled(3, ("Lunch",), FOOD, VEGGIE),
)

# ---- referents: "it", "that one", "the bar on day 1" ---------------------------------------

c.case(
    "referent",
    "kyoto",
    S("add philosopher's path on day 3", Type(SEL, DONE)),
    pick(),
    S("actually put it at 4pm", Type(*ANY)),
    along(),
    final=(Added(3, name="Philosopher's Path"), Retimed(None, "16:00")),
)
c.case(
    "referent",
    "goa",
    S("add Cantina Feni on day 1 evening", Type(SEL, DONE)),
    pick(),
    S("nice, can u book it for 2 as well", Type(*ANY)),
    along("2"),
    along("2"),
    final=(Booked(None, party=2),),
)
edit("referent", "cartagena", "move the bar on day 1 to thursday", Moved("Muralla Sunset Bar", 4))
c.case(
    "referent",
    "mumbai",
    S("add jehangir art gallery tmrw", Type(SEL, DONE)),
    pick(),
    S("hmm nah remove that one, not feeling it", Type(*ANY)),
    along(),
    final=(Same(),),
)
c.case(
    "referent",
    "edinburgh",
    S("what's on day 3?", Type(DONE), Same(), Says("Arthur's Seat")),
    S("move arthurs seat to 11, and that whisky bar to 9pm", Type(*ANY)),
    along(),
    along(),
    final=(Retimed("Arthur's Seat", "11:00", alone=False), Retimed("The Wee Dram", "21:00")),
)

# ---- duplicates ----------------------------------------------------------------------------

twin("goa", "add anjuna beach to day 4", "Anjuna Beach")
twin("kyoto", "add fushimi inari on day 3", "Fushimi Inari Taisha")
twin("porto", "add livraria lello day 2", "Livraria Lello")

# ---- clashes -------------------------------------------------------------------------------

clash("kyoto", "add nishiki market on day 2 at 10am", 2, "10:00", ("market",))
clash("edinburgh", "add Scottish National Gallery at 10 on tuesday", 2, "10:00", ("gallery",))
clash("porto", "put igreja de sao francisco at 11:30 on day 2", 2, "11:30", ("church",))

# ---- open meal slots -----------------------------------------------------------------------

c.add("kyoto", "find us something for lunch on day 1", day=1, terms=FOOD, slot="Lunch", kind="slot_fill")  # fmt: skip  # noqa: E501
c.add(
    "edinburgh",
    "need a breakfast spot for tuesday",
    day=2,
    terms=FOOD,
    slot="Breakfast",
    kind="slot_fill",
)
c.add(
    "mumbai",
    "sort dinner tonight pls, seafood if possible",
    day=1,
    terms=("seafood",),
    slot="Dinner",
    kind="slot_fill",
)
c.add(
    "cartagena",
    "can u pick a lunch place for friday? something local",
    day=5,
    terms=("colombian", "caribbean"),
    slot=("Almuerzo", "Lunch"),
    kind="slot_fill",
)

# ---- choosing from cards -------------------------------------------------------------------

chosen(
    "kyoto",
    "add a temple on day 3 in the afternoon",
    "the 3rd one",
    2,
    Added(3, ("temple",)),
    terms=("temple",),
)
chosen(
    "porto",
    "can u find me a church to visit on saturday",
    "number 2 pls",
    1,
    Added(6, ("church",)),
    terms=("church",),
)
chosen(
    "bogota",
    "add a park on day 4",
    "first one looks good",
    0,
    Added(4, ("park",)),
    terms=("park",),
)
c.case(
    "choice",
    "edinburgh",
    S(
        "seafood for dinner on day 3?",
        Type(SEL, DONE),
        When(SEL, Same(), Cards(("seafood",))),
    ),
    If(SEL, "the Shore one", Type(DONE)),
    final=(Added(3, ("seafood",), between=DINNER, name="Shore Oyster House"),),
)

# ---- stored locale Spanish or Portuguese, writing in English -------------------------------

c.add(
    "kyoto",
    "add tenryu-ji on day 3, it's right by the bamboo grove",
    day=3,
    name="Tenryu-ji",
    kind="locale",
    locale="es",
)
c.still("locale", "cartagena", "what's on day 1?", Says("Walled City"), locale="es")
edit("locale", "porto", "remove the tower on monday", Removed("Torre dos Clérigos"), locale="pt")
c.chat("locale", "bogota", "hi! what can you help me with?", locale="es")
edit("locale", "goa", "move anjuna beach to thursday", Moved("Anjuna Beach", 4), locale="pt")

CASES = c.cases
