from hypothesis import given, strategies as st

from warscribe.geo.fold import fold, fold_text, is_latin


def test_accents_case_and_hyphens_fold_away():
    assert fold("Ménaka") == fold("MENAKA") == "menaka"
    assert fold("Ti-n-Essako") == "ti n essako"
    assert fold("N’Débougou") == "n'debougou"


def test_latin_script_only():
    assert is_latin("Ségou")
    assert not is_latin("غاو")


@given(st.text(max_size=60))
def test_fold_text_maps_every_folded_char_to_its_source(text):
    folded, index = fold_text(text)
    if index is None:
        assert len(folded) == len(text)
        index = list(range(len(text)))
    assert len(index) == len(folded)
    assert index == sorted(index)
    assert all(0 <= i < len(text) for i in index)


@given(st.text(alphabet=st.characters(codec="latin-1"), max_size=40))
def test_fold_is_idempotent(name):
    assert fold(fold(name)) == fold(name)
