"""The word patterns of casualty reports: triggers, auxiliaries, clause limits, victim lists.

Kept apart from :mod:`warscribe.extract.figures.casualties` so the rules read as data.

>>> bool(TRIGGER.match("killed")), bool(TRIGGER.match("dead city"))
(True, False)
"""

from __future__ import annotations

import re

from warscribe.dates._lexicon import MONTH_RE
from warscribe.dates._regex import caseless

FATAL = (
    r"killed|dead|died|dies|slain|executed|murdered|assassinated|massacred|lynched|beheaded"
    r"|shot\s+dead|perished|deaths|fatalities|bodies|corpses|lost\s+their\s+lives|lost\s+(?:his|her)\s+life"
    r"|succumbed(?:\s+to\s+(?:his|her|their)\s+(?:wounds|injuries))?|neutrali[sz]ed|eliminated"
    r"|(?:burnt|burned|shot|stoned|beaten|hacked|stabbed|tortured|starved)\s+to\s+death|drowned"
)
HURT = r"wounded|injured|hurt"
AUX = (
    r"(?:(?:were|was|are|is|be|have\s+been|has\s+been|had\s+been|being|been|got|remain|remained|had|have|has"
    r"|(?:were|was|are|is)\s+(?:reported(?:ly)?|believed|said|found|thought)(?:\s+to\s+have\s+been)?"
    r"|(?:were|was)\s+confirmed)\s+)"
)
ADV = (
    r"(?:(?:reportedly|reported|allegedly|also|all|later|subsequently|confirmed|found|seriously|severely"
    r"|lightly|badly|critically|slightly|fatally|mortally|then|eventually|presumably|likely)\s+)"
)
TRIGGER = re.compile(
    rf"\b(?:(?P<fatal>{FATAL})|(?P<hurt>{HURT}))\b"
    r"(?!(?<=dead)\s+(?!(?:and|in|at|on|after|from|during|among|following|when|while|as|were|was|reported"
    r"|including|by|with|or)\b)[a-z])",
    re.IGNORECASE,
)
AUX_TAIL = re.compile(rf"\b(?P<aux>{AUX})?{ADV}*$", re.IGNORECASE)
_PREFILTER_WORDS = (
    r"kill|dead|die|death|slain|lost|los[ei]|execut|murder|assassin|massacr|lynch|behead|perish|fatalit"
    r"|bod(?:y|ies)|corpse|li(?:fe|ves)|succumb|neutrali|eliminat|drown|wound|injur|hurt|toll|coded|casualt"
)
PREFILTER = re.compile(_PREFILTER_WORDS, re.IGNORECASE)
_PREFILTER_LOWER = re.compile(_PREFILTER_WORDS)  # lower-case words only: on lowered ASCII, what PREFILTER finds


def may_report_casualties(text: str) -> bool:
    """Whether ``text`` holds any casualty word (``PREFILTER``), five times faster on ASCII text.

    >>> may_report_casualties("Two soldiers were WOUNDED."), may_report_casualties("Troops left Gao.")
    (True, False)
    """
    if text.isascii():  # case-insensitive search is slow in Python's engine; lowering first is exact here
        return _PREFILTER_LOWER.search(text.lower()) is not None
    return PREFILTER.search(text) is not None


PASSIVE_AHEAD = re.compile(rf"\s+(?:{AUX})?{ADV}*(?:{FATAL}|{HURT})\b", re.IGNORECASE)
LAST_WORD = re.compile(r"(\w+)\s+$")
AUX_WORDS = frozenset(
    "were was are is be been being got remain remained had have has reported reportedly believed said found "
    "thought confirmed allegedly also all later subsequently seriously severely lightly badly critically "
    "slightly fatally mortally then eventually presumably likely".split()
)
TRIGGER_FIRST = frozenset(
    "killed dead died dies slain executed murdered assassinated massacred lynched beheaded shot perished deaths "
    "fatalities bodies corpses lost succumbed neutralised neutralized eliminated burnt burned stoned beaten "
    "hacked stabbed tortured starved drowned wounded injured hurt".split()
)
ACTIVE_FIRST = frozenset(
    "claims claim kill killing killed kills executing executed assassinating assassinated massacring massacred "
    "murdering murdered beheading beheaded lynching lynched shot shooting claiming claimed stoned stoning beat beating "
    "beaten hacked hacking stabbed stabbing resulting result caused causing led leading the a body bodies "
    "neutralising neutralizing neutralised neutralized eliminating eliminated lost losing loses lose toll death "
    "wound wounding wounded injuring injured".split()
)
ACTIVE = re.compile(
    r"\b(?:(?P<fatal>kill(?:ing|ed|s)?|execut(?:ing|ed)|assassinat(?:ing|ed)|massacr(?:ing|ed)|murder(?:ing|ed)"
    r"|behead(?:ing|ed)|lynch(?:ing|ed)|shot\s+dead|shooting\s+dead|claim(?:ing|ed|s)?\s+the\s+lives?\s+of"
    r"|(?:shot|shooting|stoned|stoning|beat|beating|beaten|hacked|hacking|stabbed|stabbing)\s+to\s+death"
    r"|(?:(?:resulting\s+in|result\s+in|caused|causing|led\s+to|leading\s+to)\s+(?:the\s+)?|the\s+)"
    r"(?:[\w-]+\s+)?(?:deaths?|killings?|executions?|murders?|assassinations?)\s+of"
    r"|(?:the\s+)?(?:bod(?:y|ies)|corpses?|remains)\s+of"
    r"|neutrali[sz](?:ing|ed)|eliminat(?:ing|ed)|(?P<lost>lost|losing|loses|lose)"
    r"|(?:(?:the\s+)?(?:death\s+)?toll(?:\s+(?!(?:rose|reached|stood|climbed|is|was|of|at|to|has|had)\b)"
    r"[\w'’-]+){0,5}?|(?:the|a)\s+(?:total\s+)?(?:number|tally|count)\s+of\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:killed|dead|deaths|fatalities|victims)(?:\s+[\w'’-]+){0,6}?)\s+(?:rose\s+to|reached|stood\s+at"
    r"|of|is|was|climbed\s+to|at|to|has\s+risen\s+to|had\s+risen\s+to))"
    r"|(?P<hurt>wound(?:ing|ed)|injur(?:ing|ed)))"
    r"(?:\s+and\s+(?P<also>wound(?:ing|ed)|injur(?:ing|ed)|kill(?:ing|ed)))?" r"['\"’”]?\s+",
    re.IGNORECASE,
)
TOLL = re.compile(r"\b(?:toll|tally|number\s+of|count\s+of)\b", re.IGNORECASE)
LEFT = re.compile(
    r"\b(?:left|leaving|leave|leaves)\s+(?P<q>.{1,70}?)\s+(?:(?P<fatal>dead)|(?P<hurt>wounded|injured))\b",
    re.IGNORECASE,
)
NEGATION = re.compile(r"\b(?:no|none|nobody|neither|not|never|no\s+one|zero)\b(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE)
NONE_HURT = re.compile(
    r"\b(?:no|without(?:\s+causing)?(?:\s+any)?|zero)\s+(?:casualties|deaths|fatalities|injuries|victims|losses)"
    r"|\b(?:nobody|no\s+one|none)\s+(?:was|were)\s+(?:\w+\s+)?(?:killed|hurt|injured|wounded)",
    re.IGNORECASE,
)
HYPOTHETICAL = re.compile(
    r"\b(?:to|would|could|might|(?-i:may)|will|threaten(?:ed|ing|s)?(?:\s+to)?|tried\s+to|attempt(?:ed|ing)?\s+to"
    r"|plan(?:ned|ning)?\s+to|accused\s+of|suspected\s+of|responsible\s+for|charged\s+with|wanted\s+for"
    r"|convicted\s+of|for|avenge|revenge\s+for|risk\s+of)\s+$",
    re.IGNORECASE,
)
STOP = frozenset(
    "in at on by near from after during when while which who whom that but were was had have has is are "
    "attacked said says claimed reported according into against with since this these those "
    "clashes fighting attack attacks ambush ambushed raid raided stormed opened fire killing killed "
    "wounding wounded injuring injured including among next following same previous day night morning "
    "evening week month year time unclear unknown undetermined unspecified livestock cattle sheep goats camels "
    "animals cows donkeys horses oxen herd herds".split()
)
CLAUSE = re.compile(
    r"[.;:!?\[\]]|(?<!all )\bbut\b|\b(?:while|whereas|when|where|who|which|that|said|says|stated|announced|told)\b"
    r"|\b(?:after|before)\b(?!\s+(?:the|a|an|being|having)\b)",
    re.IGNORECASE,
)
CLAUSE_START = re.compile(
    r"^\W*(?:(?:on|in|by|around|during|overnight)\b[^,]{0,30},\s*)?(?:(?:and|then|also|reportedly|allegedly)\s+)*$",
    re.IGNORECASE,
)
BACKDROP = re.compile(
    r"\b(?:following|after|over|against|for|about|into|investigat\w*|protest\w*|avenge|since|before)\s+$",
    re.IGNORECASE,
)
COLLECTIVE = re.compile(r"^\s+(?:group|total|band|party|family|contingent|crowd|convoy)\s+of\s+$", re.IGNORECASE)
AFTER_PREP = re.compile(
    r"\b(?:in|on|at|of|from|near|board|into|with|by|to|for|against|toward|towards|inside|outside)\s+$", re.IGNORECASE
)
NEW_CLAUSE = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:were|was|are|is|have|has|had|went|managed|said|says|told|added|reported|claimed)\b",
    re.IGNORECASE,
)
NO_SINGLE = re.compile(r"neutrali|eliminat", re.IGNORECASE)  # a lone "neutralized" is often a device
# "the wounded", "the dead": people, not a count
NOMINAL = re.compile(r"\b(?:the|of\s+the)\s+$", re.IGNORECASE)
FUNCTION = frozenset("and or but then also who which that as so yet nor".split())
VERB_TRIGGER = re.compile(r"(?:ed|slain|death|dead)$", re.IGNORECASE)
PARENS = re.compile(r'\([^()]{0,80}\)|"[^"]{0,40}"')
PARTITIVE = re.compile(r"^\s+of(?:\s+(?:the|these|those|them|whom|which))?\s*$", re.IGNORECASE)
INCLUDING = re.compile(r"\bincluding\b|\bamong\s+them\b|\bof\s+whom\b", re.IGNORECASE)
CODED = re.compile(r"\b(?:fatalities|deaths)\s+(?:were\s+)?coded\s+as\s+(\d+)", re.IGNORECASE)
DATE_NUMBER = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:-|–|and|to)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?" + MONTH_RE
    + r"|" + MONTH_RE + r"\.?,?\s+\d{1,2}(?=st|nd|rd|th|\b(?!,\d|\s+(?:people|soldiers|civilians)))"
    r"(?:st|nd|rd|th)?\b(?:\s*(?:-|–|and|to)\s*\d{1,2}\b)?"
    r"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{1,2}[h:]\d{0,2}\b"
)
ANAPHORIC = frozenset(("the", "these", "those", "both", "all", "its", "their"))
COORD_GAP = re.compile(
    r"^\s*(?P<nouns>(?:[\w'’\"-]+(?:\s+[\w'’\"-]+){0,5})??)\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*"
    r"|\s+as\s+well\s+as\s+|\s+plus\s+)$",
    re.IGNORECASE,
)
NOUNS = re.compile(r"^\s*(?:[\w'’\"-]+(?:\s+[\w'’\"-]+){0,5})?\s*$")
SINGULAR = re.compile(
    r"(?:^|\s)(?:he|she)\s+(?:[\w'’-]+\s+){0,2}$"
    r"|(?:^|\s)(?:the|his|her|its|their|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?P<head>[\w'’-]*[^\Ws])\s*$",
    re.IGNORECASE,
)
HEADLINE = re.compile(r"(?:^|[.;:]\s+|,\s+)(?:[A-Z][\w'’.-]*\s+)?(?:[\w'’.-]+\s+){0,6}?[\w'’-]*[^\Ws\d]\s+$")
AGENT_AFTER = re.compile(
    r"\s+(?:by|at|in|near|on|during|while|and|of|from|after|when|following|later|overnight|shortly|immediately"
    r"|today|yesterday|last|this)\b|\s*[.,;]|\s*$",
    re.IGNORECASE,
)
SINGULAR_AFTER = re.compile(
    r"(?:himself|herself)\b"
    r"|(?:the|his|her|its|their)\s+(?:(?!and\b|or\b)[\w'’-]+\s+){0,2}?(?P<head>[\w'’-]*[^\Ws\W])\b"
    r"(?:\s+of\s+(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?",
    re.IGNORECASE,
)
OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
ITEM_TAIL = re.compile(
    r"(?P<nouns>(?:\s+(?!and\b)[\w'’\"-]+){0,8}?)(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s+as\s+well\s+as\s+"
    r"|\s+plus\s+)(?=\S)",
    re.IGNORECASE,
)

# A bare singular object: "killed forest guard", "shot dead CSMAK officer Baba Ag Adobent (MNLA)".
BARE_OBJECT = re.compile(
    r"(?!(?:the|a|an|his|her|its|their|this|that|these|those|and|or|in|at|on|by|near|from|during|while|when"
    r"|after|before|today|yesterday|overnight|last|everyone"
    r"|everybody|anyone|nobody|none|many|several|some|all|most|them|him|her|it|one|another|others|each|both"
    r"|for|including|between|there|here|was|were|is|are|as|to|into|with|without|among|amid|amidst|under|over"
    r"|across|through|throughout|upon|against|within|outside|inside|around|about|because|since|until|then"
    r"|later|earlier|again|too|also|only|just|instantly|immediately|outright|recently|so|such|what|who|which"
    r"|whom|whose|than|not|no|if|but|nor|yet|via|per|out|up|down|off|away|back|\d+|zero|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozen)\b)"
    r"(?:[A-Za-z][\w'’-]*\s+){0,2}?(?P<head>[a-z][\w'’-]*[^\Ws])(?:\s+[A-Z][\w'’.-]*){0,5}"
    r"(?=\s*(?:[.,;(]|$)|\s+(?:in|at|near|on|and|outside|inside|of|from|around|during|while|after|with)\b)"
)
VERB_AND = re.compile(r"\b(?:and|then|or)\s*$", re.IGNORECASE)
PASSIVE_AUX = re.compile(r"\b(?:were|was|been|being|be|is|are|got|get|gets)\b", re.IGNORECASE)
PASSIVE_BEFORE = re.compile(
    r"\b(?:were|was|been|being|be|is|are|got)\s+(?:(?:reportedly|reported|allegedly|also|all|later|then|"
    r"subsequently|summarily|brutally)\s+)?$",
    re.IGNORECASE,
)
# Words that name a group, not one person: "killed police" is no count of one.
COLLECTIVE_HEADS = frozenset("people men women children police personnel staff folk youth crowd".split())
# After "lost <count>": people, or nothing more ("EUTM Mali lost only two.").
LOST_PEOPLE = re.compile(
    r"(?:\s+(?:of\s+)?(?:its|their|his|her|the)?\s*(?:own\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:soldiers|men|fighters|troops|peacekeepers|civilians|people|members|militants|personnel|officers"
    r"|policemen|gendarmes|guards|rebels|combatants|lives|servicemen|marines|commandos|pilots|crew|members"
    r"|volunteers|militiamen|recruits|comrades)\b|\s*(?:[.,;:)]|$)|\s+(?:in|during|on|at|when|while|after)\b)",
    re.IGNORECASE,
)
# Between two tolls: another source's estimate of the same deaths, not more deaths.
OTHER_SOURCE = re.compile(
    r"\b(?:while|but|whereas|however|although|though)\b[^.;]{0,60}?\b(?:said|say|says|claimed|claim|claims"
    r"|reported|report|reports|put|puts|estimated|estimate|gave|give|cited|counted|counts|according)\b"
    r"|\b(?:other|some|different)\s+(?:sources|reports|accounts)\b",
    re.IGNORECASE,
)

# Searched as lower-case regexes on lowered ASCII text (see warscribe.dates._regex): same matches, faster.
(TRIGGER, AUX_TAIL, PASSIVE_AHEAD, ACTIVE, TOLL, LEFT, NEGATION, NONE_HURT, CLAUSE, CLAUSE_START, BACKDROP,
 COLLECTIVE, AFTER_PREP, NEW_CLAUSE, NO_SINGLE, NOMINAL, VERB_TRIGGER, PARTITIVE, INCLUDING, CODED, COORD_GAP,
 SINGULAR, AGENT_AFTER, SINGULAR_AFTER, OF_AFTER, ITEM_TAIL, VERB_AND, PASSIVE_AUX, PASSIVE_BEFORE, LOST_PEOPLE,
 OTHER_SOURCE) = map(caseless, (
    TRIGGER, AUX_TAIL, PASSIVE_AHEAD, ACTIVE, TOLL, LEFT, NEGATION, NONE_HURT, CLAUSE, CLAUSE_START, BACKDROP,
    COLLECTIVE, AFTER_PREP, NEW_CLAUSE, NO_SINGLE, NOMINAL, VERB_TRIGGER, PARTITIVE, INCLUDING, CODED, COORD_GAP,
    SINGULAR, AGENT_AFTER, SINGULAR_AFTER, OF_AFTER, ITEM_TAIL, VERB_AND, PASSIVE_AUX, PASSIVE_BEFORE, LOST_PEOPLE,
    OTHER_SOURCE))
