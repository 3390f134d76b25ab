"""Actor finding and role assignment measured on ACLED's own notes (read in place, never copied).

Usage: .venv/bin/python benchmarks/eval_actors_acled.py [path/to/acled.csv] [--misses N] [--years 2017,2018]
       [--strict-periods]

For each note (one document, dated by its event_date): recall = how often ACLED's actor1 / actor2
is among the names of the mentions found in the note; roles = how often assign_roles on the first
sentence with a trigger gives exactly ACLED's actor1 / actor2 (an absent actor2 must stay absent);
assoc = how often the associated actors of those two agree with ACLED's (as sets, empty = empty).
Names are compared as ``warscribe evaluate`` does: apart from ACLED's period label (the 2018 CSV
writes "Military Forces of Mali (2013-)", warscribe today's "(2013-2020)"), or exactly with
``--strict-periods``. Also prints the speed of ActorContext.find in words per second.
"""

from __future__ import annotations

import argparse
import csv
import re
import time
from collections import Counter
from pathlib import Path

from warscribe.evaluate.match import same_actor_name
from warscribe.extract.actor_rules import assign_roles, find_trigger
from warscribe.extract.actors import ActorDictionary

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "acled" / "mali-2012-2018.csv"
_SENTENCE = re.compile(r"(?<=[.;!?])\s+(?=[A-Z0-9])")


def sentences(note: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for part in _SENTENCE.split(note):
        start = note.index(part, pos)
        out.append((start, part))
        pos = start + len(part)
    return out


def analyse(note: str, date: str, dictionary: ActorDictionary):
    ctx = dictionary.context()
    ctx.learn(note)
    found = [(start, text, ctx.find(text, offset=start, date=date)) for start, text in sentences(note)]
    roles = None
    for i, (start, text, mentions) in enumerate(found):
        trigger = find_trigger(text, offset=start)
        if trigger is not None and (mentions or start == 0):
            nearby = [(t, ms) for _, t, ms in found[i + 1:i + 3]]
            roles = assign_roles(text, mentions, trigger, offset=start, nearby=nearby)
            break
    return [m for _, _, ms in found for m in ms], roles or (None, None)


def _names(field: str) -> frozenset[str]:
    return frozenset(a.strip() for a in field.split(";") if a.strip())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("csv", nargs="?", default=str(DEFAULT))
    parser.add_argument("--misses", type=int, default=0)
    parser.add_argument("--years", default="")
    parser.add_argument("--strict-periods", action="store_true", help="compare names with their period label")
    args = parser.parse_args()

    def same(a: str, b: str) -> bool:
        return same_actor_name(a, b, strict_periods=args.strict_periods)

    def same_set(a: frozenset[str], b: frozenset[str]) -> bool:
        return len(a) == len(b) and all(any(same(x, y) for y in b) for x in a)

    rows = list(csv.DictReader(open(args.csv, encoding="utf-8")))
    dictionary = ActorDictionary.default()
    groups = {"2017-2018": [r for r in rows if r["year"] in ("2017", "2018")],
              "2012-2016": [r for r in rows if r["year"] not in ("2017", "2018")]}
    if args.years:
        groups = {args.years: [r for r in rows if r["year"] in args.years.split(",")]}
    for label, subset in groups.items():
        rec1 = rec2 = n2 = role1 = role2 = assoc1 = assoc2 = 0
        misses: Counter = Counter()
        for row in subset:
            found, (one, two) = analyse(row["notes"], row["event_date"], dictionary)
            names = {m.name for m in found}
            rec1 += any(same(row["actor1"], n) for n in names)
            if row["actor2"]:
                n2 += 1
                rec2 += any(same(row["actor2"], n) for n in names)
            right1 = one is not None and same(one.name, row["actor1"])
            right2 = same(two.name if two else "", row["actor2"])
            role1 += right1
            role2 += right2
            assoc1 += same_set(_names(one.assoc if one else ""), _names(row["assoc_actor_1"]))
            assoc2 += same_set(_names(two.assoc if two else ""), _names(row["assoc_actor_2"]))
            if not right1:
                misses[("actor1", row["actor1"], one.name if one else "-")] += 1
            if not right2:
                misses[("actor2", row["actor2"] or "-", two.name if two else "-")] += 1
        n = len(subset)
        mode = " (strict periods)" if args.strict_periods else ""
        print(f"{label}{mode}: {n} notes | recall actor1 {rec1 / n:.3f} actor2 {rec2 / max(n2, 1):.3f} "
              f"| roles exact actor1 {role1 / n:.3f} actor2 {role2 / n:.3f} "
              f"| assoc exact 1 {assoc1 / n:.3f} 2 {assoc2 / n:.3f}")
        for (which, gold, got), count in misses.most_common(args.misses):
            print(f"   {count:4d} {which}: gold {gold!r} got {got!r}")
    speed([r["notes"] for r in rows])


def speed(notes: list[str]) -> None:
    """Words per second of find (per sentence, in context) and of find + assign_roles, best of 3."""
    words = sum(len(n.split()) for n in notes)
    began = time.perf_counter()
    ActorDictionary([*ActorDictionary.default().entries])
    print(f"speed: building the dictionary {time.perf_counter() - began:.3f}s")
    dictionary = ActorDictionary.default()
    split = [sentences(n) for n in notes]
    for label, roles in (("ActorContext.find", False), ("find + assign_roles", True)):
        best = float("inf")
        for _ in range(3):
            began = time.perf_counter()
            for parts in split:
                ctx = dictionary.context()
                for start, text in parts:
                    found = ctx.find(text, offset=start, date="2018-01-01")
                    if roles:
                        assign_roles(text, found, offset=start)
            best = min(best, time.perf_counter() - began)
        print(f"speed: {label} {words / best:,.0f} words/s ({words} words, {best:.2f}s, one core)")
    began = time.perf_counter()
    for note in notes:
        dictionary.learn(note)
    print(f"speed: learn (acronyms, per note) {words / (time.perf_counter() - began):,.0f} words/s")
    worst = " ".join(["Alpha Beta Gamma of the Delta"] * 20000) + " (ABG)"  # a long run of capitals
    began = time.perf_counter()
    dictionary.learn(worst)
    print(f"speed: learn on {len(worst.split()):,} capitalised words {time.perf_counter() - began:.2f}s")

if __name__ == "__main__":
    main()
