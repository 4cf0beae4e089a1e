"""Trace ids: fresh or accepted, restored after a block, inherited by tasks."""

from __future__ import annotations

import asyncio

from core.tracing import acceptable_trace_id, current_trace_id, new_trace_id, traced


def test_new_ids_are_random_hex() -> None:
    ids = {new_trace_id() for _ in range(50)}
    assert len(ids) == 50
    assert all(len(i) == 16 and int(i, 16) >= 0 for i in ids)


def test_only_short_plain_ids_are_accepted() -> None:
    assert acceptable_trace_id("req-1:2.3_x") == "req-1:2.3_x"
    for bad in (None, "", "a b", "x\ny", "x" * 65, "ü"):
        assert acceptable_trace_id(bad) is None


def test_blocks_nest_and_restore() -> None:
    assert current_trace_id() is None
    with traced("outer") as outer:
        assert current_trace_id() == outer == "outer"
        with traced() as inner:
            assert current_trace_id() == inner != outer
        assert current_trace_id() == "outer"
    assert current_trace_id() is None


def test_an_unsafe_id_gets_a_fresh_one() -> None:
    with traced("not safe\n") as trace_id:
        assert trace_id != "not safe\n"
        assert acceptable_trace_id(trace_id) == trace_id


async def test_tasks_started_inside_a_trace_keep_it() -> None:
    async def read() -> str | None:
        await asyncio.sleep(0)
        return current_trace_id()

    with traced("t-9"):
        task = asyncio.create_task(read())
    assert await task == "t-9"
