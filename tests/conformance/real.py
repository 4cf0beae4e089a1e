"""The real payload collections under tests/payloads/<platform>/real/ and their provenance."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

PAYLOADS = Path(__file__).resolve().parent.parent / "payloads"


def manifest(platform: str) -> list[dict[str, Any]]:
    """Every collected payload of `platform`: its file and where it was taken from."""
    path = PAYLOADS / platform / "real" / "manifest.json"
    entries: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return entries


def real_path(platform: str, file: str) -> Path:
    return PAYLOADS / platform / "real" / file


def stems(platform: str) -> list[str]:
    """The payloads' names (file names without the extension), in manifest order."""
    return [entry["file"].rsplit(".", 1)[0] for entry in manifest(platform)]


def check_partition(platform: str, groups: Iterable[set[str]]) -> None:
    """Every collected payload has exactly one expected outcome, and every named one exists."""
    named: list[str] = [name for group in groups for name in group]
    assert len(named) == len(set(named)), "a payload is in two outcome groups"
    assert set(named) == set(stems(platform))
