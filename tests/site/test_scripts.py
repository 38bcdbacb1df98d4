"""Every page carries the runtime that keeps one Python for the tab and the page controller,
and no script holds back the first paint except where it starts Python."""

from __future__ import annotations

import re


def pages(site_dir):
    return [
        p for p in site_dir.rglob("index.html") if "assets" not in p.relative_to(site_dir).parts
    ]


def test_every_page_has_the_runtime_then_the_controller_in_its_head_and_defers_the_rest(
    site_dir,
):
    """fss-python.js (the runtime) runs at once on a page with a tool, to start Python, and
    is deferred elsewhere; fss-tool.js (the page controller) is deferred everywhere, after
    it, so the runtime is there when the controller runs; every other script is deferred."""
    found = pages(site_dir)
    assert len(found) > 15
    for page in found:
        html = page.read_text("utf-8")
        head = html.split("</head>", 1)[0]
        tool_page = "data-fss-tool=" in html
        tags = {
            name: re.search(rf'<script ([^>]*)src="[^"]*assets/javascripts/{name}"([^>]*)>', head)
            for name in ("fss-python.js", "fss-tool.js")
        }
        assert all(tags.values()), f"{page}: both scripts belong in the head"
        runtime, controller = (t.group(1) + t.group(2) for t in tags.values())
        assert tags["fss-python.js"].start() < tags["fss-tool.js"].start(), page
        assert "defer" in controller and "async" not in controller, page
        if tool_page:  # runs at once and starts Python
            assert "defer" not in runtime and "async" not in runtime, page
            assert "data-fss-start-python" in runtime, page
        else:
            assert "defer" in runtime and "data-fss-start-python" not in runtime, page
        for src in re.findall(r"<script ([^>]*)>", html):
            if "src=" in src and "fss-python.js" not in src:
                assert "defer" in src, f"{page}: a script that blocks the first paint: {src}"


def test_instant_navigation_is_on(site_dir):
    html = (site_dir / "index.html").read_text("utf-8")
    config = re.search(r'<script id="__config" type="application/json">(.*?)</script>', html)
    assert config and '"navigation.instant"' in config.group(1)
