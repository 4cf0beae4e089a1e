"""Proposal drafts: the LLM polishes the template when configured; the template stands alone."""

from __future__ import annotations

from typing import Protocol

MAX_DRAFT_CHARS = 2500
_TOOL = {
    "name": "proposal",
    "description": "The expert's first message to the traveler.",
    "input_schema": {
        "type": "object",
        "properties": {"text": {"type": "string", "description": "The message, plain text."}},
        "required": ["text"],
    },
}
_SYSTEM = (
    "You write a local travel expert's first message to a traveler who asked for help. Keep it "
    "warm, specific and under 150 words. Use ONLY the facts in the draft you are given: never "
    "invent prices, places, dates or credentials. Keep the expert's name as the signature."
)


class ToolCaller(Protocol):
    """The part of the LLM client a draft needs."""

    async def tool_call(
        self,
        *,
        purpose: str,
        user_id: str | None,
        system: str,
        user_text: str,
        tool: dict[str, object],
        max_tokens: int = 300,
    ) -> dict[str, object] | None:
        """One forced tool call; None when it failed."""
        ...


async def write_draft(template: str, llm: ToolCaller | None, traveler_id: str | None) -> str:
    """The LLM's rewrite of the template (logged like every LLM call), else the template."""
    if llm is None:
        return template
    answer = await llm.tool_call(
        purpose="proposal_draft",
        user_id=traveler_id,
        system=_SYSTEM,
        user_text=template,
        tool=dict(_TOOL),
        max_tokens=400,
    )
    text = (answer or {}).get("text")
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_DRAFT_CHARS:
        return template
    return text.strip()
