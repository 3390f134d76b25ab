"""Within-document duplicates: the same event told twice becomes one record.

Two events are the same when they share the document, sub-event type, place and their date
spans overlap (or lie within ``days`` of each other), and neither names actors the other
contradicts. The merged record keeps the first telling's fields, every evidence sentence,
the union of citations and sources, the larger fatality count and the more precise date.

>>> from warscribe.model import Event
>>> a = Event("a", "d", "2013-01-11", "2013-01-11", 1, "Battles", "Armed clash", "X", location="Konna")
>>> b = Event("b", "d", "2013-01-11", "2013-01-11", 1, "Battles", "Armed clash", "X", location="Konna")
>>> [e.event_id for e in dedup([a, b])]
['a']
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from warscribe.dates._regex import caseless
from warscribe.extract.event_roles import interaction_code
from warscribe.model import Event

_CONTINUES = re.compile(r"\b(?:again|continu\w+|renewed|resum\w+|another|second|fresh|further|new\s+(?:attack|assault|"
                        r"clash|fighting|offensive)s?)\b", re.IGNORECASE)
_CONTINUES = caseless(_CONTINUES)  # same matches, faster (see warscribe.dates._regex)
_GENERIC = ("Unidentified", "Civilians", "Protesters", "Rioters")


def _day(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


def _place_key(e: Event) -> object:
    return e.geonameid if e.geonameid is not None else (e.location.casefold(), e.admin1.casefold())


def _actors_agree(a: str, b: str) -> bool:
    return not a or not b or a == b or a.startswith(_GENERIC) or b.startswith(_GENERIC)


def same_event(a: Event, b: Event, *, days: int = 0) -> bool:
    """True when ``a`` and ``b`` report the same event (see the module docstring)."""
    if a.doc_id != b.doc_id or a.event_type != b.event_type or _place_key(a) != _place_key(b):
        return False
    if b.evidence and _CONTINUES.search(b.evidence[0].text):
        return False  # "attacks continued", "again", "a second assault": a new event, not a retelling
    swapped = bool(a.actor1) and a.actor1 == b.actor2  # "X attacked Y" retold as "Y was attacked by X"
    if not (_actors_agree(a.actor1, b.actor1) or swapped):
        return False
    a0, a1, b0, b1 = _day(a.event_date), _day(a.date_end), _day(b.event_date), _day(b.date_end)
    if None in (a0, a1, b0, b1):
        return a.event_date == b.event_date and a.sub_event_type == b.sub_event_type
    if max((a0 - b1).days, (b0 - a1).days) > days:
        return False
    # a capture and the recapture of the next day are two events; so are a clash and a shelling
    return a.sub_event_type == b.sub_event_type


def merge(first: Event, other: Event) -> Event:
    """``first`` enriched with ``other``'s evidence, citations, sources, toll and date."""
    evidence = first.evidence + tuple(e for e in other.evidence if e not in first.evidence)
    citations = first.citations + tuple(c for c in other.citations if c not in first.citations)
    sources = [s for s in (first.source.split("; ") + other.source.split("; ")) if s]
    better_date = other.time_precision < first.time_precision
    dated = other if better_date else first
    actor1, inter1 = first.actor1, first.inter1
    if first.actor1.startswith("Unidentified") and other.actor1 and not other.actor1.startswith("Unidentified"):
        actor1, inter1 = other.actor1, other.inter1
    fatalities = max(first.fatalities, other.fatalities)
    return replace(
        first, evidence=evidence, citations=citations, source="; ".join(dict.fromkeys(sources)),
        event_date=dated.event_date, date_end=dated.date_end, time_precision=dated.time_precision,
        actor1=actor1, inter1=inter1, actor2=first.actor2 or other.actor2, inter2=first.inter2 or other.inter2,
        interaction=interaction_code(inter1, first.inter2 or other.inter2),
        fatalities=fatalities,
        fatalities_text=first.fatalities_text if first.fatalities >= other.fatalities else other.fatalities_text,
        geo_precision=min(x for x in (first.geo_precision, other.geo_precision) if x is not None)
        if first.geo_precision or other.geo_precision else None,
        confidence=max(first.confidence, other.confidence),
    )


def dedup(events: list[Event], *, days: int = 0) -> list[Event]:
    """Merge duplicates, keeping the order of first tellings."""
    kept: list[Event] = []
    by_key: dict[tuple, list[int]] = {}
    for event in events:
        slots = by_key.setdefault((event.doc_id, event.event_type, _place_key(event)), [])
        for i in slots:
            if same_event(kept[i], event, days=days):
                kept[i] = merge(kept[i], event)
                break
        else:
            slots.append(len(kept))
            kept.append(event)
    return kept
