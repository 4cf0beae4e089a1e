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
    no problem|no worries|grand|lovely|brill|sorted|
    sweet as|too easy|yeah yeah|righto|rightio|right o|spot on|go on then|defo|deffo|
    fo sho|for sho|fosho|say less|yessir|yes sir|yes maam|roger|roger that|copy that|
    heck yes|heck yeah|hell yes|ya man|ya mon|yah man|yah mon|yeah man|yes man|sure sure|
    ok lah|okay lah|ok lor|sure lah|can lah|can can|no wahala|oya|sharp sharp|no dramas|
    no probs|no prob|no bother|absolutely yes|obviously|ofc|obv|def|100 percent|yesss|yess|
    yas|yasss|yeppers|yeh yeh|ja ja|okok|ok ok|kk|okie dokie|oki doki|okidoki|okey doke"""
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
    hecho|trato hecho|por favor|porfa|
    dale pues|dale dale|va pues|ok pues|listo pues|ya pues|ya po|si po|sipo|sip sip|sipi|
    sisas|sisa|simona|simon que si|arre|vientos|de lujo|de pelos|perfe|okis|okas|oki|
    como no|cómo no|asi es|así es|efectivamente|obvi|claro pues|claro que si pues|si senor|
    sí señor|si senora|sí señora|si si si|no hay problema|no hay lio|sin problema|
    sin problemas|no pasa nada|hagale pues|hágale pues|orale pues|órale pues|andale pues|
    ándale pues|de una vez|aja|ajá|perfectisimo|vamos|vamos pues|vamo|echale|échale|
    vaya pues|va pue|simon pues|sale pues|ta bueno|ta bien|sta bien"""
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
    com certeza absoluta|pode crer|valeu|por favor|se faz favor|
    bora bora|bora que bora|bora nessa|vamo que vamo|ja e|já é|e isso|é isso|e isso ai|é isso aí|
    ta certo|tá certo|ta otimo|tá ótimo|ta beleza|tá beleza|ta joia|tá joia|joia|
    firmeza|ctz|com ctz|certeza|obvio|óbvio|manda bala|pode pa|pode pá|aham|uhum|
    sem problema|sem problemas|nao tem problema|não tem problema|na boa|ta fixe|tá fixe|
    pode sim|pode ser sim|sim claro|claro claro|ya|yah|bele|belê|positivo e operante|
    e pra ja|é pra já|esta feito|está feito|feito|partiu|pode deixar|simsim|pode crer mano"""
)
# A yes only when it is the whole reply, around other yes words, thanks or names: each is
# something else inside a sentence ("sin" is Cape Verdean Kriolu's yes and Spanish "without";
# "hai" Japanese, "bai" Basque, "can" Singapore's; "chivo" and "cabal" Central America's).
ALONE_YES = _phrases(
    """s|ss|sss|sin|hai|hai hai|bai|can|cabal|chivo|chur|chur chur|chilero|tuanis|sige|
    sige po|oo|opo|boleh|ndiyo|poa|evet|tamam|yalla|aywa|si si|word|va bene|certo|top|show|
    massa|shiok|steady|vai|vai la|vai lá|vai fundo|lekker|shap|sho|easy|bet|nice|great|
    awesome|perfect|legend"""
)
# A yes said outright: after a "no" it takes the no back ("nah yeah", "no wait, yes", "não,
# sim"). An easy-going "ok" after a no ("no, está bien", "não, tá bom") keeps the no.
STRONG_YES = _phrases("""yes|yeah|yea|yep|yup|si|sí|sim|sii|aye|yes yes|si si|sim sim""")
# Thanks and please: beside a yes or a no they go along with it ("no ta", "não, valeu",
# "sí, gracias"); alone some are a yes ("valeu", "por favor") and core.choices reads them so.
POLITE = _phrases(
    """please|pls|plz|plox|pleaseee|thanks|thank you|thank u|thanks a lot|thx|ty|tysm|cheers|
    ta|ta very much|por favor|porfa|porfis|porfi|plis|pf|pfv|pfvr|por fa|gracias|grax|grasias|
    muchas gracias|mil gracias|obrigado|obrigada|obg|brigado|brigada|brigadao|valeu|vlw|tmj|
    se faz favor|faz favor|muito obrigado|muito obrigada|arigatou|arigato|onegai|
    onegaishimasu|kudasai|merci|danke|asante|asante sana|salamat|shukriya|dhanyavad"""
)
# Said around a yes or a no to whom, or for the feel of it: names people call each other and
# chat particles ("chur bro", "can lah", "sí pues mi rey", "bora mano", "nah mate").
FILLERS = _phrases(
    """mate|bro|bru|bra|brah|bruh|man|mon|dude|cuz|fam|boss|chief|g|hun|love|luv|dear|babe|
    sis|buddy|pal|lah|la|leh|lor|meh|ah|eh|oh|ooh|po|pues|pue|pe|nomas|nomás|che|wey|guey|
    güey|we|compa|compadre|hermano|hermana|mano|mana|manito|carnal|chamo|pana|parce|parcero|
    mi rey|mi reina|mi amor|amor|corazon|carino|querido|querida|amigo|amiga|senor|senora|
    cara|meu|mermao|irmao|vei|veio|bicho|pa|tio|tia|jefe|ji|yaar|bhai|ne|desu|yo|hey|hehe|
    haha|jaja|jajaja|kkk|kkkk|rs|lol|then|entonces|entao|so|tho|now|ahora|agora|ai|aí|pois|
    sir|madam|maam|senhor|senhora|moço|moca|minha|filho|mija|mijo|mijito|chica|chico|chicos|
    gente|pessoal|everyone|guys|just|really|hmm|hm|um|uh|well|ok so|alright so|
    viu|né|hein|uai|oxe|bah|tche|tchê"""
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
    it s fine leave it|rather not|id rather not|i d rather not|better not|
    nops|nopes|nay|nah nah|no no no|hell no|heck no|no chance|not a chance|no ta|
    nah ur good|nah you re good|nah youre good|yeah nah|nah yeah nah|not today|maybe not|
    i dont think so|i don t think so|dont think so|don t think so|nope nope|no need|nah fam"""
)
_NO_EN_REGIONS = _phrases("""nahi|nahin|na|nae|naw|nee""")
_NO_ES = _phrases(
    """no|no no|no gracias|mejor no|no mejor no|entonces no|entonces nada|nada|nada nada|
    olvidalo|olvídalo|olvida|olvida eso|dejalo|déjalo|deja|deja asi|deja así|dejalo asi|
    déjalo así|dejalo como esta|déjalo como está|dejemoslo asi|dejémoslo así|mejor dejalo|
    mejor dejalo asi|mejor lo dejamos|mejor lo dejamos asi|asi esta bien|así está bien|
    ya estaba|todavia no|todavía no|aun no|aún no|cancela|cancelar|cancelalo|no lo hagas|
    no quiero|no hace falta|no es necesario|para nada|ni loco|ni de broma|nel|nel pastel|
    negativo|nop|nones|que va|qué va|ni hablar|mejor otro dia|
    nelson|naranjas|ni madres|ni de coña|ni a palos|ni en pedo|no po|no pues|nanai|que no|
    qué no|nada que ver|tampoco|jamas|jamás|nunca|nope|nah|no mames|mejor no gracias|
    no gracias mi rey|no no no|ni modo que si|de ninguna manera|para nada gracias|nop nop"""
)
_NO_PT = _phrases(
    """nao|não|nao nao|não não|nao obrigado|não obrigado|nao obrigada|não obrigada|
    melhor nao|melhor não|entao nao|então não|ainda nao|ainda não|deixa|deixa estar|
    deixa ficar|deixa assim|deixa como esta|deixa como está|deixa quieto|deixa pra la|
    deixa pra lá|deixa para la|deixa para lá|fica assim|esquece|esquece isso|esqueça|
    nem pensar|de jeito nenhum|de jeito maneira|nao precisa|não precisa|nao quero|não quero|
    nao e preciso|não é preciso|nao e necessario|não é necessário|cancela|cancelar|negativo|
    nada|nada disso|nem vem|
    nn|naum|nao mesmo|não mesmo|nem|nem a pau|nananinanao|nananinanão|nops|agora nao|
    agora não|to fora|tô fora|passo|dispenso|nao valeu|não valeu|nao obg|não obg|jamais|
    nunca|que nada|nem morto|nem pensar nisso|melhor deixar|nao nao nao|não não não"""
)
_NO_OTHER = _phrases(
    """non|nein|annuler|abbrechen|iie|iya|hapana|hindi|hindi po|nahi|nahin|niet|hayir|yok|
    ochi"""
)

YES: frozenset[str] = _YES_EN | _YES_EN_REGIONS | _YES_ES | _YES_PT | _YES_OTHER
NO: frozenset[str] = _NO_EN | _NO_EN_REGIONS | _NO_ES | _NO_PT | _NO_OTHER
