"""Wishes and kinds of place as Portuguese speakers chat them, in the rules' English words.

Run first among core.intents.portuguese's rules, on the message as typed (folded, accent-free
patterns: core.intents.lexicon.loose), because the word-by-word rules would read them apart:
"o restaurante mais bem avaliado" would become a question about a rating, "consegue encaixar o
X" an add of "it o X", "sem muita gente" a search for crowds.

- The best rated, said as a superlative: "o mais bem avaliado", "o melhor avaliado", "o com
  melhor nota", "com nota alta", "bem cotado" → "best rated" (the preference reader's 4.5+).
- Few people: "sem muita gente", "pouco movimentado", "longe da muvuca", "sossegado", and
  "tranquilo"/"calmo" right after a kind of place ("uma praia tranquila") → "quiet"; a calm
  day or trip ("um roteiro tranquilo") stays the pace it is.
- A view: "com vista pro mar / pro rio / pra cidade / pro lago" → "with sea view", "with river
  view", "with city views", "with lake view" (the words place data is tagged with); "com vista
  (bonita)" → "with views".
- Reaching it in a wheelchair or with grandparents ("acessível pra cadeirante", "pra vovó",
  "sem escada"): no place data tells it, so the words go and the kind asked for stays; a
  request left with no kind is "something" (the editor offers what the day can take).
- Snacks: "um lanche", "lanchinho", "lanchonete" → "snacks"; "petiscar", "tira-gosto" →
  "petiscos" (the small plates Portugal tags as such).
- A request verb after "vc consegue / dá pra / pode" followed by what to add: "add" (the
  bare "dá pra encaixar?" stays "add it" for the place just talked about).
- Planning it all: "monta o roteiro todo", "bora montar a viagem inteira", "organiza os dois
  dias pra mim" → "plan the whole trip" / "plan the N days" ("pra mim" is no destination).
"""

from __future__ import annotations

import re

from core.intents.lexicon import Replacement

# Kinds of place a calm or busy word can follow ("uma praia tranquila", "um bar calmo").
_KIND = (
    r"(?:praia|praias|parque|parques|jardim|jardins|lugar|lugares|sitio|sitios|cantinho|canto|"
    r"cafe|cafes|cafezinho|bar|bares|barzinho|restaurante|restaurantes|esplanada|miradouro|"
    r"mirante|igreja|museu|templo|trilha|passeio|praca|tasca|tasquinha|pastelaria|padaria|"
    r"spot|lugarzinho|recanto)"
)
_ADDING = (
    r"(?:adiciona|acrescenta|coloca|bota|boto|poe|ponha|inclui|inclua|mete|encaixa|marca|agenda|"
    r"queria|quero|queremos|queriamos|gostaria\s+de)\w*"
)
_FEW_PEOPLE = (
    r"sem\s+(?:muita\s+gente|muito\s+movimento|muvuca|multidao|fila|turistas?|lotacao)|"
    r"pouco\s+(?:movimentad[oa]s?|cheio|cheia|lotad[oa])|nao\s+(?:muito\s+)?(?:lotad[oa]|cheio|"
    r"cheia|turistico|turistica)|longe\s+d[ao]s?\s+(?:muvuca|multidao|turistas|confusao)|"
    r"sossegad[oa]s?|socegad[oa]s?"
)
_VIEWS = {
    "mar": "with sea view",
    "oceano": "with sea view",
    "praia": "with sea view",
    "rio": "with river view",
    "douro": "with river view",
    "cidade": "with city views",
    "lago": "with lake view",
    "lagoa": "with lake view",
}
_ACCESS = (
    r"(?:(?:que\s+(?:seja|sejam)\s+)?(?:bem\s+)?acessive(?:l|is)(?:\s+(?:pra|para|com|a)\s+"
    r"(?:(?:uma?|a|o)\s+)?(?:cadeirantes?|cadeira\s+de\s+rodas|deficientes?|idos[oa]s?|"
    r"(?:minha\s+|a\s+)?(?:vovo|avo|vozinha|vo)|carrinho(?:\s+de\s+bebe)?))?|"
    r"(?:bom\s+|boa\s+)?(?:pra|para|com)\s+(?:uma?\s+|a\s+|o\s+|minha\s+|meu\s+)?"
    r"(?:cadeirantes?|cadeira\s+de\s+rodas|idos[oa]s?|vovo|vovos|vozinha|avozinha|"
    r"terceira\s+idade|mobilidade\s+reduzida)|"
    r"(?:pra|para)\s+levar\s+(?:a|o|os|as|minha|meu|meus|minhas)\s+(?:vovo|vovos|avo|avos|"
    r"idos[oa]s|sogr[oa]s?|velhinh[oa]s)|"
    r"sem\s+(?:escadas?|degraus?|subidas?|ladeiras?))"
)


def _view(match: re.Match[str]) -> str:
    return f" {_VIEWS.get(match.group('what'), 'with views')} "


PAIRS: list[tuple[str, Replacement]] = [
    # "o mais bem avaliado", "a melhor avaliada", "com a melhor nota", "com nota alta".
    (
        r"\b(?:o|a|os|as)\s+(?P<kind>\w+)\s+(?:mais\s+bem|melhor(?:es)?)\s+"
        r"(?:avaliad|cotad|classificad|recomendad)[oa]s?\b",
        lambda m: f"the best rated {m.group('kind')}",
    ),
    (
        r"\b(?:(?:o|a|os|as)\s+)?(?:mais\s+bem|melhor(?:es)?)\s+"
        r"(?:avaliad|cotad|classificad)[oa]s?\b",
        "best rated",
    ),
    (
        r"\bcom\s+(?:a\s+)?(?:melhor\s+nota|nota\s+(?:alta|boa|top)|(?:otimas|excelentes|"
        r"boas|muitas\s+boas)\s+(?:avaliacoes|reviews|notas)|avaliacao\s+(?:alta|boa|top))\b"
        r"|\bbem\s+(?:cotad|classificad)[oa]s?\b",
        "best rated",
    ),
    # Praise that only says "good": "maningue nice", "bué bom", "fixe", "tri legal", "daora".
    (
        r"\b(?:(?:maningue|bue|mui|tri|super)\s+(?:nice|bom|boa|fixe|giro|gira|bacano|bacana|"
        r"legal|top)|fixe|fixes|daora|dahora|irad[oa]|maneir[oa]|show\s+de\s+bola|"
        r"maningue)\b(?!\s*(?:[,.!?]|$))",
        " ",
    ),
    # "um mambo pra comer" (Angola, Mozambique): a thing, as "algo".
    (r"\b(?:(?:um|uns|algum)\s+)?mambo(?:s|zinho)?\b(?=\s+\w)(?!\s+d[oa]s?\b)", " algo "),
    # Whom it is said to, at the end: "…, mermão", "… pra quinta mano", "…, kota".
    (
        r"[,\s]+(?:mermao|mano|mana|parca|parceiro|brother|bro|vei|vey|veio|kota|cota|uai\s+so|"
        r"so|tche|guri|guria|painho|mainha|miga|migo|amigo|amiga|pai|tio|tia|fofa|fofo)"
        r"(?:\s+(?:kkk+|rs+|haha\w*))?\s*[!.?]*$",
        "",
    ),
    # When, said bare: "X sábado à tarde" is on Saturday; "a última noite" the last day.
    (
        r"(?<!\bno\s)(?<!\bna\s)(?<!\bde\s)(?<!\bpra\s)(?<!\bpro\s)(?<!\bate\s)"
        r"(?<!\bpara\s)(?<=\w\s)(?P<wd>sabado|domingo|segunda|terca|quarta|quinta|sexta)"
        r"(?:-feira|\s+feira)?\s+(?=(?:a|de|pela|la\s+pela)\s+(?:manha|tarde|noite)\b)",
        lambda m: f"{'no' if m.group('wd') in {'sabado', 'domingo'} else 'na'} {m.group('wd')} ",
    ),
    (r"\b(?:na\s+|a\s+)?(?:ultima|derradeira)\s+noite\b", " no ultimo dia a noite "),
    # Going out dancing: the places tagged for it.
    (
        r"\b(?:(?:a\s+gente|nos|eu)\s+)?(?:quer|queremos|quero|queria|queriamos|vamos|bora)\s+"
        r"(?:sair\s+)?(?:pra|para|pa)\s+(?:dancar|danca|uma\s+balada|balada|farra|night)\b"
        r"|\b(?:um\s+|uma\s+|algum\s+|alguma\s+)?(?:lugar|sitio|canto)\s+(?:pra|para|pa)\s+dancar\b",
        " add dancing ",
    ),
    # A drink ("tomar um copo", "beber uns copos", "uma birita") is had at a bar.
    (
        r"\b(?:tomar|beber|bebe|toma)\s+(?:um|uns)\s+(?:copo|copos|copinho)\b|"
        r"\b(?:uma\s+|umas\s+)?birita(?:s|zinha)?\b",
        " bar ",
    ),
    # "o mais bem avaliado que tiver", "o que houver": whatever there is, no search word.
    (r"\b(?:que|q)\s+(?:tiver|tiverem|houver|existir|existirem|rolar|der|tenha)\b", " "),
    # The occasion is the wish: "pra nossa lua de mel", "pra comemorar o aniversário de
    # casamento", "numa noite a dois" → romantic.
    (
        r"\b(?:romantic[oa]s?\s+)?(?:(?:pra|para|pro|na|no|da|numa|de)\s+)?(?:comemorar\s+)?"
        r"(?:(?:a\s+)?nossa\s+|minha\s+|a\s+|o\s+|nosso\s+|meu\s+)?(?:lua\s+de\s+mel|"
        r"aniversario\s+de\s+(?:casamento|namoro)|pedido\s+de\s+casamento|noite\s+a\s+dois)\b",
        " romantic ",
    ),
    # Children in the words of Portugal and Angola, said in a frame ("pros putos", "com os
    # monas"): the family wish the rules know.
    (r"\b(?:pros|para\s+os|pra\s+os|com\s+os)\s+(?:putos|monas|candengues)\b", " family "),
    # Few people.
    (rf"\b(?:e\s+)?(?:{_FEW_PEOPLE})\b", " quiet "),
    (
        rf"\b(?P<kind>{_KIND})\s+(?:bem\s+|mais\s+)?(?:tranquil|calm|sereno|serena|pacat)"
        r"(?:[oa]s?|inh[oa]s?)\b",
        lambda m: f"{m.group('kind')} quiet",
    ),
    (rf"\b(?P<kind>{_KIND})\s+(?:bem\s+)?de\s+boa\b", lambda m: f"{m.group('kind')} quiet"),
    (r"\bquiet(?:\s+(?:e\s+)?quiet)+\b", "quiet"),
    # A view.
    (
        r"\bcom\s+(?:uma\s+)?(?:vista|visual|view)\s+(?:\w+\s+)?(?:pro|pra|para\s+o|para\s+a|"
        r"pr[oa]|de|do|da|sobre\s+o|sobre\s+a)\s+(?P<what>mar|oceano|praia|rio|douro|cidade|"
        r"lago|lagoa)\b",
        _view,
    ),
    (
        r"\bcom\s+(?:uma\s+)?(?:vista|visual|view)(?:\s+(?:bonita|linda|top|incrivel|"
        r"panoramica|massa|fixe|maravilhosa|show|daora|irada))?\b(?P<what>)",
        _view,
    ),
    # Reaching it: no place data tells it; the kind asked for stays.
    (
        rf"^(?P<lead>.*?)\b(?:algo|alguma\s+coisa)\s+{_ACCESS}",
        lambda m: f"{m.group('lead')} sugere algo ",
    ),
    (rf",?\s*\b{_ACCESS}\b", " "),
    # Snacks.
    (r"\b(?:um\s+|uma\s+)?(?:lanche|lanchinho|lanches|lanchonete|boquinha)\b", " snacks "),
    (
        r"\b(?:(?:um\s+)?(?:sitio|lugar|lugarzinho|cantinho|canto)\s+)?(?:pra|para|pa)\s+"
        r"(?:petiscar|beliscar)\b|\btira[- ]gostos?\b|\bpetisqueira\b",
        " petiscos ",
    ),
    # Words between the verb and what it adds: "bota pra mim o X", "queria também a X",
    # "coloca no roteiro o X"; "inclui aí o X" when it opens the message (after another
    # request "mete lá o X" is the same day: core.intents.same_day).
    (
        rf"\b(?P<verb>{_ADDING})\s+(?:(?:tambem|tb|tbm|ainda|pra\s+mim|para\s+mim|pra\s+gente|"
        r"pra\s+nos|(?:no|ao)\s+(?:nosso\s+|meu\s+)?(?:roteiro|itinerario|plano))\s+)+"
        r"(?=(?:o|a|os|as|um|uma|uns|umas)\s)",
        lambda m: f"{m.group('verb')} ",
    ),
    (
        rf"^(?P<verb>{_ADDING})\s+(?:ai|la)\s+(?=(?:o|a|os|as|um|uma|uns|umas)\s)",
        lambda m: f"{m.group('verb')} ",
    ),
    (
        r"\s+(?:no|ao|pro|pra|para\s+o)\s+(?:nosso\s+|meu\s+)?(?:roteiro|itinerario|plano)\b",
        " ",
    ),
    # "bora no X", "vamos na X sábado": going there is adding it (a day said stays a day).
    (
        r"\b(?:bora|vamo|vamos|partiu)\s+(?:la\s+)?(?:ir\s+|dar\s+um\s+pulo\s+|passar\s+)?"
        r"(?:no|na|nos|nas|ao)\s+(?!(?:dia|primeiro|ultimo|segundo|terceiro|segunda|terca|quarta|"
        r"quinta|sexta|sabado|domingo|fim|final|comeco|inicio|hotel|aeroporto)\b)",
        "add ",
    ),
    # A bare weekday that ends the request: "a gente quer ir no X sexta", "X sábado pfv".
    (
        r"(?<!\bno\s)(?<!\bna\s)(?<!\bde\s)(?<!\bpra\s)(?<!\bpro\s)(?<!\bate\s)(?<!\ba\s)"
        r"(?<!\bo\s)(?<!\bda\s)(?<!\bdo\s)(?<!\bpara\s)(?<!\be\s)(?<!\bou\s)(?<=\w\s)"
        r"(?P<wd>sabado|domingo|segunda|terca|quarta|quinta|sexta)(?:-feira|\s+feira)?"
        r"(?=\s*(?:pfv|pf|pls|please|por\s+favor|se\s+faz\s+favor|kkk+|rs)?\s*[?!.]*\s*$)",
        lambda m: f"{'no' if m.group('wd') in {'sabado', 'domingo'} else 'na'} {m.group('wd')}",
    ),
    # Choosing or finding one for the traveler: "escolhe uma tasca…", "arranja-me um bar…",
    # "descola um barzinho…", "arruma um lugar…" ask for suggestions, as "sugere" does.
    (
        r"\b(?:(?:vc|voce|tu)\s+)?(?:me\s+|nos\s+)?(?:escolhe|escolha|escolhes|arranja|arranje|"
        r"arranjas|desenrasca|desenrasque|descola|descole|arruma|arrume|ve|veja)(?:-me|-nos)?\s+"
        r"(?:ai\s+|la\s+)?(?:(?:pra|para)\s+(?:mim|nos|a\s+gente)\s+)?"
        # never a table or a booking: "arranja-me uma mesa no X" books (portuguese_bookings)
        r"(?=(?:um|uma|uns|umas|algum|alguma|algo)\b(?!\s+(?:mesa|reserva)))",
        "sugere ",
    ),
    # "vc consegue encaixar o X…": the verb, then what to add.
    (
        r"\b(?:(?:vc|voce|tu)\s+)?(?:consegue|consegues|conseguiria|conseguirias|pode|podes|"
        r"poderia|podias|da\s+pra|da\s+para|dava\s+pra|dava\s+para)\s+(?:me\s+)?"
        r"(?:por|botar|colocar|encaixar|incluir|meter|adicionar|acrescentar|enfiar)\s+"
        r"(?=(?:o|a|os|as|um|uma|uns|umas|aquel[ea])\s+\w)",
        "add ",
    ),
    # A plan asked for, at a pace: "queria um roteiro tranquilo", "arma um roteiro de boa".
    (
        r"\b(?:(?:eu\s+|a\s+gente\s+|nos\s+)?(?:queria|queriamos|quero|queremos|"
        r"gostaria\s+de|gostariamos\s+de|preciso\s+de|precisamos\s+de)|(?:me\s+|nos\s+)?"
        r"(?:arma|armar|arme|bola|bolar|monta|montar|monte|faz|fazer|faca|cria|criar|prepara|"
        r"preparar|organiza|organizar|planeja|planejar|sugere|sugerir))\s+(?:me\s+|ai\s+|la\s+)?"
        r"(?:um|uma)\s+(?:roteiro|itinerario|plano)(?!\s+(?:pra|para|pro|do|de)\s+(?:ele|ela|o\s+dia|"
        r"esse|este|dia|segunda|terca|quarta|quinta|sexta|sabado|domingo|amanha|hoje)\b)(?P<pace>\s+(?:bem\s+|"
        r"mais\s+|super\s+)?(?:tranquil[oa]|de\s+boa|leve|light|relaxad[oa]|calm[oa]|suave|"
        r"sossegad[oa]|sem\s+correria))?\b(?:,?\s*nada\s+(?:muito\s+|tao\s+)?(?:puxado|corrido|"
        r"cansativo|intenso))?",
        lambda m: "plan a relaxed trip" if m.group("pace") else "plan a trip",
    ),
    (r",?\s*\bnada\s+(?:muito\s+|tao\s+)?(?:puxado|corrido|cansativo|intenso)\b", " "),
    # Planning it all.
    (
        r"\b(?:bora\s+|vamos\s+|vamo\s+)?(?:monta|montar|monte|faz|fazer|faca|planeja|planejar|"
        r"planeia|planear|organiza|organizar|organize|arma|armar|fecha|fechar)\s+"
        r"(?:(?:pra\s+mim|para\s+mim|pra\s+nos|pra\s+gente|para\s+nos|ai|la)\s+)?"
        r"(?:o|a)\s+(?:roteiro|viagem|itinerario|programa|programacao|rolê|role)\s+"
        r"(?:tod[oa]|inteir[oa]|complet[oa])\b",
        "plan the whole trip",
    ),
    (
        r"\b(?:monta|montar|monte|planeja|planejar|planeia|planear|organiza|organizar|"
        r"organize|arma|armar)\s+(?:os|as)\s+(?P<n>\d{1,2}|dois|duas|tres|quatro|cinco|seis|"
        r"sete)\s+dias\s+(?:(?:pra|para)\s+(?:mim|nos|a\s+gente)\b)?",
        lambda m: f"plan the {m.group('n')} dias ",
    ),
]
