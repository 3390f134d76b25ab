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


def fold(name: str) -> str:
    """A name folded for matching: ASCII, lower case, one space between words of [a-z0-9']."""
    if name.isascii():
        out = name.lower().translate(_ASCII_TABLE)
    else:
        out = "".join(fold_char(c) for c in name)
    return " ".join(out.split())


def fold_text(text: str) -> tuple[str, list[int] | None]:
    """Fold a text for scanning; return it with a map from folded to original offsets.

    The map is None when the folded text has the same length and offsets as the original.
    """
    if text.isascii():
        return text.lower().translate(_ASCII_TABLE), None
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
