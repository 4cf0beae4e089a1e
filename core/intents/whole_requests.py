"""Everyday words for requests about the whole trip: see it, have it planned, meet a local.

Read on the message as typed (normalized, openers off), folded, before the rules
(core.intents.parse), because the es/pt rewrites make their verbs edits ("pasame" → "move",
"monta" → "show", "queria falar com" → "add"):
- the whole plan asked for with a verb of sending or handing over: "pasame el itinerario
  completo porfa", "mandame el plan", "manda aí o roteiro", "me envia o plano inteiro",
  "send me the plan", "gimme the full itinerary" → SHOW;
- the trip handed over to be planned: a verb of building with the whole trip as its object
  ("monta tudo pra mim", "ármame el viaje", "hazme el plan", "just build me something"), or
  only delegation and blank-trip remarks ("surprise me", "idk, you pick", "nao tenho nada
  planejado ainda, sei la, escolhe tu") → PLAN;
- a person who knows the place, asked to talk to ("queria falar com alguém local que conheça
  as igrejas antigas", "quiero hablar con alguien de allá que sepa de iglesias", "can i talk to
  someone who knows the old churches") → EXPERT, with what they should know.
"""

from __future__ import annotations

import re

from core.intents.model import Intent, ParsedTurn, Topic
from core.text import fold

_PLEASE = (
    r"(?:\s+(?:please|pls|plz|porfa|porfavor|por\s+favor|plis|xfa|pf|pfv|pfvr|ai|la|again|"
    r"de\s+novo|otra\s+vez|de\s+nuevo|ya|now|agora|ahora|rapidinho|rapidito))*"
)
_CAN_YOU = (
    r"(?:(?:can|could|would)\s+(?:you|u)\s+|(?:me\s+)?(?:puedes|podes|podrias|pode|podia|"
    r"consegue|da\s+pra)\s+|(?:tu|vc|voce)\s+)?"
)
_HAND_OVER = (
    r"(?:send|share|give|gimme|pass|forward|email|text|show)\s+(?:me\s+|us\s+)?(?:over\s+)?"
    r"|(?:mandame|mandanos|mandame|manda(?:me)?|pasame|pasanos|pasa(?:me)?|enviame|envianos|"
    r"envia(?:me)?|comparteme|comparte|dame|damelo|muestrame|ensename|compartilha|"
    r"me\s+(?:manda|passa|envia|mostra|da|mande|passe|envie|mostre|compartilha)|"
    r"manda|passa|envia|mostra|mande|passe|envie|mostre)\s+(?:ai\s+|aqui\s+|pra\s+mim\s+|"
    r"para\s+mi\s+|pra\s+gente\s+)?"
)
_WHOLE = r"(?:(?:the|el|o|my|our|mi|nuestro|meu|nosso|todo\s+el|todo\s+o|a|la)\s+)?"
_FULL = r"(?:(?:whole|full|entire|complete|completo|final)\s+)?"
_TRIP = r"(?:trip|itinerary|plan|schedule|itinerario|viaje|roteiro|viagem|plano|programa|agenda)"
_ALL = r"(?:\s+(?:completo|completa|entero|entera|todo|toda|inteiro|inteira|whole|again|so\s+far))?"
_SHOW = re.compile(rf"^{_CAN_YOU}(?:{_HAND_OVER}){_WHOLE}{_FULL}{_TRIP}{_ALL}{_PLEASE}$")
# The trip put in the traveler's calendar: "se puede pasar el itinerario a mi google calendar?",
# "can i get this into my calendar", "dá pra colocar o roteiro na minha agenda?": an export.
_TO_CALENDAR = re.compile(
    r"\b(?:a|al|en|no|na|para|pra|pro|to|into|in|onto)\s+(?:(?:(?:mi|my|meu|minha|o|el|la|a|the)\s+)?"
    r"(?:google\s+|apple\s+|outlook\s+|i)?(?:calendar|calendario|gcal)|(?:mi|my|meu|minha)\s+agenda)\b"
)

_BUILD = (
    r"(?:monta|montar|monte|montame|arma|armame|armanos|armar|hazme|haceme|haznos|hace|haz|"
    r"organiza(?:me)?|organizame|planea(?:me)?|planifica(?:me)?|planeja|bola|cria|faz|"
    r"build|make|put\s+together|sort\s+out|plan|set\s+up|throw\s+together)"
)
_FOR_ME = r"(?:me\s+|us\s+|nos\s+|pra\s+mim\s+|para\s+mi\s+)?"
_EVERYTHING = (
    r"(?:todo|tudo|everything|it\s+all|the\s+whole\s+thing|all\s+of\s+it|something|algo|"
    r"alguma\s+coisa|(?:el|un|o|um|a|the|mi|meu|my|our|nuestro|nosso)\s+"
    r"(?:plan|plano|roteiro|itinerario|itinerary|viaje|viagem|trip|programa))\b"
)
_BUILD_IT = re.compile(
    rf"(?:^|\b(?:just|so|then|entao|pues|entonces|e|y)\s+|^){_BUILD}\s+"
    rf"{_FOR_ME}{_EVERYTHING}(?!\s+(?:for|para|pra|do|del|de)\s+(?:day|dia)\b)"
)
_DELEGATE = re.compile(
    r"^(?:surprise\s+(?:me|us)|you\s+(?:pick|choose|decide)|up\s+to\s+you|dealer\s*s\s+choice|"
    r"whatever\s+you\s+(?:think|want|like)|your\s+call|sorprendeme|sorprendenos|"
    r"(?:elige|escoge|decide|elegi|escogé|decidi)\s+(?:tu|vos)|(?:tu|vos)\s+(?:elige|escoge|"
    r"decide|elegi|decidi|eliges|escoges|decides)|lo\s+que\s+(?:tu\s+)?quieras|como\s+quieras|"
    r"me\s+surpreend[ae]|surpreend[ae]-?me|(?:escolhe|escolha|decide|decida)\s+(?:tu|voce|vc)|"
    r"(?:tu|voce|vc)\s+(?:escolhe|escolhes|decide|decides)|fica\s+a\s+(?:teu|seu)\s+criterio|"
    r"o\s+que\s+(?:tu|voce|vc)\s+quiser)$"
)
_BLANK = re.compile(
    r"^(?:(?:i|we)\s+(?:have|ve|havent|haven\s+t|have\s+not|dont|don\s+t)\s+(?:got\s+)?"
    r"(?:nothing|anything)\s+planned|nothing\s+planned|"
    r"(?:no\s+)?(?:tengo|tenemos)\s+nada(?:\s+(?:planeado|planificado|armado|pensado))?|"
    r"(?:nao|n)\s+(?:tenho|temos)\s+nada(?:\s+(?:planejado|programado|pensado))?)"
    r"(?:\s+(?:yet|todavia|aun|ainda|still))?$"
)
_SHRUG = re.compile(
    r"^(?:idk|i\s+dunno|dunno|i\s+don\s*t\s+know|no\s+se|no\s+sé|ni\s+idea|sei\s+la|sla|"
    r"nao\s+sei|whatever|sei\s+nao|tanto\s+faz|me\s+da\s+igual|da\s+igual|anything|lo\s+que\s+sea|"
    r"qualquer\s+coisa|please|pls|porfa|pf|ok|so)$"
)

_TALK = (
    r"\b(?:talk|speak|chat|hablar|habla|platicar|charlar|conversar|falar|fala|conversa|"
    r"bater\s+um\s+papo|trocar\s+uma\s+ideia|get\s+in\s+touch|be\s+in\s+touch)\s+(?:to|with|con|com)\s+"
)
_PERSON = (
    r"(?:someone|somebody|anyone|anybody|(?:a|some)\s+locals?|locals|a\s+(?:real\s+)?person|"
    r"a\s+human|an?\s+(?:local\s+)?(?:guide|expert|insider)|alguien|alguem|"
    r"(?:un|una|algun|alguna)\s+(?:guia|experto|experta|local|lugareno|nativo|persona|humano)|"
    r"gente\s+(?:local|de\s+alla|de\s+aqui)|(?:um|uma|algum|alguma)\s+(?:guia|especialista|local|"
    r"morador|nativo|pessoa)|gente\s+(?:local|de\s+la|daqui))\b"
)
_EXPERT = re.compile(_TALK + _PERSON)
_TOPIC = re.compile(
    r"\b(?:que|who|that)\s+(?:conheca|conozca|sepa|saiba|entienda|entenda|knows|know|"
    r"understands)(?:\s+(?:de|sobre|about|bem|mucho|muito|a\s+lot\s+about|well))*\s+(?P<a>.+)$"
    r"|\b(?:about|sobre|acerca\s+de)\s+(?P<b>.+)$"
)
_ARTICLE = re.compile(r"^(?:the|el|la|los|las|o|a|os|as)\s+")
_SAYS_WHEN = re.compile(r"\d|\b(?:days?|dias?|weeks?|semanas?|weekend|finde|fim\s+de\s+semana)\b")
_CLAUSES = re.compile(r"\s*[,;.!?]+\s*")


def whole_request(text: str) -> ParsedTurn | None:
    """The whole-trip request a message makes in everyday words, or None.

    Args:
        text: The message, normalized and without its openers (core.intents.openers).
    """
    folded = fold(text)
    if not folded:
        return None
    if _SHOW.match(folded):
        return ParsedTurn(intent=Intent.SHOW)
    if _TO_CALENDAR.search(folded):
        return ParsedTurn(intent=Intent.INFO, topic=Topic.EXPORT)
    if (expert := _EXPERT.search(folded)) is not None:
        rest = folded[expert.end() :]
        topic = _TOPIC.search(rest)
        said = (topic.group("a") or topic.group("b")) if topic else None
        query = _ARTICLE.sub("", said).strip() if said else None
        return ParsedTurn(intent=Intent.EXPERT, query=query or None, question=text)
    if _SAYS_WHEN.search(folded):
        return None  # "monta um roteiro pros 2 dias": the rules read the days and the kinds
    clauses = [c for c in _CLAUSES.split(text) if c.strip()]
    if any(_BUILD_IT.search(fold(c)) for c in clauses):
        return ParsedTurn(intent=Intent.PLAN)
    kinds = [_kind(fold(c)) for c in clauses]
    if "delegate" in kinds and all(kinds):
        return ParsedTurn(intent=Intent.PLAN)  # "idk, surprise me", "sei la, escolhe tu"
    return None


def _kind(clause: str) -> str | None:
    if _DELEGATE.match(clause):
        return "delegate"
    if _BLANK.match(clause) or _SHRUG.match(clause):
        return "remark"
    return None
