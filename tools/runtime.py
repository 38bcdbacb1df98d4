"""MkDocs hook: put the Python runtime, and the record stylesheet, into the built site.

After each build, ``site/assets/runtime/<version>/`` receives:
- the Pyodide files ``loadPyodide`` reads, from the npm package (``node_modules/pyodide``,
  installed by ``npm ci``);
- ``fss-python.zip``: the part of the standard library the tools use and ``fss_logic``
  itself, compiled to bytecode by running the tools in Pyodide (``tools/stdlib.mjs``);
- the worker that runs them (``fss-worker.mjs``, moved here from ``assets/javascripts/``);
- a wheel of ``fss_logic`` built from this checkout with ``python -m build`` (the package
  as published; the tests install it in Pyodide), and ``fss-runtime.json`` naming it all.

``<version>`` is a digest of those files, so a new build of anything in it gets a new
address: servers may let browsers keep the folder for a year without asking again
(``Cache-Control: immutable``, ``tools/site_headers.py``), which also lets Chromium reuse
its compiled WebAssembly. ``fss-python.js`` is pointed at the folder. Nothing is fetched from
anywhere: if the npm package is missing, the build stops and says how to install it.
"""

from __future__ import annotations

import hashlib
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
PYTHON_ZIP = "fss-python.zip"
RUNTIME_PARENT = Path("assets") / "runtime"
MANIFEST = "fss-runtime.json"
WORKER = Path("assets") / "javascripts" / "fss-worker.mjs"
TOOL_SCRIPT = Path("assets") / "javascripts" / "fss-python.js"
WORKER_PLACEHOLDER = 'var WORKER = "fss-worker.mjs";'


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
    """The standard library the tools use and fss_logic, compiled, by running them in
    Pyodide (Node); made again only when the wheel, Pyodide or the step itself has changed."""

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
    """Copy Pyodide, the compiled Python, the worker and the wheel into a versioned folder
    of the site, point fss-python.js at it, and return the manifest written."""
    if not (PYODIDE_PACKAGE / "pyodide.mjs").is_file():
        raise SystemExit(
            "node_modules/pyodide is missing: run 'make serve' or 'make test', which run "
            "'npm ci' first."
        )
    with tempfile.TemporaryDirectory() as scratch:
        staging = Path(scratch)
        for name in PYODIDE_FILES:
            shutil.copyfile(PYODIDE_PACKAGE / name, staging / name)
        # The tools load no package from Pyodide's distribution: its lock file keeps its
        # own details and lists none (119 KB less to fetch and parse at every start).
        lock = json.loads((staging / "pyodide-lock.json").read_text("utf-8"))
        lock["packages"] = {}
        (staging / "pyodide-lock.json").write_text(json.dumps(lock), "utf-8")
        wheel = build_wheel(staging)
        build_stdlib(wheel, staging / PYTHON_ZIP)
        shutil.move(site_dir / WORKER, staging / WORKER.name)
        version = json.loads((PYODIDE_PACKAGE / "package.json").read_text("utf-8"))["version"]
        manifest = {"pyodide": version, "python": PYTHON_ZIP, "wheel": wheel.name}
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
        digest = hashlib.sha256()
        for path in sorted(staging.iterdir()):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        target = site_dir / RUNTIME_PARENT / digest.hexdigest()[:12]
        shutil.rmtree(site_dir / RUNTIME_PARENT, ignore_errors=True)
        shutil.copytree(staging, target)
    script = site_dir / TOOL_SCRIPT
    text = script.read_text("utf-8")
    if text.count(WORKER_PLACEHOLDER) != 1:
        raise SystemExit(f"{TOOL_SCRIPT} must say {WORKER_PLACEHOLDER} exactly once")
    worker = f"../runtime/{target.name}/{WORKER.name}"
    script.write_text(text.replace(WORKER_PLACEHOLDER, f'var WORKER = "{worker}";'), "utf-8")
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
