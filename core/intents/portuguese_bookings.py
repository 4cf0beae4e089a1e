"""Portuguese bookings said as people chat, in the shape the booking rules read.

Run among core.intents.portuguese_changes' rules, first of all the Portuguese rules. A booking
is said as wanting a table at a place ("kota quer mesa no X, pra 7", "arranja-me uma mesa na
Y"), as booking a meal there ("marca o jantar no X pra 6 pessoas"), as wanting a reservation
("quero uma reserva na X"), with the party before the place ("reserva mesa pra 5 na Y",
"reserva pra nós dois no X") or as "nós dois"; and cancelled ("anula a reserva"). Each becomes
"reservar uma mesa no X …", which the word rules make "book a table at X"; the party is
read by core.intents.party. Patterns are accent-free (core.intents.lexicon.loose).
"""

from __future__ import annotations

from core.intents.lexicon import Counting, Replacement

_COUNTING = Counting("pt", {})

BOOKING_PAIRS: list[tuple[str, Replacement]] = [
    # "reserva no X pra 4": the place said with its preposition.
    (
        r"(?<!\buma\s)(?<!\ba\s)(?<!\bminha\s)(?<!\bsua\s)(?<!\bfazer\s)(?<!\bfaz\s)(?<!\bfaca\s)"
        r"\b(?:reserva|reservar|reserve)\s+"
        r"(?=(?:no|na|em)\s+(?!(?:dia|segunda|terca|quarta|"
        r"quinta|sexta|sabado|domingo|ultimo|primeiro|proxim|mesmo)\b))",
        "reservar uma mesa ",
    ),
    # "reserva mesa pra 5 na Y", "reserva pra nós dois no X": the party before the place.
    (
        r"\b(?:reserva|reservar|reserve|marca|marcar|marque)\s+(?:uma\s+)?(?:mesa\s+)?"
        r"(?P<party>(?:pra|para)\s+(?:nos\s+|a\s+gente\s+)?\S+(?:\s+pessoas)?)\s+(?P<p>no|na|em)\s+"
        r"(?!(?:dia|segunda|terca|quarta|quinta|sexta|sabado|domingo|ultimo|primeiro|proxim|mesmo)\b)"
        r"(?P<rest>.+)$",
        lambda m: f"reservar uma mesa {m.group('p')} {m.group('rest')} {m.group('party')}",
    ),
    # "pra nós dois", "para a gente três": a count of people, not a place's words.
    (
        r"\b(?:pra|para)\s+(?:nos|a\s+gente)\s+(?:os\s+|as\s+)?(?P<n>dois|duas|tres|quatro|cinco|seis|"
        r"sete|oito|\d{1,2})\b(?!\s*(?:h\b|:|horas|dias))",
        lambda m: f"for {_COUNTING.count(m.group('n'))} people",
    ),
    # "quero uma reserva na X", "reserva mesa pra 5 na Y": a table booked at a place.
    (
        r"\b(?:quero|queria|queremos|queriamos|preciso\s+de|precisamos\s+de|gostaria\s+de)\s+"
        r"(?:fazer\s+)?(?:uma\s+)?reserva\s+(?P<p>no|na|em|pro|pra)\b",
        r"reservar uma mesa \g<p>",
    ),
    # A table wanted at a place: "quer mesa no X", "arranja uma mesa na Y", "queria mesa pro Z".
    (
        r"\b(?:quer|quero|queremos|queria|queriamos|preciso\s+de|precisamos\s+de|arranja\w*|"
        r"arruma\w*|consegue\w*|can\s+you|garant\w*|segur\w*|guard\w*|separ\w*)(?:-(?:me|nos))?\s+"
        r"(?:uma\s+)?mesa\s+(?P<p>no|na|em|pro|pra)\b",
        r"reservar uma mesa \g<p>",
    ),
    # "reserva o jantar no X", "marca o almoço na Y pra 6 pessoas": booking that meal there.
    (
        r"\b(?:reserva|reservar|reserve|marca|marcar|marque|agenda|agendar)\s+(?:o|um|a|uma)\s+"
        r"(?:jantar|janta|almoco|pequeno[- ]almoco|cafe\s+da\s+manha|brunch)\s+(?P<p>no|na|em)\s+"
        r"(?!(?:dia|segunda|terca|quarta|quinta|sexta|sabado|domingo|ultimo|primeiro|proxim|"
        r"mesmo)\b)(?=\S+(?:\s+\S+)*?\s+(?:pra|para|p/)\s+(?:nos\s+)?(?:\d|dois|duas|tres|quatro|"
        r"cinco|seis|sete|oito|nove|dez)|.*\b(?:somos|pessoas|people|reserva)\b)",
        r"reservar uma mesa \g<p> ",
    ),
    # "dá pra fazer reserva do jantar no X?": the meal's reservation, at that place.
    (
        r"\b(?:(?:fazer|faz|faca)\s+(?:uma\s+)?)?reserva\s+(?:do|pro|para\s+o)\s+"
        r"(?:jantar|janta|almoco|pequeno[- ]almoco|"
        r"cafe\s+da\s+manha|brunch)\s+(?P<p>no|na|em)\s+"
        r"(?!(?:dia|segunda|terca|quarta|quinta|sexta|sabado|domingo|ultimo|primeiro|proxim|"
        r"mesmo)\b)",
        r"reservar uma mesa \g<p> ",
    ),
    # "marca pra gente a X, 6 pessoas", "marca o X pra 2": marking a place for a party books it.
    (
        r"\b(?:marca|marcar|marque)\s+(?:(?:pra|para)\s+(?:a\s+gente|nos|mim)\s+)?(?:o|a)\s+"
        r"(?!(?:dia|jantar|janta|almoco|hora|horario|reserva)\b)"
        r"(?=.*\b(?:(?:\d{1,2}|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez)\s+pessoas|"
        r"somos(?:\s+em)?\s+\w+)\b"
        # "marca o X pra 2, é lua de mel": a count said alone after the place is the party
        r"|[^,.!?]*\b(?:pra|para)\s+(?:\d{1,2}|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez)"
        r"\s*(?:$|[,.!?]))",
        "reservar uma mesa no ",
    ),
    # "…, 6 pessoas, às 21h": the party and the time said apart belong to the booking.
    (
        r"^(?P<pre>(?=.*\b(?:reserv\w*|mesa|book)\b).*?\w)\s*,\s*"
        r"(?P<n>\d{1,2}|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez)\s+"
        r"pessoas\b(?:\s*,\s*(?=(?:as|a|pras|para\s+as)\s+\d))?",
        lambda m: f"{m.group('pre')} for {_COUNTING.count(m.group('n'))} people ",
    ),
    (
        r"\b(?:anula|anular|desmarca|desmarcar)\s+(?:a|minha|essa|esta|nossa)\s+reserva\b",
        "cancel my booking",
    ),
]
