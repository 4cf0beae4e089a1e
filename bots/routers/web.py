"""The web chat page (static files, no build step)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

STATIC_DIR = Path(__file__).resolve().parent.parent / "web" / "static"

router = APIRouter(include_in_schema=False)


@router.get("/")
async def index() -> FileResponse:
    """The web chat."""
    return FileResponse(STATIC_DIR / "index.html", headers={"Cache-Control": "no-cache"})
