"""The mkdocs-macros module loads from its path alone and fills the footer."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_macros():
    spec = importlib.util.spec_from_file_location("site_macros", ROOT / "tools" / "macros.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class FakeEnv:
    def __init__(self):
        self.variables, self.conf, self.macros = {}, {"extra": {}}, {}

    def macro(self, function):
        self.macros[function.__name__] = function
        return function


def test_define_env_gives_pages_and_footer_the_agreement(monkeypatch):
    from fss_logic import __version__

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795521600")  # noon, 24 November 2026
    macros = load_macros()
    env = FakeEnv()
    macros.define_env(env)
    agreement = env.variables["agreement"]
    assert env.conf["copyright"] == (
        "Hertfordshire Family Safeguarding Service Information Sharing Agreement and "
        "Protocol. Agreement start date: December 2024. Agreement review by date: "
        f"December 2027. Site version {__version__}, built 24 November 2026."
    )
    assert env.conf["extra"]["built"] == "2026-11-24"
    listed = env.macros["signatory_list"]().splitlines()
    assert listed == [f"- {name}" for name in agreement.signatories]


def test_footer_text_is_escaped():
    macros = load_macros()
    agreement = macros.load_agreement()
    hostile = type(agreement)(
        title="t",
        agreement="<script>x</script>",
        signatories=(),
        start="A & B",
        review_by='"now"',
    )
    footer = macros.agreement_footer(hostile)
    assert "<script>" not in footer
    assert "&lt;script&gt;" in footer and "A &amp; B" in footer and "&quot;now&quot;" in footer


def test_mkdocs_yml_loads_macros_by_path_never_as_a_pluglet():
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    assert "module_name: tools/macros" in config
    assert "modules:" not in config


def test_any_page_can_show_a_tools_chart(monkeypatch):
    """The training pages call ``{{ flow_chart("share") }}``: the figure, its list, and links
    from that page to each tool run inside's own chart."""
    macros = load_macros()
    env = FakeEnv()
    macros.define_env(env)
    env.page = type("Page", (), {"url": "training/facilitator/"})()
    figure = env.macros["flow_chart"]("share")
    assert figure.startswith('<figure class="fss-chart" data-fss-chart="share">')
    assert "<title>Flowchart: Should I share information?</title>" in figure
    assert '<a href="../../tools/capacity/#the-tool-as-a-chart">' in figure
    paper = env.macros["paper_version"]("capacity")
    assert paper.index("fss-chart--overview") < paper.index('<div class="fss-paper">')


def test_a_chart_that_cannot_be_laid_out_stops_the_build_and_says_why(monkeypatch):
    """mkdocs-macros logs a macro's exception as a warning, which ``--quiet`` hides: the build
    stops with the reason instead (SystemExit), never a page without its chart."""
    macros = load_macros()

    def fail(_kinds):
        raise macros.ChartBuildError("Laying out the flowcharts with Node failed: boom")

    monkeypatch.setattr(macros, "chart_svgs", fail)
    env = FakeEnv()
    macros.define_env(env)
    env.page = type("Page", (), {"url": "tools/share/"})()
    with pytest.raises(SystemExit, match="Building the flowcharts failed. .*boom"):
        env.macros["flow_chart"]("share")
