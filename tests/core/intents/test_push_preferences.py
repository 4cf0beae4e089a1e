"""Push preferences said in chat, in English, Spanish and Portuguese."""

from __future__ import annotations

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from core.intents.push_preferences import PreferenceChange, change_of, read_change

OFF_DIGESTS = PreferenceChange(digests=False)
ON_DIGESTS = PreferenceChange(digests=True)
OFF_ALERTS = PreferenceChange(alerts=False)
ON_ALERTS = PreferenceChange(alerts=True)
ONLY_ALERTS = PreferenceChange(alerts=True, digests=False)
QUERY = PreferenceChange()


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("stop sending me digests", OFF_DIGESTS),
        ("stop the digests", OFF_DIGESTS),
        ("Pause my digests please", OFF_DIGESTS),
        ("resume digests", ON_DIGESTS),
        ("turn alerts back on", ON_ALERTS),
        ("no more alerts", OFF_ALERTS),
        ("only safety alerts", ONLY_ALERTS),
        ("What am I subscribed to?", QUERY),
        ("no messages after 9pm", PreferenceChange(quiet_start="21:00", quiet_end="08:00")),
        (
            "no messages between 10pm and 7am",
            PreferenceChange(quiet_start="22:00", quiet_end="07:00"),
        ),
        ("quiet hours 22:00 to 07:00", PreferenceChange(quiet_start="22:00", quiet_end="07:00")),
        ("send me messages any time", PreferenceChange(clear_quiet=True)),
        ("pausa los resúmenes", OFF_DIGESTS),
        ("no quiero alertas", OFF_ALERTS),
        ("activa los resúmenes", ON_DIGESTS),
        ("solo alertas de seguridad", ONLY_ALERTS),
        ("sin alertas de noche", PreferenceChange(quiet_start="22:00", quiet_end="08:00")),
        (
            "no me mandes mensajes después de las 22",
            PreferenceChange(quiet_start="22:00", quiet_end="08:00"),
        ),
        ("¿a qué estoy suscrito?", QUERY),
        ("só alertas de segurança", ONLY_ALERTS),
        ("só alertas", ONLY_ALERTS),
        ("não quero resumos", OFF_DIGESTS),
        ("pare os resumos", OFF_DIGESTS),
        ("sem mensagens depois das 21h", PreferenceChange(quiet_start="21:00", quiet_end="08:00")),
        ("quais notificações recebo?", QUERY),
    ],
)
def test_phrasings(text: str, change: PreferenceChange) -> None:
    assert read_change(text) == change
    parsed = parse(text)
    assert [op.intent for op in parsed.ops] == [Intent.PUSH_PREFERENCES]
    assert change_of(parsed.first) == change


@pytest.mark.parametrize(
    "text",
    [
        "add a sushi place on day 2",
        "stop",
        "what's the weather in Kyoto?",
        "is it safe to go to Mumbai now?",
        "move lunch to 2pm",
        "quita el almuerzo del día 2",
        "no messages after 31pm",
    ],
)
def test_other_messages_are_not_preferences(text: str) -> None:
    assert read_change(text) is None
    assert parse(text).first.intent is not Intent.PUSH_PREFERENCES


def test_the_replies_hint_is_understood_in_every_language() -> None:
    from core.messages import msg, use_locale

    for locale in ("en", "es", "pt"):
        with use_locale(locale):
            hint = msg("push_hint")
        quoted = hint.split('"')[1::2]
        assert len(quoted) == 3
        assert all(read_change(phrase) is not None for phrase in quoted), (locale, quoted)
