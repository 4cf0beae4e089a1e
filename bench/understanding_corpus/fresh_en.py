"""Fresh held-out English cases (`--fresh`): written blind to the parser and the other corpus
files, as travelers type on WhatsApp or Telegram. They only measure; nothing is tuned on them.

Demo trips start on Monday 2026-12-07 (Mumbai: today, Monday 2026-11-23), so Monday is day 1,
Friday day 5 and Saturday day 6; see fixtures.py for what each day holds.
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
    Removed,
    Replaced,
)
from bench.understanding_corpus.places import CHEAP, FAMILY, ROMANTIC, ROOFTOP, TOP_RATED, VEGGIE
from bench.understanding_corpus.spec import (
    AFTERNOON,
    DINNER,
    EVENING,
    LUNCH,
    MORNING,
    Corpus,
    S,
    go,
)
from bench.understanding_corpus.trip_checks import (
    Booked,
    Cleared,
    Days,
    Lead,
    Moved,
    NoBooking,
    Plan,
    Retimed,
    Start,
    Swapped,
)

c = Corpus("en", "f")
EDITS = (DONE, CONF, SEL)


def edit(kind: str, trip: str, text: str, *final: Check, yes: str = "yes") -> None:
    """A request that changes the trip: done at once, or after a confirmation or a pick."""
    c.case(kind, trip, S(text, Type(*EDITS)), go(yes), final=final)


def undone(trip: str, first: str, undo: str) -> None:
    """A change, then taking it back: the trip ends as it started."""
    c.case(
        "undo",
        trip,
        S(first, Type(*EDITS), When(DONE, Changed())),
        go("yes"),
        S(undo, Type(DONE)),
        final=(Same(),),
    )


def duplicate(trip: str, text: str, name: str) -> None:
    """Adding what the trip already has: asked, warned, or told so, and nothing changed."""
    c.case(
        "duplicate",
        trip,
        S(text, AnyOf((Type(CONF, SEL), Same()), Warned(), (Same(), Says(name)))),
    )


def choice(trip: str, text: str, terms: tuple[str, ...], answer: str, index: int, day: int) -> None:
    """Asking for options, then choosing one of the cards in words."""
    c.case(
        "choice",
        trip,
        S(text, Type(SEL), Cards(terms)),
        S(answer, Type(DONE), Chose(index)),
        final=(Added(day, terms),),
    )


# ---- add: a named place or a kind of place -------------------------------------------------
c.add("kyoto", "can we squeeze in nishiki market on wed morning?", day=3,
      name="Nishiki Market", between=MORNING)
c.add("edinburgh", "so basically my wife wants to see the palace of holyroodhouse, thursday works",
      day=4, name="Palace of Holyroodhouse")
c.add("goa", "throw in reis magos fort on the last day", day=4, name="Reis Magos Fort")
c.add("jaipur", "we'd love to see that stepwell panna meena ka kund on day 3", day=3,
      name="Panna Meena ka Kund")
c.add("kyoto", "find us a zen temple for wednesday afternoon", day=3, terms="zen",
      between=AFTERNOON)
c.add("porto", "gotta fit a beach in on day 5 🏖️", day=5, terms="beach")

# ---- add_slots: with a time, a part of the day or a meal ----------------------------------
c.add("edinburgh", "fish n chips friday night pls", day=5, terms="fish and chips",
      between=DINNER, kind="add_slots")
c.add("mumbai", "tonight for dinner we're craving kebabs", day=1, terms="kebab",
      between=DINNER, kind="add_slots")
c.add("kyoto", "coffee and pastries before the bamboo grove on wednesday", day=3,
      terms=("coffee", "pastries", "cafe"), between=("06:00", "09:30"), kind="add_slots")
c.add("porto", "lunch on saturday, something with bacalhau", day=6, terms="bacalhau",
      between=LUNCH, kind="add_slots")
c.add("goa", "on day 2 at quarter to eight in the evening we want a feni bar", day=2,
      terms="feni", at="19:45", kind="add_slots")
c.add("edinburgh", "afternoon tea on thursday around 4ish?", day=4, terms="afternoon tea",
      between=("15:30", "16:30"), kind="add_slots")
c.add("bogota", "lunch on the last day, ajiaco if possible", day=4, terms="ajiaco",
      between=LUNCH, kind="add_slots")

# ---- wishes: cheap, vegetarian, kid-friendly, top rated, rooftop, romantic ------------------
c.add("kyoto", "somewhere cheap for dinner on day 3, budget's getting tight lol", day=3,
      terms=("restaurant", "cafe"), wish=CHEAP, between=DINNER, kind="wishes")
c.add("edinburgh", "my sister is vegetarian, can u find a lunch spot for friday", day=5,
      terms=("restaurant", "cafe"), wish=VEGGIE, between=LUNCH, kind="wishes")
c.add("jaipur", "rooftop drinks for sunset on day 1?", day=1, wish=ROOFTOP, between=EVENING,
      kind="wishes")
c.add("mumbai", "something kid friendly tmrw afternoon, the twins are 6", day=2, wish=FAMILY,
      between=AFTERNOON, kind="wishes")
c.add("porto", "best rated seafood place for our anniversary dinner on friday", day=5,
      terms="seafood", wish=TOP_RATED, between=DINNER, kind="wishes")
c.add("kyoto", "something romantic for our last night 🥰", day=3, wish=ROMANTIC,
      between=EVENING, kind="wishes")

# ---- remove ---------------------------------------------------------------------------------
edit("remove", "edinburgh", "we're not really museum people tbh, can we drop the one on tuesday",
     Removed("National Museum of Scotland", 2))
edit("remove", "goa", "get rid of fort aguada", Removed("Fort Aguada"))
edit("remove", "jaipur", "pls take jantar mantar off, we've seen enough old stuff",
     Removed("Jantar Mantar"))
edit("remove", "porto", "no need for the bookshop, the queue is insane apparently",
     Removed("Livraria Lello"))

# ---- clear a day ----------------------------------------------------------------------------
edit("clear", "kyoto", "wipe day 3, we'll wing it", Cleared(3))
edit("clear", "porto", "can u empty saturday? we might do a day trip to braga", Cleared(6))

# ---- move to another day --------------------------------------------------------------------
edit("move", "edinburgh", "push calton hill to thursday", Moved("Calton Hill", 4))
edit("move", "kyoto", "kiyomizu-dera works better on the last day", Moved("Kiyomizu-dera", 3))
edit("move", "goa", "can anjuna beach go on day 4 instead", Moved("Anjuna Beach", 4))
edit("move", "bogota", "bump monserrate to the next day", Moved("Monserrate", 3))

# ---- retime ---------------------------------------------------------------------------------
edit("retime", "kyoto", "nijo castle at 11 instead pls", Retimed("Nijo Castle", "11:00"))
edit("retime", "edinburgh", "dinner at thistle and stag, make it half past eight",
     Retimed("Thistle & Stag", "20:30"))
edit("retime", "mumbai", "marine drive at quarter past six", Retimed("Marine Drive", "18:15"))
edit("retime", "porto", "tasca do cais at 1:30 rather than 1",
     Retimed("Tasca do Cais", "13:30"))

# ---- replace --------------------------------------------------------------------------------
edit("replace", "kyoto", "swap the ramen on tuesday for udon",
     Replaced("Menya Kurogane", 2, ("udon",)))
edit("replace", "edinburgh", "instead of canongate kitchen can we do something veggie",
     Replaced("Canongate Kitchen", 2, (), VEGGIE))
edit("replace", "goa", "vindaloo & vinho out, seafood place in",
     Replaced("Vindaloo & Vinho", 3, ("seafood",)))

# ---- swap days ------------------------------------------------------------------------------
edit("swap_days", "kyoto", "flip day 1 and day 2", Swapped(1, 2))
edit("swap_days", "edinburgh", "switch tuesday and wednesday around", Swapped(2, 3))

# ---- trip: days and dates -------------------------------------------------------------------
edit("trip", "kyoto", "add one more day at the end", Days(4))
edit("trip", "porto", "we're cutting the trip short, drop the last day", Days(5))
edit("trip", "edinburgh", "flights changed, we now start on the 9th of december",
     Start("2026-12-09"))
edit("trip", "goa", "can we shift everything a week later? got new flights", Start("2026-12-14"))

# ---- undo -----------------------------------------------------------------------------------
undone("kyoto", "take ryoan-ji out", "wait no undo that")
undone("jaipur", "add albert hall museum on day 3", "nvm take that back")
undone("porto", "clear day 4", "ugh put it back how it was")

# ---- show a day -----------------------------------------------------------------------------
c.still("show", "kyoto", "whats the plan for tuesday",
        Says("Fushimi Inari Taisha", "Kiyomizu-dera"))
c.still("show", "edinburgh", "what do we have on friday again?", Says("Royal Botanic Garden"))
c.still("show", "mumbai", "what's on for tmrw?", Says("Elephanta Caves", "Marine Drive"))

# ---- plan a new trip ------------------------------------------------------------------------
c.case("plan", "blank", S("plan 2 days in kyoto for us, we like temples and food",
                          Type(DONE, CONF, INPUT)), go("yes"),
       final=(Plan("kyoto", 2, (("temple",),)),))
c.case("plan", "kyoto", S("scrap all this, we're going to edinburgh instead, 3 days",
                          Type(CONF, DONE)), go("yep"),
       final=(Plan("edinburgh", 3),))
c.case("plan", "goa", S("make me a new 3 day plan for jaipur", Type(CONF), Same()),
       S("no wait, keep what i have", Type(DONE)), final=(Same(),))

# ---- explain a place ------------------------------------------------------------------------
c.still("explain", "kyoto", "what's the deal with ryoan-ji?", Says("Ryoan-ji"))
c.still("explain", "jaipur", "is jantar mantar worth it? what is it exactly", Says("Jantar Mantar"))

# ---- book a table ---------------------------------------------------------------------------
c.case("book", "kyoto", S("table for two at kamogawa kaiseki pls, the 7pm works",
                          Type(CONF, DONE, INPUT)), go("yep send it", answer="2 people"),
       final=(Booked("Kamogawa Kaiseki", 2, "19:00"),))
c.case("book", "porto", S("can you book marisqueira da foz for 6 of us",
                          Type(CONF, DONE, INPUT)), go("sure", answer="6"),
       final=(Booked("Marisqueira da Foz", 6),))
c.case("book", "edinburgh", S("reserve the thistle & stag for 3 people",
                              Type(CONF, INPUT), Same()),
       S("actually no, never mind", Type(DONE)), final=(NoBooking(),))

# ---- a local expert -------------------------------------------------------------------------
c.case("expert", "goa", S("is there like a local guide who can help us plan goa?",
                          Type(DONE, CONF, INPUT)), go("yes please"), final=(Lead(),))
c.case("expert", "kyoto", S("id rather talk to a real person who knows kyoto",
                            Type(DONE, CONF, INPUT)), go("yes"), final=(Lead(),))

# ---- help -----------------------------------------------------------------------------------
c.chat("help", "kyoto", "what can u do?")
c.chat("help", "edinburgh", "um how does this work")

# ---- two requests in one message ------------------------------------------------------------
edit("multi", "kyoto", "drop ryoan-ji, and add ginkaku-ji on day 3",
     Removed("Ryoan-ji"), Added(3, name="Ginkaku-ji", only=False))
edit("multi", "edinburgh",
     "move arthur's seat to thursday and add a pizza place for dinner on wednesday",
     Moved("Arthur's Seat", 4, alone=False), Added(3, ("pizza",), between=DINNER, only=False))
edit("multi", "goa", "put fort aguada at 9 and the bakery at 8",
     Retimed("Fort Aguada", "09:00", alone=False), Retimed("Bebinca", "08:00", alone=False))
edit("multi", "porto", "empty day 4 and add praia do molhe on day 5",
     Cleared(4, others=False), Added(5, name="Praia do Molhe", only=False))

# ---- referents: "it", "there", "that one" ---------------------------------------------------
c.case("referent", "kyoto",
       S("add gion tempura kaneda for dinner tue", Type(*EDITS)), go(),
       S("cool, can it be at 8 instead", Type(DONE, CONF)), go(),
       final=(Retimed(None, "20:00"),))
c.case("referent", "edinburgh",
       S("add dean village on thursday", Type(*EDITS)), go(),
       S("what's it like there?", Type(DONE), SaysLast()))
c.case("referent", "goa",
       S("salim ali bird sanctuary on day 4 pls", Type(*EDITS)), go(),
       S("hmm on second thought remove it", Type(DONE, CONF)), go(),
       final=(Same(),))

# ---- duplicates and clashes -----------------------------------------------------------------
duplicate("kyoto", "add fushimi inari to wednesday", "Fushimi Inari Taisha")
duplicate("porto", "let's also do livraria lello on day 3", "Livraria Lello")
c.case("clash", "kyoto", S("add kissa matcha-an on tuesday at 2:30", Type(DONE, CONF, SEL, INPUT)),
       go("yes", answer="3:30 then"), final=(ClashHandled(2, "14:30", ("matcha",)),))
c.case("clash", "edinburgh",
       S("slot the scottish national gallery in on wednesday at 10am",
         Type(DONE, CONF, SEL, INPUT)),
       go("ok", answer="after that then"), final=(ClashHandled(3, "10:00", ("gallery",)),))

# ---- slot_fill: an open meal slot -----------------------------------------------------------
c.add("edinburgh", "for breakfast on tuesday, cinnamon buns somewhere?", day=2,
      terms="cinnamon buns", slot="Breakfast", kind="slot_fill")
c.add("bogota", "fill the lunch gap on day 3 with something peruvian", day=3,
      terms="peruvian", slot="Lunch", kind="slot_fill")

# ---- social: greetings and thanks, alone or around a request --------------------------------
c.chat("social", "kyoto", "heyy 👋")
c.chat("social", "edinburgh", "thanks so much, this is perfect!!")
c.add("goa", "good morning! hope ur well. could u add a spice market on day 4?", day=4,
      terms="spices", kind="social")

# ---- info: questions about a place ----------------------------------------------------------
c.still("info", "kyoto", "what time does kinkaku-ji open?", Says("Kinkaku-ji"))
c.still("info", "bogota", "is museo botero free?", Says("Museo Botero"))

# ---- choice: picking from cards in words ----------------------------------------------------
choice("kyoto", "show me some ramen options for day 3 dinner", ("ramen",), "the second one", 1, 3)
choice("edinburgh", "give me a few seafood places for thursday lunch", ("seafood",),
       "last one looks good", -1, 4)
choice("goa", "options for a cafe on day 4 morning?", ("cafe",), "#2 pls", 1, 4)

# ---- locale: English typed by a traveler whose profile says otherwise ------------------------
c.add("kyoto", "add a matcha cafe on day 3", day=3, terms="matcha", kind="locale", locale="es")
c.still("locale", "porto", "whats on monday", Says("Livraria Lello"), locale="pt")

CASES = c.cases
