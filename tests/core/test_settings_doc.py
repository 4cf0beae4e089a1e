"""`.env.example` lists every setting with its default and meaning, and stays in step."""

from __future__ import annotations

from pathlib import Path

from core.config import Settings
from core.settings_doc import MEANINGS, env_example

EXAMPLE = Path(__file__).resolve().parents[2] / ".env.example"


def test_every_setting_has_one_line_of_meaning() -> None:
    assert set(MEANINGS) == set(Settings.model_fields)
    assert all(meaning and "\n" not in meaning for meaning in MEANINGS.values())


def test_the_checked_in_file_is_the_generated_one() -> None:
    # After adding a setting: `python -m core.settings_doc > .env.example`.
    assert EXAMPLE.read_text(encoding="utf-8") == env_example()


def test_every_setting_is_named_in_the_file() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    missing = [name for name in Settings.model_fields if f"{name.upper()}=" not in text]
    assert missing == []


def test_the_file_as_a_dot_env_gives_the_defaults(monkeypatch) -> None:
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    assert Settings(_env_file=EXAMPLE) == Settings(_env_file=None)


def test_secrets_are_named_but_never_given_a_value() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    secrets = [
        name
        for name, field in Settings.model_fields.items()
        if "SecretStr" in str(field.annotation)
    ]
    assert secrets
    assert all(f"\n# {name.upper()}=\n" in text for name in secrets)
