"""Tracking a narrative's date context sentence by sentence.

>>> import datetime as dt
>>> ctx = DateContext()
>>> ctx.enter_section(parse_span("Rebellion (January–April 2012)"))
>>> ctx.resolve("On 17 January, rebels attacked Menaka.")[0].iso()
('2012-01-17', '2012-01-17')
>>> ctx.resolve("Two days later, they struck Aguelhok.")[0].iso()
('2012-01-19', '2012-01-19')
"""

from __future__ import annotations

import datetime as dt
import re

from warscribe.dates._regex import caseless
from warscribe.dates.finder import find_dates, parse_span
from warscribe.model import DateMention, DateSpan, Document, Sentence

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_WEEKDAY = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
# Words before a date that make it a backdrop ("since 2012", "which had begun on 8 January").
_BACKDROP = re.compile(
    r"(?:since|until|till|as\s+of)\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)

INHERITED_PRECISION = 2  # an undated sentence happens near, not on, the narrative's last date
_PLUPERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
_ADJECTIVAL_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$|'s\s+$", re.IGNORECASE)
# Searched as lower-case regexes on lowered ASCII text (see warscribe.dates._regex): same matches, faster.
_WEEKDAY, _BACKDROP, _PLUPERFECT, _ADJECTIVAL_BEFORE = map(caseless, (_WEEKDAY, _BACKDROP, _PLUPERFECT,
                                                                   _ADJECTIVAL_BEFORE))
_NOUN_AFTER = re.compile(r"\s+[a-z][\w-]*")

__all__ = ["DateContext", "is_background", "parse_span"]


class DateContext:
    """The date context of a narrative as it advances: document, section, paragraph, anchor.

    ``anchor`` is the last event date; it resolves relative expressions ("the next day")
    and orders partial ones ("on 24 January"). Use :meth:`resolve` per sentence, calling
    :meth:`enter_section` and :meth:`new_paragraph` as the text moves on, or let
    :meth:`resolve_sentence` follow a :class:`~warscribe.model.Document` itself.
    """

    def __init__(self, document: DateSpan | None = None, *, published: dt.date | None = None) -> None:
        self.document = document
        self.section: DateSpan | None = None
        self.paragraph: DateSpan | None = None
        self.anchor: dt.date | None = published
        self._anchor_precision = 1
        self._last_start: dt.date | None = None
        self._published = published
        self._where: tuple[int, int] | None = None

    @classmethod
    def for_document(cls, doc: Document) -> DateContext:
        """A context whose document span comes from the title and anchor from the publication date.

        >>> from warscribe.model import Document
        >>> DateContext.for_document(Document("d", "", "text", title="Mali War (2012–2014)")).document.iso()
        ('2012-01-01', '2014-12-31')
        """
        published = None
        if doc.date:
            try:
                published = dt.date.fromisoformat(doc.date[:10])
            except ValueError:
                published = None
        return cls(parse_span(doc.title) if doc.title else None, published=published)

    @property
    def context(self) -> DateSpan | None:
        """The innermost known date context: paragraph, then section, then document."""
        return self.paragraph or self.section or self.document

    def enter_section(self, span: DateSpan | None) -> None:
        """A new section begins; its heading's span (if any) becomes the section context."""
        self.section = span
        self.paragraph = None
        if span is not None and (self.anchor is None or not span.start <= self.anchor <= span.end):
            self.anchor = None
            self._last_start = None

    def new_paragraph(self) -> None:
        """A new paragraph begins: the paragraph's own year context is forgotten."""
        self.paragraph = None

    def resolve(self, text: str, *, inherit: bool = False) -> tuple[DateSpan | None, list[DateMention]]:
        """The event date of a sentence and every date mention in it; advances the anchor.

        The leading date expression of the sentence is its event date, unless it is a
        backdrop ("since 2012") or a later, more precise date falls inside it. With
        ``inherit``, a sentence without a date of its own takes the narrative's current date
        (the anchor, precision 2: "Residents fled the town." after "On 2 June, ...").
        """
        mentions = find_dates(text, context=self.context, anchor=self.anchor)
        if self._published is not None and self.section is None and self.paragraph is None:
            mentions = [_not_after(m, self._published) for m in mentions]
        if not mentions:
            return (self.inherited() if inherit else None), mentions
        chosen = _pick_event(text, mentions)
        event = chosen.span if chosen is not None else None
        if chosen is not None and chosen.kind == "relative" and self._anchor_precision == 3:
            # "In March, ... Two days later": counted from a month, the day is no surer than the month
            event = DateSpan(event.start, max(event.end, event.start + dt.timedelta(days=30)), 3, event.text)
        for m in mentions:
            if _YEAR.search(m.text):
                years = m.span.start.year, m.span.end.year
                if years[1] - years[0] <= 1:
                    self.paragraph = DateSpan(dt.date(years[0], 1, 1), dt.date(years[1], 12, 31), 3)
        if event is not None:
            # "From 30 March to 1 April ... The next day": counted from the end of a span of days
            short_range = chosen.kind == "range" and event.precision <= 2
            self.anchor = event.end if short_range else event.start
            self._anchor_precision = event.precision
            self._last_start = event.start
        elif inherit:
            event = self.inherited()
        return event, mentions

    def inherited(self) -> DateSpan | None:
        """The date a sentence without its own date inherits: the anchor, as a span of days.

        >>> ctx = DateContext()
        >>> _ = ctx.resolve("On 2 June 2025, fighters attacked the camp.")
        >>> ctx.inherited().iso(), ctx.inherited().precision
        (('2025-06-02', '2025-06-02'), 2)
        """
        if self.anchor is None:
            return None
        start = self._last_start or self.anchor
        return DateSpan(start, start, max(INHERITED_PRECISION, self._anchor_precision), "")

    def resolve_sentence(
        self, sentence: Sentence, doc: Document, *, inherit: bool = False
    ) -> tuple[DateSpan | None, list[DateMention]]:
        """Like :meth:`resolve`, entering sections and paragraphs as ``sentence`` moves into them.

        With ``inherit``, undated sentences take the narrative's current date (:meth:`inherited`).
        """
        where = (sentence.section, sentence.paragraph)
        if self._where is None or where[0] != self._where[0]:
            section = doc.sections[sentence.section] if 0 <= sentence.section < len(doc.sections) else None
            span = section.date_context if section is not None else None
            if span is None and section is not None:
                span = parse_span(section.heading)
            self.enter_section(span)
        elif where[1] != self._where[1]:
            self.new_paragraph()
        self._where = where
        return self.resolve(sentence.text, inherit=inherit)


def _not_after(m: DateMention, published: dt.date) -> DateMention:
    """A yearless date ("On February 8") read in the latest year that does not postdate the
    document's publication: a report tells what already happened."""
    if m.span.start <= published or _YEAR.search(m.text):
        return m
    start, end = m.span.start, m.span.end
    if m.kind == "relative":
        if not _WEEKDAY.search(m.text):
            return m
        while start > published:  # "on Saturday" in a report: the Saturday before it
            start, end = start - dt.timedelta(days=7), end - dt.timedelta(days=7)
        return DateMention(m.text, m.start, m.end, DateSpan(start, end, m.span.precision, m.span.text), m.kind)
    while start > published:
        try:
            start, end = start.replace(year=start.year - 1), end.replace(year=end.year - 1)
        except ValueError:  # 29 February
            start, end = start.replace(year=start.year - 1, day=28), end.replace(year=end.year - 1, day=28)
    span = DateSpan(start, end, m.span.precision, m.span.text)
    return DateMention(m.text, m.start, m.end, span, m.kind)


def _pick_event(text: str, mentions: list[DateMention]) -> DateMention | None:
    candidates = [m for m in mentions if not is_background(text, m)]
    if not candidates:
        return None
    chosen = candidates[0]
    for m in candidates[1:]:
        inside = chosen.span.start <= m.span.start and m.span.end <= chosen.span.end
        if inside and m.span.precision < chosen.span.precision:
            chosen = m
    return chosen


def is_background(text: str, m: DateMention, *, adjectival_only: bool = False) -> bool:
    """Whether a date sets the scene rather than dating the event: "since 2012", "which had
    begun on 8 January", "the 2012 coup" (``adjectival_only``: just the last kind).

    >>> from warscribe.dates import find_dates
    >>> text = "They rejected the 2015 accord in 2023."
    >>> [is_background(text, m) for m in find_dates(text)]
    [True, False]
    """
    before = text[max(0, m.start - 40):m.start]
    if adjectival_only:
        return bool(_ADJECTIVAL_BEFORE.search(before) and _NOUN_AFTER.match(text, m.end))
    if _BACKDROP.search(before):
        return True
    clause = re.split(r"[,;:.]", before)[-1]
    if _PLUPERFECT.search(clause):
        return True
    return bool(_ADJECTIVAL_BEFORE.search(before) and _NOUN_AFTER.match(text, m.end))
