# ruff: noqa: E501 - corpus tables: one case per line reads best
"""English cases: adding (with times and wishes), removing, clearing, moving, retiming,
replacing, swapping days, slot filling, duplicates and clashes."""

from bench.understanding_corpus.checks import (
    ASKS,
    CONF,
    DONE,
    ERR,
    SEL,
    Cards,
    Same,
    Says,
    Type,
    When,
)
from bench.understanding_corpus.item_checks import ClashHandled, Removed, Replaced
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
    go,
    pick,
    yes,
)
from bench.understanding_corpus.trip_checks import Cleared, Moved, Retimed, Swapped

c = Corpus("en", "1")

# ---- add: a kind of place or a named place on a day -------------------------------------
c.add("kyoto", "add a temple on day 3", day=3, terms=("temple", "shrine"))
c.add("kyoto", "Add Nishiki Market to day 3", day=3, name="Nishiki Market", choose="Nishiki Market")
c.add("kyoto", "can you put the bamboo forest... no wait, put Tenryu-ji on day 1 pls", day=1, name="Tenryu-ji", choose="Tenryu-ji")
c.add("hadibo", "add Hoq Cave on day 3", day=3, name="Hoq Cave", choose="Hoq Cave")
c.add("hadibo", "i'd love to see the dragon blood forest at firmihin on day 3", day=3, name="Firmihin", choose="Firmihin")
c.add("edinburgh", "add a whisky bar on day 4", day=4, terms=("whisky",))
c.add("edinburgh", "hi! could you please add the Scottish National Gallery to our fourth day? thanks", day=4, name="Scottish National Gallery", choose="Scottish National Gallery")
c.add("edinburgh", "museum day 4", day=4, terms=("museum", "gallery"))
c.add("goa", "add a beach on day 4", day=4, terms=("beach",))
c.add("goa", "we want to visit a church on the last day", day=4, terms=("church", "cathedral", "basilica"))
c.add("goa", "Add Reis Magos Fort to Day 4", day=4, name="Reis Magos Fort", choose="Reis Magos Fort")
c.add("jaipur", "add a fort on day 3 plz", day=3, terms=("fort",))
c.add("jaipur", "stick the Albert Hall Museum in day 3 plz", day=3, name="Albert Hall Museum", choose="Albert Hall Museum")
c.add("mumbai", "add a market on day 3", day=3, terms=("market", "bazaar"))
c.add("kyoto", "could we fit in a garden on day 3?", day=3, terms=("garden", "park"))
c.add("jaipur", "add a temple to the 3rd day 🙏", day=3, terms=("temple",))

# ---- add_slots: times, meals, weekdays, dates, "tonight", "tomorrow" --------------------
k = "add_slots"
c.add("hadibo", "add Hoq Cave on day 3 in the morning", day=3, name="Hoq Cave", between=MORNING, choose="Hoq Cave", kind=k)
c.add("kyoto", "add a ramen place for dinner on day 2", day=2, terms="ramen", between=DINNER, kind=k)
c.add("mumbai", "sushi tonight", day=1, terms="sushi", between=EVENING, kind=k)
c.add("mumbai", "breakfast tomorrow at Cafe Parsi Dawn", day=2, name="Cafe Parsi Dawn", between=BREAKFAST, choose="Cafe Parsi Dawn", kind=k)
c.add("edinburgh", "add a pub on friday evening", day=5, terms=("pub", "bar", "whisky", "nightlife"), between=EVENING, kind=k)
c.add("edinburgh", "lunch on thursday at the shore oyster house", day=4, name="Shore Oyster House", between=LUNCH, choose="Shore Oyster House", kind=k)
c.add("goa", "add Reis Magos Fort on day two at 3pm", day=2, name="Reis Magos Fort", at="15:00", choose="Reis Magos Fort", kind=k)
c.add("jaipur", "put Jal Mahal on day 3 around sunset, like 6pm", day=3, name="Jal Mahal", at="18:00", choose="Jal Mahal", kind=k)
c.add("kyoto", "add a tea house on the last day in the afternoon", day=3, terms=("tea", "matcha"), between=AFTERNOON, kind=k)
c.add("hadibo", "add Detwah Lagoon on the first day at 5:30pm", day=1, name="Detwah Lagoon", at="17:30", choose="Detwah Lagoon", kind=k)
c.add("goa", "can we have dinner at a goan place on day 4 at 8?", day=4, terms="goan", at="20:00", kind=k)
c.add("edinburgh", "afternoon tea on day 4 at 3", day=4, terms=("tea",), at="15:00", kind=k)
c.add("kyoto", "Add Nishiki Market on day 3 at noon", day=3, name="Nishiki Market", at="12:00", choose="Nishiki Market", kind=k)
c.add("mumbai", "find us a bar tomorrow night", day=2, terms=("bar", "pub", "nightlife"), between=EVENING, kind=k)
c.add("jaipur", "add a chai place on december 9 in the morning", day=3, terms=("chai",), between=MORNING, kind=k)
c.add("edinburgh", "breakfast on day 4 at 8:30 at bakehouse on broughton", day=4, name="Bakehouse on Broughton", at="08:30", choose="Bakehouse on Broughton", kind=k)

# ---- wishes: cheap, rated, open now, vegetarian, family, beach, rooftop, romantic -------
k = "wishes"
c.add("hadibo", "add a cheap sushi place on day 2", day=2, terms="sushi", wish=CHEAP, kind=k)
c.add("hadibo", "sushi rated 4.5+ on day 2", day=2, terms="sushi", wish=TOP_RATED, kind=k)
c.add("kyoto", "a vegeterian restaurant for day 3 please", day=3, wish=VEGGIE, kind=k)
c.add("edinburgh", "a kid-friendly park on day 4, we have 2 small kids", day=4, terms=("park",), wish=FAMILY, kind=k)
c.add("goa", "add a family friendly beach on day 4", day=4, terms="beach", wish=FAMILY, kind=k)
c.add("mumbai", "rooftop bar tonight?", day=1, terms=("bar",), wish=ROOFTOP, between=EVENING, kind=k)
c.add("mumbai", "somewhere for coffee that's open now", day=1, terms=("coffee", "cafe"), wish=OPEN_NOW, kind=k)
c.add("jaipur", "a romantic restaurant for dinner on day 1", day=1, wish=ROMANTIC, between=DINNER, kind=k)
c.add("kyoto", "a temple rated 4.6 or higher on day 3", day=3, terms=("temple", "shrine"), wish=Wish(min_rating=4.6), kind=k)
c.add("edinburgh", "free museum on day 4", day=4, terms=("museum", "gallery"), wish=Wish(keywords=("free",)), kind=k)
c.add("jaipur", "cheap street food for lunch on day 3", day=3, terms="street food", wish=CHEAP, between=LUNCH, kind=k)
c.add("edinburgh", "vegan brunch spot on day 4 pls", day=4, terms=("brunch",), wish=Wish(keywords=("vegan",)), kind=k)

# ---- remove -------------------------------------------------------------------------------
k = "remove"
c.case(k, "kyoto", S("remove Ryoan-ji", Type(DONE)), go(), final=(Removed("Ryoan-ji"),))
c.case(k, "edinburgh", S("drop the museum on day 2", Type(DONE, CONF)), go(), final=(Removed("National Museum of Scotland"),))
c.case(k, "kyoto", S("I don't want to go to the bamboo grove anymore", Type(DONE, CONF)), go(), final=(Removed("Arashiyama Bamboo Grove"),))
c.case(k, "hadibo", S("skip the beach on day 1", Type(DONE, CONF)), go(), final=(Removed("Delisha Beach"),))
c.case(k, "goa", S("take Fort Aguada off", Type(DONE, CONF)), go(), final=(Removed("Fort Aguada"),))
c.case(k, "jaipur", S("delete jantar mantar", Type(DONE, CONF)), go(), final=(Removed("Jantar Mantar"),))
c.case(k, "mumbai", S("we'll skip Elephanta Caves tomorrow, remove it", Type(DONE, CONF)), go(), final=(Removed("Elephanta Caves"),))
c.case(k, "kyoto", S("cancel dinner on day 1", Type(DONE, CONF)), go(), final=(Removed("Kamogawa Kaiseki"),))
c.case(k, "hadibo", S("get rid of the old market", Type(DONE, CONF)), go(), final=(Removed("Hadibo Old Market"),))
c.case(k, "edinburgh", S("no calton hill", Type(DONE, CONF)), go(), final=(Removed("Calton Hill"),))

# ---- clear a day: asks first ---------------------------------------------------------------
k = "clear"
c.ask_first(k, "kyoto", "clear day 3", "yes", Cleared(3))
c.ask_first(k, "edinburgh", "wipe day 2 completely", "yes please", Cleared(2))
c.ask_first(k, "goa", "delete everything on day 1", "sure", Cleared(1))
c.ask_first(k, "jaipur", "empty my first day, we'll improvise", "yep go ahead", Cleared(1))
c.ask_first(k, "hadibo", "clear day 3", "no", Same())
c.ask_first(k, "kyoto", "remove everything from day 2", "actually no, keep it", Same())

# ---- move to another day -----------------------------------------------------------------
k = "move"
c.case(k, "kyoto", S("move Nijo Castle to day 1", Type(DONE)), go(), final=(Moved("Nijo Castle", 1),))
c.case(k, "kyoto", S("put the bamboo grove on day 2 instead", Type(DONE, CONF)), go(), final=(Moved("Arashiyama Bamboo Grove", 2),))
c.case(k, "edinburgh", S("shift Calton Hill to thursday", Type(DONE, CONF)), go(), final=(Moved("Calton Hill", 4),))
c.case(k, "edinburgh", S("move the wee dram to friday", Type(DONE, CONF)), go(), final=(Moved("The Wee Dram", 5),))
c.case(k, "goa", S("move fort aguada to the last day", Type(DONE, CONF)), go(), final=(Moved("Fort Aguada", 4),))
c.case(k, "jaipur", S("Move Hawa Mahal to day 2 at 5pm", Type(DONE, CONF)), go(), final=(Moved("Hawa Mahal", 2, "17:00"),))
c.case(k, "hadibo", S("can the heritage house go on day 2?", Type(DONE, CONF)), go(), final=(Moved("Socotra Heritage House", 2),))
c.case(k, "mumbai", S("move marine drive to day 3", Type(DONE, CONF)), go(), final=(Moved("Marine Drive", 3),))
c.case(k, "kyoto", S("let's do Kiyomizu-dera on the first day", Type(DONE, CONF)), go(), final=(Moved("Kiyomizu-dera", 1),))
c.case(k, "goa", S("basilica to day 3 pls", Type(DONE, CONF)), go(), final=(Moved("Basilica of Bom Jesus", 3),))

# ---- retime ----------------------------------------------------------------------------------
k = "retime"
c.case(k, "kyoto", S("move Menya Kurogane to 1:30pm", Type(DONE)), final=(Retimed("Menya Kurogane", "13:30"),))
c.case(k, "kyoto", S("push dinner on day 1 to 8:30pm", Type(DONE)), final=(Retimed("Kamogawa Kaiseki", "20:30"),))
c.case(k, "kyoto", S("change breakfast on day 2 to 9", Type(DONE)), final=(Retimed("Rokkaku Roasters", "09:00"),))
c.case(k, "edinburgh", S("castle at 10 instead of 9:30", Type(DONE)), final=(Retimed("Edinburgh Castle", "10:00"),))
c.case(k, "edinburgh", S("make the wee dram 9pm", Type(DONE)), final=(Retimed("The Wee Dram", "21:00"),))
c.case(k, "goa", S("lunch on day 1 at 1:30 please", Type(DONE)), final=(Retimed("Casa Xacuti", "13:30"),))
c.case(k, "jaipur", S("start amber fort earlier, 8am", Type(DONE)), final=(Retimed("Amber Fort", "08:00"),))
c.case(k, "hadibo", S("move the fish grill dinner to 20:30", Type(DONE)), final=(Retimed("Corniche Fish Grill", "20:30"),))
c.case(k, "mumbai", S("reschedule the museum to 4:30 pm", Type(DONE)), final=(Retimed("Chhatrapati Shivaji Maharaj Vastu Sangrahalaya", "16:30"),))
c.case(k, "hadibo", S("can we do the viewpoint at sunrise, 6am, on day 3?", Type(DONE)), final=(Retimed("Haggeher Foothills Viewpoint", "06:00"),))


def replace(trip: str, text: str, old: str, day: int, terms: tuple[str, ...], **more: object) -> None:
    """'replace X with a Y': cards of Y only, never X itself; then X gives way to the pick."""
    c.case(
        "replace",
        trip,
        S(text, Type(SEL, DONE), When(SEL, Same(), Cards(terms, exclude=(old,)))),
        pick(),
        final=(Replaced(old, day, terms, **more),),  # type: ignore[arg-type]
    )


replace("kyoto", "replace lunch on day 2 with a ramen place", "Menya Kurogane", 2, ("ramen",))
replace("hadibo", "replace dinner on day 1 with a sushi place", "Corniche Fish Grill", 1, ("sushi",))
replace("edinburgh", "swap the thistle & stag for an indian place", "The Thistle & Stag", 1, ("indian", "curry"))
replace("kyoto", "replace Ryoan-ji with another temple", "Ryoan-ji", 1, ("temple", "shrine"))
replace("goa", "instead of casa xacuti can we do seafood", "Casa Xacuti", 1, ("seafood", "fish"))
replace("jaipur", "change the dinner on day 2 to a vegetarian place", "Haveli Rooftop Kitchen", 2, ("vegetarian", "vegan"))
replace("mumbai", "replace Konkan Coast Kitchen with street food", "Konkan Coast Kitchen", 1, ("street food",))
replace("edinburgh", "replace the royal mile with a park", "Royal Mile", 1, ("park", "garden"))

# ---- swap days -------------------------------------------------------------------------------
k = "swap_days"
c.case(k, "kyoto", S("swap day 1 and day 2", Type(DONE, CONF)), yes(), final=(Swapped(1, 2),))
c.case(k, "hadibo", S("switch days 2 and 3", Type(DONE, CONF)), yes(), final=(Swapped(2, 3),))
c.case(k, "goa", S("can we do day 3 first and day 1 on the third day? just swap them", Type(DONE, CONF)), yes(), final=(Swapped(1, 3),))
c.case(k, "edinburgh", S("flip day one and day two", Type(DONE, CONF)), yes(), final=(Swapped(1, 2),))
c.case(k, "jaipur", S("exchange the first and the last day", Type(DONE, CONF)), yes(), final=(Swapped(1, 3),))
c.case(k, "mumbai", S("Swap tomorrow with day 3", Type(DONE, CONF)), yes(), final=(Swapped(2, 3),))

# ---- slot fill: an add without a time fills the open meal slot ---------------------------
k = "slot_fill"
c.add("hadibo", "add a sushi place on day 2", day=2, terms="sushi", slot=("Lunch", "Dinner"), kind=k)
c.add("kyoto", "add a restaurant on day 3", day=3, terms=("restaurant", "cafe"), slot="Lunch", kind=k)
c.add("kyoto", "somewhere to eat on day 1", day=1, slot="Lunch", kind=k)
c.add("edinburgh", "add a seafood restaurant on day 3", day=3, terms=("seafood", "fish"), slot="Lunch", kind=k)
c.add("goa", "add a seafood place on day 1", day=1, terms=("seafood", "fish"), slot="Dinner", kind=k)
c.add("jaipur", "add a vegetarian restaurant on day 2", day=2, wish=VEGGIE, slot="Lunch", kind=k)
c.add("mumbai", "udupi breakfast tomorrow", day=2, terms=("udupi", "south indian", "dosa"), slot="Breakfast", kind=k)
c.add("edinburgh", "add Rose Street Brunch Club on day 2", day=2, name="Rose Street Brunch Club", slot="Breakfast", choose="Rose Street Brunch Club", kind=k)

# ---- duplicate: adding what is already on that day asks (or says so), never adds again ----
k = "duplicate"
dup = (Same(), Type(*ASKS, DONE, ERR))
c.case(k, "hadibo", S("add Delisha Beach on day 1", *dup, Says("Delisha Beach")))
c.case(k, "kyoto", S("add Kinkaku-ji to day 1", *dup, Says("Kinkaku-ji")))
c.case(k, "edinburgh", S("put Edinburgh Castle on day 1", *dup, Says("Edinburgh Castle")))
c.case(k, "hadibo", S("add Sushi Zen restaurant on day 2"), pick("Sushi Zen"), S("add Sushi Zen on day 2", *dup))
c.case(k, "goa", S("add miramar beach on the first day", *dup, Says("Miramar Beach")))

# ---- clash: a time already taken gets a warning or the next free slot ---------------------
k = "clash"
c.case(k, "kyoto", S("add a coffee shop on day 1 at 9am", Type(SEL, DONE, CONF)), go(), go(), final=(ClashHandled(1, "09:00", ("coffee", "cafe")),))
c.case(k, "edinburgh", S("add the Scottish National Gallery on day 1 at 2:30pm", Type(SEL, DONE, CONF)), go(choose="Scottish National Gallery"), go(), final=(ClashHandled(1, "14:30", ("gallery",)),))
c.case(k, "goa", S("add Fort Aguada on day 1 at 4pm", Type(SEL, DONE, CONF)), go(choose="Fort Aguada"), go(), final=(ClashHandled(1, "16:00", ("fort",)),))
c.case(k, "jaipur", S("add Birla Mandir on day 2 at 3:30pm", Type(SEL, DONE, CONF)), go(choose="Birla Mandir"), go(), final=(ClashHandled(2, "15:30", ("temple",)),))
c.case(k, "hadibo", S("add a sushi place on day 1 at 7:30pm", Type(SEL, DONE, CONF)), go(), go(), final=(ClashHandled(1, "19:30", ("sushi",)),))

CASES = c.cases
