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


async def test_a_turns_two_history_rows_are_one_statement(db_url: str) -> None:
    """Issue #19: the traveler's line and the answer go in as one executemany, not an
    INSERT ... RETURNING each."""
    from sqlalchemy import event, select

    from core.storage.models import ChatMessage

    engine, sessions = await _builder_session(db_url)
    statements: list[tuple[str, bool]] = []

    def seen(_conn, _cursor, statement, _params, _context, executemany):  # type: ignore[no-untyped-def]
        statements.append((statement, executemany))

    async with sessions() as session, session.begin():
        event.listen(engine.sync_engine, "before_cursor_execute", seen)
        await ChatContextBuilder(session, FakeClock()).record(
            "k", "u", ("traveler", "hola"), ("assistant", "¡Hola!"), answer=("COMPLETE", "it", 3)
        )
        await session.flush()
        event.remove(engine.sync_engine, "before_cursor_execute", seen)
        rows = (await session.execute(select(ChatMessage).order_by(ChatMessage.id))).scalars()
        stored = [(r.role, r.text, r.answer_type, r.itinerary_id, r.to_version) for r in rows]
    await engine.dispose()
    inserts = [(sql, many) for sql, many in statements if sql.lstrip().upper().startswith("INSERT")]
    assert len(inserts) == 1
    assert inserts[0][1] is True
    assert stored == [
        ("traveler", "hola", None, None, None),
        ("assistant", "¡Hola!", "COMPLETE", "it", 3),
    ]
