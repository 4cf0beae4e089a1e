# ruff: noqa: E501 - corpus tables: one case per line reads best
"""Held-out English cases: written fresh, never used to tune the parser (run with --holdout).

The way people actually text: slang, typos, emojis, voice-to-text run-ons, self-corrections,
times in words ("half six", "quarter past seven"), relative days ("the day after", "day after
tomorrow"), references ("that one"), and replies to cards and confirmations. Expectations are
on outcomes only and accept every reasonable path (cards then a pick, or a direct add; a
confirmation, or done at once).
"""

from bench.understanding_corpus.checks import (
    ASKS,
    CONF,
    DONE,
    ERR,
    INPUT,
    SEL,
    Cards,
    Changed,
    NoDump,
    NotSays,
    Same,
    Says,
    SaysLast,
    Short,
    Type,
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
from bench.understanding_corpus.places import FAMILY, OPEN_NOW, TOP_RATED, Wish
from bench.understanding_corpus.spec import (
    AFTERNOON,
    BREAKFAST,
    EVENING,
    LUNCH,
    MORNING,
    Corpus,
    S,
    go,
    yes,
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

c = Corpus("en", "h")

# ---- add ------------------------------------------------------------------------------------
c.add("jaipur", "yo can u throw in a stepwell somewhere on day 3", day=3, terms=("stepwell",))
c.add("edinburgh", "I reallyyy want to see Holyrood palace, can it go on thursday", day=4, name="Palace of Holyroodhouse", choose="Palace of Holyroodhouse")
c.add("goa", "is there a bird sanctuary around? if so stick it on our last day", day=4, terms=("bird", "birdwatching"))
c.add("kyoto", "ginkakuji day 3 pls", day=3, name="Ginkaku-ji", choose="Ginkaku-ji")

# ---- add_slots: times and days in words -------------------------------------------------------
k = "add_slots"
c.add("edinburgh", "dinner thursday around 8ish, somewhere that does a proper steak", day=4, terms=("steak",), between=("19:30", "20:30"), kind=k)
c.add("kyoto", "first thing on day 3 before the bamboo I need coffee somewhere ☕", day=3, terms=("coffee", "cafe"), between=BREAKFAST, choose="that first one", kind=k)
c.add("mumbai", "later today after 5 can we squeeze in jehangir art gallery", day=1, name="Jehangir Art Gallery", between=("17:00", "19:00"), choose="Jehangir Art Gallery", kind=k)
c.add("goa", "sunset drinks on day 2 at half six, somewhere with cocktails", day=2, terms=("bar", "cocktails", "nightlife"), at="18:30", kind=k)
c.add("mumbai", "day after tomorrow we want breakfast at a dosa place", day=3, terms=("dosa", "south indian"), between=BREAKFAST, kind=k)
c.add("jaipur", "okay so um on the last day I was thinking maybe we could go see a temple in the morning if that's possible thank you", day=3, terms=("temple",), between=MORNING, kind=k)

# ---- wishes ---------------------------------------------------------------------------------
k = "wishes"
c.add("edinburgh", "somewhere veggie for lunch on day 3 that isn't too pricey", day=3, wish=Wish(max_price=2, keywords=("vegetarian", "vegan")), between=LUNCH, kind=k)
c.add("kyoto", "best rated sushi in town for our last night, money's no issue", day=3, terms=("sushi",), wish=TOP_RATED, between=EVENING, kind=k)
c.add("mumbai", "anything open rn for a quick bite? starving 😩", day=1, terms=("restaurant", "cafe", "bakery"), wish=OPEN_NOW, between=("14:00", "16:00"), kind=k)
c.add("goa", "a kid friendly spot for the afternoon of day 4, our 6yo gets bored easy", day=4, wish=FAMILY, between=AFTERNOON, kind=k)

# ---- remove ---------------------------------------------------------------------------------
k = "remove"
c.case(k, "jaipur", S("nah forget the observatory thing", Type(DONE, CONF, SEL)), go(), final=(Removed("Jantar Mantar"),))
c.case(k, "edinburgh", S("can u take greyfriars out, my partner finds graveyards creepy lol", Type(DONE, CONF, SEL)), go(), final=(Removed("Greyfriars Kirkyard"),))
c.case(k, "hadibo", S("the heritage house on day 1 - scrap it", Type(DONE, CONF, SEL)), go("yep"), final=(Removed("Socotra Heritage House"),))

# ---- clear ----------------------------------------------------------------------------------
k = "clear"
c.ask_first(k, "goa", "scrap everything on day 3, we'll wing it", "ya go for it", Cleared(3))
c.ask_first(k, "edinburgh", "wipe thursday... wait no, friday. wipe friday", "yes", Cleared(5))

# ---- move -----------------------------------------------------------------------------------
k = "move"
c.case(k, "jaipur", S("can nahargarh be on the first day instead", Type(DONE, CONF)), go(), final=(Moved("Nahargarh Fort", 1),))
c.case(k, "kyoto", S("the golden pavilion fits better on day 3 tbh", Type(DONE, CONF)), go(), final=(Moved("Kinkaku-ji", 3),))
c.case(k, "edinburgh", S("push arthur's seat to the day after", Type(DONE, CONF)), go(), final=(Moved("Arthur's Seat", 4),))

# ---- retime ---------------------------------------------------------------------------------
k = "retime"
c.case(k, "goa", S("fort aguada a bit earlier pls, say 9:15", Type(DONE, CONF)), go(), final=(Retimed("Fort Aguada", "09:15"),))
c.case(k, "edinburgh", S("make dinner at the thistle and stag quarter past seven", Type(DONE, CONF)), go(), final=(Retimed("The Thistle & Stag", "19:15"),))
c.case(k, "kyoto", S("ryoan-ji at half past three instead?", Type(DONE, CONF)), go(), final=(Retimed("Ryoan-ji", "15:30"),))


# ---- replace --------------------------------------------------------------------------------
def replace(trip: str, text: str, old: str, day: int, terms: tuple[str, ...]) -> None:
    """Cards of the new kind only (never the old place), or a direct swap; then `old` gave way."""
    c.case(
        "replace", trip,
        S(text, Type(SEL, DONE, CONF), When(SEL, Same(), Cards(terms, exclude=(old,)))),
        go(), go(),
        final=(Replaced(old, day, terms),),
    )


replace("mumbai", "not feeling the thali place on wednesday, something chinese instead?", "Annapoorna Thali House", 3, ("chinese", "indo-chinese"))
replace("kyoto", "swap out menya kurogane for tempura", "Menya Kurogane", 2, ("tempura",))

# ---- swap days ------------------------------------------------------------------------------
k = "swap_days"
c.case(k, "kyoto", S("switch around tuesday and wednesday", Type(DONE, CONF)), yes("yeah"), final=(Swapped(2, 3),))
c.case(k, "edinburgh", S("can we do day 4's stuff on day 1 and day 1's on day 4? basically trade them", Type(DONE, CONF)), yes("yes pls"), final=(Swapped(1, 4),))

# ---- trip -----------------------------------------------------------------------------------
k = "trip"
c.case(k, "goa", S("we got an extra night!! add one more day pls", Type(DONE, CONF)), yes(), final=(Days(5),))
c.case(k, "edinburgh", S("flights changed, we now land on dec 8th", Type(DONE, CONF)), yes(), final=(Start("2026-12-08"),))
c.case(k, "kyoto", S("change of plans, we fly home a day earlier than planned", Type(DONE, CONF)), yes("yes, drop the last day"), final=(Days(2),))

# ---- undo -----------------------------------------------------------------------------------
k = "undo"
c.case(k, "jaipur", S("remove hawa mahal"), go(), S("wait no put it back how it was", Type(DONE), Changed()), final=(Same(),))
c.case(k, "kyoto", S("just empty out day 1"), go(), S("oh no i didn't mean that, undo undo", Type(DONE), Changed()), final=(Same(),))

# ---- show -----------------------------------------------------------------------------------
k = "show"
c.still(k, "edinburgh", "remind me what's happening wednesday", Says("Arthur's Seat", "The Wee Dram"), NotSays("Edinburgh Castle"))
c.still(k, "mumbai", "what've we got going on the day after tomorrow?", Says("Haji Ali Dargah"), NotSays("Gateway of India"))

# ---- plan -----------------------------------------------------------------------------------
k = "plan"
c.case(k, "blank", S("3 days in edinburgh w/ my parents, they like gardens and museums, nothing too hilly. can you plan it?", Type(DONE, CONF)), yes(), final=(Plan("edinburgh", 3, (("garden", "park"), ("museum", "gallery"))),))
c.case(k, "hadibo", S("can u sketch out 2 days in mumbai for a foodie, street food esp", Type(DONE, CONF)), yes("sounds good"), final=(Plan("mumbai", 2, (("street food",),)),))

# ---- explain --------------------------------------------------------------------------------
k = "explain"
c.still(k, "goa", "what's the deal with fontainhas? worth it?", Says("Fontainhas"))
c.still(k, "kyoto", "is fushimi inari a long hike or can my mum manage it", Says("Fushimi Inari"))

# ---- book -----------------------------------------------------------------------------------
k = "book"
c.case(k, "edinburgh",
       S("grab us a table at the thistle and stag, party of 5, quarter to eight", Type(CONF, SEL, INPUT), When(CONF, Says("The Thistle & Stag")), NoBooking()),
       go("yes", "1", answer="5 people at 7:45pm"), go("yes", "1", answer="5 people at 7:45pm"),
       final=(Booked("The Thistle & Stag", party=5, at="19:45"),))
c.case(k, "goa",
       S("lunch on day 2 at a beach shack, seafood obviously"), go(),
       S("sweet, can u book that one for 4 ppl at 1", Type(CONF, SEL, INPUT), When(CONF, SaysLast()), NoBooking()),
       go("yes", "1", answer="4 people at 1pm"), go("yes", "1", answer="4 people at 1pm"),
       final=(Booked(party=4, at="13:00"),))

# ---- expert ---------------------------------------------------------------------------------
k = "expert"
c.case(k, "goa", S("looking for someone who actually lives in goa to show us the hidden spots", Same()), go(answer="food and old churches"), final=(Lead(),))

# ---- help -----------------------------------------------------------------------------------
c.still("help", "mumbai", "um how do i use this thing", NoDump())

# ---- multi: two requests in one message -------------------------------------------------------
k = "multi"
c.case(k, "kyoto", S("kill the ramen lunch on day 2 and put nijo castle at 2pm"), go(), go(), go(),
       final=(Removed("Menya Kurogane"), Retimed("Nijo Castle", "14:00", alone=False)))
c.case(k, "edinburgh", S("on thursday I want a morning hike and then a pub in the evening"), go(), go(), go(),
       final=(Added(4, ("hike",), between=MORNING, only=False), Added(4, ("pub", "bar", "whisky", "nightlife"), between=EVENING, only=False), NewCount(2)))

# ---- referent: "that one", "that", "it" --------------------------------------------------------
k = "referent"
c.case(k, "goa", S("add Café Azulejo on day 4"), go(choose="Café Azulejo"), S("what time does that one open", Type(DONE), Same(), SaysLast()))
c.case(k, "jaipur", S("put a dosa spot on day 3"), go(), S("hmm actually move that to the first day", Type(DONE, CONF)), go(),
       final=(Moved(None, 1),))
c.case(k, "edinburgh", S("add Dean Village on friday"), go(choose="Dean Village"), S("scratch that, changed my mind", Type(DONE, CONF)), go(),
       final=(NewCount(0), NoLoss()))

# ---- duplicate ------------------------------------------------------------------------------
c.case("duplicate", "jaipur", S("oh and amer fort on day 1 too pls", Same(), Type(*ASKS, DONE, ERR), Says("Amber Fort")))

# ---- clash ----------------------------------------------------------------------------------
c.case("clash", "goa", S("can we see Se Cathedral at 10 on day 3?", Type(SEL, DONE, CONF)), go(choose="Se Cathedral"), go(),
       final=(ClashHandled(3, "10:00", ("cathedral", "church")),))

# ---- slot fill ------------------------------------------------------------------------------
k = "slot_fill"
c.add("cartagena", "find me somewhere for tacos on day 6", day=6, terms=("tacos", "mexican"), slot="Cena", kind=k)
c.add("porto", "need a bacalhau place on day 3", day=3, terms=("bacalhau", "codfish"), slot=("Lunch", "Dinner"), kind=k)

# ---- social ---------------------------------------------------------------------------------
k = "social"
c.still(k, "kyoto", "you're a lifesaver 🙌", NoDump(), Short())
c.still(k, "goa", "gn, talk tmrw", NoDump(), Short())

# ---- info -----------------------------------------------------------------------------------
k = "info"
c.chat(k, "edinburgh", "do i need an umbrella this week lol")
c.chat(k, "jaipur", "how do we get from the airport to the hotel")

# ---- choice: replies to cards and confirmations -----------------------------------------------
k = "choice"
c.case(k, "edinburgh", S("show me a few parks for thursday and I'll pick one", Type(SEL)), S("the 2nd pls", Type(DONE), Chose(1)))
c.case(k, "edinburgh", S("wipe day 2", Type(CONF), Same()), S("yeah do it 👍", Type(DONE), Cleared(2)))

# ---- locale: written in English by a traveler whose stored locale is Spanish -------------------
c.case("locale", "bogota", S("hey what are we up to on tuesday", Type(DONE), Same(), Says("Monserrate")), locale="es")

CASES = c.cases
