"""Export events to CSV (ACLED's columns first), JSONL, GeoJSON and Parquet, and read them back.

>>> from warscribe.export import write_events, read_events, COLUMNS
>>> COLUMNS[-1]
'confidence'
"""

from __future__ import annotations

from warscribe.export.readers import read_events, read_statistics
from warscribe.export.records import COLUMNS, event_from_record, event_to_record
from warscribe.export.writers import detect_format, write_events, write_statistics

__all__ = [
    "COLUMNS",
    "detect_format",
    "event_from_record",
    "event_to_record",
    "read_events",
    "read_statistics",
    "write_events",
    "write_statistics",
]
