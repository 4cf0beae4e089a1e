"""What a traveler says to or about the assistant itself: who it is, or that it is no help.

"are you a bot or a real person?", "who r u", "quién eres tú?", "você é humano?": answered
honestly (a bot that edits the trip). "useless bot", "you're not helping", "wtf", "this is
rubbish", "ag man, this thing is kak", "no entiendes nada", "que bot burro", "não tá
ajudando": a short apology and a hint, never a search for a place called "rubbish" nor the
removal of "entiendes nada". "what's the craic", "how's it going bru": a greeting, not a
question about a place called "craic".

These are read before the rules, which would take such words for a place or a target, but only
when the whole message is that: every other word is padding, manners, a tag of address
(core.intents.chat_tags) or a word for the bot, and at most one word is unknown. Any word of a
request (a verb, a day, a meal, a kind of place, a question word) leaves the message to the
rules: "wtf, why is the castle gone" is a question about the trip.
"""

from __future__ import annotations

import re

from core.intents.chat_tags import is_tag
from core.intents.model import Topic
from core.intents.small_talk import greeting_idiom, word_kind
from core.text import fold

_BEING = (
    r"(?:(?:a|an|un|una|um|uma)\s+)?(?:real\s+|actual\s+|live\s+)?(?:bot|robot|robo|human|humano|"
    r"humana|person|persona|pessoa|ai|ia|machine|maquina|chatbot|computer|computadora|"
    r"computador|programa|program|chatgpt|gpt|siri|alexa|claude|gemini|copilot)"
)
# Who or what the assistant is, asked in the three languages.
_IDENTITY = re.compile(
    r"\b(?:(?:are|r)\s+(?:you|u|ya)|(?:eres|sos|es|e)|(?:vc|voce|tu|ce|cê)\s+(?:e|es))\s+"
    r"(?:even\s+|really\s+|de\s+verdad\s+|mesmo\s+)?"
    + _BEING
    + r"(?:\s+(?:or|o|ou)\s+(?:(?:a|an|un|una|um|uma)\s+)?(?:real\s+)?\w+)?"
    r"|\b(?:you\s*(?:re|are)|ur|youre|u\s+r)\s+(?:just\s+)?" + _BEING + r"\b"
    r"|\b(?:who|what)\s+(?:are|r)\s+(?:you|u|ya)|\bwho\s+(?:is|s)\s+this|"
    r"\bquien\s+(?:eres|sos|es)(?:\s+(?:tu|vos|usted))?|\bque\s+eres(?:\s+tu)?|"
    r"\bquem\s+(?:e|es)\s+(?:vc|voce|tu|ce)|\bquem\s+(?:vc|voce|tu)\s+e|\bo\s+que\s+(?:vc|voce)\s+e|"
    r"\bwhats\s+(?:your|ur)\s+name|\bcomo\s+te\s+llamas|\bqual\s+(?:e\s+)?(?:o\s+)?(?:seu|teu)\s+nome|"
    r"\b(?:am\s+i\s+)?(?:talking|chatting|speaking)\s+(?:to|with)\s+(?:a\s+)?(?:bot|human|person|"
    r"machine|real\s+person)|\b(?:hablo|estoy\s+hablando)\s+con\s+(?:un\s+|una\s+)?(?:bot|humano|"
    r"persona|maquina)|\b(?:falo|to|estou)\s+(?:falando\s+)?com\s+(?:um\s+|uma\s+)?(?:bot|robo|"
    r"humano|pessoa|maquina)"
)
# That the assistant is no help, said as a phrase.
_COMPLAINT_PHRASES = re.compile(
    r"\b(?:(?:you|u)\s*(?:re|r|are)?\s+(?:not|no|never)\s+(?:help\w*|listening|understanding)|"
    r"not\s+help(?:ing|ful)|no\s+help|(?:you|u)\s+(?:dont|don\s+t|do\s+not|never|cant|can\s+t)\s+"
    r"(?:understand|get\s+it|listen|help)|no\s+dey\s+(?:hear|understand)(?:\s+word)?|"
    r"what\s+(?:the|d)\s+(?:fuck|hell|heck|f)|"
    r"(?:no\s+)?(?:me\s+)?(?:estas|esta)\s+ayudando|no\s+(?:me\s+)?(?:ayudas|ayuda|sirves|sirve)"
    r"(?:\s+(?:pa|para)\s+nada)?|no\s+(?:entiendes|entendes|entiende|cachai|cachas)(?:\s+nada)?|"
    r"(?:nao|n)\s+(?:ta|tá|esta|está|tas|estas)\s+(?:me\s+)?ajudando|(?:nao|n)\s+(?:me\s+)?(?:ajuda|"
    r"ajudas|serve|serves|entende|entendes)(?:\s+(?:nada|pra\s+nada|para\s+nada))?|"
    r"(?:que|q)\s+(?:saco|mierda|merda|porra)|vaya\s+mierda|nada\s+que\s+ver|no\s+sabi\w*|"
    r"not\s+what\s+i\s+(?:asked|wanted|said)(?:\s+for)?|no\s+es\s+lo\s+que\s+(?:pedi|queria|dije)|"
    r"nao\s+e\s+(?:o|isso)\s+que\s+(?:eu\s+)?(?:pedi|queria|disse)|wast\w*\s+my\s+time|"
    r"perdiendo\s+(?:el|mi)\s+tiempo|perd\w*\s+(?:o\s+)?meu\s+tempo)\b"
)
# Words that call it no good: a word starting with one of these ("useless", "inútil", "tontería"),
# or one of the short words said whole ("kak", "wtf").
_COMPLAINT_STEMS = (
    "useless", "rubbish", "rubish", "stupid", "dumb", "idiot", "crap", "shit", "trash", "garbage",
    "terribl", "awful", "horribl", "worst", "pathetic", "annoying", "nonsense", "ridiculous",
    "sucks", "hopeless", "inutil", "tonto", "tonta", "pesim", "porquer", "basura", "mierd",
    "idiota", "estupid", "porcar", "lixo", "horrivel", "ridicul", "merda", "bosta", "pessim",
    "bullshit", "pendej", "boludo", "pelotud", "cojud", "burro", "burra", "imbecil",
)  # fmt: skip
_COMPLAINT_WORDS = frozenset("kak wtf ffs smh wth bs ugh lame broken weon gil".split())
# Words for the assistant or for "this": neither manners nor a request.
_BOT_WORDS = frozenset(
    """bot chatbot robot robo app assistant asistente assistente thing cosa coisa service
    servicio servico ai ia machine maquina programa program system sistema this esto isto
    mas more even at all nada nothing anything really cada vez always siempre sempre
    u r ur n so such just too que q como""".split()
)
MAX_WORDS = 14


def bot_remark(text: str) -> Topic | None:
    """IDENTITY, COMPLAINT or GREETING for a message wholly about the assistant, else None."""
    folded = fold(text).replace("'", " ")
    if re.search(r"\d", folded):
        return None
    if greeting_idiom(folded):
        return Topic.GREETING  # "what's the craic", "qué más pues"
    said = _IDENTITY.sub(" whoami ", _COMPLAINT_PHRASES.sub(" useless ", folded))
    words = re.findall(r"[\w]+", said)
    if not words or len(words) > MAX_WORDS:
        return None
    complaints = identity = unknown = 0
    for word in words:
        if word == "whoami":
            identity += 1
        elif word in _COMPLAINT_WORDS or word.startswith(_COMPLAINT_STEMS):
            complaints += 1
        elif word in _BOT_WORDS or is_tag(word):
            continue
        elif (kind := word_kind(word)) == "request":
            return None  # "useless, just add the castle": a request
        elif kind is None:
            unknown += 1
    if unknown > 1 and unknown >= complaints + identity:
        return None
    if complaints:
        return Topic.COMPLAINT
    return Topic.IDENTITY if identity else None
