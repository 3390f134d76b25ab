"""Reading inputs: paths, directories, stdin; format detection; dispatch; failures.

>>> doc = parse_text("# Gao\\n\\nShelling hit [Gao](https://x.org/gao) on 3 May.", id="n1")
>>> doc.format, doc.sections[0].heading, doc.sentences[0].text
('markdown', 'Gao', 'Shelling hit Gao on 3 May.')
"""

from __future__ import annotations

import bz2
import dataclasses
import gzip
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from warscribe.errors import FormatError, InputError, WarscribeError
from warscribe.model import Document, Failure

FORMATS = ("text", "markdown", "wikitext", "flatwiki", "html", "jsonl", "json", "xmldump", "acled")
MAX_DOCUMENT_BYTES = 20_000_000  # one document above this is rejected rather than parsed
SIDECAR_SUFFIX = ".meta.json"
_MULTI = {"jsonl", "json", "xmldump", "acled"}  # formats holding many documents
_EXTENSIONS = {
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown",
    ".wiki": "wikitext", ".wikitext": "wikitext", ".mediawiki": "wikitext",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "acled",
}
_SNIFF_BYTES = 65536

OnError = Callable[[Failure], None]


def parse_text(text: str, *, id: str, format: str | None = None, title: str | None = None,
               url: str | None = None, date: str | None = None,
               meta: tuple[tuple[str, str], ...] = ()) -> Document:
    """Parse one document held in a string; ``format=None`` sniffs it from the content.

    >>> parse_text("Kidal\\n\\nThe rebels held the town.", id="t1").sections[0].heading
    'Kidal'

    Raises FormatError for multi-document formats (use :func:`read_documents`) and
    InputError for empty or oversized text.
    """
    if not text.strip():
        raise InputError(id, "empty document (no text)")
    if len(text) > MAX_DOCUMENT_BYTES:
        raise InputError(id, f"document of {len(text):,} characters is above the "
                             f"{MAX_DOCUMENT_BYTES:,} limit; split it")
    fmt = check_format(format, id) if format else sniff_format(text)
    if fmt in _MULTI:
        raise FormatError(id, f"{fmt} holds many documents: read it with read_documents")
    kw = {"id": id, "title": title, "url": url, "date": date}
    if fmt == "text":
        from warscribe.ingest.plain import parse_plain
        return parse_plain(text, meta=meta, **kw)
    if fmt == "markdown":
        from warscribe.ingest.plain import parse_markdown
        return parse_markdown(text, meta=meta, **kw)
    if fmt == "html":
        from warscribe.ingest.html import parse_html
        return parse_html(text, meta=meta, **kw)
    if fmt == "wikitext":
        parse = _reader("wikitext", "parse_wikitext", id)
    else:
        parse = _reader("flattened", "parse_flattened", id)
    doc = parse(text, **kw)
    return dataclasses.replace(doc, meta=doc.meta + meta) if meta else doc


def read_documents(inputs: str | os.PathLike | Iterable[str | os.PathLike], *,
                   format: str | None = None, on_error: OnError | None = None) -> Iterator[Document]:
    """Documents from files, directories (recursively) and ``"-"`` (stdin), one at a time.

    >>> list(read_documents([]))
    []

    Each bad file or JSONL line becomes a :class:`Failure` passed to ``on_error`` and
    the batch goes on. Files compressed with gzip or bzip2 (``.gz``, ``.bz2``, as Wikimedia
    ships its dumps) are decompressed on the fly. A ``FILE.meta.json`` sidecar (as ``warscribe fetch wiki`` writes)
    gives title, URL, date and provenance to ``FILE``.
    """
    fmt = check_format(format, "--format") if format else None
    for source in iter_sources(inputs):
        name = "stdin" if source == "-" else str(source)
        produced = 0
        try:
            for item in _read_source(source, fmt):
                produced += 1
                if isinstance(item, Failure):
                    if on_error:
                        on_error(item)
                else:
                    yield item
        except Exception as exc:  # noqa: BLE001 - one bad document never stops the batch
            produced += 1
            if on_error:
                on_error(failure_from(exc, name))
        if not produced and on_error:
            on_error(Failure(name, "no documents in it"))


def failure_from(exc: Exception, source: str) -> Failure:
    """The Failure recording ``exc`` for ``source`` (an InputError names its own source).

    >>> failure_from(InputError("a.jsonl:2", "invalid JSON"), "a.jsonl")
    Failure(source='a.jsonl:2', reason='invalid JSON', stage='ingest')
    >>> failure_from(KeyError("x"), "b.txt").reason
    "internal error: KeyError: 'x'"
    """
    if isinstance(exc, InputError):
        return Failure(exc.source, exc.reason)
    if isinstance(exc, WarscribeError):
        return Failure(source, str(exc))
    if isinstance(exc, OSError):
        return Failure(source, f"cannot be read: {exc.strerror or exc}")
    if isinstance(exc, UnicodeDecodeError):
        return Failure(source, f"invalid {exc.encoding.upper()} ({exc.reason}, byte 0x{exc.object[exc.start]:02x})")
    if isinstance(exc, EOFError):
        return Failure(source, f"cannot be decompressed: {exc}")
    if isinstance(exc, RecursionError):
        return Failure(source, "nested too deeply to be read")
    return Failure(source, f"internal error: {type(exc).__name__}: {exc}")


def iter_sources(inputs: str | os.PathLike | Iterable[str | os.PathLike]) -> Iterator[str | Path]:
    """Expand inputs: directories recursively (sorted, hidden entries and sidecars skipped).

    A missing path is yielded as is; reading it reports the failure.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    for item in inputs:
        if item == "-":
            yield "-"
            continue
        path = Path(item)
        if not path.is_dir():
            yield path
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and not name.endswith(SIDECAR_SUFFIX):
                    yield Path(root) / name


def check_format(format: str, source: str) -> str:
    """Validate a format name (``md`` and ``txt`` are accepted aliases)."""
    fmt = {"md": "markdown", "txt": "text", "wiki": "wikitext", "xml": "xmldump",
           "flattened": "flatwiki", "htm": "html"}.get(format.lower(), format.lower())
    if fmt not in FORMATS:
        raise FormatError(source, f"unknown format {format!r}; expected one of {', '.join(FORMATS)}")
    return fmt


def sniff_format(head: str, *, name: str | None = None) -> str:
    """The format of a document from its name (extension) and its first characters.

    >>> sniff_format("<!DOCTYPE html><html><body>x</body></html>"), sniff_format('{"id": 1, "text": "x"}')
    ('html', 'jsonl')
    >>> sniff_format("event_id_cnty,event_date,notes\\n", name="a.csv"), sniff_format("Plain words.")
    ('acled', 'text')
    """
    ext = Path(name).suffix.lower() if name else ""
    if ext in _EXTENSIONS and ext != ".csv":
        return _EXTENSIONS[ext]
    lead = head.lstrip("\ufeff \t\r\n")[:2000]
    low = lead.lower()
    if low.startswith("<mediawiki") or (low.startswith("<?xml") and "<mediawiki" in low):
        return "xmldump"
    if re.match(r"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]", low) or (
            low.startswith("<?xml") and "<html" in low):
        return "html"
    if low.startswith("<?xml") or ext == ".xml":
        return "xmldump"  # other XML: the dump reader names its root element
    first_line = lead.split("\n", 1)[0]
    if {"notes", "event_id_cnty"} <= {c.strip().strip('"') for c in first_line.split(",")}:
        return "acled"
    if lead.startswith("[") or re.match(r'\{\s*"documents"\s*:', lead):
        return "json"
    if lead.startswith("{") and _json_object_line(head):
        return "jsonl"
    if _looks("wikitext", "looks_wikitext", head):
        return "wikitext"
    if _looks("flattened", "looks_flattened", head):
        return "flatwiki"
    from warscribe.ingest.plain import looks_markdown
    return "markdown" if looks_markdown(head) else "text"


def _reader(module: str, func: str, source: str):
    """A reader function written in another module, imported when first needed."""
    try:
        mod = __import__(f"warscribe.ingest.{module}", fromlist=[func])
        return getattr(mod, func)
    except (ImportError, AttributeError) as exc:
        raise FormatError(source, f"the {module} reader is not available ({exc})") from exc


def _json_object_line(head: str) -> bool:
    line = head.lstrip("\ufeff \t\r\n").split("\n", 1)[0]
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return len(line) >= len(head.strip()) - 1 and '"text"' in line  # a line cut by the sniff


def _looks(module: str, func: str, head: str) -> bool:
    try:
        mod = __import__(f"warscribe.ingest.{module}", fromlist=[func])
    except ImportError:  # the wikitext readers are optional for detection
        return False
    return bool(getattr(mod, func)(head))


def decode(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM.

    >>> decode(b"Gao\\xff", "a.txt")
    Traceback (most recent call last):
    ...
    warscribe.errors.InputError: a.txt: invalid UTF-8 at byte offset 3 (line 1): byte 0xff
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(source, f"invalid UTF-16 at byte offset {exc.start}") from exc
    nul = data.find(b"\x00", 0, 8192)
    if nul >= 0:
        raise InputError(source, f"binary file (NUL byte at offset {nul}), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        offset = exc.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
        line = data.count(b"\n", 0, offset) + 1
        raise InputError(source, f"invalid UTF-8 at byte offset {offset} (line {line}): "
                                 f"byte 0x{data[offset]:02x}") from exc
    control = re.search(r"[\x01-\x08\x0e-\x1a\x1c-\x1f]{4,}", text[:8192])
    if control:
        raise InputError(source, f"binary file (control bytes at offset {control.start()}), not text")
    return text


def read_sidecar(path: Path) -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """Title/url/date and provenance meta from ``PATH.meta.json`` if it exists."""
    side = path.with_name(path.name + SIDECAR_SUFFIX)
    if not side.is_file():
        return {}, ()
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(side), f"unreadable sidecar: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(str(side), "sidecar is not a JSON object")
    fields = {k: str(data[k]) for k in ("title", "url") if data.get(k)}
    stamp = data.get("date") or data.get("timestamp")
    if stamp:
        fields["date"] = str(stamp)[:10]
    meta = tuple((str(k), str(v)) for k, v in data.items() if v is not None and k != "title")
    return fields, meta


def _read_source(source: str | Path, fmt: str | None) -> Iterator[Document | Failure]:
    if source == "-":
        yield from _read_stdin(fmt)
        return
    path = Path(source)
    name = str(source)
    if not path.exists():
        raise InputError(name, "no such file or directory")
    if not path.is_file():
        raise InputError(name, "not a regular file")
    compressed = _compression(path)
    with _open(path, compressed) as fh:
        head = _read_head(fh, name)
    inner = name[: -len(path.suffix)] if compressed and path.suffix.lower() in (".gz", ".bz2") else name
    fmt = fmt or _detect(head, inner)
    if fmt in ("jsonl", "xmldump"):
        from warscribe.ingest.jsonl import read_jsonl
        from warscribe.ingest.xmldump import read_xmldump
        with _open(path, compressed) as fh:
            yield from (read_jsonl if fmt == "jsonl" else read_xmldump)(fh, source=name)
        return
    if fmt == "acled":
        if compressed:
            raise FormatError(name, "decompress an ACLED CSV before reading it")
        _check_acled(head, name)
        yield from _reader("acled", "read_acled", name)(path)
        return
    if not head:
        raise InputError(name, "empty file")
    if fmt == "json":
        from warscribe.ingest.jsonl import read_json
        with _open(path, compressed) as fh:
            data = _read_head(fh, name, MAX_DOCUMENT_BYTES + 1)
        if len(data) > MAX_DOCUMENT_BYTES:
            raise InputError(name, f"JSON above {MAX_DOCUMENT_BYTES:,} bytes: write it as JSONL")
        yield from read_json(data, source=name)
        return
    size = path.stat().st_size
    if size > MAX_DOCUMENT_BYTES and not compressed:
        decode(head, name)  # a binary file is reported as such, not as too large
        raise InputError(name, f"file of {size:,} bytes is above the {MAX_DOCUMENT_BYTES:,}-byte "
                               "limit for one document; split it or use JSONL")
    with _open(path, compressed) as fh:
        data = _read_head(fh, name, MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputError(name, f"decompresses to more than the {MAX_DOCUMENT_BYTES:,}-byte limit "
                               "for one document")
    if fmt == "html":
        from warscribe.ingest.html import decode_html
        text = decode_html(data, name)
    else:
        text = decode(data, name)
    fields, meta = read_sidecar(path)
    yield parse_text(text, id=name, format=fmt, meta=(("source", name),) + meta, **fields)


def _compression(path: Path) -> str | None:
    with path.open("rb") as fh:
        magic = fh.read(3)
    if magic[:2] == b"\x1f\x8b":
        return "gzip"
    if magic == b"BZh":
        return "bz2"
    return None


def _open(path: Path, compressed: str | None) -> BinaryIO:
    """The file's bytes, decompressed on the fly for gzip and bzip2 (as Wikimedia ships dumps)."""
    if compressed == "gzip":
        return gzip.open(path, "rb")
    if compressed == "bz2":
        return bz2.open(path, "rb")
    return path.open("rb")


def _read_head(fh: BinaryIO, name: str, size: int = _SNIFF_BYTES) -> bytes:
    try:
        return fh.read(size)
    except (OSError, EOFError) as exc:  # a corrupt or truncated archive
        raise InputError(name, f"cannot be decompressed: {exc}") from exc


def _detect(head: bytes, name: str) -> str:
    ext = Path(name).suffix.lower()
    if ext in _EXTENSIONS:
        return _EXTENSIONS[ext]
    if not head:
        return "text"
    cut = _trim_utf8(head) if len(head) == _SNIFF_BYTES else head
    try:
        text = decode(cut, name)
    except InputError as exc:
        if not exc.reason.startswith("invalid UTF-8"):
            raise  # binary
        text = cut.decode("utf-8", "replace")  # the reader names the bad byte (or JSONL line)
    return sniff_format(text, name=name)


def _trim_utf8(head: bytes) -> bytes:
    """Cut a sniffed prefix at a character boundary so decoding it cannot fail falsely."""
    end = len(head)
    while end > 0 and end > len(head) - 4 and (head[end - 1] & 0xC0) == 0x80:
        end -= 1
    if end > 0 and head[end - 1] >= 0xC0:
        end -= 1
    return head[:end]


def _check_acled(head: bytes, name: str) -> None:
    first = head.split(b"\n", 1)[0].decode("utf-8-sig", "replace")
    columns = {c.strip().strip('"') for c in first.split(",")}
    if not {"notes", "event_id_cnty"} <= columns:
        raise FormatError(name, "CSV without ACLED's 'notes' and 'event_id_cnty' columns")


def _read_stdin(fmt: str | None) -> Iterator[Document | Failure]:
    stream = sys.stdin.buffer
    head = stream.read(_SNIFF_BYTES)
    fmt = fmt or (_detect(head, "stdin") if head else "text")
    if fmt == "jsonl":
        from warscribe.ingest.jsonl import read_jsonl
        yield from read_jsonl(_Prefixed(head, stream), source="stdin")
        return
    if fmt == "xmldump":  # e.g. bzcat enwiki-pages-articles.xml.bz2 | warscribe parse -
        from warscribe.ingest.xmldump import read_xmldump
        yield from read_xmldump(_Prefixed(head, stream), source="stdin")
        return
    if fmt == "acled":
        raise FormatError("stdin", "an ACLED CSV must be read from a file, not stdin")
    data = head + stream.read(MAX_DOCUMENT_BYTES + 1 - len(head))
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputError("stdin", f"more than {MAX_DOCUMENT_BYTES:,} bytes for one document")
    if not data:
        raise InputError("stdin", "empty input")
    if fmt == "json":
        from warscribe.ingest.jsonl import read_json
        yield from read_json(data, source="stdin")
        return
    yield parse_text(decode(data, "stdin"), id="stdin", format=fmt, meta=(("source", "stdin"),))


class _Prefixed:
    """A binary stream with already-read bytes put back in front (for stdin sniffing)."""

    def __init__(self, head: bytes, stream) -> None:
        self._head, self._stream = head, stream

    def readline(self, limit: int = -1) -> bytes:
        if self._head:
            cut = self._head.find(b"\n")
            end = len(self._head) if cut < 0 else cut + 1
            if 0 <= limit < end:
                end = limit
            line, self._head = self._head[:end], self._head[end:]
            if line.endswith(b"\n") or (0 <= limit <= len(line)):
                return line
            return line + self._stream.readline(-1 if limit < 0 else limit - len(line))
        return self._stream.readline(limit)

    def read(self, size: int = -1) -> bytes:
        if self._head and 0 <= size <= len(self._head):
            data, self._head = self._head[:size], self._head[size:]
            return data
        data, self._head = self._head, b""
        return data + self._stream.read(-1 if size < 0 else size - len(data))
