"""Which place of a short report is the event's: :func:`pick_event_place`.

>>> from warscribe.geo.index import Gazetteer
>>> from warscribe.geo.resolve import Geocoder
>>> geo = Geocoder(Gazetteer.default())
>>> text = ["Rebels came from Kidal and attacked Gao."]
>>> pick_event_place(text, geo.locate(text)).text
'Gao'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from warscribe.geo import context as ctx
from warscribe.geo.reverse import haversine_km
from warscribe.model import PlaceMention

REF_KM = 60.0  # "X, near Y" with X farther than this from Y: X is some other place of that name


def pick_event_place(sentences: Sequence[str], mentions: list[list[PlaceMention]], *,
                     country: str | None = None) -> PlaceMention | None:
    """The mention most likely to be where a short report's event happened.

    A place the text states as the coded location ("coded as X") first; places given as
    a reference for the place before them ("X, commune of Y") last; then towns and
    "near a town" before regions and countries; then places not introduced by
    "from"/"to"/"towards"; then the most precise; then one introduced by "in"/"at"/"against"
    over none; then the first. A quarter of a town ("X quarter of Y") gives way to the town.
    Places outside ``country`` (default: the country most of the mentions lie in) come after
    all others.
    """
    best, best_key = None, None
    order = 0
    # a report's event lies in its own country: places abroad ("flown to Dakar") come last
    home = Counter(m.place.country_code for row in mentions for m in row
                   if m.place is not None and m.relation != "country").most_common(1)
    home_code = country or (home[0][0] if home else "")
    for text, row in zip(sentences, mentions):
        previous_end = 0
        previous = None
        for k, m in enumerate(row):
            window_start = max(previous_end, m.start - 60)
            if m.relation != "country":  # "Mali's capital Bamako": look past the country
                previous_end = m.end
            if m.place is None:
                continue
            m = _referenced(text, row, m)
            cue = ctx.event_cue(text[window_start:m.start], text[m.end:m.end + 30])
            if m.relation == "between" and previous is not None and previous.relation == "between":
                cue = 3  # the second place of "between X and Y"
            previous = m
            # a town given only as reference for the place before it ("X, commune of Y"),
            # a region or country, or a start or destination, come after the place itself
            key = (m.place.country_code != home_code, not m.stated, _is_reference(text, row, k),
                   m.geo_precision == 3, cue >= 2, m.geo_precision, cue, order)
            order += 1
            if best_key is None or key < best_key:
                best, best_key = m, key
    return best

def _referenced(text: str, row: list[PlaceMention], m: PlaceMention) -> PlaceMention:
    """"X, near Y" / "X village in the Y area": X, unless X is only a guess or lies far from
    Y (a hamlet GeoNames places elsewhere): then Y, the town the text gives as reference."""
    k = row.index(m)
    if k + 1 >= len(row) or m.relation:
        return m
    ref = row[k + 1]
    if ref.place is None or ref.relation not in ("near", "outside", "area"):
        return m
    gap = text[m.end:ref.start]
    stated = ctx.distance_gap(gap)
    if stated is not None:
        # "Garnati, 50 km east of Niafunke": Garnati if the place we found for it lies about
        # that far from Niafunke, else another Garnati and ACLED codes Niafunke (precision 2)
        d = haversine_km(m.latitude, m.longitude, ref.latitude, ref.longitude)
        return m if m.confidence >= 0.9 and 0.4 * stated - 5 <= d <= 1.6 * stated + 15 else replace(ref, start=m.start)
    if not ctx.is_qualifier_gap(gap):
        return m
    far = haversine_km(m.latitude, m.longitude, ref.latitude, ref.longitude) > REF_KM
    return replace(ref, start=m.start) if far or m.confidence < 0.9 else m


def _is_reference(text: str, row: list[PlaceMention], k: int) -> bool:
    """Whether mention ``k`` only qualifies the resolved place just before it ("X, near Y")."""
    if k == 0:
        return False
    before = row[k - 1]
    return before.place is not None and before.relation not in ("country", "course") \
        and ctx.is_qualifier_gap(text[before.end:row[k].start])
