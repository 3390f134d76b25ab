"""Frozen dataclasses passed between pipeline stages.

Offsets (``start``/``end``) always index :attr:`Document.text`, the original input text.

>>> import datetime as dt
>>> span = DateSpan(dt.date(2012, 1, 16), dt.date(2012, 1, 17), precision=2, text="16-17 January 2012")
>>> span.iso()
('2012-01-16', '2012-01-17')
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A date or a span of dates with ACLED's time precision.

    ``precision``: 1 = a day, 2 = a week or a span of days, 3 = a month or vaguer.
    """

    start: dt.date
    end: dt.date
    precision: int
    text: str = ""

    def iso(self) -> tuple[str, str]:
        return self.start.isoformat(), self.end.isoformat()


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in text and the span it stands for.

    ``kind``: "absolute", "partial" (year inferred), "range", "relative" (resolved against
    the narrative's last date) or "vague" ("early June", "in 2013", "the summer of 2014").
    ``start``/``end`` index the text that was searched.
    """

    text: str
    start: int
    end: int
    span: DateSpan
    kind: str


@dataclass(frozen=True, slots=True)
class Citation:
    """A reference behind one or more sentences (a cite template, a <ref>, a link)."""

    kind: str  # e.g. "cite web", "cite news", "ref", "url"
    title: str | None = None
    url: str | None = None
    archive_url: str | None = None
    date: str | None = None
    access_date: str | None = None
    authors: tuple[str, ...] = ()
    container: str | None = None  # work, newspaper, website, journal or publisher
    doi: str | None = None
    isbn: str | None = None
    pages: str | None = None
    params: tuple[tuple[str, str], ...] = ()  # the raw template parameters, in order
    start: int = -1  # span of the citation in the original text, -1 if unknown
    end: int = -1


@dataclass(frozen=True, slots=True)
class Section:
    """A section of a document: its heading and the span of its body."""

    heading: str
    level: int
    start: int
    end: int
    date_context: DateSpan | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of prose, cleaned of markup, with its offsets and citations.

    ``text`` is the clean sentence; ``start``/``end`` span it in the original text
    (markup inside that span is not part of ``text``). ``section`` indexes
    :attr:`Document.sections` (-1 before any heading); ``citations`` index
    :attr:`Document.citations`; ``paragraph`` counts paragraphs from 0.
    """

    text: str
    start: int
    end: int
    section: int = -1
    citations: tuple[int, ...] = ()
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed input document."""

    id: str
    text: str
    format: str
    title: str | None = None
    url: str | None = None
    date: str | None = None  # publication date (ISO), the reference for relative dates
    sections: tuple[Section, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    citations: tuple[Citation, ...] = ()
    meta: tuple[tuple[str, str], ...] = ()  # provenance: revision id, source path, ...


@dataclass(frozen=True, slots=True)
class Failure:
    """A document of a batch that could not be processed, recorded and skipped."""

    source: str
    reason: str
    stage: str = "ingest"


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry (GeoNames names; admin names are GeoNames' current ones)."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    country_code: str
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    feature_class: str = "P"
    feature_code: str = "PPL"
    population: int = 0


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in a sentence and what it resolved to.

    ``geo_precision`` follows ACLED: 1 the place itself, 2 near/between/outside or a
    small area, 3 a region or vaguer. ``place`` is None when unresolved.
    """

    text: str
    start: int
    end: int
    place: Place | None
    geo_precision: int = 1
    confidence: float = 1.0
    latitude: float | None = None  # the point used (may differ from place for "between X and Y")
    longitude: float | None = None
    relation: str = ""  # "", "near", "between", "outside", "region", "area", "country", "course" (a river)
    stated: bool = False  # the text says the event is coded here ("(coded as X at geoprecision 2)")


@dataclass(frozen=True, slots=True)
class Actor:
    """An entry of the actor dictionary, in ACLED's naming."""

    name: str  # ACLED name, e.g. "JNIM: Group for Support of Islam and Muslims"
    inter: int  # ACLED inter code 1-8
    country: str = ""
    aliases: tuple[str, ...] = ()
    start_year: int | None = None
    end_year: int | None = None


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named (or referred to) in a sentence."""

    text: str
    start: int
    end: int
    name: str  # ACLED name of the actor
    inter: int
    generic: bool = False  # "soldiers", "residents": a category, not a named group
    confidence: float = 1.0
    assoc: str = ""  # ACLED associated actor named by the mention ("Katiba Macina" under JNIM)


@dataclass(frozen=True, slots=True)
class Evidence:
    """A source sentence verbatim with its offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    """One ACLED-style event record. Field order is the CSV column order."""

    event_id: str
    doc_id: str
    event_date: str
    date_end: str
    time_precision: int
    event_type: str
    sub_event_type: str
    actor1: str
    assoc_actor_1: str = ""
    inter1: int | None = None
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int | None = None
    interaction: int | None = None
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int = 0
    notes: str = ""
    source: str = ""
    fatalities_text: str = ""
    injured: int = 0
    evidence: tuple[Evidence, ...] = ()
    char_start: int = -1
    char_end: int = -1
    section: str = ""
    citations: tuple[Citation, ...] = ()
    geonameid: int | None = None
    confidence: float = 0.0


@dataclass(frozen=True, slots=True)
class CasualtyFigure:
    """One casualty figure in a text: ``CasualtyFigure("killed", 5, "killing 5 soldiers", 10, 28)``.

    ``kind`` is "killed" or "injured"; ``start``/``end`` index the searched text.
    """

    kind: str
    value: int
    text: str
    start: int
    end: int
    aggregate: bool = False  # a cumulative or period figure, not one event's


@dataclass(frozen=True, slots=True)
class Casualties:
    """The fatalities and injuries a sentence reports, in ACLED's conventions (lowest figure).

    ``is_aggregate``: a cumulative or period figure ("since 2012, 13,105 killed"), never an
    event's fatalities. ``negated``: the text says nobody was killed or hurt.
    """

    killed: int = 0
    injured: int = 0
    killed_text: str = ""
    injured_text: str = ""
    spans: tuple[tuple[int, int], ...] = ()
    is_aggregate: bool = False
    negated: bool = False
    figures: tuple[CasualtyFigure, ...] = ()


@dataclass(frozen=True, slots=True)
class Statistic:
    """An aggregate figure ("13,105 killed from 2012-2023") that is never an event."""

    doc_id: str
    kind: str  # "killed", "displaced", "injured", ...
    value: int
    text: str
    start: int
    end: int
    period: DateSpan | None = None
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True, slots=True)
class ExtractResult:
    """What extraction returns for a batch."""

    events: tuple[Event, ...] = ()
    statistics: tuple[Statistic, ...] = ()
    failures: tuple[Failure, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)
    documents: int = 0  # documents read and extracted (failures not included)


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """A reference event for evaluation: an ACLED row or a line of JSONL gold.

    Empty strings and None mean "unknown"; ``required=False`` marks an optional
    event (it never counts against recall but excuses a prediction it matches).
    """

    doc_id: str
    event_date: str
    date_end: str = ""
    time_precision: int | None = None
    event_type: str = ""
    sub_event_type: str = ""
    actor1: str = ""
    assoc_actor_1: str = ""
    actor2: str = ""
    assoc_actor_2: str = ""
    location: str = ""
    admin1: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    required: bool = True
    char_start: int = -1
    char_end: int = -1
    notes: str = ""
    event_id: str = ""
    origin: str = ""  # where it was read: "path:line"
