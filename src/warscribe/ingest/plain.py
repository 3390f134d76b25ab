"""Plain text and Markdown readers.

Plain text: paragraphs are separated by blank lines and each bulleted line is a block of
its own; a short, title-like line (no closing punctuation, followed by text that opens a
sentence) standing alone or right above a longer line opens a section. Markdown: ``#`` and
setext headings open sections with their level; emphasis, code spans, HTML tags and link
syntax are stripped (link labels kept, link targets and ``[^n]`` footnotes recorded as
citations); code blocks, tables and raw HTML blocks are skipped; a YAML front matter gives
title, date and URL. Sentence offsets always index the original text.

>>> doc = parse_markdown("# Gao\\n\\nFighting broke out in *Gao* [report](https://x.org/a).", id="m1")
>>> [(s.heading, s.level) for s in doc.sections]
[('Gao', 1)]
>>> doc.sentences[0].text, doc.citations[0].url
('Fighting broke out in Gao report.', 'https://x.org/a')
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import html
import re

from markdown_it import MarkdownIt

from warscribe.ingest.sentences import split_sentences
from warscribe.model import Citation, Document, Section, Sentence

_BLANK = re.compile(r"[ \t\r\f\v]*$")
_TITLE_END = re.compile(r"[.!?;:,\"')\]—–-]$")  # a dateline "BAMAKO —" is no heading
_MAX_TITLE_WORDS = 12
_MAX_TITLE_CHARS = 90


def parse_plain(text: str, *, id: str, title: str | None = None, url: str | None = None,
                date: str | None = None, meta: tuple[tuple[str, str], ...] = (), format: str = "text") -> Document:
    """A plain-text document: paragraphs by blank lines, title-like lines as sections.

    >>> doc = parse_plain("Background\\n\\nRebels took Kidal. The army left.", id="p1")
    >>> [s.heading for s in doc.sections], [s.text for s in doc.sentences]
    (['Background'], ['Rebels took Kidal.', 'The army left.'])
    """
    blocks = list(_blocks(text))
    headings: list[tuple[int, int, str]] = []  # (heading start, body start, heading)
    prose: list[tuple[int, int]] = []
    for i, (lo, hi) in enumerate(blocks):
        cut = text.find("\n", lo, hi)
        if cut < 0:
            line = text[lo:hi].strip()
            if i + 1 < len(blocks) and _title_like(line) and _opens_sentence(text, blocks[i + 1][0]):
                headings.append((lo, _next_line(text, hi), line))
                continue
        else:  # a title line right above its text, as in "Attack on Gao\nGunmen stormed ..."
            line, after = text[lo:cut].strip(), text[cut + 1:hi].split("\n", 1)[0].strip()
            if _title_like(line) and _opens_sentence(text, cut + 1) and len(line) < 0.6 * len(after):
                headings.append((lo, cut + 1, line))
                lo = cut + 1
        prose.append((lo, hi))
    sections = _sections([(2, h, b, t) for h, b, t in headings], len(text))
    starts = [h for h, _, _ in headings]
    sentences: list[Sentence] = []
    for number, (lo, hi) in enumerate(prose):
        mapped = MappedText(text)
        _add_lines(mapped, text, lo, hi, inline=None)
        section = bisect.bisect_right(starts, lo) - 1
        sentences.extend(emit_sentences(mapped, section=section, paragraph=number))
    if title is None and headings and headings[0][0] == blocks[0][0]:
        title = headings[0][2]
    return Document(id=id, text=text, format=format, title=title, url=url, date=date,
                    sections=sections, sentences=tuple(sentences), meta=meta)


def parse_markdown(text: str, *, id: str, title: str | None = None, url: str | None = None,
                   date: str | None = None, meta: tuple[tuple[str, str], ...] = (),
                   format: str = "markdown") -> Document:
    """A Markdown document (CommonMark blocks plus pipe tables, which are skipped).

    >>> doc = parse_markdown("Intro\\n=====\\n\\n- **Mopti** was calm.\\n", id="m2")
    >>> doc.sections[0].heading, doc.sentences[0].text, doc.text[doc.sentences[0].start:doc.sentences[0].end]
    ('Intro', 'Mopti was calm.', '**Mopti** was calm.')
    """
    line_starts = _line_starts(text)
    front = _FRONT_MATTER.match(text)
    if front:  # blank the front matter out, keeping the line count for the maps
        fields = _front_fields(front.group(1))
        title, url, date = title or fields.get("title"), url or fields.get("url"), date or fields.get("date")
        tokens = _block_parser().parse("\n" * front.group().count("\n") + text[front.end():])
    else:
        tokens = _block_parser().parse(text)
    headings: list[tuple[int, int, int, str]] = []
    blocks: list[tuple[int, int]] = []
    inside_table = 0
    for i, tok in enumerate(tokens):
        if tok.type == "table_open":
            inside_table += 1
        elif tok.type == "table_close":
            inside_table -= 1
        elif tok.type == "heading_open" and tok.map and not inside_table:
            inline = tokens[i + 1]
            lo, hi = _line_range(line_starts, len(text), *(inline.map or tok.map))
            mapped = MappedText(text)
            lo, hi = heading_span(text, lo, hi)
            _inline(mapped, text, lo, hi, [])
            heading = mapped.clean.strip()
            body = _line_range(line_starts, len(text), tok.map[1], tok.map[1])[0]
            if heading:
                headings.append((int(tok.tag[1]), lo, body, heading))
        elif tok.type == "paragraph_open" and tok.map and not inside_table:
            blocks.append(_line_range(line_starts, len(text), *tok.map))
    sections = _sections(headings, len(text))
    starts = [h[1] for h in headings]
    sentences: list[Sentence] = []
    citations: list[Citation] = []
    notes = _footnotes(text)
    blocks = [b for b in blocks if not _FOOTNOTE.match(text, b[0])]
    for number, (lo, hi) in enumerate(blocks):
        mapped = MappedText(text)
        links: list = []
        _add_lines(mapped, text, lo, hi, inline=links)
        links = [(pos, notes[c] if isinstance(c, str) else c) for pos, c in links
                 if not isinstance(c, str) or c in notes]
        section = bisect.bisect_right(starts, lo) - 1
        sentences.extend(emit_sentences(mapped, section=section, paragraph=number,
                                        links=links, citations=citations))
    if title is None:
        title = next((h[3] for h in headings if h[0] == 1), None)
    return Document(id=id, text=text, format=format, title=title, url=url, date=date,
                    sections=sections, sentences=tuple(sentences), citations=tuple(citations),
                    meta=meta)


_FOOTNOTE = re.compile(r"\[\^([^\]\n]+)\]:[ \t]*([^\n]*)")


def _footnotes(text: str) -> dict[str, Citation]:
    """Citations from footnote definitions (``[^1]: Agency report, https://...``)."""
    notes = {}
    for m in re.finditer(r"(?m)^" + _FOOTNOTE.pattern, text):
        mapped = MappedText(text)
        _inline(mapped, text, m.start(2), m.end(2), [])
        body = " ".join(mapped.clean.split())
        link = re.search(r"https?://[^\s<>)\]]+", m.group(2))
        notes[m.group(1)] = Citation("ref", title=body or None, url=link.group().rstrip(".,;") if link else None,
                                     start=m.start(), end=m.end())
    return notes


_FRONT_MATTER = re.compile(r"\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


def _front_fields(block: str) -> dict[str, str]:
    """title, date (ISO) and url from ``key: value`` lines of a YAML front matter."""
    fields = {}
    for key, value in re.findall(r"(?m)^([A-Za-z_]+)[ \t]*:[ \t]*(.*?)[ \t]*$", block):
        key, value = key.lower(), value.strip("'\"")
        key = {"link": "url", "source": "url", "canonical": "url", "published": "date"}.get(key, key)
        if key == "date":
            try:
                value = dt.date.fromisoformat(value[:10]).isoformat()
            except ValueError:
                continue
        if key in ("title", "url", "date") and value and key not in fields:
            fields[key] = value
    return fields


@functools.lru_cache(maxsize=1)
def _block_parser() -> MarkdownIt:
    """CommonMark with pipe tables, block rules only: inline syntax is stripped here."""
    return MarkdownIt("commonmark").enable("table").disable(["inline", "text_join"])


def looks_markdown(text: str) -> bool:
    """True when ``text`` uses Markdown headings, links or emphasis on several lines.

    >>> looks_markdown("# Title\\n\\nSome *text*.\\n"), looks_markdown("Just prose.\\n")
    (True, False)
    """
    head = text[:20000]
    if _FRONT_MATTER.match(head):
        return True
    score = len(re.findall(r"(?m)^#{1,6} \S", head)) * 2
    score += len(re.findall(r"\[[^\]\n]+\]\([^)\s]+\)", head))
    score += len(re.findall(r"(?m)^\S[^\n]*\n(?:=+|-+)[ \t]*$", head)) * 2
    score += len(re.findall(r"\*\*[^*\n]+\*\*", head))
    return score >= 2


def _title_like(line: str) -> bool:
    words = line.split()
    return (0 < len(words) <= _MAX_TITLE_WORDS and len(line) <= _MAX_TITLE_CHARS
            and (line[0].isupper() or line[0].isdigit())
            and any(c.isalpha() for c in line) and not _TITLE_END.search(line))


def _opens_sentence(text: str, pos: int) -> bool:
    """True when the paragraph at ``pos`` starts like a sentence or heading, not a continuation."""
    head = text[pos:pos + 3].lstrip("\"'“‘«([*-•# \t")
    return not head or not head[0].islower()


_BULLET = re.compile(r"[ \t]*(?:(?:[-*•·▪–]|\d{1,3}[.)])[ \t]+)?")
_BULLET_LINE = re.compile(r"[ \t]*(?:[-*•·▪–]|\d{1,3}[.)])[ \t]+\S")


def _blocks(text: str):
    """Paragraphs, with each bulleted or numbered line starting a block of its own."""
    for lo, hi in _paragraphs(text):
        start = lo
        pos = text.find("\n", lo, hi)
        while pos >= 0:
            if _BULLET_LINE.match(text, pos + 1, hi):
                yield start, pos
                start = pos + 1
            pos = text.find("\n", pos + 1, hi)
        yield start, hi


def _paragraphs(text: str):
    """(start, end) of each run of non-blank lines; end excludes the final newline."""
    pos, start, end, n = 0, -1, -1, len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        stop = n if nl < 0 else nl
        if _BLANK.match(text, pos, stop):
            if start >= 0:
                yield start, end
                start = -1
        else:
            if start < 0:
                start = pos
            end = stop
        if nl < 0:
            break
        pos = nl + 1
    if start >= 0:
        yield start, end


def _next_line(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl + 1


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def _line_range(starts: list[int], n: int, first: int, last: int) -> tuple[int, int]:
    lo = starts[first] if first < len(starts) else n
    hi = starts[last] - 1 if last < len(starts) else n
    return lo, max(lo, hi)


def _sections(heads: list[tuple[int, int, int, str]], n: int) -> tuple[Section, ...]:
    """Sections as the wikitext reader makes them: a body runs to the next heading of the
    same or a higher level, and an undated heading inherits its parent's date context."""
    from warscribe.ingest.wikitext import finish_sections

    return finish_sections([(heading, level, start, body) for level, start, body, heading in heads], n)


_LINE_PREFIX = re.compile(r"[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?")


def _add_lines(mapped: MappedText, text: str, lo: int, hi: int,
               *, inline: list | None) -> None:
    """Append the lines of ``text[lo:hi]`` joined by spaces (Markdown prefixes stripped)."""
    pos = lo
    while pos < hi:
        nl = text.find("\n", pos, hi)
        stop = hi if nl < 0 else nl
        end = stop - 1 if stop > pos and text[stop - 1] == "\r" else stop
        if inline is not None:
            start = _LINE_PREFIX.match(text, pos, end).end()
            _inline(mapped, text, start, end, inline)
        else:
            mapped.copy(_BULLET.match(text, pos, end).end(), end)
        if nl < 0:
            break
        mapped.put(" ", nl)
        pos = nl + 1


_INLINE = re.compile(
    r"(?P<image>!\[[^\]\n]*\]\([^)\n]*\))"
    r"|(?P<link>\[(?P<label>[^\]\n]+)\]\((?P<target><[^>\n]*>|[^)\s]*)(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\))"
    r"|(?P<note>\[\^(?P<notelabel>[^\]\n]+)\])"
    r"|(?P<reflink>\[(?P<rlabel>[^\]\n]+)\]\[[^\]\n]*\])"
    r"|(?P<auto><(?P<autourl>https?://[^>\s]+)>)"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>|<!--.*?-->)"
    r"|(?P<code>(?P<ticks>`+)(?P<codetext>.+?)(?P=ticks))"
    r"|(?P<escape>\\(?P<escaped>[!-/:-@\[-`{-~]))"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|(?P<emph>\*{1,3}|_{1,3}|~~)"
)


def _inline(mapped: MappedText, text: str, lo: int, hi: int, links: list) -> None:
    """Append ``text[lo:hi]`` without Markdown inline syntax; collect link citations."""
    pos = lo
    for m in _INLINE.finditer(text, lo, hi):
        kind = m.lastgroup if m.lastgroup not in ("label", "target", "rlabel", "autourl", "ticks",
                                                  "codetext", "escaped", "notelabel") else None
        kind = kind or next(k for k in ("link", "reflink", "auto", "code", "escape", "note") if m.group(k))
        if kind == "emph" and not _is_emphasis(text, m.start(), m.end(), lo, hi):
            continue
        mapped.copy(pos, m.start())
        pos = m.end()
        if kind == "link":
            _inline(mapped, text, m.start("label"), m.end("label"), links)
            target = m.group("target").strip("<>")
            if re.match(r"https?://", target):
                links.append((len(mapped), Citation("url", title=m.group("label"), url=target,
                                                              start=m.start(), end=m.end())))
        elif kind == "reflink":
            _inline(mapped, text, m.start("rlabel"), m.end("rlabel"), links)
        elif kind == "note":
            links.append((len(mapped), m.group("notelabel")))  # resolved against the definitions
        elif kind == "auto":
            links.append((len(mapped), Citation("url", url=m.group("autourl"),
                                                    start=m.start(), end=m.end())))
        elif kind == "code":
            mapped.copy(m.start("codetext"), m.end("codetext"))
        elif kind == "escape":
            mapped.copy(m.start("escaped"), m.end("escaped"))
        elif kind == "entity":
            mapped.put(html.unescape(m.group()), m.start())
    mapped.copy(pos, hi)


def _is_emphasis(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    before = text[start - 1] if start > lo else " "
    after = text[end] if end < hi else " "
    if before.isspace() and after.isspace():
        return False  # "5 * 3": a lone operator, not emphasis
    if text[start] == "_" and before.isalnum() and after.isalnum():
        return False  # snake_case inside a word
    return True


_MARKS = frozenset("*_~`")


class MappedText:
    """A clean text built from pieces of an original text, with the map back to it.

    >>> m = MappedText("a **b**\\nc")
    >>> m.copy(0, 2); m.copy(4, 5); m.put(" ", 7, 8); m.copy(8, 9)
    >>> m.clean, m.span(0, len(m.clean))
    ('a b c', (0, 9))
    """

    __slots__ = ("original", "_parts", "_clean_starts", "_pieces", "_length", "_joined")

    def __init__(self, original: str) -> None:
        self.original = original
        self._parts: list[str] = []
        self._clean_starts: list[int] = []
        self._pieces: list[tuple[int, int, bool]] = []  # (orig start, orig end, verbatim)
        self._length = 0
        self._joined: str | None = None

    def copy(self, lo: int, hi: int) -> None:
        """Append ``original[lo:hi]`` verbatim."""
        if hi > lo:
            self._add(self.original[lo:hi], lo, hi, True)

    def put(self, text: str, lo: int, hi: int | None = None) -> None:
        """Append ``text`` standing for ``original[lo:hi]`` (a replacement)."""
        if text:
            self._add(text, lo, lo + 1 if hi is None else hi, False)

    def _add(self, text: str, lo: int, hi: int, verbatim: bool) -> None:
        self._parts.append(text)
        self._clean_starts.append(self._length)
        self._pieces.append((lo, hi, verbatim))
        self._length += len(text)
        self._joined = None

    def __len__(self) -> int:
        return self._length

    @property
    def clean(self) -> str:
        """The clean text built so far."""
        if self._joined is None:
            self._joined = "".join(self._parts)
        return self._joined

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``clean[start:end]`` (``end > start``)."""
        k = bisect.bisect_right(self._clean_starts, start) - 1
        lo, _, verbatim = self._pieces[k]
        orig_start = lo + (start - self._clean_starts[k]) if verbatim else lo
        k = bisect.bisect_right(self._clean_starts, end - 1) - 1
        lo, hi, verbatim = self._pieces[k]
        orig_end = lo + (end - self._clean_starts[k]) if verbatim else hi
        text = self.original
        while orig_start > 0 and text[orig_start - 1] in _MARKS:
            orig_start -= 1  # take in emphasis that opens the span
        while orig_end < len(text) and text[orig_end] in _MARKS:
            orig_end += 1
        return orig_start, orig_end


def heading_span(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Narrow an ATX heading line to its text (no ``#`` markers)."""
    m = re.compile(r"[ \t]{0,3}#{1,6}[ \t]*").match(text, lo, hi)
    if m:
        lo = m.end()
        closing = re.compile(r"(?:[ \t]+#+)?[ \t\r]*$").search(text, lo, hi)
        if closing:
            hi = closing.start()
    return lo, hi


def emit_sentences(mapped: MappedText, *, section: int, paragraph: int,
                   links: list[tuple[int, Citation]] = (),
                   citations: list[Citation] | None = None) -> list[Sentence]:
    """Split a mapped paragraph into sentences with original offsets.

    ``links`` are (clean position, citation) pairs: each goes to ``citations`` and
    is attached to the sentence that holds its position.
    """
    clean = mapped.clean
    spans = []
    for s, e in split_sentences(clean):
        while s < e and clean[s].isspace():
            s += 1
        while e > s and clean[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    attached: list[list[int]] = [[] for _ in spans]
    starts = [s for s, _ in spans]
    for pos, cit in links:
        if spans and citations is not None:
            k = max(0, bisect.bisect_right(starts, max(pos - 1, 0)) - 1)
            if cit not in citations:
                citations.append(cit)
            attached[k].append(citations.index(cit))
    out = []
    for (s, e), cits in zip(spans, attached):
        start, end = mapped.span(s, e)
        out.append(Sentence(" ".join(clean[s:e].split()), start, end, section=section,
                            citations=tuple(cits), paragraph=paragraph))
    return out
