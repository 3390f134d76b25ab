"""The offline gazetteer: GeoNames install/import, SQLite index, place matching,
disambiguation and reverse lookup.

>>> from warscribe.geo import Gazetteer, Geocoder
>>> geo = Geocoder(Gazetteer.default())
>>> [m.place.name for m in geo.locate(["MNLA fighters entered Kidal."])[0]]
['Kidal']
"""

from __future__ import annotations

from warscribe.geo.index import Gazetteer, Source, data_dir
from warscribe.geo.install import BASE_URL, ImportResult, import_dump, install
from warscribe.geo.resolve import Geocoder

__all__ = ["BASE_URL", "Gazetteer", "Geocoder", "ImportResult", "Source", "data_dir", "import_dump", "install"]
