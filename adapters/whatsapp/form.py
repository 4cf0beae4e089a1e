"""Twilio's form-encoded webhook body, kept whole so the signature sees every field."""

from __future__ import annotations

from urllib.parse import parse_qsl


class FormParams(dict[str, str]):
    """Form fields by name (first value); `getlist` gives every value of a repeated field.

    Twilio's RequestValidator signs every value of a field and looks for `getlist`, the
    Django-style accessor, so repeated fields are verified as Twilio signed them.
    """

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        super().__init__()
        self._all: dict[str, list[str]] = {}
        for name, value in pairs:
            self._all.setdefault(name, []).append(value)
            self.setdefault(name, value)

    def getlist(self, name: str) -> list[str]:
        """Every value of field `name`, in the order sent."""
        return list(self._all.get(name, []))


def parse_form(body: bytes) -> FormParams:
    """The fields of an `application/x-www-form-urlencoded` body.

    Blank values are kept: Twilio signs them too (e.g. an empty `Body` of a photo message).

    Raises:
        ValueError: the body is not UTF-8.
    """
    return FormParams(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
