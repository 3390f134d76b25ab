"""The ``warscribe`` command: a thin layer that parses arguments and calls the library.

Library errors (:class:`warscribe.errors.WarscribeError`) reach the user as one red
line on stderr and exit status 1.
"""

from __future__ import annotations

import sys

from warscribe.cli.app import app, err_console
from warscribe.errors import WarscribeError

# Each module registers its commands on ``app`` when imported.
from warscribe.cli import parse as _parse  # noqa: F401,E402
from warscribe.cli import fetch as _fetch  # noqa: F401,E402
from warscribe.cli import gazetteer as _gazetteer  # noqa: F401,E402
from warscribe.cli import extract as _extract  # noqa: F401,E402
from warscribe.cli import evaluate as _evaluate  # noqa: F401,E402


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``warscribe`` console script."""
    try:
        app(args=argv, standalone_mode=True)
    except WarscribeError as exc:
        err_console.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
        sys.exit(1)


__all__ = ["app", "main"]
