"""The phrase rules' gate never skips a rule that would have matched, and rewrites stay the same."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import pytest

from bench.understanding_corpus import ALL_CASES
from core.intents import calendar_words, clock_reader, lexicon, weekday_forms
from core.intents import parse as parse_module
from core.intents.lexicon import Rule, loose, rewrite
from core.intents.parse import parse
from core.intents.rule_gate import ALPHABET, GateIndex, fold, folded_char, needs

# Our own phrasings: capitals, accents a pattern leaves out, the case oddities re knows.
OWN = (
    "MAÑANA por la TARDE quita el MUSEO",
    "Mueve la cena del Miércoles al SÁBADO",
    "tira o almoço de terça e põe na QUINTA-FEIRA",
    "ÀS 19H o jantar, dia 3",
    "move Dinner on Tuesday to 8pm please",
    "\u0130stanbul on day 2, then the \u017fhow at the \u212aelvingrove museum",
    "remove ALL of day 4!!! thx",
    "pon el Prado el día 10 de diciembre",
    "o que tem perto do hotel amanhã às onze?",
)


def _tables() -> Iterator[tuple[Rule, ...]]:
    """Every table of phrase rules the intents modules hold."""
    seen: set[int] = set()
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("core.intents."):
            continue
        for value in vars(module).values():
            if (
                isinstance(value, tuple)
                and value
                and all(isinstance(rule, Rule) for rule in value)
                and id(value) not in seen
            ):
                seen.add(id(value))
                yield value


def _ungated(text: str, table: tuple[Rule, ...]) -> str:
    """`rewrite` as it was before the gate: every rule scanned."""
    text = " ".join(text.split())
    for rule in table:
        changed = rule.run(text)
        if changed is not text:
            text = " ".join(changed.split())
    return text


@pytest.fixture(scope="module")
def seen_texts() -> list[tuple[str, tuple[Rule, ...]]]:
    """Every (text, table) the rules are asked to rewrite while the corpus is parsed."""
    calls: list[tuple[str, tuple[Rule, ...]]] = []
    plain = lexicon.rewrite

    def recording(text: str, table: tuple[Rule, ...]) -> str:
        calls.append((text, table))
        return plain(text, table)

    modules = (parse_module, calendar_words, clock_reader, weekday_forms)
    with pytest.MonkeyPatch.context() as patch:
        for module in modules:
            patch.setattr(module, "rewrite", recording)
        for text in (*OWN, *(step.text for case in ALL_CASES for step in case.steps)):
            parse(text)
    return calls


def test_every_char_a_gate_holds_folds_from_all_its_case_insensitive_matches() -> None:
    # Over all of Unicode: whatever re's IGNORECASE matches to a gate character folds to it.
    everything = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    for char in ALPHABET:
        for matched in re.findall(re.escape(char), everything, re.IGNORECASE):
            assert fold(matched) == folded_char(char), (char, matched)


def test_needs_are_the_words_a_pattern_cannot_match_without() -> None:
    assert needs(loose(r"\bmanana\b")) == ("manana",)
    assert needs(loose(r"\b(?:lunes|martes)\s+que\s+viene\b")) == ("viene",)
    assert needs(loose(r"\b(?:tira|remove)\b")) == ("remove", "tira")
    assert needs(loose(r"\bmant[eé]n\s+(?:el|la)")) == ("manten",)
    assert needs(loose(r"(?:de\s+)?noche")) == ("noche",)
    assert needs(loose(r"^.+$")) == ("",)  # nothing known: always run
    assert needs(loose(r"\bx?\b")) == ("",)


def _texts_by_table(
    seen_texts: list[tuple[str, tuple[Rule, ...]]],
) -> Iterator[tuple[tuple[Rule, ...], set[str]]]:
    """Each table with the texts it was given, the corpus as typed and our own phrasings."""
    typed = {" ".join(text.split()) for text, _ in seen_texts[: len(OWN)]}
    typed |= {" ".join(step.text.split()) for case in ALL_CASES for step in case.steps}
    for table in _tables():
        given = {" ".join(text.split()) for text, seen in seen_texts if seen is table}
        yield table, given | typed


def test_every_rule_that_matches_a_text_passes_its_gate(
    seen_texts: list[tuple[str, tuple[Rule, ...]]],
) -> None:
    for table, texts in _texts_by_table(seen_texts):
        for text in texts:
            folded = fold(text)
            for rule in table:
                if rule.pattern.search(text):
                    assert any(need in folded for need in rule.needs), (rule.pattern, text)


def test_the_index_finds_every_rule_whose_gate_a_text_passes(
    seen_texts: list[tuple[str, tuple[Rule, ...]]],
) -> None:
    for table, texts in _texts_by_table(seen_texts):
        index = GateIndex(rule.needs for rule in table)
        for text in texts:
            folded = fold(text)
            live = index.live(folded)
            for position, rule in enumerate(table):
                passes = any(need in folded for need in rule.needs)
                assert bool(live >> position & 1) == passes, (rule.pattern, text)


def test_gated_rewrites_equal_the_rewrites_that_scan_every_rule(
    seen_texts: list[tuple[str, tuple[Rule, ...]]],
) -> None:
    for text, table in seen_texts:
        assert rewrite(text, table) == _ungated(text, table)
    for table in _tables():
        for text in OWN:
            assert rewrite(text, table) == _ungated(text, table)
