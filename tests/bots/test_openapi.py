"""/openapi.json describes every answer: a client built from it alone round-trips a chat turn."""

from __future__ import annotations

from typing import Any

import httpx
import jsonschema_rs
import pytest

# Answers that carry no JSON body by design: no content, a redirect.
BODILESS = {"204", "302"}


class SchemaClient:
    """A client built only from the app's /openapi.json: it finds each operation by method and
    path template, fills the path, checks the request body and the answer against the schemas
    the document declares, and hands back the checked JSON."""

    def __init__(self, http: httpx.AsyncClient, spec: dict[str, Any]) -> None:
        self._http = http
        self._spec = spec

    def _validator(self, schema: dict[str, Any]) -> Any:
        # The component references ("#/components/schemas/…") resolve inside the document.
        return jsonschema_rs.Draft202012Validator(
            {**schema, "components": self._spec["components"]}
        )

    def response_schema(self, method: str, path: str, status: int) -> dict[str, Any]:
        """The JSON schema the document declares for that answer (or for its range, "4XX")."""
        responses = self._spec["paths"][path][method]["responses"]
        declared = responses.get(str(status)) or responses[f"{str(status)[0]}XX"]
        schema: dict[str, Any] = declared["content"]["application/json"]["schema"]
        return schema

    async def call(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        body: dict[str, Any] | None = None,
        token: str | None = None,
        failing: bool = False,
    ) -> dict[str, Any]:
        operation = self._spec["paths"][path][method]
        if body is not None and not failing:
            request = operation["requestBody"]["content"]["application/json"]["schema"]
            self._validator(request).validate(body)
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        url = path.format(**(params or {}))
        answer = await self._http.request(method.upper(), url, json=body, headers=headers)
        assert (answer.status_code >= 400) is failing, answer.text
        data: dict[str, Any] = answer.json()
        self._validator(self.response_schema(method, path, answer.status_code)).validate(data)
        return data


@pytest.fixture
async def api(client: httpx.AsyncClient) -> SchemaClient:
    spec = (await client.get("/openapi.json")).json()
    return SchemaClient(client, spec)


async def test_every_route_declares_what_it_answers(client: httpx.AsyncClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    undeclared = []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            for status, declared in operation["responses"].items():
                if not status.startswith("2") or status in BODILESS:
                    continue
                content = declared.get("content", {})
                if content and "application/json" not in content:
                    continue  # a file (text/calendar), declared as such
                schema = content.get("application/json", {}).get("schema")
                # A named model, not `dict[str, Any]`'s free-form object.
                if not schema or "$ref" not in schema:
                    undeclared.append(f"{method.upper()} {path} {status}")
    assert undeclared == []


async def test_the_chat_answer_schema_types_each_kind_of_data(api: SchemaClient) -> None:
    chat = "/api/v1/itineraries/{itinerary_id}/chat"
    schema = api.response_schema("post", chat, 200)
    components = api._spec["components"]["schemas"]
    response = components[schema["$ref"].rsplit("/", 1)[1]]
    kinds = response["properties"]["data"]["anyOf"][0]["oneOf"]
    names = {kind["$ref"].rsplit("/", 1)[1] for kind in kinds}
    assert {"CardsData", "ChoicesData", "ChangeData"} <= names
    validator = api._validator(schema)
    assert validator.is_valid({"type": "COMPLETE", "message": "ok", "data": {"version": 2}})
    # A shape no response kind has is not an AgentResponse (the schema is not "any object").
    assert not validator.is_valid({"type": "COMPLETE", "message": "ok", "data": {"surprise": 1}})
    assert not validator.is_valid({"type": "DONE", "message": "ok"})


async def test_a_client_from_the_schema_round_trips_a_chat_turn(api: SchemaClient) -> None:
    demo = await api.call("post", "/api/v1/demo/session")
    token, trip = demo["token"], {"itinerary_id": demo["itineraryId"]}
    chat = "/api/v1/itineraries/{itinerary_id}/chat"

    cards = await api.call(
        "post", chat, params=trip, body={"text": "add a sushi place on day 2"}, token=token
    )
    assert cards["type"] == "NEEDS_SELECTION"
    assert cards["data"]["candidates"]
    prompt = cards["metadata"]["promptId"]

    added = await api.call(
        "post", chat, params=trip, body={"selectedIndex": 1, "promptId": prompt}, token=token
    )
    assert added["type"] == "COMPLETE", added
    assert added["data"]["toVersion"] == 2

    confirm = await api.call("post", chat, params=trip, body={"text": "clear day 3"}, token=token)
    assert confirm["type"] == "NEEDS_CONFIRMATION"
    assert confirm["data"]["preview"]["items"]
    kept = await api.call("post", chat, params=trip, body={"text": "no"}, token=token)
    assert kept["type"] == "COMPLETE"

    unclear = await api.call("post", chat, params=trip, body={"text": "hmm"}, token=token)
    assert unclear["type"] in {"NEEDS_INPUT", "COMPLETE", "ERROR"}

    itinerary = await api.call(
        "get", "/api/v1/itineraries/{itinerary_id}", params=trip, token=token
    )
    assert itinerary["version"] == 2
    versions = await api.call(
        "get", "/api/v1/itineraries/{itinerary_id}/versions", params=trip, token=token
    )
    assert [v["version"] for v in versions["versions"]] == [2, 1]


async def test_the_operator_routes_answer_as_declared(api: SchemaClient) -> None:
    admin = "admin-secret"
    created = await api.call(
        "post",
        "/api/v1/travelers",
        body={"name": "Ana", "locale": "es", "timezone": "Europe/Madrid"},
        token=admin,
    )
    traveler = {"traveler_id": created["id"]}
    await api.call(
        "post", "/api/v1/travelers/{traveler_id}/link-code", params=traveler, token=admin
    )
    await api.call("post", "/api/v1/travelers/{traveler_id}/token", params=traveler, token=admin)
    await api.call("get", "/api/v1/admin/outbox", token=admin)
    await api.call("get", "/healthz")
    await api.call("get", "/readyz")


async def test_errors_answer_as_declared(api: SchemaClient) -> None:
    demo = await api.call("post", "/api/v1/demo/session")
    chat = "/api/v1/itineraries/{itinerary_id}/chat"
    mine = {"itinerary_id": demo["itineraryId"]}
    missing = await api.call(
        "post",
        chat,
        params={"itinerary_id": "nope"},
        body={"text": "hi"},
        token=demo["token"],
        failing=True,
    )
    assert missing["error"]["code"] == "not_found"
    invalid = await api.call(
        "post", chat, params=mine, body={"selectedIndex": "two"}, token=demo["token"], failing=True
    )
    assert invalid["error"]["code"] == "validation_error"
    anonymous = await api.call("post", chat, params=mine, body={"text": "hi"}, failing=True)
    assert anonymous["error"]["message"]
    spec = api._spec
    assert "HTTPValidationError" not in spec["components"]["schemas"]  # never sent
