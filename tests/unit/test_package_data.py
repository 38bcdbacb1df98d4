"""fss_logic reads its data files (schemas, the agreement, the record's stylesheet) through
the loader that imported it, so they are found the same way from a folder and from a zip,
as the browser imports fss_logic from fss-python.zip."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "fss_logic"

PROBE = """
import json, sys
import fss_logic.web
from fss_logic.agreement import load_agreement
from fss_logic.render.record import RECORD_DOCUMENT_CSS
from fss_logic.schema import load_schema
print(json.dumps({
    "file": fss_logic.web.__file__,
    "title": load_agreement().title,
    "css": RECORD_DOCUMENT_CSS,
    "schema": load_schema("share-decision-record.schema.json"),
    "resources": "importlib.resources" in sys.modules,
}))
"""


def test_data_files_are_read_from_a_zip_as_from_the_folder(tmp_path):
    archive = tmp_path / "fss_logic.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(PACKAGE.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                zf.write(path, path.relative_to(PACKAGE.parent).as_posix())
    done = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(archive)!r})\n{PROBE}"],
        capture_output=True,
        text=True,
        check=True,
    )
    seen = json.loads(done.stdout)
    assert seen["file"].startswith(str(archive) + "/")
    assert seen["css"] == (PACKAGE / "render" / "record.css").read_text("utf-8")
    schema = PACKAGE / "schemas" / "share-decision-record.schema.json"
    assert seen["schema"] == json.loads(schema.read_text("utf-8"))
    assert seen["title"] == json.loads((PACKAGE / "agreement.json").read_text())["title"]
    # Nothing imports importlib.resources, which in a zip reads the zip's directory again.
    assert seen["resources"] is False
