"""Words that are never place mentions on their own, and words that end a proper-name context.

``STOPWORDS``: common English words (and months, days, titles) that GeoNames also has as
place names ("Time", "Same", "Man"): a capitalised one is a sentence start, not a place.
``NEUTRAL``: capitalised words that may stand next to a place without making it part of a
longer proper name ("In Gao", "Gao on Monday"). ``PREFIXES``/``SUFFIXES``: capitalised words
that form a place phrase with the name ("Northern Mali", "Kidal Region").
``ORG_WORDS``: heads of group, operation and agreement names ("Movement for the ... of Azawad").
"""

from __future__ import annotations

_FUNCTION = """a about above across after afterwards again against ago ahead all almost along already also
although always among amongst an and another any anyway are around as at away back be because been
before behind being below beside besides between beyond both but by can cannot could despite did do
does done down during each early earlier either else elsewhere even ever every except far few finally
first for former formerly from further furthermore had has have having he hence her here hers herself
him himself his how however i if in inside instead into is it its itself just last late later latter
least less like many may me meanwhile might more moreover most mostly much must my near nearly neither
never nevertheless next no none nor not now of off often on once one only onto or other others
otherwise our ours out outside over own per perhaps previously quickly rather recently same several
she should since so some soon still subsequently such than that the their theirs them themselves then
there thereafter therefore these they this those though through throughout thus to today together too
toward towards under unlike until up upon us very via was we well were what whatever when whenever
where whereas wherever whether which while who whom whose why will with within without would yet you
your yesterday tomorrow tonight two three four five six seven eight nine ten eleven twelve twenty
hundred hundreds thousand thousands dozens dozen according following including regarding concerning
amid amidst following overnight shortly initially eventually ultimately additionally similarly
separately notably reportedly allegedly apparently nonetheless likewise"""

_MONTHS_DAYS = """january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
sunday spring summer autumn fall winter"""

_COMMON = """able act action age aid air all area arm army art attack attacks authority bank bar base
battle bay beach bear bed bell best big bill black blue board body bone book border box boy branch
bridge brother brown business call camp capital car care case cause center centre chief child church
city civil class clear close coast cold college colonel command common council country court cover
cross crown cut dam dark date daughter day dead deal death deep delta desert division doctor door
dry east economy edge end energy english enemy eye face fact fair faith family farm father field fire
flat force forces fort forest free freedom french front full game garden gas gate general general
girl god gold good government great green ground group guard gulf hall hand harbor harbour head health
heart heaven help high hill holy home hope horse hospital hot house human independence iron island
islam jihad joint journal justice key kind king land large law lead left liberty life light lion
little live local long lord love low main major man market mass master member men middle mile military
mill mind mine minister mission model money moon mother mountain mount music name nation national
nature navy new news night north northern note number ocean office oil old open operation order
organization page palace paper park party pass peace people place plain plan point police policy
port post power president press prince prison program public queen race radio rain range red region
republic rest river road rock room rose round royal rule safe saint salt school sea season second
secret security senior service shop side silver sister site small society soldier son south southern
special spring square staff star state station stone street strong summit sun support table task team
temple time top total tower town trade tree union unity upper valley victory village voice wall war
water way west western white wind window woman women wood word work world year young youth zone
agreement accord airport bamboo charity coalition commander committee conference convention
coordination crisis declaration defence defense election emirate federation festival front
initiative institute ministry movement platform protest rebel rebels rebellion revolution
summit tribe university driver crescent grand cercle commune province district prefecture department
arrondissement municipality"""

# Peoples and communities of West Africa and the Sahel, named like places in conflict reports.
_PEOPLES = """arab arabs bambara bamana bella bozo dogon dozo fula fulani fulbe hausa malinke mande moor moors
mossi peul peuhl peulh soninke songhai songhay sonrai tamasheq tuareg tuaregs touareg touaregs
imghad idnane idnan daoussahak berabiche"""

# Military operations of the Sahel named after words that GeoNames also has as places
# ("Barkhane", a dune): always the operation in conflict reports.
_OPERATIONS = """barkhane serval sabre epervier takuba"""

_TITLES = """mr mrs ms dr sir gen lt col capt maj sgt president minister general colonel captain
lieutenant sergeant commander chief imam sheikh emir king prince mayor governor prefect sultan pope"""

STOPWORDS: frozenset[str] = frozenset(
    (_FUNCTION + " " + _MONTHS_DAYS + " " + _COMMON + " " + _TITLES + " " + _PEOPLES + " " + _OPERATIONS).split())

NEUTRAL: frozenset[str] = frozenset((_FUNCTION + " " + _MONTHS_DAYS).split())

# Capitalised words before a name that keep it a place: "Northern Mali", "Lake Faguibine".
PREFIXES: frozenset[str] = frozenset(
    """north south east west northern southern eastern western central upper lower greater
    northeast northwest southeast southwest northeastern northwestern southeastern southwestern
    lake mount camp fort wadi oued cercle commune town city village""".split()
)

# Capitalised words after a name that keep it a place: "Kidal Region", "Gao Airport".
SUFFIXES: frozenset[str] = frozenset(
    """region regions province district cercle commune department prefecture area airport airfield
    airstrip airbase base camp town city village river lake valley forest mountains massif plateau
    delta road axis highway""".split()
)

# Heads of names of groups, operations and agreements: a place inside one is not a mention.
ORG_WORDS: frozenset[str] = frozenset(
    """movement movements front council coordination platform union army brigade battalion mission
    operation force forces organization organisation committee alliance coalition party agreement
    agreements accord accords emirate caliphate group state university institute conference
    declaration republic assembly government ministry federation network association""".split()
)

# Particles that introduce a person's name or patronym: "Ag Gao", "ould Mohamed".
NAME_PARTICLES: frozenset[str] = frozenset("ag ould bin ben ibn al el abu".split())

# Capitalised words after a place name that make a facility's or an event's name, still at
# that place: "Bamako Central Prison", "Gao Regional Hospital", "the Gao Agreement".
FACILITIES: frozenset[str] = frozenset(
    """prison jail airport airfield hospital mausoleum mausoleums mosque mosques stadium university
    market bridge barracks camp base garrison school college station hotel palace court courthouse
    town hall agreement agreements accord accords declaration conference talks process""".split()
)

# Capitalised adjectives and peoples after a place name that leave it a place ("Kidal Islamic
# police", "Lere Muslim farmers", the village "Naye Dogon").
DESCRIBERS: frozenset[str] = frozenset(
    ("islamic islamist islamists muslim muslims christian christians jihadist jihadists malian "
     "french catholic protestant " + _PEOPLES).split()
)
