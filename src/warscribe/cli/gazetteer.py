"""CLI: ``warscribe gazetteer install|list|lookup|reverse`` (registered on import)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn
from rich.table import Table

from warscribe.cli.app import console, gazetteer_app
from warscribe.errors import GazetteerError

DATA_DIR = typer.Option(None, "--data-dir", help="Index folder (default: $WARSCRIBE_DATA_DIR or the user data dir).")


@gazetteer_app.command("install")
def install_cmd(
    codes: list[str] = typer.Argument(None, help="ISO country codes, e.g. ML BF NE."),
    from_path: Path = typer.Option(None, "--from", help="Import a dump you have (XX.txt or XX.zip) instead."),
    data_dir: Path = DATA_DIR,
    base_url: str = typer.Option(None, "--base-url", help="GeoNames dump base URL (a mirror)."),
) -> None:
    """Download GeoNames country dumps and build the local index."""
    from warscribe.geo import BASE_URL, import_dump, install

    if from_path is not None:
        results = [import_dump(from_path, data_dir=data_dir, country=codes[0] if codes else None)]
    else:
        if not codes:
            raise GazetteerError("gazetteer install: name at least one country code (e.g. ML) or use --from PATH")
        with Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
                      console=console, transient=True) as bar:
            tasks: dict[str, int] = {}

            def progress(label: str, done: int, total: int | None) -> None:
                if label not in tasks:
                    tasks[label] = bar.add_task(label, total=total)
                bar.update(tasks[label], completed=done, total=total)

            results = install(codes, data_dir=data_dir, base_url=base_url or BASE_URL, progress=progress)
    for r in results:
        console.print(f"{r.country}: {r.rows} places indexed in {r.path}"
                      + (f" ({len(r.bad)} unreadable rows skipped, first at {r.bad[0].source})" if r.bad else ""))


@gazetteer_app.command("list")
def list_cmd(data_dir: Path = DATA_DIR) -> None:
    """Show the installed country dumps."""
    from warscribe.geo import Gazetteer, data_dir as resolve_dir
    from warscribe.geo.index import INDEX_FILE

    path = resolve_dir(data_dir) / INDEX_FILE
    if not path.exists():
        console.print(f"nothing installed in {path.parent}: the worldwide default is used "
                      "(run `warscribe gazetteer install ML`)")
        return
    table = Table("country", "rows", "installed", "source")
    for s in Gazetteer.load(path).sources:
        table.add_row(s.country, str(s.rows), s.installed, s.source)
    console.print(table)


@gazetteer_app.command("lookup")
def lookup_cmd(
    name: str = typer.Argument(..., help="A place name, any spelling GeoNames knows."),
    country: str = typer.Option(None, "--country", help="Only places in this country (ISO code)."),
    data_dir: Path = DATA_DIR,
    limit: int = typer.Option(10, "--limit", help="At most this many places."),
) -> None:
    """List the places a name can mean, most prominent first."""
    from warscribe.geo import Gazetteer

    gaz = Gazetteer.open(data_dir) if data_dir else Gazetteer.open()
    places = gaz.lookup(name, country=country.upper() if country else None)[:limit]
    if not places:
        console.print(f"no place called {name!r}")
        raise typer.Exit(1)
    console.print("geonameid\tname\tcode\tadmin1\tadmin2\tcountry\tlatitude\tlongitude\tpopulation",
                  highlight=False, soft_wrap=True)
    for p in places:
        console.print(f"{p.geonameid}\t{p.name}\t{p.feature_code}\t{p.admin1}\t{p.admin2}\t{p.country_code}"
                      f"\t{p.latitude:.5f}\t{p.longitude:.5f}\t{p.population}", highlight=False, soft_wrap=True)


@gazetteer_app.command("reverse")
def reverse_cmd(
    lat: float = typer.Argument(..., help="Latitude."),
    lon: float = typer.Argument(..., help="Longitude."),
    data_dir: Path = DATA_DIR,
) -> None:
    """The populated place nearest a point, with its admin names (negative numbers: put `--` first)."""
    from warscribe.geo import Gazetteer
    from warscribe.geo.reverse import haversine_km

    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GazetteerError(f"({lat}, {lon}): not a latitude/longitude")
    gaz = Gazetteer.open(data_dir) if data_dir else Gazetteer.open()
    p = gaz.reverse(lat, lon)
    if p is None:
        raise GazetteerError("the gazetteer has no populated places")
    km = haversine_km(lat, lon, p.latitude, p.longitude)
    console.print(f"{p.name} ({p.feature_code}, geonameid {p.geonameid}), {km:.1f} km away; "
                  f"{', '.join(x for x in (p.admin3, p.admin2, p.admin1, p.country) if x)}")
