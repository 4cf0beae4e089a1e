"""Exactly one scheduler leads; when it goes, another takes over."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.storage.db import make_engine
from jobs.leader import Leadership
from tests.fakes.postgres import throwaway_database


@pytest.mark.postgres
async def test_one_leader_and_a_takeover_on_postgresql() -> None:
    async with throwaway_database() as url:
        first_engine, second_engine = make_engine(url), make_engine(url)
        first, second = Leadership(first_engine), Leadership(second_engine)
        try:
            assert await first.ensure() is True
            assert await second.ensure() is False
            assert await first.ensure() is True  # still the leader on the next tick
            await first._drop()  # the leader dies: its database session ends
            first = Leadership(first_engine)
            assert await second.ensure() is True  # takes over at its next tick
            assert await first.ensure() is False
        finally:
            await first.release()
            await second.release()
            await first_engine.dispose()
            await second_engine.dispose()


async def test_sqlite_serves_one_machine_so_it_always_leads(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path / 'l.db'}")
    try:
        assert await Leadership(engine).ensure() is True
    finally:
        await engine.dispose()


async def test_jobs_run_only_on_the_leader(settings, clock) -> None:  # type: ignore[no-untyped-def]
    from bots.composition import build_job_process
    from jobs.scheduler import guarded
    from jobs.spec import JobSpec

    class Follower:
        async def ensure(self) -> bool:
            return False

    ran: list[str] = []

    async def run(_ctx: object) -> None:
        ran.append("ran")

    process = build_job_process(settings, clock)
    try:
        job = JobSpec("probe", None, run)  # type: ignore[arg-type]
        await guarded(job, process.ctx, Follower())()  # type: ignore[arg-type]
        assert ran == []
        await guarded(job, process.ctx, None)()
        assert ran == ["ran"]
        shared = JobSpec("shared", None, run, leader_only=False)  # type: ignore[arg-type]
        await guarded(shared, process.ctx, Follower())()  # type: ignore[arg-type]
        assert ran == ["ran", "ran"]  # e.g. the outbox: every process drains it
    finally:
        await process.aclose()


def test_only_the_outbox_dispatcher_runs_on_every_process() -> None:
    from jobs.scheduler import all_jobs

    shared = {job.name for job in all_jobs() if not job.leader_only}
    assert shared == {"dispatch_outbox"}


async def test_the_scheduler_elects_on_its_own_tick(settings, clock) -> None:  # type: ignore[no-untyped-def]
    from bots.composition import build_job_process
    from jobs.scheduler import ELECTION_SECONDS, build_scheduler

    process = build_job_process(settings, clock)
    try:
        leadership = Leadership(process.engine)
        scheduler = build_scheduler(process.ctx, jobs=[], leadership=leadership)
        [election] = scheduler.get_jobs()
        assert election.id == "elect_leader"
        assert election.trigger.interval.total_seconds() == ELECTION_SECONDS <= 30
        assert build_scheduler(process.ctx, jobs=[]).get_jobs() == []  # no leadership, no election
    finally:
        await process.aclose()
