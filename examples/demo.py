"""The warscribe demo: parse and extract the embedded sample narrative, print where outputs are.

Run through ``make demo``. When the shared GeoNames dump for Mali is beside the project
(``../shared/geonames/ML.txt``), it is imported into a demo data folder first; otherwise the
built-in worldwide gazetteer is used.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE / "sample-mali.wiki"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="out", help="output folder")
    args = parser.parse_args()
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)

    import warscribe
    from warscribe.export import write_events, write_statistics
    from warscribe.extract.pipeline import extract
    from warscribe.ingest import read_documents
    from warscribe.ingest.serialize import document_to_dict, failure_to_dict

    dump = HERE.parent.parent / "shared" / "geonames" / "ML.txt"
    gazetteer = None
    if dump.exists():
        from warscribe.geo import Gazetteer, import_dump

        data_dir = out / "gazetteer"
        imported = import_dump(dump, data_dir=data_dir)
        gazetteer = Gazetteer.open(imported.path)
        print(f"gazetteer: {imported.rows:,} places of GeoNames dump {dump} imported into {imported.path}")
    else:
        print("gazetteer: built-in worldwide default (install a country with: warscribe gazetteer install ML)")

    failures = []
    docs = list(read_documents([str(SAMPLE)], on_error=failures.append))
    parsed = {"documents": [document_to_dict(d) for d in docs], "failures": [failure_to_dict(f) for f in failures]}
    (out / "documents.json").write_text(json.dumps(parsed, indent=2, ensure_ascii=False))
    result = extract([str(SAMPLE)], gazetteer=gazetteer)
    for ext in ("csv", "jsonl", "geojson", "parquet"):
        write_events(result.events, out / f"events.{ext}")
    write_statistics(result.statistics, out / "statistics.json")

    print(f"warscribe {warscribe.__version__}: {len(docs)} document, "
          f"{sum(len(d.sentences) for d in docs)} sentences, {sum(len(d.citations) for d in docs)} citations")
    print(f"{len(result.events)} events, {len(result.statistics)} aggregate figures, {len(result.failures)} failures")
    for ev in result.events:
        print(f"  {ev.event_date} {ev.sub_event_type:<35} {ev.actor1[:40]:<40} {ev.location:<12} fatalities={ev.fatalities}")
    print(f"outputs in {out}: documents.json, events.csv, events.jsonl, events.geojson, events.parquet, statistics.json")


if __name__ == "__main__":
    main()
