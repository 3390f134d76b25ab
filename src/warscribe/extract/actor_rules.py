"""Who did what to whom: ACLED interaction codes and actor1/actor2 roles in a sentence.

>>> from warscribe.extract.actors import ActorDictionary
>>> s = "Three soldiers were killed by JNIM militants near Boni."
>>> one, two = assign_roles(s, ActorDictionary.default().find(s, date="2018-01-05"))
>>> one.name, two.name, interaction(one.inter, two.inter)
('JNIM: Group for Support of Islam and Muslims', 'Military Forces of Mali (2013-2020)', 12)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warscribe.dates._regex import caseless
from warscribe.model import ActorMention

__all__ = ["assign_roles", "find_trigger", "interaction", "passive_victim", "same_actor"]

_VIOLENT = (
    r"kill|kidnap|abduct|attack|ambush|assault|assassinat|execut|murder|massacr|slaughter|shot|shoot|"
    r"fire[ds]?\b|firing|gunfire|clash|fight|fought|battle|skirmish|engag|raid|storm|overr[au]n|"
    r"seiz|captur|arrest|detain|loot|pillag|ransack|burn|torch|set fire|destroy|damag|steal|stole|"
    r"rustl|rob(?:s|bed|bing|bery|beries)?\b|beat|tortur|rap(?:e|ed|ing)\b|threat|intimidat|struck|strike|"
    r"hit\b|bomb|shell|airstrike|air strike|air raid|mortar|rocket|detonat|explo(?:d|s)|IED|mine\b|landmine|"
    r"wound|injur|neutrali[sz]|repel|repuls|target|pursu|dislodg|disarm|retake|retook|recaptur|"
    r"took control|take control|took over|take over|taken over|gain(?:ed)? control|regain|push(?:ed)? back|"
    r"occup|surround|besieg|protest|demonstrat|(?-i:march)|rall(?:y|ied)|riot|"
    r"on strike|general strike|(?:took|went) to the street|picket|boycott|"
    r"dispers|sit-in|block|rampag|lynch|mobs?\b|subjected"
)
TRIGGER = re.compile(rf"\b(?:{_VIOLENT})\w*", re.I)
_PROTEST = re.compile(r"(?:protest|demonstrat|(?-i:march)|rall(?:y|ied)|sit-in|on strike|general strike|"
                      r"(?:took|went) to the street|picket|boycott)", re.I)
_VIOLENT_CROWD = re.compile(r"\b(?:violent|turned deadly|riot|burn|ransack|loot|vandali|clash|ston(?:e|ing)|"
                            r"threw|set (?:fire|ablaze)|torch)", re.I)
_RIOT = re.compile(r"(?:riot|rampag|lynch|mobs?\b|ransack|loot|torch|burn|set fire|block|beat|stone)", re.I)
_AUX = re.compile(r"\b(?:was|were|been|being|is|are|got|get)\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)?$", re.I)
_BY = re.compile(r"^\s*(?:\w+\s+){0,3}?by\b", re.I)
_ATTRIBUTION = re.compile(r"\b(?:presum|suspect|alleged|believed|claim|likely|probabl|attribut|affiliat|"
                          r"linked|close to|reportedly from)\w*", re.I)
_CLASH = re.compile(r"\b(?:clash\w*|fight\w*|fought|battle\w*|skirmish\w*|exchange of fire)\b", re.I)
_BETWEEN = re.compile(r"\bbetween\b", re.I)
_PERIOD = re.compile(r"\s*\((?:\d{4})?-(?:\d{4})?\)|\s*\(\d{4}-\d{4}\)")
_REDUCED = re.compile(r"\s*(?:[,.;:]|$|(?:in|near|by|overnight|yesterday|between|outside|around|during|while|"
                      r"when|along|close to|last|this (?:morning|evening|afternoon|week)|again|tonight|"
                      r"today|earlier|twice|reportedly|once again)\b)", re.I)
_CLAIM = re.compile(r"\b(?:claim(?:s|ed|ing)?\s+(?:(?:\w+\s+){0,2}(?:responsibility|attacks?|ambush\w*|killings?|"
                    r"abductions?|kidnappings?|operations?|bombings?|blasts?|explosions?|raids?|strikes?|incidents?|"
                    r"assaults?|it|this|that)\b|"
                    r"to\s+have\s+(?:carried|conducted|killed|attacked|led|staged|perpetrated|planted|shot))|"
                    r"claimed\s+by|responsib\w*|planted by|carried out by|attributed to|blamed|"
                    r"(?:most |very )?likely|presum\w*|suspect\w*|alleged\w*|perpetrat\w*|"
                    r"believed to be|thought to be)\b", re.I)
_ED_BY = re.compile(r"\b(?:\w+(?:ed|en|wn|t)|attacks?|ambush(?:es)?|raids?|assaults?|(?:air)?strikes?|fire|"
                    r"bombings?|shelling|abductions?|killings?|operations?|offensive|presumably|allegedly|"
                    r"reportedly|probably|likely)\s+(?:\w+\s+)?by\s+(?:(?:the|an?|some|unknown|presumed|"
                    r"suspected|alleged|armed|several|\d+)\s+)*$", re.I)
_IRREGULAR = frozenset({"struck", "hit", "shot", "burnt", "caught", "overrun", "blown", "stolen", "beaten"})
_UNDERGO = frozenset({"subjected"})
_EXPLOSIVE = re.compile(r"(?:explo|detonat|IED|mine|landmine|mortar|rocket|shell|attack|ambush|gunfire|fire)", re.I)
_LABEL = re.compile(r"[A-Z][\w /&-]{0,30}:\s+(?=\S)")
_HIT_MINE = re.compile(r"(?:hit|struck|strikes?|ran over|run over|drove over|stepped on|triggered)\s+"
                       r"(?:an?\s+|the\s+)?(?:\w+\s+)?(?:IED|mine|landmine|explosive|roadside bomb|bomb)", re.I)
_AIR = re.compile(r"(?:air ?strikes?|air raids?|drone strikes?|shelling|bombing|artillery)$", re.I)
_AND = re.compile(r"\s*(?:,|,?\s*(?:and|&|along with|together with|alongside|as well as|backed by|supported by))"
                  r"\s+(?:\w+\s+)?$", re.I)
_HEDGE = re.compile(r"^\s*,?\s*(?:possibly|perhaps|probably|likely|maybe|either)\s+(?:from\s+|of\s+|members\s+of\s+)?"
                    r"(?:the\s+)?$", re.I)
_CLAUSE_END = re.compile(r"[,;.:]|\s(?:but|while|whereas)\s")
_IN_ACT = re.compile(r"\b(?:in|during)\s+(?:an?|the|their|its|a\s+\w+)\s+(?:\w+\s+)?$", re.I)
_ON_BEHALF = re.compile(r"\b(?:request|behalf|orders?|command|invitation|instructions?|support|help|pressure|advice)\s+"
                        r"(?:of|from)\s+(?:the\s+)?$", re.I)
_WITH = re.compile(r"\s+(?:\w+\s+)?(?:with|against|on)\b", re.I)
_EITHER = re.compile(r"^\s*(?:,\s*)?(?:or|and/or)\s+(?:\w+\s+)?$", re.I)
_INTERVENE = re.compile(r"\b(?:dispers\w*|tear ?gas|fired|fire on|shot|arrest\w*|clash\w*|beat\w*|repress\w*|"
                        r"charged|intervene\w*|crack(?:ed)? down|broke up|break up|broken up|killed|wounded|"
                        r"injured)\b", re.I)
_SIDE_WORDS = re.compile(r"\b(?:against|on|targeting|at|into|towards?|near)\s+(?:the\s+|an?\s+)?$", re.I)
# Searched as lower-case regexes on lowered ASCII text (see warscribe.dates._regex): same matches, faster.
(_VIOLENT_CROWD, _RIOT, _AUX, _BY, _ATTRIBUTION, _CLASH, _BETWEEN, _REDUCED, _CLAIM, _ED_BY, _EXPLOSIVE,
 _HIT_MINE, _AIR, _AND, _HEDGE, _IN_ACT, _ON_BEHALF, _WITH, _EITHER, _INTERVENE, _SIDE_WORDS) = map(caseless, (
    _VIOLENT_CROWD, _RIOT, _AUX, _BY, _ATTRIBUTION, _CLASH, _BETWEEN, _REDUCED, _CLAIM, _ED_BY, _EXPLOSIVE,
    _HIT_MINE, _AIR, _AND, _HEDGE, _IN_ACT, _ON_BEHALF, _WITH, _EITHER, _INTERVENE, _SIDE_WORDS))


def interaction(inter1: int | None, inter2: int | None = None) -> int:
    """ACLED's interaction code: the two inter codes, lower digit first; one actor alone is inter*10.

    >>> interaction(2, 1), interaction(1, 7), interaction(6, None), interaction(8, 8)
    (12, 17, 60, 88)
    """
    if not inter1 and not inter2:
        return 0
    if not inter1 or not inter2:
        return 10 * (inter1 or inter2 or 0)
    low, high = sorted((inter1, inter2))
    return 10 * low + high


def same_actor(a: str, b: str) -> bool:
    """Whether two ACLED names denote the same actor, ignoring the period in parentheses.

    >>> same_actor("Military Forces of Mali (2013-)", "Military Forces of Mali (2013-2020)")
    True
    """
    return _PERIOD.sub("", a).strip().casefold() == _PERIOD.sub("", b).strip().casefold()


def find_trigger(sentence_text: str, *, offset: int = 0,
                 mentions: Sequence[ActorMention] = ()) -> tuple[int, int] | None:
    """Span (offset-based) of the first word naming violence, a protest or a riot, outside ``mentions``.

    >>> find_trigger("On 3 May, gunmen ambushed a convoy.")
    (17, 25)
    """
    label = _LABEL.match(sentence_text)  # "Arrests: French forces arrested ...": skip the heading
    for match in TRIGGER.finditer(sentence_text, label.end() if label else 0):
        start, end = match.start() + offset, match.end() + offset
        if all(end <= m.start or start >= m.end for m in mentions):  # not "a suicide bomber"
            return start, end
    return None


def passive_victim(sentence_text: str, mention: ActorMention, trigger_span: tuple[int, int], *,
                   offset: int = 0) -> bool:
    """Whether ``mention`` undergoes the action named at ``trigger_span`` rather than doing it.

    True for "X were killed", "attacked X", "an ambush on X"; False for "X attacked".

    >>> from warscribe.model import ActorMention
    >>> s = "Two soldiers were killed near Gao."
    >>> passive_victim(s, ActorMention("soldiers", 4, 12, "Military Forces of Mali (2013-2020)", 1), (18, 24))
    True
    """
    t_start, t_end = trigger_span[0] - offset, trigger_span[1] - offset
    m_start, m_end = mention.start - offset, mention.end - offset
    if m_start >= t_end:
        return not _BY.match(sentence_text[t_end:m_start])
    return m_end <= t_start and _is_passive(sentence_text, t_start, t_end)


def _is_passive(text: str, t_start: int, t_end: int) -> bool:
    if _AUX.search(text[max(0, t_start - 40):t_start]):
        return True
    word = text[t_start:t_end].lower()  # "FAMa post attacked near Boni": a reduced passive
    if word in _UNDERGO:
        return True
    participle = word.endswith(("ed", "en")) or word in _IRREGULAR
    return participle and not _CLASH.match(word) and bool(_REDUCED.match(text[t_end:]))


def _agent_after_by(text: str, mentions: list[ActorMention], t_end: int, offset: int) -> ActorMention | None:
    for m in mentions:
        if m.start - offset >= t_end and _BY.match(text[t_end:m.start - offset]):
            return m
    return None


def _event_kind(trigger: str, event_type: str | None, text: str = "") -> str:
    kind = (event_type or "").lower()
    if "protest" in kind:
        return "protest"
    if "riot" in kind or "mob" in kind or "violent demonstration" in kind:
        return "riot"
    if kind:
        return "violence"
    if _PROTEST.match(trigger):
        return "riot" if _VIOLENT_CROWD.search(text) else "protest"
    return "violence"


def assign_roles(sentence_text: str, mentions: list[ActorMention], trigger_span: tuple[int, int] | None = None, *,
                 offset: int = 0, event_type: str | None = None, country: str = "Mali",
                 default_agent: str | None = "Unidentified Armed Group ({country})",
                 nearby: Sequence[tuple[str, Sequence[ActorMention]]] = ()
                 ) -> tuple[ActorMention | None, ActorMention | None]:
    """(actor1, actor2) of the event a sentence reports.

    Mentions and ``trigger_span`` share coordinates; ``sentence_text`` starts at ``offset`` in them.
    Rules: the agent stands before an active verb or after "by" in a passive; the victim follows the
    verb (or precedes a passive); "clashes between X and Y" gives X, Y; a named armed group
    attributed in the sentence ("presumably JNIM") replaces an anonymous one; civilians are never
    actor1 except in protests and riots (where they become protesters/rioters); a violent event with
    a victim and no agent gets ``default_agent`` (ACLED's unidentified armed group; None to omit).
    ``nearby``: (text, mentions) of the next sentences of the paragraph; a named armed group they
    hold responsible ("JNIM claimed the attack") replaces an anonymous or missing agent.

    >>> from warscribe.extract.actors import ActorDictionary
    >>> s = "Protesters marched in Gao against insecurity."
    >>> [m and m.name for m in assign_roles(s, ActorDictionary.default().find(s))]
    ['Protesters (Mali)', None]
    """
    mentions = _hedged(sentence_text, sorted((m for m in mentions if m.name), key=lambda m: m.start), offset)
    if trigger_span is None or any(m.start < trigger_span[1] and trigger_span[0] < m.end for m in mentions):
        trigger_span = find_trigger(sentence_text, offset=offset, mentions=mentions) or trigger_span
    trigger = sentence_text[trigger_span[0] - offset:trigger_span[1] - offset] if trigger_span else ""
    kind = _event_kind(trigger, event_type, sentence_text)
    if kind in ("protest", "riot"):
        return _crowd_roles(sentence_text, mentions, kind, country, trigger_span, offset)
    if not mentions and trigger_span is None:
        return None, None
    if trigger_span is None:
        trigger_span = (mentions[0].end, mentions[0].end)
    t_start, t_end = trigger_span[0] - offset, trigger_span[1] - offset
    agent, victim = _syntactic_roles(sentence_text, mentions, t_start, t_end, offset)
    if agent is not None and agent.inter in (5, 6, 7) and not _is_passive(sentence_text, t_start, t_end) \
            and (agent.inter != 7 or agent.text[:1].isalpha() and _RIOT.match(trigger) or _CLASH.match(trigger)):
        return _crowd_roles(sentence_text, mentions, "riot", country, trigger_span, offset)  # residents who riot
    by_agent = _by_agent(sentence_text, mentions, offset)  # "planted by X", "killed by X"
    if by_agent is not None and by_agent is not agent and (agent is None or agent.generic or agent.inter == 7):
        if victim is by_agent:
            victim = agent
        agent = by_agent
    agent = _attributed(sentence_text, mentions, agent, victim, offset)
    means = next((m for m in mentions if _AIR.search(m.text) and (not m.generic or m.inter in (1, 8))), None)
    if means is not None and means is not agent and (agent is None or agent.generic and agent.inter != 1):
        victim = victim if victim is not means else agent
        agent = means  # "women died in French airstrikes": the strike's owner acted
    if agent is not None and agent.generic and _AIR.search(agent.text):  # "airstrikes ... by French forces"
        agent = next((m for m in mentions if not m.generic and m.inter in (1, 8) and m is not victim), agent)
    if agent is None or agent.generic:
        agent = _claimed(nearby, agent, victim)
    if agent is not None and agent.inter == 7:
        agent, victim = None, victim or agent
    if victim is not None and agent is not None and victim.name == agent.name:
        victim = next((m for m in mentions if m.name != agent.name and m is not agent), None)
    if agent is None and default_agent and (victim is not None or _EXPLOSIVE.match(trigger)):
        agent = ActorMention("", -1, -1, default_agent.replace("{country}", country), 3, True, 0.3)
    return agent, victim


def _syntactic_roles(text: str, mentions: list[ActorMention], t_start: int, t_end: int,
                     offset: int) -> tuple[ActorMention | None, ActorMention | None]:
    """Agent and victim from word order: clashes between X and Y, passives, active verbs."""
    before = [m for m in mentions if m.end - offset <= t_start]
    after = [m for m in mentions if m.start - offset >= t_end]
    between = _BETWEEN.search(text)
    if _CLASH.search(text) and between:
        sides = [m for m in mentions if m.start - offset >= between.end()]
        if len(sides) >= 2:
            other = next((m for m in sides[1:] if m.name != sides[0].name), sides[1])
            return _ethnic_side(sides[0]), _ethnic_side(other)
    distinct = _distinct_sides(before)
    clause = _CLAUSE_END.search(text, t_end)
    stop = clause.start() if clause else len(text)
    objects = [m for m in after if m.start - offset < stop and all(m.name != d.name for d in distinct)]
    if _CLASH.match(text, t_start) and len(distinct) >= 2 and not objects and not _WITH.match(text, t_end):
        return distinct[0], distinct[1]  # "the CSP and junta forces clashed": the two subjects
    if _HIT_MINE.match(text, t_start) and before:  # "their vehicle hit a mine": a victim
        return None, before[-1]
    if _is_passive(text, t_start, t_end):
        agent = _agent_after_by(text, mentions, t_end, offset)
        return _ethnic_side(agent), before[-1] if before else next((m for m in after if m is not agent), None)
    agent = _closest_agent(text, before, offset, t_start)
    victim = next((m for m in after if (agent is None or m.name != agent.name)
                   and not _ON_BEHALF.search(text, max(0, m.start - offset - 40), m.start - offset)), None)
    if victim is None and agent is not None and len(before) > 1:
        victim = next((m for m in reversed(before[:-1]) if m.name != agent.name), None)
    return _ethnic_side(agent), victim


def _distinct_sides(mentions: list[ActorMention]) -> list[ActorMention]:
    out: list[ActorMention] = []
    for m in mentions:
        if m.inter in (1, 2, 3, 4, 8) and all(m.name != o.name for o in out):
            out.append(m)
    return out


def _ethnic_side(mention: ActorMention | None) -> ActorMention | None:
    """A bare community name ("the Fulani") acting or fighting is coded as that community's militia."""
    if mention is None or mention.inter != 7 or mention.confidence > 0.5 or "Ethnic Group" not in mention.assoc:
        return mention
    return ActorMention(mention.text, mention.start, mention.end,
                        mention.assoc.replace("Ethnic Group", "Ethnic Militia"), 4, True, 0.5)


def _by_agent(text: str, mentions: list[ActorMention], offset: int) -> ActorMention | None:
    for m in mentions:
        if m.inter != 7 and _ED_BY.search(text, max(0, m.start - offset - 120), m.start - offset):
            return m
    return None


def _closest_agent(text: str, before: list[ActorMention], offset: int,
                   trigger_start: int) -> ActorMention | None:
    """The mention nearest before the verb that is not itself the object of "against"/"on".

    After a comma ("..., killing five"), the subject of the main clause acted: the first mention.
    """
    armed = [m for m in before if m.inter != 7] or before
    if armed and _IN_ACT.search(text, max(0, trigger_start - 24), trigger_start):
        return armed[0]  # "jihadists killed 20 gendarmes in an assault on their camp": the clause's subject
    if armed and text[max(0, trigger_start - 2):trigger_start].strip() == "," \
            and text[trigger_start:trigger_start + 30].split(" ")[0].endswith("ing"):
        return armed[0]
    for k in range(len(armed) - 1, -1, -1):
        m = armed[k]
        if not _SIDE_WORDS.search(text[max(0, m.start - offset - 16):m.start - offset]):
            while k and _AND.match(text[armed[k - 1].end - offset:armed[k].start - offset]):
                k -= 1  # "X and Y attacked": the first of the pair leads
            return armed[k]
    return armed[-1] if armed else None


def _attributed(text: str, mentions: list[ActorMention], agent: ActorMention | None,
                victim: ActorMention | None, offset: int) -> ActorMention | None:
    """Prefer a named armed group the sentence attributes the act to over an anonymous agent."""
    if agent is not None and not agent.generic:
        return agent
    named = [m for m in mentions if not m.generic and m.inter in (2, 3, 4) and m is not victim
             and (victim is None or m.name != victim.name)]
    if not named:
        return agent
    if agent is not None and _alternatives(text, named, offset):  # "Islamists, possibly AQIM or MUJAO"
        return agent
    if agent is None or _ATTRIBUTION.search(text) or agent.name.startswith(("Unidentified", "Islamist")):
        return named[0]
    return agent


def _hedged(text: str, mentions: list[ActorMention], offset: int) -> list[ActorMention]:
    """Drop named groups offered only as guesses for an anonymous one ("Islamists, possibly AQIM or MUJAO")."""
    for k, m in enumerate(mentions):
        if not m.generic or m.inter not in (2, 3):
            continue
        named = [n for n in mentions[k + 1:k + 4] if not n.generic and n.inter in (2, 3, 4)]
        if len(named) >= 2 and _HEDGE.match(text[m.end - offset:named[0].start - offset]) \
                and _alternatives(text, named, offset):
            return [n for n in mentions if all(n is not x for x in named)]
    return mentions


def _alternatives(text: str, named: list[ActorMention], offset: int) -> bool:
    """Whether two different named groups are offered as alternatives ("A or B"): no attribution."""
    return any(a.name != b.name and _EITHER.match(text[a.end - offset:b.start - offset])
               for a, b in zip(named, named[1:]))


def _claimed(nearby: Sequence[tuple[str, Sequence[ActorMention]]], agent: ActorMention | None,
             victim: ActorMention | None) -> ActorMention | None:
    for text, mentions in nearby:
        if not _CLAIM.search(text):
            continue
        for m in mentions:
            if not m.generic and m.inter in (2, 3, 4) and (victim is None or m.name != victim.name):
                return m
    return agent


def _crowd_roles(text: str, mentions: list[ActorMention], kind: str, country: str,
                 trigger_span: tuple[int, int] | None, offset: int
                 ) -> tuple[ActorMention | None, ActorMention | None]:
    """Protesters/rioters as actor1; actor2 only for forces that intervene, or a riot's target."""
    crowd_inter, crowd_name = (6, "Protesters") if kind == "protest" else (5, "Rioters")
    crowd = next((m for m in mentions if m.inter == crowd_inter), None)
    if crowd is None:
        crowd = next((m for m in mentions if m.inter in (5, 6, 7)), None) or next(iter(mentions), None)
        if crowd is None:
            return ActorMention("", -1, -1, f"{crowd_name} ({country})", crowd_inter, True, 0.3), None
        if crowd.inter not in (5, 6, 7):  # "members of the CMA protested": the group is associated
            return ActorMention(crowd.text, crowd.start, crowd.end, f"{crowd_name} ({country})", crowd_inter, True,
                                crowd.confidence, crowd.name), None
        where = crowd.name[crowd.name.find("("):] if "(" in crowd.name else f"({country})"
        if where == "(International)":
            where = f"({country})"
        crowd = ActorMention(crowd.text, crowd.start, crowd.end, f"{crowd_name} {where}", crowd_inter,
                             True, crowd.confidence, crowd.assoc)
    rest = [m for m in mentions if m.start > crowd.start and m.inter not in (5, 6)]
    other = next((m for m in rest if m.inter == 1), None) if _INTERVENE.search(text) else None
    verb = _INTERVENE.search(text) if other is None and kind == "protest" else None
    if verb is not None:  # "dispersed by Ansar Dine members": the armed group nearest the intervention
        armed = [m for m in mentions if m is not crowd and m.inter in (1, 2, 3, 4, 8) and not m.generic]
        other = min(armed, key=lambda m: min(abs(m.start - offset - verb.end()), abs(verb.start() - m.end + offset)),
                    default=None)
    if other is None and kind == "riot" and trigger_span is not None:  # "a mob beat a thief": the target
        target = next((m for m in rest if m.start >= trigger_span[1]), None)
        other = target if target is not None and target.confidence > 0.5 else None
    return crowd, other
