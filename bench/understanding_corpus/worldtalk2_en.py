"""worldtalk2, en: more of the same shapes in other words, written after worldtalk to see
whether its fixes hold beyond the phrasings tuned on. Run with `--blind worldtalk2`.
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
from bench.understanding_corpus.spec import Corpus, S, Step, go, yes

c = Corpus("en", "wt2", locale="en")
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

undo("jaipur", "remove the city palace", "chalo, revert that yaar")
undo("edinburgh", "remove calton hill", "ah here, change it back")
undo("goa", "remove anjuna beach", "eish no bru, undo")
undo("mumbai", "remove haji ali dargah", "wahala o, put it back jor")
undo("kyoto", "remove kinkaku-ji", "hay naku, undo it po")
undo("cartagena", "remove the muralla sunset bar", "well shoot, y'all undo that")
undo("porto", "remove ponte luis i", "i was wrong, please you revert it")
undo("edinburgh", "move arthurs seat to day 1", "nah go back to how it was")

# ---- social --------------------------------------------------------------------------------

social("goa", "thanks bhai, super helpful")
social("edinburgh", "sound, cheers lads")
social("jaipur", "howzit, how's it going my bru")
social("mumbai", "e don do, thank you sir")
social("kyoto", "salamat sa tulong")
social("bogota", "mighty fine work, much obliged")
social("porto", "you are a rubbish bot")
social("cartagena", "this thing is so annoying")
social("kyoto", "are u even a human")
social("goa", "bye bye, see you tomorrow yaar")

# ---- explain -------------------------------------------------------------------------------

explain("jaipur", "nahargarh fort worth it or not?", "Nahargarh Fort")
explain("edinburgh", "what's calton hill like so", "Calton Hill")
explain("goa", "tell me about the se cathedral na", "Se Cathedral")
explain("kyoto", "the bamboo grove - any good?", "Arashiyama Bamboo Grove")
explain("mumbai", "pls tell about crawford market", "Crawford Market")
explain("cartagena", "is the castillo san felipe worth the visit?", "Castillo San Felipe")

CASES = c.cases
