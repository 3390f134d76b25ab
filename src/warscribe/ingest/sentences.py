"""Sentence segmentation: spans of sentences in a text, by rule.

>>> text = "Gen. Dupont came on 5 Jan. 2013. The U.N. sent 2.5 t (of food. Or more) by air."
>>> [text[s:e] for s, e in split_sentences(text)]
['Gen. Dupont came on 5 Jan. 2013.', 'The U.N. sent 2.5 t (of food. Or more) by air.']

A careful regex splitter (about 11 MB/s on one core, ``benchmarks/bench_parse.py``; pysbd and
syntok, also rule-based, were not adopted nor measured) handles what conflict narratives need: titles and months abbreviated, initials, acronyms with dots,
decimals, closing quotes and brackets after the full stop, ellipses, and full stops inside
parentheses.
"""

from __future__ import annotations

import bisect
import re

from warscribe.model import Sentence

# Abbreviations after which a full stop never ends a sentence (lowercased, without the dot).
ABBREVIATIONS = frozenset(
    """
    gen lt col maj capt cpt sgt cpl pvt brig adm cmdr cdr mr mrs ms dr prof st mt ft rev
    gov sen rep pres amb hon jr sr messrs mme mlle gen'l lieut insp supt
    jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vol vols pp p para fig figs ch art sec approx ca cf al vs v etc e.g i.e
    inc corp co ltd dept univ est
    """.split()
)
# Abbreviations that end a sentence when what follows opens one ("... and Co. The next").
SOFT_ABBREVIATIONS = frozenset({"etc", "inc", "corp", "co", "ltd", "est"})

# Words that usually open a sentence: after an initial or acronym ("the U.S. The army"),
# a full stop followed by one of them is taken as a sentence end.
OPENERS = frozenset(
    """
    The A An This These That Those It Its They Their He His She Her We Our There Some Many
    Several Most Both All Each On In At As After Before During By From Following Since
    According Although While When Meanwhile However Despite Throughout Between Until Later
    Earlier Then Thus But And Also Amid Around Over Under Within Among Upon Once Soon Two
    Three Four Five Ten Hundreds Thousands Dozens Residents Officials Local Security
    """.split()
)

_CANDIDATE = re.compile(
    r"""(?:\.{3}|…|[.!?]+)           # terminal punctuation (ellipses too)
        ["'”’»)\]]*                   # closing quotes and brackets after it
        (?=\s+["'“‘«(\[]?[A-Z0-9À-ÖØ-Þ]|\s*$)""",
    re.VERBOSE,
)
_PARAGRAPH = re.compile(r"\n[ \t\r]*\n")
_ONLY_SPACE = re.compile(r"\s*$")
_WORD_BEFORE = re.compile(r"([\w.'’-]+)$")
_NEXT_WORD = re.compile(r"\s+[\"'“‘«(\[]?([\w'’-]+)")
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?$")  # "U.S", "U.N" before the last dot
_MAX_PAREN = 400


def _protected(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans inside balanced, reasonably short parentheses (no sentence ends there)."""
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    for m in re.finditer(r"[()\n]", text[start:end]):
        ch, pos = m.group(), m.start() + start
        if ch == "(":
            stack.append(pos)
        elif ch == ")":
            if stack:
                open_pos = stack.pop()
                if pos - open_pos <= _MAX_PAREN:
                    spans.append((open_pos + 1, pos))
        else:
            stack.clear()
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:  # keep the outermost of nested spans
        if merged and a < merged[-1][1]:
            continue
        merged.append((a, b))
    return merged


def _is_boundary(text: str, punct_start: int, stop: int, end: int) -> bool:
    """Whether the candidate at ``text[punct_start:stop]`` really ends a sentence."""
    if text[punct_start] != ".":
        return True
    if text.startswith("...", punct_start) or text[punct_start] == "…":
        return True
    if _ONLY_SPACE.match(text, stop, end):
        return True
    before = _WORD_BEFORE.search(text, max(0, punct_start - 40), punct_start)
    if before is None:
        return True
    word = before.group(1)
    nxt = _NEXT_WORD.match(text, stop, end)
    next_word = nxt.group(1) if nxt else ""
    low = word.lower()
    last = low.rsplit(".", 1)[-1] if "." in low and not _ACRONYM.search(word) else low
    if last in ABBREVIATIONS:
        return last in SOFT_ABBREVIATIONS and next_word in OPENERS
    if _ACRONYM.search(word) or (len(word) == 1 and word.isalpha()):
        return next_word in OPENERS
    return True


def split_sentences(text: str, *, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the sentences of ``text[start:end]``, offsets into ``text``.

    >>> split_sentences("Vidar B. Skretting wrote it. It ended (badly.) Then?")
    [(0, 28), (29, 46), (47, 52)]

    Spans exclude surrounding whitespace; a blank line always ends a sentence.
    """
    end = len(text) if end is None else min(end, len(text))
    spans: list[tuple[int, int]] = []
    para_start = start
    for para_end in [m.start() for m in _PARAGRAPH.finditer(text, start, end)] + [end]:
        _split_block(text, para_start, para_end, spans)
        para_start = para_end
    return spans


def _split_block(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    protected = _protected(text, start, end)
    cut = start
    pi = 0
    for m in _CANDIDATE.finditer(text, start, end):
        stop = m.end()
        while pi < len(protected) and protected[pi][1] <= m.start():
            pi += 1
        if pi < len(protected) and protected[pi][0] <= m.start() and stop <= protected[pi][1]:
            continue
        if not _is_boundary(text, m.start(), stop, end):
            continue
        _emit(text, cut, stop, out)
        cut = stop
    _emit(text, cut, end, out)


def _emit(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))


_EMPTY_BRACKETS = re.compile(r"\s*\(\s*[,;:]?\s*\)|\s*\[\s*\]")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+(?=[,.;:!?](?:\s|$))")


def tidy(text: str) -> str:
    """Whitespace collapsed, brackets emptied by removed markup dropped.

    >>> tidy("Gao ( ) fell , again .")
    'Gao fell, again.'
    """
    text = " ".join(text.split())
    text = _EMPTY_BRACKETS.sub("", text)
    return _SPACE_BEFORE_PUNCT.sub("", text)


class ProseBuilder:
    """Collects clean prose pieces with their original offsets, then cuts sentences.

    >>> b = ProseBuilder()
    >>> b.add("Gao fell.", 10); b.cite(0); b.add(" Kidal too.", 40)
    >>> [(s.text, s.start, s.end, s.citations) for s in b.sentences()]
    [('Gao fell.', 10, 19, (0,)), ('Kidal too.', 41, 51, ())]

    ``add`` takes text copied from the original at ``orig``; ``add(..., verbatim=False)``
    takes synthetic text (an entity, a "|") that maps onto ``orig`` as a whole. A citation
    marker attaches to the sentence it follows, or, at a paragraph's start, to the next one.
    """

    __slots__ = ("_parts", "_len", "_seg_clean", "_seg_orig", "_seg_linear", "_cites", "_sections", "_gap")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self._seg_clean: list[int] = []
        self._seg_orig: list[int] = []
        self._seg_linear: list[bool] = []
        self._cites: list[tuple[int, int]] = []
        self._sections: list[tuple[int, int]] = []
        self._gap = False

    def add(self, text: str, orig: int, *, verbatim: bool = True) -> None:
        if not text:
            return
        if self._gap and self._parts:
            last = self._parts[-1][-1:]
            if last and not last.isspace() and not text[0].isspace() and last in ".!?\"')”’":
                self._push(" ", orig, False)
        self._gap = False
        self._push(text, orig, verbatim)

    def _push(self, text: str, orig: int, linear: bool) -> None:
        self._seg_clean.append(self._len)
        self._seg_orig.append(orig)
        self._seg_linear.append(linear)
        self._parts.append(text)
        self._len += len(text)

    def gap(self) -> None:
        """Markup was removed here: keep words on either side apart if they touch a full stop."""
        self._gap = True

    def cite(self, index: int) -> None:
        self._cites.append((self._len, index))
        self._gap = True

    def paragraph(self, orig: int) -> None:
        if self._parts and self._parts[-1] != "\n\n":
            self._push("\n\n", orig, False)
        self._gap = False

    def section(self, index: int, orig: int) -> None:
        self.paragraph(orig)
        self._sections.append((self._len, index))

    def _orig(self, pos: int) -> int:
        i = bisect.bisect_right(self._seg_clean, pos) - 1
        if i < 0:
            return self._seg_orig[0] if self._seg_orig else 0
        return self._seg_orig[i] + (pos - self._seg_clean[i] if self._seg_linear[i] else 0)

    def sentences(self) -> list[Sentence]:
        clean = "".join(self._parts)
        spans = split_sentences(clean)
        starts = [s for s, _ in spans]
        cites: list[list[int]] = [[] for _ in spans]
        for pos, index in self._cites:
            i = bisect.bisect_left(starts, pos) - 1  # the last sentence starting before the marker
            if i < 0 or "\n\n" in clean[spans[i][1] : pos]:  # none in this paragraph: the next one
                i += 1
                if i >= len(spans) or "\n\n" in clean[pos : spans[i][0]]:
                    continue
            if index not in cites[i]:
                cites[i].append(index)
        sec_pos = [p for p, _ in self._sections]
        out: list[Sentence] = []
        paragraph = 0
        prev_end = 0
        for i, (s, e) in enumerate(spans):
            paragraph += clean.count("\n\n", prev_end, s)
            prev_end = e
            k = bisect.bisect_right(sec_pos, s) - 1
            out.append(
                Sentence(
                    text=tidy(clean[s:e]),
                    start=self._orig(s),
                    end=self._orig(e - 1) + 1,
                    section=self._sections[k][1] if k >= 0 else -1,
                    citations=tuple(cites[i]),
                    paragraph=paragraph,
                )
            )
        return out
