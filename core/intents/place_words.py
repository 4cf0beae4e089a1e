"""Kinds of places in Spanish and Portuguese, as the English words place data is tagged with.

"restaurante de mariscos" → "seafood restaurant", "praias" → "beach". Names stay as typed
("Museo del Oro" keeps "oro"); only words known to name a kind of place are translated.
"""

from __future__ import annotations

import re

from core.text import fold

_KINDS: dict[str, tuple[str, ...]] = {
    "restaurant": ("restaurante", "restaurantes", "restaurant", "restaurants", "restorán"),
    "seafood": (
        "mariscos",
        "marisco",
        "marisqueria",
        "marisqueira",
        "frutos do mar",
        "frutos de mar",
    ),
    "fish": ("pescado", "peixe", "pescados", "peixes"),
    # Dishes and ingredients, as the place data tags them ("algo de pulpo" → octopus).
    "octopus": ("pulpo", "pulpos", "polvo", "polvos"),
    "shrimp": ("camaron", "camarones", "gambas", "camarao", "camaroes"),
    "prawns": ("langostinos", "lagostins"),
    "crab": ("cangrejo", "cangrejos", "jaiba", "caranguejo", "caranguejos", "siri"),
    "lobster": ("langosta", "langostas", "lagosta", "lagostas"),
    "oysters": ("ostras", "ostiones"),
    "mussels": ("mejillones", "mexilhoes", "mexilhao"),
    "sardines": ("sardinas", "sardinhas"),
    "codfish": ("bacalao",),
    "chicken": ("pollo", "frango", "galinha"),
    "pork": ("cerdo", "puerco", "porco", "lechon", "leitao"),
    "lamb": ("cordero", "cordeiro"),
    "duck": ("pato",),
    "rice": ("arroz",),
    "soup": ("sopa", "sopas"),
    "salad": ("ensalada", "ensaladas", "salada", "saladas"),
    "cheese": ("queso", "quesos", "queijo", "queijos"),
    "juice": ("jugo", "jugos", "zumo", "zumos", "suco", "sucos"),
    "dumplings": ("empanadillas", "bolinhos"),
    "beach": ("playa", "playas", "praia", "praias", "beaches"),
    "temple": ("templo", "templos", "temples"),
    "shrine": ("santuario", "santuarios", "shrines"),
    "museum": ("museo", "museos", "museu", "museus", "museums"),
    "park": ("parque", "parques", "parks"),
    "garden": ("jardin", "jardines", "jardim", "jardins", "gardens"),
    "viewpoint": ("mirador", "miradores", "miradouro", "mirante", "viewpoints"),
    "market": ("mercado", "mercados", "feira", "markets"),
    "cafe": (
        "cafeteria",
        "cafeterias",
        "cafe",
        "cafes",
        "cafezinho",
        "coffee shop",
        "coffeeshop",
        "coffee house",
        "coffee place",
    ),
    "tea": ("tea house", "teahouse", "tea room", "casa de te", "casa de cha", "salon de te"),
    "coffee": ("cafecito", "tinto"),
    "bakery": ("panaderia", "padaria", "pastelaria", "pasteleria", "bakeries"),
    "bar": ("bares", "boteco", "barzinho", "cantina", "bars", "pub", "pubs"),
    "nightlife": ("discoteca", "boate", "balada", "rumba", "farra", "clubs"),
    "hotel": ("hoteles", "hoteis", "hospedaje", "alojamiento", "hospedagem", "hotels"),
    "hostel": ("hostal", "hostales", "albergue", "pousada"),
    "church": ("iglesia", "iglesias", "igreja", "igrejas", "churches"),
    "cathedral": ("catedral", "catedrales"),
    "castle": ("castillo", "castillos", "castelo", "castelos", "castles"),
    "fort": ("fuerte", "fortaleza", "forte", "fortress", "forts"),
    "palace": ("palacio", "palacio", "palaces"),
    "hike": ("caminata", "senderismo", "trilha", "trilhas", "sendero", "hiking"),
    "port wine": ("vinho do porto", "vinhos do porto", "vino de oporto", "vino oporto"),
    "wine": ("vino", "vinos", "vinho", "vinhos", "wines"),
    "winery": ("bodega", "vinedo", "vinicola", "adega"),
    "beer": ("cerveza", "cerveja", "chopp", "beers"),
    "whisky": ("whiskey", "whiskies", "whiskys"),
    "cocktails": ("cocteles", "coctel", "coquetel", "drinks", "tragos", "cocktail"),
    "street food": ("comida callejera", "comida de rua", "comida de calle"),
    "steak": ("carne", "parrilla", "churrasco", "churrascaria", "asado", "asadero"),
    "grill": ("parrillada", "grelhados", "asador"),
    "pizza": ("pizzeria", "pizzaria"),
    "italian": ("italiano", "italiana"),
    "japanese": ("japones", "japonesa"),
    "french": ("frances", "francesa", "franceses"),
    "chinese": ("chino", "china", "chines", "chinesa"),
    "mexican": ("mexicano", "mexicana", "taqueria", "tacos", "taquitos", "taco"),
    "peruvian": ("peruano", "peruana"),
    "goan": ("goes", "goesa", "goano", "goana"),
    "indian": ("indio", "india", "indiano", "indiana"),
    "thai": ("tailandes", "tailandesa"),
    "korean": ("coreano", "coreana"),
    "greek": ("griego", "griega", "grego", "grega"),
    "arabic": ("arabe", "libanes", "libanesa"),
    "yemeni": ("yemeni", "yemenita", "yemenitas", "iemenita", "iemenitas", "iemenite"),
    "spanish": ("espanol", "espanola"),
    "portuguese": ("portugues", "portuguesa"),
    "sweets": ("dulces", "dulceria", "doceria", "confeitaria", "doce", "dulce"),
    "live music": (
        "musica en vivo",
        "musica ao vivo",
        "en vivo",
        "ao vivo",
        "roda de samba",
        "samba",
        "pagode",
        "forro",
        "fado",
        "fados",
    ),
    "vegetarian": ("vegetariano", "vegetariana", "vegetarianos", "veggie", "veggies", "veg"),
    "vegan": ("vegano", "vegana", "veganos"),
    "dessert": ("postre", "postres", "sobremesa", "doces"),
    "ice cream": (
        "helado",
        "helados",
        "heladeria",
        "sorvete",
        "sorveteria",
        "gelado",
        "gelados",
        "geladaria",
    ),
    "gallery": ("galeria", "galerias", "galleries"),
    "art": ("arte",),
    "history": ("historia", "historico", "historica"),
    "shopping": ("compras", "tiendas", "lojas"),
    "views": ("vistas", "vista"),
    "sunset": ("atardecer", "por do sol", "puesta de sol"),
    "walk": ("paseo", "passeio", "caminhada"),
    "tour": ("recorrido", "excursion", "excursao"),
    "breakfast": ("desayuno", "cafe da manha", "pequeno almoco"),
    "brunch": ("brunch",),
    "family": ("familia", "familiar", "ninos", "criancas"),
    "romantic": ("romantico", "romantica"),
    "local food": ("comida tipica", "comida local", "comida tradicional"),
    "food": (
        "para comer",
        "pra comer",
        "pa comer",
        "de comer",
        "comer",
        "comida",
        "to eat",
        "eat",
        "eats",
        "a bite",
        "grub",
    ),
    "traditional": ("tipico", "tipica", "tradicional", "comida caseira", "caseira", "caseiro"),
    "rooftop": ("azotea", "terraza", "terraco", "rooftops"),
    "sushi": ("sushis",),
    "ramen": ("ramens", "lamen", "lamens", "lamén", "ramén"),
    "udon": ("udones",),
    "pasta": ("pastas",),
    "soba": ("sobas",),
    "pancakes": (
        "panquecas",
        "panqueca",
        "panqueques",
        "panqueque",
        "tortitas",
        "hotcakes",
        "pancake",
        "crepes",
        "crepas",
    ),
    "steakhouse": ("steakhouses",),
    "hearty": ("contundente", "sustancioso", "sustanciosa", "caseiro", "caseira", "casero"),
    "scottish": ("escoces", "escocesa", "escoceses"),
    "tapas": ("tapas",),
    "ceviche": ("cebiche", "cevicheria"),
    "waterfall": ("cascada", "cachoeira", "cascata"),
    "island": ("isla", "islas", "ilha", "ilhas"),
    "station": ("estacion", "estacao", "estaciones", "estacoes"),
    "grove": ("bosque", "arboleda"),
    "bamboo": ("bambu",),
    "lake": ("lago",),
    "lagoon": ("laguna", "lagoa"),
    "walled city": ("ciudad amurallada", "cidade murada"),
    "old town": ("casco antiguo", "centro historico", "ciudad vieja", "cidade velha"),
    "club": ("boliche", "discoteca", "disco", "antro", "balada"),
    "river": ("rio", "rios"),
    "hindu": ("hindu", "hindues"),
    "boat": ("barco", "lancha", "bote"),
    "tower": ("torre",),
    "bridge": ("puente", "ponte"),
    "square": ("praca", "plazoleta"),
    "zoo": ("zoologico",),
    "aquarium": ("acuario", "aquario"),
    "spa": ("spas", "termas"),
    "theater": ("teatro", "teatros"),
    "music": ("musica", "live music"),
    "noodles": ("fideos", "tallarines", "noodle"),
    "cemetery": ("cementerio", "cemiterio", "graveyard", "kirkyard"),
    "monastery": ("monasterio", "mosteiro", "convento", "convent"),
    "lighthouse": ("faro", "farol"),
    "mosque": ("mezquita", "mesquita"),
    "cave": ("cueva", "cuevas", "caverna", "gruta", "grutas"),
}
TRANSLATIONS: dict[str, str] = {
    fold(word): english for english, words in _KINDS.items() for word in words
}
# The English words that name a kind of place (what place data is tagged with).
KIND_WORDS = frozenset(_KINDS) | frozenset(
    """restaurant cafe bar pub museum park beach hotel gallery temple shrine bakery coffee
    brunch breakfast lunch dinner sight attraction landmark monument viewpoint market club
    nightclub spot brewery distillery bookshop bookstore shop mall ramen sushi tapas seafood
    udon soba pizza burger tacos curry pastry dessert""".split()
)
# Words that say nothing about which place ("a nice spot for …").
_FILLER = frozenset(
    fold(w)
    for w in """de del la el los las un una unos unas o os a as um uma uns umas do da dos das
    no na nos nas al en em con com para pra pro por y e lugar lugares sitio sitios sitiecito
    algun alguno alguna algum alguma algo bueno buena buen bom boa bonito bonita lindo linda
    legal rico rica chevere bacano top otro otra outro outra cerca perto aqui alli ali mi meu
    minha su sus lots plenty many some good great nice lovely awesome amazing cool best ir of
    bien chido padre sencillo sencilla rico bom chevere bacano legalzinho maneiro tranquilo
    tranquila tranqui agradable simpatico simpatica bacan
    muchos muchas muitos muitas buenos buenas bons boas
    visitar conocer conhecer in at the with
    maningue bue fixe tri daora dahora irado irada massinha bacaninha showzinho
    daqui jeitoso jeitosa arretado arretada porreiro porreira bacana catita""".split()
)


_VAGUE = frozenset(
    """a an the some any place places spot spots somewhere something thing stop activity good
    nice new interesting cool fun great""".split()
)


def is_vague_query(query: str | None) -> bool:
    """True when a search phrase names no kind of place ("somewhere good", "algo bom")."""
    words = [w for w in fold(query or "").split() if w not in _VAGUE and w not in _FILLER]
    return not words


def search_terms(query: str) -> str:
    """The query in the words place data uses: known kinds translated, filler dropped."""
    folded = fold(query)
    for phrase in sorted((p for p in TRANSLATIONS if " " in p), key=len, reverse=True):
        if f" {phrase} " in f" {folded} ":
            folded = f" {folded} ".replace(f" {phrase} ", f" {TRANSLATIONS[phrase]} ").strip()
    words = [_translated(word) for word in folded.split()]
    kept = [word for word in words if word not in _FILLER]
    return " ".join(kept) if kept else query


def _translated(word: str) -> str:
    """A known kind of place, also in the plural ("carnes", "museos") or a diminutive.

    "feirinha", "lojinhas", "prainha", "parquinho": a market, shops, a beach, a park.
    """
    for said in (word, *_undiminished(word)):
        for form in (said, said[:-1], said[:-2]):
            if form in TRANSLATIONS and (form == said or said.endswith("s")):
                return TRANSLATIONS[form]
    return word


_DIMINUTIVE = re.compile(r"^(?P<stem>\w{2,}?)(?:zinh|inh|it)(?P<end>[oa]s?)$")


def _undiminished(word: str) -> list[str]:
    """The plain forms a diminutive may come from: "prainha" → praia, "parquinho" → parque."""
    match = _DIMINUTIVE.match(word)
    if match is None:
        return []
    stem, end = match.group("stem"), match.group("end")
    plural = "s" if end.endswith("s") else ""
    return [stem + end, f"{stem}e{plural}", f"{stem}i{end}", stem + plural]


def interest_words(text: str) -> list[str]:
    """Interests named in a list ("beaches, whisky and castles") as singular search words."""
    out: list[str] = []
    parts = re.split(r"\s*[,;&/]\s*|\s+(?:and|y|e|plus)\s+", text.lower())
    for part in (fold(piece) for piece in parts):
        words = [w for w in search_terms(part).split() if w not in _FILLER]
        if not words:
            continue
        phrase = " ".join(_singular(w) for w in words)
        if phrase and phrase not in out:
            out.append(phrase)
    return out


def _singular(word: str) -> str:
    if word in {"cocktails", "views", "tapas", "ramen", "sushi", "shopping", "history", "art"}:
        return word
    if word.endswith(("ches", "shes")):
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
