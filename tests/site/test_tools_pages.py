"""The tool pages as built: citations resolve, the first question is in the page, the paper
version matches the flow."""

from __future__ import annotations

import re

import pytest

from fss_logic.flows import FLOWS, KINDS
from fss_logic.record import MAX_RECORD_BYTES
from fss_logic.web import initial_html
from tests.sitepages import SITE, visible_text

CITES = sorted(
    {
        (cite.anchor, cite.title)
        for flow in FLOWS.values()
        for node in (*flow.questions, *flow.outcomes)
        for cite in node.cites
    }
    | {
        (finding.cite.anchor, finding.cite.title)
        for finding in __import__("tests.unit.test_rules_cites", fromlist=["FINDINGS"]).FINDINGS
    }
)


def heading_before(html: str, anchor_id: str) -> str:
    """The text of the element with the id if it is a heading, else the heading before it."""
    at = html.index(f'id="{anchor_id}"')
    tag = html.rfind("<", 0, at)
    if re.match(r"<h[1-6]", html[tag:]):
        end = html.index("</h", at)
        return (
            re.sub(r"<[^>]+>", "", html[html.index(">", at) + 1 : end])
            .replace("¶", "")
            .replace("&para;", "")
            .strip()
        )
    starts = [m.start() for m in re.finditer(r"<h[1-6][^>]*>", html[:at])]
    last = starts[-1]
    return (
        re.sub(r"<[^>]+>", "", html[last : html.index("</h", last)])
        .replace("¶", "")
        .replace("&para;", "")
        .strip()
    )


@pytest.mark.parametrize(("anchor", "title"), CITES)
def test_every_cited_anchor_exists_and_its_title_fits(site_dir, anchor, title):
    page, _, anchor_id = anchor.partition("#")
    stem = page[: -len(".md")]
    path = SITE / ("index.html" if stem == "index" else f"{stem}/index.html")
    html = path.read_text("utf-8")
    assert f'id="{anchor_id}"' in html, f"{anchor} is not on the site"
    heading = heading_before(html, anchor_id)
    short = title.removesuffix(" ...?")
    last = title.split(": ")[-1]
    assert heading.startswith(short) or title.startswith(heading) or heading.startswith(last), (
        f"{title!r} does not fit the heading {heading!r}"
    )


EVERY_KIND = pytest.mark.parametrize("kind", list(KINDS.values()), ids=list(KINDS))


def slug(kind) -> str:
    return kind.id.replace("_", "-")


@EVERY_KIND
def test_the_first_question_is_built_into_the_page(site_dir, kind):
    html = (site_dir / "tools" / slug(kind) / "index.html").read_text("utf-8")
    assert initial_html(kind.id, "../../") in html
    assert f'data-fss-tool="{kind.id}"' in html
    assert f'data-fss-paper="../{slug(kind)}-paper/"' in html
    # The page refuses oversized record files unread, at the limit Python sets.
    assert f'data-fss-max-record-bytes="{MAX_RECORD_BYTES}"' in html
    first = kind.flow.question(kind.flow.start)
    assert " ".join(first.text.split()) in " ".join(visible_text(html).split())
    # Its state, for assistive technology and tests to wait on, before any script runs.
    container = re.search(r'<div class="fss-tool"[^>]*>', html).group(0)
    for attribute in (
        f'data-fss-step="question:{first.id}"',
        'data-fss-runtime="loading"',
        'data-fss-revision="0"',
        'aria-busy="false"',
    ):
        assert attribute in container
    assert html.count(f'data-fss-step="question:{first.id}"') == 2  # and on the step
    assert '<div class="fss-tool__notice fss-no-print" data-fss-notice></div>' in html


@EVERY_KIND
def test_the_paper_version_has_every_question_and_outcome(site_dir, kind):
    page = site_dir / "tools" / f"{slug(kind)}-paper" / "index.html"
    text = " ".join(visible_text(page.read_text("utf-8")).split())
    from fss_logic.flow import Question

    for number, node in enumerate(kind.flow.sequence, 1):
        words = " ".join(node.text.split()) if isinstance(node, Question) else "Where to go next"
        assert f"{number}. {words}" in text, node.id
    for outcome in kind.flow.outcomes:
        assert " ".join(outcome.heading.split()) in text
    assert "Decision maker: Signed" in text and "Manager: Signed" in text
    assert "Reasons are required for every decision." in text
    assert "Select all that apply" not in text  # on paper: "Tick all that apply", once
    many = sum(1 for q in kind.flow.questions if q.kind == "many")
    assert text.count("Tick all that apply.") == many


def test_the_share_paper_version_says_where_each_answer_leads(site_dir):
    page = site_dir / "tools" / "share-paper" / "index.html"
    text = " ".join(visible_text(page.read_text("utf-8")).split())
    assert "No – then do not share information" not in text  # our routing words, not a copy
    assert "go to the outcome “Do not share information”" in text


def test_the_runtime_is_in_one_versioned_folder(site_dir):
    import hashlib
    import json
    import zipfile

    (runtime,) = (site_dir / "assets" / "runtime").iterdir()
    for name in (
        "pyodide.mjs",
        "pyodide.asm.mjs",
        "pyodide.asm.wasm",
        "fss-python.zip",
        "pyodide-lock.json",
        "fss-runtime.json",
        "fss-worker.mjs",
    ):
        assert (runtime / name).is_file(), name
    # The folder's name is a digest of what is in it (the compressed copies aside), so a
    # new build of any of it has a new address and may be kept by browsers for a year.
    digest = hashlib.sha256()
    for path in sorted(p for p in runtime.iterdir() if p.suffix not in (".gz", ".br")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    assert runtime.name == digest.hexdigest()[:12]
    # The page script starts the worker from that folder, and there is no other copy.
    script = (site_dir / "assets" / "javascripts" / "fss-python.js").read_text("utf-8")
    assert f'var WORKER = "../runtime/{runtime.name}/fss-worker.mjs";' in script
    assert not (site_dir / "assets" / "javascripts" / "fss-worker.mjs").exists()
    # The standard library the tools use and fss_logic, compiled; not all of it, as source.
    assert not (runtime / "python_stdlib.zip").exists()
    with zipfile.ZipFile(runtime / "fss-python.zip") as python:
        names = python.namelist()
    stdlib = [n for n in names if not n.startswith("fss_logic/")]
    assert stdlib and all(name.endswith(".pyc") for name in stdlib)
    # hashlib is imported only when a record is sealed, datetime by the record form.
    assert {"json/__init__.pyc", "hashlib.pyc", "datetime.pyc", "encodings/utf_8.pyc"} <= set(
        stdlib
    )
    assert "html/entities.pyc" not in stdlib  # fss_logic escapes HTML without it
    assert len(stdlib) < 400  # of the 614 files in Pyodide's python_stdlib.zip
    package = {n for n in names if n.startswith("fss_logic/")}
    assert {
        "fss_logic/web.pyc",
        "fss_logic/flows/share/flow.pyc",
        "fss_logic/render/record.css",
        "fss_logic/agreement.json",
    } <= package
    assert not [n for n in package if n.endswith(".py")]
    manifest = json.loads((runtime / "fss-runtime.json").read_text("utf-8"))
    assert manifest["pyodide"] == "314.0.7"
    assert manifest["python"] == "fss-python.zip"
    assert (runtime / manifest["wheel"]).is_file()
    assert manifest["wheel"].endswith("-py3-none-any.whl")


def test_the_record_stylesheet_is_one_file_for_site_print_and_cli(site_dir):
    from fss_logic.render.record import RECORD_DOCUMENT_CSS

    package = (SITE.parent / "fss_logic" / "render" / "record.css").read_text("utf-8")
    assert (site_dir / "assets" / "stylesheets" / "fss-record.css").read_text("utf-8") == package
    assert RECORD_DOCUMENT_CSS == package
    html = (site_dir / "tools" / "share" / "index.html").read_text("utf-8")
    assert re.search(
        r'<link rel="stylesheet" href="\.\./\.\./assets/stylesheets/fss-record\.css', html
    )
