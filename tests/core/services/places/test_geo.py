"""Great-circle distances and centroids."""

from __future__ import annotations

import math

import pytest

from core.protocol import Coordinates
from core.services.places.geo import centroid, distance_meters

# 2 * pi * 6 371 000 / 360
ONE_DEGREE_M = 111_195


def point(lat: float, lng: float) -> Coordinates:
    return Coordinates(lat=lat, lng=lng)


def test_same_point_is_zero() -> None:
    here = point(12.6519, 54.0238)

    assert distance_meters(here, here) == 0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (point(0, 0), point(1, 0)),
        (point(45, 10), point(46, 10)),
        (point(-33.5, 151.2), point(-34.5, 151.2)),
        (point(0, 0), point(0, 1)),  # along the equator, a degree of longitude is the same
    ],
)
def test_one_degree_of_latitude_is_about_111_km(a: Coordinates, b: Coordinates) -> None:
    assert distance_meters(a, b) == pytest.approx(ONE_DEGREE_M, abs=1)


def test_a_degree_of_longitude_shrinks_with_latitude() -> None:
    at_60 = distance_meters(point(60, 10), point(60, 11))

    assert at_60 == pytest.approx(ONE_DEGREE_M * math.cos(math.radians(60)), rel=1e-3)


def test_distance_is_symmetric_and_an_int() -> None:
    hadibo, mumbai = point(12.6519, 54.0238), point(18.938, 72.833)

    there = distance_meters(hadibo, mumbai)

    assert isinstance(there, int)
    assert there == distance_meters(mumbai, hadibo)
    assert 2_000_000 < there < 2_200_000


def test_antipodes_are_half_the_circumference() -> None:
    assert distance_meters(point(0, 0), point(0, 180)) == pytest.approx(math.pi * 6_371_000, abs=1)


def test_across_the_antimeridian_is_short() -> None:
    assert distance_meters(point(0, 179.5), point(0, -179.5)) == pytest.approx(ONE_DEGREE_M, abs=1)


def test_short_city_distance_is_rounded_to_the_nearest_meter() -> None:
    # 0.001° of latitude ≈ 111.2 m, 0.003° ≈ 333.58 m (rounded up, not truncated)
    assert distance_meters(point(12.6519, 54.0238), point(12.6529, 54.0238)) == 111
    assert distance_meters(point(12.6519, 54.0238), point(12.6549, 54.0238)) == 334


def test_centroid_of_nothing_is_none() -> None:
    assert centroid([]) is None


def test_centroid_of_one_point_is_that_point() -> None:
    assert centroid([point(12.65, 54.02)]) == point(12.65, 54.02)


def test_centroid_is_the_average() -> None:
    result = centroid([point(10, 50), point(12, 54), point(14, 52)])

    assert result is not None
    assert result.lat == pytest.approx(12)
    assert result.lng == pytest.approx(52)
