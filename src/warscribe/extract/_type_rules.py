"""Trigger lexicons and context word lists behind :mod:`warscribe.extract.types`.

Each rule is ``(sub_event_type, regex, weight)``; sub-types starting with ``_`` are
refined from context (who was targeted, what was seized). The weight ranks the
triggers of one text when choosing its main event. Rules are tried in order and an
earlier rule's span blocks later, overlapping ones.
"""

from __future__ import annotations

SUB_TO_TYPE = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}

_EXPLOSIVE = r"(?:IEDs?|mines?|landmines?|explosives?|explosive devices?|bombs?|devices?|rockets?|grenades?|shells?)"
_N = r"(?:[\w'-]+\s+){0,4}?"  # up to four words in between

RULES: list[tuple[str, str, float]] = [
    ("Other", r"\b(?:mass\s+graves?|common\s+graves?)\b", 8.0),
    ("Armed clash",  # combined attacks: a bomb or air strike followed by ground fighting
     r"\b(?:complex\s+(?:attack|ambush|assault)s?|followed\s+by\s+(?:an?\s+)?(?:\w+\s+)?(?:gunfire|exchanges?\s+of\s+fire|"
     r"ground\s+\w+|assault|armed\s+assault|fighting|clashes)|armed\s+assault|air\s+and\s+ground|"
     r"air-supported|(?:airstrikes?|air\s+strikes?)\s+and\s+ground|ground\s+(?:forces|troops|operations?|assault)|"
     r"commandos?|heliborne|helicopter\s+drops?)\b", 10.8),
    ("Disrupted weapons use",
     rf"\b(?:defus(?:ed|ing|al)|neutrali[sz]ed\s+(?:an?\s+)?(?:\w+\s+)?{_EXPLOSIVE}|"
     rf"(?:dismantled|disposed of|cleared|removed|recovered)\s+{_N}{_EXPLOSIVE}\b(?!\s+(?:attack|detonation|struck|exploded))|"
     rf"(?:discovered|found|detected|uncovered|located)\s+{_N}(?:IEDs?|mines?|explosives?|caches?|weapons|arms|"
     rf"ammunition|rockets|launchers?|grenades?|explosive devices?)\b|"
     rf"weapons?\s+(?:caches?|seizures?|depots?)|arms caches?|"
     rf"(?:while|when|as)\s+(?:they\s+were\s+)?(?:planting|laying|placing|handling|setting)|"
     rf"in the process of (?:planting|laying|placing)|premature(?:ly)?\s+(?:explosion|exploded|detonat\w+))", 10.5),
    ("Chemical weapon",
     r"\b(?:chemical\s+(?:weapons?|agents?|attacks?|munitions?)|poison(?:ous)?\s+gas|nerve\s+(?:gas|agent)|sarin|"
     r"mustard\s+gas|chlorine\s+(?:gas|attack|bombs?))\b", 10.2),
    ("Suicide bomb",
     r"\b(?:suicide\s+(?:bomb\w*|attack\w*|car|vehicle|blast|truck|explosion|vest)|s?vbieds?|"
     r"explosives?[- ]laden|car[- ]bomb\w*|blew\s+(?:him|her|them)sel(?:f|ves)\s+up|kamikaze)\b", 10.0),
    ("Sexual violence",
     r"\b(?:rap(?:e|ed|es|ing|ist)|gang-?rap\w*|sexual(?:ly)?\s+(?:violence|assault\w*|abus\w*|exploit\w*)|"
     r"sexually\s+\w+)\b", 7.8),
    ("Air/drone strike",
     r"\b(?:air\s?strikes?|air-strikes?|air\s+raids?|air\s+(?:attack|operation|bombardment|support)s?|"
     r"aerial\s+(?:strikes?|bombardments?|bombings?|attacks?|raids?)|drone\s+strikes?|drones?\s+(?:struck|strike|attack)|"
     r"(?:helicopters?|helos?|aircrafts?|warplanes?|jets?|planes?|mirages?|drones?)\s+(?:carried out|conducted|fired|struck|"
     r"strafed|bombed|opened fire|targeted|attacked|destroyed|hit|killed)|"
     r"(?:by|from)\s+(?:a\s+|an\s+)?(?:helicopters?|helos?|aircrafts?|warplanes?|fighter jets?|drones?)|"
     r"(?:carried out|conducted)\s+(?:a\s+|an\s+)?(?:\w+\s+)?strikes?|bombed|bombing raids?|"
     r"(?:French|Malian)\s+(?:jets|aircrafts?|planes|helicopters))\b", 9.0),
    ("Grenade", r"\bgrenades?\b", 8.6),
    ("Shelling/artillery/missile attack",
     r"\b(?:mortars?|rockets?|shell(?:s|ed|ing)|artillery|indirect\s+fire|missiles?|howitzers?|"
     r"bombard(?:ed|ment|ing)|katyusha)\b", 8.5),
    ("Remote explosive/landmine/IED",
     r"\b(?:IEDs?|improvised\s+explosive|land\s?mines?|(?<!gold\s)(?<!gold-)mines?\b(?!\s+(?:site|worker|minist))|"
     r"roadside\s+(?:bomb|blast|explosive)s?|explosive\s+(?:device|charge)s?|improvised\s+devices?|booby[- ]trap\w*|"
     r"bomb(?:s|ings?)?|blasts?|explosions?|explod(?:ed|ing)|detonat(?:ed|ion|ing))\b", 8.0),
    ("Mob violence",
     r"\b(?:mobs?|lynch\w*|popular\s+justice|vigilante\s+justice|mob\s+justice)\b", 8.2),
    ("Mob violence",
     r"\b(?:angry\s+(?:residents|youths?|villagers|crowds?|population|locals)|beat\s+up|beaten\s+up)\b", 6.0),
    ("Violent demonstration",
     r"\b(?:riot\w*|violent\s+(?:protests?|demonstrations?)|(?:burn(?:ed|t|ing)|set\s+fire\s+to)\s+tyres|"
     r"(?:burn(?:ed|t|ing)|set\s+fire\s+to)\s+tires|threw\s+stones|throw(?:ing)?\s+stones|stone[- ]throw\w*|"
     r"barricad\w+|turned\s+(?:violent|deadly))\b", 8.0),
    ("_protest",
     r"\b(?:protest(?:s|ed|ing|ers?)?|demonstrat(?:ed|ion|ions|ors?|ing)|(?-i:march(?:ed|es)?)|rall(?:y|ies|ied)|"
     r"sit-ins?|(?:general|hunger)\s+strikes?|on\s+strike|went\s+on\s+strike|"
     r"took\s+(?:to\s+)?the\s+streets?|went\s+(?:in)?to\s+the\s+streets?|dead\s+city|gathered\s+to\s+(?:denounce|protest|demand))\b",
     7.0),
    ("_capture",
     r"\b(?:took\s+(?:full\s+)?control|taken\s+(?:full\s+)?control|tak(?:es|ing)\s+control|(?:seiz\w+|gain\w*|claimed|assum\w+)\s+control|"
     r"captur(?:e|ed|es|ing)|seiz(?:e|ed|es|ing)|overr(?:an|un|unning)|overtak(?:e|es|en|ing)|overtook|"
     r"took\s+over|taken\s+over|tak(?:e|es|ing)\s+over|took|taken|take|takes|taking|occup(?:y|ied|ies)|"
     r"advanced\s+(?:on|into)|swept\s+into|conquer\w*)\b", 9.2),
    ("_regain",
     r"\b(?:re-?took|re-?taken|re-?tak(?:e|es|ing)|re-?captur\w+|regain\w*|re-?gain\w*|(?-i:liberat\w+)|re-?conquer\w*|"
     r"re-?established\s+control|back\s+under\s+(?:the\s+)?control|drove\s+(?:\w+\s+){0,3}out|driven\s+out|"
     r"dislodg\w+|expell?\w*|chased\s+(?:\w+\s+){0,3}out|routed)\b", 9.3),
    ("_fell", r"\b(?:fell\s+(?:to|into|under)|fallen\s+(?:to|into|under)|under\s+the\s+control\s+of)\b", 9.2),
    ("_withdraw",  # leaving a place: only with the place (or "from") after it
     r"\b(?:withdr(?:ew|awn|aw|awal|awing)|pulled\s+out|abandon(?:ed|ing)|evacuat(?:ed|ing)|"
     r"handed\s+over|hand(?:ed)?\s+over|handover|left|redeploy\w*)\b", 5.6),
    ("Non-violent transfer of territory",
     r"\b(?:without\s+(?:a\s+|any\s+)?(?:fight|resistance|fighting)|took\s+power)\b", 5.6),
    ("Headquarters or base established",
     r"\b(?:(?:establish\w*|set\s+up|opened|installed|built|set\s+up)\s+(?:a\s+|an\s+|its\s+|their\s+|new\s+|the\s+)*"
     r"(?:\w+\s+)?(?:bases?|camps?|headquarters|outposts?|garrisons?))\b", 5.4),
    ("Change to group/activity",  # movements of forces
     r"\b(?:deployed\s+(?:to|in)|arriv(?:ed|e|es)\s+(?:in|at)|(?:were|was|been)\s+deployed|reinforcements?)\b", 4.6),
    ("Abduction/forced disappearance",
     r"\b(?:abduct\w*|kidnap\w*|hostages?|took\s+(?:\w+\s+){0,3}hostage|forced(?:ly)?\s+disappear\w*|"
     r"taken\s+away|carried\s+off)\b", 7.0),
    ("Abduction/forced disappearance", r"\b(?:went\s+missing|gone\s+missing|disappeared|missing)\b", 4.8),
    ("_ambush", r"\b(?:ambush\w*)\b", 6.0),
    ("Armed clash",  # the targets fought back: a battle, not one-sided violence
     r"\b(?:returned\s+fire|fended\s+off|fought\s+back|retaliated|repelled|repulsed)\b", 8.6),
    ("_clash",
     r"\b(?:clash(?:ed|es|ing)?|fighting|fought|battl(?:e|es|ed|ing)|skirmish\w*|exchang\w+\s+(?:of\s+)?(?:heavy\s+)?(?:gun)?fire|"
     r"firefights?|gun\s?fights?|gun\s?battles?|shootouts?|crossfire|hostilities)\b", 7.6),
    ("Armed clash",
     r"\b(?:engaged|combats?|repel\w*|repuls\w*|counter-?attack\w*|offensives?|neutrali[sz]\w+|out\s+of\s+combat|"
     r"(?:military|security|counter-?terrorism)\s+operations?|assaults?\s+on|storm(?:ed|ing))\b", 6.5),
    ("Armed clash", r"\b(?:raid(?:ed|s)?)\b", 5.0),
    ("Armed clash",
     r"\b(?:fir(?:ed|ing)\s+(?:at\s+random|(?:warning\s+)?shots|(?:their\s+)?weapons|can+ons?|guns|rounds|mortars)|"
     r"heavy\s+(?:weapons\s+)?fire|gunfire|gunshots?|push(?:ed)?\s+back|advance(?:d|s)?\s+(?:on|into|toward|towards)|"
     r"made\s+advances|make\s+advancements)\b", 5.8),
    ("Attack",  # punishment and abuse of people in someone's power: always one-sided
     r"\b(?:whipp\w*|flogg\w*|lash(?:es|ed)|amputat\w*|stoned\s+to\s+death|stonned\s+to\s+death|"
     r"cut\s+off\s+(?:\w+\s+){0,2}(?:hands?|feet|foot|limbs?)|atrocities|abuses?\s+(?:on|against)|"
     r"subjected\s+to\s+(?:violence|abuses?|torture)|ill-?treat\w*|mistreat\w*|tortur\w*|brutali[sz]\w*)\b", 7.0),
    ("_attack",
     r"\b(?:attack(?:s|ed|ing)?|assault(?:ed|ing)?|struck|strik(?:es|ing)\s+(?:at|against)|kill(?:ed|ing|s)?|shot\s+(?:and\s+killed|dead)|shot|shoot(?:s|ing)?|"
     r"gunned\s+down|murder\w*|execut(?:ed|ion|ions|ing)|summar(?:y|ily)\s+execut\w+|assassinat\w*|massacr\w*|"
     r"slaughter\w*|behead\w*|slain|slit|opened\s+fire|fired\s+(?:on|at|upon)|targeted|beat(?:en|ing)?|tortur\w*|"
     r"burned\s+alive|mutilat\w*|wound(?:ed|ing)|injur(?:ed|ing)|died)\b", 5.5),
    ("_attack", r"\b(?:dead|deaths?|bodies|corpses?|casualties)\b", 4.0),
    ("Arrests",
     r"\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|detentions?|apprehend\w*|taken\s+into\s+custody|in\s+custody|"
     r"(?:dismantled|busted)\s+(?:a\s+|an\s+)?(?:\w+\s+)?cell|handed\s+(?:\w+\s+){0,2}over\s+to|round-?ups?|rounded\s+up)\b",
     5.2),
    ("Agreement",
     r"\b(?:agreements?|accords?|cease[- ]?fires?|truces?|peace\s+(?:deal|pact|treaty|talks|process)|signed|"
     r"cessation\s+of\s+hostilities|reconcil\w+|prisoner\s+(?:exchange|swap)|released|freed|liberated\s+(?:the\s+)?hostages?|"
     r"negotiated\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:deal|release|settlement|exchange)|memorandum)\b", 5.0),
    ("Change to group/activity",
     r"\b(?:merg(?:e|ed|er|ing)|formed|founded|creat(?:ed|ion)\s+(?:of\s+)?(?:a\s+|an\s+|the\s+)?(?:new\s+)?"
     r"(?:armed\s+)?(?:group|movement|coalition|alliance|militia|front)|"
     r"defect\w*|pledg\w+\s+allegiance|allegiance|split|splinter\w*|dissolv\w+|disband\w*|rebrand\w*|re-?joined|joined|"
     r"besieg\w*|sieges?|blockade\w*|encircl\w+|recruit\w*|rearm\w*|announced\s+(?:the\s+|its\s+|their\s+)?(?:formation|creation|launch)|launched\s+(?:an?\s+|their\s+own\s+)?(?:new\s+)?"
     r"(?:armed\s+)?(?:group|movement|militia)|(?:has|have|had)\s+quit)\b",
     5.0),
    ("_loot",
     r"\b(?:loot\w*|pillag\w*|ransack\w*|plunder\w*|robb(?:ed|ery|eries|ing)|robs?|stole|stolen|steal\w*|extort\w*|"
     r"rustl\w*|burn(?:ed|t|ing)?(?:\s+down)?|set\s+(?:fire|ablaze|on\s+fire)|torch\w*|destr(?:oy|oyed|oying|uction)|"
     r"vandali\w*|damag(?:ed|ing)|stripped\s+(?:\w+\s+){0,2}of\s+(?:their|his|her|all)(?!\s+(?:powers?|posts?|functions?|titles?|duties|"
     r"offices?|positions?|ranks?|immunity|citizenship|nationality|mandates?|responsibilit\w+)\b)|carjack\w*|hijack\w*|"
    r"incursion)\b", 4.5),
    ("Other",
     r"\b(?:threaten(?:ed|ing|s)?(?!\s+to\b)|closed\s+(?:down\s+)?(?:\w+\s+){0,3}schools?|curfews?|"
     r"state\s+of\s+emergency|intimidat\w+|ultimatums?|banned|prohibit\w*|coup(?:\s+d'[eé]tat)?|"
     r"mutin\w+|dead\s+city)\b", 3.0),
]

# Negation, plans and hypotheticals in the few words before a trigger (case-insensitive), and the
# modals only lower case makes such ("May" is a month, "Will" a name).
MODAL_CASED = r"\b(?:may|will)\b"
MODAL_BLOCK = (
    r"\b(?:no|not|never|nor|without|den(?:y|ied|ies|ying)|could|would|might|shall|should|"
    r"plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|intend(?:ed|ing)\s+to|intention\s+to|"
    r"threaten(?:ed|s|ing)?\s+to|vow(?:ed|s)?\s+to|prepar(?:ed|ing|es)\s+to|ready\s+to|"
    r"announced\s+(?:its|their|his|her)\s+intention|call(?:ed|s|ing)?\s+for(?:\s+\w+)?\s*$|fears?\s+(?:of|that)|feared|"
    r"risk\s+of|"
    r"if|unless|foil(?:ed|s)?|thwart(?:ed|s)?|avert(?:ed|s)?|prevent(?:ed|s)?|avoid(?:ed|s|ing)?|rumou?rs?\s+of|"
    r"alleged\s+plot)\b"
)

# Communities named as victims count as civilians when no role word says otherwise.
_ETHNIC_NAMES = (
    r"(?:Fulanis?|Peul(?:h|s)?|Peuhl|Dogons?|Bambaras?|Bozos?|Songhai|Songhay|Tamashek|Arabs?|Dawsahak|Imghad|"
    r"Daoussahak|Idourfane|Ibogalitane|Bellah|Malinke|Sonrai|Minianka|Imouchag|Idaksahak|Doussahak|Ibogilitane|"
    r"Idarfane|Tuaregs?)"
)
ETHNIC = rf"\b{_ETHNIC_NAMES}\b"

CIVILIAN = (
    rf"\b(?:(?:nomad|{_ETHNIC_NAMES})\s+(?:and\s+\w+\s+)?(?:camps?|villages?|hamlets?)|delegations?|coordinators?|elders|"
    r"civilians?|villagers?|herd(?:er|ers|smen|sman)|shepherds?|farmers?|women|woman|girls?|boys?|children|child|"
    r"teenagers?|elderly|notables?|chiefs?|imams?|marabouts?|traders?|merchants?|shopkeepers?|drivers?|passengers?|"
    r"workers?|employees?|teachers?|students?|journalists?|residents?|inhabitants|population|people|persons?|"
    r"individuals?|men\b|man\b|family|families|relatives?|brother|son|father|mayors?|councill?ors?|councilmen|councilman|"
    r"officials?|nationals|foreign\s+national|tourists?|aid\s+workers?|NGO|humanitarian|priests?|nuns?|pilgrims?|"
    r"villages?|hamlets?|camps?\s+for\s+displaced|refugees?|displaced|market\w*|bus|buses|busses|households?|homes?|"
    r"agents?|guides?|fisherm[ae]n|veterinarians?|contractors?|accountants?|bloggers?|informers?|informants?|"
    r"preachers?|staff|boats?|pirogues?|houses?|resorts?|hotels?|mosques?|churche?s?|schools?|hospitals?|clinics?|"
    r"doctors?|nurses?|health\s+workers?|pastors?|catechists?|quarters?|neighbou?rhoods?|weddings?|funerals?|"
    r"(?:gold\s+)?(?:miners|diggers|panners)|voters?|candidates?|politicians?|deputy|judges?|prefects?|sub-?prefects?|"
    r"governors?|civilian\s+vehicles?|transport\s+vehicles?|"

    r"members\s+of\s+the\s+\w+\s+community|cattle\s+thief|suspected\s+\w+\s+thief|thieves|prisoners?|detainees?|"
    r"captives?|hostages?)\b"
)

ARMED = (
    r"\b(?:soldiers?|troops?|army|armed\s+forces|FAMa|military|militar(?:y|ies)|militants?|jihadists?|islamists?|"
    r"insurgents?|rebels?|fighters?|combatants?|gunmen|assailants?|attackers?|militia(?:s|men|man)?|peacekeepers?|"
    r"blue\s+helmets|MINUSMA|Barkhane|gendarmes?|gendarmerie|police(?:men|man)?|officers?|guards?|"
    r"national\s+guard|patrols?|convoys?|posts?|positions?|checkpoints?|bases?|camps?|barracks|garrison|"
    r"outposts?|Dozos?|hunters|donsos?|self-defen[cs]e|forces|elements|"
    r"CMA|GATIA|MNLA|HCUA|MAA|MSA|JNIM|ISGS|AQIM|MUJAO|MOJWA|Ansar|Katiba|Platform|bandits?|smugglers?|traffickers?)\b"
)
ARMED_MEMBERS = r"\bmembers\s+of\s+(?:the\s+)?(?-i:[A-Z]{2,})\w*\b"  # armed too: "members of the MNLA"

STATE = (
    r"\b(?:Malian\s+(?:army|troops|soldiers|forces|military|government|gendarmes|police)|the\s+army|government\s+(?:troops|forces|soldiers)|"
    r"French|France|Serval|Barkhane|FAMa|soldiers|troops|army|armed\s+forces|Chadian|Nigerien|Burkinabe|"
    r"MINUSMA|MISMA|AFISMA|ECOWAS|G5|security\s+forces|gendarm\w+|police)\b"
)

PROTESTER = r"\b(?:protest\w*|demonstrat\w*|riot\w*|youths?|crowds?|mobs?|residents|students)\b"

INTERVENTION = (
    r"\b(?:dispers\w+|tear\s?gas|teargas|baton\w*|truncheons?|water\s+cannons?|broke\s+up|broken\s+up|"
    r"(?:police|security\s+forces|gendarmes)\s+(?:intervened|arrested|fired|shot|killed|beat|charged|prevented|blocked)|"
    r"(?:arrested|detained)\s+(?:\d+|several|some|many|dozens|scores|hundreds)|(?:were|was)\s+(?:arrested|detained)|"
    r"intervened|prevented|repress\w*|crack(?:ed)?\s?down|live\s+(?:rounds|ammunition|fire))\b"
)

PLACE_OBJECT = (
    r"\s+(?:(?:the\s+|a\s+|an\s+|its\s+|their\s+|several\s+|two\s+|three\s+|most\s+|all\s+|many\s+|much\s+|key\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}"
    r"(?:towns?|city|cities|villages?|localit(?:y|ies)|regions?|areas?|bases?|camps?|barracks|posts?|outposts?|capitals?|"
    r"positions?|checkpoints?|airports?|air\s?base|airfields?|bridges?|garrisons?|capital|strongholds?|"
    r"headquarters|[Tt]own\s+hall|control\b|parts?\s+of\b|most\b|much\b)|[A-Z](?![A-Z]+\b)[\w'-]+)"
)

PROPERTY_OBJECT = (
    r"\s+(?:(?:a|an|the|their|his|her|its|two|three|four|five|several|some|\d+|many|all|large|numerous)\s+)*"
    r"(?:\w+\s+)?(?:vehicles?|motorbikes?|motorcycles?|motos?|cattle|livestock|goods|money|cash|trucks?|cars?|"
    r"animals|herds?|camels?|sheep|goats|cows|oxen|food|supplies|phones?|belongings|equipment|fuel|property|"
    r"materials?|material|ambulances?|devices?|boats?|pirogues?|computers?|stocks?|grain|harvests?|documents)\b"
)

WEAPON_OBJECT = (
    r"\s+(?:(?:a|an|the|their|his|its|large|some|several|quantit(?:y|ies)\s+of|number\s+of|\d+)\s+)*"
    r"(?:\w+\s+)?(?:weapons|arms|ammunition|rifles|guns|explosives|rockets|munitions|materiel)\b"
)

KILL_VERBS = (
    r"kill(?:ed|ing|s)?|shot\s+(?:and\s+killed|dead)|gunned\s+down|murder\w*|execut(?:ed|ion|ions|ing)|"
    r"assassinat\w*|massacr\w*|slaughter\w*|behead\w*|slain|burned\s+alive|summar(?:y|ily)\s+execut\w+|"
    r"found\s+dead|dead|bodies|corpses?"
)
