"""flatten(): parsing flatten(clean) recovers what parsing clean gives (fixtures and hypothesis)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warscribe.ingest.flatten import flatten
from warscribe.ingest.flattened import looks_flattened, parse_flattened
from warscribe.ingest.wikitext import parse_wikitext

WIKI = Path(__file__).resolve().parents[1] / "fixtures" / "wiki"


def _cites(doc):
    return [(c.title, c.url, c.doi, c.container) for c in doc.citations if c.kind != "ref"]


def _attached(doc):
    return [(s.text, tuple(doc.citations[i].title for i in s.citations if doc.citations[i].kind != "ref"))
            for s in doc.sentences]


def assert_same(clean: str) -> None:
    want = parse_wikitext(clean, id="clean")
    flat = flatten(clean)
    got = parse_flattened(flat, id="flat")
    assert [s.heading for s in got.sections] == [s.heading for s in want.sections], flat
    # list items lose their line breaks when a section becomes one line: compare the words too
    assert " ".join(s.text for s in got.sentences).split() == " ".join(s.text for s in want.sentences).split(), flat
    assert [s.text for s in got.sentences if s.text[-1] in ".!?"] == [
        s.text for s in want.sentences if s.text[-1] in ".!?"], flat
    assert _cites(got) == _cites(want), flat
    # flatten drops reused named refs (<ref name=x />): attachments may only shrink
    got_att, want_att = _attached(got), _attached(want)
    if len(got_att) == len(want_att):
        for (text, titles), (_, wanted) in zip(got_att, want_att):
            assert set(titles) <= set(wanted), (text, flat)
    assert {t for _, ts in _attached(got) for t in ts} == {t for _, ts in _attached(want) for t in ts}


@pytest.mark.parametrize("name", sorted(p.name for p in WIKI.glob("*.wiki")))
def test_fixture_round_trip(name):
    assert_same((WIKI / name).read_text(encoding="utf-8"))


def test_flatten_damages_like_the_corpus():
    flat = flatten((WIKI / "kidal_talks.wiki").read_text(encoding="utf-8"))
    assert "}}" not in flat and "[[" not in flat and "<ref" not in flat and "==" not in flat
    assert "{{cite web , url=http://news.example.org/kidal-deal , title=" in flat
    assert "url=https://policy.example.org/ouagaNegotiations\n" in flat
    assert looks_flattened(flat)


# --- generated wikitext -------------------------------------------------------------------------
PLACES = ["Gao", "Kidal", "Ménaka", "Tessalit", "Ansongo", "Douentza", "Léré", "Boni"]
MONTHS = ["January", "March", "May", "June", "August", "October", "December"]
NAMES = ["Sahel Daily", "Le Monde", "Radio Bamako", "West Africa Wire", "Agence Sahel Presse", "The Dakar Times"]
WORDS = ["rebels", "seize", "convoy", "clashes", "near", "talks", "resume", "army", "retreat", "north"]
HEAD = ["Siege of", "Battle of", "Fall of", "Raid on", "Withdrawal from", "Return to"]
OPENERS = ["On", "In", "After", "During", "Before"]
SUBJECTS = ["Rebels", "Government troops", "The army", "Residents", "Militiamen", "Peacekeepers", "12 soldiers",
            "Two gunmen", "\"Armed men\""]
TAILS = ["killing four soldiers", "according to local officials", "and the fighting spread east"]
VERBS = ["attacked a post near", "withdrew from", "shelled the market of", "entered", "left"]

place = st.sampled_from(PLACES)
month = st.sampled_from(MONTHS)
year = st.integers(2012, 2024)
day = st.integers(1, 28)
date = st.one_of(
    st.builds(lambda d, m, y: f"{d} {m} {y}", day, month, year),
    st.builds(lambda d, m, y: f"{y}-{MONTHS.index(m) + 1:02d}-{d:02d}", day, month, year),
    st.builds(lambda m, y: f"{m} {y}", month, year),
)
slug = st.text(alphabet="abcdefghijkmnpqrstuvwxyz0123456789-", min_size=3, max_size=12).filter(
    lambda s: s[-1] != "-" and s[0] != "-")
linked = st.one_of(place, place.map(lambda p: f"[[{p}]]"), place.map(lambda p: f"[[{p} Region|{p}]]"))


@st.composite
def sentence(draw):
    where = draw(linked)
    if draw(st.booleans()):
        opener = draw(st.sampled_from(OPENERS))
        lead = f"{opener} {draw(day)} {draw(month)} {draw(year)}," if opener == "On" else f"{opener} {draw(month)},"
        subject = draw(st.sampled_from(SUBJECTS))
        subject = subject if subject.startswith("The") else subject.lower()
        return f"{lead} {subject} {draw(st.sampled_from(VERBS))} {where}."
    if draw(st.integers(0, 4)) == 0:
        return f'The commander in {where} said: "We will hold the town."'
    return f"{draw(st.sampled_from(SUBJECTS))} {draw(st.sampled_from(VERBS))} {where}."


@st.composite
def cite(draw, midway=False):
    params = {
        "title": " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=6))).capitalize()
        + f" {draw(place)}",
        "url": f"https://{draw(st.sampled_from(['news', 'www', 'wire']))}.example.org/{draw(slug)}",
        draw(st.sampled_from(["work", "website", "newspaper", "publisher"])): draw(st.sampled_from(NAMES)),
        "date": draw(date),
    }
    if draw(st.booleans()):
        params["last"], params["first"] = draw(st.sampled_from([("Traoré", "Awa"), ("Diallo", "Sékou")]))
    if draw(st.booleans()):
        params["doi"] = f"10.{draw(st.integers(1000, 99999))}/{draw(slug)}"
    if draw(st.booleans()):
        params["access-date"] = draw(date)
    if draw(st.booleans()):
        params["language"] = draw(st.sampled_from(["en", "fr"]))
    if draw(st.booleans()):
        params["pages"] = f"{draw(st.integers(1, 90))}–{draw(st.integers(91, 300))}"
    keys = draw(st.permutations(list(params)))
    if midway and keys[-1] == "title":
        # inherently ambiguous: a sentence-case title running into the lowercase rest of a sentence
        keys = keys[-1:] + keys[:-1]
    kind = draw(st.sampled_from(["cite web", "cite news", "Cite journal", "cite report"]))
    sep = draw(st.sampled_from(["|", " |", " | "]))
    return "{{" + kind + "".join(f"{sep}{k}={params[k]}" for k in keys) + "}}"


@st.composite
def section_body(draw):
    parts = []
    if draw(st.integers(0, 3)) == 0:
        parts.append("{{" + draw(st.sampled_from(["Main", "Further", "See also"])) + "|"
                     + f"{draw(st.sampled_from(HEAD))} {draw(place)}" + "}}\n")
    for _ in range(draw(st.integers(0, 4))):
        text = draw(sentence())
        if text.endswith(".") and draw(st.integers(0, 3)) == 0:  # a reference in the middle of the sentence
            text = f"{text[:-1]},<ref>{draw(cite(midway=True))}</ref> {draw(st.sampled_from(TAILS))}."
        for _ in range(draw(st.integers(0, 2))):
            text += f"<ref>{draw(cite())}</ref>"
        parts.append(text + " ")
    return "".join(parts).rstrip()


@st.composite
def article(draw):
    out = [draw(section_body())]
    for _ in range(draw(st.integers(1, 4))):
        kinds = [st.builds(lambda h, p: f"{h} {p}", st.sampled_from(HEAD), place),
                 st.builds(lambda p: f"Truce: talks in {p}", place)]
        if not out[-1].strip() or out[-1].rstrip().endswith((".", '"')):
            # a heading that starts with a digit cannot be told apart from a value ending in one
            kinds.append(st.builds(lambda y: f"{y} offensive", year))
        heading = draw(st.one_of(kinds))
        if draw(st.booleans()):
            heading += f" ({draw(month)}–{draw(month)} {draw(year)})"
        level = draw(st.sampled_from(["==", "==="]))
        out.append(f"\n\n{level} {heading} {level}\n{draw(section_body())}")
    return "".join(out)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article())
def test_generated_round_trip(clean):
    assert_same(clean)
