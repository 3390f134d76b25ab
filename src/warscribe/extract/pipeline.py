"""The extraction pipeline: documents in, deduplicated ACLED-style events out.

>>> from warscribe.ingest import parse_text
>>> doc = parse_text("Mali (2012)\\n\\nOn 17 January 2012, MNLA rebels attacked Menaka.", id="d1")
>>> [(e.event_date, e.sub_event_type, e.location) for e in extract_document(doc)]
[('2012-01-17', 'Armed clash', 'Ménaka')]

:class:`Extractor` holds the expensive resources (gazetteer, geocoder, actor dictionary)
for a batch; :meth:`Extractor.pipe` streams ``(document, events)`` pairs spaCy-style, and
:func:`extract` runs a whole batch with a per-document error handler.
"""

from __future__ import annotations

import collections
import datetime as dt
import gc
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from warscribe.dates._regex import caseless
from warscribe.dates import DateContext
from warscribe.errors import InputError, WarscribeError
from warscribe.extract.actors import ActorDictionary
from warscribe.extract.assemble import Facts, absorb, assemble, chosen_places, event_places
from warscribe.extract.dedup import dedup
from warscribe.extract.event_roles import interaction_code
from warscribe.extract.locate import geocoder_for, locate_all
from warscribe.extract.notes import write_note
from warscribe.extract.types import Typing, classify, main_type, protest_follow_up, refers_back
from warscribe.geo.fold import fold
from warscribe.model import (
    Citation, DateSpan, Document, Event, ExtractResult, Failure, PlaceMention, Sentence, Statistic,
)

try:  # engineer D's aggregate-figure finder
    from warscribe.extract.figures import find_statistics as _find_statistics
except (ImportError, SyntaxError):  # pragma: no cover - depends on the checkout
    _find_statistics = None

OnError = Callable[[Failure], None]
_CLAIMS = re.compile(r"\b(?:claim\w*|responsib\w*|planted\s+by|attributed\s+to|blamed)", re.IGNORECASE)
_REBELS = re.compile(r"\b(?:the\s+)?rebels?\b(?!\s+(?:group|movement)\s+(?:called|named))", re.IGNORECASE)
_SETTLEMENT = re.compile(r"\bthe\s+(?:city|town|village|locality|settlement)\b", re.IGNORECASE)
MAX_EVENT_DAYS = 62  # a longer span is a period or a campaign, not one event
SAME_AGENT_DAYS = 3  # "attacks continued": an anonymous attack this close to a named one is the same campaign
_TOLL = re.compile(r"(?:died|dead|deaths?|killed|wounded|injured|casualties|bodies|kill(?:ing|s)?)", re.IGNORECASE)
_GROUPISH = re.compile(r"[A-Z]{2,}|\b(?:[Gg]roups?|[Ff]ront|[Mm]ovement|[Mm]ilitias?|[Cc]oalition|[Bb]rigade|"
                       r"Katiba|Ansar\w*|"
                       r"Boko|Islamic State|al-Shabaab)\b")
_NUMBER = re.compile(r"\d|\b(?:hundreds?|thousands?|millions?|dozens?|scores)\b", re.IGNORECASE)
# Searched as lower-case regexes on lowered ASCII text (see warscribe.dates._regex): same matches, faster.
_CLAIMS, _REBELS, _SETTLEMENT, _TOLL, _NUMBER = map(caseless, (_CLAIMS, _REBELS, _SETTLEMENT, _TOLL, _NUMBER))
Progress = Callable[[int, int], None]  # (documents done, events so far)

GAZETTEER_HINT = ("no gazetteer installed: using the built-in world towns (1,000+ people); "
                  "run `warscribe gazetteer install` with your texts' country codes (e.g. ML BF NE) for villages")


class Extractor:
    """Extraction resources shared by a batch of documents.

    ``country`` (a name or ISO code) is the focus country when documents do not make it
    clear; by default it is the installed gazetteer's only country, if it has just one.

    >>> Extractor(country="ML").country
    'ML'
    """

    def __init__(self, *, gazetteer=None, actors: ActorDictionary | None = None, country: str | None = None) -> None:
        self._gazetteer = gazetteer
        self.actors = actors or ActorDictionary.default()
        self.country = country
        self._focus_code: str | None | bool = False  # False: not worked out yet
        self._geocoder = None
        self._warnings: list[str] = []

    @property
    def warnings(self) -> list[str]:
        """Advice gathered so far (no gazetteer installed, place names of a country not installed)."""
        extra = list(getattr(self._geocoder, "warnings", ()) or ())
        return list(dict.fromkeys(self._warnings + extra))

    @property
    def focus_code(self) -> str | None:
        """ISO code of the focus country when one is asked for; else None, and the geocoder
        works it out for each document (the installed countries weigh in its vote, but a text
        that clearly names another country is read as about that one)."""
        if self._focus_code is False:
            gaz = self.gazetteer
            code = None
            if self.country:
                code = self.country.upper() if len(self.country) == 2 else gaz.country_by_name.get(
                    fold(self.country))
            self._focus_code = code
        return self._focus_code

    @property
    def gazetteer(self):
        if self._gazetteer is None or isinstance(self._gazetteer, (str, os.PathLike)):
            from warscribe.geo.index import Gazetteer

            self._gazetteer = Gazetteer.open(self._gazetteer)
            if getattr(self._gazetteer, "path", None) is None and GAZETTEER_HINT not in self._warnings:
                self._warnings.append(GAZETTEER_HINT)
        return self._gazetteer

    def document(self, doc: Document) -> tuple[list[Event], list[Statistic]]:
        """Events and aggregate statistics of one document (InputError if it is inconsistent)."""
        _check(doc)
        code = self.focus_code
        if self._geocoder is None:
            self._geocoder = geocoder_for(self.gazetteer)
        places = locate_all(self.gazetteer, doc.sentences, country=code, geocoder=self._geocoder, title=doc.title)
        focus = _focus(self.gazetteer, places, default=code or getattr(self._geocoder, "last_focus", None))
        walk = _Walk(doc, focus=focus, country=(focus.place.country if focus and focus.place else "") or "Mali",
                     actors=self.actors)
        actor_ctx = self.actors.context(country=walk.country)
        actor_ctx.learn(doc.text)
        for i, s in enumerate(doc.sentences):
            span, date_mentions = walk.dates.resolve_sentence(s, doc)
            walk.dated = walk.dated or span is not None or walk.dates.context is not None
            typing = main_type(s.text)  # None at once for sentences without a trigger word
            if _NUMBER.search(s.text):
                found = self._statistics(doc, s, context=walk.dates.context)
                walk.stats.extend(found)
                if typing is not None and any(st.start <= s.start + typing.start < st.end for st in found):
                    typing = None  # the trigger belongs to an aggregate figure, not an event
            if (s.paragraph in walk.last_event and (typing is None or typing.event_type != "Protests")
                    and walk.last_is_protest(s) and (sub := protest_follow_up(s.text))):
                # "Police fired tear gas to disperse them.": what met the protest just told
                walk.escalate(s, sub, actor_ctx.find(s.text, date=span or _context_date(walk.dates),
                                                     paragraph=s.paragraph))
                continue
            if (typing is not None and s.paragraph in walk.last_event
                    and _toll_only(s.text, typing, dated=span is not None, placed=bool(event_places(s.text, tuple(places[i]))))):
                walk.absorb(s)  # "During the attack, 41 soldiers died.": the toll of the last event
                continue
            if typing is not None and span is not None and (span.end - span.start).days > MAX_EVENT_DAYS:
                typing = None  # "between September 2022 and July 2023": a period, not an event
            facts = None
            if typing is not None:
                when = span or _context_date(walk.dates)
                facts = Facts(
                    s, when, tuple(places[i]), tuple(actor_ctx.find(s.text, date=when, paragraph=s.paragraph)),
                    typing, fallback_place=walk.fallback(s) or focus,
                    section=doc.sections[s.section].heading if s.section >= 0 else "",
                    citations=walk.citations(s), country=walk.country, date_mentions=tuple(date_mentions),
                    nearby=self._nearby(doc.sentences, i, when))
                walk.add(facts)
            elif _GROUPISH.search(s.text):  # keeps "this group" pointing at groups named between events
                actor_ctx.find(s.text, date=span or _context_date(walk.dates), paragraph=s.paragraph)
            if i + 1 < len(doc.sentences):  # only a later sentence asks for it
                walk.remember_place(s, facts, places[i])
        return walk.finish(), walk.stats

    def _nearby(self, sentences, i: int, when) -> tuple:
        """The next sentences of the paragraph that claim or blame, with their actors."""
        out = []
        for s in sentences[i + 1:i + 3]:
            if s.paragraph != sentences[i].paragraph:
                break
            if _CLAIMS.search(s.text):
                out.append((s.text, tuple(self.actors.find(s.text, date=when))))
        return tuple(out)

    def _statistics(self, doc: Document, s, *, context: DateSpan | None) -> list[Statistic]:
        if _find_statistics is None:
            return []
        cites = tuple(doc.citations[c] for c in s.citations)
        return [replace(st, citations=cites) if cites else st
                for st in _find_statistics(s.text, doc_id=doc.id, offset=s.start, context=context)]

    def pipe(self, docs: Iterable[Document | Failure], *, batch_size: int = 32,
             on_error: OnError | None = None) -> Iterator[tuple[Document, list[Event], list[Statistic]]]:
        """``(document, events, statistics)`` per document; a document that fails goes to ``on_error``.

        Failures already produced by ingest (a :class:`Failure` in ``docs``) pass straight to
        ``on_error``. ``batch_size`` bounds how many documents are held at once.
        """
        batch: list[Document] = []
        frozen: list[bool] = []  # once resources are loaded: [True] if this batch froze them, [False] if not
        try:
            for item in docs:
                if isinstance(item, Failure):
                    yield from self._run(batch, on_error, frozen)  # keep failures in input order
                    batch = []
                    if on_error is not None:
                        on_error(item)
                    continue
                batch.append(item)
                if len(batch) >= batch_size:
                    yield from self._run(batch, on_error, frozen)
                    batch = []
            yield from self._run(batch, on_error, frozen)
        finally:
            if frozen and frozen[0]:
                gc.unfreeze()

    def _run(self, batch: list[Document], on_error: OnError | None, frozen: list[bool]):
        for doc in batch:
            try:
                events, stats = self.document(doc)
            except (WarscribeError, ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
                if on_error is None:
                    raise
                on_error(Failure(doc.id, f"{type(exc).__name__}: {exc}", stage="extract"))
                continue
            if not frozen:  # the gazetteer and dictionaries are loaded now and live as long as the batch:
                frozen.append(gc.get_freeze_count() == 0)  # the collector need not scan them over and over
                if frozen[0]:
                    gc.freeze()
            yield doc, events, stats


class _Roles(collections.namedtuple("_Roles", "actor1 actor2")):
    """The two actors a note names."""


class _Walk:
    """What one pass over a document keeps: events so far, the last place and event of each paragraph."""

    def __init__(self, doc: Document, *, focus: PlaceMention | None, country: str, actors: ActorDictionary) -> None:
        self.doc, self.focus, self.country, self.actors = doc, focus, country, actors
        self.dates = DateContext.for_document(doc)
        self.dated = self.dates.context is not None
        self.events: list[Event] = []
        self.stats: list[Statistic] = []
        self.pending: list[Facts] = []  # event sentences without any date
        self.last_place: dict[int, PlaceMention] = {}
        self.last_town: dict[int, PlaceMention] = {}  # the last populated place, for "the town"
        self.last_event: dict[int, int] = {}  # paragraph -> index in ``events`` of its latest event
        self.rebels: dict[str, tuple[int, Event]] = {}  # named rebel groups: (events so far, latest event)

    def citations(self, s: Sentence) -> tuple[Citation, ...]:
        return tuple(self.doc.citations[c] for c in s.citations)

    def absorb(self, s: Sentence) -> None:
        k = self.last_event[s.paragraph]
        self.events[k] = absorb(self.events[k], s, self.citations(s))

    def last_is_protest(self, s: Sentence) -> bool:
        return self.events[self.last_event[s.paragraph]].event_type == "Protests"

    def escalate(self, s: Sentence, sub: str, mentions) -> None:
        """The paragraph's last protest, met by force in sentence ``s``: its sub-type, the force
        as actor2 when named, and the sentence as evidence."""
        k = self.last_event[s.paragraph]
        event = self.events[k]
        if event.sub_event_type == "Excessive force against protesters":
            sub = event.sub_event_type
        force = next((m for m in mentions if m.inter == 1), None)
        if force is not None and not event.actor2:
            event = replace(event, actor2=force.name, inter2=force.inter,
                            interaction=interaction_code(event.inter1, force.inter))
        event = absorb(replace(event, sub_event_type=sub), s, self.citations(s))
        roles = _Roles(event.actor1, event.actor2)
        typing = Typing("Protests", sub, 0, 0, "", 0.0, "")
        note = write_note(roles, typing, location=event.location, near=(event.geo_precision or 1) > 1,
                          fatalities=event.fatalities)
        self.events[k] = replace(event, notes=note)

    def add(self, facts: Facts) -> None:
        if facts.date is None:
            self.pending.append(facts)
            return
        new = assemble(facts, doc_id=self.doc.id)
        paragraph = facts.sentence.paragraph
        if paragraph in self.last_event:
            new = [_same_agent(e, self.events[self.last_event[paragraph]]) for e in new]
        if self.rebels and _REBELS.search(facts.sentence.text):
            # "the rebels": the rebel group the narrative has named most so far
            main = max(self.rebels.values(), key=lambda seen: seen[0])[1]
            new = [_rebels_opposite(_same_agent(e, main, any_type=True), main) for e in new]
        new = [self._default_loser(e, facts) for e in new]
        for e in new:
            if e.inter1 == 2 and not e.actor1.startswith("Unidentified"):
                count = self.rebels.get(e.actor1, (0, e))[0]
                self.rebels[e.actor1] = (count + 1, e)
        self.events.extend(new)
        if new:
            self.last_event[paragraph] = len(self.events) - 1

    def _default_loser(self, event: Event, facts: Facts) -> Event:
        """Territory changing hands with no loser named: the state's army loses it to rebels,
        and the narrative's main rebel group loses it to the state."""
        if event.actor2 or event.sub_event_type not in ("Non-state actor overtakes territory",
                                                        "Government regains territory"):
            return event
        loser = None
        if event.sub_event_type.startswith("Non-state") and event.inter1 != 1:
            army = self.actors.find("the army", date=facts.date, country=self.country)
            loser = (army[0].name, army[0].inter) if army else None
        elif event.sub_event_type.startswith("Government") and self.rebels:
            main = max(self.rebels.values(), key=lambda seen: seen[0])[1]
            loser = (main.actor1, main.inter1)
        if loser is None or loser[0] == event.actor1:
            return event
        return replace(event, actor2=loser[0], inter2=loser[1], interaction=interaction_code(event.inter1, loser[1]))

    def remember_place(self, s: Sentence, facts: Facts | None, places: list[PlaceMention]) -> None:
        """"the town" in a later sentence: this sentence's event place, else its last place."""
        own = chosen_places(facts) if facts is not None else []
        resolved = own[:1] or event_places(s.text, tuple(places))[-1:]  # not "the Gao Agreement"
        if resolved:
            p = resolved[0]
            self.last_place[s.paragraph] = replace(p, geo_precision=max(2, p.geo_precision), confidence=0.8)
        towns = [p for p in (own or event_places(s.text, tuple(places)))
                 if p.place and p.place.feature_class == "P" and p.geo_precision < 3 and p.relation != "region"]
        if towns:
            self.last_town[s.paragraph] = replace(towns[0], geo_precision=max(2, towns[0].geo_precision),
                                                  confidence=0.8)

    def fallback(self, s: Sentence) -> PlaceMention | None:
        """The place a sentence without one refers to: "the town" is the paragraph's last town."""
        if _SETTLEMENT.search(s.text) and s.paragraph in self.last_town:
            return self.last_town[s.paragraph]
        return self.last_place.get(s.paragraph)

    def finish(self) -> list[Event]:
        if not self.dated:  # no date in the text: the publication date if known (a news item), else undated
            published = _published(self.doc)
            for facts in self.pending:
                self.events.extend(assemble(replace(facts, date=published), doc_id=self.doc.id,
                                            undated=published is None))
        return dedup(self.events)


def _same_agent(event: Event, before: Event, *, any_type: bool = False) -> Event:
    """An anonymous attack right after a named one in the same paragraph ("attacks continued"): same agent."""
    if (event.actor1.startswith("Unidentified") and before.actor1 and not before.actor1.startswith("Unidentified")
            and before.inter1 in (2, 3, 4) and (any_type or _days_apart(event, before) <= SAME_AGENT_DAYS)
            and (any_type or event.event_type == before.event_type) and before.actor1 != event.actor2
            and not (event.sub_event_type == "Non-state actor overtakes territory" and before.inter1 == 1)):
        return replace(event, actor1=before.actor1, inter1=before.inter1,
                       interaction=interaction_code(before.inter1, event.inter2),
                       notes=event.notes.replace(event.actor1, before.actor1, 1))
    return event


def _days_apart(a: Event, b: Event) -> int:
    try:
        return abs((dt.date.fromisoformat(a.event_date) - dt.date.fromisoformat(b.event_date)).days)
    except (TypeError, ValueError):
        return 0


def _rebels_opposite(event: Event, main: Event) -> Event:
    """The state's deal or fight with "the rebels" and no other side named: the main rebel group."""
    if event.actor2 or event.inter1 != 1 or event.event_type == "Violence against civilians":
        return event
    return replace(event, actor2=main.actor1, inter2=main.inter1,
                   interaction=interaction_code(event.inter1, main.inter1))


def _toll_only(text: str, typing, *, dated: bool, placed: bool) -> bool:
    """A sentence whose only news is a toll about an event already told: "During the attack,
    41 soldiers died.", or a toll with no date or place of its own ("Three soldiers were wounded.")."""
    if _TOLL.fullmatch(typing.trigger) is None or len(classify(text)) > 1:
        return False
    return refers_back(text) or not (dated or placed)


def _check(doc: Document) -> None:
    n, sections, cites = len(doc.text), len(doc.sections), len(doc.citations)
    for i, s in enumerate(doc.sentences, 1):
        if not 0 <= s.start <= s.end <= n:
            raise InputError(doc.id, f"sentence {i} spans {s.start}-{s.end}, outside the text of {n} characters")
        if not -1 <= s.section < sections:
            raise InputError(doc.id, f"sentence {i} names section {s.section} of {sections}")
        if any(not 0 <= c < cites for c in s.citations):
            raise InputError(doc.id, f"sentence {i} cites a reference beyond the {cites} the document has")


def _published(doc: Document) -> DateSpan | None:
    try:
        day = dt.date.fromisoformat((doc.date or "")[:10])
    except ValueError:
        return None
    return DateSpan(day, day, 2, "publication date")


def _context_date(dates: DateContext) -> DateSpan | None:
    """The date of a sentence that gives none: its context, when no wider than two months."""
    ctx = dates.context
    if ctx is not None and (ctx.end - ctx.start).days <= MAX_EVENT_DAYS:
        return DateSpan(ctx.start, ctx.end, max(ctx.precision, 2), ctx.text)
    # a wider context (a year) dates no event: the sentence is background, unless the whole
    # document has no finer date (an undated note filed under a year)
    return _vague(ctx) if ctx is dates.document else None


def _vague(span: DateSpan | None) -> DateSpan | None:
    if span is None or (span.end - span.start).days > 370:
        return None  # no narrower date than several years: not an event date
    return DateSpan(span.start, span.end, max(span.precision, 3 if (span.end - span.start).days > 7 else 2),
                    span.text)


def _focus(gazetteer, places: list[list[PlaceMention]], *, default: str | None) -> PlaceMention | None:
    """The document's focus region (its most named admin1; else its country's capital) at precision 3,
    in the ``default`` country (the one asked for or the geocoder's focus), else the most named one."""
    resolved = [p.place for ps in places for p in ps if p.place is not None]
    country = default or (_most_named([p.country_code for p in resolved]) if resolved else None)
    if not country:
        return None
    regions = [p.admin1 for p in resolved if p.country_code == country and p.admin1]
    seat = None
    if regions:
        seat = gazetteer.region_capital(country, _most_named(regions))
    if seat is None:
        seat = gazetteer.capital(country)
    if seat is None:
        return None
    return PlaceMention(seat.admin1 or seat.name, -1, -1, seat, geo_precision=3, confidence=0.5, relation="region")


def _most_named(values: list[str]) -> str:
    """The most frequent value, the first named among equals (as ``Counter.most_common(1)``)."""
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return max(counts, key=counts.__getitem__)


def extract_document(doc: Document, *, gazetteer=None, extractor: Extractor | None = None) -> list[Event]:
    """The events of one parsed document (see the module docstring)."""
    return (extractor or Extractor(gazetteer=gazetteer)).document(doc)[0]


def extract(inputs, *, gazetteer=None, format: str | None = None, on_error: OnError | None = None,
            progress: Progress | bool | None = None) -> ExtractResult:
    """Read ``inputs`` (paths, directories, ``-``), extract every document, collect failures.

    >>> extract([]).events
    ()
    """
    from warscribe.ingest import read_documents

    failures: list[Failure] = []

    def record(failure: Failure) -> None:
        failures.append(failure)
        if on_error is not None:
            on_error(failure)

    extractor = Extractor(gazetteer=gazetteer)
    events: list[Event] = []
    stats: list[Statistic] = []
    docs = read_documents(inputs, format=format, on_error=record) if inputs else iter(())
    bar = _progress_bar() if progress is True else None
    task = bar.add_task("extracting", total=None) if bar else None
    if bar:
        bar.start()
    n = 0
    try:
        for n, (_, doc_events, doc_stats) in enumerate(extractor.pipe(docs, on_error=record), 1):
            events.extend(doc_events)
            stats.extend(doc_stats)
            if bar:
                bar.update(task, advance=1, description=f"extracting ({len(events)} events)")
            elif callable(progress):
                progress(n, len(events))
    finally:
        if bar:
            bar.stop()
    return ExtractResult(tuple(events), tuple(stats), tuple(failures), tuple(extractor.warnings), documents=n)


def _progress_bar():
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress as RichProgress, TextColumn, TimeElapsedColumn

    return RichProgress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=Console(stderr=True), transient=True)
