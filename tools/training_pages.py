"""MkDocs hook: a trainee page for each exercise, and a handout and a presenter view for
each scenario of the scenario library (``fss_logic/training``), issue 20.

The pages are made when the files are gathered (MkDocs' documented ``on_files`` event and
``File.generated``), one short Markdown page each, which calls the macros in
``tools/macros.py``: nothing of a scenario is written here, so a new scenario in the library
has its pages at the next build. They are not in the navigation: the facilitator page
(``docs/training/index.md``) links to every one.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from mkdocs.structure.files import File, InclusionLevel

_ROOT = Path(__file__).resolve().parents[1]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from fss_logic.render.training import paper_url  # noqa: E402
from fss_logic.training import SCENARIOS  # noqa: E402

RESERVED = {"handout", "present"}
"""A scenario's own pages: no exercise may take these ids."""


def _page(title: str, body: str, **meta: object) -> str:
    front = {"title": title, "render_macros": True, **meta}
    lines = "\n".join(f"{key}: {json.dumps(value)}" for key, value in front.items())
    return f"---\n{lines}\n---\n\n# {title}\n\n{body}\n"


def exercise_page(scenario, exercise) -> str:
    """The trainee page: the facts beside the real tool, in trainee mode for the exercise."""
    return _page(
        f"{scenario.title}: {exercise.title}",
        # One line of HTML, so that Markdown leaves the tool's container as the macro made it.
        '<div class="fss-training__workspace">'
        f'{{{{ training_facts("{scenario.id}", "{exercise.id}") }}}}'
        '<div class="fss-training__tool">'
        f'{{{{ decision_tool("{exercise.tool}", "../../../{paper_url(exercise.tool)}", '
        f'training="{scenario.id}/{exercise.id}") }}}}</div></div>',
        hide=["toc"],
        training_exercise=f"{scenario.id}/{exercise.id}",
        **NOT_SEARCHED,
    )


# A trainee page, a handout and a presenter view repeat what the facilitator page says in
# full: the site's search, there for practitioners reading the guide, finds the facilitator
# page once, not four copies of each scenario.
NOT_SEARCHED = {"search": {"exclude": True}}


def handout_page(scenario) -> str:
    return _page(
        f"Handout: {scenario.title}",
        f'{{{{ training_handout("{scenario.id}") }}}}',
        **NOT_SEARCHED,
    )


def presenter_page(scenario) -> str:
    return _page(
        f"Presenter: {scenario.title}",
        f'{{{{ training_presenter("{scenario.id}") }}}}',
        template="presenter.html",
        hide=["navigation", "toc"],
        **NOT_SEARCHED,
    )


def training_pages() -> dict[str, str]:
    """Every generated page, by its source path under docs/."""
    found: dict[str, str] = {}
    for scenario in SCENARIOS:
        for exercise in scenario.exercises:
            if exercise.id in RESERVED:
                raise ValueError(f"{scenario.id}: an exercise can't be called {exercise.id!r}")
            found[f"training/{scenario.id}/{exercise.id}.md"] = exercise_page(scenario, exercise)
        found[f"training/{scenario.id}/handout.md"] = handout_page(scenario)
        found[f"training/{scenario.id}/present.md"] = presenter_page(scenario)
    return found


def on_files(files, config):
    """Add the training pages to the site's files, outside the navigation."""
    for src_uri, content in training_pages().items():
        files.append(
            File.generated(config, src_uri, content=content, inclusion=InclusionLevel.NOT_IN_NAV)
        )
    return files
