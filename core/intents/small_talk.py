"""A message that asks for nothing: thanks, praise, laughter, greetings in the traveler's words.

The phrase rules know a closed list of manners ("thanks so much!"). Travelers thank and praise
in their own slang ("qué chilero quedó", "kkkkk valeu mano, tmj", "asante sana, that's
perfect"), which no closed list covers. So the reading works the other way round: a message is
small talk when it carries a word of manners (thanks, praise, laughter, greeting, goodbye)
and nothing that asks for something — no verb of a request, no day or time, no number, no kind
of place or meal, no question word. A few words the lexicons don't know (slang, names of
friends, a word in another language) are allowed as long as the manners outweigh them.

It runs only after every rule found no request, so "gracias, ahora agrega X" stays the request.
"""

from __future__ import annotations

import re

from core.intents.model import Topic
from core.intents.place_words import TRANSLATIONS
from core.text import fold

# Stems: a word starting with one of these is a word of that kind ("obrigadíssimo",
# "agradecidos", "thankyou", "graciaaas" once the elongation is folded).
_THANKS_STEMS = (
    "thank", "thx", "tysm", "cheers", "apprecia", "graci", "agradec", "obrigad", "brigad",
    "valeu", "vlw", "merci", "danke", "grazi", "arigat", "asante", "shukr", "dhanyavad",
    "spasib", "dank", "gracie", "obg", "agradeci", "diolch", "mahalo", "tak", "kiitos",
    "salamat", "daalu", "ngiyabonga", "enkosi", "dhanyawad", "shukriya", "bles", "oblig",
    "abenco", "bendig", "grax", "grasi", "kasih", "tmj", "tamo", "thanx", "thnx",
)  # fmt: skip
_PRAISE_STEMS = (
    "perfect", "perfeit", "awesome", "amazing", "brilliant", "wonderful", "excellent",
    "fantastic", "great", "lovely", "superb", "incredib", "increib", "incriv", "genial", "genio",
    "maravill", "maravilh", "espetacul", "espectacul", "buenisim", "otim", "excelent", "fenomenal",
    "chevere", "bacan", "chido", "chiler", "legal", "massa", "brutal", "crack", "idol", "top",
    "lindo", "linda", "hermos", "precios", "bonit", "guay", "mola", "demais", "sensacional",
    "nice", "cool", "sweet", "legend", "gem", "star", "helpful", "useful", "handy", "best",
    "mejor", "melhor", "bom", "buen", "good", "love", "encant", "adoro", "adorei", "gostei",
    "like", "fab", "ace", "stellar", "sorted", "amable", "gentil", "querid",
    "paciencia", "patience", "kind", "bomb", "capo", "grande", "crak", "joya", "chimba",
    "fixe", "porreir", "bue", "lush", "wicked", "dope", "epic", "killer", "chulo", "bacana",
    "irado", "sinistr", "fera", "barbaro", "tidy", "better", "smart", "clever", "genius",
    # world slang: Irish "grand", "deadly", "class"; South African "lekker", "sharp", "shot";
    # Chilean "seco", "bacan"; Caribbean "wepa"; Central American "tuanis", "pura vida"
    "grand", "deadly", "class", "lekker", "sharp", "seco", "wepa", "tuanis", "purav", "brill",
    "cracking", "champion", "mighty", "dhansu", "badhiya", "jhakaas", "shiok", "lujo", "chivo",
)  # fmt: skip
_GREETING_WORDS = frozenset(
    """hi hello hey hiya heya howdy yo sup hola ola oi buenas buenos bom boa morning afternoon
    evening greetings alo howzit gday namaste salut jambo holi holis wassup wazzup whatsup
    wagwan wagwaan waddup hallo hellooo heyy ey eae iae salve opa fala wena wenas aloha
    bonjour ciao privet salam shalom konnichiwa ni hao sawubona kia ora klk klok dimelo diga
    howdy heyyo ola oie kamusta kumusta mabuhay sannu bawo kedu""".split()
)
# How one is, asked or wished ("hope ur well", "tudo bem contigo?", "qué onda", "e aí"): a
# greeting, whatever its question mark says.
_WELLBEING = re.compile(
    r"\b(?:(?:i\s+)?hope\s+(?:youre|ur|your|yer|you|u|ya|yall|you\s+all)(?:\s+(?:are|r|re))?(?:\s+(?:doing|keeping))?"
    r"\s+(?:well|good|ok|okay|great|fine)|hope\s+all(?:\s+is|s)?\s+(?:well|good)|"
    r"how\s+(?:are|r)\s+(?:you|u|ya)(?:\s+(?:doing|today|going))?|how\s+(?:you|u|ya)\s+doing|"
    r"hows\s+it\s+(?:going|goin)|how\s+is\s+it\s+going|hows\s+things|how\s+are\s+things|"
    r"how\s+(?:you|u|ya|y\s*all|you\s+all)\s+doin\b|"
    r"whats\s+up|whats\s+good|what\s+up|wah?\s+gw[aw]+n|"
    r"(?:tudo|td)\s+(?:bem|bom|certo|joia|tranquilo|fixe|okay|ok)|"
    r"como\s+(?:estas|esta|estan|vai|vais|vao|andas|anda|andam|te\s+va|le\s+va|va|vas|tas)|"
    r"que\s+(?:tal|onda|hubo|pasa|cuentas)|todo\s+(?:bien|bem|tranqui|tranquilo|bom)|"
    r"e\s+a[ií]|e\s+ai|qual\s+e\s+a\s+boa|beleza|blz|quiubo|quihubo|q\s+onda|k\s+onda|"
    # "what's the craic", "how's she cuttin", "que lo que", "¿qué más pues?"
    r"(?:whats|what\s+s|what\s+is)\s+the\s+(?:craic|crack|story|scene)|hows\s+she\s+cuttin\w*|"
    r"que\s+lo\s+que|que\s+mas|"
    # Nigerian and Ghanaian "how you dey", "how una dey", "how body"; "how goes it",
    # "how've you been", "how ya keeping", "how's the form", "hows life", "you good"
    r"how\s+(?:(?:you|u|una|yu|yall|y\s*all|e|tins|things|everything|everytin)\s+(?:dey|de)|"
    r"body|bodi)(?:\s+(?:o|oo|sha|now|today))?$|"
    r"how\s+goes\s+it|how\s*(?:ve|have)\s+(?:you|u|ya)\s+been|how\s+(?:you|u|ya)\s+been|"
    r"how\s+(?:are\s+)?(?:you|u|ya)\s+keep(?:ing|in)|hows\s+(?:the\s+form|life|you)|"
    r"how\s+is\s+life|(?:are\s+)?(?:you|u|ya)\s+good\s*\?|"
    r"(?:whats|what\s+s|what\s+is)\s+(?:cracking|crackin|popping|poppin|happening|new))\b"
)
_ALONG = frozenset(
    """contigo consigo convosco vos voces vocês everyone everybody all yall folks guys
    there today hoy hoje""".split()
)
_EMOJI_GREETING = frozenset("👋🤙🖐✋")
_BYE_WORDS = frozenset(
    "bye goodbye ciao chau chao adios tchau cya ttyl night noite falou fui flw laters".split()
)
_LAUGHTER = re.compile(
    r"^(?:k{3,}|a?(?:h+[aeiou]+){2,}h*|a?(?:j+[aeiou]+){2,}j*|lo+l|lmf?a+o+|rofl|(?:rs)+|xd+|"
    r"jsjs\w*|he(?:he)+|hi(?:hi)+|ahah\w*|kakaka\w*|hu(?:a?hu)+a?)$"
)
# Words that may stand beside manners without asking anything: pronouns, articles, be-verbs,
# intensifiers, the names people call each other, interjections and chat tags.
_PADDING = frozenset(
    """a an the this that these it its s is are was were be been being so very really much
    many a lot lots again too just all you u ya your youre ur we us our i im me my mine
    what such how thats it's its this is sana sooo very truly indeed totally honestly ngl tbh
    oh wow yay woo omg ok okay oki okey alright right yeah yes yep sure man dude bro mate pal
    buddy friend friends guys team bot mate fam boss chief sir madam miss
    el la lo los las un una unos unas de del al y e o a os as um uma uns umas do da dos das
    que q qu ke k es eres sos soy son fue esta estas estás está esto eso ese esa quedo quedó
    quedaron quedaste salio salió ha has hay muy mucho muchas muchos muchisimas muchisimo mil
    tan tanto re super bien todo toda todos tu tú vos usted ustedes te ti mi me nos
    pana parce parcero hermano hermana mano mana amigo amiga amigos cuate compa chamo che tio
    tia loco loca chicos chicas gente pessoal cara mina migo vei veio vey man
    onda buena bueno buenisimo vale dale listo sale va pues pos ya ja ahi aí ai nomas
    ta tá tô to estou esta está estás es és é eh foi ficou ficaram ficou ser sendo estar
    muito muita muitos muitas mto mt mesmo msm tipo tao tão tanto voce você vc vcs tu ti te
    seu sua meu minha nos nós gente junto juntos bjs beijos abs abraço abraco abraco
    show demais d+ hein ne né viu uai oxe oxi sério serio verdade verdad neta
    ajuda ayuda help helping helped job work trabajo trabalho servicio serviço service
    por pela pelo for por todo tudo everything it all de novo otra vez again tanto
    pa pah pá mesmo mismo mesma hoje well bem bien ready listo lista pronto pronta
    than sawa poa fine set para pra pro altogether entirely mill million bunch heap god
    cachai po naman bo ta mae manito manita bru boet yaar ji na o oo sha abeg jare ag eish
    erís eris sos pura vida done sa tulong marami deus dios
    leve suave tranqui tranquilo tranquila sossego
    this app bot actually honestly literally lowkey highkey fr dear all of""".split()
)
# Anything of these asks for something (a verb of a request, a day, a meal, a question word).
_REQUEST = re.compile(
    r"^(?:add|put|remov|delet|drop|mov|shift|swap|switch|chang|replac|book|reserv|plan|find|"
    r"search|list|cancel|undo|clear|skip|includ|insert|schedul|resched|"
    r"agreg|anad|añad|pon|quit|sac|borr|elimin|muev|mueve|cambi|reemplaz|busc|muestr|mostr|"
    r"adicion|coloc|bot[ae]|tir[ae]|apag|mud[ae]|troc|substitu|procur|desfaz|deshac|limp|"
    r"planej|planific|arm[ae]|mont[ae]|met[ae]|inclu|agend|marc[ao]|"
    r"day|days|dia|dias|tomorrow|tonight|today|manana|amanha|hoy|hoje|morning|noche|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|"
    r"viernes|sabado|domingo|segunda|terca|quarta|quinta|sexta|"
    r"breakfast|brunch|lunch|dinner|supper|desayun|almuerz|almorz|cena|cenar|almoc|jantar|"
    r"where|when|which|why|cuanto|cuando|donde|cual|quien|porque|onde|quando|quanto|"
    r"qual|quem|weather|clima|cost|cuesta|custa|precio|preco|"
    r"open|abre|abierto|aberto|hours|horario)\w*$"
)
# Greetings and goodbyes made of day words ("bom dia", "hasta mañana"): not a day asked for.
_GREETING_PHRASES = re.compile(
    r"\b(?:good\s+(?:morning|afternoon|evening|day)|buen(?:os|as)?\s+(?:dias?|tardes?|noches?)|"
    r"bo[am]\s+(?:dia|tarde|noite)|morning)\b"
)
_BYE_PHRASES = re.compile(
    r"\b(?:good\s*night|(?:see|talk\s+to|speak\s+to|catch)\s+(?:you|u|ya)\s+(?:tomorrow|later|soon)|"
    r"(?:talk|speak|chat)\s+(?:tomorrow|later|soon)|hasta\s+(?:manana|luego|pronto)|"
    r"ate\s+(?:amanha|logo|mais|a\s+proxima|depois)|buenas\s+noches|boa\s+noite|chao\s+pescao|"
    r"(?:take|tek)\s+care|ta\s+(?:ra|la)|laters|shot\s+for\s+now|"
    # leaving: "fixin to head out", "gotta run", "me voy", "vou nessa"
    r"(?:gotta|got\s+to|have\s+to|fixin\s+to|fixing\s+to|about\s+to|gonna|need\s+to)\s+"
    r"(?:head\s+(?:out|off)|run|dip|bounce|split|go)|head(?:ing)?\s+(?:out|off)|"
    r"me\s+voy|me\s+piro|(?:tenho|tengo)\s+que\s+ir(?:me)?|vou\s+nessa|"
    # "nos vemos mañana", "a gente se fala", "me voy a dormir", "off to bed": leaving the chat
    r"(?:nos\s+vemos|nos\s+falamos|a\s+gente\s+se\s+(?:fala|ve)|falamos|hablamos|"
    r"(?:until|till)(?=\s+tomorrow))(?:\s+(?:manana|amanha|tomorrow|luego|pronto|despues|depois|"
    r"mais\s+tarde|mas\s+tarde))?|"
    r"hasta\s+la\s+proxima|voy\s+a\s+(?:dormir|acostarme|descansar)|"
    r"vou\s+(?:dormir|deitar|descansar)|(?:going|off|heading)\s+to\s+(?:bed|sleep)|"
    r"(?:im|i\s+m)\s+off|(?:see|talk\s+to)\s+(?:you|u|ya)|later)\b"
)
# Chat that is not manners but asks nothing of the trip either: a question about the bot, a
# joke asked for, an introduction, a compliment by comparison. Each reads as a greeting.
_BEING = (
    r"(?:(?:a|an|un|una|um|uma)\s+)?(?:real\s+)?(?:bot|robot|robo|human|humano|humana|person|"
    r"persona|pessoa|gente|ai|ia|machine|maquina|real)"
)
_CHAT = re.compile(
    r"\b(?:(?:are|r)\s+(?:you|u|ya)|(?:eres|sos|es|e)|(?:vc|voce|tu)\s+(?:e|es))\s+"
    + _BEING
    + r"(?:\s+(?:or|o|ou)\s+"
    + _BEING
    + r")?"
    r"|\b(?:who|what)\s+(?:are|r)\s+(?:you|u)|quien\s+(?:eres|sos|es)|quem\s+(?:e|es)\s+(?:vc|voce|tu)|"
    r"whats\s+(?:your|ur)\s+name|como\s+te\s+llamas|qual\s+(?:e\s+)?(?:o\s+)?(?:seu|teu)\s+nome|"
    r"\b(?:tell\s+(?:me|us)|cuentame|cuentanos|contame|dime|echame|(?:me\s+)?conta|conte|conta-me|conta\s+me|manda)"
    r"\s+(?:a|an|another|un|una|otro|otra|um|uma|outra|outro|mais\s+uma)\s+(?:\w+\s+)?"
    r"(?:joke|chiste|broma|piada|anedota)s?(?:\s+(?:about|de|sobre)\s+\w+)?"
    r"(?:\s+(?:pa|para|pra|to)\s+(?:reirme|reir|rir|me\s+rir|rirmos|laugh|make\s+me\s+laugh)"
    r"(?:\s+(?:un|um)\s+(?:rato|pouco|poco))?)?|make\s+me\s+laugh|"
    r"\b(?:this\s+is|my\s+name\s+is|me\s+llamo|mi\s+nombre\s+es|meu\s+nome\s+e|aqui\s+(?:e|es|habla|fala))"
    r"\s+\w+(?:\s+\w+)?|"
    r"\b(?:\w+\s+)?\w+\s+(?:set|put)\s+(?:this|it)\s+up"
    r"(?:\s+for\s+(?:me|us))?|\b(?:me\s+)?(?:instalo|configuro|instalou|configurou)\s+"
    r"(?:esto|esta|este|isto|isso|esse|essa|esta)(?:\s+(?:para|pra|pa)\s+(?:mi|mim))?|"
    r"\b(?:better|mejor|melhor)\s+(?:than|que)\s+(?:my|mi|meu|minha|a|an|any|un|una|um|uma|el|o|la|a)?"
    r"\s*\w+(?:\s+agent|\s+agente)?"
)
MAX_WORDS = 16
# Praise said in two words, or in a word that is something else alone: "well done", "nice one",
# South African "shot" (thanks), Nigerian and South African "sharp sharp" (all good).
_PRAISE_PHRASES = re.compile(
    r"\b(?:well\s+done|nice\s+one|good\s+job|great\s+job|shot(?:\s+shot)?|sharp(?:\s+sharp)?|"
    r"ta\s+(?:very\s+much|muchly|mate|love|luv)|chur(?:\s+chur)?|"
    r"bien\s+hecho|bom\s+trabalho|mandou\s+bem|pura\s+vida|no\s+(?:worries|wahala|problem|prob|"
    r"stress)|sin\s+problema|sem\s+problema|"
    # Gen Z's "this app ate", "no notes", "it's giving"; Jamaican "bless up"; "bonne idée";
    # "you're a lifesaver", "yuh too good"
    r"ate(?:\s+(?:that|this|it))?(?:\s+up)?(?=\s*(?:[.!,]|$|\s+no\s+notes))|no\s+notes|"
    r"slay\w*|bussin|goated|understood\s+the\s+assignment|bless\s+up|"
    r"bonne\s+idee|(?:good|great|nice)\s+idea|"
    r"(?:you\s*'?\s*re|youre|ur|u\s+r|yuh|you|u|ya)\s+(?:a\s+|so\s+|too\s+)?(?:lifesaver|life\s+saver|"
    r"legend|star|gem|champ|good|great|the\s+best|amazing))\b"
)


_ELONGATED = re.compile(r"(\w)\1{2,}")


def _emoji_only(text: str) -> Topic | None:
    """'👋' greets; '😂😂', '🙏', '👍', '❤️' thank or laugh; nothing at all is no small talk."""
    marks = [ch for ch in text if not ch.isspace() and ch not in "\ufe0f\u200d"]
    if not marks or any(ch.isalnum() for ch in marks):
        return None
    if any(ch in _EMOJI_GREETING for ch in marks):
        return Topic.GREETING
    return Topic.THANKS if any(ord(ch) > 0x2000 for ch in marks) else None


def _plain(word: str) -> str:
    """'graciass' → 'gracias', 'holaa' → 'hola': one doubled last letter typed for warmth."""
    if len(word) > 3 and word[-1] == word[-2] and not _LAUGHTER.match(word):
        return word[:-1]
    return word


def _starts(word: str, stems: tuple[str, ...]) -> bool:
    return len(word) >= 3 and word.startswith(stems)


def plain_small_talk(text: str) -> Topic | None:
    """Small talk with fewer unknown words than manners: worth more than a bare place name.

    "good morning! sawa, ready for today" is a greeting, not a place called "ready" to add.
    """
    return small_talk(text, strict=True)


def small_talk(text: str, *, strict: bool = False) -> Topic | None:
    """The topic of a message that only thanks, praises, laughs, greets or says goodbye.

    Args:
        text: The message as typed (normalized or not).
        strict: Only when the unknown words are fewer than the words of manners.

    Returns:
        THANKS for thanks, praise or laughter; BYE or GREETING when that is all it says;
        None when any word asks for something or too many words are unknown.
    """
    if re.search(r"\d", text):
        return None  # "thanks, 2 please": a number is a choice or a slot
    raw = [w if _LAUGHTER.match(w) else _ELONGATED.sub(r"\1", w) for w in fold(text).split()]
    if not raw:
        return _emoji_only(text)
    said = " ".join(raw)  # "bom diaaa" → "bom dia", but "kkkk" and "hahaha" stay laughter
    folded = _GREETING_PHRASES.sub(" hello ", _BYE_PHRASES.sub(" bye ", said))
    folded = _WELLBEING.sub(" hello ", _PRAISE_PHRASES.sub(" great ", folded))
    folded = _CHAT.sub(" hello ", folded)
    # "boa noite, até amanhã": the commas and dots beside the words are no words
    tokens = [w.strip(".,;:!?…-") for w in folded.split()]
    words = [_plain(w) for w in tokens if w and w not in _ALONG]
    if not words or len(words) > MAX_WORDS:
        return None
    thanks = praise = laughs = greets = byes = unknown = 0
    for word in words:
        if word in _PADDING:
            continue
        if _LAUGHTER.match(word):
            laughs += 1
        elif _starts(word, _THANKS_STEMS):
            thanks += 1
        elif word in _GREETING_WORDS:
            greets += 1
        elif word in _BYE_WORDS:
            byes += 1
        elif _REQUEST.match(word) or word in TRANSLATIONS:
            return None  # "…, agrega un museo", "gracias, y el restaurante?"
        elif _starts(word, _PRAISE_STEMS):
            praise += 1
        else:
            unknown += 1
    manners = thanks + praise + laughs + greets + byes
    # Unknown words are slang or names: a couple beside the manners, never more than them.
    if manners == 0 or unknown > 2 or unknown > manners or (strict and unknown >= manners):
        return None
    if thanks or praise or laughs:
        return Topic.BYE if byes and not thanks else Topic.THANKS
    return Topic.BYE if byes else Topic.GREETING


def word_kind(word: str) -> str | None:
    """What one folded word is to small talk: "padding", "manners", "request" or None (unknown).

    Lets other readings of chat (core.intents.bot_remarks) tell filler from a request.
    """
    word = _plain(word)
    if word in _PADDING or word in _ALONG:
        return "padding"
    if (
        _LAUGHTER.match(word)
        or _starts(word, _THANKS_STEMS)
        or word in _GREETING_WORDS
        or word in _BYE_WORDS
    ):
        return "manners"
    if _REQUEST.match(word) or word in TRANSLATIONS:
        return "request"
    return "manners" if _starts(word, _PRAISE_STEMS) else None


def greeting_idiom(text: str) -> bool:
    """Whether the message only asks how one is ("what's the craic", "how's it going bru")."""
    folded = " ".join(_ELONGATED.sub(r"\1", w) for w in fold(text).split())
    if not _WELLBEING.search(folded):
        return False
    rest = _WELLBEING.sub(" ", folded).split()
    return all(word_kind(w) in {"padding", "manners"} for w in rest)
