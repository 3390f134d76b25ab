"""Agreement of DateContext's event date with ACLED's ``event_date`` on ACLED's own notes.

Run: ``.venv/bin/python benchmarks/eval_dates_acled.py [path.csv] [--show N]``.
Each note is read with its year as the document context (as a dated report would give);
the first sentence's event date is compared with ``event_date`` and ``time_precision``.
Only notes that contain a date expression count for accuracy; coverage says how many do.
Reads the ACLED file in place (never copy it into the project).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import acled_parser, acled_rows  # noqa: E402

from warscribe.dates import DateContext  # noqa: E402
from warscribe.model import DateSpan  # noqa: E402



def main() -> None:
    parser = acled_parser(__doc__)
    args = parser.parse_args()
    rows = acled_rows(args.csv)
    start = time.process_time()
    results = []
    for row in rows:
        year = int(row["year"])
        ctx = DateContext(DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), 3))
        event, _ = ctx.resolve(row["notes"])
        results.append((row, event))
    elapsed = time.process_time() - start
    words = sum(len(r["notes"].split()) for r in rows)

    def report(name: str, subset: list) -> None:
        dated = [(r, e) for r, e in subset if e is not None]
        n = len(dated) or 1
        start_ok = sum(e.start.isoformat() == r["event_date"] for r, e in dated)
        inside = sum(e.start.isoformat() <= r["event_date"] <= e.end.isoformat() for r, e in dated)
        prec = sum(e.precision == int(r["time_precision"]) for r, e in dated)
        print(f"{name:<10} notes={len(subset):5d} dated={len(dated) / (len(subset) or 1):.3f} "
              f"start=event_date {start_ok / n:.3f} event_date_inside {inside / n:.3f} precision {prec / n:.3f}")

    report("all", results)
    report("2017-2018", [x for x in results if x[0]["year"] >= "2017"])
    print(f"speed: {words / elapsed:,.0f} words/s ({len(rows)} notes, {elapsed:.2f}s)")
    wrong = [(r, e) for r, e in results if e is not None and e.start.isoformat() != r["event_date"]]
    for row, e in wrong[:args.show]:
        print(f"--- gold={row['event_date']} p{row['time_precision']} got={e.iso()} p{e.precision} [{e.text}]"
              f"\n    {row['notes'][:200]}")


if __name__ == "__main__":
    main()
