"""Moving a chat to another traveler's trip with a link code, only once its traveler says yes.

A link code ("/start CODE", "link CODE") sent in a chat that already works on a trip with plans
in it does not move the chat at once: the chat's traveler is asked, told that their own trip is
kept and how to switch back. Whoever is asked is the only one who can answer (prompts are bound
to one traveler), and the answer is checked against the chat user the question was asked of.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.agents.base import AgentResult, PromptSpec, TurnContext, answer, error
from core.choices import PromptKind
from core.follow_ups import Relink
from core.messages import msg
from core.protocol import AgentResponse, ChoicesData, Option, ResponseMetadata, ResponseType
from core.services.identity import RelinkQuestion


def ask_relink(
    question: RelinkQuestion,
    code: str,
    *,
    channel: str,
    external_user_id: str,
    chat_id: str,
    ttl_seconds: int,
) -> AgentResult:
    """The NEEDS_CONFIRMATION asked before a link code moves the chat off its own trip."""
    options = [Option(id="yes", label=msg("relink_yes")), Option(id="no", label=msg("cancel"))]
    response = AgentResponse(
        type=ResponseType.NEEDS_CONFIRMATION,
        message=msg("relink_ask", destination=question.destination),
        data=ChoicesData(options=options),
        metadata=ResponseMetadata(
            ui_component="confirmation-dialog",
            action_label=msg("action_confirm"),
            timeout_seconds=ttl_seconds,
            custom_props={
                "confirmText": msg("relink_yes"),
                "cancelText": msg("cancel"),
                "severity": "warning",
            },
        ),
    )
    follow_up = Relink(
        code=code,
        channel=channel,
        external_user_id=external_user_id,
        chat_id=chat_id,
        destination=question.destination,
    )
    return AgentResult(
        response,
        PromptSpec.asking(PromptKind.CONFIRMATION, [o.label for o in options], follow_up),
    )


class RelinkAgent:
    """Answers the relink question: yes moves the chat (remembering the way back), no keeps it."""

    async def resume(
        self, asked: Relink | Mapping[str, Any], index: int, ctx: TurnContext
    ) -> AgentResult:
        """Apply the traveler's answer to the relink question (its model or its stored JSON)."""
        if not isinstance(asked, Relink):
            asked = Relink.model_validate(asked)
        destination = asked.destination
        if ctx.actor != f"{asked.channel}:{asked.external_user_id}":
            # Another chat user of the same traveler: the question was not theirs.
            return error(msg("prompt_not_yours"))
        if index != 0:
            return answer(AgentResponse.complete(msg("relink_kept", destination=destination)))
        if ctx.identities is None:
            return error(msg("link_invalid"))
        linked = await ctx.identities.redeem(
            asked.code,
            channel=asked.channel,
            external_user_id=asked.external_user_id,
            chat_id=asked.chat_id,
        )
        if linked is None:
            return error(msg("link_invalid"))
        return answer(AgentResponse.complete(msg("relinked", destination=destination)))
