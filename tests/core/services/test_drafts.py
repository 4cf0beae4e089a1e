from typing import Any

from core.services.drafts import MAX_DRAFT_CHARS, write_draft


class FakeLlm:
    def __init__(self, answer: dict[str, Any] | None) -> None:
        self.answer = answer
        self.calls: list[dict[str, Any]] = []

    async def tool_call(self, **kwargs: Any) -> dict[str, Any] | None:
        self.calls.append(kwargs)
        return self.answer


async def test_without_an_llm_the_template_is_the_draft() -> None:
    assert await write_draft("Hi Ana", None, "t1") == "Hi Ana"


async def test_the_llm_rewrite_is_used_and_logged_for_the_traveler() -> None:
    llm = FakeLlm({"text": "  Hola Ana, soy Yuki.  "})
    assert await write_draft("Hi Ana", llm, "t1") == "Hola Ana, soy Yuki."
    (call,) = llm.calls
    assert call["purpose"] == "proposal_draft"
    assert call["user_id"] == "t1"
    assert call["user_text"] == "Hi Ana"
    assert call["tool"]["name"] == "proposal"


async def test_failed_empty_or_oversized_answers_fall_back_to_the_template() -> None:
    for answer in (None, {}, {"text": ""}, {"text": 5}, {"text": "x" * (MAX_DRAFT_CHARS + 1)}):
        assert await write_draft("Hi Ana", FakeLlm(answer), "t1") == "Hi Ana"
