"""A small cache for build steps whose output depends only on their input's bytes.

``.cache/fss-build/`` (not committed) keeps, by the SHA-256 of a step's inputs, what the step
made: the Brotli copy of the unchanged 9.6 MB runtime, the compiled standard library for an
unchanged wheel. A repeated build takes them from there instead of making them again. A
fresh clone simply makes them once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

CACHE = Path(__file__).resolve().parents[1] / ".cache" / "fss-build"


def key(*parts: bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def cached(name: str, inputs: tuple[bytes, ...], make: Callable[[], bytes]) -> bytes:
    """What ``make`` returns for these inputs, made once and kept under ``name``."""
    path = CACHE / f"{name}-{key(*inputs)}"
    if path.is_file():
        return path.read_bytes()
    data = make()
    CACHE.mkdir(parents=True, exist_ok=True)
    scratch = path.with_suffix(".part")
    scratch.write_bytes(data)
    scratch.replace(path)
    return data
