"""Accent- and case-folding of names and texts, keeping offsets into the original.

>>> fold("Ménaka")
'menaka'
>>> fold("Ti-n-Essako")
'ti n essako'
>>> fold_text("À Ménaka")  # same length: no offset map needed
('a menaka', None)
>>> folded, index = fold_text("Lœ Gao")  # "œ" folds to two letters
>>> folded, index[4]
('loe gao', 3)
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

# Every ASCII character but letters, digits and the apostrophe becomes a space, so that a
# folded text only has words of [a-z0-9'] and a name matches at word boundaries.
_ASCII_TABLE = str.maketrans({chr(c): (chr(c) if chr(c).isalnum() else "'" if chr(c) in "'`" else " ")
                              for c in range(128)})


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """The folded form of one character (possibly empty or several characters).

    >>> fold_char("É"), fold_char("ß"), fold_char("\u2019"), fold_char("-")
    ('e', 'ss', "'", ' ')
    """
    out = char if char.isascii() else unidecode(char)
    return out.lower().translate(_ASCII_TABLE)


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A name folded for matching: ASCII, lower case, one space between words of [a-z0-9']."""
    if name.isascii():
        out = name.lower().translate(_ASCII_TABLE)
    else:
        out = "".join(fold_char(c) for c in name)
    return " ".join(out.split())


# a capital after a lower-case letter; the capital comes first: a text has few
_GLUED = re.compile(r"[A-Z\u00c0-\u00de](?<=[a-z\u00df-\u00ff].)")
# ASCII only: each byte folded as fold_char() folds it; and each letter's case ("a" lower, "A" upper)
_FOLD_BYTES = bytes(ord(chr(c).lower().translate(_ASCII_TABLE)) for c in range(128)) + bytes(range(128, 256))
_CASE_BYTES = bytes(ord("a") if chr(c).islower() else ord("A") if chr(c).isupper() else 32 for c in range(128)) \
    + bytes(32 for _ in range(128, 256))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# every upper-case character (and some others) after a character that may be lower case
_UPPER = re.compile(r"[A-Z\u00c0-\u00de\u0100-\U0010ffff](?<=\S.)")


def fold_text(text: str) -> tuple[str, list[int] | None]:
    """Fold a text for scanning; return it with a map from folded to original offsets.

    The map is None when the folded text has the same length and offsets as the original.
    Words glued by lost markup ("byMali", "GaoTakeover") are split at the case change.

    >>> fold_text("byMali")
    ('by mali', [0, 1, 2, 2, 3, 4, 5])
    """
    if text.isascii():  # most texts: byte tables, one C pass each
        raw = text.encode("ascii")
        glued = b"aA" in raw.translate(_CASE_BYTES)
        if not glued:
            return raw.translate(_FOLD_BYTES).decode("ascii"), None
    else:
        glued = _GLUED.search(text) is not None
    # Whole runs of characters that fold to one character each go through str.translate; only
    # case changes of glued words and characters that fold to none or several are handled apart.
    table = {}
    events: list[tuple[int, str]] = []  # (offset, "split" before it | "odd" fold length)
    for m in _NON_ASCII.finditer(text):
        char = m.group()
        folded = table[ord(char)] = fold_char(char)
        if len(folded) != 1:
            events.append((m.start(), "odd"))
    if glued:
        events.extend((m.start(), "split") for m in _UPPER.finditer(text, 1)
                      if text[m.start() - 1].islower() and m.group().isupper())
    if not events:
        return text.translate(table).lower().translate(_ASCII_TABLE), None
    events.sort(key=lambda e: (e[0], e[1] == "odd"))  # a split goes before its character
    parts: list[str] = []
    index: list[int] = []
    done = 0
    for at, what in events:
        if at > done:
            parts.append(text[done:at].translate(table).lower().translate(_ASCII_TABLE))
            index.extend(range(done, at))
            done = at
        if what == "split":
            parts.append(" ")
            index.append(at)
        else:
            parts.append(table[ord(text[at])])
            index.extend([at] * len(table[ord(text[at])]))
            done = at + 1
    parts.append(text[done:].translate(table).lower().translate(_ASCII_TABLE))
    index.extend(range(done, len(text)))
    return "".join(parts), index


def is_latin(name: str) -> bool:
    """Whether a name is written in Latin script (other scripts transliterate badly).

    >>> is_latin("Tombouctou"), is_latin("تمبكتو")
    (True, False)
    """
    return all(ord(c) < 0x250 or not c.isalpha() for c in name)
