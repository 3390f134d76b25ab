"""Rows of the actor dictionary: read from the data file, or learned from a text's acronyms.

>>> header = "key,name,inter,country,start,end,kind,parent,aliases\\n"
>>> entry = read_entries(header + "kf,KF: Kel Front,2,Mali,2014,,named,,KF|Kel Front")[0]
>>> entry.name, entry.start, entry.covers(dt.date(2015, 1, 1))
('KF: Kel Front', datetime.date(2014, 1, 1), True)

Acronyms a text defines ("the Macina Liberation Front (FLM)") become entries too:

>>> from warscribe.extract.actors import ActorDictionary
>>> [(e.name, e.inter, e.aliases) for e in learn_aliases(
...     "the Popular Front for the Liberation of Tessit (PFLT) claimed it", ActorDictionary.default())]
[('PFLT: Popular Front for the Liberation of Tessit', 2, ('PFLT', 'Popular Front for the Liberation of Tessit'))]
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from warscribe.errors import InputError

if TYPE_CHECKING:
    from warscribe.extract.actors import ActorDictionary

__all__ = ["KINDS", "Entry", "fold", "guess_inter", "learn_aliases", "read_entries"]

KINDS = frozenset({"named", "generic", "nation", "ethnic", "anaphor", "stop"})
_COLUMNS = ("key", "name", "inter", "country", "start", "end", "kind", "parent", "aliases")
_FOLD = {ord(c): " " for c in "-\u2010\u2011\u2012\u2013\u2014\t\n\r\u00a0_"}
_FOLD.update({ord(c): "'" for c in "\u2019\u2018\u02bc`\u00b4"})
_ACCENTS = "àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőùúûüūůűųýÿźżž"
_PLAIN = "aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooouuuuuuuuyyzzz"
_FOLD.update({ord(a): b for a, b in zip(_ACCENTS, _PLAIN)})
_FOLD.update({ord(a.upper()): b for a, b in zip(_ACCENTS, _PLAIN) if len(a.upper()) == 1})
_FOLD_CHARS = {chr(k): v for k, v in _FOLD.items() if k > 127}
_ASCII_FOLD = tuple((chr(k), v) for k, v in _FOLD.items() if k < 128)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold(text: str) -> str:
    """Lower-case, accent-free, hyphens as spaces: the same length as ``text``.

    >>> fold("Forces armées-Maliennes’")
    "forces armees maliennes'"
    """
    out = text.lower()
    if len(out) != len(text):  # a few characters lower-case to two
        return "".join(c.translate(_FOLD).lower()[:1] or " " for c in text)
    for char, plain in _ASCII_FOLD:
        if char in out:
            out = out.replace(char, plain)
    if not out.isascii():  # only the rare non-ASCII characters go through the table
        out = _NON_ASCII.sub(lambda m: _FOLD_CHARS.get(m.group(), m.group()), out)
    return out


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the actor data: an actor (or a category) in one period.

    >>> Entry("jnim", "JNIM: Group for Support of Islam and Muslims", 2).covers(dt.date(2018, 1, 1))
    True
    """

    key: str
    name: str
    inter: int
    country: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    kind: str = "named"
    parent: str = ""
    aliases: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()  # "jihadist", "separatist": which references ("the jihadists") may mean it

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def distance(self, day: dt.date) -> int:
        if self.start and day < self.start:
            return (self.start - day).days
        if self.end and day > self.end:
            return (day - self.end).days
        return 0


def _parse_day(value: str, *, end: bool) -> dt.date | None:
    value = value.strip()
    if not value:
        return None
    if len(value) == 4:
        return dt.date(int(value), 12, 31) if end else dt.date(int(value), 1, 1)
    return dt.date.fromisoformat(value)


def read_entries(text: str, *, source: str = "actors.csv") -> list[Entry]:
    """Parse actor rows (``#`` lines are comments); bad rows raise InputError naming the line.

    The last column, ``tags``, is optional.

    >>> header = "key,name,inter,country,start,end,kind,parent,aliases\\n"
    >>> read_entries(header + "x,X Front,2,,,,named,,XF|X Front")[0].aliases
    ('XF', 'X Front')
    """
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    header = tuple(next(csv.reader([lines[0][1]]))) if lines else ()
    if header not in (_COLUMNS, _COLUMNS + ("tags",)):
        raise InputError(source, f"the first row must be the header {','.join(_COLUMNS)}[,tags]")
    entries = []
    for number, row in zip((n for n, _ in lines[1:]), csv.reader(io.StringIO("\n".join(l for _, l in lines[1:])))):
        where = f"{source}:{number}"
        if len(row) != len(header):
            raise InputError(where, f"expected {len(header)} columns, got {len(row)}")
        key, name, inter, country, start, end, kind, parent, aliases, *tags = (v.strip() for v in row)
        if kind not in KINDS:
            raise InputError(where, f"unknown kind {kind!r}")
        try:
            entries.append(Entry(key, name, int(inter), country, _parse_day(start, end=False),
                                 _parse_day(end, end=True), kind, parent, _split(aliases), _split("".join(tags))))
        except ValueError as exc:
            raise InputError(where, f"bad inter code or date: {exc}") from None
    return entries


def _split(field: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in field.split("|") if a.strip())


_SMALL = r"(?:of|for|the|in|and|to|de|du|des|la|le|et|pour|al|wal|el|ul|lil|l'|d')"
_WORD = r"(?:[A-Z\u00c0-\u00de][\w'\u2019.-]*)"
_NAME = rf"{_WORD}(?:\s+(?:{_WORD}|{_SMALL})){{0,15}}"
_ACRONYM = r"[A-Z][A-Za-z0-9&-]{1,11}"
_PAREN_ACRONYM = re.compile(rf"\(\s*({_ACRONYM})\s*\)")
_NAME_BEFORE = re.compile(rf"({_NAME})\s*$")
_ACRONYM_FIRST = re.compile(rf"\b({_ACRONYM})\s*\(\s*({_NAME})\s*\)")
_SMALL_WORDS = frozenset(_SMALL[3:-1].replace("\\", "").split("|"))

_INTER_WORDS = (
    (4, re.compile(r"militia|self[- ]defen[cs]e|hunters|dozo|vigilante|ethnic|communal|community", re.I)),
    (2, re.compile(r"movement|front|liberation|army|battalion|brigade|katiba|jihad|islam|ansar|rebel|"
                   r"resistance|mujahideen|caliphate|state", re.I)),
)


def guess_inter(name: str) -> int:
    """ACLED inter code guessed from an organisation's name.

    >>> guess_inter("Self-Defence Militia of Ogossagou"), guess_inter("Front for the Liberation of Kidal")
    (4, 2)
    >>> guess_inter("Council of Elders")
    3
    """
    for inter, pattern in _INTER_WORDS:
        if pattern.search(name):
            return inter
    return 3


def _initials(words: list[str]) -> str:
    parts = [p for w in words for i, p in enumerate(w.split("-")) if p and (i == 0 or p[0].isupper())]
    return "".join(p[0].upper() for p in parts)


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def _trim(name: str, acronym: str) -> str | None:
    """The tail of ``name`` that ``acronym`` abbreviates, or None.

    A tail whose significant words' initials spell the acronym exactly wins ("Members of the Kel
    Front (KF)" gives "Kel Front"); else the shortest tail whose initials contain it in order.
    """
    words = name.split()
    letters = "".join(c for c in acronym if c.isalpha()).upper()
    loose = None
    for i, word in enumerate(words):
        if word.lower() in _SMALL_WORDS or word[0].upper() != letters[:1]:
            continue
        tail = words[i:]
        significant = [w for w in tail if w.lower() not in _SMALL_WORDS]
        if _initials(significant) == letters:
            return " ".join(tail).rstrip(".,")
        if _subsequence(letters, _initials(tail)) and len(letters) <= len(tail) + 1 \
                and len(significant) >= min(2, len(letters)):
            loose = " ".join(tail).rstrip(".,")
    return loose


def learn_aliases(text: str, dictionary: ActorDictionary) -> list[Entry]:
    """Entries for the acronym definitions of ``text`` that ``dictionary`` does not know yet."""
    learned: dict[str, Entry] = {}
    pairs = []
    for paren in _PAREN_ACRONYM.finditer(text):  # "(MOJWA)" first, then the name just before it
        name = _NAME_BEFORE.search(text, max(0, paren.start() - 240), paren.start())
        if name:
            pairs.append((name.group(1), paren.group(1)))
    pairs += [(m.group(2), m.group(1)) for m in _ACRONYM_FIRST.finditer(text)]
    for full, acronym in pairs:
        if acronym in learned or dictionary.lookup(acronym) is not None:
            continue
        known = _known_name(dictionary, full)
        if known is not None:
            key, country, tail = known
            if _trim(tail, acronym) is None and not _subsequence(acronym[:1], _initials(tail.split())):
                continue
            learned[acronym] = Entry(key, "", 0, country, kind="alias", aliases=(acronym,))
            continue
        name = _trim(full, acronym)
        if name is None:
            continue
        learned[acronym] = Entry(f"learned:{acronym}", f"{acronym}: {name}", guess_inter(name), "",
                                 kind="named", aliases=(acronym, name))
    return list(learned.values())


def _known_name(dictionary: ActorDictionary, full: str) -> tuple[str, str, str] | None:
    """(key, country, matched words) for the longest known tail of ``full``."""
    words = full.split()
    for i in range(len(words)):
        tail = " ".join(words[i:])
        found = dictionary.lookup(tail)
        if found is not None and len(words) - i >= 2 and dictionary.kind(found[0]) == "named":
            return found[0], found[1], tail
    return None
