# ruff: noqa: E501 - corpus tables: one case per line reads best
"""English cases: two requests in one message, "it"/"this place", typed answers to cards and
confirmations, and travelers whose stored locale is not the language they write in."""

from bench.understanding_corpus.checks import CONF, DONE, SEL, Same, Says, SaysLast, Type
from bench.understanding_corpus.item_checks import Added, Chose, Filled, NewCount, NoLoss, Removed
from bench.understanding_corpus.spec import (
    AFTERNOON,
    BREAKFAST,
    DINNER,
    EVENING,
    LUNCH,
    MORNING,
    Corpus,
    S,
    go,
    pick,
)
from bench.understanding_corpus.trip_checks import Cleared, Moved, Retimed

c = Corpus("en", "3")

# ---- multi: both requests happen (or the first asks and the second is not lost) -----------
k = "multi"
c.case(k, "kyoto", S("add a temple on day 3 and a ramen place for dinner on day 2"), go(), go(), go(),
       final=(Added(3, ("temple", "shrine"), only=False), Added(2, ("ramen",), between=DINNER, only=False), NewCount(2)))
c.case(k, "hadibo", S("remove the market on day 3, then add a beach there"), go(), go(), go(),
       final=(Removed("Hadibo Old Market"), Added(3, ("beach",), only=False)))
c.case(k, "edinburgh", S("move the wee dram to day 4 and add a park on day 5"), go(), go(), go(),
       final=(Moved("The Wee Dram", 4, alone=False), Added(5, ("park", "garden"), only=False)))
c.case(k, "goa", S("clear day 3 and add a beach on day 4"), go(), go(), go(),
       final=(Cleared(3, others=False), Added(4, ("beach",), only=False)))
c.case(k, "jaipur", S("add a lassi place on day 3 and also move Hawa Mahal to day 3"), go(), go(), go(),
       final=(Added(3, ("lassi",), only=False), Moved("Hawa Mahal", 3, alone=False)))
c.case(k, "mumbai", S("remove marine drive and add a rooftop bar tomorrow evening"), go(), go(), go(),
       final=(Removed("Marine Drive"), Added(2, ("rooftop",), between=EVENING, only=False)))
c.case(k, "kyoto", S("move Nijo Castle to 4pm, then add a tea house on day 3 in the morning"), go(), go(), go(),
       final=(Retimed("Nijo Castle", "16:00", alone=False), Added(3, ("tea", "matcha"), between=MORNING, only=False)))
c.case(k, "edinburgh", S("add Dean Village on day 4 in the morning, then the Scottish National Gallery in the afternoon"), go(choose="Dean Village"), go(choose="Scottish National Gallery"), go(),
       final=(Added(4, name="Dean Village", between=MORNING, only=False), Added(4, name="Scottish National Gallery", between=AFTERNOON, only=False)))
c.case(k, "hadibo", S("fill lunch on day 2 with a yemeni place and dinner with seafood"), go(), go(), go(),
       final=(Filled(2, ("Lunch",), ("yemeni",)), Filled(2, ("Dinner",), ("seafood", "fish"))))
c.case(k, "goa", S("add a bakery for breakfast on day 4 and a fish thali lunch the same day"), go(), go(), go(),
       final=(Added(4, ("bakery",), between=BREAKFAST, only=False), Added(4, ("fish thali",), between=LUNCH, only=False)))

# ---- referent: "it", "this restaurant", "that place" = the last one added ----------------
k = "referent"
c.case(k, "kyoto", S("add Kamo Soba Honke on day 3 for lunch"), pick("Kamo Soba Honke"), S("move it to 1pm", Type(DONE)),
       final=(Retimed(None, "13:00"),))
c.case(k, "hadibo", S("add a sushi place on day 2"), pick("3"), S("actually remove that place", Type(DONE, CONF)), go(),
       final=(NewCount(0), NoLoss()))
c.case(k, "hadibo", S("add Hoq Cave on day 3"), pick("Hoq Cave"), S("tell me about it", Type(DONE), Same(), Says("Hoq Cave")))
c.case(k, "kyoto", S("add a ramen place on day 3"), pick(), S("move it to day 1", Type(DONE, CONF)), go(),
       final=(Moved(None, 1),))
c.case(k, "edinburgh", S("add a seafood restaurant for dinner on day 2"), pick("2"), S("what's this restaurant like?", Type(DONE), Same(), SaysLast()))
c.case(k, "goa", S("add Cantina Feni on day 4 at 9pm"), pick("Cantina Feni"), S("hmm make that 10pm", Type(DONE)),
       final=(Retimed("Cantina Feni", "22:00"),))
c.case(k, "jaipur", S("add a momo place on day 3"), pick(), S("is that place open at lunch?", Type(DONE), Same(), SaysLast()))
c.case(k, "mumbai", S("add Kuro Sushi Bar for dinner tonight"), pick("Kuro Sushi Bar"), S("remove it", Type(DONE, CONF)), go(),
       final=(NewCount(0), NoLoss()))

# ---- choice: typed answers to cards and to confirmations ------------------------------------
k = "choice"
cards = S("add a sushi place on day 2", Type(SEL))
c.case(k, "hadibo", cards, S("the second one", Type(DONE), Chose(1)))
c.case(k, "hadibo", cards, S("2", Type(DONE), Chose(1)))
c.case(k, "hadibo", cards, S("#3", Type(DONE), Chose(2)))
c.case(k, "hadibo", cards, S("the last one", Type(DONE), Chose(-1)))
c.case(k, "hadibo", cards, S("first", Type(DONE), Chose(0)))
c.case(k, "hadibo", cards, S("sushi zen", Type(DONE), Added(2, name="Sushi Zen")))
c.case(k, "hadibo", cards, S("hadibo sushi pls", Type(DONE), Added(2, name="Hadibo Sushi")))
c.case(k, "kyoto", S("add a temple on day 3", Type(SEL)), S("option 2", Type(DONE), Chose(1)))
clear = S("clear day 3", Type(CONF), Same())
c.case(k, "kyoto", clear, S("yep", Type(DONE), Cleared(3)))
c.case(k, "kyoto", clear, S("sure, go ahead", Type(DONE), Cleared(3)))
c.case(k, "kyoto", clear, S("nah", Type(DONE), Same()))
c.case(k, "kyoto", clear, S("no thanks, keep it", Type(DONE), Same()))

# ---- locale: the reply follows the message's language, not the stored locale --------------
k = "locale"
c.case(k, "hadibo", S("add a sushi place on day 2", Type(SEL)), S("2", Type(DONE), Chose(1)), locale="es")
c.case(k, "porto", S("what's on day 1?", Type(DONE), Says("Livraria Lello")), locale="pt")
c.case(k, "bogota", S("thanks!", Type(DONE), Same()), locale="es")
c.case(k, "kyoto", S("clear day 3", Type(CONF)), S("yes", Type(DONE), Cleared(3)), locale="pt")

CASES = c.cases
