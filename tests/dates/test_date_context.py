"""DateContext: a narrative's event dates as sections, paragraphs and anchors advance."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import FIXTURES
from warscribe.dates import DateContext, find_dates, parse_span
from warscribe.model import Document, Section, Sentence


def _iso(span):
    return span.start.isoformat() if span is not None else None


def test_narrative_advances_anchor() -> None:
    ctx = DateContext()
    ctx.enter_section(parse_span("Intervention (January–June 2013)"))
    story = [
        ("On 10 January 2013, fighters seized a town that they had besieged since 8 January.", "2013-01-10"),
        ("The next day, jets struck their columns.", "2013-01-11"),
        ("On 14 January, a second town fell.", "2013-01-14"),
        ("Less than a week later the army took it back.", "2013-01-15"),
        ("In late January, troops entered the old city.", "2013-01-21"),
        ("Aid agencies called for calm.", None),
    ]
    for text, expected in story:
        event, _ = ctx.resolve(text)
        assert _iso(event) == expected, text


def test_year_context_crosses_new_year() -> None:
    ctx = DateContext()
    ctx.enter_section(parse_span("Insurgency (2013–2023)"))
    assert _iso(ctx.resolve("In 2019, attacks multiplied.")[0]) == "2019-01-01"
    assert _iso(ctx.resolve("On 1 November, a base was overrun.")[0]) == "2019-11-01"
    assert _iso(ctx.resolve("On 10 January, another followed.")[0]) == "2020-01-10"


def test_more_precise_date_inside_leading_vague_one_wins() -> None:
    ctx = DateContext()
    event, mentions = ctx.resolve("In 2013, on 11 January, the operation began.")
    assert len(mentions) == 2
    assert event.iso() == ("2013-01-11", "2013-01-11")


def test_backdrop_date_is_not_the_event() -> None:
    ctx = DateContext()
    event, _ = ctx.resolve("Since 2012, fighting has displaced many; on 3 May 2014 a camp was hit.")
    assert event.iso() == ("2014-05-03", "2014-05-03")


def test_resolve_sentence_follows_document() -> None:
    text = "x" * 10
    doc = Document(
        id="d", text=text, format="text", date="2012-02-01",
        sections=(Section("Revolt (January–April 2012)", 2, 0, 5), Section("Aftermath (2013)", 2, 5, 10)),
    )
    ctx = DateContext.for_document(doc)
    assert ctx.anchor == dt.date(2012, 2, 1)
    first, _ = ctx.resolve_sentence(Sentence("On 24 January, a base fell.", 0, 1, section=0), doc)
    assert _iso(first) == "2012-01-24"
    later, _ = ctx.resolve_sentence(Sentence("On 24 January, a base fell.", 5, 6, section=1), doc)
    assert _iso(later) == "2013-01-24"


def test_scene_setting_dates_are_not_events() -> None:
    ctx = DateContext()
    event, mentions = ctx.resolve("Guards freed a trader who had been seized in 2011.")
    assert len(mentions) == 1 and event is None
    event, _ = ctx.resolve("Protesters marked the 2012 coup; on 4 June 2014 police fired on them.")
    assert event.iso() == ("2014-06-04", "2014-06-04")


def test_clock_times_are_not_years() -> None:
    assert find_dates("Gunmen came at about 1900 hours and left around 2100 GMT.") == []


def _narratives() -> list[dict]:
    path = FIXTURES / "dates" / "narratives.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("story", _narratives(), ids=lambda s: s["title"])
def test_narrative_golden(story: dict) -> None:
    sections = tuple(Section(h, 2, i * 10, i * 10 + 10) for i, h in enumerate(story["sections"]))
    doc = Document(id="n", text="x" * (10 * len(sections)), format="text", title=story["title"], sections=sections)
    ctx = DateContext.for_document(doc)
    for section, paragraph, text, expected in story["sentences"]:
        sentence = Sentence(text, section * 10, section * 10 + 1, section=section, paragraph=paragraph)
        event, _ = ctx.resolve_sentence(sentence, doc)
        assert _iso(event) == expected, text


def test_relative_to_a_month_keeps_month_precision() -> None:
    ctx = DateContext()
    assert ctx.resolve("In March 2013, talks opened in the capital.")[0].precision == 3
    event, _ = ctx.resolve("Two days later, the rebels walked out.")
    assert event.start == dt.date(2013, 3, 3) and event.precision == 3


def test_undated_sentence_inherits_on_request() -> None:
    ctx = DateContext()
    ctx.resolve("On 2 June 2025, fighters attacked the camp.")
    assert ctx.resolve("Residents fled the town.")[0] is None
    event, mentions = ctx.resolve("Residents fled the town.", inherit=True)
    assert mentions == [] and event.iso() == ("2025-06-02", "2025-06-02") and event.precision == 2
    assert DateContext().resolve("Residents fled.", inherit=True)[0] is None


def test_next_day_after_a_span_of_days_counts_from_its_end() -> None:
    ctx = DateContext()
    ctx.resolve("The siege lasted from 30 March to 1 April 2012.")
    assert ctx.resolve("The next day, the garrison surrendered.")[0].iso() == ("2012-04-02", "2012-04-02")


def test_yearless_dates_never_postdate_the_publication():
    import datetime as dt

    from warscribe.dates import DateContext

    ctx = DateContext(published=dt.date(2018, 12, 31))
    assert ctx.resolve("On February 8, gunmen attacked a post.")[0].iso() == ("2018-02-08", "2018-02-08")
    ctx = DateContext(published=dt.date(2018, 3, 1))
    assert ctx.resolve("On 3 March, gunmen attacked a post.")[0].start == dt.date(2017, 3, 3)
    # A written year is kept as written.
    assert ctx.resolve("On 3 March 2019, gunmen attacked a post.")[0].start == dt.date(2019, 3, 3)


def test_a_weekday_in_a_report_is_the_one_before_its_publication():
    import datetime as dt

    from warscribe.dates import DateContext

    ctx = DateContext(published=dt.date(2022, 6, 15))  # a Wednesday
    span, _ = ctx.resolve("Gunmen raided the village on Saturday night.")
    assert span.start == dt.date(2022, 6, 11)
    span, _ = ctx.resolve("Two days later, troops arrived.")
    assert span.start == dt.date(2022, 6, 13)
