"""The Gazetteer: GeoNames places held in memory, loaded from the SQLite index.

>>> gaz = Gazetteer.default()
>>> gaz.lookup("Timbuktu", country="ML")[0].name
'Timbuktu'
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from warscribe.errors import GazetteerError
from warscribe.geo.countries import ALIASES, CAPITALS, capital_place, country_names
from warscribe.geo.fold import fold
from warscribe.model import Place

INDEX_FILE = "gazetteer.sqlite"

# Feature code rank: seats of government first, abandoned and destroyed places last.
CODE_RANK = {"PPLC": 6, "PPLA": 5, "PPLA2": 4, "PPLA3": 3, "PPLA4": 2.5, "PPL": 2, "PPLX": 1.5,
             "PPLL": 1.5, "PPLS": 1, "PPLF": 1, "PPLQ": 0, "PPLW": 0, "PPLH": 0}


@dataclass(frozen=True, slots=True)
class Source:
    """One installed country dump: ``warscribe gazetteer list`` shows these."""

    country: str
    rows: int
    installed: str
    source: str
    skipped: int = 0


def data_dir(override: str | Path | None = None) -> Path:
    """Where indexes live: ``override``, else $WARSCRIBE_DATA_DIR, else the user data dir."""
    if override:
        return Path(override)
    env = os.environ.get("WARSCRIBE_DATA_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir("warscribe"))


class Gazetteer:
    """Places and their folded names, with lookups by name, admin area and point."""

    def __init__(self, places: list[Place], *, names: dict[str, list[tuple[int, int]]],
                 admin1_codes: list[str], prominence: list[int],
                 countries: dict[str, tuple[str, str]], sources: list[Source],
                 path: Path | None = None) -> None:
        self.places = places
        self.names = names  # folded name -> [(place index, kind 0 name/1 ascii/2 alternate)]
        self.admin1_codes = admin1_codes
        self.prominence = prominence  # number of alternate names: a proxy for notability
        self.countries = countries  # ISO code -> (name, capital)
        self.sources = sources
        self.path = path
        self._capitals: dict[tuple[str, str], int] | None = None
        self._capital_cache: dict[str, Place | None] = {}
        self._by_id: dict[int, Place] | None = None
        self.matcher = None  # the name scanner, built by the first Geocoder
        self._reverse = None
        self._add_world_capitals()
        self.country_by_name = {fold(n): c for c, (n, _) in countries.items()}
        self.country_by_name.update({fold(n): c for c, n in country_names().items()})
        self.country_by_name.update(ALIASES)

    def _add_world_capitals(self) -> None:
        """Capitals of countries with no dump here, so "Paris" or "Niamey" is not a local village."""
        present = {p.country_code for p in self.places}
        for code in CAPITALS:
            if code in present:
                continue
            place = capital_place(code)
            self.names.setdefault(fold(place.name), []).append((len(self.places), 0))
            self.places.append(place)
            self.admin1_codes.append("")
            self.prominence.append(40)

    # -- opening ---------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path | None = None) -> Gazetteer:
        """The installed index (a file, or a data dir holding one), else the worldwide default.

        An explicit ``path`` that holds no index raises GazetteerError.
        """
        if path is None:
            candidate = data_dir() / INDEX_FILE
            return cls.load(candidate) if candidate.exists() else cls.default()
        path = Path(path)
        if path.is_dir():
            path = path / INDEX_FILE
        if not path.exists():
            raise GazetteerError(f"{path}: no gazetteer index here (run `warscribe gazetteer install ML`)")
        return cls.load(path)

    @classmethod
    def default(cls) -> Gazetteer:
        """The worldwide default (GeoNames cities of 1,000+ people), needing no install."""
        from warscribe.geo.default import load_default

        return load_default()

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        """Load an index database built by :func:`warscribe.geo.install.import_dump`."""
        try:
            db = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
            rows = db.execute(
                "SELECT geonameid, name, latitude, longitude, country_code, admin1, admin2, admin3,"
                " feature_class, feature_code, population, admin1_code, n_alt FROM places").fetchall()
            countries = {c: (n, cap) for c, n, cap in db.execute("SELECT code, name, capital FROM countries")}
            id_index = {row[0]: i for i, row in enumerate(rows)}
            names: dict[str, list[tuple[int, int]]] = {}
            for name, gid, kind in db.execute("SELECT name, geonameid, kind FROM names"):
                names.setdefault(name, []).append((id_index[gid], kind))
            sources = [Source(*r) for r in db.execute(
                "SELECT country, rows, installed, source, skipped FROM sources ORDER BY country")]
            db.close()
        except sqlite3.Error as exc:
            raise GazetteerError(f"{path}: cannot read the gazetteer index ({exc})") from None
        all_names = country_names()
        places = [
            Place(gid, name, lat, lon, cc, countries.get(cc, (all_names.get(cc, cc),))[0], a1, a2, a3,
                  fc, code, pop)
            for gid, name, lat, lon, cc, a1, a2, a3, fc, code, pop, _, _ in rows
        ]  # plus, after __init__, the capitals of other countries (geonameid 0)
        return cls(places, names=names, admin1_codes=[r[11] for r in rows],
                   prominence=[r[12] for r in rows], countries=countries, sources=sources, path=path)

    # -- queries ---------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.places)

    def candidates(self, name: str, *, country: str | None = None) -> list[int]:
        """Indexes of the places called ``name`` (folded), optionally in one country."""
        found = [i for i, _ in self.names.get(fold(name), ())]
        if country:
            found = [i for i in found if self.places[i].country_code == country]
        return found

    def lookup(self, name: str, *, country: str | None = None) -> list[Place]:
        """Places called ``name`` (any spelling GeoNames knows), most prominent first.

        >>> [p.feature_code for p in Gazetteer.default().lookup("Gao", country="ML")][:1]
        ['PPL']
        """
        found = self.candidates(name, country=country)
        found.sort(key=self.rank, reverse=True)
        return [self.places[i] for i in found]

    def rank(self, index: int) -> tuple:
        """Static prominence of a place: populated first, then seat rank, population, alt names."""
        p = self.places[index]
        return (p.feature_class == "P", CODE_RANK.get(p.feature_code, 1 if p.feature_class == "P" else 0),
                p.population, self.prominence[index])

    def get(self, geonameid: int) -> Place | None:
        """The place with this GeoNames id, if present."""
        if self._by_id is None:
            self._by_id = {p.geonameid: p for p in self.places if p.geonameid > 0}
        return self._by_id.get(geonameid)

    def capital(self, country: str) -> Place | None:
        """The capital of a country (from countryInfo, the dump's PPLC, or the built-in table)."""
        if country not in self._capital_cache:
            self._capital_cache[country] = self._capital(country)
        return self._capital_cache[country]

    def _capital(self, country: str) -> Place | None:
        name = self.countries.get(country, ("", ""))[1] or CAPITALS.get(country, "")
        pplc = [i for i in self.candidates(name, country=country)] if name else []
        if not pplc:
            pplc = [i for i, p in enumerate(self.places) if p.country_code == country and p.feature_code == "PPLC"]
        if not pplc:
            return capital_place(country)  # a country with no dump installed
        return self.places[max(pplc, key=self.rank)]

    def region_capital(self, country: str, admin1: str) -> Place | None:
        """The seat of an admin1 region, by its name: ``region_capital("ML", "Kidal")`` is Kidal town."""
        if self._capitals is None:
            self._capitals = self._build_capitals()
        index = self._capitals.get((country, fold(admin1)))
        return None if index is None else self.places[index]

    def _build_capitals(self) -> dict[tuple[str, str], int]:
        best: dict[tuple[str, str], int] = {}
        for i, p in enumerate(self.places):
            if p.feature_class != "P" or not p.admin1:
                continue
            key = (p.country_code, fold(p.admin1))
            score = (p.feature_code in ("PPLA", "PPLC"), fold(p.name) == key[1], *self.rank(i))
            old = best.get(key)
            if old is None or score > old[0]:
                best[key] = (score, i)
        return {k: v[1] for k, v in best.items()}

    def reverse(self, lat: float, lon: float) -> Place | None:
        """The nearest populated place to a point, with its admin names.

        >>> Gazetteer.default().reverse(16.27, -0.04).name
        'Gao'
        """
        if self._reverse is None:
            from warscribe.geo.reverse import ReverseIndex

            self._reverse = ReverseIndex(self.places)
        index = self._reverse.nearest(lat, lon)
        return None if index is None else self.places[index]

    def country_codes(self) -> set[str]:
        """Countries with places in this gazetteer."""
        return {s.country for s in self.sources} or {p.country_code for p in self.places}
