"""CLI: ``warscribe fetch wiki`` (registered on import).

    warscribe fetch wiki "Mali War" --out corpus/Mali_War.wiki
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from warscribe.cli.app import err_console, fetch_app


@fetch_app.command("wiki")
def fetch_wiki(
    title: str = typer.Argument(..., help="Page title, e.g. 'Mali War'."),
    out: Optional[Path] = typer.Option(None, "--out", "-o",
                                       help="Wikitext file to write (default: TITLE.wiki here)."),
    lang: str = typer.Option("en", "--lang", help="Wikipedia language edition."),
    api_url: Optional[str] = typer.Option(None, "--api-url",
                                          help="MediaWiki API endpoint (default: LANG.wikipedia.org)."),
    timeout: float = typer.Option(30.0, "--timeout", help="Seconds per request."),
    retries: int = typer.Option(3, "--retries", help="Retries on timeouts and server errors."),
) -> None:
    """Fetch the current wikitext of a page, with a FILE.meta.json provenance sidecar.

    `warscribe parse FILE` then carries the page title, revision URL and date.
    """
    from warscribe.errors import FetchError
    from warscribe.ingest.fetch import default_filename, fetch_wikitext, save_page

    try:
        page = fetch_wikitext(title, lang=lang, api_url=api_url, timeout=timeout, retries=retries)
    except FetchError as exc:
        err_console.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from exc
    text_path, meta_path = save_page(page, out or Path(default_filename(page.title)))
    redirected = f" (redirected from {escape(title)})" if page.title != title else ""
    err_console.print(f"{escape(page.title)}{redirected}: revision {page.revid} of {page.timestamp}, "
                      f"{len(page.wikitext):,} characters -> {escape(str(text_path))} "
                      f"+ {escape(meta_path.name)}", highlight=False, soft_wrap=True)
