"""MkDocs hook: precompressed copies of the site's files, for servers to send as they are.

After the build (and after ``tools/runtime.py`` has put the Python runtime in), every file
that compresses well gets a gzip copy (``.gz``) and a Brotli copy (``.br``) beside it.
A web server that has them sends the smaller one the browser accepts, with
``Content-Encoding`` and ``Vary: Accept-Encoding`` (``make serve`` does; the nginx, Apache
and IIS snippets in ``tools/deploy/`` say how). The WebAssembly runtime goes from 9.6 MB
to about 3 MB. Files already compressed (the wheel, images) are
left alone (a copy is kept only if it is smaller than the file); the compiled standard
library is a stored zip, and compresses well.

The Brotli copies of big files are made at quality 9 (a second or two each) rather than 11
(half a minute for the runtime), so that every build stays quick.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import brotli
from build_cache import cached

COMPRESSIBLE = {".html", ".css", ".js", ".mjs", ".json", ".wasm", ".svg", ".xml", ".txt", ".zip"}
BIG = 1_000_000  # bytes: above this, Brotli quality 9 instead of 11


def compressed_copies(path: Path) -> list[Path]:
    """Write ``path``.gz and ``path``.br where they are smaller; the copies written."""
    data = path.read_bytes()
    made = []
    quality = 9 if len(data) > BIG else 11
    for suffix, packed in (
        (".gz", cached("gz", (data,), lambda: gzip.compress(data, compresslevel=9, mtime=0))),
        (".br", cached(f"br{quality}", (data,), lambda: brotli.compress(data, quality=quality))),
    ):
        target = path.with_name(path.name + suffix)
        if len(packed) < len(data):
            target.write_bytes(packed)
            made.append(target)
        elif target.exists():
            target.unlink()
    return made


def compress_site(site_dir: Path) -> int:
    """Precompress every compressible file of the site; the number of copies written."""
    files = [p for p in site_dir.rglob("*") if p.is_file() and p.suffix in COMPRESSIBLE]
    return sum(len(compressed_copies(path)) for path in files)


def on_post_build(config, **kwargs) -> None:
    compress_site(Path(config["site_dir"]))
