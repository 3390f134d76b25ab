"""Places of every sentence of a document, through engineer C's geocoder.

>>> from warscribe.geo.index import Gazetteer
>>> from warscribe.model import Sentence
>>> [[p.place.name for p in ps] for ps in locate_all(Gazetteer.default(), [Sentence("Rebels took Gao.", 0, 16)])]
[['Gao']]

When :class:`warscribe.geo.Geocoder` is not installed, a plain lookup of capitalised
names stands in (no disambiguation by context), so extraction still runs.
"""

from __future__ import annotations

import re

from warscribe.model import PlaceMention, Sentence

try:
    from warscribe.geo import Geocoder as _Geocoder
except (ImportError, SyntaxError):  # pragma: no cover - depends on the checkout
    _Geocoder = None

_NAME = re.compile(r"\b[A-Z\u00c0-\u00de][\w'’-]+(?:[ -][A-Z\u00c0-\u00de][\w'’-]+)?")


def geocoder_for(gazetteer):
    """C's geocoder over ``gazetteer`` (it keeps ``warnings``), or None when not installed."""
    return _Geocoder(gazetteer) if _Geocoder is not None else None


def locate_all(gazetteer, sentences: list[Sentence] | tuple[Sentence, ...], *, country: str | None = None,
               geocoder=None, title: str = "") -> list[list[PlaceMention]]:
    """One list of :class:`PlaceMention` per sentence (offsets relative to the sentence text);
    ``title``, the document's, helps tell which country it is about."""
    if not sentences:
        return []
    geocoder = geocoder or geocoder_for(gazetteer)
    if geocoder is not None:
        return [list(ps) for ps in geocoder.locate([s.text for s in sentences], country=country,
                                                   paragraphs=[s.paragraph for s in sentences], title=title)]
    return [_lookup(gazetteer, s.text, country) for s in sentences]


def _lookup(gazetteer, text: str, country: str | None) -> list[PlaceMention]:
    out = []
    for m in _NAME.finditer(text):
        if m.start() == 0:
            continue  # sentence-initial capitals are mostly not names
        found = gazetteer.lookup(m.group(0), country=country)
        if found:
            out.append(PlaceMention(m.group(0), m.start(), m.end(), found[0], confidence=0.5))
    return out
