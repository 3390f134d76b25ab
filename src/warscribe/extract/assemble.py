"""Sentence -> candidate events: one record per event (one date, one place, one actor pair).

>>> import datetime as dt
>>> from warscribe.model import Place, PlaceMention, Sentence, DateSpan
>>> gao = Place(2457163, "Gao", 16.27, -0.04, "ML", "Mali", "Gao")
>>> s = Sentence("Rebels attacked Gao, killing two soldiers.", 0, 42)
>>> facts = Facts(s, date=DateSpan(dt.date(2012, 3, 31), dt.date(2012, 3, 31), 1),
...               places=(PlaceMention("Gao", 16, 19, gao),), actors=())
>>> [(e.event_date, e.location, e.fatalities) for e in assemble(facts, doc_id="d")]
[('2012-03-31', 'Gao', 2)]
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

from warscribe.dates._regex import caseless
from warscribe.extract.notes import write_note
from warscribe.extract.event_roles import Roles, assign, interaction_code
from warscribe.extract.types import Typing, main_type
from warscribe.model import (
    ActorMention, Citation, DateMention, DateSpan, Event, Evidence, PlaceMention, Sentence,
)

try:  # engineer D's casualty finder; a small fallback until it lands
    from warscribe.extract.figures import find_casualties as _find_casualties
except (ImportError, SyntaxError):  # pragma: no cover - depends on the checkout
    _find_casualties = None

_NUM_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "dozen": 12, "a dozen": 12, "dozens": 24, "a": 1, "an": 1,
}
_NUM = r"(\d[\d,]*|" + "|".join(sorted(_NUM_WORDS, key=len, reverse=True)) + r")"
_KILLED = re.compile(
    rf"(?:(?:killing|killed|kill|left|leaving)\s+(?:at\s+least\s+|about\s+|some\s+|around\s+|nearly\s+)?{_NUM}\b"
    rf"|\b{_NUM}\s+(?:[\w-]+\s+){{0,3}}?(?:were\s+|was\s+|had\s+been\s+)?(?:killed|dead|died|slain|executed))",
    re.IGNORECASE)
_FROM_TO = re.compile(r"\b(?:from|to|towards?|toward|for|via)\s+$", re.IGNORECASE)
_BORDER_BEFORE = re.compile(r"\b(?:border|borders|frontier)\s+(?:with|of)\s+(?:the\s+)?$", re.IGNORECASE)
_BORDER_AFTER = re.compile(r"(?:'s|’s)?\s+(?:border|borders|frontier)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[;:]|,\s+(?:but|while|and|although|where|which|who)\b")
_NAMED_AFTER = re.compile(r"\s+(?:Accords?|Agreements?|Declaration|Process|Conference|Peace|Talks|Treaty|Summit|"
                          r"Airport|University|Mosque|Prison)\b")
_GAP_DATE = re.compile(r"\s+(?:on|in)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
                       r"(?:,?\s+\d{4})?(?=\s*(?:,|and\b|as\s+well\b))")
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+or\s+)\s*"
                       r"(?:(?:then|later|followed\s+by)\s+)?$|^,?\s+(?:then|followed\s+by)\s+$")


@dataclass(frozen=True, slots=True)
class Facts:
    """What the stages found in one sentence, ready to become events."""

    sentence: Sentence
    date: DateSpan | None
    places: tuple[PlaceMention, ...]
    actors: tuple[ActorMention, ...]
    typing: Typing | None = None
    fallback_place: PlaceMention | None = None  # inherited from the paragraph or document
    section: str = ""
    citations: tuple[Citation, ...] = ()
    country: str = "Mali"
    date_mentions: tuple[DateMention, ...] = ()  # every date of the sentence (offsets in its text)
    nearby: tuple[tuple[str, tuple[ActorMention, ...]], ...] = ()  # later sentences that may claim the event


def injuries(text: str) -> int:
    """People a sentence reports wounded (0 without the figures module or for aggregate figures)."""
    if _find_casualties is None:
        return 0
    cas = _find_casualties(text)
    return 0 if cas.is_aggregate else int(cas.injured or 0)


def fatalities(text: str) -> tuple[int, str]:
    """Deaths a sentence reports and the words saying so: ``fatalities("killing 3 soldiers")`` -> (3, ...)."""
    if _find_casualties is not None:
        cas = _find_casualties(text)
        if cas.is_aggregate:
            return 0, ""
        return int(cas.killed or 0), cas.killed_text
    total, words = 0, []
    for m in _KILLED.finditer(text):
        raw = (m.group(1) or m.group(2) or "").lower().replace(",", "")
        value = int(raw) if raw.isdigit() else _NUM_WORDS.get(raw, 0)
        total += value
        words.append(m.group(0))
    return total, "; ".join(words)


_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:[a-z]+\s+){0,3}of\s+)?$", re.IGNORECASE)
# Searched as lower-case regexes on lowered ASCII text (see warscribe.dates._regex): same matches, faster.
_KILLED, _FROM_TO, _BETWEEN = map(caseless, (_KILLED, _FROM_TO, _BETWEEN))

def event_places(sentence: str, places: tuple[PlaceMention, ...], *, trigger: int = 0) -> list[PlaceMention]:
    """The places a sentence's events happen at: a listed series gives one event per place.

    Regions and countries yield to towns; places only named as a start or destination
    ("from Gao", "towards Kidal") yield to the rest; a place just after the trigger in
    its clause (its object: "recaptured Aguelhok") comes first, else the first named.
    """
    resolved = [p for p in places if (p.place is not None or p.latitude is not None)
                and not (p.place is not None and p.place.feature_code.startswith("PCL"))
                and not _NAMED_AFTER.match(sentence, p.end)  # "the Algiers Accords" is no place of events
                and not (p.relation == "country" and _on_border(sentence, p))]
    if not resolved:
        return []
    stated = [p for p in resolved if p.stated]
    if stated:
        return stated[:1]  # the text says where the event is coded ("coded as X at geoprecision 2")
    fine = [p for p in resolved if p.geo_precision < 3 and (p.place is None or p.place.feature_class != "A")]
    pool = fine or resolved
    located = [p for p in pool if not _FROM_TO.search(sentence[max(0, p.start - 12):p.start])]
    pool = located or pool
    near = [p for p in pool if 0 <= p.start - trigger <= 60 and not _CLAUSE.search(sentence, trigger, p.start)]
    first = near[0] if near else pool[0]
    while pool.index(first) > 0 and _listed(sentence[pool[pool.index(first) - 1].end:first.start]):
        first = pool[pool.index(first) - 1]  # the head of a series: "Menaka, Aguelhok and Tessalit"
    series = [first]
    for p in pool[pool.index(first) + 1:]:
        if _listed(sentence[series[-1].end:p.start]):
            series.append(p)
        else:
            break
    if len(series) == 2 and _BETWEEN.search(sentence, max(0, series[0].start - 30), series[0].start):
        return series[:1]  # "between Boni and Douentza": one event, at the first town (precision 2)
    return series


def _on_border(sentence: str, p: PlaceMention) -> bool:
    """Whether a country is named for its border ("near the border with Niger", "the Burkina
    Faso border"): the event is on this side of it, not in that country."""
    return bool(_BORDER_BEFORE.search(sentence, max(0, p.start - 30), p.start) or _BORDER_AFTER.match(sentence, p.end))


def _listed(gap: str) -> bool:
    """Whether the text between two places continues a series, a date of the first allowed:
    "Boni on 3 March and Hombori on 5 March"."""
    dated = _GAP_DATE.match(gap)
    return _LIST_GAP.match(gap[dated.end():] if dated else gap) is not None


def _own_date(text: str, pm: PlaceMention, mentions: tuple[DateMention, ...]) -> DateSpan | None:
    """A date right after a place of a series ("followed by Kidal on 6 February") is that place's."""
    for m in mentions:
        if 0 <= m.start - pm.end <= 6 and re.fullmatch(r"\s*(?:on|in)?\s*", text[pm.end:m.start]):
            return m.span
    return None


def chosen_places(facts: Facts) -> list[PlaceMention]:
    """The places :func:`assemble` gives the events of ``facts`` (before any inheritance)."""
    actor_spans = [(m.start, m.end) for m in facts.actors]
    named = tuple(p for p in facts.places if not any(p.start < e and b < p.end for b, e in actor_spans))
    # "Dogon militia", "Bambara hunters" name actors, not places
    return event_places(facts.sentence.text, named, trigger=facts.typing.start if facts.typing else 0)


def absorb(event: Event, sentence: Sentence, citations: tuple[Citation, ...] = ()) -> Event:
    """``event`` with a follow-up sentence about it: its evidence, citations and toll (the larger)."""
    killed, words = fatalities(sentence.text)
    more = tuple(c for c in citations if c not in event.citations)
    return replace(event, evidence=event.evidence + (Evidence(sentence.text, sentence.start, sentence.end),),
                   citations=event.citations + more,
                   source="; ".join(dict.fromkeys(x for x in [*event.source.split("; "), _source(more)] if x)),
                   fatalities=max(event.fatalities, killed),
                   fatalities_text=words if killed > event.fatalities else event.fatalities_text)


def _event_id(doc_id: str, s: Sentence, place: str, sub: str) -> str:
    key = f"{doc_id}|{s.start}|{s.end}|{place}|{sub}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _source(citations: tuple[Citation, ...]) -> str:
    seen: list[str] = []
    for c in citations:
        if c.container and c.container not in seen:
            seen.append(c.container)
    return "; ".join(seen)


def assemble(facts: Facts, *, doc_id: str, undated: bool = False) -> list[Event]:
    """The events of one sentence (none when it reports no event or cannot be dated).

    ``undated``: the whole document gives no date at all (a bare news note); its events
    are kept with an empty ``event_date`` rather than dropped.
    """
    s = facts.sentence
    typing = facts.typing or main_type(s.text)
    if typing is None or (facts.date is None and not undated):
        return []
    places = chosen_places(facts if facts.typing else replace(facts, typing=typing))
    inherited = False
    if not places and facts.fallback_place is not None:
        places, inherited = [facts.fallback_place], True
    if not places:
        return []
    roles: Roles = assign(s.text, list(facts.actors), typing, country=facts.country, nearby=facts.nearby)
    killed, killed_text = fatalities(s.text)
    hurt = injuries(s.text)
    if len(places) > 1:
        killed = hurt = 0  # a toll over several places is not split; ACLED would code each separately
    events = []
    for pm in places:
        when = _own_date(s.text, pm, facts.date_mentions) or facts.date
        start, end = when.iso() if when is not None else ("", "")
        time_precision = when.precision if when is not None else 3
        place = pm.place
        # ACLED codes "between X and Y" and "near X" at X itself, with a coarser precision
        lat = place.latitude if place else pm.latitude
        lon = place.longitude if place else pm.longitude
        precision = pm.geo_precision
        if inherited:
            precision = max(2, precision)
        location = place.name if place else pm.text
        note = write_note(roles, typing, location=location, near=precision > 1, fatalities=killed)
        events.append(Event(
            event_id=_event_id(doc_id, s, str(place.geonameid if place else location), typing.sub_event_type),
            doc_id=doc_id, event_date=start, date_end=end, time_precision=time_precision,
            event_type=typing.event_type, sub_event_type=typing.sub_event_type,
            actor1=roles.actor1, assoc_actor_1=roles.assoc1, inter1=roles.inter1,
            actor2=roles.actor2, assoc_actor_2=roles.assoc2, inter2=roles.inter2,
            interaction=interaction_code(roles.inter1, roles.inter2),
            country=(place.country if place else "") or facts.country,
            admin1=place.admin1 if place else "", admin2=place.admin2 if place else "",
            admin3=place.admin3 if place else "", location=location,
            latitude=lat, longitude=lon, geo_precision=precision,
            fatalities=killed, notes=note, source=_source(facts.citations), fatalities_text=killed_text,
            injured=hurt,
            evidence=(Evidence(s.text, s.start, s.end),), char_start=s.start, char_end=s.end,
            section=facts.section, citations=facts.citations,
            geonameid=place.geonameid if place else None,
            confidence=round(typing.confidence * (pm.confidence if pm.confidence else 1.0)
                             * (0.8 if inherited else 1.0), 3),
        ))
    return events
