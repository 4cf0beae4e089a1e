"""A tiny HTML builder that escapes by construction.

Every `str` child and every attribute value is escaped; only `Html` (made by this module) is
inserted as markup. Pages carry no inline script or style (the app's CSP forbids both), so
whatever a traveler typed can only ever show up as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

_VOID = frozenset({"br", "hr", "input", "link", "meta", "img"})


class Html(str):
    """Markup that is already safe (only this module makes it)."""

    __slots__ = ()


def _render(child: object) -> str:
    if child is None or child is False:
        return ""
    if isinstance(child, Html):
        return str(child)
    if isinstance(child, str | int | float):
        return escape(str(child), quote=True)
    if isinstance(child, Iterable):
        return "".join(_render(item) for item in child)
    return escape(str(child), quote=True)


def h(tag: str, attrs: dict[str, str | bool | None] | None = None, *children: object) -> Html:
    """An element; attribute names end in `_` to dodge keywords (`class_`), True is bare."""
    parts = [tag]
    for name, value in (attrs or {}).items():
        if value is None or value is False:
            continue
        attr = name.rstrip("_").replace("_", "-")
        parts.append(attr if value is True else f'{attr}="{escape(str(value), quote=True)}"')
    opening = f"<{' '.join(parts)}>"
    if tag in _VOID:
        return Html(opening)
    return Html(f"{opening}{''.join(_render(c) for c in children)}</{tag}>")


def document(title: str, stylesheet: str, *body: object, lang: str = "en") -> Html:
    """A whole page: doctype, a phone-friendly viewport, one same-origin stylesheet."""
    head = h(
        "head",
        None,
        h("meta", {"charset": "utf-8"}),
        h("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}),
        h("meta", {"name": "referrer", "content": "no-referrer"}),
        h("title", None, title),
        h("link", {"rel": "stylesheet", "href": stylesheet}),
    )
    return Html("<!doctype html>" + h("html", {"lang": lang}, head, h("body", None, *body)))
