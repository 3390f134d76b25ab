"""Accuracy of the whole pipeline on ACLED's own notes, scored against ACLED's coding.

Each note of ``../shared/acled/mali-2012-2018.csv`` is one document (no date given);
the events extracted from it are scored against the row it came from, for all years
and for 2017-2018 (whose notes say "On <date>,"), in both matching modes:

- strict: one-to-one matching on date window and place (see warscribe.evaluate);
- document: each note's best prediction is scored; extra predictions compatible
  with the note's event are not false;
- doc, no dates: document mode where dates do not gate matching (place or actors
  only), which shows how much of the rest is right when the year is unknowable.

Most notes give a day without its year ("On 29 December,"). The honest run gives the
documents no date at all. ``--year-given`` adds runs where each note carries a
publication date of 31 December of its event's year, as a news item's date would: it
measures everything but finding the year, and is labelled "year given".

Usage::

    .venv/bin/python benchmarks/eval_acled.py [--acled CSV] [--geonames ML.txt]
        [--out DIR] [--show-misses N]

The GeoNames dump is imported into a temporary data dir first (never the user's).
``--out`` keeps the predictions (CSV) and the reports (JSON).
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import orjson
from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, SHARED  # noqa: E402,F401 (ROOT is re-exported to the other scripts)

from warscribe.evaluate import Report, evaluate, read_gold, render_report  # noqa: E402
from warscribe.export import write_events  # noqa: E402

SUBSETS = (("all", None), ("2017-2018", frozenset({2017, 2018})))
# The 2017-2018 set: notes that open with their date ("On 29 December," / "On December 29,").
ON_DATE = re.compile(r"\s*On\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)\b")
MODES = (("strict", False, 3), ("document", True, 3), ("doc, no dates", True, None))
SUMMARY_FIELDS = ("event_date", "event_type", "sub_event_type", "actor1", "actor2",
                  "actors_any_order", "fatalities", "coordinates")  # fmt: skip
COLUMN_NAMES = {"event_date": "date %", "sub_event_type": "sub %", "coordinates": "≤10km %",
                "fatalities": "fatal %", "actors_any_order": "actors∪ %"}  # fmt: skip


def shared_dir() -> Path:
    """``$WARSCRIBE_SHARED`` or the ``shared`` folder beside the project."""
    return SHARED


@contextmanager
def mali_gazetteer(dump: Path):
    """A gazetteer built from the GeoNames dump in a temporary data dir."""
    from warscribe.geo.index import Gazetteer
    from warscribe.geo.install import import_dump

    with tempfile.TemporaryDirectory(prefix="warscribe-bench-") as tmp:
        t0 = time.perf_counter()
        result = import_dump(dump, data_dir=tmp)
        print(f"gazetteer: {result.rows:,} places from {dump.name} in {time.perf_counter() - t0:.1f} s",
              file=sys.stderr)  # fmt: skip
        yield Gazetteer.open(tmp)


def summary_row(label: str, report: Report) -> list[str]:
    """One line of the summary table for a report."""

    def pct(value: float | None) -> str:
        return "-" if value is None else f"{100 * value:.1f}"

    cells = [label, str(report.n_gold), str(report.n_pred), str(report.matched),
             pct(report.precision), pct(report.recall), pct(report.f1), pct(report.whole_record)]  # fmt: skip
    return cells + [pct(report.field(name).accuracy) for name in SUMMARY_FIELDS]


def summary_table(title: str) -> Table:
    table = Table(title=title)
    for col in ("run", "gold", "pred", "matched", "P %", "R %", "F1 %", "whole %"):
        table.add_column(col, justify="right" if col != "run" else "left", no_wrap=col == "run")
    for name in SUMMARY_FIELDS:
        table.add_column(COLUMN_NAMES.get(name, f"{name.replace('event_', '')} %"), justify="right")
    return table


def _dated_notes(acled: Path, gold: list, tmp: Path) -> Path:
    """The notes as JSONL documents dated 31 December of their event's year."""
    from warscribe.ingest.acled import read_acled

    year = {g.doc_id: g.event_date[:4] for g in gold}
    path = tmp / "notes-dated.jsonl"
    with path.open("wb") as fh:
        for doc in read_acled(acled, on_error=lambda failure: None):
            fh.write(orjson.dumps({"id": doc.id, "text": doc.text, "format": "text",
                                   "date": f"{year[doc.id]}-12-31"}) + b"\n")  # fmt: skip
    return path


@functools.lru_cache(maxsize=1)
def _on_date_cache(acled: Path, years: tuple) -> frozenset[str]:
    from warscribe.ingest.acled import read_acled

    year = dict(years)
    return frozenset(doc.id for doc in read_acled(acled, on_error=lambda failure: None)
                     if year.get(doc.id) in ("2017", "2018") and ON_DATE.match(doc.text))  # fmt: skip


def on_date_notes(acled: Path, gold: list) -> set[str]:
    """Ids of the 2017-2018 notes that open with "On <day> <month>" or "On <month> <day>"."""
    return _on_date_cache(acled, tuple(sorted({g.doc_id: g.event_date[:4] for g in gold}.items())))


def main(argv: list[str] | None = None) -> None:
    shared = shared_dir()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--acled", type=Path, default=shared / "acled" / "mali-2012-2018.csv")
    parser.add_argument("--geonames", type=Path, default=shared / "geonames" / "ML.txt")
    parser.add_argument("--out", type=Path, default=None, help="keep predictions and reports here")
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--quiet", action="store_true", help="only the summary table")
    parser.add_argument("--year-given", action="store_true",
                        help="also run with each note dated 31 December of its year")
    args = parser.parse_args(argv)
    for path in (args.acled, args.geonames):
        if not path.exists():
            sys.exit(f"{path} is absent: this benchmark needs the shared data folder")

    from warscribe.extract.pipeline import extract

    console = Console(width=190)
    gold = read_gold(args.acled)
    table = summary_table("ACLED notes: pipeline vs ACLED coding")
    runs = [("", None)] + ([("year given", _dated_notes)] if args.year_given else [])
    with mali_gazetteer(args.geonames) as gazetteer, tempfile.TemporaryDirectory() as tmp:
        for label, prepare in runs:
            source = prepare(args.acled, gold, Path(tmp)) if prepare else args.acled
            t0 = time.perf_counter()
            result = extract([source], gazetteer=gazetteer)
            seconds = time.perf_counter() - t0
            pred = list(result.events)
            print(f"{label or 'no date'}: extracted {len(pred):,} events from "
                  f"{len({g.doc_id for g in gold}):,} notes in {seconds:.1f} s "
                  f"({len(result.failures)} failures)")  # fmt: skip
            stem = "acled" + (f".{label.replace(' ', '-')}" if label else "")
            if args.out:
                args.out.mkdir(parents=True, exist_ok=True)
                write_events(pred, args.out / f"{stem}.events.csv")
            for subset, years in SUBSETS + (("2017-2018 On <date>", "on-date"),):
                for mode, per_document, window in MODES:
                    g_sub, p_sub, y_sub = gold, pred, years
                    if years == "on-date":
                        keep = on_date_notes(args.acled, gold)
                        g_sub = [g for g in gold if g.doc_id in keep]
                        p_sub = [e for e in pred if e.doc_id in keep]
                        y_sub = None
                    report = evaluate(g_sub, p_sub, per_document=per_document, years=y_sub,
                                      date_window_days=window)  # fmt: skip
                    name = f"{subset} / {mode}" + (f" / {label}" if label else "")
                    table.add_row(*summary_row(name, report))
                    if not args.quiet:
                        render_report(report, console=console, show_misses=args.show_misses,
                                      title=f"ACLED notes {name} matching")  # fmt: skip
                    if args.out:
                        (args.out / f"{stem}.{subset}.{mode.replace(', ', '-').replace(' ', '-')}.json").write_bytes(
                            orjson.dumps(report.to_dict(), option=orjson.OPT_INDENT_2))
    console.print(table)


if __name__ == "__main__":
    main()
