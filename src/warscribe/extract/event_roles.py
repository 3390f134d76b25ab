"""Who acted and who was acted upon in one event, with ACLED's defaults per event type.

>>> from warscribe.model import ActorMention
>>> from warscribe.extract.types import main_type
>>> text = "JNIM militants attacked Malian soldiers near Boni."
>>> ms = [ActorMention("JNIM militants", 0, 14, "JNIM: Group for Support of Islam and Muslims", 2),
...       ActorMention("Malian soldiers", 24, 39, "Military Forces of Mali (2021-)", 1)]
>>> r = assign(text, ms, main_type(text))
>>> (r.actor1[:4], r.actor2[:8], interaction_code(r.inter1, r.inter2))
('JNIM', 'Military', 12)

Engineer E's :mod:`warscribe.extract.actor_rules` decides roles when it is installed;
the positional rules here are the fallback, and the type defaults ("Civilians (Mali)"
as the victim of violence against civilians, "Protesters (Mali)") apply either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warscribe.dates._regex import caseless
from warscribe.extract.types import Typing
from warscribe.model import ActorMention

try:
    from warscribe.extract import actor_rules as _rules
except (ImportError, SyntaxError):  # pragma: no cover - depends on the checkout
    _rules = None

_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_BY = re.compile(r"\bby\b", re.IGNORECASE)
_STRUCK = re.compile(r"\b(?:hit|struck|strikes?|stepped\s+on|ran\s+over|triggered|(?:was|were)\b|killed|wounded|"
                     r"injured|came\s+under|subjected\s+to|targeted\s+by)", re.IGNORECASE)
_FIRED = re.compile(r"\b(?:fired|launched|planted|laid|detonated|carried\s+out|claimed|shelled|targeted\s+(?!by))",
                    re.IGNORECASE)
_CLAIM = re.compile(r"\b(?:claim\w*|responsib\w*|planted\s+by|attributed\s+to|blamed)", re.IGNORECASE)
# Searched as lower-case regexes on lowered ASCII text (see warscribe.dates._regex): same matches, faster.
_PASSIVE, _BY, _STRUCK, _FIRED, _CLAIM = map(caseless, (_PASSIVE, _BY, _STRUCK, _FIRED, _CLAIM))


@dataclass(frozen=True, slots=True)
class Roles:
    """ACLED's actor columns for one event."""

    actor1: str
    inter1: int | None
    actor2: str = ""
    inter2: int | None = None
    assoc1: str = ""
    assoc2: str = ""


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction: the two inter codes, lower first; one actor alone gives ``inter1 * 10``.

    >>> interaction_code(2, 1), interaction_code(6, None)
    (12, 60)
    """
    if _rules is not None and hasattr(_rules, "interaction"):
        try:
            return _rules.interaction(inter1, inter2)
        except Exception:  # noqa: BLE001 - fall back to the plain rule
            pass
    if inter1 is None:
        return None
    if not inter2:
        return inter1 * 10
    a, b = sorted((inter1, inter2))
    return a * 10 + b


def _positional(text: str, mentions: list[ActorMention], typing: Typing) -> tuple[list, list]:
    before = [m for m in mentions if m.end <= typing.start]
    after = [m for m in mentions if m.start >= typing.end]
    passive = _PASSIVE.search(text[max(0, typing.start - 20):typing.start]) is not None
    if passive:
        by = _BY.search(text, typing.end)
        agents = [m for m in after if by and m.start > by.start()]
        return agents, before
    if not before:
        return after[:1], after[1:]
    return before, after


def _distinct(ms: list[ActorMention]) -> list[ActorMention]:
    out: list[ActorMention] = []
    for m in ms:
        if m.name and all(m.name != o.name for o in out):
            out.append(m)
    return out


def _claimed(mentions: list[ActorMention], victim: ActorMention, nearby: tuple) -> list[ActorMention]:
    """The named armed group a later sentence holds responsible ("JNIM claimed the attack"), if any."""
    for text, found in nearby:
        if _CLAIM.search(text):
            for m in found:
                if m.name != victim.name and m.inter in (2, 3) and not m.generic:
                    return [m]
    return []


def assign(text: str, mentions: list[ActorMention], typing: Typing, *, country: str = "Mali",
           nearby: tuple = ()) -> Roles:
    """Actor1 (acted), actor2 (acted upon) and their associates for the event ``typing`` names."""
    side1: list[ActorMention]
    side2: list[ActorMention]
    if _rules is not None and hasattr(_rules, "assign_roles"):
        try:
            one, two = _rules.assign_roles(text, mentions, (typing.start, typing.end),
                                           event_type=typing.event_type, default_agent=None, nearby=nearby)
            side1 = [one] if one else []
            side2 = [two] if two else []
            side1 += [m for m in mentions if side1 and m is not one and m.end <= typing.start
                      and m.inter == side1[0].inter and not m.generic and (two is None or m.name != two.name)]
        except Exception:  # noqa: BLE001 - E's rules failing on one sentence must not lose it
            side1, side2 = _positional(text, mentions, typing)
    else:
        side1, side2 = _positional(text, mentions, typing)
    etype, sub = typing.event_type, typing.sub_event_type
    if not side1:  # "the first attack began on 16 January by MNLA militants": the agent follows "by"
        by = _BY.search(text, typing.end, typing.end + 60)
        agent = next((m for m in mentions if by and by.end() <= m.start <= by.end() + 25 and not m.generic
                      and m.inter in (1, 2, 3, 4, 8)), None)
        if agent is not None:
            side1, side2 = [agent], [m for m in side2 if m is not agent]
    if sub == "Non-state actor overtakes territory" and side1 and side1[0].inter == 1:
        side1, side2 = [], [side1[0], *side2]  # the state force lost the town: it was acted upon
    elif sub == "Government regains territory" and side1 and side1[0].inter != 1:
        state = [m for m in side2 if m.inter == 1]
        if state:
            side1, side2 = state[:1], [side1[0], *[m for m in side2 if m is not state[0]]]
    if (etype == "Explosions/Remote violence" and side1 and any(side1[0] is m for m in mentions)
            and side1[0].end <= typing.start):
        gap = text[side1[0].end:typing.start]
        if _STRUCK.search(gap) and not _FIRED.search(gap):  # "a Malian army vehicle hit an IED"
            side1, side2 = _claimed(mentions, side1[0], nearby), [side1[0], *side2]
    if etype == "Battles" and (not side2 or side2[0].inter == 7):  # a battle is fought against armed men
        lead = side1[0].name if side1 else ""
        foe = next((m for m in mentions if m.inter in (1, 2, 3, 4, 8) and m.name and m.name != lead
                    and all(m.name != o.name for o in side1)), None) or next(
            (m for m in side1[1:] if m.inter in (1, 2, 3, 4, 8) and m.name != lead), None)
        if foe is not None:
            side1 = [m for m in side1 if m.name != foe.name]
            side2 = [foe, *[m for m in side2 if m is not foe]]
    side1, side2 = _distinct(side1), _distinct(side2)
    side2 = [m for m in side2 if all(m.name != o.name for o in side1)]
    crowd = {"Protests": (f"Protesters ({country})", 6), "Riots": (f"Rioters ({country})", 5)}.get(etype)
    if crowd:
        own = [m for m in side1 if m.inter == crowd[1]]
        a1, i1 = (own[0].name, own[0].inter) if own else crowd
        side2 = [m for m in side1 + side2 if m.inter not in (5, 6, 7)] if sub != "Peaceful protest" else []
        side1 = own
    elif side1:
        a1, i1 = side1[0].name, side1[0].inter
    elif etype in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        a1, i1 = f"Unidentified Armed Group ({country})", 3
    elif side2:
        a1, i1 = side2[0].name, side2[0].inter
        side2 = side2[1:]
    else:
        a1, i1 = "", None
    if side2:
        a2, i2 = side2[0].name, side2[0].inter
    elif etype == "Violence against civilians":
        a2, i2 = f"Civilians ({country})", 7
    else:
        a2, i2 = "", None
    assoc1 = "; ".join(dict.fromkeys([m.assoc for m in side1[:1] if m.assoc] + [m.name for m in side1[1:3]]))
    assoc2 = "; ".join(dict.fromkeys([m.assoc for m in side2[:1] if m.assoc] + [m.name for m in side2[1:3]]))
    return Roles(a1, i1, a2, i2, assoc1, assoc2)
