"""Words and regex pieces shared by the date parsers.

>>> MONTHS["sept"]
9
>>> number_value("twenty-one")
21
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _i:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9

# Longest alternatives first so "June" wins over "Jun".
MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR_RE = r"(?:1[89]\d\d|20\d\d)"
DASH_RE = r"\s*[-\u2010\u2011\u2012\u2013\u2014\u2212]\s*"
PRESENT_RE = r"(?:present|today|now|ongoing)"

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000}

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}


def month_number(word: str) -> int:
    """``month_number("Sept.")`` -> 9."""
    return MONTHS[word.lower().rstrip(".")]


def day_number(word: str) -> int:
    """``day_number("23rd")`` -> 23."""
    return int(word.rstrip("stndrh"))


def month_end(year: int, month: int) -> dt.date:
    """Last day of a month: ``month_end(2012, 2)`` -> 2012-02-29."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def number_value(text: str) -> int | None:
    """The value of a small number written in words or digits, or None.

    >>> number_value("a dozen"), number_value("3,500"), number_value("two hundred")
    (12, 3500, 200)
    """
    t = text.strip().lower().replace(",", "")
    if t.isdigit():
        return int(t)
    if t in ("a", "an", "one", "a single", "single"):
        return 1
    if t in ("a dozen", "dozen"):
        return 12
    if t in ("a couple of", "a couple", "couple"):
        return 2
    total = 0
    current = 0
    seen = False
    for word in t.replace("-", " ").split():
        if word == "and" and seen:
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            current = max(current, 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total += current
                current = 0
        elif word.isdigit():
            current += int(word)
        elif word in ("a", "an") and not seen:
            current = 0
            seen = True
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


_WORD = re.compile(r"[A-Za-z0-9]+")


def scan(pattern: re.Pattern[str], text: str, *, first: frozenset[str], digits: bool = True):
    """Like ``pattern.finditer(text)``, trying only at words in ``first`` (lower case) or digits.

    Much faster than ``finditer`` for patterns made of long alternations, which Python's
    regex engine would otherwise try at every position.

    >>> [m.group() for m in scan(re.compile(r"\\bon \\w+"), "go on foot on it", first=frozenset({"on"}))]
    ['on foot', 'on it']
    """
    index, numbers = _words(text)
    starts = [s for word in first & index.keys() for s in index[word]]
    if digits:
        starts += numbers
    twin = getattr(pattern, "lowered", None)  # a caseless pattern's lower-case twin says first if it matches
    low = text.lower() if twin is not None and text.isascii() else None
    pos = 0
    for start in sorted(set(starts)):
        if start < pos or (low is not None and twin.match(low, start) is None):
            continue
        m = pattern.match(text, start)
        if m is not None and m.end() > start:
            yield m
            pos = m.end()


@lru_cache(maxsize=64)  # several scans of one text in a row
def _words(text: str) -> tuple[dict[str, list[int]], list[int]]:
    """Where each word (lower case) of ``text`` starts, and where its numbers start."""
    index: dict[str, list[int]] = {}
    numbers = []
    for w in _WORD.finditer(text):
        word = w.group()
        index.setdefault(word.lower(), []).append(w.start())
        if word[0].isdigit():
            numbers.append(w.start())
    return index, numbers
