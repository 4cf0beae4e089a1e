"""Weekday names of the three languages, folded (no accents), as Python's weekday numbers.

One table for the readers that turn a said weekday into a `weekday:N` reference, so a new
spelling is learned once.
"""

from __future__ import annotations

# Whole names: Monday is 0, as in `date.weekday()`.
WEEKDAY_NUMBERS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
    "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4, "sabado": 5,
    "domingo": 6,
    "segunda": 0, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4,
}  # fmt: skip

# Short forms as typed in chat ("thurs", "mié", "sáb", "qui").
SHORT_WEEKDAY_NUMBERS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
    "mie": 2, "jue": 3, "vie": 4, "sab": 5, "dom": 6,
    "seg": 0, "ter": 1, "qua": 2, "qui": 3, "sex": 4,
}  # fmt: skip

# Spanish and Portuguese whole names only: words no English sentence uses for anything else.
IBERIAN_WEEKDAY_NUMBERS: dict[str, int] = {
    name: number for name, number in WEEKDAY_NUMBERS.items() if not name.endswith("day")
}
