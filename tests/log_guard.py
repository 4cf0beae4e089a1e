"""A pytest plugin: no test secret ever reaches a log record, in any test.

Loaded for every run (`-p tests.log_guard` in pyproject's addopts). During each test the root
logger also lets INFO through to a collecting handler (SQLAlchemy stays at WARNING: it would
log every statement); after the test every record, message and traceback, is searched for the
platform secrets of the fakes and for the secret-looking constants of the test's own module
(`*TOKEN`, `*SECRET`, `*API_KEY`). Records go through the loggers' own filters first, exactly
as they would reach a production handler.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from types import ModuleType

import pytest

from tests.fakes import slack, telegram, whatsapp

_SECRET_NAME = re.compile(r"(TOKEN|SECRET|API_KEY)$")
_MIN_LENGTH = 8
_FAKE_SECRETS = (
    telegram.TOKEN,
    telegram.TOKEN.split(":", 1)[1],
    telegram.WEBHOOK_SECRET,
    slack.BOT_TOKEN,
    slack.SIGNING_SECRET,
    whatsapp.AUTH_TOKEN,
)
# Loggers that would flood the collector at INFO without ever carrying a secret of ours.
_QUIET = ("sqlalchemy", "aiosqlite", "asyncio", "hypothesis", "schemathesis")


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.INFO)
        self.lines: list[str] = []
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # a record that cannot be formatted is not this check's business
            self.lines.append(f"{record.levelname} {record.name}: {record.msg!r}")


def _module_secrets(module: ModuleType | None) -> list[str]:
    if module is None:
        return []
    return [
        value
        for name, value in vars(module).items()
        if _SECRET_NAME.search(name) and isinstance(value, str) and len(value) >= _MIN_LENGTH
    ]


@pytest.fixture(autouse=True)
def _no_secret_in_logs(request: pytest.FixtureRequest) -> Iterator[None]:
    collector = _Collector()
    root = logging.getLogger()
    saved_level = root.level
    quiet = {name: logging.getLogger(name).level for name in _QUIET}
    root.addHandler(collector)
    root.setLevel(min(saved_level or logging.WARNING, logging.INFO))
    for name in _QUIET:
        if logging.getLogger(name).level == logging.NOTSET:
            logging.getLogger(name).setLevel(logging.WARNING)
    try:
        yield
    finally:
        root.removeHandler(collector)
        root.setLevel(saved_level)
        for name, level in quiet.items():
            logging.getLogger(name).setLevel(level)
    secrets = {*_FAKE_SECRETS, *_module_secrets(getattr(request, "module", None))}
    leaks = [(secret, line) for line in collector.lines for secret in secrets if secret in line]
    assert not leaks, f"a secret reached the logs: {leaks[0][1][:500]}"
