"""The engines' JSON serializer: text already serialized is sent as it is."""

from __future__ import annotations

import json

from core.storage.json_text import JsonText, dumps


def test_values_are_serialized_as_json_dumps_would() -> None:
    value = {"a": [1, 2.5, None, "é"], "b": {"c": True}}
    assert dumps(value) == json.dumps(value)


def test_text_already_serialized_is_sent_as_it_is() -> None:
    sent = dumps(JsonText('[{"day": 1}]'))
    assert sent == '[{"day": 1}]'
    assert type(sent) is str


def test_a_plain_string_is_still_a_json_string() -> None:
    assert dumps("[1]") == '"[1]"'
