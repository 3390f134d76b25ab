"""Actor mentions in ACLED's naming, found with an Aho-Corasick automaton over a data file.

>>> actors = ActorDictionary.default()
>>> [(m.text, m.name[:24]) for m in actors.find("Malian soldiers clashed with JNIM militants", date="2018-05-02")]
[('Malian soldiers', 'Military Forces of Mali '), ('JNIM militants', 'JNIM: Group for Support ')]

The dictionary is data (``warscribe/data/actors.csv``, its columns described in its header).
Per document, :class:`ActorContext` adds acronyms the text defines and resolves "the group",
"the militants" to the actor last named. Roles and interaction codes live in
:mod:`warscribe.extract.actor_rules`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

import ahocorasick

from warscribe.dates._regex import caseless
from warscribe.errors import InputError
from warscribe.extract.actor_data import Entry, fold, learn_aliases, read_entries
from warscribe.model import ActorMention, DateSpan

__all__ = ["ActorContext", "ActorDictionary", "Entry", "fold", "read_entries"]

MILITIA_GENERICS = frozenset({"islamist-militia", "uag", "communal-militia"})
_OF = re.compile(r"\s+(?:of|from|belonging to|affiliated (?:to|with)|linked to|loyal to)\s+(?:the\s+)?$", re.I)
_PREPOSITION = re.compile(r"\b(?:from|by|with|against|of|to|for|on|at|in|into|towards?|near|between|among|"
                          r"than|over|under|after|before|during)\s+(?:the\s+|an?\s+)?$", re.I)
_AND_ADJ = re.compile(r"\s*(?:,|and|&|,\s*and)\s*")
_MEANS = re.compile(r"\b(?:on|aboard|riding|astride|using|by)\s+(?:\w+\s+)?$", re.I)
# Searched as lower-case regexes on lowered ASCII text (see warscribe.dates._regex): same matches, faster.
_OF, _PREPOSITION, _MEANS = map(caseless, (_OF, _PREPOSITION, _MEANS))
_BELONG = ("member", "men", "man", "people")  # civilian words that can mean a group's own people
CROWDS = frozenset({"protesters", "rioters"})
@dataclass(frozen=True, slots=True)
class _Alias:
    text: str
    key: str
    country: str
    kind: str
    exact: bool  # compare case too


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    alias: _Alias
    country: str = ""  # set by a nation adjective before an ethnic one: "Nigerien Fulani herders"


def _as_day(date: dt.date | DateSpan | str | None) -> dt.date | None:
    if date is None or isinstance(date, dt.date):
        return date
    if isinstance(date, DateSpan):
        return date.start
    try:
        return dt.date.fromisoformat(str(date)[:10])
    except ValueError:
        return None


def _is_exact(alias: str) -> bool:
    return " " not in alias and sum(c.isupper() for c in alias) >= 2


class ActorDictionary:
    """Actors and their aliases; ``find`` returns mentions named as ACLED names them on a date.

    >>> d = ActorDictionary.default()
    >>> [m.name for m in d.find("French troops of Operation Serval", date="2013-01-20")]
    ['Military Forces of France (2012-2017)', 'Military Forces of France (2012-2017)']
    """

    def __init__(self, entries: list[Entry] | tuple[Entry, ...], *, source: str = "actors") -> None:
        self.entries = tuple(entries)
        self.source = source
        self._periods: dict[tuple[str, str], list[Entry]] = {}
        self._first: dict[str, Entry] = {}
        for entry in self.entries:
            if entry.kind != "alias":  # learned aliases of a known actor carry no period
                self._periods.setdefault((entry.key, entry.country), []).append(entry)
                self._first.setdefault(entry.key, entry)
        self._automaton = ahocorasick.Automaton()
        seen: dict[str, list[_Alias]] = {}
        for entry in self.entries:
            for raw in entry.aliases:
                exact = raw.startswith("=") or _is_exact(raw)
                text = raw.lstrip("=")
                forms = [text]
                if not exact and entry.kind not in ("anaphor", "nation") and not text.endswith("s"):
                    forms.append(text + "s")
                kind = self._first[entry.key].kind if entry.kind == "alias" else entry.kind
                for form in forms:
                    alias = _Alias(form, entry.key, entry.country, kind, exact)
                    bucket = seen.setdefault(fold(form), [])
                    if all((a.key, a.country, a.text) != (alias.key, alias.country, alias.text) for a in bucket):
                        bucket.append(alias)
        for folded, bucket in seen.items():
            self._automaton.add_word(folded, (len(folded), tuple(bucket)))
        if seen:
            self._automaton.make_automaton()
        self._resolve = lru_cache(maxsize=8192)(self._resolve_uncached)
        self._extensions: dict[tuple[Entry, ...], ActorDictionary] = {}
        self._tags: dict[str, frozenset[str]] = {}
        for entry in self.entries:
            if entry.kind == "named" and entry.tags:
                self._tags[entry.name] = self._tags.get(entry.name, frozenset()) | frozenset(entry.tags)

    @classmethod
    def default(cls) -> ActorDictionary:
        """The packaged dictionary (loaded once)."""
        return _default()

    @classmethod
    def from_path(cls, path: str | Path) -> ActorDictionary:
        """A dictionary read from a CSV file in the packaged file's columns."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(str(path), f"cannot read actor file: {exc.strerror or exc}") from None
        return cls(read_entries(text, source=str(path)), source=str(path))

    def extended(self, entries: list[Entry]) -> ActorDictionary:
        """A new dictionary with ``entries`` added (this one is unchanged)."""
        if not entries:
            return self
        key = tuple(entries)
        found = self._extensions.get(key)
        if found is None:  # documents of one source define the same acronyms: build each automaton once
            if len(self._extensions) >= 64:
                self._extensions.clear()
            found = self._extensions[key] = ActorDictionary(self.entries + key, source=self.source)
        return found

    def learn(self, text: str) -> ActorDictionary:
        """A dictionary that also knows the acronyms ``text`` defines.

        >>> d = ActorDictionary.default().learn("the Movement for Oneness and Jihad in West Africa (MOJWA)")
        >>> d.find("MOJWA fighters", date="2012-06-01")[0].name
        'MUJAO: Movement for Unity and Jihad in West Africa'
        """
        return self.extended(learn_aliases(text, self))

    def context(self, *, country: str = "Mali", window: int = 3) -> ActorContext:
        """A per-document context (coreference and learned acronyms)."""
        return ActorContext(self, country=country, window=window)

    def lookup(self, alias: str) -> tuple[str, str] | None:
        """(key, country) of an alias known exactly (case-insensitively), else None."""
        found = self._automaton.get(fold(alias.strip()), None)
        return (found[1][0].key, found[1][0].country) if found else None

    def tags(self, name: str) -> frozenset[str]:
        """Tags of an ACLED name ("jihadist", "separatist"), empty when none.

        >>> sorted(ActorDictionary.default().tags("Ansar Dine"))
        ['jihadist']
        """
        return self._tags.get(name, frozenset())

    def kind(self, key: str) -> str:
        """The kind of an actor key ("named", "generic", ...)."""
        return self._first[key].kind

    @property
    def actors(self) -> list:
        """The named actors as :class:`warscribe.model.Actor` (one per period name)."""
        from warscribe.model import Actor

        return [Actor(e.name, e.inter, e.country, e.aliases, e.start and e.start.year, e.end and e.end.year)
                for e in self.entries if e.kind == "named"]

    # -- finding ---------------------------------------------------------------------------

    def find(self, text: str, *, offset: int = 0, date: dt.date | DateSpan | str | None = None,
             country: str = "Mali") -> list[ActorMention]:
        """Actor mentions of ``text`` (offsets + ``offset``), longest match first, named for ``date``.

        >>> [m.name for m in ActorDictionary.default().find("gunmen shot two Fulani herders")]
        ['Unidentified Armed Group (Mali)', 'Civilians (Mali)']
        """
        return [m for m, anaphor in self._mentions(text, offset, _as_day(date), country) if anaphor is None]

    def _hits(self, text: str) -> list[_Hit]:
        folded = fold(text)
        candidates = []
        for last, (length, bucket) in self._automaton.iter(folded):
            start, end = last - length + 1, last + 1
            if (start and folded[start - 1].isalnum()) or (end < len(folded) and folded[end].isalnum()):
                continue
            for alias in bucket:
                if not alias.exact or text[start:end] == alias.text:
                    candidates.append(_Hit(start, end, alias))
                    break
        candidates.sort(key=lambda h: (h.start - h.end, h.start))
        taken: list[_Hit] = []
        occupied = bytearray(len(text))
        for hit in candidates:
            if occupied.find(1, hit.start, hit.end) < 0:
                taken.append(hit)
                occupied[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
        taken.sort(key=lambda h: h.start)
        return taken

    def _mentions(self, text: str, offset: int, day: dt.date | None,
                  country: str) -> list[tuple[ActorMention, _Alias | None]]:
        hits = self._hits(text)
        out: list[tuple[ActorMention, _Alias | None]] = []
        i = 0
        while i < len(hits):
            hit = hits[i]
            nxt = hits[i + 1] if i + 1 < len(hits) else None
            joined = nxt is not None and not text[hit.end:nxt.start].strip(" -'s")
            kind = hit.alias.kind
            if kind == "stop":  # "the international community": no actor
                i += 1
                continue
            if kind == "generic" and nxt is not None and nxt.alias.kind == "nation" \
                    and "{country}" in self._by_key(hit.alias.key).name and _OF.match(text, hit.end, nxt.start):
                shared = self._modified(nxt, hit, text, offset, day, country)  # "the government of Spain"
                out.append((replace(shared, text=text[hit.start:nxt.end], start=hit.start + offset,
                                    end=nxt.end + offset), None))
                i += 2
                continue
            if kind in ("nation", "ethnic"):
                where = hit.country or country
                if joined and nxt.alias.kind == "generic":
                    out.append((self._modified(hit, nxt, text, offset, day, where), None))
                    i += 2
                    continue
                noun = self._shared_noun(hits, i, text) if kind == "nation" else None
                if noun is not None:  # "Malian and French troops": the noun serves both
                    shared = self._modified(hit, noun, text, offset, day, where)
                    out.append((replace(shared, text=text[hit.start:hit.end], end=hit.end + offset), None))
                elif joined and nxt.alias.kind == "named":  # "French Barkhane forces": the named actor
                    hits[i + 1] = replace(nxt, start=hit.start)
                elif joined and kind == "nation" and nxt.alias.kind == "ethnic":
                    hits[i + 1] = replace(nxt, start=hit.start, country=self._by_key(hit.alias.key).country)
                elif kind == "ethnic":
                    ethnic = self._resolve("civilians", where, day, where, hit.alias.key)
                    out.append((ActorMention(text[hit.start:hit.end], hit.start + offset, hit.end + offset,
                                             ethnic[0], ethnic[1], True, 0.5, ethnic[2]), None))
                i += 1
                continue
            if kind == "generic" and nxt is not None and nxt.alias.kind == "ethnic" and self._civilian(hit) \
                    and _OF.match(text, hit.end, nxt.start):  # "members of the Fulani community"
                last = hits[i + 2] if i + 2 < len(hits) else None
                end = last.end if last and self._civilian(last) and not text[nxt.end:last.start].strip() \
                    else nxt.end
                name, inter, assoc = self._resolve(hit.alias.key, "*", day, country, nxt.alias.key)
                out.append((ActorMention(text[hit.start:end], hit.start + offset, end + offset, name, inter,
                                         True, 0.8, assoc), None))
                i += 3 if end != nxt.end else 2
                continue
            if kind == "generic" and nxt is not None and nxt.alias.kind == "named" \
                    and _OF.match(text, hit.end, nxt.start) \
                    and (not self._civilian(hit) or fold(text[hit.start:hit.end]).startswith(_BELONG)):
                # "fighters of the MNLA", "a bomber from JNIM", "members of the CMA"; not "families of"
                hit, nxt = replace(nxt, start=hit.start), hits[i + 2] if i + 2 < len(hits) else None
                i += 1
                joined = False
            elif hit.alias.key == "property" and _MEANS.search(text, max(0, hit.start - 40), hit.start):
                i += 1  # "gunmen on motorbikes": a means, not a target
                continue
            end = hit.end
            if joined and nxt.alias.kind == "generic" and nxt.alias.key not in CROWDS \
                    and (kind == "named" or nxt.alias.key == "property" and kind == "generic"):
                end = nxt.end  # "JNIM militants", "MINUSMA vehicle", "police vehicle": one mention
                i += 1
            mention, anaphor = self._mention(hit, text[hit.start:end], offset + hit.start, offset + end,
                                             day, country)
            if mention is not None:
                out.append((mention, anaphor))
            i += 1
        return out

    def _mention(self, hit: _Hit, surface: str, start: int, end: int, day: dt.date | None,
                 country: str) -> tuple[ActorMention | None, _Alias | None]:
        alias = hit.alias
        if alias.kind == "anaphor":
            fallback = self._by_key(alias.key).parent
            if not fallback:
                return ActorMention(surface, start, end, "", 0, True, 0.0), alias
            name, inter, assoc = self._resolve(fallback, "*", day, country, "")
            return ActorMention(surface, start, end, name, inter, True, 0.6, assoc), alias
        name, inter, assoc = self._resolve(alias.key, alias.country, day, country, "")
        generic = alias.kind == "generic"
        confidence = (0.5 if alias.key == "property" else 0.8) if generic else 1.0
        return ActorMention(surface, start, end, name, inter, generic, confidence, assoc), None

    def _modified(self, hit: _Hit, noun: _Hit, text: str, offset: int, day: dt.date | None,
                  country: str) -> ActorMention:
        """"Nigerien soldiers", "Fulani herders", "Dogon militiamen": adjective + category."""
        surface = text[hit.start:noun.end]
        start, end = hit.start + offset, noun.end + offset
        if hit.alias.kind == "ethnic":
            if noun.alias.key in MILITIA_GENERICS:
                name = f"{self._by_key(hit.alias.key).name} Ethnic Militia ({country})"
                return ActorMention(surface, start, end, name, 4, True, 0.8)
            name, inter, assoc = self._resolve(noun.alias.key, "*", day, country, hit.alias.key)
            return ActorMention(surface, start, end, name, inter, True, 0.8, assoc)
        nation = self._by_key(hit.alias.key).country
        if noun.alias.key == "property" and nation != country:  # "a French vehicle"
            noun = replace(noun, alias=replace(noun.alias, key="state-military"))
        if "{country}" not in self._by_key(noun.alias.key).name:  # "Chadian peacekeepers"
            name, inter, assoc = self._resolve(noun.alias.key, noun.alias.country, day, country, "")
            return ActorMention(surface, start, end, name, inter, True, 0.8, assoc)
        civilian = noun.alias.key == "civilians" or self._by_key(noun.alias.key).parent == "civilians"
        if civilian and nation != country and self._by_key(hit.alias.key).parent:
            return ActorMention(surface, start, end, "Civilians (International)", 7, True, 0.8,
                                f"Civilians ({nation})")
        name, inter, assoc = self._resolve(noun.alias.key, nation, day, country, "")
        return ActorMention(surface, start, end, name, inter, False, 0.9, assoc)

    def _shared_noun(self, hits: list[_Hit], i: int, text: str) -> _Hit | None:
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if nxt is None or not _AND_ADJ.fullmatch(text, hits[i].end, nxt.start):
            return None
        if nxt.alias.kind == "nation" and i + 2 < len(hits) and hits[i + 2].alias.kind == "generic" \
                and not text[nxt.end:hits[i + 2].start].strip():
            return hits[i + 2]
        if nxt.alias.kind == "named" and (nxt.alias.key, "*") in self._periods:  # "French troops": a template
            return replace(nxt, alias=replace(nxt.alias, kind="generic", country="*"))
        return None

    def _civilian(self, hit: _Hit) -> bool:
        return hit.alias.key == "civilians" or self._by_key(hit.alias.key).parent == "civilians"

    def _by_key(self, key: str) -> Entry:
        return self._first[key]

    def _resolve_uncached(self, key: str, alias_country: str, day: dt.date | None, country: str,
                          ethnic: str) -> tuple[str, int, str]:
        """(ACLED name, inter, assoc) of an actor key for a date and context country."""
        target = country if alias_country == "*" else alias_country
        rows = self._periods.get((key, target)) or self._periods.get((key, "*")) \
            or self._periods.get((key, alias_country)) or []
        if not rows:
            rows = [r for (k, _), rs in self._periods.items() if k == key for r in rs]
        if day is None:
            row = max(rows, key=lambda r: r.start or dt.date.min)
        else:
            row = min(rows, key=lambda r: r.distance(day))
        name = row.name.replace("{country}", target or country)
        assoc = f"{self._by_key(ethnic).name} Ethnic Group ({target or country})" if ethnic else ""
        if row.parent and row.kind == "named":  # "Katiba Macina" coded under JNIM from 2017
            parent, inter, _ = self._resolve(row.parent, row.country or "*", day, country, "")
            return parent, inter, name
        if row.parent:  # "women": Civilians, with "Women (Mali)" associated
            parent, inter, _ = self._resolve(row.parent, target or "*", day, country, "")
            return parent, inter, "; ".join(a for a in (assoc, name) if a)
        template = self._periods.get((key, "*"))
        if template and template[0].inter == 1 and row.inter in (1, 8):  # state forces: own country or foreign
            return name, 1 if (target or country) == country else 8, assoc
        return name, row.inter, assoc


@lru_cache(maxsize=1)
def _default() -> ActorDictionary:
    text = resources.files("warscribe.data").joinpath("actors.csv").read_text(encoding="utf-8")
    return ActorDictionary(read_entries(text, source="warscribe/data/actors.csv"), source="default")


class ActorContext:
    """Actor finding across one document: learned acronyms and "the group"-style references.

    >>> ctx = ActorDictionary.default().context()
    >>> _ = ctx.find("Katiba Macina fighters raided Dioura.", date="2016-03-01")
    >>> [m.name for m in ctx.find("The group later withdrew.", offset=40, date="2016-03-01")]
    ['Katiba Macina']
    """

    def __init__(self, dictionary: ActorDictionary, *, country: str = "Mali", window: int = 3) -> None:
        self.dictionary = dictionary
        self.country = country
        self.window = window
        self._sentence = 0
        self._recent: list[tuple[int, int | None, ActorMention]] = []  # (sentence, paragraph, mention)
        self._subject: tuple[int, int | None, ActorMention] | None = None  # first actor of the last sentence

    def learn(self, text: str) -> None:
        """Teach this document's context the acronyms ``text`` defines."""
        self.dictionary = self.dictionary.learn(text)

    def find(self, text: str, *, offset: int = 0, date: dt.date | DateSpan | str | None = None,
             paragraph: int | None = None) -> list[ActorMention]:
        """Mentions of one sentence; references resolve to the last named armed actor nearby."""
        self._sentence += 1
        found = self.dictionary._mentions(text, offset, _as_day(date), self.country)
        out = []
        for mention, anaphor in found:
            if anaphor is not None:
                tags = self.dictionary._by_key(anaphor.key).tags
                antecedent = self._antecedent(paragraph, before=mention.start, current=out, text=text,
                                              offset=offset, nearest=anaphor.key == "anaphor-they",
                                              tag=tags[0] if tags else "")
                if antecedent is not None:
                    antecedent = self._dated(antecedent, _as_day(date))
                    mention = replace(mention, name=antecedent.name, inter=antecedent.inter,
                                      generic=antecedent.generic, confidence=0.7, assoc=antecedent.assoc)
                elif not mention.name:
                    continue
            out.append(mention)
            if not mention.generic and mention.inter in (2, 3, 4) and anaphor is None:
                self._recent.append((self._sentence, paragraph, mention))
        topic = _topic(out, text, offset)
        if topic is not None:  # the sentence's topic group outranks the groups it merely acts on
            self._recent = [r for r in self._recent if r[2] is not topic] + [(self._sentence, paragraph, topic)]
        self._recent = [r for r in self._recent if self._sentence - r[0] < self.window][-8:]
        subjects = [m for m in out if m.inter != 7 and m.confidence > 0.5 and not _governed(text, m, offset)]
        self._subject = (self._sentence, paragraph, subjects[0]) if subjects else None
        return out

    def _dated(self, mention: ActorMention, day: dt.date | None) -> ActorMention:
        """The antecedent under its name for the anaphor's date (a group renamed since is named anew)."""
        if day is None or mention.generic:
            return mention
        again = [m for m, anaphor in self.dictionary._mentions(mention.text, 0, day, self.country) if anaphor is None]
        return again[0] if len(again) == 1 and again[0].inter == mention.inter else mention

    def _antecedent(self, paragraph: int | None, *, before: int, current: list[ActorMention], text: str,
                    offset: int, nearest: bool = False, tag: str = "") -> ActorMention | None:
        if nearest and current and current[-1].end <= before and not _governed(text, current[-1], offset):
            return current[-1]  # "soldiers died before they retreated"
        if nearest and self._subject is not None and self._subject[0] == self._sentence - 1 \
                and (paragraph is None or self._subject[1] in (None, paragraph)):
            return self._subject[2]  # "They" continues the previous sentence's subject
        fits = (lambda m: tag in self.dictionary.tags(m.name)) if tag else (lambda m: True)
        if not nearest:  # "the group" is the clause's topic ("X, calling itself Y, vowed to fight Z; the group...")
            topic = _topic([m for m in current if m.end <= before and fits(m)], text, offset)
            if topic is not None:
                return topic
        for mention in reversed(current):
            if not mention.generic and mention.inter in (2, 3, 4) and mention.end <= before and fits(mention):
                return mention
        for sentence, para, mention in reversed(self._recent):
            if sentence < self._sentence and (paragraph is None or para is None or para == paragraph) \
                    and fits(mention):
                return mention
        return None


def _topic(mentions: list[ActorMention], text: str, offset: int) -> ActorMention | None:
    """The first named armed group that no preposition governs: the sentence's likely subject."""
    return next((m for m in mentions if not m.generic and m.inter in (2, 3, 4) and m.confidence > 0.5
                 and not _governed(text, m, offset)), None)


def _governed(text: str, mention: ActorMention, offset: int) -> bool:
    """Whether a preposition governs the mention ("refuge from Algerian forces"): not a subject."""
    start = mention.start - offset
    return bool(_PREPOSITION.search(text, max(0, start - 16), start))
