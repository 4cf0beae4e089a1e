"""worldtalk, English: undo, social turns and "tell me about X" as world Englishes write them.

Written for the undo/social/explain work of issue #13 (not blind: the fixer wrote and tuned on
it). Indian ("kindly", "yaar", "na"), Irish ("grand", "deadly", "the craic"), South African
("lekker", "ag", "shot", "howzit"), Nigerian ("abeg", "o", "well done"), Filipino ("po",
"naman", "salamat"), Texan ("howdy", "fixin to", "y'all") and second-language writers. Run it
with `--blind worldtalk`. Only outcomes are checked: nothing changed (or the trip back as it
was), a short reply with no trip dump and no "I couldn't find", the place's name said.
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    SEL,
    NoDump,
    NotSays,
    Same,
    Says,
    Short,
    Type,
)
from bench.understanding_corpus.spec import Corpus, S, Step, go, pick, yes

c = Corpus("en", "wt", locale="en")
_LOST = NotSays("couldn't find", "not sure what you mean", "didn't understand")


def undo(trip: str, edit: str, text: str, first: Step | None = None) -> None:
    """An edit, gone along with, then taken back: the trip ends as it started."""
    c.case("undo", trip, S(edit, Type(DONE, CONF, SEL)), first or go(),
           S(text, Type(DONE, CONF)), yes(), final=(Same(),))  # fmt: skip


def social(trip: str, text: str, locale: str | None = None) -> None:
    """Manners, slang or rudeness: a short friendly reply, nothing changed."""
    c.still("social", trip, text, NoDump(), Short(), _LOST, locale=locale)


def explain(trip: str, text: str, name: str) -> None:
    """About one place: answered with its name, nothing changed."""
    c.still("explain", trip, text, Says(name), _LOST)


# ---- undo ----------------------------------------------------------------------------------

undo("kyoto", "remove nijo castle", "arre yaar no, undo that na")
undo("edinburgh", "add dean village on friday", "ah feck, go back", pick())
undo("mumbai", "move marine drive to day 3", "kindly revert the last change")
undo("goa", "clear day 2", "ag no man, put it back how it was")
undo("jaipur", "remove hawa mahal", "abeg undo that one o")
undo("porto", "add livraria lello on friday", "scrap that last change", pick())
undo("kyoto", "remove kiyomizu-dera", "nah undo")
undo("cartagena", "remove the walled city", "please to undo the last thing")
undo("kyoto", "remove ryoan-ji", "whoa there, y'all put that back like it was")
undo("edinburgh", "remove the wee dram", "I want go back like before")
undo("goa", "remove fort aguada", "sorry po, can you revert that")

# ---- social --------------------------------------------------------------------------------

social("mumbai", "thank you so much yaar, you are too good")
social("jaipur", "namaste ji, very nice work")
social("edinburgh", "what's the craic")
social("edinburgh", "deadly, that's grand altogether, thanks a mill")
social("goa", "howzit bru")
social("goa", "lekker, shot bru!")
social("cartagena", "well done o, God bless you")
social("kyoto", "salamat po, very helpful naman")
social("bogota", "howdy y'all")
social("porto", "useless bot")
social("kyoto", "you're not helping at all")
social("mumbai", "wtf")
social("edinburgh", "this is rubbish")
social("goa", "ag man, this thing is kak")
social("jaipur", "are you a human or a bot?")
social("porto", "who are you?")
social("bogota", "are you a real person")
social("cartagena", "ok bye, take care")
social("mumbai", "abeg you no dey hear word at all")
social("kyoto", "you're so stupid")

# ---- explain -------------------------------------------------------------------------------

explain("kyoto", "tell me about kinkaku-ji yaar", "Kinkaku-ji")
explain("edinburgh", "what's the Royal Mile like?", "Royal Mile")
explain("mumbai", "is the gateway of india worth it?", "Gateway of India")
explain("edinburgh", "what's the story with greyfriars kirkyard", "Greyfriars Kirkyard")
explain("jaipur", "hawa mahal any good?", "Hawa Mahal")
explain("goa", "tell me abt basilica of bom jesus na", "Basilica of Bom Jesus")
explain("bogota", "monserrate worth the climb?", "Monserrate")
explain("porto", "please to tell me about the livraria lello", "Livraria Lello")
explain("goa", "howdy, what's fort aguada like", "Fort Aguada")
explain("mumbai", "the elephanta caves, are they worth it o?", "Elephanta Caves")
explain("cartagena", "what's the craic with getsemani", "Getsemaní")
explain("jaipur", "kindly tell about amber fort", "Amber Fort")

CASES = c.cases
