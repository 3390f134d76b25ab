"""Acronyms a text defines ("the Macina Liberation Front (FLM)") turned into actor entries.

>>> from warscribe.extract.actors import ActorDictionary
>>> [(e.name, e.inter, e.aliases) for e in learn_aliases(
...     "the Popular Front for the Liberation of Tessit (PFLT) claimed it", ActorDictionary.default())]
[('PFLT: Popular Front for the Liberation of Tessit', 2, ('PFLT', 'Popular Front for the Liberation of Tessit'))]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warscribe.extract.actors import ActorDictionary, Entry

__all__ = ["guess_inter", "learn_aliases"]

_SMALL = r"(?:of|for|the|in|and|to|de|du|des|la|le|et|pour|al|wal|el|ul|lil|l'|d')"
_WORD = r"(?:[A-Z\u00c0-\u00de][\w'\u2019.-]*)"
_NAME = rf"{_WORD}(?:\s+(?:{_WORD}|{_SMALL}))*"
_ACRONYM = r"[A-Z][A-Za-z0-9&-]{1,11}"
_NAME_FIRST = re.compile(rf"({_NAME})\s*\(\s*({_ACRONYM})\s*\)")
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
    """The tail of ``name`` whose initials spell ``acronym`` (loosely), or None."""
    words = name.split()
    letters = "".join(c for c in acronym if c.isalpha()).upper()
    for i, word in enumerate(words):
        if word.lower() in _SMALL_WORDS or word[0].upper() != letters[:1]:
            continue
        tail = words[i:]
        significant = [w for w in tail if w.lower() not in _SMALL_WORDS]
        if _subsequence(letters, _initials(tail)) and len(letters) <= len(tail) + 1 \
                and len(significant) >= min(2, len(letters)):
            return " ".join(tail).rstrip(".,")
    return None


def learn_aliases(text: str, dictionary: ActorDictionary) -> list[Entry]:
    """Entries for the acronym definitions of ``text`` that ``dictionary`` does not know yet."""
    from warscribe.extract.actors import Entry

    learned: dict[str, Entry] = {}
    pairs = [(m.group(1), m.group(2)) for m in _NAME_FIRST.finditer(text)]
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
