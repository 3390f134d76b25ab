"""Damage clean wikitext the way the flattened corpus was damaged (for tests and benchmarks).

>>> print(flatten("Gao fell.<ref>{{cite web|url=http://a.org|title=Fall}}</ref>\\n\\n"
...               "== Aftermath ==\\nThe [[Mali|Malian]] army left."))
Gao fell.{{cite web , url=http://a.org , title=FallAftermath
The Malian army left.

Templates lose their ``}}`` and have ``|`` turned into `` , ``; ``[[links]]`` keep only their
label; ``<ref>`` tags go, keeping the template inside; notes in plain words inside ``<ref>``,
tables, comments, infoboxes, files and categories go; each section is joined onto one line and the next heading is glued onto its
end, so every line but the last ends with a heading.
"""

from __future__ import annotations

import re

import mwparserfromhell
from mwparserfromhell.nodes import Comment, ExternalLink, Heading, HTMLEntity, Tag, Template, Text, Wikilink

from warscribe.errors import FormatError

_SKIP_NS = re.compile(r"^\s*:?\s*(file|image|category|media)\s*:", re.IGNORECASE)
_DROP_TAGS = frozenset({"table", "references", "gallery", "math", "timeline", "imagemap", "templatestyles"})


def flatten(text: str) -> str:
    """Flattened form of clean wikitext ``text`` (see the module's docstring for the damage).

    >>> flatten("Intro.\\n== A ==\\n\\n== B ==\\nBody {{Main|Gao}}")
    'Intro.A\\nB\\nBody {{Main , Gao'
    """
    try:
        code = mwparserfromhell.parse(text)
    except Exception as exc:  # noqa: BLE001 - the parser's own failures
        raise FormatError("<flatten>", f"wikitext could not be parsed: {exc}") from exc
    lines: list[str] = []
    body: list[str] = []
    for node in code.nodes:
        if isinstance(node, Heading):
            lines.append(_one_line("".join(body)) + _one_line(_flat(node.title.nodes)))
            body = []
        else:
            body.append(_flat([node]))
    lines.append(_one_line("".join(body)))
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _flat(nodes: list) -> str:
    out: list[str] = []
    for node in nodes:
        if isinstance(node, Text):
            out.append(str(node))
        elif isinstance(node, Template):
            name = " ".join(str(node.name).split())
            if name.lower().startswith("infobox"):
                continue
            parts = [name] + [_flat_param(p) for p in node.params]
            out.append("{{" + " , ".join(parts))
        elif isinstance(node, Wikilink):
            if not _SKIP_NS.match(str(node.title)):
                out.append(_flat(node.text.nodes) if node.text is not None else str(node.title).lstrip(":"))
        elif isinstance(node, Tag):
            out.append(_flat_tag(node))
        elif isinstance(node, ExternalLink):
            if node.title is not None and node.brackets:
                out.append(_flat(node.title.nodes))
            elif not node.brackets:
                out.append(str(node.url))
        elif isinstance(node, HTMLEntity):
            out.append(node.normalize())
        elif isinstance(node, Heading):
            out.append(_flat(node.title.nodes))
        elif not isinstance(node, Comment):
            out.append(str(node))
    return "".join(out)


def _flat_param(param: object) -> str:
    value = " ".join(_flat(param.value.nodes).split())
    return value if not param.showkey else f"{' '.join(str(param.name).split())}={value}"


def _flat_tag(node: Tag) -> str:
    name = str(node.tag).strip().lower()
    if name in _DROP_TAGS or node.contents is None or node.self_closing:
        return " " if name in ("br", "li", "dd", "dt", "p") else ""
    if name == "ref":  # the templates inside stay, a note in plain words goes
        return "".join(_flat([t]) for t in node.contents.nodes if isinstance(t, Template))
    inner = _flat(node.contents.nodes)
    if node.wiki_markup and name in ("b", "i"):
        return f"{node.wiki_markup}{inner}{node.wiki_markup}"
    return inner
