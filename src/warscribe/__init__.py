"""warscribe: conflict narratives in, sourced ACLED-style event data out.

The Python API returns the same objects the CLI writes::

    import warscribe
    docs = warscribe.parse(["article.wiki"])          # ingest: structured documents
    result = warscribe.extract(["article.wiki"])      # events, statistics, failures
"""

from __future__ import annotations

from warscribe.errors import WarscribeError
from warscribe.model import (
    Actor,
    ActorMention,
    Citation,
    DateSpan,
    Document,
    Event,
    Evidence,
    ExtractResult,
    Failure,
    Place,
    PlaceMention,
    Section,
    Sentence,
    Statistic,
)

__version__ = "0.1.0"


def parse(inputs, **kw) -> list[Document]:
    """Documents read from paths, directories or "-" (see ``warscribe.ingest.read_documents``).

    >>> parse([])
    []
    """
    from warscribe.ingest import read_documents

    return list(read_documents(inputs, **kw))

# Load the (light) subpackage first so that later imports of its modules leave this name alone.
import warscribe.extract as _extract_package  # noqa: E402,F401


def extract(inputs, *, gazetteer=None, format=None, on_error=None, progress=None) -> ExtractResult:
    """Events, statistics and failures of ``inputs``: see :func:`warscribe.extract.pipeline.extract`."""
    from warscribe.extract.pipeline import extract as _extract

    return _extract(inputs, gazetteer=gazetteer, format=format, on_error=on_error, progress=progress)

__all__ = [
    "Actor", "ActorMention", "Citation", "DateSpan", "Document", "Event", "Evidence",
    "ExtractResult", "Failure", "Place", "PlaceMention", "Section", "Sentence", "Statistic",
    "WarscribeError", "__version__", "parse", "extract",
]
