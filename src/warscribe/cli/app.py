"""The typer application and the error boundary shared by every command."""

from __future__ import annotations

import typer
from rich.console import Console

app = typer.Typer(
    name="warscribe",
    help="Turn narratives of armed conflict into a sourced, dated, geocoded event dataset.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
gazetteer_app = typer.Typer(help="Install and query the offline gazetteer.", no_args_is_help=True)
fetch_app = typer.Typer(help="Fetch documents from the web (Wikipedia).", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")
app.add_typer(fetch_app, name="fetch")

err_console = Console(stderr=True)
console = Console()
