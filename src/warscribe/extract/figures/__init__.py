"""Casualty and aggregate figures: :func:`find_casualties` and :func:`find_statistics`.

>>> find_casualties("Rebels ambushed a convoy, killing 5 soldiers; 3 attackers also died.").killed
8
"""

from __future__ import annotations

from warscribe.extract.figures.casualties import find_casualties
from warscribe.extract.figures.quantities import VAGUE_COUNTS, Quantity, parse_quantity
from warscribe.extract.figures.statistics import aggregate_marker, find_statistics
from warscribe.model import Casualties, CasualtyFigure

__all__ = [
    "Casualties", "CasualtyFigure", "Quantity", "VAGUE_COUNTS", "aggregate_marker",
    "find_casualties", "find_statistics", "parse_quantity",
]
