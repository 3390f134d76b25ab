"""The warscribe error hierarchy.

Every error the library raises on purpose derives from :class:`WarscribeError`;
the CLI turns any of them into one red line and exit status 1.

>>> try:
...     raise InputError("notes.jsonl:3", "invalid JSON")
... except WarscribeError as exc:
...     str(exc)
'notes.jsonl:3: invalid JSON'
"""

from __future__ import annotations


class WarscribeError(Exception):
    """Base class of every error warscribe raises on purpose."""


class InputError(WarscribeError):
    """A document (a file, a JSONL line, stdin) cannot be read or parsed.

    ``source`` names the file (and line, as ``path:line``); ``reason`` says what is wrong.
    """

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class FormatError(InputError):
    """The input is not in the format it claims or that was asked for."""


class FetchError(WarscribeError):
    """A remote resource (Wikipedia, GeoNames) could not be fetched."""


class GazetteerError(WarscribeError):
    """The gazetteer cannot be built, opened or queried."""


class DownloadError(GazetteerError, FetchError):
    """A gazetteer download failed: network, size or integrity check."""


class ExportError(WarscribeError):
    """Events cannot be written in the requested format."""


class EvaluationError(WarscribeError):
    """A gold or prediction file cannot be read for evaluation."""


class StoreError(WarscribeError):
    """The event store cannot be opened, written or queried."""
