"""Gazetteer and geocoder figures: index build time and size, load time, mentions/s, memory.

    .venv/bin/python benchmarks/bench_geo.py

Builds the index from ../shared/geonames/ML.txt into a temporary folder, then runs
``Geocoder.locate`` over the ACLED notes (one document each) and over the Mali War
article (one document, split into lines) on one core, best of five runs, and how much of
that finding the names takes (``Matcher.scan`` and a fuzzy pass). Prints figures, asserts nothing.
"""

from __future__ import annotations

import csv
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SENTENCE, SHARED  # noqa: E402

from warscribe.geo import Gazetteer, Geocoder, import_dump  # noqa: E402
from warscribe.geo.match import capitals  # noqa: E402


def calibration() -> float:
    """CPU seconds of a fixed pure-Python loop: about 0.5 s on an idle modern core."""
    start = time.process_time()
    total = 0
    for i in range(10**7):
        total += i
    return time.process_time() - start


def matching_cpu(geocoder: Geocoder, batch: list[list[str]], country: str) -> float:
    """Best-of-five CPU seconds of the name-finding part of ``locate`` alone."""
    matcher = geocoder.matcher
    cpu = float("inf")
    for _ in range(5):
        start = time.process_time()
        for doc in batch:
            for text in doc:
                matcher.fuzzy(text, country=country, taken=matcher.scan(text), known={}, words=capitals(text))
        cpu = min(cpu, time.process_time() - start)
    return cpu


def main() -> None:
    print(f"calibration: 10M-step Python loop in {calibration():.2f} s CPU (about 0.5 s on an idle core;"
          " scale the rates below by this ratio on a busy machine)")
    dump = SHARED / "geonames/ML.txt"
    if not dump.exists():
        print(f"{dump} is absent: nothing to measure")
        return
    folder = Path(tempfile.mkdtemp())
    start = time.perf_counter()
    result = import_dump(dump, data_dir=folder)
    build = time.perf_counter() - start
    size = result.path.stat().st_size
    print(f"build: {result.rows:,} rows from ML.txt in {build:.2f} s; index {size / 2**20:.1f} MiB")

    tracemalloc.start()
    start = time.perf_counter()
    gazetteer = Gazetteer.open(folder)
    geocoder = Geocoder(gazetteer)
    load = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"load: {load:.2f} s (gazetteer + automaton), {peak / 2**20:.0f} MiB traced peak")

    docs = []
    acled = SHARED / "acled/mali-2012-2018.csv"
    if acled.exists():
        with acled.open(encoding="utf-8") as handle:
            docs = [SENTENCE.split(row["notes"]) for row in csv.DictReader(handle)]
    article = (SHARED / "corpus/mali-war.txt").read_text(encoding="utf-8").splitlines()
    geocoder.locate(["Warm-up: fighting near Gao and Dogofry, Mali, in the Kidal region."])  # lazy tables built
    for label, batch, country in (("ACLED notes", docs, "ML"), ("ACLED notes, country guessed", docs, None),
                                  ("Mali War article", [article] * 5, None)):
        if not batch:
            continue
        cpu = float("inf")
        for _ in range(5):  # best of five: the machine may be shared
            start = time.process_time()
            mentions = sum(len(row) for doc in batch for row in geocoder.locate(doc, country=country))
            cpu = min(cpu, time.process_time() - start)
        chars = sum(len(s) for doc in batch for s in doc)
        print(f"{label}: {len(batch):,} documents, {mentions:,} mentions in {cpu:.2f} s CPU: "
              f"{mentions / cpu:,.0f} mentions/s, {chars / cpu / 1e6:.2f} M chars/s")
        if country:  # where the time goes: finding names vs. choosing their places
            match = matching_cpu(geocoder, batch, country)
            print(f"  of which finding names (scan, one fuzzy pass): {match:.2f} s ({match / cpu:.0%});"
                  f" choosing places and the rest: {cpu - match:.2f} s")

    start = time.process_time()
    n = 20_000
    for i in range(n):
        gazetteer.reverse(10 + (i % 1000) * 0.015, -12 + (i % 997) * 0.016)
    print(f"reverse: {n / (time.process_time() - start):,.0f} lookups/s")

    start = time.perf_counter()
    default = Gazetteer.default()
    print(f"worldwide default: {len(default):,} places loaded in {time.perf_counter() - start:.2f} s")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
