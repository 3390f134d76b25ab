"""Checks the hand-made development gold for the Mali War article (benchmarks/gold/).

The gold judges the whole project, so these tests hold it to its own guidelines
(benchmarks/gold/README.md): ACLED vocabulary, ISO dates, offsets that point into the
corpus, GeoNames ids that exist with the coordinates given, and notes in our own words.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "gold"
EVENTS_PATH = GOLD / "mali-war.events.jsonl"
PLACES_PATH = GOLD / "mali-war.places.jsonl"

ACLED_TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {
        "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
        "Suicide bomb", "Grenade", "Chemical weapon",
    },
    "Violence against civilians": {"Attack", "Abduction/forced disappearance", "Sexual violence"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    },
}
# Actors after 2018 (beyond the ACLED development CSV) or outside Mali, in ACLED's naming style.
ACTORS_BEYOND_CSV = {
    "Military Forces of Mali (2021-)", "Government of Mali (2013-2020)",
    "Government of Mali (2020-2021)", "Government of Mali (2021-)",
    "Islamic State (Sahel)", "Wagner Group",
    "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development",
    "Government of Spain", "Government of Germany", "Government of Italy", "United Nations",
}
EVENT_KEYS = {
    "doc_id": str, "event_date": str, "date_end": str, "time_precision": int, "event_type": str,
    "sub_event_type": str, "actor1": str, "assoc_actor_1": str, "actor2": str, "assoc_actor_2": str,
    "location": str, "admin1": str, "latitude": (float, type(None)), "longitude": (float, type(None)),
    "geo_precision": (int, type(None)), "fatalities": int, "required": bool, "char_start": int,
    "char_end": int, "notes": str,
}
PLACE_KEYS = {
    "mention": str, "char_start": int, "char_end": int, "geonameid": (int, type(None)),
    "latitude": (float, type(None)), "longitude": (float, type(None)), "in_geonames": bool,
    "kind": str, "context": str, "note": str,
}
MALI_BOX = (10.1, 25.1, -12.3, 4.3)  # lat min, lat max, lon min, lon max
REGION_BOX = (4.0, 38.0, -18.0, 25.0)  # Mali and its neighbours, Algeria and Libya included


def _load(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            rows.append(json.loads(line) | {"_line": n})
    return rows


EVENTS = _load(EVENTS_PATH)
PLACES = _load(PLACES_PATH)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _in_box(lat: float, lon: float, box: tuple[float, float, float, float]) -> bool:
    return box[0] <= lat <= box[1] and box[2] <= lon <= box[3]


def _ids(rows: list[dict]) -> list[str]:
    return [f"line{r['_line']}" for r in rows]


@pytest.mark.parametrize("event", EVENTS, ids=_ids(EVENTS))
def test_event_schema_and_vocabulary(event: dict) -> None:
    for key, kind in EVENT_KEYS.items():
        assert key in event, f"missing {key}"
        assert isinstance(event[key], kind) and not (kind is int and isinstance(event[key], bool)), key
    assert event["doc_id"] == "mali-war"
    assert event["sub_event_type"] in ACLED_TYPES[event["event_type"]]
    assert event["fatalities"] >= 0
    assert event["actor1"], "every event names at least its first actor"


@pytest.mark.parametrize("event", EVENTS, ids=_ids(EVENTS))
def test_event_dates(event: dict) -> None:
    start = dt.date.fromisoformat(event["event_date"])
    end = dt.date.fromisoformat(event["date_end"])
    assert dt.date(2010, 1, 1) <= start <= end <= dt.date(2025, 12, 31)
    assert event["time_precision"] in (1, 2, 3)
    if event["time_precision"] == 1:
        assert start == end
    else:
        assert end > start, "a span with time precision 2/3 must cover more than one day"
    if event["required"]:
        assert (end - start).days <= 7, "required events have a known day or a short span"


@pytest.mark.parametrize("event", EVENTS, ids=_ids(EVENTS))
def test_event_place(event: dict) -> None:
    if not event["location"]:
        assert event["latitude"] is None and event["geo_precision"] is None
        return
    assert event["geo_precision"] in (1, 2, 3)
    assert event["admin1"]
    assert _in_box(event["latitude"], event["longitude"], MALI_BOX), "every located event is in Mali"


def test_event_actors_follow_acled_naming(acled_csv: Path) -> None:
    import csv

    with acled_csv.open(encoding="utf-8") as fh:
        known = {
            name
            for row in csv.DictReader(fh)
            for key in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
            for name in row[key].split("; ")
            if name
        }
    unknown = {
        name
        for e in EVENTS
        for key in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
        for name in e[key].split("; ")
        if name and name not in known and name not in ACTORS_BEYOND_CSV
    }
    assert not unknown, f"actor names unknown to ACLED's CSV: {sorted(unknown)}"


def test_event_offsets_and_places_in_evidence(mali_war_text: str) -> None:
    by_point = {}
    for p in PLACES:
        if p["latitude"] is not None:
            by_point.setdefault((round(p["latitude"], 3), round(p["longitude"], 3)), []).append(p)
    for e in EVENTS:
        start, end = e["char_start"], e["char_end"]
        assert 0 <= start < end <= len(mali_war_text), e["_line"]
        evidence = mali_war_text[start:end]
        assert evidence[0].isupper() or evidence[0].isdigit(), f"line {e['_line']} starts mid-sentence"
        assert evidence.count("{{") <= 1, f"line {e['_line']}: evidence spans several templates"
        if e["location"] and e["geo_precision"] < 3:
            # the place is named in the evidence or resolved from the nearby narrative
            near = by_point.get((round(e["latitude"], 3), round(e["longitude"], 3)), [])
            assert any(start - 700 <= p["char_start"] <= end + 700 for p in near), (
                f"line {e['_line']}: {e['location']} is not mentioned near its evidence"
            )


def test_events_are_not_duplicated() -> None:
    keys = [
        (e["event_date"], e["location"], e["actor1"], e["actor2"], e["sub_event_type"]) for e in EVENTS
    ]
    assert len(keys) == len(set(keys))


def test_notes_are_in_own_words(mali_war_text: str) -> None:
    corpus = " ".join(re.findall(r"\w+", mali_war_text.lower()))
    for e in EVENTS:
        words = re.findall(r"\w+", e["notes"].lower())
        for i in range(len(words) - 5):
            assert " ".join(words[i : i + 6]) not in corpus, f"line {e['_line']} copies the article"


@pytest.mark.parametrize("place", PLACES, ids=_ids(PLACES))
def test_place_schema(place: dict) -> None:
    for key, kind in PLACE_KEYS.items():
        assert key in place, f"missing {key}"
        assert isinstance(place[key], kind), key
    assert place["kind"] in {"town", "region", "country", "other"}
    assert place["context"] in {"prose", "heading", "hatnote"}
    if place["in_geonames"]:
        assert place["geonameid"] is not None
        assert _in_box(place["latitude"], place["longitude"], MALI_BOX)
    else:
        assert place["geonameid"] is None
        assert place["note"], "a mention missing from GeoNames says why"
        if place["latitude"] is not None and place["kind"] == "town" and "outside" not in place["note"]:
            assert _in_box(place["latitude"], place["longitude"], REGION_BOX) or "France" in place["note"]


def test_place_offsets(mali_war_text: str) -> None:
    previous_end = -1
    for p in PLACES:
        assert mali_war_text[p["char_start"] : p["char_end"]] == p["mention"], p["_line"]
        assert p["char_start"] >= previous_end, f"line {p['_line']} overlaps or is out of order"
        previous_end = p["char_end"]


def test_place_geonameids_exist(ml_dump: Path) -> None:
    wanted = {p["geonameid"]: p for p in PLACES if p["geonameid"] is not None}
    found = {}
    with ml_dump.open(encoding="utf-8") as fh:
        for line in fh:
            cols = line.split("\t", 6)
            gid = int(cols[0])
            if gid in wanted:
                found[gid] = (float(cols[4]), float(cols[5]))
    assert set(found) == set(wanted)
    for gid, (lat, lon) in found.items():
        p = wanted[gid]
        assert abs(lat - p["latitude"]) < 1e-3 and abs(lon - p["longitude"]) < 1e-3, gid


def test_every_located_event_place_is_a_mention() -> None:
    points = {(round(p["latitude"], 3), round(p["longitude"], 3)) for p in PLACES if p["latitude"] is not None}
    for e in EVENTS:
        if e["location"] and e["geo_precision"] < 3:
            assert (round(e["latitude"], 3), round(e["longitude"], 3)) in points, e["_line"]


def test_gold_counts_are_substantial() -> None:
    required = [e for e in EVENTS if e["required"]]
    assert len(required) >= 25 and len(EVENTS) > len(required)
    assert len(PLACES) >= 100
