"""Ingest: documents from text, Markdown, wikitext, HTML, JSONL, XML dumps and ACLED CSVs.

>>> from warscribe.ingest import parse_text
>>> doc = parse_text("Timbuktu\\n\\nThe town was shelled. Nobody was hurt.", id="demo")
>>> doc.format, doc.sections[0].heading, len(doc.sentences)
('text', 'Timbuktu', 2)

``read_documents(inputs, format=None, on_error=None)`` streams many inputs; each bad file
or line becomes a :class:`warscribe.model.Failure` handed to ``on_error``.
"""

from __future__ import annotations

from warscribe.ingest.reader import (
    FORMATS,
    MAX_DOCUMENT_BYTES,
    iter_sources,
    parse_text,
    read_documents,
    sniff_format,
)
from warscribe.ingest.serialize import document_from_dict, document_to_dict

__all__ = [
    "FORMATS", "MAX_DOCUMENT_BYTES", "document_from_dict", "document_to_dict", "iter_sources",
    "parse_text", "read_documents", "sniff_format",
]
