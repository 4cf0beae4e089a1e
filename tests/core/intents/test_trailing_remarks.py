"""core.intents.trailing_remarks: what is glued to a complete request never becomes another one.

After a request that is whole (a place or a kind, and a day or a time), travelers add a purpose
("wanna get photos of the gardens", "quero ver os claustros"), a question about closeness
("fica pertinho né?"), a reason ("que os meninos já enjoaram de peixe"), a vocative ("mate",
"tío", "mano"), laughter ("kkkk", "jajaja") or filler ("al toque"): none of it is a second
search nor part of the first one's words. "add X and a cafe" stays two requests. Phrasings of
our own in the three languages, other cities and slang than the ones the work was seen on.
"""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent, ParsedTurn
from core.intents.parse import parse
from core.intents.trailing_remarks import without_trailing_remarks

TODAY = dt.date(2026, 12, 7)


def _ops(said: str) -> list[ParsedTurn]:
    return list(parse(said, today=TODAY).ops)


def _words(op: ParsedTurn) -> str:
    return " ".join(filter(None, [op.query, op.target.text if op.target else None])).lower()


def _one_add(said: str) -> ParsedTurn:
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.ADD], ops
    return ops[0]


# A purpose about the place just added: one add, the purpose not in its words.
@pytest.mark.parametrize(
    ("said", "query", "left_out"),
    [
        (
            "add the alhambra tuesday 10am, wanna get some photos of the gardens",
            "alhambra",
            "photo",
        ),
        ("put the golden gate bridge on saturday at 6pm, want sunset shots", "golden gate", "shot"),
        ("add the fish market thursday 7am, gonna buy some souvenirs", "fish market", "souvenir"),
        ("add sagrada familia on day 3 at 9, i want to see the stained glass", "sagrada", "glass"),
        ("stick the botanic garden on day 2 morning, want to see the orchids", "botanic", "orchid"),
        ("add the tate modern friday 2pm, keen to see the rothko room", "tate", "rothko"),
        (
            "pon el mercado de san miguel el viernes en la mañana, quiero comprar unos recuerdos",
            "san miguel",
            "recuerdo",
        ),
        ("agrega la catedral el jueves a las 10, quiero ver los vitrales", "catedral", "vitral"),
        (
            "mete el parque del retiro el domingo en la tarde, para sacar fotos del lago",
            "retiro",
            "foto",
        ),
        (
            "añade el museo del oro el martes 11am, queremos ver las mascaras",
            "museo del oro",
            "mascara",
        ),
        (
            "bota o mercado municipal no sábado de manhã, quero comprar uns temperos",
            "mercado",
            "tempero",
        ),
        (
            "coloca o mosteiro dos jeronimos na quinta as 10h, quero ver os claustros",
            "jeronimos",
            "claustro",
        ),
        ("poe a livraria lello no dia 2 cedo, pra tirar umas fotos", "lello", "foto"),
        (
            "adiciona o palacio da pena na terça de manhã, quero fotografar as torres",
            "pena",
            "torre",
        ),
    ],
)
def test_a_purpose_is_no_second_request(said: str, query: str, left_out: str) -> None:
    add = _one_add(said)
    assert query in _words(add), add
    assert left_out not in _words(add), add


# "add X and a cafe": two requests, whatever the purposes above.
@pytest.mark.parametrize(
    "said",
    [
        "add the louvre on monday and a cafe after",
        "add the alhambra tuesday 10am, and also a tapas bar that night",
        "agrega la catedral el jueves a las 10 y un bar de tapas despues",
        "bota o mercado municipal no sábado de manhã e uma padaria depois",
    ],
)
def test_two_requests_stay_two(said: str) -> None:
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.ADD, Intent.ADD], ops


# A question about how near it is: a remark, not a search.
@pytest.mark.parametrize(
    ("said", "query", "left_out"),
    [
        ("add the fort on day 2 after lunch, it's close right?", "fort", "close"),
        ("put the lighthouse on day 3 too, is it far?", "lighthouse", "far"),
        ("add the old bridge on friday, it's walking distance no?", "bridge", "walking"),
        ("agrega el castillo el día 2, queda cerquita no?", "castillo", "cerquita"),
        ("pon el mirador el sábado tb, está cerca verdad?", "mirador", "cerca"),
        ("coloca o forte no dia 2, fica pertinho né?", "forte", "pertinho"),
        ("bota o farol no dia 3 tb, é longe?", "farol", "longe"),
        ("poe a praia do forte no domingo, da pra ir a pe ne?", "praia", "pe"),
    ],
)
def test_a_closeness_question_is_a_remark(said: str, query: str, left_out: str) -> None:
    add = _one_add(said)
    assert query in _words(add), add
    assert left_out not in _words(add).split(), add


# An interjection before the request: not a search word.
@pytest.mark.parametrize(
    ("said", "query"),
    [
        ("ope, could we squeeze a ramen place in on wednesday night", "ramen"),
        ("ope can we fit a bakery in on day 2", "bakery"),
        ("wey, pon unos tacos el viernes en la noche", "tacos"),
        ("mare, mete una pizzeria el jueves", "pizzeria"),
        ("hala, añade un museo el lunes por la mañana", "museo"),
        ("uai, bota um boteco na sexta à noite", "boteco"),
        ("eita, coloca uma pizzaria no sábado", "pizzaria"),
        ("bah, bota uma churrascaria no domingo", "churrascaria"),
        ("che, agregá una parrilla el sábado a la noche", "parrilla"),
    ],
)
def test_an_interjection_is_no_search_word(said: str, query: str) -> None:
    add = _one_add(said)
    assert query in _words(add), add
    assert len(_words(add).split()) <= 2, add


# A vocative or laughter at the end: not a search word, not a second request.
@pytest.mark.parametrize(
    ("said", "query", "left_out"),
    [
        ("add a pub on friday night mate", "pub", "mate"),
        ("add a karaoke bar on saturday night lol", "karaoke", "lol"),
        ("put a bakery on day 2 morning bro", "bakery", "bro"),
        ("pon una marisqueria el sabado, tio", "marisqueria", "tio"),
        ("agrega una taqueria el viernes en la noche jajaja", "taqueria", "ja"),
        ("pon una heladeria el domingo mi niño", "heladeria", "nino"),
        ("coloca um bar na sexta a noite, mano", "bar", "mano"),
        ("bota um sushi no sabado parça", "sushi", "parca"),
        ("adiciona uma sorveteria no dia 2 rsrs", "sorveteria", "rs"),
        ("bota uma pizzaria na quinta kkkk", "pizzaria", "k"),
    ],
)
def test_a_vocative_or_a_laugh_is_no_search_word(said: str, query: str, left_out: str) -> None:
    add = _one_add(said)
    assert query in _words(add), add
    assert left_out not in _words(add).split(), add


# A reason after the slots ("que …"): not the search.
@pytest.mark.parametrize(
    ("said", "query", "left_out"),
    [
        ("no sábado hambúrguer no almoço que os meninos já enjoaram de peixe", "hamb", "peixe"),
        ("na quinta sushi pro jantar que a gente ta cansado de churrasco", "sushi", "churrasco"),
        (
            "el jueves unos tacos pa la cena que los niños ya no quieren mas paella",
            "tacos",
            "paella",
        ),
        (
            "pon una pizzeria el viernes en la noche que estamos hartos del arroz",
            "pizzeria",
            "arroz",
        ),
        ("on friday a burger place for dinner because the kids are sick of fish", "burger", "fish"),
    ],
)
def test_a_reason_is_no_search(said: str, query: str, left_out: str) -> None:
    add = _one_add(said)
    assert query in _words(add), add
    assert left_out not in _words(add), add


# Clearing a day with filler and a reason: the day is cleared, nothing is searched.
@pytest.mark.parametrize(
    "said",
    [
        "vacía el domingo al toque, ese día lo tomamos libre",
        "limpia el martes ya, ese dia descansamos",
        "vacia el jueves al toque porfa",
    ],
)
def test_a_day_cleared_with_filler(said: str) -> None:
    ops = _ops(said)
    assert len(ops) == 1, ops
    assert ops[0].intent is Intent.REMOVE, ops
    assert ops[0].target is not None, ops
    assert ops[0].target.every, ops


# A vague place asked again after the kind: the same request.
@pytest.mark.parametrize(
    ("said", "query"),
    [
        ("tapas on saturday night. find us somewhere good", "tapas"),
        ("fancy a ramen on the thursday, 7ish. find us somewhere decent", "ramen"),
        ("unas tapas el sabado en la noche, buscanos algun sitio decente", "tapas"),
        ("sushi pro jantar de quinta, acha um lugar bom pra gente", "sushi"),
    ],
)
def test_a_vague_place_after_a_kind_is_the_same_request(said: str, query: str) -> None:
    add = _one_add(said)
    assert query in _words(add), add


# A goodbye after filler: manners, not a search.
@pytest.mark.parametrize(
    "said",
    [
        "leve-leve... boa noite, até amanhã",
        "de boa... boa noite, ate amanha",
        "tranqui... buenas noches, hasta mañana",
        "all good... night night, talk tomorrow",
    ],
)
def test_a_goodbye_after_filler_is_social(said: str) -> None:
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.SOCIAL], ops


# Kids in the slang of Mexico's north and elsewhere: a family wish.
@pytest.mark.parametrize(
    "said",
    [
        "algo pa los plebes el domingo en la tarde, que se diviertan",
        "algo para los chamacos el sabado en la mañana",
        "algo pros piás no domingo de manhã",
    ],
)
def test_kids_in_slang_are_a_family_wish(said: str) -> None:
    add = _one_add(said)
    assert "family" in _words(add) or "kid" in _words(add) or "niño" in _words(add), add


# A purpose about the light, with no clock time said: the time of day, not a search.
@pytest.mark.parametrize(
    "said",
    [
        "add the harbour bridge on sunday, want sunset pics",
        "pon el templo de debod el sabado, quiero fotos del atardecer",
        "bota o farol da barra no dia 3, quero fotos do pôr do sol",
    ],
)
def test_a_purpose_about_the_light_is_the_time(said: str) -> None:
    add = _one_add(said)
    assert add.part_of_day is not None or add.time is not None, add
    assert "pic" not in _words(add), add
    assert "foto" not in _words(add), add


# Tasting what the place is known for is a purpose; a kind with "a"/"um" is another request.
@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("add the covered market on day 2 at 11, want to try their pasties", 1),
        ("pon el mercado de triana el viernes en la mañana, quiero probar las tortillitas", 1),
        ("coloca a confeitaria colombo na quinta a tarde, quero provar os doces", 1),
        (
            "add the covered market day 2 at 11, want to try their pies, and a cornish pub after",
            2,
        ),
    ],
)
def test_a_taste_purpose(said: str, count: int) -> None:
    ops = _ops(said)
    assert len(ops) == count, ops
    assert all(op.intent is Intent.ADD for op in ops), ops


# "fancy a curry": the verb of wanting, no price wish.
@pytest.mark.parametrize(
    "said",
    ["fancy a curry on friday night", "we fancy some tapas on saturday", "fancy a pint on day 2"],
)
def test_fancy_a_kind_wishes_no_price(said: str) -> None:
    add = _one_add(said)
    assert add.preferences is None or add.preferences.price_levels is None, add


# A reason that gives the children's age keeps the family wish.
def test_a_reason_with_the_kids_age_keeps_the_family_wish() -> None:
    add = _one_add("on saturday something fun in the morning because the kids are 6 and 8")
    assert "family" in _words(add) or "kid" in _words(add), add


# An anchor said before the wish ("depois do X quero ver o Y"): X is the anchor, Y the add.
@pytest.mark.parametrize(
    ("said", "query", "after"),
    [
        (
            "no dia 2 depois do castelo quero ver a torre de belem tb, fica pertinho ne?",
            "torre",
            "castelo",
        ),
        ("on day 2 after the castle we want a pub", "pub", "castle"),
        ("el dia 2 despues del museo quiero un cafe, queda cerca no?", "cafe", "museo"),
    ],
)
def test_an_anchor_before_the_wish(said: str, query: str, after: str) -> None:
    add = _one_add(said)
    assert query in _words(add), add
    assert add.after is not None, add
    assert after in add.after.lower(), add


# "qué" asks: a question about the day is no reason to cut.
@pytest.mark.parametrize("said", ["y el sábado qué tenemos?", "el domingo qué hay?"])
def test_a_question_after_the_day_is_no_reason(said: str) -> None:
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.SHOW], ops


# "acha uma padaria": a kind asked for after the meal is the request, not a vague re-ask.
def test_a_kind_asked_after_the_meal_is_kept() -> None:
    add = _one_add("o almoço do dia 3 tá vazio né? acha uma churrascaria ali")
    assert "churrascaria" in _words(add), add


# A purpose glued to the day or the time, or wanted by someone else in the party.
@pytest.mark.parametrize(
    ("said", "query", "left_out"),
    [
        ("add the flea market on sunday morning to buy some vinyl", "flea market", "vinyl"),
        ("add a pub on friday night, gonna watch the footy", "pub", "footy"),
        ("put a brewery on saturday arvo, the lads wanna try the ipa", "brewery", "ipa"),
        ("pon el rastro el domingo en la mañana pa comprar unas cositas", "rastro", "cositas"),
        (
            "agrega el zoologico el sabado temprano, los niños quieren ver los pandas",
            "zoologico",
            "panda",
        ),
        ("bota o mercado central no sabado de manha pra comprar umas frutas", "mercado", "fruta"),
        ("coloca o estadio na quarta a noite, o joao quer assistir o jogo", "estadio", "jogo"),
    ],
)
def test_a_glued_or_someone_elses_purpose(said: str, query: str, left_out: str) -> None:
    add = _one_add(said)
    assert query in _words(add), add
    assert left_out not in _words(add), add


# "for a change", "pra variar né": filler and a tag, not search words.
@pytest.mark.parametrize(
    ("said", "query", "left_out"),
    [
        ("ramen on tuesday night for a change", "ramen", "change"),
        ("uma pizza no sábado à noite, pra variar né", "pizza", "variar"),
        ("unos tacos el viernes en la noche pa variar", "tacos", "variar"),
        ("add a steakhouse saturday 8pm to celebrate my dads birthday", "steakhouse", "birthday"),
    ],
)
def test_filler_and_occasions_are_no_search_words(said: str, query: str, left_out: str) -> None:
    add = _one_add(said)
    assert query in _words(add), add
    assert left_out not in _words(add), add


# "quero ver a igreja tb": "too" makes it another request.
@pytest.mark.parametrize(
    "said",
    [
        "bota o museu na sexta de manha, quero ver a igreja tb",
        "pon el museo el viernes en la mañana, quiero ver la catedral tambien",
    ],
)
def test_too_makes_another_request(said: str) -> None:
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.ADD, Intent.ADD], ops


# A tag at the end of a request ("would ya", "tá?", "vale?"): not a search word.
@pytest.mark.parametrize(
    ("said", "query"),
    [
        ("chuck a pub on day 4 would ya", "pub"),
        ("add a museum on day 2 yeah?", "museum"),
        ("bota um bar na sexta, tá?", "bar"),
        ("pon un bar de vinos el viernes, vale?", "bar de vinos"),
    ],
)
def test_a_tag_is_no_search_word(said: str, query: str) -> None:
    assert _words(_one_add(said)) == query


# Our own plan right after the day, or the price said not to matter: no search.
@pytest.mark.parametrize(
    "said",
    [
        "clear day 4 we'll just chill",
        "clear saturday, we'll spend the day in sintra",
        "vacia el martes, ese dia lo pasamos en la playa",
    ],
)
def test_a_plan_for_the_cleared_day_is_a_remark(said: str) -> None:
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.REMOVE], ops
    assert ops[0].target is not None, ops
    assert ops[0].target.every, ops


@pytest.mark.parametrize(
    ("said", "query"),
    [
        ("add a steakhouse friday 8pm, money is no object", "steakhouse"),
        ("pon una marisqueria el sabado a las 2, no importa el precio", "marisqueria"),
        ("bota uma churrascaria no domingo ao meio dia, o preço não importa", "churrascaria"),
    ],
)
def test_what_does_not_matter_is_no_search_word(said: str, query: str) -> None:
    assert _words(_one_add(said)) == query


# A word that addresses someone only when nothing makes it a noun ("casa de mi tía").
@pytest.mark.parametrize(
    "said",
    [
        "cena el viernes en casa de mi tía",
        "almoço na sexta com o mano",
        "a cafe with yerba mate on day 2",
    ],
)
def test_a_noun_is_no_vocative(said: str) -> None:
    assert without_trailing_remarks(said) == said
