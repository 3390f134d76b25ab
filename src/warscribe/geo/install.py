"""Install GeoNames country dumps: download (retry, resume, integrity checks) and import.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "XX.txt").write_text("")
>>> import_dump(folder / "XX.txt", data_dir=folder).rows
0
"""

from __future__ import annotations

import time
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx

from warscribe.errors import DownloadError, GazetteerError
from warscribe.geo.build import build_index, connect
from warscribe.geo.dump import BadRow, open_dump, read_admin_codes, read_country_info, read_rows
from warscribe.geo.index import INDEX_FILE, data_dir as default_data_dir

BASE_URL = "https://download.geonames.org/export/dump"
EXTRA_FILES = ("admin1CodesASCII.txt", "admin2Codes.txt", "countryInfo.txt")
MAX_BAD_FRACTION = 0.01

# progress(label, done_bytes, total_bytes_or_None)
Progress = Callable[[str, int, "int | None"], None]


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What one import stored: the country, rows kept, rows skipped (with where and why)."""

    country: str
    rows: int
    path: Path
    bad: tuple[BadRow, ...] = ()


def import_dump(path: str | Path, *, data_dir: str | Path | None = None, country: str | None = None) -> ImportResult:
    """Import a GeoNames country dump (``ML.txt`` or ``ML.zip``) into the local index.

    Admin code files (``admin1CodesASCII.txt``, ``admin2Codes.txt``, ``countryInfo.txt``)
    beside the dump are used when present; without them admin names come from the
    dump's ADM1/ADM2/ADM3 rows. Unreadable rows are skipped and reported; a file with
    no good row, or more than 10 bad rows and 1% of all, raises GazetteerError.
    """
    path = Path(path)
    if not path.exists():
        raise GazetteerError(f"{path}: no such file")
    member, lines = open_dump(path)
    country = (country or Path(member).stem).upper()
    bad: list[BadRow] = []
    rows = list(read_rows(lines, name=f"{path.name}:{member}" if path.suffix == ".zip" else path.name, bad=bad))
    if bad and (not rows or len(bad) > max(10, MAX_BAD_FRACTION * (len(rows) + len(bad)))):
        raise GazetteerError(f"{bad[0].source}: {bad[0].reason} ({len(bad)} bad rows: is this a GeoNames dump?)")
    folder = path.parent
    admin_codes: dict[str, str] = {}
    for name in EXTRA_FILES[:2]:
        if (folder / name).exists():
            admin_codes.update({k: v for k, v in read_admin_codes(folder / name).items()
                                if k.startswith(country + ".")})
    info = read_country_info(folder / EXTRA_FILES[2]) if (folder / EXTRA_FILES[2]).exists() else None
    target = default_data_dir(data_dir) / INDEX_FILE
    db = connect(target)
    try:
        n = build_index(db, rows, country=country, source=str(path.resolve()), admin_codes=admin_codes,
                        country_info=info, skipped=len(bad))
    finally:
        db.close()
    return ImportResult(country, n, target, tuple(bad))


def install(codes: Sequence[str], *, data_dir: str | Path | None = None, base_url: str = BASE_URL,
            progress: Progress | None = None, retries: int = 4, timeout: float = 60.0) -> list[ImportResult]:
    """Download and import GeoNames dumps for country codes: ``install(["ML", "BF"])``.

    Downloads go to ``<data_dir>/downloads``; an interrupted one resumes from its
    ``.part`` file with an HTTP Range request. The admin code files are fetched too
    (optional: a failure there only means admin names come from the dump itself).
    """
    codes = [code.upper() for code in codes]
    for code in codes:
        if len(code) != 2 or not code.isalpha():
            raise GazetteerError(f"{code}: not a two-letter ISO country code")
    folder = default_data_dir(data_dir) / "downloads"
    folder.mkdir(parents=True, exist_ok=True)
    base_url = base_url.rstrip("/")
    with httpx.Client(timeout=timeout, follow_redirects=True) as client:
        for name in EXTRA_FILES:
            try:
                download(client, f"{base_url}/{name}", folder / name, progress=progress, retries=retries)
            except DownloadError:
                (folder / name).unlink(missing_ok=True)
        results = []
        for code in codes:
            target = folder / f"{code}.zip"
            download(client, f"{base_url}/{code}.zip", target, progress=progress, retries=retries)
            check_zip(target)
            results.append(import_dump(target, data_dir=data_dir, country=code))
    return results


def check_zip(path: Path) -> None:
    """Raise DownloadError unless ``path`` is a zip whose members pass their CRC test."""
    try:
        with zipfile.ZipFile(path) as archive:
            broken = archive.testzip()
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
        path.unlink(missing_ok=True)
        raise DownloadError(f"{path}: corrupt download, not a valid zip ({exc}); run the install again") from None
    if broken is not None:
        path.unlink(missing_ok=True)
        raise DownloadError(f"{path}: corrupt download, CRC check failed for {broken}; run the install again")


def download(client: httpx.Client, url: str, target: Path, *, progress: Progress | None = None,
             retries: int = 4) -> Path:
    """Fetch ``url`` to ``target`` via ``target.part``, resuming with Range after a cut."""
    part = target.with_name(target.name + ".part")
    last: Exception | None = None
    for attempt in range(retries + 1):
        try:
            _fetch_once(client, url, part, progress=progress)
            part.replace(target)
            return target
        except (httpx.TransportError, _Incomplete) as exc:
            last = exc
            time.sleep(min(0.2 * 2**attempt, 5.0))
        except httpx.HTTPStatusError as exc:
            raise DownloadError(f"{url}: HTTP {exc.response.status_code}") from None
    raise DownloadError(f"{url}: download failed after {retries + 1} attempts ({last})")


class _Incomplete(Exception):
    pass


def _fetch_once(client: httpx.Client, url: str, part: Path, *, progress: Progress | None) -> None:
    have = part.stat().st_size if part.exists() else 0
    headers = {"Range": f"bytes={have}-"} if have else {}
    with client.stream("GET", url, headers=headers) as response:
        if response.status_code == 416:  # nothing left to fetch: the .part is complete
            return
        response.raise_for_status()
        if have and response.status_code != 206:
            have = 0  # the server ignored Range: start over
        length = response.headers.get("Content-Length")
        total = have + int(length) if length is not None else None
        done = have
        with part.open("ab" if have else "wb") as out:
            for chunk in response.iter_bytes(65536):
                out.write(chunk)
                done += len(chunk)
                if progress:
                    progress(part.name.removesuffix(".part"), done, total)
    if total is not None and done != total:
        raise _Incomplete(f"got {done} of {total} bytes")
