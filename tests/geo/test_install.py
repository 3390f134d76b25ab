"""The download path end to end against a local GeoNames-like server on 127.0.0.1."""

from __future__ import annotations

import io
import random
import socket
import threading
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.geo.conftest import SMALL_DUMP
from warscribe.errors import DownloadError, GazetteerError
from warscribe.geo import Gazetteer, import_dump, install


def geonames_zip(name: str, text: bytes, *, padding: int = 0) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, text)
        archive.writestr("readme.txt", b"GeoNames country dump (test copy)\n" + random.randbytes(padding))
    return buffer.getvalue()


class Server:
    """Serves ``files`` with Range support; paths in ``cut`` drop the connection mid-body once."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.cut: set[str] = set()
        self.requests: list[tuple[str, str | None]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output quiet
                pass

            def do_GET(self):
                rng = self.headers.get("Range")
                server.requests.append((self.path, rng))
                body = server.files.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                start = int(rng.split("=")[1].split("-")[0]) if rng else 0
                if start >= len(body):
                    self.send_response(416)
                    self.end_headers()
                    return
                self.send_response(206 if rng else 200)
                if rng:
                    self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
                self.send_header("Content-Length", str(len(body) - start))
                self.end_headers()
                if self.path in server.cut and not rng:
                    server.cut.discard(self.path)
                    self.wfile.write(body[: len(body) // 2])
                    self.wfile.flush()
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return
                self.wfile.write(body[start:])

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    srv = Server()
    yield srv
    srv.close()


@pytest.fixture(scope="module")
def small_zip() -> bytes:
    # padded to a few hundred kB so that a cut connection leaves part of the body on disk
    return geonames_zip("ML.txt", SMALL_DUMP.read_bytes(), padding=400_000)


def test_install_downloads_and_indexes(server, small_zip, tmp_path):
    server.files["/ML.zip"] = small_zip
    seen = []
    [result] = install(["ml"], data_dir=tmp_path, base_url=server.url, progress=lambda *a: seen.append(a))
    assert result.country == "ML" and result.rows == 37
    assert seen[-1][1] == seen[-1][2] == len(small_zip)
    assert Gazetteer.open(tmp_path).lookup("Kidal")[0].geonameid == 2455290


def test_interrupted_download_resumes_with_range(server, small_zip, tmp_path):
    server.files["/ML.zip"] = small_zip
    server.cut.add("/ML.zip")
    [result] = install(["ML"], data_dir=tmp_path, base_url=server.url)
    assert result.rows == 37
    ranges = [rng for path, rng in server.requests if path == "/ML.zip"]
    assert ranges[0] is None and ranges[1].startswith("bytes=")
    resumed_at = int(ranges[1].split("=")[1].rstrip("-"))
    assert 0 < resumed_at <= len(small_zip) // 2
    assert not (tmp_path / "downloads" / "ML.zip.part").exists()


def test_corrupt_zip_is_a_clear_download_error(server, small_zip, tmp_path):
    broken = bytearray(small_zip)
    middle = len(broken) // 3
    broken[middle:middle + 40] = bytes(40)
    server.files["/ML.zip"] = bytes(broken)
    with pytest.raises(DownloadError, match="corrupt download"):
        install(["ML"], data_dir=tmp_path, base_url=server.url)
    assert not (tmp_path / "downloads" / "ML.zip").exists()


def test_not_a_zip_at_all(server, tmp_path):
    server.files["/ML.zip"] = b"<html>maintenance</html>"
    with pytest.raises(DownloadError, match="not a valid zip"):
        install(["ML"], data_dir=tmp_path, base_url=server.url)


def test_missing_country_is_an_http_error(server, tmp_path):
    with pytest.raises(DownloadError, match="HTTP 404"):
        install(["XX"], data_dir=tmp_path, base_url=server.url)


def test_admin_code_files_are_used_when_served(server, small_zip, tmp_path):
    server.files["/ML.zip"] = small_zip
    server.files["/admin1CodesASCII.txt"] = b"ML.09\tGao Official\tGao Official\t2457161\n"
    install(["ML"], data_dir=tmp_path, base_url=server.url)
    assert Gazetteer.open(tmp_path).lookup("Gao")[0].admin1 == "Gao Official"


def test_bad_codes_are_refused(tmp_path):
    with pytest.raises(GazetteerError, match="two-letter"):
        install(["Mali"], data_dir=tmp_path, base_url="http://127.0.0.1:9")


def test_real_ml_dump_end_to_end(server, ml_dump, tmp_path):
    server.files["/ML.zip"] = geonames_zip("ML.txt", ml_dump.read_bytes())
    server.cut.add("/ML.zip")
    [result] = install(["ML"], data_dir=tmp_path, base_url=server.url)
    assert result.rows == 24312 and result.bad == ()
    gaz = Gazetteer.open(tmp_path)
    assert gaz.lookup("Tombouctou")[0].name == "Timbuktu"


def test_import_dump_with_bad_rows_keeps_the_rest(tmp_path):
    lines = SMALL_DUMP.read_text(encoding="utf-8").splitlines()
    lines.insert(3, "not\ta\tgeonames\trow")
    dump = tmp_path / "ML.txt"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = import_dump(dump, data_dir=tmp_path / "data")
    assert result.rows == 37
    assert [b.source for b in result.bad] == ["ML.txt:4"]


def test_import_dump_refuses_what_is_not_a_dump(tmp_path):
    dump = tmp_path / "ML.txt"
    dump.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"ML.txt:1: .*is this a GeoNames dump"):
        import_dump(dump, data_dir=tmp_path / "data")


def test_reimport_replaces_the_country(tmp_path):
    import_dump(SMALL_DUMP, data_dir=tmp_path, country="ML")
    import_dump(SMALL_DUMP, data_dir=tmp_path, country="ML")
    gaz = Gazetteer.open(tmp_path)
    assert len([p for p in gaz.places if p.country_code == "ML"]) == 37
