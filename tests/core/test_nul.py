"""has_nul / without_nul, and the channel turn that never carries a NUL."""

from __future__ import annotations

from core.nul import has_nul, without_nul
from core.protocol import InboundTurn


def test_has_nul_looks_into_nested_keys_and_values() -> None:
    assert not has_nul({"a": ["b", {"c": 1}], "d": None})
    assert has_nul("a\x00b")
    assert has_nul({"a": ["b", {"c": "\x00"}]})
    assert has_nul({"k\x00": 1})
    assert has_nul(("x", ["\x00"]))


def test_has_nul_survives_nesting_deeper_than_the_recursion_limit() -> None:
    deep: object = "\x00"
    for _ in range(5000):
        deep = [deep]
    assert has_nul(deep)


def test_without_nul_strips_every_string() -> None:
    value = {"a\x00": ["b\x00c", {"d": "\x00"}], "n": 1}
    assert without_nul(value) == {"a": ["bc", {"d": ""}], "n": 1}


def test_a_turn_from_any_channel_drops_nul_characters() -> None:
    turn = InboundTurn(
        channel="telegram",
        event_id="1\x00",
        external_user_id="42",
        chat_id="42",
        text="add sushi\x00 on day 2",
        display_name="Ana\x00",
        reply_context={"label": "Sushi\x00 Zen"},
    )
    assert (turn.text, turn.display_name, turn.event_id) == ("add sushi on day 2", "Ana", "1")
    assert turn.reply_context == {"label": "Sushi Zen"}
    again = InboundTurn.model_validate({"channel": "slack", "eventId": "e", "externalUserId": "U",
                                        "chatId": "C", "text": "\x00hi"})  # fmt: skip
    assert again.text == "hi"
