"""Layering rules of DESIGN §2, checked on the source's import statements."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN_IN_CORE = {"adapters", "bots", "jobs"}
# The command's entry hands over to the app's worker command; no other job module sees the app.
JOBS_ENTRY_POINT = ROOT / "jobs" / "__main__.py"
# The one module of the app that wires jobs to what the app built.
COMPOSITION_ROOT = ROOT / "bots" / "composition.py"


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_core_imports_no_channel_web_or_job_code() -> None:
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in (ROOT / "core").rglob("*.py")
        for name in _imports(path)
        if name.split(".")[0] in FORBIDDEN_IN_CORE
    ]
    assert offenders == []


def _offenders(package: str, forbidden: str, allowed: Path) -> list[str]:
    return [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in (ROOT / package).rglob("*.py")
        if path != allowed
        for name in _imports(path)
        if name.split(".")[0] == forbidden
    ]


def test_jobs_never_import_the_web_app() -> None:
    assert _offenders("jobs", "bots", JOBS_ENTRY_POINT) == []


def test_the_app_reaches_jobs_only_through_the_composition_root() -> None:
    assert _offenders("bots", "jobs", COMPOSITION_ROOT) == []


def test_adapters_do_not_import_each_other() -> None:
    offenders = []
    for path in (ROOT / "adapters").rglob("*.py"):
        parts = path.relative_to(ROOT / "adapters").parts
        if len(parts) < 2:
            continue
        own = parts[0]
        for name in _imports(path):
            pieces = name.split(".")
            if pieces[0] == "adapters" and len(pieces) > 1 and pieces[1] != own:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("from bots.app import create_app\nimport jobs.scheduler\n")
    assert _imports(sample) == ["bots.app", "jobs.scheduler"]


FOREIGN_IN_ADAPTERS = {"fastapi", "starlette", "bots", "jobs"}


def test_adapters_speak_plain_data_not_the_web_framework() -> None:
    """Adapters return Delivery / WebhookReply (core.deliveries); the web layer makes HTTP."""
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in (ROOT / "adapters").rglob("*.py")
        for name in _imports(path)
        if name.split(".")[0] in FOREIGN_IN_ADAPTERS
    ]
    assert offenders == []


def test_the_channel_port_does_not_speak_the_web_framework() -> None:
    port = ROOT / "bots" / "channels" / "port.py"
    assert [n for n in _imports(port) if n.split(".")[0] in {"fastapi", "starlette"}] == []
