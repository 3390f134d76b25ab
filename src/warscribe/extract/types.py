"""Event typing: ACLED's 6 event types and 25 sub-event types from trigger words.

>>> [t.sub_event_type for t in classify("Gunmen killed three herders near Koro.")]
['Attack']
>>> classify("No fighting took place in Gao.")
[]
>>> main_type("On 3 May, an IED struck an army vehicle near Boni.").event_type
'Explosions/Remote violence'

A single compiled regex of every trigger (:data:`CANDIDATE`) lets :func:`is_candidate`
skip sentences without any trigger before the rules run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import ahocorasick

from warscribe.dates._regex import CaselessPattern, caseless
from warscribe.extract._prefixes import prefixes
from warscribe.extract._type_rules import (
    ARMED, ARMED_MEMBERS, CIVILIAN, ETHNIC, INTERVENTION, KILL_VERBS, MODAL_BLOCK, MODAL_CASED, PLACE_OBJECT,
    PROPERTY_OBJECT,
    PROTESTER, RULES, STATE, SUB_TO_TYPE, WEAPON_OBJECT,
)

EVENT_TYPES = (
    "Battles", "Explosions/Remote violence", "Violence against civilians",
    "Protests", "Riots", "Strategic developments",
)


@dataclass(frozen=True, slots=True)
class Typing:
    """One typed trigger: ``Typing("Battles", "Armed clash", 10, 17, "clashed", 0.8)``."""

    event_type: str
    sub_event_type: str
    start: int
    end: int
    trigger: str
    confidence: float
    target: str = ""  # who was acted upon, when the trigger says: "civilian", "armed" or ""


_FLAGS = re.IGNORECASE
_COMPILED = [(sub, caseless(re.compile(pat, _FLAGS)), weight) for sub, pat, weight in RULES]
# One pass finds every trigger: leftmost match first, earlier rules first at the same place.
CANDIDATE = re.compile("|".join(f"(?P<r{i}>{pat})" for i, (_, pat, _) in enumerate(RULES)), _FLAGS)
_K = 3
_PREFIXES = prefixes(CANDIDATE.pattern, _K)
# The rules each start of a word can begin (by its first _K letters), tried one by one there:
# the first whose own pattern matches is what CANDIDATE's alternation would match at that place.
_RULES_AT: dict[str, tuple[tuple[int, re.Pattern[str], re.Pattern[str] | None], ...]] = {}
for _i, (_, _pat, _) in enumerate(RULES if _PREFIXES is not None else ()):
    _rule = _COMPILED[_i][1]
    _pair = (_rule.original, _rule.lowered) if isinstance(_rule, CaselessPattern) else (_rule, None)
    for _p in prefixes(f"(?:{_pat})", _K) or ():
        _RULES_AT[_p] = _RULES_AT.get(_p, ()) + ((_i, *_pair),)
_WS = re.compile(r"\s")
_KEYS = ahocorasick.Automaton()  # every key of _RULES_AT, found in one pass over a text
for _p in _RULES_AT:
    _KEYS.add_word(_p, _p)
if _RULES_AT:
    _KEYS.make_automaton()
_MODAL = re.compile(MODAL_BLOCK, _FLAGS)
_MODAL_CASED = re.compile(MODAL_CASED)
_CIVILIAN = re.compile(CIVILIAN, _FLAGS)
_ARMED = re.compile(ARMED, _FLAGS)
_ARMED_MEMBERS = re.compile(ARMED_MEMBERS, _FLAGS)
_ETHNIC = re.compile(ETHNIC, _FLAGS)
_STATE = re.compile(STATE, _FLAGS)
_PROTESTER = re.compile(PROTESTER, _FLAGS)
_INTERVENTION = re.compile(INTERVENTION, _FLAGS)
_PLACE_OBJ = re.compile(PLACE_OBJECT)
_PROPERTY_OBJ = re.compile(PROPERTY_OBJECT, _FLAGS)
_WEAPON_OBJ = re.compile(WEAPON_OBJECT, _FLAGS)
_KILL = re.compile(KILL_VERBS, _FLAGS)
_ASSAULT = re.compile(r"attack\w*|assault\w*|raid\w*|storm\w*|opened fire|fired (?:on|at|upon)|targeted", _FLAGS)
_TARGETED_KILLING = re.compile(r"assassinat\w*|execut\w*|behead\w*|murder\w*|slit|summar\w+ execut\w+", _FLAGS)
# "the attack", "this ambush": a noun naming an event already told, not a new one
_ANAPHOR_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|its|their|same)\s+"
    r"(?:(?!(?:first|initial|opening|second|third|new|latest|major|last|final|deadliest|largest|an?)\b)[\w/-]+\s+)?$",
    _FLAGS)
_ANAPHOR_NOUN = re.compile(
    r"(?:attacks?|ambush(?:es)?|explosions?|blasts?|clash(?:es)?|fighting|assaults?|bombings?|raids?|incidents?|"
    r"operations?|offensive|killings?|abductions?|kidnappings?|strikes?|shelling|detonation|massacre)", _FLAGS)
_NEW_DETAIL = re.compile(r"\s+(?:on|against|at|in|of|near|by|targeting|between)\b", _FLAGS)
_REMOTE = frozenset({"Remote explosive/landmine/IED", "Shelling/artillery/missile attack", "Air/drone strike",
                     "Suicide bomb", "Grenade", "Chemical weapon"})
_FIGHTING = re.compile(r"clash|fight|fought|battl|skirmish|exchang|firefight|gun|shootout|crossfire|hostilit|complex|"
                       r"returned fire|fended|repel|repuls|retaliat|"
                       r"follow|armed assault|ground|commando|helibor|helicopter drop|ambush|air and|air-supported", _FLAGS)
_NONSTATE = re.compile(r"\b(?:rebels?|militants?|jihadists?|islamists?|insurgents?|fighters|gunmen|assailants|attackers|"
                       r"militia\w*|separatists?|MNLA|Ansar|JNIM|MUJAO|MOJWA|AQIM|ISGS|CMA|GATIA|Katiba|CSP\w*)\b",
                       _FLAGS)
_HARMED = re.compile(r"\b(?:wound\w*|injur\w*|assault\w*|beat(?:en)?|kill\w*|died|dead|shot|stab\w*|tortur\w*)\b",
                     _FLAGS)
_KILLED_ANY = re.compile(r"\b(?:kill\w*|shot\s+dead|dead|died)\b", _FLAGS)
_OLD_DEAL = re.compile(r"\b[A-Z][a-z]+\s+(?:Accords?|Agreements?|Peace\s+Agreement)\b|"
                       r"(?i:\b(?:cease-?fire|truce|accords?|agreements?)\s+(?:\w+\s+){0,3}?"
                       r"(?:violations?|breach\w*)\b|"
                       r"\b(?:violat\w+|breach\w*|implementation\s+of)\s+(?:of\s+)?(?:the\s+|a\s+)?(?:\w+\s+)?"
                       r"(?:cease-?fire|truce|accords?|agreements?)\b)")
_NEW_DEAL = re.compile(r"\b(?:signed|sign|signing|concluded|reached|agreed|brokered|struck|inked|declared\s+a)\b", re.I)
_UNOPPOSED = re.compile(r"without\s+(?:a\s+|any\s+)?(?:fight|resistance|clash|fighting)|no\s+(?:clash|fight|resistance)|"
                        r"no\s+reports?\s+of\s+(?:\w+\s+)?(?:fighting|clashes|resistance|violence)|peaceful|unopposed|"
                        r"(?:following|after)\s+the\s+(?:\w+\s+)?(?:exit|departure|withdrawal|pull-?out)\s+of|"
                        r"(?:after|once|when|as\s+soon\s+as)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}(?:had\s+)?"
                        r"(?:departed|left|withdr[ae]wn?|pulled\s+out|vacated|abandoned)\b|abandoned\s+by|vacated\s+by", _FLAGS)
_EXCESSIVE = re.compile(
    r"\b(?:open(?:ed)?\s+fire\s+on|fired\s+(?:on|at|into)|live\s+(?:rounds|ammunition|fire)|shot\s+dead|"
    r"violently\s+(?:put\s+down|repressed)|excessive\s+(?:force|violence)|shot\s+and\s+(?:injured|"
    r"wounded|killed))", _FLAGS)
_CROWD_VIOLENCE = re.compile(
    r"\b(?:burn(?:ed|t|ing)|set\s+fire|torch\w*|vandali\w*|ransack\w*|loot(?:ed|ing)|stormed|threw|throwing|stones|"
    r"molotov|pushed|fought|started\s+to\s+fight|barricad\w*|rampag\w*)\b", _FLAGS)
_PROTEST_WORD = re.compile(r"\b(?:protest\w*|demonstrat\w*|riot\w*)", _FLAGS)
_UNORGANISED = re.compile(r"\b(?:youths?|students|locals|residents|crowds?|mobs?)\b", _FLAGS)
_ON_TARGET = re.compile(r"\s*(?:[\w-]+\s+){0,4}?(?:on|against|targeting)\s+(.*)", _FLAGS | re.S)
_NO_OBJECT = re.compile(
    r"\s*(?:by|in|near|at(?!\s+least)|on|and(?!\s+(?:\w+ed|burnt|stole|shot|took|set)\b)|during|when|while|after|following|outside|"
    r"between|around(?!\s+(?:\d|a\s+(?:dozen|hundred|thousand)|(?:dozens|hundreds|two|three|four|five|six|seven|"
    r"eight|nine|ten|twenty|thirty|forty|fifty)\b))|last|yesterday|"
    r"overnight|this|[,.;:]|$)", _FLAGS)
_CASUALTY = re.compile(r"\b(?:kill\w*|wound\w*|injur\w*|dead|died|deaths?|bodies|shot)\b", _FLAGS)
_CLAUSE_END = re.compile(r"[;:.!?]|,\s*(?:but|although|while|whereas|however)\b|\b(?:but|although|whereas)\b")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are|got)\s+(?:\w+ly\s+)?$", _FLAGS)
_SENTENCE_END = re.compile(r"(\w+)[.!?]\s+(?=[A-Z\"])")
_ABBREVIATIONS = frozenset({"incl", "approx", "etc", "vs", "no", "st", "mr", "gen", "col", "lt", "sgt", "capt", "cpl"})
# Searched as lower-case regexes on lowered ASCII text: the same matches, several times faster.
(_MODAL, _ARMED, _CIVILIAN, _ETHNIC, _STATE, _PROTESTER, _INTERVENTION, _PROPERTY_OBJ, _WEAPON_OBJ, _KILL, _ASSAULT,
 _TARGETED_KILLING, _ANAPHOR_BEFORE, _ANAPHOR_NOUN, _NEW_DETAIL, _FIGHTING, _NONSTATE, _HARMED, _KILLED_ANY,
 _NEW_DEAL, _UNOPPOSED, _EXCESSIVE, _CROWD_VIOLENCE, _PROTEST_WORD, _UNORGANISED, _ON_TARGET, _NO_OBJECT,
 _CASUALTY, _PASSIVE) = map(caseless, (
    _MODAL, _ARMED, _CIVILIAN, _ETHNIC, _STATE, _PROTESTER, _INTERVENTION, _PROPERTY_OBJ, _WEAPON_OBJ, _KILL, _ASSAULT,
    _TARGETED_KILLING, _ANAPHOR_BEFORE, _ANAPHOR_NOUN, _NEW_DETAIL, _FIGHTING, _NONSTATE, _HARMED, _KILLED_ANY,
    _NEW_DEAL, _UNOPPOSED, _EXCESSIVE, _CROWD_VIOLENCE, _PROTEST_WORD, _UNORGANISED, _ON_TARGET, _NO_OBJECT,
    _CASUALTY, _PASSIVE))


def _triggers(text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """``(rule index, match)`` of CANDIDATE's matches, leftmost first, tried only at words with a
    trigger's first letters."""
    low = text.lower()
    if _PREFIXES is None or len(low) != len(text):
        for m in CANDIDATE.finditer(text):
            yield int(m.lastgroup[1:]), m
        return
    fast = text.isascii()  # then each rule's lower-case twin tells first whether it matches (see caseless)
    folded = _WS.sub(" ", low)  # one character for one: offsets hold
    pos = 0
    for p in _word_starts(text, folded):
        if p < pos:
            continue
        rules = _RULES_AT[folded[p:p + _K]]
        for index, pattern, lowered in rules:
            if fast and lowered is not None and lowered.match(low, p) is None:
                continue
            m = pattern.match(text, p)
            if m is not None:
                pos = m.end()
                yield index, m
                break


def _word_starts(text: str, folded: str) -> list[int]:
    """The word starts (as ``\\b\\w`` finds them) whose first letters begin some rule, in order."""
    out = []
    for last, key in _KEYS.iter(folded):
        p = last - len(key) + 1
        if folded[p:p + _K] != key or not (text[p].isalnum() or text[p] == "_"):
            continue
        if p and (text[p - 1].isalnum() or text[p - 1] == "_"):
            continue
        out.append(p)
    out.sort()
    return out


def is_candidate(text: str) -> bool:
    """True when ``text`` holds any trigger word: ``is_candidate("It rained.") -> False``."""
    return next(_triggers(text), None) is not None


def _clause_before(text: str, pos: int, *, words: int = 7) -> str:
    return " ".join(_clause_words(text, pos)[-words:])


@lru_cache(maxsize=1024)  # the rules look before one trigger several times
def _clause_words(text: str, pos: int) -> tuple[str, ...]:
    left = text[max(0, pos - 120):pos]
    cut = 0
    for m in _CLAUSE_END.finditer(left):
        cut = m.end()
    return tuple(left[cut:].split())


def _clause_after(text: str, pos: int, *, chars: int = 90) -> str:
    right = text[pos:pos + chars]
    m = _CLAUSE_END.search(right)
    return right[:m.start()] if m else right


def _blocked(text: str, start: int) -> bool:
    """Negated, planned or hypothetical: a modal/negation word just before the trigger."""
    clause = _clause_before(text, start, words=6)
    return _MODAL.search(clause) is not None or _MODAL_CASED.search(clause) is not None


def _anaphoric(text: str, m: re.Match[str]) -> bool:
    """A definite noun for an event already told ("the attack was claimed by JNIM")."""
    return (_ANAPHOR_NOUN.fullmatch(m.group(0)) is not None
            and _ANAPHOR_BEFORE.search(text[max(0, m.start() - 30):m.start()]) is not None
            and _NEW_DETAIL.match(text, m.end()) is None)


def _target_side(text: str, start: int, end: int) -> str:
    """The words naming who was acted upon (after the verb, or before it when passive)."""
    before = _clause_before(text, start, words=9)
    after = _clause_after(text, end, chars=120)
    on = _ON_TARGET.match(after) if _ASSAULT.fullmatch(text[start:end]) else None
    if on and (_CIVILIAN.search(on.group(1)) or _armed_at(on.group(1)) is not None):
        return on.group(1)
    passive = (_PASSIVE.search(before + " ") is not None or re.match(r"\s*(?:\w+\s+)?by\b", after) is not None
               or (text[start:end].lower().endswith("ed") and _NO_OBJECT.match(after) is not None))
    return before if passive else after


def _armed_at(text: str) -> int | None:
    """Where the first armed side is named in ``text`` (None if nowhere)."""
    starts = [m.start() for m in (_ARMED.search(text), _ARMED_MEMBERS.search(text)) if m is not None]
    return min(starts) if starts else None


def _victim_kind(text: str, start: int, end: int) -> str:
    """'civilian', 'armed' or '' for the target of an attack/killing trigger."""
    side = _target_side(text, start, end)
    civ = _CIVILIAN.search(side)
    arm = _armed_at(side)
    if civ and arm is not None:
        return "civilian" if civ.start() <= arm else "armed"
    if civ or arm is not None:
        return "civilian" if civ else "armed"
    return "civilian" if _ETHNIC.search(side) else ""


def _state_agent(before: str) -> bool | None:
    """Is the armed actor nearest before a capture a state force (True), a rebel one (False), or unnamed?"""
    state = [m.end() for m in _STATE.finditer(before)]
    rebel = [m.end() for m in _NONSTATE.finditer(before)]
    if not state and not rebel:
        return None
    return max(state, default=-1) > max(rebel, default=-1)


def _resolve(sub: str, text: str, m: re.Match[str]) -> tuple[str, float, str] | None:
    """Refine a rule's sub-event type from context; None drops the match."""
    start, end = m.start(), m.end()
    if sub in ("_attack", "_ambush", "Abduction/forced disappearance"):
        kind = _victim_kind(text, start, end)
        if sub == "Abduction/forced disappearance":
            return ("Armed clash", -1.0, kind) if kind == "armed" else (sub, 0.0, kind)
        if sub == "_ambush":
            return ("Attack", 0.5, kind) if kind == "civilian" else ("Armed clash", 1.0, kind)
        killing = _KILL.fullmatch(m.group(0).lower()) is not None
        assault = _ASSAULT.fullmatch(m.group(0).lower()) is not None
        if _TARGETED_KILLING.fullmatch(m.group(0).lower()) and kind != "armed":
            kind = "civilian"  # an assassination of an unnamed person: ACLED's violence against civilians
        if kind == "civilian":
            return "Attack", (2.0 if killing else 0.5), kind
        if kind == "armed":
            return "Armed clash", (2.5 if assault else 0.5), kind
        return ("Attack", 0.0, kind) if killing else ("Armed clash", -0.5, kind)
    if sub == "_clash":
        if _PROTEST_WORD.search(text, max(0, start - 45), min(len(text), end + 45)):
            if _state_agent(_clause_before(text, start, words=6)) is not None and _KILLED_ANY.search(text):
                return "Excessive force against protesters", 0.0, ""  # armed men fired on protesters
            return "Violent demonstration", 0.0, ""
        if _UNORGANISED.search(text, max(0, start - 45), min(len(text), end + 45)):
            return "Mob violence", 0.0, ""
        return "Armed clash", 0.0, ""
    if sub == "_capture":
        after = _clause_after(text, end, chars=60)
        if _WEAPON_OBJ.match(after):
            return "Disrupted weapons use", -3.8, ""
        if _PROPERTY_OBJ.match(after):
            return "Looting/property destruction", -3.8, ""
        if not (_PLACE_OBJ.match(after) or re.match(r"\s+(?:of|over)\b", after)):
            return None
        actor = _clause_before(text, start, words=8)
        if _UNOPPOSED.search(text):
            return "Non-violent transfer of territory", 0.0, ""
        if _state_agent(actor):
            return "Government regains territory", 0.5, ""
        return "Non-state actor overtakes territory", 0.0, ""
    if sub == "_withdraw":
        after = _clause_after(text, end, chars=60)
        if _PLACE_OBJ.match(after) or re.match(r"\s+(?:from|out\s+of|of)\b", after):
            return "Non-violent transfer of territory", 0.0, ""
        return None
    if sub == "_fell":
        after = _clause_after(text, end, chars=60)
        if re.match(r"\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:ambush|trap)", after, _FLAGS):
            return None
        return ("Government regains territory", 0.5, "") if _STATE.search(after) else (
            "Non-state actor overtakes territory", 0.0, "")
    if sub == "_regain":
        after = _clause_after(text, end, chars=60)
        if not (_PLACE_OBJ.match(after) or re.match(r"\s+(?:of|from|over)\b", after)):
            return None  # "routed the assailants": people, not territory
        if _UNOPPOSED.search(text):
            return "Non-violent transfer of territory", 0.0, ""
        actor = _clause_before(text, start, words=10)
        if _state_agent(actor) is False:
            return "Non-state actor overtakes territory", 0.0, ""  # rebels retaking a town they lost
        return "Government regains territory", 0.0, ""
    if sub == "_protest":
        sentence = _sentence_around(text, start)
        if _EXCESSIVE.search(sentence):
            return "Excessive force against protesters", 0.0, ""
        if _CROWD_VIOLENCE.search(sentence):
            return "Violent demonstration", 0.0, ""
        if _INTERVENTION.search(sentence):
            return "Protest with intervention", 0.0, ""
        return "Peaceful protest", 0.0, ""
    if sub == "Agreement" and _OLD_DEAL.search(text[max(0, start - 40):end + 30]) and not _NEW_DEAL.search(text):
        return None  # "disputes over the Algiers Accords", "ceasefire violations": a deal referred to
    if sub == "_loot":
        if _PROTESTER.search(_clause_before(text, start, words=10)):
            return "Violent demonstration", 0.5, ""
        return "Looting/property destruction", 0.0, ""
    return sub, 0.0, ""


_CROWD_REF = caseless(re.compile(r"\b(?:them|protesters?|demonstrators?|crowds?|marchers|protests?|demonstrations?|rall(?:y|ies)|"
                        r"sit-ins?|gatherings?)\b", _FLAGS))


def protest_follow_up(text: str) -> str | None:
    """The protest sub-type a follow-up sentence about the crowd implies, or None.

    >>> protest_follow_up("Police fired tear gas to disperse them.")
    'Protest with intervention'
    >>> protest_follow_up("Gendarmes opened fire on the crowd.")
    'Excessive force against protesters'
    >>> protest_follow_up("The march ended at noon.") is None
    True
    """
    if not _CROWD_REF.search(text):
        return None
    if _EXCESSIVE.search(text):
        return "Excessive force against protesters"
    if _INTERVENTION.search(text):
        return "Protest with intervention"
    return None


def _sentence_around(text: str, pos: int) -> str:
    left = text.rfind(". ", 0, pos)
    right = text.find(". ", pos)
    return text[left + 1 if left >= 0 else 0:right if right >= 0 else len(text)]


def _accept(text: str, index: int, m: re.Match[str]) -> tuple[int, int, str, float, str, str] | None:
    sub, _, weight = _COMPILED[index]
    if _blocked(text, m.start()) or _anaphoric(text, m):
        return None
    resolved = _resolve(sub, text, m)
    if resolved is None:
        return None
    final, bonus, target = resolved
    return m.start(), m.end(), final, weight + bonus, m.group(0), target


def classify(text: str) -> list[Typing]:
    """Every event trigger of ``text`` (one or more sentences), typed, in text order.

    >>> [(t.sub_event_type, t.trigger) for t in classify("Hundreds marched in Gao.")]
    [('Peaceful protest', 'marched')]
    """
    found: list[tuple[int, int, str, float, str, str]] = []
    for index, m in _triggers(text):
        hit = _accept(text, index, m)
        for later in range(index + 1, len(_COMPILED)) if hit is None else ():
            alt = _COMPILED[later][1].match(text, m.start())
            hit = _accept(text, later, alt) if alt else None
            if hit is not None:
                break
        if hit is not None:
            found.append(hit)
    found.sort()
    return [Typing(SUB_TO_TYPE[sub], sub, s, e, trig, min(0.95, 0.35 + w / 20), target)
            for s, e, sub, w, trig, target in found]


def _score(text: str, t: Typing) -> float:
    weight = (t.confidence - 0.35) * 20
    sentence_index = sum(1 for m in _SENTENCE_END.finditer(text, 0, t.start)
                         if m.group(1).lower() not in _ABBREVIATIONS and not m.group(1).isupper())
    return weight - 2.5 * sentence_index - t.start / 2000


def refers_back(text: str) -> bool:
    """True when ``text`` names an event already told ("During the attack, 41 soldiers died.")."""
    for m in _ANAPHOR_NOUN.finditer(text):
        if _ANAPHOR_BEFORE.search(text[max(0, m.start() - 30):m.start()]) and _NEW_DETAIL.match(text, m.end()) is None:
            return True
    return False


def main_type(text: str) -> Typing | None:
    """The main event of a short text (an ACLED note, a sentence), or None.

    >>> main_type("Militants ambushed an army patrol near Boni, killing two soldiers.").sub_event_type
    'Armed clash'
    """
    typings = classify(text)
    if not typings:
        return None
    best = typings[0] if len(typings) == 1 else max(typings, key=lambda t: _score(text, t))
    if best.event_type == "Explosions/Remote violence" and best.sub_event_type != "Suicide bomb":
        fighting = [t for t in typings if t.sub_event_type == "Armed clash" and _FIGHTING.search(t.trigger)]
        if fighting:  # shelling with an exchange of fire, rockets then a clash: ACLED codes the battle
            return fighting[0]
    if best.sub_event_type in ("Armed clash", "Attack") and not _FIGHTING.search(best.trigger):
        # "targeted by an IED", "wounded by mortar fire": the weapon names the event
        weapon = [t for t in typings if t.sub_event_type in _REMOTE
                  and _sentence_around(text, t.start) == _sentence_around(text, best.start)]
        if weapon:
            best = weapon[0]
    if best.sub_event_type in ("Looting/property destruction", "Abduction/forced disappearance") and (
            _HARMED.search(text) if best.sub_event_type.startswith("Looting") else _KILLED_ANY.search(text)):
        # robbery with people hurt, abduction ending in death: ACLED codes the attack on people
        return replace(best, event_type="Violence against civilians", sub_event_type="Attack")
    if (best.target != "armed" and _ASSAULT.match(best.trigger)) and not _CASUALTY.search(text):
        # an attack on property, nobody hurt: ACLED codes the looting or destruction
        loot = [t for t in typings if t.sub_event_type == "Looting/property destruction"]
        if loot:
            return loot[0]
    return best
