"""Calendar date expressions: full and partial dates, months, years, seasons and ranges.

>>> [m.span.iso() for m in find_calendar("On 16-17 January 2012, rebels attacked.")]
[('2012-01-16', '2012-01-17')]
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from warscribe.dates._regex import WordStartPattern, caseless
from warscribe.dates._lexicon import (
    DASH_RE,
    DAY_RE,
    MONTH_RE,
    PRESENT_RE,
    YEAR_RE,
    day_number,
    month_end,
    month_number,
)
from warscribe.dates.resolve import resolve_year
from warscribe.model import DateMention, DateSpan

MOD_RE = (
    r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of"
    r"|end\s+of|beginning\s+of|start\s+of|middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of"
    r"|first\s+half\s+of|second\s+half\s+of|(?:the\s+)?(?:first|second|third|fourth|last|final)\s+week\s+of"
    r"|(?:the\s+)?(?:first|last|final|early|closing|opening)\s+days\s+of|end|beginning|start)"
)
SEASON_RE = r"(?:spring|summer|autumn|fall|winter)"

# Words that make a lone month or season a date rather than a name, a verb or a noun.
CUES = frozenset(
    "in on by since until till from during of through throughout before after around about "
    "early late mid this that last next between to and as circa c. ca. into".split()
)
YEAR_CUES = CUES | {"the", "year", "years"}
# Words before a number that make it a name or a reference, never a date.
NAME_CUES = frozenset(
    "law laws resolution resolutions decree decrees no no. n° article ordinance act number "
    "flight route page pages vol. volume isbn".split()
)
COUNT_AFTER = re.compile(
    r"\s+(?:people|persons|soldiers|civilians|troops|fighters|men|women|children|militants|"
    r"refugees|dead|killed|wounded|displaced|km|kilometres|kilometers|miles|metres|meters|"
    r"tonnes|tons|vehicles|households|families|votes|members|rebels|jihadists|deaths|hours|hrs|GMT|UTC|h)\b",
)


def _point(p: str) -> str:
    """A single date point whose groups carry the prefix ``p``."""
    return (
        rf"(?:(?P<{p}mod>{MOD_RE})(?:\s+|-))?(?:"
        rf"(?:the\s+)?(?P<{p}d1>{DAY_RE})\b(?:\s+of)?\s+(?P<{p}m1>{MONTH_RE})(?:,?\s+(?P<{p}y1>{YEAR_RE})\b)?"
        rf"|(?P<{p}m2>{MONTH_RE})(?:\s+|,\s*(?=\d\d?(?:st|nd|rd|th)|\d\d?\s*(?:[.;:)]|$)))"
        rf"(?P<{p}d2>{DAY_RE})\b(?!\s*:\d)(?:,?\s+(?P<{p}y2>{YEAR_RE})\b)?"
        rf"|(?P<{p}m3>{MONTH_RE})(?:,?\s+(?:of\s+)?(?P<{p}y3>{YEAR_RE})\b)?"
        rf"|(?P<{p}se>{SEASON_RE})(?:\s+(?:of\s+)?(?P<{p}y5>{YEAR_RE})\b)?"
        rf"|(?P<{p}y4>{YEAR_RE})\b(?![-\u2013/.]\d)"
        r")"
    )


class Point(NamedTuple):
    """One end of a date expression; missing parts are None."""

    year: int | None
    month: int | None
    day: int | None
    mod: str | None
    season: str | None

    @classmethod
    def from_match(cls, m: re.Match[str], p: str) -> Point:
        g = m.groupdict()
        year = g[f"{p}y1"] or g[f"{p}y2"] or g[f"{p}y3"] or g[f"{p}y4"] or g[f"{p}y5"]
        month = g[f"{p}m1"] or g[f"{p}m2"] or g[f"{p}m3"]
        day = g[f"{p}d1"] or g[f"{p}d2"]
        mod = g[f"{p}mod"]
        return cls(
            int(year) if year else None,
            month_number(month) if month else None,
            day_number(day) if day else None,
            " ".join(mod.lower().split()) if mod else None,
            g[f"{p}se"].lower() if g[f"{p}se"] else None,
        )

    @property
    def bare(self) -> bool:
        """A lone month, year or season: needs a cue word to count as a date."""
        return self.day is None and self.mod is None


_EARLY_YEAR = {
    "early": (1, 4), "mid": (5, 8), "late": (9, 12), "the end of": (10, 12), "end of": (10, 12), "end": (10, 12),
    "beginning": (1, 3), "start": (1, 3),
    "the beginning of": (1, 3), "beginning of": (1, 3), "the start of": (1, 3), "start of": (1, 3),
    "the middle of": (5, 8), "middle of": (5, 8), "the first half of": (1, 6),
    "first half of": (1, 6), "the second half of": (7, 12), "second half of": (7, 12),
}
_WEEKS = {
    "first week of": 1, "second week of": 8, "third week of": 15, "fourth week of": 22, "last week of": -7,
    "final week of": -7, "first days of": 1, "opening days of": 1, "early days of": 1, "last days of": -7,
    "final days of": -7, "closing days of": -7,
}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14)}


def point_span(pt: Point, year: int) -> tuple[dt.date, dt.date, int]:
    """Start, end and ACLED precision of a point once its year is known."""
    if pt.month is not None and pt.day is not None:
        day = dt.date(year, pt.month, pt.day)
        return day, day, 1
    if pt.month is not None:
        last = month_end(year, pt.month)
        mod = (pt.mod or "").removeprefix("the ")
        week = _WEEKS.get(mod)
        if week is not None:  # "the second week of March": days 8-14; "the last days of May": the last 7
            first = week if week > 0 else last.day + week + 1
            return dt.date(year, pt.month, first), dt.date(year, pt.month, min(first + 6, last.day)), 2
        if mod in ("early", "beginning of", "start of", "first half of", "beginning", "start"):
            return dt.date(year, pt.month, 1), dt.date(year, pt.month, 15 if "half" in mod else 10), 2
        if mod in ("mid", "middle of"):
            return dt.date(year, pt.month, 11), dt.date(year, pt.month, 20), 2
        if mod in ("late", "end of", "second half of", "end"):
            return dt.date(year, pt.month, 16 if "half" in mod else 21), last, 2
        return dt.date(year, pt.month, 1), last, 3
    if pt.season is not None:
        first, last_m = _SEASONS[pt.season]
        if last_m > 12:  # winter straddles the new year: "winter 2013" is Dec 2012 - Feb 2013
            return dt.date(year - 1, 12, 1), month_end(year, 2), 3
        return dt.date(year, first, 1), month_end(year, last_m), 3
    first, last_m = _EARLY_YEAR.get(pt.mod or "", (1, 12))
    return dt.date(year, first, 1), month_end(year, last_m), 3


def _valid(pt: Point) -> bool:
    if pt.month is not None and pt.day is not None:
        return pt.day <= month_end(2000 if pt.year is None else pt.year, pt.month).day
    return True


_P1 = _point("a")
_P2 = _point("b")
_RANGE_SEP = rf"(?P<sep>{DASH_RE}|\s+(?:to|until|till|through|and|-)\s+)"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b(?P<y>{YEAR_RE})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b(?![-/]\d)")),
    ("numeric", re.compile(rf"\b(?P<d>0?[1-9]|[12]\d|3[01])/(?P<m>0?[1-9]|1[0-2])/(?P<y>{YEAR_RE})\b")),
    # 16-17 January 2012; between 10 and 12 June; from 30 to 31 March
    ("dayrange", re.compile(
        rf"\b(?:(?P<pre>(?i:from|between))\s+)?(?P<ld>{DAY_RE})\b(?:{DASH_RE}|\s+(?:to|and|until|-)\s+)"
        rf"(?P<rd>{DAY_RE})\b(?:\s+of)?\s+(?P<m>{MONTH_RE})(?:,?\s+(?P<y>{YEAR_RE})\b)?")),
    # January 16-17, 2012; November 15 and 16
    ("mdayrange", re.compile(
        rf"\b(?:(?P<pre>(?i:from|between))\s+)?(?P<m>{MONTH_RE})\s+(?P<ld>{DAY_RE})\b"
        rf"(?:{DASH_RE}|\s+(?:to|and|until)\s+)(?P<rd>{DAY_RE})\b(?:,?\s+(?P<y>{YEAR_RE})\b)?")),
    # 2012-13; 2019–2020
    ("yearrange", re.compile(rf"\b(?P<ly>{YEAR_RE}){DASH_RE}(?P<ry>{YEAR_RE}|\d\d)\b(?![-/.]\d)")),
    ("range", re.compile(
        rf"\b(?:(?P<pre>(?i:from|between))\s+)?{_P1}{_RANGE_SEP}(?:{_P2}|(?P<present>{PRESENT_RE})\b)")),
    ("point", re.compile(rf"\b{_P1}")),
    ("decade", re.compile(r"\b(?P<dec>(?:1[89]|20)\d0)s\b")),
]
_PREFILTER = re.compile(
    rf"\d|\b{MONTH_RE}|\b{SEASON_RE}\b", re.IGNORECASE
)
_PREFILTER = caseless(_PREFILTER)  # same matches, faster (see warscribe.dates._regex)
# The two long ones tried only at words that can begin a date (same matches, about twice as fast).
_PATTERNS = [(name, WordStartPattern(pattern) if name in ("range", "point") else pattern)
             for name, pattern in _PATTERNS]
_DASH = DASH_RE.removeprefix(r"\s*").removesuffix(r"\s*")  # the dash DASH_RE needs
_SEPARATOR = re.compile(rf"{_DASH}|\s(?:to|until|till|through|and)\s")  # what a range needs between its ends
# What a pattern cannot match without: a text that lacks it is not searched with that pattern.
_NEEDS = {"iso": re.compile("-"), "numeric": re.compile("/"), "dayrange": _SEPARATOR, "mdayrange": _SEPARATOR,
          "yearrange": re.compile(_DASH), "range": _SEPARATOR, "decade": re.compile("0s")}
_PARAM_BEFORE = re.compile(r"=\s*$")
_ADJECTIVAL = re.compile(r"\s+(?!and\b|or\b|to\b|in\b|on\b|at\b|by\b|the\b|a\b|an\b|when\b|as\b)[a-z][\w-]*")
_WORD_BEFORE = re.compile(r"([\w.°]+)\W*$")


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return m.group(1).lower() if m else ""


def _rejected(text: str, start: int, end: int) -> bool:
    """Citation parameters, URLs and names: never event dates."""
    if start and (text[start - 1].isalnum() or text[start - 1] in "/_-."):
        return True
    if end < len(text) and text[end] in "/_" or text[end:end + 1].isalnum():
        return True
    before = text[max(0, start - 12):start]
    if _PARAM_BEFORE.search(before):
        return True
    return _word_before(text, start) in NAME_CUES


def _bare_ok(text: str, start: int, end: int, pt: Point) -> bool:
    """A lone month/year/season is a date only after a cue word (a year also in parentheses)."""
    word = _word_before(text, start)
    if pt.season is not None:
        return word in ("the", "this", "that", "last", "next") or (pt.year is not None and word in CUES)
    if pt.month is None and pt.season is None:
        if COUNT_AFTER.match(text, end):
            return False
        return start == 0 or text[start - 1] == "(" or word in YEAR_CUES
    if pt.year is not None and pt.day is None and text[start:start + 1].isupper():
        return True  # "January 2013", "(May 2014)": a capitalised month with its year
    return word in CUES


def find_calendar(
    text: str, *, context: DateSpan | None = None, anchor: dt.date | None = None
) -> list[DateMention]:
    """Calendar dates in ``text``; partial ones are completed from ``context``/``anchor``.

    >>> [(m.text, m.kind) for m in find_calendar("On 4 May 2013, and in June, then 2014-2015.")]
    [('4 May 2013', 'absolute'), ('June', 'partial'), ('2014-2015', 'range')]
    """
    if not _PREFILTER.search(text):
        return []
    found: list[tuple[int, int, DateMention]] = []
    pending: list[tuple[str, re.Match[str]]] = []
    lacks: dict[re.Pattern[str], bool] = {}
    for name, pattern in _PATTERNS:
        needed = _NEEDS.get(name)
        if needed is not None and lacks.setdefault(needed, needed.search(text) is None):
            continue
        for m in pattern.finditer(text):
            mention = _HANDLERS[name](text, m, None, None)
            if mention is not None:
                found.append((mention.start, -mention.end, mention))
            else:
                pending.append((name, m))
    if pending and (context is not None or anchor is not None or found):
        # A year written earlier in the same text is the nearest context of its partial dates.
        years = [t[2] for t in found if t[2].span.end.year - t[2].span.start.year <= 1
                 and not _ADJECTIVAL.match(text, t[2].end)]
        for name, m in pending:
            local = context
            before = [y.span for y in years if y.end <= m.start()]
            if before:
                local = DateSpan(dt.date(before[-1].start.year, 1, 1), dt.date(before[-1].end.year, 12, 31), 3)
            mention = _HANDLERS[name](text, m, local, anchor)
            if mention is not None:
                found.append((mention.start, -mention.end, mention))
    found.sort(key=lambda t: (t[0], t[1]))
    out: list[DateMention] = []
    last_end = -1
    for start, _neg_end, mention in found:
        if start >= last_end:
            out.append(mention)
            last_end = mention.end
    return out


def _mention(text: str, start: int, end: int, span: tuple[dt.date, dt.date, int], kind: str) -> DateMention:
    s = text[start:end]
    return DateMention(s, start, end, DateSpan(span[0], span[1], span[2], s), kind)


def _strip_pre(m: re.Match[str]) -> int:
    """Start of a match, after any leading "from"/"between" (kept out of the mention)."""
    pre = m.groupdict().get("pre")
    return m.start("pre") + len(pre) + 1 if pre else m.start()


def _h_numeric(text, m, context, anchor):
    if _rejected(text, m.start(), m.end()):
        return None
    try:
        day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return _mention(text, m.start(), m.end(), (day, day, 1), "absolute")


def _h_dayrange(text, m, context, anchor):
    start = _strip_pre(m)
    if _rejected(text, start, m.end()):
        return None
    month = month_number(m["m"])
    left, right = day_number(m["ld"]), day_number(m["rd"])
    if " and " in m.group() and not m["pre"] and right - left > 1:
        return None  # "on 3 and 9 June": two days, not a span
    year = int(m["y"]) if m["y"] else resolve_year(month, left, context=context, anchor=anchor)
    if year is None or not left < right <= month_end(year, month).day:
        return None
    span = (dt.date(year, month, left), dt.date(year, month, right), 2)
    return _mention(text, start, m.end(), span, "range")


def _h_yearrange(text, m, context, anchor):
    if _rejected(text, m.start(), m.end()):
        return None
    left = int(m["ly"])
    right = int(m["ry"]) if len(m["ry"]) == 4 else left // 100 * 100 + int(m["ry"])
    if not left < right <= left + 60:
        return None
    return _mention(text, m.start(), m.end(), (dt.date(left, 1, 1), dt.date(right, 12, 31), 3), "range")


def _h_range(text, m, context, anchor):
    start = _strip_pre(m)
    if _rejected(text, start, m.end()):
        return None
    a = Point.from_match(m, "a")
    if m["sep"].strip() == "and" and not m["pre"]:
        return None
    if m["present"]:
        if a.year is None:
            return None
        s, _, _ = point_span(a, a.year)
        return _mention(text, start, m.end(), (s, dt.date.today(), 3), "range")
    b = Point.from_match(m, "b")
    if a.day is not None and b.day is None and b.month is None:
        return None
    if a.month is None and a.season is None and b.month is not None:
        return None  # "2012 to March": not a range we can trust
    if not (_valid(a) and _valid(b)):
        return None
    b_year = b.year if b.year is not None else a.year
    if b_year is None:
        b_year = resolve_year(b.month or 1, b.day, context=context, anchor=anchor)
        if b_year is None:
            return None
    a_year = a.year
    if a_year is None:
        a_year = b_year if (a.month or 0) <= (b.month or 12) else b_year - 1
    if a.month is not None and b.month is not None and a.year is not None and b.year is None:
        if b.month < a.month:
            b_year += 1
    try:
        s, _, p1 = point_span(a, a_year)
        _, e, p2 = point_span(b, b_year)
    except ValueError:
        return None
    if e < s or (e - s).days > 366 * 60:
        return None
    precision = 1 if s == e else 2 if (e - s).days <= 10 else 3
    return _mention(text, start, m.end(), (s, e, max(precision, min(p1, p2))), "range")


def _h_point(text, m, context, anchor):
    pt = Point.from_match(m, "a")
    start, end = m.start(), m.end()
    if _rejected(text, start, end) or not _valid(pt):
        return None
    if pt.bare and not _bare_ok(text, start, end, pt):
        return None
    if pt.mod is None and pt.day is None and pt.month is None and pt.season is None and pt.year is not None:
        if COUNT_AFTER.match(text, end):
            return None
    year = pt.year
    kind = "absolute"
    if year is None:
        year = resolve_year(pt.month or 6, pt.day, context=context, anchor=anchor)
        if year is None:
            return None
        kind = "partial"
    if pt.mod or pt.season or (pt.month is None):
        kind = "vague"
    elif pt.day is None and _word_before(text, start) in ("by", "before", "until"):
        kind = "vague"
    try:
        span = point_span(pt, year)
    except ValueError:
        return None
    return _mention(text, start, end, span, kind)


def _h_iso(text, m, context, anchor):
    return _h_numeric(text, m, context, anchor)


def _h_mdayrange(text, m, context, anchor):
    return _h_dayrange(text, m, context, anchor)


def _h_decade(text, m, context, anchor):
    if _rejected(text, m.start(), m.end()):
        return None
    first = int(m["dec"])
    return _mention(text, m.start(), m.end(), (dt.date(first, 1, 1), dt.date(first + 9, 12, 31), 3), "vague")


_HANDLERS = {
    "iso": _h_iso,
    "numeric": _h_numeric,
    "dayrange": _h_dayrange,
    "mdayrange": _h_mdayrange,
    "yearrange": _h_yearrange,
    "range": _h_range,
    "point": _h_point,
    "decade": _h_decade,
}
