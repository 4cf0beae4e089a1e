"""What a job is: a name, a trigger, and a coroutine run with the process's job context."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from apscheduler.triggers.base import BaseTrigger

from jobs.context import JobContext


@dataclass(frozen=True)
class JobSpec:
    """One scheduled job (DESIGN §8)."""

    name: str
    trigger: BaseTrigger
    run: Callable[[JobContext], Awaitable[object]]
    # Deciding jobs (alerts, digests, SLAs) run on the one leading process; work that is safe
    # to share (the outbox, claimed row by row with leases) runs on every process.
    leader_only: bool = True
