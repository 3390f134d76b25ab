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

__all__ = [
    "Actor", "ActorMention", "Citation", "DateSpan", "Document", "Event", "Evidence",
    "ExtractResult", "Failure", "Place", "PlaceMention", "Section", "Sentence", "Statistic",
    "WarscribeError", "__version__",
]
