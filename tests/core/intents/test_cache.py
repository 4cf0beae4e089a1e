"""IntentCache: folded keys, TTL on the injected clock, LRU bound, never an UNKNOWN operation."""

from __future__ import annotations

from core.config import Settings
from core.intents.cache import IntentCache
from core.intents.model import Intent, Meal, ParsedMessage, ParsedTurn
from tests.fakes.clock import FakeClock

ADD = ParsedMessage(
    ops=(ParsedTurn(intent=Intent.ADD, query="Sushi Zen", day=2, confidence=0.9),),
    language="en",
)
REMOVE_THEN_ADD = ParsedMessage(
    ops=(
        ParsedTurn(intent=Intent.REMOVE, query="museo", day=3, confidence=0.9),
        ParsedTurn(intent=Intent.ADD, query="seafood place", meal=Meal.DINNER, day=3),
    ),
    language="es",
)


def test_hit_ignores_case_accents_punctuation_and_spacing() -> None:
    cache = IntentCache(FakeClock())
    cache.put("Could we fit Sushi Zen into the second day?", ADD)
    assert cache.get("could we fit sushi zen into the second day") == ADD
    assert cache.get("  COULD we fit Súshi Zén   into the second day!!") == ADD
    assert cache.get("could we fit sushi zen into the third day") is None


def test_a_message_is_stored_whole_with_its_operations_in_order_and_its_language() -> None:
    cache = IntentCache(FakeClock())
    cache.put("Quita el museo del día 3 y agrega mariscos para cenar", REMOVE_THEN_ADD)
    hit = cache.get("quita el MUSEO del dia 3, y agrega mariscos para cenar!")
    assert hit == REMOVE_THEN_ADD
    assert hit is not None
    assert [op.intent for op in hit.ops] == [Intent.REMOVE, Intent.ADD]
    assert hit.language == "es"


def test_entries_expire_after_the_ttl() -> None:
    clock = FakeClock()
    cache = IntentCache(clock, ttl_days=7)
    cache.put("fit sushi zen in", ADD)
    clock.advance(days=6, hours=23)
    assert cache.get("fit sushi zen in") == ADD
    clock.advance(hours=1)
    assert cache.get("fit sushi zen in") is None


def test_least_recently_used_entry_goes_first_when_full() -> None:
    cache = IntentCache(FakeClock(), size=2)
    cache.put("one", ADD)
    cache.put("two", ADD)
    assert cache.get("one") == ADD  # "two" is now the least recently used
    cache.put("three", ADD)
    assert cache.get("two") is None
    assert cache.get("one") == ADD
    assert cache.get("three") == ADD
    assert len(cache) == 2


def test_unknown_operations_and_empty_keys_are_never_stored() -> None:
    cache = IntentCache(FakeClock())
    unknown = ParsedTurn(intent=Intent.UNKNOWN, confidence=0)
    cache.put("gibberish here", ParsedMessage(ops=(unknown,)))
    cache.put("add sushi zen and blorp", ParsedMessage(ops=(*ADD.ops, unknown), language="en"))
    cache.put("?!", ADD)  # folds to "": every punctuation-only message would share it
    assert cache.get("gibberish here") is None
    assert cache.get("add sushi zen and blorp") is None
    assert cache.get("?!") is None
    assert cache.get("...") is None
    assert len(cache) == 0


def test_defaults_match_the_settings() -> None:
    settings = Settings(_env_file=None)
    assert settings.llm_intent_cache_size == 500
    assert settings.llm_intent_cache_ttl_days == 7
    cache = IntentCache(FakeClock())
    for n in range(501):
        cache.put(f"phrase {n}", ADD)
    assert len(cache) == 500
