"""Extraction speed on one core: words per CPU-second, end to end after ingest, and per stage.

    .venv/bin/python benchmarks/bench_extract_stages.py [--repeat 5] [--notes N]

Corpora (read in place from ../shared): the Mali War article (a narrative, where most
sentences report no event) and ACLED notes (where nearly every sentence does). The
Mali gazetteer is imported into a temp dir and loaded before timing; parsing is timed
separately from extraction. Each measurement runs in a fresh process, so no cache holds
what an earlier pass over the same texts computed.

The stage split times the functions the pipeline calls for each stage (geo, types,
dates, figures, actors, roles, assembly, dedup); a stage called from inside another
counts only for itself, and "pipeline" is what is left of ``Extractor.document``.
Wrapping adds a little time of its own, so the split is measured on a separate pass.
"""

from __future__ import annotations

import argparse
import collections
import functools
import subprocess
import sys
import tempfile
import time

import _common  # noqa: F401 (puts src/ on sys.path)
from _common import SHARED

from warscribe.dates.context import DateContext
from warscribe.extract import assemble as assemble_mod
from warscribe.extract import pipeline
from warscribe.extract.actors import ActorContext, ActorDictionary
from warscribe.extract.pipeline import Extractor
from warscribe.extract.types import is_candidate, main_type
from warscribe.geo.install import import_dump
from warscribe.ingest import parse_text
from warscribe.ingest.acled import read_acled

# (stage, owner, attribute): the names the pipeline looks its stages up by
STAGES = (
    ("geo", pipeline, "locate_all"), ("geo", pipeline, "_focus"),
    ("types", pipeline, "main_type"), ("types", pipeline, "protest_follow_up"), ("types", pipeline, "classify"),
    ("dates", DateContext, "resolve_sentence"), ("dates", DateContext, "for_document"),
    ("figures", pipeline, "_find_statistics"), ("figures", assemble_mod, "_find_casualties"),
    ("actors", ActorContext, "find"), ("actors", ActorContext, "learn"), ("actors", ActorDictionary, "find"),
    ("actors", ActorDictionary, "context"),
    ("roles", assemble_mod, "assign"),
    ("assemble", pipeline, "assemble"), ("assemble", pipeline, "absorb"),
    ("dedup", pipeline, "dedup"),
)


def rate(words: int, seconds: float) -> str:
    return f"{words / seconds:>9,.0f} words/s"


class StageClock:
    """Exclusive time per stage: a stage's own time, less that of stages it calls."""

    def __init__(self) -> None:
        self.spent: collections.Counter[str] = collections.Counter()
        self._stack: list[list] = []  # [stage, start, time of nested stages]
        self._saved: list[tuple[object, str, object]] = []

    def __enter__(self) -> StageClock:
        for stage, owner, name in STAGES:
            original = owner.__dict__[name]
            self._saved.append((owner, name, original))
            setattr(owner, name, self._wrap(stage, original))
        return self

    def __exit__(self, *exc) -> None:
        for owner, name, original in reversed(self._saved):
            setattr(owner, name, original)

    def _wrap(self, stage: str, fn):
        if isinstance(fn, classmethod):
            return classmethod(self._wrap(stage, fn.__func__))

        @functools.wraps(fn)
        def timed(*args, **kwargs):
            frame = [stage, time.process_time(), 0.0]
            self._stack.append(frame)
            try:
                return fn(*args, **kwargs)
            finally:
                self._stack.pop()
                total = time.process_time() - frame[1]
                self.spent[stage] += total - frame[2]
                if self._stack:
                    self._stack[-1][2] += total

        return timed


def split(extractor: Extractor, docs: list, label: str) -> None:
    """Print each stage's share of extracting ``docs`` (timed on a separate pass)."""
    clock = StageClock()
    with clock:
        t0 = time.process_time()
        for _ in extractor.pipe(docs):
            pass
        total = time.process_time() - t0
    clock.spent["pipeline"] = total - sum(clock.spent.values())
    parts = "  ".join(f"{stage} {100 * t / total:.0f}%" for stage, t in clock.spent.most_common())
    print(f"  stages ({label}, {total:.2f} s with timers): {parts}")


def _extract(extractor: Extractor, docs: list, label: str, words: int, *, split_stages: bool) -> float | None:
    """CPU seconds to extract ``docs`` end to end (printing the count), or None after the per-stage split."""
    if split_stages:
        split(extractor, docs, label)
        return None
    t0 = time.process_time()
    n_events = sum(len(events) for _, events, _ in extractor.pipe(docs))
    spent = time.process_time() - t0
    print(f"{label}: {words:,} words, {n_events} events")
    return spent


def _article(extractor: Extractor, args) -> None:
    text = (SHARED / "corpus/mali-war.txt").read_text(encoding="utf-8")
    t0 = time.process_time()
    docs = [parse_text(text, id=f"mali-war-{i}") for i in range(args.repeat)]
    t_parse = time.process_time() - t0
    words = len(text.split()) * args.repeat
    t_extract = _extract(extractor, docs, f"Mali War article x{args.repeat}", words, split_stages=args.split)
    if t_extract is None:
        return
    print(f"  ingest   {rate(words, t_parse)}")
    print(f"  extract  {rate(words, t_extract)}   (end to end after ingest)")
    sentences = [s.text for s in docs[0].sentences]
    t0 = time.process_time()
    for _ in range(args.repeat):
        for s in sentences:
            if is_candidate(s):
                main_type(s)
    print(f"  typing   {rate(words, time.process_time() - t0)}   "
          f"({sum(map(is_candidate, sentences))}/{len(sentences)} sentences pass the prefilter)")


def _notes(extractor: Extractor, args) -> None:
    t0 = time.process_time()
    notes = list(read_acled(SHARED / "acled/mali-2012-2018.csv", on_error=lambda f: None))
    t_read = time.process_time() - t0
    all_words = sum(len(d.text.split()) for d in notes)
    notes = notes[-args.notes:] if args.notes else notes
    words = sum(len(d.text.split()) for d in notes)
    t_notes = _extract(extractor, notes, f"ACLED notes x{len(notes)}", words, split_stages=args.split)
    if t_notes is None:
        return
    print(f"  ingest   {rate(all_words, t_read)}   (the whole CSV read as documents)")
    print(f"  extract  {rate(words, t_notes)}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--notes", type=int, default=0, help="the last N ACLED notes (0: all)")
    ap.add_argument("--part", choices=("article", "notes"), help=argparse.SUPPRESS)
    ap.add_argument("--split", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--gazetteer", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.part:  # one measurement in this fresh process: its caches are cold, as a user's run
        extractor = Extractor(gazetteer=args.gazetteer)
        extractor.focus_code  # loads the gazetteer
        extractor.document(parse_text("On 3 March 2018, gunmen attacked a post near Gao.", id="warm-up"))
        (_article if args.part == "article" else _notes)(extractor, args)
        return
    with tempfile.TemporaryDirectory() as tmp:
        gazetteer = import_dump(SHARED / "geonames/ML.txt", data_dir=tmp).path
        for part in ("article", "notes"):
            for extra in ([], ["--split"]):
                cmd = [sys.executable, __file__, "--part", part, "--gazetteer", str(gazetteer),
                       "--repeat", str(args.repeat), "--notes", str(args.notes), *extra]
                subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
