# ruff: noqa: E501 - corpus tables: one case per line reads best
"""Portuguese cases: the trip itself, undo, showing, planning, explaining, booking, experts,
help, two requests at once, "isso"/"esse lugar", small talk, honest answers, typed choices,
and travelers whose stored locale is English (or Portuguese)."""

from bench.understanding_corpus.checks import (
    CONF,
    DONE,
    ERR,
    SEL,
    Changed,
    NoDump,
    NotSays,
    Same,
    Says,
    SaysLast,
    Short,
    Type,
)
from bench.understanding_corpus.item_checks import Added, Chose, Filled, NewCount, NoLoss, Removed
from bench.understanding_corpus.spec import DINNER, EVENING, Corpus, S, go, pick, yes
from bench.understanding_corpus.trip_checks import (
    Booked,
    Cleared,
    Days,
    Lead,
    Lighter,
    Moved,
    NoBooking,
    Plan,
    Retimed,
    Start,
)

c = Corpus("pt", "2")

# ---- trip --------------------------------------------------------------------------------------
k = "trip"
c.case(k, "porto", S("adiciona mais um dia à viagem", Type(DONE, CONF)), yes("sim"), final=(Days(7),))
c.case(k, "porto", S("quero ficar mais dois dias", Type(DONE, CONF)), yes("sim"), final=(Days(8),))
c.ask_first(k, "porto", "tira o último dia", "sim", Days(5))
c.ask_first(k, "porto", "encurta a viagem para 4 dias", "sim, pode", Days(4))
c.case(k, "porto", S("muda a data de início para 10 de dezembro", Type(DONE, CONF)), yes("sim"), final=(Start("2026-12-10"),))
c.ask_first(k, "porto", "deixa o dia 2 mais tranquilo, tá muito corrido", "sim", Lighter(2))

# ---- undo ------------------------------------------------------------------------------------
k = "undo"
c.case(k, "porto", S("tira a Ribeira"), go("sim"), S("desfaz", Type(DONE), Changed()), final=(Same(),))
c.case(k, "porto", S("adiciona um parque no dia 5"), pick(), S("volta atrás", Type(DONE), Changed()), final=(Same(),))
c.case(k, "porto", S("desfazer", Type(DONE, ERR), Same()))

# ---- show ------------------------------------------------------------------------------------
k = "show"
c.still(k, "porto", "o que tem no dia 1?", Says("Livraria Lello", "Ribeira"), NotSays("Palácio da Bolsa"))
c.still(k, "porto", "mostra o roteiro", Says("Livraria Lello", "Museu de Serralves", "Cais de Gaia"))
c.still(k, "porto", "o que vamos fazer no sábado?", Says("Cais de Gaia"), NotSays("Livraria Lello"))
c.still(k, "porto", "qual é o plano do dia 4?", Says("Sé do Porto"), NotSays("Ribeira"))
c.still(k, "porto", "onde é o jantar do dia 2?", Says("Marisqueira da Foz"))

# ---- plan ------------------------------------------------------------------------------------
k = "plan"
c.case(k, "porto", S("planeja 3 dias no Porto", Type(DONE, CONF)), yes("sim"), final=(Plan("porto", 3),))
c.case(k, "porto", S("monta um roteiro de 4 dias em Goa com praias", Type(DONE, CONF)), yes("sim"), final=(Plan("goa", 4, (("beach",),)),))
c.case(k, "blank", S("faz um plano de fim de semana em Kyoto", Type(DONE, CONF)), yes("sim"), final=(Plan("kyoto", 2),))
c.case(k, "hadibo", S("cria um roteiro de 5 dias no Porto com vinho do porto", Type(DONE, CONF)), yes("sim"), final=(Plan("porto", 5, (("port wine", "wine"),)),))

# ---- explain ---------------------------------------------------------------------------------
k = "explain"
c.still(k, "porto", "fala-me sobre a Livraria Lello", Says("Livraria Lello"))
c.still(k, "porto", "o que é a Ponte Luís I?", Says("Ponte Luís I"))
c.case(k, "porto", S("adiciona um restaurante italiano no dia 5"), pick(), S("pq vc escolheu esse restaurante?", Type(DONE), Same(), SaysLast()))
c.still(k, "porto", "a que horas abre o Palácio da Bolsa?", Says("Palácio da Bolsa"))

# ---- book ------------------------------------------------------------------------------------
k = "book"
c.case(k, "porto",
       S("reserva uma mesa na Marisqueira da Foz para 2 às 20h", Type(CONF), Says("Marisqueira da Foz"), NoBooking()),
       S("sim", Type(DONE)), final=(Booked("Marisqueira da Foz", party=2, at="20:00"),))
c.case(k, "porto",
       S("adiciona um restaurante italiano pro jantar do dia 5"), pick(),
       S("faz uma reserva pra 4 pessoas às 19h30 nesse restaurante", Type(CONF), SaysLast(), NotSays("Tasca do Cais", "Marisqueira da Foz")),
       S("sim", Type(DONE)), final=(Booked(party=4, at="19:30"),))
c.case(k, "porto",
       S("reserva a Tasca do Cais para duas pessoas", Type(CONF, SEL, "NEEDS_INPUT"), Says("Tasca do Cais")),
       go("sim", "2", answer="2"), go("sim", "2", answer="2"), final=(Booked("Tasca do Cais", party=2),))

# ---- expert ----------------------------------------------------------------------------------
k = "expert"
c.case(k, "porto", S("quero um guia local para as caves de vinho do porto", Type(DONE), Same(), Lead()))
c.case(k, "porto", S("tem algum especialista local que possa me ajudar com o roteiro?", Type(DONE), Same(), Lead()))

# ---- help ------------------------------------------------------------------------------------
k = "help"
for text in ("ajuda", "o que você sabe fazer?", "como funciona?"):
    c.still(k, "porto", text, NoDump())

# ---- multi -----------------------------------------------------------------------------------
k = "multi"
c.case(k, "porto", S("adiciona um parque no dia 5 e também um restaurante de sushi pro jantar do dia 3"), go("sim"), go("sim"), go("sim"),
       final=(Added(5, ("park",), only=False), Added(3, ("sushi",), between=DINNER, only=False), NewCount(2)))
c.case(k, "porto", S("tira a Ribeira e muda a Livraria Lello para as 10h"), go("sim"), go("sim"),
       final=(Removed("Ribeira"), Retimed("Livraria Lello", "10:00", alone=False)))
c.case(k, "porto", S("apaga tudo do dia 4 e depois adiciona uma praia no dia 5"), go("sim"), go("sim"), go("sim"),
       final=(Cleared(4, others=False), Added(5, ("beach",), only=False)))
c.case(k, "porto", S("passa o Museu de Serralves pro dia 5 e depois coloca um bar no dia 5 à noite"), go("sim"), go("sim"), go("sim"),
       final=(Moved("Museu de Serralves", 5, alone=False), Added(5, ("bar", "nightlife"), between=EVENING, only=False)))
c.case(k, "porto", S("preenche o almoço do dia 3 com bacalhau e o jantar com marisco"), go("sim"), go("sim"), go("sim"),
       final=(Filled(3, ("Lunch",), ("bacalhau", "codfish")), Filled(3, ("Dinner",), ("seafood",))))
c.case(k, "porto", S("adiciona a Igreja do Carmo e a Capela das Almas no dia 5"), go("sim", "Igreja do Carmo"), go("sim", "Capela das Almas"), go("sim"),
       final=(Added(5, name="Igreja do Carmo", only=False), Added(5, name="Capela das Almas", only=False)))

# ---- referent --------------------------------------------------------------------------------
k = "referent"
c.case(k, "porto", S("adiciona o Sushi Douro pro jantar do dia 5"), pick("Sushi Douro"), S("muda isso para as 21h", Type(DONE)),
       final=(Retimed(None, "21:00"),))
c.case(k, "porto", S("adiciona uma pizzaria no dia 5"), pick(), S("na verdade tira esse lugar", Type(DONE, CONF)), go("sim"),
       final=(NewCount(0), NoLoss()))
c.case(k, "porto", S("adiciona a Casa da Música no dia 5"), pick("Casa da Música"), S("me fala mais sobre esse lugar", Type(DONE), Same(), SaysLast()))
c.case(k, "porto", S("adiciona um restaurante vegetariano no dia 5"), pick(), S("passa ele pro dia 6", Type(DONE, CONF)), go("sim"),
       final=(Moved(None, 6),))

# ---- social ----------------------------------------------------------------------------------
k = "social"
for text in ("olá", "obrigado!", "valeu!!", "obrigada 😊", "tchau", "bom dia"):
    c.still(k, "porto", text, NoDump(), Short())

# ---- info ------------------------------------------------------------------------------------
k = "info"
for text in (
    "como vai estar o tempo?",
    "é seguro andar à noite na Ribeira?",
    "quanto vai custar tudo isso?",
    "partilha o roteiro com a minha mulher",
    "exporta pro meu calendário",
):
    c.chat(k, "porto", text)

# ---- choice ----------------------------------------------------------------------------------
k = "choice"
cards = S("adiciona um parque no dia 5", Type(SEL))
c.case(k, "porto", cards, S("a segunda", Type(DONE), Chose(1)))
c.case(k, "porto", cards, S("o primeiro", Type(DONE), Chose(0)))
c.case(k, "porto", cards, S("3", Type(DONE), Chose(2)))
c.case(k, "porto", cards, S("a última", Type(DONE), Chose(-1)))
c.case(k, "porto", cards, S("parque da cidade", Type(DONE), Added(5, name="Parque da Cidade")))
clear = S("limpa o dia 4", Type(CONF), Same())
c.case(k, "porto", clear, S("sim", Type(DONE), Cleared(4)))
c.case(k, "porto", clear, S("pode sim", Type(DONE), Cleared(4)))
c.case(k, "porto", clear, S("não", Type(DONE), Same()))

# ---- locale ----------------------------------------------------------------------------------
k = "locale"
c.case(k, "porto", S("adiciona um parque no dia 5", Type(SEL)), S("2", Type(DONE), Chose(1)))
c.case(k, "porto", S("olá", Type(DONE), Same()), locale="pt")
c.case(k, "porto", S("o que tem na sexta?", Type(DONE), Same()), locale="en")
c.case(k, "porto", S("limpa o dia 4", Type(CONF)), S("sim", Type(DONE), Cleared(4)), locale="pt")

CASES = c.cases
