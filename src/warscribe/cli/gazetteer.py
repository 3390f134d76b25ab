"""CLI: gazetteer commands (registered on import)."""

from __future__ import annotations

from warscribe.cli.app import app  # noqa: F401
