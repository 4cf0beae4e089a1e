"""Prometheus series of one process (scraped at `/metrics`).

Counters and histograms are updated where things happen; gauges that describe shared state
(the outbox, the breaker, the cache ratio) are set just before each scrape, so they are true
at the moment they are read. Labels carry only bounded, non-personal values: channel names,
intents, results — never ids, names or text.
"""

from __future__ import annotations

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    GCCollector,
    Histogram,
    PlatformCollector,
    ProcessCollector,
    disable_created_metrics,
)

# `*_created` timestamps per series double the exposition and no dashboard of ours reads them.
disable_created_metrics()  # type: ignore[no-untyped-call]

REGISTRY = CollectorRegistry(auto_describe=True)
# The standard series every Prometheus client exports: process_* (CPU, memory, open files),
# python_info and python_gc_*.
ProcessCollector(registry=REGISTRY)
PlatformCollector(registry=REGISTRY)
GCCollector(registry=REGISTRY)

HTTP_REQUESTS = Counter(
    "http_requests_total",
    "HTTP requests answered, by method, route template and status code.",
    ["method", "route", "status"],
    registry=REGISTRY,
)
HTTP_REQUEST_SECONDS = Histogram(
    "http_request_duration_seconds",
    "Time to answer an HTTP request, by method and route template.",
    ["method", "route"],
    registry=REGISTRY,
)

# Rules-path turns take milliseconds; LLM-fallback and planning turns take seconds.
_TURN_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

TURN_SECONDS = Histogram(
    "traveloure_turn_seconds",
    "Time to answer one chat turn, by channel and intent.",
    ["channel", "intent"],
    buckets=_TURN_BUCKETS,
    registry=REGISTRY,
)
LLM_CALLS = Counter(
    "traveloure_llm_calls_total",
    "LLM calls, by purpose, model and result (ok, no_tool_use, error).",
    ["purpose", "model", "result"],
    registry=REGISTRY,
)
LLM_COST = Counter(
    "traveloure_llm_cost_usd_total",
    "Estimated LLM spend in US dollars, by purpose and model.",
    ["purpose", "model"],
    registry=REGISTRY,
)
LLM_TOKENS = Counter(
    "traveloure_llm_tokens_total",
    "LLM tokens, by purpose, model and direction (input, output).",
    ["purpose", "model", "direction"],
    registry=REGISTRY,
)
PLACE_SEARCHES = Counter(
    "traveloure_place_search_total",
    "Place searches answered from the cache (hit) or the provider (miss).",
    ["result"],
    registry=REGISTRY,
)
PLACE_CACHE_HIT_RATIO = Gauge(
    "traveloure_place_search_cache_hit_ratio",
    "Share of place searches answered from the cache since this process started.",
    registry=REGISTRY,
)
BREAKER_STATE = Gauge(
    "traveloure_breaker_state",
    "Circuit breaker state per dependency: 0 closed, 1 half-open, 2 open.",
    ["dependency"],
    registry=REGISTRY,
)
OUTBOX_MESSAGES = Gauge(
    "traveloure_outbox_messages",
    "Outbox rows by status (read from the database at scrape time).",
    ["status"],
    registry=REGISTRY,
)
OUTBOX_OLDEST_DUE_SECONDS = Gauge(
    "traveloure_outbox_oldest_due_age_seconds",
    "How long the most overdue due outbox row has waited (0 when none is due).",
    registry=REGISTRY,
)
SENDS = Counter(
    "traveloure_sends_total",
    "Messages handed to a platform, by channel, kind (reply, push) and result.",
    ["channel", "kind", "result"],
    registry=REGISTRY,
)
INBOX_ACCEPTED = Counter(
    "traveloure_inbox_accepted_total",
    "Platform deliveries stored in the inbox, by channel.",
    ["channel"],
    registry=REGISTRY,
)
INBOX_DUPLICATES = Counter(
    "traveloure_inbox_duplicates_total",
    "Platform redeliveries recognised and dropped, by channel.",
    ["channel"],
    registry=REGISTRY,
)


def record_llm_call(
    *,
    purpose: str,
    model: str,
    result: str,
    input_tokens: int = 0,
    output_tokens: int = 0,
    cost_usd: float = 0.0,
) -> None:
    """Count one LLM call with its tokens and cost."""
    LLM_CALLS.labels(purpose=purpose, model=model, result=result).inc()
    if input_tokens:
        LLM_TOKENS.labels(purpose=purpose, model=model, direction="input").inc(input_tokens)
    if output_tokens:
        LLM_TOKENS.labels(purpose=purpose, model=model, direction="output").inc(output_tokens)
    if cost_usd:
        LLM_COST.labels(purpose=purpose, model=model).inc(cost_usd)


def record_send(channel: str, kind: str, result: str) -> None:
    """Count one message handed (or failed to be handed) to a platform."""
    SENDS.labels(channel=channel, kind=kind, result=result).inc()
