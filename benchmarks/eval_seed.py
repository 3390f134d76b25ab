"""Accuracy of the whole pipeline on the Mali War article against the team's gold.

Extracts ``../shared/corpus/mali-war.txt`` with the GeoNames Mali gazetteer (imported
into a temporary data dir) and scores the events against
``benchmarks/gold/mali-war.events.jsonl`` (strict one-to-one matching; optional gold
events excuse predictions but are not recall).

Usage::

    .venv/bin/python benchmarks/eval_seed.py [--corpus TXT] [--gold JSONL]
        [--out DIR] [--show-misses N] [--date-window D]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from rich.console import Console

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_acled import ROOT, mali_gazetteer, shared_dir, summary_row, summary_table  # noqa: E402

from warscribe.evaluate import evaluate, read_gold, render_report  # noqa: E402
from warscribe.export import write_events  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    shared = shared_dir()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=shared / "corpus" / "mali-war.txt")
    parser.add_argument("--gold", type=Path, default=ROOT / "benchmarks" / "gold" / "mali-war.events.jsonl")
    parser.add_argument("--geonames", type=Path, default=shared / "geonames" / "ML.txt")
    parser.add_argument("--out", type=Path, default=None, help="keep predictions and the report here")
    parser.add_argument("--show-misses", type=int, default=10)
    parser.add_argument("--date-window", type=int, default=3)
    args = parser.parse_args(argv)
    for path in (args.corpus, args.gold, args.geonames):
        if not path.exists():
            sys.exit(f"{path} is absent: this benchmark needs it")

    from warscribe.extract.pipeline import extract

    console = Console(width=190)
    with mali_gazetteer(args.geonames) as gazetteer:
        t0 = time.perf_counter()
        result = extract([args.corpus], gazetteer=gazetteer)
        seconds = time.perf_counter() - t0
    pred = list(result.events)
    gold = read_gold(args.gold)
    print(f"extracted {len(pred)} events and {len(result.statistics)} statistics from "
          f"{args.corpus.name} in {seconds:.2f} s; gold: {sum(g.required for g in gold)} required, "
          f"{sum(not g.required for g in gold)} optional")  # fmt: skip
    report = evaluate(gold, pred, date_window_days=args.date_window)
    render_report(report, console=console, show_misses=args.show_misses,
                  title=f"{args.corpus.name} vs {args.gold.name}")  # fmt: skip
    table = summary_table("Mali War article: pipeline vs gold")
    table.add_row(*summary_row("strict", report))
    console.print(table)
    if args.out:
        import orjson

        args.out.mkdir(parents=True, exist_ok=True)
        write_events(pred, args.out / "mali-war.events.jsonl")
        (args.out / "mali-war.report.json").write_bytes(
            orjson.dumps(report.to_dict(), option=orjson.OPT_INDENT_2))


if __name__ == "__main__":
    main()
