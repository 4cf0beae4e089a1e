"""Builds the long-lived services of one process from Settings."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import httpx
import httpx2
from pydantic import SecretStr
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bots.auth import Authenticator
from bots.bookings_slack import BOOKING_ACTIONS, BookingDesk
from bots.channels.actions import ActionRegistry
from bots.channels.pipeline import TurnPipeline
from bots.channels.registry import build_channels
from bots.leads_slack import LEAD_ACTIONS, LeadDesk
from bots.rate_limit import RateLimiter
from core.clock import Clock, SystemClock
from core.config import Settings
from core.intents.cache import IntentCache
from core.intents.llm_classifier import LlmIntentClassifier
from core.orchestrator import IntentClassifier, Orchestrator
from core.services.enrichment import EnrichmentRunner
from core.services.event_relay import PostgresEventRelay, asyncpg_dsn
from core.services.events import EventBus
from core.services.inbox import InboxService
from core.services.llm import LlmClient, make_anthropic_http_client
from core.services.places.base import PlaceProvider
from core.services.places.demo import DemoPlacesProvider
from core.services.places.google import (
    GooglePhotoResolver,
    GooglePlacesProvider,
    make_google_client,
)
from core.services.places.guard import CircuitBreaker, DailyQuota
from core.services.places.photo_links import PhotoLinks
from core.services.places.resolution import PlaceResolutionService
from core.storage.db import make_engine, make_sessionmaker

log = logging.getLogger(__name__)


@dataclass
class Services:
    """Everything the routes need, created once per process."""

    settings: Settings
    clock: Clock
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    events: EventBus
    places: PlaceResolutionService
    orchestrator: Orchestrator
    authenticator: Authenticator
    enrichment: EnrichmentRunner
    pipeline: TurnPipeline
    demo_places: DemoPlacesProvider | None
    photos: GooglePhotoResolver | None = None
    # Signs the photo URLs on cards; the photo route resolves only names signed by it.
    photo_links: PhotoLinks | None = None
    # The Anthropic SDK speaks httpx2; its client is closed here like the others.
    http_clients: list[httpx.AsyncClient | httpx2.AsyncClient] = field(default_factory=list)
    llm: LlmClient | None = None
    leads: LeadDesk | None = None
    bookings: BookingDesk | None = None
    # Per dependency (e.g. "google_places"), for the breaker-state gauge.
    breakers: dict[str, CircuitBreaker] = field(default_factory=dict)
    event_relay: PostgresEventRelay | None = None
    # Chat turns per traveler (HTTP) or per chat user (channels), across a process.
    chat_limiter: RateLimiter | None = None
    demo_limiter: RateLimiter | None = None

    async def start(self) -> None:
        """Start background work (enrichment workers, when this process runs any)."""
        if self.event_relay is not None:
            await self.event_relay.start()
        if self.settings.enrichment_queue_workers > 0:
            await self.enrichment.start()
        resumed = await self.pipeline.resume_pending()
        if resumed:
            log.info("resuming %d chat deliveries accepted before a restart", resumed)
        self.pipeline.start_sweeping()

    async def close(self) -> None:
        """Stop background work, release network clients and database connections."""
        await self.enrichment.stop()
        await self.pipeline.stop_sweeping()
        await self.pipeline.drain()
        if self.leads is not None:
            await self.leads.drain()
        if self.bookings is not None:
            await self.bookings.drain()
        for channel in self.pipeline.channels.values():
            await channel.aclose()
        if self.llm is not None:
            await self.llm.aclose()  # its ledger rows need the engine: write them first
        for client in self.http_clients:
            await client.aclose()
        if self.event_relay is not None:
            await self.event_relay.stop()
        await self.authenticator.close()
        await self.engine.dispose()


def build_services(
    settings: Settings,
    clock: Clock | None = None,
    google_client: httpx.AsyncClient | None = None,
    anthropic_client: httpx2.AsyncClient | None = None,
) -> Services:
    """Wire the services; Google Places when a key is set, else the labeled demo dataset."""
    clock = clock or SystemClock()
    engine = make_engine(settings.database_url)
    sessions = make_sessionmaker(engine)
    events = EventBus()
    clients: list[httpx.AsyncClient | httpx2.AsyncClient] = []
    demo: DemoPlacesProvider | None = None
    photos: GooglePhotoResolver | None = None
    photo_links: PhotoLinks | None = None
    provider: PlaceProvider
    breakers: dict[str, CircuitBreaker] = {}
    if settings.google_places_api_key is not None:
        client = google_client or make_google_client(settings.google_places_base_url)
        clients.append(client)
        breaker = CircuitBreaker(clock)
        breakers["google_places"] = breaker
        quota = DailyQuota(clock, settings.google_places_daily_quota)
        photo_links = PhotoLinks(
            f"{settings.public_base_url.rstrip('/')}/api/v1/place-photos",
            settings.photo_url_secret or settings.google_places_api_key,
        )
        provider = GooglePlacesProvider(
            client, settings.google_places_api_key, breaker, quota, photo_links.url
        )
        photo_quota = DailyQuota(
            clock, settings.google_places_photo_daily_quota, name="Google Places photo"
        )
        photos = GooglePhotoResolver(
            client, settings.google_places_api_key, breaker, photo_quota, clock.monotonic
        )
        log.info("place search: Google Places API (New)")
    else:
        demo = DemoPlacesProvider(clock)
        provider = demo
        log.info("place search: DEMO dataset (no GOOGLE_PLACES_API_KEY set)")
    places = PlaceResolutionService(
        provider,
        clock,
        max_results=settings.place_search_max_results,
        cache_ttl_seconds=settings.place_search_cache_ttl_hours * 3600,
        cache_size=settings.place_search_cache_size,
    )
    llm: LlmClient | None = None
    classifier: IntentClassifier | None = None
    if settings.anthropic_api_key is not None:
        http = anthropic_client or make_anthropic_http_client()
        clients.append(http)
        llm, classifier = _build_intent_fallback(
            settings, settings.anthropic_api_key, sessions, clock, http
        )
    else:
        log.info("intent fallback: rules only (no ANTHROPIC_API_KEY set)")
    enrichment = EnrichmentRunner(
        sessions,
        places,
        clock,
        events,
        workers=settings.enrichment_queue_workers,
        retry_delay_minutes=settings.enrichment_retry_delay_minutes,
    )
    channels = build_channels(settings, clock)
    leads = LeadDesk(sessions, clock, channels, settings.slack_leads_channel, llm)
    bookings = BookingDesk(sessions, clock, channels, settings.slack_bookings_channel)
    orchestrator = Orchestrator(
        sessions,
        places,
        clock,
        events,
        prompt_ttl_minutes=settings.conversation_state_ttl_minutes,
        classifier=classifier,
        on_background=enrichment.wake,
        on_lead=leads.post_card_soon,
        on_booking=bookings.soon,
        public_base_url=settings.public_base_url,
    )
    chat_limiter = RateLimiter(settings.rate_limit_chat_per_minute, None, clock.monotonic)
    pipeline = TurnPipeline(
        sessions,
        clock,
        orchestrator,
        InboxService(sessions, clock),
        channels,
        demo,
        chat_limiter,
        actions=ActionRegistry(
            {LEAD_ACTIONS: leads.handle_action, BOOKING_ACTIONS: bookings.handle_action}
        ),
    )
    return Services(
        pipeline=pipeline,
        leads=leads,
        bookings=bookings,
        settings=settings,
        clock=clock,
        engine=engine,
        sessions=sessions,
        events=events,
        places=places,
        orchestrator=orchestrator,
        authenticator=Authenticator(sessions, clock, settings.traveler_token_max_age),
        demo_places=demo,
        photos=photos,
        photo_links=photo_links,
        enrichment=enrichment,
        http_clients=clients,
        llm=llm,
        breakers=breakers,
        chat_limiter=chat_limiter,
        demo_limiter=RateLimiter(
            settings.rate_limit_demo_sessions_per_minute,
            settings.rate_limit_demo_sessions_per_minute,
            clock.monotonic,
        ),
        event_relay=(
            PostgresEventRelay(asyncpg_dsn(settings.database_url), events)
            if engine.dialect.name == "postgresql"
            else None
        ),
    )


def _build_intent_fallback(
    settings: Settings,
    api_key: SecretStr,
    sessions: async_sessionmaker[AsyncSession],
    clock: Clock,
    http: httpx2.AsyncClient,
) -> tuple[LlmClient, IntentClassifier]:
    """The LLM client and the cached, rate-limited classifier the orchestrator falls back on."""
    llm = LlmClient(
        api_key=api_key,
        model=settings.llm_model,
        sessions=sessions,
        clock=clock,
        base_url=settings.anthropic_base_url,
        http_client=http,
    )
    cache = IntentCache(
        clock, size=settings.llm_intent_cache_size, ttl_days=settings.llm_intent_cache_ttl_days
    )
    classifier = LlmIntentClassifier(
        llm, cache, rate_limit_per_hour=settings.ai_rate_limit_per_user_hour
    )
    log.info("intent fallback: Anthropic %s", settings.llm_model)
    return llm, classifier
