"""Context cues around a place name: ACLED precision phrases, feature hints, admin qualifiers.

>>> relation_before("Fighting broke out near "), relation_after(" region, in the north")
('near', 'region')
>>> feature_hint("an attack on the military camp of Tessalit", 35, 43)
'S'
"""

from __future__ import annotations

import re

_OF_PLACE = r"(?:(?:the\s+)?(?:town|village|city|commune|locality|hamlet|settlement|area|localities|towns|villages|cities)\s+of\s+)?"
_BEFORE = [
    ("between", re.compile(r"\bbetween\s+(?:the\s+)?" + _OF_PLACE + r"$", re.I)),
    ("outside", re.compile(r"\b(?:outside(?:\s+of)?|(?:on\s+)?the\s+outskirts\s+of|just\s+outside)\s+(?:the\s+)?"
                           + _OF_PLACE + r"$", re.I)),
    ("near", re.compile(
        r"\b(?:near|around|close\s+to|not\s+far\s+from|(?:in\s+)?the\s+(?:vicinity|environs|surroundings)\s+of"
        r"|(?:km|kms|kilomet(?:er|re)s?|miles?)(?:\s+\(?[\w.]+\)?)?(?:\s+(?:north|south|east|west|northeast|northwest"
        r"|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?)?\s+(?:of|from|outside)"
        r"|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?" + _OF_PLACE + r"$", re.I)),
    ("area", re.compile(r"\b(?:area|zone|outskirts|vicinity)\s+(?:of|around)\s+(?:the\s+)?" + _OF_PLACE + r"$", re.I)),
    ("region", re.compile(r"\b(?:region|province|cercle|district|prefecture)s?\s+of\s+$", re.I)),
]
_AFTER = [
    ("region", re.compile(r"^(?:'s)?\s+(?:regions?|provinces?|cercles?|prefectures?)\b", re.I)),
    ("region", re.compile(r"^(?:\s*,\s*[A-Z][\w'’-]+)*\s*,?\s+and\s+(?:the\s+)?[A-Z][\w'’-]+\s+regions\b")),
    ("area", re.compile(r"^\s+(?:area|zone|surroundings|outskirts|vicinity|environs|axis)\b", re.I)),
]
_HINTS = re.compile(
    r"\b(?:(?P<S>camps?|bases?|barracks|garrison|airports?|airstrips?|airfields?|outposts?)"
    r"|(?P<H>wells?|wadis?|oueds?|rivers?|lakes?|ponds?|marsh(?:es)?|dams?)"
    r"|(?P<T>mountains?|massif|hills?|dunes?|plateau|mount)|(?P<V>forests?|woods?))\b", re.I)
_BETWEEN_AND = re.compile(r"^\s*,?\s*(?:and|&)\s+(?:the\s+)?" + _OF_PLACE + r"$", re.I)
_QUALIFIER_GAP = re.compile(
    r"^(?=\s*\S)\s*[,(\-]?\s*(?:(?:village|town|area|locality|commune|district|sector|hamlet|region|cercle)\s+)?"
    r"(?:(?:in|of|near|outside|close\s+to|not\s+far\s+from|just\s+outside|(?:north|south|east|west)(?:-?(?:east|west))?"
    r"(?:\s+of)?)\s+)?(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$", re.I)
_UNRESOLVED = re.compile(
    r"\b(?:(?P<strong>(?:town|village|city|locality|commune|hamlet|settlement)s?\s+of|near|outside|around)|in|at)\s+"
    r"([A-Z][\w'’-]+)")

_PREPOSITION = re.compile(r"\b(in|at|near|around|outside|inside|into|on|against|targeting|from|to|towards?|for|by"
                          r"|of|between|via|attack(?:ed|s)?|raid(?:ed|s)?|seiz(?:ed|es)|captur(?:ed|es)|entered"
                          r"|took|struck|shell(?:ed|s)|bomb(?:ed|s)|ambush(?:ed|es)|storm(?:ed|s)|overr(?:an|un))\b"
                          r"(?=[^.,;:()]*$)")
_LOCATIVE = {"in", "at", "near", "around", "outside", "inside", "into", "on", "against", "targeting", "between"}
_VERBS = ("attack", "raid", "seiz", "captur", "entered", "took", "struck", "shell", "bomb", "ambush", "storm", "overr")
# "in the northern city of X": the preposition before the noun is the one that counts
_PLACE_OF = re.compile(r"\b(?:towns?|city|cities|villages?|locality|localities|commune|hamlet|settlement|streets?"
                       r"|outskirts|area|vicinity)\s+of\s*$")
_SUBLOCALITY = re.compile(r"^\s+(?:quarter|neighbou?rhood|district)\s+(?:of|in)\b", re.I)


def event_cue(before: str, after: str) -> int:
    """How strongly the words around a name make it an event's place: 0 "in/at/against X",
    1 no preposition or an attack verb ("attacked X"), 2 "from/to/towards X", 3 a quarter of a
    town named next ("X quarter of Y").

    >>> event_cue("fighters attacked the army camp in ", ""), event_cue("they fled towards ", "")
    (0, 2)
    >>> event_cue("a mine exploded 8 km south of ", "")
    0
    """
    if _SUBLOCALITY.match(after):
        return 3
    if relation_before(before) in ("near", "outside", "area", "between"):
        return 0  # "8 km south of X", "the outskirts of X": locative, whatever the last preposition
    found = _PREPOSITION.findall(_PLACE_OF.sub(" ", before[-60:].lower()))
    if not found:
        return 1
    return 0 if found[-1] in _LOCATIVE else 1 if found[-1].startswith(_VERBS) else 2

RELATION_PRECISION = {"": 1, "near": 2, "outside": 2, "area": 2, "between": 2, "region": 3, "country": 3,
                      "course": 3}  # "course": somewhere along a river


# words one of which must be in the tail for any _BEFORE pattern to match (a cheap filter)
_BEFORE_WORDS = ("between", "outside", "outskirts", "near", "around", "close", "far", "vicinity", "environs",
                 "surroundings", "km", "kilomet", "mile", "north", "south", "east", "west", "area", "zone",
                 "region", "province", "cercle", "district", "prefecture")
_BEFORE_PRE = re.compile("|".join(_BEFORE_WORDS))


def relation_before(before: str) -> str:
    """The ACLED relation announced by the words just before a name, or ''."""
    tail = before[-64:]
    if not _BEFORE_PRE.search(tail.lower()):
        return ""
    for relation, pattern in _BEFORE:
        if pattern.search(tail):
            return relation
    return ""


_AFTER_PRE = re.compile("region|province|cercle|prefecture|area|zone|surrounding|outskirt|vicinity|environs|axis")


def relation_after(after: str) -> str:
    """The relation announced by the words just after a name ("X region", "X area"), or ''."""
    head = after[:80]
    if not _AFTER_PRE.search(head.lower()):
        return ""
    for relation, pattern in _AFTER:
        if pattern.search(head):
            return relation
    return ""


_HINT_STEMS = ("camp", "base", "barrack", "garrison", "air", "outpost", "well", "wadi", "oued", "river", "lake",
               "pond", "marsh", "dam", "mount", "massif", "hill", "dune", "plateau", "forest", "wood")
_HINT_PRE = re.compile("|".join(_HINT_STEMS))


def feature_hint(text: str, start: int, end: int) -> str:
    """The GeoNames feature class the words around a name call for ("well" -> H), or ''."""
    window = text[max(0, start - 30):start] + " " + text[end:end + 25]
    if not _HINT_PRE.search(window.lower()):
        return ""
    found = _HINTS.search(window)
    return found.lastgroup if found else ""


def joins_between(gap: str) -> bool:
    """Whether the text between two names is the "and" of "between X and Y"."""
    return bool(_BETWEEN_AND.match(gap))


def is_qualifier_gap(gap: str) -> bool:
    """Whether the text between two names makes the second a reference for the first:
    "Tessit, Gao region", "Foita, near Lere", "the Zinda area of Gao"."""
    return bool(_QUALIFIER_GAP.match(gap))


_DISTANCE_GAP = re.compile(
    r"^\s*[,(]?\s*(?:(?:some|about|around|approximately|roughly|at\s+least)\s+)?(\d+(?:[.,]\d+)?)\s*"
    r"(km|kms|kilomet(?:er|re)s?|miles?)\b[^.;:()]{0,30}$", re.I)


def distance_gap(gap: str) -> float | None:
    """The distance in km when the text between two names places the first at a distance from
    the second ("Ibdakan, 40 km north of Kidal", "Takalout (40 km from Kidal)"), else None.

    >>> distance_gap(", 40 km north of "), distance_gap(" (35km from "), distance_gap(" and ")
    (40.0, 35.0, None)
    """
    found = _DISTANCE_GAP.match(gap)
    if not found:
        return None
    value = float(found.group(1).replace(",", "."))
    return value * 1.609 if found.group(2).lower().startswith("mile") else value


_LIST_GOES_ON = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)[A-Z\u00c0-\u00de]")


def continues_list(after: str) -> bool:
    """Whether a name is followed by another item of a list ("Kidal and Mopti", "Kidal, Gao").

    >>> continues_list(" and Mopti."), continues_list(", Gao and Kidal"), continues_list(" region, in the north")
    (True, True, False)
    """
    return bool(_LIST_GOES_ON.match(after))


def cue_tokens(text: str) -> list[tuple[int, int, bool]]:
    """Spans of capitalised words after locative cues, strong ("village of X", "near X") or
    weak ("in X", "at X")."""
    return [(*m.span(2), m.group("strong") is not None) for m in _UNRESOLVED.finditer(text)]


_CODED_BEFORE = re.compile(r"\bcoded\b[^().;]{0,45}$", re.I)
_CODED_PRECISION = re.compile(
    r"^[^().;]{0,60}?\bgeo\s*-?\s*pre\w*\s*(?:of\s+)?([123])\b|^[^().;]{0,30}?\bprec\w*\s*([123])\b", re.I)
_STATED_RELATION = {"1": "", "2": "area", "3": "region"}


def stated_coding(before: str, after: str) -> str | None:
    """The relation a coder's remark gives a name ("(coded as Boni at geoprecision 2)" gives
    "area", precision 2), '' for a remark without a precision, None when there is no remark.

    >>> stated_coding("killed (coded as ", " at geoprecision 2)"), stated_coding("in ", ", Mopti")
    ('area', None)
    """
    if "oded" not in before or not _CODED_BEFORE.search(before[-60:]):
        return None
    found = _CODED_PRECISION.match(after)
    return _STATED_RELATION[found.group(1) or found.group(2)] if found else ""


_CAPITAL = re.compile(r"\b[Tt]he\s+(?:([A-Z][\w'’-]+)\s+)?capital(?:\s+city)?\b(?!\s+(?:of|city\s+of)\b)")


def capital_phrases(text: str) -> list[tuple[int, int, str]]:
    """Spans of "the capital" and "the Malian capital" (with the adjective, or ''), not "the
    capital of X" nor "the regional capital".

    >>> capital_phrases("Crowds marched in the Malian capital; the capital of Gao stayed calm.")
    [(18, 36, 'Malian')]
    """
    if "capital" not in text:
        return []
    return [(m.start(), m.end(), m.group(1) or "") for m in _CAPITAL.finditer(text)]


_RIVER_AFTER = re.compile(r"\s+[Rr]iver\b")
_RIVER_BEFORE = re.compile(r"\b(?:[Rr]iver|[Rr]iver\s+of\s+the)\s+$")


def names_a_river(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is part of a river's ("the Niger River", "River Niger").

    >>> names_a_river("a boat on the Niger River sank", 14, 19), names_a_river("troops left Niger", 12, 17)
    (True, False)
    """
    return bool(_RIVER_AFTER.match(text, end) or _RIVER_BEFORE.search(text, max(0, start - 20), start))
