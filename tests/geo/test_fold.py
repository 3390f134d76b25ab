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


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_ascii_texts_fold_as_their_characters_do(text):
    import re

    from warscribe.geo.fold import fold_char

    folded, index = fold_text(text)
    glued = re.search(r"[a-z][A-Z]", text)
    assert (index is None) == (glued is None)
    if index is None:
        assert folded == "".join(fold_char(c) for c in text)


@given(st.lists(st.sampled_from(list("aZé ÉßÿÀ×÷Ωω’\u2028\n-") + ["byMali", "xĀ"]), max_size=30).map("".join))
def test_glued_words_split_where_an_upper_case_letter_follows_a_lower_case_one(text):
    from warscribe.geo.fold import _UPPER

    def splits(pattern):
        return [m.start() for m in pattern.finditer(text, 1) if text[m.start() - 1].islower() and m.group().isupper()]

    import re

    assert splits(_UPPER) == splits(re.compile(r"[A-Z\u00c0-\u00de]|[^\x00-\u00ff]"))
