"""Serve the built site on loopback with the headers and MIME types it needs.

    python tools/serve.py [--port 8000] [--directory site]

This is ``make serve``; the browser tests start the same server on a free port.
"""

from __future__ import annotations

import argparse
import functools
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from site_headers import MIME_TYPES, SITE_HEADERS  # noqa: E402


class SiteRequestHandler(SimpleHTTPRequestHandler):
    """Static files with the site's headers on every response."""

    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}

    def end_headers(self) -> None:
        for name, value in SITE_HEADERS.items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base's name
        if self.server.quiet:  # type: ignore[attr-defined]
            return
        super().log_message(format, *args)


def make_server(directory: Path, port: int = 8000, quiet: bool = False) -> ThreadingHTTPServer:
    """A server for ``directory`` on 127.0.0.1:``port`` (0 picks a free port)."""
    handler = functools.partial(SiteRequestHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.quiet = quiet  # type: ignore[attr-defined]
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
