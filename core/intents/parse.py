"""A message → its language and its ordered list of operations (rules only, no LLM).

1. Normalize (spaces, quotes, emoji, "¿¡"), write out chat shorthand (core.intents.shorthand),
   respell verb forms (core.intents.verb_forms), detect the language (core.intents.language).
2. Rewrite Spanish / Portuguese / English phrasings into one grammar (core.intents.lexicon).
3. Split "X and Y", "X, then Y" into requests (core.intents.several); a request without a
   verb ("… and a ramen place for dinner") continues the one before it and shares its day.
4. Classify each request with the rules (core.intents.rules).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from core.intents.added_day import on_added_day
from core.intents.address_words import without_address
from core.intents.already_there import swapped_place
from core.intents.anchors import anchored, placeable, split_anchor
from core.intents.appositions import named_not_described
from core.intents.arrows import in_words
from core.intents.asked_after import asked_after
from core.intents.booking_asks import booking_asked
from core.intents.bot_remarks import bot_remark
from core.intents.both_words import for_both, said_of_both
from core.intents.browse import as_browsing
from core.intents.calendar_words import read_calendar
from core.intents.chat_tags import without_tags
from core.intents.clause_spans import read_apart
from core.intents.clauses import only_when, read_by_clauses
from core.intents.clock_reader import read_clock
from core.intents.corrections import corrected, marked
from core.intents.day_asked import day_asked
from core.intents.day_clearing import day_cleared
from core.intents.day_commands import day_command_turn
from core.intents.day_fill_asked import day_fill_asked
from core.intents.day_part_times import DAY_PART_EDGE_RULES
from core.intents.day_plan_words import day_plan_turn
from core.intents.day_removal import day_removed
from core.intents.day_sharing import share_days
from core.intents.day_to_day import moved_day_to_day
from core.intents.day_words import find_when
from core.intents.diminutives import plain_forms
from core.intents.dropped_visits import dropped_visit
from core.intents.eating_words import eating_searched
from core.intents.english import ENGLISH_RULES
from core.intents.fill_wishes import with_fill_wish
from core.intents.fill_words import empty_slot_said, fill_meals_turns
from core.intents.follow_ups import followed_up
from core.intents.free_day import free_day_turn
from core.intents.help_questions import help_question
from core.intents.kind_then_name import named_after_kind
from core.intents.language import detect_language
from core.intents.language_requests import language_turn
from core.intents.lexicon import NOT_A_TOPIC, rewrite
from core.intents.meal_dishes import dish_wished
from core.intents.meal_pairs import MEAL_PAIR_RULES
from core.intents.meal_remarks import meal_remarks
from core.intents.message_slots import with_message_slots
from core.intents.mixed_language import language_meant
from core.intents.model import Intent, ParsedMessage, ParsedTurn
from core.intents.openers import without_openers
from core.intents.party import with_party
from core.intents.place_questions import place_question
from core.intents.plan_again import plan_again
from core.intents.plan_shown import plan_shown
from core.intents.portuguese import PORTUGUESE_RULES
from core.intents.push_preferences import language_of as preference_language
from core.intents.push_preferences import push_preference_turn
from core.intents.reason_clauses import without_reasons
from core.intents.relative_times import RELATIVE_TIME_RULES
from core.intents.remark_adds import without_remark_adds
from core.intents.remark_clauses import without_remarks_beside
from core.intents.replacement_words import one_replacement, replacement
from core.intents.request_start import verb_led_parts
from core.intents.rules import classify
from core.intents.said_again import said_again
from core.intents.same_day import said_same_day
from core.intents.schedule_questions import schedule_question
from core.intents.several import NOT_ALONE, PRONOUNS, is_aside, requests_of
from core.intents.shorthand import expand_shorthand
from core.intents.slots import find_days, find_meal
from core.intents.small_talk import plain_small_talk, small_talk
from core.intents.spanish import SPANISH_RULES
from core.intents.spoken_portuguese import standard_portuguese
from core.intents.stated_reasons import without_stated_reasons
from core.intents.statement_tails import without_statements
from core.intents.time_shift import time_shift_turn, with_target_day
from core.intents.trailing_remarks import without_trailing_remarks
from core.intents.trip_changes import trip_change_turn
from core.intents.trip_end import trip_end_turns
from core.intents.trip_plan_asked import trip_plan_asked
from core.intents.trip_settings import trip_setting_turn
from core.intents.trip_shift import trip_shift_turn
from core.intents.trip_wishes import trip_wish
from core.intents.undo_words import said_undo
from core.intents.verb_forms import respell
from core.intents.weather_reasons import without_weather_reason
from core.intents.who_for import situated
from core.intents.whole_requests import whole_request
from core.intents.wish_words import (
    WISH_WORD_RULES,
    brunch_kept,
    open_now_today,
    open_places_asked,
)

_KEEP_SYMBOLS = frozenset("★$€£%&+#@⇄⇆➔➜➡")  # arrows: core.intents.arrows
# Whole-message intents whose "and" is part of one request ("whisky and castles").
_WHOLE = frozenset({Intent.PLAN, Intent.EXPERT, Intent.SWAP_DAYS, Intent.SET_START})
_IBERIAN_HINT = re.compile(
    r"\b(?:d[ií]a|d[ií]as|para|por|que|qu[eé]|con|com|el|la|o|a|do|da|del|no|na|agrega|"
    r"adiciona|quita|tira|de|valeu|vlw|gracias|obrigad[oa])\b",
    re.IGNORECASE,
)
_ELONGATED = re.compile(r"([^\W\d])\1{2,}")
# Sentences: a plan or a swap may be followed by another request ("…, then add a museum").
_STRONG_SEPARATOR = re.compile(
    r"\s*(?:;|[.?!]\s+|,?\s+and\s+then\s+|,?\s+then\s+|,?\s+and\s+also\s+|,\s+also\s+|"
    r",\s+and\s+(?=(?:could|can|would|will|pls|please)\s))\s*",
    re.IGNORECASE,
)
_PRONOUN_REQUEST = re.compile(r"\b(?:it|that|this|them)\b|^(?:remove|move|book)\b", re.IGNORECASE)
# Words a place name hardly ever holds but a chat clause does.
_CHATTY = re.compile(
    r"^(?:it|that|this|them)$|\b(?:can|could|would|should|if|i|we|you|my|our|me|us|need|want|"
    r"wanna|fits?|scrap|forget|ditch|kill|lol|tbh|pls|please)\b|[?!]",
    re.IGNORECASE,
)


def normalize(text: str) -> str:
    """Spaces, curly quotes, emoji and Spanish opening marks tidied; accents kept."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("’", "'").replace("‘", "'").replace("´", "'").replace("`", "'")
    text = "".join(
        " " if ch in "¿¡" else ch
        for ch in text
        if ch in _KEEP_SYMBOLS or unicodedata.category(ch) not in {"So", "Sk", "Cs", "Co", "Cn"}
    )
    text = text.replace("\u200d", "").replace("\ufe0f", "")
    text = re.sub(r"\s*[\u2014\u2013]+\s*", " - ", text)  # "…on day 4 — we can't leave without it"
    text = _ELONGATED.sub(r"\1", text)  # "reallyyy", "pleeease"
    return " ".join(text.split())


_CLAUSE_END = re.compile(r"[,;.!?]+\s*|\s+-+\s+")
_REASON_TAIL = re.compile(
    r"\s+(?:q|que)\s+(?:queda|fica|es|esta|está|e|é)\s+(?:muy|mt|muito|mto|demasiado|bem|re)\b.*$"
    r"|\s+(?:q|que|porque|pq|ya\s+que|since|because|cause)\s+(?:despues|después|luego|depois|hace|faz|"
    r"it\s+s|its|it\s+gets)\s+(?:\w+\s+){0,2}(?:calor|frio|frío|hot|cold|crowded|lleno|cheio)\b.*$"
    # "… pal jueves q el sábado nos vamos", "… a las 9:30 q a las 10 hay mucha cola": a reason
    r"|(?<=\w)(?<!\bo)(?<!\blo)(?<!\bel)(?<!\bwhat)(?<!\b[eé])\s+(?:q|que|porque|pq|xq)\s+"
    r"(?:el|los|nos|ya|hay|a\s+las|"
    r"tenemos|vamos|estamos|a\s+gente|nós|"
    r"ja|já)\b.*$",
    re.IGNORECASE,
)


# After a dash, a clause with a subject and a verb of its own is a remark ("… on day 3 - budget
# is tight lol", "… - we can't leave without it"), not part of the request.
_DASH_ASIDE = re.compile(
    r"\s+-+\s+(?=(?:\w+\s+){0,3}?(?:is|are|was|were|s|re|m|cant|can't|won't|wont|gonna|"
    r"es|está|esta|son|estamos|é|tá|ta|são|estamos|fica|queda)\b).*$",
    re.IGNORECASE,
)


def _without_trailing_asides(text: str) -> str:
    """The message without the remarks it ends with ("…, ja fomos la da outra vez")."""
    text = _REASON_TAIL.sub("", without_weather_reason(text))
    text = _DASH_ASIDE.sub("", text)
    parts = _CLAUSE_END.split(text)
    if len(parts) < 2:
        return text
    for index in range(1, len(parts)):
        if is_aside(parts[index].strip()):
            cut = text.find(parts[index], sum(len(p) for p in parts[:index]))
            head = text[:cut].rstrip(" ,;-")
            return head if head.strip(" ,;.!?-") else text
    return text


def grammar_of(text: str, language: str | None) -> str:
    """A message as typed, in the rules' grammar (for readings beside the rules')."""
    return canonical(respell(expand_shorthand(normalize(text))), language)


def canonical(text: str, language: str | None, *, said: str | None = None) -> str:
    """The message in the rules' grammar (`said`: the whole message, openers and all)."""
    # "después de la cena", "nada chique", "pa comer": read in every language, before the
    # language's own tables would make them a meal, "upscale" or a search word.
    # "at 16h", "half 7", "a las 18h, o mejor 18:30": times in digits, corrections settled.
    # "qnta a noite", "jue por la tardita", "última noite": days and parts said the chat way.
    # "late afternoon", "fim da tarde", "a primera hora": an edge of a part of the day, a time
    text = read_calendar(rewrite(read_clock(text), DAY_PART_EDGE_RULES), language)
    text = rewrite(rewrite(text, RELATIVE_TIME_RULES), WISH_WORD_RULES)
    text = rewrite(text, MEAL_PAIR_RULES)  # "petiscos y un vinito": one place for both
    if language == "es":
        text = rewrite(text, SPANISH_RULES)
    elif language == "pt":
        text = rewrite(text, PORTUGUESE_RULES)
    elif language is None and _IBERIAN_HINT.search(said or text):
        text = rewrite(rewrite(text, SPANISH_RULES), PORTUGUESE_RULES)
    return rewrite(text, ENGLISH_RULES)


def parse(
    text: str, *, today: dt.date | None = None, usual_language: str | None = None
) -> ParsedMessage:
    """Everything a message asks for, in order, and the language it is written in.

    `usual_language` is the traveler's own ('es', 'pt'…): a message too short to tell its
    language ("remove o dia 6", "serralves as onze") is read with that language's phrasings.
    The message's `language` stays None then: it told nothing.
    """
    # "sácalo", "coloca-o", "remvoe", "abt": forms and words the phrase tables know
    cleaned = respell(expand_shorthand(normalize(text)))
    language = language_meant(cleaned, detect_language(cleaned), usual_language)
    # "hmm nah take it off", "mmm no, mejor…"; "um museu pra amanhã, moço", "fio, põe…"
    spoken = standard_portuguese(without_address(cleaned), language)  # "pra jantá no primero dia"
    opened, cleaned = cleaned, without_openers(spoken)
    if (early := _undo_or_remark(opened)) is not None:
        return early  # "abeg undo that one o", "useless bot", "are you human?"
    # "bota X na sexta, quero ver os azulejos kkk"; "mueve X al jueves, el miércoles llueve";
    # "…, mother in law is here", "for me n the wife"
    described = without_statements(named_not_described(cleaned), language)
    cleaned = without_trailing_remarks(without_reasons(described))
    # "tira o jantar do dia 1, vamos comer no hotel"; "X às 21h, a banda só começa mais tarde"
    cleaned = without_stated_reasons(without_remarks_beside(cleaned))
    cleaned = situated(cleaned)  # "algo pa ellos el jueves? viajo con 2 chiquitos": for kids
    cleaned = _handed_over(cleaned, language)
    cleaned = replacement(cleaned) or cleaned  # "la Marisqueira da Foz x sushi"
    if (preference := push_preference_turn(cleaned)) is not None:
        # Read before the es/pt rewrites, which would make "no quiero alertas" an edit.
        said_in = language or preference_language(cleaned)
        return ParsedMessage(ops=(preference,), language=said_in)
    if (asked := language_turn(cleaned)) is not None:
        # "háblame en inglés": answered in the language asked for, not the one it is said in
        return ParsedMessage(ops=(asked,), language=asked.reply_language)
    reading = language or (usual_language if usual_language in {"es", "pt"} else None)
    # "pasame": before respelling makes it "pasa"; "o que é que tem pra hoje, visse?"
    said = standard_portuguese(without_address(expand_shorthand(normalize(text))), language)
    if (day := _day_shown(said, reading)) is not None:
        # "pasame lo del miércoles", "wots on 2day", "el viernes está vacío, arma algo"
        return ParsedMessage(ops=(day,), language=language)
    if (again := said_again(cleaned, lambda rest: canonical(rest, reading))) is not None:
        return ParsedMessage(ops=(again,), language=language)  # "lo mismo pero el viernes"
    if (when := schedule_question(cleaned)) is not None:
        return ParsedMessage(ops=(when,), language=language)  # "what time we go to ribeira?"
    rest, anchor = split_anchor(cleaned)
    if anchor is not None:
        # "Add Tenryu-ji day 3, right after the bamboo grove": an add placed after a stop
        placed = parse(rest, today=today, usual_language=reading or usual_language)
        if placeable(placed.ops, anchor):
            after = anchored(list(placed.ops), anchor)  # a clock time said too wins
            return ParsedMessage(ops=tuple(after), language=language or placed.language)
    # "mejor a las 5", "melhor pro dia 3": a follow-up about the stop just talked about
    meant = marked(followed_up(swapped_place(cleaned)))  # "… não pera, o X já tá, quero o Y"
    grammar = canonical(_without_trailing_asides(meant), reading, said=opened)
    # "X -> day 4", "dia 2 ↔ dia 3", "X + Y"; "las bovedas from saturday to the 10th"; a day said
    # of all the requests ("…, both on friday") is kept apart (core.intents.both_words)
    grammar, both = said_of_both(moved_day_to_day(in_words(corrected(grammar, today))))
    apart = read_apart(cleaned, lambda piece: _read(piece, today, reading), _fills)
    if apart is not None:
        return ParsedMessage(ops=tuple(apart), language=language)  # "pon X a las 5 y llena …"
    if (single := _single_turn(cleaned, grammar, reading, today)) is not None:
        return ParsedMessage(ops=single, language=language)
    whole = classify(said_same_day(grammar)[0], today)
    if whole.intent not in _WHOLE | {Intent.SHOW} and (everyday := whole_request(cleaned)):
        return ParsedMessage(ops=(everyday,), language=language)  # "pasame el itinerario"
    if (asked := _about_one_place(whole, cleaned)) is not None:
        # "cuánto cuesta la entrada al Palácio da Bolsa?": that place's price, not the trip's;
        # "whats the best rated seafood place? for thursday dinner" asks for that dinner
        read = open_places_asked(meal_remarks([asked], grammar, cleaned), grammar, cleaned)
        return ParsedMessage(ops=tuple(open_now_today(read)), language=language)
    if whole.intent in {Intent.SOCIAL, Intent.HELP}:
        # "gn, talk tomorrow"; "how do i add stuff? do i just type it in here?"
        return ParsedMessage(ops=(whole,), language=language)
    if whole.intent in _WHOLE:
        return ParsedMessage(ops=_whole_ops(whole, grammar, today), language=language)
    ops = requests_of(grammar, today)
    if ops is not None and any(op.intent is Intent.UNKNOWN for op in ops):
        # "se nos alargó el viaje, súmale dos días": a remark beside the request
        ops = read_by_clauses(grammar, today, classify) or None
    if ops is None:
        ops = [_topic_for_pronoun(whole, grammar)]
    if (
        any(_unclear(op) for op in ops)
        and (clauses := read_by_clauses(grammar, today, classify))
        and not any(_unclear(op) for op in clauses)
    ):
        ops = clauses  # "is there a bird sanctuary around? if so stick it on our last day"
    if all(op.intent is Intent.UNKNOWN for op in ops):
        ops = _asks_nothing_of_the_trip(cleaned, text) or ops
    elif [op.intent for op in ops] == [Intent.ADD] and (
        manners := plain_small_talk(cleaned) or plain_small_talk(text)
    ):
        ops = [ParsedTurn(intent=Intent.SOCIAL, topic=manners)]  # "good morning! ready for today"
    # "…, both on friday": every request's day, then the days shared between requests; "not
    # feeling X, swap it for Y": one replacement; "dinner on monday is still empty - a rooftop
    # place?": one add for that dinner
    ops = empty_slot_said(one_replacement(share_days(for_both(ops, both))))
    return ParsedMessage(
        ops=_completed(ops, whole, _Said(cleaned, grammar, reading, today, opened)),
        language=language,
    )


@dataclass(frozen=True)
class _Said:
    """A message as the last steps of its reading need it."""

    cleaned: str  # as typed, normalized and respelled
    grammar: str  # in the canonical phrasing the rules read
    reading: str | None  # the language its phrasings are read in
    today: dt.date | None
    typed: str  # as typed, normalized, before remarks were taken off


def _completed(ops: list[ParsedTurn], whole: ParsedTurn, said: _Said) -> tuple[ParsedTurn, ...]:
    """The requests with what the rest of the message says about them: a party, a wish, a day."""
    cleaned, grammar, today = said.cleaned, said.grammar, said.today
    # "fixin to see me some forts. put Jaigarh Fort on day 3": the fort named, not forts too
    ops = with_message_slots(as_browsing(named_after_kind(ops), cleaned, grammar), grammar, cleaned)
    ops = day_removed(ops, grammar, classify, today)  # "tira o dia 4, vou ter q voltar antes"
    ops = day_cleared(ops, grammar, classify, today)  # "vacia el dia 3 completo, lo dejamos libre"
    ops = with_party(ops, cleaned, said.reading)  # "book X for lunch, we are 5"
    ops = _day_made_lighter(whole, ops)  # "el martes está muy cargado, relájalo"
    ops = open_places_asked(ops, grammar, cleaned)  # "qué hay abierto para comer": a search
    ops = open_now_today(brunch_kept(ops, grammar))  # "a coffee place open rn": today
    ops = meal_remarks(ops, grammar, cleaned)  # "janta na quinta, sou estudante": a wish
    # "…, kids are over the fancy food": no second add; "playa tranquilita"; "for scran": food
    ops = eating_searched(plain_forms(without_remark_adds(ops)), said.reading)
    ops = dish_wished(ops, said.typed)  # "for dinner day 1 we really want to try laal maas"
    return tuple(on_added_day(ops, cleaned))  # "add a day at the end and put X on it"


def _read(piece: str, today: dt.date | None, reading: str | None) -> tuple[ParsedTurn, ...]:
    """The requests of one clause of a message, read on its own."""
    return parse(piece, today=today, usual_language=reading).ops


def _fills(piece: str) -> bool:
    """A clause that asks for meals to be filled ("la comida del martes llénala")."""
    return bool(fill_meals_turns(piece))


def _undo_or_remark(said: str) -> ParsedMessage | None:
    """An undo, or a remark about the assistant itself, read as typed, before the rewrites.

    "ta, deshacé eso bo", "abeg undo that one o": the last change taken back. "useless bot",
    "no entiendes nada", "are you human?": never a place nor a target. The language is told by
    the words, not by the tags around them ("ta", "na" alone are Portuguese).
    """
    bare = without_tags(said)
    tagged = set(re.findall(r"\w+", said)) != set(re.findall(r"\w+", bare))
    if said_undo(said):
        turn = ParsedTurn(intent=Intent.UNDO)
    elif (remark := bot_remark(said)) is not None:
        turn = ParsedTurn(intent=Intent.SOCIAL, topic=remark)
    elif tagged and (manners := plain_small_talk(bare)) is not None:
        turn = ParsedTurn(intent=Intent.SOCIAL, topic=manners)  # "see you tomorrow yaar"
    else:
        return None
    return ParsedMessage(ops=(turn,), language=detect_language(bare))


def _handed_over(cleaned: str, language: str | None) -> str:
    """A trip, a plan or a booking handed over in chat, in the rules' phrasing (or as said)."""
    wished = trip_wish(cleaned)  # "quiero ir 3 dias a Bogotá, me arman el plan?"
    over = plan_again(wished or cleaned)  # "refaz os 4 dias do zero com foco em praia"
    # "planifícame los dos días con museos y jardines, voy con mi madre que camina poco"
    handed = None if wished or over else trip_plan_asked(cleaned)
    cleaned = over or wished or handed or cleaned
    if (dropped := dropped_visit(cleaned, language)) is not None:
        return dropped  # "mañana ya no vamos a Elephanta, está lejísimos, quítalo": one removal
    if (booked := booking_asked(cleaned, language)) is not None and (
        classify(canonical(cleaned, language)).intent is not Intent.BOOK
    ):
        return booked  # "quero fazer uma reserva", "quiero reservar": the rules read none
    return cleaned


def _day_shown(said: str, reading: str | None) -> ParsedTurn | None:
    """A day (or the trip) asked to be seen, or an empty day (or the rest) to be planned."""
    # plan_shown reads the day with the rules alone: "what do i have <day>" is its own shape
    return (
        day_asked(said, lambda piece: _shown(piece, reading))
        or plan_shown(said, lambda piece: [classify(f"what do i have {canonical(piece, reading)}")])
        or day_fill_asked(said, canonical(said, reading))
    )


def _shown(piece: str, reading: str | None) -> list[ParsedTurn]:
    """What "what do i have <piece>" asks, the piece naming a day in any language."""
    return list(parse(f"what do i have {canonical(piece, reading)}").ops)


def _single_turn(
    cleaned: str, grammar: str, reading: str | None, today: dt.date | None
) -> tuple[ParsedTurn, ...] | None:
    """A message that is one request of a shape read whole, or None.

    Meals to fill, the trip shifted or resized, a time nudge, a day kept free, a day to plan,
    one place asked about in several clauses ("why is X on here? whats so special about it").
    """
    if (asked := asked_after(cleaned, lambda piece: _read(piece, today, reading))) is not None:
        return (asked,)
    if fills := fill_meals_turns(cleaned):
        # Read before the rewrites, which make "fill in dinner" / "llena" a replacement.
        when = find_when(grammar)
        days = find_days(grammar)
        day = {"day": int(days[0].value)} if days and fills[0].day is None else {}
        dated = [fill.model_copy(update={"day_ref": when.day_ref, **day}) for fill in fills]
        # "falta o jantar de segunda, sugere um vegetariano": the wish, in the rules' words
        return tuple(with_fill_wish(f, cleaned, lambda w: canonical(w, reading)) for f in dated)
    if (command := day_command_turn(grammar, today, classify)) is not None:
        return (command,)  # "drop the last day pet, wor flight's dead early"
    if (changed := trip_change_turn(cleaned, today)) is not None:
        return (changed,)  # "staying till sunday", "nos vamos un día antes", "knock a day off"
    if (shift := trip_shift_turn(cleaned) or trip_shift_turn(grammar)) is not None:
        return (shift,)
    if (ended := trip_end_turns(cleaned, today)) is not None:
        return ended  # "our flight home is on the 12th now", "the trip now runs 8-12 dec"
    if (setting := trip_setting_turn(cleaned, today)) is not None:
        return (setting,)  # "llegamos el 9", "sea de 4 dias"
    if (nudge := time_shift_turn(cleaned)) is not None:
        return (with_target_day(_in_grammar(nudge, reading)),)
    if (free := free_day_turn(grammar)) is not None:
        return (free,)
    if (day_plan := day_plan_turn(grammar)) is not None:
        return (day_plan,)
    return None


def _whole_ops(whole: ParsedTurn, grammar: str, today: dt.date | None) -> tuple[ParsedTurn, ...]:
    """A request read whole (a plan, a trip change).

    One request, unless said in sentences or led by verbs of their own.
    """
    # "plan 3 days in Goa with beaches and temples": one request, unless said in sentences.
    parts = [p for p in _STRONG_SEPARATOR.split(grammar) if p.strip()]
    later = [classify(part, today) for part in parts[1:]]
    first = classify(parts[0], today)
    if (
        later
        and first.intent is whole.intent
        and all(op.intent is not Intent.UNKNOWN for op in later)
    ):
        return (first, *later)
    led = [classify(part, today) for part in verb_led_parts(grammar)]
    if len(led) > 1 and all(op.intent not in NOT_ALONE for op in led):
        # "limpa o dia 3 e troca o dia 1 com o 2": each verb its own request
        return tuple(share_days(led))
    return (whole,)


# What a place question may ask that the rules' explain reading does not tell apart.
_ASPECTS_RULES_MISS = frozenset({"price", "rating", "duration", "distance", "address"})


def _about_one_place(whole: ParsedTurn, cleaned: str) -> ParsedTurn | None:
    """A question about one place's price, hours, rating… where the rules read less or worse."""
    if whole.intent is Intent.ADD and whole.confidence >= 1:
        return None  # a verb of adding: a request
    if whole.intent is Intent.ADD and whole.preferences and whole.preferences.open_now:
        return None  # "algo q este abierto ahorita pa comer": a search, not a place's hours
    if whole.intent not in {Intent.ADD, Intent.UNKNOWN, Intent.EXPLAIN, Intent.INFO, Intent.SOCIAL}:
        return None
    asked = place_question(cleaned)
    if whole.intent is Intent.INFO and asked is not None and _names_nothing(asked):
        return None  # "what's the weather going to be like while we're there?": the trip's
    if asked is None or whole.intent is not Intent.EXPLAIN:
        return asked
    # Both read a question about a place: the fewer words name it better ("castillo san
    # felipe" over "castillo san felipe worth it", "arthurs seat" over "arthurs seat subida").
    theirs = (whole.target.text if whole.target else None) or ""
    ours = (asked.target.text if asked.target else None) or ""
    if ours == "this" and not _names_nothing(whole):
        # "isso fica aberto até que horas?": nothing named but "it", the rules' word ("até")
        # is a leftover, the place talked about is meant
        return asked
    if theirs and len(ours.split()) < len(theirs.split()):
        if asked.question in _ASPECTS_RULES_MISS or whole.question in {None, "about"}:
            return asked
        return asked.model_copy(update={"question": whole.question})  # "is it open now"
    if asked.question in _ASPECTS_RULES_MISS:
        return whole.model_copy(update={"question": asked.question})  # what the rules missed
    return None


_BUSY = re.compile(
    r"\b(?:cargad|pesad|corrid|puxad|chei|lotad|apretad|apertad|intens|pack|busy|hectic|full|"
    r"exhaust|rush|tiring|cansad|agotad|heav|much|demais|mucho)\w*",
    re.IGNORECASE,
)


def _day_made_lighter(whole: ParsedTurn, ops: list[ParsedTurn]) -> list[ParsedTurn]:
    """A day made lighter, said in one clause and the day in another ("tuesday is packed, …")."""
    if whole.intent is not Intent.RELAX or (whole.day is None and whole.day_ref is None):
        return ops
    *said, last = ops
    if last.intent is not Intent.RELAX or last.day or last.day_ref:
        return ops
    # Before it, only how full that day is: "el viernes está pesadísimo", "o dia 3 tá puxado".
    if not all(op.intent is Intent.ADD and _BUSY.search(op.query or "") for op in said):
        return ops
    return [last.model_copy(update={"day": whole.day, "day_ref": whole.day_ref})]


def _names_nothing(asked: ParsedTurn) -> bool:
    """A question about "it", "this", "there": no place named."""
    said = (asked.target.text or "").casefold() if asked.target else ""
    return said in {"", "this", "it", "that", "there"}


def _asks_nothing_of_the_trip(cleaned: str, typed: str) -> list[ParsedTurn] | None:
    """A message no rule placed that asks how the service works, or only thanks or praises."""
    if help_question(cleaned):
        return [ParsedTurn(intent=Intent.HELP)]  # "cómo le hago para cambiar algo?"
    # as typed too: "kkkk", "😂😂" say what the cleaned text ("k", "") no longer does
    if (manners := small_talk(cleaned) or small_talk(typed)) is not None:
        # "qué chilero quedó, muchas gracias!!": nothing in it asks for anything
        return [ParsedTurn(intent=Intent.SOCIAL, topic=manners)]
    return None


def _in_grammar(op: ParsedTurn, language: str | None) -> ParsedTurn:
    """The item an es/pt request names, in the words targeting knows ("la cena" → dinner)."""
    if op.target is None or not op.target.text:
        return op
    said = re.sub(r"^(?:the|el|la|los|las|o|a|os|as)\s+", "", canonical(op.target.text, language))
    target = op.target.model_copy(update={"text": said, "meal": find_meal(said)})
    return op.model_copy(update={"target": target})


def _unclear(op: ParsedTurn) -> bool:
    """Nothing understood, or a place phrase that still holds chat ("holyrood palace can it go")."""
    if op.intent is Intent.UNKNOWN:
        return True
    said = op.query if op.intent is Intent.ADD else (op.target.text if op.target else None)
    return bool(said and _CHATTY.search(said))


def _topic_for_pronoun(op: ParsedTurn, grammar: str) -> ParsedTurn:
    """'el palacio de la inquisición no me late, quítalo': "it" is the phrase said before."""
    target = op.target
    if target is None or (target.text or "").lower() not in PRONOUNS:
        return op
    segments = [s.strip(" .!?") for s in re.split(r"[,;.!?]", grammar)]
    said = [
        s
        for s in segments
        if s
        and not _PRONOUN_REQUEST.search(s)
        and s.lower() not in NOT_A_TOPIC
        and not only_when(s)  # "coloca ele no dia 3, pro pôr do sol": when, not what
    ]
    if len(segments) < 2 or not said:
        return op
    topic = max(said, key=lambda s: len(s.split()))
    return op.model_copy(update={"target": target.model_copy(update={"text": topic})})
