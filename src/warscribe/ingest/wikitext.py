"""Clean MediaWiki wikitext -> :class:`~warscribe.model.Document` (format ``"wikitext"``).

>>> doc = parse_wikitext("== Attack (May 2013) ==\\n'''Rebels''' took [[Gao|the city]].<ref>{{cite web"
...     "|title=Gao falls|url=https://example.org/g}}</ref> Troops left.", id="d1")
>>> [(s.text, s.citations) for s in doc.sentences]
[('Rebels took the city.', (0,)), ('Troops left.', ())]
>>> doc.sections[0].heading, doc.citations[0].title
('Attack (May 2013)', 'Gao falls')

mwparserfromhell does the parsing (it round-trips the input exactly, so node offsets are
cumulative lengths); this module decides what is prose: templates, tables, infoboxes,
files, categories and comments are not; link labels and bold/italic text are.
"""

from __future__ import annotations

import re
import sys

import mwparserfromhell
from mwparserfromhell.nodes import (
    Comment,
    ExternalLink,
    Heading,
    HTMLEntity,
    Tag,
    Template,
    Text,
    Wikilink,
)

from warscribe.errors import FormatError
from warscribe.ingest.citations import citation_from_params, is_citation
from warscribe.ingest.sentences import ProseBuilder
from warscribe.model import Citation, DateSpan, Document, Section

MAX_NESTING = 200
_SKIP_TAGS = frozenset(
    {"references", "gallery", "table", "math", "chem", "timeline", "imagemap", "graph", "mapframe",
     "maplink", "score", "templatestyles", "syntaxhighlight", "source", "hiero", "inputbox",
     "categorytree", "noinclude", "section", "indicator", "ce"}
)
_BREAK_TAGS = frozenset({"li", "dt", "dd", "hr", "p", "tr", "td", "th"})
_SKIP_NS = re.compile(r"^\s*:?\s*(file|image|category|media|kategorie|fichier|catégorie|wikt|wiktionary|"
                      r"commons|[a-z]{2,3}(-[a-z]+)?)\s*:", re.IGNORECASE)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# What the parser left as text: magic words, and markup it could not close (dropped to the line end).
_LEFTOVER = re.compile(r"'{2,}|__[A-Z]+__|\{\{[^\n]*|\0\0[^\n]*|\0+|\}\}|\[\[|\]\]")
_BRACES = re.compile(r"\{\{|\}\}")
_BRACKETS = re.compile(r"\[\[|\]\]")
_TAG = re.compile(r"<(/?)([A-Za-z][\w]{0,20})\b[^<>]{0,500}?(/?)>")
_VOID_TAGS = frozenset({"br", "hr", "img", "wbr", "meta", "link", "input", "col", "area", "source"})
# Templates that render (part of) their arguments as prose.
_INLINE = {"lang": 2, "nowrap": 1, "nobr": 1, "small": 1, "abbr": 1, "transl": 2, "lang-fr": 1,
           "lang-ar": 1, "interlanguage link": 1, "ill": 1, "nobold": 1, "noitalic": 1, "em": 1,
           "flag": 1, "flagcountry": 1, "flagu": 1, "sortname": 1}


def parse_wikitext(
    text: str, *, id: str, title: str | None = None, url: str | None = None, date: str | None = None
) -> Document:
    """Parse clean wikitext: sections with date contexts, sentences, citations.

    >>> parse_wikitext("Intro.\\n== Background ==\\nOld story.", id="x").sections[0].level
    2
    """
    masked, depth = mask_unclosed(text)
    if depth > MAX_NESTING:
        raise FormatError(id, f"templates or links nested {depth} deep (at most {MAX_NESTING} are read)")
    try:
        code = mwparserfromhell.parse(masked, skip_style_tags=True)  # quote runs are dropped as text
    except RecursionError as exc:
        raise FormatError(id, "wikitext nested too deeply to parse") from exc
    except Exception as exc:  # noqa: BLE001 - the parser's own failures, reported as input errors
        raise FormatError(id, f"wikitext could not be parsed: {exc}") from exc
    walker = _Walker(text)
    limit = sys.getrecursionlimit()
    try:
        walker.walk(code.nodes, 0)
    except RecursionError as exc:
        raise FormatError(id, f"wikitext nested too deeply (recursion limit {limit})") from exc
    sections = finish_sections(walker.headings, len(text))
    return Document(
        id=id, text=text, format="wikitext", title=title, url=url, date=date,
        sections=sections, sentences=tuple(walker.prose.sentences()),
        citations=tuple(walker.citations),
    )


def mask_unclosed(text: str) -> tuple[str, int]:
    """``text`` with every ``{{``, ``[[`` or ``<ref>`` that is never closed masked by NULs of the
    same length (mwparserfromhell backtracks over unclosed openers in quadratic time, and
    offsets must not move), and the deepest nesting seen.

    >>> masked, depth = mask_unclosed("a {{b {{c}} [[d"); masked.replace("\\0", "#"), depth
    ('a ##b {{c}} ##d', 2)
    """
    if "{{" not in text and "[[" not in text and "<" not in text:
        return text, 0
    masked: list[tuple[int, int]] = []
    depth = 0
    for pattern, opener in ((_BRACES, "{{"), (_BRACKETS, "[[")):
        stack: list[re.Match] = []
        for m in pattern.finditer(text):
            if m.group() == opener:
                stack.append(m)
                depth = max(depth, len(stack))
            elif stack:
                stack.pop()
        masked.extend((m.start(), m.end()) for m in stack)
    tags: dict[str, list[re.Match]] = {}
    for m in _TAG.finditer(text):
        name = m.group(2).lower()
        if m.group(3) or name in _VOID_TAGS:
            continue
        stack = tags.setdefault(name, [])
        if not m.group(1):
            stack.append(m)
            depth = max(depth, len(stack))
        elif stack:
            stack.pop()
    masked.extend((m.start(), m.end()) for stack in tags.values() for m in stack)
    if not masked:
        return text, depth
    chars = list(text)
    for a, b in masked:
        chars[a:b] = "\0" * (b - a)
    return "".join(chars), depth


def looks_wikitext(text: str) -> bool:
    """Whether ``text`` reads as clean wikitext (headings, links, closed templates or refs).

    >>> looks_wikitext("== Background ==\\nThe [[MNLA]] rose.{{cite web|url=u}}"), looks_wikitext("Plain.")
    (True, False)
    """
    sample = text[:200_000]
    score = 0
    score += 2 if re.search(r"^={2,6}[^=\n]+={2,6}\s*$", sample, re.M) else 0
    score += 1 if re.search(r"\[\[[^\[\]\n]+\]\]", sample) else 0
    score += 1 if re.search(r"<ref[ >/]", sample) else 0
    opens, closes = sample.count("{{"), sample.count("}}")
    score += 1 if opens and closes >= opens * 0.8 else 0
    score += 1 if re.search(r"'''[^'\n]+'''", sample) else 0
    return score >= 2


def heading_date_context(heading: str) -> DateSpan | None:
    """The date span a heading names, via ``warscribe.dates.parse_span`` when it is installed.

    >>> heading_date_context("Background") is None
    True
    """
    if not any(ch.isdigit() for ch in heading):
        return None
    try:
        from warscribe.dates import parse_span
    except ImportError:
        return None
    try:
        return parse_span(heading)
    except Exception:  # noqa: BLE001 - a date-parser bug must not lose the document
        return None


def finish_sections(headings: list[tuple[str, int, int, int]], length: int) -> tuple[Section, ...]:
    """Sections from ``(heading, level, heading_start, body_start)``; a body ends at the next
    heading of the same or a higher level, and an undated heading inherits its parent's dates."""
    out: list[Section] = []
    parents: list[tuple[int, DateSpan | None]] = []  # (level, context) of open ancestors
    for i, (heading, level, _, body) in enumerate(headings):
        end = next((h[2] for h in headings[i + 1 :] if h[1] <= level), length)
        while parents and parents[-1][0] >= level:
            parents.pop()
        context = heading_date_context(heading) or (parents[-1][1] if parents else None)
        parents.append((level, context))
        out.append(Section(heading=heading, level=level, start=body, end=end, date_context=context))
    return tuple(out)


class _Walker:
    """Walks mwparserfromhell nodes, feeding prose and citations to a :class:`ProseBuilder`."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.prose = ProseBuilder()
        self.citations: list[Citation] = []
        self.headings: list[tuple[str, int, int, int]] = []
        self.named: dict[str, list[int]] = {}

    def walk(self, nodes: list, pos: int) -> None:
        for node in nodes:
            raw = str(node)
            end = pos + len(raw)
            self.node(node, raw, pos, end)
            pos = end

    def node(self, node: object, raw: str, pos: int, end: int) -> None:
        prose = self.prose
        if isinstance(node, Text):
            self.text_node(raw, pos)
        elif isinstance(node, Wikilink):
            if _SKIP_NS.match(str(node.title)):
                prose.gap()
            elif node.text is not None:
                self.walk(node.text.nodes, pos + 3 + len(str(node.title)))
            else:
                label = str(node.title)
                offset = len(label) - len(label.lstrip(" :"))
                prose.add(label[offset:], pos + 2 + offset)
        elif isinstance(node, Tag):
            self.tag(node, raw, pos, end)
        elif isinstance(node, Template):
            self.template(node, raw, pos, end)
        elif isinstance(node, Heading):
            heading = " ".join(plain(node.title.nodes).split())
            prose.section(len(self.headings), end)
            self.headings.append((heading, node.level, pos, end))
        elif isinstance(node, HTMLEntity):
            prose.add(node.normalize(), pos, verbatim=False)
        elif isinstance(node, ExternalLink):
            if node.title is not None and node.brackets:
                self.walk(node.title.nodes, pos + raw.index(str(node.title), len(str(node.url)) + 1))
            else:
                prose.gap()
        elif isinstance(node, Comment):
            prose.gap()

    def text_node(self, raw: str, pos: int) -> None:
        cut = 0
        for m in _LEFTOVER.finditer(raw):
            self.text_run(raw[cut : m.start()], pos + cut)
            self.prose.gap()
            cut = m.end()
        self.text_run(raw[cut:], pos + cut)

    def text_run(self, raw: str, pos: int) -> None:
        cut = 0
        for m in _PARAGRAPH.finditer(raw):
            self.prose.add(raw[cut : m.start()], pos + cut)
            self.prose.paragraph(pos + m.start())
            cut = m.end()
        self.prose.add(raw[cut:], pos + cut)

    def tag(self, node: Tag, raw: str, pos: int, end: int) -> None:
        name = str(node.tag).strip().lower()
        if name == "ref":
            for index in self.ref(node, pos, end):
                self.prose.cite(index)
        elif name in _BREAK_TAGS:
            self.prose.paragraph(pos)
            if node.contents is not None and not node.self_closing and name not in ("tr",):
                self.walk(node.contents.nodes, pos + _open_len(node, raw))
        elif name == "br":
            self.prose.add(" ", pos, verbatim=False)
        elif name in _SKIP_TAGS or node.self_closing or node.contents is None:
            self.prose.gap()
        else:
            self.walk(node.contents.nodes, pos + _open_len(node, raw))

    def ref(self, node: Tag, pos: int, end: int) -> list[int]:
        name = next((plain(a.value.nodes).strip() for a in node.attributes if str(a.name).strip() == "name"), "")
        if node.self_closing or node.contents is None or not str(node.contents).strip():
            if name and name not in self.named:  # defined further down: a placeholder to fill
                self.named[name] = [len(self.citations)]
                self.citations.append(Citation(kind="ref", params=(("name", name),), start=pos, end=end))
            return self.named.get(name, [])
        found = [citation_from_template(t, start=pos, end=end)
                 for t in node.contents.filter_templates(recursive=True) if is_citation(str(t.name))]
        if not found:
            links = node.contents.filter_external_links()
            found = [Citation(kind="ref", title=" ".join(plain(node.contents.nodes).split()) or None,
                              url=str(links[0].url) if links else None, start=pos, end=end)]
        if name in self.named:  # fill the placeholder a reuse made before the definition
            first = self.named[name][0]
            if self.citations[first].kind == "ref" and self.citations[first].title is None \
                    and self.citations[first].url is None and len(self.named[name]) == 1:
                self.citations[first] = found[0]
                self.named[name] = [first] + self._add(found[1:])
                return self.named[name]
            return self.named[name]
        indices = self._add(found)
        if name:
            self.named[name] = indices
        return indices

    def _add(self, found: list[Citation]) -> list[int]:
        start = len(self.citations)
        self.citations.extend(found)
        return list(range(start, len(self.citations)))

    def template(self, node: Template, raw: str, pos: int, end: int) -> None:
        name = " ".join(str(node.name).split()).lower()
        if is_citation(name):
            self.prose.cite(self._add([citation_from_template(node, start=pos, end=end)])[0])
        elif name in _INLINE and node.has(str(_INLINE[name])):
            self.prose.add(plain(node.get(str(_INLINE[name])).value.nodes).strip(), pos, verbatim=False)
        elif name == "as of" and node.has("1"):
            words = [plain(node.get(k).value.nodes).strip() for k in ("3", "2", "1") if node.has(k)]
            months = ("January February March April May June July August September October November "
                      "December").split()
            if len(words) >= 2 and words[-2].isdigit() and 1 <= int(words[-2]) <= 12:
                words[-2] = months[int(words[-2]) - 1]
            lead = "as of" if node.has("lc") else "As of"
            self.prose.add(" ".join([lead, *words]), pos, verbatim=False)
        elif name in ("convert", "cvt") and node.has("1"):
            unit = plain(node.get("2").value.nodes).strip() if node.has("2") else ""
            self.prose.add(f"{plain(node.get('1').value.nodes).strip()} {unit}".strip(), pos, verbatim=False)
        else:
            self.prose.gap()


def _open_len(node: Tag, raw: str) -> int:
    if node.wiki_markup:
        return len(str(node.wiki_markup))
    inner = str(node.contents)
    guess = raw.find(">") + 1
    return guess if raw.startswith(inner, guess) else max(raw.find(inner), 0)


def citation_from_template(node: Template, *, start: int = -1, end: int = -1) -> Citation:
    """A :class:`Citation` from a parsed template, parameter values cleaned of markup."""
    params = [(str(p.name).strip(), " ".join(plain(p.value.nodes).split())) for p in node.params]
    return citation_from_params(str(node.name), params, start=start, end=end)


def plain(nodes: list) -> str:
    """Display text of wikicode nodes: link labels, ``{{!}}`` as ``|``, other templates dropped.

    >>> plain(mwparserfromhell.parse("[[Gao|the city]] {{!}} ''x''<!-- c -->").nodes)
    'the city | x'
    """
    out: list[str] = []
    for node in nodes:
        if isinstance(node, Text):
            out.append(str(node))
        elif isinstance(node, Wikilink):
            if not _SKIP_NS.match(str(node.title)):
                out.append(plain(node.text.nodes) if node.text is not None else str(node.title).lstrip(":"))
        elif isinstance(node, Template):
            if str(node.name).strip() == "!":
                out.append("|")
        elif isinstance(node, Tag):
            if node.contents is not None and str(node.tag).lower() not in _SKIP_TAGS | {"ref"}:
                out.append(plain(node.contents.nodes))
            elif str(node.tag).lower() == "br":
                out.append(" ")
        elif isinstance(node, ExternalLink):
            out.append(plain(node.title.nodes) if node.title is not None else str(node.url))
        elif isinstance(node, HTMLEntity):
            out.append(node.normalize())
        elif isinstance(node, Heading):
            out.append(plain(node.title.nodes))
    return "".join(out)
