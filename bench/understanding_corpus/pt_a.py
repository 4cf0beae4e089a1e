# ruff: noqa: E501 - corpus tables: one case per line reads best
"""Portuguese cases (mostly on the Porto trip; Brazilian and European Portuguese): adding,
times and meals, wishes, removing, clearing, moving, retiming, replacing, swapping days, slot
filling, duplicates and clashes. Missing accents, "pra", "vc", "bota", "pequeno-almoço"."""

from bench.understanding_corpus.checks import (
    ASKS,
    CONF,
    DONE,
    ERR,
    SEL,
    Cards,
    Same,
    Says,
    Type,
    When,
)
from bench.understanding_corpus.item_checks import ClashHandled, Removed, Replaced
from bench.understanding_corpus.places import CHEAP, FAMILY, ROMANTIC, TOP_RATED, VEGGIE
from bench.understanding_corpus.spec import (
    AFTERNOON,
    DINNER,
    EVENING,
    LUNCH,
    MORNING,
    Corpus,
    S,
    go,
    pick,
    yes,
)
from bench.understanding_corpus.trip_checks import Cleared, Moved, Retimed, Swapped

c = Corpus("pt", "1")

# ---- add -------------------------------------------------------------------------------------
c.add("porto", "adiciona a Igreja do Carmo no dia 5", day=5, name="Igreja do Carmo", choose="Igreja do Carmo")
c.add("porto", "adicione um parque no dia 5", day=5, terms=("park",))
c.add("porto", "coloca uma praia no dia 5", day=5, terms=("beach",))
c.add("porto", "quero ir num miradouro no dia 4", day=4, terms=("viewpoint",))
c.add("porto", "põe a Casa da Música no dia 3", day=3, name="Casa da Música", choose="Casa da Música")
c.add("porto", "bota um mercado no dia 5", day=5, terms=("market",))
c.add("porto", "inclui uma igreja no dia 6 por favor", day=6, terms=("church",))
c.add("hadibo", "adiciona um restaurante de sushi no dia 3", day=3, terms=("sushi",))

# ---- add_slots -------------------------------------------------------------------------------
k = "add_slots"
c.add("porto", "adiciona um sushi pro jantar do dia 5", day=5, terms="sushi", between=DINNER, kind=k)
c.add("porto", "quero almoçar bacalhau no dia 5", day=5, terms="bacalhau", between=LUNCH, kind=k)
c.add("porto", "coloca a Praia do Molhe no sábado à tarde", day=6, name="Praia do Molhe", between=AFTERNOON, choose="Praia do Molhe", kind=k)
c.add("porto", "jantar às 20h no dia 5 num restaurante de marisco", day=5, terms=("seafood",), at="20:00", kind=k)
c.add("porto", "pequeno-almoço no dia 5 às 9h numa pastelaria", day=5, terms=("pastries", "bakery", "pastel de nata"), at="09:00", kind=k)
c.add("porto", "cafe da manha no dia 5 as 8h30", day=5, terms=("breakfast", "brunch", "cafe", "coffee", "bakery"), at="08:30", kind=k)
c.add("porto", "no último dia de manhã quero ver a Igreja de São Francisco", day=6, name="Igreja de São Francisco", between=MORNING, choose="Igreja de São Francisco", kind=k)
c.add("porto", "adiciona um bar na sexta à noite", day=5, terms=("bar", "nightlife"), between=EVENING, kind=k)
c.add("porto", "põe o Jardim do Morro no dia dois ao pôr do sol, tipo 18h30", day=2, name="Jardim do Morro", at="18:30", choose="Jardim do Morro", kind=k)
c.add("porto", "bota o Mercado do Bolhão na quinta de manhã", day=4, name="Mercado do Bolhão", between=MORNING, choose="Mercado do Bolhão", kind=k)

# ---- wishes ----------------------------------------------------------------------------------
k = "wishes"
c.add("porto", "um restaurante vegetariano no dia 5", day=5, wish=VEGGIE, kind=k)
c.add("porto", "algo barato pra comer no dia 5", day=5, terms=("restaurant", "cafe", "bakery"), wish=CHEAP, kind=k)
c.add("porto", "um miradouro romântico no dia 5", day=5, terms=("viewpoint",), wish=ROMANTIC, kind=k)
c.add("porto", "um parque bom para crianças no dia 5", day=5, terms=("park",), wish=FAMILY, kind=k)
c.add("porto", "um café com nota 4.5 ou mais no dia 5", day=5, terms=("cafe", "coffee"), wish=TOP_RATED, kind=k)
c.add("porto", "uma praia pra ir com a família no sábado", day=6, terms=("beach",), wish=FAMILY, kind=k)

# ---- remove ----------------------------------------------------------------------------------
k = "remove"
c.case(k, "porto", S("tira a Livraria Lello", Type(DONE, CONF)), go("sim"), final=(Removed("Livraria Lello"),))
c.case(k, "porto", S("remove o jantar do dia 2", Type(DONE, CONF)), go("sim"), final=(Removed("Marisqueira da Foz"),))
c.case(k, "porto", S("não quero mais ir à Ribeira", Type(DONE, CONF)), go("sim"), final=(Removed("Ribeira"),))
c.case(k, "porto", S("apaga a Sé do Porto do dia 4", Type(DONE, CONF)), go("sim"), final=(Removed("Sé do Porto"),))
c.case(k, "porto", S("cancela a torre dos clerigos", Type(DONE, CONF)), go("sim"), final=(Removed("Torre dos Clérigos"),))
c.case(k, "porto", S("exclui o Cais de Gaia", Type(DONE, CONF)), go("sim"), final=(Removed("Cais de Gaia"),))

# ---- clear -----------------------------------------------------------------------------------
k = "clear"
c.ask_first(k, "porto", "limpa o dia 4", "sim", Cleared(4))
c.ask_first(k, "porto", "apaga tudo do dia 1", "pode", Cleared(1))
c.ask_first(k, "porto", "esvazia o dia 2", "não", Same())

# ---- move ------------------------------------------------------------------------------------
k = "move"
c.case(k, "porto", S("muda a Ribeira para o dia 5", Type(DONE, CONF)), go("sim"), final=(Moved("Ribeira", 5),))
c.case(k, "porto", S("passa o Palácio da Bolsa pro dia 4", Type(DONE, CONF)), go("sim"), final=(Moved("Palácio da Bolsa", 4),))
c.case(k, "porto", S("leva a Sé do Porto para o último dia", Type(DONE, CONF)), go("sim"), final=(Moved("Sé do Porto", 6),))
c.case(k, "porto", S("move o Museu de Serralves pra sexta", Type(DONE, CONF)), go("sim"), final=(Moved("Museu de Serralves", 5),))
c.case(k, "porto", S("joga a ponte luis i pro dia 1", Type(DONE, CONF)), go("sim"), final=(Moved("Ponte Luís I", 1),))

# ---- retime ----------------------------------------------------------------------------------
k = "retime"
c.case(k, "porto", S("muda o almoço do dia 1 para as 13h30", Type(DONE)), final=(Retimed("Tasca do Cais", "13:30"),))
c.case(k, "porto", S("o jantar do dia 2 às 21h", Type(DONE)), final=(Retimed("Marisqueira da Foz", "21:00"),))
c.case(k, "porto", S("Palácio da Bolsa às 9h", Type(DONE)), final=(Retimed("Palácio da Bolsa", "09:00"),))
c.case(k, "porto", S("passa a Livraria Lello para as 10 da manhã", Type(DONE)), final=(Retimed("Livraria Lello", "10:00"),))
c.case(k, "porto", S("a francesinha do dia 4 às 14h", Type(DONE)), final=(Retimed("Casa da Francesinha", "14:00"),))


def replace(trip: str, text: str, old: str, day: int, terms: tuple[str, ...]) -> None:
    """Cards of the new kind only (never the place being replaced), then the swap."""
    c.case(
        "replace", trip,
        S(text, Type(SEL, DONE), When(SEL, Same(), Cards(terms, exclude=(old,)))),
        pick(),
        final=(Replaced(old, day, terms),),
    )


replace("porto", "troca o almoço do dia 1 por um restaurante de sushi", "Tasca do Cais", 1, ("sushi",))
replace("porto", "substitui a Marisqueira da Foz por um restaurante italiano", "Marisqueira da Foz", 2, ("italian",))
replace("porto", "em vez da Livraria Lello põe um museu", "Livraria Lello", 1, ("museum",))
replace("porto", "troca a Casa da Francesinha por algo vegetariano", "Casa da Francesinha", 4, ("vegetarian", "vegan"))
replace("porto", "substitua o Cais Port Wine Lodge por outro bar", "Cais Port Wine Lodge", 6, ("bar",))

# ---- swap days -------------------------------------------------------------------------------
k = "swap_days"
c.case(k, "porto", S("troca o dia 1 com o dia 2", Type(DONE, CONF)), yes("sim"), final=(Swapped(1, 2),))
c.case(k, "porto", S("inverte os dias 3 e 4", Type(DONE, CONF)), yes("sim"), final=(Swapped(3, 4),))
c.case(k, "porto", S("quero fazer o dia 6 primeiro e o dia 1 por último, troca eles", Type(DONE, CONF)), yes("sim"), final=(Swapped(1, 6),))

# ---- slot fill -------------------------------------------------------------------------------
k = "slot_fill"
c.add("porto", "adiciona um restaurante de sushi no dia 3", day=3, terms=("sushi",), slot=("Lunch", "Dinner"), kind=k)
c.add("porto", "coloca uma pastelaria no dia 4", day=4, terms=("pastries", "bakery", "pastel de nata"), slot="Breakfast", kind=k)
c.add("porto", "um restaurante de peixe no dia 6", day=6, terms=("seafood", "fish", "octopus"), slot="Dinner", kind=k)
c.add("porto", "adicione um restaurante no dia 2", day=2, terms=("restaurant", "cafe"), slot="Lunch", kind=k)
c.add("hadibo", "quero um restaurante iemenita no dia 2", day=2, terms=("yemeni",), slot=("Lunch", "Dinner"), kind=k)

# ---- duplicate -------------------------------------------------------------------------------
k = "duplicate"
dup = (Same(), Type(*ASKS, DONE, ERR))
c.case(k, "porto", S("adiciona a Livraria Lello no dia 1", *dup, Says("Livraria Lello")))
c.case(k, "porto", S("põe a Ribeira no dia 1", *dup, Says("Ribeira")))
c.case(k, "porto", S("coloca a Sé do Porto no dia 4", *dup, Says("Sé do Porto")))

# ---- clash -----------------------------------------------------------------------------------
k = "clash"
c.case(k, "porto", S("adiciona a Igreja do Carmo no dia 1 às 11h", Type(SEL, DONE, CONF)), go("sim", "Igreja do Carmo"), go("sim"), final=(ClashHandled(1, "11:00", ("church",)),))
c.case(k, "porto", S("coloca um café no dia 3 às 10h", Type(SEL, DONE, CONF)), go("sim"), go("sim"), final=(ClashHandled(3, "10:00", ("cafe", "coffee")),))
c.case(k, "porto", S("põe a Capela das Almas no dia 6 às 15h", Type(SEL, DONE, CONF)), go("sim", "Capela das Almas"), go("sim"), final=(ClashHandled(6, "15:00", ("church",)),))

CASES = c.cases
