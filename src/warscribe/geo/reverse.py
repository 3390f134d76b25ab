"""Point -> nearest populated place, with a k-d tree on unit-sphere coordinates.

>>> from warscribe.model import Place
>>> idx = ReverseIndex([Place(1, "Gao", 16.27, -0.04, "ML"), Place(2, "Kidal", 18.44, 1.41, "ML")])
>>> idx.nearest(18.0, 1.0)
1
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from scipy.spatial import cKDTree

from warscribe.model import Place

EARTH_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km: ``round(haversine_km(16.27, -0.04, 18.44, 1.41))`` is 287."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def _xyz(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    lat, lon = np.radians(lat), np.radians(lon)
    return np.column_stack((np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)))


class ReverseIndex:
    """Nearest populated place (feature class P, not abandoned) to a point."""

    def __init__(self, places: Sequence[Place]) -> None:
        self.indexes = np.array([i for i, p in enumerate(places)
                                 if p.feature_class == "P" and p.feature_code not in ("PPLQ", "PPLH", "PPLW")],
                                dtype=np.int64)
        lat = np.array([places[i].latitude for i in self.indexes], dtype=float)
        lon = np.array([places[i].longitude for i in self.indexes], dtype=float)
        self.tree = cKDTree(_xyz(lat, lon)) if len(self.indexes) else None

    def nearest(self, lat: float, lon: float) -> int | None:
        """Index (into the places given) of the nearest populated place, or None if there are none."""
        if self.tree is None:
            return None
        la, lo = math.radians(lat), math.radians(lon)
        _, k = self.tree.query((math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la)))
        return int(self.indexes[k])
