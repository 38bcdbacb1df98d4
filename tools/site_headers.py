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
