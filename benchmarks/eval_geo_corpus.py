"""Geocoding of the Mali War article against the hand-made gold place mentions.

Gold: benchmarks/gold/mali-war.places.jsonl (character offsets into the corpus). The
article is geocoded as one document whose "sentences" are its lines. A town (or other
point) mention is right when our point is within 10 km of the gold point; a region when our
place lies in the gold region (ACLED codes a region at its capital); a country when we
read it as that country. Mentions GeoNames lacks (``in_geonames`` false) are listed apart.

    .venv/bin/python benchmarks/eval_geo_corpus.py [--index PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, SHARED  # noqa: E402

from warscribe.geo import Gazetteer, Geocoder, import_dump  # noqa: E402
from warscribe.geo.fold import fold  # noqa: E402
from warscribe.geo.reverse import haversine_km  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path, help="an index built from ML.txt (default: build one now)")
    args = parser.parse_args()
    if args.index is None:
        args.index = Path(tempfile.mkdtemp())
        import_dump(SHARED / "geonames/ML.txt", data_dir=args.index)
    gazetteer = Gazetteer.open(args.index)
    by_id = {p.geonameid: p for p in gazetteer.places}
    text = (SHARED / "corpus/mali-war.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    rows = Geocoder(gazetteer).locate(lines, paragraphs=list(range(len(lines))))
    found = [(starts[i] + m.start, starts[i] + m.end, m) for i, row in enumerate(rows) for m in row]
    gold = [json.loads(line) for line in (ROOT / "benchmarks/gold/mali-war.places.jsonl").open(encoding="utf-8")]
    score: Counter[str] = Counter()
    total: Counter[str] = Counter()
    problems = []
    for g in gold:
        kind = g["kind"] if g["kind"] in ("country", "region") else "point"
        mine = next((m for s, e, m in found if s < g["char_end"] and g["char_start"] < e), None)
        if not g["in_geonames"]:
            if g["kind"] == "country":  # a neighbour: right when read as a country (its capital)
                total["other country"] += 1
                ok = mine is not None and mine.relation == "country" and mine.place is not None
                score["other country"] += ok
            else:  # right when left unresolved, or placed right outside Mali ("Paris")
                total["not in GeoNames"] += 1
                ok = mine is None or mine.place is None or g["latitude"] is not None and haversine_km(
                    mine.latitude, mine.longitude, g["latitude"], g["longitude"]) <= 10
                score["not in GeoNames"] += ok
            if not ok:
                got = mine.place.name if mine and mine.place else "nothing"
                problems.append(f"  {g['mention']!r} at {g['char_start']} (not in ML.txt, {g['kind']}): got {got}")
            continue
        total[kind] += 1
        ok = False
        if mine is not None and mine.place is not None:
            if kind == "point":
                ok = haversine_km(mine.latitude, mine.longitude, g["latitude"], g["longitude"]) <= 10
            elif kind == "region":
                region = by_id.get(g["geonameid"])
                ok = region is not None and fold(mine.place.admin1) == fold(region.admin1) \
                    or haversine_km(mine.latitude, mine.longitude, g["latitude"], g["longitude"]) <= 10
            else:
                country = by_id.get(g["geonameid"])
                ok = mine.relation == "country" and country is not None \
                    and mine.place.country_code == country.country_code
        score[kind] += ok
        if not ok:
            got = f"{mine.place.name} ({mine.relation or 'point'})" if mine and mine.place else "nothing"
            problems.append(f"  {g['mention']!r} at {g['char_start']} ({kind}): got {got}; gold {g['note'] or g['geonameid']}")
    for key in ("point", "region", "country"):
        print(f"{key:8} mentions GeoNames has: {score[key]}/{total[key]} right")
    print(f"other countries' names: {score['other country']}/{total['other country']} read as countries")
    print(f"other names ML.txt lacks: {score['not in GeoNames']}/{total['not in GeoNames']} left unresolved or "
          "placed right (the rest got a wrong place)")
    extra = [m for s, e, m in found if m.place is not None
             and not any(s < g["char_end"] and g["char_start"] < e for g in gold)]
    print(f"mentions not in the gold (false places): {len(extra)}: " + ", ".join(sorted({m.text for m in extra})))
    print("misses:" if problems else "no misses")
    print("\n".join(problems))


if __name__ == "__main__":
    main()
