"""The intranet server snippets send exactly the headers `make serve` sends."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from site_headers import IMMUTABLE_CACHE_CONTROL, MIME_TYPES, SITE_HEADERS  # noqa: E402

DEPLOY = ROOT / "tools" / "deploy"
SNIPPETS = {
    "nginx.conf": r'add_header {name} "{value}" always;',
    "apache.conf": r'Header always set {name} "{value}"',
    "web.config": r'<add name="{name}" value="{value}" />',
}


@pytest.mark.parametrize("snippet", sorted(SNIPPETS))
def test_snippet_sets_every_header(snippet):
    text = (DEPLOY / snippet).read_text("utf-8")
    for name, value in SITE_HEADERS.items():
        if snippet == "nginx.conf" and name == "Cache-Control":
            assert "add_header Cache-Control $fss_cache_control always;" in text
            assert f'set $fss_cache_control "{value}";' in text
            continue
        line = SNIPPETS[snippet].format(name=name, value=value)
        assert line in text, f"{snippet} lacks: {line}"
    assert len(re.findall(r"Content-Security-Policy", text)) == 1


@pytest.mark.parametrize("snippet", sorted(SNIPPETS))
def test_snippet_lets_browsers_keep_the_versioned_runtime(snippet):
    text = (DEPLOY / snippet).read_text("utf-8")
    value = IMMUTABLE_CACHE_CONTROL
    expected = {
        "nginx.conf": ["location ^~ /assets/runtime/ {", f'set $fss_cache_control "{value}";'],
        "apache.conf": [
            '<If "%{REQUEST_URI} =~ m#/assets/runtime/#">',
            f'Header always set Cache-Control "{value}"',
        ],
        "web.config": [
            '<location path="assets/runtime">',
            '<remove name="Cache-Control" />',
            f'<add name="Cache-Control" value="{value}" />',
        ],
    }[snippet]
    for line in expected:
        assert line in text, f"{snippet} lacks: {line}"


@pytest.mark.parametrize("snippet", sorted(SNIPPETS))
def test_snippet_sets_the_module_and_wasm_types(snippet):
    text = (DEPLOY / snippet).read_text("utf-8")
    for extension in (".mjs", ".wasm"):
        mime = MIME_TYPES[extension]
        bare = extension.lstrip(".")
        assert re.search(
            rf"{re.escape(mime)}[^\n]*\b{bare}\b|{bare}\b[^\n]*{re.escape(mime)}", text
        ), f"{snippet}: {extension} is not served as {mime}"


def test_readme_points_at_the_snippets():
    readme = (ROOT / "README.md").read_text("utf-8")
    for snippet in SNIPPETS:
        assert f"tools/deploy/{snippet}" in readme


@pytest.mark.parametrize("snippet", sorted(SNIPPETS))
def test_snippet_sends_the_sites_own_page_not_found(snippet):
    text = (DEPLOY / snippet).read_text("utf-8")
    assert any(
        line in text
        for line in ("error_page 404 /404.html;", "ErrorDocument 404 /404.html", 'path="/404.html"')
    )
    assert "BASE_PATH=/guide/" in text


def test_snippets_send_compressed_copies():
    nginx = (DEPLOY / "nginx.conf").read_text("utf-8")
    assert "gzip_static on;" in nginx and "brotli_static on;" in nginx
    apache = (DEPLOY / "apache.conf").read_text("utf-8")
    assert "AddEncoding br .br" in apache and "AddEncoding gzip .gz" in apache
    assert "Header append Vary Accept-Encoding" in apache
    iis = (DEPLOY / "web.config").read_text("utf-8")
    assert 'doStaticCompression="true"' in iis
    assert '<add mimeType="application/wasm" enabled="true" />' in iis
