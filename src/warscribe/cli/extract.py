"""CLI: ``warscribe extract INPUT... --out FILE [--stats FILE] [--format F] [--gazetteer PATH]``."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from warscribe.cli.app import app, console, err_console


@app.command("extract")
def extract_command(
    inputs: list[str] = typer.Argument(..., help="Files, directories or '-' for stdin."),
    out: Path = typer.Option(..., "--out", "-o", help="Events file: .csv, .jsonl, .geojson or .parquet."),
    stats: Optional[Path] = typer.Option(None, "--stats", help="Aggregate figures file (.json or .jsonl)."),
    format: Optional[str] = typer.Option(None, "--format", "-f", help="Input format (default: detected)."),
    gazetteer: Optional[Path] = typer.Option(None, "--gazetteer", help="Gazetteer index file or data dir."),
    out_format: Optional[str] = typer.Option(None, "--out-format", help="Events format if not by extension."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Extract dated, geocoded ACLED-style events from narratives.

    Example: ``warscribe extract mali-war.txt --out events.csv --stats stats.json``
    """
    from warscribe.errors import FormatError
    from warscribe.export import write_events, write_statistics
    from warscribe.extract.pipeline import extract
    from warscribe.ingest.reader import check_format

    if format:
        try:
            format = check_format(format, "--format")
        except FormatError as exc:
            raise typer.BadParameter(exc.reason, param_hint="--format") from exc

    def report(failure) -> None:
        err_console.print(f"[yellow]skipped[/] {failure.source}: {failure.reason}", highlight=False,
                          soft_wrap=True)

    result = extract(inputs, gazetteer=gazetteer, format=format, on_error=report, progress=not quiet)
    written = write_events(result.events, out, format=out_format)
    n_stats = write_statistics(result.statistics, stats) if stats is not None else len(result.statistics)
    summary = (f"{result.documents} document(s), {written} events, {n_stats} statistics, "
               f"{len(result.failures)} failure(s), {len(result.warnings)} warning(s) -> {out}")
    target = err_console if str(out) == "-" else console
    target.print(summary, highlight=False, soft_wrap=True)
    for warning in result.warnings:
        err_console.print(f"[yellow]warning:[/] {warning}", highlight=False, soft_wrap=True)
    if result.documents == 0 and result.failures:
        raise typer.Exit(1)  # nothing could be read at all
