"""Second fresh held-out set (en), written blind to the parser: it only measures.

Written on 2026-12-07 without reading the parser, the agents, the message catalog or any other
corpus case file: only the harness, the checks, the fixtures and the demo data. Nobody tunes
against it. Travelers from the US, the UK, Australia and India type on their phones: texting
abbreviations (pls, tmrw, u, w/), missing apostrophes, British spellings and times ("half 1"),
"arvo" and "brekkie", very polite long requests next to terse commands, a local word mixed in,
asides, corrections, and some whose stored locale is Spanish or Portuguese although they write
in English (the reply must follow the language they write in). Every case checks outcomes only
and accepts every reasonable path (cards then a pick, or done at once; a confirmation first).
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    INPUT,
    SEL,
    AnyOf,
    Cards,
    Check,
    Same,
    Says,
    SaysLast,
    Type,
    Warned,
    When,
)
from bench.understanding_corpus.item_checks import (
    Added,
    Chose,
    ClashHandled,
    Filled,
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


def answer(other: str, confirm: str = "yes") -> Step:
    """Going along with a question: `confirm` to a confirmation, `other` to anything else asked
    (which one, how many people, what time, which interests); skipped after a final answer."""
    return Step(confirm, (), None, None, (((CONF,), confirm), ((SEL, INPUT), other)))


def first(text: str, *expect: Check) -> Step:
    """A request that may be done at once or asked about first (and then nothing changed)."""
    return S(text, Type(*ANY), When((CONF, SEL, INPUT), Same()), *expect)


c = Corpus("en", "-fresh2")


def edit(
    kind: str, trip: str, text: str, *final: Check, locale: str = "en", choose: str = "1"
) -> None:
    """One edit request; a confirmation or a which-one question (answered with `choose`) is
    gone along with."""
    c.case(
        kind, trip, first(text), go("yes", choose), go("yes", choose), final=final, locale=locale
    )


def several(trip: str, text: str, *final: Check) -> None:
    """Several requests in one message: the first ones may be done before a question on a
    later one, so the trip may change on a question too."""
    c.case("multi", trip, S(text, Type(*ANY)), go(), go(), go(), final=final)


def no_twin(name: str) -> Check:
    """Asking for a place already on the trip: asked about, warned, or left alone (said so)."""
    return AnyOf((Type(CONF, SEL, INPUT), Same()), (Warned(),), (Same(), Says(name)))


# ---- add: a named place or a kind of place on a day ---------------------------------------

c.add("kyoto", "can u pop nishiki market in on wed", day=3, name="Nishiki Market")
c.add(
    "edinburgh",
    "Hello! Could you please add the Scottish National Gallery to our second day? "
    "Thank you so much, this has been really helpful.",
    day=2,
    name="Scottish National Gallery",
)
c.add("goa", "add a beach shack on day 4", day=4, terms=("beach shack", "shack"))
c.add("mumbai", "add crawford market tmrw", day=2, name="Crawford Market")
c.add("porto", "stick igreja do carmo on day five pls", day=5, name="Igreja do Carmo")
c.add("hadibo", "hoq caves day 2", day=2, name="Hoq Cave")
c.add("jaipur", "Albert hall musuem on the last day", day=3, name="Albert Hall Museum")

# ---- add_slots: meals, parts of the day, clock times ----------------------------------

c.add(
    "kyoto", "add ramen for lunch on day 3", day=3, terms="ramen", between=LUNCH, kind="add_slots"
)
c.add(
    "edinburgh",
    "fish n chips for dinner on thurs",
    day=4,
    terms=("fish and chips", "chippy"),
    between=DINNER,
    kind="add_slots",
)
c.add(
    "goa",
    "need a brekkie spot on day 3 before the old quarter walk",
    day=3,
    terms=("breakfast", "cafe", "bakery", "brunch"),
    between=("06:00", "09:59"),
    kind="add_slots",
)
c.add(
    "mumbai",
    "need somewhere for dinner tonight, street food maybe? 🙏",
    day=1,
    terms="street food",
    between=DINNER,
    kind="add_slots",
)
c.add(
    "jaipur",
    "add a cafe on day 3 at 4 in the arvo",
    day=3,
    terms="cafe",
    at="16:00",
    kind="add_slots",
)
c.add(
    "porto",
    "port wine tasting on day 5 at 3pm",
    day=5,
    terms=("port wine", "wine tasting"),
    at="15:00",
    kind="add_slots",
)
c.add(
    "hadibo",
    "sushi for dinner on day 2 pls",
    day=2,
    terms="sushi",
    between=DINNER,
    kind="add_slots",
)
c.add(
    "cartagena",
    "can we get a coffee in on day 3 morning, before the beach",
    day=3,
    terms=("coffee", "cafe"),
    between=("06:00", "09:59"),
    kind="add_slots",
)

# ---- wishes: cheap, veggie, rooftop, romantic, top rated, family ---------------------------

c.add(
    "kyoto",
    "somewhere veggie for lunch on day 1, my partner doesnt eat meat",
    day=1,
    wish=VEGGIE,
    between=LUNCH,
    kind="wishes",
)
c.add(
    "edinburgh",
    "cheap eats near the castle for lunch on monday? on a budget this trip haha",
    day=1,
    terms=("restaurant", "cafe", "bakery"),
    wish=CHEAP,
    between=LUNCH,
    kind="wishes",
)
c.add(
    "mumbai",
    "rooftop bar for tonight, something with a view of the sea",
    day=1,
    wish=ROOFTOP,
    between=EVENING,
    kind="wishes",
)
c.add(
    "jaipur",
    "its our anniversary on day 1!! romantic dinner spot pls ❤️",
    day=1,
    terms="restaurant",
    wish=ROMANTIC,
    between=DINNER,
    kind="wishes",
)
c.add(
    "hadibo",
    "whats the best rated seafood place? add it for dinner on day 2",
    day=2,
    terms="seafood",
    wish=TOP_RATED,
    between=DINNER,
    kind="wishes",
)
c.add(
    "porto",
    "something kid friendly for day 5 morning, we've got 2 little ones",
    day=5,
    wish=FAMILY,
    between=MORNING,
    kind="wishes",
)
c.add(
    "goa",
    "day 4 lunch - somewhere cheap and veg pls",
    day=4,
    wish=Wish(max_price=1, keywords=("vegetarian", "vegan")),
    between=LUNCH,
    kind="wishes",
)

# ---- remove ---------------------------------------------------------------------------------

edit("remove", "kyoto", "get rid of ryoanji", Removed("Ryoan-ji"))
edit(
    "remove",
    "edinburgh",
    "Please could you remove the graveyard on Tuesday, my daughter finds it far too creepy.",
    Removed("Greyfriars Kirkyard", 2),
)
edit("remove", "bogota", "drop the botero museum", Removed("Museo Botero"))
edit("remove", "mumbai", "scrap elephanta tmrw, too far w the ferry", Removed("Elephanta Caves"))

# ---- clear a day ----------------------------------------------------------------------------

edit("clear", "goa", "clear day 3 we'll just wing it", Cleared(3))
edit("clear", "porto", "wipe saturday", Cleared(6))
edit("clear", "hadibo", "can u empty out the last day pls", Cleared(3))

# ---- move to another day --------------------------------------------------------------------

edit("move", "kyoto", "move nijo castle to day 1", Moved("Nijo Castle", 1))
edit("move", "edinburgh", "shift arthurs seat to thursday", Moved("Arthur's Seat", 4))
edit("move", "jaipur", "can we do nahargarh fort on day 2 instead", Moved("Nahargarh Fort", 2))
edit("move", "cartagena", "push las bovedas to day 4", Moved("Las Bóvedas", 4))
edit(
    "move",
    "porto",
    "move the francesinha place to day 5 at 1pm",
    Moved("Casa da Francesinha", 5, at="13:00"),
)
edit(
    "move",
    "goa",
    "move anjuna beach to day 3 - no wait, day 4",
    Moved("Anjuna Beach", 4),
)

# ---- retime ---------------------------------------------------------------------------------

edit(
    "retime",
    "kyoto",
    "fushimi inari at 7am instead, want to beat the crowds",
    Retimed("Fushimi Inari Taisha", "07:00"),
)
edit(
    "retime",
    "edinburgh",
    "castle at 11 rather than half nine pls",
    Retimed("Edinburgh Castle", "11:00"),
)
edit(
    "retime",
    "mumbai",
    "marine drive for sunset tmrw, like 6.45?",
    Retimed("Marine Drive", "18:45"),
)
edit(
    "retime",
    "bogota",
    "can we have lunch at la casona at half 1 instead of 1",
    Retimed("La Casona del Ajiaco", "13:30"),
)
edit("retime", "hadibo", "corniche fish grill 8pm", Retimed("Corniche Fish Grill", "20:00"))
edit(
    "retime",
    "porto",
    "could the port wine lodge be at five instead? we'd like a lie in lol",
    Retimed("Cais Port Wine Lodge", "17:00"),
)

# ---- replace --------------------------------------------------------------------------------


def replace(trip: str, text: str, final: Replaced, locale: str = "en") -> None:
    """Replacing one item: cards (fitting the wish) then a pick, or done at once."""
    step = first(text, When(SEL, Cards(final.terms, final.wish)))
    c.case("replace", trip, step, go("yes", "1"), go("yes", "1"), final=(final,), locale=locale)


replace(
    "kyoto",
    "swap menya kurogane for something vegetarian",
    Replaced("Menya Kurogane", 2, wish=VEGGIE),
)
replace(
    "edinburgh",
    "instead of the thistle & stag can we do somewhere with seafood? not fussed on haggis",
    Replaced("Thistle & Stag", 1, terms=("seafood",)),
)
replace(
    "goa",
    "replace vindaloo & vinho w/ a cheaper place",
    Replaced("Vindaloo & Vinho", 3, terms=("restaurant",), wish=Wish(max_price=2)),
)
replace(
    "jaipur",
    "change the rooftop kitchen on day 2 to something italian",
    Replaced("Haveli Rooftop Kitchen", 2, terms=("italian",)),
)
replace(
    "cartagena",
    "the cevicheria on day 1 -> something vegetarian pls, my wife is allergic to shellfish",
    Replaced("La Cevichería Caribe", 1, wish=VEGGIE),
)
replace(
    "hadibo",
    "replace the heritage house with hoq cave",
    Replaced("Socotra Heritage House", 1, terms=("cave",)),
)

# ---- swap days ------------------------------------------------------------------------------

edit("swap_days", "kyoto", "swap day 1 and day 3", Swapped(1, 3))
edit(
    "swap_days",
    "edinburgh",
    "could we switch monday and tuesday round? we'll be jetlagged on the first day",
    Swapped(1, 2),
)
edit("swap_days", "bogota", "flip days 2 & 3 pls", Swapped(2, 3))

# ---- the trip as a whole --------------------------------------------------------------------

edit("trip", "goa", "add an extra day at the end, we extended 🎉", Days(5))
edit(
    "trip",
    "edinburgh",
    "we have to cut the trip short by a day unfortunately, pls drop the last day",
    Days(4),
)
edit(
    "trip",
    "jaipur",
    "our flight got changed, we now land on dec 10. can u move the trip to start then",
    Start("2026-12-10"),
)
edit(
    "trip",
    "cartagena",
    "can we start the whole thing a day earlier, on the 6th",
    Start("2026-12-06"),
)

# ---- undo -----------------------------------------------------------------------------------

c.case(
    "undo",
    "kyoto",
    first("remove kinkaku-ji"),
    go(),
    S("oops undo that", Type(DONE, CONF)),
    go(),
    final=(Same(),),
)
c.case(
    "undo",
    "porto",
    first("move ribeira to day 5"),
    go(),
    S("hmm no put it back how it was", Type(DONE, CONF)),
    go(),
    final=(Same(),),
)
c.case(
    "undo",
    "hadibo",
    first("add sushi zen on day 2"),
    go(),
    S("actually undo, changed my mind", Type(DONE, CONF)),
    go(),
    final=(Same(),),
)

# ---- show -----------------------------------------------------------------------------------

c.still("show", "mumbai", "whats on tmrw?", Says("Elephanta Caves", "Marine Drive"))
c.still("show", "edinburgh", "what've we got on friday", Says("Royal Botanic Garden"))
c.still("show", "cartagena", "full itinerary pls", Says("Walled City", "Las Bovedas"))

# ---- plan -----------------------------------------------------------------------------------


def plan(trip: str, text: str, *final: Check, locale: str = "en") -> None:
    """A plan request: built at once, or after a confirmation or a question on interests.
    Planning one empty day keeps what the other days hold (NoLoss)."""
    reply = "temples, food and walks"
    c.case(
        "plan",
        trip,
        S(text, Type(*ANY)),
        answer(reply),
        answer(reply),
        final=final,
        locale=locale,
    )


plan(
    "blank",
    "plan our 2 days pls, we love temples and good food",
    Plan("kyoto", 2, includes=(("temple",),)),
)
plan(
    "edinburgh",
    "can u fill thursday for us, we've got nothing on yet",
    Plan("edinburgh", 5),
    NoLoss(),
)
plan("bogota", "plan day 4 for me, something chill", Plan("bogota", 4), NoLoss())
plan(
    "porto",
    "Day 5 is completely empty at the moment. Could you put together a nice day for us? "
    "We like art and good views.",
    Plan("porto", 6),
    NoLoss(),
)

# ---- explain --------------------------------------------------------------------------------

c.still("explain", "kyoto", "whats ryoan-ji? is it worth it", Says("Ryoan-ji"))
c.still("explain", "jaipur", "why'd u put jantar mantar in the afternoon", Says("Jantar Mantar"))
c.still("explain", "goa", "tell me a bit about the basilica pls", Says("Bom Jesus"))

# ---- book -----------------------------------------------------------------------------------


def book(trip: str, text: str, final: Booked, people: str, locale: str = "en") -> None:
    """A booking request: confirmed and made, whatever was asked on the way."""
    c.case(
        "book",
        trip,
        first(text),
        answer(people),
        answer(people),
        answer(people),
        final=(final,),
        locale=locale,
    )


book("kyoto", "book kamogawa kaiseki for 2 ppl", Booked("Kamogawa Kaiseki", party=2), "2")
book(
    "edinburgh",
    "Could you reserve a table at The Thistle & Stag for four at 7pm on Monday please?",
    Booked("Thistle & Stag", party=4, at="19:00"),
    "4",
)
book(
    "porto",
    "book marisqueira da foz, 3 of us, 8pm",
    Booked("Marisqueira da Foz", party=3, at="20:00"),
    "3",
)
book(
    "mumbai",
    "table at konkan coast kitchen tmrw night for 2, 8.30pm",
    Booked("Konkan Coast Kitchen", party=2, at="20:30"),
    "2",
)

# ---- a local expert -------------------------------------------------------------------------


def expert(trip: str, text: str, locale: str = "en") -> None:
    """Asking for a local expert: a lead is recorded, whatever was asked on the way."""
    reply = "food and history"
    c.case(
        "expert",
        trip,
        first(text),
        answer(reply),
        answer(reply),
        final=(Lead(),),
        locale=locale,
    )


expert("jaipur", "can u connect me with a local guide")
expert(
    "mumbai", "any locals who can show us the street food scene? like a real person not a bot lol"
)
expert(
    "cartagena",
    "I'd like to speak with a local expert about planning the rest of our trip, "
    "if that's at all possible please.",
)

# ---- help -----------------------------------------------------------------------------------

c.chat("help", "hadibo", "what can u do")
c.chat("help", "blank", "how does this work??")
c.chat("help", "goa", "help")

# ---- several requests in one message --------------------------------------------------------

several(
    "kyoto",
    "remove ryoan-ji and move nijo castle to day 1",
    Removed("Ryoan-ji"),
    Moved("Nijo Castle", 1, alone=False),
)
several(
    "edinburgh",
    "add fish and chips for lunch on day 3 and take out the wee dram, we'll be knackered",
    Added(3, ("fish and chips", "chippy"), between=LUNCH, only=False),
    Removed("The Wee Dram"),
)
several(
    "mumbai",
    "move haji ali to 9am and add a cafe for brekkie on day 3",
    Retimed("Haji Ali Dargah", "09:00", alone=False),
    Added(3, ("cafe", "breakfast"), between=BREAKFAST, only=False),
)
several(
    "porto",
    "swap day 3 and day 4, and also add a bakery to day 5 morning",
    Swapped(3, 4),
    Added(5, ("bakery", "pastries"), between=MORNING, only=False),
)
several(
    "goa",
    "pls drop fort aguada (we're so tired lol) and make anjuna beach 6pm",
    Removed("Fort Aguada"),
    Retimed("Anjuna Beach", "18:00", alone=False),
)
several(
    "bogota",
    "take la candelaria off day 1 and put it on day 4, also dinner on day 2 somewhere italian",
    Moved("La Candelaria", 4, alone=False),
    Added(2, ("italian",), between=DINNER, only=False),
)
c.case(
    "multi",
    "hadibo",
    S("add detwah lagoon to day 2 afternoon + book corniche fish grill for 2 ppl", Type(*ANY)),
    answer("2"),
    answer("2"),
    answer("2"),
    final=(
        Added(2, name="Detwah Lagoon", between=AFTERNOON, only=False),
        Booked("Corniche Fish Grill", party=2),
    ),
)

# ---- "it", "that place" ---------------------------------------------------------------------

c.case(
    "referent",
    "kyoto",
    S("add philosopher's path on day 3", Type(SEL, DONE)),
    pick(),
    S("actually make it 4pm", Type(DONE, CONF)),
    go(),
    final=(Retimed(None, "16:00", day=3),),
)
c.case(
    "referent",
    "edinburgh",
    S("add dean village on day 4", Type(SEL, DONE)),
    pick(),
    S("hmm actually move it to friday", Type(DONE, CONF)),
    go(),
    final=(Moved(None, 5),),
)
c.case(
    "referent",
    "goa",
    S("put reis magos fort on day 4", Type(SEL, DONE)),
    pick(),
    S("nah remove that one sorry", Type(DONE, CONF)),
    go(),
    final=(Same(),),
)
c.case(
    "referent",
    "jaipur",
    S("whats hawa mahal like?", Type(DONE), Same(), Says("Hawa Mahal")),
    first("cool, move it to day 3 then"),
    go(),
    final=(Moved("Hawa Mahal", 3),),
)
c.case(
    "referent",
    "cartagena",
    S("add cocina palenquera to day 4 for dinner", Type(SEL, DONE)),
    pick(),
    first("book it for 2 at 8pm"),
    answer("2"),
    answer("2"),
    final=(Booked(None, party=2, at="20:00"),),
)
c.case(
    "referent",
    "mumbai",
    S("add jehangir art gallery tomorrow", Type(SEL, DONE)),
    pick(),
    S("is it free?", Type(DONE), Same(), SaysLast()),
)

# ---- a place already on the trip ------------------------------------------------------------

c.case("duplicate", "kyoto", S("add kinkaku-ji on day 3", no_twin("Kinkaku-ji")))
c.case("duplicate", "edinburgh", S("add calton hill on day 2 pls", no_twin("Calton Hill")))
c.case("duplicate", "hadibo", S("put delisha beach on day 1", no_twin("Delisha Beach")))

# ---- a time already taken -------------------------------------------------------------------


def clash(trip: str, text: str, final: ClashHandled, locale: str = "en") -> None:
    """Adding at a taken time: put elsewhere, or added there with a warning or a question."""
    c.case(
        "clash",
        trip,
        first(text),
        go("yes", "1", answer="11am"),
        go("yes", "1", answer="11am"),
        final=(final,),
        locale=locale,
    )


clash("kyoto", "add a coffee place day 2 at 8:30", ClashHandled(2, "08:30", ("coffee", "cafe")))
clash("jaipur", "add albert hall museum at 9am on day 1", ClashHandled(1, "09:00", ("museum",)))
clash(
    "porto",
    "add igreja de sao francisco day 2 at 10",
    ClashHandled(2, "10:00", ("church",)),
)

# ---- fill an open meal slot -----------------------------------------------------------------


def fill(trip: str, text: str, day: int, slot: str, terms: tuple[str, ...], reply: str) -> None:
    """Filling an open meal slot with no kind given: cards, done at once, or first a question
    on what they feel like (answered with `reply`); then the slot holds a matching place."""
    c.case(
        "slot_fill",
        trip,
        S(text, Type(SEL, DONE, INPUT), When((SEL, INPUT), Same()), When(SEL, Cards(terms))),
        go("yes", "1", answer=reply),
        go("yes", "1", answer=reply),
        final=(Filled(day, (slot,), terms),),
    )


fill("kyoto", "fill in dinner on day 2 pls", 2, "Dinner", ("restaurant",), "anything japanese")
c.add(
    "edinburgh",
    "sort brekkie for tuesday",
    day=2,
    terms=("breakfast", "cafe", "bakery", "brunch"),
    slot="Breakfast",
    kind="slot_fill",
)
fill(
    "cartagena",
    "find us somewhere for lunch on day 5",
    5,
    "Almuerzo",
    ("restaurant", "cafe"),
    "local food, nothing fancy",
)
c.add(
    "hadibo",
    "fill the lunch gap on day 2 with something local",
    day=2,
    terms=("yemeni", "local food"),
    slot="Lunch",
    kind="slot_fill",
)

# ---- small talk -----------------------------------------------------------------------------

c.chat("social", "kyoto", "thanks heaps, legend 🙌")
c.chat("social", "edinburgh", "cheers mate")
c.chat("social", "goa", "hiii")
c.chat("social", "mumbai", "ok cool thx", locale="pt")

# ---- questions: weather, events, safety, cost, share, export -------------------------------

c.still("info", "edinburgh", "whats the weather gonna be like? do i need to pack a brolly")
c.still("info", "goa", "any festivals or events on while we're there?")
c.still("info", "bogota", "is it safe to walk around la candelaria at night?")
c.still("info", "porto", "roughly how much is all this going to cost us")
c.still("info", "jaipur", "can i share the itinerary w my wife")
c.still("info", "cartagena", "export this to my google calendar pls", locale="es")

# ---- answering cards ------------------------------------------------------------------------


def choice(
    trip: str, text: str, terms: tuple[str, ...], reply: str, final: Check, wish: Wish | None = None
) -> None:
    """A kind of place: cards, then the traveler answers them in their own words."""
    c.case(
        "choice",
        trip,
        S(text, Type(SEL), Same(), Cards(terms, wish, min=2)),
        S(reply, Type(DONE), final),
    )


choice("hadibo", "add a sushi place on day 2", ("sushi",), "the second one", Chose(1))
choice(
    "kyoto",
    "somewhere for noodles on day 3?",
    ("noodles", "ramen", "udon", "soba"),
    "the last one",
    Chose(-1),
)
choice(
    "edinburgh",
    "any vegan places for lunch on friday?",
    ("vegan",),
    "bruntsfield pls",
    Added(5, name="Bruntsfield Vegan Bothy"),
)
choice("mumbai", "a museum for tmrw arvo?", ("museum",), "2nd", Chose(1))
choice("goa", "add a cafe on day 4", ("cafe",), "azulejo", Added(4, name="Café Azulejo"))
choice(
    "jaipur",
    "cheap eats for lunch day 2",
    ("restaurant", "cafe", "bakery"),
    "number 3",
    Chose(2),
    wish=CHEAP,
)

# ---- locale says es/pt, the traveler writes English -----------------------------------------

c.add(
    "porto",
    "add a pastel de nata place on day 5 morning",
    day=5,
    terms="pastel de nata",
    between=MORNING,
    kind="locale",
    locale="pt",
)
c.still("locale", "bogota", "can you show me day 2", Says("Monserrate"), locale="es")
edit(
    "locale",
    "cartagena",
    "move the beach to day 4",
    Moved("Playa de Bocagrande", 4),
    locale="es",
    choose="playa de bocagrande",
)
c.chat("locale", "hadibo", "thanks, that's perfect", locale="pt")

CASES: list[Case] = c.cases
