"""The built site names no other origin for anything a browser would load by itself."""

from __future__ import annotations

import re

from tests.sitepages import ROOT

LOADING = re.compile(
    r"<(script|link|img|iframe|source|audio|video|embed|object|track)\b[^>]*?"
    r"\b(src|href|data|srcset|poster)=\"(https?:)?//[^\"]*\"",
    re.I,
)


def test_no_html_element_loads_from_another_origin(site_dir):
    offenders = []
    for path in site_dir.rglob("*.html"):
        offenders += [
            f"{path.relative_to(site_dir)}: {m.group(0)}"
            for m in LOADING.finditer(path.read_text("utf-8"))
        ]
    assert offenders == []


def test_no_stylesheet_imports_from_another_origin(site_dir):
    for path in site_dir.rglob("*.css"):
        text = path.read_text("utf-8")
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", text), path
        assert not re.search(r"@import\s+(url\()?['\"]?(https?:)?//", text), path


def test_nothing_asks_the_theme_for_a_cdn_script(site_dir):
    """Material fetches mermaid from unpkg.com when a page has a mermaid diagram."""
    for path in site_dir.rglob("*.html"):
        assert 'class="mermaid"' not in path.read_text("utf-8"), path


def test_configuration_keeps_the_site_offline():
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    assert re.search(r"^\s+font: false$", config, re.M), "theme fonts come from Google"
    assert not re.search(r"^(repo_url|edit_uri|site_url):", config, re.M)
    assert "analytics" not in config


def test_favicon_is_the_sites_own(site_dir):
    html = (site_dir / "index.html").read_text("utf-8")
    assert '<link rel="icon" href="assets/images/favicon.svg">' in html
    assert (site_dir / "assets" / "images" / "favicon.svg").is_file()


def test_the_offline_copy_holds_the_guide_and_the_tools_but_not_the_training_pages(site_dir):
    worker = (site_dir / "fss-offline-worker.js").read_text("utf-8")
    for page in ("./", "consent/", "tools/share/", "tools/share-paper/", "privacy/"):
        assert f'"{page}"' in worker, page
    assert (site_dir / "training" / "index.html").exists()
    assert '"training/' not in worker
