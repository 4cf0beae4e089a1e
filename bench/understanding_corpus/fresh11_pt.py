"""fresh11, Portuguese: a blind held-out set of traveler conversations.

Who writes: this set is MAINSTREAM. About three in four are ordinary travelers on a phone,
Brazilian and European Portuguese both: families, couples, seniors, a businesswoman between
meetings, backpackers, groups of friends, a mother planning for two kids, someone in a hurry.
They type as people do: typos, missing accents, no punctuation or too much, abbreviations
(vc, q, pq, pfv, pls, hj, ss, vdd, tb, p/), numbers as digits or words, polite long requests
and two-word commands, two requests in one message, a reason glued on, a correction in the
middle ("no dia 2, não pera, dia 3"), an indirect wish ("tô morrendo de fome"), a question
that is really a request ("dá pra encaixar…?"), and replies to the bot's questions with a word,
a number, a name or "o segundo" / "esse primeiro aí".

The other quarter writes in voices not used by earlier sets:
- a goiano from Goiânia ("uai", "cê", "trem", "nó", "nóis", "bão demais", "dimais");
- a cuiabano ("tchá por Deus", "djá", "ô mano", "quentura", "cumê");
- a paraibano from João Pessoa ("oxente", "mainha", "painho", "avexado", "muvuca");
- an alentejano ("ê moço", "atão", "cum catano", "põe-me lá");
- a transmontano who swaps v and b ("bai", "bira", "bazia", "libraria", "ó home", "chiça");
- a Portuguese emigrant in France ("bonjour", "bref", "à gare", "en vacances", "ça marche",
  "non");
- a Luso-American from New Bedford ("o meu boss", "vacation", "checkar", "daughter", "wife",
  "works");
- a Timorese traveler who mixes Tetum ("maun", "mana", "bondia", "obrigadu barak", "diak liu").
Every traveler has "pt" stored except the locale cases: two have "en" and one "es" stored and
still write Portuguese (the reply must follow what they write), and one writes English with
"pt" stored.

Written blind on 2026-12-08 (this session), from the demo data, the fixtures and the protocol
only (no parser, catalog, test or other corpus file read). It is a measure: never tune the
parser on it.

Day and date facts relied on (fixtures.py): the clock's now is Monday 2026-11-23 09:00 UTC.
The trips start 14 days on, Monday 2026-12-07 (segunda = day 1, terça = 2, quarta = 3,
quinta = 4, sexta = 5, sábado = 6); Kyoto and Jaipur run Monday-Wednesday, Goa and Bogotá
Monday-Thursday (day 4 empty), Edinburgh Monday-Friday (day 4 empty), Cartagena (day 4 empty)
and Porto (day 5 empty) Monday-Saturday; the blank trip is two empty Kyoto days. Mumbai is
under way and started today, Monday 2026-11-23 (hoje = day 1, amanhã = day 2, quarta = day
3), where it is 14:30 now. Hadibo is the demo trip (3 days); no case relies on its items.
"""

from __future__ import annotations

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    INPUT,
    SEL,
    Cards,
    Check,
    NoDump,
    Same,
    Says,
    SaysLast,
    Short,
    Type,
    When,
)
from bench.understanding_corpus.item_checks import (
    Added,
    Chose,
    ClashHandled,
    Filled,
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
)
from bench.understanding_corpus.spec import (
    AFTERNOON,
    DINNER,
    EVENING,
    LUNCH,
    MORNING,
    Case,
    Corpus,
    S,
    Step,
    go,
    pick,
    yes,
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

c = Corpus("pt", "f11", locale="pt")

BREAKFASTY = ("breakfast", "bakery", "cafe", "coffee", "brunch")
FOOD = ("restaurant", "cafe", "bakery")


def social(trip: str, text: str) -> None:
    """Small talk: a short answer, nothing changed, no itinerary dump."""
    c.still("social", trip, text, NoDump(), Short(), types=(DONE, INPUT))


def choice(trip: str, text: str, terms: tuple[str, ...], answer: str, index: int) -> None:
    """Cards for a kind of place, then the traveler picks one by position."""
    need = max(index + 1, 2) if index >= 0 else 2
    c.case(
        "choice",
        trip,
        S(text, Type(SEL), Cards(terms, min=need)),
        S(answer, Type(DONE), Chose(index)),
    )


def slot_fill(trip: str, text: str, answer: str, *final: Check, choose: str = "1") -> None:
    """A request missing a detail: asking for it (nothing changed) or acting sensibly; the
    traveler answers with the detail; then whatever is asked is gone along with."""
    c.case(
        "slot_fill",
        trip,
        S(text, Type(INPUT, SEL, CONF, DONE), When((INPUT, CONF), Same())),
        go("sim", choose, answer=answer),
        go("sim", choose, answer=answer),
        final=final,
    )


def clash(trip: str, text: str, day: int, busy: str, terms: tuple[str, ...]) -> None:
    """Adding at a time already taken: put elsewhere, or warned, or asked first."""
    c.case(
        "clash",
        trip,
        S(text, Type(SEL, DONE, CONF, INPUT)),
        go("sim", "1"),
        go("sim", "1"),
        final=(ClashHandled(day, busy, terms),),
    )


# ---- add (14) ----
c.add("hadibo", "add sushi no dia 2 pfv", day=2, terms="sushi", choose="o primeiro")
c.add(
    "kyoto",
    "queria ver o Ginkaku-ji no dia 3 de manhã, dá?",
    day=3,
    name="Ginkaku-ji",
    between=MORNING,
)
c.add(
    "edinburgh",
    "na quinta coloca a Dean Village, minha esposa quer tirar foto la",
    day=4,
    name="Dean Village",
)
# cuiabano
c.add(
    "goa",
    "Tchá por Deus, que quentura... djá põe uma praia no dia 4 di tarde",
    day=4,
    terms="beach",
    between=AFTERNOON,
)
c.add(
    "mumbai",
    "hj às 18h quero ver o por do sol na Nariman Point",
    day=1,
    name="Nariman Point",
    at="18:00",
)
c.add(
    "jaipur",
    "dá pra encaixar o Albert Hall Museum no dia 2 depois do almoço? meu marido ama museu",
    day=2,
    name="Albert Hall Museum",
    between=AFTERNOON,
)
c.add(
    "bogota",
    "coloca o Chorro de Quevedo no dia 2, não pera, no dia 3",
    day=3,
    name="Chorro de Quevedo",
)
c.add(
    "cartagena",
    "Quero ir na Torre del Reloj no dia 4 às 10h da manhã",
    day=4,
    name="Torre del Reloj",
    at="10:00",
)
# alentejano
c.add(
    "porto",
    "Ê moço, atão põe-me lá o Mercado do Bolhão na sexta de manhã",
    day=5,
    name="Mercado do Bolhão",
    between=MORNING,
)
c.add("blank", "coloca o kinkakuji no primeiro dia", day=1, name="Kinkaku-ji")
c.add("kyoto", "to com vontade de comer um ramen no dia 3", day=3, terms=("ramen", "noodles"))
c.add(
    "edinburgh",
    "fish and chips no almoço de quinta",
    day=4,
    terms="fish and chips",
    between=LUNCH,
)
c.add(
    "goa",
    "bar c musica ao vivo dia 3 a noite",
    day=3,
    terms=("live music", "bar", "nightlife"),
    between=EVENING,
    choose="1.",
)
c.add(
    "hadibo",
    "queremos fazer uma trilha no dia 3, algo com vista bonita. somos 4 amigos",
    day=3,
    terms=("hike", "hiking area", "viewpoint"),
)

# ---- wishes (10) ----
c.add(
    "kyoto",
    "algo baratinho p almoçar no dia 3, gastamos demais no primeiro dia kkk",
    day=3,
    terms=FOOD,
    wish=CHEAP,
    between=LUNCH,
    kind="wishes",
)
c.add(
    "goa",
    "um restaurante vegetariano pro jantar do dia 1, minha sogra não come carne",
    day=1,
    slot="Dinner",
    terms=FOOD,
    wish=VEGGIE,
    kind="wishes",
)
c.add(
    "porto",
    "Boa tarde. Gostava de um sítio romântico para jantar no sábado, fazemos 10 anos de "
    "casados e quero fazer uma surpresa ao meu marido. Obrigada!",
    day=6,
    slot="Dinner",
    terms=FOOD,
    wish=ROMANTIC,
    kind="wishes",
)
c.add(
    "jaipur",
    "rooftop pra uns drinks segunda a noite",
    day=1,
    wish=ROOFTOP,
    between=EVENING,
    kind="wishes",
)
c.add(
    "mumbai",
    "tô morrendo de fome, tem algo aberto agora p comer?",
    day=1,
    terms=FOOD,
    wish=OPEN_NOW,
    kind="wishes",
)
c.add(
    "edinburgh",
    "tem algo pra levar as crianças no dia 4? elas tem 6 e 9 anos",
    day=4,
    wish=FAMILY,
    kind="wishes",
)
c.add(
    "bogota",
    "o restaurante mais bem avaliado pra jantar na quarta",
    day=3,
    terms=FOOD,
    wish=TOP_RATED,
    between=DINNER,
    kind="wishes",
)
# cuiabano
c.add(
    "cartagena",
    "ô mano, djá tô duro, algo barato pra cumê no dia 4",
    day=4,
    terms=FOOD,
    wish=CHEAP,
    kind="wishes",
)
c.add(
    "hadibo",
    "tem lugar vegetariano? pro dia 2",
    day=2,
    terms=FOOD,
    wish=VEGGIE,
    kind="wishes",
    choose="pode ser o 1",
)
c.add(
    "kyoto",
    "jantar do dia 2 num lugar bem avaliado, 4.5 pra cima",
    day=2,
    slot="Dinner",
    terms=FOOD,
    wish=TOP_RATED,
    kind="wishes",
)

# ---- add_slots (9) ----
# goiano
c.add(
    "kyoto",
    "cê pode pôr o almoço do dia 1 num lugar de udon? nóis gosta dimais",
    day=1,
    slot="Lunch",
    terms=("udon", "noodles"),
    kind="add_slots",
)
c.add(
    "edinburgh",
    "café da manhã do dia 2, algo com panqueca",
    day=2,
    slot="Breakfast",
    terms=(*BREAKFASTY, "pancakes"),
    kind="add_slots",
)
c.add(
    "goa",
    "almoço de terça: fish thali",
    day=2,
    slot="Lunch",
    terms=("fish thali", "thali", "seafood"),
    kind="add_slots",
)
c.add(
    "mumbai",
    "amanhã o café da manhã pode ser num café irani? quero provar o bun maska",
    day=2,
    slot="Breakfast",
    terms=(*BREAKFASTY, "irani chai", "bun maska", "parsi"),
    kind="add_slots",
)
# paraibano
c.add(
    "jaipur",
    "oxente, o jantar de segunda bota laal maas, painho quer provar",
    day=1,
    slot="Dinner",
    terms=("laal maas",),
    kind="add_slots",
)
c.add(
    "bogota",
    "meu fi, almoço de terça quero ajiaco, dizem que é bom demais",
    day=2,
    slot="Lunch",
    terms=("ajiaco",),
    kind="add_slots",
)
c.add(
    "cartagena",
    "a janta do dia 2 pode ser frutos do mar?",
    day=2,
    slot="Cena",
    terms=("seafood",),
    kind="add_slots",
    choose="esse primeiro",
)
c.add(
    "porto",
    "Para o jantar de quarta-feira queríamos petiscos, se faz favor",
    day=3,
    slot="Dinner",
    terms=("petiscos", "small plates"),
    kind="add_slots",
)
c.add(
    "porto",
    "pequeno almoço de quinta com pastel de nata pf",
    day=4,
    slot="Breakfast",
    terms=(*BREAKFASTY, "pastel de nata", "pastries"),
    kind="add_slots",
)

# ---- remove (7) ----
# goiano
c.edit(
    "remove",
    "kyoto",
    "uai, tira esse trem do Sanjusangen-do, já tem templo dimais no dia 2",
    Removed("Sanjusangen-do", 2),
    confirm="pode",
)
# timorense
c.edit(
    "remove",
    "edinburgh",
    "Maun, pode tirar o Greyfriars Kirkyard? o meu filho tem medo de cemitério",
    Removed("Greyfriars Kirkyard", 2),
    confirm="sim",
)
c.edit("remove", "goa", "cancela a anjuna", Removed("Anjuna Beach", 2), confirm="sim")
c.edit(
    "remove",
    "mumbai",
    "amanhã não vamos mais pra Elephanta, pode tirar",
    Removed("Elephanta Caves", 2),
    confirm="sim",
)
c.edit(
    "remove",
    "jaipur",
    "remove o jantar no haveli rooftop pfv",
    Removed("Haveli Rooftop Kitchen", 2),
    confirm="ss",
)
c.edit(
    "remove",
    "bogota",
    "apaga a igreja de san francisco do 1o dia",
    Removed("Iglesia de San Francisco", 1),
    confirm="isso",
)
c.edit(
    "remove",
    "porto",
    "Tire a estação de São Bento por favor, já lá passámos quando chegámos",
    Removed("São Bento Station", 2),
    confirm="sim",
)

# ---- move (7) ----
c.edit("move", "kyoto", "passa o castelo Nijo pro dia 1", Moved("Nijo Castle", 1), confirm="sim")
c.edit(
    "move",
    "edinburgh",
    "leva o Arthur's Seat pra quinta, na quarta vai chover",
    Moved("Arthur's Seat", 4),
    confirm="sim",
)
c.edit(
    "move",
    "goa",
    "o forte aguada pode ir pro ultimo dia?",
    Moved("Fort Aguada", 4),
    confirm="pode",
)
c.edit(
    "move",
    "mumbai",
    "Haji Ali amanhã em vez de quarta",
    Moved("Haji Ali Dargah", 2),
    confirm="sim",
)
c.edit(
    "move",
    "cartagena",
    "las bovedas pro dia 4, mesmo horário",
    Moved("Las Bóvedas", 4, at="11:00"),
    confirm="sim",
)
# emigrante em França
c.edit(
    "move",
    "porto",
    "Bom, bref, a Sé muda para sexta, na quinta vamos à gare cedo",
    Moved("Sé do Porto", 5),
    confirm="oui sim",
)
c.edit(
    "move",
    "bogota",
    "distrito grafiti pro dia 4 plz",
    Moved("Distrito Grafiti", 4),
    confirm="sim",
)

# ---- retime (7) ----
c.edit(
    "retime",
    "kyoto",
    "Kinkaku-ji às 10 em vez das 9, as crianças não acordam cedo",
    Retimed("Kinkaku-ji", "10:00"),
    confirm="sim",
)
c.edit(
    "retime",
    "edinburgh",
    "The Wee Dram às 21h pls",
    Retimed("The Wee Dram", "21:00"),
    confirm="sim",
)
c.edit(
    "retime",
    "goa",
    "miramar beach mais tarde, tipo 17h30 pro pôr do sol",
    Retimed("Miramar Beach", "17:30"),
    confirm="sim",
)
# paraibano
c.edit(
    "retime",
    "jaipur",
    "tô avexado, bota o Amber Fort às 8h pra fugir da muvuca",
    Retimed("Amber Fort", "08:00"),
    confirm="pode",
)
c.edit(
    "retime",
    "bogota",
    "Monserrate às 7 da manhã, quero pegar sem fila",
    Retimed("Monserrate", "07:00"),
    confirm="sim",
)
# cuiabano
c.edit(
    "retime",
    "cartagena",
    "Tchá por Deus, que quentura! muda o Castillo San Felipe pras 17h",
    Retimed("Castillo San Felipe de Barajas", "17:00"),
    confirm="pode",
)
c.edit(
    "retime",
    "porto",
    "jantar na Marisqueira às 21h30 em vez das 20h",
    Retimed("Marisqueira da Foz", "21:30"),
    confirm="sim",
)

# ---- replace (6) ----
c.edit(
    "replace",
    "kyoto",
    "troca o Menya Kurogane por um lugar de udon ou soba",
    Replaced("Menya Kurogane", 2, ("udon", "soba", "noodles")),
    confirm="sim",
)
c.edit(
    "replace",
    "edinburgh",
    "em vez do Thistle & Stag quero um indiano",
    Replaced("The Thistle & Stag", 1, ("indian", "curry")),
    confirm="sim",
)
c.edit(
    "replace",
    "goa",
    "substitui o Vindaloo & Vinho por algo mais em conta",
    Replaced("Vindaloo & Vinho", 3, FOOD, CHEAP),
    confirm="sim",
)
c.edit(
    "replace",
    "jaipur",
    "no lugar do Marwar Thali, um vegano pfv, virei vegana esse ano",
    Replaced("Marwar Thali Haveli", 1, ("vegan", "vegetarian")),
    confirm="sim",
)
c.edit(
    "replace",
    "bogota",
    "troca o Fogón Llanero por um italiano",
    Replaced("Fogón Llanero", 1, ("italian",)),
    confirm="sim",
)
c.edit(
    "replace",
    "cartagena",
    "me disseram que a praia de Bocagrande é meio suja, troca por outra praia",
    Replaced("Playa de Bocagrande", 3, ("beach",)),
    confirm="sim",
)

# ---- trip (6) ----
# luso-americano
c.edit(
    "trip",
    "kyoto",
    "Olha, o meu boss deu-me mais um dia de vacation, estica a viagem para 4 dias",
    Days(4),
    confirm="sim",
)
c.edit(
    "trip",
    "porto",
    "chegamos só na terça, dá pra viagem começar dia 8?",
    Start("2026-12-08"),
    confirm="sim",
)
# alentejano
c.edit(
    "trip",
    "edinburgh",
    "Atão, corta-me o último dia, ê moço, que a gente volta na quinta",
    Days(4),
    confirm="sim",
)
c.edit(
    "trip",
    "goa",
    "adia tudo uma semana, o voo mudou",
    Start("2026-12-14"),
    confirm="sim",
)
c.edit("trip", "jaipur", "dá pra acrescentar 2 dias no final?", Days(5), confirm="sim")
c.edit(
    "trip",
    "cartagena",
    "na vdd a viagem começa dia 5 de dezembro, não 7",
    Start("2026-12-05"),
    confirm="sim",
)

# ---- multi (6) ----
c.flow(
    "multi",
    "kyoto",
    "tira o Sanjusangen-do e passa o Gion pras 17h",
    Removed("Sanjusangen-do", 2),
    Retimed("Gion District", "17:00", alone=False),
    confirm="sim",
)
# transmontano
c.flow(
    "multi",
    "porto",
    "Chiça, a francesinha bai pra sexta e tira-me a Sé, ó home",
    Moved("Casa da Francesinha", 5, alone=False),
    Removed("Sé do Porto", 4),
    confirm="sim",
)
c.flow(
    "multi",
    "edinburgh",
    "adiciona um pub no dia 4 e tira o Calton Hill, minhas pernas não aguentam mais subida",
    Added(4, ("pub", "bar"), only=False),
    Removed("Calton Hill", 2),
    confirm="sim",
)
c.flow(
    "multi",
    "goa",
    "coloca o Fort Aguada às 9 e o almoço do dia 2 num lugar de frutos do mar",
    Retimed("Fort Aguada", "09:00", alone=False),
    Filled(2, ("Lunch",), ("seafood",)),
    confirm="sim",
)
c.flow(
    "multi",
    "bogota",
    "move o Museo Botero pro dia 3 e põe umas arepas no café da manhã do dia 2",
    Moved("Museo Botero", 3, alone=False),
    Filled(2, ("Breakfast",), ("arepas",)),
    confirm="sim",
)
c.flow(
    "multi",
    "mumbai",
    "amanhã quero o Marine Drive às 19h e hoje à noite jantar num lugar de kebab",
    Retimed("Marine Drive", "19:00", alone=False),
    Filled(1, ("Dinner",), ("kebab",)),
    confirm="sim",
)

# ---- choice (6) ----
choice("jaipur", "quais templos vc indica pro dia 3? quero colocar um", ("temple",), "o segundo", 1)
choice("edinburgh", "tem parque legal pra botar no dia 4?", ("park", "garden"), "3", 2)
# paraibano
choice("goa", "oxente, quais praias tem pro dia 4?", ("beach",), "a última", -1)
choice("bogota", "opções de café pra quinta de manhã", BREAKFASTY, "opção 2", 1)
choice("porto", "Sugira uns miradouros para sexta", ("viewpoint",), "esse primeiro aí", 0)
choice("mumbai", "tem museu bom pra amanhã de tarde?", ("museum", "gallery"), "o 2 pfv", 1)

# ---- plan (5) ----
c.flow(
    "plan",
    "blank",
    "monta um roteiro pros 2 dias em Kyoto, curto templo e comida boa",
    Plan("kyoto", 2),
    confirm="sim",
    answer="templos e comida",
)
c.flow(
    "plan",
    "blank",
    "primeira vez no japão com 2 crianças, me faz um plano completo?",
    Plan("kyoto", 2),
    confirm="sim",
    answer="coisas pra família",
)
c.flow(
    "plan",
    "edinburgh",
    "o dia 4 tá vazio, planeja ele pra mim",
    Plan("edinburgh", 5),
    confirm="sim",
    answer="museus e um pub",
)
# transmontano
c.flow(
    "plan",
    "porto",
    "Ó home, planeia-me a sexta que está bazia",
    Plan("porto", 6),
    confirm="sim",
    answer="o que achar melhor",
)
c.flow(
    "plan",
    "cartagena",
    "monta o dia 4 pra gente, algo tranquilo com praia e comida boa",
    Plan("cartagena", 6),
    confirm="sim",
    answer="praia e comida",
)

# ---- book (5) ----
c.flow(
    "book",
    "kyoto",
    "reserva o Kamogawa Kaiseki pra duas pessoas",
    Booked("Kamogawa Kaiseki", party=2),
    confirm="sim",
    answer="2",
)
# emigrante em França
c.flow(
    "book",
    "porto",
    "Bonjour, é possível reservar mesa na Marisqueira da Foz pour 6 pessoas? somos a família "
    "toda, en vacances",
    Booked("Marisqueira da Foz", party=6),
    confirm="oui, sim",
    answer="6 pessoas",
)
c.flow(
    "book",
    "edinburgh",
    "book The Thistle & Stag, 4 pessoas, 19h",
    Booked("The Thistle & Stag", party=4, at="19:00"),
    confirm="sim",
    answer="4",
)
c.flow(
    "book",
    "bogota",
    "quero reservar o Fogón Llanero p/ 3",
    Booked("Fogón Llanero", party=3),
    confirm="sim",
    answer="3",
)
# paraibano
c.flow(
    "book",
    "jaipur",
    "mainha quer reservar o Haveli Rooftop Kitchen pra nós dois às 20h, pode?",
    Booked("Haveli Rooftop Kitchen", party=2, at="20:00"),
    confirm="pode",
    answer="2 pessoas",
)

# ---- referent (5) ----
c.case(
    "referent",
    "goa",
    S("um café pro dia 4 de manhã", Type(SEL, DONE)),
    pick("1"),
    S("esse abre q horas?", Type(DONE), Same(), SaysLast()),
)
c.case(
    "referent",
    "cartagena",
    S("quero um restaurante de peixe no dia 4", Type(SEL, DONE)),
    pick("o primeiro"),
    S("reserva esse pra 5 pessoas às 13h", Type(DONE, CONF, INPUT)),
    go("sim", "1", answer="5 pessoas, 13h"),
    final=(Booked(party=5),),
)
c.case(
    "referent",
    "mumbai",
    S("add um bar pra ver o pôr do sol amanhã", Type(SEL, DONE)),
    pick("1"),
    S("na vdd passa ele pro dia 3", Type(DONE, CONF, INPUT)),
    go("sim", "1"),
    final=(Moved(None, 3),),
)
c.case(
    "referent",
    "jaipur",
    S("add Panna Meena ka Kund no dia 3", Type(SEL, DONE)),
    pick("1"),
    S("coloca ele às 16h", Type(DONE, CONF, INPUT)),
    go("sim", "1"),
    final=(Retimed(None, "16:00"),),
)
c.case(
    "referent",
    "porto",
    S("Uma tasca tradicional para almoçar na sexta", Type(SEL, DONE)),
    pick("1"),
    S("fala-me mais desse sítio", Type(DONE), Same(), SaysLast()),
)

# ---- slot_fill (5) ----
# timorense
slot_fill(
    "edinburgh",
    "Bondia mana, quero adicionar um restaurante",
    "dia 4, obrigadu barak",
    Added(None, FOOD),
)
slot_fill("blank", "quero incluir um museu", "no dia 2", Added(None, ("museum",)))
slot_fill("porto", "põe alguma coisa no dia 5", "um museu", Added(5))
slot_fill(
    "cartagena",
    "reserva uma mesa pra gente",
    "na La Cevichería Caribe, 2 pessoas",
    Booked("La Cevichería Caribe"),
    choose="La Cevichería Caribe",
)
slot_fill("goa", "muda o horário do Fort Aguada", "11h", Retimed("Fort Aguada", "11:00"))

# ---- social (5) ----
social("goa", "brigado, ficou bão demais, uai")  # goiano
social("hadibo", "Obrigadu barak mana, diak liu!")  # timorense
social("porto", "Ça marche, obrigado pela ajuda")  # emigrante em França
social("kyoto", "bom diaaa tô mto ansiosa pra essa viagem!!!")
social("mumbai", "kkkkk vc é demais")

# ---- info (5) ----
# transmontano
c.still("info", "porto", "Ó home, a que horas abre a Libraria Lello?", Says("Livraria Lello"))
c.still("info", "mumbai", "oq temos amanhã de manhã?", Says("Elephanta Caves"))
c.still(
    "info",
    "kyoto",
    "o Kiyomizu fecha que horas? quero ver o pôr do sol la",
    Says("Kiyomizu-dera"),
)
c.still("info", "bogota", "o Museo Botero é de graça, uai?", Says("Museo Botero"))  # goiano
c.still("info", "jaipur", "onde a gente janta na terça?", Says("Haveli Rooftop Kitchen"))

# ---- swap_days (4) ----
c.edit("swap_days", "kyoto", "troca o dia um com o dia três", Swapped(1, 3), confirm="sim")
# transmontano
c.edit(
    "swap_days",
    "porto",
    "Bira a quarta com a quinta, se faz fabor",
    Swapped(3, 4),
    confirm="sim",
)
# goiano
c.edit(
    "swap_days",
    "bogota",
    "nó, cê inverte o dia 2 com o dia 3 pra mim?",
    Swapped(2, 3),
    confirm="uai, sim",
)
c.edit(
    "swap_days",
    "cartagena",
    "passa tudo do dia 5 pro dia 4 e vice versa",
    Swapped(4, 5),
    confirm="sim",
)

# ---- undo (4) ----
c.case(
    "undo",
    "kyoto",
    S("tira o Ryoan-ji do dia 1", Type(DONE, CONF)),
    yes("sim"),
    S("não não, volta ele, desfaz", Type(DONE)),
    final=(Same(),),
)
# emigrante em França
c.case(
    "undo",
    "porto",
    S("Mete a Capela das Almas na sexta", Type(SEL, DONE)),
    pick("1"),
    S("afinal non, desfaz isso", Type(DONE)),
    final=(Same(),),
)
c.case(
    "undo",
    "edinburgh",
    S("passa o Calton Hill pro dia 4", Type(DONE, CONF)),
    yes("sim"),
    S("hmm melhor não, desfaz pfv", Type(DONE)),
    final=(Same(),),
)
c.case(
    "undo",
    "cartagena",
    S("muda a Cevichería pras 14h", Type(DONE, CONF)),
    yes("sim"),
    S("desfaz, deixa como tava", Type(DONE)),
    final=(Same(),),
)

# ---- show (4) ----
c.still(
    "show", "edinburgh", "me manda o roteiro completo", Says("Edinburgh Castle", "Arthur's Seat")
)
# luso-americano
c.still(
    "show",
    "goa",
    "Preciso de checkar, o que temos no dia 3?",
    Says("Fontainhas Latin Quarter", "Vindaloo & Vinho"),
)
c.still("show", "cartagena", "mostra o sábado", Says("Las Bóvedas"))
c.still(
    "show",
    "mumbai",
    "e hj, oq falta?",
    Says("Chhatrapati Shivaji Maharaj Vastu Sangrahalaya"),
)

# ---- explain (4) ----
c.still("explain", "kyoto", "pq o Kinkaku-ji tá tão cedo?", Says("Kinkaku-ji"))
c.still("explain", "porto", "Porque é que puseste a Ponte Luís I às 16h?", Says("Ponte Luís I"))
# paraibano
c.still("explain", "jaipur", "oxente, pq o Nahargarh ficou pro último dia?", Says("Nahargarh"))
# timorense
c.still(
    "explain",
    "edinburgh",
    "Maun, porque é que o Calton Hill está no plano? é famoso?",
    Says("Calton Hill"),
)

# ---- duplicate (4) ----
c.already("porto", "adiciona a Livraria Lello no 1º dia", "Livraria Lello")
c.already("kyoto", "quero ir no Fushimi Inari no dia 2", "Fushimi Inari")
c.already("bogota", "coloca Monserrate na terça", "Monserrate")
c.already("jaipur", "add Amber Fort dia 1 pfv", "Amber Fort")

# ---- clash (4) ----
clash("kyoto", "bota um café às 8:30 no dia 2", 2, "08:30", ("cafe", "coffee"))
clash("porto", "quero almoçar sushi no dia 1 às 13h", 1, "13:00", ("sushi",))
clash(
    "edinburgh",
    "afternoon tea no dia 1 às 14h30, minha mãe faz questão",
    1,
    "14:30",
    ("tea", "afternoon tea"),
)
# luso-americano
clash(
    "goa",
    "A minha daughter quer comer na Mandovi Prawn Shack no dia 1 às 13h, okay?",
    1,
    "13:00",
    ("prawns", "seafood"),
)

# ---- locale (4) ----
c.add(
    "kyoto",
    "coloca um templo zen no dia 3",
    day=3,
    terms=("temple", "zen"),
    kind="locale",
    locale="en",
)
c.edit(
    "locale",
    "bogota",
    "tira o Museo Botero por favor",
    Removed("Museo Botero", 2),
    confirm="sim",
    locale="es",
)
c.chat("locale", "goa", "obrigado, ficou ótimo!", locale="en")
c.case(
    "locale",
    "edinburgh",
    S("could you move Victoria Street to day 4 please", Type(DONE, CONF), lang="en"),
    Step("yes", (Type(DONE),), (CONF,), "en"),
    final=(Moved("Victoria Street", 4),),
)

# ---- clear (3) ----
c.edit("clear", "goa", "limpa o dia 3 inteiro", Cleared(3), confirm="sim")
# alentejano
c.edit(
    "clear",
    "porto",
    "Cum catano, apaga-me tudo de sábado, vamos passar o dia com a família",
    Cleared(6),
    confirm="sim",
)
c.edit("clear", "jaipur", "zera o dia 2, vamo improvisar", Cleared(2), confirm="ss")

# ---- expert (3) ----
c.flow(
    "expert",
    "hadibo",
    "quero falar com um guia local em Socotra",
    Lead(),
    confirm="sim",
    answer="trilhas e praias",
)
# luso-americano
c.flow(
    "expert",
    "porto",
    "Queria falar com um expert local, a minha wife quer visitar as caves de vinho do Porto",
    Lead(),
    confirm="sim",
    answer="vinho do Porto",
)
# cuiabano
c.flow(
    "expert",
    "cartagena",
    "ô mano, tem como falar cum alguém de lá, tipo um especialista?",
    Lead(),
    confirm="sim",
    answer="praias e comida",
)

# ---- help (3) ----
c.chat("help", "blank", "o que vc sabe fazer?")
c.chat("help", "hadibo", "Como é que isto works? primeira vez que uso")  # luso-americano
c.chat("help", "mumbai", "ajuda")

CASES: list[Case] = c.cases
