"""Sixth fresh held-out set (pt), written blind to the parser: it only measures.

Written blind on 2026-12-07 and never tuned on: nobody may read these messages to fix the
parser, and nobody may change them to make the service pass. They are how travelers type to a
travel assistant on their phone: mostly from Brazil (São Paulo "meu", Rio "mermão", Minas
"uai"/"trem", Bahia "oxe"/"painho", Ceará "macho"/"arretado", Pará "égua", Santa Catarina,
Goiás), with vc, q, pq, tb, pra, hj, dps, pfv, kkk and "amanha" without the accent; some from
Portugal (queria, podes, sítio, tira-me, se faz favor, pequeno-almoço, mete) and Mozambique
("maningue", "estou a ver"). They carry weekdays and ordinal days, "às 20h", "8 da noite",
meals (café da manhã, almoço, janta), wishes (barato, vegetariano, pra criança, rooftop, bem
avaliado, romântico), two requests at once, asides, corrections mid-message, "esse"/"ele" for
what was just added, and replies to the bot's cards and questions ("o segundo", "o último",
"pode", "bora"). Each case checks outcomes only (the itinerary, the answer's type, the reply's
language, a place name where one must be mentioned) and accepts every reasonable path: cards
then a pick, done at once, or a confirmation first. The traveler's stored locale is Portuguese
unless `locale` says otherwise; the reply must follow the language they write in.

The trips start on Monday 2026-12-07 (segunda = day 1, terça = day 2, quarta = day 3,
quinta = day 4, sexta = day 5, sábado = day 6), except Mumbai, which starts today, Monday
2026-11-23 (hoje = day 1, amanhã = day 2, quarta = day 3).
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    INPUT,
    PART,
    SEL,
    AnyOf,
    Cards,
    Changed,
    Check,
    NoDump,
    NotSays,
    Same,
    Says,
    SaysLast,
    Short,
    Type,
    Warned,
    When,
)
from bench.understanding_corpus.item_checks import (
    Added,
    Chose,
    ClashHandled,
    Filled,
    NewCount,
    NoLoss,
    Removed,
    Replaced,
)
from bench.understanding_corpus.places import (
    CHEAP,
    FAMILY,
    OPEN_NOW,
    ROMANTIC,
    ROOFTOP,
    TOP_RATED,
    VEGGIE,
    Wish,
)
from bench.understanding_corpus.spec import (
    AFTERNOON,
    DINNER,
    EVENING,
    LUNCH,
    MORNING,
    Corpus,
    If,
    S,
    go,
    pick,
)
from bench.understanding_corpus.trip_checks import (
    Booked,
    Cleared,
    Days,
    Lead,
    Moved,
    Plan,
    Retimed,
    Start,
    Swapped,
)

c = Corpus("pt", "f5")

MEAL = ("restaurant", "cafe", "bakery")  # what may fill a meal slot
COFFEE = ("cafe", "coffee")
CHEAP_VEGGIE = Wish(max_price=1, keywords=VEGGIE.keywords)


def add(
    trip: str,
    text: str,
    *,
    day: int,
    terms: tuple[str, ...] | str = (),
    wish: Wish | None = None,
    between: tuple[str, str] | None = None,
    at: str | None = None,
    slot: tuple[str, ...] | str | None = None,
    name: str | None = None,
    kind: str = "add",
    locale: str = "pt",
) -> None:
    """'add X': cards then the first one, or added at once; then X is on the trip as asked."""
    c.add(
        trip,
        text,
        day=day,
        terms=terms,
        wish=wish,
        between=between,
        at=at,
        slot=slot,
        name=name,
        kind=kind,
        locale=locale,
    )


def edit(
    kind: str, trip: str, text: str, *final: Check, ok: str = "sim", locale: str = "pt"
) -> None:
    """A change done at once, or confirmed first (nothing changes before the yes)."""
    c.case(
        kind,
        trip,
        S(text, Type(DONE, CONF), When(CONF, Same())),
        go(ok, "1", Type(DONE)),
        final=final,
        locale=locale,
    )


def replace(
    trip: str,
    text: str,
    old: str,
    day: int,
    terms: tuple[str, ...] = (),
    wish: Wish | None = None,
    locale: str = "pt",
) -> None:
    """'swap X for a Y': done at once, or cards of Y (then the first), or confirmed first."""
    c.case(
        "replace",
        trip,
        S(text, Type(DONE, CONF, SEL), When((CONF, SEL), Same()), When(SEL, Cards(terms, wish))),
        go("sim", "1"),
        go("sim", "1"),
        final=(Replaced(old, day, terms, wish),),
        locale=locale,
    )


def ask(kind: str, trip: str, text: str, *expect: Check, locale: str = "pt") -> None:
    """A question: answered, nothing changed."""
    c.case(kind, trip, S(text, Type(DONE), Same(), *expect), locale=locale)


def chat(kind: str, trip: str, text: str, *expect: Check, locale: str = "pt") -> None:
    """Small talk or a question about the service: nothing changed, no itinerary dump."""
    ask(kind, trip, text, NoDump(), *expect, locale=locale)


def flow(
    kind: str,
    trip: str,
    text: str,
    *final: Check,
    ok: str = "sim",
    answer: str | None = None,
    locale: str = "pt",
) -> None:
    """A request that may ask first (a question, cards or a confirmation), then is done."""
    c.case(
        kind,
        trip,
        S(text, Type(DONE, CONF, SEL, INPUT, PART)),
        go(ok, "1", answer=answer),
        go(ok, "1", answer=answer),
        final=final,
        locale=locale,
    )


def choose(
    trip: str,
    text: str,
    reply: str,
    index: int,
    *,
    day: int,
    terms: tuple[str, ...],
    wish: Wish | None = None,
    locale: str = "pt",
) -> None:
    """Asking for options, then picking one of the cards by its position."""
    c.case(
        "choice",
        trip,
        S(text, Type(SEL), Same(), Cards(terms, wish, min=2)),
        If(SEL, reply, Type(DONE), Chose(index)),
        final=(Added(day, terms, wish),),
        locale=locale,
    )


# ---- add ------------------------------------------------------------------------------------

add("kyoto", "bota o Ginkaku-ji no dia 1 dps do almoço pfv", day=1, name="Ginkaku-ji", between=("12:30", "18:30"))  # fmt: skip  # noqa: E501
add("edinburgh", "quero mt ir no Dean Village, pode por na quinta?", day=4, name="Dean Village")
add("goa", "add uma praia no dia 4, qualquer uma tranquila", day=4, terms="beach")
add("mumbai", "amanha quero conhecer o Hanging Gardens, coloca de tarde", day=2, name="Hanging Gardens", between=AFTERNOON)  # fmt: skip  # noqa: E501
add("jaipur", "inclui o albert hall museum no terceiro dia", day=3, name="Albert Hall Museum")
add("bogota", "oxe, me coloca um museu no dia 4 q ta vazio", day=4, terms="museum")
add("cartagena", "Quero ir na Torre del Reloj no sábado", day=6, name="Torre del Reloj")
add("porto", "Queria acrescentar a Capela das Almas ao dia 4, se faz favor.", day=4, name="Capela das Almas")  # fmt: skip  # noqa: E501
add("porto", "bota uma igreja bonita no dia 5, tanto faz qual", day=5, terms="church")
add("kyoto", "add o tenryu-ji no dia 3 tb, fica perto do bambuzal né", day=3, name="Tenryu-ji", locale="en")  # fmt: skip  # noqa: E501
add("blank", "uai, coloca o Kyoto National Museum no segundo dia", day=2, name="Kyoto National Museum")  # fmt: skip  # noqa: E501
add("edinburgh", "queria comer um fish and chips no dia 4 na hora do almoço", day=4, terms="fish and chips", between=LUNCH)  # fmt: skip  # noqa: E501

# ---- add_slots: a day and a time (or part of the day) given with the place --------------------

add("goa", "coloca o Reis Magos Fort no dia 4 às 10h", day=4, name="Reis Magos Fort", at="10:00", kind="add_slots")  # fmt: skip  # noqa: E501
add("bogota", "Põe o Chorro de Quevedo na quarta às 11 da manhã", day=3, name="Chorro de Quevedo", at="11:00", kind="add_slots")  # fmt: skip  # noqa: E501
add("jaipur", "add jal mahal dia 3 as 17h pra ver o por do sol", day=3, name="Jal Mahal", at="17:00", kind="add_slots")  # fmt: skip  # noqa: E501
add("cartagena", "bota o museo naval del caribe na terça de manha, tipo 9h", day=2, name="Museo Naval del Caribe", at="09:00", kind="add_slots")  # fmt: skip  # noqa: E501
add("mumbai", "hj às 18h30 quero ir na Girgaum Chowpatty, adiciona aí", day=1, name="Girgaum Chowpatty", at="18:30", kind="add_slots")  # fmt: skip  # noqa: E501
add("porto", "Mete o Jardim do Morro no dia 6 às 18h para ver o pôr do sol", day=6, name="Jardim do Morro", at="18:00", kind="add_slots")  # fmt: skip  # noqa: E501

# ---- wishes ---------------------------------------------------------------------------------

add("kyoto", "algum lugar de udon ou soba baratinho pro almoço do dia 3?", day=3, terms=("udon", "soba", "noodles"), wish=CHEAP, between=LUNCH, kind="wishes")  # fmt: skip  # noqa: E501
add("mumbai", "amanhã no almoço quero algo vegetariano e barato, to gastando demais kkk", day=2, terms=MEAL, wish=CHEAP_VEGGIE, between=LUNCH, kind="wishes")  # fmt: skip  # noqa: E501
add("edinburgh", "tem algum parque bom pra criança? coloca no dia 4, vou com meus 2 filhos", day=4, terms="park", wish=FAMILY, kind="wishes")  # fmt: skip  # noqa: E501
add("bogota", "quero um café bem avaliado no dia 4 de manhã, só os melhores", day=4, terms=COFFEE, wish=TOP_RATED, between=MORNING, kind="wishes")  # fmt: skip  # noqa: E501
add("cartagena", "jantar romântico no sábado, algo especial pq é nosso aniversário de casamento", day=6, terms="restaurant", wish=ROMANTIC, between=DINNER, kind="wishes")  # fmt: skip  # noqa: E501
add("porto", "Há algum sítio vegetariano para almoçar no dia 3?", day=3, terms=MEAL, wish=VEGGIE, between=LUNCH, kind="wishes")  # fmt: skip  # noqa: E501
add("jaipur", "macho, quero um rooftop pra tomar um drink no fim do dia 3", day=3, wish=ROOFTOP, between=EVENING, kind="wishes")  # fmt: skip  # noqa: E501
add("mumbai", "to morrendo de fome, tem algum restaurante aberto agora? põe hj", day=1, terms=MEAL, wish=OPEN_NOW, kind="wishes")  # fmt: skip  # noqa: E501

# ---- remove ---------------------------------------------------------------------------------

edit("remove", "kyoto", "tira o Ryoan-ji", Removed("Ryoan-ji", 1))
edit("remove", "edinburgh", "nao quero mais ir no greyfriars kirkyard, pode remover", Removed("Greyfriars Kirkyard", 2))  # fmt: skip  # noqa: E501
edit("remove", "goa", "remove o Fort Aguada do dia 2 pfv", Removed("Fort Aguada", 2))
edit("remove", "mumbai", "cancela a Elephanta Caves amanhã, mto longe e a gente tá cansado", Removed("Elephanta Caves", 2))  # fmt: skip  # noqa: E501
edit("remove", "jaipur", "Pode tirar o Kachori Corner? não curto fritura cedo kkkk", Removed("Kachori Corner", 3))  # fmt: skip  # noqa: E501
edit("remove", "porto", "Tira-me a Torre dos Clérigos, já lá fui da última vez.", Removed("Torre dos Clérigos", 1))  # fmt: skip  # noqa: E501
edit("remove", "cartagena", "apaga o palacio de la inquisicion, museu de tortura nao é minha praia", Removed("Palacio de la Inquisición", 2))  # fmt: skip  # noqa: E501

# ---- clear ----------------------------------------------------------------------------------

edit("clear", "kyoto", "limpa o dia 3 inteiro, vou decidir na hora", Cleared(3))
edit("clear", "porto", "Podes apagar tudo do dia 6? Vamos improvisar.", Cleared(6))
edit("clear", "bogota", "quero a quarta livre, tira tudo desse dia", Cleared(3))

# ---- move -----------------------------------------------------------------------------------

edit("move", "kyoto", "passa o Nijo Castle pro dia 1", Moved("Nijo Castle", 1))
edit("move", "edinburgh", "move o calton hill pro dia 4 q ta vazio", Moved("Calton Hill", 4))
edit("move", "goa", "joga a Anjuna Beach pro ultimo dia", Moved("Anjuna Beach", 4))
edit("move", "mumbai", "o Marine Drive fica melhor hj, passa ele pra hoje", Moved("Marine Drive", 1))  # fmt: skip  # noqa: E501
edit("move", "jaipur", "coloca o Nahargarh Fort no dia 2... não pera, no dia 1 mesmo", Moved("Nahargarh Fort", 1))  # fmt: skip  # noqa: E501
edit("move", "cartagena", "manda o Getsemaní pra quinta", Moved("Getsemaní", 4))
edit("move", "bogota", "Monserrate pro dia 4 às 9h, quero subir cedinho", Moved("Monserrate", 4, at="09:00"))  # fmt: skip  # noqa: E501

# ---- retime ---------------------------------------------------------------------------------

edit("retime", "kyoto", "muda o Kamogawa pras 20h", Retimed("Kamogawa Kaiseki", "20:00"))
edit("retime", "edinburgh", "the wee dram pode ser às 21h30?", Retimed("The Wee Dram", "21:30"))
edit("retime", "goa", "o Vindaloo & Vinho às 8 da noite em vez de 19h30", Retimed("Vindaloo & Vinho", "20:00"))  # fmt: skip  # noqa: E501
edit("retime", "jaipur", "atrasa o Amber Fort pras 10h, ninguém aqui acorda cedo", Retimed("Amber Fort", "10:00"))  # fmt: skip  # noqa: E501
edit("retime", "porto", "A Marisqueira da Foz pode passar para as 21h?", Retimed("Marisqueira da Foz", "21:00"))  # fmt: skip  # noqa: E501

# ---- replace --------------------------------------------------------------------------------

replace("kyoto", "troca o Menya Kurogane por um lugar de sushi", "Menya Kurogane", 2, ("sushi",))
replace("edinburgh", "substitui o Canongate Kitchen por algo vegetariano, minha namorada nao come carne", "Canongate Kitchen", 2, MEAL, VEGGIE)  # fmt: skip  # noqa: E501
replace("mumbai", "no lugar da Annapoorna quero um restaurante de frutos do mar", "Annapoorna Thali House", 3, ("seafood",))  # fmt: skip  # noqa: E501
replace("jaipur", "troca o Marwar Thali Haveli por comida de rua", "Marwar Thali Haveli", 1, ("street food",))  # fmt: skip  # noqa: E501
replace("cartagena", "em vez da Cevichería quero comida árabe", "La Cevichería Caribe", 1, ("lebanese", "arabic", "middle eastern"))  # fmt: skip  # noqa: E501

# ---- swap_days ------------------------------------------------------------------------------

edit("swap_days", "kyoto", "inverte o dia 1 com o dia 3", Swapped(1, 3))
edit("swap_days", "jaipur", "troca o dia 2 pelo dia 3, tudo q tem num vai pro outro", Swapped(2, 3))  # fmt: skip  # noqa: E501
edit("swap_days", "porto", "Dá para trocar a ordem do dia 1 e do dia 2?", Swapped(1, 2))

# ---- trip: days and dates -------------------------------------------------------------------

edit("trip", "kyoto", "adiciona mais um dia na viagem", Days(4), NoLoss())
edit("trip", "goa", "tira o dia 4, vou ter q voltar antes", Days(3), NoLoss())
edit("trip", "edinburgh", "mudaram meu voo!! a viagem agora começa dia 9 de dezembro", Start("2026-12-09"), Days(5), NoLoss())  # fmt: skip  # noqa: E501

# ---- undo -----------------------------------------------------------------------------------

c.case(
    "undo",
    "jaipur",
    S("tira o hawa mahal", Type(DONE, CONF)),
    go("sim"),
    S("ops, desfaz isso, tirei errado", Type(DONE)),
    final=(Same(),),
    locale="pt",
)
c.case(
    "undo",
    "porto",
    S("Passa o Museu de Serralves para o dia 5", Type(DONE, CONF)),
    go("sim"),
    S("afinal não, volta como estava", Type(DONE)),
    final=(Same(),),
    locale="pt",
)
c.case(
    "undo",
    "mumbai",
    S("add Jehangir Art Gallery na quarta", Type(SEL, DONE)),
    pick(),
    S("desfaz pfv", Type(DONE)),
    final=(Same(),),
    locale="pt",
)

# ---- show -----------------------------------------------------------------------------------

ask("show", "kyoto", "o q tem no dia 2?", Says("Fushimi Inari Taisha", "Kiyomizu-dera"))
ask("show", "edinburgh", "me mostra o roteiro completo", Says("Edinburgh Castle", "Arthur's Seat", "Royal Botanic Garden"))  # fmt: skip  # noqa: E501
ask("show", "mumbai", "o que eu tenho pra amanhã?", Says("Elephanta Caves", "Marine Drive"), NotSays("Haji Ali Dargah"))  # fmt: skip  # noqa: E501
ask("show", "cartagena", "como ficou a sexta?", Says("Getsemaní"))
ask("show", "porto", "Mostra-me o dia 4", Says("Sé do Porto", "Casa da Francesinha"), locale="es")  # fmt: skip  # noqa: E501

# ---- plan -----------------------------------------------------------------------------------

flow("plan", "blank", "monta um roteiro de 2 dias pra mim, curto templo e comida de rua", Plan("kyoto", 2, (("temple", "shrine"),)), answer="templos e comida de rua")  # fmt: skip  # noqa: E501
flow("plan", "edinburgh", "planeja o dia 4 pra mim, to sem ideia", Plan("edinburgh", 5), NoLoss(), Changed(), answer="o que vc achar melhor")  # fmt: skip  # noqa: E501
flow("plan", "goa", "égua, o último dia tá vazio, organiza ele pra mim?", Plan("goa", 4), NoLoss(), Changed(), answer="pode ser qualquer coisa")  # fmt: skip  # noqa: E501

# ---- explain --------------------------------------------------------------------------------

ask("explain", "kyoto", "pq vc colocou o Sanjusangen-do no dia 2?", Says("Sanjusangen-do"))
ask("explain", "jaipur", "me explica o que é esse Jantar Mantar", Says("Jantar Mantar"))
ask("explain", "bogota", "por que o Museo Botero vale a pena?", Says("Museo Botero"))

# ---- info -----------------------------------------------------------------------------------

ask("info", "porto", "A Livraria Lello abre a que horas?", Says("Livraria Lello"))
ask("info", "edinburgh", "quanto custa entrar no Edinburgh Castle?", Says("Edinburgh Castle"))
ask("info", "cartagena", "o Castillo San Felipe é bem avaliado? vale a pena msm?", Says("Castillo San Felipe"))  # fmt: skip  # noqa: E501

# ---- book -----------------------------------------------------------------------------------

flow("book", "porto", "Reserva uma mesa na Tasca do Cais para 4 pessoas às 13h", Booked("Tasca do Cais", 4, "13:00"))  # fmt: skip  # noqa: E501
flow("book", "kyoto", "faz uma reserva no Kamogawa Kaiseki pra 2, 19h", Booked("Kamogawa Kaiseki", 2, "19:00"))  # fmt: skip  # noqa: E501
flow("book", "mumbai", "consegue reservar o Konkan Coast Kitchen hj pra nós 3?", Booked("Konkan Coast Kitchen", 3), answer="às 13h")  # fmt: skip  # noqa: E501

# ---- expert ---------------------------------------------------------------------------------

flow("expert", "jaipur", "queria falar com um guia local de Jaipur, alguém q fale português ou inglês", Lead(), Same(), answer="história e comida, orçamento médio")  # fmt: skip  # noqa: E501
flow("expert", "goa", "vcs tem algum especialista local pra me ajudar a montar Goa? orçamento médio", Lead(), Same(), answer="praias e comida goesa, uns 100 dólares por dia")  # fmt: skip  # noqa: E501

# ---- help -----------------------------------------------------------------------------------

chat("help", "bogota", "como funciona isso aqui? o q eu posso te pedir?")
chat("help", "cartagena", "oi, o q vc sabe fazer?", locale="en")

# ---- multi: two requests in one message -----------------------------------------------------

flow("multi", "kyoto", "tira o Ryoan-ji e adiciona um café no dia 3", Removed("Ryoan-ji", 1), Added(3, COFFEE, only=False))  # fmt: skip  # noqa: E501
flow("multi", "edinburgh", "passa o Calton Hill pro dia 4 e muda o Thistle & Stag pras 19h30", Moved("Calton Hill", 4, alone=False), Retimed("The Thistle & Stag", "19:30", alone=False))  # fmt: skip  # noqa: E501
flow("multi", "porto", "Tira a estação de São Bento e põe o Bifana do Bolhão no almoço do dia 2", Removed("São Bento Station", 2), Added(2, name="Bifana do Bolhão", only=False))  # fmt: skip  # noqa: E501
flow("multi", "goa", "muda o Casa Xacuti pra 13h30 e tira a Miramar Beach, painho nao gosta de praia", Retimed("Casa Xacuti", "13:30", alone=False), Removed("Miramar Beach", 1))  # fmt: skip  # noqa: E501
flow("multi", "bogota", "adiciona a Quinta de Bolívar e o Chorro de Quevedo no dia 4", NewCount(2), Added(4, name="Quinta de Bolívar", only=False), Added(4, name="Chorro de Quevedo", only=False))  # fmt: skip  # noqa: E501

# ---- referent: "esse", "ele" for what was just added ----------------------------------------

c.case(
    "referent",
    "cartagena",
    S("coloca o Café Plaza San Diego no dia 4", Type(SEL, DONE)),
    pick(),
    S("põe esse às 9h", Type(DONE, CONF)),
    go("sim"),
    final=(Retimed(None, "09:00", day=4),),
    locale="pt",
)
c.case(
    "referent",
    "goa",
    S("adiciona o Dona Paula Viewpoint no dia 4", Type(SEL, DONE)),
    pick(),
    S("na vdd coloca ele no dia 3, pro por do sol", Type(DONE, CONF)),
    go("sim"),
    final=(Moved(None, 3),),
    locale="pt",
)
c.case(
    "referent",
    "mumbai",
    S("add Kala Ghoda Art District amanhã", Type(SEL, DONE)),
    pick(),
    S("o q tem de legal nesse lugar?", Type(DONE), Same(), SaysLast()),
    locale="pt",
)
c.case(
    "referent",
    "edinburgh",
    S("adc o Dunbar's Close Garden no dia 5", Type(SEL, DONE)),
    pick(),
    S("deixa, tira ele", Type(DONE, CONF), When(DONE, Removed())),
    go("sim"),
    final=(Same(),),
    locale="pt",
)

# ---- duplicate: already on the trip ---------------------------------------------------------

c.case(
    "duplicate",
    "kyoto",
    S("adiciona o Kinkaku-ji no dia 3", Type(DONE, CONF, SEL, INPUT), AnyOf(Same(), Warned())),
    locale="pt",
)
c.case(
    "duplicate",
    "porto",
    S("Põe a Ribeira no dia 6", Type(DONE, CONF, SEL, INPUT), AnyOf(Same(), Warned())),
    locale="pt",
)

# ---- clash: a time that is taken ------------------------------------------------------------

flow("clash", "kyoto", "coloca o Nishiki Market no dia 2 às 10h", ClashHandled(2, "10:00", ("market",)), ok="pode sim", answer="então às 11h30")  # fmt: skip  # noqa: E501
flow("clash", "jaipur", "bota o Birla Mandir dia 2 às 15h30", ClashHandled(2, "15:30", ("temple",)), ok="pode", answer="17h então")  # fmt: skip  # noqa: E501
flow("clash", "bogota", "quero a Quinta de Bolívar no dia 1 às 10h", ClashHandled(1, "10:00", ("quinta de bolivar",)), ok="bora", answer="11h")  # fmt: skip  # noqa: E501

# ---- slot_fill: the open meal slots ---------------------------------------------------------

add("edinburgh", "preenche o café da manhã do dia 2 com algum lugar de brunch", day=2, terms=("brunch", "breakfast"), slot="Breakfast", kind="slot_fill")  # fmt: skip  # noqa: E501
add("goa", "o jantar do dia 1 tá vazio, sugere algo de comida goesa", day=1, terms="goan", slot="Dinner", kind="slot_fill")  # fmt: skip  # noqa: E501
add("bogota", "falta o almoço de terça, quero tomar um ajiaco", day=2, terms="ajiaco", slot="Lunch", kind="slot_fill")  # fmt: skip  # noqa: E501
c.case(
    "slot_fill",
    "porto",
    S("tenho uns jantares em aberto né? resolve o de quarta pra mim", Type(SEL, DONE, INPUT)),
    go("sim", "1", answer="qualquer um, o que vc recomendar"),
    go("sim", "1", answer="qualquer um"),
    final=(Filled(3, ("Dinner",), MEAL),),
    locale="pt",
)

# ---- social ---------------------------------------------------------------------------------

chat("social", "porto", "Muito obrigada, estás a ser uma grande ajuda!", Short())
chat("social", "mumbai", "kkkkk valeu mano, tmj", Short())
chat("social", "kyoto", "bom dia!! tudo bem por aí?", Short())

# ---- choice: cards, then one of them --------------------------------------------------------

choose("kyoto", "quero opções de lámen ou udon pro almoço do dia 1", "o segundo", 1, day=1, terms=("ramen", "udon", "soba", "noodles"))  # fmt: skip  # noqa: E501
choose("edinburgh", "me da umas opções de frutos do mar pro jantar do dia 3", "o último", -1, day=3, terms=("seafood",))  # fmt: skip  # noqa: E501
choose("mumbai", "sugere uns bares pra hj à noite", "o primeiro", 0, day=1, terms=("bar",))
choose("porto", "Mostra-me restaurantes de peixe para o jantar do dia 1", "o 2", 1, day=1, terms=("seafood", "fish"))  # fmt: skip  # noqa: E501
choose("goa", "tem opções de café pra manhã do dia 4?", "esse segundo aí", 1, day=4, terms=COFFEE)

# ---- locale: stored in another language, written in Portuguese ------------------------------

chat("locale", "porto", "Oi! Meu app tá em inglês mas prefiro que vc fale comigo em português, ok?", locale="en")  # fmt: skip  # noqa: E501
add("goa", "adiciona um restaurante vegetariano no dia 4", day=4, terms=MEAL, wish=VEGGIE, kind="locale", locale="es")  # fmt: skip  # noqa: E501
edit("locale", "kyoto", "remove o Nijo Castle por favor", Removed("Nijo Castle", 3), locale="en")

CASES = c.cases
