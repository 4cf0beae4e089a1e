"""core.intents.language.detect_language: which of en / es / pt a short chat message is in."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.intents.language import detect_language

# Realistic messages as travelers type them: lowercase, no accents, shorthand, typos.
ENGLISH = [
    "add a sushi place on day 2",
    "can you move dinner to 8pm",
    "whats on tomorrow",
    "remove the museum pls",
    "plan 3 days in goa with beaches",
    "book a table for 4 people",
    "what's the weather like tomorrow",
    "swap the first and last day",
    "i want somewhere cheap for lunch",
    "thx, show me day 3",
    "undo that please",
    "put a bar on the last night",
    "resturant near the hotel for dinner tonight",
    "hi can u help me plan my trip",
    "move the musuem to friday",
]
SPANISH = [
    "agrega un restaurante de mariscos el dia 2",
    "quita el museo del dia 3",
    "que hay manana",
    "cambia la cena a las 9 de la noche",
    "reserva una mesa para 4 personas",
    "planea 3 dias en cartagena con playas",
    "muestrame el itinerario porfa",
    "quiero un lugar barato para almorzar",
    "deshacer",
    "hola, me ayudas con mi viaje",
    "va a llover manana",
    "pon un bar el ultimo dia",
    "agrega un museo el viernes",
    "gracias por todo",
    "intercambia el primer dia con el ultimo",
    "agregame un cafe pa desayunar",
    "quiero cenar en un sitio rico",
    "Agrega un Restaurante el Día 2",
    "por que elegiste ese restaurante",
]
PORTUGUESE = [
    "adiciona um restaurante japones no dia 2",
    "tira o museu do dia 3",
    "o que tem amanha",
    "muda o jantar para as 21h",
    "reserva uma mesa para 4 pessoas",
    "planeja 3 dias no rio com praias",
    "mostra o roteiro pfv",
    "quero um lugar barato pra almocar",
    "desfazer",
    "oi, pode me ajudar com a viagem",
    "vai chover amanha",
    "coloca um bar no ultimo dia",
    "obrigado",
    "troca o primeiro dia com o ultimo",
    "valeu, ta otimo",
    "adiciona um cafe da manha as 9h",
    "nao quero mais ir ao museu",
    "qual e o plano pra hoje",
    "Adiciona um Almoço no Dia 2",
    pytest.param(
        "me fala sobre o masp",
    ),
]


@pytest.mark.parametrize("text", ENGLISH)
def test_english_messages_are_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", SPANISH)
def test_spanish_messages_are_spanish(text: str) -> None:
    assert detect_language(text) == "es"


@pytest.mark.parametrize("text", PORTUGUESE)
def test_portuguese_messages_are_portuguese(text: str) -> None:
    assert detect_language(text) == "pt"


@pytest.mark.parametrize(
    "text", ["2", "Sushi Zen", "ok", "no", "", "   ", "Tenryu-ji", "Casa Lola", "3", "!!", "🍣"]
)
def test_messages_with_no_telling_word_have_no_language(text: str) -> None:
    assert detect_language(text) is None


@pytest.mark.parametrize("text", ["el dia", "o dia"])
def test_words_spanish_and_portuguese_share_tell_only_with_a_telling_word(text: str) -> None:
    # "dia" alone is Iberian; "el" makes it Spanish, "o" Portuguese.
    assert detect_language(text) == {"el dia": "es", "o dia": "pt"}[text]


def test_shared_iberian_words_alone_do_not_pick_a_side() -> None:
    assert detect_language("dia") is None
    assert detect_language("restaurante para 4") is None


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(max_size=300)
    | st.lists(
        st.sampled_from(
            "the el o add agrega adiciona dia day manana amanha y e and que para 2 ok no".split()
        ),
        max_size=30,
    ).map(" ".join)
)
def test_detect_language_answers_only_en_es_pt_or_none(text: str) -> None:
    assert detect_language(text) in {"en", "es", "pt", None}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("reemplaza Tasca do Cais x Bifana do Bolhão", "es"),
        ("quita la Casa da Música del día 2", "es"),
        ("tira o Museo del Oro do dia 1", "pt"),
        ("please drop Casa da Música from day 2", "en"),
    ],
)
def test_the_particles_inside_a_capitalized_name_say_nothing(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "ahahah és mesmo fixe, pá",
        "bom diaaa, tudo bem contigo?",
        "tás bem, pá?",
        "és um espetáculo",
        "já está, obrigado pá",
        "isso é mesmo giro",
        "olá malta, tudo bem?",
        "ya, e como é que eu mudo isto?",
    ],
)
def test_european_portuguese_is_not_spanish(text: str) -> None:
    assert detect_language(text) == "pt"


@pytest.mark.parametrize(
    "text",
    [
        "es genial, gracias",
        "qué onda, cómo estás?",
        "sí, el día 2",
        "mañana a las 10",
        "está muy bien, pa el martes",
        "hola, qué tal?",
    ],
)
def test_spanish_stays_spanish(text: str) -> None:
    assert detect_language(text) == "es"


def test_a_names_accents_say_nothing() -> None:
    assert detect_language("tira o Palacio de la Inquisición") == "pt"


# Messages whose words the languages share, or whose only telling words are a place name's:
# they must not switch the conversation away from the language it is in (None keeps it).
KEEPS = {
    "en": [
        "remove Sanjusangen-do",
        "remove Fushimi-Inari",
        "move Amber Fort",
        "remove Jal Mahal",
        "no",
        "plan",
        "ok remove the Museo do Oro",
        "visa?",
    ],
    "es": [
        "me da igual",
        "comida vegana el dia 2",
        "coloca el museo el martes",
        "la gente dice que es caro",
        "una entrada cuanto cuesta?",
        "no",
        "remove Livraria Lello",
        "plan",
    ],
    "pt": [
        "move a Victoria Street",
        "vale a pena a Casa da Francesinha? nunca comi",
        "vale a pena?",
        "claro",
        "remove a Torre dos Clérigos",
        "move o Kinkaku-ji pro dia 3",
        "tu gostas do Jal Mahal?",
        "podemos ir a Gaia?",
        "move Sé do Porto",
    ],
}


@pytest.mark.parametrize(
    ("text", "language"), [(text, lang) for lang, said in KEEPS.items() for text in said]
)
def test_a_message_shared_by_the_languages_keeps_the_conversations(
    text: str, language: str
) -> None:
    assert detect_language(text) in {None, language}, text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("dia 10/12 queremos subir no convento de la popa", None),
        ("dia 2 vamos no convento de la candelaria", None),
        ("queremos ir no convento de la popa amanhã", "pt"),
        ("quiero ir a la playa mañana", "es"),
        ("queremos subir a la popa", "es"),
        ("agrega el museo del oro", "es"),
        ("el castillo de la popa el jueves", "es"),
    ],
)
def test_a_lower_case_name_s_particles_tell_no_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language
