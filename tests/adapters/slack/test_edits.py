"""chat.update bodies that add a place's details, within Block Kit's limits."""

from __future__ import annotations

from typing import Any

from adapters.slack.blocks import MAX_BLOCKS
from adapters.slack.edits import details_update, is_not_editable, sent_message
from adapters.slack.outbound import render_text
from core.edits import DetailsNote, MessageEdit, SentMessage
from tests.fakes.slack import assert_within_slack_limits

ADDED = "Added Sushi Zen & Tokyo Bay to day 2 ✅"
PHOTO = "https://chat.example/api/v1/place-photos/abc?sig=1"


def posted(text: str = ADDED) -> dict[str, Any]:
    [message] = render_text(text)
    return message


def update(notes: tuple[DetailsNote, ...], original: dict[str, Any] | None = None) -> Any:
    message = original or posted()
    return details_update(MessageEdit("D0DMCHAN1", "1795424500.000200", message, notes, "Photo"))


def test_each_place_gets_a_section_and_its_own_photo() -> None:
    original = posted()
    body = update(
        (DetailsNote("ℹ️ Sushi Zen · ★ 4.5", PHOTO), DetailsNote("ℹ️ Tokyo Bay <b> & co")),
        original,
    )
    assert body["channel"] == "D0DMCHAN1"
    assert body["ts"] == "1795424500.000200"
    assert body["blocks"] == [
        *original["blocks"],
        {
            "type": "section",
            "block_id": "details_0_0",
            "text": {"type": "mrkdwn", "text": "ℹ️ Sushi Zen · ★ 4.5"},
            "accessory": {"type": "image", "image_url": PHOTO, "alt_text": "Photo"},
        },
        {
            "type": "section",
            "block_id": "details_1_0",
            "text": {"type": "mrkdwn", "text": "ℹ️ Tokyo Bay &lt;b&gt; &amp; co"},
        },
    ]
    # The stored fallback was escaped when posted; only the new text is escaped here.
    assert body["text"] == (
        "Added Sushi Zen &amp; Tokyo Bay to day 2 ✅\n\n"
        "ℹ️ Sushi Zen · ★ 4.5\n\nℹ️ Tokyo Bay &lt;b&gt; &amp; co"
    )
    assert_within_slack_limits(body)


def test_a_full_message_keeps_every_detail_within_50_blocks() -> None:
    crowded = {"text": "x", "blocks": [posted(f"line {n}")["blocks"][0] for n in range(50)]}
    for n, block in enumerate(crowded["blocks"]):
        block["block_id"] = f"msg_{n}"
    body = update((DetailsNote("ℹ️ Sushi Zen", PHOTO),), crowded)
    assert len(body["blocks"]) == MAX_BLOCKS
    assert body["blocks"][-1]["block_id"] == "details_0_0"
    assert_within_slack_limits(body)


def test_a_long_note_is_split_into_sections_with_the_photo_on_the_first() -> None:
    long_note = "\n".join(f"line {n} " + "x" * 100 for n in range(60))
    body = update((DetailsNote(long_note, PHOTO),))
    details = [block for block in body["blocks"] if block["block_id"].startswith("details_")]
    assert len(details) > 1
    assert "accessory" in details[0]
    assert all("accessory" not in block for block in details[1:])
    assert_within_slack_limits(body)


def test_what_is_kept_of_a_posted_message_and_which_errors_are_final() -> None:
    message = posted()
    assert sent_message("D0DMCHAN1", message, "1795424500.000200") == SentMessage(
        "D0DMCHAN1", "1795424500.000200", {"text": message["text"], "blocks": message["blocks"]}
    )
    assert sent_message("D0DMCHAN1", message, "") is None
    assert is_not_editable("message_not_found")
    assert is_not_editable("cant_update_message")
    assert is_not_editable("edit_window_closed")
    assert not is_not_editable("ratelimited")
    assert not is_not_editable("invalid_blocks")
