"""Whole conversations in Spanish and Portuguese: no English in any answer, local clocks and dates.

Through the orchestrator over a real database, the way a channel drives it. Place data (names,
descriptions, addresses) is content, not wording: it is taken out before looking for English
words. An open meal slot is named in the answer's language («Almuerzo», «Jantar»).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from bots.container import Services
from core.domain.itinerary import Node, NodeType
from core.locale_format import format_day_date
from core.orchestrator import Turn, TurnOutcome
from core.protocol import AgentResponse, ResponseType
from core.services.demo_seed import create_demo_trip
from core.services.itinerary import ItineraryService

# English words that are no Spanish or Portuguese words too ("a", "local", "plan" are).
ENGLISH_WORDS = frozenset(
    """the an and or to on at of in for from with by your you my this that what which
    day days trip add added remove removed move moved undo undid replace replaced planned
    items item activities activity places place reviews free people person select confirm
    continue yes cancel pm am more reply hours every open closed now near found here is are
    nothing booking request sent pending experts asked first sights restaurants""".split()
)
_DATA = json.loads(
    (Path(__file__).resolve().parents[2] / "core" / "data" / "demo_places.json").read_text()
)
# What the place data and the demo trip say, longest first: content in whatever language.
CONTENT = sorted(
    {
        text
        for city in _DATA["cities"]
        for place in city["places"]
        for text in [place["name"], place["address"], place["description"], *place["cuisine"]]
    }
    | {"Free time", "Hadibo", "Kyoto", "Socotra"},
    key=len,
    reverse=True,
)


def shown(response: AgentResponse) -> list[str]:
    """Every text a channel may show for a response."""
    data = response.data or {}
    texts = [response.message, *response.warnings, *response.errors]
    for option in data.get("options", []):
        texts += [option.get("label") or "", option.get("description") or ""]
    texts += (data.get("preview") or {}).get("items", [])
    props = (response.metadata.custom_props if response.metadata else None) or {}
    shown_props = ("confirmText", "cancelText", "placeholder")
    texts += [str(props[key]) for key in shown_props if key in props]
    return [text for text in texts if text]


def english_in(response: AgentResponse) -> set[str]:
    """The English words a traveler would read in a response, content aside."""
    found: set[str] = set()
    for text in shown(response):
        wording = text
        for content in CONTENT:
            wording = wording.replace(content, " ")
        found |= set(re.findall(r"[\w']+", wording.lower())) & ENGLISH_WORDS
    return found


def everything(response: AgentResponse) -> str:
    return "\n".join(shown(response))


@dataclass
class Chat:
    """One traveler's conversation with the orchestrator in a given locale."""

    services: Services
    user: str
    itinerary: str
    locale: str
    start: date

    async def say(self, text: str) -> AgentResponse:
        return await self._turn(text=text)

    async def tap(self, index: int) -> AgentResponse:
        return await self._turn(selected_index=index)

    async def _turn(self, **what: Any) -> AgentResponse:
        outcome: TurnOutcome = await self.services.orchestrator.handle(
            Turn(
                conversation_key=f"test:{self.user}",
                user_id=self.user,
                itinerary_id=self.itinerary,
                locale=self.locale,
                **what,
            )
        )
        response = outcome.response
        assert not english_in(response), (english_in(response), everything(response))
        assert not re.search(r"\d\s?[AP]M\b", everything(response)), everything(response)
        return response

    def date_of(self, day: int) -> str:
        return format_day_date(self.start + timedelta(days=day - 1), self.locale)

    async def planned_sight(self) -> tuple[int, Node]:
        """A sight the planner chose whose name is plain words (easy to ask about), and its day."""
        async with self.services.sessions() as session:
            trip = await ItineraryService(session, self.services.clock).get(self.itinerary)
        return next(
            (day.day, node)
            for day in trip.days
            for node in day.nodes
            if node.type is NodeType.ATTRACTION and re.fullmatch(r"[A-Za-z ]+", node.title)
        )


async def _chat(services: Services, locale: str) -> Chat:
    assert services.demo_places is not None
    async with services.sessions() as session, session.begin():
        created, itinerary = await create_demo_trip(session, services.demo_places, services.clock)
    assert itinerary.start_date is not None
    return Chat(services, created.traveler.id, itinerary.id, locale, itinerary.start_date)


def test_the_english_check_sees_english() -> None:
    leaked = AgentResponse.complete("Quité Lunch del día 2. Undid: added Sushi Zen to day 2")
    assert english_in(leaked) == {"undid", "added", "to", "day"}
    assert english_in(AgentResponse.complete("Quité Lunch del día 2 ✅")) == set()


async def test_a_conversation_in_spanish(services: Services) -> None:
    chat = await _chat(services, "es")

    day = await chat.say("¿qué hay el día 2?")
    assert day.message.startswith(f"Día 2 · {chat.date_of(2)}\n")
    assert "• 13:00 Almuerzo" in day.message
    assert "• 19:30 Cena" in day.message

    cards = await chat.say("agrega un lugar de sushi el día 2")
    assert cards.type is ResponseType.NEEDS_SELECTION
    assert cards.message == ("Encontré 5 opciones para «sushi» cerca de Hadibo. Elige una opción:")
    added = await chat.tap(1)
    assert added.message == "Agregué Sushi Zen al día 2 como almuerzo ✅"

    which_day = await chat.say("agrega un museo")
    assert which_day.message == "¿Para qué día?"
    options = (which_day.data or {})["options"]
    assert [o["label"] for o in options] == ["Día 1", "Día 2", "Día 3"]
    assert [o["description"] for o in options] == [chat.date_of(n) for n in (1, 2, 3)]

    # Sushi Zen filled day 2's open lunch, so only day 1's open Lunch is left to remove.
    removed = await chat.say("quita el almuerzo")
    assert removed.message == "Quité Almuerzo del día 1."

    clear = await chat.say("vacía el día 3")
    assert clear.type is ResponseType.NEEDS_CONFIRMATION
    assert clear.message == (
        "Esto quitará 3 actividades de lo planeado para el día 3. ¿Quieres continuar?"
    )
    preview = (clear.data or {})["preview"]["items"]
    assert preview[0] == "Día 3 · 9:00 · Haggeher Foothills Viewpoint"
    assert [o["label"] for o in (clear.data or {})["options"]] == ["Sí, quitarlos", "Cancelar"]
    assert (await chat.say("sí")).message == "Quité 3 actividades del día 3."

    assert (await chat.say("deshacer")).message == (
        "Deshice el último cambio (quitar Haggeher Foothills Viewpoint, Al Saqr Yemeni Kitchen "
        "y Hadibo Old Market del día 3)."
    )
    assert (await chat.say("deshacer")).message == (
        "Deshice el último cambio (quitar Almuerzo del día 1)."
    )
    assert (await chat.say("deshacer")).message == (
        "Deshice el último cambio (reemplazar Almuerzo por Sushi Zen en el día 2)."
    )

    missing = await chat.say("quita Sushi Zen del día 9")
    assert missing.message == "Tu viaje tiene 3 días, así que no hay día 9."


async def test_booking_and_questions_in_spanish(services: Services) -> None:
    chat = await _chat(services, "es")
    added = await chat.say("agrega Sushi Zen el día 2 a las 20:00")
    assert added.message == "Agregué Sushi Zen al día 2 como cena ✅"

    ask = await chat.say("reserva una mesa en Sushi Zen para 2")
    assert ask.type is ResponseType.NEEDS_CONFIRMATION
    assert ask.message.startswith(
        "¿Envío la solicitud de una mesa para 2 en Sushi Zen para el día 2 a las 20:00?"
    )
    assert (ask.data or {})["preview"]["items"] == [
        "Sushi Zen",
        f"Día 2 · {chat.date_of(2)} a las 20:00",
        "una mesa para 2",
    ]
    sent = await chat.say("sí")
    assert sent.message.startswith("Solicitud de reserva enviada: una mesa para 2 en Sushi Zen")

    why = await chat.say("¿por qué elegiste Sushi Zen?")
    assert why.message.startswith(
        "Pediste Sushi Zen por su nombre, así que lo agregué directamente al día 2."
    )
    assert "★ 4.5 (234 reseñas) · $$$" in why.message

    hours = await chat.say("¿está abierto Sushi Zen?")
    assert hours.message.endswith("Horario: Todos los días: 11:00–22:00")
    assert "abierto ahora" in hours.message or "cerrado ahora" in hours.message

    expert = await chat.say("búscame un guía local en Kyoto")
    assert re.fullmatch(
        r"Les pedí a 3 expertos locales de Kyoto \(\w+, \w+ y \w+\)\. "
        r"El primero que acepte te escribirá por aquí\.",
        expert.message,
    )


async def test_planning_in_spanish(services: Services) -> None:
    chat = await _chat(services, "es")
    ask = await chat.say("planea 2 días en Hadibo")
    assert ask.message == (
        "Esto reemplazará tu plan actual de 3 días para Hadibo (12 actividades) por un plan "
        "nuevo de 2 días para Hadibo. ¿Quieres continuar?"
    )
    preview = (ask.data or {})["preview"]["items"]
    assert preview[0].startswith("Día 1: 9:30 ")
    assert ", 13:00 " in preview[0]
    done = await chat.say("sí")
    assert done.message.startswith("Planeé 2 días en Hadibo ✅\nDía 1: 9:30 ")

    day, sight = await chat.planned_sight()
    slots = {
        "09:30": ("la visita de la mañana", "9:30"),
        "14:30": ("la visita de la tarde", "14:30"),
    }
    slot, time = slots[sight.time or ""]
    why = await chat.say(f"¿por qué elegiste {sight.title}?")
    assert why.message.startswith(
        f"Elegí {sight.title} para {slot} del día {day}: era el sitio de interés mejor "
        f"calificado en Hadibo abierto a las {time} que aún no estaba en el plan"
    )
    assert (await chat.say("deshacer")).message == (
        "Deshice el último cambio (planear 2 días en Hadibo)."
    )


async def test_a_conversation_in_portuguese(services: Services) -> None:
    chat = await _chat(services, "pt")

    day = await chat.say("o que tenho no dia 2?")
    assert day.message.startswith(f"Dia 2 · {chat.date_of(2)}\n")
    assert "• 08:30 Pequeno-almoço" in day.message
    assert "• 19:30 Jantar" in day.message

    cards = await chat.say("adiciona um restaurante de sushi no dia 2")
    assert cards.message == (
        "Encontrei 5 opções para «sushi» perto de Hadibo. Escolha uma opção:"
    )
    assert (await chat.tap(1)).message == "Adicionei Sushi Zen ao dia 2 como almoço ✅"

    which_day = await chat.say("adiciona um museu")
    options = (which_day.data or {})["options"]
    assert [o["label"] for o in options] == ["Dia 1", "Dia 2", "Dia 3"]
    assert [o["description"] for o in options] == [chat.date_of(n) for n in (1, 2, 3)]

    # Sushi Zen filled day 2's open lunch, so only day 1's open Lunch is left to remove.
    assert (await chat.say("remove o almoço")).message == "Removi Almoço do dia 1."

    clear = await chat.say("limpa o dia 3")
    assert clear.message == (
        "Isto vai remover 3 atividades do que está planeado para o dia 3. Continuar?"
    )
    assert (clear.data or {})["preview"]["items"][0] == (
        "Dia 3 · 09:00 · Haggeher Foothills Viewpoint"
    )
    assert (await chat.say("sim")).message == "Removi 3 atividades do dia 3."

    assert (await chat.say("desfazer")).message == (
        "Desfiz a última alteração (remover Haggeher Foothills Viewpoint, Al Saqr Yemeni "
        "Kitchen e Hadibo Old Market do dia 3)."
    )
    assert (await chat.say("desfazer")).message == (
        "Desfiz a última alteração (remover Almoço do dia 1)."
    )
    assert (await chat.say("desfazer")).message == (
        "Desfiz a última alteração (substituir Almoço por Sushi Zen no dia 2)."
    )

    missing = await chat.say("remove o Sushi Zen do dia 9")
    assert missing.message == "A sua viagem tem 3 dias, por isso não existe o dia 9."


async def test_booking_planning_and_questions_in_portuguese(services: Services) -> None:
    chat = await _chat(services, "pt")
    added = await chat.say("adiciona Sushi Zen no dia 2 às 20:00")
    assert added.message == "Adicionei Sushi Zen ao dia 2 como jantar ✅"

    ask = await chat.say("reservar uma mesa no Sushi Zen para 2")
    assert ask.message.startswith("Pedir uma mesa para 2 em Sushi Zen no dia 2 às 20:00?")
    assert (ask.data or {})["preview"]["items"][1] == f"Dia 2 · {chat.date_of(2)} às 20:00"
    assert (await chat.say("sim")).message.startswith("Pedido de reserva enviado")

    about = await chat.say("o que é Sushi Zen?")
    assert "★ 4.5 (234 avaliações) · $$$" in about.message
    assert "Horário: Todos os dias: 11:00–22:00" in about.message

    ask = await chat.say("planeja 2 dias em Hadibo")
    assert ask.message.startswith("Isto vai substituir o seu plano atual de 3 dias para Hadibo (")
    assert (await chat.say("sim")).message.startswith("Planeei 2 dias em Hadibo ✅\nDia 1: 09:30 ")
    day, sight = await chat.planned_sight()
    slot = {"09:30": "a visita da manhã", "14:30": "a visita da tarde"}[sight.time or ""]
    why = await chat.say(f"por que você escolheu {sight.title}?")
    assert why.message.startswith(
        f"Escolhi {sight.title} para {slot} do dia {day}: era o ponto turístico com "
        f"melhor classificação em Hadibo aberto às {sight.time}"
    )
    assert (await chat.say("desfazer")).message == (
        "Desfiz a última alteração (planear 2 dias em Hadibo)."
    )


@pytest.mark.parametrize("answer", ["yes", "ok", "yes pls", "Sure!"])
async def test_an_english_yes_to_a_question_asked_in_portuguese_keeps_portuguese(
    services: Services, answer: str
) -> None:
    # "yes" and "ok" are said in every language's chat: they answer, they do not switch.
    chat = await _chat(services, "pt")
    await chat.say("adiciona Sushi Zen no dia 2 às 20:00")
    ask = await chat.say("reservar uma mesa no Sushi Zen para 2")
    assert ask.message.startswith("Pedir uma mesa para 2")
    assert (await chat.say(answer)).message.startswith("Pedido de reserva enviado")


async def test_a_yes_in_another_language_than_the_question_still_switches(
    services: Services,
) -> None:
    chat = await _chat(services, "pt")
    await chat.say("adiciona Sushi Zen no dia 2 às 20:00")
    await chat.say("reservar uma mesa no Sushi Zen para 2")
    assert (await chat.say("sí, claro")).message.startswith("Solicitud de reserva enviada")
