import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warscribe.evaluate.match import (
    MatchOptions,
    doc_key,
    gold_span,
    haversine_km,
    match_events,
    same_actor_name,
    shared_actors,
    span_gap,
)
from warscribe.model import Event, GoldEvent

D = dt.date


@pytest.mark.parametrize(
    ("doc_id", "key"),
    [("mali-war", "mali-war"), ("/work/shared/corpus/mali-war.txt", "mali-war"),
     ("C:\\runs\\Mali-War.wiki", "mali-war"), ("MLI1315", "mli1315")],
)
def test_doc_key(doc_id, key):
    assert doc_key(doc_id) == key


@pytest.mark.parametrize(
    ("precision", "date", "span"),
    [(1, "2018-02-10", (D(2018, 2, 10), D(2018, 2, 10))),
     (2, "2018-02-10", (D(2018, 2, 7), D(2018, 2, 13))),
     (3, "2016-02-10", (D(2016, 2, 1), D(2016, 2, 29)))],
)
def test_gold_span_widens_acled_representative_dates(precision, date, span):
    assert gold_span(GoldEvent("d", date, date, time_precision=precision)) == span


def test_gold_span_unknown_date():
    assert gold_span(GoldEvent("d", "")) is None
    assert span_gap(None, (D(2012, 1, 1), D(2012, 1, 1))) is None


days = st.dates(min_value=D(2000, 1, 1), max_value=D(2030, 1, 1))


@given(days, days, days, days)
def test_span_gap_is_symmetric_and_zero_on_overlap(a, b, c, d):
    s1, s2 = (min(a, b), max(a, b)), (min(c, d), max(c, d))
    gap = span_gap(s1, s2)
    assert gap == span_gap(s2, s1) >= 0
    overlap = s1[0] <= s2[1] and s2[0] <= s1[1]
    assert (gap == 0) == overlap


@given(st.floats(-80, 80), st.floats(-179, 179), st.floats(-80, 80), st.floats(-179, 179))
def test_haversine_symmetric_bounded(lat1, lon1, lat2, lon2):
    d = haversine_km(lat1, lon1, lat2, lon2)
    assert d == pytest.approx(haversine_km(lat2, lon2, lat1, lon1), abs=1e-6)
    assert 0 <= d <= 20016


def _pred(i, date, **kw):
    return Event(f"p{i}", "d", date, date, 1, "Battles", "Armed clash", "A", **kw)


def test_assignment_is_one_to_one_and_prefers_closer_events():
    gold = [GoldEvent("d", "2018-03-10", "2018-03-10", event_type="Battles", location="Gao"),
            GoldEvent("d", "2018-03-12", "2018-03-12", event_type="Battles", location="Gao")]
    pred = [_pred(1, "2018-03-12", location="Gao"), _pred(2, "2018-03-10", location="Gao")]
    pairs = match_events(gold, pred)
    assert sorted((p.gold.event_date, p.pred.event_id) for p in pairs) == [
        ("2018-03-10", "p2"), ("2018-03-12", "p1")]


def test_many_events_in_one_block_stay_fast_enough():
    gold = [GoldEvent("d", (D(2013, 1, 1) + dt.timedelta(days=i)).isoformat(), location="Gao")
            for i in range(300)]
    pred = [_pred(i, (D(2013, 1, 1) + dt.timedelta(days=i)).isoformat(), location="Gao") for i in range(300)]
    pairs = match_events(gold, pred, options=MatchOptions(date_window_days=3))
    assert len(pairs) == 300 and all(p.date_gap == 0 for p in pairs)


@given(st.dictionaries(st.tuples(st.integers(0, 6), st.integers(0, 6)), st.floats(0.01, 5), max_size=30))
def test_grouped_assignment_is_as_good_as_dense(weights):
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    from warscribe.evaluate.match import _assign

    pairs = _assign(weights, 7)
    assert len({a for a, _ in pairs}) == len({b for _, b in pairs}) == len(pairs)
    dense = np.zeros((7, 7))
    for (a, b), w in weights.items():
        dense[a, b] = w
    r, c = linear_sum_assignment(dense, maximize=True)
    assert sum(weights[p] for p in pairs) == pytest.approx(dense[r, c].sum())


@pytest.mark.parametrize(
    ("a", "b", "loose", "strict"),
    [("Military Forces of Mali (2013-)", "Military Forces of Mali (2013-2020)", True, False),
     ("Police Forces of Mali (2013-) Gendarmerie", "Police Forces of Mali (2013-2020) Gendarmerie", True, False),
     ("Military Forces of Burkina Faso (2022)", "Military Forces of Burkina Faso (2015-2022)", True, False),
     ("Government of Mali (2021-)", "government of  MALI (2021-)", True, True),
     ("Military Forces of Mali (2013-2020)", "Military Forces of Niger (2011-2021)", False, False),
     ("Civilians (Mali)", "Civilians (Niger)", False, False),
     ("", "Military Forces of Mali (2021-)", False, False),
     ("", "", True, True)],
)
def test_same_actor_name(a, b, loose, strict):
    assert same_actor_name(a, b) is loose and same_actor_name(b, a) is loose
    assert same_actor_name(a, b, strict_periods=True) is strict


_NAME = st.text(st.sampled_from("abcdefghij ABC:"), min_size=1, max_size=30).filter(lambda s: s.strip(" :"))
_YEAR = st.integers(1960, 2040).map(str)
_LABEL = st.one_of(st.builds(lambda y: f"({y}-)", _YEAR), st.builds(lambda y: f"({y})", _YEAR),
                   st.builds(lambda a, b: f"({a}-{b})", _YEAR, _YEAR))


@given(_NAME, _LABEL, _LABEL)
def test_period_labels_alone_never_separate_names(name, first, second):
    assert same_actor_name(f"{name} {first}", f"{name} {second}")
    assert same_actor_name(f"{name} {first}", f"{name} {second}", strict_periods=True) is (first == second)


def test_shared_actors_counts_gold_names_found_in_pred():
    gold = {"military forces of mali (2013-)", "jnim"}
    assert shared_actors(gold, {"military forces of mali (2013-2020)", "isgs"}) == 1
    assert shared_actors(gold, {"military forces of mali (2013-2020)", "isgs"}, strict_periods=True) == 0
    assert shared_actors(gold, {"jnim"}, strict_periods=True) == 1
