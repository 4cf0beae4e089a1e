"""requirements.lock pins, with hashes, a version inside every range pyproject.toml declares."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s\\;]+)", re.MULTILINE)


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [
        Requirement(r) for r in [*project["dependencies"], *project["optional-dependencies"]["dev"]]
    ]


def _pins() -> dict[str, str]:
    text = LOCK.read_text(encoding="utf-8")
    return {canonicalize_name(name): version for name, version in PIN.findall(text)}


def test_every_declared_dependency_is_pinned_inside_its_range() -> None:
    pins = _pins()
    stale = [
        f"{req} (locked: {pins.get(canonicalize_name(req.name), 'missing')})"
        for req in _declared()
        if canonicalize_name(req.name) not in pins
        or not req.specifier.contains(pins[canonicalize_name(req.name)], prereleases=True)
    ]
    assert stale == [], "lock again: see the comment in ./dev"


def test_the_lock_pins_exactly_and_with_hashes() -> None:
    blocks = [b for b in re.split(r"\n(?=\S)", LOCK.read_text(encoding="utf-8")) if "==" in b]
    assert len(blocks) == len(_pins()) > 0
    assert all("--hash=sha256:" in block for block in blocks)
    assert all(not req.specifier or "==" not in str(req.specifier) for req in _declared())


def test_dev_installs_from_the_lock() -> None:
    script = (ROOT / "dev").read_text(encoding="utf-8")
    assert "--require-hashes -r requirements.lock" in script
    assert "--no-deps -e ." in script
