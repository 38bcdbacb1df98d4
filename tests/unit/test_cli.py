"""python -m fss_logic verify / render, for whoever files or audits records."""

from __future__ import annotations

import subprocess
import sys

from tests.unit.test_record import RECORD_FORM, make
from fss_logic.record import record_file_text

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "fss_logic", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def write_record(tmp_path, **changes):
    form = {**RECORD_FORM, **changes}
    path = tmp_path / "record.json"
    path.write_text(record_file_text(make({"legitimate_purpose": "no"}, form)), "utf-8")
    return path


def test_verify_a_good_record(tmp_path):
    result = run("verify", write_record(tmp_path))
    assert result.returncode == 0
    assert "a valid decision record, FSS-20261124-A1B2C3D4" in result.stdout


def test_verify_an_edited_record(tmp_path):
    path = write_record(tmp_path)
    path.write_text(path.read_text("utf-8").replace("Child A", "Child B"), "utf-8")
    result = run("verify", path)
    assert result.returncode == 1
    assert result.stderr.strip().endswith(
        "The record has been changed since it was made: its digest does not match its contents."
    )


def test_verify_a_missing_file(tmp_path):
    result = run("verify", tmp_path / "nope.json")
    assert result.returncode == 1 and "could not be read" in result.stderr


def test_render_writes_escaped_printable_html(tmp_path):
    path = write_record(tmp_path, about="<script>alert('x')</script>")
    out = tmp_path / "record.html"
    result = run("render", path, "-o", out)
    assert result.returncode == 0
    page = out.read_text("utf-8")
    assert page.startswith("<!doctype html>")
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<script>" not in page
    assert "Information sharing decision record" in page and "FSS-20261124-A1B2C3D4" in page


def test_render_refuses_a_bad_record(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{", "utf-8")
    result = run("render", path)
    assert result.returncode == 1 and result.stdout == ""
