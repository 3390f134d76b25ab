"""Accent- and case-folding of names and texts, keeping offsets into the original.

>>> fold("Ménaka")
'menaka'
>>> fold("Ti-n-Essako")
'ti n essako'
>>> folded, index = fold_text("À Ménaka")
>>> folded, index[2]
('a menaka', 2)
"""

from __future__ import annotations

from functools import lru_cache

from unidecode import unidecode

_SPECIAL = {
    "-": " ", "\u2010": " ", "\u2011": " ", "\u2012": " ", "\u2013": " ", "\u2014": " ",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
    "_": " ", "\t": " ", "\n": " ", "\r": " ", "\u00a0": " ",
}


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """The folded form of one character (possibly empty or several characters).

    >>> fold_char("É"), fold_char("ß"), fold_char("\u2019")
    ('e', 'ss', "'")
    """
    if char in _SPECIAL:
        return _SPECIAL[char]
    if char.isascii():
        return char.lower()
    out = unidecode(char).lower()
    return "".join(_SPECIAL.get(c, c) for c in out)


def fold(name: str) -> str:
    """A name folded for matching: ASCII, lower case, hyphens as spaces, one space between words."""
    if name.isascii():
        out = name.lower()
        if "-" in out or "`" in out or "_" in out:
            out = "".join(_SPECIAL.get(c, c) for c in out)
    else:
        out = "".join(fold_char(c) for c in name)
    return " ".join(out.split())


def fold_text(text: str) -> tuple[str, list[int] | None]:
    """Fold a text for scanning; return it with a map from folded to original offsets.

    The map is None when the folded text has the same length and offsets as the original.
    """
    if text.isascii():
        return "".join(_SPECIAL.get(c, c) for c in text.lower()), None
    parts: list[str] = []
    index: list[int] = []
    for i, char in enumerate(text):
        folded = fold_char(char)
        parts.append(folded)
        index.extend([i] * len(folded))
    return "".join(parts), index


def is_latin(name: str) -> bool:
    """Whether a name is written in Latin script (other scripts transliterate badly).

    >>> is_latin("Tombouctou"), is_latin("تمبكتو")
    (True, False)
    """
    return all(ord(c) < 0x250 or not c.isalpha() for c in name)
