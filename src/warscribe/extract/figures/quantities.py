"""Counts of people as reports write them: digits, number words, ranges and vague words.

>>> [parse_quantity(m).value for m in QTY.finditer("at least 12, between 20 and 30, dozens, twenty-one")]
[12, 20, 12, 21]
"""

from __future__ import annotations

import re
from typing import NamedTuple

from warscribe.dates._lexicon import number_value, scan
from warscribe.dates._regex import caseless

# ACLED's codebook: an unknown plural number of fatalities is recorded as 10; "dozens" 12;
# "hundreds" 100. Smaller vague words keep their smallest reading.
VAGUE_COUNTS: dict[str, int] = {
    "several": 10, "many": 10, "numerous": 10, "a number of": 10, "some": 10, "multiple": 10,
    "dozens": 12, "dozens of": 12, "scores of": 20, "scores": 20, "hundreds": 100, "hundreds of": 100,
    "thousands": 1000, "thousands of": 1000, "a few": 3, "a handful of": 3, "a couple of": 2,
    "a couple": 2, "both": 2, "a": 1, "an": 1, "another": 1, "a single": 1, "a further": 1,
}
_NUMW = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|hundred|thousand|million|dozen)"
)
_WORDNUM = rf"(?:{_NUMW}(?:[\s-]+{_NUMW}|(?<=hundred)\s+and\s+{_NUMW}|(?<=thousand)\s+and\s+{_NUMW})*)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|(?!(?:19|20)\d\d\b)\d+)"
_NUM = rf"(?:{_DIGITS}|{_WORDNUM}|a\s+dozen|a\s+hundred|a\s+thousand)\b"
_MOD = (
    r"(?:at\s+least|at\s+most|more\s+than|over|nearly|almost|about|around|roughly|approximately|some"
    r"|an\s+estimated|as\s+many\s+as|up\s+to|fewer\s+than|less\s+than|a\s+total\s+of|a\s+further|another"
    r"|close\s+to|in\s+excess\s+of|upwards\s+of|no\s+fewer\s+than|no\s+less\s+than|just\s+over|just\s+under"
    r"|well\s+over|a\s+reported|an\s+additional|only|the|all|these|those|its|their|his|her)"
)
_VAGUE = (
    r"(?:several|many|numerous|multiple|a\s+number\s+of|dozens(?:\s+of)?|scores\s+of|hundreds(?:\s+of)?"
    r"|thousands(?:\s+of)?|a\s+few|a\s+handful\s+of|a\s+couple(?:\s+of)?|both|a\s+single|a\s+further"
    r"|another|an|a|some)"
)
_THING_END = (
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:on|in|at|near|along|by|and|or|was|were|had|has|is|are|exploded|detonated|went"
    r"|hit|struck|placed|planted|found|that|which|from|to|between|with|during|under|outside|inside|of|across"
    r"|around|were|simultaneously|burned|destroyed|seized)\b)"
)
# Counts of things, not people: always ("30 km", "2 days", "3 goats"), or when the noun ends the
# phrase ("3 vehicles were seized", "two villages in Mopti"; but "a village chief" is a person).
_NOT_PEOPLE = (
    r"(?!\s*-?\s*(?:km|kilomet|miles?\b|%|percent|per\s+cent|years?\s+old|year-old|am\b|pm\b|a\.m|p\.m|hours?\b"
    r"|days?\b|weeks?\b|months?\b|years?\b|minutes?\b|o'clock|kg\b|tons?\b|tonnes?\b|metres?\b|meters?\b"
    r"|times\b|sheep\b|cattle\b|cows?\b|goats?\b|camels?\b|livestock\b|animals?\b|head\s+of\b|donkeys?\b"
    r"|horses?\b|oxen\b"
    r"|(?:[\w-]+\s+)?(?:vehicles?|motorbikes?|motorcycles?|rockets?|shells?|mortars?|IEDs?|(?:land)?mines?|bombs?"
    r"|devices?|explosives?|cars?|trucks?|directions?|sides?|fronts?|places?|locations?|villages?|towns?"
    rf"|occasions?|houses?|huts?|buildings?|camps?|bases?|positions?|posts?|checkpoints?)\b{_THING_END}))"
)
QTY = re.compile(
    rf"\b(?:(?P<mod>{_MOD})\s+)*"
    rf"(?:between\s+(?P<b1>{_NUM})\s+and\s+(?P<b2>{_NUM})"
    rf"|all\s+but\s+(?P<abx>{_NUM})\s+of\s+(?:the\s+)?(?P<aby>{_NUM})"
    rf"|(?P<n>{_NUM})(?:\s*(?:-|–|to|or)\s*(?P<n2>{_NUM}))?"
    rf"|(?P<vague>{_VAGUE})\b)"
    rf"{_NOT_PEOPLE}",
    re.IGNORECASE,
)


class Quantity(NamedTuple):
    """A count found in text: its ACLED value (the lowest reading) and where it is."""

    value: int
    start: int
    end: int
    text: str
    exact: bool = True


def value_of(word: str) -> int | None:
    """``value_of("twenty-one")`` -> 21; ``value_of("dozens of")`` -> 12."""
    w = " ".join(word.lower().split())
    if w in VAGUE_COUNTS:
        return VAGUE_COUNTS[w]
    return number_value(w)


def parse_quantity(m: re.Match[str] | None) -> Quantity | None:
    """The :class:`Quantity` a :data:`QTY` match stands for (None when it is not a count)."""
    if m is None:
        return None
    if m["b1"]:
        a, b = value_of(m["b1"]), value_of(m["b2"])
        value = None if a is None or b is None else min(a, b)
    elif m["abx"]:
        a, b = value_of(m["abx"]), value_of(m["aby"])
        value = None if a is None or b is None else max(0, b - a)
    elif m["n"]:
        a = value_of(m["n"])
        b = value_of(m["n2"]) if m["n2"] else None
        value = a if b is None or a is None else min(a, b)
    else:
        value = value_of(m["vague"])
    if value is None:
        return None
    mods = " ".join((m["mod"] or "").lower().split())
    exact = not m["vague"] and mods not in ("at least", "more than", "over", "about", "around", "some")
    return Quantity(value, m.start(), m.end(), m.group(), exact)


QTY = caseless(QTY)  # same matches, faster (see warscribe.dates._regex)
QTY_FIRST = frozenset(
    "at more over nearly almost about around roughly approximately some an as up fewer less a close in "
    "upwards no just well only the all these those its their his her between another several many numerous "
    "multiple dozens scores hundreds thousands both zero one two three four five six seven eight nine ten "
    "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
    "sixty seventy eighty ninety hundred thousand million".split()
)


def find_quantities(text: str) -> list[Quantity]:
    """Every count in ``text``, in order: ``find_quantities("killing 5 and wounding a dozen")``."""
    return [q for q in (parse_quantity(m) for m in scan(QTY, text, first=QTY_FIRST)) if q is not None]
