"""MkDocs hook: the service worker that keeps a copy of the site for offline use.

After the build, ``fss-offline-worker.js`` is written at the site's root from the built
files: a version made from their contents, the list of the site's own files to copy when
it installs (every page but the training pages, every stylesheet, script and the search
index), and the list of the
Python runtime's files, copied once a tool page has started Python (so that reading a guide
page never downloads the runtime, about 5 MB as sent). It answers the site's own GET
requests from its copy, and fetches anything else as usual without keeping it.

Nothing a person types is ever in a request, so nothing they type can be in the copy; the
copy holds the files listed here and nothing else. A new build has a new version: the new
worker copies the new files, and deletes every older copy once the page reloads.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

WORKER = "fss-offline-worker.js"
RUNTIME = "assets/runtime/"
# Compressed copies are the server's business; the wheel is the package as published, and
# the worker does not load it (it imports fss_logic from fss-python.zip).
SKIPPED_SUFFIXES = {".gz", ".br", ".map", ".whl"}
# The training pages (some 90 pages, half a megabyte as sent) are for a training room,
# which has a network: a practitioner's offline copy of the guide and the tools does not
# download them. Visited online, they load as any page does.
NOT_COPIED = ("training/",)

TEMPLATE = """// fss-offline-worker: the site's own files, kept for use without a network.
// Made by tools/offline.py at build time; do not edit.
"use strict";

const VERSION = %(version)s;
const CACHE = "fss-site-" + VERSION;
const SITE = %(site)s;
const RUNTIME = %(runtime)s;
const KEPT = new Set(
  [...SITE, ...RUNTIME].map((path) => new URL(path, self.registration.scope).href),
);

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SITE)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names
        .filter((name) => name.startsWith("fss-site-") && name !== CACHE)
        .map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "update") self.skipWaiting();
  // A tool page has started Python: keep its runtime too (mostly from the browser's own
  // cache, as the page has just fetched it), and say so.
  if (event.data === "keep-runtime") {
    event.waitUntil(caches.open(CACHE)
      .then((cache) => cache.addAll(RUNTIME))
      .then(() => event.source && event.source.postMessage("runtime-kept")));
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  url.search = "";
  url.hash = "";
  if (!KEPT.has(url.href)) return; // not one of the site's own files: as usual
  event.respondWith(caches.open(CACHE).then(async (cache) => {
    const kept = await cache.match(url.href);
    if (kept) return kept;
    const response = await fetch(request);
    if (response.ok && response.type === "basic") await cache.put(url.href, response.clone());
    return response;
  }));
});
"""


def site_files(site_dir: Path) -> list[str]:
    """The site's own files as the worker names them: relative to the site's root, with a
    page's folder standing for its index.html (``consent/``, and ``./`` for the home page)."""
    names = []
    for path in sorted(site_dir.rglob("*")):
        if not path.is_file() or path.suffix in SKIPPED_SUFFIXES or path.name == WORKER:
            continue
        name = path.relative_to(site_dir).as_posix()
        if name == "index.html":
            name = "./"
        elif name.endswith("/index.html"):
            name = name[: -len("index.html")]
        names.append(name)
    return names


def version_of(site_dir: Path, names: list[str]) -> str:
    """A short hash of every file the worker keeps: a new build has a new version."""
    digest = hashlib.sha256()
    for name in names:
        path = site_dir / ("index.html" if name == "./" else name)
        if name.endswith("/"):
            path = site_dir / name / "index.html"
        digest.update(name.encode("utf-8"))
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def worker_source(site_dir: Path) -> str:
    names = site_files(site_dir)
    runtime = [n for n in names if n.startswith(RUNTIME)]
    site = [n for n in names if not n.startswith((RUNTIME, *NOT_COPIED))]
    return TEMPLATE % {
        "version": json.dumps(version_of(site_dir, names)),
        "site": json.dumps(site, indent=1),
        "runtime": json.dumps(runtime, indent=1),
    }


def on_post_build(config, **kwargs) -> None:
    site_dir = Path(config["site_dir"])
    (site_dir / WORKER).write_text(worker_source(site_dir), "utf-8")
