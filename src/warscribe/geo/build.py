"""Build the SQLite gazetteer index from GeoNames dump rows.

Admin names come from ``admin1CodesASCII.txt``/``admin2Codes.txt`` when given, else
from the dump's own ADM1/ADM2/ADM3 feature rows ("Gao Region" -> "Gao"); a place whose
admin2 code is empty gets the ADM2 (same admin1) whose centroid or seat town is nearest.
Names are GeoNames' current ones (e.g. the 2016 Ménaka region), not ACLED's historic ones.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from warscribe.geo.countries import display_name
from warscribe.geo.dump import DumpRow
from warscribe.geo.fold import fold, is_latin

SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
    geonameid INTEGER PRIMARY KEY, name TEXT, asciiname TEXT, latitude REAL, longitude REAL,
    feature_class TEXT, feature_code TEXT, country_code TEXT, admin1_code TEXT,
    admin1 TEXT, admin2 TEXT, admin3 TEXT, population INTEGER, n_alt INTEGER, source_country TEXT);
CREATE TABLE IF NOT EXISTS names (name TEXT, geonameid INTEGER, kind INTEGER);
CREATE INDEX IF NOT EXISTS names_name ON names(name);
CREATE TABLE IF NOT EXISTS countries (code TEXT PRIMARY KEY, name TEXT, capital TEXT);
CREATE TABLE IF NOT EXISTS sources (
    country TEXT PRIMARY KEY, rows INTEGER, installed TEXT, source TEXT, skipped INTEGER);
"""

_ADMIN_WORDS = re.compile(
    r"^(?:cercle|commune|region|province|district|department|prefecture)\s+(?:de |d'|du |des )?(?=[^\W\d])"
    r"|\s+(?:region|cercle|province|district|department|prefecture)$",
    re.IGNORECASE,
)
_CODE_LIKE = re.compile(r"^[A-Z0-9.\-]{2,6}$|\d{3,}")


def clean_admin_name(name: str) -> str:
    """An ADM feature's name without its generic word: ``clean_admin_name("Gao Region")`` is 'Gao'."""
    cleaned = _ADMIN_WORDS.sub("", name).strip()
    return cleaned or name


_GENERIC_HEAD = re.compile(
    r"^(?:adrar|oued|wadi|lac|lake|mont|mount|massif|plaine|foret|djebel|jebel|erg|mare|falaise|falaises)"
    r"\s+(?:(?:des|de|du|d'|el|la|le)\s*)?(?=\S{4,})")


# the Arabic article of a transliterated name ("al-Khalil", "El Moustarat")
_ARTICLE_HEAD = re.compile(r"^(?:al|el)[- ](?=[^\W\d]{5,}$)")


def index_names(row: DumpRow) -> dict[str, int]:
    """Folded names of a row -> kind (0 name, 1 ASCII name, 2 alternate); Latin script only.

    A terrain name with a generic head also answers to its specific part, as kind 2
    ("Adrar des Ifoghas" -> "ifoghas"), and so does a name with the Arabic article
    ("al-Khalil" -> "khalil").
    """
    out: dict[str, int] = {}
    for kind, names in ((0, (row.name,)), (1, (row.asciiname,)), (2, row.alternates)):
        for name in names:
            if not is_latin(name) or (kind == 2 and _CODE_LIKE.search(name)):
                continue
            key = fold(name).strip("' ")
            if len(key) >= 3 and key not in out:
                out[key] = kind
            if row.feature_class in "THLV" and _GENERIC_HEAD.match(key):
                out.setdefault(_GENERIC_HEAD.sub("", key), 2)
            if _ARTICLE_HEAD.match(key):
                out.setdefault(_ARTICLE_HEAD.sub("", key), 2)
    return out


def _admin_tables(rows: list[DumpRow], admin_codes: dict[str, str]) -> tuple[dict, dict, dict]:
    level1: dict[tuple, str] = {}
    level2: dict[tuple, tuple[str, float, float]] = {}
    level3: dict[tuple, tuple[str, float, float]] = {}
    for r in rows:
        if r.feature_class != "A":
            continue
        name = clean_admin_name(r.name)
        if r.feature_code == "ADM1":
            level1[(r.country_code, r.admin1)] = name
        elif r.feature_code == "ADM2":
            level2[(r.country_code, r.admin1, r.admin2)] = (name, r.latitude, r.longitude)
        elif r.feature_code == "ADM3":
            level3[(r.country_code, r.admin1, r.admin2, r.admin3)] = (name, r.latitude, r.longitude)
    seats = [r for r in rows if r.feature_code in ("PPLC", "PPLA", "PPLA2")]
    for key, (name, alat, alon) in list(level2.items()):
        folded = fold(name)
        for seat in seats:
            if seat.admin1 == key[1] and folded in {fold(n) for n in (seat.name, *seat.alternates)}:
                level2[(*key, "seat")] = (name, seat.latitude, seat.longitude)
                break
    for code, name in admin_codes.items():
        parts = tuple(code.split("."))
        if len(parts) == 2:
            level1[parts] = name
        elif len(parts) == 3:
            old = level2.get(parts)
            level2[parts] = (name, *(old[1:] if old else (float("nan"), float("nan"))))
    return level1, level2, level3


class _Nearest:
    """The nearest admin area of one level, among those sharing a code prefix."""

    def __init__(self, table: dict[tuple, tuple[str, float, float]]) -> None:
        groups: dict[tuple, list[tuple[str, float, float]]] = {}
        for key, value in table.items():
            if value[1] == value[1]:
                groups.setdefault(key[:2], []).append(value)
        self.groups = {
            k: ([v[0] for v in vs], np.array([v[1] for v in vs]), np.array([v[2] for v in vs]))
            for k, vs in groups.items()
        }

    def __call__(self, lat: float, lon: float, *, prefix: tuple) -> str:
        group = self.groups.get(prefix)
        if group is None:
            return ""
        names, lats, lons = group
        d = (lats - lat) ** 2 + ((lons - lon) * np.cos(np.radians(lat))) ** 2
        return names[int(np.argmin(d))]


def build_index(
    db: sqlite3.Connection,
    rows: Iterable[DumpRow],
    *,
    country: str,
    source: str,
    admin_codes: dict[str, str] | None = None,
    country_info: dict[str, tuple[str, str]] | None = None,
    skipped: int = 0,
) -> int:
    """Replace ``country``'s rows in the index with ``rows``; return how many were stored.

    >>> import sqlite3; db = sqlite3.connect(":memory:")
    >>> build_index(db, [], country="ML", source="test")
    0
    """
    rows = list(rows)
    db.executescript(SCHEMA)
    level1, level2, level3 = _admin_tables(rows, admin_codes or {})
    nearest2 = _Nearest(level2)
    places, names = [], []
    for r in rows:
        cc = r.country_code or country
        admin1 = level1.get((cc, r.admin1), "")
        admin2 = level2.get((cc, r.admin1, r.admin2), ("",))[0] if r.admin2 else ""
        if r.feature_code == "ADM2":
            admin2 = clean_admin_name(r.name)
        if not admin2 and r.admin1 and r.feature_code not in ("ADM1", "PCLI"):
            admin2 = nearest2(r.latitude, r.longitude, prefix=(cc, r.admin1))
        admin3 = ""
        if r.admin3:
            admin3 = level3.get((cc, r.admin1, r.admin2, r.admin3), ("",))[0]
        row_names = index_names(r)
        places.append((r.geonameid, r.name, r.asciiname, r.latitude, r.longitude, r.feature_class,
                       r.feature_code, cc, r.admin1, admin1, admin2, admin3, r.population,
                       len(r.alternates), country))
        names.extend((key, r.geonameid, kind) for key, kind in row_names.items())
    with db:
        db.execute("DELETE FROM names WHERE geonameid IN (SELECT geonameid FROM places WHERE source_country=?)",
                   (country,))
        db.execute("DELETE FROM places WHERE source_country=?", (country,))
        db.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", places)
        db.executemany("INSERT INTO names VALUES (?,?,?)", names)
        info = (country_info or {}).get(country)
        capital = info[1] if info else next((r.name for r in rows if r.feature_code == "PPLC"), "")
        db.execute("INSERT OR REPLACE INTO countries VALUES (?,?,?)",
                   (country, info[0] if info else display_name(country), capital))
        db.execute("INSERT OR REPLACE INTO sources VALUES (?,?,?,?,?)",
                   (country, len(places), dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                    source, skipped))
    return len(places)


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) an index database at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)
    return db
