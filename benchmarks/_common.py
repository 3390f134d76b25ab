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
