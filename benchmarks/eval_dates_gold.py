"""Sentence-level dates and fatalities against the Mali War development gold.

Run: ``.venv/bin/python benchmarks/eval_dates_gold.py``. Reads the article under ../shared and
``benchmarks/gold/mali-war.events.jsonl``; for each gold event, the sentence holding its
``char_start`` is dated with DateContext (walking the article in order; an undated sentence
inherits the narrative's current date) and its fatalities read
with find_casualties. Events reported across several sentences (the toll in the next one) count
as misses here: assembling them is the pipeline's job. Prints agreement and the misses.
"""

from __future__ import annotations

import json
from pathlib import Path

from warscribe.dates import DateContext
from warscribe.extract.figures import find_casualties
from warscribe.ingest import parse_text

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "mali-war.txt"
GOLD = ROOT / "benchmarks" / "gold" / "mali-war.events.jsonl"


def main() -> None:
    doc = parse_text(CORPUS.read_text(encoding="utf-8"), id="mali-war", title="Mali War")
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    ctx = DateContext.for_document(doc)
    dated = [(s, ctx.resolve_sentence(s, doc, inherit=True)[0]) for s in doc.sentences]
    n = date_ok = prec_ok = fatal_ok = 0
    for g in gold:
        hit = next(((s, ev) for s, ev in dated if s.start <= g["char_start"] < s.end), None)
        if hit is None:
            continue
        sentence, event = hit
        n += 1
        got = event.start.isoformat() if event else None
        cas = find_casualties(sentence.text)
        killed = 0 if cas.is_aggregate else cas.killed
        date_ok += got == g["event_date"]
        prec_ok += (event.precision if event else None) == g["time_precision"]
        fatal_ok += killed == g["fatalities"]
        if got != g["event_date"] or killed != g["fatalities"]:
            print(f"gold {g['event_date']} p{g['time_precision']} f{g['fatalities']} | got {got} "
                  f"p{event.precision if event else '-'} f{killed} | {sentence.text[:110]}")
    n = n or 1
    print(f"events={n} event_date={date_ok / n:.3f} precision={prec_ok / n:.3f} fatalities={fatal_ok / n:.3f}")


if __name__ == "__main__":
    main()
