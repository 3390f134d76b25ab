import pytest

from warscribe.errors import InputError
from warscribe.ingest.acled import acled_date, is_acled_csv, read_acled, read_acled_gold
from warscribe.model import Document, Failure

from conftest import FIXTURES

SAMPLE = FIXTURES / "evaluate" / "acled_sample.csv"


def test_documents_are_notes_without_dates():
    items = list(read_acled(SAMPLE))
    docs = [d for d in items if isinstance(d, Document)]
    assert [d.id for d in docs] == ["TST1", "TST2", "TST3", "TST5"]
    assert all(d.format == "acled" and d.date is None and d.title is None for d in docs)
    assert docs[1].text == "Gunmen shot a trader\non the road out of Gao."
    assert docs[0].sentences and dict(docs[0].meta)["source"].endswith("acled_sample.csv:2")
    (failure,) = [f for f in items if isinstance(f, Failure)]
    assert failure.source.endswith("acled_sample.csv:6") and "notes" in failure.reason


def test_on_error_receives_the_failures():
    failures = []
    docs = list(read_acled(SAMPLE, on_error=failures.append))
    assert len(docs) == 4 and len(failures) == 1


def test_years_filter():
    assert [d.id for d in read_acled(SAMPLE, years={2018}, on_error=lambda f: None)] == ["TST3", "TST5"]
    assert [g.doc_id for g in read_acled_gold(SAMPLE, years=[2013])] == ["TST1", "TST2"]


def test_gold_events_from_rows():
    failures = []
    gold = list(read_acled_gold(SAMPLE, on_error=failures.append))
    assert [g.doc_id for g in gold] == ["TST1", "TST2", "TST3", "TST4"]
    first, second = gold[0], gold[1]
    assert first.event_date == first.date_end == "2013-01-11"
    assert first.actor1 == "Military Forces of France (2012-2017)"
    assert first.assoc_actor_1 == "Military Forces of Mali (2012-2013)"
    assert (first.latitude, first.longitude, first.fatalities) == (14.9431, -3.8892, 12)
    assert second.event_date == "2013-01-11" and second.time_precision == 2
    assert gold[3].actor2 == "" and all(g.required for g in gold)
    (failure,) = failures
    assert failure.source.endswith(":7") and "fatalities" in failure.reason


def test_bad_gold_row_raises_with_line():
    with pytest.raises(InputError, match=r"acled_sample\.csv:7: fatalities"):
        list(read_acled_gold(SAMPLE))


def test_not_an_acled_csv(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n")
    assert not is_acled_csv(path) and is_acled_csv(SAMPLE)
    with pytest.raises(InputError, match="no event_id_cnty, notes column"):
        list(read_acled(path))


@pytest.mark.parametrize(
    ("raw", "iso"),
    [("2012-01-12", "2012-01-12"), ("12 January 2012", "2012-01-12"), ("3-March-2018", "2018-03-03")],
)
def test_acled_date(raw, iso):
    assert acled_date(raw) == iso


def test_acled_date_rejects_garbage():
    with pytest.raises(ValueError, match="not a date"):
        acled_date("sometime in spring")


def test_real_export_reads_whole(acled_csv):
    failures = []
    docs = list(read_acled(acled_csv, on_error=failures.append))
    gold = list(read_acled_gold(acled_csv))
    assert len(gold) == len(docs) + len(failures) > 2000
    assert {g.doc_id for g in gold} >= {d.id for d in docs}
