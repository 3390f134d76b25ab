"""Casualty figures in ACLED's conventions: how many were killed or injured.

ACLED records the lowest figure a report supports: "at least 12" is 12, "between 20 and
30" is 20, "over 40" is 40. Counts without a number follow ACLED's codebook
(:data:`~warscribe.extract.figures.quantities.VAGUE_COUNTS`): "several", "many", "a number
of" are 10; "dozens" 12; "hundreds" 100. Fatalities of every side add up; missing,
abducted or displaced people are never fatalities. Cumulative figures are flagged
``is_aggregate``: they become statistics, never events.

>>> c = find_casualties("Gunmen stormed the camp, killing 5 soldiers and 3 civilians; 2 were wounded.")
>>> c.killed, c.injured, c.is_aggregate
(8, 2, False)
>>> find_casualties("Between 20 and 30 people died in the raid.").killed
20
"""

from __future__ import annotations

import re
from dataclasses import replace

from warscribe.dates._lexicon import MONTH_RE
from warscribe.dates._lexicon import scan
from warscribe.extract.figures.quantities import Quantity, find_quantities
from warscribe.extract.figures.statistics import aggregate_marker, sentence_bounds
from warscribe.model import Casualties, CasualtyFigure

_FATAL = (
    r"killed|dead|died|dies|slain|executed|murdered|assassinated|massacred|lynched|beheaded"
    r"|shot\s+dead|perished|deaths|fatalities|bodies|corpses|lost\s+their\s+lives|lost\s+(?:his|her)\s+life"
    r"|succumbed(?:\s+to\s+(?:his|her|their)\s+(?:wounds|injuries))?|neutrali[sz]ed|eliminated"
    r"|(?:burnt|burned|shot|stoned|beaten|hacked|stabbed|tortured|starved)\s+to\s+death|drowned"
)
_HURT = r"wounded|injured|hurt"
_AUX = (
    r"(?:(?:were|was|are|is|be|have\s+been|has\s+been|had\s+been|being|been|got|remain|remained|had|have|has"
    r"|(?:were|was|are|is)\s+(?:reported(?:ly)?|believed|said|found|thought)(?:\s+to\s+have\s+been)?"
    r"|(?:were|was)\s+confirmed)\s+)"
)
_ADV = (
    r"(?:(?:reportedly|reported|allegedly|also|all|later|subsequently|confirmed|found|seriously|severely"
    r"|lightly|badly|critically|slightly|fatally|mortally|then|eventually|presumably|likely)\s+)"
)
_TRIGGER = re.compile(
    rf"\b(?:(?P<fatal>{_FATAL})|(?P<hurt>{_HURT}))\b"
    r"(?!(?<=dead)\s+(?!(?:and|in|at|on|after|from|during|among|following|when|while|as|were|was|reported"
    r"|including|by|with|or)\b)[a-z])",
    re.IGNORECASE,
)
_AUX_TAIL = re.compile(rf"\b(?P<aux>{_AUX})?{_ADV}*$", re.IGNORECASE)
_PREFILTER = re.compile(
    r"kill|dead|die|death|slain|lost|los[ei]|execut|murder|assassin|massacr|lynch|behead|perish|fatalit|bod(?:y|ies)|corpse"
    r"|li(?:fe|ves)|succumb|neutrali|eliminat|drown|wound|injur|hurt|toll|coded|casualt",
    re.IGNORECASE,
)
_PASSIVE_AHEAD = re.compile(rf"\s+(?:{_AUX})?{_ADV}*(?:{_FATAL}|{_HURT})\b", re.IGNORECASE)
_EMPTY = Casualties()
_LAST_WORD = re.compile(r"(\w+)\s+$")
_AUX_WORDS = frozenset(
    "were was are is be been being got remain remained had have has reported reportedly believed said found thought confirmed "
    "allegedly also all later subsequently seriously severely lightly badly critically slightly fatally mortally "
    "then eventually presumably likely".split()
)
_TRIGGER_FIRST = frozenset(
    "killed dead died dies slain executed murdered assassinated massacred lynched beheaded shot perished deaths "
    "fatalities bodies corpses lost succumbed neutralised neutralized eliminated burnt burned stoned beaten hacked stabbed tortured starved drowned "
    "wounded injured hurt".split()
)
_ACTIVE_FIRST = frozenset(
    "kill killing killed kills executing executed assassinating assassinated massacring massacred murdering "
    "murdered beheading beheaded lynching lynched shot shooting claiming claimed stoned stoning beat beating "
    "beaten hacked hacking stabbed stabbing resulting result caused causing led leading the a body bodies "
    "neutralising neutralizing neutralised neutralized eliminating eliminated lost losing loses lose toll death "
    "wound wounding wounded injuring injured".split()
)
_ACTIVE = re.compile(
    r"\b(?:(?P<fatal>kill(?:ing|ed|s)?|execut(?:ing|ed)|assassinat(?:ing|ed)|massacr(?:ing|ed)|murder(?:ing|ed)"
    r"|behead(?:ing|ed)|lynch(?:ing|ed)|shot\s+dead|shooting\s+dead|claim(?:ing|ed)\s+the\s+lives\s+of"
    r"|(?:shot|shooting|stoned|stoning|beat|beating|beaten|hacked|hacking|stabbed|stabbing)\s+to\s+death"
    r"|(?:(?:resulting\s+in|result\s+in|caused|causing|led\s+to|leading\s+to)\s+(?:the\s+)?|the\s+)(?:[\w-]+\s+)?(?:deaths?|killings?|executions?"
    r"|murders?|assassinations?)\s+of|(?:the\s+)?bod(?:y|ies)\s+of"
    r"|neutrali[sz](?:ing|ed)|eliminat(?:ing|ed)|(?P<lost>lost|losing|loses|lose)"
    r"|(?:(?:the\s+)?(?:death\s+)?toll(?:\s+(?!(?:rose|reached|stood|climbed|is|was|of|at|to|has|had)\b)[\w'’-]+){0,5}?|(?:the|a)\s+(?:total\s+)?(?:number|tally|count)\s+of\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:killed|dead|deaths|fatalities|victims)(?:\s+[\w'’-]+){0,6}?)\s+(?:rose\s+to|reached|stood\s+at"
    r"|of|is|was|climbed\s+to|at|to|has\s+risen\s+to|had\s+risen\s+to))"
    r"|(?P<hurt>wound(?:ing|ed)|injur(?:ing|ed)))"
    r"(?:\s+and\s+(?P<also>wound(?:ing|ed)|injur(?:ing|ed)|kill(?:ing|ed)))?\s+",
    re.IGNORECASE,
)
_TOLL = re.compile(r"\b(?:toll|tally|number\s+of|count\s+of)\b", re.IGNORECASE)
_LEFT = re.compile(
    r"\b(?:left|leaving|leave|leaves)\s+(?P<q>.{1,70}?)\s+(?:(?P<fatal>dead)|(?P<hurt>wounded|injured))\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:no|none|nobody|neither|not|never|no\s+one|zero)\b(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE)
_NONE_HURT = re.compile(
    r"\b(?:no|without(?:\s+causing)?(?:\s+any)?|zero)\s+(?:casualties|deaths|fatalities|injuries|victims|losses)"
    r"|\b(?:nobody|no\s+one|none)\s+(?:was|were)\s+(?:\w+\s+)?(?:killed|hurt|injured|wounded)",
    re.IGNORECASE,
)
_HYPOTHETICAL = re.compile(
    r"\b(?:to|would|could|might|(?-i:may)|will|threaten(?:ed|ing|s)?(?:\s+to)?|tried\s+to|attempt(?:ed|ing)?\s+to"
    r"|plan(?:ned|ning)?\s+to|accused\s+of|suspected\s+of|responsible\s+for|charged\s+with|wanted\s+for"
    r"|convicted\s+of|for|avenge|revenge\s+for|risk\s+of)\s+$",
    re.IGNORECASE,
)
_STOP = frozenset(
    "in at on by near from after during when while which who whom that but were was had have has is are "
    "attacked said says claimed reported according into against with since its his her this these those "
    "clashes fighting attack attacks ambush ambushed raid raided stormed opened fire killing killed "
    "wounding wounded injuring injured including among next following same previous day night morning "
    "evening week month year time unclear unknown undetermined unspecified".split()
)
_CLAUSE = re.compile(
    r"[.;:!?\[\]]|(?<!all )\bbut\b|\b(?:while|whereas|when|after|before|where|who|which|that)\b", re.IGNORECASE
)
_CLAUSE_START = re.compile(
    r"^\W*(?:(?:on|in|by|around|during|overnight)\b[^,]{0,30},\s*)?(?:(?:and|then|also|reportedly|allegedly)\s+)*$",
    re.IGNORECASE,
)
_BACKDROP = re.compile(
    r"\b(?:following|after|over|against|for|about|into|investigat\w*|protest\w*|avenge|since|before)\s+$", re.IGNORECASE
)
_COLLECTIVE = re.compile(r"^\s+(?:group|total|band|party|family|contingent|crowd|convoy)\s+of\s+$", re.IGNORECASE)
_AFTER_PREP = re.compile(
    r"\b(?:in|on|at|of|from|near|board|into|with|by|to|for|against|toward|towards|inside|outside)\s+$", re.IGNORECASE
)
_NEW_CLAUSE = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:were|was|are|is|have|has|had|went|managed|said|says|told|added|reported|claimed)\b",
    re.IGNORECASE,
)
_NO_SINGLE = re.compile(r"neutrali|eliminat", re.IGNORECASE)  # a lone "neutralized" is often a device
_NOMINAL = re.compile(r"\b(?:the|of\s+the)\s+$", re.IGNORECASE)  # "the wounded", "the dead": people, not a count
_FUNCTION = frozenset("and or but then also who which that as so yet nor".split())
_VERB_TRIGGER = re.compile(r"(?:ed|slain|death|dead)$", re.IGNORECASE)
_PARENS = re.compile(r'\([^()]{0,80}\)|"[^"]{0,40}"')
_PARTITIVE = re.compile(r"^\s+of(?:\s+(?:the|these|those|them|whom|which))?\s*$", re.IGNORECASE)
_INCLUDING = re.compile(r"\bincluding\b|\bamong\s+them\b|\bof\s+whom\b", re.IGNORECASE)
_CODED = re.compile(r"\bfatalities\s+(?:were\s+)?coded\s+as\s+(\d+)", re.IGNORECASE)
_DATE_NUMBER = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:-|–|and|to)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?" + MONTH_RE
    + r"|" + MONTH_RE + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:\s*(?:-|–|and|to)\s*\d{1,2}\b)?"
    r"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{1,2}[h:]\d{0,2}\b"
)
_ANAPHORIC = frozenset(("the", "these", "those", "both", "all", "its", "their"))
_COORD_GAP = re.compile(
    r"^\s*(?P<nouns>(?:[\w'’\"-]+(?:\s+[\w'’\"-]+){0,5})??)\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*"
    r"|\s+as\s+well\s+as\s+|\s+plus\s+)$",
    re.IGNORECASE,
)
_NOUNS = re.compile(r"^\s*(?:[\w'’\"-]+(?:\s+[\w'’\"-]+){0,5})?\s*$")
_SINGULAR = re.compile(
    r"(?:^|\s)(?:he|she)\s+(?:[\w'’-]+\s+){0,2}$|(?:^|\s)(?:the|his|her|its|their|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?P<head>[\w'’-]*[^\Ws])\s*$", re.IGNORECASE
)
_HEADLINE = re.compile(r"(?:^|[.;:]\s+|,\s+)(?:[A-Z][\w'’.-]*\s+)?(?:[\w'’.-]+\s+){0,6}?[\w'’-]*[^\Ws\d]\s+$")
_AGENT_AFTER = re.compile(
    r"\s+(?:by|at|in|near|on|during|while|and|of|from|after|when|following|later|overnight|shortly|immediately"
    r"|today|yesterday|last|this)\b|\s*[.,;]|\s*$",
    re.IGNORECASE,
)
_SINGULAR_AFTER = re.compile(
    r"(?:himself|herself)\b|(?:the|his|her|its|their)\s+(?:(?!and\b|or\b)[\w'’-]+\s+){0,2}?(?P<head>[\w'’-]*[^\Ws\W])\b"
    r"(?:\s+of\s+(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_ITEM_TAIL = re.compile(
    r"(?P<nouns>(?:\s+(?!and\b)[\w'’\"-]+){0,5}?)(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s+as\s+well\s+as\s+"
    r"|\s+plus\s+)(?=\S)",
    re.IGNORECASE,
)


def _nouns_ok(words: str) -> bool:
    """Words between a count and what follows form a noun phrase ("MNLA fighters (CMA)")."""
    words = _PARENS.sub(" ", words)
    if not _NOUNS.match(words):
        return False
    return not any(w.lower() in _STOP for w in re.findall(r"[\w'’-]+", words))


def _coordinated(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether two counts are listed together: "5 soldiers and 3 civilians"."""
    m = _COORD_GAP.match(_PARENS.sub(" ", text[first.end:second.start]))
    return bool(m) and _nouns_ok(m["nouns"])


class _Scanner:
    """One pass over a text: its counts, and which of them a trigger has already claimed."""

    def __init__(self, text: str) -> None:
        self.text = text
        masked = [(m.start(), m.end()) for m in _DATE_NUMBER.finditer(text)]
        self.qs = [
            q for q in find_quantities(text)
            if not any(a <= q.start < b or a < q.end <= b for a, b in masked)
        ]
        merged: list[Quantity] = []
        for q in self.qs:  # "a group of 16 pilgrims" is 16
            if merged and merged[-1].value == 1 and _COLLECTIVE.match(text[merged[-1].end:q.start]):
                first = merged.pop()
                q = Quantity(q.value, first.start, q.end, text[first.start:q.end], q.exact)
            merged.append(q)
        self.qs = merged
        self.used: set[int] = set()
        self.triggers: set[int] = set()
        self.figures: list[CasualtyFigure] = []

    def add(self, kind: str, q: Quantity, start: int, end: int) -> None:
        self.used.add(q.start)
        first = q.text.split(" ", 1)[0].lower()
        if first in _ANAPHORIC and any(f.kind == kind and f.value == q.value for f in self.figures):
            return  # "the two soldiers killed": the same dead, named again
        self.figures.append(CasualtyFigure(kind, q.value, self.text[start:end], start, end))

    def objects(
        self, pos: int, limit: int | None = None, *, ahead: bool = True, single: bool = True
    ) -> list[Quantity]:
        """Victims listed at ``pos``: "two policemen and two civilians", "the mayor, his wife and their
        two children" (a singular noun phrase counts 1)."""
        text = self.text
        out: list[Quantity] = []
        while True:
            item = self._item(pos, ahead=ahead, later=bool(out), single=single, limit=limit)
            if item is None or (out and out[-1].exact and not item.exact and item.value > 1):
                break
            out.append(item)
            tail = _ITEM_TAIL.match(text, item.end)
            if tail is None or not _nouns_ok(tail["nouns"]):
                break
            pos = tail.end()
        return out

    def _item(self, pos: int, *, ahead: bool, later: bool, single: bool, limit: int | None) -> Quantity | None:
        text = self.text
        while pos < len(text) and text[pos] == " ":
            pos += 1
        for q in self.qs:
            if q.start > pos or (limit is not None and q.start > limit):
                break
            if q.start == pos and q.start not in self.used:
                if ahead and _PASSIVE_AHEAD.match(text, q.end):
                    return None  # "killed two wounded": that count belongs to the next verb
                if later and (_NEW_CLAUSE.match(text, q.end) or _OF_AFTER.match(text, q.end)):
                    return None  # "killing four, three others were abducted"; "a diplomat, one of four"
                return q
        if not single:
            return None
        m = _SINGULAR_AFTER.match(text, pos)
        if (m and (m["head"] or "x").lower() not in _STOP and (m["head"] or "x").lower() not in _FUNCTION
                and not (ahead and _PASSIVE_AHEAD.match(text, m.end()))
                and not (later and _NEW_CLAUSE.match(text, m.end()))):
            return Quantity(1, m.start(), m.end(), m.group(), exact=True)
        return None

    def subjects(self, end: int) -> list[Quantity]:
        """Counts listed right before ``end`` within its clause: "2 children, 2 men and a woman"."""
        text = self.text
        floor = max(0, end - 200)
        for b in _CLAUSE.finditer(text, floor, end):
            floor = b.end()
        qs = [
            q for q in self.qs
            if floor <= q.start and q.end <= end and q.start not in self.used
            and not (q.text.lower() in ("a", "an") and _AFTER_PREP.search(text, max(0, q.start - 12), q.start))
        ]
        if not qs:
            return []
        inc = _INCLUDING.search(text, qs[0].end, end)
        if inc is not None:  # "three fighters, including a commander, were killed": the total
            end = inc.start()
            qs = [q for q in qs if q.end <= end]
            if not qs:
                return []
        last = qs[-1]
        if not _nouns_ok(text[last.end:end].rstrip(" ,")):
            head = qs[0]
            if (_CLAUSE_START.match(text[floor:head.start]) and not _PASSIVE_AHEAD.match(text, head.end)
                    and head.text.lower() not in ("a", "an")):
                return [head]  # "9 traders, most of whom were Bozo, were killed"
            return []
        if len(qs) > 1 and _PARTITIVE.match(text[qs[-2].end:last.start]):
            qs = qs[:-1]  # "one of the three soldiers" is one
            last = qs[-1]
        picked = [last]
        for q in reversed(qs[:-1]):
            if not _coordinated(text, q, picked[-1]) or (picked[-1].exact and not q.exact and q.value > 1):
                break
            picked.append(q)
        return picked[::-1]


def find_casualties(text: str) -> Casualties:
    """Killed and injured counts a text reports, with the words that say so.

    >>> find_casualties("Dozens of fighters were killed and nobody was hurt.").killed
    12
    >>> find_casualties("No casualties were reported.").negated
    True
    """
    if not _PREFILTER.search(text):
        return _EMPTY
    sc = _Scanner(text)
    for m in _LEFT.finditer(text):
        kind = "killed" if m["fatal"] else "injured"
        for q in sc.objects(m.start("q"), limit=m.end("q"), ahead=False):
            sc.add(kind, q, m.start(), m.end())
        sc.triggers.add(m.start("fatal") if m["fatal"] else m.start("hurt"))
    for m in scan(_ACTIVE, text, _ACTIVE_FIRST, digits=False):
        if _HYPOTHETICAL.search(text, max(0, m.start() - 40), m.start()) or (
            not m["fatal"] or m["fatal"][:3].lower() in ("the", "res", "cau", "led", "lea", "bod")
        ) and _BACKDROP.search(text, max(0, m.start() - 40), m.start()):
            sc.triggers.add(m.start())
            continue
        qs = sc.objects(m.end(), single=not m["lost"])
        if not qs:
            continue
        sc.triggers.add(m.start())
        kinds = ["killed" if m["fatal"] else "injured"]
        if m["also"]:
            kinds.append("killed" if m["also"].lower().startswith("kill") else "injured")
        for q in qs:
            for kind in kinds:
                sc.add(kind, q, m.start(), q.end)
    negated = bool(_NONE_HURT.search(text))
    for t in scan(_TRIGGER, text, _TRIGGER_FIRST, digits=False):
        if t.start() in sc.triggers or _NOMINAL.search(text, max(0, t.start() - 8), t.start()):
            continue
        kind = "killed" if t["fatal"] else "injured"
        prev = _LAST_WORD.search(text, max(0, t.start() - 24), t.start())
        m = None
        if prev is not None and prev.group(1).lower() in _AUX_WORDS:
            m = _AUX_TAIL.search(text, max(0, t.start() - 60), t.start())
        start = m.start() if m else t.start()
        aux = (m["aux"] or "").lower() if m else ""
        before = text[max(0, start - 60):start]
        if _NEGATION.search(before):
            negated = True
            continue
        if _HYPOTHETICAL.search(before):
            continue
        qs = sc.subjects(start)
        if qs:
            for q in qs:
                sc.add(kind, q, q.start, t.end())
            continue
        if aux.startswith("be") or not _VERB_TRIGGER.search(t.group()) or _NO_SINGLE.match(t.group()):
            continue
        if aux:
            one = aux.startswith(("was", "is", "has"))
        else:  # "The driver died", "Village chief killed by gunmen": no object may follow
            single = _SINGULAR.search(before)
            one = bool(
                (single and (single["head"] or "").lower() not in _FUNCTION)
                or _HEADLINE.search(text, max(0, start - 80), start)
            ) and bool(_AGENT_AFTER.match(text, t.end()))
        if one:
            sc.add(kind, Quantity(1, start, t.end(), text[start:t.end()], exact=False), start, t.end())
    figures = sorted(sc.figures, key=lambda f: f.start)
    coded = _CODED.search(text)
    if coded:  # ACLED's own note: "unknown fatalities coded as 10"
        figures = [f for f in figures if f.kind != "killed"]
        figures.append(CasualtyFigure("killed", int(coded[1]), coded.group(), coded.start(), coded.end()))
    tolls = [f for f in figures if f.kind == "killed" and _TOLL.search(f.text)]
    if tolls:  # a toll is the total: other deaths in the text are part of it
        figures = [f for f in figures if f.kind != "killed" or f in tolls]
    figures = _mark_aggregates(text, figures)
    counted = [f for f in figures if not f.aggregate] or figures
    return Casualties(
        killed=sum(f.value for f in counted if f.kind == "killed"),
        injured=sum(f.value for f in counted if f.kind == "injured"),
        killed_text="; ".join(f.text for f in counted if f.kind == "killed"),
        injured_text="; ".join(f.text for f in counted if f.kind == "injured"),
        spans=tuple((f.start, f.end) for f in counted),
        is_aggregate=bool(figures) and all(f.aggregate for f in figures),
        negated=negated and not any(f.kind == "killed" for f in figures),
        figures=tuple(figures),
    )


def _mark_aggregates(text: str, figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """Flag the figures whose sentence makes them cumulative ("since 2012", "in 2019 alone")."""
    if not figures:
        return figures
    out = []
    for start, end in sentence_bounds(text):
        inside = [f for f in figures if start <= f.start < end]
        if inside and aggregate_marker(text[start:end], value=sum(f.value for f in inside)):
            inside = [replace(f, aggregate=True) for f in inside]
        out.extend(inside)
    return out
