"""warscribe: conflict narratives in, sourced ACLED-style event data out.

The Python API returns the same objects the CLI writes::

    import warscribe
    docs = warscribe.parse(["article.wiki"])          # ingest: structured documents
    result = warscribe.extract(["article.wiki"])      # events, statistics, failures
"""

from __future__ import annotations

import types as _types

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


class _ExtractPackage(_types.ModuleType):
    """``warscribe.extract`` is both the subpackage and a function: ``warscribe.extract(["a.wiki"])``."""

    def __call__(self, inputs, *, gazetteer=None, format=None, on_error=None, progress=None) -> ExtractResult:
        """Events, statistics and failures of ``inputs``: see :func:`warscribe.extract.pipeline.extract`."""
        from warscribe.extract.pipeline import extract as run

        return run(inputs, gazetteer=gazetteer, format=format, on_error=on_error, progress=progress)


import warscribe.extract as extract  # noqa: E402  (a light package: its modules load on use)

extract.__class__ = _ExtractPackage

__all__ = [
    "Actor", "ActorMention", "Citation", "DateSpan", "Document", "Event", "Evidence",
    "ExtractResult", "Failure", "Place", "PlaceMention", "Section", "Sentence", "Statistic",
    "WarscribeError", "__version__", "parse", "extract",
]
