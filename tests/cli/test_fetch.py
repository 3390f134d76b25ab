"""``warscribe fetch wiki`` against a local API server."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from typer.testing import CliRunner

from warscribe.cli import app

runner = CliRunner()
WIKITEXT = "Fighting spread to [[Konna]] in January 2013.\n"


class Api(BaseHTTPRequestHandler):
    """A MediaWiki API that knows one redirect and one missing page."""

    def log_message(self, *args):
        pass

    def do_GET(self):
        title = parse_qs(urlsplit(self.path).query)["titles"][0]
        if title == "Nowhere":
            page = {"title": title, "missing": True}
        else:
            final = "Northern Mali conflict" if title == "Mali War" else title
            page = {"pageid": 7, "title": final, "revisions": [{
                "revid": 1234567, "timestamp": "2024-05-06T07:08:09Z",
                "slots": {"main": {"contentmodel": "wikitext", "content": WIKITEXT}}}]}
        body = json.dumps({"query": {"pages": [page]}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def api_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Api)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/w/api.php"
    server.shutdown()
    server.server_close()


def test_fetch_wiki_writes_text_and_sidecar(tmp_path, api_server):
    out = tmp_path / "mali.wiki"
    result = runner.invoke(app, ["fetch", "wiki", "Mali War", "--out", str(out), "--api-url", api_server])
    assert result.exit_code == 0, result.output
    assert out.read_text() == WIKITEXT
    meta = json.loads((tmp_path / "mali.wiki.meta.json").read_text())
    assert meta["title"] == "Northern Mali conflict" and meta["revid"] == 1234567
    assert meta["url"].endswith("index.php?title=Northern_Mali_conflict&oldid=1234567")
    assert "redirected from Mali War" in result.stderr


def test_fetch_wiki_default_name(tmp_path, api_server, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["fetch", "wiki", "Battle of Konna", "--api-url", api_server])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "Battle_of_Konna.wiki").exists()
    assert (tmp_path / "Battle_of_Konna.wiki.meta.json").exists()


def test_fetch_wiki_missing_page_exits_1(tmp_path, api_server):
    result = runner.invoke(app, ["fetch", "wiki", "Nowhere", "--out", str(tmp_path / "n.wiki"),
                                 "--api-url", api_server])
    assert result.exit_code == 1
    assert "no page titled 'Nowhere'" in result.stderr
    assert not (tmp_path / "n.wiki").exists()
