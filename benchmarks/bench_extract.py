"""End-to-end extraction speed (words per CPU-second, one process) and peak memory.

Inputs: the Mali War article repeated ``--repeat`` times as a JSONL of documents, and
the ACLED notes CSV (2,321 short documents). Each run is a fresh child process, so its
peak RSS (``resource.getrusage``) is its own; ``base`` is the RSS after imports and
loading the gazetteer, before the first document. Two ways to run:

- ``extract``: ``warscribe.extract.pipeline.extract`` (the ExtractResult holds every event);
- ``stream``: ``Extractor.pipe`` into ``write_events`` (CSV), nothing held.

Usage::

    .venv/bin/python benchmarks/bench_extract.py [--repeat 50] [--tracemalloc]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_acled import ROOT, shared_dir  # noqa: E402


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def child(mode: str, source: Path, gazetteer_dir: Path, out_dir: Path, trace: bool) -> dict:
    """Run one measurement in this process and return its figures."""
    import tracemalloc

    from warscribe.geo.index import Gazetteer
    from warscribe.extract.pipeline import Extractor, extract
    from warscribe.export import write_events
    from warscribe.ingest import read_documents

    t0 = time.perf_counter()
    gazetteer = Gazetteer.open(gazetteer_dir)
    Extractor(gazetteer=gazetteer).document(_tiny_doc())  # load lazy resources (actors, rules)
    startup = time.perf_counter() - t0
    base = _rss_mib()
    if trace:
        tracemalloc.start()
    failures: list = []
    wall0, cpu0 = time.perf_counter(), time.process_time()
    if mode == "extract":
        result = extract([source], gazetteer=gazetteer, on_error=failures.append)
        n_events = len(result.events)
    else:
        extractor = Extractor(gazetteer=gazetteer)
        docs = read_documents([source], on_error=failures.append)
        stream = (e for _, events, _ in extractor.pipe(docs, on_error=failures.append) for e in events)
        n_events = write_events(stream, out_dir / f"{source.stem}.{mode}.csv")
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    traced = tracemalloc.get_traced_memory()[1] / 2**20 if trace else None
    return {"mode": mode, "input": source.name, "events": n_events, "failures": len(failures),
            "wall_s": wall, "cpu_s": cpu, "startup_s": startup, "base_mib": base,
            "peak_mib": _rss_mib(), "traced_peak_mib": traced}  # fmt: skip


def _tiny_doc():
    from warscribe.ingest import parse_text

    return parse_text("On 3 March 2018, gunmen attacked a post near Gao.", id="warm-up", format="text")


def _words_jsonl(path: Path) -> int:
    return sum(len(json.loads(line)["text"].split()) for line in path.open(encoding="utf-8") if line.strip())


def _words_acled(path: Path) -> int:
    from warscribe.ingest.acled import read_acled

    return sum(len(d.text.split()) for d in read_acled(path, on_error=lambda f: None))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50, help="copies of the article")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations (slower)")
    parser.add_argument("--modes", default="extract,stream")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per measurement; the fastest is shown")
    parser.add_argument("--child", nargs=5, metavar=("MODE", "INPUT", "GAZ", "OUT", "TRACE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        mode, source, gaz, out, trace = args.child
        print(json.dumps(child(mode, Path(source), Path(gaz), Path(out), trace == "1")))
        return

    shared = shared_dir()
    corpus, acled, dump = (shared / "corpus" / "mali-war.txt", shared / "acled" / "mali-2012-2018.csv",
                           shared / "geonames" / "ML.txt")  # fmt: skip
    for path in (corpus, acled, dump):
        if not path.exists():
            sys.exit(f"{path} is absent: this benchmark needs the shared data folder")
    from warscribe.geo.install import import_dump

    with tempfile.TemporaryDirectory(prefix="warscribe-bench-") as tmp:
        tmp_path = Path(tmp)
        import_dump(dump, data_dir=tmp_path / "geo")
        big = tmp_path / f"mali-war-x{args.repeat}.jsonl"
        text = corpus.read_text(encoding="utf-8")
        with big.open("w", encoding="utf-8") as fh:
            for i in range(args.repeat):
                fh.write(json.dumps({"id": f"mali-war-{i}", "text": text, "format": "flatwiki"}) + "\n")
        inputs = [(big, _words_jsonl(big)), (acled, _words_acled(acled))]
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, one process per run, "
              f"fastest of {args.runs} runs")
        header = (f"{'input':<24} {'mode':<8} {'words':>9} {'events':>7} {'wall s':>7} {'cpu s':>7} "
                  f"{'words/cpu-s':>11} {'base MiB':>8} {'peak MiB':>8}"
                  + (f" {'traced MiB':>10}" if args.tracemalloc else ""))  # fmt: skip
        print(header)
        for source, words in inputs:
            for mode in args.modes.split(","):
                cmd = [sys.executable, __file__, "--child", mode, str(source), str(tmp_path / "geo"),
                       str(tmp_path), "1" if args.tracemalloc else "0"]  # fmt: skip
                results = []
                for _ in range(max(1, args.runs)):  # a shared machine's load only ever slows a run down
                    run = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
                    if run.returncode != 0:
                        break
                    results.append(json.loads(run.stdout.strip().splitlines()[-1]))
                if run.returncode != 0:
                    print(f"{source.name:<24} {mode:<8} failed:\n{run.stderr[-2000:]}")
                    continue
                r = min(results, key=lambda x: x["cpu_s"])
                line = (f"{source.name:<24} {mode:<8} {words:>9,} {r['events']:>7,} {r['wall_s']:>7.1f} "
                        f"{r['cpu_s']:>7.1f} {words / max(r['cpu_s'], 1e-9):>11,.0f} "
                        f"{r['base_mib']:>8.0f} {r['peak_mib']:>8.0f}")  # fmt: skip
                if args.tracemalloc:
                    line += f" {r['traced_peak_mib']:>10.1f}"
                print(line, flush=True)


if __name__ == "__main__":
    main()
