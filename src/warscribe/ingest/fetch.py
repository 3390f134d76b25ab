"""Wikipedia articles through the MediaWiki Action API, with provenance.

>>> import httpx
>>> def api(request):
...     page = {"pageid": 1, "title": "Mali War", "revisions": [{"revid": 9, "timestamp":
...             "2024-01-02T03:04:05Z", "slots": {"main": {"content": "== Background =="}}}]}
...     return httpx.Response(200, json={"query": {"pages": [page]}})
>>> page = fetch_wikitext("Mali War", transport=httpx.MockTransport(api))
>>> page.revid, page.url
(9, 'https://en.wikipedia.org/w/index.php?title=Mali_War&oldid=9')
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

import httpx

from warscribe.errors import FetchError

USER_AGENT = (f"warscribe/0.1.0 (conflict event extraction; https://github.com/warscribe/warscribe) "
              f"httpx/{httpx.__version__}")
_RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass(frozen=True, slots=True)
class WikiPage:
    """The current revision of a wiki page and where it came from."""

    title: str
    pageid: int
    revid: int
    timestamp: str
    url: str
    wikitext: str
    api_url: str = ""
    requested: str = ""  # the title asked for, before redirects


def api_url_for(lang: str) -> str:
    """``https://LANG.wikipedia.org/w/api.php``."""
    if not lang.replace("-", "").isalnum():
        raise FetchError(f"not a Wikipedia language code: {lang!r}")
    return f"https://{lang}.wikipedia.org/w/api.php"


def fetch_wikitext(title: str, *, lang: str = "en", api_url: str | None = None,
                   transport: httpx.BaseTransport | None = None, timeout: float = 30.0,
                   retries: int = 3, backoff: float = 1.0, user_agent: str | None = None) -> WikiPage:
    """Fetch the current wikitext of ``title`` (redirects followed).

    Timeouts, connection errors, 429 and 5xx are retried ``retries`` times with
    exponential ``backoff`` seconds; everything else raises FetchError at once.
    """
    if not title.strip():
        raise FetchError("empty page title")
    api = api_url or api_url_for(lang)
    params = {"action": "query", "prop": "revisions", "rvprop": "content|ids|timestamp",
              "rvslots": "main", "format": "json", "formatversion": "2", "redirects": "1",
              "titles": title}
    headers = {"User-Agent": user_agent or os.environ.get("WARSCRIBE_USER_AGENT") or USER_AGENT}
    with httpx.Client(transport=transport, timeout=timeout, headers=headers,
                      follow_redirects=True) as client:
        data = _get_json(client, api, params, retries=retries, backoff=backoff)
    return _page_from(data, title, api)


def save_page(page: WikiPage, path: str | os.PathLike) -> tuple[Path, Path]:
    """Write the wikitext to ``path`` and provenance to ``path.meta.json``; both paths back."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page.wikitext, encoding="utf-8")
    meta = {k: v for k, v in asdict(page).items() if k != "wikitext"}
    side = path.with_name(path.name + ".meta.json")
    side.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path, side


def default_filename(title: str) -> str:
    """A safe file name for a page title: ``Mali War`` -> ``Mali_War.wiki``."""
    safe = "".join(c if c.isalnum() or c in "-_.()," else "_" for c in title.strip().replace(" ", "_"))
    return (safe.strip("._") or "page") + ".wiki"


def _get_json(client: httpx.Client, url: str, params: dict[str, str], *, retries: int,
              backoff: float) -> dict:
    host = urlsplit(url).netloc or url
    for attempt in range(retries + 1):
        last = attempt == retries
        try:
            response = client.get(url, params=params)
        except httpx.TimeoutException as exc:
            if last:
                raise FetchError(f"{host}: timed out after {retries + 1} attempt(s)") from exc
            _sleep(backoff, attempt, None)
            continue
        except httpx.TransportError as exc:
            if last:
                raise FetchError(f"{host}: cannot connect ({exc})") from exc
            _sleep(backoff, attempt, None)
            continue
        if response.status_code in _RETRY_STATUS and not last:
            _sleep(backoff, attempt, response.headers.get("Retry-After"))
            continue
        if response.status_code != 200:
            raise FetchError(f"{host}: HTTP {response.status_code} {response.reason_phrase}".rstrip())
        try:
            data = response.json()
        except ValueError as exc:
            raise FetchError(f"{host}: the API answered with something other than JSON") from exc
        if not isinstance(data, dict):
            raise FetchError(f"{host}: unexpected API answer")
        return data
    raise FetchError(f"{host}: no answer")  # pragma: no cover - the loop always returns or raises


def _sleep(backoff: float, attempt: int, retry_after: str | None) -> None:
    delay = backoff * (2 ** attempt)
    if retry_after and retry_after.isdigit():
        delay = max(delay, min(float(retry_after), 60.0))
    if delay > 0:
        time.sleep(delay)


def _page_from(data: dict, title: str, api: str) -> WikiPage:
    host = urlsplit(api).netloc or api
    if "error" in data:
        err = data["error"] or {}
        raise FetchError(f"{host}: API error {err.get('code', '?')}: {err.get('info', '')}".rstrip(": "))
    pages = (data.get("query") or {}).get("pages") or []
    if not pages:
        raise FetchError(f"{host}: no page in the answer for {title!r}")
    page = pages[0]
    if page.get("invalid"):
        raise FetchError(f"{host}: invalid title {title!r}: {page.get('invalidreason', '')}".rstrip(": "))
    if page.get("missing"):
        raise FetchError(f"{host}: no page titled {title!r}")
    revisions = page.get("revisions") or []
    if not revisions:
        raise FetchError(f"{host}: page {page.get('title', title)!r} has no revision")
    rev = revisions[0]
    slot = (rev.get("slots") or {}).get("main") or {}
    content = slot.get("content", rev.get("content"))
    if content is None or slot.get("texthidden"):
        raise FetchError(f"{host}: the text of {page.get('title', title)!r} is hidden or missing")
    if slot.get("contentmodel", "wikitext") != "wikitext":
        raise FetchError(f"{host}: {page.get('title', title)!r} is {slot['contentmodel']}, not wikitext")
    final = page.get("title", title)
    revid = int(rev.get("revid", 0))
    index = api.rsplit("/", 1)[0] + "/index.php"
    url = f"{index}?title={quote(final.replace(' ', '_'))}&oldid={revid}"
    return WikiPage(title=final, pageid=int(page.get("pageid", 0)), revid=revid,
                    timestamp=str(rev.get("timestamp", "")), url=url, wikitext=content,
                    api_url=api, requested=title)
