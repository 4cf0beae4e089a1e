"""Which language a reply is written in, decided without depending on exact wording.

Each line (then each sentence) of a reply is first matched against every template of the
message catalog, `{placeholders}` as wildcards: a line that only fits templates of one language
is in that language. Lines no template fits are scored by function words that belong to one
language only. Place names, city names, the trip's own item titles and text the traveler typed
(quoted back) are removed before scoring, so "Sushi Zen" or "Lunch" in a Spanish answer is not
English, while "Day 2", "Select one" or "Remove" is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bench.understanding_corpus.places import fold

LANGUAGES = ("en", "es", "pt")

# Words that occur in one language of the three only (folded: no accents, lowercase).
_EN = frozenset(
    """the and you your is are was were to of on for with what which this that these those there
    here it its i i'm i've i'll can could would should will please day days select choose remove
    removed add added move moved found near trip yes cancel from at by be been have not or if in
    all any more about open now closed hours people person tickets table request booking only yet
    let how when why who where an does did into than then just up out after before today tomorrow
    tonight morning evening afternoon replace replaced undo undid booked sent pending review
    nothing something anything try again sorry sure okay done keep kept left change changed
    swap swapped weather cost share export calendar guide expert experts thanks welcome
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december next first second last one two three here's
    place places restaurant restaurants spot spots beach beaches temple temples museum museums
    park parks shop shops food things breakfast lunch dinner
    it's there's don't can't couldn't isn't won't you're we we'll our my should""".split()
)
_ES = frozenset(
    """el la los las y del en una un esta hay tus que con dia dias al lo se es por para de no si
    mas muy elige agregue quite viaje lugar lugares cerca puedo quieres ya te le esto este eso ese
    son pero como tambien aqui hoy manana noche uno dos opcion cancelar hora horas abierto
    cerrado nada todo todavia ningun ninguna sin sobre entre cuando donde cual cuales ejemplo
    puedes listo gracias hola mueve movi cambie reemplace deshice reserva solicitud usted ustedes
    tienes tiene fue sera estos estas otro otra quieras dime claro ningun algo nuevo nueva
    primero segundo tercero ultimo lunes martes miercoles jueves viernes sabado domingo enero
    febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre personas
    persona desayuno almuerzo cena""".split()
)
_PT = frozenset(
    """os as e do da dos das no na nas em um uma se e esta ha tem voce seu sua seus suas nao
    sim com dia dias ao aos para por de que mais muito escolha adicionei removi viagem lugar
    lugares perto posso quer ja te isso este esta esse essa sao mas como tambem aqui hoje amanha
    noite opcao cancelar hora horas aberto fechado nada tudo ainda nenhum nenhuma sem sobre entre
    quando onde qual quais exemplo pode obrigado obrigada ola movi mudei troquei desfiz
    reserva voces foi sera estes estas outro outra claro algo novo nova primeiro
    segundo terceiro ultimo terca quarta sexta sabado domingo janeiro fevereiro
    marco abril maio junho julho agosto setembro outubro novembro dezembro pessoas pessoa
    ingressos jantar almoco""".split()
)
ONLY: dict[str, frozenset[str]] = {
    "en": _EN - _ES - _PT,
    "es": _ES - _PT - _EN,
    "pt": _PT - _ES - _EN,
}
# Letters that give a language away before accents are folded.
_HINTS = {"es": "ñ¿¡", "pt": "ãõç"}
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# Placeholders that hold trip or place data (names, titles, times), not words the bot chose.
_DATA_PLACEHOLDERS = frozenset(
    "name old new title items city destination place names market summary ref expert where "
    "where_short at time hours rating address count day days reply old_city old_days".split()
)
_WORD = re.compile(r"(?<![\w-])[a-z']+(?![\w-])")
_QUOTED = re.compile(r"'([^']{2,80})'|\"([^\"]{2,80})\"|«([^»]{2,80})»|“([^”]{2,80})”")
_SENTENCE = re.compile(r"(?<=[.!?:])\s+|\s+[•·|]\s+")


_URL = re.compile(r"https?://\S+")


def _letters(text: str) -> int:
    return len(re.findall(r"[^\W\d_]", text))


def _template_regex(template: str) -> tuple[re.Pattern[str], int] | None:
    """A full-line regex for one template line and its count of fixed letters (None if < 4)."""
    fixed = _letters(_PLACEHOLDER.sub(" ", template))
    if fixed < 4:
        return None
    parts = _PLACEHOLDER.split(fold(template))
    names = [m.group(0)[1:-1].split(":")[0].split(".")[0] for m in _PLACEHOLDER.finditer(template)]
    body = re.escape(parts[0])
    for number, (name, part) in enumerate(zip(names, parts[1:], strict=True)):
        # Group names keep the placeholder's name: a {meal} or {what} is words the bot chose.
        clean = re.sub(r"\W", "", name) or "x"
        body += f"(?P<g{number}_{clean}>.+?)" + re.escape(part)
    return re.compile(r"^\W*" + body + r"\W*$"), fixed


@dataclass(frozen=True)
class LineVerdict:
    """What one line was judged to be."""

    line: str
    languages: frozenset[str]  # empty: could not tell; several: any of them
    how: str  # "template", "words", ...

    @staticmethod
    def of(line: str, language: str | None, how: str) -> LineVerdict:
        """A verdict for one language (or none)."""
        return LineVerdict(line, frozenset({language} if language else ()), how)


class LanguageJudge:
    """Judges replies against the message catalog and the function-word lists."""

    def __init__(self, catalog: dict[str, dict[str, str]], names: Iterable[str]) -> None:
        self._templates: dict[str, list[tuple[re.Pattern[str], int]]] = {}
        for language in LANGUAGES:
            compiled = []
            for template in catalog.get(language, {}).values():
                for line in template.split("\n"):
                    found = _template_regex(line)
                    if found is not None:
                        compiled.append(found)
            self._templates[language] = compiled
        self._names = sorted({fold(n) for n in names if n.strip()}, key=len, reverse=True)

    def _template_matches(self, folded: str) -> dict[str, dict[str, str]]:
        """Languages whose templates fit the whole line, with what the placeholders held.

        A template must supply at least a third of the line's letters: "{slot} on day {day}"
        fits almost anything and proves nothing.
        """
        letters = max(_letters(folded), 1)
        found: dict[str, dict[str, str]] = {}
        for language, patterns in self._templates.items():
            best = 0  # the template that explains most of the line wins
            for pattern, fixed in patterns:
                match = pattern.match(folded) if fixed > best else None
                if match and fixed / letters >= 0.35:
                    found[language] = {k: v for k, v in match.groupdict().items() if v}
                    best = fixed
        return found

    def _strip(self, folded: str, extra: Iterable[str], typed: list[str]) -> str:
        def unquote(match: re.Match[str]) -> str:
            inner = next(group for group in match.groups() if group is not None)
            # Only text the traveler typed is theirs to echo; a quoted example is ours.
            return " " if any(inner.strip() in said for said in typed) else match.group(0)

        # A link is in no language ("…/share/8hhe7irq…/trip.ics").
        text = _URL.sub(" ", _QUOTED.sub(unquote, folded))
        # Longest first across both lists: a demo address holds the trip's city ("Holyrood
        # Park, Edinburgh EH8 8AZ"), and stripping the city first would leave "park" behind.
        names = {fold(e) for e in extra if e.strip()} | set(self._names)
        for name in sorted(names, key=len, reverse=True):
            if name and name in text:
                text = re.sub(r"(?<!\w)" + re.escape(name) + r"(?!\w)", " ", text)
        return text

    def _by_words(self, raw: str, stripped: str, *, strict: bool = False) -> str | None:
        """The language the words give away, or None. `strict`: one telling word is enough
        when nothing speaks for another language (for short fragments)."""
        words = _WORD.findall(stripped)
        scores = {lang: sum(w in ONLY[lang] for w in words) for lang in LANGUAGES}
        # Accents count only in words that are still there once names are stripped ("São
        # Bento Station" in an English line is a name, not Portuguese).
        kept = set(words)
        accented = [w for w in re.findall(r"\w+", raw) if fold(w) in kept]
        for lang, letters in _HINTS.items():
            scores[lang] += sum(
                sum(word.count(ch) for word in accented) if ch.isalpha() else raw.count(ch)
                for ch in letters
            )
        best = max(scores, key=lambda lang: scores[lang])
        top = scores[best]
        if top == 0 or list(scores.values()).count(top) > 1:
            return None
        others = max(v for k, v in scores.items() if k != best)
        if top >= 2 or (others == 0 and (strict or len(words) <= 4)):
            return best
        return None

    def _judge_piece(self, raw: str, extra: Iterable[str], typed: list[str]) -> list[LineVerdict]:
        folded = fold(raw)
        stripped = self._strip(folded, extra, typed)
        if not _WORD.search(stripped):
            return []  # only names, titles or the traveler's own words
        found = self._template_matches(folded)
        if found:  # several languages may share a sentence ("No"): any of them will do
            verdicts = [LineVerdict(raw, frozenset(found), "template")]
            # What a placeholder held is still part of the reply: "sushi places" in a Spanish
            # sentence is English.
            for group, part in (item for held in found.values() for item in held.items()):
                if any(part.strip(" '\"«»") in said for said in typed):
                    continue  # the traveler's own words, echoed
                # Trip item titles ("Lunch") are data in a {name}, but in a {meal} they are
                # words the bot chose.
                titles = extra if group.split("_", 1)[1] in _DATA_PLACEHOLDERS else ()
                inner = self._by_words(part, self._strip(part, titles, typed), strict=True)
                if inner is not None and inner not in found:
                    verdicts.append(LineVerdict.of(part, inner, "inside a template"))
            return verdicts
        return [LineVerdict.of(raw, self._by_words(raw, stripped), "words")]

    def judge_line(self, raw: str, extra: Iterable[str], typed: list[str]) -> list[LineVerdict]:
        """Verdicts for one reply line: the whole line by template, else sentence by sentence."""
        verdicts = self._judge_piece(raw, extra, typed)
        if verdicts and verdicts[0].how != "template":
            verdicts = []
            for piece in (p for p in _SENTENCE.split(raw) if p.strip()):
                verdicts += self._judge_piece(piece, extra, typed)
        # Quoted text that the traveler did not type is ours (an example): judge it too.
        for match in _QUOTED.finditer(fold(raw)):
            inner = next(group for group in match.groups() if group is not None)
            if not any(inner.strip() in said for said in typed):
                language = self._by_words(inner, self._strip(inner, extra, typed), strict=True)
                verdicts.append(LineVerdict.of(inner, language, "quoted example"))
        return verdicts

    def problem(
        self, texts: Iterable[str], expected: str, extra: Iterable[str], typed: list[str]
    ) -> str | None:
        """None when the texts read as `expected`, else what gave another language away."""
        extra = list(extra)
        typed_folded = [fold(t) for t in typed]
        seen_expected = False
        words = 0
        for text in texts:
            for line in text.split("\n"):
                words += len(_WORD.findall(self._strip(fold(line), extra, typed_folded)))
                for verdict in self.judge_line(line, extra, typed_folded):
                    if not verdict.languages:
                        continue
                    if expected not in verdict.languages:
                        found = "/".join(sorted(verdict.languages))
                        return f"{found} line ({verdict.how}): {verdict.line.strip()!r}"
                    seen_expected = seen_expected or len(verdict.languages) == 1
        if not seen_expected and words >= 6:
            # Several words, none of them telling: English that slipped past the word lists
            # would look exactly like this, so it is not taken as a pass.
            return f"no line reads as {expected}"
        return None
