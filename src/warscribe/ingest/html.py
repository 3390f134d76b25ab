"""HTML pages: the main text extracted by trafilatura, as Markdown.

Boilerplate (menus, footers, comments, tables) is dropped by trafilatura; what it keeps
is rendered as Markdown (headings, emphasis, links) and that Markdown becomes
``Document.text``: every offset indexes the *extracted* text, not the HTML. Headings
open sections, links become citations, and the page's title, publication date and
canonical URL fill ``title``, ``date`` and ``url`` unless given.

>>> page = ("<html><head><title>Raid on Ber</title></head><body><article><h1>Raid on Ber</h1>"
...         "<p>Armed men raided the market of Ber at dawn and burned several stalls.</p>"
...         "</article></body></html>")
>>> doc = parse_html(page, id="p1")
>>> doc.format, doc.title, doc.sentences[0].text
('html', 'Raid on Ber', 'Armed men raided the market of Ber at dawn and burned several stalls.')
"""

from __future__ import annotations

import codecs
import re

from warscribe.errors import FormatError, InputError
from warscribe.model import Document

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_html(data: bytes, source: str) -> str:
    """HTML bytes to text: UTF-8, else the charset the page declares, else a detected one.

    >>> decode_html('<meta charset="iso-8859-1"><p>Ségou</p>'.encode("latin-1"), "p.html")[-9:]
    'Ségou</p>'
    """
    from warscribe.ingest.reader import decode

    try:
        return decode(data, source)
    except InputError as exc:
        if not exc.reason.startswith("invalid UTF-8"):
            raise
        failure = exc
    declared = _CHARSET.search(data[:4096])
    names = [declared.group(1).decode("ascii")] if declared else []
    from trafilatura.utils import detect_encoding

    for name in names + list(detect_encoding(data)):
        try:
            codecs.lookup(name)
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    raise failure


def parse_html(html: str, *, id: str, title: str | None = None, url: str | None = None,
               date: str | None = None, meta: tuple[tuple[str, str], ...] = ()) -> Document:
    """Parse an HTML page; raises FormatError when no main text can be found."""
    import trafilatura
    from trafilatura.metadata import extract_metadata
    from trafilatura.utils import load_html

    from warscribe.ingest.plain import parse_markdown

    tree = load_html(html)
    if tree is None:
        raise FormatError(id, "not parseable as HTML")
    info = extract_metadata(tree, default_url=url)
    text = trafilatura.extract(
        tree, url=url, output_format="markdown", include_formatting=True, include_links=True,
        include_comments=False, include_tables=False, include_images=False,
    )
    if not text or not text.strip():
        raise FormatError(id, "no main text found in the HTML page")
    found = {
        "title": title or (info.title if info else None),
        "url": url or (info.url if info else None),
        "date": date or (info.date if info else None),
    }
    extra = tuple((key, str(getattr(info, key))) for key in ("sitename", "author", "hostname")
                  if info is not None and getattr(info, key, None))
    return parse_markdown(text, id=id, meta=meta + extra, format="html", **found)
