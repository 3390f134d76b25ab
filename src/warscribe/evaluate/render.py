"""Rich tables of an evaluation report for the terminal.

>>> import io
>>> from rich.console import Console
>>> from warscribe.evaluate.report import build_report
>>> out = io.StringIO()
>>> render_report(build_report([], [], []), console=Console(file=out, width=100))
>>> "recall" in out.getvalue()
True
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from warscribe.evaluate.report import Report


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def _cut(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _window(days: int | None) -> str:
    return "dates ignored" if days is None else f"date ±{days} d"


def _doc(doc_id: str) -> str:
    return doc_id.replace("\\", "/").rsplit("/", 1)[-1]


def _columns(table: Table, text_column: str) -> None:
    table.add_column("doc", no_wrap=True, max_width=16)
    table.add_column("date", no_wrap=True)
    table.add_column("type", max_width=22)
    table.add_column("location", max_width=16)
    table.add_column(text_column, ratio=1)


def render_report(report: Report, *, console: Console, show_misses: int = 0, title: str = "") -> None:
    """Print the summary and field tables, then up to ``show_misses`` misses and false events."""
    opts = report.options
    summary = Table(title=title or f"evaluation ({report.mode} matching)", show_header=False)
    summary.add_column("metric", style="bold")
    summary.add_column("value", justify="right")
    rows = [
        ("gold events (required)", f"{report.n_gold}"),
        ("gold events (optional)", f"{report.n_optional}"),
        ("predicted events", f"{report.n_pred}"),
        ("matched required", f"{report.matched}"),
        ("matched optional", f"{report.matched_optional}"),
        ("false events", f"{report.n_false}"),
        ("precision", _pct(report.precision)),
        ("recall", _pct(report.recall)),
        ("F1", _pct(report.f1)),
        ("whole record right", _pct(report.whole_record)),
        ("criteria", f"{_window(opts.date_window_days)}, place {opts.place_km:g} km, "
                     f"coordinates {report.km:g} km"),
        ("actor period labels", "compared" if opts.strict_periods else "ignored"),
    ]  # fmt: skip
    for name, value in rows:
        summary.add_row(name, value)
    console.print(summary)

    fields = Table(title="field accuracy over matched pairs")
    fields.add_column("field")
    fields.add_column("accuracy", justify="right")
    fields.add_column("right / known", justify="right")
    for f in report.fields:
        fields.add_row(f.name, _pct(f.accuracy), f"{f.correct} / {f.total}")
    console.print(fields)
    if report.by_type:
        types = Table(title="by event type (gold type for recall, predicted type for false)")
        for col in ("event type", "gold", "matched", "recall", "predicted", "false"):
            types.add_column(col, justify="left" if col == "event type" else "right")
        for t in report.by_type:
            types.add_row(t.event_type or "(none)", str(t.gold), str(t.matched), _pct(t.recall),
                          str(t.pred), str(t.false))  # fmt: skip
        console.print(types)
    blockers = ", ".join(f"{name} {n}" for name, n in report.record_blockers if n)
    if blockers:
        console.print(f"matched required events with a wrong field (whole record): {blockers}")

    if show_misses > 0 and report.misses:
        misses = Table(title=f"missed gold events (first {min(show_misses, len(report.misses))} "
                             f"of {len(report.misses)})")  # fmt: skip
        _columns(misses, "notes")
        for g in report.misses[:show_misses]:
            misses.add_row(_doc(g.doc_id), g.event_date, g.sub_event_type or g.event_type, g.location,
                           _cut(g.notes or g.origin))  # fmt: skip
        console.print(misses)
    if show_misses > 0 and report.false_events:
        false = Table(title=f"false events (first {min(show_misses, len(report.false_events))} "
                            f"of {len(report.false_events)})")  # fmt: skip
        _columns(false, "evidence")
        for p in report.false_events[:show_misses]:
            evidence = " ".join(e.text for e in p.evidence) or p.notes
            false.add_row(_doc(p.doc_id), p.event_date, p.sub_event_type or p.event_type, p.location,
                          _cut(evidence))  # fmt: skip
        console.print(false)
