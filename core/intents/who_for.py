"""Who the trip is for and what the purse allows, said as a situation, read as a wish.

Read on the message as typed (normalized, openers off), before the es/pt rewrites
(core.intents.parse), because travelers tell their situation in a remark beside the request
rather than as a keyword of it:
- children, in the words of the three languages (kids, the little ones, a toddler, a
  5-year-old, los peques, los niños, mis chiquitos, la criançada, meus filhos, os miúdos…):
  "algum lugar legal pra levar criança no dia 3? meus filhos já tão de saco cheio de templo",
  "my kids are gonna be so bored on day 4, something fun for them?", "mae viajo con 2
  chiquitos, algo pa ellos el jueves" → the wish "family";
- little money (we're broke, skint, ando pelado, sin mucha plata, tô liso, na pindaíba…):
  "any cheap eats for day 3? we're kinda broke lol" → the wish "cheap".
The message comes back with the situation said as the rules' wish words: a clause that only
tells the situation (its subject the children or the travelers) is dropped, keeping the days
and times it names; the frame that carries the situation inside the request ("pra levar
criança", "for them" once children were named, "sin mucha plata") becomes the wish word; when
nothing in the request carries it, the wish goes to the clause that asks for something open
("algo", "somewhere"…), never to a named place ("add Galtaji…, my son wants to see the
monkeys" keeps Galtaji as it is). A message that tells no situation comes back unchanged.
"""

from __future__ import annotations

import re
import unicodedata

_AGE_WORDS = r"(?:\d|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten)"
_KID = (
    r"(?:kids?|kiddos?|kiddies|children|child|little\s+ones?|littles|toddlers?|bab(?:y|ies)|"
    r"young\s+ones|sons?|daughters?|grand(?:kids|children)|"
    rf"{_AGE_WORDS}\s*[- ]?\s*(?:years?|yrs?|y)\s*[- ]?\s*olds?|{_AGE_WORDS}\s*yos?|"
    r"ninos?|ninas?|nenes?|nenas?|peques|pequenos|pequenas|pequeninos|chiquit[oa]s|"
    r"chiquill[oa]s|chamac[oa]s|chamaquit[oa]s|crios|crias|cabros\s+chicos|guaguas|"
    r"hij[oa]s|hijit[oa]s|nietos|cipotes|patojos|escuincles|chavitos|bebes?|huercos|huerquitos|"
    r"plebes|plebitos|morritos|chilpayates|pias|piazada|gurizada|guris|gurizinhos|pivetes|"
    r"crianca|criancas|criancada|filh[oa]s|filhot[ea]s|miud[oa]s|nenem|molecada|petizes|"
    r"netos|guris|gurizada|gurizinhos|pias|piazada|piazinhos|candengues?|catraios|"
    r"miudagem|pequenada|petizada|(?:niñ|nin)[oa]s?\s+de\s+\d{1,2}\s+anos|crianca\s+de\s+\d{1,2}\s+anos)"
)
_OF = (
    r"(?:(?:the|my|our|a|an|los|las|mis|nuestros|nuestras|unos|unas|os|as|meus|minhas|nossos|"
    r"nossas|uns|umas|o|a|la|el|mi|meu|minha)\s+)?(?:(?:\d{1,2}|two|three|dos|tres|dois|duas)\s+)?"
    r"(?:little\s+|young\s+)?"
)
_KIDS = re.compile(rf"\b{_OF}{_KID}\b(?!\s+s\b)")  # not "the children s museum"
_PRONOUN = r"(?:them|ellos|ellas|eles|elas)"
# The frame that carries the children inside a request: "pra levar criança", "for the kids",
# "bom pra criança", "algo pa ellos" (the pronoun only once children were named).
_NICE = (
    r"(?:(?:fun|nice|cool|good|great|legal|bacana|divertid[oa]|chevere|bueno|buena|bom|boa|"
    r"lindo|bonito|interesante|interessante|ideal|apto|adequado)\s+)?"
)
_TAKE = r"(?:(?:to\s+)?(?:take|bring)|llevar|traer|levar|trazer)\s+"
_FOR = r"(?:for|para|pa|pra|pro|pros|pras|with|con|com|p)\s+"
_KID_FRAME = re.compile(
    rf"\b{_NICE}(?:(?:{_FOR})?{_TAKE}|{_FOR}){_OF}{_KID}\b|\b{_KID}[\s-]*(?:friendly|proof)\b"
)
_THEM_FRAME = re.compile(
    rf"\b{_NICE}{_FOR}{_PRONOUN}\b|\b(?:que|q)\s+(?:les|lhes|os|las|los)?\s*(?:gust\w+|encant\w+|"
    r"diviert\w+|divirt\w+|gost\w+|curt\w+)\b|\b(?:they|theyll|they\s+ll|they\s+d|theyd)\s+"
    r"(?:like|love|enjoy)\b"
)
# Words that only said the place should please: gone once the wish says who for.
_PLEASING = re.compile(
    r"\s+(?:fun|nice|cool|good|legal|bacana|divertid[oa]|chevere|entretenid[oa])\b"
)
# Little money, as the travelers say it (the subject and verb before it go with it).
_BROKE = (
    r"(?:broke|skint|strapped(?:\s+for\s+cash)?|short\s+on\s+(?:cash|money)|low\s+on\s+(?:cash|"
    r"money|funds)|on\s+a\s+(?:tight\s+)?(?:budget|shoestring)|tight\s+on\s+(?:money|cash)|"
    r"(?:budget|money)\s*(?:s|is)\s+(?:tight|short)|pinching\s+pennies|saving\s+money|"
    r"pelad[oa]s?|misi[oa]s?|quebrad[oa]s?\s+de\s+plata|en\s+la\s+quiebra|arrancad[oa]s?|"
    r"sin\s+(?:mucha\s+|nada\s+de\s+|un\s+)?(?:plata|lana|pasta|dinero|guita|feria|billete|"
    r"peso|mango|duro|presupuesto|varo|money)|cort[oa]s?\s+de\s+(?:plata|dinero|lana|pasta|"
    r"presupuesto)|(?:poco|ajustado\s+de)\s+presupuesto|presupuesto\s+(?:ajustado|justo|"
    r"apretado|corto)|bolsillo\s+apretado|lis[oa]s?|na\s+pindaiba|dur[oa]s?|falid[oa]s?|"
    r"sem\s+(?:muita\s+|nenhuma\s+|um\s+)?(?:grana|dinheiro|tostao|puto|money)|"
    r"(?:grana|dinheiro)\s+(?:curt[oa]|apertad[oa]|contad[oa])|pouca\s+grana|"
    r"orcamento\s+(?:apertado|curto|limitado)|zerad[oa]s?)"
)
_BE = (
    r"(?:(?:i|we)\s*(?:m|am|re|are|ll\s+be|will\s+be|ve\s+been|re\s+gonna\s+be)|"
    r"(?:i|we)\s+(?:are|am)|"
    r"(?:ando|andamos|estoy|estamos|quede|quedamos|voy|vamos|vengo|venimos|to|tou|estou|"
    r"estamos|tamo|tamos|fiquei|ficamos|vou|vamos|stamo)|"
    r"(?:tengo|tenemos|tenho|temos|have|got)\s+(?:pouco|poco|little|nada)?)"
)
_HEDGE = (
    r"(?:kinda|kind\s+of|pretty|a\s+bit|so|quite|totally|super|re|medio|bien|bem|meio|"
    r"muy|mt|muito|mto|ya|ja|tao|todo|toda|tudo)"
)
_BROKE_SAID = re.compile(rf"(?:\b{_BE}\s+(?:{_HEDGE}\s+){{0,2}})?\b(?:{_HEDGE}\s+)?{_BROKE}\b")
# Said as a wish already, in words the rules don't know.
_CHEAP_SAID = re.compile(
    r"\bcheap\s+(?:n|and|&)\s+cheerful\b|\b(?:nothing|nada)\s+(?:too\s+)?"
    r"(?:pricey|expensive|caro|cara)\b|\bwithout\s+(?:spending|breaking\s+the\s+bank)"
    r"\b(?:\s+(?:much|a\s+lot))?|\bwon\s*t\s+break\s+the\s+bank\b|\bsin\s+gastar\s+(?:mucho|"
    r"tanto)\b|\bsem\s+gastar\s+(?:muito|tanto)\b|\bgastar\s+(?:poco|pouco)\b"
)
# Food said as "eats", which the rules don't know.
_EATS = re.compile(r"\bcheap\s+eats\b")
# A remark that says what the place must be keeps its words ("mi hija es vegana").
_WISHFUL = re.compile(
    r"\b(?:vegan\w*|vegetarian\w*|veggie|gluten|halal|kosher|celiac\w*|allerg\w*|alerg\w*|"
    r"wheelchair|accessible|silla\s+de\s+ruedas|cadeira\s+de\s+rodas|stroller|carrinho|"
    r"carriola|cochecito)\b"
)
# A meal: children beside it tell no wish for the place (few restaurants say "family").
_MEAL = re.compile(
    r"\b(?:eat|eats|food|lunch|dinner|breakfast|brunch|restaurant\w*|cafe|comida|comer|cenar|"
    r"cena|almorzar|almuerzo|desayun\w*|jantar|janta|almoc\w*|cafe\s+da\s+manha|restaurante)\b"
)
# A clause that only tells the situation: its subject the children or the travelers.
_SUBJECT = (
    rf"(?:{_OF}{_KID}|(?:i|we|they)\s*(?:m|am|re|are|ll|ve|will|have|got)?|yo|nosotros|eu|"
    r"nos|a\s+gente|la\s+familia|a\s+familia|the\s+family|"
    r"(?:viajo|viajamos|voy|vamos|vengo|venimos|ando|andamos|estoy|estamos|tengo|tenemos|"
    r"traigo|traemos|llevo|llevamos|vou|vamos|venho|viemos|estou|to|tou|tamo|tamos|tenho|temos|"
    r"levo|levamos|trago|trazemos|travelling|traveling|travel|coming|going|here|bringing|"
    r"taking|having))\b"
)
_LEAD = (
    r"(?:mae|bro|mano|cara|tio|tia|guey|wey|parce|che|so|and|y|e|but|pero|mas|also|tambien|"
    r"tambem|btw|oh|plus|ah)"
)
_REMARK = re.compile(rf"^(?:{_LEAD}\s+)?{_SUBJECT}")
# Where a day or a time is said: kept when the remark around it goes.
_WHEN = re.compile(
    r"\b(?:(?:on|no|el|en\s+el|para\s+el|pal|pro|pra\s+o|na|o|a)\s+)?(?:day|dia)\s+\d{1,2}\b"
    r"|\b(?:(?:on|el|na|no|a|o)\s+)?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|"
    r"saturdays?|sundays?|lunes|martes|miercoles|jueves|viernes|sabado|domingo|segunda|terca|"
    r"quarta|quinta|sexta)(?:-feira|\s+feira)?\b"
    r"|\b(?:today|tonight|tomorrow|tmrw|hoy|hoje|hj|amanha|manana)\b"
    r"|\b(?:in\s+the\s+)?(?:morning|afternoon|evening)\b"
    r"|\b(?:en|por|de)\s+la\s+(?:manana|tarde|noche)\b|\b(?:de|a|pela|na)\s+(?:manha|tarde|noite)\b"
)
# A request open enough to carry a wish (never a named place).
_OPEN = re.compile(
    r"\b(?:something|somewhere|anything|any|place|spot|ideas?|activity|activities|what|whats|"
    r"where|eats|food|restaurant|algo|algun|alguna|algum|alguma|lugar|lugares|sitio|sitios|"
    r"coisa|opcion|opciones|opcao|opcoes|actividad|atividade|parque|park|que|onde|donde|"
    r"comida|comer|cenar|almorzar|jantar|almocar|lunch|dinner|breakfast)\b"
)
# Asking what there is to do, for the children: a place to find ("qué hacemos el día 2 con los
# peques?", "o que tem pra criançada?", "what's good on day 2 with the little ones?").
_WHAT_TO_DO = re.compile(
    r"^(?:what\s*s\s+(?:good|there)|what\s+(?:is\s+there\s+)?(?:can|should|could)\s+(?:we|i)\s+do|"
    r"what\s+to\s+do|que\s+(?:hacemos|podemos\s+hacer|hacer|hay\s+(?:para|pa)\s+hacer|hay)|"
    r"o\s+que\s+(?:tem|fazer|da\s+pra\s+fazer|podemos\s+fazer|fazemos|ha)|que\s+tem|que\s+fazer)\b"
)
_CLAUSES = re.compile(r"([,;.!?]+\s*|\s+-+\s+)")


def situated(text: str) -> str:
    """The message with who it is for and how much money there is said as wishes.

    Args:
        text: The message, normalized and without its openers (core.intents.openers).
    """
    plain = _plain(text)
    kids = bool(_KIDS.search(plain))
    broke = bool(_BROKE_SAID.search(plain) or _CHEAP_SAID.search(plain) or _EATS.search(plain))
    if not (kids or broke):
        return text
    pieces = _CLAUSES.split(text)
    clauses, marks = pieces[0::2], [*pieces[1::2], ""]
    pending: set[str] = set()
    told: set[str] = set()
    kept: list[tuple[str, str]] = []
    for clause, mark in zip(clauses, marks, strict=True):
        said = _plain(clause).strip()
        read, found, in_place = _read(said, kids)
        if not found:
            kept.append((clause, mark))
        elif (
            _REMARK.match(said)
            and not _OPEN.search(_without_situation(said))
            and not _WISHFUL.search(said)
        ):
            pending |= found  # "meus filhos já tão de saco cheio", "we're kinda broke lol"
            when = " ".join(m.group(0) for m in _WHEN.finditer(said))
            others = (_plain(c) for c in clauses if c is not clause)
            if when and not any(_WHEN.search(other) for other in others):
                # "my kids are gonna be so bored on day 4, something fun?": the only day said;
                # "move the zoo to day 2, the kids are sick on day 1": the request has its own
                kept.append((when, mark))
        else:
            kept.append((read, mark))
            told |= in_place
            pending |= found - in_place
    wishes = pending - told
    if _MEAL.search(plain):
        wishes.discard("family")
    if wishes:
        index = next((i for i, (c, _) in enumerate(kept) if _OPEN.search(_plain(c))), None)
        if index is not None:
            clause, mark = kept[index]
            if "family" in wishes:
                clause = _PLEASING.sub("", _plain(clause))  # "anything fun on saturday"
            kept[index] = (f"{clause.rstrip()} {' '.join(sorted(wishes))}", mark or " ")
    kept = [(_WHAT_TO_DO.sub("something", c) if "family" in c else c, m) for c, m in kept]
    return _joined(kept) or text


def _joined(kept: list[tuple[str, str]]) -> str:
    """The clauses back together, without a mark left dangling at the end."""
    said = "".join(c + m for c, m in kept).strip()
    return re.sub(r"[\s,;-]+$", "", said)


def _read(said: str, kids: bool) -> tuple[str, set[str], set[str]]:
    """A clause with its situation frames as wish words, its wishes, and those said in place."""
    found: set[str] = set()
    in_place: set[str] = set()
    read = said
    if _EATS.search(read):
        read = _EATS.sub("cheap food", read)
        found, in_place = found | {"cheap"}, in_place | {"cheap"}
    if _CHEAP_SAID.search(read):
        read = _CHEAP_SAID.sub("cheap", read)
        found, in_place = found | {"cheap"}, in_place | {"cheap"}
    if _BROKE_SAID.search(read):
        read, found = _BROKE_SAID.sub(" ", read), found | {"cheap"}
    if kids and _KID_FRAME.search(read):
        read = _KID_FRAME.sub("family", read)
        found, in_place = found | {"family"}, in_place | {"family"}
    elif kids and _THEM_FRAME.search(read):
        read = _THEM_FRAME.sub("family", read)
        found, in_place = found | {"family"}, in_place | {"family"}
    elif _KIDS.search(read):
        found |= {"family"}
    return re.sub(r"\s+", " ", read).strip(), found, in_place


def _without_situation(said: str) -> str:
    """A clause without the children and the money words, to see what else it asks."""
    return _KIDS.sub(" ", _BROKE_SAID.sub(" ", said))


def _plain(text: str) -> str:
    """Lowercase without accents, punctuation kept (the clauses stay where they were)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("'", " ")
