"""Portuguese ways of reshaping the trip's days, in the phrasing the trip rules read.

Run first among the Portuguese rules (core.intents.portuguese). A length said as a target
("aumenta a viagem pra 6 dias", "encurta a viagem pra 3 dias") is the trip's new length; two
days' plans traded ("trocar o programa de segunda pelo de quarta", "faz o dia 2 virar o dia 1")
are a swap; a plan suggested for one day ("sugere um roteiro pro dia 4") plans that day; and
"ctrl+z" beside the words of an undo ("ctrl+z kkk desfaz a última") says nothing more.
Patterns are accent-free (core.intents.lexicon.loose).
"""

from __future__ import annotations

from core.intents.lexicon import Replacement

_N = r"(?P<n>\d{1,2}|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez)"
_DAY = r"(?:dia\s+\d{1,2}|segunda|terca|quarta|quinta|sexta|sabado|domingo)"

DAY_PAIRS: list[tuple[str, Replacement]] = [
    # "aumenta a viagem pra 6 dias", "estica a viagem para 5 dias": the new length.
    (
        r"\b(?:aumenta\w*|estic\w*|ampli\w*|prolong\w*|diminu\w*|reduz\w*|encurt\w*|deix[ae])\s+"
        rf"(?:(?:a|o)\s+)?(?:(?:nossa|minha)\s+)?viagem\s+(?:pra|para|pro)\s+(?:so\s+)?{_N}\s+dias\b",
        r"extend the trip to \g<n> dias",
    ),
    # "trocar o programa de segunda-feira pelo de quarta-feira": the two days traded.
    (
        r"\b(?:troca\w*|troque|inverte\w*|permuta\w*)\s+(?:o|os|a|as)\s+(?:programa\w*|planos?|"
        rf"roteiros?|passeios?|atividades?)\s+(?:de|da|do)\s+(?P<a>{_DAY})(?:-feira)?\s+(?:pelo|pela|"
        rf"com\s+o|com\s+a|com)\s+(?:de|da|do)\s+(?P<b>{_DAY})(?:-feira)?\b",
        r"troca \g<a> com \g<b>",
    ),
    # "faz o dia 2 virar o dia 1 e o 1 virar o 2": the two days traded.
    (
        r"\b(?:faz|faca|deixa)\s+o\s+dia\s+(?P<a>\d{1,2})\s+(?:virar|ser|passar\s+a\s+ser)\s+o\s+"
        r"(?:dia\s+)?(?P<b>\d{1,2})\b(?:\s+e\s+o\s+(?:dia\s+)?\d{1,2}\s+(?:virar|ser)\s+o\s+"
        r"(?:dia\s+)?\d{1,2}\b)?",
        r"troca o dia \g<a> com o dia \g<b>",
    ),
    # "sugere um roteiro pro dia 4", "monta-me um programa pra sexta": that day planned.
    (
        r"\b(?:sugere|sugira|monta|monte|faz|faca|cria|crie|arma|organiza)(?:-me|-nos)?\s+"
        r"(?:um|uma)\s+(?:roteiro|programa|plano|programacao)\s+(?:pro|para\s+o|pra|no|na|para)\s+"
        rf"(?={_DAY}\b)",
        "plan ",
    ),
    # "ctrl+z kkk desfaz a última": the key said beside the words says nothing more.
    (r"\bctrl\s*[+-]?\s*z\b(?:\s+(?:kkk+|rs+|haha\w*|lol))?[\s,.!]*(?=\S)", ""),
]
