"""Chat context stays within its token budget and keeps the latest messages verbatim."""

from __future__ import annotations

from core.services.chat_context import (
    RECENT_MESSAGES,
    SUMMARY_TOKENS,
    TOTAL_TOKENS,
    ChatContextBuilder,
    estimate_tokens,
)
from core.storage.db import make_engine, make_sessionmaker, upgrade_schema
from tests.fakes.clock import FakeClock


async def _builder_session(db_url: str):  # type: ignore[no-untyped-def]
    engine = make_engine(db_url)
    await upgrade_schema(engine)
    return engine, make_sessionmaker(engine)


async def test_latest_messages_verbatim_older_ones_summarized(db_url: str) -> None:
    engine, sessions = await _builder_session(db_url)
    async with sessions() as session, session.begin():
        history = ChatContextBuilder(session, FakeClock())
        for n in range(30):
            await history.record("k", "u", ("traveler" if n % 2 == 0 else "assistant", f"msg {n}"))
        context = await history.build("k", {"language": "es"})
    await engine.dispose()
    assert [text for _, text in context.recent] == [f"msg {n}" for n in range(25, 30)]
    assert len(context.recent) == RECENT_MESSAGES
    assert "- traveler: msg 0" in context.summary
    assert "msg 29" not in context.summary
    rendered = context.render()
    assert "language: es" in rendered
    assert rendered.index("Earlier in this chat") < rendered.index("Latest messages")


async def test_budget_holds_for_long_chats_and_huge_messages(db_url: str) -> None:
    engine, sessions = await _builder_session(db_url)
    async with sessions() as session, session.begin():
        history = ChatContextBuilder(session, FakeClock())
        for n in range(400):
            await history.record("k", "u", ("traveler", f"request {n} " + "word " * 2000))
            if n % 50 == 0:
                await history.build("k")  # summaries fold whenever a context is built
        context = await history.build("k")
    await engine.dispose()
    assert estimate_tokens(context.summary) <= SUMMARY_TOKENS
    assert estimate_tokens(context.render()) <= TOTAL_TOKENS
    assert "request 399" in context.render()  # the newest survives every cut
    assert "request 0 " not in context.summary  # the oldest were dropped first


async def test_conversations_do_not_mix(db_url: str) -> None:
    engine, sessions = await _builder_session(db_url)
    async with sessions() as session, session.begin():
        history = ChatContextBuilder(session, FakeClock())
        await history.record("a", "u", ("traveler", "add sushi"))
        await history.record("b", "v", ("traveler", "plan Kyoto"))
        context = await history.build("a")
    await engine.dispose()
    assert context.recent == [("traveler", "add sushi")]
