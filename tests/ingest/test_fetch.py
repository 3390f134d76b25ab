"""MediaWiki API client: a real local HTTP server on 127.0.0.1 and httpx.MockTransport."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from warscribe.errors import FetchError
from warscribe.ingest import read_documents
from warscribe.ingest.fetch import default_filename, fetch_wikitext, save_page

WIKITEXT = "Rebels took [[Kidal]] in 2012.\n\n== 2013 ==\nFrench troops arrived in [[Gao]].\n"


def api_answer(titles: str) -> dict:
    """What the Action API (formatversion=2) answers for a few known titles."""
    if titles == "Nowhere":
        return {"query": {"pages": [{"ns": 0, "title": "Nowhere", "missing": True}]}}
    if titles == "Bad|Title":
        return {"query": {"pages": [{"title": "Bad|Title", "invalid": True,
                                     "invalidreason": "The requested page title contains invalid characters"}]}}
    final = "Northern Mali conflict" if titles == "Mali War" else titles
    data = {"batchcomplete": True, "query": {"pages": [{
        "pageid": 35316590, "ns": 0, "title": final,
        "revisions": [{"revid": 1234567, "parentid": 1234566, "timestamp": "2024-05-06T07:08:09Z",
                       "slots": {"main": {"contentmodel": "wikitext", "contentformat": "text/x-wiki",
                                          "content": WIKITEXT}}}]}]}}
    if final != titles:
        data["query"]["redirects"] = [{"from": titles, "to": final}]
    return data


class Handler(BaseHTTPRequestHandler):
    calls: list[dict] = []
    flaky = {"count": 0}

    def log_message(self, *args):  # keep test output quiet
        pass

    def do_GET(self):
        query = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
        Handler.calls.append({"path": urlsplit(self.path).path, "query": query,
                              "agent": self.headers.get("User-Agent", "")})
        title = query.get("titles", "")
        if title == "Flaky" and Handler.flaky["count"] < 2:
            Handler.flaky["count"] += 1
            self.send_response(503)
            self.end_headers()
            return
        if title == "Slow":
            time.sleep(0.5)
        body = json.dumps(api_answer(title)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def api_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/w/api.php"
    server.shutdown()
    server.server_close()


def test_real_server_fetch_follows_redirects_and_sends_the_right_query(api_server):
    Handler.calls.clear()
    page = fetch_wikitext("Mali War", api_url=api_server)
    assert (page.title, page.requested, page.revid, page.pageid) == (
        "Northern Mali conflict", "Mali War", 1234567, 35316590)
    assert page.wikitext == WIKITEXT
    assert page.url == api_server.replace("api.php", "index.php") + "?title=Northern_Mali_conflict&oldid=1234567"
    (call,) = Handler.calls
    assert call["path"] == "/w/api.php"
    assert call["query"] == {"action": "query", "prop": "revisions", "rvprop": "content|ids|timestamp",
                             "rvslots": "main", "format": "json", "formatversion": "2",
                             "redirects": "1", "titles": "Mali War"}
    assert call["agent"].startswith("warscribe/")


def test_real_server_retries_server_errors(api_server):
    Handler.flaky["count"] = 0
    page = fetch_wikitext("Flaky", api_url=api_server, backoff=0)
    assert page.title == "Flaky" and Handler.flaky["count"] == 2
    Handler.flaky["count"] = 0
    with pytest.raises(FetchError, match="HTTP 503"):
        fetch_wikitext("Flaky", api_url=api_server, retries=1, backoff=0)


def test_real_server_timeout_is_retried_then_a_fetch_error(api_server):
    with pytest.raises(FetchError, match="timed out after 2 attempt"):
        fetch_wikitext("Slow", api_url=api_server, timeout=0.1, retries=1, backoff=0)


def test_missing_and_invalid_pages(api_server):
    with pytest.raises(FetchError, match="no page titled 'Nowhere'"):
        fetch_wikitext("Nowhere", api_url=api_server)
    with pytest.raises(FetchError, match="invalid title"):
        fetch_wikitext("Bad|Title", api_url=api_server)


def test_connection_refused_is_a_fetch_error():
    with pytest.raises(FetchError, match="cannot connect"):
        fetch_wikitext("X", api_url="http://127.0.0.1:9/w/api.php", retries=0, timeout=2)


@pytest.mark.parametrize(("response", "message"), [
    (httpx.Response(404), "HTTP 404"),
    (httpx.Response(200, text="<html>maintenance</html>"), "other than JSON"),
    (httpx.Response(200, json={"error": {"code": "maxlag", "info": "Waiting for a database"}}),
     "API error maxlag"),
    (httpx.Response(200, json={"query": {"pages": [{"title": "T", "revisions": [
        {"revid": 1, "slots": {"main": {"contentmodel": "json", "content": "{}"}}}]}]}}), "not wikitext"),
    (httpx.Response(200, json={"batchcomplete": True}), "no page"),
])
def test_mock_transport_errors(response, message):
    transport = httpx.MockTransport(lambda request: response)
    with pytest.raises(FetchError, match=message):
        fetch_wikitext("T", transport=transport, retries=0)


def test_mock_transport_language_and_retry_on_429():
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url.host))
        if len(seen) == 1:
            return httpx.Response(429, headers={"Retry-After": "0"})
        return httpx.Response(200, json=api_answer(request.url.params["titles"]))

    page = fetch_wikitext("Guerre du Mali", lang="fr", transport=httpx.MockTransport(handler), backoff=0)
    assert seen == ["fr.wikipedia.org", "fr.wikipedia.org"]
    assert page.url == "https://fr.wikipedia.org/w/index.php?title=Guerre_du_Mali&oldid=1234567"
    with pytest.raises(FetchError, match="language code"):
        fetch_wikitext("X", lang="en/../evil")


def test_saved_page_is_read_back_with_provenance(tmp_path):
    pytest.importorskip("warscribe.ingest.wikitext")
    page = fetch_wikitext("Mali War", transport=httpx.MockTransport(
        lambda r: httpx.Response(200, json=api_answer(r.url.params["titles"]))))
    text_path, meta_path = save_page(page, tmp_path / default_filename(page.title))
    assert text_path.name == "Northern_Mali_conflict.wiki"
    assert json.loads(meta_path.read_text())["revid"] == 1234567
    (doc,) = read_documents([text_path])
    assert (doc.title, doc.url, doc.date, doc.format) == (
        "Northern Mali conflict", page.url, "2024-05-06", "wikitext")
    assert dict(doc.meta)["revid"] == "1234567" and dict(doc.meta)["pageid"] == "35316590"
    assert any(s.heading == "2013" for s in doc.sections)
