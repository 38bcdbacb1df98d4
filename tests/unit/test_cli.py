"""python -m fss_logic verify / render / schema, for whoever files or audits records."""

from __future__ import annotations

import html
import json
import subprocess
import sys
from pathlib import Path

import pytest

from fss_logic.flows import KINDS
from fss_logic.flows.share import KIND as SHARE
from fss_logic.record import record_file_text
from fss_logic.record_schema import record_schema
from tests.unit.test_record import RECORD_FORM, first_answers, full_form, make

ROOT = Path(__file__).resolve().parents[2]
EVERY_KIND = pytest.mark.parametrize("kind", list(KINDS.values()), ids=list(KINDS))


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "fss_logic", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def write(tmp_path, record) -> Path:
    path = tmp_path / "record.json"
    path.write_text(record_file_text(record), "utf-8")
    return path


def share_record(tmp_path, **changes) -> Path:
    return write(tmp_path, make(SHARE, {"legitimate_purpose": "no"}, {**RECORD_FORM, **changes}))


@EVERY_KIND
def test_a_record_of_every_kind_verifies_and_renders(kind, tmp_path):
    form = {**full_form(kind), "maker_name": "<b>Sam</b>"}
    record = make(kind, first_answers(kind.flow), form)
    path = write(tmp_path, record)
    result = run("verify", path)
    assert result.returncode == 0, result.stderr
    assert f"a valid decision record, {record['reference']}" in result.stdout
    out = tmp_path / "record.html"
    result = run("render", path, "-o", out)
    assert result.returncode == 0, result.stderr
    page = out.read_text("utf-8")
    assert page.startswith("<!doctype html>") and kind.record_title in page
    assert "&lt;b&gt;Sam&lt;/b&gt;" in page and "<b>" not in page
    for item in record["answers"]:
        assert html.escape(item["question"], quote=True) in page
    for sub in kind.parts:  # a combined record prints what each tool inside it indicated
        if sub.id in record["parts"]:
            assert f"{html.escape(sub.flow.title)}: what it indicated" in page
            assert html.escape(record["parts"][sub.id]["heading"], quote=True) in page


def test_the_share_tools_combined_record_has_each_part(tmp_path):
    from tools.paths import PATHS

    lacks = next(p for p in PATHS if p.name.startswith("A parent lacks capacity"))
    record = make(SHARE, dict(lacks.answers), full_form(SHARE))
    # the parts its path went through: the checklist, the public interest test, the gateways
    assert set(record["parts"]) == {"capacity", "public_interest", "gateways"}
    result = run("verify", write(tmp_path, record))
    assert result.returncode == 0, result.stderr


def test_verify_an_edited_record(tmp_path):
    path = share_record(tmp_path)
    path.write_text(path.read_text("utf-8").replace("Child A", "Child B"), "utf-8")
    result = run("verify", path)
    assert result.returncode == 1
    assert result.stderr.strip().endswith(
        "The record has been changed since it was made, so it cannot be trusted as the record "
        "of the decision (its digest does not match its contents). Open the original file "
        "instead, or make a new record."
    )


def test_verify_accepts_a_byte_order_mark_as_the_browser_does(tmp_path):
    """A record saved again by an editor that adds a UTF-8 BOM is the same record; the
    browser's file reader drops the mark, and so does verify."""
    path = share_record(tmp_path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    result = run("verify", path)
    assert result.returncode == 0, result.stderr
    assert "a valid decision record" in result.stdout


def test_verify_a_missing_file(tmp_path):
    result = run("verify", tmp_path / "nope.json")
    assert result.returncode == 1 and "could not be read" in result.stderr


def test_render_writes_escaped_printable_html(tmp_path):
    path = share_record(tmp_path, about="<script>alert('x')</script>")
    out = tmp_path / "record.html"
    result = run("render", path, "-o", out)
    assert result.returncode == 0
    page = out.read_text("utf-8")
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<script>" not in page
    assert "Information sharing decision record" in page and "FSS-20261124-A1B2C3D4" in page


def test_render_refuses_a_bad_record(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{", "utf-8")
    result = run("render", path)
    assert result.returncode == 1 and result.stdout == ""


@EVERY_KIND
def test_schema_prints_a_tools_record_schema(kind):
    result = run("schema", kind.id)
    assert result.returncode == 0
    assert json.loads(result.stdout) == record_schema(kind)
    assert run("schema", "nothing").returncode == 1
