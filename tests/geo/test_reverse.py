import pytest
from hypothesis import given, strategies as st

from warscribe.geo.reverse import ReverseIndex, haversine_km
from warscribe.model import Place

TOWNS = [Place(1, "Gao", 16.27167, -0.04472, "ML"), Place(2, "Kidal", 18.44111, 1.40778, "ML"),
         Place(3, "Old well", 17.0, 0.5, "ML", feature_class="H", feature_code="WLL"),
         Place(4, "Ruin", 16.9, 0.4, "ML", feature_code="PPLQ")]


def test_haversine_known_distance():
    assert haversine_km(16.27167, -0.04472, 18.44111, 1.40778) == pytest.approx(287, abs=2)
    assert haversine_km(0, 179.9, 0, -179.9) == pytest.approx(22.2, abs=0.2)  # across the date line


def test_nearest_skips_wells_and_abandoned_places():
    index = ReverseIndex(TOWNS)
    assert index.nearest(17.0, 0.5) in (0, 1)
    assert index.nearest(18.0, 1.2) == 1


def test_empty_index():
    assert ReverseIndex([TOWNS[2]]).nearest(0, 0) is None


@given(st.floats(-89, 89), st.floats(-179.9, 179.9))
def test_nearest_is_really_the_nearest(lat, lon):
    index = ReverseIndex(TOWNS)
    best = TOWNS[index.nearest(lat, lon)]
    populated = TOWNS[:2]
    assert haversine_km(lat, lon, best.latitude, best.longitude) <= min(
        haversine_km(lat, lon, p.latitude, p.longitude) for p in populated) + 1e-6
