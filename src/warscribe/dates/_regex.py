"""Case-insensitive regexes made fast: searched as lower-case regexes over lower-cased text.

>>> import re
>>> p = caseless(re.compile(r"\\b(?:killed|NGO workers?)\\b", re.IGNORECASE))
>>> [m.group() for m in p.finditer("Gunmen KILLED two ngo Workers.")]
['KILLED', 'ngo Workers']

Python's engine compares case-insensitively character by character, several times slower
than exactly. On ASCII text a case-insensitive regex finds exactly what its lower-cased
copy finds in the lower-cased text, at the same offsets; the match returned is the
original regex's own, run at that offset, so groups hold the text as written. Other text,
and regexes with case-sensitive parts (``(?-i:...)``), use the original regex. Shared by
:mod:`warscribe.dates` and :mod:`warscribe.extract` (which depends on dates, not the reverse).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

try:  # Python 3.11+
    from re import _compiler as sre_compile
    from re import _constants as C
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile  # type: ignore[no-redef]
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

__all__ = ["CaselessPattern", "caseless"]

_A, _Z = ord("A"), ord("Z")
_TWINS = (0x130, 0x131, 0x17F, 0x212A)  # İ ı ſ K: the non-ASCII letters simple case mapping ties to ASCII


class _Unsupported(Exception):
    """A regex part that lower-casing cannot keep equivalent."""


def _ascii_twins(code: int) -> bool:
    """Whether case-insensitive matching equates non-ASCII ``code`` with an ASCII character (``ſ``, ``K``)."""
    c = chr(code)
    return any(re.fullmatch(re.escape(c), a, re.IGNORECASE) for a in "iksIKS")


def _lower_code(code: int) -> int:
    if code >= 128:
        if _ascii_twins(code):
            raise _Unsupported(f"{chr(code)!r} matches an ASCII letter")
        return code  # never matches ASCII text, lowered or not
    return ord(chr(code).lower())


def _lower_set(items) -> list:
    out = []
    for op, av in items:
        if op is C.LITERAL:
            av = _lower_code(av)
        elif op is C.RANGE:
            lo, hi = av
            if _A <= lo <= hi <= _Z:
                av = (lo + 32, hi + 32)
            elif lo <= _Z and hi >= _A:
                raise _Unsupported("a range with some capitals")
            elif any(lo <= c <= hi and _ascii_twins(c) for c in _TWINS):
                raise _Unsupported("a range with an ASCII letter's twin")
        elif op not in (C.NEGATE, C.CATEGORY):
            raise _Unsupported(f"set item {op}")
        out.append((op, av))
    return out


def _lower_items(sub) -> sre_parse.SubPattern:
    out = []
    for op, av in sub:
        if op in (C.LITERAL, C.NOT_LITERAL):
            av = _lower_code(av)
        elif op is C.IN:
            av = _lower_set(av)
        elif op is C.BRANCH:
            av = (av[0], [_lower_items(b) for b in av[1]])
        elif op is C.SUBPATTERN:
            group, add, remove, inner = av
            if (add | remove) & re.IGNORECASE:
                raise _Unsupported("a part with its own case flag")
            av = (group, add, remove, _lower_items(inner))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) or op is getattr(C, "POSSESSIVE_REPEAT", None):
            av = (av[0], av[1], _lower_items(av[2]))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            av = (av[0], _lower_items(av[1]))
        elif op is getattr(C, "ATOMIC_GROUP", None):
            av = _lower_items(av)
        elif op not in (C.AT, C.ANY, C.CATEGORY, C.GROUPREF):
            raise _Unsupported(f"regex item {op}")
        out.append((op, av))
    return sre_parse.SubPattern(sub.state, out)


_TWINS_MADE: dict[tuple[str, int], re.Pattern[str] | None] = {}  # one parse per regex text


def _lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive, lower-cased twin of a case-insensitive regex, or None."""
    if not isinstance(pattern.pattern, str) or not pattern.flags & re.IGNORECASE or pattern.flags & re.ASCII:
        return None
    key = (pattern.pattern, pattern.flags)
    if key not in _TWINS_MADE:
        _TWINS_MADE[key] = _make_twin(pattern)
    return _TWINS_MADE[key]


def _make_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    flags = pattern.flags & ~re.IGNORECASE
    try:
        tree = _lower_items(sre_parse.parse(pattern.pattern, pattern.flags))
    except _Unsupported:
        return None
    tree.state.flags = flags
    return sre_compile.compile(tree, flags)


_last: list[str] = ["", ""]  # the text lowered last and its lower-case form: callers ask at many offsets
_END = 2**62


class CaselessPattern:
    """A case-insensitive regex searched fast on ASCII text (see the module docstring).

    ``search`` and ``finditer`` return the original regex's matches, found by its twin;
    ``match``, ``fullmatch`` and the rest are the original's own (anchored, they gain little).
    ``original`` is the regex given; ``lowered`` its twin, None when it cannot be lowered.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.original = pattern
        self.lowered = _lowered(pattern)
        self.match = pattern.match
        self.fullmatch = pattern.fullmatch
        self._search = pattern.search
        self._twin_search = self.lowered.search if self.lowered is not None else None

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        if self._twin_search is None or not text.isascii():
            return self._search(text, pos, endpos)
        last = _last
        if text is not last[0]:
            last[0], last[1] = text, text.lower()
        m = self._twin_search(last[1], pos, endpos)
        return None if m is None else self.match(text, m.start(), endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        if self.lowered is None or not text.isascii():
            yield from self.original.finditer(text, pos, endpos)
            return
        match = self.original.match
        for m in self.lowered.finditer(text.lower(), pos, endpos):
            yield match(text, m.start(), endpos)

    def __getattr__(self, name: str):  # sub, split, findall, flags, the pattern text: the original's
        return getattr(self.original, name)


def caseless(pattern: re.Pattern[str]) -> CaselessPattern | re.Pattern[str]:
    """``pattern`` wrapped for fast searching when it can be lowered, else ``pattern`` itself."""
    wrapped = CaselessPattern(pattern)
    return wrapped if wrapped.lowered is not None else pattern


class WordStartPattern:
    """A regex that matches only at word starts, tried only where a match's first letters are.

    >>> p = WordStartPattern(re.compile(r"\\b(?:early|late)\\s+(?:May|June)"))
    >>> [m.group() for m in p.finditer("Clashes in early June and late May.")]
    ['early June', 'late May']

    ``finditer`` over a whole ASCII text finds, with one Aho-Corasick pass, the word starts
    that begin with one of the regex's possible first letters (:func:`warscribe.extract._prefixes.prefixes`)
    and runs the regex there only: the matches ``pattern.finditer`` finds. A regex that may
    start elsewhere, other text, and other calls use the regex itself.
    """

    def __init__(self, pattern: re.Pattern[str], k: int = 3) -> None:
        import ahocorasick

        from warscribe.extract._prefixes import ANY, _sequence

        self.original = pattern
        self.match = pattern.match
        self._keys = None
        parsed = list(sre_parse.parse(pattern.pattern, pattern.flags))
        if not parsed or parsed[0] != (C.AT, C.AT_BOUNDARY) or pattern.flags & re.ASCII:
            return
        found = _sequence(parsed, k)
        if found is ANY or not found or not all(key[:1].isalnum() or key[:1] == "_" for key in found):
            return
        self._keys = ahocorasick.Automaton()
        for key in found:
            self._keys.add_word(key, len(key))
        self._keys.make_automaton()

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        if self._keys is None or pos or endpos < len(text) or not text.isascii():
            yield from self.original.finditer(text, pos, endpos)
            return
        folded = _SPACE.sub(" ", text.lower())  # the prefixes read any space as " "
        starts = set()
        for last, size in self._keys.iter(folded):
            p = last - size + 1
            if (text[p].isalnum() or text[p] == "_") and not (p and (text[p - 1].isalnum() or text[p - 1] == "_")):
                starts.add(p)
        end = 0
        match = self.match
        for p in sorted(starts):
            if p < end:
                continue
            m = match(text, p)
            if m is not None:
                yield m
                end = m.end()

    def __getattr__(self, name: str):  # search, sub, the pattern text: the regex's own
        return getattr(self.original, name)


_SPACE = re.compile(r"\s")
