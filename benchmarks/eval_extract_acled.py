"""End-to-end extraction on ACLED's notes (read in place from ../shared, never copied).

    .venv/bin/python benchmarks/eval_extract_acled.py [--years 2017,2018] [--limit N] [--errors FIELD]

Each note is one document; the note's year (not its day) is given as the document's date
context, as a dataset file's period would be. A note describes one event: the predicted
event that best matches it (same type first, then nearest) is scored field by field.
Fields are scored over all notes (a note without a prediction counts as wrong).
Needs the Mali gazetteer: it is imported from ../shared/geonames/ML.txt into a temp dir.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import os
import re
import tempfile
import time
from pathlib import Path

from warscribe.extract.pipeline import Extractor
from warscribe.geo.install import import_dump
from warscribe.ingest.acled import read_acled, read_acled_gold

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARSCRIBE_SHARED", ROOT.parent / "shared"))
STATES_DATE = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*|"
                         r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d{1,2}\b)")
FIELDS = ("date", "event_type", "sub_event_type", "actor1", "actor2", "location_10km", "fatalities")


def km(a_lat, a_lon, b_lat, b_lon) -> float:
    if None in (a_lat, a_lon, b_lat, b_lon):
        return math.inf
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def best(gold, preds):
    return min(preds, key=lambda e: (e.event_type != gold.event_type, e.sub_event_type != gold.sub_event_type,
                                     km(e.latitude, e.longitude, gold.latitude, gold.longitude)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--years", default="2017,2018")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", default="", help="print notes where this field is wrong")
    args = ap.parse_args()
    years = set(args.years.split(","))
    csv_path = SHARED / "acled/mali-2012-2018.csv"
    gold = {g.doc_id: g for g in read_acled_gold(csv_path)}
    with tempfile.TemporaryDirectory() as tmp:
        gaz = import_dump(SHARED / "geonames/ML.txt", data_dir=tmp).path
        extractor = Extractor(gazetteer=gaz)
        docs = []
        for doc in read_acled(csv_path):
            g = gold.get(getattr(doc, "id", None))
            if g is None or g.event_date[:4] not in years:
                continue
            docs.append(dataclasses.replace(doc, title=f"ACLED note ({g.event_date[:4]})"))
        if args.limit:
            docs = docs[:args.limit]
        t0 = time.perf_counter()
        out = {doc.id: (doc, events) for doc, events, _ in extractor.pipe(docs, on_error=print)}
        elapsed = time.perf_counter() - t0
    words = sum(len(d.text.split()) for d in docs)
    hits = dict.fromkeys(FIELDS, 0)
    dated = dated_ok = 0
    found = 0
    shown = 0
    for doc in docs:
        g = gold[doc.id]
        events = out.get(doc.id, (doc, []))[1]
        if not events:
            if args.errors == "recall" and shown < 40:
                print(f"  [no event] {doc.text[:200]}")
                shown += 1
            continue
        found += 1
        e = best(g, events)
        ok = {
            "date": e.event_date == g.event_date,
            "event_type": e.event_type == g.event_type,
            "sub_event_type": e.sub_event_type == g.sub_event_type,
            "actor1": e.actor1 == g.actor1,
            "actor2": e.actor2 == g.actor2,
            "location_10km": km(e.latitude, e.longitude, g.latitude, g.longitude) <= 10,
            "fatalities": e.fatalities == g.fatalities,
        }
        for f, v in ok.items():
            hits[f] += v
        if STATES_DATE.search(doc.text):
            dated += 1
            dated_ok += ok["date"]
        if args.errors in ok and not ok[args.errors] and shown < 40:
            shown += 1
            got = {"date": e.event_date, "actor1": e.actor1, "actor2": e.actor2, "fatalities": e.fatalities,
                   "location_10km": e.location, "event_type": e.event_type, "sub_event_type": e.sub_event_type}
            want = {"date": g.event_date, "actor1": g.actor1, "actor2": g.actor2, "fatalities": g.fatalities,
                    "location_10km": g.location, "event_type": g.event_type, "sub_event_type": g.sub_event_type}
            print(f"  [{got[args.errors]!r} != {want[args.errors]!r}] {doc.text[:200]}")
    n = len(docs)
    print(f"notes={n} years={args.years} with_event={found / n:.3f} words/s={words / elapsed:,.0f} "
          f"({elapsed:.1f}s, gazetteer loaded before timing)")
    print("  " + " ".join(f"{f}={hits[f] / n:.3f}" for f in FIELDS))
    print(f"  date among notes that state a day ({dated}, with an event): {dated_ok / max(dated, 1):.3f}")


if __name__ == "__main__":
    main()
