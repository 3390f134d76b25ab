"""Documents to JSON-ready dicts and back: the ``warscribe parse`` output format.

>>> from warscribe.model import Document, Sentence
>>> doc = Document(id="d1", text="Gao fell.", format="text", sentences=(Sentence("Gao fell.", 0, 9),))
>>> data = document_to_dict(doc)
>>> data["sentences"][0]["text"], data["sentences"][0]["end"]
('Gao fell.', 9)
>>> document_from_dict(data) == doc
True
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from warscribe.errors import FormatError
from warscribe.model import Citation, DateSpan, Document, Failure, Section, Sentence

_CITATION_FIELDS = ("kind", "title", "url", "archive_url", "date", "access_date", "container",
                    "doi", "isbn", "pages")


def span_to_dict(span: DateSpan | None) -> dict[str, Any] | None:
    """``{"start", "end", "precision", "text"}`` with ISO dates, or None."""
    if span is None:
        return None
    return {"start": span.start.isoformat(), "end": span.end.isoformat(),
            "precision": span.precision, "text": span.text}


def span_from_dict(data: dict[str, Any] | None) -> DateSpan | None:
    """Inverse of :func:`span_to_dict`."""
    if data is None:
        return None
    return DateSpan(dt.date.fromisoformat(data["start"]), dt.date.fromisoformat(data["end"]),
                    precision=int(data["precision"]), text=data.get("text", ""))


def citation_to_dict(cit: Citation) -> dict[str, Any]:
    """A citation as a dict; ``params`` become a list of ``[name, value]`` pairs."""
    data: dict[str, Any] = {name: getattr(cit, name) for name in _CITATION_FIELDS}
    data["authors"] = list(cit.authors)
    data["params"] = [list(pair) for pair in cit.params]
    data["start"], data["end"] = cit.start, cit.end
    return data


def citation_from_dict(data: dict[str, Any]) -> Citation:
    """Inverse of :func:`citation_to_dict`."""
    return Citation(
        **{name: data.get(name) for name in _CITATION_FIELDS},
        authors=tuple(data.get("authors") or ()),
        params=tuple((str(k), str(v)) for k, v in data.get("params") or ()),
        start=int(data.get("start", -1)),
        end=int(data.get("end", -1)),
    )


def document_to_dict(doc: Document, *, include_text: bool = True) -> dict[str, Any]:
    """A document as plain JSON types (sections, sentences, citations, meta).

    ``include_text=False`` leaves out the full text (offsets then point into a text
    the reader must get elsewhere); :func:`document_from_dict` needs it.
    """
    data: dict[str, Any] = {
        "id": doc.id, "title": doc.title, "url": doc.url, "date": doc.date, "format": doc.format,
        "sections": [
            {"heading": s.heading, "level": s.level, "start": s.start, "end": s.end,
             "date_context": span_to_dict(s.date_context)}
            for s in doc.sections
        ],
        "sentences": [
            {"text": s.text, "start": s.start, "end": s.end, "section": s.section,
             "citations": list(s.citations), "paragraph": s.paragraph}
            for s in doc.sentences
        ],
        "citations": [citation_to_dict(c) for c in doc.citations],
        "meta": dict(doc.meta),
    }
    if include_text:
        data["text"] = doc.text
    return data


def document_from_dict(data: dict[str, Any], *, source: str = "<dict>") -> Document:
    """Inverse of :func:`document_to_dict`; raises FormatError naming ``source``."""
    try:
        return Document(
            id=str(data["id"]),
            text=data["text"],
            format=data.get("format") or "text",
            title=data.get("title"),
            url=data.get("url"),
            date=data.get("date"),
            sections=tuple(
                Section(s["heading"], int(s["level"]), int(s["start"]), int(s["end"]),
                        date_context=span_from_dict(s.get("date_context")))
                for s in data.get("sections") or ()
            ),
            sentences=tuple(
                Sentence(s["text"], int(s["start"]), int(s["end"]), section=int(s.get("section", -1)),
                         citations=tuple(int(i) for i in s.get("citations") or ()),
                         paragraph=int(s.get("paragraph", 0)))
                for s in data.get("sentences") or ()
            ),
            citations=tuple(citation_from_dict(c) for c in data.get("citations") or ()),
            meta=tuple((str(k), str(v)) for k, v in (data.get("meta") or {}).items()),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise FormatError(source, f"not a serialized document ({type(exc).__name__}: {exc})") from exc


def failure_to_dict(failure: Failure) -> dict[str, str]:
    """``{"source", "reason", "stage"}``."""
    return {"source": failure.source, "reason": failure.reason, "stage": failure.stage}


def failure_from_dict(data: dict[str, Any]) -> Failure:
    """Inverse of :func:`failure_to_dict`."""
    return Failure(str(data["source"]), str(data["reason"]), stage=str(data.get("stage", "ingest")))
