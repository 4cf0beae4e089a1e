"""The trips the corpus runs on, built from demo place ids like core/services/demo_seed.py.

Each trip starts 14 days after the clock's now unless `start` says otherwise (Mumbai is under
way: it starts today, so "tonight" and "tomorrow" fall inside it). An entry is (time, place id)
or (time, slot title) for an open meal slot. FakeClock's now is Monday 2026-11-23 09:00 UTC, so
14 days on is Monday 2026-12-07: Friday is day 5, Saturday day 6.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TripFixture:
    """A trip to create for a case: destination, first day (days from now), items per day."""

    destination: str
    timezone: str
    days: tuple[tuple[tuple[str, str], ...], ...]
    start: int = 14


def _d(*items: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    return items


# "hadibo" is core/services/demo_seed.py's trip itself (created with create_demo_trip).
TRIPS: dict[str, TripFixture] = {
    "kyoto": TripFixture(
        "Kyoto",
        "Asia/Tokyo",
        (
            _d(
                ("09:00", "demo-kyoto-kinkaku-ji"),
                ("12:30", "Lunch"),
                ("15:00", "demo-kyoto-ryoan-ji"),
                ("19:00", "demo-kyoto-kamogawa-kaiseki"),
            ),
            _d(
                ("08:30", "demo-kyoto-rokkaku-roasters"),
                ("10:00", "demo-kyoto-fushimi-inari-taisha"),
                ("13:00", "demo-kyoto-menya-kurogane"),
                ("14:30", "demo-kyoto-sanjusangen-do"),
                ("16:00", "demo-kyoto-kiyomizu-dera"),
                ("18:00", "demo-kyoto-gion-district"),
                ("19:30", "Dinner"),
            ),
            _d(
                ("09:30", "demo-kyoto-arashiyama-bamboo-grove"),
                ("12:30", "Lunch"),
                ("15:00", "demo-kyoto-nijo-castle"),
            ),
        ),
    ),
    "edinburgh": TripFixture(
        "Edinburgh",
        "Europe/London",
        (
            _d(
                ("09:30", "demo-edinburgh-edinburgh-castle"),
                ("12:30", "Lunch"),
                ("14:30", "demo-edinburgh-royal-mile"),
                ("19:00", "demo-edinburgh-the-thistle-stag"),
            ),
            _d(
                ("08:30", "Breakfast"),
                ("10:00", "demo-edinburgh-national-museum-of-scotland"),
                ("12:00", "demo-edinburgh-greyfriars-kirkyard"),
                ("13:00", "demo-edinburgh-canongate-kitchen"),
                ("15:30", "demo-edinburgh-calton-hill"),
                ("17:30", "demo-edinburgh-victoria-street"),
                ("19:30", "Dinner"),
            ),
            _d(
                ("10:00", "demo-edinburgh-arthurs-seat"),
                ("13:00", "Lunch"),
                ("20:00", "demo-edinburgh-the-wee-dram"),
            ),
            _d(),
            _d(("10:00", "demo-edinburgh-royal-botanic-garden"), ("13:00", "Lunch")),
        ),
    ),
    "goa": TripFixture(
        "Goa",
        "Asia/Kolkata",
        (
            _d(
                ("09:00", "demo-goa-basilica-of-bom-jesus"),
                ("13:00", "demo-goa-casa-xacuti"),
                ("16:00", "demo-goa-miramar-beach"),
                ("20:00", "Dinner"),
            ),
            _d(
                ("08:30", "demo-goa-bebinca-bakery-cafe"),
                ("10:30", "demo-goa-fort-aguada"),
                ("13:00", "Lunch"),
                ("17:00", "demo-goa-anjuna-beach"),
            ),
            _d(
                ("10:00", "demo-goa-fontainhas-latin-quarter"),
                ("13:00", "Lunch"),
                ("19:30", "demo-goa-vindaloo-vinho"),
            ),
            _d(),
        ),
    ),
    "mumbai": TripFixture(
        "Mumbai",
        "Asia/Kolkata",
        (
            _d(
                ("10:00", "demo-mumbai-gateway-of-india"),
                ("13:00", "demo-mumbai-konkan-coast-kitchen"),
                ("16:00", "demo-mumbai-chhatrapati-shivaji-maharaj-vastu-sangrahalaya"),
                ("20:00", "Dinner"),
            ),
            _d(
                ("09:00", "Breakfast"),
                ("10:30", "demo-mumbai-elephanta-caves"),
                ("13:30", "Lunch"),
                ("18:00", "demo-mumbai-marine-drive"),
            ),
            _d(
                ("10:00", "demo-mumbai-haji-ali-dargah"),
                ("13:00", "demo-mumbai-annapoorna-thali-house"),
            ),
        ),
        start=0,
    ),
    "jaipur": TripFixture(
        "Jaipur",
        "Asia/Kolkata",
        (
            _d(
                ("09:00", "demo-jaipur-amber-fort"),
                ("13:00", "demo-jaipur-marwar-thali-haveli"),
                ("16:00", "demo-jaipur-hawa-mahal"),
                ("19:30", "Dinner"),
            ),
            _d(
                ("09:30", "demo-jaipur-city-palace"),
                ("13:00", "Lunch"),
                ("15:30", "demo-jaipur-jantar-mantar"),
                ("19:30", "demo-jaipur-haveli-rooftop-kitchen"),
            ),
            _d(("08:00", "demo-jaipur-kachori-corner"), ("10:00", "demo-jaipur-nahargarh-fort")),
        ),
    ),
    "bogota": TripFixture(
        "Bogotá",
        "America/Bogota",
        (
            _d(
                ("08:00", "demo-bogota-chocolate-santafereno"),
                ("10:00", "demo-bogota-museo-del-oro"),
                ("12:00", "demo-bogota-plaza-de-bolivar"),
                ("13:00", "demo-bogota-la-casona-del-ajiaco"),
                ("15:30", "demo-bogota-la-candelaria"),
                ("17:30", "demo-bogota-iglesia-de-san-francisco"),
                ("19:30", "demo-bogota-fogon-llanero"),
            ),
            _d(
                ("08:30", "Breakfast"),
                ("10:00", "demo-bogota-monserrate"),
                ("13:00", "Lunch"),
                ("16:00", "demo-bogota-museo-botero"),
                ("20:00", "Dinner"),
            ),
            _d(
                ("09:00", "demo-bogota-jardin-botanico-de-bogota"),
                ("13:00", "Lunch"),
                ("17:00", "demo-bogota-distrito-grafiti"),
            ),
            _d(),
        ),
    ),
    "cartagena": TripFixture(
        "Cartagena",
        "America/Bogota",
        (
            _d(
                ("09:00", "demo-cartagena-walled-city"),
                ("13:00", "demo-cartagena-la-cevicheria-caribe"),
                ("16:00", "demo-cartagena-castillo-san-felipe-de-barajas"),
                ("19:30", "demo-cartagena-muralla-sunset-bar"),
            ),
            _d(
                ("08:00", "demo-cartagena-cafe-balcon-colonial"),
                ("10:00", "demo-cartagena-palacio-de-la-inquisicion"),
                ("13:00", "Almuerzo"),
                ("20:00", "Cena"),
            ),
            _d(
                ("10:00", "demo-cartagena-playa-de-bocagrande"),
                ("13:00", "demo-cartagena-bocagrande-beach-grill"),
            ),
            _d(),
            _d(("10:00", "demo-cartagena-getsemani"), ("13:00", "Almuerzo")),
            _d(("11:00", "demo-cartagena-las-bovedas"), ("20:00", "Cena")),
        ),
    ),
    "porto": TripFixture(
        "Porto",
        "Europe/Lisbon",
        (
            _d(
                ("09:30", "demo-porto-livraria-lello"),
                ("11:00", "demo-porto-torre-dos-clerigos"),
                ("13:00", "demo-porto-tasca-do-cais"),
                ("15:30", "demo-porto-ribeira"),
                ("19:30", "Dinner"),
            ),
            _d(
                ("08:30", "demo-porto-pastelaria-aliados"),
                ("10:00", "demo-porto-palacio-da-bolsa"),
                ("11:30", "demo-porto-sao-bento-station"),
                ("13:00", "Lunch"),
                ("16:00", "demo-porto-ponte-luis-i"),
                ("18:00", "demo-porto-miradouro-da-vitoria"),
                ("20:00", "demo-porto-marisqueira-da-foz"),
            ),
            _d(
                ("10:00", "demo-porto-museu-de-serralves"),
                ("13:00", "Lunch"),
                ("17:00", "demo-porto-jardins-do-palacio-de-cristal"),
                ("20:00", "Dinner"),
            ),
            _d(
                ("08:30", "Breakfast"),
                ("10:30", "demo-porto-se-do-porto"),
                ("13:00", "demo-porto-casa-da-francesinha"),
            ),
            _d(),
            _d(
                ("11:00", "demo-porto-cais-de-gaia"),
                ("15:00", "demo-porto-cais-port-wine-lodge"),
                ("20:00", "Dinner"),
            ),
        ),
    ),
    "blank": TripFixture("Kyoto", "Asia/Tokyo", (_d(), _d())),  # nothing planned yet
}
