"""MkDocs hook: a "page not found" page that works wherever the site is published.

A web server shows ``404.html`` at whatever address was asked for, so the page can't use
links relative to itself, and MkDocs writes them from the site's root (``/assets/...``).
When the site is published under a path (``https://intranet.example/guide/``), build it
with that path: ``make build BASE_PATH=/guide/`` (``FSS_BASE_PATH``), and the page's links
start there instead.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

_ROOTED = re.compile(r'\b(href|src)="/(?!/)')
# The theme's settings on the page name the root too (its search worker, its base).
_CONFIG = re.compile(r'"(base|search)": "/(?!/)')


def base_path() -> str:
    """The path the site is published under: ``/`` unless FSS_BASE_PATH says otherwise."""
    path = os.environ.get("FSS_BASE_PATH", "/").strip() or "/"
    return "/" + path.strip("/") + "/" if path.strip("/") else "/"


def rebase(html: str, base: str) -> str:
    """Links from the site's root (``/assets/x``) made to start at ``base``."""
    html = _ROOTED.sub(lambda m: f'{m.group(1)}="{base}', html)
    return _CONFIG.sub(lambda m: f'"{m.group(1)}": "{base}', html)


def on_post_build(config, **kwargs) -> None:
    page = Path(config["site_dir"]) / "404.html"
    base = base_path()
    if page.is_file() and base != "/":
        page.write_text(rebase(page.read_text("utf-8"), base), "utf-8")
