"""Citation templates (``{{cite web}}``, ``{{sfn}}``, ...) -> :class:`~warscribe.model.Citation`.

>>> c = citation_from_params("Cite news", [("last", "Diarra"), ("first", "Adama"),
...     ("title", "Rebels take Gao"), ("url", "https://example.org/gao"), ("work", "Reuters")])
>>> (c.kind, c.title, c.authors, c.container)
('cite news', 'Rebels take Gao', ('Adama Diarra',), 'Reuters')

Both the clean and the flattened wikitext readers turn a template into a name and its
parameters (positional ones named "1", "2", ...) and hand them here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warscribe.model import Citation

# Templates that cite a source; "cite ..." of any kind also does.
CITATION_NAMES = frozenset(
    {
        "citation", "cite", "sfn", "sfnp", "sfnm", "harvnb", "harv", "harvp", "harvtxt",
        "rp", "cite web", "cite news", "cite journal", "cite book", "cite report", "cite magazine",
        "cite press release", "cite av media", "cite encyclopedia", "cite conference", "cite thesis",
        "cite tweet", "cite interview", "cite episode", "cite map", "cite speech", "cite document",
        "cite periodical", "cite newsgroup", "cite arxiv", "cite techreport", "cite court",
        "cite video", "cite podcast", "cite mailing list", "cite sign", "cite serial", "cite q",
        "cite dictionary", "cite act", "cite legislation", "cite gazette", "cite patent",
        "webarchive", "wayback", "unhcr", "un document",
    }
)
WEAK_NAMES = frozenset({"sfn", "sfnp", "sfnm", "harvnb", "harv", "harvp", "harvtxt", "rp"})
# Hatnotes and other navigation templates: never prose, never a source.
HATNOTE_NAMES = frozenset(
    {
        "main", "main article", "further", "further information", "see also", "details", "for",
        "about", "redirect", "distinguish", "other uses", "broader", "also", "see", "hatnote",
        "main articles", "further2", "seealso", "for other uses", "self reference",
    }
)
_CONTAINER_KEYS = ("work", "newspaper", "website", "journal", "magazine", "periodical", "agency",
                   "encyclopedia", "publisher", "via")
_URL_KEYS = ("url", "chapter-url", "chapterurl", "contribution-url", "section-url", "archive-url")
_NUMBERED = re.compile(r"^(last|first|author|surname|given)[-_ ]?(\d*)$")


def template_kind(name: str) -> str:
    """Normalised template name: ``"Cite_Web "`` -> ``"cite web"``.

    >>> template_kind(" Cite_Web ")
    'cite web'
    """
    return " ".join(name.replace("_", " ").split()).lower()


def is_citation(name: str) -> bool:
    """Whether a template of this name cites a source.

    >>> is_citation("Cite journal"), is_citation("Further"), is_citation("citation")
    (True, False, True)
    """
    kind = template_kind(name)
    return kind in CITATION_NAMES or kind.startswith("cite ")


def is_hatnote(name: str) -> bool:
    """Whether a template of this name is a hatnote (``{{Main}}``, ``{{Further}}``, ...).

    >>> is_hatnote("See also"), is_hatnote("cite web")
    (True, False)
    """
    return template_kind(name) in HATNOTE_NAMES


def citation_from_params(
    name: str,
    params: Sequence[tuple[str, str]],
    *,
    start: int = -1,
    end: int = -1,
) -> Citation:
    """A :class:`Citation` from a template name and its ``(key, value)`` parameters, in order.

    >>> citation_from_params("sfn", [("1", "Lecocq"), ("2", "2010"), ("p", "45")]).pages
    '45'
    """
    kind = template_kind(name)
    clean = [(template_kind(k), " ".join(v.split())) for k, v in params]
    values: dict[str, str] = {}
    for key, value in clean:
        if value and key not in values:
            values[key] = value
    get = values.get
    if kind in WEAK_NAMES:
        positional = [v for k, v in clean if k.isdigit() and v]
        year = next((v for v in positional if re.fullmatch(r"\d{4}[a-z]?", v)), None)
        authors = tuple(v for v in positional if v != year)
        return Citation(
            kind=kind, date=year, authors=authors,
            pages=get("p") or get("pp") or get("page") or get("pages") or get("loc") or get("at"),
            params=tuple(params), start=start, end=end,
        )
    return Citation(
        kind=kind,
        title=get("title") or get("script-title") or get("trans-title") or get("chapter"),
        url=next((values[k] for k in _URL_KEYS[:-1] if k in values), None),
        archive_url=get("archive-url") or get("archiveurl"),
        date=get("date") or get("year") or get("publication-date"),
        access_date=get("access-date") or get("accessdate"),
        authors=_authors(clean),
        container=next((values[k] for k in _CONTAINER_KEYS if k in values), None),
        doi=get("doi"),
        isbn=get("isbn") or get("isbn13"),
        pages=get("pages") or get("page") or get("at") or get("pp") or get("p"),
        params=tuple(params),
        start=start,
        end=end,
    )


def _authors(params: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    """Authors in order from last/first, lastN/firstN, author, authorN (and surname/given)."""
    by_number: dict[int, dict[str, str]] = {}
    for key, value in params:
        m = _NUMBERED.match(key)
        if not m or not value:
            continue
        role = {"surname": "last", "given": "first"}.get(m.group(1), m.group(1))
        by_number.setdefault(int(m.group(2) or 1), {}).setdefault(role, value)
    out: list[str] = []
    for number in sorted(by_number):
        parts = by_number[number]
        if "author" in parts:
            out.append(parts["author"])
        elif "last" in parts:
            out.append(f"{parts['first']} {parts['last']}" if "first" in parts else parts["last"])
    for key in ("authors", "vauthors"):
        for value in (v for k, v in params if k == key and v):
            out.extend(a.strip() for a in value.split(",") if a.strip())
    return tuple(out)
