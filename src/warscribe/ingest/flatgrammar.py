"""The grammar that recovers flattened wikitext: glued headings and unterminated templates.

>>> text = "the army left.{{cite web , url=http://a.org/x , work=Sahel Daily On 5 May, it came back."
>>> tpl = split_template(text, 14, len(text))
>>> tpl.name, tpl.params, text[tpl.end:]
('cite web', (('url', 'http://a.org/x'), ('work', 'Sahel Daily')), ' On 5 May, it came back.')
>>> line = "Rebels took the town.Battle of Gao (June 2012)"
>>> start, end = find_heading(line, 0, len(line)); line[start:end]
'Battle of Gao (June 2012)'

Nothing here knows any article: headings are found by how gluing looks, values end by the
grammar of their parameter name, and names or titles end where a sentence visibly begins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_DATE = re.compile(
    rf"""\d{{4}}-\d{{2}}(?:-\d{{2}})?
    |\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+{_MONTH}(?:\s+\d{{4}})?
    |{_MONTH}\s+\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?,\s*\d{{4}}
    |(?:(?:Spring|Summer|Autumn|Fall|Winter)\s+|{_MONTH}\s+)?(?:c\.\s*)?\d{{4}}(?:\s*[–-]\s*\d{{2,4}})?[a-z]?(?!\w)
    |{_MONTH}(?!\w)""",
    re.VERBOSE,
)
_DOI = re.compile(r"10\.\d{4,9}/\S+")
_ISBN = re.compile(r"[0-9Xx][0-9Xx-]*")
_PAGES = re.compile(r"[\w.–—-]+(?:\s*[,–—-]\s*\d\w*)*")
_TOKEN = re.compile(r"\S+")
_SEP_KEY = re.compile(r"\s*,\s*([A-Za-z][\w-]{0,40})\s*=(?!=)")
_SEP = re.compile(r"\s*,\s*")


_DATE_KEYS = frozenset({"date", "year", "access-date", "accessdate", "archive-date", "archivedate",
                        "orig-date", "orig-year", "origyear", "publication-date", "air-date", "df-date"})
_TOKEN_KEYS = frozenset({"language", "lang", "url-status", "df", "mode", "format", "dead-url", "deadurl",
                         "url-access", "access", "ref", "name-list-style", "display-authors", "pmid", "pmc",
                         "oclc", "jstor", "s2cid", "bibcode", "arxiv", "hdl", "lccn", "issn", "eissn", "id",
                         "bibcode-access", "doi-access", "postscript", "archive-format"})
_PAGE_KEYS = frozenset({"page", "pages", "p", "pp", "at", "loc", "volume", "issue", "number", "edition"})
_TITLE_KEYS = frozenset({"title", "trans-title", "script-title", "chapter", "contribution", "quote",
                         "entry", "article", "section", "trans-chapter"})
FUNCTION_WORDS = frozenset(
    "of the and for in on at to a an de du des la le les et el al y from with by or & und der die "
    "d' l' di da do dos das van von".split()
)
# Words that usually open an English sentence; a capitalised one after a name or title
# (and not after "of", "the", ... or a comma) is where prose begins.
PROSE_OPENERS = frozenset(
    """
    The A An This These That Those It Its They Their He His She Her We Our There On In At As After
    Before During By From Following Since According Although Though While When Whereas Meanwhile
    However Despite Throughout Between Until Later Earlier Then Thus But Also Amid Around Over Under
    Within Among Upon Once Soon Several Many Some Most Both All Each Few Another Other Such Like
    Unlike Without With Into Through Towards Toward Near Outside Inside Shortly Subsequently
    Eventually Finally Initially Instead Yet Still Nevertheless Moreover Furthermore Additionally
    """.split()
)
_HEADING_MAX = 120
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_WINDOW = 800  # characters after a template's last "key=" looked at for where prose begins


@dataclass(frozen=True, slots=True)
class FlatTemplate:
    """A template recovered from flattened text: its name, parameters and where it ends."""

    name: str
    params: tuple[tuple[str, str], ...]
    end: int


def split_template(text: str, start: int, bound: int) -> FlatTemplate:
    """Recover the template opening at ``text[start] == "{{"``; it cannot reach past ``bound``.
    A template that cuts a sentence (after a comma, say) is followed by lowercase prose.

    >>> t = "{{Main, Battle of In Arab On 16 May, it ended."
    >>> tpl = split_template(t, 0, len(t)); tpl.params, t[tpl.end:]
    ((('1', 'Battle of In Arab'),), ' On 16 May, it ended.')
    """
    body = start + 2
    comma = text.find(",", body, bound)
    first_key = _SEP_KEY.match(text, comma, bound) if comma >= 0 else None
    named = comma >= 0 and (comma - body <= 60 or first_key is not None)
    if named and first_key is None and len(text[body:comma].split()) > 1:
        # "{{cn The army left, ..." : a template without parameters, then prose with a comma
        named = prose_start(text[body:comma], title=True) == comma - body
    if not named:
        cut = body + prose_start(text[body : min(bound, body + _WINDOW)], title=True, cut=_cut(text, bound))
        return FlatTemplate(_clean(text[body:cut]), (), _rstrip(text, body, cut))
    name = _clean(text[body:comma])
    keys = []
    pos = comma
    while True:
        m = _SEP_KEY.search(text, pos, bound)
        if m is None:
            break
        keys.append(m)
        pos = m.end()
    params: list[tuple[str, str]] = []
    positional_end = keys[0].start() if keys else bound
    if positional_end > comma:
        rest = text[comma + 1 : min(positional_end, comma + 1 + _WINDOW)]
        cut = len(rest) if keys else prose_start(rest, title=True, cut=_cut(text, bound))
        args = [a for a in _SEP.split(rest[:cut].strip()) if a]
        params.extend((str(i + 1), _clean(a)) for i, a in enumerate(args))
        if not keys:
            return FlatTemplate(name, tuple(params), _rstrip(text, comma + 1, comma + 1 + cut))
    for a, b in zip(keys, keys[1:]):
        params.append((a.group(1), _clean(text[a.end() : b.start()])))
    last = keys[-1]
    value_start = last.end()
    while value_start < bound and text[value_start] == " ":
        value_start += 1
    midway = _mid_sentence(text, start)
    window = text[value_start : min(bound, value_start + _WINDOW)]
    size = value_length(last.group(1), window, midway=midway, cut=_cut(text, bound))
    end = _rstrip(text, value_start, value_start + size)
    params.append((last.group(1), _clean(text[value_start:end])))
    return FlatTemplate(name, tuple(params), end)


def value_length(key: str, text: str, *, midway: bool = False, cut: bool = False) -> int:
    """How much of ``text`` (what follows ``key=``) is the value, by the key's grammar.

    >>> value_length("archive-date", "23 December 2012 In early June"), value_length("doi", "10.1/x.4 By")
    (16, 8)
    """
    key = key.lower()
    if text[:1].isspace() or not text:
        return 0
    if key.endswith("url") or key in _TOKEN_KEYS:
        return _TOKEN.match(text).end()
    pattern = {"doi": _DOI, "isbn": _ISBN, "isbn13": _ISBN}.get(key)
    if pattern is None and key in _DATE_KEYS:
        pattern = _DATE
    elif pattern is None and key in _PAGE_KEYS:
        pattern = _PAGES
    if pattern is not None:
        m = pattern.match(text)
        return m.end() if m else _TOKEN.match(text).end()
    if midway:  # the sentence goes on in lowercase after the template
        return len(text[: _lowercase_start(text)].rstrip())
    return len(text[: prose_start(text, title=key in _TITLE_KEYS, cut=cut)].rstrip())


def _lowercase_start(text: str) -> int:
    """Where lowercase prose resumes: the first lowercase word that is not a function word
    inside a name ("Bosnia and Herzegovina"), or a function word followed by lowercase."""
    tokens = list(_TOKEN.finditer(text))
    for i, tok in enumerate(tokens[1:], 1):
        word = tok.group()
        if not word[0].islower():
            continue
        if word not in FUNCTION_WORDS or (i + 1 < len(tokens) and tokens[i + 1].group()[0].islower()):
            return tok.start()
    return len(text)


def _mid_sentence(text: str, start: int) -> bool:
    """Whether the template at ``start`` interrupts a sentence (it follows a comma)."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i > 0 and text[i - 1] in ",;:"


def _is_cap(token: str) -> bool:
    letter = next((c for c in token if c.isalnum()), "")
    return letter.isupper()


def _is_number(token: str) -> bool:
    return token[:1].isdigit()


def _cut(text: str, bound: int) -> bool:
    return text.startswith("{{", bound)


def prose_start(text: str, *, title: bool = False, cut: bool = False) -> int:
    """Where a sentence begins in ``text`` that starts with a name (``title=False``: a work,
    a publisher, an author, in Title Case) or a title (sentence case); ``len(text)`` if none.
    ``cut``: a template follows ``text``, so prose (which a citation follows) began in it.

    >>> s = "The New York Times On 24 January, rebels came"; s[prose_start(s):]
    'On 24 January, rebels came'
    >>> s = "Stratfor Attacks continued on the 17th"; s[prose_start(s):]
    'Attacks continued on the 17th'
    >>> s = "Internal conflict in Azawad As soon as it ended"; s[prose_start(s, title=True):]
    'As soon as it ended'
    """
    tokens = list(_TOKEN.finditer(text))
    if not tokens:
        return len(text)
    words = [t.group() for t in tokens]
    stop = len(words)
    ended = False
    if title:  # prose begins before the first sentence ends
        stop = next((i + 1 for i, w in enumerate(words) if _ends_sentence(w)), 0)
        ended, stop = stop > 0 or cut, stop or len(words)
    for i in range(1, stop):
        word, prev = words[i], words[i - 1]
        opener = word.strip("\"'“‘(") in PROSE_OPENERS
        if opener and prev.lower() not in FUNCTION_WORDS and not prev.endswith((",", ":", "(")):
            return tokens[i].start()
        if title:
            continue
        if _is_number(word):
            if i + 1 < len(words) and words[i + 1] in PROSE_OPENERS:
                continue
            return tokens[i].start()
        if prev.endswith((".", "!", "?")) and _is_cap(word) and len(prev.strip(".")) > 1:
            return tokens[i].start()
        if not _is_cap(word) and word.lower() not in FUNCTION_WORDS:
            j = i - 1
            while j >= 1 and words[j].lower() in FUNCTION_WORDS:
                j -= 1
            return tokens[j].start() if j >= 1 and _is_cap(words[j]) else tokens[i].start()
    if ended:
        return _title_fallback(tokens[:stop], words[:stop])
    return len(text)


def _ends_sentence(word: str) -> bool:
    core = word.rstrip("\"')”’]")
    return core.endswith((".", "!", "?")) and len(core.strip(".")) > 2 and "." not in core[:-1]


def _title_fallback(tokens: list[re.Match], words: list[str]) -> int:
    """No opener before a sentence ends: prose begins at a capitalised word followed by
    lowercase ones ("... Mali Talks between the government ...")."""
    for i in range(1, len(words) - 1):
        a, b = words[i], words[i + 1]
        if a[0].islower() and b[0].islower() and a not in FUNCTION_WORDS and b not in FUNCTION_WORDS:
            j = i - 1
            while j >= 1 and not ((_is_cap(words[j]) or _is_number(words[j])) and not _is_cap(words[j + 1])):
                j -= 1
            if j >= 1:
                return tokens[j].start()
    for j in range(1, len(words) - 1):
        if _is_cap(words[j]) and not _is_cap(words[j + 1]) and words[j + 1] not in FUNCTION_WORDS:
            return tokens[j].start()
    return tokens[-1].end()


def find_heading(text: str, start: int, end: int, *, last: bool = False) -> tuple[int, int] | None:
    """Span of the heading glued at the end of the line ``text[start:end]`` (or making up the
    whole of a short line), or None. On the ``last`` line of a text, where a template's last
    value most often ends the text, a heading glued to ``key=`` is not looked for.

    >>> line = "{{Main, 2012 Malian coup d'étatContinued offensive"
    >>> s, e = find_heading(line, 0, len(line)); line[s:e]
    'Continued offensive'
    """
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    lo = max(start, end - _HEADING_MAX - 1)
    for p in range(end - 1, lo, -1):
        if _is_glue(text, p, start) and not (last and text[p - 1] == "="):
            return (p, end) if _heading_like(text[p:end]) else None
    line_start = start
    while line_start < end and text[line_start].isspace():
        line_start += 1
    candidate = text[line_start:end]
    if lo == start and "{{" not in candidate and _heading_like(candidate):
        return line_start, end
    return None


def _is_glue(text: str, p: int, start: int) -> bool:
    """Whether a heading could begin at ``p``: its first character touches the text before."""
    b = text[p]
    if not (b.isupper() or b.isdigit()) or p <= start:
        return False
    a = text[p - 1]
    if a.islower():
        if b.isdigit():  # "the2021 coup", but not inside a URL or DOI ("10.1000/ab0")
            token_start = text.rfind(" ", start, p) + 1
            return "/" not in text[max(token_start, start) : p]
        word_start = p - 1
        while word_start > start and text[word_start - 1].isalpha():
            word_start -= 1
        return text[word_start:p] not in {"Mc", "Mac", "De", "La", "Le", "Di", "Du", "Van", "Von", "Da"}
    if a.isdigit():  # "2015-02-20Notes", or a year glued to a year: "20122014 offensive"
        if b.isupper():
            return True
        return (p - 4 >= start and bool(_YEAR.fullmatch(text, p - 4, p)) and bool(_YEAR.fullmatch(text, p, p + 4))
                and (p - 5 < start or not text[p - 5].isdigit()) and not text[p + 4 : p + 5].isdigit())
    if a.isupper() and b.isupper():  # an acronym touching a word: "MINUSMAWithdrawal"
        after = text[p + 1 : p + 3]
        return p - 2 >= start and text[p - 2].isupper() and len(after) == 2 and after.isalpha() and after.islower()
    if a in ".!?;,:)]\"”":
        before = text[p - 2] if p - 2 >= start else " "
        if b.isdigit():  # not a decimal or a thousands separator, unless a year starts a heading
            year = text[p : p + 5]
            return not before.isdigit() or (a == "." and year[:4].isdigit() and year[4:] in ("", " ", "–", "-"))
        if a == "." and before.isupper() and (p - 3 < start or not text[p - 3].isalpha()):
            return False  # an initial or an acronym: "U.S."
        return not (a in "\"”" and before.isspace())  # an opening quote is no glue
    if a == "=":
        return True
    if a == "/" and b.isupper():
        token_start = text.rfind(" ", start, p) + 1
        return "://" in text[max(token_start, start) : p]
    return False


def _heading_like(candidate: str) -> bool:
    words = candidate.split()
    if not words or len(words) > 15 or len(candidate) > _HEADING_MAX:
        return False
    if not re.search(r"[^\W\d_]{2}", candidate):  # a heading has a word in it
        return False
    if candidate.rstrip("\"”’')]")[-1:] in (".", "!", "?") or candidate[-1] in ",;:" or "=" in candidate or "{{" in candidate or " , " in candidate:
        return False
    if re.search(r"[a-z]{2}[.!?] +[A-Z]", candidate):
        return False
    return candidate[0].isupper() or candidate[0].isdigit()


def _clean(value: str) -> str:
    return " ".join(value.replace("{{!", "|").split())


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
