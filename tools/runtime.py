"""MkDocs hook: put the Python runtime, and the record stylesheet, into the built site.

After each build, ``site/assets/pyodide/`` receives the Pyodide files from the npm
package (``node_modules/pyodide``, installed by ``npm ci``) and a wheel of ``fss_logic``
built from this checkout with ``python -m build``. ``fss-runtime.json`` names the wheel
for the Web Worker. Nothing is fetched from anywhere: if the npm package is missing, the
build stops and says how to install it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_cache import cached  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PYODIDE_PACKAGE = ROOT / "node_modules" / "pyodide"
# What loadPyodide() reads at start-up; the rest of the npm package is not needed.
PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "pyodide-lock.json",
    "package.json",
)
# In place of Pyodide's python_stdlib.zip (all of the standard library, as source): the
# part the tools use, compiled (tools/stdlib.mjs, tools/stdlib_zip.py).
STDLIB_ZIP = "fss-stdlib.zip"
RUNTIME_DIR = Path("assets") / "pyodide"
MANIFEST = "fss-runtime.json"


def build_wheel(out_dir: Path) -> Path:
    """A pure-Python wheel of fss_logic (py3-none-any), the one Pyodide installs."""
    with tempfile.TemporaryDirectory() as scratch:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "build",
                "--wheel",
                "--no-isolation",
                "--outdir",
                scratch,
                str(ROOT),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        if result.returncode != 0:
            raise SystemExit(
                f"Building the fss_logic wheel failed:\n{result.stdout}\n{result.stderr}"
            )
        (wheel,) = Path(scratch).glob("fss_logic-*-py3-none-any.whl")
        target = out_dir / wheel.name
        shutil.copyfile(wheel, target)
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    return target


def build_stdlib(wheel: Path, out: Path) -> None:
    """The standard library the tools use, compiled, by running them in Pyodide (Node);
    made again only when the wheel, Pyodide or the step itself has changed."""

    def make() -> bytes:
        result = subprocess.run(
            ["node", str(ROOT / "tools" / "stdlib.mjs"), str(wheel), str(out)],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        if result.returncode != 0:
            raise SystemExit(f"Building the standard library zip failed:\n{result.stderr[-3000:]}")
        return out.read_bytes()

    inputs = (
        _wheel_contents(wheel),
        (PYODIDE_PACKAGE / "pyodide.asm.wasm").read_bytes(),
        (ROOT / "tools" / "stdlib.mjs").read_bytes(),
        (ROOT / "tools" / "stdlib_zip.py").read_bytes(),
    )
    out.write_bytes(cached("stdlib", inputs, make))


def _wheel_contents(wheel: Path) -> bytes:
    """The files in a wheel, without the zip's own timestamps."""
    import zipfile

    with zipfile.ZipFile(wheel) as archive:
        return b"".join(name.encode() + archive.read(name) for name in sorted(archive.namelist()))


def install_runtime(site_dir: Path) -> dict:
    """Copy Pyodide and the wheel into the site; return the manifest written."""
    if not (PYODIDE_PACKAGE / "pyodide.mjs").is_file():
        raise SystemExit(
            "node_modules/pyodide is missing: run 'make serve' or 'make test', which run "
            "'npm ci' first."
        )
    target = site_dir / RUNTIME_DIR
    target.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        shutil.copyfile(PYODIDE_PACKAGE / name, target / name)
    (target / "python_stdlib.zip").unlink(missing_ok=True)
    wheel = build_wheel(target)
    build_stdlib(wheel, target / STDLIB_ZIP)
    version = json.loads((PYODIDE_PACKAGE / "package.json").read_text("utf-8"))["version"]
    manifest = {"pyodide": version, "wheel": wheel.name, "stdlib": STDLIB_ZIP}
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
    return manifest


RECORD_CSS = ROOT / "fss_logic" / "render" / "record.css"
RECORD_CSS_IN_SITE = Path("assets") / "stylesheets" / "fss-record.css"


def install_record_css(site_dir: Path) -> None:
    """The record's stylesheet lives in the package (the CLI's printable records use it
    too); the site links a copy of the same file."""
    target = site_dir / RECORD_CSS_IN_SITE
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(RECORD_CSS, target)


def on_post_build(config, **kwargs) -> None:
    install_runtime(Path(config["site_dir"]))
    install_record_css(Path(config["site_dir"]))
