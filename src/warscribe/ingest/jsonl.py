"""JSON Lines input: one document per line, streamed.

Each line is an object ``{"id", "text"}`` with optional ``"title"``, ``"url"``,
``"date"`` (publication date, ISO) and ``"format"`` (how to parse ``text``; sniffed
when absent). Other scalar keys go to ``Document.meta``. Blank lines are skipped.

>>> import io
>>> lines = io.BytesIO(b'{"id": "a", "text": "Gao was calm."}\\n{"id": "b"}\\n')
>>> [getattr(x, "id", None) or f"{x.source}: {x.reason}" for x in read_jsonl(lines, source="n.jsonl")]
['a', 'n.jsonl:2: missing "text" (a non-empty string)']
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import orjson

from warscribe.model import Document, Failure

_CHUNK = 1 << 20
_KNOWN = ("id", "text", "title", "url", "date", "format")


def read_jsonl(source_file: str | os.PathLike | BinaryIO, *, source: str,
               max_line_bytes: int | None = None) -> Iterator[Document | Failure]:
    """Documents (or Failures naming ``source:line``) of a JSONL file or binary stream.

    Lines longer than ``max_line_bytes`` (default: the one-document limit) are skipped
    without being held in memory.
    """
    from warscribe.ingest.reader import MAX_DOCUMENT_BYTES, failure_from

    limit = max_line_bytes or MAX_DOCUMENT_BYTES
    if isinstance(source_file, (str, os.PathLike)):
        with Path(source_file).open("rb") as fh:
            yield from _read(fh, source, limit)
    else:
        yield from _read(source_file, source, limit)


def _read(fh: BinaryIO, source: str, limit: int) -> Iterator[Document | Failure]:
    from warscribe.ingest.reader import failure_from

    lineno = 0
    seen_any = False
    while True:
        line = fh.readline(limit + 1)
        if not line:
            break
        lineno += 1
        where = f"{source}:{lineno}"
        if len(line) > limit and not line.endswith(b"\n"):
            skipped = len(line) + _skip_line(fh)
            yield Failure(where, f"line of {skipped:,} bytes is above the "
                                 f"{limit:,}-byte limit for one document; skipped")
            seen_any = True
            continue
        if not line.strip():
            continue
        seen_any = True
        try:
            doc = parse_record(line, source=where)
        except Exception as exc:  # noqa: BLE001 - one bad line never stops the file
            yield Failure(where, failure_from(exc, where).reason)
            continue
        yield doc
    if not seen_any:
        yield Failure(source, "empty JSONL file (no documents)")


def _skip_line(fh: BinaryIO) -> int:
    skipped = 0
    while True:
        chunk = fh.readline(_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def parse_record(line: bytes | str, *, source: str) -> Document:
    """One JSONL line to a Document; raises InputError/FormatError naming ``source``.

    >>> parse_record('{"id": 7, "text": "Mopti.", "date": "2019-03-02", "desk": "Bamako"}', source="x:1").meta
    (('source', 'x:1'), ('desk', 'Bamako'))
    """
    from warscribe.errors import FormatError
    from warscribe.ingest.reader import decode

    if isinstance(line, bytes):
        line = decode(line, source)
    try:
        data = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise FormatError(source, f"invalid JSON: {exc}") from exc
    return record_to_document(data, source=source)


def record_to_document(data: object, *, source: str) -> Document:
    """A decoded record ``{"id", "text", ...}`` to a Document (see :func:`parse_record`)."""
    from warscribe.errors import FormatError, InputError
    from warscribe.ingest.reader import check_format, parse_text

    if not isinstance(data, dict):
        raise FormatError(source, f"expected a JSON object, got {type(data).__name__}")
    doc_id, text = data.get("id"), data.get("text")
    if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool) or str(doc_id) == "":
        raise InputError(source, 'missing "id" (a string or an integer)')
    if not isinstance(text, str) or not text.strip():
        raise InputError(source, 'missing "text" (a non-empty string)')
    for key in ("title", "url", "date", "format"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise InputError(source, f'"{key}" must be a string, not {type(data[key]).__name__}')
    date = data.get("date") or None
    if date is not None:
        try:
            dt.date.fromisoformat(date[:10])
        except ValueError as exc:
            raise InputError(source, f'"date" {date!r} is not an ISO date (YYYY-MM-DD)') from exc
    fmt = check_format(data["format"], source) if data.get("format") else None
    extra = tuple((k, _scalar(v)) for k, v in data.items()
                  if k not in _KNOWN and v is not None and not isinstance(v, (dict, list)))
    return parse_text(text, id=str(doc_id), format=fmt, title=data.get("title") or None,
                      url=data.get("url") or None, date=date, meta=(("source", source),) + extra)


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def read_json(data: bytes, *, source: str) -> Iterator[Document | Failure]:
    """A whole JSON file: ``warscribe parse`` output (documents restored as they were, failures
    passed on), a list of records, or one record.

    >>> [d.id for d in read_json(b'[{"id": "a", "text": "Gao."}, {"id": "b", "text": "Ber."}]', source="x")]
    ['a', 'b']
    """
    from warscribe.errors import FormatError
    from warscribe.ingest.reader import decode, failure_from
    from warscribe.ingest.serialize import document_from_dict, failure_from_dict

    try:
        data = orjson.loads(decode(data, source))
    except orjson.JSONDecodeError as exc:
        raise FormatError(source, f"invalid JSON: {exc}") from exc
    if isinstance(data, dict) and isinstance(data.get("documents"), list):
        items = [(f"{source}:documents[{i}]", d) for i, d in enumerate(data["documents"])]
        for failure in data.get("failures") or ():
            if isinstance(failure, dict) and "source" in failure and "reason" in failure:
                yield failure_from_dict(failure)
    elif isinstance(data, list):
        items = [(f"{source}[{i}]", d) for i, d in enumerate(data)]
    elif isinstance(data, dict):
        items = [(source, data)]
    else:
        raise FormatError(source, f"expected JSON documents, got {type(data).__name__}")
    for where, item in items:
        try:
            if isinstance(item, dict) and "sentences" in item:
                yield document_from_dict(item, source=where)
            else:
                yield record_to_document(item, source=where)
        except Exception as exc:  # noqa: BLE001 - one bad item never stops the file
            yield Failure(where, failure_from(exc, where).reason)
