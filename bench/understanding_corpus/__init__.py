"""The traveler-message corpus of bench.understanding: cases by language, and their harness.

Corpus modules hold data only (cases written with the helpers of `spec`); `checks` and
`trip_checks` judge outcomes, `language` judges a reply's language, `harness` runs a case.
"""

from __future__ import annotations

from bench.understanding_corpus import en_edit, en_flow, en_more, es_a, es_b, pt_a, pt_b
from bench.understanding_corpus.spec import Case

ALL_CASES: list[Case] = [
    *en_edit.CASES, *en_more.CASES, *en_flow.CASES,
    *es_a.CASES, *es_b.CASES,
    *pt_a.CASES, *pt_b.CASES,
]  # fmt: skip
