"""Speed of the number-like extractors: dates (find_dates, DateContext) and casualty figures.

Run: ``.venv/bin/python benchmarks/bench_dates.py [--repeat N]``. Uses the Mali War
article and the ACLED notes under ../shared when present, else a synthetic text written
here. Prints words per second of CPU time (one core) for each extractor, sentence by sentence.
"""

from __future__ import annotations

import argparse
import csv
import re
import time
from pathlib import Path

from warscribe.dates import DateContext, find_dates
from warscribe.extract.figures import find_casualties, find_statistics

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLE = (
    "On 3 May 2014, gunmen raided a market near the river, killing 4 traders and wounding 9. "
    "Two days later, soldiers arrived in the town. In early June, talks resumed in the capital. "
    "Since 2012, thousands have fled the region, and aid groups counted 40,000 displaced. "
)


def _sentences() -> list[str]:
    texts = []
    corpus = SHARED / "corpus" / "mali-war.txt"
    if corpus.exists():
        texts.append(corpus.read_text(encoding="utf-8"))
    notes = SHARED / "acled" / "mali-2012-2018.csv"
    if notes.exists():
        with notes.open(encoding="utf-8") as fh:
            texts.extend(row["notes"] for row in csv.DictReader(fh))
    if not texts:
        texts = [SAMPLE * 200]
    return [s for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if s]


def _bench(name: str, fn, sentences: list[str], repeat: int) -> None:
    words = sum(len(s.split()) for s in sentences) * repeat
    start = time.process_time()  # CPU time of this process: other load on the machine does not count
    for _ in range(repeat):
        find_casualties.cache_clear()  # measure the work, not the per-text cache
        fn(sentences)
    elapsed = time.process_time() - start
    print(f"{name:<22} {words / elapsed:>12,.0f} words/s  ({words:,} words, {elapsed:.2f}s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sentences = _sentences()
    print(f"{len(sentences):,} sentences")

    def context_run(ss: list[str]) -> None:
        ctx = DateContext()
        for s in ss:
            ctx.resolve(s)

    _bench("find_dates", lambda ss: [find_dates(s) for s in ss], sentences, args.repeat)
    _bench("DateContext.resolve", context_run, sentences, args.repeat)
    _bench("find_casualties", lambda ss: [find_casualties(s) for s in ss], sentences, args.repeat)
    _bench("find_statistics", lambda ss: [find_statistics(s) for s in ss], sentences, args.repeat)


if __name__ == "__main__":
    main()
