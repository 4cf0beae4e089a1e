# ruff: noqa: E501 - corpus tables: one case per line reads best
"""English cases: the trip itself (days, dates, pace), undo, showing, planning, explaining,
booking, experts, help, small talk and questions the bot can only answer honestly."""

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    ERR,
    SEL,
    Changed,
    NoDump,
    NotSays,
    Same,
    Says,
    SaysLast,
    Short,
    Type,
)
from bench.understanding_corpus.spec import Corpus, S, go, pick, yes
from bench.understanding_corpus.trip_checks import (
    Booked,
    Days,
    Lead,
    Lighter,
    NoBooking,
    Plan,
    Start,
)

c = Corpus("en", "2")

# ---- trip: days, start date, pace -----------------------------------------------------------
k = "trip"
c.case(k, "kyoto", S("add a day", Type(DONE, CONF)), yes(), final=(Days(4),))
c.case(k, "hadibo", S("can we stay one more day?", Type(DONE, CONF)), yes(), final=(Days(4),))
c.case(k, "goa", S("extend the trip by 2 days", Type(DONE, CONF)), yes(), final=(Days(6),))
c.case(k, "edinburgh", S("add another day at the end of the trip", Type(DONE, CONF)), yes(), final=(Days(6),))
c.ask_first(k, "kyoto", "remove day 3", "yes", Days(2))
c.ask_first(k, "jaipur", "delete the last day", "yes", Days(2))
c.ask_first(k, "edinburgh", "shorten the trip to 3 days", "ok", Days(3))
c.ask_first(k, "hadibo", "we have to cut the trip to 2 days :(", "yes do it", Days(2))
c.case(k, "goa", S("remove day 4, it's empty anyway", Type(DONE, CONF)), yes(), final=(Days(3),))
c.case(k, "kyoto", S("change the start date to December 10", Type(DONE, CONF)), yes(), final=(Start("2026-12-10"),))
c.case(k, "edinburgh", S("we now arrive on the 9th of december", Type(DONE, CONF)), yes(), final=(Start("2026-12-09"),))
c.case(k, "jaipur", S("push the whole trip back a week", Type(DONE, CONF)), yes(), final=(Start("2026-12-14"),))
c.ask_first(k, "kyoto", "make day 2 more relaxed", "yes", Lighter(2))
c.ask_first(k, "edinburgh", "day 2 is way too packed, can you lighten it?", "sounds good", Lighter(2))

# ---- undo -------------------------------------------------------------------------------------
k = "undo"
c.case(k, "kyoto", S("remove Ryoan-ji"), go(), S("undo", Type(DONE), Changed()), final=(Same(),))
c.case(k, "hadibo", S("add a sushi place on day 2"), pick("2"), S("undo that", Type(DONE), Changed()), final=(Same(),))
c.case(k, "edinburgh", S("move Calton Hill to day 4"), go(), S("oops, put it back", Type(DONE), Changed()), final=(Same(),))
c.case(k, "goa", S("swap day 1 and day 2"), yes(), S("no wait, revert that", Type(DONE), Changed()), final=(Same(),))
c.case(k, "jaipur", S("clear day 3"), yes(), S("ctrl+z", Type(DONE), Changed()), final=(Same(),))
c.case(k, "kyoto", S("undo", Type(DONE, ERR), Same()))

# ---- show -------------------------------------------------------------------------------------
k = "show"
c.still(k, "kyoto", "what's on day 2?", Says("Fushimi Inari Taisha", "Kiyomizu-dera"), NotSays("Kinkaku-ji"))
c.still(k, "hadibo", "show me my itinerary", Says("Delisha Beach", "Dragon's Blood Nursery Garden", "Hadibo Old Market"))
c.still(k, "edinburgh", "what are we doing on friday?", Says("Royal Botanic Garden"), NotSays("Edinburgh Castle"))
c.still(k, "mumbai", "what's planned for tomorrow", Says("Elephanta Caves", "Marine Drive"), NotSays("Gateway of India"))
c.still(k, "mumbai", "what's the plan for today?", Says("Gateway of India"), NotSays("Elephanta Caves"))
c.still(k, "goa", "where do we have lunch on day 1?", Says("Casa Xacuti"))
c.still(k, "kyoto", "what time is dinner on day 1", Says("Kamogawa Kaiseki"))
c.still(k, "jaipur", "day 3??", Says("Nahargarh Fort"), NotSays("Amber Fort"))

# ---- plan ---------------------------------------------------------------------------------------
k = "plan"
c.case(k, "hadibo", S("plan 3 days in Kyoto", Type(DONE, CONF)), yes(), final=(Plan("kyoto", 3),))
c.case(k, "blank", S("plan 2 days in kyoto", Type(DONE, CONF)), yes(), final=(Plan("kyoto", 2),))
c.case(k, "kyoto", S("plan 3 days in Goa with beaches", Type(DONE, CONF)), yes(), final=(Plan("goa", 3, (("beach",),)),))
c.case(k, "hadibo", S("whisky and castles in Edinburgh, 2 days please", Type(DONE, CONF)), yes(), final=(Plan("edinburgh", 2, (("whisky",), ("castle",))),))
c.case(k, "jaipur", S("can you make me a 4 day itinerary for mumbai", Type(DONE, CONF)), yes(), final=(Plan("mumbai", 4),))
c.case(k, "goa", S("plan a romantic weekend in Porto", Type(DONE, CONF)), yes(), final=(Plan("porto", 2),))
c.case(k, "hadibo", S("I'm going to Bogota for 3 days, plan it for me", Type(DONE, CONF)), yes(), final=(Plan("bogota", 3),))
c.case(k, "blank", S("plan a family trip to Jaipur, 3 days, the kids love forts", Type(DONE, CONF)), yes(), final=(Plan("jaipur", 3, (("fort",),)),))

# ---- explain ----------------------------------------------------------------------------------
k = "explain"
c.still(k, "kyoto", "tell me about Kinkaku-ji", Says("Kinkaku-ji"), NotSays("Ginkaku-ji"))
c.still(k, "kyoto", "what is Ginkaku-ji?", Says("Ginkaku-ji"), NotSays("Kinkaku-ji"))
c.case(k, "hadibo", S("add a sushi place on day 2"), pick("2"), S("why did you pick this restaurant?", Type(DONE), Same(), SaysLast()))
c.still(k, "edinburgh", "what's special about Arthur's Seat?", Says("Arthur's Seat"))
c.still(k, "goa", "is casa xacuti open now?", Says("Casa Xacuti"))
c.still(k, "jaipur", "tell me more about the amber fort", Says("Amber Fort"), NotSays("Nahargarh Fort", "Jaigarh Fort"))
c.still(k, "kyoto", "why is Nijo Castle on day 3?", Says("Nijo Castle"))
c.still(k, "mumbai", "what are the opening hours of elephanta caves", Says("Elephanta Caves"))

# ---- book: a request about the right place, confirmed first ------------------------------
k = "book"
c.case(
    k, "hadibo",
    S("add Sushi Zen on day 2 at 8pm"), pick("Sushi Zen"),
    S("reserve a table at this restaurant for 2 at 8pm", Type(CONF), Same(), SaysLast(), NotSays("Corniche Fish Grill", "Al Saqr Yemeni Kitchen")),
    S("yes", Type(DONE)),
    final=(Booked(party=2, at="20:00"),),
)
c.case(
    k, "kyoto",
    S("book a table at Kamogawa Kaiseki for 4 people on day 1 at 7pm", Type(CONF), Says("Kamogawa Kaiseki"), NoBooking()),
    S("yes", Type(DONE)),
    final=(Booked("Kamogawa Kaiseki", party=4, at="19:00"),),
)
c.case(
    k, "edinburgh",
    S("can you reserve The Thistle & Stag for two?", Type(CONF, SEL, "NEEDS_INPUT"), Says("The Thistle & Stag")),
    go("yes", "2", answer="2"), go("yes", "2", answer="2"),
    final=(Booked("The Thistle & Stag", party=2),),
)
c.case(
    k, "goa",
    S("add a seafood place for dinner on day 1"), pick(),
    S("book it for 3 at 8:30pm", Type(CONF), SaysLast(), NotSays("Vindaloo & Vinho")),
    S("yes", Type(DONE)),
    final=(Booked(party=3, at="20:30"),),
)
c.case(
    k, "jaipur",
    S("reserve haveli rooftop kitchen for 2 at 7.30pm", Type(CONF), Says("Haveli Rooftop Kitchen")),
    S("yes pls", Type(DONE)),
    final=(Booked("Haveli Rooftop Kitchen", party=2, at="19:30"),),
)
c.case(
    k, "kyoto",
    S("book Kamogawa Kaiseki for 2 at 7pm", Type(CONF), Says("Kamogawa Kaiseki")),
    S("no, not yet", Type(DONE), Same(), NoBooking()),
)

# ---- expert -------------------------------------------------------------------------------------
k = "expert"
lead = (Type(DONE), Same(), Lead())
c.case(k, "kyoto", S("find me a local guide for temples", *lead))
c.case(k, "edinburgh", S("is there a local expert who can show us whisky distilleries?", *lead))
c.case(k, "jaipur", S("I'd like to talk to a local expert about textile shopping", *lead))
c.case(k, "goa", S("can someone local help us plan our beach days?", *lead))

# ---- help -------------------------------------------------------------------------------------
k = "help"
for text, trip in (("help", "hadibo"), ("what can you do?", "kyoto"), ("how does this work", "goa"), ("HELP!!", "edinburgh")):
    c.still(k, trip, text, NoDump())

# ---- social: short, nothing changed, no itinerary -----------------------------------------
k = "social"
for text, trip in (
    ("thanks!", "kyoto"), ("thank you so much 🙏", "hadibo"), ("hi", "edinburgh"), ("hello there", "goa"),
    ("bye", "jaipur"), ("perfect, thanks", "mumbai"), ("good morning!", "kyoto"), ("ok great", "hadibo"),
):
    c.still(k, trip, text, NoDump(), Short())

# ---- info: honest answers, nothing changed, no dump --------------------------------------
k = "info"
for text, trip in (
    ("whats the weather tmrw?", "mumbai"),
    ("is it safe to walk around at night?", "hadibo"),
    ("how much will this cost?", "kyoto"),
    ("share it with my wife", "edinburgh"),
    ("export to my calendar", "goa"),
    ("can I get this as a pdf", "jaipur"),
    ("do I need a visa?", "hadibo"),
    ("what currency do they use here", "goa"),
):
    c.chat(k, trip, text)

CASES = c.cases
