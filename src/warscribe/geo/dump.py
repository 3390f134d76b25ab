"""Readers for GeoNames dump files: country dumps, admin code tables, countryInfo.

>>> row = parse_row("2457163\\tGao\\tGao\\tGao,Gawgaw\\t16.27167\\t-0.04472\\tP\\tPPLA\\tML\\t\\t09"
...                 "\\t\\t\\t\\t87000\\t\\t260\\tAfrica/Bamako\\t2020-01-01", source="ML.txt:1")
>>> row.name, row.alternates, row.feature_code, row.admin1
('Gao', ('Gao', 'Gawgaw'), 'PPLA', '09')
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from warscribe.errors import GazetteerError

COLUMNS = 19


@dataclass(frozen=True, slots=True)
class DumpRow:
    """One row of a GeoNames country dump (the columns warscribe uses)."""

    geonameid: int
    name: str
    asciiname: str
    alternates: tuple[str, ...]
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country_code: str
    admin1: str
    admin2: str
    admin3: str
    population: int
    modified: str


@dataclass(frozen=True, slots=True)
class BadRow:
    """A dump row that could not be read: where and why."""

    source: str
    reason: str


def parse_row(line: str, *, source: str) -> DumpRow:
    """Parse one tab-separated dump line; raise GazetteerError naming ``source`` if malformed."""
    cols = line.rstrip("\r\n").split("\t")
    if len(cols) != COLUMNS:
        raise GazetteerError(f"{source}: expected {COLUMNS} tab-separated columns, found {len(cols)}")
    try:
        return DumpRow(
            geonameid=int(cols[0]),
            name=cols[1],
            asciiname=cols[2],
            alternates=tuple(a for a in cols[3].split(",") if a),
            latitude=float(cols[4]),
            longitude=float(cols[5]),
            feature_class=cols[6],
            feature_code=cols[7],
            country_code=cols[8],
            admin1=cols[10],
            admin2=cols[11],
            admin3=cols[12],
            population=int(cols[14] or 0),
            modified=cols[18],
        )
    except ValueError as exc:
        raise GazetteerError(f"{source}: {exc}") from None


def read_rows(lines: Iterable[str], *, name: str, bad: list[BadRow]) -> Iterator[DumpRow]:
    """Parse dump lines, appending unreadable ones to ``bad`` and going on."""
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            yield parse_row(line, source=f"{name}:{number}")
        except GazetteerError as exc:
            bad.append(BadRow(f"{name}:{number}", str(exc).split(": ", 1)[-1]))


def open_dump(path: Path) -> tuple[str, Iterable[str]]:
    """The member name and the lines of a dump given as ``XX.txt`` or ``XX.zip``."""
    if path.suffix.lower() == ".zip":
        try:
            archive = zipfile.ZipFile(path)
            members = [m for m in archive.namelist() if m.endswith(".txt") and not m.startswith("readme")]
            if not members:
                raise GazetteerError(f"{path}: no GeoNames .txt dump inside the zip")
            data = archive.read(members[0])
        except (zipfile.BadZipFile, OSError, zlib.error) as exc:
            raise GazetteerError(f"{path}: not a readable zip ({exc})") from None
        return members[0], io.StringIO(data.decode("utf-8"))
    try:
        return path.name, path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GazetteerError(f"{path}: cannot read ({exc})") from None


def read_admin_codes(path: Path) -> dict[str, str]:
    """``admin1CodesASCII.txt`` / ``admin2Codes.txt``: code ("ML.08") -> name."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 2 and not line.startswith("#"):
            out[cols[0]] = cols[1]
    return out


def read_country_info(path: Path) -> dict[str, tuple[str, str]]:
    """``countryInfo.txt``: ISO code -> (country name, capital)."""
    out: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) > 5:
            out[cols[0]] = (cols[4], cols[5])
    return out
