"""Inline keyboards: one button per option, pages of eight, and the tokens behind them."""

from __future__ import annotations

import re
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from core.protocol import choice_token
from core.text import shorten

PAGE_SIZE = 8  # option buttons per message page (DESIGN §7); "More…" is the ninth
BUTTON_TEXT_LIMIT = 64
CALLBACK_DATA_BYTES = 64
# The "More…" button shows the next page. It has no words: a page tap is answered by the
# adapter alone, without the traveler's language, and a symbol reads the same in any.
MORE = "➡️ …"
_PAGE_TOKEN = re.compile(r"^(?P<prompt>[^:]+):more:(?P<page>\d{1,3})$")
# "9. " (a blank label) counts too, also as "9." once Telegram trimmed the message's end.
_NUMBERED_LINE = re.compile(r"^(?P<number>\d{1,3})\.(?: (?P<label>.*))?$", re.MULTILINE)
_NUMBER_PREFIX = re.compile(r"^\d{1,3}\. ")


def page_token(prompt_id: str, page: int) -> str:
    """The callback data of a "More…" button: which prompt, which page to show next."""
    return f"{prompt_id}:more:{page}"


def parse_page_token(data: str) -> tuple[str, int] | None:
    """(promptId, page) from a "More…" button's data, or None for any other data."""
    match = _PAGE_TOKEN.match(data)
    if match is None:
        return None
    return match["prompt"], int(match["page"])


def option_button_text(number: int, label: str) -> str:
    """'2. Sushi Zen', cut to Telegram's button size on a word boundary."""
    return shorten(f"{number}. {label}" if label else str(number), max_chars=BUTTON_TEXT_LIMIT)


def without_number(button_text: str) -> str:
    """'2. Sushi Zen' → 'Sushi Zen' (how a tapped choice is shown under its question)."""
    return _NUMBER_PREFIX.sub("", button_text, count=1)


def page_count(options: int) -> int:
    """How many keyboard pages a list of options needs."""
    return max(1, -(-options // PAGE_SIZE))


def selection_keyboard(prompt_id: str, labels: list[str], page: int = 0) -> dict[str, Any]:
    """The inline keyboard for one page of a selection, one option per row.

    Every option gets a button on some page; beyond eight, a "More…" button cycles through the
    pages (from the last back to the first) so no option is ever out of reach.
    """
    pages = page_count(len(labels))
    page %= pages
    first = page * PAGE_SIZE
    rows = [
        [
            InlineKeyboardButton(
                option_button_text(index + 1, labels[index]),
                callback_data=choice_token(prompt_id, index),
            )
        ]
        for index in range(first, min(first + PAGE_SIZE, len(labels)))
    ]
    if pages > 1:
        more = page_token(prompt_id, (page + 1) % pages)
        rows.append([InlineKeyboardButton(MORE, callback_data=more)])
    return InlineKeyboardMarkup(rows).to_dict()


def confirmation_keyboard(prompt_id: str, yes: str, no: str) -> dict[str, Any]:
    """Two buttons on one row: option 0 confirms, option 1 declines."""
    row = [
        InlineKeyboardButton(
            shorten(yes, max_chars=BUTTON_TEXT_LIMIT), callback_data=choice_token(prompt_id, 0)
        ),
        InlineKeyboardButton(
            shorten(no, max_chars=BUTTON_TEXT_LIMIT), callback_data=choice_token(prompt_id, 1)
        ),
    ]
    return InlineKeyboardMarkup([row]).to_dict()


def labels_from_text(text: str) -> list[str]:
    """The option labels of a selection message we rendered, read back from its lines.

    A "More…" tap carries only a page number; the labels come from the message itself (every
    option is a numbered "N. label" line), so paging needs no server-side state and works on
    any instance, after restarts. The last list in the text counts (a "1." starts a new one);
    a number missing from it keeps its place with an empty label.
    """
    found: dict[int, str] = {}
    for match in _NUMBERED_LINE.finditer(text):
        number = int(match["number"])
        if number == 1:
            found = {}
        found.setdefault(number, (match["label"] or "").strip())
    count = max(found, default=0)
    return [found.get(number, "") for number in range(1, count + 1)]


def button_text(markup: dict[str, Any] | None, data: str) -> str | None:
    """The text of the button whose callback data is `data` in a message's keyboard."""
    for row in (markup or {}).get("inline_keyboard", []):
        for button in row:
            if button.get("callback_data") == data:
                return str(button.get("text", ""))
    return None
