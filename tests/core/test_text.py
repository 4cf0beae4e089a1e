"""Text normalization: fold and similar."""

from __future__ import annotations

import pytest

from core.text import fold, similar


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Bogotá!", "bogota"),
        ("  Hello   World  ", "hello world"),
        ("Café Tacuba", "cafe tacuba"),
        ("CAFÉ TACUBA", "cafe tacuba"),
        ("São Paulo", "sao paulo"),
        ("Crème brûlée", "creme brulee"),
        ("ÅNGSTRÖM", "angstrom"),
        ("naïve", "naive"),
        ("Müller's Bräu", "mullers brau"),
        ("I'll", "ill"),
        ("l'été", "lete"),
        ("hello-world", "hello world"),
        ("Tokyo Bay!!!", "tokyo bay"),
        ("#2.", "2"),
        ("option (2)", "option 2"),
        ("🍣 sushi", "sushi"),
        ("a\tb\nc", "a b c"),
        ("ﬁne", "fine"),
        ("İstanbul", "istanbul"),
        ("", ""),
        ("   ", ""),
        ("!!!", ""),
        ("日本", "日本"),
        ("sushi_restaurant", "sushi_restaurant"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("curly", "straight"),
    [("don’t", "don't"), ("I’ll", "I'll"), ("d’accord", "d'accord")],
)
def test_fold_treats_typographic_apostrophes_like_straight_ones(curly: str, straight: str) -> None:
    """Phones type ’ for '; both must fold the same ('don’t' → 'dont')."""
    assert fold(curly) == fold(straight)


@pytest.mark.parametrize("text", ["Bogotá!", "  Café  Tacuba ", "Müller's", "", "日本"])
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("sushi", "sushi", True),
        ("zen", "zen", True),
        ("", "", True),
        ("sushi", "suhsi", True),
        ("tokio", "tokyo", True),
        ("museum", "musuem", True),
        ("hotel", "hostel", True),
        ("cafe", "cafes", True),
        ("restaurant", "restaraunt", True),
        # short words must match exactly
        ("zen", "zenn", False),
        ("bay", "bat", False),
        ("abc", "abd", False),
        ("a", "", False),
        # different words
        ("sushi", "ramen", False),
        ("museum", "mosque", False),
        ("lunch", "dinner", False),
    ],
)
def test_similar(a: str, b: str, expected: bool) -> None:
    assert similar(a, b) is expected
    assert similar(b, a) is expected


@pytest.mark.parametrize(
    ("threshold", "expected"), [(0.5, True), (0.8, True), (0.95, False), (1.0, False)]
)
def test_similar_threshold(threshold: float, expected: bool) -> None:
    assert similar("sushi", "suhsi", threshold) is expected
