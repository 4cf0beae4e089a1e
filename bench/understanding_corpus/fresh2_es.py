"""Second fresh held-out set (es), written blind to the parser: it only measures."""

from __future__ import annotations

from bench.understanding_corpus.spec import Case

CASES: list[Case] = []
