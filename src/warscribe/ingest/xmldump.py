"""MediaWiki XML export dumps (Special:Export, dumps.wikimedia.org), streamed.

One Document per article page from its latest revision, parsed as wikitext. Pages are
read with :func:`xml.etree.ElementTree.iterparse` and cleared once done, so a dump of
many gigabytes (``.xml.bz2`` as downloaded, decompressed on the fly by the reader) is
read in bounded memory. Redirects, pages outside the wanted
namespaces and non-wikitext content models are skipped.

>>> import io
>>> dump = io.BytesIO(b'''<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/">
... <siteinfo><base>https://en.wikipedia.org/wiki/Main_Page</base></siteinfo>
... <page><title>Battle of Konna</title><ns>0</ns><id>7</id>
... <revision><id>99</id><timestamp>2024-02-03T04:05:06Z</timestamp>
... <text xml:space="preserve">Troops fought at [[Konna]].</text></revision></page></mediawiki>''')
>>> [(p.title, p.revid, p.url) for p in iter_pages(dump, source="d.xml")]
[('Battle of Konna', '99', 'https://en.wikipedia.org/w/index.php?title=Battle_of_Konna&oldid=99')]
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import BinaryIO
from urllib.parse import quote

from warscribe.errors import FormatError
from warscribe.model import Document, Failure


@dataclass(frozen=True, slots=True)
class DumpPage:
    """One page of a dump: its latest revision's wikitext and provenance."""

    title: str
    pageid: str
    revid: str
    timestamp: str
    text: str
    url: str | None = None
    ns: int = 0


def read_xmldump(path: str | os.PathLike | BinaryIO, *, source: str,
                 namespaces: Collection[int] | None = (0,)) -> Iterator[Document | Failure]:
    """Documents of the pages of a dump (Failures for pages or XML that cannot be read).

    ``namespaces=None`` keeps every namespace.
    """
    from warscribe.ingest.reader import MAX_DOCUMENT_BYTES, failure_from, parse_text

    pages = iter_pages(path, source=source, namespaces=namespaces)
    while True:
        try:
            page = next(pages)
        except StopIteration:
            return
        except ET.ParseError as exc:
            line, col = getattr(exc, "position", (0, 0))
            yield Failure(f"{source}:{line}", f"malformed XML at line {line}, column {col}: {exc}")
            return
        where = f"{source}#{page.title}"
        if len(page.text) > MAX_DOCUMENT_BYTES:
            yield Failure(where, f"page of {len(page.text):,} characters is above the "
                                 f"{MAX_DOCUMENT_BYTES:,} limit")
            continue
        if not page.text.strip():
            yield Failure(where, f"revision {page.revid} has no text")
            continue
        meta = (("source", where), ("pageid", page.pageid), ("revid", page.revid),
                ("timestamp", page.timestamp))
        try:
            doc = parse_text(page.text, id=page.title, format="wikitext", title=page.title,
                             url=page.url, date=page.timestamp[:10] or None, meta=meta)
        except Exception as exc:  # noqa: BLE001 - one bad page never stops the dump
            failure = failure_from(exc, where)
            yield Failure(where, failure.reason)
            continue
        yield doc


def iter_pages(path: str | os.PathLike | BinaryIO, *, source: str,
               namespaces: Collection[int] | None = (0,)) -> Iterator[DumpPage]:
    """The pages of a dump with their latest revision.

    Raises ET.ParseError on malformed XML and FormatError when the root is not <mediawiki>.
    """
    server = None
    context = ET.iterparse(path, events=("start", "end"))
    root = None
    best: dict[str, str] | None = None
    for event, elem in context:
        name = elem.tag.rpartition("}")[2]
        if event == "start":
            if root is None:
                root = elem
                if name != "mediawiki":
                    raise FormatError(source, f"root element <{name}>: not a MediaWiki XML export")
            elif name == "page":
                best = None
            continue
        if name == "base" and elem.text:
            server = _server(elem.text.strip())
        elif name == "revision":
            rev = _revision(elem)
            if rev is not None and (best is None or rev["timestamp"] >= best["timestamp"]):
                best = rev
            elem.clear()
        elif name == "page":
            page = _page(elem, best, server, namespaces)
            elem.clear()
            if root is not None:
                root.clear()  # drop finished pages from the tree
            if page is not None:
                yield page


def _child_text(elem: ET.Element, name: str) -> str | None:
    for child in elem:
        if child.tag.rpartition("}")[2] == name:
            return child.text or ""
    return None


def _revision(elem: ET.Element) -> dict[str, str] | None:
    model = _child_text(elem, "model")
    if model not in (None, "wikitext"):
        return None
    text = _child_text(elem, "text")
    return {"revid": _child_text(elem, "id") or "", "timestamp": _child_text(elem, "timestamp") or "",
            "text": text or ""}


def _page(elem: ET.Element, rev: dict[str, str] | None, server: str | None,
          namespaces: Collection[int] | None) -> DumpPage | None:
    title = _child_text(elem, "title") or ""
    try:
        ns = int(_child_text(elem, "ns") or 0)
    except ValueError:
        ns = 0
    redirect = any(child.tag.rpartition("}")[2] == "redirect" for child in elem)
    if rev is None or redirect or (namespaces is not None and ns not in namespaces):
        return None
    url = None
    if server and rev["revid"]:
        url = f"{server}/w/index.php?title={quote(title.replace(' ', '_'))}&oldid={rev['revid']}"
    return DumpPage(title=title, pageid=_child_text(elem, "id") or "", revid=rev["revid"],
                    timestamp=rev["timestamp"], text=rev["text"], url=url, ns=ns)


def _server(base: str) -> str | None:
    """``https://en.wikipedia.org`` from ``https://en.wikipedia.org/wiki/Main_Page``."""
    scheme, sep, rest = base.partition("://")
    return f"{scheme}{sep}{rest.split('/', 1)[0]}" if sep else None
