"""Event typing accuracy on ACLED's own notes (read in place from ../shared, never copied).

    .venv/bin/python benchmarks/eval_types_acled.py [--years 2017,2018] [--errors N]

Prints event_type and sub_event_type accuracy of :func:`warscribe.extract.types.main_type`
against ACLED's coding, for 2012-2016 and 2017-2018 separately, plus a confusion list.
Old labels ("Battle-No change of territory") are mapped onto the current taxonomy.
"""

from __future__ import annotations

import argparse
import collections
import csv
import os
import time
from pathlib import Path

from warscribe.extract.types import main_type

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARSCRIBE_SHARED", ROOT.parent / "shared"))
OLD = {
    "Battle-No change of territory": ("Battles", "Armed clash"),
    "Battle-Non-state actor overtakes territory": ("Battles", "Non-state actor overtakes territory"),
    "Battle-Government regains territory": ("Battles", "Government regains territory"),
    "Strategic development": ("Strategic developments", ""),
}


def gold(row: dict[str, str]) -> tuple[str, str]:
    return OLD.get(row["event_type"], (row["event_type"], row["sub_event_type"]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", type=int, default=0, help="print N misclassified notes (2017-2018)")
    ap.add_argument("--sub", default="", help="only show errors whose gold sub-type is this")
    args = ap.parse_args()
    path = SHARED / "acled/mali-2012-2018.csv"
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    groups = {"2012-2016": [r for r in rows if r["year"] < "2017"],
              "2017-2018": [r for r in rows if r["year"] >= "2017"]}
    for name, subset in groups.items():
        t0 = time.perf_counter()
        et = st = 0
        confusion: collections.Counter[tuple[str, str]] = collections.Counter()
        errors = []
        for r in subset:
            g_type, g_sub = gold(r)
            pred = main_type(r["notes"])
            p_type, p_sub = (pred.event_type, pred.sub_event_type) if pred else ("", "")
            et += p_type == g_type
            st += p_sub == g_sub and p_type == g_type
            if p_sub != g_sub:
                confusion[(g_sub, p_sub)] += 1
                errors.append((g_sub, p_sub, pred.trigger if pred else "", r["notes"]))
        dt = time.perf_counter() - t0
        n = len(subset)
        print(f"{name}: notes={n} event_type={et / n:.3f} sub_event_type={st / n:.3f} "
              f"({n / dt:.0f} notes/s)")
        if name == "2017-2018" and args.errors:
            print("  top confusions (gold -> predicted):")
            for (g, p), c in confusion.most_common(15):
                print(f"    {c:4d}  {g} -> {p or '-'}")
            shown = [e for e in errors if not args.sub or e[0] == args.sub]
            for g, p, trig, note in shown[:args.errors]:
                print(f"  [{g} -> {p or '-'} @{trig}] {note[:220]}")


if __name__ == "__main__":
    main()
