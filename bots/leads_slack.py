"""Lead triage I/O in Slack: post the lead card, answer Claim / Pass / View draft taps.

The pure parts live in core.services.leads (who wins, who is next) and
adapters.slack.lead_cards (the Block Kit); this module only moves them between database and Slack.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from adapters.slack.errors import SlackSendError
from adapters.slack.lead_cards import CardExpert, LeadCard, render_lead_card, render_note
from bots.channels.port import Channel
from core.clock import Clock
from core.messages import msg
from core.protocol import InboundTurn
from core.services.drafts import ToolCaller, write_draft
from core.services.leads import (
    LeadError,
    LeadService,
    NotOfferedError,
    first_name,
    offered_to,
    proposal_draft,
)
from core.storage.models import Expert, Lead, Traveler

if TYPE_CHECKING:
    from adapters.slack.channel import SlackChannel

log = logging.getLogger(__name__)
# The action kind of lead-card buttons and /leads ("lead:claim:{id}"; see lead_cards).
LEAD_ACTIONS = "lead"


def _dates(lead: Lead) -> str:
    if lead.start_date and lead.end_date:
        return f"{lead.start_date.isoformat()} → {lead.end_date.isoformat()}"
    return lead.start_date.isoformat() if lead.start_date else ""


async def build_card(service: LeadService, session: AsyncSession, lead: Lead) -> LeadCard:
    """The card's data for a lead as it is now (claimed or open, current offers)."""
    traveler = await session.get(Traveler, lead.traveler_id)
    offered = await service.offered(lead)
    owner = None
    if lead.claimed_by is not None:
        expert = await session.get(Expert, lead.claimed_by)
        owner = expert.name if expert else None
    return LeadCard(
        lead_id=lead.id,
        traveler=first_name(traveler.name if traveler else ""),
        market=lead.market,
        dates=_dates(lead),
        budget=lead.budget,
        interests=[str(i) for i in lead.interests],
        languages=[str(x) for x in lead.languages],
        message=lead.message,
        experts=[
            CardExpert(r.expert.name, r.match.score, r.match.tier, r.match.reasons) for r in offered
        ],
        demo=any(r.expert.is_demo for r in offered),
        claimed_by=owner if lead.status == "claimed" else None,
    )


class LeadDesk:
    """Posts lead cards and handles their buttons through the Slack channel, when enabled."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        clock: Clock,
        channels: Mapping[str, Channel],
        leads_channel: str | None,
        llm: ToolCaller | None = None,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._channels = channels
        self._leads_channel = leads_channel
        self._llm = llm
        self._tasks: set[asyncio.Task[None]] = set()

    def post_card_soon(self, lead_id: str) -> None:
        """Post a lead's card in the background (a chat turn created it; answer first)."""

        async def post() -> None:
            try:
                await self.post_card(lead_id)
            except Exception:  # the lead is stored; the SLA job offers it again
                log.exception("lead %s: Slack card not posted", lead_id)

        task = asyncio.create_task(post())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def drain(self) -> None:
        """Wait for cards being posted (shutdown, tests)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def slack(self) -> SlackChannel | None:
        """The Slack channel, when it is enabled."""
        channel = self._channels.get("slack")
        if channel is None:
            return None  # Slack is off: its SDK (~30 MB) is never imported
        from adapters.slack.channel import SlackChannel  # noqa: PLC0415

        return channel if isinstance(channel, SlackChannel) else None

    async def post_card(self, lead_id: str) -> list[dict[str, str]]:
        """Post the card to SLACK_LEADS_CHANNEL, else as DMs to the offered experts."""
        slack = self.slack()
        if slack is None:
            return []
        async with self._sessions() as session, session.begin():
            service = LeadService(session, self._clock)
            lead = await service.get(lead_id)
            card = render_lead_card(await build_card(service, session, lead))
            if self._leads_channel:
                targets = [self._leads_channel]
            else:
                targets = [
                    r.expert.slack_user_id
                    for r in await service.offered(lead)
                    if r.expert.slack_user_id
                ]
        posts = await self._post_to(slack, targets, card)
        await self._remember(lead_id, posts)
        return posts

    async def follow_up(self, lead_id: str, newly_offered: str | None) -> None:
        """After an SLA lapse: refresh the cards; DM a newly offered expert; else escalate."""
        slack = self.slack()
        if slack is None:
            return
        await self._refresh_cards(slack, lead_id)
        if newly_offered is None:
            if self._leads_channel:
                try:
                    await slack.send_text(self._leads_channel, msg("lead_escalated", lead=lead_id))
                except SlackSendError:
                    log.warning("escalation of lead %s not posted", lead_id)
            return
        if not self._leads_channel:
            async with self._sessions() as session:
                service = LeadService(session, self._clock)
                lead = await service.get(lead_id)
                card = render_lead_card(await build_card(service, session, lead))
            posts = await self._post_to(slack, [newly_offered], card)
            await self._remember(lead_id, posts)

    async def _post_to(
        self, slack: SlackChannel, targets: list[str], card: dict[str, Any]
    ) -> list[dict[str, str]]:
        posts: list[dict[str, str]] = []
        for target in targets:
            try:
                ts = await slack.post_blocks(target, card)
            except SlackSendError:
                log.warning("lead card to %s not posted", target)
                continue
            posts.append({"channel": target, "ts": ts})
        return posts

    async def _remember(self, lead_id: str, posts: list[dict[str, str]]) -> None:
        if not posts:
            return
        async with self._sessions() as session, session.begin():
            lead = await LeadService(session, self._clock).get(lead_id)
            lead.slack_posts = [*lead.slack_posts, *posts]
            if lead.slack_ts is None:
                lead.slack_channel, lead.slack_ts = posts[0]["channel"], posts[0]["ts"]

    async def _refresh_cards(self, slack: SlackChannel, lead_id: str) -> None:
        """chat.update every posted copy of the card to the lead's current state."""
        async with self._sessions() as session:
            service = LeadService(session, self._clock)
            lead = await service.get(lead_id)
            card = render_lead_card(await build_card(service, session, lead))
            posts = list(lead.slack_posts)
        for post in posts:
            try:
                await slack.update_blocks(str(post["channel"]), str(post["ts"]), card)
            except SlackSendError:
                log.warning("lead card %s in %s not updated", post.get("ts"), post.get("channel"))

    async def _list(self, session: AsyncSession, expert_id: str) -> str:
        """/leads: the expert's open offers and the leads they claimed, newest first."""
        leads = list(await session.scalars(select(Lead).order_by(Lead.created_at.desc())))
        mine = [lead for lead in leads if lead.claimed_by == expert_id]
        offered = [
            lead
            for lead in leads
            if lead.status == "open" and expert_id in {str(x) for x in lead.offered_expert_ids}
        ]
        if not mine and not offered:
            return "You have no open or claimed leads."
        lines = []
        if offered:
            lines.append("Open for you:")
            lines += [f"• {lead.market} · {_dates(lead)} · lead {lead.id}" for lead in offered]
        if mine:
            lines.append("Claimed by you:")
            lines += [f"• {lead.market} · {_dates(lead)} · lead {lead.id}" for lead in mine]
        return "\n".join(lines)

    async def _note(self, slack: SlackChannel, turn: InboundTurn, text: str) -> None:
        try:
            # Through the command's or tap's response_url: /leads works in any channel.
            await slack.tell(turn, render_note(text))
        except SlackSendError:
            log.warning("ephemeral lead note to %s not sent", turn.external_user_id)

    async def handle_action(self, channel: Channel, turn: InboundTurn) -> None:
        """A tap on Claim / Pass / View draft ("lead:{action}:{leadId}")."""
        slack = self.slack()
        if slack is None or channel is not slack:
            return
        parts = (turn.choice_token or "").split(":", 2)
        action, lead_id = (parts[1], parts[2]) if len(parts) == 3 else ("", "")
        async with self._sessions() as session, session.begin():
            service = LeadService(session, self._clock)
            expert = await service.expert_by_slack_user(turn.external_user_id)
            if expert is None:
                note = "Only registered local experts can act on leads."
            else:
                try:
                    note = await self._act(service, session, action, lead_id, expert.id)
                except NotOfferedError:
                    note = "This lead was not offered to you."
                except LeadError:
                    note = "That lead no longer exists."
        if note == "refresh":
            await self._refresh_cards(slack, lead_id)
            return
        if note.startswith("refresh:"):
            await self._refresh_cards(slack, lead_id)
            note = note.removeprefix("refresh:")
        if note.startswith("draft:"):
            # Written outside the transaction: an LLM call must not hold the database.
            traveler_id, _, template = note.removeprefix("draft:").partition(":")
            note = "Proposal draft:\n\n" + await write_draft(template, self._llm, traveler_id)
        await self._note(slack, turn, note)

    async def _act(
        self, service: LeadService, session: AsyncSession, action: str, lead_id: str, expert_id: str
    ) -> str:
        """Do it in the database; the answer ("refresh[:note]" or a note) drives the Slack I/O."""
        if action == "claim":
            result = await service.claim(lead_id, expert_id)
            if result.won:
                return "refresh"
            if result.owner_name:
                return f"Already claimed by {result.owner_name}."
            return "This lead is no longer open."
        if action == "list":
            return await self._list(session, expert_id)
        lead = await service.get(lead_id)
        if not offered_to(lead, expert_id):
            raise NotOfferedError(lead_id)
        if action == "pass":
            if lead.status != "open":
                return "This lead is no longer open."
            nxt = await service.pass_lead(lead_id, expert_id)
            who = (
                f"offered to {nxt.expert.name}" if nxt else "no other expert is left to offer it to"
            )
            return f"refresh:You passed on this lead; {who}."
        if action == "draft":
            traveler = await session.get(Traveler, lead.traveler_id)
            expert = await session.get(Expert, expert_id)
            if expert is None:
                raise LeadError(expert_id)
            draft = proposal_draft(lead, expert, traveler.name if traveler else "")
            return f"draft:{lead.traveler_id}:{draft}"
        return "Unknown lead action."
