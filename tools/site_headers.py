"""The HTTP headers and MIME types the built site needs from whatever serves it.

One list, used by ``tools/serve.py`` (``make serve`` and the browser tests) and checked
against the intranet server snippets in ``tools/deploy/`` by the tests, so the site is
served the same way everywhere.
"""

from __future__ import annotations

# Scripts only from the site itself; 'wasm-unsafe-eval' lets Pyodide compile WebAssembly
# without allowing eval(). Styles and images from the site (data: for the theme's inline
# SVG icons). Nothing may connect, frame or post anywhere else.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "worker-src 'self'",
        "connect-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ]
)

SITE_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    # Revalidate rather than keep stale copies after the site is republished.
    "Cache-Control": "no-cache",
}

# The runtime's folder is named by a digest of its files (tools/runtime.py): a new build never
# reuses an address, so browsers may keep these files for a year without asking again, and
# Chromium keeps its compiled WebAssembly with them. Everything else is revalidated.
IMMUTABLE_PATH = "assets/runtime/"
IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable"


def cache_control(path: str) -> str:
    """The Cache-Control for a file, by its path from the site's root (no leading slash)."""
    if path.startswith(IMMUTABLE_PATH):
        return IMMUTABLE_CACHE_CONTROL
    return SITE_HEADERS["Cache-Control"]


# Types that servers often get wrong; Pyodide will not start without the first two.
MIME_TYPES: dict[str, str] = {
    ".mjs": "text/javascript",
    ".wasm": "application/wasm",
    ".js": "text/javascript",
    ".json": "application/json",
    ".whl": "application/zip",
    ".zip": "application/zip",
    ".svg": "image/svg+xml",
    ".webmanifest": "application/manifest+json",
}
