"""mkdocs-macros module: what the guide's pages and theme take from ``fss_logic``.

Loaded by path (``module_name: tools/macros`` in mkdocs.yml), never as a PyPI
"pluglet". It imports only the standard library and ``fss_logic`` from this checkout,
so an import can't fail for want of an installed package, and mkdocs-macros never goes
looking for one on the network.
"""

from __future__ import annotations

import html
import json
import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
for _path in (_ROOT, _ROOT / "tools"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from fss_logic import __version__  # noqa: E402
from fss_logic.agreement import Agreement, load_agreement  # noqa: E402
from fss_logic.facilitation import BRIEFINGS, briefing, cases_for, hosts_of, key_answers  # noqa: E402
from fss_logic.flows import KINDS  # noqa: E402
from fss_logic.record import MAX_RECORD_BYTES  # noqa: E402
from fss_logic.render import training as pages  # noqa: E402
from fss_logic.render.chart import chart_figure_html  # noqa: E402
from fss_logic.render.paper import render_paper  # noqa: E402
from fss_logic.training import SCENARIOS, exercise, scenario  # noqa: E402
from fss_logic.training.page import group_initial_html  # noqa: E402
from fss_logic.web import GROUP, initial_html, initial_step  # noqa: E402
from fss_logic.words import NO_SCRIPT, PAGE_WORDS, USE_PAPER  # noqa: E402
from flow_charts import ChartBuildError, chart_svgs  # noqa: E402  (tools/, beside this file)

CHART_ANCHOR = "the-tool-as-a-chart"
"""The heading on each tool's page above its chart (docs/tools/<tool>.md)."""


def site_root_from(page_url: str) -> str:
    """The relative path from a page (``tools/share/``) back to the site root (``../../``)."""
    depth = page_url.strip("/").count("/") + 1 if page_url.strip("/") else 0
    return "../" * depth


def decision_tool_html(
    flow_id: str, base: str, paper_url: str, built: str = "", training: str = ""
) -> str:
    """The tool's container, with its first step built in so it reads before Python loads.

    The container shows the tool's state for assistive technology and tests to wait on:
    ``data-fss-step`` (the step shown), ``aria-busy`` (an answer is being checked) and
    ``data-fss-runtime`` (``loading``, ``ready`` or ``failed``). It carries the words the
    page script shows (``data-fss-words``, from ``fss_logic/words.py``) and the day the site
    was built (``data-fss-built``), which a record keeps. On a training page, ``training``
    names the scenario's exercise (``scenario-id/exercise-id``) the trainee works: the tool
    is then in trainee mode (``data-fss-training``)."""
    return _container(
        flow_id,
        base,
        paper_url,
        built,
        initial_step(flow_id),
        initial_html(flow_id, base, training),
        training,
    )


def attempts_tool_html(base: str, help_url: str, built: str = "") -> str:
    """The trainer's page of a group's attempts: the same container as a tool's, run by the
    same page script (fss_logic/training/page.py answers it); ``help_url`` is where to read
    if Python cannot start."""
    return _container(GROUP, base, help_url, built, "attempts", group_initial_html())


def _container(
    tool_id: str, base: str, paper_url: str, built: str, step: str, view: str, training: str = ""
) -> str:
    words = json.dumps(PAGE_WORDS, ensure_ascii=False)
    return (
        f'<div class="fss-tool" data-fss-tool="{html.escape(tool_id)}" '
        f'data-fss-base="{html.escape(base)}" data-fss-paper="{html.escape(paper_url)}" '
        f'data-fss-max-record-bytes="{MAX_RECORD_BYTES}" '
        f'data-fss-step="{html.escape(step)}" data-fss-runtime="loading" '
        f'data-fss-revision="0" aria-busy="false" data-fss-built="{html.escape(built)}" '
        f'data-fss-words="{html.escape(words)}"'
        + (f' data-fss-training="{html.escape(training)}"' if training else "")
        + ">"
        '<p class="fss-status" role="status" aria-live="polite" data-fss-status>'
        f"{html.escape(PAGE_WORDS['loading'])}</p>"
        f'<noscript><p class="fss-notice fss-notice--error">{html.escape(NO_SCRIPT)} '
        f'<a href="{html.escape(paper_url)}">{html.escape(USE_PAPER)}</a> instead.</p></noscript>'
        '<div class="fss-tool__notice fss-no-print" data-fss-notice></div>'
        f'<div class="fss-tool__view" data-fss-view>{view}</div>'
        "</div>"
    )


def tool_page(tool_id: str) -> str:
    """A tool's page from the site root: ``tools/public-interest/``."""
    return f"tools/{tool_id.replace('_', '-')}/"


def chart_urls(page_url: str) -> dict[str, str]:
    """Each tool's chart, as a link from the page at ``page_url``."""
    root = site_root_from(page_url)
    return {tool: f"{root}{tool_page(tool)}#{CHART_ANCHOR}" for tool in KINDS}


def build_date() -> date:
    """The day the site is built (or SOURCE_DATE_EPOCH's, for a build that can be repeated)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC).date()
    return datetime.now(UTC).date()


def edition(built: date) -> str:
    """Which copy of the site this is, so that a printed page or a stale copy is recognised."""
    return f"Site version {__version__}, built {built.day} {built:%B %Y}."


def agreement_footer(agreement: Agreement) -> str:
    """The one-line agreement facts shown in the footer of every page (escaped HTML)."""
    return (
        f"{html.escape(agreement.agreement)}. "
        f"Agreement start date: {html.escape(agreement.start)}. "
        f"Agreement review by date: {html.escape(agreement.review_by)}."
    )


def define_env(env) -> None:
    """Give pages the ``agreement`` variable and put its facts in the theme footer."""
    agreement = load_agreement()
    built = build_date()
    env.variables["agreement"] = agreement
    # Material prints config.copyright in its footer: every page, no partial copied. The
    # edition is printed at the end of each page too (overrides/main.html).
    env.conf["copyright"] = f"{agreement_footer(agreement)} {html.escape(edition(built))}"
    env.conf["extra"]["edition"] = edition(built)
    env.conf["extra"]["built"] = built.isoformat()

    @env.macro
    def decision_tool(flow_id: str, paper: str, training: str = "") -> str:
        """The decision tool ``flow_id`` on this page; ``paper`` links its paper version;
        ``training`` the exercise a trainee works on a training page (``scenario/exercise``)."""
        return decision_tool_html(
            flow_id, site_root_from(env.page.url), paper, built.isoformat(), training
        )

    @env.macro
    def training_attempts(help_url: str) -> str:
        """The trainer's page of a group's attempts; ``help_url`` links the training page."""
        return attempts_tool_html(site_root_from(env.page.url), help_url, built.isoformat())

    charts: dict = {}

    def tool_chart(tool_id: str, *, overview: bool = False) -> str:
        if not charts:  # laid out once a build, on the first page that shows a chart
            try:
                charts.update(chart_svgs(KINDS))
            except ChartBuildError as error:
                # SystemExit, as tools/runtime.py does: mkdocs-macros would log an exception
                # as a warning, which --quiet hides; this stops the build and says why.
                raise SystemExit(f"Building the flowcharts failed. {error}") from error
        chart, svg = charts[tool_id]
        return chart_figure_html(chart, svg, chart_urls(env.page.url), overview=overview)

    @env.macro
    def flow_chart(tool_id: str) -> str:
        """The tool ``tool_id`` as a flowchart, with the chart as a list after it (a figure;
        any page with ``render_macros: true``, the training pages among them)."""
        return tool_chart(tool_id)

    @env.macro
    def paper_version(flow_id: str) -> str:
        """The printable paper version of a tool, generated from the same flow, after its
        flowchart as a one-page overview."""
        return tool_chart(flow_id, overview=True) + render_paper(KINDS[flow_id])

    @env.macro
    def signatory_list() -> str:
        """The signatory organisations as a Markdown list."""
        return "\n".join(f"- {name}" for name in agreement.signatories)

    hosts = hosts_of(KINDS)
    cases = cases_for(BRIEFINGS, SCENARIOS, hosts)

    @env.macro
    def training_facilitator() -> str:
        """The facilitator page: the session plan, then every scenario with its answers."""
        base = site_root_from(env.page.url)
        return pages.facilitator_html(SCENARIOS, KINDS, BRIEFINGS, base)

    @env.macro
    def training_pack() -> str:
        """The printable facilitator pack."""
        base = site_root_from(env.page.url)
        return pages.pack_html(SCENARIOS, KINDS, BRIEFINGS, base)

    @env.macro
    def training_facts(scenario_id: str, exercise_id: str) -> str:
        """A trainee page's facts and prompts, beside the tool (``decision_tool``)."""
        base = site_root_from(env.page.url)
        found = exercise(scenario_id, exercise_id)
        return pages.exercise_aside_html(scenario(scenario_id), found, KINDS, base)

    @env.macro
    def training_handout(scenario_id: str) -> str:
        """A scenario's handout: facts and prompts, no answers."""
        return pages.handout_html(scenario(scenario_id), KINDS, site_root_from(env.page.url))

    @env.macro
    def training_presenter(scenario_id: str) -> str:
        """A scenario's presenter view (the page's template is ``presenter.html``)."""
        return pages.presenter_html(scenario(scenario_id), KINDS, site_root_from(env.page.url))

    @env.macro
    def training_briefing(briefing_id: str) -> str:
        """A seven-minute briefing sheet."""
        sheet = briefing(briefing_id)
        base = site_root_from(env.page.url)
        case = cases[briefing_id]
        answers = key_answers(sheet, case[1], hosts) if case else ()
        return pages.briefing_html(sheet, KINDS, case, answers, base)
