"""Serve the built site on loopback with the headers and MIME types it needs.

    python tools/serve.py [--port 8000] [--directory site]

This is ``make serve``; the browser tests start the same server on a free port.
"""

from __future__ import annotations

import argparse
import email.utils
import functools
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from site_headers import MIME_TYPES, SITE_HEADERS, cache_control  # noqa: E402


def _http_time(value: str) -> int:
    """An HTTP date as seconds since the epoch (0 if it can't be read)."""
    try:
        return int(email.utils.parsedate_to_datetime(value).timestamp())
    except (TypeError, ValueError):
        return 0


class SiteRequestHandler(SimpleHTTPRequestHandler):
    """Static files with the site's headers on every response; the site's own 404.html
    for a missing page, as a web server publishing it is set up to send."""

    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}

    def translate_path(self, path: str) -> str:
        prefix = self.server.prefix  # type: ignore[attr-defined]
        if not path.startswith(prefix):
            return str(Path(self.directory) / "__outside_the_site__")
        return super().translate_path("/" + path[len(prefix) :])

    def send_head(self):
        """A file, or its precompressed copy (``.br``, ``.gz``) where the browser accepts
        it, with ``Content-Encoding`` and ``Vary: Accept-Encoding`` (tools/compress.py)."""
        asked = self.path.split("?", 1)[0].split("#", 1)[0]
        path = Path(self.translate_path(asked))
        if path.is_dir():
            if not asked.endswith("/"):
                return super().send_head()  # the redirect to the address with a slash
            path = path / "index.html"
        accepted = {
            part.split(";")[0].strip()
            for part in self.headers.get("Accept-Encoding", "").split(",")
        }
        for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
            packed = path.with_name(path.name + suffix)
            if path.is_file() and packed.is_file():
                if encoding not in accepted:
                    continue
                modified = int(packed.stat().st_mtime)
                since = self.headers.get("If-Modified-Since")
                if since and _http_time(since) >= modified:
                    self.send_response(304)  # the browser's copy is current
                    self.send_header("Vary", "Accept-Encoding")
                    self.end_headers()
                    return None
                body = packed.open("rb")
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(str(path)))
                self.send_header("Content-Encoding", encoding)
                self.send_header("Content-Length", str(packed.stat().st_size))
                self.send_header("Last-Modified", self.date_time_string(modified))
                self.send_header("Vary", "Accept-Encoding")
                self.end_headers()
                return body
        self._vary = path.is_file() and path.with_name(path.name + ".gz").is_file()
        return super().send_head()

    def end_headers(self) -> None:
        if getattr(self, "_vary", False):
            self.send_header("Vary", "Accept-Encoding")
            self._vary = False
        prefix = self.server.prefix  # type: ignore[attr-defined]
        asked = self.path.split("?", 1)[0].split("#", 1)[0]
        relative = asked[len(prefix) :] if asked.startswith(prefix) else ""
        for name, value in SITE_HEADERS.items():
            if name == "Cache-Control":
                value = cache_control(relative)
            self.send_header(name, value)
        super().end_headers()

    def send_error(self, code, message=None, explain=None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base's name
        if self.server.quiet:  # type: ignore[attr-defined]
            return
        super().log_message(format, *args)


def make_server(
    directory: Path,
    port: int = 8000,
    quiet: bool = False,
    prefix: str = "/",
    handler_class: type[SiteRequestHandler] = SiteRequestHandler,
) -> ThreadingHTTPServer:
    """A server for ``directory`` on 127.0.0.1:``port`` (0 picks a free port), at the path
    ``prefix`` (``/guide/``, as an intranet might publish it)."""
    handler = functools.partial(handler_class, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.quiet = quiet  # type: ignore[attr-defined]
    server.prefix = prefix  # type: ignore[attr-defined]
    server.daemon_threads = True
    return server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--directory", type=Path, default=Path("site"))
    args = parser.parse_args(argv)
    if not (args.directory / "index.html").is_file():
        print(f"No built site in {args.directory}/: run 'make serve'.", file=sys.stderr)
        return 1
    server = make_server(args.directory, args.port)
    print(f"Serving {args.directory}/ at http://127.0.0.1:{server.server_port}/ (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print()
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
