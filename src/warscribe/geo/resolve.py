"""The Geocoder: place mentions of a document, disambiguated with the whole document's context.

>>> from warscribe.geo.index import Gazetteer
>>> geo = Geocoder(Gazetteer.default())
>>> [(m.text, m.place.name, m.geo_precision) for m in geo.locate(["Clashes near Gao."])[0]]
[('Gao', 'Gao', 2)]
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from operator import itemgetter

from warscribe.errors import GazetteerError
from warscribe.geo import context as ctx
from warscribe.geo.fold import fold
from warscribe.geo.index import CODE_RANK, Gazetteer
from warscribe.geo.match import Match, Matcher, capitals, has_strong_cue
from warscribe.geo.pick import pick_event_place
from warscribe.geo.reverse import haversine_km
from warscribe.model import Place, PlaceMention

log = logging.getLogger("warscribe.geo")
# GeoNames ids below this come from its original gazetteer imports; later ids are mostly
# user additions (often hamlets that share a town's name): a tie-breaker only.
OLD_IDS = 5_000_000
KM_PER_DEGREE = 111.2
BIG_CITY = 1_000_000  # people: a city known without its country being named
QUALIFIER_KM = 150.0  # "X, Y" with X this far from Y's town: some other X (GeoNames' admin names lag)


@dataclass(slots=True)
class _Slot:
    """A match being resolved (mutable scratch; the output is a frozen PlaceMention)."""

    sentence: int
    match: Match
    paragraph: int
    relation: str = ""
    hint: str = ""
    qualifier: str = ""  # folded admin1 name the text attaches to this name
    ref: _Slot | None = None  # a nearby place the text gives as reference ("X, near Y")
    qualified_by: _Slot | None = None  # the mention that gave ``qualifier`` ("Douna, Mopti")
    stated: bool = False  # "(coded as X at geoprecision 2)": the text gives X as the event's place
    choice: int | None = None
    confidence: float = 0.0
    point: tuple[float, float] | None = None
    scores: list[tuple[float, int]] = field(default_factory=list)


_CROWD = [min(1.0, math.log1p(n) / math.log1p(30)) for n in range(31)]
_AROUND = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)]


def _flat_km(lat: float, lon: float, points: list[tuple[float, float]]) -> float:
    """Distance in km to the nearest of ``points``, on the local flat-earth approximation
    (within 0.5% of the great circle over a few hundred km, which is all a weight needs)."""
    scale = math.cos(math.radians(lat))
    return KM_PER_DEGREE * math.sqrt(min((la - lat) ** 2 + ((lo - lon) * scale) ** 2 for la, lo in points))


def _cell(p: Place) -> tuple[int, int]:
    return int(math.floor(p.latitude * 2)), int(math.floor(p.longitude * 2))


class Geocoder:
    """Finds and resolves place mentions with a :class:`Gazetteer`.

    ``warnings`` collects (once per country) the advice to install a country dump when a
    text's places are mostly missing from the gazetteer. Reuse one Geocoder for a batch: it
    remembers the places it resolved confidently (``remember``) and prefers them, and places
    near them, for names that are ambiguous later in the batch.
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *, fuzzy: bool = True, remember: bool = True) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.open()
        if self.gazetteer.matcher is None:  # built once per gazetteer, shared by its geocoders
            self.gazetteer.matcher = Matcher(self.gazetteer)
        self.matcher = self.gazetteer.matcher
        self.fuzzy = fuzzy
        self.warnings: list[str] = []
        # One sense per batch: places resolved confidently before are preferred for a name that
        # is ambiguous later ("Kona" after "Konna" in earlier notes).
        self.remember = remember
        self.memory: Counter[int] = Counter()
        self.density: Counter[tuple[int, int]] = Counter()  # confident places per half-degree cell
        # up to 1 point per cell where the batch's confident places crowd (its conflict zone):
        # log(1 + n) / log(31) for n confident places in the half-degree cell and the 8 around
        self._crowd: dict[tuple[int, int], float] = {}
        self._around: Counter[tuple[int, int]] = Counter()  # confident places in the 3x3 cells around
        self._static: dict[int, tuple] = {}  # the score parts that depend on the place alone
        self._warned: set[str] = set()
        self._kinds: dict[tuple, str] = {}  # candidates -> _name_kind()
        self._installed = {source.country for source in self.gazetteer.sources}  # countries the user chose
        self.last_focus: str | None = None  # the focus country of the last text located
        self._shares: dict[tuple, tuple] = {}  # candidates -> their countries' votes (see _focus)

    # -- public ------------------------------------------------------------------
    def locate(self, sentences: Sequence[str], *, country: str | None = None,
               paragraphs: Sequence[int] | None = None, title: str = "") -> list[list[PlaceMention]]:
        """Place mentions of each sentence (offsets relative to it), resolved with the document.

        ``country``: the document's focus country if known (else guessed from its names, a
        country in ``title`` counting three times); ``paragraphs``: paragraph number of each
        sentence (nearby places help each other).
        """
        paras = list(paragraphs) if paragraphs is not None else list(range(len(sentences)))
        if len(paras) != len(sentences):
            raise GazetteerError(f"locate: {len(sentences)} sentences but {len(paras)} paragraph numbers")
        matcher = self.matcher
        matches = [matcher.scan(text) for text in sentences]
        for i, text in enumerate(sentences):  # "the Niger River" is no country
            if any(m.country for m in matches[i]) and "iver" in text:
                matches[i] = [m for m in matches[i] if not (m.country and ctx.names_a_river(text, m.start, m.end))]
        focus = self.last_focus = country or self._focus(matches, title=title)
        if self.fuzzy and focus:
            words = [capitals(text) for text in sentences]  # read once for both passes
            known: dict[str, str] = {}  # a variant accepted once is accepted without a cue after
            for second in (False, True):  # the second pass only looks for variants accepted later
                for i, text in enumerate(sentences):
                    extra = matcher.fuzzy(text, country=focus, taken=matches[i], known=known, only_known=second,
                                          words=words[i])
                    if extra:
                        matches[i] = sorted(matches[i] + extra, key=lambda m: m.start)
                        known.update((fold(m.text), m.key) for m in extra)
                if not known:
                    break
        slots = [[_Slot(i, m, paras[i]) for m in ms] for i, ms in enumerate(matches)]
        for i, text in enumerate(sentences):
            self._read_context(text, slots[i])
        flat = [s for row in slots for s in row]
        for slot in flat:
            self._score(slot, focus, anchors=None)
        anchors = self._anchors(flat)
        # regions the document names ("in the Mopti region") favour their places everywhere in it
        anchors["regions"] = {fold(self.gazetteer.places[s.choice].admin1) for s in flat
                              if s.relation == "region" and s.choice is not None}
        regions = anchors["regions"]
        for slot in flat:
            # the second pass adds what the document around says; without any, it changes nothing
            if len(slot.scores) > 1 and (regions or slot.ref is not None or len(anchors["doc"]) > 1
                                         or (anchors["doc"] and anchors["doc"][0][0] != id(slot))):
                self._score(slot, focus, anchors=anchors)
        self._agree(flat)
        named = {m.country for row in matches for m in row if m.country}
        if named:  # a text that names no country gives no ground to doubt a place abroad
            self._abroad(flat, named | {focus} | self._installed)
        self._qualifiers(flat)
        for i, text in enumerate(sentences):
            self._between(text, slots[i])
        out = [[self._mention(s) for s in row] for row in slots]
        unresolved, weak = self._unresolved(sentences, matches, focus=focus)
        for i, spans in enumerate(unresolved):
            for start, end in spans:
                out[i].append(PlaceMention(sentences[i][start:end], start, end, None, confidence=0.0))
            out[i].sort(key=lambda m: m.start)
        if focus:
            self._capitals(sentences, out, focus)
        self._maybe_warn(focus, out, weak)
        if self.remember:
            self._remember(flat)
        return out

    def resolve(self, name: str, *, country: str | None = None, admin1: str | None = None) -> Place | None:
        """The place a bare name most likely means: ``resolve("Tessit", admin1="Gao")``.

        Any case and any spelling GeoNames knows; with ``country``, close variants too.
        Country names give their capital; "Kidal region" gives the region's capital. The
        batch memory is neither used nor changed.
        """
        text = name.strip()
        text = text.title() if text.islower() else text
        matches = self.matcher.scan(text)
        if not matches and country:
            matches = [replace(m, start=m.start - 3, end=m.end - 3)
                       for m in self.matcher.fuzzy("in " + text, country=country, taken=[])]
        if not matches:
            return None
        slot = _Slot(0, max(matches, key=lambda m: m.end - m.start), 0)
        self._read_context(text, [slot])
        if admin1:
            slot.qualifier = fold(admin1)
        memory, self.memory = self.memory, Counter()
        try:
            self._score(slot, country, anchors=None)
        finally:
            self.memory = memory
        return self._mention(slot).place

    def pick(self, sentences: Sequence[str], mentions: list[list[PlaceMention]], *,
             country: str | None = None) -> PlaceMention | None:
        """The mention most likely to be where a short report's event happened
        (see :func:`warscribe.geo.pick.pick_event_place`)."""
        return pick_event_place(sentences, mentions, country=country)

    def _remember(self, flat: list[_Slot]) -> None:
        confident = [s.choice for s in flat if s.choice is not None and s.confidence >= 0.75
                     and s.relation not in ("country", "region")]
        self.memory.update(confident)
        # a capital is named for its politics, not as the place of the fighting
        cells = [_cell(p) for p in map(self.gazetteer.places.__getitem__, confident) if p.feature_code != "PPLC"]
        self.density.update(cells)
        crowd, around = self._crowd, self._around
        top = len(_CROWD)
        for row, col in cells:  # the crowding of the cells around those that changed, kept current
            for dr, dc in _AROUND:
                key = (row + dr, col + dc)
                n = around.get(key, 0)
                if n < top:  # past that the cell is as crowded as it gets
                    around[key] = n + 1
                    crowd[key] = _CROWD[n + 1] if n + 1 < top else 1.0

    # -- steps -------------------------------------------------------------------
    def _focus(self, matches: list[list[Match]], *, title: str = "") -> str | None:
        """The country the text names most, when it names one at least twice and twice as often
        as any other; else the country the names vote for: 2 for a country's name, 1 shared
        among the countries of a name's candidates (ties: the first voted for)."""
        votes: dict[str, float] = dict.fromkeys(self._installed, 1.0)  # the user's countries start ahead
        named: dict[str, int] = {}
        for m in self.matcher.scan(title) if title else ():
            if m.country:
                named[m.country] = named.get(m.country, 0) + 3
        shares = self._shares
        for row in matches:
            for m in row:
                if m.country:
                    named[m.country] = named.get(m.country, 0) + 1
                    votes[m.country] = votes.get(m.country, 0) + 2
                elif m.candidates:
                    share = shares.get(m.candidates)
                    if share is None:
                        share = self._share(m.candidates)
                    for code, part in share:
                        votes[code] = votes.get(code, 0) + part
        if named:
            counts = sorted(named.values(), reverse=True)
            if counts[0] >= 2 and (len(counts) == 1 or counts[0] >= 2 * counts[1]):
                return max(named, key=named.__getitem__)
        return max(votes, key=votes.__getitem__) if votes else None

    def _share(self, candidates: tuple[tuple[int, int], ...]) -> tuple[tuple[str, float], ...]:
        places = self.gazetteer.places
        codes = dict.fromkeys(places[i].country_code for i, _ in candidates)  # in candidate order
        share = tuple((code, 1 / len(codes)) for code in codes)
        if len(self._shares) < 50_000:
            self._shares[candidates] = share
        return share

    def _read_context(self, text: str, row: list[_Slot]) -> None:
        places = self.gazetteer.places
        for k, slot in enumerate(row):
            m = slot.match
            slot.relation = self._name_kind(m) or ctx.relation_before(text[max(0, m.start - 64):m.start]) \
                or ctx.relation_after(text[m.end:m.end + 80])
            left = row[k - 1].match.end if k else 0  # a neighbour's own words ("Niger River") hint nothing
            right = row[k + 1].match.start if k + 1 < len(row) else len(text)
            slot.hint = ctx.feature_hint(text[left:right], m.start - left, m.end - left)
            coded = ctx.stated_coding(text[max(0, m.start - 64):m.start], text[m.end:m.end + 80])
            if coded is not None and slot.relation not in ("country", "region"):
                slot.stated = True
                slot.relation = coded or slot.relation
            nxt = row[k + 1] if k + 1 < len(row) else None
            if nxt is not None and ctx.is_qualifier_gap(text[m.end:nxt.match.start]) \
                    and not ctx.continues_list(text[nxt.match.end:nxt.match.end + 20]):  # "Gao, Kidal and Mopti"
                regions = {fold(places[i].admin1) for i, _ in nxt.match.candidates
                           if places[i].feature_code in ("ADM1", "PPLA", "PPLC")}
                gap = text[m.end:nxt.match.start].strip()
                if ctx.relation_after(text[nxt.match.end:nxt.match.end + 80]) == "region":  # "Gossi, Timbuktu region"
                    slot.qualifier = regions.pop() if len(regions) == 1 else nxt.match.key
                    slot.qualified_by = nxt
                elif len(regions) == 1 and (gap in (",", "(", "-") or any(
                        places[i].feature_code == "ADM1" for i, _ in nxt.match.candidates)):
                    slot.qualifier = regions.pop()  # "Tene, Segou": Segou names the region
                    slot.qualified_by = nxt
                elif gap.lower() in (",", "(", ", cercle of", "in", "in the", "(cercle of", "cercle of"):
                    cercles = {fold(places[i].admin2) for i, _ in nxt.match.candidates
                               if places[i].feature_code in ("ADM2", "PPLA2") and places[i].admin2}
                    if len(cercles) == 1:  # "Dioungani (Koro)", "Gourti, Cercle of Koro"
                        slot.qualifier = cercles.pop()
                        slot.qualified_by = nxt
                if not slot.qualifier and nxt.match.candidates and not nxt.match.country:
                    slot.ref = nxt

    def _facts(self, i: int) -> tuple:
        """The parts of a candidate's score that depend on the place alone (cached per place)."""
        p = self.gazetteer.places[i]
        base = 0.35 * math.log10(p.population + 1) + min(self.gazetteer.prominence[i], 40) / 12 + (
            3 + 0.6 * CODE_RANK.get(p.feature_code, 1) if p.feature_class == "P" else 0.8 if p.feature_class in "SL"
            else 0) + (  # after towns, camps and localities: where people are, unlike wadis and dunes
            0.15 if 0 < p.geonameid < OLD_IDS else 0)
        facts = self._static[i] = (base, p, fold(p.admin1), fold(p.admin2), _cell(p))
        return facts

    def _name_kind(self, m: Match) -> str:
        """"country" for a country's name ("near Mali" is still the country), "region" for a
        name only admin areas have, else '' (cached per list of candidates)."""
        if m.country:
            return "country"
        if not m.candidates:
            return ""
        kind = self._kinds.get(m.candidates)
        if kind is None:
            places = self.gazetteer.places
            if all(places[i].feature_code.startswith("PCL") for i, _ in m.candidates):
                kind = "country"
            elif all(places[i].feature_class == "A" and places[i].feature_code in ("ADM1", "ADM2")
                     for i, _ in m.candidates):
                kind = "region"
            else:
                kind = ""
            if len(self._kinds) < 50_000:
                self._kinds[m.candidates] = kind
        return kind

    def _score(self, slot: _Slot, focus: str | None, *, anchors: dict | None) -> None:
        if len(slot.match.candidates) == 1:  # nothing to weigh: the one place, as sure as the name
            slot.scores = [(0.0, slot.match.candidates[0][0])]
            slot.choice, slot.confidence = slot.scores[0][1], slot.match.confidence
            return
        places = self.gazetteer.places
        scored = []
        static = self._static
        qualifier, hint, region = slot.qualifier, slot.hint, slot.relation == "region"
        regions = anchors["regions"] if anchors else None
        ref = places[slot.ref.choice] if anchors and slot.ref is not None and slot.ref.choice is not None else None
        crowd = bool(self.density) and len(slot.match.candidates) > 1
        memory = self.memory
        near_points, near_weight = self._near_points(slot, anchors) if anchors else ((), 0.0)
        for i, kind in slot.match.candidates:
            facts = static.get(i) or self._facts(i)
            s, p, admin1, admin2, cell = facts
            if focus and p.country_code == focus:
                s += 8
            if p.feature_class == "P":
                if p.feature_code == "PPLC" and focus and p.country_code != focus:
                    s += 3  # a foreign capital is famous: "Paris" is not a hamlet named Pari
            elif hint and p.feature_class == hint:
                s += 7
            elif p.feature_class == "A":
                s += 3 if region else 0.5
            if kind < 2:
                s += 0.5
            if qualifier and (qualifier == admin1 or qualifier == admin2):
                s += 7 if qualifier == admin1 == admin2 else 6  # "X, Segou": Segou's own cercle first
            if near_points:
                d = _flat_km(p.latitude, p.longitude, near_points)
                s += near_weight * math.exp(-d / 75.0)
            if regions and admin1 in regions:
                s += 2.0
            if ref is not None:
                s += 6.0 * math.exp(-haversine_km(p.latitude, p.longitude, ref.latitude, ref.longitude) / 40.0)
            if i in memory:
                s += 1.5 + 0.2 * min(memory[i], 5)
            if crowd:
                s += self._crowd.get(cell, 0.0)
            scored.append((s, i))
        scored.sort(reverse=True)
        slot.scores = scored
        if scored:
            slot.choice = scored[0][1]
            margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 6.0
            slot.confidence = round(slot.match.confidence / (1 + math.exp(-margin)) if len(scored) > 1
                                    else slot.match.confidence, 3)

    @staticmethod
    def _near_points(slot: _Slot, anchors: dict) -> tuple[list[tuple[float, float]], float]:
        """Confident places of the slot's paragraph (weight 4), else of the paragraphs around
        it (2.5): candidates near them score up to that weight, fading over 75 km."""
        own = anchors.get(("para", slot.paragraph), [])
        points = list(dict.fromkeys(pt for key, pt in own if key != id(slot)))  # a town named twice counts once
        if points:
            return points, 4.0
        around = (pt for k in (-2, -1, 1, 2) for key, pt in anchors.get(("para", slot.paragraph + k), []))
        return list(dict.fromkeys(around)), 2.5

    def _anchors(self, flat: list[_Slot]) -> dict:
        anchors: dict = {"doc": []}
        places = self.gazetteer.places
        for slot in flat:
            if slot.choice is None or slot.relation in ("country", "region"):
                continue
            margin_ok = len(slot.scores) == 1 or slot.scores[0][0] - slot.scores[1][0] >= 2
            if not margin_ok:
                continue
            p = places[slot.choice]
            entry = (id(slot), (p.latitude, p.longitude))
            anchors["doc"].append(entry)
            anchors.setdefault(("para", slot.paragraph), []).append(entry)
        return anchors

    @staticmethod
    def _agree(flat: list[_Slot]) -> None:
        """One name, one place per document (unless the text qualifies a mention)."""
        totals: dict[str, dict[int, float]] = {}
        for slot in flat:
            if len(slot.scores) > 1 and not slot.qualifier:
                total = totals.setdefault(slot.match.key, {})
                for score, i in slot.scores:
                    total[i] = total.get(i, 0) + score
        # the best total of each name, once (the first of equal totals, as Counter.most_common)
        winners = {key: max(total.items(), key=itemgetter(1))[0] for key, total in totals.items()}
        for slot in flat:
            if len(slot.scores) > 1 and not slot.qualifier:
                slot.choice = winners[slot.match.key]

    def _abroad(self, flat: list[_Slot], named: set[str | None]) -> None:
        """A small place in a country the document never names is some other place: "Solhan"
        in a report on Burkina Faso is not the Turkish town of that name. The best candidate
        in a named country takes over, else the name stays unresolved. Capitals and cities of
        a million people are known enough to be named without their country."""
        places = self.gazetteer.places
        for slot in flat:
            if slot.choice is None or slot.relation == "country":
                continue
            p = places[slot.choice]
            if p.country_code in named or p.feature_code == "PPLC" or p.population >= BIG_CITY:
                continue
            home = [(score, i) for score, i in slot.scores if places[i].country_code in named]
            slot.choice = max(home)[1] if home else None
            if slot.choice is None:
                slot.confidence = 0.0

    def _qualifiers(self, flat: list[_Slot]) -> None:
        """"Douna, Mopti" / "Saye in Mopti": the second name is the region of the first (ACLED's
        admin qualifier), not a place of its own, when the first place lies in that region."""
        places = self.gazetteer.places
        for slot in flat:
            nxt = slot.qualified_by
            if nxt is None or slot.choice is None or slot.relation in ("country", "region"):
                continue
            facts = self._static.get(slot.choice) or self._facts(slot.choice)
            if slot.qualifier in (facts[2], facts[3]):
                if not nxt.relation:
                    nxt.relation = "region"
            elif nxt.choice is not None and (places[nxt.choice].feature_class == "P" or places[nxt.choice].feature_code
                                             == "ADM2") and nxt.relation in ("", "region") \
                    and facts[1].feature_code not in ("PPLA", "PPLC") \
                    and haversine_km(facts[1].latitude, facts[1].longitude, places[nxt.choice].latitude,
                                     places[nxt.choice].longitude) > QUALIFIER_KM:
                # no place of that name in the region the text gives: GeoNames lacks the village
                # (the one it has is another), and ACLED codes the qualifying town instead, at
                # precision 2 ("Diaka in Tenenkou Cercle")
                slot.choice, slot.confidence = None, 0.0
                nxt.relation = "near"

    def _between(self, text: str, row: list[_Slot]) -> None:
        """"between X and Y": ACLED codes the first place, at precision 2, at its own point."""
        second = None
        for a, b in zip(row, row[1:]):
            if a is second:
                continue
            if a.relation == "between" and a.choice is not None and b.choice is not None \
                    and ctx.joins_between(text[a.match.end:b.match.start]):
                b.relation = "between"
                second = b
            elif a.relation == "between":
                a.relation = "near"
        if row and row[-1].relation == "between" and row[-1] is not second:
            row[-1].relation = "near"

    def _mention(self, slot: _Slot) -> PlaceMention:
        m = slot.match
        gaz = self.gazetteer
        place = gaz.places[slot.choice] if slot.choice is not None else None
        confidence = slot.confidence
        if slot.relation == "country":
            code = m.country or (place.country_code if place else "")
            place = gaz.capital(code) if code else place
            confidence = m.confidence
        elif place is not None and (slot.relation == "region" or place.feature_code == "ADM2"):
            place = self._region_seat(place, m.key) or place  # a cercle named as a place: its seat
        point = slot.point or ((place.latitude, place.longitude) if place else (None, None))
        relation = slot.relation
        if not relation and not slot.hint and place is not None and place.feature_class == "H" \
                and place.feature_code.startswith("STM"):
            relation = "course"  # "on the Niger River": a river's point says little of where along it
        return PlaceMention(m.text, m.start, m.end, place, geo_precision=ctx.RELATION_PRECISION[relation],
                            confidence=confidence if place else 0.0, latitude=point[0],
                            longitude=point[1], relation=relation, stated=slot.stated)

    def _region_seat(self, place: Place, key: str) -> Place | None:
        gaz = self.gazetteer
        if place.feature_class == "P" and fold(place.admin1) != key:
            return place  # "Douentza region": the area around a town, not an admin1 region
        if place.feature_code == "ADM2":
            seats = [gaz.places[i] for i in gaz.candidates(place.admin2 or place.name, country=place.country_code)
                     if gaz.places[i].feature_class == "P" and gaz.places[i].admin1 == place.admin1]
            if seats:
                return max(seats, key=lambda p: CODE_RANK.get(p.feature_code, 1))
        return gaz.region_capital(place.country_code, place.admin1) if place.admin1 else None

    def _unresolved(self, sentences: Sequence[str], matches: list[list[Match]], *,
                    focus: str | None = None) -> tuple[list[list[tuple[int, int]]], int]:
        """Capitalised words after strong place cues that matched nothing (reported as unresolved
        mentions), and a count of those after "in"/"at" too (for the install advice only: not
        counted when no advice can follow, for ``focus`` has a dump or was advised already)."""
        out, weak = [], 0
        advice = bool(focus) and focus not in self._warned and not any(s.country == focus for s in self.gazetteer.sources)
        is_noise = self.matcher.is_noise
        for text, row in zip(sentences, matches):
            spans = []
            if not advice and not has_strong_cue(text):  # the usual case: nothing to report
                out.append(spans)
                continue
            for start, end, strong in ctx.cue_tokens(text):
                if text[end:end + 2] in ("'s", "’s") or (row and any(m.start < end and start < m.end for m in row)) \
                        or is_noise(text, start, end):
                    continue
                if strong:
                    spans.append((start, end))
                else:
                    weak += 1
            out.append(spans)
        return out, weak

    def _capitals(self, sentences: Sequence[str], out: list[list[PlaceMention]], focus: str) -> None:
        """"the capital", "the Malian capital": the focus country's capital, when the adjective
        (if any) is that country's."""
        capital = None
        for i, text in enumerate(sentences):
            for start, end, adjective in ctx.capital_phrases(text):
                if any(m.start < end + 3 and start < m.end for m in out[i]):
                    continue  # inside a name, or named right after it ("the capital, Bamako")
                capital = capital or self.gazetteer.capital(focus)
                if capital is None:
                    return
                if adjective and not fold(adjective).startswith(fold(capital.country)[:4]):
                    continue
                out[i].append(PlaceMention(text[start:end], start, end, capital, confidence=0.8,
                                           latitude=capital.latitude, longitude=capital.longitude))
                out[i].sort(key=lambda m: m.start)

    def _maybe_warn(self, focus: str | None, out: list[list[PlaceMention]], weak: int) -> None:
        resolved = sum(1 for row in out for m in row if m.place is not None and m.relation != "country")
        missing = sum(1 for row in out for m in row if m.place is None) + weak
        if not focus or missing < 2 or missing < resolved or focus in self._warned:
            return
        if any(s.country == focus for s in self.gazetteer.sources):
            return
        self._warned.add(focus)
        message = (f"{missing} of {missing + resolved} place names are not in the gazetteer, which has no "
                   f"GeoNames data for {focus}: run `warscribe gazetteer install {focus}`")
        self.warnings.append(message)
        log.info(message)
