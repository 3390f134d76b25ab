"""Find place names in text: a multi-pattern scan over every folded name, then context rules.

>>> from warscribe.geo.index import Gazetteer
>>> matcher = Matcher(Gazetteer.default())
>>> [(m.text, m.country) for m in matcher.scan("Fighting spread from Gao to Niamey in Niger.")]
[('Gao', ''), ('Niamey', ''), ('Niger', 'NE')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
from rapidfuzz import fuzz, process

from warscribe.geo.fold import fold, fold_text
from warscribe.geo.index import Gazetteer
from warscribe.geo.stoplist import DESCRIBERS, FACILITIES, NAME_PARTICLES, NEUTRAL, ORG_WORDS, PREFIXES, STOPWORDS, SUFFIXES

_WORD_START = re.compile(r"\b[^\W\d_]")
_CAP_START = re.compile(r"\b[A-Z\u00c0-\u00de]")
_CAP_TOKEN = re.compile(r"\b[A-Z\u00c0-\u00de][\w'’-]*(?:[ -][A-Z\u00c0-\u00de][\w'’-]*)?")
_LOCATIVE = {"in", "at", "near", "from", "to", "into", "towards", "toward", "around", "outside", "and",
             "between", "on", "across", "through", "via"}
_PREV_RUN = re.compile(r"[ \u00a0]([\w'’.]*)")  # read backwards from a name's start


def _prev_word(text: str, start: int) -> str | None:
    """The word just before ``text[start]`` and one space, within 30 characters, from its first
    letter ("al-Qaeda." of "of al-Qaeda. Gao"), or None. Read on the reversed window: one match."""
    if start == 0 or text[start - 1] not in (" ", "\u00a0"):
        return None
    run = _PREV_RUN.match(text[max(0, start - 30):start][::-1]).group(1)[::-1]
    for i, char in enumerate(run):
        if char.isalnum() and not char.isdecimal():  # [^\W\d_]
            return run[i:]
    return None
_NEXT_WORDS = re.compile(r"[ \u00a0]([^\W\d_][\w'’]*)((?:[ \u00a0][A-Z][\w'’]*){0,2})")
_CHAIN_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CLAUSE_END = re.compile(r"[,;:.()\[\]{}!?\"]")
_CONNECTORS = {"of", "the", "in", "for", "and", "de", "du", "des", "la", "le", "al", "el", "d'", "l'"}


@lru_cache(maxsize=65536)
def _token_key(surface: str) -> str:
    """The folded key of a capitalised word worth a variant lookup, or '' (short, common word,
    possessive)."""
    key = fold(surface.rstrip("'’"))
    return key if len(key) >= 4 and key not in STOPWORDS and not surface.endswith(("'s", "’s")) else ""


@dataclass(frozen=True, slots=True)
class Match:
    """A raw match of a name in a text: offsets, folded key, candidates or country."""

    text: str
    start: int
    end: int
    key: str
    candidates: tuple[tuple[int, int], ...] = ()  # (place index, name kind)
    country: str = ""  # ISO code when the name is a country's
    confidence: float = 1.0


def _is_proper(token: str) -> bool:
    """A capitalised word that is neither a function word, a month nor a day."""
    return bool(token) and token[0].isupper() and token.lower() not in NEUTRAL


_RUN = re.compile(r"\w+")


@lru_cache(maxsize=512)
def _headline(text: str) -> bool:
    """Title Case text ("Islamists Launch Fresh Attacks On Timbuktu"): capitals say nothing."""
    if "\u00d7" in text:  # "×" is in the capitals' range but no letter: count as the regexes do
        words = len(_WORD_START.findall(text))
        return words >= 4 and len(_CAP_START.findall(text)) >= 0.7 * words
    # a word starts a run of word characters with a letter (not a digit or "_")
    words = caps = 0
    for run in _RUN.findall(text):
        first = run[0]
        if first.isdecimal() or first == "_":
            continue
        words += 1
        if "A" <= first <= "Z" or "\u00c0" <= first <= "\u00de":
            caps += 1
    return words >= 4 and caps >= 0.7 * words


def _is_acronym(token: str) -> bool:
    """"MNLA", "FAMa", "MoJWA": short words with two capitals or more."""
    if len(token) < 2 or not token[1].isupper():  # the common case, decided cheaply
        return False
    return token.isalpha() and (token.isupper() or (
        len(token) <= 6 and sum(c.isupper() for c in token) >= 2 and token[1].isupper()))


_UNSEEN = object()


def _longest_first(hit: tuple[int, int, str]) -> tuple[int, int]:
    return hit[0] - hit[1], hit[0]


def _by_start(match: Match) -> int:
    return match.start


class Matcher:
    """Scans texts for the names of one gazetteer (built once, reused for every text)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.automaton = ahocorasick.Automaton()
        # Patterns start with a space and texts are scanned with one in front: a hit always
        # begins at a word start, and only its end needs a boundary check.
        countries = gazetteer.country_by_name
        for key in gazetteer.names:
            if key not in STOPWORDS or key in countries:  # a common word alone is never a mention
                self.automaton.add_word(" " + key, key)
        for key in gazetteer.country_by_name:
            if key not in gazetteer.names:
                self.automaton.add_word(" " + key, key)
        self.automaton.make_automaton()
        self._fuzzy: dict[str, dict[str, list[str]]] = {}
        self._nearest_cache: dict[tuple[str, str], tuple[str, float] | None] = {}
        self._squashed: dict[str, dict[str, list[str]]] = {}  # country -> squash(name) -> names
        self._kinds: dict[str, dict[str, tuple]] = {}  # country -> folded word -> _kind()
        self._keys_by_country: dict[str, list[str]] | None = None  # see _fuzzy_keys
        self._surfaces: dict[tuple[str, str], tuple | None] = {}  # (surface, key) -> _judge()
        self._pairs: dict[str, dict[str, list[str] | None]] = {}  # country -> "Dogo Fry" -> squashed names

    # -- exact names -------------------------------------------------------------
    def scan(self, text: str) -> list[Match]:
        """Capitalised, whole-word mentions of known names, longest first, context-filtered."""
        folded, index = fold_text(text)
        folded = " " + folded + " "
        hits: list[tuple[int, int, str]] = []
        for last, key in self.automaton.iter(folded):
            after = folded[last + 1]
            if after == " " or after == "'":
                fs = last - len(key)  # offsets into the unpadded text
                # a name in lower case is never a mention: dropped before any other rule
                if (text[fs] if index is None else text[index[fs]]).isupper():
                    hits.append((fs, last, key))
        if not hits:
            return []
        if len(hits) > 1:
            hits.sort(key=_longest_first)
        out: list[Match] = []
        spans: list[tuple[int, int]] = []  # accepted hits, in folded offsets
        for fs, fe, key in hits:  # longest first; a rejected long name leaves room for a shorter one
            if spans and any(fs < t_end and t_start < fe for t_start, t_end in spans):
                continue
            start, end = (fs, fe) if index is None else (index[fs], index[fe - 1] + 1)
            match = self._accept(text, start, end, key, headline=None)
            if match is not None:
                out.append(match)
                spans.append((fs, fe))
        if len(out) > 1:
            out.sort(key=_by_start)
        return self._drop_compound_parts(text, out) if "-" in text else out

    @staticmethod
    def _drop_compound_parts(text: str, out: list[Match]) -> list[Match]:
        """Drop a name that is only part of a hyphenated one ("Tin" of "Tin-Alakan"), but keep
        axes of two places ("Menaka-Anderamboukane") and "Gao-based"."""
        starts = {m.start for m in out}
        ends = {m.end for m in out}
        kept = []
        for m in out:
            glued_after = text[m.end:m.end + 1] == "-" and text[m.end + 1:m.end + 2].isupper()
            glued_before = m.start >= 2 and text[m.start - 1] == "-" and text[m.start - 2].isalpha()
            if (glued_after and m.end + 1 not in starts) or (glued_before and m.start - 1 not in ends):
                continue
            kept.append(m)
        return kept

    def _accept(self, text: str, start: int, end: int, key: str, *, headline: bool | None) -> Match | None:
        surface = text[start:end]
        found = self._surfaces.get((surface, key), _UNSEEN)
        if found is _UNSEEN:
            found = self._judge(surface, key)
            if len(self._surfaces) < 200_000:
                self._surfaces[surface, key] = found
        if found is None:
            return None
        country, cands = found
        if self._inside_name(text, start, end, headline=headline, country=bool(country)):
            return None
        return Match(surface, start, end, key, cands, country)

    def _judge(self, surface: str, key: str) -> tuple[str, tuple[tuple[int, int], ...]] | None:
        """What a name's surface says alone (cached): None for no place, else (country, candidates)."""
        if not surface[0].isupper():
            return None
        country = self.gazetteer.country_by_name.get(key, "")
        if not country and (key in STOPWORDS or (len(surface) <= 5 and surface.isupper())
                            or _is_acronym(surface) and not surface.isupper()):
            return None
        if not country and self._demonym(key):
            return None
        return country, tuple(self.gazetteer.names.get(key, ()))

    def _demonym(self, key: str) -> bool:
        """"Chadian", "Malians", "Senegalese": an adjective of a country or place, not a place."""
        if not key.endswith(("an", "ans", "ese", "ien", "iens")):
            return False
        for suffix, restore in (("ians", ""), ("ian", ""), ("ians", "ia"), ("ian", "ia"), ("ans", "a"),
                                ("an", "a"), ("an", ""), ("ese", ""), ("ese", "a"), ("ian", "a"),
                                ("ians", "a"), ("ian", "e"), ("ian", "y"), ("ien", ""), ("iens", "")):
            if key.endswith(suffix) and len(key) > len(suffix) + 2:
                stem = key[: -len(suffix)] + restore
                if stem in self.gazetteer.country_by_name:
                    return True
        return False

    @staticmethod
    def _inside_name(text: str, start: int, end: int, *, headline: bool | None = False, country: bool = False) -> bool:
        """Whether the span is part of a longer proper name (person, group, operation).
        ``headline`` None: find out from the text if it matters."""
        prev = _prev_word(text, start)
        if prev is not None:
            word = prev.rstrip(".")
            low = word.lower()
            if low.endswith(("'s", "’s")):  # "Gaddafi's Libya": a possessive, not a longer name
                word = low = ""
            if low in NAME_PARTICLES and (word[0].isupper() or low in ("ag", "ould")):
                return True
            if _is_acronym(word) or (_is_proper(word) and low not in PREFIXES):
                return True
        nxt = _NEXT_WORDS.match(text[end:end + 40]) if not country else None
        if nxt:
            # "Southern Algeria AQIM leaders": still Algeria
            word = nxt.group(1)
            following = [w.lower() for w in (word + nxt.group(2)).split()]
            if (_is_acronym(word) or (_is_proper(word) and word.lower() not in SUFFIXES
                                      and word.lower() not in DESCRIBERS and not FACILITIES.intersection(following))) \
                    and not (_headline(text) if headline is None else headline):  # the costly test last
                return True
        if prev is not None and low in _LOCATIVE:  # "in Gao": the chain below would end on the same word
            return False
        # "National Movement for the Liberation of Azawad": an org head earlier in the chain.
        words = _CHAIN_WORD.findall(_CLAUSE_END.split(text[max(0, start - 80):start])[-1])[-7:]
        while words and words[-1].lower() in ("the", "a"):
            words.pop()
        if words and words[-1].lower() in _LOCATIVE:  # "the Malian Army in Gao": Gao is a place
            return False
        for word in reversed(words):
            low = word.lower()
            if low in _CONNECTORS:
                continue
            if not word[0].isupper():
                break
            if low in ORG_WORDS:
                return True
        return False

    def is_noise(self, text: str, start: int, end: int, *, headline: bool | None = False) -> bool:
        """Whether a capitalised word is no place name: a common word, an acronym, part of a name.
        ``headline`` None: find out whether the text is in Title Case if it matters."""
        surface = text[start:end]
        key = fold(surface)
        return (key in STOPWORDS or _is_acronym(surface) or len(key) < 3
                or key.endswith(("ian", "ians", "ese")) or self._inside_name(text, start, end, headline=headline))

    # -- spelling variants -------------------------------------------------------
    def fuzzy(self, text: str, *, country: str, taken: list[Match], known: dict[str, str] | None = None,
              only_known: bool = False, words: list[tuple[int, int, str]] | None = None) -> list[Match]:
        """Capitalised words after a place cue that matched nothing, matched approximately
        (on a phonetic key) to names in ``country``. ``known`` (folded variant -> name) lists
        variants already accepted in the document: they need no cue; with ``only_known``,
        only those are looked for. A word that is itself a known name was judged by :meth:`scan`.
        ``words``: the text's :func:`capitals`, when the caller has them already.

        >>> from warscribe.geo.index import Gazetteer
        >>> m = Matcher(Gazetteer.default()).fuzzy("They reached Timbouktu.", country="ML", taken=[])
        >>> (m[0].text, m[0].key)
        ('Timbouktu', 'timbuktu')
        """
        table = self._fuzzy_table(country)
        if not table:
            return []
        # Only capitalised single words that matched nothing qualify, and of those only three
        # kinds: after a place cue, ending in "s" (a possessive without apostrophe) and, within
        # a document, variants accepted before. The cheap filters run first.
        if words is None:
            words = capitals(text)
        if only_known and not any(_key_of(w[2]) in known for w in words):
            return []
        tokens = []
        free = []  # capitalised words no name covers, for two-word variants ("Tin Hama")
        # Words come left to right: a word overlaps a taken span iff the spans starting before
        # its end reach past its start, so one pass over the sorted spans decides them all.
        spans = sorted((t.start, t.end) for t in taken) if taken else ()
        k, reach, n = 0, -1, len(spans)
        keys = _TOKEN_KEYS
        for start, end, surface in words:
            while k < n and spans[k][0] < end:
                if spans[k][1] > reach:
                    reach = spans[k][1]
                k += 1
            if reach > start:
                continue
            key = keys.get(surface)
            if key is None:
                key = _key_of(surface)
            if key is _CAPITALS:
                continue
            free.append((start, end))
            if key and (not only_known or key in known):
                tokens.append((start, end, surface, key))
        if not free:
            return []
        out = []
        gaz = self.gazetteer
        squashed = self._squashed.get(country, {})
        if not only_known:  # two capitalised words that are one name written apart
            pairs = self._pairs.setdefault(country, {})
            for (s1, e1), (s2, e2) in zip(free, free[1:]):
                if s2 - e1 != 1 or text[e1] != " ":
                    continue
                pair = text[s1:e2]
                names = pairs.get(pair, _UNSEEN)
                if names is _UNSEEN:
                    names = squashed.get(squash(fold(pair)))
                    if len(pairs) < 100_000:
                        pairs[pair] = names
                if names:
                    if not self.is_noise(text, s1, e2, headline=None):
                        out.append(self._variant(text[s1:e2], s1, e2, names, country))
                        tokens = [t for t in tokens if not (t[0] < e2 and s1 < t[1])]
        kinds = self._kinds.setdefault(country, {})
        listed: list[set[int]] = []  # see _cued
        for start, end, surface, key in tokens:
            kind = kinds.get(key)
            if kind is None:
                kind = kinds[key] = self._kind(key, country, squashed)
            if kind[0] == "stem" and not only_known:
                if kind[1] and not self.is_noise(text, start, end, headline=None):
                    # "Kidals camp", "Malis north": a possessive without its apostrophe
                    out.append(Match(surface, start, end, kind[2], kind[1], "", confidence=0.8))
                continue
            if known and key in known:
                if not self.is_noise(text, start, end, headline=None):
                    name = known[key]
                    cands = tuple((i, k) for i, k in gaz.names[name] if gaz.places[i].country_code == country)
                    out.append(Match(surface, start, end, name, cands, "", confidence=0.7))
                continue
            if only_known or kind[0] == "skip":
                continue
            names = kind[1] if kind[0] == "squash" else None
            if names:  # the same name but for spelling habits: no cue needed
                if not self.is_noise(text, start, end, headline=None):
                    out.append(self._variant(surface, start, end, names, country))
                continue
            if not self._cued(text, start, taken, listed):
                continue
            if self.is_noise(text, start, end, headline=None):
                continue
            found = self._nearest(country, key, table)
            if found is None:
                continue
            name, score = found
            cands = tuple((i, k) for i, k in gaz.names[name] if gaz.places[i].country_code == country)
            out.append(Match(surface, start, end, name, cands, "", confidence=round(score / 100 * 0.8, 3)))
        return out

    def _kind(self, key: str, country: str, squashed: dict[str, list[str]]) -> tuple:
        """What a capitalised word can be, the document aside (cached per word): a possessive
        without apostrophe ("stem", candidates, stem), no variant ("skip": too short or a known
        name), a variant by spelling habit ("squash", names) or one to look for after a cue."""
        gaz = self.gazetteer
        stem = key[:-1] if key.endswith("s") else ""
        if stem in gaz.names and len(stem) >= 4 and stem not in STOPWORDS:
            return ("stem", tuple((i, k) for i, k in gaz.names[stem] if gaz.places[i].country_code == country), stem)
        if len(key) < 5 or key in gaz.names:
            return ("skip",)
        names = squashed.get(squash(key))
        return ("squash", names) if names else ("cue",)

    def _variant(self, surface: str, start: int, end: int, names: list[str], country: str) -> Match:
        name = max(names, key=lambda n: fuzz.ratio(fold(surface), n))
        cands = tuple((i, k) for i, k in self.gazetteer.names[name] if self.gazetteer.places[i].country_code == country)
        return Match(surface, start, end, name, cands, "", confidence=0.85)

    @staticmethod
    def _cued(text: str, start: int, taken: list[Match], listed: list[set[int]]) -> bool:
        """A place cue just before the word, or the next item of a list of places ("Menaka,
        Aguelhoc and Tessalit"). ``listed`` caches, per text, where the items after taken
        names start (an empty list: not read yet)."""
        if _CUE_BEFORE.search(text, max(0, start - 48), start):
            return True
        if not listed:
            listed.append({nxt.start(1) for m in taken if (nxt := _LIST_NEXT.match(text, m.end))})
        return start in listed[0]

    def _nearest(self, country: str, key: str, table: dict) -> tuple[str, float] | None:
        """The name of ``country`` closest to a folded word on its phonetic key (cached)."""
        cache = self._nearest_cache
        if (country, key) in cache:
            return cache[country, key]
        code = phonetic(key)
        cutoff = 85 if len(code) >= 7 else 88
        best = None
        for size in range(len(code) - 2, len(code) + 3):  # a ratio of 85+ allows no more
            choices = table.get((code[0], size))
            if choices:
                found = process.extractOne(code, choices[0], scorer=fuzz.ratio, score_cutoff=cutoff)
                if found is not None and (best is None or found[1] > best[1]):
                    best = (found[0], found[1], choices[1])
        result = None
        if best is not None:
            result = (max(best[2][best[0]], key=lambda n: fuzz.ratio(key, n)), best[1])
        if len(cache) < 100_000:
            cache[country, key] = result
        return result

    def _fuzzy_table(self, country: str) -> dict[tuple[str, int], tuple[list[str], dict[str, list[str]]]]:
        if country not in self._fuzzy:
            groups: dict[str, dict[str, list[str]]] = {}
            squashed: dict[str, list[str]] = {}
            for key in self._fuzzy_keys().get(country, ()):
                code = phonetic(key)
                groups.setdefault((code[0], len(code)), {}).setdefault(code, []).append(key)
                squashed.setdefault(squash(key), []).append(key)
            self._fuzzy[country] = {k: (sorted(v), v) for k, v in groups.items()}
            self._squashed[country] = squashed
        return self._fuzzy[country]

    def _fuzzy_keys(self) -> dict[str, list[str]]:
        """Country code -> its folded names of 4+ letters (feature classes P, A, H, L, S, T), in
        gazetteer order: one pass over all names serves every country's fuzzy table."""
        if self._keys_by_country is None:
            by_country: dict[str, list[str]] = {}
            places = self.gazetteer.places
            for key, entries in self.gazetteer.names.items():
                if len(key) >= 4:
                    codes = {places[i].country_code for i, _ in entries if places[i].feature_class in "PAHLST"}
                    for code in codes:
                        by_country.setdefault(code, []).append(key)
            self._keys_by_country = by_country
        return self._keys_by_country


_CUE_BEFORE = re.compile(
    r"\b(?:in|at|near|from|towards?|outside|around|between|reach(?:ed|es)?|enter(?:ed|s)?|attack(?:ed|s)?"
    r"|(?:town|village|city|commune|locality|cercle|region|outskirts|vicinity|area)\s+of"
    r"|(?:re)?tak(?:e|es|en|ing)|(?:re)?took|seiz(?:e|ed|es)|captur(?:e|ed|es)|raid(?:ed|s)?|occup(?:y|ied|ies)"
    r"|storm(?:ed|s)?|shell(?:ed|s)?|bomb(?:ed|s)?),?\s+(?:the\s+)?$")
_LIST_NEXT = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)([A-Z\u00c0-\u00de][\w'’-]*)")
# A capitalised word not glued to a word before it; the capital comes first in the pattern
# (then the look-behind) so that the regex engine skips to capitals quickly.
_WORD_TOKEN = re.compile(r"[A-Z\u00c0-\u00de](?<![\w'’-].)[\w'’-]*")
_CAPITALS = "\0"  # _TOKEN_KEYS value of a word in capitals: no spelling variant
_TOKEN_KEYS: dict[str, str] = {}  # capitalised word -> _token_key(), or _CAPITALS


def capitals(text: str) -> list[tuple[int, int, str]]:
    """Capitalised words of a text, with offsets, as :meth:`Matcher.fuzzy` reads them.

    >>> capitals("Attacks near Ménaka-Nord by FAMa, not l'Aguelhok")
    [(0, 7, 'Attacks'), (13, 24, 'Ménaka-Nord'), (28, 32, 'FAMa')]
    """
    return [(m.start(), m.end(), m.group()) for m in _WORD_TOKEN.finditer(text)]


def _key_of(surface: str) -> str:
    """_token_key() of a capitalised word, or _CAPITALS for one in capitals (cached)."""
    key = _TOKEN_KEYS.get(surface)
    if key is None:
        key = _CAPITALS if surface.isupper() else _token_key(surface)
        if len(_TOKEN_KEYS) < 100_000:
            _TOKEN_KEYS[surface] = key
    return key
_PHONETIC = [("ou", "u"), ("y", "i"), ("dj", "j"), ("q", "k"), ("ck", "k"), ("c", "k"), ("ph", "f"),
             ("w", "u"), ("'", ""), (" ", "")]


# The words of context.cue_tokens' strong cues ("village of X", "near X"): a text with none of
# them has none (tests/geo/test_match.py checks the list against the pattern).
STRONG_CUE_WORDS = ("near", "outside", "around", "town", "village", "city", "locality", "commune", "hamlet",
                    "settlement")


def has_strong_cue(text: str) -> bool:
    """Whether a text may have a strong place cue at all (a few substring tests, no regex).

    >>> has_strong_cue("Clashes near Gao."), has_strong_cue("Clashes in Gao.")
    (True, False)
    """
    return ("near" in text or "town" in text or "village" in text or "outside" in text or "around" in text
            or "city" in text or "commune" in text or "locality" in text or "hamlet" in text or "settlement" in text)


_PREFIX = re.compile(r"^(?:i ?n[ ']?|n[ ']?)")  # Tamasheq "In-", "I-n-", "N'": one form


@lru_cache(maxsize=65536)
def squash(key: str) -> str:
    """A folded name without the spelling habits that vary between sources: spaces and
    hyphens, "In-"/"I-n-"/"N'" prefixes, ou/u, y/i, double letters, a final e.

    >>> squash("i n tillit") == squash("ntillit") == squash("intillit")
    True
    >>> squash("tin zaouaten") == squash("ti n zaouatene"), squash("ke macina") == squash("kemacina")
    (True, True)
    """
    code = phonetic(_PREFIX.sub("n", key))
    return code[:-1] if code.endswith("e") and len(code) > 4 else code


_DOUBLED = re.compile(r"(.)\1")


@lru_cache(maxsize=131072)  # a table build asks for every name's key twice (itself, its squash)
def phonetic(key: str) -> str:
    """A rough phonetic key for French/English spellings of Sahel names.

    >>> phonetic("dogofry") == phonetic("dogofri"), phonetic("diabaly") == phonetic("diabali")
    (True, True)
    """
    for a, b in _PHONETIC:
        key = key.replace(a, b)
    return _DOUBLED.sub(r"\1", key)
