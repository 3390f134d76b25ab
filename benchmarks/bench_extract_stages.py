"""Extraction speed on one core: words per second, end to end after ingest, and per stage.

    .venv/bin/python benchmarks/bench_extract_stages.py [--repeat 5]

Corpora (read in place from ../shared): the Mali War article (a narrative, where most
sentences report no event) and 500 ACLED notes (where nearly every sentence does). The
Mali gazetteer is imported into a temp dir and loaded before timing; parsing is timed
separately from extraction.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from warscribe.extract.pipeline import Extractor
from warscribe.extract.types import is_candidate, main_type
from warscribe.geo.install import import_dump
from warscribe.ingest import parse_text
from warscribe.ingest.acled import read_acled

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARSCRIBE_SHARED", ROOT.parent / "shared"))


def rate(words: int, seconds: float) -> str:
    return f"{words / seconds:>9,.0f} words/s"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    text = (SHARED / "corpus/mali-war.txt").read_text(encoding="utf-8")
    notes = [d for d in read_acled(SHARED / "acled/mali-2012-2018.csv") if hasattr(d, "id")][-500:]
    with tempfile.TemporaryDirectory() as tmp:
        extractor = Extractor(gazetteer=import_dump(SHARED / "geonames/ML.txt", data_dir=tmp).path)
        extractor.focus_code  # loads the gazetteer
        t0 = time.perf_counter()
        docs = [parse_text(text, id=f"mali-war-{i}") for i in range(args.repeat)]
        t_parse = time.perf_counter() - t0
        extractor.document(docs[0])  # warm caches
        words = len(text.split()) * args.repeat
        t0 = time.perf_counter()
        n_events = sum(len(events) for _, events, _ in extractor.pipe(docs))
        t_extract = time.perf_counter() - t0
        print(f"Mali War article x{args.repeat}: {words:,} words, {n_events} events")
        print(f"  ingest   {rate(words, t_parse)}")
        print(f"  extract  {rate(words, t_extract)}   (end to end after ingest)")
        sentences = [s.text for s in docs[0].sentences]
        t0 = time.perf_counter()
        for _ in range(args.repeat):
            for s in sentences:
                if is_candidate(s):
                    main_type(s)
        print(f"  typing   {rate(words, time.perf_counter() - t0)}   "
              f"({sum(map(is_candidate, sentences))}/{len(sentences)} sentences pass the prefilter)")
        note_words = sum(len(d.text.split()) for d in notes)
        t0 = time.perf_counter()
        n_events = sum(len(events) for _, events, _ in extractor.pipe(notes))
        t_notes = time.perf_counter() - t0
        print(f"ACLED notes x{len(notes)}: {note_words:,} words, {n_events} events")
        print(f"  extract  {rate(note_words, t_notes)}")


if __name__ == "__main__":
    main()
