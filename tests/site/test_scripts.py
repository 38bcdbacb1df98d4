"""Every page carries the page script that keeps one Python for the tab, and no script
holds back the first paint except where it starts Python."""

from __future__ import annotations

import re


def pages(site_dir):
    return [
        p for p in site_dir.rglob("index.html") if "assets" not in p.relative_to(site_dir).parts
    ]


def test_every_page_has_the_tool_script_in_its_head_and_defers_the_rest(site_dir):
    found = pages(site_dir)
    assert len(found) > 15
    for page in found:
        html = page.read_text("utf-8")
        head = html.split("</head>", 1)[0]
        tool_page = "data-fss-tool=" in html
        tag = re.search(r'<script ([^>]*)src="[^"]*assets/javascripts/fss-tool\.js"([^>]*)>', head)
        assert tag, f"{page}: no fss-tool.js in the head (instant navigation needs it)"
        attributes = tag.group(1) + tag.group(2)
        if tool_page:  # runs at once and starts Python
            assert "async" not in attributes and "data-fss-start-python" in attributes, page
        else:
            assert "async" in attributes and "data-fss-start-python" not in attributes, page
        for src in re.findall(r"<script ([^>]*)>", html):
            if "src=" in src and "fss-tool.js" not in src:
                assert "defer" in src, f"{page}: a script that blocks the first paint: {src}"


def test_instant_navigation_is_on(site_dir):
    html = (site_dir / "index.html").read_text("utf-8")
    config = re.search(r'<script id="__config" type="application/json">(.*?)</script>', html)
    assert config and '"navigation.instant"' in config.group(1)
