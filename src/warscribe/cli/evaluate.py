"""CLI: ``warscribe evaluate GOLD PRED`` (registered on import)."""

from __future__ import annotations

from pathlib import Path

import orjson
import typer

from warscribe.cli.app import app, console
from warscribe.errors import EvaluationError


def _years(spec: str | None) -> set[int] | None:
    """``2017-2018`` or ``2012,2013`` as a set of years."""
    if not spec:
        return None
    years: set[int] = set()
    try:
        for part in spec.split(","):
            lo, _, hi = part.strip().partition("-")
            years.update(range(int(lo), int(hi or lo) + 1))
    except ValueError:
        raise EvaluationError(f"--years: {spec!r} is not a year list like 2017-2018 or 2012,2014") from None
    return years


@app.command("evaluate")
def evaluate_cmd(
    gold: Path = typer.Argument(..., help="Gold events: an ACLED CSV export or JSONL gold."),
    pred: Path = typer.Argument(..., help="Predicted events: a CSV, JSONL, GeoJSON or Parquet file."),
    json_out: Path = typer.Option(None, "--json", help="Also write the report (with every miss) as JSON."),
    show_misses: int = typer.Option(0, "--show-misses", help="List up to N misses and N false events."),
    date_window: int = typer.Option(3, "--date-window", help="Days dates may be apart and still match."),
    ignore_dates: bool = typer.Option(
        False, "--ignore-dates", help="Match on place and actors only (dates still scored as a field)."
    ),
    km: float = typer.Option(10.0, "--km", help="Coordinates within this many km count as right."),
    place_km: float = typer.Option(25.0, "--place-km", help="Places within this many km may match."),
    per_document: bool = typer.Option(
        False, "--per-document", help="Score the best prediction of each document (ACLED notes)."
    ),
    doc_id: str = typer.Option(None, "--doc-id", help="Give every prediction this document id."),
    ignore_doc_ids: bool = typer.Option(
        False, "--ignore-doc-ids", help="Match across documents (one story told in several files)."
    ),
    years: str = typer.Option(None, "--years", help="Keep events of these years, e.g. 2017-2018."),
    strict_periods: bool = typer.Option(
        False, "--strict-periods",
        help="Compare actor names exactly: by default 'Military Forces of Mali (2013-)' and '(2013-2020)' agree.",
    ),
) -> None:
    """Score predicted events against gold events: precision, recall, field accuracies.

    Actor names that differ only by ACLED's period label agree unless --strict-periods.
    """
    from warscribe.evaluate import evaluate, render_report

    report = evaluate(gold, pred, date_window_days=None if ignore_dates else date_window, km=km, place_km=place_km,
                      per_document=per_document, doc_id=doc_id, ignore_doc_ids=ignore_doc_ids,
                      years=_years(years), strict_periods=strict_periods)  # fmt: skip
    render_report(report, console=console, show_misses=show_misses,
                  title=f"{pred.name} vs {gold.name} ({report.mode} matching)")  # fmt: skip
    if json_out is not None:
        try:
            json_out.write_bytes(orjson.dumps(report.to_dict(), option=orjson.OPT_INDENT_2))
        except OSError as exc:
            raise EvaluationError(f"{json_out}: cannot write: {exc.strerror or exc}") from None
        console.print(f"report written to {json_out}")
