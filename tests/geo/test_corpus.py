"""The Mali War article against the hand-made gold place mentions (needs ../shared)."""

import json
from pathlib import Path

import pytest

from tests.conftest import shared_path
from warscribe.geo import Geocoder
from warscribe.geo.reverse import haversine_km

GOLD = Path(__file__).resolve().parents[2] / "benchmarks" / "gold" / "mali-war.places.jsonl"


@pytest.fixture(scope="module")
def found(ml_gazetteer):
    text = shared_path("corpus/mali-war.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    rows = Geocoder(ml_gazetteer).locate(lines)
    return [(starts[i] + m.start, starts[i] + m.end, m) for i, row in enumerate(rows) for m in row]


def gold(kind):
    if not GOLD.exists():
        pytest.skip(f"{GOLD} is absent")
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    return [g for g in rows if g["in_geonames"] and (g["kind"] == kind or kind == "point" and
                                                    g["kind"] not in ("country", "region"))]


def mention_at(found, g):
    return next((m for s, e, m in found if s < g["char_end"] and g["char_start"] < e), None)


def test_points_geonames_has_resolve_within_10_km(found):
    points = gold("point")
    right = [g for g in points if (m := mention_at(found, g)) is not None and m.place is not None
             and haversine_km(m.latitude, m.longitude, g["latitude"], g["longitude"]) <= 10]
    assert len(right) >= 0.9 * len(points)


def test_countries_are_read_as_countries(found):
    for g in gold("country"):
        m = mention_at(found, g)
        assert m is not None and m.relation == "country" and m.geo_precision == 3, g
