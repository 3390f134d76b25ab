"""Parsing speed (MB/s on one core) and peak memory for clean and flattened wikitext.

    .venv/bin/python benchmarks/bench_parse.py [--mb 4]

Clean input: the wikitext fixtures of tests/fixtures/wiki repeated to about ``--mb`` MB.
Flattened input: ../shared/corpus/mali-war.txt repeated (lines kept, so headings stay at line
ends), or flatten() of the clean input when the shared folder is absent. Also times one
pathological single line (no newline, ``--mb`` MB) through each parser to show it stays linear.
"""

from __future__ import annotations

import argparse
import gc
import os
import time
import tracemalloc
from pathlib import Path

from warscribe.ingest.flatten import flatten
from warscribe.ingest.flattened import parse_flattened
from warscribe.ingest.sentences import split_sentences
from warscribe.ingest.wikitext import parse_wikitext

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "wiki"
SHARED = Path(os.environ.get("WARSCRIBE_SHARED", ROOT.parent / "shared"))


def repeat(text: str, mb: float, sep: str) -> str:
    n = max(1, int(mb * 1e6 // len(text.encode("utf-8"))))
    return sep.join([text] * n)


def measure(label: str, fn, text: str, *, memory: bool = True) -> None:
    size = len(text.encode("utf-8")) / 1e6
    gc.collect()
    began = time.process_time()
    result = fn(text)
    seconds = time.process_time() - began
    peak = ""
    if memory:
        tracemalloc.start()
        fn(text[: len(text) // 4])
        peak = f"  peak {tracemalloc.get_traced_memory()[1] / 1e6:7.1f} MB for a quarter of the input"
        tracemalloc.stop()
    count = len(result) if isinstance(result, list) else len(result.sentences)
    print(f"{label:<34} {size:6.2f} MB  {seconds:6.2f} s  {size / seconds:6.2f} MB/s  {count:7d} sentences{peak}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=4.0)
    args = parser.parse_args()
    clean_one = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.wiki")))
    clean = repeat(clean_one, args.mb, "\n\n")
    corpus = SHARED / "corpus" / "mali-war.txt"
    flat_one = corpus.read_text(encoding="utf-8").rstrip("\n") if corpus.exists() else flatten(clean_one)
    flat = repeat(flat_one, args.mb, "\n")
    prose = " ".join(s.text for s in parse_flattened(flat_one, id="p").sentences)
    print(f"one core, {os.cpu_count()} cores present; flattened input: {'mali-war.txt' if corpus.exists() else 'flatten(fixtures)'}")
    measure("split_sentences (plain prose)", split_sentences, repeat(prose, args.mb, " "))
    measure("parse_wikitext (clean)", lambda t: parse_wikitext(t, id="b"), clean)
    measure("parse_flattened", lambda t: parse_flattened(t, id="b"), flat)
    measure("flatten (clean -> flattened)", lambda t: parse_flattened(flatten(t), id="b"), clean, memory=False)
    line = flat.replace("\n", " ")
    measure("parse_flattened, one line", lambda t: parse_flattened(t, id="b"), line, memory=False)
    measure("parse_wikitext, one line", lambda t: parse_wikitext(t, id="b"), clean.replace("\n", " "), memory=False)


if __name__ == "__main__":
    main()
