"""CLI: ``warscribe parse`` (registered on import).

    warscribe parse article.wiki notes.jsonl pages/ --out parsed.json
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO, Optional

import orjson
import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from warscribe.cli.app import app, err_console
from warscribe.errors import FormatError
from warscribe.model import Failure


@app.command("parse")
def parse_command(
    inputs: list[str] = typer.Argument(..., help="Files, directories (read recursively) or - for stdin."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the JSON here (default: stdout)."),
    format: Optional[str] = typer.Option(
        None, "--format", "-f",
        help="text, markdown, wikitext, flatwiki, html, jsonl, json, xmldump or acled "
             "(default: detected; json reads this command's own output back)."),
) -> None:
    """Parse documents into sections, sentences and citations, as JSON.

    Writes {"documents": [...], "failures": [...]}; each failure is also one red line on
    stderr. Exit status 0 when at least one document was parsed, 1 otherwise.
    """
    from warscribe.ingest import iter_sources, read_documents
    from warscribe.ingest.reader import check_format
    from warscribe.ingest.serialize import document_to_dict, failure_to_dict

    if format:
        try:
            format = check_format(format, "--format")
        except FormatError as exc:
            raise typer.BadParameter(exc.reason, param_hint="--format") from exc
    sources = list(iter_sources(inputs))
    failures: list[Failure] = []

    def on_error(failure: Failure) -> None:
        failures.append(failure)
        err_console.print(f"[red]{escape(failure.source)}: {escape(failure.reason)}[/]",
                          soft_wrap=True, highlight=False)

    count = 0
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
    sink: IO[bytes] = out.open("wb") if out else sys.stdout.buffer if _has_buffer() else _TextSink()
    try:
        sink.write(b'{"documents": [')
        with _progress(len(sources)) as progress:
            task = progress.add_task("parsing", total=len(sources))
            for source in sources:
                for doc in read_documents([source], format=format, on_error=on_error):
                    sink.write(b",\n" if count else b"\n")
                    sink.write(orjson.dumps(document_to_dict(doc)))
                    count += 1
                progress.advance(task)
        sink.write(b'\n], "failures": ')
        sink.write(orjson.dumps([failure_to_dict(f) for f in failures], option=orjson.OPT_INDENT_2))
        sink.write(b"}\n")
    finally:
        if out:
            sink.close()
        else:
            sink.flush()
    if out:
        err_console.print(f"{count} document(s), {len(failures)} failure(s) -> {escape(str(out))}",
                          highlight=False)
    if count == 0:
        raise typer.Exit(1)


def _progress(total: int) -> Progress:
    return Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                    MofNCompleteColumn(), TimeElapsedColumn(), console=err_console,
                    transient=True, disable=total < 2 or not err_console.is_terminal)


def _has_buffer() -> bool:
    return hasattr(sys.stdout, "buffer")


class _TextSink:
    """Bytes written to a text-only stdout (as under some test runners)."""

    def write(self, data: bytes) -> None:
        sys.stdout.write(data.decode("utf-8"))

    def flush(self) -> None:
        sys.stdout.flush()
