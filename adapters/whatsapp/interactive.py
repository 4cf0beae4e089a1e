"""Choices as tappable WhatsApp content: list pickers and quick replies (pure).

Twilio sends interactive WhatsApp messages only as content templates (`ContentSid` +
`ContentVariables`). Every visible word and id is a variable, so one template serves every
prompt of its shape (a list of N rows, N quick-reply buttons) in one language, and is created
once. `twilio/list-picker` and in-session `twilio/quick-reply` need no WhatsApp approval, but
both are delivered only inside the 24-hour session (Twilio docs: content/twiliolist-picker,
content/twilio-quick-reply).

Limits (Twilio's list-picker and quick-reply pages; WhatsApp's interactive message pages):
body ≤ 1024 characters, list button ≤ 20, ≤ 10 rows, row title ≤ 24, row id ≤ 200, row
description ≤ 72; in session ≤ 3 quick-reply buttons, title ≤ 20, titles distinct. Lengths
are counted in UTF-16 units (an emoji takes two), which is never more than WhatsApp counts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from adapters.whatsapp.inbound import MORE_ROW_SUFFIX
from core.messages import current_language, msg
from core.presentation import card_facts, option_labels
from core.protocol import AgentResponse, ResponseType, choice_token
from core.text import shorten

LIST_PICKER = "twilio/list-picker"
QUICK_REPLY = "twilio/quick-reply"
MAX_BODY = 1024
MAX_LIST_BUTTON = 20
MAX_ROWS = 10
MAX_ROW_TITLE = 24
MAX_ROW_ID = 200
MAX_ROW_DESCRIPTION = 72
MAX_QUICK_REPLIES = 3
MAX_QUICK_REPLY_TITLE = 20
# Bump when a template's definition changes: templates are found again by their name.
TEMPLATE_VERSION = 1
NAME_PREFIX = "traveloure_"


@dataclass(frozen=True)
class Shape:
    """What makes two prompts share a template: its type, rows or buttons, language."""

    kind: str  # LIST_PICKER or QUICK_REPLY
    size: int
    described: bool  # list rows with a description line
    language: str

    @property
    def friendly_name(self) -> str:
        """'traveloure_list_5d_en_v1': how the template is found again after a restart."""
        kind = "list" if self.kind == LIST_PICKER else "quick"
        described = "d" if self.described else ""
        return f"{NAME_PREFIX}{kind}_{self.size}{described}_{self.language}_v{TEMPLATE_VERSION}"


@dataclass(frozen=True)
class Interactive:
    """One tappable message: the template shape to use and the values of its variables."""

    shape: Shape
    variables: dict[str, str]


def interactive(response: AgentResponse, chosen: str | None = None) -> Interactive | None:
    """The list picker or quick reply for a choice, or None when numbered text must do.

    None for answers that ask nothing, prompts without an id (a tap could not be bound to
    them), and anything that would not fit WhatsApp's limits whole (a body over 1024
    characters, quick-reply titles that clash once cut): numbered text never drops anything.

    Args:
        response: the orchestrator's answer.
        chosen: the tapped choice being confirmed ("✅ …" starts the body), if any.
    """
    prompt_id = response.prompt_id
    if not prompt_id or response.type not in {
        ResponseType.NEEDS_SELECTION,
        ResponseType.NEEDS_CONFIRMATION,
    }:
        return None
    if len(choice_token(prompt_id, MAX_ROWS)) > MAX_ROW_ID:
        return None
    data: Mapping[str, Any] = response.data or {}
    if response.type is ResponseType.NEEDS_SELECTION:
        return _list_picker(response, data, prompt_id, chosen)
    return _quick_reply(response, data, prompt_id, chosen)


def definition(shape: Shape) -> dict[str, Any]:
    """The Content API body (`POST /v1/Content`) of the template for a shape.

    Every field is a numbered variable in the order `interactive` fills them; the defaults
    are samples only (every send sets every variable).
    """
    numbers = iter(range(1, 100))

    def slot() -> str:
        return f"{{{{{next(numbers)}}}}}"

    if shape.kind == LIST_PICKER:
        body, button = slot(), slot()
        items = []
        for _ in range(shape.size):
            item = {"item": slot(), "id": slot()}
            if shape.described:
                item["description"] = slot()
            items.append(item)
        types: dict[str, Any] = {LIST_PICKER: {"body": body, "button": button, "items": items}}
    else:
        body = slot()
        actions = [{"title": slot(), "id": slot()} for _ in range(shape.size)]
        types = {QUICK_REPLY: {"body": body, "actions": actions}}
    count = next(numbers) - 1
    return {
        "friendly_name": shape.friendly_name,
        "language": shape.language,
        "variables": {str(number): f"sample {number}" for number in range(1, count + 1)},
        "types": types,
    }


def units(text: str) -> int:
    """Length in UTF-16 code units: an emoji takes two."""
    return len(text.encode("utf-16-le")) // 2


def cut(text: str, limit: int) -> str:
    """One line cut on a word boundary to at most `limit` UTF-16 units ("" stays "")."""
    text = " ".join(text.split())
    result = shorten(text, max_chars=limit)
    while (excess := units(result) - limit) > 0:
        result = shorten(text, max_chars=max(1, len(result) - (excess + 1) // 2))
    return result


def _list_picker(
    response: AgentResponse, data: Mapping[str, Any], prompt_id: str, chosen: str | None
) -> Interactive | None:
    labels = option_labels(dict(data))
    if not labels:
        return None
    details = _details(data)
    overflow = len(labels) > MAX_ROWS
    shown = MAX_ROWS - 1 if overflow else len(labels)
    rows = [_row(labels[index], details[index], prompt_id, index) for index in range(shown)]
    extra: list[str] = []
    if overflow:
        # The rest are numbered lines in the body, answered by typing their number; the last
        # row says so ("More…" is not an option, so its id is no choice token).
        numbered = enumerate(labels, 1)
        extra = [f"{number}. {' '.join(label.split())}" for number, label in numbered][shown:]
        hint = msg("wa_more_hint", first=shown + 1, last=len(labels))
        more_title = cut(msg("wa_more"), MAX_ROW_TITLE)
        more = (more_title, f"{prompt_id}{MORE_ROW_SUFFIX}", cut(hint, MAX_ROW_DESCRIPTION))
        rows.append(more)
    body = _body(response, chosen, [*extra, *_notes(response)])
    if body is None:
        return None
    described = any(description for _, _, description in rows)
    variables = [body, cut(msg("wa_list_button"), MAX_LIST_BUTTON) or "…"]
    for title, token, description in rows:
        variables += [title, token]
        if described:
            variables.append(description or title)
    shape = Shape(LIST_PICKER, len(rows), described, current_language())
    return Interactive(shape, _numbered(variables))


def _quick_reply(
    response: AgentResponse, data: Mapping[str, Any], prompt_id: str, chosen: str | None
) -> Interactive | None:
    labels = option_labels(dict(data))
    if len(labels) > MAX_QUICK_REPLIES:
        return None
    # Option 0 confirms, option 1 declines; a blank or missing label takes the plain word.
    yes = labels[0] if labels and labels[0].strip() else msg("yes")
    no = labels[1] if len(labels) > 1 and labels[1].strip() else msg("no")
    titles = [cut(label, MAX_QUICK_REPLY_TITLE) for label in [yes, no, *labels[2:]]]
    if not all(titles):
        return None
    if len(set(titles)) != len(titles):  # WhatsApp refuses two buttons with one title
        return None
    items = (data.get("preview") or {}).get("items", [])
    body = _body(response, chosen, [*(f"• {item}" for item in items), *_notes(response)])
    if body is None:
        return None
    variables = [body]
    for index, title in enumerate(titles):
        variables += [title, choice_token(prompt_id, index)]
    shape = Shape(QUICK_REPLY, len(titles), False, current_language())
    return Interactive(shape, _numbered(variables))


def _row(label: str, detail: str, prompt_id: str, index: int) -> tuple[str, str, str]:
    """(title, id, description) of one row; a name cut to 24 is given whole below it."""
    name = " ".join(label.split())
    title = cut(name, MAX_ROW_TITLE) or str(index + 1)
    if title != name and name:
        detail = f"{name} · {detail}" if detail else name
    return title, choice_token(prompt_id, index), cut(detail, MAX_ROW_DESCRIPTION)


def _details(data: Mapping[str, Any]) -> list[str]:
    """A card's facts (rating, price, distance, open) or an option's description."""
    if cards := data.get("candidates"):
        return [card_facts(card) for card in cards]
    return [str(option.get("description") or "") for option in data.get("options", [])]


def _notes(response: AgentResponse) -> list[str]:
    return [*(f"• {error}" for error in response.errors), *(f"⚠️ {w}" for w in response.warnings)]


def _body(response: AgentResponse, chosen: str | None, after: list[str]) -> str | None:
    """The text above the rows or buttons; None when it would need cutting (text then)."""
    blocks = [f"✅ {chosen}"] if chosen else []
    blocks += [response.message, *after]
    body = "\n".join(block.strip() for block in blocks if block.strip()) or "…"
    return body if units(body) <= MAX_BODY else None


def _numbered(values: list[str]) -> dict[str, str]:
    return {str(number): value for number, value in enumerate(values, 1)}
