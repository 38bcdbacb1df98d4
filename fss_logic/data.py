"""The package's own data files (schemas, the agreement, the record's stylesheet), read
through the loader that imported fss_logic: from a folder, from the wheel, or from the zip
the browser's Python imports it from (``fss-python.zip``).

``importlib.resources`` would do the same, but in a zip it imports six more modules and
reads the zip's directory again, on every start of Python in the browser; the loader has
that directory already.
"""

from __future__ import annotations

import os

import fss_logic


def read_text(*parts: str) -> str:
    """A data file, by its path under ``fss_logic/``, as text."""
    folder = os.path.dirname(fss_logic.__file__)
    return fss_logic.__spec__.loader.get_data(os.path.join(folder, *parts)).decode("utf-8")
