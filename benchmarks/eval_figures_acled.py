"""Agreement of find_casualties with ACLED's ``fatalities`` on ACLED's own notes.

Run: ``.venv/bin/python benchmarks/eval_figures_acled.py [path.csv] [--show N]``.
Prints exact and within-1 agreement, overall and for the 2017-2018 notes, then up to N
disagreements. Reads the ACLED file in place (never copy it into the project).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import acled_parser, acled_rows  # noqa: E402

from warscribe.extract.figures import find_casualties  # noqa: E402



def main() -> None:
    parser = acled_parser(__doc__)
    parser.add_argument("--seed", type=int, default=0, help="offset into the disagreements")
    args = parser.parse_args()
    rows = acled_rows(args.csv)
    start = time.process_time()
    results = []
    for row in rows:
        cas = find_casualties(row["notes"])
        predicted = 0 if cas.is_aggregate else cas.killed
        results.append((row, predicted, int(row["fatalities"]), cas))
    elapsed = time.process_time() - start
    words = sum(len(r["notes"].split()) for r in rows)

    def report(name: str, subset: list) -> None:
        n = len(subset) or 1
        exact = sum(p == g for _, p, g, _ in subset)
        near = sum(abs(p - g) <= 1 for _, p, g, _ in subset)
        nonzero = [s for s in subset if s[2] > 0]
        hit = sum(p == g for _, p, g, _ in nonzero)
        print(f"{name:<12} notes={len(subset):5d} exact={exact / n:.3f} within1={near / n:.3f} "
              f"exact_on_fatal={hit / (len(nonzero) or 1):.3f}")

    report("all", results)
    report("2012-2016", [r for r in results if r[0]["year"] < "2017"])
    report("2017-2018", [r for r in results if r[0]["year"] >= "2017"])
    print(f"speed: {words / elapsed:,.0f} words/s ({len(rows)} notes, {elapsed:.2f}s)")
    wrong = [r for r in results if r[1] != r[2]]
    for row, p, g, cas in wrong[args.seed:args.seed + args.show]:
        print(f"--- gold={g} pred={p} agg={cas.is_aggregate} [{cas.killed_text}]\n    {row['notes'][:400]}")


if __name__ == "__main__":
    main()
