"""Relative date expressions ("two days later", "the next month", "on Monday") against an anchor.

The anchor is the narrative's last event date; without one nothing is resolved.

>>> import datetime as dt
>>> [m.span.iso() for m in find_relative("Two days later, the town fell.", anchor=dt.date(2012, 1, 30))]
[('2012-02-01', '2012-02-01')]
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from warscribe.dates._regex import caseless
from warscribe.dates._lexicon import WEEKDAYS, month_end, number_value
from warscribe.model import DateMention, DateSpan

_NUM = (
    r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|twenty|thirty|a\s+couple\s+of|a\s+few|several|some)"
)
_UNIT = r"(?P<unit>day|night|week|month|year)s?"
_DAY = dt.timedelta(days=1)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # two days later / a week after / three months earlier / less than a week later
    ("offset", re.compile(
        rf"\b(?P<approx>(?:less|fewer|more)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+)?"
        rf"(?P<n>{_NUM})\s+{_UNIT}\s+(?:later|after(?:wards?)?(?!\s+(?:the|a|an|its|his|her|their)\b)|"
        r"(?P<back>earlier|before(?!\s+(?:the|a|an|its|his|her|their)\b)|previously|prior(?!\s+to)))",
        re.IGNORECASE)),
    # the next day / the following week / the previous month / the day before
    ("next", re.compile(
        r"\b(?:the\s+)?(?P<dir>next|following|previous|preceding|prior|subsequent)\s+"
        r"(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year)\b(?!s)",
        re.IGNORECASE)),
    ("dayafter", re.compile(
        r"\b(?:the\s+)?(?P<unit>day|night|week|month|year)\s+(?P<dir>after|before)\b",
        re.IGNORECASE)),
    # that night / the same day / later that month / earlier that week
    ("same", re.compile(
        r"\b(?P<when>later|earlier|early|late)?\s*(?:that|the\s+same|on\s+the\s+same)\s+"
        r"(?P<unit>day|morning|afternoon|evening|night|week|month|year)\b",
        re.IGNORECASE)),
    # days later / weeks later / hours later / within days / shortly after(wards)
    ("loose", re.compile(
        r"\b(?:(?P<unit>hours|days|weeks|months)\s+(?P<dir>later|earlier)|within\s+(?P<within>hours|days|weeks)"
        r"|(?P<soon>shortly\s+(?:thereafter|afterwards?)|soon\s+(?:thereafter|afterwards?)|"
        r"the\s+same\s+time|meanwhile|overnight))\b",
        re.IGNORECASE)),
    # on Monday / last Friday / the following Sunday
    ("weekday", re.compile(
        r"\b(?P<pre>(?i:on|last|next|this|the\s+following|the\s+previous|the\s+preceding|by))\s+"
        r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
        r"(?!,?\s+\d|,?\s+(?:the\s+)?\d|\s+(?:January|February|March|April|May|June|July|August|September"
        r"|October|November|December))",
        )),
    ("today", re.compile(r"\b(?P<w>yesterday|today|tomorrow|tonight)\b", re.IGNORECASE)),
]
_PREFILTER = re.compile(
    r"later|earlier|after|before|previous|prior|next|following|preceding|subsequent|same|that\s|"
    r"day|week|month|year|shortly|soon|meanwhile|overnight|within|tonight",
    re.IGNORECASE,
)
_PREFILTER = caseless(_PREFILTER)  # same matches, faster (see warscribe.dates._regex)


def _add_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _month_span(day: dt.date) -> tuple[dt.date, dt.date]:
    return day.replace(day=1), month_end(day.year, day.month)


def _week_span(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + 6 * _DAY


def _unit_span(anchor: dt.date, unit: str, n: int, sign: int) -> tuple[dt.date, dt.date, int]:
    """The span ``n`` units after (sign 1) or before (sign -1) ``anchor``."""
    unit = unit.lower().rstrip("s")
    if unit in ("day", "night", "morning", "afternoon", "evening"):
        d = anchor + sign * n * _DAY
        return d, d, 1
    if unit in ("week", "weekend"):
        d = anchor + sign * 7 * n * _DAY
        return d - 3 * _DAY, d + 3 * _DAY, 2
    if unit == "month":
        s, e = _month_span(_add_months(anchor, sign * n))
        return s, e, 3
    year = anchor.year + sign * n
    return dt.date(year, 1, 1), dt.date(year, 12, 31), 3


def _offset(m: re.Match[str], anchor: dt.date) -> tuple[dt.date, dt.date, int] | None:
    word = " ".join(m["n"].lower().split())
    sign = -1 if m["back"] else 1
    unit = m["unit"].lower()
    approx = (m["approx"] or "").strip().lower()
    if word in ("a few", "several", "some"):
        low, high = (2, 7) if unit == "day" else (2, 4)
    else:
        n = number_value(word)
        if n is None:
            return None
        low = high = n
        if approx.startswith("less") or approx.startswith("fewer"):
            low, high = max(1, n - (n if unit != "day" else n - 1)), n
            if unit == "week":
                return _bounded(anchor, sign, 1, 7 * n, 2)
    if low != high:
        if unit == "day":
            return _bounded(anchor, sign, low, high, 2)
        s1, _, _ = _unit_span(anchor, unit, low, sign)
        s2, e2, _ = _unit_span(anchor, unit, high, sign)
        return (min(s1, s2), max(e2, s1), 3)
    s, e, p = _unit_span(anchor, unit, low, sign)
    if approx and p == 1:
        return s - _DAY, s + _DAY, 2
    return s, e, p


def _bounded(anchor: dt.date, sign: int, low: int, high: int, precision: int) -> tuple[dt.date, dt.date, int]:
    a, b = anchor + sign * low * _DAY, anchor + sign * high * _DAY
    s, e = min(a, b), max(a, b)
    return s, e, precision if (e - s).days <= 10 else 3


def _next(m: re.Match[str], anchor: dt.date) -> tuple[dt.date, dt.date, int]:
    sign = -1 if m["dir"].lower() in ("previous", "preceding", "prior", "before") else 1
    unit = m["unit"].lower()
    if unit == "week":
        s, e = _week_span(anchor + sign * 7 * _DAY)
        return s, e, 2
    if unit == "weekend":
        sat = anchor + dt.timedelta(days=(5 - anchor.weekday()) % 7 or 7)
        if sign < 0:
            sat -= 7 * _DAY
        return sat, sat + _DAY, 2
    return _unit_span(anchor, unit, 1, sign)


def _same(m: re.Match[str], anchor: dt.date) -> tuple[dt.date, dt.date, int]:
    unit = m["unit"].lower()
    when = (m["when"] or "").lower()
    if unit in ("day", "morning", "afternoon", "evening", "night"):
        return anchor, anchor, 1
    if unit == "week":
        s, e = _week_span(anchor)
    elif unit == "month":
        s, e = _month_span(anchor)
    else:
        s, e = dt.date(anchor.year, 1, 1), dt.date(anchor.year, 12, 31)
    if when in ("later", "late"):
        s = anchor
    elif when in ("earlier", "early"):
        e = anchor
    return s, e, 2 if (e - s).days <= 10 else 3


def _loose(m: re.Match[str], anchor: dt.date) -> tuple[dt.date, dt.date, int]:
    if m["soon"]:
        word = m["soon"].lower()
        if word in ("overnight", "the same time", "meanwhile"):  # about then, not that very day
            return anchor, anchor + (_DAY if word == "overnight" else 0 * _DAY), 2
        return anchor, anchor + 7 * _DAY, 2
    unit = (m["unit"] or m["within"]).lower()
    sign = -1 if (m["dir"] or "").lower() == "earlier" else 1
    reach = {"hours": (0, 1), "days": (2, 7), "weeks": (14, 42), "months": (60, 180)}[unit]
    if m["within"]:
        reach = (0, reach[1])
    return _bounded(anchor, sign, reach[0], reach[1], 2)


def _weekday(m: re.Match[str], anchor: dt.date) -> tuple[dt.date, dt.date, int]:
    target = WEEKDAYS[m["wd"].lower()]
    pre = " ".join(m["pre"].lower().split())
    ahead = (target - anchor.weekday()) % 7
    behind = (anchor.weekday() - target) % 7
    if pre in ("last", "the previous", "the preceding"):
        d = anchor - (behind or 7) * _DAY
    elif pre in ("next", "the following"):
        d = anchor + (ahead or 7) * _DAY
    else:  # "on Monday": the nearest such day, ahead unless it is only a few days back
        d = anchor + ahead * _DAY if ahead <= 3 or behind > 3 else anchor - behind * _DAY
    return d, d, 1


def _today(m: re.Match[str], anchor: dt.date) -> tuple[dt.date, dt.date, int]:
    shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m["w"].lower()]
    d = anchor + shift * _DAY
    return d, d, 1


_HANDLERS = {
    "offset": _offset, "next": _next, "dayafter": _next, "same": _same, "loose": _loose,
    "weekday": _weekday, "today": _today,
}


def find_relative(text: str, *, anchor: dt.date | None) -> list[DateMention]:
    """Relative date expressions of ``text`` resolved against ``anchor`` (none without it).

    >>> import datetime as dt
    >>> [m.span.iso() for m in find_relative("The following day", anchor=dt.date(2013, 1, 10))]
    [('2013-01-11', '2013-01-11')]
    """
    if anchor is None or not _PREFILTER.search(text):
        return []
    out: list[DateMention] = []
    for name, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            try:
                span = _HANDLERS[name](m, anchor)
            except (ValueError, OverflowError):
                continue
            if span is None:
                continue
            start, end = m.start(), m.end()
            while start < end and text[start].isspace():
                start += 1
            s = text[start:end]
            out.append(DateMention(s, start, end, DateSpan(span[0], span[1], span[2], s), "relative"))
    out.sort(key=lambda m: (m.start, -m.end))
    kept: list[DateMention] = []
    for mention in out:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept
