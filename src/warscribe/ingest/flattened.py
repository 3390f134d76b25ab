"""Flattened wikitext -> :class:`~warscribe.model.Document` (format ``"flatwiki"``).

Flattened wikitext is what some pipelines leave of an article: templates lost their closing
``}}`` and had ``|`` turned into `` , `` (so a citation's last value runs into the next
sentence), ``[[links]]`` are gone, and each section heading is glued onto the cut end of the
previous section, at the end of its line.

>>> text = ("Rebels took Menaka.{{cite news , title=Menaka falls , work=The Daily Sahel On 5 May, "
...         "troops returned.Aftermath\\nCalm came back.")
>>> doc = parse_flattened(text, id="d")
>>> [s.text for s in doc.sentences], doc.sections[0].heading
(['Rebels took Menaka.', 'On 5 May, troops returned.', 'Calm came back.'], 'Aftermath')
>>> doc.citations[0].container
'The Daily Sahel'

Recovery is by general rules (see :mod:`warscribe.ingest.flatgrammar`): a heading is the
run after the last glue point of a line (a lowercase letter or a full stop touching a capital,
a letter touching a digit, an empty ``key=``); a parameter value ends by the grammar of its
key (a URL at whitespace, a date by date patterns, a DOI or ISBN by theirs) or, for names and
titles, where a sentence visibly begins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from warscribe.ingest.citations import citation_from_params, is_citation
from warscribe.ingest.flatgrammar import FlatTemplate, find_heading, split_template
from warscribe.ingest.sentences import ProseBuilder
from warscribe.ingest.wikitext import finish_sections
from warscribe.model import Citation, Document

_JUNK = re.compile(r"'{2,}|<!--.{0,5000}?-->|<ref[^<>\n]{0,200}?/>|<\/?ref[^<>\n]{0,200}?>|<[a-z]+ ?/?>|</[a-z]+>|\[\[|\]\]|\}\}|https?://\S+"
                   r"|^[*#:;]+ ?", re.M | re.S)
_OPEN = re.compile(r"\{\{(?!!)")


def parse_flattened(
    text: str, *, id: str, title: str | None = None, url: str | None = None, date: str | None = None
) -> Document:
    """Parse flattened wikitext: recovered headings, sentences, citations (hatnotes dropped).

    >>> parse_flattened("Background\\nIt began.", id="x").sections[0].heading
    'Background'
    """
    prose = ProseBuilder()
    citations: list[Citation] = []
    headings: list[tuple[str, int, int, int]] = []
    lines = _lines(text)
    last_end = max((e for s, e in lines if text[s:e].strip()), default=-1)
    for start, end in lines:
        heading = find_heading(text, start, end, last=end == last_end)
        body_end = heading[0] if heading else end
        _content(text, start, body_end, prose, citations)
        prose.paragraph(body_end)
        if heading:
            h_start, h_end = heading
            name = " ".join(text[h_start:h_end].split())
            prose.section(len(headings), h_end + 1)
            headings.append((name, 2, h_start, min(h_end + 1, len(text))))
    return Document(
        id=id, text=text, format="flatwiki", title=title, url=url, date=date,
        sections=finish_sections(headings, len(text)), sentences=tuple(prose.sentences()),
        citations=tuple(citations),
    )


def looks_flattened(text: str) -> bool:
    """Whether ``text`` reads as flattened wikitext: open ``{{`` templates with `` , key=``
    parameters or hatnotes, and few closing ``}}``.

    >>> looks_flattened("It fell.{{cite web , url=http://a.org , title=T Later it rose.")
    True
    >>> looks_flattened("{{cite web|url=http://a.org}} == H ==")
    False
    """
    sample = text[:200_000]
    opens = len(_OPEN.findall(sample))
    if not opens or sample.count("}}") * 2 > opens:
        return False
    keyed = re.search(r"\{\{[^{}\n,]{1,40}\s?,\s?[a-z][a-z0-9-]*\s?=", sample)
    hatnote = re.search(r"\{\{(?:main|further|see also|for|about)\s?,", sample, re.I)
    return bool(keyed or hatnote) and not re.search(r"^={2,6}[^=\n]+={2,6}\s*$", sample, re.M)


def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in re.finditer(r"\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def iter_templates(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, FlatTemplate]]:
    """Templates of ``text[start:end]`` as ``(where "{{" is, recovered template)``; none reaches
    past the next template or the end of its line.

    >>> [(at, t.name) for at, t in iter_templates("A.{{Main, Gao\\nB.{{Notelist")]
    [(2, 'Main'), (16, 'Notelist')]
    """
    end = len(text) if end is None else end
    pos = start
    line_end = -1
    while True:
        m = _OPEN.search(text, pos, end)
        if m is None:
            return
        if line_end < m.end():  # looked up once per line, not once per template
            line_end = text.find("\n", m.end(), end)
            line_end = end if line_end < 0 else line_end
        limit = line_end
        bound = _OPEN.search(text, m.end(), limit)
        tpl = split_template(text, m.start(), bound.start() if bound else limit)
        yield m.start(), tpl
        pos = max(tpl.end, m.end())


def _content(text: str, start: int, end: int, prose: ProseBuilder, citations: list[Citation]) -> None:
    """Feed one line's body: prose between templates, templates to citations or nowhere."""
    pos = start
    for at, tpl in iter_templates(text, start, end):
        _prose(text, pos, at, prose)
        if is_citation(tpl.name):
            citations.append(citation_from_params(tpl.name, tpl.params, start=at, end=tpl.end))
            prose.cite(len(citations) - 1)
        else:
            prose.gap()
        pos = tpl.end
    _prose(text, pos, end, prose)


def _prose(text: str, start: int, end: int, prose: ProseBuilder) -> None:
    cut = start
    for m in _JUNK.finditer(text, start, end):
        prose.add(text[cut : m.start()], cut)
        prose.gap()
        cut = m.end()
    prose.add(text[cut:end], cut)
