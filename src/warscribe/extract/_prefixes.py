"""The first characters a regex can match, worked out from its parse tree.

>>> sorted(prefixes(r"\\b(?:kill(?:ed)?|clash\\w*)", 3))
['cla', 'kil']

Event typing tries its big trigger regex only at words starting with one of these
prefixes, which skips most words of a sentence without running the regex there.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as C
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

ANY = None  # "could start with anything": no prefix filter possible


def prefixes(pattern: str, k: int = 3, *, flags: int = re.IGNORECASE) -> set[str] | None:
    """Lower-cased strings of length ``k`` (or less at a pattern's end) a match can start with."""
    return _sequence(list(sre_parse.parse(pattern, flags)), k)


def _sequence(items: list, k: int) -> set[str] | None:
    results = {""}
    for op, av in items:
        todo = {r for r in results if len(r) < k}
        if not todo:
            break
        sub = _node(op, av, k)
        if sub is ANY:
            return ANY
        results = {r for r in results if len(r) >= k} | {(r + s)[:k] for r in todo for s in sub}
    return results


def _node(op, av, k: int) -> set[str] | None:
    if op is C.LITERAL:
        return {chr(av).lower()}
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}
    if op is C.IN:
        return _charset(av)
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            f = _sequence(list(alt), k)
            if f is ANY:
                return ANY
            out |= f
        return out
    if op is C.SUBPATTERN:
        return _sequence(list(av[-1]), k)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, high, sub = av
        f = _sequence(list(sub), k)
        if f is ANY:
            return ANY
        out: set[str] = set()
        power = {""}  # the first k characters of n repetitions, n = 0, 1, ... up to k (more add none)
        for n in range(min(high, k) + 1):
            if n >= min(low, k):
                out |= power
            power = {(a + b)[:k] for a in power if len(a) < k for b in f} | {a for a in power if len(a) >= k}
        return out
    return ANY


def _charset(items) -> set[str] | None:
    chars: set[str] = set()
    for o, a in items:
        if o is C.LITERAL:
            chars.add(chr(a).lower())
        elif o is C.CATEGORY and a is C.CATEGORY_SPACE:
            chars.add(" ")
        elif o is C.CATEGORY and a is C.CATEGORY_DIGIT:
            chars |= set("0123456789")
        elif o is C.RANGE and a[1] - a[0] <= 60:
            chars |= {chr(c).lower() for c in range(a[0], a[1] + 1)}
        else:
            return ANY
    return chars
