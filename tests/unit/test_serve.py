"""`make serve` sends the site's headers and the MIME types Pyodide needs."""

from __future__ import annotations

import sys
import threading
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from serve import main, make_server  # noqa: E402
from site_headers import CONTENT_SECURITY_POLICY, SITE_HEADERS  # noqa: E402


@pytest.fixture
def served(tmp_path):
    (tmp_path / "index.html").write_text("<!doctype html><title>t</title>", "utf-8")
    (tmp_path / "runtime.mjs").write_text("export {};", "utf-8")
    (tmp_path / "runtime.wasm").write_bytes(b"\0asm\1\0\0\0")
    server = make_server(tmp_path, port=0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


def fetch(url):
    with urllib.request.urlopen(url) as response:
        return response.status, response.headers


def test_every_response_carries_the_site_headers(served):
    for path in ["", "runtime.mjs", "runtime.wasm"]:
        status, headers = fetch(served + path)
        assert status == 200
        for name, value in SITE_HEADERS.items():
            assert headers[name] == value, (path, name)


def test_module_and_webassembly_mime_types(served):
    assert fetch(served + "runtime.mjs")[1]["Content-Type"] == "text/javascript"
    assert fetch(served + "runtime.wasm")[1]["Content-Type"] == "application/wasm"


def test_csp_allows_only_the_site_itself():
    assert "script-src 'self' 'wasm-unsafe-eval'" in CONTENT_SECURITY_POLICY
    assert "unsafe-inline" not in CONTENT_SECURITY_POLICY
    assert "'unsafe-eval'" not in CONTENT_SECURITY_POLICY
    assert "default-src 'none'" in CONTENT_SECURITY_POLICY
    assert "http" not in CONTENT_SECURITY_POLICY


def test_serving_nothing_says_what_to_do(tmp_path, capsys):
    assert main(["--directory", str(tmp_path / "missing")]) == 1
    assert "make serve" in capsys.readouterr().err


def test_precompressed_copies_are_sent_to_browsers_that_accept_them(tmp_path):
    import brotli
    from compress import compress_site

    wasm = bytes(range(256)) * 400
    (tmp_path / "index.html").write_text("<!doctype html><title>t</title>" + "x" * 500, "utf-8")
    (tmp_path / "runtime.wasm").write_bytes(wasm)
    (tmp_path / "packed.whl").write_bytes(b"PK" + bytes(300))
    (tmp_path / "random.zip").write_bytes(__import__("os").urandom(3000))
    assert compress_site(tmp_path) == 4  # .gz and .br of the page and the runtime
    assert not (tmp_path / "packed.whl.gz").exists()  # a wheel is left as it is
    assert not (tmp_path / "random.zip.br").exists()  # kept only where it is smaller
    server = make_server(tmp_path, port=0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/runtime.wasm"
    try:
        for accept, encoding in (("gzip, deflate, br", "br"), ("gzip", "gzip"), ("", None)):
            request = urllib.request.Request(url, headers={"Accept-Encoding": accept})
            with urllib.request.urlopen(request) as response:
                body = response.read()
                assert response.headers["Content-Type"] == "application/wasm"
                assert response.headers.get("Content-Encoding") == encoding
                assert response.headers["Vary"] == "Accept-Encoding"
                assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
            if encoding == "br":
                assert brotli.decompress(body) == wasm
            elif encoding == "gzip":
                import gzip

                assert gzip.decompress(body) == wasm
            else:
                assert body == wasm
    finally:
        server.shutdown()
        server.server_close()


def test_the_versioned_runtime_may_be_kept_and_nothing_else_is(tmp_path):
    runtime = tmp_path / "guide" / "assets" / "runtime" / "0123456789ab"
    runtime.mkdir(parents=True)
    (runtime / "pyodide.asm.wasm").write_bytes(b"\0asm\1\0\0\0")
    (tmp_path / "guide" / "index.html").write_text("<!doctype html><title>t</title>", "utf-8")
    server = make_server(tmp_path / "guide", port=0, quiet=True, prefix="/guide/")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/guide/"
    try:
        wasm = fetch(base + "assets/runtime/0123456789ab/pyodide.asm.wasm")[1]
        assert wasm["Cache-Control"] == "public, max-age=31536000, immutable"
        assert wasm["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
        assert fetch(base)[1]["Cache-Control"] == "no-cache"
    finally:
        server.shutdown()
        server.server_close()
