"""The baseline: a bare FastAPI route that echoes its JSON body."""

from typing import Any

from fastapi import FastAPI

app = FastAPI()


@app.post("/echo")
async def echo(body: dict[str, Any]) -> dict[str, Any]:
    """Return the body unchanged."""
    return body
