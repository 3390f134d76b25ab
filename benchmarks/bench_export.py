"""Export speed and memory: write and read back N synthetic events in every format.

Events come from a generator, so a streaming writer's peak memory should not grow
with N. Each format runs in a fresh child process; ``peak-base MiB`` is its RSS peak
above the RSS before the first event (``resource.getrusage``).

Usage::

    .venv/bin/python benchmarks/bench_export.py [--events 200000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

FORMATS = ("csv", "jsonl", "geojson", "parquet")


def synthetic_events(n: int):
    """``n`` varied events with evidence and a citation, made on the fly."""
    from warscribe.model import Citation, Event, Evidence

    types = (("Battles", "Armed clash"), ("Violence against civilians", "Attack"),
             ("Explosions/Remote violence", "Remote explosive/landmine/IED"))  # fmt: skip
    for i in range(n):
        event_type, sub = types[i % 3]
        sentence = f"Event {i}: fighters attacked a post near village {i % 977}, killing {i % 7}."
        yield Event(
            event_id=f"ev{i:08d}", doc_id=f"doc{i // 20}", event_date="2018-03-02",
            date_end="2018-03-02", time_precision=1, event_type=event_type, sub_event_type=sub,
            actor1="JNIM: Group for Support of Islam and Muslims", inter1=2,
            actor2="Military Forces of Mali (2013-)", inter2=1, interaction=12, country="Mali",
            admin1="Mopti", admin2="Douentza", location=f"Village {i % 977}",
            latitude=14.5 + (i % 100) / 1000, longitude=-3.5 - (i % 100) / 1000, geo_precision=1,
            fatalities=i % 7, notes=sentence, source="Example Wire",
            evidence=(Evidence(sentence, i * 10, i * 10 + len(sentence)),), char_start=i * 10,
            char_end=i * 10 + len(sentence), section="2018",
            citations=(Citation("cite news", title="A report", url=f"https://example.org/{i}"),),
            geonameid=2450000 + i % 977, confidence=0.75,
        )  # fmt: skip


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(fmt: str, n: int, out: Path) -> dict:
    from warscribe.export import read_events, write_events

    path = out / f"events.{fmt}"
    next(synthetic_events(1))  # import what the generator needs before the baseline
    base = _rss_mib()
    t0 = time.perf_counter()
    written = write_events(synthetic_events(n), path)
    write_s = time.perf_counter() - t0
    write_peak = _rss_mib()
    t0 = time.perf_counter()
    read = sum(1 for _ in read_events(path))
    read_s = time.perf_counter() - t0
    return {"format": fmt, "written": written, "read": read, "write_s": write_s, "read_s": read_s,
            "size_mib": path.stat().st_size / 2**20, "write_peak_mib": write_peak - base,
            "read_peak_mib": _rss_mib() - base}  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        fmt, n, out = args.child
        print(json.dumps(child(fmt, int(n), Path(out))))
        return
    print(f"{args.events:,} events, one fresh process per format")
    print(f"{'format':<8} {'write ev/s':>11} {'read ev/s':>10} {'MiB':>7} {'write peak-base MiB':>20} "
          f"{'read peak-base MiB':>19}")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="warscribe-bench-") as tmp:
        for fmt in FORMATS:
            run = subprocess.run([sys.executable, __file__, "--child", fmt, str(args.events), tmp],
                                 capture_output=True, text=True)  # fmt: skip
            if run.returncode != 0:
                print(f"{fmt:<8} failed:\n{run.stderr[-2000:]}")
                continue
            r = json.loads(run.stdout)
            assert r["written"] == r["read"] == args.events, r
            print(f"{fmt:<8} {r['written'] / r['write_s']:>11,.0f} {r['read'] / r['read_s']:>10,.0f} "
                  f"{r['size_mib']:>7.1f} {r['write_peak_mib']:>20.1f} {r['read_peak_mib']:>19.1f}",
                  flush=True)  # fmt: skip
            Path(tmp, f"events.{fmt}").unlink()


if __name__ == "__main__":
    main()
