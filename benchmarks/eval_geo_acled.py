"""Geocoding on ACLED's notes: is the place we would pick within 10 km of ACLED's point?

Each note of ../shared/acled/mali-2012-2018.csv is one document (notes in file order, one
Geocoder for the batch); the pick is :meth:`Geocoder.pick` (most precise, "in X" first).
Prints the share within 10 km for geo_precision 1 events and overall, and the misses.

    .venv/bin/python benchmarks/eval_geo_acled.py [--index PATH | --default] [--misses N]
        [--years 2017-2018] [--dump /tmp/geo-misses.txt]

Misses are counted by cause; about 17% of the notes (21% of the precision-1 ones) name no
place at all ("Rebels gain control of a town"), which caps what any geocoder of the note text
can reach.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SENTENCE, SHARED  # noqa: E402

from warscribe.geo import Gazetteer, Geocoder, import_dump  # noqa: E402
from warscribe.geo.fold import fold  # noqa: E402
from warscribe.geo.reverse import haversine_km  # noqa: E402



def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path, help="an index built from ML.txt (default: build one now)")
    parser.add_argument("--misses", type=int, default=25, help="how many misses to print")
    parser.add_argument("--default", action="store_true", help="use the worldwide default, no dump")
    parser.add_argument("--years", default="", help="only events of these years, e.g. 2017-2018")
    parser.add_argument("--dump", type=Path, help="write every miss with its cause to this file")
    args = parser.parse_args()
    if args.default:
        geocoder = Geocoder(Gazetteer.default())
    elif args.index is None:
        tmp = Path(tempfile.mkdtemp())
        import_dump(SHARED / "geonames/ML.txt", data_dir=tmp)
        args.index = tmp
    if not args.default:
        geocoder = Geocoder(Gazetteer.open(args.index))
    rows = list(csv.DictReader(open(SHARED / "acled/mali-2012-2018.csv", encoding="utf-8")))
    if args.years:
        first, _, last = args.years.partition("-")
        rows = [r for r in rows if int(first) <= int(r["year"]) <= int(last or first)]
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    misses = []
    geocoder.locate(["Warm-up in Gao and Mali."])
    start = time.perf_counter()
    n_mentions = 0
    for row in rows:
        sentences = SENTENCE.split(row["notes"])
        mentions = geocoder.locate(sentences, country="ML")
        n_mentions += sum(len(r) for r in mentions)
        chosen = geocoder.pick(sentences, mentions, country="ML")
        prec = row["geo_precision"]
        totals[prec] += 1
        totals["all"] += 1
        ok = False
        if chosen is not None:
            km = haversine_km(chosen.latitude, chosen.longitude, float(row["latitude"]), float(row["longitude"]))
            ok = km <= 10
        else:
            km = None
        named = fold(row["location"]) in fold(row["notes"])
        reachable = ok or any(
            haversine_km(geocoder.gazetteer.places[i].latitude, geocoder.gazetteer.places[i].longitude,
                         float(row["latitude"]), float(row["longitude"])) <= 10
            for r in mentions for m in r for i in geocoder.gazetteer.candidates(m.text))
        if reachable:
            totals["reachable " + prec] += 1
        if named:
            totals["named " + prec] += 1
            totals["named all"] += 1
        if ok:
            hits[prec] += 1
            hits["all"] += 1
            if named:
                hits["named " + prec] += 1
                hits["named all"] += 1
        else:
            misses.append((row, chosen, km, mentions))
    elapsed = time.perf_counter() - start
    print(f"notes: {len(rows)}, mentions found: {n_mentions}, {elapsed:.1f} s ({n_mentions / elapsed:,.0f} mentions/s)")
    for key in ("1", "2", "3", "all"):
        if totals[key]:
            print(f"geo_precision {key:>3}: {hits[key] / totals[key]:.3f} within 10 km ({hits[key]}/{totals[key]})")
    print("restricted to the notes that spell out ACLED's location (folded):")
    for key in ("1", "2", "3", "all"):
        key = "named " + key
        if totals[key]:
            print(f"  {key:>9}: {hits[key] / totals[key]:.3f} within 10 km ({hits[key]}/{totals[key]})")
    print("ceiling: notes where some place of a name we found (any of its GeoNames candidates) is within 10 km:")
    for key in ("1", "2", "3", "all"):
        n = totals["reachable " + key] if key != "all" else sum(totals["reachable " + k] for k in "123")
        if totals[key]:
            print(f"  reachable {key:>3}: {n / totals[key]:.3f} ({n}/{totals[key]})")
    no_pick = sum(1 for _, c, _, _ in misses if c is None)
    print(f"misses: {len(misses)} ({no_pick} with no place found)")
    causes = Counter(cause(geocoder, row, chosen, mentions) for row, chosen, _, mentions in misses)
    for name, n in causes.most_common():
        print(f"  {n:5d}  {name}")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for row, chosen, km, mentions in misses:
                found = [(m.text, m.place.name if m.place else None, m.relation) for r in mentions for m in r]
                got = f"{chosen.text!r}->{chosen.place.name} p{chosen.geo_precision} {km:.0f} km" if chosen else "nothing"
                out.write(f"[{cause(geocoder, row, chosen, mentions)}] p{row['geo_precision']} {row['event_date']} "
                          f"ACLED={row['location']} ({row['latitude']},{row['longitude']})\n  picked={got}\n"
                          f"  found={found}\n  NOTE: {row['notes']}\n\n")
    for row, chosen, km, _ in [m for m in misses if m[1] is not None][: args.misses]:
        got = f"{chosen.text!r}->{chosen.place.name} {km:.0f} km" if chosen else "nothing"
        print(f"  [{row['location']} p{row['geo_precision']}] got {got} | {row['notes'][:150]}")


def cause(geocoder: Geocoder, row: dict, chosen, mentions) -> str:
    """Why a note missed: whether its text names ACLED's location (folded), whether ML.txt has
    that name within 10 km of ACLED's point, and what we found."""
    gaz = geocoder.gazetteer
    lat, lon = float(row["latitude"]), float(row["longitude"])
    key = fold(row["location"])
    named = key in fold(row["notes"])
    near = any(haversine_km(gaz.places[i].latitude, gaz.places[i].longitude, lat, lon) <= 10
               for i, _ in gaz.names.get(key, ()))
    if chosen is not None:
        what = "wrong place picked" if named or not any(m.place for r in mentions for m in r) else "other place picked"
    else:
        what = "names found but unresolved" if any(r for r in mentions) else "no place name found"
    named_s = "note names ACLED's location" if named else "note does not spell ACLED's location"
    gaz_s = "ML.txt has it" if near else "ML.txt lacks it (within 10 km)"
    return f"{what}; {named_s}; {gaz_s}"


if __name__ == "__main__":
    main()
