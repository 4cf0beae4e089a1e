"""The words that say yes or no to a yes/no question, in every way travelers say them.

A confirmation ("Remove 3 activities from day 6. Continue?") is answered with a word or two,
and each region has its own: "está bem" in Lisbon, "tá bom" in São Paulo, "dale" in Buenos
Aires, "órale" in Mexico City, "venga" in Madrid, "aye" in Glasgow, "haan ji" in Mumbai. A yes
we don't know reads as a new request and the question is lost, so the lists live here, one
place, by language and region, folded (no accents, lowercase) as core.choices compares them.
A reply made of several of these ("sí, dale", "não, deixa", "nah leave it") is read by
core.choices, which lets yes words follow yes words and no words follow no words.
"""

from __future__ import annotations

from core.text import fold


def _phrases(lines: str) -> frozenset[str]:
    """Phrases separated by '|', folded; line breaks are only layout."""
    folded = (fold(p).strip() for p in lines.replace("\n", "|").split("|"))
    return frozenset(p for p in folded if p)


_YES_EN = _phrases(
    """yes|y|yeah|yea|yep|yup|ya|ye|yeh|yh|yass|sure|sure thing|sure why not|why not|ok|okay|k|
    okey|oki|okie|okey dokey|alright|all right|aight|right|right on|correct|of course|for sure|
    absolutely|definitely|totally|affirmative|confirm|confirmed|go|go on|go ahead|go for it|
    go ahead and do it|do it|please do|yes please|lets do it|let s do it|lets go|let s go|
    sounds good|sounds great|sounds perfect|perfect|great|cool|fine|fine by me|that works|
    works for me|that s fine|thats fine|good|all good|lgtm|bet|you bet|hell yeah|yes yes|
    yep yep|sweet|deal|fair enough|makes sense|i guess|ok then|alright then|why not then"""
)
# Scotland, Ireland, the North of England ("aye"); India ("haan ji", "theek hai"); East
# Africa ("sawa"). Emoji are core.choices' own.
_YES_EN_REGIONS = _phrases(
    """aye|aye go on|haan|han|haa|ha|ji|ji haan|haan ji|theek hai|thik hai|bilkul|sawa|
    no problem|no worries|grand|lovely|brill|sorted"""
)
_YES_ES = _phrases(
    """si|sí|si si|sí claro|claro|claro que si|claro que sí|por supuesto|obvio|obvio que si|
    vale|vale vale|venga|venga va|va|dale|dale nomas|de una|listo|perfecto|genial|bueno|
    bueno si|esta bien|está bien|me parece bien|me parece|de acuerdo|adelante|hazlo|hazle|
    si hazlo|sí hazlo|puedes hacerlo|hagale|hágale|hagamosle|hagámosle|con gusto|confirmo|
    confirmado|confirmada|confirmamos|afirmativo|procede|sip|sep|exacto|eso|eso es|correcto|seguro|
    ok dale|
    bueno dale|sí porfa|si porfa|si por favor|va que va|ya|ya dale|sale|sale y vale|
    orale|órale|andale|ándale|simon|simón|manda ver|chido|chevere|chévere|bacano|de ley|
    hecho|trato hecho|por favor|porfa"""
)
_YES_PT = _phrases(
    """sim|sim sim|sim senhor|claro|claro que sim|com certeza|certo|certissimo|isso|isso ai|
    isso mesmo|exato|exatamente|exacto|pode|pode sim|pode ser|pode fazer|pode ir|pode seguir|
    pode mandar|pode tirar|pode apagar|pode mudar|pode trocar|pode mover|pode adicionar|
    pode colocar|pode limpar|pode reservar|pode confirmar|manda|manda ver|bora|bora la|
    bora lá|simbora|vamos|vamos la|vamos lá|vamo|vamo nessa|vamos nessa|segue|siga|fechou|
    fechado|combinado|beleza|blz|tudo bem|tudo certo|ta|tá|ta bom|tá bom|ta bem|tá bem|
    esta bem|está bem|ok ta|ok tá|positivo|confirmo|confirma|confirmado|confirmada|confirmamos|
    afirmativo|
    perfeito|otimo|ótimo|show|demorou|partiu|pois|pois sim|pois claro|fixe|boa|
    com certeza absoluta|pode crer|valeu|por favor|se faz favor"""
)
# Said to the bot now and then in other languages ("oui", "ja"): a yes all the same.
_YES_OTHER = _phrases("""oui|d'accord|bien sur|bien sûr|ja|jawohl|genau|klar""")

_NO_EN = _phrases(
    """no|n|nope|nah|nop|no no|not really|no way|no thanks|no thank you|not now|not yet|
    never mind|nevermind|nvm|forget it|forget that|cancel|abort|stop|wait|hold on|hold off|
    no wait|dont|don't|do not|dont do it|don t do it|no don t|negative|keep it|leave it|
    keep it as is|leave it as is|keep what i have|keep everything|leave everything|
    leave it be|let it be|skip it|skip|pass|i ll pass|ill pass|nah leave it|nah keep it|
    nah forget it|nah all good|all good thanks|no thats fine|no that s fine|its fine leave it|
    it s fine leave it|rather not|id rather not|i d rather not|better not"""
)
_NO_EN_REGIONS = _phrases("""nahi|nahin|na|nae|naw|nee""")
_NO_ES = _phrases(
    """no|no no|no gracias|mejor no|no mejor no|entonces no|entonces nada|nada|nada nada|
    olvidalo|olvídalo|olvida|olvida eso|dejalo|déjalo|deja|deja asi|deja así|dejalo asi|
    déjalo así|dejalo como esta|déjalo como está|dejemoslo asi|dejémoslo así|mejor dejalo|
    mejor dejalo asi|mejor lo dejamos|mejor lo dejamos asi|asi esta bien|así está bien|
    ya estaba|todavia no|todavía no|aun no|aún no|cancela|cancelar|cancelalo|no lo hagas|
    no quiero|no hace falta|no es necesario|para nada|ni loco|ni de broma|nel|nel pastel|
    negativo|nop|nones|que va|qué va|ni hablar|mejor otro dia"""
)
_NO_PT = _phrases(
    """nao|não|nao nao|não não|nao obrigado|não obrigado|nao obrigada|não obrigada|
    melhor nao|melhor não|entao nao|então não|ainda nao|ainda não|deixa|deixa estar|
    deixa ficar|deixa assim|deixa como esta|deixa como está|deixa quieto|deixa pra la|
    deixa pra lá|deixa para la|deixa para lá|fica assim|esquece|esquece isso|esqueça|
    nem pensar|de jeito nenhum|de jeito maneira|nao precisa|não precisa|nao quero|não quero|
    nao e preciso|não é preciso|nao e necessario|não é necessário|cancela|cancelar|negativo|
    nada|nada disso|nem vem"""
)
_NO_OTHER = _phrases("""non|nein|annuler|abbrechen""")

YES: frozenset[str] = _YES_EN | _YES_EN_REGIONS | _YES_ES | _YES_PT | _YES_OTHER
NO: frozenset[str] = _NO_EN | _NO_EN_REGIONS | _NO_ES | _NO_PT | _NO_OTHER
