"""Entry point of `python -m bots`."""

from bots.cli import app

app()
