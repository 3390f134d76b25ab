"""What the benchmark scripts share: the project root, the ``shared`` data folder, the source path.

``SHARED`` is ``$WARSCRIBE_SHARED`` or the ``shared`` folder beside the project. Importing this
module puts ``src/`` first on ``sys.path`` so the scripts run from a plain checkout.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARSCRIBE_SHARED", ROOT.parent / "shared"))
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

# A note's sentences, for the geocoder benchmarks (which skip the ingest stage on purpose).
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")

ACLED_CSV = SHARED / "acled" / "mali-2012-2018.csv"


def acled_parser(description: str | None):
    """The arguments the per-stage ACLED evaluations share: the CSV (default ``ACLED_CSV``) and --show N."""
    import argparse

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("csv", nargs="?", type=Path, default=ACLED_CSV)
    parser.add_argument("--show", type=int, default=0, help="print this many disagreements")
    return parser


def acled_rows(path: Path) -> list[dict]:
    """The rows of an ACLED CSV, read in place."""
    import csv

    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))
