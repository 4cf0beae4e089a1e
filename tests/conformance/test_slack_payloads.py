"""Real Slack deliveries from slack-bolt's (Python and JS) test suites, posted to our webhook.

Each delivery in tests/payloads/slack/real/ (provenance in its manifest.json) is signed with the
test signing secret and posted to /webhooks/slack with the Web API faked at the HTTP seam; a
`hooks.slack.com` response_url is pointed at the fake (the only change made before posting).
Then: no 5xx; channel chatter, bots, edits and app lifecycle events get no answer and are not
kept; what is said to us is kept, processed and answered where it was said (the thread it was
in); notices meant for one person (a newcomer's welcome, a refused tap, /leads) never appear
publicly in a channel.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl, urlencode

import pytest
from slack_sdk.models.blocks import Block
from sqlalchemy import select

from core.messages import msg
from core.storage.models import InboxEvent
from tests.bots import test_slack_flow
from tests.bots.test_slack_flow import SlackWorld
from tests.conformance.real import check_partition, manifest, real_path, stems

PLATFORM = "slack"
world = test_slack_flow.world  # the app with the Slack channel, a fake Web API, signed posts

# Said to us in a DM: answered there (in the thread it came in, if any).
DM_ANSWERED = {
    "bolt-assistant_dm_message",
    "bolt-assistant_dm_message_in_thread",
    "bolt-assistant_dm_message_action_token",
    "boltjs-assistant_user_message",
    "derived-dm_message",
}
# Said to us in a channel (a mention, a reply under our message): answered where it was said,
# the newcomer's welcome only to them.
CHANNEL_ANSWERED = {
    "bolt-app_mention",
    "bolt-app_mention_authorized",
    "derived-app_mention_in_thread",
    "derived-thread_reply_under_our_message",
}
# Meant for one person only: /leads from a channel the bot is not in, a refused tap.
PRIVATE_ONLY = {
    "derived-slash_command_leads",
    "derived-block_actions_old_choice",
}
HANDSHAKE = {"bolt-url_verification"}
# Not said to us: channel chatter, file shares, thread broadcasts, bots (ourselves included),
# edits and deletions, reactions, joins, app lifecycle, other apps' commands and views.
SILENT = {
    "bolt-reaction_added",
    "bolt-reaction_added_authorized",
    "bolt-message_file_share_private_channel_own_bot",
    "bolt-member_joined_channel",
    "bolt-member_left_channel",
    "bolt-member_joined_channel_authorized",
    "bolt-app_uninstalled",
    "bolt-tokens_revoked",
    "bolt-assistant_thread_started",
    "bolt-assistant_thread_context_changed",
    "bolt-assistant_dm_message_changed",
    "bolt-assistant_channel_message",
    "bolt-assistant_channel_message_changed",
    "bolt-bot_message_response_url",
    "bolt-bot_message_other_app",
    "bolt-team_access_granted",
    "bolt-team_access_revoked",
    "bolt-app_home_opened",
    "bolt-org_channel_message_bare_mention",
    "bolt-channel_message",
    "bolt-channel_message_numbers",
    "bolt-channel_message_own_bot_user",
    "bolt-bot_user_message",
    "bolt-classic_bot_message",
    "bolt-message_changed",
    "bolt-message_deleted",
    "bolt-message_file_share",
    "bolt-message_thread_broadcast",
    "bolt-function_executed",
    "bolt-workflow_step_execute",
    "bolt-block_actions",
    "bolt-global_shortcut",
    "bolt-message_action",
    "bolt-interactive_message",
    "bolt-block_suggestion",
    "bolt-dialog_submission",
    "bolt-dialog_suggestion",
    "bolt-dialog_cancellation",
    "bolt-view_submission",
    "bolt-view_closed",
    "bolt-workflow_step_edit",
    "bolt-slash_command",
    "boltjs-app_home_opened",
    "boltjs-member_joined_channel",
    "boltjs-reaction_added",
    "boltjs-channel_message",
    "boltjs-app_mention_without_user",
    "boltjs-slash_command",
}
GROUPS = (DM_ANSWERED, CHANNEL_ANSWERED, PRIVATE_ONLY, HANDSHAKE, SILENT)
FILES = {entry["file"].rsplit(".", 1)[0]: entry["file"] for entry in manifest(PLATFORM)}
HOOKS = "https://hooks.slack.com/"


def test_every_collected_delivery_has_one_expected_outcome() -> None:
    check_partition(PLATFORM, GROUPS)


def _body(world: SlackWorld, name: str) -> tuple[bytes, bool]:
    """The delivery as Slack posts it (form or JSON), its response_url pointed at the fake."""
    file = FILES[name]
    text = real_path(PLATFORM, file).read_text("utf-8")
    hooks = world.fake.response_url("")
    if not file.endswith(".txt"):
        return text.encode(), False
    fields = parse_qsl(text, keep_blank_values=True)
    fields = [(key, value.replace(HOOKS, hooks)) for key, value in fields]
    return urlencode(fields).encode(), True


def _document(body: bytes, form: bool) -> dict[str, Any]:
    if not form:
        document: dict[str, Any] = json.loads(body)
        return document
    fields = dict(parse_qsl(body.decode(), keep_blank_values=True))
    return json.loads(fields["payload"]) if "payload" in fields else fields


def _valid(message: dict[str, Any]) -> dict[str, Any]:
    """A message body whose blocks slack-sdk's own models read back unchanged."""
    for block in message.get("blocks", []):
        parsed = Block.parse(block)
        assert parsed is not None
        assert parsed.to_dict() == block
    assert str(message.get("text", "")).strip()
    return message


async def _inbox(world: SlackWorld) -> list[InboxEvent]:
    async with world.services.sessions() as session:
        return list((await session.scalars(select(InboxEvent))).all())


@pytest.mark.parametrize("name", stems(PLATFORM))
async def test_a_real_delivery(world: SlackWorld, name: str) -> None:
    body, form = _body(world, name)
    document = _document(body, form)
    response = await world.deliver(body, form=form)
    assert response.status_code == 200, response.text  # anything else: Slack retries
    inbox = await _inbox(world)
    calls = world.fake.calls
    if name in HANDSHAKE:
        assert response.json() == {"challenge": document["challenge"]}
    if name in SILENT | HANDSHAKE:
        assert calls == []  # no welcome, no answer, no ephemeral
        assert inbox == []  # nor kept: it was not said to us
        return

    assert [row.status for row in inbox] == ["done"]  # kept and processed: nothing lost
    posts = [_valid(post) for post in world.posts()]
    private = [_valid(note) for note in world.fake.notes()]
    if name in PRIVATE_ONLY:
        assert posts == []  # nothing anyone else can see
        assert private
        if "command" in document:  # typed where the bot may not be: only response_url works
            assert world.fake.bodies("chat.postEphemeral") == []
        assert all(note.get("response_type", "ephemeral") == "ephemeral" for note in private)
        return

    event = document["event"]
    assert posts, "no answer"
    assert {post["channel"] for post in posts} == {event["channel"]}
    if name in CHANNEL_ANSWERED:
        assert all(msg("welcome") != post["text"] for post in posts)  # the welcome is theirs
        assert [note["user"] for note in world.fake.bodies("chat.postEphemeral")] in (
            [],
            [event["user"]],
        )
    # Where it was said: the thread it was in, or the channel's (or DM's) top level.
    assert {post.get("thread_ts") for post in posts} == {event.get("thread_ts")}
