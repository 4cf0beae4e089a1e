"""Push preferences said in chat: which kinds to get, quiet hours, "what am I subscribed to?".

English, Spanish and Portuguese phrasings are read on the message as written (before the
Spanish and Portuguese rewrites into the rules' grammar, which would turn "no quiero alertas"
into an edit). The change rides in `ParsedTurn.theme` as a small JSON object that
`change_of` reads back, so an open prompt could resume it like any other turn.
"""

from __future__ import annotations

import re
import unicodedata

from pydantic import BaseModel, ConfigDict, ValidationError

from core.intents.model import Intent, ParsedTurn

DEFAULT_QUIET_END = "08:00"
NIGHT = ("22:00", "08:00")


class PreferenceChange(BaseModel):
    """What a preference turn asks: None leaves a setting as it is."""

    model_config = ConfigDict(frozen=True)

    alerts: bool | None = None
    digests: bool | None = None
    quiet_start: str | None = None
    quiet_end: str | None = None
    clear_quiet: bool = False

    @property
    def is_query(self) -> bool:
        """Nothing to change: the traveler asks what they get."""
        return (
            self.alerts is None
            and self.digests is None
            and self.quiet_start is None
            and not self.clear_quiet
        )


_DIGESTS = r"(?:digests?|summar(?:y|ies)|newsletters?|resumen(?:es)?|resumos?)"
_ALERTS = r"(?:alerts?|alertas?|avisos?|warnings?)"
_MESSAGES = r"(?:messages?|notifications?|pushes|mensajes?|mensagens?|notificac(?:ion|ao)(?:es)?)"
_OFF = (
    r"(?:stop|pause|mute|disable|turn off|switch off|cancel|unsubscribe(?: me)? from|"
    r"no more|don ?t (?:send|want)|do not (?:send|want)|i don ?t want|no|without|"
    r"para(?:r)?|pausa(?:r)?|pause|deten|desactiva(?:r)?|desativa(?:r)?|apaga|silencia|"
    r"(?:ya )?no (?:me )?(?:mandes|envies|quiero)|sin|basta de|"
    r"nao (?:me )?(?:mande|envie|quero)|sem|chega de|pare(?: de)?|cancela(?:r)?)"
)
_ON = (
    r"(?:start|resume|turn on|switch on|enable|unmute|send me|i want|subscribe(?: me)? to|"
    r"activa(?:r)?|reanuda(?:r)?|vuelve a (?:mandar|enviar)(?:me)?|quiero|"
    r"ativa(?:r)?|retoma(?:r)?|volta a (?:mandar|enviar)(?:me)?|quero|manda(?:me)?)"
)
_FILLER = r"(?:\s+(?:the|my|all|sending|me|any|los|las|mis|me|os|as|meus|minhas|de|dos|das|"
_FILLER += r"do|da|el|la|o|a|sending me|todos|todas|safety|seguridad|seguranca|trend|daily|"
_FILLER += r"diarios|diarios|diarias|diarias))*"
_TAIL = r"(?:\s+(?:please|again|back on|back|por favor|de nuevo|otra vez|de novo|outra vez))*"
_ONLY = r"(?:only|just|solo|solamente|so|somente|apenas)"

_STATUS = re.compile(
    r"^(?:what (?:am i|are we) subscribed to|what (?:notifications|alerts|messages) "
    r"(?:do|will) i get|my (?:notification|push) (?:settings|preferences)|"
    r"(?:show )?(?:my )?notification (?:settings|preferences)|"
    r"a que (?:estoy|estamos) suscrit[oa]s?|(?:que|cuales) (?:notificaciones|alertas) recibo|"
    r"mis preferencias de (?:notificaciones|avisos)|"
    r"(?:a )?que (?:estou|estamos) (?:inscrit|assinad)[oa]s?|"
    r"(?:que|quais) (?:notificacoes|alertas) (?:eu )?recebo|"
    r"minhas preferencias de (?:notificacoes|avisos))$"
)
_KIND_OFF = re.compile(rf"^{_OFF}{_FILLER}\s+(?P<kind>{_DIGESTS}|{_ALERTS}){_TAIL}$")
_KIND_ON = re.compile(rf"^{_ON}{_FILLER}\s+(?P<kind>{_DIGESTS}|{_ALERTS}){_TAIL}$")
_KIND_ONLY = re.compile(
    rf"^(?:(?:i want|send me|quiero|quero) )?{_ONLY}{_FILLER}\s+(?P<kind>{_DIGESTS}|{_ALERTS})"
    rf"(?:\s+(?:de )?(?:safety|seguridad|seguranca))?{_TAIL}$"
)
_TURN = re.compile(
    rf"^(?:turn|switch)(?: the| my)? (?P<kind>{_DIGESTS}|{_ALERTS})(?: back)? (?P<state>on|off)$"
)
_CLOCK = r"(?P<h{n}>\d{{1,2}})(?:[:h.](?P<m{n}>\d{{2}}))?\s*(?P<ap{n}>am|pm|a\.m\.|p\.m\.|h)?"
_NOTHING = rf"(?:{_OFF}{_FILLER}\s+(?:{_MESSAGES}|{_ALERTS}|{_DIGESTS})|nothing|nada|quiet)"
_AFTER = re.compile(
    rf"^{_NOTHING}\s+(?:after|past|from|despues de|a partir de|depois d[ae]s?|desde)"
    rf"(?:\s+(?:las|la|as|a))?\s+{_CLOCK.format(n=1)}"
    rf"(?:\s+(?:to|until|till|-|hasta|ate|a)(?:\s+(?:las|la|as|a))?\s+{_CLOCK.format(n=2)})?$"
)
_BETWEEN = re.compile(
    rf"^(?:{_NOTHING}|quiet hours)\s+(?:between|from|entre|de)?\s*"
    rf"(?:las |as )?{_CLOCK.format(n=1)}\s+(?:and|to|-|y|e|a|hasta|ate)\s+"
    rf"(?:las |as )?{_CLOCK.format(n=2)}$"
)
_AT_NIGHT = re.compile(
    rf"^{_NOTHING}\s+(?:at night|overnight|de noche|por la noche|en la noche|a noite|de noite|"
    rf"durante a noite)$"
)
_ANY_TIME = re.compile(
    r"^(?:no quiet hours|turn off quiet hours|remove (?:the |my )?quiet hours|"
    r"(?:send|message) me(?: messages)? (?:at )?any ?time|"
    r"sin horas? de silencio|quita (?:las )?horas de silencio|mandame a cualquier hora|"
    r"sem horas? de silencio|tira (?:as )?horas de silencio|manda(?:-me)? a qualquer hora)$"
)


def _clock(match: re.Match[str], n: int) -> str | None:
    hour_text = match.group(f"h{n}")
    if hour_text is None:
        return None
    hour, minute = int(hour_text), int(match.group(f"m{n}") or 0)
    meridiem = (match.group(f"ap{n}") or "").replace(".", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _plain(text: str) -> str:
    """Lowercase, accents off, punctuation but clock colons off: 'Só às 22:00!' → 'so as 22:00'."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[?!,;¿¡'’\"]|\.(?!\d)", " ", bare).split())


def _kind(word: str) -> str:
    return "digests" if re.fullmatch(_DIGESTS, word) else "alerts"


def read_change(text: str) -> PreferenceChange | None:
    """The preference change a message asks for, or None when it is about something else."""
    body = _plain(text)
    if not body:
        return None
    if _STATUS.match(body):
        return PreferenceChange()
    if _ANY_TIME.match(body):
        return PreferenceChange(clear_quiet=True)
    if match := _KIND_ONLY.match(body):
        alerts = _kind(match.group("kind")) == "alerts"
        return PreferenceChange(alerts=alerts, digests=not alerts)
    for pattern in (_BETWEEN, _AFTER):
        if (match := pattern.match(body)) is not None:
            start = _clock(match, 1)
            if start is None:
                return None
            return PreferenceChange(
                quiet_start=start, quiet_end=_clock(match, 2) or DEFAULT_QUIET_END
            )
    if _AT_NIGHT.match(body):
        return PreferenceChange(quiet_start=NIGHT[0], quiet_end=NIGHT[1])
    if match := _TURN.match(body):
        return PreferenceChange(**{_kind(match.group("kind")): match.group("state") == "on"})
    if match := _KIND_OFF.match(body):
        return PreferenceChange(**{_kind(match.group("kind")): False})
    if match := _KIND_ON.match(body):
        return PreferenceChange(**{_kind(match.group("kind")): True})
    return None


_SPANISH_WORDS = frozenset(
    "resumen resumenes mensajes mensaje quiero sin solo solamente noche suscrito suscrita "
    "recibo notificaciones despues las mandes envies pausa activa reanuda seguridad estoy "
    "cualquier hora".split()
)
_PORTUGUESE_WORDS = frozenset(
    "resumo resumos mensagens mensagem quero sem so somente apenas noite inscrito assinado "
    "recebo notificacoes depois das mande envie pare ativa retoma seguranca estou qualquer "
    "quais".split()
)

_ENGLISH_WORDS = frozenset(
    "messages message after only just stop the digests digest alerts alert subscribed what am "
    "send any time quiet hours safety pause resume turn back on off my summaries nothing "
    "between notifications want don".split()
)


def language_of(text: str) -> str | None:
    """The language a preference message is in, by its own words; None when they don't tell.

    Short messages ("só alertas") fool general language detectors.
    """
    words = set(_plain(text).split())
    counts = {
        "en": len(words & _ENGLISH_WORDS),
        "es": len(words & _SPANISH_WORDS),
        "pt": len(words & _PORTUGUESE_WORDS),
    }
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    if ranked[0][1] == 0 or ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def push_preference_turn(text: str) -> ParsedTurn | None:
    """A PUSH_PREFERENCES turn carrying the change, or None when the text asks something else."""
    change = read_change(text)
    if change is None:
        return None
    return ParsedTurn(intent=Intent.PUSH_PREFERENCES, theme=change.model_dump_json())


def change_of(turn: ParsedTurn) -> PreferenceChange:
    """The change a PUSH_PREFERENCES turn carries (a query when it carries none readable)."""
    try:
        return PreferenceChange.model_validate_json(turn.theme or "{}")
    except ValidationError:
        return PreferenceChange()
